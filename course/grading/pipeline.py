"""Grading one student's submission of one module, so that nothing in it can decide its own score.

In a scratch folder ``.grading/<module>/<student>``:

1. ``submissions.prepare``: for every notebook of the module, the student's answers put into a
   fresh copy of the release (a missing or unreadable file, or damaged cells, are named here);
2. ``nbgrader autograde`` of the prepared notebooks, whose Execute step is
   ``sandboxed_execute.SandboxedExecute``: every cell runs in the verifier's clean, sandboxed
   worker with the full tests, patching undone before each tests cell, the guard's refusals
   recorded, time, memory and output limits enforced from outside, and a restart after a cell
   that hangs or kills the process; nbgrader writes the autograded notebooks and the gradebook;
3. ``_judge``: each exercise's status and score from the verifier's verdicts: its points only if
   its tests passed and nothing was flagged against it;
4. ``_reconcile``: exactly those scores go into the gradebook (so output on stderr, a warning,
   does not cost points, unlike nbgrader's own rule).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry

from course.errors import CourseError
from course.grading.limits import GradingLimits
from course.grading.nbgrader_cli import run_nbgrader
from course.grading.notebooks import read_notebook
from course.grading.sandboxed_execute import SCRATCH_VARIABLE, verdicts_file
from course.grading.submissions import Exercise, PreparedNotebook, exercises_of, prepare

SCRATCH = ".grading"
# The most serious status of a submission's exercises is the submission's status.
STATUSES = ("flagged", "crashed", "timeout", "malformed", "missing", "graded")
STOPPED = ("timeout", "crashed")  # a cell the verifier had to stop


@dataclass
class ExerciseResult:
    notebook: str       # notebook name without .ipynb
    exercise: str       # the tests cell's grade_id
    score: float
    max_score: float
    status: str
    reason: str = ""


@dataclass
class SubmissionResult:
    student: str
    module: str
    exercises: list[ExerciseResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)   # about the submission as a whole

    @property
    def status(self) -> str:
        found = {e.status for e in self.exercises} | ({"crashed"} if self.problems else set())
        return next((s for s in STATUSES if s in found), "graded")

    @property
    def ok(self) -> bool:
        """Graded to the end (whatever the submission's status); False if the grader itself failed."""
        return not self.problems

    @property
    def message(self) -> str:
        return "; ".join(self.problems)

    @property
    def score(self) -> float:
        return sum(e.score for e in self.exercises)

    @property
    def max_score(self) -> float:
        return sum(e.max_score for e in self.exercises)

    @property
    def flags(self) -> list[str]:
        return [f"{e.notebook}/{e.exercise}: {e.reason}" for e in self.exercises if e.status == "flagged"]

    def _grouped_reasons(self) -> list[str]:
        """One line per notebook, status and reason, naming every exercise it applies to."""
        groups: dict[tuple[str, str, str], list[str]] = {}
        for e in self.exercises:
            if e.status != "graded":
                groups.setdefault((e.notebook, e.status, e.reason), []).append(e.exercise)
        return [f"{notebook}/{', '.join(exercises)}: {status}: {reason}"
                for (notebook, status, reason), exercises in groups.items()]

    def to_json(self) -> dict:
        return {"status": self.status, "score": self.score, "max_score": self.max_score,
                "reasons": self.problems + self._grouped_reasons(),
                "flags": self.flags,
                "exercises": {f"{e.notebook}/{e.exercise}": {k: v for k, v in asdict(e).items()
                                                              if k not in ("notebook", "exercise")}
                              for e in self.exercises}}



@dataclass
class _Notebook:
    """One notebook of the submission as it goes through the steps."""
    prepared: PreparedNotebook
    exercises: list[Exercise]
    verdicts: dict[int, dict] | None = None   # cell index → the verifier's verdict on it; None: not run

    @property
    def stem(self) -> str:
        return self.prepared.name.removesuffix(".ipynb")


def grade_submission(course_root: Path, module: str, student: str, limits: GradingLimits, db_url: str,
                     log: Path, threads: int = 1) -> SubmissionResult:
    course_root = Path(course_root).resolve()
    scratch = course_root / SCRATCH / module / student
    if scratch.exists():
        shutil.rmtree(scratch)
    submitted = scratch / "submitted" / student / module
    submitted.mkdir(parents=True)
    notebooks = []
    for source_path in sorted((course_root / "source" / module).glob("*.ipynb")):
        release_path = course_root / "release" / module / source_path.name
        if not release_path.is_file():
            raise CourseError(f"{release_path} is missing; run `python -m course release {module}` first")
        prepared = prepare(read_notebook(release_path), course_root / "submitted" / student / module / source_path.name)
        notebooks.append(_Notebook(prepared, exercises_of(read_notebook(source_path))))
        if prepared.notebook is not None:
            nbformat.write(prepared.notebook, submitted / prepared.name)

    result = SubmissionResult(student, module)
    pending = course_root / SCRATCH / "pending" / f"{module}--{student}"
    pending.parent.mkdir(parents=True, exist_ok=True)
    pending.write_text("graded by nbgrader, not yet reconciled; rerun `python -m course grade`\n")
    if any(submitted.iterdir()):
        try:
            (course_root / "autograded" / student / module).mkdir(parents=True, exist_ok=True)
            run_nbgrader(["autograde", module, "--student", student, "--force",
                          f"--CourseDirectory.db_url={db_url}",
                          f"--CourseDirectory.submitted_directory={scratch / 'submitted'}"],
                         course_root, log, env={SCRATCH_VARIABLE: str(scratch), "OMP_NUM_THREADS": str(threads)})
        except CourseError as error:
            result.problems.append(f"nbgrader autograde failed: {error}")
        for nb in notebooks:
            verdicts = verdicts_file(scratch, nb.stem)
            if nb.prepared.notebook is not None and verdicts.is_file():
                nb.verdicts = {int(i): v for i, v in json.loads(verdicts.read_text()).items()}
    result.exercises = [r for nb in notebooks for r in _judge(nb, limits.memory_mb)]
    _reconcile(db_url, module, student, result)  # also when nothing was usable: earlier scores must not survive
    pending.unlink()
    return result


def _out_of_memory(error: str) -> bool:
    return error.startswith("MemoryError") or "can't allocate memory" in error or "std::bad_alloc" in error


def _judge(nb: _Notebook, memory_mb: int) -> list[ExerciseResult]:
    """Each exercise's score, status and reason, from the submitted file and the verifier's verdicts."""
    verdicts = nb.verdicts or {}
    by_id = {v["grade_id"]: v for v in verdicts.values() if v.get("grade_id")}
    # a course cell between an answer and the next one may run that answer's code: its flags count against it
    attributed: dict[str, list[str]] = {}
    owner = None
    for index in sorted(verdicts):
        grade_id = verdicts[index].get("grade_id")
        owner = next((e.test_id for e in nb.exercises if grade_id in (e.answer_id, e.test_id)), owner)
        if owner:
            attributed.setdefault(owner, []).extend(verdicts[index]["flags"])

    results = []
    for exercise in nb.exercises:
        def result(status: str, reason: str = "", score: float = 0.0) -> ExerciseResult:
            return ExerciseResult(nb.stem, exercise.test_id, score, exercise.points, status, reason)

        answer, tests = by_id.get(exercise.answer_id), by_id.get(exercise.test_id)
        flags = list(dict.fromkeys(attributed.get(exercise.test_id, [])))
        if exercise.test_id in nb.prepared.edited_tests:
            flags.insert(0, nb.prepared.edited_tests[exercise.test_id])
        if nb.prepared.notebook is None:
            results.append(result(nb.prepared.status, "; ".join(nb.prepared.problems)))
        elif exercise.answer_id in nb.prepared.lost_answers:
            results.append(result("malformed", nb.prepared.lost_answers[exercise.answer_id]))
        elif nb.verdicts is None:
            results.append(result("crashed", "nbgrader did not run this notebook (see the log in logs/grade/)"))
        elif flags:
            results.append(result("flagged", "; ".join(flags)))
        elif answer and answer["status"] in STOPPED:
            results.append(result(answer["status"], f"the answer cell {answer['status']}: {answer['error']}"))
        elif tests is None or tests["status"] in STOPPED:
            status = tests["status"] if tests else "crashed"
            results.append(result(status, f"the tests {status}: {tests['error']}" if tests else "the tests did not run"))
        elif tests["status"] != "passed":
            error = tests["error"]
            if error.startswith("ImpostorError"):
                results.append(result("flagged", error))
            elif error.startswith("OutputLimitExceeded"):
                results.append(result("crashed", f"the tests {error.partition(': ')[2]}"))
            elif _out_of_memory(error):
                results.append(result("crashed", f"ran out of memory (the limit is {memory_mb} MB): {error}"))
            else:
                results.append(result("graded", error))
        else:
            results.append(result("graded", "", exercise.points))
        if nb.prepared.problems and results[-1].status == "graded":
            results[-1].status = "malformed"
            results[-1].reason = "; ".join(filter(None, [results[-1].reason, *nb.prepared.problems]))
    return results


def _reconcile(db_url: str, module: str, student: str, result: SubmissionResult) -> None:
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
