"""Build a blind evaluation set of shopper questions for a store folder.

What this set is for
--------------------
The shopper phrasings below were written independently of the project's own
training and paraphrase lists (the author did not look at them), in the way
real customers type into a web chat: casual or formal, short or rambling,
lowercase, small typos, British and American usage. Scoring the assistant on
them measures how well it generalizes to wording it has never seen, rather
than how well it recalls phrasings it was tuned on.

Every case is one JSON object per line:

    {"turns": [...], "expect": [...], "forbid": [...], "kind": "..."}

Only the reply to the last turn is checked: each string in "expect" must
appear in it and no string in "forbid" may appear ("forbid" is optional).

Cases (70 in all):
  * 20 "price"    - one message naming a product, asking its price
  * 20 "stock"    - one message asking whether an in-stock product is
                    available / how many are left
  * 10 "followup" - the product is named in turn 1; turn 2 asks its price or
                    stock count without repeating the name
  * 20 "faq"      - a policy question answered by the store's faq.jsonl

Products are drawn with random.Random(2027) from the products whose name
(case-insensitive) is unique in the catalog, so no colour variant can make the
expected price or stock ambiguous. The script checks that every expected fact
is really in the store data and exits with an error otherwise.

Run (standard library only, Python 3.11):

    python data/eval/make_blind_cases.py runs/holdout_store data/eval/holdout_blind.jsonl

Then evaluate the assistant with:

    shopdesk eval answers --store runs/holdout_store --cases data/eval/holdout_blind.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

SEED = 2027
N_PRICE = 20
N_STOCK = 20
N_FOLLOWUP = 10

# One message each, {p} is the product's full catalog name.
PRICE_TEMPLATES = [
    "hiya, what's the damage on the {p}?",
    "{p} - what does that one go for?",
    "Could you let me know what you're charging for the {p} please",
    "how much would i be paying for a {p}",
    "What's the {p} priced at at the moment?",
    "quick q: cost of the {p}?",
    "I'm thinking of getting the {p} for my sister's birthday, what would it set me back?",
    "price on {p}??",
    "Hello! Before I pop it in my basket, what's the price of the {p}?",
    "wat does the {p} cost",
    "what's the {p} retailing for these days",
    "How many dollars for the {p}?",
    "need the price for {p} pls",
    "Hi there, I've been looking at the {p}. What would that cost me?",
    "whats the going rate for the {p}",
    "Can you tell me how pricey the {p} is?",
    "what r u asking for the {p}",
    "Good morning, could I get a price for the {p}, please?",
    "{p}: how much $$?",
    "if I ordered one {p} today what would I pay for it, not counting postage?",
]

STOCK_TEMPLATES = [
    "do you still have any {p} left?",
    "Is the {p} available to order right now?",
    "how many {p} have you got in the warehouse",
    "Any {p} going spare? how many left?",
    "hey, is the {p} sold out or can I still get one",
    "Could you check how many units of the {p} you've got, please?",
    "{p} - got any? how many",
    "wanna grab a {p} before they're gone, how many remain?",
    "Hi, I'd need a few of the {p} for the office - how many do you have?",
    "what's the stock situation on the {p}?",
    "any {p} left or r they all gone",
    "Can I still buy the {p}, or has it run out?",
    "how many {p}s are left?",
    "Checking availabilty for the {p} please - how many can you supply?",
    "got much stock of the {p} at the mo?",
    "Hello, would you happen to have the {p} on hand? How many?",
    "quantity available for {p}?",
    "I'd like to know if the {p} is currently available and how many you have",
    "been eyeing the {p} for weeks, pls tell me it's not out of stock",
    "how many of the {p} could I order right now?",
]

# (first turn naming the product, follow-up without the name, field asked).
FOLLOWUP_TEMPLATES = [
    ("do you guys sell the {p}?", "cool, and what does it cost?", "price"),
    ("What is the {p} exactly?", "how many have you got left?", "stock"),
    ("I saw the {p} on your site, what's it made of?", "nice. how much is it going for?", "price"),
    ("hi, can you describe the {p} for me", "and is it available? how many left", "stock"),
    ("Is the {p} any good for everyday use?", "ok what's the price on that one", "price"),
    ("what colour does the {p} come in", "how many do u have", "stock"),
    ("Looking for the {p} - do you carry it?", "Great, what would it set me back?", "price"),
    ("whats the {p} like?", "and how many are still available?", "stock"),
    ("Can you give me some details on the {p}?", "what's its price then?", "price"),
    ("hey is the {p} something you stock?", "how many units of it are left?", "stock"),
]

# (faq id, shopper question, fact that the FAQ answer contains verbatim,
#  strings that must not appear, e.g. the format example's 30-day window).  Every FAQ entry of the holdout store is used
#  at least once; three get a second, differently-angled question.
FAQ_CASES = [
    (
        "returns",
        "if i dont like something can i send it back? how long have i got",
        "60",
        ["30 days"],
    ),
    (
        "refund-time",
        "I posted a parcel back to you last week, when should the money turn up in my account?",
        "5 business days",
        [],
    ),
    (
        "shipping-time",
        "how quickly will my stuff arrive if i go with the normal option",
        "3 to 5",
        [],
    ),
    ("shipping-cost", "Do I have to pay for postage or is it free?", "50", []),
    ("international", "can you deliver to Germany?", "Europe", []),
    ("payment", "what ways can I pay at checkout?", "PayPal", []),
    (
        "warranty",
        "What happens if my headphones pack in after a few months, are they covered?",
        "2-year",
        [],
    ),
    ("size-guide", "not sure what size to get, i'm usually in between two. advice?", "larger", []),
    (
        "cancel",
        "Oops, I ordered the wrong thing 20 mins ago - can I still change it??",
        "1 hour",
        [],
    ),
    (
        "gift-cards",
        "can i buy a voucher for my mum's birthday? do they run out?",
        "never expire",
        [],
    ),
    ("contact", "What hours are your support people around?", "8am to 8pm", []),
    (
        "exchange",
        "Bought trainers in the wrong size, can I swap them for a bigger pair? how long do i have",
        "60",
        [],
    ),
    ("damaged", "my mug turned up cracked :( what now", "7 days", []),
    ("tracking", "where's my parcel?? how do I follow where it's got to", "tracking link", []),
    ("stores", "Is there a shop I could visit in person to see things first?", "online only", []),
    (
        "price-match",
        "I found the exact same thing cheaper on another site, will you match it?",
        "14 days",
        [],
    ),
    ("care", "how should i wash the stuff i bought from you", "care label", []),
    ("shipping-time", "If I'm in a hurry, how fast is the express option?", "1 to 2", []),
    (
        "returns",
        "Do I have to pay the postage myself when I send something back?",
        "prepaid label",
        [],
    ),
    ("shipping-cost", "whats the delivery charge on a small order, say $20?", "4.95", []),
]


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


def price_text(product: dict) -> str:
    return f"{float(product['price']):.2f}"


def stock_text(product: dict) -> str:
    return str(int(product["stock"]))


def build_cases(store: Path) -> list[dict]:
    catalog = read_jsonl(store / "catalog.jsonl")
    faqs = {row["id"]: row for row in read_jsonl(store / "faq.jsonl")}

    name_counts = Counter(p["name"].strip().lower() for p in catalog)
    unique = [p for p in catalog if name_counts[p["name"].strip().lower()] == 1]
    in_stock = [p for p in unique if int(p.get("stock", 0) or 0) > 0]
    assert len(unique) >= N_PRICE, "not enough uniquely named products"

    rng = random.Random(SEED)
    price_products = rng.sample(unique, N_PRICE)
    used = {p["sku"] for p in price_products}
    stock_pool = [p for p in in_stock if p["sku"] not in used]
    stock_products = rng.sample(stock_pool, N_STOCK)
    used |= {p["sku"] for p in stock_products}
    followup_pool = [p for p in in_stock if p["sku"] not in used]
    followup_products = rng.sample(followup_pool, N_FOLLOWUP)

    by_sku = {p["sku"]: p for p in catalog}
    cases: list[dict] = []

    for i, product in enumerate(price_products):
        template = PRICE_TEMPLATES[i % len(PRICE_TEMPLATES)]
        fact = price_text(product)
        assert fact == f"{float(by_sku[product['sku']]['price']):.2f}"
        cases.append(
            {
                "turns": [template.format(p=product["name"])],
                "expect": [fact],
                "kind": "price",
            }
        )

    for i, product in enumerate(stock_products):
        template = STOCK_TEMPLATES[i % len(STOCK_TEMPLATES)]
        fact = stock_text(product)
        assert int(by_sku[product["sku"]]["stock"]) > 0
        assert fact == str(by_sku[product["sku"]]["stock"])
        cases.append(
            {
                "turns": [template.format(p=product["name"])],
                "expect": [fact],
                "kind": "stock",
            }
        )

    for i, product in enumerate(followup_products):
        first, second, field = FOLLOWUP_TEMPLATES[i % len(FOLLOWUP_TEMPLATES)]
        assert "{p}" not in second and product["name"].lower() not in second.lower()
        fact = price_text(product) if field == "price" else stock_text(product)
        stored = by_sku[product["sku"]][field]
        assert fact == (f"{float(stored):.2f}" if field == "price" else str(stored))
        cases.append(
            {
                "turns": [first.format(p=product["name"]), second],
                "expect": [fact],
                "kind": "followup",
            }
        )

    for faq_id, question, fact, forbid in FAQ_CASES:
        assert faq_id in faqs, f"FAQ id {faq_id!r} not in store"
        answer = faqs[faq_id]["answer"]
        assert fact in answer, f"{fact!r} not in FAQ answer {faq_id!r}"
        assert question.strip().lower() != faqs[faq_id]["question"].strip().lower()
        case = {"turns": [question], "expect": [fact], "kind": "faq"}
        if forbid:
            case["forbid"] = forbid
        cases.append(case)

    covered = {faq_id for faq_id, *_ in FAQ_CASES}
    missing = set(faqs) - covered
    assert not missing, f"FAQ entries without a case: {sorted(missing)}"
    assert len(cases) == N_PRICE + N_STOCK + N_FOLLOWUP + len(FAQ_CASES)
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path, help="store folder (catalog.jsonl, faq.jsonl, ...)")
    parser.add_argument("out", type=Path, help="output JSONL file")
    args = parser.parse_args(argv)

    cases = build_cases(args.store)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
