"""Known-wrong answers for 21_data_augmentation: each must fail its exercise's tests."""

MUTANTS = {
    "hflip_with_boxes": {
        # SYLLABUS ✗: each x mapped to W - x, but x1 and x2 not swapped: x1 > x2.
        "x1_x2_not_swapped": '''
import torch

def hflip_with_boxes(image, boxes):
    W = image.shape[-1]
    x1, y1, x2, y2 = boxes.unbind(dim=1)
    return torch.flip(image, dims=[-1]), torch.stack([W - x1, y1, W - x2, y2], dim=1)
''',
        # the flip of a pixel index (W - 1 - x) used on edge coordinates: one pixel off.
        "pixel_index_offset": '''
import torch

def hflip_with_boxes(image, boxes):
    W = image.shape[-1]
    x1, y1, x2, y2 = boxes.unbind(dim=1)
    return torch.flip(image, dims=[-1]), torch.stack([W - 1 - x2, y1, W - 1 - x1, y2], dim=1)
''',
        # the height instead of the width: right on square images only.
        "height_instead_of_width": '''
import torch

def hflip_with_boxes(image, boxes):
    W = image.shape[1]
    x1, y1, x2, y2 = boxes.unbind(dim=1)
    return torch.flip(image, dims=[-1]), torch.stack([W - x2, y1, W - x1, y2], dim=1)
''',
        # the image flipped, the boxes left where they were.
        "boxes_not_moved": '''
import torch

def hflip_with_boxes(image, boxes):
    return torch.flip(image, dims=[-1]), boxes.clone()
''',
        # the boxes moved, the image not flipped.
        "image_not_flipped": '''
import torch

def hflip_with_boxes(image, boxes):
    W = image.shape[-1]
    x1, y1, x2, y2 = boxes.unbind(dim=1)
    return image.clone(), torch.stack([W - x2, y1, W - x1, y2], dim=1)
''',
        # the image turned upside down instead of mirrored.
        "vertical_image_flip": '''
import torch

def hflip_with_boxes(image, boxes):
    W = image.shape[-1]
    x1, y1, x2, y2 = boxes.unbind(dim=1)
    return torch.flip(image, dims=[-2]), torch.stack([W - x2, y1, W - x1, y2], dim=1)
''',
        # the y coordinates flipped as well.
        "y_flipped_too": '''
import torch

def hflip_with_boxes(image, boxes):
    H, W = image.shape[-2:]
    x1, y1, x2, y2 = boxes.unbind(dim=1)
    return torch.flip(image, dims=[-1]), torch.stack([W - x2, H - y2, W - x1, H - y1], dim=1)
''',
        # right values, but written into the caller's boxes.
        "boxes_modified_in_place": '''
import torch

def hflip_with_boxes(image, boxes):
    W = image.shape[-1]
    boxes[:, [0, 2]] = W - boxes[:, [2, 0]]
    return torch.flip(image, dims=[-1]), boxes
''',
        # a list instead of a tuple.
        "returns_a_list": '''
import torch

def hflip_with_boxes(image, boxes):
    W = image.shape[-1]
    x1, y1, x2, y2 = boxes.unbind(dim=1)
    return [torch.flip(image, dims=[-1]), torch.stack([W - x2, y1, W - x1, y2], dim=1)]
''',
        # written for the visible tests: the width of 100 hard-coded.
        "width_100_for_the_visible_tests": '''
import torch

def hflip_with_boxes(image, boxes):
    x1, y1, x2, y2 = boxes.unbind(dim=1)
    return torch.flip(image, dims=[-1]), torch.stack([100 - x2, y1, 100 - x1, y2], dim=1)
''',
    },
    "mixup": {
        # SYLLABUS ✗: only the images are mixed, the label of the first example is kept.
        "images_only": '''
def mixup(x1, y1, x2, y2, lam):
    return lam * x1 + (1 - lam) * x2, y1.clone()
''',
        # the labels weighted with 1 - lam: each label on the wrong image.
        "labels_with_one_minus_lam": '''
def mixup(x1, y1, x2, y2, lam):
    return lam * x1 + (1 - lam) * x2, (1 - lam) * y1 + lam * y2
''',
        # the label rounded to the dominant example.
        "hard_label_of_the_dominant_example": '''
def mixup(x1, y1, x2, y2, lam):
    return lam * x1 + (1 - lam) * x2, (y1 if lam >= 0.5 else y2).clone()
''',
        # lam on the second image but on the first label.
        "images_with_one_minus_lam": '''
def mixup(x1, y1, x2, y2, lam):
    return (1 - lam) * x1 + lam * x2, lam * y1 + (1 - lam) * y2
''',
        # the right values, computed in place in x1 and y1.
        "in_place_on_the_inputs": '''
def mixup(x1, y1, x2, y2, lam):
    return x1.mul_(lam).add_((1 - lam) * x2), y1.mul_(lam).add_((1 - lam) * y2)
''',
        # a list instead of a tuple.
        "returns_a_list": '''
def mixup(x1, y1, x2, y2, lam):
    return [lam * x1 + (1 - lam) * x2, lam * y1 + (1 - lam) * y2]
''',
        # written for the visible tests: lam = 0.3 hard-coded.
        "lam_03_for_the_visible_tests": '''
def mixup(x1, y1, x2, y2, lam):
    return 0.3 * x1 + 0.7 * x2, 0.3 * y1 + 0.7 * y2
''',
    },
}
