"""Known-wrong answers for 25_missing_data: each must fail its exercise's tests."""

MUTANTS = {
    "masked_mse": {
        # SYLLABUS ✗: divided by the number of all entries: 1.333 instead of 2.0.
        "divide_by_all_entries": '''
import torch

def masked_mse(pred, target, mask):
    observed = mask.bool()
    residual = torch.where(observed, pred - target, torch.zeros_like(pred))
    return (residual * residual).mean()
''',
        # written to pass the visible tests only: a NaN stored in a missing target comes through (0 * NaN = NaN).
        "multiply_by_mask": '''
def masked_mse(pred, target, mask):
    m = mask.to(pred.dtype)
    return ((pred - target) ** 2 * m).sum() / m.sum().clamp(min=1)
''',
        # torch.where after squaring: right value, NaN gradient where a missing target is NaN.
        "where_after_square": '''
import torch

def masked_mse(pred, target, mask):
    observed = mask.bool()
    squared = torch.where(observed, (pred - target) ** 2, torch.zeros_like(pred))
    return squared.sum() / observed.sum().clamp(min=1)
''',
        # no guard: 0 / 0 = nan when nothing is observed.
        "nan_when_nothing_observed": '''
import torch

def masked_mse(pred, target, mask):
    observed = mask.bool()
    residual = torch.where(observed, pred - target, torch.zeros_like(pred))
    return (residual * residual).sum() / observed.sum()
''',
        # boolean indexing and F.mse_loss: nan (the mean of nothing) when nothing is observed.
        "indexing_without_guard": '''
import torch.nn.functional as F

def masked_mse(pred, target, mask):
    keep = mask.bool()
    return F.mse_loss(pred[keep], target[keep])
''',
        # nothing observed: a fresh zero tensor that is not connected to pred (backward fails).
        "detached_zero_when_nothing_observed": '''
import torch
import torch.nn.functional as F

def masked_mse(pred, target, mask):
    keep = mask.bool()
    if not keep.any():
        return torch.zeros((), dtype=pred.dtype, device=pred.device)
    return F.mse_loss(pred[keep], target[keep])
''',
        "mask_inverted": '''
import torch

def masked_mse(pred, target, mask):
    missing = mask.bool()
    residual = torch.where(missing, torch.zeros_like(pred), pred - target)
    return (residual * residual).sum() / (~missing).sum().clamp(min=1)
''',
        "sum_instead_of_mean": '''
import torch

def masked_mse(pred, target, mask):
    residual = torch.where(mask.bool(), pred - target, torch.zeros_like(pred))
    return (residual * residual).sum()
''',
        "plain_mse": '''
def masked_mse(pred, target, mask):
    return ((pred - target) ** 2).mean()
''',
        "python_float": '''
def masked_mse(pred, target, mask):
    keep = mask.bool()
    return (((pred - target)[keep]) ** 2).mean().item()
''',
        # the holes zeroed in place in target.
        "modifies_target_in_place": '''
import torch

def masked_mse(pred, target, mask):
    observed = mask.bool()
    target.masked_fill_(~observed, 0.0)
    residual = (pred - target) * observed
    return (residual * residual).sum() / observed.sum().clamp(min=1)
''',
    },
    "impute_with_mask": {
        # SYLLABUS ✗: the mean includes the holes (the garbage, or NaN, stored there).
        "mean_includes_holes": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    mean = x.mean(dim=(2, 3), keepdim=True)
    return torch.cat([torch.where(observed, x, mean), observed.to(x.dtype)], dim=1)
''',
        # the holes zeroed, but the sum divided by H * W: a fill that is too dark.
        "masked_sum_over_all_pixels": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    mean = zeroed.mean(dim=(2, 3), keepdim=True)
    return torch.cat([torch.where(observed, x, mean), observed.to(x.dtype)], dim=1)
''',
        # written to pass the visible tests only: x * mask lets a NaN hole through (0 * NaN = NaN).
        "multiply_by_mask": '''
import torch

def impute_with_mask(x, mask):
    m = mask.to(x.dtype)
    mean = (x * m).sum(dim=(2, 3), keepdim=True) / m.sum(dim=(2, 3), keepdim=True).clamp(min=1)
    return torch.cat([x * m + mean * (1 - m), m], dim=1)
''',
        # written to pass the visible tests only: 0 / 0 = NaN for an image with no observed pixel.
        "nan_for_empty_image": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    mean = zeroed.sum(dim=(2, 3), keepdim=True) / observed.sum(dim=(2, 3), keepdim=True)
    return torch.cat([torch.where(observed, x, mean), observed.to(x.dtype)], dim=1)
''',
        "one_mean_for_the_batch": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    count = observed.sum(dim=(0, 2, 3), keepdim=True).clamp(min=1)
    mean = zeroed.sum(dim=(0, 2, 3), keepdim=True) / count
    return torch.cat([torch.where(observed, x, mean), observed.to(x.dtype)], dim=1)
''',
        "one_mean_over_all_channels": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    count = observed.sum(dim=(2, 3), keepdim=True).clamp(min=1) * x.shape[1]
    mean = zeroed.sum(dim=(1, 2, 3), keepdim=True) / count
    return torch.cat([torch.where(observed, x, mean), observed.to(x.dtype)], dim=1)
''',
        "zero_fill": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    return torch.cat([torch.where(observed, x, torch.zeros_like(x)), observed.to(x.dtype)], dim=1)
''',
        "mask_prepended": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    mean = zeroed.sum(dim=(2, 3), keepdim=True) / observed.sum(dim=(2, 3), keepdim=True).clamp(min=1)
    return torch.cat([observed.to(x.dtype), torch.where(observed, x, mean)], dim=1)
''',
        "mask_not_appended": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    mean = zeroed.sum(dim=(2, 3), keepdim=True) / observed.sum(dim=(2, 3), keepdim=True).clamp(min=1)
    return torch.where(observed, x, mean)
''',
        "mask_channel_inverted": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    mean = zeroed.sum(dim=(2, 3), keepdim=True) / observed.sum(dim=(2, 3), keepdim=True).clamp(min=1)
    return torch.cat([torch.where(observed, x, mean), (~observed).to(x.dtype)], dim=1)
''',
        # right result, but the holes of x are overwritten in place.
        "modifies_x_in_place": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool().expand_as(x)
    x[~observed] = 0.0
    mean = x.sum(dim=(2, 3), keepdim=True) / mask.bool().sum(dim=(2, 3), keepdim=True).clamp(min=1)
    x[~observed] = mean.expand_as(x)[~observed]
    return torch.cat([x, mask.bool().to(x.dtype)], dim=1)
''',
    },
}
