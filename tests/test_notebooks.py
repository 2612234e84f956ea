"""The anatomy of every built source notebook (CONVENTIONS §4 and §5), checked statically."""

from __future__ import annotations

import re

import pytest

from course.catalog import load_catalog
from course.authoring.notebooks import (BEGIN_HIDDEN, BEGIN_SOLUTION, END_HIDDEN, END_SOLUTION, hidden_tests,
                                       nbgrader_meta, read_notebook, split_region,
                                       without_hidden_tests)

BUILT = [nb for nb in load_catalog().notebooks if nb.built]


@pytest.fixture(params=BUILT, ids=lambda nb: nb.name)
def notebook(request, root):
    nb = request.param
    return nb, read_notebook(root / "source" / nb.module / nb.filename)


def test_title_and_setup_cell(notebook):
    entry, nb = notebook
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith(f"# {entry.number:02d} · {entry.title}")
    for question in entry.covers:
        assert question in first.source, f"the title cell should name the interview question {question}"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code[0].source.strip() == "from course import setup\ndevice = setup()"


def test_each_exercise_has_statement_hint_answer_and_tests(notebook):
    entry, nb = notebook
    cells = nb.cells
    for exercise in entry.exercises:
        index = next(i for i, c in enumerate(cells) if nbgrader_meta(c).get("grade_id") == exercise.id)
        answer, statement = cells[index], cells[index - 1]
        assert statement.cell_type == "markdown" and "<summary>Hint</summary>" in statement.source, exercise.id
        meta = nbgrader_meta(answer)
        assert answer.cell_type == "code" and meta["solution"] and not meta["grade"] and not meta.get("locked")
        assert BEGIN_SOLUTION in answer.source and END_SOLUTION in answer.source
        assert re.search(rf"^(def|class) {exercise.id}\(", answer.source, re.M), f"{exercise.id} must be defined in its cell"
        tests = next(c for c in cells[index + 1:] if nbgrader_meta(c).get("grade_id") == exercise.test_id)
        tmeta = nbgrader_meta(tests)
        assert tests.cell_type == "code" and tmeta["grade"] and tmeta["locked"] and not tmeta["solution"]
        visible, hidden = without_hidden_tests(tests.source), hidden_tests(tests.source)
        assert BEGIN_HIDDEN in tests.source and END_HIDDEN in tests.source
        assert exercise.id in visible and exercise.id in hidden, "visible and hidden tests both call the function"
        assert hidden.strip() and hidden.strip() not in visible, "hidden tests must add checks of their own"


def test_hints_come_in_two_stages_and_do_not_give_the_answer(notebook):
    """CONVENTIONS §4: *Hint* names the idea without code, *Second hint* a fragment; neither is the solution."""
    entry, nb = notebook
    cells = nb.cells
    for exercise in entry.exercises:
        index = next(i for i, c in enumerate(cells) if nbgrader_meta(c).get("grade_id") == exercise.id)
        statement = cells[index - 1].source
        first = statement.partition("<summary>Hint</summary>")[2].partition("</details>")[0]
        second = statement.partition("<summary>Second hint</summary>")[2].partition("</details>")[0]
        assert first.strip() and second.strip(), f"{entry.name}/{exercise.id}: needs a Hint and a Second hint"
        assert "```" not in first and "    return" not in first, f"{entry.name}/{exercise.id}: the first hint shows code"
        solution = [line.strip() for line in split_region(cells[index].source, BEGIN_SOLUTION, END_SOLUTION)[1]]
        pasteable = [line for line in solution if len(line) >= 30 and not line.startswith("#") and line in statement]
        assert len(pasteable) <= 1, f"{entry.name}/{exercise.id}: the hints quote the solution: {pasteable}"


def test_written_answer_and_takeaways(notebook):
    entry, nb = notebook
    written = [c for c in nb.cells if nbgrader_meta(c).get("grade_id") == entry.written.id]
    assert len(written) == 1 and written[0].cell_type == "markdown"
    assert nbgrader_meta(written[0])["solution"] and nbgrader_meta(written[0])["grade"]
    model = "\n".join(split_region(written[0].source, BEGIN_SOLUTION, END_SOLUTION)[1])
    assert len(model.split()) >= 40, "the model answer should be a real answer"
    assert "Key takeaways" in nb.cells[-1].source and nb.cells[-1].cell_type == "markdown"


def test_grade_ids_unique_and_schema(notebook):
    _, nb = notebook
    ids = [nbgrader_meta(c)["grade_id"] for c in nb.cells if nbgrader_meta(c)]
    assert len(ids) == len(set(ids))
    assert all(nbgrader_meta(c).get("schema_version") == 3 for c in nb.cells if nbgrader_meta(c))


def test_stored_outputs_are_clean(notebook):
    """Executed, no error outputs, nothing on stderr in graded cells, no device strings for nbval."""
    entry, nb = notebook
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count is not None for c in code), f"{entry.name} must be executed (make execute)"
    for cell in code:
        for output in cell.outputs:
            assert output.output_type != "error", f"{entry.name}: stored error output"
            text = output.get("text", "") + str(output.get("data", {}).get("text/plain", ""))
            assert "device=" not in text and "device(type=" not in text, f"{entry.name}: device-specific output"
            if nbgrader_meta(cell).get("grade"):
                assert output.get("name") != "stderr", f"{entry.name}: a tests cell writes to stderr"


def test_plots_where_they_help(notebook):
    entry, nb = notebook
    images = sum(1 for c in nb.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {}))
    assert images >= 1, f"{entry.name} shows no plot"
