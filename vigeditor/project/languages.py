"""The family's language: the one a case's family documents (booklet, review pack) are
written in, whatever the guider's screen speaks.

Remembered per case in the case's preferences (:mod:`vigeditor.project.preferences`), so
it goes with the case; a case that has none yet uses the screen language. Render a
document in it with ``with vigeditor.i18n.document_language(family_language(case)): ...``.
"""

from __future__ import annotations

from vigeditor.i18n import LANGUAGES, normalise, screen_language
from vigeditor.project.case import Case
from vigeditor.project.preferences import get_preference, set_preference

#: the preferences key of the family's language
FAMILY_LANGUAGE = "family.language"


def family_language(case: Case) -> str:
    """The language last chosen for this case's family documents ("en", "cy", "nl"), or
    the screen language when none was chosen (or the stored one no longer ships)."""
    stored = get_preference(case, FAMILY_LANGUAGE)
    return stored if isinstance(stored, str) and stored in LANGUAGES else screen_language()


def remember_family_language(case: Case, language: str) -> None:
    """Store ``language`` (normalised: "nl_BE" → "nl") as the case's family language.
    Raises CaseError when the case cannot be written."""
    set_preference(case, FAMILY_LANGUAGE, normalise(language))
