"""`python -m course handout`: everything a student needs, no line of any solution or hidden test.

The archive of every built module is searched for each distinctive line of every reference
answer and hidden test; then a notebook taken from it, with an answer filled in, runs its
visible tests with the archive's own `course` package.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile

import nbformat
import pytest
from nbclient import NotebookClient

from course.authoring.course_dir import KNOWN_MISTAKES_FILE, source_notebooks
from course.authoring.notebooks import fill_answers, read_notebook, reference_answers
from course.catalog import load_catalog
from course.grading.feedback import hidden_lines

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def handout(tmp_path_factory, root):
    folder = tmp_path_factory.mktemp("handout")
    archive = folder / "handout.zip"
    done = subprocess.run([sys.executable, "-m", "course", "handout", "--output", str(archive)], cwd=root,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(folder / "unpacked")
        names = opened.namelist()
    return folder / "unpacked", names


def _secret_lines(source_nb, public: str) -> list[str]:
    """Lines only the solutions and hidden tests have: long enough to be telling, in no public file."""
    lines = list(hidden_lines(source_nb))
    for answer in reference_answers(source_nb).values():
        lines += [line.strip() for line in answer.splitlines()]
    return [line for line in lines if len(line) >= 20 and not line.startswith("#") and line not in public]


def test_the_handout_holds_what_a_student_needs_and_no_solution_line(handout, root):
    unpacked, names = handout
    built = [nb for module in load_catalog().built_modules for nb in module.notebooks if nb.built]
    assert {"README.md", "requirements.txt", "course/__init__.py", "course/testing.py"} <= set(names)
    assert sum(name.startswith("release/") and name.endswith(".ipynb") for name in names) == len(built)
    modules = list(load_catalog().built_modules)
    assert {n for n in names if n.startswith("release/") and not n.endswith(".ipynb")} == \
        {f"release/{m.id}/{KNOWN_MISTAKES_FILE}" for m in modules}, "each module's known mistakes, and nothing else"
    assert not [n for n in names if n.startswith(("source/", "tests/", "autograded/", "feedback/", "submitted/"))]
    # the package is the repository's own, file for file (students get it with the course anyway)
    package = {n for n in names if n.startswith("course/")}
    assert package == {f"course/{p.relative_to(root / 'course')}" for p in (root / "course").rglob("*")
                       if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}
    assert all((unpacked / n).read_bytes() == (root / n).read_bytes() for n in package)
    # and nothing else in the archive carries a line that only the solutions or the hidden tests have
    public = "\n".join(p.read_text(errors="replace") for p in [*(root / "release").rglob("*.ipynb"),
                                                                *(root / "course").rglob("*.py")])
    text = "\n".join(path.read_text(errors="replace") for path in unpacked.rglob("*") if path.is_file())
    secrets = [f"{path.name}: {line}" for module in load_catalog().built_modules
               for path in source_notebooks(root, module) for line in _secret_lines(read_notebook(path), public)]
    assert len(secrets) > 500, "the check has lines to look for"
    leaks = [secret for secret in secrets if secret.split(": ", 1)[1] in text]
    assert not leaks, leaks[:5]


def test_a_notebook_from_the_handout_runs_its_visible_tests(handout, root, monkeypatch):
    unpacked, _ = handout
    notebook = unpacked / "release" / "m01_foundations" / "03_conv_output_size.ipynb"
    answered = fill_answers(read_notebook(notebook),
                            reference_answers(read_notebook(root / "source" / "m01_foundations" / notebook.name)))
    answered.cells.append(nbformat.v4.new_code_cell("import course\nprint('course from', course.__file__)"))
    monkeypatch.setenv("PYTHONPATH", str(unpacked))  # the kernel imports the archive's `course`, not the checkout's
    NotebookClient(answered, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(notebook.parent)}}).execute()
    printed = "".join(out.get("text", "") for cell in answered.cells if cell.cell_type == "code"
                      for out in cell.get("outputs", []))
    assert printed.count("Visible tests passed.") == 3, printed
    assert f"course from {unpacked / 'course' / '__init__.py'}" in printed
