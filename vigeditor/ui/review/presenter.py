"""The presenter view, for the guider's own screen: what is showing, its talking points,
what comes next, the elapsed time, and the controls (including hand-over and take back).

With one screen it is not shown during the presentation (the presentation covers the screen)
but it exists, so the guider's keys and the tests can use it all the same.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigeditor.ui.editor.transport import format_time
from vigeditor.ui.numbers import speed
from vigeditor.ui.review.controls import ControlBar
from vigeditor.ui.review.keys import ReviewInput
from vigeditor.ui.review.picture import PictureView
from vigeditor.ui.review.review_player import HOLDING, PLAYING, ReviewPlayer
from vigeditor.ui.review.show import format_seconds


def _big(label: QLabel, factor: float, bold: bool = False) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    return label


class PresenterView(QWidget):
    """The guider's window during a shared review."""

    closed = Signal()

    def __init__(self, review: ReviewPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.review = review
        self.setWindowTitle(self.tr("Shared review — presenter view"))
        self.setAccessibleName(self.tr("Presenter view"))
        self.picture = PictureView(self, caption_scale=1 / 26)
        self.picture.setMinimumSize(320, 180)
        self.labels = self._make_labels()
        self.controls = ControlBar(44, self)
        self.hand_over = QPushButton(self.tr("&Hand over to the parent"))
        self.hand_over.setCheckable(True)
        self.hand_over.setAccessibleName(self.tr("Hand over to the parent"))
        self.hand_over.setToolTip(self.tr("The parent can only play, pause, replay and step. "
                                          "H hands over; Ctrl+Shift+H takes back control."))
        self.hand_over.toggled.connect(self._on_hand_over_toggled)
        self.clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self._show_elapsed)
        self._layout()
        self.input = ReviewInput(review.perform, None, self)
        self.input.watch(self)
        self.controls.command.connect(review.perform)
        self._connect(review)

    def _make_labels(self) -> dict[str, QLabel]:
        names = {"now": self.tr("Current item"), "points": self.tr("Talking points"),
                 "next": self.tr("Next item"), "elapsed": self.tr("Elapsed time"),
                 "frame": self.tr("Current frame"), "status": self.tr("Playback status"),
                 "position": self.tr("Item number")}
        labels: dict[str, QLabel] = {}
        for key, name in names.items():
            label = QLabel()
            label.setAccessibleName(name)
            label.setWordWrap(key in ("now", "points", "next"))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            labels[key] = label
        _big(labels["now"], 1.6, True)
        _big(labels["points"], 1.5)
        _big(labels["elapsed"], 1.6, True)
        labels["points"].setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return labels

    def _layout(self) -> None:
        labels = self.labels
        left = QVBoxLayout()
        left.addWidget(self.picture, 1)
        facts = QGridLayout()
        for row, (title, key) in enumerate(((self.tr("Frame:"), "frame"),
                                            (self.tr("Playback:"), "status"))):
            facts.addWidget(QLabel(title), row, 0)
            facts.addWidget(labels[key], row, 1)
        facts.setColumnStretch(1, 1)
        left.addLayout(facts)
        right = QVBoxLayout()
        header = QHBoxLayout()
        header.addWidget(labels["position"], 1)
        header.addWidget(QLabel(self.tr("Elapsed:")))
        header.addWidget(labels["elapsed"])
        right.addLayout(header)
        right.addWidget(labels["now"])
        right.addWidget(_big(QLabel(self.tr("Talking points")), 1.1, True))
        right.addWidget(labels["points"], 1)
        right.addWidget(_big(QLabel(self.tr("Next")), 1.1, True))
        right.addWidget(labels["next"])
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.controls)
        bottom.addStretch(1)
        bottom.addWidget(self.hand_over)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)

    def _connect(self, review: ReviewPlayer) -> None:
        review.picture_changed.connect(self.picture.set_picture)
        review.picture_cleared.connect(self.picture.clear)
        review.note_changed.connect(self.picture.set_notice)
        review.frame_changed.connect(self._show_frame)
        review.mode_changed.connect(self._show_mode)
        review.rate_changed.connect(self._show_rate)
        review.item_changed.connect(self._show_item)
        review.captions_changed.connect(self._show_captions)
        review.handed_over_changed.connect(self._show_handed_over)

    def start_clock(self) -> None:
        self.clock.start()
        self._ticker.start(500)
        self._show_elapsed()

    # -- reactions ------------------------------------------------------------------------

    def _show_item(self, index: int) -> None:
        items = self.review.items
        item = items[index]
        kind = self.tr("Clip") if item.is_clip else self.tr("Still")
        length = f" · {format_seconds(item.seconds)}" if item.is_clip else ""
        self.labels["now"].setText(f"{kind}: {item.name}{length}")
        self.labels["points"].setText(item.talking_points or self.tr("(no talking points)"))
        self.labels["position"].setText(self.tr("Item {n} of {count}").format(
            n=index + 1, count=len(items)))
        following = items[index + 1] if index + 1 < len(items) else None
        self.labels["next"].setText(following.name if following is not None
                                    else self.tr("This is the last item."))
        self.picture.set_caption(item.caption if self.review.show_captions else "")
        self.controls.set_item(item.is_clip, index, len(items))
        self._show_mode(self.review.mode)

    def _show_frame(self, frame: int) -> None:
        self.labels["frame"].setText(str(frame))

    def _show_mode(self, mode: str) -> None:
        self.controls.set_mode(mode)
        item = self.review.item
        if item is not None and not item.is_clip:
            text = self.tr("still picture")
        elif mode == PLAYING:
            text = self.tr("playing at {rate}").format(rate=speed(self.review.rate))
        elif mode == HOLDING:
            text = self.tr("holding the key frame")
        else:
            text = self.tr("paused")
        self.labels["status"].setText(text)

    def _show_rate(self, rate: float) -> None:
        self.controls.set_rate(rate)
        self._show_mode(self.review.mode)

    def _show_captions(self, visible: bool) -> None:
        self.controls.set_captions(visible)
        item = self.review.item
        self.picture.set_caption(item.caption if visible and item is not None else "")

    def _show_handed_over(self, handed_over: bool) -> None:
        self.controls.set_handed_over(handed_over)
        blocked = self.hand_over.blockSignals(True)
        self.hand_over.setChecked(handed_over)
        self.hand_over.blockSignals(blocked)
        self.hand_over.setText(self.tr("&Take back control") if handed_over
                               else self.tr("&Hand over to the parent"))
        self.hand_over.setAccessibleName(self.hand_over.text().replace("&", ""))

    def _on_hand_over_toggled(self, checked: bool) -> None:
        self.review.set_handed_over(checked)

    def _show_elapsed(self) -> None:
        seconds = self.clock.elapsed() / 1000 if self.clock.isValid() else 0.0
        self.labels["elapsed"].setText(format_time(seconds).split(".")[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        self._ticker.stop()
        super().closeEvent(event)
        self.closed.emit()
