"""Known-wrong answers to notebook 35_occlusion_and_illumination: each one a misconception the notebook explains."""

MUTANTS = {
    "cutout": {
        "negative_slice_start": '''
def cutout(image, cy, cx, size):
    out = image.clone()
    top, left = cy - size // 2, cx - size // 2
    out[:, top:top + size, left:left + size] = 0
    return out
''',
        "clipped_start_full_length": '''
def cutout(image, cy, cx, size):
    out = image.clone()
    top, left = max(cy - size // 2, 0), max(cx - size // 2, 0)
    out[:, top:top + size, left:left + size] = 0
    return out
''',
        "edits_in_place": '''
def cutout(image, cy, cx, size):
    H, W = image.shape[-2:]
    top, left = max(cy - size // 2, 0), max(cx - size // 2, 0)
    bottom, right = min(cy - size // 2 + size, H), min(cx - size // 2 + size, W)
    image[:, top:bottom, left:right] = 0
    return image
''',
        "square_starts_at_the_centre": '''
def cutout(image, cy, cx, size):
    out = image.clone()
    out[:, cy:cy + size, cx:cx + size] = 0
    return out
''',
        "one_pixel_too_many": '''
def cutout(image, cy, cx, size):
    H, W = image.shape[-2:]
    out = image.clone()
    h = size // 2
    out[:, max(cy - h, 0):min(cy + h + 1, H), max(cx - h, 0):min(cx + h + 1, W)] = 0
    return out
''',
        "even_square_shifted_the_other_way": '''
def cutout(image, cy, cx, size):
    H, W = image.shape[-2:]
    out = image.clone()
    first_row, first_col = cy - (size - 1) // 2, cx - (size - 1) // 2
    out[:, max(first_row, 0):min(first_row + size, H), max(first_col, 0):min(first_col + size, W)] = 0
    return out
''',
        "rows_and_columns_swapped": '''
def cutout(image, cy, cx, size):
    H, W = image.shape[-2:]
    out = image.clone()
    first_row, first_col = cx - size // 2, cy - size // 2
    out[:, max(first_row, 0):min(first_row + size, H), max(first_col, 0):min(first_col + size, W)] = 0
    return out
''',
        "first_channel_only": '''
def cutout(image, cy, cx, size):
    H, W = image.shape[-2:]
    out = image.clone()
    first_row, first_col = cy - size // 2, cx - size // 2
    out[0, max(first_row, 0):min(first_row + size, H), max(first_col, 0):min(first_col + size, W)] = 0
    return out
''',
        "filled_with_the_mean": '''
def cutout(image, cy, cx, size):
    H, W = image.shape[-2:]
    out = image.clone()
    first_row, first_col = cy - size // 2, cx - size // 2
    region = (slice(None), slice(max(first_row, 0), min(first_row + size, H)),
              slice(max(first_col, 0), min(first_col + size, W)))
    out[region] = image.double().mean().to(image.dtype)
    return out
''',
        "float_result": '''
def cutout(image, cy, cx, size):
    H, W = image.shape[-2:]
    out = image.clone().float()
    first_row, first_col = cy - size // 2, cx - size // 2
    out[:, max(first_row, 0):min(first_row + size, H), max(first_col, 0):min(first_col + size, W)] = 0
    return out
''',
        "visible_examples_only": '''
def cutout(image, cy, cx, size):
    out = image.clone()
    if (cy, cx, size) == (0, 0, 4):
        out[:, 0:2, 0:2] = 0
        return out
    top, left = cy - size // 2, cx - size // 2
    out[:, top:top + size, left:left + size] = 0
    return out
''',
    },
    "per_image_standardize": {
        "no_floor": '''
import torch

def per_image_standardize(x):
    std, mean = torch.std_mean(x, dim=(-3, -2, -1), correction=0, keepdim=True)
    return (x - mean) / std
''',
        "zero_check_only": '''
import torch

def per_image_standardize(x):
    std, mean = torch.std_mean(x, dim=(-3, -2, -1), correction=0, keepdim=True)
    return torch.where(std == 0, torch.zeros_like(x), (x - mean) / torch.where(std == 0, torch.ones_like(std), std))
''',
        "epsilon_added": '''
import torch

def per_image_standardize(x):
    std, mean = torch.std_mean(x, dim=(-3, -2, -1), correction=0, keepdim=True)
    return (x - mean) / (std + 1e-6)
''',
        "bessel_corrected_std": '''
import torch

def per_image_standardize(x):
    n = x.shape[-3] * x.shape[-2] * x.shape[-1]
    std, mean = torch.std_mean(x, dim=(-3, -2, -1), keepdim=True)
    return (x - mean) / std.clamp(min=n ** -0.5)
''',
        "per_channel_statistics": '''
import torch

def per_image_standardize(x):
    n = x.shape[-2] * x.shape[-1]
    std, mean = torch.std_mean(x, dim=(-2, -1), correction=0, keepdim=True)
    return (x - mean) / std.clamp(min=n ** -0.5)
''',
        "batch_statistics": '''
import torch

def per_image_standardize(x):
    n = x.numel()
    std, mean = torch.std_mean(x, correction=0)
    return (x - mean) / std.clamp(min=n ** -0.5)
''',
        "edits_in_place": '''
import torch

def per_image_standardize(x):
    n = x.shape[-3] * x.shape[-2] * x.shape[-1]
    std, mean = torch.std_mean(x, dim=(-3, -2, -1), correction=0, keepdim=True)
    return x.sub_(mean).div_(std.clamp(min=n ** -0.5))
''',
        "always_float32": '''
import torch

def per_image_standardize(x):
    x = x.float()
    n = x.shape[-3] * x.shape[-2] * x.shape[-1]
    std, mean = torch.std_mean(x, dim=(-3, -2, -1), correction=0, keepdim=True)
    return (x - mean) / std.clamp(min=n ** -0.5)
''',
        "floor_from_one_channel": '''
import torch

def per_image_standardize(x):
    n = x.shape[-2] * x.shape[-1]
    std, mean = torch.std_mean(x, dim=(-3, -2, -1), correction=0, keepdim=True)
    return (x - mean) / std.clamp(min=n ** -0.5)
''',
        "mean_only": '''
import torch

def per_image_standardize(x):
    return x - x.mean(dim=(-3, -2, -1), keepdim=True)
''',
    },
}
