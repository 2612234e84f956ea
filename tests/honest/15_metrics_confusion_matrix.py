"""Correct answers for 15_metrics_confusion_matrix written differently from the reference: each must pass its
exercise's tests."""

HONEST = {
    "confusion_matrix": {
        "python_loop": '''
import torch

def confusion_matrix(y_true, y_pred, num_classes):
    cm = torch.zeros(num_classes, num_classes, dtype=torch.int64, device=y_true.device)
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        cm[t, p] += 1
    return cm
''',
        "index_put_accumulate_with_warning": '''
import warnings
import torch

def confusion_matrix(y_true, y_pred, num_classes):
    if len(y_true) == 0:
        warnings.warn("empty batch: a matrix of zeros")
    cm = torch.zeros(num_classes, num_classes, dtype=torch.int64, device=y_true.device)
    ones = torch.ones(len(y_true), dtype=torch.int64, device=y_true.device)
    return cm.index_put_((y_true, y_pred), ones, accumulate=True)
''',
    },
    "metrics_from_confusion": {
        "harmonic_mean_with_where": '''
import torch

def metrics_from_confusion(cm):
    c = cm.double()
    tp = torch.diagonal(c)
    col, row = c.sum(0), c.sum(1)
    precision = torch.where(col > 0, tp / col, torch.zeros_like(tp))
    recall = torch.where(row > 0, tp / row, torch.zeros_like(tp))
    both = precision + recall
    f1 = torch.where(both > 0, 2 * precision * recall / both, torch.zeros_like(tp))
    return {"accuracy": float(tp.sum() / c.sum()), "precision": precision, "recall": recall,
            "f1": f1, "macro_f1": float(f1.mean())}
''',
        "per_class_loop_and_print": '''
import torch

def _ratio(a, b):
    return a / b if b else 0.0

def metrics_from_confusion(cm):
    counts = cm.tolist()
    k = len(counts)
    print("metrics for", k, "classes")
    total = sum(map(sum, counts))
    p, r, f = [], [], []
    for i in range(k):
        tp = counts[i][i]
        predicted = sum(counts[j][i] for j in range(k))
        actual = sum(counts[i])
        p.append(_ratio(tp, predicted))
        r.append(_ratio(tp, actual))
        f.append(_ratio(2 * tp, predicted + actual))
    as_tensor = lambda values: torch.tensor(values, dtype=torch.float64, device=cm.device)
    return {"accuracy": sum(counts[i][i] for i in range(k)) / total, "precision": as_tensor(p),
            "recall": as_tensor(r), "f1": as_tensor(f), "macro_f1": sum(f) / k}
''',
    },
}
