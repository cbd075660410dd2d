#!/usr/bin/env python3
"""Build the "Casa Jacaranda" test store (Store format v1) into OUT_DIR.

    python data/eval/blind17/make_store.py OUT_DIR

Standard library only. The output is byte-identical on every run:
catalog.jsonl, faq.jsonl, orders.jsonl, store.json and images/*.png
(small PNGs drawn here with zlib + struct). All paths inside the store
are relative to OUT_DIR.
"""
import hashlib
import json
import os
import struct
import sys
import zlib

STORE = {
    "name": "Casa Jacaranda",
    "currency": "MXN",
    "locale": "en-MX",
    "greeting": "¡Hola! Welcome to Casa Jacaranda, furniture and home décor from our "
                "showroom in Roma Norte, Mexico City. How can we help you today?",
}

SOFAS = "Sofas & Armchairs"
TABLES = "Tables"
CHAIRS = "Chairs & Stools"
BEDS = "Beds & Headboards"
STORAGE = "Storage"
RUGS = "Rugs"
LIGHTING = "Lighting"
TEXTILES = "Cushions & Throws"
CERAMICS = "Ceramics & Tableware"
WALL = "Mirrors & Wall Décor"
POTS = "Plant Pots"
GIFT = "Gift Cards"

# (sku, name, category, price MXN, stock or None, attributes, description, number of images)
PRODUCTS = [
    # ---------------- Sofas & Armchairs ----------------
    ("SOF-SIE3-TER", "Siesta 3-Seater Sofa", SOFAS, 28900, 2,
     {"color": "terracotta", "upholstery": "cotton velvet", "dimensions": "W 220 x D 95 x H 82 cm",
      "seat_height": "44 cm", "seat_depth": "58 cm", "frame": "kiln-dried pine and plywood",
      "legs": "solid parota wood", "weight": "68 kg", "assembly_required": "no (legs screw on)",
      "care": "vacuum weekly; professional cleaning only"},
     "Deep, low three-seater with feather-wrapped cushions and tapered parota legs. "
     "Our best seller for long afternoons.", 2),
    ("SOF-SIE3-SAG", "Siesta 3-Seater Sofa", SOFAS, 27500, 0,
     {"color": "sage", "upholstery": "washed linen", "dimensions": "W 220 x D 95 x H 82 cm",
      "seat_height": "44 cm", "seat_depth": "58 cm", "frame": "kiln-dried pine and plywood",
      "legs": "solid parota wood", "weight": "66 kg", "assembly_required": "no (legs screw on)",
      "lead_time": "made to order in 6-8 weeks",
      "care": "removable covers, dry clean only"},
     "The Siesta sofa in a relaxed sage linen. Made to order in our workshop in Iztapalapa.", 1),
    ("SOF-SIE2-TER", "Siesta 2-Seater Sofa", SOFAS, 21900, 3,
     {"color": "terracotta", "upholstery": "cotton velvet", "dimensions": "W 170 x D 95 x H 82 cm",
      "seat_height": "44 cm", "frame": "kiln-dried pine and plywood", "legs": "solid parota wood",
      "weight": "52 kg", "assembly_required": "no (legs screw on)"},
     "The compact two-seat version of the Siesta, for apartments and studios.", 1),
    ("SOF-DOM-OAT", "Domingo Corner Sofa", SOFAS, 45900, 1,
     {"color": "oatmeal", "upholstery": "bouclé", "dimensions": "W 280 x D 200 x H 78 cm",
      "seat_height": "42 cm", "orientation": ["left-hand corner", "right-hand corner"],
      "frame": "solid pine", "weight": "104 kg", "assembly_required": "yes (two modules clip together)"},
     "L-shaped corner sofa in soft oatmeal bouclé. Choose left- or right-hand corner at checkout.", 2),
    ("ARM-COY-TER", "Coyoacán Armchair", SOFAS, 12900, 4,
     {"color": "terracotta", "upholstery": "cotton velvet", "dimensions": "W 78 x D 82 x H 76 cm",
      "seat_height": "43 cm", "legs": "solid parota wood", "weight": "19 kg",
      "assembly_required": "no"},
     "Rounded armchair with a curved back and turned parota legs, named after our favourite neighbourhood.", 2),
    ("ARM-COY-SAG", "Coyoacán Armchair", SOFAS, 11900, 0,
     {"color": "sage", "upholstery": "washed linen", "dimensions": "W 78 x D 82 x H 76 cm",
      "seat_height": "43 cm", "legs": "solid parota wood", "weight": "18 kg",
      "assembly_required": "no", "lead_time": "made to order in 6-8 weeks"},
     "The Coyoacán armchair in sage linen.", 1),
    ("ARM-COY-OCH", "Coyoacán Armchair", SOFAS, 12900, 6,
     {"color": "ochre", "upholstery": "cotton velvet", "dimensions": "W 78 x D 82 x H 76 cm",
      "seat_height": "43 cm", "legs": "solid parota wood", "weight": "19 kg",
      "assembly_required": "no"},
     "The Coyoacán armchair in warm ochre velvet.", 1),
    ("ARM-PAL-NAT", "Palapa Rattan Lounge Chair", SOFAS, 8900, 5,
     {"material": "hand-woven rattan on a steel frame", "color": "natural",
      "dimensions": "W 74 x D 80 x H 72 cm", "seat_height": "38 cm", "weight": "9 kg",
      "cushion": "cream cotton seat pad included", "assembly_required": "no"},
     "Low lounge chair woven by hand in rattan. For covered terraces and living rooms.", 1),
    ("ARM-BUT-CED", "Xochi Butaque Chair", SOFAS, 9800, 2,
     {"material": "tooled leather seat and solid cedar frame", "color": "cognac",
      "dimensions": "W 64 x D 86 x H 80 cm", "seat_height": "36 cm", "weight": "11 kg",
      "assembly_required": "no"},
     "A traditional butaque with a slung leather seat, made by a family workshop in Jalisco.", 1),
    ("SOF-TUL-DAY", "Tulum Daybed", SOFAS, 18500, 0,
     {"material": "solid teak frame, cotton canvas mattress", "color": "natural / white",
      "dimensions": "W 200 x D 90 x H 70 cm", "weight": "41 kg", "assembly_required": "yes",
      "lead_time": "made to order in 8-10 weeks"},
     "Teak daybed with a thick canvas mattress and bolsters.", 1),
    # ---------------- Tables ----------------
    ("TAB-M6-PAR", "Mesa 6 Dining Table", TABLES, 34500, 1,
     {"material": "solid parota wood", "finish": "natural oil", "dimensions": "W 180 x D 90 x H 75 cm",
      "seats": "6", "weight": "62 kg", "assembly_required": "yes (legs bolt on, tools included)",
      "care": "see our solid wood care guide"},
     "Six-seat dining table in solid parota from Guerrero, every top with its own grain.", 2),
    ("TAB-M6-OAK", "Mesa 6 Dining Table", TABLES, 19900, 4,
     {"material": "oak veneer on MDF, solid oak legs", "finish": "matte lacquer",
      "width": "160 cm", "depth": "90 cm", "height": "75 cm", "seats": "6", "weight": "38 kg",
      "assembly_required": "yes (legs bolt on, tools included)"},
     "The Mesa 6 in a lighter oak veneer version.", 1),
    ("TAB-M8-PAR", "Mesa 8 Dining Table", TABLES, 42900, 0,
     {"material": "solid parota wood", "finish": "natural oil", "dimensions": "W 240 x D 100 x H 75 cm",
      "seats": "8", "weight": "88 kg", "assembly_required": "yes (legs bolt on, tools included)",
      "lead_time": "made to order in 8-10 weeks"},
     "Eight-seat dining table in solid parota. Made to order.", 1),
    ("TAB-SUN-RND", "Sunday Coffee Table", TABLES, 7900, 6,
     {"material": "solid oak", "shape": "round", "diameter": "90 cm", "height": "40 cm",
      "weight": "21 kg", "assembly_required": "no"},
     "Round coffee table on a chunky pedestal base.", 1),
    ("TAB-PAT-SID", "Patio Side Table", TABLES, 3400, 8,
     {"material": "wrought iron base, Talavera tile top", "diameter": "45 cm", "height": "55 cm",
      "outdoor_use": "yes, keep covered in the rainy season", "weight": "9 kg",
      "assembly_required": "no"},
     "Little side table with a hand-painted tile top. Good indoors and out.", 1),
    ("TAB-CAN-CON", "Cantera Console Table", TABLES, 15800, 2,
     {"material": "cantera stone top, blackened steel base", "dimensions": "W 120 x D 35 x H 80 cm",
      "weight": "48 kg", "assembly_required": "yes"},
     "Console table with a honed pink cantera stone top from Querétaro.", 1),
    ("TAB-ROM-BED", "Roma Bedside Table", TABLES, 4200, 10,
     {"material": "oak veneer", "dimensions": "W 45 x D 40 x H 55 cm", "drawers": "1",
      "weight": "12 kg", "assembly_required": "no"},
     "Bedside table with one soft-close drawer and an open shelf.", 1),
    ("TAB-EST-DSK", "Estudio Writing Desk", TABLES, 9600, 3,
     {"material": "solid pine, walnut stain", "dimensions": "W 120 x D 60 x H 76 cm",
      "drawers": "2", "weight": "29 kg", "assembly_required": "yes"},
     "Simple writing desk with two drawers and a cable hole at the back.", 1),
    # ---------------- Chairs & Stools ----------------
    ("CHR-ALB-OAK", "Alba Dining Chair", CHAIRS, 2900, 24,
     {"material": "solid oak", "color": "natural", "seat": "woven paper cord",
      "seat_height": "46 cm", "dimensions": "W 48 x D 52 x H 80 cm", "weight": "5 kg",
      "assembly_required": "no"},
     "Light dining chair with a hand-woven cord seat.", 1),
    ("CHR-ALB-BLK", "Alba Dining Chair", CHAIRS, 3100, 0,
     {"material": "solid oak", "color": "black stain", "seat": "woven paper cord",
      "seat_height": "46 cm", "dimensions": "W 48 x D 52 x H 80 cm", "weight": "5 kg",
      "assembly_required": "no"},
     "The Alba chair in black-stained oak.", 1),
    ("CHR-BAR-75", "Barra Bar Stool", CHAIRS, 2400, 12,
     {"material": "wrought iron frame, woven palm seat", "seat_height": "75 cm",
      "use": "bar height", "weight": "6 kg", "assembly_required": "no"},
     "Bar stool with a footrest ring and a woven palm seat.", 1),
    ("CHR-BAR-65", "Barra Bar Stool", CHAIRS, 2300, 2,
     {"material": "wrought iron frame, woven palm seat", "seat_height": "65 cm",
      "use": "counter height", "weight": "6 kg", "assembly_required": "no"},
     "The Barra stool, counter-height version.", 1),
    ("CHR-EQU-NAT", "Equipal Chair", CHAIRS, 3600, 7,
     {"material": "pigskin and cedar", "color": "natural tan",
      "dimensions": "W 60 x D 62 x H 76 cm", "seat_height": "40 cm", "weight": "7 kg",
      "assembly_required": "no"},
     "Classic barrel-shaped equipal chair from Zacoalco, Jalisco.", 1),
    ("CHR-PAT-STK", "Patio Stacking Chair", CHAIRS, 1650, 30,
     {"material": "powder-coated steel", "colors": ["jacaranda purple", "white", "sage green"],
      "seat_height": "45 cm", "stackable": "up to 6", "outdoor_use": "yes",
      "assembly_required": "no"},
     "Stackable bistro chair for patios and balconies. Choose the colour at checkout.", 1),
    ("CHR-LUN-RCK", "Luna Rocking Chair", CHAIRS, 7200, 1,
     {"material": "rattan on a bent ash frame", "seat_height": "41 cm",
      "dimensions": "W 66 x D 92 x H 90 cm", "weight": "10 kg", "assembly_required": "no"},
     "Gentle rocking chair in rattan and ash.", 1),
    ("CHR-BAN-PAR", "Banca Bench", CHAIRS, 6800, 3,
     {"material": "solid parota wood", "width": "150 cm", "depth": "38 cm", "height": "45 cm",
      "weight": "18 kg", "assembly_required": "no"},
     "Dining or hallway bench cut from a single parota slab.", 1),
    # ---------------- Beds & Headboards ----------------
    ("BED-NUB-QN", "Nube Bed Frame", BEDS, 16900, 2,
     {"size": "queen", "mattress_size": "150 x 190 cm", "material": "solid oak, upholstered headboard",
      "dimensions": "W 166 x L 206 x H 110 cm", "mattress_included": "no",
      "weight": "55 kg", "assembly_required": "yes"},
     "Bed frame with a padded headboard in natural linen and slatted base.", 2),
    ("BED-NUB-KG", "Nube Bed Frame", BEDS, 19900, 0,
     {"size": "king", "mattress_size": "190 x 200 cm", "material": "solid oak, upholstered headboard",
      "dimensions": "W 206 x L 216 x H 110 cm", "mattress_included": "no",
      "weight": "67 kg", "assembly_required": "yes"},
     "The Nube bed frame, king size.", 1),
    ("BED-PAR-QN", "Parota Platform Bed", BEDS, 24500, 1,
     {"size": "queen", "mattress_size": "150 x 190 cm", "material": "solid parota wood",
      "dimensions": "W 170 x L 205 x H 35 cm", "mattress_included": "no", "weight": "74 kg",
      "assembly_required": "yes"},
     "Low platform bed in solid parota, no headboard.", 1),
    ("BED-PAR-KG", "Parota Platform Bed", BEDS, 28500, 2,
     {"size": "king", "mattress_size": "190 x 200 cm", "material": "solid parota wood",
      "dimensions": "W 210 x L 215 x H 35 cm", "mattress_included": "no", "weight": "89 kg",
      "assembly_required": "yes"},
     "Low platform bed in solid parota, king size.", 1),
    ("BED-HUA-QN", "Huasteca Headboard", BEDS, 5900, 5,
     {"size": "queen", "material": "rattan cane on a cedar frame", "width": "160 cm",
      "height": "120 cm", "mounting": "wall-mounted, fixings included", "assembly_required": "no"},
     "Cane headboard that fits any queen bed.", 1),
    ("BED-HUA-KG", "Huasteca Headboard", BEDS, 6900, 3,
     {"size": "king", "material": "rattan cane on a cedar frame", "width": "200 cm",
      "height": "120 cm", "mounting": "wall-mounted, fixings included", "assembly_required": "no"},
     "Cane headboard for king beds.", 1),
    ("BED-CAM-SGL", "Camita Kids Bed", BEDS, 8200, 4,
     {"size": "single", "mattress_size": "90 x 190 cm", "material": "solid pine, white paint",
      "weight": "28 kg", "assembly_required": "yes", "mattress_included": "no"},
     "House-shaped single bed for kids' rooms.", 1),
    # ---------------- Storage ----------------
    ("STO-ALA-PAR", "Alameda Sideboard", STORAGE, 26900, 1,
     {"material": "solid parota wood", "dimensions": "W 180 x D 45 x H 80 cm",
      "doors": "3", "drawers": "2", "weight": "70 kg", "assembly_required": "no"},
     "Long sideboard with cane-front doors and two drawers.", 2),
    ("STO-ALA-OAK", "Alameda Sideboard", STORAGE, 16500, 3,
     {"material": "oak veneer", "dimensions": "W 160 x D 45 x H 80 cm",
      "doors": "3", "drawers": "2", "weight": "46 kg", "assembly_required": "no"},
     "The Alameda sideboard in oak veneer, a little shorter.", 1),
    ("STO-LIB-5", "Librero 5 Bookshelf", STORAGE, 7400, 6,
     {"material": "solid pine", "shelves": "5", "dimensions": "W 90 x D 35 x H 190 cm",
      "weight": "31 kg", "assembly_required": "yes", "wall_fixing": "anti-tip kit included"},
     "Tall open bookshelf with five shelves.", 1),
    ("STO-LIB-3", "Librero 3 Bookshelf", STORAGE, 4900, 5,
     {"material": "solid pine", "shelves": "3", "dimensions": "W 90 x D 35 x H 110 cm",
      "weight": "19 kg", "assembly_required": "yes"},
     "Low open bookshelf with three shelves.", 1),
    ("STO-COM-6DR", "Cómoda Chest of Drawers", STORAGE, 14200, 2,
     {"material": "oak veneer, solid oak handles", "drawers": "6",
      "dimensions": "W 120 x D 48 x H 85 cm", "weight": "58 kg", "assembly_required": "no"},
     "Six-drawer chest with soft-close runners.", 1),
    ("STO-BAU-CED", "Baúl Storage Trunk", STORAGE, 5600, 4,
     {"material": "solid cedar, iron fittings", "dimensions": "W 90 x D 45 x H 48 cm",
      "weight": "17 kg", "assembly_required": "no"},
     "Cedar blanket trunk that keeps moths away.", 1),
    ("STO-REP-80", "Repisa Wall Shelf", STORAGE, 890, 15,
     {"material": "solid oak", "width": "80 cm", "depth": "20 cm", "max_load": "15 kg",
      "fixings": "concealed brackets included"},
     "Floating wall shelf with hidden brackets.", 1),
    ("STO-CAN-BSK", "Canasta Woven Basket", STORAGE, 650, 20,
     {"material": "palm leaf", "set": "set of 2", "sizes": ["30 cm", "40 cm"]},
     "Set of two palm baskets woven in Puebla.", 1),
    ("STO-PER-STD", "Perchero Coat Stand", STORAGE, 2600, 5,
     {"material": "wrought iron", "height": "180 cm", "hooks": "8", "assembly_required": "yes"},
     "Hand-forged coat stand with eight hooks.", 1),
    # ---------------- Rugs ----------------
    ("RUG-ZAP-160", "Oaxaca Zapotec Rug", RUGS, 8900, 3,
     {"size": "160 x 230 cm", "material": "hand-woven wool, natural dyes",
      "origin": "Teotitlán del Valle, Oaxaca", "care": "spot clean; professional cleaning"},
     "Flat-weave wool rug woven on a pedal loom with cochineal and indigo dyes.", 2),
    ("RUG-ZAP-200", "Oaxaca Zapotec Rug", RUGS, 14900, 0,
     {"size": "200 x 300 cm", "material": "hand-woven wool, natural dyes",
      "origin": "Teotitlán del Valle, Oaxaca", "care": "spot clean; professional cleaning"},
     "The Zapotec rug in the large size.", 1),
    ("RUG-MAR-160", "Marea Jute Rug", RUGS, 3900, 7,
     {"size": "160 x 230 cm", "material": "jute", "pile": "flat braided"},
     "Braided jute rug with a cotton border.", 1),
    ("RUG-MAR-200", "Marea Jute Rug", RUGS, 6200, 2,
     {"size": "200 x 300 cm", "material": "jute", "pile": "flat braided"},
     "Braided jute rug, large size.", 1),
    ("RUG-PAT-120", "Patio Outdoor Rug", RUGS, 1900, 9,
     {"size": "120 x 180 cm", "material": "recycled polypropylene", "outdoor_use": "yes, UV resistant"},
     "Reversible outdoor rug that can be hosed down.", 1),
    ("RUG-SUN-RUN", "Sunday Runner", RUGS, 1450, 6,
     {"size": "70 x 240 cm", "material": "cotton", "care": "machine washable cold"},
     "Striped cotton runner for halls and kitchens.", 1),
    ("RUG-GRE-150", "Grecas Round Rug", RUGS, 5200, 1,
     {"diameter": "150 cm", "material": "wool", "pattern": "Mitla greca fret"},
     "Round wool rug with a greca border inspired by Mitla.", 1),
    # ---------------- Lighting ----------------
    ("LGT-LUN-50", "Luna Pendant Lamp", LIGHTING, 2300, 8,
     {"material": "rattan", "diameter": "50 cm", "cable": "150 cm, adjustable",
      "bulb": "E27, max 60 W, not included"},
     "Rattan dome pendant that throws a soft patterned light.", 1),
    ("LGT-LUN-70", "Luna Pendant Lamp", LIGHTING, 3100, 0,
     {"material": "rattan", "diameter": "70 cm", "cable": "150 cm, adjustable",
      "bulb": "E27, max 60 W, not included"},
     "The Luna pendant, large size.", 1),
    ("LGT-FAR-TBL", "Farol Table Lamp", LIGHTING, 1850, 5,
     {"base": "glazed ceramic", "shade": "natural linen", "height": "52 cm",
      "bulb": "E27, not included", "cable": "white fabric cable with switch"},
     "Table lamp with a glazed ceramic base and linen shade.", 1),
    ("LGT-FAR-FLR", "Farol Floor Lamp", LIGHTING, 3800, 2,
     {"base": "blackened steel", "shade": "natural linen", "height": "160 cm",
      "bulb": "E27, not included", "switch": "foot switch"},
     "Floor lamp from the Farol family.", 1),
    ("LGT-CAN-SCN", "Candil Wall Sconce", LIGHTING, 1650, 4,
     {"material": "brass", "height": "28 cm", "installation": "hard-wired, electrician recommended",
      "bulb": "E14, not included"},
     "Brass wall sconce with a hinged arm.", 1),
    ("LGT-VEL-IRN", "Vela Candle Holder", LIGHTING, 380, 25,
     {"material": "hand-forged iron", "height": "22 cm", "candle": "fits standard taper candles"},
     "Forged iron candle holder made in Santa Clara del Cobre style.", 1),
    ("LGT-PAP-STR", "Papel Picado String Lights", LIGHTING, 590, 40,
     {"length": "5 m", "bulbs": "20 LED", "power": "USB plug", "outdoor_use": "no"},
     "String lights with little papel picado shades.", 1),
    ("LGT-LIN-TIN", "Linterna Tin Lantern", LIGHTING, 720, 3,
     {"material": "punched tin", "height": "35 cm", "candle": "pillar candle up to 7 cm"},
     "Hand-punched tin lantern from San Miguel de Allende.", 1),
    # ---------------- Cushions & Throws ----------------
    ("TEX-OTO-MUL", "Otomí Embroidered Cushion Cover", TEXTILES, 690, 12,
     {"color": "multicolour", "size": "45 x 45 cm", "material": "hand-embroidered cotton",
      "insert_included": "no", "care": "hand wash cold"},
     "Cushion cover embroidered by Otomí artisans from Tenango de Doria, Hidalgo.", 1),
    ("TEX-OTO-IND", "Otomí Embroidered Cushion Cover", TEXTILES, 690, 0,
     {"color": "indigo", "size": "45 x 45 cm", "material": "hand-embroidered cotton",
      "insert_included": "no", "care": "hand wash cold"},
     "The Otomí cover in one-colour indigo embroidery.", 1),
    ("TEX-LIN-SAG", "Linen Cushion", TEXTILES, 790, 9,
     {"color": "sage", "size": "45 x 45 cm", "material": "washed linen",
      "insert_included": "yes, feather insert", "care": "cover machine washable 30°C"},
     "Washed linen cushion with a feather insert.", 1),
    ("TEX-LIN-TER", "Linen Cushion", TEXTILES, 790, 2,
     {"color": "terracotta", "size": "45 x 45 cm", "material": "washed linen",
      "insert_included": "yes, feather insert", "care": "cover machine washable 30°C"},
     "Washed linen cushion with a feather insert.", 1),
    ("TEX-LIN-OAT", "Linen Cushion", TEXTILES, 790, 14,
     {"color": "oatmeal", "size": "45 x 45 cm", "material": "washed linen",
      "insert_included": "yes, feather insert", "care": "cover machine washable 30°C"},
     "Washed linen cushion with a feather insert.", 1),
    ("TEX-LUM-MUS", "Lumbar Cushion", TEXTILES, 650, 6,
     {"color": "mustard", "size": "30 x 60 cm", "material": "cotton velvet",
      "insert_included": "yes"},
     "Long velvet cushion for sofas and armchairs.", 1),
    ("TEX-SAR-THR", "Sarape Throw", TEXTILES, 950, 11,
     {"material": "cotton", "size": "130 x 180 cm", "colors": ["rainbow", "pink and red"],
      "care": "machine wash cold, line dry"},
     "Striped sarape throw woven in Saltillo style.", 1),
    ("TEX-LAN-THR", "Lana Wool Throw", TEXTILES, 1890, 4,
     {"material": "merino wool", "size": "130 x 170 cm", "color": "charcoal",
      "care": "dry clean only"},
     "Soft merino throw with fringed edges.", 1),
    ("TEX-PUE-BED", "Puebla Bedspread", TEXTILES, 2400, 3,
     {"material": "cotton", "size": "240 x 260 cm", "fits": "queen and king beds",
      "color": "white with blue embroidery"},
     "Embroidered bedspread that fits queen and king beds.", 1),
    ("TEX-MAN-150", "Mantel Tablecloth", TEXTILES, 880, 7,
     {"material": "cotton", "size": "150 x 250 cm", "color": "ivory with indigo stripes",
      "care": "machine washable"},
     "Woven tablecloth for six to eight people.", 1),
    # ---------------- Ceramics & Tableware ----------------
    ("CER-TAL-DIN", "Talavera Dinner Plate", CERAMICS, 320, 48,
     {"diameter": "27 cm", "style": "Talavera-style, blue and white", "glaze": "lead-free",
      "dishwasher_safe": "no, hand wash", "microwave_safe": "no"},
     "Hand-painted dinner plate made in Puebla.", 1),
    ("CER-TAL-SID", "Talavera Side Plate", CERAMICS, 240, 0,
     {"diameter": "20 cm", "style": "Talavera-style, blue and white", "glaze": "lead-free",
      "dishwasher_safe": "no, hand wash", "microwave_safe": "no"},
     "Hand-painted side plate.", 1),
    ("CER-TAL-BWL", "Talavera Bowl", CERAMICS, 210, 30,
     {"diameter": "15 cm", "style": "Talavera-style, blue and white", "glaze": "lead-free",
      "dishwasher_safe": "no, hand wash"},
     "Hand-painted bowl for soups and cereal.", 1),
    ("CER-TAL-MUG", "Talavera Mug", CERAMICS, 260, 3,
     {"capacity": "350 ml", "style": "Talavera-style, yellow and blue", "glaze": "lead-free",
      "dishwasher_safe": "no, hand wash", "microwave_safe": "no"},
     "Hand-painted mug.", 1),
    ("CER-TAL-JAR", "Talavera Water Jug", CERAMICS, 540, 5,
     {"capacity": "1.5 L", "style": "Talavera-style, blue and white", "glaze": "lead-free"},
     "Hand-painted jug for water or agua fresca.", 1),
    ("CER-BAR-VAS", "Barro Negro Vase", CERAMICS, 780, 2,
     {"material": "black clay from San Bartolo Coyotepec", "height": "30 cm",
      "watertight": "no, for dried flowers"},
     "Burnished black clay vase from Oaxaca.", 1),
    ("CER-BAR-CUP", "Barro Negro Mezcal Cups", CERAMICS, 360, 10,
     {"material": "black clay", "set": "set of 4", "capacity": "60 ml each"},
     "Four little cups for mezcal.", 1),
    ("CER-TAL-SET", "Talavera Dinner Set for 4", CERAMICS, 3900, 1,
     {"pieces": "16", "contents": "4 dinner plates, 4 side plates, 4 bowls, 4 mugs",
      "style": "Talavera-style, blue and white", "glaze": "lead-free"},
     "Sixteen-piece hand-painted dinner set.", 1),
    ("CER-SER-PLT", "Servir Serving Platter", CERAMICS, 690, 7,
     {"size": "40 x 28 cm", "material": "glazed stoneware", "color": "cream",
      "dishwasher_safe": "yes"},
     "Oval stoneware platter.", 1),
    ("CER-VID-GLS", "Vidrio Soplado Glasses", CERAMICS, 840, 8,
     {"material": "recycled blown glass", "set": "set of 6", "capacity": "300 ml each",
      "rim": "cobalt blue"},
     "Hand-blown glasses from Guadalajara, each one slightly different.", 1),
    # ---------------- Mirrors & Wall Décor ----------------
    ("MIR-SOL-80", "Sol Sun Mirror", WALL, 4600, 2,
     {"material": "gilded tin", "diameter": "80 cm", "weight": "6 kg", "hanging": "wall hook included"},
     "Sunburst mirror with hand-cut tin rays.", 2),
    ("MIR-SOL-50", "Sol Sun Mirror", WALL, 2700, 6,
     {"material": "gilded tin", "diameter": "50 cm", "weight": "3 kg", "hanging": "wall hook included"},
     "Sunburst mirror, small size.", 1),
    ("MIR-ESP-FLR", "Espejo Floor Mirror", WALL, 7800, 0,
     {"frame": "solid parota wood", "dimensions": "W 60 x H 170 cm", "weight": "22 kg"},
     "Tall leaning mirror with a parota frame.", 1),
    ("MIR-HOJ-SML", "Hojalata Tin Mirror", WALL, 860, 5,
     {"material": "punched tin frame", "dimensions": "30 x 40 cm"},
     "Small mirror with a punched tin frame.", 1),
    ("MIR-MAS-WOD", "Máscara Wall Mask", WALL, 1200, 1,
     {"material": "carved and painted copal wood", "height": "35 cm"},
     "Hand-carved jaguar mask from Guerrero.", 1),
    ("MIR-MAP-CDMX", "Mapa CDMX Print", WALL, 1350, 9,
     {"size": "50 x 70 cm", "frame": "black oak frame included", "paper": "cotton rag"},
     "Framed print of an old Mexico City map.", 1),
    ("MIR-REL-40", "Reloj Wall Clock", WALL, 980, 4,
     {"diameter": "40 cm", "material": "oak veneer face", "mechanism": "silent quartz, 1 AA battery"},
     "Silent wall clock with a plain oak face.", 1),
    # ---------------- Plant Pots ----------------
    ("POT-TER-15", "Terracotta Pot", POTS, 180, 50,
     {"size": "small", "diameter": "15 cm", "drainage_hole": "yes", "saucer": "included"},
     "Classic unglazed terracotta pot.", 1),
    ("POT-TER-25", "Terracotta Pot", POTS, 340, 22,
     {"size": "medium", "diameter": "25 cm", "drainage_hole": "yes", "saucer": "included"},
     "Classic unglazed terracotta pot.", 1),
    ("POT-TER-40", "Terracotta Pot", POTS, 720, 0,
     {"size": "large", "diameter": "40 cm", "drainage_hole": "yes", "saucer": "not included"},
     "Classic unglazed terracotta pot.", 1),
    ("POT-TAL-20", "Talavera Planter", POTS, 480, 6,
     {"diameter": "20 cm", "drainage_hole": "yes", "style": "Talavera-style, yellow and blue"},
     "Hand-painted planter with a drainage hole.", 1),
    ("POT-MAC-HNG", "Macramé Plant Hanger", POTS, 290, 13,
     {"material": "cotton rope", "length": "95 cm", "fits": "pots up to 20 cm"},
     "Knotted cotton plant hanger.", 1),
    ("POT-TRI-STD", "Tripié Plant Stand", POTS, 1150, 3,
     {"material": "wrought iron", "height": "60 cm", "fits": "pots up to 30 cm"},
     "Three-legged iron plant stand.", 1),
    # ---------------- Gift Cards ----------------
    ("GFT-0500", "Casa Jacaranda Gift Card", GIFT, 500, None,
     {"value": "500 MXN", "delivery": "sent by email", "validity": "12 months"},
     "Digital gift card, valid online and at the showroom.", 1),
    ("GFT-1000", "Casa Jacaranda Gift Card", GIFT, 1000, None,
     {"value": "1000 MXN", "delivery": "sent by email", "validity": "12 months"},
     "Digital gift card, valid online and at the showroom.", 1),
    ("GFT-2000", "Casa Jacaranda Gift Card", GIFT, 2000, None,
     {"value": "2000 MXN", "delivery": "sent by email", "validity": "12 months"},
     "Digital gift card, valid online and at the showroom.", 1),
]

FAQ = [
    ("delivery-cdmx", "How much is delivery in Mexico City?",
     "We deliver in CDMX and the metro area (Estado de México municipalities such as Naucalpan, "
     "Tlalnepantla, Huixquilucan and Metepec) with our own van. Delivery is a flat $490 MXN per "
     "order and takes 2 to 5 business days for items in stock. Orders over $15,000 MXN get free "
     "delivery in this area. We call you the day before to agree a two-hour window."),
    ("delivery-national", "Do you ship to the rest of Mexico?",
     "Yes, we ship to every state in the Republic. How we send your order depends on its size. "
     "Small items such as cushions, throws, ceramics, lighting, plant pots and rugs up to "
     "160 x 230 cm travel by parcel with Estafeta, DHL or FedEx; we choose the carrier that "
     "covers your postcode best and email you the tracking number as soon as the parcel leaves "
     "our warehouse in Iztapalapa. Parcel delivery usually takes 3 to 6 business days, a little "
     "longer for remote areas of Chiapas, Oaxaca, Guerrero and Baja California Sur. "
     "Furniture (sofas, tables, beds, sideboards, large rugs and anything over 30 kg) travels by "
     "Paquetexpress freight and takes 5 to 12 business days. Freight is delivered to the door on "
     "the ground floor; the driver cannot carry items up stairs or assemble them, so please have "
     "someone to help you. The shipping cost is calculated at checkout from your postcode and the "
     "weight and volume of the order, and you see it before you pay. Freight packages are wrapped "
     "in blankets and corner guards, and we insure every shipment at no extra cost. Please check "
     "the packaging in front of the driver and write any visible damage on the delivery receipt "
     "before you sign. We only deliver to addresses in Mexico. If your postcode is not covered "
     "by any carrier, we will contact you to arrange a pick-up point."),
    ("white-glove", "Do you offer white-glove delivery and assembly?",
     "Yes. In CDMX and the metro area our own team can deliver to the room of your choice, "
     "unpack, assemble and take away all the packaging for a fee of $1,200 MXN per order, on top "
     "of the delivery charge. Add it at checkout or ask us before your order ships. Outside the "
     "metro area we can recommend local installers but we do not offer the service ourselves."),
    ("click-collect", "Can I pick up my order at the showroom?",
     "Yes, click and collect is free. Choose 'Recoger en showroom' at checkout and we will "
     "email you when your order is ready, normally within 2 business days for items in stock. "
     "Our showroom is at Calle Colima 214, Roma Norte, 06700, CDMX. Bring your order number and "
     "an ID. We keep orders for 15 days. Large furniture is collected from our loading bay on "
     "Calle Tonalá, so come with a suitable vehicle."),
    ("showroom-hours", "When is the showroom open?",
     "The showroom is open Tuesday to Saturday from 11:00 to 19:00 and Sunday from 11:00 to "
     "16:00. We are closed on Mondays and on public holidays. You do not need an appointment, "
     "but if you want an interior design consultation please book one by email."),
    ("returns", "What is your returns policy?",
     "We want you to love what you bring home, so if something is not right you can send it "
     "back. Small décor and textiles (cushions, throws, ceramics, glassware, lighting, mirrors "
     "under 10 kg, plant pots and rugs up to 160 x 230 cm) can be returned within 30 days of "
     "delivery. Furniture (sofas, armchairs, tables, chairs, beds, storage and large rugs) can be "
     "returned within 14 days of delivery. Items must be unused, in their original condition and, "
     "where possible, in the original packaging. To start a return, write to "
     "hola@casajacaranda.example.com with your order number and a photo of the item; we reply "
     "with a return label or, for furniture, a pick-up date. Return shipping is free for small "
     "décor. For furniture we deduct the collection cost ($490 MXN in CDMX and the metro area, "
     "or the freight cost elsewhere) from the refund. Once the item reaches our warehouse and "
     "passes inspection we refund to the original payment method within 10 business days; "
     "purchases paid at OXXO or by SPEI are refunded by bank transfer. Made-to-order and custom "
     "pieces, fabric samples, gift cards and items marked as final sale are non-returnable. "
     "Faulty or damaged items are covered separately; see our damaged items policy."),
    ("custom-orders", "Can I cancel or return a made-to-order piece?",
     "Made-to-order and custom pieces (for example a sofa in a fabric of your choice or a "
     "parota table cut to size) are built just for you, so they are non-returnable. You can "
     "cancel a made-to-order piece free of charge within 48 hours of placing the order; after "
     "that we keep the 50% deposit, because the wood and fabric have already been cut."),
    ("damaged", "My order arrived damaged. What do I do?",
     "We are sorry! Please write to us within 72 hours of delivery with your order number and "
     "photos of the damage and of the packaging. We will send a replacement part, repair the "
     "piece at home, or replace it, at no cost to you. Please keep the packaging until the case "
     "is closed."),
    ("lead-times", "How long do made-to-order pieces take?",
     "Pieces marked 'made to order' are built in our workshop after you order. Most upholstered "
     "pieces take 6-8 weeks and solid parota tables and beds take 8-10 weeks, plus delivery time. "
     "We email you when your piece goes into production and again when it is ready to ship."),
    ("fabric-samples", "Can I get fabric samples?",
     "Yes. We send up to 4 fabric swatches free of charge anywhere in Mexico. Order them from the "
     "product page or ask us by email; they arrive in 3 to 5 business days. You can also see every "
     "fabric and wood finish at the showroom."),
    ("wood-care", "How do I care for solid wood furniture?",
     "Solid woods such as parota, oak, cedar and teak are natural materials that keep moving with "
     "the humidity of the room, so small changes in colour and tiny cracks along the grain are "
     "normal and part of their character. Dust your furniture with a soft dry cloth and wipe up "
     "spills straight away with a slightly damp cloth, then dry the surface. Never use "
     "all-purpose sprays, bleach, silicone polish or microfibre cloths soaked in cleaner, "
     "because they strip the oil finish. Always use coasters under glasses and mugs, trivets "
     "under hot pans, and felt pads under vases and lamps. Keep pieces at least a metre away "
     "from radiators and out of strong direct sun, which dries the wood and fades parota quickly, "
     "especially near big windows in CDMX apartments. Every 6 months, or whenever the surface "
     "looks dry, rub in a thin coat of our beeswax and linseed oil balm along the grain, leave it "
     "for twenty minutes and buff off the excess with a clean cotton cloth. Light scratches and "
     "water rings usually disappear with the same balm; for deeper marks write to us and we will "
     "tell you how to sand them or arrange a workshop visit. Oak veneer pieces have a lacquer "
     "finish and only need a damp cloth, no oil or wax. Outdoor teak turns silver-grey if left "
     "untreated; oil it twice a year if you prefer to keep the honey colour."),
    ("warranty", "What warranty do your products have?",
     "Furniture frames are guaranteed for 5 years against manufacturing defects. Upholstery, "
     "foam, mechanisms and finishes are guaranteed for 1 year. The warranty does not cover normal "
     "wear, sun fading, pet damage or damage from misuse. Keep your order number as proof of "
     "purchase."),
    ("payment", "What payment methods do you accept?",
     "You can pay online with Visa, Mastercard and American Express credit or debit cards, with "
     "PayPal and with Mercado Pago. If you prefer cash, choose OXXO at checkout: you receive a "
     "payment reference by email, pay it at any OXXO store within 48 hours, and we confirm your "
     "order as soon as the payment arrives, usually within one hour. OXXO payments are limited "
     "to $10,000 MXN per order by OXXO itself, so larger orders need to be paid another way. You "
     "can also pay by SPEI bank transfer: at checkout we show you our CLABE and a reference "
     "number; transfers are usually confirmed within minutes during banking hours, and orders "
     "not paid within 48 hours are cancelled automatically. At the showroom we take cards and "
     "cash. Interest-free instalments (meses sin intereses) are available with participating "
     "bank credit cards; see our instalments answer for the details. We never ask for card "
     "details by phone, WhatsApp or email, and our staff will never send you a payment link from "
     "a personal account. Prices on our website are in Mexican pesos and include IVA. If a payment "
     "fails, your bank may have blocked it for security; call your bank or try another method, "
     "and write to us if the amount was charged but you did not receive an order confirmation."),
    ("installments", "Can I pay in meses sin intereses?",
     "Yes. With participating bank credit cards you can pay in 3, 6, 9 or 12 meses sin intereses "
     "(interest-free monthly instalments) on orders of $3,000 MXN or more. American Express cards "
     "can use 3 and 6 months only. Choose the number of instalments on the payment page."),
    ("invoices", "Can I get a factura (CFDI)?",
     "Yes, we issue a CFDI 4.0 electronic invoice (factura) for every purchase, for individuals "
     "and for companies. You can request it when you place your order by ticking 'Necesito "
     "factura' at checkout, or afterwards from the invoicing page on our website. Either way we "
     "need your RFC, your name or company name exactly as it appears on your Constancia de "
     "Situación Fiscal, your fiscal postcode, your tax regime (régimen fiscal) and the CFDI use "
     "(uso de CFDI); most customers choose G03, gastos en general. Invoices must be requested "
     "within the same calendar month in which you paid, because the SAT does not allow us to "
     "invoice a sale from a previous month after it has been reported as a general public sale. "
     "Invoices are issued within 72 hours and sent by email as a PDF and an XML file from "
     "facturas@casajacaranda.example.com. If a detail on the invoice is wrong, tell us within the "
     "same month and we will cancel it and issue a new one. For orders paid at OXXO or by SPEI "
     "the invoice is issued once the payment has been confirmed. Showroom purchases can be "
     "invoiced too: keep your ticket and use the ticket number instead of the order number. We "
     "cannot change the payment method on an invoice once it has been issued."),
    ("order-changes", "Can I change or cancel my order?",
     "You can change the address, the items or cancel an order within 24 hours of placing it, "
     "as long as it is still processing. Write to hola@casajacaranda.example.com with your order "
     "number. Once an order has shipped it cannot be changed, but you can return it under our "
     "returns policy."),
    ("gift-cards", "How do gift cards work?",
     "Our digital gift cards come in 500, 1000 and 2000 MXN, arrive by email within minutes and "
     "are valid for 12 months online and at the showroom. They can be used over several orders, "
     "cannot be exchanged for cash and are non-refundable."),
    ("contact", "How can I contact you?",
     "Write to hola@casajacaranda.example.com, send a WhatsApp to +52 55 5555 0142 or call the "
     "same number Tuesday to Sunday during showroom hours. We answer emails within one business "
     "day."),
    ("order-tracking", "How do I track my order?",
     "When your order ships we email you the carrier and tracking number. You can also ask us "
     "here: give us your order number (it starts with CJ) and the email address you used to "
     "order, and we will tell you the status."),
    ("international", "Do you ship outside Mexico?",
     "At the moment we only ship within Mexico. International customers are welcome to visit "
     "the showroom or use a forwarding service with a Mexican address."),
]

ORDERS = [
    # order_id, email, postcode, placed, status, carrier, eta, items
    ("CJ10388", "ana.robles@example.com", "06700", "2026-03-02", "processing", None, "2026-04-20",
     [("TAB-M8-PAR", 1)]),
    ("CJ10391", "ana.robles@example.com", "06700", "2026-02-24", "shipped", "Estafeta", "2026-03-06",
     [("CER-TAL-DIN", 6), ("TEX-LIN-SAG", 2)]),
    ("CJ10395", "diego.fuentes@example.org", "04100", "2026-02-10", "delivered", "Casa Jacaranda van", None,
     [("SOF-SIE3-TER", 1)]),
    ("CJ10398", "sofia.lm@example.net", "06140", "2026-02-14", "delivered", None, None,
     [("CER-BAR-CUP", 2), ("LGT-VEL-IRN", 3)]),
    ("CJ10402", "r.castaneda@example.com", "44100", "2026-02-27", "shipped", "DHL", "2026-03-05",
     [("RUG-MAR-160", 1)]),
    ("CJ10405", "mvillalobos@example.net", "64000", "2026-02-20", "shipped", "Paquetexpress", "2026-03-09",
     [("STO-ALA-OAK", 1)]),
    ("CJ10407", "lucia.herrera@example.com", "03100", "2026-03-03", "processing", None, None,
     [("TEX-SAR-THR", 1), ("POT-TER-25", 2)]),
    ("CJ10410", "pablo.ibarra@example.org", "11560", "2026-02-18", "cancelled", None, None,
     [("BED-NUB-KG", 1)]),
    ("CJ10413", "carmen.soto@example.com", "72000", "2026-01-22", "returned", "FedEx", None,
     [("LGT-FAR-TBL", 1)]),
    ("CJ10416", "j.navarro@example.net", "76000", "2026-01-30", "delivered", "FedEx", None,
     [("MIR-SOL-50", 1)]),
    ("CJ10419", "valeria.quiroz@example.com", "97000", "2026-03-01", "shipped", "FedEx", "2026-03-10",
     [("CER-TAL-SET", 1)]),
    ("CJ10422", "luis.mendoza@example.net", "68000", "2026-02-28", "shipped", "Estafeta", "2026-03-07",
     [("LGT-PAP-STR", 2), ("POT-MAC-HNG", 1)]),
    ("CJ10425", "fernanda.rios@example.org", "01000", "2026-02-25", "processing", None, "2026-04-15",
     [("SOF-SIE3-SAG", 1)]),
    ("CJ10428", "andres.pacheco@example.com", "20000", "2026-01-15", "delivered", "DHL", None,
     [("CHR-ALB-OAK", 4)]),
    ("CJ10431", "gabriela.ortiz@example.net", "53100", "2026-02-21", "cancelled", None, None,
     [("RUG-ZAP-200", 1)]),
    ("CJ10434", "hector.salinas@example.org", "22000", "2026-02-26", "shipped", "Paquetexpress", "2026-03-12",
     [("TAB-M6-OAK", 1), ("CHR-ALB-OAK", 6)]),
    ("CJ10437", "isabel.cruz@example.com", "37000", "2026-02-05", "delivered", "Estafeta", None,
     [("TEX-OTO-MUL", 2)]),
    ("CJ10440", "tomas.aguilar@example.net", "14000", "2026-03-04", "processing", None, None,
     [("ARM-COY-TER", 1)]),
    ("CJ10443", "daniela.vega@example.org", "58000", "2026-01-12", "returned", None, None,
     [("CHR-BAR-75", 2)]),
    ("CJ10446", "ricardo.leon@example.com", "80000", "2026-03-02", "shipped", "DHL", "2026-03-09",
     [("LGT-LUN-50", 1)]),
    ("CJ10449", "patricia.nunez@example.net", "77500", "2026-01-20", "delivered", "Paquetexpress", None,
     [("RUG-ZAP-160", 1)]),
    ("CJ10452", "emilio.garza@example.com", "52140", "2026-03-05", "processing", None, "2026-03-18",
     [("BED-PAR-QN", 1)]),
    ("CJ10455", "renata.flores@example.org", "06700", "2026-02-12", "cancelled", None, None,
     [("MIR-ESP-FLR", 1)]),
    ("CJ10458", "oscar.medina@example.net", "54050", "2026-03-02", "shipped", "Estafeta", "2026-03-08",
     [("CER-VID-GLS", 1), ("CER-TAL-JAR", 1)]),
    ("CJ10461", "mariana.torres@example.com", "03100", "2026-02-08", "delivered", "DHL", None,
     [("TEX-LAN-THR", 1)]),
    ("CJ10464", "alejandro.ruiz@example.org", "06140", "2026-03-05", "processing", None, None,
     [("CHR-EQU-NAT", 2)]),
]


# ---------------------------------------------------------------- PNG drawing
def _chunk(kind, data):
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png_bytes(width, height, pixel):
    """pixel(x, y) -> (r, g, b); returns an 8-bit RGB PNG."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)  # filter type: none
        for x in range(width):
            raw.extend(pixel(x, y))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b""))


def draw_image(seed_text):
    """A small picture unique to seed_text: background, a shape and stripes."""
    h = hashlib.sha256(seed_text.encode("utf-8")).digest()
    bg = (h[0], h[1], h[2])
    fg = (255 - h[0], (h[1] + 128) % 256, h[3])
    accent = (h[4], h[5], 255 - h[6])
    shape = h[7] % 3
    cx, cy = 16 + h[8] % 32, 16 + h[9] % 32
    r = 8 + h[10] % 14
    stripe = 3 + h[11] % 6
    size = 48

    def pixel(x, y):
        if shape == 0:
            inside = (x - cx) ** 2 + (y - cy) ** 2 <= r * r
        elif shape == 1:
            inside = abs(x - cx) <= r and abs(y - cy) <= r
        else:
            inside = abs(x - cx) + abs(y - cy) <= r
        if inside:
            return fg
        if (x + y) // stripe % 4 == 0:
            return accent
        return bg

    return png_bytes(size, size, pixel)


# ---------------------------------------------------------------- build
def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def image_paths(sku, count):
    return ["images/%s-%d.png" % (sku.lower(), i) for i in range(1, count + 1)]


def catalog_records():
    out = []
    for sku, name, category, price, stock, attrs, desc, n_img in PRODUCTS:
        rec = {"sku": sku, "name": name, "description": desc, "category": category,
               "price": price, "currency": "MXN"}
        if stock is not None:
            rec["stock"] = stock
        rec["attributes"] = attrs
        rec["images"] = image_paths(sku, n_img)
        out.append(rec)
    return out


def faq_records():
    return [{"id": i, "question": q, "answer": a} for i, q, a in FAQ]


def order_records():
    out = []
    for oid, email, postcode, placed, status, carrier, eta, items in ORDERS:
        rec = {"order_id": oid, "email": email, "postcode": postcode, "placed": placed,
               "status": status}
        if carrier is not None:
            rec["carrier"] = carrier
        if eta is not None:
            rec["eta"] = eta
        rec["items"] = [{"sku": s, "qty": q} for s, q in items]
        out.append(rec)
    return out


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def write_jsonl(path, records):
    write_bytes(path, "".join(dumps(r) + "\n" for r in records).encode("utf-8"))


def build(out_dir):
    os.makedirs(os.path.join(out_dir, "images"), exist_ok=True)
    catalog = catalog_records()
    write_jsonl(os.path.join(out_dir, "catalog.jsonl"), catalog)
    write_jsonl(os.path.join(out_dir, "faq.jsonl"), faq_records())
    write_jsonl(os.path.join(out_dir, "orders.jsonl"), order_records())
    write_bytes(os.path.join(out_dir, "store.json"),
                (json.dumps(STORE, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    for rec in catalog:
        for rel in rec["images"]:
            write_bytes(os.path.join(out_dir, rel), draw_image(rel))


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python make_store.py OUT_DIR\n")
        return 2
    build(argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
