"""The part of the export dialog that differs per export: which clip, cycle, variant…"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from vigeditor.i18n import LANGUAGES
from vigeditor.project import clips, cycles, details, stills
from vigeditor.project.languages import family_language
from vigeditor.project.workspace import default_workspace
from vigeditor.ui.exports.encryption import SECRET_KEYS, EncryptionRows
from vigeditor.ui.session import CaseSession


class OptionsForm(QWidget):
    """Rows for one kind of export; ``values()`` gives what the export needs."""

    def __init__(self, kind: str, session: CaseSession | None, preset: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.session = kind, session
        self.fields: dict[str, QWidget] = {}
        self.encryption: EncryptionRows | None = None
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        getattr(self, f"_rows_{kind.replace('-', '_')}")()
        self._apply(preset)

    @property
    def _case(self) -> Any:
        assert self.session is not None
        return self.session.case

    def _combo(self, key: str, label: str, entries: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr(label.replace("&", "").rstrip(":")))
        for text, value in entries:
            combo.addItem(text, value)
        self.form.addRow(self.tr(label), combo)
        self.fields[key] = combo
        return combo

    def _check(self, key: str, text: str) -> QCheckBox:
        box = QCheckBox(self.tr(text))
        self.form.addRow(box)
        self.fields[key] = box
        return box

    def _line(self, key: str, label: str, text: str = "", hint: str = "") -> QLineEdit:
        line = QLineEdit(text)
        line.setAccessibleName(self.tr(label.replace("&", "").rstrip(":")))
        line.setPlaceholderText(self.tr(hint))
        self.form.addRow(self.tr(label), line)
        self.fields[key] = line
        return line

    # -- rows per kind ----------------------------------------------------------------------

    def _rows_clip(self) -> None:
        entries = [(f"{self.tr('Clip')} {n}: {c.title or c.caption[:40] or ''} "
                    f"({c.in_frame}–{c.out_frame})", c.id)
                   for n, c in enumerate(clips.list_clips(self._case), start=1)]
        self._combo("clip", "&Clip:", entries)
        self._combo("size", "Si&ze:", [(self.tr("Original size"), "original"),
                                      ("1080p", "1080p"), ("720p", "720p")])
        self._check("slow_motion", "Also a &slow-motion copy")
        self._check("burn_caption", "Show the caption in the &picture")

    def _rows_still(self) -> None:
        entries = [(f"{self.tr('Still')} {n}: {s.caption[:50]} ({self.tr('frame')} {s.frame})",
                    s.id) for n, s in enumerate(stills.list_stills(self._case), start=1)]
        self._combo("still", "&Still:", entries)

    def _cycle_rows(self) -> None:
        entries = [(f"{self.tr('Cycle')} {c.number}", c.number)
                   for c in cycles.list_cycles(self._case)]
        self._combo("cycle", "C&ycle:", entries)

    def _rows_review_pack(self) -> None:
        self._cycle_rows()
        self._names_row()
        self._language_row()

    def _rows_supervision(self) -> None:
        self._cycle_rows()
        self.encryption = EncryptionRows(self)  # a pack that leaves the laptop: locked
        self.form.addRow(self.encryption)

    _rows_review_plan = _cycle_rows

    def _names_row(self) -> None:
        """"Print names", off by default: a family export leaves names out unless asked
        (only the family's own copy can carry them; see project/names.py)."""
        self._check("names", "Print &names (otherwise names, also in captions, become "
                             "\"you\" and \"your child\")")

    def _rows_booklet(self) -> None:
        self._line("title", "&Title:", hint="A title the family chose, e.g. Our special moments")
        self._check("a5", "&A5 folded booklet (printed on A4, folded in half)")
        self._check("child_friendly", "Child-&friendly: large pictures, few words")
        self._names_row()
        self._language_row()

    def _language_row(self) -> None:
        """The family document's own language, whatever the screen speaks: the case's last
        choice (project/languages.py), else the screen's; names in their own language."""
        combo = self._combo("language", "&Language of the document:",
                            [(name, code) for code, name in LANGUAGES.items()])
        combo.setCurrentIndex(max(0, combo.findData(family_language(self._case))))

    def _rows_logbook(self) -> None:
        self._line("workspace", "&Workspace:", str(default_workspace()))

    # -- values -----------------------------------------------------------------------------

    def _apply(self, preset: dict[str, Any]) -> None:
        """Set fields from ``preset`` (a choice no longer offered is left as it is)."""
        for key, value in preset.items():
            field = self.fields.get(key)
            if isinstance(field, QComboBox):
                found = field.findData(value)
                if found >= 0:
                    field.setCurrentIndex(found)
            elif isinstance(field, QCheckBox):
                field.setChecked(bool(value))
            elif isinstance(field, QLineEdit):
                field.setText(str(value))

    def apply(self, preset: dict[str, Any]) -> None:
        """Set the fields named in ``preset`` (remembered choices, a selected clip…)."""
        self._apply(preset)

    def remembered(self) -> dict[str, Any]:
        """The choices worth remembering for next time: not which clip, still or cycle
        (they follow the selection), nor the logbook's workspace, and never "Print names":
        names are left out unless the guider asks each time; nor encryption and its
        passphrase (on, and typed, each time)."""
        return {key: value for key, value in self.values().items()  # language: per case
                if key not in ("clip", "still", "cycle", "workspace", "names", "language")
                and key not in SECRET_KEYS}  # never the passphrase, nor leaving it off

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if self.encryption is not None:
            values.update(self.encryption.values())
        for key, field in self.fields.items():
            if isinstance(field, QComboBox):
                values[key] = field.currentData()
            elif isinstance(field, QCheckBox):
                values[key] = field.isChecked()
            elif isinstance(field, QLineEdit):
                values[key] = field.text().strip()
        return values

    def default_name(self) -> str:
        """A file or folder name with the family code only (never a name)."""
        code = details.get_details(self._case).family_code if self.session else ""
        values = self.values()
        names = {
            "clip": f"{code}-clip-{values.get('clip')}.mp4",
            "still": f"{code}-still-{values.get('still')}.png",
            "review-pack": f"{code}-cycle{values.get('cycle')}-review",
            "review-plan": f"{code}-cycle{values.get('cycle')}-review-plan.pdf",
            "booklet": f"{code}-notes-booklet.pdf",
            "supervision": f"{code}-cycle{values.get('cycle')}-supervision",
            "logbook": "vig-logbook.pdf",
        }
        return names[self.kind]
