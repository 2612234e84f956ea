"""Autograding a module's submissions: one trustworthy grading run per student, several at once.

Each submission goes through ``course.grading.pipeline.grade_submission`` (prepare,
nbgrader autograde with the sandboxed executor, judge, reconcile).  Grading student by
student keeps one broken submission from stopping the batch: whatever happens to
one, the others are graded.  ``jobs`` grades that many students at the same time.
They share the SQLite gradebook; each run writes only at its start and end, and
waits (rather than fails) while another holds the write lock.
"""

from __future__ import annotations

import os
import string
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from tqdm.auto import tqdm

from course.authoring.nbgrader_cli import run_nbgrader
from course.grading.nbgrader_host import NbgraderHost
from course.errors import CourseError
from course.authoring.course_dir import SCRATCH_DIR
from course.authoring.notebooks import read_notebook
from course.grading.feedback import hidden_lines, withhold_leaking_feedback
from course.grading.limits import GradingLimits, load_limits
from course.grading.model import SubmissionResult
from course.grading.pipeline import grade_submission
from course.grading.report import build_report
from course.grading.results import gradebook_out_of_step, gradebook_url

# nbgrader treats --student as a glob, and the id becomes a folder name: only plain names are graded
_PLAIN = frozenset(string.ascii_letters + string.digits + "_.@+-")


def _why_not_plain(student: str) -> str | None:
    if not student:
        return "is empty"
    if ".." in student:
        return "contains '..'"
    odd = next((c for c in student if c not in _PLAIN), None)
    if odd is not None:
        return f"contains {odd!r}"
    if not student[0].isalnum():
        return f"starts with {student[0]!r}"
    return None


def check_student_ids(students: list[str]) -> None:
    """CourseError naming the first id that nbgrader or the file system would read specially."""
    for student in students:
        why = _why_not_plain(student)
        if why:
            raise CourseError(f"refusing to grade: the student id {student!r} {why}, which nbgrader or the file "
                              "system would read as a pattern or a path; rename that submitted/ folder "
                              "(ASCII letters, digits and _ . @ + - only, starting with a letter or digit)")


def submitted_students(course_root: Path, module: str) -> list[str]:
    """Student ids that have a folder ``submitted/<student>/<module>``."""
    submitted = Path(course_root) / "submitted"
    if not submitted.is_dir():
        return []
    return sorted(p.parent.name for p in submitted.glob(f"*/{module}") if p.is_dir())


def grade_one(course_root: Path, module: str, student: str, limits: GradingLimits, log_dir: Path, db_url: str,
              threads: int, feedback: bool, host=None) -> SubmissionResult:
    """One student's submission of one module, graded (and its feedback written): a local job or a cluster task.

    ``host``: the grading slot's long-lived nbgrader process (``NbgraderHost``); without it, each nbgrader
    command is a process of its own."""
    log = log_dir / f"{module}-{student}.log"
    try:
        result = grade_submission(course_root, module, student, limits, db_url, log, threads, host)
    except Exception as error:  # never let one submission stop the batch; the report shows what happened
        message = str(error) if isinstance(error, CourseError) else f"{type(error).__name__}: {error}"
        return SubmissionResult(student, module, problems=[f"grading failed: {message}"])
    if feedback:
        result.notes += _feedback_for(course_root, module, student, db_url, log, host)
    return result


_slot = threading.local()
_hosts: list[NbgraderHost] = []  # every slot's host, so that local grading can close them when its pool is done


def grade_one_in_slot(course_root: Path, module: str, student: str, limits: GradingLimits, log_dir: Path, db_url: str,
                      threads: int, feedback: bool) -> SubmissionResult:
    """``grade_one`` with this thread's own long-lived nbgrader host, made on first use and kept while the
    thread lives: how the local pool's threads and a Dask worker's threads grade one submission after another
    (on a worker, the host ends with it)."""
    if not hasattr(_slot, "host"):
        _slot.host = NbgraderHost()
        _hosts.append(_slot.host)
    return grade_one(course_root, module, student, limits, log_dir, db_url, threads, feedback, _slot.host)


def _feedback_for(course_root: Path, module: str, student: str, db_url: str, log: Path, host=None) -> list[str]:
    """nbgrader's feedback pages for one student, inside that student's job; any page that would show a line
    of the hidden tests is withheld (returned: the notes saying so)."""
    try:
        run_nbgrader(["generate_feedback", module, "--student", student, "--force",
                      f"--CourseDirectory.db_url={db_url}"], course_root, log, host=host)
    except CourseError as error:
        return [f"feedback not generated: {error}"]
    hidden = [line for path in sorted((course_root / "source" / module).glob("*.ipynb"))
              for line in hidden_lines(read_notebook(path))]
    withheld = withhold_leaking_feedback(course_root / "feedback", module, hidden,
                                         course_root / SCRATCH_DIR / "withheld-feedback", student)
    return withheld.get(student, [])


def autograde(course_root: Path, submissions: list[tuple[str, str]], log_dir: Path, jobs: int = 1,
              progress: bool = True, db_url: str | None = None,
              limits: GradingLimits | None = None, feedback: bool = False,
              scheduler: str | None = None) -> list[SubmissionResult]:
    """Grade each ``(module, student)`` submission, ``jobs`` at a time; never stops early.

    With ``scheduler`` (``tcp://HOST:PORT``), every submission is a task on that Dask cluster instead
    (``course.grading.cluster``; ``jobs`` is then the cluster's business).

    With ``feedback``, each student's job also writes that student's feedback pages (checked for leaks).

    Returns one result per submission, in the order given, whatever order they finished in.  Each run's
    nbgrader output goes to ``log_dir/<module>-<student>.log``.  ``db_url`` defaults to the course's
    SQLite gradebook; any SQLAlchemy URL nbgrader accepts (e.g. PostgreSQL) works too.  ``limits``
    default to the course's ``nbgrader_config.py``.
    """
    course_root = Path(course_root).resolve()
    db_url = db_url or gradebook_url(course_root)
    limits = limits or load_limits(course_root)
    check_ready_to_grade(course_root, sorted({m for m, _ in submissions}), db_url)
    log_dir.mkdir(parents=True, exist_ok=True)
    if scheduler:
        from course.grading.cluster import grade_on_cluster
        return grade_on_cluster(scheduler, course_root, submissions, log_dir, db_url, limits, feedback, progress)
    jobs = max(1, jobs)
    threads = max(1, (os.cpu_count() or 1) // jobs)
    results: dict[tuple[str, str], SubmissionResult] = {}
    try:
        with tqdm(total=len(submissions), desc="grade", unit="submission", disable=not progress) as bar, \
                ThreadPoolExecutor(max_workers=jobs) as pool:
            # the threads only wait on worker and nbgrader processes, which do the work in parallel
            futures = [pool.submit(grade_one_in_slot, course_root, m, s, limits, log_dir, db_url, threads, feedback)
                       for m, s in submissions]
            for future in as_completed(futures):
                result = future.result()
                results[(result.module, result.student)] = result
                bar.set_postfix_str(f"{result.module}/{result.student} {result.status}")
                bar.update()
    finally:  # the pool's threads are gone: close their hosts
        while _hosts:
            _hosts.pop().close()
    return [results[key] for key in submissions]


def check_ready_to_grade(course_root: Path, modules: list[str], db_url: str | None = None) -> None:
    """Raise one clear ``CourseError`` unless every module has its release and the gradebook records it as its
    source notebooks are now (``nbgrader generate_assignment`` records it; nbgrader restores each tests cell
    from that record, so without it every notebook would fail to grade, and with an old one the old tests
    would grade)."""
    course_root = Path(course_root).resolve()
    db_url = db_url or gradebook_url(course_root)
    for module in modules:
        if not (course_root / "release" / module).is_dir():
            raise CourseError(f"{course_root / 'release' / module} is missing; "
                              f"run `nbgrader generate_assignment {module}` in {course_root} first")
        sources = {path.stem: read_notebook(path) for path in sorted((course_root / "source" / module).glob("*.ipynb"))}
        problem = gradebook_out_of_step(db_url, module, sources)
        if problem:
            raise CourseError(f"{module} {problem}; run `nbgrader generate_assignment {module} --force` in "
                              f"{course_root} first (`python -m course release` only rewrites release/; gradebook: "
                              f"{db_url.split('?')[0]})")


def autograde_module(course_root: Path, module: str, log_dir: Path, students: list[str] | None = None,
                     jobs: int = 1, progress: bool = True, db_url: str | None = None,
                     limits: GradingLimits | None = None, scheduler: str | None = None) -> list[SubmissionResult]:
    """Grade every submission of ``module`` (or just ``students``); see ``autograde``."""
    students = submitted_students(course_root, module) if students is None else students
    return autograde(course_root, [(module, s) for s in students], log_dir, jobs, progress, db_url, limits,
                     scheduler=scheduler)


@dataclass
class ModuleGrading:
    """One module graded: every student's result and the report built from them."""
    module: str
    results: list[SubmissionResult]
    report: dict

    @property
    def failed(self) -> list[str]:
        """Students for whom the grader itself failed."""
        return [r.student for r in self.results if not r.ok]


def grade_modules(course_root: Path, modules: list[str], log_dir: Path, *, students: dict[str, list[str]] | None = None,
                  jobs: int = 1, progress: bool = True, db_url: str | None = None,
                  limits: GradingLimits | None = None, sandbox: str | None = None,
                  scheduler: str | None = None) -> list[ModuleGrading]:
    """The one way a module is graded (CLI, demo, benchmarks): autograde, report, feedback, checked feedback.

    All ``(module, student)`` submissions share one pool of ``jobs``; each job grades one student's
    submission and then writes that student's feedback with nbgrader's ``generate_feedback``, so feedback runs
    in parallel too; any page that would show a line of the hidden tests is withheld for that student, with
    the reason in the report (never stopping the batch).  ``students`` (module → ids) defaults to every
    ``submitted/*/<module>``.  ``scheduler``: grade on that Dask cluster (see ``autograde``).
    """
    course_root = Path(course_root).resolve()
    limits = limits or load_limits(course_root)
    chosen = {m: (students or {}).get(m) or submitted_students(course_root, m) for m in modules}
    check_student_ids([s for m in modules for s in chosen[m]])
    submissions = [(m, s) for m in modules for s in chosen[m]]
    results = autograde(course_root, submissions, log_dir, jobs, progress, db_url, limits, feedback=True,
                        scheduler=scheduler)
    return [ModuleGrading(module, mine, build_report(module, mine, limits, sandbox))
            for module in modules for mine in [[r for r in results if r.module == module]]]
