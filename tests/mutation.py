"""Fast mutation check: one kernel per notebook proves every mutant fails its exercise's tests.

For a source notebook and its mutants (``tests/mutants/NN_slug.py``), the kernel
runs the whole reference notebook once; then, for each mutant, it defines the
mutant in place of the answer, runs that exercise's full tests cell (visible and
hidden tests) and expects an error, and finally restores the reference answer
and checks the tests pass again.  The real ``nbgrader autograde`` of a module's
mutants runs in ``test_roundtrip.py``; this path covers every mutant cheaply.

Run by hand while writing a notebook:
    .venv/bin/python tests/mutation.py source/m01_foundations/03_conv_output_size.ipynb
"""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = Path(__file__).resolve().parents[1]
MUTANTS_DIR = Path(__file__).resolve().parent / "mutants"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from course.grading.notebooks import answer_cells, read_notebook, autograded_tests  # noqa: E402


def load_mutants(notebook: Path) -> dict[str, dict[str, str]]:
    """``MUTANTS`` from ``tests/mutants/<notebook stem>.py``: grade_id → {mutant name: code}."""
    path = MUTANTS_DIR / f"{Path(notebook).stem}.py"
    spec = importlib.util.spec_from_file_location(f"mutants_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.MUTANTS


@dataclass
class Outcome:
    exercise: str
    mutant: str
    rejected: bool
    detail: str


def _run(client: NotebookClient, source: str) -> str | None:
    """Execute ``source`` in the client's kernel; the error's last line, or None when it ran cleanly."""
    cell = nbformat.v4.new_code_cell(source)
    try:
        client.execute_cell(cell, 0, store_history=False)
    except CellExecutionError as error:
        plain = re.sub(r"\x1b\[[0-9;]*m", "", str(error))  # tracebacks come coloured
        lines = [line for line in plain.strip().splitlines() if line.strip()]
        return lines[-1] if lines else "error"
    return None


def check_notebook(notebook: Path, mutants: dict[str, dict[str, str]] | None = None,
                   timeout: int = 120) -> list[Outcome]:
    notebook = Path(notebook)
    mutants = load_mutants(notebook) if mutants is None else mutants
    nb = read_notebook(notebook)
    answers, tests = answer_cells(nb), autograded_tests(nb)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(notebook.parent)}})
    outcomes: list[Outcome] = []
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            if cell.cell_type == "code":
                client.execute_cell(cell, index)  # the reference must run cleanly first
        for exercise, variants in mutants.items():
            reference, test = answers[exercise].source, tests[f"test_{exercise}"].source
            for name, code in variants.items():
                broken = _run(client, code)  # a mutant must define its function cleanly, or it proves nothing
                if broken is not None:
                    outcomes.append(Outcome(exercise, name, rejected=False, detail=f"the mutant itself fails: {broken}"))
                else:
                    failure = _run(client, test)
                    outcomes.append(Outcome(exercise, name, rejected=failure is not None, detail=failure or "tests passed"))
                restored = _run(client, reference) or _run(client, test)
                if restored is not None:
                    raise AssertionError(f"{notebook.name}: the reference of {exercise} fails after mutant {name}: {restored}")
    return outcomes


def main(paths: list[str]) -> int:
    status = 0
    for path in paths:
        for o in check_notebook(Path(path)):
            mark = "rejected" if o.rejected else "SURVIVED"
            status |= not o.rejected
            print(f"{Path(path).stem:28} {o.exercise:22} {o.mutant:28} {mark}: {o.detail[:90]}")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
