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

EXPLANATIONS = {
    "dilated_conv1d": {
        "taps_d_plus_1_apart": "Your taps are dilation + 1 positions apart: you insert D zeros instead of D - 1. Dilation D means taps D apart with D - 1 holes between them, so dilation 1 is the ordinary convolution with neighbouring taps. Reread “1. Spreading the taps”.",
        "length_ignores_dilation": "Your output keeps L - k + 1 positions, as for an ordinary kernel, and pads zeros to fill the windows that run past the end. A dilated kernel spans D(k - 1) + 1 samples, so fewer valid windows fit. Reread “1. Spreading the taps”.",
        "flipped_kernel": "Flipping the kernel computes a textbook convolution. PyTorch's convolutions are cross-correlations: tap t multiplies the sample D x t positions further on, with the kernel in its original order. Reread “1. Spreading the taps”.",
        "dilation_ignored": "Your answer ignores the dilation and computes an ordinary convolution with neighbouring taps. With dilation D the same k weights read samples D apart, so the window spans more input and fewer outputs fit. Reread “1. Spreading the taps”.",
        "dilation_as_stride": "You treat dilation as a stride: a dense convolution, then every D-th output. A stride spaces the outputs; dilation spaces the taps inside each window, and every position where the spread-out window fits gives an output. Reread “1. Spreading the taps”.",
        "calls_f_conv1d": "Your values are right, but F.conv1d does the work the exercise asks you to do by hand, and the hidden tests refuse every library convolution. Compute the sum over the k taps, D samples apart, with indexing or slicing.",
        "calls_nn_conv1d": "Copying the kernel into an nn.Conv1d still lets the library compute the convolution, which the exercise forbids under any name. Add up the contributions of the k taps yourself.",
        "always_float32": "You cast to float32, so a float64 signal comes back in single precision. The result must keep the dtype (and device) of x, exactly as F.conv1d would return it.",
        "returns_list": "Your function returns a Python list of floats. The contract is a 1-D tensor with the dtype and device of x, one entry per valid window, so that it can flow into the next tensor operation.",
        "last_output_dropped": "Your output is one position short: the last window, the one whose last tap lands on the final sample, is missing. Count the valid windows from position 0 up to and including that one. Reread “1. Spreading the taps”.",
        "modifies_input": "Your in-place mul_ and add_ work on a slice of x, which is a view of the caller's memory: the input signal changes, and later taps read the altered values. Build the output in a new tensor and leave x and w untouched.",
        "visible_dilations_only": "Your answer handles only dilations 2 and 3 and treats every other value as 2, so dilation 1 (an ordinary convolution) or 4 gives wrong results. The definition, taps D apart, is the same for every D. Reread “1. Spreading the taps”.",
        "alias_import_conv1d": "Importing conv1d under another name does not change what runs: the library convolution is refused by the hidden tests whatever it is called. The exercise asks you to compute the dilated sum yourself.",
        "torch_convolution": "torch.convolution is the operator behind F.conv1d, so it is refused too. The exercise is about computing the sum yourself: each output adds k samples taken D apart, each weighted by its tap.",
        "conv2d_on_a_row": "Treating the signal as a one-row image and calling a 2-D convolution still hands the work to a library convolution, which the exercise forbids under any name. Compute the k-tap sum with indexing or slicing.",
        "holes_kernel_torch_conv1d": "The zero-inserted kernel is a correct view of dilation (the holes), but torch.conv1d then does the convolution, and library convolutions are refused. Compute the sum over the taps yourself; it never multiplies by the zeros. Reread “1. Spreading the taps”.",
    },
    "effective_kernel_size": {
        "k_times_d": "k x d counts d pixels for every tap, but k taps leave only k - 1 gaps between them; the first tap adds just its own pixel. Check your formula on an ordinary kernel, d = 1, which spans exactly k pixels. Reread “1. Spreading the taps”.",
        "k_plus_d": "k + d matches one case by coincidence but nothing else: it says a dense kernel spans one pixel more than it has taps. Every gap between neighbouring taps is stretched by the dilation, so the span grows with the product. Reread “1. Spreading the taps”.",
        "missing_plus_one": "d(k - 1) is the distance from the first tap to the last, not the number of pixels spanned: a run from position 0 to position p covers p + 1 pixels. Your answer forgets the pixel of the first tap.",
        "holes_counted_once": "You add the d - 1 holes only once, but they sit between every pair of neighbouring taps: each of the k - 1 gaps holds d - 1 holes. Reread “1. Spreading the taps”.",
        "float_result": "Your span comes back as a float because adding 1.0 turns the whole expression into a float. A number of pixels is an integer, and the exercise asks for a plain Python int that can be used in size arithmetic.",
        "tensor_result": "Your formula is right but wrapped in a torch tensor. The span is a plain number used in padding and output-size arithmetic; the contract asks for a Python int, not a 0-d tensor.",
        "one_by_one_spans_d": "A 1x1 kernel has a single tap and no gaps, so its dilation changes nothing: it always spans one pixel. Your special case for k = 1 returns d instead, which contradicts the general rule.",
        "assumes_three_taps": "Your answer assumes a 3-tap kernel whenever d > 1. The span depends on both k and d: each of the k - 1 gaps between taps is stretched by the dilation, whatever the kernel size. Reread “1. Spreading the taps”.",
    },
}
