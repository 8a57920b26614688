"""``vigeditor export …``: exports of a case without the app (clips, stills, review packs).

Each command opens the case (taking its lock), checks consent for the declared purpose
(``--purpose`` overrides the default of DESIGN.md §5), writes the export and its audit entry,
and closes the case. Refusals and failures end with exit status 2 and one ``error:`` line.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from vigeditor.cli_blur import add_blur_options, document_blur, item_blur, unsure_note
from vigeditor.i18n import _

_PURPOSES = ("filming", "review", "family-copy", "supervision", "training", "professional",
             "research")
_SIZES = ("original", "1080p", "720p")


def add_export_commands(commands: argparse._SubParsersAction) -> Any:  # type: ignore[type-arg]
    """Register the ``export`` command group; returns its sub-command parsers, so other
    exports (booklet, supervision pack, logbook) can be added to it."""
    export = commands.add_parser("export", help=_("export clips, stills and packs from a case"))
    export_commands = export.add_subparsers(dest="export_command", metavar="COMMAND",
                                            parser_class=type(export))
    export_commands.required = True
    _add_clip(export_commands)
    _add_still(export_commands)
    _add_review_pack(export_commands)
    return export_commands


def add_purpose_options(parser: argparse.ArgumentParser, kind: str) -> None:
    """``--purpose`` and ``--professional``, as every export command has them; the help
    lists the purposes an export of ``kind`` can serve
    (:data:`vigeditor.project.purposes.EXPORT_PURPOSES`; any other consent code is refused
    by the export in plain words)."""
    from vigeditor.project.purposes import DEFAULT_PURPOSES, EXPORT_PURPOSES

    parser.add_argument("--purpose", choices=_PURPOSES, metavar="CODE",
                        help=_("what the export is for (a consent code): {codes}; default "
                               "{default}").format(codes=", ".join(EXPORT_PURPOSES[kind]),
                                                   default=DEFAULT_PURPOSES[kind]))
    parser.add_argument("--professional", metavar="NAME",
                        help=_("the professional it is for (with --purpose professional)"))


def _add_clip(group: Any) -> None:
    clip = group.add_parser("clip", help=_("export a clip as an MP4 video"))
    clip.add_argument("dir", type=Path, help=_("the case folder"))
    clip.add_argument("--clip", type=int, required=True, metavar="ID")
    clip.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.mp4")
    add_purpose_options(clip, "clip")
    clip.add_argument("--size", choices=_SIZES, default="original",
                      help=_("picture size (default: as filmed)"))
    clip.add_argument("--slow-motion", action="store_true",
                      help=_("a slow-motion copy (half speed, sound slowed)"))
    clip.add_argument("--burn-caption", action="store_true",
                      help=_("show the clip's caption in the picture"))
    add_blur_options(clip)
    clip.set_defaults(handler=_cmd_clip)


def _add_still(group: Any) -> None:
    still = group.add_parser("still", help=_("export a still as a PNG or JPEG picture"))
    still.add_argument("dir", type=Path, help=_("the case folder"))
    still.add_argument("--still", type=int, required=True, metavar="ID")
    still.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.png")
    add_purpose_options(still, "still")
    add_blur_options(still)
    still.set_defaults(handler=_cmd_still)


def _add_review_pack(group: Any) -> None:
    pack = group.add_parser("review-pack", help=_("export a cycle's shared review for the "
                            "family: a folder and a .zip that play in any browser"))
    pack.add_argument("dir", type=Path, help=_("the case folder"))
    pack.add_argument("--cycle", type=int, required=True, metavar="N")
    pack.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                      help=_("the folder to make (OUT.zip is written beside it)"))
    pack.add_argument("--language", dest="document_language", choices=["en", "cy", "nl"],
                      help=_("the language of the pack's page (default: the case's last choice, "
                             "else the app's)"))
    add_purpose_options(pack, "review-pack")
    add_blur_options(pack, document=True)
    pack.set_defaults(handler=_cmd_review_pack)


# -- handlers -------------------------------------------------------------------------------
def _open(path: Path) -> Any:
    from vigeditor.project.case import Case

    return Case.open(path)


def progress_printer(label: str) -> Any:
    """Progress on stderr when a person is watching (None otherwise)."""
    if not sys.stderr.isatty():
        return None

    def show(share: float) -> None:
        print(f"\r{label}: {int(share * 100)}%", end="", file=sys.stderr, flush=True)
        if share >= 1.0:
            print(file=sys.stderr)

    return show


def _cmd_clip(args: argparse.Namespace) -> int:
    from vigeditor.project.exporting import export_clip

    notes: list[str] = []
    with _open(args.dir) as case:
        written = export_clip(case, args.clip, args.output, purpose=args.purpose,
                              professional=args.professional, size=args.size,
                              slow_motion=args.slow_motion, burn_caption=args.burn_caption,
                              blur=item_blur(case, "clip", args.clip, args),
                              progress=progress_printer(args.output.name),
                              cancel=threading.Event(), notes=notes)
        notes += unsure_note(case, "clip", args.clip, args)
    print(_("clip {id} written to {path}").format(id=args.clip, path=written))
    print_notes(notes)
    return 0


def print_notes(notes: list[str] | tuple[str, ...]) -> None:
    """An export's notes for the guider (e.g. a damaged frame and the one used instead)."""
    for note in notes:
        print(_("note: {note}").format(note=note))


def _cmd_still(args: argparse.Namespace) -> int:
    from vigeditor.project.exporting import export_still

    notes: list[str] = []
    with _open(args.dir) as case:
        written = export_still(case, args.still, args.output, purpose=args.purpose,
                               professional=args.professional, notes=notes,
                               blur=item_blur(case, "still", args.still, args))
        notes += unsure_note(case, "still", args.still, args)
    print(_("still {id} written to {path}").format(id=args.still, path=written))
    print_notes(notes)
    return 0


def _cmd_review_pack(args: argparse.Namespace) -> int:
    from vigeditor.i18n import document_language
    from vigeditor.project.documents.review_pack import export_review_pack
    from vigeditor.project.languages import family_language

    notes: list[str] = []
    with _open(args.dir) as case, document_language(
            args.document_language or family_language(case)):
        folder, archive = export_review_pack(case, args.cycle, args.output,
                                             purpose=args.purpose,
                                             professional=args.professional,
                                             blur=document_blur(case, "review-pack", args),
                                             progress=progress_printer(args.output.name),
                                             notes=notes)
    print(_("review pack of cycle {number} written to {folder} and {archive}").format(
        number=args.cycle, folder=folder, archive=archive))
    print_notes(notes)
    return 0
