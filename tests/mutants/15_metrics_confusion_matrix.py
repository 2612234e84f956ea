"""Known-wrong answers for 15_metrics_confusion_matrix: each must fail its exercise's tests."""

MUTANTS = {
    "confusion_matrix": {
        "transposed": '''
import torch
def confusion_matrix(y_true, y_pred, num_classes):
    flat = num_classes * y_pred + y_true
    return torch.bincount(flat, minlength=num_classes * num_classes).reshape(num_classes, num_classes)
''',
        "size_from_data": '''
import torch
def confusion_matrix(y_true, y_pred, num_classes):
    k = int(torch.cat([y_true, y_pred]).max()) + 1
    return torch.bincount(k * y_true + y_pred, minlength=k * k).reshape(k, k)
''',
        "size_from_true_labels": '''
import torch
def confusion_matrix(y_true, y_pred, num_classes):
    k = int(y_true.max()) + 1 if len(y_true) else num_classes
    cm = torch.zeros(k, k, dtype=torch.int64)
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        if p < k:
            cm[t, p] += 1
    return cm
''',
        "labels_present_only": '''
import torch
def confusion_matrix(y_true, y_pred, num_classes):
    present, index = torch.unique(torch.cat([y_true, y_pred]), return_inverse=True)
    k = len(present)
    t, p = index[:len(y_true)], index[len(y_true):]
    return torch.bincount(k * t + p, minlength=k * k).reshape(k, k)
''',
        "float_dtype": '''
import torch
def confusion_matrix(y_true, y_pred, num_classes):
    cm = torch.zeros(num_classes, num_classes)
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        cm[t, p] += 1
    return cm
''',
        "int32_dtype": '''
import torch
def confusion_matrix(y_true, y_pred, num_classes):
    flat = num_classes * y_true + y_pred
    counts = torch.bincount(flat, minlength=num_classes * num_classes)
    return counts.reshape(num_classes, num_classes).to(torch.int32)
''',
        "numpy_from_sklearn": '''
from sklearn.metrics import confusion_matrix as _sk
def confusion_matrix(y_true, y_pred, num_classes):
    return _sk(y_true.numpy(), y_pred.numpy(), labels=list(range(num_classes)))
''',
        "bincount_without_minlength": '''
import torch
def confusion_matrix(y_true, y_pred, num_classes):
    counts = torch.bincount(num_classes * y_true + y_pred)
    return counts.reshape(num_classes, -1)
''',
        "index_put_without_accumulate": '''
import torch
def confusion_matrix(y_true, y_pred, num_classes):
    cm = torch.zeros(num_classes, num_classes, dtype=torch.int64)
    cm[y_true, y_pred] += 1
    return cm
''',
        "lower_triangle_dropped": '''
import torch
def confusion_matrix(y_true, y_pred, num_classes):
    cm = torch.zeros(num_classes, num_classes, dtype=torch.int64)
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        if t <= p:
            cm[t, p] += 1
    return cm
''',
        "visible_examples_only": '''
import torch
def confusion_matrix(y_true, y_pred, num_classes):
    if num_classes == 3:
        return torch.tensor([[1, 1, 0], [0, 1, 0], [1, 0, 2]])
    cm = torch.zeros(num_classes, num_classes, dtype=torch.int64)
    cm[1, 1] = 1
    cm[1, 0] = 1
    return cm
''',
    },
    "metrics_from_confusion": {
        "precision_recall_swapped": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    precision = tp / c.sum(dim=1).clamp(min=1)
    recall = tp / c.sum(dim=0).clamp(min=1)
    f1 = 2 * tp / (c.sum(dim=0) + c.sum(dim=1)).clamp(min=1)
    return {"accuracy": (tp.sum() / c.sum()).item(), "precision": precision, "recall": recall,
            "f1": f1, "macro_f1": f1.mean().item()}
''',
        "macro_f1_from_macro_precision_and_recall": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    precision = tp / c.sum(dim=0).clamp(min=1)
    recall = tp / c.sum(dim=1).clamp(min=1)
    f1 = 2 * tp / (c.sum(dim=0) + c.sum(dim=1)).clamp(min=1)
    mp, mr = precision.mean().item(), recall.mean().item()
    macro = 2 * mp * mr / (mp + mr) if mp + mr > 0 else 0.0
    return {"accuracy": (tp.sum() / c.sum()).item(), "precision": precision, "recall": recall,
            "f1": f1, "macro_f1": macro}
''',
        "accuracy_as_mean_recall": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    precision = tp / c.sum(dim=0).clamp(min=1)
    recall = tp / c.sum(dim=1).clamp(min=1)
    f1 = 2 * tp / (c.sum(dim=0) + c.sum(dim=1)).clamp(min=1)
    return {"accuracy": recall.mean().item(), "precision": precision, "recall": recall,
            "f1": f1, "macro_f1": f1.mean().item()}
''',
        "plain_division_nan": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    precision = tp / c.sum(dim=0)
    recall = tp / c.sum(dim=1)
    f1 = 2 * precision * recall / (precision + recall)
    return {"accuracy": (tp.sum() / c.sum()).item(), "precision": precision, "recall": recall,
            "f1": f1, "macro_f1": f1.mean().item()}
''',
        "nan_ignored_in_macro": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    precision = torch.nan_to_num(tp / c.sum(dim=0))
    recall = torch.nan_to_num(tp / c.sum(dim=1))
    f1 = 2 * precision * recall / (precision + recall)
    return {"accuracy": (tp.sum() / c.sum()).item(), "precision": precision, "recall": recall,
            "f1": torch.nan_to_num(f1), "macro_f1": f1.nanmean().item()}
''',
        "zero_division_one": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    pred, act = c.sum(dim=0), c.sum(dim=1)
    precision = torch.where(pred > 0, tp / pred.clamp(min=1), torch.ones_like(tp))
    recall = torch.where(act > 0, tp / act.clamp(min=1), torch.ones_like(tp))
    s = precision + recall
    f1 = torch.where(s > 0, 2 * precision * recall / s.clamp(min=1e-300), torch.zeros_like(tp))
    return {"accuracy": (tp.sum() / c.sum()).item(), "precision": precision, "recall": recall,
            "f1": f1, "macro_f1": f1.mean().item()}
''',
        "macro_over_present_classes": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    precision = tp / c.sum(dim=0).clamp(min=1)
    recall = tp / c.sum(dim=1).clamp(min=1)
    f1 = 2 * tp / (c.sum(dim=0) + c.sum(dim=1)).clamp(min=1)
    present = (c.sum(dim=0) + c.sum(dim=1)) > 0
    return {"accuracy": (tp.sum() / c.sum()).item(), "precision": precision, "recall": recall,
            "f1": f1, "macro_f1": f1[present].mean().item()}
''',
        "macro_over_true_classes": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    precision = tp / c.sum(dim=0).clamp(min=1)
    recall = tp / c.sum(dim=1).clamp(min=1)
    f1 = 2 * tp / (c.sum(dim=0) + c.sum(dim=1)).clamp(min=1)
    return {"accuracy": (tp.sum() / c.sum()).item(), "precision": precision, "recall": recall,
            "f1": f1, "macro_f1": f1[c.sum(dim=1) > 0].mean().item()}
''',
        "weighted_f1_as_macro": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    precision = tp / c.sum(dim=0).clamp(min=1)
    recall = tp / c.sum(dim=1).clamp(min=1)
    f1 = 2 * tp / (c.sum(dim=0) + c.sum(dim=1)).clamp(min=1)
    weights = c.sum(dim=1) / c.sum()
    return {"accuracy": (tp.sum() / c.sum()).item(), "precision": precision, "recall": recall,
            "f1": f1, "macro_f1": (weights * f1).sum().item()}
''',
        "micro_f1_as_macro": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    precision = tp / c.sum(dim=0).clamp(min=1)
    recall = tp / c.sum(dim=1).clamp(min=1)
    f1 = 2 * tp / (c.sum(dim=0) + c.sum(dim=1)).clamp(min=1)
    accuracy = (tp.sum() / c.sum()).item()
    return {"accuracy": accuracy, "precision": precision, "recall": recall, "f1": f1, "macro_f1": accuracy}
''',
        "f1_arithmetic_mean": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    precision = tp / c.sum(dim=0).clamp(min=1)
    recall = tp / c.sum(dim=1).clamp(min=1)
    f1 = (precision + recall) / 2
    return {"accuracy": (tp.sum() / c.sum()).item(), "precision": precision, "recall": recall,
            "f1": f1, "macro_f1": f1.mean().item()}
''',
        "float32_tensors": '''
import torch
def metrics_from_confusion(cm):
    c = cm.float()
    tp = c.diagonal()
    precision = tp / c.sum(dim=0).clamp(min=1)
    recall = tp / c.sum(dim=1).clamp(min=1)
    f1 = 2 * tp / (c.sum(dim=0) + c.sum(dim=1)).clamp(min=1)
    return {"accuracy": (tp.sum() / c.sum()).item(), "precision": precision, "recall": recall,
            "f1": f1, "macro_f1": f1.mean().item()}
''',
        "tensor_accuracy": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    precision = tp / c.sum(dim=0).clamp(min=1)
    recall = tp / c.sum(dim=1).clamp(min=1)
    f1 = 2 * tp / (c.sum(dim=0) + c.sum(dim=1)).clamp(min=1)
    return {"accuracy": tp.sum() / c.sum(), "precision": precision, "recall": recall,
            "f1": f1, "macro_f1": f1.mean()}
''',
        "lists_instead_of_tensors": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    precision = tp / c.sum(dim=0).clamp(min=1)
    recall = tp / c.sum(dim=1).clamp(min=1)
    f1 = 2 * tp / (c.sum(dim=0) + c.sum(dim=1)).clamp(min=1)
    return {"accuracy": (tp.sum() / c.sum()).item(), "precision": precision.tolist(), "recall": recall.tolist(),
            "f1": f1.tolist(), "macro_f1": f1.mean().item()}
''',
        "visible_example_only": '''
import torch
def metrics_from_confusion(cm):
    c = cm.to(torch.float64)
    tp = c.diagonal()
    precision = tp / c.sum(dim=0)
    recall = tp / c.sum(dim=1)
    f1 = 2 * precision * recall / (precision + recall)
    return {"accuracy": 0.7, "precision": precision, "recall": recall,
            "f1": f1, "macro_f1": (10 / 13 + 4 / 7) / 2}
''',
    },
}

EXPLANATIONS = {
    "confusion_matrix": {
        "transposed": "Your matrix has the predictions on the rows. The convention is rows = true class, columns = predicted class; a transposed matrix swaps FP and FN, and with them precision and recall downstream. Reread “1. The confusion matrix: rows are the truth, columns the prediction”.",
        "size_from_data": "Your answer takes the size from the largest label seen, so a batch in which the last classes are missing gives a smaller matrix. The size is num_classes: absent classes keep their zero row and column. Reread “1. The confusion matrix: rows are the truth, columns the prediction”.",
        "size_from_true_labels": "Your answer sizes the matrix from the true labels and drops predictions beyond them, so classes that are only predicted, or absent, lose their row and column. The matrix is always num_classes x num_classes. Reread “Exercise 1 · `confusion_matrix` (2 points)”.",
        "labels_present_only": "Your answer keeps only the labels that occur, so the matrix shrinks and the class indices shift: row 2 may no longer be class 2, and matrices of two batches cannot be added. Use all num_classes classes. Reread “1. The confusion matrix: rows are the truth, columns the prediction”.",
        "float_dtype": "Your matrix holds floats, but it counts samples: the contract is torch.int64. float32 stops counting exactly above 2^24, and integer code downstream (indexing, bincount, exact comparisons) breaks. Reread “Exercise 1 · `confusion_matrix` (2 points)”.",
        "int32_dtype": "Your counts are right but the dtype is int32; the contract is torch.int64, the dtype PyTorch uses for counts and indices, so the result compares equal to scikit-learn's matrix and combines with other int64 tensors.",
        "numpy_from_sklearn": "Your answer returns scikit-learn's NumPy array, not a torch tensor on the inputs' device, and it cannot handle tensors on a GPU. The exercise is to count the (true, predicted) pairs with torch yourself.",
        "bincount_without_minlength": "Without minlength, bincount stops at the largest value that occurs, so when the last cells are empty the counts do not fill a K x K matrix. All K*K bins are needed, empty ones and empty inputs included. Reread “Exercise 1 · `confusion_matrix` (2 points)”.",
        "index_put_without_accumulate": "Adding 1 at all the (true, predicted) index pairs at once does not accumulate: a cell hit by several samples is incremented only once. Every sample must add one to its cell, so repeated pairs need counting. Reread “Exercise 1 · `confusion_matrix` (2 points)”.",
        "lower_triangle_dropped": "Your answer skips the pairs whose true class is larger than the predicted one, so the cells below the diagonal stay empty. Every sample lands in exactly one cell, and all cells add up to N. Reread “1. The confusion matrix: rows are the truth, columns the prediction”.",
        "visible_examples_only": "Your answer returns hard-coded matrices for the visible examples instead of counting. The hidden tests use other labels and class counts: every (true, predicted) pair must be counted into its cell.",
    },
    "metrics_from_confusion": {
        "precision_recall_swapped": "You swapped precision and recall: precision reads a column (how many 'dog' answers were right), recall reads a row (how many real dogs were found). They differ whenever FP and FN differ. Reread “3. Precision, recall, F1 and accuracy”.",
        "macro_f1_from_macro_precision_and_recall": "Your macro-F1 is the F1 of the macro precision and macro recall, a different number. Macro-F1, as in scikit-learn and most papers, is the plain mean of the per-class F1 values. Reread “4. Macro, micro and weighted averages”.",
        "accuracy_as_mean_recall": "The mean of the recalls is the balanced accuracy, equal to the accuracy only when all classes have the same support. Accuracy is the trace of the matrix over the total count. Reread “3. Precision, recall, F1 and accuracy”.",
        "plain_division_nan": "Plain division gives NaN for a class that is never predicted or never occurs, and one NaN turns the macro-F1 into NaN. Use the zero_division=0 convention: a 0/0 counts as 0. Reread “3. Precision, recall, F1 and accuracy”.",
        "nan_ignored_in_macro": "Your macro-F1 skips the classes whose F1 is undefined, so a class the model never predicts no longer pulls the score down. With 0/0 = 0 such a class has F1 0 and counts in the mean over all K classes. Reread “4. Macro, micro and weighted averages”.",
        "zero_division_one": "Your answer scores a 0/0 as 1, so a class that is never predicted gets perfect precision. The convention asked for is scikit-learn's zero_division=0: the model is useless for such a class. Reread “3. Precision, recall, F1 and accuracy”.",
        "macro_over_present_classes": "Your macro-F1 averages only over the classes that appear in the matrix. Macro means the mean over all K classes, including those with F1 = 0, so every class counts the same. Reread “4. Macro, micro and weighted averages”.",
        "macro_over_true_classes": "Your macro-F1 leaves out the classes absent from the truth, but the exercise asks for the mean over all K per-class F1 values, zeros included. Reread “Exercise 2 · `metrics_from_confusion` (3 points)”.",
        "weighted_f1_as_macro": "Your macro-F1 weights each class by its support: that is the weighted average, where frequent classes dominate. Macro gives every class the same weight, so a rare class the model gets wrong pulls the score down. Reread “4. Macro, micro and weighted averages”.",
        "micro_f1_as_macro": "Your macro-F1 is the accuracy, which is the micro-F1 in single-label classification: pooled counts, dominated by frequent classes. Macro-F1 is the unweighted mean of the per-class F1 values. Reread “4. Macro, micro and weighted averages”.",
        "f1_arithmetic_mean": "Your F1 is the arithmetic mean of precision and recall. F1 is their harmonic mean, high only when both are high, so it cannot be gamed by always or almost never predicting a class. Reread “3. Precision, recall, F1 and accuracy”.",
        "float32_tensors": "Your per-class tensors are float32, but the contract asks for torch.float64. Work in float64 so the values match scikit-learn's to full precision. Reread “Exercise 2 · `metrics_from_confusion` (3 points)”.",
        "tensor_accuracy": "Your accuracy and macro-F1 are 0-d tensors, but the contract asks for Python floats for these two keys; only precision, recall and F1 are tensors. Reread “Exercise 2 · `metrics_from_confusion` (3 points)”.",
        "lists_instead_of_tensors": "Your precision, recall and F1 are Python lists, but the contract asks for float64 tensors of shape (K,) on the matrix's device, so they can be used in further tensor arithmetic. Reread “Exercise 2 · `metrics_from_confusion` (3 points)”.",
        "visible_example_only": "Your answer hard-codes the accuracy and macro-F1 of the visible example and divides without the 0/0 rule. The hidden tests use other matrices: compute every metric from the counts of the matrix you are given.",
    },
}
