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

EXPLANATIONS = {
    "softmax": {
        "naive_exp": "Your softmax exponentiates the raw logits: above about 88.7 in float32 exp overflows to inf and inf/inf is NaN, and very negative logits give 0/0. Softmax is shift-invariant, so subtract the max first. Reread “2. Large logits overflow; shift invariance fixes it”.",
        "global_max": "One max for the whole tensor is not enough: a row far below it underflows to 0/0. The shift must be taken per distribution, along the same dim as the sum. Reread “2. Large logits overflow; shift invariance fixes it”.",
        "max_over_last_dim_always": "You always take the max along the last dimension but sum along dim. Shift invariance holds only for a constant shared by all entries of one distribution, so with another dim the shift changes the result. Take the max along dim too.",
        "normalized_over_everything": "You divide by the sum of the whole tensor, so the entries along dim no longer sum to 1, and one row's output depends on the others. Each distribution is normalized on its own, along dim. Reread “1. From scores to a distribution”.",
        "normalized_over_last_dim_always": "You subtract the max along dim but always sum along the last dimension. For any other dim the outputs no longer sum to 1 along the dimension that was asked for. Reread “1. From scores to a distribution”.",
        "dim_ignored": "Your answer ignores dim and always works on the last dimension. With dim=0 the caller wants each column to be a distribution; normalizing along the wrong dimension groups the wrong numbers together. Reread “1. From scores to a distribution”.",
        "max_without_keepdim": "Your max drops the reduced dimension, so it no longer lines up with dim: for a batch it is subtracted along the wrong axis, or the shapes do not broadcast. Keep the reduced dimension with size 1 so the shift works for any shape and dim.",
        "subtract_min": "Subtracting the minimum makes every exponent >= 0, so a wide spread of logits still overflows. Only the max guarantees exponents <= 0 and a largest term of exactly 1. Reread “2. Large logits overflow; shift invariance fixes it”.",
        "subtract_mean": "Subtracting the mean keeps the exponents small only when the logits are close together; with a wide spread exp still overflows. The max is the shift that bounds every exponent by 0. Reread “2. Large logits overflow; shift invariance fixes it”.",
        "clamped_logits": "Clamping the logits changes them: logits beyond the clamp become equal, and the differences between logits, which are all softmax depends on, are lost. Shift invariance avoids overflow without changing the result. Reread “2. Large logits overflow; shift invariance fixes it”.",
        "calls_torch_softmax": "torch.softmax is the library function the exercise forbids, and the hidden tests refuse it. The point is to build softmax from exp, max and sum and to see why the max shift is needed.",
        "calls_tensor_method": "Tensor.softmax is PyTorch's softmax under another name and is refused by the hidden tests. Compute it yourself from exp, a max along dim and a sum along dim.",
        "calls_nn_softmax": "nn.Softmax runs the same library operator as torch.softmax and is refused. The exercise asks for your own stable implementation with exp, a max and a sum along dim.",
        "exp_of_library_log_softmax": "exp of F.log_softmax is still PyTorch's (log-)softmax, which the exercise forbids under any name. Use exp, max and sum yourself; torch.logsumexp is allowed.",
        "calls_special_softmax": "torch.special.softmax is another name for PyTorch's softmax and is refused by the hidden tests. Write the stable softmax yourself: shift by the max, exponentiate, normalize.",
        "pre_imported_functional_softmax": "Importing F.softmax under another name does not hide it: the hidden tests refuse the softmax operator whatever name calls it. Implement the max shift, the exponential and the normalization yourself.",
        "calls_private_softmax": "torch._softmax is the private operator behind torch.softmax, and the hidden tests refuse it too. The exercise wants your own computation with exp, max and sum.",
        "calls_aten_op": "Calling the aten _softmax operator directly is still PyTorch's softmax, and it is refused. Build the result from exp, a max and a sum along dim.",
        "always_float64": "You convert to float64, so a float32 input comes back in double precision. The result must have the dtype of the logits, as torch.softmax's does.",
        "always_float32": "You convert to float32, so a float64 input loses precision: probabilities that float64 can still represent underflow to 0.0. Keep the dtype of the logits. Reread “3. Never exactly zero, except in floating point”.",
        "modifies_input": "Your -= shifts the caller's logits in place. The shift must produce a new tensor: logits must stay unchanged, since the caller (or autograd) may still use them.",
        "two_dims_only": "Your answer handles only 1-D and 2-D tensors, and for 2-D it transposes instead of reducing along dim. softmax must work along any dim of a tensor with any number of dimensions; reductions that keep the reduced dimension do that for every shape.",
    },
    "log_softmax": {
        "log_of_stable_softmax": "Taking the log of a softmax that has underflowed to 0.0 gives -inf, although the true log-probability is finite. Take the log analytically with the log-sum-exp trick instead of the log of a probability. Reread “4. Log-softmax and the log-sum-exp trick”.",
        "naive_logsumexp": "Your log-sum-exp exponentiates the raw logits, so large logits overflow to inf and the result is -inf or NaN. Subtracting the max inside the log-sum-exp makes its sum at least 1. Reread “4. Log-softmax and the log-sum-exp trick”.",
        "max_not_added_back": "You subtract the max inside the log-sum-exp but not from the logit itself, so every output is off by that max. The shift must be accounted for on both sides of the subtraction. Reread “4. Log-softmax and the log-sum-exp trick”.",
        "global_max": "One max for the whole tensor does not stabilize rows far below it: their sums underflow to 0 and the log gives -inf. Take the max along dim, per distribution. Reread “2. Large logits overflow; shift invariance fixes it”.",
        "dim_ignored": "Your log-sum-exp always runs over the last dimension, ignoring dim. With dim=0 each column is a distribution, so the normalizer must be computed along dim. Reread “1. From scores to a distribution”.",
        "logsumexp_over_everything": "You subtract one log-sum-exp of the whole flattened tensor, so all distributions are normalized together and none of them sums to 1 along dim. Each one needs its own log-sum-exp along dim.",
        "calls_torch_log_softmax": "torch.log_softmax is the library function the exercise forbids, and the hidden tests refuse it. torch.logsumexp is allowed: it is the building block to use.",
        "calls_functional_log_softmax": "F.log_softmax computes the answer for you and is refused by the hidden tests. Build log-softmax yourself from the logits and a stable log-sum-exp along dim.",
        "calls_special_log_softmax": "torch.special.log_softmax is PyTorch's log-softmax under another name and is refused like the others. Use the log-sum-exp trick yourself.",
        "calls_tensor_method": "Tensor.log_softmax is the same library operator as F.log_softmax and is refused. The exercise asks for your own log-sum-exp computation.",
        "calls_nn_module": "nn.LogSoftmax runs the library log-softmax, which the hidden tests refuse. Compute the log-probabilities yourself with the log-sum-exp trick.",
        "pre_imported_functional": "Importing log_softmax under another name does not get past the hidden tests, which refuse the operator itself. Write the stable log-sum-exp version yourself.",
        "log_of_library_softmax": "The log of a softmax breaks as soon as a probability underflows to 0.0 (giving -inf), and Tensor.softmax is refused anyway. Compute log-probabilities directly with the log-sum-exp trick. Reread “4. Log-softmax and the log-sum-exp trick”.",
        "always_float64": "You convert to float64, so a float32 input comes back in double precision. log_softmax must keep the dtype of the logits, like torch.log_softmax.",
        "modifies_input": "Your -= shifts the caller's logits in place. The input must stay unchanged; compute the shifted values in a new tensor.",
    },
    "predicted_class": {
        "one_based": "You add 1 to the index. Classes are numbered from 0: for a digit classifier index k is digit k, so the second output is digit 1, not 2. Reread “5. The predicted class is the argmax”.",
        "max_probability": "You return the largest score instead of its position. The predicted class is the index of the largest output: it answers which class, not how confident the model is. Reread “5. The predicted class is the argmax”.",
        "tensor_for_a_vector": "For a 1-D input you return a 0-d tensor. The contract asks for a plain Python int there, and a 0-d tensor is not yet an int.",
        "numpy_integer": "For a 1-D input you return a NumPy integer (after moving the data to the CPU). The contract asks for a plain Python int, a label that callers can use directly.",
        "float_index": "For a 1-D input you return the index as a float. A class index is an integer label, and the contract is a plain Python int.",
        "batch_flattened": "An argmax without dim flattens the whole batch and returns one number for all images. The prediction is made per image, along the class dimension, one index per row. Reread “5. The predicted class is the argmax”.",
        "batch_over_dim0": "For a batch you take the argmax over dim 0, which finds for each class the image that scores highest. The prediction is per image, along the class dimension (the last one). Reread “5. The predicted class is the argmax”.",
        "batch_as_list": "For a batch you return a Python list. The contract is an int64 tensor of shape (N,) on the device of probs, so that it can be compared with label tensors directly.",
        "batch_int32": "Your batch result is int32. Class indices in PyTorch are int64 (a LongTensor), which is what argmax returns and what the contract asks for.",
        "last_index_on_ties": "On a tie you return the last of the largest entries. The contract follows torch.argmax: the first (smallest) index wins a tie.",
    },
}
