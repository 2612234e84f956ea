"""Correct answers to notebook 41_cnns_for_text_and_signals written differently from the reference: each must pass."""

HONEST = {
    "TextCNN": {
        # one attribute per width via setattr, ReLU after the pooling (the same thing: ReLU is increasing)
        "attributes_max_pool1d_relu_after": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, embed_dim=16, widths=(2, 3, 4), filters=8):
        super().__init__()
        self.n = len(widths)
        for i, w in enumerate(widths):
            setattr(self, f"conv{i}", nn.Conv1d(embed_dim, filters, kernel_size=w))
        self.fc = nn.Linear(filters * len(widths), 2)

    def forward(self, x):
        x = x.permute(0, 2, 1)
        feats = []
        for i in range(self.n):
            y = getattr(self, f"conv{i}")(x)
            feats.append(F.relu(F.max_pool1d(y, kernel_size=y.shape[-1]).squeeze(-1)))
        return self.fc(torch.cat(feats, dim=-1))
''',
        # nn.Sequential branches with AdaptiveMaxPool1d, dropout before the classifier, and a print
        "sequential_branches_dropout_print": '''
import torch
import torch.nn as nn


class TextCNN(nn.Module):
    def __init__(self, embed_dim=16, widths=(2, 3, 4), filters=8):
        super().__init__()
        self.branches = nn.ModuleList(
            nn.Sequential(nn.Conv1d(embed_dim, filters, w), nn.ReLU(), nn.AdaptiveMaxPool1d(1), nn.Flatten())
            for w in widths)
        self.dropout = nn.Dropout(0.5)
        self.out = nn.Linear(len(widths) * filters, 2)
        print("TextCNN with widths", tuple(widths))

    def forward(self, x):
        x = torch.transpose(x, 1, 2).contiguous()
        return self.out(self.dropout(torch.cat([branch(x) for branch in self.branches], 1)))
''',
        # max as torch.max(...).values, features gathered in a preallocated tensor
        "torch_max_values_preallocated": '''
import torch
import torch.nn as nn


class TextCNN(nn.Module):
    def __init__(self, embed_dim=16, widths=(2, 3, 4), filters=8):
        super().__init__()
        self.filters = filters
        self.convs = nn.ModuleList()
        for w in widths:
            self.convs.append(nn.Conv1d(in_channels=embed_dim, out_channels=filters, kernel_size=w, bias=True))
        self.linear = nn.Linear(in_features=filters * len(widths), out_features=2)

    def forward(self, x):
        xt = x.transpose(-1, -2)
        h = x.new_zeros(x.shape[0], self.filters * len(self.convs))
        for i, conv in enumerate(self.convs):
            h[:, i * self.filters:(i + 1) * self.filters] = torch.max(torch.relu(conv(xt)), dim=-1).values
        return self.linear(h)
''',
    },
    "causal_conv1d": {
        "pad_both_sides_keep_first_L": '''
import torch.nn.functional as F

def causal_conv1d(x, w):
    k = w.shape[2]
    return F.conv1d(x, w, padding=k - 1)[:, :, :x.shape[2]]
''',
        # no convolution at all: one matrix product per tap, on shifted copies of the signal
        "loop_over_taps_with_print": '''
import torch

def causal_conv1d(x, w):
    N, C, L = x.shape
    O, _, K = w.shape
    print("causal conv, kernel", K)
    y = torch.zeros(N, O, L, dtype=x.dtype, device=x.device)
    for j in range(K):
        shift = K - 1 - j                      # tap j reads x[t - shift]
        if shift >= L:
            continue
        shifted = torch.cat([x.new_zeros(N, C, shift), x[:, :, :L - shift]], dim=2)
        y = y + torch.einsum("oc,ncl->nol", w[:, :, j], shifted)
    return y
''',
        "constant_pad_and_unfold": '''
import torch
import torch.nn as nn

def causal_conv1d(x, w):
    K = w.shape[-1]
    padded = nn.ConstantPad1d((K - 1, 0), 0.0)(x)
    windows = padded.unfold(2, K, 1)           # (N, C, L, K)
    return torch.einsum("nclk,ock->nol", windows, w)
''',
    },
}
