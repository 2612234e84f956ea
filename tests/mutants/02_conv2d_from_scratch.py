"""Known-wrong answers for 02_conv2d_from_scratch: each must fail its exercise's tests."""

MUTANTS = {
    "conv2d_naive": {
        # SYLLABUS ✗: a true convolution (kernel rotated by 180°), not what F.conv2d computes.
        "flipped_kernel": '''
import torch

def conv2d_naive(x, weight, bias):
    C, H, W = x.shape
    O, _, k, _ = weight.shape
    flipped = weight.flip(-1, -2)
    out = torch.zeros(O, H - k + 1, W - k + 1, dtype=x.dtype, device=x.device)
    for i in range(H - k + 1):
        for j in range(W - k + 1):
            out[:, i, j] = (flipped * x[:, i:i + k, j:j + k]).sum(dim=(1, 2, 3)) + bias
    return out
''',
        # SYLLABUS ✗: no sum over channels (only the first input channel is used).
        "first_channel_only": '''
import torch

def conv2d_naive(x, weight, bias):
    C, H, W = x.shape
    O, _, k, _ = weight.shape
    out = torch.zeros(O, H - k + 1, W - k + 1, dtype=x.dtype, device=x.device)
    for i in range(H - k + 1):
        for j in range(W - k + 1):
            out[:, i, j] = (weight[:, 0] * x[0, i:i + k, j:j + k]).sum(dim=(1, 2)) + bias
    return out
''',
        # no sum over channels: the channels are averaged instead of summed.
        "channel_mean": '''
import torch

def conv2d_naive(x, weight, bias):
    C, H, W = x.shape
    O, _, k, _ = weight.shape
    out = torch.zeros(O, H - k + 1, W - k + 1, dtype=x.dtype, device=x.device)
    for i in range(H - k + 1):
        for j in range(W - k + 1):
            out[:, i, j] = (weight * x[:, i:i + k, j:j + k]).sum(dim=(2, 3)).mean(dim=1) + bias
    return out
''',
        "bias_forgotten": '''
import torch

def conv2d_naive(x, weight, bias):
    C, H, W = x.shape
    O, _, k, _ = weight.shape
    out = torch.zeros(O, H - k + 1, W - k + 1, dtype=x.dtype, device=x.device)
    for i in range(H - k + 1):
        for j in range(W - k + 1):
            out[:, i, j] = (weight * x[:, i:i + k, j:j + k]).sum(dim=(1, 2, 3))
    return out
''',
        # bias added inside the sum: counted C*k*k times instead of once.
        "bias_in_every_term": '''
import torch

def conv2d_naive(x, weight, bias):
    C, H, W = x.shape
    O, _, k, _ = weight.shape
    out = torch.zeros(O, H - k + 1, W - k + 1, dtype=x.dtype, device=x.device)
    for i in range(H - k + 1):
        for j in range(W - k + 1):
            out[:, i, j] = (weight * x[:, i:i + k, j:j + k] + bias[:, None, None, None]).sum(dim=(1, 2, 3))
    return out
''',
        # kernel rows and columns swapped (w[v, u] instead of w[u, v]).
        "kernel_transposed": '''
import torch

def conv2d_naive(x, weight, bias):
    C, H, W = x.shape
    O, _, k, _ = weight.shape
    wt = weight.transpose(-1, -2)
    out = torch.zeros(O, H - k + 1, W - k + 1, dtype=x.dtype, device=x.device)
    for i in range(H - k + 1):
        for j in range(W - k + 1):
            out[:, i, j] = (wt * x[:, i:i + k, j:j + k]).sum(dim=(1, 2, 3)) + bias
    return out
''',
        # output allocated as float32 whatever the input dtype.
        "always_float32": '''
import torch

def conv2d_naive(x, weight, bias):
    C, H, W = x.shape
    O, _, k, _ = weight.shape
    out = torch.zeros(O, H - k + 1, W - k + 1, device=x.device)
    for i in range(H - k + 1):
        for j in range(W - k + 1):
            out[:, i, j] = (weight * x[:, i:i + k, j:j + k]).sum(dim=(1, 2, 3)) + bias
    return out
''',
        # one output row and column too few.
        "output_one_too_small": '''
import torch

def conv2d_naive(x, weight, bias):
    C, H, W = x.shape
    O, _, k, _ = weight.shape
    out = torch.zeros(O, H - k, W - k, dtype=x.dtype, device=x.device)
    for i in range(H - k):
        for j in range(W - k):
            out[:, i, j] = (weight * x[:, i:i + k, j:j + k]).sum(dim=(1, 2, 3)) + bias
    return out
''',
        # H and W assumed equal: right on square images only.
        "assumes_square": '''
import torch

def conv2d_naive(x, weight, bias):
    C, H, W = x.shape
    O, _, k, _ = weight.shape
    n = H - k + 1
    out = torch.zeros(O, n, n, dtype=x.dtype, device=x.device)
    for i in range(n):
        for j in range(n):
            out[:, i, j] = (weight * x[:, i:i + k, j:j + k]).sum(dim=(1, 2, 3)) + bias
    return out
''',
        # right values, but not from scratch: the exercise forbids PyTorch's convolution in any form.
        "calls_F_conv2d": '''
import torch.nn.functional as F

def conv2d_naive(x, weight, bias):
    return F.conv2d(x[None], weight, bias)[0]
''',
        "imported_conv2d_alias": '''
from torch.nn.functional import conv2d as correlate

def conv2d_naive(x, weight, bias):
    return correlate(x.unsqueeze(0), weight, bias).squeeze(0)
''',
        "torch_convolution": '''
import torch

def conv2d_naive(x, weight, bias):
    return torch.convolution(x[None], weight, bias, [1, 1], [0, 0], [1, 1], False, [0, 0], 1)[0]
''',
        "aten_convolution_op": '''
import torch

def conv2d_naive(x, weight, bias):
    return torch.ops.aten.convolution(x[None], weight, bias, [1, 1], [0, 0], [1, 1], False, [0, 0], 1)[0]
''',
        "nn_Conv2d_with_copied_weights": '''
import torch
import torch.nn as nn

def conv2d_naive(x, weight, bias):
    O, C, k, _ = weight.shape
    layer = nn.Conv2d(C, O, k).to(device=x.device, dtype=x.dtype)
    with torch.no_grad():
        layer.weight.copy_(weight)
        layer.bias.copy_(bias)
        return layer(x[None])[0]
''',
        # one conv1d per kernel row, summed: still PyTorch's convolution
        "conv1d_per_row": '''
import torch
import torch.nn.functional as F

def conv2d_naive(x, weight, bias):
    C, H, W = x.shape
    O, _, k, _ = weight.shape
    out = torch.zeros(O, H - k + 1, W - k + 1, dtype=x.dtype, device=x.device)
    for i in range(H - k + 1):
        for u in range(k):
            out[:, i] += F.conv1d(x[None, :, i + u], weight[:, :, u])[0]
    return out + bias[:, None, None]
''',
        # the private operator below F.conv2d
        "private_underscore_convolution": '''
import torch

def conv2d_naive(x, weight, bias):
    return torch._convolution(x[None], weight, bias, [1, 1], [0, 0], [1, 1], False, [0, 0], 1,
                              False, False, True, True)[0]
''',
    },
    "sobel_response": {
        # SYLLABUS ✗: flipped kernel (true convolution), negative peak at a rising step.
        "flipped_kernel": '''
import torch
import torch.nn.functional as F

def sobel_response(step_image):
    kernel = torch.tensor([[1.0, 0.0, -1.0], [2.0, 0.0, -2.0], [1.0, 0.0, -1.0]],
                          dtype=step_image.dtype, device=step_image.device)
    return F.conv2d(step_image[None, None], kernel[None, None])[0, 0]
''',
        # the vertical-gradient kernel (Sobel y): blind to vertical edges.
        "sobel_y_kernel": '''
import torch
import torch.nn.functional as F

def sobel_response(step_image):
    kernel = torch.tensor([[-1.0, -2.0, -1.0], [0.0, 0.0, 0.0], [1.0, 2.0, 1.0]],
                          dtype=step_image.dtype, device=step_image.device)
    return F.conv2d(step_image[None, None], kernel[None, None])[0, 0]
''',
        # padding=1: a same-size map instead of the valid [H-2, W-2] response.
        "same_padding": '''
import torch
import torch.nn.functional as F

def sobel_response(step_image):
    kernel = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]],
                          dtype=step_image.dtype, device=step_image.device)
    return F.conv2d(step_image[None, None], kernel[None, None], padding=1)[0, 0]
''',
        # forgot to remove the batch and channel dimensions.
        "not_squeezed": '''
import torch
import torch.nn.functional as F

def sobel_response(step_image):
    kernel = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]],
                          dtype=step_image.dtype, device=step_image.device)
    return F.conv2d(step_image[None, None], kernel[None, None])
''',
        # edge magnitude instead of the signed response.
        "absolute_value": '''
import torch
import torch.nn.functional as F

def sobel_response(step_image):
    kernel = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]],
                          dtype=step_image.dtype, device=step_image.device)
    return F.conv2d(step_image[None, None], kernel[None, None])[0, 0].abs()
''',
        # Prewitt instead of Sobel: the middle row is not weighted twice.
        "prewitt_kernel": '''
import torch
import torch.nn.functional as F

def sobel_response(step_image):
    kernel = torch.tensor([[-1.0, 0.0, 1.0], [-1.0, 0.0, 1.0], [-1.0, 0.0, 1.0]],
                          dtype=step_image.dtype, device=step_image.device)
    return F.conv2d(step_image[None, None], kernel[None, None])[0, 0]
''',
        # normalised by the kernel's absolute sum (8): the step peak becomes 0.5.
        "normalised_kernel": '''
import torch
import torch.nn.functional as F

def sobel_response(step_image):
    kernel = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]],
                          dtype=step_image.dtype, device=step_image.device) / 8
    return F.conv2d(step_image[None, None], kernel[None, None])[0, 0]
''',
        # kernel built as float32 on the CPU: float64 images fail (dtype mismatch).
        "float32_kernel": '''
import torch
import torch.nn.functional as F

def sobel_response(step_image):
    kernel = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
    return F.conv2d(step_image.float()[None, None], kernel[None, None])[0, 0]
''',
    },
}
