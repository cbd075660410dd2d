"""Admission, priorities and slots for the generation engine.

The scheduler decides, once per engine step, which sequences leave the running batch
(finished or aborted) and which waiting ones join it. It knows nothing about tensors: the
engine feeds it the tokens each step produced (`update`) and it answers which sequences are
done, so it is tested with hand-built outputs and no model.

Waiting sequences are ordered by priority (higher first: voice turns before text ones), then
by arrival. The waiting queue is bounded: `add` raises `QueueFull` past `max_queue`, which
the engine turns into back-pressure for the caller.

Thread model: `add` and `abort` come from the event loop; `schedule` and `update` from the
engine's worker thread. One lock guards the shared state.
"""

from __future__ import annotations

import enum
import heapq
import itertools
import threading
from dataclasses import dataclass, field
from typing import Any


class QueueFull(Exception):
    """The waiting queue holds `max_queue` sequences already."""


class FinishReason(enum.StrEnum):
    LENGTH = "length"  # max_new_tokens reached
    EOS = "eos"  # the model ended its reply
    STOP = "stop"  # a stop string appeared
    ABORTED = "aborted"  # the caller went away
    REPEAT = "repeat"  # the reply began to say the same thing over and over
    RETRY = "retry"  # the engine started the reply over in another sequence


@dataclass(frozen=True)
class SchedulerOptions:
    max_batch: int = 32  # sequences decoded together in one forward pass
    max_queue: int = 128  # waiting sequences before `add` refuses (back-pressure)
    prefill_token_budget: int = 2048  # prompt tokens admitted per step, so decoding keeps flowing


@dataclass(eq=False)
class Sequence:
    """One request's state from admission to its last token."""

    prompt_ids: list[int]
    max_new_tokens: int
    priority: int = 0
    eos_token_ids: frozenset[int] = frozenset()
    seq_id: int = -1  # set by the scheduler
    output_ids: list[int] = field(default_factory=list)
    finish_reason: FinishReason | None = None
    payload: Any = None  # what the engine attaches (the caller's output channel)

    @property
    def finished(self) -> bool:
        return self.finish_reason is not None


@dataclass(frozen=True)
class SchedulerOutput:
    """What one step does: drop `evicted` from the batch, prefill `admitted`, decode `running`."""

    evicted: list[Sequence]  # were in the batch, must leave it before this step's forward
    admitted: list[Sequence]  # join the batch this step (need a prefill)
    running: list[Sequence]  # every sequence in the batch after admission, in admission order

    @property
    def is_empty(self) -> bool:
        return not (self.evicted or self.admitted or self.running)


class Scheduler:
    def __init__(self, options: SchedulerOptions = SchedulerOptions()) -> None:
        assert options.max_batch >= 1 and options.max_queue >= 0
        self.options = options
        self._lock = threading.Lock()
        self._ids = itertools.count()
        self._waiting: list[tuple[int, int, Sequence]] = []  # heap of (-priority, seq_id, seq)
        self._running: list[Sequence] = []
        self._leaving: list[Sequence] = []  # finished or aborted, still holding a batch row
        self._aborted: set[int] = set()
        self.tokens_generated = 0

    # -- event-loop side ------------------------------------------------------------------

    def add(self, seq: Sequence) -> Sequence:
        with self._lock:
            if len(self._waiting) >= self.options.max_queue and not self._has_free_slot():
                raise QueueFull(f"{len(self._waiting)} requests are waiting already")
            seq.seq_id = next(self._ids)
            heapq.heappush(self._waiting, (-seq.priority, seq.seq_id, seq))
            return seq

    def abort(self, seq_id: int) -> None:
        """Free the sequence's slot before the next step (no-op if it already finished)."""
        with self._lock:
            self._aborted.add(seq_id)

    # -- worker side ----------------------------------------------------------------------

    def schedule(self) -> SchedulerOutput:
        with self._lock:
            self._apply_aborts()
            evicted = self._leaving
            self._leaving = []
            admitted: list[Sequence] = []
            budget = self.options.prefill_token_budget
            while self._waiting and len(self._running) < self.options.max_batch:
                seq = self._waiting[0][2]
                # One prompt is always admitted, even a long one, so nothing starves.
                if admitted and len(seq.prompt_ids) > budget:
                    break
                heapq.heappop(self._waiting)
                budget -= len(seq.prompt_ids)
                admitted.append(seq)
                self._running.append(seq)
            return SchedulerOutput(evicted=evicted, admitted=admitted, running=list(self._running))

    def update(self, seqs: list[Sequence], token_ids: list[int]) -> list[Sequence]:
        """Record one new token per sequence; return those that finished by length or EOS."""
        assert len(seqs) == len(token_ids)
        done = []
        with self._lock:
            for seq, token in zip(seqs, token_ids, strict=True):
                if seq.finished:
                    continue
                seq.output_ids.append(token)
                self.tokens_generated += 1
                if token in seq.eos_token_ids:
                    self._finish(seq, FinishReason.EOS)
                elif len(seq.output_ids) >= seq.max_new_tokens:
                    self._finish(seq, FinishReason.LENGTH)
                if seq.finished:
                    done.append(seq)
        return done

    def finish(self, seq: Sequence, reason: FinishReason) -> None:
        """End a sequence for a reason only the engine sees (a stop string in its text)."""
        with self._lock:
            if not seq.finished:
                self._finish(seq, reason)

    def fail_all(self) -> list[Sequence]:
        """Drop every sequence (the engine is stopping or broke); return those that were live."""
        with self._lock:
            live = [s for _, _, s in self._waiting] + self._running
            self._waiting.clear()
            self._running.clear()
            self._leaving.clear()
            for seq in live:
                seq.finish_reason = FinishReason.ABORTED
            return live

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {
                "running": len(self._running),
                "queued": len(self._waiting),
                "tokens_generated": self.tokens_generated,
            }

    @property
    def has_work(self) -> bool:
        with self._lock:
            return bool(self._waiting or self._running or self._leaving or self._aborted)

    # -- internals (lock held) ------------------------------------------------------------

    def _has_free_slot(self) -> bool:
        return len(self._running) + len(self._waiting) < self.options.max_batch

    def _finish(self, seq: Sequence, reason: FinishReason) -> None:
        seq.finish_reason = reason
        if seq in self._running:
            self._running.remove(seq)
            self._leaving.append(seq)

    def _apply_aborts(self) -> None:
        if not self._aborted:
            return
        waiting = []
        for item in self._waiting:
            if item[2].seq_id in self._aborted:
                item[2].finish_reason = FinishReason.ABORTED
            else:
                waiting.append(item)
        if len(waiting) != len(self._waiting):
            heapq.heapify(waiting)
            self._waiting = waiting
        for seq in list(self._running):
            if seq.seq_id in self._aborted:
                self._finish(seq, FinishReason.ABORTED)
        self._aborted.clear()
