"""course.catalog: fifty planned notebooks, every seed question assigned, exercises read from source/."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from course.authoring.notebooks import answer_cells, autograded_tests, nbgrader_meta, read_notebook
from course.authoring.readme import derived_readme


def shared_folder(root: Path) -> Path | None:
    """The course's ``shared/`` folder: $COURSE_SHARED, else ``../shared`` beside this checkout, else beside
    the repository this one was cloned from (a fresh `git clone . /tmp/x` still finds it)."""
    candidates = [Path(os.environ["COURSE_SHARED"])] if os.environ.get("COURSE_SHARED") else []
    candidates.append(root.parent / "shared")
    origin = subprocess.run(["git", "-C", str(root), "remote", "get-url", "origin"], capture_output=True, text=True)
    if origin.returncode == 0 and Path(origin.stdout.strip()).is_dir():
        candidates.append(Path(origin.stdout.strip()).resolve().parent / "shared")
    return next((c for c in candidates if (c / "SYLLABUS.md").is_file()), None)

SYLLABUS_MODULES = [
    "m01_foundations", "m02_layers", "m03_outputs_losses_metrics", "m04_training", "m05_data",
    "m06_architectures", "m07_detection", "m08_segmentation_representation", "m09_beyond_images_efficiency",
    "m10_systems_robustness",
]


def test_fifty_notebooks_in_ten_modules(catalog):
    assert [m.id for m in catalog.modules] == SYLLABUS_MODULES
    assert [nb.number for nb in catalog.notebooks] == list(range(1, 51))
    for module in catalog.modules:
        assert len(module.notebooks) == 5
    assert len({nb.slug for nb in catalog.notebooks}) == 50


def test_every_seed_question_is_assigned_to_a_notebook(catalog):
    expected = {f"A{i}" for i in range(1, 51)} | {f"B{i}" for i in range(1, 60)}
    assert set(catalog.questions) == expected
    covered = {q for nb in catalog.notebooks for q in nb.covers}
    assert covered == expected, f"unassigned: {sorted(expected - covered)}; unknown: {sorted(covered - expected)}"


def test_catalog_matches_the_syllabus_covers_lines(catalog, root):
    shared = shared_folder(root)
    if shared is None:
        pytest.skip("no shared/SYLLABUS.md beside this checkout or its origin, and COURSE_SHARED is not set")
    syllabus = shared / "SYLLABUS.md"
    planned = {int(n): (slug, [c.strip() for c in covers.split(",")])
               for n, slug, covers in re.findall(r"\*\*(\d\d)_(\w+)\*\*[^\n]*?covers ([AB0-9, ]+)\.", syllabus.read_text())}
    assert {nb.number: (nb.slug, list(nb.covers)) for nb in catalog.notebooks} == planned


def test_exercises_and_points_come_from_the_notebooks(catalog, root):
    """The catalog reads them from nbgrader's metadata: each answer cell, the tests cell after it, its points."""
    built = [nb for nb in catalog.notebooks if nb.built]
    assert built, "at least one module is built"
    for nb in built:
        notebook = read_notebook(root / "source" / nb.module / nb.filename)
        assert [e.id for e in nb.exercises] == list(answer_cells(notebook)), f"{nb.name}: answer cells"
        tests = autograded_tests(notebook)
        for exercise in nb.exercises:
            assert exercise.test_id == f"test_{exercise.id}", f"{nb.name}: the tests of {exercise.id} are named test_<id>"
            assert exercise.points == nbgrader_meta(tests[exercise.test_id])["points"] > 0
        assert nb.written is not None and nb.written.id.startswith("written_") and nb.written.points > 0
        assert nb.points == sum(e.points for e in nb.exercises)


def test_the_readme_shows_what_is_built(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert derived_readme(readme) == readme, "README.md is stale: run `python -m course readme`"


def test_the_readme_says_each_thing_once(root):
    """No section or derived table twice (an edit that splices the file at the wrong place repeats half of it)."""
    import collections
    import re
    readme = (root / "README.md").read_text(encoding="utf-8")
    headings = collections.Counter(line for line in readme.splitlines() if line.startswith("## "))
    markers = collections.Counter(re.findall(r"<!-- /?derived:[\w-]+ -->", readme))
    assert [h for h, n in headings.items() if n > 1] == [] and [m for m, n in markers.items() if n > 1] == []


def test_no_stray_notebooks_in_source(catalog, root):
    listed = {f"{nb.module}/{nb.filename}" for nb in catalog.notebooks if nb.built}
    found = {f"{p.parent.name}/{p.name}" for p in (root / "source").glob("*/*.ipynb")}
    assert found == listed
