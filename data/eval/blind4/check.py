#!/usr/bin/env python3
"""Sanity check: python3 check.py STORE_DIR (built by make_store.py)."""
import json, sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_cases

store = sys.argv[1] if len(sys.argv) > 1 else "/tmp/blind4_check"
cat = [json.loads(l) for l in open(os.path.join(store, "catalog.jsonl"))]
faq = {j["id"]: j for j in (json.loads(l) for l in open(os.path.join(store, "faq.jsonl")))}
orders = {j["order_id"]: j for j in (json.loads(l) for l in open(os.path.join(store, "orders.jsonl")))}
by_sku = {p["sku"]: p for p in cat}
problems = []
assert len(by_sku) == len(cat)
for p in cat:
    for im in p["images"]:
        if not os.path.exists(os.path.join(store, im)):
            problems.append("missing image " + im)
for o in orders.values():
    for it in o["items"]:
        if it["sku"] not in by_sku:
            problems.append("order %s: unknown sku %s" % (o["order_id"], it["sku"]))

def product_text(p):
    parts = ["%.2f" % p["price"], p["name"], p.get("description", "")]
    if "stock" in p:
        parts.append(str(p["stock"]))
        if p["stock"] == 0:
            parts.append("out of stock")
    parts.append(json.dumps(p.get("attributes", {}), ensure_ascii=False))
    return " | ".join(parts).lower()

cases = [json.loads(l) for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.jsonl"))]
assert len(cases) == len(make_cases.C)
kinds = collections.Counter(c["kind"] for c in cases)
for i, (c, g) in enumerate(zip(cases, make_cases.C), 1):
    assert set(c) == {"turns", "expect", "forbid", "kind"}, i
    assert c["turns"] and all(isinstance(t, str) and t for t in c["turns"]), i
    ref = g["_ref"]
    k = c["kind"]
    if k in ("price", "stock", "attribute", "followup"):
        p = by_sku[ref]
        txt = product_text(p)
        if k == "attribute":  # colour variants: same name, other skus
            txt = " | ".join(product_text(q) for q in cat if q["name"] == p["name"])
        said = " ".join(c["turns"]).lower()
        for e in c["expect"]:
            if e.lower() in said:
                problems.append("case %d: expect %r already in the question" % (i, e))
        for e in c["expect"]:
            if e.lower() not in txt:
                problems.append("case %d (%s): %r not in %s" % (i, k, e, ref))
        if k == "price":
            if c["expect"] != ["%.2f" % p["price"]]:
                problems.append("case %d: price expect mismatch" % i)
        if k == "stock":
            if "stock" not in p:
                problems.append("case %d: product has no stock field" % i)
            want = "out of stock" if p["stock"] == 0 else str(p["stock"])
            if c["expect"] != [want]:
                problems.append("case %d: stock expect %r != %r" % (i, c["expect"], want))
    elif k == "faq":
        a = faq[ref]["answer"].lower()
        for e in c["expect"]:
            if e.lower() in " ".join(c["turns"]).lower():
                problems.append("case %d: expect %r already in the question" % (i, e))
        for e in c["expect"]:
            if e.lower() not in a:
                problems.append("case %d faq %s: %r not in answer" % (i, ref, e))
        for t in c["turns"]:
            if t.strip().lower() == faq[ref]["question"].strip().lower():
                problems.append("case %d copies the faq question" % i)
    elif k == "order":
        o = orders[ref]
        msg = " ".join(c["turns"]).lower()
        if c["expect"]:
            if o["email"].lower() not in msg:
                problems.append("case %d: email missing" % i)
            if c["expect"] != [o["order_id"], o["status"]]:
                problems.append("case %d: order expect mismatch" % i)
        else:
            if o["email"].lower() in msg:
                problems.append("case %d: mismatch case uses the right email" % i)
            for f in (o["status"], o.get("carrier")):
                if f and f not in c["forbid"]:
                    problems.append("case %d: forbid lacks %s" % (i, f))
    elif k == "missing":
        names = [p["name"].lower() for p in cat]
        assert c["expect"] == []
        real = {"%.2f" % p["price"] for p in cat}
        for f in c["forbid"]:
            if f.replace(",", "") not in real:
                problems.append("case %d: forbid %s is not a real price" % (i, f))
print("products", len(cat), "zero stock", sum(1 for p in cat if p.get("stock") == 0),
      "no stock field", sum(1 for p in cat if "stock" not in p), "faq", len(faq), "orders", len(orders),
      "statuses", dict(collections.Counter(o["status"] for o in orders.values())))
print("cases", len(cases), dict(kinds))
print("PROBLEMS:" if problems else "OK", *problems, sep="\n")
