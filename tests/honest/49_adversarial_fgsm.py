"""Correct answers for 49_adversarial_fgsm written differently from the reference: each must pass its exercise's tests."""

HONEST = {
    "fgsm": {
        "backward_on_a_clone_with_gradients_saved_and_restored": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    saved = [(p, None if p.grad is None else p.grad.clone()) for p in model.parameters()]
    x_adv = x.clone().detach()
    x_adv.requires_grad = True
    loss = F.cross_entropy(model(x_adv), y)
    loss.backward()
    for p, g in saved:               # backward accumulated into .grad: put back what was there
        p.grad = g
    step = epsilon * torch.sign(x_adv.grad)
    return torch.clamp(x.detach() + step, min=0.0, max=1.0)
''',
        "frozen_parameters_sum_reduction_and_warning": '''
import warnings
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    warnings.warn("freezing the parameters for the attack")
    params = list(model.parameters())
    flags = [p.requires_grad for p in params]
    for p in params:
        p.requires_grad_(False)
    try:
        x_adv = x.detach().clone().requires_grad_()
        F.cross_entropy(model(x_adv), y, reduction="sum").backward()   # the sum has the same sign as the mean
        direction = x_adv.grad.sign()
    finally:
        for p, flag in zip(params, flags):
            p.requires_grad_(flag)
    return (x.detach() + epsilon * direction).clamp(0, 1)
''',
        "one_image_at_a_time_in_eval_mode_restored": '''
import torch
import torch.nn.functional as F

def _signed_gradient(model, image, label):
    image = image.detach().clone().requires_grad_(True)
    loss = F.cross_entropy(model(image[None]), label[None])
    return torch.autograd.grad(loss, [image])[0].sign()

def fgsm(model, x, y, epsilon):
    print("fgsm on", x.shape[0], "images, epsilon", epsilon)
    was_training = model.training
    model.eval()
    try:
        rows = [torch.clamp(x[i].detach() + epsilon * _signed_gradient(model, x[i], y[i]), 0, 1)
                for i in range(x.shape[0])]
    finally:
        model.train(was_training)
    return torch.stack(rows)
''',
        "log_softmax_nll_and_min_max": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    with torch.enable_grad():
        x_adv = x.detach().requires_grad_(True)
        loss = F.nll_loss(F.log_softmax(model(x_adv), dim=1), y)
        grad = torch.autograd.grad(outputs=loss, inputs=x_adv, retain_graph=False)[0]
    out = x.detach() + epsilon * grad.sign()
    return torch.minimum(torch.maximum(out, torch.zeros_like(out)), torch.ones_like(out))
''',
    },
    "targeted_fgsm": {
        "negated_loss_then_ascent": '''
import torch
import torch.nn.functional as F

def targeted_fgsm(model, x, target, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    objective = -F.cross_entropy(model(x_adv), target)        # going up -L_t is going down L_t
    (grad,) = torch.autograd.grad(objective, x_adv)
    return (x.detach() + epsilon * grad.sign()).clamp(0, 1)
''',
        "backward_with_gradients_restored_and_print": '''
import torch
import torch.nn.functional as F

def targeted_fgsm(model, x, target, epsilon):
    print("targeted step towards", target.tolist())
    saved = {p: (None if p.grad is None else p.grad.clone()) for p in model.parameters()}
    x_adv = x.clone().detach().requires_grad_(True)
    F.cross_entropy(model(x_adv), target).backward()
    for p, g in saved.items():
        p.grad = g
    return torch.clamp(x.detach() - epsilon * torch.sign(x_adv.grad), 0.0, 1.0)
''',
        "one_image_at_a_time": '''
import torch
import torch.nn.functional as F

def targeted_fgsm(model, x, target, epsilon):
    out = torch.empty_like(x, requires_grad=False)
    for i in range(len(x)):
        xi = x[i:i + 1].detach().clone().requires_grad_(True)
        (g,) = torch.autograd.grad(F.cross_entropy(model(xi), target[i:i + 1]), xi)
        out[i:i + 1] = (xi.detach() - epsilon * g.sign()).clamp(0, 1)
    return out
''',
    },
}
