"""``vigeditor codes``: the consent purposes and the principle codes the other commands take.

Principles can be given by their code (``encouraging.waiting``) or by the keys that tag them
in the app (``2w``: the group's digit, then the item's letter); :func:`principle_codes`
turns keys into codes for the case's own coding scheme.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vigeditor.i18n import _


def purpose_meanings() -> dict[str, str]:
    """What consent for each purpose (DESIGN.md §5) allows, in plain words."""
    return {
        "filming": _("filming the family at home"),
        "review": _("watching the film together in a shared review"),
        "family-copy": _("the family receives copies: booklet, review pack"),
        "supervision": _("the guider's supervisor and intervision peers"),
        "training": _("training events and presentations"),
        "professional": _("sharing with a named professional, e.g. the social worker"),
        "research": _("research (pseudonymised)"),
    }


def add_codes_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``vigeditor codes`` on the top-level sub-command parser."""
    codes = commands.add_parser(
        "codes", help=_("list the consent purposes and the principle codes with their keys"))
    codes.add_argument("--case", type=Path, metavar="DIR",
                       help=_("list the principles of this case's own coding scheme "
                            "(default: the scheme new cases get)"))
    codes.add_argument("--json", action="store_true", help=_("print JSON"))
    codes.set_defaults(handler=_cmd_codes)


def principle_codes(case: Any, given: Iterable[str]) -> list[str]:
    """``given`` with principle keys (``2w``, ``3``) replaced by the codes they tag in the
    case's scheme; anything else is left for the operation to check."""
    scheme = case.scheme
    return [scheme.code_for_hotkeys(text) or text for text in given]


def _cmd_codes(args: argparse.Namespace) -> int:
    data = codes_listing(args.case)
    print(json.dumps(data, indent=2, ensure_ascii=False) if args.json else _describe(data))
    return 0


def codes_listing(case_dir: Path | None) -> dict[str, Any]:
    """The purposes and the principles (of the case's scheme, or of the default one)."""
    from vigeditor.project.model import PURPOSES
    from vigeditor.project.scheme import default_scheme

    if case_dir is None:
        scheme = default_scheme()
    else:
        from vigeditor.project.case import Case

        with Case.open(case_dir) as case:
            scheme = case.scheme
    meanings = purpose_meanings()
    principles = [{"code": code, "keys": scheme.hotkeys(code), "name": scheme.label(code),
                   "group": scheme.group_of(code).code} for code in scheme.codes()]
    return {"purposes": [{"code": code, "meaning": meanings.get(code, "")}
                         for code in PURPOSES],
            "scheme": {"id": scheme.id, "name": scheme.name, "version": scheme.version},
            "principles": principles}


def _describe(data: dict[str, Any]) -> str:
    width = max(len(purpose["code"]) for purpose in data["purposes"])
    lines = [_("Consent purposes (--purpose):")]
    lines += [f"  {p['code']:<{width}}  {p['meaning']}" for p in data["purposes"]]
    lines += ["", _("{name} (--principle takes the code or the keys):").format(
        name=data["scheme"]["name"])]
    width = max(len(p["code"]) for p in data["principles"])
    for principle in data["principles"]:
        group = principle["code"] == principle["group"]
        code = ("" if group else "  ") + principle["code"]
        lines.append(f"  {principle['keys']:<3} {code:<{width + 2}}  {principle['name']}")
    return "\n".join(lines)
