"""The verifier's worker: runs one submitted notebook's cells in a fresh, sandboxed Python process.

``prepare()`` runs once in the warm server (``course.sandbox.warm``), which then forks a
child per run; the child calls ``run(job, channel_fd)``.  The job (JSON, read by the
child from a pipe the verifier writes, so the server never sees it) holds the cells in order, each with its role (``setup`` for the course's own cells,
``answer`` for a student's answer, ``tests`` for the autograder tests), the cells to
skip, and the guard policy.  Before any student code it arms the guard and takes an
integrity snapshot; then it runs the cells with plain ``exec`` (no IPython, so no
input transformers, event hooks or custom exception handlers to hijack).  Around
every answer and tests cell it undoes and reports any patching, and before every
tests cell it also puts back the names that the course's own cells defined
(``assert_int``, ``torch``, ``device`` …), in case an answer rebound them.

It reports on the file descriptor named in the job, one line per event, each line
signed with the HMAC key from the job: ``{"event": "start", "cell": i}`` before a
cell runs, ``{"event": "end", "cell": i, "ok": …, "error": …, "flags": […]}`` after,
and ``{"event": "done"}``.  The parent trusts only signed lines, and decides pass or
fail and enforces the time and output limits itself.
"""

from __future__ import annotations

import ast
import base64
import builtins
import hmac
import io
import json
import linecache
import os
import sys
import traceback
import types

# Imported before the guard is armed and the snapshot taken: what the notebooks and their tests use.
PREIMPORTS = ("numpy", "torch", "torch.nn", "torch.nn.functional", "torch.optim", "torch.utils.data",
              "matplotlib", "matplotlib.pyplot", "course", "course.testing", "course.data", "course.plot",
              "course.receptive", "course.device", "course.summary", "course.tracebacks", "course.sandbox.calls")
CELL_PREFIX = {"setup": "<course cell", "tests": "<tests cell", "answer": "<answer cell"}
TRUSTED_PREFIXES = (CELL_PREFIX["setup"], CELL_PREFIX["tests"])


def _shown(value, limit: int) -> str:
    try:
        text = repr(value)
    except BaseException:
        text = f"<{type(value).__name__} object>"
    return text[:limit]


def _describe(error: BaseException) -> str:
    try:
        text = f"{type(error).__name__}: {error}"
    except BaseException:  # a submission's exception whose __str__ misbehaves
        text = f"{type(error).__name__}"
    return text.splitlines()[0][:300] if text else "error"


class _ShellStandIn:
    """What ``get_ipython()`` returns in the verifier: nothing happens, and reaching for IPython's hooks is reported.

    (In a Jupyter kernel these hooks can swallow tests cells or their errors; answers have no use for them.)"""
    HOOKS = frozenset({"input_transformers_cleanup", "input_transformers_post", "input_transformer_manager",
                       "ast_transformers", "events", "set_custom_exc", "CustomTB", "custom_exceptions",
                       "showtraceback", "_showtraceback", "showsyntaxerror", "run_cell", "run_cell_async",
                       "displayhook", "display_pub", "excepthook", "set_hook", "register_magic_function",
                       "user_ns", "user_global_ns", "kernel", "compile", "transform_cell", "should_run_async"})

    def __init__(self, report, trusted):
        object.__setattr__(self, "_report", report)
        object.__setattr__(self, "_trusted", trusted)  # filename -> bool: a library's or the course's own code

    def _by_student(self) -> bool:
        # a library reaching for the shell (matplotlib registers its display hook) is harmless: nothing happens
        return not self._trusted(sys._getframe(2).f_code.co_filename)

    def __getattr__(self, name):
        if name in self.HOOKS and self._by_student():
            self._report(f"reached for IPython's {name}")
        return _Whatever()

    def __setattr__(self, name, value):
        if self._by_student():
            self._report(f"reached for IPython's {name}")


class _Whatever:
    """Accepts any call, attribute or item and does nothing."""
    def __call__(self, *args, **kwargs):
        return self

    def __getattr__(self, name):
        return self

    def __getitem__(self, key):
        return self


class OutputLimitExceeded(BaseException):
    """A cell printed more than the limit (a BaseException, so `except Exception` in an answer cannot hide it)."""


class _Capture(io.TextIOBase):
    """sys.stdout or sys.stderr during a cell: keeps the text, in order, up to the shared limit."""

    def __init__(self, name: str, chunks: list, budget: list, limit: int):
        self.name, self.chunks, self.budget, self.limit = name, chunks, budget, limit

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self.budget[0] += len(text)
        if self.budget[0] > self.limit:
            raise OutputLimitExceeded(f"printed more than {self.limit // 1024} KB (the output limit)")
        self.chunks.append((self.name, text))
        return len(text)

    def writable(self):
        return True

    @property
    def encoding(self):
        return "utf-8"


def _stream_outputs(chunks: list) -> list[dict]:
    outputs: list[dict] = []
    for name, text in chunks:
        if outputs and outputs[-1]["name"] == name:
            outputs[-1]["text"] += text
        else:
            outputs.append({"output_type": "stream", "name": name, "text": text})
    return outputs


def _figures() -> list[dict]:
    """The cell's open matplotlib figures as PNG images (what Jupyter's inline backend shows), then closed."""
    import matplotlib.pyplot as plt
    images = []
    for number in plt.get_fignums():
        buffer = io.BytesIO()
        plt.figure(number).savefig(buffer, format="png", bbox_inches="tight")
        images.append({"output_type": "display_data", "metadata": {},
                       "data": {"image/png": base64.b64encode(buffer.getvalue()).decode(), "text/plain": "<Figure>"}})
    plt.close("all")
    return images


def _error_output(error: BaseException) -> dict:
    try:
        lines = traceback.format_exception(type(error), error, error.__traceback__.tb_next)
    except BaseException:
        lines = []
    return {"output_type": "error", "ename": type(error).__name__, "evalue": _describe(error).partition(": ")[2],
            "traceback": [line.rstrip("\n") for line in lines][-40:]}


def _compiled(source: str, filename: str):
    """(statements, last expression or None), like IPython: the value of a final expression is shown."""
    tree = ast.parse(source, filename)
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)  # for tracebacks
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
        return compile(tree, filename, "exec"), compile(last, filename, "eval")
    return compile(tree, filename, "exec"), None


def _is_tool(value) -> bool:
    """Values that the course's cells bind and the tests then use: modules, functions, classes."""
    return isinstance(value, (types.ModuleType, types.FunctionType, types.BuiltinFunctionType, type))


def _imported_modules(sources: list[str]) -> tuple[str, ...]:
    """Every module the course's own cells and the tests import (imported and watched before any answer runs)."""
    import ast
    names: dict[str, None] = {}
    for source in sources:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update((alias.name, None) for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names[node.module] = None
    return tuple(names)


def _names_used(code: types.CodeType) -> set[str]:
    """Every global name a tests cell (or a function it defines) looks up or binds."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _names_used(const)
    return names


def _protect_names(namespace: dict, course_names: dict, used: set[str]) -> list[str]:
    """Before a tests cell: put back the course's tools and the builtins that the cell uses."""
    flags = []
    if namespace.get("__builtins__") is not builtins:
        flags.append("replaced the notebook's __builtins__")
        namespace["__builtins__"] = builtins
    for name in sorted(used):
        if name in course_names and namespace.get(name) is not course_names[name]:
            flags.append(f"rebound `{name}`, which the tests use")
            namespace[name] = course_names[name]
        elif name not in course_names and name in namespace and hasattr(builtins, name) and not name.startswith("__") \
                and namespace[name] is not getattr(builtins, name):
            flags.append(f"shadowed the builtin `{name}`, which the tests use")
            del namespace[name]
    return flags


def _die_with_parent() -> None:
    """Linux: be killed when the grader goes (a grading run stopped midway leaves no worker behind)."""
    try:
        import ctypes
        ctypes.CDLL(None).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        pass


def _warm_up_optimizers() -> None:
    """Make one of each torch optimizer before the snapshot: the first one of a class hooks its class's
    ``step`` (for the profiler), which would otherwise look like a patch made by whichever cell came first."""
    import torch
    params = [torch.zeros(2, 2, requires_grad=True)]
    for name in dir(torch.optim):
        klass = getattr(torch.optim, name)
        if isinstance(klass, type) and issubclass(klass, torch.optim.Optimizer) and klass is not torch.optim.Optimizer:
            try:
                klass(params)
            except Exception:  # an optimizer that needs other arguments is hooked when a cell makes one
                pass


def prepare() -> None:
    """What every run needs and no student code has touched: done once, in the warm server, before any fork."""
    # `python -m` put the working folder (the submission's, writable) first on the path: a file the answer
    # writes there, say sklearn.py, must not replace a library that a tests cell imports later
    sys.path[:] = [p for p in sys.path if p not in ("", os.getcwd())]
    import importlib
    for name in PREIMPORTS:
        try:
            importlib.import_module(name)
        except Exception:  # a course cell will fail on it the same way, and say so
            pass
    import matplotlib
    matplotlib.use("Agg")
    _warm_up_optimizers()
    import IPython.display  # noqa: F401  (the stand-in shell and display() below)
    import course.sandbox.guard  # noqa: F401
    import course.sandbox.integrity  # noqa: F401


def run(job: dict, channel_fd: int, requests_fd: int | None = None, replies_fd: int | None = None) -> None:
    """Run one job's cells in this (freshly forked) process and report on ``channel_fd``; never returns.

    A tests cell that comes without its source (``"remote": true``) is run by the grader itself: this
    process answers its calls on ``requests_fd`` / ``replies_fd`` (``course.sandbox.calls``) until it ends."""
    _die_with_parent()
    channel = os.fdopen(channel_fd, "w", buffering=1, encoding="utf-8")
    signer = hmac.new(bytes.fromhex(job["key"]), digestmod="sha256")
    del job["key"]

    def send(message: dict) -> None:
        line = json.dumps(message, sort_keys=True)
        mac = signer.copy()
        mac.update(line.encode())
        channel.write(f"{mac.hexdigest()} {line}\n")

    os.environ.update(job["environment"])
    import importlib
    watched = _imported_modules([c["source"] for c in job["cells"] if c["role"] != "answer" and "source" in c])
    for name in watched:  # mostly imported already by prepare()
        try:
            importlib.import_module(name)
        except Exception:  # a course cell will fail on it the same way, and say so
            pass
    from course.sandbox.guard import arm
    from course.sandbox.integrity import Snapshot

    import IPython
    drain = arm({**job["policy"], "trusted_prefixes": list(TRUSTED_PREFIXES), "warnings_to_stdout": True})
    real_stdout, real_stderr = sys.stdout, sys.stderr
    output_limit = int(job["output_limit"])
    snapshot = Snapshot.take(tuple(job["policy"]["library"]), watched)
    shell_flags: list[str] = []
    library = [os.path.realpath(p) for p in job["policy"]["library"]]

    def trusted(filename: str) -> bool:
        if filename.startswith("<"):
            return filename.startswith(("<frozen ", *TRUSTED_PREFIXES))
        real = os.path.realpath(filename)
        return any(real == root or real.startswith(root + os.sep) for root in library)

    shell = _ShellStandIn(shell_flags.append, trusted)
    IPython.get_ipython = IPython.core.getipython.get_ipython = lambda: shell
    from IPython.display import display
    namespace: dict = {"__name__": "__main__", "__builtins__": builtins, "get_ipython": lambda: shell,
                       "display": display}
    course_names: dict[str, object] = {}  # name → value, for the tools the course's own cells defined
    skip = set(job["skip"])
    calls = None
    if requests_fd is not None:
        from course.sandbox.calls import CallServer
        calls = CallServer(namespace, requests_fd, replies_fd)
    send({"event": "ready"})

    for cell in job["cells"]:
        index, role = cell["index"], cell["role"]
        if index in skip:
            continue
        flags: list[str] = []
        if cell.get("remote"):
            flags += snapshot.restore()
            send({"event": "start", "cell": index})
            chunks, budget = [], [0]
            sys.stdout = _Capture("stdout", chunks, budget, output_limit)
            sys.stderr = _Capture("stderr", chunks, budget, output_limit)
            try:
                calls.serve_cell()
            except BaseException:  # the channel broke: the grader has stopped this cell already
                pass
            finally:
                sys.stdout, sys.stderr = real_stdout, real_stderr
            try:
                outputs = _stream_outputs(chunks) + _figures()
            except BaseException as exc:
                outputs = _stream_outputs(chunks) + [_error_output(exc)]
            flags += snapshot.restore() + drain() + shell_flags
            shell_flags.clear()
            send({"event": "end", "cell": index, "ok": True, "error": "", "flags": flags, "outputs": outputs})
            continue
        try:
            code, last = _compiled(cell["source"], f"{CELL_PREFIX[role]} {index}>")
        except BaseException as exc:  # a syntax error in an answer
            code, last, compile_error = None, None, exc
        if role == "tests" and code is not None:
            used = _names_used(code) | (_names_used(last) if last else set())
            flags += snapshot.restore() + _protect_names(namespace, course_names, used)
        before = dict(namespace) if role == "setup" else None
        send({"event": "start", "cell": index})
        ok, error, chunks, budget, outputs = True, "", [], [0], []
        sys.stdout = _Capture("stdout", chunks, budget, output_limit)
        sys.stderr = _Capture("stderr", chunks, budget, output_limit)
        try:
            if code is None:
                raise compile_error
            exec(code, namespace)
            if last is not None:
                value = eval(last, namespace)
                if value is not None:
                    outputs.append({"output_type": "execute_result", "metadata": {}, "execution_count": None,
                                    "data": {"text/plain": _shown(value, output_limit)}})
        except BaseException as exc:  # a failing cell, SystemExit and KeyboardInterrupt included
            ok, error = False, _describe(exc)
            outputs.append(_error_output(exc))
        finally:
            sys.stdout, sys.stderr = real_stdout, real_stderr
        try:
            outputs = _stream_outputs(chunks) + _figures() + outputs
        except BaseException as exc:  # a figure that cannot be drawn
            outputs = _stream_outputs(chunks) + outputs + [_error_output(exc)]
        flags += snapshot.restore() + drain() + shell_flags
        shell_flags.clear()
        if before is not None:
            for name, value in namespace.items():
                if _is_tool(value) and before.get(name) is not value:
                    course_names[name] = value
        send({"event": "end", "cell": index, "ok": ok, "error": error, "flags": flags, "outputs": outputs})
    send({"event": "done"})
    channel.flush()
    os._exit(0)  # skip atexit handlers and finalizers a submission may have registered
