#!/usr/bin/env python3
"""Check the blind10 store and its cases.

Usage: python3 data/eval/blind10/check.py STORE_DIR

1. rebuilds the store twice (make_store.py) in temp dirs; all three trees must be byte-identical;
2. validates STORE_DIR against STORE.md format v1;
3. checks every case in cases.jsonl against the store (with case_refs.json and case_meta.json).
Exit status 0 when everything passes. Python stdlib only.
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

HERE = os.path.dirname(os.path.abspath(__file__))
KIND_COUNTS = {"price": 15, "stock": 15, "attribute": 10, "followup": 20, "faq": 20, "order": 12, "missing": 8}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
STEMS = {"process": "processing", "ship": "shipped", "deliver": "delivered", "cancel": "cancelled",
         "return": "returned"}
PRICE_RE = re.compile(r"^\d+\.\d\d$")
STOCK_WORDS = ("out of stock", "not in stock", "sold out", "in stock", "unavailable", "available")

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ 1. determinism
def tree(d):
    out = {}
    for root, dirs, files in os.walk(d):
        dirs.sort()
        for fn in sorted(files):
            p = os.path.join(root, fn)
            with open(p, "rb") as f:
                out[os.path.relpath(p, d).replace(os.sep, "/")] = f.read()
    return out


def check_determinism(store_dir):
    trees = []
    for _ in range(2):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "store")
            r = subprocess.run([sys.executable, os.path.join(HERE, "make_store.py"), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                err(f"make_store.py failed: {r.stderr.strip()}")
                return
            trees.append(tree(out))
    given = tree(store_dir)
    if trees[0] != trees[1]:
        err("two rebuilds differ")
    if set(given) != set(trees[0]):
        err(f"file sets differ: only in STORE_DIR {sorted(set(given) - set(trees[0]))[:5]}, "
            f"only in rebuild {sorted(set(trees[0]) - set(given))[:5]}")
    for k in sorted(set(given) & set(trees[0])):
        if given[k] != trees[0][k]:
            err(f"bytes differ from rebuild: {k}")
    print(f"determinism: {len(given)} files compared with 2 rebuilds")


# ------------------------------------------------------------------ 2. store format
def check_png(path):
    with open(path, "rb") as f:
        d = f.read()
    if d[:8] != b"\x89PNG\r\n\x1a\n":
        return "not a PNG signature"
    i, idat, ihdr, seen_end = 8, b"", None, False
    while i < len(d):
        if i + 12 > len(d):
            return "truncated chunk"
        n, = struct.unpack(">I", d[i:i + 4])
        t, c = d[i + 4:i + 8], d[i + 8:i + 8 + n]
        crc, = struct.unpack(">I", d[i + 8 + n:i + 12 + n])
        if zlib.crc32(t + c) & 0xFFFFFFFF != crc:
            return f"bad CRC in {t!r}"
        if t == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", c)
        elif t == b"IDAT":
            idat += c
        elif t == b"IEND":
            seen_end = True
        i += 12 + n
    if not ihdr or not seen_end:
        return "missing IHDR or IEND"
    w, h, depth, ctype = ihdr[:4]
    bpp = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ctype] * depth // 8
    try:
        raw = zlib.decompress(idat)
    except zlib.error as e:
        return f"bad image data: {e}"
    if len(raw) != h * (w * bpp + 1):
        return "image data size mismatch"
    try:  # optional second opinion
        from PIL import Image
        with Image.open(path) as im:
            im.load()
    except ImportError:
        pass
    except Exception as e:  # noqa
        return f"Pillow cannot read it: {e}"
    return None


def load_jsonl(path, name):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON {e}")
                continue
            if not isinstance(obj, dict):
                err(f"{name}:{n}: not an object")
                continue
            rows.append(obj)
    return rows


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def check_store(sd):
    store = {}
    sj = os.path.join(sd, "store.json")
    if os.path.exists(sj):
        with open(sj, encoding="utf-8") as f:
            store = json.load(f)
        for k in ("name", "currency", "locale", "greeting"):
            if not isinstance(store.get(k), str) or not store[k]:
                err(f"store.json: {k} missing")
        if store.get("currency") != "NZD" or store.get("locale") != "en-NZ":
            err("store.json: currency/locale should be NZD/en-NZ")
    cat = load_jsonl(os.path.join(sd, "catalog.jsonl"), "catalog.jsonl")
    faq = load_jsonl(os.path.join(sd, "faq.jsonl"), "faq.jsonl")
    orders = load_jsonl(os.path.join(sd, "orders.jsonl"), "orders.jsonl")
    skus, used_images = set(), set()
    for n, p in enumerate(cat, 1):
        where = f"catalog.jsonl:{n}"
        for k in ("sku", "name", "price", "images"):
            if k not in p:
                err(f"{where}: missing {k}")
        if not isinstance(p.get("sku"), str) or not p.get("sku"):
            err(f"{where}: bad sku")
        elif p["sku"] in skus:
            err(f"{where}: duplicate sku {p['sku']}")
        skus.add(p.get("sku"))
        if not isinstance(p.get("name"), str) or not p.get("name"):
            err(f"{where}: bad name")
        pr = p.get("price")
        if not isinstance(pr, (int, float)) or isinstance(pr, bool) or pr < 0 or round(pr, 2) != pr:
            err(f"{where}: bad price {pr!r}")
        if p.get("currency", store.get("currency")) != store.get("currency", "NZD"):
            err(f"{where}: currency differs from store.json")
        if "stock" in p and (not isinstance(p["stock"], int) or isinstance(p["stock"], bool) or p["stock"] < 0):
            err(f"{where}: bad stock")
        if "attributes" in p and not isinstance(p["attributes"], dict):
            err(f"{where}: attributes not an object")
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            err(f"{where}: images must be a non-empty list")
            continue
        for im in imgs:
            if not isinstance(im, str) or not im.startswith("images/") or \
                    not im.lower().endswith((".jpg", ".jpeg", ".png", ".webp")):
                err(f"{where}: bad image path {im!r}")
                continue
            fp = os.path.join(sd, im)
            if not os.path.isfile(fp):
                err(f"{where}: image missing {im}")
                continue
            used_images.add(im)
            if im.lower().endswith(".png"):
                why = check_png(fp)
                if why:
                    err(f"{where}: {im}: {why}")
    on_disk = {"images/" + f for f in os.listdir(os.path.join(sd, "images"))}
    if on_disk - used_images:
        err(f"images not referenced by the catalog: {sorted(on_disk - used_images)[:5]}")
    ids = set()
    for n, q in enumerate(faq, 1):
        for k in ("id", "question", "answer"):
            if not isinstance(q.get(k), str) or not q[k].strip():
                err(f"faq.jsonl:{n}: missing {k}")
        if q.get("id") in ids:
            err(f"faq.jsonl:{n}: duplicate id")
        ids.add(q.get("id"))
    oids = set()
    for n, o in enumerate(orders, 1):
        where = f"orders.jsonl:{n}"
        for k in ("order_id", "email", "status", "items"):
            if k not in o:
                err(f"{where}: missing {k}")
        if o.get("order_id") in oids:
            err(f"{where}: duplicate order_id")
        oids.add(o.get("order_id"))
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", o.get("email", "")):
            err(f"{where}: bad email")
        if "postcode" in o and not re.fullmatch(r"\d{4}", o["postcode"]):
            err(f"{where}: not an NZ postcode")
        if o.get("status") not in STATUSES:
            err(f"{where}: bad status {o.get('status')!r}")
        for k in ("placed", "eta"):
            if k in o and not is_date(o[k]):
                err(f"{where}: bad {k}")
        if "carrier" in o and not isinstance(o["carrier"], str):
            err(f"{where}: bad carrier")
        for it in o.get("items", []):
            if it.get("sku") not in skus:
                err(f"{where}: unknown sku {it.get('sku')}")
            if not isinstance(it.get("qty"), int) or it["qty"] < 1:
                err(f"{where}: bad qty")
    missing_status = STATUSES - {o.get("status") for o in orders}
    if missing_status:
        err(f"orders do not cover statuses {sorted(missing_status)}")
    n_oos = sum(1 for p in cat if p.get("stock") == 0)
    n_nostock = sum(1 for p in cat if "stock" not in p)
    cats = {p.get("category") for p in cat}
    if not (70 <= len(cat) <= 80):
        err(f"catalog has {len(cat)} products, wanted 70-80")
    if n_oos < 3 or n_nostock < 1:
        err("want several out-of-stock products and at least one without a stock field")
    print(f"store: {len(cat)} products in {len(cats)} categories ({n_oos} out of stock, {n_nostock} without "
          f"stock field), {len(faq)} FAQ entries, {len(orders)} orders "
          f"({', '.join(sorted({o['status'] for o in orders}))})")
    return ({p["sku"]: p for p in cat}, {q["id"]: q for q in faq}, {o["order_id"]: o for o in orders})


# ------------------------------------------------------------------ 3. cases
def flat(v):
    if isinstance(v, (list, tuple)):
        return [s for x in v for s in flat(x)]
    if isinstance(v, dict):
        return [s for x in v.values() for s in flat(x)]
    return [str(v)]


def fmt(price):
    return f"{price:.2f}"


def stock_phrase(p):
    if "stock" not in p:
        return None
    return "in stock" if p["stock"] > 0 else "out of stock"


def facts(ref, cat, faq, orders):
    """Everything a correct reply about ref could state, lower-cased."""
    if ref in cat:
        p = cat[ref]
        parts = [p["sku"], p["name"], p.get("description", ""), p.get("category", ""), fmt(p["price"]),
                 stock_phrase(p) or ""] + flat(p.get("attributes", {}))
        if "stock" in p:
            parts.append(str(p["stock"]))
    elif ref in faq:
        parts = [faq[ref]["question"], faq[ref]["answer"]]
    elif ref in orders:
        o = orders[ref]
        parts = [o["order_id"], o["email"], o.get("postcode", ""), o.get("placed", ""), o["status"],
                 o.get("carrier", ""), o.get("eta", "")]
        for it in o["items"]:
            parts += [it["sku"], str(it["qty"])] + ([cat[it["sku"]]["name"], fmt(cat[it["sku"]]["price"])]
                                                    if it["sku"] in cat else [])
    else:
        return None
    return "\n".join(parts).lower()


def expect_ok(e, ref, cat, faq, orders, kind):
    el = e.lower()
    if ref in cat:
        p = cat[ref]
        if el in ("in stock", "out of stock"):
            return stock_phrase(p) == el, "stock status"
        if PRICE_RE.match(e) and kind != "attribute":
            return fmt(p["price"]) == e, "price"
        vals = [v.lower() for v in flat(p.get("attributes", {}))]
        if kind == "attribute":
            return any(el in v for v in vals), "attribute value"
        return any(el in v for v in vals + [p["name"].lower()]), "attribute value or name"
    if ref in faq:
        return el in faq[ref]["answer"].lower(), "FAQ answer"
    if ref in orders:
        o = orders[ref]
        if el in STEMS:
            return STEMS[el] == o["status"], "status stem"
        return el in (o.get("carrier", "").lower(), o.get("eta", "")), "carrier/eta"
    return False, "unknown ref"


def check_cases(cat, faq, orders):
    with open(os.path.join(HERE, "case_refs.json"), encoding="utf-8") as f:
        refs = json.load(f)
    with open(os.path.join(HERE, "case_meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    cases = load_jsonl(os.path.join(HERE, "cases.jsonl"), "cases.jsonl")
    if not (len(cases) == len(refs) == len(meta) == 100):
        err(f"counts: {len(cases)} cases, {len(refs)} refs, {len(meta)} meta (want 100 each)")
    counts = {}
    faq_text = "\n".join(q["answer"].lower() for q in faq.values())
    all_text = {s: facts(s, cat, faq, orders) for s in cat}
    prices = {fmt(p["price"]) for p in cat.values()}
    for i, (c, ref, m) in enumerate(zip(cases, refs, meta), 1):
        w = f"case {i}"
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            err(f"{w}: keys {sorted(c)}")
            continue
        kind, turns, expect, forbid = c["kind"], c["turns"], c["expect"], c["forbid"]
        counts[kind] = counts.get(kind, 0) + 1
        trefs = m["turn_refs"]
        if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)):
            err(f"{w}: bad turns")
            continue
        if not all(isinstance(x, str) and x for x in expect + forbid):
            err(f"{w}: expect/forbid must be non-empty strings")
        if len(trefs) != len(turns) or trefs[-1] != ref:
            err(f"{w}: turn_refs do not match turns / case_refs")
        if kind == "followup":
            if not 2 <= len(turns) <= 3:
                err(f"{w}: followup needs 2-3 turns")
        elif len(turns) != 1:
            err(f"{w}: {kind} must have one turn")
        # refs exist and have the right type
        for r in trefs:
            if r is not None and r not in cat and r not in faq and r not in orders:
                err(f"{w}: unknown ref {r}")
        want_type = {"price": cat, "stock": cat, "attribute": cat, "faq": faq, "order": orders}.get(kind)
        if want_type is not None and ref not in want_type:
            err(f"{w}: ref {ref} is not a {kind} target")
        # expect
        if kind == "missing":
            if ref is not None or expect:
                err(f"{w}: missing case needs ref null and expect []")
            if not forbid:
                err(f"{w}: missing case needs forbidden prices")
            for term in m.get("absent") or []:
                pat = re.compile(r"(?<![a-z0-9])" + re.escape(term.lower()) + r"(?![a-z0-9])")
                hits = [s for s, t in all_text.items() if pat.search(t)]
                if hits:
                    err(f"{w}: 'absent' term {term!r} occurs in {hits[:3]}")
            if not m.get("absent"):
                err(f"{w}: missing case lists no absent terms")
            for fb in forbid:
                if fb not in prices:
                    err(f"{w}: forbid {fb!r} is not a catalog price")
        else:
            if not expect:
                err(f"{w}: empty expect")
            for e in expect:
                ok, what = expect_ok(e, ref, cat, faq, orders, kind)
                if not ok:
                    err(f"{w}: expect {e!r} does not match the {what} of {ref}")
            if kind == "price" and (len(expect) != 1 or not PRICE_RE.match(expect[0])):
                err(f"{w}: price case needs exactly one price")
            if kind == "stock":
                if "stock" not in cat.get(ref, {}):
                    err(f"{w}: stock case about a product with no stock field")
                if expect not in (["in stock"], ["out of stock"]):
                    err(f"{w}: stock expect must be in stock / out of stock")
            if kind == "order" or (ref in orders):
                o = orders[ref]
                if not any(o["order_id"].lower() in t.lower() and o["email"].lower() in t.lower() for t in turns):
                    err(f"{w}: no message gives both order id and email of {ref}")
        # forbid: never something a correct reply to any turn would say
        for fb in forbid:
            fl = fb.lower()
            for r in trefs:
                if r is None:
                    continue
                ft = facts(r, cat, faq, orders)
                if ft is not None and fl in ft:
                    err(f"{w}: forbid {fb!r} is a true fact about {r}")
            if any(fl in e.lower() for e in expect):
                err(f"{w}: forbid {fb!r} overlaps expect")
            if PRICE_RE.match(fb) and kind != "attribute":
                if fb not in prices:
                    err(f"{w}: forbid {fb!r} is not a catalog price")
                if fb in faq_text:
                    err(f"{w}: forbid {fb!r} occurs in an FAQ answer")
                if kind != "missing":
                    cats = {cat[r].get("category") for r in trefs if r in cat}
                    if not any(fmt(p["price"]) == fb and p.get("category") in cats for p in cat.values()):
                        err(f"{w}: forbid price {fb!r} is not a variant/sibling price")
            if (kind == "faq" or (kind != "missing" and None in trefs)) and fl in faq_text:
                err(f"{w}: forbid {fb!r} occurs in an FAQ answer")
            if any(sw in fl for sw in STOCK_WORDS):
                # only when nothing in the referenced products' categories is out of stock or unknown
                cats = {cat[r].get("category") for r in trefs if r in cat}
                bad = [p["sku"] for p in cat.values() if p.get("category") in cats and p.get("stock", 0) == 0]
                if not cats or bad:
                    err(f"{w}: stock-word forbid {fb!r} unsafe (siblings out of stock/unknown: {bad[:3]})")
    if counts != KIND_COUNTS:
        err(f"kind counts {counts} != {KIND_COUNTS}")
    print("cases: " + ", ".join(f"{k} {counts.get(k, 0)}" for k in KIND_COUNTS) + f" (total {sum(counts.values())})")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check.py STORE_DIR")
    sd = sys.argv[1]
    check_determinism(sd)
    cat, faq, orders = check_store(sd)
    check_cases(cat, faq, orders)
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
