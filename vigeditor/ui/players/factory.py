"""Choose a player backend: Qt Multimedia by default, libvlc when chosen and installed.

``create_player("vlc")`` falls back to Qt when VLC is missing. When a backend cannot play a
file, :func:`fallback_player` gives the other backend (or None), so the caller can retry:
"when Qt cannot play a file" (DESIGN.md §3).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from vigeditor.media import vlc_engine
from vigeditor.ui.players.base import Player
from vigeditor.ui.players.qt_player import QtPlayer

_log = logging.getLogger("vigeditor.ui")
BACKENDS = ("qt", "vlc")


def vlc_available() -> bool:
    """True when python-vlc and libvlc work on this machine."""
    return vlc_engine.vlc_available()


def available_backends() -> list[str]:
    """The backends that work here, Qt first."""
    return ["qt", "vlc"] if vlc_available() else ["qt"]


def create_player(preference: str = "qt", parent: QObject | None = None, *,
                  audio: bool = True) -> Player:
    """A player of the preferred backend, or a Qt player when that backend is unavailable."""
    if preference == "vlc":
        if vlc_available():
            from vigeditor.ui.players.vlc_player import VlcPlayer

            try:
                return VlcPlayer(parent, audio=audio)
            except Exception:  # libvlc can fail in many ways; Qt still plays
                _log.exception("VLC could not be started; playing with Qt Multimedia")
        else:
            _log.info("VLC is not installed; playing with Qt Multimedia")
    elif preference != "qt":
        _log.warning("unknown player backend %r; playing with Qt Multimedia", preference)
    return QtPlayer(parent)


def fallback_player(failed: Player, parent: QObject | None = None, *,
                    audio: bool = True) -> Player | None:
    """The other backend to retry a file ``failed`` could not play, or None if there is none."""
    other = "vlc" if failed.backend == "qt" else "qt"
    if other == "vlc" and not vlc_available():
        return None
    player = create_player(other, parent, audio=audio)
    return player if player.backend == other else None
