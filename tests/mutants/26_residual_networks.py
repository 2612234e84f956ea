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


EXPLANATIONS = {
    "BasicBlock": {
        "conv_bias_with_bn": (
            "Your convolutions keep their bias, but each is followed by BN, whose mean subtraction cancels any "
            "constant added before it: the biases are wasted parameters. ResNet convolutions use no bias. "
            "Reread “3. The basic block, the projection shortcut, and its parameters”."
        ),
        "no_projection": (
            "Your shortcut is always the identity, so when the block changes the stride or the channels, F(x) + x "
            "adds tensors of different shapes. Where the shape changes the shortcut must be a projection. "
            "Reread “3. The basic block, the projection shortcut, and its parameters”."
        ),
        "projection_only_when_channels_change": (
            "You project only when the channel count changes, but a stride of 2 with the same channels also changes"
            " H and W, and the identity no longer matches the branch. Either change of shape needs the projection. "
            "Reread “3. The basic block, the projection shortcut, and its parameters”."
        ),
        "stride_on_second_conv": (
            "You put the stride on conv2 instead of conv1. Shapes and parameter counts agree, but it is another "
            "function: the first conv then runs at full resolution, at four times the cost. "
            "Reread “Exercise 1 · `BasicBlock` (4 points)”."
        ),
        "no_relu_after_addition": (
            "Your block returns the sum without the final ReLU. The basic block computes ReLU(F(x) + x): the last "
            "ReLU comes after the addition, so with gamma_2 = 0 the output is ReLU(shortcut(x)). "
            "Reread “Exercise 1 · `BasicBlock` (4 points)”."
        ),
        "relu_before_addition": (
            "You apply the second ReLU to the branch before adding the shortcut. In the basic block it comes after "
            "the addition, ReLU(F(x) + x); on the branch alone it changes the function and lets negative shortcut "
            "values through."
        ),
        "projection_without_bn": (
            "Your projection shortcut is a 1x1 convolution alone. ResNet's projection is a 1x1 conv with the "
            "block's stride followed by a BatchNorm, like every convolution of the block. "
            "Reread “3. The basic block, the projection shortcut, and its parameters”."
        ),
        "projection_with_bias": (
            "Your 1x1 projection keeps its bias, yet BN follows it and cancels any constant by subtracting the "
            "batch mean. As in the branch, a convolution followed by BN is built without bias. "
            "Reread “3. The basic block, the projection shortcut, and its parameters”."
        ),
        "projection_3x3": (
            "Your shortcut projects with a 3x3 convolution. The projection only has to match the shape, so ResNet "
            "uses a 1x1 conv with the stride, then BN: cheaper, and the spatial work stays in the branch. "
            "Reread “3. The basic block, the projection shortcut, and its parameters”."
        ),
        "no_first_bn": (
            "You dropped the first BatchNorm. The residual branch is conv-BN-ReLU-conv-BN, and bn1 must be a real "
            "BatchNorm2d; without it the first conv's output is not normalized and the block differs from "
            "torchvision's."
        ),
        "no_first_relu": (
            "Your branch has no ReLU between the two conv-BN pairs, so they act as one linear map. The basic block "
            "applies a ReLU after bn1 and another after the addition. "
            "Reread “Exercise 1 · `BasicBlock` (4 points)”."
        ),
        "no_shortcut_at_all": (
            "Your block returns ReLU(F(x)) without adding x: a plain stack, not a residual block. Adding the input "
            "makes the identity free (F = 0) and carries the gradient past the branch. "
            "Reread “2. Residual learning: $y = \\mathcal{F}(x) + x$”."
        ),
        "adds_into_the_input": (
            "With the identity shortcut, out is x itself, so your in-place += writes the branch into the caller's "
            "tensor. A block must not modify its input: the sum has to create a new tensor. "
            "Reread “Exercise 1 · `BasicBlock` (4 points)”."
        ),
        "zero_padding_shortcut": (
            "Your shortcut subsamples and pads the extra channels with zeros, the paper's parameter-free option A. "
            "The standard, asked here, is option B: identity where the shape is kept, a projection where it "
            "changes. Reread “3. The basic block, the projection shortcut, and its parameters”."
        ),
        "subclass_of_torchvision": (
            "Subclassing torchvision's BasicBlock reuses the very reference the tests compare against, which the "
            "exercise forbids. Build the block from nn.Conv2d and nn.BatchNorm2d yourself. "
            "Reread “Exercise 1 · `BasicBlock` (4 points)”."
        ),
    },
    "first_layer_grad_norm": {
        "no_seed": (
            "Without seeding the generator inside the function, the layers and the input depend on whatever ran "
            "before, so the number changes from call to call. The recipe seeds first, for a reproducible "
            "measurement. Reread “Exercise 2 · `first_layer_grad_norm` (3 points)”."
        ),
        "seed_after_the_layers": (
            "You seed after creating the layers, so their weights still come from the caller's random state and "
            "change between calls. The seed comes first, before any layer is built. "
            "Reread “Exercise 2 · `first_layer_grad_norm` (3 points)”."
        ),
        "input_before_the_layers": (
            "You draw the input before the layers. Both come from the same seeded random stream, so their order "
            "decides their values; the recipe creates the layers first, then x, and another order measures another "
            "stack. Reread “Exercise 2 · `first_layer_grad_norm` (3 points)”."
        ),
        "last_layer_gradient": (
            "You return the last layer's gradient, which stays healthy in both stacks. Vanishing shows at the first"
            " layer, at the far end of the product of Jacobians, which is what the recipe measures. "
            "Reread “4. Gradients through depth: products of Jacobians”."
        ),
        "residual_flag_ignored": (
            "Your stack is plain whatever the flag says, so the residual value decays with depth just like the "
            "plain one. With residual=True each layer adds its input back before the ReLU: the +h is the only "
            "difference. Reread “4. Gradients through depth: products of Jacobians”."
        ),
        "skip_around_the_relu": (
            "You add the skip after the ReLU, h + ReLU(conv(h)), but the recipe puts it inside, ReLU(h + conv(h)), "
            "as a ResNet block does. Moving the ReLU changes the backward path and the number. "
            "Reread “Exercise 2 · `first_layer_grad_norm` (3 points)”."
        ),
        "sum_instead_of_mean": (
            "Your loss is the sum of the output, not its mean, which scales every gradient by the number of output "
            "entries. The recipe's loss is the mean of the final h. "
            "Reread “Exercise 2 · `first_layer_grad_norm` (3 points)”."
        ),
        "returns_a_tensor": (
            "You return the norm as a 0-d tensor, but the contract asks for a Python float, the kind of number you "
            "print, compare and plot across depths. Convert the scalar at the end. "
            "Reread “Exercise 2 · `first_layer_grad_norm` (3 points)”."
        ),
        "input_gradient_instead": (
            "You return the gradient with respect to the input x, not the first layer's weight W_1. The exercise "
            "measures how much signal reaches the weights of the first conv, the ones that must learn. "
            "Reread “Exercise 2 · `first_layer_grad_norm` (3 points)”."
        ),
        "hard_coded": (
            "Your function returns made-up numbers that only imitate the trend. It must build the seeded stack, "
            "backpropagate the mean of its output and measure the first layer's gradient, for any depth. "
            "Reread “Exercise 2 · `first_layer_grad_norm` (3 points)”."
        ),
    },
}
