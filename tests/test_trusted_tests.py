"""Tests cells run by the grader itself (course.grading.trusted_tests) against the answer's side (course.sandbox.calls).

The answer's side runs here in a thread, on a namespace of course-written answers (nothing hostile: the
attacks go through the real grader in test_adversarial.py); the two sides talk over real pipes with the
real wire format.  What must hold: the tests see the answer's functions, classes and objects as they would
in one process (calls, attributes, iteration, in-place changes, gradients in both directions, random
state, forbidden() with and without allow, callbacks), and the answer's process never receives a tests
cell's source, its expected values, or anything that runs code when read.
"""

from __future__ import annotations

import os
import threading
import time

import numpy as np
import pytest
import torch

from course.grading.trusted_tests import TrustedTests
from course.sandbox import wire
from course.sandbox.calls import CallServer

ANSWERS = '''
import torch, torch.nn as nn, torch.nn.functional as F

def double(x):
    return x * 2

def add_one_in_place(x):
    x.add_(1)
    return x

def freeze_first(model):
    for p in model[0].parameters():
        p.requires_grad_(False)
    model.eval()

def to_float32(model):
    return model.float()

def renamed_object():
    class Inner:
        pass
    Inner.__name__ = "Shown"  # as torch.fx names its GraphModuleImpl classes
    return Inner()

def groups(model):
    return [{"params": list(model[0].parameters()), "lr": 0.1}, {"params": list(model[1].parameters()), "lr": 1.0}]

class Block(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, 3, padding=1)

    def forward(self, x):
        return x + self.conv(x)

def seeded_draw():
    return torch.randn(3)

def draw_with(generator):
    return torch.randn(2, generator=generator)

def numerical_grad(f, x, eps=1e-3):
    g = torch.zeros_like(x)
    for i in range(x.numel()):
        old = x[i].item()
        x[i] = old + eps
        up = f(x).item()
        x[i] = old - eps
        down = f(x).item()
        x[i] = old
        g[i] = (up - down) / (2 * eps)
    return g

def autograd_grad(f, x):
    x = x.clone().requires_grad_()
    (g,) = torch.autograd.grad(f(x), x)
    return g

def sgd_step(params, lr):
    with torch.no_grad():
        for p in params:
            p -= lr * p.grad

def sgd_step_through_data(params, lr):
    for p in params:
        p.data.add_(p.grad, alpha=-lr)   # .data: the tensor's version does not change

def by_conv(x, w):
    return F.conv2d(x, w)

def grouped(x, w):
    return F.conv2d(x, w, groups=2)

def leave_a_hook(model):
    model.register_forward_hook(lambda *args: None)

def loud(x):
    print("the answer printed", x.tolist())
    return x

def fails():
    raise ValueError("the answer's own error")

class Imitation:
    def __eq__(self, other):
        return True

def imitation():
    return Imitation()

class Agreeable(torch.Tensor):
    pass

def tensor_subclass():
    return torch.zeros(2).as_subclass(Agreeable)

def call_it(model, x):
    return model(x)

def train_step(model, optimizer, x):
    optimizer.zero_grad()
    model(x).square().mean().backward()
    optimizer.step()

def empty_it(items):
    items.clear()

def sum_of(values):
    return sum(float(v.detach().sum()) for v in values)

def detached(x):
    return x.detach()

def row(x):
    return x[1]

def fresh(x):
    return x.clone()

def run_without_grad(model, x):
    with torch.no_grad():
        return model(x)

def conv_in_a_fork(x):
    """A convolution in a forked process (a rank, say): "ok", or the name of what it raised there."""
    import os
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            F.conv2d(x, torch.ones(1, 1, 1, 1))
            os.write(write, b"ok")
        except BaseException as error:
            os.write(write, type(error).__name__.encode())
        os._exit(0)
    os.waitpid(pid, 0)
    return os.read(read, 100).decode()

def conv_here(x):
    F.conv2d(x, torch.ones(1, 1, 1, 1))
    return "ok"

value_in_namespace = 41
'''


@pytest.fixture
def tests():
    """A TrustedTests wired to a CallServer (in a thread) over two pipes, and what the server received."""
    namespace: dict = {"__name__": "__main__"}
    exec(ANSWERS, namespace)
    requests_read, requests_write = os.pipe()
    replies_read, replies_write = os.pipe()
    server = CallServer(namespace, requests_read, replies_write)
    seen: list[dict] = []
    real_receive = wire.receive

    def serve():
        while True:
            server.serve_cell()

    def spying_receive(fd, deadline=None):
        message = real_receive(fd, deadline)
        if fd == requests_read:
            seen.append(message)
        return message

    wire.receive = spying_receive
    threading.Thread(target=serve, daemon=True).start()
    trusted = TrustedTests(requests_write, replies_read, lambda: time.monotonic() + 30)
    trusted.seen = seen
    yield trusted
    wire.receive = real_receive


def run(tests: TrustedTests, source: str):
    ok, error, outputs, stopped = tests.run(source, 1)
    assert stopped is None
    return ok, error, outputs


def test_calls_values_and_in_place_changes_cross_the_boundary(tests):
    ok, error, _ = run(tests, '''
import torch
y = double(torch.arange(3.0))
assert type(y) is torch.Tensor and torch.equal(y, torch.tensor([0.0, 2.0, 4.0]))
z = torch.zeros(2)
w = add_one_in_place(z)
assert torch.equal(z, torch.ones(2)) and w is z, "the answer's in-place change and its return of the input"
assert value_in_namespace == 41
''')
    assert ok, error


def test_gradients_flow_both_ways(tests):
    ok, error, _ = run(tests, '''
import torch
x = torch.ones(3, requires_grad=True)
double(x).sum().backward()
assert torch.equal(x.grad, torch.full((3,), 2.0))
b = Block(2)
xi = torch.randn(1, 2, 4, 4, requires_grad=True)
(gx,) = torch.autograd.grad(b(xi).sum(), xi)
assert gx.shape == xi.shape
x = torch.tensor([1.0, 2.0])
assert torch.allclose(numerical_grad(lambda v: (v ** 3).sum(), x), 3 * x ** 2, atol=1e-3)
assert torch.allclose(autograd_grad(lambda v: (v ** 3).sum(), x), 3 * x ** 2)
w = torch.tensor([1.0, -2.0], requires_grad=True)
w.grad = torch.tensor([0.5, -1.0])
sgd_step([w], 0.1)
assert torch.allclose(w.detach(), torch.tensor([0.95, -1.9]))
sgd_step_through_data([w], 0.1)
assert torch.allclose(w.detach(), torch.tensor([0.90, -1.8])), "a change through .data is seen too"
''')
    assert ok, error


def test_the_answers_module_is_remote_and_its_parameters_are_mirrored(tests):
    ok, error, _ = run(tests, '''
import torch, torch.nn as nn
b = Block(2)
assert isinstance(b, nn.Module) and isinstance(b.conv, nn.Conv2d) and b.conv.in_channels == 2
assert (type(b).__name__, type(b.conv).__name__) == ("Block", "Conv2d"), "messages name the answer's classes"
assert sum(p.numel() for p in b.parameters()) == 2 * 2 * 9 + 2
with torch.no_grad():
    b.conv.weight.zero_()
    b.conv.bias.zero_()
x = torch.randn(1, 2, 3, 3)
assert torch.equal(b(x), x), "the tests' in-place change reached the answer's module"
torch.manual_seed(0)
model = Block(2)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
before = model.conv.weight.detach().clone()
for _ in range(3):
    optimizer.zero_grad()
    model(x).square().mean().backward()
    optimizer.step()
assert not torch.equal(model.conv.weight.detach(), before), "a training loop here trains the answer's module"
''')
    assert ok, error


def test_an_answers_object_shows_its_class_under_the_classs_own_name(tests):
    ok, error, _ = run(tests, '''
value = renamed_object()
assert type(value).__name__ == "Shown", type(value).__name__
assert type(value).__qualname__ == "renamed_object.<locals>.Inner", type(value).__qualname__
''')
    assert ok, error


def test_a_change_to_a_parameter_of_the_answers_module_reaches_it_whatever_comes_between(tests):
    """A parameter fetched, then another request (its shape, another attribute), then changed in place: the change
    still reaches the answer's module (it once died with the temporary before the next request)."""
    ok, error, _ = run(tests, '''
import torch, torch.nn as nn
b = Block(2)
convs = [m for m in b.modules() if isinstance(m, nn.Conv2d)]
with torch.no_grad():
    for c in convs:
        c.weight.copy_(torch.full(c.weight.shape, 0.5))
        c.bias.copy_(torch.full(b.conv.bias.shape, 0.25))
assert torch.equal(b.conv.weight, torch.full_like(b.conv.weight, 0.5)), "the weight's change was lost"
x = torch.zeros(1, 2, 3, 3)
assert torch.equal(b(x), torch.full((1, 2, 3, 3), 0.25)), "the answer's module did not see the changes"
''')
    assert ok, error


def test_the_tests_modules_are_copied_in_and_changes_come_back(tests):
    ok, error, _ = run(tests, '''
import torch, torch.nn as nn
m = nn.Sequential(nn.Linear(2, 3), nn.Linear(3, 1))
freeze_first(m)
assert not m[0].weight.requires_grad and m[1].weight.requires_grad and not m.training
g = groups(m)
assert g[0]["params"][0] is m[0].weight, "the parameters come back as the tests' own objects"
leave_a_hook(m)
assert len(m._forward_hooks) == 1, "a hook the answer left behind is seen"
d = nn.Linear(2, 2).double()
to_float32(d)
assert d.weight.dtype == torch.float32 and d.bias.dtype == torch.float32, "a dtype changed in place is seen"
assert d.weight.requires_grad and isinstance(d.weight, nn.Parameter)
''')
    assert ok, error


def test_modules_of_the_tests_own_classes_optimizers_and_lists_are_copied_in_and_back(tests):
    ok, error, _ = run(tests, '''
import torch, torch.nn as nn
class TwoParts(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone, self.head = nn.Linear(2, 3), nn.Linear(3, 1)
    def forward(self, x):
        return self.head(torch.relu(self.backbone(x)))
def hidden():
    class Deep(nn.Module):
        def __init__(self):
            super().__init__()
            self.lin = nn.Linear(2, 2)
        def forward(self, x):
            return self.lin(x) * 2
    return Deep()
m, d, x = TwoParts(), hidden(), torch.ones(1, 2)
assert torch.allclose(call_it(m, x), m(x)) and torch.allclose(call_it(d, x), d(x))
torch.manual_seed(0)
model = nn.Linear(3, 1)
twin = nn.Linear(3, 1)
twin.load_state_dict(model.state_dict())
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
optimizer_twin = torch.optim.SGD(twin.parameters(), lr=0.1, momentum=0.9)
x = torch.randn(4, 3)
for _ in range(3):   # momentum: the optimizer's state comes back after each step
    train_step(model, optimizer, x)
    optimizer_twin.zero_grad(); twin(x).square().mean().backward(); optimizer_twin.step()
assert torch.allclose(model.weight, twin.weight)
items = [1, 2, 3]
empty_it(items)
assert items == []
assert sum_of(model.parameters()) == sum(float(p.detach().sum()) for p in model.parameters()), "an iterator of the tests"
''')
    assert ok, error


def test_views_hooks_and_attributes_the_answer_leaves_are_seen(tests):
    ok, error, _ = run(tests, '''
import torch, torch.nn as nn
x = torch.arange(6.0).reshape(2, 3).requires_grad_()
a, b, c = detached(x), row(x), fresh(x)
assert a.data_ptr() == x.data_ptr() and torch.equal(a, x.detach()), "the answer returned x itself, detached"
assert b.untyped_storage().data_ptr() == x.untyped_storage().data_ptr() and torch.equal(b, x[1].detach())
assert c.data_ptr() != x.data_ptr()
seen = []
model = nn.Sequential(nn.Linear(2, 2))
model[0].register_forward_hook(lambda module, inputs, output: seen.append(torch.is_grad_enabled()))
run_without_grad(model, torch.ones(1, 2))
assert seen == [False], "the tests' own hook ran there, in the answer's grad mode"
class Counting(nn.Module):
    def __init__(self):
        super().__init__()
        self.runs = 0
        self.lin = nn.Linear(2, 2)
    def forward(self, x):
        self.runs += 1
        return self.lin(x)
counting = Counting()
call_it(counting, torch.ones(1, 2))
call_it(counting, torch.ones(1, 2))
assert counting.runs == 2 and len(model[0]._forward_hooks) == 1
''')
    assert ok, error


def test_random_state_travels_as_in_one_process(tests):
    ok, error, _ = run(tests, '''
import torch
torch.manual_seed(5); a = seeded_draw()
torch.manual_seed(5); b = torch.randn(3)
assert torch.equal(a, b)
gen = torch.Generator().manual_seed(3)
first, second = draw_with(gen), draw_with(gen)
twin = torch.Generator().manual_seed(3)
assert torch.equal(first, torch.randn(2, generator=twin)) and torch.equal(second, torch.randn(2, generator=twin))
''')
    assert ok, error


def test_forbidden_refuses_in_the_answers_process_and_asks_allow_here(tests):
    ok, error, _ = run(tests, '''
import torch
from course.testing import ForbiddenCall, forbidden
x, w = torch.randn(1, 2, 4, 4), torch.randn(2, 1, 3, 3)
try:
    with forbidden("convolution", reason="by hand"):
        by_conv(x, torch.randn(2, 2, 3, 3))
    raise AssertionError("not refused")
except ForbiddenCall as error:
    assert "must not call aten.convolution" in str(error)
with forbidden("convolution", allow=lambda op, args, kw: args[-1] == 1, reason="groups=1 only"):
    by_conv(x, torch.randn(2, 2, 3, 3))
    try:
        grouped(x, w)
        raise AssertionError("a grouped convolution passed")
    except ForbiddenCall:
        pass
''')
    assert ok, error


FORKS_CELL = '''
import torch
from course.testing import ForbiddenCall, forbidden
x = torch.ones(1, 1, 2, 2)
with forbidden("convolution", reason="only the ranks convolve", in_forks=False):
    assert conv_in_a_fork(x) == "ok", "a forked process may use what the caller must not"
    try:
        conv_here(x)
        raise AssertionError("not refused in the calling process")
    except ForbiddenCall:
        pass
with forbidden("convolution", reason="nowhere"):
    assert conv_in_a_fork(x) == "ForbiddenCall", "by default a fork is refused as well"
'''


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # os.fork() with the answering thread running
def test_forbidden_in_forks_false_lets_the_forked_processes_through(tests):
    ok, error, _ = run(tests, FORKS_CELL)
    assert ok, error
    namespace: dict = {}
    exec(ANSWERS, namespace)
    exec(FORKS_CELL, namespace)   # the same in one process (a student's kernel)


def test_a_probe_runs_beside_the_answers_module_and_only_plain_data_comes_back(tests):
    ok, error, _ = run(tests, '''
import torch
from course.probes import operators_run
from course.testing import beside
model = Block(2)
x = torch.randn(1, 2, 4, 4)
out, calls = beside(operators_run)(model, x)
assert type(out) is torch.Tensor and torch.allclose(out, model(x))
conv = next(call for call in calls if call["op"] == "convolution")
assert conv["args"][1]["parameter"] == 0 and type(conv["args"][1]["shape"]) is list
''')
    assert ok, error
    beside_calls = [m for m in tests.seen if m.get("op") == "call" and type(m.get("target")) is dict]
    assert any(m["target"].get("qualname") == "operators_run" for m in beside_calls), "it ran in the answer's process"


def test_errors_impostors_and_prints(tests):
    ok, error, outputs = run(tests, '''
import torch
from course.testing import ImpostorError, assert_int, assert_tensor, assert_raises
assert_raises(ValueError, fails)
try:
    assert_int(imitation(), 3)
    raise AssertionError("an imitation passed")
except ImpostorError:
    pass
try:
    assert_tensor(tensor_subclass(), torch.zeros(2))
    raise AssertionError("a tensor subclass passed")
except ImpostorError:
    pass
loud(torch.ones(2))
print("the tests printed")
''')
    assert ok, error
    assert "the tests printed" in outputs[0]["text"]


def test_the_answers_process_never_sees_the_tests(tests):
    ok, _, _ = run(tests, '''
expected_secret = 987654321
def _hidden_helper():
    return expected_secret
assert double(2) == 4
''')
    assert ok
    sent = repr(tests.seen)
    assert "987654321" not in sent and "_hidden_helper" not in sent and "expected_secret" not in sent
    assert {m.get("op") for m in tests.seen} <= {"state", "lookup", "call", "end"}
    assert [m["name"] for m in tests.seen if m.get("op") == "lookup"] == ["double"], "only what the cell needs"


def test_a_failed_check_fails_the_cell_with_its_message(tests):
    ok, error, outputs = run(tests, "from course.testing import assert_int\nassert_int(double(2), 5, 'double(2)')\n")
    assert not ok and error.startswith("AssertionError: double(2): expected 5, got 4")
    assert outputs[-1]["output_type"] == "error"


# ---- the wire format ----------------------------------------------------------------------------------------

def _round_trip(value):
    kept = []
    data = wire.encode(value, lambda v: kept.append(v) or {"id": len(kept)})
    return wire.decode(data, lambda d: ("handle", d["id"])), kept


def test_plain_data_round_trips_exactly():
    value = {"a": [1, 2.5, float("nan"), None, True, "s", 2**70], ("t", 1): {1, 2}, "x": slice(1, None, 2),
             "tensor": torch.arange(6, dtype=torch.bfloat16).reshape(2, 3), "array": np.arange(4, dtype=np.int16),
             "dtype": torch.float64, "size": torch.Size([2, 3]), "complex": 1 + 2j, "scalar": np.float32(1.5)}
    back, kept = _round_trip(value)
    assert not kept
    assert back["a"][:2] == [1, 2.5] and np.isnan(back["a"][2]) and back["a"][3:] == [None, True, "s", 2**70]
    assert back[("t", 1)] == {1, 2} and back["x"] == slice(1, None, 2) and back["complex"] == 1 + 2j
    assert back["tensor"].dtype == torch.bfloat16 and torch.equal(back["tensor"], value["tensor"])
    assert back["array"].dtype == np.int16 and np.array_equal(back["array"], value["array"])
    assert back["dtype"] is torch.float64 and back["size"] == torch.Size([2, 3]) and back["scalar"] == np.float32(1.5)


def test_subclasses_and_objects_travel_as_handles_never_as_values():
    class Sneaky(int):
        pass

    class Listy(list):
        pass

    for value in (Sneaky(3), Listy([1]), torch.zeros(2).as_subclass(type("T", (torch.Tensor,), {})),
                  np.array([object()], dtype=object), object()):
        back, kept = _round_trip(value)
        assert kept == [value] and back == ("handle", 1)


@pytest.mark.parametrize("data, message", [
    ({"t": "tensor", "dtype": "float32", "shape": [3], "data": "AAAA"}, "does not match its shape"),
    ({"t": "array", "dtype": "|O", "shape": [1], "data": ""}, "objects"),
    ({"t": "dtype", "v": "object"}, "unknown dtype"),
    ({"t": "pickle", "v": "gASV"}, "unknown kind"),
    ([1, 2], "a bare list"),
])
def test_malformed_data_is_refused(data, message):
    with pytest.raises(wire.WireError, match=message):
        wire.decode(data, None)


def test_a_frame_over_the_limit_is_refused_unread(monkeypatch):
    read, write = os.pipe()
    os.write(write, (wire.MAX_FRAME + 1).to_bytes(8, "big"))
    with pytest.raises(wire.WireError, match="the limit"):
        wire.receive(read, time.monotonic() + 5)
    with pytest.raises(wire.OutOfTime):
        wire.receive(read, time.monotonic() + 0.2)
    os.close(write)
    with pytest.raises(wire.PeerGone):
        wire.receive(read, time.monotonic() + 5)
