"""The editor's frame tables: progress while a table is built by reading every frame, that work
stopped when the guider moves on, and a fast table confirmed (or corrected) in the background.

Real widgets, real decoding, real background threads and child processes; every wait is for a
condition. Work is held "in progress" by :mod:`tests.ui.holding`, never by timing.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from tests.data.corpus import CorpusFile
from tests.data.corpus_damaged import make_damaged
from tests.data.reference import ffmpeg_codes, ffmpeg_frame_count
from tests.ui.holding import HeldCheck, HeldReading, reporting_children
from tests.ui.test_frame_truth import TIMEOUT
from tests.ui.test_viewer import image_code
from vigeditor.project import moments, recordings
from vigeditor.project.importing import import_recording
from vigeditor.project.model import Recording
from vigeditor.project.settings import Settings
from vigeditor.ui.editor.editor_view import EditorView
from vigeditor.ui.editor.frame_worker import FrameWorker, server_opener
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner

CHECK_TIMEOUT = 60000  # ms: a full check decodes the whole recording in a child process

pytestmark = pytest.mark.usefixtures(reporting_children.__name__)


class Screen:
    """An editor in a window, with a record of what the guider was shown."""

    def __init__(self, qtbot: QtBot, tmp_path: Path, session: CaseSession,
                 **media: Any) -> None:
        self.qtbot, self.session = qtbot, session
        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        self.runner = TaskRunner()
        self.editor = EditorView(self.window, session,
                                 Settings(workspace=str(tmp_path / "workspace")), self.runner,
                                 **media)
        self.window.setCentralWidget(self.editor.central)
        self.window.resize(1000, 700)
        self.window.show()
        self.reading: list[str] = []  # every text of the note over the viewer ("" = gone)
        self.checking: list[str] = []  # every text of the note in the status bar
        self.tables: list[tuple[str, int]] = []  # (method, length) of each table in the state
        self.notices: list[str] = []
        self.failures: list[str] = []
        self.closed = False
        tables, state = self.editor.tables, self.editor.state
        tables.reading_note.changed.connect(self.reading.append)
        tables.checking_note.changed.connect(self.checking.append)
        state.recording_changed.connect(lambda _r: self._note_table())
        state.table_changed.connect(lambda _t: self._note_table())
        self.editor.notice.connect(self.notices.append)
        self.editor.failed.connect(self.failures.append)

    def _note_table(self) -> None:
        table = self.editor.state.table
        if table is not None:
            self.tables.append((table.method, len(table)))

    def shows(self, recording: Recording, index: int) -> Callable[[], bool]:
        viewer, state = self.editor.viewer.viewer, self.editor.state
        return lambda: (state.recording is not None and state.recording.id == recording.id
                        and viewer.image_is_exact and viewer.image_index == index
                        and state.frame == index and not viewer.image.isNull())

    def go_to(self, recording: Recording, index: int) -> int:
        """Show frame ``index`` and return the code its picture shows."""
        self.editor.state.set_frame(index)
        self.qtbot.waitUntil(self.shows(recording, index), timeout=TIMEOUT)
        return image_code(self.editor.viewer.viewer.image)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.editor.close()
            self.runner.wait(30000)


@pytest.fixture
def screens(qtbot: QtBot, tmp_path: Path, session: CaseSession) -> Iterator[Callable[..., Screen]]:
    made: list[Screen] = []

    def make(**media: Any) -> Screen:
        made.append(Screen(qtbot, tmp_path, session, **media))
        return made[-1]
    yield make
    for screen in made:
        screen.close()


def forget_tables(session: CaseSession) -> None:
    """As on a laptop the case was copied to: no frame table cached yet."""
    shutil.rmtree(session.case.frame_table_dir, ignore_errors=True)


@pytest.fixture
def packed(session: CaseSession, corpus: dict[str, CorpusFile]) -> tuple[Recording, CorpusFile]:
    """Xvid packed B-frames in AVI: its frame table must be built by decoding every frame."""
    item = corpus["avi_packed_b"]
    recording = import_recording(session.case, item.path, cycle=1).recording
    forget_tables(session)
    return recording, item


def test_a_table_built_by_decoding_shows_progress_then_the_right_frames(
        screens: Callable[..., Screen], packed: tuple[Recording, CorpusFile]) -> None:
    recording, item = packed
    screen = screens()
    screen.editor.open_recording(recording.id)
    screen.qtbot.waitUntil(screen.shows(recording, 0), timeout=TIMEOUT)
    shown = [text for text in screen.reading if text]
    assert shown, "the guider saw how far reading every frame had come"
    assert all(text.startswith("Reading every frame of xvid-packed.avi… ")
               and text.endswith("%") for text in shown)
    assert screen.reading[-1] == "" and not screen.editor.tables.reading_note.isVisible()
    state = screen.editor.state
    assert state.table is not None and state.table.method == "decoded"
    assert state.frame_count == item.frames
    assert image_code(screen.editor.viewer.viewer.image) == item.codes[0]
    for index in (1, 2, 31, item.frames - 1, 17):
        assert screen.go_to(recording, index) == item.codes[index]


def path_of(session: CaseSession, recording: Recording) -> Path:
    return session.case.recording_path(session.case.row("recordings", recording.id))


def test_choosing_another_recording_stops_reading_every_frame(
        screens: Callable[..., Screen], session: CaseSession,
        packed: tuple[Recording, CorpusFile], recording: Recording) -> None:
    avi, _item = packed
    held = HeldReading(path_of(session, avi))
    screen = screens(open_table=held)
    screen.editor.open_recording(avi.id)
    screen.qtbot.waitUntil(lambda: held.arrived.is_set() and any(screen.reading),
                           timeout=TIMEOUT)  # every frame of the AVI is being read
    assert screen.editor.tables.reading_note.text.startswith("Reading every frame of xvid")
    screen.editor.open_recording(recording.id)  # the guider picks the other film meanwhile
    assert screen.reading[-1] == "", "the AVI's progress went at once"
    screen.qtbot.waitUntil(held.stopped.is_set, timeout=TIMEOUT)  # its reading was stopped
    screen.qtbot.waitUntil(screen.shows(recording, 0), timeout=TIMEOUT)
    screen.qtbot.waitUntil(lambda: bool(held.errors), timeout=TIMEOUT)
    assert "stopped" in held.errors[0]
    assert screen.reading[-1] == "" and not screen.editor.tables.reading_note.isVisible()
    assert screen.failures == [], "a stop the guider asked for is no failure"
    assert image_code(screen.editor.viewer.viewer.image) == 0
    screen.editor.open_recording(avi.id)  # and back: now read in full
    screen.qtbot.waitUntil(screen.shows(avi, 0), timeout=TIMEOUT)
    assert screen.editor.state.table is not None
    assert screen.editor.state.table.method == "decoded"


def test_closing_the_case_stops_reading_every_frame(
        screens: Callable[..., Screen], session: CaseSession,
        packed: tuple[Recording, CorpusFile]) -> None:
    avi, _item = packed
    held = HeldReading(path_of(session, avi))
    screen = screens(open_table=held)
    screen.editor.open_recording(avi.id)
    screen.qtbot.waitUntil(held.arrived.is_set, timeout=TIMEOUT)
    screen.close()
    screen.qtbot.waitUntil(held.stopped.is_set, timeout=TIMEOUT)
    screen.qtbot.waitUntil(lambda: bool(held.errors), timeout=TIMEOUT)
    assert screen.failures == [] and screen.editor.state.recording is None


def test_the_frame_worker_drops_the_progress_of_a_recording_it_left(
        qtbot: QtBot, tmp_path: Path, corpus: dict[str, CorpusFile], film: Path) -> None:
    item = corpus["avi_packed_b"]
    held = HeldReading(item.path)
    frames = FrameWorker(opener=server_opener(open_table=held))
    reports: list[tuple[str | None, float]] = []
    frames.reading.connect(lambda share: reports.append((frames.recording, share)))
    failures: list[str] = []
    frames.failed.connect(failures.append)
    try:
        frames.open(item.path, tmp_path / "fresh")
        qtbot.waitUntil(lambda: held.arrived.is_set() and bool(reports), timeout=TIMEOUT)
        with qtbot.waitSignal(frames.opened, timeout=TIMEOUT):
            frames.open(film, tmp_path)  # another recording: the AVI's reading stops
        assert held.stopped.is_set() and "stopped" in held.errors[0]
        assert failures == [] and all(path == str(item.path) for path, _share in reports)
        assert frames.recording == str(film)
    finally:
        frames.stop()


def test_stopping_the_frame_worker_stops_reading_every_frame(
        qtbot: QtBot, tmp_path: Path, corpus: dict[str, CorpusFile]) -> None:
    item = corpus["avi_packed_b"]
    held = HeldReading(item.path)
    frames = FrameWorker(opener=server_opener(open_table=held))
    frames.open(item.path, tmp_path / "fresh")
    qtbot.waitUntil(held.arrived.is_set, timeout=TIMEOUT)
    frames.stop()  # returns once the worker has stopped reading
    assert held.stopped.is_set() and "stopped" in held.errors[0]


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path, _bad = make_damaged(tmp_path_factory.mktemp("damaged"))
    return path


def test_a_full_check_corrects_the_table_the_editor_serves(
        screens: Callable[..., Screen], session: CaseSession, damaged: Path) -> None:
    recording = import_recording(session.case, damaged, cycle=1).recording
    moment = moments.add_moment(session.case, recording.id, 30)  # the guider had tagged one
    packets = recording.frames
    reference = ffmpeg_codes(damaged)
    count = ffmpeg_frame_count(damaged)
    assert count == len(reference) < packets, "the packets claim a picture ffmpeg cannot make"
    screen = screens()
    editor = screen.editor
    editor.open_recording(recording.id)
    screen.qtbot.waitUntil(lambda: len(screen.tables) >= 2, timeout=CHECK_TIMEOUT)
    assert screen.tables == [("packets", packets), ("decoded", count)]
    assert editor.state.frame_count == count == editor.timeline.view.frame_count
    assert len(screen.notices) == 1 and "corrected after a full check" in screen.notices[0]
    assert f"({count} frames, not {packets})" in screen.notices[0]
    assert "moved with their pictures" in screen.notices[0]
    moved = session.case.row("moments", moment.id)
    assert moved["frame"] == 29 and recordings.get_recording(session.case, recording.id).frames \
        == count, "the moment keeps its picture: one frame before it is gone"
    assert screen.checking and screen.checking[-1] == ""
    for index in (count - 1, 30, 5):  # the decoder's pictures, by the decoder's numbers
        assert screen.go_to(recording, index) == reference[index]
    strips: list[list[Any]] = []
    editor.frames.thumbnails_ready.connect(strips.append)
    editor.timeline.resize(editor.timeline.width() + 40, editor.timeline.height())
    screen.qtbot.waitUntil(lambda: bool(strips), timeout=TIMEOUT)
    assert all(0 <= index < count for index, _image in strips[-1])
    assert screen.failures == []


def test_a_check_that_agrees_changes_nothing_and_says_so_only_in_the_log(
        screens: Callable[..., Screen], recording: Recording,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="vigeditor.ui")
    screen = screens()
    screen.editor.open_recording(recording.id)
    screen.qtbot.waitUntil(lambda: "confirmed its frame table" in caplog.text,
                           timeout=CHECK_TIMEOUT)
    assert screen.tables == [("packets", recording.frames)]
    assert screen.notices == [] and screen.failures == []
    assert any(text.startswith("Checking every frame of ") for text in screen.checking)
    assert screen.checking[-1] == ""
    assert screen.go_to(recording, 7) == 7


def test_choosing_another_recording_stops_the_check(
        screens: Callable[..., Screen], session: CaseSession, damaged: Path,
        recording: Recording) -> None:
    broken = import_recording(session.case, damaged, cycle=1).recording
    held = HeldCheck(path_of(session, broken))
    screen = screens(verify=held)
    screen.editor.open_recording(broken.id)
    screen.qtbot.waitUntil(held.arrived.is_set, timeout=TIMEOUT)  # its check is under way
    screen.editor.open_recording(recording.id)
    screen.qtbot.waitUntil(held.stopped.is_set, timeout=TIMEOUT)
    screen.qtbot.waitUntil(screen.shows(recording, 0), timeout=TIMEOUT)
    assert screen.tables[0] == ("packets", broken.frames)
    assert all(length != broken.frames - 1 for _method, length in screen.tables)
    assert screen.notices == []
