"""The demo film is made for the analysis lanes: the real speech detector and pitch tracker
hear its two made-up voices take turns, and the real face detector finds its two cartoon
faces and sees them turn towards each other (so the demo case and its screenshots show
voices, faces and suggested moments). Nothing is downloaded: no espeak, no photographs."""

from __future__ import annotations

from pathlib import Path

from vigeditor.analysis.faces_run import analyse_faces
from vigeditor.analysis.run import analyse_sound
from vigeditor.analysis.suggest import suggest
from vigeditor.media.demo_sound import CARER_AT, CHILD_AT, CYCLE
from vigeditor.media.demo_video import look, make_demo_video
from vigeditor.media.probe import open_recording

SECONDS = 16.0


def test_the_demo_film_has_two_voices_taking_turns_and_two_faces(tmp_path: Path) -> None:
    film = make_demo_video(tmp_path / "demo.mp4", SECONDS)
    sound = analyse_sound(str(film), str(tmp_path / "cache"), progress=lambda _share: None)
    said = [(round(v.start), v.voice) for v in sound.voices]
    expected = []
    for cycle in range(int(SECONDS // CYCLE)):
        if cycle % 3 != 2:
            expected.append((round(cycle * CYCLE + CARER_AT), "adult"))
        expected.append((round(cycle * CYCLE + CHILD_AT), "child"))
    assert said == expected
    info, table = open_recording(film, cache_dir=tmp_path / "tables")
    faces = analyse_faces(str(film), str(tmp_path / "cache"), info, table,
                          progress=lambda _share: None)
    samples = faces.samples
    assert sum(s.count == 2 for s in samples) >= 0.95 * len(samples)
    turned = [s for s in samples if look(s.time) >= 0.99]  # both fully turned to each other
    away = [s for s in samples if look(s.time) <= -0.99]
    # the child's face, small and softened by the compression, is not always seen turned
    assert turned and sum(s.facing for s in turned) >= 0.5 * len(turned)
    assert away and not any(s.facing for s in away)
    found = suggest(sound, faces)
    assert any(s.kind == "exchange" and len(s.reasons) == 2 for s in found)
