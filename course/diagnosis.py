"""A known mistake named in the student's own kernel, the moment a visible tests cell fails.

The release ships ``known_mistakes.json`` beside each module's notebooks (``course.authoring.known_mistakes``
writes it): for each visible tests cell, keyed by its source, the inputs its calls hand the exercise's
function and, for each known mistake that those inputs already show, what that mistake returns on them (its
outcomes, never its code; the visible tests print the right values anyway). When a cell fails, the
notebook's error handler (``course.tracebacks``) asks ``name_known_mistake``: the student's function is
called again on copies of the same inputs, and the first known mistake whose outcomes it matches on every
call is named under the traceback, with its explanation: the same words the grader's feedback would use.

Nothing here runs in the grader: its worker is no IPython shell, and it names mistakes on the hidden
inputs itself (``course.grading.misconceptions``).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import torch

from course.authoring.course_dir import KNOWN_MISTAKES_FILE
from course.outcomes import Call, agree, replay, same
from course.sandbox import wire

TABLE_NAME = KNOWN_MISTAKES_FILE
FORMAT = 1
SEED = 0    # every replay, here and where the table is written, starts from the same random state


def misconception_text(name: str, explanation: str) -> str:
    return f"This looks like a known mistake ({name}): {explanation}"


def misconception_message(misconception: dict) -> str:
    """The words a student reads: the known mistake (``name``, ``explanation``), then any later ones (``alike``)
    that the tests' inputs cannot tell from it, each with its own explanation."""
    lines = [misconception_text(misconception["name"], misconception["explanation"])]
    alike = misconception.get("alike") or []
    if alike:
        lines.append("These tests cannot tell it from another known mistake, which it may be instead:"
                     if len(alike) == 1 else
                     f"These tests cannot tell it from {len(alike)} other known mistakes, any of which it may be:")
        lines += [f"  - {m['name']}: {m['explanation']}" for m in alike]
    return "\n".join(lines)


def cell_key(source: str) -> str:
    """The table's key for a tests cell: a digest of its source, so only the released cell itself matches."""
    return hashlib.sha256(source.replace("\r\n", "\n").strip().encode()).hexdigest()


def to_data(value):
    """``value`` as JSON-ready data: plain data, library functions by name, and modules of library classes (or
    of a class the tests cell defines, with its source); TypeError for anything else."""
    from course.sandbox.calls import library_path
    from course.sandbox.module_copy import module_data
    given: list = []

    def keep(item):
        path = library_path(item)
        if path is not None:
            return {"t": "ref", "module": path[0], "qualname": path[1]}
        if isinstance(item, torch.nn.Module):
            return module_data(item, encode, given)
        raise TypeError(f"{type(item).__name__} is not stored")

    def encode(item):
        return wire.encode(item, keep)

    return encode(value)


def from_data(data):
    """The value ``to_data`` described (each module built afresh)."""
    from course.sandbox.calls import _resolve
    from course.sandbox.module_copy import build_module
    received: dict = {}

    def handle(part: dict):
        if part.get("t") == "ref":
            return _resolve(part)
        if part.get("t") == "module":
            return build_module(part, decode, _resolve, received)
        raise wire.WireError(f"a {part.get('t')} in the table")

    def decode(part):
        return wire.decode(part, handle)

    return decode(data)


def call_data(call: Call) -> dict:
    return {"args": to_data(tuple(call.args)), "kwargs": to_data(dict(call.kwargs))}


def outcome_data(outcome: Call, call: Call) -> dict:
    """``outcome`` of ``call`` as data; inputs left as they were are not stored twice."""
    if outcome.raised:
        return {"raised": outcome.raised}
    if same(tuple(outcome.after), tuple(call.args)):
        return {"result": to_data(outcome.result), "inputs_unchanged": True}
    return {"result": to_data(outcome.result), "after": to_data(tuple(outcome.after))}


def call_from(data: dict) -> Call:
    return Call(tuple(from_data(data["args"])), dict(from_data(data["kwargs"])))


def outcome_from(data: dict, call: Call) -> Call:
    if "raised" in data:
        return Call((), {}, raised=str(data["raised"]))
    after = tuple(call.args) if data.get("inputs_unchanged") is True else tuple(from_data(data["after"]))
    return Call((), {}, result=from_data(data["result"]), after=after)


def read_table(folder: Path) -> dict:
    """The folder's table (``{"format", "cells"}``), or an empty one when there is none or it is damaged."""
    try:
        table = json.loads((Path(folder) / TABLE_NAME).read_text(encoding="utf-8"))
        if table.get("format") == FORMAT and isinstance(table.get("cells"), dict):
            return table
    except (OSError, ValueError, AttributeError):
        pass
    return {"format": FORMAT, "cells": {}}


def matching_mistake(entry: dict, function) -> dict | None:
    """The first of the entry's mistakes that ``function`` behaves like on every recorded call, if any, with the
    later ones it behaves like as well (``alike``: their names and explanations)."""
    if not callable(function) or isinstance(function, type):
        return None
    calls = [call_from(data) for data in entry["calls"]]
    mine = [replay(function, call, seed=SEED) for call in calls]
    if all(outcome.raised == "NotImplementedError" for outcome in mine):
        return None  # the released stub: no known mistake raises that
    found = []
    for mistake in entry["mistakes"]:
        theirs = [outcome_from(data, call) for data, call in zip(mistake["outcomes"], calls)]
        if len(theirs) == len(mine) and all(agree(m, t) for m, t in zip(mine, theirs)):
            found.append(mistake)
    if not found:
        return None
    first, *others = found
    return {**first, "alike": [{"name": m["name"], "explanation": m["explanation"]} for m in others]}


def known_mistake_for(source: str, namespace: dict, folder: Path | None = None) -> dict | None:
    """The known mistake the answer tested by the cell ``source`` makes on its visible inputs, if any."""
    entry = read_table(Path.cwd() if folder is None else folder)["cells"].get(cell_key(source))
    if entry is None:
        return None
    return matching_mistake(entry, namespace.get(entry["function"]))


def name_known_mistake(shell) -> None:
    """After a cell failed in ``shell``: print the known mistake its answer makes, when the table knows one."""
    try:
        source = shell.history_manager.input_hist_raw[-1]
        mistake = known_mistake_for(source, shell.user_ns)
    except Exception:  # a diagnosis is a courtesy: it never adds an error of its own
        return
    if mistake is not None:
        print(misconception_message(mistake))
