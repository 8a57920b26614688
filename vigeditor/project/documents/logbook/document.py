"""The logbook written out: CSV text (formula cells neutralised) and the PDF's story.

CSV columns (one header row, UTF-8 with a byte-order mark so spreadsheet programs read it):
``record`` (``cycle``, ``supervision`` or ``case-note``), ``family_code`` (for supervision:
the family codes of the cases it was recorded in, separated by ``;``), ``cycle``,
``filming_date``, ``review_date``, ``counted`` (``yes``/``no``), ``held_on``, ``minutes``,
``supervisor``, ``stage``, ``note``. Dates are ISO (YYYY-MM-DD). Every cell is quoted, and a
cell that a spreadsheet program would take for a formula (it starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return: a family code, a supervisor's name or a folder name typed
that way) starts with a single quote ``'`` so it is shown as text, never run (OWASP "CSV
injection").
"""

from __future__ import annotations

import csv
import io

from reportlab.platypus import Flowable, Paragraph

from vigeditor.i18n import _, ngettext
from vigeditor.project.documents.logbook.counting import MEASURES, Logbook, StageProgress
from vigeditor.project.documents.pdf import markup_text, report_styles
from vigeditor.project.documents.report_flow import flowing_table
from vigeditor.project.documents.wording import long_date

CSV_COLUMNS = ("record", "family_code", "cycle", "filming_date", "review_date", "counted",
               "held_on", "minutes", "supervisor", "stage", "note")
#: what a spreadsheet program may read as the start of a formula (OWASP CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def logbook_csv(logbook: Logbook) -> str:
    """The logbook as CSV text (columns: see the module docstring)."""
    stream = io.StringIO()
    writer = _SafeWriter(stream)
    writer.writeheader()
    for case in logbook.cases:
        for cycle in case.cycles:
            writer.writerow({"record": "cycle", "family_code": cycle.family_code,
                             "cycle": cycle.number, "filming_date": cycle.filming_date or "",
                             "review_date": cycle.review_date or "",
                             "counted": "yes" if cycle.counted else "no"})
        if case.note:
            writer.writerow({"record": "case-note", "family_code": case.family_code or "",
                             "note": f"{case.folder.name}: {case.note}"})
    for session in logbook.sessions:
        writer.writerow({"record": "supervision",
                         "family_code": ";".join(dict.fromkeys(session.family_codes)),
                         "held_on": session.held_on, "minutes": session.minutes,
                         "supervisor": session.supervisor, "stage": session.stage or ""})
    return stream.getvalue()


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet program shows as text: one that would start a formula gets
    a leading single quote (OWASP); numbers and other cells are kept as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _SafeWriter(csv.DictWriter):
    """Every cell quoted; cells that would start a formula neutralised (:func:`csv_cell`)."""

    def __init__(self, stream: io.StringIO) -> None:
        super().__init__(stream, CSV_COLUMNS, lineterminator="\n", quoting=csv.QUOTE_ALL)

    def writerow(self, rowdict: dict) -> object:  # type: ignore[override]
        return super().writerow({key: csv_cell(value) for key, value in rowdict.items()})


def _remaining(measure: str, count: int) -> str:
    """"3 more cycles" for one measure of the logbook, with its plural in each language."""
    if measure == "cycles":
        text = ngettext("{count} more cycle", "{count} more cycles", count)
    elif measure == "clients":
        text = ngettext("{count} more client", "{count} more clients", count)
    else:
        text = ngettext("{count} more supervision", "{count} more supervisions", count)
    return text.format(count=count)


def stage_status(progress: StageProgress) -> str:
    if progress.reached:
        return _("reached")
    remaining = progress.remaining
    parts = [_remaining(name, remaining[name]) for name in MEASURES if remaining[name]]
    return _("to go: {parts}").format(parts=", ".join(parts))


def logbook_story(logbook: Logbook) -> list[Flowable]:
    styles = report_styles()
    reached = logbook.stage_reached
    upcoming = logbook.next_stage
    headline = _("Stage reached: {stage}.").format(stage=reached) if reached else \
        _("Stage 1 not reached yet.")
    if upcoming is not None:
        headline += " " + _("For stage {stage}, {status}.").format(
            stage=upcoming.stage, status=stage_status(upcoming))
    story: list[Flowable] = [
        Paragraph(_("VIG logbook"), styles["title"]),
        Paragraph(_("Made on {day}. Clients are shown by family code only.").format(
            day=long_date(logbook.made_on)), styles["small"]),
        Paragraph(markup_text(headline), styles["body"]),
        Paragraph(_("Summary"), styles["h2"]),
        flowing_table([[_("Cycles counted"), _("Clients"), _("Supervisions"),
                       _("Supervision hours")],
                      [str(logbook.counted_cycles), str(logbook.clients),
                       str(len(logbook.sessions)), f"{logbook.hours:.1f}"]],
                     [123, 123, 123, 126]),
        Paragraph(_("Progress against the stage targets"), styles["h2"]),
        flowing_table([[_("Stage"), _("Needs in all (cycles / clients / supervisions)"),
                       _("Done"), _("Status")]] +
                     [[str(progress.stage), " / ".join(str(progress.needed[name])
                                                       for name in MEASURES),
                       " / ".join(str(progress.done[name]) for name in MEASURES),
                       stage_status(progress)] for progress in logbook.stages],
                     [45, 170, 80, 200]),
        Paragraph(_("A cycle counts once its shared review has taken place; a client is a "
                    "family with at least one counted cycle; a session recorded in more "
                    "than one case (same date and supervisor) counts once."),
                  styles["small"]),
        Paragraph(_("Cycles"), styles["h2"])]
    rows: list[list[object]] = [[_("Family code"), _("Cycle"), _("Filming"),
                                 _("Shared review"), _("Counted")]]
    for cycle in logbook.cycles:
        rows.append([cycle.family_code, str(cycle.number), long_date(cycle.filming_date) or "–",
                     long_date(cycle.review_date) or "–",
                     _("yes") if cycle.counted else _("not yet")])
    story.append(flowing_table(rows, [120, 50, 120, 120, 85]) if len(rows) > 1 else
                 Paragraph(_("No cycles recorded yet."), styles["body"]))
    story.append(Paragraph(_("Supervision"), styles["h2"]))
    rows = [[_("Date"), _("Minutes"), _("Supervisor"), _("Stage"), _("Cases")]]
    rows += [[long_date(session.held_on), str(session.minutes), session.supervisor or "–",
              str(session.stage or "–"), ", ".join(dict.fromkeys(session.family_codes))]
             for session in logbook.sessions]
    story.append(flowing_table(rows, [110, 55, 140, 45, 145]) if len(rows) > 1 else
                 Paragraph(_("No supervision sessions recorded yet."), styles["body"]))
    notes = [case for case in logbook.cases if case.note]
    if notes:
        story.append(Paragraph(_("Notes"), styles["h2"]))
        story += [Paragraph(markup_text(f"{case.family_code or case.folder.name}: {case.note}"),
                            styles["body"]) for case in notes]
    return story
