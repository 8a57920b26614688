"""Exports of a case (issue 6 items 2 and 6): consent first, frame-exact files, audit entries,
and the review pack a family keeps."""

from __future__ import annotations

import os
import re
import stat
import threading
import zipfile
from datetime import date, timedelta
from pathlib import Path

import av
import cv2
import pytest

from tests.data.videos import read_code, read_codes
from tests.project.helpers import snapshot
from vigeditor.media.errors import MediaError
from vigeditor.media.render import RenderCancelled
from vigeditor.project.audit import list_exports
from vigeditor.project.case import Case
from vigeditor.project.clips import add_clip
from vigeditor.project.consent_check import (
    DEFAULT_PURPOSES,
    ConsentRefused,
    require_consent,
)
from vigeditor.project.cycles import cycle_by_number, update_cycle
from vigeditor.project.details import update_details
from vigeditor.project.documents.review_pack import default_pack_name, export_review_pack
from vigeditor.project.errors import CaseError
from vigeditor.project.exporting import export_clip, export_still
from vigeditor.project.people import add_person, give_consent, withdraw_consent
from vigeditor.project.reviews import add_item
from vigeditor.project.stills import add_still

LONG_AGO = "2024-01-10"


def _family(case: Case, *purposes: str) -> tuple[int, int]:
    """Alex (carer) and Robin (child), both consenting to ``purposes`` since long ago."""
    alex = add_person(case, "Alex Jones", "carer").id
    robin = add_person(case, "Robin Jones", "child").id
    for person in (alex, robin):
        for purpose in purposes:
            give_consent(case, person, purpose, LONG_AGO)
    return alex, robin


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# -- the consent check ------------------------------------------------------------------------
def test_the_default_purposes() -> None:
    assert DEFAULT_PURPOSES == {"booklet": "family-copy", "review-pack": "family-copy",
                                "supervision": "supervision", "clip": "family-copy",
                                "still": "family-copy"}


def test_consent_is_needed_from_everybody(case: Case) -> None:
    with pytest.raises(ConsentRefused, match="nobody is recorded in this case"):
        require_consent(case, "family-copy")
    alex = add_person(case, "Alex", "carer").id
    robin = add_person(case, "Robin", "child").id
    add_person(case, "Sam", "sibling")
    give_consent(case, alex, "family-copy", "2026-01-05")
    give_consent(case, robin, "review", "2026-01-05")
    withdraw_consent(case, alex, "family-copy", "2026-10-01")

    with pytest.raises(ConsentRefused) as refused:
        require_consent(case, "family-copy", on="2026-11-01")
    assert str(refused.value) == ("Export refused: consent for the family's own copy is "
                                  "missing for Robin (child) and Sam (sibling) and withdrawn "
                                  "for Alex (carer) on 2026-10-01."
                                  " "
                                  "Or blur the faces of people without consent: they are "
                                  "then not shown.")
    assert isinstance(refused.value, CaseError)
    # before the withdrawal Alex's consent was in force; Robin and Sam never gave any
    with pytest.raises(ConsentRefused) as before:
        require_consent(case, "family-copy", on="2026-09-30")
    assert str(before.value) == ("Export refused: consent for the family's own copy is "
                                 "missing for Robin (child) and Sam (sibling)."
                                 " "
                                 "Or blur the faces of people without consent: they are "
                                 "then not shown.")


def test_a_basis_lists_the_consent_it_rests_on(case: Case) -> None:
    alex, robin = _family(case, "supervision")
    basis = require_consent(case, "supervision")
    assert basis.purpose == "supervision"
    assert len(basis.consent_ids) == 2
    assert [person.id for person in basis.people] == [alex, robin]
    with pytest.raises(ConsentRefused, match="consent for the family's own copy is missing "
                                             r"for Alex Jones \(carer\) and Robin Jones "
                                             r"\(child\)\."):
        require_consent(case, "family-copy")
    with pytest.raises(CaseError, match="not a purpose"):
        require_consent(case, "facebook")


def test_consent_given_in_the_future_does_not_count(case: Case) -> None:
    alex = add_person(case, "Alex", "carer").id
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    give_consent(case, alex, "family-copy", tomorrow)
    with pytest.raises(ConsentRefused, match=r"not yet valid for Alex \(carer\)"):
        require_consent(case, "family-copy")


def test_professional_consent_names_the_professional(case: Case) -> None:
    alex = add_person(case, "Alex", "carer").id
    give_consent(case, alex, "professional", LONG_AGO, professional="Dr Patel")
    assert require_consent(case, "professional", professional="dr patel").professional == \
        "dr patel"
    with pytest.raises(ConsentRefused, match=r"consent for Ms Green is "
                                             r"missing for Alex \(carer\)"):
        require_consent(case, "professional", professional="Ms Green")
    with pytest.raises(ConsentRefused, match="say which professional"):
        require_consent(case, "professional")


# -- clips and stills -------------------------------------------------------------------------
def test_a_clip_export_is_exact_and_audited(case_with_recording: Case, tmp_path: Path) -> None:
    case = case_with_recording
    _family(case, "family-copy")
    clip = add_clip(case, 1, 13, 41, caption="You waited for Robin")
    seen: list[float] = []
    output = export_clip(case, clip.id, tmp_path / "clip.mp4", progress=seen.append)

    assert read_codes(output) == list(range(13, 42))
    assert seen[-1] == 1.0
    [entry] = list_exports(case)
    assert entry.purpose == "family-copy"
    assert entry.destination == str(output.resolve())
    assert len(entry.consents) == 2
    assert "frames 13 to 41" in entry.what and not entry.pseudonymised


def test_a_slow_captioned_clip(case_with_recording: Case, tmp_path: Path) -> None:
    case = case_with_recording
    _family(case, "training")
    clip = add_clip(case, 1, 20, 29, caption="Robin looks up")
    output = export_clip(case, clip.id, tmp_path / "slow.mp4", purpose="training",
                         slow_motion=True, burn_caption=True, size="720p")
    with av.open(str(output)) as container:
        stream = container.streams.video[0]
        frames = list(container.decode(stream))
        seconds = float((frames[-1].pts - frames[0].pts) * stream.time_base)
    assert len(frames) == 10
    assert seconds == pytest.approx(2 * 9 / 30, abs=0.01)
    [entry] = list_exports(case)
    assert entry.purpose == "training" and "slow motion" in entry.what
    assert "caption" in entry.what


def test_a_refused_export_writes_nothing(case_with_recording: Case, tmp_path: Path) -> None:
    case = case_with_recording
    _alex, robin = _family(case, "family-copy")
    withdraw_consent(case, robin, "family-copy", "2025-06-01")
    clip = add_clip(case, 1, 0, 9)
    still = add_still(case, 1, 5)
    before = snapshot(case)
    with pytest.raises(ConsentRefused, match=r"withdrawn for Robin Jones \(child\) on "
                                             "2025-06-01"):
        export_clip(case, clip.id, tmp_path / "clip.mp4")
    with pytest.raises(ConsentRefused, match="withdrawn"):
        export_still(case, still.id, tmp_path / "still.png")
    with pytest.raises(ConsentRefused, match="consent for supervision is missing"):
        export_clip(case, clip.id, tmp_path / "clip.mp4", purpose="supervision")
    assert _files(tmp_path) == ["family.vigcase"]
    assert list_exports(case) == []
    assert snapshot(case) == before


def test_a_still_export_is_exact_and_audited(case_with_recording: Case,
                                             tmp_path: Path) -> None:
    case = case_with_recording
    _family(case, "family-copy")
    still = add_still(case, 1, 37, caption="Smiles")
    output = export_still(case, still.id, tmp_path / "smile.jpg")
    picture = cv2.cvtColor(cv2.imread(str(output)), cv2.COLOR_BGR2RGB)
    assert picture.shape[:2] == (120, 160)
    assert read_code(picture) == 37
    [entry] = list_exports(case)
    assert entry.what.startswith("still") and entry.destination == str(output.resolve())


def test_export_mistakes_are_plain(case_with_recording: Case, tmp_path: Path) -> None:
    case = case_with_recording
    _family(case, "family-copy")
    clip = add_clip(case, 1, 0, 9)
    with pytest.raises(CaseError, match="There is no clip 99"):
        export_clip(case, 99, tmp_path / "clip.mp4")
    with pytest.raises(CaseError, match=r"\.mp4"):
        export_clip(case, clip.id, tmp_path / "clip.gif")
    with pytest.raises(CaseError, match="does not exist"):
        export_clip(case, clip.id, tmp_path / "missing" / "clip.mp4")
    with pytest.raises(MediaError, match="size"):
        export_clip(case, clip.id, tmp_path / "clip.mp4", size="8k")
    assert list_exports(case) == []


def test_a_cancelled_clip_export_leaves_nothing(case_with_recording: Case,
                                                tmp_path: Path) -> None:
    case = case_with_recording
    _family(case, "family-copy")
    clip = add_clip(case, 1, 0, 59)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(RenderCancelled):
        export_clip(case, clip.id, tmp_path / "clip.mp4", cancel=cancel)
    assert _files(tmp_path) == ["family.vigcase"]
    assert list_exports(case) == []


# -- the review pack --------------------------------------------------------------------------
def _review(case: Case) -> int:
    """Cycle 1's shared review: clip, still, clip (in that order), with talking points."""
    cycle = cycle_by_number(case, 1)
    assert cycle is not None
    update_cycle(case, cycle.id, review_date="2026-05-12")
    second = add_clip(case, 1, 40, 52, caption="Robin & you <laughing> together",
                      slow_motion=True)
    first = add_clip(case, 1, 3, 14, caption="You waited, and Robin came to you")
    still = add_still(case, 1, 30, caption="Look at that smile")
    add_item(case, cycle.id, clip_id=first.id, talking_points="SECRET-POINT-1 ask about tea")
    add_item(case, cycle.id, still_id=still.id, talking_points="SECRET-POINT-2")
    add_item(case, cycle.id, clip_id=second.id, talking_points="SECRET-POINT-3")
    return cycle.id


def test_a_review_pack_plays_in_order_offline(case_with_recording: Case,
                                              tmp_path: Path) -> None:
    case = case_with_recording
    update_details(case, family_name="Jones")
    _family(case, "family-copy")
    _review(case)
    assert default_pack_name(case, 1) == "FAM-1-cycle1-review"
    seen: list[float] = []
    folder, archive = export_review_pack(case, 1, tmp_path / "pack", progress=seen.append)

    assert folder == tmp_path / "pack" and archive == tmp_path / "pack.zip"
    if os.name == "posix":  # owner only, like single exports
        assert {stat.S_IMODE(path.stat().st_mode)
                for path in (archive, folder, *folder.rglob("*"))} <= {0o600, 0o700}
    names = ["FAM-1-cycle1-01-clip.mp4", "FAM-1-cycle1-02-still.jpg",
             "FAM-1-cycle1-03-clip.mp4"]
    assert _files(folder) == sorted([*names, "index.html"])
    assert read_codes(folder / names[0]) == list(range(3, 15))
    assert read_codes(folder / names[2]) == list(range(40, 53))
    still = cv2.cvtColor(cv2.imread(str(folder / names[1])), cv2.COLOR_BGR2RGB)
    assert read_code(still) == 30

    page = (folder / "index.html").read_text(encoding="utf-8")
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert [name for name in dict.fromkeys(sources)] == names  # in review order
    assert all((folder / name).is_file() for name in sources)
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", page)  # nothing from outside
    # names only when asked (issue 10, item 3): the captions say "your child", not Robin
    assert "<video" in page and "You waited, and your child came to you" in page
    assert "Your child &amp; you &lt;laughing&gt; together" in page
    assert "Robin" not in page
    assert "SECRET-POINT" not in page and "Jones" not in page
    assert 'data-slow="1"' in page and "cycle 1 (12 May 2026)" in page
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)

    with zipfile.ZipFile(archive) as bundle:
        assert sorted(bundle.namelist()) == sorted(f"pack/{name}" for name in
                                                   [*names, "index.html"])
        assert bundle.read("pack/index.html").decode("utf-8") == page
        assert bundle.testzip() is None
    assert not any("Jones" in name for name in _files(tmp_path))

    [entry] = list_exports(case)
    assert entry.purpose == "family-copy" and "cycle 1" in entry.what
    assert "2 clips, 1 stills" in entry.what
    assert str(folder.resolve()) in entry.destination
    assert str(archive.resolve()) in entry.destination


def test_a_review_pack_for_a_professional(case_with_recording: Case, tmp_path: Path) -> None:
    case = case_with_recording
    alex, robin = _family(case)
    for person in (alex, robin):
        give_consent(case, person, "professional", LONG_AGO, professional="Ms Green")
    _review(case)
    with pytest.raises(ConsentRefused, match="consent for the family's own copy is missing"):
        export_review_pack(case, 1, tmp_path / "pack")
    assert _files(tmp_path) == ["family.vigcase"]
    export_review_pack(case, 1, tmp_path / "pack", purpose="professional",
                       professional="Ms Green")
    [entry] = list_exports(case)
    assert entry.purpose == "professional"


def test_a_refused_or_cancelled_pack_leaves_nothing(case_with_recording: Case,
                                                    tmp_path: Path) -> None:
    case = case_with_recording
    alex, _robin = _family(case, "family-copy")
    _review(case)
    withdraw_consent(case, alex, "family-copy", "2025-02-02")
    with pytest.raises(ConsentRefused, match=r"withdrawn for Alex Jones \(carer\) on "
                                             "2025-02-02"):
        export_review_pack(case, 1, tmp_path / "pack")
    assert _files(tmp_path) == ["family.vigcase"]

    give_consent(case, alex, "family-copy", "2025-03-01")
    cancel = threading.Event()

    def stop_after_first_item(share: float) -> None:
        if share > 0.2:
            cancel.set()

    with pytest.raises(RenderCancelled):
        export_review_pack(case, 1, tmp_path / "pack", progress=stop_after_first_item,
                           cancel=cancel)
    assert _files(tmp_path) == ["family.vigcase"]
    assert list_exports(case) == []


def test_review_pack_mistakes_are_plain(case_with_recording: Case, tmp_path: Path) -> None:
    case = case_with_recording
    _family(case, "family-copy")
    with pytest.raises(CaseError, match="no cycle 7"):
        export_review_pack(case, 7, tmp_path / "pack")
    with pytest.raises(CaseError, match="no clips or stills yet"):
        export_review_pack(case, 1, tmp_path / "pack")
    _review(case)
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "letter.txt").write_text("keep me")
    with pytest.raises(CaseError, match="already exists and is not empty"):
        export_review_pack(case, 1, tmp_path / "taken")
    assert (tmp_path / "taken" / "letter.txt").read_text() == "keep me"
    assert list_exports(case) == []
