"""Fast check of the tests both ways, in one kernel per notebook.

For a source notebook, its mutants (``tests/mutants/NN_slug.py``, known-wrong
answers) and its honest variants (``tests/honest/NN_slug.py``, correct answers
written differently from the reference), the kernel runs the whole reference
notebook once; then, for each answer, it defines it in place of the reference,
runs that exercise's full tests cell (visible and hidden tests), and restores
the reference.  A mutant is *rejected* only by a failed check of the tests
(``AssertionError`` and its kin): an error of the mutant's own making proves
nothing.  An honest variant must pass with no error (a warning it prints costs nothing: the
grader never scores stderr).
The real ``nbgrader autograde`` of both runs in ``test_roundtrip.py``.

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
HONEST_DIR = Path(__file__).resolve().parent / "honest"
# what a failed check of course.testing or a plain assert raises; anything else is the answer's own error
CHECK_FAILURES = frozenset({"AssertionError", "ImpostorError", "ForbiddenCall"})

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from course.authoring.notebooks import answer_cells, read_notebook, autograded_tests  # noqa: E402


def _load(folder: Path, variable: str, notebook: Path) -> dict[str, dict[str, str]]:
    path = folder / f"{Path(notebook).stem}.py"
    spec = importlib.util.spec_from_file_location(f"{folder.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, variable)


def load_mutants(notebook: Path) -> dict[str, dict[str, str]]:
    """``MUTANTS`` from ``tests/mutants/<notebook stem>.py``: grade_id → {mutant name: code}."""
    return _load(MUTANTS_DIR, "MUTANTS", notebook)


def load_honest(notebook: Path) -> dict[str, dict[str, str]]:
    """``HONEST`` from ``tests/honest/<notebook stem>.py``: grade_id → {variant name: code}."""
    return _load(HONEST_DIR, "HONEST", notebook)


@dataclass
class Outcome:
    exercise: str
    mutant: str
    rejected: bool
    detail: str
    honest: bool = False

    @property
    def as_expected(self) -> bool:
        """A mutant rejected by a failed check, an honest variant accepted."""
        return not self.rejected if self.honest else self.rejected


@dataclass
class Run:
    error: str | None  # the error's type, or None when the cell ran cleanly
    detail: str        # the error's last line, or what went to stderr
    stderr: str = ""


def _run(client: NotebookClient, source: str) -> Run:
    """Execute ``source`` in the client's kernel."""
    cell = nbformat.v4.new_code_cell(source)
    try:
        client.execute_cell(cell, 0, store_history=False)
    except CellExecutionError as error:
        plain = re.sub(r"\x1b\[[0-9;]*m", "", str(error))  # tracebacks come coloured
        lines = [line for line in plain.strip().splitlines() if line.strip()]
        return Run(error.ename or "error", lines[-1] if lines else "error")
    stderr = "".join(o.get("text", "") for o in cell.outputs if o.get("name") == "stderr")
    return Run(None, "ran cleanly", stderr)


def check_notebook(notebook: Path, mutants: dict[str, dict[str, str]] | None = None,
                   honest: dict[str, dict[str, str]] | None = None, timeout: int = 120) -> list[Outcome]:
    notebook = Path(notebook)
    mutants = load_mutants(notebook) if mutants is None else mutants
    if honest is None:
        honest = load_honest(notebook) if (HONEST_DIR / f"{notebook.stem}.py").is_file() else {}
    nb = read_notebook(notebook)
    answers, tests = answer_cells(nb), autograded_tests(nb)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(notebook.parent)}})
    outcomes: list[Outcome] = []
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            if cell.cell_type == "code":
                client.execute_cell(cell, index)  # the reference must run cleanly first
        for kind, answers_of in (("mutant", mutants), ("honest", honest)):
            for exercise, variants in answers_of.items():
                reference, test = answers[exercise].source, tests[f"test_{exercise}"].source
                for name, code in variants.items():
                    outcomes.append(_judge(client, exercise, name, code, test, honest=kind == "honest"))
                    restored = _run(client, reference)
                    restored = restored if restored.error else _run(client, test)
                    if restored.error:
                        raise AssertionError(f"{notebook.name}: the reference of {exercise} fails after "
                                             f"{kind} {name}: {restored.detail}")
    return outcomes


def _judge(client: NotebookClient, exercise: str, name: str, code: str, test: str, honest: bool) -> Outcome:
    defined = _run(client, code)  # an answer must define its function cleanly, or it proves nothing
    if defined.error:
        return Outcome(exercise, name, rejected=honest, honest=honest,
                       detail=f"the answer itself fails: {defined.detail}")
    tested = _run(client, test)
    if honest:
        # stderr (a warning) is allowed: the grader never scores it (README: Grading, and test_one_verdict.py)
        return Outcome(exercise, name, rejected=tested.error is not None, honest=True,
                       detail=tested.detail if tested.error else "tests passed")
    if tested.error is None:
        return Outcome(exercise, name, rejected=False, detail="tests passed")
    if tested.error not in CHECK_FAILURES:
        return Outcome(exercise, name, rejected=False,
                       detail=f"not rejected by a check but by its own error: {tested.detail}")
    return Outcome(exercise, name, rejected=True, detail=tested.detail)


def main(paths: list[str]) -> int:
    status = 0
    for path in paths:
        for o in check_notebook(Path(path)):
            mark = ("accepted" if o.as_expected else "REFUSED") if o.honest else ("rejected" if o.rejected else "SURVIVED")
            status |= not o.as_expected
            print(f"{Path(path).stem:28} {o.exercise:22} {o.mutant:28} {mark}: {o.detail[:90]}")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
