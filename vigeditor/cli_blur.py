"""``--blur-faces`` and ``--keep`` for every picture export on the command line (issue 14,
item 5).

- ``export clip`` / ``export still``: ``--blur-faces`` blurs every face of the item except
  those linked to people with consent for the export's purpose; ``--keep N,...`` keeps
  exactly the faces numbered N (numbers from ``vigeditor faces``) instead.
- ``export booklet`` / ``review-pack`` / ``supervision``: ``--blur-faces`` blurs every face
  except those linked to people with consent for the purpose; ``--keep
  clip:ID:N,still:ID:N`` keeps those faces too.

A bad ``--keep`` value (or ``--keep`` without ``--blur-faces``) is a UserError: one
``error:`` line, exit status 2.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from vigeditor.errors import UserError
from vigeditor.i18n import _, ngettext

if TYPE_CHECKING:
    from vigeditor.project.blurring import BlurChoice, DocumentBlur
    from vigeditor.project.case import Case


def add_blur_options(parser: argparse.ArgumentParser, *, document: bool = False) -> None:
    """``--blur-faces`` and ``--keep`` (see the module)."""
    parser.add_argument("--blur-faces", action="store_true",
                        help=_("blur every face in every picture except those linked to "
                               "people with consent for the purpose"))
    if document:
        parser.add_argument("--keep", metavar="clip:ID:N,still:ID:N",
                            help=_("with --blur-faces: also keep these faces visible (face "
                                   "numbers from 'vigeditor faces')"))
    else:
        parser.add_argument("--keep", metavar="N,...",
                            help=_("with --blur-faces: keep exactly these faces visible "
                                   "(numbers from 'vigeditor faces'); every other is blurred"))


def parse_numbers(text: str) -> frozenset[int]:
    """``"1,3"`` as face numbers; UserError otherwise."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts or not all(part.isdigit() and int(part) > 0 for part in parts):
        raise UserError(_("--keep takes face numbers separated by commas (for example 1,3), "
                          "not '{value}'").format(value=text))
    return frozenset(int(part) for part in parts)


def parse_item_numbers(text: str) -> dict[tuple[str, int], frozenset[int]]:
    """``"clip:3:1,still:2:2"`` as {("clip", 3): {1}, ("still", 2): {2}}; UserError
    otherwise."""
    keep: dict[tuple[str, int], set[int]] = {}
    for part in (part.strip() for part in text.split(",")):
        pieces = part.split(":")
        if (len(pieces) != 3 or pieces[0] not in ("clip", "still")
                or not pieces[1].isdigit() or not pieces[2].isdigit()
                or int(pieces[2]) < 1):
            raise UserError(_("--keep takes faces as clip:ID:N or still:ID:N separated by "
                              "commas (for example clip:3:1,still:2:2), not '{value}'")
                            .format(value=part or text))
        keep.setdefault((pieces[0], int(pieces[1])), set()).add(int(pieces[2]))
    return {key: frozenset(numbers) for key, numbers in keep.items()}


def check_blur_options(args: argparse.Namespace, *, document: bool = False) -> None:
    """Refuse ``--keep`` without ``--blur-faces`` and a malformed ``--keep`` (of a
    document's items with ``document``), before anything else is asked or opened."""
    keep = getattr(args, "keep", None)
    if keep is not None and not args.blur_faces:
        raise UserError(_("--keep is for --blur-faces: add --blur-faces to blur the other "
                          "faces"))
    if keep is not None:
        (parse_item_numbers if document else parse_numbers)(keep)


def item_blur(case: Case, kind: str, item_id: int, args: argparse.Namespace
              ) -> BlurChoice | None:
    """The blurring asked for an ``export clip`` / ``export still`` (None: not asked)."""
    from vigeditor.project import blurring
    from vigeditor.project.consent_check import purpose_for

    check_blur_options(args)
    if not args.blur_faces:
        return None
    if args.keep is not None:
        return blurring.BlurChoice(parse_numbers(args.keep))
    recording_id, _first, _last = blurring.item_range(case, kind, item_id)
    tracks = blurring.faces_for_item(case, kind, item_id)
    keep = blurring.default_keep(case, recording_id, tracks, purpose_for(kind, args.purpose),
                                 professional=args.professional)
    return blurring.BlurChoice(keep, tracks)


def document_blur(case: Case, kind: str, args: argparse.Namespace) -> DocumentBlur | None:
    """The blurring asked for a document export of ``kind`` ("booklet", "review-pack",
    "supervision"; None: not asked): the default, plus the ``--keep`` faces of the items
    named."""
    from vigeditor.project import blurring
    from vigeditor.project.consent_check import purpose_for

    check_blur_options(args, document=True)
    if not args.blur_faces:
        return None
    if args.keep is None:
        return blurring.DocumentBlur()
    given = parse_item_numbers(args.keep)
    chosen = args.purpose or ("professional" if args.professional and kind == "booklet"
                              else None)
    purpose = purpose_for(kind, chosen)
    keep, tracks = {}, {}
    for (item_kind, item_id), numbers in given.items():
        recording_id, _first, _last = blurring.item_range(case, item_kind, item_id)
        found = blurring.faces_for_item(case, item_kind, item_id)
        keep[(item_kind, item_id)] = numbers | blurring.default_keep(
            case, recording_id, found, purpose, professional=args.professional)
        tracks[(item_kind, item_id)] = found
    return blurring.DocumentBlur(keep, tracks)


def unsure_note(case: Case, kind: str, item_id: int, args: argparse.Namespace) -> list[str]:
    """After an ``export clip`` / ``export still`` with ``--blur-faces``: the note saying at
    which frames face detection was unsure (the tracks are cached by then), so that the
    guider looks at them before the file is shared; none when blurring was not asked for
    or detection was sure everywhere (issue 14: unsure frames are where a face may be
    missed; the app's preview lists them and takes a hand-drawn blur box)."""
    from vigeditor.analysis.face_tracks import joined_stretches
    from vigeditor.project import blurring

    if not args.blur_faces:
        return []
    unsure = blurring.faces_for_item(case, kind, item_id).unsure
    if not unsure:
        return []
    frames = ", ".join(str(first) if first == last else f"{first}–{last}"
                       for first, last in joined_stretches(unsure))
    return [ngettext("face detection was unsure at frame {frames}: a face there may not be "
                     "blurred. Look at it in the app's export dialog (where a blur box can be "
                     "drawn) before sharing this file",
                     "face detection was unsure at frames {frames}: a face there may not be "
                     "blurred. Look at them in the app's export dialog (where a blur box can "
                     "be drawn) before sharing this file", len(unsure)).format(frames=frames)]


__all__ = ["add_blur_options", "check_blur_options", "document_blur", "item_blur",
           "parse_item_numbers", "parse_numbers", "unsure_note"]
