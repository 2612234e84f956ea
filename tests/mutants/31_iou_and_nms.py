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
