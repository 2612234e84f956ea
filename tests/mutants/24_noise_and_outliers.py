"""Known-wrong answers for 24_noise_and_outliers: each must fail its exercise's tests."""

MUTANTS = {
    "huber": {
        # SYLLABUS ✗: the 1/2 of the quadratic piece is missing: 0.875 for residuals [0.5, 2].
        "missing_half_quadratic": '''
import torch

def huber(pred, target, delta=1):
    r = pred - target
    a = r.abs()
    return torch.where(a <= delta, r * r, delta * (a - 0.5 * delta)).mean()
''',
        # the 1/2 of the linear piece is missing: 0.5625 for residuals [0.5, 2].
        "missing_half_linear": '''
import torch

def huber(pred, target, delta=1):
    r = pred - target
    a = r.abs()
    return torch.where(a <= delta, 0.5 * r * r, delta * (a - delta)).mean()
''',
        # smooth L1 with beta = delta: Huber divided by delta, right for delta = 1 only.
        "smooth_l1_formula": '''
import torch

def huber(pred, target, delta=1):
    r = pred - target
    a = r.abs()
    return torch.where(a < delta, 0.5 * r * r / delta, a - 0.5 * delta).mean()
''',
        # the signed residual is compared with delta: large negative residuals count as small.
        "signed_residual_condition": '''
import torch

def huber(pred, target, delta=1):
    r = pred - target
    return torch.where(r <= delta, 0.5 * r * r, delta * (r.abs() - 0.5 * delta)).mean()
''',
        "sum_instead_of_mean": '''
import torch

def huber(pred, target, delta=1):
    r = pred - target
    a = r.abs()
    return torch.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta)).sum()
''',
        # delta is ignored (always 1).
        "delta_ignored": '''
import torch

def huber(pred, target, delta=1):
    r = pred - target
    a = r.abs()
    return torch.where(a <= 1, 0.5 * r * r, a - 0.5).mean()
''',
        "plain_mse": '''
def huber(pred, target, delta=1):
    return ((pred - target) ** 2).mean()
''',
        # written to pass the visible tests only: Python floats, then a new float32 CPU tensor
        # (no gradient, not float64, not on the device).
        "python_floats_new_tensor": '''
import torch

def huber(pred, target, delta=1):
    total, count = 0.0, 0
    for p, t in zip(pred.reshape(-1).tolist(), target.reshape(-1).tolist()):
        a = abs(p - t)
        total += 0.5 * a * a if a <= delta else delta * (a - 0.5 * delta)
        count += 1
    return torch.tensor(total / count)
''',
        # right value, but it overwrites pred with the residual.
        "modifies_pred_in_place": '''
import torch

def huber(pred, target, delta=1):
    r = pred.sub_(target)
    a = r.abs()
    return torch.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta)).mean()
''',
        "library_call": '''
import torch.nn.functional as F

def huber(pred, target, delta=1):
    return F.huber_loss(pred, target, delta=delta)
''',
        "module_call": '''
import torch.nn as nn

def huber(pred, target, delta=1):
    return nn.HuberLoss(delta=delta)(pred, target)
''',
        "smooth_l1_call_rescaled": '''
import torch.nn.functional as F

def huber(pred, target, delta=1):
    return delta * F.smooth_l1_loss(pred, target, beta=delta)
''',
        "aten_op_under_another_name": '''
import torch

def huber(pred, target, delta=1):
    return torch.ops.aten.huber_loss(pred, target, 1, float(delta))
''',
    },
    "smoothed_cross_entropy": {
        # SYLLABUS ✗: eps spread over the C - 1 wrong classes: 0.557606 for [2, 1, 0], class 0.
        "spread_over_other_classes": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    C = z.shape[1]
    onehot = F.one_hot(t, C).to(z.dtype)
    q = (1 - eps) * onehot + eps / (C - 1) * (1 - onehot)
    log_p = torch.log_softmax(z, dim=1)
    return -(q * log_p).sum(dim=1).mean()
''',
        # the uniform part forgotten: (1 - eps) * CE = 0.366845.
        "no_uniform_part": '''
import torch

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    log_p = torch.log_softmax(z, dim=1)
    return ((1 - eps) * -log_p.gather(1, t[:, None]).squeeze(1)).mean()
''',
        # one-hot + eps / C without the factor 1 - eps: targets summing to 1 + eps.
        "unnormalized_targets": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    q = F.one_hot(t, z.shape[1]).to(z.dtype) + eps / z.shape[1]
    return -(q * torch.log_softmax(z, dim=1)).sum(dim=1).mean()
''',
        "eps_ignored": '''
import torch

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    return -torch.log_softmax(z, dim=1).gather(1, t[:, None]).mean()
''',
        # log(softmax) overflows: inf for [1000, 0], class 1.
        "naive_log_softmax": '''
import torch

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    log_p = torch.log(torch.softmax(z, dim=1))
    return ((1 - eps) * -log_p.gather(1, t[:, None]).squeeze(1) - eps * log_p.mean(dim=1)).mean()
''',
        # log-softmax over dim 0: right for one example, normalizes a batch across its examples.
        "log_softmax_over_batch": '''
import torch

def smoothed_cross_entropy(logits, target, eps=0.1):
    if logits.dim() == 1:
        log_p = torch.log_softmax(logits, dim=0)[None]
    else:
        log_p = torch.log_softmax(logits, dim=0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    return ((1 - eps) * -log_p.gather(1, t[:, None]).squeeze(1) - eps * log_p.mean(dim=1)).mean()
''',
        "sum_over_batch": '''
import torch

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    log_p = torch.log_softmax(z, dim=1)
    return ((1 - eps) * -log_p.gather(1, t[:, None]).squeeze(1) - eps * log_p.mean(dim=1)).sum()
''',
        "mean_over_all_entries": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    q = (1 - eps) * F.one_hot(t, z.shape[1]).to(z.dtype) + eps / z.shape[1]
    return -(q * torch.log_softmax(z, dim=1)).mean()
''',
        # written to pass the visible tests only: every visible example has 3 classes.
        "three_classes_hard_coded": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    q = (1 - eps) * F.one_hot(t, z.shape[1]).to(z.dtype) + eps / 3
    return -(q * torch.log_softmax(z, dim=1)).sum(dim=1).mean()
''',
        "library_call": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    return F.cross_entropy(logits, torch.as_tensor(target, device=logits.device), label_smoothing=eps)
''',
        "library_call_with_soft_targets": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    q = (1 - eps) * F.one_hot(t, z.shape[1]).to(z.dtype) + eps / z.shape[1]
    return F.cross_entropy(z, q)
''',
        "nll_loss_mix": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    log_p = F.log_softmax(z, dim=1)
    return (1 - eps) * F.nll_loss(log_p, t) - eps * log_p.mean(dim=1).mean()
''',
    },
}
