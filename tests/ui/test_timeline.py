"""The timeline: exact-frame scrubbing, markers that follow the case, selection, filter, zoom.

Real widgets offscreen on a real case with a real imported 120-frame film (tests/ui/conftest).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from vigeditor.project import clips, moments, stills
from vigeditor.project.model import Recording
from vigeditor.ui.editor_state import EditorState, Selection
from vigeditor.ui.session import CaseSession
from vigeditor.ui.timeline.model import CLUSTER_PX, MAX_PIXELS_PER_FRAME, Viewport, cluster
from vigeditor.ui.timeline.view import Timeline


@pytest.fixture
def timeline(session: CaseSession, state: EditorState, qtbot: QtBot) -> Iterator[Timeline]:
    widget = Timeline(session, state)
    qtbot.addWidget(widget)
    widget.resize(960, 170)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def _tag(qtbot: QtBot, session: CaseSession, recording: Recording, frame: int,
         codes: list[str], **fields: object) -> int:
    with qtbot.waitSignal(session.changed, timeout=5000):
        moment = session.run(moments.add_moment, session.case, recording.id, frame,
                             principles=codes, **fields)
    return int(moment.id)


def _click(qtbot: QtBot, widget: Timeline, x: float, y: float) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))


def _strip_y(widget: Timeline) -> float:
    return widget.lanes().strip.center().y()


def test_clicks_on_the_strip_go_to_the_exact_frame_under_the_mouse(
        timeline: Timeline, state: EditorState, qtbot: QtBot) -> None:
    y = _strip_y(timeline)
    assert timeline.view.frame_count == 120
    for frame in (0, 1, 37, 60, 119):
        x = timeline.x_of_frame(frame) + timeline.pixels_per_frame * 0.25
        _click(qtbot, timeline, x, y)
        assert timeline.frame_at(round(x)) == frame
        assert state.frame == frame
    _click(qtbot, timeline, timeline.width() - 1, y)
    assert state.frame == 119


def test_dragging_scrubs_through_exact_frames(timeline: Timeline, state: EditorState,
                                             qtbot: QtBot) -> None:
    seen: list[int] = []
    state.frame_changed.connect(seen.append)
    y = round(timeline.lanes().ruler.center().y())
    start, end = round(timeline.x_of_frame(10) + 2), round(timeline.x_of_frame(20) + 2)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=QPoint(start, y))
    for x in range(start, end + 1, 2):
        qtbot.mouseMove(timeline, QPoint(x, y))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=QPoint(end, y))
    assert seen[0] == 10 and state.frame == 20
    assert sorted(set(seen)) == list(range(10, 21))


def test_at_the_deepest_zoom_each_frame_is_a_wide_cell(timeline: Timeline, state: EditorState,
                                                       qtbot: QtBot) -> None:
    timeline.zoom_to_frames()
    assert timeline.pixels_per_frame == pytest.approx(MAX_PIXELS_PER_FRAME)
    assert timeline.pixels_per_frame >= 12
    timeline.scroll_to(50)
    assert timeline.scrollbar.isVisible()
    for frame in (50, 51, 63, 75):
        middle = timeline.x_of_frame(frame) + timeline.pixels_per_frame / 2
        _click(qtbot, timeline, middle, _strip_y(timeline))
        assert state.frame == frame
    image = timeline.grab().toImage()
    assert not image.isNull()


def test_zoom_keys_and_wheel_keep_the_frame_under_the_anchor(
        timeline: Timeline, state: EditorState, qtbot: QtBot) -> None:
    fit = timeline.pixels_per_frame
    state.set_frame(90)
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)
    assert timeline.pixels_per_frame == pytest.approx(fit * 1.5)
    assert 0 <= timeline.x_of_frame(90) <= timeline.width()
    qtbot.keyClick(timeline, Qt.Key.Key_0)
    assert timeline.pixels_per_frame == pytest.approx(fit)
    for _ in range(30):
        timeline.zoom_in()
    assert timeline.pixels_per_frame == pytest.approx(MAX_PIXELS_PER_FRAME)
    timeline.zoom_to_fit()
    anchor = timeline.x_of_frame(30) + 1
    timeline.set_zoom(fit * 3, anchor)
    assert timeline.frame_at(anchor) == 30


def test_playhead_stays_visible_when_the_frame_changes(timeline: Timeline,
                                                      state: EditorState) -> None:
    timeline.zoom_to_frames()
    timeline.scroll_to(0)
    for frame in (100, 5, 119, 60):
        state.set_frame(frame)
        assert timeline.x_of_frame(frame) >= 0
        assert timeline.x_of_frame(frame + 1) <= timeline.width() + 1e-6


def test_markers_follow_tagging_and_undo(timeline: Timeline, session: CaseSession,
                                        recording: Recording, qtbot: QtBot) -> None:
    first = _tag(qtbot, session, recording, 30, ["receiving.eye-contact"])
    second = _tag(qtbot, session, recording, 90, ["guiding"], end_frame=100)
    assert timeline.marker_rect(first) is not None
    rect = timeline.marker_rect(second)
    assert rect is not None
    assert rect.center().x() == pytest.approx(timeline.x_of_frame(90)
                                              + timeline.pixels_per_frame / 2)
    assert timeline.data.moments.number(first) == 1
    assert timeline.data.moments.number(second) == 2
    with qtbot.waitSignal(session.changed, timeout=5000):
        session.undo()
    assert timeline.marker_rect(second) is None
    assert timeline.marker_rect(first) is not None
    with qtbot.waitSignal(session.changed, timeout=5000):
        session.redo()
    assert timeline.marker_rect(second) is not None


def test_clicking_a_marker_selects_it_and_goes_to_its_frame(
        timeline: Timeline, session: CaseSession, recording: Recording, state: EditorState,
        qtbot: QtBot) -> None:
    moment_id = _tag(qtbot, session, recording, 70, ["attentive.wondering"], note="Sam looks up")
    rect = timeline.marker_rect(moment_id)
    assert rect is not None
    _click(qtbot, timeline, rect.center().x(), rect.center().y())
    assert state.selection == Selection("moment", moment_id)
    assert state.frame == 70
    hit = timeline.item_at(rect.center())
    assert hit is not None and hit.kind == "moment" and hit.ids == (moment_id,)


def test_clips_and_stills_are_shown_and_selectable(
        timeline: Timeline, session: CaseSession, recording: Recording, state: EditorState,
        qtbot: QtBot) -> None:
    with qtbot.waitSignal(session.changed, timeout=5000):
        clip = session.run(clips.add_clip, session.case, recording.id, 20, 60,
                           title="Sam hands over the cup")
    with qtbot.waitSignal(session.changed, timeout=5000):
        still = session.run(stills.add_still, session.case, recording.id, 100)
    clip_y = timeline.lanes().clips.top() + 5
    _click(qtbot, timeline, timeline.x_of_frame(40), clip_y)
    assert state.selection == Selection("clip", clip.id) and state.frame == 20
    still_x = timeline.x_of_frame(100) + timeline.pixels_per_frame / 2
    _click(qtbot, timeline, still_x, timeline.lanes().stills.center().y())
    assert state.selection == Selection("still", still.id) and state.frame == 100


def test_the_principle_filter_hides_other_moments(
        timeline: Timeline, session: CaseSession, recording: Recording, state: EditorState,
        qtbot: QtBot) -> None:
    receiving = _tag(qtbot, session, recording, 20, ["receiving.eye-contact"])
    guiding = _tag(qtbot, session, recording, 80, ["guiding.scaffolding"])
    state.set_filter("receiving")
    assert timeline.marker_rect(receiving) is not None
    assert timeline.marker_rect(guiding) is None
    assert timeline.item_at(QPointF(timeline.x_of_frame(80) + 2,
                                    timeline.lanes().moments.top() + 8)) is None
    state.set_filter("guiding.scaffolding")
    assert timeline.marker_rect(receiving) is None
    assert timeline.marker_rect(guiding) is not None
    state.set_filter("")
    assert timeline.marker_rect(receiving) is not None


def test_nearby_markers_cluster_and_a_click_zooms_in(
        timeline: Timeline, session: CaseSession, recording: Recording, state: EditorState,
        qtbot: QtBot) -> None:
    ids = [_tag(qtbot, session, recording, frame, ["developing"]) for frame in (50, 51, 52)]
    assert all(timeline.marker_rect(moment_id) is None for moment_id in ids)
    x = timeline.x_of_frame(51) + timeline.pixels_per_frame / 2
    hit = timeline.item_at(QPointF(x, timeline.lanes().moments.top() + 8))
    assert hit is not None and hit.kind == "cluster" and set(hit.ids) == set(ids)
    before = timeline.pixels_per_frame
    _click(qtbot, timeline, x, timeline.lanes().moments.top() + 8)
    assert timeline.pixels_per_frame > before
    assert all(timeline.marker_rect(moment_id) is not None for moment_id in ids)
    assert state.selection is None


def test_cluster_keeps_paint_bounded() -> None:
    import numpy as np

    x = np.sort(np.random.default_rng(2).uniform(0, 1600, 10_000))
    groups = cluster(x, np.arange(10_000))
    assert int(groups.count.sum()) == 10_000
    assert len(groups.x) <= 1600 / CLUSTER_PX + 1
    spread = cluster(np.array([0.0, 25.0, 50.0]), np.arange(3))
    assert spread.count.tolist() == [1, 1, 1]


def test_viewport_mapping_is_exact() -> None:
    view = Viewport(frame_count=18_000, width=1600)
    view.pixels_per_frame = view.fit_pixels_per_frame
    assert view.pixels_per_frame == pytest.approx(1600 / 18_000)
    view.zoom(MAX_PIXELS_PER_FRAME, 800)
    for frame in range(view.frame_at(0), view.frame_at(1599)):
        assert view.frame_at(view.x_of(frame) + view.pixels_per_frame / 2) == frame


def test_thumbnails_are_asked_for_and_drawn(timeline: Timeline, state: EditorState,
                                           qtbot: QtBot) -> None:
    with qtbot.waitSignal(timeline.thumbnails_wanted, timeout=3000) as wanted:
        timeline.resize(700, 170)
    count, width = wanted.args
    assert 1 <= count <= len(state.table.keyframes) and width > 0
    picture = QImage(80, 60, QImage.Format.Format_RGB888)
    picture.fill(QColor("#ff00ff"))
    timeline.set_thumbnails([(0, picture), (60, picture)])
    image = timeline.grab().toImage()
    strip = timeline.lanes().strip
    probe = image.pixelColor(round(timeline.x_of_frame(30)), round(strip.center().y()))
    assert probe.name() == "#ff00ff"


def test_painting_ten_thousand_moments(session: CaseSession, state: EditorState,
                                       recording: Recording, qtbot: QtBot) -> None:
    codes = session.case.scheme.codes()
    rows = [(recording.id, index % 120, index % 120 / 30, json.dumps([codes[index % len(codes)]]))
            for index in range(10_000)]
    with session.case.db.atomic():
        session.case.db.conn.executemany(
            "INSERT INTO moments (recording_id, frame, time, principles) VALUES (?, ?, ?, ?)",
            rows)
    widget = Timeline(session, state)
    qtbot.addWidget(widget)
    widget.resize(1600, 160)
    assert len(widget.data.moments) == 10_000
    image = QImage(1600, 160, QImage.Format.Format_ARGB32_Premultiplied)
    for zoom in (widget.zoom_to_fit, widget.zoom_to_frames):
        zoom()
        image.fill(0)
        widget.render(image)
        assert image.pixelColor(800, 80).alpha() == 255
    assert len(widget.clusters().x) <= 1600 / CLUSTER_PX * 2
