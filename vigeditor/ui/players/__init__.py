"""Real-time players (Qt Multimedia and libvlc) behind one interface."""

from vigeditor.ui.players.base import MAX_RATE, MIN_RATE, Player, clamp_rate
from vigeditor.ui.players.factory import (
    available_backends,
    create_player,
    fallback_player,
    vlc_available,
)
from vigeditor.ui.players.qt_player import QtPlayer

__all__ = ["MAX_RATE", "MIN_RATE", "Player", "QtPlayer", "available_backends", "clamp_rate",
           "create_player", "fallback_player", "vlc_available"]
