#!/usr/bin/env python3
"""Self-check for the blind23 kit (standard library only).

  python check.py

1. builds the store twice into temporary folders and compares them byte for byte;
2. validates the built store against Store format v1;
3. checks cases.jsonl / case_refs.json against the built data.
Prints PASS and exits 0, or lists the problems and exits 1.
"""
import collections
import datetime
import filecmp
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MAKE = os.path.join(HERE, "make_store.py")
CASES = os.path.join(HERE, "cases.jsonl")
REFS = os.path.join(HERE, "case_refs.json")

CURRENCY = "EUR"
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@example\.(com|net|org)$")
ANY_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
KIND_COUNTS = {"price": 15, "stock": 15, "attributes": 15, "policy": 15, "orders": 17,
               "followups": 15, "missing": 8}
ORDERS_WITH_PROOF = 12
ORDERS_WITHOUT_PROOF = 5

# One term per "missing" case, in the order the missing cases appear in cases.jsonl.
# Each must occur in the shopper's turns and nowhere in the catalog's product names.
MISSING_TERMS = [
    "salt cod",
    "soap",
    "wine fridge",
    "vegetarian",
    "handbag",
    "alcohol-free",
    "past\u00e9is de nata",
    "smoked salmon",
]

problems = []


def bad(msg):
    problems.append(msg)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def is_date(s):
    if not isinstance(s, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------------------
# 1. build twice, compare
# ---------------------------------------------------------------------------
def build(out):
    r = subprocess.run([sys.executable, MAKE, out], capture_output=True, text=True)
    if r.returncode != 0:
        bad("make_store.py failed (rc %d): %s" % (r.returncode, r.stderr.strip()[-500:]))
        return False
    return True


def tree(root):
    files = []
    for dp, dns, fns in os.walk(root):
        dns.sort()
        for fn in sorted(fns):
            files.append(os.path.relpath(os.path.join(dp, fn), root).replace(os.sep, "/"))
    return sorted(files)


def compare_builds(a, b):
    ta, tb = tree(a), tree(b)
    if ta != tb:
        bad("the two builds hold different files: only in first %s, only in second %s"
            % (sorted(set(ta) - set(tb))[:5], sorted(set(tb) - set(ta))[:5]))
    for rel in sorted(set(ta) & set(tb)):
        if not filecmp.cmp(os.path.join(a, rel), os.path.join(b, rel), shallow=False):
            bad("not deterministic: %s differs between two builds" % rel)


# ---------------------------------------------------------------------------
# 2. validate the store
# ---------------------------------------------------------------------------
def check_png(path, label):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        bad("%s: cannot read image (%s)" % (label, e))
        return None
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        bad("%s: not a PNG signature" % label)
        return None
    pos, idat, ihdr, seen_end = 8, b"", None, False
    while pos < len(data):
        if pos + 8 > len(data):
            bad("%s: truncated chunk header" % label)
            return None
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc_bytes = data[pos + 8 + length:pos + 12 + length]
        if len(body) != length or len(crc_bytes) != 4:
            bad("%s: truncated chunk %r" % (label, kind))
            return None
        if struct.unpack(">I", crc_bytes)[0] != zlib.crc32(kind + body) & 0xFFFFFFFF:
            bad("%s: bad CRC in chunk %r" % (label, kind))
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            seen_end = True
            break
        pos += 12 + length
    if ihdr is None or not seen_end or not idat:
        bad("%s: missing IHDR, IDAT or IEND" % label)
        return None
    w, h, depth, ctype = ihdr[:4]
    if (w, h) != (48, 48):
        bad("%s: image is %dx%d, expected 48x48" % (label, w, h))
    if depth != 8 or ctype not in (2, 6):
        bad("%s: expected 8-bit RGB/RGBA, got depth %d colour type %d" % (label, depth, ctype))
        return data
    try:
        raw = zlib.decompress(idat)
    except zlib.error as e:
        bad("%s: IDAT does not decompress (%s)" % (label, e))
        return data
    bpp = 3 if ctype == 2 else 4
    if len(raw) != h * (1 + w * bpp):
        bad("%s: pixel data has %d bytes, expected %d" % (label, len(raw), h * (1 + w * bpp)))
    elif any(raw[y * (1 + w * bpp)] > 4 for y in range(h)):
        bad("%s: invalid PNG filter byte" % label)
    return data


def read_jsonl(path, label):
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        bad("%s: cannot read (%s)" % (label, e))
        return rows
    if not text.endswith("\n"):
        bad("%s: does not end with a newline" % label)
    for n, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), 1):
        if not line.strip():
            bad("%s line %d: blank line" % (label, n))
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            bad("%s line %d: not JSON (%s)" % (label, n, e))
            continue
        if not isinstance(obj, dict):
            bad("%s line %d: not a JSON object" % (label, n))
            continue
        rows.append(obj)
    return rows


def validate_store(root):
    # store.json
    try:
        with open(os.path.join(root, "store.json"), encoding="utf-8") as f:
            store = json.load(f)
    except (OSError, ValueError) as e:
        bad("store.json: %s" % e)
        store = {}
    if not isinstance(store, dict):
        bad("store.json: not an object")
        store = {}
    for key in ("name", "currency", "locale", "greeting"):
        if not isinstance(store.get(key), str) or not store.get(key):
            bad("store.json: %r missing or not a non-empty string" % key)
    if store.get("currency") != CURRENCY:
        bad("store.json: currency is %r, expected %r" % (store.get("currency"), CURRENCY))
    if not re.match(r"^[a-z]{2}(-[A-Z]{2})?$", str(store.get("locale", ""))):
        bad("store.json: locale %r is not like 'en' or 'pt-PT'" % store.get("locale"))

    # catalog
    catalog = read_jsonl(os.path.join(root, "catalog.jsonl"), "catalog.jsonl")
    by_sku = {}
    referenced = set()
    image_bytes = {}
    for n, p in enumerate(catalog, 1):
        lab = "catalog.jsonl product %d (%s)" % (n, p.get("sku"))
        sku = p.get("sku")
        if not isinstance(sku, str) or not sku:
            bad("%s: sku missing or not a string" % lab)
            continue
        if sku in by_sku:
            bad("%s: duplicate sku" % lab)
        by_sku[sku] = p
        if not isinstance(p.get("name"), str) or not p["name"].strip():
            bad("%s: name missing or empty" % lab)
        if not is_num(p.get("price")) or p["price"] <= 0:
            bad("%s: price missing or not a positive number" % lab)
        elif abs(round(p["price"] * 100) - p["price"] * 100) > 1e-6:
            bad("%s: price has more than 2 decimals" % lab)
        if "currency" in p and p["currency"] != CURRENCY:
            bad("%s: currency %r, expected %r" % (lab, p["currency"], CURRENCY))
        if "stock" in p and (not isinstance(p["stock"], int) or isinstance(p["stock"], bool) or p["stock"] < 0):
            bad("%s: stock must be a non-negative integer" % lab)
        for key in ("description", "category"):
            if key in p and not isinstance(p[key], str):
                bad("%s: %s must be a string" % (lab, key))
        if "attributes" in p and not isinstance(p["attributes"], dict):
            bad("%s: attributes must be an object" % lab)
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            bad("%s: images missing or empty" % lab)
            continue
        for i, rel in enumerate(imgs, 1):
            if not isinstance(rel, str):
                bad("%s: image path not a string" % lab)
                continue
            if rel != "images/%s-%d.png" % (sku, i):
                bad("%s: image %d path %r, expected images/%s-%d.png" % (lab, i, rel, sku, i))
            if os.path.isabs(rel) or ".." in rel.split("/"):
                bad("%s: image path %r is not relative to the store" % (lab, rel))
                continue
            full = os.path.join(root, rel)
            if not os.path.isfile(full):
                bad("%s: image %s does not exist" % (lab, rel))
                continue
            referenced.add(rel)
            data = check_png(full, "%s image %s" % (lab, rel))
            if data is not None:
                if data in image_bytes:
                    bad("%s: image %s is identical to %s" % (lab, rel, image_bytes[data]))
                image_bytes[data] = rel
    on_disk = {"images/" + fn for fn in os.listdir(os.path.join(root, "images"))} \
        if os.path.isdir(os.path.join(root, "images")) else set()
    for extra in sorted(on_disk - referenced):
        bad("images/: %s is not referenced by any product" % extra)

    # faq
    faq = read_jsonl(os.path.join(root, "faq.jsonl"), "faq.jsonl")
    by_faq = {}
    for n, q in enumerate(faq, 1):
        for key in ("id", "question", "answer"):
            if not isinstance(q.get(key), str) or not q.get(key).strip():
                bad("faq.jsonl line %d: %r missing or empty" % (n, key))
        if q.get("id") in by_faq:
            bad("faq.jsonl line %d: duplicate id %r" % (n, q.get("id")))
        by_faq[q.get("id")] = q

    # orders
    orders = read_jsonl(os.path.join(root, "orders.jsonl"), "orders.jsonl")
    by_order = {}
    allowed = {"order_id", "email", "postcode", "placed", "status", "carrier", "eta", "items"}
    for n, o in enumerate(orders, 1):
        lab = "orders.jsonl line %d (%s)" % (n, o.get("order_id"))
        extra = set(o) - allowed
        if extra:
            bad("%s: unknown fields %s" % (lab, sorted(extra)))
        oid = o.get("order_id")
        if not isinstance(oid, str) or not oid:
            bad("%s: order_id missing" % lab)
            continue
        if oid in by_order:
            bad("%s: duplicate order_id" % lab)
        by_order[oid] = o
        if not isinstance(o.get("email"), str) or not EMAIL_RE.match(o["email"]):
            bad("%s: email %r is not on example.com/.net/.org" % (lab, o.get("email")))
        if "postcode" in o and (not isinstance(o["postcode"], str) or not o["postcode"]):
            bad("%s: postcode must be a non-empty string" % lab)
        if not is_date(o.get("placed")):
            bad("%s: placed %r is not YYYY-MM-DD" % (lab, o.get("placed")))
        if o.get("status") not in STATUSES:
            bad("%s: status %r not in %s" % (lab, o.get("status"), sorted(STATUSES)))
        if "carrier" in o and (not isinstance(o["carrier"], str) or not o["carrier"]):
            bad("%s: carrier must be a non-empty string" % lab)
        if "eta" in o:
            if not is_date(o["eta"]):
                bad("%s: eta %r is not YYYY-MM-DD" % (lab, o["eta"]))
            elif is_date(o.get("placed")) and o["eta"] < o["placed"]:
                bad("%s: eta before placed" % lab)
        items = o.get("items")
        if not isinstance(items, list) or not items:
            bad("%s: items missing or empty" % lab)
            continue
        for it in items:
            if not isinstance(it, dict) or it.get("sku") not in by_sku:
                bad("%s: item %r does not name a catalog sku" % (lab, it))
            elif not isinstance(it.get("qty"), int) or isinstance(it.get("qty"), bool) or it["qty"] < 1:
                bad("%s: item %s qty must be a positive integer" % (lab, it.get("sku")))

    # shape of the shop the brief asks for
    if not 90 <= len(by_sku) <= 110:
        bad("catalog: %d products, expected about 100" % len(by_sku))
    n_oos = sum(1 for p in by_sku.values() if p.get("stock") == 0)
    if not 10 <= n_oos <= 15:
        bad("catalog: %d out-of-stock products, expected about 12" % n_oos)
    if not any("stock" not in p for p in by_sku.values()):
        bad("catalog: expected gift cards without a stock field")
    if not 15 <= len(by_faq) <= 22:
        bad("faq: %d entries, expected about 18" % len(by_faq))
    if not 18 <= len(by_order) <= 24:
        bad("orders: %d orders, expected about 20" % len(by_order))
    if {o.get("status") for o in by_order.values()} != STATUSES:
        bad("orders: not every status is used")
    if not any("carrier" not in o for o in by_order.values()) or not any("eta" not in o for o in by_order.values()):
        bad("orders: expected some orders without carrier or eta")
    if max(collections.Counter(o.get("email") for o in by_order.values()).values()) < 2:
        bad("orders: expected one customer with two orders")
    return by_sku, by_faq, by_order


# ---------------------------------------------------------------------------
# 3. cases
# ---------------------------------------------------------------------------
def check_cases(by_sku, by_faq, by_order):
    cases = read_jsonl(CASES, "cases.jsonl")
    try:
        with open(REFS, encoding="utf-8") as f:
            refs = json.load(f)
    except (OSError, ValueError) as e:
        bad("case_refs.json: %s" % e)
        return
    if len(cases) != 100:
        bad("cases.jsonl: %d cases, expected exactly 100" % len(cases))
    if not isinstance(refs, list) or len(refs) != len(cases):
        bad("case_refs.json: must be a list with one entry per case (%d)" % len(cases))
        return
    kinds = collections.Counter(c.get("kind") for c in cases)
    if dict(kinds) != KIND_COUNTS:
        bad("cases.jsonl: kind counts %s, expected %s" % (dict(kinds), KIND_COUNTS))

    names_lower = [p.get("name", "").lower() for p in by_sku.values()]
    proof = noproof = 0
    missing_i = 0
    for n, (c, ref) in enumerate(zip(cases, refs), 1):
        lab = "case %d (%s, %s)" % (n, c.get("kind"), ref)
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            bad("%s: fields must be exactly turns, expect, forbid, kind" % lab)
        turns, expect, forbid, kind = c.get("turns"), c.get("expect"), c.get("forbid"), c.get("kind")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            bad("%s: turns must be a non-empty list of strings" % lab)
            continue
        if not isinstance(expect, list) or not all(isinstance(e, str) and e for e in expect):
            bad("%s: expect must be a list of non-empty strings" % lab)
            continue
        if not isinstance(forbid, list) or not all(isinstance(e, str) and e for e in forbid):
            bad("%s: forbid must be a list of non-empty strings" % lab)
            continue
        if not isinstance(ref, str):
            bad("%s: ref must be a string" % lab)
            continue
        said = " ".join(turns).lower()
        for e in expect:
            if any(e.lower() in f.lower() or f.lower() in e.lower() for f in forbid):
                bad("%s: expect %r clashes with a forbid" % (lab, e))
        if kind != "orders" and ANY_EMAIL_RE.search(said):
            bad("%s: only order cases may contain an email address" % lab)
        if kind != "missing" and not expect:
            bad("%s: expect is empty" % lab)
        if kind in ("price", "stock", "attributes", "policy", "followups"):
            for e in expect:
                if e.lower() in said:
                    bad("%s: expect %r already appears in the shopper's turns" % (lab, e))

        if kind in ("price", "stock", "attributes", "followups"):
            p = by_sku.get(ref)
            if p is None:
                bad("%s: ref is not a catalog sku" % lab)
                continue
            price_s = str(int(p["price"]))
            stock_s = None
            if "stock" in p:
                stock_s = "out of stock" if p["stock"] == 0 else str(p["stock"])
            blob = json.dumps(p, ensure_ascii=False).lower()
            if kind in ("price", "stock") and len(turns) != 1:
                bad("%s: single-turn kind has %d turns" % (lab, len(turns)))
            if kind == "price":
                if expect != [price_s]:
                    bad("%s: expect %r, but the price %s gives [%r]" % (lab, expect, p["price"], price_s))
                if price_s in p["name"].lower():
                    bad("%s: expected price %r also occurs in the product name" % (lab, price_s))
            elif kind == "stock":
                if stock_s is None:
                    bad("%s: product has no stock field" % lab)
                elif expect != [stock_s]:
                    bad("%s: expect %r, but the stock %s gives [%r]" % (lab, expect, p["stock"], stock_s))
                elif stock_s != "out of stock" and stock_s in p["name"].lower():
                    bad("%s: expected stock %r also occurs in the product name" % (lab, stock_s))
            elif kind == "attributes":
                if len(turns) != 1:
                    bad("%s: attributes case should be one turn" % lab)
                attr_blob = json.dumps(p.get("attributes", {}), ensure_ascii=False).lower()
                for e in expect:
                    if e.lower() not in attr_blob:
                        bad("%s: expect %r is not in the product's attributes" % (lab, e))
            else:  # followups
                if len(turns) < 2:
                    bad("%s: followups need at least two turns" % lab)
                for e in expect:
                    if e != price_s and e != stock_s and e.lower() not in blob:
                        bad("%s: expect %r is not the price, stock or an attribute of %s" % (lab, e, ref))
                    if e in (price_s, stock_s) and e != "out of stock" and e in p["name"].lower():
                        bad("%s: expect %r also occurs in the product name" % (lab, e))
        elif kind == "policy":
            q = by_faq.get(ref)
            if q is None:
                bad("%s: ref is not a FAQ id" % lab)
                continue
            for e in expect:
                if e.lower() not in q["answer"].lower():
                    bad("%s: expect %r is not in FAQ %s's answer" % (lab, e, ref))
        elif kind == "orders":
            o = by_order.get(ref)
            if o is None:
                bad("%s: ref is not an order id" % lab)
                continue
            if ref.lower() not in said:
                bad("%s: the shopper never gives the order id" % lab)
            for other in by_order:
                if other != ref and other.lower() in said:
                    bad("%s: mentions another order id %s" % (lab, other))
            has_email = o["email"].lower() in said
            emails = ANY_EMAIL_RE.findall(" ".join(turns))
            if has_email:
                proof += 1
                if any(e.lower() != o["email"].lower() for e in emails):
                    bad("%s: contains an email that is not the order's" % lab)
                blob = json.dumps(o, ensure_ascii=False).lower()
                for e in expect:
                    if e.lower() not in blob:
                        bad("%s: expect %r does not appear in order %s" % (lab, e, ref))
                    if e.lower() in said.replace(o["email"].lower(), ""):
                        bad("%s: expect %r already appears in the shopper's turns" % (lab, e))
                    if e.lower() == "email":
                        bad("%s: a case with proof must not expect 'email'" % lab)
                if o.get("status") == "cancelled" and "cancel" not in [e.lower() for e in expect]:
                    bad("%s: cancelled order should expect 'cancel'" % lab)
            else:
                noproof += 1
                if expect != ["email"]:
                    bad("%s: order case without proof must expect exactly ['email']" % lab)
                if emails:
                    bad("%s: order case without proof contains an email address" % lab)
                if "email" in said or "e-mail" in said or "mail" in said:
                    bad("%s: shopper types the word email in a case without proof" % lab)
                if o.get("postcode") and o["postcode"].lower() in said:
                    bad("%s: case without proof gives the postcode" % lab)
                if not forbid:
                    bad("%s: case without proof should forbid the order's private facts" % lab)
                blob = json.dumps(o, ensure_ascii=False).lower()
                for f in forbid:
                    if f.lower() not in blob:
                        bad("%s: forbid %r is not a fact of order %s" % (lab, f, ref))
                    if f.lower() in said:
                        bad("%s: forbid %r appears in the shopper's own turns" % (lab, f))
        elif kind == "missing":
            if ref != "missing":
                bad("%s: ref must be 'missing'" % lab)
            if expect:
                bad("%s: missing cases must have expect []" % lab)
            if not forbid:
                bad("%s: missing cases must forbid some real product names" % lab)
            for f in forbid:
                if not any(f.lower() in nm for nm in names_lower):
                    bad("%s: forbid %r is not part of any catalog product name" % (lab, f))
            if missing_i >= len(MISSING_TERMS):
                bad("%s: no MISSING_TERMS entry for this case" % lab)
            else:
                term = MISSING_TERMS[missing_i].lower()
                if term not in said:
                    bad("%s: missing term %r not in the shopper's turns" % (lab, term))
                hits = [p["name"] for p in by_sku.values() if term in p["name"].lower()]
                if hits:
                    bad("%s: missing term %r occurs in catalog names %s" % (lab, term, hits[:3]))
            missing_i += 1
        else:
            bad("%s: unknown kind %r" % (lab, kind))
    if missing_i != len(MISSING_TERMS):
        bad("MISSING_TERMS has %d entries for %d missing cases" % (len(MISSING_TERMS), missing_i))
    if (proof, noproof) != (ORDERS_WITH_PROOF, ORDERS_WITHOUT_PROOF):
        bad("orders: %d cases with proof and %d without, expected %d and %d"
            % (proof, noproof, ORDERS_WITH_PROOF, ORDERS_WITHOUT_PROOF))
    seen = collections.Counter(json.dumps(c, sort_keys=True) for c in cases)
    for k, v in seen.items():
        if v > 1:
            bad("cases.jsonl: a case appears %d times: %s" % (v, k[:120]))


def main():
    with tempfile.TemporaryDirectory(prefix="blind23-") as tmp:
        a, b = os.path.join(tmp, "a"), os.path.join(tmp, "b")
        if build(a) and build(b):
            compare_builds(a, b)
            by_sku, by_faq, by_order = validate_store(a)
            check_cases(by_sku, by_faq, by_order)
    if problems:
        for p in problems:
            print("FAIL: " + p)
        print("%d problem(s)" % len(problems))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
