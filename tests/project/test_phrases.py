"""The phrase library: shipped as data for every principle, translatable with an English
fallback, and ``{child}`` filled with the child's name or the names rule's role words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from vigeditor.paths import resource_path
from vigeditor.project import people, phrases
from vigeditor.project.case import Case
from vigeditor.project.names import names_rule
from vigeditor.project.scheme import default_scheme


@pytest.fixture
def library_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private phrases folder holding the shipped English library (add translations)."""
    folder = tmp_path / "phrases"
    folder.mkdir()
    shipped = resource_path("phrases", "phrases-en.json")
    (folder / shipped.name).write_bytes(shipped.read_bytes())
    monkeypatch.setattr(phrases, "phrases_file",
                        lambda language: folder / f"phrases-{language}.json")
    phrases._load.cache_clear()
    yield folder
    phrases._load.cache_clear()


def test_the_library_ships_in_resources_next_to_the_schemes() -> None:
    assert resource_path("phrases", "phrases-en.json").is_file()
    assert resource_path("phrases").parent == resource_path("schemes").parent


def test_every_code_of_the_default_scheme_has_a_caption_phrase() -> None:
    library = phrases.load_phrases("en")
    scheme = default_scheme()
    missing = [code for code in scheme.codes() if not library.captions.get(code)]
    assert missing == []
    assert library.captions["general"]
    unknown = set(library.captions) - set(scheme.codes()) - {"general"}
    assert unknown == set()  # no phrase for a code the scheme does not have
    assert library.first_caption(["encouraging.waiting"]) == \
        "You waited, and {child} started the game."


def test_talking_points_and_the_group_fallback() -> None:
    library = phrases.load_phrases("en")
    assert library.points_for([])[:3] == ["What do you see here?",
                                          "What were you doing that helped?",
                                          "How do you think {child} felt?"]
    points = library.points_for(["receiving.eye-contact"])
    assert len(points) == 4 and points[1:] == library.points_for([])
    # a code the library does not know falls back to its group, then to the general phrases
    assert library.captions_for("receiving.not-in-this-library") == library.captions["receiving"]
    assert library.suggestions(["other.code"]) == list(library.captions["general"])
    chosen = library.suggestions(["encouraging.waiting", "receiving"])
    assert chosen[0] == library.first_caption(["encouraging.waiting"])
    assert set(library.captions["receiving"]) <= set(chosen) and len(chosen) == len(set(chosen))


def test_a_language_without_a_file_is_english_and_a_partial_one_is_filled(
        library_dir: Path) -> None:
    assert phrases.load_phrases("cy").language == "en"
    (library_dir / "phrases-nl.json").write_text(json.dumps({
        "language": "nl",
        "captions": {"encouraging.waiting": ["Je wachtte, en {child} begon het spel."]},
        "talking_points": {"general": ["Wat zie je hier?"]}}), encoding="utf-8")
    dutch = phrases.load_phrases("nl_BE.UTF-8")
    assert dutch.language == "nl"
    assert dutch.first_caption(["encouraging.waiting"]) == \
        "Je wachtte, en {child} begon het spel."
    english = phrases.load_phrases("en")
    assert dutch.captions["receiving.eye-contact"] == english.captions["receiving.eye-contact"]
    assert dutch.points_for([]) == ["Wat zie je hier?"]


def test_a_damaged_translation_is_skipped(library_dir: Path) -> None:
    (library_dir / "phrases-cy.json").write_text("{not json", encoding="utf-8")
    library = phrases.load_phrases("cy")
    assert library.language == "en" and library.captions["general"]


def test_the_language_comes_from_vigeditor_lang(library_dir: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    (library_dir / "phrases-nl.json").write_text(json.dumps({
        "captions": {"general": ["Kijk eens wat je hier deed."]}}), encoding="utf-8")
    monkeypatch.setenv("VIGEDITOR_LANG", "nl")
    assert phrases.load_phrases().language == "nl"
    monkeypatch.delenv("VIGEDITOR_LANG")
    assert phrases.load_phrases().language == "en"


def test_child_is_filled_with_the_first_name_or_role_words(case: Case) -> None:
    assert phrases.child_name(case) == "your child"
    assert phrases.suggested_caption(case, ["receiving.eye-contact"]) == \
        "Your child looked at you, and you smiled back."
    people.add_person(case, "Alex Jones", "carer")
    people.add_person(case, "Sam Jones (age 3)", "child")
    assert phrases.child_name(case) == "Sam"
    assert phrases.suggested_caption(case, ["encouraging.waiting"]) == \
        "You waited, and Sam started the game."
    assert phrases.suggested_caption(case, []) == ""
    assert "How do you think Sam felt?" in phrases.talking_points(case, ["developing"])
    assert phrases.caption_suggestions(case, ["attentive.time-and-space"])[0] == \
        "You gave Sam time, and Sam found a way."
    # the names rule of an export replaces the name with role words
    phrase = "{child} looked at you. You waited for {child}."
    assert phrases.fill(phrase, "Sam", names_rule(case, "supervision")) == \
        "The child looked at you. You waited for the child."
    assert phrases.fill(phrase, "Sam", names_rule(case, "family-copy")) == \
        "Your child looked at you. You waited for your child."
    assert phrases.fill(phrase, "Sam", names_rule(case, "family-copy", names=True)) == \
        "Sam looked at you. You waited for Sam."
