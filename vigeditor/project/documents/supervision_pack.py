"""The supervision pack of one cycle (issue 6, item 4): pseudonymised clips and a summary.

The pack is a folder (and a .zip of it) holding the cycle's clips from the interaction film
and from the shared review film, rendered frame-exact and clean of metadata, and a PDF
summary: the cycle and its dates, the helping questions and their ratings, moments counted by
principle, the clips with their captions, the guider's reflections (cycle and review notes,
what the parent noticed, working points, notes of supervision sessions that took clips of
this cycle) and the guider's latest skills self-ratings.

Pseudonymised (DESIGN.md §5): the family code stands in for the family; names typed into
captions and notes are replaced by role words ("the child", "the parent"); file names carry
only the family code, the cycle and a number; original file names are left out.

Layout of the folder ``OUT`` (and ``OUT.zip``)::

    OUT/<code>-cycle<N>-summary.pdf
    OUT/clips/<code>-cycle<N>-interaction-01.mp4, …-review-01.mp4, …
"""

from __future__ import annotations

import os
import re
import shutil
import threading
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from vigeditor.i18n import _
from vigeditor.media.render import render_clip
from vigeditor.project import (
    audit,
    clips,
    cycles,
    details,
    moments,
    questions,
    recordings,
    reviews,
    supervision,
)
from vigeditor.project.case import Case, fsync_dir
from vigeditor.project.consent_check import purpose_for, require_consent
from vigeditor.project.documents.pdf import (
    check_stop,
    markup_text,
    report_styles,
    write_report,
)
from vigeditor.project.documents.report_flow import flowing_table
from vigeditor.project.documents.wording import long_date
from vigeditor.project.errors import CaseError
from vigeditor.project.exporting import check_destination, recording_media, with_notes
from vigeditor.project.model import Clip, Cycle, ExportRecord, Recording
from vigeditor.project.names import NameFilter, names_rule

Progress = Callable[[float], None]
KIND_WORDS = {"interaction": "interaction film", "review": "shared review film"}


@dataclass(frozen=True)
class PackClip:
    """A clip written into the pack."""

    clip_id: int
    kind: str  # the recording's kind: "interaction" or "review"
    in_frame: int
    out_frame: int
    file: Path


@dataclass(frozen=True)
class SupervisionPack:
    """A written pack. ``notes`` says, in plain words, which damaged frames were replaced by
    the nearest good one ("Clip 3: Frame 45 was damaged; frame 44 was used.")."""

    folder: Path
    zip_path: Path
    summary: Path
    clips: tuple[PackClip, ...]
    record: ExportRecord
    notes: tuple[str, ...] = ()


def safe_code(code: str) -> str:
    """The family code as a file-name part."""
    return re.sub(r"[^\w.-]+", "-", code).strip("-.") or "case"


def pack_paths(output: str | Path) -> tuple[Path, Path]:
    """(folder, zip) for an output named ``OUT`` or ``OUT.zip``."""
    target = Path(output).expanduser()
    if target.suffix.lower() == ".zip":
        return target.with_suffix(""), target
    return target, target.with_name(target.name + ".zip")


def export_supervision_pack(case: Case, cycle_number: int, output: str | Path, *,
                            purpose: str | None = None, professional: str | None = None,
                            size: str = "original",
                            progress: Progress | None = None,
                            cancel: threading.Event | None = None) -> SupervisionPack:
    """Write the pseudonymised supervision pack of cycle ``cycle_number``."""
    cycle = cycles.cycle_by_number(case, int(cycle_number))
    if cycle is None:
        raise CaseError(_("There is no cycle {number} in this case.").format(
            number=cycle_number))
    folder, zip_path = pack_paths(output)
    if not folder.parent.is_dir():
        raise CaseError(_("The folder {path} does not exist.").format(path=folder.parent))
    if folder.exists():
        raise CaseError(_("{path} already exists. Choose another name for the supervision "
                          "pack.").format(path=folder))
    check_destination(case, folder, zip_path)
    basis = require_consent(case, purpose_for("supervision", purpose),
                            professional=professional)
    info = details.get_details(case)
    code = safe_code(info.family_code)
    stem = f"{code}-cycle{cycle.number}"
    chosen = _cycle_clips(case, cycle)
    building = folder.with_name(f".{folder.name}.part-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    what = _("Supervision pack, cycle {number} ({count} clips and a summary)").format(
        number=cycle.number, count=len(chosen))
    with audit.audited_export(
            case, what=what, purpose=basis.purpose, destination=str(folder),
            outputs=[folder, zip_path],
            temps=[folder.with_name(f".{folder.name}.part-"),
                   zip_path.with_name(f".{zip_path.name}.part-")],
            consent_ids=basis.consent_ids, pseudonymised=True) as pending:
        try:
            (building / "clips").mkdir(parents=True)
            written, damage = _render(case, chosen, building, stem, progress, cancel)
            check_stop(cancel)
            summary_name = f"{stem}-summary.pdf"
            names_filter = names_rule(case, basis.purpose)
            _summary(case, cycle, info.family_code, written, names_filter,
                     building / summary_name)
            os.rename(building, folder)
        except OSError as error:
            shutil.rmtree(building, ignore_errors=True)
            raise CaseError(_("The supervision pack could not be written in {path}: "
                              "{reason}.").format(path=folder.parent,
                                                  reason=error.strerror or error)) from error
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        fsync_dir(folder.parent)
        _zip(folder, zip_path)  # when it fails, the folder is removed too: nothing half-sent
        packed = tuple(PackClip(item.clip_id, item.kind, item.in_frame, item.out_frame,
                                folder / "clips" / item.file.name) for item in written)
        what = _("Supervision pack, cycle {number} ({count} clips and a summary)").format(
            number=cycle.number, count=len(packed))
        pending.what = with_notes(what, damage)
    record = pending.record
    assert record is not None
    if progress:
        progress(1.0)
    return SupervisionPack(folder, zip_path, folder / summary_name, packed, record,
                           tuple(damage))


def _cycle_clips(case: Case, cycle: Cycle) -> list[tuple[Recording, Clip]]:
    """The cycle's clips: the interaction film's first, then the shared review film's."""
    found = [(recording, clip) for recording in recordings.list_recordings(case, cycle.id)
             for clip in clips.list_clips(case, recording.id)]
    return sorted(found, key=lambda pair: (pair[0].kind != "interaction", pair[0].id,
                                           pair[1].in_frame))


def _render(case: Case, chosen: list[tuple[Recording, Clip]], building: Path, stem: str,
            progress: Progress | None,
            cancel: threading.Event | None) -> tuple[list[PackClip], list[str]]:
    """Render the clips; returns them and what was said about damaged frames."""
    counts: Counter[str] = Counter()
    total = sum(clip.out_frame - clip.in_frame + 1 for _recording, clip in chosen) or 1
    done = 0
    written = []
    damage: list[str] = []
    for recording, clip in chosen:
        check_stop(cancel)
        counts[recording.kind] += 1
        target = building / "clips" / f"{stem}-{recording.kind}-{counts[recording.kind]:02d}.mp4"
        source, media_info, table = recording_media(case, recording.id)
        frames = clip.out_frame - clip.in_frame + 1

        def report(share: float, before: int = done, frames: int = frames) -> None:
            if progress:
                progress(0.95 * (before + share * frames) / total)

        result = render_clip(source, table, media_info, clip.in_frame, clip.out_frame, target,
                             progress=report, cancel=cancel)
        damage += [_("Clip {id}: {note}").format(id=clip.id, note=note)
                   for note in result.notes]
        done += frames
        written.append(PackClip(clip.id, recording.kind, clip.in_frame, clip.out_frame,
                                target))
    return written, damage


def _zip(folder: Path, zip_path: Path) -> None:
    temp = zip_path.with_name(f".{zip_path.name}.part-{os.getpid()}")
    try:
        with zipfile.ZipFile(temp, "w") as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    method = zipfile.ZIP_STORED if path.suffix == ".mp4" else \
                        zipfile.ZIP_DEFLATED
                    archive.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}",
                                  compress_type=method)
        with open(temp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temp, zip_path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise CaseError(_("The .zip of the supervision pack could not be made, so the pack "
                          "was not kept: {reason}.").format(
            reason=error.strerror or error)) from error


# -- the summary PDF ------------------------------------------------------------------------
def _summary(case: Case, cycle: Cycle, code: str, written: list[PackClip],
             names_filter: NameFilter, path: Path) -> None:
    styles = report_styles()
    title = _("Supervision pack: {code}, cycle {number}").format(code=code, number=cycle.number)
    story: list[Flowable] = [Paragraph(markup_text(title), styles["title"]), Paragraph(
        _("Pseudonymised: the family is {code}; names are replaced by roles.").format(
            code=markup_text(code)), styles["small"])]
    story += _cycle_section(case, cycle, names_filter, styles)
    story += _questions_section(case, cycle, names_filter, styles)
    story += _moments_section(case, cycle, styles)
    story += _clips_section(case, written, names_filter, styles)
    story += _reflections_section(case, cycle, names_filter, styles)
    story += _skills_section(case, styles)
    write_report(path, story, title=title,
                 subject=_("VIG supervision pack (pseudonymised)"))


def _cycle_section(case: Case, cycle: Cycle, names_filter: NameFilter,
                   styles: dict) -> list[Flowable]:
    rows: list[list[object]] = [[_("Cycle"), _("Filming"), _("Shared review")],
                                [str(cycle.number), long_date(cycle.filming_date) or "–",
                                 long_date(cycle.review_date) or "–"]]
    films = [[_("Film"), _("Title"), _("Length"), _("Moments"), _("Clips")]]
    for recording in recordings.list_recordings(case, cycle.id):
        films.append([_(KIND_WORDS.get(recording.kind, recording.kind)),
                      names_filter.clean(recording.title) or "–",
                      _("{seconds:.0f} s").format(seconds=recording.duration),
                      str(len(moments.list_moments(case, recording.id))),
                      str(len(clips.list_clips(case, recording.id)))])
    return [Paragraph(_("Cycle"), styles["h2"]), flowing_table(rows, [60, 200, 200]),
            Paragraph("", styles["small"]), flowing_table(films, [110, 170, 60, 60, 60])]


def _questions_section(case: Case, cycle: Cycle, names_filter: NameFilter,
                       styles: dict) -> list[Flowable]:
    asked = questions.list_questions(case)
    if not asked:
        return [Paragraph(_("Helping questions"), styles["h2"]),
                Paragraph(_("No helping questions recorded."), styles["body"])]
    shown = [other for other in cycles.list_cycles(case) if other.number <= cycle.number]
    ratings = {(rating.question_id, rating.stage, rating.cycle_id): rating.rating
               for rating in questions.list_ratings(case)}
    header = [_("Helping question"), _("Start")] + [
        _("C{number}").format(number=other.number) for other in shown] + [_("End"),
                                                                           _("Hoped")]
    rows: list[list[object]] = [header]
    for question in asked:
        values = [ratings.get((question.id, "start", None))] + [
            ratings.get((question.id, "cycle", other.id)) for other in shown] + [
            ratings.get((question.id, "end", None)), question.hoped_rating]
        rows.append([names_filter.clean(question.text)] +
                    ["–" if value is None else str(value) for value in values])
    narrow = min(48.0, 270.0 / (len(header) - 1))
    return [Paragraph(_("Helping questions and ratings (1–10)"), styles["h2"]),
            flowing_table(rows, [495 - narrow * (len(header) - 1)] +
                         [narrow] * (len(header) - 1))]


def _moments_section(case: Case, cycle: Cycle, styles: dict) -> list[Flowable]:
    scheme = case.scheme
    story: list[Flowable] = [Paragraph(_("Moments by principle"), styles["h2"])]
    for recording in recordings.list_recordings(case, cycle.id):
        tagged = moments.list_moments(case, recording.id)
        story.append(Paragraph(_("{film}: {count} moments").format(
            film=_(KIND_WORDS.get(recording.kind, recording.kind)).capitalize(),
            count=len(tagged)), styles["body"]))
        if not tagged:
            continue
        by_group: Counter[str] = Counter()
        by_code: Counter[str] = Counter()
        for moment in tagged:
            groups = set()
            for code in moment.principles:
                by_code[code] += 1
                groups.add(scheme.group_of(code).code)
            for group in groups:
                by_group[group] += 1
        rows: list[list[object]] = [[_("Principle"), _("Moments")]]
        bold = []
        indent = "\u00a0" * 5
        for group in scheme.groups:
            if not by_group[group.code]:
                continue
            bold.append(len(rows))
            rows.append([group.name, str(by_group[group.code])])
            if by_code[group.code]:
                rows.append([indent + _("(the group as a whole)"), str(by_code[group.code])])
            rows += [[indent + item.name, str(by_code[item.code])] for item in group.items
                     if by_code[item.code]]
        story.append(flowing_table(rows, [420, 75], bold_rows=tuple(bold)))
    return story


def _clips_section(case: Case, written: list[PackClip], names_filter: NameFilter,
                   styles: dict) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(_("Clips in this pack"), styles["h2"])]
    if not written:
        return [*story, Paragraph(_("This cycle has no clips."), styles["body"])]
    rows: list[list[object]] = [[_("File"), _("Film"), _("Frames"), _("Principles"),
                                 _("Title and caption")]]
    for item in written:
        clip = clips.get_clip(case, item.clip_id)
        words = " – ".join(part for part in (names_filter.clean(clip.title),
                                             names_filter.clean(clip.caption)) if part)
        rows.append([f"clips/{item.file.name}", _(KIND_WORDS[item.kind]),
                     _("{first}–{last} ({seconds:.1f} s)").format(
                         first=clip.in_frame, last=clip.out_frame, seconds=clip.seconds),
                     ", ".join(case.scheme.label(code) for code in clip.principles) or "–",
                     words or "–"])
    if not any(item.kind == "review" for item in written):
        story.append(Paragraph(_("No clips were made from a shared review film in this "
                                 "cycle."), styles["small"]))
    return [*story, flowing_table(rows, [125, 70, 75, 100, 125])]


def _reflections_section(case: Case, cycle: Cycle, names_filter: NameFilter,
                         styles: dict) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(_("The guider's reflections"), styles["h2"])]
    review = reviews.get_review(case, cycle.id)
    parts = [(_("Cycle notes"), cycle.notes),
             (_("Shared review notes"), review.notes if review else ""),
             (_("What the parent noticed"), review.parent_noticed if review else "")]
    for label, text in parts:
        if text and text.strip():
            story.append(Paragraph(f"<b>{markup_text(label)}</b>: "
                                   f"{markup_text(names_filter.clean(text))}", styles["body"]))
    points = cycles.list_working_points(case, cycle.id)
    if points:
        story.append(Paragraph(f"<b>{markup_text(_('Working points'))}</b>", styles["body"]))
        story += [Paragraph(markup_text(names_filter.clean(point.text)), styles["body"],
                            bulletText="•") for point in points]
    cycle_clips = {clip.id for _recording, clip in _cycle_clips(case, cycle)}
    for session in supervision.list_sessions(case):
        if not cycle_clips.intersection(supervision.session_clips(case, session.id)):
            continue
        stage = _(", stage {stage}").format(stage=session.stage) if session.stage else ""
        head = _("Supervision on {day} ({minutes} minutes{stage})").format(
            day=long_date(session.held_on), minutes=session.minutes, stage=stage)
        story.append(Paragraph(f"<b>{markup_text(head)}</b>"
                               + (": " + markup_text(names_filter.clean(session.notes))
                                  if session.notes.strip() else ""), styles["body"]))
    if len(story) == 1:
        story.append(Paragraph(_("No notes recorded for this cycle."), styles["body"]))
    return story


def _skills_section(case: Case, styles: dict) -> list[Flowable]:
    scale = supervision.skills_scale()
    latest = {}
    for rating in supervision.list_skill_ratings(case):  # by date: the last one wins
        latest[rating.subscale] = rating
    anchors = scale.get("anchors", {})
    story: list[Flowable] = [
        Paragraph(_("Skills self-rating"), styles["h2"]),
        Paragraph(_("{name}: 0 = {low} … 5 = {high}. Latest rating of each sub-scale.").format(
            name=scale["name"], low=anchors.get("0", ""), high=anchors.get("5", "")),
            styles["small"])]
    if not latest:
        return [*story, Paragraph(_("No skills self-ratings recorded."), styles["body"])]
    rows: list[list[object]] = [[_("Sub-scale"), _("Rating"), "", _("Rated on")]]
    for item in scale["subscales"]:
        rating = latest.get(item["code"])
        if rating is None:
            rows.append([item["name"], "–", "", ""])
            continue
        label = anchors.get(str(rating.rating), "")
        rows.append([item["name"], f"{rating.rating} / 5" + (f" ({label})" if label else ""),
                     "●" * rating.rating + "○" * (5 - rating.rating),
                     long_date(rating.rated_on)])
    return [*story, flowing_table(rows, [200, 120, 70, 105])]
