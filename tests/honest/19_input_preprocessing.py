"""Correct answers for 19_input_preprocessing written differently from the reference: each must pass its exercise's tests."""

HONEST = {
    "to_input": {
        "torchvision_v2_functional": '''
import numpy as np
import torch
import torchvision.transforms.v2.functional as TF

def to_input(image, mean, std, bgr=False):
    if isinstance(image, np.ndarray):
        x = TF.to_image(image)                      # HWC array -> CHW image
    else:
        x = TF.to_image(image.permute(2, 0, 1))     # a tensor is taken as CHW already
    if bgr:
        x = x[[2, 1, 0]]
    x = TF.to_dtype(x, torch.float32, scale=True)
    return TF.normalize(x, list(mean), list(std)).as_subclass(torch.Tensor)
''',
        "per_channel_loop_with_print": '''
import torch

def to_input(image, mean, std, bgr=False):
    t = torch.as_tensor(image)
    order = [2, 1, 0] if bgr else [0, 1, 2]
    channels = []
    for c, source in enumerate(order):
        plane = t[:, :, source].to(torch.float32) / 255
        channels.append((plane - mean[c]) / std[c])
    print("to_input:", tuple(t.shape), "->", (3, t.shape[0], t.shape[1]))
    return torch.stack(channels)
''',
        "numpy_float32_then_tensor_and_warning": '''
import warnings
import numpy as np
import torch

def to_input(image, mean, std, bgr=False):
    if isinstance(image, torch.Tensor):
        where = image.device
        a = image.cpu().numpy()
    else:
        where = torch.device("cpu")
        a = np.asarray(image)
    if bgr:
        warnings.warn("converting BGR to RGB")
        a = a[:, :, ::-1]
    a = np.ascontiguousarray(a.transpose(2, 0, 1)).astype(np.float32) / np.float32(255)
    a = (a - np.asarray(mean, np.float32)[:, None, None]) / np.asarray(std, np.float32)[:, None, None]
    return torch.from_numpy(a).to(where)
''',
    },
    "channel_stats": {
        "flatten_each_channel": '''
import torch

def channel_stats(x):
    per_channel = x.transpose(0, 1).reshape(x.shape[1], -1)
    mean = per_channel.mean(dim=1)
    centred = per_channel - mean[:, None]
    return mean, torch.sqrt((centred ** 2).mean(dim=1))
''',
        "var_mean_with_helper_and_print": '''
import torch

def _spread(x):
    var, mean = torch.var_mean(x, dim=(0, 2, 3), unbiased=False)
    return mean, var.sqrt()

def channel_stats(x):
    mean, std = _spread(x)
    print("channel_stats over", x.shape[0] * x.shape[2] * x.shape[3], "values per channel")
    return (mean, std)
''',
        "one_pass_sums_in_a_loop": '''
import torch

def channel_stats(x):
    count = x.shape[0] * x.shape[2] * x.shape[3]
    means, stds = [], []
    for c in range(x.shape[1]):
        values = x[:, c]
        m = values.sum() / count
        second = (values * values).sum() / count
        means.append(m)
        stds.append(torch.sqrt(torch.clamp(second - m * m, min=0)))
    return torch.stack(means), torch.stack(stds)
''',
    },
}
