"""Running nbgrader's own command line in a course folder, with its chatter kept in a log file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from course.errors import CourseError


def nbgrader_environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment with our interpreter's folder first on PATH, plus ``extra``.

    nbgrader runs `alembic` (its database migrations) as a program: it must find ours on PATH.
    """
    bin_dir = str(Path(sys.executable).parent)
    path = os.pathsep.join([bin_dir, *(p for p in os.environ.get("PATH", "").split(os.pathsep) if p != bin_dir)])
    return {**os.environ, "PATH": path, **(extra or {})}


def run_nbgrader(args: list[str], cwd: Path, log: Path, env: dict[str, str] | None = None, host=None) -> None:
    """``nbgrader ARGS`` in ``cwd``; its output goes to ``log``; a failure raises a one-line CourseError.

    With ``host`` (a ``course.grading.nbgrader_host.NbgraderHost``) the command runs in that long-lived
    nbgrader process instead of a new one."""
    log.parent.mkdir(parents=True, exist_ok=True)
    if host is not None:
        code = host.run(args, Path(cwd).resolve(), log.resolve(), nbgrader_environment(env))
    else:
        with open(log, "a", encoding="utf-8") as stream:
            stream.write(f"\n$ nbgrader {' '.join(args)}\n")
            stream.flush()
            code = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=cwd, stdout=stream,
                                  stderr=subprocess.STDOUT, env=nbgrader_environment(env),
                                  stdin=subprocess.DEVNULL).returncode
    if code != 0:
        raise CourseError(f"`nbgrader {' '.join(args)}` failed (exit {code}): {_last_error(log)}")


def _last_error(log: Path) -> str:
    """The last line nbgrader logged at ERROR level (or the last line at all), for a one-line message."""
    lines = [line.strip() for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    errors = [line for line in lines if "ERROR" in line or "Error" in line]
    return (errors or lines or ["no output"])[-1][:300]
