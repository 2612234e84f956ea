"""Known-wrong answers for 50_interpretability: each must fail its exercise's tests (tests/mutation.py)."""

_GC_HEAD = '''
import torch
import torch.nn.functional as F

def _parts(model, layer, x, class_index, score=lambda s: s):
    saved = []
    handle = layer.register_forward_hook(lambda m, i, o: saved.append(o))
    try:
        scores = score(model(x.detach().clone().requires_grad_(True)))
    finally:
        handle.remove()
    rows = torch.arange(scores.shape[0], device=scores.device)
    (grad,) = torch.autograd.grad(scores[rows, class_index].sum(), saved[-1])
    return saved[-1], grad

def _finish(cam, x):
    cam = F.interpolate(cam[:, None], size=x.shape[-2:], mode="bilinear", align_corners=False)[:, 0]
    peak = cam.flatten(1).amax(dim=1).view(-1, 1, 1)
    return (cam / torch.where(peak > 0, peak, torch.ones_like(peak))).detach()
'''


def _gc(body):
    return _GC_HEAD + "\ndef grad_cam(model, layer, x, class_index):\n" + body


MUTANTS = {
    "grad_cam": {
        "no_relu": _gc('''
    A, grad = _parts(model, layer, x, class_index)
    return _finish((grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1), x)
'''),
        "softmax_probability_as_score": _gc('''
    A, grad = _parts(model, layer, x, class_index, score=lambda s: s.softmax(dim=1))
    return _finish((grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1).relu(), x)
'''),
        "log_softmax_as_score": _gc('''
    A, grad = _parts(model, layer, x, class_index, score=lambda s: s.log_softmax(dim=1))
    return _finish((grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1).relu(), x)
'''),
        "forward_hook_left_behind": '''
import torch
import torch.nn.functional as F

def grad_cam(model, layer, x, class_index):
    saved = []
    layer.register_forward_hook(lambda m, i, o: saved.append(o))
    scores = model(x.detach().clone().requires_grad_(True))
    rows = torch.arange(scores.shape[0], device=scores.device)
    (grad,) = torch.autograd.grad(scores[rows, class_index].sum(), saved[-1])
    cam = (grad.mean(dim=(2, 3), keepdim=True) * saved[-1]).sum(dim=1, keepdim=True).relu()
    cam = F.interpolate(cam, size=x.shape[-2:], mode="bilinear", align_corners=False)[:, 0]
    peak = cam.flatten(1).amax(dim=1).view(-1, 1, 1)
    return (cam / torch.where(peak > 0, peak, torch.ones_like(peak))).detach()
''',
        "backward_hook_left_behind": '''
import torch
import torch.nn.functional as F

def grad_cam(model, layer, x, class_index):
    saved, grads = [], []
    forward = layer.register_forward_hook(lambda m, i, o: saved.append(o))
    layer.register_full_backward_hook(lambda m, gi, go: grads.append(go[0]))
    params = list(model.parameters())
    stored = [p.grad for p in params]
    scores = model(x.detach().clone().requires_grad_(True))
    forward.remove()
    rows = torch.arange(scores.shape[0], device=scores.device)
    scores[rows, class_index].sum().backward()
    for p, g in zip(params, stored):
        p.grad = g
    cam = (grads[-1].mean(dim=(2, 3), keepdim=True) * saved[-1]).sum(dim=1, keepdim=True).relu()
    cam = F.interpolate(cam, size=x.shape[-2:], mode="bilinear", align_corners=False)[:, 0]
    peak = cam.flatten(1).amax(dim=1).view(-1, 1, 1)
    return (cam / torch.where(peak > 0, peak, torch.ones_like(peak))).detach()
''',
        "not_normalized": _gc('''
    A, grad = _parts(model, layer, x, class_index)
    cam = (grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1, keepdim=True).relu()
    return F.interpolate(cam, size=x.shape[-2:], mode="bilinear", align_corners=False)[:, 0].detach()
'''),
        "normalized_before_upsampling": _gc('''
    A, grad = _parts(model, layer, x, class_index)
    cam = (grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1).relu()
    peak = cam.flatten(1).amax(dim=1).view(-1, 1, 1)
    cam = cam / torch.where(peak > 0, peak, torch.ones_like(peak))
    return F.interpolate(cam[:, None], size=x.shape[-2:], mode="bilinear", align_corners=False)[:, 0].detach()
'''),
        "min_max_normalization": _gc('''
    A, grad = _parts(model, layer, x, class_index)
    cam = (grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1, keepdim=True).relu()
    cam = F.interpolate(cam, size=x.shape[-2:], mode="bilinear", align_corners=False)[:, 0]
    low = cam.flatten(1).amin(dim=1).view(-1, 1, 1)
    span = cam.flatten(1).amax(dim=1).view(-1, 1, 1) - low
    return ((cam - low) / torch.where(span > 0, span, torch.ones_like(span))).detach()
'''),
        "one_maximum_for_the_whole_batch": _gc('''
    A, grad = _parts(model, layer, x, class_index)
    cam = (grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1, keepdim=True).relu()
    cam = F.interpolate(cam, size=x.shape[-2:], mode="bilinear", align_corners=False)[:, 0]
    peak = cam.max()
    return (cam / peak if peak > 0 else cam).detach()
'''),
        "nearest_upsampling": _gc('''
    A, grad = _parts(model, layer, x, class_index)
    cam = (grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1, keepdim=True).relu()
    cam = F.interpolate(cam, size=x.shape[-2:], mode="nearest")[:, 0]
    peak = cam.flatten(1).amax(dim=1).view(-1, 1, 1)
    return (cam / torch.where(peak > 0, peak, torch.ones_like(peak))).detach()
'''),
        "align_corners_true": _gc('''
    A, grad = _parts(model, layer, x, class_index)
    cam = (grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1, keepdim=True).relu()
    cam = F.interpolate(cam, size=x.shape[-2:], mode="bilinear", align_corners=True)[:, 0]
    peak = cam.flatten(1).amax(dim=1).view(-1, 1, 1)
    return (cam / torch.where(peak > 0, peak, torch.ones_like(peak))).detach()
'''),
        "no_upsampling_passes_only_the_visible_tests": _gc('''
    A, grad = _parts(model, layer, x, class_index)
    cam = (grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1).relu()
    peak = cam.flatten(1).amax(dim=1).view(-1, 1, 1)
    return (cam / torch.where(peak > 0, peak, torch.ones_like(peak))).detach()
'''),
        "gradient_times_activation_without_pooling": _gc('''
    A, grad = _parts(model, layer, x, class_index)
    return _finish((grad * A).sum(dim=1).relu(), x)
'''),
        "nan_for_an_all_zero_map": _gc('''
    A, grad = _parts(model, layer, x, class_index)
    cam = (grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1, keepdim=True).relu()
    cam = F.interpolate(cam, size=x.shape[-2:], mode="bilinear", align_corners=False)[:, 0]
    return (cam / cam.flatten(1).amax(dim=1).view(-1, 1, 1)).detach()
'''),
        "predicted_class_instead_of_class_index": _gc('''
    with torch.no_grad():
        predicted = model(x).argmax(dim=1)
    A, grad = _parts(model, layer, x, predicted)
    return _finish((grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1).relu(), x)
'''),
        "backward_leaves_gradients_in_parameters": '''
import torch
import torch.nn.functional as F

def grad_cam(model, layer, x, class_index):
    saved = []
    def keep(module, inputs, output):
        output.retain_grad()
        saved.append(output)
    handle = layer.register_forward_hook(keep)
    try:
        scores = model(x.detach().clone().requires_grad_(True))
    finally:
        handle.remove()
    rows = torch.arange(scores.shape[0], device=scores.device)
    scores[rows, class_index].sum().backward()
    A = saved[-1]
    cam = (A.grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1, keepdim=True).relu()
    cam = F.interpolate(cam, size=x.shape[-2:], mode="bilinear", align_corners=False)[:, 0]
    peak = cam.flatten(1).amax(dim=1).view(-1, 1, 1)
    return (cam / torch.where(peak > 0, peak, torch.ones_like(peak))).detach()
''',
        "zero_grad_clears_stored_gradients": '''
import torch
import torch.nn.functional as F

def grad_cam(model, layer, x, class_index):
    saved = []
    def keep(module, inputs, output):
        output.retain_grad()
        saved.append(output)
    handle = layer.register_forward_hook(keep)
    try:
        scores = model(x.detach().clone().requires_grad_(True))
    finally:
        handle.remove()
    rows = torch.arange(scores.shape[0], device=scores.device)
    scores[rows, class_index].sum().backward()
    model.zero_grad()
    A = saved[-1]
    cam = (A.grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1, keepdim=True).relu()
    cam = F.interpolate(cam, size=x.shape[-2:], mode="bilinear", align_corners=False)[:, 0]
    peak = cam.flatten(1).amax(dim=1).view(-1, 1, 1)
    return (cam / torch.where(peak > 0, peak, torch.ones_like(peak))).detach()
''',
        "switches_the_model_to_eval_mode": _gc('''
    model.eval()
    A, grad = _parts(model, layer, x, class_index)
    return _finish((grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1).relu(), x)
'''),
        "fails_on_a_frozen_model": '''
import torch
import torch.nn.functional as F

def grad_cam(model, layer, x, class_index):
    saved = []
    handle = layer.register_forward_hook(lambda m, i, o: saved.append(o))
    try:
        scores = model(x)
    finally:
        handle.remove()
    rows = torch.arange(scores.shape[0], device=scores.device)
    A = saved[-1]
    if not A.requires_grad:                      # nothing to differentiate: return an empty map
        return torch.zeros(x.shape[0], *x.shape[-2:], dtype=x.dtype, device=x.device)
    (grad,) = torch.autograd.grad(scores[rows, class_index].sum(), A)
    cam = (grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1, keepdim=True).relu()
    cam = F.interpolate(cam, size=x.shape[-2:], mode="bilinear", align_corners=False)[:, 0]
    peak = cam.flatten(1).amax(dim=1).view(-1, 1, 1)
    return (cam / torch.where(peak > 0, peak, torch.ones_like(peak))).detach()
''',
        "keeps_a_channel_dimension": _gc('''
    A, grad = _parts(model, layer, x, class_index)
    return _finish((grad.mean(dim=(2, 3), keepdim=True) * A).sum(dim=1).relu(), x)[:, None]
'''),
    },
    "occlusion_map": {
        "score_instead_of_its_drop": '''
import torch

def occlusion_map(model, x, class_index, patch, stride):
    n, _, H, W = x.shape
    rows = torch.arange(n, device=x.device)
    out = torch.empty(n, (H - patch) // stride + 1, (W - patch) // stride + 1, dtype=x.dtype, device=x.device)
    with torch.no_grad():
        for i in range(out.shape[1]):
            for j in range(out.shape[2]):
                occluded = x.clone()
                occluded[:, :, i * stride:i * stride + patch, j * stride:j * stride + patch] = 0
                out[:, i, j] = model(occluded)[rows, class_index]
    return out
''',
        "drop_with_the_wrong_sign": '''
import torch

def occlusion_map(model, x, class_index, patch, stride):
    n, _, H, W = x.shape
    rows = torch.arange(n, device=x.device)
    out = torch.empty(n, (H - patch) // stride + 1, (W - patch) // stride + 1, dtype=x.dtype, device=x.device)
    with torch.no_grad():
        clean = model(x)[rows, class_index]
        for i in range(out.shape[1]):
            for j in range(out.shape[2]):
                occluded = x.clone()
                occluded[:, :, i * stride:i * stride + patch, j * stride:j * stride + patch] = 0
                out[:, i, j] = model(occluded)[rows, class_index] - clean
    return out
''',
        "drop_of_the_softmax_probability": '''
import torch

def occlusion_map(model, x, class_index, patch, stride):
    n, _, H, W = x.shape
    rows = torch.arange(n, device=x.device)
    out = torch.empty(n, (H - patch) // stride + 1, (W - patch) // stride + 1, dtype=x.dtype, device=x.device)
    with torch.no_grad():
        clean = model(x).softmax(dim=1)[rows, class_index]
        for i in range(out.shape[1]):
            for j in range(out.shape[2]):
                occluded = x.clone()
                occluded[:, :, i * stride:i * stride + patch, j * stride:j * stride + patch] = 0
                out[:, i, j] = clean - model(occluded).softmax(dim=1)[rows, class_index]
    return out
''',
        "filled_with_the_image_mean": '''
import torch

def occlusion_map(model, x, class_index, patch, stride):
    n, _, H, W = x.shape
    rows = torch.arange(n, device=x.device)
    out = torch.empty(n, (H - patch) // stride + 1, (W - patch) // stride + 1, dtype=x.dtype, device=x.device)
    fill = x.mean(dim=(1, 2, 3), keepdim=True)
    with torch.no_grad():
        clean = model(x)[rows, class_index]
        for i in range(out.shape[1]):
            for j in range(out.shape[2]):
                mask = torch.ones_like(x)
                mask[:, :, i * stride:i * stride + patch, j * stride:j * stride + patch] = 0
                out[:, i, j] = clean - model(x * mask + fill * (1 - mask))[rows, class_index]
    return out
''',
        "occludes_only_the_first_channel": '''
import torch

def occlusion_map(model, x, class_index, patch, stride):
    n, _, H, W = x.shape
    rows = torch.arange(n, device=x.device)
    out = torch.empty(n, (H - patch) // stride + 1, (W - patch) // stride + 1, dtype=x.dtype, device=x.device)
    with torch.no_grad():
        clean = model(x)[rows, class_index]
        for i in range(out.shape[1]):
            for j in range(out.shape[2]):
                occluded = x.clone()
                occluded[:, 0, i * stride:i * stride + patch, j * stride:j * stride + patch] = 0
                out[:, i, j] = clean - model(occluded)[rows, class_index]
    return out
''',
        "partial_windows_at_the_edges": '''
import torch

def occlusion_map(model, x, class_index, patch, stride):
    n, _, H, W = x.shape
    rows = torch.arange(n, device=x.device)
    tops, lefts = range(0, H, stride), range(0, W, stride)
    out = torch.empty(n, len(tops), len(lefts), dtype=x.dtype, device=x.device)
    with torch.no_grad():
        clean = model(x)[rows, class_index]
        for i, top in enumerate(tops):
            for j, left in enumerate(lefts):
                occluded = x.clone()
                occluded[:, :, top:top + patch, left:left + patch] = 0
                out[:, i, j] = clean - model(occluded)[rows, class_index]
    return out
''',
        "stride_taken_equal_to_patch": '''
import torch

def occlusion_map(model, x, class_index, patch, stride):
    n, _, H, W = x.shape
    rows = torch.arange(n, device=x.device)
    out = torch.empty(n, H // patch, W // patch, dtype=x.dtype, device=x.device)
    with torch.no_grad():
        clean = model(x)[rows, class_index]
        for i in range(out.shape[1]):
            for j in range(out.shape[2]):
                occluded = x.clone()
                occluded[:, :, i * patch:(i + 1) * patch, j * patch:(j + 1) * patch] = 0
                out[:, i, j] = clean - model(occluded)[rows, class_index]
    return out
''',
        "zeroes_windows_of_x_in_place": '''
import torch

def occlusion_map(model, x, class_index, patch, stride):
    n, _, H, W = x.shape
    rows = torch.arange(n, device=x.device)
    out = torch.empty(n, (H - patch) // stride + 1, (W - patch) // stride + 1, dtype=x.dtype, device=x.device)
    with torch.no_grad():
        clean = model(x)[rows, class_index]
        for i in range(out.shape[1]):
            for j in range(out.shape[2]):
                window = x[:, :, i * stride:i * stride + patch, j * stride:j * stride + patch]
                window.zero_()
                out[:, i, j] = clean - model(x)[rows, class_index]
    return out
''',
        "keeps_autograd_history": '''
import torch

def occlusion_map(model, x, class_index, patch, stride):
    n, _, H, W = x.shape
    rows = torch.arange(n, device=x.device)
    clean = model(x)[rows, class_index]
    out = []
    for i in range((H - patch) // stride + 1):
        line = []
        for j in range((W - patch) // stride + 1):
            occluded = x.clone()
            occluded[:, :, i * stride:i * stride + patch, j * stride:j * stride + patch] = 0
            line.append(clean - model(occluded)[rows, class_index])
        out.append(torch.stack(line, dim=1))
    return torch.stack(out, dim=1)
''',
        "predicted_class_instead_of_class_index": '''
import torch

def occlusion_map(model, x, class_index, patch, stride):
    n, _, H, W = x.shape
    rows = torch.arange(n, device=x.device)
    out = torch.empty(n, (H - patch) // stride + 1, (W - patch) // stride + 1, dtype=x.dtype, device=x.device)
    with torch.no_grad():
        scores = model(x)
        cls = scores.argmax(dim=1)
        clean = scores[rows, cls]
        for i in range(out.shape[1]):
            for j in range(out.shape[2]):
                occluded = x.clone()
                occluded[:, :, i * stride:i * stride + patch, j * stride:j * stride + patch] = 0
                out[:, i, j] = clean - model(occluded)[rows, cls]
    return out
''',
        "rows_and_columns_swapped": '''
import torch

def occlusion_map(model, x, class_index, patch, stride):
    n, _, H, W = x.shape
    rows = torch.arange(n, device=x.device)
    n_h, n_w = (H - patch) // stride + 1, (W - patch) // stride + 1
    out = torch.empty(n, n_h, n_w, dtype=x.dtype, device=x.device)
    with torch.no_grad():
        clean = model(x)[rows, class_index]
        for k in range(n_h * n_w):
            i, j = k % n_h, k // n_h
            occluded = x.clone()
            occluded[:, :, i * stride:i * stride + patch, j * stride:j * stride + patch] = 0
            out.view(n, -1)[:, k] = clean - model(occluded)[rows, class_index]
    return out
''',
    },
}

EXPLANATIONS = {
    "grad_cam": {
        "no_relu": "Your map skips the ReLU, so regions whose features speak for other classes (negative weighted sum) are mixed into the map of c. Grad-CAM keeps positive evidence only. Reread “4 · CAM and Grad-CAM”.",
        "softmax_probability_as_score": "Your answer differentiates the softmax probability. Its gradient mixes in every other class and vanishes when the model is confident; Grad-CAM uses the pre-softmax logit y_c. Reread “3 · Saliency maps: the gradient with respect to the input”.",
        "log_softmax_as_score": "Your answer differentiates the log-softmax, which subtracts a term that depends on all classes, so the gradient shows what separates c from the others, not the evidence for c. The score is the logit itself. Reread “3 · Saliency maps: the gradient with respect to the input”.",
        "forward_hook_left_behind": "Your forward hook is never removed: it runs on every later forward pass, keeps each batch's activations alive, and a second call stacks a second hook. Keep the handle and remove it in a finally block. Reread “4 · CAM and Grad-CAM”.",
        "backward_hook_left_behind": "Your backward hook is never removed, so it keeps firing on every later backward pass of the model and piling up gradients. Every hook you register must be removed before the function returns. Reread “4 · CAM and Grad-CAM”.",
        "not_normalized": "Your map is never divided by its maximum, so its values depend on the model's scale instead of lying in [0, 1] with a largest value of 1. Normalize each upsampled map by its own maximum. Reread “Exercise 1 · `grad_cam` (4 points)”.",
        "normalized_before_upsampling": "You divide by the maximum before upsampling; bilinear interpolation then lowers the peak, so the largest value of the returned map is no longer 1. Upsample first, then divide by the maximum of the upsampled map. Reread “Exercise 1 · `grad_cam` (4 points)”.",
        "min_max_normalization": "Subtracting the minimum shifts every map so that its weakest cell becomes 0, which changes the relative evidence between regions. Grad-CAM only divides by the maximum: zero stays 'no evidence'. Reread “Exercise 1 · `grad_cam` (4 points)”.",
        "one_maximum_for_the_whole_batch": "Your answer divides the whole batch by one common maximum, so only one image gets a peak of 1. The images are explained independently: each map is divided by its own maximum. Reread “Exercise 1 · `grad_cam` (4 points)”.",
        "nearest_upsampling": "Your answer upsamples with nearest-neighbour interpolation, which gives blocky maps and different values. The exercise fixes bilinear interpolation (align_corners=False) from the layer's coarse grid to the input size. Reread “4 · CAM and Grad-CAM”.",
        "align_corners_true": "align_corners=True places the samples differently from the bilinear resize the exercise asks for (align_corners=False), so your values are shifted. Use the interpolation settings given in the notebook. Reread “Exercise 1 · `grad_cam` (4 points)”.",
        "no_upsampling_passes_only_the_visible_tests": "Your map stays at the layer's coarse resolution. Grad-CAM's map must be upsampled to the input's height and width, so the result has shape (N, H, W) and can be laid over the image. Reread “4 · CAM and Grad-CAM”.",
        "gradient_times_activation_without_pooling": "Your answer multiplies the gradient and the activation position by position. Grad-CAM first averages the gradient over the h x w positions to get one weight alpha_k per channel, then weighs each whole map A_k by it. Reread “4 · CAM and Grad-CAM”.",
        "nan_for_an_all_zero_map": "When the model sees no positive evidence, the map is zero everywhere and dividing by its maximum gives 0/0 = NaN. Such a map must come back as zeros. Reread “Exercise 1 · `grad_cam` (4 points)”.",
        "predicted_class_instead_of_class_index": "Your answer explains the predicted class instead of the class it was asked for. Grad-CAM is class-specific: the caller chooses c, which may be another class than the prediction. Reread “Exercise 1 · `grad_cam` (4 points)”.",
        "backward_leaves_gradients_in_parameters": "backward() accumulates gradients into every parameter's .grad, a side effect on the caller's model. torch.autograd.grad returns the gradient with respect to A without touching any .grad. Reread “4 · CAM and Grad-CAM”.",
        "zero_grad_clears_stored_gradients": "Clearing the model's gradients after backward() also destroys any gradient the caller had stored. The .grad of every parameter must stay exactly as it was: take the gradient without writing into .grad. Reread “4 · CAM and Grad-CAM”.",
        "switches_the_model_to_eval_mode": "Your answer calls model.eval() and leaves the model there. Use the model in the mode it is in: an explanation tool must not change the model's mode. Reread “Exercise 1 · `grad_cam` (4 points)”.",
        "fails_on_a_frozen_model": "On a frozen model nothing in the graph requires grad, so your answer returns empty maps. Differentiate with respect to a copy of x that requires grad, which puts A in the autograd graph. Reread “Exercise 1 · `grad_cam` (4 points)”.",
        "keeps_a_channel_dimension": "Your result keeps a channel dimension of size 1. The contract is one map per image, of shape (N, H, W); an extra dimension breaks every caller that indexes or plots the maps. Reread “Exercise 1 · `grad_cam` (4 points)”.",
    },
    "occlusion_map": {
        "score_instead_of_its_drop": "Your answer returns the occluded score, which is mostly the unchanged rest of the image. The map is the drop: clean score minus occluded score, the part the window contributed. Reread “6 · Occlusion maps”.",
        "drop_with_the_wrong_sign": "Your answer subtracts the clean score from the occluded one, so windows holding evidence for c come out negative. The drop is clean minus occluded, positive where hiding the window lowers the score. Reread “6 · Occlusion maps”.",
        "drop_of_the_softmax_probability": "Your answer measures the drop of the softmax probability. The map uses the logit y_c, like Grad-CAM: the probability mixes in the other classes and saturates for confident predictions. Reread “Exercise 2 · `occlusion_map` (3 points)”.",
        "filled_with_the_image_mean": "Your answer fills the window with the image's mean. The fill value changes the result; the exercise fixes it at 0 on every channel, and in the linear case that is what makes the drop equal the window's sum of w times x. Reread “6 · Occlusion maps”.",
        "occludes_only_the_first_channel": "Your answer blanks the window on the first channel only, so the other channels still show what is there. Occlusion sets every channel of the window to 0. Reread “6 · Occlusion maps”.",
        "partial_windows_at_the_edges": "Your answer also slides windows that stick out of the image, producing extra rows and columns. Only the windows that fit count: floor((H - p)/s) + 1 rows, as a convolution without padding. Reread “6 · Occlusion maps”.",
        "stride_taken_equal_to_patch": "Your answer ignores the stride and moves the window by its own size. The windows start s apart, so they can overlap (s < p) or leave gaps (s > p), and the grid size depends on both. Reread “Exercise 2 · `occlusion_map` (3 points)”.",
        "zeroes_windows_of_x_in_place": "Your answer zeroes windows of x itself, so the caller's images are destroyed and every later window also sees the earlier ones blanked. Occlude a fresh copy for each window. Reread “Exercise 2 · `occlusion_map` (3 points)”.",
        "keeps_autograd_history": "Your answer runs the model with gradients enabled, so the map carries autograd history and holds every forward graph in memory. Occlusion needs no gradient: the result must have requires_grad False. Reread “Exercise 2 · `occlusion_map` (3 points)”.",
        "predicted_class_instead_of_class_index": "Your answer measures the drop of the predicted class instead of the class it was given. The caller chooses c, possibly another class than the prediction. Reread “Exercise 2 · `occlusion_map` (3 points)”.",
        "rows_and_columns_swapped": "Your answer walks the windows column by column but stores them row by row, so the drops land at the wrong cells. Entry (i, j) must hold the window whose top-left corner is (i s, j s). Reread “6 · Occlusion maps”.",
    },
}
