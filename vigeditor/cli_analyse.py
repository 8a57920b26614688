"""``vigeditor analyse FILE [--json]``: the sound analysis of a recording, without the app.

Prints the voice segments (adult, child or unclear by pitch) and the turns, each with its
times in seconds on the recording's timeline (second 0 = the first picture) and its first and
last frame: the frames on screen when it starts and when it ends, looked up in the
recording's frame table (never seconds × frame rate). The analysis runs in the isolated child
and is cached (``--cache``, by default the user's cache folder), so a second run is instant.

Faces: for each sample (4 a second, frames of the frame table), its time, frame, how many
faces are visible and whether two are turned towards each other.

Suggested moments (:func:`vigeditor.analysis.suggest.suggest`), best first: each with its
kind (turn exchange, waiting, face to face), score 0…1, span in seconds and frames, and
the reasons it was suggested. Nothing is stored: a case keeps its own (``project.analysis``).

The JSON has ``speech``, ``voices``, ``turns``, ``faces`` and ``suggestions``, and
``computed`` lists them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from vigeditor.i18n import _, ngettext

_END_NUDGE = 0.0005  # seconds before an end, so an end on a frame's start is not that frame


def add_analyse_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``analyse`` to the command line."""
    analyse = commands.add_parser(
        "analyse", help=_("find speech, adult and child voices, turns and faces in a recording"),
        description=_("Analyse a recording: speech, voices (adult, child or unclear, by "
                    "pitch) and turns in its sound, and faces (how many, facing each other "
                    "or not) 4 times a second; in seconds and frames. Runs on this computer; "
                    "nothing is uploaded."))
    analyse.add_argument("file", type=Path)
    analyse.add_argument("--json", action="store_true", help=_("print JSON"))
    analyse.add_argument("--cache", type=Path,
                         help=_("folder for the analysis cache (e.g. a case's cache/)"))
    analyse.set_defaults(handler=_cmd_analyse)


def _cmd_analyse(args: argparse.Namespace) -> int:
    from vigeditor.analysis.faces_run import analyse_faces_recording
    from vigeditor.analysis.run import analyse_recording
    from vigeditor.media.probe import default_cache_dir, open_recording

    info, table = open_recording(args.file)
    cache = args.cache if args.cache is not None else default_cache_dir().parent / "analysis"
    result = analyse_recording(args.file, cache, table.source_time(0), timeout=120.0,
                               progress=_progress_printer())
    report = analysis_report(result, table, args.file)
    faces = analyse_faces_recording(args.file, cache, info, table, timeout=120.0,
                                    progress=_progress_printer())
    report["computed"].append("faces")
    report["faces"] = faces_report(faces)
    report["computed"].append("suggestions")
    report["suggestions"] = suggestions_report(result, faces, table)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _print_text(report)
        _print_faces(report["faces"])
        _print_suggestions(report["suggestions"])
    return 0


def suggestions_report(sound: Any, faces: Any, table: Any) -> list[dict[str, Any]]:
    """The JSON-ready suggested moments from ``sound`` (a ``SoundAnalysis``) and ``faces``
    (a ``FacesAnalysis`` or None), best first: kind, score, span in seconds (3 decimals),
    its first and last frame in ``table`` (as a case stores them) and the reasons."""
    from vigeditor.analysis.suggest import suggest

    return [{"start": round(found.start, 3), "end": round(found.end, 3),
             "first_frame": table.index_at(max(0.0, found.start)),
             "last_frame": table.index_at(max(0.0, found.start, found.end - _END_NUDGE)),
             "kind": found.kind, "score": round(found.score, 3),
             "reasons": list(found.reasons)} for found in suggest(sound, faces)]


def _print_suggestions(suggestions: list[dict[str, Any]]) -> None:
    print(_("Suggested moments ({count}), best first:").format(count=len(suggestions)))
    kinds = {"exchange": _("turn exchange"), "waiting": _("waiting"),
             "face-to-face": _("face to face")}
    for found in suggestions:
        print(f"  {_span(found)}  {kinds.get(found['kind'], found['kind'])}  "
              f"{found['score']:.2f}")
        for reason in found["reasons"]:
            print(f"      {reason}")


def analysis_report(result: Any, table: Any, path: Path) -> dict[str, Any]:
    """The JSON-ready report of ``result`` (a ``SoundAnalysis``) for the recording at
    ``path`` whose frame table is ``table``: times in seconds (3 decimals) and frame
    indices."""
    def frames(start: float, end: float) -> dict[str, Any]:
        return {"start": round(start, 3), "end": round(end, 3),
                "first_frame": table.index_at(max(0.0, start)),
                "last_frame": table.index_at(max(0.0, start, end - _END_NUDGE))}

    return {
        "file": str(path),
        "frames": len(table),
        "sound_seconds": round(result.seconds, 3),
        "computed": ["speech", "voices", "turns"],
        "speech": [frames(span.start, span.end) for span in result.speech],
        "voices": [{**frames(v.start, v.end), "voice": v.voice,
                    "pitch_hz": None if v.pitch is None else round(v.pitch, 1)}
                   for v in result.voices],
        "turns": [{**frames(t.start, t.end), "voice": t.voice,
                   "gap": None if t.gap is None else round(t.gap, 3)} for t in result.turns],
    }


def faces_report(result: Any) -> list[dict[str, Any]]:
    """The JSON-ready samples of ``result`` (a ``FacesAnalysis``): time (seconds, 3
    decimals), frame, count, facing, damaged (the frame could not be decoded: the faces are
    the nearest earlier good picture's), and each face's box (x, y, width, height in display
    pixels) and which way it is turned."""
    return [{"time": round(sample.time, 3), "frame": sample.frame, "count": sample.count,
             "facing": sample.facing, "damaged": sample.damaged,
             "faces": [{"box": list(face.box), "turned": face.turned} for face in sample.faces]}
            for sample in result.samples]


def _print_faces(samples: list[dict[str, Any]]) -> None:
    print(ngettext("Faces ({count} sample):", "Faces ({count} samples):",
                   len(samples)).format(count=len(samples)))
    for sample in samples:
        facing = _("facing each other") if sample["facing"] else ""
        print("  " + ngettext("{time:8.3f} s  frame {frame:>6}  {count} face  {facing}",
                              "{time:8.3f} s  frame {frame:>6}  {count} faces  {facing}",
                              sample["count"]).format(
            time=sample["time"], frame=sample["frame"], count=sample["count"],
            facing=facing).rstrip())


def _print_text(report: dict[str, Any]) -> None:
    print(_("{file}: {seconds:.1f} s of sound, {frames} frames").format(
        file=report["file"], seconds=report["sound_seconds"], frames=report["frames"]))
    if not report["speech"]:
        print(_("No speech found."))
        return
    print(_("Voices ({count}):").format(count=len(report["voices"])))
    for voice in report["voices"]:
        pitch = "" if voice["pitch_hz"] is None else f"  {voice['pitch_hz']:.0f} Hz"
        print(f"  {_span(voice)}  {_voice_name(voice['voice'])}{pitch}")
    print(_("Turns ({count}):").format(count=len(report["turns"])))
    for turn in report["turns"]:
        gap = "" if turn["gap"] is None else "  " + _("after {gap:.2f} s").format(
            gap=turn["gap"])
        print(f"  {_span(turn)}  {_voice_name(turn['voice'])}{gap}")


def _voice_name(voice: str) -> str:
    names = {"adult": _("adult"), "child": _("child"), "unclear": _("unclear")}
    return names.get(voice, voice)


def _span(item: dict[str, Any]) -> str:
    return _("{start:8.3f} – {end:8.3f} s  frames {first:>6} – {last:<6}").format(
        start=item["start"], end=item["end"], first=item["first_frame"],
        last=item["last_frame"])


def _progress_printer() -> Any:
    """Progress on standard error when it is a terminal, else nothing."""
    if not sys.stderr.isatty():
        return None

    def show(fraction: float) -> None:
        print(f"\r{_('Analysing…')} {fraction:4.0%}", end="", file=sys.stderr, flush=True)

    return show
