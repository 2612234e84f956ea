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

EXPLANATIONS = {
    "bilinear_sample": {
        "rounded_coordinates": "Your answer rounds the point to the nearest entry and reads one value: that is nearest-neighbour sampling, not interpolation. Bilinear interpolation mixes the four surrounding entries, weighted by the fractions d_y and d_x. Reread “4. Bilinear interpolation”.",
        "floor_like_roipool": "Taking the floor of the coordinates is the quantization RoIPool does and RoIAlign removes: the value moves in steps instead of following the point. Keep the fractional parts and weight the four neighbours by them. Reread “3. From RoIPool to RoIAlign”.",
        "x_and_y_swapped": "Your answer uses the first coordinate as the column: the (x, y) order of boxes has leaked into indexing. Tensors are indexed [row, column], so y, the row, is the first index and x the second. Reread “4. Bilinear interpolation”.",
        "weights_the_wrong_way_round": "Your weights are swapped (d_x on the left neighbour, 1 - d_x on the right), so the value is right only at midpoints. A neighbour's weight must grow as the point gets closer to it: d for the upper neighbour, 1 - d for the lower one. Reread “4. Bilinear interpolation”.",
        "half_pixel_shift": "Your answer shifts the point by half a cell, as aligned=True does for continuous box corners. In this exercise entry image[i, j] sits exactly at y = i, x = j (the align_corners=True convention), so a grid point must return its own entry. Reread “4. Bilinear interpolation”.",
        "zeros_outside": "Outside the image your answer reads zeros, like padding_mode=\"zeros\". The exercise's border rule clamps y and x into the image first, so a point outside reads the value of the nearest border point. Reread “Exercise 1 · `bilinear_sample` (3 points)”.",
        "extrapolates_outside": "Your answer clamps the cell but keeps the fraction of the unclamped coordinate, so outside the image the weights leave [0, 1] and it extrapolates. Clamp the coordinates themselves into [0, H - 1] and [0, W - 1] before splitting them. Reread “4. Bilinear interpolation”.",
        "roi_align_zero_beyond_one_cell": "Returning 0 for points more than one cell outside the map is torchvision RoIAlign's rule, not this exercise's: here every outside point is clamped to the border, as grid_sample with padding_mode=\"border\" does. Reread “Exercise 1 · `bilinear_sample` (3 points)”.",
        "python_float_result": "Your answer returns a Python float. The contract is a 0-d tensor with the image's dtype and device, and float() cuts the value off from autograd, so no gradient could reach the feature map as RoIAlign needs. Reread “Exercise 1 · `bilinear_sample` (3 points)”.",
        "value_rebuilt_without_gradient": "Reading the entries with .item() and wrapping the result in a new tensor gives the right number but no gradient: it is no longer connected to image. RoIAlign trains the backbone through the four bilinear weights, so stay in tensor arithmetic. Reread “4. Bilinear interpolation”.",
        "always_float32": "Your answer converts the image to float32, so a float64 map comes back in float32 with less precision. The result must keep the input's dtype and device; indexing and arithmetic on the original tensor already do that. Reread “Exercise 1 · `bilinear_sample` (3 points)”.",
        "grid_sample_library_call": "F.grid_sample gives the right value, but the exercise forbids it (with F.interpolate and torchvision.ops): the point is to write the four-neighbour interpolation that RoIAlign performs at every sampling point yourself. Reread “4. Bilinear interpolation”.",
        "roi_align_library_call": "torchvision.ops.roi_align is refused in this exercise, and its rule for points far outside the map differs from the border clamp anyway. Compute the bilinear mix of the four neighbours' entries yourself. Reread “Exercise 1 · `bilinear_sample` (3 points)”.",
        "visible_examples_only": "Your answer hard-codes the visible examples and truncates the coordinates everywhere else, so any other point is read wrongly. The hidden tests sample many maps, dtypes and points: implement the general formula with the border clamp. Reread “4. Bilinear interpolation”.",
    },
    "mask_loss": {
        "softmax_over_classes": "A softmax over the K channels makes the classes compete for each pixel, so your loss depends on the other classes' masks. Mask R-CNN decouples them: an independent per-pixel sigmoid on the ground-truth class's channel only. Reread “Exercise 2 · `mask_loss` (3 points)”.",
        "softmax_cross_entropy_over_classes": "This is the semantic FCN's multinomial loss: a log-softmax over classes and only the t log p term. The mask loss is a per-pixel binary cross-entropy (object and background terms) with a sigmoid, on the true class's channel alone. Reread “Exercise 2 · `mask_loss` (3 points)”.",
        "all_channels": "Your answer puts the loss on all K channels against the same target, which trains every class's mask to this object's shape. Only channel labels[i] of RoI i counts; the other K - 1 masks get neither loss nor gradient. Reread “Exercise 2 · `mask_loss` (3 points)”.",
        "labels_minus_one": "Subtracting 1 assumes a background channel that is not there: here labels[i] is the channel index itself, so your answer reads another class's mask (and label 0 wraps round to the last channel). Reread “Exercise 2 · `mask_loss` (3 points)”.",
        "first_label_for_every_roi": "Your answer uses the channel of labels[0] for every RoI. Each RoI has its own ground-truth class, so RoI i must be scored on channel labels[i]: index the RoI dimension and the channel dimension together. Reread “Exercise 2 · `mask_loss` (3 points)”.",
        "sum_not_mean": "Summing the per-pixel losses makes the value grow with the number of RoIs and the mask size. L_mask is the mean over all N M^2 pixels of the selected masks, so its scale stays comparable to the box and class losses. Reread “Exercise 2 · `mask_loss` (3 points)”.",
        "mean_over_rois_of_pixel_sums": "Your answer sums over each mask's pixels and averages over the RoIs only, so the loss is M^2 times too large and depends on the mask resolution. The formula divides by N M^2: average over the pixels as well as the RoIs. Reread “Exercise 2 · `mask_loss` (3 points)”.",
        "sigmoid_then_bce_unstable": "A sigmoid followed by F.binary_cross_entropy is unstable: in float32 the sigmoid rounds to exactly 1 for large logits and the log is clipped at -100, so big logits get wrong losses. Compute the BCE from the logits directly. Reread “Exercise 2 · `mask_loss` (3 points)”.",
        "thresholded_targets": "Your answer thresholds the targets at 0.5 and so throws away the fractional edge values that roi_align produces when it resamples the ground-truth mask. Binary cross-entropy accepts soft targets in [0, 1]: use them as they are. Reread “Exercise 2 · `mask_loss` (3 points)”.",
        "nan_on_an_empty_batch": "With no positive RoI your answer averages an empty tensor, which gives nan and would poison training. An empty batch must return a 0-d zero that stays connected to the graph, as torchvision's maskrcnn_loss does. Reread “Exercise 2 · `mask_loss` (3 points)”.",
        "value_without_gradient": "Your answer turns the loss into a Python number with .item() and wraps it in a new tensor: the value is right, but backward() can no longer reach the mask head. A loss must stay connected to the logits through autograd. Reread “Exercise 2 · `mask_loss` (3 points)”.",
        "visible_examples_only": "Your answer only fits the visible batches: it casts to float32 (float64 inputs lose their dtype), builds its row index on the CPU, uses the unstable sigmoid-then-BCE and breaks on an empty batch. Reread “Exercise 2 · `mask_loss` (3 points)”.",
    },
}
