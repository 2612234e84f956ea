"""Two Dask workers against `python -m course grade --jobs 2`, on the same K submissions of a module, in one run.

Builds K synthetic submissions (as benchmarks/grading_speed.py does: reference answers,
untouched release and mutants, in turn) in two scratch copies of the course, grades one
with `course grade --jobs 2` and the other with `course grade --scheduler` on a
`distributed.LocalCluster` of two single-threaded worker processes over TCP on 127.0.0.1,
and prints both wall times. Both must give every submission the same scores, or it exits 1.

    .venv/bin/python benchmarks/cluster_speed.py [--students 6] [MODULE]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from course.authoring.course_dir import resolve_modules, source_notebooks  # noqa: E402
from course.grading.results import gradebook_url, read_scores  # noqa: E402
from grading_speed import build_course, timed  # noqa: E402


def main() -> int:
    from distributed import LocalCluster

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module", nargs="?", default="m01_foundations")
    parser.add_argument("--students", type=int, default=6)
    parser.add_argument("--workdir", default="/tmp/course-cluster-benchmark")
    args = parser.parse_args()
    module = resolve_modules([args.module])[0]
    work = Path(args.workdir)
    local = build_course(work / "local", module, args.students)
    clustered = build_course(work / "cluster", module, args.students)
    grade = [sys.executable, "-m", "course", "grade", module.id]
    t_local = timed([*grade, "--jobs", "2"], local)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster:
        t_cluster = timed([*grade, "--scheduler", cluster.scheduler_address], clustered)

    def scores(course):
        return {s.student: s.exercise_scores() for s in read_scores(gradebook_url(course), module.id)}

    same = scores(local) == scores(clustered)
    graded = args.students * len(source_notebooks(ROOT, module))
    print(f"module {module.id}: {args.students} submissions x {graded // args.students} notebooks = {graded} "
          f"notebooks, {len(os.sched_getaffinity(0))} CPUs\n")
    print("| grader | wall time (s) | s per notebook |")
    print("| --- | ---: | ---: |")
    print(f"| `course grade --jobs 2` (local) | {t_local:.0f} | {t_local / graded:.2f} |")
    print(f"| `course grade --scheduler` (LocalCluster, 2 workers x 1 thread) | {t_cluster:.0f} | "
          f"{t_cluster / graded:.2f} |")
    print(f"\ncluster / local: {t_cluster / t_local:.2f}; identical scores: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
