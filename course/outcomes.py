"""What a function did when called: plain copies of its inputs and outcome, and whether two outcomes agree.

Shared by the grader's naming of misconceptions (``course.grading.misconceptions``) and by the student's
own kernel (``course.diagnosis``), which compares an answer with the known mistakes' recorded outcomes on
the visible tests' inputs. Nothing here knows about the sandbox: the grader's remote objects are not
``nn.Module`` instances to ``type()`` (only to ``isinstance``), so they are never copied as a model.
"""

from __future__ import annotations

import builtins
import contextlib
import contextvars
import copy
import functools
import io
import math
import time
import types
import warnings
from dataclasses import dataclass

import numpy as np
import torch

from course.sandbox.calls import SharedState  # the one definition of what a random state holds

RTOL, ATOL = 1e-4, 1e-6                     # float32 (and numbers): what the course's own checks allow
RTOL64, ATOL64 = 1e-9, 1e-12                # float64: tight enough to tell a float32 computation apart
# an exercise whose results are measurements (a timing) compares them within a tolerance of its own (``measured``)
_MEASURED_RTOL: contextvars.ContextVar[float | None] = contextvars.ContextVar("measured_rtol", default=None)


@contextlib.contextmanager
def measured(rtol: float | None):
    """Inside this block, when ``rtol`` is given: floating-point results compared within ``rtol`` (relative), and
    ``time.sleep`` skipped and added to what ``time.perf_counter`` (and ``perf_counter_ns``) reads. The results of
    an exercise that measures time differ from run to run, by much less than its mistakes do; replayed on this
    clock, the reference and each mistake measure the tests' scripted sleeps exactly however busy the machine
    is, so that only the answer's own run, on the real clock, carries the noise that ``rtol`` allows for."""
    if rtol is None or _MEASURED_RTOL.get() is not None:  # inside another: its clock, this tolerance
        token = _MEASURED_RTOL.set(rtol if rtol is not None else _MEASURED_RTOL.get())
        try:
            yield
        finally:
            _MEASURED_RTOL.reset(token)
        return
    token, clock = _MEASURED_RTOL.set(rtol), _SleepsSkipped()
    real = {name: getattr(time, name) for name in ("sleep", "perf_counter", "perf_counter_ns")}
    for name in real:
        setattr(time, name, getattr(clock, name))
    try:
        yield
    finally:
        for name, function in real.items():
            setattr(time, name, function)
        _MEASURED_RTOL.reset(token)


_REAL_PERF_COUNTER, _REAL_PERF_COUNTER_NS = time.perf_counter, time.perf_counter_ns


class _SleepsSkipped:
    """A clock on which a sleep takes no time and is still measured: what was slept is added to the real
    ``perf_counter``'s reading (so that work between two readings still counts, and a wait for the clock ends)."""

    def __init__(self):
        self.slept = 0.0

    def sleep(self, seconds) -> None:
        if not isinstance(seconds, (int, float)):
            raise TypeError(f"'{type(seconds).__name__}' object cannot be interpreted as an integer")
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        self.slept += seconds

    def perf_counter(self) -> float:
        return _REAL_PERF_COUNTER() + self.slept

    def perf_counter_ns(self) -> int:
        return _REAL_PERF_COUNTER_NS() + round(self.slept * 1e9)


def builtin_class_name(error: BaseException) -> str:
    """The name of the first builtin class an error is an instance of (what a replay can compare)."""
    return next((k.__name__ for k in type(error).__mro__ if getattr(builtins, k.__name__, None) is k), "Exception")


def error_name(error: BaseException) -> str:
    """What a replay compares of an error: ``ForbiddenCall(<what it reached>)`` for a refused library call (a
    mistake of its own, not any failed assertion), the builtin class otherwise."""
    from course.testing import ForbiddenCall
    if not isinstance(error, ForbiddenCall):
        return builtin_class_name(error)
    what = str(error).partition("must not call ")[2].partition(": ")[0]  # which refusal it reached
    return f"ForbiddenCall({what})"


def _refused(refusals: tuple) -> contextlib.ExitStack:
    from course.testing import refusing
    stack = contextlib.ExitStack()
    for targets, reason, allow, in_forks in refusals:
        stack.enter_context(refusing(*targets, reason=reason, allow=allow, in_forks=in_forks))
    return stack


class NotPlain(Exception):
    """A value that cannot be copied and replayed here (an object of the student's process, say)."""


def plain_copy(value, depth: int = 0, memo: dict | None = None):
    """A copy of ``value`` that shares nothing with it: tensors detached and cloned (a leaf that needs a
    gradient still does), arrays copied, containers rebuilt, a generator in the same state; the tests' models
    and optimizers deep-copied together, so that a layer or an optimizer handed beside its model is still the
    copy's own; plain functions (the tests' own: the grader's remote objects are neither functions, modules nor
    optimizers to ``type()``) are shared; anything else is ``NotPlain``."""
    memo = {} if memo is None else memo
    if depth > 20:
        raise NotPlain("too deep")
    if type(value) in (int, float, bool, str, complex, bytes, type(None)):
        return value
    if isinstance(value, torch.Tensor):
        if type(value) not in (torch.Tensor, torch.nn.Parameter):
            raise NotPlain(type(value).__name__)
        if id(value) in memo:  # a parameter of a model copied before it
            return memo[id(value)]
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
        return type(value)(plain_copy(v, depth + 1, memo) for v in value)
    if type(value) is dict:
        return {plain_copy(k, depth + 1, memo): plain_copy(v, depth + 1, memo) for k, v in value.items()}
    if type(value) in (torch.dtype, torch.device, torch.Size, slice, range):
        return value
    if type(value) is torch.Generator:  # a generator the tests seeded: a copy draws the same numbers next
        twin = torch.Generator(value.device)
        twin.set_state(value.get_state())
        return twin
    if type(value) in (types.FunctionType, types.BuiltinFunctionType, functools.partial):
        return value  # a function the tests hand the answer (f(x), a loss) is theirs: shared, never copied
    if issubclass(type(value), torch.nn.Module) or (issubclass(type(value), torch.optim.Optimizer) and
                                                     type(value).__module__.startswith("torch.optim")):
        try:
            twin = copy.deepcopy(value, memo)
        except Exception as error:
            raise NotPlain(f"{type(value).__name__}: {error}") from None
        for mine, theirs in zip(_parameters(twin), _parameters(value)):  # a deep copy drops the gradients
            mine.grad = None if theirs.grad is None else theirs.grad.detach().clone()
        return twin
    raise NotPlain(type(value).__name__)


def _parameters(owner) -> list:
    if isinstance(owner, torch.nn.Module):
        return list(owner.parameters())
    return [p for group in owner.param_groups for p in group["params"]]


@dataclass
class Call:
    """One call of the exercise's function by its tests, as the grader saw it."""
    args: tuple
    kwargs: dict
    raised: str | None = None   # the builtin error class the answer raised (or ForbiddenCall), if it did
    result: object = None
    after: tuple = ()           # the positional inputs after the call (an answer may change them in place)
    refusals: tuple = ()        # the forbidden() refusals the call ran under: (targets, reason, allow, in_forks)
    state: tuple = ()           # the random state it was called in (``random_state()``), when it was recorded


def random_state() -> tuple:
    """This process's random state (torch's CPU generator, NumPy's, Python's) and torch's default dtype."""
    return SharedState.snapshot()


def set_random_state(state: tuple) -> None:
    SharedState.restore(state)


def tolerances(dtype) -> tuple[float, float]:
    rtol, atol = (RTOL64, ATOL64) if dtype in (torch.float64, torch.complex128) else (RTOL, ATOL)
    return max(rtol, _MEASURED_RTOL.get() or 0.0), atol


def same(a, b) -> bool:
    """Whether two outcomes agree: the same types, shapes, dtypes and need of a gradient, values within the
    course's tolerances."""
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        if not (isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor)) or a.shape != b.shape or \
                a.dtype != b.dtype or a.requires_grad != b.requires_grad:  # a detached loss is a mistake too
            return False
        if a.is_leaf and b.is_leaf and ((a.grad is None) != (b.grad is None) or
                                        (a.grad is not None and not same(a.grad, b.grad))):
            return False
        a, b = a.detach().cpu(), b.detach().cpu()
        if a.is_floating_point() or a.is_complex():
            rtol, atol = tolerances(a.dtype)
            return bool(torch.allclose(a, b, rtol=rtol, atol=atol, equal_nan=True))
        return bool(torch.equal(a, b))
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        if type(a) is not type(b) or a.shape != b.shape or a.dtype != b.dtype:
            return False
        if np.issubdtype(a.dtype, np.inexact):
            rtol, atol = tolerances(torch.float64 if a.dtype == np.float64 else torch.float32)
            return bool(np.allclose(a, b, rtol=rtol, atol=atol, equal_nan=True))
        return bool(np.array_equal(a, b))
    if type(a) is not type(b):
        return False
    if isinstance(a, torch.Generator):  # where it stands: how many numbers the call drew from it
        return bool(torch.equal(a.get_state(), b.get_state()))
    if isinstance(a, torch.optim.Optimizer):  # what a step left in it (momentum buffers, step counts)
        return same(a.state_dict(), b.state_dict())
    if isinstance(a, torch.nn.Module):  # what a call left in a model: modes, values, gradients, frozen or not
        return [m.training for m in a.modules()] == [m.training for m in b.modules()] and \
            _same_tensors(a.named_parameters(), b.named_parameters()) and \
            _same_tensors(a.named_buffers(), b.named_buffers())
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=tolerances(None)[0], abs_tol=ATOL)
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


def replay(function, call: Call, seed: int | None = None) -> Call:
    """``function`` called on fresh copies of ``call``'s inputs, under the same refusals (seeding torch first
    when ``seed`` is given)."""
    args, kwargs = plain_copy((call.args, call.kwargs))  # together: a layer in kwargs is its model's
    outcome = Call(args, kwargs)
    own = random_state()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()), \
            warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if call.state:  # an answer that draws from the global generator draws the same numbers here
            set_random_state(call.state)
        if seed is not None:
            torch.manual_seed(seed)
        try:
            with _refused(call.refusals):  # the call's forbidden() refusals hold for the replay too
                value = function(*args, **kwargs)
            outcome.result = plain_copy(value)
        except NotPlain:
            outcome.raised = "NotPlain"
        except Exception as error:
            outcome.raised = error_name(error)
        finally:
            set_random_state(own)
    outcome.after = plain_copy(args) if outcome.raised != "NotPlain" else ()
    return outcome


def agree(mine: Call, theirs: Call) -> bool:
    """Whether two calls ended alike: the same builtin error, or the same result and inputs afterwards."""
    if mine.raised or theirs.raised:
        return mine.raised == theirs.raised
    return same(mine.result, theirs.result) and same(mine.after, theirs.after)
