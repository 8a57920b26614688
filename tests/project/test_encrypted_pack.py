"""Encrypted supervision packs (issue 14, item 2): only ``OUT.7z`` reaches the destination;
without the passphrase it can be neither listed nor opened (py7zr and 7-Zip's own ``7zz``),
with it the files are byte-identical to an unencrypted export of the same pack; the plain
build inside the case is removed on success, refusal and cancel."""

from __future__ import annotations

import filecmp
import os
import shutil
import stat
import subprocess
import threading
from pathlib import Path

import py7zr
import pytest
from reportlab import rl_config

from tests.project.test_supervision_pack import family  # noqa: F401 (a fixture)
from vigeditor.media.render import RenderCancelled
from vigeditor.project import audit
from vigeditor.project.case import Case
from vigeditor.project.documents.supervision_pack import export_supervision_pack
from vigeditor.project.errors import CaseError
from vigeditor.project.leftovers import BUILD_PREFIX

PASSPHRASE = "correct horse battery"
SEVEN_ZIP = shutil.which("7zz") or shutil.which("7z")  # Debian 12's 7zip package: 7zz
needs_7zip = pytest.mark.skipif(SEVEN_ZIP is None, reason="7-Zip (Debian's 7zip) is missing")


def builds(case: Case) -> list[Path]:
    return list((case.folder / "cache").glob(f"{BUILD_PREFIX}*"))


def files_under(folder: Path) -> list[str]:
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*")
                  if path.is_file())


def opens(archive: Path, password: str, target: Path) -> bool:
    """Whether py7zr extracts ``archive`` with ``password`` (a wrong one fails in ways that
    vary: a garbled header, a bad CRC)."""
    try:
        with py7zr.SevenZipFile(archive, password=password) as reader:
            reader.extractall(target)
    except Exception:  # any failure is "does not open"
        return False
    return True


def seven_zip(*args: str) -> subprocess.CompletedProcess[str]:
    assert SEVEN_ZIP is not None
    return subprocess.run([SEVEN_ZIP, *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120, check=False)


@pytest.fixture
def locked(family: Case, tmp_path: Path) -> tuple[Case, Path]:  # noqa: F811
    out = tmp_path / "out"
    out.mkdir()
    pack = export_supervision_pack(family, 1, out / "pack", passphrase=PASSPHRASE)
    assert pack.encrypted and pack.written == out / "pack.7z"
    return family, out / "pack.7z"


def test_only_the_archive_reaches_the_destination_and_the_audit_says_encrypted(
        locked: tuple[Case, Path]) -> None:
    case, archive = locked
    assert sorted(path.name for path in archive.parent.iterdir()) == ["pack.7z"]
    assert archive.read_bytes()[:6] == b"7z\xbc\xaf\x27\x1c"
    assert builds(case) == []
    (entry,) = audit.list_exports(case)
    assert entry.encrypted and entry.state == audit.DONE and entry.pseudonymised
    assert entry.destination == str(archive)


def test_without_the_passphrase_nothing_can_be_listed_or_opened(
        locked: tuple[Case, Path], tmp_path: Path) -> None:
    _case, archive = locked
    with pytest.raises(py7zr.PasswordRequired), py7zr.SevenZipFile(archive) as reader:
        reader.getnames()
    assert not opens(archive, "wrong pass", tmp_path / "wrong")
    assert opens(archive, PASSPHRASE, tmp_path / "right")
    assert not (tmp_path / "wrong").exists() or files_under(tmp_path / "wrong") == []
    assert b"summary" not in archive.read_bytes() and b"FAM-1" not in archive.read_bytes()


@needs_7zip
def test_7zip_cannot_list_or_open_it_without_the_passphrase(locked: tuple[Case, Path],
                                                             tmp_path: Path) -> None:
    _case, archive = locked
    listed = seven_zip("l", str(archive))  # asks for a password: stdin is empty
    assert listed.returncode != 0 and "summary" not in listed.stdout
    wrong = seven_zip("l", "-pwrong pass", str(archive))
    assert wrong.returncode != 0 and "summary" not in wrong.stdout
    target = tmp_path / "wrong"
    opened = seven_zip("x", "-pwrong pass", f"-o{target}", str(archive))
    assert opened.returncode != 0
    assert not target.exists() or files_under(target) == []


@needs_7zip
def test_with_the_passphrase_both_tools_give_the_unencrypted_pack_byte_for_byte(
        family: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    # reportlab's documented switch for reproducible PDFs (no time stamp, a fixed id)
    monkeypatch.setattr(rl_config, "invariant", 1)
    case = family
    archive = export_supervision_pack(case, 1, tmp_path / "pack", passphrase=PASSPHRASE).written
    (tmp_path / "plain").mkdir()
    plain = export_supervision_pack(case, 1, tmp_path / "plain" / "pack")
    assert not plain.encrypted and plain.folder.is_dir()
    if os.name == "posix":  # owner only, like single exports (mkstemp's 0600)
        for written in (archive, plain.zip_path, *plain.folder.rglob("*"), plain.folder):
            assert stat.S_IMODE(written.stat().st_mode) in (0o600, 0o700), written
    with py7zr.SevenZipFile(archive, password=PASSPHRASE) as reader:
        reader.extractall(tmp_path / "by-py7zr")
    assert seven_zip("x", f"-p{PASSPHRASE}", f"-o{tmp_path / 'by-7zip'}",
                     str(archive)).returncode == 0
    expected = files_under(plain.folder)
    assert len(expected) == 4  # three clips and the summary
    for extracted in (tmp_path / "by-py7zr" / "pack", tmp_path / "by-7zip" / "pack"):
        assert files_under(extracted) == expected
        for name in expected:
            assert filecmp.cmp(extracted / name, plain.folder / name, shallow=False), name
    listed = seven_zip("l", f"-p{PASSPHRASE}", str(archive))
    assert listed.returncode == 0 and "pack/clips/" in listed.stdout


def test_a_short_or_missing_passphrase_is_refused_before_anything_is_written(
        family: Case, tmp_path: Path) -> None:  # noqa: F811
    for given in ("short", ""):
        with pytest.raises(CaseError, match="passphrase"):
            export_supervision_pack(family, 1, tmp_path / "pack", passphrase=given)
    assert list(tmp_path.iterdir()) == [family.folder]
    assert audit.list_exports(family) == [] and builds(family) == []


def test_a_pack_already_there_is_not_replaced(family: Case, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / "pack.7z").write_bytes(b"earlier")
    with pytest.raises(CaseError, match="already exists"):
        export_supervision_pack(family, 1, tmp_path / "pack.7z", passphrase=PASSPHRASE)
    assert (tmp_path / "pack.7z").read_bytes() == b"earlier"


@pytest.mark.parametrize("stop_at", [0.3, 0.951])  # while rendering; while encrypting
def test_a_cancelled_encrypted_export_leaves_nothing_plain_or_half_written(
        family: Case, tmp_path: Path, stop_at: float) -> None:  # noqa: F811
    out = tmp_path / "out"
    out.mkdir()
    cancel = threading.Event()

    def progress(share: float) -> None:
        if share >= stop_at:
            cancel.set()

    with pytest.raises(RenderCancelled):
        export_supervision_pack(family, 1, out / "pack", passphrase=PASSPHRASE,
                                progress=progress, cancel=cancel)
    assert list(out.iterdir()) == [] and builds(family) == []
    assert audit.list_exports(family) == []
