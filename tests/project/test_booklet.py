"""The family notes booklet: parsed back with pypdf (captions, pictures and their dpi, title,
embedded fonts, no names), the folded A5 booklet, the child-friendly variant, consent."""

from __future__ import annotations

import re
from pathlib import Path
from statistics import median

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from vigeditor.project import audit, clips, cycles, details, people, questions, reviews, stills
from vigeditor.project.case import Case
from vigeditor.project.consent_check import ConsentRefused
from vigeditor.project.documents.booklet.booklet import export_booklet
from vigeditor.project.documents.booklet.items import booklet_items
from vigeditor.project.documents.booklet.layout import (
    Geometry,
    booklet_order,
    flow_pages,
    paginate,
    write_pages,
)
from vigeditor.project.names import NameFilter

NAMES = ("Okafor", "Samira", "Jaden")
CAPTIONS = ("Jaden looks up and Samira smiles back.", "You waited for Jaden's turn.",
            "Laughing together.")
CLIP_CAPTION = "You named what Jaden did: he loved it."


def fill_family(case: Case) -> dict[str, int]:
    """People with consent, questions and ratings, captioned stills and clips, notes."""
    details.update_details(case, family_name="Okafor")
    for name, role in (("Samira Okafor", "carer"), ("Jaden Okafor", "child")):
        person = people.add_person(case, name, role)
        for purpose in ("family-copy", "supervision"):
            people.give_consent(case, person.id, purpose, "2026-01-05")
    cycle = cycles.list_cycles(case)[0]
    cycles.update_cycle(case, cycle.id, filming_date="2026-01-10", review_date="2026-01-17",
                        notes="Samira was relaxed; Jaden led the game.")
    two = cycles.add_cycle(case, 2, filming_date="2026-02-07")
    question = questions.add_question(case, "How can I help Jaden settle at bedtime?",
                                      hoped_rating=8)
    questions.rate_question(case, question.id, 3, stage="start")
    questions.rate_question(case, question.id, 5, stage="cycle", cycle_id=cycle.id)
    questions.rate_question(case, question.id, 6, stage="cycle", cycle_id=two.id)
    ids = {}
    for frame, caption in zip((12, 30, 45), CAPTIONS, strict=True):
        ids[caption] = stills.add_still(case, 1, frame, caption=caption,
                                        principles=["receiving.eye-contact"]).id
    stills.add_still(case, 1, 50)  # no caption: not in the booklet by default
    ids["clip"] = clips.add_clip(case, 1, 20, 28, title="Naming", caption=CLIP_CAPTION,
                                 key_frame=24, principles=["encouraging.naming-positively"]).id
    ids["plain clip"] = clips.add_clip(case, 1, 2, 8, title="Not captioned").id
    reviews.record_after_review(case, cycle.id, parent_noticed="Jaden waits for me to smile.",
                                notes="Good pace with Samira.",
                                working_points=["Notice when Jaden looks at you."])
    return ids


@pytest.fixture
def family(case_with_recording: Case) -> Case:
    fill_family(case_with_recording)
    return case_with_recording


def page_text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def placed_images(reader: PdfReader) -> list[tuple[int, float]]:
    """(pixel width, placed width in points) of every image drawn."""
    found = []
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        data = page.get_contents().get_data().decode("latin-1")
        for match in re.finditer(r"([\d.]+) 0 0 ([\d.]+) [-\d.]+ [-\d.]+ cm\s*/(\S+) Do", data):
            image = xobjects["/" + match.group(3)].get_object()
            assert image["/Subtype"] == "/Image"
            found.append((int(image["/Width"]), float(match.group(1))))
    return found


def text_sizes(reader: PdfReader, needle: str) -> list[float]:
    sizes: list[float] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if needle in text:
            sizes.append(size * abs(tm[3]))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_a4_booklet_has_captions_pictures_at_200_dpi_title_and_fonts(family: Case,
                                                                     tmp_path: Path) -> None:
    made = export_booklet(family, tmp_path / "booklet.pdf", title="Our time together")
    reader = PdfReader(made.path)
    text = page_text(reader)
    # the captions, in the family's words (names replaced by "your child", "you")
    for expected in ("Your child looks up and you smiles back.", "You waited for your "
                     "child's turn.", "Laughing together.", "You named what your child did"):
        assert expected in text.replace("\n", " ")
    assert "Not captioned" not in text
    assert "What you wanted to work on" in text and "Things to look out for" in text
    assert "Your child waits for me to smile." in text  # what the parent noticed
    assert made.pictures == 4 and len(reader.pages) == made.pages == made.sheets
    images = placed_images(reader)
    assert len(images) == 5  # the cover and one per still or clip
    for pixels, points in images:
        assert 190 <= pixels / (points / 72) <= 210
    assert reader.metadata.title == "Our time together"
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "DejaVuSans" in font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    record = audit.list_exports(family)[-1]
    assert record.purpose == "family-copy" and record.pseudonymised
    assert record.destination == str(made.path) and len(record.consents) == 2
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".")]


def test_no_names_unless_asked(family: Case, tmp_path: Path) -> None:
    plain = export_booklet(family, tmp_path / "plain.pdf", title="Jaden's book")
    reader = PdfReader(plain.path)
    everything = page_text(reader) + str(reader.metadata)
    for name in NAMES:
        assert name not in everything
    assert "For your family" in everything
    named = export_booklet(family, tmp_path / "named.pdf", names=True)
    text = page_text(PdfReader(named.path))
    assert "For Okafor" in text and "Jaden looks up and Samira smiles back." in text
    assert not audit.list_exports(family)[-1].pseudonymised


def test_a5_folded_booklet_is_imposed_in_booklet_order(family: Case, tmp_path: Path) -> None:
    made = export_booklet(family, tmp_path / "a5.pdf", a5=True)
    reader = PdfReader(made.path)
    assert made.pages % 4 == 0 and len(reader.pages) == made.pages // 2 == made.sheets
    for page in reader.pages:
        assert float(page.mediabox.width) > float(page.mediabox.height)
    # the first side carries the last page (a notes page, numbered) and the cover
    first = reader.pages[0].extract_text()
    assert "My notes" in first and str(made.pages) in first
    images = placed_images(reader)
    assert len(images) == 5
    for pixels, points in images:
        assert 190 <= pixels / (points / 72) <= 210
    assert booklet_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]


def test_child_friendly_has_large_type_and_few_words(family: Case, tmp_path: Path) -> None:
    normal = PdfReader(export_booklet(family, tmp_path / "n.pdf").path)
    child = PdfReader(export_booklet(family, tmp_path / "c.pdf", child_friendly=True).path)
    assert min(text_sizes(child, "Laughing together")) >= \
        1.5 * max(text_sizes(normal, "Laughing together"))
    words = [len(page_text(reader).split()) for reader in (normal, child)]
    assert words[1] < words[0] / 2
    assert "What you wanted to work on" not in page_text(child)
    sizes = [size for reader in [child] for size in text_sizes(reader, " ")]
    assert not sizes or median(sizes) > 15


@pytest.mark.parametrize("problem", ["missing", "withdrawn"])
def test_refused_without_consent_writes_nothing(family: Case, tmp_path: Path,
                                                problem: str) -> None:
    child = people.find_person(family, "Jaden Okafor")
    if problem == "missing":
        consent = next(one for one in people.list_consents(family, child.id)
                       if one.purpose == "family-copy")
        people.remove_consent(family, consent.id)
    else:
        people.withdraw_consent(family, child.id, "family-copy", "2026-02-01")
    with pytest.raises(ConsentRefused, match="Jaden Okafor"):
        export_booklet(family, tmp_path / "booklet.pdf")
    assert list(tmp_path.glob("*booklet*")) == []
    assert audit.list_exports(family) == []


def test_professional_purpose_needs_their_consent(family: Case, tmp_path: Path) -> None:
    with pytest.raises(ConsentRefused, match="Dr Lee"):
        export_booklet(family, tmp_path / "b.pdf", professional="Dr Lee")
    for person in people.list_people(family):
        people.give_consent(family, person.id, "professional", "2026-01-05",
                            professional="Dr Lee")
    export_booklet(family, tmp_path / "b.pdf", professional="Dr Lee")
    assert audit.list_exports(family)[-1].purpose == "professional"


def test_items_in_cycle_order_and_chosen_items(family: Case) -> None:
    items = booklet_items(family)
    assert [item.frame for item in items] == [12, 24, 30, 45]  # the clip by its key frame
    chosen = booklet_items(family, clip_ids=[2])
    assert [item.frame for item in chosen] == [2]  # no key frame: the in frame


def test_name_filter_and_pagination(family: Case, tmp_path: Path) -> None:
    words = NameFilter(details.get_details(family), people.list_people(family))
    assert words.clean("Jaden's ball. jaden smiled at Samira Okafor") == \
        "Your child's ball. Your child smiled at you"
    geometry = Geometry.make(a5=True, child_friendly=False)
    words = [f"w{index}" for index in range(1500)]
    long = Paragraph(" ".join(words), geometry.style("body"))
    pages = paginate([long], geometry.content_width, geometry.content_height)
    assert len(pages) > 2
    for page in pages:  # every page's text fits
        assert sum(part.wrap(geometry.content_width, geometry.content_height)[1]
                   for part in page) <= geometry.content_height + 0.01
    # and no word is lost or repeated on the way
    path = tmp_path / "flow.pdf"
    painters = flow_pages([Paragraph(" ".join(words), geometry.style("body"))], geometry)
    write_pages(path, painters, geometry, imposed=False, title="t", subject="s",
                numbered_from=99)
    assert page_text(PdfReader(path)).split() == words
