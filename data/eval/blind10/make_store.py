#!/usr/bin/env python3
"""Build the blind10 test store: Harbourside Music, an invented music shop in Nelson, NZ.

Usage: python3 data/eval/blind10/make_store.py OUT_DIR

Writes STORE.md format v1 (catalog.jsonl, faq.jsonl, orders.jsonl, images/, store.json).
Deterministic: the same bytes on every run and on every machine. Python stdlib only
(images are drawn on a small in-memory canvas and written as palette PNGs with stored
deflate blocks, so the bytes do not depend on the zlib build or on Pillow's version).
"""
import hashlib
import json
import os
import struct
import sys
import zlib

CURRENCY = "NZD"

STORE = {
    "name": "Harbourside Music",
    "currency": "NZD",
    "locale": "en-NZ",
    "greeting": "Kia ora, welcome to Harbourside Music in Nelson! Ask me about strings, sticks, "
                "ukes, violins and more, about your order, or about shipping and returns.",
}

# (sku, name, category, price, stock or None for no stock field, label for the image,
#  description, attributes)
P = []


def add(sku, name, category, price, stock, label, description, attributes):
    P.append((sku, name, category, price, stock, label, description, attributes))


# ---- guitar strings (Kauri Strings) ----
for sku, gauge, gname, price, stock in [
        ("KS-PB1047", "10-47", "Extra Light", 18.90, 34),
        ("KS-PB1253", "12-53", "Light", 18.90, 41),
        ("KS-PB1356", "13-56", "Medium", 19.90, 0)]:
    add(sku, f"Kauri Phosphor Bronze Acoustic Guitar Strings {gauge} {gname}", "guitar strings",
        price, stock, gauge,
        f"Warm, bright phosphor bronze wound set for steel-string acoustic guitars, {gname.lower()} gauge. "
        "Sealed in an anti-tarnish pouch.",
        {"brand": "Kauri Strings", "gauge": gauge, "gauge_name": gname.lower(),
         "material": "phosphor bronze", "strings": 6, "for": "steel-string acoustic guitar"})
for sku, gauge, gname, price, stock in [
        ("KS-NI0942", "09-42", "Super Light", 15.90, 52),
        ("KS-NI1046", "10-46", "Regular Light", 15.90, 47),
        ("KS-NI1152", "11-52", "Medium", 16.90, 9)]:
    add(sku, f"Kauri Nickel Electric Guitar Strings {gauge} {gname}", "guitar strings",
        price, stock, gauge,
        f"Nickel-plated steel roundwound set for electric guitar, {gname.lower()} gauge, "
        "with a balanced, punchy tone.",
        {"brand": "Kauri Strings", "gauge": gauge, "gauge_name": gname.lower(),
         "material": "nickel-plated steel", "strings": 6, "for": "electric guitar"})
add("KS-CL-NT", "Kauri Classical Guitar Strings Normal Tension", "guitar strings", 17.50, 22, "NT",
    "Clear nylon trebles with silver-plated wound basses for classical and flamenco guitar. "
    "Tie-end, normal tension.",
    {"brand": "Kauri Strings", "tension": "normal", "material": "clear nylon trebles, silver-plated basses",
     "strings": 6, "for": "classical guitar"})
add("KS-CL-HT", "Kauri Classical Guitar Strings High Tension", "guitar strings", 17.50, None, "HT",
    "Clear nylon trebles with silver-plated wound basses for classical guitar. Tie-end, high tension "
    "for extra projection.",
    {"brand": "Kauri Strings", "tension": "high", "material": "clear nylon trebles, silver-plated basses",
     "strings": 6, "for": "classical guitar"})

# ---- picks (Fernline) ----
for sku, thick, price, stock, colour in [
        ("FL-GRIP-060", "0.60mm", 7.90, 60, "orange"),
        ("FL-GRIP-073", "0.73mm", 7.90, 0, "yellow"),
        ("FL-GRIP-088", "0.88mm", 8.20, 38, "green"),
        ("FL-GRIP-100", "1.00mm", 8.50, 25, "blue")]:
    add(sku, f"Fernline Grip Nylon Picks {thick} (12 pack)", "picks", price, stock, thick[:-2].lstrip("0"),
        f"Standard-shape nylon picks with a matte textured grip, {thick} thick, colour coded {colour}.",
        {"brand": "Fernline", "thickness": thick, "material": "nylon", "shape": "standard",
         "pack_size": 12, "colour": colour})
for sku, grade, thick, price, stock in [
        ("FL-CEL-THIN", "Thin", "0.46mm", 6.50, 19),
        ("FL-CEL-MED", "Medium", "0.71mm", 6.50, 27),
        ("FL-CEL-HVY", "Heavy", "0.96mm", 6.90, 12)]:
    add(sku, f"Fernline Celluloid Picks {grade} {thick} (12 pack)", "picks", price, stock, thick[:-2].lstrip("0"),
        f"Classic tortoise-shell celluloid picks, {grade.lower()} ({thick}), with a smooth vintage feel.",
        {"brand": "Fernline", "thickness": thick, "material": "celluloid", "shape": "standard",
         "pack_size": 12, "colour": "tortoise shell"})

# ---- guitar accessories (capos, straps, tuners) ----
add("FL-CAPO-BLK", "Fernline Trigger Capo - Black", "guitar accessories", 24.90, 15, "CAPO",
    "Spring-loaded one-hand trigger capo with a silicone pad. Clips onto the headstock when not in use.",
    {"brand": "Fernline", "type": "trigger capo", "finish": "black",
     "fits": "6-string acoustic and electric guitars", "material": "aluminium alloy"})
add("FL-CAPO-SLV", "Fernline Trigger Capo - Silver", "guitar accessories", 26.90, 4, "CAPO",
    "Spring-loaded one-hand trigger capo with a silicone pad, in a brushed silver finish.",
    {"brand": "Fernline", "type": "trigger capo", "finish": "brushed silver",
     "fits": "6-string acoustic and electric guitars", "material": "aluminium alloy"})
add("FL-CAPO-CLS", "Fernline Classical Guitar Capo", "guitar accessories", 22.90, 0, "CAPO",
    "Trigger capo with a flat pad for the flat, wide fretboard of classical guitars.",
    {"brand": "Fernline", "type": "trigger capo", "finish": "black",
     "fits": "classical guitars (flat fretboard)", "material": "aluminium alloy"})
add("FL-STRAP-CTN", "Fernline Cotton Guitar Strap - Black", "guitar accessories", 19.90, 30, "STRAP",
    "Soft 5cm cotton webbing strap with leather ends. Fits acoustic, electric and bass guitars.",
    {"brand": "Fernline", "material": "cotton", "width": "5cm", "length": "adjustable 95-150cm",
     "colour": "black"})
add("FL-STRAP-LTH", "Fernline Leather Guitar Strap - Tan", "guitar accessories", 59.00, 6, "STRAP",
    "Full-grain leather strap, 6.5cm wide with a padded shoulder, hand-finished in tan.",
    {"brand": "Fernline", "material": "full-grain leather", "width": "6.5cm",
     "length": "adjustable 100-140cm", "colour": "tan"})
add("FL-STRAP-KWH", "Fernline Woven Guitar Strap - Kowhai Pattern", "guitar accessories", 34.90, 11, "STRAP",
    "Woven polyester strap with a yellow kowhai flower pattern and leather ends.",
    {"brand": "Fernline", "material": "woven polyester", "width": "5cm", "length": "adjustable 95-150cm",
     "colour": "yellow and green (kowhai pattern)"})
add("PW-CT1", "Pitchwise CT-1 Clip-on Tuner", "guitar accessories", 19.90, 44, "CT-1",
    "Clip-on chromatic tuner with a bright colour display. Works for guitar, bass, ukulele and violin.",
    {"brand": "Pitchwise", "type": "clip-on tuner", "modes": "chromatic, guitar, bass, ukulele, violin",
     "power": "CR2032 battery (included)", "calibration": "430-450Hz"})
add("PW-PT5", "Pitchwise PT-5 Chromatic Pedal Tuner", "guitar accessories", 79.00, 7, "PT-5",
    "Stomp-box pedal tuner with true bypass and a strobe mode, in a metal case.",
    {"brand": "Pitchwise", "type": "pedal tuner", "modes": "chromatic, strobe",
     "power": "9V battery or 9V DC adaptor", "bypass": "true bypass"})
add("PW-MT3", "Pitchwise MT-3 Metronome Tuner", "guitar accessories", 39.90, 0, "MT-3",
    "Desktop tuner and metronome in one, with a built-in speaker and a pickup mic input.",
    {"brand": "Pitchwise", "type": "metronome tuner", "modes": "chromatic tuner, metronome 30-250 bpm",
     "power": "2 x AAA batteries"})

# ---- cables (Tasman Audio) ----
add("TA-INS-3M", "Tasman Audio Instrument Cable 3m (10ft)", "cables", 24.90, 28, "3M",
    "Low-noise guitar lead with braided shielding and straight 6.35mm (1/4 inch) jacks at both ends.",
    {"brand": "Tasman Audio", "length": "3m (10ft)", "connectors": "straight to straight 6.35mm jack",
     "shielding": "braided copper"})
add("TA-INS-6M", "Tasman Audio Instrument Cable 6m (20ft)", "cables", 32.90, 17, "6M",
    "Low-noise guitar lead with braided shielding and straight 6.35mm (1/4 inch) jacks at both ends.",
    {"brand": "Tasman Audio", "length": "6m (20ft)", "connectors": "straight to straight 6.35mm jack",
     "shielding": "braided copper"})
add("TA-INS-6M-RA", "Tasman Audio Instrument Cable 6m (20ft) Right-Angle", "cables", 36.90, 0, "6M",
    "Low-noise guitar lead with one straight and one right-angle 6.35mm jack, handy for pedalboards.",
    {"brand": "Tasman Audio", "length": "6m (20ft)", "connectors": "straight to right-angle 6.35mm jack",
     "shielding": "braided copper"})
add("TA-XLR-5M", "Tasman Audio XLR Microphone Cable 5m", "cables", 29.90, 21, "5M",
    "Balanced XLR female to XLR male microphone cable with metal connectors.",
    {"brand": "Tasman Audio", "length": "5m", "connectors": "XLR female to XLR male",
     "shielding": "spiral copper"})
add("TA-XLR-10M", "Tasman Audio XLR Microphone Cable 10m", "cables", 39.90, None, "10M",
    "Balanced XLR female to XLR male microphone cable with metal connectors, for stage runs.",
    {"brand": "Tasman Audio", "length": "10m", "connectors": "XLR female to XLR male",
     "shielding": "spiral copper"})

# ---- drumsticks (Pukeko Percussion) ----
DIAM = {"7A": "13.7mm", "5A": "14.4mm", "5B": "15.1mm"}
for size, tip, price, stock in [
        ("7A", "wood", 21.90, 40), ("7A", "nylon", 23.90, 18),
        ("5A", "wood", 21.90, 55), ("5A", "nylon", 23.90, 0),
        ("5B", "wood", 22.50, 26), ("5B", "nylon", 24.50, 8)]:
    sku = f"PK-{size}-{tip[0].upper()}"
    add(sku, f"Pukeko Hickory Drumsticks {size} {tip.capitalize()} Tip", "drumsticks", price, stock,
        f"{size} {tip[0].upper()}",
        f"One pair of American hickory {size} sticks with a {tip} acorn tip. "
        + ("Nylon tips give a brighter cymbal sound and last longer." if tip == "nylon"
           else "Classic warm wood-tip sound."),
        {"brand": "Pukeko Percussion", "size": size, "tip": tip, "wood": "hickory",
         "length": "406mm", "diameter": DIAM[size], "pairs": 1})

# ---- drum heads (Pukeko Percussion) ----
for d, price, stock in [("12", 29.90, 14), ("13", 31.90, 3), ("14", 33.90, 20), ("16", 38.90, 0)]:
    add(f"PK-HD-C{d}", f'Pukeko Coated Batter Drum Head {d}"', "drum heads", price, stock, f'{d}"',
        f'Single-ply 10mil coated batter head, {d} inch, for toms and snares. Warm tone with a textured '
        "surface for brushes.",
        {"brand": "Pukeko Percussion", "diameter": f'{d}"', "finish": "coated", "ply": "single-ply 10mil",
         "use": "tom or snare batter"})
for d, price, stock in [("12", 28.90, 6), ("14", 32.90, 0)]:
    add(f"PK-HD-K{d}", f'Pukeko Clear Batter Drum Head {d}"', "drum heads", price, stock, f'{d}"',
        f"Single-ply 10mil clear batter head, {d} inch, with a bright, open attack.",
        {"brand": "Pukeko Percussion", "diameter": f'{d}"', "finish": "clear", "ply": "single-ply 10mil",
         "use": "tom or snare batter"})
add("PK-HD-B22", 'Pukeko Bass Drum Head 22" Coated', "drum heads", 79.90, 2, '22"',
    "Two-ply coated bass drum batter head, 22 inch, with a built-in control ring for a punchy kick.",
    {"brand": "Pukeko Percussion", "diameter": '22"', "finish": "coated", "ply": "two-ply 7mil",
     "use": "bass drum batter"})

# ---- ukuleles (Moana Ukuleles) ----
for sku, size, price, stock, scale, frets in [
        ("MU-MAH-SOP", "Soprano", 89.00, 12, '33cm (13")', 12),
        ("MU-MAH-CON", "Concert", 109.00, 7, '38cm (15")', 18),
        ("MU-MAH-TEN", "Tenor", 129.00, 0, '43cm (17")', 18)]:
    add(sku, f"Moana Mahogany Ukulele - {size}", "ukuleles", price, stock, size[:3].upper(),
        f"All-mahogany laminate {size.lower()} ukulele with a warm, sweet voice. Comes with fluorocarbon "
        "strings and a basic gig bag, set up in our workshop before dispatch.",
        {"brand": "Moana Ukuleles", "size": size.lower(), "body": "mahogany laminate",
         "scale_length": scale, "frets": frets, "tuning": "GCEA re-entrant (high G)",
         "includes": "gig bag"})
add("MU-KOA-TEN", "Moana Koa-Top Tenor Ukulele with Pickup", "ukuleles", 279.00, 3, "KOA",
    "Solid koa top tenor ukulele with mahogany back and sides and an under-saddle pickup with "
    "a built-in tuner. Strung low G.",
    {"brand": "Moana Ukuleles", "size": "tenor", "body": "solid koa top, mahogany back and sides",
     "scale_length": '43cm (17")', "frets": 19, "tuning": "GCEA low G", "electronics": "under-saddle pickup",
     "includes": "padded gig bag"})

# ---- violins (Aoraki Strings) ----
for sku, size, price, stock, age, body in [
        ("AO-VN-14", "1/4", 349.00, 4, "approx. 5-7 years", "28cm"),
        ("AO-VN-12", "1/2", 369.00, 0, "approx. 7-9 years", "31cm"),
        ("AO-VN-34", "3/4", 389.00, 5, "approx. 9-12 years", "33cm"),
        ("AO-VN-44", "4/4", 429.00, 8, "12 years to adult", "35.5cm")]:
    size_txt = "4/4 (full size)" if size == "4/4" else size
    add(sku, f"Aoraki Student Violin Outfit {size}", "violins", price, stock, size,
        f"Student violin outfit, size {size_txt}, with a solid spruce top and flamed maple back. "
        "Set up in our workshop with a fitted bridge and fine tuners.",
        {"brand": "Aoraki Strings", "size": size_txt, "suggested_age": age, "body_length": body,
         "top": "solid spruce", "back": "flamed maple", "includes": "case, bow and rosin"})
add("AO-RSN-L", "Aoraki Light Violin Rosin", "violins", 12.90, 33, "RSN",
    "Light amber rosin for violin and viola, low dust with a smooth grip.",
    {"brand": "Aoraki Strings", "type": "light rosin", "for": "violin and viola"})
for sku, size, price, stock in [("AO-STR-44", "4/4", 54.90, 0), ("AO-STR-34", "3/4", 52.90, 7)]:
    add(sku, f"Aoraki Violin String Set {size}", "violins", price, stock, f"S{size}",
        f"Synthetic-core violin string set for {size} violins, with a steel E string.",
        {"brand": "Aoraki Strings", "size": size, "core": "synthetic", "e_string": "steel, ball end"})

# ---- keyboard accessories (Keystone) ----
add("KY-XS1", "Keystone X-Frame Keyboard Stand - Single Brace", "keyboard accessories", 59.00, 13, "X1",
    "Folding single-brace X stand for 61 to 88 key keyboards, with 5 height positions.",
    {"brand": "Keystone", "type": "X-frame single brace", "max_load": "25kg", "height_range": "62-95cm"})
add("KY-XS2", "Keystone X-Frame Keyboard Stand - Double Brace", "keyboard accessories", 89.00, 6, "X2",
    "Heavy-duty double-brace X stand for stage pianos and 88 key keyboards, with 7 height positions.",
    {"brand": "Keystone", "type": "X-frame double brace", "max_load": "40kg", "height_range": "58-98cm"})
add("KY-SP1", "Keystone SP-1 Sustain Pedal (Square Footswitch)", "keyboard accessories", 26.50, 25, "SP-1",
    "Compact square footswitch sustain pedal with a polarity switch, works with most keyboards.",
    {"brand": "Keystone", "style": "square footswitch", "polarity": "switchable",
     "cable": "1.8m with 6.35mm jack"})
add("KY-SP3", "Keystone SP-3 Piano-Style Sustain Pedal", "keyboard accessories", 49.90, 0, "SP-3",
    "Piano-style metal sustain pedal with a rubber non-slip base and a realistic feel.",
    {"brand": "Keystone", "style": "piano-style", "polarity": "switchable",
     "cable": "2m with 6.35mm jack"})
add("KY-BN1", "Keystone Adjustable Keyboard Bench", "keyboard accessories", 99.00, 4, "BENCH",
    "Padded X-frame bench with a quick height adjustment, folds flat for gigs.",
    {"brand": "Keystone", "type": "X-frame bench", "height_range": "48-62cm", "seat": "padded vinyl"})

# ---- microphones (Tasman Audio) ----
add("TA-DM58", "Tasman Audio DM-58 Dynamic Vocal Microphone", "microphones", 119.00, 15, "DM58",
    "Rugged dynamic vocal mic for stage and rehearsal with a steel mesh grille. Mic clip and pouch included.",
    {"brand": "Tasman Audio", "type": "dynamic", "polar_pattern": "cardioid", "connector": "XLR",
     "includes": "mic clip and pouch"})
add("TA-CM100", "Tasman Audio CM-100 Studio Condenser Microphone", "microphones", 229.00, 3, "CM100",
    "Large-diaphragm condenser for vocals and acoustic instruments at home or in the studio. "
    "Needs 48V phantom power.",
    {"brand": "Tasman Audio", "type": "large-diaphragm condenser", "polar_pattern": "cardioid",
     "connector": "XLR", "power": "48V phantom", "includes": "shock mount and pop filter"})
add("TA-USB1", "Tasman Audio Podcaster USB Microphone", "microphones", 169.00, 0, "USB",
    "Plug-and-play USB condenser mic for podcasts, streaming and lessons online, with a headphone output.",
    {"brand": "Tasman Audio", "type": "USB condenser", "polar_pattern": "cardioid", "connector": "USB-C",
     "includes": "desk stand and USB-C cable"})
add("TA-MST-BOOM", "Tasman Audio Boom Microphone Stand", "microphones", 64.90, 9, "BOOM",
    "Tripod mic stand with a telescopic boom arm and a standard 5/8 inch thread.",
    {"brand": "Tasman Audio", "type": "tripod boom stand", "height_range": "95-165cm", "boom": "75cm telescopic"})

# ---- headphones (Tasman Audio) ----
add("TA-HP20", "Tasman Audio HP-20 Closed-Back Studio Headphones", "headphones", 94.90, 18, "HP20",
    "Closed-back over-ear headphones for tracking, practice and electronic drum kits.",
    {"brand": "Tasman Audio", "type": "closed-back over-ear", "impedance": "32 ohms", "driver": "40mm",
     "cable": "3m coiled, detachable"})
add("TA-HP40", "Tasman Audio HP-40 Open-Back Reference Headphones", "headphones", 189.00, 2, "HP40",
    "Open-back reference headphones for mixing, with velour ear pads and a natural, wide sound.",
    {"brand": "Tasman Audio", "type": "open-back over-ear", "impedance": "250 ohms", "driver": "45mm",
     "cable": "3m straight, detachable"})
add("TA-IE1", "Tasman Audio IE-1 In-Ear Monitors", "headphones", 69.90, 0, "IE1",
    "Dual-driver in-ear monitors for stage use, with three sizes of foam and silicone tips.",
    {"brand": "Tasman Audio", "type": "in-ear monitors", "impedance": "16 ohms", "driver": "dual dynamic",
     "cable": "1.2m detachable"})

# ---- music stands (Keystone) ----
add("KY-MS-FOLD", "Keystone Folding Wire Music Stand", "music stands", 24.50, 36, "FOLD",
    "Lightweight folding wire stand that packs down small, with a carry bag.",
    {"brand": "Keystone", "type": "folding wire", "height_range": "50-120cm", "colour": "black",
     "includes": "carry bag"})
add("KY-MS-ORCH", "Keystone Orchestral Music Stand - Black", "music stands", 69.00, 11, "ORCH",
    "Sturdy solid-desk orchestral stand with a friction height clutch, as used in school bands.",
    {"brand": "Keystone", "type": "orchestral solid desk", "height_range": "70-125cm", "colour": "black"})
add("KY-MS-LIGHT", "Keystone Clip-on Music Stand Light", "music stands", 21.50, None, "LIGHT",
    "Clip-on LED stand light with a flexible neck, rechargeable by USB.",
    {"brand": "Keystone", "type": "clip-on LED light", "power": "USB rechargeable", "leds": 9})

# ---- sheet music (Matai Music Press) ----
for sku, inst, grade, price, stock, pages in [
        ("MP-PNO-G1", "Piano", 1, 21.90, 14, 48), ("MP-PNO-G2", "Piano", 2, 23.90, 0, 56),
        ("MP-PNO-G3", "Piano", 3, 25.90, 8, 64), ("MP-GTR-G1", "Guitar", 1, 19.90, 10, 40),
        ("MP-GTR-G2", "Guitar", 2, 20.90, 0, 44)]:
    add(sku, f"{inst} Pathways Grade {grade}", "sheet music", price, stock, f"G{grade}",
        f"Graded {inst.lower()} method book with pieces, technical work and aural practice for grade {grade}, "
        "by New Zealand teachers. Online audio included.",
        {"publisher": "Matai Music Press", "instrument": inst.lower(), "grade": f"Grade {grade}",
         "pages": pages, "includes": "online audio tracks"})

# ---- reeds (Southerly Reeds) ----
for inst, code, label, prices in [("Bb Clarinet", "CL", "clarinet", (36.90, 36.90, 36.90)),
                                  ("Alto Saxophone", "AS", "alto sax", (44.90, 44.90, 46.90))]:
    for strength, price, stock in zip(("2", "2.5", "3"), prices, (24, 31, 15) if code == "CL" else (12, 17, 6)):
        add(f"SR-{code}-{strength.replace('.', '')}{'0' if '.' not in strength else ''}",
            f"Southerly {inst} Reeds Strength {strength} (Box of 10)", "reeds", price, stock, strength,
            f"Cane reeds for {label}, strength {strength}, traditional cut, individually sealed.",
            {"brand": "Southerly Reeds", "instrument": inst.replace("Bb", "B flat").lower(),
             "strength": strength, "count": 10, "cut": "traditional"})


# --------------------------------------------------------------------------------------------
FAQ = [
    ("shipping-nz", "How much is shipping within New Zealand?",
     "Standard NZ-wide shipping with NZ Post is $7.50 per order and usually takes 2-5 working days. "
     "CourierPost overnight is $11.90 to most urban addresses in the North and South Island. Orders over "
     "$150 ship free by standard courier anywhere in New Zealand."),
    ("rural-delivery", "Do you deliver to rural addresses?",
     "Yes. Rural delivery (RD) addresses have a $5.50 rural surcharge, added at checkout, and this applies "
     "even when your order qualifies for free shipping. Please allow an extra 1-2 working days."),
    ("shipping-australia", "Do you ship to Australia or overseas?",
     "We ship to Australia with Aramex for a flat $29.00 per order (parcels up to 5kg), usually 5-10 working "
     "days. The free-shipping offer is for New Zealand addresses only, and any Australian duties or taxes "
     "are charged on delivery. At the moment we don't ship to any other countries."),
    ("returns", "What is your returns policy?",
     "If you change your mind, you can return unused items in their original packaging within 30 days of "
     "delivery for a refund or exchange. Include your order number. Return postage is paid by you unless the "
     "item is faulty. Refunds go back to your original payment method within 5 working days of us receiving "
     "the return."),
    ("hygiene-returns", "Can I return opened strings, reeds or in-ear monitors?",
     "For hygiene reasons we can't accept change-of-mind returns on opened reeds, mouthpieces or in-ear "
     "monitors. Strings can only be returned in their sealed packet. This doesn't affect your rights if "
     "the item is faulty."),
    ("warranty", "What warranty do your products have?",
     "All instruments have a 2 year Harbourside warranty against manufacturing faults, and electronics "
     "(tuners, pedals, microphones, headphones and cables) have 12 months. This is on top of your rights under "
     "the Consumer Guarantees Act. Normal wear such as strings, drum heads and reeds isn't covered."),
    ("damaged-in-transit", "My order arrived damaged. What do I do?",
     "Sorry about that! Please email us within 7 days of delivery with photos of the item and the box. We'll "
     "arrange a free courier pickup and send a replacement or refund you in full."),
    ("setup-service", "Do you set up guitars and ukuleles?",
     "Every guitar and ukulele we sell gets a free basic setup in our workshop before it leaves. For "
     "instruments bought elsewhere, a full setup is $75 for guitars and $45 for ukuleles (strings extra), "
     "usually ready in 3 working days."),
    ("violin-rental", "Can I rent a violin?",
     "Yes, we rent student violins in sizes 1/4, 1/2, 3/4 and 4/4 from $22 per month, with a minimum of 3 "
     "months. Rent-to-own: 100% of the rent paid in the first 12 months comes off the price if you buy the "
     "violin. Swapping up a size as your child grows is free."),
    ("lessons", "Do you offer music lessons?",
     "We teach guitar, ukulele, violin, drums and piano in our Nelson studio. A 30-minute lesson is $38 and "
     "a 10-lesson pass is $350. Your first trial lesson is half price."),
    ("trade-ins", "Do you take trade-ins?",
     "We take trade-ins of guitars, ukuleles, violins, keyboards and amps in good working order. Bring the "
     "instrument in for a free appraisal; trade-ins are paid as store credit only. We can't accept trade-ins "
     "by post."),
    ("gift-cards", "Do you sell gift cards?",
     "Yes, gift cards from $20 to $500, as a physical card in store or an e-gift card by email. They can be "
     "used online and in store and are valid for 3 years from purchase. Gift cards can't be exchanged for cash."),
    ("click-collect", "Can I pick up my order from the store?",
     "Yes, choose Click & Collect at checkout and collect for free from our store at 112 Trafalgar Street, "
     "Nelson. We'll email you when your order is ready, usually within 2 hours during opening hours. Bring "
     "your order number; we hold orders for 14 days."),
    ("afterpay-laybuy", "Do you offer Afterpay or Laybuy?",
     "Yes. Afterpay splits your purchase into 4 fortnightly payments and Laybuy into 6 weekly payments, "
     "interest free, online and in store, on orders from $40 up to $2,000."),
    ("payment-methods", "What payment methods do you accept?",
     "We accept Visa, Mastercard, American Express, PayPal, Afterpay, Laybuy and bank transfer online "
     "(bank transfer orders are held for 3 days), plus EFTPOS and cash in store."),
    ("price-match", "Do you price match?",
     "We'll match a lower advertised price from another New Zealand retailer on an identical new item that "
     "they have in stock. Just show us the ad or link. Price match excludes clearance sales, online "
     "marketplaces like Trade Me, and overseas websites."),
    ("repairs", "Do you do repairs?",
     "Our workshop repairs guitars, ukuleles and violins: restrings, fret work, electronics, cracks, bridges "
     "and sound posts. Quotes are free and most repairs take 5-7 working days. Parts are charged separately."),
    ("contact", "How can I contact you and when are you open?",
     "Call us on 03 548 2291, email hello@harboursidemusic.co.nz, or visit us at 112 Trafalgar Street, "
     "Nelson 7010. Open Monday to Friday 9:30am-5:30pm and Saturday 10am-4pm; closed Sundays and public "
     "holidays."),
    ("order-tracking", "How do I track my order?",
     "Most orders leave us within 1 working day. When your order ships we email you a tracking link from "
     "NZ Post, CourierPost or Aramex, depending on the carrier."),
    ("order-changes", "Can I change or cancel my order?",
     "We can change or cancel an order until it has been dispatched. Call or email us as soon as possible "
     "with your order number. Once it has shipped, you can return it under our returns policy instead."),
    ("gst-invoices", "Do your prices include GST?",
     "Yes, all prices are in New Zealand dollars and include 15% GST. A GST tax invoice is emailed with every "
     "order. Schools can apply for an account with monthly invoicing."),
]

ORDERS = [
    ("HM-20418", "aroha.tane@example.co.nz", "7010", "2026-03-02", "processing", None, None,
     [("AO-VN-34", 1), ("AO-RSN-L", 1)]),
    ("HM-20431", "ben.whitaker@example.com", "6011", "2026-03-03", "processing", None, None,
     [("PK-7A-W", 2), ("PK-HD-C14", 1)]),
    ("HM-20377", "priya.naidu@example.co.nz", "1024", "2026-02-27", "shipped", "NZ Post", "2026-03-05",
     [("MU-MAH-CON", 1), ("PW-CT1", 1)]),
    ("HM-20362", "liam.oconnor@example.com", "8011", "2026-02-26", "shipped", "CourierPost", "2026-03-04",
     [("TA-DM58", 1), ("TA-XLR-5M", 1)]),
    ("HM-20355", "mere.hohaia@example.co.nz", "3204", "2026-02-25", "shipped", "Aramex", "2026-03-06",
     [("KY-XS2", 1), ("KY-SP1", 1)]),
    ("HM-20291", "sophie.tan@example.com", "9016", "2026-02-16", "delivered", "NZ Post", "2026-02-20",
     [("KS-PB1253", 3), ("FL-CAPO-BLK", 1)]),
    ("HM-20288", "jack.muller@example.co.nz", "4410", "2026-02-15", "delivered", "CourierPost", "2026-02-17",
     [("TA-HP20", 1)]),
    ("HM-20240", "hemi.walker@example.co.nz", "7120", "2026-02-09", "delivered", "Aramex", "2026-02-13",
     [("SR-CL-25", 2), ("MP-PNO-G1", 1)]),
    ("HM-20305", "grace.li@example.com", "3110", "2026-02-20", "cancelled", None, None,
     [("MU-KOA-TEN", 1)]),
    ("HM-20196", "tom.fraser@example.co.nz", "9300", "2026-02-03", "cancelled", None, None,
     [("PK-HD-C16", 1), ("PK-5A-N", 2)]),
    ("HM-20150", "olivia.brown@example.com", "4110", "2026-01-28", "returned", "NZ Post", "2026-01-31",
     [("TA-HP40", 1)]),
    ("HM-20122", "nikau.parata@example.co.nz", "5010", "2026-01-22", "returned", "CourierPost", "2026-01-26",
     [("FL-STRAP-LTH", 1), ("FL-GRIP-088", 2)]),
]


# ------------------------------------------------------------------ drawing (stdlib only) ----
W = H = 128
FONT = {  # 3x5 bitmap glyphs, rows top to bottom
    "0": ["111", "101", "101", "101", "111"], "1": ["010", "110", "010", "010", "111"],
    "2": ["111", "001", "111", "100", "111"], "3": ["111", "001", "111", "001", "111"],
    "4": ["101", "101", "111", "001", "001"], "5": ["111", "100", "111", "001", "111"],
    "6": ["111", "100", "111", "101", "111"], "7": ["111", "001", "010", "010", "010"],
    "8": ["111", "101", "111", "101", "111"], "9": ["111", "101", "111", "001", "111"],
    "A": ["010", "101", "111", "101", "101"], "B": ["110", "101", "110", "101", "110"],
    "C": ["011", "100", "100", "100", "011"], "D": ["110", "101", "101", "101", "110"],
    "E": ["111", "100", "110", "100", "111"], "F": ["111", "100", "110", "100", "100"],
    "G": ["011", "100", "101", "101", "011"], "H": ["101", "101", "111", "101", "101"],
    "I": ["111", "010", "010", "010", "111"], "K": ["101", "101", "110", "101", "101"],
    "L": ["100", "100", "100", "100", "111"], "M": ["101", "111", "111", "101", "101"],
    "N": ["110", "101", "101", "101", "101"], "O": ["010", "101", "101", "101", "010"],
    "P": ["110", "101", "110", "100", "100"], "R": ["110", "101", "110", "101", "101"],
    "S": ["011", "100", "010", "001", "110"], "T": ["111", "010", "010", "010", "010"],
    "U": ["101", "101", "101", "101", "111"], "V": ["101", "101", "101", "101", "010"],
    "W": ["101", "101", "111", "111", "101"], "X": ["101", "101", "010", "101", "101"],
    "Y": ["101", "101", "010", "010", "010"], "/": ["001", "001", "010", "100", "100"],
    ".": ["000", "000", "000", "000", "010"], "-": ["000", "000", "111", "000", "000"],
    '"': ["101", "101", "000", "000", "000"], " ": ["000", "000", "000", "000", "000"],
}


class Canvas:
    def __init__(self, bg):
        self.palette = []
        self.px = bytearray([self.col(bg)]) * (W * H)

    def col(self, rgb):
        if rgb not in self.palette:
            self.palette.append(rgb)
        return self.palette.index(rgb)

    def shape(self, inside, bbox, rgb):
        c = self.col(rgb)
        x0, y0, x1, y1 = (max(0, int(bbox[0])), max(0, int(bbox[1])),
                          min(W, int(bbox[2]) + 1), min(H, int(bbox[3]) + 1))
        for y in range(y0, y1):
            for x in range(x0, x1):
                if inside(x + 0.5, y + 0.5):
                    self.px[y * W + x] = c

    def rect(self, x0, y0, x1, y1, rgb):
        self.shape(lambda x, y: x0 <= x < x1 and y0 <= y < y1, (x0, y0, x1, y1), rgb)

    def ellipse(self, cx, cy, rx, ry, rgb):
        self.shape(lambda x, y: ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0,
                   (cx - rx, cy - ry, cx + rx, cy + ry), rgb)

    def line(self, xa, ya, xb, yb, w, rgb):
        dx, dy = xb - xa, yb - ya
        ll = dx * dx + dy * dy

        def inside(x, y):
            t = max(0.0, min(1.0, ((x - xa) * dx + (y - ya) * dy) / ll))
            ex, ey = xa + t * dx - x, ya + t * dy - y
            return ex * ex + ey * ey <= (w / 2.0) ** 2
        self.shape(inside, (min(xa, xb) - w, min(ya, yb) - w, max(xa, xb) + w, max(ya, yb) + w), rgb)

    def poly(self, pts, rgb):
        def inside(x, y):
            res = False
            j = len(pts) - 1
            for i in range(len(pts)):
                xi, yi = pts[i]
                xj, yj = pts[j]
                if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                    res = not res
                j = i
            return res
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        self.shape(inside, (min(xs), min(ys), max(xs), max(ys)), rgb)

    def text(self, s, cx, y, scale, rgb):
        s = s.upper()
        width = len(s) * 4 * scale - scale
        x = cx - width // 2
        for ch in s:
            g = FONT.get(ch, FONT[" "])
            for r, row in enumerate(g):
                for k, bit in enumerate(row):
                    if bit == "1":
                        self.rect(x + k * scale, y + r * scale, x + (k + 1) * scale, y + (r + 1) * scale, rgb)
            x += 4 * scale

    def png(self):
        raw = bytearray()
        for y in range(H):
            raw.append(0)
            raw += self.px[y * W:(y + 1) * W]
        # zlib stream with stored (uncompressed) deflate blocks: identical bytes everywhere
        z = bytearray(b"\x78\x01")
        for i in range(0, len(raw), 65535):
            blk = bytes(raw[i:i + 65535])
            final = 1 if i + 65535 >= len(raw) else 0
            z += struct.pack("<BHH", final, len(blk), 0xFFFF ^ len(blk)) + blk
        z += struct.pack(">I", zlib.adler32(bytes(raw)) & 0xFFFFFFFF)

        def chunk(t, d):
            return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
        plte = b"".join(bytes(c) for c in self.palette)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 3, 0, 0, 0))
                + chunk(b"PLTE", plte) + chunk(b"IDAT", bytes(z)) + chunk(b"IEND", b""))


COLOURS = {"black": (30, 30, 32), "brushed silver": (190, 192, 196), "tan": (196, 140, 84),
           "orange": (236, 128, 40), "yellow": (240, 200, 40), "green": (60, 150, 80), "blue": (50, 90, 190),
           "tortoise shell": (120, 70, 30), "yellow and green (kowhai pattern)": (232, 196, 40)}
BG = {"guitar strings": (232, 240, 246), "picks": (246, 238, 228), "guitar accessories": (236, 236, 244),
      "cables": (228, 236, 228), "drumsticks": (244, 236, 222), "drum heads": (226, 232, 240),
      "ukuleles": (242, 232, 220), "violins": (240, 228, 222), "keyboard accessories": (230, 230, 230),
      "microphones": (222, 230, 238), "headphones": (234, 228, 242), "music stands": (238, 238, 232),
      "sheet music": (250, 246, 236), "reeds": (236, 244, 232)}
DARK = (34, 34, 38)
WOOD = (176, 118, 64)
MAHOG = (120, 62, 36)


def draw(prod):
    sku, name, cat, price, stock, label, desc, attrs = prod
    h = hashlib.sha256(sku.encode()).digest()
    accent = (60 + h[0] % 160, 60 + h[1] % 160, 60 + h[2] % 160)
    c = Canvas(BG[cat])
    colour = COLOURS.get(attrs.get("colour") or attrs.get("finish"), accent)
    if cat == "guitar strings":
        c.rect(24, 14, 104, 100, accent)
        c.rect(30, 20, 98, 50, (250, 250, 250))
        for i in range(6):
            c.line(36 + i * 11, 56, 36 + i * 11, 94, 2 + (i % 3), (200, 170, 90))
    elif cat == "picks":
        c.poly([(28, 22), (100, 22), (92, 62), (64, 100), (36, 62)], colour)
    elif cat == "guitar accessories":
        if "capo" in attrs.get("type", ""):
            c.rect(20, 40, 108, 56, colour)
            c.line(30, 56, 80, 96, 10, colour)
            c.ellipse(96, 48, 12, 14, colour)
        elif "strap" in name.lower():
            c.line(20, 20, 108, 96, 22, colour)
            if "kowhai" in name.lower():
                for i in range(5):
                    c.ellipse(30 + i * 17, 29 + i * 15, 4, 4, (60, 150, 80))
        else:
            c.rect(36, 18, 92, 96, DARK)
            c.rect(44, 26, 84, 56, accent)
    elif cat == "cables":
        c.ellipse(64, 58, 40, 40, DARK)
        c.ellipse(64, 58, 30, 30, BG[cat])
        c.ellipse(64, 58, 22, 22, DARK)
        c.ellipse(64, 58, 14, 14, BG[cat])
        c.rect(96, 54, 120, 62, (200, 200, 205))
    elif cat == "drumsticks":
        tipc = (250, 250, 250) if attrs.get("tip") == "nylon" else WOOD
        for off in (0, 18):
            c.line(22 + off, 100, 92 + off, 20, 8, WOOD)
            c.ellipse(92 + off, 20, 6, 6, tipc)
    elif cat == "drum heads":
        d = int(attrs["diameter"].strip('"'))
        r = 16 + int(d * 1.8)
        c.ellipse(64, 56, r, r, (150, 150, 158))
        c.ellipse(64, 56, r - 5, r - 5, (250, 250, 246) if attrs.get("finish") == "coated" else (214, 230, 240))
    elif cat in ("ukuleles", "violins"):
        body = MAHOG if cat == "violins" or "koa" not in name.lower() else (180, 110, 50)
        if cat == "violins" and "Outfit" not in name:
            c.rect(34, 30, 94, 86, accent)
        else:
            c.ellipse(64, 78, 22, 20, body)
            c.ellipse(64, 50, 17, 16, body)
            c.rect(60, 6, 68, 40, DARK)
            c.ellipse(64, 62, 6, 6, DARK)
    elif cat == "keyboard accessories":
        if "Stand" in name:
            c.line(30, 98, 98, 30, 7, DARK)
            c.line(30, 30, 98, 98, 7, DARK)
            c.rect(18, 24, 110, 32, DARK)
        elif "Pedal" in name:
            c.rect(36, 30, 92, 96, DARK)
            c.rect(42, 36, 86, 80, (90, 90, 96))
        else:
            c.rect(24, 40, 104, 54, DARK)
            c.line(36, 96, 92, 54, 6, DARK)
            c.line(92, 96, 36, 54, 6, DARK)
    elif cat == "microphones":
        if "Stand" in name:
            c.line(64, 30, 64, 96, 5, DARK)
            c.line(64, 96, 40, 104, 5, DARK)
            c.line(64, 96, 88, 104, 5, DARK)
            c.line(40, 40, 110, 22, 4, DARK)
        else:
            c.ellipse(64, 32, 18, 18, (170, 172, 178))
            c.rect(56, 48, 72, 100, DARK)
    elif cat == "headphones":
        c.ellipse(64, 60, 40, 40, DARK)
        c.ellipse(64, 60, 33, 33, BG[cat])
        c.rect(20, 60, 108, 104, BG[cat])
        c.rect(18, 56, 36, 92, accent)
        c.rect(92, 56, 110, 92, accent)
    elif cat == "music stands":
        c.rect(26, 18, 102, 62, colour if "LIGHT" not in sku else (250, 230, 120))
        c.line(64, 62, 64, 100, 4, DARK)
        c.line(64, 100, 40, 106, 4, DARK)
        c.line(64, 100, 88, 106, 4, DARK)
    elif cat == "sheet music":
        c.rect(30, 12, 98, 100, accent)
        c.rect(30, 12, 38, 100, DARK)
        c.rect(46, 24, 90, 46, (250, 250, 250))
    elif cat == "reeds":
        for i in range(3):
            c.rect(34 + i * 24, 14, 50 + i * 24, 98, (222, 196, 120))
            c.rect(36 + i * 24, 14, 48 + i * 24, 40, (240, 224, 170))
    c.rect(0, 106, W, H, (255, 255, 255))
    c.text(label, 64, 109, 3, DARK)
    return c.png()


# ------------------------------------------------------------------ writing ----
def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)


def img_path(sku):
    return f"images/{sku.lower()}.png"


def main(out):
    os.makedirs(os.path.join(out, "images"), exist_ok=True)
    skus = [p[0] for p in P]
    assert len(skus) == len(set(skus)), "duplicate sku"
    lines = []
    for prod in P:
        sku, name, cat, price, stock, label, desc, attrs = prod
        rec = {"sku": sku, "name": name, "description": desc, "category": cat,
               "price": round(price, 2), "currency": CURRENCY}
        if stock is not None:
            rec["stock"] = stock
        rec["attributes"] = attrs
        rec["images"] = [img_path(sku)]
        lines.append(dumps(rec))
        with open(os.path.join(out, img_path(sku)), "wb") as f:
            f.write(draw(prod))
    with open(os.path.join(out, "catalog.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(out, "faq.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for fid, q, a in FAQ:
            f.write(dumps({"id": fid, "question": q, "answer": a}) + "\n")
    with open(os.path.join(out, "orders.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for oid, email, pc, placed, status, carrier, eta, items in ORDERS:
            rec = {"order_id": oid, "email": email, "postcode": pc, "placed": placed, "status": status}
            if carrier:
                rec["carrier"] = carrier
            if eta:
                rec["eta"] = eta
            rec["items"] = [{"sku": s, "qty": q} for s, q in items]
            f.write(dumps(rec) + "\n")
    with open(os.path.join(out, "store.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_store.py OUT_DIR")
    main(sys.argv[1])
