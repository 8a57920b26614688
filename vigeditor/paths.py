"""Where vigeditor's shipped resources are, installed or running from a source checkout."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resources_dir() -> Path:
    """The folder of shipped data (``resources/`` in the source tree)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "vigeditor" / \
            "resources"
    try:
        found = Path(str(resources.files("vigeditor.resources")))
        if found.is_dir():
            return found
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder inside the shipped resources."""
    return resources_dir().joinpath(*parts)
