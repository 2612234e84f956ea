"""Correct answers for 18_learning_rate_batch_size written differently from the reference: each must pass its exercise's tests."""

HONEST = {
    "gd_quadratic": {
        "closed_form": '''
def gd_quadratic(lr, steps):
    factor = 1.0 - 2.0 * lr          # one step multiplies w by this
    return [factor ** t for t in range(steps + 1)]
''',
        "torch_sgd_float32_with_print": '''
import torch

def gd_quadratic(lr, steps):
    w = torch.tensor(1.0, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=lr)
    values = [w.item()]
    for _ in range(steps):
        optimizer.zero_grad()
        loss = w ** 2
        loss.backward()
        optimizer.step()
        values.append(w.item())
    print(f"lr={lr}: final w = {values[-1]:.3g}")
    return values
''',
        "autograd_grad_float64_and_warning": '''
import warnings
import torch

def gd_quadratic(lr, steps):
    if lr >= 1:
        warnings.warn("lr >= 1 does not converge on w**2")
    w = torch.tensor(1.0, dtype=torch.float64)
    out = [float(w)]
    for _ in range(steps):
        w = w.detach().requires_grad_()
        (g,) = torch.autograd.grad(w * w, w)
        w = w - lr * g
        out.append(float(w))
    return out
''',
    },
    "accumulated_grad": {
        "autograd_grad_then_set_grad": '''
import torch
import torch.nn.functional as F

def accumulated_grad(model, micro_batches):
    params = list(model.parameters())
    total = [torch.zeros_like(p) for p in params]
    for x, y in micro_batches:
        grads = torch.autograd.grad(F.cross_entropy(model(x), y), params)
        total = [t + g / len(micro_batches) for t, g in zip(total, grads)]
    for p, t in zip(params, total):
        p.grad = t.clone()
    return total
''',
        "scale_grads_afterwards_with_print": '''
import torch
import torch.nn.functional as F

def accumulated_grad(model, micro_batches):
    model.zero_grad(set_to_none=True)
    for x, y in micro_batches:
        loss = F.cross_entropy(model(x), y)
        loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p.grad /= len(micro_batches)
    print("accumulated", len(micro_batches), "micro-batches")
    return [p.grad.detach().clone() for p in model.parameters()]
''',
        "zero_in_place_with_helper_and_warning": '''
import warnings
import torch
import torch.nn as nn

def _micro_loss(model, x, y, k):
    return nn.CrossEntropyLoss()(model(x), y) / k

def accumulated_grad(model, micro_batches):
    warnings.warn("gradient accumulation")
    for p in model.parameters():
        if p.grad is not None:
            p.grad.zero_()
    k = len(micro_batches)
    for x, y in micro_batches:
        _micro_loss(model, x, y, k).backward()
    result = []
    for p in model.parameters():
        result.append(torch.clone(p.grad))
    return result
''',
    },
}
