"""Known-wrong answers for 07_flatten_global_pooling: each must fail its exercise's tests."""

MUTANTS = {
    "flat_index": {
        "layouts_swapped": '''
def flat_index(c, h, w, C, H, W, layout):
    if layout == "NHWC":
        return c * H * W + h * W + w
    if layout == "NCHW":
        return h * W * C + w * C + c
    raise ValueError(layout)
''',
        "nhwc_row_stride_uses_H": '''
def flat_index(c, h, w, C, H, W, layout):
    if layout == "NCHW":
        return c * H * W + h * W + w
    if layout == "NHWC":
        return h * H * C + w * C + c
    raise ValueError(layout)
''',
        "nchw_row_stride_uses_H": '''
def flat_index(c, h, w, C, H, W, layout):
    if layout == "NCHW":
        return c * H * W + h * H + w
    if layout == "NHWC":
        return h * W * C + w * C + c
    raise ValueError(layout)
''',
        "nhwc_rows_and_columns_swapped": '''
def flat_index(c, h, w, C, H, W, layout):
    if layout == "NCHW":
        return c * H * W + h * W + w
    if layout == "NHWC":
        return w * H * C + h * C + c
    raise ValueError(layout)
''',
        "unknown_layout_treated_as_nchw": '''
def flat_index(c, h, w, C, H, W, layout):
    if layout == "NHWC":
        return h * W * C + w * C + c
    return c * H * W + h * W + w
''',
        "unknown_layout_key_error": '''
def flat_index(c, h, w, C, H, W, layout):
    formulas = {"NCHW": lambda: c * H * W + h * W + w, "NHWC": lambda: h * W * C + w * C + c}
    return formulas[layout]()
''',
        "unknown_layout_returns_none": '''
def flat_index(c, h, w, C, H, W, layout):
    if layout == "NCHW":
        return c * H * W + h * W + w
    if layout == "NHWC":
        return h * W * C + w * C + c
''',
        "layout_check_by_first_letters": '''
def flat_index(c, h, w, C, H, W, layout):
    if layout[:2] == "NC":
        return c * H * W + h * W + w
    if layout[:2] == "NH":
        return h * W * C + w * C + c
    raise ValueError(layout)
''',
        "numpy_int_result": '''
import numpy as np
def flat_index(c, h, w, C, H, W, layout):
    if layout == "NCHW":
        return np.ravel_multi_index((c, h, w), (C, H, W))
    if layout == "NHWC":
        return np.ravel_multi_index((h, w, c), (H, W, C))
    raise ValueError(layout)
''',
        "tensor_result": '''
import torch
def flat_index(c, h, w, C, H, W, layout):
    x = torch.arange(C * H * W).reshape(C, H, W)
    if layout == "NCHW":
        flat = x.flatten()
    elif layout == "NHWC":
        flat = x.permute(1, 2, 0).flatten()
    else:
        raise ValueError(layout)
    return (flat == x[c, h, w]).nonzero()[0, 0]
''',
        "float_result": '''
def flat_index(c, h, w, C, H, W, layout):
    if layout == "NCHW":
        return float(c * H * W + h * W + w)
    if layout == "NHWC":
        return h * W * C + w * C + c * 1.0
    raise ValueError(layout)
''',
        "visible_examples_only": '''
def flat_index(c, h, w, C, H, W, layout):
    if layout not in ("NCHW", "NHWC"):
        raise ValueError(layout)
    known = {(1, 2, 3, 4, 5, 6, "NCHW"): 45, (1, 2, 3, 4, 5, 6, "NHWC"): 61}
    return known.get((c, h, w, C, H, W, layout), c * H * W + h * W + w)
''',
    },
    "spatial_pyramid_pool": {
        # SYLLABUS ✗: window and stride worked out once for a 13x13 map (the wrong bin count on 13x17).
        "fixed_window_from_13x13": '''
import math
import torch
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    pieces = []
    for l in levels:
        window, stride = math.ceil(13 / l), math.floor(13 / l)   # designed for a 13x13 map only
        pieces.append(F.max_pool2d(x, kernel_size=window, stride=stride).flatten(1))
    return torch.cat(pieces, dim=1)
''',
        "sppnet_window_formula": '''
import math
import torch
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    H, W = x.shape[-2:]
    pieces = []
    for l in levels:
        window = (math.ceil(H / l), math.ceil(W / l))
        stride = (max(1, H // l), max(1, W // l))
        pieces.append(F.max_pool2d(x, kernel_size=window, stride=stride).flatten(1))
    return torch.cat(pieces, dim=1)
''',
        "floor_window_from_actual_size": '''
import torch
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    H, W = x.shape[-2:]
    pieces = []
    for l in levels:
        k = (max(1, H // l), max(1, W // l))
        pieces.append(F.max_pool2d(x, kernel_size=k, stride=k)[:, :, :l, :l].flatten(1))
    return torch.cat(pieces, dim=1)
''',
        "average_instead_of_max": '''
import torch
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    return torch.cat([F.adaptive_avg_pool2d(x, l).flatten(1) for l in levels], dim=1)
''',
        "levels_reversed": '''
import torch
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    return torch.cat([F.adaptive_max_pool2d(x, l).flatten(1) for l in reversed(list(levels))], dim=1)
''',
        "levels_sorted": '''
import torch
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    return torch.cat([F.adaptive_max_pool2d(x, l).flatten(1) for l in sorted(levels)], dim=1)
''',
        "bins_before_channels": '''
import torch
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    return torch.cat([F.adaptive_max_pool2d(x, l).permute(0, 2, 3, 1).flatten(1) for l in levels], dim=1)
''',
        # the levels joined per channel (all bins of channel 0 first), then flattened: right length, wrong order.
        "concat_per_channel": '''
import torch
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    return torch.cat([F.adaptive_max_pool2d(x, l).flatten(2) for l in levels], dim=2).flatten(1)
''',
        # the levels stacked along the batch dimension, reshaped back to N rows: right shape, rows mixed up.
        "concat_along_batch_reshaped": '''
import torch
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    pieces = [F.adaptive_max_pool2d(x, l).reshape(-1) for l in levels]
    return torch.cat(pieces).reshape(-1, x.shape[0]).T.contiguous()
''',
        "flatten_batch_too": '''
import torch
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    return torch.cat([F.adaptive_max_pool2d(x, l).flatten() for l in levels])[None]
''',
        "levels_ignored": '''
import torch
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    return torch.cat([F.adaptive_max_pool2d(x, l).flatten(1) for l in (1, 2, 4)], dim=1)
''',
        "bins_transposed": '''
import torch
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    return torch.cat([F.adaptive_max_pool2d(x, l).transpose(2, 3).flatten(1) for l in levels], dim=1)
''',
        "always_float32": '''
import torch
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    return torch.cat([F.adaptive_max_pool2d(x.float(), l).flatten(1) for l in levels], dim=1)
''',
        "list_not_tensor": '''
import torch.nn.functional as F
def spatial_pyramid_pool(x, levels):
    return [F.adaptive_max_pool2d(x, l).flatten(1) for l in levels]
''',
    },
}
