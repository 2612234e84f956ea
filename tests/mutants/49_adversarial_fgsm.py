"""Known-wrong answers for 49_adversarial_fgsm: each must fail its exercise's tests (tests/mutation.py)."""

MUTANTS = {
    "fgsm": {
        "minus_sign_gradient_descent": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), y), x_adv)
    return (x.detach() - epsilon * grad.sign()).clamp(0, 1)
''',
        "no_clip": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), y), x_adv)
    return x.detach() + epsilon * grad.sign()
''',
        "raw_gradient_no_sign": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), y), x_adv)
    return (x.detach() + epsilon * grad).clamp(0, 1)
''',
        "normalized_gradient_instead_of_sign": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), y), x_adv)
    scale = grad.flatten(1).abs().amax(dim=1).clamp_min(1e-12).view(-1, *[1] * (grad.dim() - 1))
    return (x.detach() + epsilon * grad / scale).clamp(0, 1)
''',
        "model_left_in_train_mode": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    model.eval()
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), y), x_adv)
    model.train()
    return (x.detach() + epsilon * grad.sign()).clamp(0, 1)
''',
        "switches_to_eval_without_restoring": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    model.eval()
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), y), x_adv)
    return (x.detach() + epsilon * grad.sign()).clamp(0, 1)
''',
        "attack_computed_in_train_mode": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    was_training = model.training
    model.train()
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), y), x_adv)
    model.train(was_training)
    return (x.detach() + epsilon * grad.sign()).clamp(0, 1)
''',
        "gradients_left_on_parameters": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    F.cross_entropy(model(x_adv), y).backward()
    return (x.detach() + epsilon * x_adv.grad.sign()).clamp(0, 1)
''',
        "zero_grad_clears_stored_gradients": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    F.cross_entropy(model(x_adv), y).backward()
    model.zero_grad()
    return (x.detach() + epsilon * x_adv.grad.sign()).clamp(0, 1)
''',
        "x_modified_in_place": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), y), x_adv)
    with torch.no_grad():
        x += epsilon * grad.sign()
        x.clamp_(0, 1)
    return x
''',
        "x_requires_grad_switched_on": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    x.requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x), y), x)
    return (x + epsilon * grad.sign()).clamp(0, 1).detach()
''',
        "result_not_detached": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), y), x_adv)
    return (x_adv + epsilon * grad.sign()).clamp(0, 1)
''',
        "epsilon_applied_twice": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().clone()
    for _ in range(2):
        x_adv.requires_grad_(True)
        (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), y), x_adv)
        x_adv = (x_adv.detach() + epsilon * grad.sign()).clamp(0, 1)
    return x_adv
''',
        "epsilon_squared": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), y), x_adv)
    return (x.detach() + epsilon * (epsilon * grad.sign())).clamp(0, 1)
''',
        "max_logit_as_loss": '''
import torch

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(model(x_adv).max(dim=1).values.sum(), x_adv)
    return (x.detach() + epsilon * grad.sign()).clamp(0, 1)
''',
        "minus_true_class_logit_as_loss": '''
import torch

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    logits = model(x_adv)
    (grad,) = torch.autograd.grad(-logits.gather(1, y[:, None]).sum(), x_adv)
    return (x.detach() + epsilon * grad.sign()).clamp(0, 1)
''',
        "predicted_labels_instead_of_y_passes_visible_only": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    logits = model(x_adv)
    (grad,) = torch.autograd.grad(F.cross_entropy(logits, logits.argmax(dim=1)), x_adv)
    return (x.detach() + epsilon * grad.sign()).clamp(0, 1)
''',
        "returns_x_itself_for_epsilon_0_passes_visible_only": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    if epsilon == 0:
        return x.detach()
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), y), x_adv)
    return (x.detach() + epsilon * grad.sign()).clamp(0, 1)
''',
        "float32_only_passes_visible_only": '''
import torch
import torch.nn.functional as F

def fgsm(model, x, y, epsilon):
    x_adv = x.detach().float().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model.float()(x_adv), y), x_adv)
    return (x.detach().float() + epsilon * grad.sign()).clamp(0, 1)
''',
    },
    "targeted_fgsm": {
        "plus_sign_moves_away_from_target": '''
import torch
import torch.nn.functional as F

def targeted_fgsm(model, x, target, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), target), x_adv)
    return (x.detach() + epsilon * grad.sign()).clamp(0, 1)
''',
        "target_logit_instead_of_its_loss": '''
import torch

def targeted_fgsm(model, x, target, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(model(x_adv).gather(1, target[:, None]).sum(), x_adv)
    return (x.detach() + epsilon * grad.sign()).clamp(0, 1)
''',
        "no_clip": '''
import torch
import torch.nn.functional as F

def targeted_fgsm(model, x, target, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x_adv), target), x_adv)
    return x.detach() - epsilon * grad.sign()
''',
        "gradients_left_on_parameters": '''
import torch
import torch.nn.functional as F

def targeted_fgsm(model, x, target, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    F.cross_entropy(model(x_adv), target).backward()
    return (x.detach() - epsilon * x_adv.grad.sign()).clamp(0, 1)
''',
        "zero_grad_clears_stored_gradients_passes_visible_only": '''
import torch
import torch.nn.functional as F

def targeted_fgsm(model, x, target, epsilon):
    x_adv = x.detach().clone().requires_grad_(True)
    F.cross_entropy(model(x_adv), target).backward()
    model.zero_grad()
    return (x.detach() - epsilon * x_adv.grad.sign()).clamp(0, 1)
''',
        "float32_only_passes_visible_only": '''
import torch
import torch.nn.functional as F

def targeted_fgsm(model, x, target, epsilon):
    x_adv = x.detach().float().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(F.cross_entropy(model.float()(x_adv), target), x_adv)
    return (x.detach().float() - epsilon * grad.sign()).clamp(0, 1)
''',
    },
}
