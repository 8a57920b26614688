"""argparse's own words and the CLI's error lines in the guider's language (issue 15), and
the audit entry of a document written in another language in the guider's language."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cli import language_support
from tests.cli.language_support import run_vigeditor
from vigeditor import cli
from vigeditor.project import audit
from vigeditor.project.case import Case

video = language_support.video
template_case = language_support.template_case
english_screen = language_support.english_screen
family_folder = language_support.family_folder
pytestmark = pytest.mark.usefixtures("english_screen")


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return run_vigeditor(*arguments)


def test_help_is_welsh_throughout() -> None:
    shown = _run("--language", "cy", "--help").stdout
    assert shown.startswith("defnydd: vigeditor")
    assert "\nopsiynau:\n" in shown and "dadleuon safle" in shown
    assert "dangos y neges gymorth hon a gadael" in shown
    assert "dangos rhif fersiwn y rhaglen a gadael" in shown
    for english in ("usage:", "options:", "positional arguments", "show this help message"):
        assert english not in shown


def test_a_command_help_and_a_mistake_in_dutch() -> None:
    shown = _run("--language", "nl", "export", "booklet", "--help").stdout
    assert shown.startswith("gebruik: vigeditor export booklet") and "\nopties:\n" in shown
    done = _run("--language", "nl", "export", "booklet")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "fout: de volgende argumenten zijn verplicht: dir, -o/--output "
        "(zie 'vigeditor export booklet --help')"]


def test_the_audit_entry_of_a_dutch_booklet_is_in_the_guiders_language(
        tmp_path: Path, family_folder: Path) -> None:
    folder = family_folder
    assert cli.main(["--language", "cy", "export", "booklet", str(folder), "-o",
                     str(tmp_path / "boekje.pdf"), "--language", "nl"]) == 0
    with Case.open(folder) as case:
        what = audit.list_exports(case)[-1].what
    assert what.startswith("Llyfryn nodiadau'r teulu (")  # Welsh screen, Dutch booklet
