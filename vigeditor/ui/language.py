"""The app's language: which one (system, Settings, ``--language``) and Qt's translators.

The order, first that applies: ``--language`` on the command line or ``VIGEDITOR_LANG``;
the Settings choice (``Settings.language``: "en", "cy", "nl"; None for the system's); the
system language (``QLocale.system()``) when it ships ("nl_BE" → "nl"); else English. The
core (:mod:`vigeditor.i18n`) is set to the same language, so windows and messages agree.
A change in Settings takes effect when the app is next started.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from vigeditor.i18n import ENV_VARIABLE, LANGUAGES, SOURCE_LANGUAGE, normalise, set_language
from vigeditor.paths import resource_path

#: the translators installed by :func:`install_language`, kept alive while installed
_installed: list[QTranslator] = []


def choose_language(setting: str | None) -> str:
    """The language the app speaks (see the module for the order); a shipped code."""
    explicit = os.environ.get(ENV_VARIABLE)
    if explicit:
        return normalise(explicit)
    if setting and setting in LANGUAGES:
        return setting
    return normalise(QLocale.system().name())


def install_language(language: str) -> list[QTranslator]:
    """Install the app's translator for ``language`` (``resources/i18n/vigeditor_<lang>.qm``)
    and Qt's own (``qtbase_<lang>.qm`` from PySide6, for standard buttons) when present, in
    place of any installed before; set the core's language and Qt's default locale (dates,
    numbers) to it. English installs only its plural forms (``vigeditor_en.qm``: "%n
    moment(s)" → "1 moment"). Returns the translators installed."""
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    chosen = set_language(language)
    QLocale.setDefault(QLocale(chosen) if chosen != SOURCE_LANGUAGE else QLocale.system())
    if app is None:
        return []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"vigeditor_{chosen}", str(resource_path("i18n")))]  # English: plurals only
    if chosen != SOURCE_LANGUAGE:
        wanted.insert(0, (f"qtbase_{chosen}", qt_folder))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)


def remove_language() -> None:
    """Take out the translators :func:`install_language` put in and go back to the
    source language (``VIGEDITOR_LANG``, if set, still counts): for a caller that renders
    in a language for a while (screenshots, tests), not for the app, which keeps one."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    set_language(None)
    QLocale.setDefault(QLocale.system())


def language_names() -> list[tuple[str, str | None]]:
    """The Settings choices: (shown name, stored value); None is the system's language."""
    system = QCoreApplication.translate("Language", "System ({language})").replace(
        "{language}", LANGUAGES[normalise(QLocale.system().name())])
    return [(system, None), *((name, code) for code, name in LANGUAGES.items())]


class LanguageBox(QGroupBox):
    """Settings' "Language" row: System / English / Cymraeg / Nederlands, and that the
    change takes effect at the next start."""

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language"), parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Language of the app"))
        for name, code in language_names():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        form = QFormLayout(self)
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        hint = QLabel(self.tr("A new language takes effect when vigeditor is next started."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(hint)

    def value(self) -> str | None:
        """The chosen language code, or None for the system's language."""
        return self.combo.currentData()
