#!/usr/bin/env python3
"""Build the blind22 evaluation store (Store format v1) into OUT_DIR.

    python make_store.py OUT_DIR

Shop: Portage Boréal Plein Air, an invented independent outdoor, camping and
paddling shop in Saint-Roch, Québec City. Standard library only; every run
writes the same bytes.
"""
import json
import os
import struct
import sys
import zlib

STORE = {
    "name": "Portage Boréal Plein Air",
    "currency": "CAD",
    "locale": "en-CA",
    "greeting": "Bonjour! Welcome to Portage Boréal, the paddling and camping shop on rue du Portageur in Saint-Roch. Ask me about gear, your order, shipping across Canada or canoe rentals.",
}

CUR = "CAD"

# ---------------------------------------------------------------------------
# Shared long texts
# ---------------------------------------------------------------------------
LYNX_DESC = (
    "The Lynx Ridge is the tent we send most of our customers home with, and the one our own staff "
    "take on the Lacs-Perdus circuit every August. Two doors and two vestibules, so nobody climbs over "
    "anybody at 3 a.m.; a single hubbed pole set that goes up in the rain with the fly first; a bathtub "
    "floor in 68D polyester that doesn't sag when wet; and mesh high enough on the walls that the "
    "black flies stay outside while the condensation mostly does too. Clip-in gear loft, reflective "
    "guylines, colour-coded corners. Packed weight includes stakes, guylines and the stuff sack. "
    "Footprint sold separately (the 2P footprint does not fit the 3P). Seam-sealed at the factory; "
    "we recommend re-treating the fly with a silicone spray every couple of seasons."
)

NORDET_BAG_DESC = (
    "A three-season-plus down mummy for shoulder-season paddling and late-fall portages. 750-fill duck "
    "down treated to resist moisture, trapezoidal baffles, a draft collar that actually closes, and a "
    "two-way zipper with an anti-snag guard. Temperature ratings follow the usual lab method: "
    "comfort is for a standard cold sleeper, limit for a standard warm sleeper curled up. Comes with a "
    "compression sack and a breathable storage sack; please store it loose, not compressed. "
    "Regular fits sleepers up to 183 cm, Long up to 198 cm."
)

FUEL_DESC = (
    "Self-sealing threaded canister of isobutane/propane mix that fits every screw-on canister stove "
    "we sell (Flamme Mini, Flamme Mini Ti, Flamme Système). Good down to about -10 °C with the can kept "
    "warm in your jacket. DANGEROUS GOODS: canisters ship by ground only and cannot ship by air; "
    "express shipping is turned off for orders that contain fuel. We cannot ship fuel to Yukon, the "
    "Northwest Territories or Nunavut. Maximum 12 canisters per order. Recyclable once completely "
    "empty and punctured with a canister crunching tool."
)

AVERSE_DESC = (
    "Our everyday storm shell, made for paddlers who also hike: a 2.5-layer Brumeo membrane, a helmet-"
    "compatible hood with a laminated brim, pit zips long enough to matter, and a hem that stays put "
    "under a PFD. Cuffs close with a low-profile tab that doesn't catch on a paddle shaft. Relaxed fit: "
    "most customers take their usual size even with a fleece underneath. Each colour is stocked "
    "separately, so one colour being sold out says nothing about the others."
)

RAPIDE_DESC = (
    "A high-back whitewater and touring PFD, comfortable in a kayak seat and in a canoe. Eight adjustment "
    "points, side-entry with a zipper and buckle, a big front pocket with a knife tab, a rescue-whistle "
    "loop and reflective panels front and back. Approved for use in Canada by the federal marine "
    "authority. Size by chest measurement, not by your shirt size: S/M fits 81-102 cm, L/XL 107-127 cm, "
    "XXL 127-142 cm."
)

VOY_DESC = (
    "Hand-finished beavertail canoe paddle from a small workshop in the Beauce: laminated black cherry "
    "blade, ash shaft, oiled grip. Quiet in the water and forgiving for long days. To choose a length, "
    "sit on a chair, hold the paddle upside down, and the grip should come to your nose; most tandem "
    "stern paddlers want about 5 cm more than bow."
)

K2R_DESC = (
    "The K2R is a two-piece touring kayak paddle with a fibreglass shaft and reinforced nylon blades, "
    "adjustable feather from 0 to 60 degrees. Most low-angle paddlers in a 60-65 cm wide boat want "
    "220 or 230 cm; pick 240 for wide recreational kayaks."
)

SAC_DESC = (
    "Roll-top dry bag with a welded seam and a D-ring clip. Three rolls and it's watertight on a "
    "capsized canoe, but it is not made to be held under water for long. Different sizes are "
    "different colours so you can find the sleeping bag in the dark."
)

MERINO_TEE_DESC = (
    "Light 150 g/m² merino jersey tee for hot portages: doesn't stink after day three, dries fast enough, "
    "flat seams under pack straps. Each colour is its own item in our system."
)

BOREALE_DESC = (
    "Aluminium-frame snowshoes for rolling terrain and packed trails around Québec: a steel crampon, "
    "heel lift for climbs and ratchet bindings that work with mitts on. Choose by your weight with your "
    "pack on; the load rating is the maximum the deck will float in light powder."
)

ISOFUEL_ATTR = {"mélange": "isobutane/propane 80/20", "expédition": "ground only - cannot ship by air",
                "thread": "EN 417 screw-on"}

# ---------------------------------------------------------------------------
# Catalog: (sku, name, category, price, stock, attributes, description, n_images)
# stock None means the field is absent (gift cards).
# ---------------------------------------------------------------------------
P = []


def add(sku, name, cat, price, stock, attrs, desc, nimg=1):
    P.append((sku, name, cat, price, stock, attrs, desc, nimg))


# Tents ---------------------------------------------------------------------
add("LYX-2P", "Lynx Ridge Tent", "tents", 389.00, 6,
    {"places": 2, "capacity": "2P", "poids_emballé": "1.9 kg", "saison": "3-season", "portes": 2,
     "plancher_cm": "218 x 132"}, LYNX_DESC, 2)
add("LYX-3P", "Lynx Ridge Tent", "tents", 469.00, 2,
    {"places": 3, "capacity": "3P", "poids_emballé": "2.4 kg", "saison": "3-season", "portes": 2,
     "plancher_cm": "218 x 178"}, LYNX_DESC, 2)
add("LYX-FP-2P", "Lynx Ridge Footprint", "tents", 49.00, 8,
    {"fits": "Lynx Ridge Tent 2P only", "poids_emballé": "210 g"},
    "Cut-to-fit ground sheet for the 2-person Lynx Ridge. Also lets you pitch the fly and footprint alone.")
add("TR-2", "Refuge TR-2", "tents", 549.00, 0,
    {"places": 2, "poids_emballé": "1.18 kg", "trail_weight_g": 1040, "saison": "3+ season",
     "portes": 1},
    "Semi-freestanding ultralight two-person tent with one big side door. Single crossing pole, "
    "ripstop sil-nylon fly, and a floor that asks for a footprint on rocky Shield campsites. "
    "Sold out until the next production run.", 2)
add("TR-2-FP", "Refuge TR-2 Footprint", "tents", 54.99, 11,
    {"fits": "Refuge TR-2", "poids_emballé": "160 g"},
    "Footprint for the Refuge TR-2, with grommets matched to the pole tips.")
add("TNT-NRD4", "Tente Hivernale Nordet 4", "tents", 1299.00, 1,
    {"places": 4, "poids_emballé": "5.6 kg", "saison": "4-season", "poêle": "stove jack (wood stove compatible)"},
    "Four-season hot tent in cotton-poly canvas for winter camps in the backcountry: a stove jack rated "
    "for small wood stoves, snow flaps all round, two doors and a vent at each peak. Stove not included. "
    "Heavy but roomy; pulled on a sled, nobody complains.", 2)
add("TNT-PIC1", "Pic Solo Bivy", "tents", 249.00, 9,
    {"places": 1, "poids_emballé": "780 g", "saison": "3-season"},
    "One-person hooped bivy tent for solo trippers who still want to sit up to read.")
add("TNT-CHL4", "Camp Chalet 4", "tents", 429.00, 4,
    {"places": 4, "poids_emballé": "6.2 kg", "saison": "3-season", "hauteur_cm": 195},
    "Family cabin tent with near-vertical walls, a room divider and a covered porch for boots.")

# Sleeping bags -------------------------------------------------------------
add("SB-NOR7-R", "Nordet -7 Down Bag", "sleeping bags", 399.00, 5,
    {"temp_confort_C": -7, "temp_limite_C": -14, "longueur": "Regular (up to 183 cm)",
     "isolant": "750-fill duck down", "poids_g": 1150}, NORDET_BAG_DESC, 2)
add("SB-NOR7-L", "Nordet -7 Down Bag", "sleeping bags", 429.00, 0,
    {"temp_confort_C": -7, "temp_limite_C": -14, "longueur": "Long (up to 198 cm)",
     "isolant": "750-fill duck down", "poids_g": 1240}, NORDET_BAG_DESC, 2)
add("SB-AUR0-R", "Aurore 0 Synthetic Bag", "sleeping bags", 179.00, 12,
    {"temp_confort_C": 0, "temp_limite_C": -6, "longueur": "Regular (up to 183 cm)",
     "isolant": "ThermaLoft synthetic", "poids_g": 1580},
    "Synthetic mummy bag that keeps some warmth when it gets damp, which in a canoe it will.")
add("SB-AUR0-L", "Aurore 0 Synthetic Bag", "sleeping bags", 194.00, 3,
    {"temp_confort_C": 0, "temp_limite_C": -6, "longueur": "Long (up to 198 cm)",
     "isolant": "ThermaLoft synthetic", "poids_g": 1690},
    "Synthetic mummy bag that keeps some warmth when it gets damp, which in a canoe it will.")
add("SB-BOR18-R", "Boréal -18 Expedition Bag", "sleeping bags", 689.00, 2,
    {"temp_confort_C": -18, "temp_limite_C": -27, "longueur": "Regular (up to 183 cm)",
     "isolant": "850-fill goose down", "poids_g": 1690},
    "Winter expedition bag with a draft tube on both zippers and a hood you can cinch down to a "
    "breathing hole. For winter camping in a cold tent; overkill in a hot tent.")
add("SB-BOR18-L", "Boréal -18 Expedition Bag", "sleeping bags", 719.00, 1,
    {"temp_confort_C": -18, "temp_limite_C": -27, "longueur": "Long (up to 198 cm)",
     "isolant": "850-fill goose down", "poids_g": 1810},
    "Winter expedition bag with a draft tube on both zippers and a hood you can cinch down to a "
    "breathing hole. For winter camping in a cold tent; overkill in a hot tent.")
add("SB-ETE7", "Été +7 Quilt", "sleeping bags", 159.00, 8,
    {"temp_confort_C": 7, "temp_limite_C": 2, "lengths": ["Regular", "Long"],
     "isolant": "HydroDuvet 650 (water-resistant down)"},
    "Open-back summer quilt with pad straps. One product, choose the length at checkout.")
add("SB-LINER", "Doublure de sac en soie", "sleeping bags", 64.99, 20,
    {"matière": "100% silk", "gain_C": "+2 to +3"},
    "Silk sleeping bag liner: keeps the bag clean and adds a couple of degrees.")

# Sleeping pads -------------------------------------------------------------
add("PAD-AIRL", "Coussin Air Lite", "sleeping pads", 139.00, 7,
    {"cote_R": 3.1, "épaisseur_cm": 7.5, "format": "183 x 51 cm", "poids_g": 430},
    "Insulated air pad for three seasons. Pump sack included.")
add("PAD-AIRL-W", "Coussin Air Lite Wide", "sleeping pads", 159.00, 3,
    {"cote_R": 3.4, "épaisseur_cm": 7.5, "format": "183 x 64 cm", "poids_g": 540},
    "The wide version of the Coussin Air Lite, for side sleepers and elbows.")
add("PAD-GLC56", "Glacier Mat 5.6", "sleeping pads", 219.00, 4,
    {"cote_R": 5.6, "épaisseur_cm": 8, "format": "183 x 51 cm"},
    "Four-season air pad. The 5.6 in the name is the R-value.")
add("PAD-FOAM", "Foam Pad Classic", "sleeping pads", 44.99, 25,
    {"cote_R": 2.0, "format": "183 x 51 cm"},
    "Closed-cell foam, folds accordion-style. Can't puncture; doubles as a seat and a splint.")
add("PAD-HVXP", "Coussin Hiver Xpd", "sleeping pads", 259.00, 0,
    {"cote_R": 7.2, "épaisseur_cm": 10, "format": "193 x 64 cm"},
    "Our warmest pad, for sleeping on snow. Synthetic fill inside an air chamber.")

# Backpacks -----------------------------------------------------------------
add("BP-PTG65", "Portageur 65", "backpacks", 329.00, 6,
    {"volume_L": 65, "torse": ["S (38-43 cm)", "M (43-48 cm)", "L (48-53 cm)"], "poids": "2.1 kg"},
    "Big trekking pack for long trips and portages where the canoe pack won't do. Adjustable harness "
    "in three torso sizes (pick at checkout), floating lid, hipbelt pockets that fit a phone and a "
    "bar, a sleeping-bag compartment and a bear-can-wide main body. Rain cover sold separately. "
    "Measure your torso from the bony bump at the base of your neck to the top of your hip bones; "
    "between two sizes, take the bigger one.", 2)
add("BP-PTG50", "Portageur 50", "backpacks", 279.00, 3,
    {"volume_L": 50, "torse": ["S (38-43 cm)", "M (43-48 cm)", "L (48-53 cm)"], "poids": "1.8 kg"},
    "Smaller Portageur for weekends and light packers. Same harness as the 65.")
add("BP-SNT28", "Sentier 28 Daypack", "backpacks", 129.00, 14,
    {"volume_L": 28, "torse": ["S/M", "M/L"]},
    "Ventilated day pack with a hydration sleeve.")
add("BP-SNT22", "Sentier 22 Daypack", "backpacks", 109.00, 0,
    {"volume_L": 22, "torse": ["one size"]},
    "The smaller Sentier day pack.")
add("BX-40", "BX-40 Barrel Harness", "backpacks", 189.00, 2,
    {"contenance_L": 60, "fits": "60 L screw-top barrel (barrel included)", "torse": ["one size, adjustable"]},
    "Harness and 60 L food barrel for canoe trips. The model number is the harness generation, not the volume.")
add("BP-GP115", "Grand Portage Canoe Pack 115 L", "backpacks", 249.00, 5,
    {"volume_L": 115, "matière": "vinyl-coated polyester", "tumpline": "yes"},
    "Classic square canoe pack with a tumpline and a waterproof liner. Sits flat in the bottom of a boat.")
add("BP-OURS18", "Ourson 18 Kids Pack", "backpacks", 69.99, 8,
    {"volume_L": 18, "âge": "6-11 ans"},
    "Kids' day pack with a chest strap, a whistle and a bear on the pocket.")

# Stoves and fuel -----------------------------------------------------------
add("STV-FLM", "Flamme Mini Stove", "stoves", 59.99, 18,
    {"puissance": "2.6 kW", "poids_g": 83, "allumage": "manual"},
    "Tiny folding canister stove. Boils a litre in about four minutes when there's no wind.")
add("STV-FLMTI", "Flamme Mini Ti Stove", "stoves", 89.99, 4,
    {"puissance": "2.4 kW", "poids_g": 56, "allumage": "manual"},
    "Titanium version of the Flamme Mini: lighter, slightly slower.")
add("STV-FSYS1", "Flamme Système 1 L", "stoves", 169.00, 6,
    {"puissance": "1.8 kW", "contenance": "1 L pot with heat exchanger", "allumage": "piezo"},
    "Integrated cook system: burner, 1 L insulated pot with a heat exchanger, lid and bowl. "
    "Canister not included.")
add("STV-MULTI", "Réchaud Liquide Multi", "stoves", 219.00, 1,
    {"fuels": ["white gas", "kerosene"], "poids_g": 380},
    "Liquid-fuel stove for winter and long trips. Fuel bottle sold separately; bottle ships empty.")
add("FUEL-100", "Isofuel Canister", "fuel", 6.50, 60, dict(ISOFUEL_ATTR, net_wt="100 g"), FUEL_DESC)
add("FUEL-230", "Isofuel Canister", "fuel", 9.25, 0, dict(ISOFUEL_ATTR, net_wt="230 g"), FUEL_DESC)
add("FUEL-450", "Isofuel Canister", "fuel", 14.50, 22, dict(ISOFUEL_ATTR, net_wt="450 g"), FUEL_DESC)
add("COOK-TI750", "Titanium Pot 750", "cookware", 64.00, 9,
    {"contenance": "750 ml", "poids_g": 103},
    "Titanium mug-pot with a lid; a 230 g canister and a Flamme Mini nest inside.")

# Water treatment -----------------------------------------------------------
add("H2O-SQZ", "Clairo Squeeze Filter", "water", 49.95, 15,
    {"pores": "0.1 micron hollow fibre", "rated_L": 450},
    "Squeeze filter with a soft pouch. Don't let it freeze once wet.")
add("H2O-GRV4", "Clairo Gravity 4 L", "water", 139.95, 3,
    {"pores": "0.1 micron hollow fibre", "contenance": "4 L dirty bag", "rated_L": 450},
    "Gravity filter for groups: hang the dirty bag from a branch, walk away, come back to clean water. "
    "Flow drops as the filter clogs; backflush with the included syringe. Four litres filter in "
    "about three minutes when it's new. Same cartridge as the Clairo Squeeze.", 2)
add("H2O-PMP", "Pompe Filtrante Rivière", "water", 119.00, 0,
    {"pores": "0.2 micron ceramic", "débit": "1 L/min"},
    "Pump filter with a ceramic element you can scrub in the field.")
add("H2O-TABS", "PurA Tabs (30)", "water", 16.99, 40,
    {"count": 30, "traitement": "chlorine dioxide"},
    "Water purification tablets, 30 per pack; 4 hours for full treatment.")

# Headlamps -----------------------------------------------------------------
add("HL-L350", "Lueur 350", "headlamps", 39.99, 21,
    {"lumens": 350, "pile": "3 x AAA", "étanchéité": "IPX4"},
    "Everyday headlamp with a red mode for not blinding your tent mates.")
add("HL-L350R", "Lueur 350 R", "headlamps", 54.99, 2,
    {"lumens": 350, "pile": "USB-C rechargeable 1200 mAh", "étanchéité": "IPX4"},
    "Rechargeable Lueur. Same light as the Lueur 350, charges by USB-C.")
add("HL-L600R", "Lueur 600 R", "headlamps", 79.99, 7,
    {"lumens": 600, "pile": "USB-C rechargeable 2000 mAh", "étanchéité": "IPX7"},
    "Brighter and waterproof rechargeable headlamp with a lock-out mode.")
add("HL-LUC", "Luciole Kids Headlamp", "headlamps", 24.99, 10,
    {"lumens": 80, "pile": "2 x AAA", "âge": "3+"},
    "Kids' headlamp with a soft strap and a fox face.")
add("HL-PH1200", "Phare 1200 Trail", "headlamps", 129.00, 1,
    {"lumens": 1200, "pile": "rechargeable 3500 mAh, rear battery pack"},
    "Very bright headlamp for night running and search-the-shore moments.")

# Canoe paddles -------------------------------------------------------------
add("PDL-VOY-137", "Voyageur Canoe Paddle", "paddles", 119.00, 4,
    {"longueur_cm": 137, "bois": "black cherry blade, ash shaft", "pale": "beavertail"}, VOY_DESC, 2)
add("PDL-VOY-147", "Voyageur Canoe Paddle", "paddles", 119.00, 0,
    {"longueur_cm": 147, "bois": "black cherry blade, ash shaft", "pale": "beavertail"}, VOY_DESC, 2)
add("PDL-VOY-157", "Voyageur Canoe Paddle", "paddles", 124.00, 3,
    {"longueur_cm": 157, "bois": "black cherry blade, ash shaft", "pale": "beavertail"}, VOY_DESC, 2)
add("PDL-OTT", "Pagaie Ottertail Épinette", "paddles", 149.00, 6,
    {"longueurs_cm": [142, 152, 162], "bois": "spruce, one piece", "pale": "ottertail"},
    "Long narrow ottertail blade for deep-water solo paddling. All three lengths under one item; choose at checkout.")

# Kayak paddles -------------------------------------------------------------
add("K2R-220", "K2R Touring Paddle", "paddles", 189.00, 5, {"longueur_cm": 220, "pièces": 2}, K2R_DESC)
add("K2R-230", "K2R Touring Paddle", "paddles", 189.00, 2, {"longueur_cm": 230, "pièces": 2}, K2R_DESC)
add("K2R-240", "K2R Touring Paddle", "paddles", 199.00, 0, {"longueur_cm": 240, "pièces": 2}, K2R_DESC)
add("KP-AIL230", "Aileron Carbon Kayak Paddle", "paddles", 449.00, 1,
    {"longueur_cm": 230, "pièces": 2, "poids_g": 690},
    "Full carbon touring paddle with a small dihedral blade. Light enough to notice at the end of the day.")

# PFDs ----------------------------------------------------------------------
add("PFD-TOUR", "Flotteur Tour PFD", "PFDs", 139.00, 9,
    {"tour_de_poitrine": ["S/M: 76-102 cm", "L/XL: 107-127 cm"], "flottabilité_N": 70},
    "Touring life jacket with a mesh back for high-back kayak seats. Two chest sizes under one item.")
add("PFD-TOUR-W", "Flotteur Tour PFD Women's", "PFDs", 149.00, 3,
    {"tour_de_poitrine": ["XS/S: 71-91 cm", "M/L: 91-112 cm"], "flottabilité_N": 70},
    "Women's cut of the Flotteur Tour with a shorter torso and shaped foam.")
add("PFD-RAP-SM", "Rapide Pro PFD", "PFDs", 219.00, 2,
    {"taille": "S/M", "tour_de_poitrine": "81-102 cm", "flottabilité_N": 75}, RAPIDE_DESC, 2)
add("PFD-RAP-LXL", "Rapide Pro PFD", "PFDs", 219.00, 5,
    {"taille": "L/XL", "tour_de_poitrine": "107-127 cm", "flottabilité_N": 75}, RAPIDE_DESC, 2)
add("PFD-RAP-XXL", "Rapide Pro PFD", "PFDs", 229.00, 0,
    {"taille": "XXL", "tour_de_poitrine": "127-142 cm", "flottabilité_N": 80}, RAPIDE_DESC, 2)
add("PFD-LOUP", "Petit Loup Youth PFD", "PFDs", 64.99, 7,
    {"poids_enfant": "30-60 lb (14-27 kg)", "flottabilité_N": 50},
    "Youth PFD with a head pillow and a grab handle. Fit by weight.")

# Dry bags ------------------------------------------------------------------
add("DRY-05", "Sac étanche 5 L", "dry bags", 19.99, 30,
    {"contenance_L": 5, "matière": "TPU-coated 210D nylon", "couleur": "yellow"}, SAC_DESC)
add("DRY-10", "Sac étanche 10 L", "dry bags", 24.99, 12,
    {"contenance_L": 10, "matière": "TPU-coated 420D nylon", "couleur": "red"}, SAC_DESC)
add("DRY-20", "Sac étanche 20 L", "dry bags", 32.99, 1,
    {"contenance_L": 20, "matière": "TPU-coated 420D nylon", "couleur": "blue"}, SAC_DESC)
add("DRY-35", "Sac étanche 35 L", "dry bags", 42.99, 0,
    {"contenance_L": 35, "matière": "TPU-coated 420D nylon", "couleur": "black"}, SAC_DESC)
add("DRY-CAS40", "Cascade Dry Pack 40 L", "dry bags", 114.00, 4,
    {"contenance_L": 40, "harnais": "padded shoulder straps"},
    "Backpack-style dry bag for portages.")
add("DRY-CAS40P", "Cascade Dry Pack 40 L Pro", "dry bags", 159.00, 2,
    {"contenance_L": 40, "harnais": "padded straps, hipbelt and back panel"},
    "The Pro has a real harness and a hipbelt; same 40 L dry bag inside.")

# Merino base layers --------------------------------------------------------
add("MER-200C-M", "Laine Merino 200 Crew", "base layers", 109.00, 17,
    {"coupe": "men's", "tailles": ["XS", "S", "M", "L", "XL", "XXL"],
     "couleurs": ["charcoal", "spruce green", "oxblood"], "grammage": "200 g/m²"},
    "Midweight merino crew for cold mornings on the water and winter layering. 100% merino, made in "
    "Canada. Sizes and colours are chosen at checkout; stock shown is for all of them together.", 2)
add("MER-200C-W", "Laine Merino 200 Crew - Women's", "base layers", 109.00, 6,
    {"coupe": "women's", "tailles": ["XS", "S", "M", "L", "XL"],
     "couleurs": ["charcoal", "lilac"], "grammage": "200 g/m²"},
    "Women's fit of the midweight merino crew.")
add("MER-250B", "Laine Merino 250 Bottoms", "base layers", 99.00, 11,
    {"tailles": ["XS", "S", "M", "L", "XL", "XXL"], "couleurs": ["black"], "grammage": "250 g/m²"},
    "Heavier merino long johns with a fly.")
add("MER-150T-RST", "Merino 150 Tee", "base layers", 69.00, 8,
    {"colour": "rust", "sizes": ["XS", "S", "M", "L", "XL", "XXL"]}, MERINO_TEE_DESC)
add("MER-150T-NVY", "Merino 150 Tee", "base layers", 69.00, 0,
    {"colour": "navy", "sizes": ["XS", "S", "M", "L", "XL", "XXL"]}, MERINO_TEE_DESC)
add("MER-150T-GRY", "Merino 150 Tee", "base layers", 69.00, 2,
    {"colour": "heather grey", "sizes": ["S", "M", "L"]}, MERINO_TEE_DESC)
add("MER-GAIT", "Merino Neck Gaiter", "base layers", 32.00, 25,
    {"couleurs": ["charcoal", "rust"]}, "Merino tube for neck, face or head.")
add("MER-SOCK", "Merino Hiking Socks (2-pack)", "base layers", 38.00, 40,
    {"tailles": ["S", "M", "L"], "laine": "68% merino"}, "Cushioned hiking socks, two pairs.")

# Rain gear -----------------------------------------------------------------
add("RJ-AVR-RED", "Averse Shell Jacket", "rain jackets", 279.00, 3,
    {"colour": "red", "sizes": ["S", "M", "L", "XL"], "membrane": "Brumeo 2.5L"}, AVERSE_DESC, 2)
add("RJ-AVR-BLU", "Averse Shell Jacket", "rain jackets", 279.00, 0,
    {"colour": "blue", "sizes": ["S", "M", "L", "XL"], "membrane": "Brumeo 2.5L"}, AVERSE_DESC, 2)
add("RJ-AVR-BLK", "Averse Shell Jacket", "rain jackets", 279.00, 9,
    {"colour": "black", "sizes": ["S", "M", "L", "XL", "XXL"], "membrane": "Brumeo 2.5L"}, AVERSE_DESC, 2)
add("RJ-AVR-W-TEAL", "Averse Shell Jacket - Women's", "rain jackets", 279.00, 5,
    {"colour": "teal", "sizes": ["XS", "S", "M", "L", "XL"], "membrane": "Brumeo 2.5L"}, AVERSE_DESC)
add("RJ-BRU", "Bruine Packable Jacket", "rain jackets", 149.00, 6,
    {"colours": ["ochre", "slate"], "sizes": ["XS", "S", "M", "L", "XL", "XXL"], "poids_g": 240},
    "Packs into its own pocket; for the just-in-case jacket at the bottom of the day pack.")
add("RP-AVR", "Averse Rain Pants", "rain jackets", 159.00, 4,
    {"sizes": ["S", "M", "L", "XL"], "membrane": "Brumeo 2.5L", "zips": "3/4 side zips"},
    "Matching rain pants, side zips to get them on over boots.")

# Snowshoes -----------------------------------------------------------------
add("SNW-BOR25", "Raquettes Boréale 25", "snowshoes", 249.00, 4,
    {"charge_max_lb": 200, "format_po": "8 x 25"}, BOREALE_DESC, 2)
add("SNW-BOR30", "Raquettes Boréale 30", "snowshoes", 269.00, 1,
    {"charge_max_lb": 275, "format_po": "9 x 30"}, BOREALE_DESC, 2)
add("SNW-BOR22J", "Raquettes Boréale 22 Junior", "snowshoes", 129.00, 6,
    {"charge_max_lb": 120, "format_po": "7 x 22"}, "Junior snowshoes for kids up to about 120 lb.")
add("SNW-BAB", "Raquettes Babiche Tradition", "snowshoes", 389.00, 0,
    {"charge_max_lb": 250, "cadre": "white ash, rawhide lacing", "format_po": "12 x 42"},
    "Traditional bent-wood snowshoes laced by hand. Wonderful in deep powder in the woods; "
    "terrible on ice. Each pair takes weeks to make; ask us about the next batch.", 2)
add("SNW-POLE", "Boréale Snowshoe Poles", "snowshoes", 79.00, 8,
    {"longueur_cm": "105-135", "paniers": "large snow baskets"},
    "Adjustable aluminium poles with big baskets.")

# Maps and books ------------------------------------------------------------
add("MAP-LPERDUS", "Carte Réseau des Lacs-Perdus", "maps and books", 16.95, 22,
    {"échelle": "1:50 000", "édition": 2025, "imperméable": "yes"},
    "Waterproof canoe-route map of the Lacs-Perdus network with portages in metres and campsites.")
add("MAP-SAUV", "Carte Rivière Sauvagine", "maps and books", 14.95, 0,
    {"échelle": "1:75 000", "édition": 2021, "imperméable": "yes"},
    "River map with rapids classes. Out of print; a new edition is being prepared.")
add("BK-QUIET", "Paddling the Quiet North", "maps and books", 34.95, 5,
    {"auteur": "Hélène Ouimet-Tardif", "pages": 312, "langue": "English"},
    "Essays and route notes from thirty summers of canoe tripping north of the St. Lawrence.")
add("BK-MBLEU", "Guide des sentiers du Massif Bleu", "maps and books", 29.95, 2,
    {"auteur": "Collectif Sentiers Bleus", "langue": "français", "pages": 188},
    "Trail guide in French, with elevation profiles.")
add("BK-WCFN", "Winter Camping Field Notes", "maps and books", 27.50, 7,
    {"auteur": "Dale Marchetti", "pages": 204, "langue": "English"},
    "Hot tents, cold tents, sleds and how not to freeze your boots.")
add("CARD-KNOTS", "Knots for Paddlers", "maps and books", 9.95, 35,
    {"format": "waterproof fold-out card", "knots": 12},
    "Twelve knots for tying down canoes and rigging tarps, on a waterproof card.")

# Gift cards (no stock field) -----------------------------------------------
for amt in (25, 50, 100, 250):
    add("GC-%03d" % amt, "Carte-cadeau Portage Boréal", "gift cards", float(amt), None,
        {"montant": "%d $" % amt, "validité": "no expiry"},
        "Gift card for the shop and the website. Physical card mailed free, or e-gift card.")

# Canoe ---------------------------------------------------------------------
add("CAN-MAN14", "Canot Solo Manitou 14", "canoes", 1999.00, 1,
    {"longueur": "14 ft (427 cm)", "poids_kg": 19.5, "matière": "aramid-fibre composite",
     "expédition": "pickup or freight only"},
    "Solo tripping canoe, fast and dry in waves, with a sliding seat and a portage yoke. "
    "Canoes do not ship by parcel: pick it up at the shop or ask us for a freight quote.", 2)

# Accessories ---------------------------------------------------------------
add("ACC-YOKE", "Canoe Yoke Pads", "accessories", 39.00, 12,
    {"fixation": "clamp-on"}, "Foam yoke pads that clamp on any standard yoke.")
add("ACC-BAIL", "Bailer & Sponge Kit", "accessories", 12.50, 18,
    {"contenu": "bailer, sponge, 10 m floating line"}, "Required safety kit for canoes.")
add("ACC-THROW", "Throw Bag 21 m", "accessories", 49.00, 6,
    {"corde": "21 m floating polypropylene, 9.5 mm"}, "Rescue throw bag.")
add("ACC-FAK", "Trousse premiers soins Portage", "accessories", 44.00, 10,
    {"personnes": "1-4", "jours": "up to 7"}, "Waterproof first-aid kit put together by our staff.")
add("ACC-NET", "Insect Head Net", "accessories", 8.99, 50,
    {"maille": "no-see-um fine mesh"}, "For the black-fly season.")

# ---------------------------------------------------------------------------
# FAQ
# ---------------------------------------------------------------------------
FAQ = [
    ("about", "Who are you?",
     "Portage Boréal Plein Air is an independent outdoor, camping and paddling shop at 418, rue du Portageur "
     "in Saint-Roch, Québec City, run by paddlers since 2009. We sell online in English and in French to all "
     "of Canada, and the people who answer your questions have actually portaged the stuff they sell."),
    ("shipping-canada", "How much is shipping and how long does it take?",
     "We ship from our stockroom behind the shop every business day; orders placed before 13 h leave the same "
     "day. Standard shipping by region: Québec and Ontario, $12, 2 to 4 business days. New Brunswick, Nova "
     "Scotia, Prince Edward Island, Newfoundland and Labrador and Manitoba, $16, 3 to 6 business days. "
     "Saskatchewan, Alberta and British Columbia, $19, 4 to 8 business days. Yukon, the Northwest Territories, "
     "Nunavut and other remote or northern communities: see our answer on remote and northern communities. "
     "Canoes and anything longer than 2.5 m don't go by parcel (see canoes and oversize items)."),
    ("shipping-remote", "Do you ship to remote and northern communities?",
     "Yes, we ship to remote and northern communities, including fly-in communities, Nunavik, the Lower North "
     "Shore and the three territories. These parcels go with Canada Post only, as it is the one service that "
     "reaches every postcode. Add 7 to 15 business days to the usual transit time, and more at freeze-up and "
     "break-up. A $29 remote-delivery surcharge applies per order on top of regular shipping, and free "
     "shipping does not apply. Fuel canisters and other dangerous goods cannot be sent to the territories at "
     "all (see dangerous goods)."),
    ("free-shipping", "Is there free shipping?",
     "Standard shipping is free on orders of $149 or more before taxes to addresses in the ten provinces. "
     "Remote-delivery surcharges, canoe freight and rentals don't count toward it and are never free."),
    ("dangerous-goods", "Can you ship fuel canisters?",
     "Fuel canisters (Isofuel 100 g, 230 g and 450 g) are classed as dangerous goods. They travel by ground "
     "only and cannot ship by air, so express shipping is switched off for any order that contains fuel. We "
     "cannot ship fuel to Yukon, the Northwest Territories or Nunavut, nor to most fly-in communities; buy it "
     "locally or pick it up at the shop. Maximum of 12 canisters per order, and a $6 ground-handling fee is "
     "added at checkout."),
    ("returns", "How do I return an item?",
     "You have 30 days from delivery (or from pickup at the shop) to return new, unused items with their tags "
     "and packaging for a full refund to the original payment method. Write to us with your order number and "
     "we send a prepaid return label within Canada; if your order shipped free, the $12 label cost comes off "
     "the refund. Fuel, opened water treatment tablets, maps that have been cut or written on, and gift cards "
     "are final sale."),
    ("returns-used", "Can I return gear I've already used?",
     "We get it: sometimes you only find out on the second night that a pad is too narrow. Gear used outdoors "
     "can come back within 30 days if it is clean and dry (tents especially, please!). We inspect it and give "
     "store credit minus a 20% restocking fee instead of a refund. Gear damaged by use isn't returnable, but "
     "have a look at warranty and repairs."),
    ("warranty-repairs", "Do you do warranty claims and repairs?",
     "Our repair bench is in the basement of the shop. Bring or ship the item with proof of purchase; we "
     "assess it within 15 business days and tell you whether it's a warranty case (free: failed seams, zippers "
     "that give out under normal use, delamination) or a paid repair, which we quote before touching anything "
     "(zipper sliders from $18, tent pole sections from $22). We also repair gear bought elsewhere, as paid "
     "repairs."),
    ("rentals", "Do you rent canoes and tents?",
     "We rent 16-foot tandem canoes (with two paddles, two PFDs and a bailer kit) at $59 a day or $279 a week, "
     "and 2- and 4-person tents at $25 a day. A deposit is held on a credit card at pickup: $200 for a canoe, "
     "$100 for a tent, released when the gear comes back clean and undamaged. Please book at least 48 hours "
     "ahead, more in July. Rentals are picked up and returned at the shop; we do not deliver boats. Foam "
     "blocks and straps for your roof are lent free."),
    ("pickup", "Can I pick up my order at the shop?",
     "Yes, in-store pickup is free: choose it at checkout. We let you know when the order is ready, usually "
     "within 3 business hours during opening hours. We hold orders for 10 days, after which they are "
     "cancelled and refunded. Bring your order number and photo ID; someone else can pick up for you if you "
     "tell us their name."),
    ("price-match", "Do you match prices?",
     "We match the advertised price of a Canadian retailer with a physical shop on the identical item (same "
     "model, size and colour) in stock, shipping included. It also works after you buy: up to 14 days after "
     "your purchase, send us the link and your order number and we refund the difference. No price matching "
     "on marketplaces, auction sites, clearance or prices from outside Canada."),
    ("tax", "Are taxes included?",
     "Our prices are shown before taxes. Taxes are calculated at checkout from the shipping address (Québec "
     "rates for pickup): in Québec, GST 5% and QST 9.975%; HST in Ontario, New Brunswick, Nova Scotia, Prince "
     "Edward Island and Newfoundland and Labrador; GST only in Alberta and the territories; GST plus PST in "
     "British Columbia, Saskatchewan and Manitoba. Gift cards are not taxed when sold; tax applies to what you "
     "buy with them."),
    ("hours", "What are your opening hours?",
     "Summer hours (from the Saint-Jean weekend to Thanksgiving): Monday to Wednesday 9 h to 18 h, Thursday "
     "and Friday 9 h to 21 h, Saturday 9 h to 17 h, Sunday 10 h to 17 h. Winter hours (Thanksgiving to the "
     "Saint-Jean): closed Monday; Tuesday and Wednesday 10 h to 18 h, Thursday and Friday 10 h to 20 h, "
     "Saturday 9 h to 17 h, Sunday 11 h to 16 h. Closed December 25 and 26 and January 1 and 2."),
    ("workshops", "Do you run trip-planning workshops?",
     "Every second Tuesday from October to May we hold a trip-planning workshop in the back room, 19 h to "
     "21 h: canoe routes and portages in the fall, winter camping and snowshoe trips from January. $25 per "
     "person, credited on any purchase of $50 or more that night. 14 places; sign up at the cash or by phone."),
    ("gift-cards", "Do you sell gift cards?",
     "Gift cards come in $25, $50, $100 and $250 online and at the shop, or any amount from $10 to $500 at "
     "the cash. They never expire, work online and in the shop, and can't be exchanged for cash. E-gift cards "
     "are sent to the recipient's inbox on the date you choose."),
    ("contact", "How can I reach you?",
     "Phone: 418-555-0164 during opening hours. Email: bonjour@example.com, answered within one business day. "
     "Shop: 418, rue du Portageur, Québec (Québec) G1K 0B7. On peut aussi vous répondre en français."),
    ("order-changes", "Can I change or cancel my order?",
     "We can change or cancel an order as long as it hasn't been packed, which usually happens within 90 "
     "minutes of ordering during business hours. Write to us right away with the order number. Once it's "
     "packed we can't change it any more; you can refuse the parcel or send it back under our returns policy."),
    ("canoes-oversize", "How do you ship canoes and oversize items?",
     "Canoes, and paddles or poles longer than 2.5 m, are not sent by parcel. Pick them up at the shop, or "
     "we arrange freight to a depot near you (quote on request, usually $180 to $450 in Eastern Canada). Free "
     "shipping never applies to canoes."),
]

# ---------------------------------------------------------------------------
# Orders
# ---------------------------------------------------------------------------
ORDERS = [
    ("PB-30981", "nadia.bergeron@example.com", "G1K 3T7", "2026-04-02", "delivered", "Intelcom", "2026-04-06",
     [("LYX-2P", 1), ("DRY-10", 1)]),
    ("PB-31007", "theo.marchand@example.net", "H2T 1S6", "2026-04-11", "shipped", "Purolator", "2026-04-16",
     [("SB-NOR7-L", 1)]),
    ("PB-31022", "j.gagnon@example.org", "G6V 4Z2", "2026-04-15", "delivered", "Intelcom", "2026-04-17",
     [("MER-200C-M", 2), ("MER-SOCK", 1)]),
    ("PB-31058", "j.gagnon@example.org", "G6V 4Z2", "2026-05-03", "processing", None, None,
     [("PDL-VOY-147", 2)]),
    ("PB-31063", "priya.singh@example.com", "M4C 2K9", "2026-04-20", "cancelled", None, None,
     [("TR-2", 1)]),
    ("PB-31071", "lucas.fortin@example.net", "G1R 2L5", "2026-04-22", "delivered", "In-store pickup", "2026-04-23",
     [("FUEL-230", 4), ("STV-FLM", 1)]),
    ("PB-31089", "amelie.cote@example.com", "V5N 3B1", "2026-04-24", "shipped", "UPS", "2026-05-01",
     [("BP-PTG65", 1)]),
    ("PB-31094", "sam.okafor@example.org", "X0A 1H0", "2026-04-25", "shipped", "Canada Post", "2026-05-19",
     [("SNW-BOR25", 1), ("MER-GAIT", 1)]),
    ("PB-31110", "marc.tremblay@example.net", "G1S 2B4", "2026-04-28", "returned", "Canada Post", "2026-05-01",
     [("RJ-AVR-BLU", 1)]),
    ("PB-31123", "olivia.chen@example.com", "T2N 1N4", "2026-04-30", "shipped", "Purolator", None,
     [("H2O-SQZ", 1), ("H2O-TABS", 2)]),
    ("PB-31136", "raphael.boucher@example.org", "G1L 1A1", "2026-05-01", "processing", "In-store pickup", "2026-05-06",
     [("CAN-MAN14", 1)]),
    ("PB-31140", "emma.wilson@example.net", "B3H 2Y9", "2026-05-02", "cancelled", None, None,
     [("PFD-RAP-XXL", 1)]),
    ("PB-31152", "felix.roy@example.com", "G0A 2R0", "2026-05-04", "shipped", "Intelcom", "2026-05-07",
     [("HL-L600R", 1)]),
    ("PB-31167", "sophie.lemieux@example.org", "K1S 3W7", "2026-05-05", "delivered", "UPS", "2026-05-09",
     [("PAD-AIRL", 1), ("SB-AUR0-R", 1)]),
    ("PB-31171", "noah.girard@example.com", "E1C 4M3", "2026-05-06", "returned", "Purolator", "2026-05-11",
     [("K2R-230", 1)]),
    ("PB-31185", "ines.morin@example.net", "H3Z 2Y7", "2026-05-07", "processing", None, None,
     [("GC-100", 1)]),
    ("PB-31194", "william.paquette@example.com", "R3T 5V4", "2026-05-08", "shipped", "Purolator", "2026-05-14",
     [("BK-QUIET", 1), ("MAP-LPERDUS", 1)]),
    ("PB-31203", "chloe.belanger@example.org", "G1K 8R2", "2026-05-09", "cancelled", None, None,
     [("RJ-BRU", 1)]),
    ("PB-31218", "ethan.caron@example.net", "H1Y 2C4", "2026-05-10", "delivered", "Intelcom", "2026-05-15",
     [("PFD-TOUR", 2), ("ACC-BAIL", 1)]),
    ("PB-31226", "lea.pelletier@example.com", "G1N 2E6", "2026-05-11", "shipped", "Purolator", "2026-05-13",
     [("SB-ETE7", 1)]),
    ("PB-31231", "mathis.gauthier@example.net", "H4A 1T2", "2026-05-11", "shipped", "Canada Post", "2026-05-15",
     [("BP-SNT28", 1), ("HL-L350", 1)]),
]

# ---------------------------------------------------------------------------
# PNG writer (deterministic)
# ---------------------------------------------------------------------------
SIZE = 48


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_bytes(index, variant):
    """A distinct 48x48 RGB image: category-ish colour field, stripes, and an
    index code in the top rows so no two images are the same."""
    seed = (index * 2654435761 + variant * 40503) & 0xFFFFFFFF
    r0, g0, b0 = (seed >> 16) & 0xFF, (seed >> 8) & 0xFF, seed & 0xFF
    code = index * 4 + variant
    rows = []
    for y in range(SIZE):
        row = bytearray([0])  # filter type 0
        for x in range(SIZE):
            if y < 4:
                bit = (code >> (x // 4)) & 1
                px = (255, 255, 255) if bit else (0, 0, 0)
            elif ((x + y * (variant + 1)) // (3 + index % 5)) % 2 == 0:
                px = (r0, g0, b0)
            else:
                px = ((r0 + 90) & 0xFF, (g0 + 40 * (variant + 1)) & 0xFF, (b0 + 150) & 0xFF)
            row.extend(px)
        rows.append(bytes(row))
    raw = b"".join(rows)
    ihdr = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) +
            _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
def build(out):
    os.makedirs(os.path.join(out, "images"), exist_ok=True)

    def write(name, text):
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    write("store.json", json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")

    lines = []
    for i, (sku, name, cat, price, stock, attrs, desc, nimg) in enumerate(P):
        images = []
        for v in range(nimg):
            rel = "images/%s-%d.png" % (sku.lower(), v + 1)
            with open(os.path.join(out, rel), "wb") as f:
                f.write(png_bytes(i, v))
            images.append(rel)
        rec = {"sku": sku, "name": name, "description": desc, "category": cat,
               "price": price, "currency": CUR}
        if stock is not None:
            rec["stock"] = stock
        rec["attributes"] = attrs
        rec["images"] = images
        lines.append(json.dumps(rec, ensure_ascii=False))
    write("catalog.jsonl", "\n".join(lines) + "\n")

    write("faq.jsonl", "\n".join(json.dumps({"id": i, "question": q, "answer": a}, ensure_ascii=False)
                                 for i, q, a in FAQ) + "\n")

    olines = []
    for oid, email, pc, placed, status, carrier, eta, items in ORDERS:
        rec = {"order_id": oid, "email": email, "postcode": pc, "placed": placed, "status": status}
        if carrier:
            rec["carrier"] = carrier
        if eta:
            rec["eta"] = eta
        rec["items"] = [{"sku": s, "qty": q} for s, q in items]
        olines.append(json.dumps(rec, ensure_ascii=False))
    write("orders.jsonl", "\n".join(olines) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write("usage: python make_store.py OUT_DIR\n")
        sys.exit(2)
    build(sys.argv[1])
    print("wrote %d products, %d FAQ entries, %d orders to %s" % (len(P), len(FAQ), len(ORDERS), sys.argv[1]))
