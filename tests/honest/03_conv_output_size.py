"""Correct answers for 03_conv_output_size written differently from the reference: each must pass its tests."""

HONEST = {
    "conv_output_size": {
        # count the window starts literally
        "count_window_starts": '''
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1) -> int:
    span = dilation * (kernel_size - 1) + 1
    return len(range(0, size + 2 * padding - span + 1, stride))
''',
        # math.floor of a true division (exact for these sizes), with a print
        "math_floor": '''
import math

def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1) -> int:
    effective = dilation * (kernel_size - 1) + 1
    out = math.floor((size + 2 * padding - effective) / stride) + 1
    print("output size", out)
    return out
''',
        # measured with PyTorch, as the notebook says practitioners do
        "measured_with_conv1d": '''
import torch
import torch.nn.functional as F

def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1) -> int:
    y = F.conv1d(torch.zeros(1, 1, size), torch.zeros(1, 1, kernel_size),
                 stride=stride, padding=padding, dilation=dilation)
    return int(y.shape[-1])
''',
    },
    "pool_output_size": {
        # walk the window starts, keeping the ones PyTorch keeps
        "simulate_windows": '''
def pool_output_size(size, kernel_size, stride, ceil_mode=False) -> int:
    count, start = 0, 0
    while start + kernel_size <= size:          # every window that fits
        count += 1
        start += stride
    last_end = start - stride + kernel_size     # where the last full window stops
    if ceil_mode and last_end < size and start < size:
        count += 1                              # a partial window that starts inside the input
    return count
''',
        # math.ceil / math.floor with a helper inside the cell
        "math_ceil_helper": '''
import math

def _last_window_starts_inside(out, stride, size):
    return (out - 1) * stride < size

def pool_output_size(size, kernel_size, stride, ceil_mode=False) -> int:
    rounding = math.ceil if ceil_mode else math.floor
    out = rounding((size - kernel_size) / stride) + 1
    if not _last_window_starts_inside(out, stride, size):
        out -= 1
    return out
''',
    },
    "same_padding": {
        "half_the_span_minus_one": '''
def same_padding(kernel_size, dilation=1) -> int:
    span = dilation * (kernel_size - 1) + 1
    return (span - 1) // 2
''',
        "int_of_true_division": '''
def same_padding(kernel_size, dilation=1) -> int:
    return int(dilation * (kernel_size - 1) / 2)
''',
        "divmod_with_check": '''
def same_padding(kernel_size, dilation=1) -> int:
    padding, rest = divmod(dilation * (kernel_size - 1), 2)
    assert rest == 0, "an odd kernel_size was promised"
    return padding
''',
    },
}
