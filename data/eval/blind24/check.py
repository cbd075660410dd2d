#!/usr/bin/env python3
"""Self-check for the blind24 kit (Kaffeehaus Brandl).

1. Builds the store twice in temp folders and compares every file byte for byte.
2. Validates the store against "Store format v1" (catalog, faq, orders, images, store.json).
3. Checks cases.jsonl / case_refs.json against the data.

Prints PASS and exits 0, or lists the problems and exits 1. Standard library only.
"""
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

HERE = os.path.dirname(os.path.abspath(__file__))
MAKE = os.path.join(HERE, "make_store.py")
CASES = os.path.join(HERE, "cases.jsonl")
REFS = os.path.join(HERE, "case_refs.json")

KIND_COUNTS = {"price": 15, "stock": 15, "attributes": 15, "policy": 15,
               "orders": 17, "followups": 15, "missing": 8}
ORDERS_WITH_PROOF = 12
ORDERS_NO_PROOF = 5
STATUSES = {"processing", "shipped", "delivered", "cancelled", "returned"}

# Things the shop does NOT sell (English and German spellings). None of these may
# appear in any product name, description or attribute; every missing case names one.
MISSING_TERMS = [
    "toaster", "oat milk", "hafermilch", "water filter jug", "wasserfilter",
    "cold brew", "instant coffee", "löslich", "rice cooker", "reiskocher",
    "matcha", "capsule", "kapsel", "nespresso",
]

problems = []


def bad(msg):
    problems.append(msg)


# ---------------------------------------------------------------- build twice
def build(dirpath):
    r = subprocess.run([sys.executable, MAKE, dirpath], capture_output=True, text=True)
    if r.returncode != 0:
        bad("make_store.py failed in %s: %s" % (dirpath, r.stderr.strip()))


def tree(root):
    out = {}
    for base, _dirs, files in os.walk(root):
        for fn in files:
            p = os.path.join(base, fn)
            out[os.path.relpath(p, root).replace(os.sep, "/")] = open(p, "rb").read()
    return out


# ---------------------------------------------------------------- helpers
def read_jsonl(path, what):
    rows = []
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        bad("%s is not UTF-8" % what)
        return rows
    if "\r" in text:
        bad("%s has CR line endings" % what)
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            bad("%s line %d: not JSON (%s)" % (what, n, e))
            continue
        if not isinstance(obj, dict):
            bad("%s line %d: not an object" % (what, n))
            continue
        rows.append(obj)
    return rows


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def is_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def png_info(data):
    """Return (width, height) of a valid PNG, else None. Verifies CRCs and IDAT size."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    pos, w, h, idat, ct, seen_end = 8, None, None, b"", None, False
    while pos + 8 <= len(data):
        ln, = struct.unpack(">I", data[pos:pos + 4])
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc, = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])
        if zlib.crc32(tag + body) & 0xFFFFFFFF != crc:
            return None
        if tag == b"IHDR":
            w, h, depth, ct = struct.unpack(">IIBB", body[:10])
        elif tag == b"IDAT":
            idat += body
        elif tag == b"IEND":
            seen_end = True
            break
        pos += 12 + ln
    if not seen_end or w is None:
        return None
    try:
        raw = zlib.decompress(idat)
    except zlib.error:
        return None
    ch = {2: 3, 6: 4, 0: 1}.get(ct)
    if ch is None or len(raw) != h * (1 + w * ch):
        return None
    return w, h


def flat(v):
    """All attribute values as strings (lists flattened, booleans as true/false)."""
    if isinstance(v, list):
        out = []
        for x in v:
            out += flat(x)
        return out
    if isinstance(v, dict):
        out = []
        for x in v.values():
            out += flat(x)
        return out
    if isinstance(v, bool):
        return ["true" if v else "false"]
    return [str(v)]


def low(s):
    return s.lower()


# ---------------------------------------------------------------- store checks
def check_store(root):
    cat = {}
    products = read_jsonl(os.path.join(root, "catalog.jsonl"), "catalog.jsonl")
    referenced = set()
    for i, p in enumerate(products, 1):
        where = "catalog line %d" % i
        sku = p.get("sku")
        if not isinstance(sku, str) or not sku:
            bad("%s: sku missing" % where)
            continue
        if sku in cat:
            bad("%s: duplicate sku %s" % (where, sku))
        cat[sku] = p
        if not isinstance(p.get("name"), str) or not p["name"].strip():
            bad("%s: name missing" % where)
        if not is_num(p.get("price")) or p["price"] <= 0:
            bad("%s: price missing or not a positive number" % where)
        if "currency" in p and p["currency"] != "EUR":
            bad("%s: currency %r" % (where, p["currency"]))
        if "stock" in p and (not isinstance(p["stock"], int) or isinstance(p["stock"], bool)
                             or p["stock"] < 0):
            bad("%s: bad stock" % where)
        if "attributes" in p and not isinstance(p["attributes"], dict):
            bad("%s: attributes not an object" % where)
        for k in ("description", "category"):
            if k in p and not isinstance(p[k], str):
                bad("%s: %s not a string" % (where, k))
        imgs = p.get("images")
        if not isinstance(imgs, list) or not imgs:
            bad("%s: images missing" % where)
            continue
        if not 1 <= len(imgs) <= 3:
            bad("%s: %d images (want 1-3)" % (where, len(imgs)))
        for rel in imgs:
            if not isinstance(rel, str) or rel.startswith("/") or ".." in rel:
                bad("%s: bad image path %r" % (where, rel))
                continue
            full = os.path.join(root, rel)
            if not os.path.isfile(full):
                bad("%s: image %s does not exist" % (where, rel))
                continue
            referenced.add(rel)
            info = png_info(open(full, "rb").read())
            if info != (48, 48):
                bad("%s: image %s is not a valid 48x48 PNG (%r)" % (where, rel, info))
    # all images referenced, all distinct
    files = sorted("images/" + f for f in os.listdir(os.path.join(root, "images")))
    for f in files:
        if f not in referenced:
            bad("image %s not referenced by any product" % f)
    blobs = [open(os.path.join(root, f), "rb").read() for f in files]
    if len(set(blobs)) != len(blobs):
        bad("some images are byte-identical; each image must be its own")

    # shape of the catalogue
    n = len(cat)
    if not 90 <= n <= 110:
        bad("catalog has %d products (want about 100)" % n)
    zero = [s for s, p in cat.items() if p.get("stock") == 0]
    few = [s for s, p in cat.items() if p.get("stock") in (1, 2)]
    if not 10 <= len(zero) <= 15:
        bad("%d products out of stock (want about 12)" % len(zero))
    if not 10 <= len(few) <= 15:
        bad("%d products with 1 or 2 left (want about 12)" % len(few))
    over = [s for s, p in cat.items() if p["price"] > 1000]
    if len(over) != 1:
        bad("want exactly one price over 1000, got %r" % over)
    vouchers = [p for p in cat.values() if p.get("category") == "gift vouchers"]
    if not vouchers:
        bad("no gift vouchers")
    for v in vouchers:
        if "stock" in v:
            bad("voucher %s must have no stock field" % v["sku"])
    # families: same name, several skus, different prices
    by_name = {}
    for p in cat.values():
        by_name.setdefault(p["name"], []).append(p)
    fams = [v for v in by_name.values() if len(v) >= 3]
    if len(fams) < 8:
        bad("only %d name families with 3+ sizes" % len(fams))
    for v in fams:
        ints = [str(int(p["price"])) for p in v]
        if len(set(ints)) != len(ints):
            bad("family %r has sizes with the same integer price" % v[0]["name"])
    # attribute keys: mostly German
    keys = set()
    for p in cat.values():
        keys.update(p.get("attributes", {}).keys())
    for must in ("Röstgrad", "Herkunft", "Sorte", "Geschmacksnoten", "Tassen", "Induktion",
                 "spülmaschinenfest", "Garantie_Jahre", "Maße_cm", "Fassungsvermögen"):
        if must not in keys:
            bad("attribute key %s never used" % must)

    # FAQ
    faq = {}
    rows = read_jsonl(os.path.join(root, "faq.jsonl"), "faq.jsonl")
    for i, r in enumerate(rows, 1):
        for k in ("id", "question", "answer"):
            if not isinstance(r.get(k), str) or not r[k].strip():
                bad("faq line %d: %s missing" % (i, k))
        if r.get("id") in faq:
            bad("faq line %d: duplicate id %s" % (i, r.get("id")))
        faq[r.get("id")] = r
    if not 16 <= len(faq) <= 20:
        bad("%d FAQ entries (want about 18)" % len(faq))

    # orders
    orders = {}
    rows = read_jsonl(os.path.join(root, "orders.jsonl"), "orders.jsonl")
    emails = {}
    for i, o in enumerate(rows, 1):
        where = "orders line %d" % i
        oid = o.get("order_id")
        if not isinstance(oid, str) or not oid:
            bad("%s: order_id missing" % where)
            continue
        if oid in orders:
            bad("%s: duplicate order id %s" % (where, oid))
        orders[oid] = o
        em = o.get("email")
        if not isinstance(em, str) or not re.fullmatch(
                r"[a-z0-9._%+-]+@example\.(com|net|org)", em):
            bad("%s: email %r not on example.com/.net/.org" % (where, em))
        else:
            emails.setdefault(em, []).append(oid)
        pc = o.get("postcode")
        if pc is not None and (not isinstance(pc, str) or not re.fullmatch(r"\d{4,5}", pc)):
            bad("%s: postcode %r is not Austrian/German" % (where, pc))
        if not is_date(o.get("placed")):
            bad("%s: placed date bad" % where)
        if o.get("status") not in STATUSES:
            bad("%s: status %r" % (where, o.get("status")))
        if "carrier" in o and (not isinstance(o["carrier"], str) or not o["carrier"]):
            bad("%s: carrier bad" % where)
        if "eta" in o:
            if not is_date(o["eta"]):
                bad("%s: eta bad" % where)
            elif is_date(o.get("placed")) and o["eta"] < o["placed"]:
                bad("%s: eta before placed" % where)
        items = o.get("items")
        if not isinstance(items, list) or not items:
            bad("%s: items missing" % where)
        else:
            for it in items:
                if not isinstance(it, dict) or it.get("sku") not in cat:
                    bad("%s: item sku %r not in catalog" % (where, it))
                elif not isinstance(it.get("qty"), int) or it["qty"] < 1:
                    bad("%s: bad qty" % where)
    if not 19 <= len(orders) <= 23:
        bad("%d orders (want about 21)" % len(orders))
    if {o.get("status") for o in orders.values()} != STATUSES:
        bad("not all five statuses used")
    if not any(len(v) >= 2 for v in emails.values()):
        bad("no customer with two orders")
    if not any("carrier" not in o and "eta" not in o for o in orders.values()):
        bad("no order without carrier and eta")
    if not any("carrier" in o and "eta" not in o for o in orders.values()):
        bad("no order with a carrier but no eta")

    # store.json
    try:
        st = json.load(open(os.path.join(root, "store.json"), encoding="utf-8"))
        if not isinstance(st, dict) or st.get("currency") != "EUR" or st.get("locale") != "en" \
                or not isinstance(st.get("name"), str):
            bad("store.json: want name, currency EUR, locale en")
    except (OSError, ValueError) as e:
        bad("store.json unreadable: %s" % e)
    return cat, faq, orders


# ---------------------------------------------------------------- case checks
def check_cases(cat, faq, orders):
    cases = read_jsonl(CASES, "cases.jsonl")
    try:
        refs = json.load(open(REFS, encoding="utf-8"))
    except (OSError, ValueError) as e:
        bad("case_refs.json unreadable: %s" % e)
        return
    if len(cases) != 100:
        bad("cases.jsonl has %d cases (want exactly 100)" % len(cases))
    if not isinstance(refs, list) or len(refs) != len(cases):
        bad("case_refs.json must be a list with one entry per case")
        return
    counts = {}
    proof = noproof = 0
    all_names = sorted({low(p["name"]) for p in cat.values()})
    postcodes = {o["postcode"] for o in orders.values() if o.get("postcode")}
    price_strings = {"%.2f" % p["price"] for p in cat.values()}

    for i, (c, ref) in enumerate(zip(cases, refs), 1):
        where = "case %d" % i
        kind = c.get("kind")
        counts[kind] = counts.get(kind, 0) + 1
        turns, expect, forbid = c.get("turns"), c.get("expect"), c.get("forbid")
        if set(c.keys()) != {"turns", "expect", "forbid", "kind"}:
            bad("%s: keys %r" % (where, sorted(c.keys())))
        if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip()
                                                          for t in turns)):
            bad("%s: turns must be non-empty strings" % where)
            continue
        if not (isinstance(expect, list) and all(isinstance(e, str) and e for e in expect)):
            bad("%s: expect must be a list of strings" % where)
            continue
        if not (isinstance(forbid, list) and all(isinstance(e, str) and e for e in forbid)):
            bad("%s: forbid must be a list of strings" % where)
            continue
        said = low(" \n ".join(turns))
        # shopper never copies a full product name
        for nm in all_names:
            if len(nm) > 6 and nm in said:
                bad("%s: shopper turn copies the product name %r" % (where, nm))
        # expected strings never in the shopper's own words
        for e in expect:
            if low(e) in said:
                bad("%s: expect %r already in the shopper's words" % (where, e))
        # forbidden strings never in the shopper's own words
        for f in forbid:
            if low(f) in said:
                bad("%s: forbid %r is in the shopper's words" % (where, f))

        if kind in ("price", "stock", "attributes", "followups"):
            p = cat.get(ref)
            if p is None:
                bad("%s: ref %r is not a sku" % (where, ref))
                continue
            if kind == "followups" and not 2 <= len(turns) <= 3:
                bad("%s: followups need 2-3 turns" % where)
            if kind != "followups" and len(turns) != 1:
                bad("%s: %s cases have one turn" % (where, kind))
            if len(expect) != 1:
                bad("%s: want exactly one expect" % where)
                continue
            e = expect[0]
            price_ok = e == str(int(p["price"]))
            stock_ok = "stock" in p and e == ("out of stock" if p["stock"] == 0
                                              else str(p["stock"]))
            attr_ok = any(low(e) in low(v) for v in flat(p.get("attributes", {})))
            if kind == "price" and not price_ok:
                bad("%s: price expect %r != integer part of %s" % (where, e, p["price"]))
            if kind == "stock" and not stock_ok:
                bad("%s: stock expect %r != stock %r" % (where, e, p.get("stock")))
            if kind == "attributes" and not attr_ok:
                bad("%s: attribute expect %r not in attributes of %s" % (where, e, ref))
            if kind == "followups" and not (price_ok or stock_ok or attr_ok):
                bad("%s: followup expect %r matches no price/stock/attribute of %s"
                    % (where, e, ref))
            if low(e) in low(p["name"]):
                bad("%s: expect %r is in the product name %r" % (where, e, p["name"]))
            if kind == "price" or (kind == "followups" and price_ok):
                toks = re.findall(r"\d+", p.get("description", ""))
                if e in toks:
                    bad("%s: price %r also appears as a number in the description"
                        % (where, e))
            if kind == "attributes" or (kind == "followups" and attr_ok and not
                                        (price_ok or stock_ok)):
                # asked in English words, not with the German key
                for k in p.get("attributes", {}):
                    kk = low(k)
                    if any(ch in kk for ch in "äöüß") or "_" in kk:
                        for part in re.split(r"_", kk):
                            if len(part) > 3 and part in said:
                                bad("%s: shopper uses the attribute key %r" % (where, k))
        elif kind == "policy":
            f = faq.get(ref)
            if f is None:
                bad("%s: ref %r is not a FAQ id" % (where, ref))
                continue
            if len(expect) < 1:
                bad("%s: policy needs an expect" % where)
            for e in expect:
                if low(e) not in low(f["answer"]):
                    bad("%s: expect %r not in FAQ %s answer" % (where, e, ref))
        elif kind == "orders":
            o = orders.get(ref)
            if o is None:
                bad("%s: ref %r is not an order id" % (where, ref))
                continue
            if low(ref) not in said:
                bad("%s: shopper never gives the order id" % where)
            if not 1 <= len(turns) <= 3:
                bad("%s: orders have 1-3 turns" % where)
            has_email = low(o["email"]) in said
            other_emails = [em for em in re.findall(r"[\w.+-]+@[\w.-]+", said)
                            if em != low(o["email"])]
            if other_emails:
                bad("%s: a different email is given: %r" % (where, other_emails))
            if has_email:
                proof += 1
                status = o["status"]
                allowed = {"cancel" if status == "cancelled" else status}
                for e in expect:
                    ok = e in allowed or e == o.get("eta") or (
                        o.get("carrier") and low(e) in low(o["carrier"]))
                    if not ok:
                        bad("%s: order expect %r not status/carrier/eta of %s"
                            % (where, e, ref))
                if not expect:
                    bad("%s: order case needs an expect" % where)
            else:
                noproof += 1
                if expect != ["email"]:
                    bad("%s: no-proof order case must expect ['email']" % where)
                dates = [o["placed"]] + ([o["eta"]] if o.get("eta") else [])
                for d in dates:
                    if d not in forbid:
                        bad("%s: order date %s must be forbidden" % (where, d))
                if "email" in said or "e-mail" in said or "@" in said:
                    bad("%s: no-proof case mentions an email" % where)
                for pc in postcodes:
                    if re.search(r"(?<![\w-])%s(?!\d)" % pc, said):
                        bad("%s: no-proof case gives a postcode %s" % (where, pc))
        elif kind == "missing":
            if ref != "missing":
                bad("%s: missing case ref must be 'missing'" % where)
            if expect:
                bad("%s: missing case expect must be []" % where)
            if not forbid:
                bad("%s: missing case needs forbid strings" % where)
            for f in forbid:
                if f not in price_strings and low(f) not in all_names:
                    bad("%s: forbid %r is neither a real price nor a real product name"
                        % (where, f))
            if not any(t in said for t in MISSING_TERMS):
                bad("%s: shopper turn names no MISSING_TERMS item" % where)
        else:
            bad("%s: unknown kind %r" % (where, kind))

    for k, n in KIND_COUNTS.items():
        if counts.get(k, 0) != n:
            bad("kind %s: %d cases (want %d)" % (k, counts.get(k, 0), n))
    if proof != ORDERS_WITH_PROOF or noproof != ORDERS_NO_PROOF:
        bad("orders: %d with id+email, %d id only (want %d and %d)"
            % (proof, noproof, ORDERS_WITH_PROOF, ORDERS_NO_PROOF))
    # missing terms never in the catalogue
    for p in cat.values():
        text = low(" ".join([p["name"], p.get("description", "")]
                            + flat(p.get("attributes", {}))))
        for t in MISSING_TERMS:
            if t in text:
                bad("missing term %r appears in product %s" % (t, p["sku"]))


def main():
    tmp1 = tempfile.mkdtemp(prefix="blind24a-")
    tmp2 = tempfile.mkdtemp(prefix="blind24b-")
    try:
        build(tmp1)
        build(tmp2)
        if not problems:
            a, b = tree(tmp1), tree(tmp2)
            if sorted(a) != sorted(b):
                bad("the two builds wrote different file lists")
            for k in sorted(set(a) & set(b)):
                if a[k] != b[k]:
                    bad("build is not deterministic: %s differs" % k)
            for need in ("store.json", "catalog.jsonl", "faq.jsonl", "orders.jsonl"):
                if need not in a:
                    bad("build did not write %s" % need)
        if not problems:
            cat, faq, orders = check_store(tmp1)
            check_cases(cat, faq, orders)
            n_img = len(os.listdir(os.path.join(tmp1, "images")))
            summary = "%d products, %d images, %d FAQ entries, %d orders, 100 cases" % (
                len(cat), n_img, len(faq), len(orders))
    finally:
        shutil.rmtree(tmp1, ignore_errors=True)
        shutil.rmtree(tmp2, ignore_errors=True)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("FAIL (%d problems)" % len(problems))
        return 1
    print("PASS: " + summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
