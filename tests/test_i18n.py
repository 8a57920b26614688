"""The translation machinery of the Qt-free layers (issue 15): screen and document
languages, plurals, dates, the principles scheme and the phrases in Welsh and Dutch.

The catalogues are far from complete; these tests use the few strings translated to prove
the machinery (tests/test_translations_complete.py checks completeness)."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.translations_built import ensure_compiled
from vigeditor import i18n
from vigeditor.i18n import _, document_language, format_date, ngettext, translator
from vigeditor.paths import resource_path
from vigeditor.project import scheme

DAMAGED = "The coding scheme is incomplete or damaged."


@pytest.fixture(autouse=True)
def _english_screen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts with an English screen and leaves none of its language behind."""
    ensure_compiled()
    monkeypatch.setenv(i18n.ENV_VARIABLE, "en")
    i18n.set_language(None)
    yield
    i18n.set_language(None)


def test_languages_are_normalised() -> None:
    assert i18n.normalise("nl_BE.UTF-8") == "nl"
    assert i18n.normalise("cy-GB") == "cy"
    assert i18n.normalise("de_DE") == "en"  # not shipped: English
    assert i18n.normalise(None) == i18n.normalise("C") == "en"


def test_the_document_language_leaves_the_screen_alone() -> None:
    assert _(DAMAGED) == DAMAGED
    with document_language("cy") as used:
        assert used == "cy"
        assert _(DAMAGED) == "Mae'r cynllun codio yn anghyflawn neu wedi'i ddifrodi."
        with document_language("nl"):
            assert _(DAMAGED) == "Het codeerschema is onvolledig of beschadigd."
        assert i18n.current_language() == "cy"
    assert _(DAMAGED) == DAMAGED
    assert translator("nl")("Previous") == "Vorige"
    assert translator("en")("Previous") == "Previous"


def test_the_document_language_belongs_to_its_thread() -> None:
    seen: list[str] = []
    with document_language("nl"):
        worker = threading.Thread(target=lambda: seen.append(_("Previous")))
        worker.start()
        worker.join()
        assert _("Previous") == "Vorige"
    assert seen == ["Previous"]  # another thread speaks the screen's language


def test_the_screen_language_and_the_variable() -> None:
    assert i18n.set_language("nl_BE") == "nl"
    assert _("Next") == "Volgende"
    with document_language("cy"):
        assert _("Next") == "Nesaf"
    assert i18n.set_language("en") == "en"
    assert _("Next") == "Next"


def test_plurals_follow_each_language() -> None:
    one, many = "Review plan, cycle {number} ({count} item)", \
        "Review plan, cycle {number} ({count} items)"
    assert ngettext(one, many, 1) == one and ngettext(one, many, 3) == many
    with document_language("nl"):
        assert ngettext(one, many, 1).format(number=2, count=1) == \
            "Plan voor de nabespreking, cyclus 2 (1 item)"
        assert ngettext(one, many, 4).format(number=2, count=4) == \
            "Plan voor de nabespreking, cyclus 2 (4 items)"
    with document_language("cy"):  # Welsh has six forms; all filled here
        assert ngettext(one, many, 6).format(number=1, count=6) == \
            "Cynllun adolygu, cylch 1 (6 eitem)"


def test_dates_in_the_document_language() -> None:
    day = dt.date(2026, 3, 3)
    assert format_date(day) == "3 March 2026"
    assert format_date(day, language="nl") == "3 maart 2026"
    with document_language("cy"):
        assert format_date(day) == "3 Mawrth 2026"


def test_the_scheme_in_dutch_keeps_its_codes() -> None:
    english = scheme.default_scheme()
    dutch = scheme.in_language(english, "nl")
    assert dutch.codes() == english.codes()
    assert dutch.label("receiving") == "Contactinitiatieven ontvangen"
    assert dutch.label("guiding") == "Leiding geven"
    assert dutch.hotkeys("encouraging.naming-positively") == "2b"  # benoemen
    assert dutch.code_for_hotkeys("4b") == "developing.short-turns"  # beurt nemen / geven
    assert english.label("guiding") == "Guiding"  # the English scheme is unchanged
    welsh = scheme.in_language(english, "cy_GB")
    assert welsh.label("attentive") == "Bod yn sylwgar"
    assert welsh.validate(["receiving.eye-contact"]) == ("receiving.eye-contact",)


@pytest.mark.parametrize("language", ["cy", "nl"])
def test_each_translated_scheme_is_whole_and_its_letters_can_be_typed(language: str) -> None:
    data = json.loads(scheme.translation_file(language).read_text(encoding="utf-8"))
    english = scheme.default_scheme()
    assert data["scheme"] == english.id
    assert set(data["principles"]) == set(english.codes())
    translated = scheme.in_language(english, language)
    for group, original in zip(translated.groups, english.groups, strict=True):
        assert group.hotkey == original.hotkey and group.colour == original.colour
        letters = [data["principles"][item.code]["hotkey"] for item in group.items]
        # one letter a-z after the group's digit, unique in the group (ui/editor/tag_keys.py)
        assert all(len(key) == 1 and "a" <= key <= "z" for key in letters), group.code
        assert len(set(letters)) == len(letters), group.code
        assert [item.hotkey for item in group.items] == letters


def test_a_partial_translation_falls_back_per_entry(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    partial = tmp_path / "principles-default.xx.json"
    partial.write_text(json.dumps({"scheme": "vig-principles", "principles": {
        "guiding": {"name": "Leiden"},
        "guiding.scaffolding": {"name": "Steigeren", "hotkey": "j"}}}), encoding="utf-8")
    monkeypatch.setattr(scheme, "translation_file", lambda language: partial)
    monkeypatch.setitem(i18n.LANGUAGES, "xx", "Test")
    scheme._translated_entries.cache_clear()
    try:
        mixed = scheme.in_language(scheme.default_scheme(), "xx")
    finally:
        scheme._translated_entries.cache_clear()
    assert mixed.label("guiding") == "Leiden"
    assert mixed.label("guiding.providing-help") == "Providing help when needed"
    # "j" would clash with judging-support's own "j": the group keeps its English letters
    assert mixed.hotkeys("guiding.scaffolding") == "5s"
    assert mixed.label("guiding.scaffolding") == "Steigeren"


@pytest.mark.parametrize("language", ["cy", "nl"])
def test_the_phrase_libraries_have_every_phrase(language: str) -> None:
    english = json.loads(resource_path("phrases", "phrases-en.json").read_text("utf-8"))
    other = json.loads(resource_path("phrases", f"phrases-{language}.json").read_text("utf-8"))
    assert other["language"] == language
    for section in ("captions", "talking_points"):
        assert other[section].keys() == english[section].keys()
        for code, phrases in english[section].items():
            assert len(other[section][code]) == len(phrases), code
            assert all(p.strip() and p not in phrases for p in other[section][code]), code
