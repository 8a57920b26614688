"""The scenes `vigeditor screenshots` renders, each a named PNG."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from vigeditor.project import clips, moments, recordings
from vigeditor.project.settings import Settings
from vigeditor.ui.editor_state import Selection
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.shortcuts import ShortcutsDialog
from vigeditor.ui.tasks import TaskRunner

WINDOW_SIZE = (1440, 900)


def wait_until(condition: Callable[[], bool], seconds: float = 20.0) -> bool:
    """Run the Qt event loop until ``condition`` holds (or time runs out, in seconds)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return condition()


class Scenes:
    """Drives a real main window through the screens and grabs each one."""

    def __init__(self, outdir: Path, case: Path, scratch: Path) -> None:
        self.outdir, self.case, self.scratch = outdir, case, scratch
        settings = Settings(workspace=str(scratch / "workspace"), recent_cases=[str(case)])
        self.window = MainWindow(settings, runner=TaskRunner(synchronous=True))
        self.window.resize(*WINDOW_SIZE)
        self.written: list[Path] = []

    def save(self, widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        path = self.outdir / f"{name}.png"
        widget.grab().save(str(path))
        self.written.append(path)

    def render(self) -> list[Path]:
        window = self.window
        window.show()
        window.start.refresh()
        wait_until(lambda: window.start.disk.verdict is not None, 25)  # worked out on a thread
        self.save(window, "start")
        if not window.open_case(self.case):
            raise RuntimeError(f"the case {self.case} could not be opened")
        try:
            self._editor()
            self._lanes()
            self._details()
            self._review()
            self._export()
            dialog = ShortcutsDialog(window)
            dialog.show()
            self.save(dialog, "keyboard-shortcuts")
            dialog.close()
            self._settings()
        finally:
            window.close()
        return self.written

    def _settings(self) -> None:
        from vigeditor.ui.settings_dialog import open_settings

        dialog = open_settings(self.window)
        wait_until(lambda: dialog.disk.verdict is not None, 25)
        self.save(dialog, "settings")
        dialog.close()

    def _show_frame(self, index: int) -> None:
        editor = self.window.editor
        assert editor is not None
        editor.state.set_frame(index)
        viewer = editor.viewer.viewer
        wait_until(lambda: viewer.image_index == editor.state.frame and viewer.image_is_exact)

    def _editor(self) -> None:
        editor = self.window.editor
        assert editor is not None
        wait_until(lambda: editor.state.table is not None)
        session = self.window.session
        assert session is not None
        recording = recordings.list_recordings(session.case)[0]
        made = clips.list_clips(session.case, recording.id)
        if made:
            clip = made[0]
            editor.state.set_marks(clip.in_frame, clip.out_frame)
            editor.state.set_selection(Selection("clip", clip.id))
            self._show_frame(clip.key_frame if clip.key_frame is not None else clip.in_frame)
        wait_until(lambda: False, 0.5)  # let thumbnails arrive
        self.save(self.window, "editor")
        tagged = moments.list_moments(session.case, recording.id)
        if tagged:
            editor.state.set_selection(Selection("moment", tagged[2 % len(tagged)].id))
            self._show_frame(tagged[2 % len(tagged)].frame)
            self.save(self.window, "editor-moment")

    def _lanes(self) -> None:
        """The timeline with its sound, voices, faces and suggestions lanes (issue 13), the
        first suggested moment selected (N), the timeline given more room."""
        editor = self.window.editor
        assert editor is not None
        wait_until(lambda: not editor.analysis.running)
        editor.state.set_marks(None, None)
        editor.state.set_frame(0)
        editor.editing.suggestions.go(1)
        editor.central.setSizes([480, 330])
        self._show_frame(editor.state.frame)
        self.save(self.window, "editor-lanes")
        self.save(editor.timeline, "timeline-lanes")

    def _export(self) -> None:
        from vigeditor.ui.exports.menu import open_export

        dialog = open_export(self.window, "booklet", {"title": "Playing with the ball"})
        if dialog is not None:
            self.save(dialog, "export-booklet")
            dialog.close()
        from vigeditor.ui.exports.faces_demo import faces_scene

        faces_scene(self.scratch, self.window, self.save)  # its own small case with faces

    def _details(self) -> None:
        from vigeditor.ui.start import case_flows
        assert self.window.session is not None
        dialog: QDialog = case_flows.show_details(self.window, self.window.session)
        dialog.resize(1000, 720)
        tabs = dialog.findChild(QTabWidget)
        names = ("family", "people-and-consent", "helping-questions", "traject-plan", "cycles",
                 "audit")
        for index, name in enumerate(names[: tabs.count() if tabs else 0]):
            tabs.setCurrentIndex(index)
            self.save(dialog, f"case-details-{name}")
        dialog.close()

    def _review(self) -> None:
        from vigeditor.ui.review import flows
        from vigeditor.ui.review.after_review import AfterReviewDialog
        from vigeditor.ui.review.review_mode import ReviewMode

        window = self.window
        builder = flows.open_builder(window)
        if builder is None or not builder.items:
            return
        builder.resize(*WINDOW_SIZE)
        builder.list.setCurrentRow(0)
        picture = builder.preview.picture
        wait_until(lambda: picture.image_is_exact and picture.image_frame == builder.items[0].first)
        self.save(builder, "review-builder")
        builder.close()
        flows.start_review(window)
        mode = window.findChild(ReviewMode)
        if mode is None:
            return
        mode.presentation.showNormal()  # the offscreen screen is small: shoot at window size
        mode.presentation.resize(*WINDOW_SIZE)
        mode.review.go_to(0)
        mode.review.step(mode.review.items[0].hold - mode.review.items[0].first)
        shown = mode.presentation.picture
        wait_until(lambda: shown.image_is_exact and shown.image_frame == mode.review.frame)
        mode.presentation.show_controls()
        self.save(mode.presentation, "review-presentation")
        mode.presenter.resize(*WINDOW_SIZE)
        mode.presenter.show()
        mode.presenter.start_clock()
        self.save(mode.presenter, "review-presenter")
        mode.end()
        wait_until(lambda: window.findChild(AfterReviewDialog) is not None, 2)
        form = window.findChild(AfterReviewDialog)
        if form is not None:
            form.noticed.setPlainText(QCoreApplication.translate(
                "ScreenshotScenes", "I saw how Robin waits for me to roll the ball back."))
            self.save(form, "review-after")
            form.close()
