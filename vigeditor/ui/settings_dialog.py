"""Edit → Settings…: what lives in the app's settings file (project/settings.py), in words.

The player (saying which one plays now and whether VLC was found), how long a case is kept
after the end of involvement, the logbook targets per stage, the workspace folder, the
length of a clip made from a moment and the size of the frame cache. Values are checked
with plain messages before anything is saved; Save writes the settings file atomically and
changes the window's own :class:`Settings` in place, so every view sharing it sees the new
values at once. Player and frame cache apply when a case is next opened, and say so.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vigeditor.errors import PLAIN_ERRORS
from vigeditor.project.settings import Settings, save_settings
from vigeditor.project.workspace import default_workspace
from vigeditor.ui.geometry import fit_path_field
from vigeditor.ui.language import LanguageBox
from vigeditor.ui.places_warning import DiskEncryptionLabel, confirm_place
from vigeditor.ui.players.factory import vlc_available
from vigeditor.ui.window import CaseWindow

STAGES = ("1", "2", "3")
MEASURES = ("cycles", "clients", "supervisions")
#: settings that a running editor read when the case was opened
NEEDS_REOPEN = ("player", "frame_cache_mb")


def _spin(low: int, high: int, value: int, name: str, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(max(low, min(high, int(value))))
    spin.setAccessibleName(name)
    spin.setSuffix(suffix)
    return spin


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class SettingsDialog(QDialog):
    """The app's settings as a form; :meth:`save` checks, writes and applies them."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 player_in_use: str | None = None, vlc_found: bool | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.vlc_found = vlc_available() if vlc_found is None else vlc_found
        self.player_in_use = player_in_use
        self.needs_reopen = False
        self.setWindowTitle(self.tr("Settings"))
        self.player = QComboBox()
        self.player.setAccessibleName(self.tr("Player"))
        self.player.addItem(self.tr("Qt Multimedia (built in)"), "qt")
        self.player.addItem(self.tr("VLC"), "vlc")
        self.player.setCurrentIndex(max(0, self.player.findData(settings.player)))
        self.player_state = _hint(self._player_words())
        self.clip_span = QDoubleSpinBox()
        self.clip_span.setRange(1.0, 60.0)
        self.clip_span.setDecimals(1)
        self.clip_span.setSingleStep(0.5)
        self.clip_span.setSuffix(self.tr(" s"))
        self.clip_span.setValue(float(settings.clip_span_seconds))
        self.clip_span.setAccessibleName(self.tr("Clip length from a moment"))
        self.cache = _spin(64, 16384, settings.frame_cache_mb, self.tr("Frame cache size"),
                           self.tr(" MB"))
        self.cache.setSingleStep(64)
        self.suggest = QCheckBox(self.tr("&Suggest moments to look at first"))
        self.suggest.setAccessibleName(self.tr("Suggest moments"))
        self.suggest.setChecked(settings.suggest_moments)
        self.language = LanguageBox(settings.language)
        self.workspace = QLineEdit(settings.workspace or "")
        self.workspace.setAccessibleName(self.tr("Workspace folder"))
        self.workspace.setPlaceholderText(str(default_workspace(Settings())))
        fit_path_field(self.workspace,
                       self.workspace.text() or self.workspace.placeholderText())
        self.disk = DiskEncryptionLabel()
        self.workspace.editingFinished.connect(self._show_disk)
        self._show_disk()
        self.retention = _spin(1, 120, settings.retention_months,
                               self.tr("Retention period"), self.tr(" months"))
        self.targets: dict[tuple[str, str], QSpinBox] = {}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Settings message"))
        self._build()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._playing_box())
        layout.addWidget(self._cases_box())
        layout.addWidget(self._targets_box())
        layout.addWidget(self.language)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(600, self.sizeHint().width()), self.sizeHint().height())

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    def _playing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Playing and editing"))
        form = QFormLayout(box)
        self._row(form, self.tr("&Player:"), self.player)
        form.addRow(self.player_state)
        self._row(form, self.tr("&Clip length from a moment:"), self.clip_span)
        self._row(form, self.tr("&Frame cache:"), self.cache)
        form.addRow(_hint(self.tr("The player and the frame cache apply when a case is "
                                  "next opened; the clip length at once.")))
        form.addRow(self.suggest)
        form.addRow(_hint(self.tr("Worked out on this computer from the voices and faces in "
                                  "a recording; never tagged for you, never exported.")))
        return box

    def _cases_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cases"))
        form = QFormLayout(box)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the workspace folder"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.workspace, 1)
        where.addWidget(browse)
        label = QLabel(self.tr("&Workspace:"))
        label.setBuddy(self.workspace)
        form.addRow(label, where)
        form.addRow("", self.disk)
        self._row(form, self.tr("&Keep a case after the end of involvement for:"),
                  self.retention)
        form.addRow(_hint(self.tr("The start screen reminds you when a case has been kept "
                                  "longer than this.")))
        return box

    def _targets_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Logbook targets (each stage adds to the one before)"))
        grid = QGridLayout(box)
        heads = {"cycles": self.tr("Cycles"), "clients": self.tr("Clients"),
                 "supervisions": self.tr("Supervisions")}
        for column, measure in enumerate(MEASURES, start=1):
            grid.addWidget(QLabel(heads[measure]), 0, column)
        for row, stage in enumerate(STAGES, start=1):
            grid.addWidget(QLabel(self.tr("Stage {stage}").replace("{stage}", stage)), row, 0)
            saved = self.settings.logbook_targets.get(stage, {})
            for column, measure in enumerate(MEASURES, start=1):
                spin = _spin(0, 99, saved.get(measure, 0), self.tr("Stage {stage}: {what}")
                             .replace("{stage}", stage).replace("{what}", heads[measure]))
                grid.addWidget(spin, row, column)
                self.targets[(stage, measure)] = spin
        return box

    def _player_words(self) -> str:
        names = {"qt": self.tr("Qt Multimedia"), "vlc": self.tr("VLC")}
        found = self.tr("VLC was found on this computer.") if self.vlc_found else \
            self.tr("VLC was not found on this computer; install VLC to choose it.")
        if self.player_in_use is None:
            return found
        return self.tr("Playing now with {player}.").replace(
            "{player}", names.get(self.player_in_use, self.player_in_use)) + " " + found

    def _browse(self) -> None:
        start = self.workspace.text().strip() or self.workspace.placeholderText()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Workspace folder"), start)
        if chosen:
            self.workspace.setText(chosen)
            self._show_disk()

    def _chosen_workspace(self) -> Path:
        text = self.workspace.text().strip() or self.workspace.placeholderText()
        return Path(text).expanduser()

    def _show_disk(self) -> None:
        """Whether the disk holding the workspace is encrypted (worked out in the background)."""
        self.disk.show_folder(self._chosen_workspace())

    # -- checking and saving ----------------------------------------------------------------

    def problems(self) -> list[str]:
        """What is wrong with the values, in plain sentences (empty when all is well)."""
        found: list[str] = []
        if self.player.currentData() == "vlc" and not self.vlc_found:
            found.append(self.tr("VLC was not found on this computer. Install VLC, or choose "
                                 "Qt Multimedia."))
        found += self._workspace_problems(self.workspace.text().strip())
        for stage in STAGES:
            cycles = self.targets[(stage, "cycles")].value()
            clients = self.targets[(stage, "clients")].value()
            if clients > cycles:
                found.append(self.tr("Stage {stage} asks for more clients than cycles; each "
                                     "client has at least one cycle.")
                             .replace("{stage}", stage))
        return found

    def _workspace_problems(self, text: str) -> list[str]:
        if not text:
            return []
        path = Path(text).expanduser()
        if not path.is_absolute():
            return [self.tr("Choose the workspace as a whole folder path, e.g. with "
                            "Browse.")]
        blocked = next((part for part in (path, *path.parents)
                        if part.exists() and not part.is_dir()), None)
        if blocked is not None:  # the path itself, or a folder of it, is a file
            return [self.tr("{path} is a file, not a folder: the workspace cannot be there.")
                    .replace("{path}", str(blocked))]
        if path.suffix == ".vigcase" or any(p.suffix == ".vigcase" for p in path.parents):
            return [self.tr("The workspace cannot be inside a case folder.")]
        return []

    def chosen(self) -> Settings:
        """A copy of the settings with the form's values (nothing saved)."""
        new = copy.deepcopy(self.settings)
        new.player = str(self.player.currentData())
        new.clip_span_seconds = round(self.clip_span.value(), 1)
        new.frame_cache_mb = self.cache.value()
        new.suggest_moments = self.suggest.isChecked()
        new.language = self.language.value()
        workspace = self.workspace.text().strip()
        new.workspace = str(Path(workspace).expanduser()) if workspace else None
        new.retention_months = self.retention.value()
        new.logbook_targets = {stage: {measure: self.targets[(stage, measure)].value()
                                       for measure in MEASURES} for stage in STAGES}
        return new

    def save(self, folder: Path | None = None) -> bool:
        """Check, write atomically and apply; the dialog stays open with a plain message
        when a value is wrong or the file cannot be written."""
        problems = self.problems()
        if problems:
            self.message.setText("\n".join(problems))
            return False
        if not confirm_place(self, self._chosen_workspace(), self.settings, save=False):
            self._browse()  # a folder a cloud client synchronises: "Choose another place…"
            return False
        new = self.chosen()
        try:
            save_settings(new, folder)
        except PLAIN_ERRORS as error:
            self.message.setText(str(error))
            return False
        self.needs_reopen = any(getattr(new, name) != getattr(self.settings, name)
                                for name in NEEDS_REOPEN)
        for name in ("player", "clip_span_seconds", "frame_cache_mb", "workspace",
                     "retention_months", "logbook_targets", "suggest_moments", "language"):
            setattr(self.settings, name, getattr(new, name))
        self.accept()
        return True


def _player_in_use(window: CaseWindow) -> str | None:
    editor = window.editor
    viewer = getattr(editor, "viewer", None) if editor is not None else None
    player = getattr(viewer, "player", None)
    return getattr(player, "backend", None) or None


def open_settings(window: CaseWindow) -> SettingsDialog:
    """Show the Settings dialog for ``window``'s settings (not blocking)."""
    dialog = SettingsDialog(window.settings, window, player_in_use=_player_in_use(window))
    dialog.setObjectName("settings-dialog")

    def saved() -> None:
        if window.editor is not None:  # suggestions on or off at once
            window.editor.apply_settings()
        if dialog.needs_reopen and window.session is not None:
            window.statusBar().showMessage(QCoreApplication.translate(
                "SettingsDialog", "Settings saved. The player and frame cache change when the "
                "case is next opened."), 8000)
        start = getattr(window, "start", None)  # the start screen lists the workspace
        if start is not None and window.session is None:
            start.refresh()

    dialog.accepted.connect(saved)
    dialog.show()
    return dialog


def add_settings_action(window: CaseWindow, menu: QMenu) -> QAction:
    """Edit → Settings… with the platform's Preferences key (Ctrl+, where it has none)."""
    action = QAction(QCoreApplication.translate("SettingsDialog", "Se&ttings…"), window)
    action.setObjectName("settings")
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    action.setShortcuts(keys or [QKeySequence("Ctrl+,")])  # Linux has no standard key
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda _checked=False: open_settings(window))
    menu.addSeparator()
    menu.addAction(action)
    window.addAction(action)
    return action
