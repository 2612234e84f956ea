"""Correct answers for 10_batch_normalization written differently from the reference: each must earn full points."""

HONEST = {
    "batchnorm2d_train": {
        # torch.var_mean with correction=0, rsqrt, and gamma/beta reshaped with [None, :, None, None].
        "var_mean_rsqrt": '''
import torch

def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    var, mean = torch.var_mean(x, dim=(0, 2, 3), correction=0, keepdim=True)
    scale = gamma[None, :, None, None] * torch.rsqrt(var + eps)
    return (x - mean) * scale + beta[None, :, None, None]
''',
        # a loop over channels with sums divided by m, results stacked along dim 1; with a print.
        "loop_over_channels": '''
import torch

def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    channels = []
    for c in range(x.shape[1]):
        values = x[:, c]
        m = values.numel()
        mean = values.sum() / m
        var = ((values - mean) ** 2).sum() / m
        channels.append(gamma[c] * (values - mean) / (var + eps) ** 0.5 + beta[c])
    print("normalized", len(channels), "channels")
    return torch.stack(channels, dim=1)
''',
        # statistics in float64, result cast back to the input dtype; with a warning.
        "float64_statistics_with_warning": '''
import warnings
import torch

def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    warnings.warn("batchnorm2d_train: float64 statistics")
    wide = x.double()
    mean = wide.mean(dim=(0, 2, 3), keepdim=True)
    var = wide.var(dim=(0, 2, 3), keepdim=True, unbiased=False)
    y = (wide - mean) / torch.sqrt(var + eps)
    return (y * gamma.double().view(1, -1, 1, 1) + beta.double().view(1, -1, 1, 1)).to(x.dtype)
''',
    },
    "update_running_stats": {
        # under torch.no_grad(), the unbiased variance from the biased one times m / (m - 1).
        "no_grad_biased_times_m_over_m_minus_1": '''
import torch

def update_running_stats(running_mean, running_var, x, momentum=0.1):
    with torch.no_grad():
        m = x.numel() // x.shape[1]
        batch_mean = x.mean(dim=(0, 2, 3))
        batch_var = ((x - batch_mean.view(1, -1, 1, 1)) ** 2).mean(dim=(0, 2, 3)) * m / (m - 1)
        return (running_mean + momentum * (batch_mean - running_mean),
                running_var + momentum * (batch_var - running_var))
''',
        # nn.BatchNorm2d itself (allowed in this exercise) on copies of the buffers; with a print.
        "temporary_batchnorm_layer": '''
import torch
import torch.nn as nn

def update_running_stats(running_mean, running_var, x, momentum=0.1):
    layer = nn.BatchNorm2d(x.shape[1], momentum=momentum).to(device=x.device, dtype=x.dtype).train()
    with torch.no_grad():
        layer.running_mean.copy_(running_mean)
        layer.running_var.copy_(running_var)
        layer(x.detach())
    print("one BatchNorm2d step")
    return layer.running_mean.clone(), layer.running_var.clone()
''',
        # torch.lerp on detached tensors, with a warning.
        "lerp_with_warning": '''
import warnings
import torch

def update_running_stats(running_mean, running_var, x, momentum=0.1):
    warnings.warn("update_running_stats: lerp")
    data = x.detach()
    var, mean = torch.var_mean(data, dim=(0, 2, 3), correction=1)
    return torch.lerp(running_mean, mean, momentum), torch.lerp(running_var, var, momentum)
''',
    },
}
