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

EXPLANATIONS = {
    "collapse_linear": {
        "bias_b1_plus_b2": "Your bias simply adds b1 and b2, but the first bias comes out of layer 1 and goes through the second layer like everything else, so it is multiplied by W2 before b2 is added. Reread “5. Why a nonlinearity: linear layers collapse”.",
        "second_bias_forgotten": "Your bias keeps the first bias as seen through W2 but drops b2: the second layer still adds its own constant after multiplying. Expanding W2 (W1 x + b1) + b2, every term without x belongs to the new bias. Reread “5. Why a nonlinearity: linear layers collapse”.",
        "first_bias_forgotten": "Your answer keeps only b2 as the bias and loses the constant that layer 1 adds to every output; that constant passes through W2 and survives in the collapsed layer. Reread “5. Why a nonlinearity: linear layers collapse”.",
        "weights_in_wrong_order": "Your weight multiplies the matrices in the wrong order. The layer applied first sits on the right, next to x, giving the (o, d) shape of nn.Linear.weight; the other order fails or gives wrong values. Reread “5. Why a nonlinearity: linear layers collapse”.",
        "returns_list": "Your values are right, but you return a list. The exercise asks for a tuple (W, b), and callers may rely on that type (unpacking, hashing, type checks); keep to the stated return contract.",
        "cast_to_float32": "Your answer converts the result to float32, which loses precision on float64 inputs and breaks the contract that W and b keep the dtype (and device) of the inputs. Let the matrix products keep the inputs' dtype.",
        "modifies_b2_in_place": "Your values are right, but the in-place addition overwrites the caller's b2, so the original second layer is corrupted after the call. Compute a new tensor for the bias and leave every input unchanged.",
        "bias_sum_when_square": "Your answer switches to adding b1 and b2 whenever their shapes happen to match. Matching shapes do not make it right: the first bias is always multiplied by W2, whatever h and o are. Reread “5. Why a nonlinearity: linear layers collapse”.",
        "weight_transposed": "Your weight is transposed. nn.Linear stores its weight as (out x in), so the collapsed weight must be (o, d); a transposed one has the wrong shape unless d = o and then maps inputs wrongly. Reread “Exercise 1 — collapse two linear layers (2 points)”.",
        "numpy_arrays": "Your answer returns NumPy arrays. The contract is a tuple of torch tensors on the inputs' device: arrays leave autograd and the GPU, and cannot be copied into nn.Linear parameters the same way.",
    },
    "relu_grad": {
        "gradient_one_at_zero": "Your answer gives gradient 1 at x = 0. Any value in [0, 1] is a valid subgradient at the corner, but PyTorch's autograd uses 0, and exact zeros do occur in CNNs (zero padding, black background). Reread “6. ReLU and its gradient”.",
        "bool_mask": "Your answer returns a bool mask. A gradient is a float tensor with the dtype of x, like the x.grad that autograd gives, so True/False must become 1./0. in x's dtype.",
        "always_float32": "Your values are right, but the result is always float32, so a float64 input gets a float32 gradient. The gradient must have the same dtype as x, as autograd's x.grad does.",
        "relu_instead_of_gradient": "Your answer returns ReLU(x) itself, not its derivative. The derivative does not depend on how large a positive input is: it is 1 for every positive entry and 0 otherwise. Reread “6. ReLU and its gradient”.",
        "clamp_to_0_1": "Clamping x to [0, 1] copies small positive inputs instead of giving 1; it only looks right on integers. ReLU's derivative depends on the sign of the entry alone: 1 where x > 0, 0 elsewhere. Reread “6. ReLU and its gradient”.",
        "half_at_zero": "Your answer gives 0.5 at x = 0. That is a valid subgradient mathematically, but the exercise asks for PyTorch's convention, which is 0 at the corner, so your result disagrees with autograd on exact zeros. Reread “6. ReLU and its gradient”.",
        "leaky_slope": "Your answer returns the gradient of leaky ReLU, which is 0.01 for negative inputs. Plain ReLU has gradient exactly 0 there, which is precisely why units can die. Reread “6. ReLU and its gradient”.",
        "threshold_1e-6": "Your comparison uses a small threshold instead of 0, so tiny positive inputs get gradient 0. ReLU is active for every x > 0, however small, and autograd gives 1 there. Reread “6. ReLU and its gradient”.",
        "in_place_on_input": "Your values are right, but the in-place comparison overwrites x with 0s and 1s, destroying the caller's activations. The function must return a new tensor and leave x unchanged.",
        "python_loop_flat_float32": "Your loop flattens x and builds a new float32 tensor on the CPU, so shape, dtype and device are lost. The gradient must have the same shape, dtype and device as x; an elementwise tensor comparison keeps all three.",
    },
}
