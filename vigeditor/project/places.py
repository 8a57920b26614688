"""Where the data goes: is a folder synchronised by a cloud client, is its disk encrypted?

Everything here is a local look-up: files the sync clients themselves write, ``/sys`` on
Linux, and two system commands that run without administrator rights. Nothing touches the
network. Issue 14, item 3 (the app's warning) and item 5 (``vigeditor check-folder``).

How each cloud client marks the folders it synchronises (checked for the folder and each of
its parents; the nearest mark wins):

- **Dropbox**: ``info.json`` (``~/.dropbox/`` on macOS and Linux, ``%APPDATA%\\Dropbox`` or
  ``%LOCALAPPDATA%\\Dropbox`` on Windows) holds a ``"path"`` for each account (``personal``,
  ``business``): Dropbox Help, "How to programmatically find the Dropbox folder paths"
  (https://help.dropbox.com/installs-integrations/desktop/locate-dropbox-folder), as read by
  e.g. the ``dropbox-dir`` crate (docs.rs/dropbox-dir, ``src/lib.rs``). The client also keeps
  a ``.dropbox`` file (and ``.dropbox.cache`` folder) at the top of the Dropbox folder.
- **OneDrive**: the Windows client sets the ``OneDrive``, ``OneDriveConsumer`` and
  ``OneDriveCommercial`` environment variables to its folders, which it names ``OneDrive`` or
  ``OneDrive - <organisation>`` under the user's home; on macOS the folders are
  ``~/Library/CloudStorage/OneDrive-*`` (Apple's File Provider location).
- **Google Drive** for desktop: the ``My Drive`` folder (a drive letter ``G:\\My Drive`` on
  Windows), ``~/Google Drive`` (older Backup and Sync), ``~/Library/CloudStorage/GoogleDrive-*``
  on macOS.
- **iCloud Drive**: ``~/Library/Mobile Documents/com~apple~CloudDocs`` and
  ``~/Library/CloudStorage/iCloud*`` on macOS, ``%USERPROFILE%\\iCloudDrive`` with iCloud for
  Windows.
- **Nextcloud / ownCloud**: the desktop clients list each synchronised folder as a
  ``...\\Folders\\N\\localPath=`` entry in ``nextcloud.cfg`` / ``owncloud.cfg`` (Linux
  ``$XDG_CONFIG_HOME/Nextcloud``, macOS ``~/Library/Preferences/Nextcloud``, Windows
  ``%APPDATA%\\Nextcloud``; ownCloud likewise) and keep their journal, an SQLite file
  ``.sync_<id>.db`` (``._sync_<id>.db`` in older versions), and ``.owncloudsync.log`` at the top
  of each synchronised folder (nextcloud/desktop ``src/gui/folder.cpp``,
  ``src/common/syncjournaldb.cpp``; the client's manual, "Configuration file").
- **Box** Drive: ``~/Box`` (Windows and older macOS), ``~/Library/CloudStorage/Box-*`` on
  macOS; the older Box Sync used ``~/Box Sync``.

The folder names are the ones the clients make by default; a guider who moved a client's
folder elsewhere is still found through the client's config (Dropbox, Nextcloud, ownCloud,
OneDrive on Windows) but not, for the others, by name.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from vigeditor.errors import UserError
from vigeditor.i18n import _

ENCRYPTED_LUKS = "encrypted (LUKS)"
ENCRYPTED_BITLOCKER = "encrypted (BitLocker)"
ENCRYPTED_FILEVAULT = "encrypted (FileVault)"
NOT_ENCRYPTED = "not encrypted"
UNKNOWN = "unknown"
NEXTCLOUD_OR_OWNCLOUD = "Nextcloud or ownCloud"

Runner = Callable[[list[str]], "str | None"]
_LOCAL_PATH = re.compile(r"^\S*localPath\s*=\s*(.+?)\s*$", re.IGNORECASE)
_JOURNAL = re.compile(r"^\._?sync_(?:[0-9a-f]+|journal)\.db$", re.IGNORECASE)


# ---- cloud clients -------------------------------------------------------------------------

def cloud_service(path: str | os.PathLike[str], *, home: Path | None = None,
                  environ: Mapping[str, str] | None = None) -> str | None:
    """The name of the cloud client that synchronises the folder holding ``path``, or None.

    ``home`` and ``environ`` default to the user's home and ``os.environ`` (tests give a
    temporary home). Never raises on unreadable config files: they are skipped.
    """
    environ = os.environ if environ is None else environ
    home = _home(environ) if home is None else home
    roots = {_key(root): service for service, root in _client_roots(home, environ)}
    for folder in _folder_and_parents(Path(path)):
        service = roots.get(_key(folder)) or _marker_service(folder)
        if service is not None:
            return service
    return None


def _home(environ: Mapping[str, str]) -> Path:
    for name in ("HOME", "USERPROFILE"):
        if environ.get(name):
            return Path(environ[name])
    return Path.home()


def _key(folder: Path) -> str:
    """A folder as compared: absolute, normalised, case-folded where the system folds case."""
    return os.path.normcase(os.path.normpath(str(folder)))


def _folder_and_parents(path: Path) -> Iterator[Path]:
    absolute = Path(os.path.abspath(path))
    seen = [absolute]
    try:
        resolved = absolute.resolve()
        if resolved != absolute:
            seen.append(resolved)
    except (OSError, RuntimeError):
        pass
    for start in seen:
        yield start
        yield from start.parents


def _marker_service(folder: Path) -> str | None:
    """The service whose own files mark ``folder`` as the top of a synchronised folder."""
    if folder.name.casefold() == "my drive":
        return "Google Drive"
    try:
        if _dropbox_marker(folder):
            return "Dropbox"
        if (folder / ".owncloudsync.log").exists():
            return NEXTCLOUD_OR_OWNCLOUD
        with os.scandir(folder) as entries:
            if any(_JOURNAL.match(entry.name) for entry in entries):
                return NEXTCLOUD_OR_OWNCLOUD
    except OSError:
        return None
    return None


def _dropbox_marker(folder: Path) -> bool:
    """A ``.dropbox`` file or ``.dropbox.cache`` folder marks the top of a Dropbox folder; a
    ``.dropbox`` folder does too, unless it is the client's own settings (``info.json``,
    ``~/.dropbox`` on macOS and Linux)."""
    marker = folder / ".dropbox"
    if marker.is_file() or (folder / ".dropbox.cache").is_dir():
        return True
    return marker.is_dir() and not (marker / "info.json").exists() and not (
        (marker / "instance1").exists() or (marker / "host.db").exists())


def _client_roots(home: Path, environ: Mapping[str, str]) -> Iterator[tuple[str, Path]]:
    """Every folder a client on this computer is known to synchronise, with its service."""
    yield from _dropbox_roots(home, environ)
    yield from _onedrive_roots(home, environ)
    yield from _named_roots(home)
    for service in ("Nextcloud", "ownCloud"):
        for config in _sync_client_configs(service, home, environ):
            yield from ((service, root) for root in _config_local_paths(config))


def _dropbox_roots(home: Path, environ: Mapping[str, str]) -> Iterator[tuple[str, Path]]:
    places = [home / ".dropbox" / "info.json"]
    places += [Path(environ[name]) / "Dropbox" / "info.json"
               for name in ("APPDATA", "LOCALAPPDATA") if environ.get(name)]
    for place in places:
        try:
            accounts = json.loads(place.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(accounts, dict):
            continue
        for account in accounts.values():
            if isinstance(account, dict) and isinstance(account.get("path"), str):
                yield "Dropbox", Path(account["path"])


def _onedrive_roots(home: Path, environ: Mapping[str, str]) -> Iterator[tuple[str, Path]]:
    for name in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        if environ.get(name):
            yield "OneDrive", Path(environ[name])
    for child in _children(home):
        if child.name == "OneDrive" or child.name.startswith("OneDrive - "):
            yield "OneDrive", child


def _named_roots(home: Path) -> Iterator[tuple[str, Path]]:
    """Folders the clients make under the home, and macOS's File Provider folders."""
    yield "Google Drive", home / "Google Drive"
    yield "iCloud Drive", home / "Library" / "Mobile Documents" / "com~apple~CloudDocs"
    yield "iCloud Drive", home / "iCloudDrive"
    yield "Box", home / "Box"
    yield "Box", home / "Box Sync"
    prefixes = {"OneDrive": "OneDrive", "GoogleDrive": "Google Drive",
                "iCloud": "iCloud Drive", "Box": "Box", "Dropbox": "Dropbox"}
    for child in _children(home / "Library" / "CloudStorage"):
        for prefix, service in prefixes.items():
            if child.name.startswith(prefix):
                yield service, child
                break


def _children(folder: Path) -> list[Path]:
    try:
        return [child for child in folder.iterdir() if child.is_dir()]
    except OSError:
        return []


def _sync_client_configs(service: str, home: Path,
                         environ: Mapping[str, str]) -> Iterator[Path]:
    """Where the Nextcloud or ownCloud desktop client keeps its ``<service>.cfg``."""
    config_home = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
    folders = [config_home, home / "Library" / "Preferences"]
    folders += [Path(environ[name]) for name in ("APPDATA", "LOCALAPPDATA")
                if environ.get(name)]
    for folder in folders:
        yield folder / service / f"{service.lower()}.cfg"


def _config_local_paths(config: Path) -> Iterator[Path]:
    try:
        lines = config.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return
    for line in lines:
        found = _LOCAL_PATH.match(line.strip())
        if found:
            yield Path(found.group(1).strip('"').rstrip("/\\") or "/")


# ---- disk encryption -----------------------------------------------------------------------

def disk_encryption(path: str | os.PathLike[str], *, sysfs: Path = Path("/sys"),
                    platform: str | None = None, run: Runner | None = None) -> str:
    """Whether the disk holding ``path`` is encrypted, as far as this computer can tell
    without administrator rights: one of ``ENCRYPTED_LUKS``, ``ENCRYPTED_BITLOCKER``,
    ``ENCRYPTED_FILEVAULT``, ``NOT_ENCRYPTED`` or ``UNKNOWN``. Never raises.

    - Linux: the block device of ``os.stat(path).st_dev`` in ``/sys/dev/block/MAJ:MIN``,
      followed down its ``slaves/`` (LVM, RAID, partitions) to a device-mapper device whose
      ``dm/uuid`` starts with ``CRYPT-`` (dm-crypt: LUKS, as cryptsetup names its mappings).
      No such device under a real disk is "not encrypted"; no block device at all
      (network, FUSE, btrfs's anonymous device numbers, containers) is "unknown".
    - macOS: ``fdesetup status`` ("FileVault is On/Off."), for the volume holding the home.
    - Windows: ``manage-bde -status X:``, which needs administrator rights on most
      computers: without them, "unknown".
    Self-encrypting drives and per-folder encryption (fscrypt, eCryptfs) are not seen.
    """
    platform = sys.platform if platform is None else platform
    run = _run if run is None else run
    try:
        if platform.startswith("linux"):
            return _linux_encryption(path, sysfs)
        if platform == "darwin":
            return _macos_encryption(path, run)
        if platform in ("win32", "cygwin"):
            return _windows_encryption(path, run)
    except (OSError, ValueError, RuntimeError):
        return UNKNOWN
    return UNKNOWN


def _run(command: list[str]) -> str | None:
    """A command's output, or None when it cannot run, fails or takes too long."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=20,
                              check=False, errors="replace")
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    return done.stdout if done.returncode == 0 else None


def _linux_encryption(path: str | os.PathLike[str], sysfs: Path) -> str:
    device = os.stat(path).st_dev
    major, minor = os.major(device), os.minor(device)
    if major == 0:
        return UNKNOWN
    start = sysfs / "dev" / "block" / f"{major}:{minor}"
    if not start.exists():
        return UNKNOWN
    return ENCRYPTED_LUKS if _crypt_below(start.resolve(), depth=0) else NOT_ENCRYPTED


def _crypt_below(device: Path, depth: int) -> bool:
    """True when ``device`` or a device it is built on is a dm-crypt mapping."""
    if depth > 16:
        return False
    try:
        uuid = (device / "dm" / "uuid").read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        uuid = ""
    if uuid.upper().startswith("CRYPT-"):
        return True
    slaves = device / "slaves"
    under = sorted(slaves.iterdir()) if slaves.is_dir() else []
    return any(_crypt_below(slave.resolve(), depth + 1) for slave in under)


def _macos_encryption(path: str | os.PathLike[str], run: Runner) -> str:
    if os.stat(path).st_dev != os.stat(Path.home()).st_dev:
        return UNKNOWN
    output = run(["fdesetup", "status"]) or ""
    if "FileVault is On" in output:
        return ENCRYPTED_FILEVAULT
    if "FileVault is Off" in output:
        return NOT_ENCRYPTED
    return UNKNOWN


def _windows_encryption(path: str | os.PathLike[str], run: Runner) -> str:
    drive = os.path.splitdrive(os.path.abspath(path))[0]
    if not re.fullmatch(r"[A-Za-z]:", drive):
        return UNKNOWN
    output = run(["manage-bde", "-status", drive]) or ""
    if re.search(r"Protection Status:\s*Protection On", output):
        return ENCRYPTED_BITLOCKER
    if re.search(r"Conversion Status:\s*Fully Decrypted", output):
        return NOT_ENCRYPTED
    return UNKNOWN


# ---- the verdict ---------------------------------------------------------------------------

@dataclass(frozen=True)
class FolderVerdict:
    """Where a folder's data goes: the cloud client syncing it, and its disk's encryption.

    ``concern`` is True when a cloud client synchronises the folder or the disk is known to
    be unencrypted. "unknown" is not a concern: on a computer that cannot tell (Windows
    without administrator rights, network drives) every folder would otherwise be one, and
    the verdict says in words that the computer cannot tell.
    """

    path: Path
    cloud: str | None
    encryption: str

    @property
    def concern(self) -> bool:
        return self.cloud is not None or self.encryption == NOT_ENCRYPTED

    def as_dict(self) -> dict[str, object]:
        """The verdict as JSON-ready data."""
        return {"path": str(self.path), "cloud": self.cloud, "encryption": self.encryption,
                "concern": self.concern}


def check_folder(path: str | os.PathLike[str], **options: object) -> FolderVerdict:
    """The verdict for an existing folder; :class:`UserError` for anything else.

    ``options`` go to :func:`cloud_service` (``home``, ``environ``) and
    :func:`disk_encryption` (``sysfs``, ``platform``, ``run``) for tests.
    """
    folder = Path(path)
    if not folder.exists():
        raise UserError(_("{path} does not exist").format(path=folder))
    if not folder.is_dir():
        raise UserError(_("{path} is not a folder").format(path=folder))
    cloud_options = {k: v for k, v in options.items() if k in ("home", "environ")}
    disk_options = {k: v for k, v in options.items() if k in ("sysfs", "platform", "run")}
    return FolderVerdict(folder, cloud_service(folder, **cloud_options),  # type: ignore[arg-type]
                         disk_encryption(folder, **disk_options))  # type: ignore[arg-type]
