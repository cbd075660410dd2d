#!/usr/bin/env python3
"""Build the "Bomnal Beauty House" evaluation store (Store format v1).

    python make_store.py OUT_DIR

Standard library only. Every run writes the same bytes: no clocks, no randomness,
images drawn from a SHA-256 of the SKU with zlib + struct.
"""
import hashlib
import json
import os
import struct
import sys
import zlib

CURRENCY = "KRW"

STORE = {
    "name": "Bomnal Beauty House",
    "currency": "KRW",
    "locale": "en-KR",
    "greeting": ("Annyeong! Welcome to Bomnal Beauty House, the little skincare and make-up "
                 "shop on Durumi-gil in Seongsu-dong. Ask me about a product, a shade, "
                 "shipping in Korea or abroad, or where your parcel is."),
}

PRODUCTS = []


def P(sku, name, category, price, stock, attributes, description, n_images=1):
    PRODUCTS.append({
        "sku": sku,
        "name": name,
        "description": description,
        "category": category,
        "price": price,
        "currency": CURRENCY,
        "stock": stock,
        "attributes": attributes,
        "images": ["images/%s-%d.png" % (sku.lower(), i + 1) for i in range(n_images)],
    })


# ---------------------------------------------------------------- Cleanse
P("DB-CF-150", "Dalbit Rice Cleansing Foam", "Cleanse", 16000, 34,
  {"vol": "150 ml", "skin": "normal, dry, combination",
   "key_ingredients": ["rice bran water", "glycerin", "coco-glucoside"],
   "frag_free": "N", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "A soft, cushiony foam cleanser made with rice bran water from Icheon rice. "
  "Lathers richly but rinses without the squeaky, tight feeling. Use morning and night.")
P("DB-CO-200", "Dalbit Rice Cleansing Oil", "Cleanse", 24000, 12,
  {"vol": "200 ml", "skin": "all skin types",
   "key_ingredients": ["rice bran oil", "sunflower seed oil", "vitamin E"],
   "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "First-step oil cleanser that melts sunscreen and waterproof mascara. Massage onto dry "
  "skin with dry hands, add a little water until it turns milky, then rinse.", 2)
P("HN-GC-150", "Haneul Cica Low pH Gel Cleanser", "Cleanse", 18500, 7,
  {"vol": "150 ml", "pH": "5.5", "skin": "sensitive, acne-prone",
   "key_ingredients": ["centella asiatica extract", "madecassoside", "allantoin"],
   "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "A clear, slightly bouncy gel cleanser for reactive skin. Low foam, no sulfates, "
  "no essential oils. Gentle enough for the morning cleanse.")
P("SR-CB-100", "Sora Green Tea Cleansing Balm", "Cleanse", 27000, 0,
  {"vol": "100 ml", "skin": "normal, combination",
   "key_ingredients": ["green tea seed oil", "jojoba oil"],
   "frag_free": "N", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "Sherbet-textured balm that turns to oil on contact. Comes with a small spatula. "
  "Scented lightly with green tea leaf.")
P("PF-EP-060", "Pore-Fit Enzyme Powder Wash", "Cleanse", 19500, 2,
  {"net_wt": "60 g", "pH": "6.0", "skin": "oily, combination",
   "key_ingredients": ["papain", "rice starch", "zeolite"],
   "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "A powder that foams up when it meets water. The papain enzyme loosens dead skin and "
  "blackhead plugs; use two or three times a week, or daily if your skin is very oily. "
  "Keep the lid closed - humidity makes it clump.")
P("GJ-SB-100", "Gamja Soft Cleansing Bar", "Cleanse", 9000, 41,
  {"net_wt": "100 g", "skin": "all skin types", "key_ingredients": ["potato extract", "kaolin"],
   "frag_free": "Y", "vegan": "yes", "made_in": "Republic of Korea"},
  "A plastic-free cleansing bar shaped like a little potato. Store it on a draining dish.")

# ---------------------------------------------------------------- Tone & Prep
P("HN-CT-150", "Haneul Cica Calming Toner", "Tone & Prep", 22000, 15,
  {"vol": "150 ml", "pH": "5.6", "skin": "sensitive, redness-prone",
   "key_ingredients": ["centella asiatica extract", "panthenol", "madecassoside"],
   "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "A watery, barely-there toner that takes the heat out of flushed, irritated skin. "
  "Pat in with the hands or use as a 7-skin layering toner. Also sold in a larger value bottle.")
P("HN-CT-300", "Haneul Cica Calming Toner", "Tone & Prep", 36000, 1,
  {"vol": "300 ml", "size_label": "value size", "pH": "5.6", "skin": "sensitive, redness-prone",
   "key_ingredients": ["centella asiatica extract", "panthenol", "madecassoside"],
   "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "The same calming toner in the big value bottle with a pump cap. "
  "Same formula as the smaller bottle.")
P("DB-TN-200", "Dalbit Rice Toner", "Tone & Prep", 23000, 9,
  {"vol": "200 ml", "skin": "dry, dull",
   "key_ingredients": ["rice ferment filtrate", "arbutin"],
   "frag_free": "N", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "A milky first toner that leaves skin soft and a little luminous.")
P("DB-TP-070", "Dalbit Rice Toner Pad", "Tone & Prep", 26000, 0,
  {"pads": 70, "skin": "dry, dull", "key_ingredients": ["rice ferment filtrate", "lactic acid"],
   "frag_free": "N", "vegan": "yes", "PAO": "6M", "made_in": "Republic of Korea"},
  "Soaked cotton pads with a textured side for gentle buffing and a smooth side for "
  "wiping. Use the tweezers in the lid.")
P("YJ-BT-150", "Yuja Vita Brightening Toner", "Tone & Prep", 24500, 6,
  {"vol": "150 ml", "skin": "dull, uneven tone",
   "key_ingredients": ["yuja (citron) water", "niacinamide"],
   "frag_free": "N", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "Made with citron water from Goheung. Fresh citrus scent from the fruit itself.")
P("SK-BT-250", "Mugwort Ssuk Balancing Toner", "Tone & Prep", 19000, 22,
  {"vol": "250 ml", "skin": "combination, sensitive",
   "key_ingredients": ["artemisia (mugwort) extract"],
   "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "Ssuk is Korean for mugwort. This herbal toner is made with mugwort grown on Ganghwa "
  "Island and smells faintly earthy.")
P("CL7-TONER", "Clear-7 Clarifying Toner", "Tone & Prep", 20500, 3,
  {"vol": "150 ml", "pH": "3.6", "skin": "oily, blemish-prone",
   "key_ingredients": ["glycolic acid", "salicylic acid (BHA)", "willow bark water"],
   "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "A leave-on exfoliating toner with 7% acids in total. Start every other evening and "
  "always wear sunscreen the next day. Contains a small amount of alcohol denat.")

# ---------------------------------------------------------------- Essence
P("DB-ES-150", "Dalbit Rice Essence", "Essence", 31000, 8,
  {"vol": "150 ml", "pH": "5.8", "skin": "dry, dull, normal",
   "key_ingredients": ["rice ferment filtrate (77%)", "niacinamide", "sodium hyaluronate"],
   "frag_free": "N", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "Our best-selling essence. Dalbit means moonlight, and the idea is that slow, glowy "
  "skin you get after a good night's sleep. The formula is mostly rice ferment filtrate "
  "made from Icheon rice, with niacinamide for brightness and a little hyaluronate for "
  "bounce. It is thin and slightly milky; press two or three drops into the skin after "
  "toner. It layers well under sunscreen and make-up and does not pill. Fragrance comes "
  "from a touch of rice-scented essence and is very faint. Not to be confused with the "
  "Dalbit Rice Essence Mist, which is a spray for top-ups during the day.", 2)
P("DB-EM-100", "Dalbit Rice Essence Mist", "Essence", 17000, 27,
  {"vol": "100 ml", "skin": "all skin types", "key_ingredients": ["rice ferment filtrate", "glycerin"],
   "frag_free": "N", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "A fine-mist spray version of the rice essence for over make-up.")
P("NR-FE-150", "Nuri Ferment 95 Essence", "Essence", 33000, 0,
  {"vol": "150 ml", "skin": "dull, rough texture",
   "key_ingredients": ["galactomyces ferment filtrate (95%)", "panthenol"],
   "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Japan"},
  "A Korean-brand essence made for us by a fermentation specialist in Osaka. "
  "Water-light, no scent.")
P("DP-SE-100", "Dalpaengi 92 Snail Essence", "Essence", 29000, 5,
  {"vol": "100 ml", "skin": "dry, damaged",
   "key_ingredients": ["snail secretion filtrate (92%)", "sodium hyaluronate"],
   "frag_free": "Y", "vegan": "no", "PAO": "12M", "made_in": "Republic of Korea"},
  "Dalpaengi is Korean for snail. A stringy, slippery essence for repair and bounce.")
P("YJ-VE-100", "Yuja Vita Essence", "Essence", 34500, 2,
  {"vol": "100 ml", "skin": "dull, uneven tone",
   "key_ingredients": ["yuja (citron) extract", "ascorbyl glucoside"],
   "frag_free": "N", "vegan": "yes", "PAO": "6M", "made_in": "Republic of Korea"},
  "A bright yellow essence with a gentle vitamin C derivative.")
P("KB-BE-120", "Kongbit Black Bean Essence", "Essence", 38000, 13,
  {"vol": "120 ml", "skin": "mature, dry",
   "key_ingredients": ["fermented black soybean extract", "adenosine"],
   "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "A nourishing, slightly viscous essence for skin that has lost some bounce.")

# ---------------------------------------------------------------- Serum & Ampoule
P("HN-CS-030", "Haneul Cica Calming Serum", "Serum & Ampoule", 27500, 10,
  {"capacity_ml": 30, "skin": "sensitive, redness-prone",
   "key_ingredients": ["centella asiatica extract", "madecassoside", "ceramide NP"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "A light green serum for days when everything stings.")
P("HN-CA-050", "Haneul Cica Calming Ampoule", "Serum & Ampoule", 32000, 0,
  {"capacity_ml": 50, "skin": "sensitive, irritated",
   "key_ingredients": ["centella asiatica extract (84%)", "madecassoside"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "More concentrated than the Haneul Cica Calming Serum; watery, not sticky.")
P("YJ-C15-030", "Yuja Vita C 15 Serum", "Serum & Ampoule", 35000, 4,
  {"capacity_ml": 30, "skin": "dull, uneven tone, post-acne marks",
   "key_ingredients": ["15% ethyl ascorbic acid", "yuja (citron) extract", "tocopherol (vitamin E)"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 6, "packaging": "airless pump",
   "made_in": "Republic of Korea"},
  "A stable vitamin C serum in an airless pump, so it does not go orange in the bottle "
  "as quickly as pure L-ascorbic acid. Use in the morning under sunscreen. A faint tingle "
  "is normal for the first week.")
P("N10", "N10 Pore Serum", "Serum & Ampoule", 21500, 18,
  {"capacity_ml": 30, "skin": "oily, combination",
   "key_ingredients": ["niacinamide (10%)", "zinc PCA"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "Code name N10: ten per cent niacinamide with zinc for visible pores and shine.")
P("R-05", "R-05 Night Retinal Serum", "Serum & Ampoule", 42000, 1,
  {"capacity_ml": 30, "skin": "normal, mature (not for beginners)",
   "key_ingredients": ["retinal (retinaldehyde) 0.05%", "squalane", "panthenol"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 6, "packaging": "amber glass, dropper",
   "made_in": "Republic of Korea"},
  "R-05 is our strongest night serum: retinaldehyde at 0.05 per cent, which works faster "
  "than retinol. Use it only at night, on dry skin, after cleansing. Begin with two nights "
  "a week and build up slowly over a month; some dryness and flaking in the first weeks is "
  "expected. Do not combine with acid toners or vitamin C on the same night. Not for use "
  "during pregnancy or breastfeeding. Always wear SPF during the day while using it. "
  "Keep the dropper cap tightly closed and away from sunlight.")
P("ON-PA-035", "Ondo Peptide 8 Firming Ampoule", "Serum & Ampoule", 46000, 6,
  {"capacity_ml": 35, "skin": "mature, dry",
   "key_ingredients": ["eight-peptide complex", "adenosine", "beta-glucan"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "A silky ampoule with eight peptides for firmness. Ondo means temperature; the brand "
  "keeps its actives in cool storage until bottling.")
P("MG-HA-050", "Mulgyeol 5-HA Water Serum", "Serum & Ampoule", 26000, 23,
  {"capacity_ml": 50, "skin": "dehydrated, all skin types",
   "key_ingredients": ["five types of hyaluronic acid", "beta-glucan"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "Mulgyeol means wave. A water serum for dehydrated skin.")
P("KK-PA-030", "Kkulbit Propolis Glow Ampoule", "Serum & Ampoule", 29500, 9,
  {"capacity_ml": 30, "skin": "dry, dull",
   "key_ingredients": ["propolis extract (70%)", "royal jelly", "honey"],
   "frag_free": "Y", "vegan": "no", "pao_months": 12, "made_in": "Republic of Korea"},
  "A golden, honey-textured ampoule. Not suitable if you are allergic to bee products.")
P("HN-AZ-020", "Haneul Azelaic Spot Serum", "Serum & Ampoule", 24000, 0,
  {"capacity_ml": 20, "skin": "blemish-prone, redness",
   "key_ingredients": ["azelaic acid (10%)", "centella asiatica extract"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 6, "made_in": "Republic of Korea"},
  "A creamy spot serum. Apply to red marks and blemishes only.")
P("BM-BK-030", "Bam Bakuchiol Night Serum", "Serum & Ampoule", 39000, 7,
  {"capacity_ml": 30, "skin": "sensitive, mature",
   "key_ingredients": ["bakuchiol (1%)", "squalane"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "Bam means night. A plant-based alternative for people who cannot tolerate retinoids.")

# ---------------------------------------------------------------- Moisturise
P("HN-CC-050", "Haneul Cica Calming Cream", "Moisturise", 29000, 14,
  {"capacity_ml": 50, "skin": "sensitive, redness-prone",
   "key_ingredients": ["centella asiatica extract", "madecassoside", "ceramide NP"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "A gel-cream that calms and seals in the toner.")
P("DB-CR-050", "Dalbit Rice Cream", "Moisturise", 34000, 3,
  {"capacity_ml": 50, "skin": "dry, normal",
   "key_ingredients": ["rice bran oil", "rice ferment filtrate", "shea butter"],
   "frag_free": "N", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "A rich cream in a heavy glass jar.")
P("MG-WG-100", "Mulgyeol Water Gel Cream", "Moisturise", 28500, 20,
  {"capacity_ml": 100, "skin": "oily, combination",
   "key_ingredients": ["sodium hyaluronate", "seawater from Uljin"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "A bouncy blue gel-cream for humid summers.")
P("MG-WG-100R", "Mulgyeol Water Gel Cream Refill", "Moisturise", 22500, 0,
  {"capacity_ml": 100, "refill": "yes (pouch, no jar)", "skin": "oily, combination",
   "frag_free": "Y", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "Refill pouch for the Mulgyeol Water Gel Cream jar. Jar not included.")
P("ON-CB-060", "Ondo Ceramide 5 Barrier Cream", "Moisturise", 33000, 8,
  {"capacity_ml": 60, "for_skin": "dry, very dry, barrier-damaged",
   "key_ingredients": ["five ceramides", "cholesterol", "fatty acids"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "A lamellar cream with five ceramides in the ratio of the skin's own barrier.")
P("KB-EC-020", "Kongbit Black Bean Eye Cream", "Moisturise", 37000, 2,
  {"capacity_ml": 20, "for_skin": "mature, puffiness",
   "key_ingredients": ["fermented black soybean extract", "caffeine", "adenosine"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "A tube eye cream with a cooling metal tip.")
P("YJ-SM-080", "Yuja Vita Sleeping Mask", "Moisturise", 25500, 12,
  {"capacity_ml": 80, "for_skin": "dull, dry",
   "key_ingredients": ["yuja (citron) extract", "niacinamide"],
   "frag_free": "N", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "An overnight mask. Last step of the evening routine.")
P("SK-SG-300", "Mugwort Ssuk Soothing Gel", "Moisturise", 14000, 45,
  {"capacity_ml": 300, "for_skin": "all skin types, body too",
   "key_ingredients": ["artemisia (mugwort) extract", "aloe"],
   "frag_free": "Y", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "A big tub of cooling gel for face, body and after-sun.")
P("DP-RC-050", "Dalpaengi Snail Repair Cream", "Moisturise", 31500, 0,
  {"capacity_ml": 50, "for_skin": "dry, damaged",
   "key_ingredients": ["snail secretion filtrate", "peptides"],
   "frag_free": "Y", "vegan": "no", "pao_months": 12, "made_in": "Republic of Korea"},
  "Companion cream to the Dalpaengi 92 Snail Essence.")
P("YJ-HC-050", "Yuja Vita Hand Cream", "Moisturise", 8000, 33,
  {"capacity_ml": 50, "key_ingredients": ["yuja (citron) extract", "shea butter"],
   "frag_free": "N", "vegan": "yes", "pao_months": 12, "made_in": "Republic of Korea"},
  "Pocket hand cream that smells of fresh citron.")

# ---------------------------------------------------------------- Sun Care
P("HS-DC-050", "Haetsal Daily Sun Cream SPF50+ PA++++", "Sun Care", 19800, 40,
  {"vol": "50 ml", "spf": "SPF50+", "pa": "PA++++", "filters": "hybrid (zinc oxide + organic filters)",
   "finish": "natural, no white cast", "frag_free": "Y", "vegan": "yes", "PAO": "12M",
   "made_in": "Republic of Korea"},
  "Haetsal means sunshine. Our everyday sunscreen: a light lotion that disappears into "
  "the skin, sits well under cushion and does not sting the eyes. Apply generously as the "
  "last step of your morning routine and reapply every two hours outdoors. Water resistant "
  "for light sweat, not for swimming. Comes in the regular tube and a jumbo tube.", 2)
P("HS-DC-100", "Haetsal Daily Sun Cream SPF50+ PA++++", "Sun Care", 32800, 6,
  {"vol": "100 ml", "size_label": "jumbo", "spf": "SPF50+", "pa": "PA++++",
   "filters": "hybrid (zinc oxide + organic filters)", "finish": "natural, no white cast",
   "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "Jumbo tube of the Haetsal daily sunscreen, for body and face.")
P("HS-TU-050", "Haetsal Tone-Up Sun Milk SPF50+ PA+++", "Sun Care", 21800, 0,
  {"vol": "50 ml", "spf": "SPF50+", "pa": "PA+++", "finish": "lavender tone-up",
   "frag_free": "N", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "A lavender-tinted sun milk that brightens sallow skin. Shake before use.")
P("DB-SS-050", "Dalbit Rice Sun Serum SPF50 PA++++", "Sun Care", 23800, 11,
  {"vol": "50 ml", "spf": "SPF50", "pa": "PA++++", "filters": "organic filters",
   "finish": "dewy", "frag_free": "N", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "A serum-textured sunscreen with rice ferment filtrate.")
P("HN-SS-018", "Haneul Cica Sun Stick SPF45 PA+++", "Sun Care", 17800, 1,
  {"net_wt": "18 g", "spf": "SPF45", "pa": "PA+++", "filters": "mineral (zinc oxide, titanium dioxide)",
   "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "A clear-ish mineral sun stick for reapplying over make-up or on children's faces.")
P("MG-AG-050", "Mulgyeol Aqua Sun Gel SPF35 PA+++", "Sun Care", 16800, 25,
  {"vol": "50 ml", "spf": "SPF35", "pa": "PA+++", "filters": "organic filters",
   "finish": "watery", "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "A light gel sunscreen for oily skin and city days.")
P("AG-SL-080", "Aegi Mild Sun Lotion SPF30 PA++", "Sun Care", 18800, 9,
  {"vol": "80 ml", "spf": "SPF30", "pa": "PA++", "filters": "100% mineral (zinc oxide)",
   "for_skin": "babies from 6 months, children, very sensitive skin",
   "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "Aegi means baby. A gentle mineral lotion; washes off with a normal cleanser.")
P("HS-CU-015", "Haetsal Sun Cushion SPF50+ PA++++", "Sun Care", 26800, 4,
  {"net_wt": "15 g", "spf": "SPF50+", "pa": "PA++++", "finish": "satin, sheer",
   "frag_free": "Y", "vegan": "yes", "PAO": "12M", "made_in": "Republic of Korea"},
  "A colourless sun cushion for topping up SPF over make-up.")

# ---------------------------------------------------------------- Masks (single and box under the same name)
P("DB-SM-01", "Dalbit Rice Sheet Mask", "Masks", 3000, 120,
  {"pack": "1 sheet", "sheet": "bamboo lyocell", "serum_per_sheet": "25 ml",
   "frag_free": "N", "vegan": "yes", "made_in": "Republic of Korea"},
  "A soaked sheet mask with the Dalbit rice essence. Leave on for 15-20 minutes.")
P("DB-SM-10", "Dalbit Rice Sheet Mask", "Masks", 27000, 8,
  {"pack": "box of 10", "sheet": "bamboo lyocell", "serum_per_sheet": "25 ml",
   "frag_free": "N", "vegan": "yes", "made_in": "Republic of Korea"},
  "Ten individually sealed Dalbit rice sheet masks in one box.")
P("HN-SM-01", "Haneul Cica Sheet Mask", "Masks", 3500, 64,
  {"pack": "1 sheet", "sheet": "cupra", "serum_per_sheet": "22 ml",
   "frag_free": "Y", "vegan": "yes", "made_in": "Republic of Korea"},
  "A thin, clingy cica sheet mask. Good after sun or after a flight.")
P("HN-SM-10", "Haneul Cica Sheet Mask", "Masks", 30000, 0,
  {"pack": "box of 10", "sheet": "cupra", "serum_per_sheet": "22 ml",
   "frag_free": "Y", "vegan": "yes", "made_in": "Republic of Korea"},
  "Ten Haneul cica sheet masks in one box.")
P("YJ-SM-01", "Yuja Vita Sheet Mask", "Masks", 3000, 0,
  {"pack": "1 sheet", "sheet": "bamboo lyocell", "serum_per_sheet": "27 ml",
   "frag_free": "N", "vegan": "yes", "made_in": "Republic of Korea"},
  "A brightening citron sheet mask.")
P("YJ-SM-10", "Yuja Vita Sheet Mask", "Masks", 26000, 5,
  {"pack": "box of 10", "sheet": "bamboo lyocell", "serum_per_sheet": "27 ml",
   "frag_free": "N", "vegan": "yes", "made_in": "Republic of Korea"},
  "Ten Yuja Vita sheet masks in one box.")
P("SK-SM-01", "Mugwort Ssuk Sheet Mask", "Masks", 3200, 2,
  {"pack": "1 sheet", "sheet": "cotton", "frag_free": "Y", "vegan": "yes",
   "made_in": "Republic of Korea"},
  "A soothing mugwort mask on a thick cotton sheet.")
P("SK-SM-10", "Mugwort Ssuk Sheet Mask", "Masks", 28000, 12,
  {"pack": "box of 10", "sheet": "cotton", "frag_free": "Y", "vegan": "yes",
   "made_in": "Republic of Korea"},
  "Ten mugwort sheet masks.")
P("KB-EP-060", "Kongbit Black Bean Hydrogel Eye Patch", "Masks", 24000, 17,
  {"pack": "60 patches (30 pairs)", "sheet": "hydrogel", "frag_free": "Y", "vegan": "yes",
   "made_in": "Republic of Korea"},
  "Jelly eye patches in a jar with a little spatula.")
P("MASK-BOX-20", "Sheet Mask Discovery Box", "Masks", 45000, 7,
  {"pack": "20 sheets (5 each of Dalbit, Haneul, Yuja Vita, Mugwort Ssuk)", "vegan": "yes",
   "made_in": "Republic of Korea"},
  "Try every sheet mask we sell: five of each of our four masks.")

# ---------------------------------------------------------------- Base make-up (shades as separate products sharing a name)
MGC_DESC = ("A dewy cushion foundation with light-to-medium buildable coverage and SPF40 PA++. "
            "The formula is half skincare: centella water and niacinamide instead of plain water. "
            "Press, don't swipe, with the puff. Shades are named by number and tone: the lower the "
            "number, the lighter the shade. Each compact holds 15 g; refills are sold separately "
            "in the most popular shades.")
for code, shade, tone, stock in [("13", "13 Porcelain", "cool", 6),
                                 ("17", "17 Ivory", "neutral", 0),
                                 ("21", "21 Light Beige", "neutral", 14),
                                 ("23", "23 Natural Beige", "neutral", 5),
                                 ("25", "25 Sand Beige", "warm", 4),
                                 ("27", "27 Honey Beige", "warm", 0)]:
    P("MGC-" + code, "Mulgyeol Glow Cushion", "Base Make-up", 32000, stock,
      {"shade": shade, "undertone": tone, "finish": "dewy", "coverage": "light-medium",
       "spf": "SPF40", "pa": "PA++", "net_wt": "15 g", "frag_free": "Y", "made_in": "Republic of Korea"},
      MGC_DESC)
for code, shade, stock in [("21", "21 Light Beige", 9), ("23", "23 Natural Beige", 0)]:
    P("MGC-R" + code, "Mulgyeol Glow Cushion Refill", "Base Make-up", 18000, stock,
      {"shade": shade, "net_wt": "15 g", "refill": "yes (puff included, no compact)",
       "made_in": "Republic of Korea"},
      "Refill pan for the Mulgyeol Glow Cushion compact.")
for code, shade, tone, stock in [("19", "19 Rose Ivory", "cool pink", 7),
                                 ("21", "21 Light Beige", "neutral", 8),
                                 ("22", "22 Neutral Beige", "neutral", 0),
                                 ("23", "23 Natural Beige", "warm yellow", 11)]:
    P("BNC-" + code, "Bonbit Matte Cover Cushion", "Base Make-up", 34000, stock,
      {"shade": shade, "undertone": tone, "finish": "matte velvet", "coverage": "medium-full",
       "spf": "SPF50+", "pa": "PA+++", "net_wt": "14 g", "frag_free": "N", "made_in": "Republic of Korea"},
      "A long-wear matte cushion for oily skin and humid days; lasts through a commute and "
      "a workday. Shade numbers follow the usual Korean system: the lower, the lighter.")
P("BNB-SP-005", "Bonbit Loose Setting Powder", "Base Make-up", 22000, 6,
  {"net_wt": "5 g", "finish": "soft matte, translucent", "frag_free": "Y", "made_in": "Republic of Korea"},
  "A translucent rice-powder finishing powder for oily skin.")
P("MG-BP-030", "Mulgyeol Blur Primer", "Base Make-up", 24500, 10,
  {"capacity_ml": 30, "finish": "blurring, semi-matte", "frag_free": "Y", "made_in": "Republic of Korea"},
  "A silicone-light primer that blurs pores under cushion.")
P("BOM-CBL", "Bomnal Cream Blush", "Base Make-up", 16000, 13,
  {"shades": ["peach fuzz", "dusty rose", "brick"], "net_wt": "6 g", "made_in": "Republic of Korea"},
  "Our own cream blush. One price for every shade; choose the shade at checkout.")

# ---------------------------------------------------------------- Lip (shades as separate products, and as lists)
for code, shade, stock in [("01", "01 Coral Dive", 22), ("02", "02 Plum Jam", 0),
                           ("03", "03 Fig Brick", 6), ("04", "04 Peach Soda", 1),
                           ("05", "05 Cherry Glass", 13)]:
    P("YWT-" + code, "Yeoreum Water Tint", "Lip", 12000, stock,
      {"shade": shade, "finish": "glossy stain", "vol": "4 g", "frag_free": "N", "vegan": "yes",
       "made_in": "Republic of Korea"},
      "Yeoreum means summer. A juicy water tint that leaves a stain after the gloss wears off.")
for code, shade, stock in [("V1", "V1 Mauve Wool", 9), ("V2", "V2 Brick Scarf", 2),
                           ("V3", "V3 Mulled Rose", 0)]:
    P("GVT-" + code, "Gyeoul Velvet Lip Tint", "Lip", 14500, stock,
      {"shade": shade, "finish": "velvet blur", "vol": "4 g", "frag_free": "N", "vegan": "yes",
       "made_in": "Republic of Korea"},
      "Gyeoul means winter. A soft-focus velvet tint in cosy winter shades.")
P("DB-LB", "Dalbit Rice Lip Balm", "Lip", 8500, 30,
  {"tints": ["clear", "rosy", "peach"], "net_wt": "3.8 g", "vegan": "yes", "made_in": "Republic of Korea"},
  "A rice bran wax balm in a twist-up stick.")
P("KK-LS-020", "Kkulbit Honey Lip Sleeping Mask", "Lip", 15000, 0,
  {"net_wt": "20 g", "key_ingredients": ["honey", "propolis", "shea butter"], "vegan": "no",
   "made_in": "Republic of Korea"},
  "Overnight lip mask in a little pot with a spatula.")
P("YB-GG", "Yoonbit Glass Gloss", "Lip", 11000, 8,
  {"shades": ["clear", "pink glaze", "bronze"], "vol": "5 ml", "vegan": "yes", "made_in": "Republic of Korea"},
  "A non-sticky glass-shine gloss.")
P("SEON-LP", "Seon Lip Pencil", "Lip", 9500, 15,
  {"shades": ["nude 1", "rose 2", "brick 3"], "vegan": "yes", "made_in": "Germany"},
  "Seon means line. A creamy liner that doubles as a lipstick.")

# ---------------------------------------------------------------- Tools
P("DOL-GS", "Dol Gua Sha", "Tools", 28000, 10,
  {"stone": ["rose quartz", "green aventurine", "black obsidian"], "size": "9.5 x 5.5 cm",
   "origin": "China", "pouch": "cotton pouch included"},
  "Dol means stone. A hand-polished gua sha with a notched edge for the jaw and a curved "
  "edge for cheeks. Choose the stone at checkout; every stone is natural, so colour and "
  "veining vary. Use with a face oil or sleeping mask, always over slippery skin, with "
  "light pressure and upward strokes.", 2)
P("DOL-GS-MINI", "Dol Gua Sha Mini", "Tools", 19000, 0,
  {"stone": ["rose quartz"], "size": "6 x 4 cm", "origin": "China"},
  "A travel-size rose quartz gua sha.")
P("BR-02", "BR-02 Flat Foundation Brush", "Tools", 17000, 6,
  {"bristles": "synthetic taklon", "handle": "birch wood", "vegan": "yes", "origin": "Republic of Korea"},
  "Flat, dense brush for cushion and liquid foundation.")
P("BR-05", "BR-05 Kabuki Brush", "Tools", 21000, 1,
  {"bristles": "synthetic, extra soft", "handle": "short birch wood", "vegan": "yes",
   "origin": "Republic of Korea"},
  "A short, round kabuki brush for loose powder and sun powder.")
P("BR-09", "BR-09 Lip & Concealer Brush", "Tools", 9000, 14,
  {"bristles": "synthetic taklon", "vegan": "yes", "origin": "Republic of Korea"},
  "A small, pointed brush for lips and under-eye concealer.")
P("BR-12", "BR-12 Fan Brush", "Tools", 12500, 0,
  {"bristles": "synthetic", "vegan": "yes", "origin": "Republic of Korea"},
  "A fan brush for highlighter and for painting on peel masks.")
P("SRB-IR", "Seoribit Ice Roller", "Tools", 23000, 3,
  {"head": "stainless steel", "handle": "ABS plastic", "origin": "China"},
  "Keep it in the fridge and roll over puffy morning skin.")
P("PUFF-4", "Replacement Cushion Puffs (pack of 4)", "Tools", 6000, 50,
  {"material": "NBR latex-free", "fits": "any round cushion compact"},
  "Spare puffs: wash or change them weekly.")
P("SIL-MB", "Silicone Mask Brush", "Tools", 5000, 2,
  {"material": "food-grade silicone", "origin": "China"},
  "For wash-off masks without wasting product.")
P("GY-KS", "Gonyak Konjac Sponge", "Tools", 6500, 25,
  {"colours": ["charcoal", "green tea", "natural"], "origin": "Republic of Korea"},
  "Gonyak is konjac. Soak before use; replace every two months.")
P("BOM-HB", "Bomnal Bunny Spa Headband", "Tools", 7000, 18,
  {"colours": ["cream", "pink", "grey"], "material": "coral fleece"},
  "Keeps hair out of the way while you cleanse. Yes, it has ears.")

# ---------------------------------------------------------------- Gift sets
P("DB-KIT-5", "Dalbit Rice Trial Kit", "Gift Sets", 19000, 11,
  {"pieces": 5, "contents": "travel sizes of the Dalbit Rice Cleansing Foam, Rice Toner, "
   "Rice Essence, Rice Cream and one Dalbit Rice Sheet Mask"},
  "The whole Dalbit rice routine in travel sizes, in a paper box.")
P("HN-SET", "Haneul Cica Starter Set", "Gift Sets", 42000, 0,
  {"contents": "Haneul Cica Low pH Gel Cleanser, Haneul Cica Calming Toner (150 ml), "
   "Haneul Cica Calming Cream, two Haneul Cica Sheet Masks"},
  "Everything a sensitive skin needs to start, in a pouch. Haneul means sky.")
P("GIFT-GLOW", "Bomnal Glow Gift Box", "Gift Sets", 68000, 4,
  {"contents": "Dalbit Rice Essence, Yuja Vita C 15 Serum, Yeoreum Water Tint 01 Coral Dive, "
   "Dol Gua Sha Mini", "wrap": "bojagi cloth included"},
  "Our glow edit in a sturdy box wrapped in a bojagi cloth. Bomnal means spring day.", 2)
P("GIFT-NIGHT", "Seoul Night Routine Set", "Gift Sets", 89000, 2,
  {"contents": "Dalbit Rice Cleansing Oil, Haneul Cica Calming Toner (150 ml), R-05 Night Retinal "
   "Serum, Ondo Ceramide 5 Barrier Cream, Bomnal Bunny Spa Headband"},
  "A complete evening routine in a navy box. Because it contains R-05, we suggest it for "
  "people who already use a retinoid.")


FAQ = [
    {"id": "ship-kr", "question": "How much is delivery within Korea and how long does it take?",
     "answer": ("Parcels inside Korea go out with CJ Logistics. Delivery is a flat 3,500 won per order, "
                "and orders paid before 2 pm (KST) on a weekday leave our Seongsu studio the same day. "
                "Most addresses receive them in 1-2 business days; Jeju and other island addresses "
                "add 3,000 won and usually one extra day.")},
    {"id": "free-ship", "question": "Is there free shipping?",
     "answer": ("Yes. Domestic orders of 40,000 won or more (after points and coupons) ship free. "
                "For orders going abroad the free-shipping line is 150,000 won, EMS only.")},
    {"id": "ship-intl", "question": "Do you ship outside Korea?",
     "answer": ("We ship to 38 countries with Korea Post EMS. Rates are worked out by weight at "
                "checkout: from 14,000 won to Japan, China and South-East Asia, and from 23,000 won "
                "to North America, Europe and Oceania. Delivery normally takes 5-12 business days "
                "after dispatch, and the tracking number is sent once EMS scans the parcel. If you need "
                "it faster, ask us about an express courier before you pay - it costs more and we "
                "quote it by hand.")},
    {"id": "returns-opened", "question": "Can I return a product I've opened?",
     "answer": ("Because cosmetics are hygiene products, we can only take back items that are "
                "unopened, unused and still sealed, within 14 days of delivery. Opened products are "
                "the exception only when they caused a skin reaction: send us a photo of the reaction "
                "and of the product with its batch code within 7 days of delivery, and we will refund "
                "it as store points or to your card. Return postage for change-of-mind returns is paid "
                "by the customer (3,500 won within Korea). Sheet masks, sale items and the contents of "
                "gift sets cannot be returned once the outer film is removed.")},
    {"id": "patch-test", "question": "Should I patch test first?",
     "answer": ("We always suggest it, especially with retinal, vitamin C, acids and anything new if "
                "your skin is sensitive. Put a small amount behind the ear or on the inside of the "
                "forearm once a day for 48 hours. If you see redness, itching or little bumps, rinse "
                "it off and don't use the product on your face. A patch test is not a guarantee, but "
                "it saves a lot of trouble.")},
    {"id": "ingredients-preservatives",
     "question": "Do your products contain parabens, mineral oil or alcohol?",
     "answer": ("None of the products we stock contain parabens or mineral oil. The Clear-7 "
                "Clarifying Toner uses a small amount of denatured alcohol, and it is on its "
                "ingredient list. Most of our makers preserve with 1,2-hexanediol or phenoxyethanol "
                "(below 1%). The full INCI list of every product is on its product page under "
                "'Ingredients'.")},
    {"id": "authentic", "question": "Are your products genuine?",
     "answer": ("Every product is bought directly from the brand or its official Korean distributor; "
                "we never buy from resellers or parallel importers. Each unit carries the maker's "
                "batch code (lot number) on the bottom or on the crimp of the tube, and we are happy "
                "to show the distributor invoice number if you want to check it yourself.")},
    {"id": "customs", "question": "Will I pay customs or import tax?",
     "answer": ("Duties, import VAT and customs clearance fees are set by the destination country and "
                "are paid by the recipient when the parcel arrives; they are not included in our "
                "prices or in the shipping fee. We always declare the real value and contents and "
                "cannot mark orders as gifts or split them to stay under limits. If a parcel is refused "
                "at customs, the return shipping is deducted from the refund.")},
    {"id": "samples", "question": "Do you include free samples?",
     "answer": ("Orders over 20,000 won get up to three free samples, which you pick in the "
                "'Sample bar' step at checkout (while stocks last). Samples are not sold separately "
                "and we can't add extra ones on request.")},
    {"id": "kakaotalk", "question": "Can I contact you on KakaoTalk?",
     "answer": ("Yes! Add our KakaoTalk channel @bomnal_seongsu. We answer on weekdays from 10:00 to "
                "18:00 KST; messages sent at night or at the weekend are answered the next business "
                "day. For anything about an order, please include your order number.")},
    {"id": "shop-hours", "question": "When is your shop in Seongsu open?",
     "answer": ("Our shop floor at 14 Durumi-gil, Seongsu-dong (Seongdong-gu, Seoul) is open "
                "11:00-20:00, Tuesday to Sunday. We are closed on Mondays and over the Seollal and "
                "Chuseok holidays. From Seongsu station (Line 2) take exit 3; it is about a six-minute "
                "walk.")},
    {"id": "points", "question": "How do points and membership work?",
     "answer": ("Join Bomnal Petals (free) and earn 3% of what you pay back as points; 1 point is "
                "worth 1 won. Members get 2,000 welcome points and a birthday coupon. Points can be "
                "used from 1,000 points upward and expire 12 months after they were earned. No points "
                "are given on shipping fees or gift wrapping.")},
    {"id": "gift-wrap", "question": "Do you offer gift wrapping?",
     "answer": ("We can wrap any order in a reusable bojagi cloth with a handwritten card for 2,500 won "
                "per box. Choose 'Bojagi wrap' at checkout and type your message (up to 150 "
                "characters). Prices are never printed on anything inside the parcel.")},
    {"id": "expiry", "question": "How fresh is your stock, and how do I read the dates?",
     "answer": ("Everything we send has at least 12 months left before its expiry date (sheet masks "
                "and sun care at least 9 months). Korean packaging usually shows the manufacturing date "
                "as MFG or 제조 and the expiry date as EXP or 까지, written YYYY.MM.DD. After opening, "
                "follow the PAO symbol: an open jar with, for example, 12M on it.")},
    {"id": "order-changes", "question": "Can I change or cancel my order?",
     "answer": ("Orders can be changed or cancelled until they are packed, normally within 2 hours of "
                "payment on weekdays. Message us on KakaoTalk or reply to your order confirmation with "
                "the order number. Once an order is packed or shipped we can't change the address or "
                "the items; you can refuse the parcel or send back unopened items under our returns "
                "policy.")},
    {"id": "pickup", "question": "Can I pick up my order at the shop?",
     "answer": ("Yes - choose 'Seongsu shop pickup' at checkout; it's free. We message you when it's "
                "ready, usually within 3 hours during opening hours. Bring the order number and an ID. "
                "Orders not collected within 7 days are cancelled and refunded.")},
    {"id": "tax-refund", "question": "Can tourists get a tax refund?",
     "answer": ("On the shop floor, visitors staying in Korea for less than six months get the tax "
                "refund straight away at the counter on purchases of 15,000 won or more - please bring "
                "your passport. Online orders shipped abroad are already sold without Korean VAT.")},
    {"id": "sensitive-skin", "question": "Which products are good for sensitive skin?",
     "answer": ("Start with the Haneul Cica line (all fragrance-free) and the Ondo Ceramide 5 Barrier "
                "Cream. Introduce one new product at a time, a week apart, and don't start a retinal "
                "and an acid toner in the same week.")},
    {"id": "payment", "question": "What payment methods do you take?",
     "answer": ("Korean debit and credit cards and bank transfer (virtual account); for orders from "
                "abroad, Visa, Mastercard and UnionPay. Bank transfers must be paid within 24 hours "
                "or the order is cancelled automatically.")},
    {"id": "vegan", "question": "Are your products vegan and cruelty-free?",
     "answer": ("None of our makers test on animals. Vegan products say \"vegan: yes\" in the product "
                "details. The Kkulbit line (honey, propolis) and the Dalpaengi snail line are not "
                "vegan.")},
]

ORDERS = [
    {"order_id": "BB10412", "email": "minji.park@example.com", "postcode": "04790", "placed": "2026-04-28",
     "status": "delivered", "carrier": "CJ Logistics", "eta": "2026-04-30",
     "items": [{"sku": "DB-ES-150", "qty": 1}, {"sku": "DB-SM-10", "qty": 1}]},
    {"order_id": "BB10419", "email": "j.whitfield@example.org", "postcode": "M4C 1B5", "placed": "2026-04-29",
     "status": "shipped", "carrier": "Korea Post EMS", "eta": "2026-05-12",
     "items": [{"sku": "HS-DC-100", "qty": 2}, {"sku": "HN-CT-150", "qty": 1}]},
    {"order_id": "BB10425", "email": "sora.kim@example.net", "postcode": "06035", "placed": "2026-05-02",
     "status": "processing", "items": [{"sku": "MGC-21", "qty": 1}, {"sku": "PUFF-4", "qty": 1}]},
    {"order_id": "BB10431", "email": "lea.fontaine@example.org", "postcode": "69003", "placed": "2026-05-03",
     "status": "shipped", "carrier": "DHL Express", "eta": "2026-05-09",
     "items": [{"sku": "YJ-C15-030", "qty": 1}, {"sku": "DOL-GS", "qty": 1}]},
    {"order_id": "BB10436", "email": "haeun.jung@example.com", "postcode": "13529", "placed": "2026-05-03",
     "status": "cancelled", "items": [{"sku": "HN-SET", "qty": 1}]},
    {"order_id": "BB10440", "email": "tomasz.nowak@example.net", "postcode": "00-950", "placed": "2026-04-10",
     "status": "returned", "carrier": "Korea Post EMS", "eta": "2026-04-22",
     "items": [{"sku": "BNC-22", "qty": 1}]},
    {"order_id": "BB10447", "email": "minji.park@example.com", "postcode": "04790", "placed": "2026-05-04",
     "status": "shipped", "carrier": "Hanjin", "eta": "2026-05-06",
     "items": [{"sku": "YWT-01", "qty": 2}, {"sku": "GVT-V1", "qty": 1}]},
    {"order_id": "BB10452", "email": "daniel.reyes@example.com", "postcode": "94110", "placed": "2026-05-01",
     "status": "shipped", "carrier": "DHL Express", "eta": "2026-05-07",
     "items": [{"sku": "GIFT-GLOW", "qty": 1}]},
    {"order_id": "BB10458", "email": "yerin.han@example.org", "postcode": "04779", "placed": "2026-05-05",
     "status": "processing", "carrier": "In-store pickup (Seongsu)", "eta": "2026-05-06",
     "items": [{"sku": "BR-02", "qty": 1}, {"sku": "BNB-SP-005", "qty": 1}]},
    {"order_id": "BB10463", "email": "aiko.tanaka@example.net", "postcode": "150-0001", "placed": "2026-05-02",
     "status": "shipped", "carrier": "Korea Post EMS", "eta": "2026-05-08",
     "items": [{"sku": "ON-CB-060", "qty": 1}, {"sku": "HN-SM-10", "qty": 1}]},
    {"order_id": "BB10470", "email": "jihoon.lee@example.com", "postcode": "48058", "placed": "2026-04-30",
     "status": "delivered", "carrier": "Hanjin", "eta": "2026-05-02",
     "items": [{"sku": "MG-AG-050", "qty": 1}]},
    {"order_id": "BB10474", "email": "chloe.martin@example.org", "postcode": "2010", "placed": "2026-04-25",
     "status": "delivered", "carrier": "DHL Express", "eta": "2026-04-30",
     "items": [{"sku": "GIFT-NIGHT", "qty": 1}]},
    {"order_id": "BB10481", "email": "seoyeon.oh@example.net", "postcode": "63309", "placed": "2026-05-04",
     "status": "shipped", "carrier": "Lotte Global Logistics", "eta": "2026-05-08",
     "items": [{"sku": "SK-SG-300", "qty": 2}, {"sku": "AG-SL-080", "qty": 1}]},
    {"order_id": "BB10488", "email": "yuna.choi@example.net", "postcode": "21554", "placed": "2026-05-03",
     "status": "shipped", "carrier": "CJ Logistics", "eta": "2026-05-06",
     "items": [{"sku": "KB-EC-020", "qty": 1}, {"sku": "KB-EP-060", "qty": 1}]},
    {"order_id": "BB10493", "email": "noah.becker@example.org", "postcode": "10115", "placed": "2026-05-05",
     "status": "processing", "items": [{"sku": "MASK-BOX-20", "qty": 1}]},
    {"order_id": "BB10499", "email": "eunji.seo@example.com", "postcode": "04206", "placed": "2026-04-27",
     "status": "cancelled", "items": [{"sku": "R-05", "qty": 1}]},
    {"order_id": "BB10503", "email": "hyunwoo.kang@example.net", "postcode": "16455", "placed": "2026-04-24",
     "status": "returned", "carrier": "CJ Logistics", "eta": "2026-04-27",
     "items": [{"sku": "BNC-23", "qty": 1}]},
    {"order_id": "BB10508", "email": "olivia.grant@example.com", "postcode": "EH1 2NG", "placed": "2026-05-04",
     "status": "shipped", "carrier": "Korea Post EMS", "eta": "2026-05-15",
     "items": [{"sku": "DB-KIT-5", "qty": 2}]},
    {"order_id": "BB10512", "email": "dahye.yoon@example.org", "postcode": "34126", "placed": "2026-05-05",
     "status": "shipped", "carrier": "Hanjin", "eta": "2026-05-07",
     "items": [{"sku": "N10", "qty": 1}, {"sku": "CL7-TONER", "qty": 1}]},
    {"order_id": "BB10517", "email": "mateo.silva@example.net", "postcode": "01310-100", "placed": "2026-04-29",
     "status": "shipped", "carrier": "DHL Express", "eta": "2026-05-11",
     "items": [{"sku": "KK-PA-030", "qty": 1}, {"sku": "YB-GG", "qty": 1}]},
    {"order_id": "BB10521", "email": "jisu.bae@example.com", "postcode": "04781", "placed": "2026-04-30",
     "status": "delivered", "carrier": "In-store pickup (Seongsu)", "eta": "2026-05-01",
     "items": [{"sku": "DOL-GS", "qty": 1}, {"sku": "BOM-HB", "qty": 1}]},
    {"order_id": "BB10526", "email": "minseo.kwon@example.com", "postcode": "05510", "placed": "2026-05-05",
     "status": "processing", "carrier": "CJ Logistics", "eta": "2026-05-07",
     "items": [{"sku": "HN-GC-150", "qty": 1}, {"sku": "HN-CC-050", "qty": 1}]},
]


# ---------------------------------------------------------------- images
def _chunk(kind, data):
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png_bytes(seed_text, size=48):
    """A small, distinct, deterministic RGB PNG: 6x6 grid of 8 px cells from a hash."""
    h = hashlib.sha256(seed_text.encode("utf-8")).digest()
    bg = (h[0] // 2 + 128, h[1] // 2 + 128, h[2] // 2 + 128)   # pale background
    fg = (h[3] // 2, h[4] // 2, h[5] // 2)                      # darker accent
    bits = int.from_bytes(h[6:11], "big")
    cell = size // 6
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter type 0
        for x in range(size):
            i = (y // cell) * 6 + (x // cell)
            on = (bits >> i) & 1
            # a thin frame so even an all-background hash is not blank
            edge = x in (0, size - 1) or y in (0, size - 1)
            row.extend(fg if (on or edge) else bg)
        rows.append(bytes(row))
    raw = b"".join(rows)
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def _jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def build(out_dir):
    os.makedirs(os.path.join(out_dir, "images"), exist_ok=True)
    files = {
        "store.json": (json.dumps(STORE, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        "catalog.jsonl": _jsonl(PRODUCTS),
        "faq.jsonl": _jsonl(FAQ),
        "orders.jsonl": _jsonl(ORDERS),
    }
    for p in PRODUCTS:
        for rel in p["images"]:
            files[rel] = png_bytes(p["sku"] + "|" + rel)
    for rel in sorted(files):
        with open(os.path.join(out_dir, rel), "wb") as f:
            f.write(files[rel])
    return sorted(files)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python make_store.py OUT_DIR\n")
        return 2
    written = build(argv[1])
    print("wrote %d files (%d products, %d FAQ entries, %d orders) to %s"
          % (len(written), len(PRODUCTS), len(FAQ), len(ORDERS), argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
