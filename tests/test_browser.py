"""The student and instructor labs in a real browser: headless Chromium driven by Selenium.

Student: `make lab`'s server; a release notebook opens, the student's answers go into the answer
cells, Run All shows every visible test passing, Validate reports success, and no instructor
tool is offered anywhere on the page.  Instructor: `make formgrader`'s server; the Formgrader
shows every built module, and its grading page shows a graded written answer of HTML and script as text.  A screenshot of each step is kept in logs/browser/ (or
$BROWSER_ARTIFACTS).  Skipped, with the reason, where Chromium cannot be installed
(`make test` installs Debian's chromium and chromium-driver when it runs as root).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from course.authoring.notebooks import read_notebook, reference_answers
from course.catalog import load_catalog
from labs import TOKEN, course_copy, serving as _serving

pytestmark = pytest.mark.slow
CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
MODULE, NOTEBOOK = "m01_foundations", "03_conv_output_size.ipynb"
ANSWERED_LAB = "--LabApp.expose_app_in_browser=True"  # window.jupyterapp, to put the answers in the cells


@pytest.fixture(scope="module")
def artifacts(root) -> Path:
    folder = Path(os.environ.get("BROWSER_ARTIFACTS", root / "logs" / "browser"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture()
def browser():
    if not (CHROMIUM and DRIVER):
        pytest.skip("chromium and chromedriver are not installed (as root on Debian, `make test` installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(argument)
    options.binary_location = CHROMIUM
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def _wait(driver, script: str, seconds: float = 90):
    """Poll a JavaScript expression until it is truthy; return its value."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = driver.execute_script(f"return {script}")
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for: {script}")


@pytest.fixture()
def course(tmp_path, root):
    """A course with every built module's sources and releases."""
    return course_copy(tmp_path, root)


KERNEL_IDLE = ("window.jupyterapp && window.jupyterapp.shell.currentWidget"
               " && window.jupyterapp.shell.currentWidget.sessionContext?.session?.kernel?.status === 'idle'")


def test_a_student_answers_runs_the_visible_tests_and_validates(browser, course, root, artifacts):
    answers = reference_answers(read_notebook(root / "source" / MODULE / NOTEBOOK))
    with _serving(course, "lab", ANSWERED_LAB) as port:
        browser.get(f"http://127.0.0.1:{port}/lab/tree/{MODULE}/{NOTEBOOK}?token={TOKEN}")
        _wait(browser, KERNEL_IDLE)
        browser.save_screenshot(str(artifacts / "student-1-opened.png"))
        page = browser.find_element("tag name", "body").text
        for tool in ("Formgrader", "Create Assignment", "Nbgrader", "Assignments", "Courses"):
            assert tool not in page, f"the student lab offers {tool!r}"
        commands = browser.execute_script("return window.jupyterapp.commands.listCommands()")
        assert not [c for c in commands if "formgrader" in c or "create-assignment" in c or "assignment-list" in c]
        browser.execute_script(f"""
            const answers = {json.dumps(answers)};
            for (const cell of window.jupyterapp.shell.currentWidget.content.widgets) {{
                const meta = cell.model.getMetadata('nbgrader');
                if (meta && meta.solution && answers[meta.grade_id] !== undefined) {{
                    cell.model.sharedModel.setSource(answers[meta.grade_id]);
                }}
            }}
            window.jupyterapp.commands.execute('notebook:run-all-cells');""")
        time.sleep(1)
        _wait(browser, KERNEL_IDLE + " && [...window.jupyterapp.shell.currentWidget.content.widgets]"
                                     ".filter(c => c.model.type === 'code').every(c => c.model.executionCount)", 180)
        # read from the cells' models: JupyterLab does not render cells scrolled out of view
        outputs = browser.execute_script(
            "return [...window.jupyterapp.shell.currentWidget.content.widgets].filter(c => c.model.type === 'code')"
            ".flatMap(c => c.model.outputs.toJSON()).map(o => o.output_type === 'error' ? 'Error ' + o.ename + ': ' + o.evalue : [].concat(o.text || '').join('')).join('\\n')")
        browser.save_screenshot(str(artifacts / "student-2-visible-tests.png"))
        assert outputs.count("Visible tests passed.") == 3, outputs[-2000:]
        assert "Traceback" not in outputs and "Error" not in outputs
        browser.execute_script("window.jupyterapp.commands.execute('docmanager:save')")
        time.sleep(2)
        validate = [b for b in browser.find_elements("css selector", ".jp-Toolbar-item") if b.text == "Validate"]
        assert validate, "the Validate button is in the notebook's toolbar"
        validate[0].click()
        verdict = _wait(browser, "document.querySelector('.jp-Dialog')?.innerText", 120)
        browser.save_screenshot(str(artifacts / "student-3-validate.png"))
        assert "Success! Your notebook passes all the tests." in verdict, verdict


def test_the_instructor_sees_every_built_module_in_the_formgrader(browser, course, artifacts):
    modules = [m.id for m in load_catalog().built_modules]
    with _serving(course, "formgrader") as port:
        browser.get(f"http://127.0.0.1:{port}/formgrader?token={TOKEN}")
        text = _wait(browser, "document.body.innerText.includes('%s') && document.body.innerText" % modules[-1], 120)
        browser.save_screenshot(str(artifacts / "instructor-formgrader.png"))
        missing = [m for m in modules if m not in text]
        assert not missing, f"the Formgrader does not list {missing}"


HOSTILE_ANSWER = ("<script>document.title = 'pwned'</script> <img src=x onerror=\"document.title = 'pwned'\"> "
                  "**the student's words**")


def test_the_formgrader_shows_a_students_html_as_text(browser, course, root, artifacts):
    """A written answer of HTML and script, graded by the course's grader, is shown to the instructor as
    text in the Formgrader's grading page: nothing of it runs in the instructor's session."""
    import subprocess
    import sys

    import nbformat
    from nbgrader.api import Gradebook

    from course.authoring.nbgrader_cli import run_nbgrader
    from course.authoring.notebooks import fill_answers
    from course.grading.results import gradebook_url

    run_nbgrader(["generate_assignment", MODULE, "--force"], course, course / "nbgrader.log")  # into the gradebook
    folder = course / "submitted" / "mallory" / MODULE
    folder.mkdir(parents=True)
    for entry in (nb for nb in load_catalog().module(MODULE).notebooks if nb.built):
        answers = reference_answers(read_notebook(root / "source" / MODULE / entry.filename))
        if entry.filename == NOTEBOOK:
            answers["written_output_size"] = HOSTILE_ANSWER
        release = read_notebook(course / "release" / MODULE / entry.filename)
        nbformat.write(fill_answers(release, answers), folder / entry.filename)
    graded = subprocess.run([sys.executable, "-m", "course", "grade", MODULE, "--jobs", "2"], cwd=course,
                            capture_output=True, text=True, timeout=900)
    assert graded.returncode == 0, graded.stdout[-2000:] + graded.stderr[-2000:]
    with Gradebook(gradebook_url(course)) as gradebook:
        submission = gradebook.find_submission_notebook(NOTEBOOK[:-6], MODULE, "mallory").id
    with _serving(course, "formgrader") as port:
        browser.get(f"http://127.0.0.1:{port}/formgrader/submissions/{submission}/?index=0&token={TOKEN}")
        text = _wait(browser, "document.body.innerText.includes(\"the student's words\") && document.body.innerText",
                     120)
        browser.execute_script("[...document.querySelectorAll('p')].find(e => e.innerText.includes(\"the student's "
                               "words\"))?.scrollIntoView()")
        browser.save_screenshot(str(artifacts / "instructor-grading-page.png"))
        assert "document.title = 'pwned'" in text, "the answer's markup is shown as text"
        assert browser.title != "pwned", "a script of the answer ran in the instructor's session"
        assert browser.execute_script("return document.querySelectorAll('img[src=\"x\"]').length") == 0
