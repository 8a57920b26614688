"""The micro-analysis editor for one open case: viewer, timeline, palette, inspector, lists.

It builds the views (each subscribed to the session and the editor state in its own
``__init__``), places them in the main window's docks, and opens recordings off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTabWidget, QWidget

from vigeditor.media.frame_table import file_identity
from vigeditor.media.probe import preview_first_frame
from vigeditor.project import recordings
from vigeditor.project.model import Recording
from vigeditor.project.settings import Settings
from vigeditor.ui.editing import EditingActions
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.frame_worker import FrameWorker, picture_to_image
from vigeditor.ui.inspector import Inspector
from vigeditor.ui.item_lists import ClipList, MomentList, StillList
from vigeditor.ui.navigator import CaseNavigator
from vigeditor.ui.palette import PrinciplesPalette
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner
from vigeditor.ui.timeline import Timeline
from vigeditor.ui.viewer import ViewerPanel


def _first_picture(_progress: object, _cancel: object, session: CaseSession,
                   recording_id: int, width: int) -> QImage | None:
    """In a worker: frame 0 of a recording whose frame table is not cached yet, else None."""
    case = session.case
    path = case.recording_path(case.row("recordings", recording_id))
    if (case.frame_table_dir / f"{file_identity(path)}.frames.npz").exists():
        return None
    return picture_to_image(preview_first_frame(path, width))


def _load_table(_progress: object, _cancel: object, session: CaseSession,
                recording_id: int) -> tuple[Recording, object]:
    """In a worker: the recording and its frame table (probing again if the cache is gone)."""
    case = session.case
    return recordings.get_recording(case, recording_id), case.frame_table(recording_id)


class EditorView(QObject):
    """Everything shown while a case is open, laid out in ``window``."""

    recording_opened = Signal(object)  # Recording
    message = Signal(str)  # a short status line
    failed = Signal(str)  # a plain message worth a dialog (e.g. a recording cannot be opened)

    def __init__(self, window: QMainWindow, session: CaseSession, settings: Settings,
                 runner: TaskRunner) -> None:
        super().__init__(window)
        self.window, self.session, self.settings, self.runner = window, session, settings, runner
        self.state = EditorState(self)
        self._wanted: int | None = None  # the recording the guider chose last
        self.frames = FrameWorker(self, cache_bytes=settings.frame_cache_mb * 1024 * 1024)
        self.viewer = ViewerPanel(self.state, self.frames, settings.player)
        self.timeline = Timeline(session, self.state)
        self.palette = PrinciplesPalette(session, self.state)
        self.inspector = Inspector(session, self.state)
        self.navigator = CaseNavigator(session, self.state)
        self.lists = {"moments": MomentList(session, self.state),
                      "clips": ClipList(session, self.state),
                      "stills": StillList(session, self.state)}
        self.editing = EditingActions(session, self.state, self.palette.code_for_keys,
                                      self.palette.tag_with, self)
        self.editing.message.connect(self.message)
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

    def open_first_recording(self) -> None:
        found = recordings.list_recordings(self.session.case)
        if found:
            self.open_recording(found[0].id)

    def open_recording(self, recording_id: int) -> None:
        """Load the recording's frame table in the background, then show its first frame.

        Only the recording chosen last is opened: when the guider picks another while one is
        still loading, the late one's preview and table are dropped when they arrive."""
        if recording_id == self._wanted:
            return  # on screen already, or on its way
        self._wanted = recording_id
        if self.state.recording is not None and self.state.recording.id == recording_id:
            self.viewer.viewer.cancel_preview()  # back to the one on screen
            return
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
        if recording_id == self._wanted:
            self.runner.start(self.tr("Opening recording"), _load_table, self.session,
                              recording_id, on_success=self._opened,
                              on_failure=lambda message: self._load_failed(recording_id,
                                                                           message))

    def _load_failed(self, recording_id: int, message: str) -> None:
        if recording_id != self._wanted:
            return
        self._wanted = self.state.recording.id if self.state.recording is not None else None
        self.viewer.viewer.cancel_preview()
        self.failed.emit(message)

    def _opened(self, result: tuple[Recording, object]) -> None:
        recording, table = result
        if recording.id != self._wanted:
            return  # the guider chose another recording meanwhile
        self.state.set_recording(recording, table)  # type: ignore[arg-type]
        path = self.session.case.recording_path(self.session.case.row("recordings",
                                                                      recording.id))
        self.viewer.open_media(Path(path), self.session.case.frame_table_dir)
        self.recording_opened.emit(recording)

    def close(self) -> None:
        self.viewer.shutdown()
        self.frames.stop()
        for dock in self.docks:
            self.window.removeDockWidget(dock)
            dock.deleteLater()
        self.central.deleteLater()
