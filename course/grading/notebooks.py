"""Reading course notebooks and rewriting their nbgrader cells (answers, hidden tests).

Release and submissions are plain nbformat documents; these helpers are the only
place that knows the solution and hidden-test markers.
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
from nbformat.reader import NotJSONError

from course.errors import CourseError

BEGIN_SOLUTION, END_SOLUTION = "### BEGIN SOLUTION", "### END SOLUTION"
BEGIN_HIDDEN, END_HIDDEN = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"


def read_notebook(path: Path) -> nbformat.NotebookNode:
    """The notebook at ``path``, or a ``CourseError`` that names the file and the problem."""
    path = Path(path)
    if not path.is_file():
        raise CourseError(f"notebook not found: {path}")
    fix = "restore it from git or re-save it in Jupyter"
    try:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
    except (NotJSONError, json.JSONDecodeError, UnicodeDecodeError):
        raise CourseError(f"{path} is not a valid notebook (bad JSON: the file is truncated or not a notebook); {fix}") from None
    except nbformat.ValidationError as error:
        raise CourseError(f"{path} is not a valid notebook ({error.message}); {fix}") from None
    except Exception as error:  # nbformat raises several kinds for foreign files
        raise CourseError(f"{path} is not a valid notebook ({type(error).__name__}); {fix}") from None
    return nb


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def cells_by_grade_id(nb) -> dict[str, nbformat.NotebookNode]:
    return {nbgrader_meta(c)["grade_id"]: c for c in nb.cells if "grade_id" in nbgrader_meta(c)}


def solution_cells(nb) -> dict[str, nbformat.NotebookNode]:
    """Every cell a student writes in (code answers and written answers) by grade_id."""
    return {gid: c for gid, c in cells_by_grade_id(nb).items() if nbgrader_meta(c).get("solution")}


def answer_cells(nb) -> dict[str, nbformat.NotebookNode]:
    """The autograded answer cells (code cells marked ``solution``) by grade_id."""
    return {gid: c for gid, c in cells_by_grade_id(nb).items()
            if c.cell_type == "code" and nbgrader_meta(c).get("solution") and not nbgrader_meta(c).get("grade")}


def autograded_tests(nb) -> dict[str, nbformat.NotebookNode]:
    """The autograder tests cells (code cells marked ``grade``) by grade_id."""
    return {gid: c for gid, c in cells_by_grade_id(nb).items()
            if c.cell_type == "code" and nbgrader_meta(c).get("grade")}


def _drop_markers(source: str, begin: str, end: str, keep_inside: bool) -> str:
    lines, inside = [], False
    for line in source.splitlines():
        stripped = line.strip()
        if stripped == begin:
            inside = True
        elif stripped == end:
            inside = False
        elif keep_inside or not inside:
            lines.append(line)
    return "\n".join(lines)


def solution_code(source: str) -> str:
    """An answer cell's source with the solution markers removed: what a perfect student would write."""
    return _drop_markers(source, BEGIN_SOLUTION, END_SOLUTION, keep_inside=True)


def without_hidden_tests(source: str) -> str:
    return _drop_markers(source, BEGIN_HIDDEN, END_HIDDEN, keep_inside=False)


def reference_answers(source_nb) -> dict[str, str]:
    """grade_id → the reference answer (code, or the model written answer) for every solution cell."""
    return {gid: solution_code(cell.source) for gid, cell in solution_cells(source_nb).items()}


def fill_answers(release_nb, answers: dict[str, str]):
    """A copy of a release notebook with the given solution cells replaced (a simulated submission)."""
    nb = nbformat.from_dict(json.loads(json.dumps(release_nb)))
    cells = solution_cells(nb)
    unknown = set(answers) - set(cells)
    if unknown:
        raise KeyError(f"no answer cell with grade_id {sorted(unknown)}")
    for gid, code in answers.items():
        cells[gid].source = code
    return nb
