"""Reproducible set-up for every notebook: seeds, deterministic kernels, the device.

``setup()`` is the first line of each notebook.  The device comes from the
``COURSE_DEVICE`` environment variable so that the same notebook, with the same
stored outputs, runs under nbval on a laptop CPU and on a CUDA machine.
"""

from __future__ import annotations

import os
import random

import numpy as np
import torch

from course.tracebacks import hide_checker_frames

DEVICE_VARIABLE = "COURSE_DEVICE"
DEVICE_CHOICES = ("auto", "cpu", "cuda")


def pick_device(requested: str | None = None) -> torch.device:
    """The device named by ``requested`` or ``$COURSE_DEVICE``: ``cpu``, ``cuda`` or ``auto`` (the default)."""
    choice = (requested or os.environ.get(DEVICE_VARIABLE) or "auto").strip().lower()
    if choice not in DEVICE_CHOICES:
        raise ValueError(f"{DEVICE_VARIABLE}={choice!r} is not one of {', '.join(DEVICE_CHOICES)}")
    if choice == "cuda" and not torch.cuda.is_available():
        raise RuntimeError(f"{DEVICE_VARIABLE}=cuda was asked for, but PyTorch sees no CUDA device; "
                           f"unset it or use {DEVICE_VARIABLE}=cpu")
    if choice == "auto":
        choice = "cuda" if torch.cuda.is_available() else "cpu"
    return torch.device(choice)


def seed_everything(seed: int = 0) -> None:
    """Seed Python's, NumPy's and PyTorch's (CPU and CUDA) random number generators."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)  # also seeds every CUDA device


def make_deterministic() -> None:
    """Ask PyTorch for deterministic kernels and full float32 precision (no TF32) on every device."""
    # cuBLAS reads this before its first call; without it deterministic matmuls raise on CUDA.
    os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
    torch.use_deterministic_algorithms(True)
    torch.backends.cudnn.benchmark = False
    torch.backends.cudnn.deterministic = True
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False


def setup(seed: int = 0, device: str | None = None) -> torch.device:
    """Seed everything, switch on deterministic algorithms and return the device to use.

    >>> device = setup()          # honours COURSE_DEVICE=cpu|cuda|auto
    """
    make_deterministic()
    seed_everything(seed)
    hide_checker_frames()
    return pick_device(device)
