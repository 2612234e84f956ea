"""Known-wrong answers for 28_attention_in_cnns: each must fail its exercise's tests."""

_SE_INIT = '''
import torch
import torch.nn as nn

class SEBlock(nn.Module):
    def __init__(self, channels, reduction=16):
        super().__init__()
        self.fc1 = nn.Linear(channels, channels // reduction)
        self.fc2 = nn.Linear(channels // reduction, channels)
'''

MUTANTS = {
    "SEBlock": {
        # SYLLABUS ✗: the gates compete through a softmax over the channels (zero weights give x / C)
        "softmax_gate": _SE_INIT + '''
    def forward(self, x):
        gate = torch.softmax(self.fc2(torch.relu(self.fc1(x.mean(dim=(2, 3))))), dim=1)
        return x * gate[:, :, None, None]
''',
        # the seed's B47 description: the weighted maps are summed into one new feature map
        "seed_weighted_sum_of_maps": _SE_INIT + '''
    def forward(self, x):
        gate = torch.sigmoid(self.fc2(torch.relu(self.fc1(x.mean(dim=(2, 3))))))
        return (x * gate[:, :, None, None]).sum(dim=1, keepdim=True)
''',
        # the gate added to the features instead of multiplying them
        "gate_added_not_multiplied": _SE_INIT + '''
    def forward(self, x):
        gate = torch.sigmoid(self.fc2(torch.relu(self.fc1(x.mean(dim=(2, 3))))))
        return x + gate[:, :, None, None]
''',
        # a residual connection inside the block: x + s * x is not a rescaling
        "identity_added_back": _SE_INIT + '''
    def forward(self, x):
        gate = torch.sigmoid(self.fc2(torch.relu(self.fc1(x.mean(dim=(2, 3))))))
        return x + x * gate[:, :, None, None]
''',
        # passes the visible tests: max pooling as the squeeze
        "max_pool_squeeze": _SE_INIT + '''
    def forward(self, x):
        gate = torch.sigmoid(self.fc2(torch.relu(self.fc1(x.amax(dim=(2, 3))))))
        return x * gate[:, :, None, None]
''',
        # passes the visible tests: no ReLU between the two FC layers
        "no_relu": _SE_INIT + '''
    def forward(self, x):
        gate = torch.sigmoid(self.fc2(self.fc1(x.mean(dim=(2, 3)))))
        return x * gate[:, :, None, None]
''',
        # passes the visible tests: the mean is also taken over the batch, so every image gets the same gates
        "squeeze_over_batch_too": _SE_INIT + '''
    def forward(self, x):
        gate = torch.sigmoid(self.fc2(torch.relu(self.fc1(x.mean(dim=(0, 2, 3))))))
        return x * gate[None, :, None, None]
''',
        # passes the visible tests (256 / 16 = 16): `reduction` used as the width of the bottleneck
        "reduction_used_as_width": '''
import torch
import torch.nn as nn

class SEBlock(nn.Module):
    def __init__(self, channels, reduction=16):
        super().__init__()
        self.fc1 = nn.Linear(channels, reduction)
        self.fc2 = nn.Linear(reduction, channels)

    def forward(self, x):
        gate = torch.sigmoid(self.fc2(torch.relu(self.fc1(x.mean(dim=(2, 3))))))
        return x * gate[:, :, None, None]
''',
        # the FC layers without biases: 8192 parameters instead of 8464
        "no_biases": '''
import torch
import torch.nn as nn

class SEBlock(nn.Module):
    def __init__(self, channels, reduction=16):
        super().__init__()
        self.fc1 = nn.Linear(channels, channels // reduction, bias=False)
        self.fc2 = nn.Linear(channels // reduction, channels, bias=False)

    def forward(self, x):
        gate = torch.sigmoid(self.fc2(torch.relu(self.fc1(x.mean(dim=(2, 3))))))
        return x * gate[:, :, None, None]
''',
        # rescales x in place
        "in_place_rescale": _SE_INIT + '''
    def forward(self, x):
        gate = torch.sigmoid(self.fc2(torch.relu(self.fc1(x.mean(dim=(2, 3))))))
        return x.mul_(gate[:, :, None, None])
''',
        # the gate computed without autograd: nothing reaches fc1 and fc2
        "gate_without_gradient": _SE_INIT + '''
    def forward(self, x):
        with torch.no_grad():
            gate = torch.sigmoid(self.fc2(torch.relu(self.fc1(x.mean(dim=(2, 3))))))
        return x * gate[:, :, None, None]
''',
        # torchvision's block itself, which the exercise re-implements
        "torchvision_subclass": '''
from torchvision.ops import SqueezeExcitation

class SEBlock(SqueezeExcitation):
    def __init__(self, channels, reduction=16):
        super().__init__(channels, channels // reduction)
''',
    },
    "spatial_attention": {
        # SYLLABUS ✗: pooling over H and W instead of the channels (one number per channel, no positions)
        "pool_over_hw": '''
import torch
import torch.nn.functional as F

def spatial_attention(x, weight, bias=None):
    pooled = torch.cat([x.mean(dim=(1, 2, 3), keepdim=True), x.amax(dim=(1, 2, 3), keepdim=True)], dim=1)
    return torch.sigmoid(F.conv2d(pooled, weight, bias, padding=weight.shape[-1] // 2))
''',
        # pooling over H and W, the result broadcast back to a map: the right shape, a constant map
        "pool_over_hw_broadcast": '''
import torch
import torch.nn.functional as F

def spatial_attention(x, weight, bias=None):
    n, c, h, w = x.shape
    avg = x.mean(dim=(2, 3), keepdim=True).mean(dim=1, keepdim=True)
    mx = x.amax(dim=(2, 3), keepdim=True).amax(dim=1, keepdim=True)
    pooled = torch.cat([avg, mx], dim=1).expand(n, 2, h, w)
    return torch.sigmoid(F.conv2d(pooled, weight, bias, padding=weight.shape[-1] // 2))
''',
        # max first, mean second
        "max_and_mean_swapped": '''
import torch
import torch.nn.functional as F

def spatial_attention(x, weight, bias=None):
    pooled = torch.cat([x.amax(dim=1, keepdim=True), x.mean(dim=1, keepdim=True)], dim=1)
    return torch.sigmoid(F.conv2d(pooled, weight, bias, padding=weight.shape[-1] // 2))
''',
        # the mean map twice, no max
        "mean_only": '''
import torch
import torch.nn.functional as F

def spatial_attention(x, weight, bias=None):
    avg = x.mean(dim=1, keepdim=True)
    return torch.sigmoid(F.conv2d(torch.cat([avg, avg], dim=1), weight, bias, padding=weight.shape[-1] // 2))
''',
        # a sum over the channels instead of the mean
        "sum_instead_of_mean": '''
import torch
import torch.nn.functional as F

def spatial_attention(x, weight, bias=None):
    pooled = torch.cat([x.sum(dim=1, keepdim=True), x.amax(dim=1, keepdim=True)], dim=1)
    return torch.sigmoid(F.conv2d(pooled, weight, bias, padding=weight.shape[-1] // 2))
''',
        # a softmax over the positions: in (0, 1), but sums to 1 over the image
        "softmax_over_positions": '''
import torch
import torch.nn.functional as F

def spatial_attention(x, weight, bias=None):
    pooled = torch.cat([x.mean(dim=1, keepdim=True), x.amax(dim=1, keepdim=True)], dim=1)
    logits = F.conv2d(pooled, weight, bias, padding=weight.shape[-1] // 2)
    return torch.softmax(logits.flatten(1), dim=1).view_as(logits)
''',
        # no padding: the map shrinks by k - 1
        "no_padding": '''
import torch
import torch.nn.functional as F

def spatial_attention(x, weight, bias=None):
    pooled = torch.cat([x.mean(dim=1, keepdim=True), x.amax(dim=1, keepdim=True)], dim=1)
    return torch.sigmoid(F.conv2d(pooled, weight, bias))
''',
        # passes the visible tests (all 7x7): padding fixed at 3
        "padding_fixed_at_3": '''
import torch
import torch.nn.functional as F

def spatial_attention(x, weight, bias=None):
    pooled = torch.cat([x.mean(dim=1, keepdim=True), x.amax(dim=1, keepdim=True)], dim=1)
    return torch.sigmoid(F.conv2d(pooled, weight, padding=3) + (0 if bias is None else bias.view(1, -1, 1, 1)))
''',
        # passes the visible tests (no bias there): the bias is ignored
        "bias_ignored": '''
import torch
import torch.nn.functional as F

def spatial_attention(x, weight, bias=None):
    pooled = torch.cat([x.mean(dim=1, keepdim=True), x.amax(dim=1, keepdim=True)], dim=1)
    return torch.sigmoid(F.conv2d(pooled, weight, padding=weight.shape[-1] // 2))
''',
        # returns the rescaled features x * M_s instead of the map
        "returns_rescaled_features": '''
import torch
import torch.nn.functional as F

def spatial_attention(x, weight, bias=None):
    pooled = torch.cat([x.mean(dim=1, keepdim=True), x.amax(dim=1, keepdim=True)], dim=1)
    return x * torch.sigmoid(F.conv2d(pooled, weight, bias, padding=weight.shape[-1] // 2))
''',
        # computed without autograd: the map cannot be trained
        "detached_map": '''
import torch
import torch.nn.functional as F

def spatial_attention(x, weight, bias=None):
    with torch.no_grad():
        pooled = torch.cat([x.mean(dim=1, keepdim=True), x.amax(dim=1, keepdim=True)], dim=1)
        return torch.sigmoid(F.conv2d(pooled, weight, bias, padding=weight.shape[-1] // 2))
''',
    },
}
