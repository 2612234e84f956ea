"""Correct answers for 04_parameter_count written differently from the reference: each must pass its tests."""

HONEST = {
    "conv2d_param_count": {
        # PyTorch's own int-or-pair normaliser, then math.prod
        "pair_and_prod": '''
import math
from torch.nn.modules.utils import _pair

def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    weights = out_channels * (in_channels // groups) * math.prod(_pair(kernel_size))
    return weights + out_channels * bool(bias)
''',
        # per-filter count with a helper, (weights per filter + 1) * filters, and a print
        "per_filter_helper": '''
def _kernel_area(kernel_size):
    if isinstance(kernel_size, (tuple, list)):
        kh, kw = kernel_size
        return kh * kw
    return kernel_size * kernel_size

def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    per_filter = in_channels // groups * _kernel_area(kernel_size) + (1 if bias else 0)
    print("parameters per filter:", per_filter)
    return out_channels * per_filter
''',
        # numpy for the product, converted back to a Python int
        "numpy_prod_int": '''
import numpy as np

def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    shape = (out_channels, in_channels // groups) + tuple(np.broadcast_to(kernel_size, (2,)).tolist())
    return int(np.prod(shape, dtype=np.int64)) + (out_channels if bias else 0)
''',
    },
    "linear_param_count": {
        "weights_plus_bias_vars": '''
def linear_param_count(in_features, out_features, bias=True) -> int:
    weights = out_features * in_features
    biases = out_features if bias else 0
    return weights + biases
''',
        # (in + 1) * out when there is a bias: one extra input that is always 1
        "augmented_input": '''
def linear_param_count(in_features, out_features, bias=True) -> int:
    return (in_features + int(bool(bias))) * out_features
''',
    },
    "count_parameters": {
        "explicit_loop_with_print": '''
def count_parameters(model, trainable_only=True) -> int:
    total = 0
    for p in model.parameters():
        if trainable_only and not p.requires_grad:
            continue
        total += p.numel()
    print("counted", total, "parameters")
    return total
''',
        # named_parameters (which also removes duplicates) and a set of ids for good measure
        "named_parameters_dedup": '''
def count_parameters(model, trainable_only=True) -> int:
    seen, total = set(), 0
    for _, p in model.named_parameters():
        if id(p) in seen or (trainable_only and not p.requires_grad):
            continue
        seen.add(id(p))
        total += int(p.numel())
    return total
''',
        # the course's own counter
        "course_summary_n_params": '''
from course.summary import n_params

def count_parameters(model, trainable_only=True) -> int:
    return n_params(model, trainable_only=trainable_only)
''',
    },
}
