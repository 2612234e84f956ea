"""Known-wrong answers to notebook 38_instance_segmentation: each must fail its exercise's tests (tests/mutation.py)."""

MUTANTS = {
    "bilinear_sample": {
        "rounded_coordinates": '''
def bilinear_sample(image, y, x):
    H, W = image.shape
    i = min(max(round(y), 0), H - 1)
    j = min(max(round(x), 0), W - 1)
    return image[i, j].clone()
''',
        "floor_like_roipool": '''
import math

def bilinear_sample(image, y, x):
    H, W = image.shape
    i = min(max(math.floor(y), 0), H - 1)
    j = min(max(math.floor(x), 0), W - 1)
    return image[i, j] * 1.0
''',
        "x_and_y_swapped": '''
import math

def bilinear_sample(image, y, x):
    y, x = x, y                                   # the (x, y) order of boxes leaks into indexing
    H, W = image.shape
    y = min(max(float(y), 0.0), H - 1.0)
    x = min(max(float(x), 0.0), W - 1.0)
    y0, x0 = math.floor(y), math.floor(x)
    y1, x1 = min(y0 + 1, H - 1), min(x0 + 1, W - 1)
    dy, dx = y - y0, x - x0
    top = (1 - dx) * image[y0, x0] + dx * image[y0, x1]
    bottom = (1 - dx) * image[y1, x0] + dx * image[y1, x1]
    return (1 - dy) * top + dy * bottom
''',
        "weights_the_wrong_way_round": '''
import math

def bilinear_sample(image, y, x):
    H, W = image.shape
    y = min(max(float(y), 0.0), H - 1.0)
    x = min(max(float(x), 0.0), W - 1.0)
    y0, x0 = math.floor(y), math.floor(x)
    y1, x1 = min(y0 + 1, H - 1), min(x0 + 1, W - 1)
    dy, dx = y - y0, x - x0
    top = dx * image[y0, x0] + (1 - dx) * image[y0, x1]
    bottom = dx * image[y1, x0] + (1 - dx) * image[y1, x1]
    return dy * top + (1 - dy) * bottom
''',
        "half_pixel_shift": '''
import math

def bilinear_sample(image, y, x):
    H, W = image.shape
    y = min(max(float(y) - 0.5, 0.0), H - 1.0)     # align_corners=False thinking: centres at +0.5
    x = min(max(float(x) - 0.5, 0.0), W - 1.0)
    y0, x0 = math.floor(y), math.floor(x)
    y1, x1 = min(y0 + 1, H - 1), min(x0 + 1, W - 1)
    dy, dx = y - y0, x - x0
    top = (1 - dx) * image[y0, x0] + dx * image[y0, x1]
    bottom = (1 - dx) * image[y1, x0] + dx * image[y1, x1]
    return (1 - dy) * top + dy * bottom
''',
        "zeros_outside": '''
import math

def bilinear_sample(image, y, x):
    H, W = image.shape
    y0, x0 = math.floor(y), math.floor(x)
    dy, dx = y - y0, x - x0

    def at(i, j):
        if 0 <= i < H and 0 <= j < W:
            return image[i, j]
        return image.new_zeros(())                # zero padding instead of the border rule

    top = (1 - dx) * at(y0, x0) + dx * at(y0, x0 + 1)
    bottom = (1 - dx) * at(y0 + 1, x0) + dx * at(y0 + 1, x0 + 1)
    return (1 - dy) * top + dy * bottom
''',
        "extrapolates_outside": '''
import math

def bilinear_sample(image, y, x):
    H, W = image.shape
    y0 = min(max(math.floor(y), 0), max(H - 2, 0))   # clamps the cell, but not the coordinate
    x0 = min(max(math.floor(x), 0), max(W - 2, 0))
    y1, x1 = min(y0 + 1, H - 1), min(x0 + 1, W - 1)
    dy, dx = y - y0, x - x0
    top = (1 - dx) * image[y0, x0] + dx * image[y0, x1]
    bottom = (1 - dx) * image[y1, x0] + dx * image[y1, x1]
    return (1 - dy) * top + dy * bottom
''',
        "roi_align_zero_beyond_one_cell": '''
import math

def bilinear_sample(image, y, x):
    H, W = image.shape
    if y < -1 or y > H or x < -1 or x > W:        # RoIAlign's rule, not the one the exercise states
        return image.new_zeros(())
    y = min(max(float(y), 0.0), H - 1.0)
    x = min(max(float(x), 0.0), W - 1.0)
    y0, x0 = math.floor(y), math.floor(x)
    y1, x1 = min(y0 + 1, H - 1), min(x0 + 1, W - 1)
    dy, dx = y - y0, x - x0
    top = (1 - dx) * image[y0, x0] + dx * image[y0, x1]
    bottom = (1 - dx) * image[y1, x0] + dx * image[y1, x1]
    return (1 - dy) * top + dy * bottom
''',
        "python_float_result": '''
import math

def bilinear_sample(image, y, x):
    H, W = image.shape
    y = min(max(float(y), 0.0), H - 1.0)
    x = min(max(float(x), 0.0), W - 1.0)
    y0, x0 = math.floor(y), math.floor(x)
    y1, x1 = min(y0 + 1, H - 1), min(x0 + 1, W - 1)
    dy, dx = y - y0, x - x0
    top = (1 - dx) * image[y0, x0] + dx * image[y0, x1]
    bottom = (1 - dx) * image[y1, x0] + dx * image[y1, x1]
    return float((1 - dy) * top + dy * bottom)
''',
        "value_rebuilt_without_gradient": '''
import math
import torch

def bilinear_sample(image, y, x):
    H, W = image.shape
    y = min(max(float(y), 0.0), H - 1.0)
    x = min(max(float(x), 0.0), W - 1.0)
    y0, x0 = math.floor(y), math.floor(x)
    y1, x1 = min(y0 + 1, H - 1), min(x0 + 1, W - 1)
    dy, dx = y - y0, x - x0
    v = [[image[a, b].item() for b in (x0, x1)] for a in (y0, y1)]
    value = (1 - dy) * ((1 - dx) * v[0][0] + dx * v[0][1]) + dy * ((1 - dx) * v[1][0] + dx * v[1][1])
    return torch.tensor(value, dtype=image.dtype, device=image.device)
''',
        "always_float32": '''
import math

def bilinear_sample(image, y, x):
    image = image.float()
    H, W = image.shape
    y = min(max(float(y), 0.0), H - 1.0)
    x = min(max(float(x), 0.0), W - 1.0)
    y0, x0 = math.floor(y), math.floor(x)
    y1, x1 = min(y0 + 1, H - 1), min(x0 + 1, W - 1)
    dy, dx = y - y0, x - x0
    top = (1 - dx) * image[y0, x0] + dx * image[y0, x1]
    bottom = (1 - dx) * image[y1, x0] + dx * image[y1, x1]
    return (1 - dy) * top + dy * bottom
''',
        "grid_sample_library_call": '''
import torch
import torch.nn.functional as F

def bilinear_sample(image, y, x):
    H, W = image.shape
    gx = 2 * x / (W - 1) - 1 if W > 1 else 0.0
    gy = 2 * y / (H - 1) - 1 if H > 1 else 0.0
    grid = torch.tensor([[[[gx, gy]]]], dtype=image.dtype, device=image.device)
    return F.grid_sample(image[None, None], grid, mode="bilinear", padding_mode="border",
                         align_corners=True)[0, 0, 0, 0]
''',
        "roi_align_library_call": '''
import torch
import torchvision

def bilinear_sample(image, y, x):
    H, W = image.shape
    y = min(max(float(y), 0.0), H - 1.0)
    x = min(max(float(x), 0.0), W - 1.0)
    rois = torch.tensor([[0.0, x - 0.5, y - 0.5, x + 0.5, y + 0.5]], dtype=image.dtype, device=image.device)
    return torchvision.ops.roi_align(image[None, None], rois, 1, 1.0, 1, False)[0, 0, 0, 0]
''',
        "visible_examples_only": '''
import torch

def bilinear_sample(image, y, x):
    known = {(0.5, 0.5): 1.5, (0, 0.5): 0.5, (1.0, 0.25): 2.25, (1, 1): 3.0, (-0.5, 2.0): 1.0}
    if (y, x) in known:
        return torch.tensor(known[(y, x)], dtype=image.dtype, device=image.device)
    H, W = image.shape
    return image[min(max(int(y), 0), H - 1), min(max(int(x), 0), W - 1)] * 1.0
''',
    },
    "mask_loss": {
        "softmax_over_classes": '''
import torch
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    if logits.shape[0] == 0:
        return logits.sum() * 0
    probs = torch.softmax(logits, dim=1)[torch.arange(logits.shape[0], device=logits.device), labels]
    return F.binary_cross_entropy(probs, gt_masks)
''',
        "softmax_cross_entropy_over_classes": '''
import torch

def mask_loss(logits, labels, gt_masks):
    if logits.shape[0] == 0:
        return logits.sum() * 0
    log_probs = torch.log_softmax(logits, dim=1)[torch.arange(logits.shape[0], device=logits.device), labels]
    return -(gt_masks * log_probs).mean()
''',
        "all_channels": '''
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    if logits.shape[0] == 0:
        return logits.sum() * 0
    return F.binary_cross_entropy_with_logits(logits, gt_masks[:, None].expand_as(logits))
''',
        "labels_minus_one": '''
import torch
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    if logits.shape[0] == 0:
        return logits.sum() * 0
    chosen = logits[torch.arange(logits.shape[0], device=logits.device), labels - 1]
    return F.binary_cross_entropy_with_logits(chosen, gt_masks)
''',
        "first_label_for_every_roi": '''
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    if logits.shape[0] == 0:
        return logits.sum() * 0
    return F.binary_cross_entropy_with_logits(logits[:, int(labels[0])], gt_masks)
''',
        "sum_not_mean": '''
import torch
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    if logits.shape[0] == 0:
        return logits.sum() * 0
    chosen = logits[torch.arange(logits.shape[0], device=logits.device), labels]
    return F.binary_cross_entropy_with_logits(chosen, gt_masks, reduction="sum")
''',
        "mean_over_rois_of_pixel_sums": '''
import torch
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    if logits.shape[0] == 0:
        return logits.sum() * 0
    chosen = logits[torch.arange(logits.shape[0], device=logits.device), labels]
    per_pixel = F.binary_cross_entropy_with_logits(chosen, gt_masks, reduction="none")
    return per_pixel.sum(dim=(1, 2)).mean()
''',
        "sigmoid_then_bce_unstable": '''
import torch
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    if logits.shape[0] == 0:
        return logits.sum() * 0
    chosen = logits[torch.arange(logits.shape[0], device=logits.device), labels]
    return F.binary_cross_entropy(torch.sigmoid(chosen), gt_masks)
''',
        "thresholded_targets": '''
import torch
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    if logits.shape[0] == 0:
        return logits.sum() * 0
    chosen = logits[torch.arange(logits.shape[0], device=logits.device), labels]
    return F.binary_cross_entropy_with_logits(chosen, (gt_masks >= 0.5).to(chosen.dtype))
''',
        "nan_on_an_empty_batch": '''
import torch
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    chosen = logits[torch.arange(logits.shape[0], device=logits.device), labels]
    return F.binary_cross_entropy_with_logits(chosen, gt_masks)
''',
        "value_without_gradient": '''
import torch
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    if logits.shape[0] == 0:
        return logits.new_zeros(())
    chosen = logits[torch.arange(logits.shape[0], device=logits.device), labels]
    value = F.binary_cross_entropy_with_logits(chosen, gt_masks).item()
    return torch.tensor(value, dtype=logits.dtype, device=logits.device)
''',
        "visible_examples_only": '''
import torch
import torch.nn.functional as F

def mask_loss(logits, labels, gt_masks):
    chosen = logits[torch.arange(len(labels)), labels].float()      # fine on the visible batches only
    return F.binary_cross_entropy(torch.sigmoid(chosen), gt_masks.float())
''',
    },
}
