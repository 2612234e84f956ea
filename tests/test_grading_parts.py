"""The parts of trustworthy grading, one by one and fast: limits, prepare, guard, integrity, feedback.

(The whole pipeline, with real nbgrader and the adversarial corpus, is test_adversarial.py.)
The guard and the integrity snapshot change the process they run in for good, so those
tests run them in a fresh Python process.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import nbformat
import pytest

from course.errors import CourseError
from course.grading.feedback import HIDDEN_FAILURE, HideHiddenTests, hidden_lines, withhold_leaking_feedback
from course.grading.limits import GradingLimits, load_limits
from course.authoring.notebooks import answer_cells, autograded_tests, fill_answers, read_notebook, reference_answers
from course.grading.sandboxed_execute import notebook_cells
from course.authoring.notebooks import exercises_of
from course.grading.submissions import prepare

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "source" / "m01_foundations" / "03_conv_output_size.ipynb"
RELEASE = ROOT / "release" / "m01_foundations" / "03_conv_output_size.ipynb"


# ---- limits ------------------------------------------------------------------------------------------------------

def test_limits_default_and_from_the_course_config(tmp_path):
    assert load_limits(tmp_path) == GradingLimits()
    assert load_limits(ROOT).cell_timeout_s == 60
    (tmp_path / "nbgrader_config.py").write_text("c = get_config()\nc.CourseGrading.memory_mb = 512\n")
    assert load_limits(tmp_path).memory_mb == 512


@pytest.mark.parametrize("line, message", [
    ("c.CourseGrading.memory_mb = -1", "memory_mb must be a positive whole number"),
    ("c.CourseGrading.cell_timeout_s = 'soon'", "cell_timeout_s must be a positive whole number"),
    ("c.CourseGrading.sandbox = 'docker'", "sandbox must be one of auto, bubblewrap, guard"),
    ("c.CourseGrading.timeout = 5", "unknown setting CourseGrading.timeout"),
    ("c.CourseGrading.guard_user = 7", "guard_user must be a user name"),
    ("this is not python", "does not load"),
])
def test_bad_limits_are_refused_with_one_line(tmp_path, line, message):
    (tmp_path / "nbgrader_config.py").write_text("c = get_config()\n" + line + "\n")
    with pytest.raises(CourseError, match=message):
        load_limits(tmp_path)


# ---- prepare -----------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def notebooks():
    source, release = read_notebook(SOURCE), read_notebook(RELEASE)
    return source, release, fill_answers(release, reference_answers(source))


def _write(tmp_path, document) -> Path:
    path = tmp_path / RELEASE.name
    path.write_text(document if isinstance(document, str) else json.dumps(document))
    return path


def test_prepare_takes_only_the_answers(tmp_path, notebooks):
    source, release, submitted = notebooks
    edited = json.loads(nbformat.writes(submitted))
    setup = next(i for i, c in enumerate(edited["cells"]) if c["cell_type"] == "code")  # the course's setup cell
    edited["cells"][setup]["source"] = "import os; os.system('rm -rf /')"
    prepared = prepare(release, _write(tmp_path, edited))
    assert prepared.status == "graded" and prepared.problems == []
    assert prepared.notebook.cells[setup].source == release.cells[setup].source == "from course import setup\ndevice = setup()"
    assert answer_cells(prepared.notebook)["conv_output_size"].source == answer_cells(submitted)["conv_output_size"].source


def test_prepare_names_every_kind_of_damage(tmp_path, notebooks):
    _, release, submitted = notebooks
    assert prepare(release, tmp_path / "absent.ipynb").status == "missing"
    broken = prepare(release, _write(tmp_path, nbformat.writes(submitted)[:3000]))
    assert broken.status == "malformed" and broken.notebook is None and "not valid JSON" in broken.problems[0]
    stripped = json.loads(nbformat.writes(submitted))
    for cell in stripped["cells"]:
        cell["metadata"].pop("nbgrader", None)
    prepared = prepare(release, _write(tmp_path, stripped))
    assert prepared.status == "malformed"
    assert answer_cells(prepared.notebook)["conv_output_size"].source == answer_cells(submitted)["conv_output_size"].source
    assert any("found by its first line" in p for p in prepared.problems)


def test_edited_tests_are_reported(tmp_path, notebooks):
    _, release, submitted = notebooks
    edited = json.loads(nbformat.writes(submitted))
    edited["cells"][21]["source"] = "pass"
    prepared = prepare(release, _write(tmp_path, edited))
    assert list(prepared.edited_tests) == ["test_conv_output_size"]


def test_exercises_and_verifier_cells_come_from_the_course(notebooks):
    source, release, submitted = notebooks
    assert [(e.answer_id, e.test_id, e.points) for e in exercises_of(source)] == [
        ("conv_output_size", "test_conv_output_size", 4.0), ("pool_output_size", "test_pool_output_size", 2.0),
        ("same_padding", "test_same_padding", 2.0)]
    # what nbgrader hands the executor: the answers, with the full tests restored from the course
    restored = fill_answers(source, reference_answers(source))
    cells = {c["grade_id"]: c for c in notebook_cells(restored, release) if c["grade_id"]}
    assert cells["test_conv_output_size"]["source"] == autograded_tests(source)["test_conv_output_size"].source
    assert cells["conv_output_size"]["role"] == "answer"


# ---- guard and integrity (in a fresh process) --------------------------------------------------------------------

def _run(code: str, tmp_path: Path) -> list[str]:
    script = textwrap.dedent(f"""
        import json, sys
        from course.sandbox.guard import arm
        drain = arm({{"writable": [{str(tmp_path / 'mine')!r}], "hidden": [{str(tmp_path / 'course')!r}],
                     "library": [sys.prefix, sys.base_prefix, {str(ROOT / 'course')!r}],
                     "memory_bytes": 2**33, "file_bytes": 2**20}})
        outcomes = []
        def attempt(label, source):
            try:
                exec(compile(source, "<answer cell 1>", "exec"), {{}})
                outcomes.append(label + ": allowed")
            except PermissionError:
                outcomes.append(label + ": refused")
    """) + textwrap.dedent(code) + "\nprint(json.dumps(outcomes + drain()))\n"
    (tmp_path / "mine").mkdir(exist_ok=True)
    (tmp_path / "course").mkdir(exist_ok=True)
    (tmp_path / "course" / "gradebook.db").write_text("x")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path / "mine")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_guard_refuses_and_records_what_a_submission_may_not_do(tmp_path):
    course = tmp_path / "course"
    said = _run(f"""
        attempt("own folder", "open('notes.txt', 'w').write('ok')")
        attempt("read a library", "import torch, os; open(os.path.join(os.path.dirname(torch.__file__), '__init__.py')).read()")
        attempt("read the course", "open({str(course / 'gradebook.db')!r}).read()")
        attempt("sqlite", "import sqlite3; sqlite3.connect({str(course / 'gradebook.db')!r})")
        attempt("write outside", "open('/tmp/course-guard-test.txt', 'w')")
        attempt("program", "import subprocess; subprocess.run(['true'])")
        attempt("native", "import ctypes; ctypes.CDLL(None)")
        attempt("frames", "import inspect; inspect.stack()")
        attempt("gc", "import gc; gc.get_objects()")
        attempt("trace", "import sys; sys.settrace(None)")
        # CPython swallows a refusal of sys.addaudithook silently, and does not add the hook
        attempt("new hook", "import sys, builtins; builtins.SEEN = []; sys.addaudithook(lambda e, a: builtins.SEEN.append(e))")
        attempt("exec", "exec('x = 1'); open('notes.txt').read(); assert SEEN == []")
        attempt("pathlib", "import pathlib; pathlib.Path('notes.txt').read_text()")
        attempt("own path class", "class P:\\n    def __fspath__(self):\\n        import builtins; builtins.RAN = 1; return 'notes.db'\\nimport sqlite3; sqlite3.connect(P())")
        attempt("patched pathlib", "import pathlib; pathlib.PurePath.__fspath__ = lambda self: 'notes.txt'; import glob; glob.glob(pathlib.Path('x'))")
    """, tmp_path)
    assert said[:15] == ["own folder: allowed", "read a library: allowed", "read the course: refused", "sqlite: refused",
                         "write outside: refused", "program: refused", "native: refused", "frames: refused",
                         "gc: refused", "trace: refused", "new hook: allowed", "exec: allowed", "pathlib: allowed",
                         "own path class: refused", "patched pathlib: refused"]
    reasons = " | ".join(said[15:])
    for expected in ["read " + str(course / "gradebook.db"), "opened the database", "wrote to /tmp/course-guard-test.txt",
                     "start or signal a process", "ctypes.dlopen", "sys._getframe", "gc.get_objects", "sys.settrace",
                     "sys.addaudithook", "path object of its own class (P)"]:
        assert expected in reasons


def test_integrity_snapshot_undoes_and_reports_patches(tmp_path):
    script = textwrap.dedent("""
        import json, sys, torch, numpy, numpy.testing, course.testing
        from course.sandbox.integrity import Snapshot
        snapshot = Snapshot.take((sys.prefix,))
        torch.allclose = lambda *a, **k: True
        numpy.testing.assert_allclose = lambda *a, **k: None
        course.testing._fail = lambda *a: None
        torch.Tensor.__eq__ = lambda self, other: True
        sys.excepthook = lambda *a: None
        first = snapshot.restore()
        assert torch.allclose(torch.zeros(1), torch.ones(1)) is False
        print(json.dumps([first, snapshot.restore()]))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    first, second = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(first) >= {"replaced torch.allclose", "replaced numpy.testing.assert_allclose",
                          "replaced course.testing._fail", "added torch.Tensor.__eq__", "changed sys.excepthook"}
    assert second == []


# ---- feedback ----------------------------------------------------------------------------------------------------

def test_feedback_preprocessor_hides_hidden_tests_and_their_tracebacks(notebooks, tmp_path):
    source, _, _ = notebooks
    nb = nbformat.reads(nbformat.writes(source), as_version=4)
    tests_cell = autograded_tests(nb)["test_conv_output_size"]
    lines = tests_cell.source.splitlines()
    visible_line = 1 + next(i for i, line in enumerate(lines) if "conv_output_size(" in line)
    hidden_line = 1 + lines.index("### BEGIN HIDDEN TESTS") + 2
    tests_cell.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="called with (7, 3, 2)\n"),  # an answer printing its args
        nbformat.v4.new_output("error", ename="AssertionError", evalue="conv_output_size(5, 2, 2): expected 2",
                               traceback=[f'File "<tests cell 9>", line {visible_line}', tests_cell.source])]
    other = autograded_tests(nb)["test_pool_output_size"]
    other.outputs = [nbformat.v4.new_output("error", ename="AssertionError", evalue="pool(9, 3): expected 3",
                                            traceback=[f'File "<tests cell 12>", line {hidden_line}'])]
    nb, _ = HideHiddenTests().preprocess(nb, {})
    text = nbformat.writes(nb)
    assert "HIDDEN TESTS" not in text and "called with" not in text
    assert not [line for line in hidden_lines(source) if line in text]
    assert "AssertionError: conv_output_size(5, 2, 2): expected 2" in text, "a visible test's message is kept"
    assert "pool(9, 3)" not in text and HIDDEN_FAILURE in text, "a hidden test's message is not"


def test_a_leaking_feedback_page_is_withheld_for_that_student_only(notebooks, tmp_path):
    source, _, _ = notebooks
    secret = hidden_lines(source)[0]
    for student, body in (("ada", "<p>all fine</p>"), ("ben", f"<pre><span>{secret[:10]}</span>{secret[10:]}</pre>"),
                          ("cleo", "<p>### BEGIN HIDDEN TESTS, quoted in a written answer</p>")):
        (tmp_path / "feedback" / student / "m01").mkdir(parents=True)
        (tmp_path / "feedback" / student / "m01" / "03.html").write_text(body)
    reasons = withhold_leaking_feedback(tmp_path / "feedback", "m01", hidden_lines(source), tmp_path / "withheld")
    assert list(reasons) == ["ben"] and "withheld" in reasons["ben"][0]
    assert not (tmp_path / "feedback" / "ben" / "m01" / "03.html").exists()
    assert (tmp_path / "withheld" / "ben" / "m01" / "03.html").is_file()
    assert (tmp_path / "feedback" / "cleo" / "m01" / "03.html").is_file(), "typing a marker withholds nothing"


def test_written_answers_reach_feedback_and_formgrader_as_text(tmp_path, notebooks):
    source, release, submitted = notebooks
    written = json.loads(nbformat.writes(submitted))
    cell = next(c for c in written["cells"] if c["metadata"].get("nbgrader", {}).get("grade_id") == "written_output_size")
    cell["source"] = "<script>alert('instructor')</script> **bold** & <img src=x onerror=alert(1)>"
    prepared = prepare(release, _write(tmp_path, written))
    shown = next(c for c in prepared.notebook.cells if c.get("metadata", {}).get("nbgrader", {}).get("grade_id")
                 == "written_output_size").source
    assert "<script>" not in shown and "<img" not in shown and "&lt;script&gt;" in shown and "**bold**" in shown


@pytest.mark.parametrize("template", ["lab", "classic", "basic"])
def test_the_feedback_page_is_nbconverts_own_page(template):
    """``FeedbackPage`` adds nbconvert's accessibility attributes without re-parsing the page: the same page, in
    each of nbconvert's templates (nbgrader's feedback template needs a gradebook: the round trips render it)."""
    from bs4 import BeautifulSoup
    from nbconvert.exporters import HTMLExporter
    from nbgrader.converters import generate_feedback
    from course.grading.feedback import FeedbackPage

    pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# A title\nsome *text* and `<img src=x>` quoted"),
        nbformat.v4.new_code_cell("show()", outputs=[
            nbformat.v4.new_output("display_data", data={"image/png": pixel, "text/plain": "<Figure>"}),
            nbformat.v4.new_output("stream", name="stdout", text="<img src=y> printed, <div class=\"jp-OutputArea-output\">\n"),
            nbformat.v4.new_output("error", ename="AssertionError", evalue="x <img", traceback=["AssertionError: x"])]),
        nbformat.v4.new_code_cell("x = 1", outputs=[nbformat.v4.new_output(
            "execute_result", data={"image/png": pixel}, execution_count=1)])])
    nb.metadata["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
    formgrader = Path(generate_feedback.__file__).parents[1] / "server_extensions" / "formgrader"  # as nbgrader sets it
    options = dict(template_name=template, extra_template_basedirs=[str(formgrader / "templates")],
                   extra_template_paths=[str(formgrader / "static" / "node_modules" / "bootstrap" / "dist" / "css")])
    ours, _ = FeedbackPage(**options).from_notebook_node(nb)
    theirs, _ = HTMLExporter(**options).from_notebook_node(nb)
    assert "No description has been provided" in ours
    assert BeautifulSoup(ours, "html.parser") == BeautifulSoup(theirs, "html.parser")
    if template == "lab":
        assert 'tabindex="0"' in ours

# ---- only regular files, only plain student ids --------------------------------------------------------------

@pytest.mark.parametrize("kind", ["symlink", "fifo", "folder"])
def test_only_regular_files_are_graded(tmp_path, notebooks, kind):
    import os

    _, release, submitted = notebooks
    (tmp_path / "other_student").mkdir()
    elsewhere = _write(tmp_path / "other_student", nbformat.writes(submitted))
    target = tmp_path / "mine" / "03_conv_output_size.ipynb"
    target.parent.mkdir()
    {"symlink": lambda: target.symlink_to(elsewhere), "fifo": lambda: os.mkfifo(target),
     "folder": lambda: target.mkdir()}[kind]()
    prepared = prepare(release, target)  # a FIFO must not block, a link must not be followed
    assert prepared.status == "malformed" and prepared.notebook is None
    assert "not a regular file" in prepared.problems[0]


@pytest.mark.parametrize("student, why", [("*", "contains '*'"), ("a?b", "contains '?'"), ("[ab]", "contains '['"),
                                          ("-rf", "starts with '-'"), ("ada lovelace", "contains ' '"),
                                          ("..", "contains '..'"), ("a/b", "contains '/'"), ("", "is empty")])
def test_special_student_ids_are_refused(student, why):
    from course.grading.autograde import check_student_ids

    with pytest.raises(CourseError, match=re.escape(why)):
        check_student_ids(["ada", student])
    check_student_ids(["ada", "ben.c", "cleo_2", "d@x.org"])


def test_a_submission_folder_linked_to_another_students_is_not_graded_as_theirs(tmp_path, monkeypatch):
    from course.authoring.nbgrader_cli import nbgrader_environment
    from course.grading.pipeline import grade_submission

    monkeypatch.setenv("PATH", nbgrader_environment()["PATH"])  # a new gradebook runs nbgrader's alembic
    from course.grading.results import gradebook_url

    for kind, path in (("source", SOURCE), ("release", RELEASE)):
        (tmp_path / kind / "m01_foundations").mkdir(parents=True)
        (tmp_path / kind / "m01_foundations" / path.name).write_bytes(path.read_bytes())
    ada = tmp_path / "submitted" / "ada" / "m01_foundations"
    ada.mkdir(parents=True)
    (ada / SOURCE.name).write_bytes(RELEASE.read_bytes())
    (tmp_path / "submitted" / "ben").symlink_to(tmp_path / "submitted" / "ada")
    result = grade_submission(tmp_path, "m01_foundations", "ben", GradingLimits(), gradebook_url(tmp_path),
                              tmp_path / "ben.log")
    assert result.status == "malformed" and result.score == 0 and result.exercises
    assert all("is a symbolic link" in e.reason for e in result.exercises)
    assert not (tmp_path / "autograded").exists(), "nothing of it reached nbgrader"


def test_the_grade_command_refuses_a_special_student_id_before_writing(tmp_path, root):
    import shutil

    shutil.copy(root / "nbgrader_config.py", tmp_path)
    (tmp_path / "source" / "m01_foundations").mkdir(parents=True)
    (tmp_path / "submitted" / "-rf" / "m01_foundations").mkdir(parents=True)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    done = subprocess.run([sys.executable, "-m", "course", "grade", "m01_foundations"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode != 0 and "the student id '-rf' starts with '-'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


# ---- the verifier's budgets (real worker processes, guard only) ----------------------------------------------

def _verify(tmp_path, sources, **limits):
    from course.sandbox.bubblewrap import Sandbox
    from course.sandbox.verify import verify_cells

    grading = GradingLimits(sandbox="guard", **limits)
    folder = tmp_path / "submission"
    folder.mkdir()
    sandbox = Sandbox.for_folder(tmp_path / "course", tmp_path / "scratch", folder, tmp_path / "tmp", grading)
    cells = [{"index": i, "role": "answer", "grade_id": None, "source": s} for i, s in enumerate(sources)]
    return verify_cells(cells, sandbox, grading)


def test_a_notebook_that_sleeps_under_the_cell_limit_runs_out_of_its_budget(tmp_path):
    outcomes = _verify(tmp_path, ["import time\ntime.sleep(3)", "time.sleep(3)", "time.sleep(3)", "x = 1"],
                       cell_timeout_s=5, notebook_timeout_s=7)
    assert outcomes[0].status == "passed"
    assert [outcomes[i].status for i in (2, 3)] == ["timeout", "timeout"]
    assert "time budget ran out" in outcomes[3].error


def test_figures_past_the_limit_are_left_out(tmp_path):
    draw = ("import matplotlib.pyplot as plt, numpy as np\n"
            "for i in range(6):\n    plt.figure(figsize=(1, 1)); plt.imshow(np.random.rand(40, 40))")
    outcomes = _verify(tmp_path, [draw], figures_kb=60)
    figures = [o for o in outcomes[0].outputs if "image/png" in o.get("data", {})]
    assert outcomes[0].status == "passed" and 0 < len(figures) < 6
    assert sum(len(o["data"]["image/png"]) for o in figures) <= 60 * 1024
    assert "figure limit" in outcomes[0].outputs[-1]["text"]


def test_course_code_that_hooks_torch_or_ipython_raises_no_flag(tmp_path):
    """torch hooks an optimizer class's step the first time one is made, and matplotlib reaches for IPython's
    events when it draws its first figure: neither is the student's doing, wherever the cell comes."""
    from course.sandbox.bubblewrap import Sandbox
    from course.sandbox.verify import verify_cells

    grading = GradingLimits(sandbox="guard")
    folder = tmp_path / "submission"
    folder.mkdir()
    sandbox = Sandbox.for_folder(tmp_path / "course", tmp_path / "scratch", folder, tmp_path / "tmp", grading)
    cells = [{"index": 0, "role": "answer", "grade_id": "f", "source": "def f():\n    return 1"},
             {"index": 1, "role": "setup", "grade_id": None, "source":
              "import torch, matplotlib.pyplot as plt\nw = torch.zeros(2, requires_grad=True)\n"
              "torch.optim.AdamW([w]).step()\nplt.figure(); plt.plot([1, 2]); plt.show()"},
             {"index": 2, "role": "answer", "grade_id": "g", "source": "get_ipython().events"}]
    outcomes = verify_cells(cells, sandbox, grading)
    assert outcomes[1].status == "passed" and outcomes[1].flags == [], outcomes[1]
    assert outcomes[2].flags == ["reached for IPython's events"], "an answer that does it is still flagged"


# ---- guard-only grading is never root ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, message", [("no-such-user-here", "no such user"), ("root", "is root")])
def test_a_guard_user_that_is_missing_or_root_is_refused_with_one_line(name, message):
    from course.sandbox.bubblewrap import unprivileged_user

    with pytest.raises(CourseError, match=message) as refused:
        unprivileged_user(name)
    assert "\n" not in str(refused.value)


def test_guard_only_grading_runs_student_code_as_an_unprivileged_user(tmp_path):
    """As root with the guard alone, student code runs as ``guard_user``, with no groups and no way back:
    what passes the guard has that user's rights (a root-only file stays closed). Libraries this user could
    not reach (here Python lives under /root, mode 700) still import, and matplotlib still finds its fonts."""
    import os
    import pwd

    from course.sandbox.bubblewrap import describe_protections

    grading = GradingLimits(sandbox="guard")
    probe = ("import os\nprint(os.getresuid(), os.getresgid(), os.getgroups())\n"
             "open('made-here.txt', 'w').write('x')\n"
             "import tempfile\nopen(os.path.join(tempfile.gettempdir(), 'scratch.txt'), 'w').write('x')")
    later = ("import statistics, tomllib, wave, xml.dom.minidom, email.mime.text  # none of them imported before\n"
             "import matplotlib.pyplot as plt\nfig = plt.figure(); plt.title('fonts'); fig.canvas.draw()")
    outcomes = _verify(tmp_path, [probe, later, "os.setuid(0)", "open('/etc/shadow').read()"])
    assert outcomes[0].status == outcomes[1].status == "passed", outcomes
    ids = os.geteuid() if os.geteuid() else pwd.getpwnam("nobody").pw_uid
    assert outcomes[0].outputs[0]["text"].startswith(f"({ids}, {ids}, {ids})")
    assert (tmp_path / "submission" / "made-here.txt").is_file()
    if os.geteuid() == 0:
        assert outcomes[2].status != "passed" and "PermissionError" in outcomes[2].error, outcomes[2]
        assert outcomes[3].status != "passed" and "Permission" in outcomes[3].error, outcomes[3]
        assert outcomes[2].flags == outcomes[3].flags == [], "refused by the system, not by the guard"
        assert describe_protections("guard", grading) == ("the guard, student code as the unprivileged user "
                                                          "nobody (no bubblewrap)")
    assert "bubblewrap container" in describe_protections("bubblewrap", grading)


# ---- the warm worker: one per submission, a fresh fork per notebook and per restart ---------------------------

@pytest.mark.parametrize("kind", ["guard", "bubblewrap"])
def test_nothing_one_notebook_leaves_reaches_the_next(tmp_path, kind):
    """Two notebooks of one submission, graded by the same warm worker: a patched function, a global, a
    module attribute and a file in the temporary folder left by the first are not seen by the second."""
    from course.sandbox.bubblewrap import Sandbox, bubblewrap
    from course.sandbox.verify import verify_cells, warm_worker

    if kind == "bubblewrap" and not bubblewrap():
        pytest.skip("bubblewrap is not installed here")
    grading = GradingLimits(sandbox=kind)
    folder = tmp_path / "submission"
    folder.mkdir()
    sandbox = Sandbox.for_folder(tmp_path / "course", tmp_path / "scratch", folder, tmp_path / "tmp", grading)

    def cells(*sources):
        return [{"index": i, "role": "answer", "grade_id": None, "source": s} for i, s in enumerate(sources)]

    first = verify_cells(cells(
        "import os, torch, tempfile\nos.makedirs(tempfile.gettempdir(), exist_ok=True)\n"
        "open(os.path.join(tempfile.gettempdir(), 'left.txt'), 'w').write('x')",
        "torch.relu = lambda x: x\ntorch.left_behind = 1\nimport builtins\nbuiltins.left_behind = 2\nLEFT = 3",
        "import os\nos._exit(3)",   # a crash: the restart is another fork of the same warm worker
        "print(os.getpid())"), sandbox, grading)
    assert [first[i].status for i in range(4)] == ["passed", "passed", "crashed", "passed"], first
    assert "exited with code 3" in first[2].error
    server = warm_worker(sandbox)
    second = verify_cells(cells(
        "import os, tempfile, torch, builtins\n"
        "assert not os.path.exists(os.path.join(tempfile.gettempdir(), 'left.txt')), 'temp file survived'\n"
        "assert torch.relu(torch.tensor(-1.0)) == 0, 'patched function survived'\n"
        "assert not hasattr(torch, 'left_behind') and not hasattr(builtins, 'left_behind'), 'attribute survived'\n"
        "assert 'LEFT' not in globals(), 'global survived'\nprint(os.getpid())"), sandbox, grading)
    assert second[0].status == "passed", second[0]
    assert warm_worker(sandbox) is server, "the same warm worker served both notebooks"
    pids = {first[3].outputs[0]["text"], second[0].outputs[0]["text"]}
    assert len(pids) == 2, "each run is its own process"


def test_a_run_that_kills_its_warm_worker_costs_only_that_cell(tmp_path):
    from course.sandbox.bubblewrap import Sandbox
    from course.sandbox.verify import verify_cells

    grading = GradingLimits(sandbox="guard")
    folder = tmp_path / "submission"
    folder.mkdir()
    sandbox = Sandbox.for_folder(tmp_path / "course", tmp_path / "scratch", folder, tmp_path / "tmp", grading)
    cells = [{"index": 0, "role": "answer", "grade_id": None, "source": "import os, signal\nos.kill(os.getppid(), 9)"},
             {"index": 1, "role": "answer", "grade_id": None, "source": "y = 2"}]
    outcomes = verify_cells(cells, sandbox, grading)
    assert outcomes[0].status != "passed" and outcomes[1].status == "passed", outcomes


# ---- tests cells run by the grader itself ----------------------------------------------------------------------

def test_a_tests_cell_the_grader_runs_never_enters_the_students_process(tmp_path):
    """The verifier runs a `remote` tests cell itself: it passes or fails there, and nothing of it (source,
    variables, values) is in the worker, whose own report for the cell cannot make it pass."""
    from course.sandbox.bubblewrap import Sandbox
    from course.sandbox.verify import verify_cells

    grading = GradingLimits(sandbox="guard")
    folder = tmp_path / "submission"
    folder.mkdir()
    sandbox = Sandbox.for_folder(tmp_path / "course", tmp_path / "scratch", folder, tmp_path / "tmp", grading)
    forge = ("import signal\n"
             "def _forge(signum, frame):\n"
             "    while frame is not None:\n"
             "        if 'send' in frame.f_locals and 'index' in frame.f_locals:\n"
             "            frame.f_locals['send']({'event': 'end', 'cell': frame.f_locals['index'], 'ok': True,\n"
             "                                    'error': '', 'flags': [], 'outputs': []})\n"
             "            break\n"
             "        frame = frame.f_back\n"
             "def wrong(x):\n"
             "    signal.signal(signal.SIGALRM, _forge)\n"
             "    signal.setitimer(signal.ITIMER_REAL, 0.001)\n"
             "    for _ in range(3_000_000):\n"
             "        pass\n"
             "    return 0\n")
    cells = [{"index": 0, "role": "answer", "grade_id": "f", "source": "def f(x):\n    return x + 1\n" + forge},
             {"index": 1, "role": "tests", "grade_id": "test_f", "remote": True,
              "source": "secret_expected = 12345\nassert f(1) == 2\nprint('Visible tests passed.')"},
             {"index": 2, "role": "tests", "grade_id": "test_wrong", "remote": True,
              "source": "assert wrong(1) == 54321, 'wrong(1) is not 54321'"},
             {"index": 3, "role": "answer", "grade_id": "g", "source":
              "assert 'secret_expected' not in globals()\n"
              "import sys\nassert not any('12345' in repr(v) for v in list(globals().values()))\n"}]
    outcomes = verify_cells(cells, sandbox, grading)
    assert outcomes[1].status == "passed" and outcomes[1].flags == [], outcomes[1]
    assert "Visible tests passed." in outcomes[1].outputs[0]["text"]
    assert outcomes[2].status == "failed" and "wrong(1) is not 54321" in outcomes[2].error, outcomes[2]
    assert any("out of order" in flag for flag in outcomes[2].flags), outcomes[2].flags
    assert outcomes[3].status == "passed", outcomes[3]


def test_every_tests_cell_is_run_by_the_grader(root):
    """Grading (and tests/mutation.py, which calls the same function) marks every tests cell of every built
    notebook to be run by the grader itself, outside the student's process, and no other cell."""
    from course.authoring.notebooks import read_notebook
    from course.catalog import load_catalog
    from course.grading.sandboxed_execute import notebook_cells, run_by_the_grader

    for entry in (nb for nb in load_catalog().notebooks if nb.built):
        cells = run_by_the_grader(notebook_cells(read_notebook(entry.path), read_notebook(entry.path)))
        assert any(c["role"] == "tests" for c in cells), entry.path
        assert all(bool(c.get("remote")) == (c["role"] == "tests") for c in cells), entry.path
