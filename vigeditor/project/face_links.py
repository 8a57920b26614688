"""People of the case linked to faces in a recording, so the faces kept visible are
remembered (issue 14, item 1: "a person in the case can be linked to a face once per
recording so the choice is remembered").

A link (table ``face_links``, schema v6) stores, for one person and one recording, the
frame and box where the guider linked them (the face's best frame in the range the guider
was looking at) and the face's signature (colour histograms of the face and the clothes
below: :mod:`vigeditor.analysis.face_signature`). In another range of the same recording
(:func:`linked_faces`) the person is found again: first by the anchor (the range holds the
linked frame and a face there overlaps the stored box), else by the face that looks most
alike, when it is at least :data:`ALIKE` alike. Each person gets at most one face and each
face at most one person. Nothing identifies anyone outside the recording: signatures are
compared only between faces of the same recording.

:func:`default_keep` is what an export keeps visible unless the guider chooses: the faces
linked to people whose consent covers the export's purpose. Every other face is blurred: the
safe default.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from vigeditor.analysis.face_signature import Signature
from vigeditor.analysis.face_tracking import iou
from vigeditor.analysis.face_tracks import Box, FaceTracks, similarity
from vigeditor.i18n import _
from vigeditor.project import store
from vigeditor.project.blur_boxes import parse_box
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.people import has_consent

#: how alike (0…1, :func:`vigeditor.analysis.face_tracks.similarity`) a face must look to be
#: taken for a linked person when the range does not hold the linked frame
ALIKE = 0.75
#: the overlap (intersection over union) with the stored box that makes a face the anchor
ANCHOR_OVERLAP = 0.3


@dataclass(frozen=True)
class FaceLink:
    """A person linked to a face in a recording: where (``frame``, ``box``, fractions of the
    upright picture) and what the face looked like (``signature``)."""

    id: int
    recording_id: int
    person_id: int
    frame: int
    box: Box
    signature: Signature

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> FaceLink:
        return cls(int(row["id"]), int(row["recording_id"]), int(row["person_id"]),
                   int(row["frame"]), parse_box(row["box"]),
                   dict(json.loads(row["signature"] or "{}")))


def list_face_links(case: Case, recording_id: int) -> list[FaceLink]:
    """The recording's links, by person id."""
    rows = case.rows("SELECT * FROM face_links WHERE recording_id = ? ORDER BY person_id",
                     [int(recording_id)])
    return [FaceLink.from_row(row) for row in rows]


def link_face(case: Case, recording_id: int, person_id: int, tracks: FaceTracks,
              face_number: int) -> FaceLink:
    """Link the person to face ``face_number`` of ``tracks`` (faces of a range of that
    recording): stores the face's best frame, its box there and its signature, replacing
    the person's earlier link in this recording, and another person's link to this face
    (one person per face). Undoable. CaseError when the person or
    recording is not in the case or there is no such detected face (a hand-drawn box
    cannot be linked: it is always blurred)."""
    store.require(case, "recordings", recording_id)
    store.require(case, "people", person_id)
    try:
        face = tracks.face(int(face_number))
    except KeyError:
        face = None
    if face is None or face.manual:
        raise CaseError(_("There is no face {number} in these frames; the faces are "
                          "numbered {numbers}.").format(
            number=face_number, numbers=", ".join(map(str, tracks.numbers)) or "-"))
    box = face.box_at(face.best_frame) or next(iter(face.boxes.values()))
    values = {"recording_id": int(recording_id), "person_id": int(person_id),
              "frame": face.best_frame, "box": json.dumps([round(v, 5) for v in box]),
              "signature": json.dumps(face.signature or {})}
    earlier = _link_row(case, recording_id, person_id)
    others = [other for number, other in linked_faces(case, recording_id, tracks).items()
              if number == face.number and other != int(person_id)]
    with case.operation(_("Link person to face")) as db:
        for other in others:  # one person per face: the face was someone else's
            row = _link_row(case, recording_id, other)
            if row is not None:
                store.delete(db, "face_links", int(row["id"]))
        if earlier is None:
            store.insert(db, "face_links", values)
        else:
            store.update(db, "face_links", int(earlier["id"]), values)
    row = _link_row(case, recording_id, person_id)
    assert row is not None
    return FaceLink.from_row(row)


def unlink_face(case: Case, recording_id: int, person_id: int) -> None:
    """Forget the person's link in the recording. Undoable. CaseError when there is none."""
    earlier = _link_row(case, recording_id, person_id)
    if earlier is None:
        raise CaseError(_("Person {person} is not linked to a face in recording "
                          "{recording}.").format(person=person_id, recording=recording_id))
    with case.operation(_("Unlink person from face")) as db:
        store.delete(db, "face_links", int(earlier["id"]))


def linked_faces(case: Case, recording_id: int, tracks: FaceTracks) -> dict[int, int]:
    """Face number → person id for the faces of ``tracks`` (a range of the recording) that
    are linked people: by anchor, else by the best signature match of at least
    :data:`ALIKE` (see the module). One face per person, one person per face."""
    links = list_face_links(case, recording_id)
    faces = [face for face in tracks.faces if not face.manual]
    found: dict[int, int] = {}
    for link in links:
        if not tracks.first <= link.frame <= tracks.last:
            continue
        overlaps = [(iou(box, link.box), face.number) for face in faces
                    if face.number not in found and (box := face.box_at(link.frame))]
        best = max(overlaps, default=(0.0, 0))
        if best[0] >= ANCHOR_OVERLAP:
            found[best[1]] = link.person_id
    placed = set(found.values())
    pairs = sorted(((similarity(face, link.signature), face.number, link.person_id)
                    for link in links if link.person_id not in placed and link.signature
                    for face in faces if face.number not in found), reverse=True)
    for alike, number, person in pairs:
        if alike >= ALIKE and number not in found and person not in placed:
            found[number] = person
            placed.add(person)
    return dict(sorted(found.items()))


def default_keep(case: Case, recording_id: int, tracks: FaceTracks, purpose: str, *,
                 professional: str | None = None, on: str | None = None) -> frozenset[int]:
    """The faces an export for ``purpose`` keeps visible unless the guider chooses: those
    linked (:func:`linked_faces`) to people whose consent for ``purpose`` (naming
    ``professional`` for ``professional``) is in force on ``on`` (default today). Every
    other face is blurred."""
    return frozenset(number for number, person in linked_faces(case, recording_id,
                                                               tracks).items()
                     if has_consent(case, person, purpose, on=on, professional=professional))


def _link_row(case: Case, recording_id: int, person_id: int) -> dict[str, Any] | None:
    rows = case.rows("SELECT * FROM face_links WHERE recording_id = ? AND person_id = ?",
                     [int(recording_id), int(person_id)])
    return rows[0] if rows else None


__all__ = ["ALIKE", "FaceLink", "default_keep", "link_face", "linked_faces",
           "list_face_links", "unlink_face"]
