"""Executing source notebooks: to refresh their stored outputs, and to time them."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from course.errors import CourseError
from course.authoring.notebooks import read_notebook


@dataclass(frozen=True)
class NotebookTiming:
    run_all: float  # from asking for a kernel to the end of the last cell: what a student waits for
    total: float    # run_all plus the kernel's shutdown (about a second once torch is loaded)


def execute_notebook(path: Path, write: bool = False, timeout: int = 120) -> NotebookTiming:
    """Run every cell of the notebook at ``path`` in a fresh kernel and time it.

    With ``write=True`` the notebook is saved with its new outputs (the way to refresh what nbval compares).
    """
    nb = read_notebook(path)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(Path(path).parent)}})
    started = time.perf_counter()
    last_cell_done = [started]
    client.on_cell_executed = lambda **_: last_cell_done.__setitem__(0, time.perf_counter())
    try:
        client.execute()
    except CellExecutionError as error:
        last = [line for line in str(error).splitlines() if line.strip()][-1:]
        raise CourseError(f"{path} fails when executed: {last[0] if last else error}") from None
    timing = NotebookTiming(last_cell_done[0] - started, time.perf_counter() - started)
    if write:
        nbformat.write(nb, path)
    return timing
