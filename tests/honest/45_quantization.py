"""Correct answers to notebook 45_quantization, written differently from the reference: each must pass."""

HONEST = {
    "quantize": {
        "multiply_by_the_inverse_and_clip": '''
import torch

def quantize(x, scale, zero_point):
    inverse = 1.0 / scale
    q = (x * inverse).round().add(zero_point)
    return q.clip(min=0, max=255).type(torch.uint8)
''',
        "float64_inside_with_a_print": '''
import torch

def quantize(x, scale, zero_point):
    print("quantizing", tuple(x.shape), "with scale", scale)
    steps = torch.round(x.to(torch.float64) / scale)
    return torch.clamp(steps + zero_point, min=0.0, max=255.0).to(dtype=torch.uint8, device=x.device)
''',
        "where_and_a_warning": '''
import warnings
import torch

def _saturate(v, low, high):
    v = torch.where(v < low, torch.full_like(v, low), v)
    return torch.where(v > high, torch.full_like(v, high), v)

def quantize(x, scale, zero_point):
    warnings.warn("saturating outside the range")
    return _saturate(torch.round(torch.div(x, scale)) + zero_point, 0, 255).byte()
''',
    },
    "dequantize": {
        "int16_subtraction_first": '''
import torch

def dequantize(q, scale, zero_point):
    return (q.to(torch.int16) - zero_point).to(torch.float32) * scale
''',
        "expanded_product_with_a_print": '''
import torch

def dequantize(q, scale, zero_point):
    print("dequantizing", q.numel(), "integers")
    values = q.float()
    return values * scale - zero_point * scale
''',
        "float64_then_back": '''
import torch

def dequantize(q, scale, zero_point):
    return torch.mul(q.double() - zero_point, scale).float()
''',
    },
    "model_size_bytes": {
        "element_size_of_an_empty_tensor": '''
import torch

def model_size_bytes(num_params, dtype):
    return torch.empty(0, dtype=dtype).element_size() * num_params
''',
        "finfo_and_iinfo_bits": '''
import torch

def model_size_bytes(num_params, dtype):
    info = torch.finfo(dtype) if dtype.is_floating_point else torch.iinfo(dtype)
    return num_params * info.bits // 8
''',
        "a_table_with_a_print": '''
import torch

BYTES = {torch.float64: 8, torch.float32: 4, torch.float16: 2, torch.bfloat16: 2, torch.int64: 8,
         torch.int32: 4, torch.int16: 2, torch.int8: 1, torch.uint8: 1}

def model_size_bytes(num_params, dtype):
    print(num_params, "parameters of", dtype)
    return int(num_params) * BYTES[dtype]
''',
    },
}
