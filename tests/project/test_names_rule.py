"""One names rule for every export (issue 10, item 3; DESIGN.md §5).

Names appear only in the family's own copy and only when "Print names" is chosen; never in a
professional, supervision, training or research export, whether as text, file name, PDF
metadata or the pixels of a burnt-in caption. Every written file is searched byte by byte
(zip members too, PDF text through pdftotext and the PDF's metadata through pdfinfo).
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import av
import numpy as np
import pytest

from tests.project.test_booklet import CLIP_CAPTION, NAMES
from tests.project.test_export_purposes import PROFESSIONAL, consenting_family
from vigeditor.media.render import render_clip
from vigeditor.project import clips, stills
from vigeditor.project.case import Case
from vigeditor.project.documents.booklet.booklet import export_booklet
from vigeditor.project.documents.review_pack import export_review_pack
from vigeditor.project.exporting import export_clip, recording_media
from vigeditor.project.names import names_allowed, names_rule

#: every name of anyone in the case: the family name and each person's names
EVERY_NAME = (*NAMES, "Samira Okafor", "Jaden Okafor")


def written_text(paths: list[Path]) -> list[tuple[str, bytes]]:
    """(where, bytes) of every file under ``paths``, every zip member, and the text and
    metadata of every PDF."""
    found: list[tuple[str, bytes]] = []
    files = [file for path in paths for file in ([path] if path.is_file()
                                                 else sorted(path.rglob("*")))
             if file.is_file()]
    for file in files:
        found.append((str(file), file.read_bytes()))
        found.append((f"name of {file}", file.name.encode()))
        if file.suffix == ".zip":
            with zipfile.ZipFile(file) as archive:
                for member in archive.namelist():
                    found.append((f"{file}:{member} (name)", member.encode()))
                    found.append((f"{file}:{member}", archive.read(member)))
        if file.suffix == ".pdf":
            for tool in ("pdftotext", "pdfinfo"):
                args = [tool, str(file), "-"] if tool == "pdftotext" else [tool, str(file)]
                found.append((f"{tool} {file}", subprocess.run(
                    args, capture_output=True, check=True).stdout))
    return found


def assert_no_names(paths: list[Path]) -> None:
    for where, data in written_text(paths):
        for name in EVERY_NAME:
            for encoding in ("utf-8", "utf-16-be", "utf-16-le"):
                assert name.encode(encoding) not in data, (name, where)
            assert name.casefold().encode() not in data.lower(), (name, where)


@pytest.fixture
def consenting(case_with_recording: Case) -> Case:
    return consenting_family(case_with_recording)


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (poppler) is not installed")


def test_the_rule() -> None:
    assert names_allowed("family-copy", True)
    for purpose in ("family-copy", "professional", "supervision", "training", "research"):
        assert not names_allowed(purpose, False)
    for purpose in ("professional", "supervision", "training", "research"):
        assert not names_allowed(purpose, True)


def test_names_rule_filters_text_for_every_purpose_but_the_asked_family_copy(
        consenting: Case) -> None:
    caption = CLIP_CAPTION  # "You named what Jaden did: he loved it."
    assert names_rule(consenting, "family-copy", names=True).clean(caption) == caption
    assert names_rule(consenting, "family-copy").clean(caption) == \
        "You named what your child did: he loved it."
    for purpose in ("professional", "supervision", "training", "research"):
        assert names_rule(consenting, purpose, names=True).clean(caption) == \
            "You named what the child did: he loved it."


@pytest.mark.parametrize("purpose", ["professional", "family-copy"])
def test_review_pack_page_alt_texts_and_zip_carry_no_names(consenting: Case, tmp_path: Path,
                                                           purpose: str) -> None:
    stills.update_still(consenting, 3, caption="Samira Okafor and Jaden laughing together.")
    folder, archive = export_review_pack(
        consenting, 1, tmp_path / "pack", purpose=purpose,
        professional=PROFESSIONAL if purpose == "professional" else None)
    page = (folder / "index.html").read_text(encoding="utf-8")
    child = "the child" if purpose == "professional" else "your child"
    assert f"You named what {child} did" in page
    assert 'alt="' in page and "laughing together." in page
    assert_no_names([folder, archive])


def test_review_pack_keeps_names_only_in_the_family_copy_when_asked(consenting: Case,
                                                                   tmp_path: Path) -> None:
    folder, _archive = export_review_pack(consenting, 1, tmp_path / "pack", names=True)
    assert "You named what Jaden did" in (folder / "index.html").read_text(encoding="utf-8")


@needs_poppler
def test_booklet_for_a_professional_has_no_names_even_when_asked(consenting: Case,
                                                                tmp_path: Path) -> None:
    made = export_booklet(consenting, tmp_path / "booklet.pdf", purpose="professional",
                          professional=PROFESSIONAL, names=True,
                          title="Notes for the Okafor family")
    assert made.record.pseudonymised
    assert_no_names([made.path])


def caption_band(path: Path) -> np.ndarray:
    """The first frame of a clip, as signed integers."""
    with av.open(str(path)) as container:
        frame = next(container.decode(video=0))
        return frame.to_ndarray(format="rgb24").astype(np.int32)


@pytest.mark.parametrize("purpose", ["research", "supervision"])
def test_burnt_in_caption_of_a_clip_leaving_the_family_has_no_names(
        consenting: Case, tmp_path: Path, purpose: str) -> None:
    """The caption drawn into the pictures is the pseudonymised one: the exported frame
    matches a clip rendered (public render API) with the pseudonymised caption and differs
    from one rendered with the names."""
    clip = clips.get_clip(consenting, 1)
    assert "Jaden" in clip.caption
    asked = {"names": True} if purpose == "supervision" else {}  # asking changes nothing
    exported = export_clip(consenting, clip.id, tmp_path / "out.mp4", purpose=purpose,
                           burn_caption=True, **asked)
    assert_no_names([exported])
    source, info, table = recording_media(consenting, clip.recording_id)
    pseudonymised = render_clip(source, table, info, clip.in_frame, clip.out_frame,
                                tmp_path / "pseudonymised.mp4",
                                caption="You named what the child did: he loved it.").path
    named = render_clip(source, table, info, clip.in_frame, clip.out_frame,
                        tmp_path / "named.mp4", caption=clip.caption).path
    got = caption_band(exported)
    to_pseudonymised = np.abs(got - caption_band(pseudonymised)).mean()
    to_named = np.abs(got - caption_band(named)).mean()
    assert to_pseudonymised < 1.0, to_pseudonymised
    assert to_named > 4 * to_pseudonymised + 0.5, (to_named, to_pseudonymised)


def test_burnt_in_caption_keeps_names_only_in_the_family_copy_when_asked(
        consenting: Case, tmp_path: Path) -> None:
    clip = clips.get_clip(consenting, 1)
    exported = export_clip(consenting, clip.id, tmp_path / "out.mp4", burn_caption=True,
                           names=True)
    source, info, table = recording_media(consenting, clip.recording_id)
    named = render_clip(source, table, info, clip.in_frame, clip.out_frame,
                        tmp_path / "named.mp4", caption=clip.caption).path
    assert np.abs(caption_band(exported) - caption_band(named)).mean() < 1.0
