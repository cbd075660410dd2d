"""`shopdesk eval retrieval --store DIR --queries FILE.jsonl`: recall@1, recall@5, MRR and
latency of product search, printed as JSON.

A query line is `{"image": "q.jpg", "sku": "..."}` or `{"text": "...", "sku": "..."}`;
paths are relative to the queries file. `--make N` first writes N shopper-style photos
(retrieval.augment) and N paraphrased questions for the store into FILE.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.augment import ShopperPhoto, shopper_photo
from retrieval.images import load_image_file
from retrieval.store import load_store

CATEGORY_WORDS = {
    "shoes": ["trainers", "sneakers", "shoes"], "jackets": ["coat", "jacket", "outdoor jacket"],
    "bags": ["handbag", "tote bag", "shoulder bag"], "mugs": ["cup", "coffee mug", "mug"],
    "lamps": ["table lamp", "light", "desk lamp"], "watches": ["wristwatch", "watch"],
    "t-shirts": ["tee shirt", "t-shirt", "tee"], "hats": ["baseball cap", "hat", "cap"],
    "backpacks": ["rucksack", "backpack", "daypack"], "bottles": ["flask", "water bottle"],
    "chairs": ["seat", "chair"], "headphones": ["headset", "headphones"],
    "sunglasses": ["shades", "sunglasses"], "vases": ["flower vase", "vase"],
    "books": ["journal", "notebook"],
}
TEMPLATES = [
    "do you have the {brand} {word} in {colour}?",
    "I'm after a {colour} {word} by {brand}",
    "is the {model} {word} from {brand} available in {colour}",
    "{brand} {model} {colour}",
    "looking for {brand}'s {colour} {material} {word}",
    "got any {colour} {word}s from {brand}? the {model} one",
]


def _paraphrase(product: dict[str, Any], rng: random.Random) -> str:
    attributes = product.get("attributes") or {}
    name_words = product["name"].split()
    words = CATEGORY_WORDS.get(product.get("category", ""), [name_words[-1].lower()])
    return rng.choice(TEMPLATES).format(
        brand=name_words[0], model=name_words[1] if len(name_words) > 2 else "",
        word=rng.choice(words), colour=attributes.get("color", ""),
        material=attributes.get("material", "")).replace("  ", " ")


def make_queries(store_dir: str | Path, out: str | Path, n: int, *, seed: int = 1,
                 options: ShopperPhoto = ShopperPhoto()) -> Path:
    """Write n shopper photos and n paraphrased questions of random products of a store."""
    store = load_store(store_dir)
    out = Path(out)
    photo_dir = out.parent / f"{out.stem}_photos"
    photo_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    products = [p.model_dump() for p in store.products]
    lines = []
    for i in range(n):
        product = rng.choice(products)
        image = rng.choice(product["images"])
        rgb = load_image_file(Path(store_dir) / image, max_side=1024)
        name = f"q{i:05d}.jpg"
        (photo_dir / name).write_bytes(shopper_photo(rgb, np_rng, options))
        lines.append({"image": f"{photo_dir.name}/{name}", "sku": product["sku"]})
    for _ in range(n):
        product = rng.choice(products)
        lines.append({"text": _paraphrase(product, rng), "sku": product["sku"]})
    out.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return out


def evaluate(knowledge: Any, queries: list[dict[str, Any]], base: Path, k: int = 5
             ) -> dict[str, Any]:
    """Per modality: recall@1, recall@k, MRR over the top k, latency percentiles (ms).

    Latency is wall time; CPU time is reported beside it because every stage of a query runs
    on one thread, so on a shared, busy machine it is the honest estimate of idle latency.
    """
    results: dict[str, dict[str, list[float]]] = {}
    for query in queries:
        kind = "image" if "image" in query else "text"
        if kind == "image":
            data = (base / query["image"]).read_bytes()
            started, cpu_started = time.perf_counter(), time.thread_time()
            hits = knowledge.search(text=None, image=data, k=k)
        else:
            started, cpu_started = time.perf_counter(), time.thread_time()
            hits = knowledge.search(text=query["text"], image=None, k=k)
        elapsed = time.perf_counter() - started
        cpu = time.thread_time() - cpu_started
        skus = [h["sku"] for h in hits]
        rank = skus.index(query["sku"]) + 1 if query["sku"] in skus else None
        bucket = results.setdefault(kind, {"r1": [], "rk": [], "rr": [], "ms": [], "cpu": []})
        bucket["r1"].append(float(rank == 1))
        bucket["rk"].append(float(rank is not None))
        bucket["rr"].append(1.0 / rank if rank else 0.0)
        bucket["ms"].append(elapsed * 1000)
        bucket["cpu"].append(cpu * 1000)
    report: dict[str, Any] = {}
    for kind, b in results.items():
        report[kind] = {"queries": len(b["r1"]), "recall@1": round(float(np.mean(b["r1"])), 4),
                        f"recall@{k}": round(float(np.mean(b["rk"])), 4),
                        "mrr": round(float(np.mean(b["rr"])), 4),
                        "latency_ms_p50": round(float(np.percentile(b["ms"], 50)), 1),
                        "latency_ms_p95": round(float(np.percentile(b["ms"], 95)), 1),
                        # CPU time of the (single-threaded) query: its latency on an idle core
                        "cpu_ms_p50": round(float(np.percentile(b["cpu"], 50)), 1),
                        "cpu_ms_p95": round(float(np.percentile(b["cpu"], 95)), 1)}
    return report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", required=True, help="store folder")
    parser.add_argument("--queries", required=True, help="queries JSONL file")
    parser.add_argument("--make", type=int, default=0, metavar="N",
                        help="first write N photo and N text queries for the store into FILE")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--k", type=int, default=5)


def run(args: argparse.Namespace) -> int:
    import torch

    from retrieval.search import Knowledge

    torch.set_num_threads(1)
    if args.make:
        make_queries(args.store, args.queries, args.make, seed=args.seed)
    path = Path(args.queries)
    queries = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    knowledge = Knowledge.load(args.store, progress=True)
    report = {"store": args.store, "queries_file": str(path),
              **evaluate(knowledge, queries, path.parent, k=args.k)}
    json.dump(report, sys.stdout, indent=2)
    print()
    return 0
