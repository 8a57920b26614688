"""Running the ffmpeg program for exports: which binary, progress, cancel, plain errors.

The system's ffmpeg is preferred when it can encode H.264 (``libx264``) and AAC; otherwise the
binary of the imageio-ffmpeg wheel (which always can) is used. ``VIGEDITOR_FFMPEG`` names a
binary explicitly (support, tests). Command lines are built with ffmpeg-python by the caller;
this module only runs them.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from functools import lru_cache

from vigeditor.i18n import _
from vigeditor.media.errors import MediaError

_log = logging.getLogger("vigeditor.media")
_POLL_SECONDS = 0.05


class RenderCancelled(MediaError):
    """The guider stopped an export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(_("The export was stopped. Nothing was written."))


@lru_cache(maxsize=1)
def ffmpeg_binary() -> str:
    """The ffmpeg program used for exports (cached for the session)."""
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


def run_ffmpeg(arguments: Sequence[str], *, total_frames: int,
               progress: Callable[[float], None] | None = None,
               cancel: threading.Event | None = None, label: str = "") -> None:
    """Run ffmpeg with ``arguments`` (without the program name), reporting progress as the
    share of ``total_frames`` encoded. Raises RenderCancelled when ``cancel`` is set (the
    process is stopped) and MediaError when ffmpeg fails."""
    command = [ffmpeg_binary(), "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error",
               "-progress", "pipe:1", *arguments]
    _log.debug("running %s", command)
    with tempfile.TemporaryFile() as errors:
        try:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                       stdout=subprocess.PIPE, stderr=errors,
                                       creationflags=_NO_WINDOW)
        except OSError as error:
            raise MediaError(_("The ffmpeg program could not be started ({reason}).")
                             .format(reason=error.strerror or error)) from error
        state = {"frames": 0}
        reader = threading.Thread(target=_read_progress, args=(process, state),
                                  name="ffmpeg-progress", daemon=True)
        reader.start()
        reported = -1.0
        try:
            while process.poll() is None:
                if cancel is not None and cancel.is_set():
                    raise RenderCancelled
                reported = _report(progress, state["frames"], total_frames, reported)
                time.sleep(_POLL_SECONDS)
        except BaseException:
            _stop(process)
            raise
        finally:
            reader.join(timeout=5)
        if cancel is not None and cancel.is_set():
            raise RenderCancelled
        if process.returncode != 0:
            errors.seek(0)
            detail = errors.read().decode("utf-8", errors="replace").strip()
            _log.error("ffmpeg failed (%s) on %s: %s", process.returncode, label, detail)
            raise MediaError(_ffmpeg_message(detail, label))
    _report(progress, total_frames, total_frames, reported)


def _read_progress(process: subprocess.Popen[bytes], state: dict[str, int]) -> None:
    assert process.stdout is not None
    for raw in process.stdout:
        key, _sep, value = raw.decode("ascii", errors="replace").strip().partition("=")
        if key == "frame" and value.isdigit():
            state["frames"] = int(value)


def _report(progress: Callable[[float], None] | None, done: int, total: int,
            reported: float) -> float:
    if progress is None:
        return reported
    share = min(1.0, done / total) if total > 0 else 0.0
    if share > reported:
        progress(share)
        return share
    return reported


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop ffmpeg (it is our own child) and wait for it to go."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _ffmpeg_message(detail: str, label: str) -> str:
    lowered = detail.lower()
    if "no space left" in lowered:
        return _("The export of {name} failed: the disk is full. Free some space and try "
                 "again.").format(name=label)
    if "permission denied" in lowered:
        return _("The export of {name} failed: vigeditor may not write to that folder.")\
            .format(name=label)
    return _("The export of {name} failed: ffmpeg could not make the video. Details are in "
             "the log.").format(name=label)
