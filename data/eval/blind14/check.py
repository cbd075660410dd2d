#!/usr/bin/env python3
"""Self-check for the blind14 evaluation kit (standard library only).

Usage: python data/eval/blind14/check.py

1. Builds the store twice (make_store.py) into temporary folders and compares
   every file byte for byte.
2. Validates catalog.jsonl, faq.jsonl, orders.jsonl, store.json and the images
   against store format v1 (plus the shop's own rules: whole-rupee INR prices,
   Indian 6-digit PIN codes, valid ISBN-13s, carriers and tracking numbers that
   fit the order status).
3. Checks every case in cases.jsonl against the store, using case_refs.json:
   each expected fact really is in the referenced product / FAQ entry / order
   in the form the case expects, and forbidden strings are not true facts
   (or, for order cases without proof of ownership, are exactly the private
   details that must not be revealed).

Nothing is written inside the kit; the temporary stores are deleted.
"""

import datetime
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

KIND_COUNTS = {"price": 15, "stock": 15, "attributes": 15, "policy": 15, "orders": 17,
               "followup": 15, "missing": 8}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
CARRIERS = {"Blue Dart", "Delhivery", "India Post Speed Post", "Mallige Pedal Post"}
TRACKING_RE = {
    "Blue Dart": re.compile(r"^\d{11}$"),
    "Delhivery": re.compile(r"^\d{13}$"),
    "India Post Speed Post": re.compile(r"^E[A-Z]\d{9}IN$"),
}
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
PIN_RE = re.compile(r"^[1-9]\d{5}$")
IMAGE_SIZE = 96

errors = []


def err(msg):
    errors.append(msg)


# --------------------------------------------------------------------------
# 1. build twice, compare bytes
# --------------------------------------------------------------------------
def build(dest):
    r = subprocess.run([sys.executable, MAKE, dest], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("make_store.py failed:\n" + r.stdout + r.stderr)


def tree(root):
    out = {}
    for base, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(base, name)
            with open(full, "rb") as f:
                out[os.path.relpath(full, root).replace(os.sep, "/")] = f.read()
    return out


# --------------------------------------------------------------------------
# 2. format validation
# --------------------------------------------------------------------------
def read_jsonl(path, label):
    records = []
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (label, e))
        return records
    if "\r" in text:
        err("%s: contains CR characters" % label)
    if not text.endswith("\n"):
        err("%s: last line has no newline" % label)
    for n, line in enumerate(text.split("\n")[:-1], 1):
        if not line.strip():
            err("%s line %d: blank line" % (label, n))
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("%s line %d: bad JSON (%s)" % (label, n, e))
            continue
        if not isinstance(obj, dict):
            err("%s line %d: not a JSON object" % (label, n))
            continue
        records.append((n, obj))
    return records


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def nonempty_str(v):
    return isinstance(v, str) and v.strip() != ""


def check_png(path, label):
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        err("%s: not a PNG signature" % label)
        return
    pos, chunks = 8, []
    while pos < len(data):
        if pos + 8 > len(data):
            err("%s: truncated chunk header" % label)
            return
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 4:pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
        if zlib.crc32(body) & 0xFFFFFFFF != crc:
            err("%s: bad CRC in %r chunk" % (label, kind))
        chunks.append((kind, data[pos + 8:pos + 8 + length]))
        pos += 12 + length
    kinds = [k for k, _ in chunks]
    if not kinds or kinds[0] != b"IHDR" or kinds[-1] != b"IEND":
        err("%s: chunks must start with IHDR and end with IEND" % label)
        return
    w, h, depth, ctype, comp, filt, inter = struct.unpack(">IIBBBBB", chunks[0][1])
    if (w, h) != (IMAGE_SIZE, IMAGE_SIZE) or depth != 8 or ctype != 2 or comp or filt or inter:
        err("%s: expected %dx%d 8-bit RGB, got %dx%d depth %d type %d"
            % (label, IMAGE_SIZE, IMAGE_SIZE, w, h, depth, ctype))
    idat = b"".join(d for k, d in chunks if k == b"IDAT")
    try:
        raw = zlib.decompress(idat)
    except zlib.error as e:
        err("%s: IDAT does not decompress (%s)" % (label, e))
        return
    if len(raw) != h * (1 + w * 3):
        err("%s: image data has %d bytes, expected %d" % (label, len(raw), h * (1 + w * 3)))


def isbn13_ok(isbn):
    digits = isbn.replace("-", "")
    if not re.match(r"^97[89]\d{10}$", digits):
        return False
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def parse_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def validate_store(root):
    store = {}
    # store.json
    try:
        with open(os.path.join(root, "store.json"), encoding="utf-8") as f:
            settings = json.load(f)
    except (OSError, ValueError) as e:
        err("store.json: %s" % e)
        settings = {}
    if set(settings) - {"name", "currency", "locale", "greeting"}:
        err("store.json: unknown keys %s" % sorted(set(settings) - {"name", "currency", "locale", "greeting"}))
    for k in ("name", "currency", "locale", "greeting"):
        if not nonempty_str(settings.get(k)):
            err("store.json: %s missing or empty" % k)
    if settings.get("currency") != "INR" or settings.get("locale") != "en-IN":
        err("store.json: currency must be INR and locale en-IN")
    store["settings"] = settings

    # catalog
    catalog = {}
    referenced = set()
    for n, p in read_jsonl(os.path.join(root, "catalog.jsonl"), "catalog.jsonl"):
        where = "catalog.jsonl line %d" % n
        sku = p.get("sku")
        if not nonempty_str(sku):
            err("%s: sku missing" % where)
            continue
        if sku in catalog:
            err("%s: duplicate sku %s" % (where, sku))
        if not nonempty_str(p.get("name")):
            err("%s: name missing" % where)
        price = p.get("price")
        if not is_int(price) or price <= 0:
            err("%s: price must be a positive whole number of rupees, got %r" % (where, price))
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            err("%s: images must be a non-empty list" % where)
            imgs = []
        for im in imgs:
            if not nonempty_str(im) or not im.startswith("images/") or ".." in im:
                err("%s: bad image path %r" % (where, im))
                continue
            if not im.lower().endswith((".jpg", ".jpeg", ".png", ".webp")):
                err("%s: image %s is not JPEG, PNG or WebP" % (where, im))
            if not os.path.isfile(os.path.join(root, im)):
                err("%s: image %s does not exist" % (where, im))
            referenced.add(im)
        if p.get("currency", "INR") != "INR":
            err("%s: currency must be INR" % where)
        if "stock" in p and (not is_int(p["stock"]) or p["stock"] < 0):
            err("%s: stock must be a non-negative integer" % where)
        if "attributes" in p and not isinstance(p["attributes"], dict):
            err("%s: attributes must be an object" % where)
        for k in ("description", "category"):
            if k in p and not nonempty_str(p[k]):
                err("%s: %s must be a non-empty string" % (where, k))
        attrs = p.get("attributes") or {}
        if "isbn" in attrs and not isbn13_ok(attrs["isbn"]):
            err("%s: invalid ISBN-13 %s" % (where, attrs["isbn"]))
        if p.get("category") in ("fiction", "non-fiction", "children", "translations", "cookbooks", "poetry"):
            for k in ("author", "publisher", "pages", "language", "isbn"):
                if k not in attrs:
                    err("%s: book without %s" % (where, k))
            if ("format" in attrs) == ("formats" in attrs):
                err("%s: a book needs exactly one of format / formats" % where)
            if p.get("category") == "children" and "age_range" not in attrs:
                err("%s: children's book without age_range" % where)
        catalog[sku] = p
    if not 80 <= len(catalog) <= 100:
        err("catalog: expected about 90 products, got %d" % len(catalog))
    isbns = [p["attributes"]["isbn"] for p in catalog.values() if "isbn" in p.get("attributes", {})]
    if len(isbns) != len(set(isbns)):
        err("catalog: duplicate ISBNs")
    store["catalog"] = catalog

    # images
    img_dir = os.path.join(root, "images")
    on_disk = set("images/" + f for f in os.listdir(img_dir)) if os.path.isdir(img_dir) else set()
    if on_disk - referenced:
        err("images not referenced by any product: %s" % sorted(on_disk - referenced))
    digests = {}
    for im in sorted(on_disk):
        check_png(os.path.join(root, im), im)
        with open(os.path.join(root, im), "rb") as f:
            d = hashlib.sha256(f.read()).hexdigest()
        if d in digests:
            err("images %s and %s are identical" % (digests[d], im))
        digests[d] = im
    store["n_images"] = len(on_disk)

    # faq
    faq = {}
    for n, q in read_jsonl(os.path.join(root, "faq.jsonl"), "faq.jsonl"):
        where = "faq.jsonl line %d" % n
        for k in ("id", "question", "answer"):
            if not nonempty_str(q.get(k)):
                err("%s: %s missing" % (where, k))
        if set(q) - {"id", "question", "answer"}:
            err("%s: unknown keys" % where)
        if q.get("id") in faq:
            err("%s: duplicate id %s" % (where, q.get("id")))
        faq[q.get("id")] = q
    words = [len(q["answer"].split()) for q in faq.values()]
    long_ones = sum(1 for w in words if 150 <= w <= 250)
    if not 20 <= len(faq) <= 24:
        err("faq: expected about 22 entries, got %d" % len(faq))
    if long_ones < 5:
        err("faq: only %d answers of 150-250 words" % long_ones)
    if max(words) > 250:
        err("faq: an answer is longer than 250 words")
    store["faq"] = faq
    store["faq_long"] = long_ones

    # orders
    orders = {}
    for n, o in read_jsonl(os.path.join(root, "orders.jsonl"), "orders.jsonl"):
        where = "orders.jsonl line %d" % n
        allowed = {"order_id", "email", "postcode", "placed", "status", "carrier", "tracking", "eta", "items"}
        if set(o) - allowed:
            err("%s: unknown keys %s" % (where, sorted(set(o) - allowed)))
        oid = o.get("order_id")
        if not nonempty_str(oid) or oid in orders:
            err("%s: order_id missing or duplicate" % where)
            continue
        if not EMAIL_RE.match(o.get("email", "")):
            err("%s: bad email" % where)
        if not PIN_RE.match(o.get("postcode", "")):
            err("%s: postcode is not an Indian 6-digit PIN code" % where)
        placed = parse_date(o.get("placed"))
        if placed is None:
            err("%s: placed is not an ISO date" % where)
        status = o.get("status")
        if status not in STATUSES:
            err("%s: status %r not allowed" % (where, status))
        carrier, tracking, eta = o.get("carrier"), o.get("tracking"), o.get("eta")
        if carrier is not None and carrier not in CARRIERS:
            err("%s: unknown carrier %r" % (where, carrier))
        if status in ("shipped", "delivered", "returned") and not carrier:
            err("%s: %s order without carrier" % (where, status))
        if status in ("processing", "cancelled") and (carrier or tracking):
            err("%s: %s order must not have carrier/tracking" % (where, status))
        if carrier and carrier != "Mallige Pedal Post" and not tracking:
            err("%s: courier order without tracking number" % where)
        if tracking and (not carrier or carrier not in TRACKING_RE or not TRACKING_RE[carrier].match(tracking)):
            err("%s: tracking %r does not fit carrier %r" % (where, tracking, carrier))
        if status == "cancelled" and eta:
            err("%s: cancelled order with eta" % where)
        if eta is not None:
            d = parse_date(eta)
            if d is None or (placed and d < placed):
                err("%s: eta not an ISO date on/after placed" % where)
        items = o.get("items")
        if not isinstance(items, list) or not items:
            err("%s: items must be a non-empty list" % where)
            items = []
        for it in items:
            if not isinstance(it, dict) or it.get("sku") not in catalog or not is_int(it.get("qty")) or it["qty"] < 1:
                err("%s: bad item %r" % (where, it))
        orders[oid] = o
    if not 24 <= len(orders) <= 28:
        err("orders: expected about 26, got %d" % len(orders))
    missing_status = STATUSES - {o.get("status") for o in orders.values()}
    if missing_status:
        err("orders: no order with status %s" % sorted(missing_status))
    store["orders"] = orders

    # all text the store holds, lower-cased (for "forbidden strings are not facts")
    parts = []
    for name in ("catalog.jsonl", "faq.jsonl", "orders.jsonl", "store.json"):
        with open(os.path.join(root, name), encoding="utf-8") as f:
            parts.append(f.read())
    store["all_text"] = "\n".join(parts).lower()
    return store


# --------------------------------------------------------------------------
# 3. cases
# --------------------------------------------------------------------------
def flatten(v):
    if isinstance(v, dict):
        return " | ".join(flatten(x) for x in v.values())
    if isinstance(v, list):
        return " | ".join(flatten(x) for x in v)
    return str(v)


def product_facts(p):
    return " | ".join([p["name"], p.get("description", ""), p.get("category", ""), str(p["price"]),
                       str(p.get("stock", "")), flatten(p.get("attributes", {}))]).lower()


def attr_facts(p):
    return flatten(p.get("attributes", {})).lower()


def siblings_in_stock(catalog, p):
    return [q for q in catalog.values() if q["name"] == p["name"] and q["sku"] != p["sku"] and q.get("stock", 0) > 0]


def order_secrets(o, catalog):
    s = [o["status"]]
    if o.get("carrier"):
        s.append(o["carrier"])
    if o.get("tracking"):
        s.append(o["tracking"])
    s += [catalog[it["sku"]]["name"] for it in o["items"]]
    return s


def shingles(text, n=4):
    w = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def check_cases(store):
    catalog, faq, orders = store["catalog"], store["faq"], store["orders"]
    with open(CASES, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[-1] != "":
        err("cases.jsonl: last line has no newline")
    cases = []
    for n, line in enumerate(lines[:-1], 1):
        try:
            c = json.loads(line)
        except ValueError as e:
            err("cases.jsonl line %d: bad JSON (%s)" % (n, e))
            continue
        cases.append(c)
    with open(REFS, encoding="utf-8") as f:
        refs = json.load(f)
    if len(cases) != 100:
        err("cases.jsonl: expected 100 cases, got %d" % len(cases))
    if not isinstance(refs, list) or len(refs) != len(cases):
        err("case_refs.json: must be a list with one entry per case")
        return {}
    counts = {}
    seen_turns = set()
    for i, (c, ref) in enumerate(zip(cases, refs), 1):
        where = "case %d" % i
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            err("%s: keys must be turns, expect, forbid, kind" % where)
            continue
        kind, turns, expect, forbid = c["kind"], c["turns"], c["expect"], c["forbid"]
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KIND_COUNTS:
            err("%s: unknown kind %r" % (where, kind))
            continue
        if not isinstance(turns, list) or not turns or not all(nonempty_str(t) for t in turns):
            err("%s: turns must be non-empty strings" % where)
            continue
        for lst, name in ((expect, "expect"), (forbid, "forbid")):
            if not isinstance(lst, list) or not all(nonempty_str(s) and s == s.strip() for s in lst):
                err("%s: %s must be a list of trimmed non-empty strings" % (where, name))
            if len({s.lower() for s in lst}) != len(lst):
                err("%s: duplicate %s strings" % (where, name))
        if tuple(turns) in seen_turns:
            err("%s: duplicate conversation" % where)
        seen_turns.add(tuple(turns))
        for e in expect:
            for f_ in forbid:
                if f_.lower() in e.lower():
                    err("%s: expected %r contains forbidden %r" % (where, e, f_))
        text = " ".join(turns).lower()

        if kind in ("price", "stock", "attributes", "followup"):
            p = catalog.get(ref)
            if p is None:
                err("%s: ref %r is not a catalog SKU" % (where, ref))
                continue
            if kind == "followup" and len(turns) < 2:
                err("%s: a follow-up needs at least two turns" % where)
            if kind != "followup" and len(turns) != 1:
                err("%s: %s cases are single-turn" % (where, kind))
            if not expect:
                err("%s: no expected facts" % where)
            facts = product_facts(p)
            alt = " | ".join(product_facts(q) for q in siblings_in_stock(catalog, p)) if p.get("stock", 0) == 0 else ""
            own_attrs = attr_facts(p)
            for e in expect:
                el = e.lower()
                if kind == "attributes":
                    if el not in own_attrs:
                        err("%s: %r is not in the attributes of %s" % (where, e, ref))
                elif el in facts:
                    pass
                elif alt and el in alt and el not in own_attrs:
                    pass  # an in-stock alternative (other format / colour / size) of a sold-out product
                else:
                    err("%s: %r is not a fact of %s (or of an in-stock alternative)" % (where, e, ref))
            if kind == "price":
                if expect[0] != str(p["price"]):
                    err("%s: first expected fact must be the price %s" % (where, p["price"]))
                if p["price"] >= 1000:
                    err("%s: price cases use prices under 1000 (no digit grouping)" % where)
            if kind == "stock":
                if p.get("stock", 0) > 0:
                    if expect != [str(p["stock"])]:
                        err("%s: stock case for in-stock %s must expect exactly its count %s" % (where, ref, p["stock"]))
                    if not re.search(r"how many|left|enough", text):
                        err("%s: in-stock case must ask for a count" % where)
                else:
                    if not siblings_in_stock(catalog, p):
                        err("%s: sold-out %s has no in-stock alternative to expect" % (where, ref))
                    if not any(w in text for w in ("if not", "otherwise", "other", "what else", "if its gone", "which")):
                        err("%s: sold-out case must ask for an alternative" % where)
            if kind == "followup" and p["name"].lower() in turns[-1].lower():
                err("%s: the last turn of a follow-up should not name the product again" % where)
            for f_ in forbid:
                fl = f_.lower()
                if fl in facts:
                    err("%s: forbidden %r is a true fact of %s" % (where, f_, ref))
                if "in stock" in fl and p.get("stock", 0) != 0:
                    err("%s: forbids an in-stock claim but %s is in stock" % (where, ref))

        elif kind == "policy":
            q = faq.get(ref)
            if q is None:
                err("%s: ref %r is not a FAQ id" % (where, ref))
                continue
            if not expect:
                err("%s: no expected facts" % where)
            for e in expect:
                if e.lower() not in q["answer"].lower():
                    err("%s: %r is not in FAQ %s" % (where, e, ref))
            common = shingles(text) & shingles(q["question"])
            if common:
                err("%s: shopper copies the FAQ wording %s" % (where, sorted(common)))
            for f_ in forbid:
                if f_.lower() in q["answer"].lower():
                    err("%s: forbidden %r is in FAQ %s" % (where, f_, ref))

        elif kind == "orders":
            o = orders.get(ref)
            if o is None:
                err("%s: ref %r is not an order id" % (where, ref))
                continue
            has_id = o["order_id"].lower() in text
            has_email = o["email"].lower() in text
            emails = set(re.findall(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]+", text))
            if has_id and has_email:
                # proof given: every expected fact is a detail of this order
                if not expect:
                    err("%s: no expected facts" % where)
                secrets = " | ".join(order_secrets(o, catalog)).lower()
                for e in expect:
                    if re.fullmatch(r"\d{2}", e):
                        day = (o.get("eta") or "")[8:10]
                        if e != day:
                            err("%s: %r is not the day of the eta %s" % (where, e, o.get("eta")))
                        if e in o["placed"][8:] or e in o["order_id"] or e in o["postcode"]:
                            err("%s: eta day %r is ambiguous within the order" % (where, e))
                    elif e.lower() not in secrets:
                        err("%s: %r is not a detail of order %s" % (where, e, ref))
                if forbid:
                    err("%s: a verified order case should not forbid anything" % where)
            else:
                # no valid proof: the case asks for proof / refuses, and forbids the private details
                if not set(e.lower() for e in expect) <= {"email", "order"}:
                    err("%s: without proof the case may only expect 'email' or 'order'" % where)
                if not forbid:
                    err("%s: without proof the case must forbid the private details" % where)
                secrets = [s.lower() for s in order_secrets(o, catalog)]
                for f_ in forbid:
                    # the full detail, or a distinctive part of it (an item name without its size suffix)
                    if not any(f_.lower() == s or (len(f_) >= 8 and f_.lower() in s) for s in secrets):
                        err("%s: forbidden %r is not a private detail of %s" % (where, f_, ref))
                    if f_.lower() in o["status"]:
                        err("%s: do not forbid the bare status word" % where)
                if has_id and emails and not has_email:
                    pass  # wrong email
                elif has_id and not emails:
                    if "email" not in [e.lower() for e in expect]:
                        err("%s: order id without email must expect a request for the email" % where)
                elif has_email and not has_id:
                    pass  # email without order id
                else:
                    err("%s: unclear proof situation" % where)

        elif kind == "missing":
            if ref is not None:
                err("%s: missing-product cases have a null ref" % where)
            if expect:
                err("%s: missing-product cases expect nothing" % where)
            if not forbid:
                err("%s: missing-product cases must forbid invented claims" % where)
            for f_ in forbid:
                for variant in {f_.lower(), f_.lower().replace(",", "")}:
                    if variant in store["all_text"]:
                        err("%s: forbidden %r occurs in the store data (an honest reply could say it)" % (where, f_))
            for p in catalog.values():
                if p["name"].lower() in text:
                    err("%s: asks about %r, which the shop sells" % (where, p["name"]))

    for k, want in KIND_COUNTS.items():
        if counts.get(k, 0) != want:
            err("cases: %d of kind %s, expected %d" % (counts.get(k, 0), k, want))
    return counts


def main():
    tmp = tempfile.mkdtemp(prefix="blind14-check-")
    try:
        a, b = os.path.join(tmp, "a"), os.path.join(tmp, "b")
        build(a)
        build(b)
        ta, tb = tree(a), tree(b)
        if ta.keys() != tb.keys():
            err("two builds wrote different file sets")
        for k in sorted(ta.keys() & tb.keys()):
            if ta[k] != tb[k]:
                err("two builds differ in %s" % k)
        expected_top = {"catalog.jsonl", "faq.jsonl", "orders.jsonl", "store.json"}
        top = {k for k in ta if "/" not in k}
        if top != expected_top:
            err("store top level has %s, expected %s" % (sorted(top), sorted(expected_top)))
        store = validate_store(a)
        counts = check_cases(store)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: store builds byte-identically; %d products, %d images, %d FAQ entries (%d of 150-250 words), "
          "%d orders; %d cases (%s)"
          % (len(store["catalog"]), store["n_images"], len(store["faq"]), store["faq_long"],
             len(store["orders"]), sum(counts.values()),
             ", ".join("%s %d" % (k, counts[k]) for k in KIND_COUNTS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
