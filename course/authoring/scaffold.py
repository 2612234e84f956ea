"""``python -m course new NN``: a new notebook with the anatomy of CONVENTIONS §4, and its answer files.

Writes ``source/<module>/NN_slug.ipynb`` (title and interview questions from the catalog, the setup
cell, a section to explain, one exercise with its statement, two-stage hints, answer cell and
locked tests cell with correct nbgrader metadata, a written answer, key takeaways), and beside
the suite ``tests/mutants/NN_slug.py`` and ``tests/honest/NN_slug.py``.  Every ``TODO`` is the
author's to replace; nothing is overwritten.
"""

from __future__ import annotations

from pathlib import Path

import nbformat

from course.catalog import Notebook, load_catalog
from course.errors import CourseError
from course.authoring.notebooks import BEGIN_HIDDEN, BEGIN_SOLUTION, END_HIDDEN, END_SOLUTION

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _meta(grade_id: str, *, solution: bool, grade: bool, locked: bool, points: int | None = None) -> dict:
    nbgrader = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3, "solution": solution,
                "task": False}
    if points is not None:
        nbgrader["points"] = points
    return {"nbgrader": nbgrader}


def notebook_for(entry: Notebook, questions: dict[str, str], exercise: str, points: int = 2) -> nbformat.NotebookNode:
    """The skeleton of notebook ``entry`` with one exercise, ``exercise`` (the function's name)."""
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    asked = "\n".join(f"- **{q}** — {questions[q]}" for q in entry.covers)
    cells = [
        md(f"# {entry.number:02d} · {entry.title}\n\n**What you will learn**\n\n- TODO: one line per idea.\n\n"
           f"**Interview questions answered here**\n\n{asked}"),
        code("from course import setup\ndevice = setup()"),
        code("import torch\n\nfrom course import plot\nfrom course.testing import assert_tensor"),
        md("## 1 · TODO: the first idea\n\nTODO: a short explanation in your own words, then a demo and a plot. "
           "Where a seed answer is wrong, add a **Common wrong answer** note that says what is right."),
        code("x = torch.linspace(-3, 3, 61)\nplot.plot_curves({\"TODO\": x.tanh().tolist()}, xlabel=\"step\", ylabel=\"TODO\")"),
        md(f"## Exercise 1 · `{exercise}` ({points} points)\n\nTODO: the statement: inputs, output (type, dtype, "
           "shape, device), every rule the tests enforce (a function that must not be called, in place or not, "
           "limits), and what the hidden tests also try.\n\n"
           "<details><summary>Hint</summary>\n\nTODO: name the idea (the quantity, the trick, the PyTorch "
           "building block), without code.\n</details>\n\n"
           "<details><summary>Second hint</summary>\n\nTODO: a fragment or the outline, never the whole "
           "solution.\n</details>"),
        code(f"import torch\n\ndef {exercise}(x):\n    \"\"\"TODO: what it returns.\"\"\"\n    {BEGIN_SOLUTION}\n"
             f"    raise NotImplementedError(\"TODO: the reference solution\")\n    {END_SOLUTION}",
             metadata=_meta(exercise, solution=True, grade=False, locked=False)),
        code(f"import torch\nfrom course.testing import assert_tensor\n\n# TODO: visible tests, with friendly names\n"
             f"assert_tensor({exercise}(torch.zeros(3)), torch.zeros(3), \"{exercise}(zeros)\")  # TODO\n"
             f"print(\"Visible tests passed.\")\n\n{BEGIN_HIDDEN}\n"
             f"def _hidden_test_{exercise}():\n    # TODO: other values, edge cases, dtypes, `device`, the PyTorch reference\n"
             f"    assert_tensor({exercise}(torch.ones(2, 3)), torch.ones(2, 3), \"{exercise}(ones)\")  # TODO\n\n"
             f"_hidden_test_{exercise}()\ndel _hidden_test_{exercise}\n{END_HIDDEN}",
             metadata=_meta(f"test_{exercise}", solution=False, grade=True, locked=True, points=points)),
        md("## Written answer (2 points, graded by hand)\n\n**Interview question:** *TODO: the notebook's main "
           "question.*\n\nTODO: what a good answer covers."),
        md(f"{BEGIN_SOLUTION}\nTODO: the model answer, as you would give it in an interview (at least forty words).\n"
           f"{END_SOLUTION}", metadata=_meta(f"written_{entry.slug}", solution=True, grade=True, locked=False,
                                            points=2)),
        md("## Key takeaways\n\n- TODO"),
    ]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = KERNELSPEC
    return nb


def _answers_file(kind: str, entry: Notebook, exercise: str) -> str:
    if kind == "mutants":
        doc = (f"Known-wrong answers to notebook {entry.name}: each one a misconception the notebook explains.\n\n"
               "Every one must be rejected by a failed check of the tests (tests/mutation.py).")
        variable, body = "MUTANTS", (f'    "{exercise}": {{\n        "TODO_name_the_misconception": """\n'
                                     f'def {exercise}(x):\n    return x  # TODO\n""",\n    }},\n')
    else:
        doc = (f"Correct answers to notebook {entry.name}, written differently from the reference.\n\n"
               "Every one must earn full points (tests/mutation.py, tests/test_roundtrip.py).")
        variable, body = "HONEST", (f'    "{exercise}": {{\n        "TODO_name_the_style": """\n'
                                    f'def {exercise}(x):\n    return x  # TODO\n""",\n    }},\n')
    return f'"""{doc}\n"""\n\n{variable} = {{\n{body}}}\n'


def scaffold(root: Path, number: int, exercise: str) -> list[Path]:
    """Write the notebook ``number`` and its answer files under ``root``; the paths written."""
    catalog = load_catalog()
    entry = next((nb for nb in catalog.notebooks if nb.number == number), None)
    if entry is None:
        raise CourseError(f"there is no notebook {number} in course/catalog.toml (the course has 1–50)")
    if not exercise.isidentifier():
        raise CourseError(f"--exercise must be a Python function name, got {exercise!r}")
    targets = {root / "source" / entry.module / entry.filename: None,
               root / "tests" / "mutants" / f"{entry.name}.py": "mutants",
               root / "tests" / "honest" / f"{entry.name}.py": "honest"}
    existing = [p for p in targets if p.exists()]
    if existing:
        raise CourseError(f"{existing[0]} exists already; `course new` never overwrites a notebook or its answers")
    for path, kind in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind is None:
            nbformat.write(notebook_for(entry, catalog.questions, exercise), path)
        else:
            path.write_text(_answers_file(kind, entry, exercise), encoding="utf-8")
    return list(targets)
