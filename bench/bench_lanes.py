"""Analysis lanes benchmark: the waveform lane's repaint at three zoom levels, and the whole
timeline with every lane (issue 13: a repaint within one 60 Hz frame, 16 ms).

    .venv/bin/python bench/bench_lanes.py [--repeats 100] [--png DIR]

A real case (``Case.create`` in a temporary folder) with one 10-minute recording (18,000
frames at 30 fps, its frame table made in memory, as ``bench_timeline.py`` does) and an
analysis made in memory: 10 minutes of 16 kHz sound (speech-like bursts over quiet noise) as a
real peak pyramid (``build_pyramid``), 400 voice segments, faces sampled 4 times a second
(2,400 samples) and 60 stored suggestions. Figures: the waveform lane alone
(``paint_wave`` into an image of the timeline's size: peaks per device pixel through the
frame table's times, drawn as one image) and the whole ``Timeline`` rendered offscreen at
1600x260 (``widget.render``) with every lane; baselines in the same run: the same timeline
without the analysis (no lanes), and QPainter drawing one plain line per pixel column of the
lane (what a naive waveform costs). Informational only: this script never fails on time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from bench_timeline import FPS, FRAMES, _add_recording, frame_table, thumbnails
from common import Figure, machine_facts, p50_p95, pct, print_table, timed
from PySide6.QtCore import QLineF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from tests.data.videos import VideoSpec, make_video
from vigeditor.analysis.faces_run import FaceSample, FacesAnalysis
from vigeditor.analysis.peaks import build_pyramid
from vigeditor.analysis.run import SoundAnalysis
from vigeditor.analysis.voices import VoiceSegment
from vigeditor.project.case import Case
from vigeditor.project.importing import import_recording
from vigeditor.project.model import Recording
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.session import CaseSession
from vigeditor.ui.timeline.lanes import LaneResults
from vigeditor.ui.timeline.paint_lanes import paint_wave
from vigeditor.ui.timeline.view import Timeline

WIDTH, HEIGHT, RATE, SECONDS = 1600, 260, 16000, FRAMES / FPS
ZOOMS = (("whole recording (10 min)", None), ("10 seconds visible", 10.0),
         ("single frames (deepest zoom)", 0.0))


def build(folder: Path) -> int:
    """The case with the 10-minute recording and 60 stored suggestions; its id."""
    video = make_video(folder.parent / "film.mp4", VideoSpec(frames=30, width=160, height=120))
    with Case.create(folder, family_code="BENCH") as case:
        first = import_recording(case, video, cycle=1).recording
        row = case.row("recordings", first.id)
        assert row is not None
        with case.db.atomic():
            recording = _add_recording(case, row, "long.mp4")
            case.db.conn.executemany(
                "INSERT INTO suggestions (recording_id, start_frame, end_frame, kind, score, "
                "reasons, state) VALUES (?, ?, ?, 'exchange', 0.7, ?, 'open')",
                [(recording, start, start + 150, json.dumps(["One voice, then the other."]))
                 for start in range(100, FRAMES - 200, FRAMES // 60)])
    return recording


def analysis(recording_id: int) -> LaneResults:
    """Sound, voices and faces made in memory for the whole 10 minutes."""
    rng = np.random.default_rng(3)
    samples = (rng.standard_normal(int(SECONDS * RATE)) * 0.01).astype(np.float32)
    voices = []
    for index, start in enumerate(np.arange(1.0, SECONDS - 2, 1.5)):
        first, last = int(start * RATE), int((start + 0.8) * RATE)
        samples[first:last] += (0.5 * rng.standard_normal(last - first)).astype(np.float32)
        voices.append(VoiceSegment(float(start), float(start) + 0.8,
                                   ("adult", "child", "unclear")[index % 3], None))
    sound = SoundAnalysis(SECONDS, build_pyramid(samples, RATE), (), tuple(voices), ())
    table = frame_table()
    faces = FacesAnalysis(4.0, 480, "yunet", tuple(
        FaceSample(step / 4, table.index_at(step / 4), (step // 7) % 3, (step // 11) % 2 == 0,
                   ()) for step in range(int(SECONDS * 4))))
    return LaneResults(recording_id, sound, faces)


def open_timeline(case: Case, recording_id: int, results: LaneResults | None) -> Timeline:
    state = EditorState()
    row = case.row("recordings", recording_id)
    assert row is not None
    state.set_recording(Recording.from_row(row), frame_table())
    timeline = Timeline(CaseSession(case), state)
    timeline.resize(WIDTH, HEIGHT)
    timeline.set_thumbnails(thumbnails())
    if results is not None:
        timeline.set_lanes(results)
    state.set_frame(FRAMES // 2 + 7)
    return timeline


def zoom(timeline: Timeline, seconds: float | None) -> None:
    if seconds is None:
        timeline.zoom_to_fit()
    elif seconds == 0:
        timeline.zoom_to_frames()
    else:
        timeline.set_zoom(WIDTH / (seconds * FPS))
    timeline.ensure_visible(timeline.state.frame)


def wave_repaints(timeline: Timeline, repeats: int) -> list[float]:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

    def paint() -> None:
        painter = QPainter(image)
        paint_wave(painter, timeline.scene(), timeline.tracks, 1.0)
        painter.end()

    paint()
    return [timed(paint)[0] for _ in range(repeats)]


def repaints(timeline: Timeline, repeats: int) -> list[float]:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    timeline.render(image)  # warm-up
    return [timed(lambda: timeline.render(image))[0] for _ in range(repeats)]


def plain_columns(repeats: int) -> list[float]:
    """Baseline: one QPainter line per pixel column (a naive waveform), heights at random."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    heights = np.random.default_rng(1).uniform(1, 14, WIDTH).tolist()

    def draw() -> None:
        painter = QPainter(image)
        painter.drawLines([QLineF(x + 0.5, 200 - h, x + 0.5, 200 + h)
                           for x, h in enumerate(heights)])
        painter.end()

    return [timed(draw)[0] for _ in range(repeats)]


def measure(case: Case, recording_id: int, repeats: int, png: Path | None) -> list[Figure]:
    lanes = open_timeline(case, recording_id, analysis(recording_id))
    plain = open_timeline(case, recording_id, None)
    assert lanes.tracks.shown() == ("wave", "voices", "faces", "suggestions")
    columns = plain_columns(repeats)
    figures = []
    for name, seconds in ZOOMS:
        zoom(lanes, seconds)
        zoom(plain, seconds)
        wave = wave_repaints(lanes, repeats)
        figures.append(Figure(f"waveform lane, {name}", p50_p95(wave),
                              p50_p95(columns) + " one line per column", "≤ 16 ms",
                              pct(wave, 95) <= 0.016))
        whole, bare = repaints(lanes, repeats), repaints(plain, repeats)
        figures.append(Figure(f"timeline with every lane, {name}", p50_p95(whole),
                              p50_p95(bare) + " without lanes", "≤ 16 ms",
                              pct(whole, 95) <= 0.016))
        if png is not None:
            lanes.grab().save(str(png / f"lanes-{name.split()[0]}.png"))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=100)
    parser.add_argument("--png", type=Path, help="save a screenshot per zoom level here")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    print("\n".join(machine_facts()))
    print(f"Qt platform: {app.platformName()}")
    with tempfile.TemporaryDirectory(prefix="vig-bench-lanes-") as temp:
        folder = Path(temp) / "lanes.vigcase"
        recording = build(folder)
        with Case.open(folder) as case:
            figures = measure(case, recording, args.repeats, args.png)
        print_table(f"Analysis lanes ({WIDTH}x{HEIGHT}, offscreen)", figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
