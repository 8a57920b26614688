"""``vigeditor export clip|still|review-pack`` (issue 6 item 7), run in-process and once as a
program."""

from __future__ import annotations

import argparse
import subprocess
import sys
import zipfile
from pathlib import Path

import cv2
import pytest

from tests.data.videos import VideoSpec, make_video, read_code, read_codes
from vigeditor.cli import build_parser, main
from vigeditor.cli_export import add_export_commands
from vigeditor.media.render import count_video_frames
from vigeditor.project.audit import list_exports
from vigeditor.project.case import Case

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def film(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_video(tmp_path_factory.mktemp("cli-export") / "visit.mp4",
                      VideoSpec(frames=45, width=160, height=120, audio=True))


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def case_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path, film: Path) -> Path:
    """A case with a film, a clip (1), a still (1), cycle 1's review, and Mum and Sam who
    consented to family copies but not to supervision."""
    folder = tmp_path / "Jones.vigcase"
    steps = [
        ("case", "new", folder, "--family", "JF-7"),
        ("case", "import", folder, film, "--cycle", "1"),
        ("case", "person", folder, "--name", "Mum", "--role", "carer"),
        ("case", "person", folder, "--name", "Sam", "--role", "child"),
        ("case", "consent", folder, "--person", "Mum", "--purpose", "family-copy",
         "--given", "2025-01-01"),
        ("case", "consent", folder, "--person", "Sam", "--purpose", "family-copy",
         "--given", "2025-01-01"),
        ("case", "add-clip", folder, "--recording", "1", "--in", "6", "--out", "30",
         "--caption", "You waited"),
        ("case", "add-still", folder, "--recording", "1", "--frame", "33", "--caption",
         "Smiles"),
    ]
    for step in steps:
        code, _out, err = run(capsys, *step)
        assert code == 0, err
    from vigeditor.project.reviews import add_item

    with Case.open(folder) as case:
        add_item(case, 1, clip_id=1, talking_points="ask Mum what she saw")
        add_item(case, 1, still_id=1)
    return folder


def _audit(folder: Path) -> list[str]:
    with Case.open(folder) as case:
        return [entry.purpose for entry in list_exports(case)]


def test_export_clip_still_and_review_pack(capsys: pytest.CaptureFixture[str],
                                           case_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code, said, err = run(capsys, "export", "clip", case_dir, "--clip", "1", "-o",
                          out / "waited.mp4", "--size", "720p", "--burn-caption")
    assert code == 0, err
    assert "clip 1 written to" in said
    assert count_video_frames(out / "waited.mp4") == 25  # the caption hides the corner mark

    code, said, err = run(capsys, "export", "clip", case_dir, "--clip", "1", "-o",
                          out / "slow.mp4", "--slow-motion")
    assert code == 0, err
    assert read_codes(out / "slow.mp4") == list(range(6, 31))

    code, said, err = run(capsys, "export", "still", case_dir, "--still", "1", "-o",
                          out / "smile.png")
    assert code == 0, err
    picture = cv2.cvtColor(cv2.imread(str(out / "smile.png")), cv2.COLOR_BGR2RGB)
    assert read_code(picture) == 33

    code, said, err = run(capsys, "export", "review-pack", case_dir, "--cycle", "1", "-o",
                          out / "review")
    assert code == 0, err
    assert (out / "review" / "index.html").is_file()
    with zipfile.ZipFile(out / "review.zip") as bundle:
        assert sorted(bundle.namelist()) == ["review/JF-7-cycle1-01-clip.mp4",
                                             "review/JF-7-cycle1-02-still.jpg",
                                             "review/index.html"]
    assert _audit(case_dir) == ["family-copy"] * 4


def test_refusals_end_with_one_error_line(capsys: pytest.CaptureFixture[str], case_dir: Path,
                                          tmp_path: Path) -> None:
    code, _said, err = run(capsys, "export", "clip", case_dir, "--clip", "1", "-o",
                          tmp_path / "sup.mp4", "--purpose", "supervision")
    assert code == 2
    assert err == ("error: Export refused: consent for supervision is missing for Mum (carer) "
                   "and Sam (child). "
                   "Or blur the faces of people without consent: they are then not shown.\n")
    assert not (tmp_path / "sup.mp4").exists()

    assert run(capsys, "case", "consent", case_dir, "--person", "Sam", "--purpose",
               "family-copy", "--withdrawn", "2025-06-01")[0] == 0
    code, _said, err = run(capsys, "export", "review-pack", case_dir, "--cycle", "1", "-o",
                           tmp_path / "pack")
    assert code == 2
    assert err == ("error: Export refused: consent for the family's own copy is withdrawn "
                   "for Sam (child) on 2025-06-01. "
                   "Or blur the faces of people without consent: they are then not shown.\n")
    code, _said, err = run(capsys, "export", "still", case_dir, "--still", "1", "-o",
                           tmp_path / "still.png")
    assert code == 2 and "withdrawn for Sam" in err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["Jones.vigcase"]
    assert _audit(case_dir) == []


def test_mistakes_are_plain(capsys: pytest.CaptureFixture[str], case_dir: Path,
                            tmp_path: Path) -> None:
    cases = [
        (("export", "clip", case_dir, "--clip", "9", "-o", tmp_path / "a.mp4"),
         "There is no clip 9"),
        (("export", "still", case_dir, "--still", "1", "-o", tmp_path / "a.bmp"), ".png"),
        (("export", "review-pack", case_dir, "--cycle", "4", "-o", tmp_path / "p"),
         "no cycle 4"),
        (("export", "clip", tmp_path / "nobody", "--clip", "1", "-o", tmp_path / "a.mp4"),
         "There is no case"),
        (("export", "clip", case_dir, "--clip", "1", "-o", tmp_path / "a.mp4",
          "--purpose", "professional"), "say which professional"),
    ]
    for argv, message in cases:
        code, _said, err = run(capsys, *argv)
        assert code == 2 and err.startswith("error: ") and message in err, err
        assert err.count("\n") == 1
    with pytest.raises(SystemExit) as stopped:
        run(capsys, "export", "clip", case_dir, "--clip", "1", "-o", tmp_path / "a.mp4",
            "--purpose", "facebook")
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and err.startswith("error: ") and "invalid choice" in err
    assert not list(tmp_path.glob("*.mp4"))


def test_other_exports_can_join_the_group() -> None:
    commands = argparse.ArgumentParser().add_subparsers()
    group = add_export_commands(commands)
    booklet = group.add_parser("booklet")
    booklet.add_argument("dir")
    assert "booklet" in group.choices and {"clip", "still", "review-pack"} <= set(group.choices)
    parsed = build_parser().parse_args(["export", "clip", "X", "--clip", "3", "-o", "a.mp4"])
    assert (parsed.clip, parsed.purpose, parsed.size, parsed.slow_motion) == (3, None,
                                                                              "original", False)


def test_the_installed_command(case_dir: Path, tmp_path: Path) -> None:
    completed = subprocess.run([sys.executable, "-m", "vigeditor", "export", "clip",
                                str(case_dir), "--clip", "1", "-o", str(tmp_path / "c.mp4")],
                               capture_output=True, text=True, cwd=REPO, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert read_codes(tmp_path / "c.mp4") == list(range(6, 31))


def test_a_damaged_frame_is_reported_in_plain_words(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    """A still and a clip over a frame the decoder cannot make are written, and the
    command says which frame was used instead."""
    from tests.data.corpus_audio import make_damaged_mjpeg

    webcam = make_damaged_mjpeg(tmp_path / "webcam.avi").path
    folder = tmp_path / "Webcam.vigcase"
    for step in [("case", "new", folder, "--family", "W-1"),
                 ("case", "import", folder, webcam, "--cycle", "1"),
                 ("case", "person", folder, "--name", "Mum", "--role", "carer"),
                 ("case", "consent", folder, "--person", "Mum", "--purpose", "family-copy",
                  "--given", "2025-01-01"),
                 ("case", "add-still", folder, "--recording", "1", "--frame", "17"),
                 ("case", "add-clip", folder, "--recording", "1", "--in", "15", "--out", "19")]:
        code, _out, err = run(capsys, *step)
        assert code == 0, err
    code, out, _err = run(capsys, "export", "still", folder, "--still", "1",
                          "-o", tmp_path / "still.png")
    assert code == 0 and "note: Frame 17 was damaged; frame 16 was used." in out
    code, out, _err = run(capsys, "export", "clip", folder, "--clip", "1",
                          "-o", tmp_path / "clip.mp4")
    assert code == 0 and "note: Frame 17 was damaged; frame 16 was used." in out


@pytest.mark.parametrize(("kind", "listed", "default"), [
    ("clip", "family-copy, professional, supervision, training, research", "family-copy"),
    ("booklet", "family-copy, professional", "family-copy"),
    ("supervision", "supervision, training", "supervision"),
])
def test_purpose_help_lists_what_each_export_can_serve(
        capsys: pytest.CaptureFixture[str], kind: str, listed: str, default: str) -> None:
    with pytest.raises(SystemExit):
        main(["export", kind, "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"a consent code): {listed}; default {default}" in help_text
    assert "filming" not in help_text
