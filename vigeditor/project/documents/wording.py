"""Words for documents that leave the case: dates in the document's language, text for
reportlab.

The names rule (which documents may carry names, and the filter that keeps them out of
captions, notes and file names) is :mod:`vigeditor.project.names`.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from vigeditor.i18n import format_date


def long_date(iso: str | None) -> str:
    """``2026-09-15`` as ``15 September 2026`` in the current language (``15 Medi 2026``,
    ``15 september 2026`` inside ``document_language``; Babel's CLDR long form); empty for
    no date, the text itself when it is not a date."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return format_date(day, "long")


def markup(text: str) -> str:
    """Plain text for a reportlab Paragraph: escaped, line breaks kept."""
    return escape(text.strip()).replace("\n", "<br/>")
