"""course.plot: each helper draws what it promises (the pixels, boxes, masks, curves and counts given)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest
import torch

from course import plot
from course.data import make_shapes


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def shapes():
    return make_shapes(6, size=24, max_shapes=2, seed=0)


def test_shown_plots_return_nothing_so_a_last_line_shows_once():
    assert plot.plot_curves({"loss": [2, 1]}) is None


def test_show_images_draws_every_image_with_its_title(shapes):
    titles = [str(int(v)) for v in shapes.labels]
    figure = plot.show_images(shapes.images, titles=titles, ncols=4, show=False)
    drawn = [ax for ax in figure.axes if ax.images]
    assert len(figure.axes) == 8 and len(drawn) == 6, "6 images on a 2x4 grid, two empty cells"
    assert [ax.get_title() for ax in drawn] == titles
    first = drawn[0].images[0].get_array()
    assert first.shape == (24, 24, 3) and np.allclose(first, shapes.images[0].permute(1, 2, 0).numpy())
    one_channel = plot.show_images(shapes.images[:2, :1], show=False).axes[0].images[0].get_array()
    assert one_channel.shape == (24, 24), "a one-channel image is drawn as a 2-D map"


def test_feature_maps_name_every_channel():
    maps = torch.randn(4, 5, 5, generator=torch.Generator().manual_seed(0))
    figure = plot.show_feature_maps(maps, title="maps", show=False)
    assert [ax.get_title() for ax in figure.axes] == ["ch 0", "ch 1", "ch 2", "ch 3"]
    assert np.allclose(figure.axes[2].images[0].get_array(), maps[2].numpy())
    assert figure._suptitle.get_text() == "maps"


def test_boxes_are_drawn_where_they_are(shapes):
    boxes = torch.tensor([[2.0, 3.0, 10.0, 12.0], [5.0, 5.0, 20.0, 9.0]])
    figure = plot.show_boxes(shapes.images[0], boxes, labels=["a", "b"], show=False)
    rectangles = figure.axes[0].patches
    assert [(r.get_x() + 0.5, r.get_y() + 0.5, r.get_width(), r.get_height()) for r in rectangles] == \
        [(2.0, 3.0, 8.0, 9.0), (5.0, 5.0, 15.0, 4.0)]
    assert [t.get_text() for t in figure.axes[0].texts] == ["a", "b"]


def test_masks_leave_the_background_clear(shapes):
    figure = plot.show_masks(shapes.images[:2], shapes.masks[:2], show=False)
    overlay = figure.axes[0].images[1].get_array()
    assert np.array_equal(overlay.mask, shapes.masks[0].numpy() == 0)
    assert np.array_equal(overlay.data[~overlay.mask], shapes.masks[0].numpy()[shapes.masks[0].numpy() != 0])


def test_curves_plot_each_series_with_its_label():
    figure = plot.plot_curves({"train": [3, 2, 1], "val": [3, 2.5, 2.4]}, logy=True, title="loss", show=False)
    ax = figure.axes[0]
    assert [line.get_label() for line in ax.lines] == ["train", "val"]
    assert list(ax.lines[1].get_ydata()) == [3, 2.5, 2.4] and ax.get_yscale() == "log" and ax.get_title() == "loss"


def test_confusion_matrix_is_annotated_with_its_counts():
    figure = plot.plot_confusion_matrix(torch.tensor([[5, 1], [2, 7]]), ["cat", "dog"], show=False)
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.texts] == ["5", "1", "2", "7"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["cat", "dog"]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("predicted class", "true class")
