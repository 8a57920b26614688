"""Suggested moments never leave the case (issue 13): after storing, dismissing and tagging
suggestions, every export (clip, still, review pack, booklet, supervision pack, review plan)
and the ``case show --json`` overview hold none of their reasons."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.project.test_export_purposes import consenting_family, run
from tests.project.test_names_rule import written_text
from vigeditor.analysis.suggest import Suggestion
from vigeditor.project.case import Case
from vigeditor.project.documents.review_plan import export_review_plan
from vigeditor.project.overview import case_overview
from vigeditor.project.suggestions import (
    dismiss_suggestion,
    list_suggestions,
    replace_suggestions,
    tag_suggestion,
)

#: reasons no export may hold (unusual words, so a hit can only be a leak)
REASONS = ("Quokka spoke, then the child answered within 0.8 s",
           "Two faces turned towards each other for 7.7 s near the zebra",
           "The adult waited 2.9 s after the narwhal spoke")
MARKERS = ("Quokka", "zebra", "narwhal")  # one word of each, searched alone too


@pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
                    reason="poppler (pdftotext, pdfinfo) is not installed")
def test_no_export_holds_a_suggestion(case_with_recording: Case, tmp_path: Path) -> None:
    case = consenting_family(case_with_recording)
    stored = replace_suggestions(case, 1, [
        Suggestion(0.2, 0.9, "exchange", 0.9, REASONS[:2]),
        Suggestion(1.0, 1.3, "waiting", 0.5, REASONS[2:]),
        Suggestion(1.5, 1.9, "face-to-face", 0.3, (REASONS[1],))])
    tag_suggestion(case, stored[0].id, ["developing.short-turns"])
    dismiss_suggestion(case, stored[1].id)
    assert len(list_suggestions(case, 1, include_closed=True)) == 3
    outputs = []
    for kind, purpose in (("clip", "supervision"), ("still", "family-copy"),
                          ("review-pack", "family-copy"), ("booklet", "family-copy"),
                          ("supervision", "supervision")):
        folder = tmp_path / kind
        folder.mkdir()
        outputs.append(run(case, kind, purpose, folder))
    outputs.append(export_review_plan(case, 1, tmp_path / "plan.pdf"))
    overview = tmp_path / "overview.json"
    overview.write_text(json.dumps(case_overview(case), ensure_ascii=False))
    outputs.append(overview)
    searched = written_text(outputs)
    assert len(searched) > 10
    for where, data in searched:
        for reason in REASONS:
            for word in (reason, *MARKERS):
                for encoding in ("utf-8", "utf-16-be", "utf-16-le"):
                    assert word.encode(encoding) not in data, (word, where)
    assert "suggestion" not in json.dumps(case_overview(case))
