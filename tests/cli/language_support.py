"""What the language tests of the command line share: an English screen for the test
process, the ``vigeditor`` command run in a child without ``VIGEDITOR_LANG``, and a filled
family case to export from."""

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
from vigeditor import i18n
from vigeditor.project.case import Case

video = project_fixtures.video
template_case = project_fixtures.template_case


@pytest.fixture
def english_screen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The catalogues compiled and the test process's language English, reset after."""
    ensure_compiled()
    monkeypatch.setenv(i18n.ENV_VARIABLE, "en")
    yield
    i18n.set_language(None)


def run_vigeditor(*arguments: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    """``python -m vigeditor ARGUMENTS`` in a child that chooses its language itself."""
    environment = {**os.environ}
    environment.pop(i18n.ENV_VARIABLE, None)
    return subprocess.run([sys.executable, "-m", "vigeditor", *arguments], env=environment,
                          capture_output=True, text=True, timeout=120, check=check)


@pytest.fixture
def family_folder(tmp_path: Path, template_case: Path) -> Iterator[Path]:
    """A copy of the template case with a family's people, consent and coding."""
    folder = tmp_path / "family.vigcase"
    shutil.copytree(template_case, folder)
    with Case.open(folder) as case:
        fill_family(case)
    yield folder
