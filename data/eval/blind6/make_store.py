#!/usr/bin/env python3
"""Write the "Hob & Harbour Kitchenware" evaluation store (store format v1).

Usage: python make_store.py OUT_DIR

Everything is hard-coded; the output is identical on every run.
Needs only the Python standard library and Pillow.
"""
import hashlib
import json
import os
import sys

from PIL import Image, ImageDraw, ImageFont

CURRENCY = "AUD"

STORE = {
    "name": "Hob & Harbour Kitchenware",
    "currency": CURRENCY,
    "locale": "en-AU",
    "greeting": "G'day and welcome to Hob & Harbour! Ask me about our cookware, knives, appliances, your order or delivery.",
}

# (sku, name, category, price, stock or None for "no stock field", attributes, description)
PRODUCTS = [
    # ---- frying pans
    ("KP-KX20-20", "Kestrel Pro KX-20 Ceramic Non-Stick Frypan 20cm", "frying pans", 49.95, 22,
     {"diameter": "20cm", "coating": "ceramic non-stick (PFAS-free)", "body": "hard-anodised aluminium",
      "induction_ready": True, "oven_safe": "up to 220°C", "dishwasher_safe": False, "weight": "0.8kg", "warranty": "5 years"},
     "Everyday non-stick pan with a slick ceramic coating and a stay-cool stainless handle. Great for eggs."),
    ("KP-KX20-24", "Kestrel Pro KX-20 Ceramic Non-Stick Frypan 24cm", "frying pans", 64.95, 14,
     {"diameter": "24cm", "coating": "ceramic non-stick (PFAS-free)", "body": "hard-anodised aluminium",
      "induction_ready": True, "oven_safe": "up to 220°C", "dishwasher_safe": False, "weight": "1.1kg", "warranty": "5 years"},
     "Our best-selling non-stick pan: ceramic coating, induction base and a stay-cool stainless handle."),
    ("KP-KX20-28", "Kestrel Pro KX-20 Ceramic Non-Stick Frypan 28cm", "frying pans", 79.95, 0,
     {"diameter": "28cm", "coating": "ceramic non-stick (PFAS-free)", "body": "hard-anodised aluminium",
      "induction_ready": True, "oven_safe": "up to 220°C", "dishwasher_safe": False, "weight": "1.4kg", "warranty": "5 years"},
     "Family-size ceramic non-stick pan with a helper handle, induction ready."),
    ("KP-KX20-32", "Kestrel Pro KX-20 Ceramic Non-Stick Frypan 32cm", "frying pans", 94.95, 6,
     {"diameter": "32cm", "coating": "ceramic non-stick (PFAS-free)", "body": "hard-anodised aluminium",
      "induction_ready": True, "oven_safe": "up to 220°C", "dishwasher_safe": False, "weight": "1.8kg", "warranty": "5 years"},
     "Extra-large ceramic non-stick pan for big fry-ups, with a helper handle."),
    ("FW-SKL-26", "Ferrowood Pre-Seasoned Cast Iron Skillet 26cm", "frying pans", 69.95, 9,
     {"diameter": "26cm", "material": "cast iron", "seasoning": "pre-seasoned with flaxseed oil", "induction_ready": True,
      "oven_safe": "yes, also on the BBQ and campfire", "dishwasher_safe": False, "weight": "3.2kg", "warranty": "lifetime",
      "origin": "cast in Australia"},
     "A heavy, heat-holding skillet that sears steak beautifully and only gets better with use."),
    ("FW-GRL-27", "Ferrowood Cast Iron Square Grill Pan 27cm", "frying pans", 79.95, 13,
     {"size": "27 x 27cm", "material": "cast iron", "seasoning": "pre-seasoned with flaxseed oil", "induction_ready": True,
      "dishwasher_safe": False, "weight": "3.6kg", "warranty": "lifetime", "origin": "cast in Australia"},
     "Raised ridges give chargrill stripes indoors; pouring lips on two corners."),
    ("CS-WOK-32", "Carbonsmith Carbon Steel Wok 32cm Flat Base", "frying pans", 54.95, 12,
     {"diameter": "32cm", "material": "carbon steel", "thickness": "1.8mm", "handle": "beechwood with helper handle",
      "induction_ready": True, "seasoning": "unseasoned, season before first use", "dishwasher_safe": False, "weight": "1.9kg"},
     "Hand-hammered carbon steel wok that builds a natural non-stick patina. Flat base suits induction and electric."),
    ("KP-TRIF-30", "Kestrel Pro Tri-Ply Stainless Steel Frypan 30cm", "frying pans", 124.95, 5,
     {"diameter": "30cm", "material": "18/10 stainless steel tri-ply", "induction_ready": True, "oven_safe": "up to 260°C",
      "dishwasher_safe": True, "weight": "1.6kg", "warranty": "10 years"},
     "Fully clad stainless frypan for proper browning and pan sauces. No coating to wear out."),
    # ---- saucepans and stockpots
    ("KP-TRISP-16", "Kestrel Pro Tri-Ply Saucepan with Lid 16cm 1.5L", "saucepans and stockpots", 94.95, 8,
     {"diameter": "16cm", "capacity": "1.5L", "material": "18/10 stainless steel tri-ply", "lid": "tempered glass",
      "induction_ready": True, "dishwasher_safe": True, "warranty": "10 years"},
     "Small fully clad saucepan with measuring marks inside and a vented glass lid."),
    ("KP-TRISP-20", "Kestrel Pro Tri-Ply Saucepan with Lid 20cm 3L", "saucepans and stockpots", 114.95, 0,
     {"diameter": "20cm", "capacity": "3L", "material": "18/10 stainless steel tri-ply", "lid": "tempered glass",
      "induction_ready": True, "dishwasher_safe": True, "warranty": "10 years"},
     "The go-to size for rice, sauces and veg. Fully clad, with a vented glass lid."),
    ("KP-TRISTK-24", "Kestrel Pro Tri-Ply Stockpot 24cm 8L", "saucepans and stockpots", 154.95, 4,
     {"diameter": "24cm", "capacity": "8L", "material": "18/10 stainless steel tri-ply", "lid": "stainless steel",
      "induction_ready": True, "dishwasher_safe": True, "warranty": "10 years"},
     "Big enough for stock, pasta or a pot of bolognese for the freezer."),
    ("KP-TRISET-5", "Kestrel Pro Tri-Ply 5-Piece Cookware Set", "saucepans and stockpots", 449.95, 2,
     {"pieces": "16cm saucepan, 20cm saucepan, 24cm stockpot, 28cm frypan, 20cm steamer insert",
      "material": "18/10 stainless steel tri-ply", "induction_ready": True, "dishwasher_safe": True, "warranty": "10 years"},
     "Everything you need to set up a kitchen, in fully clad stainless steel."),
    ("MV-MILK-SAGE", "Mulberry Vale Enamel Milk Pan 14cm Sage", "saucepans and stockpots", 34.95, 17,
     {"diameter": "14cm", "capacity": "1.1L", "colour": "sage", "material": "enamelled steel", "pouring_lips": "two",
      "induction_ready": True, "dishwasher_safe": False},
     "Retro enamel milk pan for warming milk, custard or porridge."),
    ("MV-MILK-CRM", "Mulberry Vale Enamel Milk Pan 14cm Cream", "saucepans and stockpots", 34.95, 2,
     {"diameter": "14cm", "capacity": "1.1L", "colour": "cream", "material": "enamelled steel", "pouring_lips": "two",
      "induction_ready": True, "dishwasher_safe": False},
     "Retro enamel milk pan for warming milk, custard or porridge."),
    ("MV-STK-SAGE", "Mulberry Vale Enamel Stockpot 24cm 7L Sage", "saucepans and stockpots", 119.95, 3,
     {"diameter": "24cm", "capacity": "7L", "colour": "sage", "material": "enamelled steel", "lid": "enamelled steel",
      "induction_ready": True, "dishwasher_safe": False},
     "Big enamel stockpot with a matching lid, a looker on the stove."),
    # ---- dutch ovens and casseroles
    ("BB-FO-24RED", "Bellbird Enamelled Cast Iron Round French Oven 24cm 4.2L Cherry Red", "dutch ovens and casseroles", 289.95, 5,
     {"diameter": "24cm", "capacity": "4.2L", "colour": "cherry red", "material": "enamelled cast iron",
      "interior": "sand enamel", "weight": "4.5kg", "oven_safe": "up to 250°C", "induction_ready": True, "warranty": "lifetime"},
     "Heirloom French oven for braises, soups and no-knead bread."),
    ("BB-FO-24TEAL", "Bellbird Enamelled Cast Iron Round French Oven 24cm 4.2L Deep Teal", "dutch ovens and casseroles", 289.95, 0,
     {"diameter": "24cm", "capacity": "4.2L", "colour": "deep teal", "material": "enamelled cast iron",
      "interior": "sand enamel", "weight": "4.5kg", "oven_safe": "up to 250°C", "induction_ready": True, "warranty": "lifetime"},
     "Heirloom French oven for braises, soups and no-knead bread."),
    ("BB-FO-24GRY", "Bellbird Enamelled Cast Iron Round French Oven 24cm 4.2L Storm Grey", "dutch ovens and casseroles", 259.95, 11,
     {"diameter": "24cm", "capacity": "4.2L", "colour": "storm grey", "material": "enamelled cast iron",
      "interior": "sand enamel", "weight": "4.5kg", "oven_safe": "up to 250°C", "induction_ready": True, "warranty": "lifetime"},
     "Heirloom French oven for braises, soups and no-knead bread. End-of-line colour, priced to clear."),
    ("BB-FO-28RED", "Bellbird Enamelled Cast Iron Round French Oven 28cm 6.7L Cherry Red", "dutch ovens and casseroles", 349.95, 2,
     {"diameter": "28cm", "capacity": "6.7L", "colour": "cherry red", "material": "enamelled cast iron",
      "interior": "sand enamel", "weight": "6.1kg", "oven_safe": "up to 250°C", "induction_ready": True, "warranty": "lifetime"},
     "The big one: feeds six to eight, with room for a whole chicken."),
    ("BB-OVL-29TEAL", "Bellbird Enamelled Cast Iron Oval Casserole 29cm 4.7L Deep Teal", "dutch ovens and casseroles", 319.95, 3,
     {"length": "29cm", "capacity": "4.7L", "colour": "deep teal", "material": "enamelled cast iron",
      "interior": "sand enamel", "weight": "5.0kg", "oven_safe": "up to 250°C", "induction_ready": True, "warranty": "lifetime"},
     "Oval shape fits a leg of lamb or a long roast."),
    ("FW-CAMP-5", "Ferrowood Cast Iron Camp Oven 5L with Lid Lifter", "dutch ovens and casseroles", 109.95, None,
     {"capacity": "5L", "material": "cast iron", "feet": "three legs for sitting over coals", "lid": "flanged lid holds hot coals",
      "weight": "6.8kg", "warranty": "lifetime"},
     "Classic Aussie camp oven for damper and stews over the fire. Lid lifter included."),
    # ---- knives
    ("HZ-GYU-21", "Hanzo Edge VG-10 Gyuto Chef's Knife 21cm", "knives", 229.95, 6,
     {"blade_length": "21cm", "steel": "VG-10 core, 67-layer Damascus cladding", "hardness": "60 HRC",
      "handle": "octagonal walnut", "edge": "double bevel, 15 degrees per side", "dishwasher_safe": False,
      "warranty": "lifetime against manufacturing defects"},
     "Light, razor-sharp Japanese chef's knife with a rippled Damascus finish."),
    ("HZ-SAN-18", "Hanzo Edge VG-10 Santoku 18cm", "knives", 189.95, 0,
     {"blade_length": "18cm", "steel": "VG-10 core, 67-layer Damascus cladding", "hardness": "60 HRC",
      "handle": "octagonal walnut", "edge": "double bevel, 15 degrees per side", "dishwasher_safe": False,
      "warranty": "lifetime against manufacturing defects"},
     "Shorter, flat-edged all-rounder with dimples that stop slices sticking."),
    ("HZ-PAR-9", "Hanzo Edge VG-10 Paring Knife 9cm", "knives", 89.95, 15,
     {"blade_length": "9cm", "steel": "VG-10 core, 67-layer Damascus cladding", "hardness": "60 HRC",
      "handle": "octagonal walnut", "edge": "double bevel, 15 degrees per side", "dishwasher_safe": False,
      "warranty": "lifetime against manufacturing defects"},
     "Nimble little knife for peeling, trimming and fiddly jobs."),
    ("HZ-WHET-1K6K", "Hanzo Edge Combination Whetstone 1000/6000 Grit", "knives", 59.95, 9,
     {"grit": "1000 / 6000", "dimensions": "18 x 6 x 3cm", "base": "non-slip bamboo holder",
      "use": "soak for 10 minutes before use"},
     "Two-sided water stone: 1000 to sharpen, 6000 to polish."),
    ("YB-CHEF-20", "Yarrabee Forged German Steel Chef's Knife 20cm", "knives", 99.95, 10,
     {"blade_length": "20cm", "steel": "X50CrMoV15 stainless", "hardness": "56 HRC", "handle": "black POM, triple-riveted",
      "dishwasher_safe": False, "warranty": "25 years"},
     "Hefty full-tang German-style chef's knife that shrugs off pumpkins."),
    ("YB-BREAD-23", "Yarrabee Serrated Bread Knife 23cm", "knives", 64.95, 0,
     {"blade_length": "23cm", "steel": "X50CrMoV15 stainless", "edge": "scalloped serrations", "handle": "black POM, triple-riveted",
      "dishwasher_safe": False, "warranty": "25 years"},
     "Long scalloped blade for crusty sourdough without squashing it."),
    ("YB-BLOCK-7", "Yarrabee 7-Piece Knife Block Set Walnut", "knives", 379.95, 3,
     {"pieces": "20cm chef's, 23cm bread, 18cm santoku, 15cm utility, 9cm paring, honing steel, walnut block",
      "steel": "X50CrMoV15 stainless", "block": "walnut", "warranty": "25 years"},
     "The full Yarrabee line-up in a slimline walnut block."),
    ("YB-HONE-25", "Yarrabee Ceramic Honing Rod 25cm", "knives", 44.95, 7,
     {"length": "25cm", "material": "white alumina ceramic", "grit": "1200", "handle": "black POM"},
     "Realigns and lightly refines the edge between sharpenings."),
    # ---- chopping boards
    ("GJ-EG-L", "Gumleaf Joinery End-Grain Chopping Block Large 45x35cm", "chopping boards", 189.95, 4,
     {"dimensions": "45 x 35 x 5cm", "wood": "spotted gum", "weight": "5.2kg", "feet": "rubber feet",
      "care": "hand wash only, oil monthly"},
     "Handmade in the Hunter Valley from reclaimed spotted gum. Kind to knife edges."),
    ("GJ-EG-M", "Gumleaf Joinery End-Grain Chopping Block Medium 35x25cm", "chopping boards", 129.95, 0,
     {"dimensions": "35 x 25 x 4cm", "wood": "spotted gum", "weight": "3.1kg", "feet": "rubber feet",
      "care": "hand wash only, oil monthly"},
     "Handmade in the Hunter Valley from reclaimed spotted gum. Kind to knife edges."),
    ("GJ-PAD-CL", "Gumleaf Joinery Camphor Laurel Serving Paddle 50cm", "chopping boards", 49.95, 13,
     {"length": "50cm", "wood": "camphor laurel", "care": "hand wash only, oil monthly"},
     "Long paddle board for cheese, charcuterie and pizza night."),
    ("PL-BRD-SET3", "Prepline Colour-Coded Cutting Board Set of 3", "chopping boards", 39.95, 21,
     {"material": "polypropylene", "sizes": "small, medium, large", "colours": "red, green, blue",
      "dishwasher_safe": True},
     "Red for raw meat, green for veg, blue for seafood. Non-slip corners."),
    # ---- bakeware
    ("BR-LOAF-900", "Brindle Bakeware Non-Stick Loaf Tin 900g", "bakeware", 24.95, 30,
     {"dimensions": "23 x 13 x 7cm", "material": "carbon steel", "coating": "non-stick", "oven_safe": "up to 230°C",
      "dishwasher_safe": True},
     "Heavy-gauge 2lb loaf tin for banana bread, sandwich loaves and meatloaf."),
    ("BR-SPR-20", "Brindle Bakeware Springform Cake Tin 20cm", "bakeware", 29.95, 12,
     {"diameter": "20cm", "depth": "7cm", "material": "carbon steel", "coating": "non-stick", "base": "leakproof locking base",
      "dishwasher_safe": True},
     "Leakproof springform for cheesecakes and tortes."),
    ("BR-SPR-24", "Brindle Bakeware Springform Cake Tin 24cm", "bakeware", 34.95, 0,
     {"diameter": "24cm", "depth": "7cm", "material": "carbon steel", "coating": "non-stick", "base": "leakproof locking base",
      "dishwasher_safe": True},
     "Leakproof springform for cheesecakes and tortes."),
    ("BR-MUF-12", "Brindle Bakeware 12-Cup Muffin Tray", "bakeware", 27.95, 19,
     {"cups": "12", "cup_size": "standard, 80ml", "material": "carbon steel", "coating": "non-stick", "dishwasher_safe": True},
     "Standard muffin and cupcake tray with wide rolled edges for an easy grip."),
    ("BR-TRAY-2", "Brindle Bakeware Aluminium Baking Tray Set of 2", "bakeware", 36.95, 8,
     {"dimensions": "40 x 28cm", "material": "anodised aluminium", "coating": "uncoated", "dishwasher_safe": False},
     "Bakery-style trays that won't warp; rims on all four sides."),
    ("SC-MAT-2", "Siliconi Silicone Baking Mat 2-Pack 42x29cm", "bakeware", 22.95, None,
     {"dimensions": "42 x 29cm", "material": "food-grade silicone with fibreglass mesh", "heat_resistance": "-40°C to 250°C",
      "dishwasher_safe": True},
     "Reusable non-stick mats that replace baking paper."),
    ("PT-STONE-33", "Pietra Cordierite Pizza Stone 33cm", "bakeware", 54.95, 5,
     {"diameter": "33cm", "material": "cordierite", "thickness": "1.5cm", "max_temperature": "up to 800°C",
      "suits": "oven, kettle BBQ and pizza oven", "dishwasher_safe": False},
     "Crisp bases at home. Heat it for 45 minutes before the first pizza."),
    # ---- small appliances
    ("ZP-BL900-BLK", "Zephyr BL-900 High-Speed Blender 2L Matte Black", "small appliances", 299.95, 18,
     {"power": "1500W", "jug": "2L BPA-free Tritan", "colour": "matte black", "speeds": "10 speeds plus pulse",
      "warranty": "7 years"},
     "Smoothies, nut butters and hot soups in one powerful blender."),
    ("ZP-BL900-SLV", "Zephyr BL-900 High-Speed Blender 2L Brushed Silver", "small appliances", 319.95, 0,
     {"power": "1500W", "jug": "2L BPA-free Tritan", "colour": "brushed silver", "speeds": "10 speeds plus pulse",
      "warranty": "7 years"},
     "Smoothies, nut butters and hot soups in one powerful blender."),
    ("ZP-SM5-RED", "Zephyr SM-5 Tilt-Head Stand Mixer 5L Tomato Red", "small appliances", 549.95, 4,
     {"power": "1000W", "bowl": "5L stainless steel", "attachments": "flat beater, dough hook, wire whisk",
      "colour": "tomato red", "warranty": "5 years"},
     "Die-cast stand mixer that kneads bread dough without walking across the bench."),
    ("ZP-SM5-OAT", "Zephyr SM-5 Tilt-Head Stand Mixer 5L Oat Cream", "small appliances", 549.95, 14,
     {"power": "1000W", "bowl": "5L stainless steel", "attachments": "flat beater, dough hook, wire whisk",
      "colour": "oat cream", "warranty": "5 years"},
     "Die-cast stand mixer that kneads bread dough without walking across the bench."),
    ("ZP-AF55", "Zephyr AF-55 Digital Air Fryer 5.5L", "small appliances", 179.95, 16,
     {"power": "1700W", "capacity": "5.5L", "presets": "8", "basket": "non-stick, dishwasher safe", "colour": "black",
      "warranty": "2 years"},
     "Crispy chips with a spoonful of oil. Big enough for a whole chicken."),
    ("ZP-TS4", "Zephyr TS-4 Four-Slice Toaster Brushed Steel", "small appliances", 129.95, 11,
     {"power": "1800W", "slots": "4 extra-wide", "browning_settings": "7", "functions": "defrost, reheat, bagel",
      "colour": "brushed steel", "warranty": "2 years"},
     "Four wide slots that take crumpets and thick sourdough."),
    ("BLB-ESP-200", "Billabrew BE-200 Espresso Machine", "small appliances", 499.95, 2,
     {"pump_pressure": "15 bar", "grinder": "built-in conical burr", "water_tank": "2L", "steam_wand": "manual",
      "colour": "brushed steel", "warranty": "2 years"},
     "Bean-to-cup at home: grind, tamp and steam milk for a proper flat white."),
    # ---- kettles, tea and coffee
    ("BLB-WKT-GRN", "Billabrew Stovetop Whistling Kettle 2.5L Eucalyptus Green", "kettles, tea and coffee", 79.95, 6,
     {"capacity": "2.5L", "material": "enamelled steel", "colour": "eucalyptus green",
      "cooktops": "gas, electric, ceramic and induction"},
     "A cheerful whistle when the water's on the boil."),
    ("BLB-WKT-CHR", "Billabrew Stovetop Whistling Kettle 2.5L Charcoal", "kettles, tea and coffee", 79.95, 13,
     {"capacity": "2.5L", "material": "enamelled steel", "colour": "charcoal",
      "cooktops": "gas, electric, ceramic and induction"},
     "A cheerful whistle when the water's on the boil."),
    ("BLB-GNK-09", "Billabrew Pour-Over Gooseneck Electric Kettle 0.9L", "kettles, tea and coffee", 149.95, 0,
     {"capacity": "0.9L", "power": "1200W", "temperature": "40-100°C variable, keeps warm for 60 minutes",
      "material": "stainless steel", "colour": "matte black", "warranty": "2 years"},
     "Precise pour and precise temperature for filter coffee and green tea."),
    ("BLB-PLG-8", "Billabrew Double-Wall Coffee Plunger 8-Cup 1L", "kettles, tea and coffee", 59.95, 10,
     {"capacity": "1L", "material": "double-wall 18/8 stainless steel", "filter": "triple-layer mesh",
      "dishwasher_safe": True},
     "Unbreakable French press that keeps coffee hot for longer."),
    ("BLB-TPOT-12", "Billabrew Cast Iron Teapot with Infuser 1.2L", "kettles, tea and coffee", 69.95, 4,
     {"capacity": "1.2L", "material": "cast iron", "interior": "enamel-lined", "infuser": "stainless steel mesh",
      "colour": "black", "stovetop_safe": False},
     "Japanese-style tetsubin teapot that keeps a pot warm through a long chat."),
    ("BLB-MOKA-6", "Billabrew Aluminium Moka Pot 6-Cup", "kettles, tea and coffee", 44.95, 20,
     {"capacity": "300ml", "material": "aluminium", "induction_ready": False, "cooktops": "gas, electric and ceramic"},
     "Stovetop espresso the Italian way."),
    # ---- utensils and gadgets
    ("QK-SPAT-3", "Quokka Kitchen Silicone Spatula Set of 3", "utensils and gadgets", 19.95, 40,
     {"material": "silicone over stainless steel core", "heat_resistance": "up to 230°C", "dishwasher_safe": True,
      "colour": "sage"},
     "Small, medium and spoon-shaped spatulas that won't scratch non-stick."),
    ("QK-TONG-30", "Quokka Kitchen Locking Tongs 30cm", "utensils and gadgets", 16.95, 25,
     {"length": "30cm", "material": "stainless steel", "tips": "silicone", "dishwasher_safe": True},
     "Pull-ring locking tongs, long enough for the barbie."),
    ("QK-WHSK-30", "Quokka Kitchen Balloon Whisk 30cm", "utensils and gadgets", 14.95, 8,
     {"length": "30cm", "material": "stainless steel", "wires": "12", "dishwasher_safe": True},
     "Twelve-wire whisk for cream, meringue and batter."),
    ("QK-QT7", "Quokka Kitchen QT-7 Instant-Read Meat Thermometer", "utensils and gadgets", 39.95, 14,
     {"range": "-50°C to 300°C", "reading_time": "2-3 seconds", "battery": "CR2032, included",
      "water_resistance": "IP65", "colour": "orange"},
     "Fold-out probe thermometer so you never overcook a roast again."),
    ("QK-MAND-V", "Quokka Kitchen Adjustable V-Blade Mandoline", "utensils and gadgets", 49.95, 6,
     {"thickness": "1-9mm adjustable", "blades": "V-blade, julienne, crinkle", "includes": "cut-resistant glove",
      "dishwasher_safe": True},
     "Even slices for gratins and salads. Glove included, please use it."),
    ("QK-PEEL-2", "Quokka Kitchen Y-Peeler Twin Pack", "utensils and gadgets", 12.95, 33,
     {"blade": "carbon steel swivel blade", "colours": "green and yellow", "dishwasher_safe": True},
     "The peeler chefs swear by, two to a pack."),
    ("QK-SCALE-5", "Quokka Kitchen Digital Kitchen Scale 5kg", "utensils and gadgets", 34.95, None,
     {"capacity": "5kg", "precision": "1g", "units": "g, kg, ml, oz, lb", "battery": "2 x AAA, included",
      "colour": "white"},
     "Slim glass-top scale with a tare button."),
    # ---- food storage
    ("CB-GLASS-5", "Coolabah Glass Meal Prep Containers Set of 5", "food storage", 49.95, 18,
     {"material": "borosilicate glass", "lids": "clip-lock, BPA-free", "capacity": "2 x 370ml, 2 x 640ml, 1 x 1L",
      "microwave_safe": True, "oven_safe": "glass only, up to 300°C", "freezer_safe": True},
     "Oven-to-table glass containers with leakproof clip-lock lids."),
    ("CB-CAN-12", "Coolabah Airtight Pantry Canister 1.2L", "food storage", 14.95, 27,
     {"capacity": "1.2L", "material": "BPA-free acrylic", "lid": "push-button airtight seal", "stackable": True},
     "Push-button canister for pasta, rice and cereal."),
    ("CB-CAN-3", "Coolabah Airtight Pantry Canister 3L", "food storage", 19.95, 0,
     {"capacity": "3L", "material": "BPA-free acrylic", "lid": "push-button airtight seal", "stackable": True},
     "Tall push-button canister that fits a full 1kg bag of flour."),
    ("CB-WRAP-3", "Coolabah Beeswax Food Wraps 3-Pack", "food storage", 24.95, 15,
     {"sizes": "20cm, 25cm and 33cm square", "material": "organic cotton, Australian beeswax, jojoba oil",
      "lifespan": "up to 12 months with care"},
     "Plastic-free wraps for bowls, cheese and half an avocado."),
    ("CB-VS30", "Coolabah VS-30 Vacuum Sealer", "food storage", 119.95, 5,
     {"power": "120W", "bag_width": "up to 30cm", "includes": "10 starter bags and a roll", "modes": "dry, moist, pulse",
      "warranty": "2 years"},
     "Seal meat and leftovers for the freezer or for sous vide."),
    ("CB-LUNCH-1", "Coolabah Stainless Steel Lunch Box 1L", "food storage", 34.95, 9,
     {"capacity": "1L", "material": "18/8 stainless steel", "compartments": "3", "leakproof": "no, best for dry food"},
     "Plastic-free bento-style lunch box with a removable divider."),
]

FAQ = [
    ("delivery", "How much does delivery cost?",
     "Standard delivery anywhere in Australia is a flat $9.95, and it's free on orders of $120 or more (after any "
     "discounts). Most metro orders arrive in 2-5 business days; regional areas can take up to 8 business days. We ship "
     "with Australia Post, StarTrack and CouriersPlease depending on the size of the parcel."),
    ("express", "Do you offer express delivery?",
     "Yes. Express Post is $16.95 and is available on parcels under 5kg. Order by 1pm AEST on a weekday and it goes "
     "out the same day; most capital cities receive it the next business day. Bulky items such as stand mixers and "
     "chopping blocks can't go Express."),
    ("remote-and-nz", "Do you ship to WA, the NT, Tasmania or overseas?",
     "We deliver everywhere in Australia. Bulky items over 10kg (stand mixers, camp ovens, large chopping blocks) have "
     "a $20 surcharge to WA, the NT and Tasmania. We also ship to New Zealand for a flat $34.95 with NZ Post; Australian "
     "GST is taken off NZ orders, but NZ import charges may apply. We don't ship to any other countries yet."),
    ("returns", "What is your returns policy?",
     "Changed your mind? Send back unused items in their original packaging within 30 days of delivery for a refund "
     "or an exchange. Return postage is yours to cover unless the item is faulty. Refunds go back to your original "
     "payment method within 5 business days of the parcel reaching us. Items marked 'final sale' can't be returned "
     "for change of mind."),
    ("used-cookware", "Can I return a pan I have already cooked with?",
     "For hygiene reasons we can't take change-of-mind returns on cookware, knives or appliances once they've been "
     "used. If something you've used turns out to be faulty, that's a warranty claim, and you're also covered by the "
     "Australian Consumer Law."),
    ("warranty", "How do warranty claims work?",
     "Every product comes with the manufacturer's warranty shown on its product page, on top of your rights under "
     "the Australian Consumer Law. To claim, email hello@hobandharbour.com.au with your order number and photos of the "
     "fault and we'll deal with the brand for you. Non-stick coatings are covered against peeling and blistering, but "
     "not against scratches from metal utensils or damage from overheating an empty pan."),
    ("click-collect", "Do you do click and collect?",
     "Yes, Click & Collect is free from our shop on Darby Street, Cooks Hill. Choose it at checkout and wait for our "
     "SMS saying it's ready, usually within 2 hours during opening hours. Bring your order number and photo ID. We "
     "hold orders for 14 days."),
    ("hours", "What are your opening hours?",
     "Our shop at 118 Darby Street, Cooks Hill (Newcastle NSW 2300) is open Monday to Friday 9am-5:30pm, Saturday "
     "9am-4pm and Sunday 10am-2pm. We're closed on public holidays. Online chat and email are answered 7 days."),
    ("gift-cards", "Do you sell gift cards?",
     "Digital gift cards from $25 to $500 are emailed instantly, and physical cards are available in store. They're "
     "valid for 3 years from purchase, work online and in the shop, and can be spent over several purchases. Gift "
     "cards can't be swapped for cash."),
    ("price-match", "Do you price match?",
     "Seen it cheaper? We'll match the price of an identical, in-stock item from another Australian retailer's website "
     "or shop, delivery included. Just send us the link before you buy. We don't match marketplace sellers (eBay, "
     "Amazon Marketplace), clearance stock or members-only prices."),
    ("damaged", "My order arrived damaged. What should I do?",
     "Sorry about that! Email us within 7 days of delivery with photos of the damage and of the box, and we'll send a "
     "replacement at no cost or give you a full refund, whichever you prefer. Please keep the packaging until it's "
     "sorted, but there's no need to send back broken glass or ceramics."),
    ("sharpening", "Do you offer knife sharpening?",
     "Yes! Our in-store knife sharpening service is $9.50 per knife, or $7.50 per knife for five or more. Serrated "
     "knives are $12.50. Drop them off during opening hours and they're usually ready in 2 business days. Can't come "
     "in? Post them to us and add $15 for tracked return postage. We sharpen by hand on whetstones, never on a grinder."),
    ("tracking", "How do I track my order?",
     "As soon as your order leaves our warehouse you'll get a dispatch email with the carrier and a tracking link. "
     "Tracking can take up to 24 hours to show any movement. Click & Collect orders don't have tracking; we'll SMS you "
     "when they're ready."),
    ("cancel", "Can I cancel my order?",
     "We pack orders quickly, so you can cancel free of charge within 1 hour of ordering: email or call us with your "
     "order number. After that, if it's already been packed or shipped we can't stop it, but you can send it back "
     "under our 30-day returns policy."),
    ("payment", "What payment methods do you accept?",
     "We take Visa, Mastercard, American Express, PayPal, Apple Pay, Google Pay, Afterpay and Zip. Afterpay is "
     "available on orders from $50 to $2,000. There's no surcharge on any payment method. We can't take cheques or "
     "bank transfers."),
    ("induction", "How do I know if a pan works on induction?",
     "Each product page shows whether it's induction ready. Quick home test: if a fridge magnet sticks firmly to the "
     "base, it'll work on induction. Aluminium and copper pans without a steel base won't work."),
    ("classes", "Do you run cooking classes?",
     "We run hands-on Knife Skills classes in the shop on the first and third Saturday of each month, 10am to 12pm. "
     "It's $95 per person with a maximum of 8 people, and you get 10% off anything in store on the day. Book in store "
     "or by phone."),
    ("contact", "How can I contact you?",
     "Call us on (02) 4929 5581 during shop hours or email hello@hobandharbour.com.au. We reply to emails within one "
     "business day."),
    ("cast-iron-care", "How do I look after cast iron?",
     "Wash cast iron with hot water and a brush, dry it on the stove, then wipe on a thin layer of oil. Don't put it in "
     "the dishwasher or leave it to soak. If rust spots appear, it's not ruined: scrub them off with steel wool and "
     "re-season it in the oven at 230°C for an hour. Enamelled cast iron (like Bellbird) doesn't need seasoning."),
]

ORDERS = [
    {"order_id": "HH-204718", "email": "jess.nguyen@example.com.au", "postcode": "2300", "placed": "2026-05-04",
     "status": "shipped", "carrier": "Australia Post", "eta": "2026-05-08",
     "items": [{"sku": "KP-KX20-24", "qty": 1}, {"sku": "QK-SPAT-3", "qty": 1}]},
    {"order_id": "HH-204733", "email": "tom.oconnell@example.com", "postcode": "2750", "placed": "2026-05-06",
     "status": "processing", "items": [{"sku": "BB-FO-24RED", "qty": 1}]},
    {"order_id": "HH-204761", "email": "priya.s@example.net", "postcode": "3056", "placed": "2026-04-22",
     "status": "delivered", "carrier": "Australia Post", "eta": "2026-04-28",
     "items": [{"sku": "HZ-GYU-21", "qty": 1}, {"sku": "HZ-WHET-1K6K", "qty": 1}]},
    {"order_id": "HH-204790", "email": "mick.dawson@example.com.au", "postcode": "4870", "placed": "2026-05-01",
     "status": "shipped", "carrier": "StarTrack", "eta": "2026-05-12", "items": [{"sku": "ZP-SM5-OAT", "qty": 1}]},
    {"order_id": "HH-204812", "email": "sophie.tran@example.com", "postcode": "2042", "placed": "2026-04-15",
     "status": "returned", "carrier": "Australia Post", "items": [{"sku": "ZP-AF55", "qty": 1}]},
    {"order_id": "HH-204829", "email": "daniel.kowalski@example.com.au", "postcode": "6160", "placed": "2026-05-05",
     "status": "cancelled", "items": [{"sku": "GJ-EG-L", "qty": 1}]},
    {"order_id": "HH-204855", "email": "ngaire.wilson@example.co.nz", "postcode": "0632", "placed": "2026-04-20",
     "status": "delivered", "carrier": "NZ Post", "eta": "2026-04-30",
     "items": [{"sku": "BLB-TPOT-12", "qty": 1}, {"sku": "CB-WRAP-3", "qty": 2}]},
    {"order_id": "HH-204870", "email": "ben.harris@example.com", "postcode": "2300", "placed": "2026-05-07",
     "status": "processing", "items": [{"sku": "YB-BLOCK-7", "qty": 1}]},
    {"order_id": "HH-204893", "email": "olivia.park@example.com.au", "postcode": "2600", "placed": "2026-05-03",
     "status": "shipped", "carrier": "CouriersPlease", "eta": "2026-05-09",
     "items": [{"sku": "BR-LOAF-900", "qty": 2}, {"sku": "BR-MUF-12", "qty": 1}]},
    {"order_id": "HH-204917", "email": "raj.mehta@example.com", "postcode": "5000", "placed": "2026-04-10",
     "status": "delivered", "carrier": "StarTrack", "eta": "2026-04-16", "items": [{"sku": "KP-TRISET-5", "qty": 1}]},
    {"order_id": "HH-204936", "email": "kate.oneill@example.com.au", "postcode": "7000", "placed": "2026-04-18",
     "status": "cancelled", "items": [{"sku": "BB-OVL-29TEAL", "qty": 1}]},
    {"order_id": "HH-204958", "email": "liam.brooks@example.com", "postcode": "2480", "placed": "2026-05-08",
     "status": "processing", "items": [{"sku": "BLB-WKT-GRN", "qty": 1}, {"sku": "QK-QT7", "qty": 1}]},
]

# ---------------------------------------------------------------- images

COLOURS = {
    "cherry red": (178, 34, 40), "deep teal": (0, 110, 120), "storm grey": (96, 104, 112), "sage": (150, 172, 140),
    "cream": (238, 228, 200), "matte black": (35, 35, 38), "brushed silver": (190, 192, 196), "tomato red": (214, 60, 45),
    "oat cream": (230, 218, 190), "eucalyptus green": (104, 140, 112), "charcoal": (58, 60, 64), "black": (30, 30, 30),
    "brushed steel": (176, 178, 182), "orange": (236, 120, 30), "white": (245, 245, 245),
}
MATERIALS = [  # first match in the material/coating text wins
    ("ceramic non-stick", (70, 70, 76)), ("spotted gum", (150, 100, 60)), ("camphor laurel", (210, 180, 130)),
    ("cast iron", (45, 45, 48)), ("carbon steel", (70, 66, 62)), ("stainless", (185, 188, 192)),
    ("polypropylene", (90, 160, 90)), ("silicone", (200, 90, 60)), ("cordierite", (210, 196, 170)),
    ("aluminium", (200, 202, 206)), ("glass", (200, 225, 235)), ("acrylic", (215, 230, 240)),
    ("beeswax", (235, 190, 70)), ("steel", (160, 160, 165)),
]

CATEGORY_SHAPE = {
    "frying pans": "pan", "saucepans and stockpots": "pot", "dutch ovens and casseroles": "oven", "knives": "knife",
    "chopping boards": "board", "bakeware": "tray", "small appliances": "appliance",
    "kettles, tea and coffee": "kettle", "utensils and gadgets": "utensil", "food storage": "jar",
}


def image_path(sku):
    return "images/" + sku.lower() + ".png"


def product_colour(attrs):
    if attrs.get("colour") in COLOURS:
        return COLOURS[attrs["colour"]]
    text = " ".join(str(attrs.get(k, "")) for k in ("coating", "wood", "material", "steel")).lower()
    for key, rgb in MATERIALS:
        if key in text:
            return rgb
    return (120, 120, 120)


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
    bg = (236 + h[0] % 16, 234 + h[1] % 16, 228 + h[2] % 16)  # plain light background
    fg = product_colour(attrs)
    edge = _darker(fg)
    wood = (150, 105, 65)
    img = Image.new("RGB", (256, 256), bg)
    d = ImageDraw.Draw(img)
    shape = CATEGORY_SHAPE.get(category, "jar")
    off = h[3] % 12 - 6
    if shape == "pan":
        d.rectangle([150, 96 + off, 244, 110 + off], fill=wood if "wok" in name.lower() else (60, 60, 60))
        d.ellipse([20, 50 + off, 170, 160 + off], fill=edge)
        d.ellipse([32, 60 + off, 158, 150 + off], fill=fg)
    elif shape == "pot":
        d.rectangle([20, 88 + off, 236, 98 + off], fill=edge)  # side handles
        d.rectangle([48, 70 + off, 208, 168 + off], fill=fg, outline=edge, width=3)
        d.rectangle([44, 60 + off, 212, 72 + off], fill=edge)  # lid
        d.rectangle([116, 48 + off, 140, 60 + off], fill=(40, 40, 40))
    elif shape == "oven":
        d.ellipse([26, 80 + off, 230, 176 + off], fill=edge)
        d.rounded_rectangle([40, 70 + off, 216, 160 + off], radius=30, fill=fg)
        d.ellipse([40, 52 + off, 216, 92 + off], fill=_darker(fg, 0.85))
        d.ellipse([112, 40 + off, 144, 60 + off], fill=(200, 200, 205))
    elif shape == "knife":
        blade = (205, 208, 212) if "steel" in str(attrs.get("steel", "")).lower() or "VG" in name else fg
        if "whetstone" in name.lower():
            d.rectangle([40, 90, 216, 118], fill=(70, 110, 170))
            d.rectangle([40, 118, 216, 146], fill=(230, 230, 225))
            d.rectangle([34, 146, 222, 160], fill=wood)
        elif "honing" in name.lower():
            d.rectangle([30, 108 + off, 90, 124 + off], fill=(30, 30, 30))
            d.rectangle([90, 111 + off, 236, 121 + off], fill=(245, 245, 245), outline=(180, 180, 180))
        elif "block" in name.lower():
            d.polygon([(70, 170), (110, 60), (190, 60), (170, 170)], fill=wood)
            for i in range(5):
                d.rectangle([112 + i * 14, 40 + (h[4 + i] % 15), 118 + i * 14, 64], fill=(30, 30, 30))
        else:
            length = 90 + int(str(attrs.get("blade_length", "20cm")).rstrip("cm") or 20) * 4
            d.rectangle([20, 108 + off, 80, 126 + off], fill=wood if "walnut" in str(attrs.get("handle")) else (30, 30, 30))
            d.polygon([(80, 104 + off), (min(80 + length, 246), 112 + off), (80, 132 + off)], fill=blade)
    elif shape == "board":
        if "set of 3" in name.lower():
            for i, c in enumerate([(200, 60, 60), (80, 160, 80), (60, 100, 200)]):
                d.rounded_rectangle([40 + i * 16, 50 + i * 20, 190 + i * 16, 130 + i * 20], radius=8, fill=c)
        else:
            d.rounded_rectangle([30, 60 + off, 200, 160 + off], radius=10, fill=fg, outline=_darker(fg), width=3)
            if "paddle" in name.lower():
                d.rectangle([200, 100 + off, 246, 120 + off], fill=fg)
            else:
                for x in range(40, 196, 16):
                    d.line([x, 64 + off, x, 156 + off], fill=_darker(fg, 0.8), width=1)
    elif shape == "tray":
        if "stone" in name.lower() or "springform" in name.lower():
            d.ellipse([40, 60 + off, 216, 170 + off], fill=fg, outline=edge, width=4)
        elif "muffin" in name.lower():
            d.rectangle([30, 60, 226, 170], fill=fg)
            for r in range(3):
                for c in range(4):
                    d.ellipse([42 + c * 46, 68 + r * 34, 76 + c * 46, 96 + r * 34], fill=edge)
        else:
            d.rectangle([40, 80 + off, 216, 150 + off], fill=fg, outline=edge, width=4)
    elif shape == "appliance":
        d.rounded_rectangle([70, 150, 186, 190], radius=8, fill=fg, outline=edge, width=2)
        if "blender" in name.lower():
            d.polygon([(82, 150), (174, 150), (190, 40), (66, 40)], fill=(215, 228, 236), outline=(150, 160, 170))
        elif "mixer" in name.lower():
            d.rectangle([80, 60, 110, 150], fill=fg)
            d.rounded_rectangle([80, 40, 210, 80], radius=18, fill=fg)
            d.ellipse([120, 100, 200, 150], fill=(200, 202, 206))
        else:
            d.rounded_rectangle([60, 60, 196, 150], radius=14, fill=fg, outline=edge, width=3)
            d.rectangle([90, 64, 166, 72], fill=edge)
    elif shape == "kettle":
        d.ellipse([60, 70 + off, 190, 180 + off], fill=fg, outline=edge, width=3)
        d.line([185, 130 + off, 236, 80 + off], fill=edge, width=8)
        d.arc([80, 30 + off, 170, 110 + off], 180, 360, fill=(40, 40, 40), width=6)
    elif shape == "utensil":
        d.line([60, 200, 160, 60], fill=(60, 60, 60), width=10)
        d.ellipse([140, 30 + off, 200, 90 + off], fill=fg, outline=edge, width=3)
    else:  # jar
        d.rounded_rectangle([70, 60 + off, 186, 176 + off], radius=12, fill=fg, outline=edge, width=3)
        d.rectangle([64, 50 + off, 192, 66 + off], fill=(90, 90, 95))
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
