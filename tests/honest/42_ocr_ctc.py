"""Correct answers for 42_ocr_ctc written differently from the reference: each must pass its exercise's tests."""

HONEST = {
    "ctc_greedy_decode": {
        "itertools_groupby": '''
import itertools
import torch

def ctc_greedy_decode(path):
    values = path.tolist() if isinstance(path, torch.Tensor) else [int(k) for k in path]
    return [k for k, _ in itertools.groupby(values) if k != 0]
''',
        "unique_consecutive_on_a_tensor": '''
import torch

def ctc_greedy_decode(path):
    tensor = torch.as_tensor(path, dtype=torch.long).flatten().cpu()
    if tensor.numel() == 0:
        return []
    merged = torch.unique_consecutive(tensor)
    return [int(k) for k in merged[merged != 0]]
''',
        "index_loop_with_print_and_warning": '''
import warnings

def ctc_greedy_decode(path):
    values = [int(k) for k in path]
    print("decoding a path of", len(values), "frames")
    if not values:
        warnings.warn("empty path")
    text = []
    for i, k in enumerate(values):
        starts_a_run = i == 0 or values[i - 1] != k
        if starts_a_run and k != 0:
            text.append(k)
    return text
''',
    },
    "ctc_nll": {
        "python_floats_with_own_logsumexp": '''
import math
import torch

def _logaddexp(*values):
    m = max(values)
    if m == float("-inf"):
        return m
    return m + math.log(sum(math.exp(v - m) for v in values))

def ctc_nll(log_probs, target):
    lp = log_probs.detach().cpu().double().tolist()
    ext = [0]
    for label in target.tolist():
        ext += [label, 0]
    S = len(ext)
    neg = float("-inf")
    alpha = [neg] * S
    alpha[0] = lp[0][0]
    if S > 1:
        alpha[1] = lp[0][ext[1]]
    for t in range(1, len(lp)):
        previous = alpha
        alpha = []
        for s in range(S):
            terms = [previous[s]]
            if s >= 1:
                terms.append(previous[s - 1])
            if s >= 2 and ext[s] != 0 and ext[s] != ext[s - 2]:
                terms.append(previous[s - 2])
            alpha.append(_logaddexp(*terms) + lp[t][ext[s]])
    return torch.tensor(-_logaddexp(*alpha[-2:]), dtype=log_probs.dtype, device=log_probs.device)
''',
        # Graves's rescaling: probabilities, normalized at every frame, the logs of the scales added up
        "rescaled_probabilities_float64": '''
import math
import torch

def ctc_nll(log_probs, target):
    probs = log_probs.detach().double().exp().cpu()
    ext = [0]
    for label in target.tolist():
        ext += [label, 0]
    S = len(ext)
    skip = torch.tensor([s >= 2 and ext[s] != 0 and ext[s] != ext[s - 2] for s in range(S)])
    emit = probs[:, ext]
    alpha = torch.zeros(S, dtype=torch.float64)
    alpha[:2] = emit[0, :2]
    log_scale = 0.0
    for t in range(probs.shape[0]):
        if t > 0:
            one = torch.cat([torch.zeros(1, dtype=torch.float64), alpha[:-1]])
            two = torch.cat([torch.zeros(2, dtype=torch.float64), alpha[:-2]])[:S] * skip
            alpha = (alpha + one + two) * emit[t]
        total = float(alpha.sum())
        if total == 0.0:
            return torch.tensor(float("inf"), dtype=log_probs.dtype, device=log_probs.device)
        alpha = alpha / total
        log_scale += math.log(total)
    end = float(alpha[-2:].sum())
    value = math.inf if end == 0.0 else -(log_scale + math.log(end))
    return torch.tensor(value, dtype=log_probs.dtype, device=log_probs.device)
''',
        # the backward recursion: beta from the last frame to the first, then the two possible starts
        "backward_algorithm_with_warning": '''
import warnings
import torch

def ctc_nll(log_probs, target):
    warnings.warn("running the backward recursion instead of the forward one")
    T = log_probs.shape[0]
    ext = [0]
    for label in target.tolist():
        ext += [label, 0]
    S = len(ext)
    emit = log_probs[:, ext]
    neg = torch.tensor(float("-inf"), dtype=log_probs.dtype, device=log_probs.device)
    beta = torch.full((S,), float("-inf"), dtype=log_probs.dtype, device=log_probs.device)
    beta[S - 1] = emit[T - 1, S - 1]
    if S > 1:
        beta[S - 2] = emit[T - 1, S - 2]
    for t in range(T - 2, -1, -1):
        new = []
        for s in range(S):
            terms = [beta[s]]
            if s + 1 < S:
                terms.append(beta[s + 1])
            if s + 2 < S and ext[s + 2] != 0 and ext[s + 2] != ext[s]:
                terms.append(beta[s + 2])
            new.append(torch.logsumexp(torch.stack(terms), dim=0) + emit[t, s])
        beta = torch.stack(new)
    starts = beta[:2] if S > 1 else beta[:1]
    return -torch.logsumexp(starts, dim=0)
''',
        "padded_matrix_with_print": '''
import torch

def ctc_nll(log_probs, target):
    T, C = log_probs.shape
    labels = target.tolist()
    print("CTC of", len(labels), "labels over", T, "frames")
    S = 2 * len(labels) + 1
    ext = torch.zeros(S, dtype=torch.long, device=log_probs.device)
    if labels:
        ext[1::2] = target
    same_as_two_back = torch.zeros(S, dtype=torch.bool, device=log_probs.device)
    same_as_two_back[2:] = ext[2:] == ext[:-2]
    can_skip = (ext != 0) & ~same_as_two_back
    can_skip[:2] = False
    table = log_probs.index_select(1, ext)
    alpha = torch.full((S + 2,), float("-inf"), dtype=log_probs.dtype, device=log_probs.device)
    alpha[2] = table[0, 0]
    if S > 1:
        alpha[3] = table[0, 1]
    for t in range(1, T):
        stay, one, two = alpha[2:], alpha[1:-1], alpha[:-2]
        two = two.masked_fill(~can_skip, float("-inf"))
        alpha = torch.cat([alpha[:2], torch.logsumexp(torch.stack([stay, one, two]), dim=0) + table[t]])
    return -torch.logsumexp(alpha[2:][-2:], dim=0)
''',
    },
}
