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


# How `make test` shares the work between its workers (`--dist loadgroup`): the tests that share a
# module-scoped fixture, or the cells of one notebook under nbval, go to one worker together; every other
# test goes wherever a worker is free.  Groups are handed out longest first (measured costs, README's
# "What the suite costs"), so that both workers finish at about the same time.
LONGEST_FIRST = ("tests/test_adversarial.py", "tests/test_roundtrip.py", "tests/test_mutants.py",
                 "tests/test_grading_scale.py", "tests/test_cluster.py", "tests/test_cli.py", "source/")
UNGROUPED = ("tests/test_mutants.py", "tests/test_cli.py", "tests/test_diagnosis.py")  # no fixture shared beyond one test


def _work_group(item) -> str | None:
    path = item.nodeid.partition("::")[0]
    if path.endswith(".ipynb"):
        return path  # nbval: one kernel runs the notebook's cells in order
    if path == "tests/test_roundtrip.py":
        return f"roundtrip-{item.callspec.params['graded'].id}"  # one real nbgrader round trip per module
    return None if path in UNGROUPED else path


def _rank(item) -> int:
    path = item.nodeid
    return next((i for i, prefix in enumerate(LONGEST_FIRST) if path.startswith(prefix)), len(LONGEST_FIRST))


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(config, items):
    if not getattr(config.option, "loadgroup", False):  # what xdist sets in its workers for --dist loadgroup
        return
    for item in items:
        group = _work_group(item)
        if group:
            item.add_marker(pytest.mark.xdist_group(group))
    items.sort(key=_rank)  # stable: within a rank, collection order
