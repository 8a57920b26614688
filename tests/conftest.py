"""Test set-up: Qt offscreen, private app folders, and the generated test recordings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _private_app_folders(tmp_path_factory: pytest.TempPathFactory,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep caches, logs and settings of each test out of the user's real folders."""
    base = tmp_path_factory.getbasetemp() / "app-folders"
    monkeypatch.setenv("VIGEDITOR_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("VIGEDITOR_LOG_DIR", str(base / "logs"))
    monkeypatch.setenv("VIGEDITOR_CONFIG_DIR", str(base / "config"))


# the conformance corpus of real-world recording kinds, generated once per session
from tests.data.fixtures import corpus, corpus_file  # noqa: E402, F401
