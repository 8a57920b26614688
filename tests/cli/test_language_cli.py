"""``vigeditor --language cy|nl|en`` (the app's and the messages' language, the help texts
included) and ``--language`` on the family document exports (issue 15)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cli import language_support
from tests.cli.language_support import run_vigeditor
from vigeditor import cli, i18n
from vigeditor.project.case import Case
from vigeditor.project.languages import family_language

video = language_support.video
template_case = language_support.template_case
english_screen = language_support.english_screen
family_folder = language_support.family_folder
pytestmark = pytest.mark.usefixtures("english_screen")


def _help(*arguments: str) -> str:
    return run_vigeditor(*arguments, check=True).stdout


def test_help_in_dutch_and_welsh() -> None:
    assert "Editor voor video-interactiebegeleiding. Zonder opdracht start de app." in \
        _help("--language", "nl", "--help")
    assert "Golygydd Arweiniad Rhyngweithio drwy Fideo" in _help("--language=cy", "--help")
    assert "Video Interaction Guidance editor." in _help("--help")
    assert "--language {en,cy,nl}" in _help("--help")


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def test_a_booklet_in_dutch_from_an_english_screen(family_folder: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "boekje.pdf"
    assert cli.main(["export", "booklet", str(family_folder), "-o", str(out),
                     "--language", "nl"]) == 0
    said = capsys.readouterr().out
    assert "written to" in said  # the guider's own line stays in the screen's language
    assert i18n.screen_language() == "en"  # a command's --language is the document's
    assert "Voor jullie gezin" in _pdf_text(out)
    with Case.open(family_folder) as case:
        assert family_language(case) == "en"  # the command line does not change the choice
    english = tmp_path / "booklet.pdf"
    assert cli.main(["export", "booklet", str(family_folder), "-o", str(english)]) == 0
    assert "For your family" in _pdf_text(english)


def test_an_unknown_language_is_one_error_line(family_folder: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:  # argparse's mistakes end in SystemExit
        cli.main(["export", "booklet", str(family_folder), "-o", str(tmp_path / "b.pdf"),
                  "--language", "de"])
    err = capsys.readouterr().err.strip().splitlines()
    assert stopped.value.code == 2 and len(err) == 1 and "invalid choice: 'de'" in err[0]
