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

EXPLANATIONS = {
    "fgsm": {
        "minus_sign_gradient_descent": "Your answer steps against the gradient, which lowers the loss and makes the model more confident in the true class. An untargeted attack goes up the loss of the true label, along the sign of its gradient. Reread “3 · The Fast Gradient Sign Method”.",
        "no_clip": "Your answer skips the clip to [0, 1], so pixels can leave the valid range and the result is no longer an image. The threat model requires x' to stay in [0, 1]; the clip only moves pixels back towards x. Reread “1 · Adversarial examples and the threat model”.",
        "raw_gradient_no_sign": "Your answer steps by epsilon times the raw gradient, whose entries are tiny, so most pixels barely move. The maximizer over the L-infinity ball is the sign of the gradient: it spends the whole budget on every pixel. Reread “3 · The Fast Gradient Sign Method”.",
        "normalized_gradient_instead_of_sign": "Dividing the gradient by its largest entry moves only that pixel by the full epsilon and the others by less. The best step in the L-infinity box is the corner given by the sign of the gradient. Reread “3 · The Fast Gradient Sign Method”.",
        "model_left_in_train_mode": "Your answer switches the model to eval and then to train mode, so a model that was in eval mode comes back in train mode, and one in train mode is attacked in eval. Use the model in the mode it is in and leave it there. Reread “Exercise 1 · `fgsm` (4 points)”.",
        "switches_to_eval_without_restoring": "Your answer calls model.eval() and never restores the mode, so a model being trained is left in eval mode. An attack is a tool called inside loops: it must use the model's mode as given and change nothing. Reread “Exercise 1 · `fgsm` (4 points)”.",
        "attack_computed_in_train_mode": "Your answer forces train mode for the attack: batch norm updates its running statistics and dropout changes the gradient. Restoring the flag afterwards does not undo the statistics. Use the mode the caller chose. Reread “Exercise 1 · `fgsm` (4 points)”.",
        "gradients_left_on_parameters": "backward() also fills every parameter's .grad, and the next optimizer.step() would apply those gradients. An attack must ask for the gradient with respect to the input only and leave .grad untouched. Reread “3 · The Fast Gradient Sign Method”.",
        "zero_grad_clears_stored_gradients": "Clearing the gradients after backward() also wipes gradients the caller had already stored there. An attack must leave every .grad exactly as it was: compute the input's gradient without touching the parameters'. Reread “Exercise 1 · `fgsm` (4 points)”.",
        "x_modified_in_place": "Your answer adds the perturbation to x in place and returns it, so the caller's clean images are overwritten. The function must return a new tensor and leave x unchanged. Reread “Exercise 1 · `fgsm` (4 points)”.",
        "x_requires_grad_switched_on": "Your answer switches on requires_grad of the caller's x, a side effect that follows the tensor into later code. Differentiate with respect to a detached copy of x instead. Reread “Exercise 1 · `fgsm` (4 points)”.",
        "result_not_detached": "Your result is built from the copy that requires grad, so it carries an autograd history. The adversarial image must be a plain detached tensor, or later losses would backpropagate into the attack. Reread “Exercise 1 · `fgsm` (4 points)”.",
        "epsilon_applied_twice": "Your answer takes two signed steps of epsilon, so pixels can move by up to 2 epsilon, outside the threat model. FGSM is one step; iterated steps with a projection back into the ball are PGD. Reread “3 · The Fast Gradient Sign Method”.",
        "epsilon_squared": "Your answer multiplies the signed step by epsilon twice, so each pixel moves by epsilon squared instead of epsilon. The budget epsilon is the size of the step on every pixel. Reread “3 · The Fast Gradient Sign Method”.",
        "max_logit_as_loss": "Your answer differentiates the largest logit, not the loss. FGSM goes up the cross-entropy of the model's logits against the true labels; the gradient of another function points elsewhere. Reread “Exercise 1 · `fgsm` (4 points)”.",
        "minus_true_class_logit_as_loss": "Lowering the true-class logit is not the same as raising the cross-entropy, whose gradient also involves the other classes through the softmax. The loss is exactly the cross-entropy against y. Reread “Exercise 1 · `fgsm` (4 points)”.",
        "predicted_labels_instead_of_y_passes_visible_only": "Your answer uses the model's predictions as labels, which differs from the true labels whenever the model is already wrong. The attack maximizes the loss against the given y. Reread “Exercise 1 · `fgsm` (4 points)”.",
        "returns_x_itself_for_epsilon_0_passes_visible_only": "For epsilon 0 your answer returns x.detach(), which shares the caller's storage: changing the result would change x. The contract is always a new tensor, even when nothing moves. Reread “Exercise 1 · `fgsm` (4 points)”.",
        "float32_only_passes_visible_only": "Your answer converts the model to float32 in place and returns float32 for float64 inputs: the caller's model is changed and the dtype contract broken. Work in the dtype of x. Reread “Exercise 1 · `fgsm` (4 points)”.",
    },
    "targeted_fgsm": {
        "plus_sign_moves_away_from_target": "Your answer steps up the loss of the target class, which pushes the image away from it. A targeted attack goes down the target's loss: minus the sign of its gradient. Reread “6 · Targeted attacks”.",
        "target_logit_instead_of_its_loss": "Your answer climbs the target logit instead of descending the target's cross-entropy. Raising one logit can raise the others too; the loss raises log p_t, the target's probability. Reread “6 · Targeted attacks”.",
        "no_clip": "Your answer does not clip to [0, 1], so pixels can leave the valid range. The targeted attack keeps every rule of fgsm, including that the result is still an image. Reread “1 · Adversarial examples and the threat model”.",
        "gradients_left_on_parameters": "backward() leaves gradients in the parameters' .grad, which a later optimizer.step() would apply. Take only the gradient with respect to the input and leave .grad as it was. Reread “Exercise 2 · `targeted_fgsm` (2 points)”.",
        "zero_grad_clears_stored_gradients_passes_visible_only": "Zeroing the model's gradients after backward() destroys any gradients the caller had stored. The attack must leave every parameter's .grad unchanged, neither filled nor cleared. Reread “Exercise 2 · `targeted_fgsm` (2 points)”.",
        "float32_only_passes_visible_only": "Your answer casts the model to float32 in place and returns float32 for float64 inputs, changing the caller's model and breaking the dtype contract. Keep the dtype of x. Reread “Exercise 2 · `targeted_fgsm` (2 points)”.",
    },
}
