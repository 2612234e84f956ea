"""Known-wrong answers to notebook 31_iou_and_nms: each must fail its exercise's tests (tests/mutation.py)."""

MUTANTS = {
    "box_iou": {
        "overlap_not_clamped": '''
import torch

def box_iou(a, b):
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    sides = torch.minimum(a[:, None, 2:], b[None, :, 2:]) - torch.maximum(a[:, None, :2], b[None, :, :2])
    inter = sides[..., 0] * sides[..., 1]
    return inter / (area_a[:, None] + area_b[None, :] - inter)
''',
        "product_clamped_instead_of_sides": '''
import torch

def box_iou(a, b):
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    sides = torch.minimum(a[:, None, 2:], b[None, :, 2:]) - torch.maximum(a[:, None, :2], b[None, :, :2])
    inter = (sides[..., 0] * sides[..., 1]).clamp(min=0)
    return inter / (area_a[:, None] + area_b[None, :] - inter)
''',
        "only_width_clamped": '''
import torch

def box_iou(a, b):
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    sides = torch.minimum(a[:, None, 2:], b[None, :, 2:]) - torch.maximum(a[:, None, :2], b[None, :, :2])
    inter = sides[..., 0].clamp(min=0) * sides[..., 1]
    return inter / (area_a[:, None] + area_b[None, :] - inter)
''',
        "union_without_subtracting_intersection": '''
import torch

def box_iou(a, b):
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    sides = (torch.minimum(a[:, None, 2:], b[None, :, 2:]) - torch.maximum(a[:, None, :2], b[None, :, :2])).clamp(min=0)
    inter = sides[..., 0] * sides[..., 1]
    return inter / (area_a[:, None] + area_b[None, :])
''',
        "plus_one_pixel_convention": '''
import torch

def box_iou(a, b):
    area_a = (a[:, 2] - a[:, 0] + 1) * (a[:, 3] - a[:, 1] + 1)
    area_b = (b[:, 2] - b[:, 0] + 1) * (b[:, 3] - b[:, 1] + 1)
    sides = (torch.minimum(a[:, None, 2:], b[None, :, 2:]) - torch.maximum(a[:, None, :2], b[None, :, :2]) + 1).clamp(min=0)
    inter = sides[..., 0] * sides[..., 1]
    return inter / (area_a[:, None] + area_b[None, :] - inter)
''',
        "intersection_over_smaller_area": '''
import torch

def box_iou(a, b):
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    sides = (torch.minimum(a[:, None, 2:], b[None, :, 2:]) - torch.maximum(a[:, None, :2], b[None, :, :2])).clamp(min=0)
    inter = sides[..., 0] * sides[..., 1]
    return inter / torch.minimum(area_a[:, None], area_b[None, :])
''',
        "elementwise_pairs_only": '''
import torch

def box_iou(a, b):
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    sides = (torch.minimum(a[:, 2:], b[:, 2:]) - torch.maximum(a[:, :2], b[:, :2])).clamp(min=0)
    inter = sides[:, 0] * sides[:, 1]
    return inter / (area_a + area_b - inter)
''',
        "transposed_matrix": '''
import torch

def box_iou(a, b):
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    top_left = torch.maximum(a[None, :, :2], b[:, None, :2])
    bottom_right = torch.minimum(a[None, :, 2:], b[:, None, 2:])
    sides = (bottom_right - top_left).clamp(min=0)
    inter = sides[..., 0] * sides[..., 1]
    return inter / (area_a[None, :] + area_b[:, None] - inter)
''',
        "always_float32": '''
import torch

def box_iou(a, b):
    a, b = a.float(), b.float()
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    sides = (torch.minimum(a[:, None, 2:], b[None, :, 2:]) - torch.maximum(a[:, None, :2], b[None, :, :2])).clamp(min=0)
    inter = sides[..., 0] * sides[..., 1]
    return inter / (area_a[:, None] + area_b[None, :] - inter)
''',
        "clamps_the_input_in_place": '''
import torch

def box_iou(a, b):
    lo = torch.maximum(a[:, None, :2], b[None, :, :2])
    hi = torch.minimum(a[:, None, 2:], b[None, :, 2:])
    inter = (hi - lo).clamp(min=0).prod(dim=2)
    a[:, 2:] -= a[:, :2]
    b[:, 2:] -= b[:, :2]
    area_a, area_b = a[:, 2] * a[:, 3], b[:, 2] * b[:, 3]
    return inter / (area_a[:, None] + area_b[None, :] - inter)
''',
        "calls_torchvision_box_iou": '''
from torchvision.ops import box_iou as _tv_box_iou

def box_iou(a, b):
    return _tv_box_iou(a, b)
''',
        "calls_generalized_box_iou_internals": '''
from torchvision.ops.boxes import _box_inter_union

def box_iou(a, b):
    inter, union = _box_inter_union(a, b)
    return inter / union
''',
        "visible_examples_only": '''
import torch

def box_iou(a, b):
    out = torch.zeros(len(a), len(b), dtype=a.dtype, device=a.device)
    for i, p in enumerate(a.tolist()):
        for j, q in enumerate(b.tolist()):
            if p == q:
                out[i, j] = 1.0
            elif p == [0.0, 0.0, 2.0, 2.0] and q == [1.0, 1.0, 3.0, 3.0]:
                out[i, j] = 1 / 7
            elif p == [0.0, 0.0, 4.0, 4.0] and q[2] < 4:
                out[i, j] = 0.25
    return out
''',
    },
    "nms": {
        "not_sorted_by_score": '''
import torch

def nms(boxes, scores, iou_threshold):
    iou = box_iou(boxes, boxes)
    removed = [False] * len(boxes)
    keep = []
    for i in range(len(boxes)):
        if removed[i]:
            continue
        keep.append(i)
        for j in range(len(boxes)):
            if iou[i, j] > iou_threshold:
                removed[j] = True
    return torch.tensor(keep, dtype=torch.int64, device=boxes.device)
''',
        "sorted_ascending": '''
import torch

def nms(boxes, scores, iou_threshold):
    order = torch.sort(scores, stable=True).indices
    iou = box_iou(boxes, boxes)
    removed = torch.zeros(len(boxes), dtype=torch.bool, device=boxes.device)
    keep = []
    for i in order.tolist():
        if not removed[i]:
            keep.append(i)
            removed |= iou[i] > iou_threshold
    return torch.tensor(keep, dtype=torch.int64, device=boxes.device)
''',
        "suppressed_by_any_better_box": '''
import torch

def nms(boxes, scores, iou_threshold):
    order = torch.sort(scores, descending=True, stable=True).indices
    iou = box_iou(boxes[order], boxes[order])
    worse_overlap = torch.triu(iou > iou_threshold, diagonal=1)     # [i, j]: i better than j and overlapping
    return order[~worse_overlap.any(dim=0)]
''',
        "greater_or_equal": '''
import torch

def nms(boxes, scores, iou_threshold):
    order = torch.sort(scores, descending=True, stable=True).indices
    iou = box_iou(boxes, boxes)
    removed = torch.zeros(len(boxes), dtype=torch.bool, device=boxes.device)
    keep = []
    for i in order.tolist():
        if not removed[i]:
            keep.append(i)
            removed |= iou[i] >= iou_threshold
    return torch.tensor(keep, dtype=torch.int64, device=boxes.device)
''',
        "positions_in_sorted_order": '''
import torch

def nms(boxes, scores, iou_threshold):
    order = torch.sort(scores, descending=True, stable=True).indices
    ranked = boxes[order]
    iou = box_iou(ranked, ranked)
    removed = torch.zeros(len(boxes), dtype=torch.bool, device=boxes.device)
    keep = []
    for r in range(len(ranked)):
        if not removed[r]:
            keep.append(r)
            removed |= iou[r] > iou_threshold
    return torch.tensor(keep, dtype=torch.int64, device=boxes.device)
''',
        "kept_indices_sorted_by_index": '''
import torch

def nms(boxes, scores, iou_threshold):
    order = torch.sort(scores, descending=True, stable=True).indices
    iou = box_iou(boxes, boxes)
    removed = torch.zeros(len(boxes), dtype=torch.bool, device=boxes.device)
    keep = []
    for i in order.tolist():
        if not removed[i]:
            keep.append(i)
            removed |= iou[i] > iou_threshold
    return torch.tensor(sorted(keep), dtype=torch.int64, device=boxes.device)
''',
        "unstable_sort": '''
import torch

def nms(boxes, scores, iou_threshold):
    order = scores.argsort(descending=True)
    iou = box_iou(boxes, boxes)
    removed = torch.zeros(len(boxes), dtype=torch.bool, device=boxes.device)
    keep = []
    for i in order.tolist():
        if not removed[i]:
            keep.append(i)
            removed |= iou[i] > iou_threshold
    return torch.tensor(keep, dtype=torch.int64, device=boxes.device)
''',
        "ties_higher_index_first": '''
import torch

def nms(boxes, scores, iou_threshold):
    order = torch.sort(scores, stable=True).indices.flip(0)
    iou = box_iou(boxes, boxes)
    removed = torch.zeros(len(boxes), dtype=torch.bool, device=boxes.device)
    keep = []
    for i in order.tolist():
        if not removed[i]:
            keep.append(i)
            removed |= iou[i] > iou_threshold
    return torch.tensor(keep, dtype=torch.int64, device=boxes.device)
''',
        "returns_a_list": '''
import torch

def nms(boxes, scores, iou_threshold):
    order = torch.sort(scores, descending=True, stable=True).indices
    iou = box_iou(boxes, boxes)
    removed = torch.zeros(len(boxes), dtype=torch.bool, device=boxes.device)
    keep = []
    for i in order.tolist():
        if not removed[i]:
            keep.append(i)
            removed |= iou[i] > iou_threshold
    return keep
''',
        "float_indices_when_empty": '''
import torch

def nms(boxes, scores, iou_threshold):
    order = torch.sort(scores, descending=True, stable=True).indices
    iou = box_iou(boxes, boxes)
    removed = torch.zeros(len(boxes), dtype=torch.bool, device=boxes.device)
    keep = []
    for i in order.tolist():
        if not removed[i]:
            keep.append(i)
            removed |= iou[i] > iou_threshold
    return torch.tensor(keep, device=boxes.device)
''',
        "calls_torchvision_nms": '''
import torchvision

def nms(boxes, scores, iou_threshold):
    return torchvision.ops.nms(boxes, scores, iou_threshold)
''',
        "calls_the_operator_directly": '''
import torch
import torchvision  # registers torch.ops.torchvision

def nms(boxes, scores, iou_threshold):
    return torch.ops.torchvision.nms(boxes, scores, iou_threshold)
''',
        "visible_examples_only": '''
import torch

def nms(boxes, scores, iou_threshold):
    order = sorted(range(len(boxes)), key=lambda i: -float(scores[i]))
    keep = []
    for i in order:
        if iou_threshold < 0.7 and any(abs(float(boxes[i, 0]) - float(boxes[k, 0])) <= 1 for k in keep):
            continue
        keep.append(i)
    return torch.tensor(keep, dtype=torch.int64, device=boxes.device)
''',
    },
}


EXPLANATIONS = {
    "box_iou": {
        "overlap_not_clamped": (
            "You do not clip the intersection's width and height at 0. For boxes that do not overlap each "
            "difference is the size of a gap, and two negative gaps multiply into a positive 'overlap'. "
            "Reread “1. Boxes and intersection over union”."
        ),
        "product_clamped_instead_of_sides": (
            "Clamping the product comes too late: for boxes apart in both directions, two negative gaps already "
            "multiply to a positive intersection. Clip each side at 0 before multiplying. "
            "Reread “1. Boxes and intersection over union”."
        ),
        "only_width_clamped": (
            "You clip the width but not the height, so boxes apart in y only get a negative overlap and a negative "
            "IoU. Both sides of the intersection must be clipped at 0 before multiplying. "
            "Reread “1. Boxes and intersection over union”."
        ),
        "union_without_subtracting_intersection": (
            "Your union is the sum of the two areas, which counts the shared part twice, so even identical boxes "
            "score 1/2. By inclusion-exclusion the intersection is subtracted once. "
            "Reread “1. Boxes and intersection over union”."
        ),
        "plus_one_pixel_convention": (
            "You use the old '+1 pixel' convention of VOC and Matlab code, which measures other boxes than "
            "torchvision's continuous coordinates, where [0, 0, 2, 2] has width 2. "
            "Reread “1. Boxes and intersection over union”."
        ),
        "intersection_over_smaller_area": (
            "You divide the intersection by the smaller of the two areas, not by the union, so a small box inside a"
            " large one scores 1. IoU divides by the area the two boxes cover together. "
            "Reread “1. Boxes and intersection over union”."
        ),
        "elementwise_pairs_only": (
            "You compare a[i] with b[i] only, one value per row. box_iou returns the (N, M) matrix of every pair: "
            "extra axes on a and b let broadcasting pair each box of a with each box of b. "
            "Reread “1. Boxes and intersection over union”."
        ),
        "transposed_matrix": (
            "Your matrix is transposed, (M, N). Entry [i, j] must be the IoU of a[i] with b[j], rows for a and "
            "columns for b, as torchvision.ops.box_iou returns it. Reread “Exercise 1 · `box_iou` (3 points)”."
        ),
        "always_float32": (
            "Your answer casts the boxes to float32, so float64 inputs come back as float32 and lose precision, "
            "worst for large coordinates. The output must keep the dtype of the inputs. "
            "Reread “Exercise 1 · `box_iou` (3 points)”."
        ),
        "clamps_the_input_in_place": (
            "Your answer overwrites a and b in place to get widths and heights, so the caller's boxes are destroyed"
            " after one call. Compute the areas into new tensors and leave the inputs unchanged. "
            "Reread “Exercise 1 · `box_iou` (3 points)”."
        ),
        "calls_torchvision_box_iou": (
            "You call torchvision.ops.box_iou, the reference itself, which the exercise forbids. The point is to "
            "compute the clipped intersection and the union yourself, for all pairs. "
            "Reread “Exercise 1 · `box_iou` (3 points)”."
        ),
        "calls_generalized_box_iou_internals": (
            "You call a private helper of torchvision.ops that computes intersection and union for you: still "
            "torchvision's box code, which is not allowed. Compute both yourself. "
            "Reread “Exercise 1 · `box_iou` (3 points)”."
        ),
        "visible_examples_only": (
            "Your function recognizes the visible examples and returns 0 elsewhere. IoU must be computed for any "
            "boxes: the clipped intersection over the union, for every pair. "
            "Reread “Exercise 1 · `box_iou` (3 points)”."
        ),
    },
    "nms": {
        "not_sorted_by_score": (
            "You visit the boxes in input order, so whichever box of an overlapping pair comes first survives. "
            "Greedy NMS visits boxes from the highest score down, so each cluster keeps its best box. "
            "Reread “3. Greedy non-maximum suppression”."
        ),
        "sorted_ascending": (
            "You sort the scores in ascending order, so the worst box of a cluster is kept and suppresses the "
            "better ones. NMS visits the boxes from the highest score to the lowest. "
            "Reread “3. Greedy non-maximum suppression”."
        ),
        "suppressed_by_any_better_box": (
            "You drop every box that some better box overlaps, even one that was itself removed. Only kept boxes "
            "suppress: a box overlapped only by removed boxes survives, like box 2 of the row of three. "
            "Reread “3. Greedy non-maximum suppression”."
        ),
        "greater_or_equal": (
            "You suppress at an IoU equal to the threshold as well. The rule is a strict 'greater than': an IoU "
            "exactly equal to iou_threshold does not suppress, as in torchvision.ops.nms. "
            "Reread “Exercise 2 · `nms` (4 points)”."
        ),
        "positions_in_sorted_order": (
            "You return positions in the sorted order instead of indices into the input. The kept indices must "
            "refer to the boxes as given, so that indexing boxes with them picks the right ones. "
            "Reread “3. Greedy non-maximum suppression”."
        ),
        "kept_indices_sorted_by_index": (
            "You return the kept indices sorted by index. NMS returns them in the order they were kept, best score "
            "first, which callers rely on to take the top detections. Reread “3. Greedy non-maximum suppression”."
        ),
        "unstable_sort": (
            "Your sort is not stable, so equal scores may be visited in any order and another box of a tied pair "
            "survives. The stated rule is lower index first, the order of a stable sort. "
            "Reread “3. Greedy non-maximum suppression”."
        ),
        "ties_higher_index_first": (
            "Flipping an ascending stable sort visits equal scores from the higher index down. The tie rule is the "
            "lower index first, as torchvision does on the CPU. Reread “3. Greedy non-maximum suppression”."
        ),
        "returns_a_list": (
            "You return a Python list, but the contract is an int64 tensor of kept indices on the device of boxes, "
            "ready to index boxes and scores with. Reread “Exercise 2 · `nms` (4 points)”."
        ),
        "float_indices_when_empty": (
            "When nothing is kept, a tensor built from an empty list defaults to float32, not int64. The indices "
            "must be int64 even when there are none, or indexing with them fails. "
            "Reread “Exercise 2 · `nms` (4 points)”."
        ),
        "calls_torchvision_nms": (
            "You call torchvision.ops.nms, the reference the tests compare against, which the exercise forbids. "
            "Write the greedy loop yourself: keep the best box left, suppress its overlaps, repeat. "
            "Reread “Exercise 2 · `nms` (4 points)”."
        ),
        "calls_the_operator_directly": (
            "Calling torchvision's NMS operator through torch.ops is still torchvision's NMS, forbidden under any "
            "name. The point is to write the greedy suppression yourself. Reread “Exercise 2 · `nms` (4 points)”."
        ),
        "visible_examples_only": (
            "Your function suppresses by a rule tuned to the visible examples (nearby x1 coordinates), not by IoU. "
            "NMS removes a box exactly when its IoU with a kept box exceeds the threshold. "
            "Reread “Exercise 2 · `nms` (4 points)”."
        ),
    },
}
