"""What a test learns about an answer's objects by looking inside them, returned as plain data.

A tests cell that must look inside what the answer built (the operators its forward pass runs, the nodes of
the graph it exported) calls these through ``course.testing.beside``: during grading they run in the
student's process, next to the answer's objects, and only their plain result (names, shapes, numbers) comes
back to the grader, which decides.  In a student's kernel they are ordinary functions.
"""

from __future__ import annotations

import torch
from torch.utils._python_dispatch import TorchDispatchMode


def _target_name(target) -> str:
    """An operator or function as one string: ``aten::convolution``, ``higher_order::cond``, ``operator.getitem``."""
    if isinstance(target, (torch._ops.OpOverload, torch._ops.OpOverloadPacket)):
        return target.name() if isinstance(target, torch._ops.OpOverload) else f"aten::{target.__name__}"
    if isinstance(target, torch._ops.HigherOrderOperator):
        return f"higher_order::{target.name()}"
    if isinstance(target, str):
        return target
    return f"{getattr(target, '__module__', '?')}.{getattr(target, '__qualname__', repr(target))}"


def graph_targets(graph_module: torch.fx.GraphModule) -> list[list[str]]:
    """``[op, target]`` of every node of ``graph_module.graph``: ``["call_function", "higher_order::cond"]``."""
    return [[str(node.op), _target_name(node.target)] for node in graph_module.graph.nodes]


class _Recorder(TorchDispatchMode):
    def __init__(self, parameters: dict[int, int]):
        super().__init__()
        self.parameters, self.calls = parameters, []

    def _describe(self, value, depth: int = 0):
        if isinstance(value, torch.Tensor):
            return {"shape": list(value.shape), "dtype": str(value.dtype).removeprefix("torch."),
                    "parameter": self.parameters.get(value.data_ptr()) if value.numel() else None}
        if value is None or isinstance(value, (bool, int, float, str)):
            return value
        if isinstance(value, (list, tuple)) and depth < 2:
            return [self._describe(v, depth + 1) for v in value]
        return type(value).__name__

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        out = func(*args, **kwargs)
        packet = getattr(func, "overloadpacket", None)
        self.calls.append({"op": packet.__name__ if packet is not None else str(func),
                           "args": [self._describe(a) for a in args],
                           "kwargs": {str(k): self._describe(v) for k, v in kwargs.items()},
                           "out": self._describe(out)})
        return out


def operators_run(model: torch.nn.Module, *inputs) -> tuple[object, list[dict]]:
    """``model(*inputs)`` and every ATen operator the call ran, in order.

    Each operator is ``{"op": "convolution", "args": [...], "kwargs": {...}, "out": ...}``, a tensor described
    as ``{"shape", "dtype", "parameter"}``, where ``parameter`` is the index of the model's parameter (in
    ``model.parameters()`` order) whose storage it is, else ``None``."""
    parameters = {p.data_ptr(): i for i, p in enumerate(model.parameters()) if p.numel()}
    recorder = _Recorder(parameters)
    with recorder:
        output = model(*inputs)
    return output, recorder.calls
