#!/usr/bin/env python3
"""Build the blind12 test shop: Pandan & Pleat, an invented clothing and footwear shop
in Singapore (prices in SGD).

Usage (from the repository root):
    python3 data/eval/blind12/make_store.py runs/blind12_shop

Writes catalog.jsonl, faq.jsonl, orders.jsonl, store.json and images/*.png into OUT_DIR.
Standard library only; the output bytes are identical on every run.
Everything here (shop, brands, people, addresses, phone numbers, orders) is made up.
"""
import json
import os
import struct
import sys
import zlib

CURRENCY = "SGD"

STORE = {
    "name": "Pandan & Pleat",
    "currency": "SGD",
    "locale": "en-SG",
    "greeting": "Hi there, welcome to Pandan & Pleat! Ask me about our clothes, shoes, "
                "sizes, delivery or your order.",
}

# House brands (invented): Tanjong Threads (shirts, dresses, trousers), Selat Basics
# (tees, socks, underwear), Monsoon Works (outerwear, bags, hats), Kaki Kicks (footwear),
# Little Kampong (kids).

# Swatch colours for the product images.
RGB = {
    "sage": (156, 175, 136), "navy": (31, 45, 84), "terracotta": (196, 98, 70),
    "white": (245, 245, 240), "pale blue": (170, 200, 230), "ivory": (240, 234, 214),
    "indigo": (60, 56, 120), "cream": (243, 229, 200), "black": (25, 25, 25),
    "olive": (110, 115, 60), "grey": (140, 140, 145), "coral": (240, 128, 110),
    "ecru": (225, 215, 190), "navy/white": (60, 70, 110), "plum": (110, 50, 90),
    "dark indigo": (35, 40, 80), "light wash": (150, 180, 210), "khaki": (190, 170, 120),
    "charcoal": (60, 62, 66), "sand": (214, 196, 160), "heather grey": (170, 170, 175),
    "mid blue": (90, 130, 180), "mustard": (215, 165, 40), "emerald": (20, 130, 90),
    "peach": (250, 190, 160), "red": (200, 30, 40), "lilac": (200, 170, 220),
    "yellow": (250, 210, 40), "teal": (0, 128, 128), "grey marl": (155, 155, 160),
    "classic blue": (70, 110, 170), "beige": (225, 205, 170), "forest green": (34, 90, 50),
    "blush pink": (240, 190, 195), "off white": (240, 238, 228), "brown": (120, 75, 40),
    "tan": (200, 150, 100), "natural": (230, 215, 180), "mixed pastel": (200, 220, 210),
    "nude": (225, 190, 165), "orchid print": (190, 90, 170), "blue": (50, 100, 200),
    "pink": (245, 140, 180),
}

SHAPE = {
    "shirts & blouses": "rect", "t-shirts": "tee", "trousers & jeans": "bars",
    "dresses & skirts": "tri", "outerwear": "rect", "sneakers": "disc", "sandals & slippers": "disc",
    "bags": "rect", "socks & underwear": "bars", "hats & accessories": "disc", "kids": "tee",
}

# Each product: sku, name, category, price, stock (None = no stock field), colour key for
# the image, description, attributes.
P = []


def add(sku, name, category, price, stock, colour, description, attributes):
    P.append((sku, name, category, price, stock, colour, description, attributes))


SHIRT_SIZES = ["S", "M", "L", "XL"]
WOMEN_SIZES = ["XS", "S", "M", "L"]
WAIST = ["28", "30", "32", "34", "36"]
SHOE = ["36", "37", "38", "39", "40", "41", "42", "43", "44"]

# --- shirts & blouses -------------------------------------------------------------
C = "shirts & blouses"
for suf, col, price, stock in [("SGE", "sage", 59.90, 12), ("NVY", "navy", 59.90, 0),
                               ("TER", "terracotta", 64.90, 5)]:
    add(f"PP-SH101-{suf}", f"Linen Camp Shirt - {col.title()}", C, price, stock, col,
        "Tanjong Threads short-sleeve camp collar shirt in breathable washed linen. "
        "Machine wash cold, hang dry in the shade.",
        {"brand": "Tanjong Threads", "material": "linen", "fit": "relaxed", "color": col,
         "sizes": SHIRT_SIZES, "care": "machine wash cold", "gender": "men"})
for suf, col, stock in [("WHT", "white", 20), ("PBL", "pale blue", 7)]:
    add(f"PP-SH102-{suf}", f"Oxford Button-Down Shirt - {col.title()}", C, 49.90, stock, col,
        "Tanjong Threads long-sleeve oxford shirt with a button-down collar, easy to iron.",
        {"brand": "Tanjong Threads", "material": "cotton oxford", "fit": "slim", "color": col,
         "sizes": ["XS", "S", "M", "L", "XL", "XXL"], "care": "machine wash 30", "gender": "men"})
for suf, col, price, stock in [("IVY", "ivory", 69.00, 4), ("IND", "indigo", 72.00, 0)]:
    add(f"PP-SH103-{suf}", f"Batik Print Blouse - {col.title()}", C, price, stock, col,
        "Tanjong Threads flowy blouse with a hand-drawn batik-style print and three-quarter sleeves.",
        {"brand": "Tanjong Threads", "material": "rayon", "fit": "regular", "color": col,
         "sizes": WOMEN_SIZES, "care": "hand wash", "gender": "women"})
add("PP-SH104-CRM", "Ruffle Sleeve Blouse - Cream", C, 45.00, None, "cream",
    "Tanjong Threads cotton voile blouse with ruffled short sleeves and a round neck.",
    {"brand": "Tanjong Threads", "material": "cotton voile", "fit": "regular", "color": "cream",
     "sizes": WOMEN_SIZES, "care": "hand wash", "gender": "women"})

# --- t-shirts ---------------------------------------------------------------------
C = "t-shirts"
for suf, col, price, stock in [("BLK", "black", 19.90, 50), ("WHT", "white", 19.90, 42),
                               ("OLV", "olive", 21.90, 0)]:
    add(f"PP-TS201-{suf}", f"Everyday Crew Tee - {col.title()}", C, price, stock, col,
        "Selat Basics crew neck tee in 180gsm combed cotton that keeps its shape. Machine wash cold.",
        {"brand": "Selat Basics", "material": "combed cotton", "fit": "regular", "color": col,
         "sizes": ["XS", "S", "M", "L", "XL"], "care": "machine wash cold", "gender": "unisex"})
for suf, col, stock in [("GRY", "grey", 18), ("COR", "coral", 3)]:
    add(f"PP-TS202-{suf}", f"Dri-Cool Running Tee - {col.title()}", C, 29.90, stock, col,
        "Selat Basics quick-dry running tee with UPF 50 sun protection and mesh side panels.",
        {"brand": "Selat Basics", "material": "recycled polyester", "fit": "athletic", "color": col,
         "sizes": ["S", "M", "L", "XL"], "upf": "50", "gender": "unisex"})
add("PP-TS203-ECR", "Merlion Graphic Tee - Ecru", C, 34.90, 9, "ecru",
    "Selat Basics organic cotton tee with a screen-printed line drawing of the Merlion.",
    {"brand": "Selat Basics", "material": "organic cotton", "fit": "oversized", "color": "ecru",
     "sizes": ["S", "M", "L", "XL"], "gender": "unisex"})
add("PP-TS204-NWH", "Breton Stripe Long Sleeve Tee - Navy/White", C, 39.90, 0, "navy/white",
    "Selat Basics long sleeve boat neck tee with classic breton stripes.",
    {"brand": "Selat Basics", "material": "heavy cotton jersey", "fit": "regular",
     "color": "navy/white", "sizes": ["XS", "S", "M", "L"], "gender": "women"})
add("PP-TS205-PLM", "Pocket Henley - Plum", C, 32.50, 11, "plum",
    "Selat Basics slub cotton henley with a three-button placket and chest pocket.",
    {"brand": "Selat Basics", "material": "slub cotton", "fit": "regular", "color": "plum",
     "sizes": ["S", "M", "L", "XL"], "gender": "men"})

# --- trousers & jeans ------------------------------------------------------------
C = "trousers & jeans"
for suf, col, price, stock in [("DIN", "dark indigo", 89.00, 14), ("LTW", "light wash", 85.00, 6)]:
    add(f"PP-TR301-{suf}", f"Straight Fit Jeans - {col.title()}", C, price, stock, col,
        "Tanjong Threads five-pocket jeans in 12oz stretch denim, 32 inch inseam. Free hemming in store.",
        {"brand": "Tanjong Threads", "material": "stretch denim", "fit": "straight", "color": col,
         "sizes": WAIST, "inseam": "32 inch", "gender": "men"})
for suf, col, stock in [("KHK", "khaki", 10), ("CHA", "charcoal", 0)]:
    add(f"PP-TR302-{suf}", f"Chino Trousers - {col.title()}", C, 65.00, stock, col,
        "Tanjong Threads flat-front chinos in cotton twill with a touch of stretch.",
        {"brand": "Tanjong Threads", "material": "cotton twill", "fit": "tapered", "color": col,
         "sizes": WAIST, "gender": "men"})
add("PP-TR303-BLK", "Wide Leg Culottes - Black", C, 55.00, 8, "black",
    "Tanjong Threads cropped wide leg culottes with an elastic back waist.",
    {"brand": "Tanjong Threads", "material": "crepe", "fit": "wide leg", "color": "black",
     "sizes": WOMEN_SIZES, "gender": "women"})
add("PP-TR304-SND", "Drawstring Linen Pants - Sand", C, 62.90, 13, "sand",
    "Tanjong Threads easy linen pants with a drawstring waist and side pockets.",
    {"brand": "Tanjong Threads", "material": "linen", "fit": "relaxed", "color": "sand",
     "sizes": ["S", "M", "L", "XL"], "closure": "drawstring", "gender": "unisex"})
add("PP-TR305-HGR", "Jogger Pants - Heather Grey", C, 42.00, 9, "heather grey",
    "Selat Basics french terry joggers with ribbed cuffs.",
    {"brand": "Selat Basics", "material": "french terry", "fit": "tapered", "color": "heather grey",
     "sizes": ["S", "M", "L", "XL"], "gender": "unisex"})
add("PP-TR306-MBL", "Denim Shorts - Mid Blue", C, 45.90, 21, "mid blue",
    "Tanjong Threads 7 inch denim shorts with rolled hems.",
    {"brand": "Tanjong Threads", "material": "cotton denim", "fit": "regular", "color": "mid blue",
     "sizes": WAIST, "gender": "men"})

# --- dresses & skirts -------------------------------------------------------------
C = "dresses & skirts"
for suf, col, price, stock in [("MUS", "mustard", 79.90, 5), ("EMR", "emerald", 84.90, 2)]:
    add(f"PP-DR401-{suf}", f"Wrap Midi Dress - {col.title()}", C, price, stock, col,
        "Tanjong Threads wrap dress with a tie waist and flutter sleeves, midi length.",
        {"brand": "Tanjong Threads", "material": "viscose", "fit": "wrap", "color": col,
         "sizes": WOMEN_SIZES, "length": "midi", "care": "hand wash", "gender": "women"})
add("PP-DR402-PCH", "Floral Sundress - Peach", C, 59.00, 0, "peach",
    "Tanjong Threads sleeveless cotton sundress with a floral print and adjustable straps.",
    {"brand": "Tanjong Threads", "material": "cotton poplin", "fit": "a-line", "color": "peach",
     "sizes": WOMEN_SIZES, "length": "knee", "gender": "women"})
for suf, col, stock in [("BLK", "black", 3), ("RED", "red", 0)]:
    add(f"PP-DR403-{suf}", f"Modern Cheongsam Dress - {col.title()}", C, 129.00, stock, col,
        "Tanjong Threads qipao-inspired dress with a mandarin collar and frog button closures. Dry clean only.",
        {"brand": "Tanjong Threads", "material": "silk blend", "fit": "fitted", "color": col,
         "sizes": WOMEN_SIZES, "closure": "frog buttons", "care": "dry clean only", "gender": "women"})
add("PP-DR404-NVY", "Pleated Midi Skirt - Navy", C, 49.90, 9, "navy",
    "Tanjong Threads knife-pleated skirt with an elastic waistband.",
    {"brand": "Tanjong Threads", "material": "polyester chiffon", "color": "navy",
     "sizes": WOMEN_SIZES, "length": "midi", "gender": "women"})
add("PP-DR405-IND", "Denim A-Line Skirt - Indigo", C, 44.90, 12, "indigo",
    "Tanjong Threads button-front denim skirt, above the knee.",
    {"brand": "Tanjong Threads", "material": "cotton denim", "fit": "a-line", "color": "indigo",
     "sizes": WOMEN_SIZES, "length": "mini", "gender": "women"})
add("PP-DR406-LIL", "Tiered Maxi Skirt - Lilac", C, 54.00, None, "lilac",
    "Tanjong Threads three-tier maxi skirt in light cotton gauze.",
    {"brand": "Tanjong Threads", "material": "cotton gauze", "color": "lilac",
     "sizes": WOMEN_SIZES, "length": "maxi", "gender": "women"})

# --- outerwear --------------------------------------------------------------------
C = "outerwear"
for suf, col, price, stock in [("YEL", "yellow", 99.00, 7), ("BLK", "black", 99.00, 15),
                               ("TEA", "teal", 109.00, 0)]:
    add(f"PP-OW501-{suf}", f"Monsoon Rain Jacket - {col.title()}", C, price, stock, col,
        "Monsoon Works hooded rain jacket with taped seams and a 10,000 mm waterproof rating. "
        "Folds into its own pocket.",
        {"brand": "Monsoon Works", "material": "nylon ripstop", "waterproof": "yes",
         "waterproof_rating": "10,000 mm", "closure": "zip", "color": col,
         "sizes": ["XS", "S", "M", "L", "XL"], "gender": "unisex"})
add("PP-OW502-NVY", "Packable Windbreaker - Navy", C, 69.90, 10, "navy",
    "Monsoon Works featherweight windbreaker, water-resistant (not waterproof), packs into a pouch.",
    {"brand": "Monsoon Works", "material": "recycled nylon", "waterproof": "no", "closure": "zip",
     "color": "navy", "sizes": ["S", "M", "L", "XL"], "gender": "unisex"})
add("PP-OW503-KHK", "Utility Overshirt - Khaki", C, 79.00, 4, "khaki",
    "Tanjong Threads cotton canvas overshirt with two flap chest pockets.",
    {"brand": "Tanjong Threads", "material": "cotton canvas", "fit": "boxy", "closure": "snap buttons",
     "color": "khaki", "sizes": ["S", "M", "L", "XL"], "gender": "men"})
add("PP-OW504-GML", "Zip Hoodie - Grey Marl", C, 59.90, 5, "grey marl",
    "Selat Basics midweight zip hoodie in brushed fleece.",
    {"brand": "Selat Basics", "material": "cotton fleece", "fit": "regular", "closure": "zip",
     "color": "grey marl", "sizes": ["S", "M", "L", "XL"], "gender": "unisex"})
add("PP-OW505-CBL", "Denim Jacket - Classic Blue", C, 119.00, 6, "classic blue",
    "Tanjong Threads trucker-style denim jacket with copper buttons.",
    {"brand": "Tanjong Threads", "material": "rigid denim", "fit": "regular", "closure": "buttons",
     "color": "classic blue", "sizes": ["S", "M", "L", "XL"], "gender": "unisex"})
add("PP-OW506-BEI", "Lightweight Cardigan - Beige", C, 49.00, 8, "beige",
    "Tanjong Threads fine-knit cardigan for air-conditioned offices.",
    {"brand": "Tanjong Threads", "material": "cotton modal knit", "closure": "buttons",
     "color": "beige", "sizes": ["XS", "S", "M", "L"], "gender": "women"})

# --- sneakers ---------------------------------------------------------------------
C = "sneakers"
for suf, col, stock in [("WHT", "white", 16), ("BLK", "black", 0)]:
    add(f"PP-SN601-{suf}", f"Court Low Sneaker - {col.title()}", C, 89.90, stock, col,
        "Kaki Kicks clean low-top sneaker in smooth leather with a stitched cupsole.",
        {"brand": "Kaki Kicks", "upper": "leather", "sole": "rubber cupsole", "closure": "laces",
         "color": col, "sizes": SHOE, "gender": "unisex"})
for suf, col, stock in [("FGR", "forest green", 9), ("RED", "red", 2)]:
    add(f"PP-SN602-{suf}", f"Canvas High-Top - {col.title()}", C, 69.00, stock, col,
        "Kaki Kicks classic high-top in 12oz canvas with a vulcanised sole.",
        {"brand": "Kaki Kicks", "upper": "canvas", "sole": "vulcanised rubber", "closure": "laces",
         "color": col, "sizes": SHOE, "gender": "unisex"})
for suf, col, price, stock in [("GRY", "grey", 109.00, 11), ("BPK", "blush pink", 114.00, 5)]:
    add(f"PP-SN603-{suf}", f"Knit Runner - {col.title()}", C, price, stock, col,
        "Kaki Kicks sock-like knit running shoe with a cushioned EVA midsole. Machine washable.",
        {"brand": "Kaki Kicks", "upper": "recycled knit", "sole": "EVA", "closure": "laces",
         "color": col, "sizes": SHOE, "gender": "unisex"})
add("PP-SN604-OWH", "Slip-On Canvas Shoe - Off White", C, 45.00, 12, "off white",
    "Kaki Kicks easy slip-on with elastic side gores.",
    {"brand": "Kaki Kicks", "upper": "canvas", "sole": "vulcanised rubber", "closure": "slip-on",
     "color": "off white", "sizes": ["36", "37", "38", "39", "40", "41", "42"], "gender": "unisex"})
add("PP-SN605-BEI", "Platform Sneaker - Beige", C, 99.00, None, "beige",
    "Kaki Kicks chunky sneaker with a 4 cm platform sole.",
    {"brand": "Kaki Kicks", "upper": "suede", "sole": "4 cm platform", "closure": "laces",
     "color": "beige", "sizes": ["35", "36", "37", "38", "39", "40"], "gender": "women"})

# --- sandals & slippers -----------------------------------------------------------
C = "sandals & slippers"
for suf, col, stock in [("BRN", "brown", 10), ("BLK", "black", 7)]:
    add(f"PP-SA701-{suf}", f"Leather Slide Sandal - {col.title()}", C, 59.00, stock, col,
        "Kaki Kicks two-strap slide with a contoured cork footbed.",
        {"brand": "Kaki Kicks", "upper": "leather", "sole": "cork footbed", "closure": "slip-on",
         "color": col, "sizes": ["36", "37", "38", "39", "40", "41", "42", "43"], "gender": "unisex"})
for suf, col, stock in [("NVY", "navy", 60), ("YEL", "yellow", 0)]:
    add(f"PP-SA702-{suf}", f"Rubber Flip Flops - {col.title()}", C, 12.90, stock, col,
        "Kaki Kicks natural rubber flip flops for pool and beach.",
        {"brand": "Kaki Kicks", "material": "natural rubber", "waterproof": "yes", "color": col,
         "sizes": ["36", "38", "40", "42", "44"], "gender": "unisex"})
add("PP-SA703-TAN", "Strappy Sport Sandal - Tan", C, 65.00, 8, "tan",
    "Kaki Kicks water-friendly sport sandal with three adjustable hook-and-loop straps.",
    {"brand": "Kaki Kicks", "upper": "webbing", "sole": "rubber", "closure": "velcro straps",
     "waterproof": "yes", "color": "tan", "sizes": ["37", "38", "39", "40", "41", "42", "43", "44"],
     "gender": "unisex"})
add("PP-SA704-GRY", "Cloud House Slippers - Grey", C, 24.90, 14, "grey",
    "Kaki Kicks soft foam house slippers with a non-slip sole.",
    {"brand": "Kaki Kicks", "material": "EVA foam", "color": "grey",
     "sizes": ["S (36-37)", "M (38-39)", "L (40-41)", "XL (42-43)"], "gender": "unisex"})
add("PP-SA705-BLK", "Woven Espadrille - Black", C, 49.90, 0, "black",
    "Kaki Kicks flat espadrille with a jute-wrapped sole.",
    {"brand": "Kaki Kicks", "upper": "cotton canvas", "sole": "jute", "closure": "slip-on",
     "color": "black", "sizes": ["36", "37", "38", "39", "40"], "gender": "women"})

# --- bags ------------------------------------------------------------------------
C = "bags"
for suf, col, stock in [("NAT", "natural", 25), ("BLK", "black", 17)]:
    add(f"PP-BG801-{suf}", f"Canvas Tote Bag - {col.title()}", C, 29.90, stock, col,
        "Monsoon Works heavy canvas tote with an inside zip pocket.",
        {"brand": "Monsoon Works", "material": "cotton canvas", "capacity": "12L",
         "closure": "open top", "color": col})
for suf, col, stock in [("OLV", "olive", 6), ("BLK", "black", 0)]:
    add(f"PP-BG802-{suf}", f"Roll-Top Backpack - {col.title()}", C, 89.00, stock, col,
        "Monsoon Works waterproof roll-top backpack with a padded 15 inch laptop sleeve.",
        {"brand": "Monsoon Works", "material": "TPU-coated polyester", "capacity": "22L",
         "closure": "roll-top buckle", "waterproof": "yes", "laptop": "15 inch", "color": col})
add("PP-BG803-TAN", "Leather Crossbody Bag - Tan", C, 119.00, 3, "tan",
    "Monsoon Works small vegetable-tanned leather crossbody with an adjustable strap.",
    {"brand": "Monsoon Works", "material": "vegetable-tanned leather", "capacity": "2L",
     "closure": "magnetic snap", "color": "tan"})
add("PP-BG804-NVY", "Nylon Sling Bag - Navy", C, 39.90, 12, "navy",
    "Monsoon Works everyday sling with two zip compartments, worn across the chest.",
    {"brand": "Monsoon Works", "material": "nylon", "capacity": "4L", "closure": "zip",
     "color": "navy"})
add("PP-BG805-CRM", "Woven Rattan Bag - Cream", C, 55.00, 4, "cream",
    "Monsoon Works hand-woven rattan basket bag with leather handles.",
    {"brand": "Monsoon Works", "material": "rattan", "capacity": "8L", "closure": "open top",
     "color": "cream"})

# --- socks & underwear ------------------------------------------------------------
C = "socks & underwear"
for suf, col, stock in [("BLK", "black", 40), ("MXP", "mixed pastel", 15)]:
    add(f"PP-SU901-{suf}", f"Bamboo Ankle Socks 3-Pack - {col.title()}", C, 19.90, stock, col,
        "Selat Basics soft bamboo viscose ankle socks, pack of three pairs.",
        {"brand": "Selat Basics", "material": "bamboo viscose", "pack_count": 3, "color": col,
         "sizes": ["S/M", "L/XL"]})
add("PP-SU902-WHT", "Crew Sports Socks 5-Pack - White", C, 24.90, 30, "white",
    "Selat Basics cushioned crew socks with arch support, pack of five pairs.",
    {"brand": "Selat Basics", "material": "cotton blend", "pack_count": 5, "color": "white",
     "sizes": ["S/M", "L/XL"]})
for suf, col, stock in [("BLK", "black", 22), ("NVY", "navy", 9)]:
    add(f"PP-SU903-{suf}", f"Cotton Boxer Briefs 2-Pack - {col.title()}", C, 29.90, stock, col,
        "Selat Basics stretch cotton boxer briefs, pack of two.",
        {"brand": "Selat Basics", "material": "cotton elastane", "pack_count": 2, "color": col,
         "sizes": ["S", "M", "L", "XL"], "gender": "men"})
add("PP-SU904-NUD", "Seamless Bralette - Nude", C, 35.00, 6, "nude",
    "Selat Basics wire-free seamless bralette with removable pads.",
    {"brand": "Selat Basics", "material": "nylon spandex", "color": "nude",
     "sizes": ["XS", "S", "M", "L"], "gender": "women"})
add("PP-SU905-GRY", "Lounge Shorts - Grey", C, 27.90, None, "grey",
    "Selat Basics soft modal sleep and lounge shorts.",
    {"brand": "Selat Basics", "material": "modal", "color": "grey",
     "sizes": ["S", "M", "L", "XL"], "gender": "unisex"})

# --- hats & accessories -----------------------------------------------------------
C = "hats & accessories"
for suf, col, stock in [("KHK", "khaki", 19), ("BLK", "black", 0)]:
    add(f"PP-HA111-{suf}", f"Bucket Hat - {col.title()}", C, 25.00, stock, col,
        "Monsoon Works cotton twill bucket hat, UPF 50.",
        {"brand": "Monsoon Works", "material": "cotton twill", "upf": "50", "color": col,
         "sizes": ["S/M", "L/XL"]})
add("PP-HA112-NVY", "Baseball Cap - Navy", C, 22.90, 15, "navy",
    "Monsoon Works six-panel cap with an adjustable strapback.",
    {"brand": "Monsoon Works", "material": "cotton chino", "closure": "strapback", "color": "navy",
     "sizes": ["one size"]})
add("PP-HA113-NAT", "Straw Sun Hat - Natural", C, 39.90, 6, "natural",
    "Monsoon Works wide brim straw hat with a black ribbon band.",
    {"brand": "Monsoon Works", "material": "paper straw", "brim": "wide", "color": "natural",
     "sizes": ["one size"]})
add("PP-HA114-BRN", "Leather Belt - Brown", C, 45.00, 10, "brown",
    "Tanjong Threads full-grain leather belt with a brushed nickel buckle, 3.5 cm wide.",
    {"brand": "Tanjong Threads", "material": "full-grain leather", "color": "brown",
     "sizes": ["85", "90", "95", "100", "105"]})
add("PP-HA115-ORC", "Silk Scarf - Orchid Print", C, 58.00, 2, "orchid print",
    "Tanjong Threads 70 x 70 cm silk twill square scarf with an orchid print.",
    {"brand": "Tanjong Threads", "material": "silk twill", "color": "orchid print",
     "dimensions": "70 x 70 cm"})
add("PP-HA116-BLK", "Compact Umbrella - Black", C, 24.00, 33, "black",
    "Monsoon Works auto open and close umbrella, fits in a tote.",
    {"brand": "Monsoon Works", "material": "pongee", "closure": "auto open/close", "color": "black"})

# --- kids ------------------------------------------------------------------------
C = "kids"
for age, price, stock in [("4-5Y", 45.00, 4), ("6-7Y", 45.00, 0), ("8-9Y", 49.00, 3)]:
    add(f"PP-KD121-YEL-{age[0]}", f"Kids Rain Jacket - Yellow {age}", C, price, stock, "yellow",
        "Little Kampong hooded kids' rain jacket with reflective strips and taped seams.",
        {"brand": "Little Kampong", "material": "PU-coated polyester", "waterproof": "yes",
         "closure": "snap buttons", "color": "yellow", "age": age, "gender": "kids"})
add("PP-KD122-BLU", "Kids Dino Graphic Tee - Blue", C, 16.90, 20, "blue",
    "Little Kampong cotton tee with a glow-in-the-dark dinosaur print.",
    {"brand": "Little Kampong", "material": "cotton", "color": "blue",
     "sizes": ["2-3Y", "4-5Y", "6-7Y", "8-9Y"], "gender": "kids"})
add("PP-KD123-PNK", "Kids Light-Up Sneakers - Pink", C, 39.90, 7, "pink",
    "Little Kampong light-up sneakers with velcro straps; lights run on a USB-rechargeable battery.",
    {"brand": "Little Kampong", "upper": "synthetic", "sole": "rubber", "closure": "velcro straps",
     "color": "pink", "sizes": ["26", "27", "28", "29", "30", "31", "32"], "gender": "kids"})
for age, price, stock in [("4-5Y", 18.00, 11), ("6-7Y", 19.00, 0)]:
    add(f"PP-KD124-NVY-{age[0]}", f"Kids School Shorts - Navy {age}", C, price, stock, "navy",
        "Little Kampong elastic-waist school shorts in hard-wearing polyester cotton.",
        {"brand": "Little Kampong", "material": "polyester cotton", "color": "navy", "age": age,
         "gender": "kids"})

FAQ = [
    ("delivery-sg", "How much is delivery within Singapore?",
     "Standard delivery within Singapore is S$4.90 and takes 2 to 4 working days with Ninja Van. "
     "Orders of S$80 and above get free standard delivery."),
    ("same-day", "Do you have same-day delivery?",
     "Yes. Orders placed before 12pm (Monday to Saturday) can go out the same day with our own "
     "courier, Pandan Express, for S$12.90. Deliveries arrive between 4pm and 9pm. Not available "
     "on Sundays and public holidays."),
    ("delivery-malaysia", "Do you deliver to Malaysia?",
     "Yes, we ship to Malaysia with J&T Express. West Malaysia is a flat S$15.90 and takes 5 to 7 "
     "working days; East Malaysia (Sabah and Sarawak) is S$22.90 and takes 7 to 10 working days."),
    ("delivery-international", "Do you ship overseas?",
     "We ship to Brunei, Indonesia, Hong Kong and Australia via SingPost International for a flat "
     "S$28.90 per order, 7 to 14 working days. Import duties and taxes are paid by the customer. "
     "We do not ship to other countries yet."),
    ("self-collection", "Can I collect my order at the shop?",
     "Yes, self-collection at our shop at 38 Kembangan Lane #01-12, Singapore 419876 is free. "
     "Your order is ready 1 working day after you get our ready-for-collection SMS, and we hold it "
     "for 7 days."),
    ("locker", "Can I pick up from a locker?",
     "Yes, you can choose a PopBox locker at checkout for S$2.50. Parcels reach the locker in "
     "2 to 3 working days and you have 72 hours to pick up with the PIN we send you."),
    ("returns", "What is your return policy?",
     "You can return unworn items with the tags on within 14 days of delivery for a refund to your "
     "original payment method. Refunds are processed within 5 working days of us receiving the item. "
     "A return postage fee of S$3.50 is deducted unless the item is faulty."),
    ("sale-items", "Can I return sale items?",
     "Items bought at 30% off or more are final sale and cannot be returned or exchanged, unless "
     "they are faulty."),
    ("underwear-hygiene", "Can I return underwear or socks?",
     "For hygiene reasons underwear, socks and bralettes cannot be returned or exchanged once the "
     "packaging is opened, unless faulty."),
    ("size-exchange", "Can I exchange for a different size?",
     "Yes, your first size exchange is free within 14 days, in store or by courier; we send the new "
     "size once we receive the original. Any further exchange on the same order costs S$4.90."),
    ("alterations", "Do you do alterations or hemming?",
     "Yes. Hemming for trousers and jeans is S$8.50 per pair (free for our Straight Fit Jeans) and "
     "is ready in 3 working days. Sleeve shortening is S$15.50. Alterations are done at our shop only."),
    ("gift-wrap", "Do you offer gift wrapping?",
     "Gift wrapping is S$3.90 per item, in pandan-green paper with a handwritten card at no extra "
     "cost. Add it at checkout or ask at the counter."),
    ("payment", "What payment methods do you accept?",
     "We accept PayNow, GrabPay, Visa, Mastercard and American Express, and Atome. Cash and NETS "
     "are accepted in store only."),
    ("instalments", "Can I pay in instalments?",
     "Yes, with Atome you can split orders of S$30 and above into 3 interest-free instalments."),
    ("gst", "Do your prices include GST?",
     "Yes, all prices include 9% GST. A tax invoice is attached to your order confirmation email."),
    ("store-hours", "What are your opening hours?",
     "Our shop is open Tuesday to Sunday, 11am to 8pm. We are closed on Mondays, except public "
     "holidays when we open 12pm to 6pm."),
    ("contact", "How do I contact you?",
     "WhatsApp or call us at +65 6123 4870 (Tuesday to Sunday, 11am to 8pm) or email "
     "hello@pandanpleat.example.com. We reply to emails within 1 working day."),
    ("loyalty", "Do you have a loyalty programme?",
     "Join Pleat Points for free: earn 1 point for every S$1 spent, and every 200 points turns into "
     "a S$10 voucher. Points expire after 12 months."),
    ("care", "How should I care for linen and denim?",
     "Wash linen in cold water and hang it to dry in the shade; do not tumble dry. Wash denim inside "
     "out at 30 degrees, no more than every few wears. Cheongsam dresses are dry clean only."),
    ("student-discount", "Do you have a student discount?",
     "Students get 10% off full-price items in store with a valid student card, or online with the "
     "code STUDENT10 after verifying a school email. It cannot be combined with other promotions."),
    ("order-changes", "Can I change or cancel my order?",
     "You can change or cancel an order within 2 hours of placing it by WhatsApp. After that the "
     "order is packed and cannot be cancelled, but you can return it under our returns policy."),
    ("tracking", "How do I track my order?",
     "We email you a tracking link once your order ships. For Pandan Express same-day orders we "
     "SMS you a 1-hour delivery window on the day."),
]

ORDERS = [
    {"order_id": "PNP-24031", "email": "tan.meiling@example.com", "postcode": "560231",
     "placed": "2026-03-02", "status": "delivered", "carrier": "Ninja Van", "eta": "2026-03-05",
     "items": [{"sku": "PP-SH101-SGE", "qty": 1}, {"sku": "PP-TS201-BLK", "qty": 2}]},
    {"order_id": "PNP-24047", "email": "rajesh.k@example.com", "postcode": "640512",
     "placed": "2026-03-09", "status": "shipped", "carrier": "SingPost", "eta": "2026-03-13",
     "items": [{"sku": "PP-TR301-DIN", "qty": 1}]},
    {"order_id": "PNP-24058", "email": "nurul.aisyah@example.com", "postcode": "520118",
     "placed": "2026-03-10", "status": "processing",
     "items": [{"sku": "PP-DR401-EMR", "qty": 1}, {"sku": "PP-BG801-NAT", "qty": 1}]},
    {"order_id": "PNP-24062", "email": "jasonlim88@example.com", "postcode": "178957",
     "placed": "2026-03-11", "status": "shipped", "carrier": "Ninja Van", "eta": "2026-03-16",
     "items": [{"sku": "PP-SN603-GRY", "qty": 1}]},
    {"order_id": "PNP-24070", "email": "chloe.ng@example.com", "postcode": "238801",
     "placed": "2026-03-12", "status": "cancelled",
     "items": [{"sku": "PP-DR403-RED", "qty": 1}]},
    {"order_id": "PNP-24075", "email": "weiming.ong@example.com", "postcode": "460088",
     "placed": "2026-02-20", "status": "returned", "carrier": "J&T Express", "eta": "2026-02-25",
     "items": [{"sku": "PP-SN601-WHT", "qty": 1}]},
    {"order_id": "PNP-24081", "email": "priya.menon@example.com", "postcode": "310045",
     "placed": "2026-03-14", "status": "shipped", "carrier": "Pandan Express", "eta": "2026-03-14",
     "items": [{"sku": "PP-OW501-YEL", "qty": 1}, {"sku": "PP-KD121-YEL-4", "qty": 1}]},
    {"order_id": "PNP-24086", "email": "hafiz.rahman@example.com", "postcode": "730662",
     "placed": "2026-03-13", "status": "shipped", "carrier": "J&T Express", "eta": "2026-03-20",
     "items": [{"sku": "PP-BG802-OLV", "qty": 1}]},
    {"order_id": "PNP-24090", "email": "sarah.goh@example.com", "postcode": "098632",
     "placed": "2026-03-01", "status": "delivered", "carrier": "SingPost", "eta": "2026-03-04",
     "items": [{"sku": "PP-SU901-BLK", "qty": 2}, {"sku": "PP-HA111-KHK", "qty": 1}]},
    {"order_id": "PNP-24093", "email": "danielchua@example.com", "postcode": "329915",
     "placed": "2026-03-15", "status": "processing", "eta": "2026-03-19",
     "items": [{"sku": "PP-OW505-CBL", "qty": 1}]},
    {"order_id": "PNP-24097", "email": "amelia.tay@example.com", "postcode": "159547",
     "placed": "2026-02-26", "status": "returned", "carrier": "Ninja Van", "eta": "2026-03-02",
     "items": [{"sku": "PP-DR402-PCH", "qty": 1}]},
    {"order_id": "PNP-24102", "email": "marcus.yeo@example.com", "postcode": "819663",
     "placed": "2026-03-08", "status": "cancelled",
     "items": [{"sku": "PP-SA703-TAN", "qty": 1}, {"sku": "PP-HA112-NVY", "qty": 1}]},
]


# --- images ------------------------------------------------------------------------
def png(width, height, pixel):
    """Encode an RGB image; pixel(x, y) -> (r, g, b)."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(tag, data):
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def product_image(colour, shape):
    fg = RGB[colour]
    bg = (236, 242, 232)  # pale pandan green
    size = 96

    def inside(x, y):
        if shape == "rect":
            return 20 <= x < 76 and 16 <= y < 80
        if shape == "disc":
            return (x - 48) ** 2 + (y - 48) ** 2 < 32 ** 2
        if shape == "tri":
            return 14 <= y < 84 and abs(x - 48) <= (y - 14) * 34 // 70
        if shape == "bars":
            return 16 <= y < 80 and (22 <= x < 44 or 52 <= x < 74)
        if shape == "tee":
            return (30 <= x < 66 and 20 <= y < 80) or (14 <= x < 82 and 20 <= y < 38)
        return False

    def pixel(x, y):
        if x < 2 or y < 2 or x >= size - 2 or y >= size - 2:
            return (90, 120, 80)
        return fg if inside(x, y) else bg

    return png(size, size, pixel)


def image_name(sku):
    return "images/" + sku.lower() + ".png"


def main(argv):
    if len(argv) != 2:
        print("usage: make_store.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(os.path.join(out, "images"), exist_ok=True)
    skus = set()
    with open(os.path.join(out, "catalog.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for sku, name, category, price, stock, colour, desc, attrs in P:
            assert sku not in skus, sku
            skus.add(sku)
            rec = {"sku": sku, "name": name, "description": desc, "category": category,
                   "price": round(price, 2), "currency": CURRENCY}
            if stock is not None:
                rec["stock"] = stock
            rec["attributes"] = attrs
            rec["images"] = [image_name(sku)]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            with open(os.path.join(out, image_name(sku)), "wb") as img:
                img.write(product_image(colour, SHAPE[category]))
    with open(os.path.join(out, "faq.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for fid, q, a in FAQ:
            f.write(json.dumps({"id": fid, "question": q, "answer": a}, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "orders.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in ORDERS:
            for it in o["items"]:
                assert it["sku"] in skus, it["sku"]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "store.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {len(P)} products, {len(FAQ)} faq, {len(ORDERS)} orders to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
