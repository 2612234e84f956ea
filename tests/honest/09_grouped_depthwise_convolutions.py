"""Correct answers for 09_grouped_depthwise_convolutions written differently from the reference: each must earn full points."""

HONEST = {
    "grouped_conv_via_split": {
        # a preallocated output filled group by group with explicit slices; the bias added after the convolution.
        "slices_into_preallocated": '''
import torch
import torch.nn.functional as F

def grouped_conv_via_split(x, w, b, groups):
    n, c_in, h, wd = x.shape
    c_out, _, k, _ = w.shape
    step_in, step_out = c_in // groups, c_out // groups
    out = x.new_empty(n, c_out, h - k + 1, wd - k + 1)
    for j in range(groups):
        rows = slice(j * step_out, (j + 1) * step_out)
        out[:, rows] = F.conv2d(x[:, j * step_in:(j + 1) * step_in], w[rows])
        if b is not None:
            out[:, rows] += b[rows].view(1, -1, 1, 1)
    return out
''',
        # one ordinary convolution with the block-diagonal dense weight (zero outside the groups' blocks).
        "block_diagonal_dense_weight": '''
import torch
import torch.nn.functional as F

def _dense(w, groups):
    c_out, c_in_per_group, kh, kw = w.shape
    step_out = c_out // groups
    dense = w.new_zeros(c_out, c_in_per_group * groups, kh, kw)
    for j in range(groups):
        dense[j * step_out:(j + 1) * step_out, j * c_in_per_group:(j + 1) * c_in_per_group] = \\
            w[j * step_out:(j + 1) * step_out]
    return dense

def grouped_conv_via_split(x, w, b, groups):
    return F.conv2d(x, _dense(w, groups), b)
''',
        # torch.split, the library function under an alias (groups=1 is allowed), a print and a warning.
        "split_alias_print_warning": '''
import warnings
import torch
from torch.nn.functional import conv2d as correlate

def grouped_conv_via_split(x, w, b, groups):
    warnings.warn("grouped convolution by hand")
    xs = torch.split(x, x.shape[1] // groups, dim=1)
    ws = torch.split(w, w.shape[0] // groups, dim=0)
    bs = torch.split(b, b.shape[0] // groups) if b is not None else (None,) * groups
    print("groups:", len(xs))
    return torch.cat([correlate(xj, wj, bias=bj, stride=1, padding=0) for xj, wj, bj in zip(xs, ws, bs)], dim=1)
''',
    },
    "separable_param_count": {
        "two_layers_summed": '''
def _conv_params(filters, values_per_filter, bias):
    return filters * values_per_filter + (filters if bias else 0)

def separable_param_count(in_channels, out_channels, kernel_size, bias=False):
    depthwise = _conv_params(in_channels, kernel_size * kernel_size, bias)
    pointwise = _conv_params(out_channels, in_channels, bias)
    return depthwise + pointwise
''',
        # counted from the real layers on the meta device (no memory); with a print.
        "from_meta_layers": '''
import torch.nn as nn

def separable_param_count(in_channels, out_channels, kernel_size, bias=False):
    layers = [nn.Conv2d(in_channels, in_channels, kernel_size, groups=in_channels, bias=bias, device="meta"),
              nn.Conv2d(in_channels, out_channels, 1, bias=bias, device="meta")]
    total = sum(p.numel() for layer in layers for p in layer.parameters())
    print("separable parameters:", total)
    return int(total)
''',
        "factored_with_warning": '''
import warnings

def separable_param_count(in_channels, out_channels, kernel_size, bias=False):
    warnings.warn("counting")
    return in_channels * (kernel_size ** 2 + out_channels) + int(bool(bias)) * (in_channels + out_channels)
''',
    },
}
