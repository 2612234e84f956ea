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
        # 1 + prior where 1 - prior belongs: log(prior / (1 + prior)), -4.615 for pi = 0.01.
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
        # float32 arithmetic: off by about 2e-8 relative at 0.01, and wrong near 1 (1 - 1e-7 rounds to 1 - 1.19e-7).
        "float32_logit": '''
import torch

def prior_bias(prior):
    return torch.logit(torch.tensor(prior)).item()
''',
    },
}

EXPLANATIONS = {
    "sigmoid_focal_loss": {
        "p_t_to_the_gamma": "Your answer raises p_t to the power gamma, which shrinks the hard examples (small p_t) and spares the easy ones: the opposite of focusing. The modulating factor must vanish as p_t approaches 1. Reread “2. The focal loss”.",
        "alpha_on_the_negatives": "Your answer gives alpha to the negatives and 1 - alpha to the positives, so with the default alpha a positive costs three times too much. alpha_t is alpha where the target is 1 and 1 - alpha where it is 0. Reread “4. $\\alpha_t$: the class weight, per class”.",
        "alpha_for_every_element": "Your answer multiplies every element by the same alpha, whatever its class, which only rescales the loss. alpha_t is a per-class weight: alpha for the positives, 1 - alpha for the negatives. Reread “4. $\\alpha_t$: the class weight, per class”.",
        "factor_from_p_not_p_t": "Your answer builds the modulating factor from the raw p, treating every element as a positive: an easy negative with p near 0 keeps its full loss. The factor uses p_t, the probability of the correct label. Reread “1. The problem: a flood of easy negatives”.",
        "alpha_ignored": "Your answer leaves out alpha_t, so the alpha given has no effect. The modulating factor looks at p_t only and knows nothing about classes; the per-class weight is alpha_t, dropped only when alpha is None. Reread “4. $\\alpha_t$: the class weight, per class”.",
        "mean_reduction": "Your answer averages the elements into one number, but the exercise asks for one loss per element, like torchvision's reduction=\"none\": RetinaNet sums and normalizes by the positives itself. Reread “5. Normalization and the prior-probability initialization”.",
        "gamma_always_two": "Your answer hard-codes the exponent 2 and ignores gamma. The focusing parameter is an argument: gamma = 0 must give back binary cross-entropy, and larger values make easy examples' loss vanish faster. Reread “2. The focal loss”.",
        "log_of_sigmoid": "Your answer takes the log of a sigmoid, which is log 0 = -inf once the sigmoid rounds to 0 or 1, so large logits give inf or nan. Compute -log p_t from the logit itself, in a softplus or log-sum-exp form that stays finite.",
        "clamped_probabilities": "Your answer clamps p_t to keep the log finite, which caps -log p_t at about 16: a logit of 1e4 on the wrong side costs far less than its true loss, which grows with the logit. Compute -log p_t from the logits in a stable form instead.",
        "stable_for_one_sign_only": "Your answer's cross-entropy is stable for positive logits only: for a large negative logit the exponential overflows to inf. A stable form must handle both signs, so that the exponential never gets a large positive argument.",
        "always_float32": "Your answer converts the inputs to float32, so float64 logits get float32 losses back and lose precision. The result must keep the shape, dtype and device of the logits.",
        "torchvision_call": "Your answer calls torchvision's sigmoid_focal_loss, which the exercise forbids: the point is to write the focal loss yourself, and the tests refuse it while your function runs. Reread “Exercise 1 · `sigmoid_focal_loss` (4 points)”.",
        "bce_with_logits_call": "Your answer gets -log p_t from F.binary_cross_entropy_with_logits, which is forbidden under any name. Compute the elementwise cross-entropy from the logits with the allowed functions. Reread “Exercise 1 · `sigmoid_focal_loss` (4 points)”.",
    },
    "prior_bias": {
        "wrong_sign": "Your answer has the sign flipped: for a small prior it gives a large positive bias, which starts every anchor at p close to 1, 'object'. The bias must satisfy sigma(b) = prior. Reread “5. Normalization and the prior-probability initialization”.",
        "log_of_the_prior": "Your answer returns the log of the prior and forgets the 1 - prior: close for small priors, but the sigmoid of it is not the prior. The inverse of the sigmoid is the logit, the log of the odds. Reread “5. Normalization and the prior-probability initialization”.",
        "log_of_one_plus_odds": "Your answer puts 1 + prior where 1 - prior belongs, so the sigmoid of your bias gives prior / (1 + 2 prior), not the prior. Solve sigma(b) = prior for b. Reread “5. Normalization and the prior-probability initialization”.",
        "returns_a_tensor": "Your answer returns a tensor, but the contract is a Python float: the bias is one number, handed to nn.init.constant_ or compared with other floats, without a dtype or device.",
        "returns_numpy_float": "Your answer returns a NumPy scalar, but the contract is a plain Python float. Python's math module already works in double precision and returns plain floats.",
        "always_negative": "Your answer clips the bias at 0, but the bias is negative only for priors below one half: above it the logit is positive. The sigmoid of the bias must give the prior back for every prior between 0 and 1.",
        "float32_logit": "Your answer computes in float32, which cannot meet a relative tolerance of 1e-9, and near 1 the prior is not even representable: 1 - 1e-7 rounds to another number. Compute in double precision.",
    },
}
