"""Known-wrong answers for 40_image_embeddings: each must fail its exercise's tests (tests/mutation.py)."""

MUTANTS = {
    "cosine_topk": {
        "raw_dot_product": '''
import torch

def cosine_topk(query, gallery, k):
    return (query @ gallery.T).topk(k, dim=-1).indices
''',
        "normalizes_only_the_query": '''
import torch
import torch.nn.functional as F

def cosine_topk(query, gallery, k):
    return (F.normalize(query, dim=-1) @ gallery.T).topk(k, dim=-1).indices
''',
        "euclidean_distance_of_unnormalized_vectors": '''
import torch

def cosine_topk(query, gallery, k):
    q = query if query.dim() == 2 else query[None]
    distance = torch.cdist(q, gallery)
    indices = distance.topk(k, dim=-1, largest=False).indices
    return indices if query.dim() == 2 else indices[0]
''',
        "ascending_order_least_similar_first": '''
import torch
import torch.nn.functional as F

def cosine_topk(query, gallery, k):
    similarity = F.normalize(query, dim=-1) @ F.normalize(gallery, dim=-1).T
    return similarity.argsort(dim=-1)[..., :k]
''',
        "divides_by_the_norm_nan_for_zero_vectors": '''
import torch

def cosine_topk(query, gallery, k):
    q = query / query.norm(dim=-1, keepdim=True)
    g = gallery / gallery.norm(dim=-1, keepdim=True)
    return (q @ g.T).topk(k, dim=-1).indices
''',
        "normalizes_the_inputs_in_place": '''
import torch

def cosine_topk(query, gallery, k):
    query.div_(query.norm(dim=-1, keepdim=True).clamp_min(1e-12))
    gallery.div_(gallery.norm(dim=-1, keepdim=True).clamp_min(1e-12))
    return (query @ gallery.T).topk(k, dim=-1).indices
''',
        "l1_normalization_passes_the_visible_tests": '''
import torch
import torch.nn.functional as F

def cosine_topk(query, gallery, k):
    similarity = F.normalize(query, p=1, dim=-1) @ F.normalize(gallery, p=1, dim=-1).T
    return similarity.topk(k, dim=-1).indices
''',
        "returns_int32_indices": '''
import torch
import torch.nn.functional as F

def cosine_topk(query, gallery, k):
    similarity = F.normalize(query, dim=-1) @ F.normalize(gallery, dim=-1).T
    return similarity.topk(k, dim=-1).indices.int()
''',
        "batch_shape_for_a_single_query": '''
import torch
import torch.nn.functional as F

def cosine_topk(query, gallery, k):
    q = query if query.dim() == 2 else query[None]
    return (F.normalize(q, dim=-1) @ F.normalize(gallery, dim=-1).T).topk(k, dim=-1).indices
''',
        "euclidean_on_normalized_vectors_misranks_zero_rows": '''
import torch
import torch.nn.functional as F

def cosine_topk(query, gallery, k):
    q = F.normalize(query if query.dim() == 2 else query[None], dim=-1)
    indices = torch.cdist(q, F.normalize(gallery, dim=-1)).topk(k, dim=-1, largest=False).indices
    return indices if query.dim() == 2 else indices[0]
''',
    },
    "triplet_loss": {
        "squared_distances": '''
import torch

def triplet_loss(a, p, n, margin):
    d_ap = ((a - p) ** 2).sum(dim=1)
    d_an = ((a - n) ** 2).sum(dim=1)
    return torch.clamp(d_ap - d_an + margin, min=0).mean()
''',
        "sum_over_the_batch": '''
import torch

def triplet_loss(a, p, n, margin):
    d_ap = torch.linalg.vector_norm(a - p, dim=1)
    d_an = torch.linalg.vector_norm(a - n, dim=1)
    return torch.clamp(d_ap - d_an + margin, min=0).sum()
''',
        "no_hinge": '''
import torch

def triplet_loss(a, p, n, margin):
    d_ap = torch.linalg.vector_norm(a - p, dim=1)
    d_an = torch.linalg.vector_norm(a - n, dim=1)
    return (d_ap - d_an + margin).mean()
''',
        "hinge_on_the_batch_mean": '''
import torch

def triplet_loss(a, p, n, margin):
    d_ap = torch.linalg.vector_norm(a - p, dim=1)
    d_an = torch.linalg.vector_norm(a - n, dim=1)
    return torch.clamp((d_ap - d_an).mean() + margin, min=0)
''',
        "manhattan_distance": '''
import torch

def triplet_loss(a, p, n, margin):
    d_ap = (a - p).abs().sum(dim=1)
    d_an = (a - n).abs().sum(dim=1)
    return torch.clamp(d_ap - d_an + margin, min=0).mean()
''',
        "calls_the_library_loss": '''
import torch.nn as nn

def triplet_loss(a, p, n, margin):
    return nn.TripletMarginLoss(margin=margin)(a, p, n)
''',
        "calls_the_aten_operator": '''
import torch

def triplet_loss(a, p, n, margin):
    return torch.ops.aten.triplet_margin_loss(a, p, n, margin, 2.0, 1e-6, False, 1)
''',
        "library_with_distance_function": '''
import torch.nn.functional as F

def triplet_loss(a, p, n, margin):
    return F.triplet_margin_with_distance_loss(a, p, n, margin=margin)
''',
        "python_float_via_item": '''
import torch

def triplet_loss(a, p, n, margin):
    d_ap = torch.linalg.vector_norm(a - p, dim=1)
    d_an = torch.linalg.vector_norm(a - n, dim=1)
    return torch.tensor(torch.clamp(d_ap - d_an + margin, min=0).mean().item(), dtype=a.dtype, device=a.device)
''',
        "detached_result_passes_the_visible_tests": '''
import torch

def triplet_loss(a, p, n, margin):
    d_ap = torch.linalg.vector_norm(a - p, dim=1)
    d_an = torch.linalg.vector_norm(a - n, dim=1)
    return torch.clamp(d_ap - d_an + margin, min=0).mean().detach()
''',
        "always_float32_passes_the_visible_tests": '''
import torch

def triplet_loss(a, p, n, margin):
    d_ap = torch.linalg.vector_norm((a - p).float(), dim=1)
    d_an = torch.linalg.vector_norm((a - n).float(), dim=1)
    return torch.clamp(d_ap - d_an + margin, min=0).mean()
''',
        "swapped_positive_and_negative": '''
import torch

def triplet_loss(a, p, n, margin):
    d_ap = torch.linalg.vector_norm(a - p, dim=1)
    d_an = torch.linalg.vector_norm(a - n, dim=1)
    return torch.clamp(d_an - d_ap + margin, min=0).mean()
''',
    },
}
