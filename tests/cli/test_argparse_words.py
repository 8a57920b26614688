"""argparse's own words and the CLI's error lines in the guider's language (issue 15), and
the audit entry of a document written in another language in the guider's language."""

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
from vigeditor.project import audit
from vigeditor.project.case import Case

video = project_fixtures.video
template_case = project_fixtures.template_case


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    ensure_compiled()
    monkeypatch.setenv(i18n.ENV_VARIABLE, "en")
    yield
    i18n.set_language(None)


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ}
    environment.pop(i18n.ENV_VARIABLE, None)
    return subprocess.run([sys.executable, "-m", "vigeditor", *arguments], env=environment,
                          capture_output=True, text=True, timeout=120)


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
        tmp_path: Path, template_case: Path) -> None:
    folder = tmp_path / "family.vigcase"
    shutil.copytree(template_case, folder)
    with Case.open(folder) as case:
        fill_family(case)
    assert cli.main(["--language", "cy", "export", "booklet", str(folder), "-o",
                     str(tmp_path / "boekje.pdf"), "--language", "nl"]) == 0
    with Case.open(folder) as case:
        what = audit.list_exports(case)[-1].what
    assert what.startswith("Llyfryn nodiadau'r teulu (")  # Welsh screen, Dutch booklet
