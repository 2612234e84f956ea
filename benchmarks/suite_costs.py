"""What each part of the test suite costs, from the JUnit XML of a `make test` run.

    PYTEST_ADDOPTS="--junitxml=logs/suite.xml" make test
    .venv/bin/python benchmarks/suite_costs.py logs/suite.xml [--wall SECONDS]

Prints a Markdown table: for each test file (and nbval over `source/`), the summed test time
(set-up included: a module-scoped fixture is charged to the first test that uses it), its share
of the suite, and that time per built notebook and per built module. The summed time is
worker time: with N pytest workers the wall time is about the sum over N. With ``--wall`` (the
duration `make test` printed) it also prints the effective parallelism.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from course.catalog import load_catalog  # noqa: E402


def part_of(case: ElementTree.Element) -> str:
    """The file a test case belongs to: ``tests/test_x.py``, or ``nbval (source/)`` for a notebook's cells."""
    classname, file = case.get("classname", ""), case.get("file", "")
    if file.endswith(".ipynb") or ".ipynb" in classname or classname.startswith("source."):
        return "nbval (source/)"
    if file:
        return file
    parts = classname.split(".")  # tests.test_x, or tests.test_x.TestSomething for a class's tests
    modules = [i for i, part in enumerate(parts) if part.startswith("test_")]
    return "/".join(parts[:modules[0] + 1]) + ".py" if modules else classname


def costs(report: Path) -> dict[str, tuple[int, float]]:
    """Part → (number of tests, summed seconds)."""
    totals: dict[str, list] = defaultdict(lambda: [0, 0.0])
    for case in ElementTree.parse(report).iter("testcase"):
        entry = totals[part_of(case)]
        entry[0] += 1
        entry[1] += float(case.get("time", 0.0))
    return {part: (count, seconds) for part, (count, seconds) in totals.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("--wall", type=float, help="the wall time `make test` printed, in seconds")
    args = parser.parse_args()
    catalog = load_catalog()
    notebooks = sum(1 for m in catalog.built_modules for nb in m.notebooks if nb.built)
    modules = len(list(catalog.built_modules))
    parts = costs(args.report)
    total = sum(seconds for _, seconds in parts.values())
    print(f"{sum(n for n, _ in parts.values())} tests, {notebooks} built notebooks in {modules} modules; "
          f"summed test time {total:.0f} s (worker time)\n")
    print("| part | tests | seconds | share | per notebook (s) | per module (s) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for part, (count, seconds) in sorted(parts.items(), key=lambda item: -item[1][1]):
        print(f"| `{part}` | {count} | {seconds:.0f} | {100 * seconds / total:.0f} % | {seconds / notebooks:.1f} | "
              f"{seconds / modules:.0f} |")
    if args.wall:
        print(f"\nwall time {args.wall:.0f} s: {total / args.wall:.2f} workers busy on average")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
