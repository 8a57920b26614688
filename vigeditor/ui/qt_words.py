"""Qt's own button words in vigeditor's catalogues (issue 15).

Qt names the standard buttons (OK, Cancel, Save, Close, Yes, No …) through
``QCoreApplication.translate("QPlatformTheme", …)``; PySide6 ships those in ``qtbase_<lang>.qm``
for Dutch but not for Welsh. They are marked here so they reach ``vigeditor_<lang>.ts``:
vigeditor's translator, installed after Qt's, answers for them in every shipped language
(for Dutch with the same words as Qt's own). Nothing needs to call anything: Qt asks every
installed translator.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: the standard buttons vigeditor's dialogs and message boxes show
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
)
