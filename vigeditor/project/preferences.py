"""The case's own preferences: small values the app remembers per case (an export's last
folder and options; later the family's language), stored in the case (schema version 4).

They live in the case, not in the app's settings, so nothing about a family (a folder,
a title the family chose) is written outside its case folder, and they go wherever the case
goes (backup, another laptop). Values are JSON; writing one is not an undo step.
"""

from __future__ import annotations

import json
from typing import Any

from vigeditor.project.case import Case

TABLE = "preferences"


def get_preference(case: Case, key: str, default: Any = None) -> Any:
    """The value stored under ``key``, or ``default`` when there is none or it is
    unreadable (a preference is never worth an error)."""
    row = case.db.execute(f"SELECT value FROM {TABLE} WHERE key = ?", [key]).fetchone()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except ValueError:
        return default


def set_preference(case: Case, key: str, value: Any) -> None:
    """Store ``value`` (anything JSON can hold) under ``key``, replacing what was there.

    Raises :class:`~vigeditor.project.errors.CaseError` when the case cannot be written and
    :class:`TypeError` when ``value`` is not JSON."""
    text = json.dumps(value, sort_keys=True)
    if get_preference(case, key, _MISSING) == value:
        return
    with case.operation("Remember a choice", undoable=False) as db:
        db.execute(f"INSERT INTO {TABLE} (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, text])


def export_key(kind: str) -> str:
    """The key of the last folder and options of an export of ``kind``."""
    return f"export.{kind}"


_MISSING = object()
