"""Correct answers for 07_flatten_global_pooling written differently from the reference: each must earn full points."""

HONEST = {
    "flat_index": {
        # strides computed from the sizes to the right, for either order of the dimensions.
        "strides_from_sizes": '''
def _row_major_position(indices, sizes):
    position, stride = 0, 1
    for index, size in zip(reversed(indices), reversed(sizes)):
        position += index * stride
        stride *= size
    return position

def flat_index(c, h, w, C, H, W, layout):
    orders = {"NCHW": ((c, h, w), (C, H, W)), "NHWC": ((h, w, c), (H, W, C))}
    if layout not in orders:
        raise ValueError("layout must be 'NCHW' or 'NHWC', got " + repr(layout))
    return _row_major_position(*orders[layout])
''',
        # Horner's scheme, a print, and a ValueError subclass for the unknown layout.
        "horner_with_print": '''
class LayoutError(ValueError):
    pass

def flat_index(c, h, w, C, H, W, layout):
    print("layout", layout)
    if layout == "NCHW":
        return (c * H + h) * W + w
    elif layout == "NHWC":
        return (h * W + w) * C + c
    else:
        raise LayoutError(layout)
''',
        # read off a tensor of positions with torch, converted to a plain int; with a warning.
        "lookup_in_arange": '''
import warnings
import torch

def flat_index(c, h, w, C, H, W, layout):
    warnings.warn("flat_index builds a tensor")
    positions = torch.arange(C * H * W)
    if layout == "NCHW":
        return int(positions.reshape(C, H, W)[c, h, w])
    if layout == "NHWC":
        return int(positions.reshape(H, W, C)[h, w, c])
    raise ValueError(f"unknown layout {layout}")
''',
    },
    "spatial_pyramid_pool": {
        # the bins computed by hand with the adaptive rule floor(i*H/l) .. ceil((i+1)*H/l).
        "own_bins": '''
import torch

def spatial_pyramid_pool(x, levels):
    N, C, H, W = x.shape
    pieces = []
    for l in levels:
        rows = [((i * H) // l, -(-((i + 1) * H) // l)) for i in range(l)]
        cols = [((j * W) // l, -(-((j + 1) * W) // l)) for j in range(l)]
        grid = torch.stack([torch.stack([x[:, :, r0:r1, c0:c1].amax(dim=(2, 3)) for c0, c1 in cols], dim=-1)
                            for r0, r1 in rows], dim=-2)          # (N, C, l, l)
        pieces.append(grid.reshape(N, C * l * l))
    return torch.cat(pieces, dim=1)
''',
        # nn.AdaptiveMaxPool2d modules, a preallocated output filled slice by slice, and a print.
        "modules_and_slices": '''
import torch
import torch.nn as nn

def spatial_pyramid_pool(x, levels):
    levels = list(levels)
    N, C = x.shape[:2]
    out = x.new_empty(N, C * sum(l * l for l in levels))
    start = 0
    for l in levels:
        piece = nn.AdaptiveMaxPool2d(l)(x).reshape(N, -1)
        out[:, start:start + piece.shape[1]] = piece
        start += piece.shape[1]
    print("features:", out.shape[1])
    return out
''',
        # torch.flatten and a generator expression, with a warning.
        "functional_with_warning": '''
import warnings
import torch
import torch.nn.functional as F

def spatial_pyramid_pool(x, levels):
    warnings.warn("pyramid pooling")
    return torch.cat(tuple(torch.flatten(F.adaptive_max_pool2d(x, (l, l)), start_dim=1) for l in levels), 1)
''',
    },
}
