"""Correct answers to notebook 43_multimodal_fusion written differently from the reference: each must pass."""

HONEST = {
    "ConcatFusion": {
        "hstack_tanh_hidden_32": '''
import torch
import torch.nn as nn


class ConcatFusion(nn.Module):
    def __init__(self, image_dim, text_dim, num_classes):
        super().__init__()
        self.head = nn.Sequential(nn.Linear(image_dim + text_dim, 32), nn.Tanh(), nn.Linear(32, num_classes))

    def features(self, image_feats, text_feats):
        return torch.hstack((image_feats, text_feats))

    def forward(self, image_feats, text_feats):
        return self.head(self.features(image_feats, text_feats))
''',
        # two hidden layers with GELU and dropout, the head built from an OrderedDict, and a print
        "two_hidden_layers_gelu_dropout_print": '''
from collections import OrderedDict

import torch
import torch.nn as nn


class ConcatFusion(nn.Module):
    def __init__(self, image_dim, text_dim, num_classes, hidden=48):
        super().__init__()
        self.fused_dim = image_dim + text_dim
        self.head = nn.Sequential(OrderedDict([
            ("fc1", nn.Linear(self.fused_dim, hidden)), ("act1", nn.GELU()), ("drop", nn.Dropout(0.1)),
            ("fc2", nn.Linear(hidden, hidden)), ("act2", nn.GELU()),
            ("out", nn.Linear(hidden, num_classes)),
        ]))
        print("fusing", image_dim, "+", text_dim, "=", self.fused_dim, "features")

    def features(self, image_feats, text_feats):
        return torch.concat([image_feats, text_feats], dim=-1)

    def forward(self, image_feats, text_feats):
        fused = self.features(image_feats, text_feats)
        return self.head(fused)
''',
        # a head module of its own class, a small hidden layer, features written into a new tensor
        "custom_head_class_small_hidden": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class _Head(nn.Module):
    def __init__(self, d_in, d_out):
        super().__init__()
        self.hidden = nn.Linear(d_in, 16)
        self.out = nn.Linear(16, d_out)

    def forward(self, z):
        return self.out(F.leaky_relu(self.hidden(z), 0.1))


class ConcatFusion(nn.Module):
    def __init__(self, image_dim, text_dim, num_classes):
        super().__init__()
        self.image_dim = image_dim
        self.head = _Head(image_dim + text_dim, num_classes)

    def features(self, image_feats, text_feats):
        n = image_feats.shape[0]
        out = image_feats.new_empty(n, self.image_dim + text_feats.shape[1])
        out[:, :self.image_dim] = image_feats
        out[:, self.image_dim:] = text_feats
        return out

    def forward(self, image_feats, text_feats):
        return self.head(self.features(image_feats, text_feats))
''',
    },
    "modality_dropout": {
        # one categorical draw per row: keep, drop the image, drop the text
        "multinomial_choice_where": '''
import torch

def modality_dropout(image_feats, text_feats, p, generator=None):
    n = image_feats.shape[0]
    probs = torch.tensor([1.0 - p, p / 2, p / 2])
    choice = torch.multinomial(probs, n, replacement=True, generator=generator).to(image_feats.device)
    image_out = torch.where((choice == 1)[:, None], torch.zeros_like(image_feats), image_feats)
    text_out = torch.where((choice == 2)[:, None], torch.zeros_like(text_feats), text_feats)
    return image_out, text_out
''',
        # a Bernoulli draw for "drop something", a second for "which one", masks multiplied, and a warning
        "bernoulli_then_coin_with_warning": '''
import warnings

import torch

def modality_dropout(image_feats, text_feats, p, generator=None):
    n = image_feats.shape[0]
    if p > 0.8:
        warnings.warn("a high modality dropout rate")
    drop = torch.bernoulli(torch.full((n,), float(p)), generator=generator).bool()
    image_side = torch.rand(n, generator=generator) < 0.5
    keep_image = (~(drop & image_side)).to(image_feats.device, image_feats.dtype)[:, None]
    keep_text = (~(drop & ~image_side)).to(text_feats.device, text_feats.dtype)[:, None]
    return image_feats * keep_image, text_feats * keep_text
''',
        # a Python loop over the examples, on clones
        "row_loop_on_clones": '''
import torch

def modality_dropout(image_feats, text_feats, p, generator=None):
    image_out, text_out = image_feats.clone(), text_feats.clone()
    draws = torch.rand(image_feats.shape[0], generator=generator).tolist()
    for i, u in enumerate(draws):
        if u < p / 2:
            image_out[i] = 0
        elif u < p:
            text_out[i] = 0
    return image_out, text_out
''',
    },
}
