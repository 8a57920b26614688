"""What an export with faces blurred needs: the picture filter of each item, and the words
and count its audit entry records (issue 14, item 1).

:func:`blur_for_item` turns a guider's :class:`~vigeditor.project.blurring.BlurChoice` (or
the default: keep the faces of linked people with consent for the purpose) into an
:class:`ItemBlur`: the renderer's :class:`~vigeditor.analysis.face_tracks.FaceBlur` and the
number of faces kept. :func:`blur_document` does it for every item of a document, sharing
the progress bar by the items' frames. A face-tracking failure is a CaseError (plain words):
an export that asked for blurring never goes out unblurred.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from vigeditor.analysis.face_tracks import FaceBlur, FaceTracks
from vigeditor.i18n import _, ngettext
from vigeditor.media.render_video import PictureFilter
from vigeditor.project.blurring import (
    BlurChoice,
    DocumentBlur,
    ItemKey,
    faces_for_range,
    item_range,
    usable_tracks,
)
from vigeditor.project.case import Case
from vigeditor.project.consent_check import ConsentBasis, ConsentRefused, people_words
from vigeditor.project.errors import CaseError
from vigeditor.project.face_links import default_keep, linked_faces
from vigeditor.project.people import get_person, has_consent, list_people

Progress = Callable[[float], None]
#: the share of an export's progress bar that tracking faces takes, when it blurs them
TRACKING_SHARE = 0.5


@dataclass(frozen=True)
class ItemBlur:
    """One item's blurring: the renderer's ``filter``, how many faces stay ``kept``, and
    the recording the item is of."""

    filter: FaceBlur
    kept: int
    recording_id: int = 0

    @property
    def blurred(self) -> int:
        """Faces blurred (faces not kept, and hand-drawn boxes)."""
        return self.filter.blurred_count


@dataclass(frozen=True)
class DocumentBlurs:
    """The blurring of every item of a document, by item key."""

    items: dict[ItemKey, ItemBlur]

    def filter(self, kind: str, item_id: int) -> FaceBlur | None:
        """The item's picture filter (None: the item was not prepared)."""
        found = self.items.get((kind, int(item_id)))
        return None if found is None else found.filter

    @property
    def blurred(self) -> int:
        return sum(item.blurred for item in self.items.values())

    @property
    def kept(self) -> int:
        return sum(item.kept for item in self.items.values())

    def by_recording(self) -> dict[int, PictureFilter]:
        """One picture filter per recording (for the booklet's
        :class:`~vigeditor.project.documents.booklet.frames.Frames`), applying the blurring
        of the items whose frames hold the frame shown (see :class:`RecordingBlur`)."""
        grouped: dict[int, list[FaceBlur]] = {}
        for item in self.items.values():
            grouped.setdefault(item.recording_id, []).append(item.filter)
        return {recording: RecordingBlur(blurs) for recording, blurs in grouped.items()}


class RecordingBlur:
    """The blurring of several items of one recording as one picture filter (the booklet
    prints one frame per item: a still's frame, a clip's key frame). A frame gets the
    blurring of the item with the fewest frames whose range holds it, so a still's own
    choice rules its frame even inside a clip's range (items of the same length holding
    it: the blurring of each, one after the other); a frame outside them all (a damaged
    frame replaced by an earlier one) gets that of the nearest item."""

    def __init__(self, blurs: Sequence[FaceBlur]) -> None:
        self.blurs = list(blurs)

    def __call__(self, frame: int, picture: np.ndarray) -> np.ndarray:
        covering = [blur for blur in self.blurs
                    if blur.tracks.first <= frame <= blur.tracks.last]
        if covering:
            shortest = min(blur.tracks.last - blur.tracks.first for blur in covering)
            covering = [blur for blur in covering
                        if blur.tracks.last - blur.tracks.first == shortest]
        elif self.blurs:
            covering = [min(self.blurs, key=lambda blur: min(
                abs(frame - blur.tracks.first), abs(frame - blur.tracks.last)))]
        for blur in covering:
            picture = blur(frame, picture)
        return picture


def blur_for_item(case: Case, kind: str, item_id: int, choice: BlurChoice | None, *,
                  purpose: str, professional: str | None = None,
                  tracks: FaceTracks | None = None, progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> ItemBlur:
    """The blurring of clip or still ``item_id`` (``kind`` "clip" or "still"): the faces
    of ``choice.tracks`` (with no choice: of ``tracks``) when usable, else tracked
    (cached); kept visible: ``choice.keep``, or with no choice
    :func:`~vigeditor.project.face_links.default_keep` for ``purpose``.
    CaseError when a kept number is not a detected face of the item, or tracking fails."""
    recording_id, first, last = item_range(case, kind, item_id)
    known = choice.tracks if choice is not None else tracks
    tracks = known if known is not None and usable_tracks(
        case, recording_id, known, first, last) else faces_for_range(
        case, recording_id, first, last, progress=progress, cancel=cancel)
    if choice is None:
        keep = default_keep(case, recording_id, tracks, purpose, professional=professional)
    else:
        keep = frozenset(int(number) for number in choice.keep)
        unknown = sorted(keep - set(tracks.numbers))
        if unknown:
            raise CaseError(_("{item} has no face {number}: its faces are numbered "
                              "{numbers}.").format(
                item=item_words(kind, item_id), number=unknown[0],
                numbers=", ".join(map(str, tracks.numbers)) or _("(none)")))
        _refuse_kept_without_consent(case, kind, item_id, recording_id, tracks, keep,
                                     purpose, professional)
    if progress is not None:
        progress(1.0)
    return ItemBlur(FaceBlur(tracks, keep), len(keep), recording_id)


def _refuse_kept_without_consent(case: Case, kind: str, item_id: int, recording_id: int,
                                 tracks: FaceTracks, keep: frozenset[int], purpose: str,
                                 professional: str | None) -> None:
    """ConsentRefused when a face kept visible may be someone without consent for
    ``purpose`` (people without consent are not shown: DESIGN.md §5): a face linked to such
    a person; and, while anyone in the case lacks consent, a face linked to nobody (it
    could be them; the guider links it to who it is, or lets it be blurred)."""
    linked = linked_faces(case, recording_id, tracks)
    for number, person_id in linked.items():
        if number in keep and not has_consent(case, person_id, purpose,
                                              professional=professional):
            raise ConsentRefused(_(
                "Export refused: face {number} of {item} is {person}, who has no consent "
                "for this purpose, so it cannot stay visible. Let it be blurred.").format(
                number=number, item=item_words(kind, item_id),
                person=people_words([get_person(case, person_id)])))
    unlinked = sorted(keep - set(linked))
    without = [person for person in list_people(case) if not has_consent(
        case, person.id, purpose, professional=professional)]
    if unlinked and without:
        raise ConsentRefused(ngettext(
            "Export refused: {people} has no consent for this purpose, so a face stays "
            "visible only when it is linked to a person with consent; face {number} of "
            "{item} is linked to nobody. Say who it is, or let it be blurred.",
            "Export refused: {people} have no consent for this purpose, so a face stays "
            "visible only when it is linked to a person with consent; face {number} of "
            "{item} is linked to nobody. Say who it is, or let it be blurred.",
            len(without)).format(people=people_words(without), number=unlinked[0],
                                 item=item_words(kind, item_id)))


def blur_document(case: Case, items: Sequence[ItemKey], blur: DocumentBlur, *,
                  purpose: str, professional: str | None = None,
                  progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> DocumentBlurs:
    """:func:`blur_for_item` for every item of a document (each once), ``progress`` (0…1)
    shared by the items' frame counts."""
    unique = list(dict.fromkeys((kind, int(item_id)) for kind, item_id in items))
    weights = []
    for kind, item_id in unique:
        _recording, first, last = item_range(case, kind, item_id)
        weights.append(last - first + 1)
    total = sum(weights) or 1
    done = 0
    prepared: dict[ItemKey, ItemBlur] = {}
    for (kind, item_id), weight in zip(unique, weights, strict=True):
        report = None if progress is None else (
            lambda share, before=done, weight=weight: progress(
                (before + share * weight) / total))
        prepared[(kind, item_id)] = blur_for_item(
            case, kind, item_id, blur.choice(kind, item_id), purpose=purpose,
            professional=professional, tracks=blur.known_tracks(kind, item_id),
            progress=report, cancel=cancel)
        done += weight
    return DocumentBlurs(prepared)


def counts(faces: ItemBlur | DocumentBlurs | None) -> tuple[int | None, int]:
    """(faces blurred, faces kept) for an audit entry; (None, 0) when blurring was not
    asked for."""
    return (None, 0) if faces is None else (faces.blurred, faces.kept)


def prepare_document(case: Case, items: Sequence[ItemKey], blur: DocumentBlur | None,
                     basis: ConsentBasis, progress: Progress | None,
                     cancel: threading.Event | None
                     ) -> tuple[DocumentBlurs | None, Progress | None]:
    """For a document export: its items' blurring (None when ``blur`` is None) for the
    purpose of ``basis``, tracked with the first :data:`TRACKING_SHARE` of ``progress``,
    and the progress left for writing the document."""
    if blur is None:
        return None, progress
    faces = blur_document(case, items, blur, purpose=basis.purpose,
                          professional=basis.professional,
                          progress=scaled(progress, 0.0, TRACKING_SHARE), cancel=cancel)
    return faces, scaled(progress, TRACKING_SHARE, 1.0)


def with_not_shown(what: str, basis: ConsentBasis) -> str:
    """An audit description with the people not shown for want of consent added (their
    faces blurred: :func:`vigeditor.project.consent_check.require_consent` with
    ``blurring``); unchanged when there are none."""
    if not basis.not_shown:
        return what
    return _("{what}; not shown, without consent (faces blurred): {people}").format(
        what=what, people=people_words([gap.person for gap in basis.not_shown]))


def not_shown_note(basis: ConsentBasis, *, sound: bool) -> list[str]:
    """The note for the guider that people without consent have their faces blurred, and,
    for an export with ``sound`` (a clip, a pack), that their voices are not removed; none
    when everyone has consent."""
    if not basis.not_shown:
        return []
    people = [gap.person for gap in basis.not_shown]
    if sound:
        note = ngettext("{people} has no consent for this purpose: their face is blurred in "
                        "every picture, but their voice is not removed from the sound.",
                        "{people} have no consent for this purpose: their faces are blurred "
                        "in every picture, but their voices are not removed from the sound.",
                        len(people))
    else:
        note = ngettext("{people} has no consent for this purpose: their face is blurred in "
                        "every picture.",
                        "{people} have no consent for this purpose: their faces are blurred "
                        "in every picture.", len(people))
    return [note.format(people=people_words(people))]


def blur_words(blurred: int, kept: int) -> str:
    """What an audit entry says of the blurring: "faces blurred: 2, kept visible: 1"."""
    return _("faces blurred: {blurred}, kept visible: {kept}").format(blurred=blurred,
                                                                       kept=kept)


def with_blur(what: str, blurred: int | None, kept: int = 0) -> str:
    """An audit description with the blurring words added (unchanged when ``blurred`` is
    None: blurring was not asked for)."""
    if blurred is None:
        return what
    return f"{what}; {blur_words(blurred, kept)}"


def item_words(kind: str, item_id: int) -> str:
    """"Clip 3" or "Still 5"."""
    if kind == "clip":
        return _("Clip {id}").format(id=item_id)
    return _("Still {id}").format(id=item_id)


def scaled(progress: Progress | None, start: float, end: float) -> Progress | None:
    """``progress`` taking a part's own 0…1 as ``start`` … ``end`` of the whole."""
    if progress is None:
        return None
    report = progress
    return lambda share: report(start + (end - start) * max(0.0, min(1.0, share)))


__all__ = ["TRACKING_SHARE", "DocumentBlurs", "ItemBlur", "RecordingBlur", "blur_document",
           "blur_for_item", "blur_words", "counts", "item_words", "not_shown_note",
           "prepare_document", "scaled", "with_blur", "with_not_shown"]
