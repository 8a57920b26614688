"""What left the case, and when (issue 14, item 4): the export audit log as rows in plain
words, and as a PDF for an information-governance request.

One row per entry of :func:`vigeditor.project.audit.list_exports`, oldest first: when (local
date and time), what, where to, purpose, on whose consent (the people and purposes behind
the entry's consent ids; a consent since removed from the case is said to be so), faces
blurred or not (``ExportRecord.blurred_faces``, schema v6), encrypted or not, and its state
(done, interrupted, not written, under way). The Audit tab of Case details, ``vigeditor case
audit`` and the PDF all read these rows.

The PDF (A4 landscape: eight columns) names the family by its code and carries the date it
was printed; long paths wrap inside their column. It is written to a temporary name and
renamed. It is a record *about* exports, not an export of the family's film, so writing it
is not itself an audit entry.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from vigeditor.i18n import N_, _, current_language, format_date, ngettext
from vigeditor.project import audit
from vigeditor.project.case import Case
from vigeditor.project.consent_check import purpose_name
from vigeditor.project.details import get_details
from vigeditor.project.documents.pdf import (
    FONT,
    SOFT_INK,
    atomic_file,
    check_target,
    markup_text,
    register_fonts,
    report_styles,
    report_table,
)
from vigeditor.project.documents.wording import long_date
from vigeditor.project.model import Consent, ExportRecord, Person

STATE_WORDS = {
    audit.DONE: N_("done"), audit.INTERRUPTED: N_("interrupted (the export may be incomplete)"),
    audit.NOT_WRITTEN: N_("not written"), audit.STARTED: N_("under way"),
}
PAGE = landscape(A4)
MARGIN = 40.0
#: share of the printed width per column: when, what, where to, purpose, consent, faces,
#: encrypted, state
COLUMNS = (0.1, 0.15, 0.21, 0.1, 0.18, 0.08, 0.1, 0.08)


@dataclass(frozen=True)
class AuditRow:
    """One export as the guider and an information-governance officer read it."""

    id: int
    exported_at: str  # the stored ISO 8601 UTC stamp
    when: str  # local date and time, e.g. "30 Nov 2026, 18:42"
    what: str
    destination: str
    purpose: str  # the purpose's code (model.PURPOSES)
    purpose_words: str
    consents: tuple[str, ...]  # one line per consent: who, what for, when given
    faces: str  # "not blurred" or "3 faces blurred"
    encrypted: str  # "encrypted" or "not encrypted"
    state: str  # audit.DONE, INTERRUPTED, NOT_WRITTEN or STARTED
    state_words: str
    pseudonymised: bool
    blurred_faces: int | None
    is_encrypted: bool

    def as_dict(self) -> dict[str, object]:
        """The row as JSON-ready data."""
        data = asdict(self)
        data["consents"] = list(self.consents)
        return data


def local_time(stamp: str) -> str:
    """An ISO 8601 stamp (UTC, as stored) as the local date and time in the current
    language, e.g. ``30 Nov 2026, 18:42`` (``30 nov. 2026, 18:42``, ``30 Tach 2026, 18:42``);
    the stamp itself when it cannot be read."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    if current_language() == "en":
        return f"{moment.day} {moment.strftime('%b %Y, %H:%M')}"
    return f"{format_date(moment, 'd MMM y')}, {moment.strftime('%H:%M')}"


def faces_words(blurred_faces: int | None) -> str:
    """None: blurring was not asked for; N: how many faces were blurred."""
    if blurred_faces is None:
        return _("not blurred")
    return ngettext("{count} face blurred", "{count} faces blurred",
                    blurred_faces).format(count=blurred_faces)


def consent_words(consent: Consent | None, consent_id: int, people: dict[int, Person],
                  purpose: str | None = None) -> str:
    """One consent in words: the person, its purpose (left out when it is ``purpose``, the
    export's own), when it was given (and withdrawn)."""
    if consent is None:
        return _("consent no. {id} (since removed from the case)").format(id=consent_id)
    person = people.get(consent.person_id)
    who = person.name if person is not None else _("a person since removed")
    date = long_date(consent.given) or "—"
    if consent.purpose == purpose and not consent.professional:
        words = _("{who}, given {date}").format(who=who, date=date)
    else:
        what_for = purpose_name(consent.purpose).lower()
        if consent.professional:
            what_for += f" ({consent.professional})"
        words = _("{who}: {purpose}, given {date}").format(who=who, purpose=what_for,
                                                            date=date)
    if consent.withdrawn:
        words += _(", withdrawn {date}").format(date=long_date(consent.withdrawn))
    return words


def _audit_row(entry: ExportRecord, consents: dict[int, Consent],
               people: dict[int, Person]) -> AuditRow:
    what = entry.what
    if entry.pseudonymised:
        what += " " + _("(names replaced)")
    return AuditRow(
        id=entry.id, exported_at=entry.exported_at, when=local_time(entry.exported_at),
        what=what, destination=entry.destination, purpose=entry.purpose,
        purpose_words=purpose_name(entry.purpose),
        consents=tuple(consent_words(consents.get(cid), cid, people, entry.purpose)
                       for cid in entry.consents),
        faces=faces_words(entry.blurred_faces),
        encrypted=_("encrypted") if entry.encrypted else _("not encrypted"),
        state=entry.state, state_words=_(STATE_WORDS.get(entry.state, entry.state)),
        pseudonymised=bool(entry.pseudonymised), blurred_faces=entry.blurred_faces,
        is_encrypted=bool(entry.encrypted))


def audit_rows(case: Case) -> list[AuditRow]:
    """Every export of the case, oldest first, in words (see the module's doc)."""
    consents = {row["id"]: Consent.from_row(row) for row in case.rows("SELECT * FROM consents")}
    people = {row["id"]: Person.from_row(row) for row in case.rows("SELECT * FROM people")}
    return [_audit_row(entry, consents, people) for entry in audit.list_exports(case)]


def _story(code: str, printed: datetime, rows: list[AuditRow]) -> list[Flowable]:
    styles = report_styles()
    story: list[Flowable] = [
        Paragraph(markup_text(_("What left the case — family {code}").format(code=code)),
                  styles["title"]),
        Paragraph(markup_text(_("Every export recorded in the case, oldest first. Printed "
                                "{date} at {time}.").format(
            date=long_date(printed.date().isoformat()), time=printed.strftime("%H:%M"))),
            styles["small"]),
        Spacer(1, 8)]
    if not rows:
        story.append(Paragraph(markup_text(_("Nothing has been exported from this case.")),
                               styles["body"]))
        return story
    table: list[list[object]] = [[_("When"), _("What"), _("Where to"), _("Purpose"),
                                  _("On whose consent"), _("Faces"), _("Encrypted"),
                                  _("State")]]
    table += [[row.when, row.what, row.destination, row.purpose_words,
               "\n".join(row.consents) or _("none recorded"), row.faces, row.encrypted,
               row.state_words] for row in rows]
    width = PAGE[0] - 2 * MARGIN
    story.append(report_table(table, [share * width for share in COLUMNS]))
    return story


def write_audit_report(case: Case, output: str | Path, *,
                       printed: datetime | None = None) -> Path:
    """Write the case's exports as a PDF to ``output`` (``.pdf``, in an existing folder).

    ``printed``: the date and time printed on it (default: now, local time). Raises
    :class:`~vigeditor.project.errors.CaseError` (plain words) for a wrong name or folder,
    or when the file cannot be written; nothing is left behind then."""
    target = check_target(Path(output), (".pdf",))
    printed = printed or datetime.now().astimezone()
    code = get_details(case).family_code
    story = _story(code, printed, audit_rows(case))
    title = _("Exports of family {code}").format(code=code)
    with atomic_file(target) as temp:
        _build(temp, story, title)
    return target


def _build(path: Path, story: list[Flowable], title: str) -> None:
    register_fonts()

    def number(canvas: object, _document: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(FONT, 8)  # type: ignore[attr-defined]
        canvas.setFillColor(SOFT_INK)  # type: ignore[attr-defined]
        canvas.drawRightString(  # type: ignore[attr-defined]
            PAGE[0] - MARGIN, MARGIN * 0.55, _("{title} · page {page}").format(
                title=title, page=canvas.getPageNumber()))  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    document = SimpleDocTemplate(str(path), pagesize=PAGE, leftMargin=MARGIN,
                                 rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
                                 title=title, subject=_("Export audit"), author="",
                                 creator="vigeditor", initialFontName=FONT,
                                 initialFontSize=10)
    document.build(story, onFirstPage=number, onLaterPages=number)
