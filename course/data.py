"""Offline data for the notebooks: real images that ship inside packages, and seeded synthetic sets.

Nothing here downloads anything.  Every generator takes a ``seed`` and returns
the same tensors for the same arguments, on any machine, in well under a second.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

SHAPE_CLASSES = ("square", "circle", "triangle")


def load_digits() -> tuple[torch.Tensor, torch.Tensor]:
    """scikit-learn's handwritten digits: images ``(1797, 1, 8, 8)`` float32 in [0, 1] and labels int64."""
    from sklearn.datasets import load_digits as _load  # imported late: scikit-learn is slow to import

    bunch = _load()
    images = torch.from_numpy(bunch.images.astype(np.float32) / 16.0).unsqueeze(1)
    return images, torch.from_numpy(bunch.target.astype(np.int64))


def sample_image(name: str = "camera") -> np.ndarray:
    """A scikit-image sample picture (shipped inside the package), e.g. ``camera``, ``astronaut``, ``coins``."""
    from skimage import data as _skdata

    loader = getattr(_skdata, name, None)
    if loader is None or not callable(loader):
        raise ValueError(f"scikit-image has no sample image called {name!r}")
    return loader()


@dataclass(frozen=True)
class Shapes:
    """A batch of synthetic scenes of coloured squares, circles and triangles.

    ``images``      (N, 3, S, S) float32 in [0, 1]
    ``labels``      (N,) int64, the class of the largest shape in each image
    ``multi_hot``   (N, K) float32, 1 where a class is present
    ``boxes``       list of N float32 tensors (n_i, 4), xyxy pixel corners, x2/y2 exclusive
    ``box_labels``  list of N int64 tensors (n_i,)
    ``masks``       (N, S, S) int64, 0 for background and class + 1 on each shape's pixels
    """

    images: torch.Tensor
    labels: torch.Tensor
    multi_hot: torch.Tensor
    boxes: list[torch.Tensor]
    box_labels: list[torch.Tensor]
    masks: torch.Tensor
    classes: tuple[str, ...] = SHAPE_CLASSES

    def __len__(self) -> int:
        return self.images.shape[0]


def _shape_mask(kind: int, size: int, top: int, left: int, extent: int) -> np.ndarray:
    """Boolean (size, size) mask of one shape inscribed in the square [top, top+extent) x [left, left+extent)."""
    yy, xx = np.mgrid[0:size, 0:size]
    inside = (yy >= top) & (yy < top + extent) & (xx >= left) & (xx < left + extent)
    if kind == 0:  # square
        return inside
    v = (yy - top + 0.5) / extent  # 0..1 from top to bottom of the box
    u = (xx - left + 0.5) / extent
    if kind == 1:  # circle
        return inside & ((u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.25)
    return inside & (np.abs(u - 0.5) <= v / 2)  # triangle, apex at the top


def make_shapes(n: int, size: int = 32, max_shapes: int = 1, seed: int = 0, noise: float = 0.03,
                min_extent: int | None = None, max_extent: int | None = None) -> Shapes:
    """``n`` seeded scenes of 1..``max_shapes`` non-overlapping shapes on a dark background.

    With ``max_shapes=1`` every image holds exactly one shape, which makes a clean
    3-class classification set; with more, the boxes, multi-hot labels and masks
    serve detection, multi-label classification and segmentation.
    """
    if n < 1 or size < 8 or max_shapes < 1:
        raise ValueError("make_shapes needs n >= 1, size >= 8 and max_shapes >= 1")
    rng = np.random.default_rng(seed)
    lo = min_extent or max(4, size // 5)
    hi = max_extent or max(lo + 1, size // 2)
    images = np.empty((n, 3, size, size), dtype=np.float32)
    masks = np.zeros((n, size, size), dtype=np.int64)
    labels = np.zeros(n, dtype=np.int64)
    multi_hot = np.zeros((n, len(SHAPE_CLASSES)), dtype=np.float32)
    boxes, box_labels = [], []
    for i in range(n):
        canvas = np.repeat(rng.uniform(0.0, 0.2, size=(3, 1, 1)), size, 1).repeat(size, 2).astype(np.float32)
        wanted = int(rng.integers(1, max_shapes + 1))
        placed: list[tuple[int, int, int, int]] = []
        kinds: list[int] = []
        for _ in range(wanted):
            for _attempt in range(20):  # rejection sampling keeps shapes apart, so masks and boxes agree
                extent = int(rng.integers(lo, hi + 1))
                top, left = (int(v) for v in rng.integers(0, size - extent + 1, size=2))
                box = (left, top, left + extent, top + extent)
                if all(box[2] <= b[0] or b[2] <= box[0] or box[3] <= b[1] or b[3] <= box[1] for b in placed):
                    break
            else:
                continue
            kind = int(rng.integers(len(SHAPE_CLASSES)))
            shape = _shape_mask(kind, size, top, left, extent)
            canvas[:, shape] = rng.uniform(0.5, 1.0, size=(3, 1)).astype(np.float32)
            masks[i][shape] = kind + 1
            placed.append(box)
            kinds.append(kind)
        if noise:
            canvas += rng.normal(0.0, noise, size=canvas.shape).astype(np.float32)
        images[i] = np.clip(canvas, 0.0, 1.0)
        areas = [(b[2] - b[0]) * (b[3] - b[1]) for b in placed]
        labels[i] = kinds[int(np.argmax(areas))]
        multi_hot[i, kinds] = 1.0
        boxes.append(torch.tensor(placed, dtype=torch.float32).reshape(-1, 4))
        box_labels.append(torch.tensor(kinds, dtype=torch.int64))
    return Shapes(torch.from_numpy(images), torch.from_numpy(labels), torch.from_numpy(multi_hot),
                  boxes, box_labels, torch.from_numpy(masks))
