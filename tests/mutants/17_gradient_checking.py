"""Known-wrong answers to notebook 17_gradient_checking: each must fail its exercise's tests by a failed check."""

MUTANTS = {
    "numerical_grad": {
        # SYLLABUS ✗: the one-sided difference, error O(eps).
        "one_sided": '''
import torch

def numerical_grad(f, x, eps=1e-6):
    work = x.detach().clone()
    flat = work.view(-1)
    grad = torch.zeros_like(x)
    base = f(work).item()
    for i in range(flat.numel()):
        old = flat[i].item()
        flat[i] = old + eps
        grad.view(-1)[i] = (f(work).item() - base) / eps
        flat[i] = old
    return grad
''',
        # divided by eps instead of 2 eps: every entry doubled.
        "divides_by_eps": '''
import torch

def numerical_grad(f, x, eps=1e-6):
    work = x.detach().clone()
    flat = work.view(-1)
    grad = torch.zeros_like(x)
    for i in range(flat.numel()):
        old = flat[i].item()
        flat[i] = old + eps
        up = f(work).item()
        flat[i] = old - eps
        down = f(work).item()
        flat[i] = old
        grad.view(-1)[i] = (up - down) / eps
    return grad
''',
        # B35 ✗: a random step; the result no longer follows the eps that was given.
        "random_step": '''
import torch

def numerical_grad(f, x, eps=1e-6):
    work = x.detach().clone()
    flat = work.view(-1)
    grad = torch.zeros_like(x)
    for i in range(flat.numel()):
        step = eps * (0.5 + torch.rand(()).item())
        old = flat[i].item()
        flat[i] = old + step
        up = f(work).item()
        flat[i] = old - step
        down = f(work).item()
        flat[i] = old
        grad.view(-1)[i] = (up - down) / (2 * step)
    return grad
''',
        # every entry nudged at once: a directional derivative, the same number everywhere.
        "all_entries_at_once": '''
import torch

def numerical_grad(f, x, eps=1e-6):
    d = (f(x + eps) - f(x - eps)).item() / (2 * eps)
    return torch.full_like(x, d)
''',
        # x changed in place and not restored exactly (+eps, -2 eps, +eps leaves rounding errors).
        "x_not_restored_exactly": '''
import torch

def numerical_grad(f, x, eps=1e-6):
    flat = x.view(-1)
    grad = torch.zeros_like(x)
    for i in range(flat.numel()):
        flat[i] += eps
        up = f(x).item()
        flat[i] -= 2 * eps
        down = f(x).item()
        flat[i] += eps
        grad.view(-1)[i] = (up - down) / (2 * eps)
    return grad
''',
        # in float32: the difference drowns in round-off (and the dtype changes).
        "float32_inside": '''
import torch

def numerical_grad(f, x, eps=1e-6):
    work = x.detach().float().clone()
    flat = work.view(-1)
    grad = torch.zeros_like(work)
    for i in range(flat.numel()):
        old = flat[i].item()
        flat[i] = old + eps
        up = f(work).item()
        flat[i] = old - eps
        down = f(work).item()
        flat[i] = old
        grad.view(-1)[i] = (up - down) / (2 * eps)
    return grad
''',
        # another default step: 1e-3 gives an error eps^2 = 1e-6 on the cubic.
        "default_step_1e-3": '''
import torch

def numerical_grad(f, x, eps=1e-3):
    work = x.detach().clone()
    flat = work.view(-1)
    grad = torch.zeros_like(x)
    for i in range(flat.numel()):
        old = flat[i].item()
        flat[i] = old + eps
        up = f(work).item()
        flat[i] = old - eps
        down = f(work).item()
        flat[i] = old
        grad.view(-1)[i] = (up - down) / (2 * eps)
    return grad
''',
        # passes the visible tests only: indexes x[i], which is a row for a matrix; rows nudged at once.
        "first_axis_only": '''
import torch

def numerical_grad(f, x, eps=1e-6):
    work = x.detach().clone()
    grad = torch.zeros_like(x)
    if work.dim() == 2 and work.shape[0] == 2 and work.shape[1] == 3:
        work, grad = work.view(-1), grad.view(-1)
        g = lambda t: f(t.view(x.shape))
    else:
        g = f
    for i in range(len(work)):
        old = work[i].clone()
        work[i] = old + eps
        up = g(work).item()
        work[i] = old - eps
        down = g(work).item()
        work[i] = old
        grad[i] = (up - down) / (2 * eps)
    return grad.view(x.shape)
''',
        # autograd instead of differences: refused while the answer runs.
        "autograd_inside": '''
import torch

def numerical_grad(f, x, eps=1e-6):
    with torch.enable_grad():
        leaf = x.detach().clone().requires_grad_(True)
        return torch.autograd.grad(f(leaf), leaf)[0]
''',
    },
    "relative_error": {
        # SYLLABUS and B35 ✗: divided by the product of the norms (0.5 for (2, 1)).
        "product_of_norms": '''
import torch

def relative_error(a, b):
    a = torch.as_tensor(a, dtype=torch.float64)
    b = torch.as_tensor(b, dtype=torch.float64, device=a.device)
    return ((a - b).norm() / max((a.norm() * b.norm()).item(), torch.finfo(torch.float64).tiny)).item()
''',
        # divided by the norm of b only (1.0 for (2, 1)).
        "divided_by_b_only": '''
import torch

def relative_error(a, b):
    a = torch.as_tensor(a, dtype=torch.float64)
    b = torch.as_tensor(b, dtype=torch.float64, device=a.device)
    return ((a - b).norm() / max(b.norm().item(), torch.finfo(torch.float64).tiny)).item()
''',
        # the max of the norms: another convention, not the one the exercise asks for (0.5 for (2, 1)).
        "max_of_norms": '''
import torch

def relative_error(a, b):
    a = torch.as_tensor(a, dtype=torch.float64)
    b = torch.as_tensor(b, dtype=torch.float64, device=a.device)
    return ((a - b).norm() / max(a.norm().item(), b.norm().item(), torch.finfo(torch.float64).tiny)).item()
''',
        # passes the visible tests only: no absolute value for numbers, -1/3 for (1.0, 2.0).
        "signed_for_numbers": '''
import torch

def relative_error(a, b):
    if isinstance(a, (int, float)):
        return float((a - b) / max(abs(a) + abs(b), torch.finfo(torch.float64).tiny))
    a, b = a.double(), b.double()
    return ((a - b).norm() / max((a.norm() + b.norm()).item(), torch.finfo(torch.float64).tiny)).item()
''',
        # no guard: 0 / 0 is nan for two zero gradients.
        "no_guard": '''
import torch

def relative_error(a, b):
    a = torch.as_tensor(a, dtype=torch.float64)
    b = torch.as_tensor(b, dtype=torch.float64, device=a.device)
    return ((a - b).norm() / (a.norm() + b.norm())).item()
''',
        # + 1e-8 in the denominator: not scale-free for small gradients.
        "plus_epsilon_in_denominator": '''
import torch

def relative_error(a, b):
    a = torch.as_tensor(a, dtype=torch.float64)
    b = torch.as_tensor(b, dtype=torch.float64, device=a.device)
    return ((a - b).norm() / (a.norm() + b.norm() + 1e-8)).item()
''',
        # computed in the input's dtype: float32 squares overflow to inf (nan) or underflow to 0.
        "input_dtype": '''
import torch

def relative_error(a, b):
    if not isinstance(a, torch.Tensor):
        a, b = torch.tensor(float(a), dtype=torch.float64), torch.tensor(float(b), dtype=torch.float64)
    den = torch.linalg.vector_norm(a) + torch.linalg.vector_norm(b)
    return float(torch.linalg.vector_norm(a - b) / den.clamp(min=torch.finfo(den.dtype).tiny))
''',
        # the largest entrywise relative error instead of the norms (1.0 instead of 5/7 for [3, 0] vs [0, 4]).
        "entrywise_max": '''
import torch

def relative_error(a, b):
    a = torch.as_tensor(a, dtype=torch.float64).reshape(-1)
    b = torch.as_tensor(b, dtype=torch.float64, device=a.device).reshape(-1)
    ratios = (a - b).abs() / (a.abs() + b.abs()).clamp(min=torch.finfo(torch.float64).tiny)
    return ratios.max().item()
''',
        # the L1 norm instead of the Euclidean norm (1.0 instead of 5/7 for [3, 0] vs [0, 4]).
        "l1_norm": '''
import torch

def relative_error(a, b):
    a = torch.as_tensor(a, dtype=torch.float64)
    b = torch.as_tensor(b, dtype=torch.float64, device=a.device)
    return ((a - b).abs().sum() / max((a.abs().sum() + b.abs().sum()).item(), torch.finfo(torch.float64).tiny)).item()
''',
        # a 0-d tensor returned instead of a Python float.
        "returns_a_tensor": '''
import torch

def relative_error(a, b):
    a = torch.as_tensor(a, dtype=torch.float64)
    b = torch.as_tensor(b, dtype=torch.float64, device=a.device)
    return (a - b).norm() / (a.norm() + b.norm()).clamp(min=torch.finfo(torch.float64).tiny)
''',
    },
}

EXPLANATIONS = {
    "numerical_grad": {
        "one_sided": "Your answer uses the one-sided difference, whose error is proportional to eps; the centred difference cancels the f'' terms, so its error shrinks as eps squared. Reread “2 · One-sided or centred: $O(\\varepsilon)$ against $O(\\varepsilon^2)$”.",
        "divides_by_eps": "Your answer divides f(x + eps) - f(x - eps) by eps, but the two points are 2 eps apart, so every entry comes out twice the gradient. Reread “1 · The idea: compare backpropagation with a finite difference”.",
        "random_step": "Your answer draws a random step, so the result no longer follows the eps it is given. The step is fixed and the same for every coordinate: a random one moves each entry between round-off and truncation. Reread “3 · How small is small: truncation against round-off, and float64”.",
        "all_entries_at_once": "Your answer nudges every entry of x at once, which gives one directional derivative copied everywhere, not the gradient. Each coordinate needs its own pair of evaluations of f. Reread “1 · The idea: compare backpropagation with a finite difference”.",
        "x_not_restored_exactly": "Your answer changes x in place and undoes each nudge by adding and subtracting eps again, which leaves rounding errors. Afterwards x must hold exactly its original values: save each entry before changing it and put the saved value back, or work on a copy.",
        "float32_inside": "Your answer works in float32: the result no longer has x's dtype, and the tiny difference of the two loss values drowns in round-off. A gradient check keeps float64. Reread “3 · How small is small: truncation against round-off, and float64”.",
        "default_step_1e-3": "Your answer changes the default step to 1e-3. The signature asks for eps=1e-6, the float64 balance point between truncation and round-off; with 1e-3 the centred error on the cubic is eps squared, far above the tolerance.",
        "first_axis_only": "Your answer indexes x along its first axis only, so for a matrix it nudges a whole row at once, and it special-cases the visible shape to pass. Work on a flat view so that every entry, in every dimension, is nudged alone.",
        "autograd_inside": "Your answer calls autograd, but a gradient check exists to verify backpropagation, so it must use only forward evaluations of f; the hidden tests make autograd raise. Reread “1 · The idea: compare backpropagation with a finite difference”.",
    },
    "relative_error": {
        "product_of_norms": "Your answer divides by the product of the norms: that is not a relative error, it has units of 1/gradient and changes when both gradients are rescaled, so no threshold means anything. Divide by the sum. Reread “4 · Comparing two gradients: the relative error”.",
        "divided_by_b_only": "Your answer divides by the norm of b alone, so swapping the two gradients changes the result. The relative error is symmetric: it divides by the sum of both norms. Reread “4 · Comparing two gradients: the relative error”.",
        "max_of_norms": "Your answer divides by the larger norm. That convention is also scale-free, but the exercise asks for the sum of the norms, the one this notebook uses with its thresholds. Reread “4 · Comparing two gradients: the relative error”.",
        "signed_for_numbers": "Your answer drops the absolute value of the difference for plain numbers, so the result turns negative when a < b. The norm of a number is its absolute value and r lies in [0, 1]; one float64 formula can serve numbers and tensors alike.",
        "no_guard": "Your answer has no guard in the denominator, so two zero gradients give 0/0 = nan. The tiny float64 constant, taken through a maximum, matters only then and gives 0.0. Reread “4 · Comparing two gradients: the relative error”.",
        "plus_epsilon_in_denominator": "Your answer adds 1e-8 to the denominator, which breaks scale invariance: for gradients of size 1e-8 the constant dominates and a real mismatch looks small. Guard only with the tiny float64 constant, through a maximum, not a sum.",
        "input_dtype": "Your answer computes in the inputs' dtype, so for very large or very small float32 gradients the squares in the norms overflow or underflow. Convert both inputs to float64 first, as the exercise asks.",
        "entrywise_max": "Your answer takes the largest entrywise relative error, a different quantity that is noisy for entries near zero. The exercise's r is one ratio of Euclidean norms over all entries. Reread “4 · Comparing two gradients: the relative error”.",
        "l1_norm": "Your answer measures with the L1 norm (sum of absolute values). The relative error is defined with the Euclidean 2-norm over all entries, and the two disagree for vectors. Reread “4 · Comparing two gradients: the relative error”.",
        "returns_a_tensor": "Your answer returns a 0-d tensor, but the contract is a Python float: the caller compares it with thresholds and prints it without caring about dtype or device. Convert the quotient to a float at the end.",
    },
}
