"""Known-wrong answers for 06_pooling: each must fail its exercise's tests."""

MUTANTS = {
    "maxpool2d": {
        # SYLLABUS ✗: assumes s = k; reshapes the map into k x k tiles (non-overlapping pooling).
        "reshape_assumes_s_equals_k": '''
import torch

def maxpool2d(x, k, s):
    H, W = x.shape
    tiles = x[:H // k * k, :W // k * k].reshape(H // k, k, W // k, k)
    return tiles.amax(dim=(1, 3))
''',
        # SYLLABUS ✗ (loop version): windows step by k, the stride is ignored.
        "steps_by_kernel_size": '''
import torch

def maxpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = (H - k) // k + 1, (W - k) // k + 1
    out = torch.empty(H_out, W_out, dtype=x.dtype, device=x.device)
    for i in range(H_out):
        for j in range(W_out):
            out[i, j] = x[i * k:i * k + k, j * k:j * k + k].max()
    return out
''',
        # the stride is ignored altogether: every window position (stride 1).
        "stride_one": '''
import torch

def maxpool2d(x, k, s):
    H, W = x.shape
    out = torch.empty(H - k + 1, W - k + 1, dtype=x.dtype, device=x.device)
    for i in range(H - k + 1):
        for j in range(W - k + 1):
            out[i, j] = x[i:i + k, j:j + k].max()
    return out
''',
        # output size rounded up: a last, truncated window at the border (ceil_mode-like).
        "ceil_output_size": '''
import torch

def maxpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = -(-(H - k) // s) + 1, -(-(W - k) // s) + 1
    out = torch.empty(H_out, W_out, dtype=x.dtype, device=x.device)
    for i in range(H_out):
        for j in range(W_out):
            out[i, j] = x[i * s:i * s + k, j * s:j * s + k].max()
    return out
''',
        # window one pixel too small (k - 1 rows and columns).
        "window_too_small": '''
import torch

def maxpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = (H - k) // s + 1, (W - k) // s + 1
    out = torch.empty(H_out, W_out, dtype=x.dtype, device=x.device)
    for i in range(H_out):
        for j in range(W_out):
            out[i, j] = x[i * s:i * s + max(k - 1, 1), j * s:j * s + max(k - 1, 1)].max()
    return out
''',
        # H used for both dimensions: right on square maps only.
        "assumes_square": '''
import torch

def maxpool2d(x, k, s):
    H, W = x.shape
    n = (H - k) // s + 1
    out = torch.empty(n, n, dtype=x.dtype, device=x.device)
    for i in range(n):
        for j in range(n):
            out[i, j] = x[i * s:i * s + k, j * s:j * s + k].max()
    return out
''',
        # the window mean instead of the maximum.
        "average_instead_of_max": '''
import torch

def maxpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = (H - k) // s + 1, (W - k) // s + 1
    out = torch.empty(H_out, W_out, dtype=x.dtype, device=x.device)
    for i in range(H_out):
        for j in range(W_out):
            out[i, j] = x[i * s:i * s + k, j * s:j * s + k].mean()
    return out
''',
        # right values, returned as a nested Python list.
        "returns_list": '''
def maxpool2d(x, k, s):
    H, W = x.shape
    return [[x[i * s:i * s + k, j * s:j * s + k].max().item() for j in range((W - k) // s + 1)]
            for i in range((H - k) // s + 1)]
''',
        # output allocated as float32 whatever the input dtype.
        "always_float32": '''
import torch

def maxpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = (H - k) // s + 1, (W - k) // s + 1
    out = torch.empty(H_out, W_out, device=x.device)
    for i in range(H_out):
        for j in range(W_out):
            out[i, j] = x[i * s:i * s + k, j * s:j * s + k].max()
    return out
''',
        # right values, but not from scratch: the exercise forbids the library call.
        "calls_F_max_pool2d": '''
import torch.nn.functional as F

def maxpool2d(x, k, s):
    return F.max_pool2d(x[None, None], k, s)[0, 0]
''',
        "calls_nn_MaxPool2d": '''
import torch.nn as nn

def maxpool2d(x, k, s):
    return nn.MaxPool2d(k, s)(x[None, None])[0, 0]
''',
    },
    "avgpool2d": {
        # SYLLABUS ✗: assumes s = k; reshapes the map into k x k tiles (non-overlapping pooling).
        "reshape_assumes_s_equals_k": '''
import torch

def avgpool2d(x, k, s):
    H, W = x.shape
    tiles = x[:H // k * k, :W // k * k].reshape(H // k, k, W // k, k)
    return tiles.mean(dim=(1, 3))
''',
        # SYLLABUS ✗ (loop version): windows step by k, the stride is ignored.
        "steps_by_kernel_size": '''
import torch

def avgpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = (H - k) // k + 1, (W - k) // k + 1
    out = torch.empty(H_out, W_out, dtype=x.dtype, device=x.device)
    for i in range(H_out):
        for j in range(W_out):
            out[i, j] = x[i * k:i * k + k, j * k:j * k + k].mean()
    return out
''',
        "stride_one": '''
import torch

def avgpool2d(x, k, s):
    H, W = x.shape
    out = torch.empty(H - k + 1, W - k + 1, dtype=x.dtype, device=x.device)
    for i in range(H - k + 1):
        for j in range(W - k + 1):
            out[i, j] = x[i:i + k, j:j + k].mean()
    return out
''',
        # the window sum instead of its mean.
        "sum_not_mean": '''
import torch

def avgpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = (H - k) // s + 1, (W - k) // s + 1
    out = torch.empty(H_out, W_out, dtype=x.dtype, device=x.device)
    for i in range(H_out):
        for j in range(W_out):
            out[i, j] = x[i * s:i * s + k, j * s:j * s + k].sum()
    return out
''',
        # divided by k instead of k * k.
        "divides_by_k": '''
import torch

def avgpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = (H - k) // s + 1, (W - k) // s + 1
    out = torch.empty(H_out, W_out, dtype=x.dtype, device=x.device)
    for i in range(H_out):
        for j in range(W_out):
            out[i, j] = x[i * s:i * s + k, j * s:j * s + k].sum() / k
    return out
''',
        # floor division: rounds every average down.
        "floor_division": '''
import torch

def avgpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = (H - k) // s + 1, (W - k) // s + 1
    out = torch.empty(H_out, W_out, dtype=x.dtype, device=x.device)
    for i in range(H_out):
        for j in range(W_out):
            out[i, j] = x[i * s:i * s + k, j * s:j * s + k].sum() // (k * k)
    return out
''',
        # output size rounded up: a last, truncated window averaged over the values it has.
        "ceil_output_size": '''
import torch

def avgpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = -(-(H - k) // s) + 1, -(-(W - k) // s) + 1
    out = torch.empty(H_out, W_out, dtype=x.dtype, device=x.device)
    for i in range(H_out):
        for j in range(W_out):
            out[i, j] = x[i * s:i * s + k, j * s:j * s + k].mean()
    return out
''',
        "assumes_square": '''
import torch

def avgpool2d(x, k, s):
    H, W = x.shape
    n = (H - k) // s + 1
    out = torch.empty(n, n, dtype=x.dtype, device=x.device)
    for i in range(n):
        for j in range(n):
            out[i, j] = x[i * s:i * s + k, j * s:j * s + k].mean()
    return out
''',
        "always_float32": '''
import torch

def avgpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = (H - k) // s + 1, (W - k) // s + 1
    out = torch.empty(H_out, W_out, device=x.device)
    for i in range(H_out):
        for j in range(W_out):
            out[i, j] = x[i * s:i * s + k, j * s:j * s + k].mean()
    return out
''',
        "calls_F_avg_pool2d": '''
import torch.nn.functional as F

def avgpool2d(x, k, s):
    return F.avg_pool2d(x[None, None], k, s)[0, 0]
''',
        "calls_nn_AvgPool2d": '''
import torch.nn as nn

def avgpool2d(x, k, s):
    return nn.AvgPool2d(k, s)(x[None, None])[0, 0]
''',
    },
    "maxpool_backward": {
        # SYLLABUS ✗: the gradient spread evenly over the window (average pooling's backward).
        "spread_evenly": '''
import torch

def maxpool_backward(x, grad_out, k, s):
    grad_x = torch.zeros_like(x)
    H_out, W_out = grad_out.shape
    for i in range(H_out):
        for j in range(W_out):
            grad_x[i * s:i * s + k, j * s:j * s + k] += grad_out[i, j] / (k * k)
    return grad_x
''',
        # SYLLABUS ✗: overwrite instead of accumulate; wrong where windows overlap.
        "overwrite_not_accumulate": '''
import torch

def maxpool_backward(x, grad_out, k, s):
    grad_x = torch.zeros_like(x)
    H_out, W_out = grad_out.shape
    for i in range(H_out):
        for j in range(W_out):
            u, v = divmod(int(torch.argmax(x[i * s:i * s + k, j * s:j * s + k])), k)
            grad_x[i * s + u, j * s + v] = grad_out[i, j]
    return grad_x
''',
        # the flat index unravelled with the stride instead of the window width.
        "unravel_with_stride": '''
import torch

def maxpool_backward(x, grad_out, k, s):
    grad_x = torch.zeros_like(x)
    H_out, W_out = grad_out.shape
    for i in range(H_out):
        for j in range(W_out):
            u, v = divmod(int(torch.argmax(x[i * s:i * s + k, j * s:j * s + k])), s)
            u, v = min(u, k - 1), min(v, k - 1)
            grad_x[i * s + u, j * s + v] += grad_out[i, j]
    return grad_x
''',
        # the window's offset forgotten: every gradient lands in the top-left k x k corner.
        "window_offset_forgotten": '''
import torch

def maxpool_backward(x, grad_out, k, s):
    grad_x = torch.zeros_like(x)
    H_out, W_out = grad_out.shape
    for i in range(H_out):
        for j in range(W_out):
            u, v = divmod(int(torch.argmax(x[i * s:i * s + k, j * s:j * s + k])), k)
            grad_x[u, v] += grad_out[i, j]
    return grad_x
''',
        # ties: every position equal to the maximum gets the full gradient.
        "ties_all_get_gradient": '''
import torch

def maxpool_backward(x, grad_out, k, s):
    grad_x = torch.zeros_like(x)
    H_out, W_out = grad_out.shape
    for i in range(H_out):
        for j in range(W_out):
            window = x[i * s:i * s + k, j * s:j * s + k]
            grad_x[i * s:i * s + k, j * s:j * s + k] += (window == window.max()).to(x.dtype) * grad_out[i, j]
    return grad_x
''',
        # ties: the gradient split evenly between the tied maxima (what autograd of amax does).
        "ties_split_evenly": '''
import torch

def maxpool_backward(x, grad_out, k, s):
    grad_x = torch.zeros_like(x)
    H_out, W_out = grad_out.shape
    for i in range(H_out):
        for j in range(W_out):
            window = x[i * s:i * s + k, j * s:j * s + k]
            mask = (window == window.max()).to(x.dtype)
            grad_x[i * s:i * s + k, j * s:j * s + k] += mask / mask.sum() * grad_out[i, j]
    return grad_x
''',
        # ties: the last maximum in row-major order instead of the first.
        "ties_last_maximum": '''
import torch

def maxpool_backward(x, grad_out, k, s):
    grad_x = torch.zeros_like(x)
    H_out, W_out = grad_out.shape
    for i in range(H_out):
        for j in range(W_out):
            flat = x[i * s:i * s + k, j * s:j * s + k].reshape(-1)
            index = flat.numel() - 1 - int(torch.argmax(flat.flip(0)))
            u, v = divmod(index, k)
            grad_x[i * s + u, j * s + v] += grad_out[i, j]
    return grad_x
''',
        # gradient routed to the window's minimum.
        "argmin_instead_of_argmax": '''
import torch

def maxpool_backward(x, grad_out, k, s):
    grad_x = torch.zeros_like(x)
    H_out, W_out = grad_out.shape
    for i in range(H_out):
        for j in range(W_out):
            u, v = divmod(int(torch.argmin(x[i * s:i * s + k, j * s:j * s + k])), k)
            grad_x[i * s + u, j * s + v] += grad_out[i, j]
    return grad_x
''',
        # grad_x allocated as float32 whatever the input dtype.
        "always_float32": '''
import torch

def maxpool_backward(x, grad_out, k, s):
    grad_x = torch.zeros(x.shape, device=x.device)
    H_out, W_out = grad_out.shape
    for i in range(H_out):
        for j in range(W_out):
            u, v = divmod(int(torch.argmax(x[i * s:i * s + k, j * s:j * s + k])), k)
            grad_x[i * s + u, j * s + v] += grad_out[i, j]
    return grad_x
''',
        # right values, but by autograd through the library: forbidden.
        "autograd_of_F_max_pool2d": '''
import torch
import torch.nn.functional as F

def maxpool_backward(x, grad_out, k, s):
    leaf = x.detach().clone().requires_grad_(True)
    F.max_pool2d(leaf[None, None], k, s).backward(grad_out[None, None])
    return leaf.grad
''',
        # autograd through a hand-written forward pass (amax splits ties): forbidden too.
        "autograd_of_own_forward": '''
import torch

def maxpool_backward(x, grad_out, k, s):
    leaf = x.detach().clone().requires_grad_(True)
    H_out, W_out = grad_out.shape
    pooled = torch.stack([torch.stack([leaf[i * s:i * s + k, j * s:j * s + k].amax() for j in range(W_out)])
                          for i in range(H_out)])
    (grad,) = torch.autograd.grad(pooled, leaf, grad_out)
    return grad
''',
    },
}

# The library pooling through other names: refused at the dispatcher (aten operators) or by function identity.
MUTANTS["maxpool2d"].update({
    "alias_import_max_pool2d": '''
from torch.nn.functional import max_pool2d as pool

def maxpool2d(x, k, s):
    return pool(x[None, None], k, s)[0, 0]
''',
    "torch_max_pool2d": '''
import torch

def maxpool2d(x, k, s):
    return torch.max_pool2d(x[None, None], k, s)[0, 0]
''',
    "aten_max_pool2d_with_indices": '''
import torch

def maxpool2d(x, k, s):
    return torch.ops.aten.max_pool2d_with_indices(x[None, None], [k, k], [s, s])[0][0, 0]
''',
    # loops over the windows, but lets adaptive max pooling summarise each one.
    "adaptive_max_pool_per_window": '''
import torch
import torch.nn.functional as F

def maxpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = (H - k) // s + 1, (W - k) // s + 1
    out = torch.empty(H_out, W_out, dtype=x.dtype, device=x.device)
    for i in range(H_out):
        for j in range(W_out):
            out[i, j] = F.adaptive_max_pool2d(x[None, None, i * s:i * s + k, j * s:j * s + k], 1)[0, 0, 0, 0]
    return out
''',
})

MUTANTS["avgpool2d"].update({
    "alias_import_avg_pool2d": '''
from torch.nn.functional import avg_pool2d

def avgpool2d(x, k, s):
    return avg_pool2d(x[None, None], k, s)[0, 0]
''',
    "torch_C_nn_avg_pool2d": '''
import torch

def avgpool2d(x, k, s):
    return torch._C._nn.avg_pool2d(x[None, None], k, s)[0, 0]
''',
    # L1 pooling is the window sum: divided by k * k it is the average (built on avg_pool2d).
    "lp_pool_p1_divided": '''
import torch.nn.functional as F

def avgpool2d(x, k, s):
    return F.lp_pool2d(x[None, None], 1, k, s)[0, 0] / (k * k)
''',
    # loops over the windows, but lets global average pooling summarise each one (it is aten.mean underneath).
    "adaptive_avg_pool_per_window": '''
import torch
import torch.nn.functional as F

def avgpool2d(x, k, s):
    H, W = x.shape
    H_out, W_out = (H - k) // s + 1, (W - k) // s + 1
    out = torch.empty(H_out, W_out, dtype=x.dtype, device=x.device)
    for i in range(H_out):
        for j in range(W_out):
            out[i, j] = F.adaptive_avg_pool2d(x[None, None, i * s:i * s + k, j * s:j * s + k], 1)[0, 0, 0, 0]
    return out
''',
})

MUTANTS["maxpool_backward"].update({
    # no autograd, but the argmax positions come from the library pooling.
    "indices_from_F_max_pool2d": '''
import torch
import torch.nn.functional as F

def maxpool_backward(x, grad_out, k, s):
    _, indices = F.max_pool2d(x[None, None], k, s, return_indices=True)
    flat = torch.zeros(x.numel(), dtype=x.dtype, device=x.device)
    flat.index_add_(0, indices.flatten(), grad_out.flatten())
    return flat.reshape(x.shape)
''',
    "autograd_of_torch_max_pool2d_alias": '''
import torch
from torch.nn.functional import max_pool2d

def maxpool_backward(x, grad_out, k, s):
    leaf = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(max_pool2d(leaf[None, None], k, s), leaf, grad_out[None, None])
    return grad
''',
    # Tensor.backward through a hand-written forward that picks the first maximum: the right values, by autograd.
    "backward_of_own_forward": '''
import torch

def maxpool_backward(x, grad_out, k, s):
    leaf = x.detach().clone().requires_grad_(True)
    H_out, W_out = grad_out.shape
    picked = []
    for i in range(H_out):
        for j in range(W_out):
            window = leaf[i * s:i * s + k, j * s:j * s + k].reshape(-1)
            picked.append(window[int(torch.argmax(window.detach()))])
    (torch.stack(picked) * grad_out.reshape(-1)).sum().backward()
    return leaf.grad
''',
    "torch_func_vjp_of_own_forward": '''
import torch

def maxpool_backward(x, grad_out, k, s):
    H_out, W_out = grad_out.shape

    def forward(v):
        rows = []
        for i in range(H_out):
            row = []
            for j in range(W_out):
                window = v[i * s:i * s + k, j * s:j * s + k].reshape(-1)
                row.append(window[int(torch.argmax(window.detach()))])
            rows.append(torch.stack(row))
        return torch.stack(rows)

    _, pullback = torch.func.vjp(forward, x)
    return pullback(grad_out)[0]
''',
})

EXPLANATIONS = {
    "maxpool2d": {
        "reshape_assumes_s_equals_k": "Reshaping the map into k x k tiles assumes the stride equals the window. With s < k windows overlap and a pixel belongs to several of them, which a reshape cannot express; with s > k there are gaps. Reread “3 · Windows may overlap”.",
        "steps_by_kernel_size": "Your windows step by the window size k and ignore the stride s. Window (i, j) starts at row i*s and column j*s, so overlapping (s < k) and gapped (s > k) pooling give other windows and another output size. Reread “1 · A window, a summary, a stride”.",
        "stride_one": "Your answer ignores the stride and takes every window position, as a stride-1 layer would. Pooling with stride s starts a window only every s pixels, which is how it shrinks the map. Reread “1 · A window, a summary, a stride”.",
        "ceil_output_size": "Your output size rounds up and keeps a last, truncated window at the border. Without padding, pooling counts only windows that fit completely, so the number of strides is floored. Reread “1 · A window, a summary, a stride”.",
        "window_too_small": "Your windows are one row and one column short of k x k, so a maximum on the window's last row or column is missed. Each output summarises the full k x k block starting at (i*s, j*s). Reread “1 · A window, a summary, a stride”.",
        "assumes_square": "Your answer uses the height for both output dimensions, so it works on square maps only. Rows and columns are counted separately, and the tests use non-square maps.",
        "average_instead_of_max": "Your answer takes the window's mean, which is average pooling. Max pooling keeps the window's largest value, so a strong response in one pixel is reported at full strength instead of being diluted. Reread “4 · Max keeps peaks, average smooths”.",
        "returns_list": "Your values are right, but you return a nested Python list of floats. The contract is a tensor with the dtype and device of x, which the next layer can consume and autograd can track.",
        "always_float32": "Your output is allocated without x's dtype, so float64 maps come back as float32. Build the result with the dtype and device of x, as the exercise requires.",
        "calls_F_max_pool2d": "Your answer calls F.max_pool2d, which the exercise forbids: the point is to visit the windows and take their maxima yourself. The hidden tests make library pooling raise while your function runs.",
        "calls_nn_MaxPool2d": "Using nn.MaxPool2d is the library pooling layer the exercise forbids. Compute each window's maximum yourself, with loops over the output positions or with unfold.",
        "alias_import_max_pool2d": "Importing max_pool2d under another name is still the library pooling function, and the rules refuse it under any name. Implement the window-by-window maximum yourself.",
        "torch_max_pool2d": "torch.max_pool2d is the same library pooling as F.max_pool2d under another name, which the exercise forbids. Slide the k x k window with stride s and take each maximum yourself.",
        "aten_max_pool2d_with_indices": "Calling the ATen max-pooling operator directly is still library pooling, refused at PyTorch's dispatcher. The exercise asks you to compute the windows and their maxima yourself.",
        "adaptive_max_pool_per_window": "Your loop is right, but it lets adaptive max pooling summarise each window, and the rules forbid every library pooling function, adaptive ones included. A window's maximum is a plain tensor reduction.",
    },
    "avgpool2d": {
        "reshape_assumes_s_equals_k": "Reshaping into k x k tiles is average pooling only when the stride equals the window. With s < k neighbouring windows share pixels, and a reshape puts each pixel in exactly one tile. Reread “3 · Windows may overlap”.",
        "steps_by_kernel_size": "Your windows advance by k instead of the stride s. Window (i, j) starts at (i*s, j*s); with overlapping or gapped pooling your windows, and the output size, are wrong. Reread “1 · A window, a summary, a stride”.",
        "stride_one": "Your answer averages every window position, as if the stride were 1. With stride s a window starts only every s pixels, and the output has the floored count of those positions. Reread “1 · A window, a summary, a stride”.",
        "sum_not_mean": "Your answer returns each window's sum. Average pooling divides the sum by the number of values in the window, so the output stays on the scale of the input. Reread “1 · A window, a summary, a stride”.",
        "divides_by_k": "Your answer divides the window sum by k. A k x k window holds k squared values, and the average must divide by all of them. Reread “1 · A window, a summary, a stride”.",
        "floor_division": "Floor division rounds every average down to a whole number. Averages of float maps are fractional; use true division so the mean keeps its exact value.",
        "ceil_output_size": "Your output size rounds up and averages a truncated window at the border over the values it has. Without padding, only windows that fit completely count, so the division is floored. Reread “1 · A window, a summary, a stride”.",
        "assumes_square": "Your answer uses the height's window count for the width too, so it fails on non-square maps. Compute the number of windows along each dimension separately.",
        "always_float32": "Your output buffer drops x's dtype, so float64 input gives float32 averages. Allocate the result with the dtype and device of x.",
        "calls_F_avg_pool2d": "Your answer calls F.avg_pool2d, which the exercise forbids; the point is to average the windows yourself. The hidden tests refuse library pooling while your function runs.",
        "calls_nn_AvgPool2d": "nn.AvgPool2d is the library layer the exercise asks you not to use. Average each k x k window yourself, with loops or with unfold.",
        "alias_import_avg_pool2d": "Importing avg_pool2d directly is still the library pooling function, which the rules refuse under any name. Compute the window means yourself.",
        "torch_C_nn_avg_pool2d": "The private torch._C._nn binding is the same library average pooling, refused at the dispatcher. Write the window-by-window average yourself.",
        "lp_pool_p1_divided": "Lp pooling with p = 1 divided by k squared does give the average, but it is a library pooling function (built on average pooling), which the exercise forbids. Compute each window's mean yourself.",
        "adaptive_avg_pool_per_window": "Your loop over the windows is right, but adaptive average pooling summarises each one, and every library pooling function is forbidden. The mean of a window is a plain tensor reduction.",
    },
    "maxpool_backward": {
        "spread_evenly": "Spreading the gradient evenly over the window is the backward pass of average pooling. In max pooling only the window's maximum reached the output, so it gets the whole gradient and every other input gets 0. Reread “6 · The gradient of max pooling goes to the argmax”.",
        "overwrite_not_accumulate": "Your answer overwrites instead of adding. With overlapping windows one input can be the maximum of several windows, and by the chain rule it receives the sum of their gradients; overwriting keeps only the last. Reread “6 · The gradient of max pooling goes to the argmax”.",
        "unravel_with_stride": "Your answer turns the flat index inside the window into a row and column using the stride. The window is k wide whatever the stride, so the index must be unravelled with k, or the gradient lands on the wrong pixel. Reread “Exercise 3 · `maxpool_backward` (3 points)”.",
        "window_offset_forgotten": "Your answer finds the maximum's position inside the window but forgets where the window starts in x. Window (i, j) begins at (i*s, j*s), so every gradient ends up in the top-left corner. Reread “6 · The gradient of max pooling goes to the argmax”.",
        "ties_all_get_gradient": "On ties your answer gives the full gradient to every maximum, so the gradient is counted several times. The forward pass used one input, the first maximum in row-major order, and only it gets the gradient. Reread “6 · The gradient of max pooling goes to the argmax”.",
        "ties_split_evenly": "On ties your answer splits the gradient between the equal maxima. PyTorch's max pooling routes it to the first maximum in row-major order, the input the forward pass actually used. Reread “6 · The gradient of max pooling goes to the argmax”.",
        "ties_last_maximum": "On ties your answer picks the last maximum. PyTorch's convention is the first maximum in row-major order (top row first, left to right), and the gradient must follow it. Reread “6 · The gradient of max pooling goes to the argmax”.",
        "argmin_instead_of_argmax": "Your answer routes the gradient to the window's minimum. The output of max pooling is the window's maximum, so only that input influenced it and receives the gradient. Reread “6 · The gradient of max pooling goes to the argmax”.",
        "always_float32": "Your gradient is allocated as float32 whatever x is, so float64 inputs get a float32 gradient. A gradient has the shape, dtype and device of x.",
        "autograd_of_F_max_pool2d": "Your values are right, but you let autograd differentiate F.max_pool2d, which the exercise forbids: the task is to route the gradient yourself. Both autograd and library pooling are refused while your function runs.",
        "autograd_of_own_forward": "Your answer uses autograd, which is forbidden here, and its amax forward splits ties evenly instead of using the first maximum. Route each window's gradient to its first argmax yourself. Reread “6 · The gradient of max pooling goes to the argmax”.",
        "indices_from_F_max_pool2d": "Taking the argmax indices from library max pooling is forbidden, return_indices included. Find each window's first maximum yourself and add its upstream gradient there.",
        "autograd_of_torch_max_pool2d_alias": "Renaming max_pool2d and calling torch.autograd.grad is still library pooling plus autograd, both forbidden. The exercise asks you to compute the backward pass by hand.",
        "backward_of_own_forward": "Your hand-written forward is fine, but calling backward on it lets autograd compute the gradient, which the exercise forbids. The point is to route each window's gradient to its argmax yourself.",
        "torch_func_vjp_of_own_forward": "torch.func.vjp is autograd under another name, and the rules forbid it. Write the backward pass directly: a zero gradient, and each window's upstream value added at its first maximum.",
    },
}
