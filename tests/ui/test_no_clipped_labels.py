"""Dialog polish (issue 12): walk every widget of the main screens and dialogs and fail on a
visible "&" (a label without a buddy shows it as it is) or on words that do not fit their
widget (a label, check box or button narrower than its text, a table or tree cell whose
words are cut short). Every test runs in each shipped language (issue 15: Welsh and Dutch
run longer than English), installed as the app does (vigeditor.ui.language)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.translations_built import ensure_compiled
from vigeditor import i18n
from vigeditor.project import clips, cycles, people, questions, reviews, stills
from vigeditor.project.model import Recording
from vigeditor.project.settings import Settings
from vigeditor.ui.exports.menu import open_export
from vigeditor.ui.exports.specs import SPECS
from vigeditor.ui.language import choose_language, install_language, remove_language
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.panels.palette import PrinciplesPalette
from vigeditor.ui.review.after_review import AfterReviewDialog
from vigeditor.ui.session import CaseSession
from vigeditor.ui.settings_dialog import open_settings
from vigeditor.ui.shortcuts import ShortcutsDialog
from vigeditor.ui.tasks import TaskRunner

#: a lone "&" (not "&&", which shows one "&" on purpose)
LONE_AMPERSAND = re.compile(r"(?<!&)&(?!&)")
SLACK = 2  # pixels of rounding


@pytest.fixture(autouse=True, params=sorted(i18n.LANGUAGES))
def language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
             qapp: object) -> Iterator[str]:
    """Each test in each shipped language: chosen and installed as at the app's start."""
    ensure_compiled()
    monkeypatch.setenv(i18n.ENV_VARIABLE, request.param)
    install_language(choose_language(None))
    settings = QCoreApplication.translate("SettingsDialog", "Settings")
    assert (settings == "Settings") == (request.param == "en")  # really in that language
    yield request.param
    remove_language()


def _rich(text: str) -> bool:
    return bool(re.search(r"<[a-zA-Z/][^>]*>", text))


def _shown(label: QLabel) -> str:
    text = label.text()
    return LONE_AMPERSAND.sub("", text) if label.buddy() is not None else text


def _label_problems(label: QLabel, where: str) -> list[str]:
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or _rich(text):
        return []
    found = []
    if label.buddy() is None and LONE_AMPERSAND.search(text):
        found.append(f"{where}: visible '&' in label {text!r}")
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(),
                                         -label.margin())
    metrics = QFontMetrics(label.font())
    flags = int(label.alignment().value) | (int(Qt.TextFlag.TextWordWrap.value)
                                            if label.wordWrap() else 0)
    needed = metrics.boundingRect(QRect(0, 0, room.width(), 100000), flags, _shown(label))
    if needed.width() > room.width() + SLACK or needed.height() > room.height() + SLACK:
        found.append(f"{where}: label {text!r} needs {needed.width()}×{needed.height()}, "
                     f"has {room.width()}×{room.height()}")
    return found


def _button_problems(button: QAbstractButton, where: str) -> list[str]:
    if not button.text() or type(button).__name__ == "BigButton":
        return []  # the review's big buttons paint their own short words
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return [f"{where}: {type(button).__name__} {button.text()!r} needs {hint.width()} px, "
                f"has {button.width()}"]
    return []


def _cell_fits(metrics: QFontMetrics, text: str, rect: QRect, wrap: bool) -> bool:
    flags = int(Qt.TextFlag.TextWordWrap.value) if wrap else 0
    room = rect.width() - 6  # the item view's text margins (3 px each side)
    needed = metrics.boundingRect(QRect(0, 0, max(1, room), 100000), flags, text)
    return needed.width() <= room + SLACK and needed.height() <= rect.height() + SLACK


def _table_problems(table: QTableWidget, where: str) -> list[str]:
    found = []
    metrics = QFontMetrics(table.font())
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text():
                continue
            rect = table.visualItemRect(item)
            if not _cell_fits(metrics, item.text(), rect, table.wordWrap()):
                found.append(f"{where}: cell {item.text()!r} cut short in {rect}")
    return found


def _header_problems(view: QTableWidget | QTreeWidget, where: str) -> list[str]:
    """Column titles cut short (a title needs its text and the header's margins)."""
    header = view.header() if isinstance(view, QTreeWidget) else view.horizontalHeader()
    if not header.isVisible():
        return []
    found, metrics = [], QFontMetrics(header.font())
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        text = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
        needed = metrics.horizontalAdvance(text) + 8  # the style's margins (4 px each side)
        if text and needed > header.sectionSize(column) + SLACK:
            found.append(f"{where}: column title {text!r} needs {needed} px, has "
                         f"{header.sectionSize(column)}")
    return found


def _tree_problems(tree: QTreeWidget, where: str) -> list[str]:
    found = []
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value() is not None:
        item = iterator.value()
        for column in range(tree.columnCount()):
            text = item.text(column)
            if not text:
                continue
            rect = tree.visualItemRect(item)
            left = tree.header().sectionViewportPosition(column)
            cell = QRect(left, rect.top(), tree.header().sectionSize(column), rect.height())
            if column == 0 and not item.icon(0).isNull():
                cell.adjust(tree.iconSize().width() + 6, 0, 0, 0)
            if column == 0:
                depth, parent = 0, item.parent()
                while parent is not None:
                    depth, parent = depth + 1, parent.parent()
                cell.adjust(tree.indentation() * (depth + (1 if tree.rootIsDecorated() else 0)),
                            0, 0, 0)
            metrics = QFontMetrics(item.font(column))
            if not _cell_fits(metrics, text, cell, tree.wordWrap()):
                found.append(f"{where}: tree cell {text!r} cut short ({cell.width()} px)")
        iterator += 1
    return found


def assert_fits(root: QWidget, *, trees: bool = True) -> None:
    found = problems(root, trees=trees)
    assert not found, "\n".join(found)


def problems(root: QWidget, *, trees: bool = True) -> list[str]:
    """Every visible '&' and every text that does not fit, in ``root`` and its children
    (a form in a scroll area too wide for it hides the ends of its fields: counted too)."""
    where = root.windowTitle() or type(root).__name__
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            found += _label_problems(widget, where)
        elif isinstance(widget, QAbstractButton):
            found += _button_problems(widget, where)
        elif isinstance(widget, QTableWidget):
            found += _table_problems(widget, where) + _header_problems(widget, where)
        elif isinstance(widget, QTreeWidget) and trees:
            found += _tree_problems(widget, where) + _header_problems(widget, where)
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{where}: {type(widget).__name__} scrolls sideways: its fields are "
                         f"wider ({widget.widget().minimumSizeHint().width()} px) than the "
                         f"room ({widget.viewport().width()} px)")
    return found


def _settle(qtbot: QtBot, widget: QWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, session: CaseSession,
           recording: Recording) -> Iterator[MainWindow]:
    case = session.case
    child = people.add_person(case, "Robin", "child")
    for purpose in ("family-copy", "review", "supervision"):
        people.give_consent(case, child.id, purpose, "2026-01-05")
    questions.add_question(case, "How can I help Robin settle at bedtime?")
    clip = clips.add_clip(case, recording.id, 10, 40, caption="You waited, and Robin came.")
    still = stills.add_still(case, recording.id, 50, caption="Laughing together.")
    cycle = cycles.list_cycles(case)[0]
    reviews.add_item(case, cycle.id, clip_id=clip.id)
    reviews.add_item(case, cycle.id, still_id=still.id)
    main = MainWindow(Settings(workspace=str(tmp_path / "ws")),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.resize(1280, 800)
    _settle(qtbot, main)
    main.attach(session)
    QApplication.processEvents()
    yield main
    main.close()


def test_the_start_screen(qtbot: QtBot, tmp_path: Path) -> None:
    main = MainWindow(Settings(workspace=str(tmp_path / "ws")),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.resize(1280, 800)
    _settle(qtbot, main)
    assert_fits(main)


def test_the_editor_and_its_panels(window: MainWindow) -> None:
    """Labels and buttons of the whole editor; of its trees, the Principles panel (the
    Case navigator's long rows are elided on purpose, with the full text as a tip)."""
    assert_fits(window, trees=False)
    palette = window.findChild(PrinciplesPalette)
    assert palette is not None and palette.isVisible()
    assert_fits(palette)


@pytest.mark.parametrize("kind", sorted(SPECS))
def test_every_export_dialog(window: MainWindow, qtbot: QtBot, kind: str) -> None:
    dialog = open_export(window, kind)
    assert dialog is not None
    _settle(qtbot, dialog)
    assert_fits(dialog)
    dialog.close()


def test_settings_shortcuts_and_after_review(window: MainWindow, qtbot: QtBot) -> None:
    assert window.session is not None
    cycle = cycles.list_cycles(window.session.case)[0]
    dialogs: list[QDialog] = [open_settings(window), ShortcutsDialog(window),
                              AfterReviewDialog(window.session, cycle.id, window)]
    for dialog in dialogs:
        _settle(qtbot, dialog)
        assert_fits(dialog)
        dialog.close()


def test_the_shortcuts_sheet_has_a_heading_per_mode(qtbot: QtBot, language: str) -> None:
    sheet = ShortcutsDialog()
    qtbot.addWidget(sheet)
    _settle(qtbot, sheet)
    assert_fits(sheet)
    if language != "en":
        return  # the headings below are the English ones
    presenting = "Presentation (the shared review, full screen)"
    assert list(sheet.headings) == ["Editor", presenting]
    assert sheet.headings["Editor"] == 0
    assert {group for _keys, _what, group in sheet.rows_of(presenting)} == {"Presenting"}
    editor = sheet.rows_of("Editor")
    assert "Presenting" not in {group for _keys, _what, group in editor}
    assert ("Ctrl+Z", "Undo", "Editing") in editor


def test_the_walker_finds_a_visible_ampersand_and_a_clipped_label(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    shown = QLabel("Save &to:", box)
    shown.setGeometry(0, 0, 300, 30)
    clipped = QLabel("A label whose words need far more room than it has", box)
    clipped.setGeometry(0, 40, 60, 30)
    fine = QLabel("Fish && chips", box)
    fine.setGeometry(0, 80, 300, 30)
    _settle(qtbot, box)
    found = problems(box)
    assert len(found) == 2
    assert "visible '&'" in found[0] and "needs" in found[1]


def test_the_review_plan_builder_and_case_details(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTabWidget

    from vigeditor.ui.review import flows
    from vigeditor.ui.start import case_flows

    assert window.session is not None
    builder = flows.open_builder(window)
    assert builder is not None
    _settle(qtbot, builder)
    assert_fits(builder)
    builder.close()
    details = case_flows.show_details(window, window.session)
    details.resize(1000, 720)
    _settle(qtbot, details)
    tabs = details.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert_fits(details)
    details.close()
