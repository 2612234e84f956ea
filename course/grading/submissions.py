"""Taking a submitted notebook apart safely: what the student answered, and nothing else.

A submission is never handed to nbgrader as it is.  ``prepare`` reads it with the
standard library's JSON parser, picks out the student's answer cells by their
nbgrader ``grade_id`` and puts them into a fresh copy of the release notebook.
Everything else (the course's explanations and code, the tests cells and their
metadata) comes from the course, so a file with deleted, duplicated or stripped
cells, or with edited tests, still grades, with the problem named:

- an answer cell whose metadata was stripped is found again by its first line
  (``def conv_output_size(...``);
- of duplicated answer cells the last one counts, as it would when the notebook runs;
- a deleted answer cell leaves the release's stub, which earns nothing;
- a file that is not JSON or not a notebook is *malformed*; an absent file is *missing*.

Cells a student added are not run by the grader (the README tells students so).
"""

from __future__ import annotations

import copy
import html
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from course.authoring.notebooks import autograded_tests, solution_cells
from course.grading.model import Status

MAX_NOTEBOOK_BYTES = 20 * 2**20
MAX_ANSWER_CHARS = 200_000


@dataclass
class PreparedNotebook:
    name: str                                   # file name, e.g. 03_conv_output_size.ipynb
    status: Status                              # graded, missing or malformed
    problems: list[str] = field(default_factory=list)
    notebook: nbformat.NotebookNode | None = None   # release + the student's answers; None if unusable
    lost_answers: dict[str, str] = field(default_factory=dict)  # answer grade_id → why it could not be used
    edited_tests: dict[str, str] = field(default_factory=dict)  # tests grade_id → what was done to it


def not_a_regular_file(mode: int) -> str | None:
    """Why a file of this mode is not graded (a link is never followed), or None for a regular file."""
    for test, what in ((stat.S_ISLNK, "a symbolic link"), (stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device")):
        if test(mode):
            return f"it is {what}, not a regular file; only regular files are graded"
    return None if stat.S_ISREG(mode) else "it is not a regular file; only regular files are graded"


def _read_regular(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file (links not followed, no waiting on a FIFO); ValueError else."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as error:  # ELOOP: a symbolic link
        raise ValueError(not_a_regular_file(os.lstat(path).st_mode) or f"it cannot be read ({error.strerror})") from None
    try:
        info = os.fstat(fd)
        problem = not_a_regular_file(info.st_mode)
        if problem:
            raise ValueError(problem)
        if info.st_size > MAX_NOTEBOOK_BYTES:
            raise ValueError(f"the file is {info.st_size // 2**20} MB, over the {MAX_NOTEBOOK_BYTES // 2**20} MB limit")
        with os.fdopen(fd, "rb") as file:
            fd = None
            return file.read(MAX_NOTEBOOK_BYTES + 1)
    finally:
        if fd is not None:
            os.close(fd)


def _cells_of(path: Path) -> list[dict]:
    """The submission's cells as plain dicts; ValueError with the reason if it is not a notebook."""
    data = _read_regular(path)
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ValueError("the file is not valid JSON (truncated, or not a notebook)") from None
    cells = document.get("cells") if isinstance(document, dict) else None
    if not isinstance(cells, list):
        raise ValueError("the file has no list of cells")
    return [c for c in cells if isinstance(c, dict)]


def _source(cell: dict) -> str | None:
    source = cell.get("source")
    if isinstance(source, list) and all(isinstance(s, str) for s in source):
        source = "".join(source)
    return source if isinstance(source, str) and len(source) <= MAX_ANSWER_CHARS else None


def _grade_id(cell: dict):
    metadata = cell.get("metadata")
    nbgrader = metadata.get("nbgrader") if isinstance(metadata, dict) else None
    return nbgrader.get("grade_id") if isinstance(nbgrader, dict) else None


def _normalized(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def prepare(release_nb, submitted: Path) -> PreparedNotebook:
    """The student's answers from ``submitted``, placed in a copy of ``release_nb``."""
    prepared = PreparedNotebook(submitted.name, Status.GRADED)
    if not os.path.lexists(submitted):
        prepared.status = Status.MISSING
        prepared.problems.append(f"{submitted.name} was not submitted")
        return prepared
    try:
        cells = _cells_of(submitted)
    except (ValueError, OSError) as error:
        prepared.status = Status.MALFORMED
        prepared.problems.append(f"{submitted.name}: {error}")
        return prepared

    by_id: dict[str, list[dict]] = {}
    for cell in cells:
        grade_id = _grade_id(cell)
        if isinstance(grade_id, str):
            by_id.setdefault(grade_id, []).append(cell)
    unclaimed = [c for c in cells if _grade_id(c) is None and c.get("cell_type") == "code"]

    notebook = copy.deepcopy(release_nb)
    for grade_id, target in solution_cells(notebook).items():
        found = [c for c in by_id.get(grade_id, []) if c.get("cell_type") == target.cell_type]
        source, problem = None, None
        if found:
            source = _source(found[-1])
            if len(found) > 1:
                problem = f"the answer cell {grade_id} appears {len(found)} times; the last one was graded"
            if source is None:
                problem = f"the answer cell {grade_id} is not readable text (or over {MAX_ANSWER_CHARS} characters)"
        elif target.cell_type == "code":
            signature = _first_line(target.source)
            matches = [c for c in unclaimed if _source(c) is not None and _first_line(_source(c)) == signature]
            if len(matches) == 1 and signature:
                source = _source(matches[0])
                problem = f"the answer cell {grade_id} had lost its nbgrader metadata; it was found by its first line"
        if source is None:
            reason = problem or f"the answer cell {grade_id} is missing (deleted, or its nbgrader metadata removed)"
            prepared.lost_answers[grade_id] = reason
            prepared.problems.append(reason)
        else:
            # written answers are shown rendered (feedback, formgrader): student HTML and scripts arrive as text
            target.source = html.escape(source, quote=False) if target.cell_type == "markdown" else source
            if problem:
                prepared.problems.append(problem)
    for grade_id, release_cell in autograded_tests(notebook).items():
        found = by_id.get(grade_id, [])
        if len(found) != 1:
            prepared.problems.append(f"the tests cell {grade_id} was deleted, duplicated or lost its metadata; "
                                     "the course's copy was used")
        elif _normalized(_source(found[0]) or "") != _normalized(release_cell.source):
            # tests cells are locked in Jupyter: changing one takes editing the file by other means
            prepared.edited_tests[grade_id] = f"the tests cell {grade_id} was edited (the course's copy was used)"
    prepared.notebook = notebook
    if prepared.problems:
        prepared.status = Status.MALFORMED
    return prepared

