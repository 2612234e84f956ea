"""Correct answers to notebook 46_gpu_compute written differently from the reference: each must earn full points."""

HONEST = {
    "count_macs": {
        "global_module_hook_and_formula_from_attributes": '''
import torch
import torch.nn as nn
from torch.nn.modules.module import register_module_forward_hook


def count_macs(model, input_shape):
    first = next(iter(model.parameters()))
    counted = []

    def hook(module, inputs, output):
        if isinstance(module, nn.Conv2d):
            kh, kw = module.kernel_size
            counted.append(output.numel() * (module.in_channels // module.groups) * kh * kw)
        elif isinstance(module, nn.Linear):
            counted.append(output.numel() * module.in_features)

    was_training = {name: m.training for name, m in model.named_modules(remove_duplicate=False)}
    handle = register_module_forward_hook(hook)          # one hook for every module, filtered inside
    try:
        model.train(False)
        with torch.no_grad():
            model(torch.zeros(*input_shape, dtype=first.dtype, device=first.device))
    finally:
        handle.remove()
        for name, m in model.named_modules(remove_duplicate=False):
            m.training = was_training[name]
    return int(sum(counted))
''',
        "deepcopy_on_the_meta_device_with_print": '''
import copy

import torch
import torch.nn as nn


def count_macs(model, input_shape):
    twin = copy.deepcopy(model).to("meta")               # shapes only: no arithmetic, the original untouched
    total = 0

    def add(module, inputs, output):
        nonlocal total
        fan_in = module.weight.shape[1] * module.weight.shape[2] * module.weight.shape[3] \\
            if isinstance(module, nn.Conv2d) else module.weight.shape[1]
        total += output.numel() * fan_in

    for m in twin.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            m.register_forward_hook(add)
    with torch.no_grad():
        twin(torch.zeros(input_shape, dtype=next(twin.parameters()).dtype, device="meta"))
    print("count_macs:", total, "MACs for input", tuple(input_shape))
    return total
''',
        "record_shapes_then_sum_with_inference_mode_and_warning": '''
import math
import warnings

import torch
import torch.nn as nn


def _macs_of(module, output_shape):
    outputs = math.prod(output_shape)
    if isinstance(module, nn.Conv2d):
        return outputs * math.prod(module.weight.shape[1:])
    return outputs * module.in_features


def count_macs(model, input_shape):
    warnings.warn("counting MACs with forward hooks")
    dtype, dev = next(model.parameters()).dtype, next(model.parameters()).device
    seen = []
    handles = []
    for m in model.modules():
        if isinstance(m, nn.Conv2d) or isinstance(m, nn.Linear):
            handles.append(m.register_forward_hook(lambda mod, inp, out: seen.append((mod, tuple(out.shape)))))
    modes = [m.training for m in model.modules()]
    try:
        for m in model.modules():
            m.training = False
        with torch.inference_mode():
            model(torch.zeros(input_shape, dtype=dtype, device=dev))
    finally:
        while handles:
            handles.pop().remove()
        for m, mode in zip(model.modules(), modes):
            m.training = mode
    return sum(_macs_of(mod, shape) for mod, shape in seen)
''',
    },
    "throughput": {
        "median_of_per_call_rates_inference_mode_and_print": '''
import statistics
import time

import torch


def throughput(model, batch_size):
    p = next(model.parameters())
    batch = torch.zeros((batch_size, 3, 32, 32), dtype=p.dtype, device=p.device)
    sync = torch.cuda.synchronize if p.is_cuda else (lambda: None)
    rates = []
    with torch.inference_mode():
        for _ in range(3):
            model(batch)
        for _ in range(5):
            sync()
            t0 = time.perf_counter_ns()
            model(batch)
            sync()
            rates.append(batch_size / ((time.perf_counter_ns() - t0) * 1e-9))
    rate = statistics.median(rates)          # an odd number of runs: the median of the rates is batch / median time
    print(f"{rate:.1f} images/s")
    return float(rate)
''',
        "sorted_middle_value_helper_and_warning": '''
import time
import warnings

import torch


def _one_call_seconds(model, x):
    if x.is_cuda:
        torch.cuda.synchronize(x.device)
    begin = time.perf_counter()
    model(x)
    if x.is_cuda:
        torch.cuda.synchronize(x.device)
    return time.perf_counter() - begin


def throughput(model, batch_size):
    warnings.warn("timing on a shared machine: take the number with a grain of salt")
    ref = list(model.parameters())[0]
    x = torch.randn(batch_size, 3, 32, 32, dtype=ref.dtype, device=ref.device)
    with torch.no_grad():
        for _ in range(3):
            model(x)
        times = sorted(_one_call_seconds(model, x) for _ in range(5))
    return batch_size / times[len(times) // 2]
''',
        "numpy_median_converted_to_float": '''
import time

import numpy as np
import torch


def throughput(model, batch_size):
    param = next(model.parameters())
    x = torch.rand(batch_size, 3, 32, 32, device=param.device).to(param.dtype)
    seconds = np.empty(5)
    with torch.no_grad():
        for i in range(-3, 5):
            if param.device.type == "cuda":
                torch.cuda.synchronize()
            t = time.perf_counter()
            model(x)
            if param.device.type == "cuda":
                torch.cuda.synchronize()
            if i >= 0:                                   # calls -3, -2, -1 are the warm-up
                seconds[i] = time.perf_counter() - t
    return float(batch_size / np.median(seconds))
''',
    },
}
