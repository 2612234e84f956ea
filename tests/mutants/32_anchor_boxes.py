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

EXPLANATIONS = {
    "encode_box": {
        "normalized_by_gt_size": "Your answer divides the centre offsets by the ground truth's width and height. The offsets must be in units of the anchor, the box the decoder knows at inference time; that is also what makes the targets scale-invariant. Reread “3 · Coding a box relative to its anchor”.",
        "no_log": "Your size targets are the plain ratio of ground-truth to anchor size, so a perfect anchor codes to 1 instead of 0 and halving and doubling are lopsided. The coding takes the natural log of that ratio. Reread “3 · Coding a box relative to its anchor”.",
        "ratio_minus_one": "Subtracting 1 from the size ratio makes a perfect anchor code to zero, but it is still not the log of the ratio: halving and doubling are not symmetric and your targets disagree with BoxCoder. Reread “3 · Coding a box relative to its anchor”.",
        "inverted_log": "Your size targets take the log of anchor size over ground-truth size, so every width and height target has the wrong sign: a ground truth wider than its anchor must give a positive target. The ratio is ground truth over anchor. Reread “3 · Coding a box relative to its anchor”.",
        "swapped_width_height": "Your answer divides the x offset by the anchor's height and the y offset by its width, which is only right for square anchors. Each coordinate is measured in the matching dimension of the anchor: x in widths, y in heights. Reread “3 · Coding a box relative to its anchor”.",
        "boxes_read_as_xyxy": "Your answer reads the boxes as corners (x1, y1, x2, y2), but the exercise gives them as (cx, cy, w, h), centre then size. Converting boxes that are already in centre-size format scrambles every target; check the input format before converting.",
        "visible_only_always_float32": "Your answer casts the result to float32, so float64 boxes come back in the wrong dtype and lose precision. The contract is a tensor with the dtype and device of the inputs; plain tensor arithmetic already keeps them, no cast is needed.",
        "modifies_gt_in_place": "Your targets are right, but the in-place division overwrites the sizes in the caller's gt tensor. The exercise says not to modify the inputs: the same ground-truth boxes are coded against many anchors, so build new tensors instead.",
    },
    "decode_box": {
        "no_exp": "Your answer multiplies the anchor's size by t directly: that decodes the no-log coding, so zero deltas give a box of width 0 and a negative output a negative width. The size targets are logarithms, so decoding exponentiates them. Reread “3 · Coding a box relative to its anchor”.",
        "exp_without_anchor_size": "Your decoded size is the exponential of t alone, in pixels, with the anchor forgotten. t_w is the log of the width relative to the anchor's, so the exponential scales the anchor's size; zero deltas must give the anchor back. Reread “3 · Coding a box relative to its anchor”.",
        "offset_not_scaled": "Your answer adds the centre deltas as if they were pixels. They are in units of the anchor's size, since the encoder divided by the anchor's width and height, so they must be scaled back before moving the centre. Reread “3 · Coding a box relative to its anchor”.",
        "offset_scaled_by_decoded_size": "Your answer scales the centre offset by the decoded box's size rather than the anchor's. The encoder divided by the anchor's width and height, so the inverse must multiply by those same sizes, or decoding an encoded box does not give it back.",
        "returns_xyxy": "Your answer returns corners (x1, y1, x2, y2), but the contract is (cx, cy, w, h), the same format as the anchors and as encode_box's input, so that decoding inverts encoding. Converting to corners is a separate step (box_convert) for the caller.",
        "visible_only_always_float32": "Your decoded boxes are always float32, so float64 inputs lose precision and the exact round trip with encode_box fails. The output must keep the dtype and device of anchor and deltas; do not cast the result.",
    },
    "label_anchors": {
        "thresholds_only": "Your answer uses the 0.7 and 0.3 thresholds only. An object whose best anchor stays below 0.7 then has no positive anchor, and the RPN learns to call it background; each ground-truth box's best anchor is positive too. Reread “4 · Which anchors are objects: the RPN's labels”.",
        "visible_only_argmax_without_ties": "Your answer takes one argmax per ground-truth row, so when two anchors tie for a box's best IoU only one of them becomes positive. Every anchor equal to the row's maximum counts, which an equality test finds and argmax does not. Reread “Exercise 3 · `label_anchors` (3 points)”.",
        "positive_at_exactly_0_7": "Your answer counts an IoU of exactly 0.7 as positive, the border torchvision's Matcher uses. The paper and the exercise say strictly greater than 0.7, so an anchor at exactly 0.7 that is no box's best is ignored. Reread “4 · Which anchors are objects: the RPN's labels”.",
        "negative_if_any_box_is_low": "Your answer calls an anchor negative when its IoU with some box is below 0.3, a minimum over the boxes. Background means below 0.3 with every box, so it is the anchor's best IoU that decides. Reread “4 · Which anchors are objects: the RPN's labels”.",
        "negatives_overwrite_best_anchor": "Your answer applies the negative rule after the positive ones, so a box's best anchor with IoU below 0.3 is turned back into background and that object loses its only positive. A positive label always wins. Reread “4 · Which anchors are objects: the RPN's labels”.",
        "rows_read_as_anchors": "Your answer treats the rows as anchors and returns one label per ground-truth box. The matrix is (G, A), one row per ground-truth box and one column per anchor, as box_iou(gt_boxes, anchors) lays it out, and the labels are per anchor.",
        "float_labels": "Your labels have the right values but a float dtype. The contract is int64: the labels are categories (positive, negative, ignored) that later code compares and uses to select anchors, not quantities, and the tests check the dtype.",
        "modifies_iou_matrix": "Your labels are right, but your answer writes into the caller's iou_matrix, raising each box's best anchors to 1. The input must stay untouched: the same IoU matrix is needed afterwards to pick each positive anchor's ground-truth box for regression.",
    },
}
