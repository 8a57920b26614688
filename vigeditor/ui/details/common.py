"""Pieces shared by the tabs of the Case details screen.

A date field with a "not set" state, a text area that commits when it loses focus, the plain
message bar, labels for roles and consent purposes, and the base class of every tab.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from vigeditor.ui.session import CaseSession

NOT_SET = QDate(1900, 1, 1)  # the minimum date of a DateField, shown as "not set"
DATE_FORMAT = "d MMM yyyy"


def tr(text: str) -> str:
    """Translate a string of the Case details screen outside a widget method."""
    return QCoreApplication.translate("CaseDetails", text)


def role_label(role: str) -> str:
    labels = {"carer": tr("Carer"), "child": tr("Child"), "sibling": tr("Sibling"),
              "professional": tr("Professional")}
    return labels.get(role, role)


def purpose_label(purpose: str) -> str:
    labels = {"filming": tr("Filming"), "review": tr("Shared review"),
              "family-copy": tr("Family copies"), "supervision": tr("Supervision"),
              "training": tr("Training"), "professional": tr("Professional"),
              "research": tr("Research")}
    return labels.get(purpose, purpose)


def purpose_help(purpose: str) -> str:
    texts = {
        "filming": tr("Filming the family at home."),
        "review": tr("Watching the film together in a shared review."),
        "family-copy": tr("The family receives copies: booklet, review pack."),
        "supervision": tr("Showing clips to the guider's supervisor and intervision peers."),
        "training": tr("Showing clips at training events and presentations."),
        "professional": tr("Sharing with a named professional, e.g. the social worker."),
        "research": tr("Use in research (pseudonymised)."),
    }
    return texts.get(purpose, "")


def show_date(iso: str | None) -> str:
    """An ISO date as the guider reads it (e.g. 3 Mar 2024); empty when not set."""
    if not iso:
        return ""
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(day, DATE_FORMAT) if day.isValid() else iso


def has_focus_within(widget: QWidget) -> bool:
    """Whether the keyboard focus is in this widget or one of its children."""
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def labelled(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic moves focus to ``buddy``; the buddy is named by it."""
    label = QLabel(text)
    label.setBuddy(buddy)
    if not buddy.accessibleName():
        buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
    return label


def button(text: str, slot: Callable[[], Any], name: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(name or text.replace("&", "").rstrip("…"))
    widget.clicked.connect(lambda _checked=False: slot())
    return widget


def hint(text: str) -> QLabel:
    """A small explanatory line under a field, in the palette's placeholder colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class CommitTextEdit(QPlainTextEdit):
    """A text area that says ``editingFinished`` when it loses the focus."""

    editingFinished = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def set_text_if_idle(self, text: str) -> None:
        if not has_focus_within(self) and self.toPlainText() != text:
            self.setPlainText(text)


class _DateEdit(QDateEdit):
    """A date edit whose calendar opens on today's month while no date is set."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.date() == self.minimumDate():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


class DateField(QWidget):
    """A date, or "not set"; the value is an ISO ``YYYY-MM-DD`` string or None."""

    editingFinished = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _DateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NOT_SET)
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setDate(NOT_SET)
        self.edit.setAccessibleName(name)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear {name}").format(name=name))
        self.clear_button.clicked.connect(self._clear)
        self.edit.editingFinished.connect(self.editingFinished.emit)
        self.edit.calendarWidget().clicked.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def value(self) -> str | None:
        day = self.edit.date()
        return None if day == NOT_SET else day.toString(Qt.DateFormat.ISODate)

    def set_value(self, iso: str | None) -> None:
        day = QDate.fromString(iso, Qt.DateFormat.ISODate) if iso else NOT_SET
        self.edit.setDate(day if day.isValid() else NOT_SET)

    def set_value_if_idle(self, iso: str | None) -> None:
        if not has_focus_within(self) and self.value() != iso:
            self.set_value(iso)

    def _clear(self) -> None:
        self.edit.setDate(NOT_SET)
        self.editingFinished.emit()

    def _picked(self) -> None:
        QTimer.singleShot(0, self.editingFinished.emit)


class MessageBar(QFrame):
    """A plain message for the guider (e.g. a refused value), until dismissed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label.setAccessibleName(self.tr("Message"))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard |
                                           Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss = button(self.tr("Dismiss"), self.hide, self.tr("Dismiss message"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


class DetailsTab(QWidget):
    """One tab: reloads itself when an event of its ``KINDS`` arrives."""

    KINDS: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    @property
    def case(self) -> Any:
        return self.session.case

    def run(self, operation: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Do one project operation on the case; a refusal becomes the plain message."""
        return self.session.run(operation, self.session.case, *args, **kwargs)

    def reload(self) -> None:
        raise NotImplementedError

    def confirm(self, text: str) -> bool:
        """Ask before a removal (tests replace this method)."""
        answer = QMessageBox.question(self, self.tr("Please confirm"), text)
        return answer == QMessageBox.StandardButton.Yes


DATA = Qt.ItemDataRole.UserRole  # the id or code behind a table cell
Index = QModelIndex | QPersistentModelIndex


def cell(text: str, data: Any = None, *, editable: bool = True,
         tip: str = "") -> QTableWidgetItem:
    """A table cell showing ``text``, carrying ``data``, editable or not."""
    item = QTableWidgetItem(text)
    item.setData(DATA, data)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tip:
        item.setToolTip(tip)
    return item


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a drop-down of (code, label) choices; the code goes in DATA."""

    def __init__(self, choices: Sequence[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName(str(index.model().headerData(
            index.column(), Qt.Orientation.Horizontal)))
        for code, label in self.choices:
            editor.addItem(label, code)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(DATA))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(DATA):
            model.setItemData(index, {Qt.ItemDataRole.DisplayRole: editor.currentText(),
                                      DATA: editor.currentData()})


class EditTable(QTableWidget):
    """A table the guider edits in place; ``edited`` says which cell they changed.

    Reloads wait while a cell is being edited (:meth:`defer_while_editing`), and the
    current cell is kept across a reload, so an event never takes away what is typed.
    """

    edited = Signal(object)  # QTableWidgetItem

    def __init__(self, headers: Sequence[str], name: str, *, fit_rows: bool = False,
                 row_numbers: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setAccessibleName(name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked |
                             QAbstractItemView.EditTrigger.EditKeyPressed |
                             QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(row_numbers)
        if fit_rows:
            self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._filling = False
        self._deferred: Callable[[], None] | None = None
        self.itemChanged.connect(self._changed)

    @contextmanager
    def filling(self, rows: int) -> Iterator[None]:
        """Refill with ``rows`` rows, without ``edited`` signals, keeping the current cell
        and the selected cells."""
        row, column = self.currentRow(), self.currentColumn()
        selected = [(index.row(), index.column()) for index in self.selectedIndexes()]
        self._filling = True
        try:
            self.clearContents()
            self.setRowCount(rows)
            yield
        finally:
            self._filling = False
        if 0 <= row < rows:
            self.setCurrentCell(row, column)
        chosen = self.selectionModel()
        for kept_row, kept_column in selected:
            if kept_row < rows and (kept_row, kept_column) != (row, column):
                chosen.select(self.model().index(kept_row, kept_column),
                              QItemSelectionModel.SelectionFlag.Select)

    def defer_while_editing(self, reload: Callable[[], None]) -> bool:
        """True (and ``reload`` runs when the editor closes) while a cell is being edited."""
        if self.state() != QAbstractItemView.State.EditingState:
            return False
        self._deferred = reload
        return True

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if self._deferred is not None:
            QTimer.singleShot(0, self._deferred)
            self._deferred = None

    def _changed(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self.edited.emit(item)
