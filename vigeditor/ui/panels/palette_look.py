"""How principles look in the editor: colour swatches, short labels, times, filter matching.

Shared by the palette, the item lists, the inspector and the navigator. Colour is never the
only cue: every swatch comes with the principle's hotkeys and name.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from vigeditor.project.errors import CaseError
from vigeditor.project.scheme import Scheme

SWATCH = 12
SHORT_NAME = 26


@cache
def swatch_icon(colours: tuple[str, ...], size: int = SWATCH) -> QIcon:
    """A small icon of side-by-side colour squares, outlined so it shows on any background."""
    count = max(1, len(colours))
    pixmap = QPixmap(count * (size + 2), size + 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(0, 0, 0, 110), 1))
    for index, colour in enumerate(colours):
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(index * (size + 2) + 0.5, 0.5, size, size), 2, 2)
    painter.end()
    return QIcon(pixmap)


def format_time(seconds: float) -> str:
    """``mm:ss.fff`` (minutes keep counting past an hour: films are short)."""
    millis = max(0, round(seconds * 1000))
    minutes, millis = divmod(millis, 60_000)
    return f"{minutes:02d}:{millis // 1000:02d}.{millis % 1000:03d}"


def hotkeys(scheme: Scheme, code: str) -> str:
    """The keys that tag ``code``: the group digit, then the item letter (e.g. ``3e``)."""
    try:
        group = scheme.group_of(code)
    except CaseError:
        return ""
    if code == group.code:
        return group.hotkey
    item = next((item for item in group.items if item.code == code), None)
    return group.hotkey + (item.hotkey if item is not None else "")


def label(scheme: Scheme, code: str) -> str:
    """The principle's full name; an unknown code is shown as it is stored."""
    try:
        return scheme.label(code)
    except (CaseError, StopIteration):
        return code


def short_label(scheme: Scheme, code: str) -> str:
    """Hotkeys and a shortened name, e.g. ``3e Returning eye contact…``."""
    name = label(scheme, code)
    if len(name) > SHORT_NAME:
        name = name[:SHORT_NAME - 1].rstrip(" ,/") + "…"
    keys = hotkeys(scheme, code)
    return f"{keys} {name}" if keys else name


def colour_of(scheme: Scheme, code: str) -> str:
    try:
        return scheme.group_of(code).colour
    except CaseError:
        return "#888888"


def codes_icon(scheme: Scheme, codes: Iterable[str]) -> QIcon | None:
    """Swatches of the groups of ``codes`` (each group once, in the order first used)."""
    colours = tuple(dict.fromkeys(colour_of(scheme, code) for code in codes))
    return swatch_icon(colours) if colours else None


def codes_text(scheme: Scheme, codes: Iterable[str]) -> str:
    return ", ".join(short_label(scheme, code) for code in codes)


def codes_tooltip(scheme: Scheme, codes: Iterable[str]) -> str:
    return "\n".join(f"{hotkeys(scheme, code)}  {label(scheme, code)}" for code in codes)


def matches(codes: Iterable[str], wanted: str) -> bool:
    """Whether an item tagged ``codes`` passes the principle filter ``wanted``.

    A group filter (``receiving``) passes the group code and all its items; an item filter
    passes that item only; an empty filter passes everything.
    """
    if not wanted:
        return True
    if "." in wanted:
        return wanted in codes
    return any(code == wanted or code.startswith(wanted + ".") for code in codes)


#: who acts in a moment (DESIGN.md §2): stable codes; anything else is the guider's own words
WHO_ACTS = ("child-initiative", "parent-reception", "parent-initiative", "child-reception",
            "other")


def who_labels() -> dict[str, str]:
    """The translated label of each ``WHO_ACTS`` code."""
    translate = QCoreApplication.translate  # (a name pyside6-lupdate reads as Qt's own)
    return {"child-initiative": translate("WhoActs", "Child initiative"),
            "parent-reception": translate("WhoActs", "Parent reception"),
            "parent-initiative": translate("WhoActs", "Parent initiative"),
            "child-reception": translate("WhoActs", "Child reception"),
            "other": translate("WhoActs", "Other")}


def who_label(who: str) -> str:
    """How a stored "who acts" is shown: its label, or the guider's own words as typed."""
    return who_labels().get(who, who)


class WrappingDelegate(QStyledItemDelegate):
    """Rows of a tree as tall as their first column's words wrapped at that column's width
    (a tree view wraps words when it paints, but sizes rows as one line: names were cut)."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        depth += 1 if self.tree.rootIsDecorated() else 0
        width = self.tree.header().sectionSize(0) - self.tree.indentation() * depth - 8
        if not view.icon.isNull():
            width -= view.decorationSize.width() + 6
        wrap = int(Qt.TextFlag.TextWordWrap.value)
        needed = QFontMetrics(view.font).boundingRect(QRect(0, 0, max(20, width), 100000),
                                                      wrap, view.text)
        return QSize(hint.width(), max(hint.height(), needed.height() + 4))
