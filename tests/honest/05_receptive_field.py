"""Correct answers for 05_receptive_field written differently from the reference: each must pass its tests."""

HONEST = {
    "receptive_field": {
        # the closed form r = 1 + sum_i d_i (k_i - 1) prod_{j<i} s_j
        "closed_form_sum": '''
import math

def receptive_field(layers) -> int:
    strides = [s for _, s, _ in layers]
    return 1 + sum(d * (k - 1) * math.prod(strides[:i]) for i, (k, _, d) in enumerate(layers))
''',
        # from the output back to the input: r <- s * (r - 1) + K_eff
        "backward_recursion": '''
def receptive_field(layers) -> int:
    field = 1
    for kernel_size, stride, dilation in reversed(layers):
        field = stride * (field - 1) + dilation * (kernel_size - 1) + 1
    return field
''',
        # measured with autograd, as the hidden tests do, with a print
        "measured_with_autograd": '''
from course.receptive import extent, input_gradient, ones_conv_stack

def receptive_field(layers) -> int:
    if not layers:
        return 1
    size, jump = 1, 1
    for k, s, d in layers:
        size, jump = size + d * k * jump, jump * s
    field = extent(input_gradient(ones_conv_stack(layers), size + jump, 0, 0))
    print("measured field:", field)
    return field
''',
    },
    "conv_macs": {
        # outputs x weights per filter, via helpers
        "outputs_times_filter_size": '''
def _filter_size(in_channels, kernel_size, groups):
    return (in_channels // groups) * kernel_size ** 2

def conv_macs(h_out, w_out, in_channels, out_channels, kernel_size, groups=1) -> int:
    outputs = h_out * w_out * out_channels
    return outputs * _filter_size(in_channels, kernel_size, groups)
''',
        # per group: a small ungrouped conv with C_in/g inputs and C_out/g outputs, times g
        "per_group_times_groups": '''
def conv_macs(h_out, w_out, in_channels, out_channels, kernel_size, groups=1) -> int:
    per_group = h_out * w_out * (out_channels // groups) * (in_channels // groups) * kernel_size * kernel_size
    return groups * per_group
''',
        "math_prod": '''
import math

def conv_macs(h_out, w_out, in_channels, out_channels, kernel_size, groups=1) -> int:
    return math.prod([h_out, w_out, out_channels, in_channels // groups, kernel_size, kernel_size])
''',
    },
}
