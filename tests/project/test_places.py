"""Issue 14, item 3: which cloud client synchronises a folder, and whether its disk is
encrypted, on fake homes and a fake ``/sys`` made in a temporary folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from vigeditor.errors import UserError
from vigeditor.project import places
from vigeditor.project.places import (
    ENCRYPTED_BITLOCKER,
    ENCRYPTED_FILEVAULT,
    ENCRYPTED_LUKS,
    NEXTCLOUD_OR_OWNCLOUD,
    NOT_ENCRYPTED,
    UNKNOWN,
    FolderVerdict,
    check_folder,
    cloud_service,
    disk_encryption,
)


def folder(*parts: Path | str) -> Path:
    made = Path(*parts)
    made.mkdir(parents=True, exist_ok=True)
    return made


def case_in(root: Path) -> Path:
    return folder(root, "Cases", "Jones.vigcase")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    made = folder(tmp_path, "home")
    folder(made, "Documents", "Plain.vigcase")
    return made


def service(path: Path, home: Path, **environ: str) -> str | None:
    return cloud_service(path, home=home, environ={"HOME": str(home), **environ})


def test_nothing_outside_any_client(home: Path) -> None:
    assert service(home / "Documents" / "Plain.vigcase", home) is None


def test_dropbox_from_info_json(home: Path, tmp_path: Path) -> None:
    personal, work = folder(tmp_path, "elsewhere", "Dropbox"), folder(tmp_path, "DB (Work)")
    folder(home, ".dropbox")
    (home / ".dropbox" / "info.json").write_text(json.dumps({
        "personal": {"path": str(personal), "host": 1}, "business": {"path": str(work)}}))
    assert service(case_in(personal), home) == "Dropbox"
    assert service(case_in(work), home) == "Dropbox"
    assert service(personal, home) == "Dropbox"
    assert service(home / "Documents" / "Plain.vigcase", home) is None


def test_dropbox_info_json_on_windows(home: Path, tmp_path: Path) -> None:
    appdata, box = folder(tmp_path, "AppData", "Local"), folder(tmp_path, "D", "Dropbox")
    folder(appdata, "Dropbox")
    (appdata / "Dropbox" / "info.json").write_text(json.dumps({"personal": {"path": str(box)}}))
    assert service(case_in(box), home, LOCALAPPDATA=str(appdata)) == "Dropbox"
    assert service(case_in(box), home) is None


def test_dropbox_marker_in_the_folder(home: Path, tmp_path: Path) -> None:
    box = folder(tmp_path, "moved", "Dropbox")
    (box / ".dropbox").write_text("{}")
    assert service(case_in(box), home) == "Dropbox"
    other = folder(tmp_path, "cache-only")
    folder(other, ".dropbox.cache")
    assert service(case_in(other), home) == "Dropbox"


def test_dropbox_settings_folder_in_home_is_no_marker(home: Path) -> None:
    folder(home, ".dropbox")
    (home / ".dropbox" / "info.json").write_text("{}")
    assert service(home / "Documents" / "Plain.vigcase", home) is None


@pytest.mark.parametrize("name", ["OneDrive", "OneDrive - Leeds City Council"])
def test_onedrive_folder_in_home(home: Path, name: str) -> None:
    assert service(case_in(folder(home, name)), home) == "OneDrive"


@pytest.mark.parametrize("variable", ["OneDrive", "OneDriveCommercial", "OneDriveConsumer"])
def test_onedrive_environment_variables(home: Path, tmp_path: Path, variable: str) -> None:
    moved = folder(tmp_path, "D", "Work files")
    assert service(case_in(moved), home, **{variable: str(moved)}) == "OneDrive"
    assert service(case_in(moved), home) is None


@pytest.mark.parametrize("parts, expected", [
    (("Library", "CloudStorage", "OneDrive-Personal"), "OneDrive"),
    (("Library", "CloudStorage", "GoogleDrive-guider@example.org", "My Drive"), "Google Drive"),
    (("Library", "CloudStorage", "GoogleDrive-guider@example.org"), "Google Drive"),
    (("Google Drive",), "Google Drive"),
    (("Library", "Mobile Documents", "com~apple~CloudDocs"), "iCloud Drive"),
    (("Library", "CloudStorage", "iCloudDrive-iCloudDrive"), "iCloud Drive"),
    (("iCloudDrive",), "iCloud Drive"),
    (("Box",), "Box"),
    (("Library", "CloudStorage", "Box-Box"), "Box"),
])
def test_client_folders_by_name(home: Path, parts: tuple[str, ...], expected: str) -> None:
    root = folder(home, *parts)
    assert service(case_in(root), home) == expected
    assert service(root, home) == expected


def test_google_drive_letter_my_drive(home: Path, tmp_path: Path) -> None:
    assert service(case_in(folder(tmp_path, "G", "My Drive")), home) == "Google Drive"


@pytest.mark.parametrize("client", ["Nextcloud", "ownCloud"])
@pytest.mark.parametrize("config_place", ["xdg", "macos", "windows"])
def test_nextcloud_owncloud_config(home: Path, tmp_path: Path, client: str,
                                   config_place: str) -> None:
    synced = folder(tmp_path, "data", client)
    environ: dict[str, str] = {}
    if config_place == "xdg":
        config = folder(home, ".config", client)
    elif config_place == "macos":
        config = folder(home, "Library", "Preferences", client)
    else:
        config = folder(tmp_path, "AppData", "Roaming", client)
        environ["APPDATA"] = str(config.parent)
    (config / f"{client.lower()}.cfg").write_text(
        "[General]\nclientVersion=3.13.0\n\n[Accounts]\n0\\url=https://cloud.example.org\n"
        f"0\\Folders\\1\\localPath={synced}/\n0\\Folders\\1\\paused=false\n")
    assert service(case_in(synced), home, **environ) == client
    assert service(home / "Documents" / "Plain.vigcase", home, **environ) is None


@pytest.mark.parametrize("marker", [".sync_3fa1c2d8e9b0.db", "._sync_3fa1c2d8e9b0.db",
                                    ".sync_journal.db", ".owncloudsync.log"])
def test_nextcloud_journal_in_a_parent(home: Path, tmp_path: Path, marker: str) -> None:
    synced = folder(tmp_path, "synced")
    (synced / marker).write_bytes(b"")
    assert service(case_in(synced), home) == NEXTCLOUD_OR_OWNCLOUD
    assert service(case_in(folder(tmp_path, "apart")), home) is None


def test_unreadable_configs_are_skipped(home: Path) -> None:
    folder(home, ".dropbox")
    (home / ".dropbox" / "info.json").write_text("not json")
    folder(home, ".config", "Nextcloud", "nextcloud.cfg")  # a folder, not a file
    assert service(home / "Documents" / "Plain.vigcase", home) is None


# ---- encryption on a fake /sys -------------------------------------------------------------

def fake_device(sysfs: Path, name: str, uuid: str | None = None,
                slaves: tuple[str, ...] = ()) -> Path:
    device = folder(sysfs, "devices", "virtual", "block", name)
    if uuid is not None:
        folder(device, "dm")
        (device / "dm" / "uuid").write_text(uuid + "\n")
    for slave in slaves:
        folder(device, "slaves")
        (device / "slaves" / slave).symlink_to(sysfs / "devices" / "virtual" / "block" / slave)
    return device


def link_dev(sysfs: Path, tmp_path: Path, device: Path) -> None:
    number = os.stat(tmp_path).st_dev
    folder(sysfs, "dev", "block")
    link = sysfs / "dev" / "block" / f"{os.major(number)}:{os.minor(number)}"
    link.symlink_to(device)


@pytest.fixture
def sysfs(tmp_path: Path) -> Path:
    if os.major(os.stat(tmp_path).st_dev) == 0:
        pytest.skip("the temporary folder has no block device number here")
    return folder(tmp_path, "sys")


def test_luks_under_lvm(tmp_path: Path, sysfs: Path) -> None:
    fake_device(sysfs, "sda3")
    fake_device(sysfs, "dm-0", "CRYPT-LUKS2-0f1e2d3c4b5a-luks-0f1e", ("sda3",))
    root = fake_device(sysfs, "dm-1", "LVM-abcdef", ("dm-0",))
    link_dev(sysfs, tmp_path, root)
    assert disk_encryption(tmp_path, sysfs=sysfs, platform="linux") == ENCRYPTED_LUKS


def test_plain_partition(tmp_path: Path, sysfs: Path) -> None:
    link_dev(sysfs, tmp_path, fake_device(sysfs, "nvme0n1p2"))
    assert disk_encryption(tmp_path, sysfs=sysfs, platform="linux") == NOT_ENCRYPTED


def test_lvm_without_crypt(tmp_path: Path, sysfs: Path) -> None:
    fake_device(sysfs, "sdb1")
    link_dev(sysfs, tmp_path, fake_device(sysfs, "dm-2", "LVM-xyz", ("sdb1",)))
    assert disk_encryption(tmp_path, sysfs=sysfs, platform="linux") == NOT_ENCRYPTED


def test_no_block_device_is_unknown(tmp_path: Path, sysfs: Path) -> None:
    assert disk_encryption(tmp_path, sysfs=sysfs, platform="linux") == UNKNOWN


def test_odd_systems_are_unknown(tmp_path: Path) -> None:
    assert disk_encryption(tmp_path / "missing", platform="linux") == UNKNOWN
    assert disk_encryption(tmp_path, platform="sunos5") == UNKNOWN


@pytest.mark.parametrize("output, expected", [
    ("FileVault is On.\n", ENCRYPTED_FILEVAULT), ("FileVault is Off.\n", NOT_ENCRYPTED),
    (None, UNKNOWN)])
def test_macos_fdesetup(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                        output: str | None, expected: str) -> None:
    monkeypatch.setattr(places.Path, "home", staticmethod(lambda: tmp_path))
    asked: list[list[str]] = []

    def run(command: list[str]) -> str | None:
        asked.append(command)
        return output

    assert disk_encryption(tmp_path, platform="darwin", run=run) == expected
    assert asked == [["fdesetup", "status"]]


@pytest.mark.parametrize("output, expected", [
    ("Volume C: [OS]\n    Conversion Status:    Fully Encrypted\n"
     "    Protection Status:    Protection On\n", ENCRYPTED_BITLOCKER),
    ("Volume C: [OS]\n    Conversion Status:    Fully Decrypted\n"
     "    Protection Status:    Protection Off\n", NOT_ENCRYPTED),
    (None, UNKNOWN)])
def test_windows_manage_bde(monkeypatch: pytest.MonkeyPatch, output: str | None,
                            expected: str) -> None:
    monkeypatch.setattr(places.os.path, "abspath", lambda path: "C:\\Users\\g\\Cases")
    monkeypatch.setattr(places.os.path, "splitdrive", lambda path: ("C:", path[2:]))
    asked: list[list[str]] = []

    def run(command: list[str]) -> str | None:
        asked.append(command)
        return output

    assert disk_encryption("C:\\Users\\g\\Cases", platform="win32", run=run) == expected
    assert asked == [["manage-bde", "-status", "C:"]]


# ---- the verdict ---------------------------------------------------------------------------

@pytest.mark.parametrize("cloud, encryption, concern", [
    (None, ENCRYPTED_LUKS, False), (None, UNKNOWN, False), (None, NOT_ENCRYPTED, True),
    ("Dropbox", ENCRYPTED_BITLOCKER, True), ("OneDrive", UNKNOWN, True)])
def test_concern(cloud: str | None, encryption: str, concern: bool) -> None:
    verdict = FolderVerdict(Path("x"), cloud, encryption)
    assert verdict.concern is concern
    assert verdict.as_dict()["concern"] is concern


def test_check_folder_refuses_what_is_not_a_folder(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(UserError, match="is not a folder"):
        check_folder(tmp_path / "file.txt")
    with pytest.raises(UserError, match="does not exist"):
        check_folder(tmp_path / "missing")


def test_check_folder_names_the_service(home: Path) -> None:
    case = case_in(folder(home, "OneDrive"))
    verdict = check_folder(case, home=home, environ={}, platform="sunos5")
    assert (verdict.cloud, verdict.encryption, verdict.concern) == ("OneDrive", UNKNOWN, True)
