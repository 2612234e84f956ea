"""Known-wrong answers to notebook 30_transfer_learning: each must fail its exercise's tests (tests/mutation.py)."""

MUTANTS = {
    "freeze_backbone": {
        # the syllabus's ✗: gradients off, BatchNorm left in train mode (its running statistics keep moving)
        "bn_left_in_train_mode": """
def freeze_backbone(model):
    for p in model.backbone.parameters():
        p.requires_grad_(False)
    for p in model.head.parameters():
        p.requires_grad_(True)
    return model
""",
        # eval mode once, undone by the next model.train()
        "eval_once_only": """
def freeze_backbone(model):
    for p in model.backbone.parameters():
        p.requires_grad_(False)
    for p in model.head.parameters():
        p.requires_grad_(True)
    model.backbone.eval()
    return model
""",
        # written to pass the visible tests only: keeps BatchNorm2d layers in eval mode, but not BatchNorm1d or Dropout
        "batchnorm2d_only": """
import types
import torch.nn as nn

def freeze_backbone(model):
    for p in model.backbone.parameters():
        p.requires_grad_(False)
    for p in model.head.parameters():
        p.requires_grad_(True)
    for m in model.backbone.modules():
        if isinstance(m, nn.BatchNorm2d):
            m.eval()
            m.train = types.MethodType(lambda self, mode=True: nn.Module.train(self, False), m)
    return model
""",
        # running statistics kept still with momentum 0, but batch statistics still used to normalize
        "momentum_zero": """
import torch.nn as nn

def freeze_backbone(model):
    for p in model.backbone.parameters():
        p.requires_grad_(False)
    for p in model.head.parameters():
        p.requires_grad_(True)
    for m in model.backbone.modules():
        if isinstance(m, nn.modules.batchnorm._BatchNorm):
            m.momentum = 0.0
    return model
""",
        # everything frozen and in eval mode: the head cannot learn
        "freezes_the_head_too": """
import types
import torch.nn as nn

def freeze_backbone(model):
    for p in model.parameters():
        p.requires_grad_(False)
    model.eval()
    model.train = types.MethodType(lambda self, mode=True: nn.Module.train(self, False), model)
    return model
""",
        # the head's flags are left as they were (a head frozen before stays frozen)
        "head_not_reenabled": """
import types
import torch.nn as nn

def freeze_backbone(model):
    for p in model.backbone.parameters():
        p.requires_grad_(False)
    model.backbone.eval()
    model.backbone.train = types.MethodType(lambda self, mode=True: nn.Module.train(self, False), model.backbone)
    return model
""",
        # no gradients by running the backbone under no_grad: its weights get no .grad and stay still, but requires_grad
        # stays True
        "no_grad_forward_instead_of_requires_grad": """
import types
import torch
import torch.nn as nn

def freeze_backbone(model):
    backbone = model.backbone
    forward = backbone.forward
    def frozen_forward(*args, **kwargs):
        with torch.no_grad():
            return forward(*args, **kwargs)
    backbone.forward = frozen_forward
    backbone.eval()
    backbone.train = types.MethodType(lambda self, mode=True: nn.Module.train(self, False), backbone)
    return model
""",
        # the override calls self.eval(), which is train(False), i.e. the override again: endless recursion
        "override_calls_eval": """
import types

def freeze_backbone(model):
    for p in model.backbone.parameters():
        p.requires_grad_(False)
    for p in model.head.parameters():
        p.requires_grad_(True)
    def train(self, mode=True):
        return self.eval()
    model.backbone.train = types.MethodType(train, model.backbone)
    return model
""",
        # overrides train first, then calls eval(): eval goes through the do-nothing override, so nothing is switched
        "override_before_eval": """
import types

def freeze_backbone(model):
    for p in model.backbone.parameters():
        p.requires_grad_(False)
    for p in model.head.parameters():
        p.requires_grad_(True)
    for m in model.backbone.modules():
        m.train = types.MethodType(lambda self, mode=True: self, m)
    model.backbone.eval()
    return model
""",
        # the model's own train() ignores its argument: the head no longer follows model.eval()
        "model_train_does_nothing": """
def freeze_backbone(model):
    for p in model.backbone.parameters():
        p.requires_grad_(False)
    for p in model.head.parameters():
        p.requires_grad_(True)
    model.backbone.eval()
    model.train = lambda mode=True: model
    return model
""",
        # parameters(recurse=False) of a Sequential is empty: nothing is frozen
        "parameters_not_recursive": """
import types
import torch.nn as nn

def freeze_backbone(model):
    for p in model.backbone.parameters(recurse=False):
        p.requires_grad_(False)
    for p in model.head.parameters():
        p.requires_grad_(True)
    model.backbone.eval()
    model.backbone.train = types.MethodType(lambda self, mode=True: nn.Module.train(self, False), model.backbone)
    return model
""",
        # a frozen copy of the backbone replaces the original: other Parameter objects than the model had
        "replaces_the_backbone_with_a_copy": """
import copy
import types
import torch.nn as nn

def freeze_backbone(model):
    backbone = copy.deepcopy(model.backbone)
    for p in backbone.parameters():
        p.requires_grad_(False)
    backbone.eval()
    backbone.train = types.MethodType(lambda self, mode=True: nn.Module.train(self, False), backbone)
    model.backbone = backbone
    for p in model.head.parameters():
        p.requires_grad_(True)
    return model
""",
        # returns nothing
        "returns_none": """
import types
import torch.nn as nn

def freeze_backbone(model):
    for p in model.backbone.parameters():
        p.requires_grad_(False)
    for p in model.head.parameters():
        p.requires_grad_(True)
    model.backbone.eval()
    model.backbone.train = types.MethodType(lambda self, mode=True: nn.Module.train(self, False), model.backbone)
""",
    },
    "param_groups": {
        # the whole model in the backbone group: every head parameter appears twice
        "head_in_backbone_group": """
def param_groups(model, backbone_lr, head_lr):
    return [{"params": list(model.parameters()), "lr": backbone_lr},
            {"params": list(model.head.parameters()), "lr": head_lr}]
""",
        # written to pass the visible tests only: forgets every parameter outside backbone and head
        "backbone_and_head_only": """
def param_groups(model, backbone_lr, head_lr):
    return [{"params": list(model.backbone.parameters()), "lr": backbone_lr},
            {"params": list(model.head.parameters()), "lr": head_lr}]
""",
        "learning_rates_swapped": """
def param_groups(model, backbone_lr, head_lr):
    in_backbone = {id(p) for p in model.backbone.parameters()}
    return [{"params": [p for p in model.parameters() if id(p) in in_backbone], "lr": head_lr},
            {"params": [p for p in model.parameters() if id(p) not in in_backbone], "lr": backbone_lr}]
""",
        # generators: accepted by torch.optim, but used up by the first pass over them
        "generators_not_lists": """
def param_groups(model, backbone_lr, head_lr):
    in_backbone = {id(p) for p in model.backbone.parameters()}
    return [{"params": model.backbone.parameters(), "lr": backbone_lr},
            {"params": (p for p in model.parameters() if id(p) not in in_backbone), "lr": head_lr}]
""",
        # frozen parameters left out
        "skips_frozen_parameters": """
def param_groups(model, backbone_lr, head_lr):
    in_backbone = {id(p) for p in model.backbone.parameters()}
    trainable = [p for p in model.parameters() if p.requires_grad]
    return [{"params": [p for p in trainable if id(p) in in_backbone], "lr": backbone_lr},
            {"params": [p for p in trainable if id(p) not in in_backbone], "lr": head_lr}]
""",
        # every module's parameters, recursively, for every module: nested parameters counted several times
        "modules_times_parameters": """
def param_groups(model, backbone_lr, head_lr):
    backbone = [p for m in model.backbone.modules() for p in m.parameters()]
    in_backbone = {id(p) for p in backbone}
    return [{"params": backbone, "lr": backbone_lr},
            {"params": [p for p in model.parameters() if id(p) not in in_backbone], "lr": head_lr}]
""",
        # layer by layer: a layer used twice contributes its parameters twice
        "layer_by_layer_repeats_shared_layers": """
def param_groups(model, backbone_lr, head_lr):
    backbone = []
    for layer in model.backbone:
        backbone += list(layer.parameters())
    in_backbone = {id(p) for p in backbone}
    return [{"params": backbone, "lr": backbone_lr},
            {"params": [p for p in model.parameters() if id(p) not in in_backbone], "lr": head_lr}]
""",
        # by name: "head" gets head_lr and everything else, the neck and the temperature included, backbone_lr
        "everything_but_the_head_at_backbone_lr": """
def param_groups(model, backbone_lr, head_lr):
    named = list(model.named_parameters())
    return [{"params": [p for n, p in named if not n.startswith("head.")], "lr": backbone_lr},
            {"params": [p for n, p in named if n.startswith("head.")], "lr": head_lr}]
""",
        # a tuple of groups instead of a list
        "tuple_of_groups": """
def param_groups(model, backbone_lr, head_lr):
    in_backbone = {id(p) for p in model.backbone.parameters()}
    return ({"params": [p for p in model.parameters() if id(p) in in_backbone], "lr": backbone_lr},
            {"params": [p for p in model.parameters() if id(p) not in in_backbone], "lr": head_lr})
""",
    },
}


EXPLANATIONS = {
    "freeze_backbone": {
        "bn_left_in_train_mode": (
            "Your answer only turns the gradients off. BatchNorm left in train mode still normalizes with batch "
            "statistics and overwrites its running statistics, so the backbone is not frozen: it must stay in eval "
            "mode. Reread “4 · Freezing: `requires_grad` is only half of it”."
        ),
        "eval_once_only": (
            "You put the backbone in eval mode once, but the training loop's model.train() switches every submodule"
            " back, and BatchNorm resumes updating its statistics. Eval mode has to survive model.train(). "
            "Reread “4 · Freezing: `requires_grad` is only half of it”."
        ),
        "batchnorm2d_only": (
            "You keep only the BatchNorm2d layers in eval mode. A backbone may hold BatchNorm1d or Dropout too, and"
            " after model.train() those run in train mode. The whole backbone must behave as in eval mode. "
            "Reread “Exercise 1 · `freeze_backbone` (3 points)”."
        ),
        "momentum_zero": (
            "With momentum 0 the running statistics stay still, but in train mode BatchNorm still normalizes each "
            "batch by its own statistics and counts the batches, so the features change. Frozen means eval mode. "
            "Reread “4 · Freezing: `requires_grad` is only half of it”."
        ),
        "freezes_the_head_too": (
            "You freeze the whole model and lock it in eval mode, so the new head can neither learn nor follow "
            "model.train(). Feature extraction freezes the backbone only; the head is what trains. "
            "Reread “1 · The idea: start from features learned elsewhere”."
        ),
        "head_not_reenabled": (
            "You leave the head's requires_grad flags as they were, so a head frozen earlier stays frozen and never"
            " learns. The contract makes every head parameter trainable, whatever its previous state. "
            "Reread “Exercise 1 · `freeze_backbone` (3 points)”."
        ),
        "no_grad_forward_instead_of_requires_grad": (
            "Running the backbone under no_grad leaves its parameters with requires_grad True. The contract asks "
            "for the flag itself to be off: autograd reads it wherever the parameters are used, and so does code "
            "that picks trainable ones. "
            "Reread “Exercise 1 · `freeze_backbone` (3 points)”."
        ),
        "override_calls_eval": (
            "Your train override calls self.eval(), but eval() is train(False), which is your override again: an "
            "endless recursion. The override must reach the class's own train method instead. "
            "Reread “Exercise 1 · `freeze_backbone` (3 points)”."
        ),
        "override_before_eval": (
            "You install a do-nothing train method before calling eval(). eval() goes through that override, so no "
            "module is switched and the backbone stays in whatever mode it was in. "
            "Reread “Exercise 1 · `freeze_backbone` (3 points)”."
        ),
        "model_train_does_nothing": (
            "You replace the model's own train with a no-op, so model.train() and model.eval() no longer reach the "
            "head, which must follow the model's mode. Only the backbone should ignore the mode it is given. "
            "Reread “Exercise 1 · `freeze_backbone` (3 points)”."
        ),
        "parameters_not_recursive": (
            "parameters(recurse=False) lists only the parameters the backbone owns directly; a Sequential owns "
            "none, so nothing is frozen. Freezing must reach every parameter of every submodule. "
            "Reread “Exercise 1 · `freeze_backbone` (3 points)”."
        ),
        "replaces_the_backbone_with_a_copy": (
            "You freeze a copy of the backbone and swap it in, so the model holds other Parameter objects than "
            "before, and an optimizer built on the originals is cut off. Change the model in place, keeping its "
            "modules. Reread “Exercise 1 · `freeze_backbone` (3 points)”."
        ),
        "returns_none": (
            "Your function changes the model but returns None. The contract is to change model in place and return "
            "that same object, so that a caller can write model = freeze_backbone(model). "
            "Reread “Exercise 1 · `freeze_backbone` (3 points)”."
        ),
    },
    "param_groups": {
        "head_in_backbone_group": (
            "Your backbone group holds every parameter of the model, so each head parameter sits in two groups "
            "(PyTorch refuses that) and gets two learning rates. Every parameter belongs to exactly one group. "
            "Reread “Exercise 2 · `param_groups` (2 points)”."
        ),
        "backbone_and_head_only": (
            "You collect the backbone and the head only, so a parameter outside both, a neck or a temperature the "
            "model owns, is in no group and never trains. Everything outside the backbone gets head_lr. "
            "Reread “Exercise 2 · `param_groups` (2 points)”."
        ),
        "learning_rates_swapped": (
            "Your learning rates are swapped. Fine-tuning moves the pretrained backbone slowly and the new head "
            "fast, so that the random head's large first gradients do not wreck the features. "
            "Reread “1 · The idea: start from features learned elsewhere”."
        ),
        "generators_not_lists": (
            "Your 'params' are generators. torch.optim accepts them, but a generator is used up after one pass, so "
            "a second look at the groups finds them empty. The contract asks for Python lists. "
            "Reread “Exercise 2 · `param_groups` (2 points)”."
        ),
        "skips_frozen_parameters": (
            "You leave out the frozen parameters, but every parameter must be in a group. Including one costs "
            "nothing, as optimizers skip a parameter whose grad is None, and unfreezing it later needs no new "
            "optimizer. Reread “Exercise 2 · `param_groups` (2 points)”."
        ),
        "modules_times_parameters": (
            "Taking every module's parameters recursively, for every module, lists a nested parameter once per "
            "enclosing module, so it appears several times. Every parameter must appear exactly once. "
            "Reread “Exercise 2 · `param_groups` (2 points)”."
        ),
        "layer_by_layer_repeats_shared_layers": (
            "A layer used twice in the backbone contributes its parameters twice when you collect layer by layer. A"
            " shared layer is one set of parameters, and each must appear exactly once. "
            "Reread “Exercise 2 · `param_groups` (2 points)”."
        ),
        "everything_but_the_head_at_backbone_lr": (
            "You split by the name 'head', so a neck or a parameter of the model's own gets backbone_lr. It is the "
            "other way round: only model.backbone's parameters get backbone_lr, everything else head_lr. "
            "Reread “Exercise 2 · `param_groups` (2 points)”."
        ),
        "tuple_of_groups": (
            "You return a tuple of groups, but the contract is a list of dicts, and the tests check the type. "
            "Return a list, so that callers can append or edit groups as usual. "
            "Reread “Exercise 2 · `param_groups` (2 points)”."
        ),
    },
}
