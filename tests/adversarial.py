"""The adversarial corpus: broken and hostile submissions, and what grading must make of each.

Each ``Case`` is one student's submission of one module, built from the reference
solution with some answers replaced (``answers``: answer grade_id → code, where
``{ref}`` stands for the reference answer of that cell and ``{course}`` for the
course folder, which an attacker may know) and/or the file damaged afterwards
(``damage``).  ``status`` is the submission's expected status, ``zero`` the exercises
(tests grade_ids) that must earn nothing: every other exercise must keep all its
points.  ``reason`` must appear in the report's reasons (and in its flags when the
status is ``flagged``).  ``category`` ties the case to a requirement of the grader.
Cases that only damage the file (``needs_process=False``) are decided by ``prepare``
and the judge alone, so they are checked in milliseconds (tests/test_judge.py); the
rest go through the real ``python -m course grade`` (tests/test_adversarial.py).

Module m01 is graded with notebook 03 (integer answers) in a bubblewrap sandbox where
the machine has one; module m03 with notebook 11 (tensor answers) with the guard alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Callable

M01, M03 = "m01_foundations", "m03_outputs_losses_metrics"
NOTEBOOKS = {M01: "03_conv_output_size.ipynb", M03: "11_softmax.ipynb"}
CONV, POOL, SAME = "test_conv_output_size", "test_pool_output_size", "test_same_padding"
SOFTMAX, LOG_SOFTMAX, PREDICTED = "test_softmax", "test_log_softmax", "test_predicted_class"
CATEGORIES = ("honest", "broken file", "kernel death", "endless loop", "memory", "huge output", "impostor value",
              "monkeypatching", "interpreter hooks", "ipython hooks", "gradebook", "files outside",
              "reading solutions", "programs and native code", "forged results", "warnings", "feedback",
              "verdict routes")


@dataclass(frozen=True)
class Case:
    name: str
    category: str
    module: str
    status: str
    zero: tuple[str, ...] = ()
    answers: dict[str, str] = field(default_factory=dict)
    damage: Callable[[dict], dict | bytes] | None = None
    reason: str = ""
    untouched: bool = False     # submit the release as fetched
    needs_process: bool = True  # False: prepare and judge decide it alone (tests/test_judge.py, in milliseconds)


# ---- damage to the notebook file -----------------------------------------------------------------------------

def _cells_with(nb: dict, grade_id: str) -> list[int]:
    return [i for i, c in enumerate(nb["cells"]) if c["metadata"].get("nbgrader", {}).get("grade_id") == grade_id]


def truncate(nb: dict) -> bytes:
    return json.dumps(nb).encode()[:5000]


def not_a_notebook(nb: dict) -> dict:
    return {"cells": "there are none", "nbformat": 4}


def strip_metadata(nb: dict) -> dict:
    for cell in nb["cells"]:
        cell["metadata"].pop("nbgrader", None)
    return nb


def delete_pool_answer(nb: dict) -> dict:
    del nb["cells"][_cells_with(nb, "pool_output_size")[0]]
    return nb


def duplicate_cells(nb: dict) -> dict:
    """A wrong copy of the conv answer before the right one, and the same_padding tests twice."""
    index = _cells_with(nb, "conv_output_size")[0]
    wrong = json.loads(json.dumps(nb["cells"][index]))
    wrong["source"] = "def conv_output_size(*args, **kwargs):\n    return -1\n"
    nb["cells"].insert(index, wrong)
    index = _cells_with(nb, SAME)[0]
    nb["cells"].insert(index, json.loads(json.dumps(nb["cells"][index])))
    return nb


def delete_conv_tests(nb: dict) -> dict:
    del nb["cells"][_cells_with(nb, CONV)[0]]
    return nb


def edit_pool_tests(nb: dict) -> dict:
    nb["cells"][_cells_with(nb, POOL)[0]]["source"] = "print('Visible tests passed.')\n"
    return nb


# ---- hostile answers --------------------------------------------------------------------------------------------

WRONG_CONV = "def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):\n    return 0\n"
WRONG_POOL = "def pool_output_size(size, kernel_size, stride, ceil_mode=False):\n    return 0\n"
WRONG_SAME = "def same_padding(kernel_size, dilation=1):\n    return 0\n"
WRONG_LOG_SOFTMAX = "def log_softmax(logits, dim=-1):\n    return logits\n"

ALWAYS_EQUAL = '''
class AlwaysEqual:
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    def __int__(self): return 26
    def __index__(self): return 26
    def __repr__(self): return "26"

def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return AlwaysEqual()
'''

LYING_INT = '''
class LyingInt(int):
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    __hash__ = int.__hash__

def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return LyingInt(0)
'''

PATCH_ASSERT_INT = "import course.testing\ncourse.testing.assert_int = lambda *args, **kwargs: None\n" + WRONG_SAME
PATCH_PRIVATE_FAIL = "import course.testing\ncourse.testing._fail = lambda *args, **kwargs: None\n" + WRONG_SAME
PATCH_NUMPY_TORCH = '''
import numpy, torch
numpy.testing.assert_allclose = lambda *args, **kwargs: None
numpy.allclose = lambda *args, **kwargs: True
torch.equal = lambda *args, **kwargs: True
''' + WRONG_POOL

PATCH_IMPORT = '''
import builtins, types
_real_import = builtins.__import__
_fake = types.ModuleType("course.testing")
_fake.assert_int = lambda *args, **kwargs: None
def _import(name, globals=None, locals=None, fromlist=(), level=0):
    if name == "course.testing":
        return _fake
    return _real_import(name, globals, locals, fromlist, level)
builtins.__import__ = _import
''' + WRONG_CONV

SWAP_MODULE = '''
import sys, types
_fake = types.ModuleType("course.testing")
_fake.assert_int = lambda *args, **kwargs: None
sys.modules["course.testing"] = _fake
''' + WRONG_SAME

REBIND_NAME = "assert_int = lambda *args, **kwargs: None\n" + WRONG_CONV

INPUT_TRANSFORMER = '''
def _skip_my_tests(lines):
    if any("pool_output_size(" in line for line in lines) and not lines[0].startswith("def "):
        return ["pass\\n"]
    return lines
try:  # through IPython's module rather than the get_ipython() name
    from IPython import get_ipython as _shell
    _shell().input_transformers_cleanup.append(_skip_my_tests)
except (NameError, AttributeError):
    pass
''' + WRONG_POOL

CUSTOM_EXC = '''
try:
    get_ipython().set_custom_exc((BaseException,), lambda shell, etype, value, tb, tb_offset=None: None)
except NameError:
    pass
''' + WRONG_SAME

AST_TRANSFORMER = '''
import ast
class _Silence(ast.NodeTransformer):
    def visit_Module(self, node):
        handler = ast.ExceptHandler(type=ast.Name("BaseException", ast.Load()), name=None, body=[ast.Pass()])
        node.body = [ast.Try(body=node.body or [ast.Pass()], handlers=[handler], orelse=[], finalbody=[])]
        return ast.fix_missing_locations(node)
try:
    get_ipython().ast_transformers.append(_Silence())
except NameError:
    pass
''' + WRONG_CONV

SETTRACE = '''
import sys
def _tracer(frame, event, arg):
    return _tracer
try:
    sys.settrace(_tracer)
except PermissionError:
    pass
''' + WRONG_SAME

EXCEPTHOOK = "import sys\nsys.excepthook = lambda *args: None\nsys.displayhook = lambda value: None\n" + WRONG_SAME

FRAME_INSPECT = '''
import inspect
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    try:
        return inspect.stack()[1].frame.f_globals.get("expected", 0)
    except PermissionError:
        return 0
'''

FRAME_TRACEBACK = '''
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    try:
        raise ValueError
    except ValueError as error:
        try:
            return error.__traceback__.tb_frame.f_back.f_globals.get("expected", 0)
        except PermissionError:
            return 0
'''

GC_PEEK = '''
import gc
def same_padding(kernel_size, dilation=1):
    try:
        gc.get_objects()
    except PermissionError:
        pass
    return 0
'''

GRADEBOOK_SQLITE = '''
import sqlite3
for _path in ["{course}/gradebook.db", "../../../../../gradebook.db"]:
    try:
        sqlite3.connect(_path).execute("update grade set auto_score = 99")
    except Exception as error:
        print(error)
''' + "{ref}"

GRADEBOOK_RAW = '''
for _path in ["{course}/gradebook.db"]:
    try:
        with open(_path, "r+b") as _db:
            _db.write(b"garbage")
    except Exception as error:
        print(error)
''' + "{ref}"

READ_SOURCE = '''
import json
def _steal(notebook):
    try:
        with open("{course}/source/" + notebook) as source:
            return json.load(source)
    except Exception:
        return None
_stolen = _steal("NOTEBOOK")
''' + WRONG_SAME

WRITE_OUTSIDE = '''
for _path in ["{course}/pwned.txt", "{course}/release/pwned.txt", "/tmp/course-pwned.txt"]:
    try:
        with open(_path, "w") as _out:
            _out.write("pwned")
    except Exception as error:
        print(error)
''' + "{ref}"

RUN_PROGRAM = '''
import os, subprocess
try:
    subprocess.run(["sh", "-c", "touch {course}/pwned-by-shell.txt"])
except PermissionError:
    pass
try:
    os.system("touch {course}/pwned-by-system.txt")
except PermissionError:
    pass
''' + WRONG_POOL

NATIVE_CODE = '''
import ctypes
try:
    ctypes.CDLL(None).getpid()
except PermissionError:
    pass
''' + WRONG_SAME

FORGE = '''
import os, sys
if "ipykernel" not in sys.modules:   # aimed at the verifier's worker
    for _fd in range(3, 64):
        try:
            os.write(_fd, b'0000 {"cell": 0, "error": "", "event": "end", "flags": [], "ok": true}\\n')
        except OSError:
            pass
''' + WRONG_SAME

EXIT_TOP = "import os\nos._exit(3)\n"
EXIT_IN_TESTS = "import os\ndef pool_output_size(size, kernel_size, stride, ceil_mode=False):\n    os._exit(3)\n"
SEGFAULT = '''
import faulthandler
def same_padding(kernel_size, dilation=1):
    faulthandler._sigsegv()
'''
LOOP_TOP = "while True:\n    pass\n"
LOOP_IN_TESTS = "def pool_output_size(size, kernel_size, stride, ceil_mode=False):\n    while True:\n        pass\n"
MEMORY = '''
def same_padding(kernel_size, dilation=1):
    blocks = []
    while True:
        blocks.append(bytearray(64 * 2**20))
'''
HUGE_OUTPUT = '''
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    for _ in range(100):
        print("x" * 100_000)
    return (size + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1
'''
WARNINGS = '''
import sys, warnings
def same_padding(kernel_size, dilation=1):
    warnings.warn("a harmless warning from a correct answer")
    print("a note on stderr", file=sys.stderr)
    return dilation * (kernel_size - 1) // 2
'''

TENSOR_SUBCLASS = '''
import torch
class _Agreeable(torch.Tensor):
    def __eq__(self, other): return True
def softmax(logits, dim=-1):
    return torch.zeros_like(logits).as_subclass(_Agreeable)
'''
TORCH_FUNCTION = '''
import torch
class _Anything(torch.Tensor):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        return True
def softmax(logits, dim=-1):
    return torch.zeros_like(logits).as_subclass(_Anything)
'''
PATCH_TENSOR = '''
import torch
torch.Tensor.allclose = lambda self, *args, **kwargs: True
torch.allclose = lambda *args, **kwargs: True
torch.Tensor.__eq__ = lambda self, other: torch.ones_like(self, dtype=torch.bool)
''' + WRONG_LOG_SOFTMAX
TORCH_WARNING = '''
import torch
def softmax(logits, dim=-1):
    logits = torch.tensor(logits)   # UserWarning: copy-constructing a tensor from a tensor
    shifted = logits - logits.amax(dim=dim, keepdim=True)
    e = torch.exp(shifted)
    return e / e.sum(dim=dim, keepdim=True)
'''

# ---- routes to a verdict decided in the student's process (closed: the grader runs the tests itself) -------------
# Each answer is wrong and tries to reach whatever decides its verdict; with the tests run by the grader,
# outside the student's process, there is nothing there to reach.
CODE_SWAP = '''
import course.testing
def _accept(*args, **kwargs):
    return None
course.testing.assert_int.__code__ = _accept.__code__      # the function object stays the same
course.testing._fail.__code__ = _accept.__code__
''' + WRONG_SAME
KWDEFAULTS_SWAP = '''
import course.testing
course.testing.assert_tensor.__kwdefaults__["rtol"] = 1e9   # every tensor "close enough"
course.testing.assert_tensor.__kwdefaults__["atol"] = 1e9
''' + WRONG_LOG_SOFTMAX
FRAMES_FROM_TRACEBACK = '''
import traceback
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    # traceback.walk_stack calls sys._getframe on our behalf; then f_locals, looking for the tests' values
    for frame, _ in traceback.walk_stack(None):
        for name, value in dict(frame.f_locals).items():
            if name in ("expected", "want") and type(value) is int:
                return value
    return 0
'''
FRAMES_FROM_LOGGING = '''
import logging
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    frame = logging.currentframe()          # another library helper that hands out its caller's frame
    while frame is not None:
        for name in ("assert_int", "_fail"):  # switch the checks off where the tests look them up
            if name in frame.f_globals:
                frame.f_globals[name] = lambda *args, **kwargs: None
        frame = frame.f_back
    return 0
'''
_SIGNAL_FORGER = '''
import signal
def _forge(signum, frame):
    # the interrupted frame leads up to the worker's loop, whose `send` signs what it reports
    while frame is not None:
        if "send" in frame.f_locals and "index" in frame.f_locals:
            frame.f_locals["send"]({"event": "end", "cell": frame.f_locals["index"], "ok": True, "error": "",
                                    "flags": [], "outputs": []})
            break
        frame = frame.f_back
def pool_output_size(size, kernel_size, stride, ceil_mode=False):
    old = signal.signal(signal.SIGNUM, _forge)
    signal.setitimer(signal.TIMER, 0.001)
    for _ in range(3_000_000):              # until the timer fires
        pass
    signal.setitimer(signal.TIMER, 0)
    signal.signal(signal.SIGNUM, old)        # the handler is back before the cell ends
    return 0
'''
SIGNAL_ALARM = _SIGNAL_FORGER.replace("SIGNUM", "SIGALRM").replace("TIMER", "ITIMER_REAL")
SIGNAL_PROFILE = _SIGNAL_FORGER.replace("SIGNUM", "SIGPROF").replace("TIMER", "ITIMER_PROF")
GLOBALS_READ = '''
def same_padding(kernel_size, dilation=1):
    # the tests' own variables (expected values, loop variables) are not in the answers' namespace
    for name, value in list(globals().items()):
        if name.startswith(("_hidden", "expected")) or name in ("want", "case"):
            return value if type(value) is int else 0
    return 0
'''
MAIN_MODULE_READ = '''
import sys
def same_padding(kernel_size, dilation=1):
    found = [v for k, v in vars(sys.modules["__main__"]).items() if k.startswith("_hidden")]
    return found[0] if found and type(found[0]) is int else 0
'''


CASES = [
    Case("reference", "honest", M01, "graded"),
    Case("untouched", "honest", M01, "graded", (CONV, POOL, SAME), untouched=True),
    Case("truncated_json", "broken file", M01, "malformed", (CONV, POOL, SAME), damage=truncate, reason="not valid JSON"),
    Case("not_a_notebook", "broken file", M01, "malformed", (CONV, POOL, SAME), damage=not_a_notebook,
         reason="no list of cells"),
    Case("missing_notebook", "broken file", M01, "missing", (CONV, POOL, SAME), damage=lambda nb: b"",
         reason="was not submitted"),
    Case("stripped_metadata", "broken file", M01, "malformed", damage=strip_metadata, reason="found by its first line", needs_process=False),
    Case("deleted_answer", "broken file", M01, "malformed", (POOL,), damage=delete_pool_answer, reason="is missing", needs_process=False),
    Case("duplicated_cells", "broken file", M01, "malformed", damage=duplicate_cells, reason="the last one was graded", needs_process=False),
    Case("deleted_tests", "broken file", M01, "malformed", damage=delete_conv_tests, reason="the course's copy", needs_process=False),
    Case("edited_tests", "broken file", M01, "flagged", (POOL,), {"pool_output_size": WRONG_POOL},
         damage=edit_pool_tests, reason="was edited", needs_process=False),
    Case("exit_at_top_level", "kernel death", M01, "crashed", (POOL,), {"pool_output_size": EXIT_TOP},
         reason="exited with code 3"),
    Case("exit_in_tests", "kernel death", M01, "crashed", (POOL,), {"pool_output_size": EXIT_IN_TESTS},
         reason="exited with code 3"),
    Case("segfault", "kernel death", M01, "crashed", (SAME,), {"same_padding": SEGFAULT}, reason="SIGSEGV"),
    Case("endless_loop", "endless loop", M01, "timeout", (CONV,), {"conv_output_size": LOOP_TOP},
         reason="still running"),
    Case("endless_loop_in_tests", "endless loop", M01, "timeout", (POOL,), {"pool_output_size": LOOP_IN_TESTS},
         reason="still running"),
    Case("memory_hog", "memory", M01, "crashed", (SAME,), {"same_padding": MEMORY}, reason="ran out of memory"),
    Case("huge_output", "huge output", M01, "crashed", (CONV,), {"conv_output_size": HUGE_OUTPUT},
         reason="printed more than"),
    Case("always_equal", "impostor value", M01, "flagged", (CONV,), {"conv_output_size": ALWAYS_EQUAL},
         reason="made to look like"),
    Case("lying_int", "impostor value", M01, "flagged", (CONV,), {"conv_output_size": LYING_INT},
         reason="made to look like"),
    Case("patch_assert_int", "monkeypatching", M01, "flagged", (SAME,), {"same_padding": PATCH_ASSERT_INT},
         reason="replaced course.testing.assert_int"),
    Case("patch_private_helper", "monkeypatching", M01, "flagged", (SAME,), {"same_padding": PATCH_PRIVATE_FAIL},
         reason="replaced course.testing._fail"),
    Case("patch_numpy_torch", "monkeypatching", M01, "flagged", (POOL,), {"pool_output_size": PATCH_NUMPY_TORCH},
         reason="replaced torch.equal"),
    Case("patch_import", "monkeypatching", M01, "flagged", (CONV,), {"conv_output_size": PATCH_IMPORT},
         reason="replaced builtins.__import__"),
    Case("swap_module", "monkeypatching", M01, "flagged", (SAME,), {"same_padding": SWAP_MODULE},
         reason="sys.modules"),
    # the tests' names are the grader's own: rebinding one in the notebook changes nothing, the wrong answer fails
    Case("rebind_assert_name", "monkeypatching", M01, "graded", (CONV,), {"conv_output_size": REBIND_NAME},
         reason="expected"),
    Case("input_transformer", "ipython hooks", M01, "flagged", (POOL,), {"pool_output_size": INPUT_TRANSFORMER},
         reason="IPython's input_transformers_cleanup"),
    Case("custom_exception_handler", "ipython hooks", M01, "flagged", (SAME,), {"same_padding": CUSTOM_EXC},
         reason="IPython's set_custom_exc"),
    Case("ast_transformer", "ipython hooks", M01, "flagged", (CONV,), {"conv_output_size": AST_TRANSFORMER},
         reason="IPython's ast_transformers"),
    Case("settrace", "interpreter hooks", M01, "flagged", (SAME,), {"same_padding": SETTRACE}, reason="sys.settrace"),
    Case("excepthook", "interpreter hooks", M01, "flagged", (SAME,), {"same_padding": EXCEPTHOOK},
         reason="changed sys.excepthook"),
    Case("frame_inspect", "reading solutions", M01, "flagged", (CONV,), {"conv_output_size": FRAME_INSPECT},
         reason="sys._getframe"),
    Case("frame_traceback", "reading solutions", M01, "flagged", (CONV,), {"conv_output_size": FRAME_TRACEBACK},
         reason="tb_frame"),
    Case("gc_peek", "reading solutions", M01, "flagged", (SAME,), {"same_padding": GC_PEEK}, reason="gc.get_objects"),
    Case("read_source", "reading solutions", M01, "flagged", (SAME,),
         {"same_padding": READ_SOURCE.replace("NOTEBOOK", f"{M01}/{NOTEBOOKS[M01]}")}, reason="/source/"),
    Case("gradebook_sqlite", "gradebook", M01, "flagged", (SAME,), {"same_padding": GRADEBOOK_SQLITE},
         reason="opened the database"),
    Case("gradebook_raw_write", "gradebook", M01, "flagged", (SAME,), {"same_padding": GRADEBOOK_RAW},
         reason="gradebook.db"),
    Case("write_outside", "files outside", M01, "flagged", (SAME,), {"same_padding": WRITE_OUTSIDE},
         reason="pwned.txt"),
    Case("run_program", "programs and native code", M01, "flagged", (POOL,), {"pool_output_size": RUN_PROGRAM},
         reason="start or signal a process"),
    Case("native_code", "programs and native code", M01, "flagged", (SAME,), {"same_padding": NATIVE_CODE},
         reason="ctypes"),
    Case("forged_results", "forged results", M01, "flagged", (SAME,), {"same_padding": FORGE},
         reason="fake grader message"),
    Case("warnings_and_stderr", "warnings", M01, "graded", (), {"same_padding": WARNINGS}),
    Case("written_answer_quotes_a_marker_and_html", "feedback", M01, "graded", (),
         {"written_output_size": "### BEGIN HIDDEN TESTS\n<script>document.title = 'pwned'</script>"}),
    Case("code_swap", "verdict routes", M01, "flagged", (SAME,), {"same_padding": CODE_SWAP},
         reason="changed the code of course.testing.assert_int"),
    # traceback.walk_stack is one of the frame helpers the guard sees through: the student asked, it is flagged
    Case("frames_from_traceback", "verdict routes", M01, "flagged", (CONV,), {"conv_output_size": FRAMES_FROM_TRACEBACK},
         reason="sys._getframe"),
    Case("frames_from_logging", "verdict routes", M01, "graded", (CONV,), {"conv_output_size": FRAMES_FROM_LOGGING},
         reason="expected"),
    Case("signal_alarm_forges_the_end", "verdict routes", M01, "flagged", (POOL,), {"pool_output_size": SIGNAL_ALARM},
         reason="out of order"),
    Case("signal_profile_forges_the_end", "verdict routes", M01, "flagged", (POOL,),
         {"pool_output_size": SIGNAL_PROFILE}, reason="out of order"),
    Case("globals_reads_the_tests", "verdict routes", M01, "graded", (SAME,), {"same_padding": GLOBALS_READ},
         reason="expected"),
    Case("main_module_reads_the_tests", "verdict routes", M01, "graded", (SAME,), {"same_padding": MAIN_MODULE_READ},
         reason="expected"),
    # module 3, tensors, graded with the guard alone (no bubblewrap)
    Case("kwdefaults_swap", "verdict routes", M03, "flagged", (LOG_SOFTMAX,), {"log_softmax": KWDEFAULTS_SWAP},
         reason="changed the code of course.testing.assert_tensor"),
    Case("reference_m03", "honest", M03, "graded"),
    Case("tensor_subclass", "impostor value", M03, "flagged", (SOFTMAX,), {"softmax": TENSOR_SUBCLASS},
         reason="made to look like"),
    Case("torch_function", "impostor value", M03, "flagged", (SOFTMAX,), {"softmax": TORCH_FUNCTION},
         reason="made to look like"),
    Case("patch_tensor", "monkeypatching", M03, "flagged", (LOG_SOFTMAX,), {"log_softmax": PATCH_TENSOR},
         reason="torch.allclose"),
    Case("torch_warning", "warnings", M03, "graded", (), {"softmax": TORCH_WARNING}),
    Case("gradebook_guard_only", "gradebook", M03, "flagged", (PREDICTED,), {"predicted_class": GRADEBOOK_SQLITE},
         reason="opened the database"),
    Case("read_source_guard_only", "reading solutions", M03, "flagged", (PREDICTED,),
         {"predicted_class": READ_SOURCE.replace("NOTEBOOK", f"{M03}/{NOTEBOOKS[M03]}").replace(
             WRONG_SAME, "def predicted_class(probs):\n    return 0\n")}, reason="/source/"),
    Case("exit_in_tests_guard_only", "kernel death", M03, "crashed", (LOG_SOFTMAX,),
         {"log_softmax": "import os\ndef log_softmax(logits, dim=-1):\n    os._exit(3)\n"}, reason="exited"),
]
