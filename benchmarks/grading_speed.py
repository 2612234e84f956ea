"""Stock nbgrader against `python -m course grade --jobs N`, on the same K submissions of a module, in one run.

Builds K synthetic submissions of a module (reference answers, untouched release and
mutants, in turn) and grades them twice, each in its own scratch copy of the course:
once as an instructor would without this course's grader, with stock nbgrader
(`nbgrader autograde`, its default preprocessors, so each notebook runs in a Jupyter
kernel, then `nbgrader generate_feedback` with its default preprocessors), and once with
`python -m course grade --jobs N` (sandboxed warm workers, feedback inside each job). It
prints the speed-up, and for our grader the seconds per notebook spent outside the cells
themselves (start-up, imports, nbgrader, feedback). Both must give every submission the
same scores, or it exits 1.

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

from datetime import datetime

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from course.authoring.course_dir import make_scratch_course, resolve_modules, source_notebooks  # noqa: E402
from course.authoring.nbgrader_cli import nbgrader_environment, run_nbgrader  # noqa: E402
from course.authoring.notebooks import fill_answers, read_notebook, reference_answers  # noqa: E402
from course.grading.results import gradebook_url, read_scores  # noqa: E402
from mutation import load_mutants  # noqa: E402


# nbgrader's own defaults (nbgrader/converters/autograde.py, generate_feedback.py): a Jupyter kernel runs each notebook.
STOCK_NBGRADER = """
c.Autograde.autograde_preprocessors = [
    "nbgrader.preprocessors.Execute", "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor", "nbgrader.preprocessors.LimitOutput",
    "nbgrader.preprocessors.SaveAutoGrades", "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata"]
c.GenerateFeedback.preprocessors = ["nbgrader.preprocessors.GetGrades",
                                    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor"]
c.GenerateFeedback.exporter_class = "nbconvert.exporters.HTMLExporter"
"""


def build_course(folder: Path, module, students: int, extra_config: str = "") -> Path:
    course = make_scratch_course(folder, [module], ROOT, extra_config)
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


WARM_IMPORTS = "import torch, torchvision, matplotlib.pyplot, numpy, sklearn.datasets, skimage.data, course.testing"


def cells_seconds(path: Path) -> float:
    """The reference notebook's cells alone: their execution time in a kernel that has imported the libraries."""
    nb = read_notebook(path)
    nb.cells.insert(0, nbformat.v4.new_code_cell(WARM_IMPORTS))
    client = NotebookClient(nb, timeout=120, kernel_name="python3", record_timing=True,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    total = 0.0
    for cell in nb.cells[1:]:
        timing = cell.get("metadata", {}).get("execution", {})
        if "iopub.execute_input" in timing and "shell.execute_reply" in timing:
            started, ended = (datetime.fromisoformat(timing[k].replace("Z", "+00:00"))
                              for k in ("iopub.execute_input", "shell.execute_reply"))
            total += (ended - started).total_seconds()
    return total


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

    exec_times = [cells_seconds(path) for path in notebooks]
    plain = build_course(work / "plain", module, args.students, STOCK_NBGRADER)
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
          f"{cpus} CPUs; mean time of a notebook's cells {exec_mean:.1f} s (libraries already imported)\n")
    print("| grader | wall time (s) | s per notebook | outside the cells, per notebook (s) |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| stock `nbgrader autograde` + `generate_feedback` (Jupyter kernels, serial) | {t_plain:.0f} | {t_plain / graded:.2f} | {t_plain / graded - exec_mean:.2f} |")
    per_nb = t_ours / graded
    print(f"| `course grade --jobs {args.jobs}` | {t_ours:.0f} | {per_nb:.2f} | "
          f"{per_nb * args.jobs - exec_mean:.2f} |")
    print(f"\nspeed-up: {t_plain / t_ours:.2f}x; identical scores: {same}")
    print("(outside the cells = wall time x jobs / notebooks - mean time of a notebook's cells)")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
