"""The long-lived nbgrader process of a grading slot: one import, many commands, each as the command line runs it."""

from __future__ import annotations

import pytest

from course.authoring.nbgrader_cli import run_nbgrader
from course.errors import CourseError
from course.grading.nbgrader_host import NbgraderHost

pytestmark = pytest.mark.slow


@pytest.fixture()
def host():
    host = NbgraderHost()
    yield host
    host.close()


def test_commands_run_one_after_another_in_one_process(tmp_path, host):
    log = tmp_path / "nbgrader.log"
    run_nbgrader(["--version"], tmp_path, log, host=host)
    first = host._process.pid
    run_nbgrader(["db", "student", "list"], tmp_path, log, host=host)  # a second app in the same process: reset in between
    assert host._process.pid == first, "the same process served both commands"
    text = log.read_text()
    assert "$ nbgrader --version" in text and "nbgrader version" in text and "There are 0 students in the database" in text


def test_a_failing_command_is_one_line_and_the_host_carries_on(tmp_path, host):
    log = tmp_path / "nbgrader.log"
    with pytest.raises(CourseError, match=r"`nbgrader autograde no_such_module` failed \(exit 1\)") as failed:
        run_nbgrader(["autograde", "no_such_module"], tmp_path, log, host=host)
    assert "\n" not in str(failed.value)
    run_nbgrader(["--version"], tmp_path, log, host=host)


def test_a_host_that_died_is_replaced_by_the_next_command(tmp_path, host):
    log = tmp_path / "nbgrader.log"
    run_nbgrader(["--version"], tmp_path, log, host=host)
    dead = host._process
    dead.kill()
    dead.wait()
    run_nbgrader(["--version"], tmp_path, log, host=host)
    assert host._process is not dead and host._process.poll() is None
