#!/usr/bin/env python3
"""Build the "Ruota Libera Moto" test store (Store format v1) into OUT_DIR.

Usage: python data/eval/blind19/make_store.py OUT_DIR

Standard library only. The output is byte-identical on every run.
"""
import json
import os
import struct
import sys
import zlib

STORE = {
    "name": "Ruota Libera Moto",
    "currency": "EUR",
    "locale": "en-IE",
    "greeting": "Ciao! Welcome to Ruota Libera Moto, motorcycle gear and parts from Milan. "
                "Ask me about helmets, clothing, parts for your bike, or your order.",
}

CATALOG = []


def add(sku, name, category, price, stock, description, attributes, images=1):
    CATALOG.append({
        "sku": sku,
        "name": name,
        "description": description,
        "category": category,
        "price": price,
        "currency": "EUR",
        "stock": stock,
        "attributes": attributes,
        "images": ["images/%s-%d.png" % (sku.lower(), i + 1) for i in range(images)],
    })


HEAD_CM = {"S": "55-56", "M": "57-58", "L": "59-60", "XL": "61-62"}

# ---------------------------------------------------------------- helmets
for size, stock in [("S", 4), ("M", 0), ("L", 2), ("XL", 6)]:
    add("HLM-VRS-MBK-" + size, "Vento RS Full Face Helmet", "helmets", 229.00, stock,
        "Sporty full face helmet with a polycarbonate shell, wide field of view and "
        "quick-release visor. Matt black.",
        {"colour": "matt black", "size": size, "head_circumference_cm": HEAD_CM[size],
         "certification": "ECE 22.06", "weight_g": 1490, "shell": "polycarbonate",
         "visor": "clear, anti-scratch, anti-fog insert ready",
         "fastening": "micrometric buckle"}, images=2)
for size, stock in [("M", 3), ("L", 0)]:
    add("HLM-VRS-TRI-" + size, "Vento RS Full Face Helmet", "helmets", 259.00, stock,
        "The Vento RS in our Tricolore graphic: green, white and red stripes over a "
        "gloss white base.",
        {"colour": "Tricolore (green/white/red)", "size": size,
         "head_circumference_cm": HEAD_CM[size], "certification": "ECE 22.06",
         "weight_g": 1490, "shell": "polycarbonate",
         "visor": "clear, anti-scratch, anti-fog insert ready",
         "fastening": "micrometric buckle"}, images=2)
for size, stock in [("M", 1), ("L", 3)]:
    add("HLM-BRC-" + size, "Brera Carbon Full Face Helmet", "helmets", 649.00, stock,
        "Track-day and sport touring full face helmet with a hand-laid carbon fibre "
        "shell, double-D fastening and emergency cheek pad release.",
        {"colour": "gloss carbon", "size": size, "head_circumference_cm": HEAD_CM[size],
         "certification": "ECE 22.06", "weight_g": 1290, "shell": "carbon fibre",
         "fastening": "double-D ring", "anti_fog_insert": "included"}, images=2)
for size, stock in [("M", 5), ("L", 8)]:
    add("HLM-SMP-" + size, "Sempione Modular Helmet", "helmets", 379.00, stock,
        "Flip-up touring helmet with drop-down sun visor and speaker pockets ready "
        "for an intercom.",
        {"colour": "titanium grey", "size": size, "head_circumference_cm": HEAD_CM[size],
         "certification": "ECE 22.06", "homologation": "P/J (may be ridden with the chin bar open)",
         "weight_g": 1680, "shell": "fibreglass composite", "sun_visor": "drop-down",
         "intercom_ready": True})
add("HLM-PRT-CRM-M", "Portello Jet Helmet", "helmets", 149.90, 9,
    "Retro open face jet helmet with a leather-look trim, for scooters and cafe racers.",
    {"colour": "cream", "size": "M", "head_circumference_cm": "57-58",
     "certification": "ECE 22.06", "weight_g": 1050, "type": "open face (jet)"})
add("HLM-PRT-OLV-M", "Portello Jet Helmet", "helmets", 149.90, 0,
    "Retro open face jet helmet with a leather-look trim, for scooters and cafe racers.",
    {"colour": "matt olive", "size": "M", "head_circumference_cm": "57-58",
     "certification": "ECE 22.06", "weight_g": 1050, "type": "open face (jet)"})
add("HLM-ACC-AFI", "Anti-Fog Insert Lens for Vento RS", "helmets", 34.90, 15,
    "Clear anti-fog insert lens that clips inside the Vento RS visor.",
    {"fits": ["Vento RS Full Face Helmet (all sizes)"], "tint": "clear"})

# ---------------------------------------------------------------- jackets
CORSA = {"material": "polyester mesh with 600D polyester panels",
         "protection": "CE level 1 shoulders and elbows (EN 1621-1)",
         "back_protector": "pocket only, protector not included",
         "en_17092_class": "A", "weight_g": 1650}
for colour, code, size, price, stock in [
        ("black", "BLK", "M", 189.00, 7), ("black", "BLK", "L", 189.00, 12),
        ("black", "BLK", "XL", 189.00, 3), ("grey", "GRY", "L", 189.00, 2),
        ("hi-vis yellow", "HVY", "L", 199.00, 4)]:
    attrs = {"colour": colour, "size": size}
    attrs.update(CORSA)
    add("JKT-CRS-%s-%s" % (code, size), "Corsa Air Mesh Jacket", "jackets", price, stock,
        "Summer mesh jacket for hot city riding, with full airflow on chest and back.", attrs)
NAV = {"material": "cowhide leather, 1.2 mm",
       "protection": "CE level 2 shoulders and elbows (EN 1621-1)",
       "en_17092_class": "AA", "weight_g": 2350, "lining": "removable quilted vest"}
for colour, code, size, price, stock in [
        ("black", "BLK", "S", 549.00, 2), ("black", "BLK", "M", 549.00, 5),
        ("black", "BLK", "L", 549.00, 4), ("black", "BLK", "XL", 549.00, 0),
        ("vintage brown", "BRN", "L", 569.00, 2)]:
    attrs = {"colour": colour, "size": size}
    attrs.update(NAV)
    add("JKT-NAV-%s-%s" % (code, size), "Naviglio Leather Jacket", "jackets", price, stock,
        "Classic cafe racer leather jacket, cut short at the waist, with a zip to "
        "connect trousers.", attrs, images=2)
for size, stock in [("L", 6), ("XL", 0), ("3XL", 1)]:
    add("JKT-STV-SND-" + size, "Stelvio 4-Season Touring Jacket", "jackets", 419.00, stock,
        "Adventure touring jacket for all year: laminated waterproof shell, big vents "
        "and a removable thermal liner.",
        {"colour": "sand/black", "size": size,
         "membrane": "AquaShield laminated membrane", "thermal_liner": "removable",
         "protection": "CE level 2 shoulders and elbows, CE level 1 back",
         "en_17092_class": "AA", "weight_g": 2600})
for size, stock in [("XS", 3), ("S", 5)]:
    add("JKT-DRS-" + size, "Darsena Women's Softshell Jacket", "jackets", 239.90, stock,
        "Women's fit softshell riding jacket, windproof and water-repellent, looks "
        "like a casual jacket off the bike.",
        {"fit": "women's", "size": size, "colour": "navy",
         "material": "3-layer softshell",
         "protection": "CE level 1 shoulders and elbows", "en_17092_class": "A"})

# ---------------------------------------------------------------- gloves
for size, stock in [("M", 6), ("L", 11), ("XL", 2)]:
    add("GLV-MNZ-" + size, "Monza Racing Gloves", "gloves", 159.00, stock,
        "Full gauntlet racing gloves with titanium knuckle sliders and a double "
        "wrist closure.",
        {"size": size, "colour": "black/red",
         "material": "kangaroo leather palm, goatskin back",
         "protection": "EN 13594 level 2 (KP)", "weight_g": 210,
         "closure": "double wrist closure"})
add("GLV-CTA-BLK", "Città Summer Gloves", "gloves", 49.90, 23,
    "Short summer gloves for the city, perforated goatskin and air mesh.",
    {"colour": "black", "sizes": ["S", "M", "L", "XL", "2XL"],
     "material": "goatskin and air mesh", "protection": "EN 13594 level 1",
     "weight_g": 180, "touchscreen_fingertip": True})
add("GLV-CTA-WHT", "Città Summer Gloves", "gloves", 49.90, 5,
    "Short summer gloves for the city, perforated goatskin and air mesh.",
    {"colour": "white", "sizes": ["S", "M", "L"],
     "material": "goatskin and air mesh", "protection": "EN 13594 level 1",
     "weight_g": 180, "touchscreen_fingertip": True})
for size, stock in [("M", 8), ("L", 0), ("XL", 4)]:
    add("GLV-GHC-" + size, "Ghiaccio Winter Gloves", "gloves", 79.90, stock,
        "Waterproof winter gloves with a breathable insert and thermal fleece lining.",
        {"size": size, "colour": "black", "lining": "thermal fleece",
         "waterproof": "yes, breathable insert", "protection": "EN 13594 level 1",
         "weight_g": 320, "touchscreen_fingertip": True})

# ---------------------------------------------------------------- boots
for size, stock in [("41", 3), ("42", 5), ("43", 0), ("44", 1), ("45", 2)]:
    add("BOT-APX-" + size, "Apex Track Boots", "boots", 329.00, stock,
        "Racing boots with ankle brace, replaceable toe sliders and a rear zip.",
        {"size": "EU " + size, "colour": "black/white",
         "material": "microfibre upper with TPU sliders",
         "protection": "EN 13634 level 2", "weight_g": 1940,
         "closure": "rear zip + hook-and-loop"}, images=2)
for colour, code, stock in [("brown", "BRN", 14), ("black", "BLK", 6)]:
    add("BOT-LNG-" + code, "Lungolago Urban Riding Shoes", "boots", 139.00, stock,
        "Riding shoes that look like sneakers, with a reinforced ankle and gear "
        "shift pad.",
        {"colour": colour, "sizes": ["39", "40", "41", "42", "43", "44", "45", "46"],
         "material": "suede", "protection": "EN 13634 level 1",
         "laces": "with lace pocket"})
for size, stock in [("42", 4), ("44", 7), ("46", 0)]:
    add("BOT-DOL-" + size, "Dolomiti Adventure Boots", "boots", 289.00, stock,
        "Adventure touring boots, waterproof, with a lug rubber sole for walking "
        "off the bike.",
        {"size": "EU " + size, "colour": "brown",
         "material": "full-grain leather", "membrane": "DryTex waterproof membrane",
         "sole": "lug rubber", "protection": "EN 13634 level 2", "weight_g": 2100})

# ---------------------------------------------------------------- rain gear
for size, stock in [("M", 10), ("L", 7), ("XL", 5)]:
    add("RN-TMP-" + size, "Temporale 2-Piece Rain Suit", "rain gear", 69.90, stock,
        "Jacket and trousers that pack into their own bag, worn over your riding gear.",
        {"size": size, "colour": "black/hi-vis yellow",
         "material": "nylon with PU coating", "reflective_panels": True,
         "packed_weight_g": 690})
add("RN-ACQ", "Acquazzone One-Piece Rain Suit", "rain gear", 89.00, 8,
    "One-piece rain oversuit with a long diagonal zip and heat-resistant inner legs.",
    {"sizes": ["M", "L", "XL", "2XL"], "colour": "black",
     "material": "polyester with PVC coating"})
add("RN-NBB", "Nebbia Waterproof Overgloves", "rain gear", 24.90, 17,
    "Waterproof covers that go over your normal gloves.",
    {"sizes": ["M", "L", "XL"], "colour": "black"})
add("RN-PGB", "Pioggia Boot Covers", "rain gear", 29.50, 12,
    "Waterproof boot covers with a non-slip sole.",
    {"sizes": ["S (EU 39-41)", "M (EU 42-44)", "L (EU 45-47)"], "colour": "black"})

# ---------------------------------------------------------------- luggage
add("LUG-CRG30", "Cargo 30 Tail Bag", "luggage", 119.00, 9,
    "Roll-top tail bag that straps to a passenger seat or rack.",
    {"volume_l": 30, "material": "500D PVC tarpaulin", "closure": "roll-top",
     "waterproof": "yes (roll-top)", "weight_g": 1150})
add("LUG-TRA37", "Transalpina Aluminium Side Cases (pair)", "luggage", 899.00, 2,
    "Pair of lockable aluminium side cases for long trips.",
    {"volume": "2 x 37 L", "material": "2 mm aluminium", "weight_g": 9800,
     "mounting": "needs model-specific side racks (ask our workshop)"})
add("LUG-RLB40", "Roll Bag 40 L", "luggage", 79.00, 11,
    "Waterproof duffel roll bag with shoulder strap.",
    {"volume_l": 40, "material": "PVC tarpaulin", "waterproof": "yes"})
add("LUG-SDL18", "Soft Saddlebags 2x18 L", "luggage", 179.00, 0,
    "Throw-over soft saddlebags with heat shields and rain covers.",
    {"volume": "2 x 18 L", "material": "1680D polyester", "rain_covers": "included"})
add("LUG-STR2", "Luggage Straps (set of 2)", "luggage", 14.90, 40,
    "Adjustable straps with hooks for tying down luggage.",
    {"length_cm": 150, "quantity": 2})

# ---------------------------------------------------------------- intercoms
TRM1 = {"bluetooth": "5.2", "mesh": "up to 6 riders", "range": "1.2 km",
        "talk_time_h": 18, "weight_g": 48, "waterproof": "IP67"}
add("COM-TRM1-S", "TalkRide M1 Intercom (single)", "intercoms", 149.00, 13,
    "Mesh and Bluetooth intercom for one helmet, with FM radio and music sharing.",
    dict(TRM1, pack="single"))
add("COM-TRM1-D", "TalkRide M1 Intercom (duo pack)", "intercoms", 279.00, 4,
    "Two TalkRide M1 units for rider and passenger or two riders.",
    dict(TRM1, pack="two units"))
add("COM-TRL", "TalkRide Lite Intercom", "intercoms", 69.90, 7,
    "Basic Bluetooth intercom for rider and passenger, phone and GPS prompts.",
    {"bluetooth": "5.0", "riders": 2, "range": "500 m", "talk_time_h": 12,
     "weight_g": 42})
add("COM-CLMP", "TalkRide Helmet Clamp Kit", "intercoms", 19.90, 25,
    "Spare clamp and adhesive mount to move your intercom to a second helmet.",
    {"fits": ["TalkRide M1", "TalkRide Lite"]})

# ---------------------------------------------------------------- parts
MT07 = "Yamaha MT-07 (2014-2024)"
add("PRT-CHN-520XRO", "KRT 520 XRO Chain", "parts", 124.90, 7,
    "X-ring 520 chain for mid-size bikes, with rivet connecting link.",
    {"pitch": "520", "links": 114, "seal": "X-ring", "connecting_link": "rivet link included",
     "fits": [MT07, "Yamaha Tracer 7 (2016-2024)", "Aprilia RS 660 (2021-2024)"]})
add("PRT-CHN-525ZRX", "KRT 525 ZRX Chain", "parts", 149.50, 0,
    "Heavy duty X-ring 525 chain.",
    {"pitch": "525", "links": 120, "seal": "X-ring", "connecting_link": "rivet link included",
     "fits": ["Triumph Street Triple 765 (2017-2023)", "Ducati Monster 821 (2014-2020)",
              "Suzuki V-Strom 650 (2017-2023)"]})
add("PRT-CHN-428", "KRT 428 HD Chain", "parts", 39.90, 18,
    "Reinforced 428 chain for 125 cc bikes.",
    {"pitch": "428", "links": 130, "seal": "none (standard)",
     "fits": ["Honda CB125R (2018-2023)", "Yamaha MT-125 (2014-2023)",
              "KTM 125 Duke (2017-2023)"]})
add("PRT-KIT-MT07", "Chain & Sprocket Kit MT-07 16/43", "parts", 219.00, 3,
    "Complete kit: KRT 520 XRO chain, steel front and rear sprockets.",
    {"chain": "KRT 520 XRO, 114 links", "front_sprocket": "16T", "rear_sprocket": "43T",
     "fits": [MT07]})
SP231_FITS = [MT07, "Yamaha MT-09 (2014-2020)", "Yamaha XSR700 (2016-2024)"]
add("PRT-BRK-SP231S", "SP-231 Sintered Front Brake Pads", "parts", 42.90, 16,
    "Sintered front brake pads, one caliper set (2 pads).",
    {"compound": "sintered (HH)", "position": "front", "quantity": "one caliper set (2 pads)",
     "fits": SP231_FITS})
add("PRT-BRK-SP231O", "SP-231 Organic Front Brake Pads", "parts", 31.50, 9,
    "Organic front brake pads, gentle on discs, one caliper set (2 pads).",
    {"compound": "organic", "position": "front", "quantity": "one caliper set (2 pads)",
     "fits": SP231_FITS})
add("PRT-BRK-SP182", "SP-182 Sintered Rear Brake Pads", "parts", 34.80, 2,
    "Sintered rear brake pads.",
    {"compound": "sintered", "position": "rear",
     "fits": ["Ducati Scrambler 800 (2015-2022)", "Ducati Monster 821 (2014-2020)",
              "Ducati Multistrada 950 (2017-2021)"]})
add("PRT-BRK-SP416", "SP-416 Sintered Front Brake Pads", "parts", 47.80, 5,
    "Sintered front brake pads for big boxer tourers, one caliper set.",
    {"compound": "sintered", "position": "front",
     "fits": ["BMW R 1250 GS (2019-2023)", "BMW R 1250 RT (2019-2023)"]})
add("PRT-OFL-FX303", "FX-303 Oil Filter", "parts", 9.90, 35,
    "Spin-on oil filter.",
    {"thread": "M20 x 1.5", "height_mm": 80,
     "fits": ["Kawasaki Z900 (2017-2024)", "Honda CB650R (2019-2024)", MT07,
              "Yamaha MT-09 (2014-2024)"]})
add("PRT-OFL-FX153", "FX-153 Oil Filter", "parts", 12.50, 21,
    "Spin-on oil filter for Ducati twins.",
    {"thread": "M20 x 1.5", "height_mm": 65,
     "fits": ["Ducati Monster 821 (2014-2020)", "Ducati Scrambler 800 (2015-2022)",
              "Ducati Multistrada 950 (2017-2021)"]})
add("PRT-OFL-FX164", "FX-164 Oil Filter", "parts", 14.90, 0,
    "Spin-on oil filter for BMW boxers.",
    {"thread": "M20 x 1.5", "fits": ["BMW R 1250 GS (2019-2023)", "BMW R 1250 RT (2019-2023)"]})
add("PRT-SPK-IR9E", "IR-9E Iridium Spark Plug", "parts", 16.90, 40,
    "Iridium spark plug, sold singly.",
    {"electrode": "iridium", "gap": "0.8 mm", "thread": "10 mm",
     "fits": [MT07, "Yamaha Tracer 7 (2016-2024)"]})
add("PRT-SPK-LX8", "LX-8 Standard Spark Plug", "parts", 10.40, 60,
    "Nickel spark plug, sold singly.",
    {"electrode": "nickel", "gap": "0.7 mm", "thread": "10 mm",
     "fits": ["Honda CB125R (2018-2023)", "Yamaha MT-125 (2014-2023)"]})
add("PRT-BAT-VZ10S", "Voltika VZ10S Gel Battery", "parts", 89.00, 7,
    "Maintenance-free gel battery, factory activated.",
    {"voltage": "12 V", "capacity": "8.6 Ah", "cca_a": 190, "weight_g": 3100,
     "type": "gel, factory activated",
     "fits": [MT07, "Yamaha MT-09 (2014-2020)", "Honda CB650R (2019-2024)"]})
add("PRT-BAT-VZ14S", "Voltika VZ14S Gel Battery", "parts", 117.50, 3,
    "Maintenance-free gel battery, factory activated.",
    {"voltage": "12 V", "capacity": "11.2 Ah", "cca_a": 230, "weight_g": 4200,
     "type": "gel, factory activated",
     "fits": ["BMW R 1250 GS (2019-2023)", "Triumph Tiger 900 (2020-2024)"]})
add("PRT-BAT-VZ7S", "Voltika VZ7S Gel Battery", "parts", 64.90, 11,
    "Small gel battery for 125s and scooters.",
    {"voltage": "12 V", "capacity": "6 Ah", "cca_a": 130, "weight_g": 2300,
     "type": "gel, factory activated",
     "fits": ["Honda CB125R (2018-2023)", "KTM 125 Duke (2017-2023)"]})
add("PRT-BAT-LFP12", "Voltika LFP-12 Lithium Battery", "parts", 249.00, 0,
    "Lightweight lithium iron phosphate battery, replaces a 12 Ah lead battery.",
    {"voltage": "12 V", "capacity": "4 Ah (lithium, replaces 12 Ah lead-acid)",
     "cca_a": 240, "weight_g": 890, "type": "LiFePO4"})
for sku, vol, price, stock in [("PRT-OIL-1040-1L", "1 L", 13.90, 48),
                               ("PRT-OIL-1040-4L", "4 L", 49.90, 12)]:
    add(sku, "Ardente 4T 10W-40 Semi-Synthetic Engine Oil", "parts", price, stock,
        "Semi-synthetic 4-stroke engine oil for everyday riding, wet clutch safe.",
        {"viscosity": "10W-40", "volume": vol, "base": "semi-synthetic",
         "spec": "JASO MA2, API SN"})
add("PRT-OIL-1550-1L", "Ardente Racing Fully Synthetic Engine Oil", "parts", 21.50, 20,
    "Fully synthetic 4-stroke racing oil for high-revving engines.",
    {"viscosity": "15W-50", "volume": "1 L", "base": "fully synthetic",
     "spec": "JASO MA2, API SN"})
add("PRT-BFL-DOT4", "Brake Fluid DOT 4 500 ml", "parts", 11.90, 30,
    "DOT 4 brake and clutch fluid.", {"standard": "DOT 4", "volume": "500 ml"})
add("PRT-AFL-4107", "AF-4107 Air Filter", "parts", 22.90, 4,
    "Paper air filter element.",
    {"type": "paper element", "fits": [MT07, "Yamaha XSR700 (2016-2024)"]})

# ---------------------------------------------------------------- tools & care
add("TLS-LUBE400", "Chain Lube Spray 400 ml", "tools & care", 12.90, 50,
    "White chain lube for O-ring and X-ring chains.", {"volume": "400 ml", "type": "aerosol"})
add("TLS-CLNB", "Three-Sided Chain Cleaning Brush", "tools & care", 14.50, 22,
    "Brush that cleans three sides of the chain at once.", {"material": "nylon bristles"})
add("TLS-PDK-R", "Rear Paddock Stand", "tools & care", 109.00, 3,
    "Rear stand with swingarm spool hooks or flat pads.",
    {"max_load_kg": 250, "supports": "spools (M6/M8/M10) or flat pads", "weight_g": 5400})
add("TLS-TRQ", "Torque Wrench 1/2\" 40-200 Nm", "tools & care", 84.50, 6,
    "Click torque wrench for axle nuts and sprocket bolts.",
    {"drive": "1/2 inch", "range": "40-200 Nm", "accuracy": "4%"})
add("TLS-VCL100", "Visor Cleaner 100 ml", "tools & care", 9.90, 30,
    "Streak-free cleaner for helmet visors, safe on anti-fog coatings.", {"volume": "100 ml"})
add("TLS-WASH1L", "Bike Wash Concentrate 1 L", "tools & care", 17.90, 18,
    "Concentrated bike wash, dilute 1:10.", {"volume": "1 L"})
add("TLS-LTHR250", "Leather Care Balm 250 ml", "tools & care", 19.50, 14,
    "Nourishing balm for leather jackets, gloves and boots.", {"volume": "250 ml"})
add("TLS-TPG", "Digital Tyre Pressure Gauge", "tools & care", 24.50, 9,
    "Digital gauge, reads in bar and psi.", {"range": "0-7 bar"})

# ---------------------------------------------------------------- gift cards
for amount in (25, 50, 100, 200):
    add("GFT-%03d" % amount, "Gift Card €%d" % amount, "gift cards", float(amount), 999,
        "Digital gift card sent by e-mail as a PDF with a code.",
        {"value": "€%d" % amount, "delivery": "by e-mail (PDF)", "validity": "18 months"})

FAQ = [
    ("shipping-italy", "How much is shipping within Italy and how long does it take?",
     "Every order placed by 13:00 (Monday to Friday) leaves the shop the same day with a "
     "tracked courier. Mainland Italy: €7.90, delivered in 1-2 working days. Sicily, "
     "Sardinia, Calabria and the smaller islands: €9.90, 2-4 working days. You get the "
     "tracking link by e-mail as soon as the parcel leaves us. No deliveries on Saturdays."),
    ("shipping-eu", "Do you ship to other EU countries?",
     "Yes, to all 27 EU countries. Standard EU shipping is €14.90 per order and takes 3-6 "
     "working days (Austria, France, Germany and Slovenia are usually the quickest). Bulky "
     "items such as the aluminium side cases and paddock stands travel as oversized parcels "
     "and add a €25.00 surcharge. Prices on the site include Italian VAT at 22% and there is "
     "nothing extra to pay on delivery inside the EU."),
    ("shipping-outside-eu", "Can you ship outside the EU (Switzerland, UK, Norway...)?",
     "We do, by express courier: Switzerland, Norway and the United Kingdom from €39.00, the "
     "rest of the world from €59.00, calculated at checkout by weight. These orders leave "
     "without Italian VAT, but import duties and local taxes are charged by the destination "
     "country and paid by you on delivery. Batteries, engine oil, brake fluid and aerosol "
     "sprays (yes, chain lube too) are dangerous goods and cannot be sent outside the EU at "
     "all: the checkout removes them."),
    ("free-shipping", "Is there free shipping?",
     "Shipping is free in Italy, islands included, on orders over €120 (after discounts). "
     "For the rest of the EU it is free over €250; the oversized surcharge still applies. "
     "Gift cards don't count towards the threshold."),
    ("returns", "What is your returns policy?",
     "You have 30 days from delivery to change your mind. Items must be unused, with tags "
     "and in the original box. Parts must not have been fitted: a chain that has been on a "
     "bike or brake pads that have been bedded in can't come back. Fill in the return form "
     "in your account or reply to your order e-mail and we'll send you a return label, which "
     "costs €6.50 in Italy and is taken off your refund, or bring the item to the shop for "
     "free. Refunds go back to the original payment method within 14 days of the parcel "
     "reaching us."),
    ("size-exchange", "I ordered the wrong size. Can I exchange it?",
     "Of course, it happens all the time with boots and gloves. The first size exchange on "
     "an order is free within Italy: tell us the size you want, we put it aside for 7 days "
     "and send you a prepaid label. As soon as your item is back and checked, the new size "
     "goes out the same day. From other EU countries you pay for sending it back and we ship "
     "the new size free. If the size you want is sold out we refund you instead."),
    ("helmet-returns", "Can I return a helmet?",
     "Yes, within the normal 30 days, but for hygiene reasons only if it is still as new: "
     "the hygiene seal on the comfort liner must be intact, the protective film must still "
     "be on the visor and the helmet must not have been worn on the road. Try it on indoors "
     "for no more than 10 minutes, with a clean balaclava or a thin cap, to check the fit. "
     "A helmet that has been dropped, even from a table, cannot be resold and cannot be "
     "returned. Not sure about the size? Come and try one on in the shop or ask us for the "
     "head-size chart."),
    ("helmet-sizing", "How do I choose my helmet size?",
     "Measure your head with a soft tape about 1 cm above the eyebrows, around the widest "
     "point. Our helmets follow this chart: S 55-56 cm, M 57-58 cm, L 59-60 cm, XL 61-62 cm. "
     "A new helmet should feel snug on the cheeks; the lining gives by about half a size in "
     "the first weeks."),
    ("fitment-help", "How do I know if a part fits my bike?",
     "Every part page lists the bikes and model years we have checked it against. If your "
     "bike is not on the list, please don't guess: send us a photo of your libretto (the "
     "registration certificate) or the frame number and we check the manufacturer's parts "
     "catalogue for you, normally within one working day. If a part we confirmed turns out "
     "not to fit, we exchange it free of charge."),
    ("workshop-fitting", "Can you fit the parts for me? What does it cost?",
     "Yes, our workshop behind the shop fits what you buy from us (we don't fit parts bought "
     "elsewhere). Fixed prices for labour, VAT included: chain and sprocket kit €45.00; chain "
     "only €30.00; brake pads €28.00 per axle (brake fluid bleed +€15.00); oil and filter "
     "service €35.00 (oil and filter not included); battery fitting and check €10.00; "
     "intercom installation €20.00 per helmet; side case racks from €60.00 depending on the "
     "bike. The workshop works Tuesday to Friday and needs booking at least 3 working days "
     "ahead, by phone or at the counter. Bring the bike in before 9:30 and it is usually ready "
     "the same afternoon."),
    ("warranty", "What warranty do your products have?",
     "Everything we sell carries the 2-year legal guarantee of conformity (garanzia legale) "
     "from the date of delivery. Faulty helmets and intercoms go to our authorised service "
     "centre in Bologna, which usually takes 15-20 working days; clothing and boots are "
     "assessed here in the shop. Normal wear is not a defect: brake pads, chains, sprockets, "
     "filters and spark plugs are covered for manufacturing faults only. Keep your receipt or "
     "order number."),
    ("payment", "Which payment methods do you accept?",
     "Online we accept Visa, Mastercard, Maestro, American Express, PayPal, Apple Pay, Google "
     "Pay and Satispay. You can also pay by bank transfer (bonifico): we hold the goods for 5 "
     "days and ship when the money arrives. In the shop we also take cash (up to the legal "
     "limit) and Bancomat."),
    ("instalments", "Can I pay in instalments?",
     "Yes. At checkout choose Scalapay to split orders between €150 and €2,000 into 3 "
     "interest-free monthly instalments. Approval is instant and is decided by Scalapay, not "
     "by us. PayPal Pay in 3 is also available to PayPal customers in Italy."),
    ("pickup", "Can I collect my order in the Milan shop?",
     "Yes, choose 'Ritiro in negozio / In-store pickup' at checkout; it is free. We e-mail you "
     "when the order is ready, usually within 2 hours during opening times (next morning for "
     "orders placed after 18:00). We keep it for 10 working days; bring the order number and "
     "an ID. If someone else collects for you, they need your order confirmation on their "
     "phone."),
    ("opening-hours", "What are your opening hours?",
     "Tuesday to Saturday 9:30-13:00 and 14:30-19:30. Monday afternoon only, 15:00-19:30. "
     "Closed on Sundays and public holidays, and for the summer break from 9 to 23 August "
     "(online orders placed during the break ship from 24 August). The workshop keeps its "
     "own hours: Tuesday to Friday 8:30-12:30 and 14:00-18:00."),
    ("shop-address", "Where is the shop?",
     "Ruota Libera Moto, Via dei Carburatori 12, 20143 Milano, in the Navigli area, five "
     "minutes' walk from Romolo (M2). There is motorcycle parking right in front of the "
     "workshop door."),
    ("gift-cards", "Do you sell gift cards?",
     "Yes: €25, €50, €100 and €200. They are sent by e-mail as a PDF with a code right after "
     "payment, and you can choose the send date for a birthday. A gift card is valid for 18 "
     "months, works online and in the shop, can be used in several goes and combined with "
     "other payment methods. Gift cards can't be exchanged for cash or refunded."),
    ("vat-invoice", "Can I get a VAT invoice (fattura)?",
     "Yes. If you need an invoice for your company or partita IVA, tick 'I need an invoice' "
     "at checkout and enter the company name, VAT number and your SDI code or PEC address; "
     "the electronic invoice goes through the Sistema di Interscambio. Private customers can "
     "ask for a fattura with their codice fiscale. We can't turn a receipt into an invoice "
     "after the end of the month in which the order was placed."),
    ("contact", "How can I contact you?",
     "Call or WhatsApp us on +39 02 5550 1942 during opening hours, or write to "
     "negozio@example.com: we reply within one working day. For fitment questions, tell us "
     "your bike's make, model and year."),
    ("order-changes", "Can I change or cancel my order?",
     "While the order is still processing you can change the address, swap a size or cancel "
     "it: reply to your order confirmation or call us. Once it has been handed to the courier "
     "it can't be changed any more, but you can refuse the parcel or return it within 30 days."),
    ("damaged-parcel", "What if my parcel arrives damaged?",
     "Check the box before you sign. If it is visibly damaged, sign for it 'with reservation' "
     "(ritiro con riserva) and take a photo. Report any damage to us within 48 hours of "
     "delivery, with photos of the box and the item, and we send a replacement or refund you; "
     "you won't have to deal with the courier yourself."),
]

PICKUP = "In-store pickup"
ORDERS = [
    ("NM40117", "marco.bellini@example.com", "20135", "2026-02-02", "delivered", "BRT", "2026-02-04",
     [("HLM-VRS-MBK-L", 1), ("TLS-VCL100", 1)]),
    ("NM40129", "sara.conti@example.net", "00184", "2026-02-05", "delivered", "GLS", "2026-02-09",
     [("GLV-MNZ-M", 1), ("PRT-CHN-520XRO", 1)]),
    ("NM40133", "luca.ferrante@example.org", "10128", "2026-02-07", "returned", "BRT", "2026-02-10",
     [("JKT-NAV-BLK-XL", 1)]),
    ("NM40141", "giulia.rinaldi@example.com", "40126", "2026-02-09", "delivered", "Poste Italiane",
     "2026-02-13", [("RN-TMP-M", 1), ("RN-PGB", 1)]),
    ("NM40156", "tom.weber@example.net", "39100", "2026-02-11", "delivered", "DHL", "2026-02-13",
     [("COM-TRM1-D", 1)]),
    ("NM40162", "elena.marchetti@example.org", "20121", "2026-02-12", "delivered", PICKUP,
     "2026-02-12", [("PRT-OIL-1040-4L", 1), ("PRT-OFL-FX303", 1)]),
    ("NM40178", "paolo.greco@example.com", "80134", "2026-02-15", "cancelled", None, None,
     [("LUG-SDL18", 1)]),
    ("NM40185", "chiara.lombardi@example.net", "50122", "2026-02-17", "returned", "GLS",
     "2026-02-20", [("BOT-DOL-42", 1)]),
    ("NM40190", "davide.russo@example.com", "37121", "2026-02-19", "delivered", "BRT", "2026-02-21",
     [("PRT-BRK-SP231S", 2), ("PRT-BFL-DOT4", 1)]),
    ("NM40204", "anna.colombo@example.org", "24121", "2026-02-22", "delivered", "GLS", "2026-02-25",
     [("GLV-CTA-WHT", 1), ("TLS-LTHR250", 1)]),
    ("NM40213", "marco.bellini@example.com", "20135", "2026-02-25", "shipped", "BRT", "2026-03-11",
     [("JKT-STV-SND-L", 1)]),
    ("NM40221", "federica.gallo@example.net", "16121", "2026-02-27", "cancelled", None, None,
     [("HLM-BRC-M", 1)]),
    ("NM40236", "stefano.moretti@example.com", "25121", "2026-03-01", "returned", "Poste Italiane",
     "2026-03-04", [("BOT-APX-43", 1)]),
    ("NM40242", "irene.fontana@example.org", "35122", "2026-03-02", "delivered", "DHL", "2026-03-04",
     [("LUG-CRG30", 1)]),
    ("NM40257", "andrea.barbieri@example.net", "90133", "2026-03-03", "shipped", "Poste Italiane",
     "2026-03-11", [("PRT-BAT-VZ10S", 1)]),
    ("NM40263", "martina.ricci@example.com", "09124", "2026-03-04", "shipped", "BRT", "2026-03-12",
     [("HLM-PRT-CRM-M", 1)]),
    ("NM40278", "nicola.esposito@example.org", "70121", "2026-03-05", "shipped", "GLS", "2026-03-10",
     [("JKT-CRS-BLK-L", 1)]),
    ("NM40284", "valentina.deluca@example.net", "30121", "2026-03-05", "shipped", "DHL", "2026-03-09",
     [("GLV-GHC-M", 1), ("RN-NBB", 1)]),
    ("NM40291", "simone.caruso@example.com", "20900", "2026-03-06", "shipped", "GLS", "2026-03-11",
     [("PRT-SPK-IR9E", 2), ("PRT-AFL-4107", 1)]),
    ("NM40305", "laura.mancini@example.org", "43121", "2026-03-07", "processing", None, None,
     [("JKT-DRS-S", 1)]),
    ("NM40312", "riccardo.villa@example.net", "20097", "2026-03-08", "processing", PICKUP,
     "2026-03-09", [("PRT-KIT-MT07", 1)]),
    ("NM40326", "giorgio.pellegrini@example.com", "38122", "2026-03-08", "processing", "BRT",
     "2026-03-13", [("HLM-SMP-L", 1)]),
    ("NM40334", "beatrice.sala@example.org", "47921", "2026-03-09", "processing", None, None,
     [("GFT-100", 1)]),
    ("NM40349", "matteo.cattaneo@example.net", "22100", "2026-03-09", "cancelled", None, None,
     [("COM-TRL", 1)]),
    ("NM40350", "francesca.testa@example.com", "60121", "2026-03-09", "shipped", "Poste Italiane",
     "2026-03-13", [("BOT-LNG-BRN", 1)]),
    ("NM40368", "emanuele.fabbri@example.org", "41121", "2026-03-10", "processing", "GLS",
     "2026-03-14", [("LUG-RLB40", 1), ("LUG-STR2", 1)]),
]


# ---------------------------------------------------------------- images
CATEGORY_COLOURS = {
    "helmets": (200, 40, 40), "jackets": (40, 40, 40), "gloves": (120, 70, 30),
    "boots": (90, 60, 40), "rain gear": (230, 200, 0), "luggage": (60, 110, 60),
    "intercoms": (30, 90, 200), "parts": (150, 150, 160), "tools & care": (200, 110, 20),
    "gift cards": (170, 40, 170),
}


def png_bytes(width, height, rows):
    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + bytes(row) for row in rows)
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def draw(product, index, variant):
    size = 48
    base = CATEGORY_COLOURS.get(product["category"], (128, 128, 128))
    code = zlib.crc32(product["sku"].encode("utf-8")) & 0xFFFFFFFF
    accent = ((code >> 16) & 0xFF, (code >> 8) & 0xFF, code & 0xFF)
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            if variant:
                x = size - 1 - x
            colour = (245, 245, 240)
            dx, dy = x - 24, y - 20
            if dx * dx + dy * dy < 14 * 14:
                colour = base
            if 8 <= y < 12 and (x // 4 + index) % 3 == 0:
                colour = accent
            if y >= 38:
                # 32-bit SKU code plus product index: 3x4 pixel cells, unique per product
                cell = (x // 3) + 16 * ((y - 38) // 5)
                bits = (code << 8) | (index & 0xFF)
                colour = accent if (bits >> (cell % 40)) & 1 else (20, 20, 20)
            row.extend(colour)
        rows.append(row)
    return png_bytes(size, size, rows)


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: make_store.py OUT_DIR\n")
        return 2
    out = argv[1]
    os.makedirs(os.path.join(out, "images"), exist_ok=True)
    with open(os.path.join(out, "store.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")
    write_jsonl(os.path.join(out, "catalog.jsonl"), CATALOG)
    write_jsonl(os.path.join(out, "faq.jsonl"),
                [{"id": i, "question": q, "answer": a} for i, q, a in FAQ])
    orders = []
    for oid, email, postcode, placed, status, carrier, eta, items in ORDERS:
        rec = {"order_id": oid, "email": email, "postcode": postcode, "placed": placed,
               "status": status}
        if carrier:
            rec["carrier"] = carrier
        if eta:
            rec["eta"] = eta
        rec["items"] = [{"sku": s, "qty": q} for s, q in items]
        orders.append(rec)
    write_jsonl(os.path.join(out, "orders.jsonl"), orders)
    for index, product in enumerate(CATALOG):
        for variant, rel in enumerate(product["images"]):
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(draw(product, index, variant))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
