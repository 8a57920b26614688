"""The one small translation helper for messages from ``media`` and ``project``.

The UI translates with Qt's own functions; the Qt-free layers mark their user-facing
messages with :func:`_` so the same catalogues can carry Welsh and Dutch.
"""

from __future__ import annotations

import gettext
import os
from functools import lru_cache

from vigeditor.paths import resource_path


@lru_cache(maxsize=1)
def _translation() -> gettext.NullTranslations:
    localedir = resource_path("locale")
    language = os.environ.get("VIGEDITOR_LANG")
    languages = [language] if language else None
    return gettext.translation(
        "vigeditor", localedir=str(localedir), languages=languages, fallback=True
    )


def _(message: str) -> str:
    """Translate a user-facing message into the user's language."""
    return _translation().gettext(message)
