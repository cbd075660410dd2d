#!/usr/bin/env python3
"""Check the blind5 store and cases against each other and against store format v1.

Usage: python check.py STORE_DIR [CASES_JSONL]

STORE_DIR is the output of make_store.py. case_refs.json (next to this file, one entry per
case line) names the product SKU, FAQ id or order id each case is about; it is used only here.
Exit status 0 when every check passes.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
KIND_COUNTS = {"price": 15, "stock": 15, "attribute": 8, "followup": 12, "faq": 20, "order": 12, "missing": 8}
PRICE_RE = re.compile(r"^\d+\.\d{2}$")
ORDER_RE = re.compile(r"\bMPW-\d{5}\b", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

problems = []


def bad(msg):
    problems.append(msg)


def load_jsonl(path, what):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                bad(f"{what}:{n}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f"{what}:{n}: bad JSON ({e})")
                continue
            if not isinstance(obj, dict):
                bad(f"{what}:{n}: not an object")
                continue
            rows.append(obj)
    return rows


def check_store(store):
    for name in ("catalog.jsonl", "faq.jsonl", "orders.jsonl", "store.json"):
        if not os.path.isfile(os.path.join(store, name)):
            bad(f"missing {name}")
    if not os.path.isdir(os.path.join(store, "images")):
        bad("missing images/")

    meta = json.load(open(os.path.join(store, "store.json"), encoding="utf-8"))
    for k in ("name", "currency", "locale", "greeting"):
        if not isinstance(meta.get(k), str) or not meta[k]:
            bad(f"store.json: {k} missing")
    if meta.get("currency") != "EUR" or meta.get("locale") != "en-IE":
        bad("store.json: currency/locale should be EUR/en-IE")

    catalog = load_jsonl(os.path.join(store, "catalog.jsonl"), "catalog")
    skus = Counter(p.get("sku") for p in catalog)
    for s, c in skus.items():
        if c > 1:
            bad(f"catalog: duplicate sku {s}")
    referenced = set()
    for i, p in enumerate(catalog, 1):
        for k in ("sku", "name"):
            if not isinstance(p.get(k), str) or not p[k].strip():
                bad(f"catalog:{i}: {k} missing")
        if not isinstance(p.get("price"), (int, float)) or isinstance(p.get("price"), bool) or p["price"] <= 0:
            bad(f"catalog:{i}: bad price {p.get('price')!r}")
        if p.get("currency", "EUR") != "EUR":
            bad(f"catalog:{i}: currency {p.get('currency')}")
        if "stock" in p and (not isinstance(p["stock"], int) or isinstance(p["stock"], bool) or p["stock"] < 0):
            bad(f"catalog:{i}: bad stock {p['stock']!r}")
        if "attributes" in p and not isinstance(p["attributes"], dict):
            bad(f"catalog:{i}: attributes not an object")
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            bad(f"catalog:{i}: images must be a non-empty list")
            continue
        for rel in imgs:
            referenced.add(rel)
            if not isinstance(rel, str) or os.path.isabs(rel) or not rel.startswith("images/"):
                bad(f"catalog:{i}: image path {rel!r} not relative under images/")
                continue
            full = os.path.join(store, rel)
            if not os.path.isfile(full):
                bad(f"catalog:{i}: image {rel} missing")
                continue
            with open(full, "rb") as f:
                head = f.read(24)
            if head[:8] != b"\x89PNG\r\n\x1a\n":
                bad(f"catalog:{i}: {rel} is not a PNG")
            else:
                w = int.from_bytes(head[16:20], "big")
                h = int.from_bytes(head[20:24], "big")
                if (w, h) != (256, 256):
                    bad(f"catalog:{i}: {rel} is {w}x{h}, not 256x256")
    on_disk = {"images/" + n for n in os.listdir(os.path.join(store, "images"))}
    if on_disk - referenced:
        bad(f"images not referenced by the catalog: {sorted(on_disk - referenced)}")
    # distinct images
    digests = Counter(open(os.path.join(store, r), "rb").read() for r in referenced if os.path.isfile(os.path.join(store, r)))
    if any(c > 1 for c in digests.values()):
        bad("some product images are byte-identical")

    faq = load_jsonl(os.path.join(store, "faq.jsonl"), "faq")
    ids = Counter(q.get("id") for q in faq)
    for q in faq:
        for k in ("id", "question", "answer"):
            if not isinstance(q.get(k), str) or not q[k].strip():
                bad(f"faq {q.get('id')}: {k} missing")
    for s, c in ids.items():
        if c > 1:
            bad(f"faq: duplicate id {s}")

    orders = load_jsonl(os.path.join(store, "orders.jsonl"), "orders")
    oids = Counter(o.get("order_id") for o in orders)
    for s, c in oids.items():
        if c > 1:
            bad(f"orders: duplicate order_id {s}")
    date_re = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    by_sku = {p["sku"]: p for p in catalog if "sku" in p}
    for o in orders:
        oid = o.get("order_id")
        if not isinstance(oid, str) or re.fullmatch(r"A\d+", oid):
            bad(f"order {oid}: bad order_id")
        if not EMAIL_RE.fullmatch(o.get("email", "")):
            bad(f"order {oid}: bad email")
        if o.get("status") not in STATUSES:
            bad(f"order {oid}: status {o.get('status')!r} not allowed")
        for k in ("placed", "eta"):
            if k in o and not date_re.match(o[k]):
                bad(f"order {oid}: {k} not YYYY-MM-DD")
        if not o.get("items"):
            bad(f"order {oid}: no items")
        for it in o.get("items", []):
            if it.get("sku") not in by_sku:
                bad(f"order {oid}: unknown sku {it.get('sku')}")
            if not isinstance(it.get("qty"), int) or it["qty"] < 1:
                bad(f"order {oid}: bad qty")
    if len(set(o.get("status") for o in orders)) < 5:
        bad("orders: not all five statuses are used")
    return meta, catalog, faq, orders


def flat_values(v):
    if isinstance(v, dict):
        for x in v.values():
            yield from flat_values(x)
    elif isinstance(v, list):
        for x in v:
            yield from flat_values(x)
    else:
        yield str(v)


def check_cases(cases_path, catalog, faq, orders):
    by_sku = {p["sku"]: p for p in catalog}
    by_faq = {q["id"]: q for q in faq}
    by_order = {o["order_id"].upper(): o for o in orders}
    prices = {f"{p['price']:.2f}" for p in catalog}
    cases = load_jsonl(cases_path, "cases")
    refs = json.load(open(os.path.join(HERE, "case_refs.json"), encoding="utf-8"))
    if len(refs) != len(cases):
        bad(f"case_refs.json has {len(refs)} entries for {len(cases)} cases")
        return cases
    kinds = Counter(c.get("kind") for c in cases)
    if dict(kinds) != KIND_COUNTS:
        bad(f"kind counts {dict(kinds)} != {KIND_COUNTS}")
    seen_turns = Counter(json.dumps(c.get("turns")) for c in cases)
    for t, n in seen_turns.items():
        if n > 1:
            bad(f"duplicate case turns {t}")
    wrong_email = 0
    for n, (c, ref) in enumerate(zip(cases, refs), 1):
        where = f"case {n} ({c.get('kind')})"
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            bad(f"{where}: keys {sorted(c)}")
        turns, exp, forb, kind = c["turns"], c["expect"], c["forbid"], c["kind"]
        if not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            bad(f"{where}: empty turns")
        if len(exp) > 2:
            bad(f"{where}: more than two expect strings")
        for e in exp:
            if any(e.lower() in f.lower() or f.lower() in e.lower() for f in forb):
                bad(f"{where}: expect {e!r} overlaps a forbid string")
        text = " ".join(turns)
        if kind == "followup" and not 2 <= len(turns) <= 3:
            bad(f"{where}: followup needs 2-3 turns")

        if kind in ("price", "stock", "attribute", "followup"):
            p = by_sku.get(ref)
            if p is None:
                bad(f"{where}: unknown ref {ref}")
                continue
            price = f"{p['price']:.2f}"
            for e in exp:
                if PRICE_RE.match(e):
                    if e != price:
                        bad(f"{where}: expects price {e} but {ref} costs {price}")
                elif e == "out of stock":
                    if p.get("stock", None) != 0:
                        bad(f"{where}: expects 'out of stock' but {ref} stock is {p.get('stock')}")
                elif e.isdigit() and kind in ("stock", "followup"):
                    if int(e) != p.get("stock"):
                        bad(f"{where}: expects count {e} but {ref} stock is {p.get('stock')}")
                    if "how many" not in turns[-1].lower() and "how many" not in text.lower():
                        bad(f"{where}: count expected but shopper never asks how many")
                else:
                    vals = [v.lower() for v in flat_values(p.get("attributes", {}))]
                    if not any(e.lower() in v for v in vals):
                        bad(f"{where}: expect {e!r} is not an attribute value of {ref}")
                    if e.lower() in p["name"].lower():
                        bad(f"{where}: attribute expect {e!r} is already in the product name")
            for f in forb:
                if PRICE_RE.match(f):
                    if f == price:
                        bad(f"{where}: forbids the product's own price {f}")
                    if f not in prices:
                        bad(f"{where}: forbidden price {f} is not a catalog price")
                elif f == "out of stock":
                    if not p.get("stock"):
                        bad(f"{where}: forbids 'out of stock' but {ref} stock is {p.get('stock')}")
                    # a sibling variant with stock 0 would make a correct reply mention 'out of stock'
                    fam = "-".join(ref.split("-")[:3])
                    for q in catalog:
                        if q["sku"] != ref and q["sku"].startswith(fam) and q.get("stock") == 0:
                            bad(f"{where}: forbids 'out of stock' but variant {q['sku']} is out of stock")
                elif f == "is in stock":
                    if p.get("stock", None) != 0:
                        bad(f"{where}: forbids 'is in stock' but {ref} stock is {p.get('stock')}")
            if kind == "stock" and "stock" not in p:
                bad(f"{where}: stock case about {ref} which has no stock field")
            if kind == "price" and not exp:
                bad(f"{where}: price case without expect")

        elif kind == "faq":
            q = by_faq.get(ref)
            if q is None:
                bad(f"{where}: unknown faq {ref}")
                continue
            if not exp:
                bad(f"{where}: faq case without expect")
            for e in exp:
                if e.lower() not in q["answer"].lower():
                    bad(f"{where}: {e!r} not in FAQ answer {ref}")

        elif kind == "order":
            ids = {m.upper() for m in ORDER_RE.findall(text)}
            emails = EMAIL_RE.findall(text)
            if ids != {ref}:
                bad(f"{where}: order ids in turns {ids} != ref {ref}")
                continue
            o = by_order.get(ref)
            if o is None:
                bad(f"{where}: unknown order {ref}")
                continue
            if len(emails) != 1:
                bad(f"{where}: expected exactly one email in the turns, got {emails}")
                continue
            names = " ".join(by_sku[i["sku"]]["name"] for i in o["items"])
            if emails[0].lower() == o["email"].lower():
                if not exp:
                    bad(f"{where}: right email but nothing expected")
                for e in exp:
                    if e in STATUSES:
                        if e != o["status"]:
                            bad(f"{where}: expects status {e} but order is {o['status']}")
                    elif e not in names and e != o.get("carrier") and e not in o.get("eta", ""):
                        bad(f"{where}: expect {e!r} not an item, carrier or eta of {ref}")
                for f in forb:
                    if f == o["status"] or f in names:
                        bad(f"{where}: forbids a true fact {f!r}")
            else:
                wrong_email += 1
                if exp:
                    bad(f"{where}: wrong email but expect is not empty")
                if o["status"] not in forb:
                    bad(f"{where}: wrong email but status {o['status']} not forbidden")
                if not any(f in names for f in forb):
                    bad(f"{where}: wrong email but no item name forbidden")

        elif kind == "missing":
            p = by_sku.get(ref)
            if p is None:
                bad(f"{where}: unknown sibling ref {ref}")
                continue
            if exp:
                bad(f"{where}: missing case should expect nothing")
            for f in forb:
                if PRICE_RE.match(f) and f not in prices:
                    bad(f"{where}: forbidden price {f} is not a catalog price")
                if PRICE_RE.match(f) and f != f"{p['price']:.2f}":
                    bad(f"{where}: forbidden price {f} is not the sibling {ref}'s price")
            low = text.lower()
            for q in catalog:
                if q["name"].lower() in low:
                    bad(f"{where}: names an existing product {q['name']}")
        else:
            bad(f"{where}: unknown kind")
    if wrong_email != 2:
        bad(f"{wrong_email} wrong-email order cases, want 2")
    return cases


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__)
        sys.exit(2)
    store = sys.argv[1]
    cases_path = sys.argv[2] if len(sys.argv) == 3 else os.path.join(HERE, "cases.jsonl")
    meta, catalog, faq, orders = check_store(store)
    cases = check_cases(cases_path, catalog, faq, orders)
    in_stock0 = sum(1 for p in catalog if p.get("stock") == 0)
    no_stock = sum(1 for p in catalog if "stock" not in p)
    print(f"store '{meta.get('name')}': {len(catalog)} products ({in_stock0} with stock 0, {no_stock} without a stock field), "
          f"{len(faq)} FAQ entries, {len(orders)} orders")
    print(f"cases: {len(cases)} {dict(Counter(c.get('kind') for c in cases))}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
