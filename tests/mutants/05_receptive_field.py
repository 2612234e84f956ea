"""Known-wrong answers for 05_receptive_field: each must fail its exercise's tests."""
MUTANTS = {
    "receptive_field": {
        "stride_product_ignored": '''
def receptive_field(layers):
    field = 1
    for kernel_size, stride, dilation in layers:
        field += dilation * (kernel_size - 1)
    return field
''',
        "dilation_ignored": '''
def receptive_field(layers):
    field, jump = 1, 1
    for kernel_size, stride, dilation in layers:
        field += (kernel_size - 1) * jump
        jump *= stride
    return field
''',
        "own_stride_included": '''
def receptive_field(layers):
    field, jump = 1, 1
    for kernel_size, stride, dilation in layers:
        jump *= stride
        field += dilation * (kernel_size - 1) * jump
    return field
''',
        "effective_kernel_k_times_d": '''
def receptive_field(layers):
    field, jump = 1, 1
    for kernel_size, stride, dilation in layers:
        field += (kernel_size * dilation - 1) * jump
        jump *= stride
    return field
''',
        "all_strides_multiplied": '''
def receptive_field(layers):
    total_stride = 1
    for _, stride, _ in layers:
        total_stride *= stride
    return 1 + sum(d * (k - 1) for k, _, d in layers) * total_stride
''',
        "backward_recurrence_wrong": '''
def receptive_field(layers):
    field = 1
    for kernel_size, stride, dilation in reversed(layers):
        field = field * stride + dilation * (kernel_size - 1)
    return field
''',
        "empty_stack_zero": '''
def receptive_field(layers):
    if not layers:
        return 0
    field, jump = 1, 1
    for kernel_size, stride, dilation in layers:
        field += dilation * (kernel_size - 1) * jump
        jump *= stride
    return field
''',
        "float_result": '''
def receptive_field(layers):
    field, jump = 1.0, 1.0
    for kernel_size, stride, dilation in layers:
        field += dilation * (kernel_size - 1) * jump
        jump *= stride
    return field
''',
        "tensor_result": '''
def receptive_field(layers):
    import torch
    field, jump = torch.tensor(1), 1
    for kernel_size, stride, dilation in layers:
        field = field + dilation * (kernel_size - 1) * jump
        jump *= stride
    return field
''',
        "visible_examples_only": '''
def receptive_field(layers):
    if any(s != 1 for _, s, _ in layers):
        return 27
    return 1 + sum(k - 1 for k, _, _ in layers)
''',
    },
    "conv_macs": {
        "in_channels_omitted": '''
def conv_macs(h_out, w_out, in_channels, out_channels, kernel_size, groups=1):
    return h_out * w_out * out_channels * kernel_size * kernel_size
''',
        "groups_ignored": '''
def conv_macs(h_out, w_out, in_channels, out_channels, kernel_size, groups=1):
    return h_out * w_out * out_channels * in_channels * kernel_size * kernel_size
''',
        "groups_divides_both": '''
def conv_macs(h_out, w_out, in_channels, out_channels, kernel_size, groups=1):
    return h_out * w_out * (out_channels // groups) * (in_channels // groups) * kernel_size * kernel_size
''',
        "true_division_float": '''
def conv_macs(h_out, w_out, in_channels, out_channels, kernel_size, groups=1):
    return h_out * w_out * out_channels * (in_channels / groups) * kernel_size * kernel_size
''',
        "flops_not_macs": '''
def conv_macs(h_out, w_out, in_channels, out_channels, kernel_size, groups=1):
    return 2 * h_out * w_out * out_channels * (in_channels // groups) * kernel_size * kernel_size
''',
        "kernel_not_squared": '''
def conv_macs(h_out, w_out, in_channels, out_channels, kernel_size, groups=1):
    return h_out * w_out * out_channels * (in_channels // groups) * kernel_size
''',
        "bias_counted": '''
def conv_macs(h_out, w_out, in_channels, out_channels, kernel_size, groups=1):
    return h_out * w_out * out_channels * ((in_channels // groups) * kernel_size * kernel_size + 1)
''',
        "parameters_not_macs": '''
def conv_macs(h_out, w_out, in_channels, out_channels, kernel_size, groups=1):
    return out_channels * (in_channels // groups) * kernel_size * kernel_size
''',
        "groups_ignored_when_depthwise": '''
def conv_macs(h_out, w_out, in_channels, out_channels, kernel_size, groups=1):
    if groups == in_channels:
        groups = 1
    return h_out * w_out * out_channels * (in_channels // groups) * kernel_size * kernel_size
''',
    },
}
