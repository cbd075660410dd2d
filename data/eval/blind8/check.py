#!/usr/bin/env python3
"""Check the blind8 store and cases.

Usage: python data/eval/blind8/check.py STORE_DIR

1. The store in STORE_DIR follows store format v1 (STORE.md) and the shop brief
   (GBP/en-GB, ~70 products in 8-10 categories, 18-20 FAQ entries, 12 orders
   with every status, UK postcodes, ...).
2. STORE_DIR is exactly what make_store.py writes (and make_store.py is
   deterministic: two fresh builds are byte-identical).
3. cases.jsonl / case_refs.json agree with the store: every expected price,
   value, count or fact is really in the referenced item, forbidden strings
   are what the rules say, counts per kind are right, every FAQ entry has a
   case, and so on.

Exit status 0 when everything passes; otherwise every problem is listed.
Standard library only (Pillow is used to decode images when available).
"""
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))

KIND_COUNTS = {"price": 15, "stock": 15, "attribute": 10, "followup": 20,
               "faq": 20, "order": 12, "missing": 8}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
CARRIERS = {"Royal Mail", "DPD", "Evri"}
IMAGE_EXT = (".jpg", ".jpeg", ".png", ".webp")
UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$")
ORDER_ID = re.compile(r"^PP-\d{5}$")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
BRANDS = ["Hollin Botanics", "Kelda", "Wren Street", "Saltmarsh Apothecary",
          "Brae & Burn", "Orla Rose", "Moss & Marram"]
# For each missing case, in file order: the thing the shopper asks for, which
# must appear in the shopper's words and nowhere in the catalogue.
MISSING_TERMS = ["retinol", "dry shampoo", "beard", "eye cream", "nail", "dye",
                 "coconut", "charcoal"]

errors = []


def err(msg):
    errors.append(msg)


def low(s):
    return s.lower()


def money(p):
    return "%.2f" % p


def norm_brand(s):
    return low(s).replace("&", "and").replace(" st ", " street ")


# --------------------------------------------------------------------------
# store
# --------------------------------------------------------------------------
def read_jsonl(path, what):
    rows = []
    if not os.path.isfile(path):
        err("%s: missing" % what)
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                err("%s line %d: blank line" % (what, n))
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (what, n, e))
                continue
            if not isinstance(obj, dict):
                err("%s line %d: not an object" % (what, n))
                continue
            rows.append(obj)
    return rows


def check_image(path, label):
    if not os.path.isfile(path):
        err("%s: image %s missing" % (label, path))
        return
    try:
        from PIL import Image
    except ImportError:
        Image = None
    if Image is not None:
        try:
            with Image.open(path) as im:
                im.load()
                if im.size != (256, 256):
                    err("%s: image %s is %dx%d, want 256x256" % ((label, path) + im.size))
        except Exception as e:  # noqa: BLE001
            err("%s: image %s does not decode (%s)" % (label, path, e))
    else:
        with open(path, "rb") as fh:
            head = fh.read(24)
        if head[:8] != b"\x89PNG\r\n\x1a\n":
            err("%s: image %s is not a PNG" % (label, path))
        elif (int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")) != (256, 256):
            err("%s: image %s is not 256x256" % (label, path))


def check_store(store):
    sj_path = os.path.join(store, "store.json")
    sj = {}
    if not os.path.isfile(sj_path):
        err("store.json missing")
    else:
        with open(sj_path, encoding="utf-8") as fh:
            sj = json.load(fh)
        for k in ("name", "currency", "locale", "greeting"):
            if not isinstance(sj.get(k), str) or not sj.get(k):
                err("store.json: %s missing or empty" % k)
        if sj.get("currency") != "GBP":
            err("store.json: currency should be GBP")
        if sj.get("locale") != "en-GB":
            err("store.json: locale should be en-GB")

    # ---- catalog
    cat = read_jsonl(os.path.join(store, "catalog.jsonl"), "catalog.jsonl")
    by_sku = {}
    for i, p in enumerate(cat, 1):
        label = "catalog line %d (%s)" % (i, p.get("sku"))
        for k in ("sku", "name"):
            if not isinstance(p.get(k), str) or not p[k].strip():
                err("%s: required %s missing" % (label, k))
        if not isinstance(p.get("price"), (int, float)) or isinstance(p.get("price"), bool) \
                or p["price"] <= 0:
            err("%s: price missing or not a positive number" % label)
        elif abs(round(p["price"], 2) - p["price"]) > 1e-9:
            err("%s: price has more than 2 decimals" % label)
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            err("%s: images must be a non-empty list" % label)
            imgs = []
        for rel in imgs:
            if not isinstance(rel, str) or not low(rel).endswith(IMAGE_EXT):
                err("%s: image %r not JPEG/PNG/WebP" % (label, rel))
                continue
            check_image(os.path.join(store, rel), label)
        if p.get("currency", "GBP") != "GBP":
            err("%s: currency not GBP" % label)
        if "stock" in p and (not isinstance(p["stock"], int) or isinstance(p["stock"], bool)
                             or p["stock"] < 0):
            err("%s: stock must be a non-negative integer" % label)
        if not isinstance(p.get("attributes", {}), dict):
            err("%s: attributes must be an object" % label)
        if not p.get("category"):
            err("%s: category missing" % label)
        if not any(str(p.get("name", "")).startswith(b) for b in BRANDS):
            err("%s: name does not start with a known brand" % label)
        sku = p.get("sku")
        if sku in by_sku:
            err("%s: duplicate sku" % label)
        valid = (isinstance(sku, str) and isinstance(p.get("name"), str)
                 and isinstance(p.get("price"), (int, float))
                 and not isinstance(p.get("price"), bool))
        if valid:  # bad rows are reported above and left out of the case checks
            by_sku[sku] = p
    n = len(by_sku)
    if not 65 <= n <= 75:
        err("catalog: %d products, want about 70" % n)
    cats = {str(p.get("category")) for p in cat}
    if not 8 <= len(cats) <= 10:
        err("catalog: %d categories, want 8-10" % len(cats))
    if sum(1 for p in cat if p.get("stock") == 0) < 5:
        err("catalog: want several products with stock 0")
    nostock = sum(1 for p in cat if "stock" not in p)
    if not 2 <= nostock <= 5:
        err("catalog: want a few products without a stock field (have %d)" % nostock)
    brands_used = {b for b in BRANDS for p in cat if str(p.get("name", "")).startswith(b)}
    if len(brands_used) < 5 or not any(" " in b for b in brands_used):
        err("catalog: want several brands, some of two words")
    if not any("shade" in p.get("attributes", {}) for p in cat):
        err("catalog: no shade variants")
    names = [low(str(p.get("name", ""))) for p in cat]
    if len(set(names)) != len(names):
        err("catalog: duplicate product names")
    for p in cat:
        if not isinstance(p.get("images"), list) or len(p["images"]) != 1:
            err("%s: want exactly one generated image" % p.get("sku"))

    # ---- faq
    faq = read_jsonl(os.path.join(store, "faq.jsonl"), "faq.jsonl")
    faq_by_id = {}
    for i, f in enumerate(faq, 1):
        for k in ("id", "question", "answer"):
            if not isinstance(f.get(k), str) or not f[k].strip():
                err("faq line %d: %s missing" % (i, k))
        if f.get("id") in faq_by_id:
            err("faq line %d: duplicate id %s" % (i, f.get("id")))
        faq_by_id[f.get("id")] = f
    if not 18 <= len(faq_by_id) <= 20:
        err("faq: %d entries, want 18-20" % len(faq_by_id))
    faq_text = low(" ".join(f.get("answer", "") for f in faq))
    for topic in ("highlands", "northern ireland", "jersey", "opened", "patch test", "allerg",
                  "samples", "points", "gift wrap", "subscribe", "click & collect", "klarna",
                  "damaged", "cancel", "tracking", "cruelty-free", "vegan", "usa"):
        if topic not in faq_text:
            err("faq: topic %r not covered" % topic)

    # ---- orders
    orders = read_jsonl(os.path.join(store, "orders.jsonl"), "orders.jsonl")
    ord_by_id = {}
    for i, o in enumerate(orders, 1):
        label = "orders line %d (%s)" % (i, o.get("order_id"))
        oid = o.get("order_id")
        if not isinstance(oid, str) or not ORDER_ID.match(oid):
            err("%s: order_id not in PP-nnnnn format" % label)
        if oid in ord_by_id:
            err("%s: duplicate order_id" % label)
        ord_by_id[oid] = o
        if not EMAIL.fullmatch(o.get("email", "")):
            err("%s: bad email" % label)
        if not UK_POSTCODE.match(o.get("postcode", "")):
            err("%s: postcode is not a UK postcode" % label)
        try:
            placed = date.fromisoformat(o.get("placed", ""))
        except ValueError:
            err("%s: placed is not a date" % label)
            placed = None
        st = o.get("status")
        if st not in STATUSES:
            err("%s: status %r not allowed" % (label, st))
        if "carrier" in o and o["carrier"] not in CARRIERS:
            err("%s: carrier %r unknown" % (label, o["carrier"]))
        if st in ("shipped", "delivered") and "carrier" not in o:
            err("%s: %s order without carrier" % (label, st))
        if st == "shipped" and "eta" not in o:
            err("%s: shipped order without eta" % label)
        if st in ("cancelled",) and ("carrier" in o or "eta" in o):
            err("%s: cancelled order should have no carrier/eta" % label)
        if st in ("delivered", "returned", "cancelled") and "eta" in o:
            err("%s: eta makes no sense for status %s" % (label, st))
        if "eta" in o:
            try:
                eta = date.fromisoformat(o["eta"])
                if placed and eta < placed:
                    err("%s: eta before placed" % label)
            except ValueError:
                err("%s: eta is not a date" % label)
        items = o.get("items")
        if not isinstance(items, list) or not items:
            err("%s: no items" % label)
            items = []
        for it in items:
            if it.get("sku") not in by_sku:
                err("%s: item sku %r not in catalog" % (label, it.get("sku")))
            if not isinstance(it.get("qty"), int) or it["qty"] < 1:
                err("%s: bad qty" % label)
    if len(ord_by_id) != 12:
        err("orders: %d orders, want 12" % len(ord_by_id))
    if {o.get("status") for o in orders} != STATUSES:
        err("orders: not every status is used")
    if {o.get("carrier") for o in orders if o.get("carrier")} != CARRIERS:
        err("orders: want Royal Mail, DPD and Evri all used")
    return by_sku, faq_by_id, ord_by_id


def check_reproducible(store):
    """STORE_DIR must be what make_store.py writes, and two builds must match."""
    maker = os.path.join(HERE, "make_store.py")
    with tempfile.TemporaryDirectory() as tmp:
        outs = []
        for k in ("a", "b"):
            out = os.path.join(tmp, k)
            r = subprocess.run([sys.executable, maker, out], capture_output=True, text=True)
            if r.returncode != 0:
                err("make_store.py failed: %s" % r.stderr.strip()[-500:])
                return
            outs.append(out)

        def files(root):
            res = []
            for d, _, fs in os.walk(root):
                for f in fs:
                    res.append(os.path.relpath(os.path.join(d, f), root))
            return sorted(res)

        fa, fb, fs = files(outs[0]), files(outs[1]), files(store)
        if fa != fb:
            err("make_store.py: two runs give different file lists")
        for rel in fa:
            if rel in fb and not filecmp.cmp(os.path.join(outs[0], rel),
                                             os.path.join(outs[1], rel), shallow=False):
                err("make_store.py: not deterministic (%s differs between runs)" % rel)
        if fs != fa:
            err("STORE_DIR file list differs from a fresh make_store.py build "
                "(extra: %s, missing: %s)" % (sorted(set(fs) - set(fa))[:5],
                                              sorted(set(fa) - set(fs))[:5]))
        for rel in fa:
            if rel in fs and not filecmp.cmp(os.path.join(outs[0], rel),
                                             os.path.join(store, rel), shallow=False):
                err("STORE_DIR/%s differs from a fresh build: rebuild the store" % rel)


# --------------------------------------------------------------------------
# cases
# --------------------------------------------------------------------------
def group(sku):
    return sku.rsplit("-", 1)[0]


def siblings(sku, by_sku):
    g = group(sku)
    return [p for s, p in by_sku.items() if s != sku and group(s) == g]


def attr_tokens(p):
    toks = []
    for v in p.get("attributes", {}).values():
        if isinstance(v, bool):
            continue
        if isinstance(v, list):
            toks.extend(str(x) for x in v)
        else:
            toks.append(str(v))
            if isinstance(v, str) and "," in v:
                toks.extend(x.strip() for x in v.split(","))
    return [low(t) for t in toks]


def in_attrs(s, p):
    s = low(s)
    return any(s == t or (len(s) >= 3 and s in t) for t in attr_tokens(p))


def product_facts(p):
    facts = {money(p["price"])}
    if "stock" in p:
        facts.add(str(p["stock"]))
    return facts


def check_cases(by_sku, faq_by_id, ord_by_id):
    cases_path = os.path.join(HERE, "cases.jsonl")
    refs_path = os.path.join(HERE, "case_refs.json")
    cases = read_jsonl(cases_path, "cases.jsonl")
    with open(refs_path, encoding="utf-8") as fh:
        refs = json.load(fh)
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        err("case_refs.json must be a JSON list of strings")
        return
    if len(cases) != 100:
        err("cases.jsonl: %d cases, want 100" % len(cases))
    if len(refs) != len(cases):
        err("case_refs.json has %d entries for %d cases" % (len(refs), len(cases)))
        return

    counts = {}
    faq_covered = set()
    order_same, order_later, order_wrong = 0, 0, 0
    missing_i = 0
    catalog_text = low(" ".join(
        " ".join([p.get("name", ""), p.get("description", ""), p.get("category", ""),
                  json.dumps(p.get("attributes", {}), ensure_ascii=False)])
        for p in by_sku.values()))
    # the full name, and the name without its size/shade tail ("... 30ml - 03 Medium")
    full_names = sorted({low(p["name"]) for p in by_sku.values()} |
                        {re.sub(r"\s+\d+(ml|g)\b.*$", "", low(p["name"])) for p in by_sku.values()})
    seen_turns = set()

    for i, (c, ref) in enumerate(zip(cases, refs), 1):
        L = "case %d (%s, %s)" % (i, c.get("kind"), ref)
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            err("%s: keys must be turns/expect/forbid/kind" % L)
        turns, expect, forbid, kind = (c.get("turns"), c.get("expect"), c.get("forbid"),
                                       c.get("kind"))
        if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip()
                                                          for t in turns)):
            err("%s: turns must be a non-empty list of strings" % L)
            continue
        if not (isinstance(expect, list) and all(isinstance(x, str) and x for x in expect)):
            err("%s: expect must be a list of non-empty strings" % L)
            continue
        if not (isinstance(forbid, list) and all(isinstance(x, str) and x for x in forbid)):
            err("%s: forbid must be a list of non-empty strings" % L)
            continue
        if kind not in KIND_COUNTS:
            err("%s: unknown kind" % L)
            continue
        counts[kind] = counts.get(kind, 0) + 1
        key = tuple(low(t) for t in turns)
        if key in seen_turns:
            err("%s: duplicate turns" % L)
        seen_turns.add(key)
        user = low(" ".join(turns))
        last = low(turns[-1])
        # generic fairness rules
        for f in forbid:
            for x in expect:
                if low(f) in low(x) or low(x) in low(f):
                    err("%s: forbid %r overlaps expect %r" % (L, f, x))
            if low(f) in user:
                err("%s: forbid %r is in the shopper's own words" % (L, f))
        for x in expect:
            if low(x) in user and low(x) != "out of stock":
                err("%s: expect %r is in the shopper's own words" % (L, x))
        for nm in full_names:
            if nm in user:
                err("%s: shopper copies the catalogue wording %r verbatim" % (L, nm))

        if kind in ("price", "stock", "attribute", "followup", "missing"):
            p = by_sku.get(ref)
            if p is None:
                err("%s: ref is not a catalogue SKU" % L)
                continue
            sibs = siblings(ref, by_sku)
            brand = next((b for b in BRANDS if p["name"].startswith(b)), p["name"].split()[0])
            bkey = norm_brand(brand).split()[0]
            if kind != "missing" and bkey not in norm_brand(" ".join(turns[:-1] if kind ==
                                                                   "followup" else turns)):
                err("%s: shopper never names the brand %s" % (L, brand))

        if kind == "price":
            if len(turns) != 1:
                err("%s: price cases are one turn" % L)
            if expect != [money(p["price"])]:
                err("%s: expect should be [%r]" % (L, money(p["price"])))
            diff = sorted({money(s["price"]) for s in sibs} - {money(p["price"])})
            if sorted(forbid) != diff:
                err("%s: forbid should be the siblings' different prices %s" % (L, diff))

        elif kind == "stock":
            if len(turns) != 1:
                err("%s: stock cases are one turn" % L)
            if "stock" not in p:
                err("%s: ref has no stock field" % L)
                continue
            st = p["stock"]
            sib_sold_out = any(s.get("stock") == 0 for s in sibs)
            sib_in_stock = any(s.get("stock", 1) > 0 for s in sibs)
            said_oos = "out of stock" in last
            if st == 0:
                if said_oos:
                    if expect != ["out of stock"]:
                        err("%s: shopper says 'out of stock': expect it" % L)
                else:
                    if expect:
                        err("%s: stock 0 without the phrase: expect nothing" % L)
                    if forbid != ["is in stock"]:
                        err("%s: stock 0 without the phrase: forbid 'is in stock'" % L)
                    if sib_in_stock:
                        err("%s: 'is in stock' forbid unfair, a sibling is in stock" % L)
            else:
                if said_oos or "out of stock" in expect:
                    err("%s: in-stock item must not expect 'out of stock'" % L)
                if "how many" in user:
                    if expect != [str(st)]:
                        err("%s: how-many case should expect [%r]" % (L, str(st)))
                elif expect:
                    err("%s: yes/no stock case should expect nothing" % L)
                if sib_sold_out:
                    if "out of stock" in forbid:
                        err("%s: a sibling is sold out, can't forbid 'out of stock'" % L)
                else:
                    if "out of stock" not in forbid:
                        err("%s: in stock, no sold-out sibling: forbid 'out of stock'" % L)
                if not expect and not forbid:
                    err("%s: case tests nothing" % L)
                if set(forbid) - {"out of stock"}:
                    err("%s: unexpected forbid" % L)

        elif kind == "attribute":
            if len(turns) != 1:
                err("%s: attribute cases are one turn" % L)
            if not expect:
                err("%s: attribute case needs an expect" % L)
            for x in expect:
                if not in_attrs(x, p):
                    err("%s: %r is not an attribute value of %s" % (L, x, ref))
                if low(x) in low(p["name"]):
                    err("%s: %r is in the product name" % (L, x))

        elif kind == "followup":
            if not 2 <= len(turns) <= 3:
                err("%s: followups have 2-3 turns" % L)
            if not expect:
                err("%s: followup needs an expect" % L)
            for b in BRANDS:
                if norm_brand(b).split()[0] in norm_brand(last):
                    err("%s: last turn should refer back, not name the brand" % L)
            facts = product_facts(p)
            for x in expect:
                ok = x in facts or in_attrs(x, p)
                if low(x) == "out of stock":
                    ok = p.get("stock") == 0 and "out of stock" in last
                if not ok:
                    err("%s: %r is not a price/stock/attribute of %s" % (L, x, ref))
            for f in forbid:
                err("%s: followups here carry no forbid (%r)" % (L, f))

        elif kind == "faq":
            f = faq_by_id.get(ref)
            if f is None:
                err("%s: ref is not a FAQ id" % L)
                continue
            faq_covered.add(ref)
            if len(expect) != 1 or len(expect[0]) > 20:
                err("%s: want one short distinctive fact" % L)
            for x in expect:
                if low(x) not in low(f["answer"]):
                    err("%s: %r is not in the FAQ answer" % (L, x))
                others = [k for k, g in faq_by_id.items() if k != ref and low(x) in low(g["answer"])]
                if len(others) > 2:
                    err("%s: %r is not distinctive (in %s)" % (L, x, others))

        elif kind == "order":
            o = ord_by_id.get(ref)
            if o is None:
                err("%s: ref is not an order id" % L)
                continue
            id_turn = next((k for k, t in enumerate(turns) if low(o["order_id"]) in low(t)), None)
            if id_turn is None:
                err("%s: order id not in the turns" % L)
                continue
            mails = [(k, m) for k, t in enumerate(turns) for m in EMAIL.findall(t)]
            if len(mails) != 1:
                err("%s: want exactly one email in the turns" % L)
                continue
            mk, mail = mails[0]
            if mk == id_turn:
                order_same += 1
            elif mk > id_turn:
                order_later += 1
            else:
                err("%s: email before the order id" % L)
            item_names = [by_sku[it["sku"]]["name"] for it in o["items"]]
            if low(mail) != low(o["email"]):
                order_wrong += 1
                if expect:
                    err("%s: wrong email: expect nothing" % L)
                if o["status"] not in [low(f) for f in forbid]:
                    err("%s: wrong email: forbid the status %r" % (L, o["status"]))
                if not any(low(f) in low(n) for f in forbid for n in item_names):
                    err("%s: wrong email: forbid an item name" % L)
            else:
                if forbid:
                    err("%s: right email: no forbid expected" % L)
                if o["status"] not in [low(x) for x in expect]:
                    err("%s: expect should contain the status %r" % (L, o["status"]))
                for x in expect:
                    if low(x) not in (o["status"], low(o.get("carrier", "")), o.get("eta", "")):
                        err("%s: %r is not the order's status/carrier/eta" % (L, x))

        elif kind == "missing":
            if expect:
                err("%s: missing cases expect nothing" % L)
            if money(p["price"]) not in forbid:
                err("%s: forbid the similar product's price %s" % (L, money(p["price"])))
            for f in forbid:
                if f != money(p["price"]):
                    err("%s: unexpected forbid %r" % (L, f))
            if missing_i < len(MISSING_TERMS):
                term = MISSING_TERMS[missing_i]
                if term not in user:
                    err("%s: shopper should ask for %r" % (L, term))
                if term in catalog_text:
                    err("%s: the shop does sell %r" % (L, term))
            missing_i += 1

    for k, want in KIND_COUNTS.items():
        if counts.get(k, 0) != want:
            err("kind %s: %d cases, want %d" % (k, counts.get(k, 0), want))
    for fid in faq_by_id:
        if fid not in faq_covered:
            err("FAQ entry %s has no case" % fid)
    if (order_same, order_later, order_wrong) != (7, 5, 2):
        err("orders: email same message/later/wrong = %d/%d/%d, want 7/5/2"
            % (order_same, order_later, order_wrong))
    if missing_i != len(MISSING_TERMS):
        err("missing: %d cases but %d terms" % (missing_i, len(MISSING_TERMS)))
    return counts


def main(argv):
    if len(argv) != 2:
        print("usage: python check.py STORE_DIR", file=sys.stderr)
        return 2
    store = argv[1]
    by_sku, faq_by_id, ord_by_id = check_store(store)
    check_reproducible(store)
    counts = check_cases(by_sku, faq_by_id, ord_by_id) or {}
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: %d products, %d FAQ entries, %d orders; cases %s"
          % (len(by_sku), len(faq_by_id), len(ord_by_id),
             ", ".join("%s %d" % (k, counts.get(k, 0)) for k in KIND_COUNTS)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
