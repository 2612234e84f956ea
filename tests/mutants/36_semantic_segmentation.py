"""Known-wrong answers for 36_semantic_segmentation: each must fail its exercise's tests."""

MUTANTS = {
    "conv_transpose_output_size": {
        "forward_conv_formula": '''
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return (size + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1
''',
        "input_times_stride": '''
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return size * stride
''',
        "padding_added": '''
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return (size - 1) * stride + 2 * padding + dilation * (kernel_size - 1) + output_padding + 1
''',
        "padding_once": '''
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return (size - 1) * stride - padding + dilation * (kernel_size - 1) + output_padding + 1
''',
        "n_times_stride": '''
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return size * stride - 2 * padding + dilation * (kernel_size - 1) + output_padding + 1
''',
        "output_padding_ignored": '''
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return (size - 1) * stride - 2 * padding + dilation * (kernel_size - 1) + 1
''',
        "output_padding_on_both_sides": '''
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return (size - 1) * stride - 2 * padding + dilation * (kernel_size - 1) + 2 * output_padding + 1
''',
        "dilation_ignored": '''
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return (size - 1) * stride - 2 * padding + kernel_size + output_padding
''',
        "dilation_times_kernel": '''
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return (size - 1) * stride - 2 * padding + dilation * kernel_size + output_padding
''',
        "float_result": '''
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return float((size - 1) * stride - 2 * padding + dilation * (kernel_size - 1) + output_padding + 1)
''',
        "tensor_result": '''
import torch
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return torch.tensor((size - 1) * stride - 2 * padding + dilation * (kernel_size - 1) + output_padding + 1)
''',
        "arguments_in_conv_order": '''
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, dilation=1, output_padding=0):
    return (size - 1) * stride - 2 * padding + dilation * (kernel_size - 1) + output_padding + 1
''',
        "visible_examples_only": '''
def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    if stride == 1 and padding == 0:
        return size + kernel_size - 1
    return (size - 1) * stride - 2 * padding + kernel_size + output_padding
''',
    },
    "mean_iou": {
        "pixel_accuracy": '''
import torch
def mean_iou(pred, target, num_classes):
    pred, target = torch.as_tensor(pred), torch.as_tensor(target)
    return (pred == target).float().mean().item()
''',
        "absent_classes_count_as_zero": '''
import torch
def mean_iou(pred, target, num_classes):
    pred, target = torch.as_tensor(pred), torch.as_tensor(target)
    total = 0.0
    for c in range(num_classes):
        p, t = pred == c, target == c
        union = (p | t).sum().item()
        if union > 0:
            total += (p & t).sum().item() / union
    return total / num_classes
''',
        "absent_classes_count_as_one": '''
import torch
def mean_iou(pred, target, num_classes):
    pred, target = torch.as_tensor(pred), torch.as_tensor(target)
    eps = 1e-9
    ious = [(((pred == c) & (target == c)).sum().item() + eps) / (((pred == c) | (target == c)).sum().item() + eps)
            for c in range(num_classes)]
    return sum(ious) / num_classes
''',
        "dice_instead_of_iou": '''
import torch
def mean_iou(pred, target, num_classes):
    pred, target = torch.as_tensor(pred), torch.as_tensor(target)
    scores = []
    for c in range(num_classes):
        p, t = pred == c, target == c
        size = (p.sum() + t.sum()).item()
        if size > 0:
            scores.append(2 * (p & t).sum().item() / size)
    return sum(scores) / len(scores)
''',
        "union_as_sum_of_sizes": '''
import torch
def mean_iou(pred, target, num_classes):
    pred, target = torch.as_tensor(pred), torch.as_tensor(target)
    ious = []
    for c in range(num_classes):
        p, t = pred == c, target == c
        size = (p.sum() + t.sum()).item()
        if size > 0:
            ious.append((p & t).sum().item() / size)
    return sum(ious) / len(ious)
''',
        "ratio_of_sums": '''
import torch
def mean_iou(pred, target, num_classes):
    pred, target = torch.as_tensor(pred), torch.as_tensor(target)
    inter = union = 0
    for c in range(num_classes):
        p, t = pred == c, target == c
        inter += (p & t).sum().item()
        union += (p | t).sum().item()
    return inter / union
''',
        "mean_per_image": '''
import torch
def mean_iou(pred, target, num_classes):
    pred, target = torch.as_tensor(pred), torch.as_tensor(target)
    def one(p_map, t_map):
        ious = []
        for c in range(num_classes):
            p, t = p_map == c, t_map == c
            union = (p | t).sum().item()
            if union > 0:
                ious.append((p & t).sum().item() / union)
        return sum(ious) / len(ious)
    if pred.dim() < 3:
        return one(pred, target)
    scores = [one(p_map, t_map) for p_map, t_map in zip(pred, target)]
    return sum(scores) / len(scores)
''',
        "classes_from_target_only": '''
import torch
def mean_iou(pred, target, num_classes):
    pred, target = torch.as_tensor(pred), torch.as_tensor(target)
    ious = []
    for c in range(num_classes):
        p, t = pred == c, target == c
        if t.sum().item() > 0:
            ious.append((p & t).sum().item() / (p | t).sum().item())
    return sum(ious) / len(ious)
''',
        "background_left_out": '''
import torch
def mean_iou(pred, target, num_classes):
    pred, target = torch.as_tensor(pred), torch.as_tensor(target)
    ious = []
    for c in range(1, num_classes):
        p, t = pred == c, target == c
        union = (p | t).sum().item()
        if union > 0:
            ious.append((p & t).sum().item() / union)
    return sum(ious) / len(ious) if ious else 1.0
''',
        "tensor_result": '''
import torch
def mean_iou(pred, target, num_classes):
    pred, target = torch.as_tensor(pred), torch.as_tensor(target)
    ious = []
    for c in range(num_classes):
        p, t = pred == c, target == c
        union = (p | t).sum()
        if union > 0:
            ious.append((p & t).sum() / union)
    return torch.stack(ious).mean()
''',
        "modifies_inputs": '''
import torch
def mean_iou(pred, target, num_classes):
    pred, target = torch.as_tensor(pred), torch.as_tensor(target)
    ious = []
    for c in range(num_classes):
        p, t = pred == c, target == c
        union = (p | t).sum().item()
        if union > 0:
            ious.append((p & t).sum().item() / union)
    if pred.dim() >= 2 and pred.numel() > 16:
        pred[..., 0] = target[..., 0]        # "fix" the first column in place
    return sum(ious) / len(ious)
''',
        "visible_examples_only": '''
import torch
def mean_iou(pred, target, num_classes):
    pred, target = torch.as_tensor(pred), torch.as_tensor(target)
    if pred.numel() == 4:
        ious = []
        for c in range(num_classes):
            p, t = pred == c, target == c
            union = (p | t).sum().item()
            if union > 0:
                ious.append((p & t).sum().item() / union)
        return sum(ious) / len(ious)
    return (pred == target).float().mean().item()
''',
    },
}
