"""A small preview of one review item in the builder, played exactly as the presentation
plays it (in frame to out frame, then the key frame)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vigeditor.ui.editor.frame_worker import ServerOpener
from vigeditor.ui.review.picture import PictureView
from vigeditor.ui.review.review_player import PLAYING, ReviewPlayer
from vigeditor.ui.review.show import ShowItem


class PreviewPanel(QWidget):
    """Picture and Play/Replay/step buttons; the review player is made when first needed."""

    def __init__(self, player_preference: str = "qt", cache_dir: Path | None = None,
                 parent: QWidget | None = None, *, opener: ServerOpener | None = None) -> None:
        super().__init__(parent)
        self._preference, self._cache_dir, self._opener = player_preference, cache_dir, opener
        self.review: ReviewPlayer | None = None
        self.picture = PictureView(self, caption_scale=1 / 22)
        self.picture.setAccessibleName(self.tr("Preview"))
        self.picture.setMinimumSize(240, 150)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for command, text, name in (
                ("step_back", self.tr("◀ 1"), self.tr("Preview one frame back")),
                ("toggle_play", self.tr("&Play"), self.tr("Play or pause the preview")),
                ("step_forward", self.tr("1 ▶"), self.tr("Preview one frame forward")),
                ("replay", self.tr("A&gain"), self.tr("Play the preview again"))):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.clicked.connect(lambda _c=False, c=command: self._perform(c))
            row.addWidget(button)
            self.buttons[command] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 1)
        layout.addLayout(row)

    def show_item(self, item: ShowItem | None) -> None:
        """Show ``item`` paused at its first frame (or nothing)."""
        if item is None:
            if self.review is not None:
                self.review.set_items([])
            self.picture.clear()
            self.picture.set_caption("")
            self.picture.set_notice("")
            return
        review = self._player()
        self.picture.set_caption(item.caption)
        review.set_items([item])
        for command in ("step_back", "toggle_play", "step_forward", "replay"):
            self.buttons[command].setEnabled(item.is_clip)

    def _player(self) -> ReviewPlayer:
        if self.review is None:
            self.review = ReviewPlayer(self._preference, self, cache_dir=self._cache_dir,
                                       opener=self._opener)
            self.review.picture_changed.connect(self.picture.set_picture)
            self.review.picture_cleared.connect(self.picture.clear)
            self.review.note_changed.connect(self.picture.set_notice)
            self.review.mode_changed.connect(self._show_mode)
            self.review.set_picture_size(self.picture.request_size())
        return self.review

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.review is not None:
            self.review.set_picture_size(self.picture.request_size())

    def _perform(self, command: str) -> None:
        if self.review is not None:
            self.review.perform(command)

    def _show_mode(self, mode: str) -> None:
        self.buttons["toggle_play"].setText(self.tr("&Pause") if mode == PLAYING
                                            else self.tr("&Play"))

    def shutdown(self) -> None:
        if self.review is not None:
            self.review.shutdown()
