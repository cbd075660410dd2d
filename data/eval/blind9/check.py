#!/usr/bin/env python3
"""Check the blind9 ("Circuit Cove") evaluation store and its cases.

Usage: python data/eval/blind9/check.py STORE_DIR

1. STORE_DIR is byte-for-byte what make_store.py writes (built twice into temp dirs).
2. The store follows the store format v1 (shared/STORE.md).
3. cases.jsonl / case_refs.json agree with the store.
Exit 0 when everything passes, else 1 with the list of problems.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAKE = os.path.join(HERE, "make_store.py")
CASES = os.path.join(HERE, "cases.jsonl")
REFS = os.path.join(HERE, "case_refs.json")

KIND_COUNTS = {"price": 15, "stock": 15, "attribute": 10, "followup": 20,
               "faq": 20, "order": 12, "missing": 8}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
CARRIERS = {"USPS", "UPS", "FedEx"}
IMAGE_EXT = (".jpg", ".jpeg", ".png", ".webp")
# for each "missing" case, in file order: words that are in the shopper's message and
# nowhere in the catalog (names, descriptions, attributes)
MISSING_TERMS = [
    ["16 pro max"], ["hdmi"], ["30000"], ["s23"], ["thermostat"], ["fitbit"],
    ["speaker"], ["17 inch", "17-inch"],
]

problems = []


def bad(msg):
    problems.append(msg)


def fmt(p):
    return "%.2f" % p


def family(sku):
    """Variants share brand and line: the first two parts of BRAND-LINE-VARIANT."""
    return "-".join(sku.split("-")[:2])


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return isinstance(s, str)
    except (TypeError, ValueError):
        return False


# ------------------------------------------------------------------ 1. reproducible
def list_files(root):
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            out[os.path.relpath(p, root).replace(os.sep, "/")] = p
    return out


def check_reproducible(store_dir):
    with tempfile.TemporaryDirectory() as t:
        builds = []
        for i in (1, 2):
            out = os.path.join(t, "build%d" % i)
            r = subprocess.run([sys.executable, MAKE, out], capture_output=True, text=True)
            if r.returncode != 0:
                bad("make_store.py failed (run %d): %s" % (i, r.stderr.strip()[-500:]))
                return
            builds.append(list_files(out))
        a, b = builds
        if sorted(a) != sorted(b):
            bad("two builds give different file sets")
        for rel in sorted(set(a) & set(b)):
            if open(a[rel], "rb").read() != open(b[rel], "rb").read():
                bad("not deterministic: %s differs between two builds" % rel)
        given = list_files(store_dir)
        for rel in sorted(set(a) - set(given)):
            bad("%s missing from %s" % (rel, store_dir))
        for rel in sorted(set(given) - set(a)):
            bad("%s in %s is not written by make_store.py" % (rel, store_dir))
        for rel in sorted(set(a) & set(given)):
            if open(a[rel], "rb").read() != open(given[rel], "rb").read():
                bad("%s differs from what make_store.py writes" % rel)


# ------------------------------------------------------------------ 2. store format
def read_jsonl(path, what):
    rows = []
    if not os.path.isfile(path):
        bad("%s missing" % what)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                bad("%s line %d: blank line" % (what, n))
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                bad("%s line %d: bad JSON (%s)" % (what, n, e))
                continue
            if not isinstance(obj, dict):
                bad("%s line %d: not an object" % (what, n))
                continue
            rows.append((n, obj))
    return rows


def check_store(store_dir):
    try:
        from PIL import Image
    except ImportError:
        Image = None
        bad("Pillow not importable: images not checked")

    sj = os.path.join(store_dir, "store.json")
    try:
        store = json.load(open(sj, encoding="utf-8"))
        if not isinstance(store, dict):
            bad("store.json: not an object")
        else:
            for k in ("name", "greeting"):
                if not isinstance(store.get(k), str) or not store.get(k):
                    bad("store.json: %s missing or not a string" % k)
            if store.get("currency") != "USD":
                bad("store.json: currency must be USD")
            if store.get("locale") != "en-US":
                bad("store.json: locale must be en-US")
    except (OSError, ValueError) as e:
        bad("store.json: %s" % e)

    catalog = {}
    for n, p in read_jsonl(os.path.join(store_dir, "catalog.jsonl"), "catalog.jsonl"):
        where = "catalog.jsonl line %d" % n
        sku = p.get("sku")
        if not isinstance(sku, str) or not sku:
            bad(where + ": sku missing")
            continue
        if sku in catalog:
            bad(where + ": duplicate sku " + sku)
        if not re.fullmatch(r"[A-Z0-9]+-[A-Z0-9]+-[A-Z0-9-]+", sku):
            bad(where + ": sku %s is not BRAND-LINE-VARIANT" % sku)
        if not isinstance(p.get("name"), str) or not p["name"]:
            bad(where + ": name missing")
        if not is_num(p.get("price")) or p["price"] <= 0 or round(p["price"], 2) != p["price"]:
            bad(where + ": price must be a positive number with at most 2 decimals")
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            bad(where + ": images must be a non-empty list")
            imgs = []
        for im in imgs:
            if not isinstance(im, str) or not im.startswith("images/") or not im.lower().endswith(IMAGE_EXT):
                bad(where + ": bad image path %r" % (im,))
                continue
            path = os.path.join(store_dir, im)
            if not os.path.isfile(path):
                bad(where + ": image %s not found" % im)
            elif Image is not None:
                try:
                    with Image.open(path) as img:
                        if img.format != "PNG" or img.size != (256, 256):
                            bad(where + ": %s is %s %s, want PNG 256x256" % (im, img.format, img.size))
                except Exception as e:  # noqa: BLE001
                    bad(where + ": %s unreadable (%s)" % (im, e))
        for k in ("description", "category"):
            if k in p and (not isinstance(p[k], str) or not p[k]):
                bad(where + ": %s must be a non-empty string" % k)
        if not isinstance(p.get("description"), str):
            bad(where + ": description missing")
        else:
            s = len([x for x in re.split(r"(?<=[.!?])\s+", p["description"].strip()) if x])
            if not 1 <= s <= 3:
                bad(where + ": description has %d sentences" % s)
        if p.get("currency", "USD") != "USD":
            bad(where + ": currency must be USD")
        if "stock" in p and (not isinstance(p["stock"], int) or isinstance(p["stock"], bool) or p["stock"] < 0):
            bad(where + ": stock must be a non-negative integer")
        if "attributes" in p and not isinstance(p["attributes"], dict):
            bad(where + ": attributes must be an object")
        known = {"sku", "name", "description", "category", "price", "currency", "stock", "attributes", "images"}
        if set(p) - known:
            bad(where + ": unexpected fields %s" % sorted(set(p) - known))
        catalog[sku] = p

    faq = {}
    for n, q in read_jsonl(os.path.join(store_dir, "faq.jsonl"), "faq.jsonl"):
        where = "faq.jsonl line %d" % n
        for k in ("id", "question", "answer"):
            if not isinstance(q.get(k), str) or not q.get(k):
                bad(where + ": %s missing" % k)
        if set(q) - {"id", "question", "answer"}:
            bad(where + ": unexpected fields")
        if q.get("id") in faq:
            bad(where + ": duplicate id")
        faq[q.get("id")] = q

    orders = {}
    for n, o in read_jsonl(os.path.join(store_dir, "orders.jsonl"), "orders.jsonl"):
        where = "orders.jsonl line %d" % n
        oid = o.get("order_id")
        if not isinstance(oid, str) or not re.fullmatch(r"CC-\d{5}", oid):
            bad(where + ": bad order_id %r" % (oid,))
        if oid in orders:
            bad(where + ": duplicate order_id")
        if not isinstance(o.get("email"), str) or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", o["email"]):
            bad(where + ": bad email")
        if not isinstance(o.get("postcode"), str) or not re.fullmatch(r"\d{5}", o["postcode"]):
            bad(where + ": postcode must be a 5-digit US ZIP string")
        if not is_date(o.get("placed")):
            bad(where + ": placed must be an ISO date")
        if o.get("status") not in STATUSES:
            bad(where + ": bad status %r" % (o.get("status"),))
        if "carrier" in o and o["carrier"] not in CARRIERS:
            bad(where + ": bad carrier")
        if "eta" in o and not is_date(o["eta"]):
            bad(where + ": eta must be an ISO date")
        if o.get("status") == "cancelled" and ("carrier" in o or "eta" in o):
            bad(where + ": a cancelled order has no carrier/eta")
        if o.get("status") == "shipped" and ("carrier" not in o or "eta" not in o):
            bad(where + ": a shipped order needs carrier and eta")
        items = o.get("items")
        if not isinstance(items, list) or not items:
            bad(where + ": items must be a non-empty list")
            items = []
        for it in items:
            if not isinstance(it, dict) or it.get("sku") not in catalog:
                bad(where + ": item %r not in catalog" % (it,))
            elif not isinstance(it.get("qty"), int) or it["qty"] < 1:
                bad(where + ": bad qty")
        known = {"order_id", "email", "postcode", "placed", "status", "carrier", "eta", "items"}
        if set(o) - known:
            bad(where + ": unexpected fields %s" % sorted(set(o) - known))
        orders[oid] = o

    # shape of the shop
    cats = {p.get("category") for p in catalog.values()}
    brands = {s.split("-")[0] for s in catalog}
    zero = [s for s, p in catalog.items() if p.get("stock") == 0]
    nostock = [s for s, p in catalog.items() if "stock" not in p]
    if not 70 <= len(catalog) <= 80:
        bad("catalog has %d products, want 70-80" % len(catalog))
    if not 8 <= len(cats) <= 10:
        bad("catalog has %d categories, want 8-10" % len(cats))
    if not 6 <= len(brands) <= 7:
        bad("catalog has %d brands, want 6-7" % len(brands))
    if not 10 <= len(zero) <= 14:
        bad("%d products with stock 0, want about 12" % len(zero))
    if not 2 <= len(nostock) <= 3:
        bad("%d products without stock, want 2-3" % len(nostock))
    if not 18 <= len(faq) <= 20:
        bad("%d FAQ entries, want 18-20" % len(faq))
    if not 11 <= len(orders) <= 13:
        bad("%d orders, want about 12" % len(orders))
    missing_status = STATUSES - {o.get("status") for o in orders.values()}
    if missing_status:
        bad("no order with status %s" % sorted(missing_status))
    return catalog, faq, orders


# ------------------------------------------------------------------ 3. cases
def flat_values(v):
    if isinstance(v, dict):
        for x in v.values():
            yield from flat_values(x)
    elif isinstance(v, list):
        for x in v:
            yield from flat_values(x)
    elif not isinstance(v, bool):
        yield str(v)


def product_fact(p, e):
    """Is expected string e a fact of product p? Returns the kind of fact or None."""
    stock = p.get("stock")
    if e == fmt(p["price"]):
        return "price"
    if e == "out of stock" and stock == 0:
        return "stock"
    if e == "in stock" and isinstance(stock, int) and stock > 0:
        return "stock"
    if isinstance(stock, int) and stock > 0 and e == str(stock):
        return "count"
    if any(e.lower() in v.lower() for v in flat_values(p.get("attributes", {}))):
        return "attribute"
    return None


def check_cases(catalog, faq, orders):
    try:
        refs = json.load(open(REFS, encoding="utf-8"))
    except (OSError, ValueError) as e:
        bad("case_refs.json: %s" % e)
        return
    cases = []
    with open(CASES, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                cases.append(json.loads(line))
            except ValueError as e:
                bad("cases.jsonl line %d: bad JSON (%s)" % (n, e))
                cases.append(None)
    if len(cases) != 100:
        bad("cases.jsonl has %d cases, want 100" % len(cases))
    if not isinstance(refs, list) or len(refs) != len(cases):
        bad("case_refs.json must list one ref per case")
        return
    counts = {}
    families = {}
    for s, p in catalog.items():
        families.setdefault(family(s), []).append(p)
    all_prices = {fmt(p["price"]) for p in catalog.values()}
    catalog_text = " ".join(
        " ".join([p.get("name", ""), p.get("description", "")] + list(flat_values(p.get("attributes", {}))))
        for p in catalog.values()).lower()
    missing_i = 0

    for i, (c, ref) in enumerate(zip(cases, refs), 1):
        where = "case %d" % i
        if c is None:
            continue
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            bad(where + ": keys must be turns, expect, forbid, kind")
            continue
        turns, expect, forbid, kind = c["turns"], c["expect"], c["forbid"], c["kind"]
        if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)):
            bad(where + ": turns must be non-empty strings")
            continue
        if not (isinstance(expect, list) and all(isinstance(t, str) and t for t in expect)):
            bad(where + ": expect must be a list of strings")
            continue
        if not (isinstance(forbid, list) and all(isinstance(t, str) and t for t in forbid)):
            bad(where + ": forbid must be a list of strings")
            continue
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KIND_COUNTS:
            bad(where + ": unknown kind %r" % (kind,))
            continue
        for e in expect:
            for fb in forbid:
                if fb.lower() in e.lower() or e.lower() in fb.lower():
                    bad(where + ": expect %r and forbid %r overlap" % (e, fb))
        text = " ".join(turns).lower()

        if kind in ("price", "stock", "attribute", "followup"):
            p = catalog.get(ref)
            if p is None:
                bad(where + ": ref %r is not a catalog sku" % (ref,))
                continue
            if not expect:
                bad(where + ": expect is empty")
            if kind == "followup":
                if not 2 <= len(turns) <= 3:
                    bad(where + ": a followup has 2-3 turns")
            elif len(turns) != 1:
                bad(where + ": a %s case has one turn" % kind)
            facts = [product_fact(p, e) for e in expect]
            for e, fct in zip(expect, facts):
                if fct is None:
                    bad(where + ": expect %r is not a fact of %s" % (e, ref))
            others = {fmt(q["price"]) for q in families[family(ref)] if q is not p} - {fmt(p["price"])}
            for fb in forbid:
                if fb == "out of stock":
                    if not (isinstance(p.get("stock"), int) and p["stock"] > 0):
                        bad(where + ": forbids 'out of stock' but %s is not in stock" % ref)
                elif fb not in others:
                    bad(where + ": forbid %r is not another variant's price of %s" % (fb, ref))
            if kind == "price":
                if expect != [fmt(p["price"])]:
                    bad(where + ": price case must expect exactly %s" % fmt(p["price"]))
                if set(forbid) != others:
                    bad(where + ": price case must forbid the other variants' prices %s, has %s"
                        % (sorted(others), sorted(forbid)))
            elif kind == "stock":
                st = p.get("stock")
                if not isinstance(st, int):
                    bad(where + ": stock case about %s, which has no stock field" % ref)
                elif st == 0 and expect != ["out of stock"]:
                    bad(where + ": %s has stock 0, expect must be ['out of stock']" % ref)
                elif st > 0 and expect not in ([str(st)], ["in stock"]):
                    bad(where + ": %s has stock %d, expect must be the count or 'in stock'" % (ref, st))
                elif st > 0 and expect == [str(st)] and "how many" not in text:
                    bad(where + ": expects the count but the shopper doesn't ask how many")
            elif kind == "attribute":
                if any(f != "attribute" for f in facts):
                    bad(where + ": attribute case must expect attribute values")

        elif kind == "faq":
            q = faq.get(ref)
            if q is None:
                bad(where + ": ref %r is not a FAQ id" % (ref,))
                continue
            if not expect:
                bad(where + ": expect is empty")
            for e in expect:
                if e.lower() not in q["answer"].lower():
                    bad(where + ": %r not in FAQ %s" % (e, ref))
            for fb in forbid:
                if fb.lower() in q["answer"].lower():
                    bad(where + ": forbid %r is in FAQ %s" % (fb, ref))

        elif kind == "order":
            o = orders.get(ref)
            if o is None:
                bad(where + ": ref %r is not an order id" % (ref,))
                continue
            if len(turns) != 1:
                bad(where + ": an order case has one turn")
            if ref.lower() not in text:
                bad(where + ": message doesn't give the order id")
            if o["email"].lower() not in text:
                bad(where + ": message doesn't give the order's email")
            if not re.search(r"\b%s\b" % re.escape(o["email"].lower()), text):
                bad(where + ": email not found as a whole word")
            for z in re.findall(r"\b\d{5}\b", text):
                if z != o["postcode"] and "cc-" + z not in text:
                    bad(where + ": ZIP %s doesn't match the order" % z)
            fields = [o.get("status", ""), o.get("carrier", ""), o.get("eta", "")]
            if not expect:
                bad(where + ": expect is empty")
            for e in expect:
                if not any(e.lower() in f.lower() for f in fields if f):
                    bad(where + ": %r is not the status/carrier/eta of %s" % (e, ref))
            if not any(e.lower() in o["status"] for e in expect) and not any(
                    e == o.get("carrier") for e in expect):
                bad(where + ": expect neither the status nor the carrier")

        elif kind == "missing":
            if ref is not None:
                bad(where + ": ref of a missing case must be null")
            if expect:
                bad(where + ": a missing case expects nothing")
            if not forbid:
                bad(where + ": a missing case forbids the closest products' prices")
            for fb in forbid:
                if fb not in all_prices:
                    bad(where + ": forbid %r is not a catalog price" % fb)
            if missing_i < len(MISSING_TERMS):
                terms = MISSING_TERMS[missing_i]
                if not any(t in text for t in terms):
                    bad(where + ": shopper's message doesn't ask for %s" % terms)
                for t in terms:
                    if t in catalog_text:
                        bad(where + ": %r is in the catalog, so the shop sells it" % t)
            missing_i += 1

    if missing_i != len(MISSING_TERMS):
        bad("%d missing cases, MISSING_TERMS lists %d" % (missing_i, len(MISSING_TERMS)))
    for k, want in KIND_COUNTS.items():
        if counts.get(k, 0) != want:
            bad("kind %s: %d cases, want %d" % (k, counts.get(k, 0), want))
    faq_refs = [r for r, c in zip(refs, cases) if c and c.get("kind") == "faq"]
    if len(set(faq_refs)) != len(faq_refs):
        bad("faq cases repeat a FAQ id")
    order_refs = [r for r, c in zip(refs, cases) if c and c.get("kind") == "order"]
    if len(set(order_refs)) != len(order_refs):
        bad("order cases repeat an order id")
    return counts


def main(argv):
    if len(argv) != 2:
        print("usage: python data/eval/blind9/check.py STORE_DIR", file=sys.stderr)
        return 2
    store_dir = argv[1]
    check_reproducible(store_dir)
    catalog, faq, orders = check_store(store_dir)
    counts = check_cases(catalog, faq, orders) or {}
    if problems:
        print("FAIL: %d problem(s)" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("OK: store reproducible and valid: %d products, %d FAQ entries, %d orders"
          % (len(catalog), len(faq), len(orders)))
    print("OK: %d cases agree with the store (%s)"
          % (sum(counts.values()), ", ".join("%s %d" % (k, counts[k]) for k in KIND_COUNTS)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
