"""``vigeditor analyse``: the faces per sample, in seconds and frame-table frames."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.analysis.faces_material import FacesFilm, make_faces_film
from vigeditor.cli import main
from vigeditor.media.probe import open_recording


@pytest.fixture(scope="module")
def film(tmp_path_factory: pytest.TempPathFactory) -> FacesFilm:
    pytest.importorskip("skimage", reason="scikit-image (the dev extra) makes the test film")
    return make_faces_film(tmp_path_factory.mktemp("faces-cli") / "faces.mp4")


def test_json_faces_per_sample(film: FacesFilm, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyse", str(film.path), "--json", "--cache", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "faces" in data["computed"]
    _info, table = open_recording(film.path)
    samples = data["faces"]
    assert len(samples) == int(table.duration * 4)
    agree = 0
    for sample in samples:
        assert sample["frame"] == table.index_at(sample["time"])
        assert sample["count"] == len(sample["faces"])
        agree += (sample["count"], sample["facing"]) == film.truth(sample["frame"])
        for face in sample["faces"]:
            assert len(face["box"]) == 4 and face["turned"] in ("left", "right", "front")
    assert agree / len(samples) >= 0.95


def test_text_faces_per_sample(film: FacesFilm, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyse", str(film.path), "--cache", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Faces (72 samples):" in out
    # one line per sample: "   7.480 s  frame    187  2 faces  …" ("1 face": ngettext)
    lines = [line for line in out.splitlines() if re.search(r" s  frame +\d+  \d+ faces?", line)]
    assert len(lines) == 72
    assert sum("facing each other" in line for line in lines) >= 10
    assert "   7.480 s  frame    187  2 faces  facing each other" in out
