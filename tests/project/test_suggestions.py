"""Suggested moments stored per recording: frames from the frame table, the guider's
decisions kept across a new analysis, N / Shift+N, dismiss and tag as undoable operations."""

from __future__ import annotations

import pytest

from vigeditor.analysis.suggest import Suggestion
from vigeditor.project import moments
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.events import CaseChanged
from vigeditor.project.suggestions import (
    dismiss_suggestion,
    get_suggestion,
    list_suggestions,
    next_suggestion,
    replace_suggestions,
    tag_suggestion,
)

REASON = "The adult spoke, then the child answered within 0.8 s"
FOUND = [Suggestion(0.2, 0.6, "exchange", 0.9, (REASON, "Two faces turned towards each other "
                                                       "for 0.4 s")),
         Suggestion(1.0, 1.3, "waiting", 0.5, ("The adult waited 2.1 s after the child spoke",)),
         Suggestion(1.5, 1.9, "face-to-face", 0.3, ())]


def test_stored_in_frames_of_the_frame_table(case_with_recording: Case) -> None:
    case = case_with_recording
    table = case.frame_table(1)
    stored = replace_suggestions(case, 1, FOUND)
    assert [(s.start_frame, s.end_frame) for s in stored] == [
        (table.index_at(f.start), table.index_at(f.end - 0.0005)) for f in FOUND]
    assert [(s.start_frame, s.end_frame) for s in stored] == [(6, 17), (30, 38), (45, 56)]
    first = stored[0]
    assert (first.kind, first.score, first.state, first.moment_id) == ("exchange", 0.9,
                                                                       "open", None)
    assert first.reasons == FOUND[0].reasons
    assert get_suggestion(case, first.id) == first
    assert not case.history.can_undo  # the analysis's work is not an undo step


def test_a_new_analysis_keeps_the_guiders_decisions(case_with_recording: Case) -> None:
    case = case_with_recording
    exchange, waiting, _facing = replace_suggestions(case, 1, FOUND)
    dismiss_suggestion(case, exchange.id)
    moment = tag_suggestion(case, waiting.id, ["encouraging.waiting"])
    again = replace_suggestions(case, 1, [
        Suggestion(0.3, 0.7, "exchange", 0.95, ("dismissed before: not back",)),
        Suggestion(0.3, 0.7, "face-to-face", 0.4, ("another kind: offered",)),
        Suggestion(1.1, 1.2, "waiting", 0.6, ("tagged before: not back",)),
        Suggestion(1.6, 1.9, "exchange", 0.8, ("new",))])
    assert [s.reasons[0] for s in again] == ["another kind: offered", "new"]
    every = list_suggestions(case, 1, include_closed=True)
    assert sorted(s.state for s in every) == ["dismissed", "open", "open", "tagged"]
    assert get_suggestion(case, waiting.id).moment_id == moment.id
    assert list_suggestions(case, 2) == []


def test_next_and_previous_open_suggestion(case_with_recording: Case) -> None:
    case = case_with_recording
    exchange, waiting, facing = replace_suggestions(case, 1, FOUND)
    assert next_suggestion(case, 1, 0, 1) == exchange
    assert next_suggestion(case, 1, exchange.start_frame, 1) == waiting
    assert next_suggestion(case, 1, 59, 1) is None
    assert next_suggestion(case, 1, 59, -1) == facing
    assert next_suggestion(case, 1, waiting.start_frame, -1) == exchange
    assert next_suggestion(case, 1, exchange.start_frame, -1) is None
    dismiss_suggestion(case, waiting.id)
    assert next_suggestion(case, 1, exchange.start_frame, 1) == facing  # open ones only
    with pytest.raises(ValueError):
        next_suggestion(case, 1, 0, 0)


def test_dismiss_is_one_undoable_operation(case_with_recording: Case) -> None:
    case = case_with_recording
    exchange = replace_suggestions(case, 1, FOUND)[0]
    heard: list[CaseChanged] = []
    case.changed.connect(heard.append)
    assert dismiss_suggestion(case, exchange.id).state == "dismissed"
    assert [(e.kind, e.action) for e in heard[-1].changes] == [("suggestion", "changed")]
    assert exchange.id not in [s.id for s in list_suggestions(case, 1)]
    assert dismiss_suggestion(case, exchange.id).state == "dismissed"  # again: no change
    case.history.undo()
    assert get_suggestion(case, exchange.id).state == "open"
    case.history.redo()
    assert get_suggestion(case, exchange.id).state == "dismissed"


def test_tag_makes_a_moment_in_one_undoable_operation(case_with_recording: Case) -> None:
    case = case_with_recording
    exchange = replace_suggestions(case, 1, FOUND)[0]
    moment = tag_suggestion(case, exchange.id, ["developing.short-turns"])
    assert (moment.frame, moment.end_frame) == (exchange.start_frame, exchange.end_frame)
    assert moment.principles == ("developing.short-turns",)
    assert moment.note == "" and moment.who == ""  # the reasons stay inside the case
    tagged = get_suggestion(case, exchange.id)
    assert (tagged.state, tagged.moment_id) == ("tagged", moment.id)
    with pytest.raises(CaseError, match="already a moment"):
        tag_suggestion(case, exchange.id, [])
    with pytest.raises(CaseError, match="already a moment"):
        dismiss_suggestion(case, exchange.id)
    case.history.undo()
    assert moments.list_moments(case, 1) == []
    assert get_suggestion(case, exchange.id).state == "open"
    case.history.redo()
    assert moments.list_moments(case, 1) == [moment]
    moments.remove_moment(case, moment.id)  # the moment goes; the decision stays
    assert (get_suggestion(case, exchange.id).state,
            get_suggestion(case, exchange.id).moment_id) == ("tagged", None)


def test_plain_errors(case_with_recording: Case) -> None:
    case = case_with_recording
    exchange = replace_suggestions(case, 1, FOUND)[0]
    with pytest.raises(CaseError, match="no suggested moment 99"):
        dismiss_suggestion(case, 99)
    with pytest.raises(CaseError):
        tag_suggestion(case, exchange.id, ["no-such.code"])
    assert get_suggestion(case, exchange.id).state == "open"
    with pytest.raises(CaseError, match="no recording 7"):
        replace_suggestions(case, 7, FOUND)
    with pytest.raises(ValueError):
        replace_suggestions(case, 1, [Suggestion(0.1, 0.2, "hunch", 0.5, ())])
