"""The grading report: per student a status, its reasons and flags, and every exercise's score."""

from __future__ import annotations

import json
from pathlib import Path

from course.grading.limits import GradingLimits
from course.grading.model import SubmissionResult


def build_report(module: str, results: list[SubmissionResult], limits: GradingLimits | None = None,
                 sandbox: str | None = None) -> dict:
    """JSON-ready: ``{"module", "limits", "sandbox", "protections", "students": {id: {"status", "score", "max_score",
    "reasons", "flags", "exercises": {"notebook/exercise": {"score", "max_score", "status", "reason",
    "misconception"?}}}}, "misconceptions": {"notebook/exercise": {mistake: students}}}``; an exercise's
    ``misconception`` (``{"name", "explanation"}``) is there only when its lost points look like a known mistake."""
    report: dict = {"module": module}
    if limits is not None:
        report["limits"] = {k: v for k, v in limits.as_dict().items() if k != "sandbox"}
    if sandbox is not None:
        report["sandbox"] = sandbox
        if limits is not None:
            from course.sandbox.bubblewrap import describe_protections

            report["protections"] = describe_protections(sandbox, limits)
    report["students"] = {r.student: r.to_json() for r in results}
    report["misconceptions"] = misconception_counts(report["students"])
    return report


def misconception_counts(students: dict) -> dict[str, dict[str, int]]:
    """"notebook/exercise" → {known mistake: how many students' answers behave like it}: what to reteach."""
    counts: dict[str, dict[str, int]] = {}
    for entry in students.values():
        for name, exercise in entry["exercises"].items():
            if exercise.get("misconception"):
                mistake = exercise["misconception"]["name"]
                counts.setdefault(name, {})[mistake] = counts.get(name, {}).get(mistake, 0) + 1
    return {name: dict(sorted(c.items(), key=lambda item: (-item[1], item[0]))) for name, c in sorted(counts.items())}


def without_timings(report: dict) -> dict:
    """The report less its wall-clock seconds: what must be identical when the same submissions are
    graded twice (serially and in parallel, locally and on a cluster); the timings never are."""
    students = {student: {k: v for k, v in entry.items() if k != "seconds"}
                for student, entry in report["students"].items()}
    return {**report, "students": students}


def format_report(report: dict) -> str:
    """A table, one line per student, and under it the reason for every status that is not ``graded``."""
    lines = [f"{'student':16} {'status':10} {'autograded':>11}"]
    for student, entry in report["students"].items():
        lines.append(f"{student:16} {entry['status']:10} {entry['score']:g}/{entry['max_score']:g}".rstrip())
        for reason in entry["reasons"][:6]:
            lines.append(f"{'':16} - {reason[:160]}")
        if len(entry["reasons"]) > 6:
            lines.append(f"{'':16} - … {len(entry['reasons']) - 6} more in the JSON report")
    return "\n".join(lines)


def write_report(report: dict, path: Path) -> None:
    """Write atomically, so an interrupted run never leaves half a report."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    partial.replace(path)
