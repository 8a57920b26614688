"""Compiled catalogues for the tests: the package build (and so ``sh tools/setup.sh test``)
compiles them; a developer who changed a ``.ts`` or ``.po`` since gets them compiled again
here, so a test never reads a stale ``.qm`` or ``.mo``."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def translations_tool() -> ModuleType:
    """The ``tools/translations.py`` module."""
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    return translations


def ensure_compiled() -> None:
    """Compile the catalogues when a compiled file is missing or older than its source."""
    from vigeditor import i18n

    tool = translations_tool()
    sources = [tool.ts_path(language) for language in (tool.PLURALS_ONLY, *tool.LANGUAGES)]
    sources += [tool.po_path(language) for language in tool.LANGUAGES]
    compiled = [path.with_suffix(".qm" if path.suffix == ".ts" else ".mo") for path in sources]
    if any(not out.is_file() or out.stat().st_mtime < src.stat().st_mtime
           for src, out in zip(sources, compiled, strict=True)):
        tool.build()
        i18n.translation.cache_clear()
