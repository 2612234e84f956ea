"""The instructor pipeline end to end, in a scratch course folder, with three sample students.

release → fetch → submit → collect → autograde → feedback → export, all through
nbgrader and its exchange (whose root lives inside the scratch folder).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from course.catalog import Module
from course.errors import CourseError
from course.grading.autograde import grade_modules
from course.authoring.course_dir import REPOSITORY_ROOT, make_scratch_course, source_notebooks
from course.authoring.nbgrader_cli import run_nbgrader
from course.demo.personas import PERSONAS, write_submission
from course.grading.results import gradebook_url, read_scores

COURSE_ID = "cnn-course"


def _step(number: int, total: int, text: str) -> float:
    print(f"[{number}/{total}] {text}", flush=True)
    return time.monotonic()


MARKER = ".course-demo"


def _fresh_scratch_folder(folder: Path) -> Path:
    """Empty ``folder`` for a new run; only a folder an earlier demo made (it holds MARKER) is ever deleted."""
    if folder.exists():
        if not (folder / MARKER).is_file() and any(folder.iterdir()):
            raise CourseError(f"refusing to replace {folder}: it is not empty and was not made by `course demo`; "
                              "pass --dir with a new or earlier demo folder")
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / MARKER).write_text("made by `python -m course demo`; replaced on the next run\n", encoding="utf-8")
    return folder


def default_modules(built: list[Module]) -> list[Module]:
    """The demo's default: the first built module and the newest, so it shows the range of the course in a
    few minutes however many modules are built (``--all`` grades every one)."""
    return built if len(built) <= 2 else [built[0], built[-1]]


def run_demo(modules: list[Module], folder: Path, root: Path = REPOSITORY_ROOT, jobs: int = 1) -> list[dict]:
    """Run the whole pipeline in ``folder`` (replaced if it exists); returns one row per student and module."""
    for module in modules:
        source_notebooks(root, module)  # fail before writing anything if a notebook is missing or broken
    folder = _fresh_scratch_folder(folder.resolve())
    exchange = folder / "exchange"
    log = folder / "nbgrader.log"
    started = time.monotonic()
    total = 6
    _step(1, total, f"scratch course in {folder}")
    course = make_scratch_course(folder / "course", modules, root, extra_config=(
        f"c.Exchange.root = {str(exchange)!r}\n"
        "# every sample student is the same operating-system user here, so skip the owner check\n"
        "c.CollectApp.check_owner = False\n"))
    exchange.mkdir()
    ids = [m.id for m in modules]

    _step(2, total, f"generate and release {', '.join(ids)}")
    for module in ids:
        run_nbgrader(["generate_assignment", module, "--force"], course, log)
        run_nbgrader(["release_assignment", module, "--force"], course, log)

    _step(3, total, f"{len(PERSONAS)} students fetch, answer and submit")
    exchange_flags = [f"--Exchange.root={exchange}", f"--course={COURSE_ID}"]
    for student, (_, persona) in PERSONAS.items():
        home = folder / "students" / student
        home.mkdir(parents=True)
        for module in ids:
            run_nbgrader(["fetch_assignment", module, *exchange_flags], home, log)
            write_submission(persona, home / module, course / "source" / module)
            run_nbgrader(["submit", module, f"--student={student}", *exchange_flags], home, log)

    _step(4, total, "collect the submissions")
    for module in ids:
        run_nbgrader(["collect", module, "--update"], course, log)

    # feedback pages are checked for hidden tests by grade_modules, as for `course grade`
    _step(5, total, f"autograde in the sandbox ({jobs} submissions at a time), then feedback HTML")
    graded = grade_modules(course, ids, folder / "logs", students={m: list(PERSONAS) for m in ids}, jobs=jobs)
    failures = [r for g in graded for r in g.results if not r.ok]
    if failures:
        raise CourseError(f"autograding failed for {failures[0].student}: {failures[0].message}")

    _step(6, total, "export grades")
    grades_csv = course / "grades.csv"
    run_nbgrader(["export", f"--CsvExportPlugin.to={grades_csv}"], course, log)

    rows = []
    for module in ids:
        for score in read_scores(gradebook_url(course), module):
            rows.append({
                "student": score.student,
                "persona": PERSONAS[score.student][0],
                "module": module,
                "autograded": score.auto_score,
                "autograded_max": score.auto_max,
                "written_max": score.manual_max,
                "submitted": course / "submitted" / score.student / module,
                "autograded_dir": course / "autograded" / score.student / module,
                "feedback": course / "feedback" / score.student / module,
            })
    for g in graded:
        for result in g.results:
            for exercise in result.exercises:
                if exercise.misconception:
                    print(f"{result.student}: {exercise.notebook}/{exercise.exercise} looks like the known mistake "
                          f"{exercise.misconception['name']!r} (named in the feedback)")
    print(f"\nDone in {time.monotonic() - started:.0f} s. Gradebook: {course / 'gradebook.db'}; "
          f"grades: {grades_csv}; nbgrader logs: {log}, {folder / 'logs'}\n")
    return rows


def format_table(rows: list[dict]) -> str:
    width = max(len(row["module"]) for row in rows) if rows else 6
    header = f"{'student':8} {'answers':38} {'module':{width}} {'autograded':>11} {'written':>9}  feedback"
    lines = [header, "-" * len(header)]
    for row in rows:
        score = f"{row['autograded']:g}/{row['autograded_max']:g}"
        written = f"{row['written_max']:g} open"
        lines.append(f"{row['student']:8} {row['persona']:38} {row['module']:{width}} {score:>11} {written:>9}  "
                     f"{row['feedback']}")
    return "\n".join(lines)
