"""The bundled language model: loads with the Auto classes and answers from its context.

The accuracy floor is measured on a generated shop of the held-out vocabulary (brands,
products, colors and shopper phrasings the model never saw in training). The floors sit
below the figures `python -m model.accuracy` reports for the committed weights (see
model/weights/lm/README.md), so the test fails when a change to the prompt layout, the
tokenizer or the weights breaks grounded answering.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from model.accuracy import judge, load, measure, served_replies
from model.copying import load_lexicon, words
from model.dialogues import DialogueGenerator, generate
from model.tokenizer import render

WEIGHTS = Path(__file__).resolve().parents[2] / "model" / "weights" / "lm"
PASS_RATE_FLOOR = 0.25  # measured 0.325 served (0.25 plain) for the committed weights
INVENTED_NUMBER_CEILING = 0.30  # measured 0.05 with plain generate()


@pytest.fixture(scope="module")
def bundled():
    torch.set_num_threads(1)
    return load(WEIGHTS)


def test_bundle_is_small_and_complete():
    files = {p.name: p.stat().st_size for p in WEIGHTS.iterdir()}
    for name in ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
                 "README.md"):
        assert name in files, name
    assert sum(files.values()) < 60 * 2**20


def test_tokenizer_chat_template_and_digits(bundled):
    _, tokenizer = bundled
    example = generate(1, seed=1)[0]
    text = tokenizer.apply_chat_template(example.messages, tokenize=False)
    assert text == render(example.messages)[0]
    prompt = tokenizer.apply_chat_template(example.prompt.messages, add_generation_prompt=True,
                                           tokenize=False)
    assert prompt.endswith("<|assistant|>")
    pieces = tokenizer.tokenize("price 1299.50 EUR")
    assert [p for p in pieces if any(c.isdigit() for c in p)] == list("129950")
    assert tokenizer.decode(tokenizer("Crème brûlée 12.50")["input_ids"]) == "Crème brûlée 12.50"


def test_judge_checks_facts_and_invented_numbers():
    example = next(e for e in generate(200, seed=2) if e.intent == "price" and e.forbidden)
    assert judge(example, example.reply).passed
    name, price = example.expected[:2]
    wrong = judge(example, f"The {name} costs {example.forbidden[0]}.")
    assert not wrong.passed and wrong.forbidden
    invented = judge(example, f"The {name} costs {price} or 987654.32.")
    assert not invented.passed and invented.invented == ("987654.32",)


def test_accuracy_floor_on_an_unseen_shop():
    result = measure(WEIGHTS, n=40, seed=2026, heldout=True)  # served: what the server sends
    assert result["pass_rate"] >= PASS_RATE_FLOOR, result
    assert result["invented_number_rate"] == 0.0, result  # impossible under the constraint
    plain = measure(WEIGHTS, n=40, seed=2026, heldout=True, decoding="plain")
    assert plain["invented_number_rate"] <= INVENTED_NUMBER_CEILING, plain


def test_bfloat16_serving_keeps_the_accuracy_floor():
    result = measure(WEIGHTS, n=40, seed=2026, heldout=True, dtype="bfloat16")
    assert result["pass_rate"] >= PASS_RATE_FLOOR, result
    assert result["invented_number_rate"] == 0.0, result


def test_served_replies_use_only_prompt_and_lexicon_words():
    lexicon = load_lexicon(WEIGHTS)
    assert lexicon and "Sorry" in lexicon and "still" in lexicon
    examples = DialogueGenerator(31, heldout=True).__iter__()
    cases = [next(examples) for _ in range(16)]
    replies = served_replies(WEIGHTS, cases)
    lex = {w.lower() for w in lexicon}
    outside = []
    for example, reply in zip(cases, replies, strict=True):
        prompt = words("\n".join(m["content"] for m in example.prompt.messages))
        if not words(reply) <= lex | prompt:
            outside.append((reply, words(reply) - lex - prompt))
    # Only when no token of the whole vocabulary continues a word validly is the model left
    # free; measured 1 of these 16 replies (2 of 80 on a longer run, 15 of 80 before the
    # fallback searched the whole vocabulary).
    assert len(outside) <= 2, outside


def _bottle(stock: int) -> dict:
    return {"sku": "TB-1", "name": "Tundra Trail Bottle", "price": 41.99, "stock": stock,
            "category": "bottles", "attributes": {"color": "beige", "material": "steel"},
            "description": "Beige steel bottle. Leak-proof."}


def _served(messages_and_contexts: list) -> tuple[list[str], int]:
    import asyncio

    from model.engine import Engine
    from model.loading import load as load_lm

    async def run() -> tuple[list[str], int]:
        engine = Engine(load_lm(str(WEIGHTS))).start()
        try:
            replies = await asyncio.gather(*(
                _collect(engine, p) for p in messages_and_contexts))
            return list(replies), engine.stats()["retries"]
        finally:
            await engine.close()

    async def _collect(engine, prompt) -> str:
        return "".join([p async for p in engine.stream(
            prompt.messages, max_new_tokens=40, context=prompt.context)])

    return asyncio.run(run())


def test_a_product_in_the_facts_named_in_full_is_never_missing():
    """"is the Tundra Trail Bottle in stock?" with that bottle alone in the facts: the bundled
    weights open with "Sorry, I could not find that product" (for bottles their first token
    is a coin flip between "Sorry" and "Yes"). The engine holds such an opening back and,
    once it is written, starts the reply over from the model's best other branch: "Yes" for
    a bottle in stock, "Sorry, the" for one out of stock. A product the facts lack still
    gets "could not find"."""
    from model.prompt import build_messages

    def prompt(message: str, products: list[dict]):
        return build_messages(store={"name": "Harbor Home & Goods", "currency": "USD"},
                              products=products, faqs=[], order=None, note="", summary="",
                              turns=[], message=message)

    replies, retries = _served([
        prompt("is the Tundra Trail Bottle in stock?", [_bottle(12)]),
        prompt("is the Tundra Trail Bottle in stock?", [_bottle(0)]),
        prompt("is the Atlas Juniper Kettle in stock?", [_bottle(12)]),
    ])
    in_stock, out_of_stock, lacking = replies
    assert "could not find" not in in_stock and "12" in in_stock, in_stock
    assert "could not find" not in out_of_stock and "out of stock" in out_of_stock, out_of_stock
    assert "could not find" in lacking, lacking
    assert retries >= 1  # the first two replies of these weights do start that way


def test_a_reply_cancelled_while_held_back_frees_its_slot():
    """Closing the stream while the engine holds a reply back, or after it started over,
    ends whichever sequence writes the reply now."""
    import asyncio

    from model.engine import Engine
    from model.loading import load as load_lm
    from model.prompt import build_messages

    prompt = build_messages(store={"name": "Harbor Home & Goods", "currency": "USD"},
                            products=[_bottle(12)], faqs=[], order=None, note="", summary="",
                            turns=[], message="is the Tundra Trail Bottle in stock?")

    async def run() -> None:
        engine = Engine(load_lm(str(WEIGHTS))).start()
        try:
            for started_over in (False, True):
                task = asyncio.ensure_future(_drain(engine, prompt))
                retries = engine.retries
                while (engine.retries == retries) if started_over else engine.steps < 2:
                    await asyncio.sleep(0.001)
                assert (engine.retries > retries) is started_over  # else: held back ("So")
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
                for _ in range(400):
                    stats = engine.stats()
                    if stats["running"] == 0 and stats["queued"] == 0:
                        break
                    await asyncio.sleep(0.005)
                assert stats["running"] == 0 and stats["queued"] == 0, stats
                engine.steps = 0
            assert engine.retries == 1
            assert "12" in await _drain(engine, prompt)
        finally:
            await engine.close()

    async def _drain(engine, prompt) -> str:
        return "".join([p async for p in engine.stream(
            prompt.messages, max_new_tokens=40, context=prompt.context)])

    asyncio.run(run())


def test_an_order_with_a_carrier_the_model_never_saw_is_told_in_full():
    """An order shipped with a carrier outside training ("SingPost") is told with its carrier
    and date: given as is, the bundled weights lost their place after the unknown name
    ("Order X has shipped with SingPost. I do not have a delivery date"; "is with Please
    tell me the email")."""
    from model.prompt import AmountRestorer, build_messages

    def prompt(carrier: str, message: str):
        order = {"order_id": "PNP-24047", "email": "raj@example.com", "status": "shipped",
                 "carrier": carrier, "eta": "2026-03-13", "placed": "2026-03-09",
                 "items": [{"sku": "PP-TR301-DIN", "qty": 1}]}
        return build_messages(store={"name": "Pandan & Pleat", "currency": "SGD"}, products=[],
                              faqs=[], order=order, note="", summary="", turns=[],
                              message=message)

    asked = [("SingPost", "when will my order arrive, order pnp-24047, [email]"),
             ("Kurir Kilat", "which courier has order PNP-24047? [email]")]
    prompts = [prompt(carrier, message) for carrier, message in asked]
    replies, _ = _served(prompts)
    for (carrier, _), p, reply in zip(asked, prompts, replies, strict=True):
        restorer = AmountRestorer(p.originals)
        told = restorer.feed(reply) + restorer.flush()
        assert carrier in told and "2026-03-13" in told, told
