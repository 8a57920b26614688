"""Frame truth in the shared review and the review builder's preview: after switching to an
item of another recording, a late picture of the last item is never painted; a new item starts
on black, not on the last item's picture; a damaged frame's stand-in is marked for the guider
(presenter view, preview) but not on the family's screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.damage import Gate, Opener, damaged_opener, gated_opener
from tests.ui.review_helpers import image_code, wait_picture
from tests.ui.test_frame_truth import TIMEOUT, Painted
from vigeditor.media.probe import open_recording
from vigeditor.ui.review.picture import PictureView
from vigeditor.ui.review.presentation import PresentationWindow
from vigeditor.ui.review.presenter import PresenterView
from vigeditor.ui.review.preview import PreviewPanel
from vigeditor.ui.review.review_player import ReviewPlayer
from vigeditor.ui.review.show import ShowItem


def clip(item_id: int, path: Path, cache: Path, first: int, last: int) -> ShowItem:
    info, table = open_recording(path, cache_dir=cache)
    return ShowItem(item_id, "clip", item_id, item_id, path, table, first, last, last,
                    f"Clip {item_id}", "", "", aspect=info.display_width / info.display_height)


class Screen:
    """A review player and the picture one of its views paints (presentation or preview)."""

    def __init__(self, qtbot: QtBot, kind: str, opener: Opener) -> None:
        self.kind = kind
        if kind == "preview":
            self.widget = PreviewPanel(cache_dir=None, opener=opener)
            self.picture: PictureView = self.widget.picture
        else:
            self.review = ReviewPlayer(opener=opener, audio=False)
            self.widget = PresentationWindow(self.review)
            self.presenter = PresenterView(self.review)
            self.picture = self.widget.picture
        qtbot.addWidget(self.widget)
        self.widget.resize(640, 480)
        self.widget.show()
        self.items: list[ShowItem] = []

    def show(self, items: list[ShowItem], position: int) -> None:
        """What the guider does: the preview of a chosen item, or the next item."""
        if self.kind == "preview":
            self.widget.show_item(items[position])
            self.review = self.widget.review
        elif self.items != items:
            self.items = items
            self.review.set_items(items, position)
        else:
            self.review.go_to(position)

    def close(self) -> None:
        if self.kind == "preview":
            self.widget.shutdown()
        else:
            self.review.shutdown()


@pytest.fixture(params=["presentation", "preview"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def gate() -> Iterator[Gate]:
    held = Gate()
    yield held
    held.open()


def test_a_late_picture_of_the_last_item_is_never_painted(
        qtbot: QtBot, tmp_path: Path, film: Path, portrait: Path, gate: Gate,
        kind: str) -> None:
    items = [clip(1, film, tmp_path, 10, 40), clip(2, portrait, tmp_path, 11, 30)]
    screen = Screen(qtbot, kind, gated_opener(gate))
    painted = Painted(screen.picture, ("image", "image_frame", "image_is_exact"))
    try:
        painted.now = str(film)
        screen.show(items, 0)
        assert wait_picture(qtbot, screen.picture, 10, TIMEOUT) == 10
        screen.picture.repaint()
        gate.close()
        screen.review.step_forward()  # frame 11 of the landscape film is being decoded
        qtbot.waitUntil(lambda: gate.arrivals >= 1, timeout=TIMEOUT)
        painted.now = str(portrait)
        screen.show(items, 1)  # an item of another recording that starts on frame 11
        screen.picture.repaint()
        assert screen.picture.image.isNull(), "the last item's picture does not stay"
        with qtbot.waitSignal(screen.review.frames.opened, timeout=TIMEOUT):
            gate.release(film)  # the landscape frame arrives, late, then the opening
        screen.picture.repaint()  # (the portrait's frame is held at the gate meanwhile)
        painted.check(portrait)
        assert screen.picture.image.isNull()
        gate.open()
        assert wait_picture(qtbot, screen.picture, 11, TIMEOUT) == 11
        screen.picture.repaint()
        assert screen.picture.image.height() > screen.picture.image.width()
        painted.check(portrait)
        assert {now for now, *_rest in painted.log} == {str(film), str(portrait)}
    finally:
        gate.open()
        screen.close()


def test_a_damaged_frame_is_marked_for_the_guider_only(qtbot: QtBot, tmp_path: Path,
                                                       film: Path) -> None:
    screen = Screen(qtbot, "presentation", damaged_opener(12))
    try:
        screen.show([clip(1, film, tmp_path, 10, 40)], 0)
        assert wait_picture(qtbot, screen.picture, 10, TIMEOUT) == 10
        screen.review.step(2)
        assert wait_picture(qtbot, screen.picture, 12, TIMEOUT) == 11
        presenter = screen.presenter.picture
        assert image_code(presenter.image) == 11
        assert presenter.notice == "Damaged frame — showing frame 11"
        assert screen.picture.notice == "", "the family's screen shows no such words"
        screen.review.step(1)
        assert wait_picture(qtbot, screen.picture, 13, TIMEOUT) == 13
        assert presenter.notice == ""
    finally:
        screen.close()
