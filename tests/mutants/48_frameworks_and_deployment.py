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

EXPLANATIONS = {
    "export_model": {
        "jit_trace_keeps_one_branch": "Your answer uses torch.jit.trace, which records only the operations that ran on the example: a data-dependent branch becomes a constant and fails silently on inputs that take the other side. Reread “2 · From eager code to a graph, and a branch on the data”.",
        "eager_model_itself": "Your answer returns the eager model, so nothing is exported: there is no graph to save or to run without Python, which is what deployment to a C++ server or a phone needs. Reread “2 · From eager code to a graph, and a branch on the data”.",
        "exported_program_not_its_module": "Your answer returns the ExportedProgram itself, which is a description of the graph and not callable. The contract is the callable module that the program gives back. Reread “3 · Both branches in the graph: `torch.cond`”.",
        "torch_compile_wrapper": "torch.compile is just in time: it returns a wrapper that captures graphs while Python runs the model, so Python stays in the loop and nothing is saved ahead of time. Deployment needs torch.export's one ATen graph. Reread “2 · From eager code to a graph, and a branch on the data”.",
        "make_fx_graph_not_torch_export": "Your answer traces a graph with make_fx, not with torch.export: it is not the module of an ExportedProgram, with its signature, input checks and saved format that deployment runtimes build on. Reread “Exercise 1 · `export_model` (2 points)”.",
        "dynamo_graph_not_torch_export": "Your answer takes a graph from the internal torch._dynamo.export API, which is not what torch.export produces: the exercise asks for the module of an ExportedProgram, the public ahead-of-time format. Reread “Exercise 1 · `export_model` (2 points)”.",
        "hard_coded_visible_model_passes_only_visible_tests": "Your answer exports a fixed copy of the notebook's toy model and ignores the model it was given. The function must export whatever model it receives, with its own parameters and branches. Reread “Exercise 1 · `export_model` (2 points)”.",
        "exports_a_float32_copy": "Your answer exports a float32 copy, but an exported graph fixes the dtypes of its example: a float64 model must be exported with its own dtype, or inputs of that dtype fail the guards or lose precision. Reread “3 · Both branches in the graph: `torch.cond`”.",
    },
    "population_stability_index": {
        "kl_divergence_one_direction": "Your answer computes only KL(a || e). PSI is the sum of both Kullback-Leibler directions, (a - e) ln(a / e) per bin, which makes it symmetric in the two histograms. Reread “7 · Drift: production data changes”.",
        "swapped_log_ratio": "Your answer uses ln(e / a), which flips the sign of every term. In PSI the difference and the log ratio go the same way, so every term has the same sign and the index is never negative. Reread “7 · Drift: production data changes”.",
        "swapped_difference": "Your answer multiplies (e - a) by ln(a / e), so every term is negative. Both factors must compare the histograms in the same direction; then each term is >= 0 and PSI is 0 only for equal histograms. Reread “7 · Drift: production data changes”.",
        "no_epsilon_clip": "Without the clip, an empty bin makes ln(a / e) infinite (or 0 * inf), and the result is inf or nan. Every fraction must be clipped from below at the small epsilon before the formula. Reread “7 · Drift: production data changes”.",
        "epsilon_only_inside_the_log": "Your answer clips only inside the logarithm and keeps the raw fractions in the difference. The exercise clips every fraction once and uses the clipped values in both factors. Reread “Exercise 2 · `population_stability_index` (3 points)”.",
        "epsilon_added_to_every_bin": "Your answer adds epsilon to every bin instead of clipping from below: bins already above epsilon change too. Clipping leaves them untouched and only raises the empty or tiny ones. Reread “Exercise 2 · `population_stability_index` (3 points)”.",
        "renormalized_after_clipping": "Your answer renormalizes the histograms after clipping, which shifts every bin. The exercise asks for the clipped fractions as they are, without renormalizing. Reread “Exercise 2 · `population_stability_index` (3 points)”.",
        "base_10_logarithm": "Your answer uses log10. PSI and its rules of thumb (0.1 and 0.25) are defined with the natural logarithm; base 10 shrinks every value by a factor ln 10. Reread “7 · Drift: production data changes”.",
        "returns_a_tensor": "The value is right but your answer returns a tensor. The contract is a Python float, which a monitoring job can compare with a threshold, log or store in JSON directly. Reread “Exercise 2 · `population_stability_index` (3 points)”.",
        "clips_tensors_in_place_passes_only_visible_tests": "torch.as_tensor returns the caller's own tensor when given one, so your in-place clamp_ overwrites the caller's histograms. A metric must not modify its inputs: clip a copy. Reread “Exercise 2 · `population_stability_index` (3 points)”.",
    },
}
