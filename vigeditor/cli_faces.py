"""``vigeditor faces CASE --clip ID | --still ID [-o DIR] [--json]``: the faces of an item,
numbered as the exports' ``--keep`` takes them (issue 14, item 5).

It tracks the item's faces (:func:`vigeditor.project.blurring.faces_for_clip` /
``faces_for_still``, cached in the case), prints one line per face (number, frames seen,
the person linked to it, if any) and the frames where detection was unsure, and with ``-o``
writes a numbered thumbnail of each face (``face-1.png``, …) into DIR. The thumbnails are
pictures of people: DIR is refused inside the case folder except its ``exports/`` folder,
as for every export. ``--link N:PERSON`` links a person of the case (id or name) to face N,
remembered for every range of the recording; ``--unlink PERSON`` forgets it.
Refusals end with exit status 2 and one ``error:`` line.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigeditor.errors import UserError
from vigeditor.i18n import _, ngettext

if TYPE_CHECKING:
    from vigeditor.project.blurring import FaceTracks
    from vigeditor.project.case import Case


def add_faces_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``vigeditor faces`` on the top-level sub-command parser."""
    faces = commands.add_parser(
        "faces", help=_("list the faces of a clip or still, numbered as --blur-faces --keep "
                        "takes them, with a thumbnail of each"))
    faces.add_argument("dir", type=Path, help=_("the case folder"))
    which = faces.add_mutually_exclusive_group(required=True)
    which.add_argument("--clip", type=int, metavar="ID",
                       help=_("the faces of this clip (its id, from 'vigeditor case show')"))
    which.add_argument("--still", type=int, metavar="ID",
                       help=_("the faces of this still (its id, from 'vigeditor case show')"))
    faces.add_argument("-o", "--output", type=Path, metavar="DIR",
                       help=_("write a numbered thumbnail of each face (face-1.png, …) here "
                              "(not inside the case folder, except its exports folder)"))
    faces.add_argument("--link", action="append", default=[], metavar="N:PERSON",
                       help=_("link face N to a person of the case (id or name), remembered "
                              "for every part of the recording"))
    faces.add_argument("--unlink", action="append", default=[], metavar="PERSON",
                       help=_("forget the face linked to a person (id or name)"))
    faces.add_argument("--json", action="store_true", help=_("print JSON"))
    faces.set_defaults(handler=_cmd_faces)


def parse_links(values: list[str]) -> list[tuple[int, str]]:
    """``N:PERSON`` values as (face number, person); UserError (plain words) otherwise."""
    links = []
    for value in values:
        number, colon, person = value.partition(":")
        if not colon or not number.strip().isdigit() or not person.strip():
            raise UserError(_("--link takes a face number and a person, as N:PERSON (for "
                              "example 2:5 or 2:Alex), not '{value}'").format(value=value))
        links.append((int(number), person.strip()))
    return links


def _cmd_faces(args: argparse.Namespace) -> int:
    from vigeditor.cli_export import progress_printer
    from vigeditor.project import blurring
    from vigeditor.project.case import Case

    links = parse_links(args.link)
    kind, item_id = ("clip", args.clip) if args.clip is not None else ("still", args.still)
    with Case.open(args.dir) as case:
        folder = _thumbnail_folder(case, args.output) if args.output is not None else None
        recording_id, _first, _last = blurring.item_range(case, kind, item_id)
        tracks = blurring.faces_for_item(case, kind, item_id,
                                         progress=progress_printer(_("finding faces")))
        for person in args.unlink:
            blurring.unlink_face(case, recording_id, _person(case, person))
        moved = [note for number, person in links
                 for note in _link(case, recording_id, tracks, number, _person(case, person))]
        report = faces_report(case, kind, item_id, recording_id, tracks)
        if folder is not None:
            _write_thumbnails(case, recording_id, tracks, folder, report)
    if args.json:
        print(json.dumps({**report, "notes": moved}, indent=2, ensure_ascii=False))
    else:
        print_faces(report)
        for note in moved:
            print(_("note: {note}").format(note=note))
    return 0


def _link(case: Case, recording_id: int, tracks: FaceTracks, number: int,
          person_id: int) -> list[str]:
    """Link face ``number`` to the person; the notes naming whom the face was linked to
    before (a face is one person's: that link is removed, so the guider knows)."""
    from vigeditor.project import blurring
    from vigeditor.project.people import get_person

    before = blurring.linked_faces(case, recording_id, tracks).get(int(number))
    blurring.link_face(case, recording_id, person_id, tracks, number)
    if before is None or before == person_id:
        return []
    return [_("face {number} was linked to {name}: that link is removed").format(
        number=number, name=get_person(case, before).name)]


def _person(case: Case, person: str) -> int:
    """A person's id from an id or a name."""
    from vigeditor.project.people import find_person, get_person

    if person.isdigit():
        return get_person(case, int(person)).id
    return find_person(case, person).id


def _thumbnail_folder(case: Case, folder: Path) -> Path:
    """``folder``, checked (not in the case folder except exports/) and made if missing."""
    from vigeditor.project.exporting import check_destination

    folder = folder.expanduser()
    check_destination(case, folder / "face-1.png")
    if not folder.parent.is_dir():
        raise UserError(_("The folder {folder} does not exist.").format(folder=folder.parent))
    if folder.exists() and not folder.is_dir():
        raise UserError(_("{path} is a file, not a folder.").format(path=folder))
    folder.mkdir(exist_ok=True)
    return folder


def faces_report(case: Case, kind: str, item_id: int, recording_id: int,
                 tracks: FaceTracks) -> dict[str, Any]:
    """The item's faces as JSON-ready data: item, faces (number, first, last, best frame,
    hand-drawn or not, linked person or None, thumbnail path or None) and the unsure frames
    as [first, last] stretches."""
    from vigeditor.project import blurring
    from vigeditor.project.people import get_person

    linked = blurring.linked_faces(case, recording_id, tracks)
    faces = []
    for face in tracks.faces:
        person_id = linked.get(face.number)
        person = None if person_id is None else {
            "id": person_id, "name": get_person(case, person_id).name}
        faces.append({"number": face.number, "first": min(face.boxes), "last": max(face.boxes),
                      "best_frame": face.best_frame, "drawn_by_hand": face.manual,
                      "person": person, "thumbnail": None})
    return {"item": {"kind": kind, "id": item_id, "recording": recording_id,
                     "first": tracks.first, "last": tracks.last},
            "faces": faces, "unsure": stretches(tracks.unsure)}


def stretches(frames: tuple[int, ...] | list[int]) -> list[list[int]]:
    """Frames as sorted ``[first, last]`` stretches; frames closer than the detector's step
    (:data:`~vigeditor.analysis.face_tracks.STEP`) + 1 join one stretch (issue 14)."""
    from vigeditor.analysis.face_tracks import joined_stretches
    return [[first, last] for first, last in joined_stretches(frames)]


def _write_thumbnails(case: Case, recording_id: int, tracks: FaceTracks, folder: Path,
                      report: dict[str, Any]) -> None:
    from vigeditor.media.images import save_picture
    from vigeditor.project.face_thumbnails import face_thumbnails

    pictures = face_thumbnails(case, recording_id, tracks)
    for face in report["faces"]:
        path = save_picture(pictures[face["number"]], folder / f"face-{face['number']}.png")
        face["thumbnail"] = str(path)


def print_faces(report: dict[str, Any]) -> None:
    """The report in plain lines: one per face, then one per unsure stretch."""
    item = report["item"]
    faces = report["faces"]
    name = _("clip {id}").format(id=item["id"]) if item["kind"] == "clip" else \
        _("still {id}").format(id=item["id"])
    if item["first"] == item["last"]:  # a still: one frame
        line = ngettext("{item} (recording {recording}, frame {first}): {count} face",
                        "{item} (recording {recording}, frame {first}): {count} faces",
                        len(faces))
    else:
        line = ngettext("{item} (recording {recording}, frames {first}–{last}): {count} face",
                        "{item} (recording {recording}, frames {first}–{last}): {count} faces",
                        len(faces))
    print(line.format(item=name, recording=item["recording"], first=item["first"],
                      last=item["last"], count=len(faces)))
    for face in faces:
        print(_face_line(face))
    for first, last in report["unsure"]:
        if first == last:
            print(_("detection unsure at frame {frame}: check it in the app").format(
                frame=first))
        else:
            print(_("detection unsure at frames {frames}: check them in the app").format(
                frames=f"{first}–{last}"))


def _face_line(face: dict[str, Any]) -> str:
    words = (_("face {number}: frame {first}") if face["first"] == face["last"]
             else _("face {number}: frames {first}–{last}"))
    parts = [words.format(number=face["number"], first=face["first"], last=face["last"])]
    if face["drawn_by_hand"]:
        parts.append(_("a blur box drawn by hand (always blurred)"))
    elif face["person"] is not None:
        parts.append(_("linked to {name} (person {id})").format(**face["person"]))
    else:
        parts.append(_("not linked"))
    if face["thumbnail"]:
        parts.append(face["thumbnail"])
    return "  ".join(parts)
