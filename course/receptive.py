"""Measuring receptive fields with autograd (notebooks 05 and 08).

Build a stack of single-channel convolutions with all-ones weights, take the
gradient of one output pixel with respect to the input: its non-zero entries
are exactly the input pixels that output depends on, and their values count the
paths from each pixel to the output.
"""

from __future__ import annotations

import torch
from torch import nn


def ones_conv_stack(layers, same_padding: bool = False, device="cpu") -> nn.Sequential:
    """Single-channel ``nn.Conv2d`` layers, one per ``(kernel, stride, dilation)``, all-ones weights, no bias.

    ``same_padding=True`` pads each layer by ``d(k-1)/2`` so stride-1 layers keep the size.
    """
    convs = []
    for k, s, d in layers:
        padding = d * (k - 1) // 2 if same_padding else 0
        conv = nn.Conv2d(1, 1, k, stride=s, dilation=d, padding=padding, bias=False)
        nn.init.ones_(conv.weight)
        conv.weight.requires_grad_(False)  # only the gradient with respect to the input is needed
        convs.append(conv)
    return nn.Sequential(*convs).to(device)


def input_gradient(net: nn.Module, size: int, row: int | None = None, col: int | None = None) -> torch.Tensor:
    """d output[row, col] / d input for a ``size`` x ``size`` input (the centre output by default), on the CPU."""
    device = next(net.parameters()).device
    x = torch.zeros(1, 1, size, size, device=device, requires_grad=True)
    y = net(x)
    row = y.shape[-2] // 2 if row is None else row
    col = y.shape[-1] // 2 if col is None else col
    y[0, 0, row, col].backward()
    return x.grad[0, 0].cpu()


def output_size(net: nn.Module, size: int) -> int:
    """Spatial output size of ``net`` for a ``size`` x ``size`` single-channel input."""
    device = next(net.parameters()).device
    with torch.no_grad():
        return int(net(torch.zeros(1, 1, size, size, device=device)).shape[-1])


def extent(grad: torch.Tensor) -> int:
    """Width of the narrowest band of columns holding every non-zero gradient (the receptive field's width)."""
    cols = (grad != 0).any(dim=0).nonzero().flatten()
    return int(cols[-1] - cols[0] + 1)
