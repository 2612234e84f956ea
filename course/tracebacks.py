"""Tracebacks that end at the test's line: the frames of ``course.testing`` are left out in Jupyter.

A failed check then reads as the student's call, the test line, and the message
(``AssertionError: conv_output_size(…): expected 9, got 10``), not as three frames
of the checker's internals.  IPython alone hides frames marked ``__tracebackhide__``
except the one that raised, so the checker's ``raise`` line would still show.  Under the traceback of a
failed visible tests cell, the known mistake the answer makes, when its visible inputs show one
(``course.diagnosis``).
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

import torch

CHECKER_FILE = str(Path(__file__).with_name("testing.py"))
TORCH_DIR = str(Path(torch.__file__).parent)


def without_checker_frames(tb: types.TracebackType | None, *, torch_too: bool = False) -> types.TracebackType | None:
    """The same traceback without the frames of ``course/testing.py`` (and of PyTorch, if ``torch_too``)."""
    kept = []
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename != CHECKER_FILE and not (torch_too and filename.startswith(TORCH_DIR)):
            kept.append(tb)
        tb = tb.tb_next
    trimmed = None
    for entry in reversed(kept):
        trimmed = types.TracebackType(trimmed, entry.tb_frame, entry.tb_lasti, entry.tb_lineno)
    return trimmed


def _show_trimmed(shell, etype, value, tb, tb_offset=None):
    # a refused call passes through PyTorch's dispatcher: those frames say nothing to a student either
    from course.diagnosis import name_known_mistake
    from course.testing import ForbiddenCall

    trimmed = without_checker_frames(tb, torch_too=isinstance(value, ForbiddenCall))
    shell.showtraceback((etype, value, trimmed), tb_offset=tb_offset)
    name_known_mistake(shell)


def hide_checker_frames() -> bool:
    """In a running IPython kernel, show tracebacks without the checker's frames, and name known mistakes.

    Does nothing outside a real IPython shell (plain Python, the grader's worker); returns whether it
    installed the handler."""
    interactiveshell = sys.modules.get("IPython.core.interactiveshell")
    if interactiveshell is None or not interactiveshell.InteractiveShell.initialized():
        return False
    shell = interactiveshell.InteractiveShell.instance()
    shell.set_custom_exc((Exception,), _show_trimmed)
    return True
