"""Naming the misconception behind a wrong answer, from what the answer did on the tests' own inputs.

Every exercise has known-wrong answers, each one a misconception the notebook explains
(``tests/mutants/<notebook>.py``: ``MUTANTS``, their code, and ``EXPLANATIONS``, a sentence or two for the
student each). When a tests cell that the grader runs itself (``course.grading.trusted_tests``) fails, it has
recorded every call it made of the exercise's function: the inputs, what came back (or which error was
raised) and what the inputs looked like afterwards. Here, in the grader and never in the student's process,
each mutant and the reference are defined in a copy of the tests' namespace and called on fresh copies of the
same inputs. A mutant is named when it behaves like the answer on every recorded call and unlike the
reference on at least one: one that these inputs cannot tell from the reference explains nothing.

When the calls cannot tell (an answer that is a class, results that are not plain data, a check on what the
tests computed from the results), the failed tests cell itself is run again here on each mutant that agreed
with every recorded call, from the random state the cell began with: a mutant is named when it fails the cell
with exactly the answer's error, whose message usually carries the values the check saw. The replays run
under a cap of CPU time (and a longer one of the clock), checked between calls and between mutants (the suite proves that no mutant hangs).
An exercise whose results are timings (``MEASURED`` in its mutants file) is compared within its own tolerance,
and replayed on a clock where sleeps take no time (``course.outcomes.measured``): a busy machine's stretched
sleeps can then neither tell the reference from a mistake nor make two mistakes alike.

Only a mutant's name and explanation ever reach the student, never an input or an expected value.
"""

from __future__ import annotations

import contextlib
import io
import math
import re
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from course.authoring.course_dir import known_mistakes
from course.authoring.notebooks import defined_in, definitions_of
from course.diagnosis import misconception_message
from course.grading.model import MISCONCEPTION_MARKER
from course.outcomes import Call, agree, measured, random_state, replay, set_random_state, tolerances

REPLAY_SECONDS = 10.0       # of CPU at most per failed tests cell (so that a busy machine names the same mistakes)
REPLAY_WALL_SECONDS = 30.0  # and of the clock (an answer that sleeps spends no CPU), inside the cell's time limit


def _time_is_up(seconds: float):
    """A check that says when ``seconds`` of this process's CPU, or three times as long on the clock, are spent."""
    cpu, wall = time.process_time() + seconds, time.monotonic() + seconds * REPLAY_WALL_SECONDS / REPLAY_SECONDS
    return lambda: time.process_time() > cpu or time.monotonic() > wall


@dataclass(frozen=True)
class Misconception:
    name: str          # the mutant's name in tests/mutants/
    explanation: str   # what the student should learn (no solution code)
    alike: tuple["Misconception", ...] = ()  # later known mistakes that behave just as the answer does here

    def as_dict(self) -> dict:
        return {"name": self.name, "explanation": self.explanation,
                **({"alike": [{"name": m.name, "explanation": m.explanation} for m in self.alike]}
                   if self.alike else {})}


def misconception_output(misconception: dict) -> dict:
    """The output under a failed tests cell that names the known mistake its answer behaves like (and any other
    that these tests cannot tell from it). Only the grader makes one: the student's outputs reach the notebook
    rebuilt with empty metadata."""
    return {"output_type": "display_data", "data": {"text/plain": misconception_message(misconception)},
            "metadata": {MISCONCEPTION_MARKER: misconception["name"]}}


@dataclass(frozen=True)
class FailedCell:
    """A tests cell the answer failed, as the grader ran it: enough to run it again on a known mistake."""
    source: str    # the whole tests cell, hidden tests included
    error: str     # how it failed, as the verdict says (the first line of the exception)
    state: tuple   # the random state and default dtype it began with (``course.outcomes.random_state()``)


def diagnose(calls: list[Call], function: str, namespace: dict, reference: str, known: list[dict],
             cell: FailedCell | None = None, seconds: float = REPLAY_SECONDS) -> Misconception | None:
    """The first known mistake that behaves like the answer (with every later one that behaves alike), or None.

    By its calls, first: a mistake that gives what the answer gave on every recorded call and unlike the
    reference on one. When the calls cannot tell (the answer is a class, its results are not plain data, or
    every difference lies in what the tests did with the results), by the cell: among the mistakes that agree
    with every recorded call, the first whose run of the same tests cell, from the same random state, fails
    with exactly the answer's error (whose message usually carries the values the check saw).

    ``namespace``: the tests' own names (the course's setup definitions), without anything of the student's;
    ``reference``: the source of every reference answer of the notebook, so that a mutant calling an earlier
    exercise's function gets the reference's."""
    if not known or any(call.raised == "NotImplementedError" for call in calls) or \
            (cell is not None and cell.error.startswith("NotImplementedError")):
        return None  # the released stub: no known mistake raises that
    if not calls and cell is None:
        return None
    time_is_up = _time_is_up(seconds)
    try:
        base = dict(namespace)
        exec(compile(definitions_of(reference), "<reference answers>", "exec"), base)
        right = base.get(function)
    except Exception:
        return None
    by_calls = bool(calls) and callable(right) and not isinstance(right, type)
    with measured(next((m["rtol"] for m in known if "rtol" in m), None)):
        named, alike = _by_calls(calls, function, base, right, known, by_calls, time_is_up)
        if not named and cell is not None:
            for mistake in alike:
                if time_is_up():
                    break
                with measured(mistake.get("rtol")):
                    if _fails_alike(cell, base, mistake["source"]):
                        named.append(mistake)
    return _naming(named)


def _by_calls(calls, function, base, right, known, by_calls, time_is_up) -> tuple[list[dict], list[dict]]:
    """The mistakes that behave like the answer, and unlike the reference, on these calls; and those that these
    calls cannot tell from the answer nor from the reference (every mistake, when the calls cannot be replayed;
    for a measured exercise, every mistake they cannot tell from the reference)."""
    expected: list[Call] = []  # the reference's replays, made only once a mistake has matched every call
    named: list[dict] = []     # the mistakes that behave like the answer, and unlike the reference, on these calls
    alike: list[dict] = []     # the mistakes these calls cannot tell from the answer, nor from the reference
    for mistake in known:
        if time_is_up():
            break
        try:
            with measured(mistake.get("rtol")):  # a mistake whose results are noise of their own has its tolerance
                wrong = defined_in(base, mistake["source"], function)
                if not callable(wrong):
                    continue
                if not by_calls:
                    alike.append(mistake)
                    continue
                # a measured answer's own values carry the machine's noise: a mistake these calls cannot tell
                # from the reference is left for the failed cell to tell, even if the answer's values differ
                noisy, like_answer, theirs = "rtol" in mistake, True, []
                for call in calls:
                    theirs.append(replay(wrong, call))
                    like_answer = like_answer and agree(call, theirs[-1])
                    if (not like_answer and not noisy) or time_is_up():
                        break
                else:
                    if not expected:
                        expected = [replay(right, call) for call in calls]
                    like_reference = all(agree(e, t) for e, t in zip(expected, theirs))
                    if like_answer or like_reference:
                        (alike if like_reference else named).append(mistake)
        except Exception:
            continue
    return named, alike


def _naming(mistakes: list[dict]) -> Misconception | None:
    """The first of ``mistakes``, with the others that behave alike: the student reads every explanation that fits."""
    if not mistakes:
        return None
    first, *others = mistakes
    return Misconception(first["name"], first["explanation"],
                         tuple(Misconception(m["name"], m["explanation"]) for m in others))


def _fails_alike(cell: FailedCell, base: dict, mistake: str) -> bool:
    """Whether the tests cell, run here on ``mistake`` (over the reference answers), fails as the answer did."""
    from course.sandbox.worker import _describe
    own = random_state()
    try:
        local = dict(base)
        exec(compile(definitions_of(mistake), "<known mistake>", "exec"), local)
        set_random_state(cell.state)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()), \
                warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(compile(cell.source, "<tests cell>", "exec"), local)
    except Exception as error:  # noqa: BLE001 - how the mistake fails the cell is what is compared
        return same_message(_describe(error), cell.error)
    finally:
        set_random_state(own)
    return False


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
MESSAGE_CHARS = 300  # the verdict keeps this much of an error's first line (``course.sandbox.worker._describe``)


def same_message(mine: str, theirs: str) -> bool:
    """Two failure messages alike: the same words, and every number the same within 1e-4 (relative; a measured
    exercise's own tolerance inside ``measured``) or 1e-6, so that a value computed in another process, with its
    own order of floating-point sums, still matches."""
    texts = [_NUMBER.split(mine), _NUMBER.split(theirs)]
    numbers = [_NUMBER.findall(mine), _NUMBER.findall(theirs)]
    if len(mine) >= MESSAGE_CHARS and len(theirs) >= MESSAGE_CHARS:  # both cut short: compare what both kept
        keep = min(len(numbers[0]), len(numbers[1])) - 1
        if keep < 0:
            return mine == theirs
        texts, numbers = [t[:keep + 1] for t in texts], [n[:keep] for n in numbers]
    if texts[0] != texts[1] or len(numbers[0]) != len(numbers[1]):
        return False
    return all(a == b or math.isclose(float(a), float(b), rel_tol=tolerances(None)[0], abs_tol=1e-6)
               for a, b in zip(*numbers))


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
