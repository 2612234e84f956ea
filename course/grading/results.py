"""Reading scores back out of nbgrader's gradebook, per student and exercise."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry

from course.authoring.notebooks import autograded_tests, nbgrader_meta


@dataclass(frozen=True)
class CellScore:
    notebook: str
    grade_id: str
    score: float
    max_score: float
    manual: bool  # a written answer, graded by hand


@dataclass
class SubmissionScore:
    student: str
    module: str
    cells: list[CellScore] = field(default_factory=list)

    @property
    def auto_score(self) -> float:
        return sum(c.score for c in self.cells if not c.manual)

    @property
    def auto_max(self) -> float:
        return sum(c.max_score for c in self.cells if not c.manual)

    @property
    def manual_max(self) -> float:
        return sum(c.max_score for c in self.cells if c.manual)

    def notebook_scores(self) -> dict[str, tuple[float, float]]:
        """notebook name → (autograded score, autograded maximum)."""
        totals: dict[str, tuple[float, float]] = {}
        for c in self.cells:
            if not c.manual:
                score, maximum = totals.get(c.notebook, (0.0, 0.0))
                totals[c.notebook] = (score + c.score, maximum + c.max_score)
        return totals

    def exercise_scores(self) -> dict[tuple[str, str], tuple[float, float]]:
        """(notebook, tests grade_id) → (score, maximum) for every autograded cell."""
        return {(c.notebook, c.grade_id): (c.score, c.max_score) for c in self.cells if not c.manual}


SQLITE_BUSY_TIMEOUT_S = 120  # how long a grading run waits for another run's gradebook write to finish


def gradebook_url(course_root: Path, filename: str = "gradebook.db") -> str:
    """The course's SQLite gradebook, opened so that parallel graders wait for each other's writes."""
    return f"sqlite:///{Path(course_root).resolve() / filename}?timeout={SQLITE_BUSY_TIMEOUT_S}"


def read_scores(db_url: str, module: str) -> list[SubmissionScore]:
    """Every submission of ``module`` in the gradebook, sorted by student id."""
    results = []
    with Gradebook(db_url) as gradebook:
        try:
            assignment = gradebook.find_assignment(module)
        except MissingEntry:
            return []
        for submission in sorted(assignment.submissions, key=lambda s: s.student.id):
            entry = SubmissionScore(student=submission.student.id, module=module)
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    manual = grade.cell.cell_type == "markdown"
                    score = grade.score if grade.score is not None else 0.0
                    entry.cells.append(CellScore(notebook.name, grade.name, float(score), float(grade.max_score), manual))
            results.append(entry)
    return results


def gradebook_out_of_step(db_url: str, module: str, source_notebooks: dict[str, object]) -> str | None:
    """How the gradebook's record of ``module`` differs from its source notebooks (name → notebook), or None.

    nbgrader restores every tests cell from this record when it grades, so a record older than the source
    would grade with the old tests. A SQLite gradebook that does not exist is not created."""
    if db_url.startswith("sqlite:///") and not Path(db_url[len("sqlite:///"):].split("?")[0]).is_file():
        return "is not in the gradebook"
    with Gradebook(db_url) as gradebook:
        try:
            recorded = {nb.name: {cell.name: cell.source for cell in nb.source_cells}
                        for nb in gradebook.find_assignment(module).notebooks}
        except MissingEntry:
            return "is not in the gradebook"
    missing = [name for name in source_notebooks if name not in recorded]
    if missing:
        return f"is in the gradebook without {', '.join(missing)}"
    changed = [f"{name}/{grade_id}" for name, nb in source_notebooks.items()
               for grade_id, cell in autograded_tests(nb).items()
               if not nbgrader_meta(cell).get("solution") and recorded[name].get(grade_id) != cell.source]
    if changed:
        return f"has tests in the gradebook that differ from source/ ({', '.join(changed)})"
    return None
