"""Known-wrong answers for 25_missing_data: each must fail its exercise's tests."""

MUTANTS = {
    "masked_mse": {
        # SYLLABUS ✗: divided by the number of all entries: 1.333 instead of 2.0.
        "divide_by_all_entries": '''
import torch

def masked_mse(pred, target, mask):
    observed = mask.bool()
    residual = torch.where(observed, pred - target, torch.zeros_like(pred))
    return (residual * residual).mean()
''',
        # written to pass the visible tests only: a NaN stored in a missing target comes through (0 * NaN = NaN).
        "multiply_by_mask": '''
def masked_mse(pred, target, mask):
    m = mask.to(pred.dtype)
    return ((pred - target) ** 2 * m).sum() / m.sum().clamp(min=1)
''',
        # torch.where after squaring: right value, NaN gradient where a missing target is NaN.
        "where_after_square": '''
import torch

def masked_mse(pred, target, mask):
    observed = mask.bool()
    squared = torch.where(observed, (pred - target) ** 2, torch.zeros_like(pred))
    return squared.sum() / observed.sum().clamp(min=1)
''',
        # no guard: 0 / 0 = nan when nothing is observed.
        "nan_when_nothing_observed": '''
import torch

def masked_mse(pred, target, mask):
    observed = mask.bool()
    residual = torch.where(observed, pred - target, torch.zeros_like(pred))
    return (residual * residual).sum() / observed.sum()
''',
        # boolean indexing and F.mse_loss: nan (the mean of nothing) when nothing is observed.
        "indexing_without_guard": '''
import torch.nn.functional as F

def masked_mse(pred, target, mask):
    keep = mask.bool()
    return F.mse_loss(pred[keep], target[keep])
''',
        # nothing observed: a fresh zero tensor that is not connected to pred (backward fails).
        "detached_zero_when_nothing_observed": '''
import torch
import torch.nn.functional as F

def masked_mse(pred, target, mask):
    keep = mask.bool()
    if not keep.any():
        return torch.zeros((), dtype=pred.dtype, device=pred.device)
    return F.mse_loss(pred[keep], target[keep])
''',
        "mask_inverted": '''
import torch

def masked_mse(pred, target, mask):
    missing = mask.bool()
    residual = torch.where(missing, torch.zeros_like(pred), pred - target)
    return (residual * residual).sum() / (~missing).sum().clamp(min=1)
''',
        "sum_instead_of_mean": '''
import torch

def masked_mse(pred, target, mask):
    residual = torch.where(mask.bool(), pred - target, torch.zeros_like(pred))
    return (residual * residual).sum()
''',
        "plain_mse": '''
def masked_mse(pred, target, mask):
    return ((pred - target) ** 2).mean()
''',
        "python_float": '''
def masked_mse(pred, target, mask):
    keep = mask.bool()
    return (((pred - target)[keep]) ** 2).mean().item()
''',
        # the holes zeroed in place in target.
        "modifies_target_in_place": '''
import torch

def masked_mse(pred, target, mask):
    observed = mask.bool()
    target.masked_fill_(~observed, 0.0)
    residual = (pred - target) * observed
    return (residual * residual).sum() / observed.sum().clamp(min=1)
''',
    },
    "impute_with_mask": {
        # SYLLABUS ✗: the mean includes the holes (the garbage, or NaN, stored there).
        "mean_includes_holes": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    mean = x.mean(dim=(2, 3), keepdim=True)
    return torch.cat([torch.where(observed, x, mean), observed.to(x.dtype)], dim=1)
''',
        # the holes zeroed, but the sum divided by H * W: a fill that is too dark.
        "masked_sum_over_all_pixels": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    mean = zeroed.mean(dim=(2, 3), keepdim=True)
    return torch.cat([torch.where(observed, x, mean), observed.to(x.dtype)], dim=1)
''',
        # written to pass the visible tests only: x * mask lets a NaN hole through (0 * NaN = NaN).
        "multiply_by_mask": '''
import torch

def impute_with_mask(x, mask):
    m = mask.to(x.dtype)
    mean = (x * m).sum(dim=(2, 3), keepdim=True) / m.sum(dim=(2, 3), keepdim=True).clamp(min=1)
    return torch.cat([x * m + mean * (1 - m), m], dim=1)
''',
        # written to pass the visible tests only: 0 / 0 = NaN for an image with no observed pixel.
        "nan_for_empty_image": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    mean = zeroed.sum(dim=(2, 3), keepdim=True) / observed.sum(dim=(2, 3), keepdim=True)
    return torch.cat([torch.where(observed, x, mean), observed.to(x.dtype)], dim=1)
''',
        "one_mean_for_the_batch": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    count = observed.sum(dim=(0, 2, 3), keepdim=True).clamp(min=1)
    mean = zeroed.sum(dim=(0, 2, 3), keepdim=True) / count
    return torch.cat([torch.where(observed, x, mean), observed.to(x.dtype)], dim=1)
''',
        "one_mean_over_all_channels": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    count = observed.sum(dim=(2, 3), keepdim=True).clamp(min=1) * x.shape[1]
    mean = zeroed.sum(dim=(1, 2, 3), keepdim=True) / count
    return torch.cat([torch.where(observed, x, mean), observed.to(x.dtype)], dim=1)
''',
        "zero_fill": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    return torch.cat([torch.where(observed, x, torch.zeros_like(x)), observed.to(x.dtype)], dim=1)
''',
        "mask_prepended": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    mean = zeroed.sum(dim=(2, 3), keepdim=True) / observed.sum(dim=(2, 3), keepdim=True).clamp(min=1)
    return torch.cat([observed.to(x.dtype), torch.where(observed, x, mean)], dim=1)
''',
        "mask_not_appended": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    mean = zeroed.sum(dim=(2, 3), keepdim=True) / observed.sum(dim=(2, 3), keepdim=True).clamp(min=1)
    return torch.where(observed, x, mean)
''',
        "mask_channel_inverted": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool()
    zeroed = torch.where(observed, x, torch.zeros_like(x))
    mean = zeroed.sum(dim=(2, 3), keepdim=True) / observed.sum(dim=(2, 3), keepdim=True).clamp(min=1)
    return torch.cat([torch.where(observed, x, mean), (~observed).to(x.dtype)], dim=1)
''',
        # right result, but the holes of x are overwritten in place.
        "modifies_x_in_place": '''
import torch

def impute_with_mask(x, mask):
    observed = mask.bool().expand_as(x)
    x[~observed] = 0.0
    mean = x.sum(dim=(2, 3), keepdim=True) / mask.bool().sum(dim=(2, 3), keepdim=True).clamp(min=1)
    x[~observed] = mean.expand_as(x)[~observed]
    return torch.cat([x, mask.bool().to(x.dtype)], dim=1)
''',
    },
}


EXPLANATIONS = {
    "masked_mse": {
        "divide_by_all_entries": (
            "Your answer divides the masked sum by the number of all entries, so the loss and its gradient shrink "
            "as holes grow. The masked MSE is a mean per observed entry: divide by the observed count. "
            "Reread “2. Missing targets: compute the loss on the observed entries only”."
        ),
        "multiply_by_mask": (
            "Multiplying the squared error by the mask does not remove a missing target: 0 times NaN is still NaN, "
            "so a NaN stored in a hole poisons the loss. Discard the missing entries before any arithmetic. "
            "Reread “Exercise 1 · `masked_mse` (2 points)”."
        ),
        "where_after_square": (
            "The value is right, but selecting after squaring lets autograd still differentiate the discarded "
            "branch, where a NaN target makes the gradient NaN. Select before you compute. "
            "Reread “Exercise 1 · `masked_mse` (2 points)”."
        ),
        "nan_when_nothing_observed": (
            "When no entry is observed your answer computes 0/0 and returns nan, which would wreck a training run. "
            "The contract asks for 0 in that case, so the count of observed entries needs a guard. "
            "Reread “Exercise 1 · `masked_mse` (2 points)”."
        ),
        "indexing_without_guard": (
            "Selecting the observed entries and averaging them is right, except when nothing is observed: the mean "
            "of an empty selection is nan. A batch without a measured target must give a loss of 0. "
            "Reread “Exercise 1 · `masked_mse` (2 points)”."
        ),
        "detached_zero_when_nothing_observed": (
            "For an all-missing mask you return a fresh zero that is not connected to pred, so loss.backward() "
            "fails. The loss must stay in the autograd graph, equal to 0 with a zero gradient, even then."
        ),
        "mask_inverted": (
            "Your answer reads the mask backwards: it averages the error over the missing entries and ignores the "
            "observed ones. Here 1 (True) means the target was measured, and only those entries enter the loss. "
            "Reread “2. Missing targets: compute the loss on the observed entries only”."
        ),
        "sum_instead_of_mean": (
            "You return the sum of the squared errors over the observed entries, so the loss grows with the number "
            "of measured targets. The masked MSE is a mean: divide by the number of observed entries. "
            "Reread “2. Missing targets: compute the loss on the observed entries only”."
        ),
        "plain_mse": (
            "Your answer ignores the mask: the plain MSE trains the network to predict whatever the holes store (0 "
            "there), which is why the denoiser's outputs came out dim. Only observed targets belong in the loss. "
            "Reread “2. Missing targets: compute the loss on the observed entries only”."
        ),
        "python_float": (
            "Calling .item() turns the loss into a Python float: no longer a 0-d tensor with pred's dtype and "
            "device, and no longer differentiable, so it cannot train anything. Return the tensor itself."
        ),
        "modifies_target_in_place": (
            "Your answer zeroes the holes of target in place, so the caller's data change behind their back. A loss"
            " must leave its inputs untouched; make the holes harmless in a new tensor instead."
        ),
    },
    "impute_with_mask": {
        "mean_includes_holes": (
            "Your fill averages every pixel, holes included: with holes stored as 0 it is too dark, with NaN it is "
            "NaN everywhere. Take the mean over the observed pixels of each image and channel only. "
            "Reread “3. Missing inputs: impute, then add the mask as a channel”."
        ),
        "masked_sum_over_all_pixels": (
            "You zero the holes, but divide their sum by H x W instead of by the number of observed pixels, so the "
            "fill gets darker the more holes an image has. Same rule as the masked loss: divide by the count. "
            "Reread “3. Missing inputs: impute, then add the mask as a channel”."
        ),
        "multiply_by_mask": (
            "Multiplying x by the mask does not clear a hole that holds NaN (0 times NaN is NaN), so the NaN "
            "reaches the mean and the output. Make the holes harmless by selecting, not by multiplying. "
            "Reread “Exercise 2 · `impute_with_mask` (3 points)”."
        ),
        "nan_for_empty_image": (
            "An image with no observed pixel gives 0/0 = NaN in your answer. Such an image has no mean; the stated "
            "rule is to fill it with 0 (its mask channel is all 0 too), so the count needs a guard. "
            "Reread “Exercise 2 · `impute_with_mask` (3 points)”."
        ),
        "one_mean_for_the_batch": (
            "Your mean pools the observed pixels of the whole batch, so a dark image is filled with a value "
            "borrowed from the others. Each image gets its own fill, computed from its own observed pixels, per "
            "channel. Reread “3. Missing inputs: impute, then add the mask as a channel”."
        ),
        "one_mean_over_all_channels": (
            "You average over the channels as well, so every band of an image gets the same fill and the colours "
            "mix. The mean is per image and per channel: the red band is filled with red values. "
            "Reread “3. Missing inputs: impute, then add the mask as a channel”."
        ),
        "zero_fill": (
            "Filling the holes with 0 makes them look like real black pixels: 0 is a valid value, not a neutral "
            "one. The exercise fills each hole with the observed mean of the same image and channel. "
            "Reread “3. Missing inputs: impute, then add the mask as a channel”."
        ),
        "mask_prepended": (
            "Your mask is the first channel, but the contract puts it last, as channel C after the C imputed "
            "channels. A network trained with one channel order misreads inputs built with another. "
            "Reread “Exercise 2 · `impute_with_mask` (3 points)”."
        ),
        "mask_not_appended": (
            "Your answer imputes correctly but returns only the C image channels. Without the mask the network "
            "cannot tell an imputed value from a measured one; the output must have C + 1 channels. "
            "Reread “3. Missing inputs: impute, then add the mask as a channel”."
        ),
        "mask_channel_inverted": (
            "Your extra channel is the complement of the mask: 1 at the holes, 0 where measured. The contract "
            "appends the mask itself, 1.0 at the observed pixels, so that the channel means 'measured'. "
            "Reread “Exercise 2 · `impute_with_mask` (3 points)”."
        ),
        "modifies_x_in_place": (
            "The result is right, but your answer writes the fill into x itself, so the caller's images are "
            "silently changed. The exercise asks for a new tensor and forbids modifying x or mask."
        ),
    },
}
