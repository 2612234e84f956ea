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

EXPLANATIONS = {
    "hflip_with_boxes": {
        "x1_x2_not_swapped": "Your answer maps each x to W - x on its own, so the new left edge is bigger than the new right one: a box of negative width. After a mirror the old right edge becomes the left edge, so the two x coordinates swap roles. Reread “3. Boxes and masks move with the image”.",
        "pixel_index_offset": "Your answer uses W - 1 - x, the flip of a pixel index, on edge coordinates, so every box lands one pixel to the left. Box coordinates are positions of pixel edges, and an edge at x goes to W - x. Reread “3. Boxes and masks move with the image”.",
        "height_instead_of_width": "Your answer reads the height from image.shape[1] where the width is needed; for a (C, H, W) image the width is the last axis, so your boxes are right on square images only. Reread “3. Boxes and masks move with the image”.",
        "boxes_not_moved": "Your answer mirrors the image but leaves the boxes where they were, so they no longer surround their objects. A geometric transform must move the boxes in exactly the same way as the image. Reread “3. Boxes and masks move with the image”.",
        "image_not_flipped": "Your answer moves the boxes but returns the image unflipped, so the boxes now point at the mirror positions of the objects. The image's columns must be reversed along with the boxes. Reread “3. Boxes and masks move with the image”.",
        "vertical_image_flip": "Your answer flips the image along the rows, turning it upside down, while the boxes are mirrored left to right. A horizontal flip reverses the columns, the last axis of a (C, H, W) image. Reread “3. Boxes and masks move with the image”.",
        "y_flipped_too": "Your answer also flips the y coordinates, as if the image had turned upside down. A horizontal mirror only changes columns: the rows, and with them y1 and y2, stay as they are. Reread “3. Boxes and masks move with the image”.",
        "boxes_modified_in_place": "Your answer writes the flipped coordinates into the caller's boxes tensor. The values are right, but the contract says not to modify the inputs: the caller may still need the original boxes, for example for the unflipped image.",
        "returns_a_list": "Your answer returns a list, but the contract is a tuple (flipped_image, flipped_boxes). A tuple is the fixed pair that the tests and the caller unpack; keep the return type exactly as specified.",
        "width_100_for_the_visible_tests": "Your answer hard-codes the width 100 of the visible test image, so boxes on any other image size go wrong. The flip must use the width of the image it is given. Reread “3. Boxes and masks move with the image”.",
    },
    "mixup": {
        "images_only": "Your answer mixes the images but keeps the first label, demanding full certainty about a picture that is partly something else. Mixup mixes the labels too, with the same lambda. Reread “5. Mixup: mix the images and the labels”.",
        "labels_with_one_minus_lam": "Your answer weights the labels with 1 - lambda where the images get lambda, so each label carries the other image's weight (unnoticed only at 0.5). Images and labels share the same lambda on the first example. Reread “5. Mixup: mix the images and the labels”.",
        "hard_label_of_the_dominant_example": "Your answer rounds the label to the dominant example, throwing away the soft target. A blend that is 70% one image and 30% another should get a 70/30 label, mixed with the same lambda. Reread “5. Mixup: mix the images and the labels”.",
        "images_with_one_minus_lam": "Your answer puts lambda on the second image but on the first label, so the label describes the wrong blend. lambda is the weight of the first example, in the images and the labels alike. Reread “5. Mixup: mix the images and the labels”.",
        "in_place_on_the_inputs": "Your answer computes the mix in place in x1 and y1, so the caller's first example is overwritten. The values are right, but mixup must return new tensors and leave every input unchanged.",
        "returns_a_list": "Your answer returns a list, but the contract is a tuple (x, y), images first. Keep the return type exactly as specified, so that callers and tests get the pair they expect.",
        "lam_03_for_the_visible_tests": "Your answer hard-codes lambda = 0.3 from the visible test and ignores the lam argument. The mix must use the lambda it is given, drawn anew from a Beta distribution in training. Reread “5. Mixup: mix the images and the labels”.",
    },
}
