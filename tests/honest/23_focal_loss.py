"""Correct answers to notebook 23_focal_loss written differently from the reference: each must earn full points."""

HONEST = {
    "sigmoid_focal_loss": {
        # softplus for -log p_t, torch.where for p_t and alpha_t.
        "softplus_and_where": '''
import torch
import torch.nn.functional as F

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    positive = targets == 1
    neg_log_p_t = torch.where(positive, F.softplus(-logits), F.softplus(logits))
    p = torch.sigmoid(logits)
    p_t = torch.where(positive, p, 1 - p)
    loss = (1 - p_t).pow(gamma) * neg_log_p_t
    if alpha is None:
        return loss
    return torch.where(positive, alpha * loss, (1 - alpha) * loss)
''',
        # logsigmoid of the signed logit; p_t recovered as exp(log p_t); a print.
        "logsigmoid_signed_logit_with_print": '''
import torch
import torch.nn.functional as F

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    print("focal loss of", logits.numel(), "elements")
    sign = 2 * targets - 1                        # +1 for positives, -1 for negatives
    log_p_t = F.logsigmoid(sign * logits)
    p_t = log_p_t.exp()
    weight = 1.0 if alpha is None else alpha * targets + (1 - alpha) * (1 - targets)
    return -weight * (1 - p_t) ** gamma * log_p_t
''',
        # a helper for the stable cross-entropy, softplus(x) - x*y, and a warning.
        "helper_softplus_minus_xy_and_warning": '''
import warnings
import torch
import torch.nn.functional as F

def _bce_from_logits(x, y):
    return F.softplus(x) - x * y

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    warnings.warn("using my own focal loss")
    p = logits.sigmoid()
    factor = (p - targets).abs() ** gamma          # |p - y| = 1 - p_t for 0/1 targets
    loss = factor * _bce_from_logits(logits, targets)
    if alpha is not None:
        loss = loss * torch.where(targets > 0.5, torch.full_like(loss, alpha), torch.full_like(loss, 1 - alpha))
    return loss
''',
    },
    "prior_bias": {
        "log_minus_log1p": '''
import math

def prior_bias(prior):
    return math.log(prior) - math.log1p(-prior)
''',
        "minus_log_inverse_odds_with_print": '''
import math

def prior_bias(prior):
    print("prior", prior)
    return -math.log(1 / prior - 1)
''',
        "torch_logit_float64": '''
import torch

def prior_bias(prior):
    return float(torch.logit(torch.tensor(prior, dtype=torch.float64)))
''',
        "numpy_converted": '''
import numpy as np

def prior_bias(prior):
    return float(np.log(prior) - np.log1p(-prior))
''',
    },
}
