"""``vigeditor case …``: the commands of issue 3 item 7, run in-process and as a program."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.data.videos import VideoSpec, make_video
from vigeditor.cli import main

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def film(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_video(tmp_path_factory.mktemp("cli") / "tea time.mp4",
                      VideoSpec(frames=40, width=160, height=120))


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def show(capsys: pytest.CaptureFixture[str], folder: Path) -> dict[str, Any]:
    code, out, err = run(capsys, "case", "show", folder, "--json")
    assert code == 0, err
    return dict(json.loads(out))


def test_a_case_from_new_to_show(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                 film: Path) -> None:
    case = tmp_path / "Jones"
    assert run(capsys, "case", "new", case, "--family", "JF-7", "--guider", "Ann")[0] == 0
    folder = tmp_path / "Jones.vigcase"
    assert (folder / "case.sqlite").is_file()
    code, out, _err = run(capsys, "case", "import", case, film, "--cycle", "1")
    assert code == 0 and "recording 1" in out and "40 frames" in out
    assert run(capsys, "case", "person", case, "--name", "Mum", "--role", "carer")[0] == 0
    assert run(capsys, "case", "person", case, "--name", "Sam", "--role", "child")[0] == 0
    assert run(capsys, "case", "consent", case, "--person", "mum", "--purpose", "review",
               "--given", "2024-03-01")[0] == 0
    assert run(capsys, "case", "consent", case, "--person", "Mum", "--purpose", "review",
               "--withdrawn", "2024-04-01")[0] == 0
    assert run(capsys, "case", "add-moment", folder, "--recording", "1", "--frame", "12",
               "--principle", "receiving.eye-contact", "--principle", "attentive",
               "--note", "Sam looks up")[0] == 0
    assert run(capsys, "case", "add-clip", case, "--recording", "1", "--in", "5", "--out",
               "20", "--caption", "You waited", "--principle", "encouraging.waiting")[0] == 0
    assert run(capsys, "case", "add-still", case, "--recording", "1", "--frame", "39",
               "--caption", "Smiles")[0] == 0

    data = show(capsys, case)
    assert data["recordings"] == [{
        "id": 1, "file": "media/tea time.mp4", "frames": 40, "cycle": 1, "kind": "interaction",
        "linked": False, "original_name": "tea time.mp4", "duration": pytest.approx(40 / 30),
        "sha256": data["recordings"][0]["sha256"]}]
    clip = data["clips"][0]
    assert {key: clip[key] for key in ("id", "recording", "in", "out", "caption",
                                       "principles")} == {
        "id": 1, "recording": 1, "in": 5, "out": 20, "caption": "You waited",
        "principles": ["encouraging.waiting"]}
    assert clip["in_time"] == pytest.approx(5 / 30)
    assert data["moments"][0]["principles"] == ["receiving.eye-contact", "attentive"]
    assert data["moments"][0]["frame"] == 12 and data["moments"][0]["note"] == "Sam looks up"
    assert [(s["frame"], s["caption"]) for s in data["stills"]] == [(39, "Smiles")]
    assert [(c["number"]) for c in data["cycles"]] == [1]
    assert [(p["name"], p["role"]) for p in data["people"]] == [("Mum", "carer"),
                                                              ("Sam", "child")]
    assert [(c["person"], c["purpose"], c["given"], c["withdrawn"])
            for c in data["consents"]] == [("Mum", "review", "2024-03-01", "2024-04-01")]

    code, out, _err = run(capsys, "case", "show", case)
    assert code == 0 and "JF-7" in out and "tea time.mp4" in out


@pytest.mark.parametrize(("argv", "message"), [
    (["add-clip", "{case}", "--recording", "1", "--in", "20", "--out", "5"],
     "error: A clip's out frame (5) cannot be before its in frame (20)."),
    (["add-moment", "{case}", "--recording", "1", "--frame", "40"],
     "error: The frame 40 is outside recording 1, which has frames 0 to 39."),
    (["add-moment", "{case}", "--recording", "1", "--frame", "3", "--principle", "hugging"],
     "error: 'hugging' is not a principle"),
    (["add-still", "{case}", "--recording", "2", "--frame", "3"],
     "error: There is no recording 2 in this case."),
    (["consent", "{case}", "--person", "Nobody", "--purpose", "review", "--given",
      "2024-01-01"], "error: There is nobody called 'Nobody' in this case."),
    (["consent", "{case}", "--person", "Mum", "--purpose", "filming", "--given",
      "01/02/2024"], "error: The date consent was given '01/02/2024' is not a valid date."),
    (["consent", "{case}", "--person", "Mum", "--purpose", "training", "--withdrawn",
      "2024-01-01"], "error: Mum has no consent in force for training to withdraw."),
    (["consent", "{case}", "--person", "Mum", "--purpose", "professional", "--given",
      "2024-01-01"], "error: Consent to share with a professional must name"),
    (["import", "{case}", "{text}"], "error: notes.mp4 is not a video file vigeditor can"),
    (["new", "{case}", "--family", "X"], "error: {case}.vigcase already exists."),
    (["show", "{missing}"], "error: There is no case at"),
])
def test_errors_are_one_plain_line_with_exit_2(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path, film: Path, argv: list[str],
                                               message: str) -> None:
    case = tmp_path / "fam"
    run(capsys, "case", "new", case, "--family", "F")
    run(capsys, "case", "import", case, film)
    run(capsys, "case", "person", case, "--name", "Mum", "--role", "carer")
    before = show(capsys, case)
    text = tmp_path / "notes.mp4"
    text.write_text("shopping list\n" * 50)
    values = {"case": str(case), "text": str(text), "missing": str(tmp_path / "gone")}
    code, _out, err = run(capsys, "case", *[part.format(**values) for part in argv])
    assert code == 2
    assert err.startswith(message.format(**values)), err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert show(capsys, case) == before


def test_a_wrong_option_value_is_one_plain_line(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["case", "person", str(tmp_path), "--name", "Nan", "--role", "grandparent"])
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert err.startswith("error: argument --role: invalid choice: 'grandparent'")
    assert err.count("\n") == 1


def test_import_recognises_a_file_already_in_the_case_and_links(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, film: Path) -> None:
    case = tmp_path / "fam"
    run(capsys, "case", "new", case, "--family", "F")
    run(capsys, "case", "import", case, film)
    code, out, _err = run(capsys, "case", "import", case, film, "--kind", "review")
    assert code == 0 and "already in the case as recording 1" in out
    other = make_video(tmp_path / "review.mp4", VideoSpec(frames=20, width=160, height=120))
    code, out, _err = run(capsys, "case", "import", case, other, "--link", "--kind", "review",
                          "--cycle", "3")
    assert code == 0
    recordings = show(capsys, case)["recordings"]
    assert [(r["id"], r["kind"], r["cycle"], r["linked"]) for r in recordings] == [
        (1, "interaction", 1, False), (2, "review", 3, True)]  # no --cycle: the latest, 1
    assert recordings[1]["file"] == other.resolve().as_posix()


def _program(*argv: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vigeditor", *map(str, argv)],
                          capture_output=True, text=True, cwd=REPO, timeout=120, check=False)


def test_the_installed_program_runs_case_commands(tmp_path: Path, film: Path) -> None:
    case = tmp_path / "prog"
    assert _program("case", "new", case, "--family", "P-1").returncode == 0
    imported = _program("case", "import", case, film, "--cycle", "2")
    assert imported.returncode == 0, imported.stderr
    refused = _program("case", "add-clip", case, "--recording", "1", "--in", "9", "--out", "3")
    assert refused.returncode == 2
    assert refused.stderr == "error: A clip's out frame (3) cannot be before its in frame (9).\n"
    shown = _program("case", "show", case, "--json")
    data = json.loads(shown.stdout)
    assert data["clips"] == [] and data["recordings"][0]["cycle"] == 2
