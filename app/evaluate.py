"""`shopdesk eval answers`: answer accuracy through the turn pipeline.

Each line of the cases file is `{"turns": ["user text", ...], "expect": [...], "forbid": [...]}`.
The turns run in order through the same stages as a live turn (retrieval, prompt, model), with
the conversation kept as the server keeps it. A case passes when the reply to its last turn
contains every expected fact and no reply of the case contains a forbidden one (case-insensitive).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from tqdm import tqdm

from app.memory import SessionMemory, fold_summary
from app.metrics import Metrics
from app.pipeline import Pipeline
from app.privacy import mask
from app.settings import Settings, add_server_arguments, settings_from_args
from app.wiring import Services


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_server_arguments(parser)
    parser.add_argument("--cases", type=Path, required=True, help="JSONL file of cases")
    parser.add_argument("--make", type=int, default=0, metavar="N",
                        help="first write N cases about the store's own catalog, FAQ and "
                             "orders into FILE")
    parser.add_argument("--seed", type=int, default=1, help="with --make")
    parser.add_argument("--limit", type=int, help="evaluate only the first N cases")
    parser.add_argument("--show-failures", type=int, default=10)


# Questions a shopper asks, one list per case kind; `{p}` a product's name, `{o}` an order id,
# `{e}` its email. Written for this check, not drawn from the model's training phrasings.
_ASKS = {
    "price": ["How much does the {p} cost?", "what's the price of the {p}", "{p} - price?"],
    "stock": ["Do you have the {p} in stock?", "is the {p} available right now?"],
    "order": ["Where is my order {o}? My email is {e}", "order {o}, email {e}: status?"],
    "missing": ["How much is the {p}?", "do you sell the {p}?"],
    "follow": ["how much is it?", "and what does it cost?"],
}


def make_cases(store_dir: Path, n: int, *, seed: int = 1) -> list[dict[str, Any]]:
    """`n` cases about a store: prices, stock, FAQ answers, order status with proof, a
    product it does not sell, and a two-turn follow-up ("how much is it?")."""
    import random
    import re

    from model.prompt import format_price
    from retrieval.store import load_store

    store = load_store(store_dir)
    rng = random.Random(seed)
    products = [p.model_dump() for p in store.products]
    words = sorted({w for p in products for w in p["name"].split()[:-1]})
    shared = Counter(p["name"] for p in products)
    for p in products:  # colour variants share a name: a shopper then says the colour
        color = p.get("attributes", {}).get("color")
        p["said"] = p["name"] if shared[p["name"]] == 1 or not color else f"{color} {p['name']}"
    said = Counter(p["said"] for p in products)
    products = [p for p in products if said[p["said"]] == 1]  # one product each
    cases = []
    for i in range(n):
        kind = ["price", "stock", "faq", "order", "missing", "follow"][i % 6]
        p = rng.choice(products)
        ask = rng.choice(_ASKS.get(kind, [""]))
        if kind == "price":
            case = {"turns": [ask.format(p=p["said"])], "expect": [format_price(p["price"])]}
        elif kind == "stock":
            stock = p.get("stock")
            expect = ("do not know" if stock is None else "out of stock" if stock <= 0
                      else str(stock))
            case = {"turns": [ask.format(p=p["said"])], "expect": [expect]}
        elif kind == "faq" and store.faqs:
            faq = rng.choice(store.faqs)
            numbers = re.findall(r"\d+(?:\.\d+)?", faq.answer)
            case = {"turns": [faq.question], "expect": numbers or [" ".join(faq.answer.split()[:4])]}
        elif kind == "order" and store.orders:
            order = rng.choice(store.orders).model_dump()
            status = "process" if order["status"] == "processing" else order["status"]
            case = {"turns": [ask.format(o=order["order_id"], e=order["email"])],
                    "expect": [order["order_id"], status]}
        elif kind == "missing":
            # A name made of the shop's own words in an order no product has.
            name = " ".join(rng.sample(words, 2)) + " " + rng.choice(["kettle", "lamp", "rug"])
            case = {"turns": [ask.format(p=name)], "expect": ["could not find"],
                    "forbid": [format_price(q["price"]) for q in products]}
        else:
            case = {"turns": [f"Tell me about the {p['said']}", ask],
                    "expect": [format_price(p["price"])]}
        case["kind"] = kind
        cases.append(case)
    return cases


def contains(reply: str, fact: str) -> bool:
    return fact.strip().lower() in reply.lower()


async def run_case(pipeline: Pipeline, case: dict[str, Any], recent_turns: int) -> dict[str, Any]:
    mem = SessionMemory(session_id="eval", channel=case.get("channel", "web"))
    replies, latencies = [], []
    for text in case["turns"]:
        t = time.perf_counter()
        reply, facts = await pipeline.respond(mem, text, channel=mem.channel)
        latencies.append((time.perf_counter() - t) * 1000)
        replies.append(reply)
        check = getattr(facts, "order_check", None)
        if check is not None and check.state == "verified":
            mem.order_id = check.order_id
        entries = [{"role": "user", "text": mask(text)},
                   {"role": "assistant", "text": reply,
                    "products": [{"sku": p["sku"], "name": p["name"], "price": p["price"],
                                  "currency": p.get("currency", "")} for p in facts.products]}]
        mem.log.extend(entries)
        mem.log_len += len(entries)
        window = recent_turns * 2
        if mem.log_len - mem.summarized > window:
            upto = mem.log_len - window
            mem.summary = fold_summary(mem.summary, mem.entries_between(mem.summarized, upto))
            mem.summarized = upto
    missing = [f for f in case.get("expect", []) if not contains(replies[-1], f)]
    forbidden = [f for f in case.get("forbid", []) if any(contains(r, f) for r in replies)]
    return {"ok": not missing and not forbidden, "turns": case["turns"], "replies": replies,
            "missing": missing, "forbidden": forbidden, "latency_ms": latencies}


async def evaluate(settings: Settings, cases: list[dict[str, Any]]) -> dict[str, Any]:
    services = Services.build(settings, speech=False)
    await services.start()
    try:
        pipeline = Pipeline(settings, None, services.knowledge, services.generator, Metrics())
        results = []
        for case in tqdm(cases, desc="eval answers", file=sys.stderr):
            results.append(await run_case(pipeline, case, settings.recent_turns))
    finally:
        await services.close()
    latencies = sorted(x for r in results for x in r["latency_ms"])
    multi = [r for r in results if len(r["turns"]) > 1]
    kinds = sorted({c.get("kind") for c in cases if c.get("kind")})
    return {
        "cases": len(results),
        "passed": sum(r["ok"] for r in results),
        "accuracy": round(sum(r["ok"] for r in results) / max(1, len(results)), 4),
        "single_turn_accuracy": _rate([r for r in results if len(r["turns"]) == 1]),
        "multi_turn_accuracy": _rate(multi),
        **({"by_kind": {k: _rate([r for r, c in zip(results, cases, strict=True)
                                  if c.get("kind") == k]) for k in kinds}} if kinds else {}),
        "reply_latency_ms": {
            "p50": round(statistics.median(latencies), 1) if latencies else None,
            "p95": round(latencies[int(0.95 * (len(latencies) - 1))], 1) if latencies else None,
        },
        "failures": [r for r in results if not r["ok"]],
    }


def _rate(results: list[dict[str, Any]]) -> float | None:
    return round(sum(r["ok"] for r in results) / len(results), 4) if results else None


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    if args.make:
        cases = make_cases(Path(settings.store), args.make, seed=args.seed)
        args.cases.parent.mkdir(parents=True, exist_ok=True)
        args.cases.write_text("".join(json.dumps(c) + "\n" for c in cases))
    lines = args.cases.read_text().splitlines()
    cases = [json.loads(line) for line in lines if line.strip()][: args.limit]
    report = asyncio.run(evaluate(settings, cases))
    report["failures"] = report["failures"][: args.show_failures]
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0
