"""Sizes and units as shoppers and catalogs write them: "3 litre", "0.5L", "20k mah", '13"'.

One reading for every part that compares sizes: product search (a size said picks an entry of
a line, or names a size the shop lacks), the telling of same-name entries apart by their values
(`retrieval.query`), and the rewording of questions that say a size (`model.wording`).
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from retrieval.text import plain_letters

# A unit as shoppers write it -> the ways names write it ("6 foot" of "Cable 6ft", "15 inch" of
# "Sleeve 15-inch", "2pk" of "(2-pack)", "20k mah" of "20000mAh"). A lone "in" is no unit
# ("the 16 in charcoal"), a glued one is ("16in").
UNIT_FAMILIES = (
    ("l", "litre", "litres", "liter", "liters", "lt", "ltr"),
    ("cl", "centilitre", "centilitres", "centiliter", "centiliters"),
    ("ml", "millilitre", "millilitres", "milliliter", "milliliters"),
    ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
    ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
    ("m", "metre", "metres", "meter", "meters"),
    ("kg", "kilo", "kilos", "kilogram", "kilograms"),
    ("g", "gram", "grams"),
    ("ft", "foot", "feet"),
    ("yd", "yard", "yards", "yds"),
    ("inch", "in", "inches"),
    ("oz", "ounce", "ounces"),
    ("lb", "lbs", "pound", "pounds"),
    ("w", "watt", "watts"),
    ("v", "volt", "volts"),
    ("mah",),
    ("ah",),
    ("pack", "pk", "packs", "pck"),
    ("gb",),
    ("tb",),
)
UNIT_OF = {spelling: family for family in UNIT_FAMILIES for spelling in family}
UNIT_WORDS = {spelling: family[0] for family in UNIT_FAMILIES for spelling in family[1:]
              if spelling != "in"}  # -> the short form `sized_words` joins to a number

# Units that catalogs write into a field's name rather than its value ("size_cm": "130 x
# 180", "needle_mm": "3"); not "in" ("made_in") nor "pack".
KEY_UNITS = frozenset({"mm", "cm", "m", "km", "g", "kg", "ml", "cl", "l", "oz", "lb", "lbs",
                       "inch", "inches", "ft", "yd", "w", "kw", "v", "mah", "ah", "gb", "tb",
                       "bar", "psi"})


def key_unit(key: object) -> tuple[str, str]:
    """(a field's name without a unit it ends in, that unit): "size_cm" -> ("size", "cm"),
    "made_in" -> ("made_in", "")."""
    head, _, unit = str(key).strip().rpartition("_")
    return (head, unit) if head and unit.lower() in KEY_UNITS else (str(key).strip(), "")


_UNITS = {"ml": ("ml", 1.0), "cl": ("ml", 10.0), "l": ("ml", 1000.0), "g": ("g", 1.0),
          "kg": ("g", 1000.0), "mm": ("mm", 1.0), "cm": ("mm", 10.0), "m": ("mm", 1000.0), "oz": ("oz", 1.0),
          "inch": ("inch", 1.0), "ft": ("ft", 1.0), "w": ("w", 1.0), "mah": ("mah", 1.0)}


# Words that pick a size of a product sold in several ("the big fjord fox", "the small one")
SIZE_ADJECTIVES = frozenset({"small", "medium", "large", "xlarge", "big", "bigger", "little",
                             "smaller", "larger", "tiny", "huge", "mini"})
# ... said in other words than a catalog's ("the big one" of a plush sold in "large")
SIZE_SYNONYMS = {"big": "large", "bigger": "large", "huge": "large", "little": "small",
                 "tiny": "small", "smaller": "small", "larger": "large"}
# ... and the ones that ask for the next size up or down ("the bigger bottle")
BIGGER = ("bigger", "larger", "biggest", "largest")
SMALLER = ("smaller", "smallest")

# Clothing sizes by letter ("3XL" is "xxxl") and as shoppers say them ("extra large")
LETTER_SIZES = {"xxs": "xxs", "xs": "xs", "s": "s", "m": "m", "l": "l", "xl": "xl",
                "xxl": "xxl", "2xl": "xxl", "xxxl": "xxxl", "3xl": "xxxl", "4xl": "4xl"}
SIZE_NAMES = {"extra small": "xs", "x-small": "xs", "x small": "xs", "small": "s",
              "medium": "m", "med": "m", "large": "l", "extra large": "xl", "x-large": "xl",
              "x large": "xl", "xlarge": "xl", "xx-large": "xxl", "xxlarge": "xxl"}
# ... as one word, that names abbreviate ("Men's M" of "medium")
SIZE_WORD_LETTERS = {name: letter for name, letter in SIZE_NAMES.items() if name.isalpha()}
# "in size 46", "sz 9", "size M": the size a shopper asks for
SIZE_SAID = re.compile(r"\b(?:size|sz)\s*([0-9]+(?:[./][0-9]+)?|"
                       + "|".join(sorted(LETTER_SIZES, key=len, reverse=True)) + r")\b", re.I)
# ... and the sizes of two letters or more said anywhere ("an XL", "3xl")
_LETTERS_SAID = re.compile(r"\b(" + "|".join(sorted((k for k in LETTER_SIZES if len(k) > 1),
                                                    key=len, reverse=True)) + r")\b")


def letter_size(value: object) -> str:
    """A clothing size's letters ("M", "XL", "3XL" -> "xxxl"), or "" for any other value."""
    return LETTER_SIZES.get(str(value).strip().lower().replace(" ", ""), "")


def letter_sizes_of(value: object) -> frozenset[str]:
    """The clothing sizes a value holds: "M" -> {"m"}, "L/XL" and "L-XL" -> {"l", "xl"} (one
    entry fitting two sizes); empty for any other value."""
    letters = [letter_size(part) for part in re.split(r"\s*[/–-]\s*", str(value).strip())]
    return frozenset(letters) if all(letters) else frozenset()


def letter_sizes_said(message: str) -> set[str]:
    """The clothing sizes `message` says: "size medium", "in L", "an XL", "XS"; a lone "s",
    "m" or "l" only after "size", "in" or "a", or in capitals ("what's" says no S)."""
    low, said = f" {message.lower()} ", set()
    for name, letter in sorted(SIZE_NAMES.items(), key=lambda item: -len(item[0])):
        low, found = re.subn(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", low)
        if found:
            said.add(letter)
    said.update(LETTER_SIZES[m.group(1)] for m in _LETTERS_SAID.finditer(low))
    said.update(m.group(1) for m in re.finditer(r"\b(?:size|sz|in|an?)\s+([sml])\b", low))
    said.update(m.group(1).lower() for m in re.finditer(r"(?<![\w'’])([SML])(?![\w'’])", message))
    return said

_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS.update({"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60"})
_FRACTION_WORDS = {"half": "1/2", "quarter": "1/4"}  # "half size" of a "1/2"


def sized_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the lower-cased words of `text`, sizes whole ("0.5l", "3 litre"
    and "three litres" as "3l", ".73" as "0.73", '13"' and "13 inch" as "13inch", "3/4", "half
    size" as "1/2 size"), without a possessive's "s" ("men's", "what's")."""
    out: list[tuple[int, int, str]] = []
    plain, places = plain_letters(text)
    lower = plain.lower()
    for m in re.finditer(r"\d+/\d+|\d*\.\d+[a-z]*|\d+[a-z]*|[a-z0-9]+", lower):
        word = m.group()
        start, end = places[m.start()], places[m.end() - 1] + 1  # places in `text`
        if word == "s" and start and text[start - 1] in "'’":
            continue
        if word.startswith("."):
            word = "0" + word
        if re.fullmatch(r"\d+(?:\.\d+)?", word) and lower[m.end():m.end() + 1] in ('"', "”"):
            out.append((start, end + 1, word + "inch"))  # 13" of a drum head
            continue
        unit = UNIT_WORDS.get(word) or (word if word in UNIT_OF and word != "in" else "")
        if unit and out and (out[-1][2] in _NUMBER_WORDS
                             or re.fullmatch(r"\d+(?:\.\d+)?", out[-1][2])):
            number_start, _, number = out.pop()
            out.append((number_start, end, _NUMBER_WORDS.get(number, number) + unit))
        elif word in ("size", "sized") and out and out[-1][2] in _FRACTION_WORDS:
            fraction_start, fraction_end, fraction = out.pop()
            if fraction == "quarter" and out and out[-1][2] == "three":
                three_start, _, _ = out.pop()
                out.append((three_start, fraction_end, "3/4"))
            else:
                out.append((fraction_start, fraction_end, _FRACTION_WORDS[fraction]))
            out.append((start, end, word))
        else:
            out.append((start, end, word))
    return out


def sizes_by_number(vocabulary: frozenset[str]) -> dict[str, set[str]]:
    """The size words of `vocabulary` by their number: "20000" -> {"20000mah"}."""
    sizes: dict[str, set[str]] = {}
    for word in vocabulary:
        size = re.fullmatch(r"(\d+(?:\.\d+)?)([a-z]+)", word)
        if size is not None and size.group(2) in UNIT_OF:
            sizes.setdefault(size.group(1), set()).add(word)
    return sizes


def written_as(spans: list[tuple[int, int, str]], vocabulary: frozenset[str],
                pairs: frozenset[tuple[str, str]],
                sizes: Mapping[str, set[str]] | None = None) -> list[tuple[int, int, str]]:
    """`spans` (start, end, word) with each size the way names write it, when some name
    writes it so: a number (with "k" for thousands) and its unit, glued or not ("20k mah",
    "6 foot", "16in", "2pk"), as one word the names hold ("20000mah", "6ft") or as the two
    words a name holds side by side ("16", "inch"; "2", "pack"); with `sizes`
    (`sizes_by_number` of `vocabulary`), a bare number as the one size word holding it
    ("the 20000 pocketcell")."""
    out: list[tuple[int, int, str]] = []
    at = 0
    while at < len(spans):
        start, end, word = spans[at]
        size = re.fullmatch(r"(\d+(?:\.\d+)?)(k?)([a-z]*)", word)
        forms: list[str] = []
        taken = 1
        if size is not None:
            number = size.group(1)
            if size.group(2):
                number = f"{float(number) * 1000:g}"
            unit = size.group(3)
            if not unit and at + 1 < len(spans) and spans[at + 1][2] != "in" \
                    and spans[at + 1][2] in UNIT_OF:
                unit, taken = spans[at + 1][2], 2
            elif word in vocabulary:  # as names write it ("6" of "6.5ft", "2m")
                unit = "?"
            if unit in UNIT_OF:
                family = UNIT_OF[unit]
                forms = next(([number + u] for u in family if number + u in vocabulary), [])
                forms = forms or next(([number, u] for u in family if (number, u) in pairs), [])
                # ... or with a tenth of nought ("4ah" of "4.0 Ah", which reads "4", "0", "ah")
                forms = forms or next(([number, "0", u] for u in family if "." not in number
                                       and (number, "0") in pairs and ("0", u) in pairs), [])
            elif not unit and sizes is not None:
                sized = sizes.get(number, ())
                forms = list(sized) if len(sized) == 1 else []
        if forms:
            stop = spans[at + taken - 1][1]
            out.extend((start, stop, form) for form in forms)
            at += taken
        else:
            out.append(spans[at])
            at += 1
    return out


def parse_size(word: str) -> tuple[str, float] | None:
    """"2.5l" -> ("ml", 2500.0), "1.00mm" and "1mm" -> ("mm", 1.0); None for a word that is
    no size."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([a-z]{1,4})", word)
    if m is None or m.group(2) not in _UNITS:
        return None
    unit, scale = _UNITS[m.group(2)]
    return unit, float(m.group(1)) * scale


def size_of(words: frozenset[str]) -> tuple[str, tuple[str, float]] | None:
    """A name's one size word and its size; None when it has none or several."""
    sizes = [(w, s) for w in words for s in [parse_size(w)] if s is not None]
    return sizes[0] if len(sizes) == 1 else None


# A size said with its unit ("2.5 litre", "5L", "18V", "120cm"), not a number alone ("2 in
# stock"): the spellings of `UNIT_FAMILIES` but "in" and the packs, which are counts.
SIZE_WITH_UNIT = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:" + "|".join(sorted(
        (re.escape(s) for family in UNIT_FAMILIES if family[0] != "pack" for s in family
         if s != "in"), key=len, reverse=True)) + r")\b", re.I)
