"""``vigeditor check-folder PATH``: is a folder synchronised by a cloud client, is its disk
encrypted? The verdict of :func:`vigeditor.project.places.check_folder`, in plain words.

Exit status 0 when neither is a concern, 1 when one is, 2 (one ``error:`` line) for a path
that is not a folder.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from vigeditor.i18n import _

if TYPE_CHECKING:
    from vigeditor.project.places import FolderVerdict

EXIT_CONCERN = 1


def add_places_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``vigeditor check-folder`` on the top-level sub-command parser."""
    check = commands.add_parser(
        "check-folder",
        help=_("say whether a folder is synchronised by a cloud client and its disk encrypted"))
    check.add_argument("path", type=Path, metavar="PATH", help=_("the folder to check"))
    check.add_argument("--json", action="store_true", help=_("print JSON"))
    check.set_defaults(handler=_cmd_check_folder)


def _cmd_check_folder(args: argparse.Namespace) -> int:
    from vigeditor.project.places import check_folder

    verdict = check_folder(args.path)
    if args.json:
        print(json.dumps(verdict.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(describe(verdict))
    return EXIT_CONCERN if verdict.concern else 0


def note_if_synced(path: Path | None) -> None:
    """Print one ``note:`` line on standard error when a cloud client synchronises the
    folder of ``path`` (an export written there, a case created there): the command line's
    counterpart of the app's warning. Nothing for a folder no client synchronises."""
    if path is None:
        return
    from vigeditor.project.places import cloud_service

    folder = Path(path).expanduser()
    folder = folder if folder.is_dir() else folder.parent
    service = cloud_service(folder) if folder.is_dir() else None
    if service is not None:
        print(_("note: {folder} is synchronised by {service}: copies of everything in it are "
                "uploaded to {service}'s servers.").format(folder=folder, service=service),
              file=sys.stderr)


def describe(verdict: FolderVerdict) -> str:
    """The verdict in plain words: the folder, then one line on the cloud, one on the disk."""
    from vigeditor.project.places import NOT_ENCRYPTED, UNKNOWN

    cloud, encryption = verdict.cloud, verdict.encryption
    lines = [str(verdict.path)]
    if cloud is None:
        lines.append(_("Cloud: not synchronised by any cloud client this computer knows of."))
    else:
        lines.append(_("Cloud: synchronised by {service}: copies of what you keep here leave "
                       "this computer.").format(service=cloud))
    if encryption == UNKNOWN:
        lines.append(_("Disk: this computer cannot tell whether the disk is encrypted."))
    elif encryption == NOT_ENCRYPTED:
        lines.append(_("Disk: not encrypted: anyone who has the computer or the disk can "
                       "read what is here."))
    else:
        method = encryption.partition("(")[2].rstrip(")")
        lines.append(_("Disk: encrypted ({method}).").format(method=method))
    return "\n".join(lines)
