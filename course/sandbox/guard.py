"""Runs first inside every process that executes student code: resource limits and an audit hook.

``arm(policy)`` is called before any student code, in the verifier's worker (the process that
runs a notebook when grading).  It sets the memory and file-size limits and installs a
:func:`sys.addaudithook` hook.  An audit hook cannot be removed once installed, so
student code cannot switch it off; it sees every ``open``, every attempt to start a
program, load native code, trace or inspect frames, and refuses the ones a
submission has no business doing (``PermissionError``), recording each refusal so
the grader can flag the submission.

What it blocks (see the README's "Sandbox" section for what it cannot block):
- opening, listing or changing files outside the submission's own folder and a private
  temporary folder, except reading the Python installation and the ``course`` package;
- starting programs, forking, sending signals, loading native code through ``ctypes``
  (the one exception: ``course.distributed`` may fork a few ranks per run, see ``_RANK_FORKS``);
- reaching other code's frames or objects (``sys._getframe``, ``inspect.stack``,
  traceback and generator frames, ``gc.get_objects``), tracing, new audit hooks,
  forging code objects, when student code asks for them.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
import warnings

# Events the hook looks at; every other event returns at the first line (the hook runs very often).
_FILE_EVENTS = {"open": 1, "os.listdir": 0, "os.scandir": 0, "glob.glob": 0, "sqlite3.connect": 0}
_CHANGE_EVENTS = {"os.remove", "os.rmdir", "os.mkdir", "os.rename", "os.symlink", "os.link", "os.chmod",
                  "os.chown", "os.truncate", "os.utime", "shutil.rmtree", "os.chflags", "os.setxattr",
                  "os.removexattr"}
_PROCESS_EVENTS = {"subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
                   "os.forkpty", "pty.spawn", "os.kill", "os.killpg", "signal.pthread_kill", "os.startfile"}
_STUDENT_ONLY_EVENTS = {"sys._getframe", "sys._current_frames", "gc.get_objects", "gc.get_referrers",
                        "gc.get_referents", "sys.settrace", "sys.setprofile", "sys.addaudithook",
                        "code.__new__", "ctypes.dlopen", "ctypes.dlsym", "ctypes.call_function",
                        "ctypes.cdata", "ctypes.addressof", "ctypes.string_at", "ctypes.wstring_at",
                        "ctypes.set_errno", "ctypes.get_errno", "compile", "object.__getattr__",
                        "socket.__new__", "socket.connect", "socket.bind"}
_WATCHED = frozenset([*_FILE_EVENTS, *_CHANGE_EVENTS, *_PROCESS_EVENTS, *_STUDENT_ONLY_EVENTS])
_FRAME_ATTRIBUTES = frozenset({"tb_frame", "gi_frame", "cr_frame", "ag_frame", "f_back", "f_locals", "f_globals"})
# Library helpers that act for their caller (hand it frames, load the library it names): the caller is the one asking.
_FRAME_HELPERS = ("/inspect.py", "/traceback.py", "/ctypes/__init__.py")
# `course.distributed.run_ranks` forks the ranks of a distributed exercise: it alone may fork, this many times per
# armed process (a notebook run), and never inside a rank, so ranks cannot start ranks.
_RANK_FORKS = 24
_RANK_FORKER = os.path.realpath(os.path.join(os.path.dirname(__file__), os.pardir, "distributed.py"))
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC


class _Policy:
    def __init__(self, policy: dict):
        real = os.path.realpath
        self.writable = [real(p) for p in policy["writable"]]
        self.hidden = [real(p) for p in policy["hidden"]]
        self.library = [real(p) for p in policy["library"]]
        # Code from these files is trusted; everything else (notebook cells, `exec`'d strings) is student code,
        # except the verifier's own cells, whose file names start with one of `trusted_prefixes`.
        self.trusted_prefixes = tuple(policy.get("trusted_prefixes", ()))

    @staticmethod
    def _under(path: str, roots: list[str]) -> bool:
        return any(path == root or path.startswith(root + os.sep) for root in roots)

    def readable(self, path: str) -> bool:
        return self._under(path, self.writable) or self._under(path, self.library) or not self._under(path, self.hidden)

    def writable_path(self, path: str) -> bool:
        return self._under(path, self.writable)

    def trusted_code(self, filename: str) -> bool:
        if filename.startswith("<"):
            return filename.startswith(("<frozen ", *self.trusted_prefixes))
        return self._under(os.path.realpath(filename), self.library)


def arm(policy: dict):
    """Apply ``policy`` to this process for good; return ``drain()``, which hands over the refusals so far."""
    rules = _Policy(policy)
    memory = int(policy["memory_bytes"])
    # RLIMIT_DATA counts the heap and anonymous mappings, not the shared libraries torch maps.
    resource.setrlimit(resource.RLIMIT_DATA, (memory, memory))
    file_size = int(policy["file_bytes"])
    resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write over the limit fails with an error instead of killing us
    sys.dont_write_bytecode = True  # imports would try to write .pyc files next to the (read-only) libraries
    if policy.get("warnings_to_stdout"):
        _warnings_to_stdout()

    refusals: list[str] = []
    busy = [False]
    forks_left = [int(policy.get("rank_forks", _RANK_FORKS))]  # held here, where student code cannot reach it
    forker = _RANK_FORKER
    os.register_at_fork(after_in_child=lambda: forks_left.__setitem__(0, 0))  # cannot be unregistered
    getframe = sys._getframe
    realpath = os.path.realpath
    # A path object's __fspath__ would run inside the hook, where nothing is audited: only pathlib's own paths
    # are converted, and only while their conversion is still pathlib's (checked against what it is now).
    import pathlib
    trusted_paths = {klass: (klass.__fspath__, klass.__str__) for klass in
                     (pathlib.PurePath, pathlib.PurePosixPath, pathlib.Path, pathlib.PosixPath)}

    def path_of(target) -> str | None:
        """``target`` as a file name, or None when it is a path object of another kind (never called)."""
        if type(target) in (str, bytes):
            return realpath(os.fsdecode(target))
        if type(target) is os.DirEntry:  # built in: its __fspath__ cannot be replaced
            return realpath(os.fsdecode(target.path))
        methods = trusted_paths.get(type(target))
        if methods is not None and all(vars(klass).get(name, None) in (None, method)
                                       for klass in type(target).__mro__ if klass in trusted_paths
                                       for name, method in zip(("__fspath__", "__str__"), trusted_paths[klass])):
            return realpath(str.__str__(os.fspath(target)))
        return None

    def caller(depth: int):
        frame = getframe(depth + 1)
        while frame is not None and frame.f_code.co_filename.endswith(_FRAME_HELPERS):
            frame = frame.f_back
        return frame

    def initiator_is_student() -> bool:  # called by refusal, called by the hook
        frame = caller(3)
        return frame is not None and not rules.trusted_code(frame.f_code.co_filename)

    def student_on_stack() -> bool:  # called by the hook
        frame = caller(2)
        while frame is not None:
            if not rules.trusted_code(frame.f_code.co_filename):
                return True
            frame = frame.f_back
        return False

    def refusal(event: str, args: tuple) -> str | None:
        if event in _FILE_EVENTS:
            target = args[0] if args else None
            if isinstance(target, int) or target is None or (event == "sqlite3.connect" and target == ":memory:"):
                return None  # a file descriptor already open, or an in-memory database
            path = path_of(target)
            if path is None:
                return f"passed a path object of its own class ({type(target).__qualname__}) to {event}"
            if event == "sqlite3.connect":
                return None if rules.writable_path(path) else f"opened the database {path}"
            if event == "open" and _opens_for_writing(args):
                return None if rules.writable_path(path) else f"wrote to {path}, outside its folder"
            return None if rules.readable(path) else f"read {path}, outside its folder"
        if event in _CHANGE_EVENTS:
            paths = [a for a in args[:2] if isinstance(a, (str, bytes)) or hasattr(type(a), "__fspath__")]
            names = [path_of(p) for p in paths]
            if None in names:
                return f"passed a path object of its own class to {event}"
            outside = [name for name in names if not rules.writable_path(name)]
            return f"{event} on {outside[0]}, outside its folder" if outside else None
        if event in _PROCESS_EVENTS:
            if event == "os.fork" and forks_left[0] > 0 and realpath(getframe(2).f_code.co_filename) == forker:
                forks_left[0] -= 1
                return None
            return f"tried to start or signal a process ({event})"
        # the rest is only refused when student code (not a library it called) asked for it
        if event == "object.__getattr__":
            if len(args) < 2 or args[1] not in _FRAME_ATTRIBUTES:
                return None
            event = f"the frame attribute {args[1]}"
        elif event == "compile":
            filename = args[1] if len(args) > 1 else None
            if not isinstance(filename, str):
                return None
            # `exec("...")` in an answer is fine; code that poses as a library or as the grader's own cells is not
            posing = filename.startswith(("<frozen", *rules.trusted_prefixes)) or (
                not filename.startswith("<") and rules.trusted_code(filename))
            if not posing:
                return None
            event = f"compile() posing as {filename}"
        if initiator_is_student():
            return f"used {event}"
        return None

    def hook(event: str, args: tuple) -> None:
        if event not in _WATCHED or busy[0]:
            return
        busy[0] = True
        try:
            reason = refusal(event, args)
            # a library refused on its own behalf (a cache it may not write) is not the submission's doing
            blame = bool(reason) and (event in _STUDENT_ONLY_EVENTS or student_on_stack())
        finally:
            busy[0] = False
        if reason:
            if blame:
                refusals.append(reason)
            raise PermissionError(f"not allowed while grading: {reason}")

    sys.addaudithook(hook)

    def drain() -> list[str]:
        taken = list(refusals)
        refusals.clear()
        return taken

    return drain


def _opens_for_writing(args: tuple) -> bool:
    mode = args[1] if len(args) > 1 else None
    flags = args[2] if len(args) > 2 else None
    if isinstance(mode, str) and any(c in mode for c in "wax+"):
        return True
    return isinstance(flags, int) and bool(flags & _WRITE_FLAGS)


def _warnings_to_stdout() -> None:
    """Show warnings on stdout: nbgrader scores a tests cell with any stderr output as 0."""
    def show(message, category, filename, lineno, file=None, line=None):
        sys.stdout.write(warnings.formatwarning(message, category, filename, lineno, line))
    warnings.showwarning = show
