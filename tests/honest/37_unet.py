"""Correct answers to notebook 37_unet, written differently from the reference: each must earn full points."""

HONEST = {
    "unet_sizes": {
        # measured with real (1-D) layers, as section 4 measures the 2-D network
        "measured_with_layers": '''
import torch
import torch.nn as nn

def unet_sizes(size, depth):
    conv, pool = nn.Conv1d(1, 1, 3), nn.MaxPool1d(2)
    up = nn.ConvTranspose1d(1, 1, 2, stride=2)
    x, encoder = torch.zeros(1, 1, size), []
    with torch.no_grad():
        for _ in range(depth):
            if x.shape[-1] < 5:
                raise ValueError("too small for two convolutions")
            x = conv(conv(x))
            if x.shape[-1] % 2:
                raise ValueError("odd size before a pool")
            encoder.append(int(x.shape[-1]))
            x = pool(x)
        if x.shape[-1] < 5:
            raise ValueError("too small for the bottleneck")
        x = conv(conv(x))
        encoder.append(int(x.shape[-1]))
        for _ in range(depth):
            x = up(x)
            if x.shape[-1] < 5:
                raise ValueError("too small for a decoder level")
            x = conv(conv(x))
    return encoder, int(x.shape[-1])
''',
        # recursive: a U-Net of depth d is a stage around a U-Net of depth d - 1
        "recursive": '''
def unet_sizes(size, depth):
    if depth == 0:
        if size - 4 < 1:
            raise ValueError(f"{size} is too small for the bottleneck")
        return [size - 4], size - 4
    skip = size - 4
    if skip < 2 or skip % 2 != 0:
        raise ValueError(f"a pool would receive {skip}")
    inner, inner_out = unet_sizes(skip // 2, depth - 1)
    out = 2 * inner_out - 4
    if out < 1:
        raise ValueError("a decoder level has no pixel left")
    print("level", depth, "skip", skip, "out", out)
    return [skip] + inner, out
''',
        # the decoder read off the encoder list; a warning on the side
        "two_lists": '''
import warnings

def unet_sizes(size, depth):
    sizes = [size]
    for level in range(depth + 1):
        after_convs = sizes[-1] - 4
        if after_convs < 1 or (level < depth and after_convs % 2):
            raise ValueError("this input does not fit the network")
        sizes[-1] = after_convs
        if level < depth:
            sizes.append(after_convs // 2)
    out = sizes[-1]
    for _ in range(depth):
        out = out * 2 - 4
        if out <= 0:
            raise ValueError("this input does not fit the network")
    warnings.warn("unpadded U-Net sizes")
    return list(sizes), out
''',
    },
    "center_crop": {
        "narrow": '''
def center_crop(t, size):
    return t.narrow(-2, (t.shape[-2] - size) // 2, size).narrow(-1, (t.shape[-1] - size) // 2, size)
''',
        "torchvision": '''
from torchvision.transforms.v2 import functional as TF

def center_crop(t, size):
    return TF.center_crop(t, [size, size])
''',
        # margins cut from both ends, with explicit slice objects and a print
        "slices_from_both_ends": '''
def center_crop(t, size):
    *_, h, w = t.shape
    dh, dw = (h - size) // 2, (w - size) // 2
    rows, cols = slice(dh, h - dh), slice(dw, w - dw)
    print("crop", tuple(t.shape), "->", size)
    return t[(Ellipsis, rows, cols)]
''',
    },
    "TinyUNet": {
        # depth 3 with nn.ModuleList, functional pooling and torch.concat(dim=-3)
        "module_lists_depth_3": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2, widths=(8, 12, 16, 24)):
        super().__init__()
        def stage(a, b):
            return nn.Sequential(nn.Conv2d(a, b, 3, padding=1), nn.ReLU(inplace=True),
                                 nn.Conv2d(b, b, 3, padding=1), nn.ReLU(inplace=True))
        chans = (in_channels,) + tuple(widths)
        self.down = nn.ModuleList(stage(chans[i], chans[i + 1]) for i in range(len(widths) - 1))
        self.bottom = stage(widths[-2], widths[-1])
        self.ups = nn.ModuleList(nn.ConvTranspose2d(widths[i + 1], widths[i], 2, stride=2)
                                 for i in reversed(range(len(widths) - 1)))
        self.decs = nn.ModuleList(stage(2 * widths[i], widths[i]) for i in reversed(range(len(widths) - 1)))
        self.out = nn.Conv2d(widths[0], n_classes, kernel_size=1)

    def forward(self, x):
        skips = []
        for block in self.down:
            x = block(x)
            skips.append(x)
            x = F.max_pool2d(x, kernel_size=2, stride=2)
        x = self.bottom(x)
        for up, dec in zip(self.ups, self.decs):
            x = dec(torch.concat((skips.pop(), up(x)), dim=-3))
        return self.out(x)
''',
        # width 12, bias-free convolutions, the up-convolved map first in the concatenation, a warning
        "wider_no_bias_warns": '''
import warnings
import torch
from torch import nn


class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        warnings.warn("building a TinyUNet")
        w = 12
        conv = lambda a, b: [nn.Conv2d(a, b, 3, padding=1, bias=False), nn.ReLU()]
        self.e1 = nn.Sequential(*conv(in_channels, w), *conv(w, w))
        self.e2 = nn.Sequential(nn.MaxPool2d(2), *conv(w, 2 * w), *conv(2 * w, 2 * w))
        self.b = nn.Sequential(nn.MaxPool2d(2), *conv(2 * w, 4 * w), *conv(4 * w, 4 * w))
        self.u2 = nn.ConvTranspose2d(4 * w, 2 * w, 2, 2)
        self.d2 = nn.Sequential(*conv(4 * w, 2 * w), *conv(2 * w, 2 * w))
        self.u1 = nn.ConvTranspose2d(2 * w, w, 2, 2)
        self.d1 = nn.Sequential(*conv(2 * w, w), *conv(w, w))
        self.classifier = nn.Conv2d(w, n_classes, (1, 1))

    def forward(self, x):
        a = self.e1(x)
        b = self.e2(a)
        y = self.b(b)
        y = self.d2(torch.cat((self.u2(y), b), 1))
        y = self.d1(torch.cat((self.u1(y), a), 1))
        return self.classifier(y)
''',
        # a recursive U: each level is a module that wraps the next one; prints its size once
        "recursive_levels": '''
import torch
import torch.nn as nn


class _Level(nn.Module):
    def __init__(self, c_in, width, depth):
        super().__init__()
        self.encode = nn.Sequential(nn.Conv2d(c_in, width, 3, padding=1), nn.ReLU(),
                                    nn.Conv2d(width, width, 3, padding=1), nn.ReLU())
        self.inner = _Level(width, 2 * width, depth - 1) if depth > 0 else None
        if self.inner is not None:
            self.pool = nn.MaxPool2d(2)
            self.up = nn.ConvTranspose2d(2 * width, width, 2, stride=2)
            self.decode = nn.Sequential(nn.Conv2d(2 * width, width, 3, padding=1), nn.ReLU(),
                                        nn.Conv2d(width, width, 3, padding=1), nn.ReLU())

    def forward(self, x):
        x = self.encode(x)
        if self.inner is None:
            return x
        return self.decode(torch.cat([x, self.up(self.inner(self.pool(x)))], dim=1))


class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        self.body = _Level(in_channels, 8, depth=2)
        self.head = nn.Conv2d(8, n_classes, 1)
        print("TinyUNet with", sum(p.numel() for p in self.parameters()), "parameters")

    def forward(self, x):
        return self.head(self.body(x))
''',
    },
}
