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

EXPLANATIONS = {
    "yolo_cell": {
        "row_and_col_swapped": "Your answer returns (col, row). The vertical coordinate cy picks the row and the horizontal cx picks the column, and the result is ordered (row, col), like indexing an image tensor. Reread “3. One-stage: YOLO's grid”.",
        "rounded_instead_of_floored": "Your answer rounds the coordinate divided by the cell width, so a centre past the middle of a cell is sent to the next one. A cell index counts the whole cells before the coordinate: it is floored, never rounded. Reread “3. One-stage: YOLO's grid”.",
        "far_edge_not_clamped": "Your answer gives index S for a centre exactly on the right or bottom edge of the image, and the grid has no cell S. The far edge is a legal centre and belongs to the last cell, S - 1. Reread “Exercise 1 · `yolo_cell` (3 points)”.",
        "far_edge_wraps_to_zero": "Your modulo sends a centre on the right or bottom edge to cell 0, the opposite side of the image. A centre on the far edge belongs to the last cell, S - 1, the one next to it; only there does the cell count reach S. Reread “Exercise 1 · `yolo_cell` (3 points)”.",
        "integer_cell_width": "Your answer uses a whole-number cell width, but the cell width is image_size / S and need not be an integer; rounding it down makes the cells too narrow and shifts centres into the wrong cell. Reread “Exercise 1 · `yolo_cell` (3 points)”.",
        "border_belongs_to_the_cell_before": "Your answer puts a centre lying exactly on a cell border into the cell before it. Cells are half-open intervals that include their left or top border, so a border point belongs to the cell after it. Reread “Exercise 1 · `yolo_cell` (3 points)”.",
        "float_indices": "Your indices are floats such as 4.0: floor division on floats returns a float. The contract is a tuple of two Python ints, since the indices are used to index a grid and a float index fails there; floor to an int.",
        "list_instead_of_tuple": "Your values are right, but you return a list. The exercise asks for a plain tuple (row, col), the usual immutable type of an index pair, which can be hashed or used directly as a key; keep to the stated return type.",
        "outside_centres_clamped_silently": "Your answer clamps a centre outside the image into a border cell instead of raising ValueError. Such a centre is a bug in the boxes, and hiding it assigns an object to a cell that does not contain it; the contract says to raise.",
        "only_the_low_side_checked": "Your answer raises only for negative coordinates; a centre beyond image_size is silently put in the last cell. The image ends at image_size on both axes, so a coordinate above it is outside and must raise ValueError too.",
        "visible_examples_only": "Your answer hard-codes the visible examples and rounds everywhere else, and it does not reject negative centres. A responsible cell is found by one rule for every centre: whole cells before each coordinate, far edge in the last cell. Reread “3. One-stage: YOLO's grid”.",
    },
    "yolo_output_size": {
        "confidence_forgotten": "Your count gives each box 4 numbers, forgetting the confidence. In YOLO v1 every box predicts 5 numbers, x, y, w, h and a confidence trained towards Pr(object) times IoU, plus one class set per cell. Reread “3. One-stage: YOLO's grid”.",
        "classes_per_box_like_yolo_v2": "Your count gives every box its own class distribution, the anchor-based layout of YOLO v2 and later. YOLO v1 predicts one set of C class probabilities per cell, shared by the cell's B boxes. Reread “3. One-stage: YOLO's grid”.",
        "grid_not_squared": "Your count multiplies by S, but the grid is two-dimensional: S x S cells, each predicting its boxes and its class probabilities. Reread “3. One-stage: YOLO's grid”.",
        "float_result": "Your count is a float, because a float exponent makes the product a float. The number of outputs is a count and the contract is a plain Python int; integer arithmetic keeps it one.",
        "visible_examples_only": "Your answer returns the two visible examples from a table and forgets the confidence everywhere else. A head's output size follows one rule for every S, B and C: numbers per cell times the number of cells. Reread “3. One-stage: YOLO's grid”.",
    },
    "ssd_prior_count": {
        "size_not_squared": "Your count multiplies each map's side by its boxes per location, but a size x size map has size squared locations, each carrying its own default boxes. Reread “4. One-stage: SSD's default boxes on several scales”.",
        "locations_only": "Your answer counts the locations of each map but not the default boxes at each location. Every location carries several default boxes of different scales and aspect ratios, and each one is a prior. Reread “4. One-stage: SSD's default boxes on several scales”.",
        "six_boxes_everywhere": "Your answer assumes 6 default boxes at every location, but the number of boxes per location is given per map (SSD300 uses 4 on some maps and 6 on others); use each map's own count. Reread “4. One-stage: SSD's default boxes on several scales”.",
        "last_map_dropped": "Your sum leaves out the last feature map. Every map of the list contributes its priors, the coarsest one included: SSD's 1 x 1 map is the one that sees the largest objects. Reread “4. One-stage: SSD's default boxes on several scales”.",
        "first_maps_boxes_for_all": "Your answer uses the first map's number of boxes per location for every map. Each pair gives its own boxes_per_location, and in SSD it changes from map to map. Reread “4. One-stage: SSD's default boxes on several scales”.",
        "float_result": "Your total is a float. A number of default boxes is a count and the contract is a plain Python int; converting it to float breaks that contract for no reason.",
        "emptied_the_list": "Your total is right, but popping the pairs empties the caller's list, so the configuration is gone after the call. The exercise says not to modify the list; iterate over it instead.",
        "visible_examples_only": "Your answer returns the SSD300 total from memory and assumes 4 boxes per location elsewhere. The count follows one rule for any configuration: locations of each map times its own boxes per location, summed. Reread “4. One-stage: SSD's default boxes on several scales”.",
    },
}
