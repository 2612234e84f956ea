"""The course's table of contents: ``catalog.toml`` beside this file, and the notebooks in ``source/``.

``catalog.toml`` lists all ten modules and fifty planned notebooks with their titles and the
seed questions each answers.  Whether a notebook is built, and its exercises and points, are read
from the source notebook itself (its nbgrader metadata is the one place points are set), so
nothing is kept in step by hand.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from course.authoring.notebooks import Exercise, WrittenAnswer, exercises_of, read_notebook, written_answer_of

CATALOG_FILE = Path(__file__).with_name("catalog.toml")
SOURCE_DIR = Path(__file__).resolve().parents[1] / "source"


@lru_cache(maxsize=None)
def _graded_cells(path: Path, modified: float) -> tuple[tuple[Exercise, ...], WrittenAnswer | None]:
    nb = read_notebook(path)
    return tuple(exercises_of(nb)), written_answer_of(nb)


@dataclass(frozen=True)
class Notebook:
    number: int
    module: str
    slug: str
    title: str
    covers: tuple[str, ...]
    source_dir: Path = SOURCE_DIR

    @property
    def name(self) -> str:
        return f"{self.number:02d}_{self.slug}"

    @property
    def filename(self) -> str:
        return f"{self.name}.ipynb"

    @property
    def path(self) -> Path:
        return self.source_dir / self.module / self.filename

    @property
    def built(self) -> bool:
        return self.path.is_file()

    def _graded(self) -> tuple[tuple[Exercise, ...], WrittenAnswer | None]:
        return _graded_cells(self.path, self.path.stat().st_mtime) if self.built else ((), None)

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        """The autograded exercises, read from the source notebook's nbgrader metadata."""
        return self._graded()[0]

    @property
    def written(self) -> WrittenAnswer | None:
        return self._graded()[1]

    @property
    def points(self) -> float:
        """Autograded points (the written answer is graded by hand and not included)."""
        return sum(e.points for e in self.exercises)


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    notebooks: tuple[Notebook, ...] = field(default=())

    @property
    def built(self) -> bool:
        return any(nb.built for nb in self.notebooks)


@dataclass(frozen=True)
class Catalog:
    modules: tuple[Module, ...]
    questions: dict[str, str]

    @property
    def notebooks(self) -> tuple[Notebook, ...]:
        return tuple(nb for m in self.modules for nb in m.notebooks)

    def module(self, module_id: str) -> Module:
        for m in self.modules:
            if m.id == module_id:
                return m
        raise KeyError(module_id)

    @property
    def built_modules(self) -> tuple[Module, ...]:
        return tuple(m for m in self.modules if m.built)


@lru_cache(maxsize=4)
def load_catalog(path: Path = CATALOG_FILE, source_dir: Path = SOURCE_DIR) -> Catalog:
    raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    notebooks = [
        Notebook(number=n["number"], module=n["module"], slug=n["slug"], title=n["title"],
                 covers=tuple(n["covers"]), source_dir=Path(source_dir))
        for n in raw["notebooks"]
    ]
    modules = tuple(
        Module(id=m["id"], title=m["title"], notebooks=tuple(nb for nb in notebooks if nb.module == m["id"]))
        for m in raw["modules"]
    )
    return Catalog(modules=modules, questions=dict(raw["questions"]))
