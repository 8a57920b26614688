"""Play a film through the real Qt player at given rates and record what it sounds like.

Run by tests/ui/test_pitch.py in a child process whose PULSE_SERVER is a private PulseAudio
server with a null sink (Qt picks its sound device when it starts, so the test's own process
cannot be pointed at it): ``python -m tests.ui.pitch_probe FILM FOLDER RATE...``. For each
rate it writes FOLDER/<rate>.wav, recorded by ``parec`` from the null sink's monitor while
the film plays to its end. A rate written ``2.0-raw`` plays with Qt's pitch compensation off
(the control: there the pitch must rise).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QApplication

from vigeditor.ui.players.qt_player import QtPlayer

LIMIT_MS = 60000  # a film that never ends is reported, not waited for forever


def record(film: Path, rate_text: str, wav: Path) -> str:
    """Play ``film`` at the rate and record it into ``wav``; a line saying what happened."""
    player = QtPlayer()
    raw = rate_text.endswith("-raw")
    player._player.setPitchCompensation(not raw)  # the control turns Qt's own knob off
    player.load(film)
    player.set_rate(float(rate_text.removesuffix("-raw")))
    recorder = subprocess.Popen(["parec", "-d", "capture.monitor", "--file-format=wav",
                                 str(wav)])
    loop = QEventLoop()
    ended: list[bool] = []
    player.ended.connect(lambda: (ended.append(True), loop.quit()))
    QTimer.singleShot(LIMIT_MS, loop.quit)
    QTimer.singleShot(500, player.play)  # parec connects meanwhile; a late one only hears less
    loop.exec()
    recorder.terminate()
    recorder.wait()
    line = (f"{rate_text}: ended={bool(ended)} muted={player.sound_muted()} "
            f"pitch_kept={player.pitch_kept()}")
    player.close()
    return line


def main(argv: list[str]) -> int:
    app = QApplication(argv[:1])
    devices = [device.description() for device in QMediaDevices.audioOutputs()]
    print("sound devices:", devices, flush=True)
    if not devices:
        return 3
    film, folder = Path(argv[1]), Path(argv[2])
    for rate_text in argv[3:]:
        print(record(film, rate_text, folder / f"{rate_text}.wav"), flush=True)
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
