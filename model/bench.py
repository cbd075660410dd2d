"""Benchmark the generation engine: latency and throughput under concurrent streams.

    python -m model.bench [--model PATH] [--concurrency 1 5 20 50] [--output bench.json]

Prompts are real turns: `model.prompt.build_messages` over the demo store's products, with
their facts as the copying context. For each concurrency level every stream starts at
once (a burst), and the run reports time to first piece (p50/p95) and tokens per second;
`--rates` adds steady Poisson arrivals, closer to sessions that each wait for their reply.
In the same run and on the same model it measures the baselines the figures are read
against: sequential `generate()` (one request at a time), transformers' own
`generate_batch` (continuous batching, not streamed), the engine on the int8-quantized
model, and the engine on the model in bfloat16. `--random-weights` keeps the architecture and tokenizer but draws random weights, so
replies run to `--max-new-tokens` and throughput is measured at a fixed reply length.
JSON goes to stdout (and `--output`).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import random
import statistics
import sys
import time
from pathlib import Path

import torch

from model.engine import Engine, EngineOptions
from model.loading import LoadedModel, load
from model.quantize import quantize_model

DEFAULT_STORE = Path(__file__).resolve().parent.parent / "data" / "demo_store"
QUESTIONS = (
    "How much is the {name}?",
    "Is the {name} in stock?",
    "Tell me about the {name}, please.",
    "what does the {name} cost and how many do you have",
)


def bench_turns(store_dir: Path, n: int) -> list[tuple[list[dict[str, str]], str]]:
    """`n` (messages, context) pairs built the way the service builds a turn."""
    from model.prompt import build_messages

    store = json.loads((store_dir / "store.json").read_text())
    catalog = [json.loads(line) for line in (store_dir / "catalog.jsonl").read_text().splitlines()
               if line.strip()]
    turns = []
    for i in range(n):
        products = [catalog[(i + k) % len(catalog)] for k in range(3)]
        question = QUESTIONS[i % len(QUESTIONS)].format(name=products[0].get("name", "item"))
        prompt = build_messages(store=store, products=products, faqs=[], order=None,
                                note="", summary="", turns=[], message=question)
        turns.append((prompt.messages, prompt.context))
    return turns


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def sequential_generate(lm: LoadedModel, turns, max_new_tokens: int) -> dict:
    """One request at a time through `model.generate()`: the baseline."""
    tokens, latencies = 0, []
    start = time.perf_counter()
    for messages, _ in turns:
        ids = torch.tensor([lm.render(messages)])
        t0 = time.perf_counter()
        with torch.no_grad():
            out = lm.model.generate(ids, max_new_tokens=max_new_tokens, do_sample=False)
        latencies.append(time.perf_counter() - t0)
        tokens += out.shape[1] - ids.shape[1]
    seconds = time.perf_counter() - start
    return {"requests": len(turns), "tokens": tokens, "seconds": round(seconds, 3),
            "tokens_per_s": round(tokens / seconds, 1),
            "request_latency_p50_s": round(statistics.median(latencies), 3)}


def hf_generate_batch(lm: LoadedModel, turns, max_new_tokens: int) -> dict:
    """transformers' continuous batching over the same prompts (all submitted at once)."""
    from transformers import GenerationConfig
    from transformers.generation.configuration_utils import ContinuousBatchingConfig

    prompts = [lm.render(messages) for messages, _ in turns]
    config = GenerationConfig(max_new_tokens=max_new_tokens, do_sample=False,
                              eos_token_id=sorted(lm.eos_token_ids) or -1,
                              pad_token_id=lm.tokenizer.pad_token_id)
    # Sized for this workload: left to itself on CPU it sizes the paged cache for a GPU.
    page = 64
    pages = sum(-(-(len(p) + max_new_tokens) // page) for p in prompts) + 8
    batching = ContinuousBatchingConfig(page_size=page, num_blocks=pages, max_batch_tokens=2048)
    start = time.perf_counter()
    outputs = lm.model.generate_batch(prompts, generation_config=config, progress_bar=False,
                                      continuous_batching_config=batching)
    seconds = time.perf_counter() - start
    tokens = sum(len(o.generated_tokens) for o in outputs.values())
    return {"requests": len(turns), "tokens": tokens, "seconds": round(seconds, 3),
            "tokens_per_s": round(tokens / seconds, 1)}


async def engine_burst(engine: Engine, turns, max_new_tokens: int) -> dict:
    """All streams start together; time to first piece per stream and overall throughput."""
    before = engine.stats()["tokens_generated"]
    start = time.perf_counter()

    async def one(messages, context) -> float:
        first = None
        async for _ in engine.stream(messages, max_new_tokens=max_new_tokens, context=context):
            if first is None:
                first = time.perf_counter() - start
        return first if first is not None else time.perf_counter() - start

    ttfts = await asyncio.gather(*(one(m, c) for m, c in turns))
    seconds = time.perf_counter() - start
    tokens = engine.stats()["tokens_generated"] - before
    return {"streams": len(turns), "tokens": tokens, "seconds": round(seconds, 3),
            "tokens_per_s": round(tokens / seconds, 1),
            "ttft_p50_ms": round(1000 * _percentile(ttfts, 0.5), 1),
            "ttft_p95_ms": round(1000 * _percentile(ttfts, 0.95), 1)}


async def engine_steady(engine: Engine, turns, rate: float, max_new_tokens: int) -> dict:
    """Requests arrive one by one at `rate` per second (Poisson); latency from each arrival."""
    rng = random.Random(0)
    before = engine.stats()["tokens_generated"]
    start = time.perf_counter()
    peak = 0

    async def one(messages, context) -> float:
        nonlocal peak
        arrival = time.perf_counter()
        first = None
        async for _ in engine.stream(messages, max_new_tokens=max_new_tokens, context=context):
            if first is None:
                first = time.perf_counter() - arrival
                peak = max(peak, engine.stats()["running"])
        return first if first is not None else time.perf_counter() - arrival

    async with asyncio.TaskGroup() as group:
        tasks = []
        for messages, context in turns:
            tasks.append(group.create_task(one(messages, context)))
            await asyncio.sleep(rng.expovariate(rate))
    ttfts = [t.result() for t in tasks]
    seconds = time.perf_counter() - start
    tokens = engine.stats()["tokens_generated"] - before
    return {"requests": len(turns), "rate_per_s": rate, "peak_running": peak,
            "tokens_per_s": round(tokens / seconds, 1),
            "ttft_p50_ms": round(1000 * _percentile(ttfts, 0.5), 1),
            "ttft_p95_ms": round(1000 * _percentile(ttfts, 0.95), 1)}


async def engine_rates(lm: LoadedModel, turns, rates, max_new_tokens, options) -> dict:
    engine = Engine(lm, options).start()
    try:
        await engine_burst(engine, turns[:2], 4)  # warm-up
        return {str(r): await engine_steady(engine, turns, r, max_new_tokens) for r in rates}
    finally:
        await engine.close()


async def engine_levels(lm: LoadedModel, turns, levels, max_new_tokens, options) -> dict:
    engine = Engine(lm, options).start()
    try:
        await engine_burst(engine, turns[:2], 4)  # warm-up
        return {str(c): await engine_burst(engine, turns[:c], max_new_tokens) for c in levels}
    finally:
        await engine.close()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", default=None, help="checkpoint path or hub id (default: bundled)")
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE, help="store for the prompts")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 5, 20, 50])
    parser.add_argument("--max-new-tokens", type=int, default=48)
    parser.add_argument("--sequential", type=int, default=20,
                        help="requests in the sequential generate() baseline")
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads")
    parser.add_argument("--max-batch", type=int, default=64)
    parser.add_argument("--rates", type=float, nargs="*", default=[],
                        help="also measure steady Poisson arrivals at these requests per second")
    parser.add_argument("--steady-requests", type=int, default=40,
                        help="requests per steady-arrival run")
    parser.add_argument("--random-weights", action="store_true",
                        help="random weights of the same shape: fixed-length replies")
    parser.add_argument("--no-int8", action="store_true", help="skip the int8 comparison")
    parser.add_argument("--no-hf-batch", action="store_true", help="skip generate_batch")
    parser.add_argument("--no-bf16", action="store_true", help="skip the bfloat16 comparison")
    parser.add_argument("--output", type=Path, default=None, help="also write the JSON here")


def run(args: argparse.Namespace) -> int:
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    lm = load(args.model)
    if args.random_weights:
        lm = _randomized(lm)
    levels = sorted(set(args.concurrency))
    turns = bench_turns(args.store, max([*levels, args.sequential, args.steady_requests]))
    options = EngineOptions(max_batch=args.max_batch, max_queue=max(levels) + 1)
    prompt_tokens = [len(lm.render(m)) for m, _ in turns]
    report: dict = {
        "model": lm.source,
        "parameters": sum(p.numel() for p in lm.model.parameters()),
        "threads": args.threads,
        "max_new_tokens": args.max_new_tokens,
        "prompt_tokens_mean": round(statistics.mean(prompt_tokens), 1),
    }
    lm.model.generate(torch.tensor([lm.render(turns[0][0])]), max_new_tokens=2)  # warm-up
    _log(f"sequential generate() x {args.sequential}")
    report["sequential_generate"] = sequential_generate(
        lm, turns[: args.sequential], args.max_new_tokens)
    _log(f"engine at {levels} concurrent streams")
    report["engine"] = asyncio.run(
        engine_levels(lm, turns, levels, args.max_new_tokens, options))
    base = report["sequential_generate"]["tokens_per_s"]
    report["engine_vs_sequential"] = {
        c: round(r["tokens_per_s"] / base, 2) for c, r in report["engine"].items()}
    if args.rates:
        _log(f"engine under steady arrivals at {args.rates} per second")
        report["engine_steady"] = asyncio.run(
            engine_rates(lm, turns[: args.steady_requests], args.rates, args.max_new_tokens,
                         options))
    if not args.no_hf_batch:
        _log("transformers generate_batch")
        report["hf_generate_batch"] = hf_generate_batch(
            lm, turns[: args.sequential], args.max_new_tokens)
    if not args.no_bf16:
        _log("bfloat16")
        report["bfloat16"] = _bf16(args, turns, levels, options, report)
    if not args.no_int8:
        _log("int8")
        report["int8"] = _int8(args, turns, levels, options, report)
    text = json.dumps(report, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n")
    return 0


def _randomized(lm: LoadedModel) -> LoadedModel:
    """Same architecture and tokenizer, random weights: replies rarely end before the limit."""
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(lm.model.config).to(lm.model.dtype).eval()
    model.generation_config = lm.model.generation_config
    return dataclasses.replace(lm, model=model)


def _bf16(args, turns, levels, options, report) -> dict:
    """The same measurements with the model in bfloat16, and its speed relative to float32."""
    lm16 = load(args.model, dtype="bfloat16")
    if args.random_weights:
        lm16 = _randomized(lm16)
    sequential = sequential_generate(lm16, turns[: args.sequential], args.max_new_tokens)
    engine = asyncio.run(engine_levels(lm16, turns, levels, args.max_new_tokens, options))
    fp32 = report["engine"]
    return {
        "sequential_generate": sequential,
        "engine": engine,
        "sequential_speed_vs_fp32": round(
            sequential["tokens_per_s"] / report["sequential_generate"]["tokens_per_s"], 2),
        "engine_speed_vs_fp32": {
            c: round(r["tokens_per_s"] / fp32[c]["tokens_per_s"], 2) for c, r in engine.items()},
        "ttft_p95_vs_fp32": {
            c: round(r["ttft_p95_ms"] / fp32[c]["ttft_p95_ms"], 2) for c, r in engine.items()},
    }


def _int8(args, turns, levels, options, report) -> dict:
    """The same measurements on the int8 model, and its speed relative to fp32."""
    lm8 = load(args.model)
    if args.random_weights:
        lm8 = _randomized(lm8)
    quantize_model(lm8.model, "int8")
    sequential = sequential_generate(lm8, turns[: args.sequential], args.max_new_tokens)
    top = str(max(levels))
    burst = asyncio.run(engine_levels(lm8, turns, [int(top)], args.max_new_tokens, options))
    return {
        "sequential_generate": sequential,
        "engine": burst,
        "sequential_speed_vs_fp32": round(
            sequential["tokens_per_s"] / report["sequential_generate"]["tokens_per_s"], 2),
        f"engine_{top}_speed_vs_fp32": round(
            burst[top]["tokens_per_s"] / report["engine"][top]["tokens_per_s"], 2),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    sys.exit(run(parser.parse_args()))
