"""A stock question about every product of a store that a shopper can name alone.

Colour variants sharing a name are asked with their colour ("the orange Kestrel Koa Bottle");
names that would still be ambiguous are left out. The expected fact is the stock as a reply
gives it: the count, "out of stock", or "do not know" where the store keeps none.

    python data/eval/make_stock_cases.py runs/holdout_store runs/stock_have.jsonl \
        "Do you have the {p} in stock?"
    shopdesk eval answers --store runs/holdout_store --cases runs/stock_have.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from retrieval.store import load_store  # noqa: E402


def make_cases(store_dir: Path, ask: str) -> list[dict]:
    products = [p.model_dump() for p in load_store(store_dir).products]
    shared = Counter(p["name"] for p in products)
    for p in products:
        color = (p.get("attributes") or {}).get("color")
        p["said"] = p["name"] if shared[p["name"]] == 1 or not color else f"{color} {p['name']}"
    said = Counter(p["said"] for p in products)
    cases = []
    for p in products:
        if said[p["said"]] != 1:
            continue
        stock = p.get("stock")
        expect = "do not know" if stock is None else "out of stock" if stock <= 0 else str(stock)
        cases.append({"turns": [ask.format(p=p["said"])], "expect": [expect], "kind": "stock"})
    return cases


def main() -> None:
    store, out = Path(sys.argv[1]), Path(sys.argv[2])
    ask = sys.argv[3] if len(sys.argv) > 3 else "Is the {p} in stock?"
    cases = make_cases(store, ask)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(c) + "\n" for c in cases))
    print(f"{len(cases)} cases -> {out}")


if __name__ == "__main__":
    main()
