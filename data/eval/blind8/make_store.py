#!/usr/bin/env python3
"""Build the blind8 test store "Puffin & Pearl" (store format v1).

Usage: python data/eval/blind8/make_store.py OUT_DIR

Invented UK beauty & toiletries shop (skincare, haircare, bath & body),
currency GBP, locale en-GB. Writes store.json, catalog.jsonl, faq.jsonl,
orders.jsonl and one 256x256 PNG per product under images/.
Deterministic: the same bytes on every run. Needs only the standard library
and Pillow.
"""
import json
import os
import sys

from PIL import Image, ImageDraw

CURRENCY = "GBP"

STORE = {
    "name": "Puffin & Pearl",
    "currency": CURRENCY,
    "locale": "en-GB",
    "greeting": ("Hello and welcome to Puffin & Pearl! Ask me anything about our "
                 "skincare, haircare and bath bits, or check on an order."),
}

# ---------------------------------------------------------------------------
# Catalogue. One tuple per SKU:
# (sku, name, category, price, stock or None (no stock field), shape, colour,
#  description, attributes)
# SKU = BRAND-LINE-VARIANT; everything before the last "-" names the product
# line, so variants of one line (sizes, shades, scents) share that prefix.
# ---------------------------------------------------------------------------
NO_STOCK = None

PRODUCTS = [
    # ---- cleansers --------------------------------------------------------
    ("KEL-GGC-150", "Kelda Gentle Gel Cleanser 150ml", "cleansers", 11.00, 34,
     "pump", "#b9cfc3",
     "A low-foam, pH-balanced gel that lifts oil and sunscreen without leaving skin tight.",
     {"skin_type": ["oily", "combination"], "key_ingredients": ["zinc PCA", "green tea"],
      "volume": "150ml", "vegan": True, "fragrance_free": True}),
    ("KEL-GGC-400", "Kelda Gentle Gel Cleanser 400ml", "cleansers", 21.75, 9,
     "pump", "#a7c2b4",
     "The same everyday gel cleanser in a bathroom-sized pump bottle.",
     {"skin_type": ["oily", "combination"], "key_ingredients": ["zinc PCA", "green tea"],
      "volume": "400ml", "vegan": True, "fragrance_free": True}),
    ("HOL-CCB-50", "Hollin Botanics Camellia Cleansing Balm 50ml", "cleansers", 13.25, 0,
     "jar", "#f1e3c6",
     "A melting balm that dissolves make-up and SPF, then rinses to a soft milk. Travel size.",
     {"skin_type": ["dry", "normal"], "key_ingredients": ["camellia oil", "oat kernel oil", "beeswax"],
      "scent": "neroli", "volume": "50ml", "vegan": False, "fragrance_free": False}),
    ("HOL-CCB-100", "Hollin Botanics Camellia Cleansing Balm 100ml", "cleansers", 22.50, 17,
     "jar", "#efdcb8",
     "A melting balm that dissolves make-up and SPF, then rinses to a soft milk. Comes with a muslin cloth.",
     {"skin_type": ["dry", "normal"], "key_ingredients": ["camellia oil", "oat kernel oil", "beeswax"],
      "scent": "neroli", "volume": "100ml", "vegan": False, "fragrance_free": False}),
    ("HOL-RMW-200", "Hollin Botanics Rosewater Micellar Water 200ml", "cleansers", 9.50, 41,
     "bottle", "#f4c6cf",
     "A no-rinse cleansing water for mornings, gym bags and removing light make-up.",
     {"skin_type": ["all skin types"], "key_ingredients": ["rose water", "glycerin"],
      "volume": "200ml", "vegan": True, "fragrance_free": False}),
    ("WRS-CDW-150", "Wren Street Clear Day Foaming Wash 150ml", "cleansers", 8.75, 26,
     "tube", "#5fb3b3",
     "A fresh foaming face wash that helps keep pores clear and shine down.",
     {"skin_type": ["oily", "blemish-prone"], "key_ingredients": ["salicylic acid", "tea tree oil"],
      "volume": "150ml", "vegan": True, "fragrance_free": False}),
    ("KEL-CMC-200", "Kelda Cream Milk Cleanser 200ml", "cleansers", 12.25, NO_STOCK,
     "pump", "#f3efe6",
     "A soft, milky cleanser for skin that hates foam. Wipe off with a warm cloth.",
     {"skin_type": ["dry", "sensitive"], "key_ingredients": ["oat milk", "squalane"],
      "volume": "200ml", "vegan": True, "fragrance_free": True}),

    # ---- serums -----------------------------------------------------------
    ("HOL-ORS-30", "Hollin Botanics Overnight Repair Serum 30ml", "serums", 28.00, 12,
     "dropper", "#c98a3f",
     "A silky night serum that smooths and softens while you sleep. Gentle enough for nightly use.",
     {"skin_type": ["dry", "mature"], "key_ingredients": ["bakuchiol", "squalane", "rosehip oil"],
      "scent": "lavender", "volume": "30ml", "vegan": True, "fragrance_free": False}),
    ("HOL-ORS-50", "Hollin Botanics Overnight Repair Serum 50ml", "serums", 42.00, 5,
     "dropper", "#b97a32",
     "Our best-selling night serum in the larger, better-value bottle.",
     {"skin_type": ["dry", "mature"], "key_ingredients": ["bakuchiol", "squalane", "rosehip oil"],
      "scent": "lavender", "volume": "50ml", "vegan": True, "fragrance_free": False}),
    ("KEL-NIA-30", "Kelda 10% Niacinamide Serum 30ml", "serums", 13.50, 22,
     "dropper", "#dfe7ea",
     "A water-light serum for shine, visible pores and uneven tone.",
     {"skin_type": ["oily", "combination"], "key_ingredients": ["niacinamide", "zinc PCA"],
      "texture": "water-light", "volume": "30ml", "vegan": True, "fragrance_free": True}),
    ("KEL-NIA-60", "Kelda 10% Niacinamide Serum 60ml", "serums", 23.00, 0,
     "dropper", "#d2dde1",
     "The niacinamide serum in a double-size bottle.",
     {"skin_type": ["oily", "combination"], "key_ingredients": ["niacinamide", "zinc PCA"],
      "texture": "water-light", "volume": "60ml", "vegan": True, "fragrance_free": True}),
    ("KEL-HHS-30", "Kelda Hyaluronic Hydration Serum 30ml", "serums", 15.75, 30,
     "dropper", "#a9d3ec",
     "A plumping hydration serum to layer under moisturiser, morning and night.",
     {"skin_type": ["all skin types", "dehydrated"], "key_ingredients": ["hyaluronic acid", "panthenol"],
      "volume": "30ml", "vegan": True, "fragrance_free": True}),
    ("WRS-VCS-30", "Wren Street Bright Start Vitamin C Serum 30ml", "serums", 19.99, 14,
     "dropper", "#f2a541",
     "A daily brightening serum for dull, tired-looking skin. Follow with SPF.",
     {"skin_type": ["normal", "dull"], "key_ingredients": ["ascorbyl glucoside", "ferulic acid"],
      "volume": "30ml", "vegan": True, "fragrance_free": True}),
    ("HOL-SBO-30", "Hollin Botanics Sea Buckthorn Face Oil 30ml", "serums", 24.95, 8,
     "dropper", "#e8772e",
     "A glow-giving face oil: press two or three drops into skin as the last step at night.",
     {"skin_type": ["dry", "dull"], "key_ingredients": ["sea buckthorn oil", "rosehip oil"],
      "volume": "30ml", "vegan": True, "fragrance_free": False}),
    ("KEL-PFS-30", "Kelda Peptide Firming Serum 30ml", "serums", 31.00, 3,
     "dropper", "#c7b8d8",
     "A lightweight serum that helps skin look firmer and smoother.",
     {"skin_type": ["mature"], "key_ingredients": ["copper peptides", "matrixyl 3000"],
      "volume": "30ml", "vegan": True, "fragrance_free": True}),

    # ---- moisturisers ------------------------------------------------------
    ("HOL-DWC-50", "Hollin Botanics Daily Water Cream 50ml", "moisturisers", 24.00, 19,
     "jar", "#bfe3d0",
     "A bouncy gel-cream that sinks in fast and sits well under make-up.",
     {"skin_type": ["normal", "combination"], "key_ingredients": ["aloe vera", "squalane"],
      "texture": "gel-cream", "scent": "cucumber", "volume": "50ml", "vegan": True,
      "fragrance_free": False}),
    ("HOL-DWC-100", "Hollin Botanics Daily Water Cream 100ml", "moisturisers", 38.00, 7,
     "jar", "#acd9c2",
     "The gel-cream in a big glass jar.",
     {"skin_type": ["normal", "combination"], "key_ingredients": ["aloe vera", "squalane"],
      "texture": "gel-cream", "scent": "cucumber", "volume": "100ml", "vegan": True,
      "fragrance_free": False}),
    ("KEL-BRC-50", "Kelda Barrier Repair Cream 50ml", "moisturisers", 16.50, 25,
     "tube", "#eef0f2",
     "A rich but non-greasy cream for stressed, reactive or over-exfoliated skin.",
     {"skin_type": ["dry", "sensitive", "eczema-prone"], "key_ingredients": ["ceramides", "colloidal oatmeal"],
      "volume": "50ml", "vegan": True, "fragrance_free": True}),
    ("KEL-BRC-100", "Kelda Barrier Repair Cream 100ml", "moisturisers", 27.00, 0,
     "tube", "#e2e5e8",
     "The barrier cream in a family-size tube.",
     {"skin_type": ["dry", "sensitive", "eczema-prone"], "key_ingredients": ["ceramides", "colloidal oatmeal"],
      "volume": "100ml", "vegan": True, "fragrance_free": True}),
    ("WRS-TMS-01", "Wren Street Skin Tint SPF 20 40ml - Shade 01 Fair", "moisturisers", 18.50, 11,
     "tube", "#f3d9c4",
     "A sheer, hydrating tinted moisturiser with everyday sun protection.",
     {"shade": "01 Fair", "undertone": "cool", "finish": "dewy", "spf": 20,
      "key_ingredients": ["squalane", "niacinamide"], "volume": "40ml", "vegan": True,
      "fragrance_free": True}),
    ("WRS-TMS-02", "Wren Street Skin Tint SPF 20 40ml - Shade 02 Light", "moisturisers", 18.50, 0,
     "tube", "#e9c3a3",
     "A sheer, hydrating tinted moisturiser with everyday sun protection.",
     {"shade": "02 Light", "undertone": "neutral", "finish": "dewy", "spf": 20,
      "key_ingredients": ["squalane", "niacinamide"], "volume": "40ml", "vegan": True,
      "fragrance_free": True}),
    ("WRS-TMS-03", "Wren Street Skin Tint SPF 20 40ml - Shade 03 Medium", "moisturisers", 18.50, 16,
     "tube", "#d4a27a",
     "A sheer, hydrating tinted moisturiser with everyday sun protection.",
     {"shade": "03 Medium", "undertone": "warm", "finish": "dewy", "spf": 20,
      "key_ingredients": ["squalane", "niacinamide"], "volume": "40ml", "vegan": True,
      "fragrance_free": True}),
    ("WRS-TMS-04", "Wren Street Skin Tint SPF 20 40ml - Shade 04 Tan", "moisturisers", 18.50, 23,
     "tube", "#b07a52",
     "A sheer, hydrating tinted moisturiser with everyday sun protection.",
     {"shade": "04 Tan", "undertone": "warm", "finish": "dewy", "spf": 20,
      "key_ingredients": ["squalane", "niacinamide"], "volume": "40ml", "vegan": True,
      "fragrance_free": True}),
    ("WRS-TMS-05", "Wren Street Skin Tint SPF 20 40ml - Shade 05 Deep", "moisturisers", 18.50, 2,
     "tube", "#7a4e33",
     "A sheer, hydrating tinted moisturiser with everyday sun protection.",
     {"shade": "05 Deep", "undertone": "neutral", "finish": "dewy", "spf": 20,
      "key_ingredients": ["squalane", "niacinamide"], "volume": "40ml", "vegan": True,
      "fragrance_free": True}),
    ("HOL-DNC-50", "Hollin Botanics Deep Night Cream 50ml", "moisturisers", 29.50, 10,
     "jar", "#e6d3ea",
     "A cocooning night cream for skin that feels tight and parched by evening.",
     {"skin_type": ["dry", "mature"], "key_ingredients": ["shea butter", "evening primrose oil"],
      "scent": "rose geranium", "volume": "50ml", "vegan": True, "fragrance_free": False}),

    # ---- suncare -----------------------------------------------------------
    ("WRS-ESF-30", "Wren Street Everyday Sun Fluid SPF 30 50ml", "suncare", 14.00, 20,
     "tube", "#ffd85c",
     "A weightless daily sun fluid for the face that leaves no white cast.",
     {"spf": 30, "uva_rating": "5 star", "finish": "invisible", "water_resistant": False,
      "volume": "50ml", "vegan": True, "fragrance_free": True}),
    ("WRS-ESF-50", "Wren Street Everyday Sun Fluid SPF 50 50ml", "suncare", 16.25, 0,
     "tube", "#ffc83d",
     "The weightless daily sun fluid in our highest protection.",
     {"spf": 50, "uva_rating": "5 star", "finish": "invisible", "water_resistant": False,
      "volume": "50ml", "vegan": True, "fragrance_free": True}),
    ("WRS-FSL-200", "Wren Street Family Sun Lotion SPF 50 200ml", "suncare", 17.50, 12,
     "bottle", "#ffb347",
     "A high-protection body lotion for beach days and garden days alike.",
     {"spf": 50, "uva_rating": "5 star", "water_resistant": True,
      "suitable_for": "adults and children over 6 months", "volume": "200ml", "vegan": True,
      "fragrance_free": True}),
    ("KEL-MSS-50", "Kelda Mineral Sun Shield SPF 30 50ml", "suncare", 19.00, 4,
     "tube", "#f5f1e8",
     "A mineral-only sunscreen for sensitive skin that reacts to chemical filters.",
     {"spf": 30, "uv_filters": "zinc oxide", "finish": "matte", "water_resistant": False,
      "volume": "50ml", "vegan": True, "fragrance_free": True}),
    ("HOL-ASG-200", "Hollin Botanics After Sun Cooling Gel 200ml", "suncare", 10.50, 33,
     "bottle", "#8fd3a5",
     "A cooling gel to soothe skin after too much sun. Keep it in the fridge.",
     {"key_ingredients": ["aloe vera", "cucumber extract"], "scent": "cucumber & mint",
      "volume": "200ml", "vegan": True, "fragrance_free": False}),

    # ---- shampoo -----------------------------------------------------------
    ("BRB-VSH-250", "Brae & Burn Volume Shampoo 250ml", "shampoo", 9.00, 28,
     "bottle", "#6c9a8b",
     "A clarifying shampoo that gives limp hair lift without drying it out.",
     {"hair_type": "fine, flat", "scent": "juniper & mint", "sulphate_free": True,
      "volume": "250ml", "vegan": True}),
    ("BRB-VSH-500", "Brae & Burn Volume Shampoo 500ml", "shampoo", 15.50, 6,
     "bottle", "#5b8a7b",
     "The volume shampoo in a half-litre refill-friendly bottle.",
     {"hair_type": "fine, flat", "scent": "juniper & mint", "sulphate_free": True,
      "volume": "500ml", "vegan": True}),
    ("BRB-CCS-250", "Brae & Burn Curl Cleanse Shampoo 250ml", "shampoo", 11.50, 13,
     "bottle", "#8a5a44",
     "A low-lather cleanser that keeps curls defined and frizz down.",
     {"hair_type": "curly, coily", "key_ingredients": ["shea butter", "flaxseed"],
      "sulphate_free": True, "silicone_free": True, "volume": "250ml", "vegan": True}),
    ("ORL-CKS-300", "Orla Rose Colour Keep Shampoo 300ml", "shampoo", 12.00, 16,
     "bottle", "#b5446e",
     "A gentle shampoo that helps colour-treated hair stay vibrant for longer.",
     {"hair_type": "colour-treated", "scent": "rose & fig", "key_ingredients": ["sunflower seed extract"],
      "sulphate_free": True, "volume": "300ml", "vegan": True}),
    ("ORL-SCS-250", "Orla Rose Scalp Calm Shampoo 250ml", "shampoo", 13.00, 0,
     "bottle", "#9fc5b0",
     "A soothing shampoo for flaky, itchy scalps.",
     {"hair_type": "all, flaky or itchy scalp", "key_ingredients": ["piroctone olamine", "tea tree oil"],
      "sulphate_free": False, "volume": "250ml", "vegan": True}),
    ("BRB-SSB-HEA", "Brae & Burn Heather Shampoo Bar 70g", "shampoo", 8.50, 20,
     "bar", "#a4789f",
     "A plastic-free shampoo bar that lasts as long as two bottles.",
     {"scent": "heather", "weight": "70g", "plastic_free": True, "hair_type": "all",
      "vegan": True}),
    ("BRB-SSB-SEA", "Brae & Burn Seaweed & Lime Shampoo Bar 70g", "shampoo", 8.50, 0,
     "bar", "#6f8f3a",
     "A plastic-free shampoo bar that lasts as long as two bottles.",
     {"scent": "seaweed & lime", "weight": "70g", "plastic_free": True, "hair_type": "all",
      "vegan": True}),
    ("BRB-SSB-UNS", "Brae & Burn Unscented Shampoo Bar 70g", "shampoo", 7.95, 9,
     "bar", "#e8e2d0",
     "A plastic-free shampoo bar that lasts as long as two bottles, with no added fragrance.",
     {"scent": "none", "weight": "70g", "plastic_free": True, "hair_type": "all",
      "vegan": True, "fragrance_free": True}),

    # ---- conditioner -------------------------------------------------------
    ("BRB-VCO-250", "Brae & Burn Volume Conditioner 250ml", "conditioner", 9.25, 21,
     "bottle", "#7fae9f",
     "A weightless conditioner that detangles without flattening roots.",
     {"hair_type": "fine, flat", "scent": "juniper & mint", "volume": "250ml", "vegan": True}),
    ("BRB-CCC-250", "Brae & Burn Curl Cream Conditioner 250ml", "conditioner", 12.75, 24,
     "bottle", "#9c6b52",
     "A rich conditioner for curls that can be used as a leave-in.",
     {"hair_type": "curly, coily", "key_ingredients": ["shea butter", "flaxseed"],
      "silicone_free": True, "volume": "250ml", "vegan": True}),
    ("ORL-CKC-300", "Orla Rose Colour Keep Conditioner 300ml", "conditioner", 12.95, 11,
     "bottle", "#c45a82",
     "The partner to our colour shampoo: softens and adds shine to colour-treated hair.",
     {"hair_type": "colour-treated", "scent": "rose & fig", "volume": "300ml", "vegan": True}),
    ("ORL-SRC-300", "Orla Rose Smooth Repair Conditioner 300ml", "conditioner", 13.75, NO_STOCK,
     "bottle", "#d9a05b",
     "A smoothing conditioner that tames flyaways and strengthens lengths.",
     {"hair_type": "frizzy, damaged", "key_ingredients": ["argan oil", "hydrolysed keratin"],
      "volume": "300ml", "vegan": False}),
    ("BRB-SCB-60", "Brae & Burn Heather Conditioner Bar 60g", "conditioner", 9.80, 7,
     "bar", "#b58cb0",
     "A solid conditioner to go with the shampoo bar. Rub over lengths, leave a minute, rinse.",
     {"scent": "heather", "weight": "60g", "plastic_free": True, "hair_type": "all", "vegan": True}),

    # ---- hair treatments ---------------------------------------------------
    ("ORL-AHO-50", "Orla Rose Argan Hair Oil 50ml", "hair treatments", 16.00, 18,
     "dropper", "#d7a13a",
     "A few drops smooth frizz and add shine to damp or dry hair.",
     {"hair_type": "dry, frizzy", "key_ingredients": ["argan oil", "camellia oil"],
      "volume": "50ml", "vegan": True}),
    ("ORL-AHO-100", "Orla Rose Argan Hair Oil 100ml", "hair treatments", 26.00, 2,
     "dropper", "#c8912a",
     "The argan hair oil in a larger bottle.",
     {"hair_type": "dry, frizzy", "key_ingredients": ["argan oil", "camellia oil"],
      "volume": "100ml", "vegan": True}),
    ("BRB-DRM-200", "Brae & Burn Deep Repair Hair Mask 200ml", "hair treatments", 14.75, 10,
     "jar", "#c9b28a",
     "A weekly treatment mask for hair that's been through a lot.",
     {"hair_type": "dry, damaged", "key_ingredients": ["oat protein", "shea butter"],
      "volume": "200ml", "vegan": True}),
    ("ORL-HPS-150", "Orla Rose Heat Protect Spray 150ml", "hair treatments", 11.25, 0,
     "spray", "#f08a8a",
     "Mist over damp hair before blow-drying, straightening or curling.",
     {"heat_protection": "up to 230°C", "hair_type": "all", "volume": "150ml", "vegan": True}),
    ("BRB-SST-150", "Brae & Burn Sea Salt Texture Spray 150ml", "hair treatments", 10.00, 15,
     "spray", "#7ab6d9",
     "Beachy, undone texture for all hair lengths.",
     {"finish": "matte", "hold": "light", "scent": "sea salt & lemon", "volume": "150ml",
      "vegan": True}),
    ("ORL-RSS-100", "Orla Rose Rosemary Scalp Serum 100ml", "hair treatments", 18.75, 6,
     "dropper", "#4f8a5b",
     "A leave-in scalp serum to massage in a few times a week.",
     {"key_ingredients": ["rosemary oil", "caffeine"], "hair_type": "thinning", "volume": "100ml",
      "vegan": True}),

    # ---- bath & shower -----------------------------------------------------
    ("SAL-BWS-SF300", "Saltmarsh Apothecary Sea Fennel Body Wash 300ml", "bath & shower", 12.50, 24,
     "pump", "#7fa88a",
     "A gentle everyday body wash with a fresh, green coastal scent.",
     {"scent": "sea fennel", "skin_type": ["all skin types"], "volume": "300ml", "vegan": True,
      "fragrance_free": False}),
    ("SAL-BWS-WR300", "Saltmarsh Apothecary Wild Rose Body Wash 300ml", "bath & shower", 12.50, 0,
     "pump", "#e7a1b0",
     "A gentle everyday body wash with a soft rose scent.",
     {"scent": "wild rose", "skin_type": ["all skin types"], "volume": "300ml", "vegan": True,
      "fragrance_free": False}),
    ("SAL-BWS-UN300", "Saltmarsh Apothecary Unscented Body Wash 300ml", "bath & shower", 10.95, 14,
     "pump", "#ece8df",
     "Our gentle everyday body wash with nothing added for scent.",
     {"scent": "none", "skin_type": ["sensitive"], "volume": "300ml", "vegan": True,
      "fragrance_free": True}),
    ("SAL-BWS-SF500", "Saltmarsh Apothecary Sea Fennel Body Wash 500ml", "bath & shower", 18.25, 5,
     "pump", "#6f987a",
     "The sea fennel body wash in a big pump bottle for the family bathroom.",
     {"scent": "sea fennel", "skin_type": ["all skin types"], "volume": "500ml", "vegan": True,
      "fragrance_free": False}),
    ("MOM-MBS-LAV", "Moss & Marram Lavender & Vetiver Magnesium Bath Salts 500g", "bath & shower", 14.25, 17,
     "pouch", "#9b8ec4",
     "Magnesium flakes and sea salt to unwind tired muscles.",
     {"scent": "lavender & vetiver", "weight": "500g", "key_ingredients": ["magnesium chloride", "sea salt"],
      "vegan": True}),
    ("MOM-MBS-EUC", "Moss & Marram Eucalyptus Magnesium Bath Salts 500g", "bath & shower", 14.25, 13,
     "pouch", "#7cb8a8",
     "Magnesium flakes and sea salt with a clearing, post-workout scent.",
     {"scent": "eucalyptus", "weight": "500g", "key_ingredients": ["magnesium chloride", "sea salt"],
      "vegan": True}),
    ("MOM-BBM-EUC", "Moss & Marram Eucalyptus & Mint Bath Bomb 150g", "bath & shower", 4.95, 60,
     "bomb", "#8ccfb9",
     "A fizzing bath bomb that leaves the water soft, not stained.",
     {"scent": "eucalyptus & mint", "weight": "150g", "vegan": True}),
    ("MOM-BBM-RCL", "Moss & Marram Rose Clay Bath Bomb 150g", "bath & shower", 4.95, 0,
     "bomb", "#e6a0a8",
     "A fizzing bath bomb tinted with pink clay.",
     {"scent": "rose", "weight": "150g", "vegan": True}),
    ("MOM-RBO-100", "Moss & Marram Restful Bath Oil 100ml", "bath & shower", 19.50, 8,
     "bottle", "#b79ad1",
     "A few capfuls under running water for a slow, sleepy soak.",
     {"scent": "lavender & chamomile", "key_ingredients": ["sweet almond oil", "lavender oil"],
      "volume": "100ml", "vegan": True}),
    ("SAL-SBS-200", "Saltmarsh Apothecary Sea Salt Body Scrub 200ml", "bath & shower", 16.75, 12,
     "jar", "#cfe0dc",
     "A zingy salt scrub for rough elbows, knees and pre-tan prep.",
     {"scent": "sea fennel", "key_ingredients": ["sea salt", "sunflower oil"], "volume": "200ml",
      "vegan": True}),

    # ---- body care ---------------------------------------------------------
    ("SAL-BLT-250", "Saltmarsh Apothecary Sea Fennel Body Lotion 250ml", "body care", 14.50, 19,
     "pump", "#a3c4ad",
     "A quick-absorbing lotion to follow the body wash.",
     {"scent": "sea fennel", "skin_type": ["normal", "dry"], "volume": "250ml", "vegan": True}),
    ("HOL-HCR-GER50", "Hollin Botanics Geranium Hand Cream 50ml", "body care", 8.00, 30,
     "tube", "#d98aa0",
     "A handbag-size hand cream that absorbs without greasy fingers.",
     {"scent": "geranium", "key_ingredients": ["shea butter", "glycerin"], "volume": "50ml",
      "vegan": True}),
    ("HOL-HCR-FIG50", "Hollin Botanics Fig Leaf Hand Cream 50ml", "body care", 8.00, 12,
     "tube", "#8aa66b",
     "A handbag-size hand cream that absorbs without greasy fingers.",
     {"scent": "fig leaf", "key_ingredients": ["shea butter", "glycerin"], "volume": "50ml",
      "vegan": True}),
    ("HOL-HCR-GER100", "Hollin Botanics Geranium Hand Cream 100ml", "body care", 12.90, 0,
     "tube", "#cf7b93",
     "The geranium hand cream in a bigger tube for the kitchen sink.",
     {"scent": "geranium", "key_ingredients": ["shea butter", "glycerin"], "volume": "100ml",
      "vegan": True}),
    ("KEL-DBC-400", "Kelda Daily Body Cream 400ml", "body care", 15.00, 9,
     "pump", "#f0f0ea",
     "A no-nonsense body cream for very dry skin, in a pump for the whole family.",
     {"skin_type": ["very dry", "eczema-prone"], "key_ingredients": ["ceramides", "urea 5%"],
      "volume": "400ml", "vegan": True, "fragrance_free": True}),
    ("ORL-BMS-100", "Orla Rose Body Mist 100ml", "body care", 17.00, 7,
     "spray", "#e58fae",
     "A light body and hair mist in our signature scent.",
     {"scent": "rose & fig", "volume": "100ml", "vegan": True}),
    ("SAL-DEO-50", "Saltmarsh Apothecary Natural Deodorant 50g", "body care", 9.40, 0,
     "stick", "#b8d0c0",
     "A balm-style deodorant in a cardboard push-up tube.",
     {"scent": "sea fennel", "aluminium_free": True, "key_ingredients": ["magnesium hydroxide", "shea butter"],
      "weight": "50g", "vegan": True}),
    ("MOM-FTC-75", "Moss & Marram Softening Foot Cream 75ml", "body care", 7.25, 19,
     "tube", "#a8d5c2",
     "A cooling cream for hard skin and cracked heels.",
     {"key_ingredients": ["urea", "peppermint oil"], "volume": "75ml", "vegan": True}),

    # ---- lip care ----------------------------------------------------------
    ("WRS-TLB-01", "Wren Street Tinted Lip Balm SPF 15 - 01 Bare", "lip care", 6.50, 22,
     "stick", "#d9a48f",
     "A sheer wash of colour with conditioning oils and sun protection.",
     {"shade": "01 Bare", "finish": "satin", "spf": 15, "vegan": True}),
    ("WRS-TLB-02", "Wren Street Tinted Lip Balm SPF 15 - 02 Rosehip", "lip care", 6.50, 0,
     "stick", "#c96a6f",
     "A sheer wash of colour with conditioning oils and sun protection.",
     {"shade": "02 Rosehip", "finish": "satin", "spf": 15, "vegan": True}),
    ("WRS-TLB-03", "Wren Street Tinted Lip Balm SPF 15 - 03 Berry", "lip care", 6.50, 18,
     "stick", "#8e3b5a",
     "A sheer wash of colour with conditioning oils and sun protection.",
     {"shade": "03 Berry", "finish": "satin", "spf": 15, "vegan": True}),
    ("WRS-TLB-04", "Wren Street Tinted Lip Balm SPF 15 - 04 Cherry", "lip care", 7.50, 3,
     "stick", "#c0182c",
     "Limited edition: a glossy cherry red with conditioning oils and sun protection.",
     {"shade": "04 Cherry", "finish": "glossy", "spf": 15, "limited_edition": True, "vegan": True}),
    ("HOL-LTO-10", "Hollin Botanics Lip Treatment Oil 10ml", "lip care", 11.80, 10,
     "dropper", "#f4b6a6",
     "A cushiony lip oil to wear alone or over colour.",
     {"key_ingredients": ["jojoba oil", "macadamia oil", "vitamin E"], "scent": "peppermint",
      "volume": "10ml", "vegan": True}),
    ("KEL-OLM-15", "Kelda Overnight Lip Mask 15g", "lip care", 9.75, NO_STOCK,
     "jar", "#f6d0d6",
     "A thick balm to slather on before bed for soft lips by morning.",
     {"key_ingredients": ["shea butter", "ceramides"], "weight": "15g", "vegan": True,
      "fragrance_free": True}),
]

# ---------------------------------------------------------------------------
# FAQ, in the shop's own voice.
# ---------------------------------------------------------------------------
FAQ = [
    ("delivery-uk", "How much is UK delivery and how long does it take?",
     "We send UK mainland orders by Royal Mail Tracked 48 for £3.95, or free when you spend £35 "
     "or more. Need it sooner? DPD next-working-day delivery is £5.95 if you order by 2pm, Monday "
     "to Friday. Everything is packed by hand in our Whitby studio in paper and card, never plastic fill."),
    ("delivery-highlands-islands", "Do you deliver to the Scottish Highlands and islands?",
     "Yes, of course! We deliver to the Scottish Highlands and islands, the Isle of Man and the Isles "
     "of Scilly at the same prices as the rest of the UK, with no surcharge. These parcels always go "
     "with Royal Mail Tracked 72, as DPD next-day doesn't reach every island postcode, so please "
     "allow 3 to 5 working days."),
    ("delivery-northern-ireland", "Do you deliver to Northern Ireland?",
     "We do. Orders to Northern Ireland go by Royal Mail Tracked for £4.95, or free when you spend "
     "£50. There's no customs paperwork for you to fill in, and parcels usually arrive in 3 to 4 "
     "working days."),
    ("delivery-channel-islands", "Can you send to Jersey or Guernsey?",
     "Yes, we post to Jersey, Guernsey, Alderney and Sark with Royal Mail International Tracked for "
     "£6.95; please allow 5 to 7 working days. UK VAT comes off your order at checkout. Sadly we "
     "can't send aerosols to the Channel Islands, so sprays will be removed from the basket."),
    ("delivery-international", "Do you ship outside the UK?",
     "We ship to the Republic of Ireland and most of Europe for £12.95 (7 to 10 working days) and to "
     "the USA, Canada, Australia and New Zealand for £19.95. Customs duties and import taxes are set "
     "by the destination country and are paid by the person receiving the parcel. We can't send "
     "aerosols overseas."),
    ("returns", "What is your returns policy?",
     "Changed your mind? Send unopened items back within 30 days of delivery for a full refund. Use the "
     "free Evri returns label from your account and pop a note with your order number in the parcel. "
     "Refunds go back to your original payment method within 5 working days of the parcel reaching us."),
    ("returns-opened", "Can I return a product I've opened?",
     "For hygiene reasons we can't take back opened or used products just because they weren't right "
     "for you. If something has caused a reaction, though, let us know within 14 days of delivery, "
     "with a photo if you can, and we'll refund it in full; you won't need to post it back."),
    ("patch-test", "Should I patch test new products?",
     "We always suggest a patch test before using a new skincare or haircare product, especially "
     "acids and anything with essential oils. Dab a little behind your ear or on your inner arm and "
     "leave it for 48 hours. If you notice redness, itching or swelling, rinse it off and don't use it."),
    ("allergies", "I have allergies. How do I know what's in a product?",
     "The full ingredient list (INCI) is on every product page and printed on the box. We can't give "
     "medical advice, so if you have a known allergy please check with your GP or pharmacist first. "
     "Nut allergies: the Moss & Marram Restful Bath Oil contains sweet almond oil and the Hollin "
     "Botanics Lip Treatment Oil contains macadamia oil."),
    ("samples", "Do you offer samples?",
     "Every order comes with two free samples, chosen in your basket. Want to try a particular serum "
     "or cream before committing? Sample sachets of most skincare are £1.50 each, and we'll send you a "
     "voucher for that £1.50 when you go on to buy the full size."),
    ("loyalty", "How does your loyalty scheme work?",
     "Join Pearl Points for free: you earn 5 points for every £1 you spend, and every 500 points is "
     "worth £5 off. Points are added once your order is delivered and stay valid for 12 months after "
     "your last purchase."),
    ("gift-wrap", "Do you offer gift wrapping?",
     "We'd love to! Add gift wrap at checkout for £3.50 per order: recycled kraft paper, a sprig of "
     "dried lavender and a handwritten message card. Prices are never shown on the delivery note."),
    ("subscriptions", "Can I subscribe to my favourite products?",
     "Yes, with Subscribe & Save you get 15% off every delivery of any product you subscribe to. "
     "Choose every 4, 6, 8 or 12 weeks, and skip, pause or cancel any time from your account; there's "
     "no minimum number of orders."),
    ("click-collect", "Can I collect my order in person?",
     "Click & collect is free from our shop at 14 Flowergate, Whitby, YO21 3BA. Orders are usually "
     "ready within 2 hours during opening times (10am to 5pm, Monday to Saturday) and we'll text you "
     "when yours is waiting."),
    ("payment", "Which payment methods do you accept?",
     "We take Visa, Mastercard, American Express, PayPal, Apple Pay and Google Pay. You can also spread "
     "the cost with Klarna in 3 interest-free payments on orders over £30. We don't accept cheques or "
     "cash on delivery."),
    ("damaged", "My order arrived damaged or leaking. What should I do?",
     "We're so sorry! Email a photo of the item and the packaging to hello@puffinandpearl.co.uk within "
     "7 days of delivery and we'll send a replacement straight away, free of charge. There's no need to "
     "send the damaged one back."),
    ("cancel", "Can I cancel my order?",
     "You can cancel an order yourself within 60 minutes of placing it from the My Orders page. After "
     "that it's usually already with our packers, but email us and we'll do our best; otherwise you can "
     "return it unopened for a refund."),
    ("tracking", "How do I track my parcel?",
     "As soon as your parcel leaves us we email you a tracking link from Royal Mail, DPD or Evri. It "
     "can take up to 24 hours for the first scan to show. If your tracking hasn't moved for 5 working "
     "days, get in touch and we'll chase it for you."),
    ("vegan-cruelty-free", "Are your products vegan and cruelty-free?",
     "Every brand we stock is cruelty-free and certified by Leaping Bunny, and we never sell anything "
     "tested on animals. Most of our range is vegan too; the few products that aren't (they contain "
     "beeswax, honey or keratin) are marked vegan: no on the product page."),
]

# ---------------------------------------------------------------------------
# Orders (the embedded stand-in for the shop's order system).
# ---------------------------------------------------------------------------
ORDERS = [
    {"order_id": "PP-58213", "email": "harriet.kemp@example.co.uk", "postcode": "YO21 3PU",
     "placed": "2026-05-02", "status": "delivered", "carrier": "Royal Mail",
     "items": [{"sku": "HOL-ORS-30", "qty": 1}, {"sku": "KEL-BRC-50", "qty": 1}]},
    {"order_id": "PP-58240", "email": "tom.okafor@example.com", "postcode": "M14 5RT",
     "placed": "2026-05-10", "status": "shipped", "carrier": "DPD", "eta": "2026-05-13",
     "items": [{"sku": "BRB-CCS-250", "qty": 2}, {"sku": "BRB-CCC-250", "qty": 1}]},
    {"order_id": "PP-58251", "email": "aileen.macrae@example.co.uk", "postcode": "HS1 2QN",
     "placed": "2026-05-09", "status": "shipped", "carrier": "Royal Mail", "eta": "2026-05-15",
     "items": [{"sku": "SAL-BWS-SF300", "qty": 1}, {"sku": "MOM-MBS-LAV", "qty": 1}]},
    {"order_id": "PP-58266", "email": "priya.n@example.com", "postcode": "BT9 6AX",
     "placed": "2026-05-11", "status": "processing", "eta": "2026-05-16",
     "items": [{"sku": "WRS-TMS-03", "qty": 1}, {"sku": "WRS-TLB-03", "qty": 2}]},
    {"order_id": "PP-58270", "email": "jack.pemberton@example.org", "postcode": "JE2 3QA",
     "placed": "2026-05-01", "status": "delivered", "carrier": "Royal Mail",
     "items": [{"sku": "ORL-AHO-50", "qty": 1}]},
    {"order_id": "PP-58288", "email": "sophie.wilde@example.co.uk", "postcode": "CF10 1AB",
     "placed": "2026-04-22", "status": "returned", "carrier": "Evri",
     "items": [{"sku": "KEL-NIA-30", "qty": 1}, {"sku": "KEL-HHS-30", "qty": 1}]},
    {"order_id": "PP-58301", "email": "dan.fairweather@example.com", "postcode": "EH6 7BD",
     "placed": "2026-05-12", "status": "cancelled",
     "items": [{"sku": "HOL-DWC-100", "qty": 1}]},
    {"order_id": "PP-58319", "email": "megan.lloyd@example.co.uk", "postcode": "LL55 4UR",
     "placed": "2026-05-11", "status": "shipped", "carrier": "Evri", "eta": "2026-05-14",
     "items": [{"sku": "MOM-BBM-EUC", "qty": 4}, {"sku": "HOL-HCR-FIG50", "qty": 1}]},
    {"order_id": "PP-58327", "email": "olu.adebayo@example.com", "postcode": "SE15 4QF",
     "placed": "2026-05-12", "status": "processing", "eta": "2026-05-15",
     "items": [{"sku": "WRS-ESF-30", "qty": 1}, {"sku": "HOL-ASG-200", "qty": 1}]},
    {"order_id": "PP-58334", "email": "fiona.grant@example.co.uk", "postcode": "IV2 3HH",
     "placed": "2026-05-06", "status": "delivered", "carrier": "DPD",
     "items": [{"sku": "ORL-CKS-300", "qty": 1}, {"sku": "ORL-CKC-300", "qty": 1}]},
    {"order_id": "PP-58342", "email": "r.choudhury@example.com", "postcode": "B13 9SN",
     "placed": "2026-04-28", "status": "returned", "carrier": "Royal Mail",
     "items": [{"sku": "WRS-VCS-30", "qty": 1}]},
    {"order_id": "PP-58356", "email": "lucy.tennant@example.co.uk", "postcode": "NE1 4XF",
     "placed": "2026-05-03", "status": "cancelled",
     "items": [{"sku": "SAL-SBS-200", "qty": 1}, {"sku": "SAL-BLT-250", "qty": 1}]},
]


# ---------------------------------------------------------------------------
# Images: a flat drawing of the product type in the product's colour.
# ---------------------------------------------------------------------------
SIZE = 256
BG = (250, 247, 242)
INK = (60, 60, 60)


def _rgb(hexcol):
    hexcol = hexcol.lstrip("#")
    return tuple(int(hexcol[i:i + 2], 16) for i in (0, 2, 4))


def _mix(c, other, t):
    return tuple(int(round(a + (b - a) * t)) for a, b in zip(c, other))


def draw_product(shape, colour):
    img = Image.new("RGB", (SIZE, SIZE), BG)
    d = ImageDraw.Draw(img)
    col = _rgb(colour)
    dark = _mix(col, (0, 0, 0), 0.35)
    light = _mix(col, (255, 255, 255), 0.6)
    cap = (70, 70, 75)
    # soft floor shadow
    d.ellipse((58, 222, 198, 238), fill=(232, 228, 220))
    if shape == "pump":
        d.rounded_rectangle((83, 90, 173, 228), radius=16, fill=col, outline=dark, width=3)
        d.rectangle((113, 66, 143, 90), fill=cap)
        d.rectangle((123, 40, 133, 66), fill=cap)
        d.rectangle((100, 34, 146, 46), fill=cap)
        d.rectangle((96, 130, 160, 190), fill=light)
    elif shape == "dropper":
        d.rounded_rectangle((93, 118, 163, 228), radius=12, fill=col, outline=dark, width=3)
        d.rectangle((111, 92, 145, 118), fill=cap)
        d.ellipse((113, 44, 143, 100), fill=(40, 40, 44))
        d.rectangle((104, 150, 152, 200), fill=light)
    elif shape == "jar":
        d.rounded_rectangle((63, 130, 193, 228), radius=14, fill=col, outline=dark, width=3)
        d.rounded_rectangle((58, 104, 198, 134), radius=8, fill=dark)
        d.rectangle((88, 156, 168, 206), fill=light)
    elif shape == "tube":
        d.polygon([(78, 40), (178, 40), (158, 200), (98, 200)], fill=col, outline=dark)
        d.rectangle((78, 34, 178, 46), fill=dark)
        d.rounded_rectangle((103, 198, 153, 230), radius=6, fill=cap)
        d.rectangle((103, 80, 153, 150), fill=light)
    elif shape == "bottle":
        d.rounded_rectangle((78, 80, 178, 228), radius=22, fill=col, outline=dark, width=3)
        d.rounded_rectangle((106, 44, 150, 84), radius=6, fill=cap)
        d.rectangle((92, 128, 164, 190), fill=light)
    elif shape == "spray":
        d.rounded_rectangle((88, 96, 168, 228), radius=14, fill=col, outline=dark, width=3)
        d.rectangle((110, 70, 146, 96), fill=cap)
        d.rectangle((104, 52, 150, 70), fill=cap)
        d.rectangle((150, 56, 172, 64), fill=cap)
        d.rectangle((100, 140, 156, 196), fill=light)
    elif shape == "bar":
        d.rounded_rectangle((48, 112, 208, 206), radius=30, fill=col, outline=dark, width=3)
        d.rectangle((104, 112, 152, 206), fill=light)
    elif shape == "bomb":
        d.ellipse((60, 76, 196, 212), fill=col, outline=dark, width=3)
        d.ellipse((84, 100, 120, 124), fill=light)
        d.ellipse((136, 150, 160, 170), fill=light)
    elif shape == "pouch":
        d.polygon([(70, 70), (186, 70), (196, 228), (60, 228)], fill=col, outline=dark)
        d.rectangle((70, 60, 186, 76), fill=dark)
        d.rectangle((90, 130, 166, 190), fill=light)
    elif shape == "stick":
        d.rounded_rectangle((104, 100, 152, 228), radius=8, fill=col, outline=dark, width=3)
        d.rounded_rectangle((108, 52, 148, 104), radius=14, fill=dark)
        d.rectangle((110, 150, 146, 196), fill=light)
    else:
        raise ValueError("unknown shape %r" % shape)
    return img


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def build(out):
    os.makedirs(os.path.join(out, "images"), exist_ok=True)
    with open(os.path.join(out, "store.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(STORE, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    rows = []
    for sku, name, cat, price, stock, shape, colour, desc, attrs in PRODUCTS:
        img_rel = "images/%s.png" % sku.lower()
        draw_product(shape, colour).save(os.path.join(out, img_rel), format="PNG")
        row = {"sku": sku, "name": name, "description": desc, "category": cat,
               "price": price, "currency": CURRENCY}
        if stock is not None:
            row["stock"] = stock
        row["attributes"] = attrs
        row["images"] = [img_rel]
        rows.append(row)
    write_jsonl(os.path.join(out, "catalog.jsonl"), rows)
    write_jsonl(os.path.join(out, "faq.jsonl"),
                [{"id": i, "question": q, "answer": a} for i, q, a in FAQ])
    write_jsonl(os.path.join(out, "orders.jsonl"), ORDERS)
    return len(rows)


def main(argv):
    if len(argv) != 2:
        print("usage: python make_store.py OUT_DIR", file=sys.stderr)
        return 2
    n = build(argv[1])
    print("wrote %d products, %d FAQ entries, %d orders to %s"
          % (n, len(FAQ), len(ORDERS), argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
