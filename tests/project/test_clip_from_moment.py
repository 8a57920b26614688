"""A clip from a moment: the clip span in exact frames of the frame table, the moment's
principles, a suggested caption, one undoable operation; and a review plan that fills itself
in film order with talking points."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from vigeditor.media.frame_table import FrameTable
from vigeditor.project import clips, cycles, moments, people, reviews, stills
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import Moment


def _moment(frame: int, end_frame: int | None = None) -> Moment:
    return Moment(id=1, recording_id=1, frame=frame, time=0.0, end_frame=end_frame,
                  end_time=None, principles=(), who="", note="")


def test_the_span_is_found_in_the_frame_table_not_by_fps() -> None:
    # a phone film: irregular frame times in milliseconds (variable frame rate)
    stamps = [0, 40, 60, 140, 150, 300, 340, 360, 500, 520, 700, 720, 900, 1000, 1300]
    table = FrameTable(pts=np.array(stamps, dtype=np.int64),
                       keyframes=np.array([0], dtype=np.int64),
                       time_base=Fraction(1, 1000), last_duration=40)
    # frame 8 is at 0.5 s: 0.4 s either side → the frames on screen at 0.1 s and 0.9 s
    assert clips.moment_span(table, _moment(8), 0.8) == (2, 12)
    # clamped to the recording at both ends
    assert clips.moment_span(table, _moment(1), 0.8) == (0, 7)
    assert clips.moment_span(table, _moment(13), 6.0) == (0, 14)
    # a moment with its own span: the span plus at least a second either side
    assert clips.moment_span(table, _moment(9, 10), 0.5) == (0, 14)
    with pytest.raises(CaseError):
        clips.moment_span(table, _moment(8), 0)


def test_clip_from_moment_exact_frames_principles_caption_and_undo(
        case_with_recording: Case) -> None:
    case = case_with_recording
    people.add_person(case, "Sam", "child")
    moment = moments.add_moment(case, 1, 30, principles=["encouraging.waiting", "receiving"])
    clip = clips.clip_from_moment(case, moment.id, 1.0)  # 30 fps: 15 frames either side
    assert (clip.in_frame, clip.out_frame) == (15, 45)
    table = case.frame_table(1)
    assert (clip.in_time, clip.out_time) == (table.time(15), table.time(45))
    assert clip.principles == ("encouraging.waiting", "receiving")
    assert clip.caption == "You waited, and Sam started the game."
    case.history.undo()  # one operation
    assert clips.list_clips(case) == []
    assert len(moments.list_moments(case, 1)) == 1


def test_a_moment_with_a_span_and_a_moment_near_the_end(case_with_recording: Case) -> None:
    case = case_with_recording
    spanned = moments.add_moment(case, 1, 20, end_frame=26)
    clip = clips.clip_from_moment(case, spanned.id, 0.4)  # 0.2 s + 1 s margin either side
    assert (clip.in_frame, clip.out_frame) == (0, 56)
    assert clip.principles == () and clip.caption == ""
    late = moments.add_moment(case, 1, 58, principles=["developing.having-fun"])
    clip = clips.clip_from_moment(case, late.id, 6.0)
    assert (clip.in_frame, clip.out_frame) == (0, 59)
    assert clip.caption == "You and your child are having fun together."
    with pytest.raises(CaseError):
        clips.clip_from_moment(case, 999, 6.0)


def test_moment_at_a_frame(case_with_recording: Case) -> None:
    case = case_with_recording
    assert clips.moment_at(case, 1, 10) is None
    spanned = moments.add_moment(case, 1, 5, end_frame=20)
    inner = moments.add_moment(case, 1, 12, end_frame=15)
    exact = moments.add_moment(case, 1, 14)
    assert clips.moment_at(case, 1, 14) == exact
    assert clips.moment_at(case, 1, 13) == inner  # the latest-starting one covering it
    assert clips.moment_at(case, 1, 18) == spanned
    assert clips.moment_at(case, 1, 21) is None


def test_fill_plan_in_film_order_with_talking_points_in_one_step(
        case_with_recording: Case) -> None:
    case = case_with_recording
    people.add_person(case, "Sam", "child")
    cycle = cycles.list_cycles(case)[0]
    late = clips.add_clip(case, 1, 40, 50, principles=["receiving.eye-contact"])
    still = stills.add_still(case, 1, 30)
    early = clips.add_clip(case, 1, 5, 20, principles=["encouraging.waiting"])
    same = stills.add_still(case, 1, 40, principles=["guiding"])
    items = reviews.fill_plan(case, cycle.id)
    assert [(i.clip_id, i.still_id) for i in items] == [
        (early.id, None), (None, still.id), (late.id, None), (None, same.id)]
    assert items[0].talking_points.splitlines() == [
        "What did you do that gave Sam the chance to start?", "What do you see here?",
        "What were you doing that helped?", "How do you think Sam felt?"]
    assert items[1].talking_points.splitlines()[0] == "What do you see here?"
    case.history.undo()  # the whole plan in one step
    assert reviews.list_items(case, cycle.id) == []
    case.history.redo()
    assert len(reviews.list_items(case, cycle.id)) == 4
    with pytest.raises(CaseError, match="no clips or stills"):
        reviews.fill_plan(case, cycle.id)  # nothing left to add
    extra = stills.add_still(case, 1, 2)
    added = reviews.fill_plan(case, cycle.id)  # only what is not yet planned, at the end
    assert [i.still_id for i in added][-1] == extra.id and len(added) == 5
