"""Correct answers to notebook 22_class_imbalance written differently from the reference: each must earn full points."""

HONEST = {
    "inverse_frequency_weights": {
        # vectorized in float64 (int64 counts), converted at the end.
        "vectorized_float64_then_float32": '''
import torch

def inverse_frequency_weights(counts):
    c = torch.tensor(counts, dtype=torch.float64)
    return (c.sum() / (len(counts) * c)).to(torch.float32)
''',
        # NumPy, the mean count over each count, with a print.
        "numpy_mean_count": '''
import numpy as np
import torch

def inverse_frequency_weights(counts):
    c = np.asarray(counts, dtype=np.float64)
    print("classes:", len(c))
    return torch.from_numpy(c.mean() / c).float()
''',
        # an explicit loop with a helper and a warning.
        "loop_with_helper_and_warning": '''
import warnings
import torch

def _weight(n, total, k):
    return total / k / n

def inverse_frequency_weights(counts):
    warnings.warn("computing class weights")
    total = 0
    for n in counts:
        total += n
    out = torch.empty(len(counts), dtype=torch.float32)
    for i, n in enumerate(counts):
        out[i] = _weight(n, total, len(counts))
    return out
''',
    },
    "weighted_cross_entropy": {
        # F.log_softmax and gather; the denominator as the mean weight times N.
        "log_softmax_gather": '''
import torch.nn.functional as F

def weighted_cross_entropy(logits, target, weight):
    nll = -F.log_softmax(logits, dim=1).gather(1, target[:, None]).squeeze(1)
    w = weight.gather(0, target)
    return (w * nll).mean() / w.mean()
''',
        # a loop over the rows with the max subtracted by hand, and a print.
        "rows_in_a_loop_with_print": '''
import torch

def weighted_cross_entropy(logits, target, weight):
    print("weighted cross-entropy of", logits.shape[0], "examples")
    numerator, denominator = 0, 0
    for row, y in zip(logits, target):
        m = row.max()
        loss = m + torch.log(torch.exp(row - m).sum()) - row[y]
        numerator = numerator + weight[y] * loss
        denominator = denominator + weight[y]
    return numerator / denominator
''',
        # one-hot masks for both the picked log-probability and the weights, weights normalized first, a warning.
        "one_hot_normalized_weights_and_warning": '''
import warnings
import torch
import torch.nn.functional as F

def weighted_cross_entropy(logits, target, weight):
    warnings.warn("one-hot weighted loss")
    onehot = F.one_hot(target, logits.shape[1]).to(logits.dtype)
    w = weight / weight.max()                      # rescaling the weights changes nothing
    per_row_weight = onehot @ w
    per_row_loss = -(onehot * torch.log_softmax(logits, dim=1)).sum(dim=1)
    return (per_row_weight * per_row_loss).sum() / per_row_weight.sum()
''',
    },
}
