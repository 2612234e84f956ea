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

EXPLANATIONS = {
    "flat_index": {
        "layouts_swapped": "Your answer uses the channels-last formula for NCHW and the NCHW formula for NHWC. In NCHW the column w varies fastest and c has the largest stride; in NHWC the channel c varies fastest. Reread “1. Flattening is a reshape”.",
        "nhwc_row_stride_uses_H": "Your NHWC row stride uses H, which is only right for square images. Moving down one row skips a whole row of W pixels with C values each, so the stride of h depends on W and C, not on H. Reread “Exercise 1 · `flat_index` (2 points)”.",
        "nchw_row_stride_uses_H": "In NCHW your answer moves H positions per row, but one row of a channel holds W values, so the stride of h is W. Row-major strides are products of the sizes to the right; the mistake hides on square maps. Reread “1. Flattening is a reshape”.",
        "nhwc_rows_and_columns_swapped": "Your NHWC formula makes w the slower pixel index, as if pixels were stored column by column. Row-major order reads (h, w, c) with the last index fastest: h gets the largest stride, then w, then c. Reread “1. Flattening is a reshape”.",
        "unknown_layout_treated_as_nchw": "Your answer silently treats every layout other than 'NHWC' as NCHW. The contract is to raise a ValueError, so a caller who wrote 'CHW' or 'NWHC' hears about the mistake instead of getting wrong positions. Reread “Exercise 1 · `flat_index` (2 points)”.",
        "unknown_layout_key_error": "Your formulas are right, but an unknown layout makes the dictionary lookup raise KeyError. The exercise asks for a ValueError: the exception type is part of the contract, since callers catch that type for a bad argument.",
        "unknown_layout_returns_none": "For a layout that is neither 'NCHW' nor 'NHWC' your function runs off the end and returns None. A bad argument must raise a ValueError at once, not hand back a value that breaks something later.",
        "layout_check_by_first_letters": "Looking only at the first two letters accepts strings such as 'NCWH' or 'NHCW', which name other orders with other strides. Only the exact strings 'NCHW' and 'NHWC' are valid; anything else must raise a ValueError.",
        "numpy_int_result": "Your positions are right, but np.ravel_multi_index returns a NumPy integer, not the plain Python int the exercise asks for. A NumPy scalar is a different type, and the contract of this function is int.",
        "tensor_result": "Your answer searches a tensor for the value and returns a 0-d torch tensor. The exercise asks for a plain Python int computed from the strides of the layout; a tensor is not an int. Reread “1. Flattening is a reshape”.",
        "float_result": "Your positions are right but come back as floats. A position in a flat vector is an index, and the contract asks for a plain int: a float cannot index a list or a tensor. Integer arithmetic keeps the result an int.",
        "visible_examples_only": "Your answer hard-codes the two example results and applies the NCHW formula to everything else, NHWC included. Work out the position from each layout's strides so that it holds for every size and index. Reread “1. Flattening is a reshape”.",
    },
    "spatial_pyramid_pool": {
        "fixed_window_from_13x13": "Your window and stride were worked out for a 13x13 map, so other sizes give another number of bins and another vector length: the very fixed-size problem SPP solves. The bin count is fixed; the bin size must follow the input. Reread “4. Spatial pyramid pooling”.",
        "sppnet_window_formula": "The SPP-net window (ceil of a/l, stride floor of a/l) does not always give l bins, and even when it does its bins differ from adaptive pooling's. The bins must follow the adaptive rule for any H and W. Reread “4. Spatial pyramid pooling”.",
        "floor_window_from_actual_size": "A window of floor(H/l) with the same stride leaves the last rows and columns out of every bin, and maps smaller than l give too few bins. Adaptive bins cover the whole map, sharing a row where l does not divide H. Reread “4. Spatial pyramid pooling”.",
        "average_instead_of_max": "Your pyramid averages each bin, but the exercise asks for max pooling per bin, as SPP-net does. Average and max are different layers: an FC head trained on max-pooled bins would read the wrong values. Reread “4. Spatial pyramid pooling”.",
        "levels_reversed": "You join the levels in reverse order. The length is right, but the FC layer after SPP has learned which weight belongs to which feature, so the order of the levels as given is part of the contract. Reread “Exercise 2 · `spatial_pyramid_pool` (3 points)”.",
        "levels_sorted": "Sorting the levels changes the feature order whenever the caller passes them unsorted. The pieces must follow the order given, because the weights of the next layer are tied to feature positions. Reread “Exercise 2 · `spatial_pyramid_pool` (3 points)”.",
        "bins_before_channels": "Your answer orders each level bin by bin (all channels of one bin together), the way a channels-last flatten would. Each (N, C, l, l) piece must be flattened in NCHW order: channel, then bin row, then bin column. Reread “1. Flattening is a reshape”.",
        "concat_per_channel": "Joining the levels per channel (all bins of channel 0 across every level, then channel 1) gives the right length but the wrong order. Each level is flattened to its own (N, C x l x l) piece, and the pieces follow one another level by level.",
        "concat_along_batch_reshaped": "Putting every example's pieces into one long vector and reshaping it back to N rows mixes values from different images in each row. The batch dimension 0 must stay as it is; the pieces are joined along the feature dimension.",
        "flatten_batch_too": "Your flatten also swallows the batch dimension, so all images end up in a single row. Flattening for an FC head keeps dimension 0: every example becomes its own feature vector. Reread “1. Flattening is a reshape”.",
        "levels_ignored": "Your answer always builds the pyramid (1, 2, 4) and ignores the levels argument. The caller chooses the grids, and the output length depends on them: C features per bin, l x l bins per level.",
        "bins_transposed": "Within each channel your bins come out column by column, the l x l grid transposed. The required order is bin row i, then bin column j, the row-major order that flatten(1) reads. Reread “1. Flattening is a reshape”.",
        "always_float32": "You convert the input to float32, so a float64 map comes back in single precision. The result must keep the dtype of x: max pooling only selects values and has no reason to change their precision.",
        "list_not_tensor": "Your function returns the list of per-level pieces instead of one tensor. The FC head after SPP needs a single (N, features) tensor, with the pieces joined along dimension 1.",
    },
}
