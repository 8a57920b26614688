"""``vigeditor case audit CASE [-o OUT.pdf] [--json]``: what left the case, and when.

Prints every export recorded in the case (the rows of
:func:`vigeditor.project.documents.audit_report.audit_rows`: when, what, where to, purpose,
on whose consent, faces blurred, encrypted, state); ``-o`` also writes them as a PDF for an
information-governance request. Exit status 0; 2 with one ``error:`` line for a case that
cannot be opened or a PDF that cannot be written.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigeditor.i18n import _, ngettext

if TYPE_CHECKING:
    from vigeditor.project.documents.audit_report import AuditRow


def add_audit_command(group: Any, guarded: Any) -> None:
    """Register ``case audit`` on the ``case`` sub-command group; ``guarded`` wraps the
    handler so the disk's refusals are said in plain words."""
    audit = group.add_parser("audit", help="list what was exported from a case, and when")
    audit.add_argument("dir", type=Path, help="the case folder")
    audit.add_argument("-o", "--output", type=Path, metavar="OUT.pdf",
                       help="also write the list as a PDF")
    audit.add_argument("--json", action="store_true", help="print JSON")
    audit.set_defaults(handler=guarded(_cmd_audit))


def _cmd_audit(args: argparse.Namespace) -> int:
    from vigeditor.project.case import Case
    from vigeditor.project.details import get_details
    from vigeditor.project.documents.audit_report import audit_rows, write_audit_report

    with Case.open(args.dir) as case:
        rows = audit_rows(case)
        code = get_details(case).family_code
        written = write_audit_report(case, args.output) if args.output else None
    if args.json:
        print(json.dumps({"family_code": code, "exports": [row.as_dict() for row in rows],
                          "pdf": str(written) if written else None},
                         indent=2, ensure_ascii=False))
    else:
        print(describe(code, rows))
        if written is not None:
            print(_("Written to {path}").format(path=written))
    return 0


def describe(code: str, rows: list[AuditRow]) -> str:
    """The rows in plain words, one block per export."""
    if not rows:
        return _("{code}: nothing has been exported from this case.").format(code=code)
    lines = [ngettext("{code}: {count} export", "{code}: {count} exports", len(rows)).format(
        code=code, count=len(rows))]
    for row in rows:
        lines.append(f"{row.id}. {row.when}  {row.what}")
        lines.append("   " + _("to: {destination}").format(destination=row.destination))
        lines.append("   " + _("purpose: {purpose}; {faces}; {encrypted}; {state}").format(
            purpose=row.purpose_words, faces=row.faces, encrypted=row.encrypted,
            state=row.state_words))
        consents = "; ".join(row.consents) or _("none recorded")
        lines.append("   " + _("consent: {consents}").format(consents=consents))
    return "\n".join(lines)
