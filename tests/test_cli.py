"""`python -m course` on bad input: one clear line on stderr, a non-zero exit, nothing written."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from course.authoring.nbgrader_cli import nbgrader_environment
from course.catalog import load_catalog


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def course_copy(root, tmp_path):
    shutil.copy(root / "nbgrader_config.py", tmp_path)
    shutil.copytree(root / "source", tmp_path / "source")
    return tmp_path


def run_course(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "course", *args], cwd=cwd, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)


def _assert_one_line_error(result, *phrases):
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got:\n{result.stderr}"
    for phrase in phrases:
        assert phrase in lines[0], lines[0]
    assert result.stdout == ""


def _corrupt(path: Path):
    path.write_text(path.read_text()[:200])


def _delete(path: Path):
    path.unlink()


def _strip_cells(path: Path):
    path.write_text('{"nbformat": 4, "nbformat_minor": 5, "metadata": {}}')


# A module planned but with no notebook built yet, while there is one (the demo reads the repository's catalog).
UNBUILT = next((m.id for m in load_catalog().modules if not any(nb.built for nb in m.notebooks)), None)


@pytest.mark.parametrize("args, phrases", [
    (["release", "m99_nothing"], ["unknown module 'm99_nothing'", "built modules: m01_foundations, m02_layers, m03_outputs_losses_metrics"]),
    pytest.param(["demo", UNBUILT], ["planned but has no notebooks yet"],
                 marks=pytest.mark.skipif(UNBUILT is None, reason="every module has a built notebook")),
    (["grade", "m01_foundations"], ["nothing to grade", "nbgrader collect"]),
    (["validate", "--bogus"], ["unrecognized arguments: --bogus", "--help"]),
    (["grade"], ["required: MODULE"]),
    ([], ["required: COMMAND"]),
    (["frobnicate"], ["invalid choice: 'frobnicate'"]),
    (["execute", "nope.ipynb"], ["nope.ipynb is not a notebook in", "/source/<module>/"]),
    (["demo", "--all", "m01_foundations"], ["name modules or pass --all, not both"]),
])
def test_bad_commands(course_copy, args, phrases):
    before = _snapshot(course_copy)
    _assert_one_line_error(run_course(args, course_copy), *phrases)
    assert _snapshot(course_copy) == before


def _no_gradebook(course: Path):
    pass


def _gradebook_without_a_notebook(course: Path):
    script = ("import sys; from nbgrader.api import Gradebook\n"
              "with Gradebook(sys.argv[1]) as gradebook:\n"
              "    gradebook.update_or_create_assignment('m01_foundations')\n"
              "    gradebook.update_or_create_notebook('01_cnn_anatomy', 'm01_foundations')\n")
    subprocess.run([sys.executable, "-c", script, f"sqlite:///{course / 'gradebook.db'}"], check=True,
                   env=nbgrader_environment())  # nbgrader runs `alembic` from PATH for a new gradebook


def _no_release(course: Path):
    shutil.rmtree(course / "release")


def _tests_edited_since_the_gradebook_recorded_them(course: Path):
    subprocess.run([sys.executable, "-m", "nbgrader", "generate_assignment", "m01_foundations", "--force"], cwd=course,
                   check=True, capture_output=True, env=nbgrader_environment())
    path = course / "source" / "m01_foundations" / "03_conv_output_size.ipynb"
    nb = json.loads(path.read_text())
    cell = next(c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("grade_id") == "test_same_padding")
    cell["source"] = "".join(cell["source"]) + "\nassert same_padding(7) == 3\n"  # a test added after recording
    path.write_text(json.dumps(nb))


@pytest.mark.parametrize("state, phrases", [
    (_no_gradebook, ["m01_foundations is not in the gradebook", "run `nbgrader generate_assignment m01_foundations --force`"]),
    (_gradebook_without_a_notebook, ["is in the gradebook without 02_conv2d_from_scratch, 03_conv_output_size",
                                     "run `nbgrader generate_assignment m01_foundations --force`"]),
    (_no_release, ["release/m01_foundations is missing", "run `nbgrader generate_assignment m01_foundations`"]),
    (_tests_edited_since_the_gradebook_recorded_them, [
        "m01_foundations has tests in the gradebook that differ from source/ (03_conv_output_size/test_same_padding)",
        "run `nbgrader generate_assignment m01_foundations --force`"]),
])
def test_grading_what_nbgrader_has_not_recorded_is_refused_before_anything_runs(course_copy, root, state, phrases):
    """A fresh clone has release/ but no gradebook: `course release` works in a scratch copy, so only `nbgrader
    generate_assignment` in the course root records the assignment and the tests cells nbgrader restores when it
    grades; a record older than source/ would grade with the old tests."""
    shutil.copytree(root / "release" / "m01_foundations", course_copy / "release" / "m01_foundations")
    (course_copy / "submitted" / "ada" / "m01_foundations").mkdir(parents=True)
    shutil.copy(root / "release" / "m01_foundations" / "01_cnn_anatomy.ipynb",
                course_copy / "submitted" / "ada" / "m01_foundations")
    state(course_copy)
    before = _snapshot(course_copy)
    _assert_one_line_error(run_course(["grade", "m01_foundations"], course_copy), *phrases)
    assert _snapshot(course_copy) == before


def _strip_grading_metadata(path: Path):
    nb = json.loads(path.read_text())
    for cell in nb["cells"]:
        cell["metadata"].pop("nbgrader", None)
    path.write_text(json.dumps(nb))


@pytest.mark.parametrize("damage, phrase", [
    (_corrupt, "is not a valid notebook (bad JSON"),
    (_delete, "notebook not found"),
    (_strip_cells, "is not a valid notebook"),
    (_strip_grading_metadata, "lacks the nbgrader cells conv_output_size"),
])
@pytest.mark.parametrize("command", ["release", "execute", "validate"])
def test_broken_notebooks_are_named_and_nothing_is_written(course_copy, damage, phrase, command):
    damage(course_copy / "source" / "m01_foundations" / "03_conv_output_size.ipynb")
    before = _snapshot(course_copy)
    _assert_one_line_error(run_course([command, "m01_foundations"], course_copy), phrase, "03_conv_output_size.ipynb")
    assert _snapshot(course_copy) == before


def test_outside_a_course(tmp_path):
    _assert_one_line_error(run_course(["release"], tmp_path), "no course here")
    assert list(tmp_path.iterdir()) == []


def test_catalog_lists_all_fifty(course_copy):
    result = run_course(["catalog"], course_copy)
    assert result.returncode == 0 and result.stdout.count("covers") == 50


def test_demo_never_replaces_a_folder_it_did_not_make(course_copy):
    keep = course_copy / "precious"
    keep.mkdir()
    (keep / "thesis.txt").write_text("do not delete")
    before = _snapshot(course_copy)
    _assert_one_line_error(run_course(["demo", "--dir", str(keep)], course_copy), "refusing to replace")
    assert _snapshot(course_copy) == before


@pytest.mark.slow
def test_validate_times_and_checks_notebooks(root):
    """Two notebooks, two at a time: the timing table, then nbval on pytest workers (nbval of every notebook is
    the suite's own `source` run; naming a module is resolved as for `execute`)."""
    notebooks = [f"source/m01_foundations/{name}.ipynb" for name in ("03_conv_output_size", "04_parameter_count")]
    result = subprocess.run([sys.executable, "-m", "course", "validate", *notebooks, "--durations", "--jobs", "2"],
                            cwd=root, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "03_conv_output_size.ipynb" in result.stdout and "median" in result.stdout
    assert "bringing up nodes" in result.stdout, result.stdout[-1000:]  # pytest-xdist's workers ran nbval
    assert " passed" in result.stdout and "failed" not in result.stdout
