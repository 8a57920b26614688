"""The supervision pack: no names anywhere, frame-exact clips from both films, a summary."""

from __future__ import annotations

import zipfile
from pathlib import Path

import av
import pytest
from pypdf import PdfReader

from tests.data.videos import VideoSpec, make_video, read_code
from tests.project.test_booklet import NAMES, fill_family
from vigeditor.project import audit, clips, moments, people, recordings, supervision
from vigeditor.project.case import Case
from vigeditor.project.consent_check import ConsentRefused
from vigeditor.project.documents.supervision_pack import export_supervision_pack
from vigeditor.project.importing import import_recording


@pytest.fixture
def family(case_with_recording: Case, tmp_path_factory: pytest.TempPathFactory) -> Case:
    case = case_with_recording
    fill_family(case)
    film = make_video(tmp_path_factory.mktemp("review") / "Samira Okafor review.mp4",
                      VideoSpec(frames=40, width=160, height=120))
    review = import_recording(case, film, cycle=1, title="Review with Samira").recording
    recordings.update_recording(case, review.id, kind="review")
    clips.add_clip(case, review.id, 5, 15, title="Samira notices",
                   caption="Samira says Jaden is proud", principles=["deepening"])
    moments.add_moment(case, review.id, 6, principles=["deepening.sharing-viewpoints"])
    for frame, codes in ((3, ["attentive.wondering"]), (9, ["attentive", "receiving.noticing"]),
                         (14, ["receiving.noticing"])):
        moments.add_moment(case, 1, frame, principles=codes, note="Jaden turns to Samira")
    session = supervision.add_session(case, "2026-01-20", 60, supervisor="Pat Supervisor",
                                      stage=1, notes="Jaden's turns; Samira's warmth",
                                      clip_ids=[1])
    supervision.rate_skills(case, "2026-01-20", {"attuned-dialogue": 3, "pacing": 5},
                            session_id=session.id)
    return case


def frame_codes(path: Path) -> list[int]:
    with av.open(str(path)) as container:
        return [read_code(frame.to_ndarray(format="rgb24"))
                for frame in container.decode(video=0)]


def test_pack_has_no_names_and_exact_clips_from_both_films(family: Case,
                                                          tmp_path: Path) -> None:
    pack = export_supervision_pack(family, 1, tmp_path / "pack")
    assert pack.folder.is_dir() and pack.zip_path.is_file()
    kinds = sorted(item.kind for item in pack.clips)
    assert kinds == ["interaction", "interaction", "review"]
    for item in pack.clips:
        assert item.file.is_file()
        assert frame_codes(item.file) == list(range(item.in_frame, item.out_frame + 1))
    files = [path for path in pack.folder.rglob("*") if path.is_file()] + [pack.zip_path]
    text = page_text = "\n".join(page.extract_text()
                                 for page in PdfReader(pack.summary).pages)
    text += str(PdfReader(pack.summary).metadata)
    with zipfile.ZipFile(pack.zip_path) as archive:
        names_in_zip = archive.namelist()
    assert len(names_in_zip) == len(files) - 1
    for name in NAMES:
        for path in files:
            assert name.casefold() not in path.name.casefold()
            data = path.read_bytes()
            for encoding in ("utf-8", "utf-16-be"):
                assert name.encode(encoding) not in data, (name, path)
        assert name not in text
        assert not any(name in entry for entry in names_in_zip)
    # the summary: cycle, questions and ratings, moments by principle, clips, reflections
    flat = " ".join(page_text.split())
    for expected in ("cycle 1", "How can I help the child settle at bedtime?",
                     "Moments by principle", "Being attentive 2", "Wondering about what "
                     "they are doing, thinking or feeling 1", "Receiving initiatives 2",
                     "Deepening discussion 1", "the parent was relaxed; the child led the game",
                     "Good pace with the parent", "the child's turns; the parent's warmth",
                     "Attuned dialogue 3 / 5", "Pacing 5 / 5 (to a very great extent)",
                     "The parent says the child is proud"):
        assert expected.casefold() in flat.casefold(), expected
    assert "clips/FAM-1-cycle1-review-01.mp4" in "".join(page_text.split())  # may wrap
    assert "Pat Supervisor" not in flat
    record = audit.list_exports(family)[-1]
    assert record.pseudonymised and record.purpose == "supervision"
    assert record.destination == str(pack.folder)


def test_pack_refused_without_supervision_consent(family: Case, tmp_path: Path) -> None:
    carer = people.find_person(family, "Samira Okafor")
    people.withdraw_consent(family, carer.id, "supervision", "2026-03-01")
    with pytest.raises(ConsentRefused, match="withdrawn"):
        export_supervision_pack(family, 1, tmp_path / "pack")
    assert list(tmp_path.iterdir()) == [] or all(
        path.name == "family.vigcase" for path in tmp_path.iterdir())
    assert audit.list_exports(family) == []


def test_pack_of_a_missing_cycle_or_existing_folder_is_refused(family: Case,
                                                              tmp_path: Path) -> None:
    from vigeditor.project.errors import CaseError

    with pytest.raises(CaseError, match="no cycle 7"):
        export_supervision_pack(family, 7, tmp_path / "pack")
    (tmp_path / "taken").mkdir()
    with pytest.raises(CaseError, match="already exists"):
        export_supervision_pack(family, 1, tmp_path / "taken")
