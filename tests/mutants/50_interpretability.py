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
