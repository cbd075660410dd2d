#!/usr/bin/env python3
"""Self-check for the blind13 "Kumo & Kettle" test shop.

Usage: python data/eval/blind13/check.py

1. Builds the store twice into temporary folders and compares every byte.
2. Validates the store against the store format v1 rules (required fields, unique
   skus, images present and readable, order statuses, order items that exist, ...).
3. Checks every case in cases.jsonl against the store through case_refs.json:
   the referenced record exists, expected facts (prices, counts, attribute values,
   policy facts, order status/carrier) are in that record, forbidden strings are
   neither in the expected facts nor part of the correct answer.

Standard library only. Exits 0 when everything is good, 1 otherwise.
"""
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
README = os.path.join(HERE, "README.md")

STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
CARRIERS = {"Yamato Transport", "Sagawa Express", "Japan Post EMS", "Kumo Bike Courier"}
KIND_COUNTS = {"price": 15, "stock": 15, "attributes": 15, "policy": 15, "orders": 17,
               "follow-ups": 15, "missing": 8}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
ORDER_ID_RE = re.compile(r"\bK\d{5}\b", re.I)
NUM_RE = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
NUM_TOKEN_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------------------
# 1. reproducible build
# ---------------------------------------------------------------------------
def build(out):
    r = subprocess.run([sys.executable, MAKE, out], capture_output=True, text=True)
    if r.returncode != 0:
        err("make_store.py failed: %s" % r.stderr.strip())
    return r.returncode == 0


def all_files(root):
    found = []
    for d, _, files in os.walk(root):
        for f in files:
            found.append(os.path.relpath(os.path.join(d, f), root))
    return sorted(found)


def compare_builds(a, b):
    fa, fb = all_files(a), all_files(b)
    if fa != fb:
        err("two builds wrote different file lists")
        return
    for rel in fa:
        if not filecmp.cmp(os.path.join(a, rel), os.path.join(b, rel), shallow=False):
            err("two builds differ in %s" % rel)


# ---------------------------------------------------------------------------
# 2. store format
# ---------------------------------------------------------------------------
def read_jsonl(path, label):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s line %d: empty line" % (label, n))
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (label, n, e))
                continue
            if not isinstance(obj, dict):
                err("%s line %d: not an object" % (label, n))
                continue
            rows.append((n, obj))
    return rows


def nonempty_str(v):
    return isinstance(v, str) and v.strip() != ""


def check_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "not a PNG"
    pos, seen, idat = 8, [], b""
    while pos < len(data):
        if pos + 8 > len(data):
            return "truncated chunk header"
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            return "bad CRC in %r" % kind
        seen.append(kind)
        if kind == b"IDAT":
            idat += body
        pos += 12 + length
    if not seen or seen[0] != b"IHDR" or seen[-1] != b"IEND":
        return "chunks out of order"
    w, h, depth, ctype = struct.unpack(">IIBB", data[16:26])
    if (depth, ctype) != (8, 2):
        return "unexpected PNG mode"
    if len(zlib.decompress(idat)) != h * (1 + 3 * w):
        return "pixel data size mismatch"
    return None


def parse_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def validate_store(root):
    for name in ("catalog.jsonl", "faq.jsonl", "orders.jsonl", "store.json"):
        if not os.path.isfile(os.path.join(root, name)):
            err("store is missing %s" % name)
            return None
    store = json.load(open(os.path.join(root, "store.json"), encoding="utf-8"))
    for k in ("name", "currency", "locale", "greeting"):
        if not nonempty_str(store.get(k)):
            err("store.json: missing %s" % k)
    if store.get("currency") != "JPY":
        err("store.json: currency must be JPY")

    products = {}
    used_images = set()
    image_bytes = {}
    for n, p in read_jsonl(os.path.join(root, "catalog.jsonl"), "catalog.jsonl"):
        where = "catalog.jsonl line %d" % n
        sku = p.get("sku")
        if not nonempty_str(sku):
            err("%s: missing sku" % where)
            continue
        if sku in products:
            err("%s: duplicate sku %s" % (where, sku))
        if not nonempty_str(p.get("name")):
            err("%s: missing name" % where)
        price = p.get("price")
        if isinstance(price, bool) or not isinstance(price, int) or price <= 0:
            err("%s: price must be a positive whole number of yen, got %r" % (where, price))
        if p.get("currency", "JPY") != "JPY":
            err("%s: currency must be JPY" % where)
        stock = p.get("stock")
        if stock is not None and (isinstance(stock, bool) or not isinstance(stock, int) or stock < 0):
            err("%s: bad stock %r" % (where, stock))
        if not isinstance(p.get("attributes", {}), dict):
            err("%s: attributes must be an object" % where)
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            err("%s: needs at least one image" % where)
            imgs = []
        for rel in imgs:
            if not nonempty_str(rel) or os.path.isabs(rel) or ".." in rel.split("/") \
                    or not rel.startswith("images/"):
                err("%s: bad image path %r" % (where, rel))
                continue
            full = os.path.join(root, rel)
            if not os.path.isfile(full):
                err("%s: image %s does not exist" % (where, rel))
                continue
            if not rel.lower().endswith((".png", ".jpg", ".jpeg", ".webp")):
                err("%s: image %s has an unsupported type" % (where, rel))
            problem = check_png(full)
            if problem:
                err("%s: image %s: %s" % (where, rel, problem))
            used_images.add(rel)
            blob = open(full, "rb").read()
            if blob in image_bytes and image_bytes[blob] != rel:
                err("%s: image %s is identical to %s" % (where, rel, image_bytes[blob]))
            image_bytes.setdefault(blob, rel)
        products[sku] = p
    on_disk = {"images/" + f for f in os.listdir(os.path.join(root, "images"))}
    for extra in sorted(on_disk - used_images):
        err("images/%s is not referenced by any product" % extra)

    faq = {}
    for n, q in read_jsonl(os.path.join(root, "faq.jsonl"), "faq.jsonl"):
        where = "faq.jsonl line %d" % n
        if not nonempty_str(q.get("id")):
            err("%s: missing id" % where)
            continue
        if q["id"] in faq:
            err("%s: duplicate id %s" % (where, q["id"]))
        for k in ("question", "answer"):
            if not nonempty_str(q.get(k)):
                err("%s: missing %s" % (where, k))
        faq[q["id"]] = q

    orders = {}
    for n, o in read_jsonl(os.path.join(root, "orders.jsonl"), "orders.jsonl"):
        where = "orders.jsonl line %d" % n
        oid = o.get("order_id")
        if not nonempty_str(oid):
            err("%s: missing order_id" % where)
            continue
        if oid in orders:
            err("%s: duplicate order_id %s" % (where, oid))
        if not (nonempty_str(o.get("email")) and EMAIL_RE.fullmatch(o["email"])):
            err("%s: bad email %r" % (where, o.get("email")))
        if "postcode" in o and not nonempty_str(o["postcode"]):
            err("%s: empty postcode" % where)
        if o.get("status") not in STATUSES:
            err("%s: bad status %r" % (where, o.get("status")))
        if "carrier" in o and o["carrier"] not in CARRIERS:
            err("%s: unknown carrier %r" % (where, o["carrier"]))
        if o.get("status") in ("shipped", "delivered", "returned") and "carrier" not in o:
            err("%s: %s order without a carrier" % (where, o.get("status")))
        placed = parse_date(o.get("placed"))
        if placed is None:
            err("%s: bad placed date" % where)
        if "eta" in o:
            eta = parse_date(o["eta"])
            if eta is None:
                err("%s: bad eta" % where)
            elif placed and eta < placed:
                err("%s: eta before placed" % where)
        items = o.get("items")
        if not isinstance(items, list) or not items:
            err("%s: no items" % where)
            items = []
        for it in items:
            if not isinstance(it, dict) or it.get("sku") not in products:
                err("%s: item %r is not in the catalog" % (where, it))
            q = it.get("qty") if isinstance(it, dict) else None
            if isinstance(q, bool) or not isinstance(q, int) or q < 1:
                err("%s: bad qty in %r" % (where, it))
        orders[oid] = o

    if not 80 <= len(products) <= 90:
        err("expected 80-90 products, got %d" % len(products))
    if not 18 <= len(faq) <= 24:
        err("expected about 20 FAQ entries, got %d" % len(faq))
    if not 22 <= len(orders) <= 28:
        err("expected about 25 orders, got %d" % len(orders))
    if not any(p.get("stock") == 0 for p in products.values()):
        err("no out-of-stock products")
    return products, faq, orders


# ---------------------------------------------------------------------------
# 3. cases
# ---------------------------------------------------------------------------
def flat(v):
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, list):
        return ", ".join(flat(x) for x in v)
    if isinstance(v, dict):
        return "; ".join("%s: %s" % (k, flat(x)) for k, x in v.items())
    return str(v)


def money(n):
    return "{:,}".format(n)


def product_text(p):
    parts = [p["sku"], p["name"], p.get("description", ""), p.get("category", ""),
             str(p["price"]), money(p["price"]), "stock: %s" % p.get("stock")]
    for k, v in p.get("attributes", {}).items():
        parts.append("%s: %s" % (k.replace("_", " "), flat(v)))
    return "\n".join(parts)


def eta_forms(d):
    day = parse_date(d)
    if day is None:
        return [d]
    month = MONTHS[day.month - 1]
    return [d, "%s %d" % (month, day.day), "%d %s" % (day.day, month)]


def order_text(o, products):
    parts = [o["order_id"], o["email"], o.get("postcode", ""), o["placed"], o["status"]]
    if "carrier" in o:
        parts.append(o["carrier"])
    if "eta" in o:
        parts.extend(eta_forms(o["eta"]))
    for it in o["items"]:
        name = products.get(it.get("sku"), {}).get("name", it.get("sku"))
        parts.append("%s x%s" % (name, it.get("qty")))
    return "\n".join(parts)


def numbers_in(text):
    return {t.rstrip(",") for t in NUM_TOKEN_RE.findall(text)}


def catalog_blob(products, faq):
    parts = [product_text(p) for p in products.values()]
    parts += [q["question"] + "\n" + q["answer"] for q in faq.values()]
    return "\n".join(parts).lower()


def check_cases(products, faq, orders):
    lines = [l for l in open(CASES, encoding="utf-8").read().split("\n") if l.strip()]
    refs = json.load(open(REFS, encoding="utf-8"))
    if len(lines) != 100:
        err("cases.jsonl must have exactly 100 cases, has %d" % len(lines))
    if not isinstance(refs, list) or len(refs) != len(lines):
        err("case_refs.json must be a list with one entry per case")
        return
    kinds = {}
    blob = catalog_blob(products, faq)
    seen_turns = set()
    for i, (line, ref) in enumerate(zip(lines, refs), 1):
        where = "case %d" % i
        try:
            c = json.loads(line)
        except ValueError as e:
            err("%s: bad JSON (%s)" % (where, e))
            continue
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            err("%s: keys must be turns, expect, forbid, kind" % where)
            continue
        turns, expect, forbid, kind = c["turns"], c["expect"], c["forbid"], c["kind"]
        if not (isinstance(turns, list) and turns and all(nonempty_str(t) for t in turns)):
            err("%s: turns must be a non-empty list of strings" % where)
            continue
        if not (isinstance(expect, list) and all(nonempty_str(e) for e in expect)):
            err("%s: expect must be a list of strings" % where)
            continue
        if not (isinstance(forbid, list) and all(nonempty_str(f) for f in forbid)):
            err("%s: forbid must be a list of strings" % where)
            continue
        kinds[kind] = kinds.get(kind, 0) + 1
        key = tuple(turns)
        if key in seen_turns:
            err("%s: duplicate conversation" % where)
        seen_turns.add(key)
        said = "\n".join(turns)
        said_l = said.lower()
        if kind == "follow-ups" and len(turns) < 2:
            err("%s: follow-up case needs at least two turns" % where)

        # forbid vs expect and vs what the user says
        for f in forbid:
            for e in expect:
                if f.lower() in e.lower() or e.lower() in f.lower():
                    err("%s: forbid %r overlaps expect %r" % (where, f, e))
            if f.lower() in said_l:
                err("%s: forbid %r appears in the user's own words" % (where, f))
        if len({f.lower() for f in forbid}) != len(forbid) or len({e.lower() for e in expect}) != len(expect):
            err("%s: duplicate expect/forbid entries" % where)

        # price facts: 1000 yen and up must be written with a thousands comma
        for e in expect:
            if NUM_RE.match(e) and "," not in e and "." not in e and int(e) >= 1000:
                err("%s: write %r as %s so both '¥' and 'yen' replies match" % (where, e, money(int(e))))

        if kind == "missing":
            if ref is not None:
                err("%s: missing case must have a null ref" % where)
            if expect:
                err("%s: missing case must not expect anything" % where)
            items = [f[:-len(" costs")] for f in forbid if f.endswith(" costs")]
            if not items:
                err("%s: missing case needs an '<item> costs' forbid" % where)
            for item in items:
                if item.lower() in blob:
                    err("%s: the shop does mention %r, so it is not missing" % (where, item))
                if item.lower().split()[0] not in said_l:
                    err("%s: the user does not ask about %r" % (where, item))
            continue

        if not nonempty_str(ref):
            err("%s: ref must name a SKU, FAQ id or order id" % where)
            continue

        if ref in products:
            rec = products[ref]
            text = product_text(rec)
            words = [w for w in re.findall(r"[a-z]{4,}", rec["name"].lower())]
            if not any(w[:5] in said_l for w in words):
                err("%s: no word of %r appears in the conversation" % (where, rec["name"]))
            if kind == "price":
                if money(rec["price"]) not in expect and str(rec["price"]) not in expect:
                    err("%s: price case must expect %s" % (where, money(rec["price"])))
            if kind == "stock":
                if rec.get("stock") == 0:
                    if expect:
                        err("%s: out-of-stock case should not expect a count" % where)
                    if not forbid:
                        err("%s: out-of-stock case needs a forbid" % where)
                elif [str(rec.get("stock"))] != [e for e in expect if NUM_RE.match(e)]:
                    err("%s: stock case must expect the count %s" % (where, rec.get("stock")))
            if kind not in ("stock", "follow-ups") and not expect:
                err("%s: expects nothing" % where)
            if kind == "follow-ups" and not expect and rec.get("stock") != 0:
                err("%s: expects nothing" % where)
        elif ref in faq:
            rec = faq[ref]
            text = rec["question"] + "\n" + rec["answer"]
            if kind not in ("policy", "follow-ups"):
                err("%s: FAQ ref on a %s case" % (where, kind))
            if not expect:
                err("%s: policy case expects nothing" % where)
        elif ref in orders:
            rec = orders[ref]
            text = order_text(rec, products)
            if kind not in ("orders", "follow-ups"):
                err("%s: order ref on a %s case" % (where, kind))
            ids = {m.upper() for m in ORDER_ID_RE.findall(said)}
            if ids != {ref.upper()}:
                err("%s: conversation must name order %s (found %s)" % (where, ref, sorted(ids)))
            emails = {m.lower() for m in EMAIL_RE.findall(said)}
            if len(emails) != 1:
                err("%s: conversation must give exactly one email" % where)
            elif rec["email"].lower() in emails:
                if not expect:
                    err("%s: verified order case expects nothing" % where)
                facts = [rec["status"], rec.get("carrier", "")]
                for e in expect:
                    if not any(e.lower() in f.lower() for f in facts if f):
                        err("%s: %r is not the status or carrier of %s" % (where, e, ref))
            else:
                # wrong email: nothing order-specific may be said
                if expect:
                    err("%s: wrong-email case must expect nothing" % where)
                if not forbid:
                    err("%s: wrong-email case must forbid the order's details" % where)
                for f in forbid:
                    if f.lower() not in text.lower():
                        err("%s: forbid %r is not a detail of order %s" % (where, f, ref))
                continue
        else:
            err("%s: ref %r is not a SKU, FAQ id or order id" % (where, ref))
            continue

        low = text.lower()
        nums = numbers_in(text)
        for e in expect:
            if NUM_RE.match(e):
                if e not in nums:
                    err("%s: number %r is not in %s" % (where, e, ref))
            elif e.lower() not in low:
                err("%s: %r is not in %s" % (where, e, ref))
        for f in forbid:
            if f.lower() in low:
                err("%s: forbid %r is part of the correct answer (%s)" % (where, f, ref))

    for k, n in KIND_COUNTS.items():
        if kinds.get(k, 0) != n:
            err("kind %s: expected %d cases, got %d" % (k, n, kinds.get(k, 0)))
    for k in kinds:
        if k not in KIND_COUNTS:
            err("unknown kind %r" % k)


def check_readme():
    if not os.path.isfile(README):
        err("README.md is missing")
        return
    text = open(README, encoding="utf-8").read()
    if "python data/eval/blind13/make_store.py runs/blind13_shop" not in text:
        err("README.md lacks the build command")
    if re.search(r"(^|[\s`(])/(work|home|tmp|Users|root)/", text):
        err("README.md contains an absolute path")
    for built in ("catalog.jsonl", "faq.jsonl", "orders.jsonl", "store.json", "images"):
        if os.path.exists(os.path.join(HERE, built)):
            err("a built store file (%s) sits in the kit folder; build into runs/ instead" % built)


def main():
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        if build(a) and build(b):
            compare_builds(a, b)
            result = validate_store(a)
            if result:
                check_cases(*result)
    check_readme()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("ok: store builds reproducibly, format valid, 100 cases consistent with the store")
    return 0


if __name__ == "__main__":
    sys.exit(main())
