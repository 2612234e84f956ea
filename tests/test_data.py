"""course.data: offline, seeded, consistent labels, boxes and masks."""

from __future__ import annotations

import time

import numpy as np
import pytest
import torch

from course.data import (SHAPE_CLASSES, load_digits, make_cells, make_moving_shapes, make_shapes, make_text_lines,
                         sample_image)


def test_digits_are_the_real_scikit_learn_set():
    images, labels = load_digits()
    assert images.shape == (1797, 1, 8, 8) and images.dtype == torch.float32
    assert 0.0 <= images.min() and images.max() <= 1.0
    assert labels.dtype == torch.int64 and sorted(labels.unique().tolist()) == list(range(10))


def test_digits_read_from_the_file_equal_scikit_learns_own_loader(monkeypatch):
    from sklearn.datasets import load_digits as sklearn_load_digits

    import course.data

    assert course.data._sklearn_digits_file() is not None  # the fast path is the one taken here
    bunch = sklearn_load_digits()
    expected = torch.from_numpy(bunch.images.astype(np.float32) / 16.0).unsqueeze(1)
    images, labels = load_digits()
    assert torch.equal(images, expected) and torch.equal(labels, torch.from_numpy(bunch.target.astype(np.int64)))
    monkeypatch.setattr(course.data, "_sklearn_digits_file", lambda: None)  # the fallback gives the same set
    fallback_images, fallback_labels = load_digits()
    assert torch.equal(fallback_images, images) and torch.equal(fallback_labels, labels)


def test_sample_image_ships_with_scikit_image():
    assert sample_image("camera").shape == (512, 512)
    with pytest.raises(ValueError, match="no sample image"):
        sample_image("no_such_picture")


def test_shapes_are_seeded_and_fast():
    started = time.perf_counter()
    a = make_shapes(256, size=32, max_shapes=3, seed=7)
    assert time.perf_counter() - started < 5  # generous: the point is "not minutes"
    b = make_shapes(256, size=32, max_shapes=3, seed=7)
    c = make_shapes(256, size=32, max_shapes=3, seed=8)
    assert torch.equal(a.images, b.images) and torch.equal(a.masks, b.masks)
    assert not torch.equal(a.images, c.images)


def test_shapes_labels_boxes_and_masks_agree():
    data = make_shapes(64, size=32, max_shapes=3, seed=1)
    assert data.images.shape == (64, 3, 32, 32) and 0 <= data.images.min() and data.images.max() <= 1
    assert len(data) == 64 and data.multi_hot.shape == (64, len(SHAPE_CLASSES))
    for i in range(64):
        boxes, kinds = data.boxes[i], data.box_labels[i]
        assert boxes.shape == (len(kinds), 4) and 1 <= len(kinds) <= 3
        present = torch.zeros(len(SHAPE_CLASSES))
        present[kinds] = 1
        assert torch.equal(present, data.multi_hot[i])
        for (x1, y1, x2, y2), kind in zip(boxes.long().tolist(), kinds.tolist()):
            inside = data.masks[i, y1:y2, x1:x2]
            assert (inside == kind + 1).any(), "every box holds pixels of its own class"
        areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
        assert data.labels[i] == kinds[int(areas.argmax())]
    assert set(np.unique(data.masks.numpy())) <= {0, 1, 2, 3}


def test_single_shape_scenes_cover_every_class():
    data = make_shapes(90, max_shapes=1, seed=0)
    assert all(len(k) == 1 for k in data.box_labels)
    assert sorted(data.labels.unique().tolist()) == [0, 1, 2]


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        make_shapes(0)


def test_moving_shapes_are_seeded_and_move_in_straight_lines():
    a = make_moving_shapes(n_frames=24, size=64, n_objects=3, seed=3)
    b = make_moving_shapes(n_frames=24, size=64, n_objects=3, seed=3)
    assert torch.equal(a.frames, b.frames) and torch.equal(a.boxes, b.boxes)
    assert not torch.equal(a.frames, make_moving_shapes(n_frames=24, seed=4).frames)
    assert a.frames.shape == (24, 3, 64, 64) and a.boxes.shape == (24, 3, 4) and len(a) == 24
    assert 0 <= a.frames.min() and a.frames.max() <= 1
    assert (a.boxes >= 0).all() and (a.boxes <= 64).all(), "every box stays inside the frame"
    # Constant velocity: each corner moves by the stated velocity every frame, up to rounding to pixels.
    t = torch.arange(24, dtype=torch.float32)[:, None]
    for k in range(3):
        predicted = a.boxes[0, k, :2] + t * a.velocity[k]
        assert (a.boxes[:, k, :2] - predicted).abs().max() <= 1.0


def test_moving_shapes_hide_objects_behind_the_occluder():
    hidden_somewhere = 0
    for seed in range(5):
        video = make_moving_shapes(n_frames=30, n_objects=3, seed=seed)
        x1, _, x2, _ = video.occluder
        behind = (video.boxes[..., 0] >= x1) & (video.boxes[..., 2] <= x2)
        clear_of_it = (video.boxes[..., 2] <= x1) | (video.boxes[..., 0] >= x2)
        assert not (behind & video.visible).any(), "an object wholly behind the bar is not visible"
        assert video.visible[clear_of_it].all(), "an object clear of the bar is visible"
        assert video.visible.any(dim=0).all(), "every object is visible in some frame"
        assert (video.frames[:, :, :, x1:x2] - 0.45).abs().max() < 0.2, "the bar is drawn in front"
        hidden_somewhere += int((~video.visible).any())
        for t in range(30):
            assert torch.equal(video.detections(t), video.boxes[t][video.visible[t]])
    assert hidden_somewhere >= 4, "most videos have an occlusion to track through"
    clear = make_moving_shapes(n_frames=10, occluder=False, seed=0)
    assert clear.occluder is None and clear.visible.all()
    with pytest.raises(ValueError):
        make_moving_shapes(n_frames=1)


def test_cells_are_seeded_with_masks_that_match_the_pixels():
    a, b = make_cells(16, seed=2), make_cells(16, seed=2)
    assert torch.equal(a.images, b.images) and torch.equal(a.instances, b.instances)
    assert not torch.equal(a.images, make_cells(16, seed=3).images)
    assert a.images.shape == (16, 1, 64, 64) and a.masks.shape == (16, 64, 64) and len(a) == 16
    assert torch.equal(a.masks, (a.instances > 0).long())
    assert ((3 <= a.counts) & (a.counts <= 8)).all()
    assert all(a.instances[i].max() <= a.counts[i] for i in range(16))
    inside = a.images[:, 0][a.masks == 1].mean()
    outside = a.images[:, 0][a.masks == 0].mean()
    assert inside > outside + 0.3, "cells are clearly brighter than the background"
    with pytest.raises(ValueError):
        make_cells(4, min_cells=5, max_cells=2)


def test_text_lines_render_their_labels():
    lines = make_text_lines(32, seed=5)
    again = make_text_lines(32, seed=5)
    assert torch.equal(lines.images, again.images) and lines.texts == again.texts
    assert lines.images.shape == (32, 1, 16, 64) and 0 <= lines.images.min() and lines.images.max() <= 1
    for i, text in enumerate(lines.texts):
        assert 3 <= len(text) <= 6 and set(text) <= set(lines.alphabet)
        assert lines.lengths[i] == len(text)
        assert lines.decode(lines.targets[i]) == text, "targets are 1 + the alphabet index, 0-padded"
        assert (lines.targets[i, len(text):] == 0).all()
    ink = (lines.images > 0.5).float().sum(dim=(1, 2, 3))
    assert (ink > 10).all(), "every line has visible text"
    longer = torch.tensor([len(t) for t in lines.texts], dtype=torch.float32)
    assert torch.corrcoef(torch.stack([ink, longer]))[0, 1] > 0.5, "more characters, more ink"
    with pytest.raises(ValueError):
        make_text_lines(2, max_length=20, width=32)
