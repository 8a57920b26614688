"""The passphrase of an encrypted export on the command line (issue 14, item 5): from the
``VIGEDITOR_PASSPHRASE`` environment variable, else typed twice at the terminal (not
echoed). Without either there is no passphrase: a plain error (exit status 2). It is never
written anywhere."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Mapping
from typing import TextIO

from vigeditor.errors import UserError
from vigeditor.i18n import _

PASSPHRASE_VARIABLE = "VIGEDITOR_PASSPHRASE"


def read_passphrase(environ: Mapping[str, str] | None = None,
                    stdin: TextIO | None = None) -> str:
    """The passphrase for ``--encrypt``, checked (at least 8 characters; the same twice when
    typed). Raises UserError (CaseError) in plain words when there is none or it is
    refused."""
    from vigeditor.project.documents.encrypted import check_passphrase

    environ = os.environ if environ is None else environ
    stdin = sys.stdin if stdin is None else stdin
    given = environ.get(PASSPHRASE_VARIABLE)
    if given:
        return check_passphrase(given)
    if not stdin.isatty():
        raise UserError(_("--encrypt needs a passphrase: type it at a terminal, or set "
                          "{variable}.").format(variable=PASSPHRASE_VARIABLE))
    first = getpass.getpass(_("Passphrase (it is not stored and cannot be recovered): "))
    check_passphrase(first)
    return check_passphrase(first, getpass.getpass(_("The same passphrase again: ")))
