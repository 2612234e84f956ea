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

EXPLANATIONS = {
    "cosine_topk": {
        "raw_dot_product": "Your answer ranks by the raw dot product, which grows with the length of each gallery vector, so a long vector in a mediocre direction wins. Cosine similarity compares directions only: L2-normalize first. Reread “2. Comparing embeddings: cosine similarity on the unit sphere”.",
        "normalizes_only_the_query": "Normalizing only the query changes nothing in the ranking: the query's length is the same for every gallery vector. It is the gallery rows' lengths that must be divided out, so normalize both sides. Reread “2. Comparing embeddings: cosine similarity on the unit sphere”.",
        "euclidean_distance_of_unnormalized_vectors": "The Euclidean distance of unnormalized vectors mixes direction and length, so it can rank a vector 90 degrees away before a longer one 45 degrees away. Only on the unit sphere does it rank like the cosine. Reread “2. Comparing embeddings: cosine similarity on the unit sphere”.",
        "ascending_order_least_similar_first": "Your answer sorts the similarities in ascending order, so it returns the k least similar gallery vectors, worst first. Retrieval wants the k largest cosine similarities, most similar first. Reread “Exercise 1 · `cosine_topk` (3 points)”.",
        "divides_by_the_norm_nan_for_zero_vectors": "Dividing by the norm yourself gives 0/0 = NaN for a zero vector, and topk puts NaN first. A zero vector has no direction, so its cosine counts as 0, the convention of F.normalize, which divides by max(norm, eps). Reread “Exercise 1 · `cosine_topk` (3 points)”.",
        "normalizes_the_inputs_in_place": "Your answer normalizes query and gallery in place, so the caller's embeddings are silently overwritten (a gallery index would lose its vectors' lengths). The contract says not to modify the inputs: work on normalized copies. Reread “Exercise 1 · `cosine_topk` (3 points)”.",
        "l1_normalization_passes_the_visible_tests": "Dividing by the L1 norm does not put the vectors on the unit sphere, so the dot product afterwards is not the cosine and ranks some vectors wrongly. Cosine similarity needs the L2 (Euclidean) norm. Reread “2. Comparing embeddings: cosine similarity on the unit sphere”.",
        "returns_int32_indices": "Your answer returns int32 indices. The contract is an int64 tensor of gallery indices, the dtype PyTorch uses for indices everywhere (topk, argmax, indexing), so callers can use them without a cast. Reread “Exercise 1 · `cosine_topk` (3 points)”.",
        "batch_shape_for_a_single_query": "For a 1-D query your answer returns shape (1, k) instead of (k,). The contract mirrors the input: one query gives a vector of k indices, a batch of Q queries gives a (Q, k) tensor. Reread “Exercise 1 · `cosine_topk` (3 points)”.",
        "euclidean_on_normalized_vectors_misranks_zero_rows": "Euclidean distance on normalized vectors ranks like the cosine only on the sphere; a zero row stays at the origin, at distance 1 from every unit query, so it ranks like a cosine of 0.5 instead of 0. Reread “Exercise 1 · `cosine_topk` (3 points)”.",
    },
    "triplet_loss": {
        "squared_distances": "Your answer uses squared distances: that is FaceNet's loss, with another scale, not PyTorch's triplet margin loss, which uses the Euclidean distance itself. Check which version a paper or library means. Reread “4. Training the embedding itself: contrastive and triplet losses”.",
        "sum_over_the_batch": "Summing the per-triplet losses multiplies the value by the batch size N, so the loss and its gradients change with N. nn.TripletMarginLoss averages over the triplets. Reread “Exercise 2 · `triplet_loss` (3 points)”.",
        "no_hinge": "Without the max(0, ...) a triplet that already satisfies the margin earns negative loss and keeps pushing. With the hinge, satisfied triplets give zero loss and zero gradient; only violated ones train. Reread “4. Training the embedding itself: contrastive and triplet losses”.",
        "hinge_on_the_batch_mean": "Your answer applies the hinge to the batch mean, so easy triplets with large negative terms hide the violated ones. The max(0, ...) belongs to each triplet; only then are the per-triplet losses averaged. Reread “Exercise 2 · `triplet_loss` (3 points)”.",
        "manhattan_distance": "Your answer measures distances with the L1 (Manhattan) norm. The triplet margin loss of PyTorch uses the Euclidean distance (p = 2), so the values differ whenever a difference has more than one non-zero component. Reread “Exercise 2 · `triplet_loss` (3 points)”.",
        "calls_the_library_loss": "nn.TripletMarginLoss computes the right value, but the exercise forbids it: the point is to write the mean of the per-triplet hinge on Euclidean distances yourself. Reread “4. Training the embedding itself: contrastive and triplet losses”.",
        "calls_the_aten_operator": "Calling the aten triplet_margin_loss operator is the library loss under another name, which the exercise refuses. Build the loss yourself from the two distance vectors, the hinge and the mean. Reread “Exercise 2 · `triplet_loss` (3 points)”.",
        "library_with_distance_function": "F.triplet_margin_with_distance_loss is one of the library losses the exercise forbids. Compute the anchor-positive and anchor-negative Euclidean distances yourself, then the hinge per triplet and the batch mean. Reread “Exercise 2 · `triplet_loss` (3 points)”.",
        "python_float_via_item": "Your answer turns the loss into a number with .item() and wraps it in a new tensor: the value is right, but autograd can no longer reach a, p and n, so it cannot train an embedding. Stay in tensor operations. Reread “Exercise 2 · `triplet_loss` (3 points)”.",
        "detached_result_passes_the_visible_tests": "Detaching the result gives the right value but cuts the loss off from the graph, so backward() gives no gradient to the embeddings. A training loss must stay differentiable with respect to a, p and n. Reread “Exercise 2 · `triplet_loss` (3 points)”.",
        "always_float32_passes_the_visible_tests": "Your answer casts the differences to float32, so float64 inputs get a float32 loss. The result must keep the inputs' dtype (and device); the norms and the hinge already do if you leave the tensors as they are. Reread “Exercise 2 · `triplet_loss` (3 points)”.",
        "swapped_positive_and_negative": "Your answer swaps positive and negative, so it penalizes anchors that are closer to the positive. The anchor must be closer to the positive than to the negative by the margin: the anchor-positive distance raises the loss. Reread “Exercise 2 · `triplet_loss` (3 points)”.",
    },
}
