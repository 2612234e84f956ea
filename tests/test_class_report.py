"""The class report page: plots and tables from a grading report, with everything a student wrote escaped."""

from __future__ import annotations

import subprocess
import sys

from course.grading.class_report import class_report_html, write_class_report

REPORT = {
    "module": "m01_foundations", "sandbox": "bubblewrap",
    "students": {
        "ada": {"status": "graded", "score": 6.0, "max_score": 6.0, "reasons": [], "flags": [],
                "exercises": {"03_conv_output_size/test_conv_output_size": {"score": 4.0, "max_score": 4.0},
                              "03_conv_output_size/test_same_padding": {"score": 2.0, "max_score": 2.0}},
                "seconds": {"03_conv_output_size": 6.5}},
        "eve": {"status": "flagged", "score": 0.0, "max_score": 6.0,
                "reasons": ["03_conv_output_size/test_same_padding: failed: <script>alert('x')</script>"],
                "flags": ["03_conv_output_size/test_conv_output_size: tried to start a process <img src=x>"],
                "exercises": {"03_conv_output_size/test_conv_output_size": {"score": 0.0, "max_score": 4.0},
                              "03_conv_output_size/test_same_padding": {"score": 0.0, "max_score": 2.0}},
                "seconds": {"03_conv_output_size": 31.0}},
    },
}


def test_the_page_has_its_plots_and_tables_and_escapes_what_students_wrote():
    page = class_report_html(REPORT)
    assert page.count('src="data:image/png;base64,') == 2, "scores per exercise and per notebook"
    for heading in ("Statuses", "Scores per exercise", "Scores per notebook", "Flags", "Slowest notebooks"):
        assert heading in page
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "<img src=x>" not in page and "&lt;img src=x&gt;" in page
    assert "<td>03_conv_output_size</td><td>18.8</td><td>31.0</td>" in page  # mean and max seconds


def test_the_page_is_written_whole(tmp_path):
    path = write_class_report(REPORT, tmp_path / "reports" / "m01.html")
    assert path.read_text().startswith("<!DOCTYPE html>") and not list(tmp_path.rglob("*.partial"))


def test_a_module_not_graded_yet_is_one_clear_line(tmp_path, root):
    (tmp_path / "source").mkdir()
    (tmp_path / "nbgrader_config.py").write_text((root / "nbgrader_config.py").read_text())
    done = subprocess.run([sys.executable, "-m", "course", "report", "m01_foundations"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode != 0 and len(done.stderr.strip().splitlines()) == 1
    assert "has not been graded here yet" in done.stderr and not (tmp_path / "reports").exists()
