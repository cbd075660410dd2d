#!/usr/bin/env python3
"""Write the "Loonfoot Outfitters" evaluation store (store format v1).

Usage: python make_store.py OUT_DIR

An invented independent outdoor and camping gear shop in Huntsville, Ontario that ships
across Canada (CAD, en-CA). Everything is hard-coded; the output is identical on every run.
Needs only the Python standard library and Pillow.
"""
import hashlib
import json
import os
import sys

from PIL import Image, ImageDraw, ImageFont

CURRENCY = "CAD"

STORE = {
    "name": "Loonfoot Outfitters",
    "currency": CURRENCY,
    "locale": "en-CA",
    "greeting": "Hi there, welcome to Loonfoot Outfitters in Huntsville! Ask me about tents, sleeping bags, "
                "packs, stoves and the rest of our camping gear, or about your order, shipping and rentals.",
}

# (sku, name, category, price, stock or None for "no stock field", attributes, description)
# Variants of one product line share the first two parts of the SKU (AF-SKY-UL1, AF-SKY-UL2).
PRODUCTS = [
    # ------------------------------------------------------------------ tents
    ("AF-SKY-UL1", "Aurora Fieldworks Skyline UL1 Ultralight Backpacking Tent", "tents", 429.99, 6,
     {"capacity": "1 person", "season": "3-season", "weight": "1.08 kg", "packed_size": "46 x 13 cm",
      "floor_area": "1.9 m²", "peak_height": "97 cm", "doors": 1, "vestibules": 1,
      "fabric": "15D ripstop nylon, silicone coated", "poles": "DAC aluminum", "freestanding": False,
      "colour": "sage green"},
     "Our lightest solo shelter. Semi-freestanding with a single hubbed pole and one big side door."),
    ("AF-SKY-UL2", "Aurora Fieldworks Skyline UL2 Ultralight Backpacking Tent", "tents", 519.99, 11,
     {"capacity": "2 person", "season": "3-season", "weight": "1.62 kg", "packed_size": "48 x 15 cm",
      "floor_area": "2.7 m²", "peak_height": "102 cm", "doors": 2, "vestibules": 2,
      "fabric": "15D ripstop nylon, silicone coated", "poles": "DAC aluminum", "freestanding": True,
      "colour": "sage green"},
     "The staff favourite for Algonquin portages: two doors, two vestibules, and light enough to split between two packs."),
    ("AF-SKY-UL3", "Aurora Fieldworks Skyline UL3 Ultralight Backpacking Tent", "tents", 619.99, 0,
     {"capacity": "3 person", "season": "3-season", "weight": "1.98 kg", "packed_size": "50 x 17 cm",
      "floor_area": "3.8 m²", "peak_height": "112 cm", "doors": 2, "vestibules": 2,
      "fabric": "15D ripstop nylon, silicone coated", "poles": "DAC aluminum", "freestanding": True,
      "colour": "sage green"},
     "Room for three, or two and a dog. Same featherweight build as the UL2."),
    ("AF-FOOT-UL2", "Aurora Fieldworks Skyline UL2 Footprint", "tents", 69.99, 15,
     {"weight": "190 g", "fabric": "68D polyester", "fits": "Skyline UL2 tent"},
     "Custom-cut groundsheet that protects your tent floor on Canadian Shield granite."),
    ("AF-BASE-4", "Aurora Fieldworks Basecamp 4 Family Dome Tent", "tents", 329.95, 4,
     {"capacity": "4 person", "season": "3-season", "weight": "5.9 kg", "packed_size": "66 x 24 cm",
      "floor_area": "5.6 m²", "peak_height": "1.52 m", "doors": 2,
      "fabric": "75D polyester taffeta, 3,000 mm coating", "poles": "fibreglass", "freestanding": True,
      "colour": "rust and grey"},
     "A roomy car-camping dome that goes up in ten minutes. Full-coverage fly for those Georgian Bay storms."),
    ("AF-BASE-6", "Aurora Fieldworks Basecamp 6 Family Cabin Tent", "tents", 459.95, 2,
     {"capacity": "6 person", "season": "3-season", "weight": "9.4 kg", "packed_size": "72 x 30 cm",
      "floor_area": "9.3 m²", "peak_height": "2.03 m", "doors": 2, "room_divider": True,
      "fabric": "75D polyester taffeta, 3,000 mm coating", "poles": "steel and fibreglass",
      "colour": "rust and grey"},
     "Near-vertical walls and standing height for the whole family, with a zip-in room divider."),
    ("TS-POLX-2", "Tundra Shelter Co. Polar X-2 4-Season Mountain Tent", "tents", 899.95, 3,
     {"capacity": "2 person", "season": "4-season", "weight": "3.1 kg", "packed_size": "56 x 20 cm",
      "fabric": "40D ripstop nylon, 3,000 mm fly, 10,000 mm floor", "poles": "DAC aluminum, 3 poles",
      "snow_flaps": True, "freestanding": True, "colour": "expedition yellow"},
     "Built for winter camping and above-treeline wind. Snow flaps, four guy-out points per side and a vestibule you can cook in."),
    ("TS-NOMAD-BIVY", "Tundra Shelter Co. Nomad Waterproof Bivy Sack", "tents", 249.99, 9,
     {"weight": "620 g", "packed_size": "30 x 12 cm", "fabric": "3-layer breathable nylon, 20,000 mm floor",
      "bug_net": True, "colour": "olive"},
     "Minimalist emergency or fast-and-light shelter with a hooped bug-net hood."),
    ("TS-RIDGE-3X3", "Tundra Shelter Co. Ridgeback 3 x 3 m Tarp", "tents", 119.99, None,
     {"weight": "540 g", "fabric": "30D silnylon", "guy_points": 16, "colour": "olive"},
     "A camp kitchen roof, a hammock fly or a minimalist shelter: sixteen tie-outs for any pitch."),
    # ------------------------------------------------------------------ sleeping bags
    ("LS-KIN-7R", "Loonsong Kinnear -7C Down Sleeping Bag Regular", "sleeping bags", 459.99, 8,
     {"limit_rating": "-7C", "comfort_rating": "-1C", "fill": "800 fill power RDS duck down", "fill_weight": "510 g",
      "weight": "1.05 kg", "packed_size": "18 x 30 cm", "shape": "mummy", "fits_up_to": "183 cm",
      "zip": "left side, full length", "shell": "20D ripstop nylon with DWR"},
     "A three-season down bag that handles frosty May and September nights. Compression sack included."),
    ("LS-KIN-7L", "Loonsong Kinnear -7C Down Sleeping Bag Long", "sleeping bags", 489.99, 0,
     {"limit_rating": "-7C", "comfort_rating": "-1C", "fill": "800 fill power RDS duck down", "fill_weight": "560 g",
      "weight": "1.14 kg", "packed_size": "19 x 32 cm", "shape": "mummy", "fits_up_to": "198 cm",
      "zip": "left side, full length", "shell": "20D ripstop nylon with DWR"},
     "The Kinnear in a longer cut for tall paddlers."),
    ("LS-ARC-18R", "Loonsong Arctic Loon -18C Down Sleeping Bag Regular", "sleeping bags", 689.95, 3,
     {"limit_rating": "-18C", "comfort_rating": "-10C", "fill": "850 fill power RDS goose down", "fill_weight": "910 g",
      "weight": "1.6 kg", "packed_size": "23 x 38 cm", "shape": "mummy", "fits_up_to": "183 cm",
      "draft_collar": True, "shell": "Pertex Quantum"},
     "Winter-ready down mummy with a draft collar and a contoured hood. For shoulder seasons in the north and snow camping."),
    ("LS-DRIFT-2C", "Loonsong Drifter 2C Down Quilt", "sleeping bags", 329.99, None,
     {"limit_rating": "2C", "fill": "800 fill power RDS duck down", "weight": "640 g", "footbox": "sewn, closed",
      "pad_straps": True, "packed_size": "15 x 26 cm"},
     "A summer quilt for hammockers and ultralight hikers. Straps to your pad so drafts stay out."),
    ("PT-TRAIL-0C", "Portage Trail 0C Synthetic Sleeping Bag", "sleeping bags", 149.99, 14,
     {"limit_rating": "0C", "comfort_rating": "5C", "fill": "hollow-fibre synthetic insulation", "weight": "1.7 kg",
      "packed_size": "25 x 40 cm", "shape": "semi-rectangular", "machine_washable": True},
     "An easy-care synthetic bag that stays warm when damp. Great for canoe trips and summer camps."),
    ("PT-TRAIL-M9C", "Portage Trail -9C Synthetic Sleeping Bag", "sleeping bags", 199.99, 7,
     {"limit_rating": "-9C", "comfort_rating": "-3C", "fill": "hollow-fibre synthetic insulation", "weight": "2.2 kg",
      "packed_size": "28 x 44 cm", "shape": "mummy", "machine_washable": True},
     "Budget-friendly cold-weather synthetic mummy for fall camping."),
    ("PT-LINER-SILK", "Portage Silk Sleeping Bag Liner", "sleeping bags", 79.99, 21,
     {"material": "100% mulberry silk", "weight": "140 g", "adds_warmth": "up to 3C", "shape": "mummy"},
     "Keeps your bag clean, adds a little warmth, and doubles as a hostel sheet."),
    # ------------------------------------------------------------------ sleeping pads
    ("DR-AIR-R", "Driftrest AirLite Insulated Sleeping Pad Regular", "sleeping pads", 229.99, 12,
     {"r_value": "4.2", "thickness": "7.6 cm", "dimensions": "183 x 51 cm", "weight": "430 g",
      "packed_size": "23 x 10 cm", "valve": "flat one-way valve", "pump_sack_included": True,
      "fabric": "30D ripstop nylon"},
     "Warm, quiet and packs to the size of a water bottle. The pump sack doubles as a dry bag."),
    ("DR-AIR-L", "Driftrest AirLite Insulated Sleeping Pad Large", "sleeping pads", 259.99, 0,
     {"r_value": "4.2", "thickness": "7.6 cm", "dimensions": "196 x 64 cm", "weight": "560 g",
      "packed_size": "28 x 11 cm", "valve": "flat one-way valve", "pump_sack_included": True,
      "fabric": "30D ripstop nylon"},
     "The AirLite in a longer, wider size for side sleepers and tall campers."),
    ("DR-FOAM-Z", "Driftrest FoldFoam Closed-Cell Pad", "sleeping pads", 64.99, 25,
     {"r_value": "2.0", "thickness": "2 cm", "dimensions": "183 x 51 cm", "weight": "410 g",
      "folded_size": "51 x 13 x 14 cm"},
     "Unpoppable accordion foam pad. Use it alone in summer or under an air pad in winter."),
    ("DR-CAMP-5CM", "Driftrest Camp Deluxe 5cm Self-Inflating Mat", "sleeping pads", 139.99, 6,
     {"r_value": "6.0", "dimensions": "198 x 64 cm", "weight": "1.9 kg", "packed_size": "66 x 20 cm",
      "foam": "open-cell PU foam"},
     "Car-camping comfort: thick, warm and self-inflating, with a brushed top that does not squeak."),
    ("DR-AERO-PLW", "Driftrest Aero Inflatable Pillow", "sleeping pads", 44.99, 30,
     {"weight": "85 g", "size": "39 x 29 x 11 cm", "packed_size": "8 x 6 cm"},
     "Curved inflatable pillow with a soft brushed cover."),
    # ------------------------------------------------------------------ backpacks
    ("HP-TAL45-M", "Haliburton Packworks Talon 45L Backpack M", "backpacks", 249.99, 7,
     {"torso_range": "41-48 cm", "weight": "1.28 kg", "fabric": "210D nylon ripstop",
      "frame": "aluminum perimeter frame", "hipbelt_pockets": 2, "rain_cover_included": True,
      "hydration_compatible": True, "colour": "spruce green"},
     "A light, ventilated pack for weekend trips and hut-to-hut hikes. Rain cover stashed in the lid."),
    ("HP-TAL45-L", "Haliburton Packworks Talon 45L Backpack L", "backpacks", 249.99, 0,
     {"torso_range": "48-56 cm", "weight": "1.34 kg", "fabric": "210D nylon ripstop",
      "frame": "aluminum perimeter frame", "hipbelt_pockets": 2, "rain_cover_included": True,
      "hydration_compatible": True, "colour": "spruce green"},
     "A light, ventilated pack for weekend trips and hut-to-hut hikes. Rain cover stashed in the lid."),
    ("HP-RNG65-M", "Haliburton Packworks Ranger 65L Backpack M", "backpacks", 329.99, 5,
     {"torso_range": "41-48 cm", "weight": "2.05 kg", "fabric": "420D nylon", "frame": "aluminum stay with HDPE sheet",
      "max_load": "25 kg", "rain_cover_included": True, "sleeping_bag_compartment": True, "colour": "charcoal"},
     "Our workhorse for week-long trips: adjustable back, big hipbelt and a front U-zip into the main bag."),
    ("HP-RNG65-L", "Haliburton Packworks Ranger 65L Backpack L", "backpacks", 339.99, 3,
     {"torso_range": "48-56 cm", "weight": "2.12 kg", "fabric": "420D nylon", "frame": "aluminum stay with HDPE sheet",
      "max_load": "25 kg", "rain_cover_included": True, "sleeping_bag_compartment": True, "colour": "charcoal"},
     "Our workhorse for week-long trips: adjustable back, big hipbelt and a front U-zip into the main bag."),
    ("HP-CIR22-SLT", "Haliburton Packworks Cirrus 22L Daypack Slate", "backpacks", 109.99, 18,
     {"weight": "640 g", "fabric": "recycled 210D nylon", "back_panel": "ventilated mesh", "laptop_sleeve": False,
      "hydration_compatible": True, "colour": "slate"},
     "Comfortable day-hiking pack with a mesh back panel and a stretchy front pocket for layers."),
    ("HP-CIR22-RST", "Haliburton Packworks Cirrus 22L Daypack Rust", "backpacks", 109.99, 14,
     {"weight": "640 g", "fabric": "recycled 210D nylon", "back_panel": "ventilated mesh", "laptop_sleeve": False,
      "hydration_compatible": True, "colour": "rust"},
     "Comfortable day-hiking pack with a mesh back panel and a stretchy front pocket for layers."),
    ("HP-CIR22-MOSS", "Haliburton Packworks Cirrus 22L Daypack Moss", "backpacks", 99.99, 3,
     {"weight": "640 g", "fabric": "recycled 210D nylon", "back_panel": "ventilated mesh", "laptop_sleeve": False,
      "hydration_compatible": True, "colour": "moss"},
     "Last-season colour of the Cirrus, priced to clear."),
    ("HP-HYD-3L", "Haliburton Packworks 3L Hydration Reservoir", "backpacks", 54.99, 16,
     {"weight": "185 g", "material": "BPA-free TPU", "opening": "wide slide-top", "dishwasher_safe": False},
     "Leak-proof bladder with a quick-disconnect hose and a bite valve you can shut off."),
    # ------------------------------------------------------------------ stoves and fuel
    ("EM-POCKET-X2", "Emberline Pocket X-2 Canister Stove", "stoves & fuel", 79.99, 22,
     {"fuel": "isobutane-propane canister", "output": "2.6 kW", "weight": "83 g",
      "boil_time": "about 3.5 min per litre", "ignition": "none (use a lighter or firesteel)",
      "packed_size": "8 x 5 cm"},
     "Tiny, fast and simple. Screws onto any standard threaded canister and folds into its own case."),
    ("EM-HYDRA-1L", "Emberline Hydra 1.0L Integrated Stove System", "stoves & fuel", 179.99, 9,
     {"fuel": "isobutane-propane canister", "ignition": "piezo push-button igniter",
      "boil_time": "about 2.5 min per 0.5 L", "weight": "410 g",
      "pot": "1.0 L hard-anodized pot with neoprene cozy", "windscreen": "built-in"},
     "Heat-exchanger pot and burner in one: the quickest way to boil water for dehydrated meals."),
    ("EM-VOYA-MF3", "Emberline Voyageur MF-3 Multi-Fuel Stove", "stoves & fuel", 249.99, 0,
     {"fuel": "white gas, kerosene, unleaded gas or isobutane canisters", "output": "2.9 kW", "weight": "395 g",
      "ignition": "priming", "pump_included": True},
     "Field-maintainable expedition stove that burns almost anything and keeps going at minus thirty."),
    ("EM-CAMP-2B", "Emberline Campsite Two-Burner Propane Stove", "stoves & fuel", 149.99, 5,
     {"fuel": "1 lb propane cylinders (bulk tank with adapter)", "output": "2 x 10,000 BTU/h",
      "ignition": "push-button", "weight": "5.4 kg", "wind_panels": True},
     "Classic fold-up campsite stove with two burners that simmer properly."),
    ("EM-FUEL-230", "Emberline Isobutane Fuel Canister 230g", "stoves & fuel", 8.99, 64,
     {"net_fuel": "230 g", "mix": "80% isobutane / 20% propane", "burn_time": "about 60 min at full output",
      "valve": "EN417 threaded valve", "shipping": "ground only, Ontario and Quebec"},
     "Standard threaded canister that fits most backpacking stoves."),
    ("EM-FUEL-450", "Emberline Isobutane Fuel Canister 450g", "stoves & fuel", 12.99, 38,
     {"net_fuel": "450 g", "mix": "80% isobutane / 20% propane", "burn_time": "about 2 h at full output",
      "valve": "EN417 threaded valve", "shipping": "ground only, Ontario and Quebec"},
     "The big canister for groups and longer trips."),
    ("EM-WGAS-1L", "Emberline White Gas Camp Fuel 1L", "stoves & fuel", 17.99, None,
     {"fuel_type": "naphtha (white gas)", "burn_time": "about 3 h in the Voyageur MF-3",
      "shipping": "ground only, Ontario and Quebec"},
     "Clean-burning liquid fuel for multi-fuel and dual-fuel stoves and lanterns."),
    # ------------------------------------------------------------------ cookware
    ("FC-TI-MUG450", "Ferncroft Titanium Mug 450ml", "cookware", 39.99, 26,
     {"weight": "68 g", "folding_handles": True, "markings": "volume marks in ml and oz"},
     "Drink from it, boil in it. Fits a 230g canister and a small stove inside."),
    ("FC-TI-SPORK", "Ferncroft Titanium Long Spork", "cookware", 16.99, 52,
     {"length": "21.5 cm", "weight": "18 g"},
     "Long enough to reach the bottom of a freeze-dried meal pouch without sticky knuckles."),
    ("FC-TRAIL-2P", "Ferncroft Trailhead 2-Person Cook Set", "cookware", 89.99, 11,
     {"material": "hard-anodized aluminum", "pieces": "1.8 L pot, 1 L pot, lid-strainer, 2 bowls, 2 insulated mugs",
      "weight": "590 g", "nests": "a 230g canister and a small stove"},
     "Everything two people need to cook and eat, nested into one stuff sack."),
    ("FC-TRAIL-4P", "Ferncroft Trailhead 4-Person Cook Set", "cookware", 129.99, 0,
     {"material": "hard-anodized aluminum", "pieces": "2.8 L pot, 1.8 L pot, frypan, 4 bowls, 4 insulated mugs",
      "weight": "1.1 kg", "nests": "a 450g canister and a stove"},
     "The family-size Trailhead set with a frypan for pancake mornings."),
    ("FC-KETL-1L2", "Ferncroft Collapsible Silicone Kettle 1.2L", "cookware", 44.99, 8,
     {"material": "food-grade silicone with aluminum base", "collapsed_height": "4 cm", "weight": "265 g"},
     "Squashes flat for packing, pours like a real kettle."),
    ("FC-PAN-20CM", "Ferncroft Ceramic Non-Stick Camp Frypan 20cm", "cookware", 54.99, 6,
     {"coating": "ceramic, PFAS-free", "folding_handle": True, "weight": "290 g"},
     "For fresh-caught fish and bannock. The handle folds over the pan for packing."),
    # ------------------------------------------------------------------ headlamps
    ("LW-NJ400-BLK", "Lumenwright Nightjar 400 Headlamp Black", "headlamps", 54.99, 19,
     {"max_output": "400 lumens", "beam_distance": "110 m", "battery": "3 x AAA (included)",
      "runtime": "4 h on high, 160 h on low", "water_resistance": "IPX4", "red_light": True, "weight": "86 g",
      "colour": "black"},
     "A bright all-rounder with a red night mode so you don't blind the whole campsite."),
    ("LW-NJ400-ORG", "Lumenwright Nightjar 400 Headlamp Orange", "headlamps", 54.99, 0,
     {"max_output": "400 lumens", "beam_distance": "110 m", "battery": "3 x AAA (included)",
      "runtime": "4 h on high, 160 h on low", "water_resistance": "IPX4", "red_light": True, "weight": "86 g",
      "colour": "orange"},
     "A bright all-rounder with a red night mode so you don't blind the whole campsite."),
    ("LW-NJ400-TEAL", "Lumenwright Nightjar 400 Headlamp Teal", "headlamps", 49.99, 7,
     {"max_output": "400 lumens", "beam_distance": "110 m", "battery": "3 x AAA (included)",
      "runtime": "4 h on high, 160 h on low", "water_resistance": "IPX4", "red_light": True, "weight": "86 g",
      "colour": "teal"},
     "A bright all-rounder with a red night mode. Teal is a limited colour this season."),
    ("LW-TRK-R900", "Lumenwright Trekker R900 Rechargeable Headlamp", "headlamps", 119.99, 5,
     {"max_output": "900 lumens", "beam_distance": "175 m", "battery": "2,400 mAh Li-ion, USB-C charging",
      "runtime": "5 h on high, 120 h on low", "water_resistance": "IPX7", "lockout_mode": True, "weight": "128 g",
      "colour": "graphite"},
     "Serious light for night hiking, search-and-rescue volunteers and early winter sunsets."),
    ("LW-TINY-150", "Lumenwright Tiny 150 Compact Headlamp", "headlamps", 24.99, 33,
     {"max_output": "150 lumens", "beam_distance": "40 m", "battery": "CR2032 x 2 (included)",
      "water_resistance": "IPX4", "weight": "34 g", "colour": "yellow"},
     "Backup light for the first-aid kit, or a first headlamp for kids."),
    ("LW-GLOW-250", "Lumenwright Glowpod 250 Rechargeable Lantern", "headlamps", 59.99, 10,
     {"max_output": "250 lumens", "runtime": "40 h on low", "battery": "5,200 mAh Li-ion",
      "power_bank": True, "hanging_hook": True, "colour": "white"},
     "Soft, glare-free tent and table light that can top up your phone."),
    # ------------------------------------------------------------------ water filters
    ("CB-SQZ-SF1", "Clearbrook Squeeze Filter SF-1", "water filters", 49.99, 24,
     {"type": "hollow-fibre squeeze filter", "pore_size": "0.1 micron", "removes": "bacteria and protozoa (not viruses)",
      "flow_rate": "1.7 L/min", "filter_life": "up to 380,000 L", "weight": "85 g",
      "threads": "standard 28 mm bottle thread"},
     "Squeeze straight from the pouch or inline on a gravity setup. Backflush syringe included."),
    ("CB-SQZ-CART", "Clearbrook SF-1 Replacement Cartridge", "water filters", 34.99, 9,
     {"pore_size": "0.1 micron", "fits": "Clearbrook Squeeze Filter SF-1"},
     "Spare hollow-fibre cartridge for the SF-1."),
    ("CB-GRAV-4L", "Clearbrook Gravity Filter 4L", "water filters", 119.99, 6,
     {"type": "hollow-fibre gravity filter", "pore_size": "0.2 micron", "removes": "bacteria and protozoa",
      "flow_rate": "1.75 L/min", "weight": "330 g"},
     "Hang it from a branch and let gravity filter water for the whole group while you set up camp."),
    ("CB-PUMP-P60", "Clearbrook Purifier Pump P-60", "water filters", 169.99, 0,
     {"type": "pump purifier", "removes": "bacteria, protozoa and viruses", "flow_rate": "1 L/min",
      "weight": "490 g", "cartridge_life": "2,000 L"},
     "Purifier-grade pump for travel and questionable water sources."),
    ("CB-TABS-30", "Clearbrook Chlorine Dioxide Purification Tablets 30-Pack", "water filters", 19.99, 45,
     {"treats": "1 L per tablet", "wait_time": "30 min (4 h for Cryptosporidium)"},
     "Light, foolproof backup treatment for any pack."),
    # ------------------------------------------------------------------ rain jackets
    ("WC-SQL-M-BLU", "Westcoaster Squall 2.5L Rain Jacket Men's M Ocean Blue", "rain jackets", 189.99, 6,
     {"waterproof_rating": "20,000 mm", "breathability": "15,000 g/m²/24h",
      "fabric": "2.5-layer recycled nylon, PFC-free DWR", "pit_zips": True, "hood": "adjustable, stows in collar",
      "weight": "340 g", "fit": "regular", "size": "M", "colour": "ocean blue"},
     "Packable everyday rain shell with pit zips. Made for Pacific drizzle and Muskoka downpours."),
    ("WC-SQL-L-BLU", "Westcoaster Squall 2.5L Rain Jacket Men's L Ocean Blue", "rain jackets", 189.99, 0,
     {"waterproof_rating": "20,000 mm", "breathability": "15,000 g/m²/24h",
      "fabric": "2.5-layer recycled nylon, PFC-free DWR", "pit_zips": True, "hood": "adjustable, stows in collar",
      "weight": "355 g", "fit": "regular", "size": "L", "colour": "ocean blue"},
     "Packable everyday rain shell with pit zips. Made for Pacific drizzle and Muskoka downpours."),
    ("WC-SQL-L-BLK", "Westcoaster Squall 2.5L Rain Jacket Men's L Black", "rain jackets", 179.99, 9,
     {"waterproof_rating": "20,000 mm", "breathability": "15,000 g/m²/24h",
      "fabric": "2.5-layer recycled nylon, PFC-free DWR", "pit_zips": True, "hood": "adjustable, stows in collar",
      "weight": "355 g", "fit": "regular", "size": "L", "colour": "black"},
     "Packable everyday rain shell with pit zips. Made for Pacific drizzle and Muskoka downpours."),
    ("WC-SQLW-S-PLM", "Westcoaster Squall 2.5L Rain Jacket Women's S Plum", "rain jackets", 189.99, 4,
     {"waterproof_rating": "20,000 mm", "breathability": "15,000 g/m²/24h",
      "fabric": "2.5-layer recycled nylon, PFC-free DWR", "pit_zips": True, "hood": "adjustable, stows in collar",
      "weight": "305 g", "fit": "women's regular", "size": "S", "colour": "plum"},
     "The Squall in a women's cut with a slightly longer hem."),
    ("WC-SQLW-M-PLM", "Westcoaster Squall 2.5L Rain Jacket Women's M Plum", "rain jackets", 189.99, 11,
     {"waterproof_rating": "20,000 mm", "breathability": "15,000 g/m²/24h",
      "fabric": "2.5-layer recycled nylon, PFC-free DWR", "pit_zips": True, "hood": "adjustable, stows in collar",
      "weight": "315 g", "fit": "women's regular", "size": "M", "colour": "plum"},
     "The Squall in a women's cut with a slightly longer hem."),
    ("WC-DLG-M-RED", "Westcoaster Deluge 3L Storm Shell Men's M Signal Red", "rain jackets", 349.99, 3,
     {"waterproof_rating": "28,000 mm", "breathability": "20,000 g/m²/24h", "fabric": "3-layer 40D nylon",
      "pit_zips": True, "hood": "helmet-compatible", "weight": "455 g", "size": "M", "colour": "signal red"},
     "A burly three-layer shell for the West Coast Trail and alpine weather."),
    ("WC-DLG-L-RED", "Westcoaster Deluge 3L Storm Shell Men's L Signal Red", "rain jackets", 349.99, 2,
     {"waterproof_rating": "28,000 mm", "breathability": "20,000 g/m²/24h", "fabric": "3-layer 40D nylon",
      "pit_zips": True, "hood": "helmet-compatible", "weight": "470 g", "size": "L", "colour": "signal red"},
     "A burly three-layer shell for the West Coast Trail and alpine weather."),
    # ------------------------------------------------------------------ hiking socks and footwear
    ("TW-MID-M", "Trailwool Midweight Hiker Crew Sock M", "hiking socks & footwear", 27.99, 34,
     {"fabric": "64% merino wool, 34% nylon, 2% elastane", "cushion": "medium, full cushion underfoot",
      "height": "crew", "fits": "men's 6-9.5 / women's 7-10.5", "guarantee": "lifetime, free replacement"},
     "The sock we wear ourselves: warm when wet, no stink after three days, and guaranteed for life."),
    ("TW-MID-L", "Trailwool Midweight Hiker Crew Sock L", "hiking socks & footwear", 27.99, 12,
     {"fabric": "64% merino wool, 34% nylon, 2% elastane", "cushion": "medium, full cushion underfoot",
      "height": "crew", "fits": "men's 10-12.5 / women's 11-13", "guarantee": "lifetime, free replacement"},
     "The sock we wear ourselves: warm when wet, no stink after three days, and guaranteed for life."),
    ("TW-LITE-M", "Trailwool Lightweight Quarter Sock M", "hiking socks & footwear", 22.99, 17,
     {"fabric": "56% merino wool, 41% nylon, 3% elastane", "cushion": "light, under the heel and ball",
      "height": "quarter", "fits": "men's 6-9.5 / women's 7-10.5", "guarantee": "lifetime, free replacement"},
     "Thin, cool merino sock for trail runners and summer hikes."),
    ("CT-TREK-9", "Caribou Trek Mid WP Hiking Boot Men's 9", "hiking socks & footwear", 239.99, 3,
     {"upper": "nubuck leather", "membrane": "DryPath waterproof membrane", "outsole": "Vibram Megagrip",
      "weight": "1.24 kg per pair", "drop": "12 mm", "waterproof": True, "width": "medium", "size": "9"},
     "A supportive mid-cut leather boot that's comfortable out of the box. Resoleable."),
    ("CT-TREK-10", "Caribou Trek Mid WP Hiking Boot Men's 10", "hiking socks & footwear", 239.99, 5,
     {"upper": "nubuck leather", "membrane": "DryPath waterproof membrane", "outsole": "Vibram Megagrip",
      "weight": "1.30 kg per pair", "drop": "12 mm", "waterproof": True, "width": "medium", "size": "10"},
     "A supportive mid-cut leather boot that's comfortable out of the box. Resoleable."),
    ("CT-TREK-11", "Caribou Trek Mid WP Hiking Boot Men's 11", "hiking socks & footwear", 239.99, 0,
     {"upper": "nubuck leather", "membrane": "DryPath waterproof membrane", "outsole": "Vibram Megagrip",
      "weight": "1.36 kg per pair", "drop": "12 mm", "waterproof": True, "width": "medium", "size": "11"},
     "A supportive mid-cut leather boot that's comfortable out of the box. Resoleable."),
    ("CT-SKY-W8", "Caribou Skyrunner Trail Runner Women's 8", "hiking socks & footwear", 169.99, 6,
     {"upper": "engineered mesh", "outsole": "sticky rubber, 4 mm lugs", "weight": "520 g per pair",
      "drop": "6 mm", "waterproof": False, "width": "medium", "size": "8"},
     "Quick-drying trail runner for day hikes and fastpacking."),
]

FAQ = [
    ("shipping", "How much is shipping?",
     "Standard shipping anywhere in the ten provinces is a flat $14.95, and it's free on orders over $149 before "
     "tax. We ship from our Huntsville shop with Canada Post, Purolator, UPS or Canpar depending on the parcel, and "
     "most orders arrive in 2-6 business days. Orders placed by 1 pm Eastern on a weekday leave the same day."),
    ("territories", "Do you ship to the Yukon, Northwest Territories and Nunavut?",
     "Yes. Orders to the three territories and to remote fly-in communities ship at a flat $29.95 (free shipping "
     "does not apply) and usually take 7-15 business days. We ship these with Canada Post only."),
    ("us-shipping", "Do you ship outside Canada?",
     "We ship to the continental US for a flat $24.95 (prices are still charged in Canadian dollars and US duties "
     "are included). We can't send stove fuel across the border, and we don't ship anywhere else outside Canada "
     "at the moment."),
    ("fuel", "Can you ship stove fuel?",
     "Fuel canisters and white gas are dangerous goods, so they can never go by air. We can send them by ground "
     "within Ontario and Quebec only, with a $9.95 dangerous goods handling fee per order. Everywhere else, order "
     "online and pick them up at the shop, or buy fuel locally when you get to the trailhead."),
    ("returns", "What is your return policy?",
     "Unused gear in its original condition with tags attached can be returned within 60 days for a full refund "
     "to the original payment method. Refunds show up 5-7 business days after your return reaches us. Exchanges "
     "ship back to you free; otherwise return shipping is on you, or drop it off in store at no cost."),
    ("used-gear", "Can I return gear I've used?",
     "Sleeping bags, sleeping pads, footwear and anything else that has been used outdoors can't be returned for a "
     "refund unless it's faulty, so please test boots indoors on carpet. If it just didn't work out, our Second "
     "Trail program gives you store credit for gently used gear that we clean and resell."),
    ("warranty", "What warranty do you offer?",
     "Everything we sell is covered by the Loonfoot Promise: for 2 years from purchase we repair or replace gear "
     "that fails from a defect in materials or workmanship, with no receipt needed if you bought it from us. "
     "After that, the maker's own warranty still applies and we'll handle the claim for you. Normal wear, "
     "accidents and campfire damage aren't covered, but our repair bench can usually help."),
    ("rental", "Do you rent camping gear?",
     "Yes, from our Huntsville shop only. Tents rent from $22 a night, and a complete 2-person overnight kit (tent, "
     "two pads, two sleeping bags, stove and cook set) is $94.50 for a Friday-to-Monday weekend. Book at least 48 "
     "hours ahead; we take a $200 refundable deposit on a credit card, and rental gear can't be shipped."),
    ("repairs", "Do you repair gear?",
     "Our repair bench fixes tents, packs, jackets and sleeping bags. Zipper slider replacement is $19.50 per "
     "slider, pole splints and seam resealing are quoted on the spot, and down bag baffle repairs start at $45. "
     "Turnaround is usually 7-10 business days; drop the gear off or mail it to the shop with your name and phone "
     "number."),
    ("price-match", "Do you price match?",
     "Yes. If a Canadian retailer advertises the identical item in stock for less, we'll match their price and "
     "take off another 5% of the difference. Just show us the ad or link before you buy. It doesn't apply to "
     "Amazon or other marketplace sellers, clearance, or our own sale prices."),
    ("pickup", "Can I pick up my order in store?",
     "Yes, choose Pick Up in Huntsville at checkout and pay nothing for shipping. Orders are usually ready within "
     "3 hours during opening hours; we'll email you when it's ready and hold it for 14 days. Bring your order "
     "number and photo ID."),
    ("hours", "What are your store hours?",
     "The shop at 41 Main Street East in Huntsville is open Monday to Saturday 9 am to 6 pm and Sunday 10 am to "
     "4 pm. From Victoria Day to Thanksgiving we stay open until 8 pm on Thursdays and Fridays for the cottage crowd. "
     "We're closed Christmas Day, Boxing Day and New Year's Day."),
    ("gift-cards", "Do you sell gift cards?",
     "Yes, in any amount from $25 to $500, as a plastic card in store or an e-gift card sent by email on the day "
     "you choose. Loonfoot gift cards never expire and work both online and in the shop, including on rentals."),
    ("tracking", "How do I track my order?",
     "As soon as your parcel leaves the shop we email you the carrier and tracking number. Tracking can take up "
     "to 24 hours to show the first scan, so don't worry if the link says not found at first. You can also ask us "
     "here with your order number and email."),
    ("cancel", "Can I cancel or change my order?",
     "We can cancel or change an order until it has been packed, which is usually within an hour of ordering on "
     "weekdays. Call us right away at 705-555-0148 and we'll do our best; once it has shipped, you can return it "
     "under our normal return policy."),
    ("payment", "What payment methods do you accept?",
     "Online we take Visa, Mastercard, American Express, PayPal, Apple Pay and Google Pay. In the shop we also take "
     "Interac debit and cash. All prices are in Canadian dollars, and GST/HST/PST is charged based on where your "
     "order is going."),
    ("damaged", "My order arrived damaged. What should I do?",
     "Sorry about that! Email a photo of the item and the box to help@loonfoot.ca within 7 days of delivery with "
     "your order number. We'll send a replacement right away with a prepaid return label for the damaged one, at "
     "no cost to you."),
    ("clinics", "Do you run any workshops or clinics?",
     "Yes! Our free Trail Basics clinic runs on the first Saturday of every month at 10 am in the shop: packing a "
     "backpack, choosing a sleeping system, stove safety and Leave No Trace. Space is limited to 12 people, so sign "
     "up in store or by phone."),
]

# Order ids: LF-NNNN-NN. Processing and cancelled orders have no carrier or eta.
ORDERS = [
    {"order_id": "LF-4102-37", "email": "nadia.fortin@example.ca", "postcode": "P1H 2J6", "placed": "2026-06-02",
     "status": "shipped", "carrier": "Canada Post", "eta": "2026-06-09",
     "items": [{"sku": "AF-SKY-UL2", "qty": 1}, {"sku": "AF-FOOT-UL2", "qty": 1}]},
    {"order_id": "LF-4118-52", "email": "g.okafor@example.com", "postcode": "M4C 1B5", "placed": "2026-05-20",
     "status": "delivered", "carrier": "Purolator", "eta": "2026-05-23",
     "items": [{"sku": "LS-KIN-7R", "qty": 1}, {"sku": "DR-AIR-R", "qty": 1}]},
    {"order_id": "LF-4125-09", "email": "ben.tremblay@example.ca", "postcode": "H2T 1S6", "placed": "2026-06-05",
     "status": "processing", "items": [{"sku": "HP-TAL45-M", "qty": 1}]},
    {"order_id": "LF-4131-64", "email": "sarah.macisaac@example.com", "postcode": "B3H 1Y6", "placed": "2026-05-28",
     "status": "cancelled", "items": [{"sku": "WC-SQL-L-BLU", "qty": 1}]},
    {"order_id": "LF-4140-21", "email": "d.singh@example.ca", "postcode": "T1W 1P4", "placed": "2026-05-10",
     "status": "returned", "carrier": "Canada Post", "items": [{"sku": "CT-TREK-10", "qty": 1}]},
    {"order_id": "LF-4156-88", "email": "m.chen.outdoors@example.com", "postcode": "V6K 2G8", "placed": "2026-06-03",
     "status": "shipped", "carrier": "Purolator", "eta": "2026-06-10",
     "items": [{"sku": "HP-RNG65-M", "qty": 1}, {"sku": "CB-SQZ-SF1", "qty": 1}]},
    {"order_id": "LF-4163-40", "email": "julie.lavoie@example.ca", "postcode": "K1S 3V6", "placed": "2026-05-18",
     "status": "delivered", "carrier": "Canada Post", "eta": "2026-05-22",
     "items": [{"sku": "AF-BASE-4", "qty": 1}, {"sku": "EM-CAMP-2B", "qty": 1}]},
    {"order_id": "LF-4170-15", "email": "owen.blackbird@example.ca", "postcode": "P0A 1K0", "placed": "2026-06-06",
     "status": "processing", "items": [{"sku": "LW-TRK-R900", "qty": 1}, {"sku": "EM-FUEL-230", "qty": 2}]},
    {"order_id": "LF-4177-93", "email": "k.nakamura@example.com", "postcode": "S7N 0W3", "placed": "2026-06-01",
     "status": "shipped", "carrier": "UPS", "eta": "2026-06-08", "items": [{"sku": "WC-DLG-M-RED", "qty": 1}]},
    {"order_id": "LF-4189-26", "email": "erin.doucette@example.ca", "postcode": "E3B 1G5", "placed": "2026-05-15",
     "status": "delivered", "carrier": "Canpar", "eta": "2026-05-21",
     "items": [{"sku": "TW-MID-M", "qty": 3}, {"sku": "CT-SKY-W8", "qty": 1}]},
    {"order_id": "LF-4194-58", "email": "p.kowalczyk@example.com", "postcode": "R3L 0N1", "placed": "2026-05-30",
     "status": "cancelled", "items": [{"sku": "LS-ARC-18R", "qty": 1}]},
    {"order_id": "LF-4203-71", "email": "amelia.pike@example.ca", "postcode": "A1C 5H4", "placed": "2026-05-08",
     "status": "returned", "carrier": "Canada Post",
     "items": [{"sku": "PT-TRAIL-0C", "qty": 1}, {"sku": "FC-TRAIL-2P", "qty": 1}]},
]

# ---------------------------------------------------------------- images

COLOURS = {
    "sage green": (140, 165, 130), "rust and grey": (176, 92, 52), "expedition yellow": (236, 196, 40),
    "olive": (110, 118, 66), "spruce green": (46, 94, 70), "charcoal": (58, 60, 64), "slate": (92, 108, 124),
    "rust": (170, 82, 45), "moss": (104, 124, 70), "black": (32, 32, 34), "orange": (238, 120, 32),
    "teal": (0, 128, 128), "graphite": (70, 72, 78), "yellow": (240, 210, 50), "white": (244, 244, 240),
    "ocean blue": (30, 90, 160), "plum": (110, 50, 90), "signal red": (200, 36, 36),
}

CATEGORY_COLOUR = {
    "sleeping bags": (60, 90, 150), "sleeping pads": (220, 130, 40), "stoves & fuel": (150, 150, 156),
    "cookware": (120, 122, 128), "water filters": (70, 150, 200), "hiking socks & footwear": (120, 86, 60),
    "tents": (120, 150, 110), "backpacks": (80, 80, 80), "headlamps": (50, 50, 50), "rain jackets": (40, 90, 140),
}


def image_path(sku):
    return "images/" + sku.lower() + ".png"


def product_colour(category, attrs, h):
    if attrs.get("colour") in COLOURS:
        return COLOURS[attrs["colour"]]
    base = CATEGORY_COLOUR.get(category, (120, 120, 120))
    return tuple(max(0, min(255, c + h[5] % 31 - 15)) for c in base)


def _font(size):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


def _wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines


def _darker(rgb, f=0.6):
    return tuple(int(c * f) for c in rgb)


def draw_image(sku, name, category, attrs, path):
    h = hashlib.sha256(sku.encode("utf-8")).digest()
    bg = (232 + h[0] % 20, 236 + h[1] % 16, 230 + h[2] % 20)
    fg = product_colour(category, attrs, h)
    edge = _darker(fg)
    img = Image.new("RGB", (256, 256), bg)
    d = ImageDraw.Draw(img)
    off = h[3] % 12 - 6
    low = name.lower()
    if category == "tents":
        if "tarp" in low:
            d.polygon([(20, 150 + off), (128, 60 + off), (236, 150 + off)], fill=fg, outline=edge)
            d.line([20, 150 + off, 10, 180], fill=(60, 60, 60), width=2)
            d.line([236, 150 + off, 246, 180], fill=(60, 60, 60), width=2)
        elif "bivy" in low:
            d.rounded_rectangle([20, 130 + off, 236, 170 + off], radius=20, fill=fg, outline=edge, width=3)
            d.ellipse([30, 110 + off, 90, 160 + off], fill=(40, 40, 40))
        elif "footprint" in low:
            d.polygon([(30, 170), (80, 90), (226, 90), (176, 170)], fill=fg, outline=edge)
        else:
            d.polygon([(24, 176), (128, 50 + off), (232, 176)], fill=fg, outline=edge)
            d.polygon([(100, 176), (128, 110 + off), (156, 176)], fill=_darker(fg, 0.4))
            d.line([10, 178, 246, 178], fill=(90, 70, 50), width=4)
    elif category == "sleeping bags":
        d.rounded_rectangle([40, 50 + off, 216, 170 + off], radius=50, fill=fg, outline=edge, width=3)
        for y in range(70, 160, 18):
            d.line([56, y + off, 200, y + off], fill=edge, width=2)
        d.ellipse([60, 60 + off, 110, 100 + off], fill=_darker(fg, 0.4))
    elif category == "sleeping pads":
        if "pillow" in low:
            d.rounded_rectangle([50, 80 + off, 206, 150 + off], radius=30, fill=fg, outline=edge, width=3)
        else:
            d.rectangle([30, 70 + off, 226, 150 + off], fill=fg, outline=edge, width=3)
            for x in range(46, 226, 20):
                d.line([x, 72 + off, x, 148 + off], fill=edge, width=2)
    elif category == "backpacks":
        if "reservoir" in low:
            d.rounded_rectangle([80, 40, 176, 170], radius=20, fill=(190, 220, 235), outline=(90, 120, 140), width=3)
            d.line([128, 40, 200, 20], fill=(40, 40, 40), width=4)
        else:
            d.rounded_rectangle([64, 30 + off, 192, 180 + off], radius=26, fill=fg, outline=edge, width=3)
            d.rounded_rectangle([84, 100 + off, 172, 166 + off], radius=12, fill=_darker(fg, 0.8))
            d.rectangle([60, 44 + off, 196, 60 + off], fill=edge)
    elif category == "stoves & fuel":
        if "canister" in low or "fuel" in low:
            d.rounded_rectangle([76, 60, 180, 176], radius=30, fill=fg, outline=edge, width=3)
            d.rectangle([116, 40, 140, 62], fill=(160, 160, 165))
            d.rectangle([86, 100, 170, 130], fill=(220, 70, 40))
        else:
            d.rectangle([60, 130 + off, 196, 170 + off], fill=fg, outline=edge, width=3)
            d.polygon([(108, 128 + off), (128, 70 + off), (148, 128 + off)], fill=(60, 120, 230))
            d.polygon([(118, 128 + off), (128, 92 + off), (138, 128 + off)], fill=(250, 200, 60))
    elif category == "cookware":
        d.rectangle([60, 80 + off, 196, 170 + off], fill=fg, outline=edge, width=3)
        d.rectangle([54, 70 + off, 202, 84 + off], fill=edge)
        d.line([196, 110 + off, 240, 110 + off], fill=(40, 40, 40), width=6)
    elif category == "headlamps":
        if "lantern" in low:
            d.rounded_rectangle([86, 50, 170, 180], radius=16, fill=(250, 240, 190), outline=edge, width=4)
            d.arc([100, 20, 156, 70], 180, 360, fill=(40, 40, 40), width=4)
        else:
            d.ellipse([30, 70, 226, 170], outline=fg, width=10)
            d.rounded_rectangle([96, 100 + off, 160, 150 + off], radius=10, fill=(40, 40, 40))
            d.ellipse([112, 108 + off, 144, 140 + off], fill=(255, 250, 200))
    elif category == "water filters":
        if "tablet" in low:
            d.rectangle([60, 70, 196, 170], fill=(240, 240, 240), outline=fg, width=4)
            for i in range(5):
                d.ellipse([72 + i * 24, 110, 90 + i * 24, 128], fill=fg)
        else:
            d.rounded_rectangle([100, 40 + off, 156, 180 + off], radius=14, fill=fg, outline=edge, width=3)
            d.rectangle([112, 24 + off, 144, 42 + off], fill=(40, 40, 40))
    elif category == "rain jackets":
        d.polygon([(80, 40), (176, 40), (220, 80), (200, 100), (186, 90), (186, 186), (70, 186), (70, 90),
                   (56, 100), (36, 80)], fill=fg, outline=edge)
        d.line([128, 46, 128, 186], fill=edge, width=3)
        d.ellipse([106, 24, 150, 56], fill=_darker(fg, 0.8))
    else:  # socks and footwear
        if "sock" in low:
            d.polygon([(90, 30), (140, 30), (140, 140), (200, 150), (200, 186), (90, 186)], fill=fg, outline=edge)
            d.rectangle([90, 30, 140, 48], fill=_darker(fg, 0.8))
        else:
            d.polygon([(60, 60 + off), (130, 60 + off), (136, 130 + off), (216, 150 + off), (216, 180 + off),
                       (50, 180 + off)], fill=fg, outline=edge)
            d.rectangle([46, 176 + off, 220, 188 + off], fill=(30, 30, 30))
    font = _font(12)
    y = 196
    for line in _wrap(name, 34)[:4]:
        d.text((6, y), line, fill=(20, 20, 20), font=font)
        y += 14
    d.text((6, 6), sku, fill=(20, 20, 20), font=font)
    img.save(path, format="PNG")


def main():
    if len(sys.argv) != 2:
        print("usage: python make_store.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "images"), exist_ok=True)

    with open(os.path.join(out, "store.json"), "w", encoding="utf-8") as f:
        json.dump(STORE, f, ensure_ascii=False, indent=2)
        f.write("\n")

    with open(os.path.join(out, "catalog.jsonl"), "w", encoding="utf-8") as f:
        for sku, name, category, price, stock, attrs, desc in PRODUCTS:
            rec = {"sku": sku, "name": name, "description": desc, "category": category,
                   "price": price, "currency": CURRENCY}
            if stock is not None:
                rec["stock"] = stock
            rec["attributes"] = attrs
            rec["images"] = [image_path(sku)]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            draw_image(sku, name, category, attrs, os.path.join(out, image_path(sku)))

    with open(os.path.join(out, "faq.jsonl"), "w", encoding="utf-8") as f:
        for fid, q, a in FAQ:
            f.write(json.dumps({"id": fid, "question": q, "answer": a}, ensure_ascii=False) + "\n")

    with open(os.path.join(out, "orders.jsonl"), "w", encoding="utf-8") as f:
        for o in ORDERS:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    print(f"wrote {len(PRODUCTS)} products, {len(FAQ)} FAQ entries, {len(ORDERS)} orders to {out}")


if __name__ == "__main__":
    main()
