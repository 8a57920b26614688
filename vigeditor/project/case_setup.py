"""A new case with its people and the consent they gave today, all or nothing.

The New case dialog (and anything else that starts a case) calls :func:`create_case`: the
case folder is created, then the people and their consent records go in as one operation.
If that operation is refused or fails, the new (still empty) case folder is deleted again,
so the guider never finds a case that has some of what they typed and not the rest.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from vigeditor.project.case import Case
from vigeditor.project.people import NewPerson, add_people
from vigeditor.project.workspace import delete_case

_log = logging.getLogger("vigeditor.project")


def create_case(path: str | os.PathLike[str], *, family_code: str, guider: str | None = None,
                people: Sequence[NewPerson] = (), day: str | None = None) -> Case:
    """Create and open a case at ``path`` holding ``people``, with consent given on ``day``
    (an ISO date, default today).

    Raises CaseError (a plain message) when the case or one of the people is refused; then
    no case folder is left behind. Other errors (e.g. OSError) also leave no folder.
    """
    case = Case.create(path, family_code=family_code, guider=guider)
    if not people:
        return case
    try:
        add_people(case, people, day or date.today().isoformat())
    except BaseException:
        folder = case.folder
        case.close()
        _remove_unfinished(folder)
        raise
    return case


def _remove_unfinished(folder: Path) -> None:
    try:
        delete_case(folder)
    except Exception:  # the original error is the one the guider needs to read
        _log.exception("could not remove the unfinished case %s", folder)
