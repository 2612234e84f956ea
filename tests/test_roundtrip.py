"""Real nbgrader, end to end, per module, in a scratch copy of the course.

generate_assignment → submissions (reference, untouched release, a mutant and an honest variant of every
exercise) → one real `nbgrader autograde` per student → the gradebook says:
  reference and honest variants: every autograded point; untouched: zero and no error;
  mutants: zero for every exercise.
Every mutant and honest variant goes through the grader's verifier in test_mutants.py; here, where each
student costs a full run of the module's notebooks, the modules take turns: odd modules send the first
mutant and honest variant of each exercise through real nbgrader, even modules the second.
"""

from __future__ import annotations

import nbformat
import pytest

from course.catalog import load_catalog
from course.grading.autograde import autograde_module
from course.authoring.course_dir import make_scratch_course
from course.authoring.nbgrader_cli import run_nbgrader
from course.authoring.notebooks import fill_answers, read_notebook, reference_answers
from course.grading.results import gradebook_url, read_scores
from mutation import load_honest, load_mutants

MODULES = list(load_catalog().built_modules)
pytestmark = pytest.mark.slow


def _picked(answers: dict[str, dict[str, str]], pick: int) -> dict[str, str]:
    """The pick-th answer of every exercise of a notebook (wrapping round when there are fewer)."""
    return {exercise: list(variants.values())[pick % len(variants)] for exercise, variants in answers.items()}


@pytest.fixture(scope="module", params=MODULES, ids=lambda m: m.id)
def graded(request, tmp_path_factory):
    module = request.param
    course = make_scratch_course(tmp_path_factory.mktemp(module.id), [module])
    log = course / "nbgrader.log"
    run_nbgrader(["generate_assignment", module.id, "--force"], course, log)
    pick = MODULES.index(module) % 2
    students = {"reference": None, "untouched": "untouched", "mutants": (load_mutants, pick),
                "honest": (load_honest, pick)}
    for student, kind in students.items():
        folder = course / "submitted" / student / module.id
        folder.mkdir(parents=True)
        for entry in (nb for nb in module.notebooks if nb.built):
            release = read_notebook(course / "release" / module.id / entry.filename)
            if kind is None:
                submission = fill_answers(release, reference_answers(read_notebook(course / "source" / module.id / entry.filename)))
            elif kind == "untouched":
                submission = release
            else:
                load, pick = kind
                submission = fill_answers(release, _picked(load(entry.filename), pick))
            nbformat.write(submission, folder / entry.filename)
    runs = autograde_module(course, module.id, course / "logs", jobs=2, progress=False)
    return module, course, runs, {s.student: s for s in read_scores(gradebook_url(course), module.id)}


def test_every_submission_grades_without_error(graded):
    module, course, runs, scores = graded
    assert [r.student for r in runs if not r.ok] == [], [r.message for r in runs if not r.ok]
    assert set(scores) == {"reference", "untouched", "mutants", "honest"}


@pytest.mark.parametrize("student", ["reference", "honest"])
def test_correct_answers_earn_every_autograded_point(graded, student):
    module, _, _, scores = graded
    expected = {nb.filename[:-6]: float(nb.points) for nb in module.notebooks if nb.built}
    got = {name: score for name, (score, _) in scores[student].notebook_scores().items()}
    assert got == expected


def test_untouched_release_earns_nothing(graded):
    module, _, _, scores = graded
    untouched = scores["untouched"]
    assert untouched.auto_score == 0.0 and untouched.auto_max == sum(nb.points for nb in module.notebooks)


@pytest.mark.parametrize("student", ["mutants"])
def test_every_mutant_loses_its_exercise_points(graded, student):
    _, _, _, scores = graded
    earned = {key: score for key, (score, _) in scores[student].exercise_scores().items() if score}
    assert earned == {}, f"mutants earned points: {earned}"
