"""`python -m course new NN` writes a notebook that passes the anatomy tests once its solution is written."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys

import nbformat
import pytest
from nbclient import NotebookClient

import test_notebooks as anatomy
from course.authoring.notebooks import answer_cells, read_notebook
from course.catalog import load_catalog


@pytest.fixture
def course(tmp_path, root):
    shutil.copy(root / "nbgrader_config.py", tmp_path)
    (tmp_path / "source").mkdir()
    return tmp_path


def course_cli(course, *args):
    return subprocess.run([sys.executable, "-m", "course", *args], cwd=course, capture_output=True, text=True)


def test_new_notebook_has_the_anatomy_once_its_solution_is_written(course, root):
    done = course_cli(course, "new", "16", "--exercise", "double_it")
    assert done.returncode == 0, done.stderr
    entry = dataclasses.replace(next(nb for nb in load_catalog().notebooks if nb.number == 16),
                                source_dir=course / "source")
    path = course / "source" / "m04_training" / "16_backpropagation.ipynb"
    assert path.is_file() and (course / "tests" / "mutants" / "16_backpropagation.py").is_file()
    assert (course / "tests" / "honest" / "16_backpropagation.py").is_file()
    nb = read_notebook(path)
    assert [e.id for e in entry.exercises] == ["double_it"] and entry.written.id == "written_backpropagation"

    # the author writes the solution, then executes the notebook (`make execute`)
    answer = answer_cells(nb)["double_it"]
    answer.source = answer.source.replace('raise NotImplementedError("TODO: the reference solution")', "return x.clone()")
    written = next(c for c in nb.cells if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == entry.written.id)
    written.source = written.source.replace("TODO: the model answer, as you would give it in an interview "
                                            "(at least forty words).", " ".join(["A model answer."] * 15))
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    nbformat.write(nb, path)

    checked = (entry, read_notebook(path))
    for check in (anatomy.test_title_and_setup_cell, anatomy.test_each_exercise_has_statement_hint_answer_and_tests,
                  anatomy.test_written_answer_and_takeaways, anatomy.test_grade_ids_unique_and_schema,
                  anatomy.test_stored_outputs_are_clean, anatomy.test_plots_where_they_help):
        check(checked)
    anatomy.test_hints_come_in_two_stages_and_do_not_give_the_answer(checked)


@pytest.mark.parametrize("args, message", [
    (["new", "51"], "there is no notebook 51"),
    (["new", "16", "--exercise", "not a name"], "must be a Python function name"),
    (["new", "zero"], "expected a whole number"),
])
def test_new_refuses_bad_input_in_one_line(course, args, message):
    done = course_cli(course, *args)
    assert done.returncode != 0 and message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not list((course / "source").iterdir())


def test_new_never_overwrites(course):
    assert course_cli(course, "new", "17").returncode == 0
    again = course_cli(course, "new", "17")
    assert again.returncode != 0 and "exists already" in again.stderr
