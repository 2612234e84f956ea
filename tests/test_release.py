"""release/ gives nothing away; that it is exactly what nbgrader generates from source/ is checked in
test_roundtrip.py, on the release each module's round trip generates anyway."""

from __future__ import annotations

import pytest

from course.catalog import load_catalog
from course.authoring.notebooks import (BEGIN_HIDDEN, BEGIN_SOLUTION, END_HIDDEN, END_SOLUTION, autograded_tests,
                                       read_notebook, solution_cells, split_region)

MODULES = list(load_catalog().built_modules)


def _region_lines(source: str, begin: str, end: str) -> list[str]:
    """Distinctive lines between the markers (long enough that finding one elsewhere means a leak)."""
    return [line.strip() for line in split_region(source, begin, end)[1] if len(line.strip()) >= 12]


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
