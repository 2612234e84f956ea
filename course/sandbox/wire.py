"""Plain data between the trusted grader and the student's process: a format that runs no code when read.

``encode(value, keep)`` turns numbers, strings, lists, tuples, dicts, sets, tensors, arrays (raw bytes),
dtypes, devices and slices into JSON; anything else becomes a *handle* (``keep(value)`` stores it and
describes it), so the object itself never leaves the process that made it.  ``decode(data, handle)``
rebuilds the value; ``handle(data)`` says what a handle becomes on the reading side (the trusted
side makes a ``Remote`` proxy; the student's side looks the object up again).

Exact types only: a subclass of ``int``, ``list`` or ``torch.Tensor`` is the answer's own class and
travels as a handle, never as the value it imitates.  Frames are length-prefixed JSON, at most
``MAX_FRAME`` bytes, read with a deadline.
"""

from __future__ import annotations

import base64
import json
import math
import os
import select
import struct
import time

import numpy as np
import torch

MAX_FRAME = 256 * 2**20          # one message; a larger one is refused, not read
_HEADER = struct.Struct(">Q")


class WireError(Exception):
    """The other side sent something that is not a well-formed message (or nothing, in time)."""


class PeerGone(WireError):
    """The other side closed its end: the student's process died."""


class OutOfTime(WireError):
    """No answer before the deadline."""


_TORCH_DTYPES = {str(d).removeprefix("torch."): d for d in (
    torch.float16, torch.bfloat16, torch.float32, torch.float64, torch.complex64, torch.complex128,
    torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.bool)}
_RAW = {torch.bfloat16: torch.int16}  # NumPy has no bfloat16: its bits travel as int16


def _tensor(value: torch.Tensor) -> dict:
    name = str(value.dtype).removeprefix("torch.")
    if name not in _TORCH_DTYPES or value.layout is not torch.strided or value.is_quantized:
        raise TypeError(f"a {value.dtype} {value.layout} tensor")
    if value.device.type == "meta":  # a shape and a dtype, no values
        return {"t": "tensor", "dtype": name, "shape": list(value.shape), "meta": True}
    data = value.detach().to("cpu").resolve_conj().resolve_neg().contiguous()
    raw = data.view(_RAW[value.dtype]) if value.dtype in _RAW else data
    data = {"t": "tensor", "dtype": name, "shape": list(value.shape), "device": value.device.type,
            "grad": bool(value.requires_grad), "param": type(value) is torch.nn.Parameter,
            "data": base64.b64encode(raw.numpy().tobytes()).decode()}
    stored = value.grad if value.is_leaf and value.requires_grad else None
    if type(stored) is torch.Tensor and stored.shape == value.shape:  # a gradient kept in a leaf travels with it
        data["stored_grad"] = _tensor(stored)
    return data


def _from_tensor(data: dict) -> torch.Tensor:
    dtype = _TORCH_DTYPES[data["dtype"]]
    if data.get("meta") is True:
        return torch.empty([int(n) for n in data["shape"]], dtype=dtype, device="meta")
    raw_dtype = _RAW.get(dtype, dtype)
    shape = [int(n) for n in data["shape"]]
    numpy_dtype = torch.empty(0, dtype=raw_dtype).numpy().dtype
    raw = base64.b64decode(data["data"])
    if len(raw) != math.prod(shape) * numpy_dtype.itemsize:
        raise WireError("a tensor whose data does not match its shape")
    value = torch.from_numpy(np.frombuffer(raw, dtype=numpy_dtype).copy().reshape(shape))
    if raw_dtype is not dtype:
        value = value.view(dtype)
    if data.get("device") == "cuda" and torch.cuda.is_available():
        value = value.to("cuda")
    return value


def _no_handles(value):
    raise TypeError(f"{type(value).__name__} is not plain data")


def plain(value):
    """``value`` encoded when it is plain data through and through (TypeError otherwise)."""
    return encode(value, _no_handles)


def tensors_in(value, depth: int = 0):
    """The tensors in ``value`` and in the lists, tuples, sets and dicts inside it, in encoding order."""
    if depth > 50:
        return
    if type(value) in (torch.Tensor, torch.nn.Parameter):
        yield value
    elif type(value) in (list, tuple, set, frozenset):
        for item in value:
            yield from tensors_in(item, depth + 1)
    elif type(value) is dict:
        for key, item in value.items():
            yield from tensors_in(key, depth + 1)
            yield from tensors_in(item, depth + 1)


def tensor_data(value: torch.Tensor) -> dict:
    """A tensor as data (raises TypeError for one that cannot travel: sparse, quantized, an unknown dtype)."""
    return _tensor(value)


def encode(value, keep, tensor=None, depth: int = 0, container=None) -> object:
    """``value`` as JSON-ready data.  Objects that are not plain data become handles: ``keep(value)`` returns a
    dict with the handle's ``id`` (or another ``t``) and whatever else the reader needs to know of it.
    ``tensor(value)``, when given, may encode a tensor itself (a dict) or return None for the usual copy;
    ``container(value)``, for each list and dict, may return fields to add (a ``token``) or a dict to send
    instead (a reference)."""
    if depth > 100:
        raise TypeError("nested too deeply")
    kind = type(value)
    if value is None or kind in (bool, str):
        return value
    if kind is int:
        return {"t": "int", "v": str(value)} if abs(value) > 2**53 else value
    if kind is float:
        return value if math.isfinite(value) else {"t": "float", "v": repr(value)}
    if kind is complex:
        return {"t": "complex", "re": encode(value.real, keep), "im": encode(value.imag, keep)}
    if kind in (list, dict) and container is not None:
        extra = container(value)
        if extra is not None and "t" in extra:
            return extra
    else:
        extra = None
    if kind in (list, tuple, set, frozenset):
        return {"t": kind.__name__, "v": [encode(item, keep, tensor, depth + 1, container) for item in value],
                **(extra or {})}
    if kind is dict:
        return {"t": "dict", "v": [[encode(k, keep, tensor, depth + 1, container),
                                    encode(v, keep, tensor, depth + 1, container)] for k, v in value.items()],
                **(extra or {})}
    if kind in (torch.Tensor, torch.nn.Parameter):
        special = tensor(value) if tensor is not None else None
        if special is not None:
            return special
        try:
            return _tensor(value)
        except TypeError:
            pass
    if kind is np.ndarray and value.dtype.kind in "biufc":
        return {"t": "array", "dtype": value.dtype.str, "shape": list(value.shape),
                "data": base64.b64encode(np.ascontiguousarray(value).tobytes()).decode()}
    if isinstance(value, np.generic) and kind.__module__ == "numpy" and value.dtype.kind in "biufc":
        return {"t": "scalar", "dtype": value.dtype.str, "data": base64.b64encode(value.tobytes()).decode()}
    if kind is torch.dtype:
        return {"t": "dtype", "v": str(value).removeprefix("torch.")}
    if kind is torch.device:
        return {"t": "device", "v": str(value)}
    if kind is torch.Size:
        return {"t": "size", "v": [int(n) for n in value]}
    if kind is slice:
        return {"t": "slice", "v": [encode(value.start, keep), encode(value.stop, keep), encode(value.step, keep)]}
    if value is Ellipsis:
        return {"t": "ellipsis"}
    return {"t": "handle", **keep(value)}


def decode(data, handle, tensor=None, depth: int = 0, container=None):
    """The value ``data`` describes.  ``handle(data)`` for what is not plain data (a handle, a reference, a
    module); ``tensor(value, data)``, when given, for each tensor after the usual decoding (what it returns
    takes the tensor's place); ``container(value, data)`` for each list and dict."""
    if depth > 100:
        raise WireError("nested too deeply")
    if data is None or type(data) in (bool, str, int, float):
        return data
    if type(data) is list:
        raise WireError("a bare list")
    if type(data) is not dict:
        raise WireError(f"unexpected {type(data).__name__}")
    kind = data.get("t")
    value = data.get("v")
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "complex":
        return complex(decode(data["re"], handle), decode(data["im"], handle))
    if kind in ("list", "tuple", "set", "frozenset"):
        items = [decode(item, handle, tensor, depth + 1, container) for item in value]
        result = {"list": list, "tuple": tuple, "set": set, "frozenset": frozenset}[kind](items)
        return container(result, data) if container is not None and kind == "list" else result
    if kind == "dict":
        result = {decode(k, handle, tensor, depth + 1, container): decode(v, handle, tensor, depth + 1, container)
                  for k, v in value}
        return container(result, data) if container is not None else result
    if kind == "tensor":
        result = _from_tensor(data)
        if data.get("param") is True:
            result = torch.nn.Parameter(result, requires_grad=data.get("grad") is True)
        elif data.get("grad") is True and result.is_floating_point():
            result.requires_grad_(True)   # a leaf that needs a gradient, as it was where it was made
        stored = data.get("stored_grad")
        if type(stored) is dict and result.requires_grad and result.is_leaf:
            grad = _from_tensor(stored)
            if grad.shape == result.shape:
                result.grad = grad.to(result.dtype)
        return tensor(result, data) if tensor is not None else result
    if kind == "array":
        dtype = np.dtype(data["dtype"])
        if dtype.kind not in "biufc":
            raise WireError("an array of objects")
        shape = [int(n) for n in data["shape"]]
        raw = base64.b64decode(data["data"])
        if len(raw) != math.prod(shape) * dtype.itemsize:
            raise WireError("an array whose data does not match its shape")
        return np.frombuffer(raw, dtype=dtype).copy().reshape(shape)
    if kind == "scalar":
        dtype = np.dtype(data["dtype"])
        if dtype.kind not in "biufc":
            raise WireError("a scalar of objects")
        return np.frombuffer(base64.b64decode(data["data"]), dtype=dtype)[0]
    if kind == "dtype":
        if value not in _TORCH_DTYPES:
            raise WireError(f"unknown dtype {value!r}")
        return _TORCH_DTYPES[value]
    if kind == "device":
        return torch.device(str(value))
    if kind == "size":
        return torch.Size(int(n) for n in value)
    if kind == "slice":
        return slice(*(decode(item, handle, tensor, depth + 1) for item in value))
    if kind == "ellipsis":
        return Ellipsis
    if kind == "iterator" and type(value) is list:
        return iter([decode(item, handle, tensor, depth + 1, container) for item in value])
    if kind in ("handle", "ref", "sent", "sent-grad", "module", "optimizer", "callback", "generator") and \
            handle is not None:
        return handle(data)
    raise WireError(f"unknown kind {kind!r}")


def send(fd: int, message: dict) -> None:
    body = json.dumps(message, separators=(",", ":"), allow_nan=False).encode()
    if len(body) > MAX_FRAME:
        raise WireError(f"a message of {len(body) // 2**20} MB (the limit is {MAX_FRAME // 2**20} MB)")
    payload = _HEADER.pack(len(body)) + body
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view):]


def _read_exactly(fd: int, size: int, deadline: float | None) -> bytes:
    chunks, left = [], size
    while left:
        if deadline is not None:
            wait = deadline - time.monotonic()
            if wait <= 0 or not select.select([fd], [], [], wait)[0]:
                raise OutOfTime("no answer in time")
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise PeerGone("the other side closed the channel")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def drain(fd: int) -> None:
    """Throw away whatever is waiting on ``fd`` now."""
    while select.select([fd], [], [], 0)[0]:
        if not os.read(fd, 1 << 16):
            raise PeerGone("the other side closed the channel")


def receive(fd: int, deadline: float | None = None) -> dict:
    """The next message on ``fd``; ``deadline`` on time.monotonic()'s clock (None: wait as long as it takes)."""
    (size,) = _HEADER.unpack(_read_exactly(fd, _HEADER.size, deadline))
    if size > MAX_FRAME:
        raise WireError(f"a message of {size // 2**20} MB (the limit is {MAX_FRAME // 2**20} MB)")
    try:
        message = json.loads(_read_exactly(fd, size, deadline))
    except (ValueError, RecursionError) as error:
        raise WireError(f"a message that is not JSON: {type(error).__name__}") from None
    if type(message) is not dict:
        raise WireError("a message that is not an object")
    return message
