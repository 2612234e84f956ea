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
