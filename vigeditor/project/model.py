"""The VIG domain of DESIGN.md §2 as dataclasses, built from case rows.

Positions are frame indices with their timestamps in seconds from the first frame.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import cache
from typing import Any, Literal, Self

from vigeditor.project.scheme import load_codes

Role = Literal["carer", "child", "sibling", "professional"]
Purpose = Literal["filming", "review", "family-copy", "supervision", "training",
                  "professional", "research"]
RecordingKind = Literal["interaction", "review"]
RatingStage = Literal["start", "cycle", "end"]

ROLES: tuple[str, ...] = ("carer", "child", "sibling", "professional")
PURPOSES: tuple[str, ...] = ("filming", "review", "family-copy", "supervision", "training",
                             "professional", "research")
RECORDING_KINDS: tuple[str, ...] = ("interaction", "review")
RATING_STAGES: tuple[str, ...] = ("start", "cycle", "end")


@cache
def _field_kinds(cls: type) -> tuple[tuple[str, str], ...]:
    """(name, how to convert) for each field of a dataclass, computed once per class."""
    return tuple((field.name, "codes" if field.name == "principles" else
                  "bool" if field.type == "bool" else "")
                 for field in fields(cls))


class _FromRow:
    """``from_row``: build from a row dict; JSON code lists and 0/1 flags are converted."""

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Self:
        values: dict[str, Any] = {}
        for name, kind in _field_kinds(cls):
            value = row.get(name)
            if kind == "codes":
                value = load_codes(value)
            elif kind == "bool":
                value = bool(value)
            values[name] = value
        return cls(**values)


@dataclass(frozen=True)
class CaseDetails(_FromRow):
    family_code: str
    family_name: str | None
    guider: str | None
    service: str | None
    started: str | None
    ended: str | None
    end_of_involvement: str | None
    notes: str
    created_at: str


@dataclass(frozen=True)
class Person(_FromRow):
    id: int
    name: str
    role: Role
    note: str


@dataclass(frozen=True)
class Consent(_FromRow):
    id: int
    person_id: int
    purpose: Purpose
    professional: str | None
    given: str | None
    withdrawn: str | None
    note: str

    def in_force(self, on: str) -> bool:
        """Whether this consent covers the ISO date ``on``."""
        if self.given is None or self.given > on:
            return False
        return self.withdrawn is None or self.withdrawn > on


@dataclass(frozen=True)
class Cycle(_FromRow):
    id: int
    number: int
    filming_date: str | None
    review_date: str | None
    notes: str


@dataclass(frozen=True)
class WorkingPoint(_FromRow):
    id: int
    cycle_id: int
    position: int
    text: str


@dataclass(frozen=True)
class HelpingQuestion(_FromRow):
    id: int
    position: int
    text: str
    asked_by: int | None
    hoped_rating: int | None


@dataclass(frozen=True)
class QuestionRating(_FromRow):
    id: int
    question_id: int
    stage: RatingStage
    cycle_id: int | None
    rating: int
    rated_on: str | None


@dataclass(frozen=True)
class PlanSection(_FromRow):
    id: int
    position: int
    heading: str
    text: str


@dataclass(frozen=True)
class Recording(_FromRow):
    id: int
    cycle_id: int | None
    kind: RecordingKind
    title: str
    file: str
    linked: bool
    original_name: str
    sha256: str
    size_bytes: int
    frames: int
    duration: float
    media_info: str
    imported_at: str

    @property
    def info(self) -> dict[str, Any]:
        return dict(json.loads(self.media_info))


@dataclass(frozen=True)
class Moment(_FromRow):
    id: int
    recording_id: int
    frame: int
    time: float
    end_frame: int | None
    end_time: float | None
    principles: tuple[str, ...]
    who: str
    note: str


@dataclass(frozen=True)
class SuggestedMoment(_FromRow):
    """A moment the analysis suggests (issue 13), stored per recording and never exported:
    frames ``start_frame`` … ``end_frame`` (frame-table indices), ``kind`` ("exchange",
    "waiting", "face-to-face"), ``score`` 0…1, ``reasons`` (sentences), ``state`` ("open",
    "dismissed", "tagged") and the moment it became (``moment_id``, None when untagged or
    that moment was removed)."""

    id: int
    recording_id: int
    start_frame: int
    end_frame: int
    kind: str
    score: float
    reasons: tuple[str, ...]
    state: str
    moment_id: int | None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Self:
        return super().from_row({**row, "reasons": tuple(json.loads(row["reasons"] or "[]"))})


@dataclass(frozen=True)
class Clip(_FromRow):
    id: int
    recording_id: int
    in_frame: int
    in_time: float
    out_frame: int
    out_time: float
    title: str
    caption: str
    principles: tuple[str, ...]
    key_frame: int | None
    key_time: float | None
    slow_motion: bool

    @property
    def seconds(self) -> float:
        """Time from the in frame to the out frame (both shown)."""
        return self.out_time - self.in_time


@dataclass(frozen=True)
class Still(_FromRow):
    id: int
    recording_id: int
    frame: int
    time: float
    caption: str
    principles: tuple[str, ...]


@dataclass(frozen=True)
class Review(_FromRow):
    id: int
    cycle_id: int
    parent_noticed: str
    notes: str


@dataclass(frozen=True)
class ReviewItem(_FromRow):
    id: int
    review_id: int
    position: int
    clip_id: int | None
    still_id: int | None
    talking_points: str


@dataclass(frozen=True)
class SupervisionSession(_FromRow):
    id: int
    held_on: str
    minutes: int
    supervisor: str
    stage: int | None
    notes: str


@dataclass(frozen=True)
class SkillRating(_FromRow):
    id: int
    rated_on: str
    session_id: int | None
    subscale: str
    rating: int
    note: str


@dataclass(frozen=True)
class ExportRecord(_FromRow):
    id: int
    exported_at: str
    what: str
    purpose: Purpose
    destination: str
    consent_ids: str
    pseudonymised: bool
    state: str = "done"  # started, done, interrupted (exists, unfinished) or "not written"
    blurred_faces: int | None = None  # faces blurred (None: blurring not asked for)
    encrypted: bool = False  # written as an encrypted archive

    @property
    def consents(self) -> tuple[int, ...]:
        return tuple(json.loads(self.consent_ids))
