"""Correct answers for 11_softmax written differently from the reference: each must pass its exercise's tests."""

HONEST = {
    "softmax": {
        "exp_minus_logsumexp": '''
import torch
def softmax(logits, dim=-1):
    return torch.exp(logits - torch.logsumexp(logits, dim=dim, keepdim=True))
''',
        "rows_in_a_python_loop": '''
import torch
def softmax(logits, dim=-1):
    moved = logits.movedim(dim, -1)
    rows = moved.reshape(-1, moved.shape[-1])
    out = []
    for row in rows:
        e = torch.exp(row - row.max())
        out.append(e / e.sum())
    return torch.stack(out).reshape(moved.shape).movedim(-1, dim)
''',
        "helper_print_and_warning": '''
import warnings
import torch

def _normalize(e, dim):
    return e / e.sum(dim=dim, keepdim=True)

def softmax(logits, dim=-1):
    print("softmax over dim", dim, "of a tensor of shape", tuple(logits.shape))
    warnings.warn("my softmax is not fused")
    m, _ = logits.max(dim=dim, keepdim=True)
    return _normalize(torch.exp(logits - m), dim)
''',
        "float64_inside": '''
import torch
def softmax(logits, dim=-1):
    z = logits.double()
    e = (z - z.amax(dim=dim, keepdim=True)).exp()
    return (e / e.sum(dim=dim, keepdim=True)).to(logits.dtype)
''',
    },
    "log_softmax": {
        "z_minus_logsumexp": '''
import torch
def log_softmax(logits, dim=-1):
    return logits - torch.logsumexp(logits, dim, keepdim=True)
''',
        "max_added_back": '''
import torch
def log_softmax(logits, dim=-1):
    m = logits.amax(dim=dim, keepdim=True)
    return logits - (m + torch.log(torch.exp(logits - m).sum(dim=dim, keepdim=True)))
''',
        "helper_and_print": '''
import torch

def _log_sum_exp(z, dim):
    m = torch.max(z, dim=dim, keepdim=True).values
    return m + (z - m).exp().sum(dim=dim, keepdim=True).log()

def log_softmax(logits, dim=-1):
    print("log_softmax of shape", tuple(logits.shape))
    return logits - _log_sum_exp(logits, dim)
''',
        "float64_inside": '''
import torch
def log_softmax(logits, dim=-1):
    z = logits.to(torch.float64)
    return (z - torch.logsumexp(z, dim=dim, keepdim=True)).to(logits.dtype)
''',
    },
    "predicted_class": {
        "max_indices": '''
import torch
def predicted_class(probs):
    values, indices = torch.max(probs, dim=-1)
    return indices.item() if probs.dim() == 1 else indices
''',
        "python_loop": '''
import torch
def predicted_class(probs):
    def first_largest(row):
        values = row.tolist()
        return values.index(max(values))
    if probs.dim() == 1:
        return first_largest(probs)
    return torch.tensor([first_largest(row) for row in probs], dtype=torch.int64, device=probs.device)
''',
    },
}
