"""Grading on a Dask cluster: every submission is one task, run by whichever worker is free.

``grade_on_cluster(scheduler, ...)`` connects a ``distributed.Client`` to the scheduler at
``tcp://HOST:PORT`` and submits one task per ``(module, student)``: the same function a
local job runs (``autograde.grade_one``: the sandboxed pipeline, then that student's
feedback), with each worker thread's own long-lived nbgrader process (``grade_one_in_slot``).
What the workers must share with the client (the README says it too):

- the course folder, at the same path (``submitted/``, ``release/``, ``source/``; each task
  writes its student's ``autograded/``, ``feedback/`` and scratch folders there), and the
  course's Python environment, at the same path;
- the gradebook: nbgrader's ``db_url``; SQLite in the course folder while every worker is on
  one machine, PostgreSQL when they are on several.

Each task writes only its own student's rows.  When every task is done the client, the one
writer of the final scores, reconciles each result into the gradebook again, so the
gradebook holds exactly the results the client reports, whatever a lost worker left behind.

Faults: a worker that dies takes its running task with it; the scheduler runs that task on
another worker (grading a submission again from scratch gives the same result), so no
submission is lost or counted twice.  A task that fails for the grader's own reasons (or
kills workers every time it runs) becomes that student's result with the reason, and the
batch goes on.  The workers' own logs are saved beside the grading logs.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from tqdm.auto import tqdm

from course.errors import CourseError
from course.grading.limits import GradingLimits
from course.grading.model import SubmissionResult

def grade_on_cluster(scheduler: str, course_root: Path, submissions: list[tuple[str, str]], log_dir: Path,
                     db_url: str, limits: GradingLimits, feedback: bool, progress: bool = True) -> list[SubmissionResult]:
    """One result per ``(module, student)`` of ``submissions``, in their order, each graded by a cluster task."""
    from distributed import Client, as_completed

    from course.grading.autograde import grade_one_in_slot
    from course.grading.pipeline import reconcile

    try:
        client = Client(scheduler, set_as_default=False)  # gives up after distributed.comm.timeouts.connect (30 s)
    except (OSError, TimeoutError, ValueError) as error:
        raise CourseError(f"cannot reach the Dask scheduler at {scheduler} ({type(error).__name__}: {error}); "
                          "start one with `dask scheduler` and workers with `dask worker "
                          f"{scheduler} --nthreads 1`, or grade locally without --scheduler") from None
    batch = uuid.uuid4().hex[:8]  # task keys of this batch only: a rerun never picks up an old result
    results: dict[tuple[str, str], SubmissionResult] = {}
    with client:
        # one OpenMP thread per task: a worker runs one task per thread it has, and there are as many as cores
        futures = {client.submit(grade_one_in_slot, course_root, module, student, limits, log_dir, db_url, 1, feedback,
                                 key=f"grade-{module}-{student}-{batch}", pure=False): (module, student)
                   for module, student in submissions}
        with tqdm(total=len(futures), desc="grade (cluster)", unit="submission", disable=not progress) as bar:
            for future in as_completed(futures, loop=client.loop):  # not the default client: none is set
                module, student = futures[future]
                try:
                    result = future.result()
                except Exception as error:  # the task itself failed: KilledWorker, a worker without the course, ...
                    result = SubmissionResult(student, module, problems=[
                        f"grading failed on the cluster: {type(error).__name__}: {error}"])
                results[(module, student)] = result
                bar.set_postfix_str(f"{module}/{student} {result.status}")
                bar.update()
        _save_worker_logs(client, log_dir)
    for result in results.values():
        if result.exercises:
            reconcile(db_url, result.module, result.student, result)
    return [results[key] for key in submissions]


def _save_worker_logs(client, log_dir: Path) -> None:
    """Every worker's recent log lines, in ``log_dir/dask-workers.log``, so they are reachable from the client."""
    lines = []
    try:
        for worker, records in sorted(client.get_worker_logs().items()):
            lines += [f"{worker} {level} {message}" for level, message in reversed(records)]  # newest came first
    except Exception as error:  # noqa: BLE001 - the grades matter more than the logs
        lines.append(f"worker logs unavailable: {type(error).__name__}: {error}")
    log_dir.mkdir(parents=True, exist_ok=True)
    (log_dir / "dask-workers.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
