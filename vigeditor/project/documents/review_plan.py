"""The review plan sheet: a one-page PDF of a cycle's shared review for the guider's hand.

With one screen the presentation covers it, so the talking points cannot sit beside the
parent's picture; the guider prints this sheet (or shows it on a tablet) instead: the
helping questions, then each clip and still in review order with its length, caption and
talking points, and room for what the parent noticed. No pictures, and never names: it is
a working paper of the shared review (consent purpose ``review``), so the names rule
replaces every name with role words ("the child", "the parent"). Consent is checked first,
the export is audited, and the file is written to a temporary name and renamed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph, Spacer

from vigeditor.i18n import _, ngettext
from vigeditor.project import audit
from vigeditor.project.case import Case
from vigeditor.project.clips import get_clip
from vigeditor.project.consent_check import require_consent
from vigeditor.project.cycles import cycle_by_number
from vigeditor.project.details import get_details
from vigeditor.project.documents.pdf import (
    atomic_file,
    check_stop,
    check_target,
    markup_text,
    report_styles,
    report_table,
    temporary_prefix,
    write_report,
)
from vigeditor.project.documents.wording import long_date
from vigeditor.project.errors import CaseError
from vigeditor.project.exporting import check_destination
from vigeditor.project.model import Cycle, ReviewItem
from vigeditor.project.names import NameFilter, names_rule
from vigeditor.project.questions import list_questions
from vigeditor.project.reviews import list_items
from vigeditor.project.stills import get_still

PURPOSE = "review"  # watching in a shared review: the consent this sheet rests on
Progress = Callable[[float], None]


@dataclass(frozen=True)
class PlanRow:
    """One item of the plan as printed (names already replaced)."""

    number: int
    what: str  # "Clip 1 · 4.5 s · slow motion" or "Still"
    caption: str
    talking_points: str


def default_plan_name(case: Case, cycle_number: int) -> str:
    """A file name with the family code and cycle only (never a name)."""
    code = get_details(case).family_code.strip().replace(" ", "-") or "case"
    return f"{code}-cycle{cycle_number}-review-plan.pdf"


def plan_rows(case: Case, items: list[ReviewItem], words: NameFilter) -> list[PlanRow]:
    """The review's items as printed rows, in order."""
    rows: list[PlanRow] = []
    for number, item in enumerate(items, start=1):
        if item.clip_id is not None:
            clip = get_clip(case, item.clip_id)
            parts = [_("Clip"), _("{seconds} s").format(
                seconds=f"{max(0.0, clip.out_time - clip.in_time):.1f}").replace(" ", "\u00a0")]
            if clip.title:
                parts.insert(1, words.clean(clip.title))
            if clip.slow_motion:
                parts.append(_("slow motion"))
            caption = clip.caption
        else:
            still = get_still(case, item.still_id)  # type: ignore[arg-type]
            parts, caption = [_("Still")], still.caption
        rows.append(PlanRow(number, " · ".join(parts), words.clean(caption),
                            words.clean(item.talking_points)))
    return rows


def _story(case: Case, cycle: Cycle, rows: list[PlanRow], words: NameFilter
           ) -> list[Flowable]:
    styles = report_styles()
    code = get_details(case).family_code
    story: list[Flowable] = [
        Paragraph(markup_text(_("Shared review plan — cycle {number}").format(
            number=cycle.number)), styles["title"]),
        Paragraph(markup_text(" · ".join(part for part in (
            code, long_date(cycle.review_date) if cycle.review_date else "") if part)),
            styles["small"])]
    asked = [words.clean(question.text) for question in list_questions(case)]
    if asked:
        story.append(Paragraph(markup_text(_("Helping questions")), styles["h2"]))
        story += [Paragraph(markup_text(f"• {text}"), styles["body"]) for text in asked]
    story.append(Paragraph(markup_text(_("In order")), styles["h2"]))
    table = [[_("No."), _("What"), _("Caption"), _("Talking points")]]
    table += [[str(row.number), row.what, row.caption or "—", row.talking_points or "—"]
              for row in rows]
    width = A4[0] - 100
    story.append(report_table(table, [0.06 * width, 0.24 * width, 0.3 * width, 0.4 * width]))
    story += [Spacer(1, 10), Paragraph(markup_text(_("What the parent noticed:")),
                                       styles["h2"]), Spacer(1, 60)]
    return story


def export_review_plan(case: Case, cycle_number: int, output: str | Path, *,
                       progress: Progress | None = None,
                       cancel: threading.Event | None = None) -> Path:
    """Write the review plan sheet of cycle ``cycle_number`` to the PDF ``output``.

    Raises :class:`~vigeditor.project.errors.CaseError` (plain words) for a missing cycle,
    an empty review, a wrong destination, or missing consent for a shared review
    (:class:`~vigeditor.project.consent_check.ConsentRefused`); nothing is written then."""
    cycle = cycle_by_number(case, int(cycle_number))
    if cycle is None:
        raise CaseError(_("There is no cycle {number} in this case.").format(
            number=cycle_number))
    items = list_items(case, cycle.id)
    if not items:
        raise CaseError(_("The shared review of cycle {number} has no clips or stills yet; "
                          "add them in the review plan first.").format(number=cycle.number))
    target = check_target(Path(output), (".pdf",))
    check_destination(case, target)
    basis = require_consent(case, PURPOSE)
    words = names_rule(case, basis.purpose)
    rows = plan_rows(case, items, words)
    with audit.audited_export(
            case, what=ngettext("Review plan, cycle {number} ({count} item)",
                                "Review plan, cycle {number} ({count} items)", len(rows)).format(
                number=cycle.number, count=len(rows)),
            purpose=basis.purpose, destination=str(target.resolve()), outputs=[target],
            temps=[temporary_prefix(target)], consent_ids=basis.consent_ids,
            pseudonymised=words.enabled):
        check_stop(cancel)
        with atomic_file(target) as temp:
            write_report(temp, _story(case, cycle, rows, words),
                         title=_("Shared review plan"), subject=_("Cycle {number}").format(
                             number=cycle.number))
    if progress is not None:
        progress(1.0)
    return target
