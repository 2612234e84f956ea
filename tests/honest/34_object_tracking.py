"""Correct answers to notebook 34_object_tracking, written differently from the reference.

Every one must earn full points (tests/mutation.py, tests/test_roundtrip.py).
"""

HONEST = {
    "ncc_map": {
        # one window at a time, the formula written out
        "loop_over_windows": '''
import torch

def ncc_map(template, search):
    C, h, w = template.shape
    H, W = search.shape[1], search.shape[2]
    t = template - template.mean()
    out = torch.empty(H - h + 1, W - w + 1, dtype=search.dtype, device=search.device)
    for i in range(H - h + 1):
        for j in range(W - w + 1):
            p = search[:, i:i + h, j:j + w]
            p = p - p.mean()
            out[i, j] = (p * t).sum() / (torch.sqrt((p * p).sum()) * torch.sqrt((t * t).sum()) + 1e-6)
    return out
''',
        # F.unfold into columns, a matrix-vector product, and a warning on the way
        "f_unfold_columns": '''
import warnings
import torch
import torch.nn.functional as F

def ncc_map(template, search):
    warnings.warn("ncc_map: computing all windows at once")
    C, h, w = template.shape
    H, W = search.shape[1], search.shape[2]
    cols = F.unfold(search[None], (h, w))[0]                  # (C*h*w, L)
    cols = cols - cols.mean(dim=0, keepdim=True)
    t = template.reshape(-1)
    t = t - t.mean()
    score = (t @ cols) / (torch.linalg.vector_norm(cols, dim=0) * torch.linalg.vector_norm(t) + 1e-6)
    return score.reshape(H - h + 1, W - w + 1)
''',
        # box sums with F.conv2d, done in float64 so the one-pass variance is safe, then cast back
        "conv2d_box_sums_float64": '''
import torch
import torch.nn.functional as F

def ncc_map(template, search):
    t, s = template.double(), search.double()
    n = t.numel()
    tc = t - t.mean()
    ones = torch.ones_like(t)[None]
    s1 = F.conv2d(s[None], ones)[0, 0]
    s2 = F.conv2d((s ** 2)[None], ones)[0, 0]
    num = F.conv2d(s[None], tc[None])[0, 0]
    var = torch.clamp(s2 - s1 ** 2 / n, min=0.0)
    print("ncc_map on", tuple(search.shape))
    return (num / (var.sqrt() * tc.norm() + 1e-6)).to(search.dtype)
''',
        # a helper that standardizes windows, one row of windows at a time
        "row_by_row_helper": '''
import torch

def _centre(x, dim):
    return x - x.mean(dim=dim, keepdim=True)

def ncc_map(template, search):
    C, h, w = template.shape
    H, W = search.shape[1], search.shape[2]
    t = _centre(template.reshape(-1), 0)
    rows = []
    for i in range(H - h + 1):
        strip = search[:, i:i + h, :].unfold(2, w, 1)           # (C, h, W', w)
        win = _centre(strip.permute(2, 0, 1, 3).reshape(W - w + 1, -1), 1)
        rows.append((win @ t) / (win.norm(dim=1) * t.norm() + 1e-6))
    return torch.stack(rows)
''',
    },
    "associate": {
        # argmax of the matrix, then blank out its row and column
        "argmax_and_blank": '''
import torch
from torchvision.ops import box_iou

def associate(tracks, detections, iou_threshold):
    iou = box_iou(tracks, detections).clone()
    pairs = []
    while iou.numel() > 0:
        flat = int(torch.argmax(iou))
        i, j = divmod(flat, iou.shape[1])
        if iou[i, j].item() < iou_threshold:
            break
        pairs.append((i, j))
        iou[i, :] = -1.0
        iou[:, j] = -1.0
    return pairs
''',
        # IoU computed by hand in Python floats, pairs sorted with a key
        "pure_python": '''
def associate(tracks, detections, iou_threshold):
    def iou(a, b):
        iw = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
        ih = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
        inter = iw * ih
        union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
        return inter / union if union > 0 else 0.0

    T, D = tracks.tolist(), detections.tolist()
    scored = [(iou(T[i], D[j]), i, j) for i in range(len(T)) for j in range(len(D))]
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    result, taken_t, taken_d = [], [False] * len(T), [False] * len(D)
    for value, i, j in scored:
        if value < iou_threshold:
            break
        if not taken_t[i] and not taken_d[j]:
            taken_t[i] = taken_d[j] = True
            result.append((i, j))
    print("matched", len(result), "of", len(T), "tracks")
    return result
''',
        # NumPy, a stable argsort of the negated IoUs, and a warning
        "numpy_stable_argsort": '''
import warnings
import numpy as np
from torchvision.ops import box_iou

def associate(tracks, detections, iou_threshold):
    warnings.warn("associate: greedy matching")
    iou = box_iou(tracks, detections).detach().cpu().numpy()
    order = np.argsort(-iou, axis=None, kind="stable")
    rows, cols = np.unravel_index(order, iou.shape)
    pairs, free_t, free_d = [], set(range(iou.shape[0])), set(range(iou.shape[1]))
    for i, j in zip(rows.tolist(), cols.tolist()):
        if iou[i, j] < iou_threshold:
            break
        if i in free_t and j in free_d:
            pairs.append((i, j))
            free_t.discard(i)
            free_d.discard(j)
    return pairs
''',
    },
}
