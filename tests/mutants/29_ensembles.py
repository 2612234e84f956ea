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


EXPLANATIONS = {
    "soft_vote": {
        "average_logits": (
            "You average the logits, then apply the softmax: that is a renormalized geometric mean of the "
            "probabilities, where one very confident member can outvote the rest. Soft voting averages the "
            "probabilities. Reread “2. Soft voting, and why it is not averaging logits”."
        ),
        "softmax_over_members": (
            "Your softmax runs over the members, so the members compete with each other instead of the classes. "
            "Each member's logits become probabilities over the classes (the last dimension); the mean is over the "
            "members. Reread “Exercise 1 · `soft_vote` (3 points)”."
        ),
        "geometric_mean": (
            "You renormalize the geometric mean of the probabilities, which is the same rule as averaging the "
            "logits, not soft voting. Soft voting takes the arithmetic mean of the members' probability vectors. "
            "Reread “2. Soft voting, and why it is not averaging logits”."
        ),
        "weights_not_normalized": (
            "You weight the members but do not divide by the sum of the weights, so a row sums to that sum, not 1. "
            "Dividing keeps a probability vector and makes the weights' scale irrelevant. "
            "Reread “2. Soft voting, and why it is not averaging logits”."
        ),
        "weights_divided_by_m": (
            "You divide the weighted sum by the number of members instead of by the sum of the weights, so rows sum"
            " to 1 only when the weights average 1. The scale of the weights must not matter. "
            "Reread “2. Soft voting, and why it is not averaging logits”."
        ),
        "weights_ignored": (
            "Your answer ignores the weights and always takes the plain mean. With weights, better members must "
            "count more: each member's probabilities are weighted, then divided by the total weight. "
            "Reread “2. Soft voting, and why it is not averaging logits”."
        ),
        "softmax_without_max_shift": (
            "Your softmax exponentiates the logits directly, which overflows for large ones (inf, then nan). A "
            "stable softmax subtracts the maximum first, as torch.softmax does. "
            "Reread “Exercise 1 · `soft_vote` (3 points)”."
        ),
        "returns_classes": (
            "You return predicted classes, but soft_vote returns the averaged probabilities, one row per sample; "
            "the ensemble's prediction is their argmax, taken afterwards. The probabilities also carry the "
            "confidence. Reread “Exercise 1 · `soft_vote` (3 points)”."
        ),
        "sum_not_mean": (
            "Without weights you add up the members' probabilities instead of averaging them, so every row sums to "
            "the number of members. The soft vote is a mean, itself a probability vector. "
            "Reread “2. Soft voting, and why it is not averaging logits”."
        ),
        "always_float32": (
            "Your answer casts to float32, so float64 logits come back as float32 and lose precision. The result "
            "must keep the dtype and device of the logits. Reread “Exercise 1 · `soft_vote` (3 points)”."
        ),
    },
    "majority_vote": {
        "ties_to_largest_class": (
            "On a tie your vote picks the largest class. The stated rule is the smallest of the tied classes, the "
            "rule of torch.argmax, which returns the first of several equal maxima. "
            "Reread “3. Majority voting and ties”."
        ),
        "ties_to_first_member": (
            "Counter.most_common settles a tie by first appearance, that is by the member who voted first. The "
            "stated rule is the smallest tied class, a deterministic rule that ignores the members' order. "
            "Reread “3. Majority voting and ties”."
        ),
        "wrong_dimension": (
            "You vote along each row, among the samples of one member. Rows are members and columns are samples: a "
            "sample's vote goes down its column, across the members. Reread “3. Majority voting and ties”."
        ),
        "rounded_mean": (
            "The rounded mean of class indices is not a vote: classes are labels, not quantities, and the mean of "
            "several votes need not be any of them. Count the votes for each class instead. "
            "Reread “Exercise 2 · `majority_vote` (3 points)”."
        ),
        "median": (
            "The median of class indices is not a vote: classes are labels, not points on a scale, and the median "
            "can be a class that few members chose. Count the votes for each class instead. "
            "Reread “Exercise 2 · `majority_vote` (3 points)”."
        ),
        "returns_a_list": (
            "You return a Python list, but the contract is an int64 tensor with one entry per sample, on the device"
            " of predictions, so it can be compared with labels and used in further tensor code. "
            "Reread “Exercise 2 · `majority_vote` (3 points)”."
        ),
        "classes_sized_by_members": (
            "You assume the classes run from 0 to M - 1, so larger class indices are clamped and miscounted. "
            "Classes are any non-negative integers; the count needs a slot for every class that occurs. "
            "Reread “Exercise 2 · `majority_vote` (3 points)”."
        ),
    },
}
