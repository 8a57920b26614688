"""The inspector's field editors: each has ``value()``, ``set_value()`` and ``edited``.

``edited`` is emitted when the guider finishes an edit (editing finished, focus out, a toggle,
a choice), never when the inspector loads a value. ``set_value`` keeps the caret in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from vigeditor.project.scheme import Scheme
from vigeditor.ui.panels.palette_look import WHO_ACTS, format_time, swatch_icon, who_labels

CODE = Qt.ItemDataRole.UserRole


class LineField(QLineEdit):
    """One line of text, committed when editing finishes (Enter or focus out)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(self.edited.emit)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: str) -> None:
        caret = self.cursorPosition()
        self.setText(value)
        self.setCursorPosition(min(caret, len(value)))


class TextField(QPlainTextEdit):
    """A few lines of text, committed on focus out; Tab moves on to the next control."""

    edited = Signal()

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = QFontMetrics(self.font()).lineSpacing() * lines
        self.setFixedHeight(height + 2 * self.frameWidth() + 8)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.edited.emit()

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: str) -> None:
        caret = self.textCursor().position()
        self.setPlainText(value)
        cursor = self.textCursor()
        cursor.setPosition(min(caret, len(value)))
        self.setTextCursor(cursor)


class FrameField(QWidget):
    """A frame number with its time; ``optional`` adds "none" below frame 0."""

    edited = Signal()

    def __init__(self, time_of: Callable[[int], float], optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time_of, self.optional = time_of, optional
        self.spin = QSpinBox(self)
        self.spin.setMinimum(-1 if optional else 0)
        if optional:
            self.spin.setSpecialValueText(self.tr("none"))
        self.spin.setKeyboardTracking(False)
        self.time = QLabel(self)
        self.time.setMinimumWidth(QFontMetrics(self.font()).horizontalAdvance("00:00.000 "))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin, 1)
        layout.addWidget(self.time)
        self.setFocusProxy(self.spin)
        self.spin.valueChanged.connect(self._show_time)
        self.spin.editingFinished.connect(self.edited.emit)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.spin.setAccessibleName(name)

    def set_frame_count(self, count: int) -> None:
        self.spin.setMaximum(max(0, count - 1))

    def value(self) -> int | None:
        frame = self.spin.value()
        return None if frame < 0 else frame

    def set_value(self, value: int | None) -> None:
        self.spin.setValue(-1 if value is None else value)
        self._show_time(self.spin.value())

    def hasFocus(self) -> bool:
        return self.spin.hasFocus()

    def _show_time(self, frame: int) -> None:
        self.time.setText("" if frame < 0 else format_time(self._time_of(frame)))


class CheckField(QCheckBox):
    """A yes/no flag, committed when the guider toggles it."""

    edited = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(self.edited.emit)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool) -> None:
        self.setChecked(bool(value))


class WhoField(QComboBox):
    """Who acts: a choice (child initiative, parent reception, …) or the guider's own words."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        labels = who_labels()
        for code in WHO_ACTS:
            self.addItem(labels[code], code)
        self.lineEdit().setPlaceholderText(self.tr("Choose, or type who acts"))
        self.lineEdit().setAccessibleName(self.tr("Who acts"))
        self.activated.connect(lambda _index: self.edited.emit())
        self.lineEdit().editingFinished.connect(self.edited.emit)

    def value(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(index)) if index >= 0 else text

    def set_value(self, value: str) -> None:
        index = self.findData(value)
        text = self.itemText(index) if index >= 0 else value
        caret = self.lineEdit().cursorPosition()
        self.setEditText(text)
        self.lineEdit().setCursorPosition(min(caret, len(text)))


class PrincipleChecklist(QTreeWidget):
    """The scheme's groups and items with check boxes; a checked group is the group code."""

    edited = Signal()

    def __init__(self, scheme: Scheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self._loading = False
        self._order: tuple[str, ...] = ()
        self._rows: dict[str, QTreeWidgetItem] = {}
        for group in scheme.groups:
            head = self._row(None, group.code, f"{group.hotkey}  {group.name}", group.colour)
            for item in group.items:
                self._row(head, item.code, f"{group.hotkey}{item.hotkey}  {item.name}",
                          group.colour)
        self.itemChanged.connect(self._on_item_changed)

    def _row(self, parent: QTreeWidgetItem | None, code: str, text: str,
             colour: str) -> QTreeWidgetItem:
        row = QTreeWidgetItem([text])
        row.setData(0, CODE, code)
        row.setToolTip(0, text)
        row.setIcon(0, swatch_icon((colour,)))
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(0, Qt.CheckState.Unchecked)
        if parent is None:
            self.addTopLevelItem(row)
        else:
            parent.addChild(row)
        self._rows[code] = row
        return row

    def value(self) -> tuple[str, ...]:
        """Checked codes: those already tagged keep their order, new ones follow."""
        checked = [code for code, row in self._rows.items()
                   if row.checkState(0) == Qt.CheckState.Checked]
        kept = [code for code in self._order if code in checked]
        return (*kept, *(code for code in checked if code not in kept))

    def set_value(self, value: tuple[str, ...]) -> None:
        self._loading = True
        try:
            self._order = tuple(value)
            for code, row in self._rows.items():
                row.setCheckState(0, Qt.CheckState.Checked if code in value
                                  else Qt.CheckState.Unchecked)
            for index in range(self.topLevelItemCount()):
                head = self.topLevelItem(index)
                code = str(head.data(0, CODE))
                if any(c == code or c.startswith(code + ".") for c in value):
                    head.setExpanded(True)
        finally:
            self._loading = False

    def set_checked(self, code: str, checked: bool) -> None:
        """Check or uncheck ``code`` as the guider would (emits ``edited``)."""
        self._rows[code].setCheckState(0, Qt.CheckState.Checked if checked
                                       else Qt.CheckState.Unchecked)

    def _on_item_changed(self, _row: QTreeWidgetItem, _column: int) -> None:
        if not self._loading:
            self.edited.emit()


class SuggestionButton(QToolButton):
    """"Suggestions": a menu of caption phrases (from the phrase library, filled in);
    choosing one emits ``chosen`` with its text. Disabled while there are none."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Suggestions"))
        self.setAccessibleName(self.tr("Caption suggestions"))
        self.setToolTip(self.tr("Start the caption from a strengths-based phrase for this "
                                "item's principles, then change it to the family's words"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMenu(QMenu(self))
        self.menu().setAccessibleName(self.tr("Caption suggestions"))
        self._phrases: list[str] = []
        self.setEnabled(False)

    def phrases(self) -> list[str]:
        """The phrases offered, in menu order."""
        return list(self._phrases)

    def set_phrases(self, phrases: list[str]) -> None:
        """Offer ``phrases`` (already filled in); nothing changes when they are the same."""
        if phrases == self._phrases:
            return
        self._phrases = list(phrases)
        menu = self.menu()
        menu.clear()
        for phrase in phrases:
            action = menu.addAction(phrase.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, text=phrase: self.chosen.emit(text))
        self.setEnabled(bool(phrases))

    def choose(self, index: int) -> None:
        """Choose the phrase at ``index`` as the guider would from the menu."""
        self.menu().actions()[index].trigger()


def same_value(left: Any, right: Any) -> bool:
    """Whether two field values are the same edit (principles compare as sets)."""
    if isinstance(left, tuple) and isinstance(right, tuple):
        return set(left) == set(right)
    return bool(left == right)
