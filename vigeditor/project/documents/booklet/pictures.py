"""A still's or clip's page in the booklet: its picture under the cycle label and the caption
in the family's words, set smaller when long, then flowing on under the picture and onto
continuation pages ("Cycle n · date (continued)"), so no word is ever cut.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from vigeditor.i18n import _
from vigeditor.project.documents.booklet.frames import Frames
from vigeditor.project.documents.booklet.items import BookletItem
from vigeditor.project.documents.booklet.layout import (
    Geometry,
    Painter,
    paginate,
)
from vigeditor.project.documents.pdf import (
    BAND,
    draw_picture,
    fit,
)
from vigeditor.project.documents.wording import long_date, markup
from vigeditor.project.names import NameFilter

#: a caption set under its picture leaves the picture at least this share of the page's
#: height (so the editor's longest caption, 1,000 characters, fits on the page of its
#: picture in A4 and A5); a longer caption flows on, under a picture of ``FLOW_PICTURE_SHARE``
MIN_PICTURE_SHARE = 0.3
FLOW_PICTURE_SHARE = 0.4
#: a long caption is set smaller, down to this share of its size (never below body type),
#: before it flows onto a continuation page
SMALLEST_CAPTION = 0.66


def _caption_style(geometry: Geometry, size: float, *, flowing: bool) -> ParagraphStyle:
    """The caption's style at ``size``; a caption that flows over pages is set flush left
    (a centred page of text reads badly)."""
    return ParagraphStyle(f"caption-{size:.1f}", parent=geometry.style("caption"),
                          fontSize=size, leading=size * 1.3, alignment=0 if flowing else 1)


def _caption_sizes(geometry: Geometry) -> list[float]:
    """The caption sizes tried, largest first."""
    smallest = max(geometry.body, geometry.caption * SMALLEST_CAPTION)
    sizes, size = [], geometry.caption
    while size > smallest:
        sizes.append(size)
        size *= 0.9
    return [*sizes, smallest]


def picture_page(frames: Frames, item: BookletItem, geometry: Geometry,
                  names_filter: NameFilter) -> list[Painter]:
    """The page of a still or clip: its "Cycle n · date" label, the picture and the caption
    below it. A long caption is set smaller first; when even then the picture would be
    smaller than ``MIN_PICTURE_SHARE`` of the page, the picture gets ``FLOW_PICTURE_SHARE``
    of it and the caption flows on under it and onto continuation pages ("Cycle n · date
    (continued)"), so no word is lost and nothing overlaps."""
    margin = geometry.margin
    text = markup(names_filter.clean(item.caption))
    label_text = None
    if not geometry.child_friendly and item.cycle_number is not None:
        label_text = _("Cycle {number}").format(number=item.cycle_number)
        if item.filming_date:
            label_text += " · " + long_date(item.filming_date)
    label = Paragraph(markup(label_text), geometry.style("subheading")) if label_text \
        else None
    label_h = label.wrap(geometry.content_width, geometry.height)[1] + margin * 0.25 \
        if label else 0.0
    gap = margin * 0.6
    pad = geometry.caption * 0.45 if geometry.child_friendly else 0.0  # band around it
    caption_width = geometry.content_width
    room = geometry.content_height - label_h - 2 * gap  # picture + caption
    least = geometry.content_height * MIN_PICTURE_SHARE
    aspect = frames.aspect(item.recording)
    for size in _caption_sizes(geometry):
        caption = Paragraph(text, _caption_style(geometry, size, flowing=False))
        caption_h = caption.wrap(caption_width, geometry.height)[1] + 2 * pad
        if room - caption_h >= least:
            width, height = fit(aspect, geometry.content_width, room - caption_h)
            picture = frames.picture(item.recording, item.frame, width, height)
            return [_picture_painter(label, label_h, picture, width, height, gap,
                                     caption, caption_h - 2 * pad, pad)]
    # the caption flows: the picture keeps a fixed share, the caption fills the rest of the
    # page under it and continues on pages of its own
    size = _caption_sizes(geometry)[-1]
    style = _caption_style(geometry, size, flowing=True)
    width, height = fit(aspect, geometry.content_width,
                        geometry.content_height * FLOW_PICTURE_SHARE)
    picture = frames.picture(item.recording, item.frame, width, height)
    under = geometry.content_height - label_h - height - 2 * gap - 2 * pad
    # a paragraph per line of the caption: reportlab would start a page split at a line
    # break with an empty line
    lines: list[Flowable] = [
        Paragraph(markup(line), style) if line.strip() else Spacer(1, style.leading)
        for line in names_filter.clean(item.caption).strip().split("\n")]
    first: Flowable | None = None
    rest = lines
    if under >= style.leading:
        pages = paginate(lines, caption_width, under)
        first = _Stack(pages[0])
        rest = [part for page in pages[1:] for part in page]
    first_h = first.wrap(caption_width, under)[1] if first is not None else 0.0
    painters = [_picture_painter(label, label_h, picture, width, height, gap, first,
                                 first_h, pad, flowing=True)]
    more = Paragraph(markup(_("{label} (continued)").format(label=label_text)),
                     geometry.style("subheading")) if label_text else None
    more_h = more.wrap(geometry.content_width, geometry.height)[1] + margin * 0.25 \
        if more else 0.0
    for page in paginate(rest, caption_width, geometry.content_height - more_h - 2 * pad):
        while len(page) > 1 and isinstance(page[0], Spacer):
            page = page[1:]  # a blank line does not start a page
        painters.append(_continued_painter(more, more_h, page, pad))
    return painters


class _Stack(Flowable):
    """Flowables drawn one under the other (the part of a caption on its picture's page)."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.heights = [part.wrap(avail_width, avail_height)[1] for part in self.parts]
        self.width, self.height = avail_width, sum(self.heights)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, part_h in zip(self.parts, self.heights, strict=True):
            y -= part_h
            part.drawOn(self.canv, 0, y)


def _picture_painter(label: Paragraph | None, label_h: float, picture: object,
                     width: float, height: float, gap: float, caption: Flowable | None,
                     caption_h: float, pad: float, *, flowing: bool = False) -> Painter:
    """A picture page: the label at the top, the picture, the caption (its first part when
    it flows on: then everything sits at the top of the page)."""
    def paint(canvas: Canvas, geo: Geometry, number: int) -> None:
        margin = geo.margin
        top = geo.height - margin
        if label is not None:
            label.drawOn(canvas, margin, top - label.height)
        block = height + (gap + caption_h + 2 * pad if caption is not None else 0.0)
        free = geo.content_height - label_h
        lift = 0.0 if flowing else max(0.0, (free - block) / 2.2)
        y_top = top - label_h - lift
        draw_picture(canvas, picture, (geo.width - width) / 2, y_top - height, width,
                     height)
        if caption is not None:
            caption_y = y_top - height - gap - pad - caption_h
            _draw_caption(canvas, geo, caption, caption_y, caption_h, pad)
    return paint


def _continued_painter(label: Paragraph | None, label_h: float, page: list[Flowable],
                       pad: float) -> Painter:
    """A continuation page of a long caption, in the picture page's style."""
    def paint(canvas: Canvas, geo: Geometry, number: int) -> None:
        margin = geo.margin
        y = geo.height - margin
        if label is not None:
            label.drawOn(canvas, margin, y - label.height)
            y -= label_h
        heights = [part.wrap(geo.content_width, geo.content_height)[1] for part in page]
        total = sum(heights)
        if pad:
            _draw_caption(canvas, geo, None, y - pad - total, total, pad)
        y -= pad
        for part, part_h in zip(page, heights, strict=True):
            part.drawOn(canvas, margin, y - part_h)
            y -= part_h
    return paint


def _draw_caption(canvas: Canvas, geo: Geometry, caption: Flowable | None, y: float,
                  caption_h: float, pad: float) -> None:
    """The caption at ``y`` (its bottom), on a soft rounded band in the child-friendly
    variant."""
    if geo.child_friendly and pad:
        canvas.saveState()
        canvas.setFillColor(BAND)
        canvas.roundRect(geo.margin - pad, y - pad, geo.content_width + 2 * pad,
                         caption_h + 2 * pad, pad, stroke=0, fill=1)
        canvas.restoreState()
    if caption is not None:
        caption.drawOn(canvas, geo.margin, y)
