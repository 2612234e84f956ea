"""Known-wrong answers to notebook 45_quantization: each must be rejected by a failed check of its tests."""

MUTANTS = {
    "quantize": {
        "no_clamp_wraps_around": '''
import torch

def quantize(x, scale, zero_point):
    return (torch.round(x / scale) + zero_point).to(torch.int64).to(torch.uint8)
''',
        "truncates_instead_of_rounding": '''
import torch

def quantize(x, scale, zero_point):
    return torch.clamp(x / scale + zero_point, 0, 255).to(torch.uint8)
''',
        "ties_rounded_up": '''
import torch

def quantize(x, scale, zero_point):
    return torch.clamp(torch.floor(x / scale + 0.5) + zero_point, 0, 255).to(torch.uint8)
''',
        "zero_point_subtracted": '''
import torch

def quantize(x, scale, zero_point):
    return torch.clamp(torch.round(x / scale) - zero_point, 0, 255).to(torch.uint8)
''',
        "multiplies_by_the_scale": '''
import torch

def quantize(x, scale, zero_point):
    return torch.clamp(torch.round(x * scale) + zero_point, 0, 255).to(torch.uint8)
''',
        "clamps_before_adding_the_zero_point": '''
import torch

def quantize(x, scale, zero_point):
    return (torch.clamp(torch.round(x / scale), 0, 255 - zero_point) + zero_point).to(torch.uint8)
''',
        "signed_int8_range": '''
import torch

def quantize(x, scale, zero_point):
    return torch.clamp(torch.round(x / scale) + zero_point, -128, 127).to(torch.int8)
''',
        "no_uint8_conversion": '''
import torch

def quantize(x, scale, zero_point):
    return torch.clamp(torch.round(x / scale) + zero_point, 0, 255)
''',
        "uses_torch_quantize_per_tensor": '''
import torch

def quantize(x, scale, zero_point):
    return torch.quantize_per_tensor(x.float(), scale, zero_point, torch.quint8).int_repr()
''',
        "divides_in_place": '''
import torch

def quantize(x, scale, zero_point):
    x.div_(scale)
    return torch.clamp(torch.round(x) + zero_point, 0, 255).to(torch.uint8)
''',
        "visible_values_only": '''
import torch

def quantize(x, scale, zero_point):
    # right on the visible examples (no saturation there is tested beyond -5 and 30), wrong step elsewhere
    if scale in (3 / 255, 0.1, 0.5):
        return torch.clamp(torch.round(x / scale) + zero_point, 0, 255).to(torch.uint8)
    return torch.clamp(torch.round(x / scale * 1.01) + zero_point, 0, 255).to(torch.uint8)
''',
    },
    "dequantize": {
        "uint8_subtraction_wraps": '''
import torch

def dequantize(q, scale, zero_point):
    return scale * (q - zero_point).to(torch.float32)
''',
        "missing_parentheses": '''
import torch

def dequantize(q, scale, zero_point):
    return scale * q.to(torch.float32) - zero_point
''',
        "zero_point_added": '''
import torch

def dequantize(q, scale, zero_point):
    return scale * (q.to(torch.float32) + zero_point)
''',
        "divides_by_the_scale": '''
import torch

def dequantize(q, scale, zero_point):
    return (q.to(torch.float32) - zero_point) / scale
''',
        "float64_result": '''
import torch

def dequantize(q, scale, zero_point):
    return scale * (q.to(torch.float64) - zero_point)
''',
        "uses_torch_dequantize": '''
import torch

def dequantize(q, scale, zero_point):
    return torch._make_per_tensor_quantized_tensor(q, scale, zero_point).dequantize()
''',
        "half_precision_arithmetic": '''
import torch

def dequantize(q, scale, zero_point):
    return (scale * (q.half() - zero_point)).float()
''',
    },
    "model_size_bytes": {
        "bits_not_bytes": '''
import torch

def model_size_bytes(num_params, dtype):
    return num_params * dtype.itemsize * 8
''',
        "always_four_bytes": '''
def model_size_bytes(num_params, dtype):
    return num_params * 4
''',
        "true_division_gives_a_float": '''
import torch

def model_size_bytes(num_params, dtype):
    bits = torch.finfo(dtype).bits if dtype.is_floating_point else torch.iinfo(dtype).bits
    return num_params * bits / 8
''',
        "bfloat16_forgotten": '''
import torch

def model_size_bytes(num_params, dtype):
    sizes = {torch.float64: 8, torch.float32: 4, torch.float16: 2, torch.int64: 8, torch.int32: 4, torch.int16: 2,
             torch.int8: 1, torch.uint8: 1}
    return num_params * sizes.get(dtype, 4)
''',
        "megabytes": '''
def model_size_bytes(num_params, dtype):
    return round(num_params * dtype.itemsize / 1e6)
''',
        "tensor_result": '''
import torch

def model_size_bytes(num_params, dtype):
    return torch.tensor(num_params) * torch.empty(0, dtype=dtype).element_size()
''',
        "visible_values_only": '''
import torch

def model_size_bytes(num_params, dtype):
    known = {(11689512, torch.float32): 46758048, (11689512, torch.int8): 11689512, (1000, torch.float16): 2000}
    return known.get((num_params, dtype), num_params * 4)
''',
    },
}
