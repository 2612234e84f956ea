"""Correct answers to notebook 26_residual_networks written differently from the reference: each must pass its tests."""

HONEST = {
    "BasicBlock": {
        "empty_sequential_and_relu_module": '''
import torch
import torch.nn as nn


class BasicBlock(nn.Module):
    def __init__(self, in_channels, out_channels, stride):
        super().__init__()
        self.relu = nn.ReLU(inplace=True)
        self.conv1 = nn.Conv2d(in_channels, out_channels, kernel_size=3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(out_channels)
        self.conv2 = nn.Conv2d(out_channels, out_channels, kernel_size=3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.shortcut = nn.Sequential()
        if stride > 1 or in_channels != out_channels:
            self.shortcut.add_module("conv", nn.Conv2d(in_channels, out_channels, kernel_size=1, stride=stride,
                                                       bias=False))
            self.shortcut.add_module("bn", nn.BatchNorm2d(out_channels))

    def forward(self, x):
        identity = self.shortcut(x)
        out = self.relu(self.bn1(self.conv1(x)))    # in place on a fresh tensor, never on x
        out = self.bn2(self.conv2(out))
        out = out + identity
        return self.relu(out)
''',
        "projection_class_and_warning": '''
import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F


class Projection(nn.Module):
    """1x1 conv + BN on the shortcut."""

    def __init__(self, cin, cout, stride):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, (1, 1), stride=(stride, stride), padding=0, bias=False)
        self.norm = nn.BatchNorm2d(cout)

    def forward(self, x):
        return self.norm(self.conv(x))


class BasicBlock(nn.Module):
    def __init__(self, in_channels, out_channels, stride):
        super().__init__()
        self.shortcut = (nn.Identity() if (stride, in_channels) == (1, out_channels)
                         else Projection(in_channels, out_channels, stride))
        self.conv1 = nn.Conv2d(in_channels, out_channels, (3, 3), (stride, stride), (1, 1), bias=False)
        self.conv2 = nn.Conv2d(out_channels, out_channels, (3, 3), (1, 1), (1, 1), bias=False)
        self.bn1 = nn.BatchNorm2d(out_channels)
        self.bn2 = nn.BatchNorm2d(out_channels)
        warnings.warn("BasicBlock built")
        print("BasicBlock", in_channels, "->", out_channels, "stride", stride)

    def forward(self, x):
        return torch.relu(torch.add(self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x))))), self.shortcut(x)))
''',
    },
    "first_layer_grad_norm": {
        "autograd_grad_without_fork": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class Step(nn.Module):
    def __init__(self, conv, residual):
        super().__init__()
        self.conv, self.residual = conv, residual

    def forward(self, h):
        return F.relu(h + self.conv(h)) if self.residual else F.relu(self.conv(h))


def first_layer_grad_norm(depth, residual):
    torch.manual_seed(0)
    convs = [nn.Conv2d(16, 16, 3, padding=1, bias=False) for _ in range(depth)]
    x = torch.randn(8, 16, 8, 8)
    net = nn.Sequential(*[Step(conv, residual) for conv in convs])
    (grad,) = torch.autograd.grad(net(x).mean(), convs[0].weight)
    return float(torch.linalg.vector_norm(grad))
''',
        "init_by_hand_functional_conv": '''
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


def first_layer_grad_norm(depth, residual):
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        weights = []
        for _ in range(depth):                     # what nn.Conv2d's default initialization draws
            w = torch.empty(16, 16, 3, 3)
            nn.init.kaiming_uniform_(w, a=math.sqrt(5))
            weights.append(w.requires_grad_())
        x = torch.randn(8, 16, 8, 8)
    h = x
    for w in weights:
        z = F.conv2d(h, w, padding=1)
        h = torch.clamp(z + h, min=0) if residual else torch.clamp(z, min=0)
    loss = h.sum() / h.numel()
    loss.backward()
    print("depth", depth, "residual", residual)
    return weights[0].grad.pow(2).sum().sqrt().item()
''',
    },
}
