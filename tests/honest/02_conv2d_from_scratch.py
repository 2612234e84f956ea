"""Correct answers for 02_conv2d_from_scratch written differently from the reference: each must pass its tests.

The exercise forbids only PyTorch's convolution, so im2col with F.unfold and einsum over Tensor.unfold
patches are honest answers, as are plain scalar loops.
"""

HONEST = {
    "conv2d_naive": {
        # im2col: F.unfold cuts out every patch as a column, then one matrix product
        "unfold_matmul": '''
import torch
import torch.nn.functional as F

def conv2d_naive(x, weight, bias):
    C, H, W = x.shape
    O, _, k, _ = weight.shape
    columns = F.unfold(x[None], kernel_size=k)[0]               # [C*k*k, L]
    out = weight.reshape(O, -1) @ columns + bias[:, None]       # [O, L]
    return out.reshape(O, H - k + 1, W - k + 1)
''',
        # Tensor.unfold builds a [C, H', W', k, k] view of the patches; einsum contracts it with the weights
        "tensor_unfold_einsum": '''
import torch

def conv2d_naive(x, weight, bias):
    k = weight.shape[-1]
    patches = x.unfold(1, k, 1).unfold(2, k, 1)                 # [C, H', W', k, k]
    return torch.einsum("chwuv,ocuv->ohw", patches, weight) + bias[:, None, None]
''',
        # six nested loops over scalars, a helper function and a print inside the cell
        "scalar_loops_with_helper": '''
import torch

def _dot_at(x, weight, o, i, j):
    C, k = weight.shape[1], weight.shape[-1]
    total = torch.zeros((), dtype=x.dtype, device=x.device)
    for c in range(C):
        for u in range(k):
            for v in range(k):
                total = total + weight[o, c, u, v] * x[c, i + u, j + v]
    return total

def conv2d_naive(x, weight, bias):
    C, H, W = x.shape
    O, _, k, _ = weight.shape
    print("output shape", (O, H - k + 1, W - k + 1))
    out = torch.empty(O, H - k + 1, W - k + 1, dtype=x.dtype, device=x.device)
    for o in range(O):
        for i in range(H - k + 1):
            for j in range(W - k + 1):
                out[o, i, j] = _dot_at(x, weight, o, i, j) + bias[o]
    return out
''',
        # loop over the k*k kernel taps instead of the output positions: shifted slices, accumulated
        "loop_over_taps": '''
import torch

def conv2d_naive(x, weight, bias):
    C, H, W = x.shape
    O, _, k, _ = weight.shape
    Ho, Wo = H - k + 1, W - k + 1
    out = bias[:, None, None].expand(O, Ho, Wo).clone()
    for u in range(k):
        for v in range(k):
            out += torch.einsum("oc,chw->ohw", weight[:, :, u, v], x[:, u:u + Ho, v:v + Wo])
    return out
''',
    },
    "sobel_response": {
        # shifted slices: right column minus left column, the middle row weighted twice
        "slices": '''
def sobel_response(step_image):
    img = step_image
    diff = img[:, 2:] - img[:, :-2]                               # [H, W-2]
    return diff[:-2] + 2 * diff[1:-1] + diff[2:]
''',
        # the student's own conv2d_naive from exercise 1
        "via_conv2d_naive": '''
import torch

def sobel_response(step_image):
    kernel = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]],
                          dtype=step_image.dtype, device=step_image.device)
    bias = torch.zeros(1, dtype=step_image.dtype, device=step_image.device)
    return conv2d_naive(step_image[None], kernel[None, None], bias)[0]
''',
        # separable Sobel: smoothing [1, 2, 1] down the rows, then a difference [-1, 0, 1] along the columns
        "separable_conv2d": '''
import torch
import torch.nn.functional as F

def sobel_response(step_image):
    opts = dict(dtype=step_image.dtype, device=step_image.device)
    smooth = torch.tensor([1.0, 2.0, 1.0], **opts).view(1, 1, 3, 1)
    diff = torch.tensor([-1.0, 0.0, 1.0], **opts).view(1, 1, 1, 3)
    return F.conv2d(F.conv2d(step_image[None, None], smooth), diff).squeeze(0).squeeze(0)
''',
    },
}
