"""Known-wrong answers to notebook 27_inception: each one a misconception the notebook explains (rejected by a failed check)."""

_BLOCK = '''
import torch
import torch.nn as nn


class InceptionBlock(nn.Module):
    def __init__(self, in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj):
        super().__init__()
        self.branch1 = nn.Sequential(nn.Conv2d(in_channels, ch1x1, 1{bias}), nn.ReLU())
        self.branch2 = nn.Sequential(nn.Conv2d(in_channels, ch3x3red, 1{bias}), {relu3}
                                     nn.Conv2d(ch3x3red, ch3x3, 3, padding={pad3}{bias}), nn.ReLU())
        self.branch3 = nn.Sequential(nn.Conv2d(in_channels, ch5x5red, 1{bias}), {relu5}
                                     nn.Conv2d(ch5x5red, ch5x5, {k5}, padding={pad5}{bias}), nn.ReLU())
        self.branch4 = nn.Sequential({pool}, nn.Conv2d(in_channels, pool_proj, 1{bias}), nn.ReLU())

    def forward(self, x):
        return torch.cat([{order}], dim={dim})
'''

_RIGHT = dict(bias="", relu3="nn.ReLU(),", relu5="nn.ReLU(),", pad3=1, pad5=2, k5=5,
              pool="nn.MaxPool2d(3, stride=1, padding=1)", dim=1,
              order="self.branch1(x), self.branch2(x), self.branch3(x), self.branch4(x)")


def _block(**changes):
    return _BLOCK.format(**{**_RIGHT, **changes})


MUTANTS = {
    "InceptionBlock": {
        # SYLLABUS ✗: concatenation along the batch: an error for unequal widths, (4N, C, H, W) for equal ones.
        "concat_on_dim_0": _block(dim=0),
        # no padding: the branches come out at different sizes and cannot be concatenated.
        "no_padding": _block(pad3=0, pad5=0, pool="nn.MaxPool2d(3, stride=1)"),
        # padding 1 everywhere: the 5x5 branch shrinks by 2.
        "padding_1_on_the_5x5": _block(pad5=1),
        # an ordinary pooling layer (stride = kernel size) halves the pool branch.
        "pool_with_default_stride": _block(pool="nn.MaxPool2d(3, padding=1)"),
        # torchvision's known discrepancy: a 3x3 kernel in the "5x5" branch.
        "3x3_in_the_5x5_branch": _block(k5=3, pad5=1),
        # convolutions without bias (as torchvision, which adds batch norm instead).
        "no_bias": _block(bias=", bias=False"),
        # average instead of max pooling: the right shapes and parameters, other values (passes the visible tests).
        "average_pooling": _block(pool="nn.AvgPool2d(3, stride=1, padding=1)"),
        # no ReLU after the 1x1 reductions: right shapes and parameters, other values (passes the visible tests).
        "no_relu_after_reductions": _block(relu3="", relu5=""),
        # the branches concatenated in another order.
        "pool_branch_first": _block(order="self.branch4(x), self.branch1(x), self.branch2(x), self.branch3(x)"),
        # the naive block: the pool output passed on without its 1x1 projection.
        "pool_without_projection": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class InceptionBlock(nn.Module):
    def __init__(self, in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj):
        super().__init__()
        self.b1 = nn.Conv2d(in_channels, ch1x1, 1)
        self.r3, self.c3 = nn.Conv2d(in_channels, ch3x3red, 1), nn.Conv2d(ch3x3red, ch3x3, 3, padding=1)
        self.r5, self.c5 = nn.Conv2d(in_channels, ch5x5red, 1), nn.Conv2d(ch5x5red, ch5x5, 5, padding=2)

    def forward(self, x):
        return torch.cat([F.relu(self.b1(x)), F.relu(self.c3(F.relu(self.r3(x)))),
                          F.relu(self.c5(F.relu(self.r5(x)))), F.max_pool2d(x, 3, 1, 1)], dim=1)
''',
        # the pool branch projects first and pools afterwards.
        "projection_before_pool": _block(pool="nn.Identity()").replace(
            "nn.Conv2d(in_channels, pool_proj, 1), nn.ReLU())",
            "nn.Conv2d(in_channels, pool_proj, 1), nn.ReLU(), nn.MaxPool2d(3, stride=1, padding=1))"),
        # no ReLU at the end of the branches: right shapes and parameters, other values (passes the visible tests).
        "no_relu_after_the_branches": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class InceptionBlock(nn.Module):
    def __init__(self, in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj):
        super().__init__()
        self.b1 = nn.Conv2d(in_channels, ch1x1, 1)
        self.r3, self.c3 = nn.Conv2d(in_channels, ch3x3red, 1), nn.Conv2d(ch3x3red, ch3x3, 3, padding=1)
        self.r5, self.c5 = nn.Conv2d(in_channels, ch5x5red, 1), nn.Conv2d(ch5x5red, ch5x5, 5, padding=2)
        self.proj = nn.Conv2d(in_channels, pool_proj, 1)

    def forward(self, x):
        return torch.cat([self.b1(x), self.c3(F.relu(self.r3(x))), self.c5(F.relu(self.r5(x))),
                          self.proj(F.max_pool2d(x, 3, 1, 1))], dim=1)
''',
    },
    "reduction_savings": {
        # biases counted too.
        "with_biases": '''
def reduction_savings(in_channels, reduce_channels, out_channels, kernel_size):
    k2 = kernel_size * kernel_size
    direct = in_channels * out_channels * k2 + out_channels
    reduced = in_channels * reduce_channels + reduce_channels + reduce_channels * out_channels * k2 + out_channels
    return direct, reduced
''',
        # the 1x1 reduction's own weights forgotten: 12800 instead of 15872.
        "reduction_weights_forgotten": '''
def reduction_savings(in_channels, reduce_channels, out_channels, kernel_size):
    return in_channels * out_channels * kernel_size ** 2, reduce_channels * out_channels * kernel_size ** 2
''',
        # K instead of K squared.
        "kernel_not_squared": '''
def reduction_savings(in_channels, reduce_channels, out_channels, kernel_size):
    return in_channels * out_channels * kernel_size, in_channels * reduce_channels + reduce_channels * out_channels * kernel_size
''',
        # the KxK layer of the reduced path still reads in_channels.
        "kxk_reads_the_input": '''
def reduction_savings(in_channels, reduce_channels, out_channels, kernel_size):
    k2 = kernel_size * kernel_size
    return in_channels * out_channels * k2, in_channels * reduce_channels + in_channels * out_channels * k2
''',
        # the pair in the wrong order.
        "swapped": '''
def reduction_savings(in_channels, reduce_channels, out_channels, kernel_size):
    k2 = kernel_size * kernel_size
    return in_channels * reduce_channels + reduce_channels * out_channels * k2, in_channels * out_channels * k2
''',
        # floats (true division / float powers) instead of ints.
        "floats": '''
def reduction_savings(in_channels, reduce_channels, out_channels, kernel_size):
    k2 = kernel_size ** 2.0
    return in_channels * out_channels * k2, in_channels * reduce_channels + reduce_channels * out_channels * k2
''',
        # a list instead of a tuple.
        "a_list": '''
def reduction_savings(in_channels, reduce_channels, out_channels, kernel_size):
    k2 = kernel_size * kernel_size
    return [in_channels * out_channels * k2, in_channels * reduce_channels + reduce_channels * out_channels * k2]
''',
        # written for the visible values only.
        "visible_values_only": '''
def reduction_savings(in_channels, reduce_channels, out_channels, kernel_size):
    return {(192, 16, 32, 5): (153600, 15872), (256, 64, 256, 3): (589824, 163840)}.get(
        (in_channels, reduce_channels, out_channels, kernel_size), (0, 0))
''',
    },
}


EXPLANATIONS = {
    "InceptionBlock": {
        "concat_on_dim_0": (
            "You concatenate along dim 0, the batch, so the branches become extra images: an error for unequal "
            "widths, 4N images otherwise. Inception joins its branches along dim 1, the channels. "
            "Reread “1. Several kernel sizes side by side”."
        ),
        "no_padding": (
            "Without padding, the 3x3 and 5x5 convolutions and the pool shrink the map, so the branches disagree on"
            " H x W and cannot be concatenated. Every branch needs 'same' padding for its kernel. "
            "Reread “2. Every branch keeps the height and width”."
        ),
        "padding_1_on_the_5x5": (
            "Padding 1 suits a 3x3 kernel, but the 5x5 branch then loses pixels and no longer matches the others. "
            "At stride 1 a KxK kernel keeps the size with padding (K - 1)/2 on each side. "
            "Reread “2. Every branch keeps the height and width”."
        ),
        "pool_with_default_stride": (
            "Your max-pool uses the default stride, equal to its kernel, so it downsamples and the pool branch "
            "comes out smaller. Inside the block the pool has stride 1; GoogLeNet downsamples between blocks. "
            "Reread “2. Every branch keeps the height and width”."
        ),
        "3x3_in_the_5x5_branch": (
            "Your '5x5' branch uses a 3x3 kernel: torchvision's known discrepancy, kept only so that ported weights"
            " load. The original block asked for here has a real 5x5 convolution there. "
            "Reread “6. Against torchvision's GoogLeNet”."
        ),
        "no_bias": (
            "Your convolutions have no bias, as in torchvision's version, which adds batch norm after each. The "
            "original GoogLeNet block has no BN, so all six of its convolutions keep their bias. "
            "Reread “6. Against torchvision's GoogLeNet”."
        ),
        "average_pooling": (
            "Your pool branch averages instead of taking the maximum: the shapes and parameters are right, the "
            "values are not. The fourth branch is a 3x3 max-pool with stride 1, then its 1x1 projection. "
            "Reread “Exercise 1 · `InceptionBlock` (4 points)”."
        ),
        "no_relu_after_reductions": (
            "You omit the ReLU after the 1x1 reductions, so each reduction and the conv after it act as one linear "
            "map. Every reduction is followed by a ReLU, which adds a nonlinearity for its price. "
            "Reread “4. The 1×1 bottleneck: what makes Inception cheap”."
        ),
        "pool_branch_first": (
            "Your concatenation puts the pool branch first. The channel order (1x1, 3x3, 5x5, pool) is part of the "
            "block's contract: the next layer's weights are tied to which channel holds what. "
            "Reread “Exercise 1 · `InceptionBlock` (4 points)”."
        ),
        "pool_without_projection": (
            "Your pool branch passes every input channel through without its 1x1 projection: that is the naive "
            "block, which widens every block after it. GoogLeNet projects the pooled map to pool_proj channels. "
            "Reread “4. The 1×1 bottleneck: what makes Inception cheap”."
        ),
        "projection_before_pool": (
            "You project first and pool afterwards, but the branch is max-pool, then 1x1 projection. Max-pooling "
            "does not commute with a convolution, so the values differ even though shapes and parameters agree. "
            "Reread “Exercise 1 · `InceptionBlock` (4 points)”."
        ),
        "no_relu_after_the_branches": (
            "Your branches end without a ReLU, so their outputs can be negative. In the original block every "
            "convolution, the last one of each branch included, is followed by a ReLU. "
            "Reread “Exercise 1 · `InceptionBlock` (4 points)”."
        ),
    },
    "reduction_savings": {
        "with_biases": (
            "You count the biases too, but the exercise compares weights only, biases excluded: one KxK kernel per "
            "pair of input and output channels, nothing else. Reread “Exercise 2 · `reduction_savings` (2 points)”."
        ),
        "reduction_weights_forgotten": (
            "Your reduced path counts only the KxK layer and forgets the 1x1 reduction's own weights, one per pair "
            "of input and reduced channel. The bottleneck is cheap, not free. "
            "Reread “4. The 1×1 bottleneck: what makes Inception cheap”."
        ),
        "kernel_not_squared": (
            "You multiply by K instead of K squared. A KxK kernel spans two spatial dimensions, so it has K times K"
            " weights for every pair of input and output channels. Reread “3. What a convolution costs”."
        ),
        "kxk_reads_the_input": (
            "In your reduced path the KxK layer still reads in_channels. After the 1x1 reduction it only sees "
            "reduce_channels channels, and that is exactly where the savings come from. "
            "Reread “4. The 1×1 bottleneck: what makes Inception cheap”."
        ),
        "swapped": (
            "Your pair is in the wrong order: the contract is (direct, reduced). A caller who unpacks it would take"
            " the bottleneck's cost for the direct convolution's, and the other way round. "
            "Reread “Exercise 2 · `reduction_savings` (2 points)”."
        ),
        "floats": (
            "Your counts come out as floats, from a float power. Weight counts are whole numbers and the contract "
            "asks for two Python ints; floats also stop being exact for very large counts. "
            "Reread “Exercise 2 · `reduction_savings` (2 points)”."
        ),
        "a_list": (
            "You return a list, but the contract is a tuple (direct, reduced) of two ints, and the tests check the "
            "type. A tuple is Python's usual way to return a fixed pair of values. "
            "Reread “Exercise 2 · `reduction_savings` (2 points)”."
        ),
        "visible_values_only": (
            "Your function looks up the two visible examples and returns (0, 0) otherwise. It must count both paths"
            " for any positive arguments, expansions included, where the reduced path is the larger. "
            "Reread “Exercise 2 · `reduction_savings` (2 points)”."
        ),
    },
}
