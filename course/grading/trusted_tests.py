"""Tests cells run by the grader itself: the verdict is decided in a process that runs no student code.

The verifier (``course.sandbox.verify``) hands each tests cell to a ``TrustedTests`` of its own instead of
sending it into the sandbox.  The cell runs here, in a namespace of its own: the expected values, the
loop variables and the comparisons never exist in the student's process.  The names it uses that the
notebook's answers defined come from the student's process (``course.sandbox.calls``) as *remote*
objects: calling one, reading an attribute, an item or the next value of an iterator is a request to
that process, whose answer is plain data (``course.sandbox.wire``: numbers, strings, containers,
tensors and arrays as raw bytes; never pickle).  Objects the answer makes (a module the tests build)
stay there behind handles; a tensor that needs a gradient through the student's function gets it by a
second request (``_ThroughTheCall``), so ``out.sum().backward()`` works across the boundary.

The course's own names come from the course: the setup cells' imports, functions and classes run here
too; a library function or module is imported here, never taken from the student's process.  What the
student's side reports about an object (its classes, whether it imitates a number) is believed only
for messages and flags: it can change which check fails, never make one pass.
"""

from __future__ import annotations

import builtins
import contextlib
import functools
import importlib
import io
import symtable
import sys
import types
import weakref

import torch

from course.authoring.notebooks import definitions_of
from course.outcomes import Call, NotPlain, error_name, plain_copy
from course.sandbox import wire
from course.sandbox.calls import LIBRARIES, SharedState, library_path
from course.sandbox.module_copy import (NotCopyable, apply_changes, apply_tensor_changes, clear_stand_ins, module_data,
                                        optimizer_data, tensor_changes, tensor_state)


class CellStopped(BaseException):
    """The student's process did not answer in time, or died: the tests cell cannot go on."""

    def __init__(self, status: str, reason: str):
        super().__init__(reason)
        self.status, self.reason = status, reason


class CannotSend(TypeError):
    """The tests handed the answer an object that is not plain data and not the answer's own."""


def _import_library(module: str, qualname: str = ""):
    if module.split(".")[0] not in LIBRARIES and module not in sys.modules:
        raise ImportError(module)
    value = importlib.import_module(module)
    for part in filter(None, qualname.split(".")):
        value = getattr(value, part)
    return value


def _shadow_class(classes: list) -> type:
    """A local stand-in for the remote object's class: the first library class among its ancestors (itself,
    when it is a library's), or a subclass of it named like the answer's class, so ``isinstance(block,
    nn.Module)`` holds for a student's module, and ``isinstance(block, TorchvisionBasicBlock)`` only for one
    that really inherits from it."""
    key = tuple(tuple(entry) for entry in classes)
    if key in _SHADOWS:
        return _SHADOWS[key]
    base, own = object, None
    for index, (module, qualname) in enumerate(key):
        try:
            found = _import_library(module, qualname)
        except Exception:
            continue
        if isinstance(found, type):
            base, own = found, index == 0
            break
    shadow = base if own else types.new_class(key[0][1].rsplit(".", 1)[-1] if key else "Answer", (base,),
                                              exec_body=lambda ns: ns.update(__module__="answer"))
    _SHADOWS[key] = shadow
    return shadow


_SHADOWS: dict[tuple, type] = {}


class Remote:
    """An object of the student's process, seen from here: every use is a request to that process."""
    __slots__ = ("_link", "_id", "_info", "__weakref__")

    def __init__(self, link: "Link", number: int, info: dict):
        object.__setattr__(self, "_link", link)
        object.__setattr__(self, "_id", number)
        object.__setattr__(self, "_info", info)

    @property
    def __class__(self):  # isinstance() asks this when the real type (Remote) does not match
        if "class" in self._info:
            return type
        return _shadow_class(self._info.get("classes") or [])

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):  # NumPy and torch probing for protocols
            raise AttributeError(name)
        return self._link.request("getattr", target=self._id, name=name)

    def __setattr__(self, name, value):
        self._link.request("setattr", target=self._id, name=name, value=self._link.encode(value))

    def __call__(self, *args, **kwargs):
        return self._link.call(self, args, kwargs)

    def __getitem__(self, key):
        return self._link.request("getitem", target=self._id, key=self._link.encode(key))

    def __len__(self):
        value = self._link.request("len", target=self._id)
        if type(value) is not int:
            raise TypeError("len() of the answer's object is not an int")
        return value

    def __bool__(self):
        return self._link.request("bool", target=self._id) is True

    def __iter__(self):
        return self._link.request("iter", target=self._id)

    def __next__(self):
        return self._link.request("next", target=self._id)

    def __repr__(self):
        text = self._link.request("repr", target=self._id)
        return text[:200] if isinstance(text, str) else "<the answer's object>"


def _named_remote(info: dict) -> type:
    """Remote, under the name of the remote object's class, so a message built from ``type(value).__name__``
    names the answer's class (``BatchNorm2d``, ``TinyUNet``), not the proxy's."""
    classes = info.get("classes") or info.get("class") and [["builtins", "type"]] or []
    module, qualname = (str(part) for part in classes[0]) if classes else ("answer", "Remote")
    name = info.get("name")  # a class's __name__ need not end its __qualname__ (torch.fx's GraphModuleImpl)
    name = name[:200] if isinstance(name, str) and name else qualname.rsplit(".", 1)[-1]
    key = (module, qualname, name)
    if key not in _NAMED_REMOTES:
        _NAMED_REMOTES[key] = types.new_class(name, (Remote,), exec_body=lambda ns: ns.update(
            __slots__=(), __module__=module, __qualname__=qualname))
    return _NAMED_REMOTES[key]


_NAMED_REMOTES: dict[tuple[str, str, str], type] = {}


def is_remote(value) -> bool:
    return issubclass(type(value), Remote)


def imitates(value) -> bool:
    """Whether a remote object's class is the answer's own one that passes for a number, list or tensor."""
    return is_remote(value) and object.__getattribute__(value, "_info").get("imitates") is True


class _ThroughTheCall(torch.autograd.Function):
    """Connects a remote call's outputs to its inputs here: the backward pass asks the student's process for
    the gradients of the inputs (it runs autograd there, on the graph its call built)."""

    @staticmethod
    def forward(ctx, link, graph, outputs, *inputs):
        ctx.link, ctx.graph, ctx.count = link, graph, len(inputs)
        return tuple(output.clone() for output in outputs)

    @staticmethod
    def backward(ctx, *grads):
        grads_in = ctx.link.request("backward", graph=ctx.graph, grads=[wire.plain(g) for g in grads])
        if type(grads_in) is not list:
            raise RuntimeError("the answer's process sent no gradients")
        grads_in = grads_in + [None] * (ctx.count - len(grads_in))
        return (None, None, None, *grads_in[:ctx.count])


def _replaced(value, new: dict, depth: int = 0):
    if depth > 50:
        return value
    if type(value) in (torch.Tensor, torch.nn.Parameter):
        return new.get(id(value), value)
    if type(value) in (list, tuple, set, frozenset):
        return type(value)(_replaced(item, new, depth + 1) for item in value)
    if type(value) is dict:
        return {k: _replaced(v, new, depth + 1) for k, v in value.items()}
    return value


class Link:
    """The channel to one run of the student's process: requests, answers, deadlines, remote objects.

    A tensor that belongs to an object of the answer's process (a parameter of the student's module) comes
    here as a *mirror*: one local tensor per remote one, refreshed whenever it comes again; what the tests
    do to a mirror (``weight.zero_()``, an optimizer's step, ``p.grad = None``) goes back before the next
    request, and what the answer's side did to it (a backward pass, a training step) comes with each reply."""

    def __init__(self, requests: int, replies: int, deadline):
        self.requests, self.replies, self.deadline = requests, replies, deadline
        self.proxies: weakref.WeakValueDictionary[int, Remote] = weakref.WeakValueDictionary()
        self.stopped: CellStopped | None = None
        self.refusals: list[tuple] = []    # the forbidden() contexts active here (spec, allow), sent with every call
        self.sequence = 0
        self.shared = SharedState()
        self.stand_ins: list = []          # global hook dicts given no-op entries for hooks the answer left
        # remote handle -> [weak reference to the local tensor, state last synced]; a mirror made or refreshed
        # in this cell is also held in `recent` until the cell ends, so `model.fc.weight.zero_()` on a
        # temporary still reaches the answer, even when another request comes between fetching it and changing
        # it (`conv.weight.copy_(torch.randn(conv.weight.shape))`); one that is gone is released there too
        self.mirrors: dict[int, list] = {}
        self.recent: dict[int, torch.Tensor] = {}
        self.released: list[int] = []
        self.mirror_of: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # local tensor -> remote handle
        self.callbacks: dict[int, object] = {}
        self.callback_graphs: dict[int, tuple] = {}
        self._given: list = []             # token -> what the call under way hands the answer
        self._looking_up = False
        self.watched: int | None = None    # the remote function whose calls are recorded (misconceptions)
        self.calls: list = []              # those calls, as course.outcomes.Call

    # ---- values out ------------------------------------------------------------------------------------
    def _keep(self, value) -> dict:
        if is_remote(value):
            return {"id": object.__getattribute__(value, "_id")}
        for token, earlier in enumerate(self._given):
            if earlier is value:
                return {"t": "sent", "n": token}
        path = library_path(value)
        if path is not None:
            return {"t": "ref", "module": path[0], "qualname": path[1]}
        if isinstance(value, (types.GeneratorType, map, filter, zip, enumerate)) or type(value).__name__ in (
                "list_iterator", "tuple_iterator", "dict_keyiterator", "dict_valueiterator", "dict_itemiterator"):
            # an iterator of the tests (`model.parameters()`): what it yields goes, and an iterator over it there
            return {"t": "iterator", "v": [self.encode(item) for item in value]}
        if type(value) is torch.Generator:  # its state travels, and comes back after the call
            token = len(self._given)
            self._given.append(value)
            return {"t": "generator", "token": token, "device": value.device.type,
                    "state": wire.plain(value.get_state())}
        if isinstance(value, torch.optim.Optimizer) and library_path(type(value)) is not None:
            return optimizer_data(value, self.encode, self._given)
        if isinstance(value, torch.nn.Module):
            try:
                return module_data(value, self.encode, self._given)
            except NotCopyable as error:
                raise CannotSend(str(error)) from None
        if callable(value) and isinstance(value, (types.FunctionType, types.MethodType, functools.partial)):
            number = len(self.callbacks) + 1   # the answer may call it: it runs here
            self.callbacks[number] = value
            return {"t": "callback", "id": number}
        raise CannotSend(f"the tests cannot hand the answer a {type(value).__name__} (only plain data, the "
                         "answer's own objects, modules made of library classes, functions, and library "
                         "functions, classes and modules travel)")

    def _tensor_out(self, value: torch.Tensor, new_tokens: bool = True):
        number = self.mirror_of.get(value)
        if number is not None:
            return {"t": "handle", "id": number}   # the answer's own tensor: its values went with the updates
        for token, earlier in enumerate(self._given):
            if earlier is value:  # the same tensor twice (tied weights): one object there too
                return {"t": "sent", "n": token}
        if not new_tokens:
            return None
        try:
            data = wire.tensor_data(value)
        except TypeError:
            return None
        data["token"] = len(self._given)
        self._given.append(value)
        return data

    def _container_out(self, value, new_tokens: bool):
        for token, earlier in enumerate(self._given):
            if earlier is value:
                return {"t": "sent", "n": token}
        if not new_tokens:
            return None
        self._given.append(value)  # what the answer does to the list or dict comes back
        return {"token": len(self._given) - 1}

    def encode(self, value, new_tokens: bool = True):
        return wire.encode(value, self._keep, lambda t: self._tensor_out(t, new_tokens),
                           container=lambda c: self._container_out(c, new_tokens))

    # ---- values in -------------------------------------------------------------------------------------
    def _handle(self, data: dict):
        kind = data.get("t")
        if kind == "sent":  # one of the objects this call gave the answer, handed back
            position = data.get("n")
            if not (type(position) is int and 0 <= position < len(self._given)):
                raise wire.WireError("a reference to nothing that was sent")
            return self._given[position]
        if kind == "sent-grad":  # the gradient held by one of the tensors this call gave the answer, itself
            position = data.get("n")
            if not (type(position) is int and 0 <= position < len(self._given)) or \
                    not isinstance(self._given[position], torch.Tensor):
                raise wire.WireError("a reference to nothing that was sent")
            return self._given[position].grad
        if kind == "ref":
            return _import_library(str(data.get("module")), str(data.get("qualname", "")))
        if kind != "handle":
            raise wire.WireError(f"a {kind} from the answer's process")
        mirrored = self.mirrors.get(data.get("id"))
        if mirrored is not None and mirrored[0]() is not None:  # a tensor of the answer's that this side mirrors
            return mirrored[0]()
        library = data.get("library")
        # a name the answers bound stays theirs, even when it names a library's function (`conv2d_naive =
        # F.conv2d`): called there, under the exercise's forbidden(); only modules are taken from here
        if isinstance(library, list) and len(library) == 2 and (not self._looking_up or library[1] == ""):
            try:
                return _import_library(str(library[0]), str(library[1]))
            except Exception:
                pass  # not a library we know here: it stays remote
        number = data.get("id")
        if type(number) is not int:
            raise wire.WireError("a handle without a number")
        proxy = self.proxies.get(number)
        if proxy is None:
            info = {k: data[k] for k in ("classes", "class", "name", "imitates", "callable") if k in data}
            proxy = _named_remote(info)(self, number, info)
            self.proxies[number] = proxy
        return proxy

    def _decode(self, data, collect: list | None = None):
        def tensor(value, data):
            number = data.get("mirror")
            if type(number) is int:
                return self._mirror(number, value)
            if type(data.get("view_of")) is int:
                view = self._view(data, value)
                if view is not None:
                    return view
            if collect is not None and data.get("grad") is True and not isinstance(value, torch.nn.Parameter):
                collect.append(value)
            return value
        return wire.decode(data, self._handle, tensor)

    def _view(self, data: dict, copy: torch.Tensor):
        """The answer returned a view of a tensor this call gave it: the same view of the tests' tensor (its
        values are the copy's, checked), so `result.data_ptr() == x.data_ptr()` holds here as it did there."""
        position = data["view_of"]
        if not 0 <= position < len(self._given) or not isinstance(self._given[position], torch.Tensor):
            return None
        base = self._given[position]
        try:
            view = base.detach().as_strided([int(n) for n in data["size"]], [int(n) for n in data["stride"]],
                                            int(data["offset"]))
        except (RuntimeError, TypeError, ValueError):
            return None
        if view.dtype != copy.dtype or view.shape != copy.shape or not torch.equal(view, copy.to(view.device)):
            return None
        return view

    def _mirror(self, number: int, fresh: torch.Tensor) -> torch.Tensor:
        entry = self.mirrors.get(number)
        local = entry[0]() if entry else None
        if local is None or local.shape != fresh.shape or local.dtype != fresh.dtype or type(local) is not type(fresh):
            local = fresh
            self.mirror_of[local] = number
        else:
            with torch.no_grad():
                local.copy_(fresh)
            if local.requires_grad != fresh.requires_grad:
                local.requires_grad_(fresh.requires_grad)
            local.grad = fresh.grad
        self.mirrors[number] = [weakref.ref(local, lambda _, n=number: self.released.append(n)), tensor_state(local)]
        self.recent[number] = local
        return local

    def _live_mirrors(self):
        for number, record in list(self.mirrors.items()):
            local = record[0]()
            if local is None:
                del self.mirrors[number]
            else:
                yield number, local, record

    def _updates(self) -> list:
        """What the tests did to mirrors since the last exchange."""
        updates = []
        for number, local, record in self._live_mirrors():
            what = tensor_changes(local, record[1], wire.plain)
            if what is not None:
                updates.append([number, what])
                record[1] = tensor_state(local)
        return updates

    def _take_released(self) -> list[int]:
        released = [n for n in self.released if n not in self.mirrors or self.mirrors[n][0]() is None]
        self.released.clear()
        for number in released:
            self.mirrors.pop(number, None)
        return released

    def _apply_mirror_changes(self, changes) -> None:
        for entry in changes if type(changes) is list else ():
            if not (type(entry) is list and len(entry) == 2 and type(entry[1]) is dict):
                continue
            record = self.mirrors.get(entry[0])
            local = record[0]() if record else None
            if local is not None:
                apply_tensor_changes(local, entry[1], lambda d: wire.decode(d, None))
                record[1] = tensor_state(local)

    # ---- requests ------------------------------------------------------------------------------------
    def _exchange(self, op: str, fields: dict, with_state: bool = True) -> dict:
        if self.stopped is not None:
            raise self.stopped
        self.sequence += 1
        extra = {"state": self.shared.outgoing(), "grad": torch.is_grad_enabled(), "updates": self._updates(),
                 "released": self._take_released()} if with_state else {}
        try:
            wire.drain(self.replies)  # whatever the answer's code wrote into the channel by itself is not a reply
            wire.send(self.requests, {"op": op, "seq": self.sequence, **extra, **fields})
            reply = wire.receive(self.replies, self.deadline())
            while {"ask", "callback", "callback_backward"} & reply.keys():  # a question in the middle of the call
                wire.send(self.requests, {"op": "answer", **self._answer_question(reply)})
                reply = wire.receive(self.replies, self.deadline())
        except wire.OutOfTime:
            self.stopped = CellStopped("timeout", "")
            raise self.stopped from None
        except wire.WireError as error:
            if isinstance(error, wire.PeerGone):
                self.stopped = CellStopped("crashed", "")
                raise self.stopped from None
            raise AssertionError(f"the answer's process sent a malformed reply ({error})") from None
        except OSError:
            self.stopped = CellStopped("crashed", "")
            raise self.stopped from None
        if reply.get("seq") != self.sequence:
            raise AssertionError("the answer's process sent a reply out of turn")
        try:
            self._apply_mirror_changes(reply.get("mirrors"))
            self.shared.incoming(reply.get("state"))
        except Exception:
            raise AssertionError("the answer's process sent a malformed reply") from None
        if "raised" in reply:
            raise _local_exception(reply["raised"])
        return reply

    def _answer_question(self, question: dict) -> dict:
        """forbidden(allow=...) asking whether a call may pass, or the answer calling a function of the tests
        (or carrying a gradient back through one)."""
        if "ask" in question:
            return {"allowed": self._allowed(question)}
        if "callback_backward" in question:
            graph = self.callback_graphs.get(question["callback_backward"])
            try:
                grads = [wire.decode(g, None) for g in question.get("grads") or []]
                leaves, outputs = graph
                pairs = [(o, g) for o, g in zip(outputs, grads) if g is not None]
                found = torch.autograd.grad([o for o, _ in pairs], leaves, [g for _, g in pairs], allow_unused=True,
                                            retain_graph=True)
                return {"value": wire.plain([None if g is None else g.detach() for g in found])}
            except Exception:  # noqa: BLE001 - no gradient: the answer's backward pass gets none
                return {"value": wire.plain([])}
        function = self.callbacks.get(question.get("callback"))
        if function is None:
            return {"raised": "no such function"}
        try:  # (the call's tokens go on: what the function returns may hold what the call was given)
            apply_changes(self._given, question.get("changed"), self._decode, self.stand_ins)
            leaves: list = []
            args = self._decode(question.get("args"), leaves)
            kwargs = self._decode(question.get("kwargs"), leaves)
            with torch.set_grad_enabled(question.get("grad") is True):  # as it is where the answer calls it
                value = function(*args, **dict(kwargs))
            answer = {"value": self.encode(value, new_tokens=False)}  # a result of its own: no token to track
            outputs = [t for t in wire.tensors_in(value) if t.requires_grad]
            if leaves and outputs:
                number = len(self.callback_graphs) + 1
                self.callback_graphs[number] = (leaves, outputs)
                answer["graph"] = number
            return answer
        except CellStopped:
            raise
        except Exception as error:  # noqa: BLE001 - the tests' function failed on what the answer gave it
            return {"raised": f"{type(error).__name__}: {error}"[:500]}

    def _allowed(self, question: dict) -> bool:
        refusals = self.refusals
        number = question.get("ask")
        if not (type(number) is int and 0 <= number < len(refusals) and refusals[number][1] is not None):
            return False
        try:
            target = question.get("target")
            target = self._decode(target) if type(target) is dict else str(target)
            args = self._decode(question.get("args"))
            kwargs = self._decode(question.get("kwargs"))
            return refusals[number][1](target, tuple(args), dict(kwargs)) is True
        except Exception:  # a question it cannot answer: refused
            return False

    def request(self, op: str, **fields):
        try:
            return self._value(self._exchange(op, fields))
        finally:
            self._given = []

    def _value(self, reply: dict, collect: list | None = None):
        if reply.get("stop") is True:
            raise StopIteration
        try:
            return self._decode(reply.get("value"), collect)
        except (wire.WireError, KeyError, TypeError, ValueError, RecursionError) as error:
            raise AssertionError(f"the answer's process sent a malformed reply ({type(error).__name__}: "
                                 f"{str(error)[:200]})") from None

    def call_beside(self, function, args: tuple, kwargs: dict):
        """A library's ``function`` called in the answer's process (``course.testing.beside``)."""
        path = library_path(function)
        if path is None:
            raise CannotSend(f"beside() runs only a library's functions, not {function!r}")
        return self.call({"t": "ref", "module": path[0], "qualname": path[1]}, args, kwargs)

    def call(self, target, args: tuple, kwargs: dict):
        number = target if type(target) is dict else object.__getattribute__(target, "_id")
        record = self._recording(args, kwargs) if number == self.watched else None
        if record is not None:
            record.refusals, record.state = self._local_refusals(), SharedState.snapshot()
        try:
            value = self._call(number, args, kwargs)
        except Exception as error:
            if record is not None:
                record.raised = error_name(error)
                self.calls.append(record)
            raise
        if record is not None:
            try:
                record.result, record.after = plain_copy(value), plain_copy(tuple(args))
                self.calls.append(record)
            except NotPlain:
                pass
        return value

    def _local_refusals(self) -> tuple:
        """The forbidden() refusals active now, as targets of this process (for replaying known mistakes)."""
        try:
            return tuple((tuple(_import_library(str(t["module"]), str(t["qualname"])) if type(t) is dict else t
                                for t in spec["targets"]), str(spec["reason"]), allow, spec["in_forks"])
                         for spec, allow in self.refusals)
        except Exception:
            return ()

    @staticmethod
    def _recording(args: tuple, kwargs: dict):
        """A copy of one call's inputs, to replay known mistakes on (None when they are not plain data)."""
        try:
            return Call(*plain_copy((tuple(args), dict(kwargs))))  # together: a layer in kwargs is its model's
        except NotPlain:
            return None

    def _call(self, number, args: tuple, kwargs: dict):
        self._given = []    # token -> what this call hands the answer (tensors, modules copied in)
        try:
            request = {"target": number, "args": self.encode(list(args)), "kwargs": self.encode(dict(kwargs)),
                       "refuse": [spec for spec, _ in self.refusals]}
            given = self._given
            reply = self._exchange("call", request)
            try:  # first what the call changed in what it was given, then its result (which may hold it)
                apply_changes(given, reply.get("changed"), self._decode, self.stand_ins)
            except (wire.WireError, TypeError, ValueError, KeyError, RuntimeError) as error:
                raise AssertionError(f"the answer's process sent a malformed reply ({type(error).__name__})") \
                    from None
            received: list = []
            value = self._value(reply, received)
        finally:
            self._given = []
        sent = [t for t in given if type(t) is torch.Tensor and t.requires_grad and t.is_floating_point()]
        graph = reply.get("graph")
        if not received or not isinstance(graph, int):
            return value
        anchor = torch.zeros((), requires_grad=True)  # so the outputs need a gradient even with no input that does
        linked = _ThroughTheCall.apply(self, graph, received, *sent, anchor)
        return _replaced(value, {id(old): new for old, new in zip(received, linked)})

    def lookup(self, name: str):
        """The answer's value of ``name`` (``MISSING`` when its namespace has none)."""
        reply = self._exchange("lookup", {"name": name})
        if reply.get("missing") is True:
            return MISSING
        self._looking_up = True
        try:
            return self._value(reply)
        finally:
            self._looking_up = False

    def begin_cell(self) -> None:
        """Take on the answer's random state and default dtype, as one process would carry them into the cell."""
        self.shared.last = None  # so the answer's side sends its state, whatever it sent before
        self._exchange("state", {"resend": True}, with_state=False)

    def end_cell(self) -> None:
        """Hand the random state back with the end of the cell."""
        if self.stopped is None:
            try:
                wire.send(self.requests, {"op": "end", "state": self.shared.outgoing(), "updates": self._updates()})
            except OSError:
                pass
        self.recent.clear()


def _local_exception(raised) -> BaseException:
    """The exception the student's code raised, as one of ours: a builtin class, never the answer's own."""
    from course.sandbox.worker import OutputLimitExceeded
    from course.testing import ForbiddenCall
    if type(raised) is not dict:
        return AssertionError("the answer's process sent a malformed error")
    message = str(raised.get("message", ""))[:2000]
    kind = raised.get("course")
    if kind == "ForbiddenCall":
        error = ForbiddenCall(message)
    elif kind == "OutputLimitExceeded":
        error = OutputLimitExceeded(message)
    else:
        error = None
        for name in raised.get("builtins") or []:
            klass = getattr(builtins, str(name), None)
            if isinstance(klass, type) and issubclass(klass, Exception):
                try:
                    error = klass(message)
                except Exception:
                    continue
                break
        if error is None:
            error = RuntimeError(f"the answer raised {str(raised.get('name'))[:100]}: {message}")
    trace = raised.get("trace")
    if isinstance(trace, str) and trace:
        error.add_note("In the answer's code:\n" + trace[-3000:])
    return error


# ---- running cells ------------------------------------------------------------------------------------

def free_names(source: str) -> set[str]:
    """The names a cell reads from the notebook: read at its top level, or as globals inside its functions, and
    bound nowhere at its top level (``symtable`` does Python's own scoping).  Only these are asked of the
    answer's process, so not even the names of the tests' own variables reach it."""
    try:
        top = symtable.symtable(source, "<tests cell>", "exec")
    except SyntaxError:
        return set()
    bound = {s.get_name() for s in top.get_symbols() if s.is_assigned() or s.is_imported() or s.is_namespace()}
    needed: set[str] = set()

    def walk(table) -> None:
        for symbol in table.get_symbols():
            if symbol.is_referenced() and (table is top or symbol.is_global()):
                needed.add(symbol.get_name())
        for child in table.get_children():
            walk(child)

    walk(top)
    return needed - bound


class TrustedTests:
    """One notebook's tests cells, run here against one run of the student's process."""

    def __init__(self, requests: int, replies: int, deadline):
        self.link = Link(requests, replies, deadline)
        self.namespace: dict = {"__name__": "__main__", "__builtins__": builtins}
        self.from_answers: dict[str, object] = {}   # names fetched from the student's process, and their values
        self.misconception = None                    # the last failed cell's known mistake (misconceptions)

    def define(self, source: str, index: int) -> None:
        """A course cell's definitions, run here (its other statements ran in the student's process)."""
        code = definitions_of(source)
        if not code:
            return
        try:
            exec(compile(code, f"<course cell {index}>", "exec"), self.namespace)
        except Exception:  # the cell fails in the student's process the same way, and says so there
            pass

    def _fetch(self, names: set[str]) -> None:
        for name in sorted(names):
            known = name in self.namespace
            if known and name not in self.from_answers:
                continue                                   # the course's, or the tests' own
            if not known and hasattr(builtins, name):
                continue                                   # a builtin the answers cannot replace for the tests
            value = self.link.lookup(name)
            if value is MISSING:
                if self.from_answers.pop(name, MISSING) is not MISSING:
                    del self.namespace[name]   # an answer deleted it since
                continue
            self.namespace[name] = self.from_answers[name] = value

    def run(self, source: str, index: int, known: dict | None = None) -> tuple[bool, str, list[dict], CellStopped | None]:
        """(passed, error, outputs, why it stopped) for one tests cell.

        ``known``: the exercise's known mistakes (``{"function", "definitions", "mistakes"}``, see
        ``course.grading.misconceptions``); when the cell fails, ``self.misconception`` is the one its answer
        behaves like, if any."""
        from course.sandbox.worker import _compiled, _describe, _error_output
        printed = io.StringIO()
        outputs: list[dict] = []
        ok, error, stopped, began = True, "", None, None
        self.misconception = None
        self.link.watched, self.link.calls = None, []
        own = SharedState.snapshot()  # this process grades others after this notebook: put back after the cell
        try:
            self.link.begin_cell()
            began = SharedState.snapshot()  # the answer's random state: a known mistake's rerun starts from it
            code, last = _compiled(source, f"<tests cell {index}>")
            self._fetch(free_names(source))
            function = self.from_answers.get(known["function"]) if known else None
            if function is not None and is_remote(function):
                self.link.watched = object.__getattribute__(function, "_id")
            with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed), _forwarding(self.link):
                exec(code, self.namespace)
                if last is not None:
                    value = eval(last, self.namespace)
                    if value is not None:
                        outputs.append({"output_type": "execute_result", "metadata": {}, "execution_count": None,
                                        "data": {"text/plain": repr(value)[:2000]}})
        except CellStopped as stop:
            ok, stopped = False, stop
        except BaseException as exc:  # noqa: BLE001 - a failed check, or the answer's error
            ok, error = False, _describe(exc)
            outputs.append(_error_output(exc))
        finally:
            self.link.end_cell()
            SharedState.restore(own)
            clear_stand_ins(self.link.stand_ins)
        for name, value in list(self.namespace.items()):  # what the cell bound is the tests' own from now on
            if name in self.from_answers and self.from_answers[name] is not value:
                del self.from_answers[name]
        text = printed.getvalue()
        if text:
            outputs.insert(0, {"output_type": "stream", "name": "stdout", "text": text[:100_000]})
        if not ok and stopped is None and known and began is not None:
            from course.grading.misconceptions import FailedCell, diagnose
            try:
                self.misconception = diagnose(self.link.calls, known["function"], self._names_for_replays(),
                                              known["definitions"], known["mistakes"], FailedCell(source, error, began))
            except BaseException:  # noqa: BLE001 - a misconception is a courtesy: it never costs a verdict
                self.misconception = None
        self.link.watched, self.link.calls = None, []
        return ok, error, outputs, stopped

    def _names_for_replays(self) -> dict:
        """The tests' own names, and copies of the plain data they took from the answer's process (the setup
        cells' arrays, `device`): what a known mistake's replay needs, without any of the answer's objects."""
        names = {k: v for k, v in self.namespace.items() if k not in self.from_answers and not is_remote(v)}
        for name, value in self.from_answers.items():
            try:
                names[name] = plain_copy(value)
            except NotPlain:
                pass  # the answer's own function, model or object: never handed to a replay
        return names


MISSING = object()


@contextlib.contextmanager
def _forwarding(link: Link):
    """While a tests cell runs: ``course.testing.forbidden()`` also refuses inside the answer's process, and
    ``course.testing.beside()`` calls into it."""
    from course import testing
    testing._REMOTE_REFUSALS.append(link.refusals)
    testing._BESIDE.append(link.call_beside)
    try:
        yield
    finally:
        testing._REMOTE_REFUSALS.remove(link.refusals)
        testing._BESIDE.remove(link.call_beside)
