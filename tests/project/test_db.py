"""The case database: WAL, foreign keys, integrity check on open, forward migrations
tested from every earlier schema version."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from vigeditor.project import db as case_db
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.schema import LATEST, MIGRATIONS

# Rows a case of each version could hold (keyed by the version that introduced the table).
SEEDS: dict[int, list[tuple[str, dict[str, object]]]] = {
    1: [
        ("case_info", {"id": 1, "family_code": "OLD-1", "scheme": "{}", "created_at": "2023"}),
        ("people", {"id": 1, "name": "Mum", "role": "carer"}),
        ("consents", {"id": 1, "person_id": 1, "purpose": "filming", "given": "2023-01-01"}),
        ("cycles", {"id": 1, "number": 1}),
        ("recordings", {"id": 1, "cycle_id": 1, "kind": "interaction", "file": "media/a.mp4",
                        "original_name": "a.mp4", "sha256": "ab", "size_bytes": 10,
                        "frames": 60, "duration": 2.0, "media_info": "{}",
                        "imported_at": "2023"}),
        ("moments", {"id": 1, "recording_id": 1, "frame": 3, "time": 0.1}),
        ("clips", {"id": 1, "recording_id": 1, "in_frame": 1, "in_time": 1 / 30,
                   "out_frame": 9, "out_time": 0.3}),
        ("stills", {"id": 1, "recording_id": 1, "frame": 4, "time": 4 / 30}),
        ("reviews", {"id": 1, "cycle_id": 1}),
        ("review_items", {"id": 1, "review_id": 1, "position": 0, "clip_id": 1}),
    ],
    2: [
        ("supervision_sessions", {"id": 1, "held_on": "2023-02-01", "minutes": 60}),
        ("supervision_clips", {"id": 1, "session_id": 1, "clip_id": 1}),
        ("skill_ratings", {"id": 1, "rated_on": "2023-02-01", "subscale": "pacing",
                           "rating": 3}),
        ("export_audit", {"id": 1, "exported_at": "2023", "what": "clip", "purpose": "review",
                          "destination": "usb"}),
    ],
    3: [
        ("export_audit", {"id": 2, "exported_at": "2024", "what": "still", "purpose": "review",
                          "destination": "/x.png", "state": "started",
                          "pending": '{"outputs": ["/x.png"], "temps": []}'}),
    ],
    4: [
        ("preferences", {"id": 1, "key": "export.booklet", "value": '{"a5": true}'}),
    ],
    5: [
        ("suggestions", {"id": 1, "recording_id": 1, "start_frame": 10, "end_frame": 40,
                         "kind": "exchange", "score": 0.9, "reasons": '["a reason"]',
                         "state": "tagged", "moment_id": 1}),
    ],
    6: [
        ("export_audit", {"id": 3, "exported_at": "2026", "what": "clip", "purpose": "training",
                          "destination": "/p.7z", "blurred_faces": 2, "encrypted": 1}),
        ("face_links", {"id": 1, "recording_id": 1, "person_id": 1, "frame": 5,
                        "box": "[0.1, 0.1, 0.2, 0.3]", "signature": "{}"}),
        ("blur_boxes", {"id": 1, "recording_id": 1, "frame": 7, "box": "[0.5, 0.5, 0.1, 0.1]"}),
    ],
}


def _database_at(path: Path, version: int) -> None:
    """A case database at schema ``version`` holding the rows that version allows."""
    db = case_db.connect(path, migrations=MIGRATIONS[:version])
    with db.atomic():
        for introduced in range(1, version + 1):
            for table, row in SEEDS.get(introduced, []):
                db[table].insert(row)
    db.close()


def test_every_version_has_seed_rows() -> None:
    assert sorted(SEEDS) == list(range(1, LATEST + 1))


@pytest.mark.parametrize("version", range(LATEST))
def test_migrates_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "case.sqlite"
    _database_at(path, version)
    db = case_db.connect(path)
    try:
        assert case_db.schema_version(db) == LATEST
        for introduced in range(1, version + 1):
            for table, row in SEEDS.get(introduced, []):
                stored = db[table].get(row["id"])
                assert {key: stored[key] for key in row} == row
        # the tables and rows of every later version can be added after migrating
        for introduced in range(version + 1, LATEST + 1):
            for table, row in SEEDS[introduced]:
                db[table].insert(row)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


def test_migrated_case_matches_a_new_one(tmp_path: Path) -> None:
    """Migrating from version 1 gives exactly the schema a new case has."""
    old, new = tmp_path / "old.sqlite", tmp_path / "new.sqlite"
    _database_at(old, 1)
    schemas = []
    for path in (old, new):
        db = case_db.connect(path)
        schemas.append(sorted(db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")))
        db.close()
    assert schemas[0] == schemas[1]


def test_a_failing_migration_leaves_the_earlier_version(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    _database_at(path, 1)

    def broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        raise sqlite3.OperationalError("disk I/O error")

    steps: list[Callable[[Database], None]] = [MIGRATIONS[0], broken]
    with pytest.raises(sqlite3.OperationalError):
        case_db.connect(path, migrations=steps)
    db = case_db.connect(path, migrations=MIGRATIONS[:1])
    assert case_db.schema_version(db) == 1
    assert "half_done" not in db.table_names()
    db.close()


def test_wal_and_foreign_keys_are_on(case: Case) -> None:
    assert case.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert case.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        case.db.execute("INSERT INTO consents (person_id, purpose) VALUES (99, 'review')")


def test_a_case_from_a_newer_vigeditor_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    _database_at(path, LATEST)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {LATEST + 1}")
    connection.close()
    with pytest.raises(CaseError, match="newer version of vigeditor"):
        case_db.connect(path)


def test_a_damaged_case_file_is_refused_plainly(tmp_path: Path) -> None:
    folder = tmp_path / "damaged.vigcase"
    with Case.create(folder, family_code="D") as case, case.db.atomic():
        for index in range(3000):
            case.db.execute("INSERT INTO people (name, role) VALUES (?, 'child')",
                            [f"child {index} " + "x" * 50])
    data = bytearray((folder / "case.sqlite").read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, 5 * page):  # scribble on some pages
        data[offset + 100: offset + 400] = b"\xff" * 300
    (folder / "case.sqlite").write_bytes(bytes(data))
    with pytest.raises(CaseError, match="damaged") as caught:
        Case.open(folder)
    assert "Traceback" not in str(caught.value)


def test_integrity_check_failure_is_refused_plainly(tmp_path: Path) -> None:
    """A readable file whose index no longer matches its table fails integrity_check."""
    folder = tmp_path / "inconsistent.vigcase"
    with Case.create(folder, family_code="D") as case, case.db.atomic():
        for index in range(50):
            case.db.execute("INSERT INTO people (name, role) VALUES (?, 'carer')",
                            [f"p{index}"])
            case.db.execute("INSERT INTO consents (person_id, purpose, given) VALUES "
                            "(?, ?, '2024-01-01')", [index + 1, "review"])
    connection = sqlite3.connect(folder / "case.sqlite")
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX consents_by_person ON "
                       "consents (purpose, given)' WHERE name = 'consents_by_person'")
    connection.commit()
    connection.close()
    with pytest.raises(CaseError, match="is damaged and cannot be opened safely"):
        Case.open(folder)


def test_a_file_that_is_not_a_database_is_refused_plainly(tmp_path: Path) -> None:
    folder = tmp_path / "bad.vigcase"
    folder.mkdir()
    (folder / "case.sqlite").write_bytes(b"this is a text file, not SQLite " * 100)
    with pytest.raises(CaseError, match="damaged or not a vigeditor case"):
        Case.open(folder)
    # the lock was released: a second try gives the same plain message
    with pytest.raises(CaseError, match="damaged or not a vigeditor case"):
        Case.open(folder)
