"""Known-wrong answers to notebook 46_gpu_compute: each must be rejected by a failed check of the tests (tests/mutation.py)."""

_COUNT_MACS = '''
import torch
import torch.nn as nn


def count_macs(model, input_shape):
    param = next(model.parameters())
    total = 0

    def hook(module, inputs, output):
        nonlocal total
        if isinstance(module, nn.Conv2d):
            total += CONV
        elif isinstance(module, nn.Linear):
            total += LINEAR

    flags = [(m, m.training) for m in model.modules()]
    handles = [m.register_forward_hook(hook) for m in model.modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    try:
        model.eval()
        with torch.no_grad():
            model(torch.zeros(input_shape, dtype=param.dtype, device=param.device))
    finally:
        for h in handles:
            h.remove()
        for m, flag in flags:
            m.training = flag
    return total
'''

_CONV = "output.numel() * module.weight[0].numel()"
_LINEAR = "output.numel() * module.in_features"


def _count_macs(conv=_CONV, linear=_LINEAR):
    return _COUNT_MACS.replace("CONV", conv).replace("LINEAR", linear)


_THROUGHPUT = '''
import statistics
import time

import torch


def throughput(model, batch_size):
    param = next(model.parameters())
    x = torch.rand(SHAPE, dtype=DTYPE, device=param.device)
    durations = []
    with GRAD:
        for _ in range(WARMUP):
            model(x)
        for _ in range(5):
            if param.device.type == "cuda":
                torch.cuda.synchronize()
            start = CLOCK()
            model(x)
            if param.device.type == "cuda":
                torch.cuda.synchronize()
            durations.append(CLOCK() - start)
    return RESULT
'''


def _throughput(shape="batch_size, 3, 32, 32", dtype="param.dtype", grad="torch.no_grad()", warmup="3",
                clock="time.perf_counter", result="batch_size / statistics.median(durations)"):
    return (_THROUGHPUT.replace("SHAPE", shape).replace("DTYPE", dtype).replace("GRAD", grad)
            .replace("WARMUP", warmup).replace("CLOCK", clock).replace("RESULT", result))


MUTANTS = {
    "count_macs": {
        "groups_ignored": _count_macs(
            conv="output.numel() * module.in_channels * module.kernel_size[0] * module.kernel_size[1]"),
        "bias_counted_as_a_mac": _count_macs(
            conv="output.numel() * (module.weight[0].numel() + (module.bias is not None))",
            linear="output.numel() * (module.in_features + (module.bias is not None))"),
        "only_convolutions_counted": _count_macs(linear="0"),
        "only_linear_layers_counted": _count_macs(conv="0"),
        "per_image_batch_forgotten": _count_macs(conv="output[0].numel() * module.weight[0].numel()",
                                                 linear="output[0].numel() * module.in_features"),
        "output_spatial_size_forgotten": _count_macs(
            conv="output.shape[0] * module.out_channels * module.weight[0].numel()"),
        "flops_not_macs": _count_macs(conv="2 * output.numel() * module.weight[0].numel()",
                                      linear="2 * output.numel() * module.in_features"),
        "linear_as_batch_times_in_times_out_passes_visible_only": _count_macs(
            linear="output.shape[0] * module.in_features * module.out_features"),
        "hooks_never_removed": '''
import torch
import torch.nn as nn


def count_macs(model, input_shape):
    param = next(model.parameters())
    total = [0]

    def hook(module, inputs, output):
        total[0] += output.numel() * (module.weight[0].numel() if isinstance(module, nn.Conv2d) else module.in_features)

    flags = [(m, m.training) for m in model.modules()]
    for m in model.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            m.register_forward_hook(hook)
    model.eval()
    with torch.no_grad():
        model(torch.zeros(input_shape, dtype=param.dtype, device=param.device))
    for m, flag in flags:
        m.training = flag
    return total[0]
''',
        "forward_in_train_mode_updates_batchnorm": '''
import torch
import torch.nn as nn


def count_macs(model, input_shape):
    param = next(model.parameters())
    total = 0

    def hook(module, inputs, output):
        nonlocal total
        total += output.numel() * (module.weight[0].numel() if isinstance(module, nn.Conv2d) else module.in_features)

    handles = [m.register_forward_hook(hook) for m in model.modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    with torch.no_grad():
        model(torch.zeros(input_shape, dtype=param.dtype, device=param.device))
    for h in handles:
        h.remove()
    return total
''',
        "eval_mode_not_restored": '''
import torch
import torch.nn as nn


def count_macs(model, input_shape):
    param = next(model.parameters())
    total = 0

    def hook(module, inputs, output):
        nonlocal total
        total += output.numel() * (module.weight[0].numel() if isinstance(module, nn.Conv2d) else module.in_features)

    handles = [m.register_forward_hook(hook) for m in model.modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    model.eval()
    with torch.no_grad():
        model(torch.zeros(input_shape, dtype=param.dtype, device=param.device))
    for h in handles:
        h.remove()
    return total
''',
        "top_level_children_only_passes_visible_only": '''
import torch
import torch.nn as nn


def count_macs(model, input_shape):
    param = next(model.parameters())
    total = 0

    def hook(module, inputs, output):
        nonlocal total
        total += output.numel() * (module.weight[0].numel() if isinstance(module, nn.Conv2d) else module.in_features)

    flags = [(m, m.training) for m in model.modules()]
    handles = [m.register_forward_hook(hook) for m in model.children() if isinstance(m, (nn.Conv2d, nn.Linear))]
    try:
        model.eval()
        with torch.no_grad():
            model(torch.zeros(input_shape, dtype=param.dtype, device=param.device))
    finally:
        for h in handles:
            h.remove()
        for m, flag in flags:
            m.training = flag
    return total
''',
        "each_module_counted_once_passes_visible_only": '''
import torch
import torch.nn as nn


def count_macs(model, input_shape):
    param = next(model.parameters())
    per_module = {}

    def hook(module, inputs, output):
        per_module[module] = output.numel() * (module.weight[0].numel() if isinstance(module, nn.Conv2d)
                                               else module.in_features)

    flags = [(m, m.training) for m in model.modules()]
    handles = [m.register_forward_hook(hook) for m in model.modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    try:
        model.eval()
        with torch.no_grad():
            model(torch.zeros(input_shape, dtype=param.dtype, device=param.device))
    finally:
        for h in handles:
            h.remove()
        for m, flag in flags:
            m.training = flag
    return sum(per_module.values())
''',
        "exact_types_only_no_subclasses_passes_visible_only": '''
import torch
import torch.nn as nn


def count_macs(model, input_shape):
    param = next(model.parameters())
    total = 0

    def hook(module, inputs, output):
        nonlocal total
        total += output.numel() * (module.weight[0].numel() if type(module) is nn.Conv2d else module.in_features)

    flags = [(m, m.training) for m in model.modules()]
    handles = [m.register_forward_hook(hook) for m in model.modules() if type(m) in (nn.Conv2d, nn.Linear)]
    try:
        model.eval()
        with torch.no_grad():
            model(torch.zeros(input_shape, dtype=param.dtype, device=param.device))
    finally:
        for h in handles:
            h.remove()
        for m, flag in flags:
            m.training = flag
    return total
''',
        "flop_counter_halved_counts_functional_matmuls_passes_visible_only": '''
import copy

import torch
from torch.utils.flop_counter import FlopCounterMode


def count_macs(model, input_shape):
    param = next(model.parameters())
    twin = copy.deepcopy(model).eval()
    with FlopCounterMode(display=False) as counter, torch.no_grad():
        twin(torch.zeros(input_shape, dtype=param.dtype, device=param.device))
    return int(counter.get_total_flops()) // 2
''',
        "float32_input_always_passes_visible_only": '''
import torch
import torch.nn as nn


def count_macs(model, input_shape):
    param = next(model.parameters())
    total = 0

    def hook(module, inputs, output):
        nonlocal total
        total += output.numel() * (module.weight[0].numel() if isinstance(module, nn.Conv2d) else module.in_features)

    flags = [(m, m.training) for m in model.modules()]
    handles = [m.register_forward_hook(hook) for m in model.modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    try:
        model.eval()
        with torch.no_grad():
            model(torch.zeros(input_shape, device=param.device))
    finally:
        for h in handles:
            h.remove()
        for m, flag in flags:
            m.training = flag
    return total
''',
    },
    "throughput": {
        "no_warmup": _throughput(warmup="0"),
        "one_warmup_call": _throughput(warmup="1"),
        "two_warmup_calls_caught_by_the_call_count": _throughput(warmup="2"),
        "mean_instead_of_median": _throughput(result="batch_size / statistics.mean(durations)"),
        "minimum_instead_of_median": _throughput(result="batch_size / min(durations)"),
        "per_batch_not_per_image": _throughput(result="1 / statistics.median(durations)"),
        "seconds_per_image_not_images_per_second": _throughput(result="statistics.median(durations) / batch_size"),
        "cpu_time_not_wall_clock": _throughput(clock="time.process_time",
                                               result="batch_size / max(statistics.median(durations), 1e-9)"),
        "gradients_enabled": _throughput(grad="torch.enable_grad()"),
        "wrong_input_shape": _throughput(shape="batch_size, 1, 28, 28"),
        "float32_input_always_passes_visible_only": _throughput(dtype="torch.float32"),
        "median_over_all_eight_calls": '''
import statistics
import time

import torch


def throughput(model, batch_size):
    param = next(model.parameters())
    x = torch.rand(batch_size, 3, 32, 32, dtype=param.dtype, device=param.device)
    durations = []
    with torch.no_grad():
        for _ in range(8):
            start = time.perf_counter()
            model(x)
            durations.append(time.perf_counter() - start)
    return batch_size / statistics.median(durations)
''',
        "whole_loop_timed_including_warmup": '''
import time

import torch


def throughput(model, batch_size):
    param = next(model.parameters())
    x = torch.rand(batch_size, 3, 32, 32, dtype=param.dtype, device=param.device)
    with torch.no_grad():
        start = time.perf_counter()
        for _ in range(8):
            model(x)
        elapsed = time.perf_counter() - start
    return batch_size / (elapsed / 8)
''',
        "extra_forward_to_check_the_output_caught_by_the_call_count": '''
import statistics
import time

import torch


def throughput(model, batch_size):
    param = next(model.parameters())
    x = torch.rand(batch_size, 3, 32, 32, dtype=param.dtype, device=param.device)
    durations = []
    with torch.no_grad():
        model(x)                                         # "just to check that it runs"
        for _ in range(3):
            model(x)
        for _ in range(5):
            start = time.perf_counter()
            model(x)
            durations.append(time.perf_counter() - start)
    return batch_size / statistics.median(durations)
''',
    },
}
