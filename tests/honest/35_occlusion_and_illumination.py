"""Correct answers to notebook 35_occlusion_and_illumination, written differently from the reference."""

HONEST = {
    "cutout": {
        "boolean_mask_and_where": '''
import torch

def cutout(image, cy, cx, size):
    H, W = image.shape[-2:]
    rows = torch.arange(H, device=image.device)[:, None]
    cols = torch.arange(W, device=image.device)[None, :]
    top, left = cy - size // 2, cx - size // 2
    inside = (rows >= top) & (rows < top + size) & (cols >= left) & (cols < left + size)
    return torch.where(inside, torch.zeros((), dtype=image.dtype, device=image.device), image)
''',
        "torchvision_erase_with_print": '''
import torch
from torchvision.transforms.v2 import functional as TF

def cutout(image, cy, cx, size):
    H, W = image.shape[-2:]
    top, left = max(cy - size // 2, 0), max(cx - size // 2, 0)
    bottom, right = min(cy - size // 2 + size, H), min(cx - size // 2 + size, W)
    print("erasing rows", top, "to", bottom, "and columns", left, "to", right)
    return TF.erase(image, top, left, bottom - top, right - left, torch.tensor(0, dtype=image.dtype), inplace=False)
''',
        "pixel_loops_and_warning": '''
import warnings

def cutout(image, cy, cx, size):
    warnings.warn("a slow loop over the pixels")
    out = image.detach().clone()
    H, W = out.shape[-2:]
    for r in range(cy - size // 2, cy - size // 2 + size):
        if 0 <= r < H:
            for c in range(cx - size // 2, cx - size // 2 + size):
                if 0 <= c < W:
                    out[:, r, c] = 0
    return out
''',
        "multiply_by_a_mask": '''
import torch

def _keep_mask(H, W, cy, cx, size, device):
    keep = torch.ones(H, W, dtype=torch.bool, device=device)
    keep[max(cy - size // 2, 0):max(cy - size // 2 + size, 0), max(cx - size // 2, 0):max(cx - size // 2 + size, 0)] = False
    return keep

def cutout(image, cy, cx, size):
    keep = _keep_mask(image.shape[-2], image.shape[-1], cy, cx, size, image.device)
    return image * keep.to(image.dtype)
''',
    },
    "per_image_standardize": {
        "flatten_and_loop_with_print": '''
import math
import torch

def per_image_standardize(x):
    images = x.reshape(-1, *x.shape[-3:])
    out = []
    for img in images:
        flat = img.flatten()
        n = flat.numel()
        mean = flat.sum() / n
        std = torch.sqrt(((flat - mean) ** 2).sum() / n)
        out.append((img - mean) / torch.maximum(std, torch.tensor(1 / math.sqrt(n), dtype=x.dtype, device=x.device)))
    print("standardized", len(out), "image(s)")
    return torch.stack(out).reshape(x.shape)
''',
        "var_mean_and_warning": '''
import warnings
import torch

def per_image_standardize(x):
    warnings.warn("standardizing")
    dims = (x.dim() - 3, x.dim() - 2, x.dim() - 1)
    var, mean = torch.var_mean(x, dim=dims, unbiased=False, keepdim=True)
    n = x[0].numel() if x.dim() == 4 else x.numel()
    return (x - mean) / var.sqrt().clamp_min(1.0 / n ** 0.5)
''',
        "batch_of_one_helper": '''
import torch

def _standardize_batch(b):
    flat = b.flatten(start_dim=1)
    mean = flat.mean(dim=1, keepdim=True)
    std = flat.std(dim=1, correction=0, keepdim=True)
    floor = torch.full_like(std, flat.shape[1] ** -0.5)
    return ((flat - mean) / torch.where(std > floor, std, floor)).reshape(b.shape)

def per_image_standardize(x):
    if x.dim() == 3:
        return _standardize_batch(x.unsqueeze(0)).squeeze(0)
    return _standardize_batch(x)
''',
    },
}
