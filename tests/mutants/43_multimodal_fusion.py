"""Known-wrong answers to notebook 43_multimodal_fusion: each must fail its exercise's tests."""

_MLP_INIT = '''
import torch
import torch.nn as nn


class ConcatFusion(nn.Module):
    def __init__(self, image_dim, text_dim, num_classes):
        super().__init__()
        self.head = nn.Sequential(nn.Linear(image_dim + text_dim, 64), nn.ReLU(), nn.Linear(64, num_classes))

    def forward(self, image_feats, text_feats):
        return self.head(self.features(image_feats, text_feats))
'''

MUTANTS = {
    "ConcatFusion": {
        # the ✗ of the syllabus: the two batches stacked on top of each other
        "cat_along_batch": _MLP_INIT + '''
    def features(self, image_feats, text_feats):
        return torch.cat([image_feats, text_feats], dim=0)
''',
        "text_first": _MLP_INIT + '''
    def features(self, image_feats, text_feats):
        return torch.cat([text_feats, image_feats], dim=1)
''',
        "stack_new_axis": _MLP_INIT + '''
    def features(self, image_feats, text_feats):
        return torch.stack([image_feats, text_feats], dim=1).flatten(1)
''',
        "sum_of_features": '''
import torch
import torch.nn as nn


class ConcatFusion(nn.Module):
    def __init__(self, image_dim, text_dim, num_classes):
        super().__init__()
        self.head = nn.Sequential(nn.Linear(image_dim, 64), nn.ReLU(), nn.Linear(64, num_classes))

    def features(self, image_feats, text_feats):
        return image_feats + text_feats

    def forward(self, image_feats, text_feats):
        return self.head(self.features(image_feats, text_feats))
''',
        # concatenation + one linear layer: a sum of per-modality scores, late fusion in disguise
        "linear_head": '''
import torch
import torch.nn as nn


class ConcatFusion(nn.Module):
    def __init__(self, image_dim, text_dim, num_classes):
        super().__init__()
        self.head = nn.Linear(image_dim + text_dim, num_classes)

    def features(self, image_feats, text_feats):
        return torch.cat([image_feats, text_feats], dim=1)

    def forward(self, image_feats, text_feats):
        return self.head(self.features(image_feats, text_feats))
''',
        "two_linears_no_activation": '''
import torch
import torch.nn as nn


class ConcatFusion(nn.Module):
    def __init__(self, image_dim, text_dim, num_classes):
        super().__init__()
        self.head = nn.Sequential(nn.Linear(image_dim + text_dim, 64), nn.Linear(64, num_classes))

    def features(self, image_feats, text_feats):
        return torch.cat([image_feats, text_feats], dim=1)

    def forward(self, image_feats, text_feats):
        return self.head(self.features(image_feats, text_feats))
''',
        # late fusion behind a non-linear head: one MLP per modality on its own slice, logits added
        "late_fusion_heads": '''
import torch
import torch.nn as nn


def _mlp(d_in, d_out):
    return nn.Sequential(nn.Linear(d_in, 64), nn.ReLU(), nn.Linear(64, d_out))


class _LateHead(nn.Module):
    def __init__(self, image_dim, text_dim, num_classes):
        super().__init__()
        self.image_dim = image_dim
        self.image_head, self.text_head = _mlp(image_dim, num_classes), _mlp(text_dim, num_classes)

    def forward(self, z):
        return self.image_head(z[:, :self.image_dim]) + self.text_head(z[:, self.image_dim:])


class ConcatFusion(nn.Module):
    def __init__(self, image_dim, text_dim, num_classes):
        super().__init__()
        self.head = _LateHead(image_dim, text_dim, num_classes)

    def features(self, image_feats, text_feats):
        return torch.cat([image_feats, text_feats], dim=1)

    def forward(self, image_feats, text_feats):
        return self.head(self.features(image_feats, text_feats))
''',
        "detached_features": _MLP_INIT + '''
    def features(self, image_feats, text_feats):
        return torch.cat([image_feats.detach(), text_feats.detach()], dim=1)
''',
        # passes the visible tests (32 + 16 features only)
        "visible_only_fixed_48": '''
import torch
import torch.nn as nn


class ConcatFusion(nn.Module):
    def __init__(self, image_dim, text_dim, num_classes):
        super().__init__()
        self.head = nn.Sequential(nn.Linear(48, 64), nn.ReLU(), nn.Linear(64, num_classes))

    def features(self, image_feats, text_feats):
        return torch.cat([image_feats, text_feats], dim=1)

    def forward(self, image_feats, text_feats):
        return self.head(self.features(image_feats, text_feats))
''',
    },
    "modality_dropout": {
        "independent_drops": '''
import torch

def modality_dropout(image_feats, text_feats, p, generator=None):
    n = image_feats.shape[0]
    drop_image = (torch.rand(n, generator=generator) < p).to(image_feats.device)[:, None]
    drop_text = (torch.rand(n, generator=generator) < p).to(image_feats.device)[:, None]
    return image_feats.masked_fill(drop_image, 0.0), text_feats.masked_fill(drop_text, 0.0)
''',
        "one_coin_for_the_batch": '''
import torch

def modality_dropout(image_feats, text_feats, p, generator=None):
    u = torch.rand(1, generator=generator).item()
    if u < p / 2:
        return torch.zeros_like(image_feats), text_feats.clone()
    if u < p:
        return image_feats.clone(), torch.zeros_like(text_feats)
    return image_feats.clone(), text_feats.clone()
''',
        "elementwise_dropout": '''
import torch
import torch.nn.functional as F

def modality_dropout(image_feats, text_feats, p, generator=None):
    return F.dropout(image_feats, p / 2), F.dropout(text_feats, p / 2)
''',
        "rescaled_kept_rows": '''
import torch

def modality_dropout(image_feats, text_feats, p, generator=None):
    u = torch.rand(image_feats.shape[0], generator=generator).to(image_feats.device)
    drop_image, drop_text = (u < p / 2)[:, None], ((u >= p / 2) & (u < p))[:, None]
    scale = 1.0 / (1.0 - p / 2) if p < 2 else 1.0
    return (image_feats.masked_fill(drop_image, 0.0) * scale, text_feats.masked_fill(drop_text, 0.0) * scale)
''',
        "in_place": '''
import torch

def modality_dropout(image_feats, text_feats, p, generator=None):
    u = torch.rand(image_feats.shape[0], generator=generator).to(image_feats.device)
    image_feats[u < p / 2] = 0.0
    text_feats[(u >= p / 2) & (u < p)] = 0.0
    return image_feats, text_feats
''',
        "image_only": '''
import torch

def modality_dropout(image_feats, text_feats, p, generator=None):
    u = torch.rand(image_feats.shape[0], generator=generator).to(image_feats.device)
    return image_feats.masked_fill((u < p)[:, None], 0.0), text_feats.clone()
''',
        "each_with_probability_p": '''
import torch

def modality_dropout(image_feats, text_feats, p, generator=None):
    u = torch.rand(image_feats.shape[0], generator=generator).to(image_feats.device)
    drop_image, drop_text = (u < p)[:, None], ((u >= p) & (u < 2 * p))[:, None]
    return image_feats.masked_fill(drop_image, 0.0), text_feats.masked_fill(drop_text, 0.0)
''',
        "keep_probability_p": '''
import torch

def modality_dropout(image_feats, text_feats, p, generator=None):
    u = torch.rand(image_feats.shape[0], generator=generator).to(image_feats.device)
    q = 1 - p
    drop_image, drop_text = (u < q / 2)[:, None], ((u >= q / 2) & (u < q))[:, None]
    return image_feats.masked_fill(drop_image, 0.0), text_feats.masked_fill(drop_text, 0.0)
''',
        # passes the visible tests: the right rates, but drawn from the global generator
        "visible_only_ignores_generator": '''
import torch

def modality_dropout(image_feats, text_feats, p, generator=None):
    u = torch.rand(image_feats.shape[0]).to(image_feats.device)
    drop_image, drop_text = (u < p / 2)[:, None], ((u >= p / 2) & (u < p))[:, None]
    return image_feats.masked_fill(drop_image, 0.0), text_feats.masked_fill(drop_text, 0.0)
''',
    },
}

EXPLANATIONS = {
    "ConcatFusion": {
        "cat_along_batch": "Concatenating along dim 0 stacks the two batches on top of each other: no row holds an image together with its own caption (and different feature sizes fail outright). Intermediate fusion concatenates along the feature axis. Reread “2. Early, intermediate and late fusion”.",
        "text_first": "Your fused features put the text first. The contract fixes the order, image features then text features, so that anyone reading the fused vector (or loading weights trained on it) finds each modality where expected. Reread “Exercise 1 · `ConcatFusion` (3 points)”.",
        "stack_new_axis": "Stacking on a new axis and flattening interleaves the image and text features one by one instead of placing them side by side, and fails for different sizes. Fusion by concatenation joins the two vectors along the feature axis. Reread “Exercise 1 · `ConcatFusion` (3 points)”.",
        "sum_of_features": "Adding the two feature vectors is another fusion, which needs equal sizes and mixes the modalities so the head cannot tell which feature came from where. The exercise asks for concatenation: image_dim + text_dim fused features. Reread “2. Early, intermediate and late fusion”.",
        "linear_head": "A single linear layer on the concatenated features is a sum of an image score and a text score: late fusion in disguise, capped at 0.75 on the XOR. To learn an interaction, the head needs a hidden layer and a non-linearity. Reread “2. Early, intermediate and late fusion”.",
        "two_linears_no_activation": "Two linear layers with nothing between them are still one linear map, so the head is again a sum of per-modality scores and cannot learn the XOR. A non-linearity between them is what lets the head combine the two bits. Reread “2. Early, intermediate and late fusion”.",
        "late_fusion_heads": "Your head splits the fused vector and adds the logits of one MLP per modality: that is late fusion, which only adds up what each modality says alone and cannot learn the XOR. One non-linear head must read both modalities together. Reread “2. Early, intermediate and late fusion”.",
        "detached_features": "Detaching the features stops the gradients at the fusion, so the encoders in front of it never learn from the joint loss. Intermediate fusion trains end to end: the result must stay differentiable with respect to both inputs. Reread “Exercise 1 · `ConcatFusion` (3 points)”.",
        "visible_only_fixed_48": "Your head's input size is fixed at 48, which only fits 32 image and 16 text features. The fused size is image_dim + text_dim, so the first layer of the head must be built from the constructor's arguments. Reread “Exercise 1 · `ConcatFusion` (3 points)”.",
    },
    "modality_dropout": {
        "independent_drops": "Dropping each modality independently sometimes drops both for the same example (probability p^2), leaving nothing to decide from. Modality dropout drops exactly one modality with probability p, never both. Reread “4. Modality dropout: when a modality is missing”.",
        "one_coin_for_the_batch": "One coin for the whole batch drops a modality for every example or for none. The decision is made independently for every example (row), so that each batch mixes complete pairs with pairs missing one modality. Reread “Exercise 2 · `modality_dropout` (2 points)”.",
        "elementwise_dropout": "F.dropout zeroes single units and rescales the rest: ordinary dropout, not modality dropout. Modality dropout zeroes a whole modality's feature vector for an example, keeps the rest unchanged, and never drops both. Reread “4. Modality dropout: when a modality is missing”.",
        "rescaled_kept_rows": "Your answer rescales the kept features as ordinary dropout does. In modality dropout zeros mean missing, not scaled down, so the kept rows must stay exactly as they were. Reread “4. Modality dropout: when a modality is missing”.",
        "in_place": "Your answer zeroes rows of the caller's tensors in place, so the original features are destroyed (and a tensor that needs gradients may raise an error). Return two new tensors and leave the inputs unchanged. Reread “Exercise 2 · `modality_dropout` (2 points)”.",
        "image_only": "Your answer only ever drops the image, so the head never learns to work without the text. Modality dropout is symmetric: with probability p one modality is dropped, the image or the text with equal chance. Reread “Exercise 2 · `modality_dropout` (2 points)”.",
        "each_with_probability_p": "Your answer gives the image and the text a drop rate of up to p each, so a modality goes missing up to twice as often as asked. The total drop rate must be p, split evenly: p/2 for the image, p/2 for the text. Reread “Exercise 2 · `modality_dropout` (2 points)”.",
        "keep_probability_p": "Your answer treats p as the probability of keeping both modalities, so it drops a modality with probability 1 - p. Here p is the probability that one modality is dropped; with p = 0 nothing changes. Reread “Exercise 2 · `modality_dropout` (2 points)”.",
        "visible_only_ignores_generator": "Your answer ignores the generator argument and draws from PyTorch's global generator, so a seeded call cannot be reproduced. Draw the random numbers on the CPU with the given generator, then move them to the features' device. Reread “Exercise 2 · `modality_dropout` (2 points)”.",
    },
}
