"""The summary PDF of a supervision pack (issue 6, item 4): the cycle and its dates, the
helping questions and their ratings, moments counted by principle, the clips with their
captions, the guider's reflections and the latest skills self-ratings, names replaced by
role words (:mod:`vigeditor.project.names`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from vigeditor.i18n import N_, _
from vigeditor.project import clips, cycles, moments, questions, recordings, reviews, supervision
from vigeditor.project.case import Case
from vigeditor.project.documents.pdf import markup_text, report_styles, write_report
from vigeditor.project.documents.report_flow import flowing_table
from vigeditor.project.documents.wording import long_date
from vigeditor.project.model import Clip, Cycle, Recording
from vigeditor.project.names import NameFilter

KIND_WORDS = {"interaction": N_("interaction film"), "review": N_("shared review film")}


@dataclass(frozen=True)
class PackClip:
    """A clip written into the pack."""

    clip_id: int
    kind: str  # the recording's kind: "interaction" or "review"
    in_frame: int
    out_frame: int
    file: Path


def cycle_clips(case: Case, cycle: Cycle) -> list[tuple[Recording, Clip]]:
    """The cycle's clips: the interaction film's first, then the shared review film's."""
    found = [(recording, clip) for recording in recordings.list_recordings(case, cycle.id)
             for clip in clips.list_clips(case, recording.id)]
    return sorted(found, key=lambda pair: (pair[0].kind != "interaction", pair[0].id,
                                           pair[1].in_frame))


def write_summary(case: Case, cycle: Cycle, code: str, written: list[PackClip],
                  names_filter: NameFilter, path: Path) -> None:
    """Write the pack's summary PDF to ``path`` (a final name: the caller builds the pack
    in a folder of its own). ``code`` is the family code; ``written`` the pack's clips."""
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
    ids = {clip.id for _recording, clip in cycle_clips(case, cycle)}
    for session in supervision.list_sessions(case):
        if not ids.intersection(supervision.session_clips(case, session.id)):
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
