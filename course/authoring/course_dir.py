"""Where a course lives on disk: its root, its modules, and scratch copies for demos and tests."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from course.catalog import Module, load_catalog
from course.errors import CourseError
from course.authoring.notebooks import cells_by_grade_id, read_notebook

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
CONFIG_FILE = "nbgrader_config.py"
SCRATCH_DIR = ".grading"   # grading's scratch folders, inside the course root (git-ignored)


def find_course_root(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` that holds ``nbgrader_config.py`` and ``source/``."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file() and (folder / "source").is_dir():
            return folder
    raise CourseError(f"no course here: {here} has no {CONFIG_FILE} and source/ above it; "
                      "run this in the course's root folder")


def resolve_modules(names: list[str] | None) -> list[Module]:
    """The catalog modules named (all built ones when ``names`` is empty), or a CourseError naming the bad one."""
    catalog = load_catalog()
    if not names:
        return list(catalog.built_modules)
    modules = []
    for name in names:
        try:
            module = catalog.module(name)
        except KeyError:
            known = ", ".join(m.id for m in catalog.built_modules)
            raise CourseError(f"unknown module {name!r}; built modules: {known}") from None
        if not module.built:
            raise CourseError(f"module {name!r} is planned but has no notebooks yet; built modules: "
                              + ", ".join(m.id for m in catalog.built_modules))
        modules.append(module)
    return modules


def source_notebooks(root: Path, module: Module) -> list[Path]:
    """The module's built source notebooks, each checked to exist and to parse; CourseError otherwise."""
    paths = []
    for nb in module.notebooks:
        if nb.built:
            path = root / "source" / module.id / nb.filename
            found = cells_by_grade_id(read_notebook(path))  # read_notebook: CourseError if missing or malformed
            wanted = [e.id for e in nb.exercises] + [e.test_id for e in nb.exercises] + [nb.written.id]
            missing = [grade_id for grade_id in wanted if grade_id not in found]
            if missing:
                raise CourseError(f"{path} lacks the nbgrader cells {', '.join(missing)} that course/catalog.toml "
                                  "lists; restore their cell metadata (View → Cell Toolbar → Create Assignment)")
            paths.append(path)
    return paths


MUTANTS_FOLDER = Path("tests") / "mutants"  # course.grading.misconceptions reads them from the course's folder
KNOWN_MISTAKES_FILE = "known_mistakes.json"  # beside a module's release notebooks (course.diagnosis)


def known_mistakes(course_root: Path, notebook: str) -> dict[str, list[dict]]:
    """answer grade_id → [{"name", "source", "explanation"}] from the course's ``tests/mutants/<notebook>.py``
    (empty when there is none, or when it has no explanations); an exercise whose results are measurements
    (``MEASURED = {exercise: relative tolerance}``) gives each of its mistakes that ``"rtol"`` too, or the one
    given for that mistake alone (``"exercise/mistake"``: one whose results are noise on a scale of their own)."""
    path = Path(course_root) / MUTANTS_FOLDER / f"{notebook}.py"
    if not path.is_file():
        return {}
    spec = importlib.util.spec_from_file_location(f"course_mutants_{notebook}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    mutants, explanations = getattr(module, "MUTANTS", {}), getattr(module, "EXPLANATIONS", {})
    measured = getattr(module, "MEASURED", {})

    def tolerance(exercise: str, name: str) -> dict:
        rtol = measured.get(f"{exercise}/{name}", measured.get(exercise))
        return {} if rtol is None else {"rtol": float(rtol)}

    return {exercise: [{"name": name, "source": code, "explanation": explanations[exercise][name],
                        **tolerance(exercise, name)}
                       for name, code in variants.items() if name in explanations.get(exercise, {})]
            for exercise, variants in mutants.items()}


def make_scratch_course(destination: Path, modules: list[Module], root: Path = REPOSITORY_ROOT,
                        extra_config: str = "") -> Path:
    """A fresh course folder at ``destination``: the config (plus ``extra_config``), the modules' sources and
    their known mistakes (``tests/mutants/``)."""
    if destination.exists():
        shutil.rmtree(destination)
    destination.mkdir(parents=True)
    config = (root / CONFIG_FILE).read_text(encoding="utf-8")
    (destination / CONFIG_FILE).write_text(config + ("\n# Added for this scratch course\n" + extra_config
                                                      if extra_config else ""), encoding="utf-8")
    for module in modules:
        target = destination / "source" / module.id
        target.mkdir(parents=True)
        for path in source_notebooks(root, module):
            shutil.copy2(path, target / path.name)
            known = root / MUTANTS_FOLDER / f"{path.stem}.py"  # the known mistakes that name misconceptions
            if known.is_file():
                (destination / MUTANTS_FOLDER).mkdir(parents=True, exist_ok=True)
                shutil.copy2(known, destination / MUTANTS_FOLDER / known.name)
    return destination
