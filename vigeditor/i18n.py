"""The one small translation helper for messages from ``media`` and ``project``.

The UI translates with Qt's own functions; the Qt-free layers mark their user-facing
messages with :func:`_` (and :func:`ngettext` for plurals), read from the gettext
catalogues ``resources/locale/<lang>/LC_MESSAGES/vigeditor.mo`` (compiled from the ``.po``
sources by the package build; see docs/translating.md).

Two languages are in play:

- the **screen language**, the guider's: :func:`set_language` (the app at start-up, the
  ``--language`` option), else ``VIGEDITOR_LANG``, else English;
- the **document language**, the family's, for a booklet or review pack while it is
  written: ``with document_language("cy"): ...``. Inside it :func:`_` speaks that language;
  outside it the screen's. It is a context variable, so it holds for the thread (or task)
  that set it and never leaks into the guider's screen.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import gettext
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from vigeditor.paths import resource_path

DOMAIN = "vigeditor"
SOURCE_LANGUAGE = "en"
#: the languages that ship, with their names in their own language (for choosers)
LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg", "nl": "Nederlands"}
ENV_VARIABLE = "VIGEDITOR_LANG"

_screen: str | None = None
_document: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "vigeditor_document_language", default=None)


def normalise(language: str | None) -> str:
    """A shipped language code for ``language`` ("nl_BE.UTF-8" → "nl", "cy-GB" → "cy");
    English for None, "", "C", "POSIX" or a language that does not ship."""
    if not language:
        return SOURCE_LANGUAGE
    bare = language.split(".", 1)[0].split("@", 1)[0].replace("-", "_").strip()
    code = bare.split("_", 1)[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def set_language(language: str | None) -> str:
    """Make ``language`` the screen language (normalised; None goes back to
    ``VIGEDITOR_LANG``) and return it. ``VIGEDITOR_LANG`` is set to it too, so child
    processes and readers of the variable agree."""
    global _screen
    _screen = None if language is None else normalise(language)
    if _screen is not None:
        os.environ[ENV_VARIABLE] = _screen
    return screen_language()


def screen_language() -> str:
    """The guider's language: the one set by :func:`set_language`, else
    ``VIGEDITOR_LANG``, else English."""
    return _screen or normalise(os.environ.get(ENV_VARIABLE))


def current_language() -> str:
    """The language :func:`_` speaks now: the document language inside
    :func:`document_language`, else the screen language."""
    return _document.get() or screen_language()


@contextmanager
def document_language(language: str | None) -> Iterator[str]:
    """Speak ``language`` (normalised; None keeps the current one) in :func:`_`,
    :func:`ngettext` and :func:`format_date` inside the block; yields the language used."""
    chosen = normalise(language) if language else current_language()
    token = _document.set(chosen)
    try:
        yield chosen
    finally:
        _document.reset(token)


@contextmanager
def screen_words() -> Iterator[str]:
    """Speak the guider's (screen) language inside the block, even inside a
    :func:`document_language` block: for what the guider reads about a family document
    (its audit entry) while the document itself is written in the family's language."""
    with document_language(screen_language()) as chosen:
        yield chosen


@lru_cache(maxsize=8)
def translation(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``language`` (English, or a language whose ``.mo`` was not
    built, gives the messages back unchanged)."""
    if normalise(language) == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(resource_path("locale")),
                               languages=[normalise(language)], fallback=True)


def translator(language: str) -> Callable[[str], str]:
    """A function translating a message into ``language`` whatever the current one is."""
    return translation(normalise(language)).gettext


def _(message: str) -> str:
    """Translate a user-facing message into the current language (see the module)."""
    return translation(current_language()).gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogues without translating it (a table of words read
    before the language is known); translate it where it is used with ``_(value)``."""
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural message for ``count`` in the current language (Welsh has
    six plural forms; the catalogue's ``Plural-Forms`` picks). Format ``{n}`` yourself:
    ``ngettext("{n} clip", "{n} clips", n).format(n=n)``."""
    return translation(current_language()).ngettext(singular, plural, count)


def format_date(date: dt.date | dt.datetime, format: str = "long",
                language: str | None = None) -> str:
    """``date`` written for ``language`` (default: the current one) by Babel's CLDR data:
    "long" gives "3 March 2026", "3 Mawrth 2026", "3 maart 2026"; "short", "medium",
    "full" or a CLDR pattern also work."""
    from babel.dates import format_date as babel_format_date

    locale = {"en": "en_GB"}.get(normalise(language or current_language()),
                                 normalise(language or current_language()))
    return babel_format_date(date, format=format, locale=locale)


def format_decimal(value: float, places: int = 1, language: str | None = None) -> str:
    """``value`` with ``places`` decimals as ``language`` (default: the current one) writes
    it, by Babel's CLDR data: "0.8" in English and Welsh, "0,8" in Dutch."""
    from babel.numbers import format_decimal as babel_format_decimal

    code = normalise(language or current_language())
    pattern = "0." + "0" * places if places > 0 else "0"
    return babel_format_decimal(round(value, places), format=pattern,
                                locale={"en": "en_GB"}.get(code, code))
