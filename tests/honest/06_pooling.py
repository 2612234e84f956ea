"""Correct answers for 06_pooling written differently from the reference: each must earn full points."""

HONEST = {
    "maxpool2d": {
        # loop-free: unfold cuts one k x k window per output position.
        "unfold_amax": '''
import torch

def maxpool2d(x, k, s):
    return x.unfold(0, k, s).unfold(1, k, s).amax(dim=(-2, -1))
''',
        # nested Python lists of window maxima, stacked at the end; a helper inside the cell and a print.
        "stacked_rows_with_helper": '''
import torch

def _window(x, i, j, k, s):
    return x[i * s:i * s + k, j * s:j * s + k]

def maxpool2d(x, k, s):
    H, W = x.shape
    rows = [torch.stack([_window(x, i, j, k, s).max() for j in range(0, (W - k) // s + 1)])
            for i in range(0, (H - k) // s + 1)]
    print("pooled", len(rows), "rows")
    return torch.stack(rows)
''',
        # reduce rows first, then columns (a max of maxes), with a warning issued along the way.
        "separable_max_with_warning": '''
import warnings
import torch

def maxpool2d(x, k, s):
    warnings.warn("maxpool2d: separable implementation")
    H, W = x.shape
    H_out, W_out = (H - k) // s + 1, (W - k) // s + 1
    rows = torch.stack([x[i * s:i * s + k].amax(dim=0) for i in range(H_out)])        # [H_out, W]
    return torch.stack([rows[:, j * s:j * s + k].amax(dim=1) for j in range(W_out)], dim=1)
''',
    },
    "avgpool2d": {
        "unfold_mean": '''
import torch

def avgpool2d(x, k, s):
    return x.unfold(0, k, s).unfold(1, k, s).mean(dim=(-2, -1))
''',
        # a box filter: convolution with a k x k kernel of 1/k^2 (a convolution, not a pooling function).
        "box_filter_conv": '''
import torch
import torch.nn.functional as F

def avgpool2d(x, k, s):
    box = torch.full((1, 1, k, k), 1.0 / (k * k), dtype=x.dtype, device=x.device)
    return F.conv2d(x[None, None], box, stride=s)[0, 0]
''',
        # sums in float64, divided by k * k, converted back; with a print and a warning.
        "float64_sums_with_print": '''
import warnings
import torch

def avgpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = (H - k) // s + 1, (W - k) // s + 1
    wide = x.double()
    out = torch.zeros(H_out, W_out, dtype=torch.float64, device=x.device)
    for u in range(k):                      # add the k * k shifted, strided copies of x
        for v in range(k):
            out += wide[u:u + (H_out - 1) * s + 1:s, v:v + (W_out - 1) * s + 1:s]
    print("window", k, "stride", s)
    warnings.warn("computed in float64")
    return (out / (k * k)).to(x.dtype)
''',
    },
    "maxpool_backward": {
        # vectorized: one argmax per window, then index_put_ with accumulate=True.
        "unfold_argmax_index_put": '''
import torch

def maxpool_backward(x, grad_out, k, s):
    H_out, W_out = grad_out.shape
    windows = x.unfold(0, k, s).unfold(1, k, s).reshape(H_out, W_out, k * k)
    first = windows.argmax(dim=-1)                     # the first maximum of each window, row-major
    rows = torch.arange(H_out, device=x.device)[:, None] * s + first // k
    cols = torch.arange(W_out, device=x.device)[None, :] * s + first % k
    grad_x = torch.zeros_like(x)
    grad_x.index_put_((rows.reshape(-1), cols.reshape(-1)), grad_out.reshape(-1), accumulate=True)
    return grad_x
''',
        # explicit first-maximum search with Python comparisons (no argmax), scatter into a flat gradient.
        "explicit_search_flat_scatter": '''
import torch

def _first_max(window):
    best, where = None, (0, 0)
    for u in range(window.shape[0]):
        for v in range(window.shape[1]):
            value = float(window[u, v])
            if best is None or value > best:
                best, where = value, (u, v)
    return where

def maxpool_backward(x, grad_out, k, s):
    H, W = x.shape
    flat = x.new_zeros(H * W)
    for i in range(grad_out.shape[0]):
        for j in range(grad_out.shape[1]):
            u, v = _first_max(x[i * s:i * s + k, j * s:j * s + k])
            flat[(i * s + u) * W + (j * s + v)] += grad_out[i, j]
    return flat.reshape(H, W)
''',
        # the reference loop with a warning and a print.
        "loop_with_warning": '''
import warnings
import torch

def maxpool_backward(x, grad_out, k, s):
    warnings.warn("maxpool_backward: slow loop")
    grad_x = torch.zeros(x.shape, dtype=x.dtype, device=x.device)
    for i in range(grad_out.shape[0]):
        for j in range(grad_out.shape[1]):
            window = x[i * s:i * s + k, j * s:j * s + k]
            u, v = divmod(int(torch.argmax(window)), k)
            grad_x[i * s + u, j * s + v] = grad_x[i * s + u, j * s + v] + grad_out[i, j]
    print("done")
    return grad_x
''',
    },
}
