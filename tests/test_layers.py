"""DESIGN.md §3: media and project never import Qt or the UI; media never imports project."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "vigeditor"
FORBIDDEN = {
    "media": ("PySide6", "shiboken6", "vigeditor.ui", "vigeditor.project"),
    "project": ("PySide6", "shiboken6", "vigeditor.ui"),
}


def _imports(source: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level:
            names.add("<relative>")
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_it_must_not(layer: str) -> None:
    offences = []
    for source in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(source):
            if name == "<relative>" or any(
                name == banned or name.startswith(banned + ".") for banned in FORBIDDEN[layer]
            ):
                offences.append(f"{source.relative_to(PACKAGE)} imports {name}")
    assert not offences, "\n".join(offences)


def test_layer_check_catches_an_offence(tmp_path: Path) -> None:
    """The check itself can fail: a file importing PySide6 is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport vigeditor.ui.app\n")
    assert {"PySide6.QtCore", "vigeditor.ui.app"} <= _imports(bad)
