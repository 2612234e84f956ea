"""course.receptive: the autograd receptive field matches the closed form."""

from __future__ import annotations

from course.receptive import extent, input_gradient, ones_conv_stack, output_size


def test_three_3x3_layers_see_7_and_dilated_ones_15():
    assert extent(input_gradient(ones_conv_stack([(3, 1, 1)] * 3), 15)) == 7
    dilated = ones_conv_stack([(3, 1, 1), (3, 1, 2), (3, 1, 4)], same_padding=True)
    assert output_size(dilated, 33) == 33
    assert extent(input_gradient(dilated, 33)) == 15


def test_strided_stack_and_explicit_pixel():
    net = ones_conv_stack([(7, 2, 1), (3, 2, 1), (3, 1, 1), (3, 1, 1)])
    assert extent(input_gradient(net, 64)) == 27
    grad = input_gradient(ones_conv_stack([(3, 1, 1)]), 5, row=0, col=0)
    assert grad[:3, :3].eq(1).all() and grad.sum() == 9
