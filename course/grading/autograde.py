"""Autograding a module's submissions with ``nbgrader autograde``: one run per student, several at once.

Grading student by student (rather than one ``nbgrader autograde`` for the whole
class) keeps one broken submission from stopping the batch: a failure is
recorded against that student and grading goes on with the next.  ``jobs``
runs that many students at the same time, each in its own nbgrader process.
They share the SQLite gradebook; each writes only at the start and the end of
its run, and waits (rather than fails) while another holds the write lock.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from tqdm.auto import tqdm

from course.errors import CourseError
from course.grading.nbgrader_cli import run_nbgrader

SQLITE_BUSY_TIMEOUT_S = 120  # how long a run waits for another run's gradebook write to finish


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


def _grade_one(course_root: Path, module: str, student: str, log_dir: Path, db_url: str) -> GradingRun:
    try:
        run_nbgrader(["autograde", module, "--student", student, "--force", f"--CourseDirectory.db_url={db_url}"],
                     course_root, log_dir / f"{student}.log")
        return GradingRun(student, True)
    except CourseError as error:
        return GradingRun(student, False, str(error))


def autograde_module(course_root: Path, module: str, log_dir: Path, students: list[str] | None = None,
                     jobs: int = 1, progress: bool = True, db_url: str | None = None) -> list[GradingRun]:
    """``nbgrader autograde`` every submission of ``module`` (or just ``students``); never stops early.

    Returns one run per student, in student order, whatever order they finished in.
    Each student's nbgrader output goes to ``log_dir/<student>.log``.  ``db_url`` defaults to the
    course's SQLite gradebook; any SQLAlchemy URL nbgrader accepts (e.g. PostgreSQL) works too.
    """
    course_root = Path(course_root).resolve()
    students = submitted_students(course_root, module) if students is None else students
    db_url = db_url or f"sqlite:///{course_root / 'gradebook.db'}?timeout={SQLITE_BUSY_TIMEOUT_S}"
    log_dir.mkdir(parents=True, exist_ok=True)
    runs: dict[str, GradingRun] = {}
    with tqdm(total=len(students), desc=f"autograde {module}", unit="student", disable=not progress) as bar, \
            ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        # threads only wait on nbgrader subprocesses, which do the work in parallel
        futures = {pool.submit(_grade_one, course_root, module, s, log_dir, db_url): s for s in students}
        for future in as_completed(futures):
            run = future.result()
            runs[run.student] = run
            bar.set_postfix_str(f"{run.student} {'ok' if run.ok else 'FAILED'}")
            bar.update()
    return [runs[s] for s in students]
