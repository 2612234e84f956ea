"""The grading report: one entry per student with a status, its reasons, and every exercise's score."""

from __future__ import annotations

import json
from pathlib import Path

from course.grading.autograde import GradingRun
from course.grading.results import SubmissionScore


def build_report(module: str, runs: list[GradingRun], scores: dict[str, SubmissionScore]) -> dict:
    """JSON-ready results: ``{"module", "students": {id: {"status", "reasons", "exercises"}}}``."""
    report: dict = {"module": module, "students": {}}
    for run in runs:
        score = scores.get(run.student)
        entry = {"status": "graded" if run.ok and score else "crashed",
                 "reasons": [] if run.ok else [run.message], "exercises": {}}
        if score:
            for (notebook, grade_id), (points, maximum) in sorted(score.exercise_scores().items()):
                entry["exercises"][f"{notebook}/{grade_id}"] = {"score": points, "max_score": maximum}
            entry["score"], entry["max_score"] = score.auto_score, score.auto_max
        report["students"][run.student] = entry
    return report


def format_report(report: dict) -> str:
    lines = [f"{'student':16} {'status':8} {'autograded':>11}"]
    for student, entry in report["students"].items():
        shown = f"{entry['score']:g}/{entry['max_score']:g}" if "score" in entry else "-"
        lines.append(f"{student:16} {entry['status']:8} {shown:>11}")
    return "\n".join(lines)


def write_report(report: dict, path: Path) -> None:
    """Write atomically, so an interrupted run never leaves half a report."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    partial.replace(path)
