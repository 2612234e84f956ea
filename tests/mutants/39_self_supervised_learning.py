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

EXPLANATIONS = {
    "rotation_batch": {
        "transpose_instead_of_rotation": "A transpose is not a rotation: it mirrors the image across its diagonal, and two transposes give the original back, so your k = 2 copy is unrotated. Each copy must be a true rotation by k times 90 degrees. Reread “2. Rotation prediction is a 4-way classification”.",
        "clockwise": "Your answer rotates clockwise, so the copies labelled 90 and 270 degrees are swapped. The exercise fixes the direction: counter-clockwise as displayed, the sense of torch.rot90 with a positive k. Reread “Exercise 1 · `rotation_batch` (2 points)”.",
        "sample_major": "Your batch is sample-major: the four rotations of image 0, then those of image 1, and so on. The contract is k-major, so images[k * N + i] is image i rotated k times; all N unrotated images come first, then all N at 90 degrees. Reread “Exercise 1 · `rotation_batch` (2 points)”.",
        "labels_interleaved": "Your images are k-major but your labels cycle 0, 1, 2, 3, 0, 1, ... so once N > 1 most copies get another rotation's label. The labels must follow the images: N zeros, then N ones, N twos and N threes. Reread “Exercise 1 · `rotation_batch` (2 points)”.",
        "float_labels": "Your labels are float32. They are class indices for a 4-way cross-entropy, so the contract asks for an int64 tensor: F.cross_entropy takes integer class indices as its targets, not floats. Reread “2. Rotation prediction is a 4-way classification”.",
        "horizontal_flip_for_180": "Your 180-degree copy is a horizontal flip, which is a mirror image, not a rotation: a rotation by 180 degrees reverses both the rows and the columns. Every copy must be an exact rotation so its label k is true. Reread “2. Rotation prediction is a 4-way classification”.",
        "converts_to_float": "Your answer converts x to float, so an integer batch comes back as float32 (and float64 loses its dtype). Rotations by multiples of 90 degrees only permute pixels, so the images must keep the dtype and device of x. Reread “Exercise 1 · `rotation_batch` (2 points)”.",
        "list_instead_of_tuple": "Your answer returns a list [images, labels]. The contract is a tuple (images, labels); the tests check the type, and returning the promised type keeps callers that rely on it working. Reread “Exercise 1 · `rotation_batch` (2 points)”.",
    },
    "linear_probe": {
        "accuracy_on_training_split": "Your answer reports the probe's accuracy on the training features it was fitted to. A linear probe measures how well the features generalize, so it is trained on the training split and scored on the held-out test split only. Reread “4. The linear probe”.",
        "no_eval_mode": "Your answer computes the features in whatever mode the encoder is in; in train mode dropout is active and batch norm updates its running statistics, so the encoder changes. Frozen means eval mode while the features are computed. Reread “4. The linear probe”.",
        "always_back_to_train_mode": "Your answer ends with an unconditional switch to train mode, so an encoder that came in eval mode leaves in train mode. Remember the mode the encoder came with and restore exactly that one. Reread “Exercise 2 · `linear_probe` (4 points)”.",
        "left_in_eval_mode": "Your answer switches the encoder to eval mode and never switches it back, so an encoder that came in train mode leaves in eval mode. The probe must hand the encoder back in the mode it came in. Reread “Exercise 2 · `linear_probe` (4 points)”.",
        "fine_tunes_the_encoder": "Your answer gives the encoder's parameters to the optimizer, so it fine-tunes the network instead of probing it, and the encoder's weights change. A linear probe keeps the encoder frozen and trains only the linear classifier. Reread “4. The linear probe”.",
        "freezes_without_restoring_flags": "Setting requires_grad to False on the encoder's parameters and never putting it back changes the encoder for good. Freezing for a probe means no gradient tracking while computing features; the flags stay as they came. Reread “4. The linear probe”.",
        "gradients_reach_the_encoder": "Your features are computed with gradient tracking, so the probe's backward pass flows into the encoder and leaves .grad on its parameters. Compute the features without gradients (no_grad or detach) so nothing reaches the encoder. Reread “4. The linear probe”.",
        "unscaled_features_undertrained": "Your answer trains on raw features without standardizing them; the features of a random conv encoder are tiny, so a few hundred SGD steps barely move the probe. Standardize with the training mean and std so one learning rate suits every encoder. Reread “4. The linear probe”.",
        "untrained_probe": "Your answer scores a freshly initialized linear layer and never trains it, so the accuracy is about chance and says nothing about the features. The probe must be fitted with cross-entropy on the training features first. Reread “4. The linear probe”.",
        "percent_not_fraction": "Your answer returns a percentage. The contract is the fraction of correctly classified test images, a Python float in [0, 1]; a value 100 times too large breaks every comparison made with it. Reread “Exercise 2 · `linear_probe` (4 points)”.",
        "tensor_result": "Your answer returns a 0-d tensor. The contract is a plain Python float: a tensor may sit on the GPU and carries tensor semantics into every comparison, so convert the mean of the correct predictions to a number. Reread “Exercise 2 · `linear_probe` (4 points)”.",
    },
}
