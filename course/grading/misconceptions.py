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

import contextlib
import copy
import importlib.util
import io
import math
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from course.authoring.course_dir import MUTANTS_FOLDER  # the instructor's, never released
from course.grading.model import MISCONCEPTION_MARKER
from course.grading.trusted_tests import builtin_class_name, definitions_of, is_remote

REPLAY_SECONDS = 5.0                        # at most this long per failed tests cell, inside its time limit
RTOL, ATOL = 1e-4, 1e-6                     # float32 (and numbers): what the course's own checks allow
RTOL64, ATOL64 = 1e-9, 1e-12                # float64: tight enough to tell a float32 computation apart


@dataclass(frozen=True)
class Misconception:
    name: str          # the mutant's name in tests/mutants/
    explanation: str   # what the student should learn (no solution code)

    def as_dict(self) -> dict:
        return {"name": self.name, "explanation": self.explanation}


def misconception_output(misconception: dict) -> dict:
    """The output under a failed tests cell that names the known mistake its answer behaves like. Only the
    grader makes one: the student's outputs reach the notebook rebuilt with empty metadata."""
    text = f"This looks like a known mistake ({misconception['name']}): {misconception['explanation']}"
    return {"output_type": "display_data", "data": {"text/plain": text},
            "metadata": {MISCONCEPTION_MARKER: misconception["name"]}}


class NotPlain(Exception):
    """A value that cannot be copied and replayed here (an object of the student's process, say)."""


def known_mistakes(course_root: Path, notebook: str) -> dict[str, list[dict]]:
    """answer grade_id → [{"name", "source", "explanation"}] from the course's ``tests/mutants/<notebook>.py``
    (empty when there is none, or when it has no explanations)."""
    path = Path(course_root) / MUTANTS_FOLDER / f"{notebook}.py"
    if not path.is_file():
        return {}
    spec = importlib.util.spec_from_file_location(f"course_mutants_{notebook}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    mutants, explanations = getattr(module, "MUTANTS", {}), getattr(module, "EXPLANATIONS", {})
    return {exercise: [{"name": name, "source": code, "explanation": explanations[exercise][name]}
                       for name, code in variants.items() if name in explanations.get(exercise, {})]
            for exercise, variants in mutants.items()}


def plain_copy(value, depth: int = 0):
    """A copy of ``value`` that shares nothing with it: tensors detached and cloned (a leaf that needs a
    gradient still does), arrays copied, containers rebuilt; anything else is ``NotPlain``."""
    if depth > 20:
        raise NotPlain("too deep")
    if type(value) in (int, float, bool, str, complex, bytes, type(None)):
        return value
    if isinstance(value, torch.Tensor):
        if type(value) not in (torch.Tensor, torch.nn.Parameter):
            raise NotPlain(type(value).__name__)
        clone = value.detach().clone()
        if value.requires_grad and clone.is_floating_point():
            clone.requires_grad_()
            if value.is_leaf and value.grad is not None:  # an optimizer's step reads it
                clone.grad = value.grad.detach().clone()
        return clone
    if type(value) is np.ndarray and value.dtype != object:
        return value.copy()
    if isinstance(value, np.generic):
        return value.copy()
    if type(value) in (list, tuple):
        return type(value)(plain_copy(v, depth + 1) for v in value)
    if type(value) is dict:
        return {plain_copy(k, depth + 1): plain_copy(v, depth + 1) for k, v in value.items()}
    if type(value) in (torch.dtype, torch.device, torch.Size, slice, range):
        return value
    if isinstance(value, torch.nn.Module) and not is_remote(value):  # the tests' own model, never the student's
        try:
            model = copy.deepcopy(value)
        except Exception as error:
            raise NotPlain(f"{type(value).__name__}: {error}") from None
        for mine, theirs in zip(model.parameters(), value.parameters()):  # a deep copy drops the gradients
            mine.grad = None if theirs.grad is None else theirs.grad.detach().clone()
        return model
    raise NotPlain(type(value).__name__)


@dataclass
class Call:
    """One call of the exercise's function by its tests, as the grader saw it."""
    args: tuple
    kwargs: dict
    raised: str | None = None   # the builtin error class the answer raised, if it did
    result: object = None
    after: tuple = ()           # the positional inputs after the call (an answer may change them in place)


def _tolerances(dtype) -> tuple[float, float]:
    return (RTOL64, ATOL64) if dtype in (torch.float64, torch.complex128) else (RTOL, ATOL)


def same(a, b) -> bool:
    """Whether two outcomes agree: the same types and shapes, values within the course's tolerances."""
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        if not (isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor)) or a.shape != b.shape or \
                a.dtype != b.dtype:
            return False
        if a.is_leaf and b.is_leaf and ((a.grad is None) != (b.grad is None) or
                                        (a.grad is not None and not same(a.grad, b.grad))):
            return False
        a, b = a.detach().cpu(), b.detach().cpu()
        if a.is_floating_point() or a.is_complex():
            rtol, atol = _tolerances(a.dtype)
            return bool(torch.allclose(a, b, rtol=rtol, atol=atol, equal_nan=True))
        return bool(torch.equal(a, b))
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        if type(a) is not type(b) or a.shape != b.shape or a.dtype != b.dtype:
            return False
        if np.issubdtype(a.dtype, np.inexact):
            rtol, atol = _tolerances(torch.float64 if a.dtype == np.float64 else torch.float32)
            return bool(np.allclose(a, b, rtol=rtol, atol=atol, equal_nan=True))
        return bool(np.array_equal(a, b))
    if type(a) is not type(b):
        return False
    if isinstance(a, torch.nn.Module):  # what a call left in a model: modes, values, gradients, frozen or not
        return [m.training for m in a.modules()] == [m.training for m in b.modules()] and \
            _same_tensors(a.named_parameters(), b.named_parameters()) and \
            _same_tensors(a.named_buffers(), b.named_buffers())
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=RTOL, abs_tol=ATOL)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    try:
        return bool(a == b)
    except Exception:
        return False


def _same_tensors(these, those) -> bool:
    these, those = list(these), list(those)
    return [n for n, _ in these] == [n for n, _ in those] and all(
        x.requires_grad == y.requires_grad and same(x.detach(), y.detach()) and
        ((x.grad is None) == (y.grad is None)) and (x.grad is None or same(x.grad, y.grad))
        for (_, x), (_, y) in zip(these, those))


def _replay(function, call: Call) -> Call:
    args, kwargs = plain_copy(call.args), plain_copy(call.kwargs)
    outcome = Call(args, kwargs)
    with torch.random.fork_rng(devices=[]), contextlib.redirect_stdout(io.StringIO()), \
            contextlib.redirect_stderr(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            outcome.result = plain_copy(function(*args, **kwargs))
        except NotPlain:
            outcome.raised = "NotPlain"
        except Exception as error:
            outcome.raised = builtin_class_name(error)
    outcome.after = plain_copy(args) if outcome.raised != "NotPlain" else ()
    return outcome


def _agree(mine: Call, theirs: Call) -> bool:
    if mine.raised or theirs.raised:
        return mine.raised == theirs.raised
    return same(mine.result, theirs.result) and same(mine.after, theirs.after)


def _defined(namespace: dict, source: str, name: str):
    local = dict(namespace)
    exec(compile(definitions_of(source), f"<known answer {name}>", "exec"), local)
    return local.get(name)


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
            wrong = _defined(base, mistake["source"], function)
            if not callable(wrong):
                continue
            theirs = []
            for call in calls:
                theirs.append(_replay(wrong, call))
                if not _agree(call, theirs[-1]) or time.monotonic() > ends:
                    break
            else:
                if not expected:
                    expected = [_replay(right, call) for call in calls]
                if not all(_agree(e, t) for e, t in zip(expected, theirs)):
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
