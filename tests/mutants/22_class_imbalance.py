"""Known-wrong answers to notebook 22_class_imbalance: each must be rejected by a failed check of its exercise's tests."""

MUTANTS = {
    "inverse_frequency_weights": {
        # SYLLABUS ✗: the frequency n_c / N, which gives the majority class the largest weight.
        "frequency_instead_of_inverse": '''
import torch

def inverse_frequency_weights(counts):
    total = sum(counts)
    return torch.tensor([n / total for n in counts], dtype=torch.float32)
''',
        # the seed's N / n_c: the same trained model, but not the weights asked for (no K).
        "no_division_by_K": '''
import torch

def inverse_frequency_weights(counts):
    total = sum(counts)
    return torch.tensor([total / n for n in counts], dtype=torch.float32)
''',
        # the seed's "normalize the weights": inverse frequencies rescaled to sum to 1.
        "normalized_to_sum_one": '''
import torch

def inverse_frequency_weights(counts):
    inverse = [1.0 / n for n in counts]
    return torch.tensor([v / sum(inverse) for v in inverse], dtype=torch.float32)
''',
        # 1 / n_c: inverse frequency without N.
        "one_over_count": '''
import torch

def inverse_frequency_weights(counts):
    return torch.tensor([1.0 / n for n in counts], dtype=torch.float32)
''',
        # the right values in float64: F.cross_entropy(weight=...) refuses them with float32 logits.
        "float64_tensor": '''
import torch

def inverse_frequency_weights(counts):
    total, k = sum(counts), len(counts)
    return torch.tensor([total / (k * n) for n in counts], dtype=torch.float64)
''',
        # a plain list of floats instead of a tensor.
        "python_list": '''
def inverse_frequency_weights(counts):
    total, k = sum(counts), len(counts)
    return [total / (k * n) for n in counts]
''',
        # passes the visible tests: int32 arithmetic overflows once N or K * n_c exceeds 2**31 - 1.
        "int32_overflow": '''
import torch

def inverse_frequency_weights(counts):
    c = torch.tensor(counts, dtype=torch.int32)
    return c.sum() / (len(counts) * c)
''',
        # sorts the counts in place (and so returns the weights in the wrong order).
        "sorts_its_argument": '''
import torch

def inverse_frequency_weights(counts):
    counts.sort(reverse=True)
    total, k = sum(counts), len(counts)
    return torch.tensor([total / (k * n) for n in counts], dtype=torch.float32)
''',
    },
    "weighted_cross_entropy": {
        # SYLLABUS ✗: dividing by N (the mean of w_y * l) instead of by sum(w_y).
        "divide_by_N": '''
import torch

def weighted_cross_entropy(logits, target, weight):
    log_probs = torch.log_softmax(logits, dim=1)
    losses = -log_probs[torch.arange(logits.shape[0], device=logits.device), target]
    return (weight[target] * losses).mean()
''',
        # dividing by the sum of all C class weights, present in the batch or not.
        "divide_by_sum_of_class_weights": '''
import torch

def weighted_cross_entropy(logits, target, weight):
    log_probs = torch.log_softmax(logits, dim=1)
    losses = -log_probs[torch.arange(logits.shape[0], device=logits.device), target]
    return (weight[target] * losses).sum() / weight.sum()
''',
        # no normalization at all: the weighted sum.
        "weighted_sum": '''
import torch

def weighted_cross_entropy(logits, target, weight):
    log_probs = torch.log_softmax(logits, dim=1)
    losses = -log_probs[torch.arange(logits.shape[0], device=logits.device), target]
    return (weight[target] * losses).sum()
''',
        # the weights forgotten: plain cross-entropy.
        "weights_ignored": '''
import torch

def weighted_cross_entropy(logits, target, weight):
    log_probs = torch.log_softmax(logits, dim=1)
    return -log_probs[torch.arange(logits.shape[0], device=logits.device), target].mean()
''',
        # weighting each example by its predicted class rather than its true class.
        "weight_of_predicted_class": '''
import torch

def weighted_cross_entropy(logits, target, weight):
    log_probs = torch.log_softmax(logits, dim=1)
    losses = -log_probs[torch.arange(logits.shape[0], device=logits.device), target]
    w = weight[logits.argmax(dim=1)]
    return (w * losses).sum() / w.sum()
''',
        # the weights multiplied into the logits.
        "weights_on_the_logits": '''
import torch

def weighted_cross_entropy(logits, target, weight):
    log_probs = torch.log_softmax(logits * weight, dim=1)
    losses = -log_probs[torch.arange(logits.shape[0], device=logits.device), target]
    return losses.mean()
''',
        # passes the visible tests: log(softmax) overflows to inf for large logits.
        "naive_log_softmax": '''
import torch

def weighted_cross_entropy(logits, target, weight):
    log_probs = torch.log(torch.softmax(logits, dim=1))
    losses = -log_probs[torch.arange(logits.shape[0], device=logits.device), target]
    w = weight[target]
    return (w * losses).sum() / w.sum()
''',
        # passes the visible tests: computed in float32, so float64 inputs come back as float32.
        "always_float32": '''
import torch

def weighted_cross_entropy(logits, target, weight):
    log_probs = torch.log_softmax(logits.float(), dim=1)
    losses = -log_probs[torch.arange(logits.shape[0], device=logits.device), target]
    w = weight.float()[target]
    return (w * losses).sum() / w.sum()
''',
        # passes the visible tests: the value as a new tensor, cut off from autograd.
        "not_differentiable": '''
import torch

def weighted_cross_entropy(logits, target, weight):
    log_probs = torch.log_softmax(logits, dim=1)
    losses = -log_probs[torch.arange(logits.shape[0], device=logits.device), target]
    w = weight[target]
    return torch.tensor(((w * losses).sum() / w.sum()).item(), dtype=logits.dtype, device=logits.device)
''',
        # the library call the exercise re-implements, under another name: refused at the dispatcher.
        "library_call": '''
from torch.nn.functional import cross_entropy as ce

def weighted_cross_entropy(logits, target, weight):
    return ce(logits, target, weight=weight)
''',
        "aten_nll_loss_forward": '''
import torch

def weighted_cross_entropy(logits, target, weight):
    loss, total_weight = torch.ops.aten.nll_loss_forward(torch.log_softmax(logits, dim=1), target, weight, 1, -100)
    return loss
''',
        "nll_loss_of_log_softmax": '''
import torch.nn as nn

def weighted_cross_entropy(logits, target, weight):
    return nn.NLLLoss(weight=weight)(logits.log_softmax(dim=1), target)
''',
    },
}
