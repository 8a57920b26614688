"""The film with speech at known times, made once per test session (needs espeak-ng)."""

from __future__ import annotations

import pytest

from tests.analysis.material import SpeechFilm, have_espeak, make_speech_film


@pytest.fixture(scope="session")
def speech_film(tmp_path_factory: pytest.TempPathFactory) -> SpeechFilm:
    if not have_espeak():
        pytest.skip("espeak-ng (Debian package espeak-ng) is not installed")
    return make_speech_film(tmp_path_factory.mktemp("speech") / "conversation.mp4")
