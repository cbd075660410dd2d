#!/usr/bin/env python3
"""Build the "Circuit Cove" blind evaluation store (store format v1).

Usage: python data/eval/blind9/make_store.py OUT_DIR

Standard library plus Pillow only. Deterministic: every run writes the same bytes.
"""
import json
import os
import sys

from PIL import Image, ImageDraw

STORE = {
    "name": "Circuit Cove",
    "currency": "USD",
    "locale": "en-US",
    "greeting": "Hey there, welcome to Circuit Cove! Ask me about chargers, cables, cases, "
                "audio and more, or about an order you've placed.",
}

# colour name -> RGB used for the product drawing
RGB = {
    "black": (30, 30, 34), "white": (236, 236, 232), "gray": (128, 130, 136),
    "charcoal": (62, 64, 70), "silver": (190, 192, 198), "clear": (205, 225, 235),
    "navy": (28, 42, 92), "coral": (240, 120, 100), "olive": (107, 114, 56),
    "tan": (196, 150, 98), "sage": (150, 170, 140), "oat": (222, 208, 180),
    "blue": (40, 110, 200), "green": (60, 150, 80), "orange": (230, 130, 40),
    "graphite": (72, 74, 80), "brown": (120, 80, 50), "multicolor": (200, 90, 200),
}

PRODUCTS = []


def P(sku, name, category, price, stock, attributes, description, shape, colour=None):
    rec = {
        "sku": sku,
        "name": name,
        "description": description,
        "category": category,
        "price": price,
        "currency": "USD",
    }
    if stock is not None:
        rec["stock"] = stock
    rec["attributes"] = attributes
    rec["images"] = ["images/%s.png" % sku.lower()]
    colour = colour or attributes.get("color", "gray")
    PRODUCTS.append((rec, shape, colour))


# ---------------------------------------------------------------- chargers
CH = "chargers"
P("VLT-GAN-20W", "Voltaro GaNPro 20W USB-C Charger", CH, 19.99, 42,
  {"wattage": 20, "ports": "1x USB-C", "technology": "GaN", "plug": "foldable US prongs",
   "weight_g": 32, "color": "white", "warranty_years": 2},
  "The little cube that fast-charges an iPhone to 50% in about 30 minutes. Folding prongs, so it won't shred your bag lining.",
  "charger")
P("VLT-GAN-35W", "Voltaro GaNPro 35W Dual USB-C Charger", CH, 29.99, 0,
  {"wattage": 35, "ports": "2x USB-C", "technology": "GaN", "plug": "foldable US prongs",
   "weight_g": 68, "color": "white", "warranty_years": 2},
  "Two USB-C ports sharing 35W, enough for a phone and a tablet at the same time.",
  "charger")
P("VLT-GAN-65W", "Voltaro GaNPro 65W 3-Port Charger", CH, 49.99, 17,
  {"wattage": 65, "ports": "2x USB-C, 1x USB-A", "technology": "GaN", "plug": "foldable US prongs",
   "weight_g": 112, "color": "black", "warranty_years": 2},
  "One charger for laptop, phone and earbuds. Pushes the full 65W to a single USB-C port when it's the only thing plugged in.",
  "charger")
P("VLT-GAN-100W", "Voltaro GaNPro 100W 4-Port Charger", CH, 79.99, 6,
  {"wattage": 100, "ports": "3x USB-C, 1x USB-A", "technology": "GaN", "plug": "foldable US prongs",
   "weight_g": 198, "color": "black", "warranty_years": 2},
  "Our desk-clearing powerhouse: four ports and up to 100W, enough for a 16-inch laptop at full speed.",
  "charger")
P("VLT-MAG-15W", "Voltaro MagPad 15W Magnetic Wireless Charger", CH, 34.99, 23,
  {"wattage": 15, "wireless": True, "standard": "Qi2", "connector": "USB-C input",
   "cable_length": "1.5 m attached", "weight_g": 58, "color": "white", "warranty_years": 2},
  "Snaps onto MagSafe iPhones and Qi2 Androids and charges at up to 15W. Power adapter sold separately.",
  "pad")
P("VLT-TRIO-3IN1", "Voltaro TrioDock 3-in-1 Wireless Charging Stand", CH, 89.99, 3,
  {"wattage": 30, "wireless": True, "charges": "phone, watch and earbuds", "standard": "Qi2",
   "weight_g": 410, "color": "graphite", "warranty_years": 2},
  "Phone, watch and earbuds on one tidy nightstand dock. Includes a 30W wall adapter.",
  "pad")
P("VLT-ROAD-45W", "Voltaro RoadLine 45W Car Charger", CH, 24.99, 31,
  {"wattage": 45, "ports": "1x USB-C, 1x USB-A", "input": "12/24 V socket",
   "weight_g": 26, "color": "black", "warranty_years": 2},
  "Fits flush in your car's 12V socket and fast-charges two devices on the road.",
  "charger")

# ---------------------------------------------------------------- cables
CA = "cables"
P("VLT-PLCC-1M", "Voltaro PowerLine USB-C to USB-C Cable 1m", CA, 12.99, 58,
  {"connector": "USB-C to USB-C", "length": "1 m", "max_wattage": 60, "data_speed": "480 Mbps (USB 2.0)",
   "material": "TPE", "color": "white", "warranty_years": 1},
  "The everyday charging cable for phones, tablets and earbuds. Carries up to 60W.",
  "cable")
P("VLT-PLCC-2M", "Voltaro PowerLine USB-C to USB-C Cable 2m", CA, 15.99, 0,
  {"connector": "USB-C to USB-C", "length": "2 m", "max_wattage": 60, "data_speed": "480 Mbps (USB 2.0)",
   "material": "TPE", "color": "white", "warranty_years": 1},
  "Same trusty PowerLine, with the extra reach to charge from the far side of the couch.",
  "cable")
P("VLT-PLCL-3FT", "Voltaro PowerLine USB-C to Lightning Cable 3ft", CA, 14.99, 40,
  {"connector": "USB-C to Lightning", "length": "3 ft", "certification": "MFi certified",
   "max_wattage": 20, "material": "braided nylon", "color": "black", "warranty_years": 1},
  "Apple MFi-certified, so it fast-charges older iPhones without the \"accessory not supported\" nag.",
  "cable")
P("VLT-PLCL-6FT", "Voltaro PowerLine USB-C to Lightning Cable 6ft", CA, 17.99, 12,
  {"connector": "USB-C to Lightning", "length": "6 ft", "certification": "MFi certified",
   "max_wattage": 20, "material": "braided nylon", "color": "black", "warranty_years": 1},
  "Our bestselling Lightning cable in the length that reaches the bed.",
  "cable")
P("VLT-PLCL-10FT", "Voltaro PowerLine USB-C to Lightning Cable 10ft", CA, 21.99, 0,
  {"connector": "USB-C to Lightning", "length": "10 ft", "certification": "MFi certified",
   "max_wattage": 20, "material": "braided nylon", "color": "black", "warranty_years": 1},
  "Ten feet of braided nylon for dorm rooms, offices and back seats.",
  "cable")
P("VLT-BRMX-1M", "Voltaro BraidMax 240W USB-C Cable 1m", CA, 18.99, 26,
  {"connector": "USB-C to USB-C", "length": "1 m", "max_wattage": 240, "data_speed": "480 Mbps (USB 2.0)",
   "material": "double-braided nylon", "color": "orange", "warranty_years": 3},
  "Rated for the full 240W USB-C spec, so it'll charge any laptop we know of. Tested to 25,000 bends.",
  "cable")
P("VLT-BRMX-2M", "Voltaro BraidMax 240W USB-C Cable 2m", CA, 22.99, 14,
  {"connector": "USB-C to USB-C", "length": "2 m", "max_wattage": 240, "data_speed": "480 Mbps (USB 2.0)",
   "material": "double-braided nylon", "color": "orange", "warranty_years": 3},
  "The long BraidMax: 240W of laptop charging with room to move.",
  "cable")
P("VLT-PLAC-3FT", "Voltaro PowerLine USB-A to USB-C Cable 3ft", CA, 9.49, 64,
  {"connector": "USB-A to USB-C", "length": "3 ft", "max_wattage": 15, "data_speed": "5 Gbps (USB 3.2 Gen 1)",
   "material": "TPE", "color": "black", "warranty_years": 1},
  "For older chargers, car ports and computers that still have the rectangular USB-A port.",
  "cable")

# ---------------------------------------------------------------- power banks
PB = "power-banks"
P("VLT-PKC-5K", "Voltaro PocketCell Power Bank 5000mAh", PB, 24.99, 35,
  {"capacity_mah": 5000, "max_output_w": 20, "ports": "1x USB-C", "weight_g": 118,
   "recharge_time_hours": 2, "color": "black", "warranty_years": 2},
  "Lipstick-sized backup for a full phone top-up. Slips into any pocket.",
  "powerbank")
P("VLT-PKC-10K", "Voltaro PocketCell Power Bank 10000mAh", PB, 39.99, 0,
  {"capacity_mah": 10000, "max_output_w": 22.5, "ports": "1x USB-C, 1x USB-A", "weight_g": 205,
   "recharge_time_hours": 3, "color": "black", "warranty_years": 2},
  "About two full phone charges in a bank that still fits a jeans pocket.",
  "powerbank")
P("VLT-PKC-20K", "Voltaro PocketCell Power Bank 20000mAh", PB, 59.99, 9,
  {"capacity_mah": 20000, "max_output_w": 30, "ports": "2x USB-C, 1x USB-A", "weight_g": 352,
   "recharge_time_hours": 4.5, "color": "black", "warranty_years": 2},
  "The weekend-trip bank: four-plus phone charges, or a tablet and a phone, and TSA carry-on friendly.",
  "powerbank")
P("VLT-MGC-5K", "Voltaro MagCell Magnetic Power Bank 5000mAh", PB, 44.99, None,
  {"capacity_mah": 5000, "max_output_w": 15, "wireless": True, "standard": "Qi2",
   "ports": "1x USB-C", "weight_g": 134, "color": "silver", "warranty_years": 2},
  "Snaps to the back of a MagSafe iPhone and charges it wirelessly while you keep scrolling.",
  "powerbank")

# ---------------------------------------------------------------- audio
AU = "audio"
P("KST-ARIA-BLK", "Kestrel Aria Wireless Earbuds Black", AU, 79.99, 22,
  {"wireless": True, "noise_cancelling": False, "battery_life_hours": 7, "battery_with_case_hours": 28,
   "water_resistance": "IPX4", "bluetooth": "5.3", "color": "black", "weight_g": 4.8, "warranty_years": 1},
  "Light, comfy earbuds with warm, punchy sound and 28 hours of total play with the case.",
  "earbuds")
P("KST-ARIA-WHT", "Kestrel Aria Wireless Earbuds White", AU, 79.99, 0,
  {"wireless": True, "noise_cancelling": False, "battery_life_hours": 7, "battery_with_case_hours": 28,
   "water_resistance": "IPX4", "bluetooth": "5.3", "color": "white", "weight_g": 4.8, "warranty_years": 1},
  "The Aria in crisp white. Same sound, same 28-hour case.",
  "earbuds")
P("KST-ARIA-SGE", "Kestrel Aria Wireless Earbuds Sage", AU, 84.99, 5,
  {"wireless": True, "noise_cancelling": False, "battery_life_hours": 7, "battery_with_case_hours": 28,
   "water_resistance": "IPX4", "bluetooth": "5.3", "color": "sage", "weight_g": 4.8, "warranty_years": 1},
  "Limited-run sage green Aria with a matte soft-touch case.",
  "earbuds")
P("KST-ARIAPRO-BLK", "Kestrel Aria Pro ANC Earbuds", AU, 129.99, 11,
  {"wireless": True, "noise_cancelling": True, "battery_life_hours": 8.5, "battery_with_case_hours": 32,
   "water_resistance": "IPX5", "bluetooth": "5.4", "codec": "LDAC", "color": "black", "weight_g": 5.2,
   "warranty_years": 1},
  "Adaptive noise cancelling that quiets the subway and the open-plan office. Hi-res LDAC streaming on Android.",
  "earbuds")
P("KST-TEMPO-BLU", "Kestrel Tempo Sport Earbuds", AU, 59.99, 0,
  {"wireless": True, "noise_cancelling": False, "battery_life_hours": 9, "battery_with_case_hours": 30,
   "water_resistance": "IPX7", "fit": "ear hooks", "bluetooth": "5.3", "color": "blue", "weight_g": 7.1,
   "warranty_years": 1},
  "Ear-hook earbuds that stay put through sprints and burpees, and survive a dunk.",
  "earbuds")
P("KST-SUMMIT-BLK", "Kestrel Summit Over-Ear ANC Headphones Black", AU, 199.99, 7,
  {"wireless": True, "noise_cancelling": True, "battery_life_hours": 40, "bluetooth": "5.3",
   "foldable": True, "connector": "USB-C, 3.5 mm", "color": "black", "weight_g": 254, "warranty_years": 2},
  "Forty hours of quiet. Plush memory-foam cushions and a fold-flat design for flights.",
  "headphones")
P("KST-SUMMIT-SLV", "Kestrel Summit Over-Ear ANC Headphones Silver", AU, 199.99, 3,
  {"wireless": True, "noise_cancelling": True, "battery_life_hours": 40, "bluetooth": "5.3",
   "foldable": True, "connector": "USB-C, 3.5 mm", "color": "silver", "weight_g": 254, "warranty_years": 2},
  "The Summit in brushed silver with gray cushions.",
  "headphones")
P("KST-LOUNGE-WRD", "Kestrel Lounge Wired On-Ear Headphones", AU, 39.99, 18,
  {"wireless": False, "noise_cancelling": False, "connector": "3.5 mm", "cable_length": "1.2 m",
   "microphone": "inline mic and remote", "color": "gray", "weight_g": 165, "warranty_years": 1},
  "No batteries, no pairing, just plug in. Great for kids, classrooms and in-flight entertainment.",
  "headphones")
P("KST-TIPS-3PK", "Kestrel Memory Foam Ear Tips (3 pairs)", AU, 14.49, 47,
  {"fits": "Kestrel Aria, Aria Pro and Tempo", "sizes": ["S", "M", "L"], "material": "memory foam",
   "color": "black", "warranty_years": 1},
  "Swap in foam tips for a tighter seal and deeper bass.",
  "earbuds")

# ---------------------------------------------------------------- phone cases
PC = "phone-cases"
P("ARL-CLR-IP15", "ArmorLeaf Clearline Case for iPhone 15", PC, 24.99, 30,
  {"compatibility": "iPhone 15", "material": "polycarbonate with TPU bumper", "magsafe": True,
   "drop_protection": "8 ft", "color": "clear", "warranty_years": 1},
  "Crystal-clear and anti-yellowing, with a built-in MagSafe ring. Shows off your phone, hides the scratches.",
  "case")
P("ARL-CLR-IP15P", "ArmorLeaf Clearline Case for iPhone 15 Pro", PC, 24.99, 0,
  {"compatibility": "iPhone 15 Pro", "material": "polycarbonate with TPU bumper", "magsafe": True,
   "drop_protection": "8 ft", "color": "clear", "warranty_years": 1},
  "Clearline cut for the iPhone 15 Pro's camera bump, MagSafe ring included.",
  "case")
P("ARL-CLR-S24", "ArmorLeaf Clearline Case for Galaxy S24", PC, 22.99, 19,
  {"compatibility": "Samsung Galaxy S24", "material": "polycarbonate with TPU bumper", "magsafe": False,
   "drop_protection": "8 ft", "color": "clear", "warranty_years": 1},
  "Clear, slim and made for the Galaxy S24. Wireless charging friendly.",
  "case")
P("ARL-CLR-S24U", "ArmorLeaf Clearline Case for Galaxy S24 Ultra", PC, 26.99, 11,
  {"compatibility": "Samsung Galaxy S24 Ultra", "material": "polycarbonate with TPU bumper", "magsafe": False,
   "drop_protection": "8 ft", "s_pen_access": True, "color": "clear", "warranty_years": 1},
  "Clearline for the S24 Ultra, with an open S Pen slot.",
  "case")
P("ARL-CLR-PX8", "ArmorLeaf Clearline Case for Pixel 8", PC, 21.99, 8,
  {"compatibility": "Google Pixel 8", "material": "polycarbonate with TPU bumper", "magsafe": False,
   "drop_protection": "8 ft", "color": "clear", "warranty_years": 1},
  "Clear protection shaped around the Pixel 8's camera bar.",
  "case")
P("ARL-RDG-IP15P", "ArmorLeaf Ridge Rugged Case for iPhone 15 Pro", PC, 34.99, 12,
  {"compatibility": "iPhone 15 Pro", "material": "dual-layer TPU and polycarbonate", "magsafe": True,
   "drop_protection": "15 ft", "color": "black", "warranty_years": 1},
  "Our toughest case: raised corners, a grippy ridged back and 15-foot drop protection.",
  "case")
P("ARL-RDG-S24", "ArmorLeaf Ridge Rugged Case for Galaxy S24", PC, 32.99, 6,
  {"compatibility": "Samsung Galaxy S24", "material": "dual-layer TPU and polycarbonate", "magsafe": False,
   "drop_protection": "15 ft", "color": "black", "warranty_years": 1},
  "The Ridge, built for the Galaxy S24. Job-site tough.",
  "case")
P("ARL-RDG-PX8", "ArmorLeaf Ridge Rugged Case for Pixel 8", PC, 31.99, 4,
  {"compatibility": "Google Pixel 8", "material": "dual-layer TPU and polycarbonate", "magsafe": False,
   "drop_protection": "15 ft", "color": "black", "warranty_years": 1},
  "Rugged Ridge protection for the Pixel 8.",
  "case")
P("ARL-SLK-IP15-NVY", "ArmorLeaf Silk Silicone Case for iPhone 15 Navy", PC, 19.99, 25,
  {"compatibility": "iPhone 15", "material": "liquid silicone with microfiber lining", "magsafe": True,
   "drop_protection": "6 ft", "color": "navy", "warranty_years": 1},
  "Soft-touch silicone that feels great in the hand, lined with microfiber to baby your phone.",
  "case")
P("ARL-SLK-IP15-CRL", "ArmorLeaf Silk Silicone Case for iPhone 15 Coral", PC, 19.99, 13,
  {"compatibility": "iPhone 15", "material": "liquid silicone with microfiber lining", "magsafe": True,
   "drop_protection": "6 ft", "color": "coral", "warranty_years": 1},
  "The Silk case in a sunny coral.",
  "case")

# ---------------------------------------------------------------- screen protectors
SP = "screen-protectors"
P("ARL-GG-IP15", "ArmorLeaf GlassGuard Tempered Glass for iPhone 15 (2-pack)", SP, 16.99, 50,
  {"compatibility": "iPhone 15", "material": "tempered glass", "hardness": "9H", "pack_size": 2,
   "thickness_mm": 0.33, "install_kit": "alignment frame", "warranty_years": 1},
  "Two 9H glass protectors and an alignment frame for bubble-free installs in under a minute.",
  "protector", "clear")
P("ARL-GG-IP15P", "ArmorLeaf GlassGuard Tempered Glass for iPhone 15 Pro (2-pack)", SP, 16.99, 27,
  {"compatibility": "iPhone 15 Pro", "material": "tempered glass", "hardness": "9H", "pack_size": 2,
   "thickness_mm": 0.33, "install_kit": "alignment frame", "warranty_years": 1},
  "GlassGuard sized for the iPhone 15 Pro, frame included.",
  "protector", "clear")
P("ARL-GG-S24", "ArmorLeaf GlassGuard Tempered Glass for Galaxy S24 (2-pack)", SP, 14.99, 21,
  {"compatibility": "Samsung Galaxy S24", "material": "tempered glass", "hardness": "9H", "pack_size": 2,
   "thickness_mm": 0.33, "fingerprint_sensor": "works with ultrasonic sensor", "warranty_years": 1},
  "Works with the S24's in-screen fingerprint reader. Two in the box.",
  "protector", "clear")
P("ARL-GG-PX8", "ArmorLeaf GlassGuard Tempered Glass for Pixel 8 (2-pack)", SP, 13.99, 16,
  {"compatibility": "Google Pixel 8", "material": "tempered glass", "hardness": "9H", "pack_size": 2,
   "thickness_mm": 0.33, "warranty_years": 1},
  "Edge-to-edge glass for the Pixel 8, case friendly.",
  "protector", "clear")
P("ARL-PRV-IP15P", "ArmorLeaf PrivacyGuard Screen Protector for iPhone 15 Pro", SP, 21.99, 9,
  {"compatibility": "iPhone 15 Pro", "material": "tempered glass", "hardness": "9H", "pack_size": 1,
   "privacy_angle": "28 degrees", "thickness_mm": 0.4, "warranty_years": 1},
  "Darkens the screen to anyone looking from the side, so your texts stay yours on the train.",
  "protector", "black")
P("ARL-GG-AW45", "ArmorLeaf GlassGuard for Apple Watch 45mm (2-pack)", SP, 12.49, None,
  {"compatibility": "Apple Watch Series 7/8/9 45mm", "material": "tempered glass", "hardness": "9H",
   "pack_size": 2, "warranty_years": 1},
  "Curved glass that protects your watch face from door frames and countertops.",
  "protector", "clear")

# ---------------------------------------------------------------- watch bands
WB = "watch-bands"
P("STW-LOOP-41-BLK", "Strapworks Loop Sport Band 41mm Black", WB, 24.99, 20,
  {"band_size": "41mm", "fits": "Apple Watch 38/40/41 mm", "wrist_fit": "130-200 mm",
   "material": "woven nylon", "closure": "hook-and-loop", "color": "black"},
  "Breathable woven nylon with an infinitely adjustable hook-and-loop closure. Made for workouts and sleep tracking.",
  "band")
P("STW-LOOP-45-BLK", "Strapworks Loop Sport Band 45mm Black", WB, 24.99, 14,
  {"band_size": "45mm", "fits": "Apple Watch 42/44/45 mm and Ultra 49 mm", "wrist_fit": "145-220 mm",
   "material": "woven nylon", "closure": "hook-and-loop", "color": "black"},
  "The Loop for bigger Apple Watch cases, Ultra included.",
  "band")
P("STW-LOOP-41-OLV", "Strapworks Loop Sport Band 41mm Olive", WB, 24.99, 0,
  {"band_size": "41mm", "fits": "Apple Watch 38/40/41 mm", "wrist_fit": "130-200 mm",
   "material": "woven nylon", "closure": "hook-and-loop", "color": "olive"},
  "Loop Sport Band in a trail-ready olive.",
  "band")
P("STW-LOOP-45-OLV", "Strapworks Loop Sport Band 45mm Olive", WB, 24.99, 6,
  {"band_size": "45mm", "fits": "Apple Watch 42/44/45 mm and Ultra 49 mm", "wrist_fit": "145-220 mm",
   "material": "woven nylon", "closure": "hook-and-loop", "color": "olive"},
  "Olive Loop for the larger watch sizes.",
  "band")
P("STW-HER-41-TAN", "Strapworks Heritage Leather Band 41mm Tan", WB, 44.99, 5,
  {"band_size": "41mm", "fits": "Apple Watch 38/40/41 mm", "wrist_fit": "135-190 mm",
   "material": "full-grain Italian leather", "closure": "brass buckle", "color": "tan"},
  "Full-grain Italian leather that darkens beautifully with wear, finished with a brushed brass buckle.",
  "band")
P("STW-HER-45-TAN", "Strapworks Heritage Leather Band 45mm Tan", WB, 46.99, 2,
  {"band_size": "45mm", "fits": "Apple Watch 42/44/45 mm", "wrist_fit": "150-205 mm",
   "material": "full-grain Italian leather", "closure": "brass buckle", "color": "tan"},
  "The Heritage leather band for larger watches.",
  "band")
P("STW-LINK-45-SLV", "Strapworks Link Steel Band 45mm Silver", WB, 59.99, 3,
  {"band_size": "45mm", "fits": "Apple Watch 42/44/45 mm", "wrist_fit": "140-210 mm",
   "material": "316L stainless steel", "closure": "butterfly clasp", "tool_free_links": True,
   "color": "silver"},
  "Dress your watch up. Brushed 316L steel links pop out without tools for a perfect fit.",
  "band")
P("STW-FLEX-20-GRY", "Strapworks Flex Band for Galaxy Watch 20mm Gray", WB, 19.99, 27,
  {"band_size": "20mm", "fits": "Samsung Galaxy Watch 4/5/6 and Pixel Watch (with adapter not included)",
   "wrist_fit": "135-205 mm", "material": "fluoroelastomer", "closure": "pin-and-tuck", "color": "gray"},
  "Sweat-proof fluoroelastomer with quick-release pins for 20 mm Galaxy Watch lugs.",
  "band")

# ---------------------------------------------------------------- keyboards & mice
KM = "keyboards-mice"
P("TDL-KEYL-BLK", "Tandem Labs KeyLite Wireless Keyboard Black", KM, 59.99, 15,
  {"connection": "Bluetooth + 2.4 GHz USB-C receiver", "devices": 3, "layout": "US ANSI, 78 keys",
   "battery": "rechargeable, up to 3 months", "compatibility": "macOS, Windows, iPadOS, Android",
   "color": "black", "weight_g": 390, "warranty_years": 2},
  "Slim, quiet scissor keys that pair with three devices and switch with one tap.",
  "keyboard")
P("TDL-KEYL-WHT", "Tandem Labs KeyLite Wireless Keyboard White", KM, 59.99, 0,
  {"connection": "Bluetooth + 2.4 GHz USB-C receiver", "devices": 3, "layout": "US ANSI, 78 keys",
   "battery": "rechargeable, up to 3 months", "compatibility": "macOS, Windows, iPadOS, Android",
   "color": "white", "weight_g": 390, "warranty_years": 2},
  "The KeyLite in white with light gray legends.",
  "keyboard")
P("TDL-KEYM-75", "Tandem Labs KeyLite Mechanical 75% Keyboard", KM, 109.99, 6,
  {"connection": "Bluetooth, 2.4 GHz and USB-C wired", "layout": "75%, 84 keys", "switch_type": "Gateron Brown (tactile)",
   "hot_swappable": True, "backlight": "white LED", "battery": "4000 mAh, up to 200 hours",
   "color": "graphite", "weight_g": 820, "warranty_years": 2},
  "A hot-swappable 75% mechanical board with tactile Gateron Browns. Thocky, not clacky.",
  "keyboard")
P("TDL-NUMP-WL", "Tandem Labs NumPad Wireless Keypad", KM, 27.99, 8,
  {"connection": "Bluetooth", "keys": 22, "battery": "2x AAA included", "color": "black", "weight_g": 120,
   "warranty_years": 2},
  "Adds a full number pad to any laptop. Accountants love it.",
  "keyboard")
P("TDL-GLIDE-STD", "Tandem Labs Glide Wireless Mouse", KM, 29.99, 33,
  {"connection": "Bluetooth + 2.4 GHz receiver", "dpi": 4000, "buttons": 6, "silent_clicks": True,
   "battery": "1x AA, up to 18 months", "color": "gray", "weight_g": 88, "warranty_years": 2},
  "A comfy everyday mouse with whisper-quiet clicks and a battery that lasts a year and a half.",
  "mouse")
P("TDL-GLIDE-PRO", "Tandem Labs Glide Pro Ergonomic Mouse", KM, 64.99, 0,
  {"connection": "Bluetooth + 2.4 GHz receiver", "dpi": 8000, "buttons": 7, "grip": "57-degree vertical",
   "battery": "rechargeable, up to 70 days", "color": "graphite", "weight_g": 135, "warranty_years": 2},
  "A 57-degree vertical grip that takes the twist out of your wrist. For long days at the desk.",
  "mouse")
P("TDL-GLIDE-TRV", "Tandem Labs Glide Travel Mouse", KM, 23.99, 12,
  {"connection": "Bluetooth", "dpi": 2400, "buttons": 3, "battery": "rechargeable, up to 3 months",
   "color": "white", "weight_g": 61, "warranty_years": 2},
  "A flat, 61-gram mouse made to live in a laptop sleeve.",
  "mouse")
P("TDL-DESKPAD-XL", "Tandem Labs DeskPad XL Mouse Mat", KM, 19.49, 40,
  {"dimensions": "900 x 400 mm", "material": "micro-woven cloth with rubber base", "stitched_edges": True,
   "color": "charcoal"},
  "A desk-sized mat with stitched edges that won't fray. Fits keyboard and mouse with room to spare.",
  "mat")

# ---------------------------------------------------------------- laptop sleeves
LS = "laptop-sleeves"
P("DWG-HRB-13-CHR", "Driftwood Goods Harbor Felt Laptop Sleeve 13-inch Charcoal", LS, 34.99, 18,
  {"fits_laptop": "13-inch MacBook Air/Pro and most 13-inch ultrabooks", "size": "13-inch",
   "material": "merino wool felt", "interior": "330 x 230 x 20 mm", "pocket": "front slip pocket",
   "color": "charcoal", "weight_g": 210},
  "Dense merino wool felt that cushions bumps and naturally shrugs off light rain.",
  "sleeve")
P("DWG-HRB-13-OAT", "Driftwood Goods Harbor Felt Laptop Sleeve 13-inch Oat", LS, 34.99, 10,
  {"fits_laptop": "13-inch MacBook Air/Pro and most 13-inch ultrabooks", "size": "13-inch",
   "material": "merino wool felt", "interior": "330 x 230 x 20 mm", "pocket": "front slip pocket",
   "color": "oat", "weight_g": 210},
  "The Harbor 13-inch in a light oat heather.",
  "sleeve")
P("DWG-HRB-15-CHR", "Driftwood Goods Harbor Felt Laptop Sleeve 15-inch Charcoal", LS, 38.99, 7,
  {"fits_laptop": "15-inch MacBook Air and most 15-inch laptops", "size": "15-inch",
   "material": "merino wool felt", "interior": "360 x 250 x 20 mm", "pocket": "front slip pocket",
   "color": "charcoal", "weight_g": 250},
  "Harbor felt sized for 15-inch laptops.",
  "sleeve")
P("DWG-HRB-16-CHR", "Driftwood Goods Harbor Felt Laptop Sleeve 16-inch Charcoal", LS, 42.99, 0,
  {"fits_laptop": "16-inch MacBook Pro and most 16-inch laptops", "size": "16-inch",
   "material": "merino wool felt", "interior": "375 x 265 x 25 mm", "pocket": "front slip pocket",
   "color": "charcoal", "weight_g": 285},
  "Harbor felt for the big 16-inch machines.",
  "sleeve")
P("DWG-CNY-13-BRN", "Driftwood Goods Canyon Waxed Canvas Sleeve 13-inch", LS, 54.99, 4,
  {"fits_laptop": "13-inch MacBook Air/Pro", "size": "13-inch", "material": "waxed canvas with leather trim",
   "water_resistance": "water-repellent wax finish", "closure": "YKK zipper", "color": "brown", "weight_g": 330},
  "Waxed canvas, leather trim and a YKK zip. Gets better looking every year you carry it.",
  "sleeve")
P("DWG-CNY-16-BRN", "Driftwood Goods Canyon Waxed Canvas Sleeve 16-inch", LS, 62.99, 9,
  {"fits_laptop": "16-inch MacBook Pro", "size": "16-inch", "material": "waxed canvas with leather trim",
   "water_resistance": "water-repellent wax finish", "closure": "YKK zipper", "color": "brown", "weight_g": 410},
  "The Canyon in 16-inch, for MacBook Pro owners who like a bit of patina.",
  "sleeve")

# ---------------------------------------------------------------- smart home
SH = "smart-home"
P("LUM-PLUG-MINI1", "Lumora SmartPlug Mini (1-pack)", SH, 14.99, 44,
  {"connection": "Wi-Fi 2.4 GHz", "max_load_w": 1800, "works_with": "Alexa, Google Home, Apple Home (Matter)",
   "energy_monitoring": True, "hub_required": False, "color": "white", "warranty_years": 2},
  "Make any lamp or coffee maker smart. Matter-certified, so it works with Alexa, Google and Apple Home.",
  "plug")
P("LUM-PLUG-MINI4", "Lumora SmartPlug Mini (4-pack)", SH, 44.99, 0,
  {"connection": "Wi-Fi 2.4 GHz", "max_load_w": 1800, "works_with": "Alexa, Google Home, Apple Home (Matter)",
   "energy_monitoring": True, "hub_required": False, "pack_size": 4, "color": "white", "warranty_years": 2},
  "Four SmartPlug Minis for the whole house, at a better per-plug price.",
  "plug")
P("LUM-PLUG-OUT", "Lumora SmartPlug Outdoor Dual", SH, 29.99, 10,
  {"connection": "Wi-Fi 2.4 GHz", "outlets": 2, "max_load_w": 1800, "water_resistance": "IP44",
   "works_with": "Alexa, Google Home, Apple Home (Matter)", "range": "up to 300 ft line of sight",
   "color": "black", "warranty_years": 2},
  "Two independently controlled outlets for string lights and fountains. Weatherproof IP44.",
  "plug")
P("LUM-GLOW-A19-1", "Lumora Glow A19 Color Smart Bulb (1-pack)", SH, 16.99, 31,
  {"bulb_type": "A19 / E26 base", "brightness_lumens": 800, "equivalent": "60W", "colors": "16 million + tunable white",
   "connection": "Wi-Fi 2.4 GHz", "works_with": "Alexa, Google Home, Apple Home (Matter)",
   "lifetime_hours": 25000, "color": "multicolor", "warranty_years": 2},
  "Any of 16 million colors or cozy warm white, on a schedule or by voice.",
  "bulb")
P("LUM-GLOW-A19-2", "Lumora Glow A19 Color Smart Bulb (2-pack)", SH, 29.99, 9,
  {"bulb_type": "A19 / E26 base", "brightness_lumens": 800, "equivalent": "60W", "colors": "16 million + tunable white",
   "connection": "Wi-Fi 2.4 GHz", "works_with": "Alexa, Google Home, Apple Home (Matter)",
   "lifetime_hours": 25000, "pack_size": 2, "color": "multicolor", "warranty_years": 2},
  "Two Glow bulbs for a bedside pair or a living-room scene.",
  "bulb")
P("LUM-STRIP-6FT", "Lumora Glow Light Strip 6.5ft", SH, 32.99, None,
  {"length": "6.5 ft (2 m)", "cuttable": True, "colors": "16 million", "connection": "Wi-Fi 2.4 GHz",
   "works_with": "Alexa, Google Home, Apple Home (Matter)", "adhesive": "3M backing",
   "color": "multicolor", "warranty_years": 1},
  "Stick-on color lighting for behind the TV or under the cabinets. Cut to fit.",
  "strip")
P("LUM-STRIP-16FT", "Lumora Glow Light Strip 16.4ft", SH, 54.99, 5,
  {"length": "16.4 ft (5 m)", "cuttable": True, "colors": "16 million", "connection": "Wi-Fi 2.4 GHz",
   "works_with": "Alexa, Google Home, Apple Home (Matter)", "adhesive": "3M backing",
   "color": "multicolor", "warranty_years": 1},
  "Sixteen feet of color for a whole room's worth of glow.",
  "strip")
P("LUM-MOTION-1", "Lumora Motion Sensor", SH, 22.49, 13,
  {"connection": "Wi-Fi 2.4 GHz", "detection_range": "23 ft, 120 degrees", "battery": "CR123A, about 1 year",
   "works_with": "Alexa, Google Home", "color": "white", "warranty_years": 2},
  "Turns the hall lights on when you walk in, and off when you don't.",
  "sensor")

# ---------------------------------------------------------------- FAQ
FAQ = [
    ("shipping-rates", "How much does shipping cost?",
     "Within the contiguous US, Standard shipping (5-7 business days) is $6.95, Expedited (2-3 business days) is $14.95 "
     "and Overnight is $29.95. Orders placed by 2 p.m. Central on a business day ship the same day."),
    ("free-shipping", "Do you offer free shipping?",
     "Yes! Standard shipping is free on orders of $59 or more (after discounts, before tax) to addresses in the "
     "contiguous US. Expedited and Overnight are never free, but we knock $5 off them on orders over $59."),
    ("alaska-hawaii", "Do you ship to Alaska and Hawaii?",
     "We do. Orders to Alaska, Hawaii and US territories ship by USPS Priority Mail for a flat $19.95 and usually arrive "
     "in 7-12 business days. The $59 free-shipping offer doesn't apply there, sorry. APO/FPO addresses ship free."),
    ("international", "Do you ship internationally?",
     "We currently ship to Canada only. Canadian orders are a flat $24.95 via UPS Standard and take 6-12 business days. "
     "Duties and GST/HST are collected by the carrier at delivery. We can't ship power banks outside the US."),
    ("returns", "What is your return policy?",
     "You can return unopened items within 45 days of delivery for a full refund. Start a return from your order page; "
     "the prepaid return label is free for exchanges and $5.95 for refunds. Refunds land on your original payment "
     "method within 5 business days after the return reaches us."),
    ("opened-returns", "Can I return something I've opened?",
     "Yes. Opened items in like-new condition with all accessories can be returned within 45 days, minus a 15% "
     "restocking fee. For hygiene reasons opened earbuds and ear tips can only be returned if they're defective. "
     "Screen protectors that have been applied can't be returned."),
    ("warranty", "How do I make a warranty claim?",
     "Every product carries the manufacturer's warranty shown on its page (Voltaro and Tandem Labs: 2 years on most "
     "items). File a claim at circuitcove.com/warranty with your order number and a short photo or video of the "
     "problem. Approved claims get a free replacement that ships within 3-5 business days; no need to send the "
     "faulty item back for products under $30."),
    ("price-match", "Do you price match?",
     "We match the price of an identical in-stock item from Best Buy, Amazon (sold by Amazon itself), Target or "
     "Walmart.com, before or up to 14 days after your purchase. Marketplace sellers, clearance and bundle deals "
     "don't qualify. Contact us with a link and we'll refund the difference."),
    ("trade-in", "Do you have a trade-in program?",
     "Our Cove Trade-In takes working wireless earbuds and headphones for store credit of up to $40 (Kestrel "
     "products get an extra $10). Old chargers and cables are welcome too: we recycle them and give you a $5 coupon "
     "for orders over $25. Print a free prepaid label at circuitcove.com/tradein or drop items at our Austin store."),
    ("gift-cards", "Do you sell gift cards?",
     "Yes, digital gift cards from $10 to $500, delivered by email within minutes, or on a date you choose. They "
     "never expire, have no fees, and can be used online or in our Austin store. Gift cards can't be used to buy "
     "other gift cards."),
    ("store-pickup", "Can I pick up my order in a store?",
     "Yes, free in-store pickup is available at our only shop, Circuit Cove Austin, 1420 South Congress Ave, "
     "Austin, TX 78704 (open 10 a.m.-8 p.m. Monday-Saturday, noon-6 p.m. Sunday). Orders are usually ready within "
     "2 hours; we'll email you, and we hold them for 7 days. Bring a photo ID."),
    ("instalments", "Can I pay in instalments?",
     "Yes, with Affirm on orders of $100 or more: choose Affirm at checkout and split the total into 4 interest-free "
     "payments every two weeks, or 6 or 12 monthly payments (APR 0-30% depending on approval). Checking your "
     "eligibility won't affect your credit score."),
    ("cancellation", "Can I cancel my order?",
     "You can cancel within 60 minutes of placing your order from the link in your confirmation email. After that "
     "the warehouse has usually picked it, so just refuse the delivery or send it back free within 45 days and "
     "we'll refund you in full."),
    ("damaged-delivery", "My order arrived damaged. What do I do?",
     "Sorry about that! Send us photos of the item and the box within 7 days of delivery and we'll ship a free "
     "replacement by Expedited shipping, or refund you if you prefer. You don't need to return the damaged item."),
    ("tracking-delays", "My tracking hasn't updated. Is my order lost?",
     "Tracking can take up to 48 hours to show the first scan after the label is created. If there's been no "
     "movement for 5 business days, contact us and we'll open a trace with the carrier; if it isn't found within "
     "3 more business days we'll reship it free."),
    ("student-discount", "Do you have a student discount?",
     "Students and teachers get 12% off full-price items after a quick verification with SheerID at "
     "circuitcove.com/students. The code works on up to 3 orders per month and can't be combined with other codes."),
    ("compatibility-help", "How do I know if an accessory fits my device?",
     "Every product page lists the exact models it fits under Compatibility; phone cases and screen protectors fit "
     "only the model named (an iPhone 15 case won't fit the iPhone 15 Pro). Still unsure? Our tech team will check "
     "for you at 1-888-555-0147 or by chat, 8 a.m.-8 p.m. Central, Monday-Friday."),
    ("payment-methods", "Which payment methods do you accept?",
     "We accept Visa, Mastercard, American Express, Discover, PayPal, Apple Pay, Google Pay, Circuit Cove gift "
     "cards and Affirm (orders of $100 or more). We can't take checks, money orders or cryptocurrency."),
    ("holiday-returns", "Is there an extended holiday return period?",
     "Yes: anything bought between November 1 and December 24 can be returned until January 31 of the next year, "
     "under the usual return conditions."),
    ("contact", "How can I reach customer service?",
     "Chat with us on circuitcove.com, email help@circuitcove.com, or call 1-888-555-0147, 8 a.m.-8 p.m. Central, "
     "Monday-Friday, and 9 a.m.-5 p.m. on Saturday. We answer emails within 1 business day."),
]

# ---------------------------------------------------------------- orders
ORDERS = [
    {"order_id": "CC-40817", "email": "maya.okafor@example.com", "postcode": "78704", "placed": "2026-03-02",
     "status": "delivered", "carrier": "USPS", "items": [{"sku": "VLT-GAN-20W", "qty": 1}, {"sku": "VLT-PLCL-6FT", "qty": 2}]},
    {"order_id": "CC-40852", "email": "dtran88@example.net", "postcode": "02139", "placed": "2026-03-05",
     "status": "shipped", "carrier": "UPS", "eta": "2026-03-11", "items": [{"sku": "KST-SUMMIT-BLK", "qty": 1}]},
    {"order_id": "CC-40903", "email": "lucia.ferreira@example.com", "postcode": "60614", "placed": "2026-03-06",
     "status": "processing", "items": [{"sku": "ARL-RDG-S24", "qty": 1}, {"sku": "ARL-GG-S24", "qty": 1}]},
    {"order_id": "CC-40911", "email": "ben.whitaker@example.org", "postcode": "98103", "placed": "2026-02-19",
     "status": "returned", "carrier": "FedEx", "items": [{"sku": "TDL-GLIDE-PRO", "qty": 1}]},
    {"order_id": "CC-40958", "email": "priya.n@example.com", "postcode": "30307", "placed": "2026-03-01",
     "status": "cancelled", "items": [{"sku": "VLT-PKC-10K", "qty": 1}]},
    {"order_id": "CC-41006", "email": "sam.kowalski@example.com", "postcode": "80205", "placed": "2026-03-04",
     "status": "shipped", "carrier": "FedEx", "eta": "2026-03-09", "items": [{"sku": "DWG-HRB-13-CHR", "qty": 1}, {"sku": "TDL-GLIDE-TRV", "qty": 1}]},
    {"order_id": "CC-41039", "email": "jess.alvarez@example.net", "postcode": "97214", "placed": "2026-02-24",
     "status": "delivered", "carrier": "UPS", "items": [{"sku": "LUM-GLOW-A19-2", "qty": 2}, {"sku": "LUM-PLUG-MINI1", "qty": 1}]},
    {"order_id": "CC-41077", "email": "omar.haddad@example.com", "postcode": "33139", "placed": "2026-03-07",
     "status": "processing", "items": [{"sku": "STW-HER-41-TAN", "qty": 1}]},
    {"order_id": "CC-41102", "email": "kenji.m@example.org", "postcode": "55408", "placed": "2026-03-03",
     "status": "shipped", "carrier": "USPS", "eta": "2026-03-10", "items": [{"sku": "KST-TIPS-3PK", "qty": 1}, {"sku": "KST-ARIA-BLK", "qty": 1}]},
    {"order_id": "CC-41135", "email": "rachel.stein@example.com", "postcode": "85004", "placed": "2026-02-15",
     "status": "returned", "carrier": "USPS", "items": [{"sku": "ARL-CLR-IP15", "qty": 1}]},
    {"order_id": "CC-41164", "email": "tyler.brooks@example.net", "postcode": "19103", "placed": "2026-02-27",
     "status": "delivered", "carrier": "FedEx", "items": [{"sku": "TDL-KEYM-75", "qty": 1}, {"sku": "TDL-DESKPAD-XL", "qty": 1}]},
    {"order_id": "CC-41198", "email": "nina.petrova@example.com", "postcode": "10027", "placed": "2026-03-06",
     "status": "shipped", "carrier": "UPS", "eta": "2026-03-12", "items": [{"sku": "VLT-PKC-20K", "qty": 1}, {"sku": "VLT-BRMX-2M", "qty": 1}]},
]


# ---------------------------------------------------------------- images
def shade(c, f):
    return tuple(max(0, min(255, int(v * f))) for v in c)


def draw_product(shape, colour):
    img = Image.new("RGB", (256, 256), (246, 246, 243))
    d = ImageDraw.Draw(img)
    c = RGB.get(colour, RGB["gray"])
    edge = shade(c, 0.6) if sum(c) > 200 else shade(c, 1.8) if sum(c) < 150 else (40, 40, 40)
    if shape == "charger":
        d.rounded_rectangle((78, 70, 178, 190), 18, fill=c, outline=edge, width=3)
        d.rectangle((102, 40, 112, 70), fill=(170, 170, 170))
        d.rectangle((144, 40, 154, 70), fill=(170, 170, 170))
        d.rounded_rectangle((112, 150, 144, 162), 4, fill=edge)
    elif shape == "pad":
        d.ellipse((48, 48, 208, 208), fill=c, outline=edge, width=4)
        d.ellipse((98, 98, 158, 158), outline=edge, width=3)
        d.line((128, 208, 128, 250), fill=edge, width=6)
    elif shape == "cable":
        d.arc((40, 40, 216, 216), 20, 340, fill=c, width=10)
        d.rounded_rectangle((196, 60, 236, 84), 5, fill=(170, 170, 170), outline=edge, width=2)
        d.rounded_rectangle((196, 172, 236, 196), 5, fill=(170, 170, 170), outline=edge, width=2)
    elif shape == "powerbank":
        d.rounded_rectangle((70, 40, 186, 216), 20, fill=c, outline=edge, width=3)
        for i in range(4):
            d.ellipse((96 + i * 18, 186, 106 + i * 18, 196), fill=(90, 200, 120))
    elif shape == "earbuds":
        for x in (70, 150):
            d.ellipse((x, 70, x + 50, 120), fill=c, outline=edge, width=3)
            d.rounded_rectangle((x + 15, 110, x + 35, 190), 8, fill=c, outline=edge, width=3)
    elif shape == "headphones":
        d.arc((48, 40, 208, 200), 180, 360, fill=c, width=14)
        d.rounded_rectangle((36, 112, 80, 196), 16, fill=c, outline=edge, width=3)
        d.rounded_rectangle((176, 112, 220, 196), 16, fill=c, outline=edge, width=3)
    elif shape == "case":
        d.rounded_rectangle((78, 24, 178, 232), 22, fill=c, outline=edge, width=4)
        d.rounded_rectangle((90, 36, 136, 82), 10, outline=edge, width=3)
        d.ellipse((98, 44, 114, 60), outline=edge, width=2)
    elif shape == "protector":
        d.rounded_rectangle((80, 28, 176, 228), 18, fill=c, outline=edge, width=2)
        d.line((92, 60, 150, 120), fill=(255, 255, 255), width=5)
        d.line((92, 90, 130, 128), fill=(255, 255, 255), width=3)
    elif shape == "band":
        d.rounded_rectangle((100, 8, 156, 248), 14, fill=c, outline=edge, width=3)
        d.rounded_rectangle((88, 96, 168, 160), 20, fill=(60, 60, 66), outline=edge, width=3)
        for y in (182, 202, 222):
            d.ellipse((123, y, 133, y + 10), fill=edge)
    elif shape == "keyboard":
        d.rounded_rectangle((20, 80, 236, 180), 10, fill=c, outline=edge, width=3)
        for row in range(4):
            for col in range(11):
                x = 30 + col * 18
                y = 90 + row * 20
                d.rectangle((x, y, x + 13, y + 14), fill=shade(c, 1.25) if sum(c) < 400 else shade(c, 0.85))
    elif shape == "mouse":
        d.ellipse((78, 40, 178, 220), fill=c, outline=edge, width=4)
        d.line((128, 40, 128, 110), fill=edge, width=3)
        d.rounded_rectangle((122, 66, 134, 92), 5, fill=edge)
    elif shape == "mat":
        d.rounded_rectangle((16, 72, 240, 184), 12, fill=c, outline=edge, width=4)
    elif shape == "sleeve":
        d.rounded_rectangle((28, 60, 228, 200), 14, fill=c, outline=edge, width=4)
        d.line((28, 90, 228, 90), fill=edge, width=3)
    elif shape == "plug":
        d.rounded_rectangle((68, 68, 188, 188), 22, fill=c, outline=edge, width=4)
        d.rectangle((104, 100, 112, 130), fill=edge)
        d.rectangle((144, 100, 152, 130), fill=edge)
        d.ellipse((120, 146, 136, 162), fill=edge)
    elif shape == "bulb":
        d.ellipse((68, 30, 188, 150), fill=(250, 214, 90), outline=(200, 60, 160), width=5)
        d.rectangle((100, 146, 156, 206), fill=(180, 180, 180), outline=(120, 120, 120), width=2)
        for y in (160, 176, 192):
            d.line((100, y, 156, y), fill=(120, 120, 120), width=2)
    elif shape == "strip":
        pts = [(20 + i * 12, 128 + (40 if (i // 3) % 2 else -40)) for i in range(19)]
        d.line(pts, fill=(230, 80, 200), width=12)
        d.line(pts, fill=(90, 200, 240), width=4)
    elif shape == "sensor":
        d.ellipse((68, 68, 188, 188), fill=c, outline=edge, width=4)
        d.ellipse((104, 104, 152, 152), fill=(200, 200, 205), outline=edge, width=2)
    else:
        d.rectangle((64, 64, 192, 192), fill=c)
    return img


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build(out_dir):
    os.makedirs(os.path.join(out_dir, "images"), exist_ok=True)
    with open(os.path.join(out_dir, "store.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")
    write_jsonl(os.path.join(out_dir, "catalog.jsonl"), [p[0] for p in PRODUCTS])
    write_jsonl(os.path.join(out_dir, "faq.jsonl"),
                [{"id": i, "question": q, "answer": a} for i, q, a in FAQ])
    write_jsonl(os.path.join(out_dir, "orders.jsonl"), ORDERS)
    for rec, shape, colour in PRODUCTS:
        img = draw_product(shape, colour)
        img.save(os.path.join(out_dir, rec["images"][0]), format="PNG", optimize=False)


def main(argv):
    if len(argv) != 2:
        print("usage: python data/eval/blind9/make_store.py OUT_DIR", file=sys.stderr)
        return 2
    build(argv[1])
    print("wrote %d products, %d FAQ entries, %d orders to %s"
          % (len(PRODUCTS), len(FAQ), len(ORDERS), argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
