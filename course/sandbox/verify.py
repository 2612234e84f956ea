"""The verifier: every cell of a submission run again, in a clean sandboxed process, judged from outside.

``verify_cells(cells, sandbox, limits)`` has the submission's warm worker
(``course.sandbox.warm``, started in the sandbox on first use) fork a fresh child, hands
the child the cells and a fresh secret key, and reads its signed reports.
This process, which student code never touches, owns the clock and the limits:

- a cell still running after ``cell_timeout_s`` is a *timeout*; a cell that prints
  more than ``output_kb`` is stopped; a worker that dies (``os._exit``, a segfault,
  the memory limit) *crashed* in the cell it had started;
- after a timeout or crash the worker is started again without that cell, so every
  cell that does not depend on it still runs and is judged;
- an unsigned or out-of-order report is a forgery and flags the cell it claims.

Returns one ``CellOutcome`` per code cell.
"""

from __future__ import annotations

import atexit
import hmac
import json
import os
import secrets
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from dataclasses import dataclass, field

from course.grading.model import CellStatus
from course.sandbox.bubblewrap import Sandbox, environment_for

STARTUP_TIMEOUT_S = 180  # importing torch and friends in a fresh process, with other graders busy
CONTROL_TIMEOUT_S = 30   # the warm server answers each request at once; longer means it is stuck
_OUT_OF_TIME = "not finished when the notebook's (or the submission's) time budget ran out"


@dataclass
class CellOutcome:
    index: int
    status: CellStatus
    error: str = ""
    flags: list[str] = field(default_factory=list)
    outputs: list[dict] = field(default_factory=list)   # nbformat outputs: streams, figures, the error
    misconception: dict | None = None  # a failed tests cell: the known mistake its answer behaves like

    @property
    def stopped_the_run(self) -> bool:
        return self.status.stopped_the_run


@dataclass
class _Attempt:
    ended: dict[int, CellOutcome] = field(default_factory=dict)
    stopped: CellOutcome | None = None   # the cell that stopped this worker, if one did
    finished: bool = False
    startup_error: str = ""
    out_of_time: bool = False            # the budget ran out between two cells


def verify_cells(cells: list[dict], sandbox: Sandbox, limits, deadline: float | None = None) -> dict[int, CellOutcome]:
    """Run ``cells`` (dicts with index, role, source) to the end, restarting without any cell that stops the run.

    The cells of the whole notebook get ``limits.notebook_timeout_s`` seconds together, restarts included (the
    worker's start-up is the grader's time and does not count), and never more than until ``deadline``
    (``time.time()`` seconds: the end of the submission's budget); cells left when the time runs out are timeouts,
    so an answer that sleeps just under the cell limit cannot hold a grading slot for long."""
    _empty(sandbox.tmp)  # what an earlier notebook left in the private temporary folder is gone
    outcomes: dict[int, CellOutcome] = {}
    budget = Budget(limits.notebook_timeout_s if deadline is None else
                    min(limits.notebook_timeout_s, max(0.0, deadline - time.time())))
    for _ in range(len(cells) + 1):
        skip = sorted(i for i, o in outcomes.items() if o.stopped_the_run)
        if budget.left <= 0:
            for cell in cells:
                outcomes.setdefault(cell["index"], CellOutcome(cell["index"], CellStatus.TIMEOUT, _OUT_OF_TIME))
            break
        attempt = _run_worker(cells, skip, sandbox, limits, budget)
        outcomes.update(attempt.ended)
        if attempt.finished:
            break
        if attempt.stopped is None:  # it died before running any cell, or time ran out: nothing left can be judged
            status = CellStatus.TIMEOUT if attempt.out_of_time else CellStatus.CRASHED
            for cell in cells:
                outcomes.setdefault(cell["index"], CellOutcome(cell["index"], status, attempt.startup_error))
            break
        outcomes[attempt.stopped.index] = attempt.stopped
    return outcomes


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "the grader stopped it"
    if code > 128 and code - 128 in signal.valid_signals():
        code = 128 - code  # bubblewrap reports a child killed by signal N as exit code 128 + N
    if code < 0:
        name = signal.Signals(-code).name
        extra = {"SIGSEGV": " (a segmentation fault)", "SIGKILL": " (killed: out of memory or time)",
                 "SIGABRT": " (aborted)"}.get(name, "")
        return f"the Python process died from {name}{extra}"
    return f"the Python process exited with code {code} (os._exit or a fatal error)"


@dataclass
class Budget:
    """Seconds the cells of one notebook may still use; counted only while the worker runs cells."""
    left: float
    started: float | None = None   # time.monotonic() when the running attempt's cells began

    def start(self) -> None:
        self.started = time.monotonic()

    def stop(self) -> None:
        if self.started is not None:
            self.left -= time.monotonic() - self.started
            self.started = None

    @property
    def end(self) -> float:
        """When it runs out, on time.monotonic()'s clock (far away while no cells run)."""
        return self.started + self.left if self.started is not None else float("inf")


def _run_worker(cells: list[dict], skip: list[int], sandbox: Sandbox, limits, budget: Budget) -> _Attempt:
    attempt = _Attempt()
    try:
        child = warm_worker(sandbox).spawn()
    except WorkerUnavailable as error:
        attempt.startup_error = str(error)
        return attempt
    key = secrets.token_bytes(32)
    # a tests cell the grader runs itself never enters the student's process: not even its source
    # a tests cell the grader runs itself goes without its source and its known mistakes: neither is the student's
    sent = [{k: v for k, v in cell.items() if k not in ("source", "known")} if cell.get("remote") else cell
            for cell in cells]
    job = {"key": key.hex(), "cells": sent, "skip": skip, "policy": sandbox.policy,
           "environment": sandbox.environment, "output_limit": limits.output_kb * 1024}
    # A thread writes the job, so a job larger than the pipe's buffer cannot hold up reading the reports.
    threading.Thread(target=child.send_job, args=(json.dumps(job).encode(),), daemon=True).start()
    try:
        _follow(child, child.channel, key, limits, attempt, budget, cells)
    finally:
        budget.stop()
        child.kill()
    return attempt


def _empty(folder: Path) -> None:
    """Remove everything inside ``folder`` (links are removed, never followed)."""
    for entry in Path(folder).iterdir() if Path(folder).is_dir() else ():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def _kill(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()


class WorkerUnavailable(Exception):
    """The warm worker did not start, or stopped answering."""


class WarmWorker:
    """The verifier's side of one submission's warm server (``course.sandbox.warm``)."""

    def __init__(self, sandbox: Sandbox):
        self.sandbox = sandbox
        sandbox.make_tmp()
        ours, theirs = socket.socketpair()
        self.log = tempfile.TemporaryFile()  # the server's own output: the last line explains a failed start
        self.process = subprocess.Popen(sandbox.command([sys.executable, "-m", "course.sandbox.warm",
                                                         str(theirs.fileno())]),
                                        stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT,
                                        pass_fds=(theirs.fileno(),), env=environment_for(sandbox),
                                        cwd=sandbox.folder, start_new_session=True)
        theirs.close()
        self.control: socket.socket | None = ours
        if self._reply(STARTUP_TIMEOUT_S) != "ready":
            self.close()
            self.log.seek(0)
            last = self.log.read().decode(errors="replace").strip().splitlines()
            self.log.close()
            raise WorkerUnavailable(_describe_exit(self.process.returncode) + (f": {last[-1][:200]}" if last else ""))

    @property
    def alive(self) -> bool:
        return self.control is not None and self.process.poll() is None

    def _reply(self, timeout: float) -> str:
        self.control.settimeout(timeout)
        data = b""
        try:
            while not data.endswith(b"\n"):
                chunk = self.control.recv(64)
                if not chunk:
                    return ""
                data += chunk
        except OSError:  # a timeout included
            return ""
        return data.decode(errors="replace").strip()

    def spawn(self) -> "_Child":
        job_read, job_write = os.pipe()
        channel_read, channel_write = os.pipe()
        output_read, output_write = os.pipe()
        requests_read, requests_write = os.pipe()
        replies_read, replies_write = os.pipe()
        theirs = [job_read, channel_write, output_write, requests_read, replies_write]
        ours = [job_write, channel_read, output_read, requests_write, replies_read]
        try:
            socket.send_fds(self.control, [b"run\n"], theirs)
            started = self._reply(CONTROL_TIMEOUT_S) == "started"
        except OSError:
            started = False
        finally:
            for fd in theirs:
                os.close(fd)
        if not started:
            for fd in ours:
                os.close(fd)
            self.close()
            raise WorkerUnavailable("the verifier's worker stopped answering")
        return _Child(self, *ours)

    def close(self) -> None:
        if self.control is not None:
            self.control.close()
            self.control = None
        _kill(self.process)
        self.sandbox.remove_tmp()


class _Child:
    """One forked run: its report channel and output, and its end, as ``subprocess.Popen`` would show them."""

    def __init__(self, server: WarmWorker, job_fd: int, channel_fd: int, output_fd: int, requests_fd: int,
                 replies_fd: int):
        self.server, self.returncode = server, None
        self._job = os.fdopen(job_fd, "wb")
        self.channel = os.fdopen(channel_fd, "rb")
        self.stdout = os.fdopen(output_fd, "rb")
        self.requests, self.replies = requests_fd, replies_fd  # the calls of the tests the grader runs itself

    def send_job(self, payload: bytes) -> None:
        try:
            with self._job:
                self._job.write(payload)
        except (BrokenPipeError, ValueError, OSError):
            pass

    def wait(self) -> int:
        """The child's exit code (negative: the signal that killed it), once it is gone."""
        self.kill()
        return self.returncode

    def kill(self) -> None:
        if self.returncode is not None:
            return
        reply = ""
        if self.server.alive:
            try:
                self.server.control.sendall(b"kill\n")
                reply = self.server._reply(CONTROL_TIMEOUT_S)
            except OSError:
                pass
        if reply.startswith("exit ") and reply[5:].lstrip("-").isdigit():
            self.returncode = int(reply[5:])
        else:  # the server is gone or stuck (a child may have killed it): the next run gets a new one
            self.server.close()
            self.returncode = -signal.SIGKILL
        for stream in (self.channel, self.stdout):
            stream.close()
        for fd in (self.requests, self.replies):
            try:
                os.close(fd)
            except OSError:
                pass


_warm: dict[Sandbox, WarmWorker] = {}


def warm_worker(sandbox: Sandbox) -> WarmWorker:
    """The warm server of ``sandbox`` (one submission's), started on first use or after it died.

    One submission at a time per grading process: a new sandbox closes the servers of the others."""
    server = _warm.get(sandbox)
    if server is None or not server.alive:
        close_warm_workers()
        server = _warm[sandbox] = WarmWorker(sandbox)
    return server


@atexit.register
def close_warm_workers() -> None:
    while _warm:
        _warm.popitem()[1].close()


def _within_figure_limit(outputs: list, limit_bytes: int) -> list:
    """The outputs with every figure past ``limit_bytes`` of PNG (counted in order) left out, and a note saying so."""
    kept, used, dropped = [], 0, 0
    for output in outputs:
        png = output.get("data", {}).get("image/png") if isinstance(output, dict) and isinstance(
            output.get("data"), dict) else None
        if isinstance(png, str):
            used += len(png)
            if used > limit_bytes:
                dropped += 1
                continue
        kept.append(output)
    if dropped:
        kept.append({"output_type": "stream", "name": "stdout",
                     "text": f"[grader: {dropped} figure(s) left out, over the {limit_bytes // 1024} KB figure limit]\n"})
    return kept


def _follow(process, channel, key: bytes, limits, attempt: _Attempt, budget: Budget, cells: list[dict]) -> None:
    """Read the worker's reports and output until it finishes, dies, or breaks a limit.

    A tests cell marked ``remote`` runs here, in this process, when the worker says it has started it
    (``course.grading.trusted_tests``); its verdict replaces whatever the worker reports for it."""
    from course.grading.trusted_tests import TrustedTests
    trusted = TrustedTests(process.requests, process.replies, lambda: deadline)
    by_index = {cell["index"]: cell for cell in cells}
    defined: set[int] = set()
    decided: dict[int, tuple[bool, str, list]] = {}
    selector = selectors.DefaultSelector()
    selector.register(channel, selectors.EVENT_READ, "channel")
    selector.register(process.stdout, selectors.EVENT_READ, "output")
    output_cap = limits.output_kb * 1024
    current: int | None = None        # the cell running now

    def cell_deadline() -> float:
        return min(time.monotonic() + limits.cell_timeout_s, budget.end)

    deadline = time.monotonic() + max(STARTUP_TIMEOUT_S, limits.cell_timeout_s)
    printed, tail, pending = 0, b"", b""
    ready, forged = False, []
    while selector.get_map():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            if current is None and ready and time.monotonic() >= budget.end:
                attempt.out_of_time, attempt.startup_error = True, _OUT_OF_TIME
            elif current is None:
                attempt.startup_error = "the verifier's worker did not start in time"
            else:
                reason = (_OUT_OF_TIME if time.monotonic() >= budget.end else
                          f"still running after {limits.cell_timeout_s} s (an endless loop, or far too slow)")
                attempt.stopped = CellOutcome(current, CellStatus.TIMEOUT, reason, forged)
            return
        for key_event, _ in selector.select(timeout=min(remaining, 1.0)):
            stream = key_event.fileobj
            data = os.read(stream.fileno(), 65536)
            if not data:
                selector.unregister(stream)
                continue
            if key_event.data == "output":
                printed += len(data)
                tail = (tail + data)[-600:]
                if printed > output_cap and current is not None:
                    attempt.stopped = CellOutcome(current, CellStatus.CRASHED, f"printed more than {limits.output_kb} KB "
                                                  "(the output limit)", forged)
                    return
                continue
            pending += data
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                message = _verified(line, key)
                if message is None:
                    forged.append("wrote a fake grader message (unsigned)")
                    continue
                event = message.get("event")
                if event == "ready":
                    ready = True
                    budget.start()
                    deadline = cell_deadline()
                elif event == "start" and ready:
                    current, printed = message["cell"], 0
                    deadline = cell_deadline()
                    cell = by_index.get(current)
                    if cell is not None and cell.get("remote") and current not in decided:
                        for earlier in sorted(i for i in by_index if i < current and i not in defined):
                            defined.add(earlier)
                            if by_index[earlier]["role"] == "setup":
                                trusted.define(by_index[earlier]["source"], earlier)
                        ok, error, outputs, stopped = trusted.run(cell["source"], current, cell.get("known"))
                        if stopped is not None:
                            if stopped.status == "timeout":
                                reason = (_OUT_OF_TIME if time.monotonic() >= budget.end else
                                          f"still running after {limits.cell_timeout_s} s (an endless loop, or far too slow)")
                                attempt.stopped = CellOutcome(current, CellStatus.TIMEOUT, reason, forged)
                            else:
                                attempt.stopped = CellOutcome(current, CellStatus.CRASHED,
                                                              _describe_exit(process.wait()), forged)
                            return
                        decided[current] = (ok, error, outputs, trusted.misconception)
                elif event == "end" and message.get("cell") == current and current not in attempt.ended:
                    ok = message.get("ok") is True
                    outputs = message.get("outputs")
                    outputs = _within_figure_limit(outputs, limits.figures_kb * 1024) if isinstance(outputs, list) else []
                    error = str(message.get("error", ""))
                    outputs = outputs if isinstance(outputs, list) else []
                    misconception = None
                    if current in decided:  # the grader ran these tests: its verdict, the worker's printed text
                        ok, error, own, misconception = decided[current]
                        outputs = own + [o for o in outputs if isinstance(o, dict) and o.get("output_type") == "stream"]
                    attempt.ended[current] = CellOutcome(current, CellStatus.PASSED if ok else CellStatus.FAILED,
                                                         error, forged + list(message.get("flags", [])), outputs,
                                                         misconception.as_dict() if misconception else None)
                    current, forged = None, []
                    deadline = cell_deadline()
                elif event == "done" and current is None:
                    attempt.finished = True
                    return
                elif current is None and attempt.ended:
                    # after a cell ended (a second `end`, say, sent by a signal handler): that cell's doing
                    attempt.ended[max(attempt.ended)].flags.append(f"sent a grader message out of order ({event})")
                else:
                    forged.append(f"sent a grader message out of order ({event})")
    # both streams closed: the worker is gone
    code = process.wait()
    reason = _describe_exit(code)
    if current is None:
        last = tail.decode(errors="replace").strip().splitlines()
        attempt.startup_error = reason + (f": {last[-1][:200]}" if last and not ready else "")
    else:
        attempt.stopped = CellOutcome(current, CellStatus.CRASHED, reason, forged)


def _verified(line: bytes, key: bytes) -> dict | None:
    mac, _, body = line.partition(b" ")
    expected = hmac.new(key, body, "sha256").hexdigest().encode()
    if not hmac.compare_digest(mac, expected):
        return None
    try:
        message = json.loads(body)
    except ValueError:
        return None
    return message if isinstance(message, dict) else None
