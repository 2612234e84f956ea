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

EXPLANATIONS = {
    "cutout": {
        "negative_slice_start": "Your answer slices from cy - size // 2 without clipping, and near the top or left border that start is negative. A negative index counts from the end of the axis, so the slice is empty or erases the wrong side. Clip the start to 0. Reread “Exercise 1 · `cutout` (3 points)”.",
        "clipped_start_full_length": "Your answer clips the start to 0 but still erases size rows from there, so near a border the square grows past its true extent. Compute both ends from the unclipped start, then clip each one to the image. Reread “Exercise 1 · `cutout` (3 points)”.",
        "edits_in_place": "Your answer zeroes the square in the caller's image and returns it. An augmentation must work on a copy and never damage the dataset it reads from, like v2.RandomErasing(inplace=False); return a new tensor. Reread “2. Remedies for occlusion”.",
        "square_starts_at_the_centre": "Your square starts at (cy, cx) and extends down and to the right, so it is not centred on the given pixel. The square begins half its size before the centre, at cy - size // 2, and the same for columns. Reread “Exercise 1 · `cutout` (3 points)”.",
        "one_pixel_too_many": "Your square reaches half the size on both sides of the centre, which for an even size gives size + 1 rows and columns. The square covers exactly size rows, from cy - size // 2 up to but not including that start plus size. Reread “Exercise 1 · `cutout` (3 points)”.",
        "even_square_shifted_the_other_way": "For an even size your square starts one pixel later than the rule says, so it is shifted down and right. The first row is cy - size // 2: an even square has one more row above the centre than below. Reread “Exercise 1 · `cutout` (3 points)”.",
        "rows_and_columns_swapped": "Your answer uses cx for the rows and cy for the columns. cy is the row and cx the column, and on a non-square image swapping them erases the wrong place or runs off the image. Reread “Exercise 1 · `cutout` (3 points)”.",
        "first_channel_only": "Your answer erases the square in the first channel only, leaving a coloured patch instead of an occlusion. Cutout sets the square to 0 in every channel, as an opaque occluder would hide all of them. Reread “Exercise 1 · `cutout` (3 points)”.",
        "filled_with_the_mean": "Your answer fills the square with the image's mean. Random Erasing may use a constant or noise, but this exercise is Cutout, which sets the square to 0; the tests compare exactly. Reread “2. Remedies for occlusion”.",
        "float_result": "Your answer converts the image to float32, so uint8 and float64 images come back in the wrong dtype. The contract is a new tensor with the shape, dtype and device of image; clone it and erase without changing the dtype.",
        "visible_examples_only": "Your answer special-cases the visible corner example and slices unclipped everywhere else, so other squares at the top or left border go wrong. Clipping both ends of the square to the image is one rule for every centre. Reread “Exercise 1 · `cutout` (3 points)”.",
    },
    "per_image_standardize": {
        "no_floor": "Your answer divides by the standard deviation alone, so a flat image divides 0 by 0 and gives NaN, and a nearly flat one blows rounding noise up. The rule divides by the larger of the deviation and 1/sqrt(n). Reread “Exercise 2 · `per_image_standardize` (3 points)”.",
        "zero_check_only": "Your answer tests for a deviation of exactly zero. The float32 deviation of a flat image can come out around 1e-7 instead of 0, and dividing by it turns rounding noise into values of about 1; the floor avoids that. Reread “Exercise 2 · `per_image_standardize` (3 points)”.",
        "epsilon_added": "Your answer adds a tiny epsilon to the deviation. It avoids NaN but not the blow-up of rounding noise on a flat float32 image, and it is not the rule asked for: divide by the larger of the deviation and 1/sqrt(n). Reread “Exercise 2 · `per_image_standardize` (3 points)”.",
        "bessel_corrected_std": "Your answer uses torch's default standard deviation, which divides by n - 1, so the results are too small by a factor sqrt((n - 1)/n). The exercise uses the population deviation, which divides by n. Reread “Exercise 2 · `per_image_standardize` (3 points)”.",
        "per_channel_statistics": "Your answer standardizes each channel separately. Per-image standardization uses one mean and one deviation over all C x H x W values of the image; per-channel statistics also change an image's colours. Reread “Exercise 2 · `per_image_standardize` (3 points)”.",
        "batch_statistics": "Your answer takes one mean and deviation over the whole batch, as batch norm does. Then an image's result depends on the other images and its own lighting is not undone; each image must use its own statistics. Reread “Exercise 2 · `per_image_standardize` (3 points)”.",
        "edits_in_place": "Your values are right, but the in-place subtraction and division overwrite the caller's x. The exercise says not to modify the input; the original images may still be needed, so compute a new tensor.",
        "always_float32": "Your answer converts the input to float32, so float64 images come back in the wrong dtype and lose precision. The result must keep the shape, dtype and device of x; the statistics can be computed in the input's own dtype.",
        "floor_from_one_channel": "Your floor uses n = H x W, one channel's worth of values, so it is too large and clamps low-contrast images that should be divided by their own deviation. n counts every value of the image, channels included. Reread “Exercise 2 · `per_image_standardize` (3 points)”.",
        "mean_only": "Your answer subtracts the mean but never divides by the deviation, so an offset is removed but a change of gain or contrast is not. Standardization also divides by the image's (floored) standard deviation. Reread “Exercise 2 · `per_image_standardize` (3 points)”.",
    },
}
