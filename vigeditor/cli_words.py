"""argparse's own words in the guider's language (issue 15).

argparse writes "usage:", "options", "show this help message and exit", "the following
arguments are required: %s" … through the ``_`` and ``ngettext`` it imported from
:mod:`gettext` (the "argparse" domain, which ships no Welsh or Dutch). :func:`speak_argparse`
points those two names at :mod:`vigeditor.i18n`'s, so they come from vigeditor's own
catalogues; the messages are listed here with :func:`N_` so Babel puts them there. The texts
are argparse's exactly (Python 3.11's ``argparse.py``), placeholders included.
"""

from __future__ import annotations

import argparse

from vigeditor import i18n
from vigeditor.i18n import N_

#: the argparse messages a guider can meet (help pages and mistakes on the command line)
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("%(prog)s: error: %(message)s\n"),
)


def _expected_arguments(count: int) -> str:  # pragma: no cover - Babel reads it, never run
    return i18n.ngettext("expected %s argument", "expected %s arguments", count)


def speak_argparse() -> None:
    """Make argparse translate its words with vigeditor's catalogues, in the language
    :func:`vigeditor.i18n._` speaks when argparse asks (call before a parser is made:
    the help action's text is translated when the parser is built)."""
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]
