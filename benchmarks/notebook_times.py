"""Measure each built source notebook's execution time (fresh kernel, torch import included).

Prints a Markdown table for the README with the machine it ran on, and checks the budget
(each notebook <= 20 s, the median of every module <= 10 s, on 2 cores). Exit 1 when over budget.

    .venv/bin/python benchmarks/notebook_times.py [--repeat 3] [MODULE ...]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
from datetime import date
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from course.authoring.course_dir import resolve_modules, source_notebooks  # noqa: E402
from course.authoring.execute import execute_notebook  # noqa: E402
from course.authoring.readme import replace_section  # noqa: E402

EACH_LIMIT_S, MEDIAN_LIMIT_S = 20.0, 10.0


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    device = os.environ.get("COURSE_DEVICE", "auto")
    return f"{os.cpu_count()} cores, {cpu}, torch {torch.__version__}, COURSE_DEVICE={device}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*")
    parser.add_argument("--repeat", type=int, default=1, help="runs per notebook; the median is reported")
    parser.add_argument("--readme", action="store_true",
                        help="also write the table into README.md (its derived:notebook-times section)")
    args = parser.parse_args()
    rows, module_medians = [], {}
    for module in resolve_modules(args.modules):
        mine = []
        for path in source_notebooks(ROOT, module):
            runs = [execute_notebook(path) for _ in range(args.repeat)]
            mine.append(statistics.median(run.run_all for run in runs))
            rows.append((f"{module.id}/{path.name}", mine[-1], statistics.median(run.total for run in runs)))
            print(f"  {rows[-1][0]}: {rows[-1][1]:.1f} s ({rows[-1][2]:.1f} s with shutdown)", file=sys.stderr,
                  flush=True)
        module_medians[module.id] = statistics.median(mine)
    times = [t for _, t, _ in rows]
    ok = max(times) <= EACH_LIMIT_S and max(module_medians.values()) <= MEDIAN_LIMIT_S
    table = [f"Measured on {machine()}, {date.today().isoformat()} (median of {args.repeat} run(s) each, "
             "fresh kernel, wall time from asking for the kernel to the end of the last cell; the kernel's "
             "shutdown after it, which no student waits for, in the last column):\n",
             "| notebook | seconds | with shutdown |", "| --- | ---: | ---: |"]
    table += [f"| {name} | {seconds:.1f} | {total:.1f} |" for name, seconds, total in rows]
    totals = [total for _, _, total in rows]
    table += [f"| **median** | **{statistics.median(times):.1f}** | {statistics.median(totals):.1f} |",
              f"| **max** | **{max(times):.1f}** | {max(totals):.1f} |",
              "\nModule medians: " + ", ".join(f"{m} {t:.1f} s" for m, t in module_medians.items()) + ".",
              f"\nBudget (each <= {EACH_LIMIT_S:g} s, every module's median <= {MEDIAN_LIMIT_S:g} s): "
              f"{'met' if ok else 'NOT met'}"]
    print("\n".join(table))
    if args.readme:
        readme = ROOT / "README.md"
        readme.write_text(replace_section(readme.read_text(encoding="utf-8"), "notebook-times", "\n".join(table)),
                          encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
