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
