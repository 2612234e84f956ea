"""One verdict, whatever the path: plain `nbgrader autograde` (the formgrader's Autograde button) gives the
same scores as `python -m course grade` for the same submissions, warnings, flags and impostors included."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from adversarial import CASES, M01
from course.authoring.nbgrader_cli import nbgrader_environment
from course.grading.results import gradebook_url, read_scores
from test_adversarial import _build

pytestmark = pytest.mark.slow
CHOSEN = ("warnings_and_stderr", "patch_assert_int", "always_equal")


@pytest.fixture(scope="module")
def both_paths(tmp_path_factory):
    course, _ = _build(tmp_path_factory, M01, "auto", only=CHOSEN)
    plain = tmp_path_factory.mktemp("plain") / "course"
    shutil.copytree(course, plain, symlinks=True)
    ours = subprocess.run([sys.executable, "-m", "course", "grade", M01, "--jobs", "2"], cwd=course,
                          capture_output=True, text=True, env=nbgrader_environment())
    theirs = subprocess.run([sys.executable, "-m", "nbgrader", "autograde", M01, "--force"], cwd=plain,
                            capture_output=True, text=True, env=nbgrader_environment())
    assert ours.returncode == 0 and theirs.returncode == 0, ours.stderr[-1500:] + theirs.stderr[-1500:]
    return ({s.student: s.exercise_scores() for s in read_scores(gradebook_url(course), M01)},
            {s.student: s.exercise_scores() for s in read_scores(gradebook_url(plain), M01)})


def test_plain_nbgrader_autograde_gives_the_course_graders_scores(both_paths):
    ours, theirs = both_paths
    assert set(ours) == set(theirs) == set(CHOSEN)
    assert ours == theirs
    assert sum(score for score, _ in ours["warnings_and_stderr"].values()) > 0, "warnings cost nothing"
    flagged = [c for c in CASES if c.name in ("patch_assert_int", "always_equal")]
    for case in flagged:
        for (notebook, exercise), (score, _) in theirs[case.name].items():
            assert (score == 0) == (exercise in case.zero), f"{case.name}: {exercise} got {score}"
