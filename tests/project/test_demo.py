"""The demo case: a whole cycle around a generated film with no real people."""

from __future__ import annotations

from pathlib import Path

from vigeditor.media.probe import probe
from vigeditor.project import clips, moments, people, recordings, reviews, stills
from vigeditor.project.demo import create_demo_case


def test_demo_case_has_a_whole_cycle(tmp_path: Path) -> None:
    case = create_demo_case(tmp_path / "demo", seconds=12)
    try:
        [recording] = recordings.list_recordings(case)
        info = probe(case.recording_path(case.row("recordings", recording.id)),
                     cache_dir=tmp_path / "cache")
        assert info.frames == recording.frames == 300 and info.audio
        tagged = moments.list_moments(case, recording.id)
        assert len(tagged) >= 6 and all(m.principles for m in tagged)
        assert all(0 <= m.frame < recording.frames for m in tagged)
        made = clips.list_clips(case, recording.id)
        assert len(made) == 3 and all(c.caption for c in made)
        assert len(stills.list_stills(case, recording.id)) == 2
        assert len(reviews.list_items(case, recording.cycle_id)) == 5
        carers = [p for p in people.list_people(case) if p.role == "carer"]
        assert carers and people.has_consent(case, carers[0].id, "family-copy")
    finally:
        case.close()
