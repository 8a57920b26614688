"""``vigeditor case review``: a cycle's shared review plan from the command line.

``--add clip:ID`` or ``--add still:ID`` (repeatable) puts the cycle's clips and stills in
the plan in the order given, each with the ``--points`` given in the same place; an item
already in the plan gets its talking points changed instead. The same operations as the
app's review plan builder (``project/reviews.py``); without ``--add`` it prints the plan.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vigeditor.errors import UserError
from vigeditor.i18n import _


@dataclass(frozen=True)
class _Wanted:
    """One ``--add``: a clip or a still, and its talking points (None: leave them)."""

    kind: str
    id: int
    points: str | None


def add_review_command(group: Any, guarded: Any) -> None:
    """Register ``case review`` on the ``case`` sub-command group; ``guarded`` wraps the
    handler so the disk's refusals are said in plain words."""
    review = group.add_parser(
        "review", help=_("add clips and stills to a cycle's shared review plan, or show it"))
    review.add_argument("dir", type=Path, help=_("the case folder"))
    review.add_argument("--cycle", type=int, required=True, metavar="N",
                        help=_("the cycle number"))
    review.add_argument("--add", action="append", default=[], metavar="clip:ID|still:ID",
                        help=_("a clip or still of the cycle to show (repeat for more)"))
    review.add_argument("--points", action="append", default=[], metavar="TEXT",
                        help=_("talking points for the --add in the same place"))
    review.add_argument("--json", action="store_true", help=_("print the plan as JSON"))
    review.set_defaults(handler=guarded(_cmd_review))


def _cmd_review(args: argparse.Namespace) -> int:
    from vigeditor.project.case import Case
    from vigeditor.project.cycles import cycle_by_number

    wanted = _parse(args.add, args.points)
    with Case.open(args.dir) as case:
        cycle = cycle_by_number(case, args.cycle)
        if cycle is None:
            raise UserError(_("there is no cycle {number} in this case").format(
                number=args.cycle))
        for item in wanted:
            _check_in_cycle(case, cycle, item)
        for item in wanted:
            _put(case, cycle.id, item)
        plan = _plan(case, cycle.id)
    if args.json:
        print(json.dumps({"cycle": args.cycle, "items": plan}, indent=2, ensure_ascii=False))
    else:
        print(_describe(args.cycle, plan))
    return 0


def _parse(adds: list[str], points: list[str]) -> list[_Wanted]:
    """The ``--add`` values with their ``--points``; UserError for a malformed one."""
    if len(points) > len(adds):
        raise UserError(_("--points goes with an --add before or after it: there are "
                          "{points} --points and {adds} --add").format(
            points=len(points), adds=len(adds)))
    wanted = []
    for index, text in enumerate(adds):
        kind, _sep, number = text.strip().partition(":")
        if kind.lower() not in ("clip", "still") or not number.strip().isdigit():
            raise UserError(_("--add takes clip:ID or still:ID (e.g. clip:3), not "
                              "'{text}'").format(text=text))
        wanted.append(_Wanted(kind.lower(), int(number),
                              points[index] if index < len(points) else None))
    return wanted


def _check_in_cycle(case: Any, cycle: Any, item: _Wanted) -> None:
    """UserError unless the clip or still exists and is of a recording of ``cycle`` (the
    plan builder offers only those)."""
    table = "clips" if item.kind == "clip" else "stills"
    rows = case.rows(f"SELECT r.cycle_id FROM {table} x JOIN recordings r "
                     "ON r.id = x.recording_id WHERE x.id = ?", [item.id])
    if not rows:
        raise UserError(_("there is no {kind} {id} in this case").format(
            kind=item.kind, id=item.id))
    if rows[0]["cycle_id"] != cycle.id:
        raise UserError(_("{kind} {id} is from a recording of another cycle; the shared "
                          "review of cycle {number} shows that cycle's clips and stills")
                        .format(kind=item.kind, id=item.id, number=cycle.number))


def _put(case: Any, cycle_id: int, item: _Wanted) -> None:
    """Add the item at the end of the plan, or change its talking points if it is there."""
    from vigeditor.project.reviews import add_item, list_items, set_talking_points

    key = "clip_id" if item.kind == "clip" else "still_id"
    there = next((existing for existing in list_items(case, cycle_id)
                  if getattr(existing, key) == item.id), None)
    if there is None:
        add_item(case, cycle_id, **{key: item.id}, talking_points=item.points or "")
    elif item.points is not None:
        set_talking_points(case, there.id, item.points)


def _plan(case: Any, cycle_id: int) -> list[dict[str, Any]]:
    from vigeditor.project.reviews import list_items

    return [{"item": item.id, "position": place,
             "kind": "clip" if item.clip_id is not None else "still",
             "id": item.clip_id if item.clip_id is not None else item.still_id,
             "talking_points": item.talking_points}
            for place, item in enumerate(list_items(case, cycle_id), start=1)]


def _describe(number: int, plan: list[dict[str, Any]]) -> str:
    if not plan:
        return _("The shared review of cycle {number} has nothing in it yet.").format(
            number=number)
    lines = [_("Shared review of cycle {number}:").format(number=number)]
    for entry in plan:
        lines.append(f"  {entry['position']}. {entry['kind']}:{entry['id']}")
        lines += [f"       {line}" for line in entry["talking_points"].splitlines()]
    return "\n".join(lines)
