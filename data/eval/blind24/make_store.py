#!/usr/bin/env python3
"""Build the blind24 test store (Kaffeehaus Brandl, Vienna) in Store format v1.

Usage: python make_store.py OUT_DIR

Deterministic: the same bytes on every run. Standard library only.
"""
import hashlib
import json
import os
import struct
import sys
import zlib

CUR = "EUR"

# ---------------------------------------------------------------- descriptions
# Long texts shared by many products, full of numbers that are neither prices
# nor stock counts (on purpose).
BEAN_TAIL = (
    "Roasted in small batches on our 60-kilo drum roaster in Vienna-Ottakring, where the "
    "Brandl family has been roasting coffee since 1892. Every batch rests for 48 hours "
    "before it is packed into bags with an aroma valve. For filter coffee we recommend "
    "60 g per litre of water at 92-96 °C; for espresso a 1:2 ratio pulled in 25-30 seconds. "
    "Our green coffee is grown at altitudes between 900 and 2100 metres and bought from "
    "importers we have trusted for more than three decades."
)
GROUND_TAIL = (
    "Ground fresh in our shop on the day of packing and sealed in a 250 g valve bag. "
    "Once opened, keep it in an airtight tin and use it within 2 weeks. Roasted in "
    "Vienna since 1892."
)
TEA_TAIL = (
    "Loose-leaf tea packed by hand in Vienna in a resealable 100 g kraft pouch. Brew "
    "1 heaped teaspoon per 250 ml cup; steeping times and temperatures are printed on the back."
)
MACHINE_TAIL = (
    "Every machine is unpacked, set up and tested in our Vienna workshop before it ships: "
    "we check the brew temperature (93 °C), the pressure at the group (9 bar) and pull at "
    "least 20 test shots. Includes a 58 mm portafilter with 1-cup and 2-cup baskets, a "
    "plastic tamper and a starter bag of Brandl Hausmischung Espresso."
)
GRINDER_TAIL = (
    "Tested in our shop with all our coffees. Grind settings we recommend: espresso 8-12, "
    "moka pot 15-18, filter 22-26, French press 30+. The burrs are rated for about "
    "500 kg of coffee before they need replacing."
)
KETTLE_TAIL = (
    "Water just off the boil (about 96 °C) is ideal for most coffees; green and white teas "
    "prefer 70-80 °C. Descale regularly - Viennese tap water has a hardness of about 8-10 °dH."
)
CUP_TAIL = (
    "Made for Viennese coffee-house service: thick walls keep the coffee hot, and the "
    "shape has been used in our café since the 1920s."
)
SPARE_TAIL = (
    "Genuine spare part. Fits the common 58 mm E61 group heads and our Donau machines. "
    "Replace gaskets every 12-18 months, or sooner if the portafilter starts to leak."
)
SYRUP_TAIL = (
    "Made in Austria with beet sugar, no artificial colours. A 20 ml shot flavours one latte. "
    "Keep cool after opening and use within 6 weeks."
)
COURSE_TAIL = (
    "Held in our shop in the Neubaugasse (1070 Vienna) on a Saturday from 10:00 to 14:00, "
    "for at most 6 participants. Coffee, milk and snacks are included; you take home 250 g "
    "of coffee."
)

# ---------------------------------------------------------------- catalogue
# Coffee bean families: each size a separate product sharing one name.
SIZES = [("0250", "250 g", 250), ("0500", "500 g", 500), ("1000", "1 kg", 1000)]

BEAN_FAMILIES = [
    # code, name, lead sentence, prices, stocks, attributes
    ("HM", "Brandl Hausmischung",
     "Our house blend since the very first day: round, sweet and forgiving, made for "
     "filter, moka pot and fully automatic machines.",
     (8.90, 16.50, 29.90), (24, 11, 0),
     {"Röstgrad": "mittel", "Herkunft": ["Brazil", "Honduras", "India"],
      "Sorte": ["Arabica", "Robusta"],
      "Geschmacksnoten": ["milk chocolate", "roasted almond", "caramel"]}),
    ("HMD", "Brandl Hausmischung Entkoffeiniert",
     "The decaffeinated version of our house blend - all of the taste, almost none of the "
     "caffeine, for the evening Melange.",
     (9.90, 18.40, 33.50), (9, 0, 3),
     {"Röstgrad": "medium", "Herkunft": "Colombia", "Sorte": "100% Arabica",
      "decaffeination": "sugarcane (EA) process", "Koffeingehalt": "max. 0,1 %",
      "Geschmacksnoten": ["cocoa", "brown sugar", "walnut"]}),
    ("HME", "Brandl Hausmischung Espresso",
     "The espresso cut of our house blend, roasted longer for a thick crema and a strong "
     "backbone in milk drinks.",
     (9.50, 17.80, 31.90), (15, 6, 2),
     {"Röstgrad": "dunkel", "Sorte": "70% Arabica, 30% Robusta",
      "Herkunft": ["Brasilien", "Indien", "Uganda"],
      "Geschmacksnoten": ["dark chocolate", "licorice", "toasted bread"]}),
    ("WM", "Wiener Melange Röstung",
     "Roasted for the classic Viennese Melange: half coffee, half steamed milk, a cap of foam.",
     (8.50, 15.90, 28.40), (19, 13, 7),
     {"Röstgrad": "medium-dark", "Herkunft": ["Brasilien", "Guatemala"],
      "Sorte": "100% Arabica",
      "Geschmacksnoten": ["hazelnut", "nougat", "dried fig"]}),
    ("ETH", "Äthiopien Yirgacheffe",
     "A washed heirloom coffee from smallholders in the Gedeo zone, floral and bright.",
     (11.90, 22.40, 41.80), (8, 1, 0),
     {"Röstgrad": "light", "Herkunft": "Yirgacheffe, Gedeo Zone, Ethiopia",
      "Höhe_über_Meer_m": 1950, "Sorte": "100% Arabica (Heirloom)", "Aufbereitung": "gewaschen",
      "Geschmacksnoten": ["jasmine", "bergamot", "lemon zest"]}),
    ("COL", "Kolumbien Huila",
     "From the co-operative of San Agustín in southern Colombia; juicy and sweet.",
     (10.90, 20.60, 38.70), (14, 8, 4),
     {"Röstgrad": "medium", "Herkunft": "Huila, Kolumbien", "Höhe_über_Meer_m": "1600-1900 m",
      "Varietät": ["Caturra", "Castillo"],
      "Geschmacksnoten": ["red apple", "panela", "orange"]}),
    ("BRA", "Brasil Santos",
     "A mellow, low-acid everyday coffee from the hills of Minas Gerais.",
     (7.90, 14.80, 26.90), (31, 17, 12),
     {"Röstgrad": "mittel-dunkel", "Herkunft": "Minas Gerais, Brasilien",
      "Höhe_über_Meer_m": 1100, "Sorte": "100% Arabica",
      "Geschmacksnoten": ["peanut", "cocoa", "low acidity"]}),
    ("GUA", "Guatemala Antigua",
     "Grown on volcanic soil around the old capital Antigua; spicy and sweet.",
     (11.40, 21.70, 39.90), (6, 0, 2),
     {"Röstgrad": "mittel", "Herkunft": "Antigua, Guatemala", "Höhe_über_Meer_m": "1500",
      "Aufbereitung": "washed",
      "Geschmacksnoten": ["cinnamon", "plum", "milk chocolate"]}),
    ("KEN", "Kenia AA Kiambu",
     "Top-grade AA beans from Kiambu county, intense and winey.",
     (12.90, 24.60, 45.90), (5, 4, 1),
     {"Röstgrad": "hell", "Herkunft": "Kiambu, Kenya", "Sorte": ["SL28", "SL34"],
      "Geschmacksnoten": ["blackcurrant", "grapefruit", "tomato leaf"]}),
    ("B92", "Blend 1892",
     "Named after the year Josef Brandl opened his first roastery on the Ottakringer Straße: "
     "a dark, old-school blend.",
     (10.50, 19.90, 36.80), (22, 10, 0),
     {"Röstgrad": "dark", "Herkunft": ["Brazil", "Ethiopia", "Sumatra"],
      "Sorte": "90% Arabica, 10% Robusta",
      "Geschmacksnoten": ["dark cocoa", "molasses", "cedar"]}),
    ("SUM", "Sumatra Mandheling",
     "Heavy-bodied Indonesian coffee from the highlands around Lake Toba.",
     (11.20, 21.30, 37.60), (0, 7, 9),
     {"Röstgrad": "dunkel", "Herkunft": "Nord-Sumatra, Indonesien",
      "Aufbereitung": "Giling Basah (wet-hulled)",
      "Geschmacksnoten": ["earthy", "tobacco", "dark chocolate"]}),
    ("E5", "Espresso No. 5",
     "The fifth espresso recipe our head roaster tried in 2009 - and the one that stayed.",
     (9.80, 18.90, 34.20), (12, 6, 3),
     {"Röstgrad": "medium-dark", "Sorte": "80% Arabica, 20% Robusta",
      "Herkunft": ["Brazil", "India", "Peru"],
      "Geschmacksnoten": ["caramel", "dark cherry", "cocoa nib"]}),
]


def bean_products():
    out = []
    for code, name, lead, prices, stocks, attrs in BEAN_FAMILIES:
        for (suffix, label, grams), price, stock in zip(SIZES, prices, stocks):
            a = dict(attrs)
            a["Füllmenge"] = label
            a["Gewicht_g"] = grams
            out.append({
                "sku": "KB-%s-%s" % (code, suffix),
                "name": name,
                "description": "%s Whole beans, %s bag. %s" % (lead, label, BEAN_TAIL),
                "category": "coffee beans",
                "price": price,
                "stock": stock,
                "attributes": a,
            })
    return out


def P(sku, name, category, price, stock, attrs, desc):
    d = {"sku": sku, "name": name, "description": desc, "category": category,
         "price": price}
    if stock is not None:
        d["stock"] = stock
    d["attributes"] = attrs
    return d


def other_products():
    p = []
    # ground coffee
    p += [
        P("KB-GR-HM", "Brandl Hausmischung gemahlen", "ground coffee", 9.20, 18,
          {"Mahlgrad": "mittel (Filter)", "Füllmenge": "250 g", "Röstgrad": "mittel"},
          "Our house blend, ground for filter machines and pour-over. " + GROUND_TAIL),
        P("KB-GR-WF", "Wiener Frühstück gemahlen", "ground coffee", 8.70, 4,
          {"Mahlgrad": "medium", "Füllmenge": "250 g", "Röstgrad": "mittel-dunkel",
           "Sorte": ["Arabica", "Robusta"]},
          "A breakfast blend with a little Robusta for the first cup of the day. " + GROUND_TAIL),
        P("KB-GR-E5", "Espresso No. 5 fein gemahlen", "ground coffee", 10.30, 3,
          {"Mahlgrad": "fein (Espresso)", "Füllmenge": "250 g", "Röstgrad": "medium-dark"},
          "Espresso No. 5 ground fine for portafilter machines. " + GROUND_TAIL),
        P("KB-GR-TM", "Türkischer Mokka extrafein", "ground coffee", 7.60, 11,
          {"Mahlgrad": "extra fine (powder)", "Füllmenge": "250 g", "Röstgrad": "dunkel",
           "Gewürz": "Kardamom"},
          "Powder-fine coffee with a pinch of cardamom for the cezve. " + GROUND_TAIL),
    ]
    # tea
    p += [
        P("KB-TEA-EG", "Earl Grey Imperial", "tea", 7.90, 14,
          {"Sorte": "Schwarztee", "Geschmacksnoten": ["bergamot", "malt"], "Inhalt": "100 g",
           "Ziehzeit": "3-4 min"},
          "Darjeeling and Assam scented with Calabrian bergamot oil. " + TEA_TAIL),
        P("KB-TEA-SU", "Sencha Uji", "tea", 9.40, 1,
          {"Sorte": "Grüntee", "Herkunft": "Uji, Japan", "Inhalt": "100 g",
           "Wassertemperatur": "70 °C"},
          "A grassy, sweet Japanese green tea from the Kyoto prefecture. " + TEA_TAIL),
        P("KB-TEA-RV", "Rooibos Vanille", "tea", 6.50, 20,
          {"Sorte": "Rotbusch", "Koffeingehalt": "koffeinfrei", "Inhalt": "100 g"},
          "Caffeine-free South African rooibos with bourbon vanilla pieces. " + TEA_TAIL),
        P("KB-TEA-KB", "Kamillenblüten ganz", "tea", 5.20, 0,
          {"Sorte": "Kräutertee", "Herkunft": "Burgenland", "Inhalt": "50 g"},
          "Whole chamomile flowers from a farm near Lake Neusiedl. " + TEA_TAIL),
        P("KB-TEA-WK", "Wiener Kaisermischung", "tea", 8.30, 9,
          {"Sorte": "Schwarztee", "Geschmacksnoten": ["rose", "orange peel"], "Inhalt": "100 g"},
          "A black tea blend with rose petals and orange peel, as served in old Vienna. "
          + TEA_TAIL),
        P("KB-TEA-PM", "Pfefferminze Marokko", "tea", 5.90, 16,
          {"Sorte": "Kräutertee", "Herkunft": "Marokko", "Inhalt": "80 g"},
          "Strong Nana mint from Morocco, also lovely iced. " + TEA_TAIL),
    ]
    # espresso machines & milk
    p += [
        P("KB-MA-DDB", "Espressomaschine Donau Dual Boiler", "espresso machines", 1649.00, 2,
          {"Pumpendruck_bar": 9, "Leistung_W": 2300, "Wassertank_l": 2.5,
           "Kessel": "0,75 l Kaffee + 1,5 l Dampf", "Garantie_Jahre": 3,
           "Maße_cm": "38 x 31 x 42", "Material": "Edelstahl", "PID": True},
          "Our flagship: two boilers, PID temperature control and a rotary pump for "
          "café-quality espresso and steam at the same time. " + MACHINE_TAIL),
        P("KB-MA-DCO", "Espressomaschine Donau Compact", "espresso machines", 649.00, 5,
          {"Pumpendruck_bar": 15, "Leistung_W": 1350, "Fassungsvermögen": "1,8 l",
           "Garantie_Jahre": 2, "Farbe": "rot", "Maße_cm": "30 x 25 x 40"},
          "A small single-boiler machine with a thermoblock for steam - the easy start into "
          "portafilter espresso. " + MACHINE_TAIL),
        P("KB-MA-P58", "Siebträger Prater 58 Pro", "espresso machines", 949.00, 0,
          {"Pumpendruck_bar": 9, "Leistung_W": 1800, "Wassertank_l": 2.8,
           "Brühgruppe": "E61", "Garantie_Jahre": 2, "Material": "Edelstahl poliert"},
          "A heat-exchanger machine with the classic E61 group, built to last decades. "
          + MACHINE_TAIL),
        P("KB-MA-MS", "Milchaufschäumer Schaumkrone", "espresso machines", 89.90, 7,
          {"Leistung_W": 500, "capacity": "300 ml", "Induktion": False,
           "spülmaschinenfest": True},
          "Electric milk frother for hot and cold foam, also warms milk for cocoa."),
    ]
    # grinders
    p += [
        P("KB-MU-64", "Kornmühle KM 64", "grinders", 329.00, 4,
          {"Mahlwerk": "Flachmahlscheiben 64 mm", "Leistung_W": 250, "Bohnenbehälter_g": 300,
           "Mahlgrad": "stufenlos", "Garantie_Jahre": 2},
          "Flat-burr grinder for espresso and filter with stepless adjustment. " + GRINDER_TAIL),
        P("KB-MU-83", "Kornmühle KM 83", "grinders", 589.00, 1,
          {"Mahlwerk": "Flachmahlscheiben 83 mm", "Leistung_W": 650, "Bohnenbehälter_g": 450,
           "Mahlgrad": "stufenlos", "Garantie_Jahre": 3},
          "The big sister of the KM 64 with 83 mm burrs, for serious espresso at home or in "
          "the office. " + GRINDER_TAIL),
        P("KB-MU-ALP", "Handmühle Alpin", "grinders", 119.00, 0,
          {"Mahlwerk": "Kegelmahlwerk 38 mm", "Material": "Edelstahl, Walnussholz",
           "Gewicht_g": 640, "Fassungsvermögen": "35 g Bohnen"},
          "A hand grinder made in Tyrol with a walnut handle - quiet, precise, travels well. "
          + GRINDER_TAIL),
        P("KB-MU-B200", "Elektrische Kaffeemühle Basic 200", "grinders", 49.90, 23,
          {"Mahlwerk": "Schlagmesser", "Leistung_W": 150, "color": "white",
           "capacity": "70 g"},
          "A simple blade grinder for coffee and spices."),
    ]
    # kettles & brewers
    p += [
        P("KB-WK-OTT", "Wasserkocher Ottakring", "kettles", 79.90, 10,
          {"Fassungsvermögen": "1,7 l", "Leistung_W": 2200, "Farbe": "creme",
           "Material": "Edelstahl"},
          "A retro kettle in Viennese cream with a stainless steel body. " + KETTLE_TAIL),
        P("KB-WK-SH", "Schwanenhals-Wasserkocher Präzision", "kettles", 129.00, 2,
          {"capacity": "0.9 l", "Leistung_W": 1200, "color": "matte black",
           "Temperatur": "40-100 °C", "Warmhaltefunktion": True},
          "Gooseneck kettle with exact temperature control for pour-over. " + KETTLE_TAIL),
        P("KB-WK-FL", "Flötenkessel Emaille", "kettles", 44.90, 6,
          {"Fassungsvermögen_l": 2.0, "Induktion": True, "Farbe": "Schönbrunner Gelb",
           "Material": "Emaille"},
          "Whistling stovetop kettle in enamel; works on gas, electric and induction. "
          + KETTLE_TAIL),
        P("KB-FP-GL", "French Press Glas", "kettles", 34.90, 9,
          {"capacity": "1 l", "Material": ["Borosilikatglas", "Edelstahl"],
           "spülmaschinenfest": True},
          "Classic French press for 8 cups with a stainless steel mesh filter."),
    ]
    # moka pots - three sizes sharing one name
    for cups, price, stock, ml in ((3, 29.90, 7, 150), (6, 36.50, 0, 300), (9, 44.00, 3, 420)):
        p.append(P("KB-MOK-%d" % cups, "Moka Kanne Bellavista", "moka pots", price, stock,
                   {"Tassen": cups, "Inhalt_ml": ml, "Material": "Edelstahl 18/10",
                    "Induktion": True, "spülmaschinenfest": False},
                   "Stainless steel moka pot with a thick three-layer base that works on every stove, "
                   "induction included. Use medium-fine coffee and never tamp. Size: %d cups."
                   % cups))
    # milk jugs - two sizes sharing one name
    p += [
        P("KB-MK-350", "Milchkännchen Latte Art", "milk jugs", 18.90, 14,
          {"Fassungsvermögen": "350 ml", "Material": "Edelstahl 18/10",
           "spülmaschinenfest": True},
          "Pitcher with a sharp spout for latte art, with measuring marks inside."),
        P("KB-MK-600", "Milchkännchen Latte Art", "milk jugs", 22.50, 1,
          {"Fassungsvermögen": "600 ml", "Material": "Edelstahl 18/10",
           "spülmaschinenfest": True},
          "Pitcher with a sharp spout for latte art, with measuring marks inside."),
    ]
    # cups and glasses
    p += [
        P("KB-TA-MEL", "Melange Espressotassen Set", "cups and glasses", 32.00, 5,
          {"Inhalt_ml": 90, "Stück": "2 Tassen + 2 Untertassen", "Material": "Porzellan",
           "spülmaschinenfest": True, "Farbe": "weiß mit Goldrand"},
          "Two espresso cups with saucers in white porcelain with a gold rim. " + CUP_TAIL),
        P("KB-TA-AUG", "Cappuccinotasse Augarten", "cups and glasses", 16.80, 12,
          {"Inhalt_ml": 180, "Material": "Porzellan", "spülmaschinenfest": True},
          "Wide cappuccino cup with saucer. " + CUP_TAIL),
        P("KB-GL-LM", "Latte Macchiato Gläser doppelwandig", "cups and glasses", 24.90, 2,
          {"Inhalt_ml": 350, "Stück": 2, "Material": "Borosilikatglas",
           "spülmaschinenfest": False},
          "Set of 2 double-walled glasses that keep drinks hot and hands cool."),
        P("KB-GL-EIN", "Einspänner Glas mit Henkel", "cups and glasses", 9.90, 11,
          {"Inhalt_ml": 200, "Material": "Glas", "spülmaschinenfest": True},
          "The glass for an Einspänner: double espresso topped with whipped cream. " + CUP_TAIL),
        P("KB-GL-WAS", "Wasserglas Kaffeehaus 6er Set", "cups and glasses", 19.50, 8,
          {"Inhalt_ml": 150, "Stück": 6, "Material": "Glas"},
          "Six small water glasses, as served with every coffee in Vienna. " + CUP_TAIL),
    ]
    # filters and paper
    p += [
        P("KB-FI-P4", "Filterpapier Größe 4", "filters and paper", 3.90, 40,
          {"Stück": 100, "Farbe": "naturbraun", "Größe": "1x4"},
          "Unbleached filter papers for filter machines and 1x4 drippers."),
        P("KB-FI-P02", "Filterpapier für Handfilter 02", "filters and paper", 4.90, 14,
          {"Stück": 100, "Farbe": "weiß", "Form": "konisch"},
          "Conical white papers for our ceramic dripper 02."),
        P("KB-FI-HK", "Handfilter Keramik 02", "filters and paper", 27.50, 6,
          {"Material": "Keramik", "Farbe": "weiß", "Tassen": "1-4", "spülmaschinenfest": True},
          "Conical ceramic dripper for pour-over, 1 to 4 cups."),
        P("KB-FI-DF", "Dauerfilter Edelstahl", "filters and paper", 14.90, 3,
          {"Material": "Edelstahl", "Größe": "4", "spülmaschinenfest": True},
          "Reusable stainless-steel mesh filter for filter machines, replaces paper."),
    ]
    # cleaning
    p += [
        P("KB-CL-ENT", "Entkalker Flüssig", "cleaning", 12.90, 25,
          {"Inhalt_ml": 500, "Anwendungen": 5, "Basis": "Milchsäure"},
          "Liquid descaler based on lactic acid for espresso machines, kettles and fully "
          "automatic machines."),
        P("KB-CL-TAB", "Reinigungstabletten Espresso", "cleaning", 10.90, 0,
          {"Stück": 100, "Gewicht_g": 200},
          "Cleaning tablets for backflushing espresso machines with a three-way valve."),
        P("KB-CL-BUE", "Gruppenkopfbürste", "cleaning", 8.40, 13,
          {"Material": ["Buchenholz", "Nylon"], "Länge_cm": 22},
          "Angled brush for cleaning the group head and the shower screen."),
        P("KB-CL-MSR", "Milchsystemreiniger", "cleaning", 11.50, 1,
          {"Inhalt_ml": 1000, "Basis": "enzymatisch"},
          "Cleaner for steam wands and milk systems, dissolves milk protein."),
    ]
    # spare parts and tools
    p += [
        P("KB-ET-DI58", "Brühgruppendichtung 58 mm", "spare parts", 6.90, 30,
          {"Material": "Silikon", "Maße": "58 x 8,5 mm", "passend_für": ["E61", "Donau"]},
          "Group head gasket. " + SPARE_TAIL),
        P("KB-ET-SE1", "Siebeinsatz 1-Tasse", "spare parts", 14.50, 4,
          {"Dosierung": "7-9 g", "Durchmesser_mm": 58, "Material": "Edelstahl"},
          "Single portafilter basket. " + SPARE_TAIL),
        P("KB-ET-SE2", "Siebeinsatz 2-Tassen", "spare parts", 15.90, 8,
          {"Dosierung": "14-18 g", "Durchmesser_mm": 58, "Material": "Edelstahl"},
          "Double portafilter basket. " + SPARE_TAIL),
        P("KB-ET-DRB", "Dichtungsring Bellavista", "spare parts", 4.50, 20,
          {"passend_für": ["3 Tassen", "6 Tassen", "9 Tassen"], "Material": "Silikon"},
          "Replacement gasket and filter plate for the Moka Kanne Bellavista."),
        P("KB-ET-TAM", "Tamper Holz 58 mm", "spare parts", 39.00, 4,
          {"Durchmesser_mm": 58, "Material": ["Edelstahl", "Nussholz"], "weight": "480 g"},
          "Heavy stainless-steel tamper with a walnut handle."),
        P("KB-ET-BLS", "Blindsieb", "spare parts", 7.20, 9,
          {"Durchmesser_mm": 58, "Material": "Edelstahl"},
          "Blind basket for backflushing. " + SPARE_TAIL),
        P("KB-ZU-ABK", "Abklopfbehälter", "spare parts", 29.00, 5,
          {"Material": "Edelstahl", "Maße_cm": "16 x 16 x 12"},
          "Knock box with a rubber bar for used coffee pucks."),
        P("KB-ZU-WAA", "Kaffeewaage Präzise", "spare parts", 42.50, 7,
          {"Genauigkeit": "0,1 g", "Timer": True, "Max_g": 2000},
          "Scale with timer for espresso and pour-over, weighs to a tenth of a gram."),
        P("KB-ZU-DOS", "Kaffeedose Vakuum", "spare parts", 24.00, 6,
          {"Fassungsvermögen": "500 g Bohnen", "Material": "Edelstahl", "Farbe": "anthrazit"},
          "Airtight tin with a one-way valve that keeps beans fresh for longer."),
        P("KB-ZU-THE", "Milchthermometer", "spare parts", 12.00, 5,
          {"Messbereich": "-10 bis 110 °C", "Länge_cm": 13},
          "Clip-on thermometer for the milk jug; stop steaming at 60-65 °C."),
    ]
    # syrups
    p += [
        P("KB-SI-VAN", "Sirup Vanille", "syrups", 9.60, 15,
          {"Inhalt_ml": 700, "Zutaten": "Zucker, Wasser, Vanilleextrakt"},
          "Bourbon vanilla syrup. " + SYRUP_TAIL),
        P("KB-SI-HAS", "Sirup Haselnuss", "syrups", 9.60, 0,
          {"Inhalt_ml": 700, "Zutaten": "Zucker, Wasser, Haselnussaroma"},
          "Roasted hazelnut syrup. " + SYRUP_TAIL),
        P("KB-SI-KAR", "Sirup Karamell gesalzen", "syrups", 10.20, 5,
          {"Inhalt_ml": 700, "Zutaten": "Zucker, Wasser, Meersalz"},
          "Salted caramel syrup. " + SYRUP_TAIL),
    ]
    # chocolate
    p += [
        P("KB-SC-70", "Schokolade 70% Kakao Ecuador", "chocolate", 4.90, 36,
          {"Kakaoanteil": "70%", "Gewicht_g": 100, "Herkunft": "Ecuador"},
          "Dark bean-to-bar chocolate from a small Styrian chocolate maker."),
        P("KB-SC-85", "Zartbitter 85% Peru", "chocolate", 5.40, 2,
          {"Kakaoanteil": "85%", "Gewicht_g": 100, "Herkunft": "Peru"},
          "Very dark bean-to-bar chocolate, hardly sweet."),
        P("KB-SC-TRI", "Trinkschokolade Wiener Art", "chocolate", 11.90, 8,
          {"Füllmenge": "300 g", "Kakaoanteil": "50%", "Portionen": 15},
          "Chocolate flakes for hot chocolate the Viennese way - melt in hot milk, top with "
          "whipped cream."),
        P("KB-SC-BOH", "Espressobohnen in Zartbitter", "chocolate", 6.80, 12,
          {"Gewicht_g": 150, "Kakaoanteil": "60%"},
          "Whole roasted coffee beans coated in dark chocolate."),
    ]
    # gift sets (contents name other products)
    p += [
        P("KB-GS-WF", "Geschenkset Wiener Frühstück", "gift sets", 49.00, 4,
          {"Inhalt": ["Wiener Melange Röstung 250 g", "Melange Espressotassen Set",
                      "Trinkschokolade Wiener Art"], "Verpackung": "Geschenkbox"},
          "A Viennese breakfast in a box: Wiener Melange Röstung (250 g), the Melange "
          "Espressotassen Set and a tin of Trinkschokolade Wiener Art."),
        P("KB-GS-BS", "Geschenkset Barista Start", "gift sets", 89.00, 0,
          {"Inhalt": ["Milchkännchen Latte Art 350 ml", "Tamper Holz 58 mm",
                      "Espresso No. 5 250 g"], "Verpackung": "Geschenkbox"},
          "Everything a new home barista needs: the 350 ml Milchkännchen Latte Art, our "
          "Tamper Holz 58 mm and a 250 g bag of Espresso No. 5."),
        P("KB-GS-TZ", "Geschenkset Teezeit", "gift sets", 34.00, 6,
          {"Inhalt": ["Earl Grey Imperial", "Rooibos Vanille", "Cappuccinotasse Augarten"],
           "Verpackung": "Holzkiste"},
          "Two of our favourite teas (Earl Grey Imperial and Rooibos Vanille) with a "
          "Cappuccinotasse Augarten, in a wooden box."),
    ]
    # gift vouchers: no stock field at all
    p += [
        P("KB-GU-KL", "Brandl Geschenkgutschein Klein", "gift vouchers", 25.00, None,
          {"Gültigkeit": "3 Jahre", "Einlösbar": ["online", "im Geschäft"]},
          "A gift voucher, sent as a PDF by email or printed on card in the shop."),
        P("KB-GU-GR", "Brandl Geschenkgutschein Groß", "gift vouchers", 75.00, None,
          {"Gültigkeit": "3 Jahre", "Einlösbar": ["online", "im Geschäft"]},
          "A gift voucher, sent as a PDF by email or printed on card in the shop."),
    ]
    # courses (dates in the name)
    p += [
        P("KB-KU-0314", "Baristakurs Grundlagen 14.03.2026", "courses", 139.00, 3,
          {"Dauer": "4 Stunden", "Teilnehmer_max": 6, "Sprache": ["Deutsch", "English"]},
          "Espresso basics: dosing, grinding, tamping, milk foam. " + COURSE_TAIL),
        P("KB-KU-0418", "Baristakurs Grundlagen 18.04.2026", "courses", 139.00, 0,
          {"Dauer": "4 Stunden", "Teilnehmer_max": 6, "Sprache": "Deutsch"},
          "Espresso basics: dosing, grinding, tamping, milk foam. " + COURSE_TAIL),
        P("KB-KU-LA28", "Latte Art Kurs 28.03.2026", "courses", 99.00, 1,
          {"Dauer": "3 Stunden", "Teilnehmer_max": 6, "Sprache": "Deutsch"},
          "Hearts, tulips and rosettas: pouring milk for latte art. " + COURSE_TAIL),
    ]
    return p


# ---------------------------------------------------------------- images
def png_bytes(width, height, rows):
    def chunk(tag, data):
        c = tag + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def draw_image(seed):
    h = hashlib.sha256(seed.encode("utf-8")).digest()
    c1, c2, c3 = h[0:3], h[3:6], h[6:9]
    kind = h[9] % 6
    step = 3 + h[10] % 8
    W = 48
    rows = []
    for y in range(W):
        row = bytearray()
        for x in range(W):
            if kind == 0:       # vertical stripes
                col = c1 if (x // step) % 2 else c2
            elif kind == 1:     # horizontal stripes with a third band colour
                col = (c1, c2, c3)[(y // step) % 3]
            elif kind == 2:     # checkerboard
                col = c1 if ((x // step) + (y // step)) % 2 else c2
            elif kind == 3:     # diagonal bands
                col = c1 if ((x + y) // step) % 2 else c3
            elif kind == 4:     # concentric rings
                r2 = (x - 24) ** 2 + (y - 24) ** 2
                col = (c1, c2, c3)[int(r2 ** 0.5) // step % 3]
            else:               # gradient with a dot grid
                if x % step == 0 and y % step == 0:
                    col = c3
                else:
                    t = x * 255 // (W - 1)
                    col = bytes(((c1[i] * (255 - t) + c2[i] * t) // 255) for i in range(3))
            row += col
        # a seed-dependent marker line keeps every picture distinct
        if y == h[11] % W:
            row = bytearray(b ^ 0xFF for b in row)
        rows.append(row)
    return png_bytes(W, W, rows)


# ---------------------------------------------------------------- FAQ
FAQ = [
    ("shipping-austria", "How much is shipping within Austria and how long does it take?",
     "Within Austria we ship with Österreichische Post. Orders placed before 13:00 on a "
     "working day leave our roastery the same day and usually arrive in 1-2 working days. "
     "Shipping within Austria costs EUR 4.90 per order."),
    ("shipping-germany", "Do you ship to Germany?",
     "Yes, we ship to Germany with DHL. Delivery takes 2-4 working days and costs EUR 6.90 "
     "per order. Prices include Austrian VAT; there are no customs fees within the EU."),
    ("shipping-eu", "Do you ship to other EU countries or Switzerland?",
     "At the moment we only ship to Austria and Germany. We do not deliver to other EU "
     "countries or to Switzerland yet - we want our coffee to arrive within a few days of "
     "roasting. We are working on it!"),
    ("free-shipping", "Is there free shipping?",
     "Orders of EUR 49 or more ship free within Austria. For deliveries to Germany, shipping "
     "is free from EUR 69. Click-and-collect in our Vienna shop is always free."),
    ("roast-dates", "How fresh is your coffee? When do you roast?",
     "We roast in small batches every Tuesday and Friday in our roastery in Vienna-Ottakring "
     "and ship within a few days of roasting. Every bag carries its roast date. Coffee is at "
     "its best between 1 and 6 weeks after roasting; unopened valve bags keep for about 6 months."),
    ("grinding-service", "Can you grind the coffee for me?",
     "Yes - we grind any of our whole-bean coffees free of charge. Just choose the grind at "
     "checkout: espresso, moka pot, filter, French press or Turkish. Keep in mind that ground "
     "coffee loses its aroma faster, so we recommend buying smaller bags."),
    ("returns", "What is your return policy?",
     "You can return unopened coffee, tea and accessories within 14 days of delivery. For "
     "hygiene reasons opened coffee and tea cannot be returned. Espresso machines and "
     "grinders can be returned within 30 days if they are unused and in their original "
     "packaging. Return shipping within Austria is free; from Germany we refund the postage "
     "up to EUR 6.90."),
    ("warranty-repairs", "What about warranty and repairs?",
     "All espresso machines and grinders come with a 2-year warranty, Donau machines and the "
     "Kornmühle KM 83 with 3 years. Our own workshop behind the Vienna shop repairs and "
     "services machines, also ones bought elsewhere. A check-up costs EUR 39, which we credit "
     "against the repair if you go ahead with it."),
    ("descaling", "How often should I descale my machine?",
     "Descale your espresso machine or kettle every 4-8 weeks, depending on how hard your "
     "water is and how much you use it. Vienna's water is moderately hard. Use a lactic-acid "
     "descaler such as our Entkalker Flüssig - never vinegar, it attacks the seals - and "
     "backflush machines with a three-way valve once a week."),
    ("barista-courses", "How do the barista courses work?",
     "Our barista and latte art courses take place in the shop in the Neubaugasse on "
     "Saturdays, with at most 6 participants. Book a date like any product in the shop. You "
     "can cancel free of charge up to 7 days before the course; after that we can only move "
     "you to another date."),
    ("opening-hours", "When is your shop in Vienna open?",
     "Our shop and café in the Neubaugasse 28, 1070 Vienna, is open Monday to Friday from "
     "8:00 to 18:30 and on Saturday from 9:00 to 17:00. We are closed on Sundays and public "
     "holidays."),
    ("click-and-collect", "Can I order online and pick up in the shop?",
     "Yes. Choose 'Abholung im Geschäft' at checkout; your order is ready within 2 hours "
     "during opening hours and we send you a message when it is. We keep click-and-collect "
     "orders for 7 days. Pickup is free of charge."),
    ("payment", "Which payment methods do you accept?",
     "Online we accept Visa, Mastercard, PayPal, Apple Pay, EPS bank transfer (Austria) and "
     "Klarna invoice (Austria and Germany). In the shop you can pay cash or by card."),
    ("order-changes", "Can I change or cancel my order?",
     "Write to us as soon as possible: we can change or cancel an order until it has been "
     "packed, usually within a few hours on working days. Once it has shipped, cancelling is "
     "no longer possible, but you can return it under our return policy."),
    ("gift-vouchers", "How do gift vouchers work?",
     "Gift vouchers are valid for 3 years and can be redeemed online and in the shop, also "
     "for courses. They cannot be exchanged for cash. You can use several vouchers on one "
     "order; any remaining value stays on the voucher."),
    ("business-office", "Do you supply offices and businesses?",
     "Yes. Our Büro-Service supplies offices, hotels and cafés from 5 kg of coffee a month "
     "with 10% off the shop price, invoice payment and free delivery in Vienna. We also rent "
     "and service machines. Contact our business team for an offer."),
    ("coffee-subscription", "Do you have a coffee subscription?",
     "Yes: with the Brandl Kaffee-Abo you get freshly roasted coffee every 2 or 4 weeks, "
     "choose your coffee, size and grind, save 5% on every delivery and pay no shipping in "
     "Austria. You can pause or cancel at any time in your account."),
    ("contact", "How can I contact you?",
     "Call us on +43 1 523 47 11 (Monday to Friday 9:00-17:00) or write to "
     "servus@kaffeehaus-brandl.example.org - we answer within one working day. You are also "
     "welcome to visit us in the Neubaugasse."),
]

# ---------------------------------------------------------------- orders
ORDERS = [
    ("KB-26001", "lena.gruber@example.com", "1070", "2026-02-02", "delivered",
     "Österreichische Post", "2026-02-04", [("KB-HM-0500", 1), ("KB-MK-350", 1)]),
    ("KB-26004", "thomas.berger@example.net", "80331", "2026-02-05", "delivered",
     "DHL", "2026-02-09", [("KB-MU-64", 1)]),
    ("KB-26007", "sophie.wallner@example.org", "8010", "2026-02-09", "returned",
     "Österreichische Post", "2026-02-11", [("KB-WK-SH", 1)]),
    ("KB-26011", "jonas.hartmann@example.com", "10115", "2026-02-12", "cancelled",
     None, None, [("KB-ETH-0250", 2), ("KB-FI-P02", 1)]),
    ("KB-26015", "maria.pichler@example.net", "5020", "2026-02-16", "delivered",
     "DPD", "2026-02-18", [("KB-MOK-6", 1), ("KB-ET-DRB", 2)]),
    ("KB-26019", "felix.schuster@example.com", "1180", "2026-02-20", "delivered",
     "in-store pickup", None, [("KB-KU-0314", 1)]),
    ("KB-26023", "anna.koller@example.org", "4020", "2026-02-24", "returned",
     "DPD", "2026-02-26", [("KB-GL-LM", 1)]),
    ("KB-26028", "lena.gruber@example.com", "1070", "2026-03-02", "shipped",
     "Österreichische Post", "2026-03-05", [("KB-WM-1000", 1), ("KB-SI-VAN", 1)]),
    ("KB-26031", "david.neumann@example.net", "50667", "2026-03-03", "shipped",
     "DHL", "2026-03-09", [("KB-MA-DCO", 1), ("KB-ET-TAM", 1)]),
    ("KB-26035", "eva.brunner@example.com", "6020", "2026-03-04", "shipped",
     "DPD", None, [("KB-B92-0500", 2)]),
    ("KB-26038", "paul.mayr@example.org", "3100", "2026-03-05", "processing",
     None, None, [("KB-GS-WF", 1)]),
    ("KB-26040", "katrin.vogel@example.com", "20095", "2026-03-05", "shipped",
     "DHL", None, [("KB-TEA-EG", 2), ("KB-TEA-RV", 1)]),
    ("KB-26042", "michael.huber@example.net", "1030", "2026-03-06", "processing",
     "in-store pickup", None, [("KB-GU-GR", 1)]),
    ("KB-26045", "julia.schmid@example.org", "90402", "2026-03-06", "cancelled",
     None, None, [("KB-MA-DDB", 1)]),
    ("KB-26047", "stefan.leitner@example.com", "9020", "2026-03-07", "shipped",
     "Österreichische Post", "2026-03-10", [("KB-KEN-0250", 1), ("KB-SC-70", 3)]),
    ("KB-26050", "clara.fuchs@example.net", "70173", "2026-03-08", "processing",
     None, None, [("KB-HMD-0500", 1)]),
    ("KB-26053", "lukas.ebner@example.org", "1150", "2026-03-08", "delivered",
     "Österreichische Post", "2026-03-10", [("KB-CL-ENT", 2), ("KB-CL-BUE", 1)]),
    ("KB-26056", "nina.krause@example.com", "01067", "2026-03-09", "shipped",
     "DPD", "2026-03-12", [("KB-MU-ALP", 1)]),
    ("KB-26058", "tobias.wimmer@example.net", "2500", "2026-03-09", "cancelled",
     None, None, [("KB-COL-1000", 1)]),
    ("KB-26061", "hannah.moser@example.org", "1010", "2026-03-10", "processing",
     None, None, [("KB-SUM-0500", 1), ("KB-GR-TM", 1)]),
    ("KB-26063", "florian.haas@example.com", "60311", "2026-03-10", "shipped",
     "DHL", "2026-03-13", [("KB-WK-OTT", 1), ("KB-FI-P4", 2)]),
]

STORE = {
    "name": "Kaffeehaus Brandl – Röstrei & Küchenbedarf",
    "currency": CUR,
    "locale": "en",
    "greeting": "Servus! Welcome to Kaffeehaus Brandl in Vienna - coffee roasted in "
                "Ottakring, and everything you need to brew it. How can I help?",
}


def image_count(sku):
    return 1 + hashlib.sha256(("n:" + sku).encode("utf-8")).digest()[0] % 3


def jline(obj):
    return json.dumps(obj, ensure_ascii=False) + "\n"


def build(out_dir):
    img_dir = os.path.join(out_dir, "images")
    os.makedirs(img_dir, exist_ok=True)
    products = bean_products() + other_products()
    lines = []
    for prod in products:
        imgs = []
        for i in range(1, image_count(prod["sku"]) + 1):
            rel = "images/%s-%d.png" % (prod["sku"].lower(), i)
            with open(os.path.join(out_dir, rel), "wb") as f:
                f.write(draw_image("%s#%d" % (prod["sku"], i)))
            imgs.append(rel)
        rec = {"sku": prod["sku"], "name": prod["name"], "description": prod["description"],
               "category": prod["category"], "price": prod["price"], "currency": CUR}
        if "stock" in prod:
            rec["stock"] = prod["stock"]
        rec["attributes"] = prod["attributes"]
        rec["images"] = imgs
        lines.append(jline(rec))
    with open(os.path.join(out_dir, "catalog.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.writelines(lines)
    with open(os.path.join(out_dir, "faq.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for fid, q, a in FAQ:
            f.write(jline({"id": fid, "question": q, "answer": a}))
    with open(os.path.join(out_dir, "orders.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for oid, email, pc, placed, status, carrier, eta, items in ORDERS:
            o = {"order_id": oid, "email": email, "postcode": pc, "placed": placed,
                 "status": status}
            if carrier:
                o["carrier"] = carrier
            if eta:
                o["eta"] = eta
            o["items"] = [{"sku": s, "qty": q} for s, q in items]
            f.write(jline(o))
    with open(os.path.join(out_dir, "store.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")
    return len(products)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python make_store.py OUT_DIR\n")
        return 2
    n = build(argv[1])
    print("wrote %d products to %s" % (n, argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
