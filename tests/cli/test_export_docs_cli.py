"""``vigeditor export booklet|supervision|logbook`` through ``vigeditor.cli.main``."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.project import conftest as project_fixtures
from tests.project.test_booklet import fill_family
from vigeditor import cli
from vigeditor.project import cycles, people
from vigeditor.project.case import Case

# the project layer's fixtures: a generated recording imported once into a template case
video = project_fixtures.video
template_case = project_fixtures.template_case


@pytest.fixture
def family_folder(tmp_path: Path, template_case: Path) -> Iterator[Path]:
    folder = tmp_path / "family.vigcase"
    shutil.copytree(template_case, folder)
    with Case.open(folder) as case:
        fill_family(case)
    yield folder


def test_booklet_and_supervision_commands(family_folder: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "booklet.pdf"
    assert cli.main(["export", "booklet", str(family_folder), "-o", str(out), "--a5",
                     "--title", "Our bedtime book"]) == 0
    assert "written to" in capsys.readouterr().out
    assert PdfReader(out).metadata.title == "Our bedtime book"
    assert cli.main(["export", "supervision", str(family_folder), "--cycle", "1", "-o",
                     str(tmp_path / "pack")]) == 0
    assert (tmp_path / "pack.zip").is_file()
    assert cli.main(["export", "supervision", str(family_folder), "--cycle", "9", "-o",
                     str(tmp_path / "pack9")]) == 2
    assert capsys.readouterr().err.strip() == "error: There is no cycle 9 in this case."


def test_booklet_refused_is_one_error_line(family_folder: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    with Case.open(family_folder) as case:
        child = people.find_person(case, "Jaden Okafor")
        people.withdraw_consent(case, child.id, "family-copy", "2026-02-01")
    code = cli.main(["export", "booklet", str(family_folder), "-o", str(tmp_path / "b.pdf")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and err[0].startswith("error: Export refused")
    assert not (tmp_path / "b.pdf").exists()


def test_logbook_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = tmp_path / "ws"
    workspace.mkdir()
    with Case.create(workspace / "GH-7", family_code="GH-7") as case:
        cycles.add_cycle(case, 1, filming_date="2026-01-05", review_date="2026-01-12")
    assert cli.main(["export", "logbook", str(workspace), "-o", str(tmp_path / "l.csv")]) == 0
    assert "1 cycles counted, 1 clients" in capsys.readouterr().out
    rows = list(csv.reader((tmp_path / "l.csv").read_text("utf-8-sig").splitlines()))
    assert rows[1][:6] == ["cycle", "GH-7", "1", "2026-01-05", "2026-01-12", "yes"]
    assert cli.main(["export", "logbook", str(workspace), "-o", str(tmp_path / "l.txt")]) == 2
    assert capsys.readouterr().err.startswith("error: Give the file a name ending in .pdf")
