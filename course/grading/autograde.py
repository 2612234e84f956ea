"""Autograding a module's submissions with ``nbgrader autograde``, one student at a time, with progress.

Grading student by student (rather than one ``nbgrader autograde`` for the whole
class) keeps one broken submission from stopping the batch: a failure is
recorded against that student and grading goes on with the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tqdm.auto import tqdm

from course.errors import CourseError
from course.grading.nbgrader_cli import run_nbgrader


@dataclass(frozen=True)
class GradingRun:
    student: str
    ok: bool
    message: str = ""


def submitted_students(course_root: Path, module: str) -> list[str]:
    """Student ids that have a folder ``submitted/<student>/<module>``."""
    submitted = Path(course_root) / "submitted"
    if not submitted.is_dir():
        return []
    return sorted(p.parent.name for p in submitted.glob(f"*/{module}") if p.is_dir())


def autograde_module(course_root: Path, module: str, log: Path, students: list[str] | None = None,
                     progress: bool = True) -> list[GradingRun]:
    """``nbgrader autograde`` every submission of ``module`` (or just ``students``); never stops early."""
    students = submitted_students(course_root, module) if students is None else students
    runs = []
    bar = tqdm(students, desc=f"autograde {module}", unit="student", disable=not progress, leave=False)
    for student in bar:
        bar.set_postfix_str(student)
        try:
            run_nbgrader(["autograde", module, "--student", student, "--force"], course_root, log)
            runs.append(GradingRun(student, True))
        except CourseError as error:
            runs.append(GradingRun(student, False, str(error)))
    bar.close()
    return runs
