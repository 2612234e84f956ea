"""Correct answers for 40_image_embeddings written differently from the reference: each must pass its exercise's tests."""

HONEST = {
    "cosine_topk": {
        "python_loops_with_a_guarded_norm": '''
import math
import torch

def _cosine(u, v):
    nu = math.sqrt(sum(x * x for x in u))
    nv = math.sqrt(sum(x * x for x in v))
    if nu == 0 or nv == 0:
        return 0.0                       # a zero vector has no direction: similarity 0
    return sum(x * y for x, y in zip(u, v)) / (nu * nv)

def cosine_topk(query, gallery, k):
    rows = gallery.tolist()
    queries = query.tolist() if query.dim() == 2 else [query.tolist()]
    result = []
    for q in queries:
        scores = [_cosine(q, g) for g in rows]
        order = sorted(range(len(rows)), key=lambda j: -scores[j])
        result.append(order[:k])
    out = torch.tensor(result, dtype=torch.int64, device=query.device)
    return out if query.dim() == 2 else out[0]
''',
        "cosine_similarity_broadcast_argsort_and_a_warning": '''
import warnings
import torch
import torch.nn.functional as F

def cosine_topk(query, gallery, k):
    warnings.warn("ranking the whole gallery with argsort")
    single = query.dim() == 1
    q = query.unsqueeze(0) if single else query
    similarity = F.cosine_similarity(q.unsqueeze(1), gallery.unsqueeze(0), dim=-1)      # (Q, G)
    indices = torch.argsort(similarity, dim=1, descending=True)[:, :k]
    return indices.squeeze(0) if single else indices
''',
        "clamped_norms_einsum_and_sort": '''
import torch

def cosine_topk(query, gallery, k):
    g = gallery / gallery.norm(dim=1, keepdim=True).clamp_min(1e-12)
    q = query / query.norm(dim=-1, keepdim=True).clamp_min(1e-12)
    similarity = torch.einsum("...d,gd->...g", q, g)
    values, order = torch.sort(similarity, dim=-1, descending=True, stable=True)
    print("best similarity", float(values.max()))
    return order[..., :k]
''',
        "numpy_on_the_cpu_then_back": '''
import numpy as np
import torch

def cosine_topk(query, gallery, k):
    q = np.atleast_2d(query.detach().cpu().numpy()).astype(np.float64)
    g = gallery.detach().cpu().numpy().astype(np.float64)
    q_norm = np.linalg.norm(q, axis=1, keepdims=True)
    g_norm = np.linalg.norm(g, axis=1, keepdims=True)
    q = np.divide(q, q_norm, out=np.zeros_like(q), where=q_norm > 0)
    g = np.divide(g, g_norm, out=np.zeros_like(g), where=g_norm > 0)
    order = np.argsort(-(q @ g.T), axis=1, kind="stable")[:, :k].astype(np.int64)
    out = torch.from_numpy(order).to(query.device)
    return out if query.dim() == 2 else out[0]
''',
    },
    "triplet_loss": {
        "pairwise_distance_and_relu": '''
import torch.nn.functional as F

def triplet_loss(a, p, n, margin):
    return F.relu(F.pairwise_distance(a, p) - F.pairwise_distance(a, n) + margin).mean()
''',
        "one_triplet_at_a_time_with_a_print": '''
import torch

def triplet_loss(a, p, n, margin):
    print("triplets:", a.shape[0])
    losses = []
    for ai, pi, ni in zip(a, p, n):
        d_ap = torch.sqrt(torch.sum((ai - pi) ** 2))
        d_an = torch.sqrt(torch.sum((ai - ni) ** 2))
        losses.append(torch.maximum(d_ap - d_an + margin, torch.zeros_like(d_ap)))
    return torch.stack(losses).sum() / len(losses)
''',
        "tensor_norm_method_and_where": '''
import torch

def triplet_loss(a, p, n, margin):
    gap = (a - p).norm(p=2, dim=-1) - (a - n).norm(p=2, dim=-1) + margin
    return torch.where(gap > 0, gap, gap * 0).mean()
''',
    },
}
