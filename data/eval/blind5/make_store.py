#!/usr/bin/env python3
"""Write the "Muddy Paws Pet Supplies" evaluation store (store format v1).

Usage: python make_store.py OUT_DIR

Everything is hard-coded; the output is identical on every run.
Needs only the Python standard library and Pillow.
"""
import hashlib
import json
import math
import os
import sys

from PIL import Image, ImageDraw, ImageFont

STORE = {
    "name": "Muddy Paws Pet Supplies",
    "currency": "EUR",
    "locale": "en-IE",
    "greeting": "Hi, welcome to Muddy Paws! Ask me about our food, toys, beds, orders or deliveries.",
}

# (sku, name, category, price, stock or None for "no stock field", attributes, description)
PRODUCTS = [
    # ---- dog food
    ("DF-HRT-LAMB-2", "Hearthside Grain-Free Lamb & Sweet Potato Adult Dry Dog Food 2kg", "dog food", 16.49, 23,
     {"weight": "2kg", "life_stage": "adult", "flavour": "lamb & sweet potato", "grain_free": True, "protein": "26%", "breed_size": "all breeds"},
     "Single-protein grain-free kibble made with freshly prepared lamb, for adult dogs with sensitive tummies."),
    ("DF-HRT-LAMB-12", "Hearthside Grain-Free Lamb & Sweet Potato Adult Dry Dog Food 12kg", "dog food", 62.99, 7,
     {"weight": "12kg", "life_stage": "adult", "flavour": "lamb & sweet potato", "grain_free": True, "protein": "26%", "breed_size": "all breeds"},
     "The big bag of our best-selling grain-free lamb recipe for adult dogs."),
    ("DF-BRN-PUP-3", "Barnaby's Puppy Chicken & Rice Dry Food 3kg", "dog food", 19.95, 14,
     {"weight": "3kg", "life_stage": "puppy", "flavour": "chicken & rice", "age_range": "2-12 months"},
     "Small, easy-to-crunch kibble with DHA for growing puppies."),
    ("DF-WLD-SNR-6", "Wildmoor Senior Turkey Light Dry Dog Food 6kg", "dog food", 34.50, 0,
     {"weight": "6kg", "life_stage": "senior", "flavour": "turkey", "fat_content": "9%"},
     "Lower-fat recipe with glucosamine for older dogs who are slowing down."),
    ("DF-BRN-WET-12", "Barnaby's Beef Casserole Wet Dog Food 12 x 400g", "dog food", 21.99, 31,
     {"pack_size": "12 x 400g", "life_stage": "adult", "flavour": "beef casserole", "format": "tins"},
     "Hearty chunks of beef with carrots and peas in gravy."),
    ("DF-CLF-SALM-400", "Cliffside Salmon & Potato Wet Dog Food Tray 400g", "dog food", 2.79, 120,
     {"weight": "400g", "life_stage": "adult", "flavour": "salmon & potato", "format": "tray"},
     "Irish-made wet food tray, great as a topper or a full meal."),
    # ---- cat food
    ("CF-HRT-SALM-2", "Hearthside Grain-Free Salmon Adult Dry Cat Food 2kg", "cat food", 18.99, 19,
     {"weight": "2kg", "life_stage": "adult", "flavour": "salmon", "grain_free": True},
     "Grain-free dry food with Atlantic salmon for adult cats."),
    ("CF-HRT-SALM-7", "Hearthside Grain-Free Salmon Adult Dry Cat Food 7kg", "cat food", 49.99, 4,
     {"weight": "7kg", "life_stage": "adult", "flavour": "salmon", "grain_free": True},
     "Value size of our grain-free salmon recipe for adult cats."),
    ("CF-PRR-KIT-12", "Purrfect Kitten Chicken Pouches in Jelly 12 x 85g", "cat food", 8.49, 40,
     {"pack_size": "12 x 85g", "life_stage": "kitten", "flavour": "chicken", "texture": "jelly"},
     "Tender chicken pieces in jelly for kittens up to 12 months."),
    ("CF-PRR-FISH-40", "Purrfect Ocean Selection Pouches in Gravy 40 x 85g", "cat food", 24.99, 0,
     {"pack_size": "40 x 85g", "life_stage": "adult", "flavour": "mixed fish", "texture": "gravy"},
     "Big multipack of salmon, tuna, cod and whitefish pouches in gravy."),
    ("CF-LUN-STER-15", "Luna Sterilised Indoor Cat Dry Food 1.5kg", "cat food", 14.25, 12,
     {"weight": "1.5kg", "life_stage": "adult", "flavour": "chicken", "suitable_for": "neutered indoor cats"},
     "Helps keep neutered, indoor cats at a healthy weight."),
    ("CF-LUN-SNR-3", "Luna Senior 11+ Chicken Dry Cat Food 3kg", "cat food", 23.75, None,
     {"weight": "3kg", "life_stage": "senior", "flavour": "chicken"},
     "Gentle on older kidneys, with added antioxidants for cats aged 11 and over."),
    # ---- treats
    ("TR-CHW-DENT-M", "ChewRight Dental Sticks Medium 28 pack", "treats", 9.99, 55,
     {"pack_size": "28 sticks", "size": "medium", "dog_weight": "10-25kg"},
     "One stick a day helps reduce tartar build-up."),
    ("TR-CHW-DENT-L", "ChewRight Dental Sticks Large 28 pack", "treats", 11.49, 0,
     {"pack_size": "28 sticks", "size": "large", "dog_weight": "over 25kg"},
     "Daily dental chew for large dogs."),
    ("TR-BOG-LIV-100", "Bogside Freeze-Dried Beef Liver Treats 100g", "treats", 7.25, 26,
     {"weight": "100g", "flavour": "beef liver", "ingredients": "100% beef liver"},
     "Single-ingredient training treats, easy to break into small pieces."),
    ("TR-KTY-CRN-60", "Kittles Crunchy Cat Treats Salmon 60g", "treats", 1.89, 88,
     {"weight": "60g", "flavour": "salmon"},
     "Crunchy outside, soft centre. Cats go mad for them."),
    ("TR-ATL-FISHSKIN", "Atlantic Chews Fish Skin Twists 150g", "treats", 6.40, 18,
     {"weight": "150g", "flavour": "cod skin", "origin": "Ireland"},
     "Air-dried cod skin twists, a natural long-lasting chew."),
    ("TR-HMB-BIS-500", "Hamble Bakery Peanut Butter Dog Biscuits 500g", "treats", 5.60, 9,
     {"weight": "500g", "flavour": "peanut butter"},
     "Oven-baked bone-shaped biscuits, no added sugar."),
    # ---- beds
    ("BD-SNG-DON-S", "SnugHaven Donut Calming Bed Small 50cm Grey", "beds", 29.99, 6,
     {"size": "small", "diameter": "50cm", "colour": "grey", "filling": "hollowfibre", "machine_washable": True},
     "Faux-fur donut bed with a raised rim for pets who love to curl up."),
    ("BD-SNG-DON-M-GRY", "SnugHaven Donut Calming Bed Medium 70cm Grey", "beds", 39.99, 3,
     {"size": "medium", "diameter": "70cm", "colour": "grey", "filling": "hollowfibre", "machine_washable": True},
     "Faux-fur donut bed with a raised rim for pets who love to curl up."),
    ("BD-SNG-DON-M-BLS", "SnugHaven Donut Calming Bed Medium 70cm Blush Pink", "beds", 39.99, 0,
     {"size": "medium", "diameter": "70cm", "colour": "blush pink", "filling": "hollowfibre", "machine_washable": True},
     "Faux-fur donut bed with a raised rim for pets who love to curl up."),
    ("BD-ORT-MEM-L", "RestWell Orthopaedic Memory Foam Dog Bed Large 100x70cm", "beds", 89.95, 2,
     {"size": "large", "dimensions": "100 x 70 x 12cm", "colour": "slate", "material": "memory foam", "cover": "removable, washable"},
     "Supportive 12cm memory foam mattress bed for older or arthritic dogs."),
    ("BD-CAT-RAD", "CosyNook Radiator Cat Hammock", "beds", 17.50, 11,
     {"colour": "charcoal", "fits_radiator_depth": "up to 8cm", "max_weight": "6kg"},
     "Hooks over most radiators so your cat can snooze in the warm."),
    # ---- collars and leads
    ("CL-TRM-LEAD-18", "TrailMate Reflective Lead 1.8m", "collars and leads", 14.99, 21,
     {"length": "1.8m", "colour": "orange", "material": "nylon webbing", "reflective": True},
     "Padded handle and reflective stitching for dark evening walks."),
    ("CL-TRM-LEAD-5", "TrailMate Reflective Long Line 5m", "collars and leads", 18.99, 8,
     {"length": "5m", "colour": "orange", "material": "nylon webbing", "reflective": True},
     "Recall training line that gives your dog room to sniff."),
    ("CL-TRM-HRN-S-RED", "TrailMate No-Pull Harness TM-220 Small Red", "collars and leads", 24.99, 5,
     {"size": "small", "chest_girth": "40-55cm", "colour": "red", "model": "TM-220"},
     "Front and back clip harness that gently discourages pulling."),
    ("CL-TRM-HRN-M-RED", "TrailMate No-Pull Harness TM-220 Medium Red", "collars and leads", 26.99, 0,
     {"size": "medium", "chest_girth": "55-75cm", "colour": "red", "model": "TM-220"},
     "Front and back clip harness that gently discourages pulling."),
    ("CL-TRM-HRN-M-BLK", "TrailMate No-Pull Harness TM-220 Medium Black", "collars and leads", 26.99, 13,
     {"size": "medium", "chest_girth": "55-75cm", "colour": "black", "model": "TM-220"},
     "Front and back clip harness that gently discourages pulling."),
    ("CL-LTH-COL-40", "Corrib Leather Dog Collar 40cm Tan", "collars and leads", 19.50, 7,
     {"length": "40cm", "colour": "tan", "material": "full-grain leather", "buckle": "brass"},
     "Hand-stitched leather collar that softens with wear."),
    ("CL-KIT-BRK-COL", "Whisker Safe Breakaway Cat Collar with Bell", "collars and leads", 4.99, 34,
     {"colour": "teal", "adjustable": "20-30cm", "safety_release": True},
     "Snaps open if it gets caught, for safe outdoor adventures."),
    # ---- toys
    ("TY-TUF-BALL-2", "ToughTug Rubber Ball Launcher Balls 2 pack 6.5cm", "toys", 6.99, 44,
     {"pack_size": "2", "diameter": "6.5cm", "material": "natural rubber", "floats": True},
     "Bouncy, floating balls that fit standard ball launchers."),
    ("TY-TUF-ROPE-XL", "ToughTug Cotton Rope Tug XL 60cm", "toys", 9.49, 0,
     {"size": "XL", "length": "60cm", "material": "cotton"},
     "Chunky four-knot rope for serious tuggers."),
    ("TY-SNF-MAT", "SniffQuest Snuffle Mat 45x45cm", "toys", 21.50, 5,
     {"dimensions": "45 x 45cm", "material": "fleece", "machine_washable": True},
     "Hide kibble in the fleece strips for a brain-tiring foraging game."),
    ("TY-FTH-WAND", "Feathered Frenzy Cat Wand Teaser", "toys", 4.50, 27,
     {"length": "90cm", "refill": "feather and bell"},
     "Flexible wand with a fluttering feather lure."),
    ("TY-CAT-TUN-3", "Kittytown Crinkle Cat Tunnel 3-Way", "toys", 15.99, 3,
     {"colour": "grey", "arm_length": "50cm", "collapsible": True},
     "Three-way crinkly play tunnel with a dangling pom-pom."),
    ("TY-BND-STF-M", "Bounder Stuffable Treat Toy Medium", "toys", 12.49, None,
     {"size": "medium", "material": "natural rubber", "dishwasher_safe": True},
     "Fill with treats or paste and freeze for a long-lasting challenge."),
    # ---- bowls and feeders
    ("BW-STL-DBL", "Steelside Stainless Steel Double Bowl Set 2 x 700ml", "bowls and feeders", 13.99, 16,
     {"capacity": "2 x 700ml", "material": "stainless steel", "non_slip_base": True},
     "Two dishwasher-safe bowls in a non-slip silicone stand."),
    ("BW-SLW-FDR-BLU", "GulpLess Slow Feeder Bowl Blue 1L", "bowls and feeders", 8.99, 12,
     {"capacity": "1L", "colour": "blue", "material": "melamine"},
     "Maze pattern slows down fast eaters and reduces bloating."),
    ("BW-SLW-FDR-GRN", "GulpLess Slow Feeder Bowl Green 1L", "bowls and feeders", 8.99, 0,
     {"capacity": "1L", "colour": "green", "material": "melamine"},
     "Maze pattern slows down fast eaters and reduces bloating."),
    ("BW-AUTO-FDR-5", "FeedMinder Automatic Pet Feeder AF-500 with Timer 5L", "bowls and feeders", 74.95, 4,
     {"capacity": "5L", "model": "AF-500", "meals_per_day": 4, "power": "mains adapter with battery backup"},
     "Programmable feeder with voice recording, up to four meals a day."),
    ("BW-FNT-CER", "AquaPurr Ceramic Drinking Fountain 2L", "bowls and feeders", 39.50, 6,
     {"capacity": "2L", "material": "ceramic", "colour": "white", "filter": "carbon"},
     "Quiet flowing water fountain that encourages cats to drink more."),
    # ---- litter
    ("LT-CLM-CLY-10", "ClumpCo Clumping Clay Cat Litter 10L", "litter", 7.99, 60,
     {"volume": "10L", "material": "bentonite clay", "scented": False},
     "Tight clumps for easy scooping, low dust."),
    ("LT-PIN-PEL-15", "Forest Floor Pine Pellet Litter 15L", "litter", 11.25, 22,
     {"volume": "15L", "material": "pine wood", "biodegradable": True},
     "Natural pine pellets, compostable and great for rabbits too."),
    ("LT-TRY-HOOD", "NeatPaws Hooded Litter Tray with Carbon Filter", "litter", 27.50, 8,
     {"dimensions": "56 x 39 x 40cm", "colour": "grey", "filter": "carbon"},
     "Hooded tray with a swing flap and odour filter."),
    ("LT-SIL-CRY-5", "CrystalClear Silica Cat Litter 5L", "litter", 12.75, 0,
     {"volume": "5L", "material": "silica crystals"},
     "Lightweight crystals that absorb moisture and lock in smells for up to a month."),
    # ---- grooming
    ("GR-SLK-BRUSH", "GroomPro Self-Cleaning Slicker Brush", "grooming", 13.49, 19,
     {"pin_type": "fine stainless steel", "suitable_for": "dogs and cats"},
     "Press the button to retract the pins and wipe the fur away."),
    ("GR-DSH-TOOL-L", "FurAway Deshedding Tool Large", "grooming", 21.99, 9,
     {"size": "large", "blade_width": "10cm", "coat_type": "long and double coats"},
     "Removes loose undercoat and cuts shedding dramatically."),
    ("GR-OAT-SHMP-250", "Meadow & Moss Oatmeal Dog Shampoo 250ml", "grooming", 8.25, 30,
     {"volume": "250ml", "scent": "lavender", "skin_type": "sensitive"},
     "Soothing colloidal oatmeal shampoo for itchy or dry skin."),
    ("GR-NAIL-CLP", "GroomPro Guillotine Nail Clipper", "grooming", 9.75, 0,
     {"suitable_for": "small and medium dogs, cats", "blade": "stainless steel"},
     "Clean, quick cut with a comfy rubber grip."),
    ("GR-EAR-CLN-100", "Meadow & Moss Gentle Ear Cleaner 100ml", "grooming", 7.10, 14,
     {"volume": "100ml", "alcohol_free": True},
     "Alcohol-free ear wash that loosens wax and debris."),
    # ---- aquarium
    ("AQ-CLR-TANK-60", "ClearWater 60L Aquarium Starter Kit AQ-60", "aquarium", 119.99, 3,
     {"volume": "60L", "model": "AQ-60", "dimensions": "61 x 31 x 36cm", "includes": "LED lid, heater, filter"},
     "Everything you need to start a tropical tank, just add gravel and plants."),
    ("AQ-FLK-TROP-100", "Reefside Tropical Flake Food 100ml", "aquarium", 4.85, 50,
     {"volume": "100ml", "suitable_for": "tropical community fish"},
     "Complete daily flake with added vitamins for bright colours."),
    ("AQ-FLT-INT-300", "ClearWater Internal Filter IF-300", "aquarium", 29.95, 0,
     {"model": "IF-300", "flow_rate": "300 l/h", "tank_size": "up to 80L"},
     "Quiet internal filter with adjustable flow and spray bar."),
    ("AQ-HTR-100W", "ThermoFin Aquarium Heater 100W", "aquarium", 19.49, 10,
     {"wattage": "100W", "tank_size": "up to 120L", "temperature_range": "20-32C"},
     "Fully submersible heater with a shatter-resistant glass tube."),
    ("AQ-WTR-COND-250", "Reefside Tap Water Conditioner 250ml", "aquarium", 6.75, 24,
     {"volume": "250ml", "treats": "up to 1000L"},
     "Makes tap water safe instantly by removing chlorine and chloramine."),
    # ---- small animals
    ("SA-TIM-HAY-1", "Meadowgold Timothy Hay 1kg", "small animals", 6.49, 35,
     {"weight": "1kg", "suitable_for": "rabbits, guinea pigs, chinchillas", "cut": "second cut"},
     "Sweet-smelling, long-strand hay, dust extracted."),
    ("SA-RAB-PEL-2", "Burrow & Bloom Adult Rabbit Nuggets 2kg", "small animals", 9.25, 17,
     {"weight": "2kg", "life_stage": "adult", "fibre": "22%"},
     "High-fibre nuggets with timothy grass to stop selective feeding."),
    ("SA-HUT-LRG", "Hillside Two-Storey Wooden Rabbit Hutch 150cm", "small animals", 159.99, 1,
     {"width": "150cm", "material": "fir wood", "levels": 2},
     "Roomy two-storey hutch with a ramp, pull-out tray and felted roof."),
    ("SA-HAM-WHL-21", "Spinaway Silent Hamster Wheel 21cm", "small animals", 11.99, 0,
     {"diameter": "21cm", "suitable_for": "Syrian hamsters"},
     "Ball-bearing wheel that spins without a squeak."),
    # ---- bird supplies
    ("BR-WLD-SEED-2", "Garden Chorus Wild Bird Seed Mix 2kg", "bird supplies", 5.99, 40,
     {"weight": "2kg", "suitable_for": "garden birds"},
     "No-mess blend of sunflower hearts, millet and kibbled maize."),
    ("BR-SUET-BAL-50", "Garden Chorus Suet Fat Balls 50 pack", "bird supplies", 10.49, 12,
     {"pack_size": "50", "netting": "net-free"},
     "High-energy suet balls for winter feeding, supplied without nets."),
    ("BR-CAGE-BUD", "Skylark Budgie Cage Medium 58cm", "bird supplies", 54.99, 0,
     {"width": "58cm", "bar_spacing": "1.2cm", "colour": "white"},
     "Includes perches, two feeders and a pull-out tray."),
    ("BR-FDR-NIG", "Garden Chorus Nyjer Seed Feeder Metal", "bird supplies", 8.75, None,
     {"material": "powder-coated metal", "ports": 4},
     "Fine-port feeder for nyjer seed, loved by goldfinches."),
]

FAQ = [
    ("delivery-ireland", "How much is delivery in Ireland?",
     "Delivery anywhere in the Republic of Ireland costs €5.95, and it's free over €50. Orders placed before 2pm Monday to Friday leave us the same day and usually arrive in 1-3 working days with An Post or DPD."),
    ("delivery-ni", "Do you deliver to Northern Ireland?",
     "Yes! Delivery to Northern Ireland is €7.95, or free when you spend over €75. Allow 2-4 working days."),
    ("delivery-uk", "Do you ship to Great Britain (England, Scotland, Wales)?",
     "We ship to Great Britain for a flat €12.95 per order, usually in 3-5 working days. Because of courier rules we can't send litter bags over 15L, hutches or live fish to GB."),
    ("returns", "What is your returns policy?",
     "Unopened, unused items can be returned within 30 days of delivery for a full refund. Post them back to us or drop them into the Galway shop. Refunds go back to your original payment method within 5 working days of us receiving the parcel."),
    ("opened-food", "Can I return food my pet won't eat if the bag is opened?",
     "For hygiene reasons we can't take back opened food, with one exception: our Fussy Eater Promise. If your pet won't eat a dry food they've never tried before, bring or send back the bag at least half full within 14 days and we'll swap it for a different recipe."),
    ("autoship", "Do you offer subscriptions or autoship?",
     "Yes, it's called Repeat & Save. Choose a delivery every 2, 4, 6 or 8 weeks and you save 10% on every repeat order. You can skip, change or cancel from My Account up to 48 hours before the next dispatch, with no fees."),
    ("click-collect", "Do you do click and collect?",
     "Click & Collect is free from our shop at Unit 4, Headford Road Retail Park, Galway. Orders are usually ready within 2 hours during opening hours, and we'll hold your order for 7 days."),
    ("opening-hours", "What are your shop opening hours?",
     "Our Galway shop is open Monday to Saturday 9am-6pm and Sunday 12pm-5pm. The grooming salon is closed on Sundays."),
    ("loyalty", "Do you have a loyalty card?",
     "Join the Pawprint Club for free in store or online. You earn 1 point for every €1 you spend, and every 500 points gets you a €5 voucher. Members also get a free birthday treat for their pet."),
    ("price-match", "Do you price match?",
     "Yes. If you find the exact same item cheaper and in stock at another Irish retailer, show us the price and we'll match it. Already bought it? Tell us within 7 days of your purchase and we'll refund the difference. This excludes online marketplaces, clearance sales and subscription discounts."),
    ("grooming", "How do I book the grooming salon?",
     "Our grooming salon is in the Galway shop, Tuesday to Saturday. Book online or call us on 091 555 0142. A full groom starts from €45 for small dogs and €65 for large breeds. Please give 48 hours' notice to cancel or a €15 fee applies."),
    ("live-fish", "Can you post live fish?",
     "We never post live fish. Live fish are available only from our Galway shop, where our team will bag them for the journey home. Bring a water sample and we'll test it for free. Fish come with a 7-day health guarantee if you keep your receipt."),
    ("payment", "What payment methods do you accept?",
     "We accept Visa, Mastercard, American Express, Apple Pay, Google Pay and PayPal. You can also pay with Klarna in 3 interest-free instalments on orders over €40."),
    ("gift-cards", "Do you sell gift cards?",
     "Yes, Muddy Paws gift cards are available in any amount from €10 to €200, either as a plastic card in store or as an e-gift card by email. They're valid for 5 years and can be used online and in the shop."),
    ("tracking", "How can I track my order?",
     "As soon as your order is shipped we email you a tracking link from An Post, DPD or Fastway. You can also ask us for your order status with your order number and email address."),
    ("cancel-order", "Can I cancel my order?",
     "You can cancel any order while it's still processing and we'll refund you in full. Once it has shipped it can't be cancelled, but you can return it under our returns policy."),
    ("damaged", "My order arrived damaged, what do I do?",
     "Sorry about that! Send us a photo of the damage within 48 hours of delivery and we'll send a free replacement or give you a full refund, and you won't need to post anything back."),
    ("prescription", "Do you sell prescription diets or medicines?",
     "We don't sell prescription diets, flea or worm medicines that need a prescription. Please speak to your vet, who can advise and supply them."),
    ("adoption", "Do you sell puppies or kittens?",
     "No, we never sell puppies, kittens or rabbits. We host adoption days with local rescues on the first Saturday of every month instead."),
]

ORDERS = [
    {"order_id": "MPW-30418", "email": "aoife.byrne@example.ie", "postcode": "H91 X2T4", "placed": "2026-03-02",
     "status": "delivered", "carrier": "An Post", "eta": "2026-03-04",
     "items": [{"sku": "CF-HRT-SALM-2", "qty": 2}, {"sku": "TR-KTY-CRN-60", "qty": 3}]},
    {"order_id": "MPW-30455", "email": "conor.walsh@example.com", "postcode": "D04 K7W2", "placed": "2026-03-09",
     "status": "shipped", "carrier": "DPD", "eta": "2026-03-12",
     "items": [{"sku": "BD-ORT-MEM-L", "qty": 1}]},
    {"order_id": "MPW-30471", "email": "niamh.oconnor@example.ie", "postcode": "T12 R5CD", "placed": "2026-03-10",
     "status": "processing",
     "items": [{"sku": "AQ-CLR-TANK-60", "qty": 1}, {"sku": "AQ-WTR-COND-250", "qty": 1}]},
    {"order_id": "MPW-30502", "email": "sean.mcgrath@example.co.uk", "postcode": "BT7 1NN", "placed": "2026-03-11",
     "status": "shipped", "carrier": "An Post", "eta": "2026-03-16",
     "items": [{"sku": "CL-TRM-HRN-M-BLK", "qty": 1}]},
    {"order_id": "MPW-30519", "email": "ciara.doyle@example.ie", "postcode": "V94 N3F8", "placed": "2026-02-20",
     "status": "cancelled",
     "items": [{"sku": "SA-HUT-LRG", "qty": 1}]},
    {"order_id": "MPW-30533", "email": "patrick.kelly@example.com", "postcode": "F92 H6P1", "placed": "2026-02-14",
     "status": "returned", "carrier": "DPD",
     "items": [{"sku": "BD-SNG-DON-M-GRY", "qty": 1}]},
    {"order_id": "MPW-30560", "email": "emma.ryan@example.ie", "postcode": "A94 E2X7", "placed": "2026-03-12",
     "status": "processing",
     "items": [{"sku": "LT-CLM-CLY-10", "qty": 4}]},
    {"order_id": "MPW-30587", "email": "liam.murphy@example.ie", "postcode": "X91 T8K3", "placed": "2026-03-05",
     "status": "delivered", "carrier": "Fastway", "eta": "2026-03-07",
     "items": [{"sku": "DF-HRT-LAMB-12", "qty": 1}]},
    {"order_id": "MPW-30601", "email": "grainne.fitz@example.com", "postcode": "R95 Y4D2", "placed": "2026-03-13",
     "status": "shipped", "carrier": "DPD", "eta": "2026-03-17",
     "items": [{"sku": "BW-AUTO-FDR-5", "qty": 1}]},
    {"order_id": "MPW-30622", "email": "tom.brennan@example.ie", "postcode": "E91 C6W8", "placed": "2026-03-01",
     "status": "returned", "carrier": "An Post",
     "items": [{"sku": "GR-DSH-TOOL-L", "qty": 1}]},
    {"order_id": "MPW-30648", "email": "orla.nolan@example.ie", "postcode": "D15 P9H3", "placed": "2026-03-14",
     "status": "delivered", "carrier": "An Post", "eta": "2026-03-16",
     "items": [{"sku": "BR-WLD-SEED-2", "qty": 2}, {"sku": "BR-SUET-BAL-50", "qty": 1}]},
    {"order_id": "MPW-30675", "email": "declan.hayes@example.com", "postcode": "H53 W0R6", "placed": "2026-03-15",
     "status": "cancelled",
     "items": [{"sku": "TY-SNF-MAT", "qty": 1}]},
]

CATEGORY_SHAPE = {
    "dog food": "bag", "cat food": "bag", "treats": "circle", "beds": "ellipse",
    "collars and leads": "ring", "toys": "star", "bowls and feeders": "bowl", "litter": "box",
    "grooming": "bars", "aquarium": "waves", "small animals": "triangle", "bird supplies": "diamond",
}


def image_path(sku):
    return "images/" + sku.lower() + ".png"


def _colour(seed, k):
    h = hashlib.sha256((seed + "|" + str(k)).encode("utf-8")).digest()
    return (h[0], h[1], h[2])


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


def draw_image(sku, name, category, path):
    bg = _colour(sku, 0)
    bg = tuple(160 + c % 96 for c in bg)  # light background
    fg = tuple(c % 140 for c in _colour(sku, 1))  # darker shape
    accent = _colour(sku, 2)
    img = Image.new("RGB", (256, 256), bg)
    d = ImageDraw.Draw(img)
    shape = CATEGORY_SHAPE.get(category, "box")
    h = hashlib.sha256(sku.encode("utf-8")).digest()
    off = h[3] % 20 - 10
    if shape == "bag":
        d.rounded_rectangle([70 + off, 40, 186 + off, 170], radius=12, fill=fg)
        d.rectangle([90 + off, 60, 166 + off, 110], fill=accent)
    elif shape == "circle":
        d.ellipse([68 + off, 40, 188 + off, 160], fill=fg)
        d.ellipse([108 + off, 80, 148 + off, 120], fill=accent)
    elif shape == "ellipse":
        d.ellipse([40, 70 + off, 216, 165 + off], fill=fg)
        d.ellipse([80, 95 + off, 176, 140 + off], fill=accent)
    elif shape == "ring":
        d.ellipse([68, 40 + off, 188, 160 + off], outline=fg, width=14)
        d.line([188, 100 + off, 236, 30], fill=accent, width=8)
    elif shape == "star":
        cx, cy = 128 + off, 100
        pts = []
        for i in range(10):
            r = 62 if i % 2 == 0 else 26
            a = math.pi / 5 * i - math.pi / 2
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        d.polygon(pts, fill=fg, outline=accent)
    elif shape == "bowl":
        d.pieslice([58 + off, 30, 198 + off, 170], 0, 180, fill=fg)
        d.rectangle([58 + off, 96, 198 + off, 104], fill=accent)
    elif shape == "box":
        d.rectangle([64 + off, 50, 192 + off, 170], fill=fg)
        d.rectangle([64 + off, 50, 192 + off, 75], fill=accent)
    elif shape == "bars":
        for i in range(5):
            d.rectangle([60 + i * 28 + off // 2, 40 + (h[4 + i] % 40), 80 + i * 28 + off // 2, 170], fill=fg if i % 2 else accent)
    elif shape == "waves":
        d.rectangle([40, 40, 216, 170], outline=fg, width=6)
        for i in range(3):
            y = 80 + i * 28 + off // 3
            d.arc([50, y - 12, 130, y + 12], 0, 180, fill=accent, width=5)
            d.arc([126, y - 12, 206, y + 12], 180, 360, fill=accent, width=5)
    elif shape == "triangle":
        d.polygon([(128 + off, 35), (208 + off, 170), (48 + off, 170)], fill=fg)
        d.ellipse([112 + off, 110, 144 + off, 142], fill=accent)
    else:  # diamond
        d.polygon([(128, 30 + off), (200, 100 + off), (128, 170 + off), (56, 100 + off)], fill=fg)
        d.line([(128, 30 + off), (128, 170 + off)], fill=accent, width=4)
    font = _font(13)
    y = 182
    for line in _wrap(name, 30)[:4]:
        d.text((8, y), line, fill=(20, 20, 20), font=font)
        y += 15
    d.text((8, 8), sku, fill=(20, 20, 20), font=font)
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
                   "price": price, "currency": "EUR"}
            if stock is not None:
                rec["stock"] = stock
            rec["attributes"] = attrs
            rec["images"] = [image_path(sku)]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            draw_image(sku, name, category, os.path.join(out, image_path(sku)))

    with open(os.path.join(out, "faq.jsonl"), "w", encoding="utf-8") as f:
        for fid, q, a in FAQ:
            f.write(json.dumps({"id": fid, "question": q, "answer": a}, ensure_ascii=False) + "\n")

    with open(os.path.join(out, "orders.jsonl"), "w", encoding="utf-8") as f:
        for o in ORDERS:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    print(f"wrote {len(PRODUCTS)} products, {len(FAQ)} FAQ entries, {len(ORDERS)} orders to {out}")


if __name__ == "__main__":
    main()
