"""Plots the notebooks share: image grids, feature maps, boxes and masks, curves, confusion matrices.

Each function draws one figure and shows it.  It returns nothing, so a call as a
cell's last line shows the figure once (a returned figure would be displayed a
second time); pass ``show=False`` to get the figure back unshown, to tweak or save.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
import torch


def _finish(fig, show: bool):
    if not show:
        return fig
    plt.show()
    return None


def _to_numpy_image(image) -> np.ndarray:
    """(C,H,W) or (H,W) tensor/array → (H,W) or (H,W,3) NumPy array for imshow."""
    array = image.detach().cpu().numpy() if isinstance(image, torch.Tensor) else np.asarray(image)
    if array.ndim == 3 and array.shape[0] in (1, 3):
        array = array[0] if array.shape[0] == 1 else np.transpose(array, (1, 2, 0))
    return array


def show_images(images, titles: Sequence[str] | None = None, ncols: int = 8, cmap: str = "gray",
                size: float = 1.6, suptitle: str | None = None, show: bool = True,
                vmin: float | None = None, vmax: float | None = None):
    """A grid of images; ``images`` is a sequence or an (N, C, H, W) tensor.

    ``vmin``/``vmax`` put every image on one colour scale (by default each image gets its own).
    """
    images = list(images)
    ncols = max(1, min(ncols, len(images)))
    nrows = (len(images) + ncols - 1) // ncols
    fig, axes = plt.subplots(nrows, ncols, figsize=(size * ncols, size * nrows), squeeze=False)
    for index, ax in enumerate(axes.flat):
        ax.axis("off")
        if index < len(images):
            ax.imshow(_to_numpy_image(images[index]), cmap=cmap, vmin=vmin, vmax=vmax)
            if titles is not None:
                ax.set_title(str(titles[index]), fontsize=9)
    if suptitle:
        fig.suptitle(suptitle)
    fig.tight_layout()
    return _finish(fig, show)


def show_feature_maps(maps, ncols: int = 8, title: str | None = None, cmap: str = "viridis", show: bool = True):
    """Every channel of one (C, H, W) activation as its own small image, each with its own colour scale."""
    maps = maps.detach().cpu() if isinstance(maps, torch.Tensor) else torch.as_tensor(maps)
    return show_images(list(maps), titles=[f"ch {c}" for c in range(maps.shape[0])], ncols=ncols, cmap=cmap,
                       suptitle=title, show=show)


def show_boxes(image, boxes, labels: Sequence[str] | None = None, ax=None, color: str = "yellow",
               show: bool = True):
    """One image with xyxy boxes drawn on it and optional text labels."""
    own = ax is None
    if own:
        fig, ax = plt.subplots(figsize=(3, 3))
    ax.imshow(_to_numpy_image(image), cmap="gray")
    for index, (x1, y1, x2, y2) in enumerate(np.asarray(torch.as_tensor(boxes).cpu()).reshape(-1, 4)):
        ax.add_patch(plt.Rectangle((x1 - 0.5, y1 - 0.5), x2 - x1, y2 - y1, fill=False, color=color, lw=1.5))
        if labels is not None:
            ax.text(x1, y1 - 1, str(labels[index]), color=color, fontsize=8)
    ax.axis("off")
    return _finish(fig, show) if own else ax


def show_masks(images, masks, ncols: int = 6, alpha: float = 0.5, show: bool = True):
    """Images with their integer masks laid over them (0 = background stays clear)."""
    n = len(images)
    ncols = max(1, min(ncols, n))
    nrows = (n + ncols - 1) // ncols
    fig, axes = plt.subplots(nrows, ncols, figsize=(1.8 * ncols, 1.8 * nrows), squeeze=False)
    for index, ax in enumerate(axes.flat):
        ax.axis("off")
        if index < n:
            ax.imshow(_to_numpy_image(images[index]), cmap="gray")
            mask = np.asarray(torch.as_tensor(masks[index]).cpu(), dtype=float)
            ax.imshow(np.ma.masked_where(mask == 0, mask), cmap="tab10", alpha=alpha, vmin=0, vmax=9)
    fig.tight_layout()
    return _finish(fig, show)


def plot_curves(curves: Mapping[str, Sequence[float]], xlabel: str = "epoch", ylabel: str = "loss",
                title: str | None = None, logy: bool = False, show: bool = True):
    """Several named curves (loss, accuracy …) against their index."""
    fig, ax = plt.subplots(figsize=(5, 3.2))
    for name, values in curves.items():
        ax.plot(np.arange(len(values)), np.asarray(values, dtype=float), label=name)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if logy:
        ax.set_yscale("log")
    if title:
        ax.set_title(title)
    ax.legend()
    fig.tight_layout()
    return _finish(fig, show)


def plot_confusion_matrix(cm, class_names: Sequence[str] | None = None, title: str = "confusion matrix",
                          show: bool = True):
    """Rows are the true class, columns the predicted class; every cell is annotated with its count."""
    cm = np.asarray(torch.as_tensor(cm).cpu())
    k = cm.shape[0]
    names = list(class_names) if class_names is not None else [str(i) for i in range(k)]
    fig, ax = plt.subplots(figsize=(0.6 * k + 2, 0.6 * k + 1.6))
    ax.imshow(cm, cmap="Blues")
    for r in range(k):
        for c in range(k):
            ax.text(c, r, str(cm[r, c]), ha="center", va="center",
                    color="white" if cm[r, c] > cm.max() / 2 else "black", fontsize=8)
    ax.set_xticks(range(k), names)
    ax.set_yticks(range(k), names)
    ax.set_xlabel("predicted class")
    ax.set_ylabel("true class")
    ax.set_title(title)
    fig.tight_layout()
    return _finish(fig, show)
