"""Correct answers to notebook 29_ensembles, written differently from the reference (each must earn full points)."""

HONEST = {
    "soft_vote": {
        "loop_over_members_with_print": '''
import torch

def soft_vote(logits, weights=None):
    print("soft vote of", logits.shape[0], "members")
    if weights is None:
        weights = torch.ones(logits.shape[0], dtype=logits.dtype, device=logits.device)
    total = torch.zeros(logits.shape[1:], dtype=logits.dtype, device=logits.device)
    for w, z in zip(weights, logits):
        total = total + w * torch.softmax(z, dim=1)
    return total / weights.sum()
''',
        "normalized_weights_and_einsum": '''
import warnings
import torch.nn.functional as F

def soft_vote(logits, weights=None):
    probs = F.softmax(logits, dim=2)
    if weights is None:
        return probs.mean(0)
    warnings.warn("weighted soft vote")
    w = weights / weights.sum()
    return (probs * w.view(-1, 1, 1)).sum(0)
''',
        "log_sum_exp_by_hand": '''
import torch

def soft_vote(logits, weights=None):
    shifted = logits - logits.max(dim=-1, keepdim=True).values
    probs = shifted.exp() / shifted.exp().sum(dim=-1, keepdim=True)
    if weights is not None:
        return torch.tensordot(weights, probs, dims=1) / weights.sum()
    return probs.sum(dim=0) / logits.shape[0]
''',
    },
    "majority_vote": {
        "counter_per_column": '''
from collections import Counter
import torch

def majority_vote(predictions):
    winners = []
    for column in predictions.T.tolist():
        counts = Counter(column)
        top = max(counts.values())
        winners.append(min(c for c in counts if counts[c] == top))
    return torch.tensor(winners, dtype=torch.int64, device=predictions.device)
''',
        "scatter_add_counts": '''
import torch

def majority_vote(predictions):
    M, N = predictions.shape
    C = int(predictions.max()) + 1
    counts = torch.zeros(N, C, dtype=torch.int64, device=predictions.device)
    counts.scatter_add_(1, predictions.T.contiguous(), torch.ones_like(predictions.T.contiguous()))
    return torch.argmax(counts, dim=1)
''',
        "compare_with_each_class_and_warn": '''
import warnings
import torch

def majority_vote(predictions):
    warnings.warn("counting votes class by class")
    classes = range(int(predictions.max()) + 1)
    counts = torch.stack([(predictions == c).sum(dim=0) for c in classes], dim=1)
    best = counts.max(dim=1, keepdim=True).values
    is_best = counts == best
    index = torch.arange(counts.shape[1], device=predictions.device).expand_as(counts)
    return torch.where(is_best, index, counts.shape[1]).min(dim=1).values
''',
    },
}
