"""Words for documents that leave the case: dates in plain English, text for reportlab.

The names rule (which documents may carry names, and the filter that keeps them out of
captions, notes and file names) is :mod:`vigeditor.project.names`.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from vigeditor.i18n import _

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def long_date(iso: str | None) -> str:
    """``2026-09-15`` as ``15 September 2026`` (empty for no date)."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.day} {_(_MONTHS[day.month - 1])} {day.year}"


def markup(text: str) -> str:
    """Plain text for a reportlab Paragraph: escaped, line breaks kept."""
    return escape(text.strip()).replace("\n", "<br/>")
