"""Correct answers for 20_overfitting_regularization written differently from the reference: each must pass."""

HONEST = {
    "inverted_dropout": {
        # torch.bernoulli with the keep probability, and a copy in evaluation mode
        "bernoulli_and_clone": '''
import torch

def inverted_dropout(x, p, training, generator):
    if not training:
        return x.clone()
    mask = torch.bernoulli(torch.full(x.shape, 1.0 - p, dtype=torch.float64), generator=generator)
    return x * mask.to(x.device, x.dtype) * (1.0 / (1.0 - p))
''',
        # torch.where with a keep test written as rand < 1 - p, a helper and a warning
        "where_with_helper_and_warning": '''
import warnings
import torch

def _keep_mask(shape, p, generator):
    return torch.rand(shape, generator=generator) < 1.0 - p

def inverted_dropout(x, p, training, generator):
    if not training:
        return x
    if p > 0.5:
        warnings.warn("a high dropout rate")
    keep = _keep_mask(x.shape, p, generator).to(x.device)
    return torch.where(keep, x / (1.0 - p), torch.zeros_like(x))
''',
        # a flat view, an in-place bernoulli_ on a fresh CPU tensor, and a print
        "flat_bernoulli_inplace_with_print": '''
import torch

def inverted_dropout(x, p, training, generator):
    if not training:
        return x
    print("dropping", x.numel(), "elements with p =", p)
    keep = torch.empty(x.numel()).bernoulli_(1.0 - p, generator=generator)
    scale = 1.0 / (1.0 - p)
    return (x.reshape(-1) * (keep * scale).to(x.device, x.dtype)).reshape(x.shape)
''',
    },
    "early_stopping_epoch": {
        # a while loop over indices, the best found through a separate running minimum
        "while_loop": '''
def early_stopping_epoch(val_losses, patience):
    epoch, best_epoch, since = 0, 0, 0
    while epoch < len(val_losses):
        if epoch == 0 or val_losses[epoch] < val_losses[best_epoch]:
            best_epoch, since = epoch, 0
        else:
            since += 1
            if since >= patience:
                break
        epoch += 1
    return (min(epoch, len(val_losses) - 1), best_epoch)
''',
        # epochs since the best computed directly, with a print
        "distance_to_the_best_with_print": '''
def early_stopping_epoch(val_losses, patience):
    print("replaying", len(val_losses), "epochs with patience", patience)
    best_epoch = 0
    for epoch in range(len(val_losses)):
        if val_losses[epoch] < val_losses[best_epoch]:
            best_epoch = epoch
        if epoch - best_epoch == patience:
            return int(epoch), int(best_epoch)
    return len(val_losses) - 1, best_epoch
''',
        # prefix minima through itertools.accumulate, and a warning
        "prefix_minima_and_warning": '''
import itertools
import warnings

def early_stopping_epoch(val_losses, patience):
    if patience < 2:
        warnings.warn("a patience of 1 stops at the first bad epoch")
    prefix = list(itertools.accumulate(val_losses, min))
    best_epoch = 0
    for epoch in range(len(val_losses)):
        if epoch > 0 and prefix[epoch] < prefix[epoch - 1]:
            best_epoch = epoch
        if epoch - best_epoch == patience:
            return (epoch, best_epoch)
    return (len(val_losses) - 1, best_epoch)
''',
    },
}
