"""course.probes: what a test learns inside the answer's objects, as plain data (run beside the answer)."""

from __future__ import annotations

import warnings

import torch
import torch.nn as nn

from course.probes import graph_targets, operators_run


def test_operators_run_names_each_operator_its_shapes_and_the_parameters_it_used():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
    x = torch.randn(2, 1, 8, 8)
    out, calls = operators_run(model, x)
    assert torch.equal(out, model(x))
    ops = [call["op"] for call in calls]
    assert ops.index("convolution") < ops.index("relu") < ops.index("max_pool2d_with_indices"), ops
    conv = calls[ops.index("convolution")]
    assert conv["args"][0] == {"shape": [2, 1, 8, 8], "dtype": "float32", "parameter": None}
    assert conv["args"][1]["parameter"] == 0 and conv["args"][2]["parameter"] == 1, "weight and bias by index"
    assert conv["args"][6] is False and conv["out"]["shape"] == [2, 4, 8, 8]
    pool = calls[ops.index("max_pool2d_with_indices")]
    assert pool["args"][1] == [2, 2] and pool["out"][0]["shape"] == [2, 4, 4, 4]
    assert all(type(call["op"]) is str for call in calls)


def test_a_weight_outside_the_models_parameters_is_named_none():
    class Unregistered(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = [nn.Conv2d(1, 2, 3)]           # a plain list: not the model's parameters

        def forward(self, x):
            return self.layers[0](x)

    _, calls = operators_run(Unregistered(), torch.randn(1, 1, 5, 5))
    conv = next(call for call in calls if call["op"] == "convolution")
    assert conv["args"][1]["parameter"] is None


def test_graph_targets_names_torch_cond_and_the_aten_operators():
    class Branch(nn.Module):
        def forward(self, x):
            return torch.cond(x.sum() > 0, lambda v: v * 2, lambda v: v - 1, (x,))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exported = torch.export.export(Branch(), (torch.ones(2, 3),)).module()
    targets = graph_targets(exported)
    assert ["call_function", "higher_order::cond"] in targets, targets
    assert targets[0][0] == "placeholder" and targets[-1] == ["output", "output"]
    assert all(type(op) is str and type(target) is str for op, target in targets)
