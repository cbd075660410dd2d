"""Write the "blind3" answer-accuracy cases (80 cases) for the shop built by make_store.py.

Each output line is {"turns": [...], "expect": [...], "forbid": [...], "kind": "..."}: a case
passes when the reply to the last turn contains every `expect` substring and no reply contains
a `forbid` substring (case-insensitive). Kinds: 15 price, 15 stock, 10 followup, 20 faq and
20 order. Products and orders are picked with a fixed-seed random.Random, so the output is
deterministic; every expected fact is asserted against the store data.

Run from the repository root, after make_store.py:

    python data/eval/blind3/make_cases.py runs/blind3_shop data/eval/blind3/cases.jsonl

All customer phrasings below, and the FAQ in make_store.py, were written without reference to
the assistant's own wording lists, its training data or its other evaluation sets.
"""

from __future__ import annotations

import collections
import json
import os
import random
import sys

SEED = 31337

# ---------------------------------------------------------------------------------------------
# Phrasings. "{n}" is the product name; a trailing True means the shopper types it in lower case.

PRICE_PHRASES = [
    ("How much is the {n}?", False),
    ("hi! whats the price on the {n} pls", True),
    ("Could you tell me what the {n} costs, please?", False),
    ("{n} - price?", False),
    ("I'm putting together a gift basket for my sister and I keep going back and forth on the {n}. "
     "Before I make up my mind, how much does it actually cost?", False),
    ("how much r u charging for the {n}", True),
    ("What would the {n} set me back?", False),
    ("Price of {n}?", False),
    ("Good afternoon. I would be grateful if you could confirm the current price of the {n}.", False),
    ("hey how much is {n} 🙂", True),
    ("Whats teh cost of the {n}", False),
    ("Is the {n} expensive? How much exactly?", False),
    ("quick q: {n}, how much in dollars?", True),
    ("Saw the {n} on your site earlier — what's it going for at the moment?", False),
    ("My partner reckons the {n} is pricey. What's the actual price? Cheers", False),
]

STOCK_PHRASES = [
    ("How many {n} do you have in stock?", False),
    ("is the {n} in stock? how many left?", True),
    ("Do you currently have the {n} available, and how many?", False),
    ("I need several of the {n} for our office. How many units could you supply right now?", False),
    ("any {n} left?? 😅", True),
    ("Could you please check the stock level of the {n}?", False),
    ("{n} availability?", False),
    ("hiya, wondering if the {n} is available to order at the moment or if it's sold out", False),
    ("How many of the {n} are left in your warehouse?", False),
    ("can i still buy the {n} or have u run out", True),
    ("Hello, I'd like to know whether the {n} is in stock and, if so, how many you've got.", False),
    ("I've been waiting ages for the {n} to come back. Do you have any at the minute?", False),
    ("wat's the stock on {n}", True),
    ("Thinking of ordering a few of the {n} for gifts - how many have you actually got?", False),
    ("Are there any {n} available right now? If so how many", False),
]

FOLLOWUP_FIRST = [
    ("Tell me about the {n}.", False),
    ("what's the {n} made of?", True),
    ("Do you sell the {n}?", False),
    ("I'm eyeing up the {n}, what colour is it?", False),
    ("Hi, can you describe the {n} for me", False),
    ("is the {n} any good? 🤔", True),
    ("Could you give me some details on the {n}, please?", False),
    ("Looking at the {n} — what material is that?", False),
    ("what does the {n} look like", True),
    ("Does the {n} come in other colors?", False),
]

FOLLOWUP_PRICE = [
    "ok and how much is it?",
    "Nice. What's the price?",
    "Sounds good — how much would that be?",
    "and what do you charge for it",
    "Right, what does it cost then?",
]

FOLLOWUP_STOCK = [
    "how many do you have?",
    "Is it in stock? How many?",
    "cool, how many are left",
    "I might want a few - how many have you got in stock?",
    "OK, and how many could I order right now?",
]

# (faq id, message, expected substrings of that entry's answer)
FAQ_CASES = [
    ("returns-window",
     "hey so I bought a vase a few weeks back and honestly it just doesn't go with anything in my living room 🙈 "
     "can I still send it back, how long do I have?", ["45 days"]),
    ("returns-window",
     "To whom it may concern: what is the time limit for returning an unwanted item?", ["45 days"]),
    ("refund-timing",
     "I posted my return on Monday. How long until I see the money again?", ["3 business days"]),
    ("delivery-times",
     "If I order today with normal shipping, when would it turn up roughly?", ["4 to 7 business days"]),
    ("delivery-charges", "do u charge for postage", ["6.95", "$75"]),
    ("delivery-charges",
     "How much more do I need to spend to get free delivery? My basket's at about $50 with a mug and a notebook.",
     ["$75"]),
    ("international-orders",
     "Good morning. I am moving to Toronto in the spring. Would I still be able to order from you once I live in "
     "Canada, and which company would deliver my orders there?", ["GlobalPost"]),
    ("guarantee",
     "the frame on my chair has cracked and I've only had it 2 and a half years. how long are chairs covered for?",
     ["5 years"]),
    ("ways-to-pay",
     "Can I pay in instalments? The chair I want is a bit much to pay for all at once.", ["Klarna"]),
    ("price-promise",
     "I just saw the exact same bottle about $8 cheaper on another website and I bought mine from you 4 days ago!! "
     "can I get the difference back? how long do I have to claim?", ["10 days"]),
    ("rewards-club",
     "how do your points work, how many do I need before I actually get a voucher", ["200 points"]),
    ("e-gift-cards",
     "want to get my mum a gift voucher for her birthday, whats the most I can put on one and does it expire",
     ["$300", "3 years"]),
    ("locker-pickup",
     "I'm never home during the day so deliveries are a nightmare. Is there somewhere I can go and grab my "
     "parcel myself? Which lockers do you use?", ["ParcelPoint"]),
    ("home-assembly",
     "I'm rubbish with flat-pack. Can someone come round and put my chair together for me, and what does that cost?",
     ["TaskNest", "$49"]),
    ("trade-accounts",
     "We're fitting out a small boutique hotel and need roughly 40 mugs and 30 chairs. What discount do you give "
     "businesses buying in volume?", ["15%"]),
    ("caring-for-items",
     "spilled red wine on my linen chair 😭 is there a product you sell to stop this happening again?",
     ["Fabric Guard"]),
    ("second-round",
     "We're finally replacing the ancient armchair in the study. When your team brings the new one, can they haul "
     "the old thing away, and is there a fee?", ["$25"]),
    ("multiple-parcels",
     "Only half my order came today?? I ordered a mug and a notebook and just the mug showed up. Did you forget "
     "the rest of it or what", ["separate"]),
    ("close-account",
     "I'd like you to delete all the personal info you hold about me please. Who do I contact to get that done?",
     ["privacy@harborhome.example"]),
    ("engraving",
     "Is it possible to get my dad's initials engraved on a notebook for Father's Day, and what's the charge?",
     ["$12"]),
]

# (status, expect "stem" or "eta", turns with {id} and {email})
ORDER_CASES = [
    ("processing", "stem", ["Hi, could you give me an update on order {id}? The email on it is {email}."]),
    ("processing", "stem", ["has my order {id} shipped yet?", "oh sorry, it's {email}"]),
    ("processing", "stem", ["When can I expect order {id} to arrive? I used {email} when I ordered."]),
    ("processing", "stem", ["Where's my stuff?? order number {id}", "email: {email}"]),
    ("shipped", "eta", ["Hello! When should order {id} get to me? Email is {email}. Thanks 😊"]),
    ("shipped", "eta", ["I'm away from next week so I need the expected delivery date for {id} ({email})."]),
    ("shipped", "eta", ["Any idea when my package will arrive? Order ref {id}", "{email} is the address I ordered with"]),
    ("shipped", "stem", ["has {id} been sent out yet? my email's {email}"]),
    ("shipped", "stem", ["Order {id}, {email} — has it gone out yet, and which courier is bringing it?"]),
    ("shipped", "stem", ["Good evening. I would like to know the current status of my order, reference {id}.",
                         "Certainly, the email address is {email}."]),
    ("shipped", "stem", ["wheres my order lol {id} / {email}"]),
    ("delivered", "stem", ["Can you tell me where order {id} is? I'm on {email}"]),
    ("delivered", "stem", ["Hi there, just checking on the status of {id}", "the account email is {email}"]),
    ("delivered", "stem", ["Has order {id} shipped? email {email}"]),
    ("delivered", "stem", ["when will order {id} arrive?", "{email}"]),
    ("delivered", "stem", ["My neighbour thinks a parcel came for me while I was out. Could you check what's "
                           "happened with order {id}? Email is {email}."]),
    ("cancelled", "stem", ["What's going on with my order {id}? Haven't heard a thing. Email {email}"]),
    ("cancelled", "stem", ["Hello, is order {id} on its way to me?", "Sure - {email}"]),
    ("returned", "stem", ["I sent some bits back from order {id}. Can you confirm where things stand now? {email}"]),
    ("returned", "stem", ["status of order {id} please", "it's under {email}"]),
]

STATUS_STEM = {
    "processing": "process",
    "shipped": "shipped",
    "delivered": "delivered",
    "cancelled": "cancel",
    "returned": "return",
}


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def fill(phrase: tuple[str, bool], name: str) -> str:
    text, lower = phrase
    return text.format(n=name.lower() if lower else name)


def price_str(p: dict) -> str:
    return f"{float(p['price']):.2f}"


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        print("usage: make_cases.py STORE_DIR OUT_JSONL", file=sys.stderr)
        return 2
    store, out = argv[1], argv[2]
    catalog = read_jsonl(os.path.join(store, "catalog.jsonl"))
    faq = {e["id"]: e for e in read_jsonl(os.path.join(store, "faq.jsonl"))}
    orders = read_jsonl(os.path.join(store, "orders.jsonl"))
    rng = random.Random(SEED)

    by_name: dict[str, list[dict]] = collections.defaultdict(list)
    for p in catalog:
        by_name[p["name"]].append(p)
    # Price questions may name a product with several variants only if they all cost the same.
    same_price = sorted(n for n, v in by_name.items() if len({price_str(p) for p in v}) == 1)
    # Stock questions name products whose name is unique, so the count is unambiguous.
    unique = sorted(n for n, v in by_name.items() if len(v) == 1)
    out_of_stock = [n for n in unique if by_name[n][0].get("stock") == 0]
    # In stock: a two-digit count that is not part of the product's price, so the substring means something.
    in_stock = [n for n in unique
                if isinstance(by_name[n][0].get("stock"), int) and by_name[n][0]["stock"] >= 10
                and str(by_name[n][0]["stock"]) not in price_str(by_name[n][0])]

    cases: list[dict] = []
    used: set[str] = set()

    def case(turns, expect, kind):
        cases.append({"turns": turns, "expect": expect, "forbid": [], "kind": kind})

    # --- stock: 4 out of stock, 11 in stock -----------------------------------------------------
    oos_pick = rng.sample(out_of_stock, min(4, len(out_of_stock)))
    ins_pick = rng.sample(in_stock, 15 - len(oos_pick))
    stock_names = oos_pick + ins_pick
    rng.shuffle(stock_names)
    for phrase, name in zip(STOCK_PHRASES, stock_names):
        p = by_name[name][0]
        expect = "out of stock" if p["stock"] == 0 else str(p["stock"])
        assert (p["stock"] == 0) == (expect == "out of stock")
        assert p["stock"] == 0 or int(expect) == p["stock"]
        case([fill(phrase, name)], [expect], "stock")
        used.add(name)

    # --- followup: 5 price, 5 stock -----------------------------------------------------------
    fu_stock = rng.sample([n for n in in_stock if n not in used], 5)
    used.update(fu_stock)
    fu_price = rng.sample([n for n in same_price if n not in used], 5)
    used.update(fu_price)
    fu_plan = [(n, "price") for n in fu_price] + [(n, "stock") for n in fu_stock]
    rng.shuffle(fu_plan)
    price_q = iter(FOLLOWUP_PRICE)
    stock_q = iter(FOLLOWUP_STOCK)
    for first, (name, what) in zip(FOLLOWUP_FIRST, fu_plan):
        p = by_name[name][0]
        if what == "price":
            second, expect = next(price_q), price_str(p)
            assert all(price_str(v) == expect for v in by_name[name])
        else:
            second, expect = next(stock_q), str(p["stock"])
            assert len(by_name[name]) == 1 and p["stock"] > 0
        assert name.lower() not in second.lower()
        case([fill(first, name), second], [expect], "followup")

    # --- price --------------------------------------------------------------------------------
    price_names = rng.sample([n for n in same_price if n not in used], 15)
    for phrase, name in zip(PRICE_PHRASES, price_names):
        expect = price_str(by_name[name][0])
        assert all(price_str(v) == expect for v in by_name[name])
        case([fill(phrase, name)], [expect], "price")

    # --- faq ----------------------------------------------------------------------------------
    for fid, text, expect in FAQ_CASES:
        assert fid in faq, f"unknown FAQ id {fid}"
        assert 1 <= len(expect) <= 2
        for s in expect:
            assert s.lower() in faq[fid]["answer"].lower(), (fid, s)
        assert text.strip().lower() != faq[fid]["question"].strip().lower()
        case([text], expect, "faq")
    assert len({fid for fid, _, _ in FAQ_CASES}) >= 15

    # --- order --------------------------------------------------------------------------------
    by_status: dict[str, list[dict]] = collections.defaultdict(list)
    for o in orders:
        by_status[o["status"]].append(o)
    need = collections.Counter(status for status, _, _ in ORDER_CASES)
    picked: dict[str, list[dict]] = {}
    for status in sorted(need):
        pool = by_status[status]
        assert pool, f"no {status} order in the store"
        if len(pool) >= need[status]:
            picked[status] = rng.sample(pool, need[status])
        else:  # too few orders with this status: reuse them with different phrasings
            picked[status] = [pool[i % len(pool)] for i in range(need[status])]
    for status, want, turns in ORDER_CASES:
        o = picked[status].pop(0)
        assert o["status"] == status
        if want == "eta":
            assert o.get("eta"), f"order {o['order_id']} has no eta"
            expect = [o["eta"]]
        else:
            expect = [STATUS_STEM[o["status"]]]
        filled = [t.format(id=o["order_id"], email=o["email"]) for t in turns]
        assert o["order_id"] in filled[0] and o["email"] in filled[-1]
        case(filled, expect, "order")

    counts = collections.Counter(c["kind"] for c in cases)
    assert counts == {"price": 15, "stock": 15, "followup": 10, "faq": 20, "order": 20}, counts
    assert sum(1 for c in cases if c["kind"] == "stock" and c["expect"] == ["out of stock"]) >= min(3, len(out_of_stock))
    order_status = collections.Counter()
    for status, _, _ in ORDER_CASES:
        order_status[status] += 1
    assert all(order_status[s] >= 2 for s in STATUS_STEM if by_status[s]), order_status

    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
