#!/usr/bin/env python3
"""Self-check for the blind18 evaluation kit (standard library only).

Usage: python data/eval/blind18/check.py

Builds the store twice into temporary folders, checks determinism and the Store
format v1 contract, then checks cases.jsonl / case_refs.json against the built data.
Exits 0 and prints "OK" when everything passes.
"""
import datetime
import shutil
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KIND_COUNTS = {"price": 15, "stock": 15, "attributes": 15, "policy": 15,
               "orders": 17, "followups": 15, "missing": 8}
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")

errors = []


def err(msg):
    errors.append(msg)


def build(out_dir):
    subprocess.run([sys.executable, os.path.join(HERE, "make_store.py"), out_dir], check=True)


def tree(root):
    files = {}
    for dirpath, _, names in os.walk(root):
        for n in names:
            p = os.path.join(dirpath, n)
            with open(p, "rb") as f:
                files[os.path.relpath(p, root)] = f.read()
    return files


def fold(s):
    s = s.lower().replace("þ", "th").replace("ð", "d").replace("æ", "ae").replace("ö", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def price_renderings(n):
    plain = str(n)
    out = {plain}
    if n >= 1000:
        head, tail = divmod(n, 1000)
        for sep in (",", ".", " ", "\u00a0"):
            out.add("%d%s%03d" % (head, sep, tail))
    return out


def flat_values(v):
    if isinstance(v, dict):
        for x in v.values():
            yield from flat_values(x)
    elif isinstance(v, list):
        for x in v:
            yield from flat_values(x)
    elif isinstance(v, bool) or v is None:
        return
    else:
        yield str(v)


def valid_date(s):
    try:
        datetime.date.fromisoformat(s)
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s))
    except (TypeError, ValueError):
        return False


def read_jsonl(path, label):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err("%s line %d: blank" % (label, i))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: %s" % (label, i, e))
    return rows


def main():
    tmp1 = tempfile.mkdtemp(prefix="b18a_")
    tmp2 = tempfile.mkdtemp(prefix="b18b_")
    build(tmp1)
    build(tmp2)
    t1, t2 = tree(tmp1), tree(tmp2)
    shutil.rmtree(tmp2, ignore_errors=True)
    if t1 != t2:
        err("build is not deterministic: %s" % sorted(set(k for k in set(t1) | set(t2) if t1.get(k) != t2.get(k)))[:5])
    for need in ("store.json", "catalog.jsonl", "faq.jsonl", "orders.jsonl"):
        if need not in t1:
            err("missing %s in built store" % need)
    store_dir = tmp1

    # ------------------------------------------------------------ format
    store = json.loads(t1["store.json"].decode("utf-8"))
    for k in ("name", "currency", "locale", "greeting"):
        if not isinstance(store.get(k), str) or not store[k]:
            err("store.json: bad %s" % k)
    if store.get("currency") != "ISK":
        err("store.json currency must be ISK")

    catalog = read_jsonl(os.path.join(store_dir, "catalog.jsonl"), "catalog")
    faq = read_jsonl(os.path.join(store_dir, "faq.jsonl"), "faq")
    orders = read_jsonl(os.path.join(store_dir, "orders.jsonl"), "orders")
    products = {}
    image_bytes = {}
    for i, p in enumerate(catalog, 1):
        for k in ("sku", "name", "price", "images"):
            if k not in p:
                err("catalog %d: missing %s" % (i, k))
        sku = p.get("sku")
        if sku in products:
            err("catalog: duplicate sku %s" % sku)
        products[sku] = p
        if not isinstance(p.get("price"), int) or isinstance(p.get("price"), bool) or p["price"] <= 0:
            err("catalog %s: ISK price must be a positive integer" % sku)
        if p.get("currency", "ISK") != "ISK":
            err("catalog %s: currency" % sku)
        if "stock" in p and (not isinstance(p["stock"], int) or p["stock"] < 0):
            err("catalog %s: bad stock" % sku)
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            err("catalog %s: needs at least one image" % sku)
            continue
        for im in imgs:
            if os.path.isabs(im) or ".." in im.split("/") or not im.startswith("images/"):
                err("catalog %s: image path not relative: %s" % (sku, im))
                continue
            data = t1.get(im.replace("/", os.sep))
            if data is None:
                err("catalog %s: image missing: %s" % (sku, im))
            elif not data.startswith(b"\x89PNG\r\n\x1a\n"):
                err("catalog %s: not a PNG: %s" % (sku, im))
            elif data in image_bytes:
                err("catalog %s: image %s identical to %s" % (sku, im, image_bytes[data]))
            else:
                image_bytes[data] = im
    if not 80 <= len(products) <= 100:
        err("catalog should hold about 90 products, has %d" % len(products))
    cats = {p.get("category") for p in catalog}
    if len(cats) < 9:
        err("catalog has only %d categories" % len(cats))
    names = {}
    for p in catalog:
        names.setdefault(p["name"], []).append(p["sku"])
    if sum(1 for v in names.values() if len(v) > 1) < 5:
        err("too few products sharing a name (colourways)")
    stocks = [p.get("stock") for p in catalog if "stock" in p]
    if stocks.count(0) < 5 or sum(1 for s in stocks if s in (1, 2)) < 3:
        err("need several out-of-stock and low-stock products")
    if not any(re.search("[þðæöáÞÐÆÖÁ]", p["name"]) for p in catalog):
        err("no Icelandic letters in names")

    faqs = {}
    for i, q in enumerate(faq, 1):
        for k in ("id", "question", "answer"):
            if not isinstance(q.get(k), str) or not q[k]:
                err("faq %d: bad %s" % (i, k))
        if q.get("id") in faqs:
            err("faq: duplicate id %s" % q.get("id"))
        faqs[q.get("id")] = q
    if not 18 <= len(faqs) <= 24:
        err("faq should have about 20 entries, has %d" % len(faqs))

    order_map = {}
    by_email = {}
    for i, o in enumerate(orders, 1):
        oid = o.get("order_id")
        if not oid or oid in order_map:
            err("orders %d: missing or duplicate order_id" % i)
        order_map[oid] = o
        if o.get("status") not in STATUSES:
            err("order %s: bad status %r" % (oid, o.get("status")))
        em = o.get("email", "")
        if not em.endswith(EMAIL_DOMAINS) or "@" not in em:
            err("order %s: email must be on an example domain" % oid)
        by_email.setdefault(em, []).append(oid)
        if not valid_date(o.get("placed")):
            err("order %s: bad placed date" % oid)
        if "eta" in o and not valid_date(o["eta"]):
            err("order %s: bad eta" % oid)
        if not o.get("postcode"):
            err("order %s: no postcode" % oid)
        for it in o.get("items", []):
            if it.get("sku") not in products:
                err("order %s: unknown sku %s" % (oid, it.get("sku")))
            if not isinstance(it.get("qty"), int) or it["qty"] < 1:
                err("order %s: bad qty" % oid)
    if {o.get("status") for o in orders} != STATUSES:
        err("orders do not cover every status")
    if not any(len(v) >= 2 for v in by_email.values()):
        err("no customer with two orders")
    carriers = {o.get("carrier") for o in orders}
    for c in ("Pósturinn", "DHL", "Dropp"):
        if c not in carriers:
            err("carrier %s missing" % c)
    if not any(c and "pickup" in c.lower() for c in carriers):
        err("no shop pickup carrier")
    if sum(1 for o in orders if re.fullmatch(r"\d{3}", o.get("postcode", ""))) < 15:
        err("too few Icelandic 3-digit postcodes")

    store_text = "\n".join(t1[k].decode("utf-8") for k in ("store.json", "catalog.jsonl", "faq.jsonl", "orders.jsonl"))
    store_text_l = store_text.lower()
    numbers_in_store = {re.sub(r"[.,\s]", "", m) for m in re.findall(r"\d[\d.,]*\d|\d", store_text)}
    numbers_in_store |= {str(p["price"]) for p in catalog}

    # ------------------------------------------------------------ cases
    cases = read_jsonl(os.path.join(HERE, "cases.jsonl"), "cases")
    with open(os.path.join(HERE, "case_refs.json"), encoding="utf-8") as f:
        refs = json.load(f)
    if len(cases) != 100:
        err("cases.jsonl must hold exactly 100 cases, has %d" % len(cases))
    if len(refs) != len(cases):
        err("case_refs.json has %d entries for %d cases" % (len(refs), len(cases)))
    counts = {}
    proof_orders = noproof_orders = 0
    email_in_second = False

    def product_facts(p):
        facts = set(price_renderings(p["price"]))
        if "stock" in p:
            facts.add(str(p["stock"]))
            if p["stock"] == 0:
                facts.add("out of stock")
        facts |= set(flat_values(p.get("attributes", {})))
        facts.add(p["name"])
        return facts

    def sku_expect_ok(p, e):
        el = e.lower()
        if all(el in r for r in price_renderings(p["price"])):
            return True
        if "stock" in p and (e == str(p["stock"]) or (p["stock"] == 0 and el == "out of stock")):
            return True
        return any(el in v.lower() for v in flat_values(p.get("attributes", {})))

    def order_expect_ok(o, e):
        el = e.lower()
        vals = [o.get("status", ""), o.get("eta", ""), o.get("placed", "")]
        if el in (v.lower() for v in vals if v):
            return True
        return bool(o.get("carrier")) and el in o["carrier"].lower()

    for n, case in enumerate(cases, 1):
        tag = "case %d" % n
        if set(case) != {"turns", "expect", "forbid", "kind"}:
            err("%s: keys %s" % (tag, sorted(case)))
            continue
        turns, expect, forbid, kind = case["turns"], case["expect"], case["forbid"], case["kind"]
        if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)):
            err("%s: bad turns" % tag)
            continue
        if not all(isinstance(x, str) and x for x in expect + forbid):
            err("%s: expect/forbid must be non-empty strings" % tag)
            continue
        counts[kind] = counts.get(kind, 0) + 1
        ref = refs[n - 1] if n - 1 < len(refs) else None
        user_l = " ".join(turns).lower()
        for s in expect + forbid:
            if s.lower() in user_l:
                err("%s: %r appears in the shopper's own messages" % (tag, s))
        for e in expect:
            for fb in forbid:
                if fb.lower() in e.lower() or e.lower() in fb.lower():
                    err("%s: expect %r and forbid %r collide" % (tag, e, fb))
        if kind != "missing" and not expect:
            err("%s: no expectations" % tag)

        if kind in ("price", "stock", "attributes"):
            p = products.get(ref)
            if p is None:
                err("%s: ref %r is not a SKU" % (tag, ref))
                continue
            if len(turns) != 1:
                err("%s: %s cases are single-turn" % (tag, kind))
            for e in expect:
                if kind == "price":
                    ok = all(e.lower() in r for r in price_renderings(p["price"]))
                elif kind == "stock":
                    ok = "stock" in p and (e == str(p["stock"]) or (p["stock"] == 0 and e.lower() == "out of stock"))
                else:
                    ok = any(e.lower() in v.lower() for v in flat_values(p.get("attributes", {})))
                if not ok:
                    err("%s: expected %r does not match %s %s" % (tag, e, ref, kind))
            facts = product_facts(p)
            for fb in forbid:
                if any(fb.lower() in f.lower() for f in facts):
                    err("%s: forbid %r collides with a real fact of %s" % (tag, fb, ref))
        elif kind == "policy":
            q = faqs.get(ref)
            if q is None:
                err("%s: ref %r is not a FAQ id" % (tag, ref))
                continue
            if len(expect) != 1:
                err("%s: policy cases test one FAQ fact" % tag)
            for e in expect:
                if e.lower() not in q["answer"].lower():
                    err("%s: %r not in FAQ %s" % (tag, e, ref))
            for fb in forbid:
                if fb.lower() in q["answer"].lower():
                    err("%s: forbid %r is in FAQ %s" % (tag, fb, ref))
        elif kind == "orders":
            o = order_map.get(ref)
            if o is None:
                err("%s: ref %r is not an order id" % (tag, ref))
                continue
            if ref.lower() not in user_l and ref.replace("-", "").lower() not in user_l:
                err("%s: order id not given by the shopper" % tag)
            has_email = o["email"].lower() in user_l
            if has_email:
                proof_orders += 1
                for e in expect:
                    if not order_expect_ok(o, e):
                        err("%s: %r does not match order %s" % (tag, e, ref))
                for fb in forbid:
                    if fb.lower() in json.dumps(o, ensure_ascii=False).lower():
                        err("%s: forbid %r collides with order %s" % (tag, fb, ref))
            else:
                noproof_orders += 1
                if expect != ["email"]:
                    err("%s: order without proof must expect exactly 'email'" % tag)
                if not o.get("carrier") or not o.get("eta"):
                    err("%s: no-proof order needs a carrier and eta to forbid" % tag)
                elif o["carrier"] not in forbid or o["eta"] not in forbid:
                    err("%s: no-proof order must forbid carrier %r and eta %r" % (tag, o.get("carrier"), o.get("eta")))
                if "email" in user_l:
                    err("%s: shopper must not write the word 'email'" % tag)
        elif kind == "followups":
            if len(turns) < 2:
                err("%s: follow-ups need at least two turns" % tag)
            if ref in products:
                p = products[ref]
                for e in expect:
                    if not sku_expect_ok(p, e):
                        err("%s: %r does not match %s" % (tag, e, ref))
                last = fold(turns[-1])
                if fold(p["name"]) in last:
                    err("%s: last turn repeats the full product name" % tag)
                facts = product_facts(p)
                for fb in forbid:
                    if any(fb.lower() in f.lower() for f in facts):
                        err("%s: forbid %r collides with a real fact of %s" % (tag, fb, ref))
            elif ref in order_map:
                o = order_map[ref]
                for e in expect:
                    if not order_expect_ok(o, e):
                        err("%s: %r does not match order %s" % (tag, e, ref))
                em = o["email"].lower()
                if em in turns[1].lower() and em not in turns[0].lower():
                    email_in_second = True
                else:
                    err("%s: order follow-up must bring the email in the second turn" % tag)
            elif ref in faqs:
                for e in expect:
                    if e.lower() not in faqs[ref]["answer"].lower():
                        err("%s: %r not in FAQ %s" % (tag, e, ref))
            else:
                err("%s: unknown ref %r" % (tag, ref))
        elif kind == "missing":
            if ref is not None:
                err("%s: missing cases have a null ref" % tag)
            if expect:
                err("%s: missing cases expect nothing" % tag)
            if not forbid:
                err("%s: missing cases forbid invented prices" % tag)
            for fb in forbid:
                if fb.lower() in store_text_l:
                    err("%s: forbid %r appears in the store text" % (tag, fb))
                digits = re.sub(r"[.,\s]", "", fb)
                if not digits.isdigit():
                    err("%s: forbid %r is not a price" % (tag, fb))
                elif digits in numbers_in_store:
                    err("%s: forbid %r matches a real number in the store" % (tag, fb))
        else:
            err("%s: unknown kind %r" % (tag, kind))

    if counts != KIND_COUNTS:
        err("kind counts %s != %s" % (counts, KIND_COUNTS))
    if proof_orders != 12 or noproof_orders != 5:
        err("orders: %d with proof, %d without (want 12 and 5)" % (proof_orders, noproof_orders))
    if not email_in_second:
        err("no follow-up where the email arrives in the second turn")

    shutil.rmtree(tmp1, ignore_errors=True)
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: store builds deterministically (%d products, %d FAQ, %d orders, %d images); "
          "100 cases pass (%s)" % (len(products), len(faqs), len(orders), len(image_bytes),
                                   ", ".join("%s %d" % kv for kv in counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
