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

EXPLANATIONS = {
    "conv_output_size": {
        "true_division": "Your answer uses true division, which returns a float and can give fractions such as 111.5. The output size counts whole window positions, so the division is floored and the result is an int. Reread “1. The output size counts window positions”.",
        "ceil_division": "Your answer rounds the division up, which counts a last window that sticks out of the input. A convolution keeps only windows that fit completely, so the number of strides is floored. Reread “1. The output size counts window positions”.",
        "round_division": "Rounding to the nearest integer counts a window that does not fit whenever the fraction is 0.5 or more, and Python's round sends halves to the even number. The count of window positions needs a floor. Reread “1. The output size counts window positions”.",
        "seed_formula_rounded": "This is the popular formula, rounded and without dilation: a half window does not exist, so the division is floored, and a dilated kernel spans D(K-1)+1 pixels, not K. The +1 counts the first window. Reread “2. The formula against `nn.Conv2d`”.",
        "dilation_ignored": "Your answer treats every kernel as dense. With dilation D the K taps are D pixels apart, so the window spans D(K-1)+1 pixels and fits at fewer positions. Reread “1. The output size counts window positions”.",
        "padding_once": "Your answer adds the padding only once. P zeros go on each side of the input, so the padded length is N + 2P. Reread “1. The output size counts window positions”.",
        "dilation_times_kernel": "Your answer takes the dilated window's span as D times K. The K taps have K-1 gaps of D pixels, so the span is D(K-1)+1; yours is too wide by D-1 whenever D > 1. Reread “1. The output size counts window positions”.",
        "no_count_of_first_window": "Your answer divides the whole remaining length by the stride and loses the window at position 0. Count the strides up to the last legal start, then add one for the first window; the two agree only at stride 1. Reread “1. The output size counts window positions”.",
        "float_result": "Your count is right, but it is returned as a float. The exercise asks for a plain Python int, since sizes are used as tensor shapes and layer arguments, where a float is rejected or misleading.",
        "tensor_result": "Your count is right, but it is returned as a tensor. The contract is a plain Python int: a size is a shape to pass to nn.Linear, reshape and the like, not data on a device.",
        "visible_examples_only": "Your answer hard-codes the visible examples and falls back to a formula with no dilation and a truncated division. A size formula must hold for every legal configuration; derive it from the count of window positions. Reread “1. The output size counts window positions”.",
    },
    "pool_output_size": {
        "always_floor": "Your answer ignores ceil_mode. With ceil_mode=True PyTorch rounds the division up, so a last partial window at the border is kept and pooled over the pixels it covers. Reread “5. Pooling uses the same formula”.",
        "plain_ceil_no_rule": "Your ceiling is right but misses PyTorch's safety rule: the last window must start inside the input. A window that would start at or past the end covers no pixel at all and is dropped. Reread “5. Pooling uses the same formula”.",
        "ceil_adds_one": "Adding one window whenever ceil_mode is set is wrong when the windows already tile the input exactly: then the ceiling equals the floor. ceil_mode changes the rounding of the division, not the count by a fixed 1. Reread “5. Pooling uses the same formula”.",
        "rule_strict_inequality": "Your rule keeps a last window that starts exactly at position size, which is already past the last pixel. PyTorch drops a window unless it starts strictly inside the input. Reread “5. Pooling uses the same formula”.",
        "float_result": "Your count is right, but the function returns a float. The exercise asks for a plain int, the type PyTorch uses for shapes, so that the result can be used directly as a size.",
        "size_over_stride": "Without ceil_mode your answer returns size divided by stride, an approximation that ignores the kernel size; and with ceil_mode it skips the last-window rule. Pooling counts window positions with the convolution formula. Reread “5. Pooling uses the same formula”.",
    },
    "same_padding": {
        "kernel_half_ignores_dilation": "Half the kernel size is right only for dilation 1. A dilated kernel spans D(K-1)+1 pixels and needs correspondingly more padding to keep the size. Reread “4. \"Valid\" and \"same\" padding”.",
        "float_result": "Your value is right, but true division returns a float such as 2.0. Padding is a number of pixels and must be a plain int; with an odd kernel the division by 2 is exact, so integer division loses nothing.",
        "dilation_times_kernel_half": "Your answer treats the dilated kernel as spanning D times K pixels. Its span is D(K-1)+1, and same padding splits the D(K-1) pixels the window loses equally between the two sides. Reread “4. \"Valid\" and \"same\" padding”.",
        "visible_examples_only": "Adding D-1 to the undilated padding fits the visible examples only. Dilation multiplies the gaps between taps, so the padding scales with D; solve the stride-1 size formula for P. Reread “4. \"Valid\" and \"same\" padding”.",
        "padding_counted_once": "Your answer returns the total number of pixels the window loses, but padding is added on both sides, so each side needs only half of it. Your padding makes the output larger than the input. Reread “4. \"Valid\" and \"same\" padding”.",
    },
}
