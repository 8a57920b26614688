"""Writing a file so that it is either the old one or the whole new one, never half.

The content goes to a temporary name in the same folder, is flushed to disk, and is then
renamed over the target (DESIGN.md §3 "Nothing lost"). Used by every layer.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(target: Path, write: Callable[[BinaryIO], object], *,
                     prefix: str = ".vig-") -> Path:
    """Call ``write(stream)`` on a temporary file, flush it to disk, rename it to ``target``.

    On any failure the temporary file is removed and ``target`` is left as it was; the
    exception (e.g. OSError for a full disk) is raised for the caller to explain.
    """
    folder = target.parent if str(target.parent) else Path(".")
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=target.suffix + ".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target


def keep_private(path: Path) -> Path:
    """Make ``path`` readable by its owner only: a file 0600, a folder 0700 with everything
    in it, as the temporary files of single exports already are (``mkstemp``). Exports carry
    a family's film: other accounts on a shared computer should not read them. Nothing on
    systems without POSIX permissions; a file that cannot be changed is left as it is."""
    if os.name != "posix":
        return path
    for item in [path, *(path.rglob("*") if path.is_dir() else [])]:
        try:
            os.chmod(item, 0o700 if item.is_dir() else 0o600)
        except OSError:
            continue
    return path
