"""Feedback for students: the graded notebook without the hidden tests, their inputs, or the code that failed in them.

``HideHiddenTests`` is an nbconvert preprocessor that ``nbgrader_config.py`` adds to
``nbgrader generate_feedback``.  In every tests cell it drops the hidden region and its markers,
keeps no printed output (an answer that prints its arguments would show the hidden inputs) but the
grader's own naming of a known mistake (``course.grading.misconceptions``: a sentence, no value), and
cuts an error down to one line: its message when the failing line is a visible test, and only
"a hidden test failed" when it is a hidden one (whose message would quote hidden values).
Student-written markdown reaches the page escaped (``submissions.prepare`` escapes it), so no
student HTML or script runs in a feedback page or in the formgrader.

``FeedbackPage`` is the exporter nbgrader renders those pages with: nbconvert's ``HTMLExporter``, whose last
step re-parses the whole page with BeautifulSoup to add image alternative text and focusable cells (about
half the export's time, once per notebook); here the same attributes are added to the rendered text.

``withhold_leaking_feedback`` then reads each student's pages and withholds (moves out of
``feedback/``) any page that shows a real line of the hidden tests, naming it in that student's
report; it never stops the batch.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from nbconvert.exporters import HTMLExporter
from nbconvert.exporters.templateexporter import TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter
from nbconvert.preprocessors import Preprocessor
from traitlets import Bool

from course.grading.model import MISCONCEPTION_MARKER
from course.authoring.notebooks import BEGIN_HIDDEN, END_HIDDEN, nbgrader_meta, split_region, without_hidden_tests

HIDDEN_NOTE = "(the lines of the tests are not shown in feedback)"
HIDDEN_FAILURE = "a hidden test failed; its inputs and expected values are not shown"
_TESTS_FRAME = re.compile(r'File "<tests cell[^"]*>", line (\d+)')


def _hidden_line_numbers(source: str) -> set[int]:
    """1-based numbers of the lines inside the hidden region of a tests cell's full source."""
    numbers, inside = set(), False
    for number, line in enumerate(source.splitlines(), start=1):
        if line.strip() in (BEGIN_HIDDEN, END_HIDDEN):
            inside = line.strip() == BEGIN_HIDDEN
        elif inside:
            numbers.add(number)
    return numbers


def _failed_in_hidden_tests(output: dict, source: str) -> bool:
    """Whether the last line of the tests cell in the error's traceback is a hidden one (unknown: assume so)."""
    frames = _TESTS_FRAME.findall("\n".join(output.get("traceback", [])))
    return not frames or int(frames[-1]) in _hidden_line_numbers(source)


class HideHiddenTests(Preprocessor):
    enabled = Bool(True)  # nbconvert registers preprocessors named in a config switched off

    def preprocess_cell(self, cell, resources, index):
        meta = nbgrader_meta(cell)
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            full_source = cell.source
            cell.source = without_hidden_tests(full_source)
            errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
            for output in errors:
                message = f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"
                if _failed_in_hidden_tests(output, full_source):
                    message = f"{output.get('ename', 'Error')}: {HIDDEN_FAILURE}"
                    output["evalue"] = HIDDEN_FAILURE
                output["traceback"] = [message, HIDDEN_NOTE]
            named = [o for o in cell.get("outputs", []) if o.get("output_type") == "display_data"
                     and MISCONCEPTION_MARKER in o.get("metadata", {})]  # the grader's own: a misconception, in words only
            cell.outputs = errors + named  # printed text and figures of a tests cell could carry hidden inputs
        return cell, resources


NO_ALT_TEXT = "No description has been provided for this image"  # nbconvert's own words
_IMAGE_WITHOUT_ALT = re.compile(r"<img(?![^>]*\salt\s*=)(?=[\s/>])", re.IGNORECASE)
_FOCUSABLE = re.compile(r'<div(?=\s)(?![^>]*\stabindex\s*=)([^>]*\sclass="[^"]*\b(?:jp-Cell-inputWrapper|jp-OutputArea-output)\b)')


class FeedbackPage(HTMLExporter):
    """``HTMLExporter``'s page, with its accessibility attributes added to the text instead of to a parsed tree.

    Only the grader's own markup is rendered as HTML here (student markdown is escaped by
    ``submissions.prepare``, outputs are text and PNG only), so a tag in the text is a real tag."""

    def from_notebook_node(self, nb, resources=None, **kw):
        langinfo = nb.metadata.get("language_info", {})
        self.register_filter("highlight_code", self.filters.get("highlight_code", Highlight2HTML(
            pygments_lexer=langinfo.get("pygments_lexer", langinfo.get("name")), parent=self)))
        resources = self._init_resources(resources)
        self.register_filter("filter_data_type", WidgetsDataTypeFilter(
            notebook_metadata=self._nb_metadata, parent=self, resources=resources))
        page, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        page, missing = _IMAGE_WITHOUT_ALT.subn(f'<img alt="{NO_ALT_TEXT}"', page)
        if missing:
            self.log.warning("Alternative text is missing on %s image(s).", missing)
        if "jp-Notebook" in page:
            page = _FOCUSABLE.sub(r'<div tabindex="0"\1', page)
        return page, resources


def hidden_lines(source_nb) -> list[str]:
    """The distinctive lines of a source notebook's hidden tests: long, not comments, found nowhere else."""
    hidden, public = [], set()
    for cell in source_nb.cells:
        outside, inside = split_region(cell.source, BEGIN_HIDDEN, END_HIDDEN)
        hidden += [line.strip() for line in inside]
        public |= {line.strip() for line in outside}
    return [line for line in hidden if len(line) >= 25 and not line.startswith("#") and line not in public]


def page_text(page: Path) -> str:
    """What a reader sees of an HTML page: tags dropped (syntax highlighting splits code), entities decoded."""
    raw = page.read_text(encoding="utf-8", errors="replace")
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def withhold_leaking_feedback(feedback_root: Path, module: str, hidden: list[str], withheld_root: Path,
                              student: str = "*") -> dict[str, list[str]]:
    """Student id → reasons, for every page of ``module`` (of ``student``, or everyone's) that shows a hidden-test
    line; each such page is moved to ``withheld_root/<student>/<module>/`` for the instructor, so the student
    never gets it."""
    reasons: dict[str, list[str]] = {}
    for page in sorted(Path(feedback_root).glob(f"{student}/{module}/*.html")):
        text = page_text(page)
        leaked = next((line for line in hidden if line in text), None)
        if leaked is None:
            continue
        student = page.parent.parent.name
        target = Path(withheld_root) / student / module / page.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(page, target)
        reasons.setdefault(student, []).append(
            f"feedback {page.name} withheld: it would show a line of the hidden tests (kept in {target})")
    return reasons
