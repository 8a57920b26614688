"""A whole VIG cycle through the real widgets, every input counted (issue 12: ≤ 60 inputs).

New case with a carer and a child and their consent, import, 5 tagged moments, 3 clips and 2
stills with captions, a review plan with talking points, the presentation, the after-review
form, the booklet and the review pack. Each input counts once: a key press, a click, a field
typed, a menu choice. Keys go to the widget that has the focus, as a guider's would, so the
test also proves where the focus goes after each step. Run with ``-s`` to see the log.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.data.videos import VideoSpec, make_video
from vigeditor.project import clips, cycles, moments, people, reviews, stills
from vigeditor.project.names import names_rule
from vigeditor.project.settings import Settings
from vigeditor.ui.exports.dialog import ExportDialog
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.review.after_review import AfterReviewDialog
from vigeditor.ui.review.builder import ReviewBuilder
from vigeditor.ui.review.presentation import PresentationWindow
from vigeditor.ui.start.new_case_dialog import NewCaseDialog
from vigeditor.ui.tasks import TaskRunner

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
LIMIT = 60
FPS = 25
#: (second, principle hotkeys, what to make there)
MOMENTS = ((4, "1f", "clip"), (10, "2w", "still"), (16, "3e", "clip"), (24, "4t", "clip"),
           (33, "2w", "still"))
MY_CAPTION = "You waited, and she started the game."


class Inputs:
    """Drives the app as a guider does and counts each input once."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot, self.count, self.log = qtbot, 0, []

    def _note(self, what: str) -> None:
        self.count += 1
        self.log.append(what)

    def focus(self) -> QWidget:
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10000)
        return QApplication.focusWidget()

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE, what: str = "") -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)
        self._note(what or f"key {QKeySequence(modifier.value | key.value).toString()}")

    def type(self, text: str, what: str) -> QWidget:
        field = self.focus()
        self.qtbot.keyClicks(field, text)
        self._note(f"type {what}")
        return field

    def click(self, widget: QWidget, what: str, pos: QPointF | None = None) -> None:
        """A click; like a window manager, it first makes the clicked window the active one."""
        if not widget.window().isActiveWindow():
            widget.window().activateWindow()
            self.qtbot.waitUntil(widget.window().isActiveWindow, timeout=10000)
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos.toPoint())
        self._note(f"click {what}")

    def menu(self, window: MainWindow, name: str) -> None:
        action = window.actions_by_name.get(name) or next(
            a for a in window.findChildren(QAction) if a.objectName() == name)
        action.trigger()
        self._note(f"menu {name}")


def QKeySequenceText(key: Qt.Key, modifier: Qt.KeyboardModifier) -> str:
    from PySide6.QtGui import QKeySequence

    return QKeySequence(modifier.value | key.value).toString()


def _active(qtbot: QtBot, kind: type[QWidget]) -> QWidget:
    found: list[QWidget] = []

    def shown() -> bool:
        window = QApplication.activeWindow()
        if isinstance(window, kind) and window.isVisible():
            found[:] = [window]
            return True
        return False

    qtbot.waitUntil(shown, timeout=20000)
    return found[0]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(Settings(workspace=str(tmp_path / "cases")),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=10000)
    yield main
    main.close()


def _new_case(window: MainWindow, inputs: Inputs) -> None:
    inputs.menu(window, "new_case")
    dialog = _active(inputs.qtbot, NewCaseDialog)
    assert inputs.focus() is dialog.family_code  # type: ignore[attr-defined]
    inputs.type("F-2026-014", "family code")
    inputs.key(Qt.Key.Key_Return)
    inputs.type("Jo Guider", "guider")
    inputs.key(Qt.Key.Key_Return)
    inputs.type("Alex Carer", "the carer's name")  # the first row is a carer, all the usual
    inputs.key(Qt.Key.Key_Return)
    inputs.type("Robin", "the child's name")  # the second row is a child, all the usual
    inputs.key(Qt.Key.Key_Return)
    inputs.key(Qt.Key.Key_Return, what="Enter in the empty row: create the case")
    inputs.qtbot.waitUntil(lambda: window.session is not None, timeout=20000)


def _import(window: MainWindow, inputs: Inputs, film: Path,
            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(film)], ""))

    def answer_options() -> None:  # the import options dialog is modal: Enter accepts it
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            inputs.qtbot.keyClick(dialog, Qt.Key.Key_Return)
        else:
            QTimer.singleShot(20, answer_options)

    QTimer.singleShot(0, answer_options)
    inputs.menu(window, "import_recordings")
    inputs._note("type the film's name in the file dialog")
    inputs._note("Enter in the file dialog")
    inputs._note("Enter: import with the options shown")
    editor = window.editor
    assert editor is not None
    inputs.qtbot.waitUntil(lambda: editor.state.frame_count > 0, timeout=30000)


def _tag_and_cut(window: MainWindow, inputs: Inputs) -> None:
    editor = window.editor
    assert editor is not None
    timeline = editor.timeline
    for second, keys, make in MOMENTS:
        frame = second * FPS
        pos = QPointF(timeline.x_of_frame(frame) + timeline.pixels_per_frame / 2,
                      timeline.lanes().strip.center().y())
        inputs.click(timeline, f"timeline at {second} s", pos)
        # one pixel holds about two frames at this zoom: the click lands near the second
        inputs.qtbot.waitUntil(lambda frame=frame: abs(editor.state.frame - frame) <= 2,
                               timeout=5000)
        for letter in keys:
            inputs.key(getattr(Qt.Key, f"Key_{letter.upper()}"), what=f"tag key {letter}")
        inputs.key(Qt.Key.Key_C if make == "clip" else Qt.Key.Key_S, what=make)


def _edit_last_caption(window: MainWindow, inputs: Inputs) -> None:
    editor = window.editor
    assert editor is not None
    field = next(w for w in editor.inspector.findChildren(QWidget)
                 if w.accessibleName() == "Caption" and w.isVisible())
    inputs.click(field, "the still's caption")
    inputs.key(Qt.Key.Key_A, CTRL, "select the suggested caption")
    inputs.type(MY_CAPTION, "the caption")
    inputs.click(editor.timeline, "back to the timeline (the caption is saved)",
                 QPointF(5, editor.timeline.lanes().strip.center().y()))


def _review(window: MainWindow, inputs: Inputs) -> None:
    inputs.key(Qt.Key.Key_R, CTRL, "Ctrl+R: the review plan")
    builder = _active(inputs.qtbot, ReviewBuilder)
    inputs.key(Qt.Key.Key_Return, what="Enter: add all of the cycle's clips and stills")
    assert len(builder.items) == 5  # type: ignore[attr-defined]
    inputs.click(builder.buttons["start"], "Start the shared review")  # type: ignore
    shown = _active(inputs.qtbot, PresentationWindow)
    for number in range(4):
        inputs.key(Qt.Key.Key_N, what=f"next item ({number + 2})")
    assert shown.isVisible()
    inputs.key(Qt.Key.Key_Escape, what="end the shared review")


def _after_review(inputs: Inputs) -> AfterReviewDialog:
    form = _active(inputs.qtbot, AfterReviewDialog)
    assert isinstance(form, AfterReviewDialog)
    inputs.type("She liked seeing herself waiting.", "what the parent noticed")
    inputs.click(form.new_point, "the new working point")
    inputs.type("Wait for Robin's lead at bath time", "a working point")
    inputs.key(Qt.Key.Key_Return, what="Enter: add the working point")
    inputs.key(Qt.Key.Key_Return, CTRL, "Ctrl+Enter: save the form")
    return form


def _export(window: MainWindow, inputs: Inputs, kind: str) -> Path:
    inputs.menu(window, f"export-{kind}")
    dialog = _active(inputs.qtbot, ExportDialog)
    inputs.key(Qt.Key.Key_Return, what=f"Enter: export the {kind}")
    output = Path(dialog.output.text())  # type: ignore[attr-defined]
    inputs.qtbot.waitUntil(lambda: output.exists(), timeout=60000)
    inputs.key(Qt.Key.Key_Return, what="Enter: close the export dialog")
    return output


def test_a_whole_cycle_in_at_most_sixty_inputs(window: MainWindow, qtbot: QtBot,
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    film = make_video(tmp_path / "home visit.mp4",
                      VideoSpec(frames=40 * FPS, fps=FPS, gop=50, audio=True))
    inputs = Inputs(qtbot)
    _new_case(window, inputs)
    _import(window, inputs, film, monkeypatch)
    _tag_and_cut(window, inputs)
    _edit_last_caption(window, inputs)
    _review(window, inputs)
    _after_review(inputs)
    booklet = _export(window, inputs, "booklet")
    pack = _export(window, inputs, "review-pack")
    print(f"\nA whole cycle took {inputs.count} inputs:")
    for number, what in enumerate(inputs.log, 1):
        print(f"  {number:2}. {what}")
    case = window.session.case  # type: ignore[union-attr]
    assert [p.role for p in people.list_people(case)] == ["carer", "child"]
    recording = window.editor.state.recording  # type: ignore[union-attr]
    assert len(moments.list_moments(case, recording.id)) == 5
    assert len(clips.list_clips(case)) == 3 and all(c.caption for c in clips.list_clips(case))
    made = stills.list_stills(case)
    assert len(made) == 2 and made[-1].caption == MY_CAPTION and made[0].caption
    cycle = reviews.list_items(case, recording.cycle_id)
    assert len(cycle) == 5 and all(item.talking_points for item in cycle)
    review = reviews.get_review(case, recording.cycle_id)
    assert review is not None and review.parent_noticed == "She liked seeing herself waiting."
    assert [point.text for point in cycles.list_working_points(case, recording.cycle_id)] == [
        "Wait for Robin's lead at bath time"]
    text = " ".join(subprocess.run(["pdftotext", str(booklet), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    names = names_rule(case, "family-copy")
    for still in made:
        assert " ".join(names.clean(still.caption).split()) in text
    assert (pack / "index.html").is_file() and pack.with_name(pack.name + ".zip").is_file()
    assert len(list(pack.glob("*.mp4"))) == 3 and len(list(pack.glob("*.jp*g"))) == 2
    assert inputs.count <= LIMIT, f"{inputs.count} inputs, more than {LIMIT}"
