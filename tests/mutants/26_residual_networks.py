"""Known-wrong answers to notebook 26_residual_networks: each must fail its exercise's tests (tests/mutation.py)."""

_BLOCK = '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class BasicBlock(nn.Module):
    def __init__(self, in_channels, out_channels, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, out_channels, 3, stride=CONV1_STRIDE, padding=1, bias=BIAS)
        self.bn1 = BN1
        self.conv2 = nn.Conv2d(out_channels, out_channels, 3, stride=CONV2_STRIDE, padding=1, bias=BIAS)
        self.bn2 = nn.BatchNorm2d(out_channels)
        if NEEDS_PROJECTION:
            self.shortcut = PROJECTION
        else:
            self.shortcut = nn.Identity()

    def forward(self, x):
        FORWARD
'''

_DEFAULTS = {
    "CONV1_STRIDE": "stride",
    "CONV2_STRIDE": "1",
    "BIAS": "False",
    "BN1": "nn.BatchNorm2d(out_channels)",
    "NEEDS_PROJECTION": "stride != 1 or in_channels != out_channels",
    "PROJECTION": "nn.Sequential(nn.Conv2d(in_channels, out_channels, 1, stride=stride, bias=False), "
                  "nn.BatchNorm2d(out_channels))",
    "FORWARD": "branch = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))\n"
               "        return F.relu(branch + self.shortcut(x))",
}


def _block(**changes):
    code = _BLOCK
    for key, value in {**_DEFAULTS, **changes}.items():
        code = code.replace(key, value)
    return code


_STACK = '''
import torch
import torch.nn as nn
import torch.nn.functional as F


def first_layer_grad_norm(depth, residual):
    SEED
    convs = [nn.Conv2d(16, 16, 3, padding=1, bias=False) for _ in range(depth)]
    x = torch.randn(8, 16, 8, 8)
    h = x
    for conv in convs:
        h = STEP
    LOSS.backward()
    return RESULT
'''

_STACK_DEFAULTS = {
    "SEED": "torch.manual_seed(0)",
    "STEP": "F.relu(h + conv(h)) if residual else F.relu(conv(h))",
    "LOSS": "h.mean()",
    "RESULT": "convs[0].weight.grad.norm().item()",
}


def _stack(**changes):
    code = _STACK
    for key, value in {**_STACK_DEFAULTS, **changes}.items():
        code = code.replace(key, value)
    return code


MUTANTS = {
    "BasicBlock": {
        # the syllabus's two: a conv bias in front of BN, and no projection shortcut
        "conv_bias_with_bn": _block(BIAS="True"),
        "no_projection": _block(NEEDS_PROJECTION="False"),
        # passes the visible tests (64->128 channels), fails on stride 2 with unchanged channels
        "projection_only_when_channels_change": _block(NEEDS_PROJECTION="in_channels != out_channels"),
        "stride_on_second_conv": _block(CONV1_STRIDE="1", CONV2_STRIDE="stride"),
        "no_relu_after_addition": _block(FORWARD="branch = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))\n"
                                                 "        return branch + self.shortcut(x)"),
        "relu_before_addition": _block(FORWARD="branch = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))\n"
                                               "        return F.relu(branch) + self.shortcut(x)"),
        "projection_without_bn": _block(PROJECTION="nn.Conv2d(in_channels, out_channels, 1, stride=stride, bias=False)"),
        "projection_with_bias": _block(PROJECTION="nn.Sequential(nn.Conv2d(in_channels, out_channels, 1, stride=stride), "
                                                  "nn.BatchNorm2d(out_channels))"),
        "projection_3x3": _block(PROJECTION="nn.Sequential(nn.Conv2d(in_channels, out_channels, 3, stride=stride, "
                                            "padding=1, bias=False), nn.BatchNorm2d(out_channels))"),
        "no_first_bn": _block(BN1="nn.Identity()"),
        "no_first_relu": _block(FORWARD="branch = self.bn2(self.conv2(self.bn1(self.conv1(x))))\n"
                                        "        return F.relu(branch + self.shortcut(x))"),
        "no_shortcut_at_all": _block(FORWARD="branch = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))\n"
                                             "        return F.relu(branch)"),
        "adds_into_the_input": _block(FORWARD="out = self.shortcut(x)\n"
                                              "        out += self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))\n"
                                              "        return F.relu(out)"),
        # parameter-free shortcut (the paper's option A): subsample and pad the extra channels with zeros
        "zero_padding_shortcut": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class _PadShortcut(nn.Module):
    def __init__(self, in_channels, out_channels, stride):
        super().__init__()
        self.extra, self.stride = out_channels - in_channels, stride

    def forward(self, x):
        return F.pad(x[:, :, ::self.stride, ::self.stride], (0, 0, 0, 0, 0, self.extra))


class BasicBlock(nn.Module):
    def __init__(self, in_channels, out_channels, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, out_channels, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(out_channels)
        self.conv2 = nn.Conv2d(out_channels, out_channels, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.shortcut = _PadShortcut(in_channels, out_channels, stride)

    def forward(self, x):
        branch = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))
        return F.relu(branch + self.shortcut(x))
''',
        "subclass_of_torchvision": '''
import torch.nn as nn
from torchvision.models.resnet import BasicBlock as _TV


class BasicBlock(_TV):
    def __init__(self, in_channels, out_channels, stride):
        down = None
        if stride != 1 or in_channels != out_channels:
            down = nn.Sequential(nn.Conv2d(in_channels, out_channels, 1, stride=stride, bias=False),
                                 nn.BatchNorm2d(out_channels))
        super().__init__(in_channels, out_channels, stride, downsample=down)
        self.shortcut = down if down is not None else nn.Identity()
''',
    },
    "first_layer_grad_norm": {
        "no_seed": _stack(SEED="pass"),
        "seed_after_the_layers": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


def first_layer_grad_norm(depth, residual):
    convs = [nn.Conv2d(16, 16, 3, padding=1, bias=False) for _ in range(depth)]
    torch.manual_seed(0)
    h = torch.randn(8, 16, 8, 8)
    for conv in convs:
        h = F.relu(h + conv(h)) if residual else F.relu(conv(h))
    h.mean().backward()
    return convs[0].weight.grad.norm().item()
''',
        "input_before_the_layers": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


def first_layer_grad_norm(depth, residual):
    torch.manual_seed(0)
    x = torch.randn(8, 16, 8, 8)
    convs = [nn.Conv2d(16, 16, 3, padding=1, bias=False) for _ in range(depth)]
    h = x
    for conv in convs:
        h = F.relu(h + conv(h)) if residual else F.relu(conv(h))
    h.mean().backward()
    return convs[0].weight.grad.norm().item()
''',
        "last_layer_gradient": _stack(RESULT="convs[-1].weight.grad.norm().item()"),
        "residual_flag_ignored": _stack(STEP="F.relu(conv(h))"),
        "skip_around_the_relu": _stack(STEP="h + F.relu(conv(h)) if residual else F.relu(conv(h))"),
        "sum_instead_of_mean": _stack(LOSS="h.sum()"),
        "returns_a_tensor": _stack(RESULT="convs[0].weight.grad.norm()"),
        "input_gradient_instead": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


def first_layer_grad_norm(depth, residual):
    torch.manual_seed(0)
    convs = [nn.Conv2d(16, 16, 3, padding=1, bias=False) for _ in range(depth)]
    x = torch.randn(8, 16, 8, 8, requires_grad=True)
    h = x
    for conv in convs:
        h = F.relu(h + conv(h)) if residual else F.relu(conv(h))
    h.mean().backward()
    return x.grad.norm().item()
''',
        # passes the visible tests (a float, deterministic, residual >> plain), not the hidden recipe
        "hard_coded": '''
def first_layer_grad_norm(depth, residual):
    return 1.0 if residual else 1e-9 * 0.5 ** depth
''',
    },
}
