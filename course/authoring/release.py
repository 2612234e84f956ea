"""Generating the student release of modules with ``nbgrader generate_assignment``, and beside each
module's notebooks the known mistakes its visible tests can show (``course.authoring.known_mistakes``).

nbgrader runs in a scratch copy of the course, so a failure leaves ``release/``
(and the instructor's gradebook) untouched; the finished folders then replace
the old ones in one rename each.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from course.catalog import Module
from course.authoring.course_dir import make_scratch_course, source_notebooks
from course.authoring.known_mistakes import write_known_mistakes
from course.authoring.nbgrader_cli import run_nbgrader


def build_release(root: Path, modules: list[Module], workdir: Path) -> Path:
    """Generate the modules' release inside ``workdir``; returns the scratch course's ``release/`` folder."""
    for module in modules:
        source_notebooks(root, module)  # every notebook must parse before anything is written
    scratch = make_scratch_course(workdir / "course", modules, root)
    for module in modules:
        run_nbgrader(["generate_assignment", module.id, "--force"], scratch, workdir / "nbgrader.log")
        write_known_mistakes(scratch, module, scratch / "release" / module.id)
    return scratch / "release"


def publish_release(root: Path, modules: list[Module]) -> list[Path]:
    """Regenerate ``release/<module>`` for each module from ``source/``; returns the folders written."""
    written = []
    with tempfile.TemporaryDirectory(prefix="course-release-") as tmp:
        built = build_release(root, modules, Path(tmp))
        (root / "release").mkdir(exist_ok=True)
        for module in modules:
            target = root / "release" / module.id
            staging = root / "release" / f".{module.id}.new"
            shutil.rmtree(staging, ignore_errors=True)
            shutil.copytree(built / module.id, staging)
            if target.exists():
                retired = root / "release" / f".{module.id}.old"
                shutil.rmtree(retired, ignore_errors=True)
                target.rename(retired)
                staging.rename(target)
                shutil.rmtree(retired)
            else:
                staging.rename(target)
            written.append(target)
    return written
