"""A whole case as plain JSON-ready data (``vigeditor case show --json``)."""

from __future__ import annotations

from typing import Any

from vigeditor.project.case import Case
from vigeditor.project.clips import list_clips
from vigeditor.project.cycles import list_cycles, list_working_points
from vigeditor.project.details import get_details
from vigeditor.project.model import Moment
from vigeditor.project.moments import list_moments
from vigeditor.project.people import list_consents, list_people
from vigeditor.project.questions import list_questions, list_ratings
from vigeditor.project.recordings import list_recordings
from vigeditor.project.stills import list_stills


def case_overview(case: Case) -> dict[str, Any]:
    details = get_details(case)
    cycles = list_cycles(case)
    number = {cycle.id: cycle.number for cycle in cycles}
    people = list_people(case)
    names = {person.id: person.name for person in people}
    recordings = list_recordings(case)
    return {
        "case": {"folder": str(case.folder), "family_code": details.family_code,
                 "family_name": details.family_name, "guider": details.guider,
                 "service": details.service, "started": details.started,
                 "end_of_involvement": details.end_of_involvement,
                 "scheme": case.scheme.name},
        "people": [{"id": p.id, "name": p.name, "role": p.role} for p in people],
        "consents": [{"id": c.id, "person": names[c.person_id], "person_id": c.person_id,
                      "purpose": c.purpose, "professional": c.professional,
                      "given": c.given, "withdrawn": c.withdrawn}
                     for c in list_consents(case)],
        "cycles": [{"id": c.id, "number": c.number, "filming_date": c.filming_date,
                    "review_date": c.review_date, "notes": c.notes,
                    "working_points": [p.text for p in list_working_points(case, c.id)]}
                   for c in cycles],
        "helping_questions": [{"id": q.id, "text": q.text, "hoped_rating": q.hoped_rating,
                               "ratings": [{"stage": r.stage, "cycle": number.get(r.cycle_id),
                                            "rating": r.rating}
                                           for r in list_ratings(case, q.id)]}
                              for q in list_questions(case)],
        "recordings": [{"id": r.id, "file": r.file, "frames": r.frames,
                        "cycle": number.get(r.cycle_id) if r.cycle_id else None,
                        "kind": r.kind, "linked": r.linked, "original_name": r.original_name,
                        "duration": r.duration, "sha256": r.sha256} for r in recordings],
        "moments": [_moment(m) for r in recordings for m in list_moments(case, r.id)],
        "clips": [{"id": c.id, "recording": c.recording_id, "in": c.in_frame,
                   "out": c.out_frame, "in_time": c.in_time, "out_time": c.out_time,
                   "title": c.title, "caption": c.caption, "principles": list(c.principles),
                   "key_frame": c.key_frame, "slow_motion": c.slow_motion}
                  for c in list_clips(case)],
        "stills": [{"id": s.id, "recording": s.recording_id, "frame": s.frame,
                    "time": s.time, "caption": s.caption, "principles": list(s.principles)}
                   for s in list_stills(case)],
    }


def _moment(m: Moment) -> dict[str, Any]:
    return {"id": m.id, "recording": m.recording_id, "frame": m.frame, "time": m.time,
            "end_frame": m.end_frame, "principles": list(m.principles), "who": m.who,
            "note": m.note}
