"""Media sub-commands of ``vigeditor``: probe, frame and check a recording (no case needed)."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from vigeditor.errors import UserError
from vigeditor.i18n import _

MIN_WIDTH, MAX_WIDTH = 16, 8192  # pixels: a picture narrower or wider is a mistake
#: ``vigeditor check`` ends with this status when some frame is damaged, unreachable or inexact
EXIT_CHECK_FOUND_PROBLEMS = 1


def add_media_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``probe``, ``frame`` and ``check`` to the command line."""
    probe = commands.add_parser("probe", help=_("describe a recording"))
    probe.add_argument("file", type=Path)
    probe.add_argument("--json", action="store_true", help=_("print JSON"))
    probe.set_defaults(handler=_cmd_probe)
    frame = commands.add_parser(
        "frame", help=_("save exact frames as pictures"),
        description=_("Save frames as pictures. Several indices (45,44,43) are served in that "
                    "order by one frame server, exactly as the editor steps."))
    frame.add_argument("file", type=Path)
    where = frame.add_mutually_exclusive_group(required=True)
    where.add_argument("--index", type=_indices,
                       help=_("frame number(s), comma-separated (0 is the first frame)"))
    where.add_argument("--time", type=_seconds, help=_("seconds from the first frame"))
    frame.add_argument("-o", "--output", type=Path, required=True,
                       help=_("PNG or JPEG to write; with several frames include %%d (the index)"))
    frame.add_argument("--width", type=_width,
                       help=f"scale to this width, {MIN_WIDTH}–{MAX_WIDTH} (keeps proportions)")
    frame.set_defaults(handler=_cmd_frame)
    check = commands.add_parser(
        "check", help=_("decode a whole recording and check every frame can be reached exactly"),
        description=_("Decodes the whole recording, then reaches every frame again by seeking "
                    "(stepping backwards) and compares. Exit status 0 when every frame is "
                    "reachable and exact, 1 when not, 2 when the file cannot be read."))
    check.add_argument("file", type=Path)
    check.add_argument("--json", action="store_true", help=_("print JSON"))
    check.set_defaults(handler=_cmd_check)


def _width(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a width in pixels: {text!r}") from None
    if not MIN_WIDTH <= value <= MAX_WIDTH:
        raise argparse.ArgumentTypeError(
            f"the width must be from {MIN_WIDTH} to {MAX_WIDTH} pixels, not {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"not a time in seconds (0 or more): {text!r}")
    return value


def _indices(text: str) -> list[int]:
    try:
        values = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a frame number list: {text!r}") from None
    if not values or any(value < 0 for value in values):
        raise argparse.ArgumentTypeError(f"frame numbers are 0 or more: {text!r}")
    return values


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
    for note in info.notes:
        print(f"  note: {note}")
    return 0


def _output_for(template: Path, index: int, several: bool) -> Path:
    text = str(template)
    if "%d" in text or "%0" in text:
        try:
            return Path(text % index)
        except (TypeError, ValueError):
            raise UserError(f"the output name {text} has a placeholder that is not %d") from None
    if several:
        raise UserError("with several frames, the output name needs %d for the frame number "
                        "(for example out-%d.png)")
    return template


def case_holding(path: Path) -> Path | None:
    """The case folder ``path`` lies in (a folder with a case database), or None."""
    from vigeditor.project.db import DB_NAME

    for folder in Path(path).resolve().parents:
        if (folder / DB_NAME).is_file():
            return folder
    return None


def _refuse_case_recordings(path: Path) -> None:
    """Pictures of a family's recording leave a case only through an export, which checks
    their consent and records it (DESIGN.md §5)."""
    case = case_holding(path)
    if case is not None:
        raise UserError(
            f"{path.name} is a recording of the case {case.name}. Pictures leave a case only "
            f"through an export, which checks the family's consent and records it: use "
            f"'vigeditor export still {case} --still ID -o OUT.png' (add the still in the app "
            f"or with 'vigeditor case add-still').")


def _cmd_frame(args: argparse.Namespace) -> int:
    from vigeditor.media.frame_server import FrameServer
    from vigeditor.media.images import save_picture

    _refuse_case_recordings(args.file)

    several = args.index is not None and len(args.index) > 1
    _output_for(args.output, 0, several)  # refuse a bad name before any decoding
    with FrameServer.open(args.file) as server:
        wanted = args.index if args.index is not None else [server.table.index_at(args.time)]
        size = server.size_for_width(args.width) if args.width else None
        for index in wanted:
            served = server.serve(index, size=size)
            output = _output_for(args.output, index, several)
            save_picture(served.picture, output)
            note = (f" (damaged: frame {served.shown}, the nearest good frame, was written)"
                    if served.damaged else "")
            print(f"frame {index} written to {output}{note}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from vigeditor.media.checking import check_recording, describe_check

    report = check_recording(args.file)
    print(json.dumps(report.to_json(), indent=2) if args.json else describe_check(report))
    return 0 if report.ok else EXIT_CHECK_FOUND_PROBLEMS
