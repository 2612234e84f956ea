"""JupyterLab for the two kinds of user: a student lab without instructor tools, and the instructor's formgrader.

``student_lab(root, args)`` serves ``student/``, the student's own working copy of the
release (git-ignored): created on first run, and on every later run only the notebooks it
does not have yet are added, so ``make release`` or ``git pull`` never touch saved answers.
Its Jupyter configuration (``.jupyter/student``, written on each start) turns off the
instructor tools (Formgrader, Create Assignment), the Assignments and Courses panels (no
exchange is configured for a lone student) and JupyterLab's news and update check; nbgrader's
Validate stays.

``formgrader(root, args)`` serves the course root for the instructor, with the Formgrader.
Before it starts, a gradebook without its migration version (left by a server that could
not run nbgrader's migrations) is repaired when it holds no grades, refused otherwise.

Both put this environment's ``bin/`` first on PATH (nbgrader runs ``alembic`` as a program),
add ``--allow-root`` when run as root, and pass any further arguments (``LAB_ARGS``) to
``jupyter lab``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path

from course.authoring.course_dir import KNOWN_MISTAKES_FILE
from course.authoring.nbgrader_cli import nbgrader_environment
from course.errors import CourseError

STUDENT_DIR = "student"
CONFIG_DIR = ".jupyter"
NEWS = "@jupyterlab/apputils-extension:announcements"  # the news prompt and the update check
INSTRUCTOR_ONLY = ["@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment",
                   "@jupyter/nbgrader:assignment-list", "@jupyter/nbgrader:course-list", "@jupyter/nbgrader:menu"]
INSTRUCTOR_SERVER_EXTENSIONS = ["nbgrader.server_extensions.formgrader", "nbgrader.server_extensions.assignment_list",
                                "nbgrader.server_extensions.course_list"]
VALIDATE = "nbgrader.server_extensions.validate_assignment"


def update_student_copy(root: Path) -> list[Path]:
    """Copy into ``student/`` every release notebook it does not have yet (and each module's known mistakes,
    always afresh); return the notebooks copied."""
    release = root / "release"
    if not release.is_dir():
        raise CourseError(f"{release} is missing; run `make release` (or `python -m course release`) first")
    added = []
    for notebook in sorted(release.glob("*/*.ipynb")):
        target = root / STUDENT_DIR / notebook.relative_to(release)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(notebook, target)
            added.append(target)
    for table in sorted(release.glob(f"*/{KNOWN_MISTAKES_FILE}")):  # the course's, not the student's work: always fresh
        target = root / STUDENT_DIR / table.relative_to(release)
        if target.parent.is_dir():
            shutil.copy2(table, target)
    return added


def _write_config(folder: Path, disabled_lab: list[str], server: dict[str, bool]) -> Path:
    """A Jupyter configuration folder that turns the given lab extensions off and server extensions on or off
    (explicitly: whatever the environment's own configuration says)."""
    (folder / "labconfig").mkdir(parents=True, exist_ok=True)
    (folder / "labconfig" / "page_config.json").write_text(
        json.dumps({"disabledExtensions": {name: True for name in disabled_lab}}, indent=2) + "\n", encoding="utf-8")
    (folder / "jupyter_server_config.json").write_text(
        json.dumps({"ServerApp": {"jpserver_extensions": server}}, indent=2) + "\n",
        encoding="utf-8")
    return folder


def lab_command(root: Path, serve: Path, args: list[str]) -> list[str]:
    root_flag = ["--allow-root"] if os.geteuid() == 0 else []
    return [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={serve}", *root_flag, *args]


def student_lab(root: Path, args: list[str]) -> tuple[list[str], dict[str, str]]:
    """The command and environment of the student lab (after bringing ``student/`` up to date)."""
    added = update_student_copy(root)
    if added:
        print(f"course: added {len(added)} notebook(s) to {root / STUDENT_DIR} (existing ones are kept as they are)")
    config = _write_config(root / CONFIG_DIR / "student", [*INSTRUCTOR_ONLY, NEWS],
                           {**{name: False for name in INSTRUCTOR_SERVER_EXTENSIONS}, VALIDATE: True})
    return lab_command(root, root / STUDENT_DIR, args), nbgrader_environment({"JUPYTER_CONFIG_DIR": str(config)})


def formgrader(root: Path, args: list[str]) -> tuple[list[str], dict[str, str]]:
    """The command and environment of the instructor's lab, in the course root, with the Formgrader."""
    message = check_gradebook(root / "gradebook.db")
    if message:
        print(f"course: {message}")
    config = _write_config(root / CONFIG_DIR / "instructor", [NEWS],
                           {name: True for name in [*INSTRUCTOR_SERVER_EXTENSIONS, VALIDATE]})
    return lab_command(root, root, args), nbgrader_environment({"JUPYTER_CONFIG_DIR": str(config)})


def check_gradebook(path: Path) -> str | None:
    """None when ``path`` is absent or fully migrated; a line saying what was repaired; CourseError if it cannot be."""
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = db.execute("SELECT version_num FROM alembic_version").fetchall() if "alembic_version" in tables else []
            grades = db.execute("SELECT COUNT(*) FROM grade").fetchone()[0] if "grade" in tables else 0
    except sqlite3.DatabaseError as error:
        raise CourseError(f"{path} is not a readable SQLite gradebook ({error}); move it away and start again") from None
    if version:
        return None
    if grades:
        raise CourseError(f"{path} holds {grades} grades but no migration version, so nbgrader cannot upgrade it; "
                          "back it up, then stamp it with `alembic stamp head` (nbgrader's migrations) or restore "
                          "a good copy")
    path.unlink()
    return f"removed {path}: it had no migration version and no grades (a server that could not run the " \
           "migrations left it); nbgrader creates it again"
