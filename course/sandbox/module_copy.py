"""A module the tests build (``nn.Sequential(nn.Conv2d(1, 4, 3), ...)``), copied into the student's process.

Only modules made entirely of a library's classes travel: each one as its class's import path, its own
plain attributes, its parameters and buffers (tensors, each with a token), and its children, the same
way.  After the call, whatever the answer changed in place (values, ``requires_grad``, gradients,
train/eval mode) comes back by token and is applied to the tests' own objects (``changes`` and
``apply_changes``), so ``freeze_backbone(model)`` freezes the tests' model.  Replacing a submodule is
not copied back.
"""

from __future__ import annotations

import types

import torch

from course.sandbox import wire

_BASE = frozenset(vars(torch.nn.Module()))


class NotCopyable(TypeError):
    """A module with a class of the tests' own (or an attribute that is not plain data)."""


def _tests_class_source(klass: type) -> str | None:
    """The source of a module class a tests cell defines, found through its methods' code (the cell's source
    is in ``linecache`` under ``<tests cell N>``), or None for any other class."""
    import ast
    import linecache
    import textwrap
    codes = [f.__code__ for f in vars(klass).values() if isinstance(f, types.FunctionType)]
    if not codes or not codes[0].co_filename.startswith("<tests cell"):
        return None
    lines = linecache.getlines(codes[0].co_filename)
    source = "".join(lines)
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    first = min(code.co_firstlineno for code in codes)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == klass.__name__ and node.lineno <= first <= node.end_lineno:
            segment = ast.get_source_segment(source, node, padded=True)
            return textwrap.dedent(segment) if segment else None
    return None


def _imports_of(klass: type, source: str) -> dict[str, str]:
    """The modules the class's code uses by a global name (``time``, ``F``): name -> module to import."""
    import symtable
    functions = [f for f in vars(klass).values() if isinstance(f, types.FunctionType)]
    namespace = functions[0].__globals__ if functions else {}
    try:
        table = symtable.symtable(source, "<class>", "exec")
    except SyntaxError:
        return {}
    names: set[str] = set()

    def walk(t) -> None:
        names.update(s.get_name() for s in t.get_symbols() if s.is_referenced())
        for child in t.get_children():
            walk(child)
    walk(table)
    return {name: namespace[name].__name__ for name in sorted(names)
            if isinstance(namespace.get(name), types.ModuleType)}


def module_data(module: torch.nn.Module, encode, given: list) -> dict:
    """``module`` as data; ``encode(value)`` encodes its attributes, tensors and children (appending to ``given``).

    A module of a class the tests defined travels with that class's source, which the answer's process runs
    (once) to make the class: the class's code, never the tests' values, goes there."""
    from course.sandbox.calls import library_path
    path = library_path(type(module))
    source = None if path is not None else _tests_class_source(type(module))
    if path is None and source is None:
        raise NotCopyable(f"the tests cannot hand the answer a {type(module).__name__}: only modules of library "
                          "classes, or of classes a tests cell defines, are copied into the answer's process")
    token = len(given)
    given.append(module)
    where = {"class": list(path)} if path is not None else {"class_source": source,
                                                            "class_name": type(module).__name__,
                                                            "class_imports": _imports_of(type(module), source)}
    return {"t": "module", **where, "token": token, "training": bool(module.training),
            "attrs": encode({k: v for k, v in vars(module).items() if k not in _BASE}),
            "params": [[name, encode(p)] for name, p in module._parameters.items()],
            "buffers": [[name, encode(b), name not in module._non_persistent_buffers_set]
                        for name, b in module._buffers.items()],
            "children": [[name, encode(child)] for name, child in module._modules.items()],
            # the tests' own forward hooks go too, as functions the answer's process calls back
            "hooks": {kind: [encode(hook) for hook in getattr(module, kind).values()] for kind in COPIED_HOOKS}}


def optimizer_data(optimizer: torch.optim.Optimizer, encode, given: list) -> dict:
    """An optimizer of a library's class as data: its groups (parameters as the tensors sent, by token) and its
    state per parameter; a step the answer takes with it comes back (``changes``)."""
    from course.sandbox.calls import library_path
    token = len(given)
    given.append(optimizer)
    flat = [p for group in optimizer.param_groups for p in group["params"]]
    return {"t": "optimizer", "class": list(library_path(type(optimizer))), "token": token,
            "groups": [encode({**{k: v for k, v in group.items() if k != "params"}, "params": list(group["params"])})
                       for group in optimizer.param_groups],
            "state": [[i, encode(dict(optimizer.state[p]))] for i, p in enumerate(flat) if p in optimizer.state]}


def build_optimizer(data: dict, decode, resolve, received: dict) -> torch.optim.Optimizer:
    klass = resolve({"module": data["class"][0], "qualname": data["class"][1]})
    if not (isinstance(klass, type) and issubclass(klass, torch.optim.Optimizer)):
        raise wire.WireError("an optimizer of a class that is not an optimizer")
    groups = [decode(group) for group in data["groups"]]
    optimizer = klass(groups)
    flat = [p for group in optimizer.param_groups for p in group["params"]]
    for i, state in data.get("state") or []:
        if type(i) is int and 0 <= i < len(flat):
            optimizer.state[flat[i]] = decode(state)
    if type(data.get("token")) is int:
        received[data["token"]] = optimizer
    return optimizer


def _optimizer_changes(optimizer, encode) -> dict:
    flat = [p for group in optimizer.param_groups for p in group["params"]]
    return {"optimizer_state": [[i, encode(dict(optimizer.state[p]))] for i, p in enumerate(flat)
                                if p in optimizer.state],
            "groups": [encode({k: v for k, v in group.items() if k != "params"}) for group in optimizer.param_groups]}


_TESTS_CLASSES: dict[str, type] = {}   # source -> the class made from it, in the answer's process


def tests_class(source: str, name: str, imports: dict) -> type:
    """The class a tests cell defined, made here from its source, in a namespace of its own with the modules
    its code uses (imported here by name)."""
    import importlib
    key = f"{name}\n{source}\n{sorted(imports.items()) if type(imports) is dict else ''}"
    if key not in _TESTS_CLASSES:
        namespace = {"__name__": "tests"}
        for alias, module in (imports.items() if type(imports) is dict else ()):
            try:
                namespace[str(alias)] = importlib.import_module(str(module))
            except ImportError:
                pass
        exec(compile(source, f"<tests class {name}>", "exec"), namespace)
        klass = namespace.get(name)
        if not (isinstance(klass, type) and issubclass(klass, torch.nn.Module)):
            raise wire.WireError(f"{name} is not a module class")
        _TESTS_CLASSES[key] = klass
    return _TESTS_CLASSES[key]


def build_module(data: dict, decode, resolve, received: dict) -> torch.nn.Module:
    """The module ``data`` describes, built here (``decode`` for its parts, ``resolve`` for its class)."""
    if "class_source" in data:
        klass = tests_class(str(data["class_source"]), str(data["class_name"]), data.get("class_imports") or {})
    else:
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
    hooks = data.get("hooks") if type(data.get("hooks")) is dict else {}
    for hook in hooks.get("_forward_hooks") or []:
        module.register_forward_hook(decode(hook))
    for hook in hooks.get("_forward_pre_hooks") or []:
        module.register_forward_pre_hook(decode(hook))
    return module


HOOKS = ("_forward_hooks", "_forward_pre_hooks", "_backward_hooks", "_backward_pre_hooks")
COPIED_HOOKS = ("_forward_hooks", "_forward_pre_hooks")
_PLAIN = (int, float, bool, str, type(None))


def _global_hooks() -> dict:
    from torch.nn.modules import module as internals
    return {kind: getattr(internals, f"_global{kind}") for kind in HOOKS}


def tensor_state(t: torch.Tensor) -> tuple:
    """What to compare a tensor with later: its version and a copy of its values (a change through ``.data``
    leaves the version alone), and the same of its gradient, and whether it requires one."""
    grad = t.grad
    return (t._version, t.detach().clone(), grad, None if grad is None else grad._version,
            None if grad is None else grad.detach().clone(), t.requires_grad, t.data_ptr())


def _unchanged(now: torch.Tensor, version, copy) -> bool:
    return now._version == version and now.shape == copy.shape and torch.equal(now.detach(), copy)


def tensor_changes(t: torch.Tensor, before: tuple, encode) -> dict | None:
    """What changed in ``t`` since ``before`` (``tensor_state``), encoded; None when nothing did."""
    version, copy, grad, grad_version, grad_copy, requires_grad, pointer = before
    what = {}
    if not _unchanged(t, version, copy) or t.data_ptr() != pointer:
        what["value"] = encode(t.detach())
    if t.data_ptr() != pointer:
        what["new_storage"] = True   # `p.data = ...`: the tensor now holds other memory; so will its twin
    if t.grad is not grad or (grad is not None and not _unchanged(grad, grad_version, grad_copy)):
        what["grad"] = None if t.grad is None else encode(t.grad.detach())
    if t.requires_grad != requires_grad:
        what["requires_grad"] = t.requires_grad
    return what or None


def versions(received: dict) -> dict:
    """What to compare after the call: each tensor's version and gradient, the global hooks' counts."""
    state = {token: tensor_state(obj) for token, obj in received.items() if isinstance(obj, torch.Tensor)}
    state.update({token: list(obj.items()) if type(obj) is dict else list(obj)
                  for token, obj in received.items() if type(obj) in (list, dict)})
    state.update({token: {kind: len(getattr(obj, kind)) for kind in HOOKS}
                  for token, obj in received.items() if isinstance(obj, torch.nn.Module)})
    state["global hooks"] = {kind: len(hooks) for kind, hooks in _global_hooks().items()}
    return state


def _same_items(a: list, b: list) -> bool:
    return len(a) == len(b) and all(x is y or (type(x) is tuple and type(y) is tuple and len(x) == len(y) and
                                               all(p is q for p, q in zip(x, y))) for x, y in zip(a, b))


def changes(received: dict, before: dict, encode, encode_items=None, values_only: bool = False) -> list:
    """What a call did to the objects it was given: [token, what] for each; [-1, hook counts] for the global ones.
    ``encode_items`` encodes the new contents of a list or dict the call changed (objects in it as handles);
    ``values_only``: tensors and containers only (for a function of the tests called in the middle of the call,
    which may read them; hooks, modes and optimizer state are settled when the call ends)."""
    result = []
    for token, obj in received.items():
        if values_only and not isinstance(obj, (torch.Tensor, list, dict)):
            continue
        if type(obj) in (list, dict):
            now = list(obj.items()) if type(obj) is dict else list(obj)
            if token in before and not _same_items(now, before[token]) and encode_items is not None:
                result.append([token, {"items": encode_items(list(obj) if type(obj) is list else dict(obj))}])
            continue
        if token not in before and isinstance(obj, torch.Tensor):
            continue  # came later (with a callback's answer): not the tests' to be told about
        if isinstance(obj, torch.Generator):
            result.append([token, {"generator_state": encode(obj.get_state())}])
        elif isinstance(obj, torch.optim.Optimizer):
            result.append([token, _optimizer_changes(obj, encode_items or encode)])
        elif isinstance(obj, torch.nn.Module):
            result.append([token, {"training": bool(obj.training),
                                   "hooks": {kind: len(getattr(obj, kind)) - before.get(token, {}).get(kind, 0)
                                             for kind in HOOKS},
                                   # plain attributes (a counter the tests keep in their module, say)
                                   "attrs": {k: v for k, v in vars(obj).items() if k not in _BASE and
                                             type(v) in _PLAIN and not k.startswith("_")}}])
        elif isinstance(obj, torch.Tensor):
            what = tensor_changes(obj, before[token], encode)
            if what is not None:
                result.append([token, what])
    counts = {kind: len(hooks) for kind, hooks in _global_hooks().items()}
    if counts != before.get("global hooks") and not values_only:
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
            if type(obj) in (list, dict):
                items = decode(what.get("items"))
                if type(items) is type(obj):
                    if type(obj) is list:
                        obj[:] = items
                    else:
                        obj.clear()
                        obj.update(items)
                continue
            if isinstance(obj, torch.optim.Optimizer):
                flat = [p for group in obj.param_groups for p in group["params"]]
                for i, state in what.get("optimizer_state") or []:
                    state = decode(state)
                    if type(i) is int and 0 <= i < len(flat) and type(state) is dict:
                        obj.state[flat[i]] = state
                for group, hyper in zip(obj.param_groups, what.get("groups") or []):
                    hyper = decode(hyper)
                    if type(hyper) is dict:
                        group.update({k: v for k, v in hyper.items() if k != "params" and k in group})
                continue
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
                for key, value in (what.get("attrs") or {}).items() if type(what.get("attrs")) is dict else ():
                    if isinstance(key, str) and key in vars(obj) and type(value) in _PLAIN and \
                            type(vars(obj)[key]) in _PLAIN:
                        vars(obj)[key] = value
                continue
            if isinstance(obj, torch.Tensor):
                apply_tensor_changes(obj, what, decode)


def apply_tensor_changes(obj: torch.Tensor, what: dict, decode) -> None:
    """Make ``obj`` what the other side says its twin became (``tensor_changes``): values, requires_grad, grad."""
    with torch.no_grad():
        if "value" in what:
            set_values(obj, decode(what["value"]), what.get("new_storage") is True)
        if type(what.get("requires_grad")) is bool and obj.is_leaf and obj.requires_grad != what["requires_grad"] \
                and (obj.is_floating_point() or not what["requires_grad"]):
            obj.requires_grad_(what["requires_grad"])
        if "grad" in what and obj.is_leaf:
            grad = None if what["grad"] is None else decode(what["grad"])
            if grad is None or (type(grad) is torch.Tensor and grad.shape == obj.shape):
                obj.grad = None if grad is None else grad.to(obj.dtype)


def set_values(obj: torch.Tensor, new, new_storage: bool) -> None:
    """Give ``obj`` the values the other side sent (in its own memory, or in new memory as there)."""
    if type(new) is not torch.Tensor:
        return
    if new_storage:  # `p.data = ...`, which is what `.float()` or `.double()` does to a module: its dtype comes too
        obj.data = new if new.is_floating_point() and obj.is_floating_point() else new.to(obj.dtype)
    elif new.shape == obj.shape:
        obj.copy_(new.to(obj.dtype))


def clear_stand_ins(stand_ins: list) -> None:
    """Take the no-op global hooks out again (this process grades other notebooks next)."""
    for hooks in stand_ins:
        for key in [k for k, v in hooks.items() if v is _no_op_hook]:
            del hooks[key]
    stand_ins.clear()
