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
        # passes the visible tests: the sum is promoted to int64, but K * n_c stays int32 and wraps around once it
        # exceeds 2**31 - 1.
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
        # passes the visible tests: log(softmax) is -inf once a probability underflows to 0 (logits far apart), so the
        # loss is inf.
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

EXPLANATIONS = {
    "inverse_frequency_weights": {
        "frequency_instead_of_inverse": "Your answer returns the class frequency n_c / N, which gives the majority class the largest weight and makes the imbalance worse. Class weights use the inverse frequency, so that a rare class counts more. Reread “4. Class weights: change how much each example counts”.",
        "no_division_by_K": "Your answer returns N / n_c. It would train the same model, since only the ratios matter, but the weights asked for are also divided by the number of classes, so that they average to 1 per training example. Reread “4. Class weights: change how much each example counts”.",
        "normalized_to_sum_one": "Your answer rescales the inverse frequencies to sum to 1. A common factor changes nothing in PyTorch's weighted mean, but it is not the convention asked for: the weights must average to 1 per training example. Reread “4. Class weights: change how much each example counts”.",
        "one_over_count": "Your answer returns 1 / n_c: the ratios are right, the scale is not. The weights asked for are scaled with N and K, so that every class carries the same total weight N / K and the weights average to 1 per example.",
        "float64_tensor": "Your answer returns float64 weights, which F.cross_entropy refuses next to float32 logits. The contract is a float32 tensor on the CPU, ready to be moved to the logits' device and passed as weight=.",
        "python_list": "Your answer returns a Python list, but the weight= argument of F.cross_entropy takes a tensor. The contract is a float32 tensor of shape (K,) on the CPU.",
        "int32_overflow": "Your answer computes in int32, and with counts up to 1e9 the product of K and a count passes 2**31 - 1 and wraps around to a negative number. Do the integer arithmetic in Python (or 64 bits) and make the float32 tensor at the end.",
        "sorts_its_argument": "Your answer sorts counts in place: the caller's list is changed, and the weights come back in sorted order instead of one per class in the order given. Leave the argument untouched.",
    },
    "weighted_cross_entropy": {
        "divide_by_N": "Your answer divides the weighted sum by the batch size N, a different loss whose scale changes when the weights are rescaled. PyTorch's weighted loss is a weighted mean over the batch's targets. Reread “4. Class weights: change how much each example counts”.",
        "divide_by_sum_of_class_weights": "Your answer divides by the sum of all C class weights, counting classes that may not appear in the batch. The denominator is the total weight of the examples' true classes. Reread “4. Class weights: change how much each example counts”.",
        "weighted_sum": "Your answer returns the weighted sum unnormalized, so the loss grows with the batch size and with the scale of the weights. PyTorch's loss is a weighted mean, unchanged when all weights are rescaled. Reread “4. Class weights: change how much each example counts”.",
        "weights_ignored": "Your answer ignores weight and returns plain cross-entropy, so the rare classes count no more than before. Each example's loss must carry the weight of its true class. Reread “4. Class weights: change how much each example counts”.",
        "weight_of_predicted_class": "Your answer weights each example by the class the model predicts, so the weighting follows the model's guesses. Class weights belong to the true class of each example. Reread “4. Class weights: change how much each example counts”.",
        "weights_on_the_logits": "Your answer multiplies the logits by the class weights, which changes the model's scores, not how much each error costs. Class weights scale each example's loss inside a weighted mean. Reread “4. Class weights: change how much each example counts”.",
        "naive_log_softmax": "Your answer takes the log of a softmax: when the logits are far apart, a probability underflows to 0 and its log is -inf, so the loss is inf. A log-softmax computed through log-sum-exp stays finite for any finite logits.",
        "always_float32": "Your answer computes in float32, so float64 logits get a float32 loss and lose precision. The loss must keep the dtype and device of the logits.",
        "not_differentiable": "Your answer rebuilds the value as a new tensor from a Python number, which cuts it off from autograd: no gradient reaches the logits and nothing can train on it. Keep the loss a tensor computation from start to end.",
        "library_call": "Your answer calls F.cross_entropy under another name, which the exercise forbids: the point is to build the weighted mean yourself, and the tests refuse the library loss whatever it is called. Reread “Exercise 2 · `weighted_cross_entropy` (3 points)”.",
        "aten_nll_loss_forward": "Your answer calls PyTorch's NLL-loss operator directly, which the exercise forbids: it is the weighted averaging step you are asked to write. Pick each example's loss and weight yourself. Reread “Exercise 2 · `weighted_cross_entropy` (3 points)”.",
        "nll_loss_of_log_softmax": "Your answer passes a log-softmax to nn.NLLLoss, one of the forbidden losses, which does the weighting and averaging for you. Form the weighted mean yourself. Reread “Exercise 2 · `weighted_cross_entropy` (3 points)”.",
    },
}
