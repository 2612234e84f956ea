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
