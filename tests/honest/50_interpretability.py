"""Correct answers for 50_interpretability written differently from the reference: each must pass its exercise's tests."""

HONEST = {
    "grad_cam": {
        "full_backward_hook_and_backward_with_gradients_restored": '''
import torch
import torch.nn.functional as F

def grad_cam(model, layer, x, class_index):
    store = {}
    def keep_output(module, inputs, output):
        store["A"] = output.detach()
    def keep_gradient(module, grad_input, grad_output):
        store["dA"] = grad_output[0].detach()
    handles = [layer.register_forward_hook(keep_output), layer.register_full_backward_hook(keep_gradient)]
    params = list(model.parameters())
    stored = [None if p.grad is None else p.grad.clone() for p in params]   # backward adds into .grad in place
    try:
        x_in = x.detach().clone()
        x_in.requires_grad = True
        scores = model(x_in)
        if isinstance(class_index, int):
            chosen = scores[:, class_index]
        else:
            chosen = scores.gather(1, class_index.view(-1, 1))
        chosen.sum().backward()
    finally:
        for h in handles:
            h.remove()
        for p, g in zip(params, stored):
            p.grad = g
    A, dA = store["A"], store["dA"]
    alpha = dA.sum(dim=(2, 3)) / (dA.shape[2] * dA.shape[3])
    cam = torch.clamp(torch.einsum("nk,nkhw->nhw", alpha, A), min=0)
    cam = F.interpolate(cam.unsqueeze(1), size=(x.shape[2], x.shape[3]), mode="bilinear", align_corners=False).squeeze(1)
    peak = cam.amax(dim=(1, 2), keepdim=True)
    return torch.where(peak > 0, cam / peak.clamp_min(torch.finfo(cam.dtype).tiny), torch.zeros_like(cam))
''',
        "hook_returns_a_leaf_and_images_one_at_a_time": '''
import torch
import torch.nn as nn

def grad_cam(model, layer, x, class_index):
    print("grad_cam on", x.shape[0], "image(s)")
    upsample = nn.Upsample(size=tuple(x.shape[-2:]), mode="bilinear", align_corners=False)
    classes = [class_index] * x.shape[0] if isinstance(class_index, int) else class_index.tolist()
    maps = []
    for n in range(x.shape[0]):
        leaves = []
        def make_leaf(module, inputs, output):
            leaf = output.detach().requires_grad_(True)    # the rest of the model runs on this leaf
            leaves.append(leaf)
            return leaf
        handle = layer.register_forward_hook(make_leaf)
        try:
            with torch.enable_grad():
                score = model(x[n:n + 1].detach())[0, classes[n]]
        finally:
            handle.remove()
        A = leaves[0]
        grad = torch.autograd.grad(score, [A])[0]
        weights = grad[0].mean(dim=(1, 2))
        cam = torch.relu((weights[:, None, None] * A[0].detach()).sum(dim=0))
        cam = upsample(cam[None, None])[0, 0]
        if cam.max() > 0:
            cam = cam / cam.max()
        maps.append(cam)
    return torch.stack(maps).detach()
''',
        "tensor_hook_gradient_sum_and_warning": '''
import warnings
import torch
import torch.nn.functional as F

def _normalize(cam):
    flat = cam.reshape(cam.shape[0], -1)
    peak = flat.max(dim=1).values.reshape(-1, 1, 1)
    safe = torch.where(peak == 0, torch.ones_like(peak), peak)
    return cam / safe

def grad_cam(model, layer, x, class_index):
    warnings.warn("computing Grad-CAM")
    captured = {}
    def on_forward(module, inputs, output):
        captured["A"] = output
        output.register_hook(lambda g: captured.__setitem__("dA", g))
    handle = layer.register_forward_hook(on_forward)
    try:
        x_in = x.clone().detach().requires_grad_()
        scores = model(x_in)
    finally:
        handle.remove()
    onehot = torch.zeros_like(scores)
    onehot[torch.arange(scores.shape[0], device=scores.device), class_index] = 1
    torch.autograd.grad((scores * onehot).sum(), [x_in])
    A, dA = captured["A"].detach(), captured["dA"]
    alpha = dA.sum(dim=(2, 3), keepdim=True)               # the sum: a constant factor hw that normalizing removes
    cam = F.relu((alpha * A).sum(dim=1, keepdim=True))
    cam = F.interpolate(cam, size=x.shape[2:], mode="bilinear", align_corners=False)[:, 0]
    return _normalize(cam)
''',
    },
    "occlusion_map": {
        "all_windows_in_one_batch": '''
import torch

def occlusion_map(model, x, class_index, patch, stride):
    n, c, H, W = x.shape
    tops = list(range(0, H - patch + 1, stride))
    lefts = list(range(0, W - patch + 1, stride))
    masks = torch.ones(len(tops) * len(lefts), 1, H, W, dtype=x.dtype, device=x.device)
    for k, (top, left) in enumerate((t, l) for t in tops for l in lefts):
        masks[k, :, top:top + patch, left:left + patch] = 0
    occluded = (x[:, None] * masks[None]).reshape(-1, c, H, W)        # (n * windows, c, H, W)
    cls = torch.as_tensor(class_index, device=x.device).expand(n)
    with torch.no_grad():
        clean = model(x).gather(1, cls[:, None])                       # (n, 1)
        scores = model(occluded).reshape(n, len(masks), -1)
        hidden = scores.gather(2, cls.view(n, 1, 1).expand(n, len(masks), 1))[..., 0]
    return (clean - hidden).reshape(n, len(tops), len(lefts))
''',
        "image_by_image_in_inference_mode_with_a_print": '''
import torch

def occlusion_map(model, x, class_index, patch, stride):
    print("occlusion with patch", patch, "and stride", stride)
    n, _, H, W = x.shape
    classes = [class_index] * n if isinstance(class_index, int) else [int(c) for c in class_index]
    result = []
    with torch.inference_mode():
        for k in range(n):
            image = x[k:k + 1]
            clean = model(image)[0, classes[k]]
            grid = []
            for top in range(0, H - patch + 1, stride):
                row = []
                for left in range(0, W - patch + 1, stride):
                    copy = image.clone()
                    copy[..., top:top + patch, left:left + patch] = 0.0
                    row.append(clean - model(copy)[0, classes[k]])
                grid.append(torch.stack(row))
            result.append(torch.stack(grid))
    return torch.stack(result).clone()
''',
    },
}
