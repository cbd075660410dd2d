#!/usr/bin/env python3
"""Build the "Spoke & Sprocket Cycles" test store (Store format v1).

Usage: python make_store.py OUT_DIR

Everything is hard-coded; running it twice gives the same files.
"""
import json
import os
import sys
import zlib

from PIL import Image, ImageDraw

CURRENCY = "GBP"

STORE = {
    "name": "Spoke & Sprocket Cycles",
    "currency": CURRENCY,
    "locale": "en-GB",
    "greeting": "Hi, welcome to Spoke & Sprocket Cycles in Bristol! Ask me about bikes, kit, your order or our workshop.",
}

# (sku, name, category, price, stock or None (= no stock field), attributes, description)
PRODUCTS = [
    # ---- bikes ----
    ("KST-R500-RED", "Kestrel Road 500", "road bikes", 1249.95, 4,
     {"colour": "red", "frame_sizes": ["52 cm", "54 cm", "56 cm", "58 cm"], "frame_material": "aluminium",
      "fork": "full carbon", "gears": "2x11 Shiftwell", "weight": "9.4 kg"},
     "Endurance road bike with an aluminium frame, carbon fork, hydraulic disc brakes and 22 gears."),
    ("KST-R500-BLK", "Kestrel Road 500", "road bikes", 1249.95, 0,
     {"colour": "black", "frame_sizes": ["52 cm", "54 cm", "56 cm", "58 cm"], "frame_material": "aluminium",
      "fork": "full carbon", "gears": "2x11 Shiftwell", "weight": "9.4 kg"},
     "Endurance road bike with an aluminium frame, carbon fork, hydraulic disc brakes and 22 gears."),
    ("FRN-TRAILX2-GRN", "Fernhill Trail X2", "mountain bikes", 899.50, 6,
     {"colour": "green", "wheel_size": "29 inch", "frame_sizes": ["S", "M", "L", "XL"],
      "suspension": "120 mm air fork", "frame_material": "aluminium"},
     "Hardtail trail bike with 29 inch wheels, a 120 mm air fork and a dropper seatpost."),
    ("FRN-TRAILX2-ORG", "Fernhill Trail X2", "mountain bikes", 849.50, 2,
     {"colour": "orange", "wheel_size": "29 inch", "frame_sizes": ["S", "M", "L", "XL"],
      "suspension": "120 mm air fork", "frame_material": "aluminium"},
     "Hardtail trail bike with 29 inch wheels, a 120 mm air fork and a dropper seatpost. Last season's orange paint, reduced."),
    ("MRL-CITY7-CRM", "Merlow City 7", "hybrid bikes", 549.99, 9,
     {"colour": "cream", "gears": "7-speed hub", "frame_sizes": ["S", "M", "L"],
      "includes": ["mudguards", "rear rack", "kickstand"]},
     "Upright town bike with a low-maintenance 7-speed hub, mudguards, rack and kickstand fitted."),
    ("PIP-KIDS16-BLU", "Pippin Kids 16", "kids bikes", 219.95, 11,
     {"colour": "blue", "wheel_size": "16 inch", "age": "4 to 6 years", "weight": "7.2 kg",
      "stabilisers": "included"},
     "Lightweight first pedal bike for ages 4 to 6, with short-reach brake levers and removable stabilisers."),
    ("PIP-BAL12", "Pippin Balance 12", "kids bikes", 89.99, 0,
     {"colour": "red", "wheel_size": "12 inch", "age": "2 to 4 years", "weight": "3.1 kg"},
     "Pedal-free balance bike with puncture-proof foam tyres for toddlers aged 2 to 4."),
    ("VLT-ECOM250", "Voltaire eCommute 250", "electric bikes", 2195.00, 3,
     {"colour": "graphite", "motor": "250 W rear hub", "battery": "500 Wh removable", "range": "up to 100 km",
      "frame_sizes": ["M", "L"]},
     "Electric commuter with a quiet 250 W hub motor, a removable 500 Wh battery, integrated lights and a rear rack."),
    ("BRM-FOLD6", "Bramble Fold 6", "folding bikes", 749.00, None,
     {"colour": "silver", "gears": "6-speed", "wheel_size": "16 inch", "weight": "11.8 kg",
      "folded_size": "58 x 56 x 27 cm"},
     "Compact 6-speed folding bike that folds in about 15 seconds, ideal for trains and small flats."),
    ("PIP-TRAILER2", "Pippin Tandem Child Trailer", "kids bikes", 399.00, 1,
     {"seats": 2, "max_load": "40 kg", "colour": "grey and lime", "converts_to": "stroller"},
     "Two-seat child trailer with suspension, rain cover and a stroller wheel kit."),
    # ---- helmets ----
    ("AER-HALO-WHT", "Aeris Halo MIPS Helmet", "helmets", 79.95, 14,
     {"colour": "white", "sizes": ["S (51-55 cm)", "M (55-59 cm)", "L (59-62 cm)"], "weight": "290 g",
      "safety": "MIPS liner"},
     "Road and commuting helmet with a MIPS liner, 18 vents and a magnetic buckle."),
    ("AER-HALO-BLK", "Aeris Halo MIPS Helmet", "helmets", 79.95, 0,
     {"colour": "black", "sizes": ["S (51-55 cm)", "M (55-59 cm)", "L (59-62 cm)"], "weight": "290 g",
      "safety": "MIPS liner"},
     "Road and commuting helmet with a MIPS liner, 18 vents and a magnetic buckle."),
    ("AER-HALO-MNT", "Aeris Halo MIPS Helmet", "helmets", 79.95, 5,
     {"colour": "mint", "sizes": ["S (51-55 cm)", "M (55-59 cm)", "L (59-62 cm)"], "weight": "290 g",
      "safety": "MIPS liner"},
     "Road and commuting helmet with a MIPS liner, 18 vents and a magnetic buckle."),
    ("AER-SPROUT", "Aeris Sprout Kids Helmet", "helmets", 34.50, 22,
     {"colour": "yellow", "sizes": ["one size, 48-54 cm"], "features": "built-in rear LED"},
     "Children's helmet with a dial fit, pinch-free buckle and a built-in rear LED."),
    ("TRT-DHPRO", "Torrent DH Pro Full-Face Helmet", "helmets", 189.00, 2,
     {"colour": "matt grey", "sizes": ["M", "L"], "material": "fibreglass shell", "weight": "1050 g"},
     "Full-face downhill helmet with a fibreglass shell, removable cheek pads and goggle strap guide."),
    # ---- lights ----
    ("LUM-BEAM800", "Lumacraft Beam 800 Front Light", "lights", 44.99, 17,
     {"output": "800 lumens", "charging": "USB-C", "runtime": "2 hours on high, 20 hours on flash",
      "waterproofing": "IPX6"},
     "Rechargeable front light with a cut-off beam that does not dazzle oncoming traffic."),
    ("LUM-BEAM1500", "Lumacraft Beam 1500 Front Light", "lights", 74.99, 0,
     {"output": "1500 lumens", "charging": "USB-C", "runtime": "1.5 hours on high, 30 hours on flash",
      "waterproofing": "IPX6"},
     "Powerful rechargeable front light for unlit lanes and off-road night rides."),
    ("LUM-GLOWR60", "Lumacraft Glow R60 Rear Light", "lights", 24.50, 31,
     {"output": "60 lumens", "charging": "USB-C", "runtime": "8 hours steady"},
     "Bright rechargeable rear light with a brake-sensing mode."),
    ("LUM-DUO", "Lumacraft Duo Light Set", "lights", 36.00, 12,
     {"output": "300 lumens front, 30 lumens rear", "charging": "USB-C"},
     "Front and rear rechargeable commuter light set."),
    # ---- locks ----
    ("GRD-U16", "Gridlock U16 D-Lock", "locks", 54.95, 8,
     {"shackle": "16 mm hardened steel", "rating": "Sold Secure Gold", "weight": "1.4 kg", "keys": 3},
     "Hardened steel D-lock with a 16 mm shackle and frame bracket."),
    ("GRD-CHAIN10", "Gridlock Chain 10", "locks", 69.00, 0,
     {"length": "110 cm", "links": "10 mm", "rating": "Sold Secure Gold"},
     "10 mm hardened chain with a fabric sleeve and disc padlock."),
    ("GRD-FOLD900", "Gridlock Fold 900", "locks", 84.99, 6,
     {"length": "90 cm", "rating": "Sold Secure Silver", "weight": "1.1 kg"},
     "Folding plate lock that packs into a frame-mounted holster."),
    ("GRD-COIL180", "Gridlock Coil Cable 180", "locks", 14.99, None,
     {"length": "180 cm", "locking": "4-digit combination"},
     "Long coiled cable for securing wheels and saddles alongside a main lock."),
    # ---- tyres and tubes ----
    ("VEL-STR-28", "Velarra Strada 700x28c Tyre", "tyres", 38.95, 40,
     {"width": "28 mm", "bead": "folding", "tubeless_ready": "yes", "colour": "black with tan sidewall"},
     "Fast, puncture-resistant road tyre, tubeless ready."),
    ("VEL-STR-32", "Velarra Strada 700x32c Tyre", "tyres", 39.95, 18,
     {"width": "32 mm", "bead": "folding", "tubeless_ready": "yes", "colour": "black with tan sidewall"},
     "Wider version of the Strada for rough roads and light gravel."),
    ("VEL-GRIT-29", "Velarra Grit 29x2.4 MTB Tyre", "tyres", 51.50, 7,
     {"width": "2.4 inch", "bead": "folding", "tubeless_ready": "yes", "compound": "dual"},
     "Aggressive trail tyre with a dual compound and reinforced casing."),
    ("VEL-TUBE-700", "Velarra Inner Tube 700c Presta", "tyres", 6.49, 120,
     {"fits": "700x25-32c", "valve": "Presta 48 mm"},
     "Butyl inner tube for road and hybrid tyres."),
    ("VEL-TUBE-29", "Velarra Inner Tube 29er Schrader", "tyres", 7.25, 0,
     {"fits": "29x2.1-2.5", "valve": "Schrader"},
     "Butyl inner tube for 29 inch mountain bike tyres."),
    # ---- pumps ----
    ("BLS-TRACK200", "Blastair Track 200 Floor Pump", "pumps", 39.99, 13,
     {"max_pressure": "160 psi", "gauge": "analogue, top-mounted", "valves": ["Presta", "Schrader"]},
     "Steel-barrel track pump with a large gauge and a dual valve head."),
    ("BLS-MINIX", "Blastair Mini X Hand Pump", "pumps", 22.95, 25,
     {"max_pressure": "100 psi", "length": "18 cm", "weight": "95 g"},
     "Pocket-sized alloy hand pump with a frame mount."),
    ("BLS-CO2KIT", "Blastair CO2 Inflator Kit", "pumps", 18.50, 0,
     {"includes": "inflator head and 2 x 16 g cartridges"},
     "Controllable CO2 inflator for quick roadside repairs."),
    # ---- tools and care ----
    ("WRN-MULTI19", "Wrenchly Multi 19 Multi-Tool", "tools", 29.95, 16,
     {"functions": 19, "chain_breaker": "yes", "material": "chrome vanadium steel"},
     "19-function folding tool with hex keys, Torx T25 and a chain breaker."),
    ("WRN-TORQUE5", "Wrenchly Torque 5 Torque Wrench", "tools", 64.00, 4,
     {"range": "2-14 Nm", "bits": 8},
     "Click-type torque wrench for carbon parts, with 8 bits in a case."),
    ("WRN-STANDPRO", "Wrenchly Pro Workstand", "tools", 119.99, 3,
     {"max_load": "30 kg", "height": "100-160 cm adjustable"},
     "Folding home workstand with a rotating clamp."),
    ("SLK-DRY120", "Slickchain Dry Lube 120 ml", "maintenance", 8.99, 55,
     {"capacity": "120 ml", "conditions": "dry"},
     "Wax-based chain lube that stays clean in dry weather."),
    ("SLK-WET120", "Slickchain Wet Lube 120 ml", "maintenance", 8.99, 41,
     {"capacity": "120 ml", "conditions": "wet"},
     "Long-lasting chain lube for rain and winter riding."),
    ("SLK-WASH1L", "Slickchain Bike Wash 1 L", "maintenance", 12.49, 0,
     {"capacity": "1 litre", "biodegradable": "yes"},
     "Biodegradable spray-on bike cleaner."),
    # ---- bags and racks ----
    ("TRV-P20-GRY", "Travois 20 Pannier", "bags", 64.95, 9,
     {"colour": "grey", "capacity": "20 litres", "waterproofing": "roll-top, IP64"},
     "Waterproof roll-top pannier with quick-release rack hooks. Sold singly."),
    ("TRV-P20-YEL", "Travois 20 Pannier", "bags", 64.95, 13,
     {"colour": "yellow", "capacity": "20 litres", "waterproofing": "roll-top, IP64"},
     "Waterproof roll-top pannier with quick-release rack hooks. Sold singly."),
    ("TRV-SADDLE12", "Travois Saddle Pack 1.2 L", "bags", 19.99, 27,
     {"capacity": "1.2 litres", "colour": "black"},
     "Small under-saddle bag for a tube, levers and a multi-tool."),
    ("TRV-FRAME4", "Travois Frame Bag 4 L", "bags", 42.00, None,
     {"capacity": "4 litres", "colour": "black"},
     "Full-length frame bag for bikepacking."),
    ("HLD-RACK-AL", "Holdfast Alloy Rear Rack", "racks", 34.95, 10,
     {"max_load": "25 kg", "material": "aluminium", "fits": "26 inch to 29 inch and 700c wheels"},
     "Lightweight pannier rack for bikes with rack mounts."),
    ("HLD-TOW3", "Holdfast Tow 3 Car Bike Rack", "racks", 349.00, 2,
     {"bikes": 3, "mounting": "towbar", "max_load": "60 kg", "tilt": "yes"},
     "Tilting towbar rack for three bikes, with lighting board and locks."),
    ("HLD-MUDSET", "Holdfast Clip Mudguard Set 700c", "racks", 27.95, 9,
     {"fits": "700c up to 32 mm tyres", "material": "polycarbonate"},
     "Clip-on front and rear mudguards for road bikes without eyelets."),
    # ---- computers ----
    ("PCW-NAV530", "Pacewise Nav 530 GPS Computer", "computers", 229.99, 6,
     {"screen": "2.7 inch colour", "battery": "20 hours", "maps": "UK and Europe preloaded"},
     "Navigation bike computer with turn-by-turn directions and Bluetooth sensors."),
    ("PCW-MINI10", "Pacewise Mini 10 Wireless Computer", "computers", 27.50, 19,
     {"functions": 10, "battery": "CR2032 coin cell"},
     "Simple wireless computer showing speed, distance and time."),
    ("PCW-HRSTRAP", "Pacewise Heart Rate Strap", "computers", 49.00, 0,
     {"connectivity": "Bluetooth and ANT+"},
     "Chest heart-rate strap that pairs with phones and bike computers."),
    # ---- clothing ----
    ("CDZ-GELMITT", "Cadenza Gel Mitts", "clothing", 21.95, 24,
     {"colour": "black", "sizes": ["S", "M", "L", "XL"], "material": "synthetic leather palm, mesh back"},
     "Short-finger summer gloves with gel palm pads."),
    ("CDZ-THERMAL", "Cadenza Thermal Winter Gloves", "clothing", 36.50, 28,
     {"colour": "black", "sizes": ["S", "M", "L", "XL"], "material": "windproof softshell"},
     "Full-finger winter gloves with touchscreen fingertips."),
    ("CDZ-BIB-ENDURO", "Cadenza Enduro Bib Shorts", "clothing", 89.95, 7,
     {"colour": "black", "sizes": ["S", "M", "L", "XL", "XXL"], "material": "polyamide and elastane",
      "pad": "Endurance 3D chamois"},
     "Long-distance bib shorts with a 3D chamois and mesh braces."),
    ("CDZ-BREEZE-NAV", "Cadenza Breeze Short-Sleeve Jersey", "clothing", 54.00, 12,
     {"colour": "navy", "sizes": ["XS", "S", "M", "L", "XL", "XXL"], "material": "recycled polyester"},
     "Lightweight summer jersey with three rear pockets."),
    ("CDZ-BREEZE-CRL", "Cadenza Breeze Short-Sleeve Jersey", "clothing", 49.00, 4,
     {"colour": "coral", "sizes": ["XS", "S", "M", "L", "XL", "XXL"], "material": "recycled polyester"},
     "Lightweight summer jersey with three rear pockets."),
    ("CDZ-MERINO3", "Cadenza Merino Socks 3-Pack", "clothing", 24.00, 30,
     {"material": "60% merino wool", "sizes": ["S (36-39)", "M (40-43)", "L (44-47)"]},
     "Three pairs of mid-height merino cycling socks."),
    ("CDZ-OVERSHOE", "Cadenza Neoprene Overshoes", "clothing", 32.95, None,
     {"material": "3 mm neoprene", "sizes": ["S", "M", "L", "XL"]},
     "Warm neoprene covers for road shoes in winter."),
    # ---- components ----
    ("SHW-CHAIN11", "Shiftwell 11-Speed Chain", "components", 27.99, 21,
     {"speeds": 11, "links": 116, "quick_link": "included"},
     "Nickel-plated 11-speed chain with a reusable quick link."),
    ("SHW-CASS1132", "Shiftwell 11-32 Cassette", "components", 64.50, 5,
     {"speeds": 11, "range": "11-32T"},
     "11-speed road cassette with a wide 11-32 tooth range."),
    ("SHW-FLATGRIP", "Shiftwell Grip Flat Pedals", "components", 39.00, 15,
     {"material": "aluminium alloy body", "pins": "10 per side", "colour": "black"},
     "Wide flat pedals with replaceable pins."),
    ("SHW-CLIPPRO", "Shiftwell Clip Pro Pedals", "components", 79.99, 8,
     {"system": "SPD-compatible two-bolt", "cleats": "included", "weight": "340 g per pair"},
     "Double-sided clipless pedals for mountain and touring bikes."),
    ("SHW-ERGO", "Shiftwell Ergo Grips", "components", 19.50, 18,
     {"material": "rubber", "clamp": "single lock-on"},
     "Wing-shaped ergonomic grips that ease hand pressure."),
    ("PCH-COMFORT", "Perch Comfort Gel Saddle", "saddles", 34.99, 33,
     {"width": "165 mm", "rails": "steel", "padding": "gel"},
     "Wide padded saddle for upright and leisure riding."),
    ("PCH-RACE143", "Perch Race 143 Saddle", "saddles", 119.00, 3,
     {"width": "143 mm", "rails": "carbon", "weight": "185 g"},
     "Short-nose performance saddle with carbon rails and a pressure-relief channel."),
    ("DNG-BRASS", "Dingle Brass Bell", "accessories", 12.95, 26,
     {"material": "brass", "fits": "22.2-31.8 mm bars"},
     "Classic loud-ringing brass bell."),
]

FAQ = [
    ("returns", "What is your returns policy?",
     "You have 45 days from delivery to return unused items in their original packaging. Bikes must be unridden and "
     "returned with all parts and manuals. Start a return from your account and we email a prepaid returns label; "
     "£4.50 is taken off your refund for the label unless the item is faulty. Returns dropped at our Bristol shop are free."),
    ("refunds", "When will I get my refund?",
     "Once your return reaches us we check it and process the refund within 5 working days. Card refunds then take "
     "3 to 5 banking days to show on your statement; PayPal refunds usually appear within 24 hours."),
    ("delivery", "How long does delivery take and what does it cost?",
     "UK standard delivery (Royal Mail or Evri) takes 3 to 5 working days and costs £4.95, free on orders over £60. "
     "Express next-working-day delivery by DPD costs £8.95 if you order before 2pm Monday to Friday. "
     "Highlands, islands and Northern Ireland add 1 to 2 days."),
    ("bike-delivery", "How are bikes delivered?",
     "Bikes are sent by our specialist courier Pedalpost in a reinforced box, 90% assembled: you fit the pedals and "
     "straighten the handlebar, and tools are included. Bike delivery costs £19.99 and is free on bikes over £750. "
     "Allow 3 to 7 working days."),
    ("international", "Do you ship outside the UK?",
     "We ship accessories, parts and clothing to the EU, Norway and Switzerland with DHL Express in 4 to 8 working days, "
     "from £14.95 per order. Bikes and e-bike batteries can only be delivered within the UK. Any import duties or local "
     "taxes are paid by the customer on arrival."),
    ("payment", "Which payment methods do you accept?",
     "We accept Visa, Mastercard, American Express, Maestro, PayPal, Apple Pay and Google Pay. We do not accept cheques, "
     "and cash is only taken in the Bristol shop."),
    ("instalments", "Can I pay in instalments?",
     "Klarna lets you split orders between £50 and £1,500 into 3 interest-free monthly payments. For bikes over £400 we "
     "also offer 0% finance over 12 months through V12 Retail Finance, subject to a credit check."),
    ("warranty", "What warranty do you give?",
     "Everything we sell carries a 2 year warranty against manufacturing faults. Kestrel, Fernhill and Merlow bike frames "
     "have a lifetime frame warranty for the original owner. E-bike batteries are covered for 2 years or 500 full charge "
     "cycles, whichever comes first. Wear parts such as tyres, chains and brake pads are not covered."),
    ("gift-cards", "Do you sell gift cards?",
     "Yes: e-gift cards from £10 to £250, emailed within 1 hour of purchase, and valid for 24 months. They can be spent "
     "online or in the shop, including on workshop services, but cannot be exchanged for cash."),
    ("click-collect", "Can I collect my order from the shop?",
     "Yes, choose Click & Collect at checkout to pick up free from our shop at 14 Gloucester Road, Bristol. In-stock "
     "items are ready within 2 hours during opening hours; bikes are ready in 48 hours after our pre-ride inspection. "
     "We hold collections for 7 days, and you need your order email and photo ID."),
    ("contact", "What are your opening hours and how do I contact you?",
     "The shop and phone line are open Monday to Saturday 9am to 6pm and Sunday 10am to 4pm. Call us on 0117 496 0321 or "
     "email hello@spokeandsprocket.co.uk; we answer emails within 1 working day."),
    ("order-changes", "Can I change or cancel my order?",
     "You can change or cancel an order yourself within 60 minutes of placing it from the Orders page of your account. "
     "After that, call us on 0117 496 0321 and we will try to stop it before dispatch; once it has shipped, please "
     "return it instead."),
    ("damaged", "My order arrived damaged, what do I do?",
     "Please tell us within 72 hours of delivery and send photos of the item and the box. We will send a free replacement "
     "or refund you in full, and arrange a free collection. Keep the packaging until the claim is closed."),
    ("price-match", "Do you price match?",
     "Yes. If you find the same item in stock for less at another UK retailer within 14 days of buying from us, we refund "
     "the difference. Marketplace sellers, clearance sales and membership-only prices are excluded."),
    ("loyalty", "Do you have a loyalty scheme?",
     "Join Spoke Points for free: you earn 1 point for every £1 spent online, in store or in the workshop, and every "
     "100 points can be swapped for £5 off. Points expire after 12 months without a purchase."),
    ("servicing", "Do you service bikes?",
     "Our Bristol workshop offers a Bronze service for £49, Silver for £89 and Gold (full strip-down) for £149, plus "
     "puncture repairs from £12. Book online; most services are done within 3 working days."),
    ("cycle-to-work", "Do you take Cycle to Work vouchers?",
     "Yes, we accept Cyclescheme and Bike2Work certificates on bikes and safety equipment up to £2,500. Send us the "
     "certificate code and we will arrange Click & Collect or delivery once it is redeemed, which usually takes 2 working days."),
    ("new-bike-check", "Is there a free check after buying a bike?",
     "Every bike bought from us gets a free safety check within 6 weeks, when cables have bedded in: we re-tension the "
     "gears and brakes and check every bolt. Book it online or just pop in."),
]

ORDERS = [
    {"order_id": "SPK-30417", "email": "amy.chen@example.co.uk", "postcode": "BS6 7QR", "placed": "2026-01-08",
     "status": "delivered", "carrier": "Royal Mail", "items": [{"sku": "LUM-DUO", "qty": 1}, {"sku": "GRD-U16", "qty": 1}]},
    {"order_id": "SPK-30588", "email": "tom.okafor@example.com", "postcode": "M14 5JP", "placed": "2026-01-19",
     "status": "returned", "carrier": "DPD", "items": [{"sku": "CDZ-BIB-ENDURO", "qty": 1}]},
    {"order_id": "SPK-31022", "email": "priya.nair@example.org", "postcode": "EH9 1AB", "placed": "2026-02-03",
     "status": "delivered", "carrier": "DPD", "items": [{"sku": "BLS-TRACK200", "qty": 1}, {"sku": "SLK-DRY120", "qty": 2}]},
    {"order_id": "SPK-31260", "email": "j.whitfield@example.net", "postcode": "CF10 3NQ", "placed": "2026-02-14",
     "status": "cancelled", "items": [{"sku": "KST-R500-BLK", "qty": 1}]},
    {"order_id": "SPK-31745", "email": "maria.rossi@example.it", "postcode": "20121", "placed": "2026-03-05",
     "status": "shipped", "carrier": "DHL Express", "eta": "2026-03-12", "items": [{"sku": "PCW-NAV530", "qty": 1}]},
    {"order_id": "SPK-32011", "email": "dave.brennan@example.co.uk", "postcode": "LS6 2HD", "placed": "2026-03-02",
     "status": "shipped", "carrier": "Pedalpost", "eta": "2026-03-09", "items": [{"sku": "FRN-TRAILX2-GRN", "qty": 1}]},
    {"order_id": "SPK-32390", "email": "sam.patel@example.com", "postcode": "BS3 4EF", "placed": "2026-03-15",
     "status": "processing", "items": [{"sku": "AER-HALO-MNT", "qty": 1}, {"sku": "LUM-GLOWR60", "qty": 1}]},
    {"order_id": "SPK-32544", "email": "lucy.hart@example.co.uk", "postcode": "OX4 1RE", "placed": "2026-03-18",
     "status": "processing", "items": [{"sku": "PIP-KIDS16-BLU", "qty": 1}, {"sku": "AER-SPROUT", "qty": 1}]},
    {"order_id": "SPK-32876", "email": "ben.ford@example.com", "postcode": "NE1 7RU", "placed": "2026-03-21",
     "status": "shipped", "carrier": "Evri", "eta": "2026-03-26", "items": [{"sku": "CDZ-MERINO3", "qty": 2}]},
    {"order_id": "SPK-33104", "email": "hana.kowalski@example.org", "postcode": "GL50 1QA", "placed": "2026-03-24",
     "status": "shipped", "carrier": "Royal Mail", "eta": "2026-03-27",
     "items": [{"sku": "VEL-STR-28", "qty": 2}, {"sku": "VEL-TUBE-700", "qty": 2}]},
    {"order_id": "SPK-33459", "email": "owen.jones@example.co.uk", "postcode": "SW11 4NB", "placed": "2026-04-01",
     "status": "delivered", "carrier": "DPD", "items": [{"sku": "TRV-P20-YEL", "qty": 2}]},
    {"order_id": "SPK-33512", "email": "eve.marsh@example.com", "postcode": "BA1 2QH", "placed": "2026-04-03",
     "status": "returned", "carrier": "Royal Mail", "items": [{"sku": "CDZ-BREEZE-CRL", "qty": 1}]},
]

COLOURS = {
    "red": (200, 40, 40), "black": (30, 30, 30), "green": (40, 150, 70), "orange": (240, 130, 30),
    "cream": (240, 230, 200), "blue": (40, 90, 200), "graphite": (70, 72, 78), "silver": (190, 190, 195),
    "white": (245, 245, 245), "mint": (150, 230, 200), "yellow": (245, 210, 40), "matt grey": (110, 110, 110),
    "grey": (130, 130, 135), "navy": (25, 35, 90), "coral": (250, 120, 100),
}


def colour_for(p):
    c = p[5].get("colour")
    if c in COLOURS:
        return COLOURS[c]
    h = zlib.crc32(p[0].encode())
    return (60 + h % 160, 60 + (h >> 8) % 160, 60 + (h >> 16) % 160)


def draw_image(p, path):
    sku, name, cat = p[0], p[1], p[2]
    col = colour_for(p)
    im = Image.new("RGB", (256, 256), (236, 240, 244))
    d = ImageDraw.Draw(im)
    if "bike" in cat:
        d.ellipse((20, 130, 110, 220), outline=(20, 20, 20), width=6)
        d.ellipse((146, 130, 236, 220), outline=(20, 20, 20), width=6)
        d.line((65, 175, 115, 110, 180, 110, 191, 175), fill=col, width=8)
        d.line((65, 175, 130, 175, 115, 110), fill=col, width=8)
        d.line((130, 175, 180, 110), fill=col, width=8)
    elif cat == "helmets":
        d.pieslice((40, 60, 216, 230), 180, 360, fill=col, outline=(20, 20, 20), width=3)
        d.rectangle((40, 142, 216, 150), fill=(20, 20, 20))
    elif cat == "lights":
        d.rounded_rectangle((50, 100, 150, 160), radius=14, fill=col)
        d.polygon([(150, 105), (230, 70), (230, 190), (150, 155)], fill=(255, 240, 150))
    elif cat in ("tyres",):
        d.ellipse((30, 30, 226, 226), outline=(25, 25, 25), width=22)
        d.ellipse((70, 70, 186, 186), outline=col, width=4)
    else:
        d.rounded_rectangle((48, 48, 208, 208), radius=24, fill=col, outline=(20, 20, 20), width=3)
    d.text((10, 8), name[:34], fill=(10, 10, 10))
    d.text((10, 236), sku, fill=(60, 60, 60))
    im.save(path)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python make_store.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "images"), exist_ok=True)
    skus = set()
    with open(os.path.join(out, "catalog.jsonl"), "w", encoding="utf-8") as f:
        for p in PRODUCTS:
            sku, name, cat, price, stock, attrs, desc = p
            assert sku not in skus, sku
            skus.add(sku)
            img = "images/%s.png" % sku.lower()
            draw_image(p, os.path.join(out, img))
            rec = {"sku": sku, "name": name, "description": desc, "category": cat,
                   "price": price, "currency": CURRENCY}
            if stock is not None:
                rec["stock"] = stock
            rec["attributes"] = attrs
            rec["images"] = [img]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "faq.jsonl"), "w", encoding="utf-8") as f:
        for fid, q, a in FAQ:
            f.write(json.dumps({"id": fid, "question": q, "answer": a}, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "orders.jsonl"), "w", encoding="utf-8") as f:
        for o in ORDERS:
            for it in o["items"]:
                assert it["sku"] in skus, it["sku"]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "store.json"), "w", encoding="utf-8") as f:
        json.dump(STORE, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d products, %d faq entries, %d orders to %s" % (len(PRODUCTS), len(FAQ), len(ORDERS), out))


if __name__ == "__main__":
    main()
