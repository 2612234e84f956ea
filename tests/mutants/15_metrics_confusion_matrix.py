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
