"""The audit log of exports (DESIGN.md §5): what left the case, when, where to, on what
consent. Entries are appended, never undone or edited: an export that happened stays
recorded."""

from __future__ import annotations

import json
from collections.abc import Iterable

from vigeditor.i18n import _
from vigeditor.project import store
from vigeditor.project.case import Case, now_stamp
from vigeditor.project.model import PURPOSES, ExportRecord


def record_export(case: Case, *, what: str, purpose: str, destination: str,
                  consent_ids: Iterable[int] = (), pseudonymised: bool = False) -> ExportRecord:
    """Append an audit entry for an export that has been written."""
    consents = sorted({int(consent_id) for consent_id in consent_ids})
    for consent_id in consents:
        store.require(case, "consents", consent_id)
    values = {"exported_at": now_stamp(),
              "what": store.text(what, _("description of the export"), required=True),
              "purpose": store.choice(purpose, _("purpose"), PURPOSES),
              "destination": store.text(destination, _("destination"), required=True),
              "consent_ids": json.dumps(consents), "pseudonymised": int(pseudonymised)}
    with case.operation(_("Record export"), undoable=False) as db:
        entry_id = store.insert(db, "export_audit", values)
    return ExportRecord.from_row(store.require(case, "export_audit", entry_id))


def list_exports(case: Case) -> list[ExportRecord]:
    rows = case.rows("SELECT * FROM export_audit ORDER BY exported_at, id")
    return [ExportRecord.from_row(row) for row in rows]
