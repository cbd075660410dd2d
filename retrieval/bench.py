"""Image search at scale: ingest time, query latency and recall with N products.

    python -m retrieval.bench --store runs/eval_store --products 10000 --out runs/bench_10k

Builds a store folder of N products: the products of `--store` (whose shopper-style photos
are the queries) plus distractors made from the demo store's photos (mirrored, cropped,
rotated, re-coloured, relabelled with another brand: product-like photos, near-duplicates
included, which is harder than random images). Then ingests it with the real `ingest`, and
times image queries end to end (JPEG bytes in, product list out). The baseline in the same
run is the same queries against `--store` alone.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import time
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from retrieval.augment import shopper_photo
from retrieval.images import load_image_file
from retrieval.synthetic import BRANDS, write_jsonl

DEMO_STORE = Path(__file__).resolve().parent.parent / "data" / "demo_store"


def _distractor(rgb: np.ndarray, rng: random.Random) -> np.ndarray:
    image = rgb.copy()
    if rng.random() < 0.5:
        image = image[:, ::-1]
    hsv = cv2.cvtColor(np.ascontiguousarray(image), cv2.COLOR_RGB2HSV)
    hsv[..., 0] = (hsv[..., 0].astype(int) + rng.randint(0, 179)) % 180
    image = cv2.cvtColor(hsv, cv2.COLOR_HSV2RGB)
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-25, 25), rng.uniform(0.8, 1.2))
    image = cv2.warpAffine(image, matrix, (w, h), borderMode=cv2.BORDER_REPLICATE)
    text = rng.choice(BRANDS).upper()
    cv2.putText(image, text, (rng.randint(0, w // 3), rng.randint(h // 4, h - 10)),
                rng.choice([cv2.FONT_HERSHEY_SIMPLEX, cv2.FONT_HERSHEY_DUPLEX]),
                rng.uniform(0.6, 1.2), tuple(int(v) for v in np.random.default_rng(
                    rng.randrange(1 << 30)).integers(0, 255, 3)), 2, cv2.LINE_AA)
    return image


def build_store(base: Path, n: int, out: Path, seed: int = 0) -> Path:
    rows = [json.loads(line) for line in (base / "catalog.jsonl").read_text().splitlines()
            if line.strip()]
    if out.exists():
        shutil.rmtree(out)
    (out / "images").mkdir(parents=True)
    for row in rows:
        for rel in row["images"]:
            shutil.copy(base / rel, out / rel)
    demo = [json.loads(line) for line in (DEMO_STORE / "catalog.jsonl").read_text().splitlines()]
    sources = [(d, load_image_file(DEMO_STORE / d["images"][0])) for d in demo]
    rng = random.Random(seed)
    from tqdm import tqdm

    for i in tqdm(range(max(0, n - len(rows))), desc="distractors", unit="photo"):
        source, rgb = rng.choice(sources)
        rel = f"images/x{i:06d}.jpg"
        Image.fromarray(_distractor(rgb, rng)).save(out / rel, quality=80)
        rows.append({**source, "sku": f"X{i:06d}", "name": f"{rng.choice(BRANDS)} "
                     f"{source['name'].split(' ', 1)[1]} {i}", "images": [rel]})
    write_jsonl(out / "catalog.jsonl", rows)
    return out


def time_queries(knowledge, queries: list[tuple[bytes, str]]) -> dict[str, float]:
    latencies, cpu, top1, top5 = [], [], 0, 0
    for data, sku in queries:
        started, cpu_started = time.perf_counter(), time.thread_time()
        hits = knowledge.search(text=None, image=data, k=5)
        latencies.append((time.perf_counter() - started) * 1000)
        cpu.append((time.thread_time() - cpu_started) * 1000)
        skus = [h["sku"] for h in hits]
        top1 += skus[:1] == [sku]
        top5 += sku in skus
    return {"queries": len(queries), "recall@1": round(top1 / len(queries), 4),
            "recall@5": round(top5 / len(queries), 4),
            "latency_ms_p50": round(float(np.percentile(latencies, 50)), 1),
            "latency_ms_p95": round(float(np.percentile(latencies, 95)), 1),
            "cpu_ms_p50": round(float(np.percentile(cpu, 50)), 1),
            "cpu_ms_p95": round(float(np.percentile(cpu, 95)), 1)}


def time_text_turns(knowledge, products: list[dict], n: int) -> dict[str, float]:
    """A whole text turn (`lookup`): encode, fuse, filter, FAQ, order check."""
    from retrieval.evaluate import _paraphrase

    rng = random.Random(3)
    wall, cpu = [], []
    for _ in range(n):
        text = _paraphrase(rng.choice(products), rng)
        if rng.random() < 0.5:
            text += f" under ${rng.randint(20, 200)} in stock"
        started, cpu_started = time.perf_counter(), time.thread_time()
        knowledge.lookup(text=text, image=None, history=[], order_id=None, channel="chat")
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.thread_time() - cpu_started) * 1000)
    return {"turns": n, "latency_ms_p50": round(float(np.percentile(wall, 50)), 1),
            "latency_ms_p95": round(float(np.percentile(wall, 95)), 1),
            "cpu_ms_p50": round(float(np.percentile(cpu, 50)), 1),
            "cpu_ms_p95": round(float(np.percentile(cpu, 95)), 1)}


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="store whose products are queried")
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--out", default="runs/bench_store")
    parser.add_argument("--reuse", action="store_true", help="keep an already built store")
    args = parser.parse_args()

    import faiss
    import torch

    from retrieval.ingest import ingest
    from retrieval.search import Knowledge
    from retrieval.text import TextEncoder

    torch.set_num_threads(1)
    faiss.omp_set_num_threads(1)
    base, out = Path(args.store), Path(args.out)
    if not (args.reuse and (out / "catalog.jsonl").exists()):
        build_store(base, args.products, out)
    encoder = TextEncoder()
    started = time.perf_counter()
    report = ingest(out, progress=True, encoder=encoder)
    ingest_seconds = time.perf_counter() - started
    big = Knowledge.load(out, encoder=encoder)
    small = Knowledge.load(base, encoder=encoder)
    rng = np.random.default_rng(7)
    products = [p for p in small.products]
    queries = []
    for i in rng.choice(len(products), args.queries, replace=True):
        product = products[int(i)]
        rgb = load_image_file(base / product["images"][0], max_side=1024)
        queries.append((shopper_photo(rgb, rng), product["sku"]))
    result_big = time_queries(big, queries)
    result_small = time_queries(small, queries)
    text_big = time_text_turns(big, products, args.queries)
    print(json.dumps({
        "products": len(big.products), "photos": int(len(big.image_skus)),
        "ingest_seconds": round(ingest_seconds, 1),
        "ingest_photos_computed": report.images_computed,
        f"at_{len(big.products)}": result_big, f"baseline_at_{len(small.products)}": result_small,
        "latency_p95_ratio": round(result_big["latency_ms_p95"]
                                   / max(result_small["latency_ms_p95"], 1e-6), 2),
        "cpu_p95_ratio": round(result_big["cpu_ms_p95"] / max(result_small["cpu_ms_p95"], 1e-6),
                               2),
        f"text_lookup_at_{len(big.products)}": text_big,
        "peak_rss_mb": round(_rss_mb(), 1),
    }, indent=2))


if __name__ == "__main__":
    main()
