"""Known-wrong answers to notebook 37_unet: each one a misconception the notebook explains, rejected by a failed check."""

_STAGE = '''
import torch
import torch.nn as nn
import torch.nn.functional as F


def _stage(c_in, c_out, padding=1):
    return nn.Sequential(nn.Conv2d(c_in, c_out, 3, padding=padding), nn.ReLU(),
                         nn.Conv2d(c_out, c_out, 3, padding=padding), nn.ReLU())
'''

MUTANTS = {
    "unet_sizes": {
        # the seeds' claim: the output has the input's size (true of the padded variant only)
        "padded_sizes": '''
def unet_sizes(size, depth):
    encoder = []
    for _ in range(depth):
        if size % 2:
            raise ValueError("odd size before a pool")
        encoder.append(size)
        size //= 2
    encoder.append(size)
    return encoder, size * 2 ** depth
''',
        "one_conv_per_stage": '''
def unet_sizes(size, depth):
    encoder = []
    for _ in range(depth):
        size -= 2
        if size < 2 or size % 2:
            raise ValueError("odd size before a pool")
        encoder.append(size)
        size //= 2
    size -= 2
    if size < 1:
        raise ValueError("nothing left")
    encoder.append(size)
    for _ in range(depth):
        size = 2 * size - 2
    return encoder, size
''',
        "records_size_after_pool": '''
def unet_sizes(size, depth):
    encoder = []
    for _ in range(depth):
        size -= 4
        if size < 2 or size % 2:
            raise ValueError("odd size before a pool")
        size //= 2
        encoder.append(size)
    size -= 4
    if size < 1:
        raise ValueError("nothing left")
    encoder.append(size)
    for _ in range(depth):
        size = 2 * size - 4
        if size < 1:
            raise ValueError("nothing left")
    return encoder, size
''',
        "decoder_convs_forgotten": '''
def unet_sizes(size, depth):
    encoder = []
    for _ in range(depth):
        size -= 4
        if size < 2 or size % 2:
            raise ValueError("odd size before a pool")
        encoder.append(size)
        size //= 2
    size -= 4
    if size < 1:
        raise ValueError("nothing left")
    encoder.append(size)
    return encoder, size * 2 ** depth
''',
        "bottleneck_left_out": '''
def unet_sizes(size, depth):
    encoder = []
    for _ in range(depth):
        size -= 4
        if size < 2 or size % 2:
            raise ValueError("odd size before a pool")
        encoder.append(size)
        size //= 2
    size -= 4
    if size < 1:
        raise ValueError("nothing left")
    for _ in range(depth):
        size = 2 * size - 4
        if size < 1:
            raise ValueError("nothing left")
    return encoder, size
''',
        # PyTorch's pool floors odd sizes: no error, but the skips no longer line up
        "odd_sizes_floored": '''
def unet_sizes(size, depth):
    encoder = []
    for _ in range(depth):
        size -= 4
        if size < 2:
            raise ValueError("nothing left")
        encoder.append(size)
        size //= 2
    size -= 4
    if size < 1:
        raise ValueError("nothing left")
    encoder.append(size)
    for _ in range(depth):
        size = 2 * size - 4
        if size < 1:
            raise ValueError("nothing left")
    return encoder, size
''',
        "no_decoder_check": '''
def unet_sizes(size, depth):
    encoder = []
    for _ in range(depth):
        size -= 4
        if size < 2 or size % 2:
            raise ValueError("odd size before a pool")
        encoder.append(size)
        size //= 2
    size -= 4
    if size < 1:
        raise ValueError("nothing left")
    encoder.append(size)
    for _ in range(depth):
        size = 2 * size - 4
    return encoder, size
''',
        "output_as_float": '''
def unet_sizes(size, depth):
    encoder = []
    for _ in range(depth):
        size -= 4
        if size < 2 or size % 2:
            raise ValueError("odd size before a pool")
        encoder.append(size)
        size /= 2
    size -= 4
    if size < 1:
        raise ValueError("nothing left")
    encoder.append(size)
    for _ in range(depth):
        size = 2 * size - 4
        if size < 1:
            raise ValueError("nothing left")
    return encoder, size
''',
        # passes the visible tests only
        "visible_examples_only": '''
def unet_sizes(size, depth):
    if (size, depth) == (572, 4):
        return [568, 280, 136, 64, 28], 388
    if (size, depth) == (10, 0):
        return [6], 6
    raise ValueError("not a valid U-Net input")
''',
    },
    "center_crop": {
        "top_left_corner": '''
def center_crop(t, size):
    return t[..., :size, :size]
''',
        "height_used_for_both": '''
def center_crop(t, size):
    top = (t.shape[-2] - size) // 2
    return t[..., top:top + size, top:top + size]
''',
        "crops_dims_1_and_2": '''
def center_crop(t, size):
    top, left = (t.shape[1] - size) // 2, (t.shape[2] - size) // 2
    return t[:, top:top + size, left:left + size]
''',
        "whole_margin_on_one_side": '''
def center_crop(t, size):
    top, left = t.shape[-2] - size, t.shape[-1] - size
    return t[..., top:top + size, left:left + size]
''',
        "off_by_one_end": '''
def center_crop(t, size):
    top, left = (t.shape[-2] - size) // 2, (t.shape[-1] - size) // 2
    return t[..., top:top + size - 1, left:left + size - 1]
''',
        "always_float": '''
def center_crop(t, size):
    top, left = (t.shape[-2] - size) // 2, (t.shape[-1] - size) // 2
    return t[..., top:top + size, left:left + size].float()
''',
        # passes the visible tests only: four-dimensional tensors
        "four_dims_only": '''
def center_crop(t, size):
    top, left = (t.shape[2] - size) // 2, (t.shape[3] - size) // 2
    return t[:, :, top:top + size, left:left + size]
''',
    },
    "TinyUNet": {
        "no_skip_connections": _STAGE + '''
class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        self.enc1, self.enc2, self.mid = _stage(in_channels, 8), _stage(8, 16), _stage(16, 32)
        self.pool = nn.MaxPool2d(2)
        self.up2, self.dec2 = nn.ConvTranspose2d(32, 16, 2, stride=2), _stage(16, 16)
        self.up1, self.dec1 = nn.ConvTranspose2d(16, 8, 2, stride=2), _stage(8, 8)
        self.head = nn.Conv2d(8, n_classes, 1)

    def forward(self, x):
        x = self.mid(self.pool(self.enc2(self.pool(self.enc1(x)))))
        return self.head(self.dec1(self.up1(self.dec2(self.up2(x)))))
''',
        "skips_added_not_concatenated": _STAGE + '''
class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        self.enc1, self.enc2, self.mid = _stage(in_channels, 8), _stage(8, 16), _stage(16, 32)
        self.pool = nn.MaxPool2d(2)
        self.up2, self.dec2 = nn.ConvTranspose2d(32, 16, 2, stride=2), _stage(16, 16)
        self.up1, self.dec1 = nn.ConvTranspose2d(16, 8, 2, stride=2), _stage(8, 8)
        self.head = nn.Conv2d(8, n_classes, 1)

    def forward(self, x):
        s1 = self.enc1(x)
        s2 = self.enc2(self.pool(s1))
        x = self.mid(self.pool(s2))
        x = self.dec2(s2 + self.up2(x))
        return self.head(self.dec1(s1 + self.up1(x)))
''',
        "skip_only_at_half_resolution": _STAGE + '''
class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        self.enc1, self.enc2, self.mid = _stage(in_channels, 8), _stage(8, 16), _stage(16, 32)
        self.pool = nn.MaxPool2d(2)
        self.up2, self.dec2 = nn.ConvTranspose2d(32, 16, 2, stride=2), _stage(32, 16)
        self.up1, self.dec1 = nn.ConvTranspose2d(16, 8, 2, stride=2), _stage(8, 8)
        self.head = nn.Conv2d(8, n_classes, 1)

    def forward(self, x):
        s1 = self.enc1(x)
        s2 = self.enc2(self.pool(s1))
        x = self.mid(self.pool(s2))
        x = self.dec2(torch.cat([s2, self.up2(x)], dim=1))
        return self.head(self.dec1(self.up1(x)))
''',
        # the original's unpadded convolutions, skips cropped: the output shrinks (64 -> 24)
        "unpadded_convolutions": _STAGE + '''
def _crop(t, size):
    top = (t.shape[-2] - size) // 2
    left = (t.shape[-1] - size) // 2
    return t[..., top:top + size, left:left + size]


class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        self.enc1, self.enc2, self.mid = _stage(in_channels, 8, 0), _stage(8, 16, 0), _stage(16, 32, 0)
        self.pool = nn.MaxPool2d(2)
        self.up2, self.dec2 = nn.ConvTranspose2d(32, 16, 2, stride=2), _stage(32, 16, 0)
        self.up1, self.dec1 = nn.ConvTranspose2d(16, 8, 2, stride=2), _stage(16, 8, 0)
        self.head = nn.Conv2d(8, n_classes, 1)

    def forward(self, x):
        s1 = self.enc1(x)
        s2 = self.enc2(self.pool(s1))
        x = self.mid(self.pool(s2))
        x = self.up2(x)
        x = self.dec2(torch.cat([_crop(s2, x.shape[-1]), x], dim=1))
        x = self.up1(x)
        return self.head(self.dec1(torch.cat([_crop(s1, x.shape[-1]), x], dim=1)))
''',
        "bilinear_upsampling": _STAGE + '''
class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        self.enc1, self.enc2, self.mid = _stage(in_channels, 8), _stage(8, 16), _stage(16, 32)
        self.pool = nn.MaxPool2d(2)
        self.up = nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False)
        self.red2, self.dec2 = nn.Conv2d(32, 16, 3, padding=1), _stage(32, 16)
        self.red1, self.dec1 = nn.Conv2d(16, 8, 3, padding=1), _stage(16, 8)
        self.head = nn.Conv2d(8, n_classes, 1)

    def forward(self, x):
        s1 = self.enc1(x)
        s2 = self.enc2(self.pool(s1))
        x = self.mid(self.pool(s2))
        x = self.dec2(torch.cat([s2, self.red2(self.up(x))], dim=1))
        return self.head(self.dec1(torch.cat([s1, self.red1(self.up(x))], dim=1)))
''',
        "single_pooling_stage": _STAGE + '''
class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        self.enc1, self.mid = _stage(in_channels, 8), _stage(8, 16)
        self.pool = nn.MaxPool2d(2)
        self.up1, self.dec1 = nn.ConvTranspose2d(16, 8, 2, stride=2), _stage(16, 8)
        self.head = nn.Conv2d(8, n_classes, 1)

    def forward(self, x):
        s1 = self.enc1(x)
        x = self.mid(self.pool(s1))
        return self.head(self.dec1(torch.cat([s1, self.up1(x)], dim=1)))
''',
        "softmax_at_the_end": _STAGE + '''
class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        self.enc1, self.enc2, self.mid = _stage(in_channels, 8), _stage(8, 16), _stage(16, 32)
        self.pool = nn.MaxPool2d(2)
        self.up2, self.dec2 = nn.ConvTranspose2d(32, 16, 2, stride=2), _stage(32, 16)
        self.up1, self.dec1 = nn.ConvTranspose2d(16, 8, 2, stride=2), _stage(16, 8)
        self.head = nn.Conv2d(8, n_classes, 1)

    def forward(self, x):
        s1 = self.enc1(x)
        s2 = self.enc2(self.pool(s1))
        x = self.mid(self.pool(s2))
        x = self.dec2(torch.cat([s2, self.up2(x)], dim=1))
        x = self.dec1(torch.cat([s1, self.up1(x)], dim=1))
        return self.head(x).softmax(dim=1)
''',
        "batch_norm_in_every_stage": '''
import torch
import torch.nn as nn


def _stage(c_in, c_out):
    return nn.Sequential(nn.Conv2d(c_in, c_out, 3, padding=1), nn.BatchNorm2d(c_out), nn.ReLU(),
                         nn.Conv2d(c_out, c_out, 3, padding=1), nn.BatchNorm2d(c_out), nn.ReLU())


class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        self.enc1, self.enc2, self.mid = _stage(in_channels, 8), _stage(8, 16), _stage(16, 32)
        self.pool = nn.MaxPool2d(2)
        self.up2, self.dec2 = nn.ConvTranspose2d(32, 16, 2, stride=2), _stage(32, 16)
        self.up1, self.dec1 = nn.ConvTranspose2d(16, 8, 2, stride=2), _stage(16, 8)
        self.head = nn.Conv2d(8, n_classes, 1)

    def forward(self, x):
        s1 = self.enc1(x)
        s2 = self.enc2(self.pool(s1))
        x = self.mid(self.pool(s2))
        x = self.dec2(torch.cat([s2, self.up2(x)], dim=1))
        return self.head(self.dec1(torch.cat([s1, self.up1(x)], dim=1)))
''',
        # layers kept in a plain list: not registered, never trained, invisible to .parameters()
        "layers_in_a_plain_list": _STAGE + '''
class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        self.stages = [_stage(in_channels, 8), _stage(8, 16), _stage(16, 32), _stage(32, 16), _stage(16, 8)]
        self.ups = [nn.ConvTranspose2d(32, 16, 2, stride=2), nn.ConvTranspose2d(16, 8, 2, stride=2)]
        self.pool = nn.MaxPool2d(2)
        self.head = nn.Conv2d(8, n_classes, 1)

    def forward(self, x):
        enc1, enc2, mid, dec2, dec1 = self.stages
        s1 = enc1(x)
        s2 = enc2(self.pool(s1))
        x = mid(self.pool(s2))
        x = dec2(torch.cat([s2, self.ups[0](x)], dim=1))
        return self.head(dec1(torch.cat([s1, self.ups[1](x)], dim=1)))
''',
        # a sound U-Net, but too narrow (4 channels) for the short training to be reliable: the stated minimum is 8
        "four_channels_first_stage": _STAGE + '''
class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        self.enc1, self.enc2, self.mid = _stage(in_channels, 4), _stage(4, 8), _stage(8, 16)
        self.pool = nn.MaxPool2d(2)
        self.up2, self.dec2 = nn.ConvTranspose2d(16, 8, 2, stride=2), _stage(16, 8)
        self.up1, self.dec1 = nn.ConvTranspose2d(8, 4, 2, stride=2), _stage(8, 4)
        self.head = nn.Conv2d(4, n_classes, 1)

    def forward(self, x):
        s1 = self.enc1(x)
        s2 = self.enc2(self.pool(s1))
        x = self.mid(self.pool(s2))
        x = self.dec2(torch.cat([s2, self.up2(x)], dim=1))
        return self.head(self.dec1(torch.cat([s1, self.up1(x)], dim=1)))
''',
        # passes the visible tests only: in_channels and n_classes ignored
        "fixed_channels": _STAGE + '''
class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        self.enc1, self.enc2, self.mid = _stage(1, 8), _stage(8, 16), _stage(16, 32)
        self.pool = nn.MaxPool2d(2)
        self.up2, self.dec2 = nn.ConvTranspose2d(32, 16, 2, stride=2), _stage(32, 16)
        self.up1, self.dec1 = nn.ConvTranspose2d(16, 8, 2, stride=2), _stage(16, 8)
        self.head = nn.Conv2d(8, 2, 1)

    def forward(self, x):
        s1 = self.enc1(x)
        s2 = self.enc2(self.pool(s1))
        x = self.mid(self.pool(s2))
        x = self.dec2(torch.cat([s2, self.up2(x)], dim=1))
        return self.head(self.dec1(torch.cat([s1, self.up1(x)], dim=1)))
''',
        # the structure is right, but everything before the head runs under no_grad: only the 1x1 head trains
        "encoder_under_no_grad": _STAGE + '''
class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2):
        super().__init__()
        self.enc1, self.enc2, self.mid = _stage(in_channels, 8), _stage(8, 16), _stage(16, 32)
        self.pool = nn.MaxPool2d(2)
        self.up2, self.dec2 = nn.ConvTranspose2d(32, 16, 2, stride=2), _stage(32, 16)
        self.up1, self.dec1 = nn.ConvTranspose2d(16, 8, 2, stride=2), _stage(16, 8)
        self.head = nn.Conv2d(8, n_classes, 1)

    def forward(self, x):
        with torch.no_grad():
            s1 = self.enc1(x)
            s2 = self.enc2(self.pool(s1))
            x = self.mid(self.pool(s2))
            x = self.dec2(torch.cat([s2, self.up2(x)], dim=1))
            x = self.dec1(torch.cat([s1, self.up1(x)], dim=1))
        return self.head(x)
''',
    },
}
