"""Long captions in the family notes booklet: a 70-line caption, a 1,000-character caption
(the editor's limit), a 5,000-character caption from older data and a 300-character word
are never cut at the bottom of the page. A long caption is set smaller, then flows onto
continuation pages; the picture never covers the "Cycle 1 · date" label. Checked in A4, in
the A5 folded booklet (imposed 2-up, read back in page order) and in the child-friendly
variant, by the text a PDF reader extracts (pdftotext)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape

from tests.project.test_booklet import fill_family
from vigeditor.project import stills
from vigeditor.project.case import Case
from vigeditor.project.documents.booklet import booklet as booklet_module
from vigeditor.project.documents.booklet import pictures as booklet_pictures
from vigeditor.project.documents.booklet.booklet import export_booklet
from vigeditor.project.documents.booklet.layout import booklet_order

SEVENTY_LINES = "\n".join(f"row {number:02d} said" for number in range(70))
THOUSAND = " ".join(f"thou{number:03d}" for number in range(125))  # 999 characters
LONG_CAPTION = " ".join(f"word{number:04d}" for number in range(556))  # 5,003 characters
LONG_WORD = "abcdefghij" * 30  # 300 characters, no spaces
TOKENS = re.compile(r"row \d\d said|thou\d{3}|word\d{4}")
EXPECTED = [*(f"row {n:02d} said" for n in range(70)), *(f"thou{n:03d}" for n in range(125)),
            *(f"word{n:04d}" for n in range(556))]

LAYOUTS = {"a4": {}, "a5": {"a5": True}, "a4-child": {"child_friendly": True},
           "a5-child": {"a5": True, "child_friendly": True}}


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def page_count(path: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", str(path))).group(1))


def booklet_pages(path: Path, *, imposed: bool) -> list[str]:
    """The text of each page of the booklet in reading order (a folded booklet's sheets are
    cut in halves and put back in page order)."""
    sheets = page_count(path)
    if not imposed:
        return [_run("pdftotext", "-raw", "-f", str(n), "-l", str(n), str(path), "-")
                for n in range(1, sheets + 1)]
    width, height = landscape(A4)
    half = round(width / 2)
    by_number: dict[int, str] = {}
    for sheet, (left, right) in enumerate(booklet_order(sheets * 2), start=1):
        for number, x in ((left, 0), (right, half)):
            by_number[number] = _run(
                "pdftotext", "-raw", "-r", "72", "-f", str(sheet), "-l", str(sheet),
                "-x", str(x), "-y", "0", "-W", str(half), "-H", str(round(height)),
                str(path), "-")
    return [by_number[number] for number in sorted(by_number)]


@pytest.fixture
def long_captions(case_with_recording: Case) -> tuple[Case, list[int]]:
    case = case_with_recording
    fill_family(case)
    made = [stills.add_still(case, 1, 10, caption=SEVENTY_LINES).id,
            stills.add_still(case, 1, 20, caption=THOUSAND).id,
            stills.add_still(case, 1, 30, caption="short for now").id,
            stills.add_still(case, 1, 40, caption=f"Before {LONG_WORD} after").id]
    # an earlier version or another tool may have stored more than the editor allows
    with case.operation("long caption") as db:
        db.execute("UPDATE stills SET caption = ? WHERE id = ?", [LONG_CAPTION, made[2]])
    return case, made


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_word_of_a_long_caption_is_in_the_booklet_in_order(
        long_captions: tuple[Case, list[int]], tmp_path: Path, layout: str) -> None:
    case, made = long_captions
    options = LAYOUTS[layout]
    result = export_booklet(case, tmp_path / f"{layout}.pdf", still_ids=made, **options)
    pages = booklet_pages(result.path, imposed=bool(options.get("a5")))
    assert len(pages) == result.pages
    if options.get("a5"):
        assert result.pages % 4 == 0 and result.sheets * 2 == result.pages
    text = "\n".join(pages)
    assert TOKENS.findall(text) == EXPECTED  # every word, once, in order
    flat = "".join(text.split())
    assert f"Before{LONG_WORD}after" in flat
    if not options.get("child_friendly"):
        # continuation pages say whose caption they carry on
        assert "Cycle 1 · 10 January 2026 (continued)" in " ".join(text.split())
    if not options.get("child_friendly"):
        # the 1,000-character caption (the editor's limit) stays on one page with its picture
        [page] = [page for page in pages if "thou000" in page]
        assert "thou124" in page and "Cycle 1" in page


def test_a_short_caption_keeps_its_page(case_with_recording: Case, tmp_path: Path) -> None:
    """Captions that fit are laid out as before: one page per picture."""
    case = case_with_recording
    ids = fill_family(case)
    still_ids = [ids[key] for key in ids if key not in ("clip", "plain clip")]
    result = export_booklet(case, tmp_path / "short.pdf", still_ids=still_ids)
    pages = booklet_pages(result.path, imposed=False)
    assert sum("Cycle 1 · 10 January 2026" in page for page in pages) == len(still_ids)
    assert "(continued)" not in " ".join(pages)


@pytest.mark.parametrize("layout", ["a4", "a5"])
def test_the_picture_never_covers_the_cycle_label(long_captions: tuple[Case, list[int]],
                                                  tmp_path: Path, layout: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    case, made = long_captions
    drawn: list[tuple[float, float, float, float]] = []
    real = booklet_pictures.draw_picture

    def spy(canvas: object, data: object, x: float, y: float, width: float,
            height: float, **kwargs: object) -> None:
        drawn.append((x, y, width, height))
        real(canvas, data, x, y, width, height, **kwargs)

    monkeypatch.setattr(booklet_module, "draw_picture", spy)  # the cover
    monkeypatch.setattr(booklet_pictures, "draw_picture", spy)  # the picture pages
    options = LAYOUTS[layout]
    result = export_booklet(case, tmp_path / f"{layout}.pdf", still_ids=made, **options)
    geometry = booklet_module.Geometry.make(a5=bool(options.get("a5")), child_friendly=False)
    label = booklet_module.Paragraph("Cycle 1 · 10 January 2026",
                                     geometry.style("subheading"))
    label_bottom = geometry.height - geometry.margin - label.wrap(geometry.content_width,
                                                                  geometry.height)[1]
    pictures = drawn[1:]  # after the cover
    assert len(pictures) == len(made)
    for x, y, width, height in pictures:
        pad = min(width, height) * 0.025  # the mount around the picture
        assert width > 0 and height > 0
        assert x >= geometry.margin - 0.01 and x + width <= geometry.width - geometry.margin + 0.01
        assert y + height + pad <= label_bottom  # below the label
        assert y - pad >= geometry.margin + geometry.footer - 0.01  # above the page number
        # and big enough to be seen
        assert height >= geometry.content_height * 0.3 - 0.01 or \
            width >= geometry.content_width - 0.01
    assert result.pages >= len(made) + 3
