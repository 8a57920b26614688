"""Pixelation of face boxes: strong, and nothing outside the boxes changes."""

from __future__ import annotations

import numpy as np

from vigeditor.media.pixelate import BLOCKS, blocks_across, pixelate


def _noise(height: int = 120, width: int = 160) -> np.ndarray:
    return np.random.default_rng(7).integers(0, 256, (height, width, 3), dtype=np.uint8)


def test_only_the_boxes_change_and_the_input_is_kept() -> None:
    picture = _noise()
    before = picture.copy()
    out = pixelate(picture, [(10, 20, 50, 60), (100, 5, 30, 30)])
    assert np.array_equal(picture, before)
    outside = np.ones(picture.shape[:2], bool)
    outside[20:80, 10:60] = outside[5:35, 100:130] = False
    assert np.array_equal(out[outside], picture[outside])
    assert not np.array_equal(out[20:80, 10:60], picture[20:80, 10:60])


def test_a_box_becomes_a_coarse_grid_of_flat_blocks() -> None:
    picture = _noise(300, 300)
    out = pixelate(picture, [(37, 41, 180, 200)])
    region = out[41:241, 37:217]
    colours = len(np.unique(region.reshape(-1, 3), axis=0))
    assert blocks_across((37, 41, 180, 200)) <= BLOCKS
    assert colours <= BLOCKS * BLOCKS
    # every block is flat: rows within one block are identical
    block = -(-200 // BLOCKS)
    assert np.array_equal(region[:block], np.repeat(region[:1], block, axis=0))


def test_boxes_partly_or_wholly_outside_the_picture() -> None:
    picture = _noise()
    out = pixelate(picture, [(-20, -10, 50, 40), (150, 100, 50, 50), (500, 500, 10, 10),
                             (10, 10, 0, 0)])
    assert out.shape == picture.shape and out is not picture
    assert np.array_equal(out[40:, 40:140], picture[40:, 40:140])
    assert len(np.unique(out[:30, :30].reshape(-1, 3), axis=0)) <= BLOCKS * BLOCKS
    assert np.array_equal(pixelate(picture, []), picture)


def test_tiny_boxes_are_still_covered() -> None:
    picture = _noise()
    out = pixelate(picture, [(5, 5, 3, 2)])
    assert len(np.unique(out[5:7, 5:8].reshape(-1, 3), axis=0)) <= 6
    assert np.array_equal(out[8:, :], picture[8:, :])
