"""Two questions about one product in one message ("how much is the X and is it in stock?").

For every uniquely named product with a price and a stock level, one of four wordings asking
its price and its stock, some in one message and some as a follow-up after "tell me about
the X"; the reply must give the price and the stock (the count, or "out of stock"). Shuffled
with a fixed seed, the first N kept.

    python data/eval/make_two_question_cases.py runs/blind8_shop runs/two_blind8.jsonl
    SHOPDESK_REWORD=on shopdesk eval answers --store runs/blind8_shop \
        --cases runs/two_blind8.jsonl
"""

from __future__ import annotations

import random
from pathlib import Path

from case_sets import main, uniquely_named

from model.prompt import format_price

ONE = ("how much is the {p} and is it in stock?", "is the {p} in stock? what does it cost?",
       "what's the price of the {p}, and how many do you have?")
FOLLOW = ("how much is it and is it in stock?", "is it in stock? and how much is it?")


def make_cases(store_dir: Path, n: int = 40, seed: int = 13) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for p in uniquely_named(store_dir):
        if p.get("price") is None or p.get("stock") is None:
            continue
        stock = "out of stock" if int(p["stock"]) <= 0 else f"{int(p['stock'])} available"
        if rng.random() < 0.5:
            turns = [rng.choice(ONE).format(p=p["name"])]
        else:
            turns = [f"tell me about the {p['name']}", rng.choice(FOLLOW)]
        cases.append({"turns": turns, "expect": [format_price(p["price"]), stock],
                      "forbid": [], "kind": "two questions"})
    rng.shuffle(cases)
    return cases[:n]


if __name__ == "__main__":
    main(make_cases)
