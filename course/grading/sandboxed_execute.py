"""nbgrader's Execute step, replaced: ``nbgrader autograde`` runs each notebook in the verifier, not a kernel.

``nbgrader_config.py`` puts ``SandboxedExecute`` first in ``Autograde.autograde_preprocessors``, where
nbgrader's ``Execute`` was.  So every ``nbgrader autograde`` of this course (through
``python -m course grade`` or by hand) runs the notebook with ``course.sandbox.verify``: in a
fresh fork of the submission's warm, sandboxed worker, with the limits of ``c.CourseGrading``, patching undone before
each tests cell, and a restart after any cell that hangs or kills the process.  The cells get
the outputs the worker captured (text, figures, the error), so nbgrader's gradebook, the
autograded notebooks and the feedback look as usual; a cell that timed out or crashed gets an
error output that says so.  What the verifier found out (each cell's status, error and flags)
is written to ``<scratch>/verdicts/<notebook>.json`` for ``course.grading.pipeline`` to judge.
"""

from __future__ import annotations

import os
import time
import re
from pathlib import Path

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor

from course.authoring.course_dir import SCRATCH_DIR, find_course_root
from course.grading.judge import judge
from course.grading.limits import load_limits
from course.grading.misconceptions import misconception_output, with_known_mistakes
from course.authoring.notebooks import autograded_tests, exercises_of, nbgrader_meta, read_notebook
from course.grading.model import (DEADLINE_VARIABLE, SCRATCH_VARIABLE, CellVerdict, Status, seconds_file, verdicts_file,
                                  write_verdicts)
from course.grading.submissions import PreparedNotebook
from course.sandbox.bubblewrap import Sandbox
from course.sandbox.verify import verify_cells

_BASE64 = re.compile(r"[A-Za-z0-9+/=\s]*")
MAX_OUTPUT_CHARS = 2_000_000


class SandboxedExecute(NbGraderPreprocessor):
    def preprocess(self, nb, resources):
        folder = Path(resources["metadata"]["path"]).resolve()      # autograded/<student>/<module>
        course_root = find_course_root(folder)
        info = resources["nbgrader"]
        scratch = Path(os.environ.get(SCRATCH_VARIABLE) or
                       course_root / SCRATCH_DIR / info["assignment"] / info["student"])
        limits = load_limits(course_root)
        release = course_root / "release" / info["assignment"] / f"{info['notebook']}.ipynb"
        cells = run_by_the_grader(notebook_cells(nb, read_notebook(release) if release.is_file() else None))
        cells = with_known_mistakes(cells, course_root, info["assignment"], info["notebook"])
        # One sandbox per submission: its warm worker serves every notebook (each run a fresh fork, the
        # temporary folder emptied before each notebook), and no other submission's.
        sandbox = Sandbox.for_folder(course_root, scratch, folder, scratch / "tmp", limits)
        self.log.info("Running %s in the %s sandbox", info["notebook"], sandbox.kind)
        deadline = os.environ.get(DEADLINE_VARIABLE)
        started = time.monotonic()
        outcomes = verify_cells(cells, sandbox, limits, float(deadline) if deadline else None)
        seconds_file(scratch, info["notebook"]).write_text(f"{time.monotonic() - started:.2f}\n", encoding="utf-8")
        for count, (index, outcome) in enumerate(sorted(outcomes.items()), start=1):
            cell = nb.cells[index]
            cell.execution_count = count
            cell.outputs = [nbformat.from_dict(o) for o in map(_clean_output, outcome.outputs) if o]
            if outcome.misconception:
                cell.outputs.append(nbformat.from_dict(misconception_output(outcome.misconception)))
            if outcome.stopped_the_run:
                cell.outputs.append(nbformat.v4.new_output(
                    "error", ename=f"Grading{outcome.status.value.capitalize()}", evalue=outcome.error, traceback=[
                        f"Grading{outcome.status.value.capitalize()}: {outcome.error}"]))
        verdicts = [CellVerdict(i, o.status, o.error, tuple(o.flags), nbgrader_meta(nb.cells[i]).get("grade_id"),
                                o.misconception) for i, o in sorted(outcomes.items())]
        write_verdicts(verdicts_file(scratch, info["notebook"]), verdicts)
        agree_with_the_judge(nb, {v.index: v for v in verdicts}, info["notebook"], limits.memory_mb)
        return nb, resources


def agree_with_the_judge(nb, verdicts: dict[int, CellVerdict], notebook: str, memory_mb: int) -> None:
    """Make nbgrader's own scoring of ``nb`` give the judge's scores, so a plain ``nbgrader autograde`` (the
    formgrader's button) agrees with ``python -m course grade``.

    nbgrader scores a tests cell 0 if it has an error or any stderr output, else full points.  So a tests
    cell whose exercise the judge gives nothing gets an error naming why (a flag leaves no error of its own),
    and stderr of an exercise that earns its points is shown as ordinary output (a warning costs nothing)."""
    prepared = PreparedNotebook(f"{notebook}.ipynb", Status.GRADED, notebook=nb)
    tests_cells = autograded_tests(nb)
    for result in judge(notebook, exercises_of(nb), prepared, verdicts, memory_mb):
        cell = tests_cells[result.exercise]
        if result.score == result.max_score:
            for output in cell.outputs:
                if output.get("output_type") == "stream" and output.get("name") == "stderr":
                    output["name"] = "stdout"
        elif not any(o.get("output_type") == "error" for o in cell.outputs):
            cell.outputs.append(nbformat.v4.new_output(
                "error", ename=f"Grading{result.status.value.capitalize()}", evalue=result.reason,
                traceback=[f"Grading{result.status.value.capitalize()}: {result.reason}"]))


def run_by_the_grader(cells: list[dict]) -> list[dict]:
    """``cells`` with every tests cell marked ``remote``: its verdict is decided by the grader itself, outside the
    student's process (``course.grading.trusted_tests``)."""
    return [{**cell, "remote": True} if cell["role"] == "tests" else cell for cell in cells]


def notebook_cells(nb, release_nb=None) -> list[dict]:
    """The code cells with their roles: ``tests`` (graded cells), ``answer`` (solution cells), ``setup``.

    A cell counts as the course's own (``setup``) only when it is exactly the release's cell in the same
    place: ``course grade`` always hands nbgrader such notebooks; anything else is treated as an answer.
    """
    release = release_nb.cells if release_nb is not None else []
    cells = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        meta = nbgrader_meta(cell)
        if meta.get("grade") and not meta.get("solution"):
            role = "tests"
        elif meta.get("solution"):
            role = "answer"
        elif index < len(release) and release[index].cell_type == "code" and release[index].source == cell.source:
            role = "setup"
        else:
            role = "answer"
        cells.append({"index": index, "role": role, "grade_id": meta.get("grade_id"), "source": cell.source})
    return cells


def _text(value) -> str | None:
    return value[:MAX_OUTPUT_CHARS] if isinstance(value, str) else None


def _clean_output(output) -> dict | None:
    """An output from the worker, rebuilt field by field (it came from a process that ran student code)."""
    if not isinstance(output, dict):
        return None
    kind = output.get("output_type")
    if kind == "stream" and output.get("name") in ("stdout", "stderr") and _text(output.get("text")) is not None:
        return {"output_type": "stream", "name": output["name"], "text": _text(output["text"])}
    if kind == "error":
        trace = output.get("traceback")
        lines = [_text(line) for line in trace[:60]] if isinstance(trace, list) else []
        return {"output_type": "error", "ename": _text(output.get("ename")) or "Error",
                "evalue": _text(output.get("evalue")) or "", "traceback": [x for x in lines if x is not None]}
    data = output.get("data")
    if kind in ("display_data", "execute_result") and isinstance(data, dict):
        clean = {}
        if _text(data.get("text/plain")) is not None:
            clean["text/plain"] = _text(data["text/plain"])
        png = data.get("image/png")
        if isinstance(png, str) and len(png) <= MAX_OUTPUT_CHARS and _BASE64.fullmatch(png):
            clean["image/png"] = png
        if not clean:
            return None
        extra = {"execution_count": None} if kind == "execute_result" else {}
        return {"output_type": kind, "data": clean, "metadata": {}, **extra}
    return None
