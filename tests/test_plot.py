"""course.plot: every helper draws one figure from tensors or arrays without error."""

from __future__ import annotations

import matplotlib.pyplot as plt
import torch

from course import plot
from course.data import make_shapes


def test_shown_plots_return_nothing_so_a_last_line_shows_once():
    assert plot.plot_curves({"loss": [2, 1]}) is None
    plt.close("all")


def test_every_plot_helper_draws_a_figure():
    data = make_shapes(6, size=24, max_shapes=2, seed=0)
    figures = [
        plot.show_images(data.images, titles=[str(int(v)) for v in data.labels], ncols=3, show=False),
        plot.show_images(data.images[:, :1], show=False),
        plot.show_feature_maps(torch.randn(4, 5, 5), title="maps", show=False),
        plot.show_boxes(data.images[0], data.boxes[0], labels=["a"] * len(data.boxes[0]), show=False),
        plot.show_masks(data.images, data.masks, show=False),
        plot.plot_curves({"train": [3, 2, 1], "val": [3, 2.5, 2.4]}, logy=True, title="loss", show=False),
        plot.plot_confusion_matrix(torch.tensor([[5, 1], [2, 7]]), ["cat", "dog"], show=False),
    ]
    for figure in figures:
        assert isinstance(figure, plt.Figure) and figure.axes
    plt.close("all")
