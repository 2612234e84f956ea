"""The course's table of contents, read from ``catalog.toml`` beside this file.

It lists all ten modules and fifty planned notebooks with the seed questions
each answers; a notebook that has been built also lists its exercises and
points, which the tests compare with the nbgrader metadata in ``source/``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

CATALOG_FILE = Path(__file__).with_name("catalog.toml")


@dataclass(frozen=True)
class Exercise:
    id: str  # the answer cell's grade_id, i.e. the function's name
    points: int

    @property
    def test_id(self) -> str:
        return f"test_{self.id}"


@dataclass(frozen=True)
class Notebook:
    number: int
    module: str
    slug: str
    title: str
    covers: tuple[str, ...]
    exercises: tuple[Exercise, ...] = ()
    written: Exercise | None = None

    @property
    def name(self) -> str:
        return f"{self.number:02d}_{self.slug}"

    @property
    def filename(self) -> str:
        return f"{self.name}.ipynb"

    @property
    def built(self) -> bool:
        return bool(self.exercises)

    @property
    def points(self) -> int:
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


def _exercise(raw: dict) -> Exercise:
    return Exercise(id=raw["id"], points=int(raw["points"]))


@lru_cache(maxsize=1)
def load_catalog(path: Path = CATALOG_FILE) -> Catalog:
    raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    notebooks = [
        Notebook(
            number=n["number"], module=n["module"], slug=n["slug"], title=n["title"], covers=tuple(n["covers"]),
            exercises=tuple(_exercise(e) for e in n.get("exercises", ())),
            written=_exercise(n["written"]) if "written" in n else None,
        )
        for n in raw["notebooks"]
    ]
    modules = tuple(
        Module(id=m["id"], title=m["title"], notebooks=tuple(nb for nb in notebooks if nb.module == m["id"]))
        for m in raw["modules"]
    )
    return Catalog(modules=modules, questions=dict(raw["questions"]))
