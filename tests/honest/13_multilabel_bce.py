"""Correct answers for 13_multilabel_bce written differently from the reference: each must pass its exercise's tests."""

HONEST = {
    "multilabel_bce": {
        "softplus_form": '''
import torch.nn.functional as F

def multilabel_bce(logits, targets):
    return (F.softplus(logits) - logits * targets).mean()
''',
        "logsigmoid_both_terms": '''
import torch.nn.functional as F

def multilabel_bce(logits, targets):
    per_entry = -(targets * F.logsigmoid(logits) + (1 - targets) * F.logsigmoid(-logits))
    return per_entry.sum() / per_entry.numel()
''',
        "helper_float64_and_warning": '''
import warnings
import torch

def _per_entry(x, y):
    return torch.maximum(x, torch.zeros_like(x)) - x * y + torch.log1p(torch.exp(-torch.abs(x)))

def multilabel_bce(logits, targets):
    warnings.warn("computing BCE in float64")
    return _per_entry(logits.double(), targets.double()).mean().to(logits.dtype)
''',
    },
    "predict_labels": {
        "logit_threshold": '''
import torch

def predict_labels(logits, threshold=0.5):
    t = torch.as_tensor(threshold, dtype=logits.dtype, device=logits.device)
    return logits > torch.log(t) - torch.log1p(-t)
''',
        "gt_with_print": '''
import torch

def predict_labels(logits, threshold=0.5):
    probabilities = 1 / (1 + torch.exp(-logits))
    print("thresholding", tuple(probabilities.shape), "probabilities")
    return torch.gt(probabilities, threshold)
''',
    },
}
