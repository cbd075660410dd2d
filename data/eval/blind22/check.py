#!/usr/bin/env python3
"""Self-check for the blind22 evaluation kit. Standard library only.

    python check.py

Builds the store twice into temp folders and compares them byte for byte,
validates Store format v1, checks cases.jsonl / case_refs.json against the
built data, and prints PASS (exit 0) or the list of problems (exit 1).
"""
import datetime
import hashlib
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
KIT_FILES = {"make_store.py", "cases.jsonl", "case_refs.json", "check.py", "README.md"}
KIND_COUNTS = {"price": 15, "stock": 15, "attributes": 15, "policy": 15, "orders": 17,
               "followups": 15, "missing": 8}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@example\.(com|net|org)$")
ANY_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]+")
ORDER_ID_RE = re.compile(r"\bPB-\d{5}\b", re.I)
# words naming what the shop does NOT sell, one per missing case, in case order
MISSING_TERMS = ["fishing", "outboard", "paddleboard", "climbing rope", "satellite", "bear spray",
                 "e-bike", "wetsuit"]

problems = []


def bad(msg):
    problems.append(msg)


# ---------------------------------------------------------------------------
# 1. build twice, compare byte for byte
# ---------------------------------------------------------------------------
def build(dest):
    r = subprocess.run([sys.executable, os.path.join(HERE, "make_store.py"), dest],
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


tmp = tempfile.mkdtemp(prefix="blind22-check-")
a, b = os.path.join(tmp, "a"), os.path.join(tmp, "b")
build(a)
build(b)
ta, tb = tree(a), tree(b)
if set(ta) != set(tb):
    bad("builds differ in file list")
for k in ta:
    if k in tb and ta[k] != tb[k]:
        bad("builds differ: %s" % k)
if not ta:
    print("\n".join(problems) or "empty build")
    sys.exit(1)

for fn in os.listdir(HERE):
    if fn not in KIT_FILES and not fn.startswith("."):
        if fn != "__pycache__":
            bad("kit folder holds something that is not part of the kit: %s" % fn)
for must in KIT_FILES:
    if not os.path.exists(os.path.join(HERE, must)):
        bad("kit file missing: %s" % must)

S = a


def load_jsonl(name):
    rows = []
    with open(os.path.join(S, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                bad("%s line %d: blank line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("%s line %d: %s" % (name, n, e))
    return rows


for req in ("store.json", "catalog.jsonl", "faq.jsonl", "orders.jsonl", "images"):
    if not os.path.exists(os.path.join(S, req)):
        bad("store lacks %s" % req)

with open(os.path.join(S, "store.json"), encoding="utf-8") as f:
    store = json.load(f)
for k in ("name", "currency", "locale", "greeting"):
    if not isinstance(store.get(k), str) or not store[k]:
        bad("store.json: %s missing" % k)
if store.get("currency") != "CAD" or store.get("locale") != "en-CA":
    bad("store.json: currency/locale should be CAD/en-CA")

catalog = load_jsonl("catalog.jsonl")
faq = load_jsonl("faq.jsonl")
orders = load_jsonl("orders.jsonl")

# ---------------------------------------------------------------------------
# 2. format
# ---------------------------------------------------------------------------
def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    w, h = struct.unpack(">II", data[16:24])
    # walk chunks, check CRCs and that IDAT inflates
    pos, idat = 8, b""
    while pos < len(data):
        ln = struct.unpack(">I", data[pos:pos + 4])[0]
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])[0]
        if zlib.crc32(tag + body) & 0xFFFFFFFF != crc:
            return None
        if tag == b"IDAT":
            idat += body
        pos += 12 + ln
        if tag == b"IEND":
            break
    try:
        raw = zlib.decompress(idat)
    except zlib.error:
        return None
    if len(raw) != h * (1 + 3 * w):
        return None
    return w, h


skus = {}
referenced = set()
img_hashes = {}
for n, p in enumerate(catalog, 1):
    for k in ("sku", "name", "price", "images"):
        if k not in p:
            bad("catalog line %d: missing %s" % (n, k))
    sku = p.get("sku")
    if sku in skus:
        bad("catalog: duplicate sku %s" % sku)
    skus[sku] = p
    pr = p.get("price")
    if not isinstance(pr, (int, float)) or not (6.50 <= pr <= 1999.00) or round(pr, 2) != pr:
        bad("catalog %s: bad price %r" % (sku, pr))
    if p.get("currency", "CAD") != "CAD":
        bad("catalog %s: currency" % sku)
    if "stock" in p and (not isinstance(p["stock"], int) or p["stock"] < 0):
        bad("catalog %s: bad stock" % sku)
    if not isinstance(p.get("attributes", {}), dict):
        bad("catalog %s: attributes not an object" % sku)
    imgs = p.get("images")
    if not isinstance(imgs, list) or not imgs:
        bad("catalog %s: needs at least one image" % sku)
        continue
    for rel in imgs:
        if os.path.isabs(rel) or ".." in rel.split("/") or not rel.startswith("images/"):
            bad("catalog %s: image path not relative under images/: %s" % (sku, rel))
            continue
        fp = os.path.join(S, rel)
        if not os.path.isfile(fp):
            bad("catalog %s: image missing %s" % (sku, rel))
            continue
        data = open(fp, "rb").read()
        if png_size(data) != (48, 48):
            bad("catalog %s: %s is not a valid 48x48 PNG" % (sku, rel))
        h = hashlib.sha256(data).hexdigest()
        if h in img_hashes:
            bad("images %s and %s are identical" % (img_hashes[h], rel))
        img_hashes[h] = rel
        referenced.add(rel)
on_disk = {"images/" + f for f in os.listdir(os.path.join(S, "images"))}
if on_disk != referenced:
    bad("images on disk and in catalog differ: %s" % sorted(on_disk ^ referenced)[:5])
if not (90 <= len(catalog) <= 100):
    bad("catalog has %d products, want 90-100" % len(catalog))
prices = [p["price"] for p in catalog]
if min(prices) != 6.50 or max(prices) != 1999.00:
    bad("price range should be 6.50 .. 1999.00")
stocks = [p["stock"] for p in catalog if "stock" in p]
if stocks.count(0) < 5 or sum(1 for s in stocks if s in (1, 2)) < 5:
    bad("want several out-of-stock and several 1-or-2-left products")
names = [p["name"] for p in catalog]
if sum(1 for nm in set(names) if names.count(nm) > 1) < 8:
    bad("want several names shared by variant products")

faq_by_id = {}
for n, q in enumerate(faq, 1):
    for k in ("id", "question", "answer"):
        if not isinstance(q.get(k), str) or not q[k]:
            bad("faq line %d: missing %s" % (n, k))
    if q.get("id") in faq_by_id:
        bad("faq: duplicate id %s" % q.get("id"))
    faq_by_id[q.get("id")] = q


def valid_date(s):
    try:
        return datetime.date.fromisoformat(s) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) else None
    except (TypeError, ValueError):
        return None


orders_by_id = {}
for n, o in enumerate(orders, 1):
    oid = o.get("order_id")
    if not oid or oid in orders_by_id:
        bad("orders line %d: missing or duplicate order_id" % n)
    orders_by_id[oid] = o
    if not EMAIL_RE.match(o.get("email", "")):
        bad("order %s: email not on example.com/.net/.org" % oid)
    if o.get("status") not in STATUSES:
        bad("order %s: bad status %r" % (oid, o.get("status")))
    pl = valid_date(o.get("placed"))
    if not pl:
        bad("order %s: bad placed date" % oid)
    if "eta" in o:
        e = valid_date(o["eta"])
        if not e or (pl and e < pl):
            bad("order %s: bad eta" % oid)
    if "carrier" in o and (not isinstance(o["carrier"], str) or not o["carrier"]):
        bad("order %s: bad carrier" % oid)
    items = o.get("items")
    if not items:
        bad("order %s: no items" % oid)
    for it in items or []:
        if it.get("sku") not in skus or not isinstance(it.get("qty"), int) or it["qty"] < 1:
            bad("order %s: bad item %r" % (oid, it))
if {o.get("status") for o in orders} != STATUSES:
    bad("orders should use every status")
if len({o["carrier"] for o in orders if "carrier" in o}) < 4:
    bad("orders should use several carriers")
if not any("carrier" not in o for o in orders) or not any("eta" not in o and "carrier" in o for o in orders):
    bad("want orders without carrier, and a carrier without eta")
emails = [o["email"] for o in orders]
if not any(emails.count(e) == 2 for e in emails):
    bad("want one customer with two orders")
if not any(o.get("postcode", "").startswith("X0") for o in orders):
    bad("want an order to a remote northern postcode")

# every email-looking string in the store is on an example domain
all_text = ""
for fn in ("store.json", "catalog.jsonl", "faq.jsonl", "orders.jsonl"):
    with open(os.path.join(S, fn), encoding="utf-8") as f:
        all_text += f.read() + "\n"
for m in ANY_EMAIL_RE.findall(all_text):
    if not EMAIL_RE.match(m.lower()):
        bad("store text has a non-example email: %s" % m)
low_text = all_text.lower()

# ---------------------------------------------------------------------------
# 3. cases
# ---------------------------------------------------------------------------
cases = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            c = json.loads(line)
        except ValueError as e:
            bad("cases.jsonl line %d: %s" % (n, e))
            continue
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            bad("case %d: keys %s" % (n, sorted(c)))
        if not c.get("turns") or not all(isinstance(t, str) and t.strip() for t in c["turns"]):
            bad("case %d: turns must be non-empty strings" % n)
        if not isinstance(c.get("expect"), list) or not isinstance(c.get("forbid"), list):
            bad("case %d: expect/forbid must be lists" % n)
        cases.append(c)
with open(os.path.join(HERE, "case_refs.json"), encoding="utf-8") as f:
    refs = json.load(f)
if len(cases) != 100:
    bad("cases.jsonl has %d cases, want 100" % len(cases))
if len(refs) != len(cases):
    bad("case_refs.json has %d entries, cases %d" % (len(refs), len(cases)))

counts = {}
for c in cases:
    counts[c.get("kind")] = counts.get(c.get("kind"), 0) + 1
if counts != KIND_COUNTS:
    bad("kind counts %s, want %s" % (counts, KIND_COUNTS))

price_ints = {str(int(p)) for p in prices}
price_strs = {"%.2f" % p for p in prices}


def attr_values(p):
    out = []
    for v in (p.get("attributes") or {}).values():
        if isinstance(v, list):
            out.extend(str(x) for x in v)
            out.append(", ".join(str(x) for x in v))
        else:
            out.append(str(v))
    return out


def in_attrs(p, e):
    return any(e.lower() in v.lower() for v in attr_values(p))


def stock_fact(p):
    s = p.get("stock")
    return None if s is None else ("out of stock" if s == 0 else str(s))


def order_facts(o):
    f = []
    st = o["status"]
    f.append("cancel" if st == "cancelled" else st)
    for k in ("carrier", "eta", "placed"):
        if k in o:
            f.append(o[k])
    return f


def item_facts(ref):
    """Texts that are true about the referenced item (for forbid collisions)."""
    if ref in skus:
        p = skus[ref]
        return [str(int(p["price"])), "%.2f" % p["price"], str(p.get("stock", "")), p["name"]] + attr_values(p)
    if ref in faq_by_id:
        return [faq_by_id[ref]["answer"]]
    if ref in orders_by_id:
        o = orders_by_id[ref]
        return order_facts(o) + [o["status"]]
    return []


first_turns = []
openings = {}
noproof = proof = 0
email_second_turn = 0
miss_i = 0
for i, (c, ref) in enumerate(zip(cases, refs), 1):
    kind, exp, forb, turns = c.get("kind"), c.get("expect", []), c.get("forbid", []), c.get("turns", [])
    shopper = "\n".join(turns).lower()
    tag = "case %d (%s)" % (i, kind)

    # refs exist
    if kind == "missing":
        if ref is not None:
            bad("%s: ref should be null" % tag)
    elif kind in ("price", "stock", "attributes"):
        if ref not in skus:
            bad("%s: ref %r is not a SKU" % (tag, ref))
            continue
    elif kind == "policy":
        if ref not in faq_by_id:
            bad("%s: ref %r is not a FAQ id" % (tag, ref))
            continue
    elif kind == "orders":
        if ref not in orders_by_id:
            bad("%s: ref %r is not an order id" % (tag, ref))
            continue
    elif kind == "followups":
        if ref not in skus and ref not in orders_by_id:
            bad("%s: ref %r is neither SKU nor order" % (tag, ref))
            continue

    # shopper-text rules
    for s in exp + forb:
        if not isinstance(s, str) or not s.strip():
            bad("%s: empty expect/forbid" % tag)
        elif s.lower() in shopper:
            bad("%s: %r appears in the shopper's own text" % (tag, s))
    if re.search(r"e-?mail", shopper):
        bad("%s: shopper types the word email" % tag)
    for t in turns:
        letters = [ch for ch in ORDER_ID_RE.sub("", t) if ch.isalpha()]
        upper = sum(1 for ch in letters if ch.isupper())
        if upper > 2:
            bad("%s: shopper text not lower case: %r" % (tag, t))
    first_turns.append(turns[0].lower())
    op = " ".join(turns[0].lower().split()[:3])
    openings[op] = openings.get(op, 0) + 1

    # facts
    if kind == "price":
        p = skus[ref]
        if exp != [str(int(p["price"]))] or len(exp[0]) < 2 or p["price"] >= 1000:
            bad("%s: price expect %r vs %.2f" % (tag, exp, p["price"]))
    elif kind == "stock":
        if exp != [stock_fact(skus[ref])]:
            bad("%s: stock expect %r vs %r" % (tag, exp, skus[ref].get("stock")))
    elif kind == "attributes":
        if not exp or not all(in_attrs(skus[ref], e) for e in exp):
            bad("%s: attribute expect %r not in %s attributes" % (tag, exp, ref))
    elif kind == "policy":
        if len(exp) != 1 or exp[0].lower() not in faq_by_id[ref]["answer"].lower():
            bad("%s: policy expect %r not in FAQ %s" % (tag, exp, ref))
    elif kind == "orders" or (kind == "followups" and ref in orders_by_id):
        o = orders_by_id[ref]
        if exp == ["email"]:
            noproof += 1
            if kind != "orders":
                bad("%s: no-proof case should be an orders case" % tag)
            if "carrier" not in o or "eta" not in o:
                bad("%s: no-proof order should have carrier and eta" % tag)
            elif o["carrier"] not in forb or o["eta"] not in forb:
                bad("%s: no-proof case must forbid carrier and eta" % tag)
            if o["email"].lower() in shopper:
                bad("%s: no-proof case contains the real email" % tag)
            if ref.lower() not in shopper:
                bad("%s: no-proof case should still give the order id" % tag)
        else:
            facts = [x.lower() for x in order_facts(o)]
            if not exp or not all(e.lower() in facts for e in exp):
                bad("%s: order expect %r not in %r" % (tag, exp, facts))
            for e in exp:
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", e) and not valid_date(e):
                    bad("%s: bad date %r" % (tag, e))
            if ref.lower() not in shopper or o["email"].lower() not in shopper:
                bad("%s: proof case needs order id and matching email" % tag)
            if kind == "orders":
                proof += 1
            else:
                if o["email"].lower() in turns[0].lower() or o["email"].lower() not in turns[-1].lower():
                    bad("%s: followup order should give the email in a later turn" % tag)
                email_second_turn += 1
    elif kind == "followups":
        p = skus[ref]
        if len(turns) < 2:
            bad("%s: followups need several turns" % tag)
        if p["name"].lower() in turns[-1].lower():
            bad("%s: last turn names the product in full" % tag)
        ok_vals = {str(int(p["price"])), stock_fact(p)}
        for e in exp:
            if e not in ok_vals and not in_attrs(p, e):
                bad("%s: followup expect %r is not a fact of %s" % (tag, e, ref))
    elif kind == "missing":
        if exp != []:
            bad("%s: missing cases expect nothing" % tag)
        if not forb:
            bad("%s: missing cases forbid invented prices" % tag)
        for s in forb:
            if not re.fullmatch(r"\d+\.\d{2}", s):
                bad("%s: missing forbid %r is not a price" % (tag, s))
            if s in price_strs or s.split(".")[0] in price_ints:
                bad("%s: missing forbid %r matches a real price" % (tag, s))
            if s.lower() in low_text or s.split(".")[0] in low_text:
                bad("%s: missing forbid %r appears in store text" % (tag, s))
        term = MISSING_TERMS[miss_i] if miss_i < len(MISSING_TERMS) else None
        miss_i += 1
        if not term or term not in shopper:
            bad("%s: missing term %r not in the shopper text" % (tag, term))
        elif term in low_text:
            bad("%s: the shop does sell/mention %r" % (tag, term))

    # forbids must not collide with real facts of the referenced item
    if kind not in ("missing",) and exp != ["email"]:
        for s in forb:
            if any(s.lower() in t.lower() for t in item_facts(ref)):
                bad("%s: forbid %r is a real fact of %s" % (tag, s, ref))
    # expects in price/stock cases: at least 2 digits for prices already checked

if proof != 12 or noproof != 5:
    bad("orders: %d with proof, %d without; want 12 and 5" % (proof, noproof))
if email_second_turn != 1:
    bad("want exactly one followup order whose email arrives later (got %d)" % email_second_turn)
if len(set(first_turns)) != len(first_turns):
    bad("some cases open with the same message")
for op, n in openings.items():
    if n > 6:
        bad("too many cases open with %r (%d)" % (op, n))
if miss_i != len(MISSING_TERMS):
    bad("missing terms and missing cases differ in number")

import shutil  # noqa: E402
shutil.rmtree(tmp, ignore_errors=True)

if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("PASS  (%d products, %d FAQ, %d orders, %d cases: %s)" % (
    len(catalog), len(faq), len(orders), len(cases),
    ", ".join("%s %d" % (k, counts[k]) for k in KIND_COUNTS)))
sys.exit(0)
