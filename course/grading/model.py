"""The grading model, in one place: statuses, the verifier's verdict on a cell, and results.

Everything that grades imports these types; nothing builds or reads a verdict dict by hand.
The verdicts of one notebook travel from nbgrader's Execute step (``sandboxed_execute``) to the
judge as a JSON file, written by ``write_verdicts`` and read by ``read_verdicts`` only; its
shape is ``VERDICTS_SCHEMA``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


SCRATCH_VARIABLE = "COURSE_GRADING_SCRATCH"   # set by the pipeline; else .grading/<module>/<student>
DEADLINE_VARIABLE = "COURSE_GRADING_DEADLINE"  # set by the pipeline: time.time() when the submission's budget ends


def verdicts_file(scratch: Path, notebook: str) -> Path:
    return Path(scratch) / "verdicts" / f"{notebook}.json"


def seconds_file(scratch: Path, notebook: str) -> Path:
    """How long the notebook took to grade (all its cells and restarts), for the class report."""
    path = Path(scratch) / "verdicts" / f"{notebook}.seconds"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


class CellStatus(str, Enum):
    """How one cell ended in the verifier."""
    PASSED = "passed"      # ran to the end
    FAILED = "failed"      # raised an exception (for a tests cell: a failed check)
    TIMEOUT = "timeout"    # still running at the cell time limit; the worker was restarted without it
    CRASHED = "crashed"    # the process died in it, or it broke the output or memory limit

    def __str__(self) -> str:
        return self.value

    @property
    def stopped_the_run(self) -> bool:
        return self in (CellStatus.TIMEOUT, CellStatus.CRASHED)


class Status(str, Enum):
    """An exercise's status; a submission's is the most serious of its exercises' (declaration order)."""
    FLAGGED = "flagged"      # the submission tried to influence grading
    CRASHED = "crashed"      # a cell killed its process, broke a limit, or the grader failed
    TIMEOUT = "timeout"      # a cell ran longer than the limit
    MALFORMED = "malformed"  # the file or its cells were damaged
    MISSING = "missing"      # the notebook was not submitted
    GRADED = "graded"        # graded normally

    def __str__(self) -> str:
        return self.value

    @classmethod
    def most_serious(cls, statuses) -> "Status":
        found = set(statuses)
        return next((s for s in cls if s in found), cls.GRADED)


@dataclass(frozen=True)
class CellVerdict:
    """What the verifier found out about one code cell of a notebook."""
    index: int                       # the cell's index in the notebook
    status: CellStatus
    error: str = ""                  # "Name: message" of the exception, or why the cell was stopped
    flags: tuple[str, ...] = ()      # attempts to influence grading seen while it ran
    grade_id: str | None = None      # the cell's nbgrader grade_id, if it has one
    misconception: dict | None = None  # a failed tests cell's answer behaving like a known mistake: name, explanation


MISCONCEPTION_MARKER = "course_misconception"  # metadata key of the grader's output naming a known mistake


# a known mistake as the student reads it; a verdict's misconception may add the others it behaves like ("alike")
_NAMED_MISTAKE = {"type": "object", "required": ["name", "explanation"], "additionalProperties": False,
                  "properties": {"name": {"type": "string"}, "explanation": {"type": "string"}}}

VERDICTS_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "verdicts of one notebook: cell index -> verdict",
    "type": "object",
    "patternProperties": {"^[0-9]+$": {
        "type": "object",
        "required": ["status", "error", "flags", "grade_id"],
        "additionalProperties": False,
        "properties": {
            "status": {"enum": [s.value for s in CellStatus]},
            "error": {"type": "string"},
            "flags": {"type": "array", "items": {"type": "string"}},
            "grade_id": {"type": ["string", "null"]},
            "misconception": {**_NAMED_MISTAKE, "properties": {**_NAMED_MISTAKE["properties"],
                                                               "alike": {"type": "array", "items": _NAMED_MISTAKE}}},
        },
    }},
    "additionalProperties": False,
}


def write_verdicts(path: Path, verdicts: list[CellVerdict]) -> None:
    """Write atomically: the judge never reads half a file."""
    body = {str(v.index): {"status": v.status.value, "error": v.error, "flags": list(v.flags), "grade_id": v.grade_id,
                           **({"misconception": dict(v.misconception)} if v.misconception else {})}
            for v in verdicts}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(body), encoding="utf-8")
    partial.replace(path)


def read_verdicts(path: Path) -> dict[int, CellVerdict]:
    """The verdicts written by ``write_verdicts``; ``ValueError`` if the file does not follow the schema."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: verdicts must be an object")
    verdicts = {}
    for key, entry in raw.items():
        required = {"status", "error", "flags", "grade_id"}
        if not key.isdigit() or not isinstance(entry, dict) or not required <= set(entry) <= required | {"misconception"}:
            raise ValueError(f"{path}: malformed verdict {key!r}")
        flags, grade_id, misconception = entry["flags"], entry["grade_id"], entry.get("misconception")
        if not (isinstance(entry["error"], str) and isinstance(flags, list) and all(isinstance(f, str) for f in flags)
                and (grade_id is None or isinstance(grade_id, str)) and
                (misconception is None or _is_misconception(misconception))):
            raise ValueError(f"{path}: malformed verdict {key!r}")
        verdicts[int(key)] = CellVerdict(int(key), CellStatus(entry["status"]), entry["error"], tuple(flags), grade_id,
                                         misconception)
    return verdicts


def _is_named_mistake(value) -> bool:
    return isinstance(value, dict) and set(value) == {"name", "explanation"} and \
        all(isinstance(v, str) for v in value.values())


def _is_misconception(value) -> bool:
    """A named mistake, optionally with ``"alike"``: a list of the others the answer behaved like."""
    if not isinstance(value, dict):
        return False
    alike = value.get("alike", [])
    return _is_named_mistake({k: v for k, v in value.items() if k != "alike"}) and isinstance(alike, list) and \
        all(_is_named_mistake(m) for m in alike)


@dataclass
class ExerciseResult:
    notebook: str       # notebook name without .ipynb
    exercise: str       # the tests cell's grade_id
    score: float
    max_score: float
    status: Status
    reason: str = ""
    misconception: dict | None = None  # the known mistake a lost exercise's answer behaves like: name, explanation

    def to_json(self) -> dict:
        return {"score": self.score, "max_score": self.max_score, "status": self.status.value, "reason": self.reason,
                **({"misconception": dict(self.misconception)} if self.misconception else {})}


@dataclass
class SubmissionResult:
    student: str
    module: str
    exercises: list[ExerciseResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)   # about the submission as a whole: the grader failed
    notes: list[str] = field(default_factory=list)      # for the instructor, without changing the status
    seconds: dict[str, float] = field(default_factory=dict)  # notebook → how long grading it took

    @property
    def status(self) -> Status:
        statuses = {e.status for e in self.exercises} | ({Status.CRASHED} if self.problems else set())
        return Status.most_serious(statuses)

    @property
    def ok(self) -> bool:
        """Graded to the end (whatever the submission's status); False if the grader itself failed."""
        return not self.problems

    @property
    def message(self) -> str:
        return "; ".join(self.problems)

    @property
    def score(self) -> float:
        return sum(e.score for e in self.exercises)

    @property
    def max_score(self) -> float:
        return sum(e.max_score for e in self.exercises)

    @property
    def flags(self) -> list[str]:
        return [f"{e.notebook}/{e.exercise}: {e.reason}" for e in self.exercises if e.status is Status.FLAGGED]

    def grouped_reasons(self) -> list[str]:
        """One line per notebook, status and reason, naming every exercise it applies to."""
        groups: dict[tuple[str, Status, str], list[str]] = {}
        for e in self.exercises:
            if e.status is not Status.GRADED:
                groups.setdefault((e.notebook, e.status, e.reason), []).append(e.exercise)
        return [f"{notebook}/{', '.join(exercises)}: {status.value}: {reason}"
                for (notebook, status, reason), exercises in groups.items()]

    def to_json(self) -> dict:
        """The report's entry for this student (README: Grading)."""
        return {"status": self.status.value, "score": self.score, "max_score": self.max_score,
                "reasons": self.problems + self.grouped_reasons() + self.notes, "flags": self.flags,
                "exercises": {f"{e.notebook}/{e.exercise}": e.to_json() for e in self.exercises},
                "seconds": dict(self.seconds)}
