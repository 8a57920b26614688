"""Which consent purposes each kind of export serves (DESIGN.md §5), in a module with no
imports, so the command line can list them in its help without loading the case store.
:mod:`vigeditor.project.consent_check` checks them."""

from __future__ import annotations

#: the purpose each kind of export declares unless the guider picks another
DEFAULT_PURPOSES: dict[str, str] = {
    "booklet": "family-copy",
    "review-pack": "family-copy",
    "supervision": "supervision",
    "clip": "family-copy",
    "still": "family-copy",
}

#: the purposes each kind of export can serve, and nothing else (DESIGN.md §5): filming is
#: never an export purpose, and the logbook needs no family consent so it has none
EXPORT_PURPOSES: dict[str, tuple[str, ...]] = {
    "clip": ("family-copy", "professional", "supervision", "training", "research"),
    "still": ("family-copy", "professional", "supervision", "training", "research"),
    "review-pack": ("family-copy", "professional"),
    "booklet": ("family-copy", "professional"),
    "supervision": ("supervision", "training"),
}

__all__ = ["DEFAULT_PURPOSES", "EXPORT_PURPOSES"]
