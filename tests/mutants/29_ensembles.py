"""Known-wrong answers to notebook 29_ensembles: each one a misconception the notebook explains (rejected by a failed check)."""

MUTANTS = {
    "soft_vote": {
        # SYLLABUS ✗: averaging the logits, then softmax: class 1 for the example instead of class 0.
        "average_logits": '''
import torch

def soft_vote(logits, weights=None):
    if weights is None:
        return torch.softmax(logits.mean(dim=0), dim=-1)
    return torch.softmax((weights[:, None, None] * logits).sum(dim=0) / weights.sum(), dim=-1)
''',
        # the softmax over the members instead of the classes.
        "softmax_over_members": '''
import torch

def soft_vote(logits, weights=None):
    probs = torch.softmax(logits, dim=0)
    if weights is None:
        return probs.mean(dim=0)
    return (weights[:, None, None] * probs).sum(dim=0) / weights.sum()
''',
        # the geometric mean of the probabilities, renormalized (the same rule as averaging logits).
        "geometric_mean": '''
import torch

def soft_vote(logits, weights=None):
    log_probs = torch.log_softmax(logits, dim=-1)
    w = torch.ones(logits.shape[0], dtype=logits.dtype, device=logits.device) if weights is None else weights
    mixed = (w[:, None, None] * log_probs).sum(dim=0) / w.sum()
    return torch.softmax(mixed, dim=-1)
''',
        # weights not divided by their sum: right for [1, 0, 0, 0] (passes the visible tests), wrong for [2, 1, 1].
        "weights_not_normalized": '''
import torch

def soft_vote(logits, weights=None):
    probs = torch.softmax(logits, dim=-1)
    if weights is None:
        return probs.mean(dim=0)
    return (weights[:, None, None] * probs).sum(dim=0)
''',
        # weights divided by M instead of their sum.
        "weights_divided_by_m": '''
import torch

def soft_vote(logits, weights=None):
    probs = torch.softmax(logits, dim=-1)
    if weights is None:
        return probs.mean(dim=0)
    return (weights[:, None, None] * probs).mean(dim=0)
''',
        # weights ignored.
        "weights_ignored": '''
import torch

def soft_vote(logits, weights=None):
    return torch.softmax(logits, dim=-1).mean(dim=0)
''',
        # exp / sum without the max shift: nan for logits of 1000 (passes the visible tests).
        "softmax_without_max_shift": '''
import torch

def soft_vote(logits, weights=None):
    e = torch.exp(logits)
    probs = e / e.sum(dim=-1, keepdim=True)
    if weights is None:
        return probs.mean(dim=0)
    return (weights[:, None, None] * probs).sum(dim=0) / weights.sum()
''',
        # returns the predicted classes instead of the probabilities.
        "returns_classes": '''
import torch

def soft_vote(logits, weights=None):
    return torch.softmax(logits, dim=-1).mean(dim=0).argmax(dim=1)
''',
        # the sum of the probabilities, not their mean: rows sum to M.
        "sum_not_mean": '''
import torch

def soft_vote(logits, weights=None):
    probs = torch.softmax(logits, dim=-1)
    if weights is None:
        return probs.sum(dim=0)
    return (weights[:, None, None] * probs).sum(dim=0) / weights.sum()
''',
        # computes in float32 always: float64 answers come back as float32.
        "always_float32": '''
import torch

def soft_vote(logits, weights=None):
    probs = torch.softmax(logits.float(), dim=-1)
    if weights is None:
        return probs.mean(dim=0)
    return (weights.float()[:, None, None] * probs).sum(dim=0) / weights.float().sum()
''',
    },
    "majority_vote": {
        # ties go to the largest class: [[3, 1], [1, 1]] gives [3, 1].
        "ties_to_largest_class": '''
import torch
import torch.nn.functional as F

def majority_vote(predictions):
    counts = F.one_hot(predictions, int(predictions.max()) + 1).sum(dim=0)
    C = counts.shape[1]
    return C - 1 - counts.flip(dims=[1]).argmax(dim=1)
''',
        # ties go to the first member's vote (Counter.most_common keeps the order of first appearance).
        "ties_to_first_member": '''
from collections import Counter
import torch

def majority_vote(predictions):
    out = [Counter(column).most_common(1)[0][0] for column in predictions.T.tolist()]
    return torch.tensor(out, dtype=torch.int64, device=predictions.device)
''',
        # votes along the rows: the samples of one member vote.
        "wrong_dimension": '''
import torch
import torch.nn.functional as F

def majority_vote(predictions):
    counts = F.one_hot(predictions, int(predictions.max()) + 1).sum(dim=1)
    return counts.argmax(dim=1)
''',
        # the rounded mean of the class indices: not a vote.
        "rounded_mean": '''
import torch

def majority_vote(predictions):
    return predictions.float().mean(dim=0).round().long()
''',
        # the (lower) median of the class indices: right on the visible examples, not a vote.
        "median": '''
import torch

def majority_vote(predictions):
    return predictions.median(dim=0).values
''',
        # a Python list instead of a tensor.
        "returns_a_list": '''
import torch.nn.functional as F

def majority_vote(predictions):
    counts = F.one_hot(predictions, int(predictions.max()) + 1).sum(dim=0)
    return counts.argmax(dim=1).tolist()
''',
        # classes assumed to be 0..M-1 (one_hot sized by the number of members): wrong for larger class indices.
        "classes_sized_by_members": '''
import torch
import torch.nn.functional as F

def majority_vote(predictions):
    classes = predictions.clamp(max=predictions.shape[0] - 1)
    counts = F.one_hot(classes, predictions.shape[0]).sum(dim=0)
    return counts.argmax(dim=1)
''',
    },
}
