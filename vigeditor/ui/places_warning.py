"""Where the data goes, in the app (issue 14, item 3): the cloud-sync warning and the
workspace disk's encryption line.

:func:`confirm_place` is the one function the flows call before they write into (or open)
a folder: creating a case (the folder it goes in), opening a case (its folder), an export's
destination and the workspace chosen in Settings. When a cloud client synchronises the
folder (:func:`vigeditor.project.places.cloud_service`) it asks, in plain words, "Choose
another place…" (False: the flow goes back to choosing) or "Use this folder" (True).

Once per folder: after "Use this folder" the folder is remembered in the app's settings
(``Settings.extra``) and never warned about again. Case folders are named after the family
code, so the settings never hold a path: they hold a keyed hash (HMAC-SHA-256, the key a
random salt made once per installation and kept beside it) of the folder's resolved path,
so no family code can be read back from the settings file nor guessed by hashing candidate
codes without the salt. A folder inside an accepted folder is accepted with it: a case opened
from a workspace the guider accepted (in Settings, or when creating a case there) is not
warned about again.

:class:`DiskEncryptionLabel` says whether the disk holding a folder is encrypted
(:func:`vigeditor.project.places.disk_encryption`), worked out on a thread (it may run
``fdesetup`` or ``manage-bde``) and kept for the session per folder.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from vigeditor.errors import PLAIN_ERRORS
from vigeditor.project.places import (
    NOT_ENCRYPTED,
    UNKNOWN,
    cloud_service,
    disk_encryption,
)
from vigeditor.project.settings import Settings, load_settings, save_settings

ACCEPTED_KEY = "cloud_folders_accepted"  # Settings.extra: keyed hashes of accepted folders
SALT_KEY = "cloud_folders_salt"  # Settings.extra: the hashes' key (hex)
_log = logging.getLogger("vigeditor.ui")


def tr(text: str) -> str:
    """Translate a string of this module outside a widget method."""
    return QCoreApplication.translate("PlacesWarning", text)


# ---- once per folder -----------------------------------------------------------------------

def folder_key(folder: Path, settings: Settings) -> str:
    """The keyed hash under which ``folder`` is remembered (the key made on first use)."""
    salt = settings.extra.get(SALT_KEY)
    if not isinstance(salt, str) or len(salt) < 32:
        salt = secrets.token_hex(32)
        settings.extra[SALT_KEY] = salt
    try:
        resolved = folder.expanduser().resolve()
    except (OSError, RuntimeError):
        resolved = Path(os.path.abspath(folder))
    text = os.path.normcase(os.path.normpath(str(resolved)))
    return hmac.new(bytes.fromhex(salt), text.encode("utf-8"), hashlib.sha256).hexdigest()


def is_accepted(folder: Path, settings: Settings) -> bool:
    """Whether the guider already said "Use this folder" for ``folder`` or a folder
    holding it."""
    accepted = settings.extra.get(ACCEPTED_KEY)
    if not isinstance(accepted, list) or not accepted:
        return False
    absolute = Path(os.path.abspath(folder.expanduser()))
    return any(folder_key(place, settings) in accepted
               for place in (absolute, *absolute.parents))


def remember_accepted(folder: Path, settings: Settings, *, save: bool = True) -> None:
    """Remember "Use this folder" for ``folder`` (and write the settings when ``save``)."""
    accepted = settings.extra.get(ACCEPTED_KEY)
    accepted = list(accepted) if isinstance(accepted, list) else []
    key = folder_key(folder, settings)
    if key not in accepted:
        accepted.append(key)
    settings.extra[ACCEPTED_KEY] = accepted
    if save:
        try:
            save_settings(settings)
        except PLAIN_ERRORS as error:
            _log.warning("settings not saved: %s", error)


# ---- the warning ---------------------------------------------------------------------------

class PlaceWarning(QMessageBox):
    """The warning itself: the service, what it means, and the two ways on.

    ``choose_button`` ("Choose another place…") and ``use_button`` ("Use this folder");
    :meth:`use_chosen` says which was pressed (closing it is choosing again).
    """

    def __init__(self, folder: Path, service: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("place-warning")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("This folder is synchronised by {service}")
                            .replace("{service}", service))
        self.setText(self.tr("{service} synchronises this folder:").replace("{service}",
                                                                            service)
                     + "\n" + str(folder))
        self.setInformativeText(self.tr(
            "Copies of everything in it are uploaded to {service}'s servers, and to every "
            "other computer or phone signed in to the same account. The family's films and "
            "notes would leave this computer.\n\nChoose a folder that is not synchronised, "
            "or use this one if your service allows it.").replace("{service}", service))
        self.choose_button = self.addButton(self.tr("Choose another place…"),
                                            QMessageBox.ButtonRole.RejectRole)
        self.use_button = self.addButton(self.tr("Use this folder"),
                                         QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(self.choose_button)
        self.setEscapeButton(self.choose_button)

    def use_chosen(self) -> bool:
        return self.clickedButton() is self.use_button


def confirm_place(parent: QWidget | None, folder: Path, settings: Settings, *,
                  save: bool = True) -> bool:
    """Whether a flow may go on with ``folder`` (which need not exist yet).

    True when no cloud client synchronises it, when the guider accepted it before, or when
    the guider now presses "Use this folder" (remembered, and the settings written when
    ``save``); False when the guider chose "Choose another place…" or closed the warning:
    the flow then goes back to choosing, having written nothing.
    """
    service = cloud_service(folder)
    if service is None or is_accepted(folder, settings):
        return True
    warning = PlaceWarning(folder, service, parent)
    warning.exec()
    if not warning.use_chosen():
        return False
    remember_accepted(folder, settings, save=save)
    return True


def settings_of(widget: QWidget | None) -> Settings:
    """The settings of the window ``widget`` is in (a widget or one of its parents with a
    ``settings`` attribute, as the main window has); the saved settings otherwise."""
    while widget is not None:
        found = getattr(widget, "settings", None)
        if isinstance(found, Settings):
            return found
        widget = widget.parentWidget()
    return load_settings()


# ---- the disk's encryption -----------------------------------------------------------------

class _Probe(QObject):
    """Delivers each folder's verdict, worked out on a thread, to the GUI thread."""

    found = Signal(str, str)  # folder key, verdict


_probe: _Probe | None = None
_known: dict[str, str] = {}
_asked: set[str] = set()
_lock = threading.Lock()


def _the_probe() -> _Probe:
    global _probe
    if _probe is None:
        _probe = _Probe()
    return _probe


def _existing(folder: Path) -> Path:
    """The folder, or its nearest folder that exists (a workspace not yet made)."""
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            return candidate
    return folder


def _work_out(key: str, folder: Path, probe: _Probe) -> None:
    verdict = disk_encryption(_existing(folder))
    with _lock:
        _known[key] = verdict
    probe.found.emit(key, verdict)


def encryption_words(verdict: str | None) -> str:
    """The start screen's and Settings' line for a verdict (None: still being worked out)."""
    if verdict is None:
        return tr("Workspace disk: checking encryption…")
    if verdict == UNKNOWN:
        return tr("Workspace disk: encryption unknown (this computer cannot tell)")
    if verdict == NOT_ENCRYPTED:
        return tr("Workspace disk: not encrypted — ask your IT team about disk encryption")
    method = verdict.partition("(")[2].rstrip(")")
    return tr("Workspace disk: encrypted ({method})").replace("{method}", method)


class DiskEncryptionLabel(QLabel):
    """A discreet line: whether the disk holding a folder is encrypted (see module doc)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disk-encryption")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Workspace disk encryption"))
        self.setStyleSheet("color: palette(placeholder-text);")
        self._key = ""
        self.verdict: str | None = None
        _the_probe().found.connect(self._found)

    def show_folder(self, folder: Path) -> None:
        """Say what is known of ``folder``'s disk now; work it out in the background once."""
        self._key = os.path.normcase(os.path.abspath(folder))
        with _lock:
            self.verdict = _known.get(self._key)
            start = self.verdict is None and self._key not in _asked
            _asked.add(self._key)
        self.setText(encryption_words(self.verdict))
        if start:
            threading.Thread(target=_work_out, args=(self._key, folder, _the_probe()),
                             name="disk-encryption", daemon=True).start()

    def _found(self, key: str, verdict: str) -> None:
        if key == self._key:
            self.verdict = verdict
            self.setText(encryption_words(verdict))


def forget_encryption() -> None:
    """Forget every verdict worked out so far (tests; a disk changed)."""
    with _lock:
        _known.clear()
        _asked.clear()
