"""Known-wrong answers for 24_noise_and_outliers: each must fail its exercise's tests."""

MUTANTS = {
    "huber": {
        # SYLLABUS ✗: the 1/2 of the quadratic piece is missing: 0.875 for residuals [0.5, 2].
        "missing_half_quadratic": '''
import torch

def huber(pred, target, delta=1):
    r = pred - target
    a = r.abs()
    return torch.where(a <= delta, r * r, delta * (a - 0.5 * delta)).mean()
''',
        # the 1/2 of the linear piece is missing: 0.5625 for residuals [0.5, 2].
        "missing_half_linear": '''
import torch

def huber(pred, target, delta=1):
    r = pred - target
    a = r.abs()
    return torch.where(a <= delta, 0.5 * r * r, delta * (a - delta)).mean()
''',
        # smooth L1 with beta = delta: Huber divided by delta, right for delta = 1 only.
        "smooth_l1_formula": '''
import torch

def huber(pred, target, delta=1):
    r = pred - target
    a = r.abs()
    return torch.where(a < delta, 0.5 * r * r / delta, a - 0.5 * delta).mean()
''',
        # the signed residual is compared with delta: large negative residuals count as small.
        "signed_residual_condition": '''
import torch

def huber(pred, target, delta=1):
    r = pred - target
    return torch.where(r <= delta, 0.5 * r * r, delta * (r.abs() - 0.5 * delta)).mean()
''',
        "sum_instead_of_mean": '''
import torch

def huber(pred, target, delta=1):
    r = pred - target
    a = r.abs()
    return torch.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta)).sum()
''',
        # delta is ignored (always 1).
        "delta_ignored": '''
import torch

def huber(pred, target, delta=1):
    r = pred - target
    a = r.abs()
    return torch.where(a <= 1, 0.5 * r * r, a - 0.5).mean()
''',
        "plain_mse": '''
def huber(pred, target, delta=1):
    return ((pred - target) ** 2).mean()
''',
        # written to pass the visible tests only: Python floats, then a new float32 CPU tensor
        # (no gradient, not float64, not on the device).
        "python_floats_new_tensor": '''
import torch

def huber(pred, target, delta=1):
    total, count = 0.0, 0
    for p, t in zip(pred.reshape(-1).tolist(), target.reshape(-1).tolist()):
        a = abs(p - t)
        total += 0.5 * a * a if a <= delta else delta * (a - 0.5 * delta)
        count += 1
    return torch.tensor(total / count)
''',
        # right value, but it overwrites pred with the residual.
        "modifies_pred_in_place": '''
import torch

def huber(pred, target, delta=1):
    r = pred.sub_(target)
    a = r.abs()
    return torch.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta)).mean()
''',
        "library_call": '''
import torch.nn.functional as F

def huber(pred, target, delta=1):
    return F.huber_loss(pred, target, delta=delta)
''',
        "module_call": '''
import torch.nn as nn

def huber(pred, target, delta=1):
    return nn.HuberLoss(delta=delta)(pred, target)
''',
        "smooth_l1_call_rescaled": '''
import torch.nn.functional as F

def huber(pred, target, delta=1):
    return delta * F.smooth_l1_loss(pred, target, beta=delta)
''',
        "aten_op_under_another_name": '''
import torch

def huber(pred, target, delta=1):
    return torch.ops.aten.huber_loss(pred, target, 1, float(delta))
''',
    },
    "smoothed_cross_entropy": {
        # SYLLABUS ✗: eps spread over the C - 1 wrong classes: 0.557606 for [2, 1, 0], class 0.
        "spread_over_other_classes": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    C = z.shape[1]
    onehot = F.one_hot(t, C).to(z.dtype)
    q = (1 - eps) * onehot + eps / (C - 1) * (1 - onehot)
    log_p = torch.log_softmax(z, dim=1)
    return -(q * log_p).sum(dim=1).mean()
''',
        # the uniform part forgotten: (1 - eps) * CE = 0.366845.
        "no_uniform_part": '''
import torch

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    log_p = torch.log_softmax(z, dim=1)
    return ((1 - eps) * -log_p.gather(1, t[:, None]).squeeze(1)).mean()
''',
        # one-hot + eps / C without the factor 1 - eps: targets summing to 1 + eps.
        "unnormalized_targets": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    q = F.one_hot(t, z.shape[1]).to(z.dtype) + eps / z.shape[1]
    return -(q * torch.log_softmax(z, dim=1)).sum(dim=1).mean()
''',
        "eps_ignored": '''
import torch

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    return -torch.log_softmax(z, dim=1).gather(1, t[:, None]).mean()
''',
        # log(softmax) overflows: inf for [1000, 0], class 1.
        "naive_log_softmax": '''
import torch

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    log_p = torch.log(torch.softmax(z, dim=1))
    return ((1 - eps) * -log_p.gather(1, t[:, None]).squeeze(1) - eps * log_p.mean(dim=1)).mean()
''',
        # log-softmax over dim 0: right for one example, normalizes a batch across its examples.
        "log_softmax_over_batch": '''
import torch

def smoothed_cross_entropy(logits, target, eps=0.1):
    if logits.dim() == 1:
        log_p = torch.log_softmax(logits, dim=0)[None]
    else:
        log_p = torch.log_softmax(logits, dim=0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    return ((1 - eps) * -log_p.gather(1, t[:, None]).squeeze(1) - eps * log_p.mean(dim=1)).mean()
''',
        "sum_over_batch": '''
import torch

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    log_p = torch.log_softmax(z, dim=1)
    return ((1 - eps) * -log_p.gather(1, t[:, None]).squeeze(1) - eps * log_p.mean(dim=1)).sum()
''',
        "mean_over_all_entries": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    q = (1 - eps) * F.one_hot(t, z.shape[1]).to(z.dtype) + eps / z.shape[1]
    return -(q * torch.log_softmax(z, dim=1)).mean()
''',
        # written to pass the visible tests only: every visible example has 3 classes.
        "three_classes_hard_coded": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    q = (1 - eps) * F.one_hot(t, z.shape[1]).to(z.dtype) + eps / 3
    return -(q * torch.log_softmax(z, dim=1)).sum(dim=1).mean()
''',
        "library_call": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    return F.cross_entropy(logits, torch.as_tensor(target, device=logits.device), label_smoothing=eps)
''',
        "library_call_with_soft_targets": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    q = (1 - eps) * F.one_hot(t, z.shape[1]).to(z.dtype) + eps / z.shape[1]
    return F.cross_entropy(z, q)
''',
        "nll_loss_mix": '''
import torch
import torch.nn.functional as F

def smoothed_cross_entropy(logits, target, eps=0.1):
    z = logits if logits.dim() == 2 else logits.unsqueeze(0)
    t = torch.as_tensor(target, device=logits.device).reshape(-1)
    log_p = F.log_softmax(z, dim=1)
    return (1 - eps) * F.nll_loss(log_p, t) - eps * log_p.mean(dim=1).mean()
''',
    },
}

EXPLANATIONS = {
    "huber": {
        "missing_half_quadratic": "Your answer drops the 1/2 in front of r squared, so the pieces no longer meet at |r| = delta: the quadratic one is worth delta squared there, the linear one half of that. The 1/2 is what joins them. Reread “2. Regression: why a few outliers drag MSE”.",
        "missing_half_linear": "Your answer subtracts a full delta in the linear piece instead of half of it, so the loss drops at |r| = delta instead of continuing the quadratic piece: both must be worth half of delta squared there. Reread “2. Regression: why a few outliers drag MSE”.",
        "smooth_l1_formula": "Your answer uses the smooth L1 formula with beta = delta, which is the Huber loss divided by delta: right for delta = 1 only. The Huber loss keeps half r squared inside for every delta. Reread “2. Regression: why a few outliers drag MSE”.",
        "signed_residual_condition": "Your answer compares the signed residual with delta, so every large negative residual counts as small and gets the quadratic, unbounded pull. The choice of piece depends on the absolute residual. Reread “2. Regression: why a few outliers drag MSE”.",
        "sum_instead_of_mean": "Your answer sums the entries instead of averaging them, so the loss grows with the number of entries. The loss asked for, like F.huber_loss's default, is the mean over all entries.",
        "delta_ignored": "Your answer always uses a threshold of 1 and ignores delta. delta is the residual size beyond which a sample is treated as a possible outlier, in the units of the target; both pieces depend on it. Reread “2. Regression: why a few outliers drag MSE”.",
        "plain_mse": "Your answer returns the mean squared error, whose pull 2r grows without limit, so a few outliers can outvote all the good data. Huber is quadratic only within delta and linear beyond, capping each sample's pull. Reread “2. Regression: why a few outliers drag MSE”.",
        "python_floats_new_tensor": "Your answer computes with Python floats and wraps the result in a new tensor: it has no gradient, is float32 whatever the input, and sits on the CPU. A loss must stay a differentiable tensor computation with pred's dtype and device.",
        "modifies_pred_in_place": "Your answer subtracts target from pred in place, overwriting the caller's predictions with the residuals. The value is right, but a loss must leave its inputs unchanged, and in-place changes can break autograd.",
        "library_call": "Your answer calls F.huber_loss, which the exercise forbids: the point is to write the two pieces yourself, and the tests refuse PyTorch's Huber operator while your function runs. Reread “Exercise 1 · `huber` (2 points)”.",
        "module_call": "Your answer uses nn.HuberLoss, a wrapper around the forbidden Huber operator, which the tests refuse. Write the quadratic and linear pieces and their mean yourself. Reread “Exercise 1 · `huber` (2 points)”.",
        "smooth_l1_call_rescaled": "Your answer rescales F.smooth_l1_loss: the value matches, since Huber is smooth L1 times delta, but the smooth L1 operator is forbidden too. Build the loss from elementary operations. Reread “Exercise 1 · `huber` (2 points)”.",
        "aten_op_under_another_name": "Your answer calls PyTorch's huber_loss operator through torch.ops, which is forbidden under any name. Build the loss from the allowed operations: abs, where or clamp, arithmetic and a mean. Reread “Exercise 1 · `huber` (2 points)”.",
    },
    "smoothed_cross_entropy": {
        "spread_over_other_classes": "Your answer spreads eps over the C - 1 wrong classes. In the paper and in PyTorch the uniform part covers all C classes, the true one included, so the true class keeps 1 - eps + eps/C. Reread “3. Classification with noisy labels: label smoothing”.",
        "no_uniform_part": "Your answer keeps only (1 - eps) times the cross-entropy and forgets the uniform part: the share eps that goes to every class and penalizes any log-probability heading to -infinity. Reread “3. Classification with noisy labels: label smoothing”.",
        "unnormalized_targets": "Your answer adds eps/C to the one-hot target without scaling the one-hot part by 1 - eps, so the targets sum to 1 + eps and are no longer a distribution. Reread “3. Classification with noisy labels: label smoothing”.",
        "eps_ignored": "Your answer ignores eps and returns plain cross-entropy, which pushes the labelled class towards certainty forever, wrong labels included. The soft target keeps a share eps of uniform doubt. Reread “3. Classification with noisy labels: label smoothing”.",
        "naive_log_softmax": "Your answer takes the log of a softmax: for large logits a probability underflows to 0, its log is -inf, and the loss becomes inf. A log-softmax computed through log-sum-exp stays finite for any finite logits.",
        "log_softmax_over_batch": "Your answer takes the log-softmax over dimension 0, which for a batch runs across the examples instead of the classes. The probabilities of each example must sum to 1 over its C classes, the last dimension.",
        "sum_over_batch": "Your answer sums the per-example losses, so the loss grows with the batch size. For a batch the exercise asks for the mean over the examples, PyTorch's reduction=\"mean\".",
        "mean_over_all_entries": "Your answer averages over all N times C entries, which divides the loss by C once too often. The loss of an example sums over its classes; only the examples are averaged.",
        "three_classes_hard_coded": "Your answer divides eps by 3, the number of classes in the visible tests, so any other number of classes gets the wrong soft targets. The uniform share is eps over the actual C. Reread “3. Classification with noisy labels: label smoothing”.",
        "library_call": "Your answer calls F.cross_entropy with label_smoothing, which the exercise forbids: the point is to build the smoothed loss yourself, and the tests refuse it while your function runs. Reread “Exercise 2 · `smoothed_cross_entropy` (3 points)”.",
        "library_call_with_soft_targets": "Your answer builds the right soft targets but hands them to F.cross_entropy, which is forbidden in every form. Combine them with a stable log-softmax yourself. Reread “Exercise 2 · `smoothed_cross_entropy` (3 points)”.",
        "nll_loss_mix": "Your answer uses F.nll_loss for the true-class term, one of the forbidden functions, refused with PyTorch's NLL-loss operator. Pick each example's log-probability yourself. Reread “Exercise 2 · `smoothed_cross_entropy` (3 points)”.",
    },
}
