"""The start screen: recent cases, New case, Open case, Open demo case, and a discreet line
saying whether the workspace's disk is encrypted.

A case opened from the list is checked first: a folder synchronised by a cloud client is
warned about (:func:`vigeditor.ui.places_warning.confirm_place`) before ``open_requested``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigeditor.errors import PLAIN_ERRORS
from vigeditor.project.settings import Settings
from vigeditor.project.workspace import (
    CaseSummary,
    default_workspace,
    delete_case,
    list_cases,
    retention_due,
)
from vigeditor.ui.places_warning import DiskEncryptionLabel, confirm_place


class StartScreen(QWidget):
    """What the guider sees before a case is open."""

    open_requested = Signal(Path)
    new_requested = Signal()
    choose_requested = Signal()
    demo_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        title = QLabel(self.tr("vigeditor"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        tagline = QLabel(self.tr("Find the moments when it goes well, and show them. "
                                 "Everything stays on this computer."))
        tagline.setWordWrap(True)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent cases"))
        self.recent.itemActivated.connect(self._activated)
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent.customContextMenuRequested.connect(self._context_menu)
        self.retention = QLabel()
        self.retention.setWordWrap(True)
        self.retention.setAccessibleName(self.tr("Retention reminder"))
        self.retention.setFrameShape(QLabel.Shape.StyledPanel)
        self.retention.setMargin(8)
        recent_label = QLabel(self.tr("&Recent cases"))
        recent_label.setBuddy(self.recent)
        self.recent.setSpacing(4)
        self.recent.setAlternatingRowColors(True)
        self.disk = DiskEncryptionLabel()
        column = QWidget()
        column.setMaximumWidth(880)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addSpacing(16)
        layout.addWidget(self.retention)
        layout.addLayout(self._buttons())
        layout.addSpacing(16)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.disk)
        self.refresh()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, signal, name in (
                (self.tr("&New case…"), self.new_requested, self.tr("New case")),
                (self.tr("&Open case…"), self.choose_requested, self.tr("Open case")),
                (self.tr("Open &demo case"), self.demo_requested, self.tr("Open demo case"))):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.setMinimumHeight(40)
            button.clicked.connect(signal.emit)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def refresh(self) -> None:
        """List recent cases first, then the other cases in the workspace."""
        self._remind_retention()
        self.disk.show_folder(default_workspace(self.settings))
        self.recent.clear()
        seen: set[str] = set()
        for entry in self.settings.recent_cases:
            path = Path(entry)
            if path.is_dir():
                self._add(path, None)
                seen.add(str(path.resolve()))
        for summary in list_cases(default_workspace(self.settings)):
            if str(summary.folder.resolve()) not in seen:
                self._add(summary.folder, summary)
        if self.recent.count() == 0:
            empty = QListWidgetItem(self.tr("No cases yet. Start with New case, or try the "
                                            "demo case."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)

    def _add(self, folder: Path, summary: CaseSummary | None) -> None:
        name = folder.name.removesuffix(".vigcase")
        details = f"  —  {summary.guider}" if summary and summary.guider else ""
        changed = _last_changed(folder)
        when = self.tr("last changed {date}").replace("{date}", changed) if changed else ""
        item = QListWidgetItem(f"{name}{details}\n{when}   {folder}")
        item.setData(Qt.ItemDataRole.UserRole, str(folder))
        item.setToolTip(str(folder))
        self.recent.addItem(item)

    def _remind_retention(self) -> None:
        due = retention_due(list_cases(default_workspace(self.settings)),
                            self.settings.retention_months)
        codes = ", ".join(summary.family_code or summary.folder.name for summary in due)
        self.retention.setText(self.tr(
            "The retention period has passed for: {codes}. When the case records are kept "
            "elsewhere, delete these cases (right-click a case, then Delete case…).")
            .replace("{codes}", codes))
        self.retention.setVisible(bool(due))

    def _context_menu(self, position: QPoint) -> None:
        item = self.recent.itemAt(position)
        folder = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not folder:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.request_open(Path(folder)))
        menu.addAction(self.tr("Delete case…"), lambda: self.delete_case(Path(folder)))
        menu.exec(self.recent.mapToGlobal(position))

    def confirm_delete(self, folder: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Delete case"),
            self.tr("Delete the case {name} completely, with its films, notes and exports? "
                    "This cannot be undone.").replace("{name}", folder.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def delete_case(self, folder: Path) -> bool:
        """Delete a case folder after confirmation; a plain message if it cannot be."""
        if not self.confirm_delete(folder):
            return False
        try:
            delete_case(folder)
        except (*PLAIN_ERRORS, OSError) as error:
            QMessageBox.warning(self, self.tr("Delete case"), str(error))
            return False
        self.settings.recent_cases = [entry for entry in self.settings.recent_cases
                                      if Path(entry) != folder]
        self.refresh()
        return True

    def _activated(self, item: QListWidgetItem) -> None:
        folder = item.data(Qt.ItemDataRole.UserRole)
        if folder:
            self.request_open(Path(folder))

    def request_open(self, folder: Path) -> bool:
        """Ask to open ``folder`` (``open_requested``), after the cloud-sync warning when a
        cloud client synchronises it; False when the guider chose another place."""
        if not confirm_place(self, folder, self.settings):
            return False
        self.open_requested.emit(folder)
        return True


def _last_changed(folder: Path) -> str:
    """When the case database last changed, as a short local date and time."""
    stamps = [path.stat().st_mtime for path in folder.glob("case.sqlite*") if path.is_file()]
    if not stamps:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(max(stamps)))
    return QLocale().toString(moment, "dd MMM yyyy, HH:mm")  # the app's language (issue 15)
