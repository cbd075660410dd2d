"""Answer accuracy of a language model on generated shops it never saw.

Cases come from `model.dialogues` in held-out mode (other brands, nouns, colors, materials
and shopper phrasings than training uses). Each case is laid out by `build_messages` and
the model answers greedily, either through the serving engine (`--decoding served`, the
default: continuous batching with the copying constraints of `model.copying`, exactly what
the server sends) or with plain `generate()` (`--decoding plain`: what the weights alone
do). The answer passes when it holds every
expected fact (the product's name and price, the stock count, the order status, the FAQ's
numbers, or the "do not know" / "ask a person" wording where the facts are missing), none
of the forbidden ones (facts of the other products in the prompt), and no number that the
prompt does not contain (an invented price, stock count or date).

    python -m model.accuracy --model model/weights/lm --n 200 --seed 7 [--decoding plain]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from model.dialogues import DialogueGenerator, Example

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Verdict:
    passed: bool
    missing: tuple[str, ...]
    forbidden: tuple[str, ...]
    invented: tuple[str, ...]


def judge(example: Example, reply: str) -> Verdict:
    """Score one reply against the facts of its prompt."""
    low = reply.lower()
    missing = tuple(x for x in example.expected if x.lower() not in low)
    reply_numbers = set(NUMBER.findall(reply))
    forbidden = tuple(x for x in example.forbidden
                      if (x in reply_numbers if NUMBER.fullmatch(x) else x.lower() in low))
    prompt_text = "\n".join(m["content"] for m in example.prompt.messages)
    known = set(NUMBER.findall(prompt_text))
    invented = tuple(n for n in sorted(reply_numbers) if n not in known)
    return Verdict(not (missing or forbidden or invented), missing, forbidden, invented)


def load(model_dir: str | Path):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
    model = AutoModelForCausalLM.from_pretrained(str(model_dir), dtype=torch.float32)
    model.eval()
    return model, tokenizer


def reply_to(model, tokenizer, messages: list[dict[str, str]], max_new_tokens: int = 64) -> str:
    import torch

    ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True,
                                        return_tensors="pt", return_dict=True)
    with torch.no_grad():
        out = model.generate(**ids, max_new_tokens=max_new_tokens, do_sample=False,
                             eos_token_id=tokenizer.eos_token_id,
                             pad_token_id=tokenizer.pad_token_id)
    return tokenizer.decode(out[0, ids["input_ids"].shape[1]:], skip_special_tokens=True)


def served_replies(model_dir: str | Path, examples: list[Example], *,
                   max_new_tokens: int = 64, concurrency: int = 16,
                   dtype: str = "float32") -> list[str]:
    """Replies from the serving engine (`model.engine`), `concurrency` cases at a time."""
    import asyncio

    from model.engine import Engine
    from model.loading import load as load_lm

    engine = Engine(load_lm(str(model_dir), dtype=dtype)).start()

    async def one(example: Example, gate: asyncio.Semaphore) -> str:
        async with gate:
            pieces = [p async for p in engine.stream(
                example.prompt.messages, max_new_tokens=max_new_tokens,
                context=example.prompt.context)]
        return "".join(pieces)

    async def run_all() -> list[str]:
        gate = asyncio.Semaphore(concurrency)
        try:
            return list(await asyncio.gather(*(one(e, gate) for e in examples)))
        finally:
            await engine.close()

    return asyncio.run(run_all())


def measure(model_dir: str | Path, *, n: int, seed: int, heldout: bool = True,
            show: int = 0, decoding: str = "served", dtype: str = "float32") -> dict:
    """Pass rates overall and by intent over `n` generated cases."""
    started = time.time()
    model, tokenizer = load(model_dir)
    gen = DialogueGenerator(seed, heldout=heldout,
                            count_tokens=lambda t: len(tokenizer.tokenize(t)))
    examples = [gen.example() for _ in range(n)]
    if decoding == "served":
        replies = served_replies(model_dir, examples, dtype=dtype)
    elif decoding == "plain":
        replies = [reply_to(model, tokenizer, e.prompt.messages) for e in examples]
    else:
        raise ValueError(f"unknown decoding {decoding!r}")
    by_intent: dict[str, list[bool]] = defaultdict(list)
    price_cases, price_ok, name_cases, name_ok, invented = 0, 0, 0, 0, 0
    samples = []
    for i, (example, reply) in enumerate(zip(examples, replies, strict=True)):
        verdict = judge(example, reply)
        by_intent[example.intent].append(verdict.passed)
        invented += bool(verdict.invented)
        prices = [x for x in example.expected if NUMBER.fullmatch(x)]
        if example.intent in ("price", "describe", "variant") and prices:
            price_cases += 1
            price_ok += all(p in NUMBER.findall(reply) for p in prices) and not verdict.forbidden
        if example.intent in ("price", "stock", "attribute", "describe"):
            name_cases += 1
            name_ok += example.expected[0].lower() in reply.lower()
        if i < show:
            samples.append({"intent": example.intent, "question": example.prompt.messages[-1]
                            ["content"], "reply": reply, "expected": example.reply,
                            "passed": verdict.passed})
    passed = sum(sum(v) for v in by_intent.values())
    result = {
        "cases": n,
        "seed": seed,
        "decoding": decoding,
        "heldout": heldout,
        "pass_rate": round(passed / max(n, 1), 3),
        "price_correct": round(price_ok / max(price_cases, 1), 3),
        "price_cases": price_cases,
        "product_name_correct": round(name_ok / max(name_cases, 1), 3),
        "product_name_cases": name_cases,
        "invented_number_rate": round(invented / max(n, 1), 3),
        "by_intent": {k: {"n": len(v), "pass": round(sum(v) / len(v), 3)}
                      for k, v in sorted(by_intent.items())},
        "seconds": round(time.time() - started, 1),
    }
    if samples:
        result["samples"] = samples
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=Path(__file__).parent / "weights" / "lm")
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--train-vocabulary", action="store_true",
                        help="draw cases from the training vocabulary instead of the held-out one")
    parser.add_argument("--show", type=int, default=0, help="include this many sample replies")
    parser.add_argument("--decoding", choices=["served", "plain"], default="served",
                        help="served: the engine with its copying constraints (what the server "
                             "sends); plain: transformers generate() alone")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--dtype", choices=["float32", "bfloat16"], default="float32",
                        help="the served model's dtype (served decoding only)")
    args = parser.parse_args(argv)
    import torch

    torch.set_num_threads(args.threads)
    result = measure(args.model, n=args.n, seed=args.seed, heldout=not args.train_vocabulary,
                     show=args.show, decoding=args.decoding, dtype=args.dtype)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
