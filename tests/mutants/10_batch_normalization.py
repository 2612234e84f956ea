"""Known-wrong answers for 10_batch_normalization: each must fail its exercise's tests."""

MUTANTS = {
    "batchnorm2d_train": {
        "stats_over_channels": '''
import torch
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(dim=1, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=1, keepdim=True)
    return gamma.view(1, -1, 1, 1) * (x - mean) / torch.sqrt(var + eps) + beta.view(1, -1, 1, 1)
''',
        "stats_per_image_layer_norm": '''
import torch
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(dim=(1, 2, 3), keepdim=True)
    var = ((x - mean) ** 2).mean(dim=(1, 2, 3), keepdim=True)
    return gamma.view(1, -1, 1, 1) * (x - mean) / torch.sqrt(var + eps) + beta.view(1, -1, 1, 1)
''',
        "stats_per_image_and_channel_instance_norm": '''
import torch
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(dim=(2, 3), keepdim=True)
    var = ((x - mean) ** 2).mean(dim=(2, 3), keepdim=True)
    return gamma.view(1, -1, 1, 1) * (x - mean) / torch.sqrt(var + eps) + beta.view(1, -1, 1, 1)
''',
        "stats_over_whole_tensor": '''
import torch
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    mean = x.mean()
    var = ((x - mean) ** 2).mean()
    return gamma.view(1, -1, 1, 1) * (x - mean) / torch.sqrt(var + eps) + beta.view(1, -1, 1, 1)
''',
        "unbiased_variance": '''
import torch
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(dim=(0, 2, 3), keepdim=True)
    var = x.var(dim=(0, 2, 3), keepdim=True)
    return gamma.view(1, -1, 1, 1) * (x - mean) / torch.sqrt(var + eps) + beta.view(1, -1, 1, 1)
''',
        "unbiased_std": '''
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(dim=(0, 2, 3), keepdim=True)
    std = x.std(dim=(0, 2, 3), keepdim=True)
    return gamma.view(1, -1, 1, 1) * (x - mean) / (std ** 2 + eps) ** 0.5 + beta.view(1, -1, 1, 1)
''',
        "eps_outside_sqrt": '''
import torch
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(dim=(0, 2, 3), keepdim=True)
    var = ((x - mean) ** 2).mean(dim=(0, 2, 3), keepdim=True)
    return gamma.view(1, -1, 1, 1) * (x - mean) / (torch.sqrt(var) + eps) + beta.view(1, -1, 1, 1)
''',
        "no_eps": '''
import torch
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(dim=(0, 2, 3), keepdim=True)
    var = ((x - mean) ** 2).mean(dim=(0, 2, 3), keepdim=True)
    return gamma.view(1, -1, 1, 1) * (x - mean) / torch.sqrt(var) + beta.view(1, -1, 1, 1)
''',
        "eps_argument_ignored": '''
import torch
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(dim=(0, 2, 3), keepdim=True)
    var = ((x - mean) ** 2).mean(dim=(0, 2, 3), keepdim=True)
    return gamma.view(1, -1, 1, 1) * (x - mean) / torch.sqrt(var + 1e-5) + beta.view(1, -1, 1, 1)
''',
        "gamma_beta_swapped": '''
import torch
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(dim=(0, 2, 3), keepdim=True)
    var = ((x - mean) ** 2).mean(dim=(0, 2, 3), keepdim=True)
    return beta.view(1, -1, 1, 1) * (x - mean) / torch.sqrt(var + eps) + gamma.view(1, -1, 1, 1)
''',
        "affine_ignored": '''
import torch
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(dim=(0, 2, 3), keepdim=True)
    var = ((x - mean) ** 2).mean(dim=(0, 2, 3), keepdim=True)
    return (x - mean) / torch.sqrt(var + eps)
''',
        "calls_F_batch_norm": '''
import torch.nn.functional as F
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    return F.batch_norm(x, None, None, gamma, beta, training=True, eps=eps)
''',
        "uses_nn_BatchNorm2d": '''
import torch
import torch.nn as nn
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    layer = nn.BatchNorm2d(x.shape[1], eps=eps).to(device=x.device, dtype=x.dtype).train()
    with torch.no_grad():
        layer.weight.copy_(gamma)
        layer.bias.copy_(beta)
        return layer(x)
''',
        "modifies_x_in_place": '''
import torch
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(dim=(0, 2, 3), keepdim=True)
    var = ((x - mean) ** 2).mean(dim=(0, 2, 3), keepdim=True)
    x.sub_(mean).div_(torch.sqrt(var + eps))
    return x.mul_(gamma.view(1, -1, 1, 1)).add_(beta.view(1, -1, 1, 1))
''',
        "float64_result": '''
import torch
def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    x, gamma, beta = x.double(), gamma.double(), beta.double()
    mean = x.mean(dim=(0, 2, 3), keepdim=True)
    var = ((x - mean) ** 2).mean(dim=(0, 2, 3), keepdim=True)
    return gamma.view(1, -1, 1, 1) * (x - mean) / torch.sqrt(var + eps) + beta.view(1, -1, 1, 1)
''',
    },
    "update_running_stats": {
        "biased_running_var": '''
def update_running_stats(running_mean, running_var, x, momentum=0.1):
    x = x.detach()
    mean = x.mean(dim=(0, 2, 3))
    var = x.var(dim=(0, 2, 3), correction=0)
    return (1 - momentum) * running_mean + momentum * mean, (1 - momentum) * running_var + momentum * var
''',
        "keras_momentum": '''
def update_running_stats(running_mean, running_var, x, momentum=0.1):
    x = x.detach()
    mean = x.mean(dim=(0, 2, 3))
    var = x.var(dim=(0, 2, 3), correction=1)
    return momentum * running_mean + (1 - momentum) * mean, momentum * running_var + (1 - momentum) * var
''',
        "mean_and_var_swapped": '''
def update_running_stats(running_mean, running_var, x, momentum=0.1):
    x = x.detach()
    mean = x.mean(dim=(0, 2, 3))
    var = x.var(dim=(0, 2, 3), correction=1)
    return (1 - momentum) * running_mean + momentum * var, (1 - momentum) * running_var + momentum * mean
''',
        "results_returned_in_wrong_order": '''
def update_running_stats(running_mean, running_var, x, momentum=0.1):
    x = x.detach()
    mean = x.mean(dim=(0, 2, 3))
    var = x.var(dim=(0, 2, 3), correction=1)
    return (1 - momentum) * running_var + momentum * var, (1 - momentum) * running_mean + momentum * mean
''',
        "var_around_new_running_mean": '''
def update_running_stats(running_mean, running_var, x, momentum=0.1):
    x = x.detach()
    m = x.numel() // x.shape[1]
    new_mean = (1 - momentum) * running_mean + momentum * x.mean(dim=(0, 2, 3))
    var = ((x - new_mean.view(1, -1, 1, 1)) ** 2).sum(dim=(0, 2, 3)) / (m - 1)
    return new_mean, (1 - momentum) * running_var + momentum * var
''',
        "var_around_old_running_mean": '''
def update_running_stats(running_mean, running_var, x, momentum=0.1):
    x = x.detach()
    m = x.numel() // x.shape[1]
    var = ((x - running_mean.view(1, -1, 1, 1)) ** 2).sum(dim=(0, 2, 3)) / (m - 1)
    new_mean = (1 - momentum) * running_mean + momentum * x.mean(dim=(0, 2, 3))
    return new_mean, (1 - momentum) * running_var + momentum * var
''',
        "unbiased_factor_from_batch_size": '''
def update_running_stats(running_mean, running_var, x, momentum=0.1):
    x = x.detach()
    n = x.shape[0]
    mean = x.mean(dim=(0, 2, 3))
    var = x.var(dim=(0, 2, 3), correction=0) * n / max(n - 1, 1)
    return (1 - momentum) * running_mean + momentum * mean, (1 - momentum) * running_var + momentum * var
''',
        "momentum_hard_coded": '''
def update_running_stats(running_mean, running_var, x, momentum=0.1):
    x = x.detach()
    mean = x.mean(dim=(0, 2, 3))
    var = x.var(dim=(0, 2, 3), correction=1)
    return 0.9 * running_mean + 0.1 * mean, 0.9 * running_var + 0.1 * var
''',
        "modifies_buffers_in_place": '''
import torch
def update_running_stats(running_mean, running_var, x, momentum=0.1):
    with torch.no_grad():
        running_mean.mul_(1 - momentum).add_(momentum * x.mean(dim=(0, 2, 3)))
        running_var.mul_(1 - momentum).add_(momentum * x.var(dim=(0, 2, 3), correction=1))
    return running_mean, running_var
''',
        "keeps_the_graph": '''
def update_running_stats(running_mean, running_var, x, momentum=0.1):
    mean = x.mean(dim=(0, 2, 3))
    var = x.var(dim=(0, 2, 3), correction=1)
    return (1 - momentum) * running_mean + momentum * mean, (1 - momentum) * running_var + momentum * var
''',
        "stats_of_first_image_only": '''
def update_running_stats(running_mean, running_var, x, momentum=0.1):
    x = x.detach()[:1]
    mean = x.mean(dim=(0, 2, 3))
    var = x.var(dim=(0, 2, 3), correction=1)
    return (1 - momentum) * running_mean + momentum * mean, (1 - momentum) * running_var + momentum * var
''',
        "returns_a_list": '''
def update_running_stats(running_mean, running_var, x, momentum=0.1):
    x = x.detach()
    mean = x.mean(dim=(0, 2, 3))
    var = x.var(dim=(0, 2, 3), correction=1)
    return [(1 - momentum) * running_mean + momentum * mean, (1 - momentum) * running_var + momentum * var]
''',
    },
}

# A library normalization through other names: refused at the dispatcher (aten.native_batch_norm and kin).
MUTANTS["batchnorm2d_train"].update({
    "alias_import_batch_norm": '''
from torch.nn.functional import batch_norm as normalize

def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    return normalize(x, None, None, gamma, beta, training=True, eps=eps)
''',
    "torch_batch_norm": '''
import torch

def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    return torch.batch_norm(x, gamma, beta, None, None, True, 0.1, eps, False)
''',
    "torch_native_batch_norm": '''
import torch

def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    return torch.native_batch_norm(x, gamma, beta, None, None, True, 0.1, eps)[0]
''',
    # instance norm of the batch seen as one image with N*H*W pixels per channel is batch norm.
    "instance_norm_of_transposed_batch": '''
import torch.nn.functional as F

def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    N, C, H, W = x.shape
    flat = x.transpose(0, 1).reshape(1, C, N * H * W)
    y = F.instance_norm(flat, weight=gamma, bias=beta, eps=eps)
    return y.reshape(C, N, H, W).transpose(0, 1)
''',
    # layer norm over each channel's N*H*W values is batch norm too.
    "layer_norm_per_channel": '''
import torch.nn.functional as F

def batchnorm2d_train(x, gamma, beta, eps=1e-5):
    N, C, H, W = x.shape
    rows = x.transpose(0, 1).reshape(C, N * H * W)
    y = F.layer_norm(rows, (N * H * W,), eps=eps) * gamma[:, None] + beta[:, None]
    return y.reshape(C, N, H, W).transpose(0, 1)
''',
})
