"""Correct answers for 08_dilated_convolutions written differently from the reference: each must earn full points."""

HONEST = {
    "dilated_conv1d": {
        # one strided window per output position, a dot product each, stacked.
        "loop_over_outputs": '''
import torch

def dilated_conv1d(x, w, dilation):
    k = w.shape[0]
    span = dilation * (k - 1) + 1
    outputs = [torch.dot(x[i:i + span:dilation], w) for i in range(x.shape[0] - span + 1)]
    return torch.stack(outputs)
''',
        # all windows at once with Tensor.unfold, every dilation-th sample, then a matrix-vector product.
        "unfold_matmul": '''
import torch

def dilated_conv1d(x, w, dilation):
    span = dilation * (w.shape[0] - 1) + 1
    windows = x.unfold(0, span, 1)[:, ::dilation]          # [L - span + 1, k]
    return windows @ w
''',
        # the zero-inserted kernel, applied by explicit Python sums into a preallocated tensor; print and warning.
        "holes_kernel_python_sums": '''
import warnings
import torch

def _with_holes(w, dilation):
    holes = torch.zeros(dilation * (w.shape[0] - 1) + 1, dtype=w.dtype, device=w.device)
    holes[::dilation] = w
    return holes

def dilated_conv1d(x, w, dilation):
    warnings.warn("slow dilated_conv1d")
    holes = _with_holes(w, dilation)
    n = x.shape[0] - holes.shape[0] + 1
    out = torch.empty(n, dtype=x.dtype, device=x.device)
    for i in range(n):
        out[i] = (x[i:i + holes.shape[0]] * holes).sum()
    print("outputs:", n)
    return out
''',
    },
    "effective_kernel_size": {
        "positions_of_taps": '''
def effective_kernel_size(k, d):
    taps = [t * d for t in range(k)]
    return taps[-1] - taps[0] + 1
''',
        # one pixel, then d more for every further tap; with a print.
        "grow_tap_by_tap": '''
def effective_kernel_size(k, d):
    span = 1
    for _ in range(k - 1):
        span += d
    print("span", span)
    return span
''',
        "int_of_expression_with_warning": '''
import warnings

def effective_kernel_size(k, d):
    warnings.warn("effective_kernel_size called")
    return int((k - 1) * d + 1)
''',
    },
}
