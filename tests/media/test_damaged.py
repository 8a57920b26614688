"""Damaged frames: the nearest earlier good picture, marked, and never a failed whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.data.corpus_damaged import make_damaged
from tests.data.reference import ffmpeg_codes
from tests.data.videos import read_code
from vigeditor.cli import main
from vigeditor.media.checking import check_recording, verify_recording
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.frame_table import remap_frame
from vigeditor.media.probe import open_recording


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    return make_damaged(tmp_path_factory.mktemp("damaged"))


def test_a_frame_the_decoder_cannot_make_shows_the_nearest_good_one(
        damaged: tuple[Path, int], tmp_path: Path) -> None:
    path, bad = damaged
    info, table = open_recording(path, cache_dir=tmp_path)
    assert table.method == "packets" and not table.verified  # the packets claim every frame
    with FrameServer(info, table) as server:
        served = server.serve(bad)
        assert served.damaged and served.shown == bad - 1
        assert read_code(served.picture) == bad - 1
        good = server.serve(bad - 1)
        assert not good.damaged and good.shown == bad - 1


def test_confirmation_replaces_the_table_with_the_decoders(damaged: tuple[Path, int],
                                                           tmp_path: Path) -> None:
    path, _bad = damaged
    reference = ffmpeg_codes(path)
    info, table = verify_recording(path, cache_dir=tmp_path)
    assert table.method == "decoded" and len(table) == len(reference) == info.frames
    _info, cached = open_recording(path, cache_dir=tmp_path)
    assert cached.verified and len(cached) == len(reference)


def test_check_reports_the_damage(damaged: tuple[Path, int],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    path, _bad = damaged
    report = check_recording(path)
    assert report.refused_packets == 1 and not report.fast_table_matched
    assert report.frames == len(ffmpeg_codes(path)) and not report.ok
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "could not decode: 1" in out and "reachable and exact: no" in out


def test_frame_command_says_which_picture_it_wrote(damaged: tuple[Path, int], tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path, bad = damaged
    monkeypatch.setenv("VIGEDITOR_CACHE_DIR", str(tmp_path / "cache"))  # the packets' table
    assert main(["frame", str(path), "--index", f"{bad},{bad - 1}",
                 "-o", str(tmp_path / "f-%d.png")]) == 0
    out = capsys.readouterr().out
    assert f"frame {bad - 1}, the nearest good frame" in out
    assert (tmp_path / f"f-{bad}.png").exists() and (tmp_path / f"f-{bad - 1}.png").exists()


def test_a_picture_the_decoder_marks_corrupt_is_replaced_the_same_way_every_time(
        tmp_path: Path) -> None:
    """A concealed picture differs from run to run (the decoder's threads); it is never
    shown: every time, the same nearest frame the decoder did not mark is."""
    from tests.data.corpus_damaged import make_corrupt_ts

    path = make_corrupt_ts(tmp_path)
    report = check_recording(path, cache_dir=tmp_path / "tables")
    assert report.damaged and not report.ok
    info, table = open_recording(path, cache_dir=tmp_path / "tables")
    assert table.verified  # check keeps the table it confirmed
    bad = report.damaged[0]
    shown = set()
    for _attempt in range(3):
        with FrameServer(info, table) as server:
            served = server.serve(bad)
            assert served.damaged and served.shown < bad
            shown.add(served.shown)
    assert len(shown) == 1
    info, packets = open_recording(path, cache_dir=tmp_path / "fresh")
    assert not packets.verified and not packets.damaged.size  # the packets know nothing...
    with FrameServer(info, packets) as server:
        served = server.serve(remap_frame(table, packets, bad))
        assert served.damaged  # ...but the decoder's mark is seen while serving
