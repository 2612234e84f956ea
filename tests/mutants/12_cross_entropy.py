"""Known-wrong answers for 12_cross_entropy: each must fail its exercise's tests."""

MUTANTS = {
    "cross_entropy": {
        # SYLLABUS ✗: a softmax layer before the loss (double softmax): 0.797190 for [[2, 1, 0]], class 0.
        "softmax_applied_before": '''
import torch

def cross_entropy(logits, target):
    probs = torch.softmax(logits, dim=1)
    log_probs = probs - torch.logsumexp(probs, dim=1, keepdim=True)
    return -log_probs[torch.arange(logits.shape[0], device=logits.device), target].mean()
''',
        # SYLLABUS ✗: log(softmax) overflows to inf for [[1000, 0]], class 1.
        "naive_log_softmax": '''
import torch

def cross_entropy(logits, target):
    log_probs = torch.log(torch.softmax(logits, dim=1))
    return -log_probs[torch.arange(logits.shape[0], device=logits.device), target].mean()
''',
        # log-sum-exp without subtracting the maximum: exp(1000) overflows.
        "logsumexp_without_max": '''
import torch

def cross_entropy(logits, target):
    lse = torch.log(torch.exp(logits).sum(dim=1, keepdim=True))
    log_probs = logits - lse
    return -log_probs[torch.arange(logits.shape[0], device=logits.device), target].mean()
''',
        # SYLLABUS ✗: sum over the batch instead of the mean.
        "sum_instead_of_mean": '''
import torch

def cross_entropy(logits, target):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return -log_probs[torch.arange(logits.shape[0], device=logits.device), target].sum()
''',
        # the one-hot product averaged over all N*C entries.
        "mean_over_all_entries": '''
import torch
import torch.nn.functional as F

def cross_entropy(logits, target):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    onehot = F.one_hot(target, logits.shape[1]).to(logits.dtype)
    return -(onehot * log_probs).mean()
''',
        # log_probs[:, target] is an N x N block: right for N = 1 only.
        "column_indexing": '''
import torch

def cross_entropy(logits, target):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return -log_probs[:, target].mean()
''',
        "library_call": '''
import torch.nn.functional as F

def cross_entropy(logits, target):
    return F.cross_entropy(logits, target)
''',
        "nll_loss_call": '''
import torch.nn.functional as F

def cross_entropy(logits, target):
    return F.nll_loss(F.log_softmax(logits, dim=1), target)
''',
        "module_call": '''
import torch.nn as nn

def cross_entropy(logits, target):
    return nn.CrossEntropyLoss()(logits, target)
''',
        "pre_imported_library_function": '''
from torch.nn.functional import cross_entropy as library_cross_entropy

def cross_entropy(logits, target):
    return library_cross_entropy(logits, target)
''',
        "private_binding": '''
import torch

def cross_entropy(logits, target):
    return torch._C._nn.cross_entropy_loss(logits, target, None, 1, -100, 0.0)   # reduction 1 = mean
''',
        "aten_nll_loss": '''
import torch

def cross_entropy(logits, target):
    log_probs = torch.log_softmax(logits, dim=1)
    return torch.ops.aten.nll_loss(log_probs, target)
''',
        "nll_module_after_log_softmax": '''
import torch.nn as nn

def cross_entropy(logits, target):
    return nn.NLLLoss()(nn.LogSoftmax(dim=1)(logits), target)
''',
        "wrong_sign": '''
import torch

def cross_entropy(logits, target):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return log_probs[torch.arange(logits.shape[0], device=logits.device), target].mean()
''',
        # raw logit of the true class, without the log-sum-exp normalization.
        "no_normalization": '''
import torch

def cross_entropy(logits, target):
    return -logits[torch.arange(logits.shape[0], device=logits.device), target].mean()
''',
        "python_float_result": '''
import torch

def cross_entropy(logits, target):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return -log_probs[torch.arange(logits.shape[0], device=logits.device), target].mean().item()
''',
        "shape_1_result": '''
import torch

def cross_entropy(logits, target):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return -log_probs.gather(1, target[:, None]).mean(dim=0)
''',
        "detached_result": '''
import torch

def cross_entropy(logits, target):
    log_probs = logits.detach() - torch.logsumexp(logits.detach(), dim=1, keepdim=True)
    return -log_probs[torch.arange(logits.shape[0], device=logits.device), target].mean()
''',
        "cast_to_float32": '''
import torch

def cross_entropy(logits, target):
    logits = logits.float()
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return -log_probs[torch.arange(logits.shape[0], device=logits.device), target].mean()
''',
        # subtracts the max in place: the caller's logits change.
        "modifies_input": '''
import torch

def cross_entropy(logits, target):
    with torch.no_grad():
        logits -= logits.max(dim=1, keepdim=True).values
    log_probs = logits - torch.log(torch.exp(logits).sum(dim=1, keepdim=True))
    return -log_probs[torch.arange(logits.shape[0], device=logits.device), target].mean()
''',
        "first_row_only": '''
import torch

def cross_entropy(logits, target):
    log_probs = logits[0] - torch.logsumexp(logits[0], dim=0)
    return -log_probs[target[0]]
''',
        "visible_examples_only": '''
import math
import torch

def cross_entropy(logits, target):
    values = logits.tolist()
    known = {((0.0, 0.0, 0.0),): math.log(3), ((1.0, 3.0), (2.0, 0.0)): 0.126928, ((0.0, 800.0),): 800.0}
    key = tuple(tuple(row) for row in values)
    if key in known:
        return torch.tensor(known[key], dtype=logits.dtype)
    log_probs = torch.log(torch.softmax(logits, dim=1))
    return -log_probs[torch.arange(logits.shape[0]), target].sum()
''',
    },
    "onehot_cross_entropy": {
        # SYLLABUS ✗: mean over all N*C entries instead of over the N examples.
        "mean_over_all_entries": '''
import torch

def onehot_cross_entropy(logits, onehot):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return -(onehot * log_probs).mean()
''',
        # hard labels only: soft targets are thrown away.
        "argmax_to_index": '''
import torch

def onehot_cross_entropy(logits, onehot):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    target = onehot.argmax(dim=1)
    return -log_probs[torch.arange(logits.shape[0], device=logits.device), target].mean()
''',
        # log(softmax): inf, and nan where a zero target meets log 0.
        "naive_log_softmax": '''
import torch

def onehot_cross_entropy(logits, onehot):
    return -(onehot * torch.log(torch.softmax(logits, dim=1))).sum(dim=1).mean()
''',
        "sum_over_batch": '''
import torch

def onehot_cross_entropy(logits, onehot):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return -(onehot * log_probs).sum()
''',
        "softmax_applied_before": '''
import torch

def onehot_cross_entropy(logits, onehot):
    probs = torch.softmax(logits, dim=1)
    log_probs = probs - torch.logsumexp(probs, dim=1, keepdim=True)
    return -(onehot * log_probs).sum(dim=1).mean()
''',
        "library_call": '''
import torch.nn.functional as F

def onehot_cross_entropy(logits, onehot):
    return F.cross_entropy(logits, onehot)
''',
        "module_call": '''
import torch.nn as nn

def onehot_cross_entropy(logits, onehot):
    return nn.CrossEntropyLoss()(logits, onehot)
''',
        "pre_imported_library_function": '''
from torch.nn.functional import cross_entropy as library_cross_entropy

def onehot_cross_entropy(logits, onehot):
    return library_cross_entropy(logits, onehot)
''',
        "private_binding": '''
import torch

def onehot_cross_entropy(logits, onehot):
    return torch._C._nn.cross_entropy_loss(logits, onehot, None, 1, -100, 0.0)   # reduction 1 = mean
''',
        "aten_op": '''
import torch

def onehot_cross_entropy(logits, onehot):
    return torch.ops.aten.cross_entropy_loss(logits, onehot)
''',
        "wrong_sign": '''
import torch

def onehot_cross_entropy(logits, onehot):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return (onehot * log_probs).sum(dim=1).mean()
''',
        "no_normalization": '''
import torch

def onehot_cross_entropy(logits, onehot):
    return -(onehot * logits).sum(dim=1).mean()
''',
        "per_example_vector": '''
import torch

def onehot_cross_entropy(logits, onehot):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return -(onehot * log_probs).sum(dim=1)
''',
        "python_float_result": '''
import torch

def onehot_cross_entropy(logits, onehot):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return -(onehot * log_probs).sum(dim=1).mean().item()
''',
        "detached_result": '''
import torch

def onehot_cross_entropy(logits, onehot):
    log_probs = (logits - torch.logsumexp(logits, dim=1, keepdim=True)).detach()
    return -(onehot * log_probs).sum(dim=1).mean()
''',
    },
    "multiclass_hinge": {
        # SYLLABUS ✗: the j = y term is included, adding 1 to every example (3.9).
        "includes_true_class": '''
def multiclass_hinge(scores, y):
    s = [float(v) for v in scores]
    return sum(max(0.0, s[j] - s[y] + 1.0) for j in range(len(s)))
''',
        # SYLLABUS ✗: margin 0 (1.9).
        "margin_zero": '''
def multiclass_hinge(scores, y):
    s = [float(v) for v in scores]
    return sum(max(0.0, s[j] - s[y]) for j in range(len(s)) if j != y)
''',
        # PyTorch's value as is: divided by C.
        "divided_by_num_classes": '''
import torch
import torch.nn.functional as F

def multiclass_hinge(scores, y):
    s = torch.as_tensor(scores, dtype=torch.float64).cpu()
    return F.multi_margin_loss(s[None], torch.tensor([y])).item()
''',
        "max_instead_of_sum": '''
def multiclass_hinge(scores, y):
    s = [float(v) for v in scores]
    return max([0.0] + [max(0.0, s[j] - s[y] + 1.0) for j in range(len(s)) if j != y])
''',
        # skips classes whose score equals the true score, so a tie is dropped.
        "skips_equal_scores": '''
def multiclass_hinge(scores, y):
    s = [float(v) for v in scores]
    return sum(max(0.0, v - s[y] + 1.0) for v in s if v != s[y])
''',
        "int_zero": '''
def multiclass_hinge(scores, y):
    s = [float(v) for v in scores]
    total = 0
    for j in range(len(s)):
        if j != y:
            total += max(0, s[j] - s[y] + 1)
    return total
''',
        "tensor_result": '''
import torch

def multiclass_hinge(scores, y):
    s = torch.as_tensor(scores, dtype=torch.float64)
    mask = torch.ones_like(s, dtype=torch.bool)
    mask[y] = False
    return torch.clamp(s[mask] - s[y] + 1, min=0).sum()
''',
        # works on lists, but tensor items stay 0-d tensors and so does the result.
        "tensor_items_not_converted": '''
def multiclass_hinge(scores, y):
    total = 0.0
    for j in range(len(scores)):
        if j != y:
            total = total + max(0.0, scores[j] - scores[y] + 1.0)
    return total
''',
        "squared_hinge": '''
def multiclass_hinge(scores, y):
    s = [float(v) for v in scores]
    return sum(max(0.0, s[j] - s[y] + 1.0) ** 2 for j in range(len(s)) if j != y)
''',
        "wrong_sign": '''
def multiclass_hinge(scores, y):
    s = [float(v) for v in scores]
    return sum(max(0.0, s[y] - s[j] + 1.0) for j in range(len(s)) if j != y)
''',
        "visible_examples_only": '''
def multiclass_hinge(scores, y):
    s = [float(v) for v in scores]
    known = {((1.0, 2.0, 0.5), 2): 4.0, ((5.0, 1.0, 2.0), 0): 0.0, ((0.0, 0.5), 1): 0.5}
    if (tuple(s), y) in known:
        return known[(tuple(s), y)]
    return float(sum(max(0.0, v - s[y] + 1.0) for v in s))
''',
    },
}
