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

EXPLANATIONS = {
    "unet_sizes": {
        "padded_sizes": "Your sizes are those of the padded variant, where every convolution keeps the size. The original U-Net uses unpadded 3x3 convolutions, each taking a pixel off every border, so the output is smaller than the input. Reread “2 · The sizes of the original U-Net”.",
        "one_conv_per_stage": "Your answer takes 2 pixels off per stage, as if each stage had one convolution. A U-Net stage applies two unpadded 3x3 convolutions, so every stage, bottleneck and decoder level loses 4 pixels. Reread “1 · The U shape”.",
        "records_size_after_pool": "Your answer records each stage's size after its pool. The skip connection takes the map after the stage's two convolutions and before the pool, so that is the size to record. Reread “Exercise 1 · `unet_sizes` (3 points)”.",
        "decoder_convs_forgotten": "Your output only doubles the bottleneck size at every decoder level. Each level also applies two unpadded 3x3 convolutions after its up-convolution, which take 4 pixels off each time. Reread “2 · The sizes of the original U-Net”.",
        "bottleneck_left_out": "Your encoder list stops at the last skip and leaves out the bottleneck. The list holds depth + 1 sizes: one per encoder stage, then the bottleneck's size after its own two convolutions. Reread “Exercise 1 · `unet_sizes` (3 points)”.",
        "odd_sizes_floored": "Your answer lets an odd size reach a pool and floors it, as PyTorch's pool does silently. Then the up-convolved map no longer lines up with its skip; the exercise asks for ValueError whenever a pool would see an odd size. Reread “2 · The sizes of the original U-Net”.",
        "no_decoder_check": "Your answer never checks the decoder levels, so a bottleneck of a pixel or two gives a zero or negative output instead of an error. A decoder level whose two convolutions leave fewer than 1 pixel must raise ValueError too. Reread “Exercise 1 · `unet_sizes` (3 points)”.",
        "output_as_float": "Your sizes become floats after the first halving, because true division returns a float. The contract is plain ints; halving an even size with integer division keeps an int.",
        "visible_examples_only": "Your answer returns the two visible examples from memory and raises for everything else. The sizes follow the rules of section 1 for any input and depth: walk down the stages and the pools, then back up through the decoder. Reread “2 · The sizes of the original U-Net”.",
    },
    "center_crop": {
        "top_left_corner": "Your answer crops the top-left corner. Unpadded convolutions drop a pixel on each side, so the decoder's map lines up with the centre of the encoder's; a corner crop joins each decoder pixel with the features of another place. Reread “3 · Cropping the skip connections”.",
        "height_used_for_both": "Your answer computes the column offset from the height. On a non-square map the column margin comes from the width, so each dimension needs its own offset. Reread “Exercise 2 · `center_crop` (2 points)”.",
        "crops_dims_1_and_2": "Your answer crops dimensions 1 and 2, which on an (N, C, H, W) tensor are channels and rows. The crop applies to the last two dimensions, whatever comes before them; index from the end. Reread “Exercise 2 · `center_crop` (2 points)”.",
        "whole_margin_on_one_side": "Your answer takes the whole margin from the top and the left, so it crops the bottom-right corner. A centre crop removes as many rows from the top as from the bottom, half the margin on each side. Reread “3 · Cropping the skip connections”.",
        "off_by_one_end": "Your window stops one row and one column short, so it is (size - 1) x (size - 1). A slice end is exclusive: keeping size rows from the first one means ending at the first row plus size. Reread “Exercise 2 · `center_crop` (2 points)”.",
        "always_float": "Your answer converts the window to float32, so integer and float64 tensors change dtype. A crop only selects values; the result must keep the dtype and device of t.",
        "four_dims_only": "Your answer indexes dimensions 2 and 3, so it only works on 4-dimensional tensors. The crop applies to the last two dimensions of a tensor of any rank, (H, W), (C, H, W) or (N, C, H, W). Reread “Exercise 2 · `center_crop` (2 points)”.",
    },
    "TinyUNet": {
        "no_skip_connections": "Your network is a plain encoder-decoder with no skip connections, so the decoder must rebuild boundaries from the blurry bottleneck alone. U-Net concatenates the encoder map of each level into the decoder. Reread “1 · The U shape”.",
        "skips_added_not_concatenated": "Your skips add the encoder map to the decoder's, as FCN and ResNet do. U-Net concatenates them along the channel dimension and lets the next convolutions learn how to combine the two. Reread “1 · The U shape”.",
        "skip_only_at_half_resolution": "Your network has a skip at half resolution only. The exercise also needs one at full resolution: that map holds the sharpest detail from before any pool, which puts boundaries on the right pixel. Reread “Exercise 3 · `TinyUNet` (4 points)”.",
        "unpadded_convolutions": "Your convolutions are unpadded, as in the original, so the output shrinks. The exercise asks for the padded variant, where every 3x3 convolution keeps the size and the output has the input's height and width. Reread “5 · The padded variant keeps the size”.",
        "bilinear_upsampling": "Your decoder upsamples bilinearly and then convolves. That is a common variant, but the U-Net asked for up-convolves with 2x2 transposed convolutions of stride 2, which double the size with learned weights. Reread “1 · The U shape”.",
        "single_pooling_stage": "Your network has a single pooling stage, too shallow for this exercise's U-Net. The encoder needs at least two stages, each ending in a pool that halves the size, so the features gain enough context. Reread “Exercise 3 · `TinyUNet` (4 points)”.",
        "softmax_at_the_end": "Your model returns softmax probabilities. It must return the raw logits of the 1x1 head: cross-entropy applies its own softmax, and applying it to probabilities is a second softmax. Reread “Exercise 3 · `TinyUNet` (4 points)”.",
        "batch_norm_in_every_stage": "Your stages contain batch normalization. Many modern U-Nets add it, but this exercise asks for the original design without normalization layers or dropout. Reread “Exercise 3 · `TinyUNet` (4 points)”.",
        "layers_in_a_plain_list": "Your layers sit in plain Python lists, which nn.Module does not register: .parameters() does not see them, the optimizer never trains them and .to() does not move them. Use nn.ModuleList or attributes. Reread “Exercise 3 · `TinyUNet` (4 points)”.",
        "four_channels_first_stage": "Your U-Net is sound but only 4 channels wide after the first convolution. The exercise asks for at least 8, because with fewer the short training recipe is not reliable. Reread “Exercise 3 · `TinyUNet` (4 points)”.",
        "fixed_channels": "Your layers ignore in_channels and n_classes and always use 1 input and 2 output channels. The first convolution must take in_channels and the 1x1 head must output n_classes, so the model fits other data.",
        "encoder_under_no_grad": "Your forward pass runs everything before the head under torch.no_grad(), so no gradient reaches the encoder or decoder and only the 1x1 head trains. Every layer must stay in the autograd graph during training. Reread “Exercise 3 · `TinyUNet` (4 points)”.",
    },
}
