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
    parser.add_argument("--limit", type=int, help="evaluate only the first N cases")
    parser.add_argument("--show-failures", type=int, default=10)


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
    return {
        "cases": len(results),
        "passed": sum(r["ok"] for r in results),
        "accuracy": round(sum(r["ok"] for r in results) / max(1, len(results)), 4),
        "single_turn_accuracy": _rate([r for r in results if len(r["turns"]) == 1]),
        "multi_turn_accuracy": _rate(multi),
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
    lines = args.cases.read_text().splitlines()
    cases = [json.loads(line) for line in lines if line.strip()][: args.limit]
    report = asyncio.run(evaluate(settings, cases))
    report["failures"] = report["failures"][: args.show_failures]
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0
