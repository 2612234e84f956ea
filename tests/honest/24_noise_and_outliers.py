"""Correct answers for 24_noise_and_outliers written differently from the reference: each must pass its exercise's tests."""

HONEST = {
    "huber": {
        "clamp_split": '''
def huber(pred, target, delta=1):
    a = (pred - target).abs()
    small = a.clamp(max=delta)                 # the part of |r| inside the quadratic zone
    return (0.5 * small ** 2 + delta * (a - small)).mean()
''',
        "float_masks_and_print": '''
def huber(pred, target, delta=1):
    r = target - pred                          # the sign does not matter
    inside = (r.abs() <= delta).to(r.dtype)
    print("entries in the quadratic zone:", int(inside.sum().item()), "of", r.numel())
    per_entry = inside * 0.5 * r ** 2 + (1 - inside) * (delta * r.abs() - 0.5 * delta ** 2)
    return per_entry.sum() / r.numel()
''',
        "loop_with_helper_and_warning": '''
import warnings
import torch

def _one(r, delta):
    return 0.5 * r * r if abs(r.item()) <= delta else delta * (r.abs() - delta / 2)

def huber(pred, target, delta=1):
    warnings.warn("a slow, entry-by-entry Huber loss")
    residuals = (pred - target).reshape(-1)
    return torch.stack([_one(r, delta) for r in residuals]).mean()
''',
        "l1_and_mse_pieces": '''
import torch
import torch.nn.functional as F

def huber(pred, target, delta=1):
    r = pred - target
    quadratic = 0.5 * F.mse_loss(pred, target, reduction="none")
    linear = delta * F.l1_loss(pred, target, reduction="none") - 0.5 * delta * delta
    return torch.where(r.abs() > delta, linear, quadratic).mean()
''',
    },
    "smoothed_cross_entropy": {
        "soft_target_vector": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits.reshape(-1, logits.shape[-1])
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    C = z.shape[1]
    q = (1 - eps) * F.one_hot(t, C).to(z.dtype) + eps / C
    return -(q * F.log_softmax(z, dim=1)).sum(dim=1).mean()
''',
        "branches_per_shape_with_print": '''
import torch

def _loss_of_one(z, y, eps):
    m = z.max()
    log_p = z - m - torch.log(torch.exp(z - m).sum())
    return -(1 - eps) * log_p[y] - eps * log_p.mean()

def smoothed_cross_entropy(logits, target, eps=0.1):
    if logits.dim() == 1:
        print("one example")
        return _loss_of_one(logits, int(target), eps)
    print("a batch of", logits.shape[0])
    return torch.stack([_loss_of_one(z, int(y), eps) for z, y in zip(logits, target)]).mean()
''',
        "mask_instead_of_gather": '''
import torch

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = torch.atleast_2d(logits)
    t = torch.as_tensor(target, device=z.device).reshape(-1, 1)
    classes = torch.arange(z.shape[1], device=z.device)
    log_p = torch.log_softmax(z, dim=-1)
    weights = torch.where(classes == t, 1 - eps + eps / z.shape[1], eps / z.shape[1]).to(z.dtype)
    return -(weights * log_p).sum(dim=-1).mean()
''',
    },
}
