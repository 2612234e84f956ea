"""Correct answers for 21_data_augmentation written differently from the reference: each must pass."""

HONEST = {
    "hflip_with_boxes": {
        # index arithmetic on a clone, and flip as a method
        "clone_and_index": '''
def hflip_with_boxes(image, boxes):
    width = image.shape[-1]
    out = boxes.clone()
    out[:, 0] = width - boxes[:, 2]
    out[:, 2] = width - boxes[:, 0]
    return image.flip(-1), out
''',
        # reversed column index, a helper, a loop over the boxes and a print
        "reversed_columns_and_loop_with_print": '''
import torch

def _mirror_edges(x1, x2, width):
    return width - x2, width - x1

def hflip_with_boxes(image, boxes):
    width = image.shape[-1]
    print("flipping", boxes.shape[0], "boxes on a width of", width)
    columns = torch.arange(width - 1, -1, -1, device=image.device)
    rows = []
    for b in boxes:
        left, right = _mirror_edges(b[0], b[2], width)
        rows.append(torch.stack([left, b[1], right, b[3]]))
    new_boxes = torch.stack(rows) if rows else boxes.new_zeros((0, 4))
    return image[..., columns], new_boxes
''',
        # torchvision itself, unwrapped to plain tensors, and a warning
        "torchvision_unwrapped_with_warning": '''
import warnings
import torch
from torchvision import tv_tensors
from torchvision.transforms.v2 import functional as TF

def hflip_with_boxes(image, boxes):
    warnings.warn("using torchvision's own flip")
    H, W = image.shape[-2:]
    wrapped = tv_tensors.BoundingBoxes(boxes, format="XYXY", canvas_size=(H, W))
    return (TF.horizontal_flip(tv_tensors.Image(image)).as_subclass(torch.Tensor),
            TF.horizontal_flip(wrapped).as_subclass(torch.Tensor))
''',
    },
    "mixup": {
        # torch.lerp
        "lerp": '''
import torch

def mixup(x1, y1, x2, y2, lam):
    return torch.lerp(x2, x1, lam), torch.lerp(y2, y1, lam)
''',
        # a helper, out-of-place add with alpha, and a warning
        "helper_with_alpha_and_warning": '''
import warnings
import torch

def _blend(a, b, w):
    return torch.add(b * (1.0 - w), a, alpha=w)

def mixup(x1, y1, x2, y2, lam):
    if lam in (0.0, 1.0):
        warnings.warn("lam at an end: nothing is mixed")
    return (_blend(x1, x2, lam), _blend(y1, y2, lam))
''',
        # x2 + lam * (x1 - x2) in place on clones, with a print
        "in_place_on_clones_with_print": '''
def mixup(x1, y1, x2, y2, lam):
    print("mixing with lam =", lam)
    x = x2.clone()
    x += lam * (x1 - x2)
    y = y2.clone()
    y += lam * (y1 - y2)
    return x, y
''',
    },
}
