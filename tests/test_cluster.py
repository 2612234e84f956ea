"""Grading on a real Dask cluster: a LocalCluster of two worker processes over TCP on 127.0.0.1.

Two identical scratch courses (one notebook of m01, the demo's three students) are graded, one
locally with --jobs 2 and one on the cluster: the gradebooks and the reports must be identical.
A third is graded on a cluster whose worker is killed (with its children, as when its machine
dies) while it grades: every submission still comes back exactly once, with the same scores.
"""

from __future__ import annotations

import shutil
import threading
import time

import psutil
import pytest

from course.authoring.course_dir import make_scratch_course, resolve_modules
from course.authoring.nbgrader_cli import run_nbgrader
from course.demo.personas import PERSONAS, write_submission
from course.errors import CourseError
from course.grading.autograde import grade_modules
from course.grading.results import gradebook_url, read_scores
from course.grading.report import without_timings

pytestmark = pytest.mark.slow
MODULE = "m01_foundations"
NOTEBOOK = "03_conv_output_size.ipynb"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A course with one notebook of m01, released, and one submission per demo persona."""
    course = make_scratch_course(tmp_path_factory.mktemp("cluster") / "course", resolve_modules([MODULE]))
    for notebook in (course / "source" / MODULE).glob("*.ipynb"):
        if notebook.name != NOTEBOOK:
            notebook.unlink()
    run_nbgrader(["generate_assignment", MODULE, "--force"], course, course / "nbgrader.log")
    for student, (_, persona) in PERSONAS.items():
        folder = course / "submitted" / student / MODULE
        shutil.copytree(course / "release" / MODULE, folder)
        write_submission(persona, folder, course / "source" / MODULE)
    return course


def _copy(template, tmp_path, name):
    course = tmp_path / name
    shutil.copytree(template, course)
    return course


def _scores(course):
    return {s.student: s.exercise_scores() for s in read_scores(gradebook_url(course), MODULE)}


def _summary(graded):
    return without_timings(graded.report)["students"]


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as local:
        yield local


def _grade(course, **how):
    (graded,) = grade_modules(course, [MODULE], course / "logs", progress=False, **how)
    return graded


@pytest.fixture(scope="module")
def local(template, tmp_path_factory):
    """The same submissions graded locally, two at a time: what the cluster must reproduce."""
    course = _copy(template, tmp_path_factory.mktemp("local"), "course")
    return _summary(_grade(course, jobs=2)), _scores(course)


def test_grading_on_the_cluster_gives_the_gradebook_and_report_of_local_grading(template, tmp_path, cluster, local):
    on_cluster_course = _copy(template, tmp_path, "cluster")
    on_cluster = _grade(on_cluster_course, scheduler=cluster.scheduler_address)
    assert _summary(on_cluster) == local[0]
    assert _scores(on_cluster_course) == local[1]
    scores = _scores(on_cluster_course)
    assert set(scores) == set(PERSONAS) and sum(scores["ada"][k][0] for k in scores["ada"]) > 0
    assert "tcp://127.0.0.1" in (on_cluster_course / "logs" / "dask-workers.log").read_text()


def test_a_worker_killed_midway_loses_and_duplicates_nothing(template, tmp_path, cluster, local):
    from distributed import Client

    course = _copy(template, tmp_path, "killed")
    killed = []

    def kill_a_busy_worker():
        with Client(cluster.scheduler_address, set_as_default=False) as client:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not killed:
                busy = [address for address, tasks in client.processing().items() if tasks]
                if busy:
                    time.sleep(3)  # well inside the task: nbgrader and the sandbox are running
                    pid = client.run(lambda: __import__("os").getpid(), workers=[busy[0]])[busy[0]]
                    worker = psutil.Process(pid)
                    for process in [*worker.children(recursive=True), worker]:
                        process.kill()
                    killed.append(busy[0])
                time.sleep(0.2)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    graded = _grade(course, scheduler=cluster.scheduler_address)
    killer.join()
    assert killed, "no worker was busy long enough to be killed"
    assert _summary(graded) == local[0]
    assert sorted(_scores(course)) == sorted(PERSONAS), "one submission each in the gradebook"
    assert _scores(course) == local[1]


def test_an_unreachable_scheduler_is_one_clear_error(template, tmp_path):
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}), pytest.raises(CourseError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        _grade(_copy(template, tmp_path, "nowhere"), scheduler="tcp://127.0.0.1:9")
