"""Correct answers to notebook 27_inception, written differently from the reference (each must earn full points)."""

HONEST = {
    "InceptionBlock": {
        # separate layers as attributes, functional ReLU and pooling, padding="same", torch.concat
        "functional_forward_same_padding": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class InceptionBlock(nn.Module):
    def __init__(self, in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, ch1x1, kernel_size=1)
        self.reduce3 = nn.Conv2d(in_channels, ch3x3red, kernel_size=1)
        self.conv3 = nn.Conv2d(ch3x3red, ch3x3, kernel_size=3, padding="same")
        self.reduce5 = nn.Conv2d(in_channels, ch5x5red, kernel_size=1)
        self.conv5 = nn.Conv2d(ch5x5red, ch5x5, kernel_size=5, padding="same")
        self.project = nn.Conv2d(in_channels, pool_proj, kernel_size=1)

    def forward(self, x):
        a = F.relu(self.conv1(x))
        b = F.relu(self.conv3(F.relu(self.reduce3(x))))
        c = F.relu(self.conv5(F.relu(self.reduce5(x))))
        d = F.relu(self.project(F.max_pool2d(x, kernel_size=3, stride=1, padding=1)))
        return torch.concat((a, b, c, d), dim=-3)
''',
        # torchvision's style: a helper conv+ReLU block, in-place ReLUs, ceil_mode pooling, ModuleList and a loop
        "helper_modulelist_inplace_relu": '''
import warnings

import torch
import torch.nn as nn


def conv_relu(c_in, c_out, k):
    return nn.Sequential(nn.Conv2d(c_in, c_out, k, padding=k // 2), nn.ReLU(inplace=True))


class InceptionBlock(nn.Module):
    def __init__(self, in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj):
        super().__init__()
        warnings.warn("building an Inception block")
        self.branches = nn.ModuleList([
            conv_relu(in_channels, ch1x1, 1),
            nn.Sequential(conv_relu(in_channels, ch3x3red, 1), conv_relu(ch3x3red, ch3x3, 3)),
            nn.Sequential(conv_relu(in_channels, ch5x5red, 1), conv_relu(ch5x5red, ch5x5, 5)),
            nn.Sequential(nn.MaxPool2d(3, stride=1, padding=1, ceil_mode=True), conv_relu(in_channels, pool_proj, 1)),
        ])

    def forward(self, x):
        outs = []
        for branch in self.branches:
            outs.append(branch(x))
        return torch.cat(outs, 1)
''',
        # explicit zero padding with F.pad, -inf padding for the pool, torch.relu and a print
        "explicit_padding_with_print": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class InceptionBlock(nn.Module):
    def __init__(self, in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj):
        super().__init__()
        print("InceptionBlock with", ch1x1 + ch3x3 + ch5x5 + pool_proj, "output channels")
        self.one = nn.Conv2d(in_channels, ch1x1, 1)
        self.three = nn.Sequential(nn.Conv2d(in_channels, ch3x3red, 1), nn.ReLU())
        self.three_k = nn.Conv2d(ch3x3red, ch3x3, 3)
        self.five = nn.Sequential(nn.Conv2d(in_channels, ch5x5red, 1), nn.ReLU())
        self.five_k = nn.Conv2d(ch5x5red, ch5x5, 5)
        self.proj = nn.Conv2d(in_channels, pool_proj, 1)

    def forward(self, x):
        pooled = F.max_pool2d(F.pad(x, (1, 1, 1, 1), value=float("-inf")), 3, stride=1)
        parts = [self.one(x), self.three_k(F.pad(self.three(x), (1, 1, 1, 1))),
                 self.five_k(F.pad(self.five(x), (2, 2, 2, 2))), self.proj(pooled)]
        return torch.relu(torch.cat(parts, dim=1))
''',
    },
    "reduction_savings": {
        "counted_with_nn_conv2d": '''
import torch.nn as nn


def reduction_savings(in_channels, reduce_channels, out_channels, kernel_size):
    def weights(*layers):
        return sum(p.numel() for layer in layers for p in layer.parameters())
    direct = weights(nn.Conv2d(in_channels, out_channels, kernel_size, bias=False, device="meta"))
    reduced = weights(nn.Conv2d(in_channels, reduce_channels, 1, bias=False, device="meta"),
                      nn.Conv2d(reduce_channels, out_channels, kernel_size, bias=False, device="meta"))
    return (direct, reduced)
''',
        "helper_and_powers": '''
def _conv_weights(c_in, c_out, k):
    return c_in * c_out * k ** 2


def reduction_savings(in_channels, reduce_channels, out_channels, kernel_size):
    print("counting", in_channels, "->", reduce_channels, "->", out_channels)
    return (_conv_weights(in_channels, out_channels, kernel_size),
            _conv_weights(in_channels, reduce_channels, 1) + _conv_weights(reduce_channels, out_channels, kernel_size))
''',
        "via_math_prod": '''
import math


def reduction_savings(in_channels, reduce_channels, out_channels, kernel_size):
    direct = math.prod([in_channels, out_channels, kernel_size, kernel_size])
    reduced = math.prod([in_channels, reduce_channels]) + math.prod([reduce_channels, out_channels, kernel_size, kernel_size])
    return tuple(int(v) for v in (direct, reduced))
''',
    },
}
