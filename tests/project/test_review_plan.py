"""The review plan sheet (issue 12): one page with the talking points for the guider's hand,
no names, consent for a shared review checked first, audited, read back with pdftotext and
rendered with pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.project.test_export_purposes import consenting_family
from tests.project.test_names_rule import EVERY_NAME, assert_no_names
from vigeditor.project import audit, cycles, people, reviews
from vigeditor.project.case import Case
from vigeditor.project.consent_check import ConsentRefused
from vigeditor.project.documents.review_plan import default_plan_name, export_review_plan
from vigeditor.project.errors import CaseError

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or
                                shutil.which("pdftoppm") is None,
                                reason="poppler (pdftotext, pdftoppm) is not installed")


@pytest.fixture
def planned(case_with_recording: Case) -> Case:
    case = consenting_family(case_with_recording)
    cycle = cycles.list_cycles(case)[0]
    first, second = reviews.list_items(case, cycle.id)
    reviews.set_talking_points(case, first.id, "What do you see here?\nHow did Jaden feel?")
    reviews.set_talking_points(case, second.id, "What were you doing that helped?")
    return case


def test_one_page_with_the_talking_points_and_no_names(planned: Case, tmp_path: Path) -> None:
    out = export_review_plan(planned, 1, tmp_path / default_plan_name(planned, 1))
    assert out.name.endswith("-cycle1-review-plan.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          check=True, text=True).stdout
    assert "Shared review plan — cycle 1" in text
    assert text.count("\f") == 1  # one page
    flat = " ".join(text.split())
    for words in ("What do you see here?", "How did the child feel?",
                  "What were you doing that helped?", "Laughing together.", "Clip", "Still",
                  "What the parent noticed"):
        assert words in flat, words
    assert_no_names([out])
    assert not any(name in text for name in EVERY_NAME)
    [entry] = [e for e in audit.list_exports(planned) if "Review plan" in e.what]
    assert entry.purpose == "review" and entry.pseudonymised
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(out), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1 and pages[0].stat().st_size > 1000
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporaries


def test_refused_without_consent_for_a_shared_review(planned: Case, tmp_path: Path) -> None:
    person = people.list_people(planned)[0]
    people.withdraw_consent(planned, person.id, "review", "2026-01-06")
    with pytest.raises(ConsentRefused):
        export_review_plan(planned, 1, tmp_path / "plan.pdf")
    assert not (tmp_path / "plan.pdf").exists()


def test_plain_words_for_an_empty_review_or_a_missing_cycle(case_with_recording: Case,
                                                            tmp_path: Path) -> None:
    with pytest.raises(CaseError, match="no clips or stills yet"):
        export_review_plan(case_with_recording, 1, tmp_path / "plan.pdf")
    with pytest.raises(CaseError, match="There is no cycle 7"):
        export_review_plan(case_with_recording, 7, tmp_path / "plan.pdf")
