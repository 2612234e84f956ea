"""A module the tests build (``nn.Sequential(nn.Conv2d(1, 4, 3), ...)``), copied into the student's process.

Only modules made entirely of a library's classes travel: each one as its class's import path, its own
plain attributes, its parameters and buffers (tensors, each with a token), and its children, the same
way.  After the call, whatever the answer changed in place (values, ``requires_grad``, gradients,
train/eval mode) comes back by token and is applied to the tests' own objects (``changes`` and
``apply_changes``), so ``freeze_backbone(model)`` freezes the tests' model.  Replacing a submodule is
not copied back.
"""

from __future__ import annotations

import torch

from course.sandbox import wire

_BASE = frozenset(vars(torch.nn.Module()))


class NotCopyable(TypeError):
    """A module with a class of the tests' own (or an attribute that is not plain data)."""


def module_data(module: torch.nn.Module, encode, given: list) -> dict:
    """``module`` as data; ``encode(value)`` encodes its attributes, tensors and children (appending to ``given``)."""
    from course.sandbox.calls import library_path
    path = library_path(type(module))
    if path is None:
        raise NotCopyable(f"the tests cannot hand the answer a {type(module).__name__}: only modules made of "
                          "library classes are copied into the answer's process")
    token = len(given)
    given.append(module)
    return {"t": "module", "class": list(path), "token": token, "training": bool(module.training),
            "attrs": encode({k: v for k, v in vars(module).items() if k not in _BASE}),
            "params": [[name, encode(p)] for name, p in module._parameters.items()],
            "buffers": [[name, encode(b), name not in module._non_persistent_buffers_set]
                        for name, b in module._buffers.items()],
            "children": [[name, encode(child)] for name, child in module._modules.items()]}


def build_module(data: dict, decode, resolve, received: dict) -> torch.nn.Module:
    """The module ``data`` describes, built here (``decode`` for its parts, ``resolve`` for its class)."""
    klass = resolve({"module": data["class"][0], "qualname": data["class"][1]})
    if not (isinstance(klass, type) and issubclass(klass, torch.nn.Module)):
        raise wire.WireError("a module of a class that is not a module")
    module = klass.__new__(klass)
    torch.nn.Module.__init__(module)
    if type(data.get("token")) is int:
        received[data["token"]] = module
    attrs = decode(data["attrs"])
    if type(attrs) is not dict:
        raise wire.WireError("a module's attributes are not a dict")
    module.__dict__.update({k: v for k, v in attrs.items() if isinstance(k, str) and k not in _BASE})
    module.training = data.get("training") is True
    for name, value in data["params"]:
        module._parameters[str(name)] = decode(value)
    for name, value, persistent in data["buffers"]:
        module._buffers[str(name)] = decode(value)
        if persistent is not True:
            module._non_persistent_buffers_set.add(str(name))
    for name, value in data["children"]:
        module._modules[str(name)] = decode(value)
    return module


HOOKS = ("_forward_hooks", "_forward_pre_hooks", "_backward_hooks", "_backward_pre_hooks")


def _global_hooks() -> dict:
    from torch.nn.modules import module as internals
    return {kind: getattr(internals, f"_global{kind}") for kind in HOOKS}


def versions(received: dict) -> dict:
    """What to compare after the call: each tensor's version and gradient, the global hooks' counts."""
    state = {token: (obj._version, obj.grad, None if obj.grad is None else obj.grad._version)
             for token, obj in received.items() if isinstance(obj, torch.Tensor)}
    state["global hooks"] = {kind: len(hooks) for kind, hooks in _global_hooks().items()}
    return state


def changes(received: dict, before: dict, encode) -> list:
    """What a call did to the objects it was given: [token, what] for each; [-1, hook counts] for the global ones."""
    result = []
    for token, obj in received.items():
        if isinstance(obj, torch.Generator):
            result.append([token, {"generator_state": encode(obj.get_state())}])
        elif isinstance(obj, torch.nn.Module):
            result.append([token, {"training": bool(obj.training),
                                   "hooks": {kind: len(getattr(obj, kind)) for kind in HOOKS}}])
        elif isinstance(obj, torch.Tensor):
            version, grad, grad_version = before.get(token, (None, None, None))
            what = {"requires_grad": bool(obj.requires_grad)}
            if obj._version != version:
                what["value"] = encode(obj.detach())
            if obj.grad is not grad or (grad is not None and grad._version != grad_version):
                what["grad"] = None if obj.grad is None else encode(obj.grad.detach())
            result.append([token, what])
    counts = {kind: len(hooks) for kind, hooks in _global_hooks().items()}
    if counts != before.get("global hooks"):
        result.append([-1, {"global hooks": {k: counts[k] - before["global hooks"][k] for k in counts}}])
    return result


def _no_op_hook(*args):
    return None


def _match_hooks(hooks: dict, wanted) -> int:
    """Add no-op stand-ins to (or take the newest entries from) ``hooks`` until it holds ``wanted`` entries, so the
    tests see the hooks an answer left behind in its process; the number of stand-ins added."""
    added = 0
    if type(wanted) is not int or not 0 <= wanted <= 10_000:
        return 0
    while len(hooks) < wanted:
        hooks[("answer", len(hooks), id(hooks))] = _no_op_hook
        added += 1
    while len(hooks) > wanted:
        hooks.popitem()
    return added


def apply_changes(given: list, changed, decode, stand_ins: list | None = None) -> None:
    """Apply what the answer's process says it changed to the tests' own objects (shapes checked).
    ``stand_ins`` collects the global hook dicts given no-op entries, for the caller to clear after the cell."""
    if type(changed) is not list:
        return
    with torch.no_grad():
        for entry in changed:
            if not (type(entry) is list and len(entry) == 2 and type(entry[0]) is int and type(entry[1]) is dict):
                continue
            token, what = entry
            if token == -1 and type(what.get("global hooks")) is dict:
                for kind, hooks in _global_hooks().items():
                    extra = what["global hooks"].get(kind)
                    if type(extra) is int and extra > 0 and _match_hooks(hooks, len(hooks) + extra) and \
                            stand_ins is not None:
                        stand_ins.append(hooks)
                continue
            if not 0 <= token < len(given):
                continue
            obj = given[token]
            if isinstance(obj, torch.Generator):
                state = decode(what.get("generator_state"))
                if type(state) is torch.Tensor and state.dtype == torch.uint8:
                    obj.set_state(state)
                continue
            if isinstance(obj, torch.nn.Module):
                if type(what.get("training")) is bool:
                    obj.training = what["training"]
                # the copy was built without hooks: every hook it has now, the answer added and left behind
                for kind, count in (what.get("hooks") or {}).items() if type(what.get("hooks")) is dict else ():
                    if kind in HOOKS and type(count) is int and count > 0:
                        _match_hooks(getattr(obj, kind), len(getattr(obj, kind)) + count)
                continue
            if "value" in what:
                new = decode(what["value"])
                if type(new) is torch.Tensor and new.shape == obj.shape:
                    obj.copy_(new.to(obj.dtype))
            if type(what.get("requires_grad")) is bool and obj.is_leaf and obj.requires_grad != what["requires_grad"] \
                    and (obj.is_floating_point() or not what["requires_grad"]):
                obj.requires_grad_(what["requires_grad"])
            if "grad" in what and obj.is_leaf:
                grad = None if what["grad"] is None else decode(what["grad"])
                if grad is None or (type(grad) is torch.Tensor and grad.shape == obj.shape):
                    obj.grad = None if grad is None else grad.to(obj.dtype)


def clear_stand_ins(stand_ins: list) -> None:
    """Take the no-op global hooks out again (this process grades other notebooks next)."""
    for hooks in stand_ins:
        for key in [k for k, v in hooks.items() if v is _no_op_hook]:
            del hooks[key]
    stand_ins.clear()
