"""The installed ``vigeditor`` command ships whole (issue 12, set-up script): a wheel built by
pip from the project as a new user's ``pip install`` builds it holds every resource folder
(the schemes, fonts and any folder added later), and pip prints no warning about the
project's own metadata (licence, packages)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
#: what pip says when it cannot reach a package index for the build's own tools
_OFFLINE = ("No matching distribution found", "Could not find a version",
            "Failed to establish a new connection")


def _source_copy(target: Path) -> Path:
    """The files a build reads, copied so the build writes nothing in the working tree."""
    target.mkdir()
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pyproject.toml", "setup.py", "README.md", "MANIFEST.in"):
        shutil.copy2(REPO / name, target / name)
    (target / "tools").mkdir()  # the build compiles the translations with it (issue 15)
    shutil.copy2(REPO / "tools" / "translations.py", target / "tools" / "translations.py")
    for name in ("vigeditor", "resources"):
        shutil.copytree(REPO / name, target / name, ignore=skip)
    return target


def _build_wheel(tmp_path: Path) -> tuple[Path, str]:
    source = _source_copy(tmp_path / "src")
    out = tmp_path / "dist"
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-cache-dir",
                           "--disable-pip-version-check", "-w", str(out), str(source)],
                          capture_output=True, text=True, timeout=300, check=False,
                          cwd=tmp_path)
    said = done.stdout + done.stderr
    if done.returncode != 0 and any(sign in said for sign in _OFFLINE):
        pytest.skip("pip cannot reach a package index for setuptools here")
    assert done.returncode == 0, said
    return next(out.glob("vigeditor-*.whl")), said


def test_the_wheel_holds_every_resource_and_pip_has_no_warning(tmp_path: Path) -> None:
    wheel, said = _build_wheel(tmp_path)
    ours = [line for line in said.splitlines()
            if ("Warning" in line or "warning" in line.lower())
            and "is ignored: it is neither a file nor a directory" not in line]
    assert ours == [], said  # (the ignored index folders are this machine's pip settings)
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {path.relative_to(REPO).as_posix() for path in (REPO / "resources").rglob("*")
               if path.is_file() and "__pycache__" not in path.parts}
    assert {"resources/schemes/principles-default.json",
            "resources/fonts/DejaVuSans.ttf"} <= shipped
    missing = {name for name in shipped if "vigeditor/" + name not in names}
    assert not missing
    # the build compiled the translations (never committed): Qt's .qm and gettext's .mo
    for language in ("cy", "nl"):
        assert f"vigeditor/resources/i18n/vigeditor_{language}.qm" in names
        assert f"vigeditor/resources/locale/{language}/LC_MESSAGES/vigeditor.mo" in names
    code = {path.relative_to(REPO).as_posix() for path in (REPO / "vigeditor").rglob("*.py")}
    assert not code - names
    metadata = zipfile.ZipFile(wheel).read(
        next(name for name in names if name.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: LicenseRef-Proprietary" in metadata
