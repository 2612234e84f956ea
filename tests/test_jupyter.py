"""`make lab` and `make formgrader`: real JupyterLab servers started the way the Makefile starts them.

Checked over HTTP (the browser tests, where Chromium is available, see what a person sees):
the student lab serves its own working copy of the release, keeps a student's saved work
when the release changes, offers no instructor tool (neither in the page's configuration nor
on the server) and keeps Validate; the instructor's lab has a working Formgrader that lists
the modules, with a gradebook made by nbgrader's migrations.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3

import nbformat
import pytest

from course.authoring.course_dir import KNOWN_MISTAKES_FILE
from course.errors import CourseError
from course.jupyter import INSTRUCTOR_ONLY, NEWS, check_gradebook
from labs import TOKEN, course_copy, get as _get, serving as _serving

pytestmark = pytest.mark.slow
MODULE = "m01_foundations"


@pytest.fixture()
def course(tmp_path, root):
    """A course folder with module 1's sources and release."""
    return course_copy(tmp_path, root, MODULE)


def _page_config(html: str) -> dict:
    return json.loads(re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>',
                                html, re.S).group(1))


def test_the_student_lab_serves_its_own_copy_without_instructor_tools(course):
    with _serving(course, "lab") as port:
        status, html = _get(port, "/lab")
        assert status == 200
        disabled = _page_config(html)["disabledExtensions"]
        assert set(INSTRUCTOR_ONLY) | {NEWS} <= set(disabled)
        assert "@jupyter/nbgrader:validate-assignment" not in disabled
        assert _get(port, "/formgrader")[0] == 404, "the Formgrader's server side is off too"
        status, listing = _get(port, f"/api/contents/{MODULE}")
        names = {item["name"] for item in json.loads(listing)["content"]}
        assert names == {p.name for p in (course / "release" / MODULE).glob("*.ipynb")} | {KNOWN_MISTAKES_FILE}
    # the student saves an answer; then the release changes: their copy is kept, a new notebook is added
    saved = course / "student" / MODULE / "03_conv_output_size.ipynb"
    work = nbformat.read(saved, as_version=4)
    work.cells[0].source += "\n\nmy notes"
    nbformat.write(work, saved)
    released = course / "release" / MODULE / "03_conv_output_size.ipynb"
    shutil.copy2(released, released.with_name("99_new.ipynb"))
    with _serving(course, "lab"):
        pass
    assert "my notes" in saved.read_text()
    assert (course / "student" / MODULE / "99_new.ipynb").is_file()


def test_the_formgrader_lists_every_module_with_a_migrated_gradebook(course):
    with _serving(course, "formgrader") as port:
        status, body = _get(port, "/formgrader/api/assignments")
        assert status == 200, body
        assert MODULE in {a["name"] for a in json.loads(body)}
        assert _get(port, "/formgrader")[0] == 200
    with sqlite3.connect(course / "gradebook.db") as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall(), "nbgrader's migrations ran"


def test_a_gradebook_without_its_migration_version_is_repaired_or_refused(tmp_path):
    empty = tmp_path / "gradebook.db"
    with sqlite3.connect(empty) as db:
        db.execute("CREATE TABLE grade (id TEXT)")
    assert "removed" in check_gradebook(empty) and not empty.exists()
    with sqlite3.connect(empty) as db:
        db.execute("CREATE TABLE grade (id TEXT)")
        db.execute("INSERT INTO grade VALUES ('a')")
    with pytest.raises(CourseError, match="holds 1 grades but no migration version"):
        check_gradebook(empty)
    assert empty.exists(), "a gradebook with grades is never removed"
