"""`vigeditor screenshots OUTDIR`: the main screens rendered offscreen to PNG files.

For the user guide and for reviewing the app without a display. Without ``--case`` a demo
case (no real people) is made in a scratch folder. The guider's own settings and recent-cases
list are never touched.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from vigeditor.errors import UserError

WINDOW_SIZE = (1440, 900)


@contextmanager
def _scratch_environment() -> Iterator[Path]:
    """Offscreen Qt (unless a display is wanted) and settings in a scratch folder."""
    saved = {key: os.environ.get(key) for key in ("QT_QPA_PLATFORM", "VIGEDITOR_CONFIG_DIR")}
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


def wait_until(condition: Callable[[], bool], seconds: float = 20.0) -> bool:
    """Run the Qt event loop until ``condition`` holds (or time runs out)."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def render_screenshots(outdir: Path, case: Path | None = None) -> list[Path]:
    """Render the start screen, editor, case details and help to PNGs in ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    with _scratch_environment() as scratch:
        from vigeditor.ui.app import make_application

        make_application([])
        folder = case if case is not None else _demo_folder(scratch)
        if not folder.is_dir():
            raise UserError(f"there is no case at {folder}")
        from vigeditor.ui.screenshot_scenes import Scenes

        return Scenes(outdir, folder, scratch).render()


def _demo_folder(scratch: Path) -> Path:
    from vigeditor.project.demo import create_demo_case

    demo = create_demo_case(scratch / "DEMO", seconds=20)
    folder = demo.folder
    demo.close()
    return folder
