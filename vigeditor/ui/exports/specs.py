"""What each export asks for and which project export it runs (no widgets here)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vigeditor.i18n import document_language
from vigeditor.project import exporting
from vigeditor.project.case import Case
from vigeditor.project.documents import encrypted, review_pack, review_plan, supervision_pack
from vigeditor.project.documents.booklet import booklet
from vigeditor.project.documents.logbook import export as logbook
from vigeditor.project.languages import remember_family_language
from vigeditor.ui.exports.faces_work import document_blur, item_blur

Run = Callable[[Case | None, Path, dict[str, Any], Callable[[float], None], threading.Event],
               Path]


@dataclass(frozen=True)
class ExportSpec:
    """One kind of export: its title, default purpose, what it writes and how to run it."""

    kind: str
    title: str
    purpose: str | None  # the default consent purpose; None when no family consent is needed
    output: str  # "file" or "folder"
    suffixes: tuple[str, ...]
    run: Run
    needs_case: bool = True


def _notes(options: dict[str, Any]) -> list[str]:
    """Where an export leaves plain sentences for the guider (e.g. a damaged frame and the
    frame used instead); the dialog shows them when the export is done."""
    return options.setdefault("notes", [])


def _clip(case: Case | None, out: Path, options: dict[str, Any],
          progress: Callable[[float], None], cancel: threading.Event) -> Path:
    assert case is not None
    return exporting.export_clip(case, options["clip"], out, purpose=options["purpose"],
                                 professional=options.get("professional"),
                                 size=options.get("size", "original"),
                                 slow_motion=options.get("slow_motion", False),
                                 burn_caption=options.get("burn_caption", False),
                                 blur=item_blur(case, "clip", options, cancel),
                                 progress=progress, cancel=cancel, notes=_notes(options))


def _still(case: Case | None, out: Path, options: dict[str, Any],
           progress: Callable[[float], None], cancel: threading.Event) -> Path:
    assert case is not None
    return exporting.export_still(case, options["still"], out, purpose=options["purpose"],
                                  professional=options.get("professional"),
                                  blur=item_blur(case, "still", options, cancel),
                                  progress=progress, cancel=cancel, notes=_notes(options))


def _review_pack(case: Case | None, out: Path, options: dict[str, Any],
                 progress: Callable[[float], None], cancel: threading.Event) -> Path:
    assert case is not None
    folder, _zip = review_pack.export_review_pack(
        case, options["cycle"], out, purpose=options["purpose"],
        professional=options.get("professional"), names=options.get("names", False),
        blur=document_blur(options),
        progress=progress, cancel=cancel, notes=_notes(options))
    return folder


def _booklet(case: Case | None, out: Path, options: dict[str, Any],
             progress: Callable[[float], None], cancel: threading.Event) -> Path:
    assert case is not None
    made = booklet.export_booklet(case, out, title=options.get("title") or None,
                                  a5=options.get("a5", False),
                                  child_friendly=options.get("child_friendly", False),
                                  names=options.get("names", False),
                                  purpose=options["purpose"],
                                  professional=options.get("professional"),
                                  blur=document_blur(options),
                                  progress=progress, cancel=cancel)
    _notes(options).extend(made.notes)
    return made.path


def _review_plan(case: Case | None, out: Path, options: dict[str, Any],
                 progress: Callable[[float], None], cancel: threading.Event) -> Path:
    assert case is not None
    return review_plan.export_review_plan(case, options["cycle"], out, progress=progress,
                                          cancel=cancel)


def _supervision(case: Case | None, out: Path, options: dict[str, Any],
                 progress: Callable[[float], None], cancel: threading.Event) -> Path:
    assert case is not None
    passphrase = _passphrase(options)
    pack = supervision_pack.export_supervision_pack(
        case, options["cycle"], out, purpose=options["purpose"],
        professional=options.get("professional"), passphrase=passphrase,
        blur=document_blur(options),
        progress=progress, cancel=cancel)
    _notes(options).extend(pack.notes)
    return pack.written


def _passphrase(options: dict[str, Any]) -> str | None:
    """The checked passphrase when the pack is to be encrypted (CaseError, nothing written,
    when it is too short or typed differently twice), else None. It is taken out of
    ``options``, which the dialog keeps after the export."""
    typed, again = options.pop("passphrase", ""), options.pop("passphrase_again", "")
    if not options.get("encrypt"):
        return None
    return encrypted.check_passphrase(typed or None, again)


def _logbook(_case: Case | None, out: Path, options: dict[str, Any],
             _progress: Callable[[float], None], _cancel: threading.Event) -> Path:
    return logbook.export_logbook(options["workspace"], out).path


def _in_family_language(run: Run) -> Run:
    """``run`` writing the document in the language chosen in the dialog (remembered as the
    case's family language), inside the export's own thread."""
    def in_language(case: Case | None, out: Path, options: dict[str, Any],
                    progress: Callable[[float], None], cancel: threading.Event) -> Path:
        language = options.get("language")
        if case is not None and language:
            remember_family_language(case, language)
        with document_language(language):
            return run(case, out, options, progress, cancel)

    return in_language


SPECS: dict[str, ExportSpec] = {spec.kind: spec for spec in (
    ExportSpec("clip",
               QT_TRANSLATE_NOOP("ExportDialog", "Export clip"),
               "family-copy", "file", (".mp4",), _clip),
    ExportSpec("still",
               QT_TRANSLATE_NOOP("ExportDialog", "Export still"),
               "family-copy", "file", (".png", ".jpg"), _still),
    ExportSpec("review-pack",
               QT_TRANSLATE_NOOP("ExportDialog", "Export review pack"),
               "family-copy", "folder", (),
               _in_family_language(_review_pack)),
    # the guider's sheet for the shared review (consent "review", checked by the export)
    ExportSpec("review-plan",
               QT_TRANSLATE_NOOP("ExportDialog", "Export review plan sheet"),
               None, "file", (".pdf",),
               _review_plan),
    ExportSpec("booklet",
               QT_TRANSLATE_NOOP("ExportDialog", "Export family notes booklet"),
               "family-copy", "file", (".pdf",),
               _in_family_language(_booklet)),
    ExportSpec("supervision",
               QT_TRANSLATE_NOOP("ExportDialog", "Export supervision pack"),
               "supervision", "folder", (),
               _supervision),
    ExportSpec("logbook",
               QT_TRANSLATE_NOOP("ExportDialog", "Export logbook"),
               None, "file", (".pdf", ".csv"), _logbook,
               needs_case=False),
)}
