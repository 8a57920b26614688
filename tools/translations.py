"""Refresh, build and count vigeditor's translation catalogues (see docs/translating.md).

    python tools/translations.py update   # after code changes: new strings into every catalogue
    python tools/translations.py build    # compile .ts → .qm and .po → .mo (the package build
                                          # runs this too; the compiled files are not committed)
    python tools/translations.py stats    # strings, untranslated and unfinished per catalogue
    python tools/translations.py add LANG # start a new language (then add it to LANGUAGES)

Two kinds of catalogue, one per shipped language:

- the app's windows (Qt): ``resources/i18n/vigeditor_<lang>.ts``, made by PySide6's own
  ``pyside6-lupdate`` from ``vigeditor/ui``, compiled by ``pyside6-lrelease``;
- messages of the Qt-free layers (errors, CLI, documents): gettext
  ``resources/locale/<lang>/LC_MESSAGES/vigeditor.po``, extracted from the ``_()`` and
  ``ngettext()`` calls by Babel into ``resources/locale/vigeditor.pot``, compiled by Babel.

Updating keeps every existing translation; a new string arrives untranslated (Qt:
``type="unfinished"``; gettext: an empty ``msgstr``, or ``#, fuzzy`` when Babel guessed it from
a similar old one). Compiling leaves unfinished and fuzzy entries out, so the app shows English
for them. Needs PySide6 and Babel (both in the package's build requirements).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: the shipped languages besides English (the source language)
LANGUAGES = ("cy", "nl")
#: English has a Qt catalogue too, of its plural forms only ("%n moment(s)" → "1 moment")
PLURALS_ONLY = "en"
DOMAIN = "vigeditor"
QT_DIR = ROOT / "resources" / "i18n"
LOCALE_DIR = ROOT / "resources" / "locale"
POT = LOCALE_DIR / f"{DOMAIN}.pot"
#: calls of the ui's module-level helpers ``_tr("…")`` are written out here for lupdate
WRAPPED_CALLS = ROOT / "build" / "i18n" / "wrapped_tr.py"
PLURAL = "#plural"


def ts_path(language: str) -> Path:
    return QT_DIR / f"{DOMAIN}_{language}.ts"


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def ui_sources() -> list[Path]:
    return sorted((ROOT / "vigeditor" / "ui").rglob("*.py"))


def core_sources() -> list[Path]:
    ui = ROOT / "vigeditor" / "ui"
    return sorted(path for path in (ROOT / "vigeditor").rglob("*.py") if ui not in path.parents)


def _pyside_tool(tool: str, arguments: list[str]) -> None:
    """Run ``pyside6-<tool>`` (the same code as that script, from the running Python)."""
    code = f"from PySide6.scripts.pyside_tool import {tool}; {tool}()"
    subprocess.run([sys.executable, "-c", code, *arguments], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)


def _babel(*arguments: str) -> None:
    from babel.messages.frontend import CommandLineInterface

    CommandLineInterface().run(["pybabel", "-q", *arguments])


# --- the ui's own translate helpers ---------------------------------------------------------

def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def _tr(text): return QCoreApplication.translate("Ctx", text)``
    helpers of a ui module: helper name → context."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        body = node.body[-1]  # after any docstring
        call = body.value if isinstance(body, ast.Return) else None
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate" and call.args
                and isinstance(call.args[0], ast.Constant)):
            found[node.name] = str(call.args[0].value)
    return found


def _imported_helpers(tree: ast.Module) -> dict[str, str]:
    """Helpers a ui module imports from another (``from vigeditor.ui.details.common import
    tr``): helper name → the context the defining module translates in."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not (isinstance(node, ast.ImportFrom) and node.module
                and node.module.startswith("vigeditor.ui")):
            continue
        source = ROOT / (node.module.replace(".", "/") + ".py")
        if not source.is_file():
            continue
        theirs = _helper_contexts(ast.parse(source.read_text(encoding="utf-8")))
        found.update({alias.asname or alias.name: theirs[alias.name]
                      for alias in node.names if alias.name in theirs})
    return found


def _literal_args(tree: ast.Module, helpers: dict[str, str]) -> list[tuple[str, str, int]]:
    """(context, text, line) of every literal passed to a helper, and of the description and
    group of the keyboard map's ``_s(action, keys, description, group)`` entries. A helper
    called with a count too (``_tr("%n moment(s)", n)``) gives a plural entry: its context
    ends with ``PLURAL`` (:func:`write_wrapped_calls` writes it with a count)."""
    found: list[tuple[str, str, int]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        name = node.func.id
        positions = (0,) if name in helpers else (2, 3) if name == "_s" else ()
        context = helpers.get(name, helpers.get("_tr", ""))
        if name in helpers and len(node.args) == 2:
            context += PLURAL
        for position in positions:
            if position < len(node.args) and isinstance(node.args[position], ast.Constant) \
                    and isinstance(node.args[position].value, str) and context:
                found.append((context, node.args[position].value, node.lineno))
    return found


def _forwarding_methods(tree: ast.Module) -> list[tuple[str, str, int]]:
    """(class, method, argument position) of each method that translates one of its own
    parameters with ``self.tr(param)`` (e.g. ``_combo(self, key, label, …)`` showing
    ``self.tr(label)``): the literals its callers pass there are translatable too."""
    found: list[tuple[str, str, int]] = []
    for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
        for method in (node for node in cls.body if isinstance(node, ast.FunctionDef)):
            params = [arg.arg for arg in method.args.args[1:]]
            used = {call.args[0].id for call in ast.walk(method)
                    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "tr" and call.args
                    and isinstance(call.args[0], ast.Name)}
            found += [(cls.name, method.name, index) for index, name in enumerate(params)
                      if name in used]
    return found


def _forwarded_literals(tree: ast.Module) -> list[tuple[str, str, int]]:
    """(context, text, line) of literals passed to a forwarding method as ``self.m(…)``."""
    found: list[tuple[str, str, int]] = []
    methods = _forwarding_methods(tree)
    for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
        wanted = {(method, index) for owner, method, index in methods if owner == cls.name}
        for call in (node for node in ast.walk(cls) if isinstance(node, ast.Call)):
            func = call.func
            if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                    and func.value.id == "self"):
                continue
            for method, index in wanted:
                if func.attr == method and index < len(call.args) \
                        and isinstance(call.args[index], ast.Constant) \
                        and isinstance(call.args[index].value, str):
                    found.append((cls.name, call.args[index].value, call.lineno))
    return found


def write_wrapped_calls() -> Path:
    """Write every ``_tr("…")``-style call of the ui, and every literal a method passes on
    to ``self.tr``, as a ``QCoreApplication.translate`` call lupdate understands (one per
    line, with where it came from); return the file."""
    lines = ["# Made by tools/translations.py for pyside6-lupdate; not part of the app.",
             "from PySide6.QtCore import QCoreApplication", ""]
    for path in ui_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {**_imported_helpers(tree), **_helper_contexts(tree)}
        found = _literal_args(tree, helpers) if helpers else []
        found += _forwarded_literals(tree)
        where = path.relative_to(ROOT).as_posix()
        for context, text, line in found:
            count = ', "", 1' if context.endswith(PLURAL) else ""
            lines.append(f"QCoreApplication.translate({json.dumps(context.removesuffix(PLURAL))}"
                         f", {json.dumps(text, ensure_ascii=False)}{count})  # {where}:{line}")
    WRAPPED_CALLS.parent.mkdir(parents=True, exist_ok=True)
    WRAPPED_CALLS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return WRAPPED_CALLS


# --- update ---------------------------------------------------------------------------------

def update_qt(languages: tuple[str, ...] = LANGUAGES) -> None:
    """Bring every ``.ts`` up to date with the ui sources (translations kept)."""
    QT_DIR.mkdir(parents=True, exist_ok=True)
    sources = [path.relative_to(ROOT).as_posix() for path in ui_sources()]
    sources.append(write_wrapped_calls().relative_to(ROOT).as_posix())
    for language in (PLURALS_ONLY, *languages):
        only = ["-pluralonly"] if language == PLURALS_ONLY else []
        _pyside_tool("lupdate", [*sources, *only, "-locations", "relative", "-source-language",
                                 "en", "-target-language", language, "-ts",
                                 ts_path(language).relative_to(ROOT).as_posix()])


def update_core(languages: tuple[str, ...] = LANGUAGES) -> None:
    """Extract the core's messages into the ``.pot`` and merge it into every ``.po``."""
    LOCALE_DIR.mkdir(parents=True, exist_ok=True)
    sources = [path.relative_to(ROOT).as_posix() for path in core_sources()]
    _babel("extract", "-o", str(POT), "--project", "vigeditor", "--no-wrap",
           "--add-comments", "Translators:", "--sort-by-file", "-k", "_", "-k", "ngettext:1,2",
           *sources)
    for language in languages:
        if po_path(language).is_file():
            _babel("update", "-i", str(POT), "-d", str(LOCALE_DIR), "-D", DOMAIN, "-l",
                   language, "--no-wrap", "--ignore-obsolete")
        else:
            _babel("init", "-i", str(POT), "-d", str(LOCALE_DIR), "-D", DOMAIN, "-l",
                   language, "--no-wrap")


# --- build ----------------------------------------------------------------------------------

def build(languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Compile every ``.ts`` to ``.qm`` (pyside6-lrelease) and every ``.po`` to ``.mo``
    (Babel), next to their sources; unfinished and fuzzy entries are left out. Returns the
    files written. Raises CalledProcessError or OSError when a tool fails."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written: list[Path] = []
    for language in (PLURALS_ONLY, *languages):
        ts = ts_path(language)
        if ts.is_file():
            qm = ts.with_suffix(".qm")
            _pyside_tool("lrelease", ["-silent", str(ts), "-qm", str(qm)])
            written.append(qm)
        po = po_path(language)
        if po.is_file():
            with po.open("rb") as stream:
                catalog = read_po(stream, locale=language)
            mo = po.with_suffix(".mo")
            with mo.open("wb") as stream:
                write_mo(stream, catalog, use_fuzzy=False)
            written.append(mo)
    return written


# --- stats ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Counts:
    """How far one catalogue is: its strings, those without a translation, and those with
    one marked unfinished (Qt) or fuzzy (gettext)."""

    catalogue: str
    strings: int
    untranslated: int
    unfinished: int

    @property
    def done(self) -> bool:
        return self.untranslated == 0 and self.unfinished == 0


def ts_counts(path: Path) -> Counts:
    """Count a ``.ts`` file's live messages (vanished and obsolete ones left out)."""
    strings = untranslated = unfinished = 0
    for message in ElementTree.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue
        strings += 1
        texts = [translation.text or ""] if translation is not None else [""]
        if translation is not None and message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.iter("numerusform")] or [""]
        if not all(text.strip() for text in texts):
            untranslated += 1
        elif kind == "unfinished":
            unfinished += 1
    return Counts(path.relative_to(ROOT).as_posix(), strings, untranslated, unfinished)


def po_counts(path: Path) -> Counts:
    """Count a ``.po`` file's messages (the header and obsolete entries left out)."""
    from babel.messages.pofile import read_po

    with path.open("rb") as stream:
        catalog = read_po(stream)
    strings = untranslated = unfinished = 0
    for message in catalog:
        if not message.id:
            continue
        strings += 1
        texts = message.string if isinstance(message.string, tuple | list) else [message.string]
        if not all(text and text.strip() for text in texts):
            untranslated += 1
        elif message.fuzzy:
            unfinished += 1
    return Counts(path.relative_to(ROOT).as_posix(), strings, untranslated, unfinished)


def all_counts(languages: tuple[str, ...] = LANGUAGES) -> list[Counts]:
    """The counts of every shipped catalogue: English plurals, then per language Qt and
    gettext."""
    return [ts_counts(ts_path(PLURALS_ONLY))] + [
        counts for language in languages
        for counts in (ts_counts(ts_path(language)), po_counts(po_path(language)))]


def main(arguments: list[str]) -> int:
    command = arguments[0] if arguments else ""
    if command == "update":
        update_qt()
        update_core()
    elif command == "build":
        for path in build():
            print(path.relative_to(ROOT))
    elif command == "add" and len(arguments) == 2:
        update_qt((arguments[1],))
        update_core((arguments[1],))
        print(f"now add {arguments[1]!r} to LANGUAGES in tools/translations.py and to "
              "LANGUAGES in vigeditor/i18n.py")
    elif command == "stats":
        for counts in all_counts():
            print(f"{counts.catalogue}: {counts.strings} strings, {counts.untranslated} "
                  f"untranslated, {counts.unfinished} unfinished")
    else:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
