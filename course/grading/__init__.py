"""Grading around nbgrader: submissions prepared, verdicts judged, scores reconciled, feedback and the report."""
