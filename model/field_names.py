"""Attribute names a shop writes in its own language, read in English.

A shop names its fields as it likes ("poids_emballé", "tour_de_poitrine", "teor_alcoólico",
"Farbe"); shoppers ask in English ("how heavy is it packed?", "what's the chest size?") and
replies are in English. `in_english` gives a field's name word by word in English, from a
glossary of the words product attributes are commonly named with in French, Spanish,
Portuguese, Italian, German, Dutch and Polish; a word it lacks stays as the shop wrote it.
Words that are also English words with another meaning ("charge", "tension", "land", "eta")
are read only in phrases that make them foreign ("charge max" is a maximum load), or not at all.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from retrieval.english import read_word

# phrases first (their words read otherwise alone, or in another order in English)
_PHRASES = {
    "tour de poitrine": "chest", "tour de taille": "waist", "tour de hanches": "hips",
    "poids emballe": "packed weight", "poids net": "net weight", "peso neto": "net weight",
    "peso liquido": "net weight", "peso netto": "net weight", "charge max": "max load",
    "charge maximale": "max load", "carga maxima": "max load", "carico massimo": "max load",
    "cote r": "r value", "valeur r": "r value", "valor r": "r value",
    "teor alcoolico": "alcohol", "grau alcoolico": "alcohol", "teneur en alcool": "alcohol",
    "grado alcoholico": "alcohol", "gradazione alcolica": "alcohol",
    "pays d origine": "country of origin", "pais de origen": "country of origin",
    "pais de origem": "country of origin", "paese di origine": "country of origin",
    "nombre de pages": "pages", "numero de paginas": "pages", "nombre de joueurs": "players",
    "numero de jugadores": "players", "anzahl spieler": "players",
    "mise en bouteille": "bottled", "contem alcool": "contains alcohol",
    "contient de l alcool": "contains alcohol", "contiene alcohol": "contains alcohol",
    "degre de torrefaction": "roast level", "grado de tostado": "roast level",
    "grau de torra": "roast level", "grado di tostatura": "roast level",
    "stopien palenia": "roast level", "notes de degustation": "tasting notes",
    "notas de cata": "tasting notes", "notas de prova": "tasting notes",
    "note di degustazione": "tasting notes", "nuty smakowe": "tasting notes",
    "teneur en cafeine": "caffeine content", "contenido de cafeina": "caffeine content",
    "teor de cafeina": "caffeine content", "contenuto di caffeina": "caffeine content",
    "hohe uber meer": "altitude", "hohe uber dem meer": "altitude",
    "temps d infusion": "steeping time", "tiempo de infusion": "steeping time",
    "tempo de infusao": "steeping time", "tempo di infusione": "steeping time",
    "czas parzenia": "steeping time", "passend fur": "fits", "geeignet fur": "fits",
    "lave vaisselle": "dishwasher safe", "apto lavavajillas": "dishwasher safe",
    "maquina de lavar loica": "dishwasher safe", "mozna myc w zmywarce": "dishwasher safe",
}
_WORDS = {
    # colour, size, fit
    "couleur": "colour", "couleurs": "colours", "colores": "colours", "cor": "colour",
    "cores": "colours", "colore": "colour", "colori": "colours", "farbe": "colour",
    "farben": "colours", "kleur": "colour", "kleuren": "colours", "kolor": "colour",
    "kolory": "colours", "taille": "size", "tailles": "sizes", "talla": "size",
    "tallas": "sizes", "tamanho": "size", "tamanhos": "sizes", "taglia": "size",
    "taglie": "sizes", "grosse": "size", "groesse": "size", "grossen": "sizes", "maat": "size",
    "maten": "sizes", "rozmiar": "size", "rozmiary": "sizes", "pointure": "shoe size",
    "coupe": "fit", "corte": "cut", "taglio": "cut", "schnitt": "cut", "motif": "pattern",
    "estampado": "pattern", "padrao": "pattern", "muster": "pattern", "patroon": "pattern",
    "wzor": "pattern", "manche": "sleeve", "manches": "sleeves", "manga": "sleeve",
    "mangas": "sleeves", "manica": "sleeve", "maniche": "sleeves", "armel": "sleeve",
    "mouw": "sleeve", "col": "collar", "cuello": "collar", "gola": "collar", "kragen": "collar",
    "semelle": "sole", "suela": "sole", "sola": "sole", "sohle": "sole", "zool": "sole",
    "talon": "heel", "tacon": "heel", "tacco": "heel", "absatz": "heel",
    "doublure": "lining", "forro": "lining", "fodera": "lining", "futter": "lining",
    "voering": "lining", "fermeture": "closure", "cierre": "closure", "fecho": "closure",
    "chiusura": "closure", "verschluss": "closure", "sluiting": "closure",
    # measures
    "poids": "weight", "peso": "weight", "gewicht": "weight", "waga": "weight",
    "longueur": "length", "longitud": "length", "comprimento": "length", "lunghezza": "length",
    "lange": "length", "laenge": "length", "lengte": "length", "dlugosc": "length",
    "largeur": "width", "ancho": "width", "anchura": "width", "largura": "width",
    "larghezza": "width", "breite": "width", "breedte": "width", "szerokosc": "width",
    "hauteur": "height", "altura": "height", "altezza": "height", "hohe": "height",
    "hoehe": "height", "hoogte": "height", "wysokosc": "height", "profondeur": "depth",
    "profundidad": "depth", "profundidade": "depth", "profondita": "depth", "tiefe": "depth",
    "diepte": "depth", "glebokosc": "depth", "epaisseur": "thickness", "grosor": "thickness",
    "espessura": "thickness", "spessore": "thickness", "dicke": "thickness",
    "dikte": "thickness", "grubosc": "thickness", "diametre": "diameter",
    "diametro": "diameter", "durchmesser": "diameter", "srednica": "diameter",
    "dimensiones": "dimensions", "dimensoes": "dimensions", "dimensioni": "dimensions",
    "abmessungen": "dimensions", "afmetingen": "dimensions", "wymiary": "dimensions",
    "contenance": "capacity", "capacite": "capacity", "capacidad": "capacity",
    "capacidade": "capacity", "capacita": "capacity", "kapazitat": "capacity",
    "fassungsvermogen": "capacity", "inhoud": "capacity", "pojemnosc": "capacity",
    "volumen": "volume", "contenido": "content", "conteudo": "content", "contenuto": "content",
    "inhalt": "content", "puissance": "power", "potencia": "power", "potenza": "power",
    "leistung": "power", "vermogen": "power", "moc": "power",
    "tensao": "voltage", "tensione": "voltage", "spannung": "voltage",
    "spanning": "voltage", "napiecie": "voltage", "autonomie": "battery life",
    "autonomia": "battery life", "akkulaufzeit": "battery life", "batterie": "battery",
    "bateria": "battery", "batteria": "battery", "akku": "battery", "accu": "battery",
    "akumulator": "battery", "temperature": "temperature", "temperatura": "temperature",
    "temperatur": "temperature", "temperatuur": "temperature", "confort": "comfort",
    "conforto": "comfort", "komfort": "comfort", "limite": "limit", "grenze": "limit",
    "grens": "limit", "flottabilite": "buoyancy", "flotabilidad": "buoyancy",
    "flutuabilidade": "buoyancy", "galleggiabilita": "buoyancy", "auftrieb": "buoyancy",
    "drijfvermogen": "buoyancy", "etancheite": "waterproofing",
    "impermeabilidad": "waterproofing", "impermeabilidade": "waterproofing",
    "impermeabilita": "waterproofing", "wasserdichtigkeit": "waterproofing",
    "carga": "load", "carico": "load", "belastung": "load",
    "belasting": "load", "obciazenie": "load", "maximale": "max", "maxima": "max",
    "maximo": "max", "massimo": "max", "massima": "max", "maximal": "max",
    "emballe": "packed", "embalado": "packed", "imballato": "packed", "verpackt": "packed",
    # what it is made of, and how
    "matiere": "material", "materiau": "material", "materiaux": "materials",
    "materiale": "material", "materiali": "materials", "materiais": "materials",
    "materiales": "materials", "materiaal": "material", "materialien": "materials",
    "material": "material", "tissu": "fabric", "tela": "fabric", "tejido": "fabric",
    "tecido": "fabric", "tessuto": "fabric", "stoff": "fabric", "stof": "fabric",
    "bois": "wood", "madera": "wood", "madeira": "wood", "legno": "wood", "holz": "wood",
    "hout": "wood", "drewno": "wood", "isolant": "insulation", "isolation": "insulation",
    "aislamiento": "insulation", "isolamento": "insulation", "isolierung": "insulation",
    "isolatie": "insulation", "garnissage": "filling", "rembourrage": "filling",
    "relleno": "filling", "enchimento": "filling", "imbottitura": "filling",
    "fullung": "filling", "vulling": "filling", "melange": "blend", "mezcla": "blend",
    "mistura": "blend", "miscela": "blend", "mischung": "blend", "mengsel": "blend",
    "composition": "composition", "composicion": "composition", "composicao": "composition",
    "composizione": "composition", "zusammensetzung": "composition", "sklad": "composition",
    "entretien": "care", "cuidados": "care", "pflege": "care", "onderhoud": "care",
    "lavage": "washing", "lavado": "washing", "lavagem": "washing", "lavaggio": "washing",
    # food and drink
    "ingredients": "ingredients", "ingredientes": "ingredients", "ingredienti": "ingredients",
    "zutaten": "ingredients", "ingredienten": "ingredients", "skladniki": "ingredients",
    "allergenes": "allergens", "alergenos": "allergens", "allergeni": "allergens",
    "allergene": "allergens", "saveur": "flavour", "gout": "flavour", "sabor": "flavour",
    "gusto": "flavour", "geschmack": "flavour", "smaak": "flavour", "smak": "flavour",
    "alcool": "alcohol", "alcohol": "alcohol", "alcol": "alcohol", "alkohol": "alcohol",
    "cepage": "grapes", "cepages": "grapes", "uva": "grapes", "uvas": "grapes",
    "casta": "grapes", "castas": "grapes", "vitigno": "grapes", "vitigni": "grapes",
    "rebsorte": "grapes", "rebsorten": "grapes", "druif": "grapes", "druiven": "grapes",
    "millesime": "vintage", "cosecha": "vintage", "colheita": "vintage", "annata": "vintage",
    "jahrgang": "vintage", "affinage": "aging", "crianza": "aging", "envelhecimento": "aging",
    "stagionatura": "aging", "reifung": "aging", "cura": "curing", "curacion": "curing",
    "lait": "milk", "leche": "milk", "leite": "milk", "latte": "milk", "milch": "milk",
    "melk": "milk", "mleko": "milk", "conservation": "storage", "conservacion": "storage",
    "conservacao": "storage", "conservazione": "storage", "lagerung": "storage",
    "bewaren": "storage", "mois": "months", "meses": "months", "mesi": "months",
    "monate": "months", "maanden": "months", "miesiace": "months", "ans": "years",
    "anos": "years", "anni": "years", "jahre": "years", "jaar": "years", "lat": "years",
    "jours": "days", "dias": "days", "giorni": "days", "tage": "days", "dagen": "days",
    "dni": "days", "wt": "weight", "dims": "dimensions", "qty": "quantity",
    "aprox": "approx", "aproximado": "approx", "environ": "approx", "ungefahr": "approx",
    # where from, who made it, what it is
    "origine": "origin", "origen": "origin", "origem": "origin", "herkunft": "origin",
    "herkomst": "origin", "pochodzenie": "origin", "pays": "country", "pais": "country",
    "paese": "country", "kraj": "country", "region": "region",
    "regiao": "region", "regione": "region", "regio": "region", "marque": "brand",
    "marca": "brand", "marchio": "brand", "marke": "brand", "merk": "brand", "marka": "brand",
    "fabricant": "maker", "fabricante": "maker", "produttore": "maker", "hersteller": "maker",
    "fabrikant": "maker", "producent": "maker", "producteur": "producer",
    "productor": "producer", "produtor": "producer", "modele": "model", "modelo": "model",
    "modello": "model", "modell": "model", "garantie": "warranty", "garantia": "warranty",
    "garanzia": "warranty", "gwarancja": "warranty", "saison": "season",
    "temporada": "season", "estacao": "season", "stagione": "season", "seizoen": "season",
    "sezon": "season", "portes": "doors", "puertas": "doors", "portas": "doors",
    "turen": "doors", "deuren": "doors", "drzwi": "doors", "plancher": "floor",
    "personnes": "people", "personas": "people", "pessoas": "people", "persone": "people",
    "personen": "people", "osob": "people", "pieces": "pieces", "piezas": "pieces",
    "pecas": "pieces", "pezzi": "pieces", "teile": "pieces", "elementy": "pieces",
    "unidades": "units", "unites": "units", "unita": "units", "stuks": "pieces",
    "stuck": "pieces", "sztuk": "pieces",
    "age": "age", "edad": "age", "idade": "age",
    "leeftijd": "age", "wiek": "age", "joueurs": "players", "jugadores": "players",
    "jogadores": "players", "giocatori": "players", "spieler": "players",
    "spelers": "players", "gracze": "players",
    "tipo": "type", "typ": "type", "sorte": "type", "soort": "type", "rodzaj": "type",
    "embalagem": "packaging", "emballage": "packaging", "envase": "packaging",
    "embalaje": "packaging", "confezione": "packaging", "verpackung": "packaging",
    "verpakking": "packaging", "opakowanie": "packaging", "acidite": "acidity",
    "acidez": "acidity", "acidita": "acidity", "saure": "acidity", "zuurgraad": "acidity",
    "textura": "texture", "consistenza": "texture", "textur": "texture",
    "inclus": "includes", "comprend": "includes", "incluye": "includes", "inclui": "includes",
    "include": "includes", "enthalt": "includes", "inclusief": "includes",
    "zawiera": "includes", "contenu": "contents", "contem": "contents", "contient": "contents",
    "contiene": "contents", "bevat": "contents", "zawartosc": "contents", "caixa": "box", "boite": "box",
    "caja": "box", "scatola": "box", "schachtel": "box", "doos": "box",
    "pudelko": "box", "ilha": "island", "ile": "island", "isla": "island", "isola": "island",
    "insel": "island", "eiland": "island", "engarrafado": "bottled", "embotellado": "bottled",
    "imbottigliato": "bottled", "abgefullt": "bottled", "certificacao": "certification",
    "certificacion": "certification", "certificazione": "certification",
    "zertifizierung": "certification", "certyfikat": "certification",
    "estagio": "aging", "vieillissement": "aging", "envejecimiento": "aging",
    "invecchiamento": "aging", "cacau": "cocoa", "cacao": "cocoa", "kakao": "cocoa",
    # books, maps and media
    "auteur": "author", "autor": "author", "autore": "author", "autorin": "author",
    "auteurs": "authors", "autores": "authors", "autori": "authors", "langue": "language",
    "idioma": "language", "lingua": "language", "sprache": "language", "taal": "language",
    "jezyk": "language", "pages": "pages", "paginas": "pages", "pagine": "pages",
    "seiten": "pages", "strony": "pages", "edition": "edition", "edicion": "edition",
    "edicao": "edition", "edizione": "edition", "ausgabe": "edition", "auflage": "edition",
    "uitgave": "edition", "wydanie": "edition", "editeur": "publisher",
    "editorial": "publisher", "editora": "publisher", "editore": "publisher",
    "verlag": "publisher", "uitgever": "publisher", "wydawca": "publisher",
    "echelle": "scale", "escala": "scale", "scala": "scale", "massstab": "scale",
    "schaal": "scale", "skala": "scale", "annee": "year", "ano": "year", "anno": "year",
    "jahr": "year", "rok": "year", "duree": "duration", "duracion": "duration",
    "duracao": "duration", "durata": "duration", "dauer": "duration", "duur": "duration",
    "expedition": "shipping", "envio": "shipping", "spedizione": "shipping",
    "versand": "shipping", "verzending": "shipping", "wysylka": "shipping",
    # kitchen, coffee and tea
    "torrefaction": "roast", "tostado": "roast", "torra": "roast", "tostatura": "roast",
    "palenie": "roast", "mouture": "grind", "molienda": "grind", "moagem": "grind",
    "macinatura": "grind", "mielenie": "grind", "mahlwerk": "burrs", "maalwerk": "burrs",
    "meules": "burrs", "muelas": "burrs", "macine": "burrs", "tasses": "cups", "tazas": "cups",
    "chavenas": "cups", "tazze": "cups", "tassen": "cups", "kopjes": "cups",
    "filizanki": "cups", "tasse": "cup", "taza": "cup", "chavena": "cup", "tazza": "cup",
    "induccion": "induction", "inducao": "induction", "induzione": "induction",
    "induktion": "induction", "inductie": "induction", "indukcja": "induction",
    "lavavajillas": "dishwasher safe", "lavastoviglie": "dishwasher safe",
    "spulmaschinenfest": "dishwasher safe", "spulmaschinengeeignet": "dishwasher safe",
    "vaatwasserbestendig": "dishwasher safe", "vaatwasser": "dishwasher safe",
    "zmywarka": "dishwasher safe", "pression": "pressure", "presion": "pressure",
    "pressao": "pressure", "pressione": "pressure", "druck": "pressure", "druk": "pressure",
    "cisnienie": "pressure", "porciones": "servings", "porcoes": "servings",
    "porzioni": "servings", "portionen": "servings", "porties": "servings",
    "porcje": "servings", "altitud": "altitude", "altitudine": "altitude",
    "hoogteligging": "altitude", "meereshohe": "altitude", "procede": "process",
    "proceso": "process", "processo": "process", "aufbereitung": "processing",
    "verwerking": "processing", "obrobka": "processing", "variete": "variety",
    "variedad": "variety", "variedade": "variety", "varieta": "variety",
    "varietat": "variety", "odmiana": "variety", "cafeine": "caffeine", "cafeina": "caffeine",
    "caffeina": "caffeine", "koffein": "caffeine", "kofeina": "caffeine", "epice": "spice",
    "especia": "spice", "especiaria": "spice", "spezia": "spice", "gewurz": "spice",
    "specerij": "spice", "przyprawa": "spice", "chaudiere": "boiler", "caldera": "boiler",
    "caldeira": "boiler", "caldaia": "boiler", "kessel": "boiler", "bojler": "boiler",
    "precisao": "accuracy", "precisione": "accuracy", "genauigkeit": "accuracy",
    "nauwkeurigheid": "accuracy", "dokladnosc": "accuracy", "dosis": "dose",
    "dosagem": "dosage", "dosaggio": "dosage", "dosierung": "dosage", "dosering": "dosage",
    "dawkowanie": "dosage", "compativel": "fits", "compatibile": "fits",
    "kompatybilny": "fits", "passend": "fits", "validite": "validity", "validez": "validity",
    "validade": "validity", "validita": "validity", "gultigkeit": "validity",
    "geldigheid": "validity", "waznosc": "validity", "einlosbar": "redeemable",
    "participantes": "participants", "partecipanti": "participants",
    "teilnehmer": "participants", "deelnemers": "participants", "uczestnicy": "participants",
    "ziehzeit": "steeping time", "zettijd": "steeping time", "anwendungen": "uses",
    "verwendung": "use", "zubehor": "accessories", "zubehoer": "accessories",
    "warmhaltefunktion": "keep warm", "mahlgrad": "grind", "maalgraad": "grind",
    "geschmacksnoten": "tasting notes", "smaaknoten": "tasting notes",
    "fullmenge": "net content", "nettoinhalt": "net content", "inhoud netto": "net content",
}

# Pieces a word of German or Dutch is built of ("Geschmacks|noten", "Bohnen|behälter",
# "Wasser|tank"), read only inside such a word: alone some are English ("full", "tank").
_PIECES = {
    "rost": "roast", "brand": "roast", "mahl": "grind", "maal": "grind", "grad": "level",
    "graad": "level", "full": "fill", "vul": "fill", "menge": "quantity", "noten": "notes",
    "wasser": "water", "water": "water", "tank": "tank", "behalter": "container",
    "bohnen": "bean", "bonen": "bean", "gehalt": "content", "anteil": "content",
    "gehalte": "content", "pumpen": "pump", "pompe": "pump", "pomp": "pump", "kakao": "cocoa",
    "zieh": "steeping", "zeit": "time", "tijd": "time", "mess": "measuring",
    "meet": "measuring", "bereich": "range", "bruh": "brew", "gruppe": "group",
    "temperatur": "temperature", "leistung": "power", "dampf": "steam", "milch": "milk",
    "kaffee": "coffee", "koffie": "coffee", "tee": "tea", "thee": "tea", "griff": "handle",
    "deckel": "lid", "filter": "filter", "sieb": "basket", "kapsel": "capsule",
    "schaum": "foam", "wand": "wall", "boden": "base", "kabel": "cable", "lange": "length",
    "gewicht": "weight", "inhalt": "content", "volumen": "volume", "stufen": "settings",
    "zahl": "number", "anzahl": "number", "dauer": "duration", "garantie": "warranty",
}


def _plain(text: str) -> str:
    """Lower case, accents and ß dropped, words apart: "Poids_Emballé" -> "poids emballe"."""
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


_PHRASE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _PHRASES), key=len, reverse=True))
                     + r")\b")


_ESZETT = re.compile(r"\bmaße\b", re.IGNORECASE)  # German "Maße" (dimensions), not "masse"


@functools.lru_cache(maxsize=4096)  # a catalog has few field names; prompts ask them often
def in_english(name: str) -> str:
    """A field's name (words apart, as `model.prompt.field_name` writes it) in English
    where the glossary reads it: "poids emballé" -> "packed weight", "tour de poitrine" ->
    "chest", "couleurs" -> "colours", "teor alcoólico" -> "alcohol", "Koffeingehalt" ->
    "caffeine content"; a name with no word it knows comes back as written ("trail weight",
    "fits")."""
    plain = _PHRASE.sub(lambda m: _PHRASES[m.group()].replace(" ", "_"),
                        _plain(_ESZETT.sub("abmessungen", name)))
    english = " ".join(read_word(w, _WORDS, _PIECES).replace("_", " ") for w in plain.split())
    # nothing read: the shop's own spelling and case ("trail weight", "Fits")
    return name if english == " ".join(re.findall(r"[^\W_]+", name.lower())) else english
