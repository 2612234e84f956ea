"""Autograding a module's submissions with ``nbgrader autograde``: one run per student, several at once.

Grading student by student (rather than one ``nbgrader autograde`` for the whole
class) keeps one broken submission from stopping the batch: a failure is
recorded against that student and grading goes on with the next.  ``jobs``
runs that many students at the same time, each in its own nbgrader process.
They share the SQLite gradebook; each writes only at the start and the end of
its run, and waits (rather than fails) while another holds the write lock.
"""

from __future__ import annotations

import os
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
    module: str = ""


def submitted_students(course_root: Path, module: str) -> list[str]:
    """Student ids that have a folder ``submitted/<student>/<module>``."""
    submitted = Path(course_root) / "submitted"
    if not submitted.is_dir():
        return []
    return sorted(p.parent.name for p in submitted.glob(f"*/{module}") if p.is_dir())


def _grade_one(course_root: Path, module: str, student: str, log_dir: Path, db_url: str,
               threads: int) -> GradingRun:
    try:
        run_nbgrader(["autograde", module, "--student", student, "--force", f"--CourseDirectory.db_url={db_url}"],
                     course_root, log_dir / f"{module}-{student}.log",
                     # one kernel per core: more torch threads per kernel would only fight each other
                     env={"OMP_NUM_THREADS": str(threads)})
        return GradingRun(student, True, module=module)
    except CourseError as error:
        return GradingRun(student, False, str(error), module=module)


def autograde(course_root: Path, submissions: list[tuple[str, str]], log_dir: Path, jobs: int = 1,
              progress: bool = True, db_url: str | None = None) -> list[GradingRun]:
    """``nbgrader autograde`` each ``(module, student)`` submission, ``jobs`` at a time; never stops early.

    Returns one run per submission, in the order given, whatever order they finished in.  Each run's
    nbgrader output goes to ``log_dir/<module>-<student>.log``.  ``db_url`` defaults to the course's
    SQLite gradebook; any SQLAlchemy URL nbgrader accepts (e.g. PostgreSQL) works too.
    """
    course_root = Path(course_root).resolve()
    db_url = db_url or f"sqlite:///{course_root / 'gradebook.db'}?timeout={SQLITE_BUSY_TIMEOUT_S}"
    jobs = max(1, jobs)
    threads = max(1, (os.cpu_count() or 1) // jobs)
    log_dir.mkdir(parents=True, exist_ok=True)
    runs: dict[tuple[str, str], GradingRun] = {}
    with tqdm(total=len(submissions), desc="autograde", unit="submission", disable=not progress) as bar, \
            ThreadPoolExecutor(max_workers=jobs) as pool:
        # the threads only wait on nbgrader processes, which do the work in parallel
        futures = [pool.submit(_grade_one, course_root, m, s, log_dir, db_url, threads) for m, s in submissions]
        for future in as_completed(futures):
            run = future.result()
            runs[(run.module, run.student)] = run
            bar.set_postfix_str(f"{run.module}/{run.student} {'ok' if run.ok else 'FAILED'}")
            bar.update()
    return [runs[key] for key in submissions]


def autograde_module(course_root: Path, module: str, log_dir: Path, students: list[str] | None = None,
                     jobs: int = 1, progress: bool = True, db_url: str | None = None) -> list[GradingRun]:
    """Autograde every submission of ``module`` (or just ``students``); see ``autograde``."""
    students = submitted_students(course_root, module) if students is None else students
    return autograde(course_root, [(module, s) for s in students], log_dir, jobs, progress, db_url)
