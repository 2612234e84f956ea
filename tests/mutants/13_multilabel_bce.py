"""Known-wrong answers for 13_multilabel_bce: each must fail its exercise's tests."""

MUTANTS = {
    "multilabel_bce": {
        "softmax_instead_of_sigmoid": '''
import torch
def multilabel_bce(logits, targets):
    p = torch.softmax(logits, dim=-1)
    return (-(targets * torch.log(p) + (1 - targets) * torch.log(1 - p))).mean()
''',
        "naive_log_sigmoid": '''
import torch
def multilabel_bce(logits, targets):
    p = torch.sigmoid(logits)
    return (-(targets * torch.log(p) + (1 - targets) * torch.log(1 - p))).mean()
''',
        "clamped_probabilities": '''
import torch
def multilabel_bce(logits, targets):
    p = torch.sigmoid(logits).clamp(1e-7, 1 - 1e-7)
    return (-(targets * torch.log(p) + (1 - targets) * torch.log(1 - p))).mean()
''',
        "sum_instead_of_mean": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.sum()
''',
        "mean_over_batch_sum_over_labels": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.sum(dim=1).mean()
''',
        "mean_over_labels_sum_over_batch": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.mean(dim=1).sum()
''',
        "stable_for_positive_logits_only": '''
import torch
def multilabel_bce(logits, targets):
    return (logits - logits * targets + torch.log1p(torch.exp(-logits))).mean()
''',
        "stable_for_negative_logits_only": '''
import torch
def multilabel_bce(logits, targets):
    return (-logits * targets + torch.log1p(torch.exp(logits))).mean()
''',
        "abs_missing_in_log_term": '''
import torch
def multilabel_bce(logits, targets):
    return (logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits))).mean()
''',
        "target_sign_flipped": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * (1 - targets) + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.mean()
''',
        "calls_library_with_logits": '''
import torch.nn.functional as F
def multilabel_bce(logits, targets):
    return F.binary_cross_entropy_with_logits(logits, targets)
''',
        "calls_bce_module": '''
import torch.nn as nn
def multilabel_bce(logits, targets):
    return nn.BCEWithLogitsLoss()(logits, targets)
''',
        "calls_torch_namespace": '''
import torch
def multilabel_bce(logits, targets):
    return torch.binary_cross_entropy_with_logits(logits, targets, None, None, 1)   # reduction 1 = mean
''',
        "pre_imported_library_function": '''
from torch.nn.functional import binary_cross_entropy_with_logits as library_bce
def multilabel_bce(logits, targets):
    return library_bce(logits, targets)
''',
        "aten_op_on_probabilities": '''
import torch
def multilabel_bce(logits, targets):
    return torch.ops.aten.binary_cross_entropy(torch.sigmoid(logits), targets).mean()
''',
        "bce_module_on_sigmoid": '''
import torch
import torch.nn as nn
def multilabel_bce(logits, targets):
    return nn.BCELoss()(torch.sigmoid(logits), targets)
''',
        "calls_library_on_probabilities": '''
import torch
import torch.nn.functional as F
def multilabel_bce(logits, targets):
    return F.binary_cross_entropy(torch.sigmoid(logits), targets)
''',
        "returns_python_float": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.mean().item()
''',
        "returns_shape_one": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.mean().reshape(1)
''',
        "detached_from_graph": '''
import torch
def multilabel_bce(logits, targets):
    with torch.no_grad():
        per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
        return per_entry.mean()
''',
        "always_float32": '''
import torch
def multilabel_bce(logits, targets):
    logits, targets = logits.float(), targets.float()
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.mean()
''',
        "visible_examples_only": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    if logits.numel() <= 6:
        return per_entry.mean()
    return per_entry.sum(dim=1).mean()
''',
    },
    "predict_labels": {
        "argmax_one_label": '''
import torch
def predict_labels(logits, threshold=0.5):
    return torch.nn.functional.one_hot(logits.argmax(dim=1), logits.shape[1]).bool()
''',
        "threshold_on_logits": '''
import torch
def predict_labels(logits, threshold=0.5):
    return logits > threshold
''',
        "logits_positive_ignores_threshold": '''
import torch
def predict_labels(logits, threshold=0.5):
    return logits > 0
''',
        "greater_or_equal": '''
import torch
def predict_labels(logits, threshold=0.5):
    return torch.sigmoid(logits) >= threshold
''',
        "softmax_then_threshold": '''
import torch
def predict_labels(logits, threshold=0.5):
    return torch.softmax(logits, dim=1) > threshold
''',
        "returns_int64": '''
import torch
def predict_labels(logits, threshold=0.5):
    return (torch.sigmoid(logits) > threshold).long()
''',
        "returns_float": '''
import torch
def predict_labels(logits, threshold=0.5):
    return (torch.sigmoid(logits) > threshold).float()
''',
        "mean_of_per_label_thresholds": '''
import torch
def predict_labels(logits, threshold=0.5):
    if isinstance(threshold, torch.Tensor):
        threshold = threshold.mean().item()
    return torch.sigmoid(logits) > threshold
''',
        "threshold_per_row": '''
import torch
def predict_labels(logits, threshold=0.5):
    if isinstance(threshold, torch.Tensor):
        threshold = threshold[:, None]
    return torch.sigmoid(logits) > threshold
''',
        "at_least_one_label": '''
import torch
def predict_labels(logits, threshold=0.5):
    pred = torch.sigmoid(logits) > threshold
    empty = ~pred.any(dim=1)
    pred[empty, logits[empty].argmax(dim=1)] = True
    return pred
''',
        "top_two": '''
import torch
def predict_labels(logits, threshold=0.5):
    pred = torch.zeros_like(logits, dtype=torch.bool)
    pred.scatter_(1, logits.topk(min(2, logits.shape[1]), dim=1).indices, True)
    return pred
''',
    },
}
