"""Known-wrong answers for 13_multilabel_bce: each must fail its exercise's tests."""

MUTANTS = {
    "multilabel_bce": {
        "softmax_instead_of_sigmoid": '''
import torch
def multilabel_bce(logits, targets):
    p = torch.softmax(logits, dim=-1)
    return (-(targets * torch.log(p) + (1 - targets) * torch.log(1 - p))).mean()
''',
        "naive_log_sigmoid": '''
import torch
def multilabel_bce(logits, targets):
    p = torch.sigmoid(logits)
    return (-(targets * torch.log(p) + (1 - targets) * torch.log(1 - p))).mean()
''',
        "clamped_probabilities": '''
import torch
def multilabel_bce(logits, targets):
    p = torch.sigmoid(logits).clamp(1e-7, 1 - 1e-7)
    return (-(targets * torch.log(p) + (1 - targets) * torch.log(1 - p))).mean()
''',
        "sum_instead_of_mean": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.sum()
''',
        "mean_over_batch_sum_over_labels": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.sum(dim=1).mean()
''',
        "mean_over_labels_sum_over_batch": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.mean(dim=1).sum()
''',
        "stable_for_positive_logits_only": '''
import torch
def multilabel_bce(logits, targets):
    return (logits - logits * targets + torch.log1p(torch.exp(-logits))).mean()
''',
        "stable_for_negative_logits_only": '''
import torch
def multilabel_bce(logits, targets):
    return (-logits * targets + torch.log1p(torch.exp(logits))).mean()
''',
        "abs_missing_in_log_term": '''
import torch
def multilabel_bce(logits, targets):
    return (logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits))).mean()
''',
        "target_sign_flipped": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * (1 - targets) + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.mean()
''',
        "calls_library_with_logits": '''
import torch.nn.functional as F
def multilabel_bce(logits, targets):
    return F.binary_cross_entropy_with_logits(logits, targets)
''',
        "calls_bce_module": '''
import torch.nn as nn
def multilabel_bce(logits, targets):
    return nn.BCEWithLogitsLoss()(logits, targets)
''',
        "calls_torch_namespace": '''
import torch
def multilabel_bce(logits, targets):
    return torch.binary_cross_entropy_with_logits(logits, targets, None, None, 1)   # reduction 1 = mean
''',
        "pre_imported_library_function": '''
from torch.nn.functional import binary_cross_entropy_with_logits as library_bce
def multilabel_bce(logits, targets):
    return library_bce(logits, targets)
''',
        "aten_op_on_probabilities": '''
import torch
def multilabel_bce(logits, targets):
    return torch.ops.aten.binary_cross_entropy(torch.sigmoid(logits), targets).mean()
''',
        "bce_module_on_sigmoid": '''
import torch
import torch.nn as nn
def multilabel_bce(logits, targets):
    return nn.BCELoss()(torch.sigmoid(logits), targets)
''',
        "calls_library_on_probabilities": '''
import torch
import torch.nn.functional as F
def multilabel_bce(logits, targets):
    return F.binary_cross_entropy(torch.sigmoid(logits), targets)
''',
        "returns_python_float": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.mean().item()
''',
        "returns_shape_one": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.mean().reshape(1)
''',
        "detached_from_graph": '''
import torch
def multilabel_bce(logits, targets):
    with torch.no_grad():
        per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
        return per_entry.mean()
''',
        "always_float32": '''
import torch
def multilabel_bce(logits, targets):
    logits, targets = logits.float(), targets.float()
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    return per_entry.mean()
''',
        "visible_examples_only": '''
import torch
def multilabel_bce(logits, targets):
    per_entry = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    if logits.numel() <= 6:
        return per_entry.mean()
    return per_entry.sum(dim=1).mean()
''',
    },
    "predict_labels": {
        "argmax_one_label": '''
import torch
def predict_labels(logits, threshold=0.5):
    return torch.nn.functional.one_hot(logits.argmax(dim=1), logits.shape[1]).bool()
''',
        "threshold_on_logits": '''
import torch
def predict_labels(logits, threshold=0.5):
    return logits > threshold
''',
        "logits_positive_ignores_threshold": '''
import torch
def predict_labels(logits, threshold=0.5):
    return logits > 0
''',
        "greater_or_equal": '''
import torch
def predict_labels(logits, threshold=0.5):
    return torch.sigmoid(logits) >= threshold
''',
        "softmax_then_threshold": '''
import torch
def predict_labels(logits, threshold=0.5):
    return torch.softmax(logits, dim=1) > threshold
''',
        "returns_int64": '''
import torch
def predict_labels(logits, threshold=0.5):
    return (torch.sigmoid(logits) > threshold).long()
''',
        "returns_float": '''
import torch
def predict_labels(logits, threshold=0.5):
    return (torch.sigmoid(logits) > threshold).float()
''',
        "mean_of_per_label_thresholds": '''
import torch
def predict_labels(logits, threshold=0.5):
    if isinstance(threshold, torch.Tensor):
        threshold = threshold.mean().item()
    return torch.sigmoid(logits) > threshold
''',
        "threshold_per_row": '''
import torch
def predict_labels(logits, threshold=0.5):
    if isinstance(threshold, torch.Tensor):
        threshold = threshold[:, None]
    return torch.sigmoid(logits) > threshold
''',
        "at_least_one_label": '''
import torch
def predict_labels(logits, threshold=0.5):
    pred = torch.sigmoid(logits) > threshold
    empty = ~pred.any(dim=1)
    pred[empty, logits[empty].argmax(dim=1)] = True
    return pred
''',
        "top_two": '''
import torch
def predict_labels(logits, threshold=0.5):
    pred = torch.zeros_like(logits, dtype=torch.bool)
    pred.scatter_(1, logits.topk(min(2, logits.shape[1]), dim=1).indices, True)
    return pred
''',
    },
}

EXPLANATIONS = {
    "multilabel_bce": {
        "softmax_instead_of_sigmoid": "Your answer uses softmax, which makes the labels compete for one unit of probability, so two present labels can reach only 0.5 each. In multi-label classification every logit gets its own sigmoid. Reread “2. One sigmoid per label, and why softmax is wrong”.",
        "naive_log_sigmoid": "Your answer forms sigmoid(x) and then takes its log: for large |x| the sigmoid rounds to exactly 0 or 1 and the loss becomes inf. Rewrite the per-entry loss in terms of the logit alone. Reread “3. Binary cross-entropy, averaged over all entries”.",
        "clamped_probabilities": "Clamping the probabilities keeps the loss finite but wrong: it can never exceed about -log(eps), so a confidently wrong logit of 50 costs about 16 instead of 50. Compute the loss from the logits. Reread “3. Binary cross-entropy, averaged over all entries”.",
        "sum_instead_of_mean": "Your answer sums the per-entry losses, so the loss grows with both N and K. The multi-label BCE averages over all N*K entries, as PyTorch's default reduction does. Reread “3. Binary cross-entropy, averaged over all entries”.",
        "mean_over_batch_sum_over_labels": "Your answer sums over the labels and averages over the batch only, so the loss scales with K. The loss asked for divides by N*K: every entry is one yes/no question with equal weight. Reread “3. Binary cross-entropy, averaged over all entries”.",
        "mean_over_labels_sum_over_batch": "Your answer averages over the labels but sums over the batch, so the loss grows with the batch size. Average over all N*K entries instead. Reread “3. Binary cross-entropy, averaged over all entries”.",
        "stable_for_positive_logits_only": "Your formula is safe for positive logits only: for a large negative logit it exponentiates a large positive number and overflows to inf. The absolute value inside the log term is what makes both signs safe. Reread “Exercise 1 · `multilabel_bce` (4 points)”.",
        "stable_for_negative_logits_only": "Your softplus-by-hand exponentiates the logit itself, so a large positive logit overflows to inf. The stable form splits off max(x, 0) so no exponential of a positive number appears. Reread “3. Binary cross-entropy, averaged over all entries”.",
        "abs_missing_in_log_term": "Your log term uses -x instead of -|x|, so for negative logits it no longer pairs with max(x, 0): the value is wrong and large negative logits overflow. Both terms must come from the same split of softplus. Reread “3. Binary cross-entropy, averaged over all entries”.",
        "target_sign_flipped": "Your answer pairs the logit with 1 - y instead of y, so it computes the loss against the flipped labels: present labels are pushed towards 0. The -xy term must use the target itself. Reread “3. Binary cross-entropy, averaged over all entries”.",
        "calls_library_with_logits": "F.binary_cross_entropy_with_logits is the library loss this exercise asks you to write yourself; the hidden tests refuse it while your function runs. Build the stable per-entry formula from the logits and average it.",
        "calls_bce_module": "nn.BCEWithLogitsLoss is the module form of the forbidden library loss and is refused by the hidden tests. The exercise is to compute the stable per-entry BCE from the logits yourself.",
        "calls_torch_namespace": "torch.binary_cross_entropy_with_logits is the same library operator under another name, and the tests refuse it under any name. Write the per-entry loss from the logits with exp, log1p, clamp and abs.",
        "pre_imported_library_function": "Importing the library BCE under another name does not make it your own code; the tests refuse PyTorch's binary cross-entropy operators under any name. Compute the loss from the logits yourself.",
        "aten_op_on_probabilities": "Your answer calls PyTorch's BCE operator, which is forbidden, and on sigmoid probabilities, where it clamps the logs at -100 and is wrong for large logits. Work from the logits directly. Reread “3. Binary cross-entropy, averaged over all entries”.",
        "bce_module_on_sigmoid": "nn.BCELoss is forbidden here, and on sigmoid outputs it is only finite because PyTorch clamps the logs at -100, so large logits get wrong losses. Use the stable formula on the logits. Reread “3. Binary cross-entropy, averaged over all entries”.",
        "calls_library_on_probabilities": "F.binary_cross_entropy is forbidden, and applied to sigmoid probabilities it clamps its logs at -100, giving 100 where the true loss is 200. The stable loss is written in terms of the logit. Reread “3. Binary cross-entropy, averaged over all entries”.",
        "returns_python_float": "Your answer returns a Python float via .item(), so the result has no gradient and .backward() cannot be called on it. The contract is a 0-d tensor with the dtype and device of the logits.",
        "returns_shape_one": "Your value is right but has shape (1,) instead of being a 0-d tensor of shape (). A loss is a single scalar, exactly like the result of PyTorch's mean reduction.",
        "detached_from_graph": "Computing the loss under torch.no_grad() cuts it off from the logits, so backward has nothing to differentiate and the model would not learn. Every step of a loss must stay in the autograd graph; its gradient is sigmoid(x) - y per entry.",
        "always_float32": "Your answer converts the inputs to float32, so float64 logits get a float32 loss and lose precision. Compute in the dtype of the logits and return the loss in that dtype.",
        "visible_examples_only": "Your answer averages over all entries only for small inputs and otherwise sums over the labels, so its scale changes with K. The hidden tests use larger batches: the mean over all N*K entries must hold for every shape.",
    },
    "predict_labels": {
        "argmax_one_label": "Your answer picks exactly one label per image with argmax, which turns the multi-label model back into a multi-class one: images with two shapes lose one, images with none get one. Rows may be empty or full. Reread “4. From probabilities to label sets: thresholds”.",
        "threshold_on_logits": "Your answer compares the logits with the threshold, mixing two scales: a logit of 0.3 is a probability of 0.574, above 0.5. The thresholds are probabilities, so each logit must go through its sigmoid first. Reread “4. From probabilities to label sets: thresholds”.",
        "logits_positive_ignores_threshold": "A positive logit means a probability above 0.5, so your answer is right for the default only and ignores any other threshold, float or per label. Compare the probabilities with the threshold you are given. Reread “4. From probabilities to label sets: thresholds”.",
        "greater_or_equal": "Your answer uses >= where the exercise asks for strictly greater: a logit of 0 has probability exactly 0.5 and must not pass the threshold 0.5. Reread “Exercise 2 · `predict_labels` (2 points)”.",
        "softmax_then_threshold": "Softmax before the threshold makes the labels compete for one unit of probability, so two present labels rarely both pass 0.5. Each label has its own sigmoid, independent of the others. Reread “2. One sigmoid per label, and why softmax is wrong”.",
        "returns_int64": "Your answer returns an int64 tensor, but the contract is a torch.bool tensor: a label set is a yes/no mask that can index tensors and combine with &, | and ~ like the notebook's metrics do. Reread “Exercise 2 · `predict_labels` (2 points)”.",
        "returns_float": "Your answer returns a float tensor of 0s and 1s, but the contract is a torch.bool tensor: the predicted label sets are a boolean mask, used as such by the metrics. Reread “Exercise 2 · `predict_labels` (2 points)”.",
        "mean_of_per_label_thresholds": "Your answer averages the per-label thresholds into a single number, so every label gets the same threshold. Each threshold belongs to its own label (column), because labels differ and are tuned one by one. Reread “4. From probabilities to label sets: thresholds”.",
        "threshold_per_row": "Your answer applies a (K,) threshold tensor to the rows (images) instead of the columns (labels). It broadcasts along the last dimension, the labels, of the (N, K) matrix. Reread “Exercise 2 · `predict_labels` (2 points)”.",
        "at_least_one_label": "Your answer forces at least one label on every image, but a row may be empty: an image can contain none of the labels. Forcing a label turns the model back towards multi-class. Reread “4. From probabilities to label sets: thresholds”.",
        "top_two": "Your answer always predicts exactly two labels and ignores the threshold. The label set of an image is every label whose probability passes its threshold, from none to all. Reread “4. From probabilities to label sets: thresholds”.",
    },
}
