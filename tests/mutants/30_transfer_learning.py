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
        # no gradients by running the backbone under no_grad: requires_grad stays True, weight decay still moves it
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
