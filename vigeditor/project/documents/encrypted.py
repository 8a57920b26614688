"""Packs that leave the laptop, locked (issue 14, item 2): a 7-Zip archive with AES-256.

The archive is written with py7zr (pure Python, on pycryptodomex): the files are stored
(copy filter; films gain nothing from compression) and encrypted with 7-Zip's
AES-256-SHA256, and so is the archive's header, so without the passphrase not even the file
names can be listed. It opens with 7-Zip, p7zip, Keka, The Unarchiver and the like.

The passphrase is typed by the guider for each export and never kept: not in the case's
preferences, not in the app's settings, not in logs. The pack is first built in plain files
inside the case folder (``cache/.export-build-*``, where the case's own data already is),
then encrypted straight into a temporary name at the destination (ciphertext only) and
renamed into place; the build folder is removed afterwards, on success, failure and cancel,
and after a crash by :mod:`vigeditor.project.leftovers` on the next start.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from vigeditor.atomic import keep_private
from vigeditor.i18n import _
from vigeditor.media.render import RenderCancelled
from vigeditor.project.errors import CaseError
from vigeditor.project.leftovers import BUILD_PREFIX

MIN_PASSPHRASE = 8  # characters; the "too short" rule
# purposes whose packs are encrypted by default in the app (issue 14, item 2)
ENCRYPTED_PURPOSES = ("supervision", "training", "professional", "research")
ARCHIVE_SUFFIX = ".7z"


def check_passphrase(passphrase: str | None, again: str | None = None) -> str:
    """The passphrase, checked: given, at least :data:`MIN_PASSPHRASE` characters, and equal
    to ``again`` when that is given (typed twice). Raises CaseError in plain words."""
    if not passphrase:
        raise CaseError(_("Type a passphrase to lock the pack (at least {count} "
                          "characters).").format(count=MIN_PASSPHRASE))
    if len(passphrase) < MIN_PASSPHRASE:
        raise CaseError(_("The passphrase is too short: use at least {count} "
                          "characters.").format(count=MIN_PASSPHRASE))
    if again is not None and again != passphrase:
        raise CaseError(_("The two passphrases are not the same. Type the same passphrase "
                          "twice."))
    return passphrase


def build_prefix(case_folder: Path, name: str) -> Path:
    """What the names of the plain build folders of a pack called ``name`` start with
    (recorded in the export's audit entry, so that the next start removes a crash's)."""
    return case_folder / "cache" / f"{BUILD_PREFIX}{name}-"


def build_folder(case_folder: Path, name: str) -> Path:
    """A fresh, empty plain build folder inside the case for a pack called ``name``."""
    prefix = build_prefix(case_folder, name)
    folder = prefix.with_name(f"{prefix.name}{os.getpid()}")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def archive_temp_prefix(archive: Path) -> Path:
    """The temporary name of ``archive`` while it is written (ciphertext, at the
    destination)."""
    return archive.with_name(f".{archive.name}.part-")


def write_archive(source: Path, top: str, archive: Path, passphrase: str, *,
                  progress: Callable[[float], None] | None = None,
                  cancel: threading.Event | None = None) -> Path:
    """Encrypt the files under ``source`` into the 7-Zip archive ``archive``, each stored as
    ``top/<path inside source>``. Written to a temporary name beside ``archive``, flushed
    and renamed; nothing is left at the destination when it fails or is cancelled
    (``cancel`` is checked between files). ``progress`` gets the share done (0–1, by bytes).
    Raises CaseError on a write failure, RenderCancelled when cancelled."""
    import py7zr  # only exports that encrypt need it

    check_passphrase(passphrase)
    files = sorted(path for path in source.rglob("*") if path.is_file())
    total = sum(path.stat().st_size for path in files) or 1
    temp = archive_temp_prefix(archive).with_name(
        f"{archive_temp_prefix(archive).name}{os.getpid()}")
    filters = [{"id": py7zr.FILTER_COPY}, {"id": py7zr.FILTER_CRYPTO_AES256_SHA256}]
    done = 0
    try:
        with py7zr.SevenZipFile(temp, "w", filters=filters, password=passphrase,
                                header_encryption=True) as writer:
            for path in files:
                if cancel is not None and cancel.is_set():
                    raise RenderCancelled
                writer.write(path, f"{top}/{path.relative_to(source).as_posix()}")
                done += path.stat().st_size
                if progress:
                    progress(done / total)
            if cancel is not None and cancel.is_set():
                raise RenderCancelled
        with open(temp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(keep_private(temp), archive)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise CaseError(_("The encrypted archive could not be written in {path}: "
                          "{reason}.").format(path=archive.parent,
                                              reason=error.strerror or error)) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return archive
