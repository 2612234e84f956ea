"""Known-wrong answers for 11_softmax: each must fail its exercise's tests."""

MUTANTS = {
    "softmax": {
        "naive_exp": '''
import torch
def softmax(logits, dim=-1):
    e = torch.exp(logits)
    return e / e.sum(dim=dim, keepdim=True)
''',
        "global_max": '''
import torch
def softmax(logits, dim=-1):
    e = torch.exp(logits - logits.max())
    return e / e.sum(dim=dim, keepdim=True)
''',
        "max_over_last_dim_always": '''
import torch
def softmax(logits, dim=-1):
    e = torch.exp(logits - logits.amax(dim=-1, keepdim=True))
    return e / e.sum(dim=dim, keepdim=True)
''',
        "normalized_over_everything": '''
import torch
def softmax(logits, dim=-1):
    e = torch.exp(logits - logits.amax(dim=dim, keepdim=True))
    return e / e.sum()
''',
        "normalized_over_last_dim_always": '''
import torch
def softmax(logits, dim=-1):
    e = torch.exp(logits - logits.amax(dim=dim, keepdim=True))
    return e / e.sum(dim=-1, keepdim=True)
''',
        "dim_ignored": '''
import torch
def softmax(logits, dim=-1):
    e = torch.exp(logits - logits.amax(dim=-1, keepdim=True))
    return e / e.sum(dim=-1, keepdim=True)
''',
        "max_without_keepdim": '''
import torch
def softmax(logits, dim=-1):
    e = torch.exp(logits - logits.amax(dim=dim))
    return e / e.sum(dim=dim, keepdim=True)
''',
        "subtract_min": '''
import torch
def softmax(logits, dim=-1):
    e = torch.exp(logits - logits.amin(dim=dim, keepdim=True))
    return e / e.sum(dim=dim, keepdim=True)
''',
        "subtract_mean": '''
import torch
def softmax(logits, dim=-1):
    e = torch.exp(logits - logits.mean(dim=dim, keepdim=True))
    return e / e.sum(dim=dim, keepdim=True)
''',
        "clamped_logits": '''
import torch
def softmax(logits, dim=-1):
    e = torch.exp(logits.clamp(-80.0, 80.0))
    return e / e.sum(dim=dim, keepdim=True)
''',
        "calls_torch_softmax": '''
import torch
def softmax(logits, dim=-1):
    return torch.softmax(logits, dim=dim)
''',
        "calls_tensor_method": '''
def softmax(logits, dim=-1):
    return logits.softmax(dim)
''',
        "calls_nn_softmax": '''
import torch.nn as nn
def softmax(logits, dim=-1):
    return nn.Softmax(dim=dim)(logits)
''',
        "exp_of_library_log_softmax": '''
import torch.nn.functional as F
def softmax(logits, dim=-1):
    return F.log_softmax(logits, dim=dim).exp()
''',
        "calls_special_softmax": '''
import torch
def softmax(logits, dim=-1):
    return torch.special.softmax(logits, dim)
''',
        "pre_imported_functional_softmax": '''
from torch.nn.functional import softmax as library_softmax
def softmax(logits, dim=-1):
    return library_softmax(logits, dim=dim)
''',
        "calls_private_softmax": '''
import torch
def softmax(logits, dim=-1):
    return torch._softmax(logits, dim, False)
''',
        "calls_aten_op": '''
import torch
def softmax(logits, dim=-1):
    return torch.ops.aten._softmax(logits, dim, False)
''',
        "always_float64": '''
import torch
def softmax(logits, dim=-1):
    z = logits.double()
    e = torch.exp(z - z.amax(dim=dim, keepdim=True))
    return e / e.sum(dim=dim, keepdim=True)
''',
        "always_float32": '''
import torch
def softmax(logits, dim=-1):
    z = logits.float()
    e = torch.exp(z - z.amax(dim=dim, keepdim=True))
    return e / e.sum(dim=dim, keepdim=True)
''',
        "modifies_input": '''
import torch
def softmax(logits, dim=-1):
    logits -= logits.amax(dim=dim, keepdim=True)
    e = torch.exp(logits)
    return e / e.sum(dim=dim, keepdim=True)
''',
        "two_dims_only": '''
import torch
def softmax(logits, dim=-1):
    if logits.dim() == 1:
        e = torch.exp(logits - logits.max())
        return e / e.sum()
    z = logits if dim in (1, -1) else logits.T
    e = torch.exp(z - z.amax(dim=1, keepdim=True))
    p = e / e.sum(dim=1, keepdim=True)
    return p if dim in (1, -1) else p.T
''',
    },
    "log_softmax": {
        "log_of_stable_softmax": '''
import torch
def log_softmax(logits, dim=-1):
    e = torch.exp(logits - logits.amax(dim=dim, keepdim=True))
    return torch.log(e / e.sum(dim=dim, keepdim=True))
''',
        "naive_logsumexp": '''
import torch
def log_softmax(logits, dim=-1):
    return logits - torch.log(torch.exp(logits).sum(dim=dim, keepdim=True))
''',
        "max_not_added_back": '''
import torch
def log_softmax(logits, dim=-1):
    m = logits.amax(dim=dim, keepdim=True)
    return logits - torch.log(torch.exp(logits - m).sum(dim=dim, keepdim=True))
''',
        "global_max": '''
import torch
def log_softmax(logits, dim=-1):
    shifted = logits - logits.max()
    return shifted - torch.log(torch.exp(shifted).sum(dim=dim, keepdim=True))
''',
        "dim_ignored": '''
import torch
def log_softmax(logits, dim=-1):
    return logits - torch.logsumexp(logits, dim=-1, keepdim=True)
''',
        "logsumexp_over_everything": '''
import torch
def log_softmax(logits, dim=-1):
    return logits - torch.logsumexp(logits.flatten(), dim=0)
''',
        "calls_torch_log_softmax": '''
import torch
def log_softmax(logits, dim=-1):
    return torch.log_softmax(logits, dim=dim)
''',
        "calls_functional_log_softmax": '''
import torch.nn.functional as F
def log_softmax(logits, dim=-1):
    return F.log_softmax(logits, dim=dim)
''',
        "calls_special_log_softmax": '''
import torch
def log_softmax(logits, dim=-1):
    return torch.special.log_softmax(logits, dim)
''',
        "calls_tensor_method": '''
def log_softmax(logits, dim=-1):
    return logits.log_softmax(dim)
''',
        "calls_nn_module": '''
import torch.nn as nn
def log_softmax(logits, dim=-1):
    return nn.LogSoftmax(dim=dim)(logits)
''',
        "pre_imported_functional": '''
from torch.nn.functional import log_softmax as library_log_softmax
def log_softmax(logits, dim=-1):
    return library_log_softmax(logits, dim=dim)
''',
        "log_of_library_softmax": '''
import torch
def log_softmax(logits, dim=-1):
    return logits.softmax(dim).log()
''',
        "always_float64": '''
import torch
def log_softmax(logits, dim=-1):
    z = logits.double()
    return z - torch.logsumexp(z, dim=dim, keepdim=True)
''',
        "modifies_input": '''
import torch
def log_softmax(logits, dim=-1):
    logits -= logits.amax(dim=dim, keepdim=True)
    return logits - torch.log(torch.exp(logits).sum(dim=dim, keepdim=True))
''',
    },
    "predicted_class": {
        "one_based": '''
import torch
def predicted_class(probs):
    indices = probs.argmax(dim=-1) + 1
    return int(indices) if probs.dim() == 1 else indices
''',
        "max_probability": '''
import torch
def predicted_class(probs):
    values = probs.amax(dim=-1)
    return values.item() if probs.dim() == 1 else values
''',
        "tensor_for_a_vector": '''
import torch
def predicted_class(probs):
    return probs.argmax(dim=-1)
''',
        "numpy_integer": '''
import torch
def predicted_class(probs):
    if probs.dim() == 1:
        return probs.cpu().numpy().argmax()
    return probs.argmax(dim=-1)
''',
        "float_index": '''
import torch
def predicted_class(probs):
    indices = probs.argmax(dim=-1)
    return float(indices) if probs.dim() == 1 else indices
''',
        "batch_flattened": '''
import torch
def predicted_class(probs):
    return int(probs.argmax())
''',
        "batch_over_dim0": '''
import torch
def predicted_class(probs):
    if probs.dim() == 1:
        return int(probs.argmax())
    return probs.argmax(dim=0)
''',
        "batch_as_list": '''
import torch
def predicted_class(probs):
    indices = probs.argmax(dim=-1)
    return int(indices) if probs.dim() == 1 else indices.tolist()
''',
        "batch_int32": '''
import torch
def predicted_class(probs):
    indices = probs.argmax(dim=-1)
    return int(indices) if probs.dim() == 1 else indices.int()
''',
        "last_index_on_ties": '''
import torch
def predicted_class(probs):
    last = probs.size(-1) - 1 - probs.flip(-1).argmax(dim=-1)
    return int(last) if probs.dim() == 1 else last
''',
    },
}
