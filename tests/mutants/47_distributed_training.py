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

EXPLANATIONS = {
    "shard_indices": {
        "remainder_dropped": "Your answer drops the tail that does not fill a last round, which is drop_last=True. The default pads the list to a multiple of the world size, so every rank gets ceil(n / W) indices and no example is left out. Reread “3 · Which examples a rank reads: `DistributedSampler`”.",
        "contiguous_blocks_instead_of_strided": "Your answer gives each rank a contiguous block. DistributedSampler deals the padded list out like cards: rank r takes positions r, r + W, r + 2W, ..., so the ranks' batches interleave into one process's batches. Reread “3 · Which examples a rank reads: `DistributedSampler`”.",
        "no_padding_uneven_shards": "Without padding, the ranks get different numbers of indices when n is not a multiple of W: one rank runs a step fewer and the others wait in that step's all-reduce for a rank that never comes. Reread “3 · Which examples a rank reads: `DistributedSampler`”.",
        "padded_with_the_last_index": "Your answer pads with copies of the last index. DistributedSampler pads by starting again from the beginning of the list, so position j of the padded list holds index j mod n. Reread “Exercise 1 · `shard_indices` (2 points)”.",
        "numpy_integers": "The indices are right, but they are NumPy integers. The contract is a list of plain Python ints, as DistributedSampler yields them; NumPy scalars behave differently in comparisons, JSON and type checks. Reread “Exercise 1 · `shard_indices` (2 points)”.",
        "pads_once_without_cycling_passes_visible_only": "Your answer pads by copying the start of the list once, which is too short when more than n indices are missing (n smaller than the world size). The padding cycles through the list as often as needed. Reread “3 · Which examples a rank reads: `DistributedSampler`”.",
    },
    "ddp_step": {
        "sum_without_dividing_by_world_size": "Your answer sums the ranks' gradients without dividing by the world size, which is the same as multiplying the learning rate by W. The full-batch gradient is the mean of the shards' gradients. Reread “1 · Data parallelism: one replica per rank, one step for all”.",
        "no_all_reduce_each_rank_steps_on_its_own_shard": "Each of your ranks steps on its own shard's gradient, so the replicas become W different models, each trained on 1/W of the data. The gradients must be all-reduced to their mean before anyone updates. Reread “1 · Data parallelism: one replica per rank, one step for all”.",
        "all_reduces_the_loss_instead_of_the_gradients": "Your answer all-reduces the loss, but autograd does not see through the collective: each rank still differentiates its own shard's loss, and the ranks take different steps. It is the gradients that must be averaged. Reread “4 · One synchronous data-parallel step, by hand”.",
        "modifies_the_callers_model": "Your answer copies the new parameters into the caller's model. The function must leave the model untouched (values, dtype, device and .grad) and only return each rank's parameters after the step. Reread “Exercise 2 · `ddp_step` (4 points)”.",
        "every_rank_runs_the_whole_batch": "Every one of your ranks runs the whole batch, so the result is right but nothing is shared: the point of data parallelism is that each rank does 1/W of the work, on its own shard. Reread “1 · Data parallelism: one replica per rank, one step for all”.",
        "shard_gradients_computed_in_the_calling_process": "Your answer loops over the shards in the calling process and never starts the ranks. The gradients must be computed in real processes started by run_ranks, and the calling process must not run autograd. Reread “2 · `torch.distributed` on one machine”.",
        "returns_the_replicas_parameters": "Your answer returns the replica's nn.Parameter objects, which still require grad. The contract is plain detached CPU tensors, one per parameter: results that carry autograd state are not plain values. Reread “Exercise 2 · `ddp_step` (4 points)”.",
        "divides_by_two_passes_visible_only": "Your answer divides the summed gradient by 2, which is only the mean for two ranks. The all-reduced sum must be divided by the world size, whatever it is, to give the full-batch gradient. Reread “1 · Data parallelism: one replica per rank, one step for all”.",
        "always_two_ranks_passes_visible_only": "Your answer always starts 2 ranks with the shard rank::2 and ignores the world_size argument. The number of processes and the shards must follow world_size. Reread “Exercise 2 · `ddp_step` (4 points)”.",
        "float32_copies_passes_visible_only": "Your answer converts the model and data to float32, so a float64 model gets float32 results, rounded far beyond float64's tolerance. The returned tensors must keep each parameter's dtype. Reread “Exercise 2 · `ddp_step` (4 points)”.",
        "backward_onto_the_stored_gradients_passes_visible_only": "backward() adds to whatever .grad already holds, so the gradients the caller's model already had enter your step. Compute fresh gradients on a copy of the model (e.g. with torch.autograd.grad). Reread “Exercise 2 · `ddp_step` (4 points)”.",
    },
}
