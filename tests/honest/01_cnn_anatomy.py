"""Correct answers for 01_cnn_anatomy written differently from the reference: each must pass its tests."""

HONEST = {
    "collapse_linear": {
        # torch.mm / torch.mv instead of @, with a helper inside the cell
        "mm_and_mv_helper": '''
import torch

def _merged_bias(W2, b1, b2):
    return torch.mv(W2, b1) + b2

def collapse_linear(W1, b1, W2, b2):
    return torch.mm(W2, W1), _merged_bias(W2, b1, b2)
''',
        # einsum, computed in float64 and cast back, with a print
        "einsum_float64": '''
import torch

def collapse_linear(W1, b1, W2, b2):
    dtype = W1.dtype
    W = torch.einsum("oh,hd->od", W2.double(), W1.double())
    b = torch.einsum("oh,h->o", W2.double(), b1.double()) + b2.double()
    print("collapsed to", tuple(W.shape))
    return (W.to(dtype), b.to(dtype))
''',
        # read off the two-layer map itself: b = f(0), column j of W = f(e_j) - f(0)
        "probe_with_basis_vectors": '''
import torch
import torch.nn.functional as F

def collapse_linear(W1, b1, W2, b2):
    d = W1.shape[1]
    f = lambda x: F.linear(F.linear(x, W1, b1), W2, b2)
    b = f(torch.zeros(1, d, dtype=W1.dtype, device=W1.device))[0]
    W = (f(torch.eye(d, dtype=W1.dtype, device=W1.device)) - b).T.contiguous()
    return W, b
''',
    },
    "relu_grad": {
        "torch_where": '''
import torch

def relu_grad(x):
    return torch.where(x > 0, torch.ones_like(x), torch.zeros_like(x))
''',
        "heaviside": '''
import torch

def relu_grad(x):
    return torch.heaviside(x, torch.zeros((), dtype=x.dtype, device=x.device))
''',
        # autograd on a detached copy, as the statement allows
        "autograd_on_a_copy": '''
import torch

def relu_grad(x):
    t = x.detach().clone().requires_grad_(True)
    torch.relu(t).sum().backward()
    return t.grad
''',
        "mask_times_ones_with_print": '''
import torch

def relu_grad(x):
    grad = (x > 0) * torch.ones_like(x)
    print("fraction active:", round(grad.float().mean().item(), 3))
    return grad
''',
    },
}
