"""Correct answers for 48_frameworks_and_deployment written differently from the reference: each must pass its tests."""

HONEST = {
    "export_model": {
        "strict_mode_keyword_arguments_and_a_print": '''
import torch

def export_model(model, example):
    print("exporting", type(model).__name__, "with an example of shape", tuple(example.shape))
    program = torch.export.export(model, args=(example,), strict=True)
    return program.module()
''',
        "saved_and_loaded_through_a_buffer": '''
import io
import torch

def export_model(model, example):
    buffer = io.BytesIO()
    torch.export.save(torch.export.export(model, (example,)), buffer)
    buffer.seek(0)
    return torch.export.load(buffer).module()
''',
        "core_aten_decompositions_and_a_warning": '''
import warnings
import torch

def export_model(model, example):
    warnings.warn("decomposing to the core ATen operator set")
    program = torch.export.export(model, (example,))
    return program.run_decompositions().module()
''',
    },
    "population_stability_index": {
        "python_loop_with_math_log": '''
import math
import torch

def population_stability_index(expected, actual):
    def as_list(values):
        return values.tolist() if isinstance(values, torch.Tensor) else list(values)
    total = 0.0
    for e, a in zip(as_list(expected), as_list(actual)):
        e, a = max(e, 1e-4), max(a, 1e-4)
        total += (a - e) * math.log(a / e)
    return total
''',
        "sum_of_both_kl_directions_in_the_inputs_dtype": '''
import torch

EPS = 1e-4

def population_stability_index(expected, actual):
    e = torch.clamp(torch.as_tensor(expected), min=EPS)
    a = torch.clamp(torch.as_tensor(actual), min=EPS)
    kl_ae = torch.sum(a * (torch.log(a) - torch.log(e)))
    kl_ea = torch.sum(e * (torch.log(e) - torch.log(a)))
    return (kl_ae + kl_ea).item()
''',
        "numpy_absolute_values_and_a_warning": '''
import warnings
import numpy as np
import torch

def population_stability_index(expected, actual):
    warnings.warn("PSI computed with NumPy")
    def as_array(values):
        if isinstance(values, torch.Tensor):
            values = values.detach().cpu().double().numpy()
        return np.maximum(np.array(values, dtype=np.float64), 1e-4)
    e, a = as_array(expected), as_array(actual)
    return float(np.sum(np.abs(a - e) * np.abs(np.log(a) - np.log(e))))
''',
    },
}
