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
