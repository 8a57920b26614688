"""The family notes booklet: a PDF the family keeps (issue 6, item 3).

A4 pages, or A5 pages imposed 2-up on A4 landscape for folding into a booklet. The cover
carries the title the family chose and a still; then the helping questions with a chart of
their ratings, a page per still or clip (its picture and the caption in the family's words),
what the parent noticed after each shared review, and the working points. The child-friendly
variant keeps only large pictures with their captions in large type. A long caption is set
smaller, then flows on under its picture and onto continuation pages: no word is cut.

No names appear (the family name and people's names are replaced by "your family", "your
child", "you"; "the child", "the parent" for a professional) unless the guider chooses
``names=True`` for the family's own copy (the names rule,
:func:`~vigeditor.project.documents.wording.names_rule`: a professional's copy never has names).
The export needs the family's consent for its purpose (``family-copy`` by default, or
``professional`` naming who; no other purpose), checked
before anything is written, and records an audit entry (``started`` before the file,
``done`` once it is in place; see :mod:`vigeditor.project.audit`).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from vigeditor.i18n import N_, _, screen_words
from vigeditor.project import (
    audit,
    cycles,
    details,
    questions,
    reviews,
)
from vigeditor.project.blur_export import (
    counts,
    not_shown_note,
    prepare_document,
    with_blur,
    with_not_shown,
)
from vigeditor.project.blurring import DocumentBlur
from vigeditor.project.case import Case
from vigeditor.project.consent_check import purpose_for, require_consent
from vigeditor.project.documents.booklet.chart import chart_columns, chart_series, ratings_chart
from vigeditor.project.documents.booklet.frames import Frames
from vigeditor.project.documents.booklet.items import BookletItem, booklet_items
from vigeditor.project.documents.booklet.layout import (
    Geometry,
    Heading,
    Painter,
    flow_pages,
    notes_page,
    padded,
    write_pages,
)
from vigeditor.project.documents.booklet.pictures import picture_page
from vigeditor.project.documents.pdf import (
    ACCENT,
    BAND,
    CALM,
    FONT_BOLD,
    INK,
    SERIES,
    Cancel,
    Progress,
    atomic_file,
    check_stop,
    check_target,
    draw_picture,
    fit,
    register_fonts,
    temporary_prefix,
)
from vigeditor.project.documents.wording import long_date, markup
from vigeditor.project.errors import CaseError
from vigeditor.project.exporting import check_destination
from vigeditor.project.model import ExportRecord
from vigeditor.project.names import NameFilter, names_rule

DEFAULT_TITLE = N_("Our special moments")


@dataclass(frozen=True)
class DocumentExport:
    """A document written by an export: where, how many pages, and its audit entry."""

    path: Path
    pages: int  # pages of the document (a folded booklet: including blank pages)
    sheets: int  # pages of the PDF file (a folded booklet: sides of A4 landscape)
    pictures: int
    record: ExportRecord
    #: plain-language notes for the guider, e.g. a damaged frame and the frame used instead
    notes: tuple[str, ...] = ()


def export_booklet(case: Case, output: str | Path, *, title: str | None = None,
                   a5: bool = False, child_friendly: bool = False, names: bool = False,
                   purpose: str | None = None, professional: str | None = None,
                   still_ids: Sequence[int] | None = None,
                   clip_ids: Sequence[int] | None = None, blur: DocumentBlur | None = None,
                   progress: Progress | None = None,
                   cancel: Cancel | None = None) -> DocumentExport:
    """Write the family notes booklet to ``output`` (a .pdf); see the module docstring.
    ``blur``: blur faces in every picture (items keyed ``("still", id)`` and ``("clip",
    id)``, a clip's faces tracked over its frames; the first half of ``progress``); the
    audit entry records how many faces were blurred, summed over the pictures."""
    target = check_target(Path(output).expanduser().absolute(), (".pdf",))
    check_destination(case, target)
    wanted = purpose_for("booklet", purpose or ("professional" if professional else None))
    basis = require_consent(case, wanted, professional=professional,
                            blurring=blur is not None)
    items = booklet_items(case, still_ids=still_ids, clip_ids=clip_ids)
    if not items:
        raise CaseError(_("There is nothing for the booklet yet: write a caption for the "
                          "stills and clips the family should have, then try again."))
    info = details.get_details(case)
    names_filter = names_rule(case, basis.purpose, names=names)
    names = not names_filter.enabled  # names only in the family's own copy, when asked
    # names are kept out everywhere, the title included, unless the guider asks for them
    shown_title = names_filter.clean((title or "").strip() or _(DEFAULT_TITLE))
    geometry = Geometry.make(a5=a5, child_friendly=child_friendly)
    subtitle = _("For {name}").format(name=info.family_name) if names and info.family_name \
        else _("For your family")
    register_fonts()
    faces, progress = prepare_document(case, [_item_key(item) for item in items], blur,
                                       basis, progress, cancel)
    blurred = counts(faces)
    with ExitStack() as stack:
        frames = Frames(case, stack, None if faces is None else faces.by_recording())
        painters = _painters(case, frames, items, geometry, names_filter,
                             (shown_title, subtitle), progress, cancel)
        if a5:
            painters += [notes_page(_("My notes"))] * (padded(len(painters)) - len(painters))
        check_stop(cancel)
        described = with_not_shown(_what(geometry, a5, len(painters), len(items), blurred),
                                   basis)
        with audit.audited_export(
                case, what=described,
                purpose=basis.purpose, destination=str(target), outputs=[target],
                temps=[temporary_prefix(target)], consent_ids=basis.consent_ids,
                pseudonymised=not names, blurred_faces=blurred[0]) as pending:
            with atomic_file(target) as temp:
                sheets = write_pages(temp, painters, geometry, imposed=a5, title=shown_title,
                                     subject=_("Family notes booklet ({code})").format(
                                         code=info.family_code))
            notes = tuple(substitute.note for substitute in frames.substitutes)
            pending.what = " ".join((described, *notes))
    record = pending.record
    assert record is not None
    return DocumentExport(target, len(painters), sheets, len(items), record,
                          (*notes, *not_shown_note(basis, sound=False)))


def _item_key(item: BookletItem) -> tuple[str, int]:
    """The item's key in a :class:`DocumentBlur`: ("still", id) or ("clip", id)."""
    if item.still is not None:
        return ("still", item.still.id)
    assert item.clip is not None
    return ("clip", item.clip.id)


def _what(geometry: Geometry, a5: bool, pages: int, pictures: int,
          blurred: tuple[int | None, int]) -> str:
    """The audit entry's words, in the guider's language whatever the booklet's."""
    with screen_words():
        return with_blur(_describe(geometry, a5, pages, pictures), *blurred)


def _describe(geometry: Geometry, a5: bool, pages: int, pictures: int) -> str:
    """What the audit entry says was exported."""
    layout = _("A5 folded booklet") if a5 else _("A4")
    variant = _(", child-friendly") if geometry.child_friendly else ""
    return _("Family notes booklet ({layout}{variant}, {pages} pages, {count} "
             "pictures)").format(layout=layout, variant=variant, pages=pages, count=pictures)


def _painters(case: Case, frames: Frames, items: list[BookletItem], geometry: Geometry,
              names_filter: NameFilter, titles: tuple[str, str], progress: Progress | None,
              cancel: Cancel | None) -> list[Painter]:
    """Every page of the booklet in reading order (pictures still being decoded)."""
    total = len(items) + 1
    painters = [_cover(frames, items, geometry, *titles, _cover_note(case))]
    if progress:
        progress(1 / total)
    if not geometry.child_friendly:
        painters += _questions_pages(case, geometry, names_filter)
    for done, item in enumerate(items, start=2):
        check_stop(cancel)
        painters += picture_page(frames, item, geometry, names_filter)
        if progress:
            progress(done / total)
    if not geometry.child_friendly:
        painters += _after_review_pages(case, geometry, names_filter)
    return painters


# -- pages ------------------------------------------------------------------------------------
def _cover(frames: Frames, items: list[BookletItem], geometry: Geometry, title: str,
           subtitle: str, footnote: str) -> Painter:
    first = next((item for item in items if item.still is not None), items[0])
    margin = geometry.margin
    title_style = ParagraphStyle("cover", fontName=FONT_BOLD, fontSize=geometry.title,
                                 leading=geometry.title * 1.15, textColor=ACCENT if
                                 geometry.child_friendly else INK, alignment=1)
    sub_style = ParagraphStyle("cover-sub", fontName=FONT_BOLD, fontSize=geometry.body * 1.3,
                               leading=geometry.body * 1.7, textColor=CALM, alignment=1)
    foot_style = ParagraphStyle("cover-foot", parent=geometry.style("small"), alignment=1)
    heading = Paragraph(markup(title), title_style)
    sub = Paragraph(markup(subtitle), sub_style)
    foot = Paragraph(markup(footnote), foot_style)
    inner = geometry.content_width - margin
    title_h = heading.wrap(inner, geometry.height)[1]
    sub_h = sub.wrap(inner, geometry.height)[1]
    foot_h = foot.wrap(geometry.content_width, geometry.height)[1]
    panel_h = title_h + sub_h + margin * 1.3
    dots = margin * 0.5
    box_h = geometry.height - 2 * margin - panel_h - margin - dots - foot_h - margin * 0.6
    width, height = fit(frames.aspect(first.recording), geometry.content_width, box_h)
    picture = frames.picture(first.recording, first.frame, width, height)

    def paint(canvas: Canvas, geo: Geometry, number: int) -> None:
        top = geo.height - margin
        canvas.saveState()
        canvas.setFillColor(BAND)
        canvas.roundRect(margin, top - panel_h, geo.content_width, panel_h, margin * 0.4,
                         stroke=0, fill=1)
        heading.drawOn(canvas, margin * 1.5, top - margin * 0.65 - title_h)
        sub.drawOn(canvas, margin * 1.5, top - margin * 0.65 - title_h - sub_h)
        below = top - panel_h - margin * 0.5
        block = height + dots + foot_h + margin * 0.6
        y = below - max(0.0, (below - margin - block) / 2) - height
        draw_picture(canvas, picture, (geo.width - width) / 2, y, width, height)
        radius = dots * 0.18
        for index, colour in enumerate(SERIES):
            canvas.setFillColor(colour)
            canvas.circle(geo.width / 2 + (index - (len(SERIES) - 1) / 2) * radius * 4,
                          y - dots * 0.8, radius, stroke=0, fill=1)
        canvas.restoreState()
        foot.drawOn(canvas, margin, y - dots - margin * 0.4 - foot_h)
    return paint


def _cover_note(case: Case) -> str:
    days = sorted(day for cycle in cycles.list_cycles(case)
                  for day in (cycle.filming_date, cycle.review_date) if day)
    if not days:
        return _("Made together with your video guider")
    first, last = long_date(days[0]).split(" ", 1)[1], long_date(days[-1]).split(" ", 1)[1]
    when = first if first == last else f"{first} – {last}"
    return _("Made together with your video guider · {when}").format(when=when)


def _decorated(canvas: Canvas, geometry: Geometry, number: int) -> None:
    """A soft band at the top of text pages."""
    canvas.saveState()
    canvas.setFillColor(BAND)
    canvas.rect(0, geometry.height - geometry.margin * 0.45, geometry.width,
                geometry.margin * 0.45, stroke=0, fill=1)
    canvas.restoreState()


def _questions_pages(case: Case, geometry: Geometry, names_filter: NameFilter
                     ) -> list[Painter]:
    asked = questions.list_questions(case)
    if not asked:
        return []
    ratings = questions.list_ratings(case)
    story: list[Flowable] = [
        Heading(_("What you wanted to work on"), geometry.style("heading")),
        Paragraph(_("These are your own questions. You gave each one a mark from 1 to 10 "
                    "at the start and after each shared review."), geometry.style("body"))]
    for number, question in enumerate(asked, start=1):
        style = ParagraphStyle(f"q{number}", parent=geometry.style("bullet"),
                               bulletColor=SERIES[(number - 1) % len(SERIES)])
        story.append(Paragraph(markup(names_filter.clean(question.text)), style,
                               bulletText=str(number)))
    if ratings:
        columns = chart_columns(cycles.list_cycles(case), ratings)
        series = chart_series(asked, ratings, columns)
        width = geometry.content_width
        story += [Spacer(1, geometry.body),
                  ratings_chart(series, [label for label, *_rest in columns], width,
                                width * 0.55, scale=geometry.body / 12.5),
                  Spacer(1, geometry.body * 0.6)]
        if any(question.hoped_rating for question in asked):
            story.append(Paragraph(_("The dashed lines show the mark you hoped to reach."),
                                   geometry.style("small")))
    return flow_pages(story, geometry, _decorated)


def _after_review_pages(case: Case, geometry: Geometry, names_filter: NameFilter
                        ) -> list[Painter]:
    """What the parent noticed after each shared review, then the working points."""
    noticed: list[Flowable] = []
    points: list[Flowable] = []
    for cycle in cycles.list_cycles(case):
        review = reviews.get_review(case, cycle.id)
        if review is not None and review.parent_noticed.strip():
            when = long_date(cycle.review_date)
            noticed.append(Heading(markup(_("After shared review {number}").format(
                number=cycle.number) + (f" · {when}" if when else "")),
                geometry.style("subheading")))
            noticed.append(Paragraph(markup(names_filter.clean(review.parent_noticed)),
                                     geometry.style("body")))
        listed = cycles.list_working_points(case, cycle.id)
        if listed:
            points.append(Heading(_("After cycle {number}").format(number=cycle.number),
                                  geometry.style("subheading")))
            points += [Paragraph(markup(names_filter.clean(point.text)),
                                 geometry.style("bullet"), bulletText="•") for point in listed]
    story: list[Flowable] = []
    if noticed:
        story += [Heading(_("What you noticed"), geometry.style("heading")),
                  Paragraph(_("In your own words: what you saw when we watched the film "
                              "together."), geometry.style("body")), *noticed]
    if points:
        if story:
            story.append(Spacer(1, geometry.heading))
        story += [Heading(_("Things to look out for"), geometry.style("heading")),
                  Paragraph(_("Small things to keep noticing, until next time."),
                            geometry.style("body")), *points]
    return flow_pages(story, geometry, _decorated) if story else []


__all__ = ["DEFAULT_TITLE", "BookletItem", "DocumentExport", "booklet_items",
           "export_booklet"]
