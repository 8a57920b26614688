"""What each operation changed, row by row, so it can be undone and redone exactly.

Temporary triggers (per connection, never stored in the case file) copy the old and new
values of every row an operation inserts, updates or deletes, including rows removed by
``ON DELETE CASCADE``, into ``temp.change_log``. Its value columns have no declared type,
so SQLite keeps every value exactly as stored. A :class:`Change` holds the net effect per
row (state before, state after); undo writes the before states back and redo the after
states, in one transaction, refusing if the rows are no longer as the change left them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from vigeditor.i18n import _
from vigeditor.project.errors import CaseError
from vigeditor.project.events import Action, Changed

Row = dict[str, Any]
LOG = "temp.change_log"

#: the kind named in events for each table
KINDS = {
    "case_info": "case", "people": "person", "consents": "consent", "cycles": "cycle",
    "working_points": "working-point", "helping_questions": "question",
    "question_ratings": "rating", "plan_sections": "plan-section", "recordings": "recording",
    "moments": "moment", "clips": "clip", "stills": "still", "reviews": "review",
    "review_items": "review-item", "supervision_sessions": "supervision",
    "supervision_clips": "supervision-clip", "skill_ratings": "skill-rating",
    "export_audit": "export", "suggestions": "suggestion",
}


@dataclass(frozen=True)
class RowChange:
    """One row's state before and after an operation (None: the row did not exist)."""

    table: str
    row_id: int
    before: Row | None
    after: Row | None

    def action(self, forward: bool = True) -> Action:
        old, new = (self.before, self.after) if forward else (self.after, self.before)
        if old is None:
            return "added"
        return "removed" if new is None else "changed"

    def event(self, forward: bool = True) -> Changed:
        return Changed(KINDS.get(self.table, self.table), self.row_id, self.action(forward))


class Change:
    """One operation's effect; :meth:`undo` and :meth:`redo` commit and emit events."""

    def __init__(self, label: str, rows: tuple[RowChange, ...],
                 apply: Callable[[Change, bool], None]) -> None:
        self.label = label
        self.rows = rows
        self._apply = apply

    def undo(self) -> None:
        self._apply(self, False)

    def redo(self) -> None:
        self._apply(self, True)

    def events(self, forward: bool = True) -> tuple[Changed, ...]:
        return tuple(row.event(forward) for row in self.rows)

    def __repr__(self) -> str:
        return f"Change({self.label!r}, {len(self.rows)} rows)"


def table_columns(db: Database) -> dict[str, list[str]]:
    """Column names of every case table, in order."""
    names = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: [row[1] for row in db.execute(f"PRAGMA table_info({name})")]
            for name in names}


def install_log(db: Database, columns: dict[str, list[str]]) -> None:
    """Create the temporary change log and its triggers on this connection."""
    width = max(len(names) for names in columns.values())
    values = ", ".join(f"o{i}, n{i}" for i in range(width))
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS change_log (seq INTEGER PRIMARY KEY, "
               f"event, tbl, row_id, {values})")
    for table, names in columns.items():
        for event, sides in (("INSERT", "n"), ("UPDATE", "on"), ("DELETE", "o")):
            targets = ["event", "tbl", "row_id"]
            sources = [f"'{event}'", f"'{table}'", "NEW.id" if event == "INSERT" else "OLD.id"]
            for side in sides:
                prefix = "OLD" if side == "o" else "NEW"
                targets += [f"{side}{i}" for i in range(len(names))]
                sources += [f"{prefix}.{name}" for name in names]
            db.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS log_{table}_{event.lower()} AFTER {event} "
                f"ON main.{table} BEGIN INSERT INTO change_log ({', '.join(targets)}) "
                f"VALUES ({', '.join(sources)}); END")


def clear_log(db: Database) -> None:
    db.execute(f"DELETE FROM {LOG}")


def read_log(db: Database, columns: dict[str, list[str]]) -> tuple[RowChange, ...]:
    """The net effect per row of everything logged since :func:`clear_log`."""
    width = max(len(names) for names in columns.values())
    select = ", ".join(f"o{i}, n{i}" for i in range(width))
    cursor = db.execute(f"SELECT event, tbl, row_id, {select} FROM {LOG} ORDER BY seq")
    net: dict[tuple[str, int], list[Row | None]] = {}
    for event, table, row_id, *values in cursor.fetchall():
        names = columns[table]
        old = None if event == "INSERT" else {
            name: values[2 * i] for i, name in enumerate(names)}
        new = None if event == "DELETE" else {
            name: values[2 * i + 1] for i, name in enumerate(names)}
        state = net.setdefault((table, row_id), [old, new])
        state[1] = new
    return tuple(RowChange(table, row_id, before, after)
                 for (table, row_id), (before, after) in net.items() if before != after)


def apply_states(db: Database, rows: tuple[RowChange, ...], forward: bool) -> None:
    """Write each row's after (redo) or before (undo) state; call inside a transaction."""
    for row in rows:
        expected = row.before if forward else row.after
        if _current(db, row.table, row.row_id) != expected:
            raise CaseError(_("This step can no longer be undone or redone: the case has "
                              "changed since."))
    db.execute("PRAGMA defer_foreign_keys = ON")
    for row in rows:
        target = row.after if forward else row.before
        _write(db, row, target)


def _current(db: Database, table: str, row_id: int) -> Row | None:
    cursor = db.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id])
    found = cursor.fetchone()
    if found is None:
        return None
    return {column[0]: value for column, value in zip(cursor.description, found, strict=True)}


def _write(db: Database, row: RowChange, target: Row | None) -> None:
    exists = _current(db, row.table, row.row_id) is not None
    try:
        if target is None:
            db.execute(f"DELETE FROM {row.table} WHERE id = ?", [row.row_id])
        elif exists:
            names = [name for name in target if name != "id"]
            sets = ", ".join(f"{name} = ?" for name in names)
            db.execute(f"UPDATE {row.table} SET {sets} WHERE id = ?",
                       [target[name] for name in names] + [row.row_id])
        else:
            names = list(target)
            db.execute(f"INSERT INTO {row.table} ({', '.join(names)}) VALUES "
                       f"({', '.join('?' for _name in names)})", [target[n] for n in names])
    except sqlite3.IntegrityError as error:
        raise CaseError(_("This step can no longer be undone or redone: the case has "
                          "changed since.")) from error


class UndoLog:
    """A linear history of changes, for callers without a Qt undo stack (CLI, tests)."""

    def __init__(self, limit: int = 500) -> None:
        self._done: list[Change] = []
        self._undone: list[Change] = []
        self._limit = limit

    def record(self, change: Change) -> None:
        self._done.append(change)
        del self._done[: -self._limit]
        self._undone.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self) -> Change:
        if not self._done:
            raise CaseError(_("There is nothing to undo."))
        change = self._done[-1]
        change.undo()
        self._undone.append(self._done.pop())
        return change

    def redo(self) -> Change:
        if not self._undone:
            raise CaseError(_("There is nothing to redo."))
        change = self._undone[-1]
        change.redo()
        self._done.append(self._undone.pop())
        return change

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
