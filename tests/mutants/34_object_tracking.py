"""Known-wrong answers to notebook 34_object_tracking: each one a misconception the notebook explains.

Every one must be rejected by a failed check of the tests (tests/mutation.py).
"""

_NCC_HEAD = '''
import torch
import torch.nn.functional as F


def _windows(search, h, w):
    win = search.unfold(1, h, 1).unfold(2, w, 1)
    return win.permute(1, 2, 0, 3, 4).reshape(win.shape[1], win.shape[2], -1)
'''

MUTANTS = {
    "ncc_map": {
        # the syllabus's wrong answer: the raw correlation sum(T * P), which any bright patch wins
        "raw_correlation": _NCC_HEAD + '''
def ncc_map(template, search):
    return F.conv2d(search[None], template[None])[0, 0]
''',
        # cosine similarity of the raw windows: normalized but not centred, a flat patch scores high
        "no_mean_subtraction": _NCC_HEAD + '''
def ncc_map(template, search):
    win = _windows(search, template.shape[1], template.shape[2])
    t = template.flatten()
    return (win * t).sum(2) / (win.norm(dim=2) * t.norm() + 1e-6)
''',
        # divided by the template's squared norm only: a dimmer copy of the template scores below 1
        "template_norm_only": _NCC_HEAD + '''
def ncc_map(template, search):
    win = _windows(search, template.shape[1], template.shape[2])
    win = win - win.mean(dim=2, keepdim=True)
    t = (template - template.mean()).flatten()
    return (win * t).sum(2) / (t.norm() ** 2 + 1e-6)
''',
        # no epsilon: a flat window divides 0 by 0
        "no_epsilon": _NCC_HEAD + '''
def ncc_map(template, search):
    win = _windows(search, template.shape[1], template.shape[2])
    win = win - win.mean(dim=2, keepdim=True)
    t = (template - template.mean()).flatten()
    return (win * t).sum(2) / (win.norm(dim=2) * t.norm())
''',
        # the one-pass variance sum(p^2) - sum(p)^2 / n in float32: garbage on a flat window
        "one_pass_variance_float32": _NCC_HEAD + '''
def ncc_map(template, search):
    t = template - template.mean()
    n = t.numel()
    ones = torch.ones_like(template)[None]
    sums = F.conv2d(search[None], ones)[0, 0]
    squares = F.conv2d((search * search)[None], ones)[0, 0]
    numerator = F.conv2d(search[None], t[None])[0, 0]
    norms = (squares - sums * sums / n).clamp_min(0).sqrt()
    return numerator / (norms * t.norm() + 1e-6)
''',
        # the mean of products over n times the unbiased standard deviations: off by (n - 1) / n
        "unbiased_std_over_n": _NCC_HEAD + '''
def ncc_map(template, search):
    win = _windows(search, template.shape[1], template.shape[2])
    t = template.flatten()
    n = t.numel()
    cov = ((win - win.mean(dim=2, keepdim=True)) * (t - t.mean())).sum(2) / n
    return cov / (win.std(dim=2) * t.std() + 1e-6)
''',
        # one mean per channel instead of one per window: passes the visible tests, not the reference
        "per_channel_means": _NCC_HEAD + '''
def ncc_map(template, search):
    C, h, w = template.shape
    win = search.unfold(1, h, 1).unfold(2, w, 1).flatten(3)          # (C, H', W', h*w)
    win = win - win.mean(dim=3, keepdim=True)
    t = (template - template.mean(dim=(1, 2), keepdim=True)).reshape(C, 1, 1, -1)
    num = (win * t).sum(dim=(0, 3))
    return num / (win.pow(2).sum(dim=(0, 3)).sqrt() * t.norm() + 1e-6)
''',
        # only the first channel: right on the visible tests (every channel shows the same pattern there)
        "first_channel_only": _NCC_HEAD + '''
def ncc_map(template, search):
    win = _windows(search[:1], template.shape[1], template.shape[2])
    win = win - win.mean(dim=2, keepdim=True)
    t = (template[:1] - template[:1].mean()).flatten()
    return (win * t).sum(2) / (win.norm(dim=2) * t.norm() + 1e-6)
''',
        # epsilon inside the square root: invisible on normal contrast, wrong on low-contrast images
        "epsilon_inside_sqrt": _NCC_HEAD + '''
def ncc_map(template, search):
    win = _windows(search, template.shape[1], template.shape[2])
    win = win - win.mean(dim=2, keepdim=True)
    t = (template - template.mean()).flatten()
    return (win * t).sum(2) / torch.sqrt(win.pow(2).sum(2) * t.pow(2).sum() + 1e-6)
''',
        # rows and columns swapped
        "transposed_map": _NCC_HEAD + '''
def ncc_map(template, search):
    win = _windows(search, template.shape[1], template.shape[2])
    win = win - win.mean(dim=2, keepdim=True)
    t = (template - template.mean()).flatten()
    return ((win * t).sum(2) / (win.norm(dim=2) * t.norm() + 1e-6)).T.contiguous()
''',
        # computed in float64 and returned in float64 for float32 inputs
        "float64_result": _NCC_HEAD + '''
def ncc_map(template, search):
    template, search = template.double(), search.double()
    win = _windows(search, template.shape[1], template.shape[2])
    win = win - win.mean(dim=2, keepdim=True)
    t = (template - template.mean()).flatten()
    return (win * t).sum(2) / (win.norm(dim=2) * t.norm() + 1e-6)
''',
        # centres the template in place: the caller's template is changed
        "template_centred_in_place": _NCC_HEAD + '''
def ncc_map(template, search):
    template -= template.mean()
    win = _windows(search, template.shape[1], template.shape[2])
    win = win - win.mean(dim=2, keepdim=True)
    t = template.flatten()
    return (win * t).sum(2) / (win.norm(dim=2) * t.norm() + 1e-6)
''',
    },
    "associate": {
        # the syllabus's wrong answer: each track takes its best detection, which two tracks can share
        "same_detection_twice": '''
from torchvision.ops import box_iou

def associate(tracks, detections, iou_threshold):
    if len(tracks) == 0 or len(detections) == 0:
        return []
    iou = box_iou(tracks, detections)
    best, index = iou.max(dim=1)
    return [(i, int(index[i])) for i in range(len(tracks)) if best[i] >= iou_threshold]
''',
        # each detection takes its best track, which two detections can share
        "same_track_twice": '''
from torchvision.ops import box_iou

def associate(tracks, detections, iou_threshold):
    if len(tracks) == 0 or len(detections) == 0:
        return []
    iou = box_iou(tracks, detections)
    best, index = iou.max(dim=0)
    return [(int(index[j]), j) for j in range(len(detections)) if best[j] >= iou_threshold]
''',
        # greedy in track order (each track takes its best free detection), not by the global best IoU
        "tracks_in_index_order": '''
from torchvision.ops import box_iou

def associate(tracks, detections, iou_threshold):
    iou = box_iou(tracks, detections).tolist()
    pairs, used = [], set()
    for i, row in enumerate(iou):
        free = [(v, -j) for j, v in enumerate(row) if j not in used]
        if free:
            v, neg_j = max(free)
            if v >= iou_threshold:
                pairs.append((i, -neg_j))
                used.add(-neg_j)
    return pairs
''',
        # the optimal (Hungarian) assignment: a different algorithm from the one asked for
        "hungarian": '''
from scipy.optimize import linear_sum_assignment
from torchvision.ops import box_iou

def associate(tracks, detections, iou_threshold):
    if len(tracks) == 0 or len(detections) == 0:
        return []
    iou = box_iou(tracks, detections).cpu().numpy()
    rows, cols = linear_sum_assignment(iou, maximize=True)
    pairs = [(int(i), int(j)) for i, j in zip(rows, cols) if iou[i, j] >= iou_threshold]
    return sorted(pairs, key=lambda p: -iou[p[0], p[1]])
''',
        # > instead of >=: an IoU equal to the threshold is refused
        "strict_threshold": '''
from torchvision.ops import box_iou

def associate(tracks, detections, iou_threshold):
    iou = box_iou(tracks, detections).tolist()
    pairs, ut, ud = [], set(), set()
    for neg, i, j in sorted((-v, i, j) for i, r in enumerate(iou) for j, v in enumerate(r)):
        if -neg <= iou_threshold:
            break
        if i not in ut and j not in ud:
            pairs.append((i, j)); ut.add(i); ud.add(j)
    return pairs
''',
        # no threshold: every track is paired with something, even a disjoint box
        "no_threshold": '''
from torchvision.ops import box_iou

def associate(tracks, detections, iou_threshold):
    iou = box_iou(tracks, detections).tolist()
    pairs, ut, ud = [], set(), set()
    for neg, i, j in sorted((-v, i, j) for i, r in enumerate(iou) for j, v in enumerate(r)):
        if i not in ut and j not in ud:
            pairs.append((i, j)); ut.add(i); ud.add(j)
    return pairs
''',
        # the right pairs, but sorted by track index instead of in the order they were picked
        "sorted_by_track": '''
from torchvision.ops import box_iou

def associate(tracks, detections, iou_threshold):
    iou = box_iou(tracks, detections).tolist()
    pairs, ut, ud = [], set(), set()
    for neg, i, j in sorted((-v, i, j) for i, r in enumerate(iou) for j, v in enumerate(r)):
        if -neg < iou_threshold:
            break
        if i not in ut and j not in ud:
            pairs.append((i, j)); ut.add(i); ud.add(j)
    return sorted(pairs)
''',
        # ties broken towards the larger indices: passes the visible tests (they have no ties)
        "ties_to_larger_index": '''
from torchvision.ops import box_iou

def associate(tracks, detections, iou_threshold):
    iou = box_iou(tracks, detections).tolist()
    pairs, ut, ud = [], set(), set()
    for neg, i, j in sorted(((-v, -i, -j) for i, r in enumerate(iou) for j, v in enumerate(r))):
        i, j = -i, -j
        if -neg < iou_threshold:
            break
        if i not in ut and j not in ud:
            pairs.append((i, j)); ut.add(i); ud.add(j)
    return pairs
''',
        # (detection, track) instead of (track, detection)
        "indices_swapped": '''
from torchvision.ops import box_iou

def associate(tracks, detections, iou_threshold):
    iou = box_iou(tracks, detections).tolist()
    pairs, ut, ud = [], set(), set()
    for neg, i, j in sorted((-v, i, j) for i, r in enumerate(iou) for j, v in enumerate(r)):
        if -neg < iou_threshold:
            break
        if i not in ut and j not in ud:
            pairs.append((j, i)); ut.add(i); ud.add(j)
    return pairs
''',
        # indices left as 0-d tensors
        "tensor_indices": '''
import torch
from torchvision.ops import box_iou

def associate(tracks, detections, iou_threshold):
    if len(tracks) == 0 or len(detections) == 0:
        return []
    iou = box_iou(tracks, detections).clone()
    pairs = []
    while iou.max() >= iou_threshold:
        flat = iou.argmax()
        i, j = flat // iou.shape[1], flat % iou.shape[1]
        pairs.append((i, j))
        iou[i, :] = -1
        iou[:, j] = -1
    return pairs
''',
        # pairs as lists, not tuples
        "lists_not_tuples": '''
from torchvision.ops import box_iou

def associate(tracks, detections, iou_threshold):
    iou = box_iou(tracks, detections).tolist()
    pairs, ut, ud = [], set(), set()
    for neg, i, j in sorted((-v, i, j) for i, r in enumerate(iou) for j, v in enumerate(r)):
        if -neg < iou_threshold:
            break
        if i not in ut and j not in ud:
            pairs.append([i, j]); ut.add(i); ud.add(j)
    return pairs
''',
    },
}

EXPLANATIONS = {
    "ncc_map": {
        "raw_correlation": "Your answer returns the raw correlation, a plain dot product, which grows with the brightness of the window: a flat white patch beats the object itself. NCC compares patterns by centring and normalizing both sides. Reread “2 · Template matching: raw correlation versus NCC”.",
        "no_mean_subtraction": "Your answer normalizes the windows but never subtracts their means, a cosine similarity of raw pixels, so a flat bright window still scores high. NCC centres each window and the template first. Reread “2 · Template matching: raw correlation versus NCC”.",
        "template_norm_only": "Your answer divides by the template's squared norm only, so a dimmer copy of the object scores below 1. NCC divides by the norms of both the centred window and the centred template, which makes it gain-invariant. Reread “2 · Template matching: raw correlation versus NCC”.",
        "no_epsilon": "Your denominator has no epsilon, so a flat window, whose centred values are all zero, divides 0 by 0 and gives NaN. The epsilon added to the product of the norms makes such a window score 0: no pattern matches nothing. Reread “2 · Template matching: raw correlation versus NCC”.",
        "one_pass_variance_float32": "Your window norms use the one-pass shortcut, sum of squares minus squared sum over n, in float32; on a flat window it cancels to rounding noise, and the epsilon cannot rescue a noisy numerator. Subtract each window's own mean. Reread “Exercise 1 · `ncc_map` (2 points)”.",
        "unbiased_std_over_n": "Your answer divides a covariance taken over n by unbiased standard deviations taken over n - 1, so even a perfect match scores below 1. The NCC formula uses plain sums and norms, where no such counts appear. Reread “2 · Template matching: raw correlation versus NCC”.",
        "per_channel_means": "Your answer subtracts one mean per channel. The exercise asks for one mean per window and one for the template, each over all C x h x w values together, as one Pearson correlation of two long vectors. Reread “Exercise 1 · `ncc_map` (2 points)”.",
        "first_channel_only": "Your answer correlates the first channel only and ignores the others, so colours that differ in another channel are never seen. The NCC of a window uses all of its C x h x w values, every channel included. Reread “Exercise 1 · `ncc_map` (2 points)”.",
        "epsilon_inside_sqrt": "Your epsilon sits inside a square root of the squared norms instead of being added to the product of the two norms. On normal contrast the two agree; on low-contrast images they differ, and the exercise fixes where it goes. Reread “Exercise 1 · `ncc_map` (2 points)”.",
        "transposed_map": "Your map is transposed: entry [i, j] must be the window starting at row i and column j, so the shape is (H - h + 1, W - w + 1). Keep the row axis of the search image first, as unfold produces it.",
        "float64_result": "Your answer computes and returns float64 for float32 inputs. The contract is a map with the dtype and device of search; computing in float64 is fine, but the result must be converted back to the input's dtype.",
        "template_centred_in_place": "Your map is right, but subtracting the mean in place changes the caller's template, which a tracker reuses in every frame. The exercise says not to modify the inputs; centre a copy instead.",
    },
    "associate": {
        "same_detection_twice": "Your answer gives each track its own best detection, so two tracks can claim the same one: an object is reported twice and identities switch. Association is a matching: once taken, a detection leaves the pool. Reread “4 · Tracking by detection: associating boxes with tracks”.",
        "same_track_twice": "Your answer gives each detection its best track, so two detections can continue the same track. Each track and each detection appears in at most one pair; a matched track must leave the pool. Reread “4 · Tracking by detection: associating boxes with tracks”.",
        "tracks_in_index_order": "Your answer walks the tracks in index order and lets each take its best free detection. The greedy rule takes the pair with the largest IoU among all remaining tracks and detections first, wherever it is. Reread “Exercise 2 · `associate` (2 points)”.",
        "hungarian": "Your answer uses the Hungarian algorithm, which maximizes the total IoU of the assignment. That is a valid tracker, but the exercise asks for the greedy rule, which can pick other pairs and returns them in the order it picks them. Reread “Exercise 2 · `associate` (2 points)”.",
        "strict_threshold": "Your answer refuses a pair whose IoU equals the threshold. The rule says at least iou_threshold, so an IoU exactly at the threshold is still matched. Reread “Exercise 2 · `associate` (2 points)”.",
        "no_threshold": "Your answer never checks the threshold, so every track is paired with something, even a box it does not overlap. Below the threshold the greedy rule stops: the track misses and the detection starts a new one. Reread “4 · Tracking by detection: associating boxes with tracks”.",
        "sorted_by_track": "Your pairs are right but sorted by track index. The contract asks for them in the order the greedy rule picks them, by decreasing IoU, so do not reorder the result. Reread “Exercise 2 · `associate` (2 points)”.",
        "ties_to_larger_index": "Your answer breaks ties in IoU towards the larger indices. The rule fixes the order: for equal IoU the smaller track index first, then the smaller detection index, so the result is deterministic. Reread “Exercise 2 · `associate` (2 points)”.",
        "indices_swapped": "Your pairs are (detection, track). The contract is (track_index, detection_index), the order in which the tracker reads them to give the detection's box to the track.",
        "tensor_indices": "Your pairs hold 0-d tensors instead of Python ints. The contract is a list of tuples of plain ints, which the tracker uses to index its Python list of tracks; convert every index you take out of a tensor.",
        "lists_not_tuples": "Your pairs are lists. The contract is a list of (track_index, detection_index) tuples; a tuple is the immutable pair callers can unpack, hash and compare, so build tuples.",
    },
}
