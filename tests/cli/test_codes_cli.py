"""Issue 12, command line: ``vigeditor codes``, principle keys (``2w``) beside codes, ``case
new`` naming a case as the app does, a closed pipe ending quietly, and ``screenshots --case``
saying at once that a case is open elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.data.videos import VideoSpec, make_video
from vigeditor.cli import EXIT_CLOSED_PIPE, main
from vigeditor.project.case import Case, new_case_folder
from vigeditor.project.demo import create_demo_case
from vigeditor.project.model import PURPOSES
from vigeditor.project.scheme import Scheme, default_scheme_text

REPO = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def program(*argv: str | Path, stdout: int = subprocess.PIPE
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vigeditor", *map(str, argv)],
                          stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=REPO,
                          timeout=120, check=False)


@pytest.fixture(scope="module")
def film(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_video(tmp_path_factory.mktemp("codes") / "play.mp4",
                      VideoSpec(frames=20, width=160, height=120))


def test_codes_lists_purposes_and_principles_with_their_keys(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "codes")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Consent purposes (--purpose):"
    assert [line.split()[0] for line in lines[1:1 + len(PURPOSES)]] == list(PURPOSES)
    assert "  family-copy   the family receives copies: booklet, review pack" in lines
    assert "  2   encouraging                            Encouraging initiatives" in lines
    assert "  2w    encouraging.waiting                  Waiting" in lines

    code, out, err = run(capsys, "codes", "--json")
    data = json.loads(out)
    assert [purpose["code"] for purpose in data["purposes"]] == list(PURPOSES)
    assert {"code": "receiving.eye-contact", "keys": "3e", "group": "receiving",
            "name": "Returning eye contact, smiling, nodding in response"} in data["principles"]
    assert len(data["principles"]) == 6 + 5 + 7 + 6 + 8 + 6 + 8


def test_codes_of_a_case_use_that_case_s_scheme(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    scheme = json.loads(default_scheme_text())
    scheme["name"] = "Local variant"
    scheme["groups"][0]["items"][0]["hotkey"] = "z"
    Case.create(tmp_path / "own", family_code="OW-1", scheme_text=json.dumps(scheme)).close()
    code, out, err = run(capsys, "codes", "--case", tmp_path / "own", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["scheme"]["name"] == "Local variant"
    assert data["principles"][1]["keys"] == "1z"
    code, _out, err = run(capsys, "codes", "--case", tmp_path / "missing")
    assert code == 2 and err.startswith("error: There is no case at") and err.count("\n") == 1


def test_principle_keys_are_taken_beside_codes(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path, film: Path) -> None:
    case = tmp_path / "keys"
    for step in [("case", "new", case, "--family", "K-1"), ("case", "import", case, film),
                 ("case", "add-moment", case, "--recording", "1", "--frame", "3",
                  "--principle", "2w", "--principle", "3", "--principle", "4R",
                  "--principle", "attentive.wondering"),
                 ("case", "add-clip", case, "--recording", "1", "--in", "1", "--out", "9",
                  "--principle", "3e"),
                 ("case", "add-still", case, "--recording", "1", "--frame", "5",
                  "--principle", "6g", "--principle", "5")]:
        code, _out, err = run(capsys, *step)
        assert code == 0, err
    code, out, _err = run(capsys, "case", "show", case, "--json")
    data = json.loads(out)
    assert data["moments"][0]["principles"] == [
        "encouraging.waiting", "receiving", "developing.receive-then-respond",
        "attentive.wondering"]
    assert data["clips"][0]["principles"] == ["receiving.eye-contact"]
    assert data["stills"][0]["principles"] == ["deepening.goal-setting", "guiding"]

    code, out, err = run(capsys, "case", "add-moment", case, "--recording", "1", "--frame",
                         "4", "--principle", "2z")
    assert code == 2 and out == ""
    assert err.startswith("error: '2z' is not a principle in this case's coding scheme")
    assert err.count("\n") == 1


def test_scheme_keys_both_ways() -> None:
    scheme = Scheme.parse(default_scheme_text())
    for code in scheme.codes():
        assert scheme.code_for_hotkeys(scheme.hotkeys(code)) == code
    assert scheme.code_for_hotkeys("7") is None and scheme.code_for_hotkeys("") is None


def test_case_new_in_a_folder_is_named_as_the_app_names_it(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The New case dialog makes chosen folder / family code (.vigcase added):
    new_case_folder, the one function both use."""
    cases = tmp_path / "cases"
    cases.mkdir()
    assert new_case_folder(cases, " JF-7 ") == cases / "JF-7.vigcase"
    code, out, err = run(capsys, "case", "new", cases, "--family", " JF-7 ")
    assert code == 0, err
    assert (cases / "JF-7.vigcase" / "case.sqlite").is_file()
    assert out == f"case JF-7 created in {cases / 'JF-7.vigcase'}\n"
    code, _out, err = run(capsys, "case", "new", cases, "--family", "JF-7")
    assert (code, err) == (2, f"error: {cases / 'JF-7.vigcase'} already exists. Choose "
                              "another name or folder for the new case.\n")
    code, _out, err = run(capsys, "case", "new", cases, "--family", "a/b")
    assert (code, err) == (2, "error: The family code cannot contain line breaks, tabs or "
                              "slashes.\n")
    # a path that is no folder yet names the case itself, as before
    assert run(capsys, "case", "new", tmp_path / "Jones", "--family", "JF-8")[0] == 0
    assert (tmp_path / "Jones.vigcase" / "case.sqlite").is_file()


@pytest.mark.parametrize("argv", [["codes"], ["codes", "--json"], ["case", "show", "{case}"],
                                  ["case", "review", "{case}", "--cycle", "1"]])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, argv: list[str]) -> None:
    """The reader has gone before vigeditor writes (its end of the pipe closed before the
    program starts): no traceback, no BrokenPipeError, exit status 141 as for SIGPIPE."""
    create_demo_case(tmp_path / "DEMO", seconds=1).close()
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = program(*[part.format(case=tmp_path / "DEMO") for part in argv],
                       stdout=write_end)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (EXIT_CLOSED_PIPE, "")


def test_a_pipe_to_head_ends_quietly(tmp_path: Path) -> None:
    """As typed in a shell: `vigeditor codes | head -2`."""
    command = f"'{sys.executable}' -m vigeditor codes | head -2"
    done = subprocess.run(["sh", "-c", command], capture_output=True, text=True, cwd=REPO,
                          timeout=120, check=False)
    assert done.stdout.splitlines() == ["Consent purposes (--purpose):",
                                        "  filming       filming the family at home"]
    assert done.stderr == "" and done.returncode == 0


def test_screenshots_of_a_case_open_elsewhere_say_so_at_once(tmp_path: Path) -> None:
    """The lock is held by this test process; the program must not wait for it."""
    demo = create_demo_case(tmp_path / "DEMO", seconds=1)
    try:
        done = program("screenshots", tmp_path / "shots", "--case", demo.folder)
    finally:
        demo.close()
    assert done.returncode == 2
    assert done.stderr == (
        f"error: The case DEMO.vigcase is already open in another vigeditor window or "
        f"program (process {os.getpid()} on {os.uname().nodename}). Close it there first.\n")
    assert not (tmp_path / "shots").exists() or not any((tmp_path / "shots").iterdir())
