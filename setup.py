"""Which packages the wheel holds, worked out when it is built (the rest is in pyproject.toml).

Every package under ``vigeditor/``, and ``resources/`` with each of its folders, shipped as
``vigeditor.resources`` (``[tool.setuptools.package-dir]``) with all their files
(``[tool.setuptools.package-data]``). A new module folder or a new resources folder (phrases,
translations, …) ships without a change here, and setuptools has no folder of data that is not
also a package to warn about.
"""

from __future__ import annotations

from setuptools import find_namespace_packages, find_packages, setup


def _resource_packages() -> list[str]:
    """``vigeditor.resources`` and one package per folder of ``resources/`` whose path is
    made of Python names (other folders' files ship as data of the folder above them)."""
    found = find_namespace_packages("resources", exclude=["*__pycache__*"])
    return ["vigeditor.resources", *(f"vigeditor.resources.{name}" for name in found
                                     if all(part.isidentifier() for part in name.split(".")))]


setup(packages=[*find_packages(include=["vigeditor", "vigeditor.*"]), *_resource_packages()])
