"""PDF building blocks shared by the booklet, the supervision pack and the logbook.

Fonts are the shipped DejaVu Sans TTFs, registered with reportlab (which embeds a subset of
each in every PDF); pictures are exact frames scaled to about 200 dpi for their printed size
and passed to the PDF as JPEG; files are written to a temporary name, flushed and renamed.
"""

from __future__ import annotations

import io
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from vigeditor.i18n import _
from vigeditor.media.render import RenderCancelled
from vigeditor.paths import resource_path
from vigeditor.project.errors import CaseError

FONT = "VigSans"
FONT_BOLD = "VigSans-Bold"
DPI = 200
JPEG_QUALITY = 88
POINTS_PER_INCH = 72.0

#: a warm, calm palette (the booklet goes to a family)
INK = colors.HexColor("#3b3a4a")
SOFT_INK = colors.HexColor("#6b6878")
ACCENT = colors.HexColor("#e07a5f")  # terracotta
CALM = colors.HexColor("#3d8b8b")  # teal
PAPER = colors.HexColor("#fdf6ec")  # cream
BAND = colors.HexColor("#f6e3d0")  # peach
LINE = colors.HexColor("#e8d9c8")
SERIES = [colors.HexColor(code) for code in
          ("#e07a5f", "#3d8b8b", "#8e6bbf", "#d9a13b", "#5a8fd6", "#c05a87")]

Cancel = threading.Event
Progress = Callable[[float], None]  # the share done, 0.0 … 1.0


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the shipped TTFs with reportlab (once); returns (regular, bold) names."""
    folder = resource_path("fonts")
    try:
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    except Exception as error:  # reportlab raises TTFError or plain IOError
        raise CaseError(_("The fonts vigeditor prints with are missing or damaged ({reason}). "
                          "Reinstall vigeditor.").format(reason=error)) from error
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD


def check_stop(cancel: Cancel | None) -> None:
    """Raise RenderCancelled (as the clip exports do) when the guider asked to stop."""
    if cancel is not None and cancel.is_set():
        raise RenderCancelled()


# -- pictures -------------------------------------------------------------------------------
def pixels_for(width_pt: float, height_pt: float, dpi: int = DPI) -> tuple[int, int]:
    """The pixel size of a picture printed at ``dpi`` in a box of this size (points)."""
    return (max(2, round(width_pt / POINTS_PER_INCH * dpi)),
            max(2, round(height_pt / POINTS_PER_INCH * dpi)))


def fit(aspect: float, box_w: float, box_h: float) -> tuple[float, float]:
    """The largest (width, height) of this aspect (width / height) inside the box."""
    if box_w / box_h > aspect:
        return box_h * aspect, box_h
    return box_w, box_w / aspect


def jpeg(picture: np.ndarray, size: tuple[int, int], quality: int = JPEG_QUALITY) -> bytes:
    """An RGB picture scaled to ``size`` (width, height) as JPEG bytes, no metadata."""
    height, width = picture.shape[:2]
    if (width, height) != size:
        shrinking = size[0] < width
        picture = cv2.resize(picture, size, interpolation=cv2.INTER_AREA if shrinking
                             else cv2.INTER_CUBIC)
    ok, data = cv2.imencode(".jpg", cv2.cvtColor(picture, cv2.COLOR_RGB2BGR),
                            [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise CaseError(_("A picture for the PDF could not be made."))
    return data.tobytes()


class Picture(Flowable):
    """A JPEG drawn at a fixed printed size (the JPEG data goes into the PDF as it is)."""

    def __init__(self, data: bytes, width: float, height: float, *,
                 border: bool = True) -> None:
        super().__init__()
        self.data = data
        self.width = width
        self.height = height
        self.border = border

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_picture(self.canv, self.data, 0, 0, self.width, self.height, border=self.border)


def draw_picture(canvas: object, data: bytes | Future[bytes], x: float, y: float,
                 width: float, height: float, *, border: bool = True) -> None:
    """Draw JPEG bytes (or bytes still being made) with a soft rounded mount behind them."""
    if isinstance(data, Future):
        data = data.result()
    if border:
        pad = min(width, height) * 0.025
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.8)
        canvas.roundRect(x - pad, y - pad, width + 2 * pad, height + 2 * pad, pad * 1.6,
                         stroke=1, fill=1)
        canvas.restoreState()
    canvas.drawImage(ImageReader(io.BytesIO(data)), x, y, width, height)


# -- writing --------------------------------------------------------------------------------
def check_target(output: Path, suffixes: tuple[str, ...]) -> Path:
    """The output path checked: a known suffix and an existing folder."""
    target = Path(output).expanduser()
    if target.suffix.lower() not in suffixes:
        raise CaseError(_("Give the file a name ending in {suffixes}, e.g. {example}.").format(
            suffixes=" or ".join(suffixes), example=target.with_suffix(suffixes[0]).name))
    if not target.parent.is_dir():
        raise CaseError(_("The folder {path} does not exist.").format(path=target.parent))
    if target.is_dir():
        raise CaseError(_("{path} is a folder; give a file name.").format(path=target))
    return target


def temporary_prefix(target: Path) -> Path:
    """What the names of the temporary files of a document written to ``target`` start with
    (recorded in the export's audit entry, so that the next start removes a crash's)."""
    return target.parent / f".{target.name}.vig-"


@contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed onto it (after an fsync) when the block ends
    without error, removed otherwise."""
    try:
        handle, name = tempfile.mkstemp(dir=target.parent,
                                        prefix=temporary_prefix(target).name, suffix=".part")
        os.close(handle)
    except OSError as error:
        raise CaseError(_("Nothing could be written in {path}: {reason}.").format(
            path=target.parent, reason=error.strerror or error)) from error
    temp = Path(name)
    try:
        yield temp
        with open(temp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise CaseError(_("{name} could not be written: {reason}.").format(
            name=target.name, reason=error.strerror or error)) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


# -- plain reports (supervision pack summary, logbook) --------------------------------------
def report_styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles of the A4 reports, in the embedded fonts."""
    register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=20, leading=25,
                                textColor=CALM, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=13.5, leading=17,
                             textColor=ACCENT, spaceBefore=12, spaceAfter=5),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14,
                               textColor=INK, spaceAfter=5),
        "small": ParagraphStyle("small", fontName=FONT, fontSize=8.5, leading=11,
                                textColor=SOFT_INK, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11.5,
                               textColor=INK),
        "cellbold": ParagraphStyle("cellbold", fontName=FONT_BOLD, fontSize=9, leading=11.5,
                                   textColor=INK),
    }


def report_table(rows: list[list[object]], widths: list[float], *,
                 bold_rows: tuple[int, ...] = ()) -> Table:
    """A table whose first row is a header; strings become wrapping paragraphs."""
    styles = report_styles()
    cells = [[Paragraph(markup_text(value), styles["cellbold" if index == 0 or index in
                                                 bold_rows else "cell"])
              if isinstance(value, str) else value for value in row]
             for index, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def markup_text(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(str(text).strip(" \t\r\n")).replace("\n", "<br/>")


def write_report(path: Path, story: list[Flowable], *, title: str, subject: str) -> None:
    """Build an A4 report with page numbers into ``path``."""
    register_fonts()
    margin = 50.0

    def number(canvas: object, document: object) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(SOFT_INK)
        canvas.drawRightString(A4[0] - margin, margin * 0.55,
                               _("{title} · page {page}").format(title=title,
                                                                 page=canvas.getPageNumber()))
        canvas.restoreState()

    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin,
                                 rightMargin=margin, topMargin=margin, bottomMargin=margin,
                                 title=title, subject=subject, author="", creator="vigeditor",
                                 initialFontName=FONT, initialFontSize=10)
    document.build(story, onFirstPage=number, onLaterPages=number)
