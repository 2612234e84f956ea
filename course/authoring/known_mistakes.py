"""The release's ``known_mistakes.json``: the known mistakes each visible tests cell can already show.

For every exercise with mutants (``tests/mutants/<notebook>.py``), the *release* notebook's tests cell (the
visible tests only: nbgrader has stripped the hidden ones) runs here with the reference answer, in the
course cells' definitions, and each call of the exercise's function is recorded. Each mutant is then
called on copies of those inputs; one that ends unlike the reference on some call is a mistake the visible
tests show, and its outcomes go into the table with its name and explanation. Never its code, and nothing
of the hidden tests: the student's kernel (``course.diagnosis``) compares its own answer with them.

A visible tests cell that reads a value the notebook computes (not a definition) cannot run here, and a
call whose inputs are not plain data (a model) cannot be stored: those exercises get no entry, and the
grader still names their mistakes on the hidden inputs.
"""

from __future__ import annotations

import contextlib
import io
import json
import linecache
import warnings
from pathlib import Path

import torch

from course.authoring.course_dir import known_mistakes
from course.authoring.notebooks import (answer_cells, autograded_tests, defined_in, definitions_of, exercises_of,
                                        read_notebook, reference_answers)
from course.catalog import Module
from course.diagnosis import FORMAT, SEED, TABLE_NAME, call_data, call_from, cell_key, outcome_data, outcome_from
from course.outcomes import Call, agree, plain_copy, replay, same

MAX_CALL_BYTES = 200_000      # a call's inputs, encoded; a larger one (an image batch) is left out
MAX_OUTCOME_BYTES = 100_000   # a mistake's outcomes on every call, encoded; a larger one is left out


def _quiet():
    stack = contextlib.ExitStack()
    stack.enter_context(torch.random.fork_rng(devices=[]))
    stack.enter_context(contextlib.redirect_stdout(io.StringIO()))
    stack.enter_context(contextlib.redirect_stderr(io.StringIO()))
    stack.enter_context(warnings.catch_warnings())
    warnings.simplefilter("ignore")
    torch.manual_seed(SEED)
    return stack


def course_namespace(source_nb) -> dict:
    """The course cells' imports, functions and classes, then every reference answer (as the grader's tests
    see the notebook, with the reference in the student's place)."""
    namespace: dict = {"__name__": "__main__"}
    graded = set(answer_cells(source_nb)) | set(autograded_tests(source_nb))
    course_cells = [c.source for c in source_nb.cells if c.cell_type == "code"
                    and c.get("metadata", {}).get("nbgrader", {}).get("grade_id") not in graded]
    for source in course_cells + list(reference_answers(source_nb).values()):
        try:
            with _quiet():
                exec(compile(definitions_of(source), "<course cell>", "exec"), namespace)
        except Exception:  # the tests that need it will not run here: no entry for them
            pass
    return namespace


def visible_calls(namespace: dict, tests_source: str, function: str) -> list[tuple[Call, dict]]:
    """The calls the visible tests make of ``function`` (the reference), each as a student's kernel will rebuild
    it from the table, with its data there; [] if they fail here."""
    reference, recorded = namespace[function], []

    def recorder(*args, **kwargs):
        try:
            call = Call(*plain_copy((tuple(args), dict(kwargs))))
            data = call_data(call)
            if len(json.dumps(data)) <= MAX_CALL_BYTES:
                try:  # replayed as a student's kernel rebuilds it (a layer apart from its model, say) ...
                    rebuilt = call_from(data)
                    call_data(rebuilt)
                    call = rebuilt
                except Exception:  # ... unless what it rebuilds cannot be stored again (a tests cell's class)
                    pass
                recorded.append((call, data))
        except Exception:  # not storable (NotPlain, TypeError), or not rebuilt alike: not recorded
            pass
        return reference(*args, **kwargs)

    name = f"<tests cell {cell_key(tests_source)[:12]}>"  # where a class the cell defines finds its source
    linecache.cache[name] = (len(tests_source), None, tests_source.splitlines(True), name)
    try:
        with _quiet():
            exec(compile(tests_source, name, "exec"), {**namespace, function: recorder})
    except Exception:
        return []
    return recorded


def _steady_outcomes(function, calls: list[Call]) -> list[Call] | None:
    """``function``'s outcomes on ``calls``, or None when a second run ends otherwise (a timing, say): only what
    a student's kernel will see again can be compared there."""
    first = [replay(function, call, seed=SEED) for call in calls]
    second = [replay(function, call, seed=SEED) for call in calls]
    return first if all(map(agree, first, second)) else None


def shown_mistakes(source_nb, release_nb, mistakes: dict[str, list[dict]]) -> dict[str, dict]:
    """cell_key → {"exercise", "function", "calls", "mistakes": [{"name", "explanation", "outcomes"}]}."""
    namespace = course_namespace(source_nb)
    tests = autograded_tests(release_nb)
    table = {}
    for exercise in exercises_of(release_nb):
        function, known = exercise.answer_id, mistakes.get(exercise.answer_id)
        if not known or not callable(namespace.get(function)) or isinstance(namespace[function], type):
            continue
        source = tests[exercise.test_id].source
        recorded = visible_calls(namespace, source, function)
        if not recorded:
            continue
        calls = [call for call, _ in recorded]
        expected = _steady_outcomes(namespace[function], calls)
        if expected is None:
            continue
        shown = []
        for mistake in known:
            try:
                with _quiet():
                    wrong = defined_in(namespace, mistake["source"], function)
                outcomes = _steady_outcomes(wrong, calls)
                if outcomes is None or any(o.raised == "NotPlain" for o in outcomes) or \
                        all(map(agree, expected, outcomes)):
                    continue  # not storable, or the visible inputs cannot tell it from the reference
                data = [outcome_data(o, call) for o, call in zip(outcomes, calls)]
                if len(json.dumps(data)) > MAX_OUTCOME_BYTES:
                    continue
            except Exception:
                continue
            shown.append({"name": mistake["name"], "explanation": mistake["explanation"], "outcomes": data})
        if shown:
            table[cell_key(source)] = {"exercise": exercise.test_id, "function": function,
                                       "calls": [data for _, data in recorded], "mistakes": shown}
    return table


def module_table(course_root: Path, module: Module, release_folder: Path) -> dict:
    cells = {}
    for entry in (nb for nb in module.notebooks if nb.built):
        mistakes = known_mistakes(course_root, entry.filename[:-6])
        if mistakes:
            source = read_notebook(Path(course_root) / "source" / module.id / entry.filename)
            cells.update(shown_mistakes(source, read_notebook(Path(release_folder) / entry.filename), mistakes))
    return {"format": FORMAT, "cells": dict(sorted(cells.items()))}


def write_known_mistakes(course_root: Path, module: Module, release_folder: Path) -> Path:
    """Write ``release_folder/known_mistakes.json`` for ``module`` (from its release notebooks there)."""
    path = Path(release_folder) / TABLE_NAME
    path.write_text(json.dumps(module_table(course_root, module, release_folder), indent=1) + "\n",
                    encoding="utf-8")
    return path


def tables_agree(these: dict, those: dict) -> bool:
    """Whether two tables hold the same cells, calls and mistakes, values within the course's tolerances
    (another machine's float32 arithmetic may differ in the last bits)."""
    if these.get("format") != those.get("format") or these["cells"].keys() != those["cells"].keys():
        return False
    for key, mine in these["cells"].items():
        theirs = those["cells"][key]
        if (mine["exercise"], mine["function"]) != (theirs["exercise"], theirs["function"]) or \
                [m["name"] for m in mine["mistakes"]] != [m["name"] for m in theirs["mistakes"]] or \
                [m["explanation"] for m in mine["mistakes"]] != [m["explanation"] for m in theirs["mistakes"]]:
            return False
        calls = [(call_from(a), call_from(b)) for a, b in zip(mine["calls"], theirs["calls"])]
        if len(mine["calls"]) != len(theirs["calls"]) or \
                not all(same(a.args, b.args) and same(a.kwargs, b.kwargs) for a, b in calls):
            return False
        for a, b in zip(mine["mistakes"], theirs["mistakes"]):
            if len(a["outcomes"]) != len(b["outcomes"]) or not all(
                    agree(outcome_from(x, call), outcome_from(y, call))
                    for x, y, (call, _) in zip(a["outcomes"], b["outcomes"], calls)):
                return False
    return True
