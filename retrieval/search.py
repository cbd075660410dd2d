"""What a turn asks of the shop's knowledge: products (by photo and by words), FAQ passages and
an order check, with only confident hits passed on to the reply.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import faiss
import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from retrieval.clip import ClipEncoder, ClipSettings
from retrieval.english import english_reading, english_word
from retrieval.images import decode_image
from retrieval.index import IndexDir
from retrieval.ingest import faq_document, ingest, is_stale, product_document
from retrieval.orders import OrderBook, OrderCheck
from retrieval.query import (
    ANY_KIND,
    COLOUR_WORDS,
    CatalogWords,
    Filters,
    FilterVocabulary,
    ProductNames,
    as_item,
    colour_of,
    matches,
    parse_filters,
    without_mentions,
)
from retrieval.sizes import (
    BIGGER,
    SIZE_ADJECTIVES,
    SIZE_WORD_LETTERS,
    SMALLER,
    UNIT_OF,
    key_unit,
    parse_size,
    size_of,
    sized_words,
    sizes_by_number,
    written_as,
)
from retrieval.store import load_store
from retrieval.text import (
    BM25,
    STOP_WORDS,
    TextEncoder,
    formed,
    fuse,
    plain_letters,
    stem,
    tokens,
    unaccented,
)
from retrieval.visual import GLOBAL_VERSION, VisualIndex, VisualOptions

# ("track" only as the verb before what is tracked: "my track bike" is a kind of bike)
ORDER_WORDS = re.compile(r"\b(?:order|package|parcel|delivery|deliver|shipment|tracking|tracked|"
                         r"refund|return|cancel)\w*\b|\btracks?\b(?=\s+(?:my|the|it|this|that|"
                         r"an?|our|your|order|package|parcel|shipment|delivery)\b)", re.I)


# "order" as a verb: with what is ordered after it ("can I order the Zephyr Onyx Notebook?")
# or after who orders ("how many of the X could I order today?", "I'd like to order"), not
# the noun ("my order for the ...").
ORDER_VERB = re.compile(r"\border(?:ing)?\s+(?:the|a|an|one|two|three|some|this|that|these|"
                        r"those|\d+)\b|\b(?:i|we|you|to)\s+order\b", re.I)
POINTING = re.compile(r"\b(?:this|that|these|those|it|them|the same)\b", re.I)


APPEARANCE_CEILING = 0.2  # global-appearance guesses score below this (see _appearance_fill)


NAMED_CANDIDATES = 20  # best text matches checked for a name the shopper wrote in full
_SIZE_AFTER = 4  # words after a name's mention where a size may still single out one
_FEW = 2  # names holding a word that says which one is meant, a name's first word left out
# Sizes and units as shoppers write them -> as names abbreviate them ("Men's M", "3L").
_DETERMINERS = frozenset("the a an this that these those your ur".split())
# Verbs a run of a name's words does not go over ("what ph is the haneul gel cleanser": the
# "ph" of its "Low pH" is the field asked), unless a name holds them
_VERBS = frozenset("is are was were does do did has have".split())
# Words that rule out the name after them ("the essence, not the mist", "rather than the
# 300 ml"); not "isn't the X", which asks about X
_RULED_OUT_WORDS = r"(?:not|rather than|instead of|other than|except(?: for)?)"
_RULED_OUT_BEFORE = re.compile(rf"(?<![\w'’]){_RULED_OUT_WORDS}\s+(?:(?:the|a|an|that|this)\s+)?$",
                               re.I)
_RULED_OUT = re.compile(rf"(?<![\w'’]){_RULED_OUT_WORDS}\s", re.I)


@dataclass(frozen=True)
class Thresholds:
    """When a hit is confident enough to be put in front of the language model."""

    product_text: float = 0.32  # fused text score of a product named or described
    product_filtered: float = 0.25  # ... when it also meets every stated constraint
    product_image: float = 0.55  # visual score (inliers and colour agreement)
    # fused text score of a FAQ entry: shoppers word a policy their own way ("can I pay
    # with Amex?" meets "Which payment methods do you accept?" at 0.41); questions of
    # no topic score below 0.25, and a wrong entry shown is one the model declines
    faq: float = 0.40
    # ... when the text names a product the shop does not carry ("do you sell the Atlas
    # Summit rug?" met "Do you sell gift cards?" at 0.504; "how do I return the ... kettle?"
    # meets "How do I return an item?" at 0.67)
    faq_unknown_product: float = 0.60
    # ... or this much when it leads every other entry by `faq_lead`: a policy worded in
    # words no entry uses ("how can I get in touch with you guys directly?" met "How can I
    # contact you?" at 0.374, the next entry at 0.182)
    faq_leading: float = 0.33
    faq_lead: float = 0.15
    relative: float = 0.80  # also within this fraction of the best hit
    faq_over_product: float = 0.05  # an FAQ this much better than any product: not a product turn
    # ... when the text also states a category, colour or attribute: a policy question often
    # names what it is about ("a VAT invoice for the office chairs", "packaging for a glass vase")
    faq_over_filtered_product: float = 0.15
    # beside products the text asks for, an FAQ entry within this much of the best product
    faq_beside_product: float = 0.25


@dataclass(frozen=True)
class Facts:
    products: list[dict] = field(default_factory=list)
    faqs: list[dict] = field(default_factory=list)
    order_check: OrderCheck | None = None
    # The text names a product in the shop's words that no product of the shop is called.
    unknown_product: bool = False


class Knowledge:
    """The shop's knowledge over one store folder; thread-safe for concurrent turns."""

    def __init__(self, store_dir: Path, *, encoder: TextEncoder | None = None,
                 thresholds: Thresholds = Thresholds(),
                 visual_options: VisualOptions = VisualOptions()) -> None:
        self.store_dir = Path(store_dir)
        self.thresholds = thresholds
        store = load_store(self.store_dir)
        self.info: dict[str, Any] = store.info_dict()
        self.problems = list(store.problems)
        self.products: list[dict[str, Any]] = []
        for product in store.products:
            data = product.model_dump()
            self.products.append(data)
        for index, family in colour_families(self.products).items():
            # "Monsoon Rain Jacket - Yellow" and "- Teal" are one product in two colours, as
            # shops that give colours one name write them: everything the shopper is told
            # treats them so; their cards keep the shop's own names
            product = self.products[index]
            product["listed_name"], product["name"] = product["name"], family
        self._by_sku = {p["sku"]: i for i, p in enumerate(self.products)}
        self._by_name: dict[str, list[int]] = {}  # colour variants share a name
        for i, p in enumerate(self.products):
            self._by_name.setdefault(str(p.get("name", "")), []).append(i)
        self.faqs = [f.model_dump() for f in store.faqs]
        self.orders = OrderBook(store.orders)
        self.vocabulary = FilterVocabulary.from_products(self.products)
        self.words = CatalogWords(self.products)
        self.names = ProductNames(self.products)
        # How a shopper may write a product's name, lower-case words -> the name: in full, with
        # its last word in the plural ("sneakers"), or by its first words ("the cobalt rover",
        # "the pacewise nav 530" of "Pacewise Nav 530 GPS Computer", "the aeris halo") where no
        # other name starts with the same words; `_next_word` holds what such a start leaves
        # out next, so that "the Kestrel Road 700" is not taken for the Kestrel Road 500.
        self._said_names: dict[str, str] = {}
        self._next_word: dict[str, str] = {}
        # A name's own words, its kind left out, where there are two or more ("fjord summit"
        # of "Fjord Summit Bottle"): a text holding all of them names it, in any order ("the
        # Summit bottle from Fjord").
        self._name_words: dict[str, frozenset[str]] = {}
        prefixes: dict[str, set[str]] = {}
        name_words: dict[str, list[str]] = {}
        for product in self.products:
            name = str(product.get("name", ""))
            words = name_words.setdefault(name, re.findall(r"[a-z0-9]+",
                                                           unaccented(name).lower()))
            if not words:
                continue
            if len(set(words[:-1])) >= 2:
                self._name_words.setdefault(name, frozenset(words[:-1]))
            self._said_names.setdefault(" ".join(words), name)
            self._said_names.setdefault(" ".join(words[:-1] + [_plural(words[-1])]), name)
            for size in range(2, len(words)):
                prefixes.setdefault(" ".join(words[:size]), set()).add(name)
        # Starts that several names share, by what follows them: "velarra strada" ->
        # {"700x28c": "Velarra Strada 700x28c Tyre", ...}; "the Velarra Strada 28c" names one.
        self._models: dict[str, dict[str, str]] = {}
        for prefix, names in prefixes.items():
            if len(names) > 1:
                size = len(prefix.split())
                following = {name_words[n][size]: n for n in names}
                if len(following) == len(names):
                    self._models[prefix] = following
        for prefix, names in prefixes.items():
            if len(names) == 1 and prefix not in self._said_names:
                name = names.pop()
                self._said_names[prefix] = name
                self._next_word[prefix] = name_words[name][len(prefix.split())]
        self._read_in_english(name_words, prefixes)
        # Name words a shopper may misspell by one letter ("pacewize"): long ones, no digits.
        self._spelled = sorted({w for key in self._said_names for w in key.split()
                                if len(w) >= 5 and w.isalpha()})
        # Every word of each name, and the names' first words: "snughaven donut bed small"
        # names the SnugHaven Donut Calming Bed Small 50cm Grey, the one name holding them all.
        self._all_words = {name: frozenset(words) for name, words in name_words.items()}
        self._all_word_lists = name_words
        self._first_words = frozenset(words[0] for words in name_words.values() if words)
        self._holders: dict[str, set[str]] = {}  # a name word -> the names holding it
        # A size a shopper writes without its unit: "26" -> the names holding "26cm".
        self._sized: dict[str, set[str]] = {}
        for name, words in self._all_words.items():
            for word in words:
                self._holders.setdefault(word, set()).add(name)
                size = re.fullmatch(r"(\d+(?:\.\d+)?)[a-z]{1,3}", word)
                if size:
                    self._sized.setdefault(size.group(1), set()).add(name)
        self._longest_name = max((len(n.split()) for n in self._said_names), default=0)
        # Model codes a shopper writes without their joiner: "qt7" -> ["qt", "7"] of "QT-7".
        self._joined: dict[str, list[str]] = {}
        for name in name_words:
            for code in re.findall(r"[a-z0-9]+(?:[-/.][a-z0-9]+)+", name.lower()):
                parts = re.findall(r"[a-z0-9]+", code)
                if any(c.isdigit() for c in code) and "".join(parts) not in self._holders:
                    self._joined.setdefault("".join(parts), parts)
            # ... or a short code and its number apart: "km83" of the "Kornmühle KM 83"
            for letters, number in re.findall(r"\b([a-z]{1,4}) (\d+)\b", " ".join(name_words[name])):
                if letters + number not in self._holders:
                    self._joined.setdefault(letters + number, [letters, number])
            # ... and dimensions without their spaces: "5x60" of "wood screws 5 x 60 mm"
            for dims in re.findall(r"\d+\s*x\s*\d+(?:\s*x\s*\d+)?", name.lower()):
                parts = re.findall(r"[a-z0-9]+", dims)
                self._joined.setdefault("".join(parts), parts)
        # a turn's look-up reads the same text's names up to five times
        self._names_in = functools.lru_cache(maxsize=512)(self._read_names)
        self._prices = np.array([p["price"] for p in self.products], np.float64)
        self._stock = np.array([np.inf if p.get("stock") is None else p["stock"]
                                for p in self.products], np.float64)
        self._categories = np.array([p.get("category") or "" for p in self.products], object)

        index_dir = IndexDir.of(self.store_dir)
        manifest = index_dir.read_manifest() or {}
        if manifest.get("skus") != [p["sku"] for p in self.products]:
            raise RuntimeError(f"index of {self.store_dir} does not match its catalog; ingest")
        self.encoder = encoder or TextEncoder()
        self.product_vectors = np.ascontiguousarray(index_dir.load_array("product_vectors",
                                                                         mmap=False))
        self.faq_vectors = np.ascontiguousarray(index_dir.load_array("faq_vectors", mmap=False))
        self.product_text_index = faiss.IndexFlatIP(self.product_vectors.shape[1])
        self.product_text_index.add(self.product_vectors)
        self.product_bm25 = BM25([product_document(p) for p in self.products])
        self.faq_bm25 = BM25([faq_document_dict(f) for f in self.faqs])
        self.image_skus = [row[0] for row in manifest["rows"]]
        global_vectors = None  # an index from before them: no fallback until re-ingested
        if manifest.get("global_version") == GLOBAL_VERSION and index_dir.array("globals").exists():
            global_vectors = index_dir.load_array("globals", mmap=False)
        self.visual = VisualIndex(index_dir.load_descriptor_index(), index_dir.load_features(),
                                  visual_options, global_vectors)
        self.clip, self.clip_vectors = None, None
        settings = ClipSettings.from_env()
        if settings is not None and index_dir.array("clip_images").exists():
            self.clip = ClipEncoder(settings)
            self.clip_vectors = index_dir.load_array("clip_images", mmap=False)
        self._lock = threading.Lock()  # the encoder is not re-entrant
        self._embedded: dict[str, np.ndarray] = {}
        self._lines: dict[str, dict[str, int]] = {}  # `_line`, by name

    def _read_in_english(self, name_words: Mapping[str, list[str]],
                         prefixes: Mapping[str, set[str]]) -> None:
        """More ways to say a name, where no other name is said so and no name's own words
        are: a name of two words the other way round ("the 1892 blend" of Blend 1892); and a
        name in the shop's own language read in English (`english_reading`), in full, by its
        first words, or without its first (a brand: "the house blend" of the Brandl
        Hausmischung), in any order where three words or fewer ("hazelnut syrup" of the
        Sirup Haselnuss, "decaf house blend" of the Brandl Hausmischung Entkoffeiniert)."""
        ways: dict[str, set[str]] = {}
        starts: set[str] = set()
        self._readings: dict[str, frozenset[str]] = {}  # a name -> its reading's words
        self._read_starts: set[str] = set()  # the starts of readings that name one name
        for name, words in name_words.items():
            said: set[tuple[str, ...]] = set()
            if len(words) == 2:
                said.add((words[1], words[0]))
            reading = english_reading(words)
            if reading != words:
                for part in (reading, reading[1:]):
                    if len(part) >= 2:
                        said.update(itertools.permutations(part) if len(part) <= 3
                                    else [tuple(part)])
                firsts = [tuple(reading[:size]) for size in range(2, len(reading))]
                said.update(firsts)
                starts.update(" ".join(first) for first in firsts)
                self._readings[name] = frozenset(reading)
            for way in said:
                ways.setdefault(" ".join(way), set()).add(name)
        for key, names in ways.items():
            if len(names) == 1 and key not in self._said_names and key not in prefixes:
                self._said_names[key] = names.pop()
                if key in starts:
                    self._read_starts.add(key)

    @classmethod
    def load(cls, store_dir: str | Path, *, progress: bool = False, **kwargs: Any) -> Knowledge:
        """Open a store, ingesting first when its index is missing or out of date."""
        faiss.omp_set_num_threads(1)  # one query per thread; OpenMP would only contend
        if is_stale(store_dir):
            ingest(store_dir, progress=progress, encoder=kwargs.get("encoder"))
        return cls(Path(store_dir), **kwargs)

    # ------------------------------------------------------------------ public API

    def product(self, sku: str) -> dict | None:
        index = self._by_sku.get(sku)
        return self._card(index, 1.0) if index is not None else None

    def named(self, name: str) -> list[dict]:
        return [self._card(index, 1.0) for index in self._by_name.get(name, ())]

    def held_in_kind(self, name: str, attribute: str) -> bool:
        """Whether a product of the category of the product called `name` has the attribute
        value `attribute` ("high" is a tension of classical strings, no music stand's)."""
        categories = list({self._categories[i] for i in self._by_name.get(name, ())})
        return bool((self.words.attribute(attribute)
                     & np.isin(self._categories, categories)).any())

    def names_holding(self, token: str) -> frozenset[str]:
        """The product names holding `token` (a `retrieval.text.tokens` token: "harbor")."""
        return self._token_holders.get(token, frozenset())

    @functools.cached_property
    def _token_holders(self) -> dict[str, frozenset[str]]:
        holders: dict[str, set[str]] = {}
        for name in self._all_words:
            for token in tokens(name):
                holders.setdefault(token, set()).add(name)
        return {token: frozenset(names) for token, names in holders.items()}

    def search(self, *, text: str | None, image: bytes | None, k: int = 5) -> list[dict]:
        """Catalog search for agents: best first, no confidence cut."""
        hits: dict[int, float] = {}
        if image:
            for index, score in self._image_hits(image, k):
                hits[index] = max(hits.get(index, 0.0), score)
        if text and text.strip():
            filters = parse_filters(text, self.vocabulary)
            for index, score in self._text_hits(text, filters, k):
                hits[index] = max(hits.get(index, 0.0), score)
            if self.clip is not None:  # words -> photo
                similarity = self.clip_vectors @ self.clip.encode_texts([text])[0]
                for index, score in self._best_per_product(
                        self._clip_rows(similarity + 0.45, k), k):  # text-image cosines are lower
                    if not filters.any or matches(self.products[index], filters):
                        hits[index] = max(hits.get(index, 0.0), score)
        best = sorted(hits.items(), key=lambda item: -item[1])[:k]
        return [self._card(index, score) for index, score in best]

    def lookup(self, *, text: str | None, image: bytes | None, history: Sequence[str],
               order_id: str | None, channel: str) -> Facts:
        """Facts for one turn. Raises `retrieval.images.ImageError` for an unusable image."""
        text = (text or "").strip()
        order_check = self.orders.check(text=text, history=history, verified_id=order_id,
                                        channel=channel)
        products: list[tuple[int, float]] = []
        filters = parse_filters(text, self.vocabulary) if text else Filters()
        if filters.attributes:
            # the words of a product's name are no attribute the shopper asks for ("the skyline
            # ul2 tent" is the footprint's "fits Skyline UL2 tent", and named the tent)
            unnamed = without_mentions(text, self.names_in(text))
            if unnamed != text:
                filters = replace(filters, attributes=parse_filters(
                    unnamed, self.vocabulary).attributes)
        if image:
            # appearance guesses never pass the cut (see _appearance_fill): not computed here
            products = [(i, s) for i, s in self._image_hits(image, 5, fill=False)
                        if s >= self.thresholds.product_image]
            products = self._relative(products)
            products = self._with_variants(products, filters)
        faqs = self._faq_hits(text) if text else []
        # (a text that names a product with its size, "the pocketcell 20k mah", names no
        # unknown one; "the pika metro lamp" of the Pika Metro Sneaker still does)
        mentions = [mention for _, mention in self.names_in(text)] if text else []
        unknown = bool(text) and (self.names.unknown(text, mentions) and not any(
            c.isdigit() for mention in mentions for c in mention)
            or self.names.swapped(text))
        if faqs and unknown:
            faqs = [f for f in faqs if f[1] >= self.thresholds.faq_unknown_product]
        if text and not products:
            # "this in orange?" about a photo we could not match: the words alone would list
            # unrelated products; only a text that names what it wants may.
            pointing = image and not (filters.categories or filters.attributes) \
                and POINTING.search(text)
            if not pointing:
                products = self._confident_text_products(text, filters, faqs, order_check,
                                                         history, unknown)
        if products and not image and self._size_not_sold(text, products[0][0]):
            products, unknown = [], True  # "a 20 inch bass drum head" where it is 22"
        if products and faqs and (image or self._asks_for_products(text, filters)):
            # a clear product question is not also a policy question
            faqs = [f for f in faqs
                    if f[1] >= products[0][1] - self.thresholds.faq_beside_product]
        return Facts(products=[self._card(i, s) for i, s in products],
                     faqs=[{"question": self.faqs[i]["question"], "answer": self.faqs[i]["answer"],
                            "score": round(s, 3)} for i, s in faqs],
                     order_check=order_check, unknown_product=unknown and not products)

    # ------------------------------------------------------------------ products by photo

    def _image_hits(self, image: bytes, k: int, fill: bool = True) -> list[tuple[int, float]]:
        rgb = decode_image(image, max_side=self.visual.options.query_size)
        verified, votes = self.visual.search_with_votes(rgb, k=3 * k)
        scored = [(hit.image, hit.score) for hit in verified]
        if self.clip is not None:
            similarity = self.clip_vectors @ self.clip.encode_images([rgb])[0]
            scored += self._clip_rows(similarity, 3 * k)
        hits = self._best_per_product(scored, k)
        if fill and len(hits) < k:
            hits += self._appearance_fill(rgb, {i for i, _ in hits}, k - len(hits), votes)
        return hits

    def _appearance_fill(self, rgb: np.ndarray, taken: set[int], n: int,
                         votes: dict[int, int] | None = None) -> list[tuple[int, float]]:
        """Up to n more products by global appearance, for photos that local features could
        not verify (plain products). Scored in [0, APPEARANCE_CEILING): below any verified hit
        (whose score is at least 0.487 * 0.5 = 0.24) and far below `Thresholds.product_image`,
        so `lookup` never presents one as confident; agents' `search` ranks them after the
        verified ones. Why never confident: measured on a development store (160 products
        rendered like the evaluation store, 600 shopper photos), the first appearance guess was
        right for only 3 of the 35 photos that had no verified match (within the top 5: 11 of
        35), and a photo of something the shop does not sell always gets a guess. So `lookup`
        does not even compute them; they lift recall@5 of agents' search.
        """
        filled: list[tuple[int, float]] = []
        for row, similarity in self.visual.similar(rgb, 4 * (n + len(taken)) + 8, votes):
            index = self._by_sku.get(self.image_skus[row])
            if index is None or index in taken:
                continue
            taken.add(index)
            filled.append((index, APPEARANCE_CEILING * max(0.0, similarity)))
            if len(filled) == n:
                break
        return filled

    def _clip_rows(self, similarity: np.ndarray, k: int) -> list[tuple[int, float]]:
        # CLIP cosine of a true match sits around 0.75-0.95; map that span onto 0..1.
        top = np.argsort(-similarity)[:k]
        return [(int(r), float(np.clip((similarity[r] - 0.6) / 0.3, 0, 1))) for r in top]

    def _best_per_product(self, scored: list[tuple[int, float]],
                          k: int) -> list[tuple[int, float]]:
        per_product: dict[int, float] = {}
        for row, score in scored:
            index = self._by_sku.get(self.image_skus[row])
            if index is not None and score > per_product.get(index, 0.0):
                per_product[index] = score
        return sorted(per_product.items(), key=lambda item: -item[1])[:k]

    def _with_variants(self, hits: list[tuple[int, float]],
                       filters: Filters) -> list[tuple[int, float]]:
        """"Do you have this in blue?": the photographed model in the colour asked for."""
        if not hits or not filters.colours:
            return hits
        name = self.products[hits[0][0]]["name"]
        variants = [(i, hits[0][1]) for i, p in enumerate(self.products)
                    if p["name"] == name and matches(p, Filters(colours=filters.colours))]
        return variants + [h for h in hits if h[0] not in {v[0] for v in variants}]

    # ------------------------------------------------------------------ products by words

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """(N, D) sentence vectors with the catalog's encoder (safe from any thread)."""
        with self._lock:
            return self.encoder.encode(list(texts))

    def embed_query(self, text: str) -> np.ndarray:
        """The query vector; a turn asks for the same text's vector more than once."""
        with self._lock:
            vector = self._embedded.get(text)
            if vector is None:
                vector = self.encoder.encode([text])[0]
                self._embedded[text] = vector
                if len(self._embedded) > 256:
                    self._embedded.pop(next(iter(self._embedded)))
        return vector

    def _text_scores(self, text: str) -> np.ndarray:
        cosine = (self.product_vectors @ self.embed_query(text)).astype(np.float32)
        return fuse(cosine, self.product_bm25.scores(text), self.product_bm25.max_score(text))

    def _text_hits(self, text: str, filters: Filters, k: int) -> list[tuple[int, float]]:
        scores = self._text_scores(text)
        if filters.any:
            allowed = self._allowed_or_named(text, filters, scores)
            if allowed.any():
                scores = np.where(allowed, scores, -1.0)
        order = np.argsort(-scores)[:k]
        return [(int(i), float(scores[i])) for i in order if scores[i] > -1.0]

    def _asks_for_products(self, text: str, filters: Filters) -> bool:
        """Whether the text names a product or states what one must be (a colour, an
        attribute, a price). A kind alone scores high against every product of that kind,
        policy questions included ("my headphones broke, do you fix them?"): then the FAQ
        entries that pass their own threshold stay beside the products."""
        return filters.constrains or bool(self.names_in(text))

    def _confident_text_products(self, text: str, filters: Filters, faqs: list[tuple[int, float]],
                                 order_check: OrderCheck | None,
                                 history: Sequence[str], unknown: bool) -> list[tuple[int, float]]:
        t = self.thresholds
        if order_check is not None and not filters.narrows_catalog:
            return []
        # words of a product's own name are no order words ("the Blastair Track 200 pump")
        outside = without_mentions(text, self.names_in(text))
        if not filters.narrows_catalog and ORDER_WORDS.search(outside) and not (
                ORDER_VERB.search(text) and len(ORDER_WORDS.findall(text)) == 1
                and self._named(text, self._text_scores(text),
                                np.ones(len(self.products), bool)).any()):
            return []  # an order or a policy; "can I order the <product>?" asks about it
        if unknown:
            return []  # a product the shop does not carry: no look-alike stands in for it
        query = text
        if not filters.categories and filters.any and history:
            query = f"{history[-1]} {text}"  # "in blue?" continues the previous question
        scores = self._text_scores(query)
        floor = t.product_filtered if filters.narrows_catalog else t.product_text
        best_any = float(scores.max()) if len(scores) else 0.0
        margin = t.faq_over_filtered_product if filters.narrows_catalog else t.faq_over_product
        if faqs and faqs[0][1] > best_any + margin \
                and not self.names_in(text):  # "the price of the Quill Summit" is no FAQ
            return []
        # "Is the Tundra Breeze Chair in stock?" asks about that chair, sold out or not
        allowed = self._allowed_or_named(text, filters, scores)
        scores = np.where(allowed, scores, -1.0)
        # and a product the text names comes first, whatever its words score
        named = [i for name, _ in self.names_in(text) for i in self._by_name.get(name, ())
                 if allowed[i]]
        if named and float(scores[named].max()) < float(scores.max()):
            scores[named] = np.maximum(scores[named], float(scores.max()) + 0.01)
        order = np.argsort(-scores)[:5]
        hits = [(int(i), float(scores[i])) for i in order if scores[i] >= floor]
        return self._relative(hits)

    def _named(self, text: str, scores: np.ndarray, allowed: np.ndarray) -> np.ndarray:
        """Products among the best text matches whose name the text mentions (`names_in`),
        or all of whose own words it holds (`_name_words`), or that its words pick of their
        line (`pick`)."""
        mentioned = {name for name, _ in self.names_in(text)}
        said = {part for word in re.findall(r"[a-z0-9]+", text.lower())
                for part in self._joined.get(word, [word])}
        named = np.zeros(len(self.products), bool)
        for name in mentioned:
            for i in self._by_name.get(name, ()):
                named[i] = allowed[i]
        best = [int(i) for i in np.argsort(-np.where(allowed, scores, -1.0))[:NAMED_CANDIDATES]
                if allowed[i]]
        for i in best:
            name = self.products[i]["name"]
            words = self._name_words.get(name)
            if name in mentioned or (words is not None and words <= said):
                named[i] = True
        if not mentioned:
            # or which of a line the words pick ("is the half size violin outfit in stock")
            picked = (self.pick(self.products[best[0]]["name"], text)
                      or self.in_family(self.products[best[0]]["name"], text)) if best else None
            for i in self._by_name.get(picked[0], ()) if picked is not None else ():
                named[i] = allowed[i]
        return named

    def _allowed_or_named(self, text: str, filters: Filters, scores: np.ndarray) -> np.ndarray:
        """`_allowed`, where "in stock" ("is the Summit bottle from Fjord available in brown?")
        does not drop a product the text names: the shopper asks about that one, sold out or
        not, and no other product stands in for it."""
        allowed = self._allowed(filters)
        if filters.in_stock or filters.categories or filters.attributes:
            # nor does a kind the name says ("the Travois saddle pack" is no saddle), nor
            # an attribute asked of it ("are the tempo earbuds waterproof?")
            allowed = allowed | self._named(text, scores, self._allowed(
                replace(filters, in_stock=False, categories=(), attributes=())))
        if filters.colours:
            # "the Halo helmet in orange?" where it comes in no orange: its colours answer
            named = self._named(text, scores, self._allowed(
                replace(filters, in_stock=False, categories=(), colours=())))
            if not (named & allowed).any():
                allowed = allowed | named
        return allowed

    def names_in(self, text: str) -> list[tuple[str, str]]:
        """The catalog's product names `text` mentions, each once, with the words as written:
        (name, mention). A name counts in full, with its last word in the plural, or by its
        first two or more words where no other name starts with them (and the text's next
        word is no other model number: "Kestrel Road 700" is not the Kestrel Road 500), or
        by a start several names share and a part of one's model number ("the Strada 28c" of
        a Strada 700x28c and a Strada 700x32c), or by three or more words that its name alone
        holds, led by its first word (`_by_words`); one word of a mention may be misspelled by
        a letter. Longest mentions first, and no word in two mentions."""
        return list(self._names_in(text))

    def _read_names(self, text: str) -> tuple[tuple[str, str], ...]:
        plain, places = plain_letters(text)
        spans = [(places[m.start()], places[m.end() - 1] + 1, part)
                 for m in re.finditer(r"[A-Za-z0-9]+", plain)
                 for part in self._joined.get(m.group().lower()) or self._joined.get(
                     m.group().lower().removesuffix("s"), [m.group().lower()])]
        # a possessive's "s" where no name has one ("hollin's overnight serum" of the Hollin
        # Botanics Overnight Repair Serum; not "men's" of "Men's M")
        spans = [(a, b, w) for i, (a, b, w) in enumerate(spans)
                 if not (w == "s" and i and text[a - 1] in "'’"
                         and spans[i - 1][2] not in self._before_s)]
        spans = self._as_names_write(spans)
        words = [w for _, _, w in spans]
        fixed = [w if w in self._name_vocabulary else self._respelled(w) for w in words]
        taken = [False] * len(spans)
        found: list[tuple[str, str]] = []

        def take(start: int, end: int, name: str) -> None:
            # the mention goes on over the name's own words after it ("strapworks link
            # band" of the Strapworks Link Steel Band 45mm Silver, found by its start)
            # (not over a word the mention already has: "the dalbit rice sheet mask sheet"
            # asks of its "sheet")
            while end < len(spans) and not taken[end] and words[end] not in STOP_WORDS \
                    and (words[end] in self._all_words[name]
                         or words[end].removesuffix("s") in self._all_words[name]) \
                    and words[end] not in words[start:end]:
                end += 1
            if end < len(spans) and not taken[end] and words[end] not in self._all_words[name] \
                    and (m := re.fullmatch(r"(\d+(?:\.\d+)?)[a-z]+", words[end])) \
                    and m.group(1) not in self._value_numbers[name]:
                return  # a size it is not sold in ("luna indoor cat food 4kg" of the 1.5kg)
            # and over the kind of thing it is ("the forest floor puzzle" of a jigsaw puzzle)
            while end < len(spans) and not taken[end] and self._is_kind(words[end], name):
                end += 1
            taken[start:end] = [True] * (end - start)
            mention = text[spans[start][0]:spans[end - 1][1]]
            if _RULED_OUT_BEFORE.search(text[:spans[start][0]]) or _RULED_OUT.search(mention):
                return  # a name the shopper rules out ("the essence, not the mist")
            if name not in (n for n, _ in found):
                found.append((name, mention))

        for size in range(min(self._longest_name, len(spans)), 0, -1):
            for start in range(len(spans) - size + 1):
                if any(taken[start:start + size]):
                    continue
                end = start + size
                key = " ".join(words[start:end])
                name = self._said_names.get(key)
                if name is None and size >= 2 and sum(
                        a != b for a, b in zip(words[start:end], fixed[start:end], strict=True)) == 1:
                    key = " ".join(fixed[start:end])
                    name = self._said_names.get(key)
                after = words[end] if end < len(words) else ""
                if name is None and any(c.isdigit() for c in after):
                    # a start several models share and the distinctive part of one's number
                    models = [n for w, n in self._models.get(key, {}).items() if after in w]
                    if len(models) == 1 and not taken[end]:
                        name, end, after = models[0], end + 1, ""
                if name is None:
                    continue
                if key in self._next_word and any(c.isdigit() for c in after) \
                        and after not in self._next_word[key]:
                    continue  # another model of the same line
                if key in self._read_starts and after.isalpha() and after not in STOP_WORDS \
                        and after not in self._readings[name] and not self._is_kind(after, name):
                    # the start of a name read in English, before a word of something else:
                    # "olive oil soap" is no Azeite de Trás-os-Montes ("olive oil de ...")
                    continue
                if after in self._holders and after not in self._all_words[name] and any(
                        set(key.split()) <= self._all_words[other]
                        for other in self._holders[after]):
                    # the next word is of another name that holds these too: "the orla rose
                    # scalp serum" is not the Orla Rose Scalp Calm Shampoo but the Orla Rose
                    # Rosemary Scalp Serum (found by its words below)
                    continue
                take(start, end, name)
        for start, end, name in self._by_words(fixed, taken):
            take(start, end, name)
        for at, word in enumerate(words[:-1]):
            # a name's first word that no other name holds, and the kind of thing it is:
            # "the nyhavn puzzle" of the Nyhavn at Dusk jigsaw puzzle, "your kubb set" of the
            # Kubb Viking Chess ("the lumen kettle" of a Lumen Harbor Mug names none)
            # (or any word of one name alone, no English one, beside a size one of its
            # entries is sold in: "the isofuel 230 g canisters", "a 450 g isofuel can" of the
            # Isofuel Canister in 100, 230 and 450 g, "azeitao cheese 250g" of the Queijo
            # Azeitão DOP)
            names = self._holders.get(word, set())
            if len(names) == 1 and not taken[at] and not taken[at + 1] and len(word) >= 4 \
                    and word.isalpha() \
                    and ((word in self._first_words
                          and self._is_kind(words[at + 1], next(iter(names))))
                         or (word not in self._english_words and bool(self._english_words)
                             and self._sized_beside(words, at, next(iter(names))))):
                take(at, at + 1, next(iter(names)))
        for at, pair in enumerate(itertools.pairwise(fixed)):
            # two words running in one name alone that no English text uses: "mgła wiślana"
            # of the Kolorowo Matt Emulsion Mgła Wiślana 2.5 L, a colour of its own name
            names = self._holders.get(pair[0], set())
            if len(names) == 1 and names == self._holders.get(pair[1], set()) \
                    and not taken[at] and not taken[at + 1] and pair in self._name_pairs \
                    and bool(self._english_words) \
                    and all(len(w) >= 4 and w.isalpha() and w not in self._english_words
                            and w not in STOP_WORDS for w in pair):
                take(at, at + 2, next(iter(names)))
        for at, word in enumerate(fixed):
            # the second word of a name of two, a brand and its own word, that no other name
            # holds and no English text uses, alone: "lettlopi" of the Hrafnfoss Léttlopi,
            # its brand left out; or a model code no other name holds ("how many VZ14S
            # batteries" of the Voltika VZ14S Gel Battery). Not a word of a longer name
            # ("trowel" of the Kraal Tools Hand Trowel, "sunbirds" of a Sunbird Nectar Feeder:
            # English words the encoder does not hold whole), nor a first word, a brand that
            # may make what the shop lacks ("the voltaire ecargo 400" beside a Voltaire
            # eCommute 250), nor before another name's word.
            names = self._holders.get(word, set())
            if len(names) > 1 and not taken[at] and english_word(word) != word:
                # (a brand's own word in the shop's language that its other names hold too,
                # said alone, is the name of the brand and that word: "is the hausmischung
                # 1kg in stock" of the Brandl Hausmischung beside its Entkoffeiniert and
                # Espresso; not beside a word of one of those, "hausmischung espresso", nor
                # an English word: "icelandic colourwork mittens" of the Vík Mittens beside
                # its Pattern and Kit)
                plain = [n for n in names if self._all_word_lists.get(n, [])[1:] == [word]]
                beside = {words[i] for i in (at - 1, at + 1) if 0 <= i < len(words)}
                if len(plain) == 1 and not any(beside & self._all_words[n]
                                               for n in names - set(plain)):
                    names = set(plain)
            if len(names) != 1 or taken[at]:
                continue
            name = next(iter(names))
            own = len(words[at]) >= 5 and word.isalpha() and bool(self._english_words) \
                and word not in self._english_words and words[at] not in self._english_words \
                and word not in STOP_WORDS and self._all_word_lists.get(name, [])[1:] == [word]
            unit = re.fullmatch(r"\d+(?:\.\d+)?([a-z]+)", word)  # a size ("18v", "500ml")
            code = len(word) >= 3 and not (unit and unit.group(1) in UNIT_OF) \
                and re.fullmatch(r"[a-z]+\d+[a-z0-9]*|\d+[a-z]+[a-z0-9]*", word) is not None
            after = words[at + 1] if at + 1 < len(words) else ""
            number = re.match(r"\d+(?:\.\d+)?", after)
            if (own or code) and not (after in self._name_vocabulary and after not in STOP_WORDS
                                       and after not in self._all_words[name]
                                       and not self._is_kind(after, name)) \
                    and not (number and after not in self._all_words[name]
                             and number.group() not in self._value_numbers[name]):
                # (a number after it is its own or one of its values, with its unit or not:
                # "the rust léttlopi (9427)", its colour code, "the hausmischung 1kg"; a word
                # after it of another name is no kind of it: "the hausmischung beans")
                take(at, at + 1, name)
        return tuple(found)

    def _sized_beside(self, words: Sequence[str], at: int, name: str) -> bool:
        """Whether a number of the values of `name`'s entries, with or without its unit,
        comes right after `words[at]` (or after the kind of thing it is: "azeitao cheese
        250g") or right before it ("450 g isofuel")."""
        def number(word: str) -> str:
            return m.group(1) if (m := re.fullmatch(r"(\d+(?:\.\d+)?)[a-z]*", word)) else ""

        near = [words[at + i] for i in (1, 2) if at + i < len(words)
                and (i == 1 or self._is_kind(words[at + 1], name))]
        near += [words[at - i] for i in (1, 2) if at - i >= 0
                 and (i == 1 or words[at - 1] in UNIT_OF)]
        return any(number(w) in self._value_numbers[name] for w in near if number(w))

    @functools.cached_property
    def _value_numbers(self) -> dict[str, frozenset[str]]:
        """Each name's numbers that its products' attribute values write ("9427", "3.5"),
        as `ProductNames` reads them per product."""
        return {name: frozenset().union(*(self.names.value_numbers(i) for i in indices))
                for name, indices in self._by_name.items()}

    @functools.cached_property
    def _english_words(self) -> frozenset[str]:
        """Whole words of the text encoder's vocabulary: words of ordinary English text (none
        known without it: then no word is taken for a name alone)."""
        tokenizer = getattr(getattr(self.encoder, "model", None), "tokenizer", None)
        if tokenizer is None:
            return frozenset()
        return frozenset(w for w in tokenizer.get_vocab() if w.isalpha() and w.isascii())

    def _is_kind(self, word: str, name: str) -> bool:
        """Whether `word` says what kind of thing the product called `name` is: a word of
        its category ("puzzle" of "jigsaw puzzles") or one said of any product ("set")."""
        return stem(word) in ANY_KIND or word.removesuffix("s") in self._kind_words.get(name, ())

    @functools.cached_property
    def _kind_words(self) -> dict[str, frozenset[str]]:
        kinds: dict[str, set[str]] = {}
        for product in self.products:
            words = re.findall(r"[a-z]+", str(product.get("category") or "").lower())
            kinds.setdefault(product["name"], set()).update(w.removesuffix("s") for w in words)
        return {name: frozenset(words) for name, words in kinds.items()}

    def sibling(self, name: str, text: str) -> tuple[str, str] | None:
        """The product of `name`'s line that `text` picks, and the words that pick it:
        "and the 3 litre?" after the Coolabah Pantry Canister 1.2L -> (its 3L, "3 litre");
        "the black one in a large" after the Squall Jacket Men's M Ocean Blue -> (the Men's L
        Black, "black one in a large"); "the bigger bottle" after the Argan Hair Oil 50ml ->
        (its 100ml, "bigger"). The line: names holding at least half of `name`'s words. The
        telling words: the text's words (sizes in words as names write them, "large" as
        "l", "3 litre" as "3l", "20" as "20cm") that some of the line hold and others lack;
        of the names holding them all, the one that keeps most of `name`'s words, when only
        one does. With none, "bigger" or "smaller": the next size of the names that are
        `name` but for its size. None when the text tells no other product."""
        words = self._sized_name_words
        line = self._line(name)
        if len(line) < 2:
            return None
        telling, said = self._telling(line, text)
        if not telling:
            return self._next_size(name, line, text)
        # (of those keeping as many, the one that says least besides: "and a 6 metre one?"
        # after the Cable 3m (10ft) is the Cable 6m (20ft), not its Right-Angle)
        picked = sorted((n for n in line if set(telling) <= words[n]),
                        key=lambda n: (-line[n], len(words[n])))
        if not picked or picked[0] == name or (
                len(picked) > 1 and (line[picked[0]], len(words[picked[0]]))
                == (line[picked[1]], len(words[picked[1]]))):
            return None
        return picked[0], self._picking_words(picked[0], telling, said, text)

    def pick(self, name: str, text: str) -> tuple[str, str] | None:
        """Of the line of `name`, the product a text found first (the names holding at least
        half of its words), the one the text's telling words pick, with those words: "the
        12-53 acoustic strings" where the 10-47 were found first; "the 1mm
        grip picks, the nylon ones" of Fernline Grip Nylon Picks 0.60mm, 0.73mm, 0.88mm and
        1.00mm; "a box of alto sax reeds, strength 3" of three Alto Saxophone Reeds and a
        Clarinet Reeds Strength 3; "a 20ft instrument cable" of a Cable 6m (20ft) and a Cable
        6m (20ft) Right-Angle (of names holding every telling word, the one that says least
        besides). The text must also say a word they all share ("picks", "reeds"): "and the
        half size?" names no line of its own. None when no word tells them apart, or the
        telling words pick none or several, or a word the catalog never uses comes right
        before them ("an hdmi cable 6ft" of the Lightning Cable 6ft)."""
        words = self._sized_name_words
        line = self._line(name)
        if len(line) < 2:
            return None
        shared = frozenset.intersection(*(words[n] for n in line))
        telling, said = self._telling(line, text)
        if not telling or not {w.removesuffix("s") for w in shared} & {
                w.removesuffix("s") for _, _, w in said}:
            return None
        holding = [n for n in line if set(telling) <= words[n]]
        if not holding:
            return None
        least = min(len(words[n]) for n in holding)
        holding = [n for n in holding if len(words[n]) == least]
        if len(holding) != 1:
            return None
        # the words that pick it: the longest run of its name's words and telling words
        # holding a telling one (the last of equals: "my s24, how much is the armorleaf
        # ridge" -> "armorleaf ridge")
        mine, places = words[holding[0]], set(telling.values())
        runs: list[list[int]] = []
        for at, (_, _, word) in enumerate(said):
            if word in mine or word.removesuffix("s") in mine or at in places:
                if runs and runs[-1][-1] == at - 1:
                    runs[-1].append(at)
                else:
                    runs.append([at])
        run = max(reversed([r for r in runs if places & set(r)]), key=len)
        if self._foreign_before(said, run[0]):
            return None  # "an hdmi cable 6ft" is no Lightning Cable 6ft
        return holding[0], text[said[run[0]][0]:said[run[-1]][1]]

    def in_family(self, name: str, text: str) -> tuple[str, str] | None:
        """`name`, with the words of `text` that say it, when the catalog lists it in several
        colours (`colour_families`: "Modern Cheongsam Dress - Red" and "- Black") and the text
        says a colour and a word of it that no other name holds ("the red cheongsam", "wrap
        dress mustard"); which colour is the text's to state. None otherwise, or when a word
        the catalog never uses comes right before ("a cheongsam-style top")."""
        if len(self._by_name.get(name, ())) < 2 or not any(
                "listed_name" in self.products[i] for i in self._by_name[name]):
            return None
        mine = self._all_words.get(name, frozenset())
        said = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[a-z0-9]+", text.lower())]
        own = [at for at, (_, _, w) in enumerate(said)
               if w in mine and self._holders.get(w) == {name}]
        values = {colour_of(self.products[i]) or "" for i in self._by_name[name]}
        if not own or not (parse_filters(text, self.vocabulary).colours
                           or any(re.search(rf"\b{re.escape(v)}\b", text.lower())
                                  for v in values if v)):
            # (a colour said: "how to wash my jeans" asks the care policy of no one pair,
            # though one pair is "light wash")
            return None
        first = last = own[0]
        while first and said[first - 1][2] in mine:
            first -= 1
        while last + 1 < len(said) and said[last + 1][2] in mine:
            last += 1
        colours = {w for value in values for w in re.findall(r"[a-z]+", value)}
        if self._foreign_before(said, first, colours):
            return None
        return name, text[said[first][0]:said[last][1]]

    def _foreign_before(self, said: Sequence[tuple[int, int, str]], at: int,
                        allowed: frozenset[str] | set[str] = frozenset()) -> bool:
        """Whether the word before `said[at]` is one no text of the catalog uses (nor a small
        word, nor one of `allowed`): "an hdmi cable 6ft" names no Lightning Cable 6ft."""
        before = said[at - 1][2] if at else ""
        return before.isalpha() and len(before) >= 3 and before not in STOP_WORDS \
            and before not in allowed and not self.names.uses(self._respelled(before))

    def _size_not_sold(self, text: str, index: int) -> bool:
        """Whether `text` asks for the product at `index`, or its line (the names holding at
        least half of its name's words), in a size none of them comes in: "a 20 inch bass
        drum head" of a Bass Drum Head 22", "a 17 inch laptop sleeve" of 13-, 15- and
        16-inch ones. Only sizes in a unit the product's own name gives one in count."""
        words, name = self._sized_name_words, self.products[index]["name"]
        units = {size[0] for size in map(parse_size, words.get(name, ())) if size is not None}
        if not units:
            return False
        said = [size for _, _, w in written_as(sized_words(text), self._sized_vocabulary,
                                                self._sized_pairs)
                for size in [parse_size(w)] if size is not None and size[0] in units]
        if not said:
            return False
        sold = {size for n in self._line(name)
                for size in map(parse_size, words[n] | self._sized_value_words.get(n, frozenset()))
                if size is not None}
        return not any(size in sold for size in said)

    @functools.cached_property
    def _sized_value_words(self) -> dict[str, frozenset[str]]:
        """Each name's sizes that its products' attribute values give, with the unit the
        value or its field's name writes ("needle_mm": "3" is 3mm; "length": "20 cm")."""
        sizes: dict[str, set[str]] = {}
        for product in self.products:
            for key, value in (product.get("attributes") or {}).items():
                unit = key_unit(key)[1]
                for item in value if isinstance(value, list) else [value]:
                    item = str(item).strip()
                    if unit and re.fullmatch(r"\d+(?:\.\d+)?", item):
                        item = f"{item} {unit}"
                    sizes.setdefault(product["name"], set()).update(
                        w for _, _, w in sized_words(item) if parse_size(w) is not None)
        return {name: frozenset(words) for name, words in sizes.items()}

    def _telling(self, line: Mapping[str, int], text: str
                 ) -> tuple[dict[str, int], list[tuple[int, int, str]]]:
        """The words of `text` (sizes as the names write them, "large" as "l", "3 litre" as
        "3l", "20" as "20cm", "1mm" as "1.00mm") that some names of `line` hold and others
        lack, each with where the text says it; and the text's words so read."""
        words = self._sized_name_words
        held = set().union(*(words[n] for n in line))
        shared = frozenset.intersection(*(words[n] for n in line))
        sizes = {}
        for w in held:
            size = parse_size(w)
            if size is not None:
                sizes.setdefault(size, []).append(w)
        telling: dict[str, int] = {}  # telling word -> where the text says it
        before = ""
        # (a bare number is read below: "for 2 people")
        said = written_as(sized_words(text), self._sized_vocabulary, self._sized_pairs)
        for at, (_, _, word) in enumerate(said):
            for form in (word, SIZE_WORD_LETTERS.get(word, ""), word.removesuffix("s")):
                if form in held:
                    break
            else:  # "the 20?" of the 20cm one (not "for 2 people")
                form = next((w for w in held if w.startswith(word) and parse_size(w) is not None
                             and w[len(word):].isalpha()), "") \
                    if word.isdigit() and before in ("the", "in", "a", "an") else ""
                size = parse_size(word)
                if not form and size is not None and len(sizes.get(size, ())) == 1:
                    form = sizes[size][0]  # "1mm" of "1.00mm"
            before = word
            if form and form not in shared and form not in STOP_WORDS:
                # (not a small word: "and the danish edition?" had told The Little Mermaid
                # Harbour from Harbour Lights by its "the")
                telling.setdefault(form, at)
        return telling, said

    def _picking_words(self, name: str, telling: Mapping[str, int],
                       said: list[tuple[int, int, str]], text: str) -> str:
        """The words of the text that pick `name`, with the words of its name beside them
        ("in shade 03")."""
        own = self._sized_name_words[name]
        first, last = min(telling.values()), max(telling.values())
        while first > 0 and said[first - 1][2] in own:
            first -= 1
        while last + 1 < len(said) and said[last + 1][2] in own:
            last += 1
        return text[said[first][0]:said[last][1]]

    def _next_size(self, name: str, line: dict[str, int], text: str) -> tuple[str, str] | None:
        """"the bigger bottle" of `name`: the next size up (or down) of the names that are
        `name` but for their size."""
        said = re.search(rf"\b({'|'.join(BIGGER + SMALLER)})\b", text, re.I)
        words = self._sized_name_words
        sizes = {n: size_of(words[n]) for n in line}
        if said is None or sizes[name] is None:
            return None
        word, (unit, value) = sizes[name]
        same = {}  # the names that are `name` but for a size in the same unit -> that size
        for other, size in sizes.items():
            if size is not None and size[1][0] == unit \
                    and words[other] - {size[0]} == words[name] - {word}:
                same[other] = size[1][1]
        up = said.group(1).lower() in BIGGER
        sides = [n for n, v in same.items() if (v > value if up else v < value)]
        if not sides:
            return None
        chosen = (min if up != said.group(1).lower().endswith("est") else max)(
            sides, key=lambda n: same[n])
        return chosen, said.group(1)

    @functools.cached_property
    def _before_s(self) -> frozenset[str]:
        """Name words that a name follows with "s" ("men" of "Men's")."""
        return frozenset(a for words in self._all_word_lists.values()
                         for a, b in itertools.pairwise(words) if b == "s")

    @functools.cached_property
    def _sized_name_words(self) -> dict[str, frozenset[str]]:
        """Each name's words as `sized_words` reads them: sizes whole ("0.5l"), "'s" left
        out (the "s" of "Women's S" is its size alone)."""
        return {name: frozenset(w for _, _, w in sized_words(name)) for name in self._all_words}

    def _line(self, name: str) -> dict[str, int]:
        """The names holding at least half of `name`'s words (`_sized_name_words`; `name` among
        them), each with how many of them it holds; found through the names holding each word,
        not a scan of the catalog, and kept per name (a turn asks for the same line several
        times)."""
        line = self._lines.get(name)
        if line is None:
            own = self._sized_name_words.get(name, frozenset())
            counts: dict[str, int] = {}
            for word in own:
                for other in self._sized_holders.get(word, ()):
                    counts[other] = counts.get(other, 0) + 1
            line = {n: c for n, c in counts.items() if 2 * c >= len(own)}
            with self._lock:
                if len(self._lines) >= 1024:
                    self._lines.pop(next(iter(self._lines)))
                self._lines[name] = line
        return line

    @functools.cached_property
    def _sized_holders(self) -> dict[str, list[str]]:
        """Each word of `_sized_name_words` -> the names holding it."""
        holders: dict[str, list[str]] = {}
        for name, words in self._sized_name_words.items():
            for word in words:
                holders.setdefault(word, []).append(name)
        return holders

    @functools.cached_property
    def _sized_vocabulary(self) -> frozenset[str]:
        return frozenset().union(*self._sized_name_words.values())

    @functools.cached_property
    def _sized_pairs(self) -> frozenset[tuple[str, str]]:
        return frozenset(pair for name in self._all_words for pair in itertools.pairwise(
            w for _, _, w in sized_words(name)))

    def _as_names_write(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Sizes with their unit as the catalog's names write them (`written_as`): "3 litre"
        -> "3l" ("Canister 3L"), "15 inch" -> "15", "inch" ("Sleeve 15-inch"). (Sizes as
        words, "medium" for "M", are read in `_by_words`.)"""
        return written_as(spans, self._name_vocabulary, self._name_pairs,
                           self._name_sizes)

    @functools.cached_property
    def _name_sizes(self) -> dict[str, set[str]]:
        return sizes_by_number(self._name_vocabulary)

    @functools.cached_property
    def _name_pairs(self) -> frozenset[tuple[str, str]]:
        return frozenset(pair for words in self._all_word_lists.values()
                         for pair in itertools.pairwise(words))

    def _by_words(self, words: list[str], taken: list[bool]):
        """(start, end, name) for each run of words that begins with a name's first word (or,
        after a small word, another word of a name that is no number, when a word of the run
        is held by at most `_FEW` names) and whose words, three or more with small words left
        out (two where one is a model code of letters and digits), only one name holds, in any
        order and with words of the name left out ("chewright dental sticks large" of the
        ChewRight Dental Sticks Large 28 pack). The longest such run from each start; a model
        number right after it that the name lacks names another product. A run ends at a
        third small word in a row: "my s24, how much is the armorleaf ridge" is no name (a
        comma may fall inside a name: "the squall rain jacket, men's medium")."""
        def holders(word: str) -> set[str]:  # "beds" is held where "bed" is
            return self._holders.get(word, set()) | self._holders.get(word.removesuffix("s"), set()) \
                | self._holders.get(word.removesuffix("es"), set()) | self._sized.get(word, set()) \
                | self._holders.get(SIZE_WORD_LETTERS.get(word, ""), set())  # "medium": "M" too

        def small_before(at: int) -> int | None:
            # where the small word before `at` is, a colour or a size between them skipped
            # ("the indigo canvas tote" of the Mallige Canvas Tote sold in indigo, "the big
            # fjord fox" of a Fjord the Fox sold small and large, "the 18V drill driver DX")
            before = at - 1
            if before >= 1 and (words[before] in COLOUR_WORDS or words[before] in SIZE_ADJECTIVES
                                or words[before] in self.vocabulary.colours
                                or re.fullmatch(r"\d+(?:\.\d+)?[a-z]+", words[before])):
                before -= 1
            return before if before >= 0 and words[before] in STOP_WORDS else None

        def opens(at: int) -> bool:
            # a name's first word, or, after a small word, any word of a name but a number:
            # shoppers leave a brand of several words out ("the skyline ul2 tent" of the
            # Aurora Fieldworks Skyline UL2 ...; not "duck adult cat food" of a salmon one)
            word = words[at]
            return word in self._first_words or (
                (at == 0 or small_before(at) is not None) and word not in STOP_WORDS
                and not word.isdigit() and bool(holders(word)))

        start = 0
        while start < len(words):
            if taken[start] or not opens(start):
                start += 1
                continue
            stop = start
            while stop < len(words) and not taken[stop] \
                    and not (stop - start >= 2 and all(w in STOP_WORDS
                                                       for w in words[stop - 2:stop + 1])) \
                    and not (words[stop] in _VERBS and words[stop] not in self._name_vocabulary) \
                    and (
                    words[stop] in STOP_WORDS or words[stop] in self._name_vocabulary
                    or words[stop].removesuffix("s") in self._name_vocabulary
                    or words[stop] in self._sized
                    or SIZE_WORD_LETTERS.get(words[stop]) in self._name_vocabulary):
                stop += 1
            for end in range(stop, start + 1, -1):
                needed = [w for w in words[start:end] if w not in STOP_WORDS]
                # two words are enough when one is a model code or a size ("the skyline
                # ul3", "the ganpro 20w"), or, after "the", a word of at most two names ("the
                # podcaster usb mic", "the dm 58"; not "what's in it apart from sea buckthorn")
                small = small_before(start) if start else None
                least = 2 if any(re.fullmatch(r"[a-z]+\d+[a-z]*|\d+[a-z]+", w) or (
                    small is not None and words[small] in _DETERMINERS
                    and len(holders(w)) <= 2)
                    for w in needed) else 3
                if len(needed) < least or words[end - 1] in STOP_WORDS:
                    continue
                names = set.intersection(*(holders(w) for w in needed))
                if len(names) > 1 and end == stop:
                    # a line's size said a few words on ("kelda barrier cream small one
                    # (50ml)" of the 50ml of two sizes)
                    sized = next((at for at in range(end, min(end + _SIZE_AFTER, len(words)))
                                  if any(c.isdigit() for c in words[at])
                                  and len(names & holders(words[at])) == 1), None)
                    if sized is not None:
                        names &= holders(words[sized])
                        needed = [*needed, words[sized]]
                        end = sized + 1
                after = words[end] if end < len(words) else ""
                name = next(iter(names)) if len(names) == 1 else ""
                if name and words[start] not in self._first_words and not any(
                        len(holders(w)) <= _FEW for w in needed) and not (
                        len(needed) >= 3 and any(c.isdigit() for w in needed for c in w)):
                    # words of many names alone ("my cast iron pan") name none; with a size
                    # or model number among three or more they do ("harbor felt sleeve 15
                    # inch", "clearline case for iphone 15 pro")
                    name = ""
                if name and not (any(c.isdigit() for c in after)
                                 and after not in self._all_words[name]):
                    yield start, end, name
                    start = end
                    break
            else:
                start += 1

    @functools.cached_property
    def _name_vocabulary(self) -> frozenset[str]:
        return frozenset(w for key in self._said_names for w in key.split())

    @functools.cached_property
    def _spelled_by_start(self) -> dict[str, list[str]]:
        starts: dict[str, list[str]] = {}
        for w in self._spelled:
            starts.setdefault(w[:5], []).append(w)
        return starts

    @functools.cached_property
    def _abbreviated(self) -> dict[str, str]:
        """Three letters a shopper shortens a long name word to ("uke" of "Ukulele", "sax" of
        "Saxophone", "mic" of "Microphone"): its first two letters and one more of it, in
        order, where only that name word reads so and the three letters are no name word."""
        found: dict[str, set[str]] = {}  # (a name's last word is also said in the plural)
        for w in self._spelled:
            if len(w) >= 6:
                for third in set(w[2:]):
                    found.setdefault(w[:2] + third, set()).add(stem(w))
        return {short: next(iter(words)) for short, words in found.items()
                if len(words) == 1 and short not in self._name_vocabulary}

    def _respelled(self, word: str) -> str:
        """The one long name word `word` is a letter away from (a misspelling), or else the
        one it shares its start with, all but at most three letters of the shorter and at
        least five ("volumising" of "Volume", "smoothing" of "Smooth"), or the one it
        abbreviates ("uke"), or `word`."""
        if len(word) == 3 and word.isalpha() and word not in STOP_WORDS:
            return self._abbreviated.get(word, word)
        if len(word) < 5 or not word.isalpha():
            return word
        close = process.extract(word, self._spelled, scorer=Levenshtein.distance,
                                score_cutoff=1, limit=2)
        if close:
            return close[0][0] if len(close) == 1 else word
        forms = [w for w in self._spelled_by_start.get(word[:5], ()) if formed(w, word)]
        return forms[0] if len(forms) == 1 else word

    def _allowed(self, filters: Filters) -> np.ndarray:
        """Products meeting the stated constraints: numbers in numpy, words per survivor."""
        allowed = np.ones(len(self.products), bool)
        if filters.max_price is not None:
            allowed &= self._prices <= filters.max_price
        if filters.min_price is not None:
            allowed &= self._prices >= filters.min_price
        if filters.in_stock:
            allowed &= self._stock > 0
        if filters.categories:
            allowed &= np.isin(self._categories, list(filters.categories))
        if filters.colours or filters.attributes:
            allowed &= self.words.allowed(filters)
        return allowed

    def _relative(self, hits: list[tuple[int, float]]) -> list[tuple[int, float]]:
        if not hits:
            return hits
        best = hits[0][1]
        return [h for h in hits if h[1] >= self.thresholds.relative * best]

    # ------------------------------------------------------------------ FAQ

    def _faq_hits(self, text: str) -> list[tuple[int, float]]:
        if not self.faqs:
            return []
        scores = self._faq_scores(text, text)
        kindless = as_item(text, self.vocabulary)
        if kindless != text and not self.names_in(text):
            # policies speak of items: "is my mug covered?" means as much as "is my item
            # covered?", and the keywords are the rest ("item" is in half of all policies);
            # in a product's name ("the Koa Bottle") the kind is the product's
            scores = np.maximum(scores, self._faq_scores(
                kindless, as_item(text, self.vocabulary, item="")))
        said = _sides(text)
        if said:
            # an entry about the other side is not the one asked ("how much is shipping
            # within denmark?" had found "Do you ship outside Denmark?" first, by "ship")
            scores = scores - _OTHER_SIDE * np.array(
                [bool(own) and not (own & said) for own in self._faq_sides], np.float32)
        order = np.argsort(-scores)[:3]
        hits = [(int(i), float(scores[i])) for i in order if scores[i] >= self.thresholds.faq]
        if not hits and scores[order[0]] >= self.thresholds.faq_leading and (
                len(order) < 2 or scores[order[0]] - scores[order[1]] >= self.thresholds.faq_lead):
            hits = [(int(order[0]), float(scores[order[0]]))]
        return [h for h in hits if h[1] >= hits[0][1] - 0.08][:2] if hits else []

    @functools.cached_property
    def _faq_sides(self) -> list[frozenset[int]]:
        return [_sides(str(f.get("question") or "")) for f in self.faqs]

    def _faq_scores(self, text: str, keywords: str) -> np.ndarray:
        cosine = self.faq_vectors @ self.embed_query(text)
        return fuse(cosine, self.faq_bm25.scores(keywords), self.faq_bm25.max_score(keywords))

    # ------------------------------------------------------------------ output

    def _card(self, index: int, score: float) -> dict:
        p = self.products[index]
        listed = {"listed_name": p["listed_name"]} if "listed_name" in p else {}
        return {"sku": p["sku"], "name": p["name"], **listed, "price": p["price"],
                "currency": p.get("currency") or self.info["currency"], "stock": p.get("stock"),
                "image_url": p["images"][0] if p.get("images") else None,
                "score": round(float(score), 3), "description": p.get("description", ""),
                "category": p.get("category", ""), "attributes": p.get("attributes") or {}}


# Words that put a policy on one side of a line shops draw (at home or abroad), and how much
# less an FAQ entry on the other side scores
_SIDE_WORDS = (frozenset("within inside domestic domestically national nationwide locally local"
                         .split()),
               frozenset("outside abroad international internationally overseas foreign"
                         .split()))
_OTHER_SIDE = 0.3


def _sides(text: str) -> frozenset[int]:
    """The sides (`_SIDE_WORDS`) that `text` speaks of."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return frozenset(i for i, side in enumerate(_SIDE_WORDS) if words & side)


def colour_families(products: Sequence[Mapping[str, Any]]) -> dict[int, str]:
    """Products whose names are one name followed by their own colour ("Monsoon Rain Jacket -
    Yellow", "Linen Camp Shirt (Sage)", "Canvas Tote Natural"), two colours at least to that
    name and no other name a word apart from it that also ends in a colour (a size of a line
    sold in sizes and colours): their index -> the name they share."""
    bases: dict[str, list[tuple[int, str, str]]] = {}
    for index, product in enumerate(products):
        colour = str((product.get("attributes") or {}).get("color") or "").strip()
        name = str(product.get("name") or "")
        if not colour:
            continue
        m = re.fullmatch(rf"(.+?)[\s,/|:\-–—]*\(?\s*{re.escape(colour)}\s*\)?", name, re.IGNORECASE)
        if m and m.group(1).strip() and not name.lower().startswith(colour.lower()):
            base = m.group(1).strip()
            bases.setdefault(base.lower(), []).append((index, base, colour.lower()))
    words = {base: base.split() for base in bases}

    def in_a_matrix(base: str) -> bool:
        # the colours of one size of a line sold in sizes and colours ("Storm Parka Women's L
        # Moss" and "L Slate" beside an "S Moss"): each its own name, as the line's others
        return any(other != base and len(words[other]) == len(words[base]) and sum(
            a != b for a, b in zip(words[other], words[base], strict=True)) == 1
            for other in bases)

    return {index: members[0][1] for base, members in bases.items()
            if len({colour for _, _, colour in members}) >= 2 and not in_a_matrix(base)
            for index, _, _ in members}


def _plural(word: str) -> str:
    return word + "es" if word.endswith(("s", "x", "ch", "sh")) else word + "s"


def faq_document_dict(faq: dict[str, Any]) -> str:
    return f"{faq['question']} {faq['answer']}"


__all__ = ["Facts", "Knowledge", "OrderCheck", "Thresholds", "faq_document"]
