"""The demo case: a whole VIG cycle built around the generated demo film (no real people).

"Open demo case" in the app and the screenshots use it, so a guider can try everything and the
user guide never shows a real family.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from vigeditor.i18n import N_, _
from vigeditor.media.demo_video import FPS, make_demo_video
from vigeditor.project import (
    audit,
    clips,
    cycles,
    details,
    moments,
    people,
    plan,
    questions,
    reviews,
    stills,
)
from vigeditor.project.case import Case
from vigeditor.project.importing import import_recording
from vigeditor.project.model import Recording

PURPOSES = ("filming", "review", "family-copy", "supervision", "training")
#: (seconds, principles, who acts: a code of the ui's WHO_ACTS or the guider's own words,
#: note); words marked N_ are written in the screen's language when the demo is made
MOMENTS: tuple[tuple[float, tuple[str, ...], str, str], ...] = (
    (1.0, ("attentive.friendly-posture",), N_("parent"), N_("Alex sits at Robin's level.")),
    (2.2, ("encouraging.waiting",), N_("parent"), N_("Alex waits for Robin to start.")),
    (3.4, ("receiving.eye-contact",), "child-initiative",
     N_("Robin looks up; Alex smiles back.")),
    (5.0, ("developing.short-turns",), N_("both"), N_("Ball goes back and forth.")),
    (7.6, ("receiving.with-words",), "parent-reception", N_("\"You rolled it to me!\"")),
    (9.8, ("developing.having-fun",), N_("both"), N_("Both laugh.")),
    (12.4, ("guiding.offering-choices",), N_("parent"), N_("Red ball or blue ball?")),
    (15.2, ("receiving",), "parent-reception", ""),
)


def _frame(seconds: float) -> int:
    return round(seconds * FPS)


def create_demo_case(folder: Path, *, seconds: float = 30.0,
                     progress: Callable[[int, int], None] | None = None) -> Case:
    """Make and open a demo case at ``folder`` (which must not exist yet)."""
    case = Case.create(folder, family_code="DEMO", guider=_("Demo guider"),
                       service=_("Demo family service"))
    try:
        with tempfile.TemporaryDirectory() as scratch:
            film = make_demo_video(Path(scratch) / "demo-visit.mp4", seconds, progress)
            recording = import_recording(case, film, cycle=1,
                                         title=_("Playing with the ball")).recording
        _fill(case, recording)
    except BaseException:
        case.close()
        raise
    return case


def _fill(case: Case, recording: Recording) -> None:
    details.update_details(case, family_name=_("Demo family"), started="2026-09-01",
                           notes=_("A made-up family for trying vigeditor."))
    _people(case)
    cycle = cycles.list_cycles(case)[0]
    cycles.update_cycle(case, cycle.id, filming_date="2026-09-08", review_date="2026-09-15")
    for text in (_("Notice when Robin waits for a turn."), _("Name what Robin does well.")):
        cycles.add_working_point(case, cycle.id, text)
    question = questions.add_question(case, _("How can I help Robin play with me for longer?"),
                                      hoped_rating=8)
    questions.rate_question(case, question.id, 3, stage="start")
    questions.rate_question(case, question.id, 5, stage="cycle", cycle_id=cycle.id)
    plan.add_section(case, _("Basic Communication"), _("Taking turns with the ball."))
    for seconds, codes, who, note in MOMENTS:
        if _frame(seconds) < recording.frames:
            moments.add_moment(case, recording.id, _frame(seconds), principles=codes,
                               who=who if "-" in who else _(who), note=_(note) if note else "")
    _clips_and_stills(case, recording, cycle.id)
    _exports(case)


def _people(case: Case) -> None:
    for name, role in ((_("Alex (demo carer)"), "carer"), (_("Robin (demo child)"), "child")):
        person = people.add_person(case, name, role)
        for purpose in PURPOSES:
            people.give_consent(case, person.id, purpose, "2026-09-01")


def _clips_and_stills(case: Case, recording: Recording, cycle_id: int) -> None:
    last = recording.frames - 1
    spans = (
        (2.0, 5.0, _("Waiting for Robin"), _("You waited, and Robin started the game."),
         ("encouraging.waiting",)),
        (3.0, 7.0, _("Eye contact"), _("Robin looked at you and you smiled back."),
         ("receiving.eye-contact",)),
        (8.0, 11.0, _("Having fun together"), _("You both laughed: Robin loves playing with "
                                                 "you."), ("developing.having-fun",)),
    )
    for start, end, title, caption, codes in spans:
        if _frame(end) <= last:
            clip = clips.add_clip(case, recording.id, _frame(start), _frame(end), title=title,
                                  caption=caption, principles=codes,
                                  key_frame=_frame((start + end) / 2))
            reviews.add_item(case, cycle_id, clip_id=clip.id,
                             talking_points=_("What do you see here?"))
    for seconds, caption, codes in (
            (3.4, _("Robin looks up to see you smiling."), ("receiving.eye-contact",)),
            (9.8, _("Laughing together."), ("developing.having-fun",))):
        if _frame(seconds) <= last:
            still = stills.add_still(case, recording.id, _frame(seconds), caption=caption,
                                     principles=codes)
            reviews.add_item(case, cycle_id, still_id=still.id,
                             talking_points=_("How do you think Robin feels here?"))


#: made-up exports for the Audit tab: (when, what, purpose, where to, faces blurred, encrypted)
EXPORTS: tuple[tuple[str, str, str, str, int | None, bool], ...] = (
    ("2026-09-15T13:05:00+00:00", N_("Booklet \u201cPlaying with the ball\u201d (3 pictures)"),
     "family-copy", "/home/guider/Documents/Exports/DEMO-booklet.pdf", None, False),
    ("2026-09-15T13:12:00+00:00", N_("Review pack, cycle 1 (3 clips, 2 stills)"), "family-copy",
     "/media/guider/USB STICK/DEMO-cycle1-review-pack", 1, False),
    ("2026-10-02T08:40:00+00:00", N_("Supervision pack, cycle 1 (2 clips)"), "supervision",
     "/home/guider/Documents/Supervision/DEMO-cycle1-supervision-pack.7z", 2, True),
    ("2026-10-20T15:30:00+00:00", N_("Clip \u201cHaving fun together\u201d (3.0 s)"), "training",
     "/media/guider/USB STICK/Training day/DEMO-having-fun.mp4", 1, False),
)


def _exports(case: Case) -> None:
    """A few exports in the audit log, on the demo people's consent, at made-up times."""
    consents = case.rows("SELECT id, purpose FROM consents")
    for when, what, purpose, destination, blurred, encrypted in EXPORTS:
        ids = [row["id"] for row in consents if row["purpose"] == purpose]
        entry = audit.record_export(case, what=_(what), purpose=purpose,
                                    destination=destination, consent_ids=ids,
                                    pseudonymised=purpose in ("supervision", "training"),
                                    blurred_faces=blurred, encrypted=encrypted)
        with case.operation(_("Record export"), undoable=False) as db:  # the demo's history
            db.execute("UPDATE export_audit SET exported_at = ? WHERE id = ?", [when, entry.id])
