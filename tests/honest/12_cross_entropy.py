"""Correct answers for 12_cross_entropy written differently from the reference: each must pass its exercise's tests."""

HONEST = {
    "cross_entropy": {
        "log_softmax_and_gather": '''
import torch.nn.functional as F

def cross_entropy(logits, target):
    log_probs = F.log_softmax(logits, dim=1)
    return -log_probs.gather(1, target[:, None]).squeeze(1).mean()
''',
        "rows_in_a_loop_with_print": '''
import torch

def cross_entropy(logits, target):
    print("cross_entropy of a batch of", logits.shape[0])
    losses = []
    for row, y in zip(logits, target):
        m = row.max()
        losses.append(m + torch.log(torch.exp(row - m).sum()) - row[y])
    return torch.stack(losses).mean()
''',
        "one_hot_mask_and_warning": '''
import warnings
import torch
import torch.nn.functional as F

def cross_entropy(logits, target):
    warnings.warn("building a one-hot mask")
    mask = F.one_hot(target, logits.shape[1]).to(logits.dtype)
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return -(mask * log_probs).sum(dim=1).mean()
''',
    },
    "onehot_cross_entropy": {
        "log_softmax_helper": '''
import torch

def _stable_log_probs(z):
    return torch.log_softmax(z, dim=1)

def onehot_cross_entropy(logits, onehot):
    per_example = -(onehot * _stable_log_probs(logits)).sum(dim=1)
    return per_example.mean()
''',
        "max_shift_by_hand": '''
import torch

def onehot_cross_entropy(logits, onehot):
    m = logits.max(dim=1, keepdim=True).values
    shifted = logits - m
    log_probs = shifted - torch.log(torch.exp(shifted).sum(dim=1, keepdim=True))
    return -(onehot * log_probs).sum() / logits.shape[0]
''',
        "einsum_float64_inside": '''
import torch

def onehot_cross_entropy(logits, onehot):
    z = logits.double()
    log_probs = z - torch.logsumexp(z, dim=1, keepdim=True)
    return (-torch.einsum("nc,nc->", onehot.double(), log_probs) / z.shape[0]).to(logits.dtype)
''',
    },
    "multiclass_hinge": {
        "tensor_ops_then_float": '''
import torch

def multiclass_hinge(scores, y):
    s = torch.as_tensor(scores, dtype=torch.float64).cpu()
    margins = (s - s[y] + 1.0).clamp(min=0.0)
    margins[y] = 0.0
    return float(margins.sum())
''',
        "generator_sum_from_float": '''
def multiclass_hinge(scores, y):
    values = [float(v) for v in scores]
    return sum((max(0.0, v - values[y] + 1.0) for j, v in enumerate(values) if j != y), 0.0)
''',
    },
}
