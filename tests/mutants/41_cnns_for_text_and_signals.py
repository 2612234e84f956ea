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

EXPLANATIONS = {
    "TextCNN": {
        "tokens_as_channels_lazy": "Your layers infer in_channels from the input, making every token a channel: the model is tied to one length and its filters slide over the embedding dimensions. The embedding dimensions are the channels; the tokens are the positions. Reread “1. Text as a sequence of vectors”.",
        "no_transpose": "Feeding (N, L, E) to Conv1d unchanged makes the tokens the channels and slides the filters over the embedding dimensions, whose order means nothing. Conv1d reads (N, C, L): bring the embedding dimensions to the channel axis first. Reread “1. Text as a sequence of vectors”.",
        "reshape_not_transpose": "A reshape to (N, E, L) gives the right shape but the wrong values: it keeps the memory order and cuts it into rows, mixing positions with embedding dimensions. The two axes must be swapped, which is a transpose, not a reshape. Reread “1. Text as a sequence of vectors”.",
        "mean_over_time": "Your answer averages each filter's responses over the sentence, which dilutes a pattern that occurs once in a long sentence. A TextCNN keeps the strongest response of each filter: max-over-time pooling. Reread “3. Max-over-time pooling: any length in, a fixed size out”.",
        "no_relu": "Your answer pools the raw convolution outputs without the ReLU, so a filter's feature can be negative and the model differs from the formula. The TextCNN takes the max over time of the ReLU of every filter's response. Reread “Exercise 1 · `TextCNN` (3 points)”.",
        "max_over_filters": "Your answer takes the max over the filter axis, keeping one value per position, so the size depends on L and the filters stop being separate detectors. The max is over time: one number per filter, for any length. Reread “3. Max-over-time pooling: any length in, a fixed size out”.",
        "flatten_fixed_length": "Flattening the feature maps, as an image classifier does, ties the linear layer to the first sentence length it meets. Max-over-time pooling gives one value per filter whatever L is. Reread “3. Max-over-time pooling: any length in, a fixed size out”.",
        "same_padding": "Your answer pads the sentence before each convolution, so windows read zeros at the ends and the output differs from the model asked for. The exercise keeps Conv1d's defaults, no padding: a sentence has at least max(widths) tokens. Reread “Exercise 1 · `TextCNN` (3 points)”.",
        "widths_sorted_descending": "Your answer sorts the widths, so the convolutions and the pooled features no longer come in the order of widths and the linear layer's columns mean other things. Create and concatenate them in the order given. Reread “Exercise 1 · `TextCNN` (3 points)”.",
        "extra_hidden_layer": "Your model adds a hidden layer before the classifier. The TextCNN asked for has exactly one nn.Linear on the concatenated pooled features, straight to the two logits, so both the layer check and the values differ. Reread “Exercise 1 · `TextCNN` (3 points)”.",
        "visible_only_hardcoded_defaults": "Your layers use fixed sizes (16 dimensions, 8 filters, widths 2, 3, 4) and ignore the constructor's arguments, so only the default model works. Build one convolution per given width, with embed_dim inputs and filters outputs. Reread “Exercise 1 · `TextCNN` (3 points)”.",
        "float32_always": "Your forward casts the input and the whole model to float32, so a model converted with .double() returns float32 logits and is silently modified. The logits must keep the dtype and device of x, and forward must not change the model. Reread “Exercise 1 · `TextCNN` (3 points)”.",
    },
    "causal_conv1d": {
        "symmetric_padding": "Symmetric padding centres the window on t, so y_t reads (K - 1)/2 future samples, and an even K changes the length. A causal convolution puts all K - 1 zeros on the left, so y_t depends on x_0 to x_t only. Reread “6. Causal padding: no peeking at the future”.",
        "same_padding_string": "padding=\"same\" keeps the length but pads on both sides, so each output reads future samples: a forecaster trained this way fails once the future is not there. Causal padding puts all the zeros before the first sample. Reread “6. Causal padding: no peeking at the future”.",
        "padding_on_the_right": "Padding on the right makes each output read x_t and the K - 1 samples after it: only the future instead of the past. The zeros belong on the left, so the last tap multiplies the newest sample x_t. Reread “6. Causal padding: no peeking at the future”.",
        "both_sides_keep_last_L": "Padding both sides and keeping the last L outputs keeps the wrong end: those windows start at x_t and look K - 1 steps ahead. With K - 1 zeros on both sides, the causal outputs are the first L. Reread “6. Causal padding: no peeking at the future”.",
        "pad_K_shifted_by_one": "Padding K zeros instead of K - 1 shifts everything by one step: y_t reads x_(t-K) to x_(t-1) and never the current sample. The last tap must land on x_t, which takes exactly K - 1 zeros on the left. Reread “Exercise 2 · `causal_conv1d` (2 points)”.",
        "flipped_kernel": "Your answer flips the kernel, the textbook convolution, which reverses the taps. PyTorch's convolutions are cross-correlations: no flip, and the last tap w[..., K - 1] multiplies the newest sample x_t. Reread “6. Causal padding: no peeking at the future”.",
        "no_crop_full_length": "With padding K - 1 on both sides the output has L + K - 1 steps, and the extra ones read the future. The result must have the input's length L; drop the outputs past the end, or pad the left side only. Reread “Exercise 2 · `causal_conv1d` (2 points)”.",
        "visible_only_padding_2": "Your answer always pads two zeros, which is right only for K = 3: other widths give the wrong length or read the future. The padding depends on the filter width, K - 1 zeros on the left for any K, also K > L. Reread “Exercise 2 · `causal_conv1d` (2 points)”.",
        "float32_always": "Your answer casts x and w to float32, so a float64 signal comes back in float32 with less precision. The output must keep the dtype (and device) of x; padding and convolution already do that without a cast. Reread “Exercise 2 · `causal_conv1d` (2 points)”.",
    },
}
