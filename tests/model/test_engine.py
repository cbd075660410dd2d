"""The batching engine on a tiny random Mixtral: real forward passes, real threads."""

import asyncio
import re

import pytest
import torch

from model.copying import figures
from model.engine import Busy, Engine, EngineOptions, Unavailable
from model.loading import load


def messages(i: int) -> list[dict[str, str]]:
    # Prompts of different lengths, so batch rows carry different left padding.
    return [{"role": "user", "content": "is the red kettle " * (i % 4 + 1) + f"number {i}"}]


def sequential_greedy(lm, msgs, max_new_tokens: int) -> str:
    ids = lm.render(msgs)
    with torch.no_grad():
        out = lm.model.generate(torch.tensor([ids]), max_new_tokens=max_new_tokens, do_sample=False)
    reply = [t for t in out[0, len(ids) :].tolist() if t not in lm.eos_token_ids]
    return lm.tokenizer.decode(reply, skip_special_tokens=True)


async def collect(engine, msgs, **kwargs) -> str:
    return "".join([piece async for piece in engine.stream(msgs, **kwargs)])


@pytest.fixture
async def engine(tiny_mixtral):
    engine = Engine(tiny_mixtral, EngineOptions(copy_figures=False, stop_loops=False)).start()
    yield engine
    await engine.close()


async def test_concurrent_streams_match_sequential_greedy(tiny_mixtral, engine):
    n, max_new = 10, 24
    replies = await asyncio.gather(
        *(collect(engine, messages(i), max_new_tokens=max_new) for i in range(n))
    )
    expected = [sequential_greedy(tiny_mixtral, messages(i), max_new) for i in range(n)]
    assert replies == expected
    stats = engine.stats()
    assert stats["tokens_generated"] >= n * 2
    assert stats["steps"] < stats["tokens_generated"] / 2, "streams shared forward passes"
    assert stats["running"] == 0 and stats["queued"] == 0


async def test_requests_joining_and_leaving_mid_flight_keep_their_text(tiny_mixtral, engine):
    """Staggered arrivals and different lengths: rows retire, compact and join between steps."""
    lengths = [30, 5, 18, 9, 26, 3, 14, 22]

    async def staggered(i):
        await asyncio.sleep(0.002 * i)
        return await collect(engine, messages(i), max_new_tokens=lengths[i])

    replies = await asyncio.gather(*(staggered(i) for i in range(len(lengths))))
    assert replies == [sequential_greedy(tiny_mixtral, messages(i), n) for i, n in enumerate(lengths)]
    assert engine.executor.live_rows == 0


async def test_pieces_stream_one_token_at_a_time(engine):
    pieces = [p async for p in engine.stream(messages(1), max_new_tokens=12)]
    assert len(pieces) > 3 and all(pieces)


async def test_closing_the_stream_frees_the_slot_for_the_next_request(tiny_mixtral):
    engine = Engine(tiny_mixtral, EngineOptions(max_batch=1, copy_figures=False, stop_loops=False)).start()
    try:
        first = engine.stream(messages(0), max_new_tokens=120)
        await anext(first)
        waiting = asyncio.create_task(collect(engine, messages(1), max_new_tokens=5))
        await first.aclose()
        assert await asyncio.wait_for(waiting, 10)
        assert engine.stats()["tokens_generated"] < 60, "the closed stream stopped generating"
    finally:
        await engine.close()


async def test_cancelling_the_consumer_aborts_its_sequence(tiny_mixtral):
    engine = Engine(tiny_mixtral, EngineOptions(max_batch=1, copy_figures=False, stop_loops=False)).start()
    try:
        started = asyncio.Event()

        async def consume():
            async for _ in engine.stream(messages(0), max_new_tokens=120):
                started.set()

        task = asyncio.create_task(consume())
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await collect(engine, messages(2), max_new_tokens=4)
        assert engine.stats()["tokens_generated"] < 60
    finally:
        await engine.close()


async def test_full_queue_raises_busy(tiny_mixtral):
    engine = Engine(tiny_mixtral, EngineOptions(max_batch=1, max_queue=1, copy_figures=False))
    engine.start()
    try:
        running = engine.stream(messages(0), max_new_tokens=120)
        await anext(running)
        queued = asyncio.create_task(collect(engine, messages(1), max_new_tokens=3))
        await asyncio.sleep(0)  # let it enter the queue
        with pytest.raises(Busy):
            await collect(engine, messages(2), max_new_tokens=3)
        await running.aclose()
        assert await queued
    finally:
        await engine.close()


async def test_voice_turns_are_admitted_before_waiting_text_turns(tiny_mixtral):
    engine = Engine(tiny_mixtral, EngineOptions(max_batch=1, copy_figures=False, stop_loops=False)).start()
    order: list[str] = []

    async def turn(name, priority):
        async for _ in engine.stream(messages(3), max_new_tokens=3, priority=priority):
            order.append(name)

    try:
        blocker = engine.stream(messages(0), max_new_tokens=120)
        await anext(blocker)
        text = asyncio.create_task(turn("text", 0))
        await asyncio.sleep(0)
        voice = asyncio.create_task(turn("voice", 1))
        await asyncio.sleep(0)
        await blocker.aclose()
        await asyncio.gather(text, voice)
        assert order[0] == "voice" and order[-1] == "text"
    finally:
        await engine.close()


async def test_stop_strings_cut_the_reply(tiny_mixtral, engine):
    full = sequential_greedy(tiny_mixtral, messages(5), 30)
    stop = full[6:9]
    assert full.find(stop) > 0
    reply = await collect(engine, messages(5), max_new_tokens=30, stop=(stop,))
    assert reply == full[: full.find(stop)]


async def test_an_opening_the_caller_knows_false_is_never_sent(tiny_mixtral):
    """`avoid`: the reply that would open so starts over from the model's best other branch,
    and nothing of the avoided opening reaches the caller."""
    engine = Engine(tiny_mixtral, EngineOptions(copy_figures=False, stop_loops=False)).start()
    try:
        free = (await collect(engine, messages(1), max_new_tokens=8)).lstrip()
        assert len(free) >= 2
        pieces = [p async for p in engine.stream(messages(1), max_new_tokens=8,
                                                 avoid=(free[:2],))]
        assert not "".join(pieces).lstrip().startswith(free[:2]), pieces
        assert engine.retries == 1
        assert await collect(engine, messages(1), max_new_tokens=8) == \
            await collect(engine, messages(1), max_new_tokens=8, avoid=("never said",))
    finally:
        await engine.close()


def test_a_branch_that_spells_the_avoided_opening_another_way_is_not_taken(tiny_mixtral):
    """Starting over, the reply takes the best token that neither opens as the avoided
    opening nor could still become it: " the" is one token or two, and the second spelling
    of an avoided "Sorry, the" is no branch away from it."""
    from types import SimpleNamespace

    engine = Engine(tiny_mixtral)
    tokenizer = tiny_mixtral.tokenizer
    pieces = {i: tokenizer.decode([i]).lstrip() for i in range(len(tokenizer))}
    avoided = "Sorry, the"
    toward = next(i for i, t in pieces.items() if t and avoided.startswith(t))
    away = next(i for i, t in pieces.items() if t and not avoided.startswith(t)
                and not t.startswith(avoided[:1]))
    logprobs = torch.full((len(tokenizer),), float("-inf"))
    logprobs[toward], logprobs[away] = -0.1, -2.0
    channel = SimpleNamespace(avoid=(avoided.lower(),), path=[])  # as `stream` keeps it
    assert engine._other_branch(channel, logprobs) == (away, -2.0)
    logprobs[away] = float("-inf")
    assert engine._other_branch(channel, logprobs)[1] == float("-inf")  # no branch: go on


async def test_not_started_or_closed_engine_is_unavailable(tiny_mixtral):
    engine = Engine(tiny_mixtral)
    with pytest.raises(Unavailable):
        await collect(engine, messages(0), max_new_tokens=2)
    engine.start()
    await engine.close()
    with pytest.raises(Unavailable):
        await collect(engine, messages(0), max_new_tokens=2)


async def test_a_failing_model_makes_the_engine_unavailable(tiny_mixtral_path):
    lm = load(str(tiny_mixtral_path))
    engine = Engine(lm, EngineOptions(copy_figures=False, stop_loops=False)).start()
    try:
        lm.model.model.embed_tokens.weight.data = torch.empty(0)  # the forward pass now fails
        with pytest.raises(Unavailable, match="failed"):
            await collect(engine, messages(0), max_new_tokens=3)
        assert engine.stats()["healthy"] is False
        with pytest.raises(Unavailable):
            await collect(engine, messages(1), max_new_tokens=3)
    finally:
        await engine.close()


def test_long_prompts_keep_their_tail_within_the_context_window(tiny_mixtral):
    engine = Engine(tiny_mixtral)
    prompt, max_new = engine._fit(list(range(1000)), 50)
    assert max_new == 50 and prompt == list(range(1000 - (256 - 50), 1000))
    # a prompt that fits whole keeps its head: the reply gets the room left (at least a
    # quarter of the window), not the prompt's first tokens
    assert engine._fit(list(range(10)), 1000) == (list(range(10)), 246)
    assert engine._fit(list(range(150)), 200) == (list(range(150)), 106)
    prompt, max_new = engine._fit(list(range(230)), 200)  # 26 left: the tail, half the window
    assert max_new == 128 and prompt == list(range(230 - 128, 230))


@pytest.fixture(scope="module")
def digit_loving_model(tiny_mixtral_path):
    """The tiny model with its digit logits scaled up, so it writes numbers all the time."""
    lm = load(str(tiny_mixtral_path))
    digits = [i for i in range(len(lm.tokenizer)) if re.search(r"\d", lm.tokenizer.decode([i]))]
    with torch.no_grad():
        lm.model.lm_head.weight[digits] *= 4
    return lm


async def _replies(lm, copy_figures: bool, context: str) -> list[str]:
    engine = Engine(lm, EngineOptions(copy_figures=copy_figures)).start()
    try:
        return await asyncio.gather(
            *(collect(engine, messages(i), max_new_tokens=40, context=context) for i in range(6))
        )
    finally:
        await engine.close()


async def test_copying_constraint_makes_invented_figures_impossible(digit_loving_model):
    context = "The red kettle costs 19.99 EUR. Order ORD-2024-0042, sku SKU-123A, 3 left."
    free = await _replies(digit_loving_model, False, context)
    invented = set().union(*map(figures, free)) - figures(context)
    assert invented, "without the constraint this model invents figures"
    copied = await _replies(digit_loving_model, True, context)
    written = set().union(*map(figures, copied))
    assert written, "the model still writes figures, copied ones"
    assert written <= figures(context)


async def test_without_context_no_figure_can_be_written(digit_loving_model):
    replies = await _replies(digit_loving_model, True, "")
    assert not any(re.search(r"\d", r) for r in replies)
    assert all(replies)



def test_a_reply_that_goes_round_in_a_loop_is_recognised():
    from model.engine import repeating

    assert repeating("Yes, it is in stock (22 available)558 available)558 available)"
                     "558 available)")
    assert repeating("Yes. Norabfal hammock 326 is in stock, Norabfal hammock 326 is in stock, ")
    assert repeating("The Kite costs 5.00 USD. ok ok ok ok ok ok")
    assert not repeating("The Kite costs 5.00 USD and the Kite Pro costs 5.00 USD.")
    assert not repeating("We have the Vista tote for 11.00 EUR and the Vista bag for 11.00 EUR.")
    assert not repeating("ha ha")
    assert not repeating("")


async def test_an_opening_goes_out_first_and_the_model_writes_on_from_it(tiny_mixtral, engine):
    """`opening`: the reply's first words are given; the rest is what the model writes after
    them (as `generate()` continues the prompt that ends with them)."""
    opening = "the red kettle costs"
    reply = await collect(engine, messages(2), max_new_tokens=10, opening=opening)
    prompt, begun = tiny_mixtral.render(messages(2)), tiny_mixtral.render(messages(2), opening)
    assert begun[:len(prompt)] == prompt and len(begun) > len(prompt)
    with torch.no_grad():
        out = tiny_mixtral.model.generate(torch.tensor([begun]), max_new_tokens=10,
                                          do_sample=False)
    written = [t for t in out[0, len(begun):].tolist() if t not in tiny_mixtral.eos_token_ids]
    assert reply == tiny_mixtral.tokenizer.decode(begun[len(prompt):] + written,
                                                  skip_special_tokens=True)
    assert reply.startswith(opening) and len(reply) > len(opening)
