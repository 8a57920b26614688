"""``vigeditor case …``: headless work on a case folder (scripting, tests, support).

Each command opens the case (taking its lock), does one operation and closes it again.
"""

from __future__ import annotations

import argparse
import functools
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vigeditor.cli_audit import add_audit_command
from vigeditor.cli_codes import principle_codes
from vigeditor.cli_places import note_if_synced
from vigeditor.cli_review import add_review_command
from vigeditor.errors import explain_os_error
from vigeditor.i18n import _

_KINDS = ("interaction", "review")
_ROLES = ("carer", "child", "sibling", "professional")
_PURPOSES = ("filming", "review", "family-copy", "supervision", "training", "professional",
             "research")
_PRINCIPLE_HELP = ("a principle: its code (encouraging.waiting) or its keys in the app (2w); "
                   "repeat for more; 'vigeditor codes' lists them")


def add_case_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the ``case`` command group on the top-level sub-command parser."""
    case = commands.add_parser("case", help=_("create and edit case folders without the app"))
    group = case.add_subparsers(dest="case_command", metavar="COMMAND",
                                parser_class=type(case))
    group.required = True
    _add_new(group)
    _add_import(group)
    _add_person(group)
    _add_consent(group)
    _add_moment(group)
    _add_clip(group)
    _add_still(group)
    add_review_command(group, _guarded)
    add_audit_command(group, _guarded)
    show = group.add_parser("show", help=_("print what is in a case"))
    show.add_argument("dir", type=Path, help=_("the case folder"))
    show.add_argument("--json", action="store_true", help=_("print JSON"))
    show.set_defaults(handler=_guarded(_cmd_show))


def _add_new(group: Any) -> None:
    new = group.add_parser("new", help=_("make a new case folder"))
    new.add_argument("dir", type=Path,
                     help=_("a folder to make the case in, named after the family code as the "
                          "app names it (DIR/CODE.vigcase); or, if DIR is not a folder yet, "
                          "the new case's own name (.vigcase is added)"))
    new.add_argument("--family", required=True, help=_("the family code"))
    new.add_argument("--guider", help=_("the guider's name"))
    new.add_argument("--service", help=_("the service or team"))
    new.set_defaults(handler=_guarded(_cmd_new))


def _add_import(group: Any) -> None:
    imp = group.add_parser("import", help=_("copy recordings into a case (or link them)"))
    imp.add_argument("dir", type=Path, help=_("the case folder"))
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imp.add_argument("--cycle", type=int,
                     help=_("the cycle number (made if new; default: the latest cycle, or 1)"))
    imp.add_argument("--kind", choices=_KINDS, default="interaction",
                     help=_("interaction film (default) or the guider's shared review film"))
    imp.add_argument("--link", action="store_true",
                     help=_("refer to the files where they are instead of copying them"))
    imp.set_defaults(handler=_guarded(_cmd_import))


def _add_person(group: Any) -> None:
    person = group.add_parser("person", help=_("add a person to a case"))
    person.add_argument("dir", type=Path, help=_("the case folder"))
    person.add_argument("--name", required=True)
    person.add_argument("--role", required=True, choices=_ROLES)
    person.set_defaults(handler=_guarded(_cmd_person))


def _add_consent(group: Any) -> None:
    consent = group.add_parser("consent", help=_("record consent given or withdrawn"))
    consent.add_argument("dir", type=Path, help=_("the case folder"))
    consent.add_argument("--person", required=True, help=_("the person's name"))
    consent.add_argument("--purpose", required=True, choices=_PURPOSES)
    consent.add_argument("--professional", help=_("the professional (purpose 'professional')"))
    when = consent.add_mutually_exclusive_group(required=True)
    when.add_argument("--given", metavar="DATE", help=_("date given (YYYY-MM-DD)"))
    when.add_argument("--withdrawn", metavar="DATE", help=_("date withdrawn (YYYY-MM-DD)"))
    consent.set_defaults(handler=_guarded(_cmd_consent))


def _add_moment(group: Any) -> None:
    moment = group.add_parser("add-moment", help=_("tag a moment in a recording"))
    moment.add_argument("dir", type=Path, help=_("the case folder"))
    moment.add_argument("--recording", type=int, required=True, metavar="ID")
    moment.add_argument("--frame", type=int, required=True, metavar="N")
    moment.add_argument("--end", type=int, metavar="N", help=_("end frame of a short span"))
    moment.add_argument("--principle", action="append", default=[], metavar="CODE",
                        help=_PRINCIPLE_HELP)
    moment.add_argument("--who", default="", help=_("who acts, e.g. 'child initiative'"))
    moment.add_argument("--note", default="", metavar="TEXT")
    moment.set_defaults(handler=_guarded(_cmd_moment))


def _add_clip(group: Any) -> None:
    clip = group.add_parser("add-clip", help=_("mark a clip (a range of frames)"))
    clip.add_argument("dir", type=Path, help=_("the case folder"))
    clip.add_argument("--recording", type=int, required=True, metavar="ID")
    clip.add_argument("--in", dest="in_frame", type=int, required=True, metavar="N")
    clip.add_argument("--out", dest="out_frame", type=int, required=True, metavar="N")
    clip.add_argument("--title", default="")
    clip.add_argument("--caption", default="", metavar="TEXT")
    clip.add_argument("--principle", action="append", default=[], metavar="CODE",
                      help=_PRINCIPLE_HELP)
    clip.add_argument("--key-frame", type=int, metavar="N", help=_("the frame to freeze on"))
    clip.add_argument("--slow", action="store_true", help=_("show in slow motion"))
    clip.set_defaults(handler=_guarded(_cmd_clip))


def _add_still(group: Any) -> None:
    still = group.add_parser("add-still", help=_("mark a still frame"))
    still.add_argument("dir", type=Path, help=_("the case folder"))
    still.add_argument("--recording", type=int, required=True, metavar="ID")
    still.add_argument("--frame", type=int, required=True, metavar="N")
    still.add_argument("--caption", default="", metavar="TEXT")
    still.add_argument("--principle", action="append", default=[], metavar="CODE",
                       help=_PRINCIPLE_HELP)
    still.set_defaults(handler=_guarded(_cmd_still))


# -- handlers -------------------------------------------------------------------------------
def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """``handler`` with the disk's refusals (no permission, disk full, read-only) said in
    plain words naming the file or case folder, instead of as an unexpected error."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from vigeditor.project.errors import CaseError

        try:
            return handler(args)
        except OSError as error:
            plain = explain_os_error(error, error.filename or args.dir)
            if plain is None:
                raise
            raise CaseError(plain) from error
        except sqlite3.OperationalError as error:
            from vigeditor.project.case import case_folder
            from vigeditor.project.db import DB_NAME, storage_problem

            refused = storage_problem(case_folder(args.dir) / DB_NAME)
            if refused is None:
                raise
            raise refused from error

    return run


def _open(path: Path) -> Any:
    from vigeditor.project.case import Case

    return Case.open(path)


def _cmd_new(args: argparse.Namespace) -> int:
    from vigeditor.project.case import Case, new_case_folder

    folder = args.dir.expanduser()
    if folder.is_dir() and not _is_case(folder):
        folder = new_case_folder(folder, args.family)
    with Case.create(folder, family_code=args.family, guider=args.guider,
                     service=args.service) as case:
        print(_("case {code} created in {path}").format(
            code=args.family.strip(), path=case.folder))
    note_if_synced(folder.parent)
    return 0


def _is_case(folder: Path) -> bool:
    from vigeditor.project.case import SUFFIX
    from vigeditor.project.db import DB_NAME

    return folder.suffix == SUFFIX or (folder / DB_NAME).exists()


def _cmd_import(args: argparse.Namespace) -> int:
    from vigeditor.project.cycles import default_import_cycle
    from vigeditor.project.importing import import_recording

    with _open(args.dir) as case:
        cycle = args.cycle if args.cycle is not None else default_import_cycle(case)
        for file in args.files:
            result = import_recording(case, file, kind=args.kind, cycle=cycle,
                                      link=args.link, progress=_progress_printer(file))
            recording = result.recording
            if result.already_there:
                print(_("{name} is already in the case as recording {id}").format(
                    name=file.name, id=recording.id))
            else:
                print(_("recording {id}: {name}, {frames} frames, {seconds:.2f} s").format(
                    id=recording.id, name=recording.file, frames=recording.frames,
                    seconds=recording.duration))
            if recording.info.get("audio_unreadable"):
                print(_("note: the sound in {name} could not be read; the video is used "
                        "without it.").format(name=file.name))
    return 0


def _progress_printer(file: Path) -> Any:
    """Progress on stderr for large files, when a person is watching."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{file.name}: {100 * done // max(total, 1)}%", end="", file=sys.stderr)
        if done >= total:
            print(file=sys.stderr)

    return show


def _cmd_person(args: argparse.Namespace) -> int:
    from vigeditor.project.people import add_person

    with _open(args.dir) as case:
        person = add_person(case, args.name, args.role)
        print(_("person {id}: {name} ({role})").format(id=person.id, name=person.name,
                                                      role=person.role))
    return 0


def _cmd_consent(args: argparse.Namespace) -> int:
    from vigeditor.project.people import find_person, give_consent, withdraw_consent

    with _open(args.dir) as case:
        person = find_person(case, args.person)
        if args.given is not None:
            consent = give_consent(case, person.id, args.purpose, args.given,
                                   professional=args.professional)
            print(_("{name}: consent for {purpose} given on {date}").format(
                name=person.name, purpose=consent.purpose, date=consent.given))
        else:
            consent = withdraw_consent(case, person.id, args.purpose, args.withdrawn,
                                       professional=args.professional)
            print(_("{name}: consent for {purpose} withdrawn on {date}").format(
                name=person.name, purpose=consent.purpose, date=consent.withdrawn))
    return 0


def _cmd_moment(args: argparse.Namespace) -> int:
    from vigeditor.project.moments import add_moment

    with _open(args.dir) as case:
        moment = add_moment(case, args.recording, args.frame, end_frame=args.end,
                            principles=principle_codes(case, args.principle), who=args.who,
                            note=args.note)
        print(_("moment {id}: recording {recording}, frame {frame} ({time:.3f} s)").format(
            id=moment.id, recording=moment.recording_id, frame=moment.frame,
            time=moment.time))
    return 0


def _cmd_clip(args: argparse.Namespace) -> int:
    from vigeditor.project.clips import add_clip

    with _open(args.dir) as case:
        clip = add_clip(case, args.recording, args.in_frame, args.out_frame, title=args.title,
                        caption=args.caption,
                        principles=principle_codes(case, args.principle),
                        key_frame=args.key_frame, slow_motion=args.slow)
        print(_("clip {id}: recording {recording}, frames {in_} to {out} ({seconds:.2f} s)")
              .format(id=clip.id, recording=clip.recording_id, in_=clip.in_frame,
                      out=clip.out_frame, seconds=clip.seconds))
    return 0


def _cmd_still(args: argparse.Namespace) -> int:
    from vigeditor.project.stills import add_still

    with _open(args.dir) as case:
        still = add_still(case, args.recording, args.frame, caption=args.caption,
                          principles=principle_codes(case, args.principle))
        print(_("still {id}: recording {recording}, frame {frame}").format(
            id=still.id, recording=still.recording_id, frame=still.frame))
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    from vigeditor.project.audit import list_exports
    from vigeditor.project.overview import case_overview

    with _open(args.dir) as case:
        data = case_overview(case)
        data["exports"] = [{"id": entry.id, "exported_at": entry.exported_at,
                            "what": entry.what, "purpose": entry.purpose,
                            "destination": entry.destination, "consents": list(entry.consents),
                            "pseudonymised": entry.pseudonymised, "state": entry.state}
                           for entry in list_exports(case)]
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(_describe(data))
    return 0


def _describe(data: dict[str, Any]) -> str:
    info = data["case"]
    lines = [f"{info['family_code']}  ({info['folder']})",
             f"  guider: {info['guider'] or '-'}   scheme: {info['scheme']}"]
    lines.append(f"  people: {len(data['people'])}")
    lines += [f"    {p['id']}. {p['name']} ({p['role']})" for p in data["people"]]
    lines += [f"    consent: {c['person']} {c['purpose']} given {c['given'] or '-'}"
              f"{' withdrawn ' + c['withdrawn'] if c['withdrawn'] else ''}"
              for c in data["consents"]]
    lines.append(f"  cycles: {len(data['cycles'])}")
    lines.append(f"  recordings: {len(data['recordings'])}")
    lines += [f"    {r['id']}. {r['file']} ({r['kind']}, {r['frames']} frames, "
              f"cycle {r['cycle'] or '-'})" for r in data["recordings"]]
    lines.append(f"  moments: {len(data['moments'])}   clips: {len(data['clips'])}   "
                 f"stills: {len(data['stills'])}")
    lines.append(f"  exports: {len(data.get('exports', []))}")
    lines += [f"    {e['exported_at']} {e['what']} ({e['purpose']}, {e['state']}) -> "
              f"{e['destination']}" for e in data.get("exports", [])]
    return "\n".join(lines)
