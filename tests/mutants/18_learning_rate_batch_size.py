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

EXPLANATIONS = {
    "gd_quadratic": {
        "half_w_squared": "Your answer uses the gradient w, which belongs to half w squared, a function of curvature 1 that is stable up to lr 2. For f(w) = w^2 the gradient is 2w and descent diverges above lr 1. Reread “1. One step of gradient descent, and when it is stable”.",
        "plus_sign": "Your answer adds the gradient to w: that is gradient ascent, and w grows for every learning rate. Gradient descent moves each weight against its gradient, downhill to the minimum. Reread “1. One step of gradient descent, and when it is stable”.",
        "final_value_only": "Your answer returns only the final weight, but the exercise asks for the whole trajectory: a list of steps + 1 floats starting with w_0. The trajectory is what shows each step shrinking, overshooting or blowing up.",
        "without_w0": "Your answer leaves out the starting point, so the list holds steps values instead of steps + 1 and every w_t sits one place too early. The trajectory starts with w_0 = 1.0, and even steps = 0 returns one value.",
        "shifted_by_one_step": "Your answer has the right length, but every value is recorded one update late, so the list runs from w_1 to w_(steps+1). Record w before the first update, then once after each of the steps updates.",
        "list_of_tensors": "Your answer fills the list with 0-d tensors, but the contract asks for plain Python floats, which compare, print and store without a dtype or device attached. Convert each value before appending it.",
        "magnitude_without_sign": "Your answer gets the sizes |1 - 2 lr|^t right but loses the overshoot: above lr one half the factor is negative, so each step jumps across the minimum and the sign of w alternates. Reread “1. One step of gradient descent, and when it is stable”.",
    },
    "accumulated_grad": {
        "loss_not_divided_by_k": "Your answer backpropagates each micro-batch mean unscaled, so the sum is K times the full-batch gradient, a K times larger learning rate in disguise. The full-batch mean is the average of the K micro-batch means. Reread “6. Gradient accumulation”.",
        "grads_not_zeroed": "Your answer never clears the gradients, and backward() adds into .grad, so the stale values from before the call leak into the result. Zero the gradients once, before the first micro-batch. Reread “6. Gradient accumulation”.",
        "divided_by_four": "Your answer divides by 4, the number of micro-batches in the visible test, so it is right only when K happens to be 4. Each micro-batch mean must carry the weight 1/K for the number of micro-batches actually given.",
        "zeroed_inside_loop": "Your answer zeroes the gradients inside the loop, so each backward pass wipes out the previous ones and only the last micro-batch survives. Zero once, before the first, and let .grad accumulate. Reread “6. Gradient accumulation”.",
        "returns_grad_itself": "Your answer returns the .grad tensors themselves; when the caller zeroes the gradients in place, your result is zeroed too. The contract asks for copies that stay independent of the parameters' .grad.",
        "grad_attribute_untouched": "Your answer gets the right gradient through autograd.grad but leaves .grad holding the stale values, so the caller's optimizer.step() would use them. On return every parameter's .grad must hold the full-batch gradient as well.",
        "sum_reduction": "Your answer sums the loss over each micro-batch instead of averaging, so the gradient is n times too large. The full-batch loss is a mean over all Kn examples: each micro-batch mean, scaled by 1/K. Reread “6. Gradient accumulation”.",
        "steps_the_optimizer": "Your answer takes an optimizer step, which changes the weights. The function must only compute the accumulated gradient and leave the parameters alone: the one step at the end belongs to the caller's training loop.",
    },
}
