"""Known-wrong answers for 04_parameter_count: each must fail its exercise's tests."""

MUTANTS = {
    "conv2d_param_count": {
        "bias_forgotten": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return out_channels * (in_channels // groups) * kh * kw
''',
        "bias_times_in_channels": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return out_channels * (in_channels // groups) * kh * kw + (out_channels * in_channels if bias else 0)
''',
        "groups_ignored": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return out_channels * in_channels * kh * kw + (out_channels if bias else 0)
''',
        "out_channels_divided_by_groups_too": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return (out_channels // groups) * (in_channels // groups) * kh * kw + (out_channels if bias else 0)
''',
        "bias_divided_by_groups": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return out_channels * (in_channels // groups) * kh * kw + (out_channels // groups if bias else 0)
''',
        "bias_flag_ignored": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return out_channels * (in_channels // groups) * kh * kw + out_channels
''',
        "tuple_kernel_as_kh_squared": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    k = kernel_size if isinstance(kernel_size, int) else kernel_size[0]
    return out_channels * (in_channels // groups) * k * k + (out_channels if bias else 0)
''',
        "tuple_kernel_as_kw_squared": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    k = kernel_size if isinstance(kernel_size, int) else kernel_size[-1]
    return out_channels * (in_channels // groups) * k * k + (out_channels if bias else 0)
''',
        "int_kernel_only": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    return out_channels * (in_channels // groups) * kernel_size * kernel_size + (out_channels if bias else 0)
''',
        # math.prod handles the tuple, but an int kernel is then counted as one side only
        "int_kernel_not_squared": '''
import math

def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    taps = math.prod(kernel_size) if isinstance(kernel_size, tuple) else kernel_size
    return out_channels * (in_channels // groups) * taps + (out_channels if bias else 0)
''',
        # right values, but builds the layer the statement says not to build
        "builds_the_layer": '''
import torch.nn as nn

def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    layer = nn.Conv2d(in_channels, out_channels, kernel_size, bias=bias, groups=groups)
    return sum(p.numel() for p in layer.parameters())
''',
        "builds_the_layer_on_meta": '''
import torch.nn as nn

def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    layer = nn.Conv2d(in_channels, out_channels, kernel_size, bias=bias, groups=groups, device="meta")
    return sum(p.numel() for p in layer.parameters())
''',
        "kernel_sides_added": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return out_channels * (in_channels // groups) * (kh + kw) + (out_channels if bias else 0)
''',
        "true_division_float": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return out_channels * (in_channels / groups) * kh * kw + (out_channels if bias else 0)
''',
        "returns_tensor": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    import torch
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return torch.tensor(out_channels * (in_channels // groups) * kh * kw + (out_channels if bias else 0))
''',
        "returns_numpy_int": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    import numpy as np
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return np.int64(out_channels * (in_channels // groups) * kh * kw + (out_channels if bias else 0))
''',
        "visible_examples_only": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    known = {(1, 8, 5, True, 1): 208, (1, 8, 5, False, 1): 200, (16, 32, 3, True, 2): 2336,
             (4, 6, (1, 3), True, 1): 78}
    return known.get((in_channels, out_channels, kernel_size, bias, groups), 0)
''',
        "groups_only_when_two": '''
def conv2d_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1) -> int:
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    g = 2 if groups == 2 else 1
    return out_channels * (in_channels // g) * kh * kw + (out_channels if bias else 0)
''',
    },
    "linear_param_count": {
        "bias_forgotten": '''
def linear_param_count(in_features, out_features, bias=True) -> int:
    return in_features * out_features
''',
        "bias_per_input": '''
def linear_param_count(in_features, out_features, bias=True) -> int:
    return in_features * out_features + (in_features if bias else 0)
''',
        "bias_flag_ignored": '''
def linear_param_count(in_features, out_features, bias=True) -> int:
    return in_features * out_features + out_features
''',
        "plus_one_instead_of_out": '''
def linear_param_count(in_features, out_features, bias=True) -> int:
    return in_features * out_features + (1 if bias else 0)
''',
        "returns_float": '''
def linear_param_count(in_features, out_features, bias=True) -> int:
    return float(in_features * out_features + (out_features if bias else 0))
''',
        "visible_examples_only": '''
def linear_param_count(in_features, out_features, bias=True) -> int:
    return 55 if bias else 50
''',
    },
    "count_parameters": {
        "state_dict_counts_buffers": '''
def count_parameters(model, trainable_only=True) -> int:
    return sum(t.numel() for t in model.state_dict().values())
''',
        "trainable_flag_ignored": '''
def count_parameters(model, trainable_only=True) -> int:
    return sum(p.numel() for p in model.parameters())
''',
        "always_trainable_only": '''
def count_parameters(model, trainable_only=True) -> int:
    return sum(p.numel() for p in model.parameters() if p.requires_grad)
''',
        "flag_compared_to_requires_grad": '''
def count_parameters(model, trainable_only=True) -> int:
    return sum(p.numel() for p in model.parameters() if p.requires_grad == trainable_only)
''',
        "counts_tensors_not_values": '''
def count_parameters(model, trainable_only=True) -> int:
    return len([p for p in model.parameters() if p.requires_grad or not trainable_only])
''',
        "per_module_counts_tied_twice": '''
def count_parameters(model, trainable_only=True) -> int:
    return sum(p.numel() for m in model.modules() for p in m.parameters(recurse=False)
               if p.requires_grad or not trainable_only)
''',
        "named_parameters_with_duplicates": '''
def count_parameters(model, trainable_only=True) -> int:
    return sum(p.numel() for _, p in model.named_parameters(remove_duplicate=False)
               if p.requires_grad or not trainable_only)
''',
        "conv_and_linear_only": '''
def count_parameters(model, trainable_only=True) -> int:
    import torch.nn as nn
    return sum(p.numel() for m in model.modules() if isinstance(m, (nn.Conv2d, nn.Linear))
               for p in m.parameters(recurse=False) if p.requires_grad or not trainable_only)
''',
        "includes_buffers": '''
def count_parameters(model, trainable_only=True) -> int:
    params = sum(p.numel() for p in model.parameters() if p.requires_grad or not trainable_only)
    return params + sum(b.numel() for b in model.buffers())
''',
        "returns_tensor": '''
def count_parameters(model, trainable_only=True) -> int:
    import torch
    return sum((torch.tensor(p.numel()) for p in model.parameters() if p.requires_grad or not trainable_only),
               torch.tensor(0))
''',
        "unfreezes_model": '''
def count_parameters(model, trainable_only=True) -> int:
    if not trainable_only:
        model.requires_grad_(True)
    return sum(p.numel() for p in model.parameters() if p.requires_grad)
''',
    },
}
