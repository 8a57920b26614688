"""Per-case preferences (schema version 4): stored in the case, not undo steps."""

from __future__ import annotations

from pathlib import Path

from vigeditor.project.case import Case
from vigeditor.project.preferences import export_key, get_preference, set_preference


def test_preferences_round_trip_and_survive_reopening(case: Case) -> None:
    assert get_preference(case, export_key("booklet")) is None
    assert get_preference(case, "missing", {"a": 1}) == {"a": 1}
    set_preference(case, export_key("booklet"), {"folder": "/x", "a5": True})
    set_preference(case, export_key("booklet"), {"folder": "/y", "a5": False})
    assert get_preference(case, export_key("booklet")) == {"folder": "/y", "a5": False}
    assert not case.history.can_undo
    folder: Path = case.folder
    case.close()
    reopened = Case.open(folder)
    try:
        assert get_preference(reopened, export_key("booklet"))["folder"] == "/y"
    finally:
        reopened.close()


def test_a_preference_is_not_an_undo_step(case: Case) -> None:
    set_preference(case, "language", "cy")
    assert get_preference(case, "language") == "cy"
    assert not case.history.can_undo
