"""Errors shown to the guider: every one carries a plain-language message."""

from __future__ import annotations

import errno
import os
import tempfile
import unicodedata
from pathlib import Path

from vigeditor.media.errors import MediaError


class UserError(Exception):
    """Something the guider asked for cannot be done; ``str(error)`` says why in plain words."""


#: errors whose message is fit to show a guider as it is
PLAIN_ERRORS: tuple[type[BaseException], ...] = (UserError, MediaError)

#: errno values that mean "the disk cannot take more" (EFBIG: a file-size limit was met)
DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
NOT_ALLOWED = frozenset({errno.EACCES, errno.EPERM})
#: errno values :func:`explain_os_error` gives a plain sentence for
EXPLAINED = DISK_FULL | NOT_ALLOWED | {errno.EROFS, errno.ENOENT, errno.EISDIR,
                                       errno.ENOTDIR}

# bidirectional controls that can make a name read differently on screen than it is
_BIDI_CONTROLS = frozenset(chr(code) for code in (
    0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)))


def terminal_safe(text: str) -> str:
    """``text`` with control and bidirectional-override characters written as escapes
    (``\\x1b``, ``\\u202e``), so a file name cannot colour, move or reverse a message."""
    out = []
    for char in text:
        if char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cs"):
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def explain_os_error(error: OSError, where: str | os.PathLike[str] | None = None) -> str | None:
    """A plain sentence for an OSError a guider can meet (no permission, disk full,
    read-only disk, missing file), naming ``where`` (or the file the error names);
    ``None`` for errors that are not the guider's to fix."""
    name = where if where is not None else (error.filename or None)
    if name is not None and str(name) in (".", ""):
        name = os.getcwd()
    place = f" {name}" if name is not None else ""
    code = error.errno
    if code in DISK_FULL:
        return (f"The disk holding{place} is full (or a size limit was reached). "
                "Free some space and try again; nothing was changed.")
    if code in NOT_ALLOWED:
        return (f"vigeditor is not allowed to use{place}: its permissions do not let you "
                "read or change it. Ask whoever manages this computer, or choose another "
                "file or folder.")
    if code == errno.EROFS:
        return f"{place.strip() or 'The folder'} is on a disk that cannot be written to."
    if code == errno.ENOENT:
        return f"{place.strip() or 'A file'} does not exist."
    if code == errno.EISDIR:
        return f"{place.strip() or 'The path'} is a folder, not a file."
    if code == errno.ENOTDIR:
        return f"Part of the path{place} is a file, not a folder."
    return None


def write_problem(folder: str | os.PathLike[str]) -> OSError | None:
    """The OSError a small write in ``folder`` meets (disk full, no permission, read-only),
    or ``None`` if writing there works. Leaves nothing behind."""
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".vig-probe-") as probe:
            probe.write(b"\0" * 65536)
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        return error
    return None


def nearest_folder(path: str | os.PathLike[str]) -> Path:
    """``path`` itself if it is an existing folder, else its nearest existing parent."""
    folder = Path(path).absolute()
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    return folder
