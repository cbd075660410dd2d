#!/usr/bin/env python3
"""Build the blind21 evaluation store (Store format v1).

    python make_store.py OUT_DIR

Writes store.json, catalog.jsonl, faq.jsonl, orders.jsonl and images/*.png into
OUT_DIR. Standard library only; every run writes the same bytes.

The shop: "Pod Kowadłem" - an invented independent hardware, tools and DIY shop at
ul. Pod Kowadłem 12, Kraków-Podgórze (an invented street). Prices in PLN.
All brands, colours, standards codes (other than real-format EN ones), people and
addresses are invented.
"""
import hashlib
import json
import os
import struct
import sys
import zlib

STORE = {
    "name": "Pod Kowadłem – narzędzia i DIY",
    "currency": "PLN",
    "locale": "en-PL",
    "greeting": "Dzień dobry! Welcome to Pod Kowadłem, the tool and DIY shop in Podgórze. "
                "Ask me about tools, paint, fixings, delivery or your order.",
}

# ---------------------------------------------------------------------------
# Catalog. (sku, name, category, price, stock, attributes, description, n_images)
# ---------------------------------------------------------------------------
_DD18_DESC = (
    "The DD18 is our best-selling all-round 18 V drill driver and the one we recommend to most "
    "people fitting out a flat. Two-speed metal gearbox (0-450 / 0-1700 rpm), 21+1 clutch "
    "settings, a 13 mm single-sleeve keyless chuck and an LED that actually points at the screw. "
    "It takes every Voltara 18 V battery. Good for furniture assembly, hanging shelves on "
    "brick with the right bit, and pilot holes in timber up to 35 mm. Not a hammer drill - for "
    "concrete look at the HD18. Sold either as the bare tool (no battery, no charger, cardboard "
    "box) or as the kit with two batteries, charger and a hard case; both are listed under the "
    "same name, check the SKU and the 'supplied' line before you order."
)

CATALOG = [
    # ---- cordless power tools -------------------------------------------
    ("VLT-DD18-B", "Voltara DD18 drill driver", "power-tools", 329.00, 7,
     {"brand": "Voltara", "voltage": "18 V", "torque_Nm": 55, "chuck_mm": 13,
      "speeds_rpm": "0-450 / 0-1700", "motor": "brushed", "supplied": "bare tool - no battery, no charger",
      "weight_kg": 1.4, "warranty_years": 3}, _DD18_DESC, 2),
    ("VLT-DD18-K2", "Voltara DD18 drill driver", "power-tools", 599.00, 3,
     {"brand": "Voltara", "voltage": "18 V", "torque_Nm": 55, "chuck_mm": 13,
      "speeds_rpm": "0-450 / 0-1700", "motor": "brushed",
      "supplied": "2 x 2.0 Ah battery, SC18 charger, hard carry case", "battery_Ah": 2.0,
      "weight_kg": 1.8, "warranty_years": 3}, _DD18_DESC, 2),
    ("VLT-CD18-B", "Voltara CD18 Compact drill driver", "power-tools", 249.99, 0,
     {"brand": "Voltara", "voltage": "18 V", "torque_Nm": 40, "chuck_mm": 10, "motor": "brushed",
      "supplied": "bare tool", "weight_kg": 1.1, "warranty_years": 3},
     "Short, light 18 V drill driver for cupboards, flat-pack and tight corners. 10 mm chuck.", 1),
    ("VLT-CD18-K1", "Voltara CD18 Compact drill driver kit", "power-tools", 449.99, 2,
     {"brand": "Voltara", "voltage": "18 V", "torque_Nm": 40, "chuck_mm": 10, "motor": "brushed",
      "supplied": "1 x 2.0 Ah battery, SC18 charger, bag", "battery_Ah": 2.0, "weight_kg": 1.5,
      "warranty_years": 3},
     "The CD18 Compact with one 2.0 Ah battery, the standard charger and a soft bag.", 1),
    ("VLT-HD18-B", "Voltara HD18 Brushless combi hammer drill", "power-tools", 579.00, 4,
     {"brand": "Voltara", "voltage": "18 V", "torque_Nm": 80, "chuck_mm": 13, "motor": "brushless",
      "blows_per_min": 25500, "supplied": "body only", "weight_kg": 1.9, "warranty_years": 3},
     "Brushless combi drill with hammer action for brick and blockwork (up to 13 mm in masonry). "
     "Three modes: drill, screw, hammer drill. Side handle included. This listing is the body "
     "only; batteries and chargers are sold separately or in the kit of the same name. "
     "Registered within 28 days it gets the extended Voltara warranty.", 2),
    ("VLT-HD18-K5", "Voltara HD18 Brushless combi hammer drill", "power-tools", 1149.00, 1,
     {"brand": "Voltara", "voltage": "18 V", "torque_Nm": 80, "chuck_mm": 13, "motor": "brushless",
      "blows_per_min": 25500, "supplied": "2 x 5.0 Ah battery, FC18 fast charger, case",
      "battery_Ah": 5.0, "weight_kg": 2.6, "warranty_years": 3},
     "The HD18 brushless combi in the big kit: two 5.0 Ah batteries, the FC18 fast charger and "
     "a stacking case.", 2),
    ("VLT-ID18-B", "Voltara ID18 impact driver", "power-tools", 399.00, 6,
     {"brand": "Voltara", "voltage": "18 V", "torque_Nm": 180, "drive": "1/4\" hex",
      "motor": "brushless", "supplied": "bare tool", "weight_kg": 1.2, "warranty_years": 3},
     "Compact impact driver for long screws into timber, decking and coach bolts.", 1),
    ("VLT-RH18-K4", "Voltara RH18 SDS-plus rotary hammer kit", "power-tools", 1899.00, 2,
     {"brand": "Voltara", "voltage": "18 V", "impact_energy_J": 2.2, "chuck": "SDS-plus",
      "supplied": "2 x 4.0 Ah battery, FC18 fast charger, case", "weight_kg": 3.4,
      "warranty_years": 3},
     "Cordless SDS-plus hammer with chisel mode for concrete, tiles and chasing out.", 1),
    ("VLT-MT18-B", "Voltara MT18 multi-tool", "power-tools", 289.00, 5,
     {"brand": "Voltara", "voltage": "18 V", "oscillation_angle_deg": 3.2,
      "supplied": "bare tool, 3 blades, sanding pad", "weight_kg": 1.3, "warranty_years": 3},
     "Oscillating multi-tool for plunge cuts in skirting, door frames and plasterboard.", 1),

    # ---- batteries & chargers -------------------------------------------
    ("VLT-BAT-20", "Voltara 18 V battery 2.0 Ah", "batteries-chargers", 189.00, 12,
     {"brand": "Voltara", "voltage": "18 V", "capacity_Ah": 2.0, "chemistry": "Li-ion",
      "weight_kg": 0.4, "energy_Wh": 36}, "Slim 2.0 Ah pack for all Voltara 18 V tools.", 1),
    ("VLT-BAT-40", "Voltara 18 V battery 4.0 Ah", "batteries-chargers", 279.00, 5,
     {"brand": "Voltara", "voltage": "18 V", "capacity_Ah": 4.0, "chemistry": "Li-ion",
      "weight_kg": 0.65, "energy_Wh": 72}, "4.0 Ah pack with charge gauge.", 1),
    ("VLT-BAT-50", "Voltara 18 V battery 5.0 Ah", "batteries-chargers", 339.00, 0,
     {"brand": "Voltara", "voltage": "18 V", "capacity_Ah": 5.0, "chemistry": "Li-ion",
      "weight_kg": 0.7, "energy_Wh": 90}, "High capacity 5.0 Ah pack for hammer drills and saws.", 1),
    ("VLT-FC18", "Voltara FC18 fast charger", "batteries-chargers", 159.00, 8,
     {"brand": "Voltara", "input": "230 V AC", "charge_time_min": {"2.0 Ah": 35, "4.0 Ah": 65, "5.0 Ah": 80}},
     "Fan-cooled fast charger for every Voltara 18 V battery.", 1),
    ("VLT-SC18", "Voltara SC18 charger", "batteries-chargers", 99.00, 1,
     {"brand": "Voltara", "input": "230 V AC", "charge_time_min": {"2.0 Ah": 60, "4.0 Ah": 120, "5.0 Ah": 150}},
     "Standard charger, the one that comes in most kits.", 1),
    ("VLT-TWIN-40", "Voltara Twin Pack 2 x 4.0 Ah + FC18", "batteries-chargers", 649.00, 3,
     {"brand": "Voltara", "contents": "2 x 4.0 Ah battery, FC18 fast charger"},
     "Starter pack for anyone who bought bare tools.", 1),

    # ---- hand tools -------------------------------------------------------
    ("KRF-MS-300", "Młotek stolarski 300 g", "hand-tools", 34.99, 14,
     {"brand": "Krafto", "head_weight_g": 300, "handle": "ash wood", "length_mm": 300},
     "Carpenter's hammer (młotek stolarski) with a forged head and an ash handle.", 1),
    ("KRF-MS-500", "Młotek stolarski 500 g", "hand-tools", 42.50, 9,
     {"brand": "Krafto", "head_weight_g": 500, "handle": "ash wood", "length_mm": 330},
     "Carpenter's hammer (młotek stolarski), the everyday size.", 1),
    ("KRF-MS-800", "Młotek stolarski 800 g", "hand-tools", 56.00, 0,
     {"brand": "Krafto", "head_weight_g": 800, "handle": "ash wood", "length_mm": 360},
     "Carpenter's hammer (młotek stolarski), heavy.", 1),
    ("KRF-CLAW-16", "Krafto claw hammer 16 oz", "hand-tools", 72.99, 2,
     {"brand": "Krafto", "head_weight_g": 450, "handle": "fibreglass with rubber grip"},
     "Curved claw hammer, 16 oz head, anti-vibration fibreglass handle.", 1),
    ("KRF-SLG-3", "Krafto sledge hammer 3 kg", "hand-tools", 94.00, 4,
     {"brand": "Krafto", "head_weight_g": 3000, "handle": "hickory", "length_mm": 900},
     "Sledge hammer for demolition and driving stakes.", 1),
    ("KRF-SD-06", "Krafto screwdriver set 6 pcs", "hand-tools", 47.99, 20,
     {"brand": "Krafto", "tips": "SL 3/5/6, PH1, PH2, PZ2", "blade_material": "Cr-V steel"},
     "Six screwdrivers for the kitchen drawer.", 1),
    ("KRF-SD-12", "Krafto screwdriver set 12 pcs", "hand-tools", 86.99, 1,
     {"brand": "Krafto", "tips": "SL 2.5-8, PH0-PH3, PZ1-PZ3, T20, T25", "blade_material": "S2 steel"},
     "Twelve screwdrivers in a wall rack.", 1),
    ("KRF-SD-VDE7", "Krafto VDE insulated screwdriver set 7 pcs", "hand-tools", 139.00, 5,
     {"brand": "Krafto", "rated_voltage": "1000 V AC", "certification": "EN 60900",
      "tips": "SL 2.5/4/5.5, PH1, PH2, PZ1, PZ2"},
     "Individually tested insulated screwdrivers for electrical work, with voltage tester.", 1),
    ("KRF-CS-08", "Krafto combination spanner 8 mm", "hand-tools", 12.99, 30,
     {"brand": "Krafto", "size_mm": 8, "length_mm": 128, "material": "Cr-V steel", "finish": "satin chrome"},
     "Open end and 12-point ring, 15 degree offset.", 1),
    ("KRF-CS-10", "Krafto combination spanner 10 mm", "hand-tools", 14.49, 0,
     {"brand": "Krafto", "size_mm": 10, "length_mm": 146, "material": "Cr-V steel", "finish": "satin chrome"},
     "Open end and 12-point ring, 15 degree offset.", 1),
    ("KRF-CS-13", "Krafto combination spanner 13 mm", "hand-tools", 16.99, 2,
     {"brand": "Krafto", "size_mm": 13, "length_mm": 172, "material": "Cr-V steel", "finish": "satin chrome"},
     "Open end and 12-point ring, 15 degree offset.", 1),
    ("KRF-CS-17", "Krafto combination spanner 17 mm", "hand-tools", 21.50, 11,
     {"brand": "Krafto", "size_mm": 17, "length_mm": 215, "material": "Cr-V steel", "finish": "satin chrome"},
     "Open end and 12-point ring, 15 degree offset.", 1),
    ("KRF-CS-19", "Krafto combination spanner 19 mm", "hand-tools", 25.99, 6,
     {"brand": "Krafto", "size_mm": 19, "length_mm": 232, "material": "Cr-V steel", "finish": "satin chrome"},
     "Open end and 12-point ring, 15 degree offset.", 1),
    ("KRF-CS-SET12", "Krafto combination spanner set 12 pcs (6-22 mm)", "hand-tools", 219.00, 3,
     {"brand": "Krafto", "sizes_mm": [6, 7, 8, 9, 10, 11, 12, 13, 14, 17, 19, 22],
      "material": "Cr-V steel"}, "Twelve combination spanners on a roll-up canvas wrap.", 1),
    ("KRF-ADJ-250", "Krafto adjustable wrench 250 mm", "hand-tools", 58.00, 7,
     {"brand": "Krafto", "length_mm": 250, "jaw_capacity_mm": 30}, "Adjustable wrench with laser-etched scale.", 1),
    ("KRF-PLI-180", "Krafto combination pliers 180 mm", "hand-tools", 39.99, 10,
     {"brand": "Krafto", "length_mm": 180, "grip": "two-component"}, "General purpose combination pliers.", 1),
    ("KRF-TM-5", "Krafto tape measure 5 m", "hand-tools", 26.00, 25,
     {"brand": "Krafto", "length_m": 5, "blade_width_mm": 19, "accuracy_class": "EC II"}, "Tape with magnetic hook.", 1),
    ("KRF-TM-8", "Krafto tape measure 8 m", "hand-tools", 37.00, 8,
     {"brand": "Krafto", "length_m": 8, "blade_width_mm": 25, "accuracy_class": "EC II"}, "Tape with magnetic hook.", 1),
    ("KRF-LVL-600", "Krafto spirit level 600 mm", "hand-tools", 45.00, 5,
     {"brand": "Krafto", "length_mm": 600, "vials": 3, "accuracy": "0.5 mm/m"}, "Aluminium box level.", 1),
    ("KRF-KN-18", "Krafto snap-off knife 18 mm", "hand-tools", 15.99, 40,
     {"brand": "Krafto", "blade_mm": 18}, "Snap-off utility knife with screw lock.", 1),
    ("KRF-KB-18-10", "Krafto snap-off blades 18 mm, 10 pcs", "hand-tools", 4.99, 70,
     {"brand": "Krafto", "blade_mm": 18, "pack_qty": 10}, "Spare blades for the 18 mm snap-off knife.", 1),

    # ---- drill bits -------------------------------------------------------
    ("WRX-HSS-19", "Wiertex HSS-G metal drill bit set 19 pcs", "drill-bits", 79.00, 6,
     {"brand": "Wiertex", "sizes": "1-10 mm in 0.5 mm steps", "coating": "titanium nitride (TiN)",
      "standard": "DIN 338"}, "Ground HSS bits for steel, aluminium and plastics, in a metal case.", 1),
    ("WRX-MAS-05", "Wiertex masonry bit set 5 pcs", "drill-bits", 29.99, 13,
     {"brand": "Wiertex", "sizes": "4, 5, 6, 8, 10 mm", "tip": "carbide"}, "Round shank masonry bits.", 1),
    ("WRX-SDS-05", "Wiertex SDS-plus bit set 5 pcs", "drill-bits", 64.00, 2,
     {"brand": "Wiertex", "sizes": "6, 8, 10 x 160 mm; 6, 8 x 210 mm", "tip": "4-cutter carbide"},
     "SDS-plus hammer bits for concrete.", 1),
    ("WRX-WD-08", "Wiertex brad point wood bit set 8 pcs", "drill-bits", 44.99, 0,
     {"brand": "Wiertex", "sizes": "3-10 mm"}, "Brad point bits for clean holes in timber.", 1),
    ("WRX-MIX-50", "Wiertex mixed drill & driver set 50 pcs", "drill-bits", 119.00, 9,
     {"brand": "Wiertex", "contents": "HSS, masonry and wood bits, 33 screwdriver bits, magnetic holder"},
     "The mixed set for a new cordless drill.", 1),
    ("WRX-HS-07", "Wiertex bi-metal hole saw kit 7 pcs", "drill-bits", 169.00, 3,
     {"brand": "Wiertex", "sizes_mm": [22, 29, 35, 44, 51, 64, 68], "material": "bi-metal M42"},
     "Hole saws for downlights, pipes and sockets, with arbor.", 1),
    ("WRX-TILE-3", "Wiertex tile & glass bit set 3 pcs", "drill-bits", 34.00, 7,
     {"brand": "Wiertex", "sizes": "6, 8, 10 mm", "tip": "spear carbide"}, "Spear point bits for tiles and glass.", 1),

    # ---- screws & fixings -------------------------------------------------
    ("MCZ-WS440-100", "Mocarz wood screws 4 x 40 mm", "screws-fixings", 18.99, 50,
     {"brand": "Mocarz", "pack_qty": 100, "head": "countersunk, PZ2", "finish": "yellow zinc"},
     "Chipboard and wood screws, partial thread.", 1),
    ("MCZ-WS440-200", "Mocarz wood screws 4 x 40 mm", "screws-fixings", 32.99, 22,
     {"brand": "Mocarz", "pack_qty": 200, "head": "countersunk, PZ2", "finish": "yellow zinc"},
     "Chipboard and wood screws, partial thread.", 1),
    ("MCZ-WS560-100", "Mocarz wood screws 5 x 60 mm", "screws-fixings", 27.49, 0,
     {"brand": "Mocarz", "pack_qty": 100, "head": "countersunk, PZ2", "finish": "yellow zinc"},
     "Chipboard and wood screws, partial thread.", 1),
    ("MCZ-WS560-200", "Mocarz wood screws 5 x 60 mm", "screws-fixings", 49.00, 7,
     {"brand": "Mocarz", "pack_qty": 200, "head": "countersunk, PZ2", "finish": "yellow zinc"},
     "Chipboard and wood screws, partial thread.", 1),
    ("MCZ-WP6-100", "Mocarz wall plugs 6 mm", "screws-fixings", 11.99, 35,
     {"brand": "Mocarz", "pack_qty": 100, "material": "polyamide PA6", "for_screw_mm": "3.5-4.5"},
     "Expansion plugs for brick and concrete.", 1),
    ("MCZ-WP6-200", "Mocarz wall plugs 6 mm", "screws-fixings", 19.49, 3,
     {"brand": "Mocarz", "pack_qty": 200, "material": "polyamide PA6", "for_screw_mm": "3.5-4.5"},
     "Expansion plugs for brick and concrete.", 1),
    ("MCZ-WP8-100", "Mocarz wall plugs 8 mm", "screws-fixings", 13.79, 18,
     {"brand": "Mocarz", "pack_qty": 100, "material": "polyamide PA6", "for_screw_mm": "4.5-6"},
     "Expansion plugs for brick and concrete.", 1),
    ("MCZ-WP8-200", "Mocarz wall plugs 8 mm", "screws-fixings", 24.99, 1,
     {"brand": "Mocarz", "pack_qty": 200, "material": "polyamide PA6", "for_screw_mm": "4.5-6"},
     "Expansion plugs for brick and concrete.", 1),
    ("MCZ-DS-4550", "Mocarz A2 stainless decking screws 4.5 x 50 mm (200 pcs)", "screws-fixings", 67.90, 10,
     {"brand": "Mocarz", "pack_qty": 200, "material": "A2 stainless steel", "drive": "TX20"},
     "Decking screws with cutting tip and ribbed head, bit included.", 1),
    ("MCZ-DWS-3535", "Mocarz drywall screws 3.5 x 35 mm (200 pcs)", "screws-fixings", 22.00, 26,
     {"brand": "Mocarz", "pack_qty": 200, "head": "bugle, PH2", "finish": "black phosphate"},
     "Plasterboard screws to metal studs and timber.", 1),
    ("MCZ-SA-M8", "Mocarz M8 sleeve anchors, pack of 20", "screws-fixings", 26.50, 12,
     {"brand": "Mocarz", "pack_qty": 20, "hole_mm": 10, "finish": "zinc plated"}, "Sleeve anchors for heavy fixings.", 1),
    ("MCZ-FF-10100", "Mocarz frame fixings 10 x 100 mm, pack of 10", "screws-fixings", 31.50, 9,
     {"brand": "Mocarz", "pack_qty": 10, "drive": "PZ3"}, "Frame fixings for window and door frames.", 1),

    # ---- paint ------------------------------------------------------------
    ("KOL-EM-9010-25", "Kolorowo Matt Emulsion RAL 9010 Pure White 2.5 L", "paint", 69.00, 16,
     {"brand": "Kolorowo", "colour_code": "RAL 9010", "colour_name": "Pure White", "volume_l": 2.5,
      "coverage": "up to 30 m² per tin, one coat", "finish": "matt", "washability": "class 2 (EN 13300)"},
     "Our own-label ceiling and wall emulsion. Low spatter, touch dry in 1 hour, recoat after 2. "
     "Can be tinted at the counter.", 1),
    ("KOL-EM-9010-10", "Kolorowo Matt Emulsion RAL 9010 Pure White 10 L", "paint", 229.00, 4,
     {"brand": "Kolorowo", "colour_code": "RAL 9010", "colour_name": "Pure White", "volume_l": 10,
      "coverage": "up to 120 m² per tub, one coat", "finish": "matt", "washability": "class 2 (EN 13300)"},
     "Our own-label ceiling and wall emulsion in the trade tub.", 1),
    ("KOL-EM-KW214-25", "Kolorowo Matt Emulsion Mgła Wiślana 2.5 L", "paint", 79.99, 6,
     {"brand": "Kolorowo", "colour_code": "KW-214", "colour_name": "Mgła Wiślana (river-mist grey-blue)",
      "volume_l": 2.5, "coverage": "up to 30 m² per tin, one coat", "finish": "matt"},
     "From the Kolorowo Kraków colour card.", 1),
    ("KOL-EM-KW307-25", "Kolorowo Matt Emulsion Szałwia Ogrodowa 2.5 L", "paint", 79.99, 0,
     {"brand": "Kolorowo", "colour_code": "KW-307", "colour_name": "Szałwia Ogrodowa (soft sage green)",
      "volume_l": 2.5, "coverage": "up to 30 m² per tin, one coat", "finish": "matt"},
     "From the Kolorowo Kraków colour card.", 1),
    ("KOL-EM-KW118-25", "Kolorowo Matt Emulsion Cegła Podgórska 2.5 L", "paint", 84.00, 2,
     {"brand": "Kolorowo", "colour_code": "KW-118", "colour_name": "Cegła Podgórska (warm brick red)",
      "volume_l": 2.5, "coverage": "up to 30 m² per tin, one coat", "finish": "matt"},
     "From the Kolorowo Kraków colour card.", 1),
    ("KOL-SE-7016-075", "Kolorowo Satin Enamel RAL 7016 Anthracite 0.75 L", "paint", 48.50, 9,
     {"brand": "Kolorowo", "colour_code": "RAL 7016", "colour_name": "Anthracite", "volume_l": 0.75,
      "base": "water-based", "for": "wood and primed metal"}, "Satin enamel for doors, radiators and railings.", 1),
    ("KOL-SE-3000-075", "Kolorowo Satin Enamel RAL 3000 Flame Red 0.75 L", "paint", 48.50, 1,
     {"brand": "Kolorowo", "colour_code": "RAL 3000", "colour_name": "Flame Red", "volume_l": 0.75,
      "base": "water-based", "for": "wood and primed metal"}, "Satin enamel for doors, radiators and railings.", 1),
    ("KOL-KB-1", "Kolorowo Kitchen & Bath paint 1 L", "paint", 57.00, 11,
     {"brand": "Kolorowo", "colours": ["RAL 9010 Pure White", "KW-402 Mleczna Pianka", "KW-415 Błękit Zakrzówka"],
      "volume_l": 1, "finish": "soft sheen", "mould_resistant": True},
     "Steam and scrub resistant paint for kitchens and bathrooms. Choose the colour in the order notes.", 1),
    ("KOL-GR-5", "Kolorowo Grunt deep penetrating primer 5 L", "paint", 59.99, 10,
     {"brand": "Kolorowo", "volume_l": 5, "coverage": "up to 50 m²", "colour": "clear"},
     "Primer (grunt) for new plaster and dusty walls before painting.", 1),
    ("KOL-WS-ORZ-25", "Kolorowo garden wood stain Orzech 2.5 L", "paint", 104.90, 5,
     {"brand": "Kolorowo", "colour_name": "Orzech (walnut)", "volume_l": 2.5, "uv_protection": "yes"},
     "Stain for fences, sheds and pergolas.", 1),

    # ---- brushes & rollers ------------------------------------------------
    ("PDZ-FB-SET3", "Pędzlarz flat brush set 25/50/75 mm", "brushes-rollers", 29.00, 12,
     {"brand": "Pędzlarz", "bristle": "synthetic"}, "Three flat brushes for water-based paints.", 1),
    ("PDZ-WB-100", "Pędzlarz wall brush 100 mm", "brushes-rollers", 24.50, 6,
     {"brand": "Pędzlarz", "width_mm": 100, "bristle": "natural/synthetic mix"}, "Wide brush for emulsion.", 1),
    ("PDZ-RL-250", "Pędzlarz microfibre roller 250 mm", "brushes-rollers", 36.99, 14,
     {"brand": "Pędzlarz", "width_mm": 250, "nap_mm": 12}, "Roller with frame for walls and ceilings.", 1),
    ("PDZ-RK-230", "Pędzlarz roller & tray kit 230 mm", "brushes-rollers", 44.00, 0,
     {"brand": "Pędzlarz", "width_mm": 230, "contents": "roller, frame, tray, 2 mini rollers"}, "Starter painting kit.", 1),
    ("PDZ-MT-48", "Pędzlarz masking tape 48 mm x 50 m", "brushes-rollers", 13.50, 60,
     {"brand": "Pędzlarz", "width_mm": 48, "length_m": 50, "clean_removal_days": 14}, "Masking tape for sharp edges.", 1),

    # ---- sealants ---------------------------------------------------------
    ("SZC-SAN-280", "Szczelna sanitary silicone 280 ml", "sealants", 23.49, 30,
     {"brand": "Szczelna", "colours": ["white", "transparent", "grey", "jasmine"], "cure": "24 h",
      "mould_resistant": True}, "Sanitary silicone for baths, showers and sinks. Pick the colour at checkout.", 1),
    ("SZC-ACR-280", "Szczelna acrylic decorator's caulk 280 ml", "sealants", 9.99, 45,
     {"brand": "Szczelna", "colour": "white", "paintable_after": "60 min"}, "Paintable acrylic for gaps and cracks.", 1),
    ("SZC-PU-750", "Szczelna PU expanding foam 750 ml", "sealants", 38.00, 15,
     {"brand": "Szczelna", "yield_l": 45, "cut_after": "1 h"}, "Gun-grade PU foam for window and door frames.", 1),
    ("SZC-GUN-SK", "Szczelna skeleton caulking gun", "sealants", 18.00, 9,
     {"brand": "Szczelna", "for": "280-310 ml cartridges"}, "Basic skeleton gun.", 1),

    # ---- ladders ----------------------------------------------------------
    ("STP-3S-3X7", "Stopniak 3-section aluminium ladder 3x7", "ladders", 489.00, 3,
     {"brand": "Stopniak", "rungs": 21, "max_load_kg": 150, "working_height_m": 5.9,
      "certification": "EN 131-1/-2", "weight_kg": 13.5},
     "Combination ladder that works as a leaning ladder, a step ladder or a stair ladder. "
     "Three sections of 7 rungs, stabiliser bar, non-slip feet. Delivered by DPD only (oversize).", 1),
    ("STP-3S-3X9", "Stopniak 3-section aluminium ladder 3x9", "ladders", 669.00, 1,
     {"brand": "Stopniak", "rungs": 27, "max_load_kg": 150, "working_height_m": 7.6,
      "certification": "EN 131-1/-2", "weight_kg": 17.8},
     "The long one: three sections of 9 rungs for first-floor gutters and windows. "
     "Delivered by DPD only (oversize).", 1),
    ("STP-STEP-4", "Stopniak step ladder 4 steps", "ladders", 149.00, 6,
     {"brand": "Stopniak", "steps": 4, "max_load_kg": 125, "platform_height_m": 0.85},
     "Folding aluminium step ladder with tool tray.", 1),
    ("STP-STEP-6", "Stopniak step ladder 6 steps", "ladders", 209.00, 0,
     {"brand": "Stopniak", "steps": 6, "max_load_kg": 125, "platform_height_m": 1.3},
     "Folding aluminium step ladder with tool tray.", 1),
    ("STP-MP-4X4", "Stopniak multi-purpose ladder 4x4", "ladders", 749.00, 2,
     {"brand": "Stopniak", "rungs": 16, "max_load_kg": 150, "certification": "EN 131-4"},
     "Articulated ladder: A-frame, straight, scaffold base.", 1),

    # ---- garden -----------------------------------------------------------
    ("ZLN-SPD-BOR", "Zielny border spade", "garden", 88.00, 5,
     {"brand": "Zielny", "blade": "boron steel", "handle": "ash, T-grip"}, "Narrow spade for borders.", 1),
    ("ZLN-RAKE-14", "Zielny garden rake 14 teeth", "garden", 41.00, 8,
     {"brand": "Zielny", "teeth": 14, "handle_length_mm": 1500}, "Steel rake.", 1),
    ("ZLN-SEC-20", "Zielny bypass secateurs 20 mm", "garden", 46.99, 11,
     {"brand": "Zielny", "cut_capacity_mm": 20}, "Bypass pruners.", 1),
    ("ZLN-HOSE-25", "Zielny garden hose 1/2\" 25 m", "garden", 89.00, 7,
     {"brand": "Zielny", "diameter": "1/2\"", "length_m": 25, "layers": 4}, "Reinforced garden hose.", 1),
    ("ZLN-HOSE-50", "Zielny garden hose 1/2\" 50 m", "garden", 155.00, 2,
     {"brand": "Zielny", "diameter": "1/2\"", "length_m": 50, "layers": 4}, "Reinforced garden hose.", 1),
    ("ZLN-WB-90", "Zielny wheelbarrow 90 L", "garden", 264.00, 4,
     {"brand": "Zielny", "volume_l": 90, "max_load_kg": 160, "tyre": "pneumatic 16\""},
     "Galvanised builder's wheelbarrow. Delivered by DPD only (oversize).", 1),

    # ---- safety -----------------------------------------------------------
    ("OCH-GT-GLV", "Ochronix GripTec work gloves", "safety", 12.49, 120,
     {"brand": "Ochronix", "sizes": ["8", "9", "10", "11"], "certification": "EN 388:2016 4131X",
      "coating": "nitrile foam"}, "Light assembly gloves. Choose the size at checkout.", 1),
    ("OCH-WG-08", "Ochronix WinterGrip thermal gloves, size 8", "safety", 29.50, 4,
     {"brand": "Ochronix", "size": "8", "certification": "EN 388 3242X, EN 511 X2X", "lining": "acrylic terry"},
     "Insulated gloves for winter site work.", 1),
    ("OCH-WG-09", "Ochronix WinterGrip thermal gloves, size 9", "safety", 29.50, 0,
     {"brand": "Ochronix", "size": "9", "certification": "EN 388 3242X, EN 511 X2X", "lining": "acrylic terry"},
     "Insulated gloves for winter site work.", 1),
    ("OCH-WG-10", "Ochronix WinterGrip thermal gloves, size 10", "safety", 29.50, 1,
     {"brand": "Ochronix", "size": "10", "certification": "EN 388 3242X, EN 511 X2X", "lining": "acrylic terry"},
     "Insulated gloves for winter site work.", 1),
    ("OCH-WG-11", "Ochronix WinterGrip thermal gloves, size 11", "safety", 29.50, 7,
     {"brand": "Ochronix", "size": "11", "certification": "EN 388 3242X, EN 511 X2X", "lining": "acrylic terry"},
     "Insulated gloves for winter site work.", 1),
    ("OCH-SG-CLR", "Ochronix safety glasses, clear", "safety", 17.99, 33,
     {"brand": "Ochronix", "lens": "polycarbonate, anti-fog", "certification": "EN 166 1F"},
     "Wraparound safety glasses.", 1),
    ("OCH-ED-27", "Ochronix ear defenders SNR 27 dB", "safety", 59.00, 10,
     {"brand": "Ochronix", "snr_dB": 27, "weight_g": 210, "certification": "EN 352-1"}, "Folding ear defenders.", 1),
    ("OCH-ED-33", "Ochronix ear defenders Pro", "safety", 109.00, 4,
     {"brand": "Ochronix", "snr_dB": 33, "weight_g": 285, "certification": "EN 352-1"},
     "Twin-shell ear defenders for breakers, saws and grinders.", 1),
    ("OCH-FFP2-10", "Ochronix FFP2 dust masks, 10 pcs", "safety", 35.99, 20,
     {"brand": "Ochronix", "certification": "EN 149:2001+A1:2009 FFP2 NR", "valve": True}, "Valved dust masks.", 1),
    ("OCH-KP-GEL", "Ochronix gel knee pads", "safety", 62.00, 6,
     {"brand": "Ochronix", "straps": "2 x elastic with buckle"}, "Gel knee pads for tilers and floor layers.", 1),

    # ---- lighting ---------------------------------------------------------
    ("LMK-WL-20", "Lumenka LED work light 20 W", "lighting", 76.00, 9,
     {"brand": "Lumenka", "power_W": 20, "lumens": 1600, "ip_rating": "IP54", "cable_m": 1.5},
     "Mains LED floodlight on a stand.", 1),
    ("LMK-WL-50", "Lumenka LED work light 50 W", "lighting", 142.00, 3,
     {"brand": "Lumenka", "power_W": 50, "lumens": 4000, "ip_rating": "IP65", "cable_m": 3},
     "Mains LED floodlight on a tripod.", 1),
    ("LMK-HT-300", "Lumenka head torch 300 lm", "lighting", 33.00, 17,
     {"brand": "Lumenka", "lumens": 300, "runtime": "6 h high / 40 h low", "battery": "USB-C rechargeable"},
     "Head torch with red light mode.", 1),
    ("LMK-AL18-B", "Lumenka AL18 cordless area light", "lighting", 214.00, 2,
     {"brand": "Lumenka", "voltage": "18 V", "lumens": 950, "battery_system": "Voltara 18 V",
      "supplied": "bare - no battery"}, "Area light running on Voltara 18 V batteries.", 1),
]

# ---------------------------------------------------------------------------
FAQ = [
    ("delivery-poland", "How much is delivery in Poland and how long does it take?",
     "We send parcels within Poland with InPost (Paczkomat parcel lockers, 13.99 zł), DPD courier to your "
     "door (18.49 zł) and Poczta Polska (16.50 zł, slower, 2-4 working days). InPost and DPD usually arrive "
     "the next working day. Orders paid by 13:00 Monday to Friday leave our back room in Podgórze the same "
     "day; anything paid later goes out the next working day. Ladders, wheelbarrows and anything longer than "
     "1.5 m go by DPD only and carry an oversize surcharge of 45 zł."),
    ("delivery-eu", "Do you deliver to other EU countries?",
     "Yes, we deliver to every EU country with DHL. The price is worked out at checkout from the weight and "
     "starts at 64 zł for a parcel up to 5 kg; delivery takes 3-6 working days. We cannot ship outside the "
     "EU (so not to the UK, Norway or Switzerland), and we cannot send ladders, paint over 5 L, expanding foam "
     "or lithium batteries over 100 Wh abroad."),
    ("free-delivery", "Is there free delivery?",
     "Delivery is free in Poland for orders over 299 zł to an InPost locker or by DPD courier. The oversize "
     "surcharge for ladders and wheelbarrows still applies. Free delivery does not apply to EU orders."),
    ("parcel-lockers", "Can I get my order delivered to a Paczkomat?",
     "Yes. Choose InPost Paczkomat at checkout and pick a locker on the map. Lockers take parcels up to "
     "41 x 38 x 64 cm and 25 kg, so ladders, wheelbarrows and 10 L paint tubs cannot go to a locker. Once the "
     "parcel is in the locker you have 48 hours to collect it before InPost sends it to a branch."),
    ("click-collect", "Can I order online and pick up in the shop?",
     "Yes - Click & Collect (odbiór osobisty) is free. Pick it at checkout and we will send a text when your "
     "order is ready, usually within 2 hours during opening hours. We keep collected orders behind the counter "
     "for 10 days; after that the order is cancelled and refunded."),
    ("returns", "What is your returns policy?",
     "You can return unused goods within 14 days of delivery without giving a reason (odstąpienie od umowy). "
     "Goods must be complete and in the original packaging. Used tools cannot be returned for a refund - if "
     "something is faulty, that is a warranty claim. Tinted paint, hose cut to length and opened packs of "
     "screws or fixings cannot be returned. We refund within 14 days of receiving the return, to the original "
     "payment method; return postage is paid by the customer unless the item was wrong or damaged."),
    ("warranty", "How do warranty claims work?",
     "Everything we sell has the 2-year statutory warranty (rękojmia). Voltara power tools and batteries get a "
     "third year if you register them on the Voltara site within 28 days of purchase. To make a claim, bring "
     "the tool with the receipt or invoice to the counter, or fill in the claim form and send it to us with "
     "InPost (we pay the postage). We answer every claim within 14 days."),
    ("vat-invoice", "Can I get a VAT invoice (faktura)?",
     "Yes. Tick 'Chcę fakturę' at checkout and enter your company name and NIP; the faktura VAT is sent as a "
     "PDF when the order ships. If you forgot, write to us with the order number within 3 months from the end "
     "of the month of purchase. In the shop, tell us before paying so we can put your NIP on the receipt."),
    ("paint-tinting", "Do you mix paint colours?",
     "Our in-store tinting machine mixes any Kolorowo base to RAL, NCS or the Kolorowo Kraków colour card. "
     "Mixing takes about 15 minutes while you wait. Tinting is free for 2.5 L tins and larger; smaller tins "
     "cost 6 zł. Online, put the colour code in the order notes. Tinted paint is made to order and cannot be "
     "returned."),
    ("tool-hire", "Do you hire out tools?",
     "We hire out SDS-max breakers, tile cutters, floor sanders, wallpaper steamers and carpet cleaners. Day "
     "rates start at 49 zł. Each tool needs a deposit of 400 zł and photo ID. Weekend hire (collect Saturday, "
     "bring back Monday by 9:00) is charged as one day. Hire cannot be booked online - call the shop to reserve."),
    ("key-cutting", "Do you cut keys?",
     "Key cutting while you wait at the trade counter: standard cylinder and mortice keys from 16 zł each. We "
     "do not copy car keys, transponder keys or restricted security keys - those need the owner's security card "
     "and are ordered from the manufacturer (7-10 working days)."),
    ("opening-hours", "When are you open?",
     "Pod Kowadłem, ul. Pod Kowadłem 12, 30-536 Kraków: Monday to Friday 7:00-19:00, Saturday 8:00-15:00, "
     "closed on Sundays and public holidays. The trade counter opens at 6:30 on weekdays."),
    ("payment", "How can I pay?",
     "Online: BLIK, Visa and Mastercard (Apple Pay and Google Pay too), and ordinary bank transfer (we pack "
     "the order once the money arrives, usually the next working day). Cash on delivery (pobranie) is "
     "available with DPD only, for orders up to 2000 zł, with a 9 zł fee. In the shop: cash, card and BLIK."),
    ("trade-account", "Do you have trade accounts?",
     "Konto firmowe: any business with a NIP can open a trade account. Trade customers get 12% off list prices "
     "(except Voltara kits and hire) and, after three months of regular orders, 30-day payment terms. Apply "
     "at the trade counter or send the form with your CEIDG or KRS extract."),
    ("contact", "How can I contact you?",
     "Phone +48 12 555 01 23 (Monday to Friday 8:00-18:00), pomoc@example.com, or this chat. Trade desk: "
     "handel@example.com."),
    ("order-changes", "Can I change or cancel my order?",
     "You can change the delivery address, add items or cancel while the order status is 'processing' - write "
     "to us with the order number as soon as you can. Once it is shipped we cannot change it: refuse the parcel "
     "or use the returns procedure. Cancelled orders are refunded within 3 working days."),
    ("battery-compat", "Which batteries fit my Voltara tool?",
     "Every Voltara 18 V battery (2.0, 4.0 and 5.0 Ah) fits every Voltara 18 V tool and the Lumenka AL18 "
     "area light. The old Voltara 14.4 V line is not compatible and we no longer stock its batteries."),
    ("location", "Where is the shop?",
     "ul. Pod Kowadłem 12, 30-536 Kraków, in Podgórze, two minutes from the tram stop Kowadło. There are six "
     "customer parking spaces in the courtyard; the entrance for vans is from the back street."),
    ("gift-cards", "Do you sell gift cards?",
     "Gift cards from 50 to 1000 zł, in the shop or as an e-card. They are valid for 24 months and can be "
     "used online and in store."),
]

# ---------------------------------------------------------------------------
ORDERS = [
    ("ZAM-10451", "ola.nowak@example.com", "30-536", "2026-03-02", "delivered", "InPost", "2026-03-04",
     [("VLT-DD18-K2", 1)]),
    ("ZAM-10467", "ola.nowak@example.com", "30-536", "2026-03-14", "shipped", "DPD", "2026-03-17",
     [("VLT-BAT-40", 1), ("WRX-MIX-50", 1)]),
    ("ZAM-10472", "piotr.w@example.net", "31-042", "2026-03-13", "processing", None, None,
     [("KOL-EM-9010-10", 2), ("PDZ-RL-250", 1)]),
    ("ZAM-10480", "k.zielinska@example.org", "32-020", "2026-03-12", "shipped", "Poczta Polska", "2026-03-19",
     [("ZLN-SEC-20", 1), ("ZLN-RAKE-14", 1)]),
    ("ZAM-10488", "tomek.b@example.com", "30-383", "2026-03-08", "cancelled", None, None,
     [("STP-STEP-6", 1)]),
    ("ZAM-10493", "marta.kowal@example.net", "31-559", "2026-02-16", "returned", "DPD", "2026-02-18",
     [("VLT-CD18-K1", 1)]),
    ("ZAM-10501", "jan.mazur@example.org", "01067", "2026-03-13", "shipped", "DHL", "2026-03-20",
     [("KRF-CS-SET12", 1), ("OCH-GT-GLV", 2)]),
    ("ZAM-10505", "ewa.lis@example.com", "30-536", "2026-03-15", "processing", "Click & Collect", "2026-03-16",
     [("KOL-SE-7016-075", 2), ("PDZ-FB-SET3", 1)]),
    ("ZAM-10512", "adam.krol@example.net", "34-100", "2026-03-05", "delivered", "Poczta Polska", "2026-03-10",
     [("KRF-MS-500", 1), ("MCZ-WS440-200", 2)]),
    ("ZAM-10519", "b.wojcik@example.org", "31-216", "2026-03-16", "shipped", "InPost", "2026-03-18",
     [("OCH-ED-33", 1)]),
    ("ZAM-10523", "natalia.p@example.com", "30-698", "2026-03-16", "processing", "DPD", "2026-03-21",
     [("STP-3S-3X7", 1)]),
    ("ZAM-10530", "grzegorz.dudek@example.net", "32-300", "2026-03-09", "cancelled", None, None,
     [("VLT-HD18-K5", 1)]),
    ("ZAM-10534", "zofia.m@example.org", "30-418", "2026-03-06", "delivered", "Click & Collect", None,
     [("KOL-KB-1", 2)]),
    ("ZAM-10541", "kuba.lewandowski@example.com", "31-987", "2026-03-15", "shipped", "DPD", None,
     [("ZLN-WB-90", 1)]),
    ("ZAM-10546", "irena.s@example.net", "30-002", "2026-02-20", "returned", "InPost", None,
     [("LMK-HT-300", 1)]),
    ("ZAM-10552", "marek.jablonski@example.org", "33-300", "2026-03-17", "processing", None, None,
     [("MCZ-DS-4550", 3), ("VLT-ID18-B", 1)]),
    ("ZAM-10558", "agnieszka.k@example.com", "602 00", "2026-03-14", "shipped", "DHL", "2026-03-24",
     [("WRX-HS-07", 1)]),
    ("ZAM-10563", "wiktor.c@example.net", "30-709", "2026-03-09", "delivered", "DPD", "2026-03-12",
     [("LMK-WL-50", 1), ("OCH-SG-CLR", 2)]),
    ("ZAM-10570", "hanna.z@example.org", "31-311", "2026-03-17", "processing", "InPost", "2026-03-20",
     [("SZC-SAN-280", 3), ("SZC-GUN-SK", 1)]),
    ("ZAM-10575", "lukasz.r@example.com", "30-147", "2026-03-15", "shipped", "Poczta Polska", "2026-03-22",
     [("KRF-SD-VDE7", 1)]),
]


# ---------------------------------------------------------------------------
# PNG drawing (zlib + struct only)
# ---------------------------------------------------------------------------
def _chunk(kind, data):
    c = struct.pack(">I", len(data)) + kind + data
    return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_bytes(seed_text, index, size=48):
    """A distinct 48x48 RGB picture: background, a frame, an identicon grid and an index bar."""
    h = hashlib.sha256(seed_text.encode("utf-8")).digest()
    bg = (h[0] // 2 + 100, h[1] // 2 + 100, h[2] // 2 + 100)
    fg = (h[3] // 3, h[4] // 3, h[5] // 3)
    bits = int.from_bytes(h[6:10], "big")
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter type 0
        for x in range(size):
            colour = bg
            if x < 2 or y < 2 or x >= size - 2 or y >= size - 2:
                colour = fg
            elif 6 <= x < 42 and 6 <= y < 36:
                gx, gy = (x - 6) // 6, (y - 6) // 6  # 6 x 5 grid, mirrored
                mx = gx if gx < 3 else 5 - gx
                if (bits >> (gy * 3 + mx)) & 1:
                    colour = fg
            elif 39 <= y < 44 and 4 <= x < 44:
                # index bar: bit k of the product index lights segment k
                seg = (x - 4) // 4
                if (index >> seg) & 1:
                    colour = (255 - fg[0], 255 - fg[1], 255 - fg[2])
            row.extend(colour)
        rows.append(bytes(row))
    raw = b"".join(rows)
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
def _dump(obj):
    return json.dumps(obj, ensure_ascii=False, sort_keys=False)


def build(out_dir):
    os.makedirs(os.path.join(out_dir, "images"), exist_ok=True)
    with open(os.path.join(out_dir, "store.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")

    counter = 0
    lines = []
    for sku, name, cat, price, stock, attrs, desc, nimg in CATALOG:
        images = []
        for k in range(nimg):
            counter += 1
            rel = "images/%s-%d.png" % (sku.lower(), k + 1)
            with open(os.path.join(out_dir, rel), "wb") as f:
                f.write(png_bytes(rel, counter))
            images.append(rel)
        # whole prices are stored as integers, the rest with grosze
        p = int(price) if float(price).is_integer() else round(price, 2)
        rec = {"sku": sku, "name": name, "description": desc, "category": cat, "price": p,
               "currency": "PLN", "stock": stock, "attributes": attrs, "images": images}
        lines.append(_dump(rec))
    with open(os.path.join(out_dir, "catalog.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    with open(os.path.join(out_dir, "faq.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for fid, q, a in FAQ:
            f.write(_dump({"id": fid, "question": q, "answer": a}) + "\n")

    with open(os.path.join(out_dir, "orders.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for oid, email, postcode, placed, status, carrier, eta, items in ORDERS:
            rec = {"order_id": oid, "email": email, "postcode": postcode, "placed": placed, "status": status}
            if carrier:
                rec["carrier"] = carrier
            if eta:
                rec["eta"] = eta
            rec["items"] = [{"sku": s, "qty": q} for s, q in items]
            f.write(_dump(rec) + "\n")


def main(argv):
    if len(argv) != 2:
        print("usage: python make_store.py OUT_DIR", file=sys.stderr)
        return 2
    build(argv[1])
    print("wrote store to %s (%d products, %d FAQ entries, %d orders)"
          % (argv[1], len(CATALOG), len(FAQ), len(ORDERS)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
