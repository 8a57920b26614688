"""The ``vigeditor`` command: the app by default, sub-commands for headless work.

Errors a guider can meet end with exit status 2 and one ``error:`` line in plain words;
details of anything unexpected go to the log folder, never a traceback on screen.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from vigeditor import __version__
from vigeditor.cli_analyse import add_analyse_command
from vigeditor.cli_case import add_case_commands
from vigeditor.cli_codes import add_codes_command
from vigeditor.cli_export import add_export_commands
from vigeditor.cli_export_docs import add_document_exports
from vigeditor.cli_faces import add_faces_command
from vigeditor.cli_media import add_media_commands
from vigeditor.cli_places import add_places_command
from vigeditor.cli_words import speak_argparse
from vigeditor.errors import PLAIN_ERRORS, UserError, explain_os_error, terminal_safe
from vigeditor.i18n import LANGUAGES, _, set_language

EXIT_USER_ERROR = 2
#: what a shell reports for a program its reader stopped listening to (128 + SIGPIPE)
EXIT_CLOSED_PIPE = 141
DEMO_CODE = "DEMO"  # the demo case's family code (vigeditor.project.demo)
Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse with one plain ``error:`` line instead of usage text on mistakes."""

    def error(self, message: str) -> NoReturn:
        print(_("error: {message} (see '{command} --help')").format(
            message=terminal_safe(message), command=self.prog), file=sys.stderr)
        raise SystemExit(EXIT_USER_ERROR)


def build_parser() -> argparse.ArgumentParser:
    speak_argparse()
    parser = _Parser(prog="vigeditor", description=_("Video Interaction Guidance editor. "
                     "Without a command, starts the app."))
    parser.add_argument("--version", action="version", version=f"vigeditor {__version__}",
                        help=_("show program's version number and exit"))
    parser.add_argument("--language", dest="screen_language", choices=list(LANGUAGES),
                        help=_("the language of the app and its messages: en (English), cy "
                               "(Cymraeg), nl (Nederlands); default: the system's"))
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    add_media_commands(commands)
    add_analyse_command(commands)
    _add_app_commands(commands)
    add_case_commands(commands)
    add_codes_command(commands)
    add_places_command(commands)
    add_faces_command(commands)
    add_document_exports(add_export_commands(commands))
    return parser


def _add_app_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    opener = commands.add_parser("open", help=_("open a case in the editor"))
    opener.add_argument("case", type=Path, help=_("the case folder (NAME.vigcase)"))
    opener.set_defaults(handler=_cmd_open)
    shots = commands.add_parser("screenshots", help=_("render the main screens to PNG files"))
    shots.add_argument("outdir", type=Path)
    shots.add_argument("--case", type=Path, help=_("a case to show (default: a new demo case)"))
    shots.add_argument("--language", dest="shots_language", choices=list(LANGUAGES),
                       help=_("the language of the screens (default: English)"))
    shots.set_defaults(handler=_cmd_screenshots)


def _cmd_open(args: argparse.Namespace) -> int:
    from vigeditor.project.case import case_folder

    folder = case_folder(args.case)
    if not folder.is_dir():
        raise UserError(f"there is no case at {folder}")
    return _run_gui([], folder)


def _cmd_screenshots(args: argparse.Namespace) -> int:
    from vigeditor.ui.screenshots import render_screenshots

    if args.case is not None:
        _only_demo_case(args.case)

    written = render_screenshots(args.outdir, args.case,
                                 language=args.shots_language or args.screen_language)
    for path in written:
        print(path)
    return 0


def _only_demo_case(folder: Path) -> None:
    """Screenshots show a family's pictures and names, so they are made only of the demo
    case (made up, no real people); a family's pictures leave a case only through exports."""
    from vigeditor.project.case import Case, case_folder

    path = case_folder(folder)
    if not path.is_dir():
        raise UserError(f"there is no case at {path}")
    with Case.open(path) as case:
        code = case.row("case_info", 1)["family_code"] if case.row("case_info", 1) else ""
    if code != DEMO_CODE:
        raise UserError(
            f"screenshots show a family's pictures and names, so they are not made of "
            f"{path.name}; 'vigeditor screenshots OUTDIR' uses the demo case, and "
            f"'vigeditor export' takes pictures out of a case with the family's consent")


def _language_first(arguments: list[str]) -> None:
    """Speak the language of a global ``--language`` before the parser is made, so its
    help texts (``vigeditor --language nl --help``) are in it too. Only options before the
    command count (a command's own ``--language`` is the document's)."""
    index = 0
    while index < len(arguments) and arguments[index].startswith("-"):
        argument, chosen = arguments[index], None
        if argument.startswith("--language="):
            chosen = argument.split("=", 1)[1]
        elif argument == "--language" and index + 1 < len(arguments):
            chosen = arguments[index + 1]
            index += 1
        if chosen in LANGUAGES:
            set_language(chosen)
        index += 1


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
    _language_first(arguments)
    args = build_parser().parse_args(arguments)
    handler: Handler | None = getattr(args, "handler", None)
    previous = None
    if handler is not None:
        sys.stdout = _TerminalSafe(sys.stdout)  # type: ignore[assignment]
        if threading.current_thread() is threading.main_thread():
            previous = signal.signal(signal.SIGTERM, _terminated)  # cleaned up as on Ctrl+C
    try:
        status = _run_gui([]) if handler is None else handler(args)
        if handler is not None and status == 0:
            _note_where_it_went(args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        return _closed_pipe()
    except PLAIN_ERRORS as error:
        print(_("error: {message}").format(message=terminal_safe(str(error))), file=sys.stderr)
        return EXIT_USER_ERROR
    except OSError as error:
        plain = explain_os_error(error)
        if plain is None:
            return _unexpected(arguments, log_file)
        logging.getLogger("vigeditor").info("%s: %s", arguments, error)
        print(_("error: {message}").format(message=terminal_safe(plain)), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(_("error: stopped at your request"), file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception:
        return _unexpected(arguments, log_file)
    finally:
        if isinstance(sys.stdout, _TerminalSafe):
            sys.stdout = sys.stdout.stream
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _terminated(_signal: int, _frame: object) -> None:
    """SIGTERM (``kill``): stop the way Ctrl+C does, so an export removes what it wrote."""
    raise KeyboardInterrupt


def _note_where_it_went(args: argparse.Namespace) -> None:
    """A ``note:`` when a command wrote its output (``-o``) into a synchronised folder."""
    from vigeditor.cli_places import note_if_synced

    output = getattr(args, "output", None)
    if isinstance(output, Path):
        note_if_synced(output)


class _TerminalSafe:
    """Standard output with control and bidirectional-override characters (from file
    names, captions) escaped, so printing a name can never move, colour or reverse text.
    Newlines and tabs pass; JSON output stays valid (its escapes are JSON's own)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        safe = "\n".join("\t".join(terminal_safe(part) for part in line.split("\t"))
                          for line in text.split("\n"))
        self.stream.write(safe)
        return len(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


def _closed_pipe() -> int:
    """The reader of standard output has gone (``vigeditor codes | head -2``): end quietly,
    as other programs do. Output still buffered goes nowhere instead of raising again when
    Python flushes it on the way out (Python docs, "Note on SIGPIPE")."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return EXIT_CLOSED_PIPE


def _unexpected(arguments: list[str], log_file: Path | None) -> int:
    """Log the exception being handled; tell the guider where the details are."""
    logging.getLogger("vigeditor").exception("unexpected error in %s", arguments)
    where = _(" Details are in {file}.").format(file=log_file) if log_file else ""
    print(_("error: something went wrong that vigeditor did not expect.") + terminal_safe(where),
          file=sys.stderr)
    return EXIT_USER_ERROR


__all__ = ["UserError", "main"]
