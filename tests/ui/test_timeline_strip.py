"""The timeline's thumbnail strip covers the whole film at every zoom and scroll, with whole
pictures side by side (no slivers, no overlaps) that never stand for frames before their own,
and no dark gaps once the pictures are there (issue 12, "stop the detours")."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.session import CaseSession
from vigeditor.ui.timeline.model import Viewport, strip_cells
from vigeditor.ui.timeline.paint import paint_strip
from vigeditor.ui.timeline.view import Timeline

PICTURE = 64.0  # a thumbnail's width, pixels


@pytest.mark.parametrize("frames", [1, 7, 120, 9_000, 250_000])
@pytest.mark.parametrize("zoom", [1.0, 3.7, 40.0, 1000.0])
@pytest.mark.parametrize("scroll", [0.0, 0.37, 1.0])
def test_cells_tile_the_film_on_screen(frames: int, zoom: float, scroll: float) -> None:
    view = Viewport(frame_count=frames, width=997.0)
    view.pixels_per_frame = view.fit_pixels_per_frame * zoom
    view.clamp()
    view.start = view.max_start * scroll
    keyframes = list(range(0, frames, 25))
    cells = strip_cells(view, PICTURE, keyframes)
    film_left, film_right = max(0.0, view.x_of(0)), min(view.width, view.x_of(frames))
    assert cells[0].x <= film_left + 1e-6 and cells[-1].x + cells[-1].width >= film_right - 1e-6
    for before, after in itertools.pairwise(cells):
        assert after.x == pytest.approx(before.x + before.width)  # side by side, no gap
    if view.content_width >= PICTURE:
        assert all(2 / 3 * PICTURE <= cell.width <= 2 * PICTURE for cell in cells)  # no slivers
    for cell in cells:
        first = view.frame_at(cell.x + 1e-6)
        assert cell.thumbnail is not None and keyframes[cell.thumbnail] <= first
        later = cell.thumbnail + 1
        assert later == len(keyframes) or keyframes[later] > first  # the latest one before


def _picture(colour: str) -> QImage:
    picture = QImage(80, 60, QImage.Format.Format_RGB888)
    picture.fill(QColor(colour))
    return picture


@pytest.fixture
def timeline(session: CaseSession, state: EditorState, qtbot: QtBot) -> Iterator[Timeline]:
    widget = Timeline(session, state)
    qtbot.addWidget(widget)
    widget.resize(960, 170)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


@pytest.mark.parametrize("zoom_steps", [0, 2, 6])
def test_the_strip_has_no_gap_and_pictures_stay_at_or_after_their_frame(
        timeline: Timeline, state: EditorState, zoom_steps: int) -> None:
    """Keyframes 0, 15, 30 … of the 120-frame film, each with its own colour: every strip
    column shows a picture (never the plain strip), of a keyframe at or before its frame."""
    colours = {index: QColor.fromHsv(index * 2 % 360, 200, 220).name()
               for index in state.table.keyframes}
    timeline.set_thumbnails([(index, _picture(colour)) for index, colour in colours.items()])
    for _step in range(zoom_steps):
        timeline.zoom_in()
    timeline.scroll_to(30)
    image = QImage(timeline.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("black"))
    painter = QPainter(image)
    paint_strip(painter, timeline.scene())  # the strip alone: no grid, playhead or focus
    painter.end()
    strip = timeline.lanes().strip
    keyframes = sorted(colours)
    for x in range(0, timeline.width(), 7):
        shown = image.pixelColor(x, round(strip.center().y())).name()
        frame = timeline.frame_at(x + 0.5)
        assert shown in colours.values(), f"column {x} (frame {frame}) shows no picture"
        keyframe = next(k for k, c in colours.items() if c == shown)
        assert keyframe <= max(k for k in keyframes if k <= frame)
