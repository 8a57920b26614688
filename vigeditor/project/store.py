"""Shared pieces of operations: what they need of an open case, checks with plain messages,
and row writes.

Checks run before anything is written; the writes run inside :meth:`Case.operation`. This
module sits under :mod:`vigeditor.project.case` (which uses its checks), so it names the case
by the :class:`OpenCase` protocol rather than importing it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database

from vigeditor.i18n import _
from vigeditor.project.errors import CaseError

Row = dict[str, Any]
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
UNSET: Any = object()  # "leave this field as it is" in update operations


class OpenCase(Protocol):
    """What operations, the audit log and the settling of leftovers need of an open case.

    :class:`vigeditor.project.case.Case` is the implementation; modules that ``case`` itself
    uses (this one, :mod:`~vigeditor.project.audit`, :mod:`~vigeditor.project.leftovers`) take
    this protocol so that no import cycle runs back to ``case``.
    """

    folder: Path

    @property
    def media_dir(self) -> Path: ...

    def row(self, table: str, row_id: int) -> Row | None: ...

    def rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[Row]: ...

    def operation(self, label: str, *,
                  undoable: bool = True) -> AbstractContextManager[Database]: ...


def now_stamp() -> str:
    """The current time as an ISO 8601 UTC stamp to the second (``2026-11-30T15:42:07+00:00``)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def clean_family_code(value: Any) -> str:
    """A family code: short, no line breaks (it stands in for names in pseudonymised work).

    Raises CaseError when it is empty, longer than 40 characters or holds a line break, tab
    or slash.
    """
    code = text(value, _("family code"), required=True, limit=40)
    if any(character in code for character in "\r\n\t/\\"):
        raise CaseError(_("The family code cannot contain line breaks, tabs or slashes."))
    return code


def noun(table: str) -> str:
    """The word for one row of ``table`` in messages."""
    words = {
        "people": _("person"), "consents": _("consent record"), "cycles": _("cycle"),
        "working_points": _("working point"), "helping_questions": _("helping question"),
        "question_ratings": _("rating"), "plan_sections": _("plan section"),
        "recordings": _("recording"), "moments": _("moment"), "clips": _("clip"),
        "stills": _("still"), "reviews": _("shared review plan"),
        "review_items": _("shared review item"),
        "supervision_sessions": _("supervision session"), "skill_ratings": _("skill rating"),
        "suggestions": _("suggested moment"),
    }
    return words.get(table, table)


def require(case: OpenCase, table: str, row_id: int) -> Row:
    """The row, or CaseError naming what is missing."""
    row = case.row(table, int(row_id))
    if row is None:
        raise CaseError(_("There is no {what} {id} in this case.").format(
            what=noun(table), id=row_id))
    return row


def insert(db: Database, table: str, values: Row) -> int:
    cursor = db.execute(
        f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' for _v in values)})",
        list(values.values()))
    return int(cursor.lastrowid or 0)


def update(db: Database, table: str, row_id: int, values: Row) -> None:
    if values:
        sets = ", ".join(f"{name} = ?" for name in values)
        db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), row_id])


def delete(db: Database, table: str, row_id: int) -> None:
    db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])


def given(values: Row) -> Row:
    """The fields of an update that were given (not UNSET)."""
    return {name: value for name, value in values.items() if value is not UNSET}


def next_position(db: Database, table: str, where: str = "1", params: Iterable[Any] = ()) -> int:
    row = db.execute(f"SELECT max(position) FROM {table} WHERE {where}", list(params)).fetchone()
    return 0 if row[0] is None else int(row[0]) + 1


def moved(rows: Sequence[Any], moving: Any, position: int) -> list[Any]:
    """``rows`` (objects with ``id``) with ``moving`` taken out and put back at ``position``."""
    order = [row for row in rows if row.id != moving.id]
    order.insert(position, moving)
    return order


def write_positions(db: Database, table: str, order: Sequence[Any]) -> None:
    """Store each row's place in ``order`` as its ``position`` (only those that changed)."""
    for index, row in enumerate(order):
        if row.position != index:
            update(db, table, row.id, {"position": index})


# -- checks ------------------------------------------------------------------------------
def text(value: Any, field: str, *, required: bool = False, limit: int = 10_000) -> str:
    """Text trimmed of outer spaces; refused when required and empty, or too long."""
    cleaned = "" if value is None else str(value).strip()
    if required and not cleaned:
        raise CaseError(_("The {field} cannot be empty.").format(field=field))
    if len(cleaned) > limit:
        raise CaseError(_("The {field} is too long (at most {limit} characters).").format(
            field=field, limit=limit))
    return cleaned


def optional_text(value: Any, field: str, limit: int = 200) -> str | None:
    return text(value, field, limit=limit) or None


def iso_date(value: Any, field: str) -> str | None:
    """An ISO date ``YYYY-MM-DD`` (a ``date`` is accepted too), or None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    cleaned = str(value).strip()
    try:
        if not _ISO_DATE.match(cleaned):
            raise ValueError(cleaned)
        return date.fromisoformat(cleaned).isoformat()
    except ValueError:
        raise CaseError(_("The {field} '{value}' is not a valid date. Write dates as "
                          "YYYY-MM-DD, for example 2024-03-05.").format(
            field=field, value=cleaned)) from None


def whole_number(value: Any, field: str, low: int, high: int | None = None) -> int:
    """An integer in [low, high]; refused with a message that names the allowed range."""
    try:
        number = int(value)
        if isinstance(value, float | str) and float(value) != number:
            raise ValueError(value)
    except (TypeError, ValueError):
        raise CaseError(_("The {field} must be a whole number, not '{value}'.").format(
            field=field, value=value)) from None
    if number < low or (high is not None and number > high):
        if high is None:
            message = _("The {field} must be {low} or more, not {value}.")
        else:
            message = _("The {field} must be from {low} to {high}, not {value}.")
        raise CaseError(message.format(field=field, low=low, high=high, value=number))
    return number


def choice(value: Any, field: str, allowed: Iterable[str]) -> str:
    options = tuple(allowed)
    if value not in options:
        raise CaseError(_("The {field} must be one of {options}, not '{value}'.").format(
            field=field, options=", ".join(options), value=value))
    return str(value)


def frame(recording: Row, value: Any, field: str) -> int:
    """A frame index inside the recording, or a message naming its frame range."""
    try:
        index = int(value)
        if isinstance(value, float) and value != index:
            raise ValueError(value)
    except (TypeError, ValueError):
        raise CaseError(_("The {field} must be a frame number, not '{value}'.").format(
            field=field, value=value)) from None
    last = int(recording["frames"]) - 1
    if not 0 <= index <= last:
        raise CaseError(_("The {field} {index} is outside recording {id}, which has frames 0 "
                          "to {last}.").format(field=field, index=index, id=recording["id"],
                                               last=last))
    return index
