"""Offline data for the notebooks: real images that ship inside packages, and seeded synthetic sets.

Nothing here downloads anything.  Every generator takes a ``seed`` and returns
the same tensors for the same arguments, on any machine, in well under a second.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

SHAPE_CLASSES = ("square", "circle", "triangle")


def load_digits() -> tuple[torch.Tensor, torch.Tensor]:
    """scikit-learn's handwritten digits: images ``(1797, 1, 8, 8)`` float32 in [0, 1] and labels int64.

    Read straight from the file scikit-learn ships (``sklearn/datasets/data/digits.csv.gz``): importing
    scikit-learn (and SciPy with it) costs more than a second of every notebook that only wants the digits.
    """
    path = _sklearn_digits_file()
    if path is not None:
        data = np.loadtxt(path, delimiter=",")  # 1797 rows: 64 pixels (0..16), then the label
        pixels, target = data[:, :-1], data[:, -1]
    else:  # an unusual installation: let scikit-learn find its own file
        from sklearn.datasets import load_digits as _load

        bunch = _load()
        pixels, target = bunch.data, bunch.target
    images = torch.from_numpy(pixels.astype(np.float32).reshape(-1, 8, 8) / 16.0).unsqueeze(1)
    return images, torch.from_numpy(target.astype(np.int64))


def _sklearn_digits_file() -> Path | None:
    spec = importlib.util.find_spec("sklearn")  # locates the package without importing it
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "datasets" / "data" / "digits.csv.gz"
    return path if path.is_file() else None


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


@dataclass(frozen=True)
class MovingShapes:
    """A seeded synthetic video of shapes moving at constant velocity, some passing behind an occluder.

    ``frames``    (T, 3, S, S) float32 in [0, 1]
    ``boxes``     (T, K, 4) float32, xyxy pixel corners of every object in every frame, hidden or not
    ``visible``   (T, K) bool, False while the occluder covers more than half of the object
    ``kinds``     (K,) int64, each object's class in ``SHAPE_CLASSES``
    ``velocity``  (K, 2) float32, pixels per frame as (dx, dy)
    ``occluder``  xyxy corners of the grey bar drawn in front of everything, or None
    """

    frames: torch.Tensor
    boxes: torch.Tensor
    visible: torch.Tensor
    kinds: torch.Tensor
    velocity: torch.Tensor
    occluder: tuple[int, int, int, int] | None

    def __len__(self) -> int:
        return self.frames.shape[0]

    def detections(self, t: int) -> torch.Tensor:
        """The boxes a perfect detector would report in frame ``t``: the visible objects only, (n, 4) xyxy."""
        return self.boxes[t][self.visible[t]]


def make_moving_shapes(n_frames: int = 20, size: int = 64, n_objects: int = 3, seed: int = 0,
                       extent: int = 10, occluder: bool = True, noise: float = 0.02) -> MovingShapes:
    """A video for tracking: ``n_objects`` shapes of side ``extent`` crossing the frame in straight lines.

    Each object's first and last positions are drawn inside the frame and its velocity is
    the straight line between them, so every box stays inside the frame and a
    constant-velocity model predicts it exactly (up to rounding to whole pixels). With
    ``occluder`` a vertical grey bar in the middle third hides objects as they pass.
    """
    if n_frames < 2 or n_objects < 1 or extent < 4 or size < 2 * extent:
        raise ValueError("make_moving_shapes needs n_frames >= 2, n_objects >= 1, extent >= 4 and size >= 2*extent")
    rng = np.random.default_rng(seed)
    span = size - extent
    start = rng.uniform(0, span, size=(n_objects, 2))
    end = rng.uniform(0, span, size=(n_objects, 2))
    # Objects start on the left or the right at random and cross to the other side, so most pass the bar.
    left_to_right = rng.random(n_objects) < 0.5
    start[:, 0] = np.where(left_to_right, rng.uniform(0, span / 4, n_objects), rng.uniform(3 * span / 4, span, n_objects))
    end[:, 0] = np.where(left_to_right, rng.uniform(3 * span / 4, span, n_objects), rng.uniform(0, span / 4, n_objects))
    velocity = (end - start) / (n_frames - 1)
    kinds = rng.integers(len(SHAPE_CLASSES), size=n_objects)
    colours = rng.uniform(0.5, 1.0, size=(n_objects, 3)).astype(np.float32)
    background = rng.uniform(0.0, 0.2, size=(3, 1, 1)).astype(np.float32)
    bar = None
    if occluder:
        width = max(extent + 4, size // 5)  # wider than an object, so one can vanish behind it
        x1 = int(rng.integers(size // 3, 2 * size // 3 - width + 1))
        bar = (x1, 0, x1 + width, size)

    frames = np.empty((n_frames, 3, size, size), dtype=np.float32)
    boxes = np.empty((n_frames, n_objects, 4), dtype=np.float32)
    visible = np.ones((n_frames, n_objects), dtype=bool)
    for t in range(n_frames):
        canvas = np.broadcast_to(background, (3, size, size)).copy()
        for k in range(n_objects):
            left, top = (int(round(v)) for v in start[k] + t * velocity[k])
            boxes[t, k] = (left, top, left + extent, top + extent)
            shape = _shape_mask(int(kinds[k]), size, top, left, extent)
            canvas[:, shape] = colours[k][:, None]
            if bar is not None:
                hidden = shape[:, bar[0]:bar[2]].sum()
                visible[t, k] = hidden * 2 <= shape.sum()
        if bar is not None:
            canvas[:, :, bar[0]:bar[2]] = 0.45
        if noise:
            canvas += rng.normal(0.0, noise, size=canvas.shape).astype(np.float32)
        frames[t] = np.clip(canvas, 0.0, 1.0)
    return MovingShapes(torch.from_numpy(frames), torch.from_numpy(boxes), torch.from_numpy(visible),
                        torch.from_numpy(kinds.astype(np.int64)), torch.from_numpy(velocity.astype(np.float32)), bar)


@dataclass(frozen=True)
class Cells:
    """Synthetic microscopy-like images: bright, blurry, overlapping ellipses ("cells") on a noisy background.

    ``images``     (N, 1, S, S) float32 in [0, 1]
    ``masks``      (N, S, S) int64, 1 on cell pixels, 0 on the background (semantic segmentation)
    ``instances``  (N, S, S) int64, 0 for the background and k = 1, 2, … for the k-th cell drawn (a later
                   cell covers an earlier one where they overlap)
    ``counts``     (N,) int64, how many cells each image holds
    """

    images: torch.Tensor
    masks: torch.Tensor
    instances: torch.Tensor
    counts: torch.Tensor

    def __len__(self) -> int:
        return self.images.shape[0]


def make_cells(n: int, size: int = 64, min_cells: int = 3, max_cells: int = 8, seed: int = 0,
               noise: float = 0.08) -> Cells:
    """``n`` seeded images of ``min_cells``..``max_cells`` cells each, with their semantic and instance masks."""
    if n < 1 or size < 16 or not 1 <= min_cells <= max_cells:
        raise ValueError("make_cells needs n >= 1, size >= 16 and 1 <= min_cells <= max_cells")
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    images = np.empty((n, 1, size, size), dtype=np.float32)
    instances = np.zeros((n, size, size), dtype=np.int64)
    counts = rng.integers(min_cells, max_cells + 1, size=n)
    for i in range(n):
        canvas = np.full((size, size), rng.uniform(0.05, 0.2), dtype=np.float32)
        canvas += 0.05 * np.sin(xx / size * rng.uniform(2, 6) + rng.uniform(0, 6))  # uneven illumination
        for k in range(1, counts[i] + 1):
            cy, cx = rng.uniform(0.1 * size, 0.9 * size, size=2)
            ry, rx = rng.uniform(0.05 * size, 0.13 * size, size=2)
            angle = rng.uniform(0, np.pi)
            dy, dx = yy - cy, xx - cx
            u = (dx * np.cos(angle) + dy * np.sin(angle)) / rx
            v = (-dx * np.sin(angle) + dy * np.cos(angle)) / ry
            r2 = u ** 2 + v ** 2
            inside = r2 <= 1.0
            brightness = rng.uniform(0.55, 0.9)
            canvas[inside] = brightness * (1.0 - 0.25 * r2[inside])  # brighter in the middle, like a nucleus
            instances[i][inside] = k
        canvas += rng.normal(0.0, noise, size=canvas.shape).astype(np.float32)
        images[i, 0] = np.clip(canvas, 0.0, 1.0)
    masks = (instances > 0).astype(np.int64)
    return Cells(torch.from_numpy(images), torch.from_numpy(masks), torch.from_numpy(instances),
                 torch.from_numpy(counts.astype(np.int64)))


TEXT_ALPHABET = "0123456789"


@dataclass(frozen=True)
class TextLines:
    """Lines of text rendered with Pillow's built-in font, for OCR with CTC.

    ``images``    (N, 1, H, W) float32 in [0, 1], white text on black
    ``texts``     the N strings
    ``targets``   (N, L) int64 class indices, 1 + the character's place in ``alphabet`` (0 is CTC's
                  blank), padded with 0 after each line's length
    ``lengths``   (N,) int64, the number of characters in each line
    """

    images: torch.Tensor
    texts: list[str]
    targets: torch.Tensor
    lengths: torch.Tensor
    alphabet: str = TEXT_ALPHABET

    def __len__(self) -> int:
        return self.images.shape[0]

    def decode(self, indices) -> str:
        """Class indices (blank 0 excluded) back to text."""
        return "".join(self.alphabet[int(i) - 1] for i in indices if int(i) > 0)


def make_text_lines(n: int, min_length: int = 3, max_length: int = 6, height: int = 16, width: int = 64,
                    seed: int = 0, alphabet: str = TEXT_ALPHABET, noise: float = 0.05) -> TextLines:
    """``n`` seeded lines of ``min_length``..``max_length`` random characters of ``alphabet``, drawn with
    Pillow's built-in font at a random offset, plus a little noise."""
    from PIL import Image, ImageDraw, ImageFont

    if n < 1 or not 1 <= min_length <= max_length or not alphabet:
        raise ValueError("make_text_lines needs n >= 1, 1 <= min_length <= max_length and an alphabet")
    font = ImageFont.load_default()
    widest = max(font.getbbox(ch)[2] for ch in alphabet)
    if widest * max_length + 4 > width or height < 12:
        raise ValueError(f"lines of {max_length} characters need width >= {widest * max_length + 4} and height >= 12")
    rng = np.random.default_rng(seed)
    images = np.empty((n, 1, height, width), dtype=np.float32)
    targets = np.zeros((n, max_length), dtype=np.int64)
    lengths = rng.integers(min_length, max_length + 1, size=n)
    texts = []
    for i in range(n):
        text = "".join(alphabet[j] for j in rng.integers(len(alphabet), size=lengths[i]))
        picture = Image.new("L", (width, height))
        _, top, right, bottom = font.getbbox(text)
        x = int(rng.integers(0, max(1, width - right - 1)))
        y = int(rng.integers(-top, max(-top + 1, height - bottom)))
        ImageDraw.Draw(picture).text((x, y), text, fill=255, font=font)
        line = np.asarray(picture, dtype=np.float32) / 255.0
        images[i, 0] = np.clip(line + rng.normal(0.0, noise, size=line.shape), 0.0, 1.0)
        targets[i, :len(text)] = [alphabet.index(ch) + 1 for ch in text]
        texts.append(text)
    return TextLines(torch.from_numpy(images), texts, torch.from_numpy(targets),
                     torch.from_numpy(lengths.astype(np.int64)), alphabet)
