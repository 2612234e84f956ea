"""Naming the misconception behind a wrong answer, from what the answer did on the tests' own inputs.

Every exercise has known-wrong answers, each one a misconception the notebook explains
(``tests/mutants/<notebook>.py``: ``MUTANTS``, their code, and ``EXPLANATIONS``, a sentence or two for the
student each). When a tests cell that the grader runs itself (``course.grading.trusted_tests``) fails, it has
recorded every call it made of the exercise's function: the inputs, what came back (or which error was
raised) and what the inputs looked like afterwards. Here, in the grader and never in the student's process,
each mutant and the reference are defined in a copy of the tests' namespace and called on fresh copies of the
same inputs. A mutant is named when it behaves like the answer on every recorded call and unlike the
reference on at least one: one that these inputs cannot tell from the reference explains nothing.

Only a mutant's name and explanation ever reach the student, never an input or an expected value. An
exercise whose answer is a class, or whose calls handed the answer one of its own objects, gets no diagnosis:
those calls cannot be replayed here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from course.authoring.course_dir import known_mistakes
from course.authoring.notebooks import defined_in, definitions_of
from course.diagnosis import misconception_text
from course.grading.model import MISCONCEPTION_MARKER
from course.outcomes import Call, agree, replay

REPLAY_SECONDS = 5.0                        # at most this long per failed tests cell, inside its time limit


@dataclass(frozen=True)
class Misconception:
    name: str          # the mutant's name in tests/mutants/
    explanation: str   # what the student should learn (no solution code)

    def as_dict(self) -> dict:
        return {"name": self.name, "explanation": self.explanation}


def misconception_output(misconception: dict) -> dict:
    """The output under a failed tests cell that names the known mistake its answer behaves like. Only the
    grader makes one: the student's outputs reach the notebook rebuilt with empty metadata."""
    text = misconception_text(misconception["name"], misconception["explanation"])
    return {"output_type": "display_data", "data": {"text/plain": text},
            "metadata": {MISCONCEPTION_MARKER: misconception["name"]}}


def diagnose(calls: list[Call], function: str, namespace: dict, reference: str, known: list[dict],
             seconds: float = REPLAY_SECONDS) -> Misconception | None:
    """The first known mistake that behaves like the answer on every call and unlike the reference on one.

    ``namespace``: the tests' own names (the course's setup definitions), without anything of the student's;
    ``reference``: the source of every reference answer of the notebook, so that a mutant calling an earlier
    exercise's function gets the reference's."""
    if not calls or not known or all(call.raised == "NotImplementedError" for call in calls):
        return None  # nothing to compare, or the released stub: no known mistake raises that
    ends = time.monotonic() + seconds
    try:
        base = dict(namespace)
        exec(compile(definitions_of(reference), "<reference answers>", "exec"), base)
        right = base.get(function)
        if not callable(right) or isinstance(right, type):
            return None
    except Exception:
        return None
    expected: list[Call] = []  # the reference's replays, made only once a mistake has matched every call
    for mistake in known:
        if time.monotonic() > ends:
            return None
        try:
            wrong = defined_in(base, mistake["source"], function)
            if not callable(wrong):
                continue
            theirs = []
            for call in calls:
                theirs.append(replay(wrong, call))
                if not agree(call, theirs[-1]) or time.monotonic() > ends:
                    break
            else:
                if not expected:
                    expected = [replay(right, call) for call in calls]
                if not all(agree(e, t) for e, t in zip(expected, theirs)):
                    return Misconception(mistake["name"], mistake["explanation"])
        except Exception:
            continue
    return None


def with_known_mistakes(cells: list[dict], course_root: Path, module: str, notebook: str) -> list[dict]:
    """``cells`` with each tests cell given its exercise's known mistakes (``"known"``), for the grader's side of
    the cell only (the verifier never sends it to the student's process). A course without mutant files, or
    with a damaged one, grades as before, with no diagnosis."""
    from course.authoring.notebooks import answer_cells, exercises_of, read_notebook
    try:
        mistakes = known_mistakes(course_root, notebook)
        source = read_notebook(Path(course_root) / "source" / module / f"{notebook}.ipynb")
    except Exception:  # a misconception is a courtesy: it never stops grading
        return cells
    if not mistakes:
        return cells
    definitions = "\n\n".join(cell.source for cell in answer_cells(source).values())
    answer_of = {exercise.test_id: exercise.answer_id for exercise in exercises_of(source)}
    known = {test_id: {"function": answer, "definitions": definitions, "mistakes": mistakes.get(answer, [])}
             for test_id, answer in answer_of.items() if mistakes.get(answer)}
    return [{**cell, "known": known[cell["grade_id"]]} if cell["role"] == "tests" and cell.get("grade_id") in known
            else cell for cell in cells]
