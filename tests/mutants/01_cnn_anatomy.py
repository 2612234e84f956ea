"""Known-wrong answers for 01_cnn_anatomy: each must fail its exercise's tests."""
MUTANTS = {
    "collapse_linear": {
        # SYLLABUS ✗: the first bias does not pass through W2 (runs on the square layers; wrong values there)
        "bias_b1_plus_b2": '''
def collapse_linear(W1, b1, W2, b2):
    return W2 @ W1, b1 + b2
''',
        "second_bias_forgotten": '''
def collapse_linear(W1, b1, W2, b2):
    return W2 @ W1, W2 @ b1
''',
        "first_bias_forgotten": '''
def collapse_linear(W1, b1, W2, b2):
    return W2 @ W1, b2
''',
        # wrong order of the product: shape error unless square, wrong values when square
        "weights_in_wrong_order": '''
def collapse_linear(W1, b1, W2, b2):
    return W1 @ W2, W2 @ b1 + b2
''',
        "returns_list": '''
def collapse_linear(W1, b1, W2, b2):
    return [W2 @ W1, W2 @ b1 + b2]
''',
        "cast_to_float32": '''
def collapse_linear(W1, b1, W2, b2):
    return (W2 @ W1).float(), (W2 @ b1 + b2).float()
''',
        # right values, but overwrites the caller's b2
        "modifies_b2_in_place": '''
def collapse_linear(W1, b1, W2, b2):
    b2 += W2 @ b1
    return W2 @ W1, b2
''',
        # b1 + b2 where the shapes allow it, W2 @ b1 + b2 otherwise: right only when h != o
        "bias_sum_when_square": '''
def collapse_linear(W1, b1, W2, b2):
    b = b1 + b2 if b1.shape == b2.shape else W2 @ b1 + b2
    return W2 @ W1, b
''',
        # the weight transposed: right shape only when d == o
        "weight_transposed": '''
def collapse_linear(W1, b1, W2, b2):
    return (W2 @ W1).T, W2 @ b1 + b2
''',
        "numpy_arrays": '''
def collapse_linear(W1, b1, W2, b2):
    return (W2 @ W1).cpu().numpy(), (W2 @ b1 + b2).cpu().numpy()
''',
    },
    "relu_grad": {
        # SYLLABUS ✗: gradient 1 at 0
        "gradient_one_at_zero": '''
def relu_grad(x):
    return (x >= 0).to(x.dtype)
''',
        "bool_mask": '''
def relu_grad(x):
    return x > 0
''',
        "always_float32": '''
def relu_grad(x):
    return (x > 0).float()
''',
        "relu_instead_of_gradient": '''
import torch

def relu_grad(x):
    return torch.relu(x)
''',
        # right on [-1, 0, 2] only
        "clamp_to_0_1": '''
def relu_grad(x):
    return x.clamp(0, 1)
''',
        "half_at_zero": '''
import torch

def relu_grad(x):
    return torch.heaviside(x, torch.tensor(0.5, dtype=x.dtype, device=x.device))
''',
        "leaky_slope": '''
import torch

def relu_grad(x):
    return torch.where(x > 0, 1.0, 0.01).to(x.dtype)
''',
        # passes every visible test: tiny positive inputs counted as zero
        "threshold_1e-6": '''
def relu_grad(x):
    return (x > 1e-6).to(x.dtype)
''',
        # passes every visible test: right values, but overwrites x
        "in_place_on_input": '''
def relu_grad(x):
    return x.gt_(0)
''',
        "python_loop_flat_float32": '''
import torch

def relu_grad(x):
    return torch.tensor([1.0 if v > 0 else 0.0 for v in x.flatten().tolist()])
''',
    },
}
