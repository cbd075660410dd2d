#!/usr/bin/env python3
"""Build the "Kumo & Kettle" outside test store (store format v1).

Usage: python data/eval/blind13/make_store.py OUT_DIR

Writes catalog.jsonl, faq.jsonl, orders.jsonl, store.json and images/*.png into
OUT_DIR. Standard library only; the output is byte-for-byte identical on every run.
"""
import hashlib
import json
import os
import struct
import sys
import zlib

CURRENCY = "JPY"

STORE = {
    "name": "Kumo & Kettle",
    "currency": CURRENCY,
    "locale": "en-JP",
    "greeting": "Konnichiwa and welcome to Kumo & Kettle in Kyoto! Ask me about our teas, "
                "coffee, teaware, shipping or an order you placed with us.",
}

# ---------------------------------------------------------------------------
# Catalog
# ---------------------------------------------------------------------------
PRODUCTS = []


def P(sku, name, category, price, stock, description, **attributes):
    PRODUCTS.append({
        "sku": sku,
        "name": name,
        "description": description,
        "category": category,
        "price": price,
        "currency": CURRENCY,
        "stock": stock,
        "attributes": attributes,
    })


# --- Sencha, gyokuro and other green teas ---------------------------------
UJI_SENCHA = dict(tea_type="sencha", origin="Wazuka, Kyoto (Uji tea region)", cultivar="Yabukita",
                  harvest="first flush (ichibancha), May 2025", caffeine="medium",
                  brewing="4 g per 200 ml, 75°C, 60 seconds")
P("KK-SEN-UJI-100", "Uji Sencha 100 g", "green tea", 1620, 42,
  "Our house sencha from the hills of Wazuka: bright, grassy and gently sweet with a clean finish.",
  weight_g=100, packaging="resealable foil bag", **UJI_SENCHA)
P("KK-SEN-UJI-250", "Uji Sencha 250 g", "green tea", 3780, 18,
  "The same Wazuka house sencha in a larger bag for daily drinkers.",
  weight_g=250, packaging="resealable kraft bag with foil lining", **UJI_SENCHA)
FUKAMUSHI = dict(tea_type="sencha (deep-steamed)", origin="Kakegawa, Shizuoka", cultivar="Yabukita",
                 steaming="deep-steamed (fukamushi), about 90 seconds", harvest="first flush, May 2025",
                 caffeine="medium", brewing="4 g per 200 ml, 70°C, 45 seconds")
P("KK-SEN-FKM-100", "Fukamushi Sencha 100 g", "green tea", 1480, 30,
  "Deep-steamed Shizuoka sencha that brews a thick, emerald-green cup with very little bitterness.",
  weight_g=100, **FUKAMUSHI)
P("KK-SEN-FKM-250", "Fukamushi Sencha 250 g", "green tea", 3320, 0,
  "Our deep-steamed Kakegawa sencha in the value size.",
  weight_g=250, **FUKAMUSHI)
P("KK-SEN-KGS-100", "Kagoshima Sencha Yutaka Midori 100 g", "green tea", 1350, 25,
  "A rich, slightly nutty southern sencha from the Chiran plateau.",
  tea_type="sencha", origin="Chiran, Kagoshima", cultivar="Yutaka Midori",
  harvest="first flush, April 2025", caffeine="medium", weight_g=100)
P("KK-SEN-ICH-50", "Ichibancha Reserve Sencha 50 g", "green tea", 2070, 3,
  "Hand-picked first-harvest sencha from a single mountain garden, limited lot.",
  tea_type="sencha", origin="Kawane, Shizuoka", cultivar="Saemidori",
  harvest="first flush, hand-picked on 28 April 2025", caffeine="medium", weight_g=50,
  lot="single garden, 120 kg total")
GYOKURO = dict(tea_type="gyokuro", origin="Hoshino village, Yame, Fukuoka", cultivar="Okumidori",
               shading="20 days under straw screens", harvest="first flush, May 2025", caffeine="high",
               brewing="5 g per 60 ml, 55°C, 2 minutes")
P("KK-GYO-50", "Yame Gyokuro 50 g", "green tea", 2860, 9,
  "Shade-grown gyokuro with deep umami and a sweet, brothy finish. Brew low and slow.",
  weight_g=50, **GYOKURO)
P("KK-GYO-100", "Yame Gyokuro 100 g", "green tea", 5400, 4,
  "Our Hoshino village gyokuro in the larger bag.",
  weight_g=100, **GYOKURO)
P("KK-KAB-100", "Uji Kabusecha 100 g", "green tea", 2160, 14,
  "Covered tea that sits between sencha and gyokuro: sweet, round and very green.",
  tea_type="kabusecha", origin="Kyotanabe, Kyoto", cultivar="Samidori", shading="10 days under black cloth",
  harvest="first flush, May 2025", caffeine="medium-high", weight_g=100)
P("KK-BAN-200", "Kyobancha Smoked Tea 200 g", "green tea", 1100, 20,
  "Kyoto's everyday tea: whole leaves steamed, dried and fire-roasted for a smoky, mellow cup.",
  tea_type="kyobancha", origin="Kameoka, Kyoto", harvest="late-season leaves, March 2025",
  caffeine="very low", weight_g=200, brewing="boil 10 g in 1 litre for 3 minutes")
P("KK-KUK-100", "Karigane Kukicha 100 g", "green tea", 1080, 33,
  "Stem tea made from the stalks of gyokuro leaves: light, sweet and refreshing.",
  tea_type="kukicha (karigane)", origin="Uji, Kyoto", caffeine="low", weight_g=100)

# --- Matcha ----------------------------------------------------------------
CEREMONIAL = dict(grade="ceremonial", origin="Uji, Kyoto", cultivar="Samidori and Asahi",
                  milling="stone-ground", caffeine="high", suitable_for="usucha and koicha")
P("KK-MAT-CER-30", "Ceremonial Matcha Tenju 30 g", "matcha", 3980, 11,
  "Our top ceremonial matcha: vivid green, creamy and sweet, for whisking with water only.",
  weight_g=30, packaging="airtight tin", **CEREMONIAL)
P("KK-MAT-CER-100", "Ceremonial Matcha Tenju 100 g", "matcha", 11800, 2,
  "Tenju ceremonial matcha in a 100 g pouch for daily practice.",
  weight_g=100, packaging="nitrogen-flushed foil pouch", **CEREMONIAL)
P("KK-MAT-PRM-40", "Premium Matcha Aoarashi 40 g", "matcha", 2480, 27,
  "A bright, balanced matcha that is lovely as usucha and excellent in lattes.",
  grade="premium", origin="Nishio, Aichi", cultivar="Okumidori", milling="stone-ground",
  caffeine="high", weight_g=40, packaging="airtight tin")
P("KK-MAT-DLY-100", "Daily Matcha Kinari 100 g", "matcha", 2200, 40,
  "Everyday matcha for lattes, smoothies and a quick morning bowl.",
  grade="daily / latte", origin="Kirishima, Kagoshima", milling="ball-milled", caffeine="high",
  weight_g=100, packaging="resealable foil bag")
P("KK-MAT-CUL-500", "Culinary Matcha 500 g", "matcha", 4950, 15,
  "Robust matcha for baking, ice cream and cafe drinks. Not for whisking plain.",
  grade="culinary", origin="Nishio, Aichi", caffeine="high", weight_g=500,
  packaging="foil bag")
P("KK-MAT-ORG-30", "Organic Matcha Kirishima 30 g", "matcha", 3240, 0,
  "Certified organic ceremonial-style matcha from the volcanic slopes of Kirishima.",
  grade="ceremonial", origin="Kirishima, Kagoshima", certification="JAS organic", caffeine="high",
  weight_g=30, packaging="airtight tin")

# --- Hojicha ----------------------------------------------------------------
P("KK-HOJ-KGA-100", "Kaga Bo Hojicha 100 g", "hojicha", 1296, 22,
  "Lightly roasted tea stems from Kanazawa with a sweet, toasty aroma.",
  tea_type="hojicha (roasted stems)", origin="Kanazawa, Ishikawa", roast="light", caffeine="low",
  weight_g=100)
DARK_HOJI = dict(tea_type="hojicha", origin="Uji, Kyoto", roast="dark", caffeine="low",
                 brewing="5 g per 250 ml, boiling water, 30 seconds")
P("KK-HOJ-DRK-100", "Dark Roast Hojicha 100 g", "hojicha", 1188, 31,
  "Deeply roasted leaves and stems with notes of cocoa and caramel.", weight_g=100, **DARK_HOJI)
P("KK-HOJ-DRK-250", "Dark Roast Hojicha 250 g", "hojicha", 2640, 7,
  "Our dark roast hojicha in the big bag.", weight_g=250, **DARK_HOJI)
P("KK-HOJ-PWD-50", "Hojicha Powder 50 g", "hojicha", 1450, 19,
  "Finely milled roasted tea for hojicha lattes and baking.",
  tea_type="hojicha powder", origin="Uji, Kyoto", caffeine="low", weight_g=50,
  uses="lattes, baking, ice cream")

# --- Genmaicha ----------------------------------------------------------------
P("KK-GEN-100", "Genmaicha 100 g", "genmaicha", 980, 50,
  "Classic brown rice tea: bancha with toasted mochi rice.",
  tea_type="genmaicha", origin="Shizuoka", ingredients="bancha green tea, roasted mochi rice",
  caffeine="low", weight_g=100)
MATCHA_GEN = dict(tea_type="genmaicha with matcha", origin="Shizuoka",
                  ingredients="sencha, roasted mochi rice, matcha", caffeine="low-medium")
P("KK-GEN-MAT-100", "Matcha-iri Genmaicha 100 g", "genmaicha", 1180, 36,
  "Genmaicha dusted with matcha for a greener, fuller cup.", weight_g=100, **MATCHA_GEN)
P("KK-GEN-MAT-250", "Matcha-iri Genmaicha 250 g", "genmaicha", 2590, 0,
  "Matcha-iri genmaicha, value size.", weight_g=250, **MATCHA_GEN)

# --- Black, herbal and blended teas ---------------------------------------
P("KK-WAK-50", "Wakocha Japanese Black Tea 50 g", "black tea", 1540, 12,
  "Japanese black tea with a honeyed, malty character and no astringency.",
  tea_type="wakocha (black tea)", origin="Ureshino, Saga", cultivar="Benifuki", caffeine="medium",
  weight_g=50)
P("KK-SOB-200", "Dattan Sobacha Buckwheat Tea 200 g", "herbal tea", 860, 24,
  "Roasted Tartary buckwheat kernels: nutty, naturally sweet and caffeine-free.",
  tea_type="sobacha", origin="Hokkaido", caffeine="caffeine-free", weight_g=200)
P("KK-MUG-TB30", "Mugicha Barley Tea Bags 30 pcs", "herbal tea", 540, 60,
  "Roasted barley tea bags for cold brewing in summer.",
  tea_type="mugicha", origin="Fukui", caffeine="caffeine-free", bag_count=30, bag_size_g=10)
P("KK-YUZ-50", "Yuzu Sencha Blend 50 g", "blended tea", 1320, 8,
  "Shizuoka sencha blended with dried yuzu peel from Kochi.",
  tea_type="flavoured sencha", origin="Shizuoka tea, Kochi yuzu", caffeine="medium", weight_g=50)
P("KK-SAK-40", "Sakura Sencha 40 g", "blended tea", 1400, 0,
  "Spring-limited sencha with salted cherry blossoms and leaves.",
  tea_type="flavoured sencha", origin="Shizuoka", caffeine="medium", weight_g=40,
  season="spring limited edition")
P("KK-TEA-SMP", "Japanese Tea Sampler 6 x 20 g", "green tea", 2750, 16,
  "Six 20 g pouches to find your favourite.",
  contents=["Uji Sencha", "Fukamushi Sencha", "Uji Kabusecha", "Dark Roast Hojicha",
            "Genmaicha", "Karigane Kukicha"], weight_g=120)
P("KK-TEA-WAZ-TB", "Wazuka Sencha Tea Bags 20 pcs", "green tea", 920, 38,
  "Pyramid tea bags of our Wazuka sencha for the office.",
  tea_type="sencha", origin="Wazuka, Kyoto", caffeine="medium", bag_count=20, bag_size_g=2.5)

# --- Coffee ------------------------------------------------------------------
GRINDS = ["whole bean", "coarse (French press)", "medium (drip / pour-over)", "fine (espresso)"]
KYOTO_BLEND = dict(origin="blend of Brazil, Colombia and Ethiopia", roast="medium-dark",
                   tasting_notes="dark chocolate, roasted almond, plum", caffeine="regular",
                   grind_options=GRINDS, roasted_in="Fushimi, Kyoto")
P("KK-COF-KYB-200", "Kyoto Blend Coffee Beans 200 g", "coffee", 1850, 28,
  "Our signature kissaten-style blend: round, chocolatey and great with milk.", weight_g=200, **KYOTO_BLEND)
P("KK-COF-KYB-500", "Kyoto Blend Coffee Beans 500 g", "coffee", 4180, 10,
  "Kyoto Blend in the 500 g bag.", weight_g=500, **KYOTO_BLEND)
P("KK-COF-ETH-200", "Ethiopia Yirgacheffe Light Roast 200 g", "coffee", 2150, 13,
  "Floral, tea-like single origin for pour-over.",
  origin="Yirgacheffe, Ethiopia", roast="light", process="washed", altitude_m="1900-2200",
  tasting_notes="jasmine, bergamot, lemon", caffeine="regular", grind_options=GRINDS, weight_g=200)
P("KK-COF-COL-200", "Colombia Huila Medium Roast 200 g", "coffee", 1920, 0,
  "Sweet and balanced single origin with caramel and red apple.",
  origin="Huila, Colombia", roast="medium", process="washed", tasting_notes="caramel, red apple",
  caffeine="regular", grind_options=GRINDS, weight_g=200)
P("KK-COF-SUM-200", "Sumatra Mandheling Dark Roast 200 g", "coffee", 1890, 6,
  "Earthy, heavy-bodied and low in acidity.",
  origin="Aceh, Sumatra, Indonesia", roast="dark", process="wet-hulled",
  tasting_notes="cedar, dark cocoa, spice", caffeine="regular", grind_options=GRINDS, weight_g=200)
P("KK-COF-DEC-200", "Swiss Water Decaf Brazil 200 g", "coffee", 2040, 17,
  "Chemical-free decaf that still tastes like coffee.",
  origin="Minas Gerais, Brazil", roast="medium", process="natural, Swiss Water decaffeinated",
  tasting_notes="milk chocolate, hazelnut", caffeine="decaf (99.9% caffeine-free)",
  grind_options=GRINDS, weight_g=200)
P("KK-COF-KIS-200", "Kissaten Deep Roast 200 g", "coffee", 1760, 2,
  "A very dark roast in the style of old Kyoto coffee houses, best as nel drip.",
  origin="blend of Brazil and Guatemala", roast="French roast (very dark)",
  tasting_notes="bittersweet chocolate, smoke", caffeine="regular", grind_options=GRINDS, weight_g=200)
P("KK-COF-DRP-10", "Kyoto Blend Drip Bags 10 pcs", "coffee", 1280, 45,
  "Single-serve hanging drip bags of our Kyoto Blend.",
  origin="blend of Brazil, Colombia and Ethiopia", roast="medium-dark", bag_count=10, bag_size_g=10,
  caffeine="regular")

# --- Teapots and kettles ------------------------------------------------------
TOKONAME = dict(origin="Tokoname, Aichi", maker="Kozan kiln", capacity_ml=300, handle="side handle",
                filter="built-in ceramic mesh (sasame)", dishwasher_safe=False, handmade=True)
P("KK-KYU-TOK-RED", "Tokoname Kyusu 300 ml Shudei Red", "teapots", 6800, 5,
  "Hand-thrown side-handle teapot in unglazed red clay that softens the taste of sencha.",
  color="red", material="shudei red clay, unglazed", **TOKONAME)
P("KK-KYU-TOK-BLK", "Tokoname Kyusu 300 ml Kokudei Black", "teapots", 6800, 0,
  "The same Kozan kiln kyusu fired in a reduction kiln for a deep black finish.",
  color="black", material="kokudei black clay, unglazed", **TOKONAME)
P("KK-KYU-BNK", "Banko Ware Kyusu", "teapots", 4600, 9,
  "Sturdy everyday teapot with a removable stainless mesh basket.",
  origin="Yokkaichi, Mie", material="Banko purple clay", capacity_ml=350,
  colors=["purple clay", "ash grey"], filter="removable stainless steel basket",
  dishwasher_safe=False, handle="side handle")
P("KK-KYU-HSM", "Hasami Porcelain Teapot", "teapots", 3850, 14,
  "Stackable modern porcelain teapot with a stainless infuser.",
  origin="Hasami, Nagasaki", material="porcelain", capacity_ml=400,
  colors=["white", "indigo", "celadon"], filter="stainless steel infuser",
  dishwasher_safe=True, microwave_safe=False)
P("KK-KYU-ARI", "Arita Ware Side-Handle Kyusu", "teapots", 8900, 3,
  "Hand-painted cobalt karakusa scrolls on fine white Arita porcelain.",
  origin="Arita, Saga", material="porcelain, hand-painted", capacity_ml=250,
  pattern="cobalt blue karakusa (arabesque)", dishwasher_safe=False, handle="side handle")
P("KK-KYU-GLS", "Heatproof Glass Kyusu", "teapots", 2980, 21,
  "Watch the leaves unfurl: borosilicate glass side-handle pot.",
  origin="made in Japan", material="borosilicate glass", capacity_ml=360,
  filter="stainless steel mesh", dishwasher_safe=True, microwave_safe=True, handle="side handle")
P("KK-TET-NAN", "Nanbu Tekki Cast Iron Kettle 0.8 L", "teapots", 16500, 2,
  "Traditional Morioka tetsubin for boiling water; adds a soft, round mouthfeel.",
  origin="Morioka, Iwate", material="cast iron, unlined inside", capacity_ml=800, color="black",
  stovetop="gas, electric and induction", dishwasher_safe=False, weight_kg=1.6)
P("KK-TET-ARR", "Arare Cast Iron Teapot", "teapots", 9800, 7,
  "Hobnail-pattern cast iron teapot with an enamel-lined interior and stainless infuser.",
  origin="Oshu, Iwate", material="cast iron, enamel-lined", capacity_ml=600,
  colors=["black", "deep red", "navy"], stovetop="not for stovetop use (teapot only)",
  dishwasher_safe=False)
P("KK-HOH-150", "Shiboridashi Houhin", "teapots", 3300, 6,
  "Handle-less pouring vessel for gyokuro and high-grade sencha.",
  origin="Tokoname, Aichi", material="unglazed clay", capacity_ml=150, dishwasher_safe=False)
KIYOMIZU = dict(origin="Gojozaka, Kyoto", maker="Tosen kiln", material="glazed stoneware",
                capacity_ml=280, filter="ceramic mesh", dishwasher_safe=False, handmade=True,
                handle="side handle")
P("KK-KYU-KIY-GRN", "Kiyomizu Ware Kyusu Celadon Green", "teapots", 12400, 1,
  "Kyoto-made kyusu with a soft celadon glaze and crackle.", color="celadon green", **KIYOMIZU)
P("KK-KYU-KIY-BLU", "Kiyomizu Ware Kyusu Ruri Blue", "teapots", 12400, 4,
  "Kyoto-made kyusu in deep lapis (ruri) blue glaze.", color="ruri blue", **KIYOMIZU)
P("KK-KET-GNK", "Gooseneck Pour-over Kettle 0.8 L", "coffee tools", 7480, 8,
  "Stovetop gooseneck kettle with a built-in thermometer.",
  material="stainless steel", capacity_ml=800, colors=["matte black", "white"],
  stovetop="gas and induction", thermometer=True)

# --- Cups and bowls ----------------------------------------------------------
P("KK-YUN-HAG", "Hagi Ware Yunomi", "cups & bowls", 2420, 12,
  "Soft, pale Hagi glaze that changes colour slowly with use.",
  origin="Hagi, Yamaguchi", material="stoneware", glaze="white straw-ash", capacity_ml=200,
  dishwasher_safe=False)
P("KK-YUN-MIN-2", "Mino Ware Yunomi Pair", "cups & bowls", 3080, 8,
  "Two matching teacups in a gift box.",
  origin="Tajimi, Gifu", material="stoneware", capacity_ml=180, colors=["ash white", "rust", "indigo"],
  dishwasher_safe=True, pieces=2)
P("KK-YUN-KIY-SAK", "Kiyomizu Sakura Yunomi", "cups & bowls", 3520, 0,
  "Hand-painted cherry blossoms on Kyoto porcelain.",
  origin="Kyoto", material="porcelain", capacity_ml=160, dishwasher_safe=False)
P("KK-CUP-GLS", "Double-Wall Glass Cup 250 ml", "cups & bowls", 1650, 34,
  "Keeps tea hot and your fingers cool.",
  material="borosilicate glass", capacity_ml=250, dishwasher_safe=True, microwave_safe=True)
P("KK-CHW-RAK", "Raku Chawan Black", "cups & bowls", 14800, 1,
  "Hand-built black raku tea bowl from a small Kyoto studio. Each bowl is unique.",
  origin="Sakyo-ku, Kyoto", maker="Kamo studio", material="raku clay", diameter_cm=12.5,
  dishwasher_safe=False, handmade=True)
P("KK-CHW-HAG", "Hagi Chawan", "cups & bowls", 7700, 5,
  "Soft pink-white Hagi tea bowl for matcha.",
  origin="Hagi, Yamaguchi", material="stoneware", diameter_cm=13, dishwasher_safe=False, handmade=True)
P("KK-CHW-ORB", "Mino Oribe Chawan", "cups & bowls", 5280, 10,
  "Matcha bowl with the classic copper-green Oribe glaze.",
  origin="Toki, Gifu", material="stoneware", glaze="Oribe copper green", diameter_cm=12,
  dishwasher_safe=False)
P("KK-CHW-BGN", "Starter Chawan White", "cups & bowls", 2310, 25,
  "A simple, well-shaped first matcha bowl.",
  origin="Mino, Gifu", material="porcelain", diameter_cm=12, dishwasher_safe=True)
P("KK-MUG-HSM", "Hasami Porcelain Mug 300 ml", "cups & bowls", 2035, 18,
  "Stackable everyday mug for coffee or hojicha lattes.",
  origin="Hasami, Nagasaki", material="porcelain", capacity_ml=300, colors=["white", "grey", "blue"],
  dishwasher_safe=True, microwave_safe=True)
P("KK-CUP-KUM-5", "Kumidashi Guest Teacup Set of 5", "cups & bowls", 5940, 3,
  "Five small guest cups for serving sencha the traditional way.",
  origin="Kyoto", material="porcelain", capacity_ml=120, pieces=5, dishwasher_safe=False)
P("KK-CTK-5", "Cherry Wood Chataku Saucers Set of 5", "cups & bowls", 2970, 9,
  "Lacquered wooden saucers for yunomi and guest cups.",
  material="wild cherry wood, urushi lacquer", pieces=5, dishwasher_safe=False, origin="Yamanaka, Ishikawa")

# --- Tea tools ---------------------------------------------------------------
CHASEN = dict(origin="Takayama, Nara", handmade=True)
P("KK-CHS-80", "Chasen Bamboo Whisk 80 Tips", "tea tools", 3190, 20,
  "Hand-carved matcha whisk, the all-rounder for usucha.",
  material="white bamboo (hachiku)", tips=80, **CHASEN)
P("KK-CHS-100", "Chasen Bamboo Whisk 100 Tips", "tea tools", 4400, 6,
  "Finer whisk that makes a dense, silky foam.",
  material="white bamboo (hachiku)", tips=100, **CHASEN)
P("KK-CHS-BLK-70", "Black Bamboo Chasen 70 Tips", "tea tools", 3630, 0,
  "Whisk carved from smoked black bamboo, sturdy for thick koicha.",
  material="black bamboo (kurochiku)", tips=70, **CHASEN)
P("KK-KSN", "Ceramic Whisk Holder (Kusenaoshi)", "tea tools", 1210, 15,
  "Keeps your chasen in shape while it dries.",
  material="porcelain", colors=["white", "celadon"], dishwasher_safe=True)
P("KK-CSK", "Bamboo Chashaku Scoop", "tea tools", 880, 40,
  "Traditional bamboo matcha scoop, about 1 g per scoop.", material="bamboo", length_cm=18)
P("KK-SFT", "Stainless Steel Matcha Sifter", "tea tools", 1430, 12,
  "Removes clumps for a smoother bowl.", material="stainless steel", dishwasher_safe=True)
P("KK-CAN-WSH", "Washi Paper Tea Caddy 100 g", "tea tools", 1870, 22,
  "Airtight tin wrapped in hand-dyed washi paper, holds 100 g of leaf tea.",
  material="tinplate with washi paper", colors=["indigo", "vermilion", "cream"], holds_g=100)
P("KK-CAN-CPR", "Handmade Copper Tea Canister 200 g", "tea tools", 9350, 2,
  "Hand-hammered copper canister with a perfectly fitting inner lid; darkens beautifully with age.",
  material="copper", origin="Kyoto", holds_g=200, handmade=True)
P("KK-SCL", "Digital Tea Scale 0.1 g", "tea tools", 2530, 11,
  "Pocket scale for weighing leaf tea and coffee.",
  material="ABS plastic and stainless steel", max_weight_g=500, precision_g=0.1, battery="2 x AAA")
P("KK-STR-FIN", "Fine Mesh Tea Strainer", "tea tools", 990, 30,
  "Catches even fukamushi fines.", material="stainless steel", dishwasher_safe=True)
P("KK-BTL-750", "Cold Brew Tea Bottle 750 ml", "tea tools", 2178, 19,
  "Wine-bottle shaped cold brew bottle with a built-in filter.",
  material="heatproof glass, silicone", capacity_ml=750, colors=["smoke grey", "clear"],
  dishwasher_safe=True)

# --- Coffee tools --------------------------------------------------------------
P("KK-DRP-CER", "Arita Porcelain Pour-over Dripper", "coffee tools", 2380, 14,
  "Cone dripper with spiral ribs for an even extraction, 1 to 4 cups.",
  origin="Arita, Saga", material="porcelain", colors=["white", "black"], cups="1-4",
  dishwasher_safe=True)
P("KK-FLT-100", "Paper Filters 100 pcs", "coffee tools", 440, 70,
  "Unbleached cone filters for our dripper.", material="unbleached paper", pieces=100)
P("KK-GRD-CER", "Hand Coffee Grinder Ceramic Burr", "coffee tools", 5720, 4,
  "Adjustable hand grinder, from espresso fine to French press coarse.",
  material="stainless steel body, ceramic burrs", capacity_g=30)

# --- Gift sets, subscription, gift card -------------------------------------
P("KK-GFT-MAT", "Matcha Starter Gift Set", "gift sets", 8800, 7,
  "Everything to start: matcha, whisk, scoop and bowl in a gift box.",
  contents=["Premium Matcha Aoarashi 40 g", "Chasen Bamboo Whisk 80 Tips", "Bamboo Chashaku Scoop",
            "Starter Chawan White"], gift_box="paulownia wood box")
P("KK-GFT-SEN", "Sencha Tasting Gift Box", "gift sets", 4620, 10,
  "Four of our favourite green teas side by side.",
  contents=["Uji Sencha 50 g", "Fukamushi Sencha 50 g", "Yame Gyokuro 30 g",
            "Kagoshima Sencha Yutaka Midori 50 g"], gift_box="washi-covered box")
P("KK-GFT-HOJ", "Hojicha Lovers Gift Box", "gift sets", 3960, 0,
  "Roasted tea trio for cosy evenings.",
  contents=["Kaga Bo Hojicha 50 g", "Dark Roast Hojicha 50 g", "Hojicha Powder 30 g"])
P("KK-GFT-COF", "Kyoto Kissaten Coffee Gift Set", "gift sets", 5500, 5,
  "Two coffees and drip bags in the style of a Kyoto coffee house.",
  contents=["Kyoto Blend Coffee Beans 200 g", "Kissaten Deep Roast 200 g", "Kyoto Blend Drip Bags 10 pcs"])
P("KK-GFT-CER", "Tea Ceremony Gift Set Premium", "gift sets", 32000, 1,
  "Raku-style bowl, 100-tip whisk, scoop and Tenju matcha in a paulownia box.",
  contents=["Ceremonial Matcha Tenju 30 g", "Chasen Bamboo Whisk 100 Tips", "Bamboo Chashaku Scoop",
            "Ceramic Whisk Holder (Kusenaoshi)", "handmade chawan"], gift_box="paulownia wood box")
P("KK-GFT-CRD-5000", "E-Gift Card 5,000 yen", "gift cards", 5000, 999,
  "Emailed instantly with your message.", delivery="email", validity="3 years")
P("KK-SUB-MTH", "Monthly Tea Subscription Box", "subscriptions", 3480, 100,
  "Three seasonal teas (about 150 g in total) every month, with brewing notes.",
  billing="monthly, charged on the 20th", ships="on the 25th of each month", teas_per_box=3)

# --- Sweets ------------------------------------------------------------------
P("KK-SWT-YAT", "Cinnamon Yatsuhashi 10 pcs", "sweets", 756, 26,
  "Kyoto's famous crunchy cinnamon rice biscuits.",
  origin="Kyoto", best_before="90 days", allergens="none of the major 8", pieces=10)
P("KK-SWT-KON", "Konpeito Sugar Stars 60 g", "sweets", 648, 0,
  "Tiny hand-made sugar stars from a Kyoto confectioner.", origin="Kyoto", weight_g=60)
P("KK-SWT-WAS", "Wasanbon Sugar Sweets 12 pcs", "sweets", 1242, 9,
  "Fine Shikoku sugar pressed into seasonal shapes; the traditional partner for matcha.",
  origin="Tokushima", pieces=12, best_before="120 days")

# ---------------------------------------------------------------------------
# FAQ
# ---------------------------------------------------------------------------
FAQ = [
    ("shipping-international", "Do you ship internationally and how much does it cost?",
     "Yes. We ship from Kyoto to more than 40 countries by Japan Post EMS, fully tracked and insured. "
     "International shipping is a flat ¥2,400 to East and Southeast Asia and ¥3,600 to North America, "
     "Europe and Oceania, and it is free on international orders of ¥20,000 or more (after discounts). "
     "A few countries restrict food imports; the checkout tells you if an item cannot be sent to your address."),
    ("customs-duties", "Will I have to pay customs or import duties?",
     "Possibly. Our prices do not include import duties, VAT or customs fees of your country; these are "
     "charged by your local customs and paid by the recipient, usually on delivery. We always declare the "
     "full value of the parcel and cannot mark orders as gifts. If a parcel is refused because of duties it "
     "comes back to us and we refund the order minus the shipping cost both ways."),
    ("delivery-times", "How long does delivery take?",
     "Orders leave Kyoto within 1-2 business days. Within Japan, Yamato Transport and Sagawa Express deliver "
     "most addresses the next day, Hokkaido and Okinawa in 2-3 days. By Japan Post EMS: East Asia 2 to 4 "
     "business days, Southeast Asia 3 to 6 business days, North America, Europe and Oceania 4 to 8 business "
     "days, elsewhere 7 to 14 business days. Customs checks can add a few days."),
    ("kyoto-courier", "Do you offer same-day delivery in Kyoto?",
     "Yes. Our own Kumo Bike Courier delivers by cargo bike within Kyoto city (postcodes 600 to 616) on the "
     "same day for orders placed before 11:00 JST, Monday to Saturday. The fee is ¥500, or free for orders "
     "of ¥5,000 or more. Orders placed after 11:00 arrive the next delivery day."),
    ("shipping-japan", "How much is shipping within Japan?",
     "Shipping within Japan by Yamato Transport or Sagawa Express is ¥700 per order (¥1,300 to Okinawa) "
     "and free on orders of ¥6,000 or more. From June to September we send matcha and gyokuro by cool "
     "delivery for ¥330 extra."),
    ("returns", "What is your return policy?",
     "Unused teaware and unopened, sealed food items can be returned within 14 days of delivery for a "
     "refund to the original payment method. Email care@kumokettle.jp first to get a return number. Return "
     "shipping is paid by the customer unless the item was faulty or we sent the wrong thing. Refunds are "
     "issued within 5 business days after the return arrives in Kyoto."),
    ("opened-food", "Can I return tea or coffee I have opened?",
     "No. For hygiene and food-safety reasons we cannot accept returns of opened tea, coffee, matcha or "
     "sweets, even if the taste is not to your liking. If a food item arrives damaged, stale or is not what "
     "you ordered, write to us within 7 days of delivery with a photo and we will replace it."),
    ("breakage", "What if my order arrives broken?",
     "We double-box every piece of teaware, but if something arrives broken or cracked, email photos of "
     "the item and the outer box to care@kumokettle.jp within 48 hours of delivery. Please keep the "
     "packaging in case the carrier wants to inspect it. We send a free replacement or refund you in full, "
     "including shipping, and you don't need to send the broken piece back."),
    ("subscription-pause", "Can I pause my tea subscription?",
     "Yes. Log in, open My Subscription and choose Pause to skip 1, 2 or 3 months. Changes made before the "
     "20th of the month apply to that month's box (boxes are charged on the 20th and ship on the 25th). "
     "Your subscription restarts automatically after the pause."),
    ("subscription-cancel", "How do I cancel my tea subscription?",
     "You can cancel any time under My Subscription > Cancel, with no fee and no minimum term. Cancel "
     "before the 20th of the month to stop that month's box; a box already charged on the 20th will still "
     "ship."),
    ("gift-wrapping", "Do you offer gift wrapping and gift messages?",
     "Yes. Every order can be wrapped for free in our washi paper with a cloud ribbon. For ¥550 per parcel "
     "we wrap it in a reusable cotton furoshiki cloth instead. Gift messages of up to 200 characters are "
     "handwritten on a card by our Kyoto team, and we never put prices in gift parcels sent within Japan "
     "(international parcels need a customs invoice on the outside)."),
    ("matcha-storage", "How should I store matcha?",
     "Matcha is sensitive to air, light, heat and moisture. Keep unopened tins in the fridge and let them "
     "reach room temperature before opening to avoid condensation. After opening, close the tin tightly, "
     "keep it somewhere cool and dark and use it within 4 weeks for the best colour and flavour. Unopened "
     "matcha keeps for 6 months from the packing date."),
    ("hojicha-caffeine", "Does hojicha contain caffeine?",
     "Yes, a little. Hojicha is roasted green tea and has less caffeine than sencha or matcha: about 20 mg "
     "per 100 ml cup, compared with about 30 mg for sencha and 60 mg or more for a bowl of matcha. It is not "
     "caffeine-free; if you need no caffeine at all, try our Sobacha or Mugicha."),
    ("wholesale", "Do you sell wholesale?",
     "Yes. Cafes, restaurants and shops can open a wholesale account by emailing wholesale@kumokettle.jp "
     "with your business name and country. Wholesale prices are 30 to 40% below retail; the minimum first "
     "order is ¥50,000 and repeat orders ¥30,000."),
    ("payment-methods", "Which payment methods do you accept?",
     "We accept Visa, Mastercard, American Express, JCB, Diners Club, PayPal, Apple Pay and Google Pay. "
     "Customers in Japan can also pay at a konbini (convenience store) or by bank transfer. All orders are "
     "charged in Japanese yen. We do not offer cash on delivery."),
    ("order-changes", "Can I change or cancel my order?",
     "Yes, as long as the order is still processing and it is within 2 hours of ordering: reply to your "
     "confirmation email with the change (address, items or cancellation). Once an order has been packed "
     "and handed to the carrier we can no longer change it, but unopened items can be returned under our "
     "return policy."),
    ("lost-parcels", "My parcel seems lost. What should I do?",
     "If the tracking has not updated for 7 days within Japan or 14 days for international parcels, contact "
     "us with your order number. We open an investigation with the carrier, which usually takes up to 3 "
     "weeks. If the parcel is declared lost we resend your order free of charge or refund it in full."),
    ("tea-freshness", "How long does loose-leaf tea stay fresh?",
     "Our teas are packed in nitrogen-flushed resealable bags with a best-before date 12 months after "
     "packing. Once opened, drink green teas within 2 months; hojicha, genmaicha and black tea keep for about "
     "3 months. Store them away from light, heat and strong smells."),
    ("coffee-roasting", "When is your coffee roasted?",
     "We roast in small batches at our Fushimi roastery every Monday and Thursday and ship beans within 4 "
     "days of roasting. The roast date is printed on every bag. Whole beans taste best within 6 weeks of "
     "roasting, ground coffee within 2 weeks."),
    ("teapot-care", "How do I clean a clay teapot?",
     "Unglazed clay teapots such as our Tokoname, Banko and houhin pots slowly absorb the flavour of tea. "
     "Rinse them with hot water only, never with soap or in the dishwasher, and let them dry with the lid "
     "off. Glass and Hasami porcelain teapots are dishwasher safe."),
    ("showroom", "Do you have a physical shop in Kyoto?",
     "Yes. Our showroom and tasting counter is on Sanjo-dori in Nakagyo-ku, Kyoto, open Thursday to Monday "
     "from 11:00 to 18:00 (closed Tuesday and Wednesday). Online orders can be collected there for free: "
     "choose Showroom pickup at checkout and wait for the ready email."),
    ("gift-cards", "How do e-gift cards work?",
     "E-gift cards are emailed instantly to you or the recipient with your message. They are valid for 3 "
     "years from purchase, can be used across several orders, and cannot be exchanged for cash."),
]

# ---------------------------------------------------------------------------
# Orders
# ---------------------------------------------------------------------------
ORDERS = [
    ("K31052", "emma.larsen@example.com", "2100", "2026-04-14", "shipped", "Japan Post EMS", "2026-04-24",
     [("KK-MAT-CER-30", 2), ("KK-CHS-80", 1)]),
    ("K31068", "takeshi.mori@example.jp", "600-8216", "2026-04-21", "processing", None, None,
     [("KK-SEN-UJI-250", 1)]),
    ("K31071", "hana.ito@example.jp", "604-8091", "2026-04-22", "shipped", "Kumo Bike Courier", "2026-04-22",
     [("KK-HOJ-DRK-100", 2), ("KK-SWT-YAT", 1)]),
    ("K30987", "james.whitfield@example.co.uk", "EC2A 4NE", "2026-03-18", "delivered", "Japan Post EMS",
     "2026-03-25", [("KK-KYU-TOK-RED", 1), ("KK-SEN-UJI-100", 2)]),
    ("K30995", "sofia.rossi@example.it", "20121", "2026-03-20", "cancelled", None, None,
     [("KK-MAT-ORG-30", 1)]),
    ("K31003", "mike.chen@example.com", "94110", "2026-03-24", "returned", "Japan Post EMS", "2026-03-31",
     [("KK-GRD-CER", 1)]),
    ("K31015", "yuki.tanaka@example.jp", "150-0001", "2026-03-28", "delivered", "Yamato Transport",
     "2026-03-30", [("KK-GFT-SEN", 1)]),
    ("K31020", "aiko.nakamura@example.jp", "530-0001", "2026-03-30", "delivered", "Sagawa Express",
     "2026-04-01", [("KK-CUP-GLS", 4), ("KK-BTL-750", 1)]),
    ("K31033", "lea.dubois@example.fr", "75011", "2026-04-15", "shipped", "Japan Post EMS", "2026-04-25",
     [("KK-GYO-50", 1), ("KK-YUN-HAG", 2)]),
    ("K31040", "noah.fischer@example.de", "10115", "2026-04-16", "shipped", "Japan Post EMS", "2026-04-27",
     [("KK-COF-KYB-500", 1), ("KK-DRP-CER", 1), ("KK-FLT-100", 2)]),
    ("K31044", "kenji.sato@example.jp", "606-8501", "2026-04-10", "delivered", "Kumo Bike Courier",
     "2026-04-10", [("KK-BAN-200", 1)]),
    ("K31049", "olivia.brown@example.com.au", "2000", "2026-04-18", "processing", None, None,
     [("KK-TET-NAN", 1), ("KK-MAT-PRM-40", 2)]),
    ("K31055", "daniel.kim@example.com", "M5V 2T6", "2026-04-17", "shipped", "Japan Post EMS", "2026-04-28",
     [("KK-GFT-MAT", 1)]),
    ("K31059", "rina.kobayashi@example.jp", "812-0011", "2026-04-21", "shipped", "Sagawa Express",
     "2026-04-23", [("KK-KYU-HSM", 1), ("KK-GEN-MAT-100", 2)]),
    ("K31062", "priya.nair@example.in", "560001", "2026-04-16", "cancelled", None, None,
     [("KK-GFT-HOJ", 1)]),
    ("K31066", "lucas.martin@example.com", "02139", "2026-04-18", "shipped", "Japan Post EMS", "2026-04-29",
     [("KK-COF-ETH-200", 2), ("KK-KET-GNK", 1)]),
    ("K30950", "mei.wong@example.sg", "018956", "2026-03-10", "delivered", "Japan Post EMS", "2026-03-14",
     [("KK-MAT-DLY-100", 3)]),
    ("K30961", "sato.family@example.jp", "064-0810", "2026-03-12", "delivered", "Yamato Transport",
     "2026-03-15", [("KK-CUP-KUM-5", 1), ("KK-CTK-5", 1)]),
    ("K30972", "anna.kowalska@example.pl", "00-950", "2026-03-14", "returned", "Japan Post EMS",
     "2026-03-22", [("KK-KYU-GLS", 1)]),
    ("K31074", "haruto.yamada@example.jp", "602-8041", "2026-04-22", "processing", None, None,
     [("KK-CHW-ORB", 1), ("KK-CSK", 1)]),
    ("K31077", "grace.lee@example.com", "10001", "2026-04-22", "processing", None, None,
     [("KK-SUB-MTH", 1)]),
    ("K31080", "tomoko.abe@example.jp", "900-0006", "2026-04-20", "shipped", "Yamato Transport",
     "2026-04-24", [("KK-WAK-50", 2), ("KK-SWT-WAS", 1)]),
    ("K31083", "lars.berg@example.se", "114 55", "2026-04-19", "shipped", "Japan Post EMS", None,
     [("KK-TET-ARR", 1)]),
    ("K31086", "kyoko.ueda@example.jp", "605-0074", "2026-04-20", "delivered", "Kumo Bike Courier",
     "2026-04-20", [("KK-KYU-KIY-BLU", 1)]),
    ("K31089", "chloe.lam@example.hk", None, "2026-04-17", "shipped", "Japan Post EMS", "2026-04-23",
     [("KK-MAT-CUL-500", 1), ("KK-HOJ-PWD-50", 2)]),
    ("K31091", "ben.oconnor@example.ie", "D02 X285", "2026-04-11", "delivered", "Japan Post EMS",
     "2026-04-18", [("KK-COF-DEC-200", 2), ("KK-MUG-HSM", 2)]),
]

# ---------------------------------------------------------------------------
# Images (PNG written with zlib + struct only)
# ---------------------------------------------------------------------------
NAMED = {
    "red": (176, 74, 52), "black": (34, 32, 30), "purple clay": (96, 62, 78), "ash grey": (150, 148, 140),
    "white": (236, 234, 228), "indigo": (38, 52, 110), "celadon": (150, 190, 160), "deep red": (120, 26, 30),
    "navy": (24, 34, 72), "celadon green": (140, 184, 150), "ruri blue": (30, 60, 150),
    "matte black": (44, 44, 44), "ash white": (222, 216, 204), "rust": (160, 82, 45), "grey": (128, 128, 128),
    "blue": (70, 110, 180), "vermilion": (220, 66, 40), "cream": (240, 228, 196), "smoke grey": (96, 96, 100),
    "clear": (210, 230, 236),
}


def _chunk(kind, data):
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png_bytes(seed, base=None, size=64):
    h = hashlib.sha256(seed.encode("utf-8")).digest()
    c1 = base if base is not None else (h[0], h[1], h[2])
    c2 = (h[3], h[4], h[5])
    pattern = h[6] % 4
    period = 4 + h[7] % 9
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter type 0
        for x in range(size):
            if pattern == 0:
                on = (y // period) % 2 == 0
            elif pattern == 1:
                on = (x // period) % 2 == 0
            elif pattern == 2:
                on = ((x + y) // period) % 2 == 0
            else:
                on = ((x // period) + (y // period)) % 2 == 0
            # a small seed-dependent corner mark keeps every image distinct
            if x < 8 and y < 8:
                on = ((h[8 + y] >> x) & 1) == 1
            row += bytes(c1 if on else c2)
        rows.append(bytes(row))
    raw = b"".join(rows)
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def dump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def build(out):
    img_dir = os.path.join(out, "images")
    os.makedirs(img_dir, exist_ok=True)
    catalog_lines = []
    for p in PRODUCTS:
        slug = p["sku"].lower()
        attrs = p["attributes"]
        images = []
        if "colors" in attrs:
            for i, col in enumerate(attrs["colors"], 1):
                images.append(("images/%s-%d.png" % (slug, i), NAMED.get(col)))
        else:
            images.append(("images/%s-1.png" % slug, NAMED.get(attrs.get("color"))))
            if p["category"] in ("teapots", "gift sets"):
                images.append(("images/%s-2.png" % slug, None))
        for rel, base in images:
            with open(os.path.join(out, rel), "wb") as f:
                f.write(png_bytes(rel, base))
        rec = dict(p)
        rec["images"] = [rel for rel, _ in images]
        catalog_lines.append(dump(rec))
    faq_lines = [dump({"id": i, "question": q, "answer": a}) for i, q, a in FAQ]
    order_lines = []
    for oid, email, postcode, placed, status, carrier, eta, items in ORDERS:
        rec = {"order_id": oid, "email": email}
        if postcode is not None:
            rec["postcode"] = postcode
        rec["placed"] = placed
        rec["status"] = status
        if carrier is not None:
            rec["carrier"] = carrier
        if eta is not None:
            rec["eta"] = eta
        rec["items"] = [{"sku": s, "qty": q} for s, q in items]
        order_lines.append(dump(rec))
    for name, lines in (("catalog.jsonl", catalog_lines), ("faq.jsonl", faq_lines),
                        ("orders.jsonl", order_lines)):
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(out, "store.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")
    return len(catalog_lines), len(faq_lines), len(order_lines)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python data/eval/blind13/make_store.py OUT_DIR\n")
        return 2
    n_cat, n_faq, n_ord = build(argv[1])
    print("wrote %d products, %d FAQ entries, %d orders to %s" % (n_cat, n_faq, n_ord, argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
