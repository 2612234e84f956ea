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

EXPLANATIONS = {
    "conv_transpose_output_size": {
        "forward_conv_formula": "Your answer uses the convolution's output-size formula, which describes the downsampling layer. A transposed convolution stamps the kernel into the output S pixels apart for each input pixel, so it grows the size. Reread “3. Upsampling: interpolation or transposed convolution”.",
        "input_times_stride": "Your answer multiplies the input size by the stride. That holds only for some settings; the size really depends on where the last stamp starts, how far one stamp spans, the padding crop and output_padding. Reread “3. Upsampling: interpolation or transposed convolution”.",
        "padding_added": "Your answer adds the padding as a convolution does. In a transposed convolution padding undoes the padding of the matching convolution: it removes P positions from each side, so it shrinks the output. Reread “3. Upsampling: interpolation or transposed convolution”.",
        "padding_once": "Your answer subtracts the padding once. Padding crops P positions from each side of the output, both the start and the end, so it is taken away twice. Reread “3. Upsampling: interpolation or transposed convolution”.",
        "n_times_stride": "Your answer starts from N x S, but the stamps start at 0, S, ..., (N - 1)S: the last input pixel's stamp starts at (N - 1)S, and the kernel's span is added from there. Reread “Exercise 1 · `conv_transpose_output_size` (2 points)”.",
        "output_padding_ignored": "Your answer ignores output_padding. It adds positions on one side (bottom and right) and resolves the ambiguity of a strided convolution's floor, where several input sizes give the same output. Reread “3. Upsampling: interpolation or transposed convolution”.",
        "output_padding_on_both_sides": "Your answer adds output_padding twice. Unlike padding, which crops both sides, output_padding adds positions on one side only (bottom and right), so it counts once. Reread “3. Upsampling: interpolation or transposed convolution”.",
        "dilation_ignored": "Your answer ignores the dilation. A kernel with dilation D spans D(K - 1) + 1 positions, so each stamp, and the output, grows with D. Reread “3. Upsampling: interpolation or transposed convolution”.",
        "dilation_times_kernel": "Your answer takes the span of a dilated kernel as D times K. The K taps are D apart, so the kernel spans D(K - 1) + 1 positions: the gaps lie between the taps, not after the last one. Reread “3. Upsampling: interpolation or transposed convolution”.",
        "float_result": "Your answer returns a float. An output size is a whole number of pixels, and the exercise asks for a plain Python int; the formula uses only integer operations, so no conversion is needed.",
        "tensor_result": "Your answer returns a tensor. The exercise asks for a plain Python int, the type a size takes when it is used to build layers or shapes; compute with Python integers.",
        "arguments_in_conv_order": "Your signature puts dilation before output_padding. The stated signature follows nn.ConvTranspose2d, output_padding fifth and dilation sixth, so positional calls to your function mix the two up.",
        "visible_examples_only": "Your answer special-cases stride 1 with no padding and ignores the dilation everywhere else. One formula from the stamps covers every configuration, dilation included. Reread “Exercise 1 · `conv_transpose_output_size` (2 points)”.",
    },
    "mean_iou": {
        "pixel_accuracy": "Your answer returns pixel accuracy, which counts correct pixels and is dominated by the background: a model that misses a small object still scores high. Mean IoU averages, class by class, the overlap over the union. Reread “5. Metrics: IoU, mean IoU and Dice”.",
        "absent_classes_count_as_zero": "Your answer divides by num_classes, so a class absent from both pred and target counts as IoU 0. Such a class has an empty union, its IoU is undefined, and it is skipped: average only over the classes with a non-empty union. Reread “5. Metrics: IoU, mean IoU and Dice”.",
        "absent_classes_count_as_one": "Your epsilon gives a class absent from both pred and target an IoU of 1. Its union is empty, so its IoU is undefined and it is skipped, neither 0 nor 1; otherwise the score depends on how many unused classes exist. Reread “5. Metrics: IoU, mean IoU and Dice”.",
        "dice_instead_of_iou": "Your answer computes the mean Dice, twice the intersection over the sum of the sizes. Dice is related to IoU but is never below it; the exercise asks for the IoU, intersection over union. Reread “5. Metrics: IoU, mean IoU and Dice”.",
        "union_as_sum_of_sizes": "Your union is the sum of the two mask sizes, which counts the intersection twice. The union is the set of pixels that are predicted or labelled as the class, each counted once. Reread “5. Metrics: IoU, mean IoU and Dice”.",
        "ratio_of_sums": "Your answer divides the summed intersections by the summed unions, which weighs each class by its size. Mean IoU takes each class's own ratio first and then averages them, so every class weighs the same. Reread “5. Metrics: IoU, mean IoU and Dice”.",
        "mean_per_image": "Your answer averages a score per image, so a nearly empty image weighs as much as a busy one. The counts are pooled over all pixels of the batch first, then each class's ratio is taken. Reread “5. Metrics: IoU, mean IoU and Dice”.",
        "classes_from_target_only": "Your answer keeps only the classes present in the target, so a class predicted but absent is never counted. Its IoU is 0, because its union is all false positives, and it enters the mean. Reread “5. Metrics: IoU, mean IoU and Dice”.",
        "background_left_out": "Your answer leaves class 0 out of the mean. The exercise averages over every class in range(num_classes) with a non-empty union, the background included. Reread “Exercise 2 · `mean_iou` (3 points)”.",
        "tensor_result": "Your answer returns a 0-d tensor. The contract is a Python float, which can be printed, compared and logged without carrying a device; .item() turns a 0-d tensor into a number.",
        "modifies_inputs": "Your score is computed correctly, but your answer then writes into the caller's pred. The exercise says not to modify pred or target: a metric must only read the predictions it scores.",
        "visible_examples_only": "Your answer computes the IoU for 2 x 2 inputs only and returns pixel accuracy for everything else. Mean IoU follows the same rule for any shape and batch: per-class intersection over union, pooled over all pixels. Reread “5. Metrics: IoU, mean IoU and Dice”.",
    },
}
