"""Which packages the wheel holds, worked out when it is built (the rest is in pyproject.toml).

Every package under ``vigeditor/``, and ``resources/`` with each of its folders, shipped as
``vigeditor.resources`` (``[tool.setuptools.package-dir]``) with all their files
(``[tool.setuptools.package-data]``). A new module folder or a new resources folder (phrases,
translations, …) ships without a change here, and setuptools has no folder of data that is not
also a package to warn about.

Building also compiles the translations (``tools/translations.py build``: the Qt ``.ts`` to
``.qm`` with pyside6-lrelease, the gettext ``.po`` to ``.mo`` with Babel) into ``resources/``
before its files are collected, so the wheel, and an editable install (``pip install -e``,
which reads ``resources/`` in place), have them; the compiled files are never committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import find_namespace_packages, find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _resource_packages() -> list[str]:
    """``vigeditor.resources`` and one package per folder of ``resources/`` whose path is
    made of Python names (other folders' files ship as data of the folder above them)."""
    found = find_namespace_packages("resources", exclude=["*__pycache__*"])
    return ["vigeditor.resources", *(f"vigeditor.resources.{name}" for name in found
                                     if all(part.isidentifier() for part in name.split(".")))]


class BuildWithTranslations(build_py):
    """``build_py`` that first compiles the translation catalogues into ``resources/``."""

    def run(self) -> None:
        sys.path.insert(0, str(HERE / "tools"))
        try:
            import translations
        finally:
            sys.path.pop(0)
        translations.build()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations},
      packages=[*find_packages(include=["vigeditor", "vigeditor.*"]), *_resource_packages()])
