"""Grading one student's submission of one module, so that nothing in it can decide its own score.

For every notebook of the module, in a scratch folder ``.grading/<module>/<student>``:

1. ``submissions.prepare``: the student's answers, put into a fresh copy of the release
   (a missing or unreadable file, or damaged cells, are named here);
2. ``verify.verify_cells``: every cell run once more in a clean sandboxed worker, with
   the full tests, patching undone before each tests cell, the guard's refusals
   recorded, and time, memory and output limits enforced from outside;
3. cells that timed out or crashed in the verifier are replaced by a ``raise`` (and so
   is the answer of an exercise whose tests crashed), so nbgrader's run cannot hang or
   die on them;
4. ``nbgrader autograde`` of the prepared notebooks, with the ``course-sandbox`` kernel
   (guard, and bubblewrap where available): the autograded notebooks and the gradebook;
5. ``reconcile``: an exercise scores its points only if its tests passed in both runs
   and nothing was flagged; the gradebook gets exactly those scores.  Output on stderr
   (a warning) does not fail a tests cell, unlike nbgrader's own rule.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry

from course.errors import CourseError
from course.grading.kernel import GUARD_VARIABLE
from course.grading.limits import GradingLimits
from course.grading.nbgrader_cli import run_nbgrader
from course.grading.notebooks import answer_cells, autograded_tests, read_notebook
from course.grading.sandbox import Sandbox, environment_for
from course.grading.submissions import Exercise, PreparedNotebook, exercises_of, prepare, verifier_cells
from course.grading.verify import CellOutcome, verify_cells

KERNEL_NAME = "course-sandbox"
SCRATCH = ".grading"
# The most serious status of a submission's exercises is the submission's status.
STATUSES = ("flagged", "crashed", "timeout", "malformed", "missing", "graded")


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


def _neutralized(reason: str) -> str:
    return f"raise RuntimeError({('the grader did not run this cell: ' + reason)!r})\n"


@dataclass
class _Notebook:
    """One notebook of the submission as it goes through the steps."""
    source: nbformat.NotebookNode
    prepared: PreparedNotebook
    exercises: list[Exercise]
    outcomes: dict[int, CellOutcome] = field(default_factory=dict)
    kernel_errors: dict[str, str | None] = field(default_factory=dict)   # tests grade_id → error, None if passed

    @property
    def stem(self) -> str:
        return self.prepared.name.removesuffix(".ipynb")


def grade_submission(course_root: Path, module: str, student: str, limits: GradingLimits, db_url: str,
                     log: Path, threads: int = 1) -> SubmissionResult:
    course_root = Path(course_root).resolve()
    scratch = course_root / SCRATCH / module / student
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    sources = sorted((course_root / "source" / module).glob("*.ipynb"))
    notebooks = []
    for source_path in sources:
        release_path = course_root / "release" / module / source_path.name
        if not release_path.is_file():
            raise CourseError(f"{release_path} is missing; run `python -m course release {module}` first")
        release_nb = read_notebook(release_path)
        prepared = prepare(release_nb, course_root / "submitted" / student / module / source_path.name)
        notebooks.append(_Notebook(read_notebook(source_path), prepared, exercises_of(read_notebook(source_path))))

    for nb in notebooks:  # 2. verify
        if nb.prepared.notebook is not None:
            folder = scratch / "verify" / nb.stem
            folder.mkdir(parents=True)
            sandbox = Sandbox.for_folder(course_root, scratch, folder, scratch / "verify" / f"{nb.stem}.tmp",
                                         limits, share_network=False)
            nb.outcomes = verify_cells(verifier_cells(nb.prepared.notebook, nb.source), sandbox, limits)

    result = SubmissionResult(student, module)
    submitted = scratch / "submitted" / student / module
    submitted.mkdir(parents=True)
    for nb in notebooks:  # 3. neutralize, and write what nbgrader gets
        if nb.prepared.notebook is not None:
            nbformat.write(_without_stoppers(nb), submitted / nb.prepared.name)
    if any(submitted.iterdir()):
        pending = course_root / SCRATCH / "pending" / f"{module}--{student}"
        pending.parent.mkdir(parents=True, exist_ok=True)
        pending.write_text("graded by nbgrader, not yet reconciled; rerun `python -m course grade`\n")
        try:  # 4. nbgrader
            _nbgrader_autograde(course_root, scratch, module, student, limits, db_url, log, threads)
            for nb in notebooks:
                nb.kernel_errors = _kernel_errors(course_root / "autograded" / student / module / nb.prepared.name)
        except CourseError as error:
            result.problems.append(f"nbgrader autograde failed: {error}")
        result.exercises = [r for nb in notebooks for r in _judge(nb, limits.memory_mb)]
        _reconcile(db_url, module, student, result)  # 5.
        pending.unlink()
    else:  # nothing usable: scores from an earlier run of the same student must not survive
        result.exercises = [r for nb in notebooks for r in _judge(nb, limits.memory_mb)]
        _reconcile(db_url, module, student, result)
    return result


def _without_stoppers(nb: _Notebook) -> nbformat.NotebookNode:
    """The prepared notebook with every cell that timed out or crashed in the verifier replaced by a ``raise``."""
    notebook = nbformat.from_dict(json.loads(json.dumps(nb.prepared.notebook)))
    index_of_answer = {gid: i for i, c in enumerate(notebook.cells)
                       for gid in [c.metadata.get("nbgrader", {}).get("grade_id")] if gid in answer_cells(notebook)}
    tests = autograded_tests(notebook)
    for index, outcome in nb.outcomes.items():
        if not outcome.stopped_the_run:
            continue
        grade_id = notebook.cells[index].metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in tests:  # nbgrader restores tests cells; stop the answer they call instead
            exercise = next((e for e in nb.exercises if e.test_id == grade_id), None)
            if exercise and exercise.answer_id in index_of_answer:
                notebook.cells[index_of_answer[exercise.answer_id]].source = _neutralized(
                    f"its tests {outcome.status} in the verifier: {outcome.error}")
        else:
            notebook.cells[index].source = _neutralized(f"it {outcome.status} in the verifier: {outcome.error}")
    return notebook


def _write_kernel_spec(course_root: Path, scratch: Path, module: str, student: str, limits) -> dict[str, str]:
    """A ``course-sandbox`` kernel for this submission; returns the environment nbgrader needs to find it."""
    folder = course_root / "autograded" / student / module
    runtime = scratch / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    sandbox = Sandbox.for_folder(course_root, scratch, folder, scratch / "kernel.tmp", limits,
                                 share_network=True, shared=(runtime,))
    spec_dir = scratch / "jupyter" / "kernels" / KERNEL_NAME
    spec_dir.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in environment_for(sandbox).items() if k in sandbox.environment or k == "PYTHONPATH"}
    env[GUARD_VARIABLE] = json.dumps(sandbox.policy)
    spec = {"argv": sandbox.command([sys.executable, "-m", "course.grading.kernel", "-f", "{connection_file}"]),
            "display_name": "Python 3 (course grading sandbox)", "language": "python", "env": env}
    (spec_dir / "kernel.json").write_text(json.dumps(spec, indent=1), encoding="utf-8")
    # the kernel's connection file is a temporary file of nbgrader's: it must land where the kernel can see it
    return {"JUPYTER_PATH": str(scratch / "jupyter"), "JUPYTER_RUNTIME_DIR": str(runtime), "TMPDIR": str(runtime)}


def _nbgrader_autograde(course_root: Path, scratch: Path, module: str, student: str, limits, db_url: str,
                        log: Path, threads: int) -> None:
    (course_root / "autograded" / student / module).mkdir(parents=True, exist_ok=True)
    env = _write_kernel_spec(course_root, scratch, module, student, limits)
    run_nbgrader(["autograde", module, "--student", student, "--force",
                  f"--CourseDirectory.db_url={db_url}",
                  f"--CourseDirectory.submitted_directory={scratch / 'submitted'}",
                  f"--Execute.kernel_name={KERNEL_NAME}", f"--Execute.timeout={limits.cell_timeout_s}"],
                 course_root, log, env={**env, "OMP_NUM_THREADS": str(threads)})


def _kernel_errors(path: Path) -> dict[str, str | None]:
    """tests grade_id → the error it raised in nbgrader's kernel (None: it passed; stderr is no error)."""
    if not path.is_file():
        return {}
    errors = {}
    for grade_id, cell in autograded_tests(read_notebook(path)).items():
        failed = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        errors[grade_id] = f"{failed[0].get('ename')}: {failed[0].get('evalue', '')}"[:300] if failed else None
    return errors


def _out_of_memory(error: str) -> bool:
    return error.startswith("MemoryError") or "can't allocate memory" in error or "std::bad_alloc" in error


def _judge(nb: _Notebook, memory_mb: int) -> list[ExerciseResult]:
    """Each exercise's score, status and reason from what both runs saw."""
    results = []
    cell_of = {c.metadata.get("nbgrader", {}).get("grade_id"): i
               for i, c in enumerate(nb.prepared.notebook.cells)} if nb.prepared.notebook else {}
    # setup cells between an answer and the next one run that answer's code: their flags count against it
    attributed: dict[str, list[str]] = {}
    owner = None
    for index in sorted(nb.outcomes):
        grade_id = nb.prepared.notebook.cells[index].metadata.get("nbgrader", {}).get("grade_id")
        owner = next((e.test_id for e in nb.exercises if e.answer_id == grade_id), owner)
        owner = next((e.test_id for e in nb.exercises if e.test_id == grade_id), owner)
        if owner:
            attributed.setdefault(owner, []).extend(nb.outcomes[index].flags)

    for exercise in nb.exercises:
        def result(status: str, reason: str = "", score: float = 0.0) -> ExerciseResult:
            return ExerciseResult(nb.stem, exercise.test_id, score, exercise.points, status, reason)

        if nb.prepared.notebook is None:
            results.append(result(nb.prepared.status, "; ".join(nb.prepared.problems)))
            continue
        if exercise.answer_id in nb.prepared.lost_answers:
            results.append(result("malformed", nb.prepared.lost_answers[exercise.answer_id]))
            continue
        answer = nb.outcomes.get(cell_of.get(exercise.answer_id))
        tests = nb.outcomes.get(cell_of.get(exercise.test_id))
        flags = list(dict.fromkeys(attributed.get(exercise.test_id, [])))
        if exercise.test_id in nb.prepared.edited_tests:
            flags.insert(0, nb.prepared.edited_tests[exercise.test_id])
        if flags:
            results.append(result("flagged", "; ".join(flags)))
        elif answer and answer.stopped_the_run:
            results.append(result(answer.status, f"the answer cell {answer.status}: {answer.error}"))
        elif tests is None or tests.stopped_the_run:
            results.append(result(tests.status if tests else "crashed",
                                  f"the tests {tests.status}: {tests.error}" if tests else "the tests did not run"))
        elif tests.status != "passed":
            kernel = nb.kernel_errors.get(exercise.test_id, "")
            if tests.error.startswith("ImpostorError"):
                results.append(result("flagged", tests.error))
            elif _out_of_memory(tests.error):
                results.append(result("crashed", f"ran out of memory (the limit is {memory_mb} MB): {tests.error}"))
            elif kernel is None:  # passed in nbgrader's kernel only: something there changed how cells run
                results.append(result("flagged", "passed in nbgrader's kernel but failed when run again in a clean "
                                                 f"process ({tests.error}): the notebook changes how its cells run"))
            else:
                results.append(result("graded", tests.error))
        elif exercise.test_id not in nb.kernel_errors:
            results.append(result("crashed", "nbgrader did not grade this notebook"))
        elif nb.kernel_errors[exercise.test_id] is not None:
            results.append(result("graded", f"failed in nbgrader's kernel: {nb.kernel_errors[exercise.test_id]}"))
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
