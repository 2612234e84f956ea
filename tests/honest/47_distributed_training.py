"""Correct answers for 47_distributed_training written differently from the reference: each must pass its tests."""

HONEST = {
    "shard_indices": {
        "closed_form_with_modulo": '''
def shard_indices(n, rank, world_size):
    per_rank = -(-n // world_size)                       # ceil without floats
    return [(rank + k * world_size) % n for k in range(per_rank)]
''',
        "while_loop_with_a_print": '''
def shard_indices(n, rank, world_size):
    print(f"shard of rank {rank} of {world_size} over {n} examples")
    result, position = [], rank
    while len(result) * world_size < n:                  # until every rank has ceil(n / world_size) indices
        result.append(position % n)
        position += world_size
    return result
''',
        "torch_arange_then_tolist": '''
import torch

def shard_indices(n, rank, world_size):
    total = (n + world_size - 1) // world_size * world_size
    padded = torch.arange(total) % max(n, 1)
    return padded[rank::world_size].tolist()
''',
        "distributed_sampler_itself": '''
from torch.utils.data import DistributedSampler

def shard_indices(n, rank, world_size):
    return list(DistributedSampler(range(n), num_replicas=world_size, rank=rank, shuffle=False))
''',
    },
    "ddp_step": {
        "distributed_data_parallel_and_optim_sgd": '''
import copy
import torch
import torch._dynamo        # DDP imports it on first use: once here, not again in every forked rank
import torch.nn.functional as F
from torch.nn.parallel import DistributedDataParallel
from course.distributed import run_ranks

def ddp_step(model, x, y, lr, world_size=2):
    replica = copy.deepcopy(model).to("cpu")
    x_cpu, y_cpu = x.detach().to("cpu"), y.detach().to("cpu")
    def on_rank(rank, world_size):
        ddp = DistributedDataParallel(replica)          # averages the gradients during backward
        optimizer = torch.optim.SGD(replica.parameters(), lr=lr)
        optimizer.zero_grad()
        F.cross_entropy(ddp(x_cpu[rank::world_size]), y_cpu[rank::world_size]).backward()
        optimizer.step()
        return [p.detach().clone() for p in replica.parameters()]
    return run_ranks(on_rank, world_size)
''',
        "average_the_parameters_after_a_local_step": '''
import copy
import torch
import torch.distributed as dist
import torch.nn.functional as F
from course.distributed import run_ranks

def ddp_step(model, x, y, lr, world_size=2):
    replica = copy.deepcopy(model).cpu()
    replica.zero_grad(set_to_none=True)
    x_cpu, y_cpu = x.detach().cpu(), y.detach().cpu()
    def on_rank(rank, world_size):
        print("rank", rank, "of", world_size, "starts")
        shard = shard_indices(len(x_cpu), rank, world_size)
        F.cross_entropy(replica(x_cpu[shard]), y_cpu[shard]).backward()
        new_params = []
        with torch.no_grad():
            for p in replica.parameters():
                local = p - lr * p.grad                  # one plain SGD step is linear in the gradient:
                dist.all_reduce(local, op=dist.ReduceOp.AVG)   # averaging the results averages the gradients
                new_params.append(local)
        return new_params
    return run_ranks(on_rank, world_size)
''',
        "one_example_at_a_time_and_one_flat_bucket": '''
import copy
import warnings
import torch
import torch.distributed as dist
import torch.nn.functional as F
from course.distributed import run_ranks

def _rank_step(rank, world_size, replica, x, y, lr):
    params = list(replica.parameters())
    shard = list(range(rank, len(x), world_size))
    total = sum(F.cross_entropy(replica(x[i:i + 1]), y[i:i + 1], reduction="sum") for i in shard)
    grads = torch.autograd.grad(total / len(shard), params)
    bucket = torch.cat([g.reshape(-1) for g in grads])          # one all-reduce for every gradient, like a bucket
    dist.all_reduce(bucket)
    bucket /= world_size
    out, start = [], 0
    for p in params:
        g = bucket[start:start + p.numel()].view_as(p)
        start += p.numel()
        out.append(p.detach() - lr * g)
    return out

def ddp_step(model, x, y, lr, world_size=2):
    warnings.warn("ddp_step: copying the model to the CPU for the ranks")
    return run_ranks(_rank_step, world_size, copy.deepcopy(model).cpu(), x.detach().cpu(), y.detach().cpu(), lr)
''',
        "torch_func_grad_on_a_functional_copy": '''
import copy
import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch.func import functional_call, grad
from course.distributed import run_ranks

def ddp_step(model, x, y, lr, world_size=2):
    module = copy.deepcopy(model).cpu()
    names = [name for name, _ in module.named_parameters()]
    params = {name: p.detach() for name, p in module.named_parameters()}
    data = (x.detach().cpu(), y.detach().cpu())
    def on_rank(rank, world_size):
        xs, ys = data[0][rank::world_size], data[1][rank::world_size]
        loss = lambda ps: F.cross_entropy(functional_call(module, ps, (xs,)), ys)
        grads = grad(loss)(params)
        result = []
        for name in names:
            dist.all_reduce(grads[name], op=dist.ReduceOp.AVG)
            result.append(params[name] - lr * grads[name])
        return result
    return run_ranks(on_rank, world_size)
''',
    },
}
