#!/usr/bin/env python3
"""Build the "Casa Vidal - Mercearia Fina" test store (Store format v1).

Usage: python make_store.py OUT_DIR

Standard library only and deterministic: every run writes the same bytes.
Writes OUT_DIR/store.json, catalog.jsonl, faq.jsonl, orders.jsonl and
OUT_DIR/images/<sku>-N.png (48x48 PNGs drawn with zlib + struct).
"""
import hashlib
import json
import os
import struct
import sys
import zlib

CURRENCY = "EUR"

STORE = {
    "name": "Casa Vidal \u2013 Mercearia Fina, Queijaria & Garrafeira",
    "currency": CURRENCY,
    "locale": "en",
    "greeting": "Ol\u00e1! Welcome to Casa Vidal, our little deli, cheese and wine shop in Porto. "
                "Ask me about our ports, wines, cheeses, tins, hampers or your order.",
}

# ---------------------------------------------------------------------------
# Long texts shared by many products (on purpose: retrieval must not rely on
# descriptions to tell variants apart).
# ---------------------------------------------------------------------------
PORT_HOUSE = (
    "Casa Vidal ports are chosen in the lodges of Vila Nova de Gaia by our own buyer, tasted "
    "blind against their neighbours and only then bottled under our label. Serve tawnies "
    "slightly chilled at 12-14 \u00b0C, rubies and vintages at 16-18 \u00b0C. A standard 750 ml "
    "bottle pours about 12 glasses of port; once opened, see our storage advice. Every bottle is "
    "packed upright in a recycled-cardboard sleeve and magnums travel in a wooden case."
)
FONTE_SECA = (
    "Quinta da Fonte Seca is a family estate of 38 hectares in the Cima Corgo, farmed by the same "
    "family since 1911. The grapes are still trodden by foot in granite lagares and the wines are "
    "aged in the estate's own lodge before release."
)
VALE_HOUSE = (
    "Quinta do Vale sits on schist terraces above the Pinh\u00e3o river, between 350 and 500 metres "
    "of altitude. Hand-picked, fermented in stainless steel and, for the reds, aged in used French "
    "oak. Our best-selling Douro estate for more than 10 years."
)
SOL_POENTE = (
    "Quinta do Sol Poente is a small producer in Mon\u00e7\u00e3o e Melga\u00e7o, the northernmost corner of the "
    "Vinho Verde region, on the south bank of the Minho river. Crisp, mineral and best served at "
    "8-10 \u00b0C with seafood."
)
ENCOSTA = (
    "Encosta Alta farms 22 hectares of old vines on the steep south-facing slopes of the Douro "
    "Superior near Vila Nova de Foz C\u00f4a."
)
CHEESE_NOTE = (
    "Cut to order from whole cheeses in our Porto shop and vacuum-packed the same day. Cheese "
    "travels only with our chilled courier, which leaves Monday to Wednesday; orders placed later "
    "in the week go out the following Monday. Take it out of the fridge an hour before serving."
)
GAIVOTA = (
    "Gaivota Azul tins are packed by hand in Matosinhos from fish landed the same morning, in a "
    "numbered paper wrapper. Tinned fish improves with age: turn the tins every few months."
)
PENEDO = (
    "Lagar do Penedo is a cooperative mill in Tr\u00e1s-os-Montes pressing Cobran\u00e7osa, Madural and "
    "Verdeal olives within 24 hours of picking. Cold extracted, unfiltered, packed in a tin to keep "
    "out the light."
)
HAMPER_NOTE = (
    "Hampers are packed by hand to order in a reusable wicker basket with a handwritten card. "
    "Contents may change slightly with the season; any substitution is of equal or higher value."
)

PORT_GRAPES = ["Touriga Nacional", "Touriga Franca", "Tinta Roriz", "Tinta Barroca"]

# (sku, name, category, price, stock or None, attributes, description, number of images)
P = []


def add(sku, name, category, price, stock, attributes, description, nimg=1):
    P.append((sku, name, category, price, stock, attributes, description, nimg))


# --- Port -------------------------------------------------------------------
for sku, vol, price, stock, nimg in [
    ("PRT-TAW10-375", "375 ml", 16.50, 2, 1),
    ("PRT-TAW10-750", "750 ml", 29.90, 14, 2),
    ("PRT-TAW10-1500", "1.5 L (magnum)", 64.00, 0, 2),
]:
    add(sku, "Casa Vidal 10 Year Old Tawny Port", "port", price, stock,
        {"tipo": "Tawny", "idade": "10 anos", "volume": vol, "teor_alco\u00f3lico": "20%",
         "regi\u00e3o": "Douro", "castas": PORT_GRAPES},
        "Amber, nutty and dried-fig tawny blended from wines that average ten years in old oak. "
        + PORT_HOUSE, nimg)
add("PRT-TAW10-GIFT", "Casa Vidal 10 Year Old Tawny Port Gift Box with 2 Glasses", "port", 44.00, 5,
    {"tipo": "Tawny", "idade": "10 anos", "volume": "750 ml", "teor_alco\u00f3lico": "20%",
     "castas": PORT_GRAPES, "inclui": ["750 ml bottle", "2 port glasses", "gift box"]},
    "Our 10 Year Old Tawny in a printed gift box with two small port glasses. " + PORT_HOUSE, 2)
add("PRT-TAW20-750", "Casa Vidal 20 Year Old Tawny Port", "port", 54.00, 6,
    {"tipo": "Tawny", "idade": "20 anos", "volume": "750 ml", "teor_alco\u00f3lico": "20%",
     "regi\u00e3o": "Douro"},
    "Deeper and more complex than the ten-year-old, with walnut, orange peel and caramel. " + PORT_HOUSE, 2)
add("PRT-TAW40-750", "Casa Vidal 40 Year Old Tawny Port", "port", 189.00, 1,
    {"tipo": "Tawny", "idade": "40 anos", "volume": "750 ml", "teor_alco\u00f3lico": "20.5%",
     "regi\u00e3o": "Douro", "caixa": "wooden box"},
    "A rare very old tawny, intense and long, with notes of old furniture, coffee and molasses. " + PORT_HOUSE, 3)
add("PRT-RUBY-750", "Casa Vidal Ruby Reserve No. 7", "port", 14.90, 31,
    {"tipo": "Ruby Reserve", "lote": "No. 7", "volume": "750 ml", "teor_alco\u00f3lico": 19.5},
    "Blend number seven of our house ruby: young, fruity, blackberry and cherry. " + PORT_HOUSE, 1)
add("PRT-WHT-750", "Casa Vidal Fine White Port", "port", 11.50, 18,
    {"tipo": "White", "volume": "750 ml", "teor_alco\u00f3lico": 19, "serve": "with tonic, ice and mint"},
    "Fresh white port for the Porto tonic. " + PORT_HOUSE, 1)
add("PRT-WHT-DRY", "Casa Vidal Extra Dry White Port", "port", 13.90, 9,
    {"tipo": "White", "volume": "750 ml", "teor_alco\u00f3lico": 19, "do\u00e7ura": "extra seco"},
    "Bone-dry white port, serve chilled as an aperitif with salted almonds. " + PORT_HOUSE, 1)
add("PRT-ROSE-750", "Casa Vidal Ros\u00e9 Port", "port", 10.90, 12,
    {"tipo": "Ros\u00e9", "volume": "750 ml", "teor_alco\u00f3lico": 19},
    "Strawberry-pink, light and sweet; pour over ice. " + PORT_HOUSE, 1)
add("PRT-COL70-750", "Colheita 1970 Tawny Port", "port", 1250.00, 1,
    {"tipo": "Colheita", "ano": 1970, "engarrafado": 2021, "volume": "750 ml", "teor_alco\u00f3lico": "20%",
     "caixa": "wooden box with certificate"},
    "A single-harvest tawny from the 1970 vintage, aged more than fifty years in cask. " + PORT_HOUSE, 3)
add("PRT-COL97-750", "Colheita 1997 Tawny Port", "port", 119.00, 3,
    {"tipo": "Colheita", "ano": 1997, "engarrafado": 2023, "volume": "750 ml", "teor_alco\u00f3lico": "20.5%"},
    "Single-harvest tawny from 1997, bright amber with candied orange and toffee. " + PORT_HOUSE, 2)
for sku, vol, price, stock in [("PRT-LBV18-375", "375 ml", 12.90, 9), ("PRT-LBV18-750", "750 ml", 21.50, 23)]:
    add(sku, "Quinta da Fonte Seca LBV 2018", "port", price, stock,
        {"tipo": "Late Bottled Vintage", "ano": 2018, "volume": vol, "teor_alco\u00f3lico": 19.5,
         "castas": ["Touriga Nacional", "Sous\u00e3o", "Tinta Roriz"]},
        "Unfiltered LBV from the 2018 harvest, bottled after four years in wood. " + FONTE_SECA, 2)
add("PRT-LBV17-750", "Quinta da Fonte Seca LBV 2017", "port", 19.90, 0,
    {"tipo": "Late Bottled Vintage", "ano": 2017, "volume": "750 ml", "teor_alco\u00f3lico": "20%"},
    "Unfiltered LBV from the 2017 harvest. " + FONTE_SECA, 1)
add("PRT-VIN17-750", "Quinta da Fonte Seca Vintage 2017", "port", 78.00, 4,
    {"tipo": "Vintage", "ano": 2017, "volume": "750 ml", "teor_alco\u00f3lico": "20%",
     "decantar": "yes, 2 hours before serving"},
    "Declared vintage from the great 2017 year; will keep for decades. " + FONTE_SECA, 2)

# --- Vinho Verde --------------------------------------------------------------
for sku, btl, price, stock, nimg in [("VV-ALV-750", "75 cl", 13.90, 26, 1),
                                     ("VV-ALV-1500", "1,5 L magnum", 29.00, 1, 2)]:
    add(sku, "Quinta do Sol Poente Alvarinho 2022", "vinho verde", price, stock,
        {"bottle": btl, "castas": ["Alvarinho"], "teor_alco\u00f3lico": "12.5% vol", "regi\u00e3o": "Vinho Verde (Mon\u00e7\u00e3o e Melga\u00e7o)"},
        "Citrus, white peach and a saline finish. " + SOL_POENTE, nimg)
add("VV-ALV-RES", "Quinta do Sol Poente Alvarinho Reserva 2021", "vinho verde", 19.50, 7,
    {"bottle": "75 cl", "castas": ["Alvarinho"], "teor_alco\u00f3lico": "13% vol", "est\u00e1gio": "6 months on lees"},
    "Richer Alvarinho aged six months on its lees. " + SOL_POENTE, 1)
add("VV-LOU-750", "Quinta do Sol Poente Loureiro 2023", "vinho verde", 8.90, 40,
    {"bottle": "75 cl", "castas": ["Loureiro"], "teor_alco\u00f3lico": "11.5% vol"},
    "Floral and light, our everyday white. " + SOL_POENTE, 1)
add("VV-ROSE-750", "Sol Poente Vinho Verde Ros\u00e9 2023", "vinho verde", 7.50, 0,
    {"bottle": "75 cl", "castas": ["Vinh\u00e3o", "Espadeiro"], "teor_alco\u00f3lico": "11% vol"},
    "Slightly sparkling ros\u00e9 with red berries. " + SOL_POENTE, 1)
add("VV-AVESSO", "Casal da Bou\u00e7a Avesso 2022", "vinho verde", 11.20, 15,
    {"bottle": "75 cl", "castas": ["Avesso"], "teor_alco\u00f3lico": "12.5% vol", "sub-regi\u00e3o": "Bai\u00e3o"},
    "Round, quince-scented white from the Douro border of the Vinho Verde region.", 1)
add("VV-ESP", "Casal da Bou\u00e7a Espumante Bruto", "vinho verde", 16.90, 8,
    {"bottle": "75 cl", "castas": ["Arinto", "Avesso"], "teor_alco\u00f3lico": "12% vol", "m\u00e9todo": "tradicional"},
    "Traditional-method Portuguese sparkling wine, 18 months on the lees.", 1)

# --- Douro and other still wines -----------------------------------------------
VALE_TINTO_GRAPES = ["Touriga Nacional", "Tinta Roriz", "Touriga Franca"]
for sku, vol, price, stock, nimg in [("DR-QVT19-750", "750 ml", 15.90, 19, 2),
                                     ("DR-QVT19-1500", "1.5 L", 34.00, 2, 2)]:
    add(sku, "Quinta do Vale Tinto 2019", "douro wine", price, stock,
        {"ano": 2019, "volume": vol, "teor_alco\u00f3lico": "13.5%", "regi\u00e3o": "Douro", "castas": VALE_TINTO_GRAPES},
        "Juicy, dark-fruited Douro red for every day. " + VALE_HOUSE, nimg)
for sku, vol, price, stock in [("DR-QVTR19-375", "375 ml", 14.90, 0), ("DR-QVTR19-750", "750 ml", 27.50, 5)]:
    add(sku, "Quinta do Vale Tinto Reserva 2019", "douro wine", price, stock,
        {"ano": 2019, "volume": vol, "teor_alco\u00f3lico": "14.5%", "regi\u00e3o": "Douro",
         "castas": ["Touriga Nacional", "Touriga Franca", "Sous\u00e3o"], "est\u00e1gio": "14 months in French oak"},
        "The estate's reserve: violets, black cherry and fine tannins. " + VALE_HOUSE, 2)
add("DR-QVTR20-750", "Quinta do Vale Tinto Reserva 2020", "douro wine", 28.50, 9,
    {"ano": 2020, "volume": "750 ml", "teor_alco\u00f3lico": "14%", "regi\u00e3o": "Douro",
     "castas": ["Touriga Nacional", "Touriga Franca", "Tinta Roriz"], "est\u00e1gio": "16 months in French oak"},
    "The reserve from the warm 2020 vintage. " + VALE_HOUSE, 1)
add("DR-QVB21-750", "Quinta do Vale Branco 2021", "douro wine", 12.90, 11,
    {"ano": 2021, "volume": "750 ml", "teor_alco\u00f3lico": "12.5%", "regi\u00e3o": "Douro",
     "castas": ["Viosinho", "Rabigato", "Gouveio"]},
    "Fresh high-altitude Douro white with lime and fennel. " + VALE_HOUSE, 1)
add("DR-CVT-750", "Cima do Vale Tinto 2021", "douro wine", 10.50, 30,
    {"ano": 2021, "volume": "750 ml", "teor_alco\u00f3lico": 13, "regi\u00e3o": "Douro"},
    "An easy red from a neighbouring cooperative, not to be confused with Quinta do Vale.", 1)
add("DR-TNAC-750", "Encosta Alta Touriga Nacional 2020", "douro wine", 22.00, 13,
    {"ano": 2020, "volume": "750 ml", "teor_alco\u00f3lico": "14%", "castas": ["Touriga Nacional"]},
    "Single-variety Touriga Nacional, floral and intense. " + ENCOSTA, 2)
add("DR-GRES-750", "Encosta Alta Grande Reserva 2017", "douro wine", 48.00, 3,
    {"ano": 2017, "volume": "750 ml", "teor_alco\u00f3lico": "14.5%",
     "castas": ["Touriga Nacional", "Touriga Franca", "Tinta Amarela"], "est\u00e1gio": "24 months in oak"},
    "Old-vine grande reserva, only 3,200 bottles made. " + ENCOSTA, 2)
add("DR-BRRES-750", "Encosta Alta Branco Reserva 2022", "douro wine", 18.90, 6,
    {"ano": 2022, "volume": "750 ml", "teor_alco\u00f3lico": "13%", "castas": ["Rabigato", "C\u00f3dega do Larinho"]},
    "Barrel-fermented white reserve. " + ENCOSTA, 1)
add("DR-ROSE-750", "Encosta Alta Ros\u00e9 2023", "douro wine", 9.90, 21,
    {"ano": 2023, "volume": "750 ml", "teor_alco\u00f3lico": "12%", "castas": ["Touriga Nacional"]},
    "Pale salmon ros\u00e9, dry and crisp. " + ENCOSTA, 1)
add("ALT-TIN-750", "Herdade das Cegonhas Tinto 2020", "other wine", 11.90, 17,
    {"ano": 2020, "volume": "750 ml", "teor_alco\u00f3lico": "14%", "regi\u00e3o": "Alentejo",
     "castas": ["Aragonez", "Trincadeira", "Alicante Bouschet"]},
    "Ripe and generous red from the plains near \u00c9vora.", 1)
add("DAO-ENC-750", "Vale de Cabras Encruzado 2021", "other wine", 16.40, 6,
    {"ano": 2021, "volume": "750 ml", "teor_alco\u00f3lico": "13%", "regi\u00e3o": "D\u00e3o", "castas": ["Encruzado"]},
    "Textured white from granite soils in the D\u00e3o.", 1)
add("MAD-MAL10", "Madeira Malvasia 10 Year Old", "other wine", 39.00, 4,
    {"idade": "10 anos", "volume": "500 ml", "teor_alco\u00f3lico": "19%", "regi\u00e3o": "Madeira", "castas": ["Malvasia"]},
    "Rich, sweet Madeira with a tangy finish; keeps for months once opened.", 1)
add("MOS-SET", "Moscatel de Set\u00fabal 2015", "other wine", 17.90, 8,
    {"ano": 2015, "volume": "750 ml", "teor_alco\u00f3lico": "17.5%", "regi\u00e3o": "Set\u00fabal"},
    "Fortified Muscat with orange blossom and honey.", 1)

# --- Cheese (sold by weight) -------------------------------------------------------
SDE = {"leite": "ovelha (raw sheep's milk)", "cura_meses": 1.5, "DOP": True, "textura": "amanteigado (soft, spoonable)"}
for sku, g, price, stock, nimg in [("QJ-SDE-500", 500, 24.90, 7, 2), ("QJ-SDE-1000", 1000, 45.00, 1, 2)]:
    add(sku, "Queijo Serra da Estrela DOP", "cheese", price, stock, dict(SDE, peso_g=g),
        "The king of Portuguese cheeses, curdled with thistle flower; cut the top and spoon it. " + CHEESE_NOTE, nimg)
add("QJ-SDEV-500", "Queijo Serra da Estrela Velho", "cheese", 27.90, 0,
    {"leite": "ovelha (raw sheep's milk)", "cura_meses": 6, "peso_g": 500, "textura": "firm"},
    "Aged Serra da Estrela, firm and sliceable with a spicy bite. " + CHEESE_NOTE, 1)
for sku, g, price, stock in [("QJ-AZE-250", 250, 13.50, 12), ("QJ-AZE-500", 500, 24.00, 0)]:
    add(sku, "Queijo Azeit\u00e3o DOP", "cheese", price, stock,
        {"leite": "ovelha", "peso_g": g, "cura_meses": 2, "DOP": True},
        "Small soft sheep's cheese from the Arr\u00e1bida hills, tangy and creamy. " + CHEESE_NOTE, 1)
for sku, w, price, stock in [("QJ-SJO-500", "500 g", 16.80, 9), ("QJ-SJO-1000", "1 kg", 31.00, 4)]:
    add(sku, "Queijo S\u00e3o Jorge DOP 12 meses", "cheese", price, stock,
        {"milk": "cow", "weight": w, "cura_meses": 12, "ilha": "S\u00e3o Jorge (Azores)"},
        "Hard, peppery cow's milk cheese from the Azores, aged twelve months. " + CHEESE_NOTE, 1)
add("QJ-SJO24-500", "Queijo S\u00e3o Jorge DOP 24 meses", "cheese", 21.90, 2,
    {"milk": "cow", "weight": "500 g", "cura_meses": 24, "ilha": "S\u00e3o Jorge (Azores)"},
    "The same cheese aged twice as long: crystalline and very sharp. " + CHEESE_NOTE, 1)
add("QJ-NIS-400", "Queijo de Nisa DOP", "cheese", 15.60, 8,
    {"leite": "ovelha", "peso_g": 400, "cura_meses": 3},
    "Semi-hard Alentejo sheep's cheese with small holes. " + CHEESE_NOTE, 1)
add("QJ-RAB-300", "Queijo Raba\u00e7al", "cheese", 9.80, 10,
    {"leite": ["ovelha", "cabra"], "peso_g": 300, "cura_meses": 1},
    "Mixed sheep and goat's milk cheese from near Coimbra, with a herbal rind. " + CHEESE_NOTE, 1)
add("QJ-EVO-250", "Queijo de \u00c9vora DOP", "cheese", 11.40, 5,
    {"leite": "ovelha", "peso_g": 250, "cura_meses": 6},
    "Small hard sheep's cheese, salty and intense. " + CHEESE_NOTE, 1)
add("QJ-CAS-450", "Queijo Castelo Branco", "cheese", 12.70, 5,
    {"leite": "ovelha", "peso_g": 450, "cura_meses": 2},
    "Buttery sheep's cheese from Beira Baixa. " + CHEESE_NOTE, 1)
add("QJ-CAB-200", "Queijo de Cabra com Piment\u00e3o", "cheese", 7.90, 14,
    {"leite": "cabra", "peso_g": 200, "casca": "rubbed with sweet paprika"},
    "Young goat's cheese with a paprika rind. " + CHEESE_NOTE, 1)

# --- Tinned fish (flavour variants) -------------------------------------------------
for sku, sabor, name, price, stock in [
    ("CON-SAR-OLI", "olive oil", "Gaivota Azul Sardines in Olive Oil", 4.20, 60),
    ("CON-SAR-TOM", "tomato", "Gaivota Azul Sardines in Tomato Sauce", 4.40, 0),
    ("CON-SAR-LIM", "lemon", "Gaivota Azul Sardines with Lemon", 4.60, 2),
    ("CON-SAR-PIR", "piri-piri", "Gaivota Azul Sardines with Piri-Piri", 4.60, 11),
]:
    add(sku, name, "tinned fish", price, stock,
        {"sabor": sabor, "peso_l\u00edquido_g": 120, "pe\u00e7as": "4-6"},
        "Whole Atlantic sardines. " + GAIVOTA, 1)
add("CON-SAR-VIN", "Gaivota Azul Vintage Sardines 2023", "tinned fish", 12.00, 3,
    {"sabor": "olive oil", "peso_l\u00edquido_g": 120, "ano": 2023, "numbered": True},
    "Sardines from the 2023 season, left to mature in the tin. " + GAIVOTA, 2)
add("CON-CAV-OLI", "Gaivota Azul Mackerel Fillets in Olive Oil", "tinned fish", 5.10, 24,
    {"sabor": "olive oil", "peso_l\u00edquido_g": 125},
    "Boneless mackerel fillets. " + GAIVOTA, 1)
add("CON-POL", "Gaivota Azul Octopus in Garlic Olive Oil", "tinned fish", 8.90, 6,
    {"sabor": "garlic olive oil", "peso_l\u00edquido_g": 111, "peso_escorrido_g": 75},
    "Tender octopus pieces. " + GAIVOTA, 1)
add("CON-ATU", "Ventresca de Atum em Azeite", "tinned fish", 9.50, 7,
    {"sabor": "olive oil", "peso_l\u00edquido_g": 110, "fish": "tuna belly"},
    "Tuna belly, the most prized cut. " + GAIVOTA, 1)
add("CON-BAC", "Gaivota Azul Codfish with Chickpeas", "tinned fish", 6.70, 13,
    {"peso_l\u00edquido_g": 250, "ready_meal": True},
    "Codfish and chickpeas in olive oil and garlic, heat and serve. " + GAIVOTA, 1)
add("CON-PATE-SAR", "Pat\u00e9 de Sardinha", "tinned fish", 3.10, 14,
    {"peso_l\u00edquido_g": 75},
    "Spreadable sardine pat\u00e9 for toast. " + GAIVOTA, 1)

# --- Olive oil (tins) ---------------------------------------------------------
for sku, vol, price, stock, nimg in [("AZ-LP-250", "250 ml", 6.90, 22, 1), ("AZ-LP-500", "500 ml", 11.90, 15, 1),
                                     ("AZ-LP-3000", "3 L", 49.00, 0, 2)]:
    add(sku, "Lagar do Penedo Azeite Virgem Extra", "olive oil", price, stock,
        {"volume": vol, "embalagem": "lata (tin)", "acidez": "0.2%", "colheita": "2025/26"},
        "Green, peppery extra virgin olive oil. " + PENEDO, nimg)
add("AZ-LPB-500", "Lagar do Penedo Azeite Biol\u00f3gico", "olive oil", 14.50, 6,
    {"volume": "500 ml", "embalagem": "lata (tin)", "acidez": "0.3%", "certifica\u00e7\u00e3o": "EU organic"},
    "Organic extra virgin olive oil. " + PENEDO, 1)
add("AZ-TRAS-500", "Azeite de Tr\u00e1s-os-Montes DOP Colheita Precoce", "olive oil", 17.90, 1,
    {"volume": "500 ml", "embalagem": "lata (tin)", "acidez": "0.15%"},
    "Early-harvest DOP oil, very grassy and bitter-almond. " + PENEDO, 1)

# --- Honey -------------------------------------------------------------------
for sku, g, price, stock in [("MEL-ROS-500", 500, 8.50, 16), ("MEL-ROS-1000", 1000, 15.50, 4)]:
    add(sku, "Mel de Rosmaninho", "honey", price, stock,
        {"flor": "rosmaninho (Spanish lavender)", "peso_g": g, "origem": "Tejo Internacional"},
        "Pale, floral lavender honey from a single beekeeper on the Spanish border.", 1)
add("MEL-URZ-250", "Mel de Urze", "honey", 6.20, 0,
    {"flor": "urze (heather)", "peso_g": 250, "origem": "Montesinho"},
    "Dark, malty heather honey from Tr\u00e1s-os-Montes.", 1)
add("MEL-LAR-500", "Mel de Laranjeira", "honey", 7.90, 9,
    {"flor": "laranjeira (orange blossom)", "peso_g": 500, "origem": "Algarve"},
    "Orange-blossom honey from the Algarve.", 1)
add("MEL-FAVO", "Mel em Favo", "honey", 14.00, 2,
    {"flor": "multifloral", "peso_g": 350, "formato": "honeycomb in a wooden frame"},
    "A whole piece of honeycomb, cut from the frame.", 2)

# --- Charcuterie ----------------------------------------------------------------
add("CH-PRE-100", "Presunto B\u00edsaro 24 Meses Fatiado", "charcuterie", 9.90, 18,
    {"peso_g": 100, "cura_meses": 24, "ra\u00e7a": "porco b\u00edsaro"},
    "Hand-sliced ham from the native B\u00edsaro pig, cured 24 months. Sent with the chilled courier.", 1)
add("CH-PRE-PERNA", "Presunto B\u00edsaro Perna Inteira", "charcuterie", 289.00, 1,
    {"peso_aprox": "7.5 kg", "cura_meses": 24, "suporte_incluido": False},
    "A whole bone-in leg of B\u00edsaro ham; stand not included. Sent with the chilled courier.", 3)
add("CH-CHO-BIS", "Chouri\u00e7o de Porco B\u00edsaro", "charcuterie", 7.40, 20,
    {"peso_g": 250, "fumado": "oak smoke"},
    "Smoked pork sausage with garlic and paprika. Sent with the chilled courier.", 1)
add("CH-ALH-MIR", "Alheira de Mirandela IGP", "charcuterie", 6.80, 0,
    {"unidades": 2, "peso_g": 300},
    "Bread-and-meat sausage; fry or grill. Sent with the chilled courier.", 1)
add("CH-SAL-VIN", "Salpic\u00e3o de Vinhais IGP", "charcuterie", 10.90, 7,
    {"peso_g": 300, "cura_meses": 4},
    "Pork loin sausage smoked over oak. Sent with the chilled courier.", 1)
add("CH-PAIO-ALE", "Paio do Alentejo", "charcuterie", 12.60, 4,
    {"peso_g": 400, "ra\u00e7a": "porco alentejano"},
    "Cured loin of black Alentejo pig. Sent with the chilled courier.", 1)

# --- Sweets -----------------------------------------------------------------
add("DOC-PAO-LO", "P\u00e3o de L\u00f3 de Ovar", "sweets", 11.50, 5,
    {"peso_g": 650, "validade_dias": 10},
    "Soft, runny-centred sponge cake baked for us every Thursday.", 1)
add("DOC-CHO-POR", "Chocolate Negro 70% com Vinho do Porto", "sweets", 4.90, 25,
    {"cacau": "70%", "peso_g": 100},
    "Dark chocolate bar with a port-wine ganache.", 1)
add("DOC-CHO-FLOR", "Chocolate de Leite com Flor de Sal", "sweets", 4.60, 10,
    {"cacau": "38%", "peso_g": 100},
    "Milk chocolate with sea-salt flakes from Aveiro.", 1)
add("DOC-BOMB-PORT", "Bombons de Vinho do Porto, caixa de 12", "sweets", 14.80, 8,
    {"unidades": 12, "cont\u00e9m_\u00e1lcool": True},
    "Dark chocolates filled with tawny port.", 2)
add("DOC-AMEN", "Am\u00eandoas Cobertas de Moncorvo", "sweets", 8.20, 11,
    {"peso_g": 250},
    "Sugar-coated almonds, the traditional Easter treat.", 1)
add("DOC-FIG", "Figos Recheados com Am\u00eandoa", "sweets", 6.50, 2,
    {"peso_g": 200},
    "Dried Algarve figs stuffed with almond and chocolate.", 1)
add("DOC-MARM", "Marmelada Caseira", "sweets", 5.40, 13,
    {"peso_g": 400},
    "Homemade quince paste, perfect with cheese.", 1)
add("DOC-OVOS", "Ovos Moles de Aveiro", "sweets", 9.60, 0,
    {"unidades": 6, "validade_dias": 7},
    "Egg-yolk sweets in wafer shells.", 1)

# --- Pantry -------------------------------------------------------------------
add("DSP-FLOR-SAL", "Flor de Sal de Aveiro", "pantry", 5.90, 19,
    {"peso_g": 250}, "Hand-raked sea-salt flakes.", 1)
add("DSP-PIRI", "Molho Picante Piri-Piri", "pantry", 3.90, 33,
    {"volume": "100 ml", "picante": "hot"}, "Hot chilli sauce.", 1)
add("DSP-COMP-ABO", "Compota de Ab\u00f3bora com Noz", "pantry", 4.80, 6,
    {"peso_g": 250}, "Pumpkin and walnut jam.", 1)

# --- Hampers ----------------------------------------------------------------
add("CAB-CLASS", "Cabaz Cl\u00e1ssico do Porto", "hampers", 69.00, 6,
    {"cont\u00e9m": ["Casa Vidal Ruby Reserve No. 7", "Gaivota Azul Sardines in Olive Oil",
                  "Marmelada Caseira", "Queijo Raba\u00e7al 300 g"], "pe\u00e7as": 4},
    HAMPER_NOTE, 3)
add("CAB-QUEIJO", "Cabaz Queijos & Vinho", "hampers", 89.00, 0,
    {"cont\u00e9m": ["Queijo Serra da Estrela DOP 500 g", "Queijo S\u00e3o Jorge DOP 12 meses 500 g",
                  "Quinta do Vale Tinto 2019 750 ml"], "pe\u00e7as": 3},
    HAMPER_NOTE, 2)
add("CAB-GRANDE", "Cabaz Grande Mercearia No. 3", "hampers", 149.00, 2,
    {"cont\u00e9m": ["Casa Vidal 10 Year Old Tawny Port 750 ml", "Queijo Azeit\u00e3o DOP 250 g",
                  "Presunto B\u00edsaro 24 Meses Fatiado", "Mel de Rosmaninho 500 g",
                  "Lagar do Penedo Azeite Virgem Extra 500 ml", "Bombons de Vinho do Porto"], "pe\u00e7as": 6},
    HAMPER_NOTE, 3)
add("CAB-MINI", "Cabaz Mini Sardinha", "hampers", 34.50, 12,
    {"cont\u00e9m": ["Gaivota Azul Sardines in Olive Oil", "Gaivota Azul Sardines with Piri-Piri",
                  "Pat\u00e9 de Sardinha", "Flor de Sal de Aveiro"], "pe\u00e7as": 4},
    HAMPER_NOTE, 1)

# --- Accessories -----------------------------------------------------------------
add("ACC-COPOS-6", "Conjunto de 6 Copos de Vinho Cristal", "accessories", 42.00, 8,
    {"pe\u00e7as": 6, "capacidade_ml": 470, "material": "lead-free crystal", "dishwasher_safe": True},
    "Six tall crystal wine glasses.", 2)
add("ACC-COPOS-2", "Conjunto de 2 Copos de Vinho do Porto", "accessories", 18.50, 0,
    {"pe\u00e7as": 2, "capacidade_ml": 150, "material": "lead-free crystal"},
    "A pair of small tulip-shaped port glasses.", 1)
add("ACC-SACA", "Saca-rolhas de Empregado em Corti\u00e7a", "accessories", 12.90, 27,
    {"tipo": "waiter's corkscrew", "cabo": "cork", "comprimento_cm": 12},
    "Double-lever waiter's corkscrew with a cork handle.", 1)
add("ACC-SACA-ALAV", "Saca-rolhas de Alavanca", "accessories", 34.00, 3,
    {"tipo": "lever corkscrew", "garantia": "5 years"},
    "Table-top lever corkscrew, opens a bottle in one pull.", 2)
add("ACC-TABUA", "T\u00e1bua de Queijos em Corti\u00e7a", "accessories", 24.00, 6,
    {"dimens\u00f5es_cm": [35, 22, 2], "material": "cork and oak"},
    "Cheese board with a cork top.", 1)
add("ACC-BOLSA", "Saco T\u00e9rmico para Vinho", "accessories", 9.90, 16,
    {"garrafas": 2, "material": "insulated canvas"},
    "Insulated bag that keeps two bottles cool for a picnic.", 1)

# --- Gift cards (no stock field) -----------------------------------------------
for amount in (25, 50, 100):
    add("GC-%03d" % amount, "Cart\u00e3o Oferta Casa Vidal %d \u20ac" % amount, "gift cards", float(amount), None,
        {"valor": "%d EUR" % amount, "validade": "2 years", "entrega": "email"},
        "A gift card sent by email, valid online and in the shop for two years.", 1)


FAQ = [
    ("shipping-portugal", "How much is delivery within Portugal?",
     "Mainland Portugal: we ship with CTT Expresso for \u20ac4.90 per order, free on orders over \u20ac60, "
     "normally delivered in 1-2 working days. Azores and Madeira: \u20ac9.90, 3-5 working days. Cheese and "
     "charcuterie travel with our chilled courier instead (see chilled shipping)."),
    ("shipping-eu", "Do you ship to other EU countries?",
     "Yes. Parcels to the rest of the EU go with DPD: \u20ac12.50 flat for up to 6 bottles or 5 kg, \u20ac19.50 "
     "for 7-12 bottles, free over \u20ac150. Delivery takes 3-6 working days. Chilled goods (cheese, "
     "charcuterie) cannot be sent outside Portugal, and see our alcohol restrictions."),
    ("chilled-shipping", "How do you send cheese and charcuterie?",
     "Cheese, charcuterie and other fresh items travel in an insulated box with ice packs via our chilled "
     "courier FrioExpresso. So that nothing sits in a depot over the weekend we only dispatch chilled "
     "parcels on Monday, Tuesday and Wednesday; orders placed after Wednesday 12:00 leave the following "
     "Monday. Chilled surcharge \u20ac3.50 per order, mainland Portugal only."),
    ("alcohol-age", "Is there an age limit for buying wine?",
     "We only sell wine, port and other alcoholic drinks to customers aged 18 or over. The courier may ask "
     "for ID on delivery and will bring the parcel back if nobody over 18 can sign for it."),
    ("alcohol-countries", "Are there countries you can't send wine to?",
     "Because of local licensing rules we cannot ship alcohol to Finland, Sweden or Ireland. Food, "
     "accessories and gift cards can still go there; an order with wine or port to these countries is "
     "cancelled and refunded in full."),
    ("returns", "Can I return something?",
     "Unopened bottles and unused non-food items can be returned within 14 days of delivery for a full "
     "refund of the item price. Return postage is on you unless the item was faulty. Write to "
     "ajuda@casavidal.example.com with your order number before sending anything back."),
    ("perishables", "Can I return cheese or other fresh food?",
     "For food-safety reasons perishable products (cheese, charcuterie, P\u00e3o de L\u00f3, ovos moles and "
     "anything else from the chilled range) cannot be returned once delivered, unless they arrive "
     "damaged or spoiled."),
    ("damaged-bottles", "A bottle arrived broken. What now?",
     "Sorry! Send a photo of the bottle and of the box to ajuda@casavidal.example.com within 48 hours of "
     "delivery. We will send a replacement or refund it; you don't need to send the broken bottle back."),
    ("gift-wrapping", "Do you gift wrap?",
     "Any item can be gift-wrapped in our cork-print paper for \u20ac2.50 per item, and a handwritten card is "
     "free. Write the message in the order notes at checkout."),
    ("hampers-made-to-order", "How do hampers work?",
     "Our hampers are put together by hand when you order. Please allow 3 working days before dispatch "
     "(7 working days between 1 and 24 December). Custom hampers start at \u20ac45: tell us the budget and "
     "any allergies."),
    ("tastings", "Do you hold tastings?",
     "Every Saturday at 16:00 we open six wines and ports at the counter, with cheese and charcuterie to "
     "match. \u20ac15 per person, refunded if you spend \u20ac50 or more on the day. Booking recommended, maximum 12 "
     "people."),
    ("opening-hours", "When is the shop open?",
     "Monday to Friday 10:00-19:30, Saturday 10:00-19:00. Closed on Sundays and public holidays."),
    ("contact", "How can I contact you?",
     "Shop: Rua da Ribeira Fria 48, 4050-999 Porto. Phone +351 220 000 148 during opening hours. Email "
     "ola@casavidal.example.com; we answer within one working day."),
    ("payment-methods", "How can I pay?",
     "We accept Multibanco reference, MB WAY, Visa, Mastercard and PayPal. We don't offer cash on delivery."),
    ("order-changes", "Can I change my order?",
     "Orders can be changed or cancelled free of charge within 2 hours of placing them. After that write to "
     "us: if it has not been packed yet we'll try, but we can't promise."),
    ("corporate-gifts", "Do you do corporate gifts?",
     "Yes, from 10 hampers or bottles upward, with your logo on the card, and 10% off from 25 units. "
     "Write to empresas@casavidal.example.com with quantities and dates."),
    ("storage-advice", "How should I store port and cheese?",
     "Tawny and white port keep 4-6 weeks once opened, in the fridge door; ruby and LBV about 2-3 weeks; "
     "vintage port is best drunk within 2 days. Keep cheese in the vegetable drawer wrapped in the waxed "
     "paper it came in, never in cling film. Tinned fish keeps for years."),
    ("gift-cards", "How do gift cards work?",
     "Gift cards of \u20ac25, \u20ac50 and \u20ac100 are sent by email as a code. They are valid for 2 years, online and in "
     "the shop, for everything except other gift cards."),
    ("click-and-collect", "Can I collect my order in the shop?",
     "Yes: choose In-store pickup at checkout. It's free, ready within 3 hours during opening hours, and we "
     "keep it for 7 days."),
]

ORDERS = [
    {"order_id": "CV10231", "email": "ana.ferreira@example.com", "postcode": "4000-322", "placed": "2026-02-02",
     "status": "delivered", "carrier": "CTT", "eta": "2026-02-04",
     "items": [{"sku": "PRT-TAW10-750", "qty": 2}]},
    {"order_id": "CV10244", "email": "j.martins@example.net", "postcode": "1200-195", "placed": "2026-02-09",
     "status": "shipped", "carrier": "DPD", "eta": "2026-02-13",
     "items": [{"sku": "DR-QVT19-750", "qty": 6}, {"sku": "ACC-SACA", "qty": 1}]},
    {"order_id": "CV10257", "email": "lukas.becker@example.org", "postcode": "10115", "placed": "2026-02-10",
     "status": "shipped", "carrier": "DPD", "eta": "2026-02-16",
     "items": [{"sku": "PRT-LBV18-750", "qty": 3}, {"sku": "CON-SAR-OLI", "qty": 10}]},
    {"order_id": "CV10263", "email": "sofia.r@example.com", "postcode": "4150-563", "placed": "2026-02-11",
     "status": "cancelled", "items": [{"sku": "CAB-QUEIJO", "qty": 1}]},
    {"order_id": "CV10270", "email": "pedro.almeida@example.net", "postcode": "3000-141", "placed": "2026-02-12",
     "status": "returned", "carrier": "CTT", "eta": "2026-02-14",
     "items": [{"sku": "ACC-SACA-ALAV", "qty": 1}]},
    {"order_id": "CV10288", "email": "marta.sousa@example.com", "postcode": "4050-011", "placed": "2026-02-16",
     "status": "delivered", "carrier": "FrioExpresso", "eta": "2026-02-17",
     "items": [{"sku": "QJ-SDE-500", "qty": 1}, {"sku": "CH-CHO-BIS", "qty": 2}]},
    {"order_id": "CV10302", "email": "marta.sousa@example.com", "postcode": "4050-011", "placed": "2026-03-02",
     "status": "processing", "items": [{"sku": "CAB-CLASS", "qty": 2}]},
    {"order_id": "CV10315", "email": "claire.dubois@example.org", "postcode": "75011", "placed": "2026-02-20",
     "status": "shipped", "carrier": "DPD", "eta": "2026-02-26",
     "items": [{"sku": "PRT-TAW20-750", "qty": 1}, {"sku": "DOC-CHO-POR", "qty": 4}]},
    {"order_id": "CV10329", "email": "rui.costa@example.com", "postcode": "4400-200", "placed": "2026-02-23",
     "status": "delivered", "carrier": "In-store pickup",
     "items": [{"sku": "PRT-VIN17-750", "qty": 1}]},
    {"order_id": "CV10333", "email": "helena.g@example.net", "postcode": "8000-310", "placed": "2026-02-24",
     "status": "shipped", "carrier": "CTT", "eta": "2026-02-27",
     "items": [{"sku": "MEL-ROS-500", "qty": 2}, {"sku": "AZ-LP-500", "qty": 1}]},
    {"order_id": "CV10340", "email": "tiago.n@example.org", "postcode": "4700-030", "placed": "2026-02-26",
     "status": "processing", "carrier": "FrioExpresso", "eta": "2026-03-04",
     "items": [{"sku": "QJ-SJO-1000", "qty": 1}, {"sku": "CH-SAL-VIN", "qty": 1}]},
    {"order_id": "CV10356", "email": "ines.lopes@example.com", "postcode": "2750-642", "placed": "2026-02-27",
     "status": "shipped", "carrier": "FrioExpresso", "eta": "2026-03-03",
     "items": [{"sku": "QJ-AZE-250", "qty": 2}, {"sku": "DOC-MARM", "qty": 1}]},
    {"order_id": "CV10361", "email": "mark.oconnor@example.com", "postcode": "D02 X285", "placed": "2026-02-28",
     "status": "cancelled", "items": [{"sku": "PRT-TAW10-750", "qty": 3}]},
    {"order_id": "CV10377", "email": "beatriz.m@example.net", "postcode": "3810-193", "placed": "2026-03-03",
     "status": "processing", "items": [{"sku": "GC-050", "qty": 1}, {"sku": "DOC-PAO-LO", "qty": 1}]},
    {"order_id": "CV10382", "email": "giulia.rossi@example.org", "postcode": "20121", "placed": "2026-03-04",
     "status": "returned", "carrier": "DPD", "eta": "2026-03-10",
     "items": [{"sku": "ACC-COPOS-6", "qty": 1}]},
    {"order_id": "CV10390", "email": "carlos.pinto@example.com", "postcode": "4100-045", "placed": "2026-03-05",
     "status": "delivered", "carrier": "In-store pickup", "eta": "2026-03-05",
     "items": [{"sku": "CH-PRE-PERNA", "qty": 1}]},
    {"order_id": "CV10404", "email": "nuno.reis@example.net", "postcode": "9000-060", "placed": "2026-03-06",
     "status": "shipped", "carrier": "CTT", "eta": "2026-03-12",
     "items": [{"sku": "PRT-COL97-750", "qty": 1}]},
    {"order_id": "CV10411", "email": "eva.novak@example.org", "postcode": "110 00", "placed": "2026-03-07",
     "status": "processing", "items": [{"sku": "VV-ALV-750", "qty": 6}]},
    {"order_id": "CV10425", "email": "joana.vaz@example.com", "postcode": "4200-072", "placed": "2026-03-09",
     "status": "shipped", "carrier": "CTT", "eta": "2026-03-11",
     "items": [{"sku": "CAB-MINI", "qty": 1}]},
    {"order_id": "CV10438", "email": "paulo.s@example.net", "postcode": "1050-094", "placed": "2026-03-10",
     "status": "cancelled", "items": [{"sku": "DR-GRES-750", "qty": 2}]},
    {"order_id": "CV10443", "email": "rita.moura@example.org", "postcode": "4000-123", "placed": "2026-03-11",
     "status": "shipped", "carrier": "CTT",
     "items": [{"sku": "VV-LOU-750", "qty": 6}, {"sku": "CON-SAR-PIR", "qty": 4}]},
]


# ---------------------------------------------------------------------------
# PNG drawing
# ---------------------------------------------------------------------------
def _chunk(kind, data):
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def make_png(seed, size=48):
    h = hashlib.sha256(seed.encode("utf-8")).digest()
    c1, c2, c3 = tuple(h[0:3]), tuple(h[3:6]), tuple(h[6:9])
    pattern = h[9] % 6
    step = 3 + h[10] % 6
    raw = bytearray()
    for y in range(size):
        raw.append(0)  # filter type: none
        for x in range(size):
            if pattern == 0:
                col = c1 if (y // step) % 2 else c2
            elif pattern == 1:
                col = c1 if (x // step) % 2 else c2
            elif pattern == 2:
                col = c1 if ((x // step) + (y // step)) % 2 else c2
            elif pattern == 3:
                col = c1 if ((x + y) // step) % 2 else c2
            elif pattern == 4:
                d = (x - 24) ** 2 + (y - 24) ** 2
                col = c1 if d < (8 + step * 2) ** 2 else c2
            else:
                t = x * 255 // (size - 1)
                col = tuple((a * (255 - t) + b * t) // 255 for a, b in zip(c1, c2))
            if x < 2 or y < 2 or x >= size - 2 or y >= size - 2:
                col = c3  # frame in a third colour
            raw.extend(col)
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b""))


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def build(out):
    os.makedirs(os.path.join(out, "images"), exist_ok=True)
    write_text(os.path.join(out, "store.json"), json.dumps(STORE, ensure_ascii=False, indent=2) + "\n")
    lines = []
    for sku, name, category, price, stock, attrs, desc, nimg in P:
        images = []
        for n in range(1, nimg + 1):
            rel = "images/%s-%d.png" % (sku, n)
            with open(os.path.join(out, rel), "wb") as f:
                f.write(make_png("%s|%d" % (sku, n)))
            images.append(rel)
        item = {"sku": sku, "name": name, "description": desc, "category": category,
                "price": price, "currency": CURRENCY}
        if stock is not None:
            item["stock"] = stock
        item["attributes"] = attrs
        item["images"] = images
        lines.append(dumps(item))
    write_text(os.path.join(out, "catalog.jsonl"), "\n".join(lines) + "\n")
    write_text(os.path.join(out, "faq.jsonl"),
               "\n".join(dumps({"id": i, "question": q, "answer": a}) for i, q, a in FAQ) + "\n")
    write_text(os.path.join(out, "orders.jsonl"), "\n".join(dumps(o) for o in ORDERS) + "\n")


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python make_store.py OUT_DIR\n")
        return 2
    build(argv[1])
    print("wrote %d products, %d FAQ entries, %d orders to %s" % (len(P), len(FAQ), len(ORDERS), argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
