"""Known-wrong answers for 20_overfitting_regularization: each must fail its exercise's tests."""

MUTANTS = {
    "inverted_dropout": {
        # SYLLABUS ✗: the 1/(1-p) scaling applied at evaluation as well.
        "scaling_at_eval": '''
import torch

def inverted_dropout(x, p, training, generator):
    if not training:
        return x / (1 - p)
    keep = torch.rand(x.shape, generator=generator) >= p
    return x * keep.to(x.device, x.dtype) / (1 - p)
''',
        # dropped, but the survivors are not scaled up: the mean halves at p = 0.5.
        "no_scaling": '''
import torch

def inverted_dropout(x, p, training, generator):
    if not training:
        return x
    keep = torch.rand(x.shape, generator=generator) >= p
    return x * keep.to(x.device, x.dtype)
''',
        # the original dropout's (1 - p) factor used in training instead of 1/(1 - p).
        "scaled_by_keep_probability": '''
import torch

def inverted_dropout(x, p, training, generator):
    if not training:
        return x
    keep = torch.rand(x.shape, generator=generator) >= p
    return x * keep.to(x.device, x.dtype) * (1 - p)
''',
        # p read as the keep probability: invisible at p = 0.5, wrong at 0.2 and 0.8.
        "p_is_keep_probability": '''
import torch

def inverted_dropout(x, p, training, generator):
    if not training:
        return x
    keep = torch.rand(x.shape, generator=generator) < p
    return x * keep.to(x.device, x.dtype) / p
''',
        # the global generator instead of `generator`: not reproducible, and it consumes the global state.
        "global_generator": '''
import torch

def inverted_dropout(x, p, training, generator):
    if not training:
        return x
    keep = torch.rand(x.shape) >= p
    return x * keep.to(x.device, x.dtype) / (1 - p)
''',
        # one mask for the last dimension, shared by every row.
        "one_mask_for_all_rows": '''
import torch

def inverted_dropout(x, p, training, generator):
    if not training:
        return x
    keep = torch.rand(x.shape[-1], generator=generator) >= p
    return x * keep.to(x.device, x.dtype) / (1 - p)
''',
        # dropout applied whatever the mode.
        "ignores_training_flag": '''
import torch

def inverted_dropout(x, p, training, generator):
    keep = torch.rand(x.shape, generator=generator) >= p
    return x * keep.to(x.device, x.dtype) / (1 - p)
''',
        # in place: x itself is changed.
        "modifies_x_in_place": '''
import torch

def inverted_dropout(x, p, training, generator):
    if not training:
        return x
    keep = torch.rand(x.shape, generator=generator) >= p
    with torch.no_grad():
        x.mul_(keep.to(x.device, x.dtype)).div_(1 - p)
    return x
''',
        # the values are right but the result is cut off from autograd.
        "detached_result": '''
import torch

def inverted_dropout(x, p, training, generator):
    if not training:
        return x
    keep = torch.rand(x.shape, generator=generator) >= p
    return (x * keep.to(x.device, x.dtype) / (1 - p)).detach()
''',
        # the library, with its global generator seeded from `generator`: refused.
        "library_dropout": '''
import torch
import torch.nn.functional as F

def inverted_dropout(x, p, training, generator):
    torch.manual_seed(generator.initial_seed())
    return F.dropout(x, p, training)
''',
        "library_module": '''
import torch.nn as nn

def inverted_dropout(x, p, training, generator):
    layer = nn.Dropout(p)
    layer.train(training)
    return layer(x)
''',
        # written for the visible tests: the factor 2 is right at p = 0.5 only.
        "factor_two_for_the_visible_tests": '''
import torch

def inverted_dropout(x, p, training, generator):
    if not training:
        return x
    keep = torch.rand(x.shape, generator=generator) >= 0.5
    return x * keep.to(x.device, x.dtype) * 2.0
''',
    },
    "early_stopping_epoch": {
        # SYLLABUS ✗: compared with the previous epoch instead of the best: (7, 5) on the example.
        "compared_with_previous_epoch": '''
def early_stopping_epoch(val_losses, patience):
    best_epoch, waited = 0, 0
    for epoch in range(1, len(val_losses)):
        if val_losses[epoch] < val_losses[epoch - 1]:
            best_epoch, waited = epoch, 0
        else:
            waited += 1
            if waited == patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
''',
        # a tie counts as an improvement.
        "tie_improves": '''
def early_stopping_epoch(val_losses, patience):
    best_epoch, best, waited = 0, float("inf"), 0
    for epoch, loss in enumerate(val_losses):
        if loss <= best:
            best_epoch, best, waited = epoch, loss, 0
        else:
            waited += 1
            if waited == patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
''',
        # stops when the count exceeds the patience: one epoch late, (5, 2).
        "stops_one_epoch_late": '''
def early_stopping_epoch(val_losses, patience):
    best_epoch, best, waited = 0, float("inf"), 0
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            best_epoch, best, waited = epoch, loss, 0
        else:
            waited += 1
            if waited > patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
''',
        # the best epoch taken over the whole curve, future included.
        "best_over_the_whole_curve": '''
def early_stopping_epoch(val_losses, patience):
    best, waited = float("inf"), 0
    stop = len(val_losses) - 1
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            best, waited = loss, 0
        else:
            waited += 1
            if waited == patience:
                stop = epoch
                break
    return stop, min(range(len(val_losses)), key=val_losses.__getitem__)
''',
        # 1-based epochs.
        "one_based_epochs": '''
def early_stopping_epoch(val_losses, patience):
    best_epoch, best, waited = 1, float("inf"), 0
    for epoch, loss in enumerate(val_losses, start=1):
        if loss < best:
            best_epoch, best, waited = epoch, loss, 0
        else:
            waited += 1
            if waited == patience:
                return epoch, best_epoch
    return len(val_losses), best_epoch
''',
        # never triggered: returns the number of epochs instead of the last index.
        "length_when_never_triggered": '''
def early_stopping_epoch(val_losses, patience):
    best_epoch, best, waited = 0, float("inf"), 0
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            best_epoch, best, waited = epoch, loss, 0
        else:
            waited += 1
            if waited == patience:
                return epoch, best_epoch
    return len(val_losses), best_epoch
''',
        # a list instead of a tuple.
        "returns_a_list": '''
def early_stopping_epoch(val_losses, patience):
    best_epoch, best, waited = 0, float("inf"), 0
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            best_epoch, best, waited = epoch, loss, 0
        else:
            waited += 1
            if waited == patience:
                return [epoch, best_epoch]
    return [len(val_losses) - 1, best_epoch]
''',
        # written for the visible tests only.
        "visible_answers_only": '''
def early_stopping_epoch(val_losses, patience):
    if len(val_losses) == 3:
        return (2, 2)
    return (4, 2) if patience == 2 else (3, 2)
''',
    },
}

EXPLANATIONS = {
    "inverted_dropout": {
        "scaling_at_eval": "Your answer rescales by 1/(1-p) at evaluation too, inflating every activation at test time. Inverted dropout corrects the scale during training only; in evaluation nothing is dropped or rescaled and the layer is the identity. Reread “2. Dropout”.",
        "no_scaling": "Your answer drops elements but leaves the survivors as they are, so the expected activation shrinks by the factor 1 - p (it halves at p = 0.5). Inverted dropout scales the kept elements up so the mean is unchanged. Reread “2. Dropout”.",
        "scaled_by_keep_probability": "Your answer multiplies the survivors by 1 - p, the original form's test-time factor, so training activations shrink twice over. Inverted dropout scales the kept elements up by 1/(1-p) during training instead. Reread “2. Dropout”.",
        "p_is_keep_probability": "Your answer reads p as the probability of keeping an element, which only looks right at p = 0.5. Here p is the probability of dropping an element; each one survives with probability 1 - p. Reread “Exercise 1 · `inverted_dropout` (3 points)”.",
        "global_generator": "Your answer draws its mask from the global random generator, so the same seed in the given generator does not reproduce the result, and the global state is consumed. Every random number must come from the generator passed in.",
        "one_mask_for_all_rows": "Your answer draws one mask along the last dimension and shares it across all rows, so every example loses the same units. Dropout makes a fresh, independent choice for every element of every example. Reread “2. Dropout”.",
        "ignores_training_flag": "Your answer drops elements even when training is False, so evaluation is random and predictions change from call to call. At evaluation every unit is present and x comes back unchanged. Reread “2. Dropout”.",
        "modifies_x_in_place": "Your answer writes the mask into x in place, which changes the caller's tensor and hides the operation from autograd. Dropout must build a new tensor and leave x exactly as it was.",
        "detached_result": "Your answer detaches the result, so it is cut off from autograd and no gradient reaches the layers below. The output must stay differentiable with respect to x: the kept elements pass a gradient of m_i/(1-p), the dropped ones none.",
        "library_dropout": "Your answer calls F.dropout and reseeds the global generator, both against the rules: the exercise is to write the computation yourself and to draw every random number from the generator given, leaving the global state alone.",
        "library_module": "Your answer delegates to nn.Dropout, which the exercise forbids, and that layer draws from the global generator, not the one given. Build the mask and the survivors' scaling yourself. Reread “2. Dropout”.",
        "factor_two_for_the_visible_tests": "Your answer fixes the drop probability at 0.5 and the factor at 2, which fits only the p of the visible tests. Both must follow the p given: drop with probability p and scale the survivors by 1/(1-p). Reread “2. Dropout”.",
    },
    "early_stopping_epoch": {
        "compared_with_previous_epoch": "Your answer compares each epoch with the previous one instead of the best so far, so a wiggle in a slow upward drift looks like progress and training runs on too long. Reread “5. Early stopping and the best weights”.",
        "tie_improves": "Your answer counts a tie with the best loss as an improvement, so a plateau keeps resetting the count. An epoch improves only when its loss is strictly lower than the best so far. Reread “5. Early stopping and the best weights”.",
        "stops_one_epoch_late": "Your answer stops when the count of epochs without improvement exceeds the patience, one epoch too late. Training stops at the epoch where that count reaches the patience. Reread “5. Early stopping and the best weights”.",
        "best_over_the_whole_curve": "Your answer picks the best epoch from the whole list, looking into the future: when training stops, later epochs do not exist yet. The best epoch is the best up to and including the stop epoch. Reread “5. Early stopping and the best weights”.",
        "one_based_epochs": "Your answer numbers the epochs from 1, but the exercise numbers them from 0, like the indices of val_losses, so both returned epochs come out one too high.",
        "length_when_never_triggered": "Your answer returns the number of epochs when early stopping never triggers, but the stop epoch is an index: training then runs to the last epoch, whose index is one less than the length of the list.",
        "returns_a_list": "Your answer returns a list, but the contract is a tuple of two Python ints, (stop_epoch, best_epoch): a fixed pair that callers unpack and compare with tuples.",
        "visible_answers_only": "Your answer returns the visible tests' pairs without replaying the curve. It must walk through the epochs in order, keep the best loss so far and count the epochs without improvement. Reread “5. Early stopping and the best weights”.",
    },
}
