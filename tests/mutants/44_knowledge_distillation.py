"""Known-wrong answers to notebook 44_knowledge_distillation: each must be rejected by a failed check of its tests."""

MUTANTS = {
    "distillation_loss": {
        "no_T_squared": '''
import torch.nn.functional as F

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    soft = F.kl_div(F.log_softmax(student_logits / T, dim=1), F.log_softmax(teacher_logits.detach() / T, dim=1),
                    reduction="batchmean", log_target=True)
    return alpha * soft + (1 - alpha) * F.cross_entropy(student_logits, target)
''',
        "kl_arguments_swapped": '''
import torch.nn.functional as F

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    soft = F.kl_div(F.log_softmax(teacher_logits.detach() / T, dim=1), F.log_softmax(student_logits / T, dim=1),
                    reduction="batchmean", log_target=True)
    return alpha * T * T * soft + (1 - alpha) * F.cross_entropy(student_logits, target)
''',
        "soft_targets_instead_of_labels": '''
import torch.nn.functional as F

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    # the A10 misconception: the soft targets replace the labels
    return T * T * F.kl_div(F.log_softmax(student_logits / T, dim=1), F.softmax(teacher_logits.detach() / T, dim=1),
                            reduction="batchmean")
''',
        "alpha_on_the_wrong_term": '''
import torch.nn.functional as F

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    soft = F.kl_div(F.log_softmax(student_logits / T, dim=1), F.log_softmax(teacher_logits.detach() / T, dim=1),
                    reduction="batchmean", log_target=True)
    return (1 - alpha) * T * T * soft + alpha * F.cross_entropy(student_logits, target)
''',
        "cross_entropy_at_temperature": '''
import torch.nn.functional as F

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    soft = F.kl_div(F.log_softmax(student_logits / T, dim=1), F.log_softmax(teacher_logits.detach() / T, dim=1),
                    reduction="batchmean", log_target=True)
    return alpha * T * T * soft + (1 - alpha) * F.cross_entropy(student_logits / T, target)
''',
        "teacher_not_softened": '''
import torch.nn.functional as F

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    soft = F.kl_div(F.log_softmax(student_logits / T, dim=1), F.log_softmax(teacher_logits.detach(), dim=1),
                    reduction="batchmean", log_target=True)
    return alpha * T * T * soft + (1 - alpha) * F.cross_entropy(student_logits, target)
''',
        "kl_reduction_mean": '''
import torch.nn.functional as F

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    soft = F.kl_div(F.log_softmax(student_logits / T, dim=1), F.log_softmax(teacher_logits.detach() / T, dim=1),
                    reduction="mean", log_target=True)
    return alpha * T * T * soft + (1 - alpha) * F.cross_entropy(student_logits, target)
''',
        "kl_reduction_sum_passes_visible_only": '''
import torch.nn.functional as F

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    # summed over the batch instead of averaged: identical on the visible one-row examples
    soft = F.kl_div(F.log_softmax(student_logits / T, dim=1), F.log_softmax(teacher_logits.detach() / T, dim=1),
                    reduction="sum", log_target=True)
    return alpha * T * T * soft + (1 - alpha) * F.cross_entropy(student_logits, target)
''',
        "teacher_not_detached": '''
import torch.nn.functional as F

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    soft = F.kl_div(F.log_softmax(student_logits / T, dim=1), F.log_softmax(teacher_logits / T, dim=1),
                    reduction="batchmean", log_target=True)
    return alpha * T * T * soft + (1 - alpha) * F.cross_entropy(student_logits, target)
''',
        "log_of_softmax": '''
import torch
import torch.nn.functional as F

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    p_s = torch.softmax(student_logits / T, dim=1)
    p_t = torch.softmax(teacher_logits.detach() / T, dim=1)
    soft = (p_t * (torch.log(p_t) - torch.log(p_s))).sum(dim=1).mean()
    return alpha * T * T * soft + (1 - alpha) * F.cross_entropy(student_logits, target)
''',
        "float_result": '''
import torch.nn.functional as F

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    soft = F.kl_div(F.log_softmax(student_logits / T, dim=1), F.log_softmax(teacher_logits.detach() / T, dim=1),
                    reduction="batchmean", log_target=True)
    return (alpha * T * T * soft + (1 - alpha) * F.cross_entropy(student_logits, target)).item()
''',
        "visible_values_hard_coded": '''
import torch
import torch.nn.functional as F

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    known = {(2, 0.5): 2.696882, (2, 1.0): 2.986158, (2, 0.0): 2.407606}
    if student_logits.shape == (1, 3) and (T, alpha) in known and student_logits[0, 0].item() == 1.0:
        return torch.tensor(known[(T, alpha)])
    return (1 - alpha) * F.cross_entropy(student_logits, target)
''',
    },
    "distill_step": {
        "teacher_in_train_mode": '''
import torch

def distill_step(student, teacher, optimizer, x, y, T, alpha):
    with torch.no_grad():
        teacher_logits = teacher(x)          # BatchNorm in train mode updates its running statistics
    student.train()
    optimizer.zero_grad()
    loss = distillation_loss(student(x), teacher_logits, y, T, alpha)
    loss.backward()
    optimizer.step()
    return loss.item()
''',
        "teacher_with_autograd_on": '''
def distill_step(student, teacher, optimizer, x, y, T, alpha):
    teacher.eval()
    teacher_logits = teacher(x).detach()     # right values, but autograd recorded the teacher's forward pass
    student.train()
    optimizer.zero_grad()
    loss = distillation_loss(student(x), teacher_logits, y, T, alpha)
    loss.backward()
    optimizer.step()
    return loss.item()
''',
        "no_zero_grad": '''
import torch

def distill_step(student, teacher, optimizer, x, y, T, alpha):
    teacher.eval()
    with torch.no_grad():
        teacher_logits = teacher(x)
    student.train()
    loss = distillation_loss(student(x), teacher_logits, y, T, alpha)
    loss.backward()
    optimizer.step()
    return loss.item()
''',
        "student_left_in_its_mode": '''
import torch

def distill_step(student, teacher, optimizer, x, y, T, alpha):
    teacher.eval()
    with torch.no_grad():
        teacher_logits = teacher(x)
    optimizer.zero_grad()
    loss = distillation_loss(student(x), teacher_logits, y, T, alpha)
    loss.backward()
    optimizer.step()
    return loss.item()
''',
        "labels_only": '''
import torch
import torch.nn.functional as F

def distill_step(student, teacher, optimizer, x, y, T, alpha):
    student.train()
    optimizer.zero_grad()
    loss = F.cross_entropy(student(x), y)
    loss.backward()
    optimizer.step()
    return loss.item()
''',
        "teacher_and_student_swapped": '''
import torch

def distill_step(student, teacher, optimizer, x, y, T, alpha):
    teacher.eval()
    with torch.no_grad():
        teacher_logits = teacher(x)
    student.train()
    optimizer.zero_grad()
    student_logits = student(x)
    loss = distillation_loss(teacher_logits, student_logits, y, T, alpha)
    loss = loss + 0.0 * student_logits.sum()
    loss.backward()
    optimizer.step()
    return loss.item()
''',
        "zero_grad_after_backward": '''
import torch

def distill_step(student, teacher, optimizer, x, y, T, alpha):
    teacher.eval()
    with torch.no_grad():
        teacher_logits = teacher(x)
    student.train()
    loss = distillation_loss(student(x), teacher_logits, y, T, alpha)
    loss.backward()
    optimizer.zero_grad()
    optimizer.step()
    return loss.item()
''',
        "loss_after_the_step": '''
import torch

def distill_step(student, teacher, optimizer, x, y, T, alpha):
    teacher.eval()
    with torch.no_grad():
        teacher_logits = teacher(x)
    student.train()
    optimizer.zero_grad()
    distillation_loss(student(x), teacher_logits, y, T, alpha).backward()
    optimizer.step()
    with torch.no_grad():
        return distillation_loss(student(x), teacher_logits, y, T, alpha).item()
''',
        "tensor_result": '''
import torch

def distill_step(student, teacher, optimizer, x, y, T, alpha):
    teacher.eval()
    with torch.no_grad():
        teacher_logits = teacher(x)
    student.train()
    optimizer.zero_grad()
    loss = distillation_loss(student(x), teacher_logits, y, T, alpha)
    loss.backward()
    optimizer.step()
    return loss.detach()
''',
    },
}

EXPLANATIONS = {
    "distillation_loss": {
        "no_T_squared": "Your soft term lacks the factor T^2. Its gradients shrink like 1/T^2 as the temperature grows, so without the correction a high T quietly turns distillation off; T^2 keeps alpha meaning the same at every temperature. Reread “3. The distillation loss”.",
        "kl_arguments_swapped": "Your answer computes KL(student || teacher): F.kl_div takes the model's log-probabilities first and the target second, so the teacher went in the wrong slot. The KL is measured from the teacher, whose probabilities weigh the log-ratios. Reread “3. The distillation loss”.",
        "soft_targets_instead_of_labels": "Your loss uses the soft targets alone and drops the cross-entropy with the true labels: the A10 misconception. The standard recipe mixes the two terms with alpha; the labels correct the teacher where it is wrong. Reread “3. The distillation loss”.",
        "alpha_on_the_wrong_term": "Your answer puts alpha on the cross-entropy and 1 - alpha on the soft term, the weights the wrong way round. In the loss of section 3, alpha weighs the soft (KL) term and 1 - alpha the hard label term. Reread “Exercise 1 · `distillation_loss` (3 points)”.",
        "cross_entropy_at_temperature": "Your cross-entropy with the labels uses the softened student logits. The hard term is computed at T = 1, on the raw logits, because the student is judged and deployed at T = 1; only the soft term uses the temperature. Reread “3. The distillation loss”.",
        "teacher_not_softened": "Your answer softens the student's logits but not the teacher's, so the two distributions are compared at different temperatures. The soft term compares the student and the teacher at the same temperature T. Reread “2. Soft targets and the temperature”.",
        "kl_reduction_mean": "reduction=\"mean\" divides the KL by the number of elements N times C, which is not a KL at all. The KL of an example is summed over the classes and then averaged over the batch: reduction=\"batchmean\". Reread “3. The distillation loss”.",
        "kl_reduction_sum_passes_visible_only": "reduction=\"sum\" adds the KL over the whole batch, so the soft term grows with the batch size (identical only for one example). The KL must be summed over classes and averaged over the examples. Reread “Exercise 1 · `distillation_loss` (3 points)”.",
        "teacher_not_detached": "Your answer lets gradients flow into teacher_logits. The teacher is frozen: cut its logits off from the graph first, so that no gradient reaches them even when they come with requires_grad=True. Reread “Exercise 1 · `distillation_loss` (3 points)”.",
        "log_of_softmax": "Taking the log of a softmax is unstable: for very confident logits the softmax underflows to 0, the log gives -inf and the KL becomes nan. A log-softmax computes the log-probabilities stably. Reread “3. The distillation loss”.",
        "float_result": "Your answer returns a Python float via .item(). The contract is a 0-d tensor with the dtype and device of student_logits, differentiable with respect to them; a float cannot be backpropagated to train the student. Reread “Exercise 1 · `distillation_loss` (3 points)”.",
        "visible_values_hard_coded": "Your answer returns stored values for the visible examples and only a scaled cross-entropy otherwise, with no soft term at all. The loss must be computed from the logits for any batch, temperature and alpha. Reread “3. The distillation loss”.",
    },
    "distill_step": {
        "teacher_in_train_mode": "Your answer runs the teacher in whatever mode it came in. In train mode BatchNorm uses batch statistics and updates its running statistics, so the teacher changes at every step even under no_grad. Put it in eval mode first. Reread “4. Distilling the student”.",
        "teacher_with_autograd_on": "Detaching the teacher's logits gives the right values, but autograd has already recorded the teacher's whole forward pass for nothing, costing memory and time every step. Run the teacher with autograd switched off. Reread “Exercise 2 · `distill_step` (3 points)”.",
        "no_zero_grad": "Your step never clears the gradients, so the new ones are added to those left from before and the update is wrong. A training step first clears the old gradients, then does the forward pass, the loss, backward and step. Reread “Exercise 2 · `distill_step` (3 points)”.",
        "student_left_in_its_mode": "Your answer trains the student in whatever mode it came in; a student in eval mode trains with its BatchNorm's running statistics and does not update them. Switch the student to train mode before its forward pass. Reread “Exercise 2 · `distill_step` (3 points)”.",
        "labels_only": "Your step ignores the teacher and trains on the labels alone, which is alpha = 0: not distillation. The step must use the distillation loss, which adds the soft term comparing the student with the teacher's softened outputs. Reread “4. Distilling the student”.",
        "teacher_and_student_swapped": "Your answer passes the teacher's logits as the student's and vice versa, so the loss treats the student as the fixed target and no useful gradient reaches it. The student's logits go first; the teacher's are the soft targets. Reread “Exercise 2 · `distill_step` (3 points)”.",
        "zero_grad_after_backward": "Clearing the gradients between backward and step throws away the gradients just computed, so the optimizer step has nothing to apply. The gradients are cleared before the forward pass, not after backward. Reread “Exercise 2 · `distill_step` (3 points)”.",
        "loss_after_the_step": "Your answer returns the loss recomputed after the update. The contract is the loss of this step, computed before the optimizer step; recomputing it also costs an extra forward pass. Reread “Exercise 2 · `distill_step` (3 points)”.",
        "tensor_result": "Your answer returns the loss as a tensor. The contract is a Python float: the caller logs a plain number, and a GPU tensor kept for a loss curve would hold device memory. Reread “Exercise 2 · `distill_step` (3 points)”.",
    },
}
