"""App settings: a JSON file in the platform's config folder, written atomically.

``VIGEDITOR_CONFIG_DIR`` overrides the folder (tests, portable installs). Settings a
version does not know are kept as they are, so an older app does not drop a newer one's.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from vigeditor.atomic import write_atomically
from vigeditor.i18n import _
from vigeditor.project.errors import CaseError

SETTINGS_NAME = "settings.json"
_log = logging.getLogger("vigeditor.project")


def config_dir() -> Path:
    override = os.environ.get("VIGEDITOR_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("vigeditor", appauthor=False))


@dataclass
class Settings:
    """The guider's preferences (targets and periods are settings, not constants)."""

    workspace: str | None = None
    retention_months: int = 2
    player: str = "qt"  # "qt" (Qt Multimedia) or "vlc" (libvlc, when installed)
    frame_cache_mb: int = 512  # bound of the decoded-frame cache of the frame server
    #: show interlaced recordings' two fields as recorded instead of deinterlacing them
    keep_fields: bool = False
    #: length of a clip made from a moment (seconds), centred on the moment (or its span)
    clip_span_seconds: float = 6.0
    #: suggested moments on the timeline (and the faces analysis they need); off: neither
    suggest_moments: bool = True
    window: dict[str, str] = field(default_factory=dict)  # saved window layout (base64)
    language: str | None = None
    recent_cases: list[str] = field(default_factory=list)
    logbook_targets: dict[str, dict[str, int]] = field(default_factory=lambda: {
        "1": {"cycles": 6, "clients": 2, "supervisions": 7},
        "2": {"cycles": 9, "clients": 3, "supervisions": 8},
        "3": {"cycles": 12, "clients": 3, "supervisions": 8},
    })
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    def remember_case(self, folder: Path, keep: int = 10) -> None:
        entry = str(folder)
        self.recent_cases = [entry] + [item for item in self.recent_cases if item != entry]
        del self.recent_cases[keep:]


def load_settings(folder: Path | None = None) -> Settings:
    """The saved settings, or the defaults when there are none (or they are unreadable)."""
    path = (folder or config_dir()) / SETTINGS_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        _log.warning("settings in %s unreadable, using defaults: %s", path, error)
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    known = {item.name for item in fields(Settings)} - {"extra"}
    settings = Settings(**{key: value for key, value in data.items() if key in known})
    settings.extra = {key: value for key, value in data.items() if key not in known}
    return settings


def save_settings(settings: Settings, folder: Path | None = None) -> Path:
    """Write the settings to a temporary file, flush it to disk, then rename it into place."""
    target_dir = folder or config_dir()
    data = {**settings.extra, **{k: v for k, v in asdict(settings).items() if k != "extra"}}
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        text = json.dumps(data, indent=2, sort_keys=True).encode("utf-8")
        write_atomically(target_dir / SETTINGS_NAME, lambda stream: stream.write(text),
                         prefix=".settings-")
    except OSError as error:
        raise CaseError(_("The settings could not be saved in {path}: {reason}.").format(
            path=target_dir, reason=error.strerror or error)) from error
    return target_dir / SETTINGS_NAME
