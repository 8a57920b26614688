"""`vigeditor screenshots OUTDIR`: the main screens rendered offscreen to PNG files.

For the user guide and for reviewing the app without a display. Without ``--case`` a demo
case (no real people) is made in a scratch folder. The guider's own settings and recent-cases
list are never touched.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vigeditor.errors import UserError


@contextmanager
def _scratch_environment() -> Iterator[Path]:
    """Offscreen Qt (unless a display is wanted) and settings in a scratch folder."""
    saved = {key: os.environ.get(key) for key in ("QT_QPA_PLATFORM", "VIGEDITOR_CONFIG_DIR",
                                                  "VIGEDITOR_LANG")}
    with tempfile.TemporaryDirectory(prefix="vigeditor-shots-") as scratch:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["VIGEDITOR_CONFIG_DIR"] = str(Path(scratch) / "config")
        try:
            yield Path(scratch)
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def render_screenshots(outdir: Path, case: Path | None = None, *,
                       language: str | None = None) -> list[Path]:
    """Render the start screen, editor, case details and help to PNGs in ``outdir``, in
    ``language`` ("en", "cy", "nl"; default English)."""
    outdir.mkdir(parents=True, exist_ok=True)
    with _scratch_environment() as scratch:
        from vigeditor.ui.app import make_application

        make_application([])
        from vigeditor.ui.language import install_language, remove_language

        install_language(language or "en")  # the demo case's words follow it too
        try:
            folder = case if case is not None else _demo_folder(scratch)
            if not folder.is_dir():
                raise UserError(f"there is no case at {folder}")
            from vigeditor.ui.screenshot_scenes import Scenes

            return Scenes(outdir, folder, scratch).render()
        finally:
            remove_language()


def _demo_folder(scratch: Path) -> Path:
    from vigeditor.project.demo import create_demo_case

    demo = create_demo_case(scratch / "DEMO", seconds=20)
    folder = demo.folder
    demo.close()
    return folder
