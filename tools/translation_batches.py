"""Hand untranslated strings to translators as JSON, and take their work back into the catalogues.

    python tools/translation_batches.py export LANG qt|core -o FILE.json [--parts N]
    python tools/translation_batches.py import FILE.json [FILE.json ...]

``export`` writes the strings of one catalogue (``qt``: resources/i18n/vigeditor_LANG.ts,
``core``: resources/locale/LANG/LC_MESSAGES/vigeditor.po) that are untranslated, unfinished or
fuzzy, one JSON entry each::

    {"catalogue": "qt", "language": "nl", "context": "ExportDialog", "source": "Export",
     "plural": null, "forms": 1, "comment": "", "where": "vigeditor/ui/exports/dialog.py",
     "translation": null}

A translator fills ``translation``: a string, or for an entry with ``forms`` > 1 (a plural) a
list of that many strings in the language's plural order (Qt: the order of Qt Linguist's
numerus forms; gettext: the order of the catalogue's ``Plural-Forms``). Placeholders
(``{name}``, ``%n``, ``%1``), ``&`` accelerators and HTML tags must be kept. ``import`` writes
every filled entry into its catalogue as finished. It never touches an entry that is already
translated, so it can run after ``tools/translations.py update`` at any time.

Working on JSON rather than on the catalogues lets several translators work at once while the
code (and ``update``) goes on changing the catalogues.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from babel.messages import pofile

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{[a-zA-Z_0-9]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d|&(?=\w)")


def ts_path(language: str) -> Path:
    return ROOT / "resources" / "i18n" / f"vigeditor_{language}.ts"


def po_path(language: str) -> Path:
    return ROOT / "resources" / "locale" / language / "LC_MESSAGES" / "vigeditor.po"


def _qt_forms(translation: ElementTree.Element) -> int:
    return max(1, len(translation.findall("numerusform")))


def export_qt(language: str) -> list[dict]:
    """The unfinished or empty messages of the Qt catalogue of ``language``."""
    tree = ElementTree.parse(ts_path(language))
    entries = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        where = ""
        for message in context.iter("message"):
            location = message.find("location")
            if location is not None and location.get("filename"):
                where = location.get("filename", "").replace("../../", "")
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if translation.get("type") != "unfinished":  # finished, vanished or obsolete
                continue
            entries.append({"catalogue": "qt", "language": language, "context": name,
                            "source": message.findtext("source") or "", "plural": None,
                            "forms": _qt_forms(translation) if numerus else 1,
                            "comment": message.findtext("comment") or "",
                            "where": where, "translation": None})
    return entries


def export_core(language: str) -> list[dict]:
    """The untranslated or fuzzy messages of the gettext catalogue of ``language``."""
    with po_path(language).open("rb") as handle:
        catalogue = pofile.read_po(handle, locale=language)
    entries = []
    for message in catalogue:
        if not message.id:
            continue
        plural = isinstance(message.id, (list, tuple))
        strings = list(message.string) if plural else [message.string]
        if all(strings) and not message.fuzzy:
            continue
        where = message.locations[0][0] if message.locations else ""
        entries.append({"catalogue": "core", "language": language, "context": message.context,
                        "source": message.id[0] if plural else message.id,
                        "plural": message.id[1] if plural else None,
                        "forms": catalogue.num_plurals if plural else 1,
                        "comment": " ".join(message.auto_comments), "where": where,
                        "translation": None})
    return entries


def check_entry(entry: dict) -> str | None:
    """Why a filled entry cannot be imported (placeholders lost, wrong number of plural
    forms), or None."""
    translation = entry.get("translation")
    if translation is None:
        return None
    forms = translation if isinstance(translation, list) else [translation]
    if len(forms) != entry["forms"] or not all(isinstance(form, str) and form
                                               for form in forms):
        return f"needs {entry['forms']} non-empty form(s)"
    wanted = sorted(set(PLACEHOLDER.findall(entry["source"])) - {"&"})
    for form in forms:
        found = sorted(set(PLACEHOLDER.findall(form)) - {"&"})
        if entry["forms"] > 1 and "%n" in wanted and "%n" not in found:
            found = sorted({*found, "%n"})  # a plural form may spell the number out
        if found != wanted:
            return f"placeholders {found} instead of {wanted}"
    return None


def import_qt(language: str, entries: list[dict]) -> int:
    path = ts_path(language)
    tree = ElementTree.parse(path)
    wanted = {(entry["context"], entry["source"]): entry["translation"] for entry in entries}
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            translation = message.find("translation")
            if key not in wanted or translation is None or translation.get("type") is None:
                continue
            text = wanted[key]
            if message.get("numerus") == "yes":
                for form, value in zip(translation.findall("numerusform"), text, strict=True):
                    form.text = value
            else:
                translation.text = text
            del translation.attrib["type"]
            done += 1
    _write_ts(tree, path)
    return done


def _write_ts(tree: ElementTree.ElementTree, path: Path) -> None:
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def import_core(language: str, entries: list[dict]) -> int:
    path = po_path(language)
    with path.open("rb") as handle:
        catalogue = pofile.read_po(handle, locale=language)
    done = 0
    for entry in entries:
        key = (entry["source"], entry["plural"]) if entry["plural"] else entry["source"]
        message = catalogue.get(key, context=entry["context"])
        if message is None:
            continue
        plural = isinstance(message.id, (list, tuple))
        current = list(message.string) if plural else [message.string]
        if all(current) and not message.fuzzy:
            continue
        value = entry["translation"]
        message.string = tuple(value) if plural else value
        message.flags.discard("fuzzy")
        done += 1
    with path.open("wb") as handle:
        pofile.write_po(handle, catalogue, width=0)  # as update --no-wrap
    return done


def _export(arguments: argparse.Namespace) -> int:
    entries = (export_qt if arguments.kind == "qt" else export_core)(arguments.language)
    parts = max(1, arguments.parts)
    size = -(-len(entries) // parts) if entries else 0
    for part in range(parts):
        chunk = entries[part * size:(part + 1) * size]
        target = arguments.output if parts == 1 else arguments.output.with_name(
            f"{arguments.output.stem}-{part + 1}{arguments.output.suffix}")
        target.write_text(json.dumps(chunk, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
        print(f"{target}: {len(chunk)} strings")
    return 0


def _import(arguments: argparse.Namespace) -> int:
    grouped: dict[tuple[str, str], list[dict]] = {}
    problems = 0
    for file in arguments.files:
        for entry in json.loads(Path(file).read_text(encoding="utf-8")):
            if entry.get("translation") in (None, "", []):
                continue
            problem = check_entry(entry)
            if problem:
                problems += 1
                print(f"{file}: {entry['source']!r}: {problem}", file=sys.stderr)
                continue
            grouped.setdefault((entry["catalogue"], entry["language"]), []).append(entry)
    for (kind, language), entries in sorted(grouped.items()):
        count = (import_qt if kind == "qt" else import_core)(language, entries)
        print(f"{kind} {language}: {count} strings translated")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export")
    export.add_argument("language")
    export.add_argument("kind", choices=("qt", "core"))
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument("--parts", type=int, default=1)
    export.set_defaults(run=_export)
    take = commands.add_parser("import")
    take.add_argument("files", nargs="+", type=Path)
    take.set_defaults(run=_import)
    arguments = parser.parse_args(argv)
    return arguments.run(arguments)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
