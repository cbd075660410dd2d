"""Build the "blind3" evaluation shop: the source store's data with a new, independent FAQ.

Copies catalog.jsonl, orders.jsonl, store.json and the images/ folder from a source store
folder to a destination folder, and writes a new faq.jsonl there with 18 policy entries for a
home-goods shop (store format v1, see STORE.md).

Run from the repository root, after making the source store:

    python data/make_demo_store.py runs/blind3_store --eval --products 200 --seed 60606
    python data/eval/blind3/make_store.py runs/blind3_store runs/blind3_shop
    shopdesk ingest runs/blind3_shop

The FAQ topics and wording below were written without reference to the assistant's own
wording lists, its training data or its other evaluation sets.
"""

from __future__ import annotations

import json
import os
import shutil
import sys

FAQ = [
    {
        "id": "returns-window",
        "question": "What is your returns policy?",
        "answer": "Changed your mind? Unused items can be sent back within 45 days of delivery for a full refund. "
        "Print a free return label from Your Account > Orders and drop the parcel at any UPS Access Point.",
    },
    {
        "id": "refund-timing",
        "question": "When will my refund be processed?",
        "answer": "As soon as your parcel is scanned in at our returns center in Columbus, Ohio, we issue the refund "
        "within 3 business days. Your bank may need another 2 to 7 days to show it on your statement.",
    },
    {
        "id": "delivery-times",
        "question": "How long will my delivery take?",
        "answer": "Standard Ground delivery reaches you in 4 to 7 business days. Next Day Priority is available on "
        "orders placed before 1 p.m. ET, Monday to Thursday.",
    },
    {
        "id": "delivery-charges",
        "question": "What are your delivery charges?",
        "answer": "Standard Ground costs $6.95 per order and is free when you spend $75 or more. Next Day Priority is "
        "$19.95, and chairs can be sent with two-person White Glove delivery for a flat $89.",
    },
    {
        "id": "international-orders",
        "question": "Do you deliver outside the United States?",
        "answer": "Yes, we ship to Canada, Mexico and 22 European countries with our partner GlobalPost Direct. "
        "International parcels take 8 to 14 business days, and duties and taxes are paid at checkout so there are no "
        "fees on arrival.",
    },
    {
        "id": "guarantee",
        "question": "What guarantee comes with your products?",
        "answer": "Chairs are covered for 5 years against structural faults under our Harbor Frame Guarantee; everything "
        "else is guaranteed for 1 year from the delivery date. Normal wear, misuse and outdoor weathering are not included.",
    },
    {
        "id": "ways-to-pay",
        "question": "Which ways can I pay?",
        "answer": "We take Visa, Mastercard, American Express, Discover, PayPal, Apple Pay and Google Pay. Baskets over "
        "$150 can also be split into 4 interest-free payments with Klarna.",
    },
    {
        "id": "price-promise",
        "question": "Will you match a competitor's lower price?",
        "answer": "Spotted the identical item for less at another US retailer within 10 days of your purchase? Send us the "
        "link and we will refund the difference. Marketplace sellers, clearance lines and Black Friday deals are excluded.",
    },
    {
        "id": "rewards-club",
        "question": "How does the Harbor Circle rewards club work?",
        "answer": "Harbor Circle is free to join: you earn 1 point for every $1 you spend, and every 200 points becomes a "
        "$10 voucher. Members also receive 100 bonus points in their birthday month.",
    },
    {
        "id": "e-gift-cards",
        "question": "Can I buy an e-gift card?",
        "answer": "Our e-gift cards come in any amount from $15 to $300 and are emailed instantly or on a date you pick. "
        "They stay valid for 3 years and can be spent on our website only.",
    },
    {
        "id": "locker-pickup",
        "question": "Can I collect my order instead of having it delivered?",
        "answer": "Yes - choose Collect at checkout and pick your order up free of charge from one of 35 ParcelPoint "
        "lockers. We text you a 6-digit code when it is ready, and the locker holds it for 5 days.",
    },
    {
        "id": "home-assembly",
        "question": "Do you offer an assembly service?",
        "answer": "Our partner TaskNest will assemble a chair in your home for $49 per item. Add it at checkout and a "
        "fitter will phone you within 48 hours of delivery to book a visit.",
    },
    {
        "id": "trade-accounts",
        "question": "Do you have trade or bulk pricing?",
        "answer": "Interior designers, hotels, cafes and offices can apply for a Harbor Trade account, which gives 15% off "
        "every order and 30-day invoicing. For 25 or more of a single item, email trade@harborhome.example for a quote.",
    },
    {
        "id": "caring-for-items",
        "question": "How do I look after my purchases?",
        "answer": "Ceramic and glass pieces should be washed by hand unless the product page says dishwasher safe. "
        "Treat linen chairs with Harbor Fabric Guard spray ($14) once a year and blot spills straight away instead of rubbing.",
    },
    {
        "id": "second-round",
        "question": "Can you take my old items for recycling?",
        "answer": "Through our Second Round program we take away your old chair for $25 when we deliver a new one and pass "
        "it to a certified recycler or local charity. Worn-out bottles and mugs can be mailed back with a free Second Round "
        "label in exchange for a $5 voucher.",
    },
    {
        "id": "multiple-parcels",
        "question": "Why has my order arrived in several parcels?",
        "answer": "We dispatch from 2 warehouses, in Reno and in Columbus, so one order can arrive in separate parcels on "
        "different days. You are only charged delivery once, and every parcel has its own tracking link.",
    },
    {
        "id": "close-account",
        "question": "How can I close my account and remove my data?",
        "answer": "Email privacy@harborhome.example from the address on your account and we will erase your account and "
        "personal data within 30 days. Invoices for past orders are kept for 7 years because tax law requires it.",
    },
    {
        "id": "engraving",
        "question": "Can I personalize an item with engraving?",
        "answer": "Bottles and notebooks can be laser-engraved with up to 20 characters for $12 per item. Engraved items "
        "are made to order, ship 3 business days later, and cannot be returned unless they are faulty.",
    },
]


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        print("usage: make_store.py SOURCE_STORE DEST_STORE", file=sys.stderr)
        return 2
    src, dst = argv[1], argv[2]
    if os.path.abspath(src) == os.path.abspath(dst):
        print("source and destination must differ", file=sys.stderr)
        return 2
    assert len(FAQ) == 18
    assert len({e["id"] for e in FAQ}) == len(FAQ), "duplicate FAQ id"
    os.makedirs(dst, exist_ok=True)
    for name in ("catalog.jsonl", "orders.jsonl", "store.json"):
        shutil.copy2(os.path.join(src, name), os.path.join(dst, name))
    dst_images = os.path.join(dst, "images")
    if os.path.isdir(dst_images):
        shutil.rmtree(dst_images)
    shutil.copytree(os.path.join(src, "images"), dst_images)
    with open(os.path.join(dst, "faq.jsonl"), "w", encoding="utf-8") as f:
        for entry in FAQ:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"wrote {dst}: {len(FAQ)} FAQ entries, catalog, orders, store.json and images copied")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
