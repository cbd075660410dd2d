"""Answer cases in phrasings that no training list, case generator or test uses.

A spot check of how the pipeline copes with shoppers' own words: 20 price, 20 stock and 20
FAQ questions to the held-out store (`python data/make_demo_store.py runs/holdout_store
--eval --seed 4242`). Product questions name products drawn from the store's catalog (names
that no colour variant shares); FAQ questions ask the store's FAQ in other words, each
expecting the answer's key fact.

    python data/eval/make_paraphrase_cases.py runs/holdout_store data/eval/holdout_paraphrases.jsonl
    shopdesk eval answers --store runs/holdout_store --cases data/eval/holdout_paraphrases.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

PRICE = ["price check on the {p} please", "how much do you want for the {p}?",
         "what's the {p} priced at?", "what would the {p} set me back?",
         "could you quote me the {p}?", "{p}, what does it go for?",
         "is the {p} cheap? what's the price", "I'm thinking of buying the {p}, what's it cost?",
         "what are you charging for the {p}?", "how pricey is the {p}?"]
STOCK = ["do you have the {p} on hand?", "is the {p} ready to ship?", "can I still get the {p}?",
         "are there {p} left in the warehouse?", "is the {p} out of stock?",
         "could I buy a {p} right away?", "how many of the {p} have you got?",
         "{p} - do you have any?", "I'd like the {p}, is it available?",
         "any stock of the {p} at the moment?"]
# The held-out store's FAQ (data/make_demo_store.py) asked in other words: (question, fact).
FAQ = [("what do I pay for postage?", "4.95"), ("is delivery free if I spend enough?", "50"),
       ("how quickly will my parcel get here?", "3 to 5"),
       ("can I get it faster with express?", "1 to 2"),
       ("how long do I have to send something back?", "60"),
       ("I returned a jacket, when do I see my money?", "5 business days"),
       ("do you deliver to Germany?", "Europe"), ("can I pay with Amex?", "American Express"),
       ("how long is the guarantee on your products?", "2-year"),
       ("not sure which size to pick, any advice?", "size chart"),
       ("I made a mistake in my order, can I still change it?", "1 hour"),
       ("are gift vouchers available?", "500"), ("what hours is your chat open?", "8am to 8pm"),
       ("the wrong colour came, can I swap it?", "60 days"),
       ("the box was crushed and the mug is cracked, what now?", "7 days"),
       ("how will I know where my parcel is?", "tracking link"),
       ("is there a shop I can visit?", "online only"),
       ("I saw it cheaper elsewhere, will you match that?", "14 days"),
       ("how do I wash the textiles?", "machine washed cold"),
       ("do I pay import duties on foreign orders?", "checkout")]


def main(store: Path, out: Path, seed: int = 5) -> None:
    rng = random.Random(seed)
    catalog = [json.loads(line) for line in (store / "catalog.jsonl").open() if line.strip()]
    # A name that colour variants share does not say which one's price or stock is meant.
    names = Counter(p["name"].lower() for p in catalog)
    catalog = [p for p in catalog if names[p["name"].lower()] == 1]
    stocked = [p for p in catalog if (p.get("stock") or 0) > 0]
    cases = []
    for i, product in enumerate(rng.sample(catalog, 20)):
        cases.append({"turns": [PRICE[i % len(PRICE)].format(p=product["name"])],
                      "expect": [f"{product['price']:.2f}"], "kind": "price"})
    for i, product in enumerate(rng.sample(stocked, 20)):
        cases.append({"turns": [STOCK[i % len(STOCK)].format(p=product["name"])],
                      "expect": [str(product["stock"])], "kind": "stock"})
    for question, fact in FAQ:
        cases.append({"turns": [question], "expect": [fact], "kind": "faq"})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(c) + "\n" for c in cases))
    print(f"wrote {len(cases)} cases to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
