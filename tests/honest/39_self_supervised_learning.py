"""Correct answers to notebook 39_self_supervised_learning, written differently: each must pass its exercise's tests."""

HONEST = {
    "rotation_batch": {
        "stack_then_flatten": """
import torch

def rotation_batch(x):
    images = torch.stack([torch.rot90(x, k, dims=(2, 3)) for k in range(4)]).flatten(0, 1)
    labels = torch.cat([torch.full((x.shape[0],), k, dtype=torch.long, device=x.device) for k in range(4)])
    return images, labels
""",
        "flips_and_transposes_by_hand": """
import torch

def _rotate(x, k):
    if k == 0:
        return x.clone()
    if k == 1:
        return x.transpose(2, 3).flip(2)
    if k == 2:
        return x.flip(2).flip(3)
    return x.transpose(2, 3).flip(3)

def rotation_batch(x):
    n = x.shape[0]
    return (torch.cat([_rotate(x, k) for k in range(4)]),
            torch.tensor([k for k in range(4) for _ in range(n)], dtype=torch.int64, device=x.device))
""",
        "preallocated_loop_with_print": """
import torch

def rotation_batch(x):
    n = x.shape[0]
    print("building the rotation batch of", n, "images")
    images = torch.empty((4 * n,) + tuple(x.shape[1:]), dtype=x.dtype, device=x.device)
    labels = torch.empty(4 * n, dtype=torch.int64, device=x.device)
    for k in range(4):
        for i in range(n):
            images[k * n + i] = torch.rot90(x[i], k, dims=(1, 2))
            labels[k * n + i] = k
    return images, labels
""",
    },
    "linear_probe": {
        "lbfgs_and_per_module_modes": """
import torch
import torch.nn as nn
import torch.nn.functional as F

def linear_probe(encoder, data):
    x_train, y_train, x_test, y_test = data
    modes = {m: m.training for m in encoder.modules()}
    encoder.eval()
    try:
        with torch.no_grad():
            f_train = encoder(x_train)
            f_test = encoder(x_test)
    finally:
        for module, mode in modes.items():
            module.training = mode
    mean = f_train.mean(0, keepdim=True)
    std = f_train.std(0, keepdim=True).clamp_min(1e-5)
    f_train, f_test = (f_train - mean) / std, (f_test - mean) / std
    k = int(torch.cat([y_train, y_test]).max().item()) + 1
    probe = nn.Linear(f_train.shape[1], k).to(f_train.device)
    optimizer = torch.optim.LBFGS(probe.parameters(), lr=0.5, max_iter=100)

    def closure():
        optimizer.zero_grad()
        loss = F.cross_entropy(probe(f_train), y_train) + 1e-3 * probe.weight.pow(2).sum()
        loss.backward()
        return loss

    optimizer.step(closure)
    with torch.no_grad():
        correct = (probe(f_test).argmax(1) == y_test).sum().item()
    return correct / len(y_test)
""",
        "sklearn_logistic_regression": """
import torch
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

def linear_probe(encoder, data):
    x_train, y_train, x_test, y_test = data
    was_training = encoder.training
    encoder.train(False)
    with torch.no_grad():
        f_train = encoder(x_train).cpu().numpy()
        f_test = encoder(x_test).cpu().numpy()
    encoder.train(was_training)
    print("probing", f_train.shape[1], "features")
    scaler = StandardScaler().fit(f_train)
    classifier = LogisticRegression(max_iter=500).fit(scaler.transform(f_train), y_train.cpu().numpy())
    return float(classifier.score(scaler.transform(f_test), y_test.cpu().numpy()))
""",
        "ridge_least_squares_with_warning": """
import warnings
import torch
import torch.nn.functional as F

def linear_probe(encoder, data):
    x_train, y_train, x_test, y_test = data
    warnings.warn("closed-form least-squares probe")
    was_training = encoder.training
    encoder.eval()
    f_train = encoder(x_train).detach().double()
    f_test = encoder(x_test).detach().double()
    if was_training:
        encoder.train()
    mean, std = f_train.mean(0), f_train.std(0) + 1e-6
    ones_tr = torch.ones(len(f_train), 1, dtype=torch.float64, device=f_train.device)
    ones_te = torch.ones(len(f_test), 1, dtype=torch.float64, device=f_test.device)
    a_train = torch.cat([(f_train - mean) / std, ones_tr], dim=1)
    a_test = torch.cat([(f_test - mean) / std, ones_te], dim=1)
    k = int(max(y_train.max().item(), y_test.max().item())) + 1
    targets = F.one_hot(y_train, k).double()
    gram = a_train.T @ a_train + 1.0 * torch.eye(a_train.shape[1], dtype=torch.float64, device=a_train.device)
    weights = torch.linalg.solve(gram, a_train.T @ targets)
    predicted = (a_test @ weights).argmax(1)
    return float((predicted == y_test).double().mean())
""",
    },
}
