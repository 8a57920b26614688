"""Pages of the family notes booklet: sizes and type, flowing text onto pages, and the A5
folded booklet (pages imposed 2-up on A4 landscape sheets in booklet order).

A page is a painter: it draws itself at the origin of a canvas in a page of the booklet's
size, so the same page can be printed on its own (A4) or on one half of a sheet (A5).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from vigeditor.project.documents.pdf import (
    ACCENT,
    CALM,
    FONT,
    FONT_BOLD,
    INK,
    LINE,
    SOFT_INK,
    register_fonts,
)

Painter = Callable[[Canvas, "Geometry", int], None]


@dataclass(frozen=True)
class Geometry:
    """A page size with its margins and type sizes (points)."""

    width: float
    height: float
    margin: float
    body: float
    heading: float
    caption: float
    title: float
    child_friendly: bool = False

    @classmethod
    def make(cls, *, a5: bool, child_friendly: bool) -> Geometry:
        width, height = A5 if a5 else A4
        scale = 0.8 if a5 else 1.0
        if child_friendly:
            return cls(width, height, 40 * scale, 20 * scale, 30 * scale, 32 * scale,
                       46 * scale, True)
        return cls(width, height, 52 * scale, 12.5 * scale, 24 * scale, 19 * scale,
                   36 * scale)

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def footer(self) -> float:
        """Height kept free at the bottom for the page number."""
        return self.margin * 0.6

    @property
    def content_height(self) -> float:
        return self.height - 2 * self.margin - self.footer

    def style(self, kind: str) -> ParagraphStyle:
        register_fonts()
        if kind == "heading":
            return ParagraphStyle("heading", fontName=FONT_BOLD, fontSize=self.heading,
                                  leading=self.heading * 1.2, textColor=CALM,
                                  spaceAfter=self.heading * 0.5)
        if kind == "subheading":
            size = self.body * 1.25
            return ParagraphStyle("subheading", fontName=FONT_BOLD, fontSize=size,
                                  leading=size * 1.3, textColor=ACCENT, spaceBefore=size * 0.6,
                                  spaceAfter=size * 0.3)
        if kind == "caption":
            return ParagraphStyle("caption", fontName=FONT, fontSize=self.caption,
                                  leading=self.caption * 1.3, textColor=INK, alignment=1)
        if kind == "small":
            size = self.body * 0.85
            return ParagraphStyle("small", fontName=FONT, fontSize=size, leading=size * 1.3,
                                  textColor=SOFT_INK)
        if kind == "bullet":
            return ParagraphStyle("bullet", fontName=FONT, fontSize=self.body,
                                  leading=self.body * 1.45, textColor=INK,
                                  leftIndent=self.body * 1.4, bulletIndent=self.body * 0.2,
                                  spaceAfter=self.body * 0.4, bulletFontName=FONT_BOLD,
                                  bulletColor=ACCENT)
        return ParagraphStyle("body", fontName=FONT, fontSize=self.body,
                              leading=self.body * 1.45, textColor=INK,
                              spaceAfter=self.body * 0.6)


class Heading(Paragraph):
    """A paragraph kept on the same page as what follows it."""


def paginate(flowables: Sequence[Flowable], width: float, height: float
             ) -> list[list[Flowable]]:
    """Split flowables into pages of ``width`` × ``height`` (paragraphs split across pages;
    a heading is never left last on a page)."""
    pages: list[list[Flowable]] = []
    current: list[Flowable] = []
    room = height
    queue = list(flowables)
    while queue:
        flowable = queue.pop(0)
        before = flowable.getSpaceBefore() if current else 0.0
        _w, needed = flowable.wrap(width, room)
        needed += before + flowable.getSpaceAfter()
        if needed <= room + 0.01:
            current.append(flowable)
            room -= needed
            continue
        parts = flowable.split(width, room - before) if room - before > 0 else []
        if len(parts) > 1:
            current.append(parts[0])
            queue[:0] = parts[1:]
        elif current:
            queue.insert(0, flowable)
        else:  # too tall for an empty page: it gets a page of its own
            current.append(flowable)
        while len(current) > 1 and isinstance(current[-1], Heading):
            queue.insert(0, current.pop())
        pages.append(current)
        current, room = [], height
    if current:
        pages.append(current)
    return pages


def draw_flow(canvas: Canvas, geometry: Geometry, flowables: Sequence[Flowable]) -> None:
    """Draw a page's flowables top down inside the margins."""
    x = geometry.margin
    y = geometry.height - geometry.margin
    for index, flowable in enumerate(flowables):
        if index:
            y -= flowable.getSpaceBefore()
        _w, height = flowable.wrap(geometry.content_width, geometry.content_height)
        flowable.drawOn(canvas, x, y - height)
        y -= height + flowable.getSpaceAfter()


def flow_pages(flowables: Sequence[Flowable], geometry: Geometry,
               decorate: Painter | None = None) -> list[Painter]:
    """Painters for text that flows over as many pages as it needs."""
    pages = paginate(flowables, geometry.content_width, geometry.content_height)

    def painter(page: list[Flowable]) -> Painter:
        def paint(canvas: Canvas, geo: Geometry, number: int) -> None:
            if decorate is not None:
                decorate(canvas, geo, number)
            draw_flow(canvas, geo, page)
        return paint

    return [painter(page) for page in pages]


def footer(canvas: Canvas, geometry: Geometry, number: int) -> None:
    canvas.saveState()
    canvas.setFont(FONT, max(8.0, geometry.body * 0.75))
    canvas.setFillColor(SOFT_INK)
    canvas.drawCentredString(geometry.width / 2, geometry.margin * 0.55, str(number))
    canvas.restoreState()


def notes_page(title: str) -> Painter:
    """A page with a few lines for the family's own notes (used to fill a folded booklet)."""
    def paint(canvas: Canvas, geometry: Geometry, number: int) -> None:
        heading = Paragraph(title, geometry.style("heading"))
        _w, height = heading.wrap(geometry.content_width, geometry.content_height)
        top = geometry.height - geometry.margin
        heading.drawOn(canvas, geometry.margin, top - height)
        canvas.saveState()
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.8)
        gap = geometry.body * 2.4
        y = top - height - gap * 1.5
        while y > geometry.margin + geometry.footer:
            canvas.line(geometry.margin, y, geometry.width - geometry.margin, y)
            y -= gap
        canvas.restoreState()
    return paint


# -- imposition ---------------------------------------------------------------------------
def booklet_order(pages: int) -> list[tuple[int, int]]:
    """(left, right) page numbers (1-based) of each printed side of a folded booklet of
    ``pages`` pages (a multiple of 4): sheet 1 front is (n, 1), its back (2, n−1), …"""
    if pages % 4:
        raise ValueError("a folded booklet has a multiple of 4 pages")
    sides = []
    for sheet in range(pages // 4):
        sides.append((pages - 2 * sheet, 2 * sheet + 1))
        sides.append((2 * sheet + 2, pages - 2 * sheet - 1))
    return sides


def padded(count: int) -> int:
    return -(-count // 4) * 4


def write_pages(path: Path, painters: Sequence[Painter], geometry: Geometry, *,
                imposed: bool, title: str, subject: str, numbered_from: int = 2) -> int:
    """Write the pages (on their own, or imposed 2-up for folding) to ``path``; returns the
    number of PDF pages."""
    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0  # JPEG data as it is, not 25 % bigger in ASCII85
    try:
        return _write_pages(path, painters, geometry, imposed=imposed, title=title,
                            subject=subject, numbered_from=numbered_from)
    finally:
        rl_config.useA85 = saved_a85


def _write_pages(path: Path, painters: Sequence[Painter], geometry: Geometry, *,
                 imposed: bool, title: str, subject: str, numbered_from: int) -> int:
    page_size = landscape(A4) if imposed else (geometry.width, geometry.height)
    canvas = Canvas(str(path), pagesize=page_size, pageCompression=1,
                    initialFontName=FONT, initialFontSize=geometry.body)
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator("vigeditor")
    canvas.setAuthor("")

    def draw(number: int) -> None:
        painter = painters[number - 1]
        painter(canvas, geometry, number)
        if number >= numbered_from:
            footer(canvas, geometry, number)

    if not imposed:
        for number in range(1, len(painters) + 1):
            draw(number)
            canvas.showPage()
        canvas.save()
        return len(painters)
    sides = booklet_order(len(painters))
    for left, right in sides:
        for offset, number in ((0.0, left), (page_size[0] / 2, right)):
            canvas.saveState()
            canvas.translate(offset, (page_size[1] - geometry.height) / 2)
            draw(number)
            canvas.restoreState()
        _fold_marks(canvas, page_size)
        canvas.showPage()
    canvas.save()
    return len(sides)


def _fold_marks(canvas: Canvas, size: tuple[float, float]) -> None:
    canvas.saveState()
    canvas.setStrokeColor(LINE)
    canvas.setLineWidth(0.5)
    middle = size[0] / 2
    canvas.line(middle, 0, middle, 9)
    canvas.line(middle, size[1] - 9, middle, size[1])
    canvas.restoreState()


__all__ = ["Geometry", "Heading", "Painter", "Spacer", "booklet_order", "draw_flow",
           "flow_pages", "notes_page", "padded", "paginate", "write_pages"]
