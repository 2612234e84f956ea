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

EXPLANATIONS = {
    "standardize": {
        "wrong_axis": "Your answer computes the statistics over dim 1, across the targets of one sample, mixing e.g. a row and a column coordinate into one mean. Standardize each column over the samples (dim 0). Reread “4. Standardize the targets, invert at inference”.",
        "inverse_forgets_mean": "Your inverse multiplies by the std but never adds the mean back, so every prediction lands near 0 in real units: the square centres would all sit near the top-left corner. The inverse undoes both steps. Reread “4. Standardize the targets, invert at inference”.",
        "unbiased_std": "Your answer uses torch.std's default, which divides by N - 1. This notebook standardizes with the population standard deviation (divide by N), as StandardScaler does, so each column of z has population std exactly 1. Reread “4. Standardize the targets, invert at inference”.",
        "global_statistics": "Your answer uses one mean and one std for the whole matrix, so a column in large units still dominates and the columns of z do not each get mean 0 and std 1. Statistics are computed per target column. Reread “4. Standardize the targets, invert at inference”.",
        "divides_by_variance": "Your answer divides by the variance instead of the standard deviation, so the columns of z do not have std 1 (the scale is wrong by a factor s). Standardizing divides by the population std of each column. Reread “4. Standardize the targets, invert at inference”.",
        "inverse_divides_by_std": "Your inverse divides by the std instead of multiplying by it, so it does not undo the standardization: predictions come back in the wrong scale. The inverse maps z back as z times s plus the mean. Reread “4. Standardize the targets, invert at inference”.",
        "inverse_ignores_its_argument": "Your inverse returns the original y whatever it is given, so it only works on z itself. It must map any standardized tensor, such as the model's predictions for new images, back to real units with the statistics of y.",
        "no_guard_for_constant_columns": "A constant column has std 0, and your answer divides by it, giving nan. The usual convention, scikit-learn's too, is to divide by 1 there, so the column standardizes to 0 and the inverse still works. Reread “4. Standardize the targets, invert at inference”.",
        "modifies_y_in_place": "Your answer standardizes y in place, so the caller's targets are overwritten with z. A preprocessing function must leave its input untouched: the real-unit targets are still needed, e.g. to measure errors in pixels.",
        "returns_a_list": "Your answer returns a list, but the contract is a tuple (z, inverse). Return exactly the pair the exercise specifies, so code that checks or unpacks it gets what it expects. Reread “Exercise 1 · `standardize` (2 points)”.",
    },
    "RegressionCNN": {
        "relu_on_output": "A ReLU after the output layer cannot produce negative values, but about half the standardized coordinates are negative; those predictions stick at 0 where ReLU's gradient is 0. A regression head ends in a plain linear layer. Reread “1. Same trunk, new head”.",
        "softmax_on_output": "Softmax turns the outputs into a probability distribution: positive and summing to 1, which ties the row and column coordinates together. A regression head has no activation after its last nn.Linear. Reread “1. Same trunk, new head”.",
        "sigmoid_on_output": "A sigmoid squeezes every output into (0, 1): no negative value, nothing above 1, and vanishing gradients near the limits. That head is for bounded targets such as probabilities. Reread “3. Bounded targets: a probability needs a sigmoid and BCE”.",
        "tanh_on_output": "Tanh bounds every output to (-1, 1) and saturates, so standardized targets beyond one standard deviation are out of reach. The output of a regression head must cover the whole real line: no activation after the last nn.Linear. Reread “1. Same trunk, new head”.",
        "n_outputs_ignored": "Your output layer always has 2 units, whatever n_outputs says. The head needs one output unit per target value: one for a scalar, several for multi-output regression. Reread “1. Same trunk, new head”.",
        "squeezed_output": "Squeezing the output drops a dimension when n_outputs or the batch size is 1, so the shape is no longer (N, n_outputs). Keep the batch and target dimensions so the output always lines up with the targets.",
        "too_many_parameters": "Your model has far more than the 50,000 parameters allowed: flattening full-resolution feature maps into a wide linear layer costs hundreds of thousands of weights. Downsample with max-pooling before flattening. Reread “Exercise 2 · `RegressionCNN` (3 points)”.",
        "global_pool_after_first_conv": "A global average pool right after the first convolution averages the position away, so the head cannot tell where the square is. To predict where, keep the spatial layout (flatten) or pool only late in the trunk. Reread “1. Same trunk, new head”.",
        "global_pool_at_full_resolution": "Your global pool comes before any downsampling, so it averages the position away and the model predicts little more than the average centre. Flatten, or pool only after two 2x2 max-pools. Reread “Exercise 2 · `RegressionCNN` (3 points)”.",
        "sigmoid_scaled_to_image_size": "Scaling a sigmoid to the image size forbids the negative standardized targets the model is trained on, and the output is no longer that of the last nn.Linear. On standardized targets the head stays linear. Reread “4. Standardize the targets, invert at inference”.",
    },
}
