"""Every shipped language is whole (issue 15): no string untranslated or unfinished in the
app's Qt catalogues (``resources/i18n/vigeditor_<lang>.ts``, English's plural forms
included) or in the core's gettext catalogues (``resources/locale/<lang>/LC_MESSAGES/
vigeditor.po``), and the catalogues hold every string the code has now (run
``python tools/translations.py update`` after changing user-facing text).

``python tools/translations.py stats`` prints the same counts."""

from __future__ import annotations

import pytest

from tests.translations_built import translations_tool


def test_no_string_is_untranslated_or_unfinished() -> None:
    counts = translations_tool().all_counts()
    for entry in counts:
        print(f"{entry.catalogue}: {entry.strings} strings, {entry.untranslated} "
              f"untranslated, {entry.unfinished} unfinished")
    left = {entry.catalogue: (entry.untranslated, entry.unfinished) for entry in counts
            if not entry.done}
    assert not left, "untranslated, unfinished: " + ", ".join(
        f"{name}: {todo[0]}, {todo[1]}" for name, todo in left.items())


def test_the_catalogues_hold_every_string_of_the_code(tmp_path_factory: pytest.TempPathFactory
                                                      ) -> None:
    from babel.messages.extract import extract_from_file
    from babel.messages.pofile import read_po

    tool = translations_tool()
    with tool.po_path("nl").open("rb") as stream:
        known = {message.id if isinstance(message.id, str) else message.id[0]
                 for message in read_po(stream) if message.id}
    in_code = set()
    for path in tool.core_sources():
        for _line, message, _comments, _context in extract_from_file(
                "python", str(path), keywords={"_": None, "ngettext": (1, 2)}):
            in_code.add(message if isinstance(message, str) else message[0])
    missing = sorted(in_code - known)
    assert not missing, f"{len(missing)} core messages not in the catalogues: {missing[:5]}"
