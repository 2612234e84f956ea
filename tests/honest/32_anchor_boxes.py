"""Correct answers to notebook 32_anchor_boxes written differently from the reference: each must pass its tests."""

HONEST = {
    "encode_box": {
        "unbind_and_stack": """
import torch

def encode_box(anchor, gt):
    ax, ay, aw, ah = anchor.unbind(-1)
    gx, gy, gw, gh = gt.unbind(-1)
    return torch.stack([(gx - ax) / aw, (gy - ay) / ah, torch.log(gw / aw), torch.log(gh / ah)], dim=-1)
""",
        "torchvision_boxcoder_with_print": """
import torch
from torchvision.models.detection._utils import BoxCoder
from torchvision.ops import box_convert

def encode_box(anchor, gt):
    print("coding", anchor.reshape(-1, 4).shape[0], "boxes with torchvision's BoxCoder")
    coder = BoxCoder(weights=(1.0, 1.0, 1.0, 1.0))
    t = coder.encode_single(box_convert(gt.reshape(-1, 4), "cxcywh", "xyxy"),
                            box_convert(anchor.reshape(-1, 4), "cxcywh", "xyxy"))
    return t.reshape(anchor.shape)
""",
        "python_loop_with_warning": """
import math
import warnings
import torch

def _code_one(a, g):
    return [(g[0] - a[0]) / a[2], (g[1] - a[1]) / a[3], math.log(g[2] / a[2]), math.log(g[3] / a[3])]

def encode_box(anchor, gt):
    warnings.warn("encode_box: looping over the boxes in Python")
    rows = [_code_one(a, g) for a, g in zip(anchor.reshape(-1, 4).tolist(), gt.reshape(-1, 4).tolist())]
    return torch.tensor(rows, dtype=anchor.dtype, device=anchor.device).reshape(anchor.shape)
""",
        "log_difference": """
import torch

def encode_box(anchor, gt):
    a = anchor.reshape(-1, 4)
    g = gt.reshape(-1, 4)
    out = torch.empty_like(a)
    out[:, 0:2] = (g[:, 0:2] - a[:, 0:2]) / a[:, 2:4]
    out[:, 2:4] = g[:, 2:4].log() - a[:, 2:4].log()
    return out.reshape(anchor.shape)
""",
    },
    "decode_box": {
        "unbind_and_stack": """
import torch

def decode_box(anchor, deltas):
    ax, ay, aw, ah = anchor.unbind(-1)
    tx, ty, tw, th = deltas.unbind(-1)
    return torch.stack([ax + tx * aw, ay + ty * ah, aw * tw.exp(), ah * th.exp()], dim=-1)
""",
        "torchvision_boxcoder": """
from torchvision.models.detection._utils import BoxCoder
from torchvision.ops import box_convert

def decode_box(anchor, deltas):
    coder = BoxCoder(weights=(1.0, 1.0, 1.0, 1.0))
    boxes = coder.decode_single(deltas.reshape(-1, 4), box_convert(anchor.reshape(-1, 4), "cxcywh", "xyxy"))
    return box_convert(boxes, "xyxy", "cxcywh").reshape(anchor.shape)
""",
        "python_loop_with_print": """
import math
import torch

def decode_box(anchor, deltas):
    rows = []
    for (ax, ay, aw, ah), (tx, ty, tw, th) in zip(anchor.reshape(-1, 4).tolist(), deltas.reshape(-1, 4).tolist()):
        rows.append([ax + tx * aw, ay + ty * ah, aw * math.exp(tw), ah * math.exp(th)])
    print("decoded", len(rows), "boxes")
    return torch.tensor(rows, dtype=anchor.dtype, device=anchor.device).reshape(anchor.shape)
""",
    },
    "label_anchors": {
        "python_loops": """
import torch

def label_anchors(iou_matrix):
    rows = iou_matrix.tolist()
    n_anchors = len(rows[0])
    labels = []
    for j in range(n_anchors):
        best = max(row[j] for row in rows)
        labels.append(1 if best > 0.7 else 0 if best < 0.3 else -1)
    for row in rows:
        top = max(row)
        for j, value in enumerate(row):
            if value == top:
                labels[j] = 1
    return torch.tensor(labels, dtype=torch.int64, device=iou_matrix.device)
""",
        "torch_where_with_warning": """
import warnings
import torch

def label_anchors(iou_matrix):
    warnings.warn("label_anchors: building the labels with torch.where")
    best, _ = torch.max(iou_matrix, dim=0)
    is_best = torch.eq(iou_matrix, torch.amax(iou_matrix, dim=1, keepdim=True)).sum(dim=0) > 0
    positive = is_best | (best > 0.7)
    one, zero, ignored = (torch.tensor(v, dtype=torch.int64, device=iou_matrix.device) for v in (1, 0, -1))
    return torch.where(positive, one, torch.where(best < 0.3, zero, ignored))
""",
        "torchvision_matcher_with_paper_border": """
import torch
from torchvision.models.detection._utils import Matcher

def label_anchors(iou_matrix):
    matches = Matcher(0.7, 0.3, allow_low_quality_matches=True)(iou_matrix)
    labels = torch.full_like(matches, -1)
    labels[matches >= 0] = 1
    labels[matches == -1] = 0
    best = iou_matrix.max(dim=0).values
    is_best = (iou_matrix == iou_matrix.max(dim=1, keepdim=True).values).any(dim=0)
    labels[(best == 0.7) & ~is_best] = -1          # the paper: positive only above 0.7; Matcher takes >= 0.7
    return labels
""",
    },
}
