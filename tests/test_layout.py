"""The package's layout follows its trust boundary (README: The `course` package).

What runs beside student code, inside the sandbox (the worker, the guard, the integrity
snapshot, the answering side of the tests the grader runs and its wire format), imports nothing from
``course`` but ``course.sandbox`` (and ``course.testing``, whose refusals the answering side applies for
the grader), so nothing the grader trusts is within the student's reach by import; and the authoring
tools do not depend on grading.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "course"
INSIDE_THE_SANDBOX = ("warm", "worker", "guard", "integrity", "calls", "wire", "module_copy")
ALSO_ALLOWED = {"calls": {"course.testing"}}


def course_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return {name for name in names if name == "course" or name.startswith("course.")}


@pytest.mark.parametrize("module", INSIDE_THE_SANDBOX)
def test_sandboxed_modules_import_only_their_own_package(module):
    outside = {name for name in course_imports(PACKAGE / "sandbox" / f"{module}.py")
               if not name.startswith("course.sandbox")} - ALSO_ALLOWED.get(module, set())
    assert not outside, f"course/sandbox/{module}.py imports {sorted(outside)}"


def test_loading_the_worker_loads_nothing_else_of_the_course():
    code = ("import sys, course.sandbox.warm, course.sandbox.worker, course.sandbox.guard, course.sandbox.integrity\n"
            "print(sorted(m for m in sys.modules if m.startswith('course')))")
    loaded = eval(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                 cwd=PACKAGE.parent).stdout)
    assert set(loaded) <= {"course", "course.sandbox", *(f"course.sandbox.{m}" for m in INSIDE_THE_SANDBOX)}, loaded


@pytest.mark.parametrize("path", sorted((PACKAGE / "authoring").glob("*.py")), ids=lambda p: p.name)
def test_authoring_does_not_depend_on_grading(path):
    assert not {n for n in course_imports(path) if n.startswith(("course.grading", "course.sandbox", "course.demo"))}


def test_every_folder_of_the_package_says_what_it_is_for():
    for folder in ("authoring", "grading", "sandbox", "demo"):
        init = PACKAGE / folder / "__init__.py"
        assert ast.get_docstring(ast.parse(init.read_text())), f"course/{folder}/__init__.py needs a docstring"
