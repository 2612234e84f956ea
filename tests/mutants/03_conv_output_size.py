"""Known-wrong answers for 03_conv_output_size: each must fail its exercise's tests."""

MUTANTS = {
    "conv_output_size": {
        "true_division": '''
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return (size + 2 * padding - dilation * (kernel_size - 1) - 1) / stride + 1
''',
        "ceil_division": '''
import math
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return math.ceil((size + 2 * padding - dilation * (kernel_size - 1) - 1) / stride) + 1
''',
        "round_division": '''
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return round((size + 2 * padding - dilation * (kernel_size - 1) - 1) / stride) + 1
''',
        "seed_formula_rounded": '''
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return int(round((size - kernel_size + 2 * padding) / stride + 1))
''',
        "dilation_ignored": '''
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return (size + 2 * padding - kernel_size) // stride + 1
''',
        "padding_once": '''
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return (size + padding - dilation * (kernel_size - 1) - 1) // stride + 1
''',
        "dilation_times_kernel": '''
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return (size + 2 * padding - dilation * kernel_size) // stride + 1
''',
        "no_count_of_first_window": '''
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return (size + 2 * padding - dilation * (kernel_size - 1)) // stride
''',
        "float_result": '''
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return float((size + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1)
''',
        "tensor_result": '''
import torch
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return torch.tensor((size + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1)
''',
        "visible_examples_only": '''
def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    known = {(28, 3, 1, 0, 1): 26, (32, 3, 1, 1, 1): 32, (224, 3, 2, 0, 1): 111, (10, 3, 1, 0, 2): 6}
    key = (size, kernel_size, stride, padding, dilation)
    if key in known:
        return known[key]
    return int((size - kernel_size + 2 * padding) / stride + 1)
''',
    },
    "pool_output_size": {
        "always_floor": '''
def pool_output_size(size, kernel_size, stride, ceil_mode=False):
    return (size - kernel_size) // stride + 1
''',
        "plain_ceil_no_rule": '''
def pool_output_size(size, kernel_size, stride, ceil_mode=False):
    span = size - kernel_size
    return (-(-span // stride) if ceil_mode else span // stride) + 1
''',
        "ceil_adds_one": '''
def pool_output_size(size, kernel_size, stride, ceil_mode=False):
    return (size - kernel_size) // stride + 1 + (1 if ceil_mode else 0)
''',
        "rule_strict_inequality": '''
def pool_output_size(size, kernel_size, stride, ceil_mode=False):
    span = size - kernel_size
    if not ceil_mode:
        return span // stride + 1
    out = -(-span // stride) + 1
    if (out - 1) * stride > size:
        out -= 1
    return out
''',
        "float_result": '''
import math
def pool_output_size(size, kernel_size, stride, ceil_mode=False):
    rounding = math.ceil if ceil_mode else math.floor
    out = rounding((size - kernel_size) / stride) + 1
    if ceil_mode and (out - 1) * stride >= size:
        out -= 1
    return out / 1
''',
        "size_over_stride": '''
def pool_output_size(size, kernel_size, stride, ceil_mode=False):
    span = size - kernel_size
    if ceil_mode:
        return -(-span // stride) + 1 if span % stride else span // stride + 1
    return size // stride
''',
    },
    "same_padding": {
        "kernel_half_ignores_dilation": '''
def same_padding(kernel_size, dilation=1):
    return kernel_size // 2
''',
        "float_result": '''
def same_padding(kernel_size, dilation=1):
    return dilation * (kernel_size - 1) / 2
''',
        "dilation_times_kernel_half": '''
def same_padding(kernel_size, dilation=1):
    return dilation * kernel_size // 2
''',
        "visible_examples_only": '''
def same_padding(kernel_size, dilation=1):
    return (kernel_size - 1) // 2 + (dilation - 1)
''',
        "padding_counted_once": '''
def same_padding(kernel_size, dilation=1):
    return dilation * (kernel_size - 1)
''',
    },
}
