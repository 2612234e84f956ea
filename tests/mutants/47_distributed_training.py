"""Known-wrong answers for 47_distributed_training: each must fail its exercise's tests (tests/mutation.py)."""

MUTANTS = {
    "shard_indices": {
        "remainder_dropped": '''
def shard_indices(n, rank, world_size):
    per_rank = n // world_size
    return list(range(rank, per_rank * world_size, world_size))
''',
        "contiguous_blocks_instead_of_strided": '''
import math

def shard_indices(n, rank, world_size):
    per_rank = math.ceil(n / world_size)
    padded = [j % n for j in range(per_rank * world_size)]
    return padded[rank * per_rank:(rank + 1) * per_rank]
''',
        "no_padding_uneven_shards": '''
def shard_indices(n, rank, world_size):
    return list(range(rank, n, world_size))
''',
        "padded_with_the_last_index": '''
import math

def shard_indices(n, rank, world_size):
    total = math.ceil(n / world_size) * world_size
    padded = list(range(n)) + [n - 1] * (total - n)
    return padded[rank:total:world_size]
''',
        "numpy_integers": '''
import numpy as np

def shard_indices(n, rank, world_size):
    total = -(-n // world_size) * world_size
    return list(np.arange(total) % max(n, 1))[rank::world_size]
''',
        "pads_once_without_cycling_passes_visible_only": '''
import math

def shard_indices(n, rank, world_size):
    total = math.ceil(n / world_size) * world_size
    indices = list(range(n))
    indices += indices[:total - n]          # too short when more than n indices are missing
    return indices[rank:total:world_size]
''',
    },
    "ddp_step": {
        "sum_without_dividing_by_world_size": '''
import copy
import torch
import torch.distributed as dist
import torch.nn.functional as F
from course.distributed import run_ranks

def ddp_step(model, x, y, lr, world_size=2):
    replica = copy.deepcopy(model).cpu()
    x_cpu, y_cpu = x.detach().cpu(), y.detach().cpu()
    def on_rank(rank, world_size):
        shard = shard_indices(len(x_cpu), rank, world_size)
        grads = torch.autograd.grad(F.cross_entropy(replica(x_cpu[shard]), y_cpu[shard]), list(replica.parameters()))
        out = []
        for p, g in zip(replica.parameters(), grads):
            dist.all_reduce(g, op=dist.ReduceOp.SUM)
            out.append((p - lr * g).detach())
        return out
    return run_ranks(on_rank, world_size)
''',
        "no_all_reduce_each_rank_steps_on_its_own_shard": '''
import copy
import torch
import torch.nn.functional as F
from course.distributed import run_ranks

def ddp_step(model, x, y, lr, world_size=2):
    replica = copy.deepcopy(model).cpu()
    x_cpu, y_cpu = x.detach().cpu(), y.detach().cpu()
    def on_rank(rank, world_size):
        shard = shard_indices(len(x_cpu), rank, world_size)
        grads = torch.autograd.grad(F.cross_entropy(replica(x_cpu[shard]), y_cpu[shard]), list(replica.parameters()))
        return [(p - lr * g).detach() for p, g in zip(replica.parameters(), grads)]
    return run_ranks(on_rank, world_size)
''',
        "all_reduces_the_loss_instead_of_the_gradients": '''
import copy
import torch
import torch.distributed as dist
import torch.nn.functional as F
from course.distributed import run_ranks

def ddp_step(model, x, y, lr, world_size=2):
    replica = copy.deepcopy(model).cpu()
    x_cpu, y_cpu = x.detach().cpu(), y.detach().cpu()
    def on_rank(rank, world_size):
        shard = shard_indices(len(x_cpu), rank, world_size)
        loss = F.cross_entropy(replica(x_cpu[shard]), y_cpu[shard])
        dist.all_reduce(loss, op=dist.ReduceOp.SUM)        # autograd does not see through the collective
        grads = torch.autograd.grad(loss / world_size, list(replica.parameters()))
        return [(p - lr * g).detach() for p, g in zip(replica.parameters(), grads)]
    return run_ranks(on_rank, world_size)
''',
        "modifies_the_callers_model": '''
import copy
import torch
import torch.distributed as dist
import torch.nn.functional as F
from course.distributed import run_ranks

def ddp_step(model, x, y, lr, world_size=2):
    replica = copy.deepcopy(model).cpu()
    x_cpu, y_cpu = x.detach().cpu(), y.detach().cpu()
    def on_rank(rank, world_size):
        shard = shard_indices(len(x_cpu), rank, world_size)
        grads = torch.autograd.grad(F.cross_entropy(replica(x_cpu[shard]), y_cpu[shard]), list(replica.parameters()))
        out = []
        for p, g in zip(replica.parameters(), grads):
            dist.all_reduce(g, op=dist.ReduceOp.AVG)
            out.append((p - lr * g).detach())
        return out
    results = run_ranks(on_rank, world_size)
    with torch.no_grad():                                    # "apply" the step to the caller's model too
        for p, new in zip(model.parameters(), results[0]):
            p.copy_(new)
    return results
''',
        "every_rank_runs_the_whole_batch": '''
import copy
import torch
import torch.distributed as dist
import torch.nn.functional as F
from course.distributed import run_ranks

def ddp_step(model, x, y, lr, world_size=2):
    replica = copy.deepcopy(model).cpu()
    x_cpu, y_cpu = x.detach().cpu(), y.detach().cpu()
    def on_rank(rank, world_size):
        grads = torch.autograd.grad(F.cross_entropy(replica(x_cpu), y_cpu), list(replica.parameters()))
        out = []
        for p, g in zip(replica.parameters(), grads):
            dist.all_reduce(g, op=dist.ReduceOp.AVG)
            out.append((p - lr * g).detach())
        return out
    return run_ranks(on_rank, world_size)
''',
        "shard_gradients_computed_in_the_calling_process": '''
import copy
import torch
import torch.nn.functional as F

def ddp_step(model, x, y, lr, world_size=2):
    replica = copy.deepcopy(model).cpu()
    x_cpu, y_cpu = x.detach().cpu(), y.detach().cpu()
    for rank in range(world_size):                         # the "ranks" one after another, in this process
        shard = shard_indices(len(x_cpu), rank, world_size)
        (F.cross_entropy(replica(x_cpu[shard]), y_cpu[shard]) / world_size).backward()
    new = [(p - lr * p.grad).detach() for p in replica.parameters()]
    return [[t.clone() for t in new] for _ in range(world_size)]
''',
        "returns_the_replicas_parameters": '''
import copy
import torch
import torch.distributed as dist
import torch.nn.functional as F
from course.distributed import run_ranks

def ddp_step(model, x, y, lr, world_size=2):
    replica = copy.deepcopy(model).cpu()
    x_cpu, y_cpu = x.detach().cpu(), y.detach().cpu()
    def on_rank(rank, world_size):
        shard = shard_indices(len(x_cpu), rank, world_size)
        grads = torch.autograd.grad(F.cross_entropy(replica(x_cpu[shard]), y_cpu[shard]), list(replica.parameters()))
        with torch.no_grad():
            for p, g in zip(replica.parameters(), grads):
                dist.all_reduce(g, op=dist.ReduceOp.AVG)
                p -= lr * g
        return list(replica.parameters())                   # nn.Parameter objects that require grad
    return run_ranks(on_rank, world_size)
''',
        "divides_by_two_passes_visible_only": '''
import copy
import torch
import torch.distributed as dist
import torch.nn.functional as F
from course.distributed import run_ranks

def ddp_step(model, x, y, lr, world_size=2):
    replica = copy.deepcopy(model).cpu()
    x_cpu, y_cpu = x.detach().cpu(), y.detach().cpu()
    def on_rank(rank, world_size):
        shard = shard_indices(len(x_cpu), rank, world_size)
        grads = torch.autograd.grad(F.cross_entropy(replica(x_cpu[shard]), y_cpu[shard]), list(replica.parameters()))
        out = []
        for p, g in zip(replica.parameters(), grads):
            dist.all_reduce(g)
            out.append((p - lr * g / 2).detach())
        return out
    return run_ranks(on_rank, world_size)
''',
        "always_two_ranks_passes_visible_only": '''
import copy
import torch
import torch.distributed as dist
import torch.nn.functional as F
from course.distributed import run_ranks

def ddp_step(model, x, y, lr, world_size=2):
    replica = copy.deepcopy(model).cpu()
    x_cpu, y_cpu = x.detach().cpu(), y.detach().cpu()
    def on_rank(rank, world_size):
        grads = torch.autograd.grad(F.cross_entropy(replica(x_cpu[rank::2]), y_cpu[rank::2]),
                                    list(replica.parameters()))
        out = []
        for p, g in zip(replica.parameters(), grads):
            dist.all_reduce(g, op=dist.ReduceOp.AVG)
            out.append((p - lr * g).detach())
        return out
    return run_ranks(on_rank, 2)
''',
        "float32_copies_passes_visible_only": '''
import copy
import torch
import torch.distributed as dist
import torch.nn.functional as F
from course.distributed import run_ranks

def ddp_step(model, x, y, lr, world_size=2):
    replica = copy.deepcopy(model).cpu().float()
    x_cpu, y_cpu = x.detach().cpu().float(), y.detach().cpu()
    def on_rank(rank, world_size):
        shard = shard_indices(len(x_cpu), rank, world_size)
        grads = torch.autograd.grad(F.cross_entropy(replica(x_cpu[shard]), y_cpu[shard]), list(replica.parameters()))
        out = []
        for p, g in zip(replica.parameters(), grads):
            dist.all_reduce(g, op=dist.ReduceOp.AVG)
            out.append((p - lr * g).detach())
        return out
    return run_ranks(on_rank, world_size)
''',
        "backward_onto_the_stored_gradients_passes_visible_only": '''
import torch
import torch.distributed as dist
import torch.nn.functional as F
from course.distributed import run_ranks

def ddp_step(model, x, y, lr, world_size=2):
    x_cpu, y_cpu = x.detach().cpu(), y.detach().cpu()
    def on_rank(rank, world_size):              # the fork's copy of the model, .grad included
        shard = shard_indices(len(x_cpu), rank, world_size)
        F.cross_entropy(model(x_cpu[shard]), y_cpu[shard]).backward()
        out = []
        for p in model.parameters():
            dist.all_reduce(p.grad, op=dist.ReduceOp.AVG)
            out.append((p - lr * p.grad).detach())
        return out
    return run_ranks(on_rank, world_size)
''',
    },
}
