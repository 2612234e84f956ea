"""Naming a wrong answer's misconception (course.grading.misconceptions), from its recorded calls or its failed cell.

The whole path (a tests cell run by the grader, its calls recorded, every mutant and honest variant of every
exercise graded) is in test_mutants.py; the report and class report in test_class_report.py's style here.
"""

from __future__ import annotations

import pytest
import torch

from course.grading.class_report import class_report_html
from course.authoring.course_dir import known_mistakes
from course.grading.misconceptions import FailedCell, diagnose
from course.outcomes import Call, measured, plain_copy, random_state, same
from course.grading.model import CellStatus, CellVerdict, ExerciseResult, Status, SubmissionResult, read_verdicts, \
    write_verdicts
from course.grading.report import build_report

REFERENCE = "def halve(x):\n    return x // 2\n"
KNOWN = [
    {"name": "true_division", "source": "def halve(x):\n    return x / 2\n", "explanation": "Floor, not divide."},
    {"name": "right_on_odd_only", "source": "def halve(x):\n    return x // 2 if x % 2 else x\n",
     "explanation": "Even numbers halve too."},
    {"name": "rounds_up", "source": "def halve(x):\n    return -(-x // 2)\n", "explanation": "Round down."},
]


def _calls(*pairs):
    return [Call((x,), {}, result=result, after=(x,)) for x, result in pairs]


def test_an_answer_that_behaves_like_a_known_mistake_on_every_call_is_named():
    named = diagnose(_calls((7, 3.5), (4, 2.0)), "halve", {}, REFERENCE, KNOWN)
    assert named is not None and named.name == "true_division" and named.explanation == "Floor, not divide."


def test_mistakes_these_inputs_cannot_tell_apart_are_all_named_the_first_first():
    """Two known mistakes that give the answer's outcomes on every call are both named, in the order they are
    listed (each one's student reads its own explanation); one that differs on a single call is not among them."""
    times_a_half = {"name": "times_a_half", "source": "def halve(x):\n    return x * 0.5\n",
                    "explanation": "Multiplying by 0.5 divides too."}
    odd_only_half = {"name": "halves_odd_as_floats", "source": "def halve(x):\n    return x / 2 if x % 2 else x // 2\n",
                     "explanation": "Even or odd, floor."}
    named = diagnose(_calls((7, 3.5), (4, 2.0)), "halve", {}, REFERENCE, [*KNOWN, times_a_half, odd_only_half])
    assert named.name == "true_division" and [m.name for m in named.alike] == ["times_a_half"]
    assert named.as_dict()["alike"] == [{"name": "times_a_half", "explanation": "Multiplying by 0.5 divides too."}]
    alone = diagnose(_calls((7, 3.5), (4, 2)), "halve", {}, REFERENCE, [*KNOWN, times_a_half, odd_only_half])
    assert alone.name == "halves_odd_as_floats" and alone.alike == () and "alike" not in alone.as_dict()


def test_the_feedback_output_and_the_verdicts_carry_every_mistake_named(tmp_path):
    from course.grading.misconceptions import misconception_output
    named = {"name": "true_division", "explanation": "Floor, not divide.",
             "alike": [{"name": "times_a_half", "explanation": "Multiplying by 0.5 divides too."}]}
    text = misconception_output(named)["data"]["text/plain"]
    assert "true_division" in text and "Floor, not divide." in text and "times_a_half" in text \
        and "Multiplying by 0.5 divides too." in text
    path = tmp_path / "v.json"
    write_verdicts(path, [CellVerdict(3, CellStatus.FAILED, "AssertionError: no", (), "test_halve", named)])
    assert read_verdicts(path)[3].misconception == named
    import json
    for alike in ("times_a_half", [{"name": "x"}], [{"name": "x", "explanation": "y", "alike": []}]):
        path.write_text(json.dumps({"3": {"status": "failed", "error": "", "flags": [], "grade_id": "t",
                                          "misconception": {**named, "alike": alike}}}))
        try:
            read_verdicts(path)
        except ValueError:
            continue
        raise AssertionError(f"a malformed alike list was read: {alike!r}")


def test_measured_results_are_compared_within_the_exercises_own_tolerance():
    """An exercise whose results are timings declares a tolerance (``MEASURED`` in its mutants file): a result 4 %
    from a mistake's is that mistake's within 10 %, never within the course's 1e-4; nor is the reference named."""
    reference = "def rate(n):\n    return n / 2.0\n"
    mistake = {"name": "slow_clock", "source": "def rate(n):\n    return n / 3.0\n", "explanation": "Time it right."}
    answer = _calls((6, 2.0 * 1.04), (9, 3.0 * 0.97))
    assert diagnose(answer, "rate", {}, reference, [mistake]) is None
    assert diagnose(answer, "rate", {}, reference, [{**mistake, "rtol": 0.1}]).name == "slow_clock"
    assert diagnose(_calls((6, 3.0 * 1.04)), "rate", {}, reference, [{**mistake, "rtol": 0.1}]) is None


def test_a_measured_exercise_is_replayed_on_a_clock_where_sleeps_take_no_time():
    """A busy machine stretches sleeps by more than a measured exercise's tolerance; its replays sleep on a clock of
    their own, so that the reference and a mistake that differ only by such noise always agree, exactly."""
    import time
    real = time.sleep, time.perf_counter, time.perf_counter_ns
    with measured(0.1):
        start, start_ns = time.perf_counter(), time.perf_counter_ns()
        time.sleep(3600)                                  # an hour on the clock, not waited for
        slept, slept_ns = time.perf_counter() - start, time.perf_counter_ns() - start_ns
        for bad, error in (("1", TypeError), (-1, ValueError)):
            with pytest.raises(error):
                time.sleep(bad)
    assert 3600 <= slept < 3600.5 and 3600e9 <= slept_ns < 3600.5e9
    assert (time.sleep, time.perf_counter, time.perf_counter_ns) == real
    with pytest.raises(KeyError), measured(0.1):
        raise KeyError("the real clock comes back whatever happens in the block")
    assert (time.sleep, time.perf_counter, time.perf_counter_ns) == real
    with measured(None):
        assert time.sleep is real[0]                      # an exercise that measures nothing keeps the real clock
    # the reference and a mistake that sleeps 5 % longer: on a real clock alike or not by chance, here never alike
    reference = "import time\ndef rate(n):\n    t = time.perf_counter()\n    time.sleep(0.2 * n)\n" \
                "    return n / (time.perf_counter() - t)\n"
    mistake = {"name": "slept_longer", "source": reference.replace("0.2 * n", "0.21 * n"), "explanation": "Time it.",
               "rtol": 0.01}
    assert diagnose(_calls((5, 5 / 1.05)), "rate", {}, reference, [mistake]).name == "slept_longer"
    assert diagnose(_calls((5, 5.0)), "rate", {}, reference, [mistake]) is None


def test_a_measured_answer_whose_values_stray_past_the_tolerance_is_still_named_by_its_failed_cell():
    """A busy machine can stretch the answer's own timings past the tolerance: a mistake that its calls cannot tell
    from the reference is then tried on the failed cell, whose message (here without numbers) tells it."""
    reference = "import time\ndef rate(n, tick):\n    t = time.perf_counter()\n    time.sleep(0.2)\n" \
                "    tick()\n    return n / (time.perf_counter() - t)\n"
    mistake = {"name": "ticks_twice", "source": reference.replace("tick()", "tick(); tick()"),
               "explanation": "Once per call.", "rtol": 0.1}
    tests = "ticks = []\nassert abs(rate(5, lambda: ticks.append(1)) - 25) < 10, 'rate'\n" \
            "assert len(ticks) == 1, 'rate must tick once'\n"
    stretched = [Call((5, print), {}, result=25 / 1.3, after=(5, print))]  # 30 % slower than the scripted sleep
    failed = FailedCell(tests, "AssertionError: rate must tick once", random_state())
    assert diagnose(stretched, "rate", {}, reference, [mistake], failed).name == "ticks_twice"
    exact = {k: v for k, v in mistake.items() if k != "rtol"}
    assert diagnose(stretched, "rate", {}, reference, [exact], failed) is None  # results not measured: calls decide
    other = FailedCell(tests, "AssertionError: rate", random_state())
    assert diagnose(stretched, "rate", {}, reference, [mistake], other) is None  # the cell fails otherwise


def test_a_mutants_file_declares_which_exercises_measure(root):
    known = known_mistakes(root, "46_gpu_compute")
    assert {m["name"]: m.get("rtol") for m in known["throughput"]}["cpu_time_not_wall_clock"] == 0.99  # its own
    assert {m.get("rtol") for m in known["throughput"] if m["name"] != "cpu_time_not_wall_clock"} == {0.1}
    assert all("rtol" not in m for m in known["count_macs"])


def test_a_mistake_must_match_every_call_not_just_one():
    # 7 → 4 is rounds_up's, 4 → 4 is right_on_odd_only's: neither describes both
    assert diagnose(_calls((7, 4), (4, 4)), "halve", {}, REFERENCE, KNOWN) is None


def test_a_mistake_the_inputs_cannot_tell_from_the_reference_names_nothing():
    # on odd inputs right_on_odd_only *is* the reference: an answer that failed for another reason is not it
    assert diagnose(_calls((7, 3), (5, 2)), "halve", {}, REFERENCE, KNOWN) is None


def test_an_answer_wrong_in_a_way_no_mistake_describes_gets_nothing():
    assert diagnose(_calls((7, 0), (4, 0)), "halve", {}, REFERENCE, KNOWN) is None


def test_types_and_raised_errors_count():
    assert diagnose(_calls((7, 3.0)), "halve", {}, REFERENCE, KNOWN) is None  # 3.0 is not 3.5, nor the int 3
    reference = "def halve(x):\n    return int(x) // 2\n"  # takes "7" too
    raising = [Call(("7",), {}, raised="TypeError")]
    no_conversion = [{"name": "no_conversion", "source": REFERENCE, "explanation": "Convert first."}]
    assert diagnose(raising, "halve", {}, reference, no_conversion).name == "no_conversion"  # "7" // 2: TypeError
    other_error = [{"name": "other", "source": "def halve(x):\n    return x.bit_length()\n", "explanation": "."}]
    assert diagnose(raising, "halve", {}, reference, other_error) is None  # an AttributeError is not a TypeError


def test_a_forbidden_call_is_replayed_under_the_same_refusal_and_named_by_what_it_reached():
    """A mistake that calls the library (values equal to the reference's) is named when the answer was refused
    the same call; a failed assertion of another kind, or another refusal, is not it."""
    import torch.nn.functional as F  # noqa: F401 - the mutants' and the reference's name for it
    reference = "def relu(x):\n    return x * (x > 0)\n"
    known = [{"name": "calls_F_relu", "source": "def relu(x):\n    return F.relu(x)\n", "explanation": "Compute it."}]
    names = {"F": F}
    refusal = ((("relu",), "write it yourself", None, True),)
    x = torch.tensor([-1.0, 2.0])
    refused = Call((x,), {}, raised="ForbiddenCall(aten.relu)", refusals=refusal)
    assert diagnose([refused], "relu", names, reference, known).name == "calls_F_relu"
    assert diagnose([Call((x,), {}, raised="AssertionError", refusals=refusal)], "relu", names, reference, known) is None
    other = Call((x,), {}, raised="ForbiddenCall(aten.clamp_min)", refusals=refusal)
    assert diagnose([other], "relu", names, reference, known) is None
    unrefused = Call((x,), {}, raised="ForbiddenCall(aten.relu)")  # no refusal recorded: F.relu just works
    assert diagnose([unrefused], "relu", names, reference, known) is None


CLASS_REFERENCE = "class Counter:\n    def __init__(self, start):\n        self.value = start\n" \
                  "    def step(self):\n        self.value += 1\n        return self.value\n"
CLASS_KNOWN = [
    {"name": "steps_by_two", "source": CLASS_REFERENCE.replace("+= 1", "+= 2"), "explanation": "One at a time."},
    {"name": "forgets_the_start", "source": CLASS_REFERENCE.replace("= start", "= 0"), "explanation": "Keep it."},
]
CLASS_TESTS = "c = Counter(5)\nassert c.step() == 6, f'Counter(5).step() should be 6, got {c.value}'\n" \
              "assert c.step() == 7, 'the second step'\n"


def _failed(error: str, source: str = CLASS_TESTS) -> FailedCell:
    return FailedCell(source, error, random_state())


def test_a_class_answer_is_named_by_the_tests_cell_run_again_on_each_mistake():
    """No call of a class can be replayed; the failed cell is, on every mistake: the one failing it with the
    answer's very error is named; another error, or one no mistake gives, names nothing."""
    named = diagnose([], "Counter", {}, CLASS_REFERENCE, CLASS_KNOWN,
                     _failed("AssertionError: Counter(5).step() should be 6, got 7"))
    assert named is not None and named.name == "steps_by_two"
    assert diagnose([], "Counter", {}, CLASS_REFERENCE, CLASS_KNOWN,
                    _failed("AssertionError: Counter(5).step() should be 6, got 1")).name == "forgets_the_start"
    for unknown in ("AssertionError: Counter(5).step() should be 6, got 8", "AssertionError: the second step",
                    "TypeError: Counter() takes no arguments", "NotImplementedError: "):
        assert diagnose([], "Counter", {}, CLASS_REFERENCE, CLASS_KNOWN, _failed(unknown)) is None, unknown


def test_the_cell_is_run_again_only_on_mistakes_that_agree_with_every_recorded_call():
    """A function's calls decide first; a mistake they rule out is not named by a matching error."""
    tests = "assert halve(7) == 3 and halve(4) == 2, 'halve is wrong'\n"
    error = "AssertionError: halve is wrong"
    assert diagnose([], "halve", {}, REFERENCE, KNOWN, _failed(error, tests)).name == "true_division"
    assert diagnose(_calls((7, 4)), "halve", {}, REFERENCE, KNOWN, _failed(error, tests)).name == "rounds_up"
    assert diagnose(_calls((7, 0)), "halve", {}, REFERENCE, KNOWN, _failed(error, tests)) is None


def test_a_call_is_replayed_in_the_random_state_it_was_made_in():
    """An answer that draws from the global generator (a missing seed) is replayed drawing the same numbers, and
    the grader's own random state is left as it was."""
    reference = "def noise(n):\n    torch.manual_seed(0)\n    return torch.randn(n)\n"
    known = [{"name": "no_seed", "source": "def noise(n):\n    return torch.randn(n)\n", "explanation": "Seed."}]
    names = {"torch": torch}
    torch.manual_seed(123)
    state = random_state()
    answer = Call((3,), {}, result=torch.randn(3), after=(3,), state=state)
    before = torch.get_rng_state()
    assert diagnose([answer], "noise", names, reference, known).name == "no_seed"
    assert torch.equal(torch.get_rng_state(), before)
    stateless = Call((3,), {}, result=answer.result, after=(3,))  # drawn from an unknown state: not theirs
    assert diagnose([stateless], "noise", names, reference, known) is None


def test_tensors_compare_within_tolerance_and_changes_to_the_inputs_count():
    reference = "def shift(t):\n    return t - t.mean()\n"
    known = [{"name": "in_place", "source": "def shift(t):\n    t -= t.mean()\n    return t\n", "explanation": "."}]
    x = torch.tensor([1.0, 2.0, 6.0])
    changed = Call((x.clone(),), {}, result=x - 3.0, after=(x - 3.0,))
    untouched = Call((x.clone(),), {}, result=x - 3.0 + 1e-7, after=(x.clone(),))
    assert diagnose([changed], "shift", {}, reference, known).name == "in_place"
    assert diagnose([untouched], "shift", {}, reference, known) is None


def test_what_cannot_be_replayed_is_refused_and_copies_share_nothing():
    x = torch.ones(2, requires_grad=True)
    copy = plain_copy(((x, [1, 2.5]), {"k": None}))
    assert copy[0][0] is not x and copy[0][0].requires_grad and same(copy[0][0], x)
    model = torch.nn.Linear(2, 2)
    assert plain_copy(model) is not model and same(plain_copy(model), model)  # the tests' own model is copied
    model.weight.grad = torch.ones(2, 2)
    assert not same(plain_copy(model), torch.nn.Linear(2, 2)) and same(plain_copy(model), model)
    for value in (object(), (x for x in [1]), torch.optim.Optimizer.__new__(type("Mine", (torch.optim.SGD,), {}))):
        try:
            plain_copy(value)
        except Exception as error:
            assert type(error).__name__ == "NotPlain"
        else:
            raise AssertionError(f"{value!r} was copied")
    assert not same((1, 2), [1, 2]) and not same(torch.ones(2), torch.ones(2, dtype=torch.float64))
    assert not same(x, x.detach()), "a result cut from the graph is not the same outcome"


def test_what_the_tests_hand_beside_a_model_stays_with_its_copy():
    """A layer or an optimizer passed beside its model (grad_cam(model, x, layer=model.conv), a training step)
    is the copy's own layer and optimizer; a seeded generator draws the same numbers; the tests' functions are
    shared, not copied."""
    model = torch.nn.Sequential(torch.nn.Conv2d(1, 2, 3), torch.nn.ReLU())
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    (twin, layer, theirs), keywords = plain_copy(((model, model[0], optimizer), {"layer": model[0]}))
    assert twin is not model and layer is twin[0] and keywords["layer"] is twin[0]
    assert theirs is not optimizer and theirs.param_groups[0]["params"][0] is twin[0].weight
    assert same(theirs, optimizer)
    model(torch.ones(1, 1, 4, 4)).sum().backward()
    optimizer.step()  # now it holds momentum buffers, the copy none
    assert not same(theirs, optimizer)
    generator = torch.Generator().manual_seed(3)
    copied = plain_copy(generator)
    assert torch.equal(torch.rand(3, generator=copied), torch.rand(3, generator=generator)) and same(copied, generator)
    torch.rand(1, generator=generator)
    assert not same(copied, generator)
    function = lambda t: t ** 3  # noqa: E731
    assert plain_copy((function, torch.sin)) == (function, torch.sin)


def test_the_course_mutant_files_give_every_mistake_its_explanation(root):
    known = known_mistakes(root, "03_conv_output_size")
    assert {m["name"] for m in known["conv_output_size"]} >= {"true_division", "round_division"}
    assert all(m["explanation"] and m["source"] for mistakes in known.values() for m in mistakes)
    assert known_mistakes(root, "no_such_notebook") == {}


def test_verdicts_reports_and_the_class_page_carry_the_misconception(tmp_path):
    named = {"name": "true_division", "explanation": "Floor, not divide."}
    path = tmp_path / "v.json"
    write_verdicts(path, [CellVerdict(3, CellStatus.FAILED, "AssertionError: no", (), "test_halve", named),
                          CellVerdict(4, CellStatus.PASSED, "", (), None)])
    verdicts = read_verdicts(path)
    assert verdicts[3].misconception == named and verdicts[4].misconception is None
    results = [SubmissionResult(s, "m01", [ExerciseResult("01_x", "test_halve", 0.0, 2.0, Status.GRADED, "no",
                                                          named if s != "carol" else None)])
               for s in ("alice", "bob", "carol")]
    report = build_report("m01", results)
    assert report["students"]["alice"]["exercises"]["01_x/test_halve"]["misconception"] == named
    assert "misconception" not in report["students"]["carol"]["exercises"]["01_x/test_halve"]
    assert report["misconceptions"] == {"01_x/test_halve": {"true_division": 2}}
    page = class_report_html(report)
    assert "Misconceptions" in page and "<td>true_division</td><td>2</td>" in page


def test_feedback_keeps_the_graders_naming_of_a_mistake_and_no_other_display(tmp_path):
    import nbformat

    from course.grading.feedback import HideHiddenTests
    from course.grading.misconceptions import misconception_output

    tests = nbformat.v4.new_code_cell("assert halve(7) == 3", metadata={
        "nbgrader": {"grade": True, "solution": False, "grade_id": "test_halve", "points": 1}})
    forged = {"output_type": "display_data", "data": {"text/plain": "hidden input 12345"}, "metadata": {}}
    tests.outputs = [nbformat.from_dict(forged), nbformat.from_dict(misconception_output(
        {"name": "true_division", "explanation": "Floor, not divide."}))]
    nb, _ = HideHiddenTests().preprocess(nbformat.v4.new_notebook(cells=[tests]), {})
    text = nbformat.writes(nb)
    assert "Floor, not divide." in text and "true_division" in text and "12345" not in text
