#!/usr/bin/env python3
"""Build the "Spijker & Zaag" test store (an invented hardware and DIY shop in Utrecht).

Usage:  python data/eval/blind15/make_store.py OUT_DIR

Writes catalog.jsonl, faq.jsonl, orders.jsonl, store.json and images/*.png into OUT_DIR,
in store format v1. Standard library only; the output is byte-identical on every run.
"""
import hashlib
import json
import os
import struct
import sys
import zlib

CURRENCY = "EUR"
IMG_SIZE = 96

STORE = {
    "name": "Spijker & Zaag",
    "currency": "EUR",
    "locale": "en-NL",
    "greeting": "Hi, welcome to Spijker & Zaag, your hardware and DIY shop in Utrecht. "
                "Ask me about tools, paint, fixings, your order or our services.",
}

# ---------------------------------------------------------------------------------------
# Catalogue. Prices are written as strings so that they keep their cents in the JSON
# ("24.95", "25.00"). Each tuple: sku, name, category, price, stock, description,
# attributes, number of images.
# ---------------------------------------------------------------------------------------
PT, HT, PA, FX, AD, LA, GA, SA, LI, VO = (
    "power tools", "hand tools", "paint & wood care", "fixings", "adhesives & sealants",
    "ladders", "garden", "safety", "lighting", "vouchers & gift cards")

PRODUCTS = [
    # --- cordless power tools -------------------------------------------------------
    ("TRV-DDX-12-BT", "Torvik Drill Driver DX", PT, "64.95", 9,
     "Compact cordless drill driver for light drilling and screwing around the house. Sold without battery or charger.",
     {"voltage": "12V", "kit": "bare tool", "battery": "not included", "max_torque": "32 Nm",
      "weight": "0.98 kg", "chuck": "10 mm keyless", "speeds": "2"}, 1),
    ("TRV-DDX-12-K2", "Torvik Drill Driver DX", PT, "129.95", 4,
     "Compact cordless drill driver supplied in a carry case with two batteries and a charger.",
     {"voltage": "12V", "kit": "with 2 batteries", "battery": "2 x 2.0 Ah Li-ion, charger included",
      "max_torque": "32 Nm", "weight": "1.22 kg (with battery)", "chuck": "10 mm keyless", "speeds": "2"}, 2),
    ("TRV-DDX-18-BT", "Torvik Drill Driver DX", PT, "89.95", 17,
     "Powerful cordless drill driver on the Torvik 18V platform. Sold without battery or charger.",
     {"voltage": "18V", "kit": "bare tool", "battery": "not included", "max_torque": "58 Nm",
      "weight": "1.41 kg", "chuck": "13 mm keyless", "speeds": "2"}, 1),
    ("TRV-DDX-18-K2", "Torvik Drill Driver DX", PT, "199.95", 0,
     "Powerful cordless drill driver in a carry case with two 4.0 Ah batteries and a fast charger.",
     {"voltage": "18V", "kit": "with 2 batteries", "battery": "2 x 4.0 Ah Li-ion, fast charger included",
      "max_torque": "58 Nm", "weight": "1.96 kg (with battery)", "chuck": "13 mm keyless", "speeds": "2"}, 2),
    ("TRV-IDX-18-BT", "Torvik Impact Driver IDX", PT, "104.95", 7,
     "Brushless impact driver for long screws, coach bolts and decking. Sold without battery or charger.",
     {"voltage": "18V", "kit": "bare tool", "battery": "not included", "max_torque": "185 Nm",
      "weight": "1.12 kg", "bit_holder": "1/4 inch hex quick-release"}, 1),
    ("TRV-IDX-18-K2", "Torvik Impact Driver IDX", PT, "214.95", 3,
     "Brushless impact driver in a carry case with two batteries and a fast charger.",
     {"voltage": "18V", "kit": "with 2 batteries", "battery": "2 x 4.0 Ah Li-ion, fast charger included",
      "max_torque": "185 Nm", "weight": "1.67 kg (with battery)", "bit_holder": "1/4 inch hex quick-release"}, 2),
    ("TRV-HDX-18-BT", "Torvik Combi Hammer Drill HDX", PT, "134.45", 6,
     "Three-mode combi drill for drilling into brick and block, drilling wood and driving screws. Bare tool.",
     {"voltage": "18V", "kit": "bare tool", "battery": "not included", "max_torque": "72 Nm",
      "impact_rate": "28,000 bpm", "weight": "1.68 kg", "chuck": "13 mm metal"}, 1),
    ("TRV-HDX-18-K2", "Torvik Combi Hammer Drill HDX", PT, "244.45", 2,
     "Three-mode combi drill supplied with two batteries, a fast charger and a carry case.",
     {"voltage": "18V", "kit": "with 2 batteries", "battery": "2 x 4.0 Ah Li-ion, fast charger included",
      "max_torque": "72 Nm", "impact_rate": "28,000 bpm", "weight": "2.23 kg (with battery)",
      "chuck": "13 mm metal"}, 2),
    ("VDM-ROS125-12", "Veldmann Orbit Sander ROS 125", PT, "69.45", 11,
     "Random orbit sander with hook-and-loop pad and dust box. Bare tool.",
     {"voltage": "12V", "kit": "bare tool", "pad": "125 mm", "orbit": "2.5 mm", "weight": "1.05 kg"}, 1),
    ("VDM-ROS125-18", "Veldmann Orbit Sander ROS 125", PT, "84.95", 13,
     "Random orbit sander with hook-and-loop pad, variable speed and dust box. Bare tool.",
     {"voltage": "18V", "kit": "bare tool", "pad": "125 mm", "orbit": "2.5 mm", "weight": "1.38 kg"}, 1),
    ("VDM-JSW-18-BT", "Veldmann Jigsaw Swift", PT, "94.95", 0,
     "Pendulum-action cordless jigsaw with tool-free blade change and LED light. Bare tool.",
     {"voltage": "18V", "kit": "bare tool", "battery": "not included", "cutting_depth_wood": "120 mm",
      "cutting_depth_steel": "8 mm", "stroke_rate": "0-3,000 spm", "weight": "2.05 kg"}, 1),
    ("VDM-JSW-18-K2", "Veldmann Jigsaw Swift", PT, "179.95", 5,
     "Pendulum-action cordless jigsaw with two batteries, charger and a set of five blades.",
     {"voltage": "18V", "kit": "with 2 batteries", "battery": "2 x 2.0 Ah Li-ion, charger included",
      "cutting_depth_wood": "120 mm", "cutting_depth_steel": "8 mm", "stroke_rate": "0-3,000 spm",
      "weight": "2.48 kg (with battery)"}, 2),
    ("TRV-AG115-18", "Torvik Angle Grinder AG 115", PT, "84.45", 10,
     "Cordless angle grinder for cutting and grinding metal and stone. Bare tool.",
     {"voltage": "18V", "kit": "bare tool", "disc_diameter": "115 mm", "no_load_speed": "8,500 rpm",
      "weight": "1.74 kg"}, 1),
    ("TRV-BAT-18-40", "Torvik Battery 18V 4.0Ah", PT, "59.95", 22,
     "Spare lithium-ion battery with charge indicator. Fits every Torvik 18V tool.",
     {"voltage": "18V", "capacity": "4.0 Ah", "weight": "0.62 kg", "fits": "all Torvik 18V tools"}, 1),
    ("TRV-BAT-12-20", "Torvik Battery 12V 2.0Ah", PT, "34.95", 19,
     "Spare lithium-ion battery for the Torvik 12V range.",
     {"voltage": "12V", "capacity": "2.0 Ah", "weight": "0.24 kg", "fits": "all Torvik 12V tools"}, 1),
    ("TRV-CHG-FAST", "Torvik Fast Charger 12-18V", PT, "44.95", 6,
     "Fast charger for Torvik 12V and 18V batteries.",
     {"voltage": "12V and 18V", "charge_time": "60 minutes for a 4.0 Ah battery"}, 1),
    ("TRV-PSD-4", "Torvik Pocket Screwdriver 4V", PT, "29.95", 31,
     "Small cordless screwdriver with built-in battery, USB-C charging and 10 bits.",
     {"voltage": "4V", "battery": "built-in 1.5 Ah", "charging": "USB-C", "max_torque": "5 Nm",
      "weight": "0.31 kg"}, 1),
    ("TRV-HT50-18", "Torvik Hedge Trimmer HT 50", GA, "99.45", 4,
     "Cordless hedge trimmer with dual-action blades. Runs on Torvik 18V batteries, sold as bare tool.",
     {"voltage": "18V", "kit": "bare tool", "blade_length": "50 cm", "cutting_capacity": "18 mm",
      "weight": "2.6 kg"}, 1),

    # --- hand tools -----------------------------------------------------------------
    ("STH-CH-16", "Staalhart Claw Hammer", HT, "19.95", 25,
     "Claw hammer with forged head and shock-absorbing grip.",
     {"head_weight": "16 oz (450 g)", "handle": "fibreglass", "length": "33 cm"}, 1),
    ("STH-CH-20", "Staalhart Claw Hammer", HT, "22.45", 12,
     "Heavier claw hammer with forged head and shock-absorbing grip.",
     {"head_weight": "20 oz (570 g)", "handle": "fibreglass", "length": "34 cm"}, 1),
    ("STH-CLB-1250", "Staalhart Club Hammer 1.25 kg", HT, "17.95", 9,
     "Club hammer for chisel work and light demolition.",
     {"head_weight": "1.25 kg", "handle": "ash wood", "length": "27 cm"}, 1),
    ("STH-MAL-RB", "Staalhart Rubber Mallet", HT, "11.45", 14,
     "Black rubber mallet for paving, tiling and furniture assembly.",
     {"head_weight": "680 g", "head": "black rubber", "handle": "fibreglass"}, 1),
    ("STH-SDS-12", "Staalhart Screwdriver Set 12-piece", HT, "27.95", 18,
     "Screwdriver set with magnetic tips and two-component handles.",
     {"pack_size": "12 pieces", "contents": "4 slotted, 4 Phillips, 4 Pozidriv",
      "material": "chrome vanadium steel"}, 1),
    ("STH-PRS-31", "Staalhart Precision Bit Set 31", HT, "21.95", 0,
     "Precision screwdriver with 30 small bits for electronics, glasses and toys.",
     {"pack_size": "31 pieces", "material": "S2 steel"}, 1),
    ("STH-HS-550", "Staalhart Hand Saw 550 mm", HT, "18.45", 16,
     "General-purpose hand saw with hardened teeth for fast cuts in timber.",
     {"length": "550 mm", "teeth": "7 TPI", "material": "hardened steel"}, 1),
    ("STH-HKS-300", "Staalhart Hacksaw 300", HT, "13.95", 7,
     "Hacksaw frame with tensioning lever and one bi-metal blade.",
     {"length": "300 mm", "teeth": "24 TPI"}, 1),
    ("STH-LVL-60", "Staalhart Spirit Level Alu", HT, "24.95", 15,
     "Aluminium box-section spirit level with three vials.",
     {"length": "60 cm", "vials": "3", "accuracy": "0.5 mm/m", "material": "aluminium", "magnetic": "no"}, 1),
    ("STH-LVL-120", "Staalhart Spirit Level Alu", HT, "39.95", 3,
     "Aluminium box-section spirit level with three vials.",
     {"length": "120 cm", "vials": "3", "accuracy": "0.5 mm/m", "material": "aluminium", "magnetic": "no"}, 1),
    ("STH-TM-5", "Staalhart Tape Measure 5 m", HT, "9.95", 40,
     "Tape measure with belt clip and auto-lock.",
     {"length": "5 m", "blade_width": "19 mm"}, 1),
    ("STH-TM-8", "Staalhart Tape Measure 8 m", HT, "13.45", 21,
     "Tape measure with wide blade, belt clip and auto-lock.",
     {"length": "8 m", "blade_width": "25 mm"}, 1),
    ("STH-UK-SNAP", "Staalhart Snap-Off Utility Knife", HT, "8.75", 33,
     "Snap-off knife with metal guide and screw lock. Comes with spare blades.",
     {"blade_width": "18 mm", "pack_size": "knife + 5 spare blades"}, 1),
    ("STH-ADJ-250", "Staalhart Adjustable Spanner 250 mm", HT, "16.95", 11,
     "Adjustable spanner with laser-etched scale.",
     {"length": "250 mm", "max_jaw_opening": "30 mm", "material": "chrome vanadium steel"}, 1),
    ("STH-PLR-180", "Staalhart Combination Pliers 180", HT, "14.45", 2,
     "Combination pliers with insulated grips.",
     {"length": "180 mm", "insulated": "yes, 1000 V"}, 1),
    ("STH-CHS-4", "Staalhart Wood Chisel Set", HT, "32.95", 6,
     "Bevel-edged wood chisels with striking caps, in a storage wallet.",
     {"pack_size": "4 pieces", "sizes": ["6 mm", "12 mm", "19 mm", "25 mm"], "material": "chrome vanadium steel"}, 1),

    # --- paint & wood care ----------------------------------------------------------
    ("GV-WCM-1L", "Grachtverf Wall & Ceiling Matt", PA, "14.95", 38,
     "Low-odour, water-based matt emulsion for walls and ceilings.",
     {"size": "1 L", "colour": "brilliant white", "finish": "matt", "coverage_per_litre": "11 m²",
      "drying_time": "touch dry in 1 hour, recoatable after 4 hours", "base": "water-based"}, 1),
    ("GV-WCM-2L5", "Grachtverf Wall & Ceiling Matt", PA, "31.45", 16,
     "Low-odour, water-based matt emulsion for walls and ceilings.",
     {"size": "2.5 L", "colour": "brilliant white", "finish": "matt", "coverage_per_litre": "11 m²",
      "drying_time": "touch dry in 1 hour, recoatable after 4 hours", "base": "water-based"}, 1),
    ("GV-WCM-5L", "Grachtverf Wall & Ceiling Matt", PA, "52.95", 0,
     "Low-odour, water-based matt emulsion for walls and ceilings.",
     {"size": "5 L", "colour": "brilliant white", "finish": "matt", "coverage_per_litre": "11 m²",
      "drying_time": "touch dry in 1 hour, recoatable after 4 hours", "base": "water-based"}, 1),
    ("GV-KBS-1L", "Grachtverf Kitchen & Bathroom Satin", PA, "19.45", 12,
     "Moisture- and mould-resistant satin paint for kitchens and bathrooms.",
     {"size": "1 L", "colours": ["white", "ivory", "pale grey", "sage green"], "finish": "satin",
      "coverage_per_litre": "12.5 m²", "drying_time": "touch dry in 2 hours, recoatable after 6 hours",
      "base": "water-based"}, 1),
    ("GV-KBS-2L5", "Grachtverf Kitchen & Bathroom Satin", PA, "41.95", 5,
     "Moisture- and mould-resistant satin paint for kitchens and bathrooms.",
     {"size": "2.5 L", "colours": ["white", "ivory", "pale grey", "sage green"], "finish": "satin",
      "coverage_per_litre": "12.5 m²", "drying_time": "touch dry in 2 hours, recoatable after 6 hours",
      "base": "water-based"}, 1),
    ("GV-EXG-GRN", "Grachtverf Exterior Gloss Canal Green 750 ml", PA, "24.75", 8,
     "Weather-resistant high-gloss paint for outdoor doors, window frames and shutters.",
     {"size": "750 ml", "colour": "canal green", "finish": "high gloss", "base": "solvent-based",
      "coverage_per_litre": "14 m²", "drying_time": "touch dry in 6 hours, recoatable after 24 hours"}, 1),
    ("GV-EXG-RED", "Grachtverf Exterior Gloss Brick Red 750 ml", PA, "24.75", 0,
     "Weather-resistant high-gloss paint for outdoor doors, window frames and shutters.",
     {"size": "750 ml", "colour": "brick red", "finish": "high gloss", "base": "solvent-based",
      "coverage_per_litre": "14 m²", "drying_time": "touch dry in 6 hours, recoatable after 24 hours"}, 1),
    ("GV-EXG-BLK", "Grachtverf Exterior Gloss Jet Black 750 ml", PA, "24.75", 13,
     "Weather-resistant high-gloss paint for outdoor doors, window frames and shutters.",
     {"size": "750 ml", "colour": "jet black", "finish": "high gloss", "base": "solvent-based",
      "coverage_per_litre": "14 m²", "drying_time": "touch dry in 6 hours, recoatable after 24 hours"}, 1),
    ("GV-PRU-1L", "Grachtverf Primer Undercoat", PA, "17.45", 20,
     "Two-in-one primer and undercoat for bare wood and metal, indoors and out.",
     {"size": "1 L", "colour": "white", "finish": "matt", "coverage_per_litre": "10 m²",
      "drying_time": "touch dry in 2 hours, recoatable after 8 hours", "suitable_for": "wood and metal"}, 1),
    ("GV-PRU-2L5", "Grachtverf Primer Undercoat", PA, "36.45", 7,
     "Two-in-one primer and undercoat for bare wood and metal, indoors and out.",
     {"size": "2.5 L", "colour": "white", "finish": "matt", "coverage_per_litre": "10 m²",
      "drying_time": "touch dry in 2 hours, recoatable after 8 hours", "suitable_for": "wood and metal"}, 1),
    ("GV-FLR-2L5", "Grachtverf Floor Paint Concrete Grey 2.5 L", PA, "44.45", 3,
     "Hard-wearing floor paint for garage, shed and cellar floors.",
     {"size": "2.5 L", "colour": "concrete grey", "finish": "silk", "coverage_per_litre": "8 m²",
      "drying_time": "walk-on after 12 hours, full hardness after 7 days"}, 1),
    ("GV-SPR-BLK", "Grachtverf Spray Paint Satin Black 400 ml", PA, "8.95", 24,
     "Quick-drying acrylic spray paint for metal, wood and plastic.",
     {"size": "400 ml aerosol", "colour": "black", "finish": "satin", "drying_time": "touch dry in 20 minutes"}, 1),
    ("GV-ROL-25", "Grachtverf Roller Set 25 cm", PA, "12.95", 28,
     "Paint roller set with frame, two medium-pile sleeves and a tray.",
     {"width": "25 cm", "pack_size": "frame, 2 sleeves, 1 tray"}, 1),
    ("GV-BRS-5", "Grachtverf Brush Set 5-piece", PA, "15.45", 17,
     "Synthetic bristle brushes for water- and solvent-based paint.",
     {"pack_size": "5 brushes", "sizes": ["25 mm", "38 mm", "50 mm", "63 mm", "75 mm"]}, 1),
    ("HG-DCK-2L5", "Houtglans Decking Stain", PA, "36.95", 10,
     "Penetrating oil-based stain that protects decking against rain and UV.",
     {"size": "2.5 L", "colours": ["natural oak", "teak", "silver grey", "ebony"], "finish": "semi-transparent",
      "coverage_per_litre": "6 m²", "drying_time": "2 hours"}, 1),
    ("HG-DCK-5L", "Houtglans Decking Stain", PA, "64.95", 4,
     "Penetrating oil-based stain that protects decking against rain and UV.",
     {"size": "5 L", "colours": ["natural oak", "teak", "silver grey", "ebony"], "finish": "semi-transparent",
      "coverage_per_litre": "6 m²", "drying_time": "2 hours"}, 1),
    ("HG-FSS-BRN", "Houtglans Fence & Shed Stain", PA, "24.45", 23,
     "Water-based stain for rough-sawn fences and sheds.",
     {"size": "5 L", "colour": "chestnut brown", "finish": "matt", "coverage_per_litre": "5 m²",
      "drying_time": "1 hour"}, 1),
    ("HG-FSS-GRN", "Houtglans Fence & Shed Stain", PA, "24.45", 0,
     "Water-based stain for rough-sawn fences and sheds.",
     {"size": "5 L", "colour": "forest green", "finish": "matt", "coverage_per_litre": "5 m²",
      "drying_time": "1 hour"}, 1),
    ("HG-FSS-GLD", "Houtglans Fence & Shed Stain", PA, "24.45", 9,
     "Water-based stain for rough-sawn fences and sheds.",
     {"size": "5 L", "colour": "harvest gold", "finish": "matt", "coverage_per_litre": "5 m²",
      "drying_time": "1 hour"}, 1),
    ("HG-HWO-1L", "Houtglans Hardwood Oil", PA, "21.45", 14,
     "Nourishing oil for garden furniture and hardwood window frames.",
     {"size": "1 L", "colours": ["clear", "teak"], "coverage_per_litre": "15 m²",
      "drying_time": "touch dry in 4 hours"}, 1),

    # --- fixings --------------------------------------------------------------------
    ("VP-WS-440-200", "Vastpunt Wood Screws 4 x 40 mm", FX, "8.95", 35,
     "Countersunk chipboard and wood screws with sharp point, no pilot hole needed in softwood.",
     {"pack_size": "200", "head": "Pozidriv PZ2", "material": "zinc-plated steel"}, 1),
    ("VP-WS-440-500", "Vastpunt Wood Screws 4 x 40 mm", FX, "17.95", 12,
     "Countersunk chipboard and wood screws with sharp point, no pilot hole needed in softwood.",
     {"pack_size": "500", "head": "Pozidriv PZ2", "material": "zinc-plated steel"}, 1),
    ("VP-WP6-100", "Vastpunt Wall Plugs 6 mm", FX, "4.45", 44,
     "Universal nylon wall plugs for brick, concrete and aerated block.",
     {"pack_size": "100", "material": "nylon", "screw_size": "3.5-5 mm"}, 1),
    ("VP-WP6-250", "Vastpunt Wall Plugs 6 mm", FX, "8.75", 0,
     "Universal nylon wall plugs for brick, concrete and aerated block.",
     {"pack_size": "250", "material": "nylon", "screw_size": "3.5-5 mm"}, 1),
    ("VP-WP8-100", "Vastpunt Wall Plugs 8 mm", FX, "5.25", 29,
     "Universal nylon wall plugs for brick, concrete and aerated block.",
     {"pack_size": "100", "material": "nylon", "screw_size": "4.5-6 mm"}, 1),
    ("VP-DS-560", "Vastpunt Decking Screws 5 x 60 mm", FX, "24.45", 8,
     "Decking screws with cutting tip and ribbed head, for hardwood and softwood decking.",
     {"pack_size": "250", "material": "stainless steel A2", "head": "Torx TX25"}, 1),
    ("VP-CWA-M5", "Vastpunt Cavity Wall Anchors M5", FX, "9.45", 15,
     "Metal cavity anchors for hanging shelves and cabinets on plasterboard.",
     {"pack_size": "25", "board_thickness": "9.5-12.5 mm", "material": "zinc-plated steel"}, 1),

    # --- adhesives & sealants -------------------------------------------------------
    ("KLF-MG-290", "Kleeff Montage Grip 290 ml", AD, "7.95", 26,
     "Strong construction adhesive for skirting boards, panels and mouldings.",
     {"size": "290 ml cartridge", "colour": "white", "full_cure": "24 hours"}, 1),
    ("KLF-SAN-WHT", "Kleeff Sanitary Silicone 300 ml", AD, "8.45", 19,
     "Mould-resistant silicone sealant for baths, showers and sinks.",
     {"size": "300 ml cartridge", "colour": "white", "skin_time": "15 minutes"}, 1),
    ("KLF-SAN-CLR", "Kleeff Sanitary Silicone 300 ml", AD, "8.45", 0,
     "Mould-resistant silicone sealant for baths, showers and sinks.",
     {"size": "300 ml cartridge", "colour": "transparent", "skin_time": "15 minutes"}, 1),
    ("KLF-WG-D3", "Kleeff Wood Glue D3 750 g", AD, "11.95", 9,
     "Water-resistant PVA wood glue for indoor and sheltered outdoor joinery.",
     {"size": "750 g", "water_resistance": "D3", "clamping_time": "10 minutes", "full_strength": "24 hours"}, 1),
    ("KLF-CLK-310", "Kleeff Decorators Caulk 310 ml", AD, "3.45", 52,
     "Flexible acrylic filler for cracks and gaps around frames and skirting boards.",
     {"size": "310 ml cartridge", "colour": "white", "paintable_after": "30 minutes"}, 1),
    ("KLF-FOAM-750", "Kleeff Expanding Foam 750 ml", AD, "9.75", 11,
     "Polyurethane expanding foam for filling gaps around pipes and frames. Aerosol.",
     {"size": "750 ml aerosol", "cuttable_after": "1 hour"}, 1),
    ("KLF-MT-38", "Kleeff Masking Tape 38 mm", AD, "4.95", 45,
     "Crepe masking tape for clean paint lines, removable for up to 14 days.",
     {"width": "38 mm", "length": "50 m"}, 1),

    # --- ladders --------------------------------------------------------------------
    ("HS-STP-3", "Hoogstap Aluminium Step Ladder 3 steps", LA, "49.95", 7,
     "Light aluminium step ladder with safety rail and tool tray.",
     {"material": "aluminium", "max_load": "150 kg", "weight": "4.2 kg", "working_height": "2.60 m"}, 1),
    ("HS-STP-4", "Hoogstap Aluminium Step Ladder 4 steps", LA, "59.95", 5,
     "Light aluminium step ladder with safety rail and tool tray.",
     {"material": "aluminium", "max_load": "150 kg", "weight": "5.1 kg", "working_height": "2.85 m"}, 1),
    ("HS-STP-6", "Hoogstap Aluminium Step Ladder 6 steps", LA, "89.45", 0,
     "Light aluminium step ladder with safety rail and tool tray.",
     {"material": "aluminium", "max_load": "150 kg", "weight": "7.3 kg", "working_height": "3.35 m"}, 1),
    ("HS-CMB-3X8", "Hoogstap Combination Ladder 3 x 8", LA, "179.95", 2,
     "Three-section combination ladder: use as leaning ladder, step ladder or stair ladder.",
     {"material": "aluminium", "max_load": "150 kg", "weight": "13.4 kg", "max_reach": "5.50 m",
      "rungs": "3 x 8"}, 1),
    ("HS-FG-5", "Hoogstap Fibreglass Step Ladder 5 steps", LA, "139.95", 3,
     "Non-conductive fibreglass step ladder for electricians.",
     {"material": "fibreglass", "max_load": "150 kg", "weight": "6.8 kg", "working_height": "3.10 m"}, 1),
    ("HS-STOOL-2", "Hoogstap Step Stool 2 steps", LA, "34.95", 12,
     "Folding steel step stool with anti-slip treads.",
     {"material": "steel", "max_load": "150 kg", "weight": "3.1 kg"}, 1),

    # --- garden ---------------------------------------------------------------------
    ("GH-SEC-BP", "Groenhand Bypass Secateurs", GA, "21.95", 18,
     "Bypass secateurs for clean cuts on live stems and branches.",
     {"cutting_capacity": "20 mm", "blade": "carbon steel"}, 1),
    ("GH-SPD", "Groenhand Garden Spade", GA, "34.45", 9,
     "Digging spade with stainless blade and ash handle.",
     {"length": "102 cm", "blade": "stainless steel", "handle": "ash wood"}, 1),
    ("GH-FRK", "Groenhand Border Fork", GA, "32.45", 0,
     "Border fork with four stainless tines and ash handle.",
     {"length": "98 cm", "tines": "stainless steel", "handle": "ash wood"}, 1),
    ("GH-RAKE", "Groenhand Leaf Rake", GA, "16.95", 14,
     "Flexible leaf rake for lawns and borders.",
     {"width": "60 cm", "material": "polypropylene head, aluminium handle"}, 1),
    ("GH-HSH", "Groenhand Hedge Shears", GA, "27.45", 5,
     "Hedge shears with wavy blades and shock absorbers.",
     {"blade_length": "23 cm", "weight": "1.1 kg"}, 1),
    ("GH-HOSE-25", "Groenhand Garden Hose 25 m", GA, "29.45", 10,
     "Kink-resistant reinforced garden hose.",
     {"length": "25 m", "diameter": "1/2 inch (13 mm)"}, 1),

    # --- safety ---------------------------------------------------------------------
    ("SW-GLV-GRIP", "Schildwacht Grip Work Gloves", SA, "6.95", 60,
     "All-round work gloves with breathable back and grippy palm coating.",
     {"sizes": ["S", "M", "L", "XL"], "material": "nitrile-coated nylon"}, 1),
    ("SW-GLV-WIN-M", "Schildwacht Winter Work Gloves", SA, "11.45", 8,
     "Insulated work gloves for cold outdoor jobs.",
     {"size": "M", "lining": "thermal fleece", "material": "latex-coated acrylic"}, 1),
    ("SW-GLV-WIN-L", "Schildwacht Winter Work Gloves", SA, "11.45", 0,
     "Insulated work gloves for cold outdoor jobs.",
     {"size": "L", "lining": "thermal fleece", "material": "latex-coated acrylic"}, 1),
    ("SW-GLV-WIN-XL", "Schildwacht Winter Work Gloves", SA, "11.45", 3,
     "Insulated work gloves for cold outdoor jobs.",
     {"size": "XL", "lining": "thermal fleece", "material": "latex-coated acrylic"}, 1),
    ("SW-GOG-CLR", "Schildwacht Safety Goggles Clear", SA, "7.45", 23,
     "Anti-fog safety goggles that fit over most glasses.",
     {"lens": "clear polycarbonate, anti-fog", "standard": "EN 166"}, 1),
    ("SW-EAR-30", "Schildwacht Ear Defenders SNR 30", SA, "16.95", 10,
     "Padded ear defenders with adjustable headband.",
     {"noise_reduction": "SNR 30 dB", "weight": "0.23 kg"}, 1),
    ("SW-FFP2-10", "Schildwacht FFP2 Dust Masks 10-pack", SA, "12.45", 16,
     "Folding FFP2 dust masks with exhalation valve for sanding and drilling.",
     {"pack_size": "10", "protection": "FFP2"}, 1),

    # --- lighting -------------------------------------------------------------------
    ("LK-E27-806", "Lichtkever LED Bulb E27 8W", LI, "4.45", 70,
     "Warm white LED bulb, replaces a 60W incandescent bulb.",
     {"fitting": "E27", "wattage": "8W", "lumen": "806 lm", "colour_temperature": "2700K warm white",
      "dimmable": "no"}, 1),
    ("LK-E27-806-DIM", "Lichtkever LED Bulb E27 8W Dimmable", LI, "6.95", 34,
     "Dimmable warm white LED bulb, replaces a 60W incandescent bulb.",
     {"fitting": "E27", "wattage": "8W", "lumen": "806 lm", "colour_temperature": "2700K warm white",
      "dimmable": "yes"}, 1),
    ("LK-GU10-3", "Lichtkever LED Spot GU10 4.9W 3-pack", LI, "9.95", 21,
     "Three warm white LED spots with a 36 degree beam.",
     {"fitting": "GU10", "wattage": "4.9W", "lumen": "400 lm", "colour_temperature": "2700K warm white",
      "pack_size": "3"}, 1),
    ("LK-G95-FIL", "Lichtkever Filament Globe G95 E27", LI, "12.95", 0,
     "Large decorative globe bulb with LED filaments, amber glass.",
     {"fitting": "E27", "wattage": "5W", "lumen": "470 lm", "colour_temperature": "2200K extra warm",
      "dimmable": "yes"}, 1),
    ("LK-E14-C3", "Lichtkever LED Candle E14 3-pack", LI, "8.95", 19,
     "Three candle-shaped LED bulbs for chandeliers and wall lights.",
     {"fitting": "E14", "wattage": "4.2W", "lumen": "470 lm", "pack_size": "3"}, 1),

    # --- vouchers & gift cards ------------------------------------------------------
    ("SZ-HIRE-DAY", "Spijker & Zaag Tool Hire Voucher", VO, "35.00", 100,
     "Voucher for one day's hire of any tool from our hire range, collected at the Utrecht shop.",
     {"covers": "one day's hire of one tool (deposit not included)", "validity": "12 months"}, 1),
    ("SZ-GIFT", "Spijker & Zaag Gift Card", VO, "25.00", 500,
     "Gift card to spend online or in the shop. Choose the value at checkout; sent by email.",
     {"values": ["25.00", "50.00", "100.00"], "validity": "2 years", "delivery": "by email"}, 1),
]

# ---------------------------------------------------------------------------------------
# FAQ, in the shop's own wording.
# ---------------------------------------------------------------------------------------
FAQ = [
    ("delivery-nl", "What does delivery in the Netherlands cost and how long does it take?",
     "Orders of €60 or more are delivered free anywhere in the Netherlands. Below €60 we charge €4.95 "
     "per order. Order before 15:00 on a working day and we dispatch the same day, so most parcels "
     "arrive the next working day. Ladders and other long or heavy items take 2 to 3 working days."),
    ("delivery-abroad", "Do you deliver to Belgium and Germany?",
     "Yes. We deliver to Belgium for €7.95 and to Germany for €9.95, and delivery to both countries is "
     "free for orders of €120 or more. Parcels abroad go with DPD and usually arrive in 2 to 4 working "
     "days. We can't send ladders, aerosols or solvent-based products outside the Netherlands."),
    ("carriers", "Which carriers do you use?",
     "Within the Netherlands we ship parcels with PostNL or DPD, depending on size and weight. Ladders, "
     "long items and heavy orders go with DHL. Everything to Belgium and Germany goes with DPD. As soon "
     "as your parcel leaves our warehouse you get an email with the tracking link."),
    ("click-collect", "Can I collect my order in the shop?",
     "Yes, click and collect is free. Choose 'Collect in Utrecht' at checkout and your order is ready "
     "within 2 hours during opening hours; we email you when it is. We keep it at the counter for 7 "
     "days. Bring your order number, and ID if someone else paid for it. The shop is at Hamerstraat 21, "
     "3512 KD Utrecht."),
    ("returns", "What is your returns policy?",
     "You can return most items within 30 days of delivery or collection for a full refund. The item "
     "must be unused and complete, in its original packaging, with the receipt or order number. You "
     "can bring it back to the shop in Utrecht, where we refund on the spot to your original payment "
     "method, or send it to us: log in to your account, choose 'Return an item' and print the return "
     "label. We deduct €4.95 for the return label from your refund, unless the item is faulty or we "
     "sent you the wrong thing. Refunds for parcels are paid within 5 working days after the return "
     "reaches us. Some things can't be returned: paint we have mixed or tinted to a colour for you, "
     "because it is made to order, cut-to-length items such as chain, rope and hose sold by the metre, "
     "opened tubes and cartridges of sealant or adhesive, and dust masks and other personal protective "
     "equipment once the packaging is opened. Faulty products are of course always taken back or "
     "repaired, also after 30 days; see our warranty answer for power tools. Tool hire is not a "
     "purchase and has its own terms."),
    ("tool-hire", "How does tool hire work?",
     "We hire out tools from the Utrecht shop: floor sanders, SDS breakers, cement mixers, carpet "
     "cleaners, tile saws and more, ask at the counter for what is available. You need a valid ID and "
     "a bank card in your own name. We take a refundable deposit of €50 for hand-held tools and €150 "
     "for floor sanders and other large machines. The deposit is held on your card or paid by PIN and "
     "is returned when the tool comes back clean and undamaged. A day's hire runs from pick-up until "
     "10:00 the next opening day. The weekend rate covers Saturday 16:00 to Monday 10:00 and costs 1.5 "
     "times the day rate. If you bring a tool back late we charge each extra day at the normal day "
     "rate. Tools that come back dirty carry a cleaning fee of €15; sanding discs, paper and blades "
     "that you use are charged separately. Please reserve by phone or in the shop at least one day "
     "ahead at busy times. A Tool Hire Voucher pays for one day's hire of one tool, is valid for 12 "
     "months and does not cover the deposit. You are responsible for the tool while you have it, so "
     "read the safety sheet we give you and wear the right safety gear."),
    ("paint-mixing", "Can you mix paint to a colour?",
     "Yes, our paint mixing machine in the shop can make thousands of colours in Grachtverf wall paint, "
     "kitchen and bathroom paint and exterior gloss, from 1 litre upwards. Bring a colour code, a fan "
     "deck reference from most brands or a sample of at least 2 x 2 cm and we match it. Mixing is free "
     "and takes about 15 minutes, so you can wait for it. Mixed paint can't be returned."),
    ("battery-recycling", "Can I hand in old batteries?",
     "Yes. Drop your used batteries, including power tool batteries, in the battery bin next to the "
     "tills. This is free, and you don't need to buy anything. Please tape the contacts of lithium-ion "
     "tool batteries first. We cannot accept used batteries by post."),
    ("warranty", "What warranty do I get on power tools?",
     "All power tools we sell come with a 2-year warranty against faults in materials and manufacture. "
     "Register your Torvik or Veldmann tool on our website within 30 days of purchase and the warranty "
     "is extended to 3 years. Batteries and chargers are covered for 2 years, with or without "
     "registration. The warranty does not cover normal wear of parts such as brushes, chucks, "
     "blades and sanding pads, damage from a fall or misuse, or tools that have been opened or "
     "repaired by someone else. Professional use is covered, but hire tools are not. If your tool "
     "stops working, bring it to the shop with your receipt or order number, or send it to us after "
     "contacting customer service. Our workshop checks it within 5 working days. If the fault is "
     "covered we repair it free of charge, and if a repair isn't possible we replace it or give you a "
     "refund. Keep your receipt: without proof of purchase we can't handle a warranty claim. Your "
     "statutory rights under Dutch consumer law are not affected."),
    ("trade-accounts", "Do you offer trade accounts?",
     "Yes. Builders, painters, installers and other businesses registered with the Dutch Chamber of "
     "Commerce (KvK) can apply for a trade account in the shop or through the form on our website. "
     "Trade customers get 8% discount on all products except gift cards and hire, can pay by invoice "
     "within 30 days once the account is approved, and get a monthly statement. Approval usually "
     "takes 2 working days."),
    ("vat-invoices", "Do I get a VAT invoice?",
     "All prices include 21% Dutch VAT. Every order comes with a VAT invoice by email. If you need "
     "your company name and VAT number on it, enter them at checkout. Businesses in Belgium and "
     "Germany with a valid VAT number can order without Dutch VAT (reverse charge)."),
    ("payment", "How can I pay?",
     "Online you can pay with iDEAL, Visa, Mastercard, American Express or PayPal. Belgian customers "
     "can also use Bancontact. In the shop we accept PIN (debit card), contactless, credit cards and "
     "cash. Trade account holders can pay by invoice."),
    ("opening-hours", "What are your opening hours?",
     "The shop at Hamerstraat 21 in Utrecht is open Monday to Friday from 08:30 to 18:00 and on "
     "Saturday from 09:00 to 17:00. We are closed on Sundays, except the first Sunday of the month "
     "when we open from 12:00 to 17:00. Customer service answers chat and phone on working days from "
     "09:00 to 17:00."),
    ("order-changes", "Can I change or cancel my order?",
     "As long as your order is still processing, we can usually change or cancel it. Email "
     "help@spijkerenzaag.example with your order number as soon as possible; within 60 minutes of "
     "ordering it almost always works. Once your order has shipped we can't change it any more, but "
     "you can return it under our returns policy."),
    ("lost-parcel", "My parcel hasn't arrived. What now?",
     "First check the tracking link in your shipping email. If it says the parcel is still on its "
     "way, please give it one more working day, as carriers are sometimes delayed. If the tracking "
     "says delivered but you don't have it, check with your neighbours, your mailbox and any safe "
     "place you gave the carrier, and look for a card through the door. Still nothing by the end of "
     "the next working day? Contact us with your order number. We then open an investigation with "
     "the carrier, which takes up to 5 working days. If the carrier can't find your parcel, we send "
     "the order again at no cost or refund you in full, whichever you prefer. For parcels that "
     "arrive damaged, see our answer about damaged deliveries. Please don't refuse or open a "
     "carrier claim yourself, as this only slows things down; we handle the claim with PostNL, DHL "
     "or DPD for you and keep you updated by email."),
    ("hazardous-goods", "Can you ship aerosols, solvents and other hazardous goods?",
     "Some products count as dangerous goods for transport: aerosols such as spray paint and "
     "expanding foam, solvent-based paints and stains, white spirit, paint thinner and gas "
     "cartridges. We ship aerosols and solvent-based products only within the Netherlands, by road "
     "with PostNL or DPD, and never to Belgium or Germany. They are packed separately, so an order "
     "with hazardous goods may arrive in two parcels, at no extra cost to you. Each parcel may "
     "hold at most 5 litres of solvent-based product. Gas cartridges and bottles of paint thinner "
     "over 1 litre are click and collect only, so you collect them in the Utrecht shop. If your "
     "order contains something we can't send to your address, we let you know by email within one "
     "working day and refund that item. Please store these products cool, upright and out of reach "
     "of children, and bring empty aerosols and leftover solvents to your municipal chemical waste "
     "point, not the household bin."),
    ("key-cutting", "Do you cut keys?",
     "Yes, we cut keys while you wait at the counter in the Utrecht shop. A standard house or "
     "cylinder key costs €3.75 per key and takes about 5 minutes. Security keys need the owner's "
     "security card and are ready in 3 to 5 working days. We don't copy car keys."),
    ("gift-cards", "How do gift cards work?",
     "Our gift card comes in €25, €50 or €100 and is sent by email. You can spend it online and in the "
     "shop, in one go or in parts. A gift card is valid for 2 years from the date of purchase. "
     "Gift cards can't be exchanged for cash."),
    ("contact", "How can I contact you?",
     "Email help@spijkerenzaag.example, call 030 214 77 90 or use the chat on our website. Customer "
     "service is available on working days from 09:00 to 17:00, and we answer emails within one "
     "working day."),
    ("damaged-delivery", "My order arrived damaged. What should I do?",
     "Sorry about that. Please report it within 48 hours of delivery by email, with your order number "
     "and photos of the item and the box. We then send a replacement or refund you, and arrange the "
     "pick-up of the damaged item at no cost."),
]

# ---------------------------------------------------------------------------------------
# Orders (the stand-in for the shop's order system).
# order_id, email, postcode, placed, status, carrier, eta, items
# ---------------------------------------------------------------------------------------
ORDERS = [
    ("SZ20411", "anouk.verbeek@example.nl", "3511 AB", "2026-02-27", "delivered", "PostNL", "2026-03-02",
     [("TRV-DDX-18-BT", 1), ("TRV-BAT-18-40", 1)]),
    ("SZ20418", "j.koster@example.com", "3572 GK", "2026-03-03", "shipped", "PostNL", "2026-03-05",
     [("GV-WCM-2L5", 2), ("GV-ROL-25", 1)]),
    ("SZ20425", "priya.ramdin@example.nl", "3581 KP", "2026-03-04", "processing", None, None,
     [("HS-STP-4", 1)]),
    ("SZ20432", "bram.oosting@example.org", "1071 XB", "2026-03-01", "shipped", "DHL", "2026-03-06",
     [("HS-CMB-3X8", 1)]),
    ("SZ20439", "lotte.hazelaar@example.nl", "2514 GL", "2026-02-20", "cancelled", None, None,
     [("VDM-JSW-18-BT", 1)]),
    ("SZ20446", "m.elhaddou@example.com", "3521 CV", "2026-02-14", "returned", "PostNL", "2026-02-17",
     [("STH-LVL-120", 1)]),
    ("SZ20453", "sanne.wijbrands@example.nl", "3431 HE", "2026-03-02", "shipped", "DPD", "2026-03-06",
     [("HG-DCK-5L", 2), ("GV-BRS-5", 1)]),
    ("SZ20460", "t.vanderlinde@example.nl", "3701 BK", "2026-03-05", "processing", None, "2026-03-09",
     [("TRV-HDX-18-K2", 1), ("SW-GOG-CLR", 1)]),
    ("SZ20467", "kees.bos@example.com", "3533 TR", "2026-02-25", "delivered", "DHL", "2026-02-28",
     [("HS-FG-5", 1)]),
    ("SZ20474", "noor.akkermans@example.nl", "6811 LD", "2026-03-03", "shipped", "PostNL", "2026-03-05",
     [("LK-E27-806", 6), ("LK-GU10-3", 2)]),
    ("SZ20481", "d.groeneveld@example.org", "3818 EA", "2026-02-18", "returned", "DPD", "2026-02-21",
     [("VDM-ROS125-18", 1)]),
    ("SZ20488", "fatima.zaoui@example.nl", "3514 AD", "2026-03-04", "shipped", "DHL", "2026-03-09",
     [("HS-STP-3", 1), ("GV-KBS-2L5", 1)]),
    ("SZ20495", "ruben.hoekstra@example.com", "9711 LM", "2026-02-23", "delivered", "PostNL", "2026-02-25",
     [("STH-SDS-12", 1), ("STH-TM-5", 1)]),
    ("SZ20502", "ellen.mol@example.nl", "3554 JL", "2026-03-05", "cancelled", None, None,
     [("GH-FRK", 1)]),
    ("SZ20509", "joost.pieters@example.nl", "4811 ZH", "2026-03-01", "shipped", "DPD", "2026-03-04",
     [("VP-DS-560", 4), ("HG-DCK-2L5", 2)]),
    ("SZ20516", "yara.dekker@example.com", "3523 BN", "2026-03-05", "processing", None, None,
     [("KLF-SAN-WHT", 2), ("KLF-CLK-310", 3)]),
    ("SZ20523", "w.brouwer@example.nl", "3705 AR", "2026-02-26", "delivered", "DPD", "2026-03-01",
     [("TRV-IDX-18-K2", 1)]),
    ("SZ20530", "hanna.smit@example.org", "5211 CE", "2026-03-02", "shipped", "PostNL", "2026-03-04",
     [("SZ-GIFT", 1)]),
    ("SZ20537", "iris.vandam@example.nl", "3512 JE", "2026-02-28", "delivered", None, None,
     [("GV-EXG-GRN", 2), ("GV-PRU-1L", 1)]),
    ("SZ20544", "luuk.jansen@example.com", "2011 VK", "2026-03-04", "shipped", "DHL", "2026-03-07",
     [("HS-STP-6", 1)]),
    ("SZ20551", "marieke.vos@example.nl", "3561 GB", "2026-02-10", "returned", "PostNL", "2026-02-12",
     [("SW-GLV-WIN-L", 2)]),
    ("SZ20558", "o.ayari@example.nl", "3581 EJ", "2026-03-05", "processing", None, None,
     [("VP-WS-440-500", 1), ("VP-WP6-100", 2)]),
    ("SZ20565", "gijs.terhorst@example.com", "7511 JE", "2026-03-03", "shipped", "PostNL", "2026-03-06",
     [("TRV-DDX-12-K2", 1)]),
    ("SZ20572", "j.koster@example.com", "3572 GK", "2026-02-22", "cancelled", None, None,
     [("GV-WCM-5L", 1)]),
    ("SZ20579", "c.vermeulen@example.org", "3441 BA", "2026-03-04", "shipped", "DPD", "2026-03-08",
     [("GH-HOSE-25", 1), ("GH-SEC-BP", 1)]),
    ("SZ20586", "tom.dijkstra@example.nl", "3513 CR", "2026-03-05", "processing", None, None,
     [("KLF-FOAM-750", 2), ("GV-SPR-BLK", 3)]),
]


# ---------------------------------------------------------------------------------------
# PNG writer (RGB, 8 bit, no filter), deterministic.
# ---------------------------------------------------------------------------------------
def _chunk(tag, data):
    return (struct.pack(">I", len(data)) + tag + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))


def png_bytes(seed):
    """A 96x96 picture drawn from the bytes of sha256(seed); different seeds give different images."""
    h = hashlib.sha256(seed.encode("utf-8")).digest()
    bg = (h[0], h[1], h[2])
    fg = (255 - h[0], (h[1] + 128) % 256, h[3])
    pattern = h[4] % 4
    step = 6 + h[5] % 10
    cx, cy, r = 24 + h[6] % 48, 24 + h[7] % 48, 12 + h[8] % 16
    n = IMG_SIZE
    rows = []
    for y in range(n):
        row = bytearray([0])  # filter type: none
        for x in range(n):
            if y < 4:  # a strip that spells out the hash, so every image is distinct
                bit = (h[(x // 3) % 32] >> (y * 2 % 8)) & 1
                c = (0, 0, 0) if bit else (255, 255, 255)
            elif (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                c = fg
            else:
                if pattern == 0:
                    on = (x // step) % 2 == 0
                elif pattern == 1:
                    on = (y // step) % 2 == 0
                elif pattern == 2:
                    on = ((x // step) + (y // step)) % 2 == 0
                else:
                    on = ((x + y) // step) % 2 == 0
                c = bg if on else ((bg[0] + 40) % 256, (bg[1] + 40) % 256, (bg[2] + 40) % 256)
            row.extend(c)
        rows.append(bytes(row))
    raw = b"".join(rows)
    ihdr = struct.pack(">IIBBBBB", n, n, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------
def _product_line(p):
    sku, name, category, price, stock, desc, attrs, n_img = p
    images = ["images/%s-%d.png" % (sku.lower(), i + 1) for i in range(n_img)]
    d = lambda v: json.dumps(v, ensure_ascii=False)
    parts = [
        '"sku": ' + d(sku),
        '"name": ' + d(name),
        '"description": ' + d(desc),
        '"category": ' + d(category),
        '"price": ' + price,  # written with its cents, e.g. 24.95 or 25.00
        '"currency": ' + d(CURRENCY),
        '"stock": ' + d(stock),
        '"attributes": ' + d(attrs),
        '"images": ' + d(images),
    ]
    return "{" + ", ".join(parts) + "}", images


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def build(out_dir):
    img_dir = os.path.join(out_dir, "images")
    os.makedirs(img_dir, exist_ok=True)

    lines = []
    for p in PRODUCTS:
        line, images = _product_line(p)
        lines.append(line)
        for rel in images:
            with open(os.path.join(out_dir, rel), "wb") as f:
                f.write(png_bytes("spijker-zaag/" + rel))
    write_text(os.path.join(out_dir, "catalog.jsonl"), "\n".join(lines) + "\n")

    faq_lines = [json.dumps({"id": i, "question": q, "answer": a}, ensure_ascii=False) for i, q, a in FAQ]
    write_text(os.path.join(out_dir, "faq.jsonl"), "\n".join(faq_lines) + "\n")

    order_lines = []
    for oid, email, pc, placed, status, carrier, eta, items in ORDERS:
        o = {"order_id": oid, "email": email, "postcode": pc, "placed": placed, "status": status}
        if carrier:
            o["carrier"] = carrier
        if eta:
            o["eta"] = eta
        o["items"] = [{"sku": s, "qty": q} for s, q in items]
        order_lines.append(json.dumps(o, ensure_ascii=False))
    write_text(os.path.join(out_dir, "orders.jsonl"), "\n".join(order_lines) + "\n")

    write_text(os.path.join(out_dir, "store.json"), json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")
    return len(PRODUCTS), len(FAQ), len(ORDERS)


def main(argv):
    if len(argv) != 2:
        print("usage: python data/eval/blind15/make_store.py OUT_DIR", file=sys.stderr)
        return 2
    n_p, n_f, n_o = build(argv[1])
    print("wrote %d products, %d FAQ entries, %d orders to %s" % (n_p, n_f, n_o, argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
