"""The ffmpeg program (for tools and benchmarks beside the exports) and the cancel error.

Clips are encoded in-process from the frame server's pictures (:mod:`vigeditor.media.render`),
so exports show exactly what the viewer shows. The ffmpeg program is still found here for
what runs it (filter chains, benchmark baselines): the system's ffmpeg when it can encode
H.264 (``libx264``) and AAC, otherwise the binary of the imageio-ffmpeg wheel (which always
can). ``VIGEDITOR_FFMPEG`` names a binary explicitly (support, tests).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from functools import lru_cache

from vigeditor.i18n import _
from vigeditor.media.errors import MediaError


class RenderCancelled(MediaError):
    """The guider stopped an export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(_("The export was stopped. Nothing was written."))


@lru_cache(maxsize=1)
def ffmpeg_binary() -> str:
    """The ffmpeg program for tools run beside exports (cached for the session)."""
    chosen = os.environ.get("VIGEDITOR_FFMPEG")
    if chosen:
        return chosen
    system = shutil.which("ffmpeg")
    if system and _can_encode(system):
        return system
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError) as error:
        if system:
            return system
        raise MediaError(_("No ffmpeg program was found, so videos cannot be exported. "
                           "Reinstall vigeditor.")) from error


def _can_encode(binary: str) -> bool:
    """Whether ``binary`` runs and has the H.264 and AAC encoders exports need."""
    try:
        completed = subprocess.run([binary, "-hide_banner", "-encoders"], capture_output=True,
                                   text=True, timeout=20, check=False,
                                   creationflags=_NO_WINDOW)
    except (OSError, subprocess.SubprocessError):
        return False
    names = {line.split()[1] for line in completed.stdout.splitlines()
             if len(line.split()) > 1}
    return completed.returncode == 0 and "libx264" in names and "aac" in names


_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
