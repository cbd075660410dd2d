#!/usr/bin/env python3
"""Self-check for the blind17 evaluation kit (standard library only).

    python3 data/eval/blind17/check.py

Builds the store twice into temporary folders with make_store.py, checks that the
build is deterministic and follows Store format v1, then checks every case in
cases.jsonl against the built data (via case_refs.json). Exits 1 on any problem.
"""
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MAKE = os.path.join(HERE, "make_store.py")
CASES = os.path.join(HERE, "cases.jsonl")
REFS = os.path.join(HERE, "case_refs.json")

KIND_COUNTS = {"price": 15, "stock": 15, "attributes": 15, "policy": 15,
               "orders": 17, "followups": 15, "missing": 8}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
OWN_VAN = "Casa Jacaranda van"
# What each "missing" case asks for: must be in the shopper's words and in no
# product name or category.
MISSING_TERMS = ["mattress", "hammock", "curtain", "ceiling fan", "crib", "wallpaper",
                 "umbrella", "recliner"]

problems = []


def fail(msg):
    problems.append(msg)


# ------------------------------------------------------------------ build
def build(dest):
    subprocess.run([sys.executable, MAKE, dest], check=True)


def tree_digest(root):
    out = {}
    for base, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(base, name)
            with open(path, "rb") as f:
                out[os.path.relpath(path, root)] = hashlib.sha256(f.read()).hexdigest()
    return out


def read_jsonl(path, label):
    recs = []
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            try:
                line = raw.decode("utf-8")
                rec = json.loads(line)
            except (UnicodeDecodeError, ValueError) as e:
                fail("%s line %d: not valid JSON (%s)" % (label, n, e))
                continue
            if not isinstance(rec, dict):
                fail("%s line %d: not an object" % (label, n))
                continue
            recs.append(rec)
    return recs


def check_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "not a PNG"
    pos, kinds, idat = 8, [], b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            return "bad CRC in %r" % kind
        kinds.append(kind)
        if kind == b"IDAT":
            idat += body
        pos += 12 + length
    if kinds[0] != b"IHDR" or kinds[-1] != b"IEND":
        return "bad chunk order"
    w, h = struct.unpack(">II", data[16:24])
    if len(zlib.decompress(idat)) != h * (1 + 3 * w):
        return "bad pixel data size"
    return None


def price_forms(price):
    """Ways a reply may write a price: 12900, 12,900, 12900.00, 12,900.00."""
    n = int(price)
    return [str(n), "{:,}".format(n), "%d.00" % n, "{:,}.00".format(n)]


def flat_text(value):
    if isinstance(value, dict):
        return " ".join(flat_text(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(flat_text(v) for v in value)
    return str(value)


def check_store(root):
    catalog = read_jsonl(os.path.join(root, "catalog.jsonl"), "catalog.jsonl")
    faq = read_jsonl(os.path.join(root, "faq.jsonl"), "faq.jsonl")
    orders = read_jsonl(os.path.join(root, "orders.jsonl"), "orders.jsonl")
    with open(os.path.join(root, "store.json"), encoding="utf-8") as f:
        store = json.load(f)
    if store.get("currency") != "MXN" or store.get("locale") != "en-MX":
        fail("store.json: currency/locale should be MXN/en-MX")

    products, digests = {}, {}
    for p in catalog:
        for key in ("sku", "name", "price", "images"):
            if key not in p:
                fail("catalog %s: missing %s" % (p.get("sku"), key))
        sku = p.get("sku")
        if sku in products:
            fail("catalog: duplicate sku %s" % sku)
        products[sku] = p
        if not isinstance(p.get("price"), (int, float)) or p["price"] <= 0:
            fail("catalog %s: bad price" % sku)
        if p.get("currency", "MXN") != "MXN":
            fail("catalog %s: currency not MXN" % sku)
        if "stock" in p and (not isinstance(p["stock"], int) or p["stock"] < 0):
            fail("catalog %s: bad stock" % sku)
        imgs = p.get("images") or []
        if not imgs:
            fail("catalog %s: no images" % sku)
        for rel in imgs:
            if os.path.isabs(rel) or not rel.startswith("images/"):
                fail("catalog %s: image path not relative under images/: %s" % (sku, rel))
                continue
            path = os.path.join(root, rel)
            if not os.path.isfile(path):
                fail("catalog %s: missing image %s" % (sku, rel))
                continue
            err = check_png(path)
            if err:
                fail("image %s: %s" % (rel, err))
            with open(path, "rb") as f:
                d = hashlib.sha256(f.read()).hexdigest()
            if d in digests:
                fail("image %s duplicates %s" % (rel, digests[d]))
            digests[d] = rel
    on_disk = set("images/" + n for n in os.listdir(os.path.join(root, "images")))
    if on_disk != set(digests.values()):
        fail("images/ holds files the catalog does not reference")

    faqs = {}
    for q in faq:
        if q.get("id") in faqs:
            fail("faq: duplicate id %s" % q.get("id"))
        if not q.get("answer"):
            fail("faq %s: empty answer" % q.get("id"))
        faqs[q.get("id")] = q
    long_answers = [q for q in faq if 150 <= len(q["answer"].split()) <= 250]
    if len(long_answers) != 5:
        fail("faq: expected 5 answers of 150-250 words, found %d" % len(long_answers))

    ords, by_email = {}, {}
    for o in orders:
        oid = o.get("order_id")
        if oid in ords:
            fail("orders: duplicate id %s" % oid)
        ords[oid] = o
        if o.get("status") not in STATUSES:
            fail("order %s: bad status %r" % (oid, o.get("status")))
        if not re.fullmatch(r"[^@\s]+@example\.(com|net|org)", o.get("email", "")):
            fail("order %s: email not on an example.* domain" % oid)
        if not re.fullmatch(r"\d{5}", o.get("postcode", "")):
            fail("order %s: postcode not 5 digits" % oid)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", o.get("placed", "")):
            fail("order %s: bad placed date" % oid)
        if "eta" in o and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", o["eta"]):
            fail("order %s: bad eta" % oid)
        if o.get("status") == "shipped" and not ("carrier" in o and "eta" in o):
            fail("order %s: shipped without carrier and eta" % oid)
        if o.get("status") in ("processing", "cancelled") and "carrier" in o:
            fail("order %s: %s order has a carrier" % (oid, o["status"]))
        for it in o.get("items", []):
            if it.get("sku") not in products:
                fail("order %s: unknown sku %s" % (oid, it.get("sku")))
        by_email.setdefault(o.get("email"), []).append(oid)
    if {o["status"] for o in orders} != STATUSES:
        fail("orders: not every status is used")
    if not any(len(v) >= 2 for v in by_email.values()):
        fail("orders: no customer with two orders")
    if not any(o.get("carrier") == OWN_VAN and o["status"] == "delivered" for o in orders):
        fail("orders: no order delivered by the shop's own van")
    if not any(o["status"] == "delivered" and "carrier" not in o for o in orders):
        fail("orders: no order collected at the showroom (delivered, no carrier)")
    return store, products, faqs, ords, catalog


# ------------------------------------------------------------------ cases
def product_facts(p):
    """Lower-cased text a reply could quote about a product."""
    parts = [p["name"], p.get("description", ""), p.get("category", ""),
             flat_text(p.get("attributes", {}))]
    parts += price_forms(p["price"])
    if "stock" in p:
        parts.append(str(p["stock"]))
        if p["stock"] == 0:
            parts.append("out of stock")
    return " | ".join(parts).lower()


def order_facts(o, products):
    parts = [o["order_id"], o["email"], o["postcode"], o["placed"], o["status"],
             o.get("carrier", ""), o.get("eta", "")]
    for it in o.get("items", []):
        parts.append(products[it["sku"]]["name"])
    return " | ".join(parts).lower()


def check_sku_expect(kind, i, p, expect):
    """A product-level expectation: price, stock or an attribute fact."""
    for e in expect:
        el = e.lower()
        forms = [f.lower() for f in price_forms(p["price"])]
        if kind == "price":
            ok = el in forms[0] and el in forms[1]
            why = "price %s" % p["price"]
        elif kind == "stock":
            want = "out of stock" if p.get("stock") == 0 else str(p.get("stock"))
            ok = el == want
            why = "stock %s" % p.get("stock")
        else:
            ok = el in product_facts(p)
            if kind == "followups":
                stock_ok = (el == "out of stock" and p.get("stock") == 0) or el == str(p.get("stock"))
                price_ok = el in forms[0] and el in forms[1]
                ok = ok or stock_ok or price_ok
            why = "facts of %s" % p["sku"]
        if not ok:
            fail("case %d (%s): expect %r does not match %s" % (i, kind, e, why))


def main():
    tmp = tempfile.mkdtemp(prefix="blind17-")
    a, b = os.path.join(tmp, "a"), os.path.join(tmp, "b")
    try:
        build(a)
        build(b)
        if tree_digest(a) != tree_digest(b):
            fail("build is not deterministic")
        return check_all(a)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def check_all(a):
    store, products, faqs, ords, catalog = check_store(a)
    all_prices = set()
    for p in catalog:
        all_prices.update(f.lower() for f in price_forms(p["price"]))
    store_text = ""
    for name in ("catalog.jsonl", "faq.jsonl", "orders.jsonl"):
        with open(os.path.join(a, name), encoding="utf-8") as f:
            store_text += f.read().lower()

    cases = []
    with open(CASES, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                c = json.loads(line)
            except ValueError as e:
                fail("cases.jsonl line %d: invalid JSON (%s)" % (n, e))
                continue
            cases.append(c)
    with open(REFS, encoding="utf-8") as f:
        refs = json.load(f)
    if len(cases) != 100:
        fail("cases.jsonl: %d cases, expected 100" % len(cases))
    if len(refs) != len(cases):
        fail("case_refs.json: %d refs for %d cases" % (len(refs), len(cases)))

    counts = {}
    for i, (c, ref) in enumerate(zip(cases, refs), 1):
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            fail("case %d: keys are %s" % (i, sorted(c)))
            continue
        turns, expect, forbid, kind = c["turns"], c["expect"], c["forbid"], c["kind"]
        counts[kind] = counts.get(kind, 0) + 1
        if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)):
            fail("case %d: bad turns" % i)
            continue
        if not (isinstance(expect, list) and all(isinstance(e, str) and e for e in expect)):
            fail("case %d: bad expect" % i)
        if not (isinstance(forbid, list) and all(isinstance(s, str) and s for s in forbid)):
            fail("case %d: bad forbid" % i)
        user = " \n ".join(turns).lower()
        for e in expect:
            if e.lower() in user:
                fail("case %d: expected %r is already in the shopper's message" % (i, e))
        for s in forbid:
            if s.lower() in user:
                fail("case %d: forbidden %r is in the shopper's message" % (i, s))
        if kind != "missing" and not expect:
            fail("case %d: empty expect" % i)
        if kind != "followups" and len(turns) != 1:
            fail("case %d: %s case should have one turn" % (i, kind))

        if kind in ("price", "stock", "attributes"):
            p = products.get(ref)
            if p is None:
                fail("case %d: ref %r is not a SKU" % (i, ref))
                continue
            check_sku_expect(kind, i, p, expect)
            facts = product_facts(p)
            for s in forbid:
                if s.lower() in facts:
                    fail("case %d: forbid %r is a real fact of %s" % (i, s, ref))
        elif kind == "policy":
            q = faqs.get(ref)
            if q is None:
                fail("case %d: ref %r is not a FAQ id" % (i, ref))
                continue
            for e in expect:
                if e.lower() not in q["answer"].lower():
                    fail("case %d: expect %r not in FAQ %s" % (i, e, ref))
            for s in forbid:
                if s.lower() in q["answer"].lower():
                    fail("case %d: forbid %r is in FAQ %s" % (i, s, ref))
        elif kind in ("orders", "followups") and ref in ords:
            o = ords[ref]
            proof = o["order_id"].lower() in user and o["email"].lower() in user
            fields = [o["status"], o.get("carrier"), o.get("eta"), o["placed"]]
            fields = [f.lower() for f in fields if f]
            if proof:
                for e in expect:
                    if e.lower() not in fields:
                        fail("case %d: expect %r is not a stored field of %s" % (i, e, ref))
                facts = order_facts(o, products)
                for s in forbid:
                    if s.lower() in facts:
                        fail("case %d: forbid %r is a real fact of %s" % (i, s, ref))
            else:
                if kind == "followups":
                    fail("case %d: order follow-up without proof" % i)
                if o["order_id"].lower() not in user:
                    fail("case %d: no-proof case should still give the order id" % i)
                if expect != ["email"]:
                    fail("case %d: order without proof must expect ['email']" % i)
                protected = [x for x in (o.get("carrier"), o.get("eta")) if x]
                if not protected:
                    fail("case %d: no-proof order %s has no carrier or eta to protect" % (i, ref))
                for x in protected:
                    if x not in forbid:
                        fail("case %d: no-proof case must forbid %r" % (i, x))
                for s in forbid:
                    if s not in protected:
                        fail("case %d: forbid %r is not a protected detail of %s" % (i, s, ref))
        elif kind == "orders":
            fail("case %d: ref %r is not an order id" % (i, ref))
        elif kind == "followups":
            if ref in products:
                p = products[ref]
                check_sku_expect(kind, i, p, expect)
                facts = product_facts(p)
                for s in forbid:
                    if s.lower() in facts:
                        fail("case %d: forbid %r is a real fact of %s" % (i, s, ref))
                if p["name"].lower() in turns[-1].lower():
                    fail("case %d: last turn names the product instead of referring back" % i)
            elif ref in faqs:
                for e in expect:
                    if e.lower() not in faqs[ref]["answer"].lower():
                        fail("case %d: expect %r not in FAQ %s" % (i, e, ref))
            else:
                fail("case %d: unknown ref %r" % (i, ref))
        elif kind == "missing":
            if ref is not None:
                fail("case %d: missing case ref should be null" % i)
            if expect:
                fail("case %d: missing case must expect nothing" % i)
            if not forbid:
                fail("case %d: missing case should forbid invented prices" % i)
            for s in forbid:
                if not re.fullmatch(r"\d{1,3}(,\d{3})*", s):
                    fail("case %d: forbid %r is not a price" % (i, s))
                if any(s.lower() in f for f in all_prices) or s.lower() in store_text:
                    fail("case %d: forbid %r collides with a real price or store text" % (i, s))
            terms = [t for t in MISSING_TERMS if t in user]
            if len(terms) != 1:
                fail("case %d: missing case should name exactly one MISSING_TERMS item" % i)
            for t in terms:
                for p in catalog:
                    if t in (p["name"] + " " + p.get("category", "")).lower():
                        fail("case %d: the shop does sell %r (%s)" % (i, t, p["sku"]))
        else:
            fail("case %d: unknown kind %r" % (i, kind))
        if kind == "followups" and len(turns) < 2:
            fail("case %d: follow-up needs at least two turns" % i)

    if counts != KIND_COUNTS:
        fail("kind counts %s, expected %s" % (counts, KIND_COUNTS))

    print("store: %d products, %d FAQ entries, %d orders, %d images" % (
        len(products), len(faqs), len(ords),
        sum(len(p["images"]) for p in catalog)))
    print("cases: %d (%s)" % (len(cases), ", ".join("%s %d" % (k, counts.get(k, 0)) for k in KIND_COUNTS)))
    if problems:
        print("FAILED: %d problem(s)" % len(problems))
        for m in problems:
            print("  - " + m)
        return 1
    print("build deterministic: yes")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
