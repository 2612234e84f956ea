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

EXPLANATIONS = {
    "count_macs": {
        "groups_ignored": "Your answer multiplies by all C_in input channels, but with g groups each filter only sees C_in/g of them: a depthwise convolution costs K_h*K_w MACs per output value. Count the weights of one filter. Reread “2 · Counting the work: multiply–accumulates”.",
        "bias_counted_as_a_mac": "Your answer adds one MAC per output value for the bias. By the convention of the notebook and of PyTorch's counter, the bias is one addition, not a multiply-accumulate, and is not counted. Reread “2 · Counting the work: multiply–accumulates”.",
        "only_convolutions_counted": "Your answer leaves out the nn.Linear layers. Fully connected layers do few MACs compared with the convolutions, but they are matrix products too and each output value costs in_features MACs. Reread “2 · Counting the work: multiply–accumulates”.",
        "only_linear_layers_counted": "Your answer counts no convolutions, which do almost all the MACs of a CNN: each output value of an nn.Conv2d costs as many MACs as one filter has weights. Reread “3 · Convolutions do the work, fully connected layers hold the weights”.",
        "per_image_batch_forgotten": "Your answer counts the output values of the first image only. The function must return the MACs of the whole batch: every image's output values cost the same fan-in, so the batch size multiplies the total. Reread “Exercise 1 · `count_macs` (3 points)”.",
        "output_spatial_size_forgotten": "Your answer counts one output value per channel and image and forgets the H_o*W_o positions. A convolution applies each filter at every output position, which is where its MACs come from. Reread “2 · Counting the work: multiply–accumulates”.",
        "flops_not_macs": "Your answer counts FLOPs: it doubles every MAC by counting the multiplication and the addition separately. A MAC is one a <- a + w*x step, so MACs are half of PyTorch's FLOP count. Reread “2 · Counting the work: multiply–accumulates”.",
        "linear_as_batch_times_in_times_out_passes_visible_only": "Your answer takes batch * in * out for a Linear, which is only right for a 2-D input. On an input of shape (N, L, in) the layer has N*L*out output values, each costing in MACs: count the real output. Reread “Exercise 1 · `count_macs` (3 points)”.",
        "hooks_never_removed": "Your answer never removes its hooks, so the model keeps them: a second call counts twice as much, and every later forward pass still runs your hook. Keep the handles and remove them, in a finally block. Reread “2 · Counting the work: multiply–accumulates”.",
        "forward_in_train_mode_updates_batchnorm": "Your answer runs the forward pass in train mode, so batch norm updates its running statistics from the zero input and the model is changed by merely counting. Switch to eval mode and put the flags back. Reread “Exercise 1 · `count_macs` (3 points)”.",
        "eval_mode_not_restored": "Your answer calls model.eval() and never puts the .training flags back, so a model in training is left in eval mode (dropout off, batch norm frozen). A counting function must leave the model as it was. Reread “Exercise 1 · `count_macs` (3 points)”.",
        "top_level_children_only_passes_visible_only": "Your answer hooks model.children(), only the top-level layers, so layers inside nested containers (blocks, sub-Sequentials) are never counted. model.modules() walks every level. Reread “2 · Counting the work: multiply–accumulates”.",
        "each_module_counted_once_passes_visible_only": "Your answer stores one count per module, so a layer called twice in a forward pass is counted once. Every call does its own arithmetic: add to a running total at each call. Reread “Exercise 1 · `count_macs` (3 points)”.",
        "exact_types_only_no_subclasses_passes_visible_only": "Your answer tests the exact type, so subclasses of nn.Conv2d or nn.Linear are skipped although they do the same arithmetic. The exercise asks for isinstance, which includes subclasses. Reread “Exercise 1 · `count_macs` (3 points)”.",
        "flop_counter_halved_counts_functional_matmuls_passes_visible_only": "FlopCounterMode works below the modules, so it also counts matrix products written as functions inside a forward, which the exercise excludes. Count with hooks on the nn.Conv2d and nn.Linear modules. Reread “2 · Counting the work: multiply–accumulates”.",
        "float32_input_always_passes_visible_only": "Your answer always builds a float32 input, so a float64 model fails with a dtype mismatch. The input must take the dtype (and the device) of the model's parameters. Reread “Exercise 1 · `count_macs` (3 points)”.",
    },
    "throughput": {
        "no_warmup": "Your answer times the very first calls, which pay one-off costs (CUDA context, lazy kernel loading, allocator, algorithm search) that steady state does not. Run 3 untimed warm-up calls first. Reread “6 · Measuring throughput honestly”.",
        "one_warmup_call": "One warm-up call is not the procedure asked for: the exercise fixes 3 untimed calls, then 5 timed ones, 8 in all. With fewer, slow start-up calls end up among the timed ones. Reread “Exercise 2 · `throughput` (3 points)”.",
        "two_warmup_calls_caught_by_the_call_count": "Your answer makes only 2 warm-up calls, so the model runs 7 times instead of 8. The measurement protocol is fixed: 3 untimed calls, then 5 timed ones. Reread “Exercise 2 · `throughput` (3 points)”.",
        "mean_instead_of_median": "Your answer averages the durations. Timings have a long tail, and a single slow call drags the mean up; the median hardly moves, which is why the exercise asks for it. Reread “6 · Measuring throughput honestly”.",
        "minimum_instead_of_median": "Your answer keeps the fastest call. The minimum is as sensitive to one lucky outlier as the mean is to a slow one; the median of the timed calls is the robust statistic the exercise asks for. Reread “6 · Measuring throughput honestly”.",
        "per_batch_not_per_image": "Your answer returns batches per second. Throughput is images per second: the batch size divided by the seconds one batch takes. Reread “6 · Measuring throughput honestly”.",
        "seconds_per_image_not_images_per_second": "Your answer returns seconds per image, the inverse of what is asked. Throughput is a rate: images per second, so the batch size goes in the numerator. Reread “6 · Measuring throughput honestly”.",
        "cpu_time_not_wall_clock": "Your answer reads CPU time, which does not advance while the process waits (for the GPU, for I/O, in a sleep). Throughput is about elapsed time: use a wall clock such as time.perf_counter(). Reread “Exercise 2 · `throughput` (3 points)”.",
        "gradients_enabled": "Your answer runs the forward passes with gradients enabled, so autograd records a graph and holds extra memory. Inference is measured as a deployed model runs, under torch.no_grad(). Reread “6 · Measuring throughput honestly”.",
        "wrong_input_shape": "Your answer feeds a batch of a different shape. The exercise fixes (batch_size, 3, 32, 32): a throughput figure only means something for the input it was measured on. Reread “Exercise 2 · `throughput` (3 points)”.",
        "float32_input_always_passes_visible_only": "Your answer always makes a float32 input, so a float64 model fails or is measured on the wrong dtype. The batch must have the dtype and the device of the model's parameters. Reread “Exercise 2 · `throughput` (3 points)”.",
        "median_over_all_eight_calls": "Your answer times all 8 calls, warm-up included, and never synchronizes CUDA. The first 3 calls pay one-off costs and must stay untimed, and on a GPU the clock must wait for the queued work. Reread “6 · Measuring throughput honestly”.",
        "whole_loop_timed_including_warmup": "Your answer times the whole loop, warm-up included, and divides by 8: start-up costs and outliers all go into one mean. Time each of the 5 calls after warm-up on its own and take the median. Reread “6 · Measuring throughput honestly”.",
        "extra_forward_to_check_the_output_caught_by_the_call_count": "Your extra forward pass to check that the model runs makes 9 calls instead of 8. The protocol is exact: 3 untimed warm-up calls, then 5 timed ones, and no other forward pass. Reread “Exercise 2 · `throughput` (3 points)”.",
    },
}

# throughput's results are timings: two runs of one answer differ by a few per cent, its mistakes by far more
# (the scripted model's outlier and warm-up calls are tens of per cent apart), so their outcomes are compared
# within 10 % when the grader names a misconception (course.authoring.course_dir.known_mistakes). The CPU time of
# a call that sleeps is microseconds of noise, more in the sandbox (whose guard costs CPU in every call) than in the
# grader's replay: 16,000 images per second in the answer's run, 280,000 to 850,000 in replays (19:15), where any
# wall-clock answer gives hundreds or a few thousand. That mistake is compared within a factor of a hundred
MEASURED = {"throughput": 0.10, "throughput/cpu_time_not_wall_clock": 0.99}
