"""The warm worker: one per submission, inside that submission's sandbox; a fresh fork for every run.

Started by ``course.sandbox.verify`` as ``python -m course.sandbox.warm FD`` inside the sandbox,
with one end of a Unix socket on ``FD``.  It imports the heavy libraries once
(``worker.prepare``: torch, torchvision, matplotlib, the course package; nothing of the
student's), says ``ready``, then serves one run at a time:

- ``run`` arrives with five file descriptors (the job pipe, the report channel, the output
  pipe, and the pipes of the calls the grader makes while it runs a tests cell itself).  The server forks; the child starts a session of its own, puts the output pipe on
  its stdout and stderr, reads the job and runs it (``worker.run``); the server answers
  ``started``.  The server never reads a job, so it never holds a run's signing key.
- ``kill`` ends the run: the child's session is killed (if it is still there), reaped, and
  the server answers ``exit N`` (the child's exit code; negative: killed by signal -N).

Every child starts from the same clean state: whatever a notebook's cells did to their
process (patched functions, globals, modules) dies with it.  The server is not dumpable,
so a child cannot attach to it, and the verifier replaces a server that dies.

With the guard alone under a root grader (``COURSE_SANDBOX_USER`` set), the server gives up
root once its imports are done: no supplementary groups, then the unprivileged group and user,
for good (real, effective and saved ids), before the first fork.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import sys
from pathlib import Path


def _not_dumpable() -> None:
    try:
        import ctypes
        ctypes.CDLL(None).prctl(4, 0)  # PR_SET_DUMPABLE 0: no ptrace, no /proc/<pid>/mem for the children
        ctypes.CDLL(None).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL: gone when the verifier goes
    except (OSError, AttributeError):
        pass


def _searchable_by(path: Path, uid: int, gid: int) -> bool:
    """Whether ``uid`` (group ``gid``, no other groups) may pass through every folder down to ``path``."""
    for folder in [*reversed(path.parents), path]:
        try:
            info = folder.stat()
        except OSError:
            return False
        bit = stat.S_IXUSR if info.st_uid == uid else stat.S_IXGRP if info.st_gid == gid else stat.S_IXOTH
        if not info.st_mode & bit:
            return False
    return True


def _keep_libraries_reachable(uid: int, gid: int) -> None:
    """Library folders the new user could not reach (Python installed under /root, say) stay reachable
    through folder descriptors opened now, as ``/proc/self/fd/N``: the path, the imported modules' files and
    packages are rewritten to it, so later imports and data files (matplotlib's fonts) still work.  Only the
    library folders themselves are opened, and the course package's own folder, never the course's root."""
    from course.sandbox.bubblewrap import PACKAGE_DIR

    folders = {Path(entry) for entry in sys.path if entry and Path(entry).is_dir()} - {PACKAGE_DIR.parent}
    aliases = {}
    for folder in sorted(folders | {PACKAGE_DIR}, key=lambda f: len(str(f)), reverse=True):
        if not _searchable_by(folder, uid, gid):
            aliases[str(folder)] = f"/proc/self/fd/{os.open(folder, os.O_RDONLY | os.O_DIRECTORY)}"
    if not aliases:
        return

    def alias(path):
        if isinstance(path, str):
            for real, fd_path in aliases.items():  # longest first: site-packages before the prefix above it
                if path == real or path.startswith(real + os.sep):
                    return fd_path + path[len(real):]
        return path

    sys.path[:] = [alias(entry) for entry in sys.path]
    for module in list(sys.modules.values()):
        try:
            if isinstance(getattr(module, "__file__", None), str):
                module.__file__ = alias(module.__file__)
            if isinstance(getattr(module, "__path__", None), list):
                module.__path__[:] = [alias(entry) for entry in module.__path__]
        except Exception:  # a module that refuses its attributes being set keeps its own
            pass
    import importlib
    importlib.invalidate_caches()


def _become_unprivileged() -> None:
    wanted = os.environ.pop("COURSE_SANDBOX_USER", "")
    if not wanted:
        return
    uid, gid = (int(part) for part in wanted.split(":"))
    _keep_libraries_reachable(uid, gid)
    os.setgroups([])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)
    if os.getresuid() != (uid, uid, uid) or os.getgroups():
        raise SystemExit("could not give up root before running student code")
    _not_dumpable()  # changing credentials resets both settings


def _child(control: socket.socket, job_fd: int, channel_fd: int, output_fd: int, requests_fd: int,
           replies_fd: int) -> None:
    from course.sandbox import worker
    control.close()
    os.setsid()
    os.dup2(output_fd, 1)
    os.dup2(output_fd, 2)
    os.close(output_fd)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    with os.fdopen(job_fd, "rb") as job:
        payload = job.read()
    try:
        worker.run(json.loads(payload), channel_fd, requests_fd, replies_fd)
    except BaseException as error:  # its last line explains the crash
        print(f"the worker failed before the first cell: {type(error).__name__}: {error}", flush=True)
    finally:
        os._exit(1)  # only reached when run() raised: the verifier sees a crash before the first cell


def _line(control: socket.socket) -> bytes:
    data = b""
    while not data.endswith(b"\n"):
        chunk = control.recv(64)
        if not chunk:
            return b""
        data += chunk
    return data.strip()


def serve(control: socket.socket) -> None:
    while True:
        message, fds, _, _ = socket.recv_fds(control, 64, 5)
        if not message:
            return  # the verifier is done with this submission
        if message.strip() != b"run" or len(fds) != 5:
            for fd in fds:
                os.close(fd)
            continue
        pid = os.fork()
        if pid == 0:
            _child(control, *fds)
        for fd in fds:
            os.close(fd)
        control.sendall(b"started\n")
        request = _line(control)  # always `kill` once the verifier is done with the run (or EOF)
        try:
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        _, status = os.waitpid(pid, 0)
        if not request:
            return
        control.sendall(f"exit {os.waitstatus_to_exitcode(status)}\n".encode())


def main() -> None:
    _not_dumpable()
    control = socket.socket(fileno=int(sys.argv[1]))
    from course.sandbox import worker
    worker.prepare()
    _become_unprivileged()
    control.sendall(b"ready\n")
    serve(control)


if __name__ == "__main__":
    main()
