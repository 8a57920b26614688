"""Faces-analysis benchmark: samples per second and × realtime on a 10-minute 1080p film.

    .venv/bin/python bench/bench_faces.py [--film PATH] [--compare | --compare-only] [--whole]

The film is ``bench/out/concat_5x120s_600s.mp4`` (made by bench_media.py as
docs/performance.md says, else made here the same way: the phone-like 1080p30 H.264 test
recording of bench/common.py, 120 s, joined five times). Its picture has no faces, but
YuNet's cost does not depend on what it finds: it runs the same network over the whole
picture. The whole faces job (``analyse_faces``: 4 samples a second, frames decoded 480 px
wide through the frame server, YuNet on each, empty cache) runs in this process on the
machine's cores; the detector alone is timed on the same pictures. Baselines in the same
run: the ``ffmpeg`` program decoding the same film, all its frames, scaling the same
4-a-second frames to 480 px (``-vf fps=4,scale=480:-2``), and decoding it to nothing. The
quick first pass (``analyse_faces_keyframes``: keyframes only, each decoded from its own
packet) is timed the same way.

``--whole`` times the whole analysis as the app runs it after an import
(``project.analysis.analyse_for_case`` on a new case linking the film, each analysis in the
isolated child at its lower priority, empty cache): the time to the first complete analysis
(sound, the faces' keyframes pass, suggestions stored: its ``on_stage`` "faces-keyframes")
and to the full one (the 4-a-second faces, suggestions stored again). The film is the 1080p
one with the sound of bench_analysis.py's 10-minute conversation muxed in (both streams
copied, made once), beside the ``ffmpeg`` program decoding that film's pictures and sound.

``--compare`` (``--compare-only``: without the film) measures the detectors on the faces
test film (tests/analysis/faces_material.py, 18 s, 640x360): faces-visible and facing
agreement and time per sample, for YuNet and, where ``cv2.CascadeClassifier`` exists
(OpenCV 4, or opencv-contrib-python-headless on ``PYTHONPATH``: ``pip install --target
/tmp/contrib --no-deps opencv-contrib-python-headless``) and Debian's ``opencv-data`` is
installed, OpenCV's Haar cascades (frontal, and profile on the picture and its mirror).
Informational only: this script never fails on time.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from common import (
    REPO,
    Figure,
    PhoneSpec,
    ffmpeg_binary,
    load_average,
    machine_facts,
    make_phone_video,
    print_table,
    timed,
)

from vigeditor.analysis.faces import Face, YuNetDetector, facing_each_other
from vigeditor.analysis.faces_pass import analyse_faces_keyframes
from vigeditor.analysis.faces_run import DEFAULT_RATE, DEFAULT_WIDTH, analyse_faces, sample_frames
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.probe import open_recording

OUT = REPO / "bench" / "out"
FILM = OUT / "concat_5x120s_600s.mp4"
HAAR = Path("/usr/share/opencv4/haarcascades")


def ensure_film(path: Path) -> Path:
    """The 10-minute film: ``path`` when it exists, else made as bench_media.py makes it."""
    if path.exists():
        return path
    part = make_phone_video(OUT / "h264_1080p30_gop60_120s.mp4", PhoneSpec(seconds=120))
    listing = OUT / "list.txt"
    listing.write_text(f"file '{part}'\n" * 5)
    subprocess.run([ffmpeg_binary(), "-v", "error", "-f", "concat", "-safe", "0", "-i",
                    str(listing), "-c", "copy", "-y", str(path)], check=True)
    return path


def ffmpeg_seconds(path: Path, *filters: str) -> float:
    """Wall seconds of the ffmpeg program decoding ``path``'s pictures through ``filters``."""
    command = [ffmpeg_binary(), "-v", "error", "-i", str(path), "-an"]
    if filters:
        command += ["-vf", ",".join(filters), "-pix_fmt", "rgb24", "-f", "rawvideo"]
    else:
        command += ["-f", "null"]
    begin = time.perf_counter()
    subprocess.run([*command, "-y", "/dev/null"], check=True)
    return time.perf_counter() - begin


def detector_alone(path: Path, count: int = 200) -> float:
    """Median seconds YuNet takes on one 480-px picture of ``path`` (``count`` samples)."""
    info, table = open_recording(path)
    detector = YuNetDetector()
    with FrameServer(info, table) as server:
        size = server.size_for_width(DEFAULT_WIDTH)
        pictures = [server.frame(index, size) for index in sample_frames(table)[:count]]
    times = [timed(lambda p=picture: detector.detect(p))[0] for picture in pictures]
    return float(np.median(times))


def speed_figures(path: Path) -> list[Figure]:
    info, table = open_recording(path)
    seconds = table.duration
    with tempfile.TemporaryDirectory() as cache:
        job_s, result = timed(lambda: analyse_faces(str(path), cache, info, table))
    with tempfile.TemporaryDirectory() as cache:
        first_s, first = timed(lambda: analyse_faces_keyframes(str(path), cache, info, table))
    samples = len(result.samples)
    scaled = ffmpeg_seconds(path, f"fps={DEFAULT_RATE:g}", f"scale={DEFAULT_WIDTH}:-2")
    plain = ffmpeg_seconds(path)
    detect = detector_alone(path)
    return [
        Figure(f"Whole faces job ({samples} samples, {DEFAULT_RATE:g}/s, {DEFAULT_WIDTH} px), "
               "empty cache", f"{job_s:.1f} s: {samples / job_s:.0f} samples/s, "
               f"{seconds / job_s:.1f}x realtime",
               f"ffmpeg decoding all frames, the same {DEFAULT_RATE:g}/s scaled to "
               f"{DEFAULT_WIDTH} px: {scaled:.1f} s ({seconds / scaled:.1f}x realtime)",
               "whole analysis ≥ 10x realtime", seconds / job_s >= 10),
        Figure(f"Keyframes pass ({len(first.samples)} keyframes, each decoded alone), "
               "empty cache", f"{first_s:.1f} s: {seconds / first_s:.0f}x realtime"),
        Figure("ffmpeg decoding every frame to nothing", f"{seconds / plain:.1f}x realtime"),
        Figure(f"YuNet alone on one {DEFAULT_WIDTH}-px picture (median of 200)",
               f"{detect * 1000:.1f} ms ({1 / detect:.0f} samples/s; "
               f"{seconds / (detect * samples):.0f}x realtime at {DEFAULT_RATE:g}/s)"),
    ]


class HaarDetector:
    """OpenCV's Haar cascades (Debian's opencv-data): frontal faces, and profiles on the
    picture (turned left) and its mirror (turned right); overlapping hits merged."""

    name = "haar"

    def __init__(self) -> None:
        self.frontal = cv2.CascadeClassifier(str(HAAR / "haarcascade_frontalface_default.xml"))
        self.profile = cv2.CascadeClassifier(str(HAAR / "haarcascade_profileface.xml"))

    def detect(self, picture: np.ndarray) -> list[Face]:
        grey = cv2.equalizeHist(cv2.cvtColor(picture, cv2.COLOR_RGB2GRAY))
        width = grey.shape[1]
        found = [(box, "front") for box in self._find(self.frontal, grey)]
        found += [(box, "left") for box in self._find(self.profile, grey)]
        found += [((width - x - w, y, w, h), "right")
                  for x, y, w, h in self._find(self.profile, cv2.flip(grey, 1))]
        kept: list[Face] = []
        for box, turned in sorted(found, key=lambda item: item[1] == "front"):
            if all(_overlap(box, face.box) < 0.3 for face in kept):
                kept.append(Face(box, 1.0, None, turned))
        return sorted(kept, key=lambda face: face.box[0])

    @staticmethod
    def _find(cascade: cv2.CascadeClassifier, grey: np.ndarray) -> list[tuple[int, ...]]:
        rows = cascade.detectMultiScale(grey, scaleFactor=1.1, minNeighbors=5, minSize=(24, 24))
        return [tuple(int(v) for v in row) for row in rows]


def _overlap(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    width = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    height = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    if width <= 0 or height <= 0:
        return 0.0
    return width * height / min(a[2] * a[3], b[2] * b[3])


def compare() -> list[Figure]:
    """Agreement and time per sample of each detector on the faces test film."""
    from tests.analysis.faces_material import make_faces_film

    with tempfile.TemporaryDirectory() as folder:
        film = make_faces_film(Path(folder) / "faces.mp4")
        info, table = open_recording(film.path, cache_dir=Path(folder))
        with FrameServer(info, table) as server:
            pictures = {i: server.frame(i) for i in sample_frames(table)}
    detectors: dict[str, Callable[[], object]] = {"YuNet (chosen)": YuNetDetector}
    if hasattr(cv2, "CascadeClassifier") and HAAR.is_dir():
        detectors["Haar cascades, frontal + profile"] = HaarDetector
    figures = []
    for name, make in detectors.items():
        detector = make()
        count = facing = 0
        begin = time.perf_counter()
        for index, picture in pictures.items():
            faces = detector.detect(picture)  # type: ignore[attr-defined]
            truth = film.truth(index)
            count += len(faces) == truth[0]
            facing += facing_each_other(faces) == truth[1]
        per = (time.perf_counter() - begin) / len(pictures)
        figures.append(Figure(f"{name}: faces visible / facing agreement, time per sample",
                              f"{count / len(pictures):.3f} / {facing / len(pictures):.3f}, "
                              f"{per * 1000:.1f} ms at 640x360", "", "≥ 0.95 (visible)",
                              count / len(pictures) >= 0.95))
    return figures


def speech_film(film: Path) -> Path:
    """``film``'s pictures with the 10-minute test conversation's sound (made once)."""
    from bench_analysis import make_film

    target = OUT / f"{film.stem}_speech.mp4"
    if not target.exists():
        sound, _truth = make_film(film_seconds(film) / 60, 0.012)
        subprocess.run([ffmpeg_binary(), "-v", "error", "-i", str(film), "-i", str(sound),
                        "-map", "0:v:0", "-map", "1:a:0", "-c", "copy", "-shortest", "-y",
                        str(target)], check=True)
    return target


def film_seconds(film: Path) -> float:
    return open_recording(film)[1].duration


def whole_figures(film: Path) -> list[Figure]:
    """The app's whole analysis of ``film`` (see the module), with an empty cache."""
    from vigeditor.project.analysis import analyse_for_case
    from vigeditor.project.case import Case
    from vigeditor.project.importing import import_recording

    with tempfile.TemporaryDirectory() as folder:
        case = Case.create(Path(folder) / "bench.vigcase", family_code="BENCH")
        try:
            recording = import_recording(case, film, cycle=1, link=True).recording
            seconds = case.frame_table(recording.id).duration
            stages: dict[str, float] = {}
            begin = time.perf_counter()
            stored = analyse_for_case(case, recording.id, on_stage=lambda stage: stages.
                                      setdefault(stage, time.perf_counter() - begin))
        finally:
            case.close()
    begin = time.perf_counter()  # the ffmpeg program decoding pictures and sound
    subprocess.run([ffmpeg_binary(), "-v", "error", "-i", str(film), "-f", "null", "-y",
                    "/dev/null"], check=True)
    decode = time.perf_counter() - begin
    target = "whole analysis ≥ 10x realtime"
    first, full = stages["faces-keyframes"], stages["faces"]
    base = f"ffmpeg decoding the film's pictures and sound: {decode:.1f} s " \
           f"({seconds / decode:.1f}x realtime)"
    return [
        Figure("Sound analysis done", f"{stages['sound']:.1f} s"),
        Figure("First complete analysis (sound, keyframes faces, suggestions stored)",
               f"{first:.1f} s: {seconds / first:.1f}x realtime", base, target,
               seconds / first >= 10),
        Figure(f"Full analysis (4/s faces, {len(stored)} suggestions stored again)",
               f"{full:.1f} s: {seconds / full:.1f}x realtime", base, target,
               seconds / full >= 10),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--film", type=Path, default=FILM)
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--compare-only", action="store_true")
    parser.add_argument("--whole", action="store_true")
    args = parser.parse_args()
    for fact in machine_facts():
        print(fact)
    if args.whole:
        film = speech_film(ensure_film(args.film))
        print(f"film: {film}; load {load_average()}")
        print_table("Whole analysis as the app runs it, 10-minute 1080p30 film with speech",
                    whole_figures(film))
        print(f"\nload average at the end: {load_average()}")
    elif not args.compare_only:
        film = ensure_film(args.film)
        print(f"film: {film}; load {load_average()}")
        print_table("Faces analysis, 10-minute 1080p30 film", speed_figures(film))
        print(f"\nload average at the end: {load_average()}")
    if args.compare or args.compare_only:
        print_table("Face detectors on the 18-s faces test film", compare())


if __name__ == "__main__":
    main()
