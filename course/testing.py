"""Strict assertions for the tests cells of the notebooks.

Every check verifies the *type* first (``type(x) is int``, an exact
``torch.Tensor``, an exact ``numpy.ndarray``), so an answer that only pretends
to be a number or a tensor fails before any of its own methods run.  Values are
then compared with plain Python arithmetic on copies we made ourselves.

A failure raises ``AssertionError`` whose message says what was expected, what
came, and where the first difference is.  Nothing here writes to stderr:
nbgrader scores a tests cell with any stderr output as 0.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import types
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

import numpy as np
import torch
from torch.overrides import TorchFunctionMode
from torch.utils._python_dispatch import TorchDispatchMode

__all__ = [
    "assert_int",
    "assert_float",
    "assert_bool",
    "assert_int_list",
    "assert_array",
    "assert_tensor",
    "assert_raises",
    "forbidden",
    "ForbiddenCall",
    "AUTOGRAD",
    "CROSS_ENTROPY",
    "ImpostorError",
    "beside",
]


class ImpostorError(AssertionError):
    """The answer is an object of its own class that imitates a number, list, array or tensor.

    The grader flags a submission whose tests fail with this error."""


# Methods through which an object can pass for a number, a list, an array or a tensor.
_IMITATION = frozenset({"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__int__", "__float__",
                        "__index__", "__bool__", "__len__", "__iter__", "__getitem__", "__array__",
                        "__torch_function__", "__getattr__", "__getattribute__", "__class__", "__hash__",
                        "__abs__", "__sub__", "__rsub__", "__float__", "__complex__", "__round__"})
_LIBRARIES = frozenset({"builtins", "numpy", "torch", "collections", "fractions", "decimal", "numbers"})


def _remote(value: Any) -> bool:
    """An object of the answer's process, seen from the grader's (``course.grading.trusted_tests.Remote``)."""
    trusted = sys.modules.get("course.grading.trusted_tests")
    return trusted is not None and trusted.is_remote(value)


def _imitates(value: Any) -> bool:
    """``value``'s class, or one it inherits from, is the answer's own and redefines how it compares or converts."""
    if _remote(value):
        return sys.modules["course.grading.trusted_tests"].imitates(value)
    for klass in type(value).__mro__:
        module = vars(klass).get("__module__", "builtins")
        if isinstance(module, str) and module.split(".")[0] in _LIBRARIES:
            continue
        if _IMITATION & set(vars(klass)) or any(base in type(value).__mro__ for base in
                                                  (int, float, bool, list, tuple, np.ndarray, torch.Tensor)):
            return True
    return False


def _fail(name: str, message: str) -> None:
    __tracebackhide__ = True  # IPython and pytest show the test's line, not the checker's
    raise AssertionError(f"{name}: {message}")


def _wrong_type(name: str, actual: Any, message: str) -> None:
    __tracebackhide__ = True
    if _imitates(actual):
        raise ImpostorError(f"{name}: {message}; it is an object of the answer's own class "
                            f"{type(actual).__qualname__}, made to look like the expected value")
    _fail(name, message)


def _show(value: Any, limit: int = 80) -> str:
    try:
        text = repr(value)
    except Exception:  # an object whose repr raises must not hide the real failure
        text = f"<{type(value).__name__} object>"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _kind(value: Any) -> str:
    return type(value).__name__  # for the answer's objects seen from the grader, the name of their class


def assert_int(actual: Any, expected: int, name: str = "result") -> None:
    """``actual`` is a plain Python ``int`` (not bool, not a NumPy or torch scalar) equal to ``expected``."""
    __tracebackhide__ = True
    if type(actual) is not int:
        hint = ""
        if isinstance(actual, float):
            hint = " (a float is not an int: integer arithmetic such as // keeps ints, or convert the result with int(...))"
        elif isinstance(actual, (torch.Tensor, np.generic, np.ndarray)):
            hint = " (convert with int(...))"
        _wrong_type(name, actual, f"expected the int {expected}, got {_show(actual)} of type {_kind(actual)}{hint}")
    if actual != expected:
        _fail(name, f"expected {expected}, got {actual}")


def assert_float(actual: Any, expected: float, name: str = "result", *, rtol: float = 1e-6, atol: float = 1e-9) -> None:
    """``actual`` is a Python ``float`` (an ``int`` is accepted) within tolerance of ``expected``."""
    __tracebackhide__ = True
    if type(actual) not in (float, int):
        _wrong_type(name, actual, f"expected a Python float close to {expected!r}, got {_show(actual)} of type {_kind(actual)}"
              " (convert a tensor with .item())")
    actual = float(actual)
    if math.isnan(actual) and not math.isnan(expected):
        _fail(name, f"expected {expected!r}, got nan")
    if not math.isclose(actual, expected, rel_tol=rtol, abs_tol=atol) and not (math.isnan(actual) and math.isnan(expected)):
        _fail(name, f"expected {expected!r}, got {actual!r} (difference {abs(actual - expected):.3g}, "
                    f"allowed {atol + rtol * abs(expected):.3g})")


def assert_bool(actual: Any, expected: bool, name: str = "result") -> None:
    """``actual`` is exactly ``True`` or ``False`` and equals ``expected``."""
    __tracebackhide__ = True
    if type(actual) is not bool:
        _wrong_type(name, actual, f"expected the bool {expected}, got {_show(actual)} of type {_kind(actual)}")
    if actual is not expected:
        _fail(name, f"expected {expected}, got {actual}")


def assert_int_list(actual: Any, expected: Sequence[int], name: str = "result") -> None:
    """``actual`` is a ``list`` of plain ints equal to ``expected``."""
    __tracebackhide__ = True
    if type(actual) is not list:
        _wrong_type(name, actual, f"expected a list like {list(expected)}, got {_show(actual)} of type {_kind(actual)}")
    if len(actual) != len(expected):
        _fail(name, f"expected {len(expected)} items {list(expected)}, got {len(actual)}: {_show(actual)}")
    for i, (a, e) in enumerate(zip(actual, expected)):
        if type(a) is not int:
            _wrong_type(name, a, f"item [{i}] should be an int, got {_show(a)} of type {_kind(a)}")
        if a != e:
            _fail(name, f"expected {list(expected)}, got {actual}; first difference at [{i}]: expected {e}, got {a}")


def _first_mismatch(actual: np.ndarray, expected: np.ndarray, rtol: float, atol: float):
    """Index, actual and expected value of the first element outside tolerance, or None."""
    a = actual.astype(np.float64, copy=False) if actual.dtype != np.bool_ else actual
    e = expected.astype(np.float64, copy=False) if expected.dtype != np.bool_ else expected
    if a.dtype == np.bool_ or e.dtype == np.bool_:
        bad = a != e
    else:
        a_nan, e_nan = np.isnan(a), np.isnan(e)
        with np.errstate(invalid="ignore", over="ignore"):
            close = np.abs(a - e) <= atol + rtol * np.abs(e)
            close |= a == e  # equal infinities
        bad = ~(close | (a_nan & e_nan))
    if not bad.any():
        return None
    where = tuple(int(i) for i in np.argwhere(bad)[0])
    return where, actual[where], expected[where], int(bad.sum())


def _compare_values(name: str, actual: np.ndarray, expected: np.ndarray, rtol: float, atol: float) -> None:
    __tracebackhide__ = True
    if actual.dtype.kind == "f" and np.isnan(actual).any() and not np.isnan(expected).any():
        where = tuple(int(i) for i in np.argwhere(np.isnan(actual))[0])
        _fail(name, f"contains NaN (first at index {list(where)}); expected finite values")
    if actual.dtype.kind == "f" and np.isinf(actual).any() and not np.isinf(expected).any():
        where = tuple(int(i) for i in np.argwhere(np.isinf(actual))[0])
        _fail(name, f"contains inf (first at index {list(where)}); expected finite values")
    mismatch = _first_mismatch(actual, expected, rtol, atol)
    if mismatch is not None:
        where, a, e, count = mismatch
        _fail(name, f"{count} of {expected.size} values differ; first at index {list(where)}: "
                    f"expected {e.item()!r}, got {a.item()!r} (rtol={rtol:g}, atol={atol:g})")


def assert_array(actual: Any, expected: Any, name: str = "result", *, rtol: float = 1e-6, atol: float = 1e-8,
                 dtype: Any = None) -> None:
    """``actual`` is a ``numpy.ndarray`` with the expected shape (and ``dtype`` if given) close to ``expected``."""
    __tracebackhide__ = True
    expected = np.asarray(expected)
    if type(actual) is not np.ndarray:
        _wrong_type(name, actual, f"expected a numpy.ndarray of shape {expected.shape}, got {_show(actual)} "
                    f"of type {_kind(actual)}")
    if dtype is not None and actual.dtype != np.dtype(dtype):
        _fail(name, f"expected dtype {np.dtype(dtype)}, got {actual.dtype}")
    if actual.shape != expected.shape:
        _fail(name, f"expected shape {expected.shape}, got {actual.shape}")
    _compare_values(name, np.array(actual, copy=True), expected, rtol, atol)


def assert_tensor(actual: Any, expected: Any, name: str = "result", *, rtol: float = 1e-5, atol: float = 1e-6,
                  dtype: torch.dtype | None = None, device: Any = None) -> None:
    """``actual`` is an exact ``torch.Tensor`` with the expected dtype, shape and device, close to ``expected``.

    ``dtype`` defaults to the dtype of ``expected`` when that is a tensor.  ``device``, when given,
    is compared by type (``cpu`` or ``cuda``), so the same test passes on either machine.
    """
    __tracebackhide__ = True
    if type(expected) is not torch.Tensor:
        expected = torch.as_tensor(expected)
    if type(actual) is not torch.Tensor:
        _wrong_type(name, actual, f"expected a torch.Tensor of shape {tuple(expected.shape)}, got {_show(actual)} "
                    f"of type {_kind(actual)}")
    want_dtype = dtype if dtype is not None else expected.dtype
    if actual.dtype != want_dtype:
        _fail(name, f"expected dtype {want_dtype}, got {actual.dtype}")
    if tuple(actual.shape) != tuple(expected.shape):
        _fail(name, f"expected shape {tuple(expected.shape)}, got {tuple(actual.shape)}")
    if device is not None and actual.device.type != torch.device(device).type:
        _fail(name, f"expected a tensor on {torch.device(device).type}, got one on {actual.device.type}")
    actual_np = actual.detach().to("cpu", copy=True).resolve_conj().resolve_neg().numpy()
    expected_np = expected.detach().to("cpu").numpy()
    _compare_values(name, actual_np, expected_np, rtol, atol)


def assert_raises(exception: type[BaseException], function, *args, name: str = "call", **kwargs) -> None:
    """Calling ``function(*args, **kwargs)`` raises ``exception`` (or a subclass)."""
    __tracebackhide__ = True
    try:
        function(*args, **kwargs)
    except exception:
        return
    except Exception as error:  # noqa: BLE001 - report what came instead
        _fail(name, f"expected {exception.__name__}, got {type(error).__name__}: {error}")
    _fail(name, f"expected {exception.__name__} to be raised, but the call returned normally")


class ForbiddenCall(AssertionError):
    """The answer reached a function the exercise re-implements (an ``AssertionError``: a failed check)."""


def _label(target: Any) -> str:
    if isinstance(target, str):
        return f"aten.{target}"
    if isinstance(target, types.ModuleType):
        return f"{target.__name__} (any of its functions)"
    if isinstance(target, (torch._ops.OpOverloadPacket, torch._ops.OpOverload)):
        return f"torch.ops.{target}"
    module = getattr(target, "__module__", None) or ""
    module = {"torch._C._nn": "torch.nn.functional", "torch._C._VariableFunctions": "torch",
              "torch._C": "torch"}.get(module, module)
    return f"{module}.{getattr(target, '__name__', repr(target))}".lstrip(".")


class _RefuseOperators(TorchDispatchMode):
    """Refuses ATen operators by name, below every alias: ``F.conv2d``, ``torch.convolution``,
    ``nn.Conv2d`` and ``torch.ops.aten.convolution`` all reach ``aten.convolution``."""

    def __init__(self, names: frozenset[str], allow, message: str):
        super().__init__()
        self.names, self.allow, self.message = names, allow, message

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        name = func.overloadpacket.__name__ if hasattr(func, "overloadpacket") else str(func)
        if name in self.names and not (self.allow and self.allow(name, args, kwargs)):
            raise ForbiddenCall(self.message.format(what=f"{getattr(func, 'namespace', 'aten')}.{name}"))
        return func(*args, **kwargs)


class _RefuseFunctions(TorchFunctionMode):
    """Refuses PyTorch functions by identity, for those that decompose into operators an answer may use
    (``F.adaptive_avg_pool2d(x, 1)`` is just ``aten.mean``); and library functions written in Python, which
    PyTorch never sees as one call, by their code: a tensor operation with one of them on the stack."""

    def __init__(self, functions: tuple, allow, message: str):
        super().__init__()
        self.functions, self.allow, self.message = functions, allow, message
        self.codes = {f.__code__: f for f in functions if isinstance(f, types.FunctionType)}
        # a package: every file under its folder; a module: its file
        self.files = {(os.path.dirname(m.__file__) + os.sep if os.path.basename(m.__file__) == "__init__.py"
                       else m.__file__): m for m in functions if isinstance(m, types.ModuleType) and m.__file__}

    def _running(self):
        frame = sys._getframe(2)
        while frame is not None:
            if frame.f_code in self.codes:
                return self.codes[frame.f_code]
            filename = frame.f_code.co_filename
            for prefix, module in self.files.items():
                if filename.startswith(prefix):
                    return module
            frame = frame.f_back
        return None

    def __torch_function__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        refused = next((f for f in self.functions if func is f), None) or (
            self._running() if self.codes or self.files else None)
        if refused is not None and not (self.allow and self.allow(refused, args, kwargs)):
            raise ForbiddenCall(self.message.format(what=_label(refused)))
        return func(*args, **kwargs)


# Refusal sets that several exercises share: pass them to `forbidden(*AUTOGRAD, ...)`.
# Autograd, by function: `torch.func` and `torch.autograd.functional` go through these.
AUTOGRAD = (torch.autograd.grad, torch.autograd.backward, torch.Tensor.backward)
# PyTorch's cross-entropy and NLL losses under every name: the NLL operators cover index targets; with
# probability targets F.cross_entropy decomposes into ordinary operators, so its functions are refused by identity.
CROSS_ENTROPY = ("nll_loss_forward", "nll_loss2d_forward",
                 torch.nn.functional.cross_entropy, torch.nn.functional.nll_loss, torch._C._nn.cross_entropy_loss,
                 torch._C._nn.nll_loss, torch._C._nn.nll_loss_nd, torch._C._nn.nll_loss2d,
                 torch.ops.aten.cross_entropy_loss, torch.ops.aten.cross_entropy_loss.default)


# While the grader runs a tests cell itself (course.grading.trusted_tests), the answer runs in another process:
# each active forbidden() is also sent with every call into it, as a list of refusals that process applies.
_REMOTE_REFUSALS: list[list[dict]] = []
_BESIDE: list = []   # while the grader runs a tests cell: how to call a library function in the answer's process


def beside(function):
    """``function`` (a library's or the course's, importable by name) to be run where the answer runs.

    For the part of a test that must use the answer's objects at length, training the answer's model say:
    ``beside(course.training.fit)(model, x, y, steps=20)``.  When the grader runs the tests itself, outside
    the student's process, the call runs in the student's process, on the answer's own objects, and only its
    result (plain data) comes back; the expected values stay with the grader.  Anywhere else (a student's
    kernel) it is ``function`` itself."""
    def call(*args, **kwargs):
        if _BESIDE:
            return _BESIDE[-1](function, args, kwargs)
        return function(*args, **kwargs)
    call.__name__ = getattr(function, "__name__", "beside")
    return call


def _target_spec(target: Any):
    """A refusal target as plain data: an operator name, or where to import the function or module from."""
    if isinstance(target, str):
        return target
    if isinstance(target, (torch._ops.OpOverloadPacket, torch._ops.OpOverload)):
        return {"t": "ref", "module": "torch", "qualname": f"ops.{target}"}
    from course.sandbox.calls import library_path
    path = library_path(target)
    if path is None:
        raise TypeError(f"forbidden() cannot refuse {target!r} in the answer's process: name a library's function")
    return {"t": "ref", "module": path[0], "qualname": path[1]}


@contextmanager
def forbidden(*targets: Any, reason: str = "compute it yourself", allow=None,
              in_forks: bool = True) -> Iterator[None]:
    """While active, reaching any of ``targets`` raises ``AssertionError`` inside the answer.

    For exercises that re-implement a library function.  A target is either the name of an ATen
    operator (``"convolution"``, ``"_softmax"``), refused at PyTorch's dispatcher so that every alias
    of it is refused too (``from torch.nn.functional import conv2d``, ``torch.convolution``,
    ``nn.Conv2d``, ``torch.ops.aten.convolution``; operators of other libraries too, ``"nms"`` for
    ``torchvision::nms``), or a PyTorch function (``F.adaptive_avg_pool2d``), refused by identity through a
    ``TorchFunctionMode`` wherever it is called from, or a library function written in Python
    (``torchvision.ops.box_iou``), or a whole library module (``torchvision.ops``), refused whenever a
    tensor operation runs inside it:

    >>> with forbidden("_softmax", "_log_softmax", reason="subtract the max and exponentiate"):
    ...     result = softmax(logits)

    ``allow(target, args, kwargs) -> bool`` lets some calls through (``groups == 1`` convolutions).
    ``in_forks=False`` refuses them only in the process the answer is called in, not in the processes it
    forks (the ranks of ``course.distributed.run_ranks``, which must compute what the caller must not).
    The modes are removed on exit, even when the answer raises.
    """
    __tracebackhide__ = True
    for target in targets:
        if not (isinstance(target, (str, types.ModuleType)) or callable(target)):
            raise TypeError(f"forbidden() takes ATen operator names, PyTorch functions or modules, not {target!r}")
    with contextlib.ExitStack() as stack:
        if _REMOTE_REFUSALS:
            # `allow` stays here: the answer's process asks it, with the call's tensors as shapes and dtypes only
            entry = ({"targets": [_target_spec(t) for t in targets], "reason": reason, "ask": allow is not None,
                      "in_forks": in_forks is not False}, allow)
            for refusals in _REMOTE_REFUSALS:
                refusals.append(entry)
                stack.callback(refusals.remove, entry)
            yield  # the answer runs there; the tests' own computations here are not refused
            return
        stack.enter_context(refusing(*targets, reason=reason, allow=allow, in_forks=in_forks))
        yield


@contextmanager
def refusing(*targets: Any, reason: str, allow=None, in_forks: bool = True) -> Iterator[None]:
    """``forbidden()``'s refusal in this process (the answer's process applies the grader's with it)."""
    if in_forks is False:
        here, ask = os.getpid(), allow
        # a forked process inherits the modes: there they let everything through (and never ask the grader)
        allow = lambda target, args, kwargs: os.getpid() != here or bool(ask and ask(target, args, kwargs))
    names = frozenset(t for t in targets if isinstance(t, str))
    functions = tuple(t for t in targets if not isinstance(t, str))
    message = f"this exercise must not call {{what}}: {reason}"
    with contextlib.ExitStack() as stack:
        if functions:
            stack.enter_context(_RefuseFunctions(functions, allow, message))
        if names:
            stack.enter_context(_RefuseOperators(names, allow, message))
        yield
