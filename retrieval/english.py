"""A product's name that a shop writes in its own language, read in English.

"Sirup Haselnuss" is the hazelnut syrup a shopper asks for, "Entkalker Flüssig" the liquid
descaler, "Brandl Hausmischung Entkoffeiniert" the decaf house blend. `english_reading` gives
a name's words one by one in English where `retrieval.shop_words` knows them, German and
Dutch words built of several (`compound`: "Milch|kännchen", "Wasser|kocher") read piece by
piece; `Knowledge` then takes the reading, in its own order or another, for the name.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from retrieval.shop_words import PIECES, SHOP_WORDS

_LINKS = ("", "s", "n", "en", "es")  # between a German word's pieces ("Geschmack-s-noten")


def compound(word: str, words: Mapping[str, str], pieces: Mapping[str, str]) -> str | None:
    """`word` (plain lower-case letters) built of pieces `words` or `pieces` know, in
    English, head last as both languages put it ("geschmacksnoten" -> "flavour notes",
    "wasserkocher" -> "water cooker" where the glossary lacks the whole word); None where it
    is not so built, or where every piece reads as itself ("handset" is no German word)."""
    def read(rest: str) -> tuple[str, bool] | None:
        for cut in range(len(rest) - 3, 2, -1):
            head, tail = rest[:cut], rest[cut:]
            first = words.get(head) or pieces.get(head)
            if first is None:
                continue
            for link in _LINKS:
                if not tail.startswith(link) or len(tail) - len(link) < 3:
                    continue
                piece = tail[len(link):]
                second = words.get(piece) or pieces.get(piece)
                if second is not None:
                    return f"{first} {second}", first != head or second != piece
                more = read(piece)
                if more is not None:
                    return f"{first} {more[0]}", first != head or more[1]
        return None

    found = read(word) if len(word) >= 7 else None
    return found[0] if found is not None and found[1] else None


def read_word(word: str, words: Mapping[str, str], pieces: Mapping[str, str]) -> str:
    """`word` in English by a glossary of whole `words` and compound `pieces`: whole, else
    piece by piece (`compound`), else as it is."""
    return words.get(word) or compound(word, words, pieces) or word


def english_word(word: str) -> str:
    """One word of a name (lower case, accents dropped) in English: "haselnuss" ->
    "hazelnut", "milchkannchen" -> "milk jug"; a word the glossary lacks as it is."""
    return read_word(word, SHOP_WORDS, PIECES)


def english_reading(words: Sequence[str]) -> list[str]:
    """A name's words (lower case, accents dropped) in English, word for word:
    ["sirup", "haselnuss"] -> ["syrup", "hazelnut"], ["brandl", "hausmischung"] ->
    ["brandl", "house", "blend"]."""
    return [part for word in words for part in english_word(word).split()]
