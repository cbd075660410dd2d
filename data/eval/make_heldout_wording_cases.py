"""Answer cases in the held-out halves of the model's own wording lists, for any store.

Where settings of the pipeline's rewording (model/wording.py) are compared: its exemplars are
the training halves of `model.dialogues`' lists, these cases the other halves, so the cases
are wordings the rewording has not seen (though of the same project; the shoppers' own words
of `holdout_paraphrases.jsonl` are the test). Per case kind: price and stock questions naming
a product, follow-ups ("Tell me about X" then a held-out "how much is it?"), FAQ topics in
held-out wordings where the store's FAQ has the topic, greetings, thanks and off-topic
questions (which must not come back with an FAQ answer's figures).

    python data/eval/make_heldout_wording_cases.py runs/dev_store runs/dev_wording.jsonl
    shopdesk eval answers --store runs/dev_store --cases runs/dev_wording.jsonl

With a third argument `short`, only the price and stock cases, each product written as
shoppers shorten it: lower case, without its last word ("the northwind atlas"), for
products whose shortened name starts no other name.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from model.dialogues import _FAQS, wordings  # noqa: E402

# FAQ topics of the model's lists -> words of the store FAQ question that asks the same
TOPICS = {"returns": "return an item", "refund": "refund", "shipping_fee": "much is shipping",
          "shipping_time": "delivery take", "international": "abroad", "warranty": "warranty",
          "payment": "payment", "exchange": "exchange", "cancel": "cancel"}


def main(store_dir: str, out: str, short: bool = False, per_kind: int = 24, seed: int = 5) -> None:
    rng = random.Random(seed)
    store = Path(store_dir)
    products = [json.loads(line) for line in (store / "catalog.jsonl").open() if line.strip()]
    names = Counter(p["name"] for p in products)
    products = [p for p in products if names[p["name"]] == 1]
    faqs = [json.loads(line) for line in (store / "faq.jsonl").open() if line.strip()]
    held, held_faq = wordings(heldout=True)
    cases = []
    for _ in range(per_kind):
        p = rng.choice(products)
        cases.append({"turns": [rng.choice(held["price"]).format(p=p["name"])],
                      "expect": [f"{float(p['price']):.2f}"], "kind": "price"})
        p = rng.choice(products)
        stock = int(p.get("stock") or 0)
        cases.append({"turns": [rng.choice(held["stock"]).format(p=p["name"])],
                      "expect": [str(stock) if stock > 0 else "out of stock"], "kind": "stock"})
        p = rng.choice(products)
        cases.append({"turns": [f"Tell me about the {p['name']}", rng.choice(held["price_it"])],
                      "expect": [f"{float(p['price']):.2f}"], "kind": "follow"})
        kind = rng.choice([f for f in _FAQS if f[0] in TOPICS])[0]
        entry = next((f for f in faqs if TOPICS[kind] in f["question"].lower()), None)
        if entry is not None:
            numbers = re.findall(r"\d+(?:\.\d+)?", entry["answer"])
            cases.append({"turns": [rng.choice(held_faq[kind])],
                          "expect": numbers[:1] or [" ".join(entry["answer"].split()[:3])],
                          "kind": "faq"})
        figures = sorted({n for f in faqs for n in re.findall(r"\d+(?:\.\d+)?", f["answer"])})
        other = rng.choice(["greeting", "thanks", "offtopic"])
        cases.append({"turns": [rng.choice(held[other])], "expect": [],
                      "forbid": figures, "kind": other})
    if short:
        cases = _shortened(cases, [p["name"] for p in products] + list(names))
    Path(out).write_text("".join(json.dumps(c) + "\n" for c in cases))
    print(f"{len(cases)} cases -> {out}")


def _shortened(cases: list[dict], names: list[str]) -> list[dict]:
    starts = Counter(" ".join(n.split()[:-1]) for n in set(names))
    kept = []
    for case in cases:
        if case["kind"] not in ("price", "stock"):
            continue
        text = case["turns"][0]
        name = next((n for n in sorted(set(names), key=len, reverse=True) if n in text), None)
        if name is not None and starts[" ".join(name.split()[:-1])] == 1:
            kept.append({**case, "turns": [text.replace(name, " ".join(name.split()[:-1]).lower())]})
    return kept


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], short=sys.argv[3:4] == ["short"])
