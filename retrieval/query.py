"""What a shopper states in words that narrows the catalog: price, stock, colour, category,
attributes. Categories and attribute values are learned from the store, never listed here.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz.distance import Levenshtein

from retrieval.sizes import (
    BIGGER,
    SIZE_ADJECTIVES,
    SIZE_SYNONYMS,
    SMALLER,
    UNIT_OF,
    key_unit,
    letter_sizes_of,
    letter_sizes_said,
    parse_size,
    sized_words,
)
from retrieval.text import (
    STOP_WORDS,
    american,
    formed,
    plain_letters,
    stem,
    tokens,
    unaccented,
)

COLOUR_WORDS = frozenset(
    "black white red blue navy green olive yellow orange pink purple grey gray brown beige teal "
    "tan cream ivory silver gold maroon burgundy khaki turquoise lavender charcoal".split())
_SAME_COLOUR = {"gray": "grey"}

_NUMBER = r"(\d+(?:[.,]\d{1,2})?)"
_MONEY = r"(?:[$€£]\s*)?" + _NUMBER + r"(?:\s*(?:dollars?|usd|euros?|eur|pounds?|gbp|bucks))?"
_UPPER = re.compile(r"\b(?:under|below|less than|cheaper than|at most|up to|max(?:imum)?|"
                    r"no more than|within)\s+" + _MONEY, re.I)
_LOWER = re.compile(r"\b(?:over|above|more than|at least|min(?:imum)?|from)\s+" + _MONEY, re.I)
_BETWEEN = re.compile(r"\bbetween\s+" + _MONEY + r"\s+and\s+" + _MONEY, re.I)
_RANGE = re.compile(r"[$€£]\s*" + _NUMBER + r"\s*(?:-|to)\s*[$€£]?\s*" + _NUMBER, re.I)
_IN_STOCK = re.compile(r"\b(?:in stock|in-stock|available|availability|have any left|"
                       r"ready to ship|on hand)\b", re.I)


@dataclass(frozen=True)
class Filters:
    min_price: float | None = None
    max_price: float | None = None
    in_stock: bool = False
    colours: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    attributes: tuple[str, ...] = ()  # attribute values named in the text (store vocabulary)

    @property
    def any(self) -> bool:
        return bool(self.min_price is not None or self.max_price is not None or self.in_stock
                    or self.colours or self.categories or self.attributes)

    @property
    def constrains(self) -> bool:
        """A colour, an attribute value or a price bound is stated (what a product must be)."""
        return bool(self.colours or self.attributes
                    or self.min_price is not None or self.max_price is not None)

    @property
    def narrows_catalog(self) -> bool:
        """Stated constraints that by themselves make a text about products."""
        return bool(self.categories or self.attributes or self.colours
                    or self.min_price is not None or self.max_price is not None)


def _amount(text: str) -> float:
    return float(text.replace(",", "."))


def _phrase(text: str) -> str:
    return " ".join(stem(t) for t in re.findall(r"[a-z0-9]+", unaccented(text).lower()))


@dataclass
class FilterVocabulary:
    """The store's own categories and attribute values, as stemmed phrases."""

    categories: dict[str, str] = field(default_factory=dict)  # phrase -> category
    attribute_values: set[str] = field(default_factory=set)  # phrases
    # the shop's own colours of one word beyond the common ones ("indigo", "sage", "mustard")
    colours: set[str] = field(default_factory=set)
    # ... and of two or three ("moss green", "black heather"): one colour, not two
    colour_phrases: set[str] = field(default_factory=set)

    @classmethod
    def from_products(cls, products: Iterable[dict[str, Any]]) -> FilterVocabulary:
        vocabulary = cls()
        for product in products:
            category = (product.get("category") or "").strip()
            if category:
                vocabulary.categories[_phrase(category)] = category
            for key, value in (product.get("attributes") or {}).items():
                if key.lower() in ("color", "colour") and isinstance(value, str) \
                        and re.fullmatch(r"[a-z]{3,}", value.strip().lower()):
                    vocabulary.colours.add(value.strip().lower())
                elif key.lower() in ("color", "colour") and isinstance(value, str) \
                        and re.fullmatch(r"[a-z]{3,}(?: [a-z]{3,}){1,2}", value.strip().lower()):
                    vocabulary.colour_phrases.add(value.strip().lower())
                if key.lower() in ("color", "colour", "sizes", "size"):
                    continue
                values = value if isinstance(value, list) else [value]
                for item in values:
                    if isinstance(item, bool):
                        if item:
                            vocabulary.attribute_values.add(_phrase(key))
                    elif isinstance(item, str) and len(item) >= 4:
                        vocabulary.attribute_values.add(_phrase(item))
        return vocabulary


def without_mentions(text: str, named: Iterable[tuple[str, str]]) -> str:
    """`text` with the words that name products (`named`: (name, mention) pairs, as
    `Knowledge.names_in` gives them) blanked: what it says beyond the names."""
    for _, mention in named:
        text = text.replace(mention, " ")
    return text


def parse_filters(text: str, vocabulary: FilterVocabulary) -> Filters:
    min_price = max_price = None
    if match := _BETWEEN.search(text) or _RANGE.search(text):
        low, high = sorted((_amount(match.group(1)), _amount(match.group(2))))
        min_price, max_price = low, high
    else:
        if match := _UPPER.search(text):
            max_price = _amount(match.group(1))
        if match := _LOWER.search(text):
            min_price = _amount(match.group(1))
    words = re.findall(r"[a-z]+", text.lower())
    phrases, single, at = [], [], 0
    while at < len(words):  # (three words before two: "dark moss green" before "moss green")
        size = next((n for n in (3, 2) if at + n <= len(words)
                     and " ".join(words[at:at + n]) in vocabulary.colour_phrases), 0)
        if size:
            phrases.append(" ".join(words[at:at + size]))
        else:
            single.append(words[at])
        at += size or 1
    colours = tuple(dict.fromkeys([*phrases, *(
        _SAME_COLOUR.get(w, w) for w in single
        if w in COLOUR_WORDS or w in vocabulary.colours)]))
    phrase = f" {_phrase(text)} "
    categories = tuple(dict.fromkeys(category for key, category in vocabulary.categories.items()
                                     if f" {key} " in phrase))
    attributes = tuple(sorted(v for v in vocabulary.attribute_values
                              if f" {v} " in phrase and v not in vocabulary.categories))
    return Filters(min_price=min_price, max_price=max_price, in_stock=bool(_IN_STOCK.search(text)),
                   colours=colours, categories=categories, attributes=attributes)


def kind_words(text: str, vocabulary: FilterVocabulary) -> tuple[str, ...]:
    """The words of `text` that name one of the store's categories ("headphones" of "my
    headphones broke"), as written."""
    heads = {w for phrase in vocabulary.categories for w in phrase.split()}
    return tuple(dict.fromkeys(w for w in re.findall(r"[A-Za-z]+", text)
                               if stem(w.lower()) in heads))


def as_item(text: str, vocabulary: FilterVocabulary, item: str = "item") -> str:
    """`text` with each word that names a category read as `item`: "my mug turned up
    cracked" -> "my item turned up cracked", as a shop's policies word it."""
    kinds = kind_words(text, vocabulary)
    if not kinds:
        return text
    return re.sub(r"\b(?:" + "|".join(map(re.escape, kinds)) + r")\b", item, text)


def _product_text(product: dict[str, Any]) -> str:
    attributes = product.get("attributes") or {}
    parts = [product.get("name", ""), product.get("description", "")]
    for key, value in attributes.items():
        if isinstance(value, bool):
            parts.append(key if value else "")
        elif isinstance(value, list):
            parts.extend(str(v) for v in value)
        else:
            parts.append(str(value))
    return f" {_phrase(' '.join(parts))} "


def colour_of(product: dict[str, Any]) -> str | None:
    attributes = product.get("attributes") or {}
    for key in ("color", "colour"):
        if isinstance(attributes.get(key), str):
            return attributes[key].lower()
    return None


def in_colour(products: Sequence[dict[str, Any]], colour: str) -> list[dict[str, Any]]:
    """The `products` in `colour` as a shopper says it: those of that colour, else those
    whose colour it ends ("blue" of a "ruri blue" kyusu, "grey" of an "ash grey" one)."""
    said = colour.lower().replace("gray", "grey")
    own = [(p, (colour_of(p) or "").replace("gray", "grey")) for p in products]
    return [p for p, c in own if c == said] or [p for p, c in own if c.split()[-1:] == [said]]


def said_variant(products: Sequence[dict[str, Any]], message: str) -> list[dict[str, Any]]:
    """Of entries that share a name, those whose own values of the fields that tell them
    apart the message says: "is the hardcover of The Quiet Monsoon available?" of its
    paperback and hardcover entries (format), "the dotted one" of a notebook ruled, dotted and
    plain, "the 18V kit with 2 batteries" of a drill sold in two voltages, each bare or with
    batteries (voltage and kit). A value is said when every word of it is in the message
    (sizes as written in any unit spelling: "2.5 litre" of "2.5 L", "A5"). [] when the
    message says none, or the values of all of them."""
    if len(products) < 2 or len({p.get("name") for p in products}) != 1:
        return []
    message = _NOT_WANTED.sub(" ", message)  # "the large one, not the small"
    for named, size in _NAMED_SIZES:  # "the magnum" of a wine in 750 ml and 1.5 L
        message = named.sub(size, message)
    words = set().union(*_value_words(message))
    picked = list(products)
    letters = letter_sizes_said(message)
    for key, values in _telling_fields(products):
        # (what a value says it lacks is not its own: "bare tool - no battery, no charger")
        # (with the unit its field's name gives: "1kg" of peso_g 1000)
        unit = key_unit(key)[1]
        read = [_value_words(_DECIMAL_COMMA.sub(r"\1.\2", _NOT_WANTED.sub(" ", str(v))) + (
            f" {unit}" if unit and re.fullmatch(r"\d+(?:\.\d+)?", str(v).strip()) else ""))
            for v in values]
        said = [p for p, forms in zip(products, read, strict=True)
                if any(own and own <= words for own in forms)]
        if not said and all(letter_sizes_of(v) for v in values):
            # clothing sizes, whose letters are no words ("size medium", "in L" of "M", "L";
            # "the large one" of "S/M", "L/XL")
            said = [p for p, v in zip(products, values, strict=True)
                    if letter_sizes_of(v) & letters]
        if not said:
            # a word of one entry's value that no other entry's value holds ("alameda
            # sideboard parota version" of one in "solid parota wood", one in "oak veneer")
            owns = [canon for canon, _ in read]
            # (or a number of two digits or more: "cushion 19" of shades "19 Rose Ivory",
            # "21 Light Beige")
            said = [p for p, own in zip(products, owns, strict=True)
                    if any(w in words and (len(w) >= 3 or (len(w) >= 2 and w.isdigit()))
                           and w not in STOP_WORDS
                           and not any(w in other for other in owns if other is not own)
                           for w in own)]
        if len(said) > 1:
            # several said: those said as the one wanted ("the 500 piece one, 1000 is too
            # much" of a puzzle in 500 and 1000 pieces)
            said = [p for p, v in zip(products, values, strict=True)
                    if p in said and _said_as_wanted(message, str(v), key)] or said
        if said and len(said) < len(products):
            picked = [p for p in picked if p in said]
    if len(picked) == len(products):
        picked = _by_size_word(products, message) or picked
    return picked if 0 < len(picked) < len(products) else []


# Sizes shoppers call by a name: a magnum of wine, a half bottle, a kilo of cheese
_NAMED_SIZES = ((re.compile(r"\bmagnums?\b", re.I), "1.5 l"),
                (re.compile(r"\bhalf[- ]?bottles?\b", re.I), "375 ml"),
                (re.compile(r"\bhalf (?:a )?kilo\b", re.I), "500 g"),
                (re.compile(r"\b(?:a|one|per|the|whole) kilo\b", re.I), "1 kg"))
# "1,5 L" as some shops write 1.5 litres (not "1,500 g": three digits group thousands)
_DECIMAL_COMMA = re.compile(r"(\d),(\d{1,2})(?=\s*[a-z])", re.I)
# (and the plain words: "is the big bottle in stock?" of a toner in 150 and 300 ml)
_BIGGER = re.compile(rf"\b(?:{'|'.join(BIGGER)}|big|large|huge|jumbo|more pieces)\b", re.I)
_SMALLER = re.compile(rf"\b(?:{'|'.join(SMALLER)}|small|little|mini|tiny|fewer pieces|"
                      r"less pieces)\b", re.I)


def _by_size_word(products: Sequence[dict[str, Any]], message: str) -> list[dict[str, Any]]:
    """"the bigger one" (or "the big bottle") of entries told apart by a number (500 and
    1000 pieces, 2.5 and 5 litres): the one with the most (or, "smaller", the least) of the
    first such field."""
    bigger, smaller = bool(_BIGGER.search(message)), bool(_SMALLER.search(message))
    if bigger == smaller:
        return []
    for _, values in _telling_fields(products):
        sizes = []
        for value in values:
            words = [w for _, _, w in sized_words(str(value))]
            size = parse_size(words[0]) if len(words) == 1 else None
            number = re.fullmatch(r"\d+(?:\.\d+)?", str(value).strip())
            # (dimensions by their product: "160 x 230 cm" is smaller than "200 x 300 cm")
            sides = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)"
                                 r"(?:\s*[x×]\s*(\d+(?:\.\d+)?))?\s*[a-z]*\s*", str(value))
            area = float(np.prod([float(s) for s in sides.groups() if s])) if sides else None
            sizes.append(size[1] if size else float(number.group()) if number else area)
        if None in sizes or len({s for s in sizes}) != len(sizes):
            continue
        pick = max(sizes) if bigger else min(sizes)
        return [p for p, s in zip(products, sizes, strict=True) if s == pick]
    return []


# a value the shopper says they do not want: "not the small", "rather than the blue one"
_NOT_WANTED = re.compile(r"\b(?:not|rather than|instead of|without|no)\s+(?:the\s+|a\s+|an\s+)?[\w.-]+"
                         r"(?:\s+(?:one|ones|version|edition))?", re.I)


def _said_as_wanted(message: str, value: str, key: str) -> bool:
    """`value`, one word, is said followed by "one" or by a word of its field's name ("500
    piece", "the large one")."""
    own = _value_words(value)[0]
    after = {"one", "ones", "version", "edition", *tokens(key.replace("_", " "))}
    said = [w for _, _, w in sized_words(message)]
    return any(own <= _value_words(word)[0] and (set(tokens(nxt)) & after or nxt in after)
               for word, nxt in zip(said, said[1:], strict=False))


def _telling_fields(products: Sequence[dict[str, Any]]) -> list[tuple[str, list[Any]]]:
    """The fields that tell `products` apart, in the order the entries list them, with each
    entry's value: every entry has one value of its own (a list is what one entry comes in)
    and they are not all the same."""
    keys = dict.fromkeys(k for p in products for k in (p.get("attributes") or {}))
    out = []
    for key in keys:
        values = [(p.get("attributes") or {}).get(key) for p in products]
        if not any(isinstance(v, list | tuple | dict) or v is None for v in values) \
                and len({str(v).lower() for v in values}) > 1:
            out.append((key, values))
    return out


def _value_words(text: str) -> tuple[set[str], set[str]]:
    """The words of `text` as values are compared, twice: sizes in one spelling ("2.5 litre"
    and "2.5 L": ml 2500), and sizes as their numbers alone ("and the 2.5?"); model codes as
    written ("a5", "18v"), numbers, other words stemmed, in both."""
    canon: set[str] = set()
    bare: set[str] = set()
    for _, _, word in sized_words(text):
        size = parse_size(word)
        if size is not None:
            canon.add(f"{size[0]}:{size[1]:g}")
            bare.add(re.match(r"[0-9.]+", word).group())
        elif re.fullmatch(r"\d+(?:\.\d+)?|[a-z]+\d+[a-z]*|\d+[a-z]+", word):
            canon.add(word)
            bare.add(word)
            counted = re.fullmatch(r"(\d+)([a-z]+)", word)
            if counted and counted.group(2) in UNIT_OF:  # "the 200 pack" of pack_qty 200
                bare.add(counted.group(1))
        else:
            said = tokens(SIZE_SYNONYMS.get(word, word))
            canon.update(said)
            bare.update(said)
    return canon, bare


def variant_value(entry: dict[str, Any], products: Sequence[dict[str, Any]]) -> str:
    """`entry`'s own value of the first field that tells apart the `products` sharing its
    name ("paperback" of a book's paperback and hardcover entries); "" when none does."""
    telling = dict(_telling_fields(products))
    for key, value in (entry.get("attributes") or {}).items():
        if key in telling and isinstance(value, str) and value.strip() \
                and all(isinstance(v, str) for v in telling[key]):
            return value
    return ""


def matches(product: dict[str, Any], filters: Filters) -> bool:
    price = product.get("price")
    if filters.max_price is not None and price is not None and price > filters.max_price:
        return False
    if filters.min_price is not None and price is not None and price < filters.min_price:
        return False
    if filters.in_stock and product.get("stock") is not None and product["stock"] <= 0:
        return False
    if filters.categories and product.get("category") not in filters.categories:
        return False
    text = None
    if filters.colours:
        colour = colour_of(product)
        if colour is not None:
            if not any(c in colour.replace("gray", "grey") for c in filters.colours):
                return False
        else:
            text = _product_text(product)
            if not any(f" {c} " in text for c in filters.colours):
                return False
    if filters.attributes:
        text = text or _product_text(product)
        if not all(f" {a} " in text for a in filters.attributes):
            return False
    return True


class CatalogWords:
    """`matches`' colour and attribute tests for a whole catalog at once, as boolean masks.

    Testing each product in Python costs ~40 us, so a stated colour scanned 100,000 products
    in ~180 ms; the mask of a colour or attribute value is computed once and kept.
    """

    MAX_MASKS = 256  # kept masks (one byte per product each)

    def __init__(self, products: list[dict[str, Any]]) -> None:
        colours = [colour_of(p) for p in products]
        self._has_colour = np.array([c is not None for c in colours], bool)
        self._colours = [(c or "").replace("gray", "grey") for c in colours]
        self._texts = [_product_text(p) for p in products]
        self._masks: dict[tuple[str, str], np.ndarray] = {}
        self._lock = threading.Lock()  # look-ups run in several threads

    def _kept(self, key: tuple[str, str], compute) -> np.ndarray:
        with self._lock:
            mask = self._masks.get(key)
        if mask is None:
            mask = compute()
            with self._lock:
                if len(self._masks) >= self.MAX_MASKS:
                    self._masks.pop(next(iter(self._masks)))
                self._masks[key] = mask
        return mask

    def colour(self, colour: str) -> np.ndarray:
        """Products of that colour: by their colour attribute, else by their words."""
        def compute() -> np.ndarray:
            named = np.fromiter((colour in c for c in self._colours), bool, len(self._colours))
            worded = np.fromiter((f" {colour} " in t for t in self._texts), bool,
                                 len(self._colours))
            return np.where(self._has_colour, named, worded)
        return self._kept(("colour", colour), compute)

    def attribute(self, phrase: str) -> np.ndarray:
        return self._kept(("attribute", phrase), lambda: np.fromiter(
            (f" {phrase} " in t for t in self._texts), bool, len(self._texts)))

    def allowed(self, filters: Filters) -> np.ndarray:
        """The colour and attribute part of `matches` for every product."""
        mask = np.ones(len(self._texts), bool)
        if filters.colours:
            mask &= np.logical_or.reduce([self.colour(c) for c in filters.colours])
        for phrase in filters.attributes:
            mask &= self.attribute(phrase)
        return mask


# Kinds of goods shops sell, to tell that a word after a product's name names another kind of
# thing ("the Pika Metro lamp" where Pika Metro is a sneaker). A shop's own kinds (the last
# words of its product names, its categories) count as well.
PRODUCT_NOUNS = frozenset(stem(w) for w in """
    backpack bag bed belt bench bike blanket blender blouse boot bottle bowl box bracelet
    brush bucket cabinet camera candle cap cardigan carpet case chair charger clock coat
    cooker cup curtain cushion desk dress drill dryer earbuds earring fan glass glasses glove
    grill hammock hat headphones heater helmet hoodie iron jacket jar jeans jug kettle
    keyboard knife lamp lantern laptop mat mattress mirror mixer monitor mouse mug necklace
    notebook oven pan pants parka pen pillow plate pot printer purse radio razor ring robe
    rucksack rug sandal saucepan scarf shampoo sheet shelf shirt shoe shorts skirt slipper
    sneaker sock sofa speaker spoon stool stove suitcase sunglasses sweater table tablet
    teapot tent thermos toaster towel toy tray trousers umbrella vacuum vase vest wallet
    watch webcam
""".split())


# words a shopper puts in a product's name of their own ("the hanzo edge cheap knife")
_OWN_JUDGEMENT = frozenset("""
    cheap cheaper cheapest new newer newest old older big bigger biggest small smaller smallest
    little large larger good better best nice great same other usual regular standard basic
    normal plain lovely cute cool favourite favorite popular expensive pricey full whole right
    proper real actual whole latest current last first second third next""".split())

_SIZE_STEMS = frozenset(stem(w) for w in SIZE_ADJECTIVES)
# Nouns a shopper puts after a name of any kind of product ("your Kubb set"), stemmed
ANY_KIND = frozenset(stem(w) for w in ("set", "kit", "game", "toy", "one", "thing", "item",
                                       "product"))
_FEW = 6  # a word of at most this many products' names can name one (a brand, a model)


class ProductNames:
    """The words of a catalog's product names, to tell when a text names a product the shop
    does not carry: "the Lumen Ember kettle" in a shop with a Lumen Harbor Mug and an Ember
    Breeze Bottle. Retrieval would return those look-alikes, each sharing a word, and a
    shopper (or the model) could take one for the product asked about."""

    def __init__(self, products: list[dict[str, Any]]) -> None:
        self._products: dict[str, set[int]] = {}
        self._kinds: list[set[str]] = []  # per product: words that say what kind of thing it is
        self._names: list[list[str]] = []  # per product: the words of its name
        self._numbers: list[set[str]] = []  # per product: the digit runs of its name
        # per product: every word its name, kind, description and attribute values use
        self._texts: list[set[str]] = []
        self._value_numbers: list[set[str]] = []  # per product: the numbers of its values
        heads = set(PRODUCT_NOUNS)
        for i, product in enumerate(products):
            name = tokens(str(product.get("name") or ""))
            self._names.append(name)
            self._numbers.append(set(re.findall(r"\d+", str(product.get("name") or ""))))
            for word in set(name):
                self._products.setdefault(word, set()).add(i)
            if name:
                # its last word, short of its own colour ("Packable Windbreaker - Navy" is a
                # windbreaker: "navy" said after another name is no kind of thing); the last
                # part of a compound says none ("top" of a "Canvas High-Top")
                colour = set(tokens(str((product.get("attributes") or {}).get("color") or "")))
                words = [w for w in str(product.get("name") or "").lower().split() if tokens(w)]
                while len(words) > 1 and set(tokens(words[-1])) <= colour:
                    words = words[:-1]
                if not re.search(r"\w[-/]\w", words[-1]):
                    heads.add(tokens(words[-1])[-1])
            kind = set(tokens(" ".join(str(product.get(k) or "")
                                       for k in ("name", "category", "description"))))
            self._kinds.append(kind)
            values = " ".join(str(v) for v in (product.get("attributes") or {}).values())
            self._texts.append(kind | set(tokens(values)))
            self._value_numbers.append(set(re.findall(r"\d+(?:\.\d+)?", values)))
            heads.update(tokens(str(product.get("category") or "")))
        self._heads = frozenset(heads)
        self._said = frozenset().union(*self._kinds)  # every word the catalog's texts use

    def _words(self, text: str) -> list[tuple[str, bool]]:
        """Each word of `text`, stemmed, and whether it is a word of a product name."""
        return [(word, named) for word, named, _ in self._placed_words(text)]

    def _placed_words(self, text: str) -> list[tuple[str, bool, int]]:
        """`_words`, each with where it starts in `text`. Read as names are (without accents:
        "plotulopi" of Plötulopi); a unit after a number no name holds is that number's, no
        word of a name ("a 4 mm crochet hook" beside "Horn Buttons 20 mm")."""
        plain, places = plain_letters(text)
        placed: list[tuple[str, bool, int]] = []
        for m in re.finditer(r"[a-z0-9]+", plain.lower()):
            word = stem(american(m.group()))
            named = len(m.group()) > 1 and m.group() not in STOP_WORDS and word in self._products
            if named and m.group() in UNIT_OF and placed and placed[-1][0].isdigit() \
                    and not placed[-1][1]:
                named = False
            placed.append((word, named, places[m.start()]))
        return placed

    def _runs_at(self, text: str, mentions: Sequence[str]) -> list[tuple[list[str], str]]:
        """`_runs` of `text`; with `mentions` (names found in it, as written), only the runs
        that overlap one: "any garden forks in stock? the digging fork" asks about the
        Digging Fork, and "garden forks" says what it is, no product the shop lacks."""
        runs = self._runs(self._placed_words(text))
        if mentions:
            lower = text.lower()
            spans = [(at, at + len(m)) for m in mentions for at in [lower.find(m.lower())]
                     if at >= 0]
            runs = [r for r in runs if any(r[2] < b and a < r[3] for a, b in spans)]
        return [(run, after) for run, after, _, _ in runs]

    def runs(self, text: str) -> list[list[str]]:
        """The runs of consecutive words of `text` that are words of product names."""
        return [run for run, *_ in self._runs(self._placed_words(text))]

    @staticmethod
    def _runs(words: list[tuple[str, bool, int]]) -> list[tuple[list[str], str, int, int]]:
        """(run, the word after it or "", where its first word starts, where its last word
        starts + 1) for each run of product-name words."""
        runs, run, start, last = [], [], 0, 0
        for word, named, at in words:
            if named:
                if not run:
                    start = at
                run.append(word)
                last = at
                continue
            if run:
                runs.append((run, word, start, last + 1))
            run = []
        if run:
            runs.append((run, "", start, last + 1))
        return runs

    def value_numbers(self, index: int) -> set[str]:
        """The numbers the attribute values of the product at `index` write."""
        return self._value_numbers[index]

    def _described(self, run: Sequence[str]) -> bool:
        """One product's own words (name, kind, description, values) hold every word of `run`,
        one of them in its name: "the puffin project bag" of a Lundi Project Bag "printed
        with puffins", "a birch circular" of the Birki Circular Needle in birch wood."""
        named = set().union(*(self._products.get(w, set()) for w in run))
        return any(all(w in self._texts[i] for w in run) for i in named)

    def _together(self, a: str, b: str) -> set[int]:
        return self._products[a] & self._products[b]

    def _other_code(self, word: str, after: str) -> bool:
        """`after`, a model code of letters and digits ("u20", "x3"), follows `word`, a word of
        a few products' names that all carry a number, none of them `after` or its number."""
        number = re.search(r"\d+", after)
        if not number or not re.search(r"[a-z]", after):
            return False
        holders = self._products.get(word, set())
        return 0 < len(holders) <= _FEW and all(self._numbers[i] for i in holders) \
            and not any(after in self._names[i] or number.group() in self._numbers[i]
                        for i in holders)

    def _without_own_values(self, run: list[str]) -> list[str]:
        """`run` short of the words at its end that are values of the products its other
        words name ("lalbagh sketchbook a5" of a Lalbagh Sketchbook sold in A5: "a5" ends
        other names, and had read as a kind that sketchbook is not)."""
        while len(run) > 2:
            holders = set.intersection(*(self._products[w] for w in run[:-1]))
            if not any(run[-1] in self._texts[i] - self._kinds[i] for i in holders):
                break
            run = run[:-1]
        return run

    def _kind_of_named(self, run: list[str]) -> bool:
        """`run` ends in a kind word that a product whose name holds all its other words is
        ("the Pippin Balance 12 bikes": a Pippin Balance 12 filed under kids bikes; "your
        kubb set": a set is any kind of thing)."""
        holders = set.intersection(*(self._products[w] for w in run[:-1]))
        return any(run[-1] in self._kinds[i] or run[-1] in ANY_KIND for i in holders)

    def _named_by(self, run: list[str]) -> set[int]:
        """The products whose names hold the longest start of `run` after which it says only
        what kind of thing they are ("forest floor puzzle" of the Forest Floor jigsaw
        puzzle, though "floor puzzle" is another name's); empty when none do."""
        for end in range(len(run), 1, -1):
            holders = set.intersection(*(self._products[w] for w in run[:end]))
            if holders and all(any(w in self._kinds[i] or w in ANY_KIND for i in holders)
                               for w in run[end:]):
                return holders
        return set()

    def _name_between(self, text: str) -> bool:
        """A word of product names, a capitalised word no text of the catalog uses, and a
        kind of thing that products holding the first word are: "the Aeris Vortex helmet"
        where the Aeris helmets are a Halo and a Sprout. A misspelt or lower-case word is
        left alone (it may be a slip, or a word of the shopper's own: "the aeris cheap
        helmet")."""
        raw = re.findall(r"[A-Za-z0-9]+", text)
        for a, x, h in zip(raw, raw[1:], raw[2:], strict=False):
            first, kind = stem(a.lower()), stem(h.lower())
            if not (x[:1].isupper() and x[1:].islower() and len(x) >= 3) \
                    or stem(x.lower()) in self._said or x.lower() in STOP_WORDS \
                    or first not in self._products or first in self._heads \
                    or kind not in self._heads:
                continue
            holders = [i for i in self._products[first] if kind in self._kinds[i]]
            if holders and not any(_near(x.lower(), w) for i in holders for w in self._names[i]):
                return True
        return False

    def uses(self, word: str) -> bool:
        """Whether a name, kind or description of the catalog uses `word`."""
        return stem(american(word.lower())) in self._said

    def swapped(self, text: str) -> bool:
        """A name said with a word of its own swapped for another: "the hearthside grain-free
        duck adult cat food" where the Hearthside Grain-Free cat food is Salmon, "the hanzo
        edge nakiri knife" where the Hanzo Edge knives are a Gyuto Chef's Knife and a Paring
        Knife. The word between two name words (`a x b`) is no word of any product holding
        both, which all have other words between them that the text lacks; those are one
        word, or the shopper's word is one the catalog never uses. A slip of spelling, a
        colour, a size, another form of the word ("volumising" of "Volume") and a shopper's
        own judgement ("the hanzo edge cheap knife") swap nothing, and a word inserted where
        a name has none ("the aria wireless earbuds" of the Aria Earbuds) is no swap."""
        words = self._words(text)
        said = {w for w, _ in words}
        for (a, named_a), (x, _), (b, named_b) in zip(words, words[1:], words[2:],
                                                      strict=False):
            x = stem(american(x))
            if not (named_a and named_b) or len(x) < 3 or not x.isalpha() \
                    or x in STOP_WORDS or x in COLOUR_WORDS or x in _OWN_JUDGEMENT:
                continue
            gaps = []
            for i in self._together(a, b):
                name = self._names[i]
                between = [name[p + 1:q] for p, w in enumerate(name) if w == a
                           for q in range(p + 1, len(name)) if name[q] == b]
                if not between or x in self._texts[i] or any(
                        not gap or said & set(gap) for gap in between):
                    gaps = []
                    break
                gaps.append(min(between, key=len))
            if gaps and not any(_near(x, w) or formed(x, w) for gap in gaps for w in gap) and (
                    all(len(gap) == 1 for gap in gaps) or x not in self._said):
                return True
        return False

    def unknown(self, text: str, mentions: Sequence[str] = ()) -> bool:
        """Whether `text` names a product in words of product names (two or more in a row)
        that the shop does not have: no product's name holds two of them that stand side by
        side there, or the name ends in a kind of thing ("rug", or one of the shop's kinds)
        that the products holding its last two words are not, or is followed by a model
        number theirs is not ("the Kestrel Road 700" beside a Kestrel Road 500; "the Gridlock
        U20" beside a Gridlock U16 D-Lock, after one word of a few names). Words that
        all say a kind of thing ("a pedal bike") name no product. With `mentions`, the names
        found in the text as written, only runs of words overlapping one count."""
        if self._name_between(text):
            return True  # "the Aeris Vortex helmet": no Aeris helmet is a Vortex
        all_runs = self._runs_at(text, mentions)
        for run, after in all_runs:
            if len(run) == 1 and run[0] not in self._heads and self._other_code(run[0], after):
                return True  # "the gridlock u20 d-lock": the Gridlock is a U16
        runs = [(self._without_own_values(run), after) for run, after in all_runs
                if len(run) >= 2 and not all(w in self._heads for w in run)]
        if not runs:
            return False
        if not any(self._together(a, b) for r, _ in runs for a, b in itertools.combinations(r, 2)) \
                and not any(r[-1] in self._heads and self._kind_of_named(r) for r, _ in runs) \
                and not any(self._described(r) for r, _ in runs):
            # (two words apart count: "the AquaPurr water fountain"; a kind word after the
            # others names what they name: "decaf coffee" of a Swiss Water Decaf filed under
            # coffee)
            return True
        for r, after in runs:
            if len(r) >= 4 and r[-2].isdigit() and r[-1] in self._heads and any(
                    r[-2] in self._numbers[i] for i in self._together(r[-4], r[-3])):
                r = r[:-2]  # "the ocean selection pouches 40 pack": their count, not a kind
            number = re.search(r"\d+", after)
            if number:
                holders = self._named_by(r) or self._together(r[-2], r[-1])
                if holders and not any(after in w for i in holders for w in self._names[i]) \
                        and not any(number.group() in self._numbers[i] for i in holders) \
                        and not any(after in self._texts[i] or any(
                                        v == number.group() or v.startswith(number.group() + ".")
                                        for v in self._value_numbers[i])  # ("2" of "2.5")
                                    for i in holders):
                    # (nor a value of theirs: "the Lalbagh sketchbook A5" of one sold in A5,
                    # "decking stain 5 litre" of one sold in 2.5 L and 5 L)
                    return True  # "the Kestrel Road 700": the Kestrel Road is a 500
            if r[-1] in self._heads and not self._kind_of_named(r) and not self._described(r):
                if not self._together(r[-2], r[-1]):
                    return True  # "the Marlow Trail backpack": no Trail backpack
                # (a colour or a size said before a name is none of its words: "the big
                # fjord fox" of a Fjord the Fox where another name holds "big")
                last = [w for w in r if w not in COLOUR_WORDS and w not in _SIZE_STEMS][-3:]
                if len(last) == 3 and not (self._products[last[0]]
                                           & self._together(last[1], last[2])):
                    return True  # "the Willow Atlas lamp" beside a Lumen Atlas Lamp
            if after in self._heads and after not in self._products:
                holders = self._together(r[-2], r[-1])
                if holders and not any(after in self._kinds[i] for i in holders):
                    return True  # "the Pika Metro lamp": the Pika Metro is no lamp
        return False


def _near(word: str, other: str) -> bool:
    """`word` is `other` misspelt by a letter or two (a slip, not another name)."""
    return Levenshtein.distance(word, other, score_cutoff=2) <= 2
