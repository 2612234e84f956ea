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
        # kernel built as float32 on the CPU and the image cast to float32: float64 images come back as float32,
        # and an image on the GPU meets a kernel on the CPU.
        "float32_kernel": '''
import torch
import torch.nn.functional as F

def sobel_response(step_image):
    kernel = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
    return F.conv2d(step_image.float()[None, None], kernel[None, None])[0, 0]
''',
    },
}

EXPLANATIONS = {
    "conv2d_naive": {
        "flipped_kernel": "Your answer rotates the kernel by 180 degrees, which is a true convolution. PyTorch's conv layers compute a cross-correlation with the unflipped kernel, so weights trained in PyTorch would give other results. Reread “2 · Cross-correlation, not convolution”.",
        "first_channel_only": "Your answer uses only the first input channel. A filter spans all input channels and sums over them to produce one feature map; with only channel 0, an RGB edge detector would see only red. Reread “3 · One filter spans all input channels”.",
        "channel_mean": "Your answer averages over the input channels instead of summing, which divides the weighted sum by C before the bias is added. The layer's formula sums the products over every channel, every row and every column of the kernel. Reread “3 · One filter spans all input channels”.",
        "bias_forgotten": "Your answer never adds the bias. Each filter has one scalar bias, added once to every value of its feature map after the sum over channels and kernel positions. Reread “1 · One filter, one window”.",
        "bias_in_every_term": "Your answer adds the bias inside the sum, so it is counted C*k*k times. The bias is one scalar per filter, added once after the dot product between the kernel and the patch. Reread “1 · One filter, one window”.",
        "kernel_transposed": "Your answer swaps the kernel's rows and columns. Weight index u goes with the row offset and v with the column offset; a transposed kernel detects a different pattern (a vertical-edge filter becomes a horizontal one). Reread “1 · One filter, one window”.",
        "always_float32": "Your output buffer is allocated without the input's dtype, so float64 inputs come back as float32 and lose precision. Allocate the output with the dtype and device of x, as the exercise requires.",
        "output_one_too_small": "Your output is one row and one column too small. A k x k kernel fits at H-k+1 vertical and W-k+1 horizontal positions, the last one starting at index H-k. Reread “1 · One filter, one window”.",
        "assumes_square": "Your answer uses the height for both output dimensions, so it only works on square images. Height and width are independent: the output is (H-k+1) x (W-k+1), and the tests use non-square images.",
        "calls_F_conv2d": "Your answer calls F.conv2d, which the exercise forbids: the point is to compute the sum over channels and kernel positions yourself. The hidden tests block every PyTorch convolution operator while your function runs.",
        "imported_conv2d_alias": "Importing F.conv2d under another name is still PyTorch's convolution, which the exercise forbids. The hidden tests refuse it at the dispatcher; compute the patch-times-kernel sums yourself (loops, or unfold with a matrix product).",
        "torch_convolution": "torch.convolution is the operator underneath F.conv2d, so it breaks the rule against PyTorch's convolution in any form. Write the cross-correlation yourself, with loops over the output positions or with unfold.",
        "aten_convolution_op": "Reaching the ATen convolution operator directly is still PyTorch's convolution, which the exercise forbids and the hidden tests block. The task is to compute each output as a dot product between a filter and a patch yourself.",
        "nn_Conv2d_with_copied_weights": "Wrapping the weights in an nn.Conv2d layer still calls PyTorch's convolution, which the exercise forbids. The goal is to implement the conv layer's forward pass yourself, not to delegate it.",
        "conv1d_per_row": "Your answer sums F.conv1d calls, one per kernel row. That is still PyTorch's convolution, which the rules forbid explicitly; compute the products and sums over channels and kernel positions yourself.",
        "private_underscore_convolution": "Calling the private torch._convolution operator is still PyTorch's convolution in another form, which the exercise forbids. Implement the cross-correlation sums yourself with loops or with unfold and a matrix product.",
    },
    "sobel_response": {
        "flipped_kernel": "Your kernel is the Sobel x kernel rotated by 180 degrees, so a rising step gives a negative peak, as if the image got darker to the right. Used as a cross-correlation, the kernel must be taken as written. Reread “2 · Cross-correlation, not convolution”.",
        "sobel_y_kernel": "You used the vertical-gradient kernel (Sobel y). It responds to horizontal edges and is blind to a vertical step; the exercise asks for the kernel that compares the right column with the left one. Reread “4 · Feature maps and feature detectors on a real photograph”.",
        "same_padding": "Your answer pads the image, so the map has the input's size and extra responses at the borders. The exercise asks for the valid cross-correlation, with no padding, which is 2 smaller in each dimension for a 3x3 kernel. Reread “Exercise 2 · `sobel_response` (2 points)”.",
        "not_squeezed": "Your answer returns the 4-D [1, 1, H', W'] result of F.conv2d. The contract is a 2-D response map [H-2, W-2]: the batch and channel axes added for F.conv2d must be removed again.",
        "absolute_value": "Your answer takes the absolute value, which discards the sign. The Sobel response is signed: positive where intensity rises from left to right, negative where it falls, and the tests check falling steps. Reread “Exercise 2 · `sobel_response` (2 points)”.",
        "prewitt_kernel": "Your kernel weights all three rows equally; that is the Prewitt filter, not Sobel. The Sobel x kernel counts the middle row twice, so its step response is larger. Reread “Exercise 2 · `sobel_response` (2 points)”.",
        "normalised_kernel": "Your answer divides the kernel by its absolute sum. The exercise asks for the raw Sobel x kernel with no normalisation, so every response is scaled down by a factor of 8. Reread “Exercise 2 · `sobel_response` (2 points)”.",
        "float32_kernel": "Your answer builds a float32 kernel on the CPU and casts the image to float32, so float64 images lose their dtype and images on the GPU no longer match the kernel's device. Create the kernel with the image's dtype and device.",
    },
}
