"""Starting the course's JupyterLab servers for the tests, as the Makefile starts them, and talking to them."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager

TOKEN = "course-test"


def course_copy(folder, root, module: str | None = None):
    """A course in ``folder/course``: the config, and the sources and releases of ``module`` (default: all)."""
    course = folder / "course"
    course.mkdir()
    shutil.copy2(root / "nbgrader_config.py", course)
    for part in ("source", "release"):
        shutil.copytree(root / part / (module or ""), course / part / (module or ""))
    return course


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port: int, path: str) -> tuple[int, str]:
    separator = "&" if "?" in path else "?"
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}{separator}token={TOKEN}", timeout=30) as reply:
            return reply.status, reply.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


@contextmanager
def serving(course, command, *extra):
    port = free_port()
    log = open(course.parent / f"{command}.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "course", command, "--no-browser", f"--port={port}",
                               "--ServerApp.port_retries=0", f"--IdentityProvider.token={TOKEN}", *extra],
                              cwd=course, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if get(port, "/api/status")[0] == 200:
                    break
            except OSError:
                pass
            assert server.poll() is None, (course.parent / f"{command}.log").read_text()
            time.sleep(0.5)
        yield port
    finally:
        server.terminate()
        server.wait(30)
        log.close()
