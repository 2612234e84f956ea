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

EXPLANATIONS = {
    "receptive_field": {
        "stride_product_ignored": "Your answer adds up the kernels' growth and ignores the strides. After a stride-2 layer, neighbouring taps of the next kernel are 2 input pixels apart, so each later layer grows the field by its growth times the jump. Reread “2. The rule”.",
        "dilation_ignored": "Your answer treats every kernel as dense. A dilated kernel spreads its k taps d pixels apart, so it spans d(k-1)+1 input positions of its layer and grows the field d times as much. Reread “2. The rule”.",
        "own_stride_included": "Your answer multiplies a layer's growth by its own stride too. A layer's stride only decides how far apart its outputs are, which matters to the layers after it; the product of strides stops before the layer. Reread “2. The rule”.",
        "effective_kernel_k_times_d": "Your answer takes the dilated kernel's span as k times d. Its k taps have k-1 gaps of d pixels, so the effective kernel size is d(k-1)+1, which is smaller whenever d > 1. Reread “2. The rule”.",
        "all_strides_multiplied": "Your answer scales every layer's growth by the product of all strides. Each layer is scaled only by the strides of the layers before it (its jump); its own and later strides do not widen what it sees. Reread “2. The rule”.",
        "backward_recurrence_wrong": "Your top-down recurrence multiplies the whole field by the stride. r neighbouring outputs are only r-1 strides apart, so scaling all r counts one stride too many at every strided layer. Reread “2. The rule”.",
        "empty_stack_zero": "Your answer returns 0 for an empty stack. With no layers, a unit is an input pixel, and a pixel sees exactly itself: the field starts at 1 before any layer is added. Reread “Exercise 1 · Receptive field of a stack (3 points)”.",
        "float_result": "Your field is right, but it is accumulated and returned as a float. The exercise asks for a plain Python int: a receptive field is a number of pixels.",
        "tensor_result": "Your field is right, but it is returned as a tensor. The contract is a plain Python int, a count of input pixels, not data on a device.",
        "visible_examples_only": "Your answer returns a constant for every strided stack and ignores dilation, which fits the visible examples only. The field follows a rule: each layer adds (effective kernel size - 1) times its jump. Reread “2. The rule”.",
    },
    "conv_macs": {
        "in_channels_omitted": "Your count leaves out the input channels. A filter spans all input channels of its group, so each output value sums C_in/g times K squared products, not just one 2-D kernel. Reread “4. Counting compute: multiply–accumulates”.",
        "groups_ignored": "Your count ignores groups. In a grouped or depthwise convolution each filter sees only C_in/g input channels, so every output value costs g times fewer multiply-accumulates. Reread “4. Counting compute: multiply–accumulates”.",
        "groups_divides_both": "Your answer divides the output channels by groups too. There are still C_out filters and H_o W_o C_out output values; groups only narrow the input channels each filter reads. Reread “4. Counting compute: multiply–accumulates”.",
        "true_division_float": "True division turns C_in/g into a float, so the count comes back as a float. MACs are a whole number; keep to integer arithmetic and return a plain int.",
        "flops_not_macs": "Your answer counts FLOPs, which are about two per multiply-accumulate (one multiply, one add). The exercise asks for MACs; FlopCounterMode reports about twice as many. Reread “4. Counting compute: multiply–accumulates”.",
        "kernel_not_squared": "Your answer counts only one side of the kernel. kernel_size is the side of a square K x K kernel, so each input channel contributes K squared products to an output value. Reread “4. Counting compute: multiply–accumulates”.",
        "bias_counted": "Your answer adds one operation per output for the bias. The exercise counts the multiply-accumulates of the dot products only, with the bias left out, as the notebook's formula does. Reread “Exercise 2 · MACs of a convolution (2 points)”.",
        "parameters_not_macs": "Your answer returns the number of weights, not the compute. Every weight is reused at all H_o W_o output positions, so MACs grow with the output size while parameters do not. Reread “4. Counting compute: multiply–accumulates”.",
        "groups_ignored_when_depthwise": "Your answer drops groups in the depthwise case. Depthwise is simply groups equal to C_in: each filter sees a single channel, which is exactly why it is so cheap. Reread “4. Counting compute: multiply–accumulates”.",
    },
}
