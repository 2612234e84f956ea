"""The judge, case by case, in milliseconds: every status and the combinations that decide between them.

(The same rules run end to end, with real processes, in test_adversarial.py; only what needs a real
process is tested there.)
"""

from __future__ import annotations

import json
import shutil

import nbformat
import pytest

from adversarial import CASES as CORPUS, M01, NOTEBOOKS
from course.authoring.notebooks import Exercise, exercises_of, nbgrader_meta, read_notebook
from course.grading.judge import judge
from course.grading.model import (VERDICTS_SCHEMA, CellStatus, CellVerdict, ExerciseResult, Status,
                                  SubmissionResult, read_verdicts, write_verdicts)
from course.grading.submissions import PreparedNotebook, prepare

SIZE = Exercise("conv_output_size", "test_conv_output_size", 4.0)
SAME = Exercise("same_padding", "test_same_padding", 2.0)
PASSED, FAILED, TIMEOUT, CRASHED = CellStatus.PASSED, CellStatus.FAILED, CellStatus.TIMEOUT, CellStatus.CRASHED


def cells(*rows) -> dict[int, CellVerdict]:
    """Verdicts from (grade_id, status, error, flags) rows, in cell order."""
    return {i: CellVerdict(i, status, error, tuple(flags), grade_id) for i, (grade_id, status, error, flags) in enumerate(rows)}


def clean(size_tests=(PASSED, ""), size_answer=(PASSED, ""), size_flags=(), setup_flags=(), after_flags=()):
    return cells((None, PASSED, "", setup_flags),
                 ("conv_output_size", *size_answer, size_flags),
                 (None, PASSED, "", after_flags),                       # a course cell between the two exercises
                 ("test_conv_output_size", *size_tests, ()),
                 ("same_padding", PASSED, "", ()),
                 ("test_same_padding", PASSED, "", ()))


def usable(**changes) -> PreparedNotebook:
    return PreparedNotebook("03_conv_output_size.ipynb", Status.GRADED, notebook=nbformat.v4.new_notebook(), **changes)


CASES = {
    # name: (prepared, verdicts, expected (status, score, reason fragment) of conv_output_size, of same_padding)
    "both pass": (usable(), clean(), (Status.GRADED, 4, ""), (Status.GRADED, 2, "")),
    "a failed check": (usable(), clean(size_tests=(FAILED, "AssertionError: expected 111, got 112")),
                       (Status.GRADED, 0, "expected 111, got 112"), (Status.GRADED, 2, "")),
    "a refused call": (usable(), clean(size_tests=(FAILED, "ForbiddenCall: must not call aten.convolution")),
                       (Status.GRADED, 0, "aten.convolution"), (Status.GRADED, 2, "")),
    "an impostor value": (usable(), clean(size_tests=(FAILED, "ImpostorError: made to look like an int")),
                          (Status.FLAGGED, 0, "ImpostorError"), (Status.GRADED, 2, "")),
    "output limit in the tests": (usable(), clean(size_tests=(FAILED, "OutputLimitExceeded: printed too much")),
                                  (Status.CRASHED, 0, "printed too much"), (Status.GRADED, 2, "")),
    "out of memory": (usable(), clean(size_tests=(FAILED, "MemoryError: ")),
                      (Status.CRASHED, 0, "ran out of memory (the limit is 4096 MB)"), (Status.GRADED, 2, "")),
    "tests time out": (usable(), clean(size_tests=(TIMEOUT, "still running after 60 s")),
                       (Status.TIMEOUT, 0, "the tests timeout"), (Status.GRADED, 2, "")),
    "tests crash": (usable(), clean(size_tests=(CRASHED, "SIGSEGV")),
                    (Status.CRASHED, 0, "the tests crashed: SIGSEGV"), (Status.GRADED, 2, "")),
    "answer times out, tests pass": (usable(), clean(size_answer=(TIMEOUT, "still running")),
                                     (Status.TIMEOUT, 0, "the answer cell timeout"), (Status.GRADED, 2, "")),
    "answer crashes": (usable(), clean(size_answer=(CRASHED, "os._exit")),
                       (Status.CRASHED, 0, "the answer cell crashed"), (Status.GRADED, 2, "")),
    "a flag on the answer": (usable(), clean(size_flags=["replaced torch.equal"]),
                             (Status.FLAGGED, 0, "replaced torch.equal"), (Status.GRADED, 2, "")),
    "a flag on a course cell after it": (usable(), clean(after_flags=["opened the gradebook"]),
                                         (Status.FLAGGED, 0, "opened the gradebook"), (Status.GRADED, 2, "")),
    "a flag before any answer counts against no one": (usable(), clean(setup_flags=["odd"]),
                                                        (Status.GRADED, 4, ""), (Status.GRADED, 2, "")),
    "flag and timeout: the flag wins": (usable(), clean(size_flags=["settrace"], size_tests=(TIMEOUT, "late")),
                                        (Status.FLAGGED, 0, "settrace"), (Status.GRADED, 2, "")),
    "flag beats passing tests": (usable(), clean(size_flags=["forged"], size_tests=(PASSED, "")),
                                 (Status.FLAGGED, 0, "forged"), (Status.GRADED, 2, "")),
    "edited tests cell": (usable(edited_tests={"test_conv_output_size": "the tests cell was edited"}), clean(),
                          (Status.FLAGGED, 0, "was edited"), (Status.GRADED, 2, "")),
    "tests cell never ran": (usable(), {k: v for k, v in clean().items() if v.grade_id != "test_conv_output_size"},
                             (Status.CRASHED, 0, "did not run"), (Status.GRADED, 2, "")),
    "nbgrader did not run the notebook": (usable(), None, (Status.CRASHED, 0, "nbgrader did not run"),
                                          (Status.CRASHED, 0, "nbgrader did not run")),
    "lost answer, the other keeps its points": (
        usable(lost_answers={"conv_output_size": "the answer cell conv_output_size is missing"},
               problems=["the answer cell conv_output_size is missing"]), clean(),
        (Status.MALFORMED, 0, "is missing"), (Status.MALFORMED, 2, "is missing")),
    "stripped metadata, recovered": (usable(problems=["found by its first line"]), clean(),
                                     (Status.MALFORMED, 4, "first line"), (Status.MALFORMED, 2, "first line")),
    "not submitted": (PreparedNotebook("03_conv_output_size.ipynb", Status.MISSING, ["was not submitted"]), None,
                      (Status.MISSING, 0, "not submitted"), (Status.MISSING, 0, "not submitted")),
    "not a notebook": (PreparedNotebook("03_conv_output_size.ipynb", Status.MALFORMED, ["not valid JSON"]), None,
                       (Status.MALFORMED, 0, "not valid JSON"), (Status.MALFORMED, 0, "not valid JSON")),
}


@pytest.mark.parametrize("name", CASES)
def test_judge(name):
    prepared, verdicts, *expected = CASES[name]
    results = judge("03_conv_output_size", [SIZE, SAME], prepared, verdicts, memory_mb=4096)
    assert [r.exercise for r in results] == ["test_conv_output_size", "test_same_padding"]
    for result, (status, score, reason), exercise in zip(results, expected, (SIZE, SAME)):
        assert (result.status, result.score, result.max_score) == (status, score, exercise.points), name
        assert reason in result.reason, f"{name}: {result.reason!r} lacks {reason!r}"
        assert (result.reason == "") == (status is Status.GRADED and not reason), name


@pytest.mark.parametrize("statuses, problems, expected", [
    ([Status.GRADED, Status.GRADED], [], Status.GRADED),
    ([Status.GRADED, Status.MISSING, Status.MALFORMED], [], Status.MALFORMED),
    ([Status.TIMEOUT, Status.CRASHED], [], Status.CRASHED),
    ([Status.CRASHED, Status.FLAGGED, Status.MISSING], [], Status.FLAGGED),
    ([Status.GRADED], ["nbgrader autograde failed"], Status.CRASHED),
    ([], [], Status.GRADED),
])
def test_a_submission_takes_its_most_serious_status(statuses, problems, expected):
    result = SubmissionResult("ada", "m01", [ExerciseResult("nb", f"t{i}", 0, 1, s) for i, s in enumerate(statuses)],
                              problems)
    assert result.status is expected and result.ok is not problems
    assert result.to_json()["status"] == expected.value


def test_verdicts_round_trip_and_follow_the_schema(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    verdicts = list(clean(size_flags=["replaced torch.equal"], size_tests=(TIMEOUT, "late")).values())
    path = tmp_path / "verdicts" / "03.json"
    write_verdicts(path, verdicts)
    jsonschema.validate(json.loads(path.read_text()), VERDICTS_SCHEMA)
    assert list(read_verdicts(path).values()) == verdicts


@pytest.mark.parametrize("body", [
    [], {"x": {}}, {"0": {"status": "passed"}}, {"0": {"status": "skipped", "error": "", "flags": [], "grade_id": None}},
    {"0": {"status": "passed", "error": 3, "flags": [], "grade_id": None}},
    {"0": {"status": "passed", "error": "", "flags": [1], "grade_id": None}},
])
def test_malformed_verdicts_are_refused(tmp_path, body):
    path = tmp_path / "v.json"
    path.write_text(json.dumps(body))
    with pytest.raises(ValueError):
        read_verdicts(path)


# ---- the adversarial corpus's file damage, decided without a process -----------------------------------------

@pytest.fixture(scope="module")
def scratch_course(tmp_path_factory, root):
    """The release of notebook 03 next to its source, as `course grade` sees them (no nbgrader needed)."""
    course = tmp_path_factory.mktemp("course")
    for kind in ("source", "release"):
        (course / kind / M01).mkdir(parents=True)
        shutil.copy(root / kind / M01 / NOTEBOOKS[M01], course / kind / M01)
    return course


def _verdicts_as_run(prepared, replaced: set[str]) -> dict[int, CellVerdict] | None:
    """What the verifier reports for reference answers: every cell passes, except the tests of replaced answers."""
    if prepared.notebook is None:
        return None
    verdicts, owner = {}, None
    for index, cell in enumerate(prepared.notebook.cells):
        if cell.cell_type != "code":
            continue
        grade_id = nbgrader_meta(cell).get("grade_id")
        failed = grade_id is not None and grade_id.removeprefix("test_") in replaced
        verdicts[index] = CellVerdict(index, FAILED if failed else PASSED, "AssertionError: wrong" if failed else "",
                                      (), grade_id)
    return verdicts


@pytest.mark.parametrize("case", [c for c in CORPUS if not c.needs_process], ids=lambda c: c.name)
def test_damaged_files_are_judged_without_running_them(case, scratch_course):
    from test_adversarial import check_case, submission, write_damaged

    target = scratch_course / "submitted" / case.name / M01 / NOTEBOOKS[M01]
    target.parent.mkdir(parents=True)
    write_damaged(case, submission(case, scratch_course), target)
    source = read_notebook(scratch_course / "source" / M01 / NOTEBOOKS[M01])
    prepared = prepare(read_notebook(scratch_course / "release" / M01 / NOTEBOOKS[M01]), target)
    replaced = {gid for gid in case.answers} | set(prepared.lost_answers)
    results = judge(NOTEBOOKS[M01][:-6], exercises_of(source), prepared, _verdicts_as_run(prepared, replaced), 4096)
    check_case(case, SubmissionResult(case.name, M01, results).to_json())
