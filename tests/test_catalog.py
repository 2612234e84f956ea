"""course.catalog: fifty planned notebooks, every seed question assigned, and agreement with source/."""

from __future__ import annotations

import re

import pytest

from course.authoring.notebooks import answer_cells, cells_by_grade_id, nbgrader_meta, read_notebook

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
    syllabus = (root.parent / "shared" / "SYLLABUS.md")
    if not syllabus.is_file():
        pytest.skip("shared/SYLLABUS.md is not beside this checkout")
    planned = {int(n): (slug, [c.strip() for c in covers.split(",")])
               for n, slug, covers in re.findall(r"\*\*(\d\d)_(\w+)\*\*[^\n]*?covers ([AB0-9, ]+)\.", syllabus.read_text())}
    assert {nb.number: (nb.slug, list(nb.covers)) for nb in catalog.notebooks} == planned


def test_built_notebooks_exist_and_agree_with_the_catalog(catalog, root):
    built = [nb for nb in catalog.notebooks if nb.built]
    assert built, "at least one module is built"
    for nb in built:
        path = root / "source" / nb.module / nb.filename
        notebook = read_notebook(path)
        assert list(answer_cells(notebook)) == [e.id for e in nb.exercises], f"{nb.name}: answer cells differ"
        points = {gid: nbgrader_meta(c).get("points") for gid, c in cells_by_grade_id(notebook).items()
                  if nbgrader_meta(c).get("grade")}
        expected = {e.test_id: e.points for e in nb.exercises}
        if nb.written:
            expected[nb.written.id] = nb.written.points
        assert points == expected, f"{nb.name}: graded cells/points differ from the catalog"


def test_no_stray_notebooks_in_source(catalog, root):
    listed = {f"{nb.module}/{nb.filename}" for nb in catalog.notebooks if nb.built}
    found = {f"{p.parent.name}/{p.name}" for p in (root / "source").glob("*/*.ipynb")}
    assert found == listed
