"""Fast check of the tests both ways, through the grader's own verifier: one sandboxed run per notebook.

For a source notebook, its mutants (``tests/mutants/NN_slug.py``, known-wrong
answers), the released stub of each exercise (its answer cell as ``release/`` hands it out) and its honest
variants (``tests/honest/NN_slug.py``, correct answers written differently from the reference), one run of the verifier (``course.sandbox.verify``, in the
sandbox, with the grader's guard; one warm worker serves every notebook a test process checks, each run a
fresh fork of it) executes the whole reference notebook; then, for each answer, it
defines it in place of the reference, runs that exercise's full tests cell (visible and hidden tests)
the way grading does (by the grader itself, outside the student's process), and puts the reference back; after the last
variant of an exercise the reference's tests run once more and must pass.  A mutant is *rejected*
only by a failed check of the tests (``AssertionError`` and its kin): an error of the mutant's own
making proves nothing (a stub only has to fail).  An honest variant must pass with no error and no flag (a warning it prints
costs nothing: the grader never scores stderr).  The real ``nbgrader autograde`` of both runs in
``test_roundtrip.py``.

Run by hand while writing a notebook:
    .venv/bin/python tests/mutation.py source/m01_foundations/03_conv_output_size.ipynb
"""

from __future__ import annotations

import dataclasses
import importlib.util
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTANTS_DIR = Path(__file__).resolve().parent / "mutants"
HONEST_DIR = Path(__file__).resolve().parent / "honest"
# what a failed check of course.testing or a plain assert raises; anything else is the answer's own error
CHECK_FAILURES = frozenset({"AssertionError", "ImpostorError", "ForbiddenCall"})
STUB = "released stub"  # the answer cell as the release hands it out: its tests must fail, and name nothing

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from course.authoring.notebooks import answer_cells, read_notebook  # noqa: E402


def _load(folder: Path, variable: str, notebook: Path) -> dict[str, dict[str, str]]:
    path = folder / f"{Path(notebook).stem}.py"
    spec = importlib.util.spec_from_file_location(f"{folder.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, variable)


def load_mutants(notebook: Path) -> dict[str, dict[str, str]]:
    """``MUTANTS`` from ``tests/mutants/<notebook stem>.py``: grade_id → {mutant name: code}."""
    return _load(MUTANTS_DIR, "MUTANTS", notebook)


def load_explanations(notebook: Path) -> dict[str, dict[str, str]]:
    """``EXPLANATIONS`` from ``tests/mutants/<notebook stem>.py``: grade_id → {mutant name: the misconception it
    stands for and what is true instead, in a sentence or two for the student}."""
    return _load(MUTANTS_DIR, "EXPLANATIONS", notebook)


def load_honest(notebook: Path) -> dict[str, dict[str, str]]:
    """``HONEST`` from ``tests/honest/<notebook stem>.py``: grade_id → {variant name: code}."""
    return _load(HONEST_DIR, "HONEST", notebook)


@dataclass
class Outcome:
    exercise: str
    mutant: str
    rejected: bool
    detail: str
    honest: bool = False
    misconception: str | None = None  # the known mistake the grader named for it, if any
    alike: tuple[str, ...] = ()       # the later ones it named beside it (the tests cannot tell them apart)

    @property
    def named(self) -> tuple[str, ...]:
        """Every known mistake whose explanation the feedback shows."""
        return (self.misconception, *self.alike) if self.misconception else ()

    @property
    def as_expected(self) -> bool:
        """A mutant rejected by a failed check, an honest variant accepted."""
        return not self.rejected if self.honest else self.rejected


FIRST_VARIANT_CELL = 100_000  # the variants' cells come after the notebook's own, numbered from here


def check_notebook(notebook: Path, mutants: dict[str, dict[str, str]] | None = None,
                   honest: dict[str, dict[str, str]] | None = None, timeout: int = 300) -> list[Outcome]:
    from course.grading.limits import GradingLimits
    from course.grading.misconceptions import with_known_mistakes
    from course.grading.sandboxed_execute import notebook_cells, run_by_the_grader
    from course.sandbox.verify import verify_cells

    notebook = Path(notebook)
    mutants = load_mutants(notebook) if mutants is None else mutants
    if honest is None:
        honest = load_honest(notebook) if (HONEST_DIR / f"{notebook.stem}.py").is_file() else {}
    nb = read_notebook(notebook)
    answers = answer_cells(nb)
    release = ROOT / "release" / notebook.parent.name / notebook.name
    stubs = {gid: cell.source for gid, cell in answer_cells(read_notebook(release)).items()} if release.is_file() else {}
    cells = with_known_mistakes(run_by_the_grader(notebook_cells(nb, nb)), ROOT, notebook.parent.name, notebook.stem)
    tests = {cell["grade_id"]: cell for cell in cells if cell["role"] == "tests"}
    planned: dict[int, tuple[str, str, bool, int]] = {}   # tests cell -> (exercise, variant, honest, its answer cell)
    finals: dict[int, str] = {}                            # the reference's tests, after an exercise's variants
    number = FIRST_VARIANT_CELL
    for exercise in answers:
        test = tests[f"test_{exercise}"]
        variants = [(name, code, False) for name, code in mutants.get(exercise, {}).items()] + \
                   [(STUB, stubs[exercise], False)] * (exercise in stubs) + \
                   [(name, code, True) for name, code in honest.get(exercise, {}).items()]
        for name, code, is_honest in variants:
            cells.append({"index": number, "role": "answer", "grade_id": None, "source": code})
            cells.append({**test, "index": number + 1})
            cells.append({"index": number + 2, "role": "answer", "grade_id": None, "source": answers[exercise].source})
            planned[number + 1] = (exercise, name, is_honest, number)
            number += 3
        cells.append({**test, "index": number})
        finals[number] = exercise
        number += 1
    limits = GradingLimits(cell_timeout_s=timeout, notebook_timeout_s=100 * timeout, memory_mb=6144)
    sandbox = _shared_sandbox(limits)
    # every variant of a distributed exercise forks its ranks in this one run
    forks = 24 * (len(planned) + len(finals) + 1)
    if forks > sandbox.rank_forks:
        sandbox = dataclasses.replace(sandbox, rank_forks=forks)
    outcomes = verify_cells(cells, sandbox, limits)
    for cell in cells:
        if cell["index"] < FIRST_VARIANT_CELL and (cell["index"] not in outcomes or outcomes[cell["index"]].status != "passed"):
            got = outcomes.get(cell["index"])
            raise AssertionError(f"{notebook.name}: the reference notebook's cell {cell['index']} did not pass: "
                                 f"{got.status if got else 'not run'} {got.error if got else ''}")
    for index, exercise in finals.items():
        if outcomes[index].status != "passed" or outcomes[index].flags:
            raise AssertionError(f"{notebook.name}: the reference of {exercise} fails after its variants: "
                                 f"{outcomes[index].error} {outcomes[index].flags}")
    return [_judge(outcomes[answer], outcomes[index], exercise, name, is_honest)
            for index, (exercise, name, is_honest, answer) in planned.items()]


SHARED_RANK_FORKS = 24 * 100  # room for the ranks of a hundred variants in one notebook's run
_scratch: list = []             # this process's scratch course, made on first use


def _shared_sandbox(limits):
    """The sandbox of one scratch course that every notebook this process checks shares, so that its warm
    worker imports the libraries once (grading makes one per submission); each notebook still runs in a
    fresh fork of it, its temporary folder emptied first (``verify_cells``) and its folder emptied here."""
    import tempfile

    from course.sandbox.bubblewrap import Sandbox

    if not _scratch:
        _scratch.append(tempfile.TemporaryDirectory(
            prefix="mutants-", dir=ROOT / ".grading" if (ROOT / ".grading").is_dir() else None))
        for folder in ("course", "scratch", "submission", "tmp"):
            (Path(_scratch[0].name) / folder).mkdir()
    scratch = Path(_scratch[0].name)
    for leftover in (scratch / "submission").iterdir():  # what an earlier notebook's cells wrote
        shutil.rmtree(leftover) if leftover.is_dir() and not leftover.is_symlink() else leftover.unlink()
    sandbox = Sandbox.for_folder(scratch / "course", scratch / "scratch", scratch / "submission", scratch / "tmp",
                                 limits)
    return dataclasses.replace(sandbox, rank_forks=SHARED_RANK_FORKS)


def _judge(defined, tested, exercise: str, name: str, honest: bool) -> Outcome:
    """The verdict on one variant, from the verifier's outcomes of its answer cell and its tests cell."""
    outcome = _verdict(defined, tested, exercise, name, honest)
    outcome.misconception = (tested.misconception or {}).get("name")
    outcome.alike = tuple(m["name"] for m in (tested.misconception or {}).get("alike", []))
    return outcome


def _verdict(defined, tested, exercise: str, name: str, honest: bool) -> Outcome:
    if defined.status != "passed":  # an answer must define its function cleanly, or it proves nothing
        return Outcome(exercise, name, rejected=honest, honest=honest,
                       detail=f"the answer itself fails: {defined.status} {defined.error}")
    passed = tested.status == "passed" and not tested.flags and not defined.flags
    if name == STUB:  # fails as it may (NotImplementedError), as long as it earns nothing
        return Outcome(exercise, name, rejected=not passed, detail=f"{tested.status}: {tested.error}")
    if honest:
        return Outcome(exercise, name, rejected=not passed, honest=True,
                       detail="tests passed" if passed else f"{tested.status}: {tested.error} {tested.flags}")
    if passed:
        return Outcome(exercise, name, rejected=False, detail="tests passed")
    kind = tested.error.partition(":")[0]
    if tested.status != "failed" or kind not in CHECK_FAILURES:
        return Outcome(exercise, name, rejected=False,
                       detail=f"not rejected by a check but by {tested.status}: {tested.error} {tested.flags}")
    return Outcome(exercise, name, rejected=True, detail=tested.error)


def main(paths: list[str]) -> int:
    status = 0
    for path in paths:
        for o in check_notebook(Path(path)):
            mark = ("accepted" if o.as_expected else "REFUSED") if o.honest else ("rejected" if o.rejected else "SURVIVED")
            status |= not o.as_expected
            named = f" [named: {', '.join(o.named)}]" if o.named else ""
            print(f"{Path(path).stem:28} {o.exercise:22} {o.mutant:28} {mark}{named}: {o.detail[:90]}")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
