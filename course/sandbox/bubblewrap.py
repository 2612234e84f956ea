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
"""

from __future__ import annotations

import functools
import os
import shutil
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

    @classmethod
    def for_folder(cls, course_root: Path, scratch: Path, folder: Path, tmp: Path, limits) -> "Sandbox":
        """Student code may write in ``folder`` and ``tmp``; ``course_root`` and ``scratch`` are hidden."""
        tmp.mkdir(parents=True, exist_ok=True)
        hidden = tuple(sorted({Path(course_root).resolve(), Path(scratch).resolve(), Path.home().resolve(),
                               Path("/tmp").resolve()}))
        return cls(sandbox_kind(limits.sandbox), folder.resolve(), tmp.resolve(), hidden,
                   limits.memory_mb * 2**20, limits.file_mb * 2**20)

    @property
    def policy(self) -> dict:
        return {"writable": [str(self.folder), str(self.tmp)],
                "hidden": [str(p) for p in self.hidden],
                "library": [str(p) for p in _library_roots()], "memory_bytes": self.memory_bytes,
                "file_bytes": self.file_bytes}

    @property
    def environment(self) -> dict[str, str]:
        """Caches and temporary files go to the private folder, never to the home folder."""
        tmp = str(self.tmp)
        return {"TMPDIR": tmp, "HOME": tmp, "MPLCONFIGDIR": tmp, "XDG_CACHE_HOME": tmp, "TORCH_HOME": tmp,
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


def environment_for(sandbox: Sandbox) -> dict[str, str]:
    """The environment of a sandboxed process: ours, with the private folders and the package importable."""
    python_path = os.pathsep.join(p for p in [str(PACKAGE_DIR.parent), os.environ.get("PYTHONPATH", "")] if p)
    return {**os.environ, **sandbox.environment, "PYTHONPATH": python_path}
