"""Known-wrong answers for 42_ocr_ctc: each must fail its exercise's tests."""

# the forward algorithm in log space, with the pieces the mutants below change marked {START}, {SKIP}, {END}, {SCALE}
_FORWARD = '''
import torch

def ctc_nll(log_probs, target):
    T = log_probs.shape[0]
    labels = target.tolist()
    ext = [0]
    for label in labels:
        ext += [label, 0]
    S = len(ext)
    emit = log_probs[:, torch.tensor(ext, device=log_probs.device)]
    neg = float("-inf")
    alpha = torch.full((S,), neg, dtype=log_probs.dtype, device=log_probs.device)
    {START}
    for t in range(1, T):
        new = []
        for s in range(S):
            terms = [alpha[s]]
            if s >= 1:
                terms.append(alpha[s - 1])
            if s >= 2 and {SKIP}:
                terms.append(alpha[s - 2])
            new.append(torch.logsumexp(torch.stack(terms), dim=0) + emit[t, s])
        alpha = torch.stack(new)
    {END}
    return -loglik{SCALE}
'''

_CORRECT = dict(START="alpha[0] = emit[0, 0]\n    if S > 1:\n        alpha[1] = emit[0, 1]",
                SKIP="ext[s] != 0 and ext[s] != ext[s - 2]",
                END="loglik = torch.logsumexp(alpha[-2:], dim=0)",
                SCALE="")


def _forward(**changes):
    pieces = dict(_CORRECT, **changes)
    code = _FORWARD
    for key, value in pieces.items():
        code = code.replace("{" + key + "}", value)
    return code


MUTANTS = {
    "ctc_greedy_decode": {
        # SYLLABUS ✗: blanks dropped first, then repeats merged: [0, 1, 1, 0, 1, 2, 2, 0] -> [1, 2].
        "blanks_dropped_first": '''
def ctc_greedy_decode(path):
    values = [int(k) for k in path if int(k) != 0]
    text = []
    for k in values:
        if not text or text[-1] != k:
            text.append(k)
    return text
''',
        # the same mistake in disguise: compare with the last label kept, not with the previous frame.
        "compare_with_last_kept": '''
def ctc_greedy_decode(path):
    text = []
    for k in path:
        k = int(k)
        if k != 0 and (not text or k != text[-1]):
            text.append(k)
    return text
''',
        "merge_only": '''
def ctc_greedy_decode(path):
    text, previous = [], None
    for k in path:
        k = int(k)
        if k != previous:
            text.append(k)
        previous = k
    return text
''',
        "drop_blanks_only": '''
def ctc_greedy_decode(path):
    return [int(k) for k in path if int(k) != 0]
''',
        "sorted_unique_labels": '''
def ctc_greedy_decode(path):
    return sorted({int(k) for k in path} - {0})
''',
        # passes the visible tests (lists only): a tensor yields 0-d tensors, which are not ints.
        "tensor_elements_kept": '''
def ctc_greedy_decode(path):
    text, previous = [], None
    for k in path:
        if previous is None or k != previous:
            if k != 0:
                text.append(k)
        previous = k
    return text
''',
        # the last run is emitted only when another frame follows it.
        "last_run_lost": '''
def ctc_greedy_decode(path):
    values = [int(k) for k in path]
    return [values[i] for i in range(len(values) - 1) if values[i] != values[i + 1] and values[i] != 0]
''',
        "returns_a_tensor": '''
import torch

def ctc_greedy_decode(path):
    merged = torch.unique_consecutive(torch.as_tensor(path))
    return merged[merged != 0]
''',
    },
    "ctc_nll": {
        # SYLLABUS: a length-2 target pins the sum; reduction="mean" divides by the target length.
        "divided_by_target_length": _forward(SCALE=" / max(len(labels), 1)"),
        # the skip is allowed between two equal labels: paths like "1 1" count for the target "11".
        "skip_between_equal_labels": _forward(SKIP="ext[s] != 0"),
        "never_skips_a_blank": _forward(SKIP="False"),
        "ends_on_final_blank_only": _forward(END="loglik = alpha[-1]"),
        "ends_on_last_label_only": _forward(END="loglik = alpha[-2] if S > 1 else alpha[-1]"),
        "starts_on_blank_only": _forward(START="alpha[0] = emit[0, 0]"),
        # the empty target: alpha[[S-1, S-2]] with S = 1 counts the single position twice.
        "empty_target_counted_twice": _forward(END="loglik = torch.logsumexp(alpha[[S - 1, S - 2]], dim=0)"),
        "log_likelihood_not_negated": _forward(SCALE=" * -1"),
        # passes the visible tests: plain probabilities underflow to 0 on 150 frames (inf instead of ~240).
        "probabilities_not_logs": '''
import torch

def ctc_nll(log_probs, target):
    probs = log_probs.exp()
    ext = [0]
    for label in target.tolist():
        ext += [label, 0]
    S = len(ext)
    alpha = torch.zeros(S, dtype=probs.dtype, device=probs.device)
    alpha[0] = probs[0, 0]
    if S > 1:
        alpha[1] = probs[0, ext[1]]
    for t in range(1, probs.shape[0]):
        new = alpha.clone()
        new[1:] += alpha[:-1]
        for s in range(2, S):
            if ext[s] != 0 and ext[s] != ext[s - 2]:
                new[s] += alpha[s - 2]
        alpha = new * probs[t, ext]
    return -torch.log(alpha[-2:].sum())
''',
        # a hand-made log-sum-exp without the -inf case: unreachable states become nan, and nan spreads.
        "logsumexp_nan_on_minus_inf": '''
import torch

def _lse(values):
    m = values.max()
    return m + torch.log(torch.exp(values - m).sum())

def ctc_nll(log_probs, target):
    ext = [0]
    for label in target.tolist():
        ext += [label, 0]
    S = len(ext)
    emit = log_probs[:, ext]
    alpha = torch.full((S,), float("-inf"), dtype=log_probs.dtype, device=log_probs.device)
    alpha[0] = emit[0, 0]
    if S > 1:
        alpha[1] = emit[0, 1]
    for t in range(1, log_probs.shape[0]):
        new = []
        for s in range(S):
            terms = [alpha[s]] + ([alpha[s - 1]] if s >= 1 else [])
            if s >= 2 and ext[s] != 0 and ext[s] != ext[s - 2]:
                terms.append(alpha[s - 2])
            new.append(_lse(torch.stack(terms)) + emit[t, s])
        alpha = torch.stack(new)
    return -_lse(alpha[-2:])
''',
        # passes the visible tests: computed in Python floats, returned as float32 even for float64 input.
        "float32_result_for_float64": '''
import math
import torch

def _lse(*values):
    m = max(values)
    if m == float("-inf"):
        return m
    return m + math.log(sum(math.exp(v - m) for v in values))

def ctc_nll(log_probs, target):
    lp = log_probs.detach().cpu().tolist()
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
        alpha = [_lse(alpha[s], alpha[s - 1] if s >= 1 else neg,
                      alpha[s - 2] if s >= 2 and ext[s] != 0 and ext[s] != ext[s - 2] else neg) + lp[t][ext[s]]
                 for s in range(S)]
    return torch.tensor(-_lse(*alpha[-2:]), device=log_probs.device)
''',
        "python_float_result": '''
import math
import torch

def ctc_nll(log_probs, target):
    ext = [0]
    for label in target.tolist():
        ext += [label, 0]
    S = len(ext)
    emit = log_probs[:, ext]
    alpha = torch.full((S,), float("-inf"), dtype=log_probs.dtype, device=log_probs.device)
    alpha[0] = emit[0, 0]
    if S > 1:
        alpha[1] = emit[0, 1]
    for t in range(1, log_probs.shape[0]):
        one = torch.cat([alpha.new_full((1,), float("-inf")), alpha[:-1]])
        two = torch.cat([alpha.new_full((2,), float("-inf")), alpha[:-2]])[:S]
        allowed = torch.tensor([s >= 2 and ext[s] != 0 and ext[s] != ext[s - 2] for s in range(S)],
                               device=alpha.device)
        two = torch.where(allowed, two, torch.full_like(two, float("-inf")))
        alpha = torch.logsumexp(torch.stack([alpha, one, two]), dim=0) + emit[t]
    return -torch.logsumexp(alpha[-2:], dim=0).item()
''',
        "library_call": '''
import torch
import torch.nn.functional as F

def ctc_nll(log_probs, target):
    return F.ctc_loss(log_probs, target, torch.tensor(log_probs.shape[0]), torch.tensor(target.numel()),
                      blank=0, reduction="sum")
''',
        "module_call": '''
import torch.nn as nn

def ctc_nll(log_probs, target):
    loss = nn.CTCLoss(blank=0, reduction="sum")
    return loss(log_probs[:, None], target[None], [log_probs.shape[0]], [target.numel()])
''',
        # torch.ops.aten.ctc_loss decomposes into aten._ctc_loss, refused at the dispatcher
        "aten_operator_call": '''
import torch

def ctc_nll(log_probs, target):
    return torch.ops.aten.ctc_loss(log_probs[:, None], target[None], [log_probs.shape[0]], [target.numel()], 0, 2, False)
''',
        "pre_imported_library_function": '''
import torch
from torch import ctc_loss as library_ctc_loss

def ctc_nll(log_probs, target):
    return library_ctc_loss(log_probs[:, None], target[None], [log_probs.shape[0]], [target.numel()], 0, 2, False)
''',
    },
}

EXPLANATIONS = {
    "ctc_greedy_decode": {
        "blanks_dropped_first": "Your answer drops the blanks before merging, so a blank that separates two equal characters is gone and every doubled character collapses into one. The collapse rule is merge repeats first, then drop blanks. Reread “3. CTC: a blank, a collapse rule, and a sum over alignments”.",
        "compare_with_last_kept": "Comparing each frame with the last label you kept is the drop-blanks-first mistake in disguise: after a blank, a repeated character is wrongly merged. A run ends when the class differs from the previous frame, blank included. Reread “Exercise 1 · `ctc_greedy_decode` (2 points)”.",
        "merge_only": "Your answer merges the repeats but keeps the blanks in the text. The blank is not a character: it only fills frames and separates doubled letters, so after merging it must be removed. Reread “3. CTC: a blank, a collapse rule, and a sum over alignments”.",
        "drop_blanks_only": "Your answer removes the blanks but never merges runs, so a character held over several frames is repeated in the text. A character often spans a few frames; the collapse first merges each run into one. Reread “3. CTC: a blank, a collapse rule, and a sum over alignments”.",
        "sorted_unique_labels": "Your answer returns the set of labels, sorted, which loses the order of the characters and every repeated character. The collapse keeps the order of the frames: merge consecutive equal classes, then remove the blanks. Reread “Exercise 1 · `ctc_greedy_decode` (2 points)”.",
        "tensor_elements_kept": "Iterating over a tensor yields 0-d tensors, so for a tensor path your list holds tensors, not ints. The contract is a Python list of Python ints, whatever the input; convert the path to plain ints first. Reread “Exercise 1 · `ctc_greedy_decode` (2 points)”.",
        "last_run_lost": "Your answer emits a class only when the next frame differs, so the last run of the path is never emitted: a line that ends on a character loses it. Every run counts, including the one that reaches the last frame. Reread “Exercise 1 · `ctc_greedy_decode` (2 points)”.",
        "returns_a_tensor": "Your answer returns a tensor, not a list. The contract is a Python list of Python ints (not tensors, not NumPy integers), so that the text can be compared, printed and mapped to characters directly. Reread “Exercise 1 · `ctc_greedy_decode` (2 points)”.",
    },
    "ctc_nll": {
        "divided_by_target_length": "Your answer divides the loss by the target length, which is what reduction=\"mean\" does. The exercise asks for the plain negative log-likelihood of the line, the sum reduction, with no division. Reread “Exercise 2 · `ctc_nll` (4 points)”.",
        "skip_between_equal_labels": "Your recursion allows the skip over a blank between two equal labels, so it counts paths that collapse to a single character. Between two equal labels the blank is compulsory: skip only onto a label that differs from the one two positions back. Reread “5. The forward algorithm”.",
        "never_skips_a_blank": "Your recursion never skips a blank, so it forbids paths in which two different characters follow each other with no blank in between. The skip from s - 2 is allowed onto a label that differs from the label it leaves. Reread “5. The forward algorithm”.",
        "ends_on_final_blank_only": "Your answer reads only the final blank at the last frame and drops every path that ends on the last label. A complete path may end on either, so the likelihood combines the last two positions of the extended sequence. Reread “5. The forward algorithm”.",
        "ends_on_last_label_only": "Your answer reads only the last label at the last frame and drops every path that ends on the final blank. A complete path may end on either of the last two positions of the extended sequence, and both must be summed. Reread “5. The forward algorithm”.",
        "starts_on_blank_only": "Your initialization starts every path on the first blank, so paths whose first frame already emits the first label are lost. The forward variable starts at either the first blank or the first label. Reread “5. The forward algorithm”.",
        "empty_target_counted_twice": "For an empty target the extended sequence is a single blank, and your answer sums that one position twice, doubling its probability. With L = 0 the only path is all blanks: read the last position once. Reread “Exercise 2 · `ctc_nll` (4 points)”.",
        "log_likelihood_not_negated": "Your answer returns the log-likelihood itself, a negative number. The CTC loss is its negative, -log p(y | x), which is positive and which training minimizes. Reread “3. CTC: a blank, a collapse rule, and a sum over alignments”.",
        "probabilities_not_logs": "Your recursion multiplies plain probabilities, which underflow to 0 on long inputs (150 frames here), so the loss becomes inf. Keep log alpha: products become sums and sums become log-sum-exp. Reread “5. The forward algorithm”.",
        "logsumexp_nan_on_minus_inf": "Your hand-made log-sum-exp computes -inf minus -inf for unreachable positions, which is nan, and nan spreads through the recursion. torch.logsumexp handles rows of -inf and returns -inf. Reread “5. The forward algorithm”.",
        "float32_result_for_float64": "Your answer computes in Python floats and wraps the result in a new tensor, which is float32 even for float64 inputs. The contract is a 0-d tensor with the dtype and device of log_probs. Reread “Exercise 2 · `ctc_nll` (4 points)”.",
        "python_float_result": "Your answer returns a Python float via .item(). The contract is a 0-d tensor with the dtype and device of log_probs, like the value F.ctc_loss returns, so it can be compared and combined as a tensor. Reread “Exercise 2 · `ctc_nll` (4 points)”.",
        "library_call": "F.ctc_loss gives the right value, but the exercise refuses PyTorch's CTC operators: the point is to write the forward algorithm over the extended sequence in log space yourself. Reread “5. The forward algorithm”.",
        "module_call": "nn.CTCLoss is PyTorch's CTC operator in a module, which the exercise refuses. Build the extended sequence and run the forward recursion yourself, combining predecessors with log-sum-exp. Reread “Exercise 2 · `ctc_nll` (4 points)”.",
        "aten_operator_call": "Calling the aten ctc_loss operator is the library CTC under another name, and the tests refuse it at the dispatcher. The exercise is to compute the sum over alignments with your own forward algorithm. Reread “5. The forward algorithm”.",
        "pre_imported_library_function": "Importing torch.ctc_loss under another name is still PyTorch's CTC operator, which the tests refuse while your function runs. Compute the loss with your own forward recursion on the extended sequence. Reread “Exercise 2 · `ctc_nll` (4 points)”.",
    },
}
