"""Every exercise rejects its known-wrong answers and accepts correct ones written differently.

Fast path: one kernel per notebook (tests/mutation.py).  The same mutants and honest variants
also go through real `nbgrader autograde` in test_roundtrip.py.
"""

from __future__ import annotations

import pytest

from course.catalog import load_catalog
from mutation import HONEST_DIR, MUTANTS_DIR, check_notebook, load_honest, load_mutants

BUILT = [nb for nb in load_catalog().notebooks if nb.built]


@pytest.mark.parametrize("entry", BUILT, ids=lambda nb: nb.name)
def test_every_exercise_has_at_least_two_mutants(entry):
    assert (MUTANTS_DIR / f"{entry.name}.py").is_file(), f"tests/mutants/{entry.name}.py is missing"
    mutants = load_mutants(entry.filename)
    assert set(mutants) == {e.id for e in entry.exercises}
    for exercise, variants in mutants.items():
        assert len(variants) >= 2, f"{entry.name}: {exercise} needs at least two mutants"


@pytest.mark.parametrize("entry", BUILT, ids=lambda nb: nb.name)
def test_every_exercise_has_at_least_two_honest_variants(entry):
    assert (HONEST_DIR / f"{entry.name}.py").is_file(), f"tests/honest/{entry.name}.py is missing"
    honest = load_honest(entry.filename)
    assert set(honest) == {e.id for e in entry.exercises}
    for exercise, variants in honest.items():
        assert len(variants) >= 2, f"{entry.name}: {exercise} needs at least two honest variants"


@pytest.mark.parametrize("entry", BUILT, ids=lambda nb: nb.name)
def test_tests_reject_every_mutant_and_accept_every_honest_variant(entry, root):
    outcomes = check_notebook(root / "source" / entry.module / entry.filename)
    survivors = [f"{o.exercise}/{o.mutant}: {o.detail}" for o in outcomes if not o.honest and not o.rejected]
    refused = [f"{o.exercise}/{o.mutant}: {o.detail}" for o in outcomes if o.honest and o.rejected]
    assert not survivors, f"{entry.name}: mutants not rejected by a failed check: {survivors}"
    assert not refused, f"{entry.name}: correct answers that lose points: {refused}"
    assert sum(not o.honest for o in outcomes) >= 2 * len(entry.exercises)
    assert sum(o.honest for o in outcomes) >= 2 * len(entry.exercises)
