#!/usr/bin/env python3
"""Build the "Brikker & Terninger" test store (store format v1).

Usage: python data/eval/blind16/make_store.py OUT_DIR

Standard library only. The output is byte-identical on every run: the data is
written in a fixed order, and the product pictures are small PNG files drawn
here from a hash of the SKU (zlib + struct, no image library).
"""
import hashlib
import json
import os
import struct
import sys
import zlib

STORE = {
    "name": "Brikker & Terninger",
    "currency": "DKK",
    "locale": "en-DK",
    "greeting": "Hej! Welcome to Brikker & Terninger, the toy, game and puzzle shop in Nørrebro. Ask me about games, puzzles, toys, delivery or your order.",
}

CURRENCY = "DKK"


def game(players, age, time, language=None, **extra):
    a = {"players": players, "age": age, "playing_time": time}
    if language:
        a["language"] = language
    a.update(extra)
    return a


# (sku, name, category, price, stock or None, attributes, description, number of images)
PRODUCTS = [
    # ---------------------------------------------------------------- board games
    ("BG-101-EN", "Harbour Lights", "board games", 399, 14,
     game("2-4", "10+", "45-60 min", "English", edition="English edition"),
     "Guide your fishing boats home by lamplight in this tile-laying game set in an old Danish harbour. Build lighthouses, land your catch and beat the tide. English edition.", 2),
    ("BG-101-DA", "Harbour Lights", "board games", 379, 0,
     game("2-4", "10+", "45-60 min", "Danish", edition="Danish edition"),
     "Danish edition of Harbour Lights (dansk udgave) with all cards and the rulebook in Danish. Same components and gameplay as the English edition.", 1),
    ("BG-102-EN", "Harbour Lights: Stormy Seas Expansion", "board games", 229, 6,
     game("2-5", "10+", "45-75 min", "English", edition="English edition", expansion_for="Harbour Lights"),
     "Adds storms, rescue boats and a fifth player colour to Harbour Lights. Requires the Harbour Lights base game. English edition.", 1),
    ("BG-102-DA", "Harbour Lights: Stormy Seas Expansion", "board games", 219, 2,
     game("2-5", "10+", "45-75 min", "Danish", edition="Danish edition", expansion_for="Harbour Lights"),
     "Danish edition of the Stormy Seas expansion: storms, rescue boats and a fifth player colour. Requires the Harbour Lights base game in either language.", 1),
    ("BG-103", "Harbour Lights: Lighthouse Keepers Mini Expansion", "board games", 89, 11,
     game("2-4", "10+", "45-60 min", "language-independent", expansion_for="Harbour Lights"),
     "Six new lighthouse keeper cards with special powers. Language-independent. Requires the Harbour Lights base game.", 1),
    ("BG-110-EN", "Nine Lanterns", "board games", 549, 3,
     game("1-5", "12+", "60-90 min", "English", edition="English edition"),
     "A strategic game about lighting the nine lanterns of a mountain festival. Deep and rewarding, with a solo mode. English edition.", 2),
    ("BG-110-DA", "Nine Lanterns", "board games", 549, 5,
     game("1-5", "12+", "60-90 min", "Danish", edition="Danish edition"),
     "Danish edition of Nine Lanterns with Danish rules and cards. Deep and rewarding strategy game with a solo mode.", 1),
    ("BG-111", "Just One More", "board games", 249, 17,
     game("2-6", "8+", "20 min", "language-independent"),
     "Fast push-your-luck dice game: roll, bank your points or risk it all for just one more roll.", 1),
    ("BG-112", "Viking Voyage", "board games", 449, 0,
     game("3-5", "10+", "60 min", "English"),
     "Sail from Roskilde to Dublin, trade amber and furs and build the richest longship fleet. English edition.", 1),
    ("BG-113", "Tivoli Nights", "board games", 329, 9,
     game("2-4", "8+", "30-45 min", "English"),
     "Build the most dazzling pleasure garden with rides, lanterns and fireworks. A family game with simple rules.", 1),
    ("BG-114", "Little Foxes Orchard", "board games", 279, 21,
     game("2-4", "4+", "15 min", "language-independent", cooperative=True),
     "A cooperative first board game: pick all the apples before the little foxes reach the orchard. No reading needed.", 1),
    ("BG-115", "Rails of Jutland", "board games", 629, 4,
     game("2-5", "12+", "90-120 min", "English"),
     "Build railway lines across Jutland in the 1870s and grow your towns. An economic route-building game for experienced players.", 2),
    ("BG-116", "Rails of Jutland: Bornholm Ferry Expansion", "board games", 199, 0,
     game("2-5", "12+", "90-120 min", "English", expansion_for="Rails of Jutland"),
     "Adds ferry routes to Bornholm and a new double-sided map board. Requires the Rails of Jutland base game.", 1),
    ("BG-117", "Castle Siege Chess Set", "board games", 449, 7,
     {"players": "2", "age": "6+", "material": "beech and walnut", "board_size": "30 x 30 cm"},
     "Wooden chess set with a folding board and hand-turned pieces that store inside the board.", 1),
    ("BG-118", "Backgammon Travel Set", "board games", 199, 12,
     {"players": "2", "age": "8+", "size": "25 x 16 cm closed"},
     "Magnetic travel backgammon in a zip case, so the pieces stay put on the train.", 1),
    ("BG-119", "Quiet Time", "board games", 179, 8,
     game("1", "8+", "10-20 min", "language-independent"),
     "A calm solo puzzle game: arrange garden tiles to solve 60 challenges from easy to expert.", 1),
    # ---------------------------------------------------------------- card games
    ("CG-201", "Sunny Side Up", "card games", 119, 25,
     game("2-5", "6+", "15 min", "language-independent"),
     "Egg-flipping card game: serve the breakfast orders before the eggs get cold.", 1),
    ("CG-202", "Happy Families: Copenhagen Edition", "card games", 89, 30,
     game("3-6", "5+", "15 min", "English"),
     "The classic card game with families from around Copenhagen: the bakers, the harbour pilots, the cyclists and more.", 1),
    ("CG-203", "Crow's Nest", "card games", 149, 0,
     game("2-4", "10+", "20-30 min", "English"),
     "Trick-taking card game where you keep watch from the crow's nest and bid on the treasure you will find.", 1),
    ("CG-204", "Seven Seals", "card games", 169, 10,
     game("3-7", "10+", "30 min", "English"),
     "Break the seven seals before your rivals in this quick bluffing card game.", 1),
    ("CG-205-EN", "Fika Break", "card games", 139, 13,
     game("2-4", "8+", "20 min", "English", edition="English edition"),
     "A cosy set-collecting card game about coffee, cinnamon buns and cake. English edition.", 1),
    ("CG-205-DA", "Fika Break", "card games", 139, 1,
     game("2-4", "8+", "20 min", "Danish", edition="Danish edition"),
     "Danish edition of the cosy set-collecting card game about coffee, cinnamon buns and cake.", 1),
    ("CG-206-RED", "Classic Playing Cards", "card games", 49, 34,
     {"color": "red", "cards": "52 + 2 jokers", "finish": "linen"},
     "Standard deck of 52 cards plus 2 jokers with a linen finish. Red back.", 1),
    ("CG-206-BLU", "Classic Playing Cards", "card games", 49, 0,
     {"color": "blue", "cards": "52 + 2 jokers", "finish": "linen"},
     "Standard deck of 52 cards plus 2 jokers with a linen finish. Blue back.", 1),
    ("CG-207", "Top Secret", "card games", 199, 6,
     game("4-8", "12+", "30 min", "English"),
     "Hidden-role card game of spies and double agents. Find the mole before the secret plans are gone.", 1),
    ("CG-208", "Snap", "card games", 69, 18,
     game("2-6", "4+", "10 min", "language-independent"),
     "The quick-reaction card game with big, bright animal pictures. Perfect first card game.", 1),
    # ---------------------------------------------------------------- party games
    ("PG-301", "Last Call", "party games", 229, 11,
     game("4-10", "16+", "30 min", "English"),
     "Party game for grown-ups: answer, dare or drink your squash before the bartender calls time.", 1),
    ("PG-302", "Yes or No", "party games", 149, 2,
     game("3-8", "10+", "20 min", "English"),
     "Answer every question without saying yes or no. Harder than it sounds.", 1),
    ("PG-303", "Spot On", "party games", 259, 15,
     game("4-12", "12+", "30-45 min", "English"),
     "Team guessing game: get your guess closest to the answer on the dial.", 1),
    ("PG-304-EN", "Word Storm", "party games", 199, 9,
     game("3-8", "10+", "20-30 min", "English", edition="English edition"),
     "Fast word game: shout out words that fit the category before the storm timer runs out. English edition.", 1),
    ("PG-304-DA", "Word Storm", "party games", 199, 0,
     game("3-8", "10+", "20-30 min", "Danish", edition="Danish edition"),
     "Danish edition of Word Storm with Danish category cards (dansk udgave).", 1),
    ("PG-305", "Hot Potato Quiz", "party games", 189, 8,
     game("2-10", "8+", "20 min", "English"),
     "Pass the ticking potato and answer a quiz question before it buzzes. 400 questions.", 1),
    ("PG-306", "Charades in a Box", "party games", 129, 19,
     game("4-16", "6+", "30 min", "English"),
     "Ready-made charades cards with pictures for children who can't read yet.", 1),
    ("PG-307", "Who Said It?", "party games", 179, 0,
     game("3-8", "14+", "30 min", "English"),
     "Guess which of your friends wrote the answer. Great for big tables.", 1),
    # ---------------------------------------------------------------- jigsaw puzzles
    ("JP-401", "Nyhavn at Dusk", "jigsaw puzzles", 229, 7,
     {"pieces": 1000, "finished_size": "68 x 48 cm", "age": "12+"},
     "The colourful houses of Nyhavn reflected in the canal at dusk. 1000-piece jigsaw puzzle.", 2),
    ("JP-402", "Nyhavn at Dusk", "jigsaw puzzles", 179, 3,
     {"pieces": 500, "finished_size": "48 x 34 cm", "age": "10+"},
     "The colourful houses of Nyhavn reflected in the canal at dusk. 500-piece jigsaw puzzle.", 1),
    ("JP-403", "The Little Mermaid Harbour", "jigsaw puzzles", 199, 0,
     {"pieces": 1000, "finished_size": "68 x 48 cm", "age": "12+"},
     "The famous statue on her rock at Langelinie on a summer morning. 1000-piece jigsaw puzzle.", 1),
    ("JP-404", "Nordic Lighthouse", "jigsaw puzzles", 249, 12,
     {"pieces": 750, "finished_size": "60 x 45 cm", "age": "12+"},
     "A white lighthouse on the west coast under a stormy sky. 750-piece jigsaw puzzle.", 1),
    ("JP-405", "Forest Floor", "jigsaw puzzles", 349, 4,
     {"pieces": 2000, "finished_size": "98 x 68 cm", "age": "14+"},
     "Moss, mushrooms and beech leaves in close-up. A challenging 2000-piece jigsaw puzzle.", 1),
    ("JP-406", "Round the World Map", "jigsaw puzzles", 279, 10,
     {"pieces": 1000, "shape": "round", "finished_size": "67 cm diameter", "age": "12+"},
     "An illustrated round world map with animals and landmarks. 1000-piece round jigsaw puzzle.", 1),
    ("JP-407", "Farm Friends Floor Puzzle", "jigsaw puzzles", 149, 16,
     {"pieces": 24, "finished_size": "90 x 60 cm", "age": "3+"},
     "Big, thick floor puzzle pieces with farm animals. 24 pieces.", 1),
    ("JP-408", "100 Piece Dinosaur Puzzle", "jigsaw puzzles", 99, 22,
     {"pieces": 100, "finished_size": "49 x 36 cm", "age": "5+"},
     "A jungle full of dinosaurs, with a poster to help. 100 pieces.", 1),
    ("JP-409", "Wooden Puzzle Box: Fox", "jigsaw puzzles", 129, 6,
     {"pieces": 56, "type": "3D wooden puzzle", "age": "10+"},
     "A 3D wooden fox that opens into a little secret box. 56 laser-cut pieces.", 1),
    ("JP-410", "Good Night, Copenhagen", "jigsaw puzzles", 159, 6,
     {"pieces": 300, "piece_size": "large pieces", "finished_size": "48 x 34 cm", "age": "8+"},
     "Copenhagen rooftops under the stars. 300 large pieces, easy to handle.", 1),
    # ---------------------------------------------------------------- wooden toys
    ("WT-501", "Tower of 54 Blocks", "wooden toys", 149, 18,
     {"pieces": 54, "material": "beech wood", "age": "6+", "players": "1+"},
     "54 solid beech blocks: build the tower, pull a block, don't let it topple.", 1),
    ("WT-502", "Rainbow Stacker", "wooden toys", 299, 5,
     {"pieces": 12, "colors": ["red", "orange", "yellow", "green", "blue", "purple"], "material": "lime wood with water-based paint", "age": "18 months+"},
     "Twelve wooden arches in rainbow colours for stacking, building and open-ended play.", 2),
    ("WT-503", "Wooden Train Set", "wooden toys", 499, 3,
     {"pieces": 40, "material": "beech wood", "age": "3+"},
     "Wooden railway with tracks, a bridge, a station and a train with magnetic carriages. 40 pieces.", 1),
    ("WT-504", "Pull-Along Duck", "wooden toys", 179, 9,
     {"color": "yellow", "material": "beech wood", "age": "18 months+"},
     "A wooden duck on wheels whose feet flap as it waddles along.", 1),
    ("WT-505", "Shape Sorter Cube", "wooden toys", 199, 0,
     {"pieces": 12, "material": "beech wood", "age": "12 months+"},
     "Wooden cube with twelve shapes to post through the matching holes.", 1),
    ("WT-506", "Balance Board", "wooden toys", 649, 2,
     {"material": "beech plywood", "age": "3+", "max_load": "100 kg", "size": "80 x 30 cm"},
     "Curved wooden balance board for rocking, bridging and climbing. Holds up to 100 kg, so grown-ups can use it too.", 1),
    ("WT-507", "Play Kitchen Toaster", "wooden toys", 229, 7,
     {"material": "beech wood", "age": "3+", "includes": "toaster, 2 slices of toast, butter knife"},
     "Wooden toaster with pop-up toast for the play kitchen.", 1),
    ("WT-508", "Marble Run Starter", "wooden toys", 349, 1,
     {"pieces": 60, "material": "beech wood", "age": "4+"},
     "Wooden marble run starter set with 60 pieces, including 10 glass marbles.", 1),
    # ---------------------------------------------------------------- building sets
    ("BS-601", "Harbour Crane Builder", "building sets", 349, 8,
     {"pieces": 320, "age": "7+"},
     "Build a working harbour crane with a winch that really lifts containers. 320 pieces.", 1),
    ("BS-602", "Space Station Orbit", "building sets", 449, 0,
     {"pieces": 540, "age": "9+"},
     "Build a modular space station with solar panels and a docking shuttle. 540 pieces.", 1),
    ("BS-603", "Magnetic Tiles", "building sets", 499, 6,
     {"pieces": 60, "age": "3+"},
     "Translucent magnetic building tiles in bright colours. 60-piece set.", 1),
    ("BS-604", "Magnetic Tiles", "building sets", 749, 2,
     {"pieces": 100, "age": "3+"},
     "Translucent magnetic building tiles in bright colours. 100-piece set with wheels and windows.", 1),
    ("BS-605", "Mini Windmill Kit", "building sets", 179, 13,
     {"pieces": 180, "age": "8+"},
     "Build a Danish windmill whose sails really turn. 180 pieces.", 1),
    ("BS-606", "Big Bricks Starter Box", "building sets", 279, 11,
     {"pieces": 80, "age": "18 months+"},
     "Large, soft-edged building bricks for little hands. 80 pieces in a storage box.", 1),
    ("BS-607", "Castle on the Hill", "building sets", 1199, 3,
     {"pieces": 1250, "age": "12+"},
     "A big building set: a medieval castle with a drawbridge, towers and a hidden dungeon.", 2),
    # ---------------------------------------------------------------- plush toys
    ("PL-701-S", "Fjord the Fox", "plush toys", 149, 20,
     {"size": "small", "height": "25 cm", "washable": "30°C"},
     "Soft, cuddly fox with a fluffy tail and embroidered eyes. Small: 25 cm.", 1),
    ("PL-701-L", "Fjord the Fox", "plush toys", 299, 0,
     {"size": "large", "height": "45 cm", "washable": "30°C"},
     "Soft, cuddly fox with a fluffy tail and embroidered eyes. Large: 45 cm.", 1),
    ("PL-702-S", "Bjørn the Bear", "plush toys", 129, 3,
     {"size": "small", "height": "20 cm", "washable": "30°C"},
     "A classic brown teddy bear in soft plush. Small: 20 cm.", 1),
    ("PL-702-L", "Bjørn the Bear", "plush toys", 399, 5,
     {"size": "large", "height": "60 cm", "washable": "30°C"},
     "A classic brown teddy bear in soft plush. Large: 60 cm.", 1),
    ("PL-703", "Sleepy Seal", "plush toys", 179, 12,
     {"height": "30 cm", "color": "grey", "washable": "30°C"},
     "A sleepy grey seal pup with a soft white belly.", 1),
    ("PL-704", "Hygge Hedgehog", "plush toys", 99, 4,
     {"height": "18 cm", "washable": "30°C"},
     "A small, round hedgehog with soft spikes. Fits in a coat pocket.", 1),
    ("PL-705", "Cuddle Whale", "plush toys", 249, 7,
     {"length": "50 cm", "color": "blue", "washable": "30°C"},
     "A long blue whale to cuddle at bedtime.", 1),
    # ---------------------------------------------------------------- outdoor toys
    ("OT-801", "Kubb Viking Chess", "outdoor toys", 349, 10,
     {"players": "2-12", "age": "6+", "material": "birch wood", "pieces": 21},
     "The classic lawn game: knock over the kubbs and then the king. 21 pieces in a cotton bag.", 1),
    ("OT-802-RED", "Skipping Rope", "outdoor toys", 59, 14,
     {"color": "red", "length": "2.5 m", "handles": "wood"},
     "Cotton skipping rope with wooden handles. Red.", 1),
    ("OT-802-BLU", "Skipping Rope", "outdoor toys", 59, 0,
     {"color": "blue", "length": "2.5 m", "handles": "wood"},
     "Cotton skipping rope with wooden handles. Blue.", 1),
    ("OT-802-GRN", "Skipping Rope", "outdoor toys", 59, 2,
     {"color": "green", "length": "2.5 m", "handles": "wood"},
     "Cotton skipping rope with wooden handles. Green.", 1),
    ("OT-803", "Beach Bucket Set", "outdoor toys", 99, 24,
     {"pieces": 7, "colors": ["yellow", "blue", "pink"], "age": "18 months+"},
     "Bucket, spade, rake, watering can and three sand moulds. Colour chosen at random.", 1),
    ("OT-804", "Stunt Kite Delta", "outdoor toys", 279, 4,
     {"span": "140 cm", "age": "8+", "lines": "2 x 25 m"},
     "Two-line stunt kite for beach and park, with lines and handles included.", 1),
    ("OT-805", "Garden Bowling Set", "outdoor toys", 199, 5,
     {"pieces": 12, "age": "3+", "includes": "10 pins, 2 balls"},
     "Soft foam bowling pins and two balls for the garden or the living room.", 1),
    ("OT-806", "Bubble Wand Mega", "outdoor toys", 49, 35,
     {"age": "3+", "length": "45 cm"},
     "A giant bubble wand with 250 ml bubble mix for really big bubbles.", 1),
    ("OT-807", "Flying Disc 175 g", "outdoor toys", 89, 19,
     {"weight": "175 g", "colors": ["white", "orange"], "age": "6+"},
     "Regulation weight flying disc for ultimate and garden throwing.", 1),
    # ---------------------------------------------------------------- craft kits
    ("CK-901", "Paint Your Own Wooden Viking", "craft kits", 129, 9,
     {"age": "6+", "contents": ["wooden viking figure", "6 paints", "brush"]},
     "Paint your own wooden Viking warrior with shield and helmet.", 1),
    ("CK-902", "Friendship Bracelet Studio", "craft kits", 169, 12,
     {"age": "8+", "contents": ["20 thread colours", "bead box", "braiding disc"]},
     "Everything you need to make friendship bracelets, including a braiding disc.", 1),
    ("CK-903", "Ironing Beads Bucket", "craft kits", 99, 27,
     {"age": "5+", "beads": 3000, "contents": ["3000 beads", "2 pegboards", "ironing paper"]},
     "A bucket of 3000 ironing beads in 10 colours, with two pegboards and ironing paper.", 1),
    ("CK-904", "Knitting for Kids", "craft kits", 199, 0,
     {"age": "8+", "contents": ["wooden knitting needles", "3 balls of wool", "pattern booklet"]},
     "Learn to knit a scarf and a little bunny with chunky wooden needles.", 1),
    ("CK-905", "Clay Animals Kit", "craft kits", 149, 6,
     {"age": "6+", "contents": ["air-dry clay in 8 colours", "modelling tools"]},
     "Model your own little animals with air-dry clay. No oven needed.", 1),
    ("CK-906", "Sew Your Own Plush Fox", "craft kits", 179, 1,
     {"age": "10+", "contents": ["pre-cut felt", "thread", "needle", "stuffing"]},
     "Sew a soft felt fox, with pre-cut pieces and step-by-step instructions.", 1),
    # ---------------------------------------------------------------- dice and accessories
    ("DA-1001-BLU", "Polyhedral Dice Set (7 dice)", "dice and accessories", 79, 45,
     {"color": "midnight blue", "count": 7, "dice": "d4, d6, d8, two d10, d12, d20"},
     "Seven polyhedral dice for role-playing games in midnight blue with gold numbers.", 1),
    ("DA-1001-RED", "Polyhedral Dice Set (7 dice)", "dice and accessories", 79, 3,
     {"color": "ember red", "count": 7, "dice": "d4, d6, d8, two d10, d12, d20"},
     "Seven polyhedral dice for role-playing games in ember red with white numbers.", 1),
    ("DA-1003", "Felt Dice Tray", "dice and accessories", 149, 8,
     {"size": "22 cm across", "material": "wood and felt"},
     "Hexagonal wooden dice tray lined with felt. Keeps dice on the table and the noise down.", 1),
    ("DA-1004", "Card Sleeves Standard (100)", "dice and accessories", 39.95, 60,
     {"size": "63.5 x 88 mm", "count": 100},
     "100 clear card sleeves in the standard size used by most card games.", 1),
    ("DA-1005", "Sand Timer 1 Minute", "dice and accessories", 29.95, 15,
     {"time": "1 minute", "material": "glass and wood"},
     "A one-minute sand timer to replace the lost one from your party game.", 1),
    ("DA-1006", "36 Wooden D6 Dice", "dice and accessories", 59, 12,
     {"count": 36, "size": "16 mm", "material": "wood"},
     "36 natural wooden six-sided dice in a cotton bag.", 1),
    ("DA-1007", "Score Pad Refill", "dice and accessories", 24.95, 8,
     {"sheets": 100},
     "Refill pad of 100 score sheets for dice games.", 1),
    ("DA-1008", "Puzzle Roll-Up Mat", "dice and accessories", 199, 9,
     {"fits": "puzzles up to 2000 pieces", "size": "120 x 90 cm"},
     "Roll up an unfinished jigsaw puzzle and put it away without losing your progress.", 1),
    # ---------------------------------------------------------------- gift card
    ("GC-250", "Brikker & Terninger Gift Card", "gift cards", 250, None,
     {"delivery": "by email as a PDF", "validity": "3 years", "redeemable": "online and in the shop"},
     "A 250 kr gift card for games, puzzles and toys, sent by email. Valid for 3 years.", 1),
]

FAQ = [
    ("delivery-denmark", "How much is delivery in Denmark and how long does it take?",
     "We pack every order ourselves in the back room of the shop, and orders placed before 14:00 on a weekday leave us the same day; orders placed later or at the weekend go out the next working day. Within Denmark you can choose between: PostNord to a parcel shop (pakkeshop) for 39 kr, usually 1-2 working days; GLS to a parcel shop for 39 kr, usually 1-2 working days; DAO home delivery in the evening between 17 and 22 for 49 kr, usually 1-2 working days; and PostNord home delivery with signature for 69 kr, usually 1-3 working days. Delivery to a parcel shop is free when your order is 499 kr or more (after discounts, before gift wrapping). Parcels to Bornholm take one extra day at the same price. Large items, such as balance boards and the biggest building sets, are always sent with GLS. Schools, kindergartens and other businesses can have their order sent with Bring to the business address for 59 kr. Click and collect in the shop is always free. You get a tracking link by email as soon as the parcel has been handed to the carrier. If one thing in your order is out of stock, we hold the whole order until everything is ready, unless you write and ask us to split it."),
    ("delivery-abroad", "Do you ship outside Denmark?",
     "Yes, within Europe. Parcels to Sweden, Norway, Finland and Iceland go with Bring (99 kr, 2-5 working days; Iceland 179 kr, 5-10 working days). Germany and the rest of the EU go with GLS (129 kr, 3-6 working days). Delivery abroad is free from 999 kr. Norway and Iceland are outside the EU, so local VAT and fees may be charged on arrival. The Faroe Islands and Greenland go with PostNord for 179 kr. Sorry, we do not ship outside Europe."),
    ("tracking", "How do I track my parcel?",
     "When your parcel leaves us you get an email with a tracking link from PostNord, GLS, DAO or Bring. It can take up to 24 hours before the first scan shows up. You can also ask us about your order: just give us your order number and the email address you ordered with."),
    ("click-and-collect", "Can I pick up my order in the shop?",
     "Yes! Choose 'Click & collect' at checkout. It is free, and we email you when your order is ready, normally within 2 hours during opening hours. We keep it behind the counter for 7 days. Bring your order number; someone else can collect it for you if they have the number."),
    ("returns", "What is your return policy?",
     "You have 30 days to return anything you have bought from us online, counted from the day you receive the parcel. The item must be unused and in its original packaging; for games and puzzles that means the shrink wrap must still be on (see our separate answer about opened games). To return something, write to shop@example.dk with your order number and what you are sending back, and we will reply with a return form. You pay the return postage yourself, unless the item was faulty or we sent you the wrong thing. If you like, we can email you a PostNord return label for 45 kr, which we deduct from your refund. You are also very welcome to bring returns to the shop in person, which is free. We refund to the payment method you used within 14 days of receiving the return. The original delivery charge is only refunded if you return the whole order. Gift cards, personalised items and opened craft materials cannot be returned. Things bought in the shop can be returned within 30 days with the receipt. Faulty items are covered by the 2-year complaint right rather than the return policy, so write to us even if the 30 days have passed."),
    ("exchanges", "Can I exchange a present?",
     "Of course. Anything unopened can be exchanged within 30 days, in the shop or by post. Ask for a gift receipt (byttebon) and the person you give it to can exchange it without seeing the price. Christmas presents bought from 1 November can be exchanged until 15 January. You can exchange for another item or a gift card; we can't pay out cash against a gift receipt."),
    ("opened-games", "Can I return a game that has been opened?",
     "Once the shrink wrap is off, we cannot take a game or puzzle back just because it wasn't a hit at the table, because we sell everything as new. Opened games that are faulty or missing parts are of course covered (see our answer about missing pieces). Not sure if a game suits your group? Come and try it first: the game library in the shop has open copies of most of the games we sell, and you can play them for free during opening hours."),
    ("missing-pieces", "A piece is missing from my puzzle or game. What do I do?",
     "Sorry to hear that! A missing puzzle piece is the worst. First, check the box, the bag and under the sofa: pieces sometimes hide in the fold of the inner bag. If the piece really is missing, write to us at shop@example.dk within 60 days of buying the puzzle or game. Tell us the product name and your order number (or bring the receipt if you bought it in the shop), and add a photo of the finished puzzle with the gap, or of the contents of the game laid out on the table. For puzzles, we ask the publisher for a replacement piece; most publishers can cut a new piece or send one from a spare copy, which takes 2-4 weeks. If no piece can be found, we replace the whole puzzle or refund it. For board and card games, we order the missing or damaged component from the publisher free of charge. Lost a piece yourself after years of play? Many publishers sell spare parts, and we keep a spare parts jar with extra meeples, dice, pawns and cubes that you are welcome to rummage through for free in the shop. Damaged boxes or broken parts on arrival should be reported within 14 days with a photo, so that we can claim them from the carrier."),
    ("gift-wrapping", "Do you offer gift wrapping?",
     "Yes! We wrap in our blue paper with a handwritten card for 25 kr per item when you order online, and for free in the shop. Choose 'Gift wrap' at checkout and write your message. When you choose gift wrapping we never put prices on the packing slip."),
    ("game-nights", "Do you host game nights?",
     "Yes! Every Thursday from 18:00 to 22:00 we turn the back room into a games café. Entry is 40 kr, including tea, coffee and squash, and you can play anything from our library of more than 300 open games. Our staff are happy to teach you a new game, so come alone or with friends, whether you are a complete beginner or a seasoned strategist. There is room for 32 players, so we recommend booking a seat through our newsletter or in the shop, but walk-ins are welcome while there is space. On the first Sunday of every month we host a family games afternoon from 13:00 to 16:00 for children aged 5 and up with their grown-ups; it is free, and we bring out the big floor puzzles and cooperative games. Every couple of months we run a small tournament, for example Kubb in the park behind the shop in the summer and Harbour Lights in the winter, with shop gift cards as prizes. Thursday game nights are for ages 14 and up unless an adult comes with you. Game nights are cancelled on public holidays; we announce any changes in our newsletter and on the notice board in the shop."),
    ("age-safety", "Are your toys safe, and what do the age markings mean?",
     "All toys we sell are CE marked, which means the manufacturer declares that they meet the EU Toy Safety Directive, and we only buy from suppliers who can show us their test reports. Please always read the age marking on the box. The age on a board game (for example 8+) is a guide to how hard the rules are, while the symbol with a crossed-out child and 0-3 is a safety warning: the product contains small parts and is not suitable for children under 3 years because of the choking hazard. This applies to many games with dice, marbles, beads and other small pieces, including marble runs and ironing beads. Our wooden toys for the youngest are finished with water-based paint and oil, and our plush toys have embroidered eyes, are tested for babies from birth and can be washed at 30°C. We do not sell toys with button batteries. If a product we have sold is ever recalled, we contact everybody who bought it online and put up a notice in the shop. When in doubt, ask us: we are always happy to help you find a toy that fits the child's age."),
    ("warranty", "What warranty do I get?",
     "Everything you buy from us is covered by the Danish complaint right (reklamationsret) for 2 years, for faults that were there when you bought it. Write to shop@example.dk with a photo and your order number, and we will repair, replace or refund. Normal wear and tear, lost pieces and damage from leaving wooden toys outside in wet weather are not covered. The balance board also has a 5-year manufacturer's warranty on the wood."),
    ("payment", "How can I pay?",
     "We accept Dankort, Visa, Mastercard, MobilePay, Apple Pay and our own gift cards. Schools, kindergartens and other public institutions can pay by invoice with their EAN number. We only charge your card when the order is sent, and there are no card fees."),
    ("opening-hours", "When is the shop open?",
     "Our shop at Klodsgade 14, 2200 København N is open Tuesday to Friday 11:00-18:00, Saturday 10:00-16:00 and Sunday 12:00-16:00. We are closed on Mondays and public holidays. In December we are open every day, Mondays included, 10:00-18:00. On Thursdays the game night keeps the back room open until 22:00."),
    ("order-changes", "Can I change or cancel my order?",
     "Write to us as soon as possible at shop@example.dk, or call us. While your order has the status processing we can change the delivery address, add or remove items, or cancel it. Once it has been shipped we cannot stop it, but you can return it under our normal 30-day return policy."),
    ("lost-parcels", "My parcel hasn't arrived. What now?",
     "If the tracking has not changed for 5 working days, or it says delivered but you can't find the parcel, first check with your neighbours and the parcel shop. Then write to us with your order number: we open an investigation with the carrier, which can take up to 10 working days. If the parcel is lost, we send you a new one or refund you in full, whichever you prefer."),
    ("gift-cards", "How do your gift cards work?",
     "You can buy a 250 kr gift card online, which we send by email as a PDF, or a gift card for any amount between 100 and 2000 kr in the shop. Gift cards are valid for 3 years from the date of purchase and can be used online and in the shop, also over several purchases. They cannot be exchanged for cash, and we cannot replace a lost printed card."),
    ("contact", "How do I contact you?",
     "Write to shop@example.dk and we reply within one working day, usually much faster. You can call us on 33 91 27 40 Tuesday to Friday 11:00-15:00, or simply come by the shop. If it is about an order, please include your order number and the email address you ordered with."),
    ("restock", "When will an out-of-stock item be back?",
     "Popular games sell out, especially before Christmas. Click 'Tell me when it's back' on the product page and we email you as soon as it is in stock again. Most items come back within 2-6 weeks; imported games and special editions can take longer, and we note that on the product page. We can't reserve items that are out of stock."),
    ("schools", "Do you give discounts to schools and kindergartens?",
     "Yes. Schools, kindergartens, after-school clubs (SFO) and libraries get 10% off everything except gift cards. Order online with your EAN number to pay by invoice, or email us for a quote. Delivery to institutions in Copenhagen and Frederiksberg is free on orders over 1500 kr."),
]

# (order_id, email, postcode, placed, status, carrier, eta, items)
ORDERS = [
    ("BT31380", "nanna.b@example.dk", "8200", "2026-02-20", "returned", "PostNord", None, [("JP-403", 1)]),
    ("BT31391", "thomas.h@example.com", "5700", "2026-02-24", "cancelled", None, None, [("BG-112", 1)]),
    ("BT31399", "clara.f@example.dk", "1050", "2026-02-26", "delivered", "DAO", None, [("PL-702-L", 1), ("CK-902", 1)]),
    ("BT31402", "mette.lund@example.dk", "2200", "2026-02-27", "delivered", "PostNord", None, [("BG-101-EN", 1)]),
    ("BT31410", "viktor.a@example.dk", "4700", "2026-02-28", "delivered", "GLS", None, [("WT-506", 1)]),
    ("BT31418", "jonas.k@example.com", "8000", "2026-03-02", "delivered", "GLS", None, [("BG-115", 1), ("DA-1004", 2)]),
    ("BT31421", "frida.holm@example.dk", "5000", "2026-03-03", "returned", "GLS", None, [("CG-207", 1)]),
    ("BT31426", "anders.m@example.com", "2630", "2026-03-04", "shipped", "GLS", "2026-03-07", [("BS-607", 1)]),
    ("BT31430", "peter.bak@example.com", "9000", "2026-03-05", "cancelled", None, None, [("BS-602", 1)]),
    ("BT31433", "ann-sofie@example.dk", "2100", "2026-03-06", "delivered", None, None, [("JP-401", 1), ("DA-1008", 1)]),
    ("BT31437", "signe.l@example.dk", "8900", "2026-03-06", "returned", "GLS", None, [("PG-303", 1)]),
    ("BT31441", "lars.nygaard@example.net", "7100", "2026-03-07", "shipped", "DAO", "2026-03-10", [("OT-801", 1), ("OT-807", 2)]),
    ("BT31447", "ida.m@example.dk", "1620", "2026-03-08", "processing", None, None, [("PL-701-S", 1), ("CK-906", 1)]),
    ("BT31450", "oliver.s@example.com", "3000", "2026-03-08", "shipped", "GLS", "2026-03-11", [("BG-110-EN", 1)]),
    ("BT31455", "mette.lund@example.dk", "2200", "2026-03-09", "shipped", "GLS", "2026-03-12", [("JP-404", 1), ("PL-701-S", 1)]),
    ("BT31458", "emma.w@example.org", "6700", "2026-03-09", "processing", None, None, [("BS-604", 1)]),
    ("BT31461", "henrik.d@example.dk", "4000", "2026-03-09", "shipped", "PostNord", "2026-03-13", [("BG-102-DA", 1), ("BG-103", 1)]),
    ("BT31469", "boernehaven.solsikken@example.dk", "8600", "2026-03-09", "shipped", "Bring", "2026-03-12", [("BS-606", 2), ("WT-505", 1), ("JP-407", 3)]),
    ("BT31472", "kasper.juul@example.com", "2300", "2026-03-10", "processing", None, None, [("CG-205-EN", 1)]),
    ("BT31475", "maja.t@example.dk", "2800", "2026-03-10", "shipped", "DAO", "2026-03-12", [("PG-302", 1), ("PG-306", 1)]),
    ("BT31478", "line.v@example.dk", "2450", "2026-03-10", "shipped", "GLS", "2026-03-13", [("WT-503", 1)]),
    ("BT31481", "mads.p@example.net", "9200", "2026-03-11", "processing", None, None, [("DA-1001-BLU", 2), ("DA-1003", 1)]),
    ("BT31484", "rasmus.e@example.com", "3700", "2026-03-11", "shipped", "PostNord", "2026-03-16", [("JP-405", 1)]),
    ("BT31487", "camilla.o@example.dk", "2000", "2026-03-11", "processing", None, None, [("GC-250", 2)]),
    ("BT31490", "julie.s@example.org", "6000", "2026-03-12", "processing", None, None, [("OT-804", 1)]),
    ("BT31493", "morten.g@example.dk", "2900", "2026-03-12", "cancelled", None, None, [("PG-307", 1)]),
]


# ------------------------------------------------------------------- PNG drawing
def _chunk(kind, data):
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def draw_png(seed, size=48):
    """A small RGB picture: two colours and a pattern chosen from sha256(seed)."""
    h = hashlib.sha256(seed.encode("utf-8")).digest()
    c1 = (h[0], h[1], h[2])
    c2 = (255 - h[0] // 2, 255 - h[1] // 2, 255 - h[2] // 2)
    c3 = (h[3], h[4], h[5])
    pattern = h[6] % 4
    step = 4 + h[7] % 8
    cx, cy, r = size // 2 + h[8] % 9 - 4, size // 2 + h[9] % 9 - 4, 8 + h[10] % 12
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter type 0
        for x in range(size):
            if pattern == 0:
                on = (y // step) % 2 == 0
            elif pattern == 1:
                on = (x // step) % 2 == 0
            elif pattern == 2:
                on = ((x // step) + (y // step)) % 2 == 0
            else:
                on = ((x + y) // step) % 2 == 0
            col = c1 if on else c2
            if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                col = c3
            row.extend(col)
        rows.append(bytes(row))
    raw = b"".join(rows)
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


# ------------------------------------------------------------------- building
def product_records():
    out = []
    for sku, name, category, price, stock, attrs, desc, n_img in PRODUCTS:
        rec = {"sku": sku, "name": name, "description": desc, "category": category,
               "price": price, "currency": CURRENCY}
        if stock is not None:
            rec["stock"] = stock
        rec["attributes"] = attrs
        rec["images"] = ["images/%s-%d.png" % (sku.lower(), i) for i in range(1, n_img + 1)]
        out.append(rec)
    return out


def faq_records():
    return [{"id": i, "question": q, "answer": a} for i, q, a in FAQ]


def order_records():
    out = []
    for oid, email, postcode, placed, status, carrier, eta, items in ORDERS:
        rec = {"order_id": oid, "email": email, "postcode": postcode, "placed": placed, "status": status}
        if carrier:
            rec["carrier"] = carrier
        if eta:
            rec["eta"] = eta
        rec["items"] = [{"sku": s, "qty": q} for s, q in items]
        out.append(rec)
    return out


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def build(out_dir):
    os.makedirs(os.path.join(out_dir, "images"), exist_ok=True)
    products = product_records()
    write_jsonl(os.path.join(out_dir, "catalog.jsonl"), products)
    write_jsonl(os.path.join(out_dir, "faq.jsonl"), faq_records())
    write_jsonl(os.path.join(out_dir, "orders.jsonl"), order_records())
    with open(os.path.join(out_dir, "store.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")
    for rec in products:
        for rel in rec["images"]:
            with open(os.path.join(out_dir, rel), "wb") as f:
                f.write(draw_png(rel))


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python make_store.py OUT_DIR\n")
        return 2
    build(argv[1])
    print("wrote %d products, %d FAQ entries, %d orders to %s"
          % (len(PRODUCTS), len(FAQ), len(ORDERS), argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
