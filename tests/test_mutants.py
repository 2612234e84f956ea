"""Every exercise rejects its known-wrong answers (fast path: one kernel per notebook).

The same mutants also go through real `nbgrader autograde` in test_roundtrip.py.
"""

from __future__ import annotations

import pytest

from course.catalog import load_catalog
from mutation import MUTANTS_DIR, check_notebook, load_mutants

BUILT = [nb for nb in load_catalog().notebooks if nb.built]


@pytest.mark.parametrize("entry", BUILT, ids=lambda nb: nb.name)
def test_every_exercise_has_at_least_two_mutants(entry):
    assert (MUTANTS_DIR / f"{entry.name}.py").is_file(), f"tests/mutants/{entry.name}.py is missing"
    mutants = load_mutants(entry.filename)
    assert set(mutants) == {e.id for e in entry.exercises}
    for exercise, variants in mutants.items():
        assert len(variants) >= 2, f"{entry.name}: {exercise} needs at least two mutants"


@pytest.mark.parametrize("entry", BUILT, ids=lambda nb: nb.name)
def test_every_mutant_fails_its_exercise(entry, root):
    outcomes = check_notebook(root / "source" / entry.module / entry.filename)
    survivors = [f"{o.exercise}/{o.mutant}: {o.detail}" for o in outcomes if not o.rejected]
    assert not survivors, f"{entry.name}: mutants that pass the tests: {survivors}"
    assert len(outcomes) >= 2 * len(entry.exercises)
