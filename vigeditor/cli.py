"""The ``vigeditor`` command: the app by default, sub-commands for headless work.

Errors a guider can meet end with exit status 2 and one ``error:`` line in plain words;
details of anything unexpected go to the log folder, never a traceback on screen.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from vigeditor import __version__
from vigeditor.cli_case import add_case_commands
from vigeditor.cli_export import add_export_commands
from vigeditor.cli_export_docs import add_document_exports
from vigeditor.errors import PLAIN_ERRORS, UserError

EXIT_USER_ERROR = 2
Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse with one plain ``error:`` line instead of usage text on mistakes."""

    def error(self, message: str) -> NoReturn:
        print(f"error: {message} (see '{self.prog} --help')", file=sys.stderr)
        raise SystemExit(EXIT_USER_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="vigeditor", description="Video Interaction Guidance editor. "
                     "Without a command, starts the app.")
    parser.add_argument("--version", action="version", version=f"vigeditor {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    _add_media_commands(commands)
    _add_app_commands(commands)
    add_case_commands(commands)
    add_document_exports(add_export_commands(commands))
    return parser


def _add_media_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    probe = commands.add_parser("probe", help="describe a recording")
    probe.add_argument("file", type=Path)
    probe.add_argument("--json", action="store_true", help="print JSON")
    probe.set_defaults(handler=_cmd_probe)
    frame = commands.add_parser("frame", help="save one exact frame as a picture")
    frame.add_argument("file", type=Path)
    where = frame.add_mutually_exclusive_group(required=True)
    where.add_argument("--index", type=int, help="frame number (0 is the first frame)")
    where.add_argument("--time", type=float, help="seconds from the first frame")
    frame.add_argument("-o", "--output", type=Path, required=True, help="PNG or JPEG to write")
    frame.add_argument("--width", type=int, help="scale to this width (keeps proportions)")
    frame.set_defaults(handler=_cmd_frame)


def _add_app_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    opener = commands.add_parser("open", help="open a case in the editor")
    opener.add_argument("case", type=Path, help="the case folder (NAME.vigcase)")
    opener.set_defaults(handler=_cmd_open)
    shots = commands.add_parser("screenshots", help="render the main screens to PNG files")
    shots.add_argument("outdir", type=Path)
    shots.add_argument("--case", type=Path, help="a case to show (default: a new demo case)")
    shots.set_defaults(handler=_cmd_screenshots)


def _cmd_open(args: argparse.Namespace) -> int:
    from vigeditor.project.case import case_folder

    folder = case_folder(args.case)
    if not folder.is_dir():
        raise UserError(f"there is no case at {folder}")
    return _run_gui([], folder)


def _cmd_screenshots(args: argparse.Namespace) -> int:
    from vigeditor.ui.screenshots import render_screenshots

    written = render_screenshots(args.outdir, args.case)
    for path in written:
        print(path)
    return 0


def _cmd_probe(args: argparse.Namespace) -> int:
    from vigeditor.media.probe import probe

    info = probe(args.file)
    if args.json:
        print(json.dumps(info.to_json(), indent=2))
        return 0
    rate = "variable" if info.vfr else "constant"
    print(f"{info.path}\n  container: {info.container}\n  video: {info.video_codec} "
          f"{info.width}x{info.height}, shown {info.display_width}x{info.display_height} "
          f"(rotation {info.rotation}°)\n  frames: {info.frames}, {info.fps:.3f} fps ({rate} "
          f"rate), {info.duration:.3f} s\n  audio streams: {len(info.audio)}\n"
          f"  created: {info.creation_time or 'unknown'}\n"
          f"  location recorded: {'yes' if info.has_location else 'no'}")
    return 0


def _cmd_frame(args: argparse.Namespace) -> int:
    from vigeditor.media.frame_server import FrameServer
    from vigeditor.media.images import save_picture

    with FrameServer.open(args.file) as server:
        index = args.index if args.index is not None else server.table.index_at(args.time)
        size = server.size_for_width(args.width) if args.width else None
        picture = server.frame(index, size=size)
    save_picture(picture, args.output)
    print(f"frame {index} written to {args.output}")
    return 0


def _run_gui(argv: Sequence[str], case: Path | None = None) -> int:
    from vigeditor.ui.app import run_app

    return run_app(list(argv), case)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``vigeditor`` command."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    from vigeditor.media.isolation import CHILD_FLAG, child_main

    if arguments[:1] == [CHILD_FLAG]:
        return child_main()
    from vigeditor.logs import setup_logging

    log_file = setup_logging()
    args = build_parser().parse_args(arguments)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        return _run_gui([]) if handler is None else handler(args)
    except PLAIN_ERRORS as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("error: stopped at your request", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception:
        logging.getLogger("vigeditor").exception("unexpected error in %s", arguments)
        where = f" Details are in {log_file}." if log_file else ""
        print(f"error: something went wrong that vigeditor did not expect.{where}",
              file=sys.stderr)
        return EXIT_USER_ERROR


__all__ = ["UserError", "main"]
