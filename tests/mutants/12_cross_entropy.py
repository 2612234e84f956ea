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

EXPLANATIONS = {
    "cross_entropy": {
        "softmax_applied_before": "Your answer applies softmax before the log-sum-exp, so softmax runs twice: the value is wrong and the loss can never get small. The log-probabilities must come from the raw logits. Reread “4. `F.cross_entropy` takes logits: no softmax in the last layer”.",
        "naive_log_softmax": "Your answer takes the log of softmax probabilities: for large logits exp overflows, a probability rounds to 0 and the loss becomes inf. Compute log-probabilities directly with log-sum-exp. Reread “3. Computing it from logits without overflow”.",
        "logsumexp_without_max": "Your hand-written log-sum-exp does not subtract the maximum logit first, so exp of a large logit overflows to inf. After the shift the largest exponent is e^0 = 1 and nothing overflows. Reread “3. Computing it from logits without overflow”.",
        "sum_instead_of_mean": "Your answer sums the per-example losses, so the loss grows with the batch size. The cross-entropy of a mini-batch is the mean over its N examples, PyTorch's default reduction. Reread “1. Cross-entropy: minus the log-probability of the true class”.",
        "mean_over_all_entries": "Averaging the one-hot product over all N*C entries divides by C one time too many. Within an example the classes are summed (only one term is non-zero); only the examples are averaged. Reread “5. Categorical vs sparse categorical cross-entropy: one loss, two target formats”.",
        "column_indexing": "Indexing the columns with the whole target vector picks an N x N block (every row at every target), which is right only for a batch of one. Each row must contribute the log-probability of its own true class. Reread “Exercise 1 · `cross_entropy` (3 points)”.",
        "library_call": "Your answer calls F.cross_entropy, which this exercise forbids: the hidden tests refuse it while your function runs. The point is to compute the stable log-probabilities and pick the true class's entry yourself.",
        "nll_loss_call": "F.nll_loss after log_softmax is exactly how F.cross_entropy is built, and F.nll_loss is refused as well. Selecting -log p_y in each row and averaging is the part you must write yourself. Reread “3. Computing it from logits without overflow”.",
        "module_call": "nn.CrossEntropyLoss is the module form of the same library loss and is refused by the hidden tests. The exercise asks you to turn logits into the mean of -log p_y with your own code.",
        "pre_imported_library_function": "Importing F.cross_entropy under another name is still PyTorch's loss, and the tests refuse it under any name. Build the loss yourself: log-probabilities by log-sum-exp, then the true class of each row.",
        "private_binding": "Calling PyTorch's private cross-entropy binding reaches the forbidden library loss by a back door; the tests refuse PyTorch's NLL-loss operator itself. Compute the log-probabilities and select the true classes yourself.",
        "aten_nll_loss": "torch.ops.aten.nll_loss is the operator behind F.nll_loss, and it is refused too. log_softmax is allowed, but picking each row's true-class entry and averaging must be your own code.",
        "nll_module_after_log_softmax": "nn.LogSoftmax followed by nn.NLLLoss equals nn.CrossEntropyLoss, and nn.NLLLoss is not allowed. Do the NLL step yourself: take -log p_y of each row and average. Reread “4. `F.cross_entropy` takes logits: no softmax in the last layer”.",
        "wrong_sign": "Your answer returns the mean log-probability of the true class, which is negative; the loss is minus it. Cross-entropy -log p_y is never negative and is zero only for a certain, correct prediction. Reread “1. Cross-entropy: minus the log-probability of the true class”.",
        "no_normalization": "Your answer uses the raw logit of the true class and drops the log-sum-exp term, so it is not a log-probability: nothing normalises over the classes and the loss is unbounded below. Reread “1. Cross-entropy: minus the log-probability of the true class”.",
        "python_float_result": "Your answer returns a Python float via .item(), which cuts the loss off from autograd, so loss.backward() cannot work. The contract is a 0-d tensor with the dtype and device of the logits, like F.cross_entropy's result.",
        "shape_1_result": "Your value is right but has shape (1,): the mean over dim 0 leaves a dimension behind. The contract is a 0-d tensor of shape (), like F.cross_entropy's result, so the loss is a single scalar.",
        "detached_result": "Your answer detaches the logits, so the loss has no gradient path back to them and a model trained with it would never learn. The loss must stay in the autograd graph so backward gives p - onehot(y), averaged over the batch.",
        "cast_to_float32": "Your answer converts the logits to float32, so float64 inputs come back as float32 and lose precision. Compute in the logits' own dtype and return the loss in that dtype.",
        "modifies_input": "Your answer subtracts the maximum from the caller's logits in place, so their tensor is different after the call. A loss function must leave its inputs untouched; do the max shift on a new tensor or use torch.logsumexp.",
        "first_row_only": "Your answer computes the loss of the first example only and ignores the rest of the batch. The loss of a mini-batch is the mean of all N per-example losses. Reread “1. Cross-entropy: minus the log-probability of the true class”.",
        "visible_examples_only": "Your answer hard-codes the visible test values and otherwise sums log(softmax) over the batch, which overflows and grows with N. The hidden tests use other inputs: implement the general, stable mean loss.",
    },
    "onehot_cross_entropy": {
        "mean_over_all_entries": "Your answer takes the mean over all N*C entries, dividing by C one time too many. The loss is a mean over examples; within an example the terms q_j log p_j are summed over the classes. Reread “Exercise 2 · `onehot_cross_entropy` (2 points)”.",
        "argmax_to_index": "Converting the rows to indices with argmax is right for hard labels only: soft targets from label smoothing or mixup are thrown away. Every class must be weighted by its target probability. Reread “5. Categorical vs sparse categorical cross-entropy: one loss, two target formats”.",
        "naive_log_softmax": "log(softmax) overflows for large logits, and where a zero target meets log 0 the product 0 * (-inf) is nan. Stable log-probabilities from log-sum-exp are always finite. Reread “3. Computing it from logits without overflow”.",
        "sum_over_batch": "Your answer sums over the batch as well as over the classes, so the loss grows with N. Sum over the classes within each example, but average over the examples. Reread “Exercise 2 · `onehot_cross_entropy` (2 points)”.",
        "softmax_applied_before": "Your answer feeds softmax outputs into log-sum-exp, a double softmax: the value is wrong and the loss has a floor it cannot go below. The log-probabilities must come from the raw logits. Reread “4. `F.cross_entropy` takes logits: no softmax in the last layer”.",
        "library_call": "F.cross_entropy does accept probability targets, but it is forbidden here and the hidden tests refuse it while your function runs. The exercise is to compute H(q, p) = -sum_j q_j log p_j yourself.",
        "module_call": "nn.CrossEntropyLoss is the library loss in module form and is refused while your function runs. Weight the stable log-probabilities by the targets with your own code.",
        "pre_imported_library_function": "Renaming the import does not change the function: the tests refuse PyTorch's cross-entropy under any name. Write the categorical cross-entropy from log-probabilities and target rows yourself.",
        "private_binding": "The private torch._C binding is PyTorch's cross-entropy by another route and counts as the forbidden library loss. Compute -sum_j q_j log p_j per example and average it yourself.",
        "aten_op": "torch.ops.aten.cross_entropy_loss is the operator behind F.cross_entropy, so it is the forbidden library loss under another name. Build the loss from log-sum-exp and the target rows instead.",
        "wrong_sign": "Your answer drops the minus sign of H(q, p) = -sum_j q_j log p_j, so the loss is negative and minimising it would push the target classes' probabilities down. Reread “1. Cross-entropy: minus the log-probability of the true class”.",
        "no_normalization": "Your answer weights the raw logits, not log-probabilities: without the log-sum-exp term nothing normalises over the classes, and the value is not a cross-entropy. Reread “1. Cross-entropy: minus the log-probability of the true class”.",
        "per_example_vector": "Your answer returns one loss per example, a vector of shape (N,), instead of a 0-d tensor. The batch loss is the mean of these per-example cross-entropies, a single scalar that backward can start from.",
        "python_float_result": "Calling .item() turns the loss into a Python float, which carries no gradient, so backward cannot run. Return a 0-d tensor with the dtype and device of the logits.",
        "detached_result": "Detaching the log-probabilities cuts the autograd graph: the loss no longer depends on the logits, so no gradient would reach the model. Keep every step differentiable.",
    },
    "multiclass_hinge": {
        "includes_true_class": "Your sum includes j = y, whose term max(0, s_y - s_y + 1) = 1 adds 1 to every example. The hinge loss sums over the other classes only. Reread “6. Multiclass hinge loss and the other classification losses”.",
        "margin_zero": "Your answer uses margin 0, so a prediction that is right by a hair costs nothing. The multiclass hinge asks the true class to beat every other class by a margin of 1. Reread “6. Multiclass hinge loss and the other classification losses”.",
        "divided_by_num_classes": "F.multi_margin_loss divides the sum by the number of classes C, so your value is C times too small. The exercise asks for the undivided sum over j != y. Reread “6. Multiclass hinge loss and the other classification losses”.",
        "max_instead_of_sum": "Your answer keeps only the worst wrong class (a max over j), which is a different SVM variant. The loss asked for adds up the penalties of every class inside the margin. Reread “6. Multiclass hinge loss and the other classification losses”.",
        "skips_equal_scores": "Your answer skips every class whose score equals s_y instead of skipping the index y, so a tie disappears. A tie is inside the margin and must cost 1. Reread “Exercise 3 · `multiclass_hinge` (2 points)”.",
        "int_zero": "When no class violates the margin your answer returns the int 0, not a float. The contract is a Python float in every case, so the sum and the clipping must stay in floats. Reread “Exercise 3 · `multiclass_hinge` (2 points)”.",
        "tensor_result": "Your value is right but comes back as a 0-d tensor. The contract is a plain Python float for list and tensor inputs alike, so callers can use it as a number whatever the device.",
        "tensor_items_not_converted": "For a tensor input your loop adds 0-d tensors, so the result is a tensor rather than a Python float. Convert the scores to plain floats first, so lists and tensors on any device behave alike.",
        "squared_hinge": "Your answer squares each term (the squared hinge). The multiclass hinge loss sums the plain clipped terms max(0, s_j - s_y + 1), which grow linearly. Reread “6. Multiclass hinge loss and the other classification losses”.",
        "wrong_sign": "Your terms use s_y - s_j instead of s_j - s_y, so a true class that wins is penalised and a wrong class that beats it costs nothing. Each term measures how far class j comes within the margin. Reread “6. Multiclass hinge loss and the other classification losses”.",
        "visible_examples_only": "Your answer hard-codes the visible examples and otherwise includes the true class in the sum, adding 1 to every example. The hidden tests use other scores: write the general loss.",
    },
}
