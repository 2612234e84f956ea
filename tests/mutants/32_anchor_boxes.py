"""Known-wrong answers to notebook 32_anchor_boxes (box coding, RPN labels): each must fail its exercise's tests."""

MUTANTS = {
    "encode_box": {
        # SYLLABUS ✗: offsets normalized by the ground truth's size instead of the anchor's (0.25 instead of 0.5).
        "normalized_by_gt_size": """
import torch

def encode_box(anchor, gt):
    offset = (gt[..., :2] - anchor[..., :2]) / gt[..., 2:]
    return torch.cat([offset, torch.log(gt[..., 2:] / anchor[..., 2:])], dim=-1)
""",
        # SYLLABUS ✗: no log, the plain size ratio (2.0 instead of 0.693; a perfect anchor codes to 1).
        "no_log": """
import torch

def encode_box(anchor, gt):
    offset = (gt[..., :2] - anchor[..., :2]) / anchor[..., 2:]
    return torch.cat([offset, gt[..., 2:] / anchor[..., 2:]], dim=-1)
""",
        # the relative size change instead of its log: zero for a perfect anchor, but 1.0 instead of 0.693.
        "ratio_minus_one": """
import torch

def encode_box(anchor, gt):
    offset = (gt[..., :2] - anchor[..., :2]) / anchor[..., 2:]
    return torch.cat([offset, gt[..., 2:] / anchor[..., 2:] - 1], dim=-1)
""",
        # the log of the inverse ratio: every size target has the wrong sign.
        "inverted_log": """
import torch

def encode_box(anchor, gt):
    offset = (gt[..., :2] - anchor[..., :2]) / anchor[..., 2:]
    return torch.cat([offset, torch.log(anchor[..., 2:] / gt[..., 2:])], dim=-1)
""",
        # tx divided by the anchor's height and ty by its width: right for square anchors only.
        "swapped_width_height": """
import torch

def encode_box(anchor, gt):
    offset = (gt[..., :2] - anchor[..., :2]) / anchor[..., 2:].flip(-1)
    return torch.cat([offset, torch.log(gt[..., 2:] / anchor[..., 2:])], dim=-1)
""",
        # the boxes read as corners (x1, y1, x2, y2) and coded as if they were.
        "boxes_read_as_xyxy": """
import torch

def encode_box(anchor, gt):
    def centre_size(b):
        return torch.cat([(b[..., :2] + b[..., 2:]) / 2, b[..., 2:] - b[..., :2]], dim=-1)
    a, g = centre_size(anchor), centre_size(gt)
    return torch.cat([(g[..., :2] - a[..., :2]) / a[..., 2:], torch.log(g[..., 2:] / a[..., 2:])], dim=-1)
""",
        # passes the visible (float32) tests: always returns float32.
        "visible_only_always_float32": """
import torch

def encode_box(anchor, gt):
    offset = (gt[..., :2] - anchor[..., :2]) / anchor[..., 2:]
    return torch.cat([offset, torch.log(gt[..., 2:] / anchor[..., 2:])], dim=-1).float()
""",
        # right values, but divides gt's sizes in place: the caller's boxes are changed.
        "modifies_gt_in_place": """
import torch

def encode_box(anchor, gt):
    offset = (gt[..., :2] - anchor[..., :2]) / anchor[..., 2:]
    gt[..., 2:] /= anchor[..., 2:]
    return torch.cat([offset, torch.log(gt[..., 2:])], dim=-1)
""",
    },
    "decode_box": {
        # SYLLABUS ✗ (no log), its decoder: the size multiplied by t instead of exp(t).
        "no_exp": """
import torch

def decode_box(anchor, deltas):
    centre = anchor[..., :2] + deltas[..., :2] * anchor[..., 2:]
    return torch.cat([centre, anchor[..., 2:] * deltas[..., 2:]], dim=-1)
""",
        # the size from exp(t) alone, in pixels, forgetting the anchor's size.
        "exp_without_anchor_size": """
import torch

def decode_box(anchor, deltas):
    centre = anchor[..., :2] + deltas[..., :2] * anchor[..., 2:]
    return torch.cat([centre, torch.exp(deltas[..., 2:])], dim=-1)
""",
        # the centre offset added in pixels instead of anchor units.
        "offset_not_scaled": """
import torch

def decode_box(anchor, deltas):
    centre = anchor[..., :2] + deltas[..., :2]
    return torch.cat([centre, anchor[..., 2:] * torch.exp(deltas[..., 2:])], dim=-1)
""",
        # the offset scaled by the anchor's size after the correction (the decoded box's size, not the anchor's).
        "offset_scaled_by_decoded_size": """
import torch

def decode_box(anchor, deltas):
    size = anchor[..., 2:] * torch.exp(deltas[..., 2:])
    return torch.cat([anchor[..., :2] + deltas[..., :2] * size, size], dim=-1)
""",
        # returns corners (x1, y1, x2, y2) instead of (cx, cy, w, h).
        "returns_xyxy": """
import torch

def decode_box(anchor, deltas):
    centre = anchor[..., :2] + deltas[..., :2] * anchor[..., 2:]
    size = anchor[..., 2:] * torch.exp(deltas[..., 2:])
    return torch.cat([centre - size / 2, centre + size / 2], dim=-1)
""",
        # passes the visible (float32) tests: always returns float32.
        "visible_only_always_float32": """
import torch

def decode_box(anchor, deltas):
    centre = anchor[..., :2] + deltas[..., :2] * anchor[..., 2:]
    size = anchor[..., 2:] * torch.exp(deltas[..., 2:])
    return torch.cat([centre, size], dim=-1).to(torch.float32)
""",
    },
    "label_anchors": {
        # SYLLABUS ✗: thresholds only, no best anchor per ground truth (a box with best IoU 0.5 gets no positive).
        "thresholds_only": """
import torch

def label_anchors(iou_matrix):
    best = iou_matrix.max(dim=0).values
    labels = torch.full(best.shape, -1, dtype=torch.int64, device=iou_matrix.device)
    labels[best < 0.3] = 0
    labels[best > 0.7] = 1
    return labels
""",
        # passes the visible tests: one argmax per row, so of two anchors tied for a box's best only one is positive.
        "visible_only_argmax_without_ties": """
import torch

def label_anchors(iou_matrix):
    best = iou_matrix.max(dim=0).values
    labels = torch.full(best.shape, -1, dtype=torch.int64, device=iou_matrix.device)
    labels[best < 0.3] = 0
    labels[best > 0.7] = 1
    labels[iou_matrix.argmax(dim=1)] = 1
    return labels
""",
        # torchvision's Matcher border (>= 0.7 positive) instead of the paper's (> 0.7) that the statement asks for.
        "positive_at_exactly_0_7": """
import torch

def label_anchors(iou_matrix):
    best = iou_matrix.max(dim=0).values
    labels = torch.full(best.shape, -1, dtype=torch.int64, device=iou_matrix.device)
    labels[best < 0.3] = 0
    labels[best >= 0.7] = 1
    labels[(iou_matrix == iou_matrix.max(dim=1, keepdim=True).values).any(dim=0)] = 1
    return labels
""",
        # negative when the IoU with SOME box is below 0.3 (min over the boxes) instead of with every box.
        "negative_if_any_box_is_low": """
import torch

def label_anchors(iou_matrix):
    best = iou_matrix.max(dim=0).values
    labels = torch.full(best.shape, -1, dtype=torch.int64, device=iou_matrix.device)
    labels[iou_matrix.min(dim=0).values < 0.3] = 0
    labels[best > 0.7] = 1
    labels[(iou_matrix == iou_matrix.max(dim=1, keepdim=True).values).any(dim=0)] = 1
    return labels
""",
        # the rules in the wrong order: negatives set last overwrite a best anchor below 0.3.
        "negatives_overwrite_best_anchor": """
import torch

def label_anchors(iou_matrix):
    best = iou_matrix.max(dim=0).values
    labels = torch.full(best.shape, -1, dtype=torch.int64, device=iou_matrix.device)
    labels[best > 0.7] = 1
    labels[(iou_matrix == iou_matrix.max(dim=1, keepdim=True).values).any(dim=0)] = 1
    labels[best < 0.3] = 0
    return labels
""",
        # the transposed layout: rows read as anchors, so one label per ground-truth box.
        "rows_read_as_anchors": """
import torch

def label_anchors(iou_matrix):
    iou = iou_matrix.T
    best = iou.max(dim=0).values
    labels = torch.full(best.shape, -1, dtype=torch.int64, device=iou_matrix.device)
    labels[best < 0.3] = 0
    labels[best > 0.7] = 1
    labels[(iou == iou.max(dim=1, keepdim=True).values).any(dim=0)] = 1
    return labels
""",
        # right labels as floats (1.0, 0.0, -1.0) instead of int64.
        "float_labels": """
import torch

def label_anchors(iou_matrix):
    best = iou_matrix.max(dim=0).values
    labels = torch.full_like(best, -1.0)
    labels[best < 0.3] = 0
    labels[best > 0.7] = 1
    labels[(iou_matrix == iou_matrix.max(dim=1, keepdim=True).values).any(dim=0)] = 1
    return labels
""",
        # right labels, but marks each box's best anchors with IoU 1 in the caller's matrix (in place).
        "modifies_iou_matrix": """
import torch

def label_anchors(iou_matrix):
    iou_matrix[iou_matrix == iou_matrix.max(dim=1, keepdim=True).values] = 1.0
    best = iou_matrix.max(dim=0).values
    labels = torch.full(best.shape, -1, dtype=torch.int64, device=iou_matrix.device)
    labels[best < 0.3] = 0
    labels[best > 0.7] = 1
    labels[(iou_matrix == iou_matrix.max(dim=1, keepdim=True).values).any(dim=0)] = 1
    return labels
""",
    },
}
