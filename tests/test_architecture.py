"""The architecture's rules (docs/architecture.md) hold: import-linter's contracts in
pyproject.toml (layers ui > project > analysis > media, no Qt below ui, no import cycles in any
package) pass on the code, and fail on a copy of it with one wrong import added."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """Run ``lint-imports`` on the package under ``root`` with the project's contracts."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    code = ("import sys; from importlinter.cli import lint_imports_command; "
            "sys.exit(lint_imports_command())")
    return subprocess.run(
        [sys.executable, "-c", code, "--no-cache", "--no-logo", str(ROOT / "pyproject.toml")],
        cwd=root, env=env, capture_output=True, text=True, timeout=240)


def test_contracts_are_kept() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("copy")
    shutil.copytree(ROOT / "vigeditor", root / "vigeditor",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return root


WRONG_IMPORTS = {
    "Qt below the ui": ("media/frame_table.py", "import PySide6.QtCore  # wrong\n",
                        "media, analysis and project never import Qt BROKEN"),
    "project using the ui": ("project/clips.py", "import vigeditor.ui.session  # wrong\n",
                             "Layers: ui above project above analysis above media BROKEN"),
    "a cycle": ("project/store.py", "import vigeditor.project.case  # wrong\n",
                "No import cycles between the modules or packages of any package BROKEN"),
}


@pytest.mark.parametrize("kind", sorted(WRONG_IMPORTS))
def test_a_wrong_import_breaks_a_contract(package_copy: Path, kind: str) -> None:
    module, line, verdict = WRONG_IMPORTS[kind]
    source = package_copy / "vigeditor" / module
    original = source.read_text(encoding="utf-8")
    source.write_text(original + line, encoding="utf-8")
    try:
        result = lint_imports(package_copy)
    finally:
        source.write_text(original, encoding="utf-8")
    assert result.returncode != 0
    assert verdict in result.stdout, result.stdout
