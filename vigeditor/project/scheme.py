"""Coding schemes (the Principles of Attuned Interaction and Guidance by default), as data.

A scheme is JSON in ``resources/schemes``; a case keeps a copy of the scheme it was coded
with, so its tags keep their meaning when the default changes. Codes are ``group`` or
``group.item`` strings, never list positions.

Its names and hotkey letters in another language are data beside it:
``principles-default.<lang>.json`` (``{"language", "scheme": <scheme id>, "name",
"principles": {<code>: {"name", "hotkey"}}}``); :func:`in_language` gives a scheme in a
language, codes unchanged, so a case coded in one language shows in another.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from vigeditor.i18n import SOURCE_LANGUAGE, _, normalise
from vigeditor.paths import resource_path
from vigeditor.project.errors import CaseError

DEFAULT_SCHEME = "principles-default.json"
_log = logging.getLogger("vigeditor.project")


@dataclass(frozen=True)
class Item:
    code: str
    name: str
    hotkey: str


@dataclass(frozen=True)
class Group:
    code: str
    name: str
    colour: str
    hotkey: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Scheme:
    id: str
    name: str
    version: int
    groups: tuple[Group, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Scheme:
        try:
            groups = tuple(
                Group(code=group["code"], name=group["name"], colour=group["colour"],
                      hotkey=str(group["hotkey"]),
                      items=tuple(Item(code=item["code"], name=item["name"],
                                       hotkey=str(item.get("hotkey", "")))
                                  for item in group["items"]))
                for group in data["groups"])
            scheme = cls(id=data["id"], name=data["name"], version=int(data["version"]),
                         groups=groups)
        except (KeyError, TypeError, ValueError) as error:
            raise CaseError(_("The coding scheme is incomplete or damaged.")) from error
        scheme._check()
        return scheme

    @classmethod
    def parse(cls, text: str) -> Scheme:
        try:
            return cls.from_json(json.loads(text))
        except json.JSONDecodeError as error:
            raise CaseError(_("The coding scheme is incomplete or damaged.")) from error

    def _check(self) -> None:
        codes = [code for code in self.codes()]
        if len(set(codes)) != len(codes):
            raise CaseError(_("The coding scheme {name} uses a code twice.").format(
                name=self.name))
        for group in self.groups:
            if any(not item.code.startswith(group.code + ".") for item in group.items):
                raise CaseError(_("In the coding scheme {name}, every item code must start "
                                  "with its group code.").format(name=self.name))

    def codes(self) -> list[str]:
        """Every valid code: each group code followed by its item codes, in scheme order."""
        return [code for group in self.groups
                for code in (group.code, *(item.code for item in group.items))]

    def group_of(self, code: str) -> Group:
        for group in self.groups:
            if code == group.code or code.startswith(group.code + "."):
                return group
        raise CaseError(_unknown(code, self))

    def label(self, code: str) -> str:
        group = self.group_of(code)
        if code == group.code:
            return group.name
        return next(item.name for item in group.items if item.code == code)

    def hotkeys(self, code: str) -> str:
        """The keys that tag ``code``: the group's digit, then the item's letter (``2w``)."""
        group = self.group_of(code)
        item = next((item for item in group.items if item.code == code), None)
        return group.hotkey + (item.hotkey if item is not None else "")

    def code_for_hotkeys(self, keys: str) -> str | None:
        """The code that ``keys`` tag (``2`` a group, ``2w`` an item; letters in either
        case), or None when no principle has those keys."""
        wanted = keys.strip().lower()
        for group in self.groups:
            if not group.hotkey or not wanted.startswith(group.hotkey.lower()):
                continue
            letter = wanted[len(group.hotkey):]
            if not letter:
                return group.code
            found = next((item.code for item in group.items
                          if item.hotkey and item.hotkey.lower() == letter), None)
            if found is not None:
                return found
        return None

    def validate(self, codes: Iterable[str]) -> tuple[str, ...]:
        """The codes cleaned (trimmed, duplicates dropped); CaseError names an unknown one."""
        known = set(self.codes())
        cleaned: list[str] = []
        for raw in codes:
            code = str(raw).strip()
            if code not in known:
                raise CaseError(_unknown(code, self))
            if code not in cleaned:
                cleaned.append(code)
        return tuple(cleaned)


def _unknown(code: str, scheme: Scheme) -> str:
    groups = ", ".join(group.code for group in scheme.groups)
    return _("'{code}' is not a principle in this case's coding scheme ({scheme}). Use a "
             "group ({groups}) or an item such as '{example}'.").format(
        code=code, scheme=scheme.name, groups=groups,
        example=scheme.groups[0].items[0].code if scheme.groups[0].items else groups)


def default_scheme_text() -> str:
    """The shipped default scheme as JSON text (copied into each new case)."""
    return resource_path("schemes", DEFAULT_SCHEME).read_text(encoding="utf-8")


def default_scheme() -> Scheme:
    return Scheme.parse(default_scheme_text())


def dump_codes(codes: Iterable[str]) -> str:
    return json.dumps(list(codes))


def load_codes(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text or "[]"))


def translation_file(language: str) -> Path:
    """Where the default scheme's names and hotkeys in ``language`` live (may not exist)."""
    return resource_path("schemes", DEFAULT_SCHEME.replace(".json", f".{language}.json"))


@lru_cache(maxsize=8)
def _translated_entries(language: str) -> tuple[str, str, dict[str, dict[str, str]]]:
    """(scheme id, scheme name, code → {"name", "hotkey"}) of ``language``'s file; empty
    when there is none or it is damaged (logged: a translation is never worth an error)."""
    path = translation_file(language)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = {str(code): {key: str(value) for key, value in entry.items()}
                   for code, entry in data["principles"].items()}
        return str(data["scheme"]), str(data.get("name", "")), entries
    except FileNotFoundError:
        return "", "", {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        _log.warning("scheme translation %s unreadable, using English: %s", path.name, error)
        return "", "", {}


def _letters_ok(items: tuple[Item, ...]) -> bool:
    """An item's hotkey is one letter a-z (typed after the group's digit), unique in its
    group (the rule the editor's tagging keys rely on: ui/editor/tag_keys.py)."""
    keys = [item.hotkey.lower() for item in items]
    return all(len(key) == 1 and "a" <= key <= "z" for key in keys) and \
        len(set(keys)) == len(keys)


def in_language(scheme: Scheme, language: str | None) -> Scheme:
    """``scheme`` with its names and item hotkeys in ``language`` ("cy", "nl_BE", …) where
    the language's file has them (English, or the case's own words, for any entry it lacks);
    codes, colours and group digits unchanged. Only a scheme whose id the file names is
    translated (a service's own scheme stays as written). A group whose translated letters
    would clash keeps its own letters (names still translated)."""
    code = normalise(language)
    if code == SOURCE_LANGUAGE:
        return scheme
    scheme_id, name, entries = _translated_entries(code)
    if scheme_id != scheme.id or not entries:
        return scheme

    def item(old: Item) -> Item:
        entry = entries.get(old.code, {})
        return Item(old.code, entry.get("name") or old.name,
                    entry.get("hotkey") or old.hotkey)

    groups = []
    for group in scheme.groups:
        items = tuple(item(old) for old in group.items)
        if not _letters_ok(items):
            items = tuple(replace(new, hotkey=old.hotkey)
                          for new, old in zip(items, group.items, strict=True))
        groups.append(replace(group, name=entries.get(group.code, {}).get("name") or group.name,
                              items=items))
    return replace(scheme, name=name or scheme.name, groups=tuple(groups))
