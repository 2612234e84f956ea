"""Known-wrong answers to notebook 41_cnns_for_text_and_signals: each must fail its exercise's tests."""

_TEXTCNN_INIT = '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, embed_dim=16, widths=(2, 3, 4), filters=8):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv1d(embed_dim, filters, w) for w in widths])
        self.classifier = nn.Linear(filters * len(widths), 2)
'''

MUTANTS = {
    "TextCNN": {
        # the seed's statement: every token is a channel, so in_channels is the sentence length (inferred lazily)
        "tokens_as_channels_lazy": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, embed_dim=16, widths=(2, 3, 4), filters=8):
        super().__init__()
        self.convs = nn.ModuleList([nn.LazyConv1d(filters, w) for w in widths])
        self.classifier = nn.Linear(filters * len(widths), 2)

    def forward(self, x):
        return self.classifier(torch.cat([F.relu(c(x)).amax(dim=2) for c in self.convs], dim=1))
''',
        # tokens as channels again: (N, L, E) fed to Conv1d unchanged, so the L tokens play the channels
        "no_transpose": _TEXTCNN_INIT + '''
    def forward(self, x):
        return self.classifier(torch.cat([F.relu(c(x)).amax(dim=2) for c in self.convs], dim=1))
''',
        "reshape_not_transpose": _TEXTCNN_INIT + '''
    def forward(self, x):
        n, length, e = x.shape
        x = x.reshape(n, e, length)
        return self.classifier(torch.cat([F.relu(c(x)).amax(dim=2) for c in self.convs], dim=1))
''',
        "mean_over_time": _TEXTCNN_INIT + '''
    def forward(self, x):
        x = x.transpose(1, 2)
        return self.classifier(torch.cat([F.relu(c(x)).mean(dim=2) for c in self.convs], dim=1))
''',
        "no_relu": _TEXTCNN_INIT + '''
    def forward(self, x):
        x = x.transpose(1, 2)
        return self.classifier(torch.cat([c(x).amax(dim=2) for c in self.convs], dim=1))
''',
        "max_over_filters": _TEXTCNN_INIT + '''
    def forward(self, x):
        x = x.transpose(1, 2)
        return self.classifier(torch.cat([F.relu(c(x)).amax(dim=1) for c in self.convs], dim=1))
''',
        # a flatten head sized for one length (here the first one it meets): the image-classifier habit
        "flatten_fixed_length": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, embed_dim=16, widths=(2, 3, 4), filters=8):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv1d(embed_dim, filters, w) for w in widths])
        self.classifier = nn.LazyLinear(2)

    def forward(self, x):
        x = x.transpose(1, 2)
        return self.classifier(torch.cat([F.relu(c(x)).flatten(1) for c in self.convs], dim=1))
''',
        "same_padding": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, embed_dim=16, widths=(2, 3, 4), filters=8):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv1d(embed_dim, filters, w) for w in widths])
        self.classifier = nn.Linear(filters * len(widths), 2)

    def forward(self, x):
        x = x.transpose(1, 2)
        pooled = [F.relu(c(F.pad(x, (c.kernel_size[0] // 2, (c.kernel_size[0] - 1) // 2)))).amax(dim=2)
                  for c in self.convs]
        return self.classifier(torch.cat(pooled, dim=1))
''',
        "widths_sorted_descending": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, embed_dim=16, widths=(2, 3, 4), filters=8):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv1d(embed_dim, filters, w) for w in sorted(widths, reverse=True)])
        self.classifier = nn.Linear(filters * len(widths), 2)

    def forward(self, x):
        x = x.transpose(1, 2)
        return self.classifier(torch.cat([F.relu(c(x)).amax(dim=2) for c in self.convs], dim=1))
''',
        "extra_hidden_layer": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, embed_dim=16, widths=(2, 3, 4), filters=8):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv1d(embed_dim, filters, w) for w in widths])
        self.hidden = nn.Linear(filters * len(widths), 16)
        self.classifier = nn.Linear(16, 2)

    def forward(self, x):
        x = x.transpose(1, 2)
        return self.classifier(F.relu(self.hidden(torch.cat([F.relu(c(x)).amax(dim=2) for c in self.convs], 1))))
''',
        # passes the visible tests (default arguments only), ignores the arguments it is given
        "visible_only_hardcoded_defaults": '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, embed_dim=16, widths=(2, 3, 4), filters=8):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv1d(16, 8, w) for w in (2, 3, 4)])
        self.classifier = nn.Linear(24, 2)

    def forward(self, x):
        x = x.transpose(1, 2)
        return self.classifier(torch.cat([F.relu(c(x)).amax(dim=2) for c in self.convs], dim=1))
''',
        "float32_always": _TEXTCNN_INIT + '''
    def forward(self, x):
        x = x.transpose(1, 2).float()
        self.float()
        return self.classifier(torch.cat([F.relu(c(x)).amax(dim=2) for c in self.convs], dim=1))
''',
    },
    "causal_conv1d": {
        # the ✗ of the syllabus: symmetric padding keeps the length (odd K) but reads the future
        "symmetric_padding": '''
import torch.nn.functional as F

def causal_conv1d(x, w):
    return F.conv1d(x, w, padding=(w.shape[-1] - 1) // 2)
''',
        "same_padding_string": '''
import torch.nn.functional as F

def causal_conv1d(x, w):
    return F.conv1d(x, w, padding="same")
''',
        "padding_on_the_right": '''
import torch.nn.functional as F

def causal_conv1d(x, w):
    return F.conv1d(F.pad(x, (0, w.shape[-1] - 1)), w)
''',
        "both_sides_keep_last_L": '''
import torch.nn.functional as F

def causal_conv1d(x, w):
    k = w.shape[-1]
    return F.conv1d(x, w, padding=k - 1)[..., -x.shape[-1]:]
''',
        "pad_K_shifted_by_one": '''
import torch.nn.functional as F

def causal_conv1d(x, w):
    k = w.shape[-1]
    return F.conv1d(F.pad(x, (k, 0)), w)[..., :x.shape[-1]]
''',
        "flipped_kernel": '''
import torch.nn.functional as F

def causal_conv1d(x, w):
    return F.conv1d(F.pad(x, (w.shape[-1] - 1, 0)), w.flip(-1))
''',
        "no_crop_full_length": '''
import torch.nn.functional as F

def causal_conv1d(x, w):
    return F.conv1d(x, w, padding=w.shape[-1] - 1)
''',
        # passes the visible tests (K = 3 only)
        "visible_only_padding_2": '''
import torch.nn.functional as F

def causal_conv1d(x, w):
    return F.conv1d(F.pad(x, (2, 0)), w)
''',
        "float32_always": '''
import torch.nn.functional as F

def causal_conv1d(x, w):
    return F.conv1d(F.pad(x.float(), (w.shape[-1] - 1, 0)), w.float())
''',
    },
}
