"""Pytest fixtures offering the conformance corpus to any test module.

Import them where they are needed; no change to ``tests/conftest.py`` is required::

    from tests.data.fixtures import corpus, corpus_file  # in a conftest.py or a test module

``corpus`` is generated once per test session (about 2-4 s for all kinds); ``corpus_file``
runs a test once for every kind. Outside pytest, call :func:`tests.data.corpus.make_corpus`.
"""

from __future__ import annotations

import pytest

from tests.data.corpus import KINDS, CorpusFile, make_corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CorpusFile]:
    """Every corpus kind, written once per session into a temporary folder: kind -> file."""
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(params=sorted(KINDS))
def corpus_file(request: pytest.FixtureRequest, corpus: dict[str, CorpusFile]) -> CorpusFile:
    """One corpus file; a test using it runs once for each kind."""
    return corpus[request.param]
