"""A student handout: what one student needs to work alone, and nothing that gives answers away.

``write_handout(root, modules, path)`` writes a zip archive holding the release notebooks of
``modules`` (with each module's known mistakes, ``course.diagnosis``), the ``course`` helper package (the notebooks import it), the pinned
``requirements.txt`` and a short README saying how to start.  Never in it: ``source/`` (the
solutions), ``tests/`` (mutants, honest variants), the hidden tests (stripped from the
release by nbgrader), grading output.  The archive is written under a temporary name and
renamed, so an interrupted run leaves no half archive.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from course.authoring.course_dir import KNOWN_MISTAKES_FILE, resolve_modules
from course.errors import CourseError

PACKAGE_SKIP = {"__pycache__"}

README = """# CNNs in PyTorch: your copy of the course

The notebooks of {modules}, with the `course` helper package they import.

    python3.11 -m venv .venv
    .venv/bin/python -m pip install -r requirements.txt
    PYTHONPATH=$PWD .venv/bin/jupyter lab release/

Each notebook explains a topic and asks you to write a few functions. Fill in every cell that says
`raise NotImplementedError()`, then run the tests cell under it: its visible tests say what they expect
and what your answer returned. Run All stops at the first tests cell that fails; nbgrader's Validate
button (in the notebook's toolbar) reports every exercise at once. The grader also runs hidden tests with
other inputs, so make your answer right for every input the statement allows, not only the visible ones.
"""


def write_handout(root: Path, module_names: list[str] | None, path: Path) -> list[str]:
    """Write the handout of ``module_names`` (default: every built module) to ``path``; return its members."""
    root = Path(root)
    modules = resolve_modules(module_names)
    members: dict[str, Path] = {}
    for module in modules:
        release = root / "release" / module.id
        notebooks = sorted(release.glob("*.ipynb"))
        if not notebooks:
            raise CourseError(f"{release} has no notebooks; run `python -m course release {module.id}` first")
        members.update({f"release/{module.id}/{nb.name}": nb for nb in notebooks})
        table = release / KNOWN_MISTAKES_FILE  # what the visible tests say of a known mistake (course.diagnosis)
        if table.is_file():
            members[f"release/{module.id}/{table.name}"] = table
    package = root / "course"
    for file in sorted(package.rglob("*")):
        if file.is_file() and not PACKAGE_SKIP & set(file.relative_to(package).parts) and file.suffix != ".pyc":
            members[f"course/{file.relative_to(package)}"] = file
    members["requirements.txt"] = root / "requirements.txt"
    readme = README.format(modules=", ".join(m.id for m in modules))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.md", readme)
        for name, file in members.items():
            archive.write(file, name)
    partial.replace(path)
    return ["README.md", *members]
