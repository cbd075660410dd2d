#!/usr/bin/env python3
"""Build the "Mallige Books & Paper" test store (store format v1).

Usage: python data/eval/blind14/make_store.py OUT_DIR

Standard library only. The output is byte-identical on every run: all data is
written out literally below, JSON is serialised in a fixed key order, and the
PNG images are drawn from fixed patterns and compressed with a fixed zlib level.
"""

import hashlib
import json
import os
import struct
import sys
import zlib

STORE = {
    "name": "Mallige Books & Paper",
    "currency": "INR",
    "locale": "en-IN",
    "greeting": "Namaskara! Welcome to Mallige Books & Paper, the independent bookshop "
    "and stationery counter in Basavanagudi, Bengaluru. Ask me about books, pens, "
    "notebooks, deliveries or your order.",
}

# --------------------------------------------------------------------------
# Catalogue
# --------------------------------------------------------------------------
# Books: (sku, title, category, price, stock, author, publisher, format, pages,
#         extra attributes, description)
# "format" may be None when the product carries a "formats" list instead.

BOOKS = [
    # ---- fiction ----
    ("BK-QMN-PB", "The Quiet Monsoon", "fiction", 399, 14, "Revathi Iyengar",
     "Tamarind Leaf Press", "paperback", 312, {"genre": "literary fiction"},
     "Three sisters wait out one long, rainless June in a crumbling house in Chikmagalur."),
    ("BK-QMN-HB", "The Quiet Monsoon", "fiction", 749, 0, "Revathi Iyengar",
     "Tamarind Leaf Press", "hardcover", 312, {"genre": "literary fiction"},
     "Three sisters wait out one long, rainless June in a crumbling house in Chikmagalur. Cloth-bound edition with a ribbon marker."),
    ("BK-CRT-PB", "The Cartographer's Daughter", "fiction", 425, 9, "Nikhil Varadarajan",
     "Kestrel House", "paperback", 368, {"genre": "historical fiction"},
     "A survey officer's daughter finishes her father's unfinished map of the Western Ghats in 1871."),
    ("BK-MSR-PB", "A Map of Small Rains", "fiction", 375, 3, "Leela Menon-Kurian",
     "Tamarind Leaf Press", "paperback", 244, {"genre": "short stories"},
     "Twelve linked stories set in one apartment block in Kochi over a single monsoon."),
    ("BK-LTM-PB", "The Last Tram to Malleswaram", "fiction", 350, 27, "Sandeep Hegde",
     "Banyan Street Books", "paperback", 288, {"genre": "literary fiction"},
     "A retired tram conductor retraces the route of a city line that closed decades ago."),
    ("BK-LTM-HB", "The Last Tram to Malleswaram", "fiction", 699, 4, "Sandeep Hegde",
     "Banyan Street Books", "hardcover", 288, {"genre": "literary fiction"},
     "A retired tram conductor retraces the route of a city line that closed decades ago. Hardcover first edition."),
    ("BK-LFH-PB", "Letters from Hampi", "fiction", 299, 0, "Priya Raghunath",
     "Kestrel House", "paperback", 204, {"genre": "epistolary novel"},
     "A novel in letters between an archaeology student and her grandmother."),
    ("BK-FRS-PB", "Ferry Season", "fiction", 325, 11, "Tomas D'Souza",
     "Konkan Coast Press", "paperback", 276, {"genre": "literary fiction"},
     "A ferryman on the Mandovi and the summer a film crew comes to his village."),
    ("BK-WOJ-HB", "The Weight of Jasmine", "fiction", 799, 2, "Kavitha Ramprasad",
     "Kestrel House", "hardcover", 416, {"genre": "family saga"},
     "Four generations of a flower-selling family in Madurai."),
    ("BK-NBM-PB", "Night Bus to Mysuru", "fiction", 299, 40, "Arjun Bhat",
     "Banyan Street Books", "paperback", 232, {"genre": "thriller"},
     "Eleven passengers, one overnight bus and a missing briefcase."),
    ("BK-ORW-PB", "Ordinary Weather", "fiction", 349, 8, "Sunaina Rao",
     "Tamarind Leaf Press", "paperback", 198, {"genre": "novella"},
     "A quiet novella about a weather-station clerk and the year nothing happened."),
    ("BK-GDC-PB", "Good Company", "fiction", 275, 15, "Dev Malhotra",
     "Banyan Street Books", "paperback", 180, {"genre": "comic novel"},
     "An office comedy about the last typewriter repair company in Chandni Chowk."),
    ("BK-CFE-PB", "Coffee Estate", "fiction", 450, 5, "Maya Cariappa",
     "Western Ghats Press", "paperback", 352, {"genre": "literary fiction"},
     "A daughter returns to run her family's failing coffee estate in Kodagu."),
    ("BK-GLV-PB", "The Glass Verandah", "fiction", 375, 10, "Meenakshi Balan",
     "Kestrel House", None, 296, {"formats": ["paperback", "large print"], "genre": "mystery"},
     "A cosy mystery set in a Fort Kochi guest house. Choose the standard paperback or the large print edition at the same price."),
    ("BK-PKT-PB", "Paper Kites", "fiction", 299, 0, "Nisha Kamath",
     "Tamarind Leaf Press", "paperback", 220, {"genre": "coming of age"},
     "Two friends, one terrace and the kite-flying season of 1994."),
    ("BK-TTS-HB", "The Tea Taster", "fiction", 699, 8, "Anand Bopanna",
     "Western Ghats Press", "hardcover", 336, {"genre": "historical fiction"},
     "A tea taster in 1930s Calcutta is asked to identify a poisoned blend."),
    ("BK-CLK-PB", "The Clockmaker of Chickpet", "fiction", 399, 6, "Farhan Baig",
     "Banyan Street Books", "paperback", 304, {"genre": "magical realism"},
     "A clockmaker in old Bengaluru repairs clocks that run on memories."),
    ("BK-UGM-PB", "Under the Gulmohar", "poetry", 250, 5, "Zoya Mirza",
     "Tamarind Leaf Press", "paperback", 112, {"genre": "poetry"},
     "Sixty poems about summers, streets and small goodbyes."),
    # ---- non-fiction ----
    ("BK-RVR-PB", "Rivers Remember", "non-fiction", 499, 12, "Harsha Venkatesh",
     "Western Ghats Press", "paperback", 384, {"genre": "nature writing"},
     "A walk along the Kaveri from its source at Talakaveri to the delta."),
    ("BK-RVR-HB", "Rivers Remember", "non-fiction", 950, 3, "Harsha Venkatesh",
     "Western Ghats Press", "hardcover", 384, {"genre": "nature writing"},
     "A walk along the Kaveri from its source at Talakaveri to the delta. Hardcover with colour maps."),
    ("BK-BLK-PB", "A Short History of Bangalore's Lakes", "non-fiction", 599, 7, "Usha Nanjappa",
     "Western Ghats Press", "paperback", 272, {"genre": "local history"},
     "How the city's tanks were built, used, lost and, sometimes, brought back."),
    ("BK-PGD-PB", "The Patient Gardener", "non-fiction", 425, 0, "Gita Subramaniam",
     "Peppercorn Books", "paperback", 260, {"genre": "gardening"},
     "Growing vegetables and flowers on a city balcony, season by season."),
    ("BK-PGD-HB", "The Patient Gardener", "non-fiction", 850, 5, "Gita Subramaniam",
     "Peppercorn Books", "hardcover", 260, {"genre": "gardening"},
     "Growing vegetables and flowers on a city balcony, season by season. Hardcover with pressed-flower endpapers."),
    ("BK-CTS-PB", "Counting the Stars", "non-fiction", 399, 18, "Rohan Kulkarni",
     "Kestrel House", "paperback", 320, {"genre": "popular science"},
     "An astronomer's friendly guide to the night sky from an Indian city rooftop."),
    ("BK-SMC-PB", "Small Change", "non-fiction", 350, 22, "Aditi Saxena",
     "Kestrel House", "paperback", 240, {"genre": "economics"},
     "Essays on how ordinary Indians save, borrow and spend."),
    ("BK-HDL-HB", "Handloom", "non-fiction", 1450, 4, "Shobha Ramesh",
     "Peppercorn Books", "hardcover", 224, {"genre": "craft", "illustrations": "colour photographs"},
     "A photographic journey through the weaving towns of Karnataka, from Ilkal to Molakalmuru."),
    ("BK-AWS-PB", "The Art of Walking Slowly", "non-fiction", 325, 0, "Ibrahim Sait",
     "Tamarind Leaf Press", "paperback", 192, {"genre": "essays"},
     "Short essays in praise of walking, idling and looking."),
    ("BK-SCI-PB", "Second Innings", "non-fiction", 399, 14, "Ravi Shenoy",
     "Banyan Street Books", "paperback", 288, {"genre": "memoir"},
     "A club cricketer's memoir of forty seasons on Bengaluru's maidans."),
    ("BK-LSF-PB", "Learning to Swim at Forty", "non-fiction", 375, 9, "Mehak Chawla",
     "Kestrel House", "paperback", 256, {"genre": "memoir"},
     "A funny, frank memoir about starting over."),
    ("BK-BGO-HB", "Board Games of Old India", "non-fiction", 899, 6, "Srinath Acharya",
     "Peppercorn Books", "hardcover", 208, {"genre": "history"},
     "Rules and histories of pachisi, chowka bhara, pallanguzhi and twenty other games."),
    # ---- children's ----
    ("BK-PPB-PB", "Pip and the Paper Boat", "children", 225, 30, "Nandini Shetty",
     "Little Lantern Books", "paperback", 32,
     {"illustrator": "Karan Joshi", "age_range": "3-6 years"},
     "A little paper boat sails down a rain gutter all the way to the lake."),
    ("BK-PPB-BB", "Pip and the Paper Boat", "children", 299, 12, "Nandini Shetty",
     "Little Lantern Books", "board book", 24,
     {"illustrator": "Karan Joshi", "age_range": "1-4 years"},
     "A shorter board book edition of the picture book, with rounded corners."),
    ("BK-ELR-PB", "The Elephant Who Loved Rain", "children", 250, 16, "Asha Pillai",
     "Little Lantern Books", "paperback", 40, {"age_range": "4-8 years", "illustrator": "Mohan Krishnan"},
     "A young elephant in Nagarhole waits for the first rain of the year."),
    ("BK-MDM-PB", "Moonlight Detectives: The Missing Mango", "children", 299, 9, "Vikram Iyer",
     "Little Lantern Books", "paperback", 176, {"age_range": "8-12 years", "series": "Moonlight Detectives"},
     "Book 1: the prize Alphonso vanishes the night before the school fete."),
    ("BK-MDC-PB", "Moonlight Detectives: The Clocktower Clue", "children", 299, 0, "Vikram Iyer",
     "Little Lantern Books", "paperback", 184, {"age_range": "8-12 years", "series": "Moonlight Detectives"},
     "Book 2: the town clock stops at 3:17 every night, and the detectives want to know why."),
    ("BK-LTB-BB", "Little Tiger's Big Day", "children", 349, 6, "Ritu Chandra",
     "Little Lantern Books", "board book", 20, {"age_range": "2-5 years"},
     "Lift-the-flap board book about a tiger cub's first day out."),
    ("BK-SUB-HB", "Stories Under the Banyan", "children", 599, 10, "Lalitha Rao (editor)",
     "Little Lantern Books", "hardcover", 160, {"age_range": "6-10 years"},
     "Twenty folk tales from across India, retold for reading aloud."),
    ("BK-FKW-BB", "My First Kannada Words", "children", 275, 25, "Shwetha Prakash",
     "Little Lantern Books", "board book", 24, {"age_range": "1-4 years", "language": "Kannada and English"},
     "A bilingual picture dictionary of everyday words."),
    ("BK-TTT-PB", "Tales from the Tamarind Tree", "children", 275, 13, "Gopal Menon",
     "Little Lantern Books", "paperback", 96, {"age_range": "5-9 years"},
     "Bedtime stories told by a very old tamarind tree."),
    # ---- translations ----
    ("BK-RWH-PB", "The River Whispers", "translations", 399, 13, "H. R. Manjunath",
     "Setu Translations", "paperback", 248,
     {"translator": "Deepa Anand", "original_language": "Kannada"},
     "A village on the Tungabhadra faces the arrival of a dam."),
    ("BK-SSP-PB", "Songs of the Salt Pan", "translations", 450, 0, "Kalyani Murugesan",
     "Setu Translations", "paperback", 302,
     {"translator": "Arvind Natarajan", "original_language": "Tamil"},
     "The lives of salt-pan workers near Thoothukudi across one harvest."),
    ("BK-SSP-HB", "Songs of the Salt Pan", "translations", 799, 2, "Kalyani Murugesan",
     "Setu Translations", "hardcover", 302,
     {"translator": "Arvind Natarajan", "original_language": "Tamil"},
     "The lives of salt-pan workers near Thoothukudi across one harvest. Hardcover edition."),
    ("BK-BMW-PB", "The Boatman's Wife", "translations", 375, 7, "K. P. Sreedevi",
     "Setu Translations", "paperback", 264,
     {"translator": "Joseph Mathew", "original_language": "Malayalam"},
     "A woman takes over her husband's country boat on the Kuttanad backwaters."),
    ("BK-MLT-PB", "Monsoon Letters", "translations", 425, 4, "Anindita Sen",
     "Setu Translations", "paperback", 298,
     {"translator": "Rahul Basu", "original_language": "Bengali"},
     "Letters between two cousins, one in Shillong and one in Kolkata."),
    ("BK-DOV-PB", "Dust on the Veena", "translations", 399, 11, "Padmaja Reddy",
     "Setu Translations", "paperback", 276,
     {"translator": "Sirisha Rao", "original_language": "Telugu"},
     "A music teacher in Vijayawada and the student who outgrows her."),
    ("BK-HID-PB", "A House in Dharwad", "translations", 350, 6, "Gururaj Kulkarni",
     "Setu Translations", "paperback", 230,
     {"translator": "Anita Joshi", "original_language": "Kannada"},
     "The story of one house and the families who lived in it across a century."),
    ("BK-RRD-PB", "Raga for a Rainy Day", "translations", 325, 15, "Suresh Awasthi",
     "Setu Translations", "paperback", 210,
     {"translator": "Neha Kapoor", "original_language": "Hindi"},
     "Linked stories about musicians in Banaras."),
    # ---- cookbooks ----
    ("BK-SAS-HB", "Salt and Saffron", "cookbooks", 895, 6, "Farah Contractor",
     "Peppercorn Books", "hardcover", 288, {"cuisine": "Parsi and Gujarati", "recipes": 140},
     "Home recipes from a Parsi and Gujarati kitchen, with stories from the family table."),
    ("BK-SAS-PB", "Salt and Saffron", "cookbooks", 545, 21, "Farah Contractor",
     "Peppercorn Books", "paperback", 288, {"cuisine": "Parsi and Gujarati", "recipes": 140},
     "Home recipes from a Parsi and Gujarati kitchen, with stories from the family table."),
    ("BK-TFT-PB", "Tiffin Tales", "cookbooks", 499, 19, "Lakshmi Srinivasan",
     "Peppercorn Books", None, 224,
     {"formats": ["paperback", "spiral-bound"], "cuisine": "South Indian", "recipes": 120},
     "Lunchbox recipes for school and office. The spiral-bound edition lies flat on the counter; same price as the paperback."),
    ("BK-CKT-HB", "The Coastal Kitchen", "cookbooks", 975, 3, "Rhea Fernandes",
     "Peppercorn Books", "hardcover", 312, {"cuisine": "Konkani, Mangalorean and Goan", "recipes": 150},
     "Fish curries, sannas and sweets from the west coast."),
    ("BK-OPM-PB", "One Pot, Many Monsoons", "cookbooks", 450, 0, "Sameer Qureshi",
     "Peppercorn Books", "paperback", 240, {"cuisine": "one-pot Indian", "recipes": 90},
     "Comforting one-pot meals for rainy evenings."),
    ("BK-MLM-PB", "Millet Mornings", "cookbooks", 399, 24, "Chitra Gowda",
     "Peppercorn Books", "paperback", 192, {"cuisine": "millet breakfasts", "diet": "vegetarian", "recipes": 75},
     "Ragi, jowar and foxtail millet breakfasts, all vegetarian."),
]

PUBLISHER_CODE = {
    "Tamarind Leaf Press": 412,
    "Kestrel House": 537,
    "Banyan Street Books": 608,
    "Konkan Coast Press": 721,
    "Western Ghats Press": 846,
    "Peppercorn Books": 263,
    "Little Lantern Books": 394,
    "Setu Translations": 175,
}

# Other products: (sku, name, category, price, stock, attributes, description, n_images)
OTHER = [
    # ---- fountain pens ----
    ("PEN-KAV-TEL", "Kaveri Fountain Pen", "fountain pens", 850, 7,
     {"colour": "teal", "material": "acrylic resin", "nib_sizes": ["extra fine", "fine", "medium"],
      "filling_system": "cartridge/converter", "length": "13.5 cm"},
     "Our best-selling everyday fountain pen, polished acrylic with a steel nib. Converter included.", 2),
    ("PEN-KAV-MRN", "Kaveri Fountain Pen", "fountain pens", 850, 0,
     {"colour": "maroon", "material": "acrylic resin", "nib_sizes": ["extra fine", "fine", "medium"],
      "filling_system": "cartridge/converter", "length": "13.5 cm"},
     "Our best-selling everyday fountain pen, polished acrylic with a steel nib. Converter included.", 2),
    ("PEN-KAV-BLK", "Kaveri Fountain Pen", "fountain pens", 850, 12,
     {"colour": "black", "material": "acrylic resin", "nib_sizes": ["extra fine", "fine", "medium"],
      "filling_system": "cartridge/converter", "length": "13.5 cm"},
     "Our best-selling everyday fountain pen, polished acrylic with a steel nib. Converter included.", 2),
    ("PEN-NAN-BRS", "Nandi Brass Pen", "fountain pens", 1450, 4,
     {"material": "brass", "nib_sizes": ["fine", "medium", "broad"], "filling_system": "converter",
      "weight": "38 g"},
     "A solid, weighty pen machined from brass that darkens with use.", 2),
    ("PEN-DEM-CLR", "Student Demonstrator Pen", "fountain pens", 299, 45,
     {"material": "transparent plastic", "nib_sizes": ["fine", "medium"],
      "filling_system": "cartridge/converter"},
     "A see-through starter fountain pen for students. Comes with two blue cartridges.", 1),
    ("PEN-EBO-BLK", "Ebonite Classic Fountain Pen", "fountain pens", 2400, 2,
     {"material": "hand-turned ebonite", "nib_sizes": ["medium", "broad"], "filling_system": "eyedropper",
      "colour": "black"},
     "Hand-turned in a small workshop near Chennai; holds a lot of ink.", 2),
    ("PEN-SDW-01", "Sandalwood Pocket Pen", "fountain pens", 675, 0,
     {"material": "sandalwood", "nib_sizes": ["fine"], "filling_system": "cartridge", "length": "10 cm"},
     "A short pocket pen in fragrant Mysuru sandalwood.", 1),
    # ---- ink ----
    ("INK-MAL-30", "Mallige Ink 30 ml", "ink", 275, 33,
     {"volume": "30 ml", "colours": ["Monsoon Blue", "Coffee Brown", "Kanjeevaram Red", "Temple Green",
                                     "Midnight Black"]},
     "Our own fountain pen ink, made in small batches. Pick the colour at checkout.", 1),
    ("INK-ARC-50", "Archival Black Ink 50 ml", "ink", 425, 9,
     {"volume": "50 ml", "colours": ["black"], "waterproof": "yes"},
     "Permanent, waterproof black ink for documents and sketching.", 1),
    ("INK-SHM-30", "Shimmer Ink 30 ml", "ink", 395, 6,
     {"volume": "30 ml", "colours": ["gold shimmer", "silver shimmer", "rose shimmer"]},
     "Ink with fine shimmer particles. Shake before filling; rinse the pen often.", 1),
    ("INK-SMP-05", "Ink Sampler Set", "ink", 350, 14,
     {"contents": "five 5 ml vials",
      "colours": ["Monsoon Blue", "Coffee Brown", "Kanjeevaram Red", "Temple Green", "Midnight Black"]},
     "Try all five Mallige Ink colours before buying a bottle.", 1),
    # ---- notebooks ----
    ("NB-MAL-A5-RUL", "Malleswaram A5 Notebook", "notebooks", 325, 20,
     {"ruling": "ruled", "pages": 192, "size": "A5", "paper": "80 gsm", "cover": "cloth-bound"},
     "A cloth-bound notebook with fountain-pen-friendly paper.", 1),
    ("NB-MAL-A5-DOT", "Malleswaram A5 Notebook", "notebooks", 325, 0,
     {"ruling": "dotted", "pages": 192, "size": "A5", "paper": "80 gsm", "cover": "cloth-bound"},
     "A cloth-bound notebook with fountain-pen-friendly paper.", 1),
    ("NB-MAL-A5-PLN", "Malleswaram A5 Notebook", "notebooks", 325, 8,
     {"ruling": "plain", "pages": 192, "size": "A5", "paper": "80 gsm", "cover": "cloth-bound"},
     "A cloth-bound notebook with fountain-pen-friendly paper.", 1),
    ("NB-POC-A6", "Pocket Jotter", "notebooks", 120, 60,
     {"ruling": "ruled", "pages": 96, "size": "A6", "paper": "70 gsm"},
     "A slim notebook for your shirt pocket.", 1),
    ("NB-RAG-A5", "Handmade Cotton Rag Journal", "notebooks", 650, 3,
     {"ruling": "plain", "pages": 120, "size": "A5", "paper": "cotton rag, 150 gsm",
      "binding": "hand-stitched"},
     "Deckle-edged handmade paper from a Pondicherry paper mill.", 1),
    ("NB-EXM-A4", "Exam Pad A4", "notebooks", 95, 48,
     {"ruling": "ruled", "sheets": 100, "size": "A4", "paper": "70 gsm"},
     "Tear-off ruled pad with a margin.", 1),
    # ---- sketchbooks ----
    ("SK-LAL-A4", "Lalbagh Sketchbook", "sketchbooks", 475, 11,
     {"size": "A4", "sheets": 40, "paper": "200 gsm", "binding": "spiral"},
     "Heavy cartridge paper for pencil, ink and light washes.", 1),
    ("SK-LAL-A5", "Lalbagh Sketchbook", "sketchbooks", 325, 0,
     {"size": "A5", "sheets": 40, "paper": "200 gsm", "binding": "spiral"},
     "Heavy cartridge paper for pencil, ink and light washes.", 1),
    ("SK-WCB-A5", "Watercolour Block A5", "sketchbooks", 695, 5,
     {"size": "A5", "sheets": 20, "paper": "300 gsm, 100% cotton", "surface": "cold-pressed"},
     "Glued on four sides so the paper stays flat while wet.", 1),
    # ---- planners ----
    ("PLN-2027-WK", "2027 Weekly Planner", "planners", 550, 16,
     {"size": "A5", "layout": "week on two pages", "cover_colours": ["indigo", "mustard", "forest green"]},
     "Hardbound weekly planner for January to December 2027.", 1),
    ("PLN-UND-DY", "Undated Daily Planner", "planners", 425, 6,
     {"size": "A5", "layout": "one page per day", "pages": 368},
     "Start any day of the year.", 1),
    ("PLN-ACD-2627", "Academic Planner 2026-27", "planners", 450, 0,
     {"size": "A5", "layout": "week on two pages", "covers": "June 2026 to May 2027"},
     "Made for the Indian school and college year.", 1),
    # ---- pencils ----
    ("PCL-GRP-12", "Graphite Sketching Pencils (Set of 12)", "pencils", 240, 25,
     {"grades": ["6B", "5B", "4B", "3B", "2B", "B", "HB", "F", "H", "2H", "3H", "4H"]},
     "Twelve grades in a tin, from soft to hard.", 1),
    ("PCL-COL-24", "Colour Pencil Tin of 24", "pencils", 399, 8,
     {"colours_in_set": 24},
     "Soft, bright colour pencils in a hinged tin.", 1),
    ("PCL-CED-05", "Cedar HB Pencils (Pack of 5)", "pencils", 90, 0,
     {"grade": "HB", "wood": "cedar"},
     "Plain cedar pencils that sharpen cleanly.", 1),
    # ---- gift cards ----
    ("GC-0500", "Mallige Gift Card 500", "gift cards", 500, 999,
     {"value": "500 rupees", "delivery": "email", "validity": "12 months"},
     "A digital gift card emailed to the recipient.", 1),
    ("GC-1000", "Mallige Gift Card 1000", "gift cards", 1000, 999,
     {"value": "1000 rupees", "delivery": "email", "validity": "12 months"},
     "A digital gift card emailed to the recipient.", 1),
    ("GC-2000", "Mallige Gift Card 2000", "gift cards", 2000, 999,
     {"value": "2000 rupees", "delivery": "email", "validity": "12 months"},
     "A digital gift card emailed to the recipient.", 1),
    # ---- bookmarks ----
    ("BM-PCK-BRS", "Brass Peacock Bookmark", "bookmarks", 199, 18,
     {"material": "brass", "finish": "antique gold"},
     "A hook-style bookmark with a cut-out peacock.", 1),
    ("BM-KLM-01", "Kalamkari Fabric Bookmark", "bookmarks", 99, 0,
     {"material": "hand-painted cotton"},
     "Each one painted by hand, so patterns vary.", 1),
    ("BM-LTH-TAN", "Leather Bookmark", "bookmarks", 149, 22,
     {"material": "vegetable-tanned leather", "colours": ["tan", "dark brown"]},
     "A simple leather strip that softens with use.", 1),
    ("BM-MAG-06", "Magnetic Bookmarks (Set of 6)", "bookmarks", 175, 4,
     {"theme": "Bengaluru landmarks"},
     "Fold-over magnetic bookmarks showing Vidhana Soudha, Lalbagh and more.", 1),
    # ---- tote bags ----
    ("TOT-CAN-NAT", "Mallige Canvas Tote", "tote bags", 450, 12,
     {"colour": "natural", "material": "organic cotton canvas", "dimensions": "38 x 42 cm"},
     "A sturdy book tote with the jasmine logo and an inside pocket.", 2),
    ("TOT-CAN-IND", "Mallige Canvas Tote", "tote bags", 450, 0,
     {"colour": "indigo", "material": "organic cotton canvas", "dimensions": "38 x 42 cm"},
     "A sturdy book tote with the jasmine logo and an inside pocket.", 2),
    ("TOT-RMW-01", "Read More, Worry Less Tote", "tote bags", 399, 7,
     {"material": "jute", "dimensions": "40 x 35 x 12 cm"},
     "A roomy jute shopper with a gusset, for your whole library haul.", 1),
    ("TOT-SLV-01", "Padded Book Sleeve", "tote bags", 350, 9,
     {"material": "quilted cotton", "dimensions": "24 x 32 cm", "closure": "zip"},
     "Protects one hardcover or two paperbacks in your bag.", 1),
]

# --------------------------------------------------------------------------
# FAQ (the shop's own wording)
# --------------------------------------------------------------------------
FAQ = [
    ("cod", "Do you offer cash on delivery?",
     "Cash on delivery (COD) is available on orders up to \u20b95,000 anywhere in India that "
     "Delhivery or our own Pedal Post riders deliver to. A COD handling charge of \u20b940 is added at "
     "checkout, whatever the order size. Our Pedal Post riders in Bengaluru accept cash or UPI at the "
     "door; Delhivery agents accept cash only, so please keep the exact amount ready. COD is not offered "
     "on gift cards, pre-orders, orders going by Blue Dart or India Post Speed Post, or orders shipped "
     "outside India. If a COD parcel is refused at the door twice, we may ask for prepayment on future orders."),
    ("delivery-bengaluru", "How does delivery work within Bengaluru?",
     "Within Bengaluru (PIN codes starting with 560) most orders are delivered by Mallige Pedal Post, "
     "our own team of bicycle riders, who set out from the shop in Basavanagudi twice a day. Orders placed "
     "and paid before 2 pm, Monday to Saturday, are delivered the same evening between 5 pm and 9 pm; orders "
     "placed after 2 pm, or on Sunday, go out the next working day. Delivery is free on orders above \u20b9599; "
     "below that we charge \u20b949. Our riders cover most of the city, but for a handful of outlying areas "
     "(for example parts of Whitefield, Electronic City Phase 2 and Yelahanka New Town) we hand the parcel "
     "to Delhivery instead and it usually arrives within 2 working days. On the morning of delivery you "
     "will receive an SMS with the rider's name and a one-hour delivery window. If you are not at home, the "
     "rider will try once more the next day; after two missed attempts the parcel comes back to the shop "
     "and you can collect it at the counter. Large orders of more than 15 books, or heavy stationery "
     "bundles, may be sent by car instead, at no extra cost. Pedal Post does not deliver on Mondays or on "
     "public holidays."),
    ("delivery-india", "How long does delivery take to the rest of India, and what does it cost?",
     "Outside Bengaluru we ship everywhere in India. Orders to metro cities (Mumbai, Delhi NCR, Chennai, "
     "Hyderabad, Kolkata, Pune and Ahmedabad) usually go by Blue Dart; other towns go by Delhivery; and PIN "
     "codes that neither of them serves go by India Post Speed Post. We choose the carrier at dispatch, "
     "based on your PIN code and what is in the parcel, and you will get the tracking number by email and "
     "SMS as soon as the parcel leaves us. Delivery usually takes 3 to 6 working days after dispatch. For "
     "the North-East, Jammu and Kashmir, Ladakh, the Andaman and Nicobar Islands and Lakshadweep please "
     "allow 7 to 10 working days. Shipping is free on orders above \u20b9999; below that it is a flat \u20b979 "
     "per order, whatever the weight. We dispatch Monday to Saturday, usually within one working day of "
     "payment; pre-orders and special orders are dispatched when the book reaches us. Orders containing "
     "ink bottles may take longer, as ink only travels by surface (see our note on shipping ink)."),
    ("delivery-international", "Do you ship outside India?",
     "We ship books, notebooks, bookmarks and tote bags to more than 40 countries, always by India Post "
     "Speed Post (international EMS); we do not use private couriers for international orders. Shipping "
     "is charged by weight and shown at checkout, starting from \u20b9950 for the first 500 g. Delivery "
     "usually takes 10 to 20 working days, depending on the destination country and its customs. Any "
     "import duties or taxes are charged by the destination country and are paid by the recipient; we "
     "cannot pre-pay them. Ink bottles and pens with ink in them are not sent abroad. Cash on delivery "
     "and gift wrapping are not available for international orders."),
    ("carriers", "Which courier companies do you use?",
     "We use four delivery services: Mallige Pedal Post (our own bicycle riders, Bengaluru only), Blue Dart "
     "(metro cities), Delhivery (the rest of India, and every order that contains ink), and India Post "
     "Speed Post (remote PIN codes and all international orders). The carrier and tracking number appear "
     "in your dispatch email. Pedal Post orders have no tracking number; you get an SMS with the rider's "
     "name instead. We cannot switch an order to a different carrier once it has been dispatched."),
    ("damaged-books", "My book arrived damaged. What can I do?",
     "We pack every book in corrugated board, but sometimes parcels have a hard journey. If a book or any "
     "item reaches you damaged (torn or creased covers, water damage, loose pages, a cracked pen or a "
     "leaking ink bottle) or with a printing fault, please write to care@mallige-books.example within 7 "
     "days of delivery. Include your order number and clear photos of the damage and of the outer "
     "packaging; the photos help us claim from the carrier. You do not need to send the damaged item back "
     "unless we ask for it. We will send a free replacement of the same edition, usually dispatched within "
     "2 working days. If the title is no longer in stock, we will refund the item in full to your original "
     "payment method (or as store credit, if you prefer) within 5 to 7 working days. Cash on delivery "
     "orders are refunded by bank transfer or UPI. Minor marks that come with normal handling, such as "
     "slight rubbing on the edges of paperbacks, do not count as damage. We cannot replace items damaged "
     "after delivery, or books that have been written in. For signed copies we will always try to find "
     "another signed copy, but cannot promise one."),
    ("returns", "Can I return something I no longer want?",
     "Changed your mind? Books in new, unread condition can be returned within 10 days of delivery for "
     "store credit; we do not give cash or card refunds for unwanted books. Unused stationery in its "
     "original packaging can be returned within 10 days for a refund to your original payment method. "
     "Opened ink bottles, used fountain pens (see our nib exchange), gift cards, signed copies and special "
     "orders cannot be returned unless they arrived damaged. Return postage is paid by you, or you can drop "
     "the item at our shop in Basavanagudi. Please write to care@mallige-books.example first so we can give "
     "you a return number."),
    ("preorders", "How do pre-orders work?",
     "You can pre-order forthcoming books as soon as they appear in our catalogue. Pre-orders are charged "
     "in full when you place them and ship within 2 working days of the publisher's release date. If the "
     "publisher moves the date, we email you, and you can cancel a pre-order at any time before dispatch "
     "for a full refund. Pre-orders cannot be paid by cash on delivery. If you order a pre-order together "
     "with items that are already in stock, the whole order waits for the pre-order unless you choose "
     "\"Ship available items first\" at checkout (\u20b949 extra shipping)."),
    ("signed-copies", "Do you sell signed copies?",
     "Signed copies are listed with \"Signed\" in the product details and are available only while stock "
     "lasts. Most of them come from authors who visit the shop for readings and launches, which we "
     "announce in our newsletter and on the noticeboard at the counter. We cannot ask an author to sign "
     "or personalise a copy for an online order: personal inscriptions (a name or a message) are only "
     "possible in person at an author event, where you are welcome to bring a book bought from us. If you "
     "cannot come, you can reserve a copy before the event and tell us the name you would like written; "
     "we will ask the author on the day, but we cannot guarantee it. Signed copies cost the same as "
     "unsigned ones. They cannot be returned for a change of mind; if one arrives damaged, we will try to "
     "find another signed copy for you."),
    ("gift-wrapping", "Can you gift wrap my order?",
     "Gift wrapping costs \u20b960 per item. We wrap in handmade paper printed with jasmine flowers, tied "
     "with cotton thread, and can add a handwritten note of up to 40 words. Choose \"Gift wrap\" at "
     "checkout and type your message in the note box. Prices are never printed on the packing slip of a "
     "gift-wrapped order. Gift wrapping is not available for international orders."),
    ("school-bulk-orders", "Do you take bulk orders from schools and libraries?",
     "We supply schools, colleges, libraries and reading programmes across Karnataka and beyond. "
     "Institutions get 15% off the list price on orders of 25 or more books (titles can be mixed), and "
     "10% off stationery orders above \u20b910,000. Send your list (titles, authors or ISBNs, and quantities) "
     "to schools@mallige-books.example, or bring it to the shop, and we will send a quotation within 2 "
     "working days, with availability for each title. We can source most books from Indian publishers "
     "even if they are not on our website, usually within 10 to 14 days. Registered institutions can pay "
     "against a purchase order, with 30 days' credit after delivery; first orders are paid in advance. "
     "We issue a GST invoice in the institution's name. Delivery is free for bulk orders within Bengaluru "
     "and at the usual rates elsewhere. We can label or stamp books on request. For a book fair at your "
     "school, ask about our fair kit: we bring a curated selection of 300 to 500 children's books for a "
     "day and give the school 10% of the sales as books for its library."),
    ("gst-invoice", "Can I get a GST invoice?",
     "Every order comes with a GST invoice, emailed when your order is dispatched and also available from "
     "your account page. Printed books are exempt from GST, so book lines show 0% GST; stationery, gift "
     "wrapping and shipping carry GST at the applicable rate. If you need the invoice in your company's "
     "name, enter the company name and your GSTIN in the \"Company GSTIN\" box at checkout. We cannot add "
     "or change a GSTIN after the invoice has been issued, so please fill it in before paying."),
    ("nib-exchange", "Can I exchange the nib on a fountain pen I bought?",
     "Choosing a nib is personal, so every fountain pen bought from us comes with one free nib exchange "
     "within 30 days of delivery. If the nib you picked feels too fine, too broad or scratchy, send the pen "
     "back to us (or bring it to the shop) with a note of the size you want, and we will fit a new nib of "
     "the same model in any size we stock for that pen. Please flush the pen with clean water and let it "
     "dry before sending; pens that arrive with ink in them will be cleaned first, which can add a few "
     "days. The exchange itself is free; you pay the postage to us and we pay the postage back. One "
     "exchange per pen. Nib upgrades (for example steel to gold, or to a stub or italic grind) are charged "
     "at the difference in price. Damaged nibs (bent tines, dropped pens) are not covered by the exchange, "
     "but our pen counter can often repair them for a small fee; ask us for a quote. Pens with a nib fault "
     "on arrival are handled as damaged items, not as an exchange."),
    ("ink-shipping", "Are there restrictions on shipping ink?",
     "Bottled ink is a liquid, so carriers restrict how it travels. We ship ink bottles only within India, "
     "and only by Delhivery surface transport, or by Pedal Post within Bengaluru. Ink cannot go by Blue "
     "Dart air, by India Post Speed Post, or to any address outside India. If your order mixes ink and "
     "other items, the whole order goes by Delhivery surface, which can add 2 to 3 days to delivery. Every "
     "bottle is sealed with tape, bagged and packed upright; if one leaks anyway, please see our note on "
     "damaged items."),
    ("store-hours", "Where is the shop and when is it open?",
     "Our shop is at 18 Kanakapura Lane, Basavanagudi, Bengaluru 560004. We are open Tuesday to Sunday, "
     "10:30 am to 8:30 pm, and closed on Mondays. On public holidays we open from 12 noon to 6 pm. You can "
     "also reserve books online and pick them up at the counter (choose \"Pick up in store\" at checkout); "
     "there is no charge, and we keep reserved books for 5 days."),
    ("reading-club", "What is the Mallige Reading Circle?",
     "The Mallige Reading Circle meets in the shop on the last Saturday of every month at 5 pm to talk "
     "about one book chosen by the members. Membership costs \u20b9300 a year and gives you 10% off all books, "
     "in the shop and online (not on stationery, gift cards or items already discounted), plus early "
     "invitations to author events. Join at the counter or by email; the discount code is emailed to you "
     "within a day. The members' discount cannot be combined with school and bulk discounts."),
    ("lost-parcels", "My parcel seems to be lost. What happens now?",
     "If your tracking has not changed for 5 working days, or shows the parcel as delivered but you have "
     "not received it, please first check with neighbours, your building's security desk or reception, "
     "and then write to us within 15 days of the expected delivery date with your order number. We will "
     "raise a claim with the carrier straight away. Carriers usually take up to 10 working days to "
     "investigate. If the parcel is found, it will be delivered to you; if the carrier confirms it is "
     "lost, we will send a replacement at no cost or refund you in full, whichever you prefer. For India "
     "Post Speed Post parcels the investigation can take longer, up to 21 days. We cannot take "
     "responsibility for parcels delivered to a wrong address that was entered at checkout, but we will "
     "always try to recover them with the carrier. Pedal Post orders are handed over in person or left "
     "only where you have told us to leave them, so they are rarely lost; if one is, we will sort it out "
     "the same day."),
    ("order-changes", "Can I change my order after placing it?",
     "You can change the delivery address, add or remove items, or change the gift note until your order "
     "is dispatched. Reply to your order confirmation email, or chat with us giving your order number and "
     "the email address used on the order. Once an order shows as shipped, it can no longer be changed; "
     "you can return unwanted items under our returns policy. For Pedal Post orders in Bengaluru you can "
     "move the delivery to a different day or time slot until 11 am on the day of delivery."),
    ("gift-cards", "How do your gift cards work?",
     "Mallige gift cards come in values of \u20b9500, \u20b91,000 and \u20b92,000. They are emailed to the "
     "recipient within 1 hour with your personal message, and can be used online and in the shop for "
     "12 months from the date of purchase, across several orders. Gift cards cannot be exchanged for "
     "cash and cannot be paid for by cash on delivery."),
    ("payment-methods", "Which payment methods do you accept?",
     "We accept UPI, debit and credit cards (Visa, Mastercard and RuPay), net banking, and cash on delivery "
     "for eligible orders. International orders can be paid with international Visa or Mastercard cards. "
     "We do not accept cheques. In the shop we take cash, UPI and cards."),
    ("cancellations", "How do I cancel an order?",
     "You can cancel an order at any time before it is dispatched, and we refund the full amount to your "
     "original payment method within 5 to 7 working days. Once an order has shipped it cannot be "
     "cancelled, but you can refuse the delivery or return it under our returns policy. If we have to "
     "cancel an order because a book is unavailable, we will email you and refund you straight away."),
    ("special-orders", "Can you order a book that is not on your website?",
     "Can't find a book on our website? We can order most books in print from Indian publishers and "
     "distributors. Write to us with the title, author and, if you have it, the ISBN; we will reply within "
     "2 working days with the price and the expected time, usually 10 to 14 days. Special orders need 50% "
     "paid in advance and cannot be returned unless they arrive damaged."),
]

# --------------------------------------------------------------------------
# Orders
# --------------------------------------------------------------------------
# (order_id, email, postcode, placed, status, carrier, eta, tracking, items)
ORDERS = [
    ("MLG20417", "ananya.krishnan@example.com", "560041", "2026-04-02", "shipped", "Blue Dart",
     "2026-04-16", "50938172645", [("BK-QMN-PB", 1), ("BK-BMW-PB", 1)]),
    ("MLG20433", "rahul.menon82@example.com", "682020", "2026-03-28", "delivered", "Delhivery",
     "2026-04-04", "1490283746152", [("BK-CFE-PB", 1)]),
    ("MLG20458", "sneha.patil@example.in", "411038", "2026-04-05", "processing", None, None, None,
     [("SK-LAL-A4", 1), ("PCL-GRP-12", 1)]),
    ("MLG20462", "farooq.ahmed@example.com", "560076", "2026-04-06", "delivered", "Mallige Pedal Post",
     "2026-04-07", None, [("BK-NBM-PB", 2)]),
    ("MLG20471", "divya.subbaiah@example.org", "570017", "2026-04-06", "cancelled", None, None, None,
     [("PEN-KAV-MRN", 1)]),
    ("MLG20489", "kiran.rao@example.com", "110017", "2026-03-15", "returned", "Blue Dart",
     "2026-03-21", "50927361048", [("BK-HDL-HB", 1)]),
    ("MLG20495", "meghna.das@example.in", "700029", "2026-04-08", "shipped", "India Post Speed Post",
     "2026-04-19", "EK482019376IN", [("BK-MLT-PB", 1), ("BK-SSP-HB", 1)]),
    ("MLG20502", "arvind.iyer@example.com", "600020", "2026-04-09", "shipped", "Delhivery",
     "2026-04-14", "1490337281904", [("INK-MAL-30", 2), ("PEN-DEM-CLR", 1)]),
    ("MLG20518", "pooja.hegde@example.com", "560011", "2026-04-10", "processing", None,
     "2026-04-13", None, [("BK-PPB-BB", 1), ("BK-ELR-PB", 1)]),
    ("MLG20523", "thomas.varghese@example.com", "695014", "2026-04-01", "delivered",
     "India Post Speed Post", "2026-04-09", "EK479301625IN", [("BK-CKT-HB", 1)]),
    ("MLG20537", "nandita.bose@example.com", "781006", "2026-04-03", "shipped", "India Post Speed Post",
     "2026-04-15", "EK481726390IN", [("BK-RWH-PB", 1), ("BM-PCK-BRS", 1)]),
    ("MLG20541", "harish.gowda@example.in", "560085", "2026-04-11", "delivered", "Mallige Pedal Post",
     "2026-04-11", None, [("BK-SAS-HB", 1)]),
    ("MLG20556", "zara.sheikh@example.com", "400050", "2026-04-11", "shipped", "Blue Dart",
     "2026-04-17", "50941827364", [("BK-TTS-HB", 1), ("TOT-CAN-NAT", 1)]),
    ("MLG20560", "vivek.nair@example.com", "500081", "2026-04-12", "processing", None, None, None,
     [("BK-GLV-PB", 1), ("NB-MAL-A5-PLN", 2)]),
    ("MLG20574", "shalini.m@example.com", "560034", "2026-04-12", "cancelled", None, None, None,
     [("PLN-ACD-2627", 1)]),
    ("MLG20588", "aditya.kamath@example.com", "575003", "2026-03-30", "delivered", "Delhivery",
     "2026-04-06", "1490271635590", [("BK-BGO-HB", 1), ("BM-MAG-06", 1)]),
    ("MLG20593", "ritika.jain@example.com", "302017", "2026-04-13", "shipped", "Delhivery",
     "2026-04-21", "1490352817463", [("BK-DOV-PB", 1)]),
    ("MLG20607", "samuel.dsouza@example.com", "403001", "2026-03-20", "returned", "Delhivery",
     "2026-03-26", "1490218462037", [("PEN-NAN-BRS", 1)]),
    ("MLG20611", "lakshmi.v@example.in", "560004", "2026-04-14", "processing", None, None, None,
     [("GC-1000", 1), ("BK-MLM-PB", 1)]),
    ("MLG20625", "gaurav.sethi@example.com", "160022", "2026-04-02", "delivered", "Blue Dart",
     "2026-04-07", "50932718465", [("BK-SCI-PB", 1)]),
    ("MLG20639", "fatima.khan@example.com", "226010", "2026-04-14", "shipped", "India Post Speed Post",
     "2026-04-23", "EK483920175IN", [("BK-RRD-PB", 1), ("BK-UGM-PB", 1)]),
    ("MLG20642", "manoj.shetty@example.com", "560102", "2026-04-15", "shipped", "Mallige Pedal Post",
     "2026-04-16", None, [("BK-CLK-PB", 1), ("NB-RAG-A5", 1)]),
    ("MLG20656", "priyanka.r@example.com", "641002", "2026-04-07", "cancelled", None, None, None,
     [("BK-SSP-PB", 1)]),
    ("MLG20660", "deepak.joshi@example.com", "380015", "2026-04-15", "processing", None, None, None,
     [("PEN-EBO-BLK", 1), ("INK-ARC-50", 1)]),
    ("MLG20673", "irene.fernandes@example.com", "751007", "2026-04-05", "delivered", "Delhivery",
     "2026-04-12", "1490302846157", [("BK-TFT-PB", 1), ("BK-OPM-PB", 1)]),
    ("MLG20689", "yash.agarwal@example.com", "452001", "2026-04-16", "shipped", "Blue Dart",
     "2026-04-22", "50947261830", [("BK-CTS-PB", 1), ("PLN-2027-WK", 1)]),
]


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
def isbn13(publisher, serial):
    """A made-up ISBN-13 with a valid check digit, written with hyphens."""
    core = "97881" + "%03d" % PUBLISHER_CODE[publisher] + "%04d" % serial
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(core))
    check = (10 - total % 10) % 10
    return "978-81-%s-%s-%d" % (core[5:8], core[8:12], check)


def png_bytes(width, height, rgb_rows):
    """Encode RGB rows (list of bytes objects) as a PNG file."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in rgb_rows)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def draw_image(seed, number, size=96):
    """A small deterministic picture: two-tone background, a band, and the
    image number as an 8x2 grid of cells so that every image is distinct."""
    h = hashlib.sha256(seed.encode("utf-8")).digest()
    bg = (h[0], h[1], h[2])
    fg = (255 - h[0], (h[1] + 96) % 256, (h[2] + 160) % 256)
    band = (h[3], h[4], h[5])
    stripe = 6 + h[6] % 10
    bits = [(number >> i) & 1 for i in range(16)]
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            if 8 <= y < 20 and 8 <= x < 88:
                # 16 cells, 10 px wide, 6 px tall: the image number in binary
                cell = (x - 8) // 10 + 8 * ((y - 8) // 6)
                c = (250, 250, 250) if bits[cell] else (20, 20, 20)
            elif 40 <= y < 56:
                c = band
            elif ((x + y) // stripe) % 2 == 0:
                c = bg
            else:
                c = fg
            row.extend(c)
        rows.append(bytes(row))
    return png_bytes(size, size, rows)


def build_catalog():
    products = []
    serial = 0
    for (sku, title, cat, price, stock, author, publisher, fmt, pages, extra, desc) in BOOKS:
        serial += 1
        attrs = {"author": author, "publisher": publisher}
        if fmt is not None:
            attrs["format"] = fmt
        attrs["pages"] = pages
        attrs["language"] = "English"
        for k, v in extra.items():
            attrs[k] = v
        attrs["isbn"] = isbn13(publisher, 1000 + serial * 37)
        products.append({"sku": sku, "name": title, "description": desc, "category": cat,
                         "price": price, "currency": "INR", "stock": stock, "attributes": attrs,
                         "n_images": 1})
    for (sku, name, cat, price, stock, attrs, desc, n_images) in OTHER:
        products.append({"sku": sku, "name": name, "description": desc, "category": cat,
                         "price": price, "currency": "INR", "stock": stock, "attributes": dict(attrs),
                         "n_images": n_images})
    return products


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build(out_dir):
    os.makedirs(os.path.join(out_dir, "images"), exist_ok=True)
    catalog = []
    number = 0
    for p in build_catalog():
        n = p.pop("n_images")
        images = []
        for i in range(1, n + 1):
            number += 1
            rel = "images/%s-%d.png" % (p["sku"].lower(), i)
            with open(os.path.join(out_dir, rel), "wb") as f:
                f.write(draw_image("%s/%d" % (p["sku"], i), number))
            images.append(rel)
        p["images"] = images
        catalog.append(p)
    write_jsonl(os.path.join(out_dir, "catalog.jsonl"), catalog)

    write_jsonl(os.path.join(out_dir, "faq.jsonl"),
                [{"id": i, "question": q, "answer": a} for (i, q, a) in FAQ])

    orders = []
    for (oid, email, pc, placed, status, carrier, eta, tracking, items) in ORDERS:
        o = {"order_id": oid, "email": email, "postcode": pc, "placed": placed, "status": status}
        if carrier:
            o["carrier"] = carrier
        if tracking:
            o["tracking"] = tracking
        if eta:
            o["eta"] = eta
        o["items"] = [{"sku": s, "qty": q} for (s, q) in items]
        orders.append(o)
    write_jsonl(os.path.join(out_dir, "orders.jsonl"), orders)

    with open(os.path.join(out_dir, "store.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")
    return out_dir


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python data/eval/blind14/make_store.py OUT_DIR\n")
        return 2
    out = build(argv[1])
    print("wrote store to %s (%d products, %d FAQ entries, %d orders)"
          % (out, len(BOOKS) + len(OTHER), len(FAQ), len(ORDERS)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
