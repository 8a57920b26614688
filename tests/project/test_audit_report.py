"""Issue 14, item 4: the export audit in words, as a PDF (read back with pdftotext), and
``vigeditor case audit`` (list, --json, -o)."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from vigeditor.cli import main
from vigeditor.project import audit, people
from vigeditor.project.case import Case
from vigeditor.project.documents.audit_report import (
    audit_rows,
    faces_words,
    local_time,
    write_audit_report,
)
from vigeditor.project.errors import CaseError

LONG = ("/media/guider/USB STICK/Supervision packs for the regional team meeting in "
        "the spring/JF-7-cycle2-supervision-pack-with-a-very-long-name.zip")


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    made = Case.create(tmp_path / "JF-7", family_code="JF-7", guider="Sam Guider")
    mum = people.add_person(made, "Mum Jones", "carer")
    sam = people.add_person(made, "Sam Jones", "child")
    given = {}
    for person in (mum, sam):
        for purpose in ("family-copy", "supervision"):
            given[(person.name, purpose)] = people.give_consent(
                made, person.id, purpose, "2026-09-01").id
    audit.record_export(made, what="Clip 1 (4.0 s)", purpose="family-copy",
                        destination=str(tmp_path / "out" / "clip-1.mp4"),
                        consent_ids=[given[("Mum Jones", "family-copy")]])
    audit.record_export(made, what="Supervision pack, cycle 2 (3 clips)",
                        purpose="supervision", destination=LONG, pseudonymised=True,
                        consent_ids=[given[("Mum Jones", "supervision")],
                                     given[("Sam Jones", "supervision")]],
                        blurred_faces=2, encrypted=True)
    audit.record_export(made, what="Still 3", purpose="family-copy",
                        destination="/home/guider/Desktop/still-3.png", blurred_faces=1)
    yield made
    made.close()


def test_rows_in_words(case: Case) -> None:
    rows = audit_rows(case)
    assert [row.purpose for row in rows] == ["family-copy", "supervision", "family-copy"]
    pack = rows[1]
    assert pack.faces == "2 faces blurred" and pack.encrypted == "encrypted"
    assert pack.what.endswith("(names replaced)") and pack.state_words == "done"
    assert pack.consents == ("Mum Jones, given 1 September 2026",
                             "Sam Jones, given 1 September 2026")
    assert rows[0].faces == "not blurred" and rows[0].encrypted == "not encrypted"
    assert rows[2].faces == "1 face blurred" and rows[2].consents == ()
    assert re.fullmatch(r"\d{1,2} \w{3} \d{4}, \d\d:\d\d", rows[0].when)


def test_local_time_and_faces() -> None:
    stamp = "2026-11-30T15:42:07+00:00"
    local = datetime.fromisoformat(stamp).astimezone()
    assert local_time(stamp) == f"{local.day} {local.strftime('%b %Y, %H:%M')}"
    assert local_time("not a date") == "not a date"
    assert faces_words(None) == "not blurred" and faces_words(0) == "0 faces blurred"


def test_a_consent_removed_later_is_said_to_be(case: Case) -> None:
    consent_id = json.loads(audit.list_exports(case)[0].consent_ids)[0]
    with case.operation("gone", undoable=False) as db:
        db.execute("DELETE FROM consents WHERE id = ?", [consent_id])
    assert "since removed" in audit_rows(case)[0].consents[0]


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                          check=True, text=True).stdout


def test_pdf_has_every_row(case: Case, tmp_path: Path) -> None:
    written = write_audit_report(case, tmp_path / "audit.pdf",
                                 printed=datetime(2026, 12, 1, 9, 30))
    text = _text(written)
    squeezed = re.sub(r"\s+", "", text)
    assert "JF-7" in text and "1 December 2026 at 09:30" in text
    for row in audit_rows(case):
        assert re.sub(r"\s+", "", row.destination) in squeezed  # wrapped, but all there
        assert re.sub(r"\s+", "", row.purpose_words) in squeezed
    assert "2facesblurred" in squeezed and "SamJones,given1September2026" in squeezed
    assert not list(tmp_path.glob(".audit.pdf*"))  # no temporary left


def test_pdf_refuses_a_wrong_name_plainly(case: Case, tmp_path: Path) -> None:
    with pytest.raises(CaseError, match=r"ending in \.pdf"):
        write_audit_report(case, tmp_path / "audit.txt")
    with pytest.raises(CaseError, match="does not exist"):
        write_audit_report(case, tmp_path / "nowhere" / "audit.pdf")


def test_cli_lists_writes_and_prints_json(case: Case, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    folder = case.folder
    case.close()
    assert main(["case", "audit", str(folder)]) == 0
    said = capsys.readouterr().out
    assert "JF-7: 3 exports" in said and LONG in said and "2 faces blurred" in said
    assert main(["case", "audit", str(folder), "-o", str(tmp_path / "a.pdf"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["family_code"] == "JF-7" and len(data["exports"]) == 3
    assert data["exports"][1]["blurred_faces"] == 2 and data["exports"][1]["is_encrypted"]
    assert (tmp_path / "a.pdf").is_file() and data["pdf"] == str(tmp_path / "a.pdf")
    assert main(["case", "audit", str(folder), "-o", str(tmp_path / "a.doc")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1


def test_a_consent_for_another_purpose_names_it(case: Case) -> None:
    from vigeditor.project.documents.audit_report import consent_words
    from vigeditor.project.model import Consent, Person

    mum = Person(id=1, name="Mum Jones", role="carer", note="")
    consent = Consent(id=9, person_id=1, purpose="professional", professional="Dr Lee",
                      given="2026-09-01", withdrawn="2026-10-03", note="")
    words = consent_words(consent, 9, {1: mum}, "family-copy")
    assert words == ("Mum Jones: a named professional (Dr Lee), given 1 September 2026, "
                     "withdrawn 3 October 2026")
    assert consent_words(consent, 9, {}, "professional").startswith("a person since removed")
