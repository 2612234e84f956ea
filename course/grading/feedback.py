"""Feedback for students: the graded notebook without the hidden tests or the code that failed in them.

``HideHiddenTests`` is an nbconvert preprocessor that ``nbgrader_config.py`` adds to
``nbgrader generate_feedback``: in every tests cell it drops the hidden region and its
markers, and cuts each error down to its last line (``AssertionError: …``), since
a traceback quotes the test code that raised it.  ``check_feedback`` then reads the
HTML that was written and refuses it if a hidden test or a marker got through.
"""

from __future__ import annotations

from pathlib import Path

from nbconvert.preprocessors import Preprocessor
from traitlets import Bool

from course.errors import CourseError
from course.authoring.notebooks import BEGIN_HIDDEN, END_HIDDEN, nbgrader_meta, split_region, without_hidden_tests

HIDDEN_NOTE = "(the lines of the tests are not shown in feedback)"


class HideHiddenTests(Preprocessor):
    enabled = Bool(True)  # nbconvert registers preprocessors named in a config switched off

    def preprocess_cell(self, cell, resources, index):
        meta = nbgrader_meta(cell)
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            cell.source = without_hidden_tests(cell.source)
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output["traceback"] = [f"{output.get('ename', 'Error')}: {output.get('evalue', '')}", HIDDEN_NOTE]
        return cell, resources


def hidden_lines(source_nb) -> list[str]:
    """The distinctive lines of a source notebook's hidden tests: long, not comments, found nowhere else."""
    hidden, public = [], set()
    for cell in source_nb.cells:
        outside, inside = split_region(cell.source, BEGIN_HIDDEN, END_HIDDEN)
        hidden += [line.strip() for line in inside]
        public |= {line.strip() for line in outside}
    return [line for line in hidden if len(line) >= 25 and not line.startswith("#") and line not in public]


def check_feedback(folder: Path, markers=(BEGIN_HIDDEN, END_HIDDEN)) -> None:
    """CourseError if any feedback HTML under ``folder`` contains a hidden-tests marker."""
    for page in sorted(Path(folder).rglob("*.html")):
        text = page.read_text(encoding="utf-8", errors="replace")
        leaked = [m for m in markers if m in text]
        if leaked:
            raise CourseError(f"{page} contains {leaked[0]!r}: hidden tests would reach the student; "
                              "check GenerateFeedback.preprocessors in nbgrader_config.py")
