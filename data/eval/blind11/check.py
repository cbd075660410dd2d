#!/usr/bin/env python3
"""Check the blind11 shop (Hadeda Hill Garden Centre) and its cases.

Usage: python3 check.py STORE_DIR

1. Rebuilds the store twice with make_store.py in temporary folders and compares every
   file byte for byte with each other and with STORE_DIR.
2. Validates STORE_DIR against the store format v1 rules (catalog, faq, orders, images,
   store.json).
3. Checks every case in cases.jsonl (with case_refs.json) against the store: prices, stock,
   attribute values, FAQ phrases, order status / carrier, that no forbid string is a correct
   answer of any turn, and the number of cases per kind.

Exit status 0 when everything passes. Standard library only.
"""
import datetime
import json
import math
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
KIND_COUNTS = {"price": 15, "stock": 15, "attribute": 10, "followup": 20, "faq": 20, "order": 12, "missing": 8}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
STATUS_STEMS = {"process": "processing", "ship": "shipped", "deliver": "delivered",
                "cancel": "cancelled", "return": "returned"}

# Products / FAQ entries a correct reply to an EARLIER turn of a follow-up case may talk about,
# keyed by the case's first turn. Forbid strings must not be a correct answer about any of them.
EARLIER = {
    "how much is spekboom 15cm": ["SP-SPK-15"],
    "price for the 12mm hose 15m?": ["HO-12-15"],
    "do you have plumbago in a 4L bag?": ["SP-PLB-4L"],
    "how much is the lemon tree": ["TR-LEM-20L"],
    "what sizes do you have in terracotta pots": ["PT-TER-20", "PT-TER-30", "PT-TER-40"],
    "hi, do you sell the veldgrow 2:3:2 general fertiliser?": ["FE-232-2K", "FE-232-5K"],
    "how much are the chicken manure pellets": ["FE-ORG-5K"],
    "what leather gloves have you got": ["GL-LTH-S", "GL-LTH-M", "GL-LTH-L", "GL-THN-M"],
    "how much r the drippers": ["FI-DRP-2", "FI-DRP-4"],
    "compost 30dm3 how much": ["PM-CMP-30"],
    "looking at the galvanised watering can, how much is it?": ["WC-GAL-9L"],
    "hey how much is the strelitzia": ["SP-STR-10L"],
    "how much is a spekboom in the 20cm pot?": ["SP-SPK-20"],
    "whats the price of the tap timer": ["FI-TMR-MC"],
    "how much is the anvil pruner": ["TL-PRN-AV"],
    "do you have diatomaceous earth? for the ants in the kitchen": ["PC-DE-1K"],
    "I need a hose for filling my jojo tank, do you have 20mm hose?": ["HO-20-15", "HO-20-30"],
    "hi! I'm after wild olive trees for a screen along the boundary": ["TR-WOL-20L", "TR-WOL-50L"],
    "how much is the neem oil spray": ["PC-NEEM-500"],
    "whats the price of the 5 litre cactus mix": ["PM-SUC-5L"],
}

ERRORS = []


def err(msg):
    ERRORS.append(msg)


# ---------------------------------------------------------------- 1. determinism
def tree_bytes(root):
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            p = os.path.join(dirpath, fn)
            with open(p, "rb") as f:
                out[os.path.relpath(p, root).replace(os.sep, "/")] = f.read()
    return out


def check_determinism(store_dir):
    builds = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(2):
            d = os.path.join(tmp, "build%d" % i)
            r = subprocess.run([sys.executable, os.path.join(HERE, "make_store.py"), d],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            if r.returncode != 0:
                err("make_store.py failed: %s" % r.stderr.strip())
                return
            builds.append(tree_bytes(d))
    if builds[0] != builds[1]:
        err("two rebuilds differ")
    given = tree_bytes(store_dir)
    for name in sorted(set(builds[0]) | set(given)):
        if name not in given:
            err("determinism: %s missing from %s" % (name, store_dir))
        elif name not in builds[0]:
            err("determinism: %s in %s but not in a rebuild" % (name, store_dir))
        elif given[name] != builds[0][name]:
            err("determinism: %s differs from a rebuild" % name)


# ---------------------------------------------------------------- 2. store validation
def read_jsonl(path, label):
    rows = []
    if not os.path.isfile(path):
        err("%s: missing" % label)
        return rows
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (label, e))
        return rows
    if text and not text.endswith("\n"):
        err("%s: no newline at end of file" % label)
    for n, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), 1):
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
        rows.append((n, obj))
    return rows


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def nonempty_str(x):
    return isinstance(x, str) and x.strip() != ""


def valid_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def check_png(data, label):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        err("%s: bad PNG signature" % label)
        return
    pos, idat, ihdr, seen_end = 8, b"", None, False
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = data[pos + 8 + length:pos + 12 + length]
        if len(body) != length or len(crc) != 4:
            err("%s: truncated chunk" % label)
            return
        if struct.unpack(">I", crc)[0] != zlib.crc32(kind + body) & 0xFFFFFFFF:
            err("%s: bad CRC in %r chunk" % (label, kind))
            return
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            seen_end = True
            break
        pos += 12 + length
    if not ihdr or not seen_end:
        err("%s: missing IHDR or IEND" % label)
        return
    w, h, depth, ctype = ihdr[:4]
    if depth != 8 or ctype not in (2, 6):
        err("%s: unexpected PNG depth/colour type" % label)
        return
    bpp = 3 if ctype == 2 else 4
    try:
        raw = zlib.decompress(idat)
    except zlib.error as e:
        err("%s: IDAT does not decompress (%s)" % (label, e))
        return
    if len(raw) != h * (1 + w * bpp) or w < 16 or h < 16:
        err("%s: image data has wrong size" % label)


def check_image(store_dir, rel, label):
    if not isinstance(rel, str) or rel.startswith("/") or ".." in rel.split("/") or not rel.startswith("images/"):
        err("%s: image path %r must be relative, under images/" % (label, rel))
        return
    p = os.path.join(store_dir, rel)
    if not os.path.isfile(p):
        err("%s: image %s does not exist" % (label, rel))
        return
    with open(p, "rb") as f:
        data = f.read()
    low = rel.lower()
    if low.endswith(".png"):
        check_png(data, rel)
    elif low.endswith((".jpg", ".jpeg")):
        if data[:3] != b"\xff\xd8\xff":
            err("%s: not a JPEG" % rel)
    elif low.endswith(".webp"):
        if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
            err("%s: not a WebP" % rel)
    else:
        err("%s: image must be JPEG, PNG or WebP" % rel)


def validate_store(d):
    store = {}
    sj = os.path.join(d, "store.json")
    if os.path.isfile(sj):
        try:
            with open(sj, encoding="utf-8") as f:
                store = json.load(f)
        except ValueError as e:
            err("store.json: bad JSON (%s)" % e)
        if not isinstance(store, dict):
            err("store.json: not an object")
            store = {}
        for k in ("name", "currency", "locale", "greeting"):
            if k in store and not nonempty_str(store[k]):
                err("store.json: %s must be a non-empty string" % k)
        if store.get("currency") != "ZAR" or store.get("locale") != "en-ZA":
            err("store.json: this shop must be ZAR / en-ZA")
    currency = store.get("currency")

    catalog = {}
    referenced = set()
    n_zero = n_nostock = 0
    for n, row in read_jsonl(os.path.join(d, "catalog.jsonl"), "catalog.jsonl"):
        lab = "catalog.jsonl line %d" % n
        sku = row.get("sku")
        if not nonempty_str(sku):
            err("%s: sku missing" % lab)
            continue
        if sku in catalog:
            err("%s: duplicate sku %s" % (lab, sku))
        if not nonempty_str(row.get("name")):
            err("%s: name missing" % lab)
        if not is_num(row.get("price")) or row["price"] < 0:
            err("%s: price must be a non-negative number" % lab)
        elif round(row["price"], 2) != row["price"]:
            err("%s: price has more than 2 decimals" % lab)
        imgs = row.get("images")
        if not isinstance(imgs, list) or not imgs:
            err("%s: images must be a non-empty list" % lab)
        else:
            for im in imgs:
                check_image(d, im, lab)
                referenced.add(im)
        for k in ("description", "category"):
            if k in row and not nonempty_str(row[k]):
                err("%s: %s must be a non-empty string" % (lab, k))
        if "currency" in row and row["currency"] != currency:
            err("%s: currency %r differs from store.json" % (lab, row["currency"]))
        if "stock" in row:
            if not isinstance(row["stock"], int) or isinstance(row["stock"], bool) or row["stock"] < 0:
                err("%s: stock must be a non-negative integer" % lab)
            elif row["stock"] == 0:
                n_zero += 1
        else:
            n_nostock += 1
        attrs = row.get("attributes", {})
        if not isinstance(attrs, dict):
            err("%s: attributes must be an object" % lab)
        else:
            for k, v in attrs.items():
                ok = nonempty_str(v) or is_num(v) or (isinstance(v, list) and all(nonempty_str(x) for x in v))
                if not ok:
                    err("%s: attribute %s has a bad value" % (lab, k))
        catalog[sku] = row
    if not 70 <= len(catalog) <= 80:
        err("catalog: %d products, want 70-80" % len(catalog))
    cats = {r.get("category") for r in catalog.values()}
    if not 10 <= len(cats) <= 12:
        err("catalog: %d categories, want 10-12" % len(cats))
    if n_zero < 3:
        err("catalog: want several products with stock 0, have %d" % n_zero)
    if n_nostock < 2:
        err("catalog: want a few products without a stock field, have %d" % n_nostock)
    img_dir = os.path.join(d, "images")
    if os.path.isdir(img_dir):
        for fn in sorted(os.listdir(img_dir)):
            if "images/" + fn not in referenced:
                err("images/%s is not referenced by any product" % fn)

    faq = {}
    for n, row in read_jsonl(os.path.join(d, "faq.jsonl"), "faq.jsonl"):
        lab = "faq.jsonl line %d" % n
        fid = row.get("id")
        if not nonempty_str(fid):
            err("%s: id missing" % lab)
            continue
        if fid in faq:
            err("%s: duplicate id %s" % (lab, fid))
        for k in ("question", "answer"):
            if not nonempty_str(row.get(k)):
                err("%s: %s missing" % (lab, k))
        faq[fid] = row
    if not 18 <= len(faq) <= 24:
        err("faq: %d entries, want about 20" % len(faq))

    orders = {}
    for n, row in read_jsonl(os.path.join(d, "orders.jsonl"), "orders.jsonl"):
        lab = "orders.jsonl line %d" % n
        oid = row.get("order_id")
        if not nonempty_str(oid):
            err("%s: order_id missing" % lab)
            continue
        if oid in orders:
            err("%s: duplicate order_id %s" % (lab, oid))
        if not isinstance(row.get("email"), str) or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", row["email"]):
            err("%s: bad email" % lab)
        if "postcode" in row and not (isinstance(row["postcode"], str) and re.fullmatch(r"\d{4}", row["postcode"])):
            err("%s: postcode must be a 4-digit South African code as a string" % lab)
        placed = valid_date(row.get("placed"))
        if "placed" in row and not placed:
            err("%s: bad placed date" % lab)
        if row.get("status") not in STATUSES:
            err("%s: status %r not allowed" % (lab, row.get("status")))
        if "carrier" in row and not nonempty_str(row["carrier"]):
            err("%s: carrier must be a non-empty string" % lab)
        if "eta" in row:
            eta = valid_date(row["eta"])
            if not eta:
                err("%s: bad eta" % lab)
            elif placed and eta < placed:
                err("%s: eta before placed" % lab)
        items = row.get("items")
        if not isinstance(items, list) or not items:
            err("%s: items must be a non-empty list" % lab)
        else:
            for it in items:
                if not isinstance(it, dict) or it.get("sku") not in catalog:
                    err("%s: item %r not in catalog" % (lab, it))
                elif not isinstance(it.get("qty"), int) or isinstance(it.get("qty"), bool) or it["qty"] < 1:
                    err("%s: item qty must be a positive integer" % lab)
        orders[oid] = row
    missing_status = STATUSES - {o.get("status") for o in orders.values()}
    if missing_status:
        err("orders: statuses not covered: %s" % sorted(missing_status))
    return catalog, faq, orders


# ---------------------------------------------------------------- 3. cases
def price_str(p):
    return "%.2f" % p


def price_forms(p):
    s = price_str(p)
    whole, cents = s.split(".")
    forms = {s, s.replace(".", ","), "R" + s, "R " + s}
    if len(whole) > 3:
        for sep in (" ", ",", "\u00a0"):
            g = whole[:-3] + sep + whole[-3:]
            forms |= {g + "." + cents, g + "," + cents}
    return forms


def attr_values(row):
    vals = []
    for v in row.get("attributes", {}).values():
        if isinstance(v, list):
            vals.extend(str(x) for x in v)
            vals.append(", ".join(str(x) for x in v))
        else:
            vals.append(str(v))
    return vals


def facts(ref, catalog, faq, orders):
    """Strings a correct reply about REF may contain."""
    if ref in catalog:
        r = catalog[ref]
        out = set(price_forms(r["price"])) | {r["name"], ref, r.get("description", ""), r.get("category", "")}
        out |= set(attr_values(r))
        if "stock" in r:
            out.add("in stock" if r["stock"] > 0 else "out of stock")
            out.add(str(r["stock"]))
        return out
    if ref in faq:
        return {faq[ref]["question"], faq[ref]["answer"]}
    if ref in orders:
        o = orders[ref]
        out = {o["order_id"], o["email"], o["status"], o.get("postcode", ""), o.get("placed", ""),
               o.get("carrier", ""), o.get("eta", "")}
        for it in o["items"]:
            out |= {catalog[it["sku"]]["name"], it["sku"]}
        return {x for x in out if x}
    return set()


def check_cases(catalog, faq, orders):
    cases = []
    path = os.path.join(HERE, "cases.jsonl")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                cases.append(json.loads(line))
            except ValueError as e:
                err("cases.jsonl line %d: bad JSON (%s)" % (n, e))
    with open(os.path.join(HERE, "case_refs.json"), encoding="utf-8") as f:
        refs = json.load(f)
    if len(cases) != 100:
        err("cases.jsonl: %d cases, want 100" % len(cases))
    if len(refs) != len(cases):
        err("case_refs.json: %d refs for %d cases" % (len(refs), len(cases)))
        return
    counts = {}
    all_prices = {sku: price_str(r["price"]) for sku, r in catalog.items()}
    used_earlier = set()
    for i, (c, ref) in enumerate(zip(cases, refs), 1):
        lab = "case %d" % i
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            err("%s: keys must be turns, expect, forbid, kind" % lab)
            continue
        kind, turns, expect, forbid = c["kind"], c["turns"], c["expect"], c["forbid"]
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KIND_COUNTS:
            err("%s: unknown kind %r" % (lab, kind))
            continue
        if not isinstance(turns, list) or not turns or not all(nonempty_str(t) for t in turns):
            err("%s: turns must be a non-empty list of strings" % lab)
            continue
        for k, v in (("expect", expect), ("forbid", forbid)):
            if not isinstance(v, list) or not all(nonempty_str(x) for x in v):
                err("%s: %s must be a list of non-empty strings" % (lab, k))
        expect_l = [e.lower() for e in expect]

        # which things correct replies (any turn) may talk about
        about = [] if ref is None else [ref]
        if kind == "followup":
            if not 2 <= len(turns) <= 3:
                err("%s: follow-up needs 2-3 turns" % lab)
            earlier = EARLIER.get(turns[0])
            if earlier is None:
                err("%s: follow-up first turn not listed in EARLIER" % lab)
                earlier = []
            used_earlier.add(turns[0])
            for e in earlier:
                if e not in catalog and e not in faq and e not in orders:
                    err("%s: earlier ref %s unknown" % (lab, e))
            about += earlier
        elif kind != "order" and len(turns) != 1:
            err("%s: %s cases are single-turn" % (lab, kind))
        correct = set()
        for a in about:
            correct |= facts(a, catalog, faq, orders)
        correct |= set(expect)
        for fb in forbid:
            for fact in correct:
                if fb.lower() in fact.lower():
                    err("%s: forbid %r is part of a correct answer (%r)" % (lab, fb, fact[:60]))
                    break

        if kind == "missing":
            if ref is not None:
                err("%s: missing case must have a null ref" % lab)
            if expect:
                err("%s: missing case must expect nothing" % lab)
            if not forbid:
                err("%s: missing case should forbid the similar products' prices" % lab)
            for fb in forbid:
                if fb not in all_prices.values():
                    err("%s: forbid %r is not a price the shop uses" % (lab, fb))
            continue
        if not expect:
            err("%s: expect is empty" % lab)
            continue

        if kind in ("price", "stock", "attribute") or (kind == "followup" and ref in catalog):
            if ref not in catalog:
                err("%s: ref %r is not a sku" % (lab, ref))
                continue
            row = catalog[ref]
            p = all_prices[ref]
            for e in expect:
                if re.fullmatch(r"\d+\.\d\d", e):
                    if e != p:
                        err("%s: expect price %s but %s costs %s" % (lab, e, ref, p))
                    for other, op in all_prices.items():
                        if op != p and p in op:
                            err("%s: price %s is a substring of %s's price %s" % (lab, p, other, op))
                    if kind not in ("price", "followup"):
                        err("%s: price expected in a %s case" % (lab, kind))
                elif e.lower() in ("in stock", "out of stock"):
                    if "stock" not in row:
                        err("%s: %s has no stock field" % (lab, ref))
                    elif e.lower() != ("in stock" if row["stock"] > 0 else "out of stock"):
                        err("%s: expect %r but %s stock is %d" % (lab, e, ref, row["stock"]))
                    if kind not in ("stock", "followup"):
                        err("%s: stock expected in a %s case" % (lab, kind))
                else:
                    if not any(e.lower() in v.lower() for v in attr_values(row)):
                        err("%s: %r is not part of any attribute value of %s" % (lab, e, ref))
                    if kind not in ("attribute", "followup"):
                        err("%s: attribute value expected in a %s case" % (lab, kind))
            if kind == "price":
                if expect != [p]:
                    err("%s: price case must expect exactly [%r]" % (lab, p))
                for fb in forbid:
                    if fb not in all_prices.values() or fb == p:
                        err("%s: forbid %r is not another product's price" % (lab, fb))
            if kind == "stock" and len(expect) != 1:
                err("%s: stock case must expect one phrase" % lab)
        elif kind == "faq" or (kind == "followup" and ref in faq):
            if ref not in faq:
                err("%s: ref %r is not a faq id" % (lab, ref))
                continue
            for e in expect:
                if e not in faq[ref]["answer"]:
                    err("%s: %r is not written in faq %s's answer" % (lab, e, ref))
        elif kind == "order" or (kind == "followup" and ref in orders):
            if ref not in orders:
                err("%s: ref %r is not an order id" % (lab, ref))
                continue
            o = orders[ref]
            text = " ".join(turns).lower()
            if o["order_id"].lower() not in text:
                err("%s: turns do not give the order id %s" % (lab, ref))
            if o["email"].lower() not in text:
                err("%s: turns do not give the order's email" % lab)
            for e in expect_l:
                if e in STATUS_STEMS:
                    if STATUS_STEMS[e] != o["status"]:
                        err("%s: expect %r but order %s is %s" % (lab, e, ref, o["status"]))
                elif not (o.get("carrier") and e in o["carrier"].lower()):
                    err("%s: %r is neither the status stem nor the carrier of %s" % (lab, e, ref))
        else:
            err("%s: ref %r unknown" % (lab, ref))
    for k, want in KIND_COUNTS.items():
        if counts.get(k, 0) != want:
            err("cases: %d %s cases, want %d" % (counts.get(k, 0), k, want))
    for k in set(EARLIER) - used_earlier:
        err("EARLIER lists a follow-up not in cases.jsonl: %r" % k)
    order_refs = {r for c, r in zip(cases, refs) if c.get("kind") == "order"}
    if order_refs != set(orders):
        err("order cases do not cover every order: %s" % sorted(set(orders) - order_refs))
    return counts


def main(argv):
    if len(argv) != 2:
        print("usage: python3 check.py STORE_DIR", file=sys.stderr)
        return 2
    store_dir = argv[1]
    if not os.path.isdir(store_dir):
        print("no such store folder: %s" % store_dir, file=sys.stderr)
        return 2
    check_determinism(store_dir)
    catalog, faq, orders = validate_store(store_dir)
    counts = check_cases(catalog, faq, orders) or {}
    print("store: %d products, %d faq entries, %d orders" % (len(catalog), len(faq), len(orders)))
    print("cases: %d (%s)" % (sum(counts.values()), ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    if ERRORS:
        for e in ERRORS:
            print("FAIL:", e)
        print("%d problem(s)" % len(ERRORS))
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
