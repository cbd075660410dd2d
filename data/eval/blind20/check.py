#!/usr/bin/env python3
"""Self-check for the blind20 evaluation kit (Bomnal Beauty House, KRW).

    python check.py

Builds the store twice into temporary folders, compares them byte for byte, validates
Store format v1, then checks cases.jsonl / case_refs.json against the built data.
Prints PASS and exits 0 when everything holds; otherwise lists the problems and exits 1.
Standard library only. Nothing is written into the kit folder.
"""
import collections
import datetime
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

KIT = os.path.dirname(os.path.abspath(__file__))
ERRORS = []

KIND_COUNTS = {"price": 15, "stock": 15, "attributes": 15, "policy": 15, "orders": 17,
               "followups": 15, "missing": 8}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@example\.(com|net|org)$")
ANY_EMAIL_RE = re.compile(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]+", re.I)
ORDER_ID_RE = re.compile(r"\bBB\d{5}\b", re.I)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PRICE_FORM_RE = re.compile(r"^(\d{1,3}(,\d{3})+|\d+)$")
BUILT_NAMES = ("store.json", "catalog.jsonl", "faq.jsonl", "orders.jsonl", "images")
# Things the "missing" cases ask for; the shop must sell none of them.
MISSING_TERMS = ["nail polish", "nail", "hair dye", "beard", "led face", "light therapy", "perfume",
                 "collagen", "supplement", "contact lens", "tretinoin"]


def err(msg):
    ERRORS.append(msg)


# ---------------------------------------------------------------- build twice
def build(dest):
    r = subprocess.run([sys.executable, os.path.join(KIT, "make_store.py"), dest],
                       capture_output=True, text=True)
    if r.returncode != 0:
        err("make_store.py failed: %s" % r.stderr.strip())
    files = {}
    for root, _, names in os.walk(dest):
        for n in names:
            p = os.path.join(root, n)
            with open(p, "rb") as f:
                files[os.path.relpath(p, dest).replace(os.sep, "/")] = f.read()
    return files


def rendered(price):
    """Every rendering a reply might use for a whole-won price: 32500 and 32,500."""
    return [str(price), "{:,}".format(price)]


def png_ok(data):
    """Return (w, h) if data is a well-formed PNG, else raise ValueError."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValueError("no PNG signature")
    pos, idat, w = 8, b"", None
    seen_end = False
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise ValueError("bad CRC in %r" % kind)
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            seen_end = True
        pos += 12 + length
    if w is None or not seen_end:
        raise ValueError("missing IHDR or IEND")
    raw = zlib.decompress(idat)
    if depth != 8 or ctype != 2 or len(raw) != h * (1 + 3 * w):
        raise ValueError("unexpected pixel data")
    return w, h


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def main():
    # ------------------------------------------------ nothing built kept in the kit
    for n in BUILT_NAMES:
        if os.path.exists(os.path.join(KIT, n)):
            err("built output %s must not be kept in the kit folder" % n)

    tmp = tempfile.mkdtemp(prefix="blind20-check-")
    try:
        a = build(os.path.join(tmp, "a"))
        b = build(os.path.join(tmp, "b"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if sorted(a) != sorted(b):
        err("two builds wrote different file lists")
    for k in a:
        if a.get(k) != b.get(k):
            err("two builds differ in %s" % k)
    for req in ("store.json", "catalog.jsonl", "faq.jsonl", "orders.jsonl"):
        if req not in a:
            err("build did not write %s" % req)
    if ERRORS:
        return finish()

    # ------------------------------------------------ store.json
    store = json.loads(a["store.json"].decode("utf-8"))
    if store.get("currency") != "KRW" or store.get("locale") != "en-KR" or not store.get("name"):
        err("store.json must have name, currency KRW, locale en-KR")

    # ------------------------------------------------ catalog
    catalog, by_sku = [], {}
    image_paths, image_bytes = set(), {}
    for ln, line in enumerate(a["catalog.jsonl"].decode("utf-8").splitlines(), 1):
        try:
            p = json.loads(line)
        except ValueError as e:
            err("catalog line %d: bad JSON (%s)" % (ln, e))
            continue
        where = "catalog line %d" % ln
        for f in ("sku", "name", "price", "images"):
            if f not in p:
                err("%s: missing required field %s" % (where, f))
        sku = p.get("sku")
        if not isinstance(sku, str) or not sku:
            err("%s: sku must be a non-empty string" % where)
            continue
        if sku in by_sku:
            err("%s: duplicate sku %s" % (where, sku))
        if not isinstance(p.get("name"), str) or not p["name"].strip():
            err("%s: name must be a non-empty string" % where)
        price = p.get("price")
        if not isinstance(price, int) or isinstance(price, bool) or not 3000 <= price <= 99000:
            err("%s: price must be whole won between 3000 and 99000, got %r" % (where, price))
        if p.get("currency", "KRW") != "KRW":
            err("%s: currency must be KRW" % where)
        st = p.get("stock")
        if not isinstance(st, int) or isinstance(st, bool) or st < 0:
            err("%s: stock must be an integer >= 0" % where)
        if "attributes" in p and not isinstance(p["attributes"], dict):
            err("%s: attributes must be an object" % where)
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            err("%s: images must be a non-empty list" % where)
            imgs = []
        for rel in imgs:
            if (not isinstance(rel, str) or rel.startswith("/") or "\\" in rel or ":" in rel
                    or ".." in rel.split("/")):
                err("%s: image path %r is not a plain relative path" % (where, rel))
                continue
            if rel in image_paths:
                err("%s: image path %s used twice" % (where, rel))
            image_paths.add(rel)
            data = a.get(rel)
            if data is None:
                err("%s: image %s was not written" % (where, rel))
                continue
            try:
                png_ok(data)
            except Exception as e:  # noqa: BLE001
                err("%s: image %s is not a valid PNG (%s)" % (where, rel, e))
            if data in image_bytes:
                err("%s: image %s has the same bytes as %s" % (where, rel, image_bytes[data]))
            image_bytes[data] = rel
        by_sku[sku] = p
        catalog.append(p)
    extra_images = [k for k in a if k.startswith("images/") and k not in image_paths]
    if extra_images:
        err("images written but not referenced: %s" % extra_images[:5])
    if not 90 <= len(catalog) <= 100:
        err("catalog should hold 90-100 products, has %d" % len(catalog))

    # awkwardness the README promises
    names = collections.Counter(p["name"] for p in catalog)
    if max(names.values()) < 4:
        err("expected at least one name shared by several products (shades)")
    if sum(1 for p in catalog if p.get("stock") == 0) < 5:
        err("expected at least 5 products out of stock")
    if sum(1 for p in catalog if p.get("stock") in (1, 2)) < 5:
        err("expected at least 5 products with only 1 or 2 left")
    if not any(isinstance(v, list) for p in catalog for v in p.get("attributes", {}).values()):
        err("expected some list-valued attributes (colours/shades inside one product)")
    if not any(len(p.get("description", "")) > 450 for p in catalog):
        err("expected some long descriptions")
    if not any(re.search(r"SPF\d+\+? PA\++", p["name"]) for p in catalog):
        err("expected sunscreens with SPF and PA in the name")

    # ------------------------------------------------ faq
    faq = {}
    for ln, line in enumerate(a["faq.jsonl"].decode("utf-8").splitlines(), 1):
        q = json.loads(line)
        if not q.get("id") or not q.get("question") or not q.get("answer"):
            err("faq line %d: id, question and answer are required" % ln)
        if q.get("id") in faq:
            err("faq line %d: duplicate id %s" % (ln, q.get("id")))
        faq[q.get("id")] = q

    # ------------------------------------------------ orders
    orders = {}
    for ln, line in enumerate(a["orders.jsonl"].decode("utf-8").splitlines(), 1):
        o = json.loads(line)
        where = "orders line %d" % ln
        oid = o.get("order_id")
        if not oid or not ORDER_ID_RE.fullmatch(oid):
            err("%s: bad order_id %r" % (where, oid))
        if oid in orders:
            err("%s: duplicate order_id %s" % (where, oid))
        if not EMAIL_RE.match(o.get("email", "")):
            err("%s: email %r is not on example.com/.net/.org" % (where, o.get("email")))
        if o.get("status") not in STATUSES:
            err("%s: bad status %r" % (where, o.get("status")))
        if not valid_date(o.get("placed")):
            err("%s: bad placed date %r" % (where, o.get("placed")))
        if "eta" in o:
            if not valid_date(o["eta"]):
                err("%s: bad eta %r" % (where, o["eta"]))
            elif valid_date(o.get("placed")) and o["eta"] < o["placed"]:
                err("%s: eta before placed" % where)
        if "carrier" in o and (not isinstance(o["carrier"], str) or not o["carrier"].strip()):
            err("%s: carrier must be a non-empty string when present" % where)
        for it in o.get("items", []):
            if it.get("sku") not in by_sku or not isinstance(it.get("qty"), int) or it["qty"] < 1:
                err("%s: bad item %r" % (where, it))
        if not o.get("items"):
            err("%s: no items" % where)
        orders[oid] = o
    if {o["status"] for o in orders.values()} != STATUSES:
        err("orders must use every status")
    if len({o["carrier"] for o in orders.values() if "carrier" in o}) < 5:
        err("orders should use at least 5 carriers (incl. in-store pickup)")
    if not any("carrier" not in o for o in orders.values()) or not any("eta" not in o for o in orders.values()):
        err("some orders must have no carrier and no eta")
    if max(collections.Counter(o["email"] for o in orders.values()).values()) < 2:
        err("one customer must have two orders")
    if sum(1 for o in orders.values() if not re.fullmatch(r"\d{5}", o.get("postcode", ""))) < 4:
        err("expected several orders from abroad (non-Korean postcodes)")

    # ------------------------------------------------ text blobs
    catalog_text = a["catalog.jsonl"].decode("utf-8").lower()
    faq_text = a["faq.jsonl"].decode("utf-8").lower()
    store_text = a["store.json"].decode("utf-8").lower()
    info_text = catalog_text + "\n" + faq_text + "\n" + store_text   # what a reply may legitimately quote
    all_text = info_text + "\n" + a["orders.jsonl"].decode("utf-8").lower()
    prices = sorted({p["price"] for p in catalog})
    for term in MISSING_TERMS:
        if re.search(r"\b%s\b" % re.escape(term), catalog_text):
            err("catalog mentions %r, which a 'missing' case says the shop does not sell" % term)

    def product_blob(p):
        return " ".join([p["sku"], p["name"], p.get("description", ""),
                         json.dumps(p.get("attributes", {}), ensure_ascii=False)]).lower()

    def attr_values(p):
        out = []
        for v in p.get("attributes", {}).values():
            out.extend(str(x) for x in (v if isinstance(v, list) else [v]))
        return [x.lower() for x in out]

    def price_ok(p, exp, where):
        pr = p["price"]
        if not exp or not all(e.isdigit() for e in exp):
            return "price expects must be digit strings"
        if len(exp[0]) < 2:
            return "price expect must have at least 2 digits"
        if exp[0] != "{:,}".format(pr).split(",")[0]:
            return "first price expect must be the thousands part of %s" % "{:,}".format(pr)
        for e in exp:
            if not all(e in r for r in rendered(pr)):
                return "price expect %r is not in every rendering of %d" % (e, pr)
        # discrimination: the thousands part must not come from other numbers a reply is likely to hold
        if exp[0] in product_blob(p):
            return "price expect %r also appears in the product's name/description/attributes" % exp[0]
        if exp[0] in str(p.get("stock")):
            return "price expect %r appears in the stock count" % exp[0]
        for q in catalog:
            if q["name"] == p["name"] and q["price"] != pr and any(exp[0] in r for r in rendered(q["price"])):
                return "price expect %r appears in the price of same-name %s" % (exp[0], q["sku"])
        return None

    def stock_ok(p, exp):
        want = str(p["stock"]) if p["stock"] > 0 else "out of stock"
        if exp != [want]:
            return "stock expect should be [%r]" % want
        return None

    def attr_ok(p, exp):
        if len(exp) != 1:
            return "attribute cases expect exactly one value"
        e = exp[0].lower()
        if not any(e in v for v in attr_values(p)):
            return "attribute expect %r is not a stored attribute value of %s" % (exp[0], p["sku"])
        if e in p["name"].lower():
            return "attribute expect %r is part of the product name (too easy)" % exp[0]
        return None

    def order_expect_ok(o, exp):
        if not exp:
            return "order cases need at least one expect"
        for e in exp:
            el = e.lower()
            good = (el == o["status"] or (o["status"] == "cancelled" and el == "cancel")
                    or ("carrier" in o and len(el) >= 3 and el in o["carrier"].lower())
                    or e in (o.get("placed"), o.get("eta")))
            if DATE_RE.match(e) and not valid_date(e):
                good = False
            if not good:
                return "order expect %r is not the stored status/carrier/date of %s" % (e, o["order_id"])
        return None

    # ------------------------------------------------ cases
    cases = []
    with open(os.path.join(KIT, "cases.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err("cases.jsonl line %d is blank" % ln)
                continue
            cases.append(json.loads(line))
    with open(os.path.join(KIT, "case_refs.json"), encoding="utf-8") as f:
        refs = json.load(f)
    if len(cases) != 100:
        err("cases.jsonl must hold exactly 100 cases, has %d" % len(cases))
    if len(refs) != len(cases):
        err("case_refs.json has %d entries for %d cases" % (len(refs), len(cases)))
    counts = collections.Counter(c.get("kind") for c in cases)
    if dict(counts) != KIND_COUNTS:
        err("kind counts %s, want %s" % (dict(counts), KIND_COUNTS))

    all_turns = collections.Counter()
    prefixes = collections.Counter()
    proof = noproof = 0
    followup_orders = 0
    for i, (c, ref) in enumerate(zip(cases, refs), 1):
        where = "case %d (%s)" % (i, c.get("kind"))
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            err("%s: keys must be turns, expect, forbid, kind" % where)
            continue
        turns, exp, forb, kind = c["turns"], c["expect"], c["forbid"], c["kind"]
        if (not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns)
                or not all(isinstance(x, str) and x for x in exp + forb)):
            err("%s: turns/expect/forbid must be lists of non-empty strings" % where)
            continue
        low_turns = [t.lower() for t in turns]
        joined = "\n".join(low_turns)

        # shopper-text rules
        for t in turns:
            all_turns[t.strip()] += 1
            if ORDER_ID_RE.sub("", t) != ORDER_ID_RE.sub("", t).lower():
                err("%s: shopper text must be lower case (order ids excepted): %r" % (where, t))
            if "email" in t.lower() or "e-mail" in t.lower():
                err("%s: shoppers never type the word email: %r" % (where, t))
        prefixes[" ".join(re.findall(r"[a-z0-9']+", low_turns[0])[:3])] += 1
        for s in exp + forb:
            if s.lower() in joined:
                err("%s: %r appears in the shopper's own message" % (where, s))
        for e in exp:
            if DATE_RE.match(e) and not valid_date(e):
                err("%s: bad date expect %r" % (where, e))

        # ref must exist and fit the kind
        if kind == "missing":
            if ref is not None:
                err("%s: missing cases have a null ref" % where)
        elif kind in ("price", "stock", "attributes"):
            if ref not in by_sku:
                err("%s: ref %r is not a SKU" % (where, ref))
                continue
        elif kind == "policy":
            if ref not in faq:
                err("%s: ref %r is not a FAQ id" % (where, ref))
                continue
        elif kind == "orders":
            if ref not in orders:
                err("%s: ref %r is not an order id" % (where, ref))
                continue
        elif kind == "followups":
            if ref not in by_sku and ref not in orders:
                err("%s: ref %r is neither a SKU nor an order id" % (where, ref))
                continue

        # expects match the built data
        problem = None
        if kind == "price":
            problem = price_ok(by_sku[ref], exp, where)
        elif kind == "stock":
            problem = stock_ok(by_sku[ref], exp)
        elif kind == "attributes":
            problem = attr_ok(by_sku[ref], exp)
        elif kind == "policy":
            if len(exp) != 1 or exp[0].lower() not in faq[ref]["answer"].lower():
                problem = "policy expect must be one fact from the answer of %s" % ref
        elif kind == "orders":
            o = orders[ref]
            if o["order_id"].lower() not in joined:
                problem = "the shopper must give the order id"
            elif exp == ["email"]:
                noproof += 1
                if o["email"] in joined:
                    problem = "a no-proof case must not contain the matching email"
                elif "carrier" not in o or "eta" not in o:
                    problem = "no-proof cases should use an order with carrier and eta"
                elif (len(forb) != 2 or forb[1] != o["eta"] or len(forb[0]) < 3
                      or forb[0].lower() not in o["carrier"].lower()):
                    problem = "no-proof forbid must be [part of carrier, eta] of %s" % ref
                else:
                    for s in forb:
                        if s.lower() in info_text:
                            problem = "no-proof forbid %r appears in catalog/FAQ/store text" % s
            else:
                proof += 1
                if o["email"] not in joined:
                    problem = "a proof case must contain the matching email"
                else:
                    problem = order_expect_ok(o, exp)
        elif kind == "followups":
            if len(turns) < 2:
                problem = "followups need at least two turns"
            elif ref in orders:
                followup_orders += 1
                o = orders[ref]
                if o["email"] in low_turns[0] or o["email"] not in low_turns[-1]:
                    problem = "the order follow-up gives the email in a later turn, not the first"
                elif o["order_id"].lower() not in joined:
                    problem = "the order follow-up must give the order id"
                else:
                    problem = order_expect_ok(o, exp)
            else:
                p = by_sku[ref]
                if p["name"].lower() in low_turns[-1]:
                    problem = "the last turn must refer back without the full product name"
                elif not exp:
                    problem = "follow-ups need an expect"
                elif price_ok(p, exp, where) and stock_ok(p, exp) and attr_ok(p, exp):
                    problem = ("follow-up expect %r is not a price part, stock or attribute of %s"
                               % (exp, ref))
        elif kind == "missing":
            if exp != []:
                problem = "missing cases expect nothing"
            elif not forb:
                problem = "missing cases forbid invented prices"
            for s in forb:
                if not PRICE_FORM_RE.match(s):
                    problem = "missing forbid %r is not a price" % s
                    break
                n = int(s.replace(",", ""))
                if n in prices:
                    problem = "missing forbid %r is a real price" % s
                    break
                if s.lower() in all_text:
                    problem = "missing forbid %r appears in the store text" % s
                    break
                for pr in prices:
                    for r in rendered(pr):
                        if s in r:   # a reply quoting a real price must never trip it
                            problem = "missing forbid %r is part of real price %s" % (s, r)
        if problem:
            err("%s: %s" % (where, problem))

        # forbids must not collide with real facts of the referenced item
        if kind in ("price", "stock", "attributes", "followups", "policy") or (kind == "orders" and exp != ["email"]):
            if ref in by_sku:
                blob = product_blob(by_sku[ref]) + " " + " ".join(rendered(by_sku[ref]["price"])) \
                    + " " + str(by_sku[ref]["stock"])
            elif ref in orders:
                blob = json.dumps(orders[ref]).lower()
            elif ref in faq:
                blob = (faq[ref]["question"] + " " + faq[ref]["answer"]).lower()
            else:
                blob = ""
            for s in forb:
                if s.lower() in blob:
                    err("%s: forbid %r is a real fact of %s" % (where, s, ref))

    if proof != 12 or noproof != 5:
        err("orders: want 12 with proof and 5 without, got %d and %d" % (proof, noproof))
    if followup_orders != 1:
        err("followups: want exactly one order whose email comes in a later turn, got %d" % followup_orders)
    dup = [t for t, n in all_turns.items() if n > 1]
    if dup:
        err("shopper turns repeated word for word: %s" % dup[:5])
    common = [(p, n) for p, n in prefixes.items() if n > 3]
    if common:
        err("too many cases open with the same three words (template-like): %s" % common)
    return finish()


def finish():
    if ERRORS:
        for e in ERRORS:
            print("FAIL:", e)
        print("%d problem(s)" % len(ERRORS))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
