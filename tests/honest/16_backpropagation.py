"""Correct answers to notebook 16_backpropagation written differently from the reference: each must earn full points."""

HONEST = {
    "conv2d_backward": {
        # the scatter view: one loop over the kernel offsets, einsum for the channel and batch sums.
        "loop_over_kernel_offsets": '''
import torch

def conv2d_backward(x, w, grad_out):
    kH, kW = w.shape[2], w.shape[3]
    Ho, Wo = grad_out.shape[2], grad_out.shape[3]
    grad_x = torch.zeros_like(x)
    grad_w = torch.zeros_like(w)
    for u in range(kH):
        for v in range(kW):
            window = x[:, :, u:u + Ho, v:v + Wo]                       # what kernel offset (u, v) sees
            grad_w[:, :, u, v] = torch.einsum("nohw,nchw->oc", grad_out, window)
            grad_x[:, :, u:u + Ho, v:v + Wo] += torch.einsum("nohw,oc->nchw", grad_out, w[:, :, u, v])
    return grad_x, grad_w, grad_out.sum(dim=(0, 2, 3))
''',
        # im2col: unfold the input into columns, two matrix products, fold back (with a print).
        "unfold_and_fold": '''
import torch
import torch.nn.functional as F

def conv2d_backward(x, w, grad_out):
    N, C, H, W = x.shape
    O, _, kH, kW = w.shape
    print("conv2d_backward via im2col:", tuple(x.shape), tuple(w.shape))
    cols = F.unfold(x, (kH, kW))                                   # (N, C*kH*kW, L)
    g = grad_out.reshape(N, O, -1)                                 # (N, O, L)
    grad_w = torch.einsum("nol,nkl->ok", g, cols).reshape(w.shape)
    grad_cols = torch.einsum("ok,nol->nkl", w.reshape(O, -1), g)
    grad_x = F.fold(grad_cols, (H, W), (kH, kW))
    grad_b = g.sum(dim=(0, 2))
    return (grad_x, grad_w, grad_b)
''',
        # plain loops over the output positions, with a helper and a warning.
        "loops_over_outputs_with_helper": '''
import warnings
import torch

def _window(t, i, j, kH, kW):
    return t[:, :, i:i + kH, j:j + kW]

def conv2d_backward(x, w, grad_out):
    warnings.warn("slow loops")
    kH, kW = w.shape[-2:]
    grad_x = torch.zeros_like(x)
    grad_w = torch.zeros_like(w)
    grad_b = torch.zeros(w.shape[0], dtype=x.dtype, device=x.device)
    for i in range(grad_out.shape[2]):
        for j in range(grad_out.shape[3]):
            g = grad_out[:, :, i, j]                                   # (N, O)
            grad_b += g.sum(dim=0)
            grad_w += torch.einsum("no,nchw->ochw", g, _window(x, i, j, kH, kW))
            _window(grad_x, i, j, kH, kW).add_(torch.einsum("no,ochw->nchw", g, w))
    return grad_x, grad_w, grad_b
''',
        # true full convolution written as F.conv2d with explicit F.pad and torch.flip, contiguous results.
        "explicit_pad_and_flip": '''
import torch
import torch.nn.functional as F

def conv2d_backward(x, w, grad_out):
    kH, kW = w.shape[-2:]
    padded = F.pad(grad_out, (kW - 1, kW - 1, kH - 1, kH - 1))
    rotated = torch.flip(w, dims=(-2, -1)).permute(1, 0, 2, 3).contiguous()
    grad_x = F.conv2d(padded, rotated)
    grad_w = F.conv2d(x.permute(1, 0, 2, 3), grad_out.permute(1, 0, 2, 3)).permute(1, 0, 2, 3).contiguous()
    grad_b = grad_out.sum(dim=3).sum(dim=2).sum(dim=0)
    return grad_x, grad_w, grad_b
''',
    },
    "sgd_step": {
        # through .data, which autograd does not track (no no_grad block needed).
        "data_add_with_alpha": '''
def sgd_step(params, lr):
    for p in params:
        if p.grad is not None:
            p.data.add_(p.grad, alpha=-lr)
''',
        # the decorator form, copy_ and a print.
        "no_grad_decorator_copy": '''
import torch

@torch.no_grad()
def sgd_step(params, lr):
    updated = 0
    for p in params:
        if p.grad is None:
            continue
        p.copy_(p - lr * p.grad)
        updated += 1
    print(f"sgd_step: updated {updated} tensors")
    return updated
''',
        # torch's multi-tensor foreach kernels, on a list made once from the iterable, with a warning.
        "foreach_on_a_list": '''
import warnings
import torch

def sgd_step(params, lr):
    warnings.warn("foreach update")
    with_grad = [p for p in params if p.grad is not None]
    if with_grad:
        with torch.no_grad():
            torch._foreach_add_(with_grad, [p.grad for p in with_grad], alpha=-lr)
''',
    },
}
