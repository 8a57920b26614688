"""``vigeditor case review`` (issue 12, command line): a case built from the command line
alone gets a shared review plan with talking points, and exports its review pack."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.data.videos import VideoSpec, make_video
from vigeditor.cli import main
from vigeditor.project.case import Case
from vigeditor.project.reviews import list_items


@pytest.fixture(scope="module")
def film(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_video(tmp_path_factory.mktemp("review") / "bath time.mp4",
                      VideoSpec(frames=40, width=160, height=120))


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return out


@pytest.fixture
def case_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path, film: Path) -> Path:
    """Cycle 1 with clips 1, 2 and still 1; cycle 2 with clip 3; consent for family copies."""
    folder = tmp_path / "Lee.vigcase"
    ok(capsys, "case", "new", folder, "--family", "LEE-2")
    ok(capsys, "case", "import", folder, film, "--cycle", "1")
    second = make_video(tmp_path / "park.mp4", VideoSpec(frames=30, width=160, height=120))
    ok(capsys, "case", "import", folder, second, "--cycle", "2")
    ok(capsys, "case", "person", folder, "--name", "Dad", "--role", "carer")
    ok(capsys, "case", "consent", folder, "--person", "Dad", "--purpose", "family-copy",
       "--given", "2025-02-01")
    ok(capsys, "case", "add-clip", folder, "--recording", "1", "--in", "2", "--out", "12",
       "--caption", "You waited", "--principle", "2w")
    ok(capsys, "case", "add-clip", folder, "--recording", "1", "--in", "20", "--out", "30")
    ok(capsys, "case", "add-still", folder, "--recording", "1", "--frame", "35",
       "--caption", "Smiles")
    ok(capsys, "case", "add-clip", folder, "--recording", "2", "--in", "1", "--out", "9")
    return folder


def plan(folder: Path, cycle: int = 1) -> list[tuple[Any, Any, str]]:
    with Case.open(folder) as case:
        cycle_id = case.rows("SELECT id FROM cycles WHERE number = ?", [cycle])[0]["id"]
        return [(item.clip_id, item.still_id, item.talking_points)
                for item in list_items(case, cycle_id)]


def test_review_adds_items_in_order_with_points_and_the_pack_exports(
        capsys: pytest.CaptureFixture[str], case_dir: Path, tmp_path: Path) -> None:
    out = ok(capsys, "case", "review", case_dir, "--cycle", "1",
             "--add", "clip:1", "--points", "What do you see here?",
             "--add", "still:1", "--points", "How do you think Sam felt?",
             "--add", "clip:2")
    assert plan(case_dir) == [(1, None, "What do you see here?"),
                              (None, 1, "How do you think Sam felt?"), (2, None, "")]
    assert out.splitlines() == [
        "Shared review of cycle 1:", "  1. clip:1", "       What do you see here?",
        "  2. still:1", "       How do you think Sam felt?", "  3. clip:2"]

    out = ok(capsys, "export", "review-pack", case_dir, "--cycle", "1", "-o", tmp_path / "pack")
    assert "review pack of cycle 1 written to" in out


def test_an_item_already_in_the_plan_gets_new_points_not_a_second_place(
        capsys: pytest.CaptureFixture[str], case_dir: Path) -> None:
    ok(capsys, "case", "review", case_dir, "--cycle", "1", "--add", "clip:1", "--points", "a")
    ok(capsys, "case", "review", case_dir, "--cycle", "1", "--add", "CLIP:1", "--points", "b",
       "--add", "still:1")
    ok(capsys, "case", "review", case_dir, "--cycle", "1", "--add", "still:1")
    assert plan(case_dir) == [(1, None, "b"), (None, 1, "")]


def test_review_without_add_shows_the_plan_and_json(capsys: pytest.CaptureFixture[str],
                                                     case_dir: Path) -> None:
    assert ok(capsys, "case", "review", case_dir, "--cycle", "2") == \
        "The shared review of cycle 2 has nothing in it yet.\n"
    ok(capsys, "case", "review", case_dir, "--cycle", "2", "--add", "clip:3", "--points",
       "What helped?")
    data = json.loads(ok(capsys, "case", "review", case_dir, "--cycle", "2", "--json"))
    assert data["cycle"] == 2
    assert [{k: v for k, v in item.items() if k != "item"} for item in data["items"]] == [
        {"position": 1, "kind": "clip", "id": 3, "talking_points": "What helped?"}]


@pytest.mark.parametrize(("argv", "message"), [
    (["--cycle", "7", "--add", "clip:1"], "error: there is no cycle 7 in this case\n"),
    (["--cycle", "1", "--add", "clip:99"], "error: there is no clip 99 in this case\n"),
    (["--cycle", "1", "--add", "still:5"], "error: there is no still 5 in this case\n"),
    (["--cycle", "1", "--add", "clip:1", "--add", "clip:3"],
     "error: clip 3 is from a recording of another cycle; the shared review of cycle 1 "
     "shows that cycle's clips and stills\n"),
    (["--cycle", "1", "--add", "moment:1"],
     "error: --add takes clip:ID or still:ID (e.g. clip:3), not 'moment:1'\n"),
    (["--cycle", "1", "--add", "clip:x"],
     "error: --add takes clip:ID or still:ID (e.g. clip:3), not 'clip:x'\n"),
    (["--cycle", "1", "--add", "clip:1", "--points", "a", "--points", "b"],
     "error: --points goes with an --add before or after it: there are 2 --points and "
     "1 --add\n"),
])
def test_review_errors_are_one_line_and_change_nothing(
        capsys: pytest.CaptureFixture[str], case_dir: Path, argv: list[str],
        message: str) -> None:
    code, out, err = run(capsys, "case", "review", case_dir, *argv)
    assert (code, out, err) == (2, "", message)
    assert plan(case_dir) == []


def test_a_clip_of_another_case_is_refused(capsys: pytest.CaptureFixture[str],
                                           case_dir: Path, tmp_path: Path, film: Path) -> None:
    """Clip 1 of the Lee case means nothing in another case with the same film."""
    other = tmp_path / "Other"
    ok(capsys, "case", "new", other, "--family", "OT-1")
    ok(capsys, "case", "import", other, film, "--cycle", "1")
    code, _out, err = run(capsys, "case", "review", other, "--cycle", "1", "--add", "clip:1")
    assert (code, err) == (2, "error: there is no clip 1 in this case\n")


def test_import_without_cycle_goes_into_the_latest_cycle_as_in_the_app(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, film: Path) -> None:
    """`case import` without --cycle puts the film in cycle 1 of a new case (then the
    latest cycle), so `case review --cycle 1` works on it (found by trying the CLI)."""
    folder = tmp_path / "Ray.vigcase"
    ok(capsys, "case", "new", folder, "--family", "RAY-1")
    ok(capsys, "case", "import", folder, film)
    ok(capsys, "case", "add-clip", folder, "--recording", "1", "--in", "2", "--out", "12")
    ok(capsys, "case", "review", folder, "--cycle", "1", "--add", "clip:1")
    assert len(plan(folder)) == 1
    case = Case.open(folder)
    try:
        from vigeditor.project import cycles, recordings

        assert [r.cycle_id for r in recordings.list_recordings(case)] == [
            cycles.cycle_by_number(case, 1).id]
    finally:
        case.close()
