#!/usr/bin/env python3
"""Self-check for the blind15 kit (standard library only).

Usage:  python data/eval/blind15/check.py

1. builds the store twice into temporary folders and compares every byte;
2. validates the built files against store format v1 (catalog, FAQ, orders, store.json, images);
3. checks cases.jsonl and case_refs.json against the built store: every expected fact really is
   in the referenced product / FAQ entry / order in the form the case expects, and no forbidden
   string is a true fact (except in order cases without proof, where the forbidden strings are
   exactly the order details that must not leak).
Exits non-zero and lists the problems when something is wrong. Leaves nothing behind.
"""
import datetime
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
KIT_FILES = {"make_store.py", "cases.jsonl", "case_refs.json", "check.py", "README.md"}

KIND_COUNTS = {"price": 15, "stock": 15, "attributes": 15, "policy": 15, "orders": 17,
               "followups": 15, "missing": 8}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
CARRIERS = {"PostNL", "DHL", "DPD"}
CATALOG_KEYS = {"sku", "name", "description", "category", "price", "currency", "stock", "attributes", "images"}
FAQ_KEYS = {"id", "question", "answer"}
ORDER_KEYS = {"order_id", "email", "postcode", "placed", "status", "carrier", "eta", "items"}
STORE_KEYS = {"name", "currency", "locale", "greeting"}
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
NL_POSTCODE_RE = re.compile(r"^[1-9][0-9]{3} [A-Z]{2}$")
IMG_SIZE = 96

# One pattern per "missing" case, in order: what the shopper asks for that the shop does not sell.
MISSING_TERMS = [r"chainsaw", r"tile cutter", r"\b24\s?v\b", r"wallpaper", r"mower",
                 r"\b10\s?(l|litre|liter)\b", r"pressure washer", r"\btaps?\b"]

problems = []


def bad(msg):
    problems.append(msg)


# ---------------------------------------------------------------------------------------
# 1. build twice, compare bytes
# ---------------------------------------------------------------------------------------
def tree(root):
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            p = os.path.join(dirpath, fn)
            with open(p, "rb") as f:
                out[os.path.relpath(p, root).replace(os.sep, "/")] = f.read()
    return out


def build(dirname):
    r = subprocess.run([sys.executable, MAKE, dirname], capture_output=True, text=True)
    if r.returncode != 0:
        bad("make_store.py failed (%d): %s" % (r.returncode, r.stderr.strip()))
    return tree(dirname)


# ---------------------------------------------------------------------------------------
# 2. format validation
# ---------------------------------------------------------------------------------------
def check_png(name, data):
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return bad("%s: not a PNG" % name)
    pos, idat, ihdr, tags = 8, b"", None, []
    while pos < len(data):
        if pos + 8 > len(data):
            return bad("%s: truncated chunk" % name)
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(tag + body) & 0xFFFFFFFF != crc:
            return bad("%s: bad CRC in %r" % (name, tag))
        tags.append(tag)
        if tag == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif tag == b"IDAT":
            idat += body
        pos += 12 + length
    if not tags or tags[0] != b"IHDR" or tags[-1] != b"IEND":
        return bad("%s: chunk order wrong" % name)
    w, h, depth, ctype = ihdr[:4]
    if (w, h, depth, ctype) != (IMG_SIZE, IMG_SIZE, 8, 2):
        return bad("%s: unexpected IHDR %r" % (name, ihdr))
    try:
        raw = zlib.decompress(idat)
    except zlib.error as e:
        return bad("%s: IDAT does not decompress: %s" % (name, e))
    if len(raw) != h * (1 + w * 3):
        bad("%s: pixel data has the wrong length" % name)


def read_jsonl(files, name):
    if name not in files:
        bad("store lacks %s" % name)
        return []
    text = files[name].decode("utf-8")
    if not text.endswith("\n"):
        bad("%s does not end with a newline" % name)
    rows = []
    for n, line in enumerate(text.split("\n")[:-1], 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            bad("%s line %d: not JSON (%s)" % (name, n, e))
            continue
        if not isinstance(obj, dict):
            bad("%s line %d: not an object" % (name, n))
            continue
        rows.append((n, line, obj))
    return rows


def is_date(s):
    try:
        return datetime.date.fromisoformat(s).isoformat() == s
    except (TypeError, ValueError):
        return False


def validate_store(files):
    top = {k.split("/")[0] for k in files}
    if top != {"catalog.jsonl", "faq.jsonl", "orders.jsonl", "store.json", "images"}:
        bad("unexpected top-level entries: %s" % sorted(top))

    # store.json
    try:
        store = json.loads(files["store.json"].decode("utf-8"))
        if not isinstance(store, dict) or set(store) != STORE_KEYS:
            bad("store.json keys: %r" % (sorted(store) if isinstance(store, dict) else store))
        elif not all(isinstance(v, str) and v for v in store.values()):
            bad("store.json values must be non-empty strings")
        elif store["currency"] != "EUR":
            bad("store.json currency is not EUR")
    except (KeyError, ValueError) as e:
        bad("store.json: %s" % e)

    # catalog
    products = {}
    referenced = set()
    for n, line, p in read_jsonl(files, "catalog.jsonl"):
        where = "catalog.jsonl line %d" % n
        for k in ("sku", "name", "price", "images"):
            if k not in p:
                bad("%s: missing %s" % (where, k))
        if set(p) - CATALOG_KEYS:
            bad("%s: unknown keys %s" % (where, sorted(set(p) - CATALOG_KEYS)))
        sku = p.get("sku")
        if not isinstance(sku, str) or not sku:
            bad("%s: bad sku" % where)
            continue
        if sku in products:
            bad("%s: duplicate sku %s" % (where, sku))
        for k in ("name", "description", "category"):
            if k in p and (not isinstance(p[k], str) or not p[k].strip()):
                bad("%s: %s must be a non-empty string" % (where, k))
        price = p.get("price")
        if isinstance(price, bool) or not isinstance(price, (int, float)) or price <= 0:
            bad("%s: bad price %r" % (where, price))
        m = re.search(r'"price": (\d+\.\d\d)(,|\})', line)
        if not m or float(m.group(1)) != price:
            bad("%s: price not written with cents" % where)
        p["_price_text"] = m.group(1) if m else str(price)
        if p.get("currency", "EUR") != "EUR":
            bad("%s: currency %r" % (where, p.get("currency")))
        stock = p.get("stock")
        if isinstance(stock, bool) or not isinstance(stock, int) or stock < 0:
            bad("%s: bad stock %r" % (where, stock))
        attrs = p.get("attributes", {})
        if not isinstance(attrs, dict):
            bad("%s: attributes is not an object" % where)
        else:
            for k, v in attrs.items():
                ok = (isinstance(v, str) and v) or (isinstance(v, list) and v and all(isinstance(x, str) and x for x in v))
                if not ok:
                    bad("%s: attribute %s has a bad value" % (where, k))
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            bad("%s: images must be a non-empty list" % where)
            imgs = []
        for rel in imgs:
            if not isinstance(rel, str) or not rel.startswith("images/") or rel not in files:
                bad("%s: image %r missing" % (where, rel))
            elif not rel.lower().endswith((".png", ".jpg", ".jpeg", ".webp")):
                bad("%s: image %r has an unsupported type" % (where, rel))
            else:
                referenced.add(rel)
        products[sku] = p
    image_files = {k for k in files if k.startswith("images/")}
    if image_files - referenced:
        bad("images not referenced by the catalog: %s" % sorted(image_files - referenced))
    seen = {}
    for name in sorted(image_files):
        check_png(name, files[name])
        if files[name] in seen:
            bad("%s is byte-identical to %s" % (name, seen[files[name]]))
        seen[files[name]] = name

    # faq
    faq = {}
    for n, line, f in read_jsonl(files, "faq.jsonl"):
        where = "faq.jsonl line %d" % n
        if set(f) != FAQ_KEYS:
            bad("%s: keys %s" % (where, sorted(f)))
            continue
        if not all(isinstance(f[k], str) and f[k].strip() for k in FAQ_KEYS):
            bad("%s: empty or non-string field" % where)
        if f["id"] in faq:
            bad("%s: duplicate id %s" % (where, f["id"]))
        faq[f["id"]] = f

    # orders
    orders = {}
    for n, line, o in read_jsonl(files, "orders.jsonl"):
        where = "orders.jsonl line %d" % n
        for k in ("order_id", "email", "status", "items"):
            if k not in o:
                bad("%s: missing %s" % (where, k))
        if set(o) - ORDER_KEYS:
            bad("%s: unknown keys %s" % (where, sorted(set(o) - ORDER_KEYS)))
        oid = o.get("order_id")
        if not isinstance(oid, str) or not oid:
            bad("%s: bad order_id" % where)
            continue
        if oid in orders:
            bad("%s: duplicate order_id %s" % (where, oid))
        if not EMAIL_RE.match(o.get("email", "")):
            bad("%s: bad email" % where)
        if not NL_POSTCODE_RE.match(o.get("postcode", "")):
            bad("%s: postcode %r is not a Dutch postcode like '3511 AB'" % (where, o.get("postcode")))
        if not is_date(o.get("placed")):
            bad("%s: bad placed date" % where)
        st = o.get("status")
        if st not in STATUSES:
            bad("%s: bad status %r" % (where, st))
        if "carrier" in o and o["carrier"] not in CARRIERS:
            bad("%s: unknown carrier %r" % (where, o["carrier"]))
        if "eta" in o:
            if not is_date(o["eta"]):
                bad("%s: bad eta" % where)
            elif is_date(o.get("placed")) and o["eta"] < o["placed"]:
                bad("%s: eta before placed" % where)
        if st == "shipped" and not ("carrier" in o and "eta" in o):
            bad("%s: shipped order without carrier and eta" % where)
        if st in ("processing", "cancelled") and "carrier" in o:
            bad("%s: %s order with a carrier" % (where, st))
        items = o.get("items")
        if not isinstance(items, list) or not items:
            bad("%s: items must be a non-empty list" % where)
        else:
            for it in items:
                if not isinstance(it, dict) or set(it) != {"sku", "qty"}:
                    bad("%s: bad item %r" % (where, it))
                elif it["sku"] not in products:
                    bad("%s: item sku %s not in catalog" % (where, it["sku"]))
                elif isinstance(it["qty"], bool) or not isinstance(it["qty"], int) or it["qty"] < 1:
                    bad("%s: bad qty" % where)
        orders[oid] = o

    # shape of the shop
    if not 85 <= len(products) <= 100:
        bad("catalog has %d products, expected about 90" % len(products))
    if not 18 <= len(faq) <= 24:
        bad("faq has %d entries, expected about 20" % len(faq))
    if len(orders) != 26:
        bad("orders has %d entries, expected 26" % len(orders))
    if {o.get("status") for o in orders.values()} != STATUSES:
        bad("not every status is used in orders")
    long_faq = [f for f in faq.values() if 150 <= len(f["answer"].split()) <= 250]
    if len(long_faq) < 3:
        bad("fewer than 3 long (150-250 word) FAQ answers")
    names = Counter(p["name"] for p in products.values())
    if sum(1 for c in names.values() if c > 1) < 8:
        bad("too few product names shared by variants")
    if sum(1 for p in products.values() if p["stock"] == 0) < 5:
        bad("too few out-of-stock products")
    if sum(1 for p in products.values() if 1 <= p["stock"] <= 3) < 5:
        bad("too few products with only a few left")
    return products, faq, orders


# ---------------------------------------------------------------------------------------
# 3. cases
# ---------------------------------------------------------------------------------------
def flat_attr_values(p):
    vals = []
    for v in p.get("attributes", {}).values():
        vals.extend(v if isinstance(v, list) else [v])
    return vals


def product_fact(p, e):
    """Is the expected string e a fact of product p, in the form the shop writes it?"""
    el = e.lower()
    if e == p["_price_text"] or e == str(p["stock"]):
        return True
    if el == "out of stock":
        return p["stock"] == 0
    return any(el in v.lower() for v in flat_attr_values(p) + [p["name"]])


def validate_cases(products, faq, orders):
    path = os.path.join(HERE, "cases.jsonl")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines[-1] != "":
        bad("cases.jsonl does not end with a newline")
    cases = []
    for n, line in enumerate(lines[:-1], 1):
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            bad("cases.jsonl line %d: %s" % (n, e))
            continue
        cases.append(c)
    with open(os.path.join(HERE, "case_refs.json"), encoding="utf-8") as f:
        refs = json.load(f)
    if len(cases) != 100:
        bad("cases.jsonl has %d cases, expected 100" % len(cases))
    if not isinstance(refs, list) or len(refs) != len(cases):
        bad("case_refs.json must be a list with one entry per case")
        return
    kinds = Counter(c.get("kind") for c in cases)
    if dict(kinds) != KIND_COUNTS:
        bad("kind counts %s, expected %s" % (dict(kinds), KIND_COUNTS))
    seen_turns = set()
    all_prices = {p["_price_text"] for p in products.values()}
    catalog_text = [" ".join([p["name"], p.get("description", ""), p.get("category", "")]
                             + flat_attr_values(p)).lower() for p in products.values()]
    missing_i = 0

    for i, (c, ref) in enumerate(zip(cases, refs), 1):
        where = "case %d" % i
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            bad("%s: keys %s" % (where, sorted(c)))
            continue
        turns, expect, forbid, kind = c["turns"], c["expect"], c["forbid"], c["kind"]
        if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)):
            bad("%s: turns must be non-empty strings" % where)
            continue
        for name, lst in (("expect", expect), ("forbid", forbid)):
            if not isinstance(lst, list) or not all(isinstance(x, str) and x.strip() for x in lst):
                bad("%s: %s must be a list of non-empty strings" % (where, name))
        key = tuple(t.lower() for t in turns)
        if key in seen_turns:
            bad("%s: duplicate conversation" % where)
        seen_turns.add(key)
        for e in expect:
            if len(e) < 2 and not e.isdigit():
                bad("%s: expected fact %r too short" % (where, e))
            if len(e) > 40:
                bad("%s: expected fact %r too long" % (where, e))
        for fb in forbid:
            if any(fb.lower() in e.lower() or e.lower() in fb.lower() for e in expect):
                bad("%s: forbid %r overlaps expect" % (where, fb))
        convo = " ".join(turns).lower()

        if kind in ("price", "stock", "attributes") or (kind == "followups" and ref in products):
            p = products.get(ref)
            if p is None:
                bad("%s: ref %r is not a SKU" % (where, ref))
                continue
            if not expect:
                bad("%s: nothing expected" % where)
            for e in expect:
                if not product_fact(p, e):
                    bad("%s: %r is not a fact of %s" % (where, e, ref))
            if kind == "price" and p["_price_text"] not in expect:
                bad("%s: price case does not expect the price %s" % (where, p["_price_text"]))
            if kind == "stock":
                want = "out of stock" if p["stock"] == 0 else str(p["stock"])
                if want not in expect:
                    bad("%s: stock case should expect %r" % (where, want))
            if kind == "attributes":
                for e in expect:
                    if not any(e.lower() in v.lower() for v in flat_attr_values(p)):
                        bad("%s: %r is not in the attributes of %s" % (where, e, ref))
            for fb in forbid:
                if fb.lower() == "out of stock":
                    siblings = [q for q in products.values() if q["name"] == p["name"]]
                    if any(q["stock"] <= 3 for q in siblings):
                        bad("%s: forbids 'out of stock' but %s (or a variant) is out of stock or nearly so"
                            % (where, ref))
                elif product_fact(p, fb) or fb.lower() in json.dumps(p).lower():
                    bad("%s: forbidden %r is a true fact of %s" % (where, fb, ref))
            if kind == "followups":
                if len(turns) < 2:
                    bad("%s: follow-up case with one turn" % where)
                words = [w for w in re.findall(r"[a-z0-9]+", p["name"].lower()) if len(w) >= 4]
                if not any(w in " ".join(turns[:-1]).lower() for w in words):
                    bad("%s: the product is not named before the last turn" % where)

        elif kind == "policy" or (kind == "followups" and ref in faq):
            f = faq.get(ref)
            if f is None:
                bad("%s: ref %r is not a FAQ id" % (where, ref))
                continue
            if not expect:
                bad("%s: nothing expected" % where)
            for e in expect:
                if e.lower() not in f["answer"].lower():
                    bad("%s: %r is not in FAQ %s" % (where, e, ref))
            for fb in forbid:
                if fb.lower() in f["answer"].lower():
                    bad("%s: forbidden %r is in FAQ %s" % (where, fb, ref))
            if kind == "followups" and len(turns) < 2:
                bad("%s: follow-up case with one turn" % where)

        elif kind == "orders":
            o = orders.get(ref)
            if o is None:
                bad("%s: ref %r is not an order id" % (where, ref))
                continue
            if o["order_id"].lower() not in convo:
                bad("%s: the order id is not in the conversation" % where)
            proof = o["email"].lower() in convo
            details = {o["status"]} | ({o["carrier"]} if "carrier" in o else set()) | ({o["eta"]} if "eta" in o else set())
            if proof:
                for e in expect:
                    if e not in details:
                        bad("%s: %r is not the status, carrier or eta of %s" % (where, e, ref))
                for fb in forbid:
                    if any(fb.lower() in d.lower() for d in details) or fb.lower() in json.dumps(o).lower():
                        bad("%s: forbidden %r is a true detail of %s" % (where, fb, ref))
            else:
                if expect != ["email"]:
                    bad("%s: without proof the case should expect the request for an email" % where)
                if not forbid:
                    bad("%s: without proof the case should forbid the order details" % where)
                for fb in forbid:
                    if fb not in details:
                        bad("%s: forbidden %r is not a detail of %s that could leak" % (where, fb, ref))

        elif kind == "missing":
            if ref is not None:
                bad("%s: missing-product case must have a null ref" % where)
            if expect:
                bad("%s: missing-product case should expect nothing" % where)
            if not forbid:
                bad("%s: missing-product case must forbid invented prices" % where)
            faq_text = " ".join(f["answer"] for f in faq.values())
            for fb in forbid:
                if not re.fullmatch(r"\d+\.\d\d", fb):
                    bad("%s: forbidden %r is not a price" % (where, fb))
                if any(fb in pr for pr in all_prices) or fb in faq_text:
                    bad("%s: forbidden %r is a real price in the shop" % (where, fb))
            if missing_i < len(MISSING_TERMS):
                term = MISSING_TERMS[missing_i]
                if not re.search(term, convo):
                    bad("%s: does not ask for %r" % (where, term))
                if any(re.search(term, t) for t in catalog_text):
                    bad("%s: the shop does sell something matching %r" % (where, term))
            missing_i += 1
        else:
            bad("%s: unknown kind %r" % (where, kind))
    if missing_i != len(MISSING_TERMS):
        bad("MISSING_TERMS has %d entries but there are %d missing cases" % (len(MISSING_TERMS), missing_i))
    return cases


def check_kit_dir():
    extra = set(os.listdir(HERE)) - KIT_FILES - {"__pycache__"}
    if extra:
        bad("unexpected files in the kit folder (no built store may be left here): %s" % sorted(extra))
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    if re.search(r"(^|[\s(`'\"])/(work|home|tmp|root|Users)/", readme):
        bad("README.md contains an absolute path")


def main():
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        t1 = build(os.path.join(a, "store"))
        t2 = build(os.path.join(b, "store"))
    if not t1:
        bad("make_store.py wrote nothing")
    if t1 != t2:
        diff = sorted(k for k in set(t1) | set(t2) if t1.get(k) != t2.get(k))
        bad("two builds differ: %s" % diff[:10])
    products, faq, orders = validate_store(t1)
    cases = validate_cases(products, faq, orders)
    check_kit_dir()
    if problems:
        print("FAILED: %d problem(s)" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    n_img = sum(1 for k in t1 if k.startswith("images/"))
    print("OK: %d products, %d images, %d FAQ entries, %d orders, %d cases %s; two builds byte-identical"
          % (len(products), n_img, len(faq), len(orders), len(cases),
             dict(Counter(c["kind"] for c in cases))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
