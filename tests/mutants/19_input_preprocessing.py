"""Known-wrong answers for 19_input_preprocessing: each must fail its exercise's tests."""

MUTANTS = {
    "to_input": {
        # SYLLABUS ✗: normalized before dividing by 255 ([0, 1]-scale statistics on 0-255 values).
        "normalized_before_255": '''
import torch

def to_input(image, mean, std, bgr=False):
    x = torch.as_tensor(image).permute(2, 0, 1)
    if bgr:
        x = x.flip(0)
    m = torch.tensor(mean, dtype=torch.float32, device=x.device).view(3, 1, 1)
    s = torch.tensor(std, dtype=torch.float32, device=x.device).view(3, 1, 1)
    return ((x.float() - m) / s) / 255.0
''',
        # SYLLABUS ✗: left in HWC layout, shape (H, W, 3).
        "left_hwc": '''
import torch

def to_input(image, mean, std, bgr=False):
    x = torch.as_tensor(image).float() / 255.0
    if bgr:
        x = x.flip(-1)
    m = torch.tensor(mean, dtype=torch.float32, device=x.device)
    s = torch.tensor(std, dtype=torch.float32, device=x.device)
    return (x - m) / s
''',
        # the right shape from a reshape: the values are scrambled.
        "reshape_instead_of_permute": '''
import torch

def to_input(image, mean, std, bgr=False):
    t = torch.as_tensor(image)
    h, w = t.shape[0], t.shape[1]
    x = t.reshape(3, h, w)
    if bgr:
        x = x.flip(0)
    x = x.float() / 255.0
    m = torch.tensor(mean, dtype=torch.float32, device=x.device).view(3, 1, 1)
    s = torch.tensor(std, dtype=torch.float32, device=x.device).view(3, 1, 1)
    return (x - m) / s
''',
        # permute(2, 1, 0): channels first, but (3, W, H).
        "height_and_width_swapped": '''
import torch

def to_input(image, mean, std, bgr=False):
    x = torch.as_tensor(image).permute(2, 1, 0)
    if bgr:
        x = x.flip(0)
    x = x.float() / 255.0
    m = torch.tensor(mean, dtype=torch.float32, device=x.device).view(3, 1, 1)
    s = torch.tensor(std, dtype=torch.float32, device=x.device).view(3, 1, 1)
    return (x - m) / s
''',
        # bgr ignored: BGR images are normalized as if they were RGB.
        "bgr_ignored": '''
import torch

def to_input(image, mean, std, bgr=False):
    x = torch.as_tensor(image).permute(2, 0, 1).float() / 255.0
    m = torch.tensor(mean, dtype=torch.float32, device=x.device).view(3, 1, 1)
    s = torch.tensor(std, dtype=torch.float32, device=x.device).view(3, 1, 1)
    return (x - m) / s
''',
        # BGR flipped to RGB only after normalizing: blue normalized with red's statistics.
        "bgr_flipped_after_normalizing": '''
import torch

def to_input(image, mean, std, bgr=False):
    x = torch.as_tensor(image).permute(2, 0, 1).float() / 255.0
    m = torch.tensor(mean, dtype=torch.float32, device=x.device).view(3, 1, 1)
    s = torch.tensor(std, dtype=torch.float32, device=x.device).view(3, 1, 1)
    out = (x - m) / s
    return out.flip(0) if bgr else out
''',
        # divides by 256.
        "divided_by_256": '''
import torch

def to_input(image, mean, std, bgr=False):
    x = torch.as_tensor(image).permute(2, 0, 1)
    if bgr:
        x = x.flip(0)
    x = x.float() / 256.0
    m = torch.tensor(mean, dtype=torch.float32, device=x.device).view(3, 1, 1)
    s = torch.tensor(std, dtype=torch.float32, device=x.device).view(3, 1, 1)
    return (x - m) / s
''',
        # NumPy arithmetic: a float64 result.
        "float64_result": '''
import numpy as np
import torch

def to_input(image, mean, std, bgr=False):
    a = np.asarray(torch.as_tensor(image).cpu()).transpose(2, 0, 1)
    if bgr:
        a = a[::-1]
    a = a / 255.0
    out = (a - np.array(mean).reshape(3, 1, 1)) / np.array(std).reshape(3, 1, 1)
    return torch.from_numpy(out.copy())
''',
        # passes the visible tests only: the ImageNet statistics hard-coded, mean and std ignored.
        "imagenet_statistics_hard_coded": '''
import torch

def to_input(image, mean, std, bgr=False):
    x = torch.as_tensor(image).permute(2, 0, 1)
    if bgr:
        x = x.flip(0)
    x = x.float() / 255.0
    m = torch.tensor([0.485, 0.456, 0.406], device=x.device).view(3, 1, 1)
    s = torch.tensor([0.229, 0.224, 0.225], device=x.device).view(3, 1, 1)
    return (x - m) / s
''',
    },
    "channel_stats": {
        # SYLLABUS ✗: one mean and one std pooled across the channels.
        "pooled_across_channels": '''
import torch

def channel_stats(x):
    c = x.shape[1]
    return x.mean().repeat(c), x.std(correction=0).repeat(c)
''',
        # PyTorch's default std divides by N*H*W - 1.
        "sample_std": '''
def channel_stats(x):
    return x.mean(dim=(0, 2, 3)), x.std(dim=(0, 2, 3))
''',
        # the mean of the per-image standard deviations misses the spread between images.
        "mean_of_per_image_stds": '''
def channel_stats(x):
    return x.mean(dim=(0, 2, 3)), x.std(dim=(2, 3), correction=0).mean(dim=0)
''',
        # reduced over N only: per-pixel statistics of shape (C, H, W).
        "reduced_over_batch_only": '''
def channel_stats(x):
    return x.mean(dim=0), x.std(dim=0, correction=0)
''',
        # the spread of the per-image means: the spread within each image is lost.
        "std_of_image_means": '''
def channel_stats(x):
    image_means = x.mean(dim=(2, 3))
    return image_means.mean(dim=0), image_means.std(dim=0, correction=0)
''',
        # passes the visible tests only: the result is always float32.
        "always_float32": '''
def channel_stats(x):
    x = x.float()
    return x.mean(dim=(0, 2, 3)), x.std(dim=(0, 2, 3), correction=0)
''',
    },
}

EXPLANATIONS = {
    "to_input": {
        "normalized_before_255": "Your answer standardizes before dividing by 255, so statistics measured on the [0, 1] scale are applied to 0-255 values and a white pixel lands far outside the expected range. Scale first, then standardize. Reread “3. Scale, then standardize each channel”.",
        "left_hwc": "Your answer keeps the decoded layout, shape (H, W, 3), but PyTorch's convolutions want channels first: the result must be (3, H, W). Move the channel axis to the front. Reread “1. From a decoded image to a tensor: dtype and layout”.",
        "reshape_instead_of_permute": "Your answer gets the shape (3, H, W) with a reshape, which keeps the memory order: channel 0 becomes the first third of the interleaved R, G, B stream, a scrambled picture. A layout change is a permute. Reread “1. From a decoded image to a tensor: dtype and layout”.",
        "height_and_width_swapped": "Your answer moves the channels first but also swaps height and width, giving (3, W, H), a transposed picture. Only the channel axis moves; rows stay before columns. Reread “1. From a decoded image to a tensor: dtype and layout”.",
        "bgr_ignored": "Your answer ignores bgr, so an OpenCV image reaches the RGB statistics with red and blue swapped; nothing crashes, the model just sees the wrong colours. Reverse the channel axis first when bgr is set. Reread “2. Channel order: RGB and BGR”.",
        "bgr_flipped_after_normalizing": "Your answer converts BGR to RGB only after normalizing, so the blue channel was standardized with the red channel's mean and std. The statistics are in RGB order: flip before normalizing. Reread “2. Channel order: RGB and BGR”.",
        "divided_by_256": "Your answer divides by 256, but uint8 pixels run from 0 to 255, so 255 maps to 1: white must become exactly 1.0 before the [0, 1]-scale statistics are applied. Reread “1. From a decoded image to a tensor: dtype and layout”.",
        "float64_result": "Your answer does the arithmetic in NumPy and returns a float64 tensor; the contract is float32, the dtype of the convolution weights it will meet, on the image's device. Keep the computation in float32 tensors.",
        "imagenet_statistics_hard_coded": "Your answer hard-codes the ImageNet statistics and ignores the mean and std it is given. The statistics belong to the training data of the model being fed and must come from the arguments. Reread “4. Where the statistics come from: the training split”.",
    },
    "channel_stats": {
        "pooled_across_channels": "Your answer pools one mean and one std over the whole tensor, as if all colour channels shared the same statistics. Each channel c gets its own mean and std over N, H and W. Reread “4. Where the statistics come from: the training split”.",
        "sample_std": "Your answer uses torch.std's default, which divides by NHW - 1 (the sample std). The exercise asks for the population standard deviation, dividing by NHW, chosen through the std's correction argument.",
        "mean_of_per_image_stds": "Your answer averages the per-image standard deviations, which misses the spread between images: uniform images of different brightness each have std 0, yet the set has a large one. Reduce over N, H and W together.",
        "reduced_over_batch_only": "Your answer reduces over the batch axis only, giving per-pixel statistics of shape (C, H, W). The normalization uses one mean and one std per channel, over N, H and W together. Reread “4. Where the statistics come from: the training split”.",
        "std_of_image_means": "Your answer measures the spread of the per-image means and loses the spread of the pixels within each image. The per-channel std runs over every training image and pixel at once. Reread “4. Where the statistics come from: the training split”.",
        "always_float32": "Your answer converts x to float32, so a float64 input gets float32 statistics back. The results must keep the dtype and device of x, so that float64 data keep their precision.",
    },
}
