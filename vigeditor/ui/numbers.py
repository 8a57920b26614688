"""Numbers as the guider's language writes them (issue 15): a decimal comma in Dutch
("1,5 s", "×1,25"), a point in English and Welsh, through Qt's default locale (set to the
app's language by :func:`vigeditor.ui.language.install_language`)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def _locale() -> QLocale:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # "1234,5"
    return locale


def decimal(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals in the app's locale: "3.0" / "3,0"."""
    return _locale().toString(float(value), "f", places)


def short_number(value: float) -> str:
    """``value`` without trailing zeros (Python's ``:g``) in the app's locale: "1.25",
    "1,25", "2"."""
    return _locale().toString(float(value), "g", 6)


def speed(rate: float) -> str:
    """A playback rate as shown on the controls: "1.5×" / "1,5×"."""
    return f"{short_number(rate)}×"
