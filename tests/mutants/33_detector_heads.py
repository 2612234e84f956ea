"""Known-wrong answers to notebook 33_detector_heads: each one a misconception the notebook explains."""

MUTANTS = {
    "yolo_cell": {
        "row_and_col_swapped": '''
import math

def yolo_cell(cx, cy, image_size, S):
    if not (0 <= cx <= image_size and 0 <= cy <= image_size):
        raise ValueError("outside")
    return min(math.floor(cx * S / image_size), S - 1), min(math.floor(cy * S / image_size), S - 1)
''',
        "rounded_instead_of_floored": '''
def yolo_cell(cx, cy, image_size, S):
    if not (0 <= cx <= image_size and 0 <= cy <= image_size):
        raise ValueError("outside")
    w = image_size / S
    return min(round(cy / w), S - 1), min(round(cx / w), S - 1)
''',
        "far_edge_not_clamped": '''
import math

def yolo_cell(cx, cy, image_size, S):
    if not (0 <= cx <= image_size and 0 <= cy <= image_size):
        raise ValueError("outside")
    return math.floor(cy * S / image_size), math.floor(cx * S / image_size)
''',
        "far_edge_wraps_to_zero": '''
import math

def yolo_cell(cx, cy, image_size, S):
    if not (0 <= cx <= image_size and 0 <= cy <= image_size):
        raise ValueError("outside")
    return math.floor(cy * S / image_size) % S, math.floor(cx * S / image_size) % S
''',
        "integer_cell_width": '''
def yolo_cell(cx, cy, image_size, S):
    if not (0 <= cx <= image_size and 0 <= cy <= image_size):
        raise ValueError("outside")
    w = image_size // S
    return min(int(cy // w), S - 1), min(int(cx // w), S - 1)
''',
        "border_belongs_to_the_cell_before": '''
import math

def yolo_cell(cx, cy, image_size, S):
    if not (0 <= cx <= image_size and 0 <= cy <= image_size):
        raise ValueError("outside")
    w = image_size / S
    return max(math.ceil(cy / w) - 1, 0), max(math.ceil(cx / w) - 1, 0)
''',
        "float_indices": '''
def yolo_cell(cx, cy, image_size, S):
    if not (0 <= cx <= image_size and 0 <= cy <= image_size):
        raise ValueError("outside")
    w = image_size / S
    return min(cy // w, S - 1), min(cx // w, S - 1)
''',
        "list_instead_of_tuple": '''
import math

def yolo_cell(cx, cy, image_size, S):
    if not (0 <= cx <= image_size and 0 <= cy <= image_size):
        raise ValueError("outside")
    return [min(math.floor(cy * S / image_size), S - 1), min(math.floor(cx * S / image_size), S - 1)]
''',
        "outside_centres_clamped_silently": '''
import math

def yolo_cell(cx, cy, image_size, S):
    row = min(max(math.floor(cy * S / image_size), 0), S - 1)
    col = min(max(math.floor(cx * S / image_size), 0), S - 1)
    return row, col
''',
        "only_the_low_side_checked": '''
import math

def yolo_cell(cx, cy, image_size, S):
    if cx < 0 or cy < 0:
        raise ValueError("outside")
    return min(math.floor(cy * S / image_size), S - 1), min(math.floor(cx * S / image_size), S - 1)
''',
        "visible_examples_only": '''
def yolo_cell(cx, cy, image_size, S):
    if cx > image_size or cy > image_size:
        raise ValueError("outside")
    known = {(300, 100, 448, 7): (1, 4), (0, 0, 448, 7): (0, 0), (64, 63.5, 448, 7): (0, 1),
             (447.5, 448, 448, 7): (6, 6)}
    if (cx, cy, image_size, S) in known:
        return known[(cx, cy, image_size, S)]
    w = image_size / S
    return min(round(cy / w), S - 1), min(round(cx / w), S - 1)
''',
    },
    "yolo_output_size": {
        "confidence_forgotten": '''
def yolo_output_size(S, B, C):
    return S * S * (4 * B + C)
''',
        "classes_per_box_like_yolo_v2": '''
def yolo_output_size(S, B, C):
    return S * S * B * (5 + C)
''',
        "grid_not_squared": '''
def yolo_output_size(S, B, C):
    return S * (5 * B + C)
''',
        "float_result": '''
def yolo_output_size(S, B, C):
    return S ** 2.0 * (5 * B + C)
''',
        "visible_examples_only": '''
def yolo_output_size(S, B, C):
    return {(7, 2, 20): 1470, (7, 1, 20): 1225}.get((S, B, C), S * S * (4 * B + C))
''',
    },
    "ssd_prior_count": {
        "size_not_squared": '''
def ssd_prior_count(feature_maps):
    return sum(size * k for size, k in feature_maps)
''',
        "locations_only": '''
def ssd_prior_count(feature_maps):
    return sum(size * size for size, k in feature_maps)
''',
        "six_boxes_everywhere": '''
def ssd_prior_count(feature_maps):
    return sum(size * size * 6 for size, k in feature_maps)
''',
        "last_map_dropped": '''
def ssd_prior_count(feature_maps):
    return sum(size * size * k for size, k in feature_maps[:-1]) if len(feature_maps) > 1 else sum(
        size * size * k for size, k in feature_maps)
''',
        "first_maps_boxes_for_all": '''
def ssd_prior_count(feature_maps):
    if not feature_maps:
        return 0
    k0 = feature_maps[0][1]
    return sum(size * size * k0 for size, k in feature_maps)
''',
        "float_result": '''
def ssd_prior_count(feature_maps):
    return float(sum(size * size * k for size, k in feature_maps))
''',
        "emptied_the_list": '''
def ssd_prior_count(feature_maps):
    total = 0
    while feature_maps:
        size, k = feature_maps.pop()
        total += size * size * k
    return total
''',
        "visible_examples_only": '''
def ssd_prior_count(feature_maps):
    if not feature_maps:
        return 0
    if len(feature_maps) == 6 and tuple(feature_maps[0]) == (38, 4):
        return 8732
    return sum(size * size * 4 for size, k in feature_maps)
''',
    },
}
