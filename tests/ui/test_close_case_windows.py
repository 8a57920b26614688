"""Closing a case (or opening another) closes the windows that work on it: the review plan,
the after-review form and export dialogs save and stop their own work first; none is left
on a closed case, and no preview's frame-server thread is left running (found when a test
left the review plan open: Qt aborted on the orphaned thread)."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.data.videos import VideoSpec, make_video
from vigeditor.project import clips, stills
from vigeditor.project.case import Case
from vigeditor.project.importing import import_recording
from vigeditor.project.settings import Settings
from vigeditor.ui.exports.menu import open_export
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.review import flows
from vigeditor.ui.tasks import TaskRunner


def test_closing_the_case_closes_its_windows(qtbot: QtBot, tmp_path: Path) -> None:
    case = Case.create(tmp_path / "F01", family_code="F01")
    recording = import_recording(case, make_video(tmp_path / "film.mp4",
                                                  VideoSpec(frames=90, gop=15)), cycle=1)
    clips.add_clip(case, recording.recording.id, 10, 40, caption="You waited.")
    stills.add_still(case, recording.recording.id, 50, caption="A smile.")
    folder = case.folder
    case.close()
    window = MainWindow(Settings(workspace=str(tmp_path)), runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    assert window.open_case(folder)
    session = window.session
    builder = flows.open_builder(window)
    form = flows.open_after_review(window)
    export = open_export(window, "booklet")
    assert builder is not None and form is not None and export is not None
    assert builder.isVisible() and form.isVisible() and export.isVisible()
    window.close_case()
    assert not builder.isVisible() and not form.isVisible() and not export.isVisible()
    assert not any(getattr(widget, "session", None) is session and widget.isVisible()
                   for widget in QApplication.topLevelWidgets())
    del builder, form, export
    gc.collect()
    QApplication.processEvents()  # an orphaned QThread would abort the process here
    window.close()
