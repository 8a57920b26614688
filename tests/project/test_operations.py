"""Operations: validation refuses with a plain message and writes nothing; every operation
commits atomically, emits events, and is undoable and redoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.project.helpers import snapshot
from vigeditor.project import (
    audit,
    clips,
    cycles,
    details,
    moments,
    people,
    plan,
    questions,
    recordings,
    reviews,
    stills,
    supervision,
)
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.events import CaseChanged, Changed

Operation = Callable[[Case], Any]


@pytest.fixture
def rich(case_with_recording: Case) -> Case:
    """A case with something of every kind: ids are all 1 unless noted."""
    case = case_with_recording
    mum = people.add_person(case, "Mum", "carer")
    people.add_person(case, "Sam", "child")  # id 2
    people.give_consent(case, mum.id, "filming", "2024-01-10")
    question = questions.add_question(case, "How can I help Sam settle at bedtime?",
                                      asked_by=mum.id, hoped_rating=8)
    questions.rate_question(case, question.id, 3, stage="start")
    cycles.add_working_point(case, 1, "Wait for Sam to look up")
    moments.add_moment(case, 1, 12, principles=["receiving.eye-contact"], who="parent")
    clips.add_clip(case, 1, 10, 40, caption="Sam smiles back", principles=["receiving"])
    stills.add_still(case, 1, 25, caption="Mum waits", principles=["encouraging.waiting"])
    reviews.add_item(case, 1, clip_id=1, talking_points="What did you notice?")
    reviews.add_item(case, 1, still_id=1)  # review item 2
    supervision.add_session(case, "2024-02-01", 60, supervisor="S", stage=1, clip_ids=[1])
    supervision.rate_skills(case, "2024-02-01", {"pacing": 3})
    case.history.clear()
    return case


OPERATIONS: dict[str, Operation] = {
    "update details": lambda c: details.update_details(c, family_name="Smith",
                                                       end_of_involvement="2024-06-01"),
    "add person": lambda c: people.add_person(c, "Dad", "carer"),
    "update person": lambda c: people.update_person(c, 2, name="Samuel", note="4 years"),
    "remove person (and consent)": lambda c: people.remove_person(c, 1),
    "give consent": lambda c: people.give_consent(c, 2, "professional", "2024-03-01",
                                                  professional="Dr Jones"),
    "withdraw consent": lambda c: people.withdraw_consent(c, 1, "filming", "2024-05-01"),
    "remove consent": lambda c: people.remove_consent(c, 1),
    "add cycle": lambda c: cycles.add_cycle(c, filming_date="2024-03-01"),
    "update cycle": lambda c: cycles.update_cycle(c, 1, filming_date="2024-01-20",
                                                  review_date="2024-01-27", notes="good"),
    "remove cycle (recordings stay)": lambda c: cycles.remove_cycle(c, 1),
    "add working point": lambda c: cycles.add_working_point(c, 1, "Name what you see"),
    "update working point": lambda c: cycles.update_working_point(c, 1, "Wait longer"),
    "remove working point": lambda c: cycles.remove_working_point(c, 1),
    "add question": lambda c: questions.add_question(c, "How can we enjoy meals?"),
    "update question": lambda c: questions.update_question(c, 1, hoped_rating=9),
    "remove question (and ratings)": lambda c: questions.remove_question(c, 1),
    "rate question": lambda c: questions.rate_question(c, 1, 5, stage="cycle", cycle_id=1),
    "re-rate question": lambda c: questions.rate_question(c, 1, 4, stage="start"),
    "remove rating": lambda c: questions.remove_rating(c, 1),
    "add plan section": lambda c: plan.add_section(c, "School", "Talk with the teacher"),
    "update plan section": lambda c: plan.update_section(c, 1, heading="Talking together"),
    "remove plan section": lambda c: plan.remove_section(c, 2),
    "move plan section": lambda c: plan.move_section(c, 5, 0),
    "update recording": lambda c: recordings.update_recording(c, 1, title="Bath time",
                                                              kind="review"),
    "remove recording (and coding)": lambda c: recordings.remove_recording(c, 1),
    "add moment": lambda c: moments.add_moment(c, 1, 30, end_frame=35,
                                               principles=["attentive", "guiding.scaffolding"],
                                               who="child initiative", note="looks up"),
    "update moment": lambda c: moments.update_moment(c, 1, frame=13, note="later"),
    "remove moment": lambda c: moments.remove_moment(c, 1),
    "add clip": lambda c: clips.add_clip(c, 1, 0, 59, title="All", key_frame=30,
                                         slow_motion=True),
    "update clip": lambda c: clips.update_clip(c, 1, out_frame=50, caption="Lovely"),
    "remove clip (and its review item)": lambda c: clips.remove_clip(c, 1),
    "add still": lambda c: stills.add_still(c, 1, 59, caption="The end"),
    "update still": lambda c: stills.update_still(c, 1, principles=["developing"]),
    "remove still": lambda c: stills.remove_still(c, 1),
    "add review item": lambda c: reviews.add_item(c, 1, clip_id=1, talking_points="again"),
    "set talking points": lambda c: reviews.set_talking_points(c, 1, "How did Sam feel?"),
    "move review item": lambda c: reviews.move_item(c, 2, 0),
    "remove review item": lambda c: reviews.remove_item(c, 1),
    "note after review": lambda c: reviews.record_after_review(
        c, 1, parent_noticed="He waits for me", working_points=["Follow his lead"],
        ratings={1: 6}),
    "add supervision": lambda c: supervision.add_session(c, "2024-03-01", 90, clip_ids=[1]),
    "update supervision": lambda c: supervision.update_session(c, 1, minutes=45, clip_ids=[]),
    "remove supervision": lambda c: supervision.remove_session(c, 1),
    "rate skills": lambda c: supervision.rate_skills(c, "2024-03-02",
                                                     {"attuned-dialogue": 4, "pacing": 0}),
    "remove skill rating": lambda c: supervision.remove_skill_rating(c, 1),
}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_operation_commits_emits_and_undoes_and_redoes(rich: Case, name: str) -> None:
    events: list[CaseChanged] = []
    rich.changed.connect(events.append)
    before = snapshot(rich)

    OPERATIONS[name](rich)
    after = snapshot(rich)
    assert after != before
    assert [event.origin for event in events] == ["do"]
    assert events[0].changes and events[0].change is rich.last_change

    rich.history.undo()
    assert snapshot(rich) == before
    rich.history.redo()
    assert snapshot(rich) == after
    assert [event.origin for event in events] == ["do", "undo", "redo"]
    assert events[1].changes == tuple(
        Changed(c.kind, c.id, _inverse(c.action)) for c in events[0].changes)
    assert events[2].changes == events[0].changes


def _inverse(action: str) -> str:
    return {"added": "removed", "removed": "added", "changed": "changed"}[action]


def test_the_event_names_kind_id_and_action(rich: Case) -> None:
    events: list[CaseChanged] = []
    rich.changed.connect(events.append)
    moment = moments.add_moment(rich, 1, 40, principles=["guiding"])
    assert events[-1].changes == (Changed("moment", moment.id, "added"),)
    moments.update_moment(rich, moment.id, note="x")
    assert events[-1].changes == (Changed("moment", moment.id, "changed"),)
    clips.remove_clip(rich, 1)
    assert set(events[-1].changes) == {Changed("clip", 1, "removed"),
                                       Changed("review-item", 1, "removed"),
                                       Changed("supervision-clip", 1, "removed")}
    assert events[-1].kinds == {"clip", "review-item", "supervision-clip"}


REFUSALS: dict[str, tuple[Operation, str]] = {
    "clip out before in": (lambda c: clips.add_clip(c, 1, 40, 10), "before its in frame"),
    "clip out past the end": (lambda c: clips.add_clip(c, 1, 10, 60), "frames 0 to 59"),
    "clip key frame outside": (lambda c: clips.add_clip(c, 1, 10, 20, key_frame=30),
                               "inside the clip"),
    "clip update out before in": (lambda c: clips.update_clip(c, 1, out_frame=5),
                                  "before its in frame"),
    "moment past the end": (lambda c: moments.add_moment(c, 1, 60), "frames 0 to 59"),
    "moment negative": (lambda c: moments.add_moment(c, 1, -1), "frames 0 to 59"),
    "moment end before frame": (lambda c: moments.add_moment(c, 1, 20, end_frame=19),
                                "cannot be before"),
    "unknown principle": (lambda c: moments.add_moment(c, 1, 5, principles=["kindness"]),
                          "'kindness' is not a principle"),
    "unknown item of a known group": (
        lambda c: stills.add_still(c, 1, 5, principles=["receiving.hugging"]),
        "not a principle"),
    "update to an unknown principle": (
        lambda c: moments.update_moment(c, 1, principles=["attentive", "nope"]),
        "not a principle"),
    "no such recording": (lambda c: moments.add_moment(c, 9, 5), "no recording 9"),
    "still past the end": (lambda c: stills.add_still(c, 1, 99), "frames 0 to 59"),
    "rating above 10": (lambda c: questions.rate_question(c, 1, 11, stage="end"),
                        "from 1 to 10"),
    "rating 0": (lambda c: questions.rate_question(c, 1, 0, stage="end"), "from 1 to 10"),
    "cycle rating without cycle": (lambda c: questions.rate_question(c, 1, 5),
                                   "names its cycle"),
    "hoped-for rating 11": (lambda c: questions.add_question(c, "Q", hoped_rating=11),
                            "from 1 to 10"),
    "skill rating 6": (lambda c: supervision.rate_skills(c, "2024-01-01", {"pacing": 6}),
                       "from 0 to 5"),
    "unknown skill": (lambda c: supervision.rate_skills(c, "2024-01-01", {"charm": 2}),
                      "must be one of"),
    "bad role": (lambda c: people.add_person(c, "Nan", "grandparent"), "must be one of"),
    "empty name": (lambda c: people.add_person(c, "  ", "carer"), "cannot be empty"),
    "unknown purpose": (lambda c: people.give_consent(c, 1, "marketing", "2024-01-01"),
                        "must be one of"),
    "professional unnamed": (lambda c: people.give_consent(c, 1, "professional",
                                                           "2024-01-01"),
                             "must name the professional"),
    "impossible date": (lambda c: people.give_consent(c, 1, "review", "2024-02-30"),
                        "not a valid date"),
    "consent given twice": (lambda c: people.give_consent(c, 1, "filming", "2024-02-01"),
                            "already has consent"),
    "withdraw without consent": (lambda c: people.withdraw_consent(c, 2, "review",
                                                                   "2024-01-01"),
                                 "no consent in force"),
    "withdraw before given": (lambda c: people.withdraw_consent(c, 1, "filming",
                                                                "2024-01-01"),
                              "before the date it was given"),
    "duplicate cycle number": (lambda c: cycles.add_cycle(c, 1), "already a cycle 1"),
    "review before filming": (lambda c: cycles.update_cycle(c, 1, filming_date="2024-02-01",
                                                            review_date="2024-01-01"),
                              "before the filming"),
    "review item clip and still": (lambda c: reviews.add_item(c, 1, clip_id=1, still_id=1),
                                   "either a clip or a still"),
    "after review with a bad rating": (
        lambda c: reviews.record_after_review(c, 1, parent_noticed="x", ratings={1: 12}),
        "from 1 to 10"),
    "empty family code": (lambda c: details.update_details(c, family_code=" "),
                          "cannot be empty"),
    "case ends before it starts": (
        lambda c: details.update_details(c, started="2024-05-01", ended="2024-01-01"),
        "end before it started"),
    "supervision of 0 minutes": (lambda c: supervision.add_session(c, "2024-01-01", 0),
                                 "from 1 to 600"),
    "supervision with a missing clip": (
        lambda c: supervision.add_session(c, "2024-01-01", 60, clip_ids=[7]), "no clip 7"),
    "plan heading empty": (lambda c: plan.add_section(c, ""), "cannot be empty"),
    "export for an unknown purpose": (
        lambda c: audit.record_export(c, what="x", purpose="fun", destination="/tmp"),
        "must be one of"),
}


@pytest.mark.parametrize("name", list(REFUSALS))
def test_refused_operation_writes_nothing(rich: Case, name: str) -> None:
    operation, message = REFUSALS[name]
    events: list[CaseChanged] = []
    rich.changed.connect(events.append)
    before = snapshot(rich)
    with pytest.raises(CaseError, match=message):
        operation(rich)
    assert snapshot(rich) == before
    assert events == []
    assert not rich.history.can_undo


def test_an_operation_that_fails_halfway_leaves_nothing(rich: Case) -> None:
    before = snapshot(rich)
    with pytest.raises(RuntimeError), rich.operation("two steps") as db:
        db.execute("INSERT INTO people (name, role) VALUES ('Half', 'carer')")
        raise RuntimeError("power cut")
    assert snapshot(rich) == before


def test_undo_restores_cascaded_rows_exactly(rich: Case) -> None:
    before = snapshot(rich)
    recordings.remove_recording(rich, 1)
    assert rich.rows("SELECT * FROM moments") == []
    assert rich.rows("SELECT * FROM review_items") == []
    rich.history.undo()
    assert snapshot(rich) == before  # float timestamps included
    assert moments.get_moment(rich, 1).time == pytest.approx(12 / 30)


def test_undo_out_of_order_is_refused_and_changes_nothing(rich: Case) -> None:
    moment = moments.add_moment(rich, 1, 30)
    added = rich.last_change
    moments.update_moment(rich, moment.id, note="changed since")
    before = snapshot(rich)
    assert added is not None
    with pytest.raises(CaseError, match="can no longer be undone"):
        added.undo()
    assert snapshot(rich) == before


def test_nothing_to_undo_or_redo(case: Case) -> None:
    with pytest.raises(CaseError, match="nothing to undo"):
        case.history.undo()
    with pytest.raises(CaseError, match="nothing to redo"):
        case.history.redo()


def test_a_new_operation_clears_redo(rich: Case) -> None:
    people.add_person(rich, "Dad", "carer")
    rich.history.undo()
    assert rich.history.can_redo
    people.add_person(rich, "Nan", "carer")
    assert not rich.history.can_redo


def test_a_failing_listener_does_not_undo_the_commit(rich: Case) -> None:
    seen: list[CaseChanged] = []

    def broken(_event: CaseChanged) -> None:
        raise ValueError("view bug")

    rich.changed.connect(broken)
    rich.changed.connect(seen.append)
    person = people.add_person(rich, "Dad", "carer")
    assert people.get_person(rich, person.id).name == "Dad"
    assert len(seen) == 1
    rich.changed.disconnect(broken)


def test_exports_are_audited_and_not_undoable(rich: Case) -> None:
    entry = audit.record_export(rich, what="clip 1 (mp4)", purpose="supervision",
                                destination="/media/usb", consent_ids=[1], pseudonymised=True)
    assert not rich.history.can_undo
    assert audit.list_exports(rich) == [entry]
    assert entry.consents == (1,) and entry.pseudonymised


def test_consent_in_force_follows_given_and_withdrawn_dates(rich: Case) -> None:
    assert people.has_consent(rich, 1, "filming", on="2024-01-10")
    assert not people.has_consent(rich, 1, "filming", on="2024-01-09")
    assert not people.has_consent(rich, 1, "review", on="2024-06-01")
    people.withdraw_consent(rich, 1, "filming", "2024-04-01")
    assert people.has_consent(rich, 1, "filming", on="2024-03-31")
    assert not people.has_consent(rich, 1, "filming", on="2024-04-01")
    people.give_consent(rich, 1, "professional", "2024-01-01", professional="Dr Jones")
    assert people.has_consent(rich, 1, "professional", on="2024-02-01",
                              professional="dr jones")
    assert not people.has_consent(rich, 1, "professional", on="2024-02-01",
                                  professional="Ms Other")


def test_positions_are_frames_with_their_timestamps(rich: Case) -> None:
    table = rich.frame_table(1)
    clip = clips.add_clip(rich, 1, 3, 45, key_frame=44)
    assert (clip.in_time, clip.out_time, clip.key_time) == (
        table.time(3), table.time(45), table.time(44))
    still = stills.add_still(rich, 1, 59)
    assert still.time == table.time(59)


def test_after_review_notes_are_one_step(rich: Case) -> None:
    before = snapshot(rich)
    reviews.record_after_review(rich, 1, parent_noticed="He waits", notes="calm",
                                working_points=["Follow his lead", "Name it"], ratings={1: 7})
    review = reviews.get_review(rich, 1)
    assert review is not None and review.parent_noticed == "He waits"
    assert [p.text for p in cycles.list_working_points(rich, 1)][-2:] == [
        "Follow his lead", "Name it"]
    assert [r.rating for r in questions.list_ratings(rich, 1)] == [3, 7]
    rich.history.undo()
    assert snapshot(rich) == before
