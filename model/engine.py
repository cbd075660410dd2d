"""The generation engine: one per process, shared by every session.

Requests join and leave a running batch between steps (continuous batching). A worker thread
owns the model and loops schedule -> execute -> update:

* schedule (`model.scheduler`): evict finished and cancelled sequences, admit waiting ones
  (higher priority first: voice turns before text), within `max_batch` slots;
* execute (`model.executor`): prefill the admitted prompts, then one decode step for the
  whole batch over a shared left-padded KV cache;
* update: greedy pick under each request's copying mask (`model.copying`), incremental
  detokenizing, stop strings, and delivery of text pieces to the caller's event loop.

`stream()` is an async generator; closing it or cancelling its consumer aborts the sequence,
and its batch row is dropped before the next forward pass.

Why not transformers' own continuous batching (`generate_batch`, `ContinuousBatchingManager`
in transformers 5.24)? It runs on CPU, streams and cancels, but its scheduler is first come,
first served (no priorities), and its logits processing takes only built-in per-request
temperature/top-k/top-p, so the per-request copying constraint cannot be applied. It was
also slower. `python -m model.bench --random-weights` (the bundled architecture and
tokenizer, prompts of ~360 tokens, every reply 48 tokens, one thread, on a shared 2-core
machine) measured in one run: sequential `generate()` 27.8 tokens/s, `generate_batch` over
20 prompts 78.9 tokens/s (2.8x), this engine 151.7 tokens/s at 20 streams (5.5x) and 157.0
at 50 (5.6x). So the engine is a compact scheduler of its own over the model's forward pass
and a batched KV cache.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass

import torch

from model.copying import CopyConstraint, FigureGate, TokenTable
from model.detokenizer import IncrementalDecoder, StopMatcher
from model.executor import BatchExecutor
from model.loading import LoadedModel
from model.prompt import MISSING_PRODUCT_REPLY
from model.scheduler import FinishReason, QueueFull, Scheduler, SchedulerOptions, Sequence


class Busy(Exception):
    """Too many requests are waiting; retry later."""


class Unavailable(Exception):
    """The engine is not running (not started, closed, or broken)."""


@dataclass(frozen=True)
class EngineOptions:
    max_batch: int = 32  # sequences decoded together per forward pass
    max_queue: int = 128  # waiting requests before `stream` raises Busy
    prefill_token_budget: int = 2048  # prompt tokens prefilled per step
    stop: tuple[str, ...] = ()  # stop strings for every request, besides the model's EOS
    copy_figures: bool = True  # numbers, prices and ids only as the context holds them
    stop_loops: bool = True  # end a reply that starts repeating itself (see `repeating`)
    idle_wait_s: float = 0.05  # how long the idle worker sleeps between checks


_END = object()  # end of a stream
# The opening of the reply for a product the shop lacks (see `Engine._watch`).
_NOT_FOUND = MISSING_PRODUCT_REPLY.split(".")[0]
_BRANCHES = 8  # the likeliest other tokens looked at for a branch to start a reply over from


def repeating(text: str, *, shortest: int = 4, longest: int = 60) -> bool:
    """Whether the text ends by going round in a loop: a span of `shortest` or more characters
    said three times in a row, or one of 15 or more said twice ("558 available)558 available)
    558 available)"). Greedy decoding of a small model can fall into one and never leave."""
    n = len(text)
    for span in range(shortest, min(longest, n // 2) + 1):
        last = text[n - span:]
        if text[n - 2 * span : n - span] == last and (
                span >= 15 or text[max(0, n - 3 * span) : n - 2 * span] == last):
            return True
    return False


@dataclass(eq=False)
class _Channel:
    """Where one request's output goes: an asyncio queue on the caller's loop."""

    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue
    decoder: IncrementalDecoder
    stops: StopMatcher
    constraint: CopyConstraint | None
    gate: FigureGate | None  # holds back a figure until it is whole
    seq: Sequence | None = None  # the sequence writing this reply now
    # Reply openings that must not be sent (see `Engine._watch`), and what is held back
    # meanwhile; per token so far: (token, its log-probability, the best other, its).
    avoid: tuple[str, ...] = ()
    held: str = ""
    path: list[tuple[int, float, int, float]] | None = None

    def release(self, piece: str, *, final: bool) -> str:
        """Text that may be shown after stop strings and unfinished figures are held back."""
        text = self.stops.feed(piece)
        if final:
            text += self.stops.flush()
        if self.gate is not None:
            text = self.gate.feed(text) + (self.gate.flush() if final else "")
        return text

    def send(self, item: object) -> None:
        with contextlib.suppress(RuntimeError):  # the caller's loop is gone: nobody listens
            self.loop.call_soon_threadsafe(self.queue.put_nowait, item)


class Engine:
    def __init__(self, lm: LoadedModel, options: EngineOptions = EngineOptions()) -> None:
        self.lm = lm
        self.options = options
        self.scheduler = Scheduler(
            SchedulerOptions(
                max_batch=options.max_batch,
                max_queue=options.max_queue,
                prefill_token_budget=options.prefill_token_budget,
            )
        )
        tokenizer = lm.tokenizer
        pad = tokenizer.pad_token_id
        pad = pad if pad is not None else min(lm.eos_token_ids, default=0)
        self.executor = BatchExecutor(lm.model, pad_token_id=pad)
        vocab = lm.model.get_output_embeddings().weight.shape[0]
        self.tokens = TokenTable(tokenizer, vocab) if options.copy_figures else None
        self._thread: threading.Thread | None = None
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._failure: BaseException | None = None
        self.steps = 0
        self.retries = 0  # replies started over (see `_retry`)

    # -- lifecycle ------------------------------------------------------------------------

    def start(self) -> Engine:
        if self._thread is not None:
            return self
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="lm-engine", daemon=True)
        self._thread.start()
        return self

    async def close(self) -> None:
        thread, self._thread = self._thread, None
        self._stopping.set()
        self._wake.set()
        if thread is not None:
            await asyncio.to_thread(thread.join)
        self._fail_all(Unavailable("the language model engine stopped"))

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self._failure is None

    def stats(self) -> dict[str, int | bool]:
        return {**self.scheduler.stats(), "steps": self.steps, "retries": self.retries,
                "healthy": self.running}

    # -- the Generator protocol -----------------------------------------------------------

    async def stream(
        self,
        messages: list[dict[str, str]],
        *,
        max_new_tokens: int,
        priority: int = 0,
        context: str = "",
        stop: tuple[str, ...] = (),
        avoid: tuple[str, ...] = (),
        opening: str = "",
    ) -> AsyncIterator[str]:
        """Yield the reply in text pieces as tokens are produced (see `app.services`).
        `avoid`: openings the reply must not take (the caller knows them to be false); a
        reply that takes one starts over from the model's best other branch. `opening`: the
        reply's first words, given (the caller knows what kind of reply is right); the model
        writes the rest, and `avoid` no longer applies."""
        if not self.running:
            raise Unavailable("the language model engine is not running") from self._failure
        opening = opening.strip()
        rendered = self.lm.render(messages)
        begun = self.lm.render(messages, opening) if opening else rendered
        if begun[:len(rendered)] != rendered:  # a template that writes the turn otherwise
            begun, opening = rendered, ""
        prompt, max_new_tokens = self._fit(begun, max_new_tokens)
        constraint = None
        if self.tokens is not None:
            constraint = CopyConstraint.from_context(
                self.tokens, context, lexicon=self.lm.lexicon,
                replies="\n".join(str(m.get("content", "")) for m in messages
                                  if m.get("role") == "assistant"),
                shopper_text="\n".join(str(m.get("content", "")) for m in messages
                                       if m.get("role") == "user"),
                message=next((str(m.get("content", "")) for m in reversed(messages)
                              if m.get("role") == "user"), ""))
        channel = _Channel(
            loop=asyncio.get_running_loop(),
            queue=asyncio.Queue(),
            decoder=IncrementalDecoder(self.lm.tokenizer),
            stops=StopMatcher(self.options.stop + tuple(stop)),
            constraint=constraint,
            gate=FigureGate(constraint) if constraint else None,
        )
        if constraint is not None and constraint.vocabulary is not None \
                and constraint.named_in_full:
            avoid = (*avoid, _NOT_FOUND)
        if opening:  # the reply's first words are the prompt's last: they go out first
            avoid = ()
            text = "".join(channel.decoder.push(t) for t in begun[len(rendered):])
            channel.send(channel.release(text, final=False))
        if avoid:
            channel.avoid, channel.path = tuple(a.lower() for a in avoid if a), []
        seq = Sequence(
            prompt_ids=prompt,
            max_new_tokens=max_new_tokens,
            priority=priority,
            eos_token_ids=self.lm.eos_token_ids,
            payload=channel,
        )
        channel.seq = seq
        try:
            self.scheduler.add(seq)
        except QueueFull as e:
            raise Busy(str(e)) from e
        self._wake.set()
        try:
            while True:
                item = await channel.queue.get()
                if item is _END:
                    return
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            if not channel.seq.finished:  # the sequence writing the reply now (see `_retry`)
                self.scheduler.abort(channel.seq.seq_id)
                self._wake.set()

    def _fit(self, prompt: list[int], max_new_tokens: int) -> tuple[list[int], int]:
        """Prompt and reply within the context window: the whole prompt, the reply shortened
        to the room left when that is at least a quarter of the window (or all it asked);
        otherwise the prompt's tail, the reply up to half the window. (A long policy answer
        asked for up to 610 tokens: its prompt had lost its head, facts and all, and the
        model said it could not find the product.)"""
        window = self.lm.context_window
        room = window - len(prompt)
        if room >= min(max_new_tokens, window // 4):
            return prompt, max(1, min(max_new_tokens, room))
        max_new_tokens = max(1, min(max_new_tokens, window // 2))
        return prompt[-(window - max_new_tokens) :], max_new_tokens

    # -- the worker -----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            with torch.no_grad():  # not inference_mode: torchao int8 tensors need version counters
                while not self._stopping.is_set():
                    if not self.scheduler.has_work:
                        self._wake.wait(self.options.idle_wait_s)
                        self._wake.clear()
                        continue
                    self._step()
        except BaseException as e:  # a broken model must not leave callers waiting forever
            self._failure = e
            self._fail_all(Unavailable(f"the language model engine failed: {e!r}"))

    def _step(self) -> None:
        plan = self.scheduler.schedule()
        if plan.evicted:
            self.executor.remove({seq.seq_id for seq in plan.evicted})
            for seq in plan.evicted:
                if seq.finish_reason is FinishReason.ABORTED:
                    seq.payload.send(_END)
        if plan.admitted:
            logits = self.executor.prefill(
                [s.seq_id for s in plan.admitted], [s.prompt_ids for s in plan.admitted]
            )
            self._update(plan.admitted, logits)
        live = {s.seq_id: s for s in plan.running if not s.finished}
        if live:
            logits = self.executor.decode()  # (B, V), one row per batch row
            rows = [i for i, sid in enumerate(self.executor.rows) if sid in live]
            self._update([live[self.executor.rows[i]] for i in rows], logits[rows])
        self.steps += 1

    def _update(self, seqs: list[Sequence], logits: torch.Tensor) -> None:
        """Pick each sequence's next token (greedy, under its copying mask) and deliver it."""
        watched = {row: logits[row].float().log_softmax(-1)
                   for row, seq in enumerate(seqs) if seq.payload.avoid}
        for row, seq in enumerate(seqs):
            constraint = seq.payload.constraint
            if constraint is not None:
                constraint.restrict(logits[row], seq.payload.decoder.text, seq.eos_token_ids)
        tokens = logits.argmax(dim=-1).tolist()
        self.executor.set_next_inputs([s.seq_id for s in seqs], tokens)
        self.scheduler.update(seqs, tokens)
        for row, (seq, token) in enumerate(zip(seqs, tokens, strict=True)):
            channel: _Channel = seq.payload
            piece = "" if token in seq.eos_token_ids else channel.decoder.push(token)
            if channel.avoid:
                piece = self._watch(seq, token, watched[row], piece)
                if piece is None:  # held back, or the reply starts over
                    continue
            text = channel.release(piece, final=seq.finished)
            if channel.stops.stopped and not seq.finished:
                self.scheduler.finish(seq, FinishReason.STOP)
                text += channel.release("", final=True)
            elif self.options.stop_loops and not seq.finished \
                    and repeating(channel.decoder.text):
                self.scheduler.finish(seq, FinishReason.REPEAT)
                text += channel.release("", final=True)
            if text:
                channel.send(text)
            if seq.finished:
                channel.send(_END)

    def _watch(self, seq: Sequence, token: int, logprobs: torch.Tensor, piece: str) -> str | None:
        """A reply that must not open with one of `channel.avoid` ("Sorry, I could not find
        that product" when the shopper named a product the facts hold): its text is held back
        while it could still become such an opening. If it does, the reply starts over from the
        model's best other branch along the way (`_retry`); once it departs, the held text
        goes out. Returns the text to release now, or None. `logprobs` is the row's own
        log-softmax, changed here."""
        channel: _Channel = seq.payload
        text = channel.decoder.text.lstrip().lower()
        chosen = float(logprobs[token])
        logprobs[token] = float("-inf")
        for eos in seq.eos_token_ids:
            logprobs[eos] = float("-inf")
        alt, alt_score = self._other_branch(channel, logprobs)
        channel.path.append((token, chosen, alt, alt_score))
        if any(text.startswith(a) for a in channel.avoid):
            if self._retry(seq):
                return None
        elif any(a.startswith(text) for a in channel.avoid) and not seq.finished:
            channel.held += piece
            return None
        piece, channel.held, channel.avoid = channel.held + piece, "", ()
        return piece

    def _other_branch(self, channel: _Channel, logprobs: torch.Tensor) -> tuple[int, float]:
        """The best token, other than the one taken, at this place of the reply whose text
        does not take, and could not become, an opening to avoid (another spelling of the
        same word would: " the" and " th" "e"); -inf when none of the likeliest does."""
        before = [token for token, *_ in channel.path]
        scores, tokens = logprobs.topk(_BRANCHES)
        for score, token in zip(scores.tolist(), tokens.tolist(), strict=True):
            text = self.lm.tokenizer.decode(before + [token]).lstrip().lower()
            if not any(text.startswith(a) or a.startswith(text) for a in channel.avoid):
                return token, score
        return int(tokens[0]), float("-inf")

    def _retry(self, seq: Sequence) -> bool:
        """Start the reply over: forced through the branch of `channel.path` whose other
        token scores best (the log-probability of the path to it plus its own), then free."""
        channel: _Channel = seq.payload
        path, best, score, before = channel.path, 0, float("-inf"), 0.0
        for i, (_, chosen, _, alt_score) in enumerate(path):
            if before + alt_score > score:
                best, score = i, before + alt_score
            before += chosen
        if score == float("-inf"):
            return False  # no other branch: the reply goes on as it was
        forced = [token for token, *_ in path[:best]] + [path[best][2]]
        again = Sequence(prompt_ids=seq.prompt_ids + forced,
                         max_new_tokens=max(1, seq.max_new_tokens - len(forced)),
                         priority=seq.priority, eos_token_ids=seq.eos_token_ids,
                         payload=channel)
        try:
            self.scheduler.add(again)
        except QueueFull:
            return False  # no room to start over: the reply goes on as it was
        self.scheduler.finish(seq, FinishReason.RETRY)
        self.retries += 1
        channel.seq, channel.held, channel.avoid, channel.path = again, "", (), None
        channel.decoder = IncrementalDecoder(self.lm.tokenizer)
        if channel.constraint is not None:
            channel.constraint = channel.constraint.fresh()
            channel.gate = FigureGate(channel.constraint)
        text = "".join(channel.decoder.push(token) for token in forced)
        text = channel.release(text, final=False)
        if text:
            channel.send(text)
        return True

    def _fail_all(self, error: Exception) -> None:
        for seq in self.scheduler.fail_all():
            if seq.payload is not None:
                seq.payload.send(error)
