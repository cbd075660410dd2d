"""Describing questions about a store's products ("tell me about the X").

For every uniquely named product with a price and a description, one of four wordings; the
reply must give its price and its description (the first 40 characters of it as the prompt
writes it, whole words), and no other product's price (none that is part of its own).
Shuffled with a fixed seed, the first N kept.

    python data/eval/make_describe_cases.py runs/blind8_shop runs/describe_blind8.jsonl
    SHOPDESK_REWORD=on shopdesk eval answers --store runs/blind8_shop \
        --cases runs/describe_blind8.jsonl
"""

from __future__ import annotations

import random
from pathlib import Path

from case_sets import all_products, main, uniquely_named

from model.prompt import MAX_DESCRIPTION_CHARS, format_price

ASKS = ("tell me about the {p}", "what can you tell me about the {p}?",
        "could you describe the {p}?", "I'd like to know more about the {p}")


def make_cases(store_dir: Path, n: int = 40, seed: int = 9) -> list[dict]:
    rng = random.Random(seed)
    prices = {format_price(p["price"]) for p in all_products(store_dir)
              if p.get("price") is not None}
    cases = []
    for p in uniquely_named(store_dir):
        description = str(p.get("description") or "").strip()
        if p.get("price") is None or not description:
            continue
        start = description[:min(40, MAX_DESCRIPTION_CHARS)].rsplit(" ", 1)[0]
        price = format_price(p["price"])
        cases.append({"turns": [rng.choice(ASKS).format(p=p["name"])],
                      "expect": [price, start],
                      "forbid": sorted(q for q in prices - set(description.split())
                                       if q not in price),
                      "kind": "describe"})
    rng.shuffle(cases)
    return cases[:n]


if __name__ == "__main__":
    main(make_cases)
