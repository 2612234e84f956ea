"""Correct answers to notebook 30_transfer_learning written differently from the reference: each must earn full points."""

HONEST = {
    "freeze_backbone": {
        # a forward pre-hook puts the backbone back in eval mode just before each of its forward passes
        "forward_pre_hook": """
def freeze_backbone(model):
    model.backbone.requires_grad_(False)
    model.head.requires_grad_(True)

    def back_to_eval(module, args):
        module.eval()

    model.backbone.register_forward_pre_hook(back_to_eval)
    model.backbone.eval()
    return model
""",
        # the model's own train() is wrapped: the usual switch, then the backbone back to eval; with a print
        "wrap_the_model_train_method": """
def freeze_backbone(model):
    print("freezing", sum(p.numel() for p in model.backbone.parameters()), "backbone parameters")
    for p in model.backbone.parameters():
        p.requires_grad = False
    for p in model.head.parameters():
        p.requires_grad = True
    switch = model.train

    def train(mode=True):
        switch(mode)
        model.backbone.eval()
        return model

    model.train = train
    model.backbone.eval()
    return model
""",
        # the backbone's class is swapped for a subclass whose train() always means eval; with a warning
        "subclass_swap_with_a_warning": """
import warnings
import torch.nn as nn

def freeze_backbone(model):
    warnings.warn("the backbone is frozen for good")
    backbone = model.backbone
    for name, p in backbone.named_parameters():
        p.requires_grad_(False)
    for name, p in model.head.named_parameters():
        p.requires_grad_(True)
    nn.Module.train(backbone, False)
    if not getattr(type(backbone), "_frozen", False):
        base = type(backbone)
        backbone.__class__ = type("Frozen" + base.__name__, (base,),
                                  {"_frozen": True, "train": lambda self, mode=True: nn.Module.train(self, False)})
    return model
""",
        # every module of the backbone gets its own train(): eval first, then the override
        "override_every_module": """
import types
import torch.nn as nn

def _always_eval(self, mode=True):
    self.training = False
    for child in self.children():
        child.train(False)
    return self

def freeze_backbone(model):
    for p in model.backbone.parameters():
        p.requires_grad_(False)
    for p in model.head.parameters():
        p.requires_grad_(True)
    model.backbone.eval()
    for module in model.backbone.modules():
        module.train = types.MethodType(_always_eval, module)
    return model
""",
    },
    "param_groups": {
        # one group per parameter, decided by its name
        "one_group_per_parameter": """
def param_groups(model, backbone_lr, head_lr):
    return [{"params": [p], "lr": backbone_lr if name.startswith("backbone.") else head_lr, "name": name}
            for name, p in model.named_parameters()]
""",
        # explicit loops, a dictionary of ids, and a print
        "loops_and_a_print": """
def param_groups(model, backbone_lr, head_lr):
    seen = {}
    for p in model.backbone.parameters():
        seen[id(p)] = "backbone"
    backbone, others = [], []
    for p in model.parameters():
        if seen.get(id(p)) == "backbone":
            backbone.append(p)
        else:
            others.append(p)
    print(len(backbone), "backbone tensors,", len(others), "other tensors")
    groups = []
    if backbone:
        groups.append({"params": backbone, "lr": float(backbone_lr)})
    if others:
        groups.append({"params": others, "lr": float(head_lr)})
    return groups
""",
        # the backbone first, then what is left, with weight decay set per group as well
        "set_difference_with_weight_decay": """
def param_groups(model, backbone_lr, head_lr):
    backbone = list(model.backbone.parameters())
    taken = set(map(id, backbone))
    rest = [p for p in model.parameters() if id(p) not in taken]
    return [dict(params=backbone, lr=backbone_lr, weight_decay=0.0), dict(params=rest, lr=head_lr, weight_decay=0.0)]
""",
    },
}
