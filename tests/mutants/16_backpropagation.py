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
        # grad_out padded by 1 whatever the kernel size: the full correlation only for 2x2 kernels, otherwise grad_x has
        # the wrong size (smaller than x for 3x3 kernels).
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
        # iterates the generator twice: any() uses up the parameters up to the first one that requires grad, so the
        # loop skips them.
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

EXPLANATIONS = {
    "conv2d_backward": {
        "kernel_not_flipped": "Your grad_x correlates the padded upstream gradient with the unflipped kernel, which stamps copies rotated by 180 degrees: right only for kernels that look the same upside down. The kernel must be flipped. Reread “3 · The three gradients of a convolution, one channel”.",
        "grad_w_from_one_position": "Your grad_w uses only the top-left window, forgetting weight sharing: the kernel was applied at every position, so its gradient sums the contributions of all of them. Reread “3 · The three gradients of a convolution, one channel”.",
        "flipped_on_one_axis": "Your grad_x flips the kernel on one spatial axis only. The full convolution needs the kernel rotated by 180 degrees, i.e. flipped along both its height and its width. Reread “3 · The three gradients of a convolution, one channel”.",
        "batch_mean_instead_of_sum": "Your grad_w and grad_b divide by the batch size, but a convolution's backward only sums over the batch; when the loss averages over the batch, the 1/N is already inside grad_out. Reread “4 · Channels and a batch”.",
        "grad_b_mean": "Your bias gradient averages over the positions, but the bias enters every output with coefficient 1, so its gradient is the plain sum of grad_out over the batch and all positions. Reread “3 · The three gradients of a convolution, one channel”.",
        "no_padding_for_grad_x": "Your grad_x pads grad_out by a fixed amount, not by kH - 1 rows and kW - 1 columns, so it is the full correlation only for 2x2 kernels and grad_x gets the wrong size for others. Reread “3 · The three gradients of a convolution, one channel”.",
        "first_image_only": "Your grad_w comes from the first image of the batch only. The kernel is shared by all images too, so its gradient sums over the batch as well as over the positions. Reread “4 · Channels and a batch”.",
        "float32_inside": "Your answer computes in float32 and only casts back, so float64 inputs lose their precision and miss the 1e-10 tolerance. Compute in the dtype of x; the gradients must be as precise as the inputs.",
        "square_kernels_only": "Your padding for grad_x uses the kernel width for both axes, which works only for square kernels. The upstream gradient is padded by kH - 1 rows and kW - 1 columns, which differ when kH != kW. Reread “Exercise 1 · `conv2d_backward` (4 points)”.",
        "autograd_inside": "Your answer lets autograd compute the gradients, which this exercise forbids; the hidden tests make it raise while your function runs. The point is to derive each gradient yourself as a correlation. Reread “3 · The three gradients of a convolution, one channel”.",
        "torch_nn_grad": "torch.nn.grad.conv2d_input and conv2d_weight run PyTorch's own convolution backward operator, which is refused here. Compute grad_x and grad_w from the formulas, using the ordinary forward F.conv2d if you like. Reread “4 · Channels and a batch”.",
        "conv_transpose": "F.conv_transpose2d is defined as the input gradient of a convolution, so it is refused: it would skip the lesson. Build grad_x yourself as the zero-padded grad_out correlated with the flipped kernel, channels exchanged. Reread “4 · Channels and a batch”.",
    },
    "sgd_step": {
        "ascent_sign": "Your step adds the gradient, which is gradient ascent: every step increases the loss. The gradient points uphill, so descent moves each parameter against it. Reread “5 · The update step”.",
        "rebinds_loop_variable": "Assigning a new tensor to the loop variable only rebinds the local name; the model's parameters never change. The update must change each tensor's own storage, in place. Reread “5 · The update step”.",
        "no_torch_no_grad": "Your in-place update runs outside torch.no_grad(), so autograd raises a RuntimeError on a leaf that requires grad. The update is not part of the model's computation and must not be recorded. Reread “5 · The update step”.",
        "new_storage_through_data": "Assigning to .data gives the parameter a new storage: the values look right, but any view of the old memory made before the step (p.view(-1), a flat buffer) keeps the stale values. Update the existing memory in place. Reread “Exercise 2 · `sgd_step` (2 points)”.",
        "zeroes_the_gradients": "Your step also clears the gradients, but that is zero_grad's job: the update must leave every .grad unchanged, as torch.optim.SGD does. Reread “5 · The update step”.",
        "no_skip_for_missing_grad": "Your step does not skip a parameter whose .grad is None, so a parameter that took no part in the loss makes it fail. Like torch.optim.SGD, leave such parameters alone. Reread “5 · The update step”.",
        "generator_iterated_twice": "Your check before the loop consumes part of params, and model.parameters() is a generator that can be iterated only once, so the loop misses parameters. Make a single pass over params. Reread “Exercise 2 · `sgd_step` (2 points)”.",
    },
}
