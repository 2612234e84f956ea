"""Correct answers to notebook 44_knowledge_distillation, written differently from the reference: each must pass."""

HONEST = {
    "distillation_loss": {
        "by_hand_with_log_softmax": '''
import torch

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    log_q = student_logits / T - torch.logsumexp(student_logits / T, dim=1, keepdim=True)
    with torch.no_grad():
        log_p = torch.log_softmax(teacher_logits / T, dim=1)
    kl = (log_p.exp() * (log_p - log_q)).sum(dim=1).mean()
    log_probs = student_logits - torch.logsumexp(student_logits, dim=1, keepdim=True)
    ce = -log_probs.gather(1, target[:, None]).mean()
    return alpha * T ** 2 * kl + (1 - alpha) * ce
''',
        "kl_div_with_probabilities_and_a_print": '''
import torch.nn as nn
import torch.nn.functional as F

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    print("distilling a batch of", student_logits.shape[0], "at T =", T)
    soft_targets = F.softmax(teacher_logits / T, dim=1).detach()
    kl = nn.KLDivLoss(reduction="batchmean")(F.log_softmax(student_logits / T, dim=1), soft_targets)
    return kl * (alpha * T * T) + F.cross_entropy(student_logits, target) * (1 - alpha)
''',
        "row_loop_helper_and_warning": '''
import warnings
import torch
import torch.nn.functional as F

def _row_kl(p_log, q_log):
    return torch.sum(torch.exp(p_log) * (p_log - q_log))

def distillation_loss(student_logits, teacher_logits, target, T, alpha):
    warnings.warn("looping over the rows")
    teacher = teacher_logits.detach()
    terms = [_row_kl(F.log_softmax(teacher[i] / T, dim=0), F.log_softmax(student_logits[i] / T, dim=0))
             for i in range(student_logits.shape[0])]
    kl = torch.stack(terms).sum() / len(terms)
    return alpha * (T * T) * kl + (1 - alpha) * F.nll_loss(F.log_softmax(student_logits, dim=1), target)
''',
    },
    "distill_step": {
        "frozen_flags_and_own_loss": '''
import torch
import torch.nn.functional as F

def distill_step(student, teacher, optimizer, x, y, T, alpha):
    teacher.requires_grad_(False)
    teacher.eval()
    with torch.no_grad():
        soft = F.softmax(teacher(x) / T, dim=1)
    student.train()
    optimizer.zero_grad(set_to_none=False)
    logits = student(x)
    kl = F.kl_div(F.log_softmax(logits / T, dim=1), soft, reduction="batchmean")
    loss = alpha * T * T * kl + (1 - alpha) * F.cross_entropy(logits, y)
    loss.backward()
    optimizer.step()
    return float(loss)
''',
        "restores_the_teacher_mode_with_a_print": '''
import torch

def distill_step(student, teacher, optimizer, x, y, T, alpha):
    was_training = teacher.training
    teacher.train(False)
    with torch.no_grad():
        teacher_logits = teacher(x)
    teacher.train(was_training)
    student.train(True)
    student.zero_grad()
    loss = distillation_loss(student(x), teacher_logits, y, T, alpha)
    print("distillation loss", round(loss.item(), 4))
    loss.backward()
    optimizer.step()
    return loss.item()
''',
        "decorated_helper": '''
import torch

@torch.no_grad()
def _soft_logits(model, batch):
    model.eval()
    return model(batch)

def distill_step(student, teacher, optimizer, x, y, T, alpha):
    teacher_logits = _soft_logits(teacher, x)
    student.train()
    for p in student.parameters():
        p.grad = None
    loss = distillation_loss(student(x), teacher_logits, y, T, alpha)
    value = loss.item()
    loss.backward()
    optimizer.step()
    return value
''',
    },
}
