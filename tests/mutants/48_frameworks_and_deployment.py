"""Known-wrong answers for 48_frameworks_and_deployment: each must fail its exercise's tests (tests/mutation.py)."""

MUTANTS = {
    "export_model": {
        "jit_trace_keeps_one_branch": '''
import torch

def export_model(model, example):
    return torch.jit.trace(model, (example,))
''',
        "eager_model_itself": '''
def export_model(model, example):
    model.eval()
    return model
''',
        "exported_program_not_its_module": '''
import torch

def export_model(model, example):
    return torch.export.export(model, (example,))
''',
        "torch_compile_wrapper": '''
import torch

def export_model(model, example):
    return torch.compile(model, fullgraph=True)
''',
        "make_fx_graph_not_torch_export": '''
from torch.fx.experimental.proxy_tensor import make_fx

def export_model(model, example):
    return make_fx(model)(example)
''',
        "dynamo_graph_not_torch_export": '''
import torch

def export_model(model, example):
    return torch._dynamo.export(model)(example).graph_module
''',
        "hard_coded_visible_model_passes_only_visible_tests": '''
import torch
import torch.nn as nn

class _Fixed(nn.Module):
    def forward(self, x):
        return torch.cond(x.sum() > 0, lambda v: v * 2, lambda v: v - 1, (x,))

def export_model(model, example):
    return torch.export.export(_Fixed(), (example,)).module()
''',
        "exports_a_float32_copy": '''
import copy
import torch

def export_model(model, example):
    return torch.export.export(copy.deepcopy(model).float(), (example.float(),)).module()
''',
    },
    "population_stability_index": {
        "kl_divergence_one_direction": '''
import torch

def population_stability_index(expected, actual):
    e = torch.as_tensor(expected, dtype=torch.float64).clamp(min=1e-4)
    a = torch.as_tensor(actual, dtype=torch.float64).clamp(min=1e-4)
    return float((a * torch.log(a / e)).sum())
''',
        "swapped_log_ratio": '''
import torch

def population_stability_index(expected, actual):
    e = torch.as_tensor(expected, dtype=torch.float64).clamp(min=1e-4)
    a = torch.as_tensor(actual, dtype=torch.float64).clamp(min=1e-4)
    return float(((a - e) * torch.log(e / a)).sum())
''',
        "swapped_difference": '''
import torch

def population_stability_index(expected, actual):
    e = torch.as_tensor(expected, dtype=torch.float64).clamp(min=1e-4)
    a = torch.as_tensor(actual, dtype=torch.float64).clamp(min=1e-4)
    return float(((e - a) * torch.log(a / e)).sum())
''',
        "no_epsilon_clip": '''
import torch

def population_stability_index(expected, actual):
    e = torch.as_tensor(expected, dtype=torch.float64)
    a = torch.as_tensor(actual, dtype=torch.float64)
    return float(((a - e) * torch.log(a / e)).sum())
''',
        "epsilon_only_inside_the_log": '''
import torch

def population_stability_index(expected, actual):
    e = torch.as_tensor(expected, dtype=torch.float64)
    a = torch.as_tensor(actual, dtype=torch.float64)
    return float(((a - e) * torch.log(a.clamp(min=1e-4) / e.clamp(min=1e-4))).sum())
''',
        "epsilon_added_to_every_bin": '''
import torch

def population_stability_index(expected, actual):
    e = torch.as_tensor(expected, dtype=torch.float64) + 1e-4
    a = torch.as_tensor(actual, dtype=torch.float64) + 1e-4
    return float(((a - e) * torch.log(a / e)).sum())
''',
        "renormalized_after_clipping": '''
import torch

def population_stability_index(expected, actual):
    e = torch.as_tensor(expected, dtype=torch.float64).clamp(min=1e-4)
    a = torch.as_tensor(actual, dtype=torch.float64).clamp(min=1e-4)
    e, a = e / e.sum(), a / a.sum()
    return float(((a - e) * torch.log(a / e)).sum())
''',
        "base_10_logarithm": '''
import torch

def population_stability_index(expected, actual):
    e = torch.as_tensor(expected, dtype=torch.float64).clamp(min=1e-4)
    a = torch.as_tensor(actual, dtype=torch.float64).clamp(min=1e-4)
    return float(((a - e) * torch.log10(a / e)).sum())
''',
        "returns_a_tensor": '''
import torch

def population_stability_index(expected, actual):
    e = torch.as_tensor(expected, dtype=torch.float64).clamp(min=1e-4)
    a = torch.as_tensor(actual, dtype=torch.float64).clamp(min=1e-4)
    return ((a - e) * torch.log(a / e)).sum()
''',
        "clips_tensors_in_place_passes_only_visible_tests": '''
import torch

def population_stability_index(expected, actual):
    e = torch.as_tensor(expected)
    a = torch.as_tensor(actual)
    e.clamp_(min=1e-4)
    a.clamp_(min=1e-4)
    return float(((a - e) * torch.log(a / e)).sum())
''',
    },
}
