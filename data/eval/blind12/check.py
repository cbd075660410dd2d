#!/usr/bin/env python3
"""Check the blind12 shop and its cases.

Usage (from the repository root):
    python3 data/eval/blind12/check.py runs/blind12_shop

1. Runs make_store.py twice into temporary folders and compares every byte; builds OUT_DIR
   too (if it does not exist yet) and compares it with the fresh build.
2. Validates the store against the store format (catalog, faq, orders, images, store.json)
   and the shop's own targets (counts, stock 0 / no stock field, every order status).
3. Validates cases.jsonl and case_refs.json: 100 cases, the kind mix, and that each case's
   expects are true of the item it refers to and its forbids are not.
Exits 0 when everything is good, 1 otherwise (listing the problems).
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
MAKE = os.path.join(HERE, "make_store.py")
CASES = os.path.join(HERE, "cases.jsonl")
REFS = os.path.join(HERE, "case_refs.json")

KIND_TARGET = {"price": 15, "stock": 15, "attribute": 10, "followup": 20, "faq": 20,
               "order": 12, "missing": 8}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PRICE = re.compile(r"^\d+\.\d{2}$")
STOCK_WORDS = ("in stock", "out of stock")

problems = []


def bad(msg):
    problems.append(msg)


def build(out):
    r = subprocess.run([sys.executable, MAKE, out], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"make_store.py {out} failed: {r.stderr.strip()}")


def tree(root):
    files = {}
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            with open(p, "rb") as f:
                files[os.path.relpath(p, root)] = f.read()
    return files


def compare(a, b, label):
    ta, tb = tree(a), tree(b)
    if set(ta) != set(tb):
        bad(f"{label}: file lists differ: {sorted(set(ta) ^ set(tb))[:10]}")
    for k in sorted(set(ta) & set(tb)):
        if ta[k] != tb[k]:
            bad(f"{label}: {k} differs")
    return ta


def read_jsonl(path, label):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                bad(f"{label}:{i}: empty line")
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                bad(f"{label}:{i}: not JSON ({e})")
                continue
            if not isinstance(obj, dict):
                bad(f"{label}:{i}: not an object")
                continue
            rows.append(obj)
    return rows


def attr_strings(p):
    out = []
    for v in (p.get("attributes") or {}).values():
        if isinstance(v, list):
            out.extend(str(x) for x in v)
        else:
            out.append(str(v))
    return out


def check_store(root):
    cat = read_jsonl(os.path.join(root, "catalog.jsonl"), "catalog.jsonl")
    faq = read_jsonl(os.path.join(root, "faq.jsonl"), "faq.jsonl")
    orders = read_jsonl(os.path.join(root, "orders.jsonl"), "orders.jsonl")
    skus = {}
    for i, p in enumerate(cat, 1):
        where = f"catalog.jsonl:{i}"
        sku = p.get("sku")
        if not isinstance(sku, str) or not sku:
            bad(f"{where}: missing sku")
            continue
        if sku in skus:
            bad(f"{where}: duplicate sku {sku}")
        skus[sku] = p
        if not isinstance(p.get("name"), str) or not p["name"].strip():
            bad(f"{where}: missing name")
        price = p.get("price")
        if not isinstance(price, (int, float)) or isinstance(price, bool) or price <= 0:
            bad(f"{where}: bad price {price!r}")
        if p.get("currency", "SGD") != "SGD":
            bad(f"{where}: currency {p.get('currency')}")
        if "stock" in p and (not isinstance(p["stock"], int) or p["stock"] < 0):
            bad(f"{where}: bad stock {p['stock']!r}")
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            bad(f"{where}: needs at least one image")
            imgs = []
        for im in imgs:
            path = os.path.join(root, im)
            if not os.path.isfile(path):
                bad(f"{where}: image {im} missing")
                continue
            with open(path, "rb") as f:
                data = f.read()
            if not data.startswith(b"\x89PNG\r\n\x1a\n"):
                bad(f"{where}: image {im} is not a PNG")
            elif data[16:24] != b"\x00\x00\x00\x60\x00\x00\x00\x60":
                bad(f"{where}: image {im} is not 96x96")
        if not isinstance(p.get("attributes", {}), dict):
            bad(f"{where}: attributes not an object")
    n_zero = sum(1 for p in cat if p.get("stock") == 0)
    n_none = sum(1 for p in cat if "stock" not in p)
    if not 75 <= len(cat) <= 90:
        bad(f"catalog has {len(cat)} products (want about 80)")
    if not 13 <= n_zero <= 17:
        bad(f"{n_zero} products with stock 0 (want about 15)")
    if n_none != 4:
        bad(f"{n_none} products without a stock field (want 4)")
    cats = Counter(p.get("category") for p in cat)
    if not 9 <= len(cats) <= 12:
        bad(f"{len(cats)} categories (want about 10)")

    fids = {}
    for i, q in enumerate(faq, 1):
        for k in ("id", "question", "answer"):
            if not isinstance(q.get(k), str) or not q[k].strip():
                bad(f"faq.jsonl:{i}: missing {k}")
        if q.get("id") in fids:
            bad(f"faq.jsonl:{i}: duplicate id {q.get('id')}")
        fids[q.get("id")] = q
    if not 18 <= len(faq) <= 24:
        bad(f"{len(faq)} faq entries (want about 20)")

    oids = {}
    for i, o in enumerate(orders, 1):
        where = f"orders.jsonl:{i}"
        oid = o.get("order_id")
        if not isinstance(oid, str) or not oid:
            bad(f"{where}: missing order_id")
            continue
        if oid in oids:
            bad(f"{where}: duplicate order_id {oid}")
        oids[oid] = o
        if not re.fullmatch(r"[^@\s]+@example\.com", o.get("email", "")):
            bad(f"{where}: email must be @example.com")
        if not re.fullmatch(r"\d{6}", o.get("postcode", "")):
            bad(f"{where}: postcode must be 6 digits")
        if o.get("status") not in STATUSES:
            bad(f"{where}: bad status {o.get('status')!r}")
        for k in ("placed", "eta"):
            if k in o and not DATE.match(str(o[k])):
                bad(f"{where}: {k} not YYYY-MM-DD")
        items = o.get("items")
        if not isinstance(items, list) or not items:
            bad(f"{where}: no items")
            items = []
        for it in items:
            if it.get("sku") not in skus:
                bad(f"{where}: unknown sku {it.get('sku')}")
            if not isinstance(it.get("qty"), int) or it["qty"] < 1:
                bad(f"{where}: bad qty")
    if set(o.get("status") for o in orders) != STATUSES:
        bad("orders do not cover every status")
    if not 10 <= len(orders) <= 14:
        bad(f"{len(orders)} orders (want about 12)")

    with open(os.path.join(root, "store.json"), encoding="utf-8") as f:
        store = json.load(f)
    if store.get("currency") != "SGD" or store.get("locale") != "en-SG":
        bad("store.json: currency must be SGD and locale en-SG")
    for k in ("name", "greeting"):
        if not isinstance(store.get(k), str) or not store[k].strip():
            bad(f"store.json: missing {k}")
    return skus, fids, oids, cat


def sku_fact_ok(p, e):
    """Is expect string e a true fact of product p?"""
    el = e.lower()
    if PRICE.match(e):
        return e == f"{p['price']:.2f}"
    if el in STOCK_WORDS:
        if "stock" not in p:
            return False
        return (el == "in stock") == (p["stock"] > 0)
    hay = attr_strings(p) + [p.get("name", ""), p.get("description", "")]
    return any(el in h.lower() for h in hay)


def sku_forbid_ok(p, f):
    """A forbid must not be a fact of the referenced product."""
    fl = f.lower()
    if PRICE.match(f) and f == f"{p['price']:.2f}":
        return False
    if fl in STOCK_WORDS and "stock" in p and (fl == "in stock") == (p["stock"] > 0):
        return False
    if any(fl == h.lower() for h in attr_strings(p)):
        return False
    if fl in p.get("name", "").lower() or p.get("sku", "").lower() == fl:
        return False
    return True


def check_cases(skus, fids, oids, cat):
    prices = {f"{p['price']:.2f}" for p in cat}
    cases = read_jsonl(CASES, "cases.jsonl")
    with open(REFS, encoding="utf-8") as f:
        refs = json.load(f)
    if len(cases) != 100:
        bad(f"{len(cases)} cases (want 100)")
    if not isinstance(refs, list) or len(refs) != len(cases):
        bad("case_refs.json must be a list with one entry per case")
        return
    kinds = Counter(c.get("kind") for c in cases)
    if dict(kinds) != KIND_TARGET:
        bad(f"kind mix {dict(kinds)} != {KIND_TARGET}")
    seen_turns = set()
    for i, (c, ref) in enumerate(zip(cases, refs), 1):
        where = f"case {i}"
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            bad(f"{where}: keys {sorted(c)}")
            continue
        turns, exp, forb, kind = c["turns"], c["expect"], c["forbid"], c["kind"]
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            bad(f"{where}: turns must be non-empty strings")
            continue
        key = tuple(t.lower() for t in turns)
        if key in seen_turns:
            bad(f"{where}: duplicate turns")
        seen_turns.add(key)
        for name, lst in (("expect", exp), ("forbid", forb)):
            if not isinstance(lst, list) or not all(isinstance(s, str) and s.strip() for s in lst):
                bad(f"{where}: {name} must be a list of non-empty strings")
        if len(exp) > 2:
            bad(f"{where}: more than two expects")
        for fs in forb:
            for e in exp:
                if fs.lower() in e.lower() or e.lower() in fs.lower():
                    bad(f"{where}: forbid {fs!r} overlaps expect {e!r}")
            if PRICE.match(fs) and fs not in prices:
                bad(f"{where}: forbid price {fs} is no price in the catalog")
        if kind in ("price", "stock", "multi") and len(turns) != 1:
            bad(f"{where}: {kind} case should have one turn")
        if kind == "followup" and len(turns) < 2:
            bad(f"{where}: followup needs two or more turns")

        if kind == "missing":
            if ref is not None:
                bad(f"{where}: missing case ref must be null")
            if exp:
                bad(f"{where}: missing case must expect nothing")
            if not forb or not all(PRICE.match(fs) and fs in prices for fs in forb):
                bad(f"{where}: missing case must forbid prices of the nearest products")
            continue
        if not exp:
            bad(f"{where}: needs at least one expect")

        if ref in skus:
            p = skus[ref]
            if kind in ("faq", "order"):
                bad(f"{where}: {kind} case refers to a product")
            for e in exp:
                if not sku_fact_ok(p, e):
                    bad(f"{where}: expect {e!r} is not a fact of {ref}")
            for fs in forb:
                if not sku_forbid_ok(p, fs):
                    bad(f"{where}: forbid {fs!r} is a fact of {ref}")
            if kind == "price" and not any(PRICE.match(e) for e in exp):
                bad(f"{where}: price case must expect a price")
            if kind == "stock" and not any(e.lower() in STOCK_WORDS for e in exp):
                bad(f"{where}: stock case must expect in stock / out of stock")
            if any("stock" in e.lower() for e in exp) and "stock" not in p:
                bad(f"{where}: stock question about {ref}, which has no stock field")
            if kind == "attribute" and any(PRICE.match(e) or e.lower() in STOCK_WORDS for e in exp):
                bad(f"{where}: attribute case must expect an attribute")
        elif ref in fids:
            if kind not in ("faq", "followup"):
                bad(f"{where}: {kind} case refers to a FAQ entry")
            ans = fids[ref]["answer"].lower()
            for e in exp:
                if e.lower() not in ans:
                    bad(f"{where}: expect {e!r} not in FAQ {ref}")
            for fs in forb:
                if fs.lower() in ans:
                    bad(f"{where}: forbid {fs!r} is in FAQ {ref}")
        elif ref in oids:
            if kind != "order":
                bad(f"{where}: {kind} case refers to an order")
            o = oids[ref]
            facts = [str(o.get(k, "")) for k in ("status", "carrier", "eta") if o.get(k)]
            for e in exp:
                if not any(e.lower() == f.lower() for f in facts):
                    bad(f"{where}: expect {e!r} is not the status/carrier/eta of {ref}")
            every = [str(v) for k, v in o.items() if k != "items"]
            for fs in forb:
                if any(fs.lower() in v.lower() or v.lower() in fs.lower() for v in every):
                    bad(f"{where}: forbid {fs!r} is a fact of order {ref}")
                if fs.lower() in STATUSES:
                    bad(f"{where}: forbidding a status word is too risky ({fs})")
            text = [t.lower() for t in turns]
            id_at = [j for j, t in enumerate(text) if ref.lower() in t]
            em_at = [j for j, t in enumerate(text) if o["email"].lower() in t]
            if not id_at or not em_at:
                bad(f"{where}: order case must give the order id and its email")
            elif len(turns) > 1 and not min(id_at) < max(em_at):
                bad(f"{where}: two-turn order case should give the id first, then the email")
        else:
            bad(f"{where}: ref {ref!r} is no SKU, FAQ id or order id")
    n_two_turn_orders = sum(1 for c in cases if c.get("kind") == "order" and len(c["turns"]) == 2)
    if not 1 <= n_two_turn_orders <= 2:
        bad(f"{n_two_turn_orders} two-turn order cases (want one or two)")


def main(argv):
    if len(argv) != 2:
        print("usage: check.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        build(t1)
        build(t2)
        compare(t1, t2, "rebuild")
        if not os.path.isdir(out) or not os.path.exists(os.path.join(out, "catalog.jsonl")):
            build(out)
        ta, to = tree(t1), tree(out)
        for k in ta:
            if to.get(k) != ta[k]:
                bad(f"{out}: {k} is stale or missing (rerun make_store.py)")
    if not problems:
        skus, fids, oids, cat = check_store(out)
        check_cases(skus, fids, oids, cat)
    for p in problems:
        print("FAIL", p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("ok: store rebuilds identically, format and cases check out")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
