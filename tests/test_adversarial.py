"""The adversarial corpus (tests/adversarial.py) through the real `python -m course grade`.

Course A grades module 1 (notebook 03) in bubblewrap where the machine allows it;
course B grades module 3 (notebook 11) with the in-process guard alone, three times:
once to the end, once killed midway, and once more to the end, which must give the
first run's gradebook again.  Every case must get its status and reason, lose exactly
the points of the exercises it attacks, and leave nothing behind outside its folder.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from adversarial import CASES, CATEGORIES, M01, M03, NOTEBOOKS, Case
from course.catalog import load_catalog
from course.authoring.course_dir import make_scratch_course
from course.grading.feedback import hidden_lines, page_text
from course.authoring.nbgrader_cli import run_nbgrader
from course.authoring.notebooks import fill_answers, read_notebook, reference_answers
from course.grading.results import gradebook_url, read_scores
from course.sandbox.bubblewrap import bubblewrap

pytestmark = pytest.mark.slow
LIMITS = "c.CourseGrading.cell_timeout_s = 20\nc.CourseGrading.memory_mb = 3072\n"


def submission(case: Case, course: Path):
    """The case's submitted notebook, before any damage to the file."""
    name = NOTEBOOKS[case.module]
    release = read_notebook(course / "release" / case.module / name)
    if case.untouched:
        return release
    reference = reference_answers(read_notebook(course / "source" / case.module / name))
    answers = dict(reference)
    for grade_id, code in case.answers.items():
        answers[grade_id] = code.replace("{ref}", reference[grade_id]).replace("{course}", str(course))
    return fill_answers(release, answers)


def _build(tmp_path_factory, module_id: str, sandbox: str, only: tuple[str, ...] | None = None
           ) -> tuple[Path, list[Case]]:
    module = load_catalog().module(module_id)
    course = make_scratch_course(tmp_path_factory.mktemp(module_id), [module],
                                 extra_config=LIMITS + f"c.CourseGrading.sandbox = {sandbox!r}\n")
    for path in (course / "source" / module_id).glob("*.ipynb"):
        if path.name != NOTEBOOKS[module_id]:
            path.unlink()
    run_nbgrader(["generate_assignment", module_id, "--force"], course, course / "logs" / "generate.log")
    cases = [c for c in CASES if c.module == module_id and c.needs_process and (only is None or c.name in only)]
    for case in cases:
        folder = course / "submitted" / case.name / module_id
        folder.mkdir(parents=True)
        notebook = submission(case, course)
        target = folder / NOTEBOOKS[module_id]
        write_damaged(case, notebook, target)
    return course, cases


def write_damaged(case: Case, notebook, target: Path) -> None:
    damaged = case.damage(json.loads(nbformat.writes(notebook))) if case.damage else notebook
    if isinstance(damaged, bytes):
        if damaged:  # b"" stands for a notebook that was not submitted
            target.write_bytes(damaged)
    else:
        target.write_text(json.dumps(damaged) if isinstance(damaged, dict) else nbformat.writes(damaged))


def _grade(course: Path, module_id: str, report: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "course", "grade", module_id, "--jobs", "2", "--report", report],
                          cwd=course, capture_output=True, text=True, timeout=3000)


def _gradebook(course: Path, module_id: str) -> dict:
    return {s.student: s.exercise_scores() for s in read_scores(gradebook_url(course), module_id)}


@pytest.fixture(scope="module")
def bubblewrap_course(tmp_path_factory):
    course, cases = _build(tmp_path_factory, M01, "auto")
    result = _grade(course, M01, "report.json")
    return {"course": course, "cases": cases, "result": result,
            "report": json.loads((course / "report.json").read_text())}


@pytest.fixture(scope="module")
def guard_course_killed_and_regraded(tmp_path_factory):
    course, cases = _build(tmp_path_factory, M03, "guard")
    first = _grade(course, M03, "first.json")
    before = _gradebook(course, M03)
    # a second run, killed once a submission is in nbgrader's hands
    process = subprocess.Popen([sys.executable, "-m", "course", "grade", M03, "--jobs", "1"], cwd=course,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    pending = course / ".grading" / "pending"
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and not (pending.is_dir() and any(pending.iterdir())):
        time.sleep(0.2)
    time.sleep(2)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(course / "gradebook.db") as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    after_kill = _gradebook(course, M03)
    final = _grade(course, M03, "report.json")
    return {"course": course, "cases": cases, "first": first, "before": before, "integrity": integrity,
            "after_kill": after_kill, "final": final, "after": _gradebook(course, M03),
            "report": json.loads((course / "report.json").read_text())}


def check_case(case: Case, entry: dict) -> None:
    said = " | ".join(entry["reasons"] + entry["flags"] +
                      [e["reason"] for e in entry["exercises"].values() if e.get("reason")])
    assert entry["status"] == case.status, f"{case.name}: status {entry['status']}, expected {case.status}: {said}"
    for exercise, scores in entry["exercises"].items():
        grade_id = exercise.split("/")[-1]
        if grade_id in case.zero:
            assert scores["score"] == 0, f"{case.name}: {exercise} earned {scores['score']}: {said}"
        else:
            assert scores["score"] == scores["max_score"] > 0, \
                f"{case.name}: the honest exercise {exercise} lost points ({scores}): {said}"
    if case.reason:
        assert case.reason in said, f"{case.name}: {case.reason!r} not among the reasons: {said}"
    if case.status == "flagged":
        assert entry["flags"] and case.reason in " | ".join(entry["flags"]), f"{case.name}: no flag with a reason"


def test_corpus_covers_every_requirement():
    assert len(CASES) >= 25
    assert {c.category for c in CASES} == set(CATEGORIES)
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", [c for c in CASES if c.module == M01 and c.needs_process], ids=lambda c: c.name)
def test_bubblewrap_course_case(bubblewrap_course, case):
    check_case(case, bubblewrap_course["report"]["students"][case.name])


@pytest.mark.parametrize("case", [c for c in CASES if c.module == M03 and c.needs_process], ids=lambda c: c.name)
def test_guard_only_course_case(guard_course_killed_and_regraded, case):
    check_case(case, guard_course_killed_and_regraded["report"]["students"][case.name])


def test_no_batch_stops_early(bubblewrap_course, guard_course_killed_and_regraded):
    graded, guarded = bubblewrap_course, guard_course_killed_and_regraded
    assert graded["result"].returncode == 0, graded["result"].stdout[-2000:] + graded["result"].stderr[-2000:]
    assert set(graded["report"]["students"]) == {c.name for c in graded["cases"]}
    assert graded["report"]["sandbox"] == ("bubblewrap" if bubblewrap() else "guard")
    assert guarded["report"]["sandbox"] == "guard"
    assert guarded["first"].returncode == guarded["final"].returncode == 0


def test_gradebook_holds_the_reported_scores(bubblewrap_course, guard_course_killed_and_regraded):
    for graded, module_id in [(bubblewrap_course, M01), (guard_course_killed_and_regraded, M03)]:
        course, report = graded["course"], graded["report"]
        gradebook = _gradebook(course, module_id)
        for student, entry in report["students"].items():
            reported = {k: v["score"] for k, v in entry["exercises"].items()}
            stored = {f"{nb}/{gid}": score for (nb, gid), (score, _) in gradebook.get(student, {}).items()}
            assert {k: stored.get(k, 0.0) for k in reported} == reported, student


def test_nothing_escaped_the_submission_folder(bubblewrap_course, guard_course_killed_and_regraded):
    for course in (bubblewrap_course["course"], guard_course_killed_and_regraded["course"]):
        assert not list(course.glob("pwned*")) and not list((course / "release").rglob("pwned*"))
        with sqlite3.connect(course / "gradebook.db") as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert db.execute("SELECT count(*) FROM grade WHERE auto_score > 90").fetchone()[0] == 0
    assert not Path("/tmp/course-pwned.txt").exists()


def test_feedback_never_shows_hidden_tests_or_runs_student_html(bubblewrap_course):
    course = bubblewrap_course["course"]
    pages = list((course / "feedback").rglob("*.html"))
    assert len(pages) >= len(bubblewrap_course["cases"]) - 3, "every submission that was a notebook gets its page"
    secrets = hidden_lines(read_notebook(course / "source" / M01 / NOTEBOOKS[M01]))
    assert secrets
    for page in pages:
        text = page_text(page)
        leaked = [line for line in secrets if line in text]
        assert not leaked, f"{page}: {leaked[:2]}"
        assert "<script>document.title" not in page.read_text(encoding="utf-8"), f"{page}: student HTML is live"
    quoted = course / "feedback" / "written_answer_quotes_a_marker_and_html" / M01
    assert "document.title = 'pwned'" in page_text(next(quoted.glob("*.html"))), "shown as text, not dropped"


def test_killed_run_leaves_a_consistent_gradebook_and_a_rerun_completes_it(guard_course_killed_and_regraded):
    guarded = guard_course_killed_and_regraded
    assert guarded["integrity"] == "ok"
    assert guarded["after_kill"]  # readable, and graded submissions are still there
    assert guarded["after"] == guarded["before"]  # grading the same submissions again: the same gradebook
    assert not list((guarded["course"] / ".grading" / "pending").iterdir())


def test_the_class_report_is_written_printed_and_escaped(bubblewrap_course):
    """`course grade` writes the class report page and prints its path; nothing a student wrote runs in it."""
    course, report = bubblewrap_course["course"], bubblewrap_course["report"]
    page = course / "reports" / f"{M01}.html"
    assert f"class report: {page}" in bubblewrap_course["result"].stdout
    text = page.read_text()
    assert "<script" not in text.lower()  # the page has no script of its own; a student's would show escaped
    flagged = [student for student, entry in report["students"].items() if entry["flags"]]
    assert flagged and all(student in text for student in flagged)
