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


EXPLANATIONS = {
    "SEBlock": {
        "softmax_gate": (
            "Your gate is a softmax over the channels, which makes them compete for a total of 1: with zero logits "
            "each channel gets 1/C instead of 0.5. SE uses an independent sigmoid per channel, so several can stay "
            "on. Reread “3. SE rescales the feature maps it is given”."
        ),
        "seed_weighted_sum_of_maps": (
            "You sum the gated maps into a single channel. SE does not sum: it rescales each of the C maps by its "
            "own gate and returns all C, in the shape they came in; a sum would erase the channels. "
            "Reread “3. SE rescales the feature maps it is given”."
        ),
        "gate_added_not_multiplied": (
            "You add the gate to the features instead of multiplying them. Attention in a CNN is a gate in (0, 1) "
            "that multiplies, y = a(x) * x; adding shifts every activation and gates nothing. "
            "Reread “1. Attention in a CNN is a learned, input-dependent gate”."
        ),
        "identity_added_back": (
            "You return x + s*x, which scales each channel by 1 + s, between 1 and 2: that is not a gate. SE "
            "outputs s*x; in a ResNet the identity is added outside the block, by the residual connection. "
            "Reread “3. SE rescales the feature maps it is given”."
        ),
        "max_pool_squeeze": (
            "Your squeeze takes each channel's maximum. SE squeezes by global average pooling, the mean over all H "
            "x W positions; max-pooled descriptors belong to CBAM's channel gate, next to the average. "
            "Reread “2. Squeeze-and-Excitation: one gate per channel”."
        ),
        "no_relu": (
            "Without the ReLU between fc1 and fc2 the excitation collapses into one linear map of the channel "
            "summaries. SE's bottleneck is FC, ReLU, FC, then a sigmoid. "
            "Reread “2. Squeeze-and-Excitation: one gate per channel”."
        ),
        "squeeze_over_batch_too": (
            "Your mean also runs over the batch, so every image gets the same gates. Attention is input-dependent: "
            "each sample's channels are summarized from its own features, over H and W only. "
            "Reread “1. Attention in a CNN is a learned, input-dependent gate”."
        ),
        "reduction_used_as_width": (
            "You use reduction as the width of the bottleneck, but it is the ratio r: the hidden layer has channels"
            " // reduction units. The two agree only when C equals r squared, as for 256 and 16. "
            "Reread “2. Squeeze-and-Excitation: one gate per channel”."
        ),
        "no_biases": (
            "Your FC layers have no biases. SE's excitation has a bias in both layers, and the parameter count "
            "2C^2/r + C/r + C includes them; the block must match torchvision's SqueezeExcitation. "
            "Reread “2. Squeeze-and-Excitation: one gate per channel”."
        ),
        "in_place_rescale": (
            "Your block multiplies x in place, so the caller's features change, and autograd may need the original "
            "x for the backward pass. A layer returns a new tensor and leaves its input alone. "
            "Reread “Exercise 1 · `SEBlock` (3 points)”."
        ),
        "gate_without_gradient": (
            "Your gate is computed under no_grad, so no gradient reaches fc1 and fc2 and the block can never learn "
            "which channels matter. The gate must stay in the autograd graph like any layer. "
            "Reread “Exercise 1 · `SEBlock` (3 points)”."
        ),
        "torchvision_subclass": (
            "Subclassing torchvision.ops.SqueezeExcitation reuses the reference the tests compare against, which "
            "the exercise forbids. Write fc1 and fc2 yourself: squeeze, excitation, scale. "
            "Reread “Exercise 1 · `SEBlock` (3 points)”."
        ),
    },
    "spatial_attention": {
        "pool_over_hw": (
            "You pool over H and W, as SE's squeeze does, which leaves one number per channel and no positions: no "
            "map to say where. CBAM's spatial gate pools along the channels, mean and max at each pixel. "
            "Reread “4. CBAM: a channel gate, then a spatial gate”."
        ),
        "pool_over_hw_broadcast": (
            "You pool over H and W and broadcast the result back: the right shape, but the same value at every "
            "position, so the map cannot say where to look. Pool along the channels, pixel by pixel. "
            "Reread “4. CBAM: a channel gate, then a spatial gate”."
        ),
        "max_and_mean_swapped": (
            "Your two maps are stacked max first, mean second. The order is part of the contract: the weight's "
            "input channel 0 reads the mean, channel 1 the max, so a swap changes the values. "
            "Reread “Exercise 2 · `spatial_attention` (3 points)”."
        ),
        "mean_only": (
            "You feed the mean map twice and drop the max. CBAM pools along the channels both ways, because the max"
            " keeps the strongest response at each pixel, which the mean dilutes. "
            "Reread “4. CBAM: a channel gate, then a spatial gate”."
        ),
        "sum_instead_of_mean": (
            "You sum over the channels instead of averaging: C times the mean, so the map depends on how many "
            "channels there are. The first pooled map is the mean along the channels. "
            "Reread “Exercise 2 · `spatial_attention` (3 points)”."
        ),
        "softmax_over_positions": (
            "A softmax over the positions gives values in (0, 1) that sum to 1 over the image: a tiny weight "
            "everywhere, not a gate. The spatial map applies an independent sigmoid at each position. "
            "Reread “Exercise 2 · `spatial_attention` (3 points)”."
        ),
        "no_padding": (
            "Without padding the convolution shrinks the map by k - 1, so it no longer fits the features it should "
            "multiply. Zero padding of k // 2 on each side keeps H x W. "
            "Reread “Exercise 2 · `spatial_attention` (3 points)”."
        ),
        "padding_fixed_at_3": (
            "A padding of 3 keeps the size only for CBAM's 7x7 kernel. The function accepts any odd k, so the "
            "padding must follow the kernel size of the weight it is given. "
            "Reread “Exercise 2 · `spatial_attention` (3 points)”."
        ),
        "bias_ignored": (
            "Your convolution ignores the bias argument, which is right only when it is None. A given bias shifts "
            "every logit of the map before the sigmoid, as an nn.Conv2d's bias would. "
            "Reread “Exercise 2 · `spatial_attention` (3 points)”."
        ),
        "returns_rescaled_features": (
            "You return x times the map, but the function returns the map itself, one value per position; "
            "multiplying the features by it is the caller's job, as in the demo after the tests. "
            "Reread “Exercise 2 · `spatial_attention` (3 points)”."
        ),
        "detached_map": (
            "Your map is computed under no_grad, so no gradient flows back to x, weight or bias and the 7x7 "
            "convolution could never learn. The map must be differentiable like any layer's output. "
            "Reread “Exercise 2 · `spatial_attention` (3 points)”."
        ),
    },
}
