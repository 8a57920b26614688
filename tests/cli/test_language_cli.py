"""``vigeditor --language cy|nl|en`` (the app's and the messages' language, the help texts
included) and ``--language`` on the family document exports (issue 15)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.project import conftest as project_fixtures
from tests.project.test_booklet import fill_family
from tests.translations_built import ensure_compiled
from vigeditor import cli, i18n
from vigeditor.project.case import Case
from vigeditor.project.languages import family_language

video = project_fixtures.video
template_case = project_fixtures.template_case


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    ensure_compiled()
    monkeypatch.setenv(i18n.ENV_VARIABLE, "en")
    yield
    i18n.set_language(None)


def _help(*arguments: str) -> str:
    environment = {**os.environ}
    environment.pop(i18n.ENV_VARIABLE, None)
    done = subprocess.run([sys.executable, "-m", "vigeditor", *arguments], env=environment,
                          capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


def test_help_in_dutch_and_welsh() -> None:
    assert "Editor voor video-interactiebegeleiding. Zonder opdracht start de app." in \
        _help("--language", "nl", "--help")
    assert "Golygydd Arweiniad Rhyngweithio drwy Fideo" in _help("--language=cy", "--help")
    assert "Video Interaction Guidance editor." in _help("--help")
    assert "--language {en,cy,nl}" in _help("--help")


@pytest.fixture
def family_folder(tmp_path: Path, template_case: Path) -> Iterator[Path]:
    folder = tmp_path / "family.vigcase"
    shutil.copytree(template_case, folder)
    with Case.open(folder) as case:
        fill_family(case)
    yield folder


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
