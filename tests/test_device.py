"""course.device: seeding, determinism and the COURSE_DEVICE switch."""

from __future__ import annotations

import random

import numpy as np
import pytest
import torch

from course import setup
from course.device import pick_device


def test_setup_seeds_every_generator():
    setup(seed=3)
    first = (random.random(), np.random.rand(), torch.rand(1).item())
    setup(seed=3)
    assert (random.random(), np.random.rand(), torch.rand(1).item()) == first


def test_setup_turns_on_determinism_and_off_tf32():
    setup()
    assert torch.are_deterministic_algorithms_enabled()
    assert not torch.backends.cuda.matmul.allow_tf32
    assert not torch.backends.cudnn.allow_tf32
    assert not torch.backends.cudnn.benchmark


@pytest.mark.parametrize("value, expected", [("cpu", "cpu"), ("CPU", "cpu"), ("", "cuda" if torch.cuda.is_available() else "cpu")])
def test_course_device_variable(monkeypatch, value, expected):
    monkeypatch.setenv("COURSE_DEVICE", value)
    assert setup().type == expected


def test_auto_is_the_default(monkeypatch):
    monkeypatch.delenv("COURSE_DEVICE", raising=False)
    assert pick_device().type == ("cuda" if torch.cuda.is_available() else "cpu")


def test_bad_device_names_are_refused(monkeypatch):
    monkeypatch.setenv("COURSE_DEVICE", "tpu")
    with pytest.raises(ValueError, match="COURSE_DEVICE='tpu' is not one of auto, cpu, cuda"):
        setup()


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the message on a machine without CUDA")
def test_cuda_without_a_gpu_says_so(monkeypatch):
    monkeypatch.setenv("COURSE_DEVICE", "cuda")
    with pytest.raises(RuntimeError, match="sees no CUDA device"):
        setup()
