"""The phrase library: strengths-based captions and shared-review talking points, as data.

A library is JSON in ``resources/phrases/phrases-<lang>.json`` (next to the coding schemes)::

    {"language": "en", "scheme": "vig-principles",
     "captions": {"general": [...], "<group>": [...], "<group>.<item>": [...]},
     "talking_points": {"general": [...], "<group>": [...]}}

Captions are keyed by principle code: an item code first, its group code as the fallback,
``general`` when a clip or still has no principles. Talking points (for the guider only,
never shown to the family) are the ``general`` questions, with one for the group of the first
principle before them. Phrases speak to the parent ("you") in the family's words;
``{child}`` stands for the child, filled by :func:`fill` with the child's first name
(:func:`child_name`) or, in an export without names, the role words of the names rule
(:func:`vigeditor.project.names.names_rule`).

:func:`load_phrases` picks ``phrases-<lang>.json`` for a language ("cy", "nl_BE" → "nl") and
fills whatever it lacks from English, so a partial translation still works.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from vigeditor.i18n import _, current_language
from vigeditor.paths import resource_path
from vigeditor.project import people
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.names import NameFilter

FALLBACK_LANGUAGE = "en"
GENERAL = "general"
CHILD = "{child}"
_log = logging.getLogger("vigeditor.project")
_SENTENCE_START = re.compile(r"(^|[.!?:]\s+|[\"“‘(]\s*)$")


@dataclass(frozen=True)
class PhraseLibrary:
    """Captions and talking points of one language (English filling what it lacks).

    ``captions`` and ``talking_points`` map a code (``group.item``, ``group`` or
    ``general``) to a tuple of phrases with ``{child}`` left in them.
    """

    language: str
    captions: MappingProxyType[str, tuple[str, ...]]
    talking_points: MappingProxyType[str, tuple[str, ...]]

    def captions_for(self, code: str) -> tuple[str, ...]:
        """The caption phrases of a principle: the item's own, else its group's (may be
        empty for a code of another scheme)."""
        found = self.captions.get(code)
        if found:
            return found
        return self.captions.get(code.split(".", 1)[0], ())

    def suggestions(self, principles: Sequence[str], limit: int = 12) -> list[str]:
        """Caption phrases for a clip or still with ``principles`` (in their order, each
        principle's phrases together, no repeats); the ``general`` ones when it has none
        (or none of its codes has phrases). At most ``limit`` phrases, ``{child}`` unfilled.
        """
        found: list[str] = []
        for code in principles:
            found += [phrase for phrase in self.captions_for(code) if phrase not in found]
        if not found:
            found = list(self.captions.get(GENERAL, ()))
        return found[:limit]

    def first_caption(self, principles: Sequence[str]) -> str:
        """The suggested caption: the first phrase of the first principle that has one
        ("" when there are no principles)."""
        for code in principles:
            phrases = self.captions_for(code)
            if phrases:
                return phrases[0]
        return ""

    def points_for(self, principles: Sequence[str]) -> list[str]:
        """Talking points for an item: the first principle's group question (if the library
        has one), then the general questions."""
        points: list[str] = []
        if principles:
            points += self.talking_points.get(principles[0].split(".", 1)[0], ())
        points += [p for p in self.talking_points.get(GENERAL, ()) if p not in points]
        return points


def phrase_language() -> str:
    """The language of the phrases: the one messages speak now
    (:func:`vigeditor.i18n.current_language`: a document's inside ``document_language``,
    else the guider's screen language)."""
    return current_language()


def phrases_file(language: str) -> Path:
    """Where the library of ``language`` ("en", "cy", …) lives (it may not exist)."""
    return resource_path("phrases", f"phrases-{language}.json")


def _candidates(language: str) -> list[str]:
    """"nl_BE.UTF-8" → ["nl_BE", "nl"]; always ending with English."""
    bare = language.split(".", 1)[0].split("@", 1)[0].replace("-", "_").strip()
    found = [bare, bare.split("_", 1)[0].lower()] if bare else []
    found.append(FALLBACK_LANGUAGE)
    return list(dict.fromkeys(code for code in found if code))


def _read(path: Path) -> dict[str, Any]:
    """One library file as JSON; CaseError when it is unreadable or not a library."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CaseError(_("The phrase library {name} cannot be read: {reason}").format(
            name=path.name, reason=error)) from error
    if not isinstance(data, dict) or not isinstance(data.get("captions"), dict):
        raise CaseError(_("The phrase library {name} is incomplete or damaged.").format(
            name=path.name))
    return data


def _phrases(section: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(section, dict):
        return {}
    return {str(code): tuple(str(p).strip() for p in phrases if str(p).strip())
            for code, phrases in section.items() if isinstance(phrases, list)}


def load_phrases(language: str | None = None) -> PhraseLibrary:
    """The phrase library for ``language`` (default :func:`phrase_language`), English
    filling every code the language's file lacks; a language without a file is English.

    Raises CaseError only when the English library itself is missing or damaged; a damaged
    translation is logged and skipped. Each language is read once.
    """
    return _load(language or phrase_language())


@lru_cache(maxsize=8)
def _load(wanted: str) -> PhraseLibrary:
    english = _read(phrases_file(FALLBACK_LANGUAGE))
    captions = _phrases(english["captions"])
    points = _phrases(english.get("talking_points"))
    used = FALLBACK_LANGUAGE
    for candidate in _candidates(wanted)[:-1]:
        path = phrases_file(candidate)
        if candidate == FALLBACK_LANGUAGE or not path.is_file():
            continue
        try:
            data = _read(path)
        except CaseError as error:
            _log.warning("%s", error)
            continue
        captions.update({k: v for k, v in _phrases(data["captions"]).items() if v})
        points.update({k: v for k, v in _phrases(data.get("talking_points")).items() if v})
        used = candidate
        break
    return PhraseLibrary(used, MappingProxyType(captions), MappingProxyType(points))


def child_name(case: Case) -> str:
    """The first name of the case's first child (people with role "child"), or the words
    "your child" when the case has none."""
    for person in people.list_people(case):
        if person.role == "child":
            words = re.sub(r"\([^)]*\)", " ", person.name).split()
            if words:
                return words[0]
    return _("your child")


def fill(phrase: str, child: str, names: NameFilter | None = None) -> str:
    """``phrase`` with every ``{child}`` replaced by ``child`` (capitalised where a sentence
    starts), then passed through ``names`` (the names rule of an export) when given."""
    def word(match: re.Match[str]) -> str:
        if _SENTENCE_START.search(phrase[:match.start()]):
            return child[:1].upper() + child[1:]
        return child

    filled = re.sub(re.escape(CHILD), word, phrase)
    return names.clean(filled) if names is not None else filled


def suggested_caption(case: Case, principles: Iterable[str],
                      language: str | None = None) -> str:
    """The caption a new clip or still starts with: the first phrase of its first principle,
    with the child's first name; "" when it has no principles."""
    phrase = load_phrases(language).first_caption(tuple(principles))
    return fill(phrase, child_name(case)) if phrase else ""


def caption_suggestions(case: Case, principles: Iterable[str],
                        language: str | None = None) -> list[str]:
    """Caption phrases for ``principles`` (see :meth:`PhraseLibrary.suggestions`), filled."""
    child = child_name(case)
    return [fill(p, child) for p in load_phrases(language).suggestions(tuple(principles))]


def talking_points(case: Case, principles: Iterable[str], language: str | None = None) -> str:
    """Talking points for a review item of a clip or still with ``principles``: one per
    line, with the child's first name (talking points are for the guider only)."""
    child = child_name(case)
    return "\n".join(fill(p, child) for p in load_phrases(language).points_for(
        tuple(principles)))
