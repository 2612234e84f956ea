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
