"""Correct answers to notebook 17_gradient_checking written differently from the reference: each must earn full points."""

HONEST = {
    "numerical_grad": {
        # works on x itself, in place, and restores each saved entry exactly.
        "in_place_on_x_and_restore": '''
import torch

def numerical_grad(f, x, eps=1e-6):
    grad = torch.empty_like(x)
    flat_x, flat_g = x.view(-1), grad.view(-1)
    for i in range(x.numel()):
        saved = flat_x[i].clone()
        flat_x[i] = saved + eps
        f_plus = f(x)
        flat_x[i] = saved - eps
        f_minus = f(x)
        flat_x[i] = saved
        flat_g[i] = (f_plus - f_minus) / (2 * eps)
    return grad
''',
        # a fresh copy for every evaluation, indices from itertools.product, a print.
        "fresh_copies_ndindex": '''
import itertools
import torch

def numerical_grad(f, x, eps=1e-6):
    print("numerical gradient of", x.numel(), "entries")
    grad = torch.zeros_like(x)
    for index in itertools.product(*[range(n) for n in x.shape]):
        up, down = x.clone(), x.clone()
        up[index] += eps
        down[index] -= eps
        grad[index] = (f(up) - f(down)).item() / (2 * eps)
    return grad
''',
        # a helper, Python floats, a list of values reshaped at the end, a warning.
        "helper_and_list": '''
import warnings
import torch

def _centred(f, work, flat, i, eps):
    old = float(flat[i])
    flat[i] = old + eps
    plus = float(f(work))
    flat[i] = old - eps
    minus = float(f(work))
    flat[i] = old
    return (plus - minus) / (2 * eps)

def numerical_grad(f, x, eps=1e-6):
    warnings.warn("slow: two evaluations of f per entry")
    work = x.clone()
    flat = work.reshape(-1)
    values = [_centred(f, work, flat, i, eps) for i in range(flat.numel())]
    return torch.tensor(values, dtype=x.dtype, device=x.device).reshape(x.shape)
''',
    },
    "relative_error": {
        # numbers with math, tensors with torch.
        "math_for_numbers": '''
import math
import torch

TINY = torch.finfo(torch.float64).tiny

def relative_error(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) / max(abs(a) + abs(b), TINY) * 1.0
    a, b = a.detach().double(), b.detach().double()
    return float(torch.dist(a, b) / max(float(a.norm() + b.norm()), TINY))
''',
        # NumPy on the CPU, with a print.
        "numpy_on_cpu": '''
import numpy as np
import torch

def relative_error(a, b):
    a = np.asarray(a.detach().cpu().double() if isinstance(a, torch.Tensor) else a, dtype=np.float64).ravel()
    b = np.asarray(b.detach().cpu().double() if isinstance(b, torch.Tensor) else b, dtype=np.float64).ravel()
    r = np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), np.finfo(np.float64).tiny)
    print("relative error", r)
    return float(r)
''',
        # an explicit zero test instead of the tiny guard, sums of squares by hand.
        "zero_test_sum_of_squares": '''
import torch

def relative_error(a, b):
    a = torch.as_tensor(a).to(torch.float64)
    b = torch.as_tensor(b).to(torch.float64).to(a.device)
    norm_a, norm_b = (a * a).sum().sqrt(), (b * b).sum().sqrt()
    if float(norm_a + norm_b) == 0.0:
        return 0.0
    return float(((a - b) ** 2).sum().sqrt() / (norm_a + norm_b))
''',
    },
}
