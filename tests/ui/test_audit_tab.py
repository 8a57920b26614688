"""Issue 14, item 4 in the app: the Audit tab of Case details lists every export, refreshes
when one is recorded, and saves the list as a PDF."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_no_clipped_labels import problems
from vigeditor.project import audit, people, stills
from vigeditor.project.model import Recording
from vigeditor.ui.details.audit_tab import ZERO_WIDTH_SPACE
from vigeditor.ui.details.case_details import CaseDetails
from vigeditor.ui.exports.dialog import ExportDialog
from vigeditor.ui.session import CaseSession
from vigeditor.ui.start import case_flows
from vigeditor.ui.tasks import TaskRunner


@pytest.fixture
def details(session: CaseSession, qtbot: QtBot) -> CaseDetails:
    shown = CaseDetails(session)
    qtbot.addWidget(shown)
    shown.resize(1000, 600)
    shown.show()
    return shown


def column(details: CaseDetails, index: int) -> list[str]:
    table = details.audit.table
    return [table.item(row, index).text().replace(ZERO_WIDTH_SPACE, "")
            for row in range(table.rowCount())]


def test_the_tab_is_there_and_says_when_nothing_left(details: CaseDetails) -> None:
    labels = [details.tabs.tabText(i) for i in range(details.tabs.count())]
    assert labels[-1] == "&Audit"
    details.tabs.setCurrentWidget(details.audit)
    assert details.audit.empty.isVisible() and not details.audit.table.isVisible()


def test_an_export_made_in_the_app_appears_at_once(
        details: CaseDetails, session: CaseSession, recording: Recording, qtbot: QtBot,
        tmp_path: Path) -> None:
    carer = people.add_person(session.case, "Alex Carer", "carer")
    people.give_consent(session.case, carer.id, "family-copy", "2026-01-05")
    still = stills.add_still(session.case, recording.id, 12)
    dialog = ExportDialog("still", session, TaskRunner(synchronous=True), tmp_path,
                          preset={"still": still.id})
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: details.audit.table.rowCount() == 1)
    assert column(details, 2) == [str(dialog.written.resolve())]
    assert column(details, 3) == ["The family's own copy"]
    assert column(details, 4)[0].startswith("Alex Carer, given")
    assert column(details, 5) == ["not blurred"] and column(details, 6) == ["not encrypted"]
    assert column(details, 7) == ["done"]
    assert re.fullmatch(r"\d{1,2} \w{3} \d{4}, \d\d:\d\d", column(details, 0)[0])


def test_blurred_encrypted_and_saved_as_pdf(
        details: CaseDetails, session: CaseSession, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    long_place = "/media/guider/USB/" + "supervision-packs-" * 6 + "pack.zip"
    audit.record_export(session.case, what="Supervision pack, cycle 1 (2 clips)",
                        purpose="supervision", destination=long_place, blurred_faces=3,
                        encrypted=True)
    qtbot.waitUntil(lambda: details.audit.table.rowCount() == 1)
    assert column(details, 5) == ["3 faces blurred"] and column(details, 6) == ["encrypted"]
    assert column(details, 2) == [long_place]
    target = tmp_path / "F01-exports.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    assert details.audit.save_pdf() == target
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, check=True,
                          text=True).stdout
    # pdftotext joins a word broken after a hyphen at a line's end without the hyphen
    assert long_place.replace("-", "") in re.sub(r"[\s-]+", "", text) and "F01" in text
    assert str(target) in details.audit.message.text()
    assert details.audit.default_pdf_name() == "F01-exports.pdf"


def test_the_filled_tab_fits_in_the_case_details_window(
        session: CaseSession, qtbot: QtBot) -> None:
    """At the window's own size (900 × 640), with long paths, several consents, every state:
    no cell is cut short (the walker of test_no_clipped_labels)."""
    given = []
    for name in ("Alex Carer-Longname", "Robin Child", "Sam Sibling"):
        person = people.add_person(session.case, name, "carer")
        given.append(people.give_consent(session.case, person.id, "supervision",
                                         "2026-01-05").id)
    for number, state in enumerate((audit.DONE, audit.INTERRUPTED, audit.NOT_WRITTEN)):
        entry = audit.record_export(
            session.case, what=f"Supervision pack, cycle {number + 1} (12 clips, 3 stills)",
            purpose="supervision", consent_ids=given, blurred_faces=number or None,
            encrypted=bool(number), destination="/media/guider/USB STICK/Supervision for the "
            f"regional meeting/F01-cycle{number + 1}-supervision-pack-final-version.zip")
        audit.set_state(session.case, entry.id, state)
    holder = QWidget()
    qtbot.addWidget(holder)
    dialog = case_flows.show_details(holder, session)  # type: ignore[arg-type]
    dialog.findChild(CaseDetails).tabs.setCurrentIndex(5)
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert problems(dialog) == []
    dialog.close()
