"""Frame tables cached beside a case's media (or in the user's cache folder), by file identity.

A cache file is an ``.npz`` holding the table's arrays and a JSON header with the probe's
facts; it is written atomically and is always rebuildable, so anything unreadable or of
another version is ignored.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from vigeditor.atomic import write_atomically
from vigeditor.media.frame_table import CACHE_VERSION, FrameTable

_ARRAYS = ("tags", "key_stamps", "source_pts")


def _fraction(value: Fraction | None) -> list[int] | None:
    return None if value is None else [value.numerator, value.denominator]


def save_cached(cache_dir: Path, key: str, table: FrameTable, info: dict[str, Any]) -> Path:
    """Write a table (and the probe's facts) to ``cache_dir`` atomically."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / f"{key}.frames.npz"
    meta = {"version": CACHE_VERSION, "info": info,
            "time_base": _fraction(table.time_base),
            "source_time_base": _fraction(table.source_time_base),
            "last_duration": table.last_duration, "tag_kind": table.tag_kind,
            "method": table.method, "verified": table.verified,
            "repairs": list(table.repairs)}
    arrays = {name: getattr(table, name) for name in _ARRAYS if getattr(table, name) is not None}
    write_atomically(target, lambda stream: np.savez(
        stream, pts=table.pts, keyframes=table.keyframes, damaged=table.damaged,
        meta=np.array(json.dumps(meta)), **arrays))
    return target


def load_cached(cache_dir: Path, key: str) -> tuple[FrameTable, dict[str, Any]] | None:
    """A cached table and probe facts, or None if absent, stale or unreadable."""
    target = cache_dir / f"{key}.frames.npz"
    try:
        with np.load(target, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if meta.get("version") != CACHE_VERSION:
                return None
            arrays = {name: data[name].astype(np.int64) for name in _ARRAYS if name in data}
            source_base = meta.get("source_time_base")
            table = FrameTable(
                data["pts"].astype(np.int64), data["keyframes"].astype(np.int64),
                Fraction(*meta["time_base"]), int(meta["last_duration"]),
                tag_kind=str(meta["tag_kind"]), damaged=data["damaged"].astype(np.int64),
                source_time_base=Fraction(*source_base) if source_base else None,
                method=str(meta["method"]), verified=bool(meta["verified"]),
                repairs=tuple(meta.get("repairs", ())), **arrays)
            return table, meta["info"]
    except (OSError, ValueError, KeyError, TypeError, json.JSONDecodeError):
        return None
