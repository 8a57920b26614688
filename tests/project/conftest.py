"""Fixtures for the project layer: real case folders in tmp_path, real generated videos."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.data.videos import VideoSpec, make_video
from vigeditor.project.case import Case
from vigeditor.project.importing import import_recording

FRAMES = 60


@pytest.fixture(scope="session")
def video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 60-frame 160x120 H.264 recording whose frames show their numbers."""
    return make_video(tmp_path_factory.mktemp("videos") / "family-film.mp4",
                      VideoSpec(frames=FRAMES, width=160, height=120))


@pytest.fixture(scope="session")
def template_case(tmp_path_factory: pytest.TempPathFactory, video: Path) -> Path:
    """A closed case with the video imported once (probing costs a child process)."""
    folder = tmp_path_factory.mktemp("template") / "template.vigcase"
    with Case.create(folder, family_code="FAM-1", guider="Guider G") as case:
        import_recording(case, video, cycle=1)
    return folder


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    """A new, empty case, open."""
    opened = Case.create(tmp_path / "family", family_code="FAM-1", guider="Guider G")
    yield opened
    opened.close()


@pytest.fixture
def case_with_recording(tmp_path: Path, template_case: Path) -> Iterator[Case]:
    """A case with one 60-frame recording (id 1) in cycle 1, open."""
    folder = tmp_path / "family.vigcase"
    shutil.copytree(template_case, folder)
    opened = Case.open(folder)
    yield opened
    opened.close()

