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

EXPLANATIONS = {
    "quantize": {
        "no_clamp_wraps_around": "Your answer converts to uint8 without clipping first, so values below 0 or above 255 wrap around (-3 becomes 253) instead of saturating at the end points. Clamp while the dtype can still hold them. Reread “2. The rounding error: at most half a step, until the range ends”.",
        "truncates_instead_of_rounding": "Your answer never rounds: converting to an integer dtype drops the fraction, so values move by up to a whole step instead of at most s/2. Round to the nearest integer first. Reread “2. The rounding error: at most half a step, until the range ends”.",
        "ties_rounded_up": "Adding 0.5 and taking the floor sends every tie upwards (2.5 becomes 3), but PyTorch's quantizer rounds ties to the even integer, as torch.round does. Reread “Exercise 1 · `quantize` (3 points)”.",
        "zero_point_subtracted": "Your answer subtracts the zero point. In q = clamp(round(x/s) + z, 0, 255) the zero point is added, so that x = 0 lands exactly on the integer z; the minus sign belongs to the way back. Reread “1. Affine quantization: from floats to 8-bit integers”.",
        "multiplies_by_the_scale": "Your answer multiplies by the scale. The scale is the real size of one step, so a real value is turned into a number of steps by dividing by s; multiplying is what dequantization does. Reread “1. Affine quantization: from floats to 8-bit integers”.",
        "clamps_before_adding_the_zero_point": "Your answer clips round(x/s) to [0, 255 - z] before adding z, which throws away every negative value: they all end up at z, i.e. at 0. The clamp to 0...255 must come after the shift by the zero point. Reread “1. Affine quantization: from floats to 8-bit integers”.",
        "signed_int8_range": "Your answer clamps to the signed range -128...127 and returns int8. This exercise is affine quantization onto the 256 unsigned integers 0...255 of a uint8 (signed int8 is the symmetric scheme used for weights). Reread “1. Affine quantization: from floats to 8-bit integers”.",
        "no_uint8_conversion": "The integer values are right, but your answer returns them in the float dtype of x. The contract is a torch.uint8 tensor: storing one byte per value is the whole point of quantization (4x smaller than float32). Reread “Exercise 1 · `quantize` (3 points)”.",
        "uses_torch_quantize_per_tensor": "Your answer calls torch.quantize_per_tensor, which the exercise refuses: the point is to write the affine formula yourself with ordinary tensor operations (round, shift, clamp, convert). Reread “Exercise 1 · `quantize` (3 points)”.",
        "divides_in_place": "Your answer divides x in place, so the caller's tensor is overwritten with x/s. A function must not modify its input: the caller still needs the original floats, e.g. to measure the rounding error. Reread “Exercise 1 · `quantize` (3 points)”.",
        "visible_values_only": "Your answer only uses the right formula for the scales of the visible examples and a distorted step for every other scale. The mapping must be the same affine formula for any positive scale and zero point. Reread “1. Affine quantization: from floats to 8-bit integers”.",
    },
    "dequantize": {
        "uint8_subtraction_wraps": "Your answer subtracts the zero point while q is still uint8, so integers below z wrap around (3 - 10 gives 249) instead of going negative. Convert to float before subtracting. Reread “Exercise 2 · `dequantize` (2 points)”.",
        "missing_parentheses": "Your answer computes s*q - z instead of s*(q - z): the zero point is an integer count of steps, so it must be subtracted before the scale turns steps into real units, otherwise z does not come back as 0. Reread “1. Affine quantization: from floats to 8-bit integers”.",
        "zero_point_added": "Your answer adds the zero point. The integer z stands for the real number 0, so the way back subtracts it: q = z must give exactly 0.0. Reread “1. Affine quantization: from floats to 8-bit integers”.",
        "divides_by_the_scale": "Your answer divides by the scale on the way back. The scale is the real value of one step, so a number of steps (q - z) is converted to a real value by multiplying by s. Reread “1. Affine quantization: from floats to 8-bit integers”.",
        "float64_result": "The values are right but your answer returns float64. The contract is a torch.float32 tensor, the dtype the network computes in; a float64 result doubles the memory and mismatches the model's dtype downstream. Reread “Exercise 2 · `dequantize` (2 points)”.",
        "uses_torch_dequantize": "Your answer builds a PyTorch quantized tensor and calls its dequantize(), which the exercise refuses: the point is to compute s*(q - z) yourself with ordinary tensor operations. Reread “Exercise 2 · `dequantize` (2 points)”.",
        "half_precision_arithmetic": "Your answer does the arithmetic in float16, whose 11-bit significand rounds s*(q - z) far more coarsely than the tolerance of a ten-thousandth of a step. Compute in float32, the dtype you must return. Reread “Exercise 2 · `dequantize` (2 points)”.",
    },
    "model_size_bytes": {
        "bits_not_bytes": "Your answer multiplies by 8 and so counts bits, not bytes. itemsize is already the size of one element in bytes: a float32 parameter takes 4 bytes, an int8 one 1 byte. Reread “4. Post-training quantization of a CNN, with PyTorch”.",
        "always_four_bytes": "Your answer assumes 4 bytes for every dtype, which is only true of float32 and int32. The size depends on the dtype: that is exactly why float32 to int8 makes a model 4x smaller. Reread “4. Post-training quantization of a CNN, with PyTorch”.",
        "true_division_gives_a_float": "Dividing the bits by 8 with / gives a Python float, not the int the contract asks for; a byte count is a whole number, so keep the arithmetic in integers. Reread “Exercise 3 · `model_size_bytes` (2 points)”.",
        "bfloat16_forgotten": "Your table has no entry for bfloat16 and falls back to 4 bytes, but bfloat16 is a 16-bit format, 2 bytes like float16. Asking the dtype for its own element size avoids such hand-written tables. Reread “Exercise 3 · `model_size_bytes` (2 points)”.",
        "megabytes": "Your answer reports rounded megabytes. The function must return the exact number of bytes as an int; converting to MB is for display and throws the exact count away. Reread “Exercise 3 · `model_size_bytes` (2 points)”.",
        "tensor_result": "The number is right but your answer returns a torch tensor. The contract is a plain Python int, which callers can compare, format and use in arithmetic without tensor semantics. Reread “Exercise 3 · `model_size_bytes` (2 points)”.",
        "visible_values_only": "Your answer looks up the visible examples and otherwise assumes 4 bytes per parameter. The size is always parameters times bytes per element of the dtype, for any count and any dtype. Reread “4. Post-training quantization of a CNN, with PyTorch”.",
    },
}
