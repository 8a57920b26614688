"""``vigeditor export booklet|supervision|logbook``: the document exports on the command line.

:func:`add_document_exports` adds them to the ``export`` group made by
:func:`vigeditor.cli_export.add_export_commands`. Refusals and failures raise plain errors,
which ``vigeditor.cli.main`` turns into exit status 2 and one ``error:`` line.
"""

from __future__ import annotations

import argparse
import threading
from pathlib import Path
from typing import Any

from vigeditor.cli_blur import add_blur_options, check_blur_options, document_blur
from vigeditor.cli_export import add_purpose_options, print_notes, progress_printer
from vigeditor.cli_passphrase import read_passphrase
from vigeditor.i18n import _, ngettext


def add_document_exports(export_commands: Any) -> None:
    """Register ``booklet``, ``supervision`` and ``logbook`` under ``vigeditor export``."""
    booklet = export_commands.add_parser(
        "booklet", help=_("the family notes booklet (PDF) of a case"))
    booklet.add_argument("dir", type=Path, help=_("the case folder"))
    booklet.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    booklet.add_argument("--child-friendly", action="store_true",
                         help=_("large pictures and large type, captions only"))
    booklet.add_argument("--a5", action="store_true",
                         help=_("A5 pages printed 2-up on A4 landscape, to fold into a booklet"))
    booklet.add_argument("--title", metavar="TEXT",
                         help=_("the title the family chose (default: Our special moments)"))
    booklet.add_argument("--names", action="store_true",
                         help=_("print the family's and people's names (left out by default)"))
    booklet.add_argument("--language", dest="document_language", choices=["en", "cy", "nl"],
                         help=_("the language of the booklet (default: the case's last choice, "
                                "else the app's)"))
    add_purpose_options(booklet, "booklet")
    add_blur_options(booklet, document=True)
    booklet.set_defaults(handler=_cmd_booklet)

    pack = export_commands.add_parser(
        "supervision", help=_("a cycle's pseudonymised supervision pack: clips and a summary"))
    pack.add_argument("dir", type=Path, help=_("the case folder"))
    pack.add_argument("--cycle", type=int, required=True, metavar="N")
    pack.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                      help=_("the folder to make (OUT.zip is written beside it)"))
    pack.add_argument("--encrypt", action="store_true",
                      help=_("write only OUT.7z, an AES-256 7-Zip archive locked with a "
                             "passphrase (typed twice, or from VIGEDITOR_PASSPHRASE)"))
    add_purpose_options(pack, "supervision")
    add_blur_options(pack, document=True)
    pack.set_defaults(handler=_cmd_supervision)

    logbook = export_commands.add_parser(
        "logbook", help=_("the logbook of every case in a workspace (PDF or CSV)"))
    logbook.add_argument("workspace", type=Path, help=_("the folder holding the cases"))
    logbook.add_argument("-o", "--output", type=Path, required=True,
                         metavar="OUT.pdf|OUT.csv")
    logbook.set_defaults(handler=_cmd_logbook)


def _cmd_booklet(args: argparse.Namespace) -> int:
    from vigeditor.i18n import document_language
    from vigeditor.project.case import Case
    from vigeditor.project.documents.booklet.booklet import export_booklet
    from vigeditor.project.languages import family_language

    with Case.open(args.dir) as case, document_language(
            args.document_language or family_language(case)):
        made = export_booklet(case, args.output, title=args.title, a5=args.a5,
                              child_friendly=args.child_friendly, names=args.names,
                              purpose=args.purpose, professional=args.professional,
                              blur=document_blur(case, "booklet", args),
                              progress=progress_printer(args.output.name),
                              cancel=threading.Event())
    print(_("booklet of {pages} pages ({pictures} pictures) written to {path}").format(
        pages=made.pages, pictures=made.pictures, path=made.path))
    print_notes(made.notes)
    return 0


def _cmd_supervision(args: argparse.Namespace) -> int:
    from vigeditor.project.case import Case
    from vigeditor.project.documents.supervision_pack import export_supervision_pack

    check_blur_options(args, document=True)  # before the passphrase is asked for
    passphrase = read_passphrase() if args.encrypt else None
    with Case.open(args.dir) as case:
        pack = export_supervision_pack(case, args.cycle, args.output, purpose=args.purpose,
                                       professional=args.professional, passphrase=passphrase,
                                       blur=document_blur(case, "supervision", args),
                                       progress=progress_printer(args.output.name),
                                       cancel=threading.Event())
    if pack.encrypted:
        print(_("encrypted supervision pack of cycle {number} written to {archive} (only "
                "the passphrase opens it)").format(number=args.cycle, archive=pack.zip_path))
        print_notes(pack.notes)
        return 0
    print(_("note: this pack is not encrypted; add --encrypt to lock it with a passphrase"))
    print(ngettext("supervision pack of cycle {number} ({count} clip) written to {folder} "
                   "and {archive}", "supervision pack of cycle {number} ({count} clips) "
                   "written to {folder} and {archive}", len(pack.clips)).format(
        number=args.cycle, count=len(pack.clips), folder=pack.folder, archive=pack.zip_path))
    print_notes(pack.notes)
    return 0


def _cmd_logbook(args: argparse.Namespace) -> int:
    from vigeditor.project.documents.logbook.document import stage_status
    from vigeditor.project.documents.logbook.export import export_logbook

    made = export_logbook(args.workspace, args.output)
    logbook = made.logbook
    print(_("logbook written to {path}: {cycles} cycles counted, {clients} clients, "
            "{sessions} supervisions ({hours:.1f} hours); stage reached: {stage}").format(
        path=made.path, cycles=logbook.counted_cycles, clients=logbook.clients,
        sessions=len(logbook.sessions), hours=logbook.hours, stage=logbook.stage_reached))
    if logbook.next_stage is not None:
        print(_("stage {stage}: {status}").format(stage=logbook.next_stage.stage,
                                                  status=stage_status(logbook.next_stage)))
    for case in logbook.cases:
        if case.note:
            print(_("note: {name}: {note}").format(name=case.family_code or case.folder.name,
                                                  note=case.note))
    return 0
