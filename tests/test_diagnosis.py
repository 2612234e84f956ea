"""The student's own kernel names known mistakes on the visible inputs (``course.diagnosis``), from the table the
release ships (``release/<module>/known_mistakes.json``, written by ``course.authoring.known_mistakes``).

Per module, against the committed table: every mistake in it, called as a student's answer would be, is named
(as itself, or as an earlier one these visible inputs cannot tell from it); no honest variant, no reference and
no released stub is ever named; the table holds no hidden test and no solution line (that it is what
`make release` writes is checked with the release in test_roundtrip.py). End to end, a real
IPython kernel runs a release notebook with a known mistake in it and prints the explanation under the failed
visible tests."""

from __future__ import annotations

import json

import nbformat
import pytest
from nbclient import NotebookClient

from course.authoring.known_mistakes import course_namespace
from course.authoring.notebooks import (BEGIN_HIDDEN, autograded_tests, defined_in, definitions_of, exercises_of,
                                        fill_answers, hidden_tests, read_notebook, reference_answers)
from course.catalog import load_catalog
from course.diagnosis import TABLE_NAME, cell_key, known_mistake_for, matching_mistake, read_table
from mutation import load_honest, load_mutants

MODULES = list(load_catalog().built_modules)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_each_mistake_the_visible_inputs_show_is_named_and_nothing_honest_is(module, root):
    table = read_table(root / "release" / module.id)
    assert table["cells"], f"release/{module.id}/{TABLE_NAME} names no mistake; run `make release`"
    named = 0
    for entry in (nb for nb in module.notebooks if nb.built):
        source = read_notebook(root / "source" / module.id / entry.filename)
        release = read_notebook(root / "release" / module.id / entry.filename)
        namespace = course_namespace(source)
        mutants, honest = load_mutants(entry.filename), load_honest(entry.filename)
        tests = autograded_tests(release)
        for exercise in exercises_of(release):
            row = table["cells"].get(cell_key(tests[exercise.test_id].source))
            if row is None:
                continue
            assert row["function"] == exercise.answer_id and row["exercise"] == exercise.test_id
            order = list(mutants[exercise.answer_id])
            for mistake in row["mistakes"]:
                wrong = defined_in(namespace, mutants[exercise.answer_id][mistake["name"]], exercise.answer_id)
                found = matching_mistake(row, wrong)
                names = [found["name"], *(m["name"] for m in found["alike"])] if found else []
                assert mistake["name"] in names and names == sorted(names, key=order.index), \
                    f"{entry.filename} {mistake['name']}: named {names}"
                named += found["name"] == mistake["name"]
            for name, code in honest.get(exercise.answer_id, {}).items():
                assert matching_mistake(row, defined_in(namespace, code, exercise.answer_id)) is None, \
                    f"{entry.filename}: honest variant {name} named as a mistake"
            assert matching_mistake(row, namespace[exercise.answer_id]) is None, "the reference named"
            stub = dict(namespace)
            exec(definitions_of(release.cells[[c.get("metadata", {}).get("nbgrader", {}).get("grade_id")
                                               for c in release.cells].index(exercise.answer_id)].source), stub)
            assert matching_mistake(row, stub[exercise.answer_id]) is None, "the released stub named"
    assert named >= len(table["cells"])  # at least one mistake named as itself per entry, on average


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_the_table_holds_no_hidden_test_nor_solution(module, root):
    path = root / "release" / module.id / TABLE_NAME
    text = stored = path.read_text()
    released = "\n".join(cell.source for nb in module.notebooks if nb.built
                         for cell in read_notebook(root / "release" / module.id / nb.filename).cells)
    for source in _class_sources(json.loads(text)):  # a tests cell's own class travels as its source: a visible one
        assert source.strip() in released, f"{path} holds a class that is in no release notebook"
        text = text.replace(json.dumps(source)[1:-1], "")
    for row in json.loads(stored)["cells"].values():  # explanations are checked in test_mutants.py
        for mistake in row["mistakes"]:
            text = text.replace(json.dumps(mistake["explanation"])[1:-1], "")
    for entry in (nb for nb in module.notebooks if nb.built):
        source = read_notebook(root / "source" / module.id / entry.filename)
        secret = {line.strip() for cell in autograded_tests(source).values()
                  for line in hidden_tests(cell.source).splitlines()}
        secret |= {line.strip() for code in reference_answers(source).values() for line in code.splitlines()}
        secret |= {line.strip() for code in load_mutants(entry.filename).values() for line in code.values()}
        public = {line.strip() for cell in read_notebook(root / "release" / module.id / entry.filename).cells
                  for line in cell.source.splitlines()}
        leaked = [line for line in secret - public if len(line) > 12 and json.dumps(line)[1:-1] in text]
        assert not leaked, f"{path} holds source lines: {leaked[:3]}"
    assert BEGIN_HIDDEN not in text  # that it is what `make release` writes: test_roundtrip.py


def _class_sources(data):
    if isinstance(data, dict):
        if isinstance(data.get("class_source"), str):
            yield data["class_source"]
        for value in data.values():
            yield from _class_sources(value)
    elif isinstance(data, list):
        for value in data:
            yield from _class_sources(value)


def test_a_damaged_or_missing_table_names_nothing(tmp_path):
    assert read_table(tmp_path)["cells"] == {}
    (tmp_path / TABLE_NAME).write_text("{not json")
    assert read_table(tmp_path)["cells"] == {}
    assert known_mistake_for("assert 1 == 2", {}, tmp_path) is None


def test_a_real_kernel_names_the_mistake_under_the_failed_visible_tests(root, tmp_path):
    """A student's notebook, run in a real IPython kernel as JupyterLab runs it: the visible tests of an
    exercise answered with a known mistake fail, and the explanation is printed under the traceback; the
    exercise answered right prints none."""
    module = "m01_foundations"
    notebook = "03_conv_output_size.ipynb"
    release = read_notebook(root / "release" / module / notebook)
    answers = reference_answers(read_notebook(root / "source" / module / notebook))
    answers["pool_output_size"] = load_mutants(notebook)["pool_output_size"]["always_floor"]
    student = fill_answers(release, answers)
    (tmp_path / TABLE_NAME).write_text((root / "release" / module / TABLE_NAME).read_text())
    NotebookClient(student, timeout=300, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = {c.metadata["nbgrader"]["grade_id"]: c.outputs for c in student.cells
               if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")}
    text = {gid: "".join(o.get("text", "") for o in outs if o.output_type == "stream") for gid, outs in outputs.items()}
    assert any(o.output_type == "error" for o in outputs["test_pool_output_size"])
    assert "This looks like a known mistake (always_floor):" in text["test_pool_output_size"]
    assert "ceil_mode" in text["test_pool_output_size"]
    assert "known mistake" not in text["test_conv_output_size"]
    nbformat.validate(student)
