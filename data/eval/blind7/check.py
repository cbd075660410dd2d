#!/usr/bin/env python3
"""Check the blind7 store and cases against each other and against store format v1.

Usage: python check.py STORE_DIR [CASES_JSONL]

STORE_DIR is the output of make_store.py. case_refs.json (next to this file, one entry per
case line) names the product SKU, FAQ id or order id each case is about (for `missing`, the
similar product the shop does sell); only this script uses it.
Exit status 0 when every check passes.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
KIND_COUNTS = {"price": 15, "stock": 15, "attribute": 8, "followup": 12, "faq": 20, "order": 12, "missing": 8}
CURRENCY, LOCALE = "CAD", "en-CA"
PRICE_RE = re.compile(r"^\d+\.\d{2}$")
ORDER_ID_RE = re.compile(r"^LF-\d{4}-\d{2}$")
ORDER_IN_TEXT_RE = re.compile(r"\bLF[- ]?(\d{4})[- ]?(\d{2})\b", re.I)  # shoppers may type "lf 4177-93", "LF4125-09"
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
POSTCODE_RE = re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[A-Z] \d[A-Z]\d$")  # Canadian postal code
IMAGE_MAGIC = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg", b"RIFF": "webp"}

problems = []


def bad(msg):
    problems.append(msg)


def load_jsonl(path, what):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                bad(f"{what}:{n}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f"{what}:{n}: bad JSON ({e})")
                continue
            if not isinstance(obj, dict):
                bad(f"{what}:{n}: not an object")
                continue
            rows.append(obj)
    return rows


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def is_count(v):
    return isinstance(v, int) and not isinstance(v, bool)


def family(sku):
    """Variants of one product line share the first two parts of the SKU (WC-SQL-M-BLU, WC-SQL-L-BLK)."""
    return "-".join(sku.split("-")[:2])


def flat_values(v):
    if isinstance(v, dict):
        for x in v.values():
            yield from flat_values(x)
    elif isinstance(v, list):
        for x in v:
            yield from flat_values(x)
    else:
        yield str(v)


# ------------------------------------------------------------------ the store

def check_images(store, catalog):
    referenced = set()
    for i, p in enumerate(catalog, 1):
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            bad(f"catalog:{i}: images must be a non-empty list")
            continue
        if len(imgs) != 1:
            bad(f"catalog:{i}: want exactly one generated image per product")
        for rel in imgs:
            if not isinstance(rel, str) or os.path.isabs(rel) or not rel.startswith("images/") or ".." in rel:
                bad(f"catalog:{i}: image path {rel!r} not relative under images/")
                continue
            referenced.add(rel)
            full = os.path.join(store, rel)
            if not os.path.isfile(full):
                bad(f"catalog:{i}: image {rel} missing")
                continue
            with open(full, "rb") as f:
                head = f.read(24)
            kind = next((k for m, k in IMAGE_MAGIC.items() if head.startswith(m)), None)
            if kind is None:
                bad(f"catalog:{i}: {rel} is not JPEG, PNG or WebP")
            elif kind != "png":
                bad(f"catalog:{i}: {rel} should be a generated PNG")
            elif (int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")) != (256, 256):
                bad(f"catalog:{i}: {rel} is not 256x256")
    on_disk = {"images/" + n for n in os.listdir(os.path.join(store, "images"))}
    if on_disk - referenced:
        bad(f"images not referenced by the catalog: {sorted(on_disk - referenced)}")
    blobs = Counter()
    for r in referenced:
        full = os.path.join(store, r)
        if os.path.isfile(full):
            with open(full, "rb") as f:
                blobs[f.read()] += 1
    if any(c > 1 for c in blobs.values()):
        bad("some product images are byte-identical")


def check_store(store):
    for name in ("catalog.jsonl", "faq.jsonl", "orders.jsonl", "store.json"):
        if not os.path.isfile(os.path.join(store, name)):
            bad(f"missing {name}")
    if not os.path.isdir(os.path.join(store, "images")):
        bad("missing images/")
    if problems:
        return {}, [], [], []

    with open(os.path.join(store, "store.json"), encoding="utf-8") as f:
        meta = json.load(f)
    for k in ("name", "currency", "locale", "greeting"):
        if not isinstance(meta.get(k), str) or not meta[k].strip():
            bad(f"store.json: {k} missing")
    if meta.get("currency") != CURRENCY or meta.get("locale") != LOCALE:
        bad(f"store.json: currency/locale should be {CURRENCY}/{LOCALE}")

    # catalog: sku (unique), name, price, images (at least one) are required
    catalog = load_jsonl(os.path.join(store, "catalog.jsonl"), "catalog")
    for s, c in Counter(p.get("sku") for p in catalog).items():
        if c > 1:
            bad(f"catalog: duplicate sku {s}")
    for s, c in Counter(p.get("name") for p in catalog).items():
        if c > 1:
            bad(f"catalog: duplicate name {s}")
    n_bool = 0
    for i, p in enumerate(catalog, 1):
        for k in ("sku", "name", "description", "category"):
            if not isinstance(p.get(k), str) or not p[k].strip():
                bad(f"catalog:{i}: {k} missing")
        if isinstance(p.get("sku"), str) and len(p["sku"].split("-")) < 3:
            bad(f"catalog:{i}: sku {p['sku']} should have at least three parts (brand-line-variant)")
        if not is_num(p.get("price")) or p["price"] <= 0:
            bad(f"catalog:{i}: bad price {p.get('price')!r}")
        elif round(p["price"], 2) != p["price"]:
            bad(f"catalog:{i}: price {p['price']} has more than two decimals")
        elif f"{p['price']:.2f}".endswith(".00"):
            bad(f"catalog:{i}: whole-dollar price {p['price']} (cases expect two decimals)")
        if p.get("currency", CURRENCY) != CURRENCY:
            bad(f"catalog:{i}: currency {p.get('currency')}")
        if "stock" in p and (not is_count(p["stock"]) or p["stock"] < 0):
            bad(f"catalog:{i}: bad stock {p['stock']!r}")
        if not isinstance(p.get("attributes"), dict) or not p["attributes"]:
            bad(f"catalog:{i}: attributes missing or not an object")
        else:
            n_bool += any(isinstance(v, bool) for v in p["attributes"].values())
    check_images(store, catalog)
    n_zero = sum(1 for p in catalog if p.get("stock") == 0)
    n_none = sum(1 for p in catalog if "stock" not in p)
    cats = Counter(p.get("category") for p in catalog)
    if not 60 <= len(catalog) <= 70:
        bad(f"catalog has {len(catalog)} products, want 60-70")
    if not 9 <= len(cats) <= 11:
        bad(f"{len(cats)} categories, want about 10")
    if not 8 <= n_zero <= 12:
        bad(f"{n_zero} products with stock 0, want about 10")
    if not 2 <= n_none <= 3:
        bad(f"{n_none} products without a stock field, want 2-3")
    if n_bool < 2:
        bad("want a couple of true/false attributes")
    fams = Counter(family(p["sku"]) for p in catalog if isinstance(p.get("sku"), str))
    for fam, n in fams.items():
        if n > 1:
            members = [p for p in catalog if family(p["sku"]) == fam]
            if len({p.get("category") for p in members}) != 1:
                bad(f"variant family {fam} spans categories")

    faq = load_jsonl(os.path.join(store, "faq.jsonl"), "faq")
    for q in faq:
        for k in ("id", "question", "answer"):
            if not isinstance(q.get(k), str) or not q[k].strip():
                bad(f"faq {q.get('id')}: {k} missing")
    for s, c in Counter(q.get("id") for q in faq).items():
        if c > 1:
            bad(f"faq: duplicate id {s}")
    if not 16 <= len(faq) <= 20:
        bad(f"{len(faq)} FAQ entries, want about 18")

    orders = load_jsonl(os.path.join(store, "orders.jsonl"), "orders")
    for s, c in Counter(o.get("order_id") for o in orders).items():
        if c > 1:
            bad(f"orders: duplicate order_id {s}")
    by_sku = {p.get("sku"): p for p in catalog}
    for o in orders:
        oid = o.get("order_id")
        if not isinstance(oid, str) or not ORDER_ID_RE.match(oid):
            bad(f"order {oid}: order_id not in the LF-1234-56 format")
        if not isinstance(o.get("email"), str) or not EMAIL_RE.fullmatch(o["email"]):
            bad(f"order {oid}: bad email")
        if o.get("status") not in STATUSES:
            bad(f"order {oid}: status {o.get('status')!r} not allowed")
        for k in ("placed", "eta"):
            if k in o and not (isinstance(o[k], str) and DATE_RE.match(o[k])):
                bad(f"order {oid}: {k} not YYYY-MM-DD")
        if "placed" not in o:
            bad(f"order {oid}: no placed date")
        if "eta" in o and "placed" in o and o["eta"] < o["placed"]:
            bad(f"order {oid}: eta before placed")
        if not isinstance(o.get("postcode"), str) or not POSTCODE_RE.match(o["postcode"]):
            bad(f"order {oid}: postcode {o.get('postcode')!r} is not a Canadian postal code")
        if o.get("status") in ("processing", "cancelled") and ("carrier" in o or "eta" in o):
            bad(f"order {oid}: {o['status']} order should not have a carrier/eta")
        if o.get("status") in ("shipped", "delivered") and not ("carrier" in o and "eta" in o):
            bad(f"order {oid}: {o['status']} order without carrier and eta")
        if not isinstance(o.get("items"), list) or not o["items"]:
            bad(f"order {oid}: no items")
        for it in o.get("items") or []:
            if not isinstance(it, dict) or it.get("sku") not in by_sku:
                bad(f"order {oid}: unknown sku {it.get('sku') if isinstance(it, dict) else it}")
                continue
            if not is_count(it.get("qty")) or it["qty"] < 1:
                bad(f"order {oid}: bad qty")
    if {o.get("status") for o in orders} != STATUSES:
        bad("orders: not every status is used")
    if not 10 <= len(orders) <= 14:
        bad(f"{len(orders)} orders, want about 12")
    return meta, catalog, faq, orders


# ------------------------------------------------------------------ the cases

def order_ids(text):
    return {f"LF-{a}-{b}" for a, b in ORDER_IN_TEXT_RE.findall(text)}


def check_product_case(where, kind, turns, exp, forb, p, catalog, prices):
    ref = p["sku"]
    price = f"{p['price']:.2f}"
    text = " ".join(turns).lower()
    for e in exp:
        if PRICE_RE.match(e) and kind != "attribute":  # an attribute like "1.62" (kg) looks like a price
            if e != price:
                bad(f"{where}: expects price {e} but {ref} costs {price}")
        elif e == "out of stock":
            if p.get("stock") != 0:
                bad(f"{where}: expects 'out of stock' but {ref} stock is {p.get('stock')}")
            if "out of stock" not in turns[-1].lower():
                bad(f"{where}: expects 'out of stock' but the shopper did not ask that way")
        elif e.isdigit() and "how many" in text:
            if kind not in ("stock", "followup"):
                bad(f"{where}: count expected in a {kind} case")
            if int(e) != p.get("stock"):
                bad(f"{where}: expects count {e} but {ref} stock is {p.get('stock')}")
            if len(e) < 2:
                bad(f"{where}: single-digit count {e} is too easy to match by accident")
            if e in price:
                bad(f"{where}: count {e} also occurs in the price {price}")
        else:
            vals = [v.lower() for v in flat_values(p.get("attributes", {}))]
            if not any(e.lower() in v for v in vals):
                bad(f"{where}: expect {e!r} is not an attribute value of {ref}")
            if e.lower() in p["name"].lower():
                bad(f"{where}: attribute expect {e!r} is already in the product name")
            if kind == "attribute" and e.lower() in text:
                bad(f"{where}: attribute expect {e!r} is already in the shopper's message")
    for f in forb:
        if PRICE_RE.match(f):
            if f == price:
                bad(f"{where}: forbids the product's own price {f}")
            if f not in prices:
                bad(f"{where}: forbidden price {f} is not a catalog price")
            if len(turns) > 1:
                bad(f"{where}: forbidden price {f} in a multi-turn case (an earlier reply may rightly say it)")
        elif f == "out of stock":
            if not p.get("stock"):
                bad(f"{where}: forbids 'out of stock' but {ref} stock is {p.get('stock')}")
            for q in catalog:  # a sold-out sibling variant could rightly be mentioned
                if q["sku"] != ref and family(q["sku"]) == family(ref) and q.get("stock") == 0:
                    bad(f"{where}: forbids 'out of stock' but variant {q['sku']} is out of stock")
        elif f == "is in stock":
            if p.get("stock") != 0:
                bad(f"{where}: forbids 'is in stock' but {ref} stock is {p.get('stock')}")
            if len(turns) > 1:
                bad(f"{where}: forbids 'is in stock' in a multi-turn case (an earlier reply may be about an in-stock variant)")
        else:
            bad(f"{where}: unexpected forbid {f!r}")
    if kind == "stock":
        if "stock" not in p:
            bad(f"{where}: stock case about {ref}, which has no stock field")
        if not exp and not forb:
            bad(f"{where}: stock case with nothing to check")
        if p.get("stock") == 0 and "out of stock" not in exp and "is in stock" not in forb:
            bad(f"{where}: sold-out product but neither 'out of stock' expected nor 'is in stock' forbidden")
        if p.get("stock") and not exp and "out of stock" not in forb:
            bad(f"{where}: in-stock product but 'out of stock' not forbidden")
        if p.get("stock") and exp and not all(e.isdigit() for e in exp):
            bad(f"{where}: in-stock product should expect the count")
    if kind in ("price", "attribute") and not exp:
        bad(f"{where}: {kind} case without expect")
    if kind == "price" and not any(PRICE_RE.match(e) for e in exp):
        bad(f"{where}: price case without a price expected")
    if kind == "followup" and not (exp or forb):
        bad(f"{where}: followup with nothing to check")


def check_cases(cases_path, catalog, faq, orders):
    by_sku = {p["sku"]: p for p in catalog}
    by_faq = {q["id"]: q for q in faq}
    by_order = {o["order_id"]: o for o in orders}
    prices = {f"{p['price']:.2f}" for p in catalog}
    cases = load_jsonl(cases_path, "cases")
    with open(os.path.join(HERE, "case_refs.json"), encoding="utf-8") as f:
        refs = json.load(f)
    if len(refs) != len(cases):
        bad(f"case_refs.json has {len(refs)} entries for {len(cases)} cases")
        return cases
    kinds = Counter(c.get("kind") for c in cases)
    if dict(kinds) != KIND_COUNTS:
        bad(f"kind counts {dict(kinds)} != {KIND_COUNTS}")
    for t, n in Counter(json.dumps(c.get("turns")).lower() for c in cases).items():
        if n > 1:
            bad(f"duplicate case turns {t}")
    wrong_email = same_msg = later = 0
    faq_seen, orders_seen = set(), set()
    for n, (c, ref) in enumerate(zip(cases, refs), 1):
        where = f"case {n} ({c.get('kind')}, {ref})"
        if set(c) != {"turns", "expect", "forbid", "kind"}:
            bad(f"{where}: keys {sorted(c)}")
            continue
        turns, exp, forb, kind = c["turns"], c["expect"], c["forbid"], c["kind"]
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            bad(f"{where}: empty turns")
            continue
        if not isinstance(exp, list) or not isinstance(forb, list):
            bad(f"{where}: expect/forbid must be lists")
            continue
        if not all(isinstance(x, str) and x.strip() for x in exp + forb):
            bad(f"{where}: expect/forbid must be non-empty strings")
            continue
        if len(exp) > 2:
            bad(f"{where}: more than two expect strings")
        for e in exp:
            if any(e.lower() in f.lower() or f.lower() in e.lower() for f in forb):
                bad(f"{where}: expect {e!r} overlaps a forbid string")
            if "$" in e:
                bad(f"{where}: expect {e!r} has a currency sign")
        text = " ".join(turns)
        if kind == "followup" and not 2 <= len(turns) <= 3:
            bad(f"{where}: followup needs 2-3 turns")
        if kind in ("price", "stock", "attribute", "missing", "faq") and len(turns) != 1:
            bad(f"{where}: {kind} case should be a single turn")

        if kind in ("price", "stock", "attribute", "followup"):
            p = by_sku.get(ref)
            if p is None:
                bad(f"{where}: unknown sku")
                continue
            check_product_case(where, kind, turns, exp, forb, p, catalog, prices)
            if p["name"].lower() in text.lower() or p["sku"].lower() in text.lower():
                bad(f"{where}: shopper types the full catalog name or SKU")

        elif kind == "faq":
            q = by_faq.get(ref)
            if q is None:
                bad(f"{where}: unknown faq id")
                continue
            faq_seen.add(ref)
            if not exp:
                bad(f"{where}: faq case without expect")
            for e in exp:
                if e.lower() not in q["answer"].lower():
                    bad(f"{where}: {e!r} not in the answer of FAQ {ref}")
                if e.lower() in text.lower():
                    bad(f"{where}: {e!r} is already in the shopper's message")
            if re.sub(r"\W+", " ", text.lower()).strip() == re.sub(r"\W+", " ", q["question"].lower()).strip():
                bad(f"{where}: shopper copies the FAQ question")

        elif kind == "order":
            o = by_order.get(ref)
            if o is None:
                bad(f"{where}: unknown order")
                continue
            orders_seen.add(ref)
            if order_ids(text) != {ref}:
                bad(f"{where}: order ids in turns {order_ids(text)} != {ref}")
            emails = EMAIL_RE.findall(text)
            if len(emails) != 1:
                bad(f"{where}: want exactly one email in the turns, got {emails}")
                continue
            first_with_id = next(i for i, t in enumerate(turns) if order_ids(t))
            with_email = next(i for i, t in enumerate(turns) if EMAIL_RE.search(t))
            if with_email == first_with_id:
                same_msg += 1
            elif with_email > first_with_id:
                later += 1
            else:
                bad(f"{where}: email given before the order id")
            if with_email != len(turns) - 1:
                bad(f"{where}: the email should be in the last turn")
            names = [by_sku[i["sku"]]["name"] for i in o["items"]]
            if emails[0].lower() == o["email"].lower():
                if not exp:
                    bad(f"{where}: right email but nothing expected")
                if not any(e == o["status"] for e in exp):
                    bad(f"{where}: right email but the status {o['status']} is not expected")
                for e in exp:
                    if e in STATUSES:
                        if e != o["status"]:
                            bad(f"{where}: expects status {e} but the order is {o['status']}")
                    elif e != o.get("carrier") and not any(e.lower() in nm.lower() for nm in names):
                        bad(f"{where}: expect {e!r} is not the status, carrier or an item of {ref}")
                for f in forb:
                    if f == o["status"] or f == o.get("carrier") or any(f.lower() in nm.lower() for nm in names):
                        bad(f"{where}: forbids a true fact {f!r}")
            else:
                wrong_email += 1
                if exp:
                    bad(f"{where}: wrong email but expect is not empty")
                if o["status"] not in forb:
                    bad(f"{where}: wrong email but status {o['status']} not forbidden")
                if not any(f.lower() in nm.lower() for f in forb for nm in names):
                    bad(f"{where}: wrong email but no item forbidden")
                for f in forb:
                    if f.lower() in text.lower():
                        bad(f"{where}: forbidden {f!r} appears in the shopper's own words")
                    if f not in STATUSES and sum(f.lower() in p["name"].lower() for p in catalog) > 3:
                        bad(f"{where}: forbidden item word {f!r} is shared by many products")

        elif kind == "missing":
            p = by_sku.get(ref)
            if p is None:
                bad(f"{where}: unknown similar-product sku")
                continue
            if exp:
                bad(f"{where}: missing case should expect nothing")
            if not forb:
                bad(f"{where}: missing case forbids nothing")
            for f in forb:
                if not PRICE_RE.match(f) or f != f"{p['price']:.2f}":
                    bad(f"{where}: forbid {f!r} is not the price of the similar product {ref}")
            low = text.lower()
            for q in catalog:
                if q["name"].lower() in low or q["sku"].lower() in low:
                    bad(f"{where}: names an existing product {q['name']}")
        else:
            bad(f"{where}: unknown kind")
    if wrong_email != 2:
        bad(f"{wrong_email} wrong-email order cases, want 2")
    if (same_msg, later) != (7, 5):
        bad(f"order cases: {same_msg} with the email in the same message and {later} later, want 7 and 5")
    missing_faq = set(by_faq) - faq_seen
    if missing_faq:
        bad(f"FAQ entries without a case: {sorted(missing_faq)}")
    order_statuses = {by_order[r]["status"] for r in orders_seen}
    if order_statuses != STATUSES:
        bad(f"order cases cover statuses {sorted(order_statuses)}, want all five")
    return cases


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__)
        sys.exit(2)
    store = sys.argv[1]
    cases_path = sys.argv[2] if len(sys.argv) == 3 else os.path.join(HERE, "cases.jsonl")
    meta, catalog, faq, orders = check_store(store)
    cases = check_cases(cases_path, catalog, faq, orders) if catalog else []
    n_zero = sum(1 for p in catalog if p.get("stock") == 0)
    n_none = sum(1 for p in catalog if "stock" not in p)
    cats = len({p.get("category") for p in catalog})
    print(f"store '{meta.get('name')}': {len(catalog)} products in {cats} categories ({n_zero} with stock 0, "
          f"{n_none} without a stock field), {len(faq)} FAQ entries, {len(orders)} orders")
    print(f"cases: {len(cases)} {dict(Counter(c.get('kind') for c in cases))}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
