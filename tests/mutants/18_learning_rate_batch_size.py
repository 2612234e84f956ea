"""Known-wrong answers for 18_learning_rate_batch_size: each must fail its exercise's tests."""

MUTANTS = {
    "gd_quadratic": {
        # SYLLABUS ✗: the gradient of ½w² (w instead of 2w): stable up to lr 2, so lr 1.1 converges.
        "half_w_squared": '''
def gd_quadratic(lr, steps):
    w = 1.0
    trajectory = [w]
    for _ in range(steps):
        w = w - lr * w
        trajectory.append(w)
    return trajectory
''',
        # gradient ascent: w grows for every lr.
        "plus_sign": '''
def gd_quadratic(lr, steps):
    w = 1.0
    trajectory = [w]
    for _ in range(steps):
        w = w + lr * 2.0 * w
        trajectory.append(w)
    return trajectory
''',
        # only the final weight, not the trajectory.
        "final_value_only": '''
def gd_quadratic(lr, steps):
    w = 1.0
    for _ in range(steps):
        w = w - lr * 2.0 * w
    return w
''',
        # w_0 missing at the front: steps values instead of steps + 1.
        "without_w0": '''
def gd_quadratic(lr, steps):
    w = 1.0
    trajectory = []
    for _ in range(steps):
        w = w - lr * 2.0 * w
        trajectory.append(w)
    return trajectory
''',
        # steps + 1 values, but all of them one update late: [w_1, ..., w_{steps+1}].
        "shifted_by_one_step": '''
def gd_quadratic(lr, steps):
    w = 1.0
    trajectory = []
    for _ in range(steps + 1):
        w = w - lr * 2.0 * w
        trajectory.append(w)
    return trajectory
''',
        # the items are 0-d tensors, not Python floats.
        "list_of_tensors": '''
import torch

def gd_quadratic(lr, steps):
    w = torch.tensor(1.0, dtype=torch.float64)
    trajectory = [w.clone()]
    for _ in range(steps):
        w = w - lr * 2.0 * w
        trajectory.append(w.clone())
    return trajectory
''',
        # passes the visible tests only: the magnitudes |1 - 2 lr|^t are right, the overshoot's sign is lost.
        "magnitude_without_sign": '''
def gd_quadratic(lr, steps):
    factor = abs(1.0 - 2.0 * lr)
    return [float(factor ** t) for t in range(steps + 1)]
''',
    },
    "accumulated_grad": {
        # SYLLABUS ✗: the micro-batch losses are not divided by K: K times the gradient.
        "loss_not_divided_by_k": '''
import torch.nn.functional as F

def accumulated_grad(model, micro_batches):
    model.zero_grad()
    for x, y in micro_batches:
        F.cross_entropy(model(x), y).backward()
    return [p.grad.clone() for p in model.parameters()]
''',
        # SYLLABUS ✗: the gradients are not zeroed first: the stale .grad values are added in.
        "grads_not_zeroed": '''
import torch.nn.functional as F

def accumulated_grad(model, micro_batches):
    k = len(micro_batches)
    for x, y in micro_batches:
        (F.cross_entropy(model(x), y) / k).backward()
    return [p.grad.clone() for p in model.parameters()]
''',
        # passes the visible tests only: divides by 4, the number of micro-batches there, instead of K.
        "divided_by_four": '''
import torch.nn.functional as F

def accumulated_grad(model, micro_batches):
    model.zero_grad()
    for x, y in micro_batches:
        (F.cross_entropy(model(x), y) / 4).backward()
    return [p.grad.clone() for p in model.parameters()]
''',
        # zero_grad inside the loop: only the last micro-batch survives (divided by K).
        "zeroed_inside_loop": '''
import torch.nn.functional as F

def accumulated_grad(model, micro_batches):
    k = len(micro_batches)
    for x, y in micro_batches:
        model.zero_grad()
        (F.cross_entropy(model(x), y) / k).backward()
    return [p.grad.clone() for p in model.parameters()]
''',
        # returns .grad itself: the result changes when the caller zeroes the gradients in place.
        "returns_grad_itself": '''
import torch.nn.functional as F

def accumulated_grad(model, micro_batches):
    model.zero_grad()
    k = len(micro_batches)
    for x, y in micro_batches:
        (F.cross_entropy(model(x), y) / k).backward()
    return [p.grad for p in model.parameters()]
''',
        # right result through autograd.grad, but .grad is left holding the stale values.
        "grad_attribute_untouched": '''
import torch
import torch.nn.functional as F

def accumulated_grad(model, micro_batches):
    params = list(model.parameters())
    total = [torch.zeros_like(p) for p in params]
    k = len(micro_batches)
    for x, y in micro_batches:
        grads = torch.autograd.grad(F.cross_entropy(model(x), y) / k, params)
        total = [t + g for t, g in zip(total, grads)]
    return total
''',
        # a summed loss per micro-batch: n times the gradient.
        "sum_reduction": '''
import torch.nn.functional as F

def accumulated_grad(model, micro_batches):
    model.zero_grad()
    k = len(micro_batches)
    for x, y in micro_batches:
        (F.cross_entropy(model(x), y, reduction="sum") / k).backward()
    return [p.grad.clone() for p in model.parameters()]
''',
        # takes the optimizer step itself: the parameters change.
        "steps_the_optimizer": '''
import torch
import torch.nn.functional as F

def accumulated_grad(model, micro_batches):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    optimizer.zero_grad()
    k = len(micro_batches)
    for x, y in micro_batches:
        (F.cross_entropy(model(x), y) / k).backward()
    optimizer.step()
    return [p.grad.clone() for p in model.parameters()]
''',
    },
}
