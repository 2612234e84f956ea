"""One nbgrader process for many nbgrader commands: its import is paid once per grading slot.

Importing nbgrader (with nbconvert, SQLAlchemy and Jupyter's apps) costs 2–4 s of CPU, once for
every `nbgrader autograde` and again for every `nbgrader generate_feedback`: about as much as a
small notebook's cells. A host is a Python process that has imported nbgrader and runs one
command after another, each exactly as `nbgrader ARGS` would (same arguments, working folder,
environment and configuration), the way nbgrader's own test suite runs its apps in one process,
and resets the application after each. It runs nbgrader only: student code runs in the
sandboxed workers that nbgrader's Execute step (``SandboxedExecute``) starts, never here.

    host = NbgraderHost()          # one per grading slot (a thread of the local pool)
    host.run(["autograde", "m01_foundations", "--student", "ada"], course_root, log, env)
    host.close()

Protocol: one JSON request per line on the host's stdin (``args``, ``cwd``, ``log``, ``env``);
each command's output goes to its own log file; its exit code comes back as a line on a pipe.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from course.errors import CourseError


class NbgraderHost:
    """The parent's side: starts the host lazily, restarts it if it dies, one command at a time."""

    def __init__(self):
        self._process: subprocess.Popen | None = None
        self._status = None
        self._lock = threading.Lock()

    def _start(self) -> None:
        status_read, status_write = os.pipe()
        self._process = subprocess.Popen([sys.executable, "-m", "course.grading.nbgrader_host", str(status_write)],
                                         stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL, pass_fds=(status_write,))
        os.close(status_write)
        self._status = os.fdopen(status_read, "r", encoding="utf-8")

    def run(self, args: list[str], cwd: Path, log: Path, env: dict[str, str]) -> int:
        """``nbgrader ARGS`` in ``cwd`` with environment ``env``, its output appended to ``log``; its exit code."""
        request = json.dumps({"args": args, "cwd": str(cwd), "log": str(log), "env": env}) + "\n"
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._start()
            try:
                self._process.stdin.write(request.encode())
                self._process.stdin.flush()
                reply = self._status.readline()
            except OSError:
                reply = ""
            if not reply.strip():  # the host died (killed, out of memory): the next command starts another
                self.close()
                raise CourseError(f"`nbgrader {' '.join(args)}` failed: the nbgrader process stopped; see {log}")
            return int(reply)

    def close(self) -> None:
        if self._process is not None:
            try:
                self._process.stdin.close()
                self._process.wait(30)
            except (OSError, subprocess.TimeoutExpired):
                self._process.kill()
                self._process.wait()
            self._status.close()
            self._process = None


def _run_one(request: dict) -> int:
    from jupyter_core.application import NoStart
    from nbgrader.apps.nbgraderapp import NbGraderApp

    log = open(request["log"], "a", encoding="utf-8")
    os.dup2(log.fileno(), 1)
    os.dup2(log.fileno(), 2)
    log.close()
    print(f"\n$ nbgrader {' '.join(request['args'])}", flush=True)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    app = NbGraderApp.instance()
    try:
        app.initialize(request["args"])
        app.start()
        code = 0
    except NoStart:  # how Jupyter's applications end once their subcommand has run (the command line exits 0)
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except Exception:  # nbgrader's own failure: in the log, as the command line would show it
        import traceback
        traceback.print_exc()
        code = 1
    finally:
        app.reset()  # nbgrader's own way to run another app in the same process (its test suite's)
        sys.stdout.flush()
        sys.stderr.flush()
    return code


def main() -> None:
    status = os.fdopen(int(sys.argv[1]), "w", buffering=1, encoding="utf-8")
    import nbgrader.apps.nbgraderapp  # noqa: F401  (the import this process exists to pay once)
    for line in sys.stdin:
        status.write(f"{_run_one(json.loads(line))}\n")


if __name__ == "__main__":
    main()
