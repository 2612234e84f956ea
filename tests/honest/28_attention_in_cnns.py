"""Correct answers for 28_attention_in_cnns written differently from the reference: each must earn full points."""

HONEST = {
    "SEBlock": {
        # 1x1 convolutions and nn.AdaptiveAvgPool2d, as torchvision writes it (but not its class)
        "conv1x1_and_adaptive_pool": '''
import torch.nn as nn

class SEBlock(nn.Module):
    def __init__(self, channels, reduction=16):
        super().__init__()
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc1 = nn.Conv2d(channels, channels // reduction, kernel_size=1)
        self.relu = nn.ReLU()
        self.fc2 = nn.Conv2d(channels // reduction, channels, kernel_size=1)
        self.gate = nn.Sigmoid()

    def forward(self, x):
        return x * self.gate(self.fc2(self.relu(self.fc1(self.pool(x)))))
''',
        # fc1 and fc2 also registered inside an nn.Sequential (parameters are counted once); sum / (H*W); a print
        "sequential_sharing_the_layers_with_print": '''
import torch
import torch.nn as nn

class SEBlock(nn.Module):
    def __init__(self, channels, reduction=16):
        super().__init__()
        self.fc1 = nn.Linear(channels, channels // reduction)
        self.fc2 = nn.Linear(channels // reduction, channels)
        self.excite = nn.Sequential(self.fc1, nn.ReLU(inplace=True), self.fc2, nn.Sigmoid())
        print("SEBlock:", channels, "channels, bottleneck", channels // reduction)

    def forward(self, x):
        n, c, h, w = x.shape
        squeezed = x.sum(dim=(2, 3)) / (h * w)
        return self.excite(squeezed).view(n, c, 1, 1) * x
''',
        # functional calls on the layers' parameters, the rescale by einsum, with a warning
        "functional_einsum_with_warning": '''
import warnings
import torch
import torch.nn as nn
import torch.nn.functional as F

class SEBlock(nn.Module):
    def __init__(self, channels, reduction=16):
        super().__init__()
        hidden = channels // reduction
        self.fc1 = nn.Linear(channels, hidden)
        self.fc2 = nn.Linear(hidden, channels)

    def forward(self, x):
        warnings.warn("SEBlock: functional forward")
        z = torch.flatten(F.adaptive_avg_pool2d(x, 1), 1)
        s = F.linear(F.relu(F.linear(z, self.fc1.weight, self.fc1.bias)), self.fc2.weight, self.fc2.bias)
        return torch.einsum("nchw,nc->nchw", x, 1 / (1 + torch.exp(-s)))
''',
    },
    "spatial_attention": {
        # torch.stack of mean and max(dim=1).values, explicit F.pad, then a convolution without padding
        "stack_and_explicit_pad": '''
import torch
import torch.nn.functional as F

def spatial_attention(x, weight, bias=None):
    p = (weight.shape[-1] - 1) // 2
    pooled = torch.stack([x.mean(dim=1), x.max(dim=1).values], dim=1)
    logits = F.conv2d(F.pad(pooled, (p, p, p, p)), weight)
    if bias is not None:
        logits = logits + bias.view(1, 1, 1, 1)
    return torch.sigmoid(logits)
''',
        # one convolution per pooled map, summed, with padding="same" and a hand-written sigmoid; a print
        "two_convolutions_same_padding_with_print": '''
import torch
import torch.nn.functional as F

def spatial_attention(x, weight, bias=None):
    print("spatial attention on", tuple(x.shape))
    mean_map = x.sum(dim=1, keepdim=True) / x.shape[1]
    max_map = torch.max(x, dim=1, keepdim=True)[0]
    logits = F.conv2d(mean_map, weight[:, :1], padding="same") + F.conv2d(max_map, weight[:, 1:], padding="same")
    if bias is not None:
        logits = logits + bias
    return 1 / (1 + torch.exp(-logits))
''',
        # a helper inside the cell that builds an nn.functional call per kernel size, with a warning
        "helper_and_warning": '''
import warnings
import torch
import torch.nn.functional as F

def _channel_pool(x):
    return torch.cat((torch.mean(x, 1, True), torch.amax(x, 1, True)), 1)

def spatial_attention(x, weight, bias=None):
    warnings.warn("spatial_attention: helper version")
    k = weight.size(-1)
    return F.conv2d(_channel_pool(x), weight, bias=bias, stride=1, padding=k // 2).sigmoid()
''',
    },
}
