"""The class report: one HTML page per graded module, for the instructor, readable without Jupyter.

``write_class_report(report, path)`` turns the grading report (``course.grading.report``) into
a page with plots (embedded as PNG): how the class scored on each exercise and each notebook,
how many submissions got each status, how many students made each known mistake (misconception) per
exercise, every flag and reason by student, and the notebooks
that took longest to grade.  Everything a student wrote or printed is escaped before it is
placed in the page.
"""

from __future__ import annotations

import base64
import html
import io
import statistics
from collections import Counter, defaultdict
from pathlib import Path


def _figure_png(fig) -> str:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    plt.close(fig)
    return f'<img alt="" src="data:image/png;base64,{base64.b64encode(buffer.getvalue()).decode()}">'


def _score_plot(fractions: dict[str, list[float]], title: str) -> str:
    """One row per item: every student's fraction of the points as a dot, and the mean as a bar."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(fractions)
    fig, ax = plt.subplots(figsize=(7, 0.32 * len(names) + 1.2))
    for row, name in enumerate(names):
        values = fractions[name]
        ax.barh(row, statistics.mean(values), color="#c6dbef")
        ax.scatter(values, [row] * len(values), s=12, color="#08519c", zorder=3)
    ax.set_yticks(range(len(names)), names, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(-0.02, 1.02)
    ax.set_xlabel("fraction of the points (dots: students, bar: mean)")
    ax.set_title(title)
    return _figure_png(fig)


def _table(header: list[str], rows: list[list]) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def class_report_html(report: dict) -> str:
    students = report["students"]
    exercise_fractions: dict[str, list[float]] = defaultdict(list)
    notebook_points: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))
    for student, entry in students.items():
        for name, exercise in entry["exercises"].items():
            if exercise["max_score"]:
                exercise_fractions[name].append(exercise["score"] / exercise["max_score"])
            totals = notebook_points[name.split("/")[0]][student]
            totals[0] += exercise["score"]
            totals[1] += exercise["max_score"]
    notebook_fractions = {nb: [s / m for s, m in per.values() if m] for nb, per in sorted(notebook_points.items())}
    statuses = Counter(entry["status"] for entry in students.values())
    reasons = [[student, reason] for student, entry in sorted(students.items()) for reason in entry["reasons"]]
    flags = [[student, flag] for student, entry in sorted(students.items()) for flag in entry["flags"]]
    seconds: dict[str, list[float]] = defaultdict(list)
    for entry in students.values():
        for notebook, value in entry.get("seconds", {}).items():
            seconds[notebook].append(value)
    slowest = sorted(([nb, f"{statistics.mean(v):.1f}", f"{max(v):.1f}"] for nb, v in seconds.items()),
                     key=lambda row: -float(row[2]))[:10]
    parts = [f"<h1>Class report: {html.escape(report['module'])}</h1>",
             f"<p>{len(students)} submissions; sandbox: {html.escape(str(report.get('sandbox', 'not recorded')))}</p>",
             "<h2>Statuses</h2>", _table(["status", "submissions"], sorted(statuses.items()))]
    if exercise_fractions:
        parts += ["<h2>Scores per exercise</h2>", _score_plot(dict(sorted(exercise_fractions.items())), "exercises")]
    if notebook_fractions:
        parts += ["<h2>Scores per notebook</h2>", _score_plot(notebook_fractions, "notebooks")]
    mistakes = [[exercise, mistake, count] for exercise, counts in report.get("misconceptions", {}).items()
                for mistake, count in counts.items()]
    parts += ["<h2>Misconceptions (what to reteach)</h2>",
              _table(["exercise", "known mistake", "students"], mistakes) if mistakes else
              "<p>No lost points looked like a known mistake.</p>"]
    parts += ["<h2>Flags</h2>", _table(["student", "flag"], flags) if flags else "<p>No submission was flagged.</p>",
              "<h2>Reasons (every status other than graded)</h2>",
              _table(["student", "reason"], reasons) if reasons else "<p>Every exercise was graded.</p>",
              "<h2>Slowest notebooks to grade</h2>",
              _table(["notebook", "mean s", "max s"], slowest) if slowest else "<p>No timings recorded.</p>"]
    style = ("body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}"
             "td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top}")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Class report</title><style>{style}</style>"
            f"</head><body>{''.join(parts)}</body></html>\n")


def write_class_report(report: dict, path: Path) -> Path:
    """Write the page atomically; return its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(class_report_html(report), encoding="utf-8")
    partial.replace(path)
    return path
