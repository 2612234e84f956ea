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

EXPLANATIONS = {
    "conv2d_param_count": {
        "bias_forgotten": "Your count leaves out the bias. nn.Conv2d has bias=True by default, and each filter then adds one bias value, so the layer holds C_out extra parameters. Reread “1. Where a convolution keeps its parameters”.",
        "bias_times_in_channels": "Your answer gives each filter one bias per input channel. A filter first sums over all its input channels and kernel taps and then adds a single bias, so there are C_out biases in all. Reread “1. Where a convolution keeps its parameters”.",
        "groups_ignored": "Your count ignores groups. With groups=g each filter sees only C_in/g input channels, so its weight has shape (C_out, C_in/g, Kh, Kw) and your count is g times too large. Reread “1. Where a convolution keeps its parameters”.",
        "out_channels_divided_by_groups_too": "Your answer divides the number of filters by groups as well. The groups share the filters out but do not remove any: there are still C_out filters, each over C_in/g channels. Reread “1. Where a convolution keeps its parameters”.",
        "bias_divided_by_groups": "Your answer divides the biases by groups. Grouping only narrows which input channels a filter sees; there are still C_out filters and each keeps its own bias. Reread “1. Where a convolution keeps its parameters”.",
        "bias_flag_ignored": "Your count always includes the bias, even with bias=False. Without a bias (the usual choice before a BatchNorm) the layer holds only its weight tensor. Reread “1. Where a convolution keeps its parameters”.",
        "tuple_kernel_as_kh_squared": "Your answer treats a tuple kernel as square, using its height for both sides. A kernel is Kh x Kw: a 1x7 kernel has 7 weights per input channel, not 1. Reread “1. Where a convolution keeps its parameters”.",
        "tuple_kernel_as_kw_squared": "Your answer squares the kernel width and ignores its height. Rectangular kernels such as Inception's 1x7 have Kh times Kw taps per input channel, not Kw squared. Reread “1. Where a convolution keeps its parameters”.",
        "int_kernel_only": "Your formula works only for an int kernel size. kernel_size may also be a tuple (kh, kw); handle both forms before applying the formula, as nn.Conv2d does.",
        "int_kernel_not_squared": "Your answer counts an int kernel size as a single side. An int k means a square k x k kernel, so each filter has k times k taps per input channel. Reread “1. Where a convolution keeps its parameters”.",
        "builds_the_layer": "Your count is right, but it builds the layer, which the exercise forbids: the point is to compute the count from the formula. Building a large layer just to count it allocates and initialises every weight.",
        "builds_the_layer_on_meta": "Building the layer on the meta device still builds it, and the exercise asks for the count from the formula without constructing nn.Conv2d. Work it out from the shapes of the weight and bias tensors.",
        "kernel_sides_added": "Your answer adds the kernel's height and width. The number of taps is their product: a Kh x Kw window has Kh times Kw weights per input channel. Reread “1. Where a convolution keeps its parameters”.",
        "true_division_float": "True division makes C_in/g a float, so the count is returned as a float. A parameter count is a plain Python int; since groups divides the channels, integer division loses nothing.",
        "returns_tensor": "Your count is right, but it is returned as a tensor. The contract is a plain Python int, which compares, prints and formats like any number, without tensor semantics.",
        "returns_numpy_int": "Your count is right, but it is a NumPy integer, not a plain Python int. The exercise asks for a plain int; NumPy scalars have their own overflow and type rules and fail strict type checks.",
        "visible_examples_only": "Your answer looks up the visible examples and returns 0 for everything else. The count must come from the general formula for weights and biases, which holds for every configuration. Reread “1. Where a convolution keeps its parameters”.",
        "groups_only_when_two": "Your answer divides the input channels only when groups is 2. Any number of groups g splits the input channels, so each filter sees C_in/g of them, up to depthwise convolution with g = C_in. Reread “1. Where a convolution keeps its parameters”.",
    },
    "linear_param_count": {
        "bias_forgotten": "Your count leaves out the bias. nn.Linear has bias=True by default, which adds one parameter per output unit. Reread “3. Fully connected versus convolutional on a 32×32×3 image”.",
        "bias_per_input": "Your answer gives one bias per input feature. The bias has one entry per output unit: each output is a weighted sum of all inputs plus its own bias. Reread “3. Fully connected versus convolutional on a 32×32×3 image”.",
        "bias_flag_ignored": "Your count always includes the bias, even with bias=False. Then the layer holds only its (out_features, in_features) weight matrix. Reread “3. Fully connected versus convolutional on a 32×32×3 image”.",
        "plus_one_instead_of_out": "Your answer adds a single bias for the whole layer. Every output unit has its own bias, so the bias term grows with the number of outputs. Reread “3. Fully connected versus convolutional on a 32×32×3 image”.",
        "returns_float": "Your count is right, but it is returned as a float. The exercise asks for a plain int; counts of parameters are whole numbers and a float can lose exactness for very large layers.",
        "visible_examples_only": "Your answer returns fixed numbers that fit the visible example only. The count depends on in_features and out_features: one weight per (input, output) pair plus one bias per output. Reread “3. Fully connected versus convolutional on a 32×32×3 image”.",
    },
    "count_parameters": {
        "state_dict_counts_buffers": "Summing the state_dict counts buffers such as BatchNorm's running statistics, counts a tied tensor once per name, and ignores trainable_only. Count the parameters the optimizer sees instead. Reread “5. Parameters, buffers and frozen weights”.",
        "trainable_flag_ignored": "Your answer counts frozen parameters even when trainable_only is true. A frozen parameter (requires_grad false) is still a parameter, but not a trainable one. Reread “5. Parameters, buffers and frozen weights”.",
        "always_trainable_only": "Your answer skips frozen parameters even when trainable_only is false. Frozen weights, like a pretrained backbone, are still parameters and belong in the total count. Reread “5. Parameters, buffers and frozen weights”.",
        "flag_compared_to_requires_grad": "With trainable_only false your answer counts only the frozen parameters. The false flag means count every parameter, trainable or frozen, not the opposite set. Reread “5. Parameters, buffers and frozen weights”.",
        "counts_tensors_not_values": "Your answer counts parameter tensors, not the values they hold. A layer's weight is one tensor with many elements; the parameter count is the total number of elements. Reread “Exercise 3 · `count_parameters` (2 points)”.",
        "per_module_counts_tied_twice": "Looping over modules and adding each one's own parameters counts a tied tensor once per module that uses it. A shared tensor is one set of values and counts once. Reread “Exercise 3 · `count_parameters` (2 points)”.",
        "named_parameters_with_duplicates": "Asking for duplicates lists a tied tensor under every name, so shared weights are counted more than once. A tensor that two layers share holds its values only once. Reread “Exercise 3 · `count_parameters` (2 points)”.",
        "conv_and_linear_only": "Your answer counts only conv and linear layers. Other modules have parameters too, such as BatchNorm's trainable gamma and beta, and the count must include every parameter of the model. Reread “5. Parameters, buffers and frozen weights”.",
        "includes_buffers": "Your answer adds the buffers. Running mean and variance are estimated from batch statistics and saved in the state, but they are not parameters and the optimizer never sees them. Reread “5. Parameters, buffers and frozen weights”.",
        "returns_tensor": "Your count is right, but it is returned as a tensor. The contract is a plain Python int, which is what callers print, compare and log.",
        "unfreezes_model": "Your answer unfreezes the model as a side effect, so a frozen backbone becomes trainable just because it was counted. A counting function must not change requires_grad or anything else in the model.",
    },
}
