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
