"""The micro-analysis editor for one open case: viewer, timeline, palette, inspector, lists.

It builds the views (each subscribed to the session and the editor state in its own
``__init__``), places them in the main window's docks, and opens recordings off the UI thread.
A recording whose frame table must be built by reading every frame says how far that has
come, and stops when the guider picks another recording or closes the case; the table is
then kept right by :class:`~vigeditor.ui.editor.tables.TableKeeper`.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTabWidget, QWidget

from vigeditor.media.frame_table import file_identity
from vigeditor.media.probe import open_recording, preview_first_frame
from vigeditor.project import recordings
from vigeditor.project.model import Recording
from vigeditor.project.settings import Settings
from vigeditor.ui.editor.analysis_keeper import AnalysisKeeper
from vigeditor.ui.editor.editing import EditingActions
from vigeditor.ui.editor.frame_worker import (
    FrameWorker,
    TableOpener,
    picture_to_image,
    server_opener,
)
from vigeditor.ui.editor.table_check import Verifier
from vigeditor.ui.editor.tables import TableKeeper
from vigeditor.ui.editor.viewer import ViewerPanel
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.panels.inspector import Inspector
from vigeditor.ui.panels.item_lists import ClipList, MomentList, StillList
from vigeditor.ui.panels.navigator import CaseNavigator
from vigeditor.ui.panels.palette import PrinciplesPalette
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import Progress, Task, TaskRunner
from vigeditor.ui.timeline.view import Timeline


def _first_picture(_progress: object, _cancel: object, session: CaseSession,
                   recording_id: int, width: int) -> QImage | None:
    """In a worker: frame 0 of a recording whose frame table is not cached yet, else None."""
    case = session.case
    path = case.recording_path(case.row("recordings", recording_id))
    if (case.frame_table_dir / f"{file_identity(path)}.frames.npz").exists():
        return None
    return picture_to_image(preview_first_frame(path, width))


def _load_table(progress: Progress, cancel: threading.Event, session: CaseSession,
                recording_id: int, open_table: TableOpener) -> tuple[Recording, object]:
    """In a worker: the recording and its frame table. Where the cached table is gone and
    must be built by reading every frame, that reports progress and stops on ``cancel``."""
    case = session.case
    row = case.row("recordings", recording_id)
    path = case.recording_path(row) if row is not None else None
    if path is not None and path.is_file():  # (otherwise frame_table says what is wrong)
        open_table(path, cache_dir=case.frame_table_dir, should_stop=cancel.is_set,
                   progress=lambda share: progress(round(share * 1000), 1000))
    return recordings.get_recording(case, recording_id), case.frame_table(recording_id)


class EditorView(QObject):
    """Everything shown while a case is open, laid out in ``window``."""

    recording_opened = Signal(object)  # Recording
    message = Signal(str)  # a short status line
    notice = Signal(str)  # a status line the guider must not miss (kept until the next)
    failed = Signal(str)  # a plain message worth a dialog (e.g. a recording cannot be opened)

    def __init__(self, window: QMainWindow, session: CaseSession, settings: Settings,
                 runner: TaskRunner, *, open_table: TableOpener = open_recording,
                 verify: Verifier | None = None) -> None:
        super().__init__(window)
        self.window, self.session, self.settings, self.runner = window, session, settings, runner
        self.state = EditorState(self)
        self._wanted: int | None = None  # the recording the guider chose last
        self._open_table = open_table
        self._loading: Task | None = None  # reading the wanted recording's frame table
        cache_bytes = settings.frame_cache_mb * 1024 * 1024
        self.frames = FrameWorker(self, cache_bytes=cache_bytes,
                                  opener=server_opener(cache_bytes, open_table))
        self.viewer = ViewerPanel(self.state, self.frames, settings.player)
        self.tables = TableKeeper(session, self.state, self.frames, self.viewer.viewer, self,
                                  verify=verify)
        self.timeline = Timeline(session, self.state)
        self.analysis = AnalysisKeeper(session, self.state, runner, settings, self)
        self.analysis.ready.connect(self.timeline.set_lanes)
        self.analysis.message.connect(self.message)
        self.timeline.tracks.set_suggestions_shown(settings.suggest_moments)
        self.palette = PrinciplesPalette(session, self.state)
        self.inspector = Inspector(session, self.state)
        self.navigator = CaseNavigator(session, self.state)
        self.lists = {"moments": MomentList(session, self.state),
                      "clips": ClipList(session, self.state),
                      "stills": StillList(session, self.state)}
        self.editing = EditingActions(session, self.state, self.palette.code_for_keys,
                                      self.palette.tag_with, self)
        self.editing.message.connect(self.message)
        self.tables.notice.connect(self.notice)
        window.statusBar().addPermanentWidget(self.tables.checking_note)
        window.statusBar().addPermanentWidget(self.analysis.note)
        self.navigator.recording_chosen.connect(self.open_recording)
        self.timeline.thumbnails_wanted.connect(self.frames.request_thumbnails)
        self.frames.thumbnails_ready.connect(self.timeline.set_thumbnails)
        self.frames.failed.connect(self.message)
        self.viewer.media_failed.connect(self.message)
        self.central = self._central()
        self.docks = self._docks()
        self._default_sizes()

    def _central(self) -> QSplitter:
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("editor-split")
        split.addWidget(self.viewer)
        split.addWidget(self.timeline)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        return split

    def _dock(self, title: str, name: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        self.window.addDockWidget(area, dock)
        return dock

    def _docks(self) -> list[QDockWidget]:
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Moments, clips and stills"))
        for key, label in (("moments", self.tr("Moments")), ("clips", self.tr("Clips")),
                           ("stills", self.tr("Stills"))):
            tabs.addTab(self.lists[key], label)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        return [self._dock(self.tr("Case"), "dock-navigator", self.navigator, left),
                self._dock(self.tr("Principles"), "dock-palette", self.palette, left),
                self._dock(self.tr("Inspector"), "dock-inspector", self.inspector, right),
                self._dock(self.tr("Moments, clips and stills"), "dock-lists", tabs, right)]

    def _default_sizes(self) -> None:
        """A first layout that shows names and the timeline in full (until the guider's own)."""
        navigator, palette, inspector, lists = self.docks
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        self.window.resizeDocks([navigator, inspector], [340, 380], horizontal)
        self.window.resizeDocks([navigator, palette], [300, 460], vertical)
        self.window.resizeDocks([inspector, lists], [470, 290], vertical)
        self.central.setSizes([560, 230])

    def apply_settings(self) -> None:
        """The settings changed: suggestions shown or not, analysed if now wanted."""
        self.timeline.tracks.set_suggestions_shown(self.settings.suggest_moments)
        self.analysis.apply_settings()

    def open_first_recording(self) -> None:
        found = recordings.list_recordings(self.session.case)
        if found:
            self.open_recording(found[0].id)

    def open_recording(self, recording_id: int) -> None:
        """Load the recording's frame table in the background, then show its first frame.

        Only the recording chosen last is opened: when the guider picks another while one is
        still loading, reading the late one's table stops, and its preview, progress and
        table are dropped when they arrive."""
        if recording_id == self._wanted:
            return  # on screen already, or on its way
        self._wanted = recording_id
        self._stop_loading()
        if self.state.recording is not None and self.state.recording.id == recording_id:
            self.viewer.viewer.cancel_preview()  # back to the one on screen
            self.tables.resume()
            return
        self.tables.leave()  # no more checking of the one on screen
        self.analysis.leave()  # nor analysing it
        width = max(320, self.viewer.viewer.request_size()[0])
        self.runner.start(self.tr("Opening recording"), _first_picture, self.session,
                          recording_id, width,
                          on_success=lambda image: self._previewed(recording_id, image),
                          on_failure=lambda _message: self._load(recording_id))

    def _previewed(self, recording_id: int, image: QImage | None) -> None:
        if recording_id != self._wanted:
            return  # the guider chose another recording meanwhile
        if image is not None:
            self.viewer.viewer.show_preview(recording_id, image)
        self._load(recording_id)

    def _load(self, recording_id: int) -> None:
        if recording_id != self._wanted:
            return
        self._loading = self.runner.start(
            self.tr("Opening recording"), _load_table, self.session, recording_id,
            self._open_table, on_success=self._opened,
            on_failure=lambda message: self._load_failed(recording_id, message),
            on_progress=lambda done, total: self._load_progress(recording_id, done, total))

    def _load_progress(self, recording_id: int, done: int, total: int) -> None:
        if recording_id != self._wanted or total <= 0:
            return  # late news of a recording the guider left
        row = self.session.case.row("recordings", recording_id)
        name = (row or {}).get("title") or (row or {}).get("original_name") or ""
        self.tables.reading(str(name), done / total)

    def _stop_loading(self) -> None:
        """Stop reading the frame table of a recording no longer wanted."""
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
        self.tables.reading_done()

    def _load_failed(self, recording_id: int, message: str) -> None:
        if recording_id != self._wanted:
            return
        self._loading = None
        self.tables.reading_done()
        self._wanted = self.state.recording.id if self.state.recording is not None else None
        self.viewer.viewer.cancel_preview()
        self.tables.resume()
        self.failed.emit(message)

    def _opened(self, result: tuple[Recording, object]) -> None:
        recording, table = result
        if recording.id != self._wanted:
            return  # the guider chose another recording meanwhile
        self._loading = None
        self.tables.reading_done()
        self.tables.forget_served()
        self.state.set_recording(recording, table)  # type: ignore[arg-type]
        self.analysis.start(recording.id)
        path = self.session.case.recording_path(self.session.case.row("recordings",
                                                                      recording.id))
        self.viewer.open_media(Path(path), self.session.case.frame_table_dir)
        self.recording_opened.emit(recording)

    def close(self) -> None:
        self._wanted = None  # late results of background work are dropped from now on
        self._stop_loading()
        self.tables.close()
        self.analysis.leave()
        self.window.statusBar().removeWidget(self.tables.checking_note)
        self.window.statusBar().removeWidget(self.analysis.note)
        self.viewer.shutdown()
        self.frames.stop()
        for dock in self.docks:
            self.window.removeDockWidget(dock)
            dock.deleteLater()
        self.central.deleteLater()
