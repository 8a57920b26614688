"""The first window: open a recording and step through its exact frames.

The full micro-analysis editor (issue 4) grows from here; already now the picture is the
exact decoded frame, served from a worker thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QImage, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from vigeditor.media.info import MediaInfo
from vigeditor.ui.frame_worker import FrameWorker

VIDEO_FILTER = "Video files (*.mp4 *.mov *.m4v *.avi *.mkv *.mts *.3gp *.webm);;All files (*)"


class MainWindow(QMainWindow):
    """Open a recording, see its exact frames, step with the arrow keys."""

    frame_shown = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("vigeditor"))
        self.info: MediaInfo | None = None
        self.current = 0
        self.last_error = ""
        self._image = QImage()
        self._worker = FrameWorker(self)
        self._worker.opened.connect(self._on_opened)
        self._worker.frame_ready.connect(self._on_frame)
        self._worker.failed.connect(self._on_failed)
        self._build()
        self.resize(960, 640)

    def _build(self) -> None:
        self.picture = QLabel(self.tr("Open a recording to begin (File → Open recording…)."))
        self.picture.setAccessibleName(self.tr("Picture"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setStyleSheet("background: black; color: #ccc;")
        self.frame_label = QLabel("–")
        self.frame_label.setAccessibleName(self.tr("Current frame"))
        self.frame_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.frame_label)
        self.setCentralWidget(central)
        self.setStatusBar(QStatusBar())
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open recording…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._choose_recording)
        file_menu.addAction(open_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        for keys, step in (("Right", 1), ("Left", -1), ("Shift+Right", 10), ("Shift+Left", -10)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, s=step: self.step(s))
            self.addAction(action)

    # -- actions ----------------------------------------------------------------------------

    def _choose_recording(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Open recording"), "",
                                                    self.tr(VIDEO_FILTER))
        if path:
            self.open_recording(Path(path))

    def open_recording(self, path: Path) -> None:
        """Probe and open ``path`` in the background; the first frame follows."""
        self.statusBar().showMessage(self.tr("Opening {name}…").replace("{name}", path.name))
        self._worker.open(path)

    def show_frame(self, index: int) -> None:
        if self.info is None:
            return
        self.current = max(0, min(index, self.info.frames - 1))
        self._worker.request(self.current, self._target_size())

    def step(self, frames: int) -> None:
        self.show_frame(self.current + frames)

    # -- from the worker --------------------------------------------------------------------

    def _on_opened(self, info: MediaInfo) -> None:
        self.info = info
        self.setWindowTitle(f"{Path(info.path).name} — vigeditor")
        self.statusBar().showMessage(
            self.tr("{frames} frames, {seconds} s").replace("{frames}", str(info.frames))
            .replace("{seconds}", f"{info.duration:.1f}"))
        self.show_frame(0)

    def _on_frame(self, index: int, image: QImage) -> None:
        if index != self.current:
            return
        self._image = image
        self.frame_label.setText(str(index))
        self._paint()
        self.frame_shown.emit(index)

    def _on_failed(self, message: str) -> None:
        self.last_error = message
        self.statusBar().showMessage(message)
        QMessageBox.warning(self, self.tr("vigeditor"), message)

    # -- drawing ----------------------------------------------------------------------------

    def _target_size(self) -> tuple[int, int] | None:
        if self.info is None:
            return None
        box_w, box_h = max(self.picture.width(), 64), max(self.picture.height(), 64)
        scale = min(box_w / self.info.display_width, box_h / self.info.display_height, 1.0)
        return (max(2, round(self.info.display_width * scale)),
                max(2, round(self.info.display_height * scale)))

    def _paint(self) -> None:
        if not self._image.isNull():
            self.picture.setPixmap(QPixmap.fromImage(self._image))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.info is not None:
            self.show_frame(self.current)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._worker.stop()
        super().closeEvent(event)
