"""Grading one student's submission of one module, so that nothing in it can decide its own score.

In a scratch folder ``.grading/<module>/<student>``:

1. ``submissions.prepare``: for every notebook of the module, the student's answers put into a
   fresh copy of the release (a missing or unreadable file, or damaged cells, are named here);
2. ``nbgrader autograde`` of the prepared notebooks, whose Execute step is
   ``sandboxed_execute.SandboxedExecute``: every cell runs in the verifier's clean, sandboxed
   worker (``course.sandbox``); nbgrader writes the autograded notebooks and the gradebook, the
   executor writes each notebook's verdicts (``course.grading.model``);
3. ``judge.judge``: each exercise's status and score from the verdicts;
4. ``reconcile``: exactly those scores go into the gradebook (so output on stderr, a warning,
   does not cost points, unlike nbgrader's own rule).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry

from course.authoring.course_dir import SCRATCH_DIR
from course.authoring.nbgrader_cli import run_nbgrader
from course.authoring.notebooks import exercises_of, read_notebook
from course.errors import CourseError
from course.grading.judge import judge
from course.grading.limits import GradingLimits
from course.grading.model import (DEADLINE_VARIABLE, SCRATCH_VARIABLE, CellVerdict, Status, SubmissionResult,
                                  read_verdicts, seconds_file, verdicts_file)
from course.grading.submissions import PreparedNotebook, prepare


def grade_submission(course_root: Path, module: str, student: str, limits: GradingLimits, db_url: str,
                     log: Path, threads: int = 1, host=None) -> SubmissionResult:
    course_root = Path(course_root).resolve()
    scratch = course_root / SCRATCH_DIR / module / student
    if scratch.exists():
        shutil.rmtree(scratch)
    submitted = scratch / "submitted" / student / module
    submitted.mkdir(parents=True)
    notebooks = []
    linked = _linked_folder(course_root / "submitted", student, module)
    for source_path in sorted((course_root / "source" / module).glob("*.ipynb")):
        release_path = course_root / "release" / module / source_path.name
        if not release_path.is_file():
            raise CourseError(f"{release_path} is missing; run `python -m course release {module}` first")
        prepared = prepare(read_notebook(release_path), course_root / "submitted" / student / module / source_path.name)
        if linked:
            prepared = PreparedNotebook(source_path.name, Status.MALFORMED, [linked])
        notebooks.append((source_path.stem, prepared, exercises_of(read_notebook(source_path))))
        if prepared.notebook is not None:
            nbformat.write(prepared.notebook, submitted / prepared.name)

    result = SubmissionResult(student, module)
    pending = course_root / SCRATCH_DIR / "pending" / f"{module}--{student}"
    pending.parent.mkdir(parents=True, exist_ok=True)
    pending.write_text("graded by nbgrader, not yet reconciled; rerun `python -m course grade`\n")
    if any(submitted.iterdir()):
        try:
            (course_root / "autograded" / student / module).mkdir(parents=True, exist_ok=True)
            run_nbgrader(["autograde", module, "--student", student, "--force",
                          f"--CourseDirectory.db_url={db_url}",
                          f"--CourseDirectory.submitted_directory={scratch / 'submitted'}"],
                         course_root, log, env={SCRATCH_VARIABLE: str(scratch), "OMP_NUM_THREADS": str(threads),
                                                DEADLINE_VARIABLE: str(time.time() + limits.submission_timeout_s)},
                         host=host)
        except CourseError as error:
            result.problems.append(f"nbgrader autograde failed: {error}")
    for stem, prepared, exercises in notebooks:
        verdicts: dict[int, CellVerdict] | None = None
        if prepared.notebook is not None and verdicts_file(scratch, stem).is_file():
            verdicts = read_verdicts(verdicts_file(scratch, stem))
        result.exercises += judge(stem, exercises, prepared, verdicts, limits.memory_mb)
        if verdicts is not None and seconds_file(scratch, stem).is_file():
            result.seconds[stem] = float(seconds_file(scratch, stem).read_text())
    reconcile(db_url, module, student, result)  # also when nothing was usable: earlier scores must not survive
    pending.unlink()
    return result


def _linked_folder(submitted: Path, student: str, module: str) -> str | None:
    """Why a student's submission folder is not their own (a link to someone else's), or None."""
    for folder in (submitted / student, submitted / student / module):
        if folder.is_symlink():
            return (f"{folder.relative_to(submitted.parent)} is a symbolic link, not a folder of its own; "
                    "only regular files in the student's own folder are graded")
    return None


def reconcile(db_url: str, module: str, student: str, result: SubmissionResult) -> None:
    """Write every exercise's final score into the gradebook, in one transaction."""
    with Gradebook(db_url) as gradebook:
        for exercise in result.exercises:
            try:
                grade = gradebook.find_grade(exercise.exercise, exercise.notebook, module, student)
            except MissingEntry:
                continue  # nbgrader did not get this notebook: nothing of it is in the gradebook
            grade.auto_score = exercise.score
            grade.needs_manual_grade = False
        gradebook.db.commit()
