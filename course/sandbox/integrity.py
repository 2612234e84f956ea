"""Inside the verifier's worker: notice and undo monkeypatching of what the tests rely on.

``Snapshot.take()`` runs before any student code and remembers every function, class
and module that the tests use through NumPy, PyTorch, ``course``, ``math``, ``operator``
and the builtins, the public methods of the PyTorch and ``course`` classes, the
interpreter's hooks (trace, profile, except, display, import machinery), the modules
registered in ``sys.modules`` and the signal handlers.  ``restore()`` compares the
present with it, puts back whatever differs, and returns one line per difference:
the worker calls it after every answer cell and around every tests cell, so a patch
is both undone before the tests run and reported against the exercise that made it.
"""

from __future__ import annotations

import os
import signal
import sys
import types

# Modules whose public callables the tests use; for `course.*` private helpers count as well.
_MODULES = ("builtins", "math", "operator", "functools", "itertools", "random", "copy", "numbers", "json",
            "numpy", "numpy.testing", "numpy.linalg", "numpy.random",
            "torch", "torch.nn", "torch.nn.functional", "torch.nn.init", "torch.testing", "torch.linalg",
            "torch.autograd", "torch.optim", "torch.utils.data", "torch.random", "torch.nn.modules.module",
            "sklearn.metrics", "course", "course.testing", "course.data", "course.device", "course.receptive",
            "course.plot", "course.summary", "course.tracebacks", "course.sandbox.integrity")
_CLASS_PACKAGES = ("torch", "course")
_HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: a class whose attributes Python code can change
_SYS_HOOKS = ("excepthook", "displayhook", "breakpointhook", "unraisablehook")


def _tracked(name: str, value) -> bool:
    return callable(value) or isinstance(value, types.ModuleType)


class Snapshot:
    def __init__(self):
        self.modules: dict[str, tuple[types.ModuleType, dict]] = {}
        self.classes: dict[type, dict] = {}
        self.hooks: dict[str, object] = {}
        self.handlers: dict[int, object] = {}
        self.codes: dict[int, tuple] = {}   # id → (function, its code, defaults, keyword defaults)

    @classmethod
    def take(cls, library_roots: tuple[str, ...] = (), modules: tuple[str, ...] = ()) -> "Snapshot":
        """``modules``: more modules to watch besides the usual ones (those the tests import)."""
        snap = cls()
        snap.library_roots = tuple(os.path.realpath(r) for r in library_roots)
        for name in dict.fromkeys(_MODULES + tuple(modules)):
            module = sys.modules.get(name)
            if module is None:
                continue
            private_too = name == "builtins" or name.startswith("course")
            attrs = {k: v for k, v in vars(module).items()
                     if (private_too or not k.startswith("_")) and _tracked(k, v)}
            snap.modules[name] = (module, attrs)
            for value in attrs.values():
                if isinstance(value, type) and value.__flags__ & _HEAP_TYPE and \
                        getattr(value, "__module__", "").split(".")[0] in _CLASS_PACKAGES:
                    for klass in value.__mro__:
                        if klass is not object and klass.__flags__ & _HEAP_TYPE and klass not in snap.classes:
                            snap.classes[klass] = _behaviour(klass)
        for _, attrs in snap.modules.values():
            snap._remember_code(attrs.values())
        for attrs in snap.classes.values():
            snap._remember_code(attrs.values())
        snap.hooks = snap._hooks()
        snap.handlers = _signal_handlers()
        return snap

    def _remember_code(self, values) -> None:
        """The code of each Python function: replacing ``f.__code__`` keeps ``f`` itself, so identities miss it."""
        for value in values:
            function = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
            if type(function) is types.FunctionType:
                kwdefaults = function.__kwdefaults__
                self.codes[id(function)] = (function, function.__code__, function.__defaults__,
                                            None if kwdefaults is None else dict(kwdefaults))

    def _library_wrapper(self, new, old) -> bool:
        """``new`` is a library's own wrapper around ``old`` (its code in the Python installation)."""
        if type(new) is not types.FunctionType or not self.library_roots:
            return False
        filename = os.path.realpath(new.__code__.co_filename)
        if not any(filename.startswith(root + os.sep) for root in self.library_roots):
            return False
        inner = new
        for _ in range(5):
            inner = vars(inner).get("__wrapped__") if type(inner) is types.FunctionType else None
            if inner is old:
                return True
        return False

    @staticmethod
    def _hooks() -> dict[str, object]:
        hooks = {name: getattr(sys, name) for name in _SYS_HOOKS}
        hooks["trace"], hooks["profile"] = sys.gettrace(), sys.getprofile()
        hooks["meta_path"], hooks["path_hooks"] = tuple(sys.meta_path), tuple(sys.path_hooks)
        hooks["path"] = tuple(sys.path)
        return hooks

    def restore(self) -> list[str]:
        """Undo every change since ``take()``; one line per change."""
        changes: list[str] = []
        for name, (module, attrs) in self.modules.items():
            if sys.modules.get(name) is not module:
                changes.append(f"replaced the module {name} in sys.modules")
                sys.modules[name] = module
            current = vars(module)
            for key, value in attrs.items():
                if current.get(key, _MISSING) is not value and self._library_wrapper(current.get(key), value):
                    attrs[key] = current[key]  # PyTorch wraps some functions lazily (e.g. for torch.compile)
                elif current.get(key, _MISSING) is not value:
                    changes.append(f"replaced {name}.{key}" if key in current else f"deleted {name}.{key}")
                    current[key] = value
        for klass, attrs in self.classes.items():
            current = _behaviour(klass)
            for key, value in attrs.items():
                if current.get(key, _MISSING) is not value and self._library_wrapper(current.get(key), value):
                    attrs[key] = current[key]  # e.g. torch.optim hooks each optimizer class's step once
                elif current.get(key, _MISSING) is not value and not _same_descriptor(current.get(key), value):
                    changes.append(f"changed {klass.__module__}.{klass.__qualname__}.{key}")
                    setattr(klass, key, value)
            for key in current.keys() - attrs.keys():
                if not key.startswith("_abc_"):  # caches that abc fills in by itself
                    changes.append(f"added {klass.__module__}.{klass.__qualname__}.{key}")
                    delattr(klass, key)
        for function, code, defaults, kwdefaults in self.codes.values():
            if function.__code__ is not code or function.__defaults__ is not defaults or \
                    function.__kwdefaults__ != kwdefaults:
                changes.append(f"changed the code of {function.__module__}.{function.__qualname__}")
                function.__code__, function.__defaults__ = code, defaults
                function.__kwdefaults__ = None if kwdefaults is None else dict(kwdefaults)
        hooks = self._hooks()
        for name, value in self.hooks.items():
            if not _identical(hooks[name], value):
                changes.append(f"changed sys.{name}" if name not in ("trace", "profile") else f"installed a {name} function")
        sys.settrace(self.hooks["trace"])
        sys.setprofile(self.hooks["profile"])
        for name in _SYS_HOOKS:
            setattr(sys, name, self.hooks[name])
        sys.meta_path[:] = self.hooks["meta_path"]
        sys.path_hooks[:] = self.hooks["path_hooks"]
        sys.path[:] = self.hooks["path"]
        for number, handler in _signal_handlers().items():
            if number in self.handlers and handler is not self.handlers[number]:
                changes.append(f"changed the handler of {signal.Signals(number).name}")
                signal.signal(number, self.handlers[number])
        return changes


_MISSING = object()


def _behaviour(klass: type) -> dict:
    """A class's methods and properties (its data, such as counters, may change as it is used)."""
    return {k: v for k, v in vars(klass).items()
            if callable(v) or isinstance(v, (staticmethod, classmethod, property))}


def _identical(a, b) -> bool:
    """Identity, element by element for tuples (never the objects' own ``==``, which a submission may define)."""
    if type(a) is tuple and type(b) is tuple:
        return len(a) == len(b) and all(x is y for x, y in zip(a, b))
    return a is b


def _same_descriptor(a, b) -> bool:
    # `vars(cls)` builds new wrapper objects for some slots on every call; equal ones are unchanged
    return a is not None and type(a) is type(b) and a == b


def _signal_handlers() -> dict[int, object]:
    handlers = {}
    for number in signal.valid_signals():
        try:
            handler = signal.getsignal(number)
        except (OSError, ValueError):
            continue
        if handler is not None:
            handlers[number] = handler
    return handlers
