"""Recordings in a case: listing, editing their details, removing them.

Adding a recording is :func:`vigeditor.project.importing.import_recording`, which copies,
verifies and probes the file before the case refers to it.
"""

from __future__ import annotations

from typing import Any

from vigeditor.i18n import _
from vigeditor.media.frame_table import FrameTable, remap_frame
from vigeditor.project import store
from vigeditor.project.case import Case
from vigeditor.project.model import RECORDING_KINDS, Recording
from vigeditor.project.store import UNSET


def list_recordings(case: Case, cycle_id: int | None = None) -> list[Recording]:
    if cycle_id is None:
        rows = case.rows("SELECT * FROM recordings ORDER BY id")
    else:
        rows = case.rows("SELECT * FROM recordings WHERE cycle_id = ? ORDER BY id", [cycle_id])
    return [Recording.from_row(row) for row in rows]


def get_recording(case: Case, recording_id: int) -> Recording:
    return Recording.from_row(store.require(case, "recordings", recording_id))


def find_by_hash(case: Case, sha256: str) -> Recording | None:
    rows = case.rows("SELECT * FROM recordings WHERE sha256 = ? ORDER BY id LIMIT 1", [sha256])
    return Recording.from_row(rows[0]) if rows else None


def update_recording(case: Case, recording_id: int, *, title: Any = UNSET, kind: Any = UNSET,
                     cycle_id: Any = UNSET) -> Recording:
    store.require(case, "recordings", recording_id)
    values = store.given({"title": title, "kind": kind, "cycle_id": cycle_id})
    if "title" in values:
        values["title"] = store.text(values["title"], _("title"), limit=200)
    if "kind" in values:
        values["kind"] = store.choice(values["kind"], _("kind of recording"), RECORDING_KINDS)
    if values.get("cycle_id") is not None:
        store.require(case, "cycles", values["cycle_id"])
    with case.operation(_("Change recording")) as db:
        store.update(db, "recordings", recording_id, values)
    return get_recording(case, recording_id)


def remove_recording(case: Case, recording_id: int) -> None:
    """Remove a recording from the case with its moments, clips and stills.

    The copied file stays in ``media/`` so that undo can bring the recording back; it is
    deleted with the case (DESIGN.md §5) or by :func:`unreferenced_media`'s caller.
    """
    recording = get_recording(case, recording_id)
    with case.operation(_("Remove recording {name}").format(name=recording.original_name)) as db:
        store.delete(db, "recordings", recording_id)


def unreferenced_media(case: Case) -> list[str]:
    """Files in ``media/`` that no recording refers to (e.g. after removing a recording)."""
    used = {row["file"] for row in case.rows("SELECT file FROM recordings WHERE linked = 0")}
    return sorted(f"media/{path.name}" for path in case.media_dir.iterdir()
                  if path.is_file() and f"media/{path.name}" not in used
                  and not path.name.startswith("."))


_POSITIONS = {"moments": (("frame", "time"), ("end_frame", "end_time")),
              "clips": (("in_frame", "in_time"), ("out_frame", "out_time"),
                        ("key_frame", "key_time")),
              "stills": (("frame", "time"),)}


def correct_frame_numbering(case: Case, recording_id: int, old: FrameTable,
                            new: FrameTable) -> int:
    """Adopt a recording's corrected frame table (a full decode found the packets' table
    wrong: see :func:`vigeditor.media.checking.verify_recording`): its frame count and
    duration, and every moment, clip and still moved to the frame that shows the same
    picture (:func:`vigeditor.media.frame_table.remap_frame`), each with its new time.

    Not undoable: the old numbering named pictures the decoder does not make. Returns how
    many positions moved."""
    store.require(case, "recordings", recording_id)
    moved = 0
    with case.operation(_("Correct frame numbering"), undoable=False) as db:
        store.update(db, "recordings", recording_id, {
            "frames": len(new), "duration": round(new.duration, 6)})
        for table, pairs in _POSITIONS.items():
            for row in case.rows(f"SELECT * FROM {table} WHERE recording_id = ?",
                                 [recording_id]):
                values = _moved_positions(row, pairs, old, new)
                moved += sum(1 for name, _t in pairs if name in values)
                store.update(db, table, row["id"], values)
    return moved


def _moved_positions(row: dict[str, Any], pairs: tuple[tuple[str, str], ...],
                     old: FrameTable, new: FrameTable) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for frame_name, time_name in pairs:
        frame = row[frame_name]
        if frame is None or not 0 <= frame < len(old):
            continue
        index = remap_frame(old, new, int(frame))
        if index != frame or abs(new.time(index) - row[time_name]) > 1e-6:
            values[frame_name], values[time_name] = index, new.time(index)
    return values
