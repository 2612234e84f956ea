"""Known-wrong answers to notebook 16_backpropagation: each must fail its exercise's tests by a failed check."""

MUTANTS = {
    "conv2d_backward": {
        # SYLLABUS ✗: the kernel not flipped for the input gradient (right only for 180°-symmetric kernels).
        "kernel_not_flipped": '''
import torch.nn.functional as F

def conv2d_backward(x, w, grad_out):
    kH, kW = w.shape[-2:]
    grad_b = grad_out.sum(dim=(0, 2, 3))
    grad_w = F.conv2d(x.transpose(0, 1), grad_out.transpose(0, 1)).transpose(0, 1)
    grad_x = F.conv2d(grad_out, w.transpose(0, 1), padding=(kH - 1, kW - 1))
    return grad_x, grad_w, grad_b
''',
        # SYLLABUS ✗: grad_w from one position (the top-left window) instead of the sum over all of them.
        "grad_w_from_one_position": '''
import torch
import torch.nn.functional as F

def conv2d_backward(x, w, grad_out):
    kH, kW = w.shape[-2:]
    grad_b = grad_out.sum(dim=(0, 2, 3))
    grad_w = torch.einsum("no,nchw->ochw", grad_out[:, :, 0, 0], x[:, :, :kH, :kW])
    grad_x = F.conv2d(grad_out, w.flip(2, 3).transpose(0, 1), padding=(kH - 1, kW - 1))
    return grad_x, grad_w, grad_b
''',
        # the kernel flipped on one axis only.
        "flipped_on_one_axis": '''
import torch.nn.functional as F

def conv2d_backward(x, w, grad_out):
    kH, kW = w.shape[-2:]
    grad_b = grad_out.sum(dim=(0, 2, 3))
    grad_w = F.conv2d(x.transpose(0, 1), grad_out.transpose(0, 1)).transpose(0, 1)
    grad_x = F.conv2d(grad_out, w.flip(3).transpose(0, 1), padding=(kH - 1, kW - 1))
    return grad_x, grad_w, grad_b
''',
        # B28 in disguise: the kernel and bias gradients averaged over the batch instead of summed.
        "batch_mean_instead_of_sum": '''
import torch.nn.functional as F

def conv2d_backward(x, w, grad_out):
    kH, kW = w.shape[-2:]
    N = x.shape[0]
    grad_b = grad_out.sum(dim=(0, 2, 3)) / N
    grad_w = F.conv2d(x.transpose(0, 1), grad_out.transpose(0, 1)).transpose(0, 1) / N
    grad_x = F.conv2d(grad_out, w.flip(2, 3).transpose(0, 1), padding=(kH - 1, kW - 1))
    return grad_x, grad_w, grad_b
''',
        # the bias gradient as a mean over the positions.
        "grad_b_mean": '''
import torch.nn.functional as F

def conv2d_backward(x, w, grad_out):
    kH, kW = w.shape[-2:]
    grad_b = grad_out.mean(dim=(2, 3)).sum(dim=0)
    grad_w = F.conv2d(x.transpose(0, 1), grad_out.transpose(0, 1)).transpose(0, 1)
    grad_x = F.conv2d(grad_out, w.flip(2, 3).transpose(0, 1), padding=(kH - 1, kW - 1))
    return grad_x, grad_w, grad_b
''',
        # a valid instead of a full correlation: grad_x smaller than x.
        "no_padding_for_grad_x": '''
import torch.nn.functional as F

def conv2d_backward(x, w, grad_out):
    grad_b = grad_out.sum(dim=(0, 2, 3))
    grad_w = F.conv2d(x.transpose(0, 1), grad_out.transpose(0, 1)).transpose(0, 1)
    grad_x = F.conv2d(grad_out, w.flip(2, 3).transpose(0, 1), padding=1)
    return grad_x, grad_w, grad_b
''',
        # the kernel gradient from the first image of the batch only.
        "first_image_only": '''
import torch.nn.functional as F

def conv2d_backward(x, w, grad_out):
    kH, kW = w.shape[-2:]
    grad_b = grad_out.sum(dim=(0, 2, 3))
    grad_w = F.conv2d(x[:1].transpose(0, 1), grad_out[:1].transpose(0, 1)).transpose(0, 1)
    grad_x = F.conv2d(grad_out, w.flip(2, 3).transpose(0, 1), padding=(kH - 1, kW - 1))
    return grad_x, grad_w, grad_b
''',
        # computed in float32 whatever the input: float64 precision is lost.
        "float32_inside": '''
import torch.nn.functional as F

def conv2d_backward(x, w, grad_out):
    kH, kW = w.shape[-2:]
    x32, w32, g32 = x.float(), w.float(), grad_out.float()
    grad_b = g32.sum(dim=(0, 2, 3))
    grad_w = F.conv2d(x32.transpose(0, 1), g32.transpose(0, 1)).transpose(0, 1)
    grad_x = F.conv2d(g32, w32.flip(2, 3).transpose(0, 1), padding=(kH - 1, kW - 1))
    return grad_x.to(x.dtype), grad_w.to(x.dtype), grad_b.to(x.dtype)
''',
        # passes the visible tests only: the padding of grad_x assumes a square kernel.
        "square_kernels_only": '''
import torch.nn.functional as F

def conv2d_backward(x, w, grad_out):
    k = w.shape[-1]
    grad_b = grad_out.sum(dim=(0, 2, 3))
    grad_w = F.conv2d(x.transpose(0, 1), grad_out.transpose(0, 1)).transpose(0, 1)
    grad_x = F.conv2d(grad_out, w.flip(2, 3).transpose(0, 1), padding=k - 1)
    return grad_x, grad_w, grad_b
''',
        # autograd does the work: refused while the answer runs.
        "autograd_inside": '''
import torch
import torch.nn.functional as F

def conv2d_backward(x, w, grad_out):
    with torch.enable_grad():
        x_, w_ = x.detach().requires_grad_(), w.detach().requires_grad_()
        b_ = torch.zeros(w.shape[0], dtype=x.dtype, device=x.device, requires_grad=True)
        return torch.autograd.grad(F.conv2d(x_, w_, b_), (x_, w_, b_), grad_out)
''',
        # PyTorch's own backward functions (aten.convolution_backward): refused.
        "torch_nn_grad": '''
import torch

def conv2d_backward(x, w, grad_out):
    grad_x = torch.nn.grad.conv2d_input(x.shape, w, grad_out)
    grad_w = torch.nn.grad.conv2d_weight(x, w.shape, grad_out)
    return grad_x, grad_w, grad_out.sum(dim=(0, 2, 3))
''',
        # the transposed convolution is the input gradient by definition: refused.
        "conv_transpose": '''
import torch.nn.functional as F

def conv2d_backward(x, w, grad_out):
    grad_w = F.conv2d(x.transpose(0, 1), grad_out.transpose(0, 1)).transpose(0, 1)
    return F.conv_transpose2d(grad_out, w), grad_w, grad_out.sum(dim=(0, 2, 3))
''',
    },
    "sgd_step": {
        # SYLLABUS ✗: the ascent sign.
        "ascent_sign": '''
import torch

def sgd_step(params, lr):
    with torch.no_grad():
        for p in params:
            if p.grad is not None:
                p += lr * p.grad
''',
        # rebinding the loop variable: the parameters never change.
        "rebinds_loop_variable": '''
import torch

def sgd_step(params, lr):
    with torch.no_grad():
        for p in params:
            if p.grad is not None:
                p = p - lr * p.grad
''',
        # in place but outside torch.no_grad(): RuntimeError on a leaf that requires grad.
        "no_torch_no_grad": '''
def sgd_step(params, lr):
    for p in params:
        if p.grad is not None:
            p -= lr * p.grad
''',
        # passes the visible tests only: a new storage through .data; views keep the stale values.
        "new_storage_through_data": '''
def sgd_step(params, lr):
    for p in params:
        if p.grad is not None:
            p.data = p.data - lr * p.grad
''',
        # clears the gradients as well (zero_grad's job).
        "zeroes_the_gradients": '''
import torch

def sgd_step(params, lr):
    with torch.no_grad():
        for p in params:
            if p.grad is not None:
                p -= lr * p.grad
                p.grad.zero_()
''',
        # a parameter without gradient is not skipped.
        "no_skip_for_missing_grad": '''
import torch

def sgd_step(params, lr):
    with torch.no_grad():
        for p in params:
            p -= lr * p.grad
''',
        # iterates the generator twice: the second pass sees nothing.
        "generator_iterated_twice": '''
import torch

def sgd_step(params, lr):
    if not any(p.requires_grad for p in params):
        return
    with torch.no_grad():
        for p in params:
            if p.grad is not None:
                p -= lr * p.grad
''',
    },
}
