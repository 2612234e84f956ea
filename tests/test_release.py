"""release/ is exactly what nbgrader generates from source/, and gives nothing away."""

from __future__ import annotations

import json

import pytest

from course.catalog import load_catalog
from course.authoring.notebooks import (BEGIN_HIDDEN, BEGIN_SOLUTION, END_HIDDEN, END_SOLUTION, autograded_tests,
                                       read_notebook, solution_cells, split_region)
from course.authoring.release import build_release

MODULES = list(load_catalog().built_modules)


def _region_lines(source: str, begin: str, end: str) -> list[str]:
    """Distinctive lines between the markers (long enough that finding one elsewhere means a leak)."""
    return [line.strip() for line in split_region(source, begin, end)[1] if len(line.strip()) >= 12]


@pytest.mark.slow
@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_release_is_in_sync_with_source(module, root, tmp_path):
    built = build_release(root, [module], tmp_path) / module.id
    committed = root / "release" / module.id
    assert sorted(p.name for p in built.iterdir()) == sorted(p.name for p in committed.iterdir()), \
        "release/ lists other files than source/; run `make release`"
    for path in sorted(built.glob("*.ipynb")):
        fresh = json.loads(path.read_text())
        stored = json.loads((committed / path.name).read_text())
        assert fresh == stored, f"release/{module.id}/{path.name} is stale; run `make release` and commit it"


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_release_holds_no_solutions_hidden_tests_or_outputs(module, root):
    for entry in (nb for nb in module.notebooks if nb.built):
        source = read_notebook(root / "source" / module.id / entry.filename)
        release_path = root / "release" / module.id / entry.filename
        release = read_notebook(release_path)
        text = release_path.read_text()
        for marker in (BEGIN_SOLUTION, END_SOLUTION, BEGIN_HIDDEN, END_HIDDEN):
            assert marker not in text, f"{release_path} contains {marker}"
        secrets = [line for cell in solution_cells(source).values()
                   for line in _region_lines(cell.source, BEGIN_SOLUTION, END_SOLUTION)]
        secrets += [line for cell in autograded_tests(source).values()
                    for line in _region_lines(cell.source, BEGIN_HIDDEN, END_HIDDEN)]
        public = {line.strip() for c in release.cells for line in c.source.splitlines()}
        leaks = [line for line in secrets if line in public and line not in _public_lines(source)]
        assert not leaks, f"{release_path} leaks solution or hidden-test lines: {leaks[:3]}"
        for cell in release.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, f"{release_path} holds outputs"
        for gid, cell in solution_cells(release).items():
            if cell.cell_type == "code":
                assert "raise NotImplementedError()" in cell.source, f"{gid} stub must raise NotImplementedError"


def _public_lines(source_nb) -> set[str]:
    """Lines that appear outside every solution and hidden region (a demo cell may repeat one legitimately)."""
    lines = set()
    for cell in source_nb.cells:
        text = "\n".join(split_region(cell.source, BEGIN_SOLUTION, END_SOLUTION)[0])
        lines |= {line.strip() for line in split_region(text, BEGIN_HIDDEN, END_HIDDEN)[0]}
    return lines
