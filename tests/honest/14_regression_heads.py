"""Correct answers for 14_regression_heads written differently from the reference: each must pass its exercise's tests."""

HONEST = {
    "standardize": {
        "keepdim_and_lambda": '''
import torch

def standardize(y):
    mean = y.mean(dim=0, keepdim=True)
    std = ((y - mean) ** 2).mean(dim=0, keepdim=True).sqrt()
    std = torch.where(std == 0, torch.ones_like(std), std)
    return (y - mean) / std, lambda z_hat: z_hat * std + mean
''',
        "column_loop_and_print": '''
import torch

def standardize(y):
    print("standardizing", y.shape[1], "columns")
    means, stds = [], []
    for j in range(y.shape[1]):
        column = y[:, j]
        m = column.mean()
        s = column.var(correction=0).sqrt()
        means.append(m)
        stds.append(s if s > 0 else torch.ones_like(s))
    mean, std = torch.stack(means), torch.stack(stds)

    def inverse(z_hat):
        return z_hat * std + mean

    z = (y - mean) / std
    return z, inverse
''',
    },
    "RegressionCNN": {
        # the reviewers' example: conv blocks, then a global average pool, then the linear output layer
        "two_blocks_then_adaptive_avg_pool": '''
import torch.nn as nn

class RegressionCNN(nn.Module):
    def __init__(self, n_outputs):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.AdaptiveAvgPool2d(1), nn.Flatten())
        self.out = nn.Linear(32, n_outputs)

    def forward(self, x):
        return self.out(self.features(x))
''',
        "functional_forward_with_print": '''
import torch
import torch.nn as nn
import torch.nn.functional as F

class RegressionCNN(nn.Module):
    def __init__(self, n_outputs):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, 3, padding=1)
        self.conv2 = nn.Conv2d(8, 16, 3, padding=1)
        self.hidden = nn.Linear(16 * 4 * 4, 32)
        self.output = nn.Linear(32, n_outputs)
        print("RegressionCNN with", n_outputs, "outputs")

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        return self.output(F.relu(self.hidden(torch.flatten(x, 1))))
''',
        "three_blocks_mean_pool_hidden_layer": '''
import torch.nn as nn

class RegressionCNN(nn.Module):
    def __init__(self, n_outputs):
        super().__init__()
        self.trunk = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU())
        self.hidden = nn.Sequential(nn.Linear(64, 32), nn.ReLU())
        self.last = nn.Linear(32, n_outputs)

    def forward(self, x):
        features = self.trunk(x).mean(dim=(2, 3))      # global average pool, late in the trunk
        return self.last(self.hidden(features))
''',
    },
}
