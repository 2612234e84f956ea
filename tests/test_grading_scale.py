"""Grading at scale: parallel equals serial, and a PostgreSQL gradebook equals the SQLite one.

One scratch course (two fast notebooks of module 1, three students) is graded three times:
serially into SQLite, with two workers into a second SQLite gradebook, and with two workers
into a real PostgreSQL server started on 127.0.0.1 for this test.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import nbformat
import pytest

from course.catalog import load_catalog
from course.grading.autograde import autograde_module
from course.authoring.course_dir import make_scratch_course
from course.authoring.nbgrader_cli import run_nbgrader
from course.authoring.notebooks import fill_answers, read_notebook, reference_answers
from course.grading.report import build_report, without_timings
from course.grading.results import gradebook_url, read_scores
from mutation import load_mutants

pytestmark = pytest.mark.slow
MODULE = load_catalog().module("m01_foundations")
NOTEBOOKS = ["03_conv_output_size.ipynb", "04_parameter_count.ipynb"]


def _grade(course: Path, db_url: str, jobs: int) -> tuple[dict, dict]:
    run_nbgrader(["generate_assignment", MODULE.id, "--force", f"--CourseDirectory.db_url={db_url}"],
                 course, course / "logs" / "generate.log")
    runs = autograde_module(course, MODULE.id, course / "logs" / f"jobs{jobs}", jobs=jobs, progress=False,
                            db_url=db_url)
    scores = {s.student: s for s in read_scores(db_url, MODULE.id)}
    gradebook = {student: s.exercise_scores() for student, s in scores.items()}
    return gradebook, without_timings(build_report(MODULE.id, runs))


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    course = make_scratch_course(tmp_path_factory.mktemp("scale"), [MODULE])
    for path in (course / "source" / MODULE.id).glob("*.ipynb"):
        if path.name not in NOTEBOOKS:
            path.unlink()
    run_nbgrader(["generate_assignment", MODULE.id, "--force"], course, course / "logs" / "generate.log")
    for student in ("reference", "untouched", "mutants"):
        folder = course / "submitted" / student / MODULE.id
        folder.mkdir(parents=True)
        for name in NOTEBOOKS:
            release = read_notebook(course / "release" / MODULE.id / name)
            answers = {"reference": lambda: reference_answers(read_notebook(course / "source" / MODULE.id / name)),
                       "untouched": dict,
                       "mutants": lambda: {e: next(iter(v.values())) for e, v in load_mutants(name).items()}}[student]()
            nbformat.write(fill_answers(release, answers), folder / name)
    (course / "gradebook.db").unlink()
    return course


@pytest.fixture(scope="module")
def serial(course):
    return _grade(course, gradebook_url(course, "serial.db"), jobs=1)


def test_parallel_grading_equals_serial(course, serial):
    parallel = _grade(course, gradebook_url(course, "parallel.db"), jobs=2)
    assert parallel == serial
    gradebook, report = serial
    assert report["students"]["reference"]["score"] == report["students"]["reference"]["max_score"] > 0
    assert report["students"]["untouched"]["score"] == report["students"]["mutants"]["score"] == 0
    assert all(entry["status"] == "graded" for entry in report["students"].values())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _postgres_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


def _install_postgres() -> str | None:
    """Install Debian's postgresql package when it is missing; the reason it could not be, or None."""
    if _postgres_bin():
        return None
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return "PostgreSQL is not installed and this test cannot install it (needs root and apt-get)"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "postgresql"]):
        if subprocess.run(command, env=env, capture_output=True, timeout=600).returncode != 0:
            return f"could not install PostgreSQL with `{' '.join(command)}`"
    return None if _postgres_bin() else "the postgresql package installed no server binaries"


@pytest.fixture(scope="module")
def postgres_url():
    reason = _install_postgres()
    if reason:
        pytest.skip(reason)
    bindir = _postgres_bin()
    # not under pytest's tmp folder: that is private to root, and the server runs as another user
    home = Path(tempfile.mkdtemp(prefix="course-postgres-"))
    data, port = home / "data", _free_port()
    # initdb refuses to run as root: run the server as the postgres user the package created
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_user:
        owner = pwd.getpwnam("postgres")
        os.chown(home, owner.pw_uid, owner.pw_gid)
    subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-U", "course", "--auth=trust"],
                   check=True, capture_output=True)
    options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1"
    subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(home / "log"),
                    "-w", "start"], check=True, capture_output=True)
    try:
        subprocess.run([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "course", "gradebook"],
                       check=True, capture_output=True)
        yield f"postgresql+psycopg2://course@127.0.0.1:{port}/gradebook"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


def test_postgres_gradebook_equals_sqlite(course, serial, postgres_url):
    assert _grade(course, postgres_url, jobs=2) == serial
