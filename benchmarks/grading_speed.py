"""Plain `nbgrader autograde` + `generate_feedback` against `python -m course grade --jobs N`, same K submissions.

Builds K synthetic submissions of a module (reference answers, untouched release and
mutants, in turn), grades them once with nbgrader's own commands (one process, students
one after another, then the feedback) and once with the course's parallel grader (which
also writes the feedback), each in its own scratch copy of the course, then prints the
speed-up and the seconds each notebook costs beyond its own execution time. Both runs must
agree on every score. Both use the course's nbgrader_config.py, so both run the notebooks
in the sandboxed verifier.

    .venv/bin/python benchmarks/grading_speed.py [--students 6] [--jobs 2] [MODULE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from course.authoring.course_dir import make_scratch_course, resolve_modules, source_notebooks  # noqa: E402
from course.authoring.execute import execute_notebook  # noqa: E402
from course.authoring.nbgrader_cli import nbgrader_environment, run_nbgrader  # noqa: E402
from course.authoring.notebooks import fill_answers, read_notebook, reference_answers  # noqa: E402
from course.grading.results import gradebook_url, read_scores  # noqa: E402
from mutation import load_mutants  # noqa: E402


def build_course(folder: Path, module, students: int) -> Path:
    course = make_scratch_course(folder, [module], ROOT)
    run_nbgrader(["generate_assignment", module.id, "--force"], course, folder / "setup.log")
    for index in range(students):
        target = course / "submitted" / f"student{index:02d}" / module.id
        target.mkdir(parents=True)
        for entry in (nb for nb in module.notebooks if nb.built):
            release = read_notebook(course / "release" / module.id / entry.filename)
            kind = index % 3
            if kind == 0:
                answers = reference_answers(read_notebook(course / "source" / module.id / entry.filename))
            elif kind == 1:
                answers = {}
            else:
                answers = {e: list(v.values())[index % len(v)] for e, v in load_mutants(entry.filename).items()}
            nbformat.write(fill_answers(release, answers), target / entry.filename)
    return course


def timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=nbgrader_environment())
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module", nargs="?", default="m01_foundations")
    parser.add_argument("--students", type=int, default=6)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--workdir", default="/tmp/course-grading-benchmark")
    args = parser.parse_args()
    module = resolve_modules([args.module])[0]
    work = Path(args.workdir)
    notebooks = source_notebooks(ROOT, module)

    exec_times = [execute_notebook(path) for path in notebooks]
    plain = build_course(work / "plain", module, args.students)
    ours = build_course(work / "parallel", module, args.students)
    t_plain = timed([sys.executable, "-m", "nbgrader", "autograde", module.id, "--force"], plain) + \
        timed([sys.executable, "-m", "nbgrader", "generate_feedback", module.id, "--force"], plain)
    t_ours = timed([sys.executable, "-m", "course", "grade", module.id, "--jobs", str(args.jobs)], ours)

    def scores(course):
        return {s.student: s.exercise_scores() for s in read_scores(gradebook_url(course), module.id)}

    same = scores(plain) == scores(ours)
    graded = args.students * len(notebooks)
    exec_mean = statistics.mean(exec_times)
    cpus = len(os.sched_getaffinity(0))
    print(f"module {module.id}: {args.students} submissions x {len(notebooks)} notebooks = {graded} notebooks, "
          f"{cpus} CPUs; mean notebook execution {exec_mean:.1f} s (fresh kernel)\n")
    print("| grader | wall time (s) | s per notebook | overhead per notebook (s) |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| `nbgrader autograde` + `generate_feedback` (serial) | {t_plain:.0f} | {t_plain / graded:.2f} | {t_plain / graded - exec_mean:.2f} |")
    per_nb = t_ours / graded
    print(f"| `course grade --jobs {args.jobs}` | {t_ours:.0f} | {per_nb:.2f} | "
          f"{per_nb * args.jobs - exec_mean:.2f} |")
    print(f"\nspeed-up: {t_plain / t_ours:.2f}x; identical scores: {same}")
    print("(overhead per notebook = wall time x jobs / notebooks - mean execution time)")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
