"""Real ``torch.distributed`` on one machine: a function run by a few processes joined by gloo on 127.0.0.1.

``run_ranks(fn, world_size)`` forks ``world_size`` processes.  Each one joins a process
group (backend ``gloo``, rendezvous ``tcp://127.0.0.1:<free port>``), calls
``fn(rank, world_size, *args)``, leaves the group and sends back what ``fn`` returned (and
what it printed); the caller gets the results in rank order.  An exception raised on a rank
is raised again in the caller, with the rank named in a note.

Why fork and not ``torch.multiprocessing.spawn``: a function defined in a notebook cell
cannot be pickled by reference, and a fresh interpreter would have to import torch again.
Fork copies the cell's function as it is.  Ranks compute on the CPU (gloo); CUDA cannot be
used after a fork.

When grading, this is the only way student code starts processes.  The guard
(``course.sandbox.guard``) refuses ``os.fork`` to everyone but this file, allows it a few
times per notebook run, and never inside a rank, so a rank cannot start ranks of its own.
The ranks are forks of the sandboxed worker: the same container, the same audit hook, the
same limits, in the same process group that the grader kills when the run ends.
"""

from __future__ import annotations

import io
import os
import pickle
import select
import signal
import socket
import sys
import time
import traceback
from datetime import timedelta

MAX_WORLD_SIZE = 4
UNCONNECTED = "unconnected"  # a rank whose process group never formed (a port taken between probe and bind)
CONNECT_ATTEMPTS = 3
GONE = "gone"                # a rank that sent nothing back (it died, or hung until its alarm)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _rank_main(fn, rank: int, world_size: int, args: tuple, port: int, timeout: float, channel: int) -> None:
    """The body of one rank (a forked child): never returns."""
    try:
        signal.alarm(int(timeout) + 5)  # a rank that hangs past every collective's timeout ends itself
        import torch
        import torch.distributed as dist
        torch.set_num_threads(1)  # the parent's OpenMP pool did not survive the fork
        os.environ["GLOO_SOCKET_IFNAME"] = "lo"  # gloo binds the loopback device, never a resolved host name
        out, err = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = out, err  # the parent's streams may be a kernel's, whose threads did not fork
        try:
            try:
                dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank,
                                        world_size=world_size, timeout=timedelta(seconds=timeout))
            except Exception as error:  # noqa: BLE001 - the group never formed: the caller tries again
                message = (UNCONNECTED, RuntimeError(f"{type(error).__name__}: {error}"), "")
            else:
                try:
                    message = ("ok", fn(rank, world_size, *args))
                finally:
                    dist.destroy_process_group()
        except BaseException as error:  # noqa: BLE001 - everything goes back to the caller
            message = ("error", error, traceback.format_exc())
        try:
            payload = pickle.dumps((*message, out.getvalue(), err.getvalue()))
        except Exception as problem:  # noqa: BLE001 - say what could not travel, in a form that can
            if message[0] == "error":
                stand_in = RuntimeError(f"{type(message[1]).__name__}: {message[1]}")
            else:
                stand_in = TypeError(f"rank {rank} returned a value that cannot be sent back to the caller ({problem})")
            payload = pickle.dumps(("error", stand_in, "", out.getvalue(), err.getvalue()))
        with os.fdopen(channel, "wb") as pipe:
            pipe.write(payload)
    finally:
        os._exit(0)


def _collect(channels: dict[int, int], deadline: float) -> tuple[dict[int, bytes], set[int]]:
    """Everything each rank wrote, read until every pipe closes or ``deadline`` passes; and the ranks that closed."""
    received, closed = {rank: b"" for rank in channels}, set()
    open_fds = {fd: rank for rank, fd in channels.items()}
    while open_fds:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        ready, _, _ = select.select(list(open_fds), [], [], left)
        for fd in ready:
            chunk = os.read(fd, 1 << 16)
            if chunk:
                received[open_fds[fd]] += chunk
            else:
                os.close(fd)
                closed.add(open_fds.pop(fd))
    for fd in open_fds:
        os.close(fd)
    return received, closed


def run_ranks(fn, world_size: int = 2, *args, timeout: float = 30.0) -> list:
    """``[fn(0, world_size, *args), ..., fn(world_size - 1, world_size, *args)]``, each run by its own process.

    Every rank is in one gloo process group (``torch.distributed`` is initialized before ``fn``
    starts and destroyed after it returns), so ``fn`` may call ``dist.all_reduce`` and the rest.
    What a rank prints appears after all ranks are done, rank by rank.  ``timeout`` (seconds)
    bounds every collective and the whole run.
    """
    if not callable(fn):
        raise TypeError(f"run_ranks needs a function fn(rank, world_size, ...), got {type(fn).__name__}")
    if type(world_size) is not int or not 1 <= world_size <= MAX_WORLD_SIZE:
        raise ValueError(f"world_size must be an int from 1 to {MAX_WORLD_SIZE}, got {world_size!r}")
    for _ in range(CONNECT_ATTEMPTS):  # a port can be taken between its probe and the bind: a fresh one
        outcomes = _run_once(fn, world_size, args, timeout)
        unconnected = [(rank, value) for rank, (status, value, _) in enumerate(outcomes) if status == UNCONNECTED]
        if not unconnected:
            return _results(outcomes, world_size)
    rank, error = unconnected[0]
    raise RuntimeError(f"the {world_size} ranks could not form their gloo process group on the loopback device "
                       f"({CONNECT_ATTEMPTS} tries; rank {rank}: {error}); run the cell again")


def _run_once(fn, world_size: int, args: tuple, timeout: float) -> list[tuple]:
    """One start of every rank: each one's (status, value, details), what it printed already written out."""
    port = _free_port()
    channels, pids, starts = {}, {}, []
    try:
        for rank in range(world_size):
            read_end, write_end = os.pipe()
            start_read, start_write = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read_end)
                os.close(start_write)
                for fd in [*channels.values(), *starts]:
                    os.close(fd)
                if not os.read(start_read, 1):  # the parent could not start every rank: nothing to join
                    os._exit(0)
                _rank_main(fn, rank, world_size, args, port, timeout, write_end)
            os.close(write_end)
            os.close(start_read)
            channels[rank], pids[rank] = read_end, pid
            starts.append(start_write)
        for fd in starts:
            os.write(fd, b"1")
    except BaseException:  # a fork was refused (or interrupted): the ranks already started see EOF and leave
        for fd in [*starts, *channels.values()]:
            os.close(fd)
        for pid in pids.values():
            os.waitpid(pid, 0)
        raise
    for fd in starts:
        os.close(fd)
    received, closed = _collect(channels, time.monotonic() + timeout + 10)
    for rank, pid in pids.items():
        if rank not in closed:  # it turned its alarm off and hung
            try:
                os.kill(pid, signal.SIGKILL)  # refused in the sandbox, where the grader ends the run instead
            except (ProcessLookupError, PermissionError):
                pass
        os.waitpid(pid, 0)
    outcomes = []
    for rank in range(world_size):
        if not received[rank]:
            outcomes.append((GONE, None, []))
            continue
        status, value, *rest = pickle.loads(received[rank])
        *details, out, err = rest
        if out:
            sys.stdout.write(out)
        if err:
            sys.stderr.write(err)
        outcomes.append((status, value, details))
    return outcomes


def _results(outcomes: list[tuple], world_size: int) -> list:
    """Every rank's value, or the error that caused the failure (not the echoes in its peers)."""
    for rank, (status, _, _) in enumerate(outcomes):
        if status == GONE:
            raise RuntimeError(f"rank {rank} of {world_size} died or hung without sending its result back")
    failures = [(rank, value, details) for rank, (status, value, details) in enumerate(outcomes) if status == "error"]
    if failures:
        # A rank that fails takes its peers' collectives down with it: report the cause, not the echoes.
        causes = [failure for failure in failures if not _peer_gone(failure[1])]
        if not causes:
            rank = failures[0][0]
            raise RuntimeError(f"rank {rank} of {world_size} was in a collective (all_reduce, broadcast, ...) that "
                               "another rank left without joining: every rank must make the same collective calls")
        rank, value, details = causes[0]
        if isinstance(value, BaseException):
            value.add_note(f"(raised on rank {rank} of {world_size})")
            raise value
        raise RuntimeError(f"rank {rank} of {world_size} failed:\n{details[0] if details else value}")
    return [value for _, value, _ in outcomes]


def _peer_gone(error) -> bool:
    return isinstance(error, RuntimeError) and any(sign in str(error) for sign in ("closed by peer", "reset by peer"))
