#!/usr/bin/env python3
"""Self-check for the blind19 evaluation kit (standard library only).

Usage: python data/eval/blind19/check.py

Builds the store twice into temporary folders, checks determinism and the Store
format v1 contract, then checks every case in cases.jsonl against the built data.
Exits 0 and prints "PASS" when everything holds.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAKE = os.path.join(HERE, "make_store.py")
KIND_COUNTS = {"price": 15, "stock": 15, "attributes": 15, "policy": 15, "orders": 17,
               "followups": 15, "missing": 8}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EMAIL = re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+\.[A-Za-z]+")
EXAMPLE_DOMAINS = ("example.com", "example.net", "example.org")
ORDER_ID = re.compile(r"\bNM\d{5}\b", re.I)

errors = []


def err(msg):
    errors.append(msg)


def build(out):
    subprocess.run([sys.executable, MAKE, out], check=True)


def tree(root):
    files = {}
    for dirpath, _, names in os.walk(root):
        for n in names:
            p = os.path.join(dirpath, n)
            with open(p, "rb") as fh:
                files[os.path.relpath(p, root)] = fh.read()
    return files


def load_jsonl(path, what):
    recs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                err("%s line %d: blank line" % (what, n))
                continue
            try:
                rec = json.loads(line)
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (what, n, e))
                continue
            if not isinstance(rec, dict):
                err("%s line %d: not an object" % (what, n))
                continue
            recs.append(rec)
    return recs


def renderings(price):
    """Reasonable ways a reply may write a price."""
    two = "%.2f" % price
    short = ("%.2f" % price).rstrip("0").rstrip(".")
    out = {two, two.replace(".", ","), short, short.replace(".", ",")}
    if price == int(price):
        out.add(str(int(price)))
    return out


def price_ok(expect, price):
    return len(expect) >= 2 and all(expect in r for r in renderings(price))


def flat(value):
    if isinstance(value, dict):
        return " | ".join("%s: %s" % (k, flat(v)) for k, v in value.items())
    if isinstance(value, list):
        return " | ".join(flat(v) for v in value)
    return str(value)


def main():
    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        a, b = os.path.join(t1, "store"), os.path.join(t2, "store")
        build(a)
        build(b)
        ta, tb = tree(a), tree(b)
        if ta != tb:
            diff = sorted(k for k in set(ta) | set(tb) if ta.get(k) != tb.get(k))
            err("build is not deterministic: %s" % diff[:5])
        check_store_and_cases(a, ta)
    # nothing built may live in the kit folder
    for name in os.listdir(HERE):
        if name in ("store.json", "catalog.jsonl", "faq.jsonl", "orders.jsonl", "images"):
            err("built store file committed in kit folder: %s" % name)
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("PASS")
    return 0


def check_store_and_cases(store, files):
    # ------------------------------------------------------------ store format
    for name in ("store.json", "catalog.jsonl", "faq.jsonl", "orders.jsonl"):
        if name not in files:
            err("missing %s" % name)
    meta = json.loads(files["store.json"].decode("utf-8"))
    if meta.get("currency") != "EUR":
        err("store.json currency is not EUR")
    for k in ("name", "locale", "greeting"):
        if not isinstance(meta.get(k), str) or not meta.get(k):
            err("store.json lacks %s" % k)

    catalog = load_jsonl(os.path.join(store, "catalog.jsonl"), "catalog")
    faq = load_jsonl(os.path.join(store, "faq.jsonl"), "faq")
    orders = load_jsonl(os.path.join(store, "orders.jsonl"), "orders")
    products = {}
    for p in catalog:
        sku = p.get("sku")
        if not isinstance(sku, str) or not sku:
            err("product without sku: %r" % p)
            continue
        if sku in products:
            err("duplicate sku %s" % sku)
        products[sku] = p
        if not isinstance(p.get("name"), str) or not p["name"]:
            err("%s: no name" % sku)
        if not isinstance(p.get("price"), (int, float)) or isinstance(p.get("price"), bool):
            err("%s: price not a number" % sku)
        elif not 9.90 <= p["price"] <= 899.00:
            err("%s: price %s outside 9.90-899.00" % (sku, p["price"]))
        if p.get("currency") not in (None, "EUR"):
            err("%s: currency not EUR" % sku)
        if not isinstance(p.get("stock"), int) or p["stock"] < 0:
            err("%s: stock missing or negative" % sku)
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            err("%s: needs at least one image" % sku)
            imgs = []
        for rel in imgs:
            if os.path.isabs(rel) or rel.startswith("..") or not rel.startswith("images/"):
                err("%s: image path not relative to the store: %s" % (sku, rel))
            data = files.get(os.path.normpath(rel))
            if data is None:
                err("%s: image file missing: %s" % (sku, rel))
            elif not data.startswith(b"\x89PNG\r\n\x1a\n"):
                err("%s: image is not a PNG: %s" % (sku, rel))
    image_blobs = [v for k, v in files.items() if k.startswith("images" + os.sep)]
    if len(set(image_blobs)) != len(image_blobs):
        err("images are not all distinct")
    cats = {p.get("category") for p in catalog}
    if not 80 <= len(catalog) <= 100:
        err("catalog has %d products, want about 90" % len(catalog))
    if not 9 <= len(cats) <= 11:
        err("catalog has %d categories, want about 10" % len(cats))
    names = {}
    for p in catalog:
        names.setdefault(p["name"], []).append(p)
    if sum(1 for v in names.values() if len(v) > 1) < 8:
        err("too few shared-name variant groups")
    if sum(1 for p in catalog if p["stock"] == 0) < 5:
        err("too few out-of-stock products")
    if sum(1 for p in catalog if p["stock"] in (1, 2)) < 3:
        err("too few products with 1-2 left")

    faqs = {}
    for f in faq:
        fid = f.get("id")
        if not fid or fid in faqs:
            err("faq id missing or duplicate: %r" % fid)
        faqs[fid] = f
        if not f.get("question") or not f.get("answer"):
            err("faq %s lacks question/answer" % fid)
    if not 18 <= len(faqs) <= 24:
        err("faq has %d entries, want about 20" % len(faqs))

    by_id = {}
    emails = {}
    carriers = set()
    for o in orders:
        oid = o.get("order_id")
        if not oid or oid in by_id:
            err("order id missing or duplicate: %r" % oid)
        by_id[oid] = o
        if o.get("status") not in STATUSES:
            err("%s: bad status %r" % (oid, o.get("status")))
        em = o.get("email", "")
        if not em.endswith(EXAMPLE_DOMAINS):
            err("%s: email not on an example domain" % oid)
        emails[em] = emails.get(em, 0) + 1
        if not re.match(r"^\d{5}$", o.get("postcode", "")):
            err("%s: postcode is not 5 digits" % oid)
        for f in ("placed", "eta"):
            if f in o and not DATE.match(o[f]):
                err("%s: %s not YYYY-MM-DD" % (oid, f))
        if o.get("carrier"):
            carriers.add(o["carrier"])
        for it in o.get("items", []):
            if it.get("sku") not in products:
                err("%s: item sku %r not in catalog" % (oid, it.get("sku")))
        if not o.get("items"):
            err("%s: no items" % oid)
    if {o["status"] for o in orders} != STATUSES:
        err("not every status is used")
    for need in ("BRT", "GLS", "Poste Italiane", "DHL"):
        if need not in carriers:
            err("carrier %s unused" % need)
    if not any("pickup" in cr.lower() for cr in carriers):
        err("no in-store pickup order")
    if sorted(emails.values()).count(2) != 1:
        err("want exactly one customer with two orders")
    if not 24 <= len(orders) <= 28:
        err("orders: %d, want about 26" % len(orders))

    store_text = "\n".join(files[n].decode("utf-8") for n in
                           ("store.json", "catalog.jsonl", "faq.jsonl", "orders.jsonl")).lower()
    real_renderings = set()
    for p in catalog:
        real_renderings |= renderings(p["price"])

    # ------------------------------------------------------------ cases
    cases = load_jsonl(os.path.join(HERE, "cases.jsonl"), "cases")
    with open(os.path.join(HERE, "case_refs.json"), encoding="utf-8") as fh:
        refs = json.load(fh)
    if len(cases) != 100:
        err("cases.jsonl has %d cases, want 100" % len(cases))
    if len(refs) != len(cases):
        err("case_refs.json has %d entries for %d cases" % (len(refs), len(cases)))
    counts = {}
    order_proof = order_noproof = order_followups = 0
    seen_turns = set()
    for i, (case, ref) in enumerate(zip(cases, refs), 1):
        where = "case %d" % i
        if set(case) != {"turns", "expect", "forbid", "kind"}:
            err("%s: keys %s" % (where, sorted(case)))
            continue
        kind, turns, expect, forbid = case["kind"], case["turns"], case["expect"], case["forbid"]
        counts[kind] = counts.get(kind, 0) + 1
        if not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            err("%s: empty turns" % where)
            continue
        key = tuple(turns)
        if key in seen_turns:
            err("%s: duplicate conversation" % where)
        seen_turns.add(key)
        user = "\n".join(turns).lower()
        for s in expect + forbid:
            if not isinstance(s, str) or not s.strip():
                err("%s: empty expect/forbid string" % where)
            elif s.lower() in user:
                err("%s: %r already appears in the shopper's messages" % (where, s))
        for s in expect:
            if s in forbid:
                err("%s: %r both expected and forbidden" % (where, s))
        for em in EMAIL.findall(" ".join(turns)):
            if not em.lower().endswith(EXAMPLE_DOMAINS):
                err("%s: email %s not on an example domain" % (where, em))

        if kind in ("price", "stock", "attributes"):
            if len(turns) != 1:
                err("%s: %s case should be one turn" % (where, kind))
            check_product(where, kind, ref, expect, products)
            check_forbid_vs_item(where, forbid, products.get(ref))
        elif kind == "policy":
            if len(turns) != 1:
                err("%s: policy case should be one turn" % where)
            f = faqs.get(ref)
            if not f:
                err("%s: faq ref %r does not exist" % (where, ref))
                continue
            if len(expect) != 1:
                err("%s: policy case should expect one FAQ fact" % where)
            for s in expect:
                if s.lower() not in f["answer"].lower():
                    err("%s: %r not in faq %s answer" % (where, s, ref))
            for s in forbid:
                if s.lower() in f["answer"].lower():
                    err("%s: forbid %r is part of faq %s" % (where, s, ref))
        elif kind == "orders":
            o = by_id.get(ref)
            if not o:
                err("%s: order ref %r does not exist" % (where, ref))
                continue
            if "email" in user:
                err("%s: shopper writes the word 'email'" % where)
            if ref.lower() not in user:
                err("%s: shopper does not give order id %s" % (where, ref))
            if o["email"].lower() in user:
                order_proof += 1
                if len(turns) != 1:
                    err("%s: orders case should be one turn" % where)
                check_order_expect(where, expect, o)
                check_forbid_vs_item(where, forbid, o)
            else:
                order_noproof += 1
                if expect != ["email"]:
                    err("%s: no-proof order case must expect exactly 'email'" % where)
                need = [o[k] for k in ("carrier", "eta") if o.get(k)]
                if len(need) < 2:
                    err("%s: no-proof order should have carrier and eta to forbid" % where)
                if sorted(forbid) != sorted(need):
                    err("%s: forbid %r should be carrier+eta %r" % (where, forbid, need))
                other_ids = {x.upper() for x in ORDER_ID.findall(user)} - {ref.upper()}
                if other_ids:
                    err("%s: mentions other order ids %s" % (where, other_ids))
        elif kind == "followups":
            if len(turns) < 2:
                err("%s: followup needs at least two turns" % where)
            if ref in by_id:
                order_followups += 1
                o = by_id[ref]
                if "email" in user:
                    err("%s: shopper writes the word 'email'" % where)
                if o["email"].lower() in turns[0].lower():
                    err("%s: order followup gives the address in turn one" % where)
                if o["email"].lower() not in turns[-1].lower():
                    err("%s: order followup should give the address in a later turn" % where)
                if ref.lower() not in turns[0].lower():
                    err("%s: order followup should give the id first" % where)
                check_order_expect(where, expect, o)
                check_forbid_vs_item(where, forbid, o)
            elif ref in products:
                p = products[ref]
                if p["name"].lower() in turns[-1].lower():
                    err("%s: last turn repeats the full product name" % where)
                check_product(where, "followups", ref, expect, products)
                check_forbid_vs_item(where, forbid, p)
            else:
                err("%s: followup ref %r does not exist" % (where, ref))
        elif kind == "missing":
            if ref is not None:
                err("%s: missing case ref should be null" % where)
            if expect:
                err("%s: missing case should expect nothing" % where)
            if not forbid:
                err("%s: missing case should forbid invented prices" % where)
            for s in forbid:
                if not re.match(r"^\d+[.,]\d\d$", s):
                    err("%s: missing forbid %r is not a price" % (where, s))
                if s.lower() in store_text:
                    err("%s: forbid %r appears in the store text" % (where, s))
                for r in real_renderings:
                    if s in r:
                        err("%s: forbid %r matches real price %s" % (where, s, r))
        else:
            err("%s: unknown kind %r" % (where, kind))
    if counts != KIND_COUNTS:
        err("kind counts %s, want %s" % (counts, KIND_COUNTS))
    if (order_proof, order_noproof) != (12, 5):
        err("orders with/without proof: %d/%d, want 12/5" % (order_proof, order_noproof))
    if order_followups != 1:
        err("want exactly one order followup, got %d" % order_followups)


def check_product(where, kind, ref, expect, products):
    p = products.get(ref)
    if not p:
        err("%s: sku ref %r does not exist" % (where, ref))
        return
    if not expect:
        err("%s: expects nothing" % where)
    attr_text = (flat(p.get("attributes", {})) + " | " + p.get("description", "")).lower()
    stock_word = str(p["stock"]) if p["stock"] > 0 else "out of stock"
    for s in expect:
        if kind == "price":
            ok = price_ok(s, p["price"])
        elif kind == "stock":
            ok = s == stock_word
        elif kind == "attributes":
            ok = s.lower() in attr_text
        else:  # followups: one of the three
            ok = price_ok(s, p["price"]) or s == stock_word or \
                (len(s) >= 2 and s.lower() in attr_text)
        if not ok:
            err("%s: expected %r does not match %s of %s" % (where, s, kind, ref))


def check_order_expect(where, expect, o):
    if not expect:
        err("%s: expects nothing" % where)
    for s in expect:
        if s == "email":
            err("%s: order with proof should not expect 'email'" % where)
        elif DATE.match(s):
            if s not in (o.get("eta"), o.get("placed")):
                err("%s: date %r not stored on %s" % (where, s, o["order_id"]))
        elif s.lower() in o["status"] and len(s) >= 6:
            pass
        elif s == o.get("carrier"):
            pass
        else:
            err("%s: %r is not the status/carrier/date of %s" % (where, s, o["order_id"]))


def check_forbid_vs_item(where, forbid, item):
    if item is None:
        return
    text = json.dumps(item, ensure_ascii=False).lower()
    for s in forbid:
        if s.lower() in text:
            err("%s: forbid %r collides with a real fact of the referenced item" % (where, s))
    if "price" in item:
        for s in forbid:
            if any(s in r for r in renderings(item["price"])):
                err("%s: forbid %r collides with the item's price" % (where, s))


if __name__ == "__main__":
    sys.exit(main())
