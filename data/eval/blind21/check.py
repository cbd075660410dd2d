#!/usr/bin/env python3
"""Self-check for the blind21 evaluation kit. Standard library only.

    python check.py

Builds the store twice into temporary folders, compares them byte for byte, validates
Store format v1, and checks every case in cases.jsonl against the built data. Prints
PASS and exits 0 when everything holds; otherwise lists the problems and exits 1.
"""
import collections
import datetime
import json
import os
import re
import struct
import subprocess
import sys
import tempfile

KIT = os.path.dirname(os.path.abspath(__file__))
KIT_FILES = {"make_store.py", "cases.jsonl", "case_refs.json", "check.py", "README.md"}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
EXAMPLE_DOMAINS = {"example.com", "example.net", "example.org"}
KIND_COUNTS = {"price": 15, "stock": 15, "attributes": 15, "policy": 15, "orders": 17,
               "followups": 15, "missing": 8}
ORDER_ID_RE = re.compile(r"zam-\d+", re.I)

problems = []


def bad(msg):
    problems.append(msg)


# --------------------------------------------------------------------------- build
def build(dest):
    r = subprocess.run([sys.executable, os.path.join(KIT, "make_store.py"), dest],
                       capture_output=True, text=True)
    if r.returncode != 0:
        bad("make_store.py failed: %s" % r.stderr.strip())


def tree(root):
    out = {}
    for d, _, files in os.walk(root):
        for fn in files:
            p = os.path.join(d, fn)
            with open(p, "rb") as f:
                out[os.path.relpath(p, root).replace(os.sep, "/")] = f.read()
    return out


def valid_date(s):
    try:
        return datetime.date.fromisoformat(s) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s or "") else None
    except ValueError:
        return None


def leaves(v):
    """All leaf values of an attribute value as strings."""
    if isinstance(v, dict):
        for k, x in v.items():
            yield str(k)
            yield from leaves(x)
    elif isinstance(v, list):
        for x in v:
            yield from leaves(x)
    else:
        yield str(v)


def int_part(price):
    return str(int(float(price)))


# --------------------------------------------------------------------------- main
def main():
    extra = set(os.listdir(KIT)) - KIT_FILES
    if extra:
        bad("kit folder holds more than the kit files: %s" % sorted(extra))
    missing_files = KIT_FILES - set(os.listdir(KIT))
    if missing_files:
        bad("kit files missing: %s" % sorted(missing_files))

    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        a, b = os.path.join(t1, "store"), os.path.join(t2, "store")
        build(a)
        build(b)
        ta, tb = tree(a), tree(b)
        if set(ta) != set(tb):
            bad("two builds wrote different file lists")
        for k in ta:
            if ta.get(k) != tb.get(k):
                bad("two builds differ in %s" % k)
        if problems:
            return
        check_store(a, ta)
    if extra:  # a build must not leave anything in the kit folder
        pass


def load_jsonl(path, label):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                bad("%s line %d is empty" % (label, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("%s line %d: %s" % (label, n, e))
    return rows


def check_store(root, files):
    for need in ("store.json", "catalog.jsonl", "faq.jsonl", "orders.jsonl"):
        if need not in files:
            bad("store lacks %s" % need)
    if problems:
        return
    store = json.loads(files["store.json"].decode("utf-8"))
    for k in ("name", "currency", "locale", "greeting"):
        if not isinstance(store.get(k), str) or not store[k]:
            bad("store.json lacks %s" % k)
    if store.get("currency") != "PLN" or store.get("locale") != "en-PL":
        bad("store.json currency/locale should be PLN / en-PL")

    catalog = load_jsonl(os.path.join(root, "catalog.jsonl"), "catalog.jsonl")
    faq = load_jsonl(os.path.join(root, "faq.jsonl"), "faq.jsonl")
    orders = load_jsonl(os.path.join(root, "orders.jsonl"), "orders.jsonl")

    # ---- catalog
    skus = {}
    seen_images = {}
    for i, p in enumerate(catalog, 1):
        for k in ("sku", "name", "price", "images"):
            if k not in p:
                bad("catalog line %d lacks %s" % (i, k))
        sku = p.get("sku")
        if not isinstance(sku, str) or not sku:
            bad("catalog line %d: bad sku" % i)
            continue
        if sku in skus:
            bad("duplicate sku %s" % sku)
        skus[sku] = p
        if not isinstance(p.get("name"), str) or not p["name"].strip():
            bad("%s: empty name" % sku)
        price = p.get("price")
        if not isinstance(price, (int, float)) or isinstance(price, bool) or not (4.99 <= price <= 1899.00):
            bad("%s: price %r out of range 4.99-1899.00" % (sku, price))
        elif round(price, 2) != price:
            bad("%s: price %r has more than 2 decimals" % (sku, price))
        if p.get("currency") != "PLN":
            bad("%s: currency is not PLN" % sku)
        st = p.get("stock")
        if not isinstance(st, int) or isinstance(st, bool) or st < 0:
            bad("%s: bad stock %r" % (sku, st))
        if not isinstance(p.get("attributes", {}), dict):
            bad("%s: attributes not an object" % sku)
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            bad("%s: needs at least one image" % sku)
            continue
        for rel in imgs:
            if not isinstance(rel, str) or rel.startswith("/") or ".." in rel.split("/") or ":" in rel:
                bad("%s: image path not relative: %r" % (sku, rel))
                continue
            data = files.get(rel)
            if data is None:
                bad("%s: image %s not written" % (sku, rel))
                continue
            if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
                bad("%s: %s is not a PNG" % (sku, rel))
                continue
            w, h = struct.unpack(">II", data[16:24])
            if not (8 <= w <= 256 and 8 <= h <= 256):
                bad("%s: %s is %dx%d, expected small" % (sku, rel, w, h))
            if data in seen_images:
                bad("%s: image %s has the same bytes as %s" % (sku, rel, seen_images[data]))
            seen_images[data] = rel
    img_files = {k for k in files if k.startswith("images/")}
    used = {r for p in catalog for r in p.get("images", [])}
    if img_files - used:
        bad("images written but not referenced: %s" % sorted(img_files - used)[:5])
    if not 90 <= len(catalog) <= 100:
        bad("catalog has %d products, expected 90-100" % len(catalog))
    names = collections.Counter(p["name"] for p in catalog)
    if sum(1 for n, c in names.items() if c > 1) < 3:
        bad("fewer than 3 names shared by several SKUs")
    stocks = [p["stock"] for p in catalog]
    if stocks.count(0) < 5 or sum(1 for s in stocks if s in (1, 2)) < 5:
        bad("need several products out of stock and several with 1 or 2 left")
    if not any(isinstance(p["price"], int) for p in catalog) or not any(
            isinstance(p["price"], float) for p in catalog):
        bad("need both whole prices and prices with grosze")
    if not any(len(p.get("description", "")) > 400 for p in catalog):
        bad("need at least one long description")

    # ---- faq
    faqs = {}
    for i, q in enumerate(faq, 1):
        for k in ("id", "question", "answer"):
            if not isinstance(q.get(k), str) or not q[k].strip():
                bad("faq line %d lacks %s" % (i, k))
        if q.get("id") in faqs:
            bad("duplicate faq id %s" % q.get("id"))
        faqs[q.get("id")] = q
    if not any(len(q.get("answer", "")) > 400 for q in faq):
        bad("need at least one long FAQ answer")

    # ---- orders
    ords = {}
    for i, o in enumerate(orders, 1):
        for k in ("order_id", "email", "placed", "status", "items"):
            if k not in o:
                bad("orders line %d lacks %s" % (i, k))
        oid = o.get("order_id")
        if oid in ords:
            bad("duplicate order id %s" % oid)
        ords[oid] = o
        if o.get("status") not in STATUSES:
            bad("%s: bad status %r" % (oid, o.get("status")))
        m = EMAIL_RE.fullmatch(o.get("email", ""))
        if not m or m.group(1).lower() not in EXAMPLE_DOMAINS:
            bad("%s: email %r not on an example domain" % (oid, o.get("email")))
        placed = valid_date(o.get("placed"))
        if not placed:
            bad("%s: bad placed date %r" % (oid, o.get("placed")))
        if "eta" in o:
            eta = valid_date(o["eta"])
            if not eta:
                bad("%s: bad eta %r" % (oid, o["eta"]))
            elif placed and eta < placed:
                bad("%s: eta before placed" % oid)
        if "carrier" in o and (not isinstance(o["carrier"], str) or not o["carrier"].strip()):
            bad("%s: empty carrier" % oid)
        if not isinstance(o.get("items"), list) or not o["items"]:
            bad("%s: no items" % oid)
        for it in o.get("items", []):
            if it.get("sku") not in skus:
                bad("%s: item sku %r not in catalog" % (oid, it.get("sku")))
            if not isinstance(it.get("qty"), int) or it["qty"] < 1:
                bad("%s: bad qty" % oid)
    if {o.get("status") for o in orders} != STATUSES:
        bad("orders do not use every status")
    carriers = {o["carrier"] for o in orders if "carrier" in o}
    if len(carriers) < 4:
        bad("orders use fewer than 4 carriers")
    if not any("carrier" not in o for o in orders) or not any("eta" not in o for o in orders):
        bad("need orders without carrier and without eta")
    if max(collections.Counter(o["email"] for o in orders).values()) < 2:
        bad("need one customer with two orders")

    # ---- every email anywhere in the store is on an example domain
    store_text = ""
    for k, v in sorted(files.items()):
        if not k.startswith("images/"):
            store_text += v.decode("utf-8") + "\n"
    for m in EMAIL_RE.finditer(store_text):
        if m.group(1).lower() not in EXAMPLE_DOMAINS:
            bad("store text has non-example email %s" % m.group(0))
    check_cases(skus, faqs, ords, store_text.lower(), catalog)


# --------------------------------------------------------------------------- cases
def product_facts(p):
    facts = [int_part(p["price"]), str(p["stock"]), p["name"]]
    if p["stock"] == 0:
        facts.append("out of stock")
    for v in p.get("attributes", {}).values():
        facts.extend(leaves(v))
    return facts


def order_facts(o):
    f = [o["order_id"], o["email"], o["status"], o["placed"]]
    if o["status"] == "cancelled":
        f.append("cancel")
    for k in ("carrier", "eta", "postcode"):
        if k in o:
            f.append(o[k])
    return f


def check_cases(skus, faqs, ords, store_text, catalog):
    path = os.path.join(KIT, "cases.jsonl")
    cases = load_jsonl(path, "cases.jsonl")
    with open(os.path.join(KIT, "case_refs.json"), encoding="utf-8") as f:
        refs = json.load(f)
    if len(cases) != 100:
        bad("cases.jsonl has %d cases, expected 100" % len(cases))
    if not isinstance(refs, list) or len(refs) != len(cases):
        bad("case_refs.json must be a list as long as cases.jsonl")
        return
    counts = collections.Counter(c.get("kind") for c in cases)
    if dict(counts) != KIND_COUNTS:
        bad("kind counts %s, expected %s" % (dict(counts), KIND_COUNTS))

    price_ints = collections.defaultdict(set)
    for p in catalog:
        price_ints[int_part(p["price"])].add(p["price"])
    all_turns = collections.Counter()
    openings = collections.Counter()
    proof = noproof = order_followups = 0

    for n, (c, ref) in enumerate(zip(cases, refs), 1):
        where = "case %d (%s, %s)" % (n, c.get("kind"), ref)
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            bad("%s: keys must be turns, expect, forbid, kind" % where)
            continue
        turns, exp, forb, kind = c["turns"], c["expect"], c["forbid"], c["kind"]
        if (not isinstance(turns, list) or not turns
                or not all(isinstance(t, str) and t.strip() for t in turns)):
            bad("%s: turns must be non-empty strings" % where)
            continue
        if not all(isinstance(x, str) and x.strip() for x in exp + forb):
            bad("%s: expect/forbid must be non-empty strings" % where)
            continue
        said = " \n ".join(turns).lower()

        # -- shopper text rules
        for t in turns:
            all_turns[t.lower()] += 1
            if re.search(r"e-?mail", t, re.I):
                bad("%s: shopper types the word email" % where)
            if ORDER_ID_RE.sub("", t) != ORDER_ID_RE.sub("", t).lower():
                bad("%s: shopper text not lower case: %r" % (where, t))
        openings[" ".join(turns[0].lower().split()[:3])] += 1
        for x in exp + forb:
            if x.lower() in said:
                bad("%s: %r appears in the shopper's own messages" % (where, x))
        for x in exp:
            if x in forb:
                bad("%s: %r both expected and forbidden" % (where, x))

        # -- refs
        if kind == "missing":
            if ref is not None:
                bad("%s: missing cases have ref null" % where)
        elif kind in ("price", "stock", "attributes"):
            if ref not in skus:
                bad("%s: ref is not a SKU" % where)
                continue
        elif kind == "policy":
            if ref not in faqs:
                bad("%s: ref is not a FAQ id" % where)
                continue
        elif kind == "orders":
            if ref not in ords:
                bad("%s: ref is not an order id" % where)
                continue
        elif kind == "followups":
            if ref not in skus and ref not in ords:
                bad("%s: ref is neither SKU nor order id" % where)
                continue
        else:
            bad("%s: unknown kind" % where)
            continue

        # -- facts per kind
        if kind == "price":
            check_price(where, exp, skus[ref], price_ints)
        elif kind == "stock":
            check_stock(where, exp, skus[ref])
        elif kind == "attributes":
            check_attr(where, exp, skus[ref])
        elif kind == "policy":
            if len(exp) != 1:
                bad("%s: policy cases expect one FAQ fact" % where)
            for x in exp:
                if x.lower() not in faqs[ref]["answer"].lower():
                    bad("%s: %r not in the FAQ answer" % (where, x))
        elif kind == "orders":
            o = ords[ref]
            if exp == ["email"]:
                noproof += 1
                check_noproof(where, o, said, forb)
            else:
                proof += 1
                check_proof(where, o, said, exp)
        elif kind == "followups":
            if len(turns) < 2:
                bad("%s: followups need several turns" % where)
            if ref in ords:
                order_followups += 1
                o = ords[ref]
                if o["email"].lower() in turns[0].lower() or o["email"].lower() not in turns[-1].lower():
                    bad("%s: the email should arrive in the last turn, not the first" % where)
                if o["order_id"].lower() not in turns[0].lower():
                    bad("%s: the order id should come in the first turn" % where)
                check_proof(where, o, said, exp)
            else:
                p = skus[ref]
                if p["name"].lower() in turns[-1].lower():
                    bad("%s: last turn repeats the full product name" % where)
                facts = [int_part(p["price"]), str(p["stock"]) if p["stock"] else "out of stock"]
                attr = [v.lower() for v in leaves(p.get("attributes", {}))]
                for x in exp:
                    if x in facts:
                        if x == int_part(p["price"]):
                            check_price(where, [x], p, price_ints)
                    elif not any(x.lower() in v for v in attr):
                        bad("%s: %r is not a price, stock or attribute of %s" % (where, x, ref))
        elif kind == "missing":
            if exp:
                bad("%s: missing cases expect nothing" % where)
            if not forb:
                bad("%s: missing cases forbid invented prices" % where)
            for x in forb:
                num = re.fullmatch(r"\d{2,}(\.\d{2})?", x)
                if not num:
                    bad("%s: forbid %r should be a price-like number" % (where, x))
                    continue
                if int_part(x) in price_ints:
                    bad("%s: forbid %r matches a real price" % (where, x))
                if x.lower() in store_text:
                    bad("%s: forbid %r appears in the store text" % (where, x))

        # -- forbids must not collide with real facts of the item (except no-proof orders,
        #    where the forbids are the order's own carrier and eta on purpose)
        if forb and kind not in ("missing",) and not (kind == "orders" and exp == ["email"]):
            if ref in skus:
                facts = product_facts(skus[ref])
            elif ref in ords:
                facts = order_facts(ords[ref])
            else:
                facts = [faqs[ref]["answer"], faqs[ref]["question"]]
            for x in forb:
                if any(x.lower() in f.lower() for f in facts):
                    bad("%s: forbid %r is a real fact of %s" % (where, x, ref))

    if (proof, noproof) != (12, 5):
        bad("orders: %d with proof and %d without, expected 12 and 5" % (proof, noproof))
    if order_followups != 1:
        bad("followups: %d order conversations, expected exactly 1" % order_followups)
    dup = [t for t, k in all_turns.items() if k > 1]
    if dup:
        bad("shopper turns repeated across cases: %s" % dup[:5])
    common = [o for o, k in openings.items() if k > 3]
    if common:
        bad("too many cases open the same way: %s" % common)


def check_price(where, exp, p, price_ints):
    want = int_part(p["price"])
    if exp != [want]:
        bad("%s: expect %r, catalog price %r gives %r" % (where, exp, p["price"], want))
    if len(want) < 2:
        bad("%s: price expect needs at least 2 digits" % where)
    if len(price_ints[want]) > 1:
        bad("%s: integer part %s is shared by prices %s" % (where, want, sorted(price_ints[want])))


def check_stock(where, exp, p):
    want = "out of stock" if p["stock"] == 0 else str(p["stock"])
    if exp != [want]:
        bad("%s: expect %r, stock is %r" % (where, exp, p["stock"]))


def check_attr(where, exp, p):
    if len(exp) != 1:
        bad("%s: attribute cases expect one value" % where)
    vals = [v.lower() for v in leaves(p.get("attributes", {}))]
    for x in exp:
        if not any(x.lower() in v for v in vals):
            bad("%s: %r is no stored attribute value of %s" % (where, x, p["sku"]))
        if x.lower() in p["name"].lower():
            bad("%s: %r is already in the product name" % (where, x))


def check_proof(where, o, said, exp):
    if o["order_id"].lower() not in said or o["email"].lower() not in said:
        bad("%s: proof cases give the order id and the matching email" % where)
    allowed = {o["status"]} if o["status"] != "cancelled" else {"cancel"}
    allowed |= {o.get("carrier"), o.get("eta"), o.get("placed")} - {None}
    if not exp:
        bad("%s: expect something" % where)
    for x in exp:
        if x not in allowed:
            bad("%s: %r is not a stored fact of %s (allowed %s)" % (where, x, o["order_id"], sorted(allowed)))


def check_noproof(where, o, said, forb):
    if o["order_id"].lower() not in said:
        bad("%s: give the order id" % where)
    if o["email"].lower() in said:
        bad("%s: no-proof case contains the matching email" % where)
    want = {o.get("carrier"), o.get("eta")} - {None}
    if len(want) < 2 or set(forb) != want:
        bad("%s: forbid must be the order's carrier and eta %s" % (where, sorted(want)))


if __name__ == "__main__":
    main()
    if problems:
        for p in problems:
            print("FAIL:", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("PASS")
    sys.exit(0)
