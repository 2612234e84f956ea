"""Correct answers for 25_missing_data written differently from the reference: each must pass its exercise's tests."""

HONEST = {
    "masked_mse": {
        "indexing_with_guard": '''
import torch.nn.functional as F

def masked_mse(pred, target, mask):
    keep = mask.bool()
    if not keep.any():
        return pred.sum() * 0.0                # still connected to pred
    return F.mse_loss(pred[keep], target[keep])
''',
        "clean_target_first_and_print": '''
import torch

def masked_mse(pred, target, mask):
    keep = mask.bool()
    print("observed entries:", int(keep.sum()), "of", keep.numel())
    safe_target = torch.where(keep, target, pred.detach())   # missing entries: residual exactly 0
    squared = (pred - safe_target) ** 2
    return (squared * keep).sum() / max(int(keep.sum()), 1)
''',
        "nan_to_num_and_weights": '''
import torch

def masked_mse(pred, target, mask):
    w = (mask != 0).to(pred.dtype)
    safe_target = torch.nan_to_num(target, nan=0.0, posinf=0.0, neginf=0.0) * w
    diff = pred * w - safe_target
    return diff.pow(2).sum() / w.sum().clamp(min=1.0)
''',
    },
    "impute_with_mask": {
        "loops_over_images_and_channels": '''
import torch

def impute_with_mask(x, mask):
    out = torch.zeros(x.shape[0], x.shape[1] + 1, *x.shape[2:], dtype=x.dtype, device=x.device)
    for n in range(x.shape[0]):
        keep = mask[n, 0].bool()
        for c in range(x.shape[1]):
            fill = x[n, c][keep].mean() if keep.any() else 0.0
            out[n, c] = torch.where(keep, x[n, c], fill)
        out[n, -1] = keep.to(x.dtype)
    return out
''',
        "nan_mean_with_helper_and_warning": '''
import warnings
import torch

def _observed_mean(values, keep):
    total = torch.where(keep, values, 0.0).sum(dim=(-2, -1), keepdim=True)
    count = keep.sum(dim=(-2, -1), keepdim=True)
    return torch.where(count > 0, total / count.clamp(min=1), 0.0)

def impute_with_mask(x, mask):
    warnings.warn("imputing with the observed mean")
    keep = mask != 0
    filled = x.clone()
    filled = torch.where(keep, filled, _observed_mean(x, keep))
    return torch.cat((filled, mask.to(x.dtype)), dim=1)
''',
        "nanmean_of_nan_filled": '''
import torch

def impute_with_mask(x, mask):
    keep = mask.bool().expand_as(x)
    with_nan = x.masked_fill(~keep, float("nan"))
    mean = torch.nanmean(with_nan.flatten(2), dim=2)[..., None, None]    # NaN for an image with nothing observed
    mean = torch.nan_to_num(mean, nan=0.0)
    return torch.cat([torch.where(keep, x, mean), mask.bool()[:, :1].to(x.dtype)], dim=1)
''',
    },
}
