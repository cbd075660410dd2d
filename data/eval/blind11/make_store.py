#!/usr/bin/env python3
"""Build the blind11 test store: Hadeda Hill Garden Centre (Howick, KZN, South Africa).

Usage: python3 make_store.py OUT_DIR

Writes catalog.jsonl, faq.jsonl, orders.jsonl, store.json and images/*.png in the
store format v1. Standard library only; the output is byte-for-byte deterministic.
"""
import hashlib
import json
import os
import struct
import sys
import zlib

CURRENCY = "ZAR"

STORE = {
    "name": "Hadeda Hill Garden Centre",
    "currency": CURRENCY,
    "locale": "en-ZA",
    "greeting": "Howzit! Welcome to Hadeda Hill Garden Centre in Howick. Ask me about plants, "
                "potting mixes, hoses, tools, delivery or your order.",
}

# (sku, name, category, price, stock or None for no stock field, description, attributes)
PRODUCTS = [
    # ---------------- trees ----------------
    ("TR-WOL-20L", "Wild Olive 20L bag", "trees", 549.99, 14,
     "Hardy indigenous evergreen tree with grey-green leaves and small black fruit the birds love. Tough, wind and drought tolerant; makes a good screen or single shade tree.",
     {"botanical_name": "Olea europaea subsp. africana", "bag_size": "20L", "height_at_sale": "1.4-1.8m",
      "mature_height": "5-8m", "sun": "full sun", "frost_tolerance": "hardy to about -7°C",
      "water_needs": "low once established", "indigenous": "yes"}),
    ("TR-WOL-50L", "Wild Olive 50L bag", "trees", 1299.99, 3,
     "Advanced Wild Olive in a 50L bag for an instant effect. Bakkie delivery only (see large tree delivery).",
     {"botanical_name": "Olea europaea subsp. africana", "bag_size": "50L", "height_at_sale": "2.2-2.6m",
      "mature_height": "5-8m", "sun": "full sun", "frost_tolerance": "hardy to about -7°C",
      "water_needs": "low once established", "indigenous": "yes"}),
    ("TR-WST-20L", "White Stinkwood 20L bag", "trees", 489.95, 6,
     "Fast-growing deciduous indigenous shade tree with a pale smooth trunk. Good street and park tree; roots are not aggressive near paving.",
     {"botanical_name": "Celtis africana", "bag_size": "20L", "height_at_sale": "1.5-2m",
      "mature_height": "10-15m", "sun": "full sun", "frost_tolerance": "hardy",
      "water_needs": "moderate", "indigenous": "yes", "deciduous": "yes"}),
    ("TR-CCH-50L", "Cape Chestnut 50L bag", "trees", 1450.00, 0,
     "Spectacular indigenous flowering tree covered in pink blooms in early summer. Bakkie delivery only.",
     {"botanical_name": "Calodendrum capense", "bag_size": "50L", "height_at_sale": "2-2.4m",
      "mature_height": "7-12m", "sun": "full sun to light shade", "frost_tolerance": "semi-hardy, protect when young",
      "flower_colour": "pink", "water_needs": "moderate", "indigenous": "yes"}),
    ("TR-LEM-20L", "Lemon Tree 'Eureka' 20L bag", "trees", 629.99, 9,
     "Grafted Eureka lemon that fruits on and off all year. Grows well in a large container or in the ground in a warm sunny spot.",
     {"botanical_name": "Citrus limon 'Eureka'", "bag_size": "20L", "height_at_sale": "1-1.3m",
      "mature_height": "3-4m", "sun": "full sun", "frost_tolerance": "frost tender, cover young trees in winter",
      "water_needs": "regular, deep watering", "indigenous": "no", "grafted": "yes, on rough lemon rootstock"}),
    ("TR-PMP-20L", "Pompon Tree 20L bag", "trees", 519.95, None,
     "Small indigenous tree with round pink pompon flowers in spring. Ideal for small gardens and townhouse complexes.",
     {"botanical_name": "Dais cotinifolia", "bag_size": "20L", "height_at_sale": "1.2-1.6m",
      "mature_height": "4-6m", "sun": "full sun", "frost_tolerance": "hardy to light frost",
      "flower_colour": "pink", "water_needs": "moderate", "indigenous": "yes"}),
    # ---------------- shrubs & perennials ----------------
    ("SP-SPK-15", "Spekboom 15cm pot", "shrubs & perennials", 64.99, 40,
     "The waterwise wonder plant: succulent indigenous shrub with small round leaves, great for hedges, containers and erosion control.",
     {"botanical_name": "Portulacaria afra", "pot_size": "15cm", "mature_height": "1-2.5m",
      "sun": "full sun to semi-shade", "water_needs": "very low", "indigenous": "yes", "waterwise": "yes"}),
    ("SP-SPK-20", "Spekboom 20cm pot", "shrubs & perennials", 119.99, 0,
     "Bigger, bushier Spekboom in a 20cm pot, ready to plant as a hedge or feature.",
     {"botanical_name": "Portulacaria afra", "pot_size": "20cm", "mature_height": "1-2.5m",
      "sun": "full sun to semi-shade", "water_needs": "very low", "indigenous": "yes", "waterwise": "yes"}),
    ("SP-PLB-4L", "Plumbago 4L bag", "shrubs & perennials", 87.95, 22,
     "Quick-growing indigenous shrub with masses of sky-blue flowers from spring to autumn. Attracts butterflies.",
     {"botanical_name": "Plumbago auriculata", "bag_size": "4L", "flower_colour": "sky blue",
      "flowering_season": "spring to autumn", "mature_height": "1.5-2m", "sun": "full sun to semi-shade",
      "water_needs": "moderate", "indigenous": "yes"}),
    ("SP-PLB-10L", "Plumbago 10L bag", "shrubs & perennials", 219.99, 5,
     "Established Plumbago in a 10L bag for faster hedges and screens.",
     {"botanical_name": "Plumbago auriculata", "bag_size": "10L", "flower_colour": "sky blue",
      "flowering_season": "spring to autumn", "mature_height": "1.5-2m", "sun": "full sun to semi-shade",
      "water_needs": "moderate", "indigenous": "yes"}),
    ("SP-CHS-4L", "Cape Honeysuckle 4L bag", "shrubs & perennials", 94.99, 0,
     "Scrambling indigenous shrub with bright orange tubular flowers that bring in sunbirds. Can be clipped into a hedge.",
     {"botanical_name": "Tecoma capensis", "bag_size": "4L", "flower_colour": "orange",
      "flowering_season": "autumn and winter", "mature_height": "2-3m", "sun": "full sun",
      "water_needs": "low to moderate", "indigenous": "yes", "attracts": "sunbirds and butterflies"}),
    ("SP-AGP-2L", "Agapanthus 'Midnight Blue' 2L bag", "shrubs & perennials", 74.95, 30,
     "Evergreen agapanthus with deep violet-blue flower heads in midsummer. Tough edging plant for sun or light shade.",
     {"botanical_name": "Agapanthus praecox 'Midnight Blue'", "bag_size": "2L", "flower_colour": "deep violet-blue",
      "flowering_season": "December to February", "mature_height": "60-80cm", "sun": "full sun to light shade",
      "water_needs": "low", "indigenous": "yes", "evergreen": "yes"}),
    ("SP-STR-10L", "Strelitzia (Crane Flower) 10L bag", "shrubs & perennials", 349.99, 7,
     "South Africa's iconic bird of paradise flower. Orange and blue blooms on stiff stems, lovely as cut flowers.",
     {"botanical_name": "Strelitzia reginae", "bag_size": "10L", "flower_colour": "orange and blue",
      "flowering_season": "mainly winter to spring", "mature_height": "1-1.5m", "sun": "full sun to semi-shade",
      "water_needs": "moderate", "indigenous": "yes"}),
    ("SP-LAV-15", "Lavender 'Margaret Roberts' 15cm pot", "shrubs & perennials", 56.50, 18,
     "Popular, heat-tolerant lavender with grey aromatic leaves and mauve flower spikes most of the year.",
     {"botanical_name": "Lavandula x intermedia 'Margaret Roberts'", "pot_size": "15cm", "flower_colour": "mauve",
      "flowering_season": "most of the year", "mature_height": "60-90cm", "sun": "full sun",
      "water_needs": "low", "indigenous": "no", "scented": "yes"}),
    ("SP-WSG-2L", "Wild Garlic 2L bag", "shrubs & perennials", 49.95, None,
     "Clumping indigenous perennial with lilac flowers and garlic-scented leaves. Said to keep moles and snakes away.",
     {"botanical_name": "Tulbaghia violacea", "bag_size": "2L", "flower_colour": "lilac",
      "flowering_season": "spring to autumn", "mature_height": "40-50cm", "sun": "full sun",
      "water_needs": "low", "indigenous": "yes", "edible": "leaves and flowers"}),
    # ---------------- seeds ----------------
    ("SD-TOM-CH", "Sonkruid Cherry Tomato 'Sweet 100' seeds", "seeds", 32.99, 60,
     "Heavy-cropping cherry tomato with long trusses of sweet red fruit. Stake or grow up a trellis.",
     {"brand": "Sonkruid Seeds", "seeds_per_packet": "approx. 50 seeds", "sowing_time": "August to December",
      "days_to_harvest": "65-75 days", "sun": "full sun", "open_pollinated": "no, F1 hybrid"}),
    ("SD-BUT-WL", "Sonkruid Butternut 'Waltham' seeds", "seeds", 28.50, 45,
     "Reliable butternut with smooth buff skin and sweet orange flesh; stores well through winter.",
     {"brand": "Sonkruid Seeds", "seeds_per_packet": "approx. 25 seeds", "sowing_time": "September to December",
      "days_to_harvest": "90-110 days", "sun": "full sun", "open_pollinated": "yes"}),
    ("SD-SWC-FH", "Sonkruid Swiss Chard 'Fordhook Giant' seeds", "seeds", 26.95, 0,
     "The 'spinach' of South African gardens: big crinkly dark-green leaves with white stems. Pick outer leaves for months.",
     {"brand": "Sonkruid Seeds", "seed_weight": "10g", "sowing_time": "all year except mid-winter in frost areas",
      "days_to_harvest": "50-60 days", "sun": "full sun to semi-shade", "open_pollinated": "yes"}),
    ("SD-COR-SL", "Sonkruid Coriander 'Slow Bolt' seeds", "seeds", 24.99, 38,
     "Dhania that is slower to run to seed in warm weather. Sow every few weeks for a steady supply.",
     {"brand": "Sonkruid Seeds", "seed_weight": "5g", "sowing_time": "March to May and August to September",
      "days_to_harvest": "40-50 days", "sun": "full sun to semi-shade", "open_pollinated": "yes"}),
    ("SD-NMQ-5G", "Sonkruid Namaqualand Daisy seeds 5g packet", "seeds", 36.95, 25,
     "Bright orange, yellow and white spring daisies. Sow in autumn for a carpet of colour in spring.",
     {"brand": "Sonkruid Seeds", "seed_weight": "5g", "covers": "about 5 m²", "sowing_time": "March to May",
      "flowering": "August to October", "sun": "full sun", "botanical_name": "Dimorphotheca sinuata"}),
    ("SD-NMQ-25G", "Sonkruid Namaqualand Daisy seeds 25g packet", "seeds", 129.99, 8,
     "Bulk pack of Namaqualand daisy seed for verges, banks and large beds.",
     {"brand": "Sonkruid Seeds", "seed_weight": "25g", "covers": "about 25 m²", "sowing_time": "March to May",
      "flowering": "August to October", "sun": "full sun", "botanical_name": "Dimorphotheca sinuata"}),
    ("SD-SUN-GI", "Sonkruid Sunflower 'Giant Russian' seeds", "seeds", 27.95, 50,
     "Towering sunflower with huge yellow heads; the seeds feed the birds in autumn. Fun for kids.",
     {"brand": "Sonkruid Seeds", "seeds_per_packet": "approx. 20 seeds", "sowing_time": "September to January",
      "days_to_harvest": "80-100 days", "mature_height": "up to 3m", "sun": "full sun"}),
    # ---------------- potting mix & compost ----------------
    ("PM-PSM-5L", "VeldGrow Premium Potting Mix 5L", "potting mix & compost", 47.99, 80,
     "Ready-to-use potting mix with compost, peat-free coir and slow-release feed for containers and hanging baskets.",
     {"brand": "VeldGrow", "volume": "5L", "suitable_for": "pots, containers and hanging baskets",
      "contains": "composted bark, coir, perlite and slow-release fertiliser", "feeds_for": "up to 3 months"}),
    ("PM-PSM-30L", "VeldGrow Premium Potting Mix 30L", "potting mix & compost", 168.99, 34,
     "Large bag of VeldGrow Premium Potting Mix for planting up big pots and window boxes.",
     {"brand": "VeldGrow", "volume": "30L", "suitable_for": "pots, containers and hanging baskets",
      "contains": "composted bark, coir, perlite and slow-release fertiliser", "feeds_for": "up to 3 months"}),
    ("PM-CMP-30", "VeldGrow Garden Compost 30dm3", "potting mix & compost", 69.99, 120,
     "Fully matured, weed-free compost for digging into beds, top-dressing lawns and planting holes.",
     {"brand": "VeldGrow", "volume": "30dm3", "made_from": "composted garden waste and kraal manure",
      "organic": "yes", "suitable_for": "beds, lawns and planting holes"}),
    ("PM-CMP-50", "VeldGrow Garden Compost 50dm3", "potting mix & compost", 99.95, 0,
     "Value-size 50dm3 bag of VeldGrow Garden Compost.",
     {"brand": "VeldGrow", "volume": "50dm3", "made_from": "composted garden waste and kraal manure",
      "organic": "yes", "suitable_for": "beds, lawns and planting holes"}),
    ("PM-SUC-5L", "VeldGrow Cactus & Succulent Mix 5L", "potting mix & compost", 54.95, 26,
     "Gritty, free-draining mix for succulents, cacti, Spekboom and aloes in pots.",
     {"brand": "VeldGrow", "volume": "5L", "contains": "river sand, grit, bark fines and coir",
      "drainage": "very free-draining", "suitable_for": "succulents, cacti and aloes"}),
    ("PM-BRK-50", "VeldGrow Pine Bark Mulch 50dm3", "potting mix & compost", 109.99, 15,
     "Medium-grade pine bark nuggets to mulch beds, keep moisture in and weeds down.",
     {"brand": "VeldGrow", "volume": "50dm3", "grade": "medium, 10-25mm nuggets",
      "coverage": "about 1 m² at 5cm deep", "suitable_for": "mulching beds and pots"}),
    ("PM-WRM-10L", "VeldGrow Worm Castings 10L", "potting mix & compost", 139.95, 11,
     "Pure earthworm castings, a gentle organic soil conditioner that won't burn roots.",
     {"brand": "VeldGrow", "volume": "10L", "organic": "yes",
      "use": "mix 1 part castings to 4 parts soil", "suitable_for": "vegetables, herbs, seedlings and pots"}),
    # ---------------- fertilisers ----------------
    ("FE-232-2K", "VeldGrow 2:3:2 (22) General Fertiliser 2kg", "fertilisers", 84.99, 31,
     "Balanced granular fertiliser for flowers, shrubs and vegetables at planting time and through the season.",
     {"brand": "VeldGrow", "npk": "2:3:2 (22)", "weight": "2kg", "type": "granular",
      "application_rate": "60g per m² every 6 weeks", "organic": "no"}),
    ("FE-232-5K", "VeldGrow 2:3:2 (22) General Fertiliser 5kg", "fertilisers", 179.95, 12,
     "Bigger bag of VeldGrow 2:3:2 (22) for large gardens.",
     {"brand": "VeldGrow", "npk": "2:3:2 (22)", "weight": "5kg", "type": "granular",
      "application_rate": "60g per m² every 6 weeks", "organic": "no"}),
    ("FE-BNM-1K", "VeldGrow Bone Meal 1kg", "fertilisers", 74.50, 19,
     "Slow-acting organic phosphate for strong roots and flowering. Mix into planting holes and bulb beds.",
     {"brand": "VeldGrow", "npk": "3:15:0", "weight": "1kg", "type": "powder",
      "application_rate": "a handful (about 50g) per planting hole", "organic": "yes"}),
    ("FE-ORG-5K", "VeldGrow Organic Chicken Manure Pellets 5kg", "fertilisers", 134.99, 0,
     "Pelleted, heat-treated chicken manure: an all-round organic feed that also builds the soil.",
     {"brand": "VeldGrow", "npk": "4:2:2", "weight": "5kg", "type": "pellets",
      "application_rate": "100g per m² every 8 weeks", "organic": "yes"}),
    ("FE-LWN-10K", "VeldGrow Lawn Fertiliser 7:1:3 (15) 10kg", "fertilisers", 239.99, 9,
     "High-nitrogen lawn food for a green, dense lawn. Water in well after spreading.",
     {"brand": "VeldGrow", "npk": "7:1:3 (15)", "weight": "10kg", "type": "granular",
      "application_rate": "50g per m² every 6-8 weeks in summer", "organic": "no", "covers": "about 200 m² per application"}),
    ("FE-SLR-500G", "VeldGrow Slow-Release Granules 500g", "fertilisers", 118.95, 14,
     "Coated slow-release feed for pots and containers: one application feeds for months.",
     {"brand": "VeldGrow", "npk": "15:9:12", "weight": "500g", "type": "coated granules",
      "feeds_for": "up to 6 months", "application_rate": "1 tablespoon per 20cm pot", "organic": "no"}),
    ("FE-SEA-1L", "VeldGrow Liquid Seaweed Concentrate 1L", "fertilisers", 154.99, 23,
     "Kelp-based plant tonic that helps with transplant shock, heat stress and root growth.",
     {"brand": "VeldGrow", "volume": "1L", "type": "liquid concentrate",
      "dilution": "10ml per 5L of water", "organic": "yes", "makes": "up to 500L"}),
    # ---------------- hoses ----------------
    ("HO-12-15", "Aqualoop Flexi Hose 12mm x 15m", "hoses", 249.99, 20,
     "Kink-resistant reinforced garden hose, 12mm inside diameter, supplied with fittings.",
     {"brand": "Aqualoop", "diameter": "12mm", "length": "15m", "layers": "3-layer braided PVC",
      "fittings_included": "yes, connector, tap adaptor and nozzle", "uv_resistant": "yes", "warranty": "5 years"}),
    ("HO-12-30", "Aqualoop Flexi Hose 12mm x 30m", "hoses", 389.99, 11,
     "Longer 30m version of the Aqualoop Flexi Hose in 12mm.",
     {"brand": "Aqualoop", "diameter": "12mm", "length": "30m", "layers": "3-layer braided PVC",
      "fittings_included": "yes, connector, tap adaptor and nozzle", "uv_resistant": "yes", "warranty": "5 years"}),
    ("HO-20-15", "Aqualoop Flexi Hose 20mm x 15m", "hoses", 319.95, 0,
     "Heavy-duty 20mm hose for high flow: filling ponds, tanks and running sprinklers.",
     {"brand": "Aqualoop", "diameter": "20mm", "length": "15m", "layers": "4-layer braided PVC",
      "fittings_included": "no", "uv_resistant": "yes", "warranty": "10 years"}),
    ("HO-20-30", "Aqualoop Flexi Hose 20mm x 30m", "hoses", 529.99, 6,
     "Heavy-duty 20mm hose in 30m for big gardens and smallholdings.",
     {"brand": "Aqualoop", "diameter": "20mm", "length": "30m", "layers": "4-layer braided PVC",
      "fittings_included": "no", "uv_resistant": "yes", "warranty": "10 years"}),
    ("HO-SOK-15", "Aqualoop Soaker Hose 12mm x 15m", "hoses", 204.95, 8,
     "Porous recycled-rubber hose that weeps water along its length. Lay it under mulch for waterwise beds.",
     {"brand": "Aqualoop", "diameter": "12mm", "length": "15m", "material": "recycled rubber",
      "best_pressure": "low pressure, use with a tap timer", "warranty": "2 years"}),
    ("HO-REEL", "Aqualoop Hose Reel Cart", "hoses", 699.99, 4,
     "Steel hose reel on wheels with a crank handle and 1.5m lead-in hose. Hose not included.",
     {"brand": "Aqualoop", "capacity": "holds 50m of 12mm hose or 30m of 20mm hose",
      "material": "powder-coated steel", "wheels": "2 solid rubber wheels", "warranty": "3 years"}),
    # ---------------- fittings & irrigation ----------------
    ("FI-CON-12", "Aqualoop Hose Connector 12mm", "fittings & irrigation", 24.95, 70,
     "Click-on hose end connector with water stop, for 12mm hose.",
     {"brand": "Aqualoop", "fits": "12mm hose", "material": "ABS plastic", "water_stop": "yes", "system": "click-on"}),
    ("FI-CON-20", "Aqualoop Hose Connector 20mm", "fittings & irrigation", 36.99, 0,
     "Click-on hose end connector for 20mm hose.",
     {"brand": "Aqualoop", "fits": "20mm hose", "material": "ABS plastic", "water_stop": "no", "system": "click-on"}),
    ("FI-TAP-34", "Aqualoop Tap Adaptor 3/4\" (20mm)", "fittings & irrigation", 38.50, 40,
     "Threaded tap adaptor so any click-on connector fits a standard 3/4\" garden tap.",
     {"brand": "Aqualoop", "thread": "3/4 inch (20mm) BSP female", "material": "brass", "system": "click-on"}),
    ("FI-NOZ-7P", "Aqualoop 7-Pattern Spray Nozzle", "fittings & irrigation", 119.95, 17,
     "Trigger spray gun with 7 patterns from mist to jet; the trigger stops the flow when you let go.",
     {"brand": "Aqualoop", "patterns": "7 (jet, mist, shower, flat, cone, soaker, centre)",
      "trigger": "yes, with lock", "material": "metal body with rubber grip", "system": "click-on"}),
    ("FI-DRP-2", "Aqualoop Pressure-Compensating Dripper 2L/h (pack of 25)", "fittings & irrigation", 89.50, 14,
     "Button drippers that give the same flow at the start and end of a line. For pots and small shrubs.",
     {"brand": "Aqualoop", "flow_rate": "2L/h", "pack_qty": "25", "fits": "punch into 13mm and 16mm poly pipe",
      "pressure_range": "0.5-4 bar", "colour": "black with green cap"}),
    ("FI-DRP-4", "Aqualoop Pressure-Compensating Dripper 4L/h (pack of 25)", "fittings & irrigation", 94.50, 0,
     "Higher-flow button drippers for shrubs, trees and sandy soil.",
     {"brand": "Aqualoop", "flow_rate": "4L/h", "pack_qty": "25", "fits": "punch into 13mm and 16mm poly pipe",
      "pressure_range": "0.5-4 bar", "colour": "black with red cap"}),
    ("FI-DRL-50", "Aqualoop 16mm Drip Line 50m", "fittings & irrigation", 459.95, 5,
     "In-line drip tube with built-in emitters every 30cm, ready to lay in beds and veggie patches.",
     {"brand": "Aqualoop", "diameter": "16mm", "length": "50m", "emitter_spacing": "30cm",
      "emitter_flow": "1.6L/h", "uv_resistant": "yes"}),
    ("FI-TMR-MC", "Aqualoop Mechanical Tap Timer", "fittings & irrigation", 279.99, None,
     "Wind-up tap timer that shuts off the water after up to 2 hours. No batteries, so it keeps working in loadshedding.",
     {"brand": "Aqualoop", "max_time": "120 minutes", "power": "none, clockwork", "thread": "3/4 inch tap",
      "warranty": "1 year"}),
    # ---------------- tools ----------------
    ("TL-PRN-BY", "Kraal Tools Bypass Pruner", "tools", 215.99, 16,
     "Scissor-action secateurs for clean cuts on live stems. Replaceable blade and spring.",
     {"brand": "Kraal Tools", "blade": "SK5 carbon steel, non-stick coated", "cutting_capacity": "up to 20mm",
      "length": "21cm", "handle": "aluminium with rubber grips", "warranty": "lifetime on blade and handles"}),
    ("TL-PRN-AV", "Kraal Tools Anvil Pruner", "tools", 199.99, 0,
     "Anvil-action secateurs with extra leverage for dead and woody stems.",
     {"brand": "Kraal Tools", "blade": "SK5 carbon steel on aluminium anvil", "cutting_capacity": "up to 25mm",
      "length": "20.5cm", "handle": "fibreglass-reinforced nylon", "warranty": "lifetime on blade and handles"}),
    ("TL-LOP-70", "Kraal Tools Bypass Lopper 70cm", "tools", 449.99, 7,
     "Long-handled bypass lopper for branches out of reach of secateurs.",
     {"brand": "Kraal Tools", "blade": "SK5 carbon steel, non-stick coated", "cutting_capacity": "up to 35mm",
      "length": "70cm", "handle": "steel with foam grips", "weight": "1.1kg", "warranty": "5 years"}),
    ("TL-LOP-TEL", "Kraal Tools Telescopic Lopper", "tools", 589.95, 3,
     "Ratchet-assisted lopper with handles that extend from 68cm to 98cm.",
     {"brand": "Kraal Tools", "blade": "hardened steel", "cutting_capacity": "up to 45mm",
      "length": "68-98cm", "handle": "telescopic aluminium", "weight": "1.4kg", "warranty": "5 years"}),
    ("TL-SPD-RN", "Kraal Tools Round-Nose Spade", "tools", 379.99, 10,
     "Tough round-nose digging spade for clay and rocky Midlands soil.",
     {"brand": "Kraal Tools", "head": "forged carbon steel", "handle": "ash wood, D-grip", "length": "1.05m",
      "weight": "2.2kg", "warranty": "10 years"}),
    ("TL-FRK-DG", "Kraal Tools Digging Fork", "tools", 359.95, 0,
     "Four-tine digging fork for turning beds and lifting compost.",
     {"brand": "Kraal Tools", "head": "forged carbon steel, 4 square tines", "handle": "ash wood, D-grip",
      "length": "1.03m", "weight": "2.0kg", "warranty": "10 years"}),
    ("TL-TRW-HD", "Kraal Tools Hand Trowel", "tools", 86.99, 28,
     "One-piece stainless steel trowel with depth markings for planting bulbs and seedlings.",
     {"brand": "Kraal Tools", "head": "stainless steel", "handle": "soft-grip rubber", "length": "32cm",
      "depth_markings": "yes, in cm", "warranty": "lifetime"}),
    # ---------------- pots ----------------
    ("PT-TER-20", "Klei & Co Terracotta Pot 20cm", "pots", 78.95, 35,
     "Classic hand-thrown terracotta pot, locally made. Breathes so roots stay healthy.",
     {"brand": "Klei & Co", "diameter": "20cm", "height": "18cm", "material": "terracotta (fired clay)",
      "drainage_hole": "yes, one centre hole", "frost_resistant": "no, lift or wrap in hard frost"}),
    ("PT-TER-30", "Klei & Co Terracotta Pot 30cm", "pots", 159.99, 12,
     "Medium Klei & Co terracotta pot, great for herbs, lavender and small citrus.",
     {"brand": "Klei & Co", "diameter": "30cm", "height": "26cm", "material": "terracotta (fired clay)",
      "drainage_hole": "yes, one centre hole", "frost_resistant": "no, lift or wrap in hard frost"}),
    ("PT-TER-40", "Klei & Co Terracotta Pot 40cm", "pots", 299.00, 0,
     "Large Klei & Co terracotta pot for patio trees and feature plants.",
     {"brand": "Klei & Co", "diameter": "40cm", "height": "34cm", "material": "terracotta (fired clay)",
      "drainage_hole": "yes, one centre hole", "frost_resistant": "no, lift or wrap in hard frost", "weight": "9kg"}),
    ("PT-PLA-20", "Tuffpot Plastic Pot 20cm", "pots", 22.99, 150,
     "Lightweight UV-stabilised plastic pot in matt black. Made from recycled plastic in South Africa.",
     {"brand": "Tuffpot", "diameter": "20cm", "height": "17cm", "material": "recycled polypropylene",
      "colour": "matt black", "drainage_hole": "yes, 4 holes"}),
    ("PT-PLA-30", "Tuffpot Plastic Pot 30cm", "pots", 42.95, 64,
     "Tuffpot plastic pot, 30cm, matt black.",
     {"brand": "Tuffpot", "diameter": "30cm", "height": "25cm", "material": "recycled polypropylene",
      "colour": "matt black", "drainage_hole": "yes, 5 holes"}),
    ("PT-PLA-40", "Tuffpot Plastic Pot 40cm", "pots", 69.50, 21,
     "Tuffpot plastic pot, 40cm, matt black. Light enough to move a small tree around the patio.",
     {"brand": "Tuffpot", "diameter": "40cm", "height": "33cm", "material": "recycled polypropylene",
      "colour": "matt black", "drainage_hole": "yes, 6 holes"}),
    ("PT-SAU-30", "Klei & Co Terracotta Saucer 30cm", "pots", 45.99, None,
     "Terracotta drip saucer, 30cm across, to stand under a 30cm pot.",
     {"brand": "Klei & Co", "diameter": "30cm", "material": "terracotta (fired clay)", "fits": "30cm pots"}),
    # ---------------- pest control ----------------
    ("PC-NEEM-500", "Gogga-Off Neem Oil Spray 500ml", "pest control", 97.99, 24,
     "Ready-to-use organic neem oil spray against aphids, mealybug, scale and whitefly on ornamentals and veg.",
     {"brand": "Gogga-Off", "volume": "500ml", "active_ingredient": "cold-pressed neem oil (azadirachtin)",
      "targets": "aphids, mealybug, scale and whitefly", "organic": "yes", "withholding_period": "1 day"}),
    ("PC-SNL-300", "Gogga-Off Snail & Slug Bait 300g", "pest control", 57.95, 0,
     "Pellet bait that controls snails and slugs and breaks down into plant food.",
     {"brand": "Gogga-Off", "weight": "300g", "active_ingredient": "iron phosphate",
      "targets": "snails and slugs", "pet_safety": "safer around pets and birds than metaldehyde baits", "organic": "yes"}),
    ("PC-SNL-1K", "Gogga-Off Snail & Slug Bait 1kg", "pest control", 144.50, 13,
     "Value pack of Gogga-Off Snail & Slug Bait.",
     {"brand": "Gogga-Off", "weight": "1kg", "active_ingredient": "iron phosphate",
      "targets": "snails and slugs", "pet_safety": "safer around pets and birds than metaldehyde baits", "organic": "yes"}),
    ("PC-APH-750", "Gogga-Off Aphid & Whitefly Spray 750ml", "pest control", 112.99, 18,
     "Ready-to-use trigger spray for fast knockdown of aphids and whitefly on roses and ornamentals.",
     {"brand": "Gogga-Off", "volume": "750ml", "active_ingredient": "pyrethrins with piperonyl butoxide",
      "targets": "aphids, whitefly and thrips", "organic": "no", "withholding_period": "3 days"}),
    ("PC-DE-1K", "Gogga-Off Diatomaceous Earth 1kg", "pest control", 129.50, 7,
     "Natural fossil powder that controls crawling insects, ants and fishmoths by drying them out.",
     {"brand": "Gogga-Off", "weight": "1kg", "active_ingredient": "amorphous silica (diatomaceous earth)",
      "targets": "ants, fleas, fishmoths and crawling insects", "organic": "yes"}),
    # ---------------- bird feeders ----------------
    ("BF-SEED-HG", "Mossie & Co Hanging Seed Feeder", "bird feeders", 186.95, 9,
     "Tube feeder with four perches for seed-eaters like weavers, sparrows and canaries.",
     {"brand": "Mossie & Co", "material": "UV-stable polycarbonate tube with metal lid", "capacity": "1.2L of seed",
      "perches": "4", "suits": "weavers, sparrows, canaries and doves", "mounting": "hanging"}),
    ("BF-NECT-SB", "Mossie & Co Sunbird Nectar Feeder", "bird feeders", 149.99, 0,
     "Red glass nectar feeder with bee guards, made for sunbirds.",
     {"brand": "Mossie & Co", "material": "glass bottle with red plastic base", "capacity": "350ml",
      "suits": "sunbirds", "bee_guards": "yes", "mounting": "hanging"}),
    ("BF-FRT-SP", "Mossie & Co Fruit Spike Feeder", "bird feeders", 84.50, 12,
     "Galvanised spike for apples, pawpaw and oranges to bring in barbets, mousebirds and bulbuls.",
     {"brand": "Mossie & Co", "material": "galvanised steel", "suits": "barbets, mousebirds and bulbuls",
      "mounting": "screws onto a post or branch"}),
    ("BF-SEED-2K", "Mossie & Co Wild Bird Seed Mix 2kg", "bird feeders", 64.50, 30,
     "Blend of millet, sunflower and maize for wild birds.",
     {"brand": "Mossie & Co", "weight": "2kg", "contains": "white millet, red millet, sunflower and cracked maize",
      "suits": "weavers, doves, sparrows and canaries"}),
    # ---------------- gloves & watering cans ----------------
    ("GL-LTH-S", "Tuinwerk Leather Garden Gloves Small", "gloves & watering cans", 76.99, 10,
     "Soft cowhide leather gloves with a cotton back and elastic wrist. Size Small.",
     {"brand": "Tuinwerk", "size": "S", "material": "cowhide leather palm, cotton back", "cuff": "elastic wrist",
      "washable": "hand wash"}),
    ("GL-LTH-M", "Tuinwerk Leather Garden Gloves Medium", "gloves & watering cans", 76.99, 0,
     "Soft cowhide leather gloves with a cotton back and elastic wrist. Size Medium.",
     {"brand": "Tuinwerk", "size": "M", "material": "cowhide leather palm, cotton back", "cuff": "elastic wrist",
      "washable": "hand wash"}),
    ("GL-LTH-L", "Tuinwerk Leather Garden Gloves Large", "gloves & watering cans", 84.95, 15,
     "Soft cowhide leather gloves with a cotton back and elastic wrist. Size Large.",
     {"brand": "Tuinwerk", "size": "L", "material": "cowhide leather palm, cotton back", "cuff": "elastic wrist",
      "washable": "hand wash"}),
    ("GL-THN-M", "Tuinwerk Thorn-Proof Rose Gloves Medium", "gloves & watering cans", 172.50, 6,
     "Gauntlet gloves that protect hands and forearms from rose, bougainvillea and acacia thorns. Size Medium.",
     {"brand": "Tuinwerk", "size": "M", "material": "goatskin palm with split-leather gauntlet",
      "cuff": "long gauntlet to the elbow", "washable": "no"}),
    ("WC-PLA-5L", "Tuinwerk Watering Can 5L", "gloves & watering cans", 92.99, 19,
     "Light plastic watering can with a detachable rose, easy for kids and pot plants.",
     {"brand": "Tuinwerk", "capacity": "5L", "material": "recycled plastic", "rose": "detachable plastic rose",
      "colour": "green"}),
    ("WC-PLA-10L", "Tuinwerk Watering Can 10L", "gloves & watering cans", 139.99, 8,
     "Full-size 10L plastic watering can with a long spout for beds.",
     {"brand": "Tuinwerk", "capacity": "10L", "material": "recycled plastic", "rose": "detachable plastic rose",
      "colour": "green"}),
    ("WC-GAL-9L", "Tuinwerk Galvanised Watering Can 9L", "gloves & watering cans", 429.95, 0,
     "Traditional hot-dip galvanised steel can with a brass rose. Built to last a lifetime.",
     {"brand": "Tuinwerk", "capacity": "9L", "material": "hot-dip galvanised steel", "rose": "brass rose",
      "colour": "silver"}),
]

FAQ = [
    ("delivery-rates", "How much does delivery cost?",
     "Parcels up to 10kg are couriered with The Courier Guy for R120 to main centres anywhere in South Africa. "
     "Heavier parcels (for example several bags of soil, compost or fertiliser) are R220. PUDO locker delivery is R65 "
     "for parcels that fit a locker. Trees in 50L bags go on our own bakkie, see large tree delivery. "
     "Orders of R950 or more get free standard delivery."),
    ("free-delivery", "Do you offer free delivery?",
     "Yes. Orders of R950 or more (after discounts, before delivery) get free standard courier delivery to main centres. "
     "The outlying-area surcharge, pallet loads and bakkie delivery of 50L trees are still charged."),
    ("delivery-areas", "Where do you deliver to?",
     "We courier dry goods (tools, pots, hoses, fittings, fertilisers and seeds) anywhere in South Africa. "
     "Live plants up to 10L bags are couriered to Gauteng, KwaZulu-Natal, the Free State and the Western Cape only, "
     "and only leave the nursery Monday to Wednesday so they don't sit in a depot over a weekend. Outlying areas "
     "(farms and small towns off the courier's main routes) carry a R95 surcharge and take 2-3 extra working days. "
     "We don't ship outside South Africa."),
    ("large-trees", "Can you deliver large trees?",
     "Trees in 20L bags can be couriered within KwaZulu-Natal. Trees in 50L bags and bigger go only on our own bakkie, "
     "within 80km of Howick (Pietermaritzburg, Hilton, Mooi River and the Upper Highway area). Bakkie delivery is R380 "
     "per trip for up to 6 large trees, and we can plant them for you for R160 per tree, including compost and a watering basin."),
    ("plant-guarantee", "Do your plants come with a guarantee?",
     "All our trees and shrubs carry the Hadeda Hill plant guarantee: if a plant dies within 6 months of purchase even "
     "though it was planted and watered according to the care card, bring it back (or WhatsApp a photo with your slip) "
     "and we'll replace it once. Seeds, seedlings, annuals and plants damaged by frost, hail, pets or buck are not covered."),
    ("returns", "What is your returns policy?",
     "Unused non-living goods (tools, pots, hoses, fittings, watering cans) can be returned within 14 days with proof of "
     "purchase for a refund or exchange. Refunds go back to the original payment method within 7 working days. Opened bags "
     "of soil, fertiliser and pest control products can't be returned unless faulty. Live plants fall under our plant "
     "guarantee instead. Faulty goods are handled under the Consumer Protection Act."),
    ("water-restrictions", "Any advice for gardening under water restrictions?",
     "Check your municipality's current restriction level first: many only allow garden watering early in the morning or "
     "in the evening, and only with a bucket, a watering can or a hand-held hose fitted with a trigger nozzle. Switch beds to "
     "drip irrigation, mulch 5-7cm deep with bark or compost, and group plants by their water needs. Waterwise indigenous "
     "plants such as Spekboom, wild garlic and agapanthus carry a blue droplet tag in the nursery. Grey water is fine for "
     "ornamentals but not for vegetables you eat raw."),
    ("trading-hours", "What are your trading hours?",
     "Monday to Friday 08:00 to 17:00, Saturday 08:00 to 16:00, Sundays and public holidays 09:00 to 13:00. "
     "We are closed on Christmas Day, New Year's Day and Good Friday. The Hadeda Cafe opens 30 minutes after the nursery."),
    ("loadshedding", "Are you open during loadshedding?",
     "Yes. The nursery runs on solar panels with battery backup and a diesel generator, so we trade normal hours during "
     "loadshedding and the card machines, SnapScan and the online shop keep working. The cafe serves a reduced menu from "
     "stage 4 upwards."),
    ("landscaping", "Do you offer a landscaping service?",
     "Yes. Our landscaping team designs and installs new gardens, waterwise makeovers and drip irrigation in the KZN Midlands "
     "and Pietermaritzburg. A site visit and design consultation costs R650, which we credit back if you go ahead with an "
     "installation over R10 000. Quotes are sent within 5 working days of the visit."),
    ("gift-vouchers", "Do you sell gift vouchers?",
     "Yes. Gift vouchers from R100 to R5 000 can be bought in the nursery or online, where we email an e-voucher with a code. "
     "Vouchers are valid for 3 years from the date of issue and can be used in the nursery, the Hadeda Cafe and online. "
     "They can't be exchanged for cash."),
    ("click-collect", "Can I order online and collect at the nursery?",
     "Yes. Choose Click & Collect at checkout and collect from the Collection Shed at our nursery, 27 Zuurbosch Road, Howick. "
     "Orders are usually ready within 2 hours during trading hours and we SMS you when yours is packed. We hold orders for "
     "7 days. Someone else may collect for you with the SMS and their ID."),
    ("payment", "Which payment methods do you accept?",
     "Online: Visa and Mastercard credit and debit cards, Instant EFT and ordinary EFT (EFT orders are packed once the money "
     "reflects, usually 1-2 working days). In the nursery: card, tap to pay, SnapScan, Zapper and cash. We don't accept "
     "cheques. Use your order number as the EFT reference."),
    ("trade-discounts", "Do you give bulk or trade discounts?",
     "Registered landscapers and trade account holders get 10% off plants and 5% off hardware. Anyone buying 20 or more bags "
     "of the same potting mix or compost gets 12% off those bags, and we quote on pallet loads (60 bags) delivered. Apply "
     "for a trade account at the front desk with your company registration number."),
    ("plant-care", "Can you help me with a sick plant?",
     "Our Plant Doctor desk runs every Saturday from 09:00 to 12:00: bring a cutting or photos (pests in a sealed bag, "
     "please) and our horticulturist will diagnose it for free. During the week, WhatsApp clear photos to 072 555 0143 and "
     "we reply within one working day."),
    ("contact", "How can I contact you?",
     "Phone 033 555 0192 (weekdays 08:00 to 17:00), WhatsApp 072 555 0143, email hello@hadedahill.co.za, or visit us at "
     "27 Zuurbosch Road, Howick, 3290."),
    ("order-tracking", "How do I track my order?",
     "When your order leaves the nursery we email and SMS you the courier's tracking number. The Courier Guy and Aramex "
     "parcels usually arrive in 2-4 working days in main centres. Bakkie deliveries are booked by phone the day before."),
    ("pudo", "Can I have my order sent to a PUDO locker?",
     "Yes, for parcels that fit a locker (up to 20kg): it's R65 per parcel and takes 3-5 working days. You open the locker "
     "with the one-time PIN we SMS you. Live plants, trees, hose reels and bags of soil over 30L can't go to lockers."),
    ("frost", "When is it safe to plant frost-tender plants in the Midlands?",
     "Howick and the Midlands get frost from about late May to mid-August. Plant frost-tender trees and shrubs (like lemons) "
     "from mid-September, cover young plants with frost cloth on clear, still nights, and water in the morning rather than "
     "the evening. Sow summer vegetables such as tomatoes and butternut from September."),
    ("layby", "Do you do lay-by?",
     "Yes, on purchases over R500: pay a 20% deposit and settle the balance within 3 months. Lay-by plants are cared for in "
     "our holding area until you collect. A cancelled lay-by is refunded less a R50 admin fee."),
    ("plant-sizes", "What does a 4L or 20L bag mean?",
     "The litre size is the volume of the nursery bag the plant is growing in, not the height of the plant. As a rough guide, "
     "2L and 4L bags are 20-40cm tall, 10L bags 50-90cm, 20L trees about 1.2-1.8m and 50L trees 2-2.5m, depending on the "
     "species. Pot sizes in cm (for example a 15cm pot) are the pot's diameter across the top."),
]

ORDERS = [
    {"order_id": "HH-10412", "email": "thandi.mkhize@example.co.za", "postcode": "3290", "placed": "2026-03-18",
     "status": "processing", "items": [{"sku": "SP-SPK-15", "qty": 6}, {"sku": "PM-SUC-5L", "qty": 2}]},
    {"order_id": "HH-10419", "email": "pieter.vdmerwe@example.com", "postcode": "0181", "placed": "2026-03-19",
     "status": "processing", "eta": "2026-03-26", "items": [{"sku": "HO-12-30", "qty": 1}, {"sku": "FI-NOZ-7P", "qty": 1}]},
    {"order_id": "HH-10423", "email": "ayesha.patel@example.net", "postcode": "4001", "placed": "2026-03-20",
     "status": "processing", "items": [{"sku": "SD-TOM-CH", "qty": 2}, {"sku": "SD-COR-SL", "qty": 1},
                                       {"sku": "PM-PSM-5L", "qty": 3}]},
    {"order_id": "HH-10388", "email": "johan.botha@example.co.za", "postcode": "2196", "placed": "2026-03-11",
     "status": "shipped", "carrier": "The Courier Guy", "eta": "2026-03-17",
     "items": [{"sku": "TL-PRN-BY", "qty": 1}, {"sku": "GL-LTH-L", "qty": 1}]},
    {"order_id": "HH-10395", "email": "lerato.mokoena@example.com", "postcode": "1685", "placed": "2026-03-13",
     "status": "shipped", "carrier": "PUDO", "eta": "2026-03-19",
     "items": [{"sku": "BF-NECT-SB", "qty": 1}, {"sku": "BF-SEED-2K", "qty": 2}]},
    {"order_id": "HH-10401", "email": "megan.oconnor@example.net", "postcode": "8001", "placed": "2026-03-15",
     "status": "shipped", "carrier": "Aramex", "eta": "2026-03-21",
     "items": [{"sku": "FI-DRP-2", "qty": 4}, {"sku": "FI-DRL-50", "qty": 1}]},
    {"order_id": "HH-10352", "email": "sipho.dlamini@example.co.za", "postcode": "3201", "placed": "2026-02-24",
     "status": "delivered", "carrier": "Hadeda Hill Bakkie Delivery", "eta": "2026-02-27",
     "items": [{"sku": "TR-WOL-50L", "qty": 2}, {"sku": "PM-CMP-30", "qty": 4}]},
    {"order_id": "HH-10360", "email": "fatima.essop@example.com", "postcode": "3610", "placed": "2026-02-27",
     "status": "delivered", "carrier": "The Courier Guy", "eta": "2026-03-04",
     "items": [{"sku": "PT-TER-30", "qty": 2}, {"sku": "SP-LAV-15", "qty": 4}]},
    {"order_id": "HH-10371", "email": "grant.naidoo@example.co.za", "postcode": "6001", "placed": "2026-03-02",
     "status": "delivered", "carrier": "Aramex", "eta": "2026-03-09",
     "items": [{"sku": "TL-SPD-RN", "qty": 1}, {"sku": "FE-232-5K", "qty": 1}]},
    {"order_id": "HH-10377", "email": "karen.smit@example.net", "postcode": "9301", "placed": "2026-03-05",
     "status": "cancelled", "items": [{"sku": "WC-GAL-9L", "qty": 1}]},
    {"order_id": "HH-10384", "email": "bongani.zulu@example.com", "postcode": "4420", "placed": "2026-03-09",
     "status": "cancelled", "items": [{"sku": "HO-20-15", "qty": 1}, {"sku": "FI-CON-20", "qty": 2}]},
    {"order_id": "HH-10340", "email": "nomsa.khumalo@example.co.za", "postcode": "3640", "placed": "2026-02-18",
     "status": "returned", "carrier": "The Courier Guy", "eta": "2026-02-23",
     "items": [{"sku": "TL-LOP-TEL", "qty": 1}]},
]

# ---------------------------------------------------------------- images
W = H = 96

CATEGORY_BG = {
    "trees": (222, 236, 214), "shrubs & perennials": (232, 240, 220), "seeds": (246, 238, 214),
    "potting mix & compost": (236, 226, 212), "fertilisers": (240, 232, 206), "hoses": (214, 230, 240),
    "fittings & irrigation": (220, 234, 238), "tools": (230, 230, 230), "pots": (244, 226, 212),
    "pest control": (238, 222, 222), "bird feeders": (226, 236, 246), "gloves & watering cans": (236, 232, 244),
}


def accent(sku):
    d = hashlib.md5(sku.encode("utf-8")).digest()
    return (40 + d[0] % 160, 40 + d[1] % 160, 40 + d[2] % 160)


def draw(sku, category):
    bg = CATEGORY_BG.get(category, (240, 240, 240))
    ac = accent(sku)
    dark = (70, 60, 50)
    green = (60, 130, 60)
    terracotta = (190, 100, 60)
    px = [[bg for _ in range(W)] for _ in range(H)]

    def rect(x0, y0, x1, y1, c):
        for y in range(max(0, y0), min(H, y1)):
            row = px[y]
            for x in range(max(0, x0), min(W, x1)):
                row[x] = c

    def disc(cx, cy, r, c, r_in=0):
        for y in range(max(0, cy - r), min(H, cy + r + 1)):
            for x in range(max(0, cx - r), min(W, cx + r + 1)):
                d2 = (x - cx) ** 2 + (y - cy) ** 2
                if r_in * r_in <= d2 <= r * r:
                    px[y][x] = c

    def trapezoid(x0, x1, y0, y1, inset, c):
        for y in range(y0, y1):
            t = (y - y0) / max(1, y1 - y0 - 1)
            off = int(inset * t)
            for x in range(x0 + off, x1 - off):
                px[y][x] = c

    def line(x0, y0, x1, y1, w, c):
        n = max(abs(x1 - x0), abs(y1 - y0)) + 1
        for i in range(n):
            x = x0 + (x1 - x0) * i // max(1, n - 1)
            y = y0 + (y1 - y0) * i // max(1, n - 1)
            rect(x - w // 2, y - w // 2, x + w // 2 + 1, y + w // 2 + 1, c)

    if category == "trees":
        rect(44, 50, 52, 80, dark)
        disc(48, 36, 26, green)
        disc(40, 30, 8, ac)
        trapezoid(30, 66, 76, 90, 6, (40, 40, 40))
    elif category == "shrubs & perennials":
        disc(48, 40, 22, green)
        disc(38, 34, 6, ac)
        disc(58, 42, 6, ac)
        disc(48, 28, 5, ac)
        trapezoid(28, 68, 60, 88, 8, terracotta)
    elif category == "seeds":
        rect(24, 12, 72, 86, (250, 250, 245))
        rect(24, 12, 72, 40, ac)
        disc(48, 62, 12, green)
    elif category in ("potting mix & compost", "fertilisers"):
        rect(22, 16, 74, 86, ac)
        rect(30, 40, 66, 62, (250, 250, 245))
        rect(22, 16, 74, 22, dark)
    elif category == "hoses":
        disc(48, 48, 34, ac, r_in=22)
        disc(48, 48, 18, dark, r_in=14)
        rect(78, 44, 92, 52, ac)
    elif category == "fittings & irrigation":
        rect(16, 40, 80, 56, ac)
        rect(30, 34, 40, 62, dark)
        rect(58, 34, 68, 62, dark)
    elif category == "tools":
        line(20, 80, 70, 22, 7, dark)
        line(70, 22, 80, 12, 11, ac)
        line(26, 22, 76, 80, 7, ac)
    elif category == "pots":
        trapezoid(20, 76, 30, 84, 10, ac)
        rect(16, 24, 80, 32, ac)
    elif category == "pest control":
        rect(32, 30, 64, 86, ac)
        rect(40, 14, 54, 30, dark)
        rect(54, 14, 66, 20, dark)
    elif category == "bird feeders":
        trapezoid(20, 76, 14, 34, -8, dark)
        rect(34, 34, 62, 80, ac)
        rect(26, 66, 70, 70, dark)
        disc(48, 50, 5, (250, 250, 245))
    else:
        rect(26, 36, 62, 84, ac)
        rect(62, 46, 86, 52, ac)
        disc(44, 36, 16, dark, r_in=11)
    # 1px border so the tile reads as a photo card
    rect(0, 0, W, 1, dark)
    rect(0, H - 1, W, H, dark)
    rect(0, 0, 1, H, dark)
    rect(W - 1, 0, W, H, dark)
    return px


def png_bytes(px):
    raw = bytearray()
    for row in px:
        raw.append(0)
        for (r, g, b) in row:
            raw += bytes((r, g, b))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + chunk(b"IEND", b""))


# ---------------------------------------------------------------- writing
def image_path(sku):
    return "images/" + sku.lower() + ".png"


def catalog_rows():
    rows = []
    for sku, name, category, price, stock, desc, attrs in PRODUCTS:
        row = {"sku": sku, "name": name, "description": desc, "category": category,
               "price": price, "currency": CURRENCY}
        if stock is not None:
            row["stock"] = stock
        row["attributes"] = attrs
        row["images"] = [image_path(sku)]
        rows.append(row)
    return rows


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def build(out):
    os.makedirs(os.path.join(out, "images"), exist_ok=True)
    rows = catalog_rows()
    skus = [r["sku"] for r in rows]
    assert len(skus) == len(set(skus)), "duplicate sku"
    write_text(os.path.join(out, "catalog.jsonl"), "".join(dumps(r) + "\n" for r in rows))
    write_text(os.path.join(out, "faq.jsonl"),
               "".join(dumps({"id": i, "question": q, "answer": a}) + "\n" for i, q, a in FAQ))
    for o in ORDERS:
        for it in o["items"]:
            assert it["sku"] in skus, it
    write_text(os.path.join(out, "orders.jsonl"), "".join(dumps(o) + "\n" for o in ORDERS))
    write_text(os.path.join(out, "store.json"), json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")
    for sku, name, category, *_ in PRODUCTS:
        with open(os.path.join(out, image_path(sku)), "wb") as f:
            f.write(png_bytes(draw(sku, category)))


def main(argv):
    if len(argv) != 2:
        print("usage: python3 make_store.py OUT_DIR", file=sys.stderr)
        return 2
    build(argv[1])
    print("wrote store to %s: %d products, %d faq entries, %d orders"
          % (argv[1], len(PRODUCTS), len(FAQ), len(ORDERS)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
