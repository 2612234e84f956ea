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
