"""Correct answers to notebook 31_iou_and_nms written differently from the reference: each must earn full points."""

HONEST = {
    "box_iou": {
        "double_loop_over_python_floats": '''
import torch

def box_iou(a, b):
    rows = []
    for ax1, ay1, ax2, ay2 in a.tolist():
        row = []
        for bx1, by1, bx2, by2 in b.tolist():
            w = max(0.0, min(ax2, bx2) - max(ax1, bx1))
            h = max(0.0, min(ay2, by2) - max(ay1, by1))
            inter = w * h
            union = (ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter
            row.append(inter / union)
        rows.append(row)
    return torch.tensor(rows, dtype=a.dtype, device=a.device).reshape(len(a), len(b))
''',
        "unbind_clamp_min_and_print": '''
import torch

def _area(boxes):
    x1, y1, x2, y2 = boxes.unbind(dim=1)
    return (x2 - x1) * (y2 - y1)

def box_iou(a, b):
    print("box_iou of", len(a), "x", len(b), "boxes")
    ax1, ay1, ax2, ay2 = [c[:, None] for c in a.unbind(dim=1)]
    bx1, by1, bx2, by2 = [c[None, :] for c in b.unbind(dim=1)]
    w = (torch.min(ax2, bx2) - torch.max(ax1, bx1)).clamp_min(0)
    h = (torch.min(ay2, by2) - torch.max(ay1, by1)).clamp_min(0)
    inter = w * h
    union = _area(a)[:, None] + _area(b)[None, :] - inter
    return inter / union
''',
        "where_and_prod_with_a_warning": '''
import warnings
import torch

def box_iou(a, b):
    warnings.warn("computing a pairwise IoU matrix")
    lo = torch.max(a[:, None, :2], b[None, :, :2])
    hi = torch.min(a[:, None, 2:], b[None, :, 2:])
    wh = torch.where(hi > lo, hi - lo, torch.zeros_like(hi))
    inter = wh.prod(dim=-1)
    area_a = (a[:, 2:] - a[:, :2]).prod(dim=-1)
    area_b = (b[:, 2:] - b[:, :2]).prod(dim=-1)
    return inter / (area_a.unsqueeze(1) + area_b.unsqueeze(0) - inter)
''',
    },
    "nms": {
        "python_list_with_torchvision_box_iou": '''
import torch
import torchvision

def nms(boxes, scores, iou_threshold):
    iou = torchvision.ops.box_iou(boxes, boxes).tolist()
    order = sorted(range(len(boxes)), key=lambda i: (-float(scores[i]), i))
    keep = []
    while order:
        best = order.pop(0)
        keep.append(best)
        order = [i for i in order if iou[best][i] <= iou_threshold]
    return torch.tensor(keep, dtype=torch.int64, device=boxes.device)
''',
        "argsort_stable_and_mask_with_print": '''
import torch

def nms(boxes, scores, iou_threshold):
    print("nms over", len(boxes), "boxes")
    order = scores.argsort(descending=True, stable=True)
    alive = torch.ones(len(boxes), dtype=torch.bool, device=boxes.device)
    kept = []
    for i in order:
        if alive[i]:
            kept.append(i)
            overlap = box_iou(boxes[i].unsqueeze(0), boxes)[0]
            alive = alive & ~(overlap > iou_threshold)
    if not kept:
        return torch.empty(0, dtype=torch.long, device=boxes.device)
    return torch.stack(kept).to(torch.long)
''',
        "sorted_tensor_shrinking_with_warning": '''
import warnings
import torch

def nms(boxes, scores, iou_threshold):
    warnings.warn("greedy NMS in a loop")
    idx = torch.sort(scores, descending=True, stable=True).indices
    keep = []
    while idx.numel() > 0:
        best = idx[0]
        keep.append(int(best))
        rest = idx[1:]
        overlap = box_iou(boxes[best][None], boxes[rest])[0]
        idx = rest[overlap <= iou_threshold]
    return torch.as_tensor(keep, dtype=torch.int64).to(boxes.device)
''',
    },
}
