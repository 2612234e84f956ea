"""Correct answers to notebook 38_instance_segmentation written differently from the reference: each must pass."""

HONEST = {
    "bilinear_sample": {
        "two_lerps_with_torch_lerp": '''
import math
import torch

def bilinear_sample(image, y, x):
    H, W = image.shape
    y = min(max(y, 0), H - 1)
    x = min(max(x, 0), W - 1)
    i, j = int(math.floor(y)), int(math.floor(x))
    i2, j2 = min(i + 1, H - 1), min(j + 1, W - 1)
    dy, dx = float(y - i), float(x - j)
    left = torch.lerp(image[i, j], image[i2, j], dy)          # along y first, then along x
    right = torch.lerp(image[i, j2], image[i2, j2], dy)
    return torch.lerp(left, right, dx)
''',
        "weights_times_patch_with_print": '''
import torch

def bilinear_sample(image, y, x):
    print("sampling at", (y, x))
    H, W = image.shape
    yc = torch.tensor(float(y), dtype=torch.float64).clamp(0, H - 1).item()
    xc = torch.tensor(float(x), dtype=torch.float64).clamp(0, W - 1).item()
    rows = [int(yc), min(int(yc) + 1, H - 1)]
    cols = [int(xc), min(int(xc) + 1, W - 1)]
    patch = image[rows][:, cols]                                # (2, 2): the four neighbours
    dy, dx = yc - rows[0], xc - cols[0]
    wy = torch.tensor([1 - dy, dy], dtype=image.dtype, device=image.device)
    wx = torch.tensor([1 - dx, dx], dtype=image.dtype, device=image.device)
    return wy @ patch @ wx
''',
        "four_terms_helper_and_warning": '''
import math
import warnings

def _neighbours(size, t):
    t = min(max(float(t), 0.0), size - 1.0)
    low = math.floor(t)
    return low, min(low + 1, size - 1), t - low

def bilinear_sample(image, y, x):
    warnings.warn("bilinear_sample: reading four neighbours")
    y0, y1, dy = _neighbours(image.shape[0], y)
    x0, x1, dx = _neighbours(image.shape[1], x)
    return ((1 - dy) * (1 - dx) * image[y0, x0] + (1 - dy) * dx * image[y0, x1]
            + dy * (1 - dx) * image[y1, x0] + dy * dx * image[y1, x1])
''',
        "padded_image_in_float64_cast_back": '''
import math
import torch

def bilinear_sample(image, y, x):
    H, W = image.shape
    padded = torch.cat([image, image[-1:]], dim=0)              # repeat the last row and column:
    padded = torch.cat([padded, padded[:, -1:]], dim=1)         # the "next" neighbour always exists
    y = min(max(float(y), 0.0), H - 1.0)
    x = min(max(float(x), 0.0), W - 1.0)
    y0, x0 = math.floor(y), math.floor(x)
    dy, dx = y - y0, x - x0
    block = padded[y0:y0 + 2, x0:x0 + 2].double()
    value = ((1 - dy) * ((1 - dx) * block[0, 0] + dx * block[0, 1])
             + dy * ((1 - dx) * block[1, 0] + dx * block[1, 1]))
    return value.to(image.dtype)
''',
    },
    "mask_loss": {
        "gather_and_softplus_by_hand": '''
import torch
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    N, K, M, _ = logits.shape
    if N == 0:
        return logits.new_zeros(())
    index = labels.view(N, 1, 1, 1).expand(N, 1, M, M)
    z = logits.gather(1, index).squeeze(1)
    per_pixel = F.relu(z) - z * gt_masks + torch.log1p(torch.exp(-z.abs()))   # stable BCE with logits
    return per_pixel.mean()
''',
        "loop_over_rois_with_print": '''
import torch
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    print("mask_loss over", logits.shape[0], "RoIs")
    if len(labels) == 0:
        return logits.sum() * 0.0
    per_roi = [F.binary_cross_entropy_with_logits(logits[i, int(labels[i])], gt_masks[i]) for i in range(len(labels))]
    return torch.stack(per_roi).mean()                          # every RoI has M*M pixels: same as the global mean
''',
        "one_hot_channel_weights_and_warning": '''
import warnings
import torch
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    warnings.warn("mask_loss: weighting the channels with a one-hot mask")
    N, K, M, _ = logits.shape
    if N == 0:
        return torch.zeros((), dtype=logits.dtype, device=logits.device)
    weight = F.one_hot(labels, K).to(logits.dtype)[:, :, None, None]          # (N, K, 1, 1): 1 on the GT channel
    z = torch.where(weight.bool(), logits, torch.zeros_like(logits))           # other channels replaced by constants
    per_pixel = F.binary_cross_entropy_with_logits(z, gt_masks[:, None].expand_as(z), reduction="none")
    return (per_pixel * weight).sum() / (N * M * M)
''',
    },
}
