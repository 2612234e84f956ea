"""Known-wrong answers to notebook 23_focal_loss: each must be rejected by a failed check of its exercise's tests."""

_STABLE_CE = "logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))"

MUTANTS = {
    "sigmoid_focal_loss": {
        # SYLLABUS ✗: p_t ** gamma, which down-weights the hard examples instead of the easy ones.
        "p_t_to_the_gamma": f'''
import torch

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    p = torch.sigmoid(logits)
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ({_STABLE_CE}) * p_t ** gamma
    if alpha is not None:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    return loss
''',
        # SYLLABUS ✗: alpha given to the negatives, 1 - alpha to the positives.
        "alpha_on_the_negatives": f'''
import torch

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    p = torch.sigmoid(logits)
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ({_STABLE_CE}) * (1 - p_t) ** gamma
    if alpha is not None:
        loss = ((1 - alpha) * targets + alpha * (1 - targets)) * loss
    return loss
''',
        # alpha as one global factor for every element, whatever its class.
        "alpha_for_every_element": f'''
import torch

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    p = torch.sigmoid(logits)
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ({_STABLE_CE}) * (1 - p_t) ** gamma
    return loss if alpha is None else alpha * loss
''',
        # the factor from the raw p instead of p_t: every example treated as a positive.
        "factor_from_p_not_p_t": f'''
import torch

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    p = torch.sigmoid(logits)
    loss = ({_STABLE_CE}) * (1 - p) ** gamma
    if alpha is not None:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    return loss
''',
        # the seed's formula: no alpha_t at all.
        "alpha_ignored": f'''
import torch

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    p = torch.sigmoid(logits)
    p_t = p * targets + (1 - p) * (1 - targets)
    return ({_STABLE_CE}) * (1 - p_t) ** gamma
''',
        # a mean over the elements instead of one loss per element.
        "mean_reduction": f'''
import torch

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    p = torch.sigmoid(logits)
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ({_STABLE_CE}) * (1 - p_t) ** gamma
    if alpha is not None:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    return loss.mean()
''',
        # passes the visible tests: gamma ignored, always squared.
        "gamma_always_two": f'''
import torch

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    p = torch.sigmoid(logits)
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ({_STABLE_CE}) * (1 - p_t) ** 2
    if alpha is not None:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    return loss
''',
        # passes the visible tests: -log(p_t) of a sigmoid is inf once p_t rounds to 0.
        "log_of_sigmoid": '''
import torch

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    p = torch.sigmoid(logits)
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = -torch.log(p_t) * (1 - p_t) ** gamma
    if alpha is not None:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    return loss
''',
        # passes the visible tests: clamping p_t keeps it finite but caps -log p_t at about 16.
        "clamped_probabilities": '''
import torch

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    p = torch.sigmoid(logits)
    p_t = (p * targets + (1 - p) * (1 - targets)).clamp(1e-7, 1 - 1e-7)
    loss = -torch.log(p_t) * (1 - p_t) ** gamma
    if alpha is not None:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    return loss
''',
        # passes the visible tests: the stable form for positive logits only, exp(-x) overflows for x = -1e4.
        "stable_for_one_sign_only": '''
import torch

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    p = torch.sigmoid(logits)
    p_t = p * targets + (1 - p) * (1 - targets)
    ce = logits - logits * targets + torch.log1p(torch.exp(-logits))
    loss = ce * (1 - p_t) ** gamma
    if alpha is not None:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    return loss
''',
        # passes the visible tests: computed in float32, so float64 inputs come back as float32.
        "always_float32": f'''
import torch

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    logits, targets = logits.float(), targets.float()
    p = torch.sigmoid(logits)
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ({_STABLE_CE}) * (1 - p_t) ** gamma
    if alpha is not None:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    return loss
''',
        # the library functions the exercise re-implements: refused at the dispatcher.
        "torchvision_call": '''
from torchvision.ops import sigmoid_focal_loss as _tv

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    return _tv(logits, targets, alpha=-1 if alpha is None else alpha, gamma=gamma)
''',
        "bce_with_logits_call": '''
import torch
import torch.nn.functional as F

def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    ce = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    loss = ce * (1 - torch.exp(-ce)) ** gamma
    if alpha is not None:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    return loss
''',
    },
    "prior_bias": {
        # SYLLABUS ✗: the sign, log((1 - pi) / pi) = +4.595 for pi = 0.01.
        "wrong_sign": '''
import math

def prior_bias(prior):
    return math.log((1 - prior) / prior)
''',
        # log(pi): close for small priors, but sigmoid of it is not pi.
        "log_of_the_prior": '''
import math

def prior_bias(prior):
    return math.log(prior)
''',
        # the odds the wrong way up inside the log, and the sign "fixed" by hand.
        "log_of_one_plus_odds": '''
import math

def prior_bias(prior):
    return -math.log((1 + prior) / prior)
''',
        # a tensor instead of a Python float.
        "returns_a_tensor": '''
import torch

def prior_bias(prior):
    return torch.logit(torch.tensor(prior, dtype=torch.float64))
''',
        # a NumPy scalar instead of a Python float.
        "returns_numpy_float": '''
import numpy as np

def prior_bias(prior):
    return np.log(prior / (1 - prior))
''',
        # passes the visible tests: "the prior bias is negative", clipped at 0 for priors above 1/2.
        "always_negative": '''
import math

def prior_bias(prior):
    return min(0.0, math.log(prior / (1 - prior)))
''',
        # float32 arithmetic: off by 1e-8 relative at 0.01, and wrong near 1 (1 - 1e-7 rounds to 1 - 1.19e-7).
        "float32_logit": '''
import torch

def prior_bias(prior):
    return torch.logit(torch.tensor(prior)).item()
''',
    },
}
