#!/usr/bin/env python3
"""Self-check for the blind16 evaluation kit (standard library only).

Run from anywhere:  python3 data/eval/blind16/check.py

It builds the store twice into temporary folders (the two builds must be
byte-identical), checks the store against the store format v1 contract, and
checks every case in cases.jsonl against the built data via case_refs.json.
Exit status 0 when everything passes, 1 otherwise.
"""
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
MAKE = os.path.join(HERE, "make_store.py")
CASES = os.path.join(HERE, "cases.jsonl")
REFS = os.path.join(HERE, "case_refs.json")

KIND_COUNTS = {"price": 15, "stock": 15, "attributes": 15, "policy": 15,
               "orders": 17, "followups": 15, "missing": 8}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
CARRIERS = {"PostNord", "GLS", "DAO", "Bring"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EMAIL = re.compile(r"^[a-z0-9._-]+@example\.[a-z]+$")

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ build
def build(dest):
    r = subprocess.run([sys.executable, MAKE, dest], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("make_store.py failed:\n" + r.stdout + r.stderr)


def tree(root):
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, root).replace(os.sep, "/")] = fh.read()
    return out


def read_jsonl(path, what):
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s line %d: blank line" % (what, n))
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (what, n, e))
                continue
            if not isinstance(obj, dict):
                err("%s line %d: not an object" % (what, n))
                continue
            recs.append(obj)
    return recs


def png_ok(data):
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "no PNG signature"
    pos, kinds = 8, []
    while pos < len(data):
        if pos + 8 > len(data):
            return "truncated chunk"
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            return "bad CRC in %r" % kind
        kinds.append(kind)
        pos += 12 + length
    if not kinds or kinds[0] != b"IHDR" or kinds[-1] != b"IEND" or b"IDAT" not in kinds:
        return "chunks out of order"
    return None


# ------------------------------------------------------------------ store
def check_store(root):
    files = tree(root)
    catalog = read_jsonl(os.path.join(root, "catalog.jsonl"), "catalog")
    faq = read_jsonl(os.path.join(root, "faq.jsonl"), "faq")
    orders = read_jsonl(os.path.join(root, "orders.jsonl"), "orders")
    with open(os.path.join(root, "store.json"), encoding="utf-8") as f:
        store = json.load(f)
    if store.get("currency") != "DKK" or store.get("locale") != "en-DK" or not store.get("name"):
        err("store.json: name/currency/locale not as expected: %r" % store)

    # catalog
    skus = Counter(p.get("sku") for p in catalog)
    for s, n in skus.items():
        if n > 1:
            err("catalog: duplicate sku %r" % s)
    image_blobs = {}
    for p in catalog:
        sku = p.get("sku")
        for k in ("sku", "name", "price", "images"):
            if k not in p:
                err("catalog %s: missing required %r" % (sku, k))
        if not isinstance(p.get("sku"), str) or not p.get("sku"):
            err("catalog: bad sku %r" % sku)
        if not isinstance(p.get("name"), str) or not p.get("name"):
            err("catalog %s: bad name" % sku)
        if not isinstance(p.get("price"), (int, float)) or isinstance(p.get("price"), bool) or p["price"] <= 0:
            err("catalog %s: bad price %r" % (sku, p.get("price")))
        if p.get("currency", "DKK") != "DKK":
            err("catalog %s: currency %r" % (sku, p.get("currency")))
        if "stock" in p and (not isinstance(p["stock"], int) or p["stock"] < 0):
            err("catalog %s: bad stock %r" % (sku, p["stock"]))
        if "attributes" in p and not isinstance(p["attributes"], dict):
            err("catalog %s: attributes not an object" % sku)
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            err("catalog %s: needs at least one image" % sku)
            continue
        for rel in imgs:
            if not isinstance(rel, str) or rel.startswith("/") or ".." in rel.split("/") or not rel.startswith("images/"):
                err("catalog %s: image path %r is not relative under images/" % (sku, rel))
                continue
            if not rel.lower().endswith(".png"):
                err("catalog %s: image %r is not .png" % (sku, rel))
            blob = files.get(rel)
            if blob is None:
                err("catalog %s: image %r missing" % (sku, rel))
                continue
            why = png_ok(blob)
            if why:
                err("catalog %s: image %r: %s" % (sku, rel, why))
            if blob in image_blobs:
                err("catalog %s: image %r identical to %r" % (sku, rel, image_blobs[blob]))
            image_blobs[blob] = rel
    referenced = {rel for p in catalog for rel in p.get("images", [])}
    for rel in files:
        if rel.startswith("images/") and rel not in referenced:
            err("images: %r not referenced by any product" % rel)
    if not 80 <= len(catalog) <= 100:
        err("catalog: %d products, expected about 90" % len(catalog))
    oos = [p["sku"] for p in catalog if p.get("stock") == 0]
    if not 10 <= len(oos) <= 14:
        err("catalog: %d out of stock, expected about 12" % len(oos))
    cats = {p.get("category") for p in catalog}
    if len(cats) < 10:
        err("catalog: only %d categories" % len(cats))

    # faq
    ids = Counter(q.get("id") for q in faq)
    for i, n in ids.items():
        if n > 1:
            err("faq: duplicate id %r" % i)
    long_answers = 0
    for q in faq:
        for k in ("id", "question", "answer"):
            if not isinstance(q.get(k), str) or not q.get(k):
                err("faq %s: missing %r" % (q.get("id"), k))
        words = len(q.get("answer", "").split())
        if 150 <= words <= 250:
            long_answers += 1
        elif words > 250:
            err("faq %s: answer has %d words (max 250)" % (q.get("id"), words))
    if long_answers != 5:
        err("faq: %d answers of 150-250 words, expected 5" % long_answers)
    if not 18 <= len(faq) <= 22:
        err("faq: %d entries, expected about 20" % len(faq))

    # orders
    oids = Counter(o.get("order_id") for o in orders)
    for i, n in oids.items():
        if n > 1:
            err("orders: duplicate order_id %r" % i)
    for o in orders:
        oid = o.get("order_id")
        for k in ("order_id", "email", "postcode", "placed", "status", "items"):
            if k not in o:
                err("order %s: missing %r" % (oid, k))
        if o.get("status") not in STATUSES:
            err("order %s: bad status %r" % (oid, o.get("status")))
        if not EMAIL.match(o.get("email", "")):
            err("order %s: email %r not on an example.* domain" % (oid, o.get("email")))
        if not re.match(r"^\d{4}$", o.get("postcode", "")):
            err("order %s: postcode %r is not 4 digits" % (oid, o.get("postcode")))
        for k in ("placed", "eta"):
            if k in o and not DATE.match(o[k]):
                err("order %s: %s %r not YYYY-MM-DD" % (oid, k, o[k]))
        if "eta" in o and o["eta"] < o.get("placed", ""):
            err("order %s: eta before placed" % oid)
        if "carrier" in o and o["carrier"] not in CARRIERS:
            err("order %s: unknown carrier %r" % (oid, o["carrier"]))
        st = o.get("status")
        if st == "shipped" and not ("carrier" in o and "eta" in o):
            err("order %s: shipped without carrier and eta" % oid)
        if st in ("processing", "cancelled") and ("carrier" in o or "eta" in o):
            err("order %s: %s order should have no carrier/eta" % (oid, st))
        if not o.get("items"):
            err("order %s: no items" % oid)
        for it in o.get("items", []):
            if it.get("sku") not in skus:
                err("order %s: unknown sku %r" % (oid, it.get("sku")))
            if not isinstance(it.get("qty"), int) or it["qty"] < 1:
                err("order %s: bad qty" % oid)
    seen = {o.get("status") for o in orders}
    if seen != STATUSES:
        err("orders: statuses covered %s, need all of %s" % (sorted(seen), sorted(STATUSES)))
    per_email = Counter(o.get("email") for o in orders)
    if not any(n >= 2 for n in per_email.values()):
        err("orders: no customer with two orders")
    if not any(o.get("status") == "delivered" and "carrier" not in o for o in orders):
        err("orders: no order collected in the shop (delivered, no carrier)")
    if not 24 <= len(orders) <= 28:
        err("orders: %d orders, expected about 26" % len(orders))

    text = "\n".join(b.decode("utf-8") for rel, b in files.items() if not rel.startswith("images/")).lower()
    return catalog, faq, orders, text


# ------------------------------------------------------------------ facts
def price_forms(price):
    if float(price).is_integer():
        return {str(int(price))}
    return {"%.2f" % price}


def stock_form(p):
    if "stock" not in p:
        return None
    return "out of stock" if p["stock"] == 0 else str(p["stock"])


def attr_values(p):
    vals = []
    for v in (p.get("attributes") or {}).values():
        if isinstance(v, list):
            vals.extend(str(x) for x in v)
        else:
            vals.append(str(v))
    return vals


def product_facts(p):
    facts = set(price_forms(p["price"])) | set(attr_values(p)) | {p["name"]}
    if stock_form(p):
        facts.add(stock_form(p))
    return facts


def order_facts(o):
    return {str(o[k]) for k in ("status", "carrier", "eta", "placed", "postcode", "email") if k in o}


def in_any(needle, hay):
    n = needle.lower()
    return any(n in h.lower() for h in hay)


# ------------------------------------------------------------------ cases
def check_cases(catalog, faq, orders, store_text):
    products = {p["sku"]: p for p in catalog}
    faqs = {q["id"]: q for q in faq}
    ords = {o["order_id"]: o for o in orders}
    cases = []
    with open(CASES, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                cases.append(json.loads(line))
            except ValueError as e:
                err("cases line %d: bad JSON (%s)" % (n, e))
    with open(REFS, encoding="utf-8") as f:
        refs = json.load(f)
    if len(refs) != len(cases):
        err("case_refs.json has %d entries for %d cases" % (len(refs), len(cases)))
    kinds = Counter(c.get("kind") for c in cases)
    if dict(kinds) != KIND_COUNTS:
        err("kind counts %s, expected %s" % (dict(kinds), KIND_COUNTS))
    if len(cases) != 100:
        err("%d cases, expected 100" % len(cases))
    seen_turns = Counter(tuple(c.get("turns", [])) for c in cases)
    for t, n in seen_turns.items():
        if n > 1:
            err("duplicate case turns %r" % (t,))

    for i, (c, ref) in enumerate(zip(cases, refs), 1):
        where = "case %d (%s)" % (i, c.get("kind"))
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            err("%s: keys %s" % (where, sorted(c)))
            continue
        turns, expect, forbid, kind = c["turns"], c["expect"], c["forbid"], c["kind"]
        if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)):
            err("%s: turns must be a non-empty list of strings" % where)
            continue
        if not all(isinstance(x, str) and x.strip() for x in expect + forbid):
            err("%s: expect/forbid must be non-empty strings" % where)
            continue
        said = " ".join(turns).lower()
        for fb in forbid:
            if fb.lower() in said:
                err("%s: forbid %r appears in the user's own turns" % (where, fb))
            for ex in expect:
                if fb.lower() in ex.lower() or ex.lower() in fb.lower():
                    err("%s: forbid %r overlaps expect %r" % (where, fb, ex))

        if kind == "missing":
            if ref is not None:
                err("%s: missing case must have a null ref" % where)
            if expect:
                err("%s: missing case must expect nothing" % where)
            if not forbid:
                err("%s: missing case needs forbidden invented prices" % where)
            for fb in forbid:
                if not re.match(r"^\d+(\.\d\d)?$", fb):
                    err("%s: forbid %r is not a price" % (where, fb))
                if fb.lower() in store_text:
                    err("%s: forbid %r occurs in the store data" % (where, fb))
            continue

        if not expect:
            err("%s: expects nothing" % where)
        if len(turns) > 1 and kind not in ("followups", "orders"):
            err("%s: only followups/orders cases are multi-turn" % where)

        if kind in ("price", "stock", "attributes", "followups"):
            p = products.get(ref)
            if p is None:
                err("%s: ref %r is not a catalog SKU" % (where, ref))
                continue
            facts = product_facts(p)
            for ex in expect:
                if ex.lower() in said:
                    err("%s: expect %r is already in the user's turns" % (where, ex))
            if kind == "price":
                if len(expect) != 1 or expect[0] not in price_forms(p["price"]):
                    err("%s: expect %r does not match price %r of %s" % (where, expect, p["price"], ref))
            elif kind == "stock":
                sf = stock_form(p)
                if sf is None or expect != [sf]:
                    err("%s: expect %r does not match stock %r of %s" % (where, expect, p.get("stock"), ref))
            elif kind == "attributes":
                for ex in expect:
                    if not in_any(ex, attr_values(p)):
                        err("%s: expect %r not in attributes of %s" % (where, ex, ref))
            else:
                if len(turns) < 2:
                    err("%s: followup needs at least two turns" % where)
                exact = price_forms(p["price"]) | ({stock_form(p)} if stock_form(p) else set())
                for ex in expect:
                    if ex not in exact and not in_any(ex, attr_values(p)):
                        err("%s: expect %r is not a fact of %s" % (where, ex, ref))
            for fb in forbid:
                if in_any(fb, facts):
                    err("%s: forbid %r collides with a fact of %s" % (where, fb, ref))
                if fb.lower() == "out of stock":
                    same = [q["sku"] for q in catalog if q["name"] == p["name"] and q.get("stock") == 0]
                    if same:
                        err("%s: forbids 'out of stock' but %s shares the name and is out of stock" % (where, same))

        elif kind == "policy":
            q = faqs.get(ref)
            if q is None:
                err("%s: ref %r is not a FAQ id" % (where, ref))
                continue
            if not 1 <= len(expect) <= 2:
                err("%s: policy cases expect one or two short facts" % where)
            for ex in expect:
                if ex.lower() not in q["answer"].lower():
                    err("%s: expect %r not in FAQ %s" % (where, ex, ref))
                if ex.lower() in said:
                    err("%s: expect %r is already in the user's turns" % (where, ex))
            for fb in forbid:
                if fb.lower() in q["answer"].lower():
                    err("%s: forbid %r is in FAQ %s" % (where, fb, ref))

        elif kind == "orders":
            o = ords.get(ref)
            if o is None:
                err("%s: ref %r is not an order id" % (where, ref))
                continue
            if o["order_id"].lower() not in said:
                err("%s: order id %s not in the turns" % (where, ref))
            proven = o["email"].lower() in said
            if proven:
                allowed = {o[k] for k in ("status", "carrier", "eta") if k in o}
                for ex in expect:
                    if ex not in allowed:
                        err("%s: expect %r is not the status/carrier/eta of %s" % (where, ex, ref))
                    if ex.lower() in said:
                        err("%s: expect %r is already in the user's turns" % (where, ex))
                for fb in forbid:
                    if in_any(fb, order_facts(o)):
                        err("%s: forbid %r collides with order %s" % (where, fb, ref))
            else:
                if expect != ["email"]:
                    err("%s: order case without proof must expect ['email']" % where)
                withheld = [o[k] for k in ("carrier", "eta") if k in o]
                if len(withheld) != 2 or sorted(forbid) != sorted(withheld):
                    err("%s: unproven order case must forbid exactly carrier and eta %r" % (where, withheld))
        else:
            err("%s: unknown kind" % where)
    return cases, kinds


def main():
    with tempfile.TemporaryDirectory() as tmp:
        a, b = os.path.join(tmp, "a"), os.path.join(tmp, "b")
        build(a)
        build(b)
        ta, tb = tree(a), tree(b)
        if ta != tb:
            diff = sorted(k for k in set(ta) | set(tb) if ta.get(k) != tb.get(k))
            err("two builds differ: %s" % diff[:10])
        catalog, faq, orders, text = check_store(a)
        cases, kinds = check_cases(catalog, faq, orders, text)
        n_img = sum(1 for k in ta if k.startswith("images/"))
    print("store: %d products (%d out of stock), %d FAQ entries, %d orders, %d images"
          % (len(catalog), sum(1 for p in catalog if p.get("stock") == 0), len(faq), len(orders), n_img))
    print("cases: %d (%s)" % (len(cases), ", ".join("%s %d" % (k, kinds[k]) for k in KIND_COUNTS)))
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: build is deterministic, store matches the format, all cases verified")
    return 0


if __name__ == "__main__":
    sys.exit(main())
