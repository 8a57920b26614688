"""Fixtures for UI tests: a real case with a real imported recording, and its session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.data.videos import VideoSpec, make_video
from vigeditor.project.case import Case
from vigeditor.project.importing import import_recording
from vigeditor.project.model import Recording
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.session import CaseSession


@pytest.fixture(scope="session")
def film(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 4-second film with sound; every frame shows its number."""
    folder = tmp_path_factory.mktemp("films")
    return make_video(folder / "visit.mp4", VideoSpec(frames=120, width=320, height=240,
                                                      gop=15, audio=True))


@pytest.fixture(scope="session")
def portrait(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A phone held upright: stored landscape, shown 180 × 320 after a quarter turn."""
    folder = tmp_path_factory.mktemp("portrait")
    return make_video(folder / "upright.mp4", VideoSpec(frames=60, width=180, height=320,
                                                        rotation_cw=90, gop=15))


@pytest.fixture
def case(tmp_path: Path, film: Path) -> Iterator[Case]:
    opened = Case.create(tmp_path / "family", family_code="F01", guider="Sam Guider")
    yield opened
    opened.close()


@pytest.fixture
def recording(case: Case, film: Path) -> Recording:
    return import_recording(case, film, cycle=1).recording


@pytest.fixture
def session(case: Case, recording: Recording, qapp: object) -> Iterator[CaseSession]:
    """The session of a case that already has one imported recording (not on the stack)."""
    opened = CaseSession(case)
    yield opened
    opened.undo_stack.clear()


@pytest.fixture
def state(session: CaseSession, recording: Recording) -> EditorState:
    editor = EditorState()
    editor.set_recording(recording, session.case.frame_table(recording.id))
    return editor
