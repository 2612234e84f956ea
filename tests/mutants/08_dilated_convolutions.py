"""Known-wrong answers for 08_dilated_convolutions: each must fail its exercise's tests."""

MUTANTS = {
    "dilated_conv1d": {
        # SYLLABUS ✗: taps dilation + 1 apart (d zeros inserted instead of d - 1), length computed to match.
        "taps_d_plus_1_apart": '''
import torch

def dilated_conv1d(x, w, dilation):
    step = dilation + 1
    n = x.shape[0] - step * (w.shape[0] - 1)
    out = torch.zeros(n, dtype=x.dtype, device=x.device)
    for t in range(w.shape[0]):
        out = out + w[t] * x[t * step:t * step + n]
    return out
''',
        # SYLLABUS ✗: output length L - k + 1 (dilation ignored in the length); reads zeros past the end.
        "length_ignores_dilation": '''
import torch

def dilated_conv1d(x, w, dilation):
    k = w.shape[0]
    n = x.shape[0] - k + 1
    padded = torch.cat([x, torch.zeros(dilation * (k - 1), dtype=x.dtype, device=x.device)])
    out = torch.zeros(n, dtype=x.dtype, device=x.device)
    for t in range(k):
        out = out + w[t] * padded[t * dilation:t * dilation + n]
    return out
''',
        # SYLLABUS ✗: a textbook convolution (kernel flipped), not PyTorch's cross-correlation.
        "flipped_kernel": '''
import torch

def dilated_conv1d(x, w, dilation):
    w = w.flip(0)
    n = x.shape[0] - dilation * (w.shape[0] - 1)
    out = torch.zeros(n, dtype=x.dtype, device=x.device)
    for t in range(w.shape[0]):
        out = out + w[t] * x[t * dilation:t * dilation + n]
    return out
''',
        # dilation ignored altogether: an ordinary convolution.
        "dilation_ignored": '''
import torch

def dilated_conv1d(x, w, dilation):
    n = x.shape[0] - w.shape[0] + 1
    out = torch.zeros(n, dtype=x.dtype, device=x.device)
    for t in range(w.shape[0]):
        out = out + w[t] * x[t:t + n]
    return out
''',
        # dilation used as a stride: a dense convolution, then every dilation-th output.
        "dilation_as_stride": '''
import torch

def dilated_conv1d(x, w, dilation):
    n = x.shape[0] - w.shape[0] + 1
    out = torch.zeros(n, dtype=x.dtype, device=x.device)
    for t in range(w.shape[0]):
        out = out + w[t] * x[t:t + n]
    return out[::dilation]
''',
        # the library call the exercise forbids (right values, but not computed by hand).
        "calls_f_conv1d": '''
import torch
import torch.nn.functional as F

def dilated_conv1d(x, w, dilation):
    return F.conv1d(x[None, None], w[None, None], dilation=dilation)[0, 0]
''',
        # the library call through nn.Conv1d.
        "calls_nn_conv1d": '''
import torch
import torch.nn as nn

def dilated_conv1d(x, w, dilation):
    conv = nn.Conv1d(1, 1, w.shape[0], dilation=dilation, bias=False).to(device=x.device, dtype=x.dtype)
    with torch.no_grad():
        conv.weight.copy_(w.reshape(1, 1, -1))
        return conv(x[None, None])[0, 0]
''',
        # always float32: a float64 signal comes back in single precision.
        "always_float32": '''
import torch

def dilated_conv1d(x, w, dilation):
    x, w = x.float(), w.float()
    n = x.shape[0] - dilation * (w.shape[0] - 1)
    out = torch.zeros(n, device=x.device)
    for t in range(w.shape[0]):
        out = out + w[t] * x[t * dilation:t * dilation + n]
    return out
''',
        # a list of Python floats instead of a tensor.
        "returns_list": '''
def dilated_conv1d(x, w, dilation):
    k = w.shape[0]
    n = x.shape[0] - dilation * (k - 1)
    return [sum(float(w[t]) * float(x[i + t * dilation]) for t in range(k)) for i in range(n)]
''',
        # off by one: the last output position (window ending at the last sample) is dropped.
        "last_output_dropped": '''
import torch

def dilated_conv1d(x, w, dilation):
    n = x.shape[0] - dilation * (w.shape[0] - 1) - 1
    out = torch.zeros(n, dtype=x.dtype, device=x.device)
    for t in range(w.shape[0]):
        out = out + w[t] * x[t * dilation:t * dilation + n]
    return out
''',
        # computes in place on x (x += ...): the input is modified.
        "modifies_input": '''
import torch

def dilated_conv1d(x, w, dilation):
    n = x.shape[0] - dilation * (w.shape[0] - 1)
    first = x[:n]
    first.mul_(w[0])
    for t in range(1, w.shape[0]):
        first.add_(w[t] * x[t * dilation:t * dilation + n])
    return first.clone()
''',
        # right only for the visible dilations 2 and 3: any other dilation is treated as 2.
        "visible_dilations_only": '''
import torch

def dilated_conv1d(x, w, dilation):
    d = dilation if dilation in (2, 3) else 2
    n = x.shape[0] - d * (w.shape[0] - 1)
    out = torch.zeros(n, dtype=x.dtype, device=x.device)
    for t in range(w.shape[0]):
        out = out + w[t] * x[t * d:t * d + n]
    return out
''',
    },
    "effective_kernel_size": {
        # SYLLABUS ✗: k * d (one gap per tap instead of k - 1).
        "k_times_d": '''
def effective_kernel_size(k, d):
    return k * d
''',
        # SYLLABUS ✗: k + d (right only for k=3, d=2).
        "k_plus_d": '''
def effective_kernel_size(k, d):
    return k + d
''',
        # the first tap's pixel forgotten.
        "missing_plus_one": '''
def effective_kernel_size(k, d):
    return d * (k - 1)
''',
        # d - 1 holes counted once per kernel instead of once per gap.
        "holes_counted_once": '''
def effective_kernel_size(k, d):
    return k + d - 1
''',
        "float_result": '''
def effective_kernel_size(k, d):
    return d * (k - 1) + 1.0
''',
        "tensor_result": '''
import torch

def effective_kernel_size(k, d):
    return torch.tensor(d * (k - 1) + 1)
''',
        # edge case: a 1x1 kernel is treated as spanning d pixels.
        "one_by_one_spans_d": '''
def effective_kernel_size(k, d):
    return d * (k - 1) + 1 if k > 1 else d
''',
        # only right for 3-tap kernels (the visible 5-tap example has d = 1).
        "assumes_three_taps": '''
def effective_kernel_size(k, d):
    return 2 * d + 1 if d > 1 else k
''',
    },
}

# The library convolution through other names: all refused at the dispatcher (aten.convolution).
MUTANTS["dilated_conv1d"].update({
    "alias_import_conv1d": '''
from torch.nn.functional import conv1d as correlate

def dilated_conv1d(x, w, dilation):
    return correlate(x[None, None], w[None, None], dilation=dilation)[0, 0]
''',
    "torch_convolution": '''
import torch

def dilated_conv1d(x, w, dilation):
    return torch.convolution(x[None, None], w[None, None], None, [1], [0], [dilation], False, [0], 1)[0, 0]
''',
    # the signal as a 1-row image and a 2-D convolution under another module name.
    "conv2d_on_a_row": '''
import torch.nn.functional as nnf

def dilated_conv1d(x, w, dilation):
    return nnf.conv2d(x[None, None, None], w[None, None, None], dilation=(1, dilation))[0, 0, 0]
''',
    # a zero-inserted kernel (the "holes" view), but the convolution itself from the library.
    "holes_kernel_torch_conv1d": '''
import torch

def dilated_conv1d(x, w, dilation):
    k = w.shape[0]
    holes = torch.zeros(dilation * (k - 1) + 1, dtype=w.dtype, device=w.device)
    holes[::dilation] = w
    return torch.conv1d(x[None, None], holes[None, None])[0, 0]
''',
})
