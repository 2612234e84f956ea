"""Where student code runs: a bubblewrap container when the machine has one, and always the guard.

``Sandbox.for_folder(course_root, scratch, folder, tmp, limits)`` describes one submission's
confinement (its warm worker and every notebook's run share it, never another submission): ``command(argv)`` wraps a command in ``bwrap`` (when
``limits.sandbox`` allows it and bubblewrap works here), and ``policy`` is what the
guard (``course.sandbox.guard``) enforces inside the process either way.

In the bubblewrap container the whole file system is read-only, the course folder
and the grader's scratch folder are replaced by empty ones (so ``source/``, the
gradebook, other students' work and the logs do not exist there), ``/tmp`` and the
home folder are private and empty, only the submission's own folder is writable, and
there is no network, and no capabilities (root included).  The Python installation and the ``course`` package are mounted back
read-only so imports work.

With the guard alone, a grader running as root never runs student code as root: the warm
worker imports the libraries, then becomes ``CourseGrading.guard_user`` (default ``nobody``),
which owns the submission's folder and a private temporary folder under the system's
(``/tmp/course-sandbox-…``, reachable whatever the modes of the course's parent folders).
Whatever gets past the guard then has that user's rights, not root's: make the course folder
unreadable to others (``chmod o-rwx``) and it cannot read ``source/`` or the gradebook either.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pwd
import shutil
import stat
import tempfile
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import course

from course.errors import CourseError

PACKAGE_DIR = Path(course.__file__).resolve().parent


@functools.lru_cache(maxsize=None)
def bubblewrap() -> str | None:
    """The ``bwrap`` program if it is installed and can build a container on this machine, else None."""
    program = shutil.which("bwrap")
    if not program:
        return None
    try:
        probe = subprocess.run([program, "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "true"],
                               capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return program if probe.returncode == 0 else None


def sandbox_kind(setting: str) -> str:
    """``bubblewrap`` or ``guard``, as ``setting`` (auto, bubblewrap, guard) and the machine allow."""
    if setting == "guard":
        return "guard"
    if bubblewrap():
        return "bubblewrap"
    if setting == "bubblewrap":
        raise CourseError("nbgrader_config.py asks for CourseGrading.sandbox = 'bubblewrap', but bwrap is not "
                          "installed or cannot run here; install it (apt-get install bubblewrap) or set 'auto'")
    return "guard"


def unprivileged_user(name: str) -> tuple[int, int]:
    """``(uid, gid)`` of the user named ``name``, refused in one line if it is missing or is root."""
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        raise CourseError(f"CourseGrading.guard_user = {name!r}: no such user on this machine; grading with the "
                          "guard alone as root runs student code as that user: create it, name another, or "
                          "install bubblewrap") from None
    if entry.pw_uid == 0 or entry.pw_gid == 0:
        raise CourseError(f"CourseGrading.guard_user = {name!r} is root (uid or gid 0): student code must never "
                          "run as root; name an unprivileged user such as nobody")
    return entry.pw_uid, entry.pw_gid


def _private_tmp_path(scratch: Path) -> Path:
    """One submission's temporary folder under the system's (its name fixed by the submission's scratch folder)."""
    return Path(tempfile.gettempdir()) / ("course-sandbox-" +
                                          hashlib.sha256(str(scratch.resolve()).encode()).hexdigest()[:20])


def describe_protections(kind: str, limits) -> str:
    """What confines student code, in words, for the report and the console."""
    if kind == "bubblewrap":
        return "bubblewrap container (no capabilities, no network, course hidden) and the guard"
    if os.geteuid() == 0:
        return f"the guard, student code as the unprivileged user {limits.guard_user} (no bubblewrap)"
    return f"the guard, student code as the grader's own user {pwd.getpwuid(os.geteuid()).pw_name} (no bubblewrap)"


def _library_roots() -> list[Path]:
    roots = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    metadata = set(PACKAGE_DIR.parent.glob("*.egg-info"))  # the editable install's package metadata
    return sorted(roots | metadata | {PACKAGE_DIR})


@dataclass(frozen=True)
class Sandbox:
    kind: str              # "bubblewrap" or "guard"
    folder: Path           # the submission's folder: the only writable place besides `tmp`
    tmp: Path              # a private temporary folder
    hidden: tuple[Path, ...]
    memory_bytes: int
    file_bytes: int
    user: tuple[int, int] | None = None  # (uid, gid) that student code runs as, when not the grader's own
    rank_forks: int = 24   # forks course.distributed may make per notebook run (the mutant check runs many)

    @classmethod
    def for_folder(cls, course_root: Path, scratch: Path, folder: Path, tmp: Path, limits) -> "Sandbox":
        """Student code may write in ``folder`` and ``tmp``; ``course_root`` and ``scratch`` are hidden."""
        kind = sandbox_kind(limits.sandbox)
        user = unprivileged_user(limits.guard_user) if kind == "guard" and os.geteuid() == 0 else None
        if user is not None:
            tmp = _private_tmp_path(Path(scratch))
            os.chown(folder, *user)  # it may add files there; the submitted ones stay root's
        hidden = tuple(sorted({Path(course_root).resolve(), Path(scratch).resolve(), Path.home().resolve(),
                               Path("/tmp").resolve()}))
        sandbox = cls(kind, folder.resolve(), tmp.resolve(), hidden, limits.memory_mb * 2**20,
                      limits.file_mb * 2**20, user)
        sandbox.make_tmp()
        return sandbox

    def make_tmp(self) -> None:
        """Create the private temporary folder (again, after ``remove_tmp``): for a switched user, owned by it
        and by nobody else, and refused if someone else made a folder or a link of that name first."""
        if self.user is None:
            self.tmp.mkdir(parents=True, exist_ok=True)
            return
        try:
            self.tmp.mkdir(mode=0o700)
        except FileExistsError:
            pass
        info = self.tmp.lstat()
        if not stat.S_ISDIR(info.st_mode) or info.st_uid not in (0, self.user[0]):
            raise CourseError(f"{self.tmp} exists and is not this grader's folder (a link, a file, or another "
                              "user's): remove it and grade again")
        os.chown(self.tmp, *self.user)
        os.chmod(self.tmp, 0o700)

    def remove_tmp(self) -> None:
        """The private folder under the system's goes when the submission's worker does; one in scratch stays."""
        if self.user is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)

    @property
    def policy(self) -> dict:
        return {"writable": [str(self.folder), str(self.tmp)],
                "hidden": [str(p) for p in self.hidden],
                "library": [str(p) for p in _library_roots()], "memory_bytes": self.memory_bytes,
                "file_bytes": self.file_bytes, "rank_forks": self.rank_forks}

    @property
    def environment(self) -> dict[str, str]:
        """Caches and temporary files go to the private folder, never to the home folder."""
        tmp = str(self.tmp)
        return {"TMPDIR": tmp, "HOME": tmp, "MPLCONFIGDIR": tmp, "XDG_CACHE_HOME": tmp, "TORCH_HOME": tmp,
                "TORCHINDUCTOR_CACHE_DIR": tmp, "TRITON_CACHE_DIR": tmp,  # torch.export / compile caches
                "MPLBACKEND": "Agg", "PYTHONDONTWRITEBYTECODE": "1"}

    def command(self, argv: list[str]) -> list[str]:
        """``argv``, inside the container when there is one."""
        if self.kind != "bubblewrap":
            return argv
        wrap = [bubblewrap(), "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--unshare-ipc", "--unshare-uts",
                "--unshare-net", "--unshare-pid", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"]
        for hidden in self.hidden:
            wrap += ["--tmpfs", str(hidden)]
        for library in _library_roots():
            wrap += ["--ro-bind", str(library), str(library)]
        wrap += ["--bind", str(self.folder), str(self.folder), "--bind", str(self.tmp), str(self.tmp),
                 "--chdir", str(self.folder)]
        return [*wrap, "--", *argv]


USER_VARIABLE = "COURSE_SANDBOX_USER"  # "uid:gid": the warm worker becomes that user once its imports are done


def environment_for(sandbox: Sandbox) -> dict[str, str]:
    """The environment of a sandboxed process: ours, with the private folders and the package importable."""
    python_path = os.pathsep.join(p for p in [str(PACKAGE_DIR.parent), os.environ.get("PYTHONPATH", "")] if p)
    environment = {**os.environ, **sandbox.environment, "PYTHONPATH": python_path}
    environment.pop(USER_VARIABLE, None)
    if sandbox.user is not None:
        environment[USER_VARIABLE] = f"{sandbox.user[0]}:{sandbox.user[1]}"
    return environment
