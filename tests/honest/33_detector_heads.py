"""Correct answers to notebook 33_detector_heads, written differently from the reference."""

HONEST = {
    "yolo_cell": {
        "divide_by_cell_width_with_print": '''
import math

def yolo_cell(cx, cy, image_size, S):
    for v in (cx, cy):
        if v < 0 or v > image_size:
            raise ValueError("centre outside the image")
    w = image_size / S
    row, col = math.floor(cy / w), math.floor(cx / w)
    if row == S:
        row = S - 1
    if col == S:
        col = S - 1
    print("cell", row, col)
    return (row, col)
''',
        "loop_over_cells_and_warning": '''
import warnings

def yolo_cell(cx, cy, image_size, S):
    def index(v):
        if not 0 <= v <= image_size:
            raise ValueError(f"{v} is outside [0, {image_size}]")
        for j in range(S):
            if j * image_size <= v * S < (j + 1) * image_size:
                return j
        return S - 1                       # the far edge
    warnings.warn("looping over the cells")
    return index(cy), index(cx)
''',
        "torch_float64": '''
import torch

def yolo_cell(cx, cy, image_size, S):
    p = torch.tensor([cy, cx], dtype=torch.float64)
    if bool((p < 0).any()) or bool((p > image_size).any()):
        raise ValueError("outside the image")
    idx = torch.floor(p * S / image_size).clamp(max=S - 1).long()
    return tuple(int(v) for v in idx.tolist())
''',
        "numpy_floor_divide_helper": '''
import numpy as np

def _axis(v, image_size, S):
    if v < 0 or v > image_size:
        raise ValueError("outside")
    return int(min(np.floor(np.float64(v) / (image_size / S)), S - 1))

def yolo_cell(cx, cy, image_size, S):
    return (_axis(cy, image_size, S), _axis(cx, image_size, S))
''',
    },
    "yolo_output_size": {
        "per_cell_then_grid_with_print": '''
def yolo_output_size(S, B, C):
    per_cell = B * 5 + C
    print("numbers per cell:", per_cell)
    return per_cell * S ** 2
''',
        "torch_numel": '''
import torch

def yolo_output_size(S, B, C):
    return torch.empty(S, S, 5 * B + C).numel()
''',
        "loop_over_cells": '''
def yolo_output_size(S, B, C):
    total = 0
    for row in range(S):
        for col in range(S):
            total += 5 * B
            total += C
    return total
''',
    },
    "ssd_prior_count": {
        "loop_with_print": '''
def ssd_prior_count(feature_maps):
    total = 0
    for pair in feature_maps:
        size, boxes_per_location = pair[0], pair[1]
        print(size, "x", size, "map:", size ** 2 * boxes_per_location, "priors")
        total += size ** 2 * boxes_per_location
    return total
''',
        "numpy_dot_and_warning": '''
import warnings
import numpy as np

def ssd_prior_count(feature_maps):
    warnings.warn("counting with numpy")
    if len(feature_maps) == 0:
        return 0
    arr = np.array([list(m) for m in feature_maps], dtype=np.int64)
    return int(arr[:, 0] ** 2 @ arr[:, 1])
''',
        "torch_zeros_per_map": '''
import torch

def ssd_prior_count(feature_maps):
    return sum(torch.zeros(k, s, s).numel() for s, k in feature_maps)
''',
    },
}
