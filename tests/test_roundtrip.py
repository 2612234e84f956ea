"""Real nbgrader, end to end, per module, in a scratch copy of the course.

generate_assignment (which must equal the committed release/) → two submissions: the reference, and one
student whose exercises hold, by turns down the module, a mutant, an honest variant and the untouched
release's stub → one real `nbgrader autograde` per student → the gradebook says: reference: every
autograded point; the variants student: every point of each exercise answered by an honest variant, none
of each exercise answered by a mutant or left as released, and no error.
Every mutant, honest variant and released stub goes through the grader's verifier in test_mutants.py, and
a wholly untouched submission through real grading in test_adversarial.py, test_grading_scale.py and the
demo; here, where each student costs a full run of the module's notebooks, the modules take turns: odd
modules send the first mutant or honest variant of each exercise through real nbgrader, even modules the
second, and which exercises get which kind shifts from module to module.
"""

from __future__ import annotations

import json

import nbformat
import pytest

from course.catalog import load_catalog
from course.diagnosis import TABLE_NAME
from course.grading.autograde import autograde_module
from course.authoring.course_dir import make_scratch_course
from course.authoring.known_mistakes import tables_agree, write_known_mistakes
from course.authoring.nbgrader_cli import run_nbgrader
from course.authoring.notebooks import fill_answers, read_notebook, reference_answers
from course.grading.results import gradebook_url, read_scores
from mutation import load_honest, load_mutants

MODULES = list(load_catalog().built_modules)
pytestmark = pytest.mark.slow


KINDS = ("mutant", "honest", "stub")


def _variants(module, turn: int) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(notebook, tests cell) → (kind, the answer's code, None for the released stub): down the module's
    exercises, a mutant, an honest variant and the stub by turns, starting at ``turn``; the turn-th variant of
    each kind (wrapping)."""
    chosen, count = {}, turn
    for entry in (nb for nb in module.notebooks if nb.built):
        mutants, honest = load_mutants(entry.filename), load_honest(entry.filename)
        for exercise in entry.exercises:
            kind = KINDS[count % len(KINDS)]
            pool = [None] if kind == "stub" else list((honest if kind == "honest" else mutants)[exercise.answer_id].values())
            chosen[(entry.filename[:-6], exercise.test_id)] = (kind, pool[turn % len(pool)])
            count += 1
    return chosen


@pytest.fixture(scope="module", params=MODULES, ids=lambda m: m.id)
def graded(request, tmp_path_factory):
    module = request.param
    course = make_scratch_course(tmp_path_factory.mktemp(module.id), [module])
    log = course / "nbgrader.log"
    run_nbgrader(["generate_assignment", module.id, "--force"], course, log)
    write_known_mistakes(course, module, course / "release" / module.id)  # as `make release` does
    variants = _variants(module, MODULES.index(module) % 2)
    for student in ("reference", "variants"):
        folder = course / "submitted" / student / module.id
        folder.mkdir(parents=True)
        for entry in (nb for nb in module.notebooks if nb.built):
            release = read_notebook(course / "release" / module.id / entry.filename)
            if student == "reference":
                answers = reference_answers(read_notebook(course / "source" / module.id / entry.filename))
            else:  # a stub is left as released
                answers = {e.answer_id: code for e in entry.exercises
                           for _, code in [variants[(entry.filename[:-6], e.test_id)]] if code is not None}
            nbformat.write(fill_answers(release, answers), folder / entry.filename)
    runs = autograde_module(course, module.id, course / "logs", jobs=2, progress=False)
    return module, course, runs, {s.student: s for s in read_scores(gradebook_url(course), module.id)}, variants


def test_release_is_in_sync_with_source(graded, root):
    """The round trip's fresh `nbgrader generate_assignment` of source/ (what `make release` runs, in a scratch
    course like this one) must equal the committed release/."""
    module, course, _, _, _ = graded
    built, committed = course / "release" / module.id, root / "release" / module.id
    assert sorted(p.name for p in built.iterdir()) == sorted(p.name for p in committed.iterdir()), \
        "release/ lists other files than source/; run `make release`"
    for path in sorted(built.glob("*.ipynb")):
        fresh = json.loads(path.read_text())
        stored = json.loads((committed / path.name).read_text())
        assert fresh == stored, f"release/{module.id}/{path.name} is stale; run `make release` and commit it"
    assert tables_agree(*(json.loads((folder / TABLE_NAME).read_text()) for folder in (built, committed))), \
        f"release/{module.id}/{TABLE_NAME} is stale; run `make release` and commit it"


def test_every_submission_grades_without_error(graded):
    module, course, runs, scores, _ = graded
    assert [r.student for r in runs if not r.ok] == [], [r.message for r in runs if not r.ok]
    assert set(scores) == {"reference", "variants"}


def test_the_reference_earns_every_autograded_point(graded):
    module, _, _, scores, _ = graded
    expected = {nb.filename[:-6]: float(nb.points) for nb in module.notebooks if nb.built}
    got = {name: score for name, (score, _) in scores["reference"].notebook_scores().items()}
    assert got == expected


def test_honest_variants_earn_their_points_and_mutants_and_stubs_lose_theirs(graded):
    module, _, _, scores, variants = graded
    assert {kind for kind, _ in variants.values()} == set(KINDS), "the module needs every kind"
    got = scores["variants"].exercise_scores()
    expected = {key: (got[key][1] if kind == "honest" else 0.0) for key, (kind, _) in variants.items()}
    assert {key: score for key, (score, _) in got.items()} == expected
    assert scores["variants"].auto_max == sum(nb.points for nb in module.notebooks)


def test_a_lost_exercise_that_behaves_like_its_mutant_names_it_where_the_student_reads(graded):
    module, course, runs, _, variants = graded
    from mutation import load_explanations
    result = next(r for r in runs if r.student == "variants")
    named = [e for e in result.exercises if e.misconception]
    assert all(variants[(e.notebook, e.exercise)][0] == "mutant" for e in named), "an honest variant or a stub was named"
    assert named, f"{module.id}: no mutant of the variants student was named"
    for exercise in named:
        notebook = read_notebook(course / "autograded" / "variants" / module.id / f"{exercise.notebook}.ipynb")
        tests = next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == exercise.exercise)
        shown = "".join(o.get("data", {}).get("text/plain", "") for o in tests.outputs
                        if o.get("output_type") == "display_data")
        answer = next(e.answer_id for nb in module.notebooks if nb.filename[:-6] == exercise.notebook
                      for e in nb.exercises if e.test_id == exercise.exercise)
        explanation = load_explanations(f"{exercise.notebook}.ipynb")[answer][exercise.misconception["name"]]
        assert exercise.misconception["explanation"] == explanation and explanation in shown
