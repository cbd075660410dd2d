#!/usr/bin/env python3
"""Build the blind18 test store (Store format v1) into OUT_DIR.

Usage: python data/eval/blind18/make_store.py OUT_DIR

An invented yarn, knitting and haberdashery shop in Reykjavik ("Hnoðri").
Standard library only; the output is byte-identical on every run.
"""
import hashlib
import json
import os
import struct
import sys
import zlib

STORE = {
    "name": "Hnoðri – Yarn & Haberdashery",
    "currency": "ISK",
    "locale": "en-IS",
    "greeting": "Halló! Welcome to Hnoðri on Spunagata in Reykjavík. Ask me about yarn, "
                "needles, patterns, kits, our lopapeysur, your order or our shop policies.",
}

# colour name -> RGB used for the drawn product pictures
COLOURS = {
    "white": (236, 232, 220), "black": (30, 30, 32), "heath blue": (74, 96, 140),
    "rust": (150, 72, 40), "moss green": (92, 110, 60), "light ash heather": (184, 184, 178),
    "glacier blue": (150, 190, 210), "black heather": (52, 50, 52), "autumn": (170, 110, 50),
    "dark grey": (80, 80, 84), "lava red": (140, 30, 28), "cotton-grass white": (245, 244, 236),
    "heather purple": (120, 80, 130), "sea blue": (40, 80, 130), "sand": (200, 180, 140),
    "northern lights": (60, 170, 120), "lava": (90, 30, 30), "moss": (100, 120, 70),
    "low tide": (110, 140, 150), "marsh brown": (110, 85, 60), "crowberry": (60, 30, 60),
    "mist grey": (170, 172, 176), "rose": (210, 140, 150), "natural white": (232, 226, 210),
    "pale blue": (170, 200, 225), "grey": (128, 128, 128),
}


def yarn(sku, name, colour, colour_is, code, price, stock, lot, base, desc):
    attrs = {"brand": base["brand"], "colour": colour, "colour_is": colour_is}
    if code:
        attrs["colour_code"] = code
    for k in ("weight", "fibre", "grams", "meterage_m", "yardage_yd", "needle_mm",
              "needle_us", "gauge", "care"):
        if k in base:
            attrs[k] = base[k]
    if lot:
        attrs["dye_lot"] = lot
    return {"sku": sku, "name": name, "description": desc, "category": "yarn",
            "price": price, "currency": "ISK", "stock": stock, "attributes": attrs}


LETTLOPI = {"brand": "Hrafnfoss", "weight": "aran", "fibre": "100% Icelandic wool",
            "grams": 50, "meterage_m": 100, "yardage_yd": 109, "needle_mm": "4.5–5",
            "needle_us": "7–8", "gauge": "18 sts x 24 rows = 10 cm on 4.5 mm",
            "care": "hand wash, lukewarm, dry flat"}
PLOTULOPI = {"brand": "Hrafnfoss", "weight": "unspun plate (lace to bulky, depending on strands held)",
             "fibre": "100% Icelandic wool", "grams": 100, "meterage_m": 300,
             "yardage_yd": 328, "needle_mm": "3–8", "needle_us": "2.5–11",
             "care": "hand wash, lukewarm, dry flat"}
ALOPI = {"brand": "Hrafnfoss", "weight": "bulky", "fibre": "100% Icelandic wool",
         "grams": 100, "meterage_m": 60, "yardage_yd": 66, "needle_mm": "6–7",
         "needle_us": "10–10.75", "gauge": "13 sts x 18 rows = 10 cm on 6 mm",
         "care": "hand wash, lukewarm, dry flat"}
THELBAND = {"brand": "Dalaull", "weight": "lace",
            "fibre": "100% Icelandic wool (þel, the soft inner coat)", "grams": 50,
            "meterage_m": 225, "yardage_yd": 246, "needle_mm": "3–3.5", "needle_us": "2.5–4",
            "care": "hand wash, lukewarm, block wet"}
KEMBA_MF = {"brand": "Kemba", "weight": "fingering",
            "fibre": "80% superwash merino, 20% nylon", "grams": 100, "meterage_m": 400,
            "yardage_yd": 437, "needle_mm": "2.5–3.25", "needle_us": "1.5–3",
            "care": "machine wash 30°C wool cycle, dry flat"}
KEMBA_TW = {"brand": "Kemba", "weight": "DK", "fibre": "75% lambswool, 25% alpaca",
            "grams": 50, "meterage_m": 125, "yardage_yd": 137, "needle_mm": "4",
            "needle_us": "6", "care": "hand wash, dry flat"}
THOKA = {"brand": "Kemba", "weight": "lace", "fibre": "72% kid mohair, 28% mulberry silk",
         "grams": 25, "meterage_m": 210, "yardage_yd": 230, "needle_mm": "3.5–5",
         "needle_us": "4–8", "care": "hand wash cold"}
TVIBAND = {"brand": "Dalaull", "weight": "fingering", "fibre": "100% Icelandic wool",
           "grams": 50, "meterage_m": 210, "yardage_yd": 230, "needle_mm": "2.5–3.5",
           "needle_us": "1.5–4", "care": "hand wash, lukewarm, dry flat"}

LL_DESC = ("Léttlopi is the classic lightweight lopi for yoke sweaters (lopapeysur): "
           "lofty, warm and a little rustic. Spun at the Hrafnfoss mill in Mosfellsbær.")
PL_DESC = ("Plötulopi is unspun lopi sold as a flat wound plate. Hold one strand for lace, "
           "two or three for a sturdy sweater. Handle gently, it pulls apart easily.")
AL_DESC = ("Álopi is our chunky lopi: quick to knit, ideal for outdoor sweaters, hats and "
           "felted slippers.")
TB_DESC = ("Þelband is a fine single-ply lace yarn spun from þel, the soft undercoat of "
           "the Icelandic sheep. Blooms beautifully after blocking.")
MF_DESC = ("Hand-dyed in small batches in Hafnarfjörður, so every dye lot is a little "
           "different. Soft, round and sock-strong.")
TW_DESC = "A soft tweedy DK with flecks of colour, spun from lambswool and alpaca."
TH_DESC = "A haze of kid mohair on a silk core. Lovely held together with Léttlopi or Tvíband."
TV_DESC = "Two-ply fingering-weight Icelandic wool for colourwork mittens, socks and shawls."

CATALOG = [
    # ---- yarn: Léttlopi colourways (separate products sharing one name)
    yarn("HRF-LL-0051", "Hrafnfoss Léttlopi", "white", "Hvítur", "0051", 890, 42, "L2711", LETTLOPI, LL_DESC),
    yarn("HRF-LL-0059", "Hrafnfoss Léttlopi", "black", "Svartur", "0059", 890, 31, "L2698", LETTLOPI, LL_DESC),
    yarn("HRF-LL-1402", "Hrafnfoss Léttlopi", "heath blue", "Heiðarblár", "1402", 890, 7, "L2740", LETTLOPI, LL_DESC),
    yarn("HRF-LL-9427", "Hrafnfoss Léttlopi", "rust", "Ryðrauður", "9427", 890, 0, "L2741", LETTLOPI, LL_DESC),
    yarn("HRF-LL-1406", "Hrafnfoss Léttlopi", "moss green", "Mosagrænn", "1406", 890, 2, "L2655", LETTLOPI, LL_DESC),
    yarn("HRF-LL-0054", "Hrafnfoss Léttlopi", "light ash heather", "Ljósgrár", "0054", 890, 19, "L2702", LETTLOPI, LL_DESC),
    yarn("HRF-LL-1419", "Hrafnfoss Léttlopi", "glacier blue", "Jökulblár", "1419", 890, 26, "L2733", LETTLOPI, LL_DESC),
    # Plötulopi
    yarn("HRF-PL-0001", "Hrafnfoss Plötulopi", "white", "Hvítur", "0001", 990, 15, "P0912", PLOTULOPI, PL_DESC),
    yarn("HRF-PL-0005", "Hrafnfoss Plötulopi", "black heather", "Svartsprengdur", "0005", 990, 0, None, PLOTULOPI, PL_DESC),
    yarn("HRF-PL-1426", "Hrafnfoss Plötulopi", "autumn", "Haustlitir", "1426", 990, 9, "P0930", PLOTULOPI, PL_DESC),
    # Álopi
    yarn("HRF-AL-0051", "Hrafnfoss Álopi", "white", "Hvítur", "0051", 1490, 12, "A0388", ALOPI, AL_DESC),
    yarn("HRF-AL-0058", "Hrafnfoss Álopi", "dark grey", "Dökkgrár", "0058", 1490, 6, "A0391", ALOPI, AL_DESC),
    yarn("HRF-AL-1233", "Hrafnfoss Álopi", "lava red", "Hraunrauður", "1233", 1490, 1, "A0375", ALOPI, AL_DESC),
    # Þelband lace
    yarn("DAL-TB-01", "Dalaull Þelband", "cotton-grass white", "Fífa", "01", 790, 23, "D114", THELBAND, TB_DESC),
    yarn("DAL-TB-07", "Dalaull Þelband", "heather purple", "Lyng", "07", 790, 11, "D109", THELBAND, TB_DESC),
    yarn("DAL-TB-12", "Dalaull Þelband", "sea blue", "Sjór", "12", 790, 4, "D117", THELBAND, TB_DESC),
    yarn("DAL-TB-15", "Dalaull Þelband", "sand", "Sandur", "15", 790, 0, None, THELBAND, TB_DESC),
    # Kemba Merino Fingering (hand-dyed)
    yarn("KMB-MF-NORD", "Kemba Merino Fingering", "northern lights", "Norðurljós", None, 3490, 5, "K-0312", KEMBA_MF, MF_DESC),
    yarn("KMB-MF-HRAUN", "Kemba Merino Fingering", "lava", "Hraun", None, 3490, 0, None, KEMBA_MF, MF_DESC),
    yarn("KMB-MF-MOSI", "Kemba Merino Fingering", "moss", "Mosi", None, 3490, 8, "K-0307", KEMBA_MF, MF_DESC),
    yarn("KMB-MF-FJARA", "Kemba Merino Fingering", "low tide", "Fjara", None, 3490, 2, "K-0315", KEMBA_MF, MF_DESC),
    # Kemba Tvíd DK
    yarn("KMB-TW-MYRI", "Kemba Tvíd DK", "marsh brown", "Mýri", None, 1690, 14, "T-221", KEMBA_TW, TW_DESC),
    yarn("KMB-TW-BER", "Kemba Tvíd DK", "crowberry", "Krækiber", None, 1690, 3, "T-224", KEMBA_TW, TW_DESC),
    # Þoka mohair silk
    yarn("KMB-TH-THOKA", "Kemba Þoka Mohair Silk", "mist grey", "Þoka", None, 2290, 10, "M-051", THOKA, TH_DESC),
    yarn("KMB-TH-ROS", "Kemba Þoka Mohair Silk", "rose", "Rós", None, 2290, 0, None, THOKA, TH_DESC),
    # Tvíband
    yarn("DAL-TV-01", "Dalaull Tvíband", "white", "Hvítt", "01", 950, 35, "D201", TVIBAND, TV_DESC),
    yarn("DAL-TV-22", "Dalaull Tvíband", "pale blue", "Ljósblátt", "22", 950, 13, "D205", TVIBAND, TV_DESC),

    # ---- needles & hooks
    {"sku": "BRK-CIR80-35", "name": "Birki Circular Needle 80 cm", "description": "Smooth birch-wood tips on a soft, memory-free cable. Ideal for lopi yokes.",
     "category": "needles & hooks", "price": 1890, "currency": "ISK", "stock": 9,
     "attributes": {"material": "birch wood", "needle_mm": "3.5", "needle_us": "4", "cable_length_cm": 80}},
    {"sku": "BRK-CIR80-45", "name": "Birki Circular Needle 80 cm", "description": "Smooth birch-wood tips on a soft, memory-free cable. Ideal for lopi yokes.",
     "category": "needles & hooks", "price": 1890, "currency": "ISK", "stock": 14,
     "attributes": {"material": "birch wood", "needle_mm": "4.5", "needle_us": "7", "cable_length_cm": 80}},
    {"sku": "BRK-CIR80-55", "name": "Birki Circular Needle 80 cm", "description": "Smooth birch-wood tips on a soft, memory-free cable. Ideal for lopi yokes.",
     "category": "needles & hooks", "price": 1890, "currency": "ISK", "stock": 0,
     "attributes": {"material": "birch wood", "needle_mm": "5.5", "needle_us": "9", "cable_length_cm": 80}},
    {"sku": "BRK-CIR80-70", "name": "Birki Circular Needle 80 cm", "description": "Smooth birch-wood tips on a soft, memory-free cable. Ideal for lopi yokes.",
     "category": "needles & hooks", "price": 1990, "currency": "ISK", "stock": 3,
     "attributes": {"material": "birch wood", "needle_mm": "7", "needle_us": "10.75", "cable_length_cm": 80}},
    {"sku": "BRK-DPN-30", "name": "Birki Double-Pointed Needles 20 cm (set of 5)", "description": "Five short birch DPNs for mittens, socks and sleeve cuffs.",
     "category": "needles & hooks", "price": 990, "currency": "ISK", "stock": 8,
     "attributes": {"material": "birch wood", "needle_mm": "3", "needle_us": "2.5", "length_cm": 20, "pieces": 5}},
    {"sku": "BRK-DPN-40", "name": "Birki Double-Pointed Needles 20 cm (set of 5)", "description": "Five short birch DPNs for mittens, socks and sleeve cuffs.",
     "category": "needles & hooks", "price": 990, "currency": "ISK", "stock": 0,
     "attributes": {"material": "birch wood", "needle_mm": "4", "needle_us": "6", "length_cm": 20, "pieces": 5}},
    {"sku": "KRK-HOOK-40", "name": "Krókur Aluminium Crochet Hook", "description": "Light anodised aluminium hook with an inline head.",
     "category": "needles & hooks", "price": 590, "currency": "ISK", "stock": 24,
     "attributes": {"material": "aluminium", "hook_mm": "4", "hook_us": "G-6"}},
    {"sku": "KRK-HOOK-60", "name": "Krókur Aluminium Crochet Hook", "description": "Light anodised aluminium hook with an inline head.",
     "category": "needles & hooks", "price": 650, "currency": "ISK", "stock": 11,
     "attributes": {"material": "aluminium", "hook_mm": "6", "hook_us": "J-10"}},
    {"sku": "SNU-SET-01", "name": "Snúningur Interchangeable Needle Set", "description": "Nine pairs of birch tips (3.5 to 8 mm), four cables, stoppers and a felted wool case.",
     "category": "needles & hooks", "price": 18900, "currency": "ISK", "stock": 2,
     "attributes": {"material": "birch wood", "tip_sizes_mm": ["3.5", "4", "4.5", "5", "5.5", "6", "6.5", "7", "8"],
                    "cable_lengths_cm": [40, 60, 80, 100], "case": "felted Icelandic wool"}},
    {"sku": "BMB-STR-60", "name": "Bamboo Straight Needles 35 cm", "description": "Warm, grippy bamboo straights for scarves and blankets.",
     "category": "needles & hooks", "price": 1190, "currency": "ISK", "stock": 6,
     "attributes": {"material": "bamboo", "needle_mm": "6", "needle_us": "10", "length_cm": 35}},

    # ---- patterns & books
    {"sku": "BK-THING-EN", "name": "Þingvellir Pattern Book", "description": "Twelve yoke sweaters, hats and mittens inspired by the rift valley. English edition.",
     "category": "patterns & books", "price": 4990, "currency": "ISK", "stock": 6,
     "attributes": {"language": "English", "pages": 96, "patterns": 12, "format": "paperback", "author": "Sólveig Hrafnsdóttir"}},
    {"sku": "BK-THING-IS", "name": "Þingvellir Pattern Book", "description": "Tólf lopapeysur, húfur og vettlingar. Icelandic edition.",
     "category": "patterns & books", "price": 4990, "currency": "ISK", "stock": 0,
     "attributes": {"language": "Icelandic", "pages": 96, "patterns": 12, "format": "paperback", "author": "Sólveig Hrafnsdóttir"}},
    {"sku": "PAT-HEKLA", "name": "Hekla Yoke Sweater Pattern", "description": "Printed leaflet for a classic top-down yoke sweater in Léttlopi.",
     "category": "patterns & books", "price": 950, "currency": "ISK", "stock": 40,
     "attributes": {"format": "printed leaflet", "sizes": "XS–3XL", "yarn": "Hrafnfoss Léttlopi", "needles_mm": "4 and 4.5", "language": "English"}},
    {"sku": "PAT-VIK", "name": "Vík Mittens Pattern", "description": "Colourwork mittens with a black-sand wave chart. Printed leaflet.",
     "category": "patterns & books", "price": 690, "currency": "ISK", "stock": 22,
     "attributes": {"format": "printed leaflet", "sizes": "child, women, men", "yarn": "Dalaull Tvíband", "needles_mm": "2.5", "language": "English"}},
    {"sku": "PAT-DYNGJA", "name": "Dyngja Shawl Pattern", "description": "A half-pi lace shawl with a lava-field border. Printed leaflet.",
     "category": "patterns & books", "price": 790, "currency": "ISK", "stock": 18,
     "attributes": {"format": "printed leaflet", "yarn": "Dalaull Þelband", "needles_mm": "3.5", "finished_size_cm": "170 x 80", "language": "English"}},
    {"sku": "BK-PRJON", "name": "Prjónaráð: Icelandic Knitting Basics", "description": "A friendly handbook for new knitters: casting on, lopi yokes, steeks and finishing.",
     "category": "patterns & books", "price": 3990, "currency": "ISK", "stock": 0,
     "attributes": {"language": "English", "pages": 144, "format": "hardback", "author": "Ragnheiður Ósk Jónsdóttir"}},
    {"sku": "BK-DECADES", "name": "Lopapeysa Through the Decades", "description": "The history of the Icelandic yoke sweater from the 1950s to today, with 8 patterns.",
     "category": "patterns & books", "price": 6490, "currency": "ISK", "stock": 3,
     "attributes": {"language": "English", "pages": 212, "patterns": 8, "format": "hardback", "author": "Kolbrún Æsa Birgisdóttir"}},
    {"sku": "PAT-SJONARHOLL", "name": "Sjónarhóll Hat Pattern", "description": "Quick bulky beanie with a folded brim. Printed leaflet.",
     "category": "patterns & books", "price": 590, "currency": "ISK", "stock": 31,
     "attributes": {"format": "printed leaflet", "yarn": "Hrafnfoss Álopi", "needles_mm": "6", "language": "English"}},
    {"sku": "PAT-GRIMSEY", "name": "Grímsey Socks Pattern", "description": "Toe-up socks with an Arctic Circle stripe. Printed leaflet.",
     "category": "patterns & books", "price": 650, "currency": "ISK", "stock": 12,
     "attributes": {"format": "printed leaflet", "yarn": "Kemba Merino Fingering", "needles_mm": "2.5", "language": "English"}},

    # ---- kits
    {"sku": "KIT-THING-SM", "name": "Þingvellir Lopapeysa Kit", "description": "Everything to knit the Þingvellir yoke sweater, size S/M.",
     "category": "kits", "price": 14900, "currency": "ISK", "stock": 4,
     "attributes": {"size": "S/M", "contents": ["6 x Hrafnfoss Léttlopi 0051 white", "3 x Hrafnfoss Léttlopi 1402 heath blue",
                                                "2 x Hrafnfoss Léttlopi 0059 black", "printed Þingvellir yoke pattern",
                                                "10 lava stone stitch markers"], "skeins_total": 11, "needles_included": False}},
    {"sku": "KIT-THING-LXL", "name": "Þingvellir Lopapeysa Kit", "description": "Everything to knit the Þingvellir yoke sweater, size L/XL.",
     "category": "kits", "price": 16900, "currency": "ISK", "stock": 0,
     "attributes": {"size": "L/XL", "contents": ["8 x Hrafnfoss Léttlopi 0051 white", "3 x Hrafnfoss Léttlopi 1402 heath blue",
                                                 "2 x Hrafnfoss Léttlopi 0059 black", "printed Þingvellir yoke pattern",
                                                 "10 lava stone stitch markers"], "skeins_total": 13, "needles_included": False}},
    {"sku": "KIT-VIK", "name": "Vík Mittens Kit", "description": "Colourwork mittens kit with yarn, needles and pattern.",
     "category": "kits", "price": 4490, "currency": "ISK", "stock": 9,
     "attributes": {"contents": ["1 x Dalaull Tvíband 01 white", "1 x Dalaull Tvíband 22 pale blue",
                                 "Vík Mittens Pattern", "2.5 mm double-pointed needles (set of 5)"]}},
    {"sku": "KIT-FYRSTA", "name": "Fyrsta húfan Beginner Hat Kit", "description": "Your first hat: one ball of chunky Álopi, a short circular needle and an easy pattern.",
     "category": "kits", "price": 3990, "currency": "ISK", "stock": 12,
     "attributes": {"contents": ["1 x Hrafnfoss Álopi 0051 white", "6 mm circular needle 40 cm",
                                 "Sjónarhóll Hat Pattern", "faux fur pom-pom"], "level": "beginner"}},
    {"sku": "KIT-DYNGJA", "name": "Dyngja Shawl Kit", "description": "Lace shawl kit in sea blue Þelband.",
     "category": "kits", "price": 5690, "currency": "ISK", "stock": 1,
     "attributes": {"contents": ["3 x Dalaull Þelband 12 sea blue", "Dyngja Shawl Pattern",
                                 "3.5 mm circular needle 80 cm"], "level": "intermediate"}},
    {"sku": "KIT-LUNDI", "name": "Lundi Crochet Puffin Kit", "description": "Crochet your own little puffin (about 14 cm tall). Yarn, hook, safety eyes and stuffing included.",
     "category": "kits", "price": 3290, "currency": "ISK", "stock": 7,
     "attributes": {"contents": ["black, white and orange wool-blend yarn", "3 mm crochet hook",
                                 "safety eyes", "polyester stuffing", "pattern"], "finished_height_cm": 14, "level": "beginner"}},

    # ---- notions
    {"sku": "NOT-MARK-LAVA", "name": "Lava Stone Stitch Markers (10 pcs)", "description": "Ten ring markers with tiny Icelandic lava beads. Fit needles up to 6 mm.",
     "category": "notions", "price": 690, "currency": "ISK", "stock": 27,
     "attributes": {"pieces": 10, "fits_needles_up_to_mm": "6"}},
    {"sku": "NOT-COUNTER", "name": "Teljari Row Counter", "description": "Click row counter that hangs on a cord around your neck.",
     "category": "notions", "price": 590, "currency": "ISK", "stock": 0, "attributes": {"material": "plastic"}},
    {"sku": "NOT-TAPESTRY", "name": "Tapestry Needles (set of 3)", "description": "Blunt-tip darning needles for weaving in ends, in a small tube.",
     "category": "notions", "price": 490, "currency": "ISK", "stock": 55, "attributes": {"pieces": 3, "material": "nickel-plated steel"}},
    {"sku": "NOT-WASH-250", "name": "Ullarsápa Wool Wash 250 ml", "description": "Gentle lanolin wool wash with a hint of Icelandic birch.",
     "category": "notions", "price": 1290, "currency": "ISK", "stock": 16, "attributes": {"volume_ml": 250, "scent": "birch"}},
    {"sku": "NOT-CABLE", "name": "Cable Needles (set of 3)", "description": "Three bent cable needles in small, medium and large.",
     "category": "notions", "price": 550, "currency": "ISK", "stock": 19, "attributes": {"pieces": 3, "material": "aluminium"}},
    {"sku": "NOT-NALHUS", "name": "Nálhús Needle Case", "description": "Turned birch case for DPNs and tapestry needles.",
     "category": "notions", "price": 1490, "currency": "ISK", "stock": 7, "attributes": {"material": "birch wood", "length_cm": 22}},
    {"sku": "NOT-POMPOM", "name": "Pom-pom Maker Set", "description": "Four sizes of pom-pom maker for hats and garlands.",
     "category": "notions", "price": 890, "currency": "ISK", "stock": 13, "attributes": {"pieces": 4}},
    {"sku": "NOT-BLOCKMAT", "name": "Blocking Mats (9 pcs)", "description": "Interlocking foam mats with a printed grid, plus 50 T-pins.",
     "category": "notions", "price": 5990, "currency": "ISK", "stock": 2, "attributes": {"pieces": 9, "mat_size_cm": "30 x 30"}},
    {"sku": "NOT-TAPE-KIND", "name": "Kind Measuring Tape", "description": "A retractable 150 cm tape hidden in a little woolly sheep (kind).",
     "category": "notions", "price": 750, "currency": "ISK", "stock": 20, "attributes": {"length_cm": 150}},

    # ---- buttons & clasps
    {"sku": "BTN-HORN-20", "name": "Horn Buttons 20 mm (pack of 5)", "description": "Polished horn buttons, each one a little different.",
     "category": "buttons", "price": 980, "currency": "ISK", "stock": 8, "attributes": {"diameter_mm": 20, "pieces": 5, "material": "horn"}},
    {"sku": "BTN-LAVA-15", "name": "Lava Stone Buttons 15 mm (pack of 6)", "description": "Porous black lava stone, two holes.",
     "category": "buttons", "price": 1190, "currency": "ISK", "stock": 3, "attributes": {"diameter_mm": 15, "pieces": 6, "material": "lava stone"}},
    {"sku": "BTN-BIRCH-18", "name": "Birch Wood Buttons 18 mm (pack of 6)", "description": "Plain birch buttons, lightly oiled.",
     "category": "buttons", "price": 790, "currency": "ISK", "stock": 0, "attributes": {"diameter_mm": 18, "pieces": 6, "material": "birch wood"}},
    {"sku": "BTN-VIKINGUR", "name": "Víkingur Pewter Clasps (pair)", "description": "Hook-and-eye pewter clasps for cardigans and capes.",
     "category": "buttons", "price": 2490, "currency": "ISK", "stock": 2, "attributes": {"pieces": 2, "material": "pewter", "length_mm": 45}},
    {"sku": "BTN-FISH-22", "name": "Fish Leather Buttons 22 mm (pack of 4)", "description": "Salmon-leather covered buttons tanned in North Iceland.",
     "category": "buttons", "price": 1890, "currency": "ISK", "stock": 5, "attributes": {"diameter_mm": 22, "pieces": 4, "material": "salmon leather"}},
    {"sku": "BTN-TOGGLE", "name": "Bone Toggles (pack of 3)", "description": "Classic duffle-coat toggles.",
     "category": "buttons", "price": 890, "currency": "ISK", "stock": 10, "attributes": {"length_mm": 40, "pieces": 3, "material": "bone"}},
]

# ---- finished sweaters: one model sold as one product per size
for size, stock, chest, grams in (("S", 1, 96, 610), ("M", 0, 104, 660), ("L", 2, 112, 720),
                                  ("XL", 1, 120, 780), ("XXL", 0, 128, 840)):
    CATALOG.append({
        "sku": "SW-THING-" + size, "name": "Þingvellir Lopapeysa",
        "description": "Hand-knitted in Léttlopi by our knitters in Borgarfjörður: white body, heath blue and black yoke. Unisex fit.",
        "category": "sweaters", "price": 24900, "currency": "ISK", "stock": stock,
        "attributes": {"size": size, "chest_cm": chest, "weight_g": grams, "fibre": "100% Icelandic wool",
                       "colour": "white with heath blue and black yoke", "knitted_by": "hand"}})
CATALOG += [
    {"sku": "SW-HEKLA-CARD", "name": "Hekla Cardigan", "description": "Zipped lopi cardigan with a two-way zip and a mountain yoke.",
     "category": "sweaters", "price": 22900, "currency": "ISK", "stock": 3,
     "attributes": {"sizes": ["S", "M", "L", "XL"], "colour": "charcoal with white yoke", "fibre": "100% Icelandic wool",
                    "closure": "two-way zip", "knitted_by": "hand"}},
    {"sku": "SW-ESJA-GRY", "name": "Esja Lopapeysa", "description": "Traditional pullover with a simple geometric yoke.",
     "category": "sweaters", "price": 23900, "currency": "ISK", "stock": 4,
     "attributes": {"colour": "grey", "sizes": ["M", "L", "XL", "XXL"], "fibre": "100% Icelandic wool", "knitted_by": "hand"}},
    {"sku": "SW-ESJA-WHT", "name": "Esja Lopapeysa", "description": "Traditional pullover with a simple geometric yoke.",
     "category": "sweaters", "price": 23900, "currency": "ISK", "stock": 0,
     "attributes": {"colour": "natural white", "sizes": ["M", "L", "XL", "XXL"], "fibre": "100% Icelandic wool", "knitted_by": "hand"}},
    {"sku": "SW-LOA-KIDS", "name": "Lóa Children's Lopapeysa", "description": "Little yoke sweater with plover birds. Sizes by age.",
     "category": "sweaters", "price": 12900, "currency": "ISK", "stock": 5,
     "attributes": {"sizes": ["2-4 years", "6-8 years"], "fibre": "100% Icelandic wool", "colour": "pale blue", "knitted_by": "hand"}},

    # ---- blankets
    {"sku": "BL-HEIDI-GRY", "name": "Heiði Wool Blanket", "description": "Woven pure wool blanket with a fringed edge.",
     "category": "blankets", "price": 19900, "currency": "ISK", "stock": 6,
     "attributes": {"colour": "grey", "size_cm": "130 x 180", "weight_g": 920, "fibre": "100% Icelandic wool"}},
    {"sku": "BL-HEIDI-BLU", "name": "Heiði Wool Blanket", "description": "Woven pure wool blanket with a fringed edge.",
     "category": "blankets", "price": 19900, "currency": "ISK", "stock": 0,
     "attributes": {"colour": "heath blue", "size_cm": "130 x 180", "weight_g": 920, "fibre": "100% Icelandic wool"}},
    {"sku": "BL-LULLA", "name": "Lúlla Baby Blanket", "description": "Soft knitted pram blanket, machine washable.",
     "category": "blankets", "price": 9900, "currency": "ISK", "stock": 2,
     "attributes": {"size_cm": "80 x 100", "fibre": "100% superwash merino", "colour": "oatmeal"}},
    {"sku": "BL-NORDUR", "name": "Norðurljós Throw", "description": "Large hand-knitted throw in green and violet stripes.",
     "category": "blankets", "price": 24900, "currency": "ISK", "stock": 1,
     "attributes": {"size_cm": "140 x 200", "fibre": "100% Icelandic wool", "knitted_by": "hand"}},

    # ---- bags
    {"sku": "BAG-LUNDI", "name": "Lundi Project Bag", "description": "Canvas drawstring bag printed with puffins, with a yarn-guide grommet.",
     "category": "bags", "price": 3490, "currency": "ISK", "stock": 10,
     "attributes": {"dimensions_cm": "28 x 22 x 14", "material": "cotton canvas"}},
    {"sku": "BAG-SKJODA", "name": "Skjóða Felted Tote", "description": "Sturdy felted wool tote with leather handles.",
     "category": "bags", "price": 8900, "currency": "ISK", "stock": 0,
     "attributes": {"dimensions_cm": "38 x 32 x 12", "material": "felted Icelandic wool"}},
    {"sku": "BAG-ROD", "name": "Roð Fish Leather Pouch", "description": "Small notions pouch in salmon leather with a zip.",
     "category": "bags", "price": 6900, "currency": "ISK", "stock": 2,
     "attributes": {"dimensions_cm": "18 x 12", "material": "salmon leather"}},
    {"sku": "BAG-FERD", "name": "Ferðataska Knitting Tote", "description": "Big tote with six inner pockets and a needle sleeve.",
     "category": "bags", "price": 4990, "currency": "ISK", "stock": 7,
     "attributes": {"dimensions_cm": "42 x 34 x 16", "material": "waxed cotton"}},

    # ---- gift cards (no stock tracked)
    {"sku": "GC-5000", "name": "Hnoðri Gift Card 5.000 kr.", "description": "Gift card sent as a PDF, or as a printed card when bought in the shop.",
     "category": "gift cards", "price": 5000, "currency": "ISK", "attributes": {"value_isk": 5000, "delivery": "PDF or printed"}},
    {"sku": "GC-10000", "name": "Hnoðri Gift Card 10.000 kr.", "description": "Gift card sent as a PDF, or as a printed card when bought in the shop.",
     "category": "gift cards", "price": 10000, "currency": "ISK", "attributes": {"value_isk": 10000, "delivery": "PDF or printed"}},
    {"sku": "GC-20000", "name": "Hnoðri Gift Card 20.000 kr.", "description": "Gift card sent as a PDF, or as a printed card when bought in the shop.",
     "category": "gift cards", "price": 20000, "currency": "ISK", "attributes": {"value_isk": 20000, "delivery": "PDF or printed"}},

    # ---- accessories (finished knits)
    {"sku": "ACC-VIK-MIT", "name": "Vík Mittens", "description": "Hand-knitted colourwork mittens in Tvíband.",
     "category": "accessories", "price": 6900, "currency": "ISK", "stock": 5,
     "attributes": {"sizes": ["S", "M", "L"], "fibre": "100% Icelandic wool", "knitted_by": "hand"}},
    {"sku": "ACC-SJON-HAT", "name": "Sjónarhóll Beanie", "description": "Chunky folded-brim beanie in Álopi.",
     "category": "accessories", "price": 5900, "currency": "ISK", "stock": 0,
     "attributes": {"sizes": ["one size"], "fibre": "100% Icelandic wool", "knitted_by": "hand"}},
    {"sku": "ACC-GRIM-SOCK", "name": "Grímsey Lopi Socks", "description": "Thick hand-knitted house socks.",
     "category": "accessories", "price": 4900, "currency": "ISK", "stock": 12,
     "attributes": {"sizes": ["36–38", "39–41", "42–44"], "fibre": "100% Icelandic wool", "knitted_by": "hand"}},
    {"sku": "ACC-EYRNA", "name": "Eyrnaband Headband", "description": "Double-layer ear warmer headband.",
     "category": "accessories", "price": 3900, "currency": "ISK", "stock": 2,
     "attributes": {"fibre": "100% Icelandic wool", "colour": "moss green", "knitted_by": "hand"}},
]

FAQ = [
    {"id": "shipping-iceland", "question": "How do you ship inside Iceland and what does it cost?",
     "answer": "Inside Iceland we send with Pósturinn and with Dropp. Postage: Dropp pickup point (N1 stations and many supermarkets) 890 kr.; "
               "Pósturinn to a parcel locker (Póstbox) 1.190 kr.; Pósturinn home delivery 1.590 kr. Orders placed before 13:00 on a weekday "
               "leave the shop the same day. Delivery usually takes 1-3 working days in the capital area and up to 5 working days to the "
               "Westfjords, the East and Vestmannaeyjar."},
    {"id": "shipping-abroad", "question": "Do you ship abroad?",
     "answer": "Já! We ship worldwide. Standard international parcels go with Pósturinn (tracked): Nordic countries 2.900 kr., rest of Europe "
               "3.900 kr., USA and Canada 4.900 kr., rest of the world 5.900 kr. Standard delivery takes 5-10 working days to Europe and "
               "7-14 working days to North America. In a hurry? Choose DHL Express at checkout (priced by weight, usually 2-4 working days)."},
    {"id": "free-shipping", "question": "Do you offer free shipping?",
     "answer": "Yes. Orders of 15.000 kr. or more ship free inside Iceland (Dropp or Póstbox). Orders abroad ship free from 40.000 kr. "
               "with standard tracked post; DHL Express is never free."},
    {"id": "returns", "question": "Can I return yarn?",
     "answer": "Yarn can be returned within 30 days of delivery as long as it is unwound, unused and still has its ball band. Once a "
               "skein has been wound into a cake or knitted with we unfortunately cannot take it back. Patterns, books that have been "
               "opened, cut fabric and custom knits cannot be returned. Finished sweaters and accessories can be returned unworn with "
               "tags on. Please email us before sending anything back; return postage is paid by the customer unless we sent the wrong "
               "item. Refunds go to the original payment method within 5 working days after the parcel reaches us."},
    {"id": "colour-screens", "question": "The colours look different on my screen. What should I do?",
     "answer": "Every screen shows colour a little differently, and natural wool colours are especially hard to photograph. We take our "
               "pictures in daylight by the shop window, but if a colour really matters, ask us: we can post you a free shade card with "
               "short snippets of all Léttlopi and Þelband colours, or send a photo of the skein next to a white sheet of paper."},
    {"id": "dye-lots", "question": "What is a dye lot and does it matter?",
     "answer": "Yarn is dyed in batches (dye lots, 'litanúmer' on the ball band) and two lots of the same colour can differ slightly. "
               "Hand-dyed Kemba yarns vary most. Always buy enough for the whole project in one order: we send matching lots within one "
               "order whenever we can. If you are not sure how much you need, we can hold extra skeins from the same lot for you for 60 "
               "days; just pay for them when you need them."},
    {"id": "custom-orders", "question": "Can I order a custom-knitted sweater?",
     "answer": "Yes, our knitters in Borgarfjörður take a limited number of custom orders for lopapeysur each season. Send us your "
               "measurements, colours and the yoke pattern you like. Custom sweaters take 6-8 weeks, we ask for a 50% deposit when the "
               "knitter starts, and custom knits cannot be returned."},
    {"id": "gift-cards", "question": "How do gift cards work?",
     "answer": "Gift cards come in 5.000, 10.000 and 20.000 kr. Bought online they arrive as a PDF you can print or forward; in the shop we "
               "give you a printed card. They can be used online and in the shop, and are valid for 4 years from the date of purchase. "
               "Gift cards cannot be exchanged for cash."},
    {"id": "payment", "question": "How can I pay?",
     "answer": "We take Visa, Mastercard and American Express, Apple Pay and Google Pay. Icelandic customers can also pay later or split "
               "the payment with Netgíró. For orders over 50.000 kr. we can send an invoice for bank transfer."},
    {"id": "vat", "question": "Do your prices include VAT?",
     "answer": "All prices in our shop include 24% Icelandic VAT (virðisaukaskattur). For orders shipped to addresses outside Iceland the "
               "VAT is removed at checkout, but your own country may charge import VAT and duty on delivery."},
    {"id": "tax-free", "question": "I am a tourist. Can I shop tax-free?",
     "answer": "Visitors who live outside Iceland can claim a tax-free refund on purchases in the shop of 6.000 kr. or more on one receipt. "
               "Ask for a Tax Free form at the till, keep the goods unused, and have the form stamped before you check in at Keflavík "
               "Airport. The refund is up to 14% of the price."},
    {"id": "click-collect", "question": "Can I collect my order in the shop?",
     "answer": "Of course. Choose 'Sækja í verslun / collect in shop' at checkout. It is free, and we will text you when your order is "
               "ready, usually within 2 hours during opening hours. We keep collect orders for 10 days; after that they are cancelled "
               "and refunded. Bring your order number."},
    {"id": "opening-hours", "question": "When is the shop open and where is it?",
     "answer": "Hnoðri is at Spunagata 7, 101 Reykjavík, two minutes up the hill from the harbour. Opening hours: Monday to Friday "
               "10-18, Saturday 11-16. Sundays 12-16 in June, July and August only. Closed on public holidays."},
    {"id": "workshops", "question": "Do you have knitting classes?",
     "answer": "We hold small workshops (max 8 people) on Tuesday and Thursday evenings from 19:00 to 21:30 at the big table in the back "
               "of the shop: Beginner knitting, Your first lopapeysa (4 evenings), Colourwork mittens and Lace shawls. Materials are "
               "included and coffee is always on. Book on our website; workshops are in English and Icelandic."},
    {"id": "wool-care", "question": "How do I wash Icelandic wool?",
     "answer": "Lopi needs very little washing: airing it outside is often enough. When you do wash, use lukewarm water (no warmer than "
               "30°C) and a little wool wash, soak for 10 minutes, do not rub or wring, press the water out in a towel and dry flat away "
               "from the radiator. Never tumble dry lopi: it felts. Kemba Merino Fingering is superwash and can go in the machine on the "
               "wool cycle."},
    {"id": "contact", "question": "How can I contact you?",
     "answer": "Email hallo@hnodri.example.com or call +354 552 4417 (weekdays 10-16). We answer emails within one working day. You can "
               "also just drop in at Spunagata 7."},
    {"id": "order-tracking", "question": "How do I track my order?",
     "answer": "When your parcel leaves the shop you receive an email with the tracking number. Dropp also sends a text message when the "
               "parcel is waiting at the pickup point. To ask us about an order, give us your order number and the email address used "
               "at checkout."},
    {"id": "customs", "question": "Will I pay customs outside Iceland?",
     "answer": "Iceland is not in the EU, so parcels to the EU, UK, USA and most other countries may be charged import VAT, duty and a "
               "handling fee by the carrier. These charges are set by your country and are paid by the recipient; we cannot pay them in "
               "advance."},
    {"id": "sweater-sizing", "question": "How do your sweaters fit?",
     "answer": "Our lopapeysur are unisex with a relaxed fit. Chest measurements of the finished sweater: S 96 cm, M 104 cm, L 112 cm, XL "
               "120 cm, XXL 128 cm. Lopi relaxes a little with wear. If you are between sizes, take the smaller one for a fitted look."},
    {"id": "bulk-discount", "question": "Do you give a discount for a sweater's worth of yarn?",
     "answer": "Buy 10 or more skeins of the same yarn in one order and you get 10% off those skeins automatically at checkout. The "
               "discount does not apply to kits, which are already priced as a bundle."},
]

ORDERS = [
    ("HN-30101", "gudrun.palsdottir@example.com", "101", "2026-02-02", "delivered", "Pósturinn", "2026-02-04", [("HRF-LL-0051", 6), ("HRF-LL-1402", 3)]),
    ("HN-30108", "jon.haralds@example.net", "600", "2026-02-05", "delivered", "Dropp", "2026-02-08", [("KIT-VIK", 1)]),
    ("HN-30115", "maria.keller@example.org", "10115", "2026-02-27", "shipped", "DHL", "2026-03-06", [("SW-THING-L", 1)]),
    ("HN-30122", "sigrun.ola@example.com", "220", "2026-03-01", "processing", None, None, [("DAL-TB-07", 3), ("PAT-DYNGJA", 1)]),
    ("HN-30127", "eyvindur.b@example.net", "400", "2026-02-20", "shipped", "Pósturinn", "2026-03-04", [("HRF-AL-0058", 4), ("PAT-SJONARHOLL", 1)]),
    ("HN-30133", "helga.bjork@example.org", "210", "2026-02-14", "cancelled", None, None, [("BL-HEIDI-BLU", 1)]),
    ("HN-30140", "ari.thorsson@example.com", "107", "2026-01-18", "returned", "Pósturinn", "2026-01-21", [("KMB-MF-HRAUN", 2)]),
    ("HN-30146", "kristin.vala@example.net", "800", "2026-02-25", "shipped", "Dropp", "2026-03-02", [("BK-THING-EN", 1), ("NOT-MARK-LAVA", 1)]),
    ("HN-30152", "tom.walsh@example.com", "97214", "2026-02-10", "delivered", "DHL", "2026-02-17", [("SW-ESJA-GRY", 1)]),
    ("HN-30159", "anna.sveins@example.org", "101", "2026-03-02", "processing", "Hnoðri pickup", "2026-03-04", [("SNU-SET-01", 1)]),
    ("HN-30163", "gudrun.palsdottir@example.com", "101", "2026-03-01", "shipped", "Pósturinn", "2026-03-05", [("BTN-HORN-20", 2), ("HRF-LL-0059", 2)]),
    ("HN-30170", "petur.gunn@example.net", "900", "2026-02-26", "shipped", "Pósturinn", "2026-03-06", [("BL-HEIDI-GRY", 1)]),
    ("HN-30176", "lilja.mar@example.com", "105", "2026-02-28", "delivered", "Hnoðri pickup", "2026-02-28", [("KIT-FYRSTA", 2)]),
    ("HN-30181", "sophie.martin@example.net", "75011", "2026-02-22", "shipped", "DHL", "2026-03-03", [("SW-HEKLA-CARD", 1)]),
    ("HN-30188", "bjarki.stef@example.org", "310", "2026-03-03", "processing", "Dropp", "2026-03-06", [("KMB-TW-MYRI", 6)]),
    ("HN-30194", "ingibjorg.h@example.com", "700", "2026-01-30", "delivered", "Pósturinn", "2026-02-04", [("BK-DECADES", 1)]),
    ("HN-30201", "halldor.e@example.net", "230", "2026-02-18", "returned", "Dropp", "2026-02-20", [("BAG-SKJODA", 1)]),
    ("HN-30207", "emma.lindqvist@example.org", "0152", "2026-02-24", "shipped", "Pósturinn", "2026-03-09", [("KMB-MF-NORD", 2), ("PAT-GRIMSEY", 1)]),
    ("HN-30213", "thora.hlin@example.com", "640", "2026-03-02", "shipped", "Dropp", "2026-03-05", [("KIT-LUNDI", 1)]),
    ("HN-30219", "vala.run@example.net", "170", "2026-02-12", "cancelled", None, None, [("KIT-THING-LXL", 1)]),
    ("HN-30224", "gunnar.orn@example.org", "200", "2026-02-27", "delivered", "Dropp", "2026-03-01", [("ACC-GRIM-SOCK", 2)]),
    ("HN-30230", "rakel.jons@example.com", "270", "2026-03-03", "processing", "Hnoðri pickup", "2026-03-05", [("GC-10000", 1)]),
    ("HN-30236", "david.chen@example.net", "M5V 2T6", "2026-02-19", "shipped", "DHL", "2026-02-26", [("BL-NORDUR", 1)]),
    ("HN-30241", "sunna.dogg@example.org", "603", "2026-02-21", "delivered", "Pósturinn", "2026-02-25", [("BRK-CIR80-45", 1), ("PAT-HEKLA", 1)]),
    ("HN-30247", "olafur.k@example.com", "109", "2026-03-04", "processing", None, None, [("ACC-VIK-MIT", 1)]),
    ("HN-30252", "birna.fjola@example.net", "250", "2026-02-16", "shipped", "Pósturinn", "2026-02-19", [("NOT-WASH-250", 2), ("BTN-FISH-22", 1)]),
]


# ---------------------------------------------------------------- images
def _chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_bytes(width, height, pixel):
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + _chunk(b"IEND", b""))


def draw(key, index, base):
    h = hashlib.sha256(key.encode("utf-8")).digest()
    accent = (h[0], h[1], h[2])
    style = index % 4
    period = 4 + h[3] % 7
    size = 48

    def pixel(x, y):
        if y == 0:  # unique id strip: index bits along the top row
            return (255, 255, 255) if (index >> (x % 16)) & 1 else (0, 0, 0)
        if style == 0:
            on = (y // period) % 2 == 0
        elif style == 1:
            on = (x // period) % 2 == 0
        elif style == 2:
            on = ((x + y) // period) % 2 == 0
        else:
            on = ((x // period) + (y // period)) % 2 == 0
        return base if on else accent

    return png_bytes(size, size, pixel)


def image_names(product):
    slug = product["sku"].lower()
    names = ["images/%s.png" % slug]
    if product.get("category") in ("sweaters", "kits", "blankets"):
        names.append("images/%s-2.png" % slug)
    return names


def base_colour(product):
    colour = (product.get("attributes") or {}).get("colour", "")
    if colour in COLOURS:
        return COLOURS[colour]
    h = hashlib.sha256(("base:" + product["sku"]).encode("utf-8")).digest()
    return (h[0], h[1], h[2])


# ---------------------------------------------------------------- write
def dump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def build(out_dir):
    os.makedirs(os.path.join(out_dir, "images"), exist_ok=True)
    index = 0
    lines = []
    for product in CATALOG:
        p = dict(product)
        names = image_names(p)
        for name in names:
            data = draw(name, index, base_colour(p))
            index += 1
            with open(os.path.join(out_dir, name), "wb") as f:
                f.write(data)
        p["images"] = names
        lines.append(dump(p))
    with open(os.path.join(out_dir, "catalog.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(out_dir, "faq.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(dump(q) for q in FAQ) + "\n")
    olines = []
    for oid, email, postcode, placed, status, carrier, eta, items in ORDERS:
        o = {"order_id": oid, "email": email, "postcode": postcode, "placed": placed, "status": status}
        if carrier:
            o["carrier"] = carrier
        if eta:
            o["eta"] = eta
        o["items"] = [{"sku": s, "qty": q} for s, q in items]
        olines.append(dump(o))
    with open(os.path.join(out_dir, "orders.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(olines) + "\n")
    with open(os.path.join(out_dir, "store.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_store.py OUT_DIR")
    build(sys.argv[1])
