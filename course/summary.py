"""One-line summaries of a model that several notebooks print (notebook 04 teaches how to count by hand)."""

from __future__ import annotations

import torch.nn as nn


def n_params(module: nn.Module, trainable_only: bool = False) -> int:
    """How many numbers ``module`` learns: every parameter tensor's ``numel()``, summed (each counted once)."""
    return sum(p.numel() for p in module.parameters() if p.requires_grad or not trainable_only)
