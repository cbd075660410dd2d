"""Build a second blind evaluation set of shopper messages for a generated store.

What it is for
    The project's own phrasing lists were written alongside the assistant, so scores on
    them say little about messages worded differently. This is a second, independent set:
    shopper phrasings written from scratch (casual and formal, short and rambling, typos,
    British and American usage, the odd emoji) without looking at the project's lists,
    aimed at another generated store (runs/fresh_store, "Harbor Home & Goods"). Comparing
    its score with the score on the project's own cases measures how well the assistant
    generalises to wording it has never seen.

    Kinds: 15 price, 15 stock, 10 followup (two turns, product named only in turn 1),
    15 faq, 15 order. Only the reply to the last turn is checked: every string in
    "expect" must appear in it and none in "forbid". Every expected fact is asserted
    here to come from the store data (price with two decimals, stock count, a verbatim
    piece of the matching FAQ answer, the order's status word).

How to make it (standard library only, deterministic: random.Random(9091))
    python data/eval/make_blind_cases_2.py runs/fresh_store data/eval/fresh_blind.jsonl

How to run the eval
    shopdesk eval answers --store runs/fresh_store --cases data/eval/fresh_blind.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

SEED = 9091

# ---------------------------------------------------------------- phrasings
# {name} is the catalog name as written, {lname} the same name in lowercase.

PRICE_TEMPLATES = [
    "hey! what does the {name} cost?",
    "whats the price on the {lname} pls",
    "Could you let me know the current price of the {name}, please?",
    "thinking of getting the {lname} for my sister's birthday 🎁 what would that set me back?",
    "{lname} price?",
    "Hi there, I was browsing last night and spotted the {name} but can't remember "
    "what it was priced at. Remind me?",
    "how much r u charging for the {lname}",
    "Good afternoon. What is the retail price of the {name}?",
    "quick q - what's the {name} going for at the moment?",
    "is the {lname} expensive? what does it cost in dollars",
    "Before I add the {name} to my basket, what's it going to cost me?",
    "ok so the {lname}... what's the damage 😅",
    "price check on the {name} please",
    "How pricey is the {name}? I'm on a bit of a budget this month",
    "wat does the {lname} sell for",
]

STOCK_TEMPLATES = [
    "how many {lname} do you have left?",
    "hiya, got any of the {name} in? how many left?",
    "What quantity of the {name} do you currently have in stock?",
    "can i still buy the {lname} or is it nearly sold out? how many are there 🤞",
    "my mate wants one too so we'd need a couple of the {name} - how many have you got?",
    "how many units of {name} are in the warehouse rn",
    "Is the {name} available right now? I'd like to order it this week, how many do you have?",
    "{lname} - how many left??",
    "Hello, I'd like to know how many {name} remain in your inventory.",
    "are u running low on the {lname}? how many still there",
    "Could I place an order for the {name} today? How many are available?",
    "need to buy a few of the {lname} for the office, how many do you actually have",
    "Stock level for the {name}, please - how many units?",
    "quick one: how many {name} left before they're all gone?",
    "hi, how many of the {lname} can i order right now",
]

# (question kind, first turn)
FOLLOWUP_FIRST = [
    ("material", "what's the {lname} made of?"),
    ("material", "What material is the {name}? I'm trying to avoid plastic."),
    ("material", "is the {name} made of something sturdy? what's the material"),
    ("material", "hiya, what's the {lname} actually made from"),
    ("color", "what colour is the {lname}?"),
    ("color", "Which color does the {name} come in? want it to match my kitchen"),
    ("color", "the {name} - what colour is that one exactly?"),
    ("sell", "do you guys sell the {name}?"),
    ("sell", "Hi, do you carry the {name}?"),
    ("sell", "saw the {lname} on insta, is that something you have on your site?"),
]

FOLLOWUP_SECOND = {
    "price": [
        "ok and what does it cost?",
        "nice, what's the price?",
        "how much?",
        "and the price on that one?",
        "cool how much would it be",
    ],
    "stock": [
        "how many have you got left?",
        "and how many are left?",
        "are there lots left or is it nearly gone? how many",
        "how many could i get right now",
        "great - how many do you have in stock?",
    ],
}

# (faq id, message, key fact that the matching answer contains verbatim)
FAQ_CASES = [
    ("returns", "how do i send stuff back, do i have to pay the postage myself?", "prepaid label"),
    ("refund-time", "Sent a parcel back on Monday - when will the money land back on my card?",
     "5 business days"),
    ("shipping-time", "if i order today with normal delivery when would it turn up roughly",
     "4 to 7 business days"),
    ("shipping-cost", "what do you charge for postage on a small order, like a $20 mug?", "$4.95"),
    ("international", "Do you deliver outside the US? I'm in Germany 🇩🇪", "Europe"),
    ("payment", "what ways can i pay? don't have a credit card", "PayPal"),
    ("warranty", "If my headphones pack in after a year because of a fault, am I covered?",
     "2-year"),
    ("size-guide", "I'm somewhere between a 9 and a 10 in trainers, which should I go for?",
     "larger one"),
    ("cancel", "ordered 20 mins ago and made a mistake, can i still cancel it??", "1 hour"),
    ("gift-cards", "do your gift vouchers run out after a while?", "never expire"),
    ("contact", "What hours is your support team around to chat?", "8am to 8pm"),
    ("exchange", "bought a mug in the wrong colour, can i swap it and does that cost extra?",
     "exchanges are free"),
    ("damaged", "my vase turned up cracked 😩 what do i do", "7 days"),
    ("stores", "Is there a shop I can visit in person to look at the chairs first?",
     "online only"),
    ("price-match", "I bought a bottle last week and now it's cheaper at another official "
     "retailer. can you match it? is there a time limit?", "14 days"),
]

ORDER_SINGLE = [
    "hi where's my order {oid}? email is {email}",
    "Hello, could you give me an update on order {oid}? The email on the account is {email}. "
    "Thanks!",
    "been waiting ages for {oid} 😤 whats going on with it. my email: {email}",
    "order {oid} / {email} - when's it arriving?",
    "Hiya, any news on my parcel? order no. {oid}, I used {email} at checkout",
    "Can you check the status of {oid} please, email {email}",
    "when will order {oid} get here?? ({email})",
    "I placed order {oid} a couple of weeks ago using {email}, has it been sent out yet?",
    "{email} here, order {oid}. Where is it at?",
    "Good morning, I'd like to track order number {oid}. Registered email: {email}.",
]

ORDER_TWO_TURN = [
    ("where's my stuff? order {oid}", "{email}"),
    ("Hi, I'm chasing order {oid}, it hasn't arrived", "sure, it's {email}"),
    ("can you tell me when {oid} will be delivered", "oh the email is {email}"),
    ("Order {oid} - any update on delivery?", "The email I ordered with is {email}"),
    ("hey is my order {oid} on its way yet", "email's {email} 👍"),
]

# how many orders of each status to use (15 in all)
ORDER_MIX = {"processing": 5, "shipped": 4, "delivered": 4, "returned": 2}


# ---------------------------------------------------------------- helpers

def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def fmt_price(price: float) -> str:
    return f"{price:.2f}"


def fill(template: str, product: dict) -> str:
    return template.format(name=product["name"], lname=product["name"].lower())


def build(store: Path) -> list[dict]:
    rng = random.Random(SEED)
    catalog = read_jsonl(store / "catalog.jsonl")
    faqs = {f["id"]: f for f in read_jsonl(store / "faq.jsonl")}
    orders = read_jsonl(store / "orders.jsonl")
    by_sku = {p["sku"]: p for p in catalog}

    counts = Counter(p["name"].lower() for p in catalog)
    all_names = [p["name"].lower() for p in catalog]
    unique = [
        p for p in catalog
        if counts[p["name"].lower()] == 1
        # also skip a name that sits inside another product's name
        and not any(p["name"].lower() in n and p["name"].lower() != n for n in all_names)
    ]
    unique.sort(key=lambda p: p["sku"])
    rng.shuffle(unique)

    def stock_ok(p: dict) -> bool:
        # at least two digits, and the number must not hide inside the price string
        stock = p.get("stock", 0)
        return stock >= 10 and str(stock) not in fmt_price(p["price"])

    used: set[str] = set()

    def take(n: int, pred=lambda p: True) -> list[dict]:
        picked = [p for p in unique if p["sku"] not in used and pred(p)][:n]
        assert len(picked) == n, f"not enough products: wanted {n}, got {len(picked)}"
        used.update(p["sku"] for p in picked)
        return picked

    cases: list[dict] = []

    # price
    price_templates = PRICE_TEMPLATES[:]
    rng.shuffle(price_templates)
    for tpl, p in zip(price_templates, take(15), strict=True):
        cases.append({"turns": [fill(tpl, p)], "expect": [fmt_price(p["price"])],
                      "kind": "price", "_sku": p["sku"]})

    # stock
    stock_templates = STOCK_TEMPLATES[:]
    rng.shuffle(stock_templates)
    for tpl, p in zip(stock_templates, take(15, stock_ok), strict=True):
        cases.append({"turns": [fill(tpl, p)], "expect": [str(p["stock"])],
                      "kind": "stock", "_sku": p["sku"]})

    # followup: five ask the price, five the count left
    firsts = FOLLOWUP_FIRST[:]
    rng.shuffle(firsts)
    asks = ["price"] * 5 + ["stock"] * 5
    rng.shuffle(asks)
    seconds = {k: rng.sample(v, len(v)) for k, v in FOLLOWUP_SECOND.items()}
    for (qkind, first), ask in zip(firsts, asks, strict=True):
        def pred(p: dict, qkind: str = qkind, ask: str = ask) -> bool:
            attrs = p.get("attributes", {})
            if qkind == "material" and not attrs.get("material"):
                return False
            if qkind == "color" and not attrs.get("color"):
                return False
            return stock_ok(p) if ask == "stock" else True
        (p,) = take(1, pred)
        second = seconds[ask].pop()
        assert p["name"].lower() not in second.lower()
        expect = fmt_price(p["price"]) if ask == "price" else str(p["stock"])
        cases.append({"turns": [fill(first, p), second], "expect": [expect],
                      "kind": "followup", "_sku": p["sku"]})

    # faq
    faq_cases = FAQ_CASES[:]
    rng.shuffle(faq_cases)
    for fid, message, fact in faq_cases:
        assert fid in faqs, f"no FAQ {fid!r} in store"
        answer = faqs[fid]["answer"]
        assert fact in answer, f"{fact!r} not in answer of {fid!r}"
        others = [k for k, f in faqs.items() if k != fid and fact in f["answer"]]
        assert not others, f"{fact!r} also in {others}"
        assert message.lower() != faqs[fid]["question"].lower()
        cases.append({"turns": [message], "expect": [fact], "kind": "faq", "_faq": fid})

    # order
    picked_orders: list[dict] = []
    for status, n in ORDER_MIX.items():
        pool = sorted((o for o in orders if o["status"] == status), key=lambda o: o["order_id"])
        assert len(pool) >= n, f"only {len(pool)} orders with status {status!r}"
        picked_orders += rng.sample(pool, n)
    rng.shuffle(picked_orders)
    forms: list[tuple[str, ...]] = [(t,) for t in ORDER_SINGLE] + list(ORDER_TWO_TURN)
    rng.shuffle(forms)
    for form, o in zip(forms, picked_orders, strict=True):
        turns = [t.format(oid=o["order_id"], email=o["email"]) for t in form]
        joined = " ".join(turns)
        assert o["order_id"] in joined and o["email"] in joined
        cases.append({"turns": turns, "expect": [o["status"]], "kind": "order",
                      "_order": o["order_id"]})

    # check every expected fact against the store data
    order_by_id = {o["order_id"]: o for o in orders}
    for c in cases:
        kind = c["kind"]
        if kind in ("price", "stock", "followup"):
            p = by_sku[c.pop("_sku")]
            assert counts[p["name"].lower()] == 1
            assert p["name"].lower() in c["turns"][0].lower()
            if kind == "followup":
                assert p["name"].lower() not in c["turns"][-1].lower()
            facts = {fmt_price(p["price"])}
            if p.get("stock", 0) > 0:
                facts.add(str(p["stock"]))
            assert c["expect"][0] in facts, (c, p)
            if kind == "price":
                assert c["expect"] == [fmt_price(p["price"])]
            if kind == "stock":
                assert c["expect"] == [str(p["stock"])] and p["stock"] > 0
        elif kind == "faq":
            fid = c.pop("_faq")
            assert c["expect"][0] in faqs[fid]["answer"]
        elif kind == "order":
            o = order_by_id[c.pop("_order")]
            assert c["expect"] == [o["status"]]
        assert not any(k.startswith("_") for k in c)

    got = Counter(c["kind"] for c in cases)
    assert got == {"price": 15, "stock": 15, "followup": 10, "faq": 15, "order": 15}, got
    return cases


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path, help="store folder (catalog.jsonl, faq.jsonl, ...)")
    ap.add_argument("out", type=Path, help="output .jsonl file")
    args = ap.parse_args()
    cases = build(args.store)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    kinds = Counter(c["kind"] for c in cases)
    print(f"wrote {len(cases)} cases to {args.out}: " + ", ".join(
        f"{k}={v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
