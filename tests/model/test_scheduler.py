"""The scheduler alone, fed hand-built outputs: no model."""

import pytest

from model.scheduler import FinishReason, QueueFull, Scheduler, SchedulerOptions, Sequence

EOS = 99


def seq(prompt_len=3, max_new=4, priority=0):
    return Sequence(
        prompt_ids=list(range(1, prompt_len + 1)), max_new_tokens=max_new, priority=priority,
        eos_token_ids=frozenset({EOS}),
    )


def test_admits_up_to_max_batch_in_priority_then_arrival_order():
    sched = Scheduler(SchedulerOptions(max_batch=2, max_queue=10))
    text1, text2, voice = sched.add(seq()), sched.add(seq()), sched.add(seq(priority=1))
    out = sched.schedule()
    assert out.admitted == [voice, text1]
    assert out.running == [voice, text1]
    assert sched.stats() == {"running": 2, "queued": 1, "tokens_generated": 0}
    assert sched.schedule().admitted == []  # no free slot for text2 yet
    sched.update([voice, text1], [EOS, 5])
    out = sched.schedule()
    assert out.evicted == [voice] and out.admitted == [text2]
    assert out.running == [text1, text2]


def test_length_and_eos_finish_and_leave_the_batch_next_step():
    sched = Scheduler()
    a, b = sched.add(seq(max_new=2)), sched.add(seq(max_new=5))
    sched.schedule()
    assert sched.update([a, b], [1, 2]) == []
    assert sched.update([a, b], [3, EOS]) == [a, b]
    assert a.finish_reason is FinishReason.LENGTH and b.finish_reason is FinishReason.EOS
    assert a.output_ids == [1, 3] and b.output_ids == [2, EOS]
    out = sched.schedule()
    assert out.evicted == [a, b] and out.running == []
    assert sched.stats()["tokens_generated"] == 4


def test_abort_frees_a_running_slot_before_the_next_step():
    sched = Scheduler(SchedulerOptions(max_batch=1))
    a, b = sched.add(seq(max_new=100)), sched.add(seq())
    assert sched.schedule().running == [a]
    sched.abort(a.seq_id)
    out = sched.schedule()
    assert out.evicted == [a] and a.finish_reason is FinishReason.ABORTED
    assert out.admitted == [b] and out.running == [b]


def test_abort_of_a_waiting_sequence_removes_it_from_the_queue():
    sched = Scheduler(SchedulerOptions(max_batch=1))
    a, b, c = sched.add(seq()), sched.add(seq()), sched.add(seq())
    sched.schedule()
    sched.abort(b.seq_id)
    sched.update([a], [EOS])
    out = sched.schedule()
    assert out.admitted == [c] and b.finish_reason is FinishReason.ABORTED
    assert sched.stats()["queued"] == 0


def test_bounded_queue_refuses_past_max_queue():
    sched = Scheduler(SchedulerOptions(max_batch=1, max_queue=2))
    sched.add(seq())
    sched.schedule()  # one running
    sched.add(seq()), sched.add(seq())
    with pytest.raises(QueueFull):
        sched.add(seq())


def test_prefill_budget_splits_admission_but_always_admits_one():
    sched = Scheduler(SchedulerOptions(max_batch=8, prefill_token_budget=10))
    big, small1, small2 = sched.add(seq(prompt_len=50)), sched.add(seq(6)), sched.add(seq(6))
    assert sched.schedule().admitted == [big]
    assert sched.schedule().admitted == [small1]
    assert sched.schedule().admitted == [small2]


def test_finish_for_a_stop_string_and_fail_all():
    sched = Scheduler()
    a, b = sched.add(seq()), sched.add(seq())
    sched.schedule()
    sched.finish(a, FinishReason.STOP)
    assert sched.update([a], [4]) == [] and a.output_ids == []  # finished: no more tokens
    live = sched.fail_all()
    assert b in live and b.finish_reason is FinishReason.ABORTED
    assert sched.stats() == {"running": 0, "queued": 0, "tokens_generated": 0}
