"""The judge: each exercise's status, score and reason, from a prepared notebook and the verifier's verdicts.

A pure function: no files, no processes, no gradebook.  An exercise earns its points only if its
tests cell passed and nothing was flagged against it; everything else is named (see the README's
status table).  Unit-tested case by case in ``tests/test_judge.py``.
"""

from __future__ import annotations

from course.authoring.notebooks import Exercise
from course.grading.model import CellStatus, CellVerdict, ExerciseResult, Status
from course.grading.submissions import PreparedNotebook


def out_of_memory(error: str) -> bool:
    return error.startswith("MemoryError") or "can't allocate memory" in error or "std::bad_alloc" in error


def flags_by_exercise(exercises: list[Exercise], verdicts: dict[int, CellVerdict]) -> dict[str, list[str]]:
    """Tests grade_id → the flags raised while its answer, its tests, or a course cell after them ran.

    A course cell between an answer and the next one may run that answer's code: its flags count against it."""
    attributed: dict[str, list[str]] = {}
    owner = None
    for index in sorted(verdicts):
        grade_id = verdicts[index].grade_id
        owner = next((e.test_id for e in exercises if grade_id in (e.answer_id, e.test_id)), owner)
        if owner:
            attributed.setdefault(owner, []).extend(verdicts[index].flags)
    return {test_id: list(dict.fromkeys(flags)) for test_id, flags in attributed.items()}


def _failed_tests(error: str, memory_mb: int) -> tuple[Status, str]:
    if error.startswith("ImpostorError"):
        return Status.FLAGGED, error
    if error.startswith("OutputLimitExceeded"):
        return Status.CRASHED, f"the tests {error.partition(': ')[2]}"
    if out_of_memory(error):
        return Status.CRASHED, f"ran out of memory (the limit is {memory_mb} MB): {error}"
    return Status.GRADED, error


def judge_exercise(exercise: Exercise, prepared: PreparedNotebook, verdicts: dict[int, CellVerdict] | None,
                   flags: list[str], memory_mb: int) -> tuple[Status, str, bool]:
    """(status, reason, earns its points) for one exercise; the first rule that applies decides."""
    by_id = {v.grade_id: v for v in (verdicts or {}).values() if v.grade_id}
    answer, tests = by_id.get(exercise.answer_id), by_id.get(exercise.test_id)
    if exercise.test_id in prepared.edited_tests:
        flags = [prepared.edited_tests[exercise.test_id], *flags]
    if prepared.notebook is None:
        return prepared.status, "; ".join(prepared.problems), False
    if exercise.answer_id in prepared.lost_answers:
        return Status.MALFORMED, prepared.lost_answers[exercise.answer_id], False
    if verdicts is None:
        return Status.CRASHED, "nbgrader did not run this notebook (see the log in logs/grade/)", False
    if flags:
        return Status.FLAGGED, "; ".join(flags), False
    if answer and answer.status.stopped_the_run:
        return Status(answer.status.value), f"the answer cell {answer.status.value}: {answer.error}", False
    if tests is None:
        return Status.CRASHED, "the tests did not run", False
    if tests.status.stopped_the_run:
        return Status(tests.status.value), f"the tests {tests.status.value}: {tests.error}", False
    if tests.status is not CellStatus.PASSED:
        status, reason = _failed_tests(tests.error, memory_mb)
        return status, reason, False
    return Status.GRADED, "", True


def judge(notebook: str, exercises: list[Exercise], prepared: PreparedNotebook,
          verdicts: dict[int, CellVerdict] | None, memory_mb: int) -> list[ExerciseResult]:
    """Every exercise of one notebook (``notebook``: its name without .ipynb); ``verdicts`` None: not run."""
    flags = flags_by_exercise(exercises, verdicts or {})
    results = []
    for exercise in exercises:
        status, reason, earned = judge_exercise(exercise, prepared, verdicts, flags.get(exercise.test_id, []),
                                                memory_mb)
        if prepared.problems and status is Status.GRADED:
            # the answer was used, but the file was damaged: say so, keep what the tests gave
            status, reason = Status.MALFORMED, "; ".join(filter(None, [reason, *prepared.problems]))
        tests = next((v for v in (verdicts or {}).values() if v.grade_id == exercise.test_id), None)
        misconception = tests.misconception if tests is not None and not earned else None
        results.append(ExerciseResult(notebook, exercise.test_id, exercise.points if earned else 0.0,
                                      exercise.points, status, reason, misconception))
    return results
