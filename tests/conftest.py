"""Shared fixtures: the repository root and the course's catalog."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")  # tests never open windows
os.environ.setdefault("COURSE_DEVICE", "cpu")

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: runs real nbgrader on whole modules (skipped by make test-fast)")


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def catalog():
    from course.catalog import load_catalog

    return load_catalog()
