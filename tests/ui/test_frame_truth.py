"""Frame truth in the editor's viewer: a picture arriving late, after the guider switched
recordings, is never painted; a frame's error goes with the next good frame; a damaged frame
shows its stand-in with a marker that goes with the next good frame.

Requests are held "in flight" by a gate inside a real frame server (see :mod:`.damage`), and
damage is a real frame the decoder cannot produce, so these run the real worker and decoder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tests.ui.damage import Gate, Opener, damaged_opener, gated_opener
from tests.ui.test_viewer import close_panel, image_code, wait_exact
from vigeditor.media.probe import open_recording
from vigeditor.ui.editor.frame_worker import FrameWorker
from vigeditor.ui.editor.viewer import DAMAGE_PLATE, ViewerPanel
from vigeditor.ui.editor_state import EditorState

TIMEOUT = 20000  # ms: generous, these wait on conditions and never on speed


class Painted(QObject):
    """Every picture a widget paints, with the recording on screen at the time."""

    def __init__(self, widget: object, attributes: tuple[str, str, str]) -> None:
        super().__init__()
        self.widget, self.attributes = widget, attributes
        self.now = ""
        self.log: list[tuple[str, QImage, int | None, bool]] = []
        widget.installEventFilter(self)  # type: ignore[attr-defined]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            image, index, exact = (getattr(self.widget, name) for name in self.attributes)
            if not image.isNull():
                self.log.append((self.now, image, index, exact))
        return False

    def check(self, portrait: Path) -> None:
        """Each painted picture has its recording's shape and, when exact, its frame."""
        for now, image, index, exact in self.log:
            upright = image.height() > image.width()
            assert upright == (now == str(portrait)), f"a picture of another recording " \
                f"({image.width()}×{image.height()}) was painted while {now} was shown"
            if exact:
                assert image_code(image) == index


def make_panel(qtbot: QtBot, opener: Opener) -> ViewerPanel:
    panel = ViewerPanel(EditorState(), FrameWorker(opener=opener), "qt", audio=False)
    qtbot.addWidget(panel)
    panel.resize(640, 520)
    panel.show()
    return panel


def switch(qtbot: QtBot, panel: ViewerPanel, path: Path, cache: Path,
           wait: bool = True) -> None:
    """What the editor does when the guider picks a recording."""
    _info, table = open_recording(path, cache_dir=cache)
    panel.state.set_recording(None, table)
    if wait:
        with qtbot.waitSignal(panel.frames.opened, timeout=TIMEOUT):
            panel.open_media(path, cache)
    else:
        panel.open_media(path, cache)


@pytest.fixture
def gate() -> Iterator[Gate]:
    held = Gate()
    yield held
    held.open()  # never leave the worker waiting


def test_a_late_picture_of_the_last_recording_is_never_painted(
        qtbot: QtBot, tmp_path: Path, film: Path, portrait: Path, gate: Gate) -> None:
    panel = make_panel(qtbot, gated_opener(gate))
    painted = Painted(panel.viewer, ("image", "image_index", "image_is_exact"))
    try:
        painted.now = str(film)
        switch(qtbot, panel, film, tmp_path)
        assert wait_exact(qtbot, panel) == 0
        panel.viewer.repaint()
        gate.close()
        panel.playback.step(5)  # frame 5 of the landscape film is now being decoded
        qtbot.waitUntil(lambda: gate.arrivals >= 1, timeout=TIMEOUT)
        for path in (portrait, film, portrait):  # the guider switches while it is held
            painted.now = str(path)
            switch(qtbot, panel, path, tmp_path, wait=False)
            panel.playback.step(5)  # the same frame number, in the other recording
            panel.viewer.repaint()
        with qtbot.waitSignal(panel.frames.opened, timeout=TIMEOUT):
            gate.release(film)  # the landscape frame arrives, late, then the openings
        panel.viewer.repaint()  # (the portrait's frame is held at the gate meanwhile)
        painted.check(portrait)  # the late landscape picture was not taken
        assert panel.viewer.image.isNull()
        gate.open()
        qtbot.waitUntil(lambda: panel.viewer.image_is_exact and panel.viewer.image_index == 5
                        and not panel.viewer.image.isNull(), timeout=TIMEOUT)
        panel.viewer.repaint()
        assert image_code(panel.viewer.image) == 5
        assert panel.viewer.image.height() > panel.viewer.image.width()
        painted.check(portrait)
        assert {now for now, *_rest in painted.log} == {str(film), str(portrait)}
    finally:
        gate.open()
        close_panel(panel)


def test_late_thumbnails_of_the_last_recording_never_reach_the_timeline(
        qtbot: QtBot, tmp_path: Path, film: Path, portrait: Path, gate: Gate) -> None:
    frames = FrameWorker(opener=gated_opener(gate))
    strips: list[list[tuple[int, QImage]]] = []
    frames.thumbnails_ready.connect(strips.append)
    try:
        with qtbot.waitSignal(frames.opened, timeout=TIMEOUT):
            frames.open(film, tmp_path)
        gate.close()
        frames.request_thumbnails(4, 96)  # the landscape film's strip is being made
        qtbot.waitUntil(lambda: gate.arrivals >= 1, timeout=TIMEOUT)
        frames.open(portrait, tmp_path)  # the guider switches meanwhile
        with qtbot.waitSignal(frames.opened, timeout=TIMEOUT):
            gate.release(film)  # the landscape strip is done, late, then the opening
        assert strips == [], "the last recording's thumbnails are dropped"
        gate.open()
        with qtbot.waitSignal(frames.thumbnails_ready, timeout=TIMEOUT):
            frames.request_thumbnails(4, 96)
        assert len(strips) == 1 and strips[0]
        assert all(image.height() > image.width() for _index, image in strips[0])
    finally:
        gate.open()
        frames.stop()


def test_a_frames_error_goes_with_the_next_good_frame(qtbot: QtBot, tmp_path: Path,
                                                      film: Path) -> None:
    panel = make_panel(qtbot, damaged_opener(0))  # frame 0 cannot be decoded at all
    viewer = panel.viewer
    try:
        switch(qtbot, panel, film, tmp_path)
        qtbot.waitUntil(lambda: bool(viewer.error), timeout=TIMEOUT)
        error = viewer.error
        assert error and error in viewer.accessibleDescription()
        assert viewer.image.isNull(), "no other frame's picture stands in for it"
        panel.playback.step(1)
        assert wait_exact(qtbot, panel) == 1
        assert viewer.error == "" and error not in viewer.accessibleDescription()
        assert viewer.message == ""
    finally:
        close_panel(panel)


def amber_pixels(panel: ViewerPanel) -> int:
    """How many pixels of the viewer's upper half show the damaged-frame marker's plate."""
    image = panel.viewer.grab().toImage()
    wanted = DAMAGE_PLATE.rgb()
    return sum(1 for y in range(0, image.height() // 2, 2) for x in range(0, image.width(), 2)
               if QColor(image.pixel(x, y)).rgb() == wanted)


def test_a_damaged_frame_shows_its_stand_in_with_a_marker_until_a_good_frame(
        qtbot: QtBot, tmp_path: Path, film: Path) -> None:
    panel = make_panel(qtbot, damaged_opener(5))
    viewer = panel.viewer
    try:
        switch(qtbot, panel, film, tmp_path)
        assert wait_exact(qtbot, panel) == 0
        assert viewer.damage_note() == "" and amber_pixels(panel) == 0
        panel.playback.step(5)
        assert wait_exact(qtbot, panel) == 4, "the nearest earlier good frame stands in"
        assert viewer.image_index == 5 and viewer.substitute == 4
        assert viewer.damage_note() == "Damaged frame — showing frame 4"
        assert "Damaged frame — showing frame 4" in viewer.accessibleDescription()
        assert amber_pixels(panel) > 200, "the marker is painted over the picture"
        panel.playback.step(1)
        assert wait_exact(qtbot, panel) == 6
        assert viewer.substitute is None and viewer.damage_note() == ""
        assert amber_pixels(panel) == 0, "the marker went with the next good frame"
        panel.playback.step(-1)
        assert wait_exact(qtbot, panel) == 4 and amber_pixels(panel) > 200
    finally:
        close_panel(panel)
