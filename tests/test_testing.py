"""course.testing: strict types, clear messages, and never a word on stderr."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from course import testing as t


class PretendsToBeEverything:
    """What a cheating answer returns: equal to anything, an int subclass would be caught too."""

    def __eq__(self, other):
        return True

    def __int__(self):
        return 26

    __hash__ = object.__hash__


class IntSubclass(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


def test_assert_int_accepts_only_plain_ints():
    t.assert_int(26, 26)
    for wrong in (26.0, True, np.int64(26), torch.tensor(26), PretendsToBeEverything(), IntSubclass(3), "26"):
        with pytest.raises(AssertionError):
            t.assert_int(wrong, 26)


def test_assert_int_message_says_expected_and_got():
    with pytest.raises(AssertionError, match=r"conv_output_size\(224, 3, 2\): expected 111, got 112"):
        t.assert_int(112, 111, "conv_output_size(224, 3, 2)")
    with pytest.raises(AssertionError, match=r"expected the int 111, got 111.5 of type float \(a float is not an int"):
        t.assert_int(111.5, 111)


def test_assert_float_tolerance_and_types():
    t.assert_float(0.1 + 0.2, 0.3)
    t.assert_float(2, 2.0)
    with pytest.raises(AssertionError, match="difference"):
        t.assert_float(0.31, 0.3)
    with pytest.raises(AssertionError, match="got nan"):
        t.assert_float(math.nan, 0.3)
    for wrong in (torch.tensor(0.3), PretendsToBeEverything(), np.float32(0.3)):
        with pytest.raises(AssertionError, match="type"):
            t.assert_float(wrong, 0.3)


def test_assert_bool_and_int_list():
    t.assert_bool(True, True)
    with pytest.raises(AssertionError):
        t.assert_bool(1, True)
    t.assert_int_list([0, 2, 4], [0, 2, 4])
    with pytest.raises(AssertionError, match=r"first difference at \[1\]: expected 2, got 3"):
        t.assert_int_list([0, 3, 4], [0, 2, 4])
    with pytest.raises(AssertionError, match="list"):
        t.assert_int_list((0, 2, 4), [0, 2, 4])
    with pytest.raises(AssertionError, match=r"item \[0\]"):
        t.assert_int_list([0.0, 2, 4], [0, 2, 4])


def test_assert_tensor_checks_type_dtype_shape_device_nan_values():
    expected = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    t.assert_tensor(expected.clone(), expected)
    t.assert_tensor(expected + 1e-7, expected, device="cpu")
    with pytest.raises(AssertionError, match="torch.Tensor"):
        t.assert_tensor(expected.numpy(), expected)
    with pytest.raises(AssertionError, match="torch.Tensor"):
        t.assert_tensor(torch.nn.Parameter(expected), expected)  # subclasses can override anything
    with pytest.raises(AssertionError, match="dtype"):
        t.assert_tensor(expected.double(), expected)
    with pytest.raises(AssertionError, match=r"shape \(2, 2\), got \(4,\)"):
        t.assert_tensor(expected.flatten(), expected)
    with pytest.raises(AssertionError, match=r"NaN \(first at index \[1, 0\]\)"):
        t.assert_tensor(torch.tensor([[1.0, 2.0], [math.nan, 4.0]]), expected)
    with pytest.raises(AssertionError, match="inf"):
        t.assert_tensor(torch.tensor([[1.0, math.inf], [3.0, 4.0]]), expected)
    with pytest.raises(AssertionError, match=r"1 of 4 values differ; first at index \[1, 1\]: expected 4.0, got 5.0"):
        t.assert_tensor(torch.tensor([[1.0, 2.0], [3.0, 5.0]]), expected)
    with pytest.raises(AssertionError, match="cuda"):
        t.assert_tensor(expected, expected, device="cuda")


def test_assert_tensor_matching_nans_and_requires_grad():
    expected = torch.tensor([math.nan, 1.0])
    t.assert_tensor(torch.tensor([math.nan, 1.0]), expected)
    t.assert_tensor(torch.ones(3, requires_grad=True) * 1, torch.ones(3))


def test_assert_array():
    t.assert_array(np.arange(3.0), [0.0, 1.0, 2.0])
    with pytest.raises(AssertionError, match="numpy.ndarray"):
        t.assert_array([0.0, 1.0, 2.0], [0.0, 1.0, 2.0])
    with pytest.raises(AssertionError, match="dtype"):
        t.assert_array(np.arange(3), [0, 1, 2], dtype=np.float64)
    with pytest.raises(AssertionError, match=r"first at index \[2\]"):
        t.assert_array(np.array([0.0, 1.0, 2.5]), [0.0, 1.0, 2.0])


def test_assert_raises():
    t.assert_raises(ValueError, int, "x")
    with pytest.raises(AssertionError, match="returned normally"):
        t.assert_raises(ValueError, int, "3")
    with pytest.raises(AssertionError, match="got TypeError"):
        t.assert_raises(ValueError, len, 3)


def test_a_bad_repr_does_not_hide_the_failure():
    class BadRepr:
        def __repr__(self):
            raise RuntimeError("no")

    with pytest.raises(AssertionError, match="BadRepr object"):
        t.assert_int(BadRepr(), 1)


def test_nothing_is_written_to_stderr(capfd):
    for call in (lambda: t.assert_int(1.5, 1), lambda: t.assert_tensor(torch.ones(2), torch.zeros(2))):
        with pytest.raises(AssertionError):
            call()
    t.assert_tensor(torch.ones(2), torch.ones(2))
    assert capfd.readouterr().err == ""


def test_forbidden_refuses_an_operator_under_every_alias():
    import torch.nn.functional as F
    from torch.nn.functional import conv2d

    x, w = torch.ones(1, 1, 3, 3), torch.ones(1, 1, 2, 2)
    calls = {"F.conv2d": lambda: F.conv2d(x, w), "imported alias": lambda: conv2d(x, w),
             "torch.convolution": lambda: torch.convolution(x, w, None, [1, 1], [0, 0], [1, 1], False, [0, 0], 1),
             "nn.Conv2d": lambda: torch.nn.Conv2d(1, 1, 2)(x), "torch.ops.aten": lambda: torch.ops.aten.convolution(
                 x, w, None, [1, 1], [0, 0], [1, 1], False, [0, 0], 1)}
    for label, call in calls.items():
        with pytest.raises(t.ForbiddenCall, match="must not call aten.convolution: loop over positions"):
            with t.forbidden("convolution", reason="loop over positions"):
                call()
    assert F.conv2d(x, w).flatten().tolist() == [4.0] * 4, "outside the block the operator works again"
    with t.forbidden("convolution"):
        assert (x[:, :, :2, :2] * w).sum().item() == 4.0, "other operators still work"


def test_forbidden_refuses_functions_by_identity_and_lets_allowed_calls_through():
    import torch.nn.functional as F

    x = torch.arange(16.0).reshape(1, 1, 4, 4)
    with pytest.raises(AssertionError, match="must not call torch.nn.functional.adaptive_avg_pool2d"):
        with t.forbidden(F.adaptive_avg_pool2d):
            torch.nn.AdaptiveAvgPool2d(1)(x)  # decomposes into aten.mean, so only the function mode sees it
    with t.forbidden(F.adaptive_avg_pool2d):
        assert x.mean().item() == 7.5
    grouped_only = lambda _op, args, _kwargs: args[-1] == 1  # noqa: E731 - aten.convolution's last argument
    with t.forbidden("convolution", allow=grouped_only):
        F.conv2d(torch.ones(1, 2, 3, 3), torch.ones(2, 2, 1, 1))
        with pytest.raises(t.ForbiddenCall):
            F.conv2d(torch.ones(1, 2, 3, 3), torch.ones(2, 1, 1, 1), groups=2)
    with pytest.raises(TypeError, match="ATen operator names, PyTorch functions or modules"):
        with t.forbidden((F, "softmax")):
            pass


def test_forbidden_refuses_library_functions_written_in_python_and_names_other_libraries_operators():
    import torchvision

    boxes = torch.tensor([[0.0, 0.0, 2.0, 2.0], [1.0, 1.0, 3.0, 3.0]])

    def answer_that_calls_the_library(a, b):
        return torchvision.ops.box_iou(a, b)

    def own_answer(a, b):
        low, high = torch.max(a[:, None, :2], b[None, :, :2]), torch.min(a[:, None, 2:], b[None, :, 2:])
        inter = (high - low).clamp(min=0).prod(-1)
        area = lambda x: (x[:, 2:] - x[:, :2]).prod(-1)  # noqa: E731
        return inter / (area(a)[:, None] + area(b)[None, :] - inter)

    with pytest.raises(t.ForbiddenCall, match="must not call torchvision.ops.boxes.box_iou"):
        with t.forbidden(torchvision.ops.box_iou, reason="compute the overlap yourself"):
            answer_that_calls_the_library(boxes, boxes)
    with t.forbidden(torchvision.ops.box_iou):
        mine = own_answer(boxes, boxes)  # tensor operations outside the refused function still work
    assert torch.allclose(mine, torch.tensor([[1.0, 1 / 7], [1 / 7, 1.0]]))
    assert torchvision.ops.box_iou(boxes, boxes)[0, 1].item() == pytest.approx(1 / 7), "outside: works again"
    with pytest.raises(t.ForbiddenCall, match=r"must not call torchvision.ops \(any of its functions\)"):
        with t.forbidden(torchvision.ops):
            torchvision.ops.box_area(boxes)
    scores = torch.tensor([0.9, 0.8])
    with pytest.raises(t.ForbiddenCall, match="must not call torchvision.nms"):
        with t.forbidden("nms"):
            torchvision.ops.nms(boxes, scores, 0.5)


def test_tracebacks_leave_out_the_checker_frames():
    from course.tracebacks import CHECKER_FILE, without_checker_frames

    try:
        t.assert_int(3.0, 3, "f(1)")
    except AssertionError as error:
        tb = error.__traceback__
    files = []
    trimmed = without_checker_frames(tb)
    while trimmed is not None:
        files.append(trimmed.tb_frame.f_code.co_filename)
        trimmed = trimmed.tb_next
    assert files == [__file__]
    assert CHECKER_FILE.endswith("course/testing.py")


def test_shared_refusal_sets():
    import torch.nn.functional as F

    logits = torch.randn(3, 4, generator=torch.Generator().manual_seed(0), requires_grad=True)
    for target in (torch.tensor([0, 1, 3]), torch.softmax(torch.randn(3, 4), dim=1)):  # indices, probabilities
        for call in (lambda: F.cross_entropy(logits, target), lambda: torch.nn.CrossEntropyLoss()(logits, target)):
            with pytest.raises(t.ForbiddenCall):
                with t.forbidden(*t.CROSS_ENTROPY):
                    call()
    with t.forbidden(*t.CROSS_ENTROPY):
        manual = -(F.log_softmax(logits, dim=1)[torch.arange(3), torch.tensor([0, 1, 3])]).mean()
    for call in (lambda: manual.backward(retain_graph=True), lambda: torch.autograd.grad(manual, logits)):
        with pytest.raises(t.ForbiddenCall, match="must not call torch"):
            with t.forbidden(*t.AUTOGRAD):
                call()
