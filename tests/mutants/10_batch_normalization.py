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

EXPLANATIONS = {
    "batchnorm2d_train": {
        "stats_over_channels": "Your statistics are taken over the channel dimension, per pixel, so different features are mixed. BatchNorm treats each channel separately and pools its values over the batch and all positions, (N, H, W). Reread “1. What a BatchNorm2d layer computes in training”.",
        "stats_per_image_layer_norm": "Statistics over (C, H, W) for each image are layer normalization, not batch normalization. BatchNorm keeps one mean and one variance per channel, pooled over all images and positions. Reread “1. What a BatchNorm2d layer computes in training”.",
        "stats_per_image_and_channel_instance_norm": "Statistics per image and channel over (H, W) only are instance normalization. Batch normalization also pools over the images of the batch: each channel gets one mean and variance from all its N x H x W values. Reread “1. What a BatchNorm2d layer computes in training”.",
        "stats_over_whole_tensor": "One mean and variance for the whole tensor ignores that channels carry different features with different offsets and scales. BatchNorm computes them per channel over (N, H, W), so every channel is standardized on its own. Reread “1. What a BatchNorm2d layer computes in training”.",
        "unbiased_variance": "x.var() divides by m - 1 by default. The normalization uses the biased variance, dividing by m = N x H x W; the unbiased one is what the running estimate stores. Reread “1. What a BatchNorm2d layer computes in training”.",
        "unbiased_std": "x.std() uses the unbiased estimator by default, so its square is the variance divided by m - 1. Training-mode BatchNorm standardizes with the biased variance, divided by m = N x H x W. Reread “1. What a BatchNorm2d layer computes in training”.",
        "eps_outside_sqrt": "You add eps to the standard deviation instead of to the variance under the square root. That looks harmless when the spread is near 1, but for a nearly constant channel the two differ by several percent. Reread “1. What a BatchNorm2d layer computes in training”.",
        "no_eps": "Your answer leaves eps out, so a constant channel (variance 0) gives 0/0 = NaN. eps sits inside the square root precisely to keep the division finite for channels that barely vary. Reread “1. What a BatchNorm2d layer computes in training”.",
        "eps_argument_ignored": "You hard-code 1e-5 instead of using the eps argument. 1e-5 is only PyTorch's default: a caller who passes another eps must get that value inside the square root.",
        "gamma_beta_swapped": "You scale by beta and shift by gamma. gamma is the learned per-channel scale (initialized to 1) and beta the learned per-channel shift (initialized to 0). Reread “2. Parameters and buffers”.",
        "affine_ignored": "Your output stops at the standardized values and never applies gamma and beta. These learned per-channel parameters let the layer rescale and shift each channel, even undo the standardization if the loss wants it. Reread “1. What a BatchNorm2d layer computes in training”.",
        "calls_F_batch_norm": "F.batch_norm computes exactly what the exercise asks you to compute, and the hidden tests refuse it. Reductions such as mean and var per channel are allowed: standardize with them, then scale and shift.",
        "uses_nn_BatchNorm2d": "Running an nn.BatchNorm2d layer hands the computation to the library normalization, which the hidden tests refuse under any name. Compute the per-channel statistics and the affine map yourself.",
        "modifies_x_in_place": "Your sub_, div_, mul_ and add_ overwrite the caller's activations. The input must stay unchanged, since other code (or autograd) may still need it; build the result in a new tensor.",
        "float64_result": "You convert to float64, so a float32 input comes back in double precision. The output must have the dtype of x: a layer in a float32 network should not silently change the precision of its activations.",
        "alias_import_batch_norm": "Importing batch_norm under another name still calls the library normalization, which is refused whatever it is called. The exercise is to compute the per-channel mean and biased variance over (N, H, W) yourself.",
        "torch_batch_norm": "torch.batch_norm is the operator behind F.batch_norm and is refused as well. Compute the statistics with reductions and apply the standardization and the affine map yourself.",
        "torch_native_batch_norm": "torch.native_batch_norm is the low-level batch-norm kernel; calling it skips the exercise, and the hidden tests refuse it. Per-channel reductions and ordinary arithmetic are all you need.",
        "instance_norm_of_transposed_batch": "Right insight, forbidden tool: instance norm of the batch seen as one image with N x H x W pixels per channel is batch norm, but instance_norm is a library normalization and is refused. Compute the statistics with reductions.",
        "layer_norm_per_channel": "Layer norm over each channel's N x H x W values does equal batch norm, which shows you understand the pooling, but layer_norm is a library normalization and the exercise refuses it. Use mean and variance reductions yourself.",
    },
    "update_running_stats": {
        "biased_running_var": "Your running variance is fed the biased batch variance. PyTorch stores the unbiased one, m/(m - 1) times larger, because the running estimate stands for the variance of the whole data set. Reread “3. Training mode versus evaluation mode”.",
        "keras_momentum": "You use momentum the Keras way, as the weight of the old estimate. In PyTorch momentum is the weight of the new batch statistic, so with 0.1 the old estimate keeps 0.9. Reread “How fast the running statistics follow the data”.",
        "mean_and_var_swapped": "You update running_mean with the batch variance and running_var with the batch mean. Each buffer is an exponential moving average of its own statistic. Reread “3. Training mode versus evaluation mode”.",
        "results_returned_in_wrong_order": "Your tuple comes back as (variance, mean). The contract is (new_running_mean, new_running_var) in that order: callers unpack the result by position.",
        "var_around_new_running_mean": "You measure the batch variance around the updated running mean. The variance that enters the running estimate is the unbiased variance of the batch around its own batch mean, per channel. Reread “3. Training mode versus evaluation mode”.",
        "var_around_old_running_mean": "You measure the batch variance around the old running mean, which inflates it whenever the estimate lags behind the data. The update uses the batch's own unbiased variance, around the batch mean. Reread “3. Training mode versus evaluation mode”.",
        "unbiased_factor_from_batch_size": "Your correction factor uses the batch size N, but each channel's statistics pool m = N x H x W values, so the unbiased correction is m/(m - 1). Reread “3. Training mode versus evaluation mode”.",
        "momentum_hard_coded": "You hard-code 0.9 and 0.1, so the momentum argument is ignored. momentum is the weight of the new batch statistic, and the caller may pass any value, not only PyTorch's default. Reread “3. Training mode versus evaluation mode”.",
        "modifies_buffers_in_place": "Your mul_ and add_ change the caller's buffers in place and return them. The function is meant to be pure: it returns new tensors and leaves running_mean, running_var and x unchanged; the caller decides where to store the result.",
        "keeps_the_graph": "Your results stay attached to autograd when x requires grad. Running statistics are buffers, estimated rather than learned, so they must not be part of the computation graph. Reread “2. Parameters and buffers”.",
        "stats_of_first_image_only": "You take the batch statistics from the first image only. BatchNorm pools each channel over the whole batch and all positions, (N, H, W), and the running estimate is updated with those batch statistics.",
        "returns_a_list": "You return a list. The contract is a tuple (new_running_mean, new_running_var), the fixed-size pair that callers unpack; the tests check the type.",
    },
}
