"""Reading course notebooks and rewriting their nbgrader cells (answers, hidden tests).

Release and submissions are plain nbformat documents; these helpers are the only
place that knows the solution and hidden-test markers.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Exercise:
    """An autograded exercise: the answer cell the student writes and the tests cell that grades it."""
    answer_id: str      # the answer cell's grade_id: the function's name
    test_id: str        # the tests cell's grade_id (the gradebook's name for the exercise)
    points: float       # from the tests cell's nbgrader metadata: the one place points are set

    @property
    def id(self) -> str:
        return self.answer_id


@dataclass(frozen=True)
class WrittenAnswer:
    """The written interview answer, graded by hand."""
    id: str
    points: float


def exercises_of(nb) -> list[Exercise]:
    """Each tests cell with the answer cell just above it, in notebook order."""
    exercises, last_answer = [], None
    answers, tests = set(answer_cells(nb)), autograded_tests(nb)
    for cell in nb.cells:
        grade_id = nbgrader_meta(cell).get("grade_id")
        if grade_id in answers:
            last_answer = grade_id
        elif grade_id in tests:
            exercises.append(Exercise(last_answer or grade_id, grade_id, float(nbgrader_meta(cell)["points"])))
    return exercises


def written_answer_of(nb) -> WrittenAnswer | None:
    """The notebook's manually graded markdown answer, if it has one."""
    for grade_id, cell in cells_by_grade_id(nb).items():
        meta = nbgrader_meta(cell)
        if cell.cell_type == "markdown" and meta.get("solution") and meta.get("grade"):
            return WrittenAnswer(grade_id, float(meta["points"]))
    return None


def split_region(source: str, begin: str, end: str) -> tuple[list[str], list[str]]:
    """(lines outside, lines inside) the ``begin`` … ``end`` marker lines; the markers themselves in neither.

    The one parser of the solution and hidden-test regions."""
    outside, inside, within = [], [], False
    for line in source.splitlines():
        stripped = line.strip()
        if stripped in (begin, end):
            within = stripped == begin
        else:
            (inside if within else outside).append(line)
    return outside, inside


def solution_code(source: str) -> str:
    """An answer cell's source with the solution markers removed: what a perfect student would write."""
    return "\n".join(line for line in source.splitlines() if line.strip() not in (BEGIN_SOLUTION, END_SOLUTION))


def without_hidden_tests(source: str) -> str:
    return "\n".join(split_region(source, BEGIN_HIDDEN, END_HIDDEN)[0])


def hidden_tests(source: str) -> str:
    return "\n".join(split_region(source, BEGIN_HIDDEN, END_HIDDEN)[1])


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


_DEFINITIONS = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def definitions_of(source: str) -> str:
    """The imports, functions and classes of a course cell (what tests may use of it), as source."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return ""
    tree.body = [node for node in tree.body if isinstance(node, _DEFINITIONS)]
    return ast.unparse(tree)


def defined_in(namespace: dict, source: str, name: str):
    """``name`` as a cell's definitions (``definitions_of(source)``) make it in a copy of ``namespace`` (None if
    they make none): a known mistake or variant of an exercise, defined beside the course's names."""
    local = dict(namespace)
    exec(compile(definitions_of(source), f"<definitions of {name}>", "exec"), local)
    return local.get(name)
