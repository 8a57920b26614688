"""The main window: the start screen, or the editor for the open case, with menus and keys."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStatusBar,
    QWidget,
)

from vigeditor.errors import PLAIN_ERRORS
from vigeditor.media.pictures import PictureOptions, set_picture_options
from vigeditor.project.case import Case
from vigeditor.project.settings import Settings, load_settings, save_settings
from vigeditor.ui.editor.editor_view import EditorView
from vigeditor.ui.editor.shuttle_keys import ShuttleKeyFilter
from vigeditor.ui.editor.tag_keys import TagKeyFilter
from vigeditor.ui.exports.menu import add_export_menu, add_review_plan_action
from vigeditor.ui.focus import install_focus_rules
from vigeditor.ui.review import flows as review_flows
from vigeditor.ui.session import CaseSession
from vigeditor.ui.settings_dialog import add_settings_action
from vigeditor.ui.shortcuts import SHORTCUTS, ShortcutsDialog
from vigeditor.ui.start import case_flows
from vigeditor.ui.start.import_flow import VIDEO_SUFFIXES, ImportFlow
from vigeditor.ui.start.start_screen import StartScreen
from vigeditor.ui.tasks import TaskRunner
from vigeditor.ui.window import CaseWindow

_log = logging.getLogger("vigeditor.ui")
_FILE, _EDIT = QT_TRANSLATE_NOOP("MainWindow", "&File"), QT_TRANSLATE_NOOP("MainWindow", "&Edit")
MENUS = {"Case": _FILE, "Editing": _EDIT, "Cutting": _EDIT, "Tagging": _EDIT,
         "Playing": QT_TRANSLATE_NOOP("MainWindow", "&Play"),
         "Review": QT_TRANSLATE_NOOP("MainWindow", "&Review"),
         "Window": QT_TRANSLATE_NOOP("MainWindow", "&View"),
         "Help": QT_TRANSLATE_NOOP("MainWindow", "&Help")}
CASE_FREE = {"new_case", "open_case", "show_shortcuts", "toggle_full_screen"}


class MainWindow(CaseWindow):
    """One window: start screen or editor; every action reachable by menu and key."""

    case_opened = Signal(object)  # CaseSession

    def __init__(self, settings: Settings | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__()
        install_focus_rules()
        self.settings = settings if settings is not None else load_settings()
        self.runner = runner if runner is not None else TaskRunner(self)
        self.session: CaseSession | None = None
        self.editor: EditorView | None = None
        self.imports: ImportFlow | None = None
        self._tag_filter: TagKeyFilter | None = None
        self._shuttle_filter: ShuttleKeyFilter | None = None
        self.setWindowTitle(self.tr("vigeditor"))
        self.setAcceptDrops(True)
        self.setStatusBar(QStatusBar())
        self.start = StartScreen(self.settings)
        self.start.new_requested.connect(lambda: case_flows.new_case(self))
        self.start.choose_requested.connect(lambda: case_flows.choose_case(self))
        self.start.demo_requested.connect(lambda: case_flows.demo_case(self))
        self.start.open_requested.connect(self.open_case)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_menus()
        self._update_actions()
        self.resize(1280, 800)
        self._restore_geometry()

    # -- menus and keys --------------------------------------------------------------------

    def _build_menus(self) -> None:
        menus: dict[str, QMenu] = {}
        for title in dict.fromkeys(MENUS.values()):
            menus[title] = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", title))
        for item in SHORTCUTS:
            if item.action in ("tag_keys", "shuttle_step") or item.group == "Presenting":
                continue
            action = QAction(QCoreApplication.translate("Shortcuts", item.description), self)
            action.setObjectName(item.action)
            action.setShortcuts([QKeySequence(keys) for keys in item.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            # a held J or L is one press (editors' shuttle), not a race to 2×
            action.setAutoRepeat(item.action not in ("shuttle_back", "shuttle_forward"))
            action.triggered.connect(lambda _c=False, name=item.action: self.perform(name))
            menus[MENUS.get(item.group, _FILE)].addAction(action)
            self.addAction(action)
            self.actions_by_name[item.action] = action
        demo = QAction(self.tr("Open &demo case"), self)
        demo.triggered.connect(lambda: case_flows.demo_case(self))
        menus["&File"].insertAction(self.actions_by_name["import_recordings"], demo)
        add_export_menu(self, menus["&File"])
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menus["&File"].addSeparator()
        menus["&File"].addAction(quit_action)
        self.view_menu = menus["&View"]
        self._add_fields_action()
        add_settings_action(self, menus["&Edit"])
        add_review_plan_action(self, menus["&Review"])

    def _add_fields_action(self) -> None:
        """View → show interlaced fields as recorded (a setting; deinterlaced by default)."""
        fields = QAction(self.tr("Show interlaced &fields as recorded"), self)
        fields.setObjectName("keep_fields")
        fields.setCheckable(True)
        fields.setChecked(self.settings.keep_fields)
        fields.toggled.connect(self.keep_fields)
        self.view_menu.addAction(fields)
        self.fields_action = fields  # a setting: open with or without a case
        set_picture_options(PictureOptions(keep_fields=self.settings.keep_fields))

    def keep_fields(self, keep: bool) -> None:
        """Show interlaced recordings' two fields as recorded (``keep``) or deinterlaced, in
        the viewer, stills, clips and documents alike; remembered in the settings."""
        self.settings.keep_fields = bool(keep)
        set_picture_options(PictureOptions(keep_fields=bool(keep)))
        self._save_settings()
        if self.editor is not None:
            self.editor.viewer.viewer.request_exact()

    def perform(self, name: str) -> None:
        """Carry out a named action from the keyboard map."""
        handler = getattr(self, f"_do_{name}", None)
        if handler is not None:
            handler()
            return
        if self.editor is not None:
            target = _editor_actions(self.editor).get(name)
            if target is not None:
                target()

    def _update_actions(self) -> None:
        for name, action in self.actions_by_name.items():
            action.setEnabled(self.session is not None or name in CASE_FREE)

    # -- case-free actions ----------------------------------------------------------------

    def _do_new_case(self) -> None:
        case_flows.new_case(self)

    def _do_open_case(self) -> None:
        case_flows.choose_case(self)

    def _do_show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def _do_toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _do_undo(self) -> None:
        if self.session is not None:
            self.session.undo()

    def _do_redo(self) -> None:
        if self.session is not None:
            self.session.redo()

    def _do_import_recordings(self) -> None:
        if self.imports is None:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import recordings"), "",
            self.tr("Video files ({patterns});;All files (*)").replace(
                "{patterns}", " ".join(f"*{s}" for s in sorted(VIDEO_SUFFIXES))))
        if paths:
            self.imports.ask_and_import([Path(p) for p in paths])

    def _do_show_case_details(self) -> None:
        if self.session is not None:
            case_flows.show_details(self, self.session)

    def _do_open_review_builder(self) -> None:
        review_flows.open_builder(self)

    def _do_start_review(self) -> None:
        review_flows.start_review(self)

    def _do_after_review(self) -> None:
        review_flows.open_after_review(self)

    def _do_close_case(self) -> None:
        self.close_case()
        self.stack.setCurrentWidget(self.start)
        self.start.refresh()

    # -- opening and closing cases ----------------------------------------------------------

    def open_case(self, folder: Path) -> bool:
        """Open the case at ``folder`` in the editor; a plain message if it cannot be."""
        self.close_case()
        try:
            case = Case.open(folder)
        except PLAIN_ERRORS as error:
            QMessageBox.warning(self, self.tr("Open case"), str(error))
            return False
        self.attach(CaseSession(case, self))
        return True

    def attach(self, session: CaseSession) -> None:
        self.session = session
        self.editor = EditorView(self, session, self.settings, self.runner)
        self.imports = ImportFlow(session, self.runner, self)
        self.imports.imported.connect(lambda recording: self.editor.open_recording(recording.id)
                                      if self.editor else None)
        self.editor.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.editor.notice.connect(self.statusBar().showMessage)  # kept until the next one
        self.editor.failed.connect(self._show_failure)
        session.failed.connect(self._show_failure)
        self.stack.addWidget(self.editor.central)
        self.stack.setCurrentWidget(self.editor.central)
        editing = self.editor.editing  # K+L, K+J; installed first, so tag keys come first
        self._shuttle_filter = ShuttleKeyFilter(self, self.editor.viewer.playback,
                                                lambda: editing.pending_group is not None)
        QApplication.instance().installEventFilter(self._shuttle_filter)
        self._tag_filter = TagKeyFilter(self, self.editor.editing)
        QApplication.instance().installEventFilter(self._tag_filter)
        for dock in self.editor.docks:
            self.view_menu.addAction(dock.toggleViewAction())
        self._restore_state()
        self.settings.remember_case(session.case.folder)
        self._save_settings()
        self.setWindowTitle(f"{session.case.folder.name.removesuffix('.vigcase')} — vigeditor")
        self._update_actions()
        self.editor.open_first_recording()
        self.case_opened.emit(session)

    def close_case(self) -> None:
        if self.session is None or self.editor is None:
            return
        self._remember_layout()
        if self._tag_filter is not None:
            QApplication.instance().removeEventFilter(self._tag_filter)
            self._tag_filter = None
        if self._shuttle_filter is not None:
            QApplication.instance().removeEventFilter(self._shuttle_filter)
            self._shuttle_filter = None
        for dock in self.editor.docks:
            self.view_menu.removeAction(dock.toggleViewAction())
        self._close_case_windows(self.session)
        self.editor.close()
        self.session.close()
        self.session = self.editor = self.imports = None
        self.setWindowTitle(self.tr("vigeditor"))
        self._update_actions()

    def _close_case_windows(self, session: CaseSession) -> None:
        """Close the windows that work on ``session``'s case (review plan, after-review form,
        export dialogs, Case details): each saves and stops its own work (a preview's frame
        worker) as when the guider closes it, before the case itself is closed."""
        for window in self.findChildren(QWidget):
            if window is self or not window.isWindow() or not window.isVisible():
                continue
            holders = [window, *window.findChildren(QWidget)]
            if any(getattr(holder, "session", None) is session for holder in holders):
                window.close()

    def _show_failure(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, self.tr("vigeditor"), message)

    # -- drag and drop import ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.imports is not None and _dropped_videos(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        videos = _dropped_videos(event)
        if self.imports is not None and videos:
            event.acceptProposedAction()
            self.imports.start(videos, self.imports.default_cycle())

    # -- layout remembered ------------------------------------------------------------------

    def _remember_layout(self) -> None:
        self.settings.window["geometry"] = _b64(self.saveGeometry())
        if self.editor is not None:
            self.settings.window["editor"] = _b64(self.saveState())

    def _restore_geometry(self) -> None:
        saved = self.settings.window.get("geometry")
        if saved:
            self.restoreGeometry(QByteArray(base64.b64decode(saved)))

    def _restore_state(self) -> None:
        saved = self.settings.window.get("editor")
        if saved:
            self.restoreState(QByteArray(base64.b64decode(saved)))

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except PLAIN_ERRORS as error:
            _log.warning("settings not saved: %s", error)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember_layout()
        self.close_case()
        self._save_settings()
        self.runner.wait(10000)
        super().closeEvent(event)


def _editor_actions(editor: EditorView) -> dict[str, Callable[[], object]]:
    """The keyboard map's editor actions, bound to the playback and editing objects."""
    play, edit = editor.viewer.playback, editor.editing
    return {
        "toggle_play": play.toggle_play, "shuttle_back": play.shuttle_back,
        "shuttle_pause": play.pause, "shuttle_forward": play.shuttle_forward,
        "slower": play.slower, "faster": play.faster, "go_start": play.go_start,
        "go_end": play.go_end,
        "step_back": lambda: play.step(-1), "step_forward": lambda: play.step(1),
        "step_back_10": lambda: play.step(-10), "step_forward_10": lambda: play.step(10),
        "previous_moment": lambda: edit.go_to_moment(-1),
        "next_moment": lambda: edit.go_to_moment(1),
        "mark_in": edit.mark_in, "mark_out": edit.mark_out, "make_clip": edit.make_clip,
        "make_still": edit.make_still, "add_moment": edit.add_moment,
        "delete_selected": edit.delete_selected,
        "next_suggestion": lambda: edit.suggestions.go(1),
        "previous_suggestion": lambda: edit.suggestions.go(-1),
    }


def _b64(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _dropped_videos(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in VIDEO_SUFFIXES]
