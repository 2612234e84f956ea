"""Known-wrong answers for 14_regression_heads: each must fail its exercise's tests."""

_TRUNK = '''
import torch
import torch.nn as nn
import torch.nn.functional as F


def _trunk():
    return nn.Sequential(
        nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(),
    )
'''

MUTANTS = {
    "standardize": {
        "wrong_axis": '''
import torch
def standardize(y):
    mean = y.mean(dim=1, keepdim=True)
    std = y.std(dim=1, keepdim=True, correction=0)
    std = torch.where(std == 0, torch.ones_like(std), std)
    return (y - mean) / std, lambda z_hat: z_hat * std + mean
''',
        "inverse_forgets_mean": '''
import torch
def standardize(y):
    mean = y.mean(dim=0)
    std = y.std(dim=0, correction=0)
    std = torch.where(std == 0, torch.ones_like(std), std)
    return (y - mean) / std, lambda z_hat: z_hat * std
''',
        "unbiased_std": '''
import torch
def standardize(y):
    mean = y.mean(dim=0)
    std = y.std(dim=0)
    std = torch.where((std == 0) | std.isnan(), torch.ones_like(std), std)
    return (y - mean) / std, lambda z_hat: z_hat * std + mean
''',
        "global_statistics": '''
import torch
def standardize(y):
    mean = y.mean()
    std = y.std(correction=0)
    std = torch.where(std == 0, torch.ones_like(std), std)
    return (y - mean) / std, lambda z_hat: z_hat * std + mean
''',
        "divides_by_variance": '''
import torch
def standardize(y):
    mean = y.mean(dim=0)
    var = y.var(dim=0, correction=0)
    var = torch.where(var == 0, torch.ones_like(var), var)
    return (y - mean) / var, lambda z_hat: z_hat * var + mean
''',
        "inverse_divides_by_std": '''
import torch
def standardize(y):
    mean = y.mean(dim=0)
    std = y.std(dim=0, correction=0)
    std = torch.where(std == 0, torch.ones_like(std), std)
    return (y - mean) / std, lambda z_hat: z_hat / std + mean
''',
        "inverse_ignores_its_argument": '''
import torch
def standardize(y):
    mean = y.mean(dim=0)
    std = y.std(dim=0, correction=0)
    std = torch.where(std == 0, torch.ones_like(std), std)
    original = y.clone()
    return (y - mean) / std, lambda z_hat: original.clone()
''',
        "no_guard_for_constant_columns": '''
import torch
def standardize(y):
    mean = y.mean(dim=0)
    std = y.std(dim=0, correction=0)
    return (y - mean) / std, lambda z_hat: z_hat * std + mean
''',
        "modifies_y_in_place": '''
import torch
def standardize(y):
    mean = y.mean(dim=0)
    std = y.std(dim=0, correction=0)
    std = torch.where(std == 0, torch.ones_like(std), std)
    z = y.sub_(mean).div_(std)
    return z.clone(), lambda z_hat: z_hat * std + mean
''',
        "returns_a_list": '''
import torch
def standardize(y):
    mean = y.mean(dim=0)
    std = y.std(dim=0, correction=0)
    std = torch.where(std == 0, torch.ones_like(std), std)
    return [(y - mean) / std, lambda z_hat: z_hat * std + mean]
''',
    },
    "RegressionCNN": {
        "relu_on_output": _TRUNK + '''
class RegressionCNN(nn.Module):
    def __init__(self, n_outputs):
        super().__init__()
        self.features = _trunk()
        self.head = nn.Sequential(nn.Linear(256, 32), nn.ReLU(), nn.Linear(32, n_outputs), nn.ReLU())

    def forward(self, x):
        return self.head(self.features(x))
''',
        "softmax_on_output": _TRUNK + '''
class RegressionCNN(nn.Module):
    def __init__(self, n_outputs):
        super().__init__()
        self.features = _trunk()
        self.head = nn.Sequential(nn.Linear(256, 32), nn.ReLU(), nn.Linear(32, n_outputs), nn.Softmax(dim=1))

    def forward(self, x):
        return self.head(self.features(x))
''',
        "sigmoid_on_output": _TRUNK + '''
class RegressionCNN(nn.Module):
    def __init__(self, n_outputs):
        super().__init__()
        self.features = _trunk()
        self.hidden = nn.Linear(256, 32)
        self.out = nn.Linear(32, n_outputs)

    def forward(self, x):
        return torch.sigmoid(self.out(F.relu(self.hidden(self.features(x)))))
''',
        "tanh_on_output": _TRUNK + '''
class RegressionCNN(nn.Module):
    def __init__(self, n_outputs):
        super().__init__()
        self.features = _trunk()
        self.head = nn.Sequential(nn.Linear(256, 32), nn.ReLU(), nn.Linear(32, n_outputs), nn.Tanh())

    def forward(self, x):
        return self.head(self.features(x))
''',
        "n_outputs_ignored": _TRUNK + '''
class RegressionCNN(nn.Module):
    def __init__(self, n_outputs):
        super().__init__()
        self.features = _trunk()
        self.head = nn.Sequential(nn.Linear(256, 32), nn.ReLU(), nn.Linear(32, 2))

    def forward(self, x):
        return self.head(self.features(x))
''',
        "squeezed_output": _TRUNK + '''
class RegressionCNN(nn.Module):
    def __init__(self, n_outputs):
        super().__init__()
        self.features = _trunk()
        self.head = nn.Sequential(nn.Linear(256, 32), nn.ReLU(), nn.Linear(32, n_outputs))

    def forward(self, x):
        return self.head(self.features(x)).squeeze()
''',
        "too_many_parameters": '''
import torch.nn as nn
class RegressionCNN(nn.Module):
    def __init__(self, n_outputs):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.Flatten())
        self.head = nn.Sequential(nn.Linear(32 * 16 * 16, 64), nn.ReLU(), nn.Linear(64, n_outputs))

    def forward(self, x):
        return self.head(self.features(x))
''',
        "global_pool_after_first_conv": '''
import torch.nn as nn
class RegressionCNN(nn.Module):
    def __init__(self, n_outputs):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten())
        self.head = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, n_outputs))

    def forward(self, x):
        return self.head(self.features(x))
''',
        # two convolutions at full resolution, then a global average pool: the position is averaged away (2-3 px)
        "global_pool_at_full_resolution": '''
import torch.nn as nn
class RegressionCNN(nn.Module):
    def __init__(self, n_outputs):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten())
        self.head = nn.Linear(32, n_outputs)

    def forward(self, x):
        return self.head(self.features(x))
''',
        "sigmoid_scaled_to_image_size": _TRUNK + '''
class RegressionCNN(nn.Module):
    def __init__(self, n_outputs):
        super().__init__()
        self.features = _trunk()
        self.head = nn.Sequential(nn.Linear(256, 32), nn.ReLU(), nn.Linear(32, n_outputs))

    def forward(self, x):
        return 16 * torch.sigmoid(self.head(self.features(x)))
''',
    },
}
