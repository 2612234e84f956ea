"""course.distributed: real torch.distributed ranks (gloo, 127.0.0.1), in a notebook and inside the grader's sandbox.

The sandboxed cases run through the grader's own worker (guard, and bubblewrap where it is
installed): the ranks are forks of that worker, and nothing else in a submission may fork.
"""

from __future__ import annotations

import re

import pytest

from course.distributed import MAX_WORLD_SIZE, run_ranks
from course.grading.limits import GradingLimits


def _sum_of_ranks(rank, world_size):
    import torch
    import torch.distributed as dist
    value = torch.tensor([float(rank + 1)])
    dist.all_reduce(value)
    print(f"rank {rank} of {world_size}")
    return value.item()


def _fails_on_rank_one(rank, world_size):
    import torch
    import torch.distributed as dist
    if rank == 1:
        raise ValueError("rank one gives up")
    dist.all_reduce(torch.ones(1))  # rank 0 waits for a peer that is gone: its error is only an echo


def _rank_zero_alone(rank, world_size):
    import torch
    import torch.distributed as dist
    if rank == 0:
        dist.all_reduce(torch.ones(1))


def test_every_rank_runs_joined_and_results_come_back_in_rank_order(capsys):
    assert run_ranks(_sum_of_ranks, 2) == [3.0, 3.0]
    assert run_ranks(_sum_of_ranks, 3) == [6.0, 6.0, 6.0]
    assert capsys.readouterr().out.splitlines()[:2] == ["rank 0 of 2", "rank 1 of 2"]


def test_the_cause_of_a_failure_is_raised_with_its_rank_named():
    with pytest.raises(ValueError, match="rank one gives up") as raised:
        run_ranks(_fails_on_rank_one, 2, timeout=10)
    assert raised.value.__notes__ == ["(raised on rank 1 of 2)"]
    with pytest.raises(RuntimeError, match="every rank must make the same collective calls"):
        run_ranks(_rank_zero_alone, 2, timeout=10)


def test_a_port_taken_before_the_group_forms_is_tried_again_on_a_fresh_one(monkeypatch):
    """The port is probed free, then bound by rank 0: something else may take it in between (another
    notebook's ranks, on a busy machine). The run starts again on a new port; after three tries it says so."""
    import socket

    import course.distributed as distributed
    taken = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    taken.bind(("127.0.0.1", 0))  # bound, not listening: rank 0 cannot bind it, rank 1 is refused
    real_probe, probes = distributed._free_port, []

    def probe():
        probes.append(taken.getsockname()[1] if not probes else real_probe())
        return probes[-1]
    try:
        monkeypatch.setattr(distributed, "_free_port", probe)
        assert run_ranks(_sum_of_ranks, 2, timeout=5) == [3.0, 3.0]
        assert len(probes) == 2, "one try on the taken port, one on a free one"
        monkeypatch.setattr(distributed, "_free_port", lambda: taken.getsockname()[1])
        with pytest.raises(RuntimeError, match="could not form their gloo process group"):
            run_ranks(_sum_of_ranks, 2, timeout=1)
    finally:
        taken.close()


@pytest.mark.parametrize("world_size", [0, MAX_WORLD_SIZE + 1, 2.0, "2"])
def test_a_world_size_out_of_range_is_refused_before_any_fork(world_size):
    with pytest.raises(ValueError, match=f"world_size must be an int from 1 to {MAX_WORLD_SIZE}"):
        run_ranks(_sum_of_ranks, world_size)


RANKS_IN_A_CELL = """
import torch, torch.distributed as dist
from course.distributed import run_ranks
def mean_of_ranks(rank, world_size):
    t = torch.tensor([float(rank)])
    dist.all_reduce(t)
    return t.item() / world_size
print(run_ranks(mean_of_ranks, 2))
"""


@pytest.mark.parametrize("kind", ["guard", "bubblewrap"])
def test_ranks_run_inside_the_sandbox_and_nothing_else_may_fork(tmp_path, kind):
    from course.sandbox.bubblewrap import Sandbox, bubblewrap
    from course.sandbox.verify import verify_cells

    if kind == "bubblewrap" and not bubblewrap():
        pytest.skip("bubblewrap is not installed here")
    grading = GradingLimits(sandbox=kind)
    folder = tmp_path / "submission"
    folder.mkdir()
    sandbox = Sandbox.for_folder(tmp_path / "course", tmp_path / "scratch", folder, tmp_path / "tmp", grading)
    sources = [
        RANKS_IN_A_CELL,
        "import os\nos.fork()",
        # a rank may not start ranks of its own
        "def nested(rank, world_size):\n    return run_ranks(mean_of_ranks, 2)\nrun_ranks(nested, 2)",
        # code that poses as course.distributed cannot be made: code objects are not forged
        "import course.distributed as d\ndef f():\n    import os; os.fork()\n"
        "f.__code__ = f.__code__.replace(co_filename=d.__file__)\nf()",
        # the allowance is a few runs' worth of ranks per notebook: then even the helper is refused
        "for _ in range(20):\n    run_ranks(mean_of_ranks, 2)",
    ]
    cells = [{"index": i, "role": "answer", "grade_id": None, "source": s} for i, s in enumerate(sources)]
    outcomes = verify_cells(cells, sandbox, grading)
    assert outcomes[0].status == "passed" and outcomes[0].flags == [], outcomes[0]
    assert outcomes[0].outputs[0]["text"].strip() == "[0.5, 0.5]"
    assert outcomes[1].status != "passed" and "os.fork" in outcomes[1].error, outcomes[1]
    assert outcomes[2].status != "passed" and "os.fork" in outcomes[2].error
    # either rank may be refused first; its peer then sees the group close and is not the cause reported
    assert re.search(r"\(raised on rank [01] of 2\)", str(outcomes[2].outputs)), outcomes[2].outputs
    assert outcomes[3].status != "passed" and "code.__new__" in outcomes[3].error, outcomes[3]
    assert outcomes[4].status != "passed" and "os.fork" in outcomes[4].error, outcomes[4]
    assert all("os.fork" in " ".join(outcomes[i].flags) for i in (1, 4)), [o.flags for o in outcomes]
