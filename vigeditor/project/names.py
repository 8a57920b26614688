"""The names rule every export follows (DESIGN.md §5), and the filter that applies it.

:func:`names_rule`: names appear only in the family's own copy (purpose ``family-copy``) and
only when the guider asks for them ("Print names"); in every other export (supervision,
training, professional, research) they are replaced, whether in text, a file name, PDF
metadata or a caption burnt into pictures.

:class:`NameFilter` replaces the family name and people's names in free text (captions,
notes, working points) with words for their role ("your child", "you" for a family's copy;
"the child", "the parent" for a supervisor), so a document without names has none even where
the guider typed one into a caption. Inside quotation marks (what someone said: "“Well done,
Sam!”") the role words go in square brackets, the editorial sign of a changed quotation
("“Well done, [your child]!”"), so nobody reads them as the speaker's own words; quotes are
kept, a replacement opening a sentence or a quotation is capitalised, and a possessive stays
one ("Sam's" → "your child's", "Alex's" → "your").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vigeditor.i18n import _
from vigeditor.project import details, people
from vigeditor.project.case import Case
from vigeditor.project.model import CaseDetails, Person

_NOT_NAMES = {"the", "and", "family", "household", "of", "mr", "mrs", "ms", "miss", "dr",
              "mum", "dad", "baby"}
_SENTENCE_START = re.compile(r"(^|[.!?…]\s+|[.!?…][\"”’']\s+|\n\s*|[\"“‘«'(]\s*)$")
_OPENING, _CLOSING = "“‘«„", "”’»"
#: the possessive of a role word where adding "'s" would be wrong
_POSSESSIVES = {"you": "your"}


def _words(name: str) -> list[str]:
    """The words of a name that could identify someone ("Alex (demo carer)" → ["Alex"])."""
    bare = re.sub(r"\([^)]*\)", " ", name)
    return [word for word in re.findall(r"[^\W\d_][\w'’-]*", bare)
            if len(word) >= 2 and word.casefold() not in _NOT_NAMES]


def _role_words(audience: str) -> dict[str, str]:
    if audience == "family":
        return {"child": _("your child"), "sibling": _("your child"), "carer": _("you"),
                "professional": _("your worker"), "family": _("your family")}
    return {"child": _("the child"), "sibling": _("the sibling"), "carer": _("the parent"),
            "professional": _("the professional"), "family": _("the family")}


class NameFilter:
    """Replaces names in text with role words; ``enabled=False`` leaves text as it is."""

    def __init__(self, details: CaseDetails, people: Iterable[Person], *,
                 audience: str = "family", enabled: bool = True) -> None:
        words = _role_words(audience)
        self.enabled = enabled
        pairs: list[tuple[str, str]] = []
        if details.family_name:
            family = [details.family_name.strip(), *_words(details.family_name)]
            # "the Okafor family" → "your family", not "the your family family"
            pairs += [(f"{article}{name} family", words["family"]) for name in family
                      for article in ("the ", "")]
            pairs += [(name, words["family"]) for name in family]
        for person in people:
            role_word = words.get(person.role, words["professional"])
            pairs.append((person.name.strip(), role_word))
            bare = re.sub(r"\([^)]*\)", " ", person.name).strip()
            if bare:
                pairs.append((bare, role_word))
            pairs += [(word, role_word) for word in _words(person.name)]
        # longest first, so "Sam Jones" goes before "Sam"
        seen: dict[str, str] = {}
        for name, word in sorted(pairs, key=lambda pair: -len(pair[0])):
            if name and name.casefold() not in seen:
                seen[name.casefold()] = word
        self._replacements = seen
        self.names = tuple(sorted({name for name, _word in pairs if name}))
        if seen:
            alternatives = "|".join(re.escape(name) for name in seen)
            self._pattern: re.Pattern[str] | None = re.compile(
                rf"(?<![\w])(?P<name>{alternatives})(?![\w])(?P<possessive>['’]s(?![\w]))?",
                re.IGNORECASE)
        else:
            self._pattern = None

    def clean(self, text: str | None) -> str:
        if not text:
            return ""
        if not self.enabled or self._pattern is None:
            return text
        return self._pattern.sub(lambda match: self._word(match, text), text)

    def _word(self, match: re.Match[str], text: str) -> str:
        """The role word for one name in ``text``: possessive kept, capitalised at the start
        of a sentence or quotation, in square brackets inside a quotation."""
        word = self._replacements[match.group("name").casefold()]
        suffix = match.group("possessive")
        if suffix:
            word = _POSSESSIVES.get(word, word + suffix)
        if _SENTENCE_START.search(text[:match.start()]):
            word = word[:1].upper() + word[1:]
        if inside_quotation(text, match.start()):
            return f"[{word}]"
        return word


def _is_letter(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()


def inside_quotation(text: str, position: int) -> bool:
    """Whether ``position`` of ``text`` lies between opening and closing quotation marks
    (“…”, ‘…’, «…», "…" or '…'); an apostrophe inside a word (Sam's, don't) is no quote."""
    depth: list[str] = []
    for index, char in enumerate(text[:position]):
        before, after = _is_letter(text, index - 1), _is_letter(text, index + 1)
        if char in _OPENING:
            depth.append(char)
        elif char in _CLOSING and depth and not (char == "’" and before and after):
            depth.pop()
        elif char == '"':
            if depth and depth[-1] == '"':
                depth.pop()
            else:
                depth.append(char)
        elif char == "'" and not (before and after):
            if depth and depth[-1] == "'" and before:
                depth.pop()
            elif not before and after:
                depth.append(char)
    return bool(depth)


def names_allowed(purpose: str, names: bool = False) -> bool:
    """Whether an export for ``purpose`` may carry names: only the family's own copy, and
    only when the guider chose "Print names"."""
    return purpose == "family-copy" and bool(names)


def names_rule(case: Case, purpose: str, *, names: bool = False) -> NameFilter:
    """The name filter for an export of ``case`` for ``purpose``: it leaves text as it is only
    where :func:`names_allowed`; otherwise it replaces every name of the family and of the
    people in the case with role words ("your child" in a family's copy, "the child" in any
    other). Every export passes its captions, titles, file names, PDF metadata and burnt-in
    captions through it."""
    family = purpose == "family-copy"
    return NameFilter(details.get_details(case), people.list_people(case),
                      audience="family" if family else "supervisor",
                      enabled=not names_allowed(purpose, names))
