"""Correct answers for 36_semantic_segmentation written differently from the reference: each must pass its tests."""

HONEST = {
    "conv_transpose_output_size": {
        # simulate the stamps: the last position any tap reaches, then crop and extend
        "simulate_stamps": '''
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1) -> int:
    last = max(i * stride + k * dilation for i in range(size) for k in range(kernel_size))
    uncropped = last + 1
    return uncropped - padding - padding + output_padding
''',
        # measured with PyTorch, with a print
        "measured_with_conv_transpose1d": '''
import torch
import torch.nn.functional as F

def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1) -> int:
    y = F.conv_transpose1d(torch.zeros(1, 1, size), torch.zeros(1, 1, kernel_size), stride=stride,
                           padding=padding, output_padding=output_padding, dilation=dilation)
    print("output size", y.shape[-1])
    return int(y.shape[-1])
''',
        # the inverse of the convolution's size formula, with a warning
        "inverse_of_conv_formula": '''
import warnings

def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1) -> int:
    effective = dilation * (kernel_size - 1) + 1
    # the largest input a convolution with these settings maps to `size` is this plus (stride - 1)
    smallest = (size - 1) * stride + effective - 2 * padding
    if output_padding:
        warnings.warn("output_padding picks a larger of the ambiguous sizes")
    return smallest + output_padding
''',
    },
    "mean_iou": {
        # a confusion matrix from bincount, vectorized
        "confusion_matrix": '''
import torch

def mean_iou(pred, target, num_classes) -> float:
    pred = torch.as_tensor(pred).reshape(-1).to(torch.int64)
    target = torch.as_tensor(target).reshape(-1).to(torch.int64)
    cm = torch.bincount(target * num_classes + pred, minlength=num_classes * num_classes)
    cm = cm.reshape(num_classes, num_classes).double()
    tp = cm.diagonal()
    union = cm.sum(dim=0) + cm.sum(dim=1) - tp
    present = union > 0
    return float((tp[present] / union[present]).mean())
''',
        # NumPy sets of pixel indices, with a helper and a print
        "numpy_sets": '''
import numpy as np
import torch

def _as_numpy(x):
    return x.detach().cpu().numpy() if isinstance(x, torch.Tensor) else np.asarray(x)

def mean_iou(pred, target, num_classes) -> float:
    p, t = _as_numpy(pred).ravel(), _as_numpy(target).ravel()
    scores = []
    for c in range(num_classes):
        inter = np.count_nonzero((p == c) & (t == c))
        union = np.count_nonzero(p == c) + np.count_nonzero(t == c) - inter
        if union:
            scores.append(inter / union)
    result = float(np.mean(scores))
    print("mIoU", round(result, 4))
    return result
''',
        # one-hot masks for all classes at once, TP / (TP + FP + FN)
        "one_hot_counts": '''
import torch
import torch.nn.functional as F

def mean_iou(pred, target, num_classes) -> float:
    pred = F.one_hot(torch.as_tensor(pred).to(torch.int64).flatten(), num_classes).bool()
    target = F.one_hot(torch.as_tensor(target).to(torch.int64).flatten(), num_classes).bool()
    tp = (pred & target).sum(0)
    fp = (pred & ~target).sum(0)
    fn = (~pred & target).sum(0)
    ious = [tp[c].item() / (tp[c] + fp[c] + fn[c]).item() for c in range(num_classes) if (tp[c] + fp[c] + fn[c]) > 0]
    return sum(ious) / len(ious)
''',
    },
}
