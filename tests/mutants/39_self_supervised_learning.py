"""Known-wrong answers to notebook 39_self_supervised_learning: each must fail its exercise's tests (tests/mutation.py)."""

MUTANTS = {
    "rotation_batch": {
        "transpose_instead_of_rotation": """
import torch

def rotation_batch(x):
    copies = []
    for k in range(4):
        image = x
        for _ in range(k):
            image = image.transpose(2, 3)
        copies.append(image)
    return torch.cat(copies), torch.arange(4, device=x.device).repeat_interleave(x.shape[0])
""",
        "clockwise": """
import torch

def rotation_batch(x):
    images = torch.cat([torch.rot90(x, -k, dims=(2, 3)) for k in range(4)])
    return images, torch.arange(4, device=x.device).repeat_interleave(x.shape[0])
""",
        "sample_major": """
import torch

def rotation_batch(x):
    images = torch.stack([torch.rot90(x, k, dims=(2, 3)) for k in range(4)], dim=1).flatten(0, 1)
    return images, torch.arange(4, device=x.device).repeat(x.shape[0])
""",
        "labels_interleaved": """
import torch

def rotation_batch(x):
    images = torch.cat([torch.rot90(x, k, dims=(2, 3)) for k in range(4)])
    return images, torch.arange(4, device=x.device).repeat(x.shape[0])
""",
        "float_labels": """
import torch

def rotation_batch(x):
    images = torch.cat([torch.rot90(x, k, dims=(2, 3)) for k in range(4)])
    return images, torch.arange(4, device=x.device, dtype=torch.float32).repeat_interleave(x.shape[0])
""",
        "horizontal_flip_for_180": """
import torch

def rotation_batch(x):
    copies = [x, torch.rot90(x, 1, dims=(2, 3)), x.flip(3), torch.rot90(x, 3, dims=(2, 3))]
    return torch.cat(copies), torch.arange(4, device=x.device).repeat_interleave(x.shape[0])
""",
        "converts_to_float": """
import torch

def rotation_batch(x):
    x = x.float()
    images = torch.cat([torch.rot90(x, k, dims=(2, 3)) for k in range(4)])
    return images, torch.arange(4, device=x.device).repeat_interleave(x.shape[0])
""",
        "list_instead_of_tuple": """
import torch

def rotation_batch(x):
    images = torch.cat([torch.rot90(x, k, dims=(2, 3)) for k in range(4)])
    return [images, torch.arange(4, device=x.device).repeat_interleave(x.shape[0])]
""",
    },
    "linear_probe": {
        "accuracy_on_training_split": """
import torch
import torch.nn as nn
import torch.nn.functional as F

def linear_probe(encoder, data):
    x_train, y_train, x_test, y_test = data
    was_training = encoder.training
    encoder.eval()
    with torch.no_grad():
        f_train = encoder(x_train)
    encoder.train(was_training)
    mean, std = f_train.mean(0), f_train.std(0) + 1e-6
    f_train = (f_train - mean) / std
    probe = nn.Linear(f_train.shape[1], int(y_train.max()) + 1).to(f_train.device)
    optimizer = torch.optim.Adam(probe.parameters(), lr=0.05)
    for _ in range(200):
        loss = F.cross_entropy(probe(f_train), y_train)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        return (probe(f_train).argmax(1) == y_train).float().mean().item()
""",
        "no_eval_mode": """
import torch
import torch.nn as nn
import torch.nn.functional as F

def linear_probe(encoder, data):
    x_train, y_train, x_test, y_test = data
    with torch.no_grad():
        f_train, f_test = encoder(x_train), encoder(x_test)
    mean, std = f_train.mean(0), f_train.std(0) + 1e-6
    f_train, f_test = (f_train - mean) / std, (f_test - mean) / std
    probe = nn.Linear(f_train.shape[1], int(max(y_train.max(), y_test.max())) + 1).to(f_train.device)
    optimizer = torch.optim.Adam(probe.parameters(), lr=0.05)
    for _ in range(200):
        loss = F.cross_entropy(probe(f_train), y_train)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        return (probe(f_test).argmax(1) == y_test).float().mean().item()
""",
        "always_back_to_train_mode": """
import torch
import torch.nn as nn
import torch.nn.functional as F

def linear_probe(encoder, data):
    x_train, y_train, x_test, y_test = data
    encoder.eval()
    with torch.no_grad():
        f_train, f_test = encoder(x_train), encoder(x_test)
    encoder.train()
    mean, std = f_train.mean(0), f_train.std(0) + 1e-6
    f_train, f_test = (f_train - mean) / std, (f_test - mean) / std
    probe = nn.Linear(f_train.shape[1], int(max(y_train.max(), y_test.max())) + 1).to(f_train.device)
    optimizer = torch.optim.Adam(probe.parameters(), lr=0.05)
    for _ in range(200):
        loss = F.cross_entropy(probe(f_train), y_train)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        return (probe(f_test).argmax(1) == y_test).float().mean().item()
""",
        "left_in_eval_mode": """
import torch
import torch.nn as nn
import torch.nn.functional as F

def linear_probe(encoder, data):
    x_train, y_train, x_test, y_test = data
    encoder.eval()
    with torch.no_grad():
        f_train, f_test = encoder(x_train), encoder(x_test)
    mean, std = f_train.mean(0), f_train.std(0) + 1e-6
    f_train, f_test = (f_train - mean) / std, (f_test - mean) / std
    probe = nn.Linear(f_train.shape[1], int(max(y_train.max(), y_test.max())) + 1).to(f_train.device)
    optimizer = torch.optim.Adam(probe.parameters(), lr=0.05)
    for _ in range(200):
        loss = F.cross_entropy(probe(f_train), y_train)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        return (probe(f_test).argmax(1) == y_test).float().mean().item()
""",
        "fine_tunes_the_encoder": """
import torch
import torch.nn as nn
import torch.nn.functional as F

def linear_probe(encoder, data):
    x_train, y_train, x_test, y_test = data
    was_training = encoder.training
    encoder.eval()
    with torch.no_grad():
        dim = encoder(x_train[:1]).shape[1]
    probe = nn.Linear(dim, int(max(y_train.max(), y_test.max())) + 1).to(x_train.device)
    optimizer = torch.optim.Adam([*probe.parameters(), *encoder.parameters()], lr=0.01)
    for _ in range(100):
        loss = F.cross_entropy(probe(encoder(x_train)), y_train)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        accuracy = (probe(encoder(x_test)).argmax(1) == y_test).float().mean().item()
    encoder.zero_grad(set_to_none=True)
    encoder.train(was_training)
    return accuracy
""",
        "freezes_without_restoring_flags": """
import torch
import torch.nn as nn
import torch.nn.functional as F

def linear_probe(encoder, data):
    x_train, y_train, x_test, y_test = data
    was_training = encoder.training
    encoder.eval()
    for p in encoder.parameters():
        p.requires_grad_(False)
    f_train, f_test = encoder(x_train), encoder(x_test)
    encoder.train(was_training)
    mean, std = f_train.mean(0), f_train.std(0) + 1e-6
    f_train, f_test = (f_train - mean) / std, (f_test - mean) / std
    probe = nn.Linear(f_train.shape[1], int(max(y_train.max(), y_test.max())) + 1).to(f_train.device)
    optimizer = torch.optim.Adam(probe.parameters(), lr=0.05)
    for _ in range(200):
        loss = F.cross_entropy(probe(f_train), y_train)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        return (probe(f_test).argmax(1) == y_test).float().mean().item()
""",
        "gradients_reach_the_encoder": """
import torch
import torch.nn as nn
import torch.nn.functional as F

def linear_probe(encoder, data):
    x_train, y_train, x_test, y_test = data
    was_training = encoder.training
    encoder.eval()
    f_train, f_test = encoder(x_train), encoder(x_test)
    encoder.train(was_training)
    probe = nn.Linear(f_train.shape[1], int(max(y_train.max(), y_test.max())) + 1).to(f_train.device)
    optimizer = torch.optim.Adam(probe.parameters(), lr=0.05)
    f_train = f_train if f_train.requires_grad else f_train.detach()
    for step in range(200):
        loss = F.cross_entropy(probe(f_train), y_train)
        optimizer.zero_grad()
        loss.backward(retain_graph=True)
        optimizer.step()
    with torch.no_grad():
        return (probe(f_test).argmax(1) == y_test).float().mean().item()
""",
        "unscaled_features_undertrained": """
import torch
import torch.nn as nn
import torch.nn.functional as F

def linear_probe(encoder, data):
    # passes the visible tests (raw pixels are in [0, 1]) but never standardizes: on the tiny features of a
    # random conv encoder 300 SGD steps barely move the probe
    x_train, y_train, x_test, y_test = data
    was_training = encoder.training
    encoder.eval()
    with torch.no_grad():
        f_train, f_test = encoder(x_train), encoder(x_test)
    encoder.train(was_training)
    probe = nn.Linear(f_train.shape[1], int(max(y_train.max(), y_test.max())) + 1).to(f_train.device)
    optimizer = torch.optim.SGD(probe.parameters(), lr=0.5)
    for _ in range(300):
        loss = F.cross_entropy(probe(f_train), y_train)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        return (probe(f_test).argmax(1) == y_test).float().mean().item()
""",
        "untrained_probe": """
import torch
import torch.nn as nn

def linear_probe(encoder, data):
    x_train, y_train, x_test, y_test = data
    was_training = encoder.training
    encoder.eval()
    with torch.no_grad():
        f_test = encoder(x_test)
    encoder.train(was_training)
    probe = nn.Linear(f_test.shape[1], int(max(y_train.max(), y_test.max())) + 1).to(f_test.device)
    with torch.no_grad():
        return (probe(f_test).argmax(1) == y_test).float().mean().item()
""",
        "percent_not_fraction": """
import torch
import torch.nn as nn
import torch.nn.functional as F

def linear_probe(encoder, data):
    x_train, y_train, x_test, y_test = data
    was_training = encoder.training
    encoder.eval()
    with torch.no_grad():
        f_train, f_test = encoder(x_train), encoder(x_test)
    encoder.train(was_training)
    mean, std = f_train.mean(0), f_train.std(0) + 1e-6
    f_train, f_test = (f_train - mean) / std, (f_test - mean) / std
    probe = nn.Linear(f_train.shape[1], int(max(y_train.max(), y_test.max())) + 1).to(f_train.device)
    optimizer = torch.optim.Adam(probe.parameters(), lr=0.05)
    for _ in range(200):
        loss = F.cross_entropy(probe(f_train), y_train)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        return 100.0 * (probe(f_test).argmax(1) == y_test).float().mean().item()
""",
        "tensor_result": """
import torch
import torch.nn as nn
import torch.nn.functional as F

def linear_probe(encoder, data):
    x_train, y_train, x_test, y_test = data
    was_training = encoder.training
    encoder.eval()
    with torch.no_grad():
        f_train, f_test = encoder(x_train), encoder(x_test)
    encoder.train(was_training)
    mean, std = f_train.mean(0), f_train.std(0) + 1e-6
    f_train, f_test = (f_train - mean) / std, (f_test - mean) / std
    probe = nn.Linear(f_train.shape[1], int(max(y_train.max(), y_test.max())) + 1).to(f_train.device)
    optimizer = torch.optim.Adam(probe.parameters(), lr=0.05)
    for _ in range(200):
        loss = F.cross_entropy(probe(f_train), y_train)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        return (probe(f_test).argmax(1) == y_test).float().mean()
""",
    },
}
