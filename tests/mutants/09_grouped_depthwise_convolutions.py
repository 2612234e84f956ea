"""Known-wrong answers for 09_grouped_depthwise_convolutions: each must fail its exercise's tests."""

MUTANTS = {
    "grouped_conv_via_split": {
        # SYLLABUS ✗: input channels not split; every group convolves the same (first) input chunk.
        "input_channels_not_split": '''
import torch
import torch.nn.functional as F

def grouped_conv_via_split(x, w, b, groups):
    c_in_per_group = x.shape[1] // groups
    w_chunks = w.chunk(groups, dim=0)
    b_chunks = b.chunk(groups) if b is not None else [None] * groups
    return torch.cat([F.conv2d(x[:, :c_in_per_group], wj, bj) for wj, bj in zip(w_chunks, b_chunks)], dim=1)
''',
        # SYLLABUS ✗, shape-correct variant: filters tiled over all input channels, so every group sees every input.
        "every_group_sees_all_inputs": '''
import torch
import torch.nn.functional as F

def grouped_conv_via_split(x, w, b, groups):
    return F.conv2d(x, w.repeat(1, groups, 1, 1), b)
''',
        # SYLLABUS ✗: output chunks concatenated in the wrong (reversed) order.
        "reversed_concatenation": '''
import torch
import torch.nn.functional as F

def grouped_conv_via_split(x, w, b, groups):
    x_chunks = x.chunk(groups, dim=1)
    w_chunks = w.chunk(groups, dim=0)
    b_chunks = b.chunk(groups) if b is not None else [None] * groups
    outputs = [F.conv2d(xj, wj, bj) for xj, wj, bj in zip(x_chunks, w_chunks, b_chunks)]
    return torch.cat(outputs[::-1], dim=1)
''',
        # SYLLABUS ✗: bias ignored.
        "bias_ignored": '''
import torch
import torch.nn.functional as F

def grouped_conv_via_split(x, w, b, groups):
    x_chunks = x.chunk(groups, dim=1)
    w_chunks = w.chunk(groups, dim=0)
    return torch.cat([F.conv2d(xj, wj) for xj, wj in zip(x_chunks, w_chunks)], dim=1)
''',
        # the first bias chunk reused for every group.
        "first_bias_chunk_everywhere": '''
import torch
import torch.nn.functional as F

def grouped_conv_via_split(x, w, b, groups):
    x_chunks = x.chunk(groups, dim=1)
    w_chunks = w.chunk(groups, dim=0)
    bj = b[: w.shape[0] // groups] if b is not None else None
    return torch.cat([F.conv2d(xj, wj, bj) for xj, wj in zip(x_chunks, w_chunks)], dim=1)
''',
        # input channels split round-robin (x[:, j::groups]) instead of in consecutive chunks.
        "interleaved_input_split": '''
import torch
import torch.nn.functional as F

def grouped_conv_via_split(x, w, b, groups):
    w_chunks = w.chunk(groups, dim=0)
    b_chunks = b.chunk(groups) if b is not None else [None] * groups
    outputs = [F.conv2d(x[:, j::groups], w_chunks[j], b_chunks[j]) for j in range(groups)]
    return torch.cat(outputs, dim=1)
''',
        # the library does the grouping: forbidden by the statement (caught by the hidden wrapper).
        "library_groups": '''
import torch.nn.functional as F

def grouped_conv_via_split(x, w, b, groups):
    return F.conv2d(x, w, b, groups=groups)
''',
        "library_torch_conv2d_positional": '''
import torch

def grouped_conv_via_split(x, w, b, groups):
    return torch.conv2d(x, w, b, 1, 0, 1, groups)
''',
        "library_nn_conv2d": '''
import torch
import torch.nn as nn

def grouped_conv_via_split(x, w, b, groups):
    conv = nn.Conv2d(x.shape[1], w.shape[0], w.shape[-1], groups=groups, bias=b is not None)
    conv = conv.to(device=x.device, dtype=x.dtype)
    with torch.no_grad():
        conv.weight.copy_(w)
        if b is not None:
            conv.bias.copy_(b)
        return conv(x)
''',
        # output preallocated with torch.zeros defaults: float32 on the CPU whatever the input.
        "preallocated_cpu_float32": '''
import torch
import torch.nn.functional as F

def grouped_conv_via_split(x, w, b, groups):
    n, c_in, h, wd = x.shape
    c_out, _, k, _ = w.shape
    out = torch.zeros(n, c_out, h - k + 1, wd - k + 1)
    step_in, step_out = c_in // groups, c_out // groups
    for j in range(groups):
        bj = b[j * step_out:(j + 1) * step_out] if b is not None else None
        out[:, j * step_out:(j + 1) * step_out] = F.conv2d(
            x[:, j * step_in:(j + 1) * step_in], w[j * step_out:(j + 1) * step_out], bj)
    return out
''',
        # only the first image of the batch is computed.
        "first_image_only": '''
import torch
import torch.nn.functional as F

def grouped_conv_via_split(x, w, b, groups):
    x = x[:1]
    x_chunks = x.chunk(groups, dim=1)
    w_chunks = w.chunk(groups, dim=0)
    b_chunks = b.chunk(groups) if b is not None else [None] * groups
    return torch.cat([F.conv2d(xj, wj, bj) for xj, wj, bj in zip(x_chunks, w_chunks, b_chunks)], dim=1)
''',
    },
    "separable_param_count": {
        # SYLLABUS ✗: the depthwise layer counted as a full convolution (C_in x C_in x K x K).
        "depthwise_as_full_conv": '''
def separable_param_count(in_channels, out_channels, kernel_size, bias=False):
    total = in_channels * in_channels * kernel_size ** 2 + in_channels * out_channels
    return total + (in_channels + out_channels if bias else 0)
''',
        # SYLLABUS ✗: the pointwise 1x1 layer forgotten.
        "pointwise_forgotten": '''
def separable_param_count(in_channels, out_channels, kernel_size, bias=False):
    return in_channels * kernel_size ** 2 + (in_channels if bias else 0)
''',
        # SYLLABUS ✗: bias counted once (only the pointwise layer's).
        "bias_only_pointwise": '''
def separable_param_count(in_channels, out_channels, kernel_size, bias=False):
    return in_channels * kernel_size ** 2 + in_channels * out_channels + (out_channels if bias else 0)
''',
        # SYLLABUS ✗: bias counted once (only the depthwise layer's).
        "bias_only_depthwise": '''
def separable_param_count(in_channels, out_channels, kernel_size, bias=False):
    return in_channels * kernel_size ** 2 + in_channels * out_channels + (in_channels if bias else 0)
''',
        # depthwise filters counted per output channel.
        "depthwise_on_output_channels": '''
def separable_param_count(in_channels, out_channels, kernel_size, bias=False):
    total = out_channels * kernel_size ** 2 + in_channels * out_channels
    return total + (in_channels + out_channels if bias else 0)
''',
        # the bias flag ignored: biases always counted.
        "bias_always_counted": '''
def separable_param_count(in_channels, out_channels, kernel_size, bias=False):
    return in_channels * kernel_size ** 2 + in_channels * out_channels + in_channels + out_channels
''',
        # the standard convolution's count.
        "standard_conv_count": '''
def separable_param_count(in_channels, out_channels, kernel_size, bias=False):
    return in_channels * out_channels * kernel_size ** 2 + (out_channels if bias else 0)
''',
        # standard count times the ratio 1/C_out + 1/K^2: a float.
        "float_from_ratio": '''
def separable_param_count(in_channels, out_channels, kernel_size, bias=False):
    standard = in_channels * out_channels * kernel_size ** 2
    return standard * (1 / out_channels + 1 / kernel_size ** 2) + (in_channels + out_channels if bias else 0)
''',
        # counted with PyTorch but returned as a tensor.
        "tensor_result": '''
import torch

def separable_param_count(in_channels, out_channels, kernel_size, bias=False):
    total = in_channels * kernel_size ** 2 + in_channels * out_channels + (in_channels + out_channels if bias else 0)
    return torch.tensor(total)
''',
    },
}

# A convolution with groups > 1 through other names: refused at the dispatcher (aten.convolution, groups != 1).
MUTANTS["grouped_conv_via_split"].update({
    "alias_import_conv2d": '''
from torch.nn.functional import conv2d as correlate

def grouped_conv_via_split(x, w, b, groups):
    return correlate(x, w, b, groups=groups)
''',
    "torch_convolution": '''
import torch

def grouped_conv_via_split(x, w, b, groups):
    return torch.convolution(x, w, b, [1, 1], [0, 0], [1, 1], False, [0, 0], groups)
''',
    "functional_under_another_name": '''
import torch.nn.functional as nnf

def grouped_conv_via_split(x, w, b, groups):
    return nnf.conv2d(x, w, b, 1, 0, 1, groups)
''',
    # splits the channels, but then lets each chunk go through a depthwise (grouped) convolution anyway.
    "split_then_grouped_per_chunk": '''
import torch
import torch.nn.functional as F

def grouped_conv_via_split(x, w, b, groups):
    x_chunks = x.chunk(groups, dim=1)
    w_chunks = w.chunk(groups, dim=0)
    b_chunks = b.chunk(groups) if b is not None else [None] * groups
    outs = []
    for xj, wj, bj in zip(x_chunks, w_chunks, b_chunks):
        outs.append(F.conv2d(xj.repeat(1, 2, 1, 1), wj.repeat(2, 1, 1, 1), None if bj is None else bj.repeat(2),
                             groups=2)[:, :wj.shape[0]])
    return torch.cat(outs, dim=1)
''',
})

EXPLANATIONS = {
    "grouped_conv_via_split": {
        "input_channels_not_split": "Every group in your answer convolves the first chunk of input channels. Filter group j must see only input group j: x is cut into g consecutive channel chunks, and chunk j is paired with filter chunk j. Reread “2. Grouped convolution: $g$ independent convolutions side by side”.",
        "every_group_sees_all_inputs": "Tiling the filters over all input channels makes the shapes fit but computes a standard convolution in which every filter sees every input channel. In a grouped convolution the weight is block-diagonal. Reread “3. A picture: which input channels each output channel sees”.",
        "reversed_concatenation": "You stack the group outputs in reverse order. Output channel o belongs to group o // (C_out/g), so group 0's outputs come first, just as group 0's filters come first in w. Reread “2. Grouped convolution: $g$ independent convolutions side by side”.",
        "bias_ignored": "Your answer drops the bias. Each output channel o gets its own b_o added, so every group's convolution needs its own chunk of b (and no bias at all only when b is None).",
        "first_bias_chunk_everywhere": "Every group gets the first chunk of b. The bias has one entry per filter, so the outputs of filter group j need the bias entries of group j, cut from b the same way as the filters are cut from w.",
        "interleaved_input_split": "You split the input channels round-robin (every g-th channel). PyTorch groups consecutive channels: group 0 is the first C_in/g channels, group 1 the next ones, and so on. Reread “2. Grouped convolution: $g$ independent convolutions side by side”.",
        "library_groups": "F.conv2d with groups=g does exactly what the exercise asks you to build from ordinary convolutions, and the hidden tests refuse any convolution with groups > 1. Split the channels yourself and use only groups=1.",
        "library_torch_conv2d_positional": "Passing groups positionally to torch.conv2d is still a grouped library convolution, and it is refused. The exercise shows that a grouped convolution is g ordinary convolutions side by side; build it that way.",
        "library_nn_conv2d": "Loading the weights into an nn.Conv2d with groups=g lets the library do the grouping, which the exercise forbids whatever calls it. Only ordinary (groups=1) convolutions on your own channel chunks are allowed.",
        "preallocated_cpu_float32": "Your output buffer is made with the torch.zeros defaults: float32 on the CPU. A float64 input or a tensor on the GPU then loses its dtype or its device; the result must keep both, as F.conv2d does.",
        "first_image_only": "Your answer keeps only the first image of the batch. A convolution treats each of the N images independently and returns all of them; grouping splits the channels, never the batch.",
        "alias_import_conv2d": "Renaming conv2d on import does not change the operator that runs: a convolution with groups > 1 is refused under any name. Split x, w and b into groups and run ordinary convolutions on the pieces.",
        "torch_convolution": "torch.convolution with groups=g is the same grouped library operator that F.conv2d calls, and it is refused. The exercise asks you to do the grouping yourself, with ordinary convolutions only.",
        "functional_under_another_name": "Importing torch.nn.functional under another alias still calls the grouped convolution, which the hidden tests refuse. Do the split into groups yourself and keep every convolution at groups=1.",
        "split_then_grouped_per_chunk": "Your split is right, but each chunk then goes through a convolution with groups=2, so the library does grouping again and is refused. Once x, w and b are cut into matching chunks, each triple needs only an ordinary convolution.",
    },
    "separable_param_count": {
        "depthwise_as_full_conv": "You count the depthwise layer as a full convolution over all input channels. Each depthwise filter sees a single channel, so it holds K x K weights, not C_in x K x K. Reread “5. Depthwise separable convolution”.",
        "pointwise_forgotten": "You count only the depthwise layer. It neither mixes channels nor changes their number; the pointwise 1x1 layer does both, and it holds most of the parameters. Reread “5. Depthwise separable convolution”.",
        "bias_only_pointwise": "With bias=True you add only the pointwise layer's biases. Both convolutions have a bias, one entry per filter, so the depthwise layer's biases count too.",
        "bias_only_depthwise": "With bias=True you add only the depthwise layer's biases. The pointwise layer has a bias too, one entry per filter, that is per output channel.",
        "depthwise_on_output_channels": "You give the depthwise layer one filter per output channel. It has one K x K filter per input channel (groups = C_in); the change to C_out channels happens in the pointwise layer. The error shows whenever C_in and C_out differ.",
        "bias_always_counted": "Your count includes the biases even when bias=False. The flag decides whether the two layers have bias vectors at all, and by default they have none.",
        "standard_conv_count": "You return the count of a standard K x K convolution. The depthwise separable version replaces it by a depthwise and a pointwise layer, about 1/C_out + 1/K^2 of the weights. Reread “5. Depthwise separable convolution”.",
        "float_from_ratio": "Scaling the standard count by the ratio 1/C_out + 1/K^2 gives the right size, but as a float that may carry rounding error. A parameter count is an exact integer: count each layer's weights and return a plain int.",
        "tensor_result": "Your count is right but returned as a torch tensor. The contract asks for a plain Python int, like any parameter count; a 0-d tensor is not an int.",
    },
}
