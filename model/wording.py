"""A shopper's question in the bundled model's own words, when a sentence encoder is sure.

The bundled model (8M parameters) learned its questions from a few hundred wordings. Asked
"could you quote me the X?" or "what do I pay for postage?" it may say it cannot find X, or
does not know, with the answer in its facts: the wording, not the fact, is new to it.
Retrieval's sentence encoder (MiniLM) has read far more English than that. So, for the
bundled model only, the pipeline hands the model the shopper's question in a wording it was
trained on, when the encoder leaves no doubt what is asked:

- the message names exactly one product of the catalog (in full, in the plural, or without
  its last word where that is unambiguous), one the facts hold, and with that name masked its
  (in a message of several sentences, the one question naming it when the others ask
  nothing: `asking_sentence`) nearest training wordings are price (or stock, or describing)
  questions, ahead of every other intent (a colour, an attribute, a detail, an FAQ topic, an
  order) by `margin`; and it states no colour, attribute or price bound that the new wording
  would drop
  -> "how much is the X?" / "is the X in stock?" / "tell me about the X" (`Rewording.product`:
  the pipeline then gives the model the facts of X alone, so it cannot copy a look-alike's);
  before that, when its nearest question about one of X's own fields ("what is the weight of
  the item?", over the fields the facts list for X) is nearer than every other intent by
  `margin` -> "what is the weight of the X?" ("how heavy is the X?", "what are the X made
  of?"; a field whose value differs among X's entries, such as the colour of a product sold
  in several colours, is not reworded); the same when the message names a line of products
  in words all their names share and they all give the field one value ("what are the
  gulpless slow feeder bowls made of?") -> asked of the first;
- the message names no product, and retrieval put FAQ entries in the facts: when the message
  is nearer to an FAQ topic (the facts' FAQ questions, the training wordings of FAQ topics)
  than to anything else training asks (follow-ups about a product, orders, greetings, thanks,
  asking for a person, off-topic), at `min_similarity` (or at `faq_similarity` and ahead by
  `faq_margin` when retrieval scored the entry `faq_retrieved` or more: long questions are
  far from every wording) -> the question of the facts' FAQ entry nearest to it (the
  pipeline then gives the model that entry alone);
- the message names no product and its nearest wordings are "how much is it?"-like (or
  "is it in stock?"-like) by `margin` -> that (a follow-up: the pipeline then gives the
  model the products shown last, as it does for "it"), when the conversation has shown a
  product (else a follow-up is nothing to read: "Do you take amex, and is there a fee for
  using it?" is then asked as the payment policy it is nearest after follow-ups); a
  question about a field of the product the last reply named -> "what is the F of the X?";
  one about one colour of it ("is the black one in stock?", "and the orange one?") -> "is
  the X in stock?" / "how much is the X?" (the pipeline gives the model that colour's entry)
  or "do you have the X in C?"; a question about an order that gives no number ("can you
  track my order?") -> "where is my order?", with no policy or product beside it;
- "and the large ones?", "what about the Y?" after a reply that gave a product's price,
  stock or one field (`Wording.asked_before`) -> that question again of Y, or of the one
  product of the last one's line whose name holds the message's new words
  (`Pipeline.ask_again`).

Everything else reaches the model as the shopper wrote it, except that a product named in
part is written by its catalog name (`with_full_name`). Memory, the transcript, the console
and the agent keep the shopper's words; only the model's prompt changes. A real checkpoint
(`--model`, `--remote-url`) always gets the shopper's words. Nothing here is learned from
evaluation phrasings: the exemplars are the training wordings (`model.dialogues`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from model.dialogues import reply_opening, wordings
from model.prompt import field_name, field_value
from retrieval.sizes import SIZE_WITH_UNIT, UNIT_OF

Embed = Callable[[Sequence[str]], np.ndarray]  # texts -> (N, D) L2-normalised rows

# How a training wording's placeholders are filled before it is embedded; a product in a
# shopper's message is masked the same way ("the item"), so only the wording is compared.
# The message comes masked (app/privacy): an e-mail address reads "[email]".
_MASKED_EMAIL = "[email]"
_FILL = {"p": "item", "c": "red", "k": "material", "o": "A10023", "e": "name@example.com",
         "cat": "shoes"}
_PRODUCT = ("price", "stock", "attr", "variant", "describe", "list")
_FOLLOW_UP = ("price_it", "stock_it", "attr_it", "variant_it")
_REST = ("order_status", "order_with_email", "order_eta", "order_carrier", "order_noid",
         "greeting", "thanks", "human", "offtopic")
CANONICAL = {"price": "how much is the {p}?", "stock": "is the {p} in stock?",
             "describe": "tell me about the {p}",
             "price_it": "how much is it?", "stock_it": "is it in stock?"}
FAQ = "faq"
PRODUCTS = "products"  # a question about the products found, asked as written, no policy beside
# ... when, their words read as "item", a product wording is this near and this much nearer
# than the policy ("do u have item": stock 0.77, the trade-in entry 0.45; "can someone put my
# item together, and what does that cost?": price 0.52, the assembly entry 0.45)
_PRODUCT_SURE = 0.6
_PRODUCT_OVER_POLICY = 0.15
ORDER = "order"  # a question about the order in play: asked as written, its facts narrowed
_ORDER_INTENTS = ("order_status", "order_with_email", "order_eta", "order_carrier")
# What a message may ask when no order number is in play: the order questions of training
# all give one ("when will order A10023 arrive?"), and their wordings' words alone ("order",
# "ready", "email") had outscored a shop's policy ("if I order online can I grab it at your
# shop? how soon would it be ready" -> 0.63 to "when will order A10023 arrive?")
_NO_ORDER = tuple(i for i in _REST if i not in _ORDER_INTENTS)
_NAMELESS = {"stock": "stock_it", "price": "price_it"}  # product questions naming none
_ANSWERED_WITH_PRICE = ("price", "describe")  # "The X costs P. ..." answers both
IN_COLOUR = "do you have the {p} in {c}?"  # the "variant" question, asked with a colour
ORDER_NOID = "where is my order?"  # an order asked about without its number
FIELD = "what is the {k} of the {p}?"  # the "attr" question, asked of one of its fields
_FIELD_ASKED = "what is the {k} of the item?"  # a field's question, as messages are compared
_NOT_FIELD_WORDS = frozenset(("item", "what", "does", "have", "with", "this", "that", "much",
                              "your", "from", "they", "them", "will", "would", "could",
                              "there", "about", "which", "when", "where", "also"))
_SAID_FIELD = 0.05  # a field named in the message's words: this much nearer (`_about_field`)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_MADE_OF = re.compile(r"\bmade (?:of|from|out of|with)\b", re.I)
_MADE_IN = re.compile(r"\s*(?:made in|country of (?:origin|manufacture)|origin)\s*", re.I)
# Questions that ask a measure by its kind, not by a field's name, and the values that give
# it: "how long does a game take?" of playing time "45-60 min", "how long is the rope?" of
# length "2.5 m", "how much weight can it take?" of max load "100 kg", "is it ok for a 9
# year old?" of age "10+", "how big is the blanket?" of size_cm "130 x 180", "what's it made
# of?" of fibre "80% merino, 20% nylon" (`_measured_field`)
_LENGTH = r"\d\s*(?:mm|cm|m|metres?|meters?|ft|feet|foot|inch(?:es)?|in|\")(?:\W|$)"
_MEASURES = (  # (what asks it, a value that gives it, a field name that gives it)
    (re.compile(r"\bhow long\b.*\b(?:take|takes|last|lasts|play|game|games|round)\b|"
                r"\bhow (?:many|much) (?:minutes|hours|time)\b", re.I),
     re.compile(r"\d\s*(?:min|mins|minutes?|hours?|hrs?|h)\b", re.I),
     re.compile(r"\b(?:time|hours?|minutes?|life|duration|runtime)\b", re.I)),
    (re.compile(r"\bhow long (?:is|are)\b|\bhow (?:tall|high|wide|deep|big|large)\b", re.I),
     re.compile(_LENGTH, re.I), None),
    (re.compile(r"\bhow heavy\b|\bweigh|\bweight\b", re.I),
     re.compile(r"\d\s*(?:g|kg|kilos?|grams?|lbs?|pounds?|oz)\b", re.I),
     re.compile(r"\bweight\b", re.I)),  # ("what weight is the yarn?" of weight "lace")
    (re.compile(r"\b\d+\s*-?\s*(?:years?|yrs?|yo)\b|\bhow old\b|\byear[- ]olds?\b", re.I),
     re.compile(r"^\s*\d+\s*\+|\byears?\b|\bmonths?\b", re.I), re.compile(r"\bage\b", re.I)),
    (re.compile(r"\bmade (?:of|from|out of)\b|\b(?:mixed|blended) (?:in|with)\b|"
                r"\bwhat (?:material|fabric|fib(?:re|er))\b", re.I),
     re.compile(r"\d\s*%", re.I),
     re.compile(r"\b(?:materials?|fib(?:re|er)s?|fabrics?|composition|content)\b", re.I)),
    # ("how many square metres will one tin cover?" of coverage "up to 30 m² per tin")
    (re.compile(r"\b(?:square|sq\.?) ?(?:metres?|meters?|m|feet|foot|ft)\b|\bcover(?:s|age)?\b",
                re.I),
     re.compile(r"\d\s*(?:m²|m2\b|sq\.? ?m\b|square|ft²|sq\.? ?ft\b)", re.I),
     re.compile(r"\b(?:cover(?:age)?|area)\b", re.I)),
    # ("abv on the malvasia madeira?" of its alcohol "19%")
    (re.compile(r"\babv\b|\bhow strong\b|\balcohol (?:content|level|percentage)\b", re.I),
     re.compile(r"\d\s*%\s*(?:vol|abv|alc)", re.I), re.compile(r"\b(?:alcohol|abv|alc)\b", re.I)),
    (re.compile(r"\bhow many (?:people |persons |kids |children |of us |players )?(?:can )?play|"
                r"\bhow many (?:players|people)\b|\bnumber of players\b", re.I),
     re.compile(r"\bplayers?\b", re.I), re.compile(r"\bplayers?\b", re.I)),
)
# "how many metres are in one ball?": a measure asked in its unit
_HOW_MANY_UNITS = re.compile(r"\bhow many ([a-z]+)\b", re.I)
# ... unless it asks about delivery or a policy ("how long does shipping take?")
_POLICY_WORDS = re.compile(r"\b(?:deliver\w*|ship\w*|post(?:age)?|arriv\w*|dispatch\w*|"
                           r"return\w*|refund\w*|warrant\w*|guarantee\w*|order\w*)\b", re.I)
TRAINED = 0.98  # this near a training wording, the message is one: it is sent as written
# Any question naming a colour is near the colour wordings ("do you have the X in red in
# stock?": 0.87 to them, 0.76 to stock ones); only this far ahead is it asked as one.
_COLOUR_MARGIN = 0.15


def with_full_name(message: str, mention: str, name: str) -> str:
    """`message` with `mention` (a product named in part, in the plural, misspelled) written
    as the catalog's `name`, taking in the words right after it that are words of the name
    ("the cosynook radiator hammock" -> "the CosyNook Radiator Cat Hammock")."""
    start = message.lower().find(mention.lower())
    if start < 0:
        return message
    end = start + len(mention)
    words = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", name)}
    while m := re.match(r"\s+([A-Za-z0-9]+)\b", message[end:]):
        word = m.group(1).lower()
        if not {word, word.removesuffix("s"), word.removesuffix("es")} & words:
            break
        end += m.end()
    return message[:start] + name + message[end:]


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?;])\s+", text) if len(part) > 12]


@functools.lru_cache(maxsize=4)  # one encoder serves every pipeline of a process
def _exemplars(embed: Embed) -> tuple[np.ndarray, np.ndarray]:
    """(intent per exemplar, their vectors): the training wordings, filled and embedded."""
    asks, faq = wordings(heldout=False)  # what training asks the model
    faq_wordings = [wording for topic in faq.values() for wording in topic]
    intents, texts = [], []
    for intent in (*_PRODUCT, *_FOLLOW_UP, *_REST):
        for wording in asks[intent]:
            intents.append(intent)
            texts.append(wording.format(**_FILL))
    intents.extend([FAQ] * len(faq_wordings))
    texts.extend(faq_wordings)
    return np.array(intents), np.asarray(embed(texts), np.float32)


@dataclass(frozen=True)
class Rewording:
    text: str  # what the model is asked (the shopper's words when it is one already)
    intent: str  # "" (not recognised), a key of CANONICAL, "variant" or FAQ
    product: str = ""  # the one product a recognised question names
    colour: str = ""  # the colour a "variant" question asks for
    field: str = ""  # the field an "attr" question asks


def asking_sentence(message: str, mention: str) -> str:
    """Of a message of several sentences, the one question that names the product when the
    others ask nothing ("any Pippin Balance 12 bikes left? want one for my son's 2nd
    birthday"): what is asked is judged on it alone, the rest is the shopper's situation.
    Otherwise the whole message."""
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", message.strip()) if s]
    naming = [s for s in sentences if mention.lower() in s.lower()]
    if len(sentences) < 2 or len(naming) != 1 or not naming[0].endswith("?") \
            or sum("?" in s for s in sentences) > 1:
        return message
    return naming[0]


def says_field(text: str, field: str, *, ignore: frozenset[str] = frozenset()) -> bool:
    """Whether a word of `text` (four letters or more, none of `ignore`) is a word of the
    field's name `field` ("water_resistance", "battery life hours"), or starts it, or starts
    with it ("waterproof" of water resistance, "battery" of battery life hours)."""
    named = re.findall(r"[a-z]{4,}", field.lower())
    return any(w.startswith(f) or f.startswith(w) for w in re.findall(r"[a-z]{4,}", text.lower())
               if w not in ignore for f in named)


# "how many?" asks a count, never a price, though the sentence encoder puts it beside "how
# much?" (0.7 to the price wordings): price intents are out unless a price word is said too
_HOW_MANY = re.compile(r"\bhow many\b", re.I)
# ... and "in stock" asks its stock, of one colour too ("do you have the green skipping rope
# in stock": whether it comes in green is not what is asked)
# ("is the grey corsa jacket available in L": whether that colour's entry is in stock; one
# the product does not come in is asked as the colour question by the pipeline)
_IN_STOCK = re.compile(r"\b(?:in stock|available)\b", re.I)
# ... as "how many are left" does, of the product just talked about, whatever policy its
# words meet ("how many of the 500g bags left" had been asked as the roasting-dates entry,
# then left as written, and answered "Yes, the Gewaschen of stock")
_HOW_MANY_LEFT = re.compile(r"\bhow many\b[^.?!]*\bleft\b", re.I)
# Money as shoppers count it ("how many won?", "how many euros is it"): a price asked
_MONEY = (r"dollars?|bucks|euros?|pounds?|quid|yen|won|yuan|rmb|rupees?|rupiah|ringgit|baht|"
          r"pesos?|reais|rand|francs?|kron(?:or|er|ur|a|e)|krónur|zlot(?:y|ys|ych)|złot(?:y|ych)|"
          r"zł|forints?|lei|liras?|dirhams?|riyals?|shekels?|dong|kr")
_PRICE_WORDS = re.compile(rf"\b(?:much|price|prices|cost|costs|pay|go(?:es|ing)? for|{_MONEY})\b",
                          re.I)
_HOW_MANY_MONEY = re.compile(rf"\bhow many (?:{_MONEY})\b", re.I)


def _field_asked(entries: Sequence[Mapping[str, Any]], key: str) -> Rewording | None:
    """"What is the F of the X?" for field `key` of product X (`entries`: its catalog
    entries); None when they give it different values (a field of a product sold in several
    colours, such as its colour, has no one answer)."""
    if len({str((e.get("attributes") or {}).get(key)) for e in entries}) > 1:
        return None
    name, field = str(entries[0].get("name") or ""), field_name(key)
    return Rewording(FIELD.format(k=field, p=name), "attr", name, field=field)


def _measured_field(said: str, fields: Sequence[str], values: Sequence[str], name: str = ""
                    ) -> int | None:
    """The one field (by its index) whose value gives the measure `said` asks by its kind
    (`_MEASURES`) or in a unit ("how many yards are in a ball?" of yardage "109 yd"); None
    when none or several do, or the message asks of a policy. The numbers of the product's
    `name` said in `said` ask nothing (`_unnamed`)."""
    said = _unnamed(said, name)
    if _POLICY_WORDS.search(said):
        return None
    unit = _HOW_MANY_UNITS.search(said)
    if unit and unit.group(1).lower() != "in" and UNIT_OF.get(unit.group(1).lower()):
        spellings = "|".join(sorted(UNIT_OF[unit.group(1).lower()], key=len, reverse=True))
        gives = re.compile(rf"\d\s*(?:{spellings})\b", re.I)
        held = [i for i, value in enumerate(values) if gives.search(value)]
        return held[0] if len(held) == 1 else None
    for asks, gives, named in _MEASURES:
        if not asks.search(said):
            continue
        held = [i for i, (field, value) in enumerate(zip(fields, values, strict=True))
                if gives.search(value) or (named is not None and named.search(field))]
        if len(held) > 1:
            # of several lengths, the one the word asks ("how wide is the king one?" of a
            # headboard's width 200 cm and height 120 cm)
            held = [i for i in held for word, noun in _DIMENSIONS
                    if re.search(rf"\b{word}\b", said, re.I) and noun in fields[i].lower()] \
                or held
        return held[0] if len(held) == 1 else None
    return None


_DIMENSIONS = (("wide", "width"), ("tall", "height"), ("high", "height"), ("deep", "depth"),
               ("long", "length"), ("thick", "thick"), ("heavy", "weight"))


def _unnamed(said: str, name: str) -> str:
    """`said` without the numbers (and the word after each) of the product's `name`, which
    name it and ask no measure ("how much for the 10 year old madeira" of the Madeira Malvasia
    10 Year Old, aged "10 anos")."""
    for number in re.findall(r"\d+(?:\.\d+)?\s*[a-z]*", name, re.I):
        said = re.sub(rf"(?<![\w.]){re.escape(number)}(?!\w)", " ", said, flags=re.I)
    return said


def _unsaid_fields(entries: Sequence[Mapping[str, Any]], message: str
                   ) -> list[dict[str, Any]]:
    """`entries` without their fields whose values share a word or number with `message`:
    those tell the entry ("the apex track boots in size 43" of size "EU 43"), they are not
    asked."""
    said = set(re.findall(r"[a-z0-9]{2,}", message.lower()))
    return [{**p, "attributes": {k: v for k, v in (p.get("attributes") or {}).items()
                                 if not said & set(re.findall(r"[a-z0-9]{2,}", str(v).lower()))}}
            for p in entries]


def money_counted(message: str) -> str:
    """`message` with a count of money asked as a price: "bonbit setting powder, how many
    won?" -> "..., how much?" (it had been asked as the powder's stock)."""
    return _HOW_MANY_MONEY.sub(lambda m: "How much" if m.group()[0] == "H" else "how much",
                               message)


def _counted(message: str, scores: dict[str, float]) -> dict[str, float]:
    if _HOW_MANY.search(message) and not _PRICE_WORDS.search(message):
        return {k: v for k, v in scores.items() if k not in ("price", "price_it")}
    return scores


class Wording:
    """Maps a shopper's message to a training wording (see the module docstring)."""

    def __init__(self, embed: Embed, *, margin: float = 0.02, min_similarity: float = 0.45,
                 faq_similarity: float = 0.35, faq_retrieved: float = 0.6,
                 faq_margin: float = 0.05):
        self.embed = embed
        self.margin = margin
        self.min_similarity = min_similarity
        # A long question says more than its policy, so it is less like any one wording: an FAQ
        # topic first by `faq_margin` at `faq_similarity` is enough when retrieval scored the
        # entry `faq_retrieved` or more ("I bought a floor lamp 4 days ago and now it's 20%
        # cheaper, can I get the difference back?" is 0.41 from "What if the price drops after
        # I buy?", ahead of the rest by 0.07; retrieval gave the entry 0.65).
        self.faq_similarity = faq_similarity
        self.faq_retrieved = faq_retrieved
        self.faq_margin = faq_margin
        self.intents, self.vectors = _exemplars(embed)
        self._faq_questions: dict[str, np.ndarray] = {}

    # ------------------------------------------------------------------ helpers
    def _best(self, vector: np.ndarray, allowed: Sequence[str]) -> dict[str, float]:
        similarity = self.vectors @ vector
        return {intent: float(similarity[self.intents == intent].max()) for intent in allowed}

    def _entry_similarity(self, faqs: Sequence[Mapping[str, Any]], vector: np.ndarray
                          ) -> np.ndarray:
        """Per FAQ entry, its question's or any of its answer's sentences' similarity to
        `vector`, the nearest: "what are the points worth?" is far from "Do you have a loyalty
        scheme?" (0.25) and near "every 100 points can be swapped for 5 GBP off"."""
        texts, owner = [], []
        for i, faq in enumerate(faqs):
            for text in [str(faq.get("question") or ""), *_sentences(str(faq.get("answer") or ""))]:
                texts.append(text)
                owner.append(i)
        similarity = self._question_vectors(texts) @ vector
        best = np.full(len(faqs), -1.0, np.float32)
        np.maximum.at(best, np.array(owner), similarity)
        return best

    def _question_vectors(self, questions: Sequence[str]) -> np.ndarray:
        missing = [q for q in questions if q not in self._faq_questions]
        if missing:
            for q, v in zip(missing, self.embed(missing), strict=True):
                self._faq_questions[q] = np.asarray(v, np.float32)
            while len(self._faq_questions) > 8192:  # questions and answer sentences of a store
                self._faq_questions.pop(next(iter(self._faq_questions)))
        return np.stack([self._faq_questions[q] for q in questions])

    def _decide(self, scores: dict[str, float]) -> tuple[str, float, float]:
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        (intent, best), second = ranked[0], (ranked[1][1] if len(ranked) > 1 else -1.0)
        return intent, best, best - second

    # ------------------------------------------------------------------ the rule
    def reword(self, message: str, *, named: Sequence[tuple[str, str]],
               products: Sequence[Mapping[str, Any]],
               faqs: Sequence[Mapping[str, Any]], order_in_play: bool,
               constraints: bool, vector: np.ndarray | None = None,
               order_id: str = "", kindless_vector: np.ndarray | None = None,
               colour: str = "", in_play: Sequence[Mapping[str, Any]] = (),
               told: Sequence[Mapping[str, Any]] = (), in_play_replied: bool = True,
               line: Sequence[Mapping[str, Any]] = (), line_said: str = "",
               productless: str = "", talked_about: bool = True,
               found: Sequence[Mapping[str, Any]] = ()) -> Rewording:
        """`named`: the catalog's products the message names, (name, the words as written);
        `products`, `faqs`:
        the facts the model gets; `constraints`: the message states a colour, attribute value
        or price bound; `vector`: the message's embedding when the caller has it;
        `order_in_play`: an order is being checked (its id is `order_id`); `kindless_vector`:
        the embedding of the message with its words that name a category of the store read as
        "item", when it has such words; `colour`: the one colour the message states, when
        that is all it constrains; `in_play`: the catalog's entries of the one product the
        last reply named, when the message names none, and `in_play_replied`, whether the
        last reply answered about it by its full name (not a policy that names it); `told`:
        the entries of the product named or in play that the message (or, of the one in
        play, the last question) tells by their own values ("the bigger one", "the bare
        tool version"); `line`: the products found, when the
        message names none of them alone but in words all their names share ("the gulpless
        slow feeder bowls": the green one and the blue one), and the message with those words
        read as "item" (`line_said`); `productless`: the message with the words of the found
        products' names read as "item"; `talked_about`: the conversation
        has shown products before (else nothing is followed up: "is there a fee for using
        it?" is no "how much is it?", and an FAQ topic need not be nearer than follow-ups);
        `found`: the entries of the one product retrieval found for a message that names
        none in the catalog's words and follows up nothing."""
        keep = Rewording(message, "")
        if not message.strip() or len(message) > 300:
            return keep
        if order_in_play:
            return self._about_order(message, order_id)
        if named and faqs and not products:
            # a product named beside a policy, the policy alone found ("can i split the
            # payment for the summit headphones? is there a minimum order for that"): asked
            # as the policy question it may be
            named = ()
        if named:
            in_facts = {str(p.get("name") or "") for p in products}
            (name, mention), = named[:1]
            if len(named) > 1 or name not in in_facts:
                return keep
            # whatever it asks, the model reads the product's name as the catalog writes it
            # (it says it cannot find "the cosynook radiator hammock" beside the CosyNook
            # Radiator Cat Hammock); the facts stay as found (a question that is none of the
            # recognised ones may need the policy beside the product: "ready to ship?")
            keep = Rewording(with_full_name(message, mention, name), "")
            if constraints and not colour:
                return keep
            masked = re.sub(r"(?<!\w)(?:the\s+)?" + re.escape(mention) + r"(?!\w)", "the item",
                            asking_sentence(message, mention), count=1, flags=re.I)
            entries = [p for p in products if str(p.get("name") or "") == name]
            # (the ones the message tells give a measure of their own: "how heavy is the 18V
            # drill driver DX, the bare tool version?"; not a field by similarity, where a
            # value the message says to tell them would be read as the field asked)
            told = [p for p in told if str(p.get("name") or "") == name]
            if colour:
                # (a measure of it in that colour: "how long is the red skipping rope")
                return self._measured(masked, told or entries) \
                    or self._in_colour(masked, name, colour) or keep
            vector = self.embed([masked])[0]
            scores = self._best(vector, (*_PRODUCT, *_NO_ORDER, FAQ))
            # (or one field of the told ones named in full: "whats the undertone of bonbit
            # matte cover cushion 19" of its shades' undertones)
            asked = self._about_field(vector, entries, scores, said=masked, message=message) \
                or (self._field_named(masked, _unsaid_fields(told, masked))
                    or self._measured(masked, told) if told else None)
            if asked is not None:
                return asked
            intent, best, margin = self._decide(_counted(message, scores))
            if intent in _ANSWERED_WITH_PRICE:
                # "what's the X going for?" is as near to describing questions (0.626) as to
                # price ones (0.628): both are answered with the price, so only the other
                # intents need to be behind
                margin = best - max(v for k, v in scores.items() if k not in _ANSWERED_WITH_PRICE)
            if intent in CANONICAL and best >= self.min_similarity and margin >= self.margin:
                # asked in a trained wording: that question as written, what the rest of
                # the message says about the shopper left out
                text = with_full_name(asking_sentence(message, mention), mention, name) \
                    if best >= TRAINED else CANONICAL[intent].format(p=name)
                return Rewording(text, intent, name)
            if faqs and not (_PRICE_WORDS.search(message) or _HOW_MANY.search(message)
                             or _IN_STOCK.search(message)):
                # asked nothing of the product, a policy that names it in passing ("before
                # i start the retinal serum, how long should my patch test be"): the facts'
                # entry nearer the message than every other intent by `margin` (not a
                # message with a price or stock word: "that cegła podgórska paint colour
                # looks lovely, what's a 2.5l tin go for" is no question on tinting)
                similarity = self._entry_similarity(faqs, vector)
                nearest = int(np.argmax(similarity))
                rest = max(v for k, v in scores.items() if k != FAQ)
                if similarity[nearest] >= self.min_similarity \
                        and similarity[nearest] - rest >= self.margin:
                    return Rewording(str(faqs[nearest].get("question") or ""), FAQ)
            return keep
        if kindless_vector is not None and products and faqs:
            # "my headphones broke, do you fix them?" found headphones as well as the repairs
            # entry: a kind is as near to browsing as to a policy. Asked of an "item", the
            # message is the policy question it is, when one of the facts' entries is
            # nearer than every other intent ("do you have items?" is a stock question).
            questions = [str(f.get("question") or "") for f in faqs]
            similarity = self._entry_similarity(faqs, kindless_vector)
            scores = self._best(kindless_vector, (*_PRODUCT, *_FOLLOW_UP, *_NO_ORDER))
            nearest = int(np.argmax(similarity))
            best, rest = float(similarity[nearest]), max(scores.values())
            if best >= self.min_similarity and best - rest >= self.margin:
                return Rewording(questions[nearest], FAQ)
        if vector is None:
            vector = self.embed([message])[0]
        scores = self._best(vector, (*_FOLLOW_UP, *_NO_ORDER, FAQ))
        if line:  # "what are the gulpless slow feeder bowls made of?": one answer for all
            # (before policies: "what are the main actives in hollin's overnight serum?"
            # had been asked as the allergies entry)
            asked = self._about_field(self.embed([line_said])[0] if line_said else vector,
                                      line, scores, said=line_said or message)
            if asked is not None:
                return asked
        if in_play and in_play_replied and not colour:
            # a field of the product just talked about, its name said in full ("who's the
            # author?", "what nib sizes can I get?") or its measure asked ("how long does a
            # game take?"), is that field, whatever policy the sentence encoder puts nearer
            # (signed copies, nib exchange, delivery times)
            # (of the entry the message tells: "how many pieces does the bigger one have?")
            asked = self._field_named(message, told or in_play) \
                or self._measured(message, told or in_play)
            if asked is not None:
                return asked
        if found and not colour:
            # the one product found, named in other words ("the whole presunto leg" of the
            # Presunto Bísaro Perna Inteira): a field said in full or a measure asked is its
            # ("roughly how much does the whole presunto leg weigh" had been asked its price)
            asked = self._field_named(message, found) or self._measured(message, found)
            if asked is not None:
                return asked
        if in_play and _HOW_MANY_LEFT.search(message):
            return Rewording(CANONICAL["stock_it"], "stock_it")
        asked = self._as_faq(
            scores if talked_about else {
            k: v for k, v in scores.items() if k not in _FOLLOW_UP}, vector, faqs)
        if asked is not None and productless and productless != message and products:
            # with the found products' words read as "item", a product question surely
            # nearer than that entry: the products are asked about, no policy ("do u
            # have kestrel aria earbuds" had met the trade-in entry, which names Kestrel
            # earbuds; "can I return opened earbuds?" stays the returns entry)
            plain = self.embed([productless])[0]
            entry = [f for f in faqs if str(f.get("question") or "") == asked.text][:1]
            policy = float(self._entry_similarity(entry, plain)[0]) if entry else 0.0
            product = max(self._best(plain, _PRODUCT).values())
            if product >= _PRODUCT_SURE and product - policy >= _PRODUCT_OVER_POLICY:
                return Rewording(message, PRODUCTS)
        if asked is not None:
            return asked
        if in_play and colour:  # "is the black one in stock?" of the product just talked about
            asked = self._colour_of_in_play(message, in_play, colour)
            if asked is not None:
                return asked
        if in_play:  # "what pressure does it go up to?" of the product just talked about
            asked = self._about_field(vector, in_play, scores, said=message)
            if asked is not None:
                return asked
        if not products:
            # nothing found by the words alone: a stock or price question that names no
            # product ("OK, and how many could I order right now?") asks about the one in
            # the conversation, as "is it in stock?" does
            for intent, follow_up in _NAMELESS.items():
                scores[follow_up] = max(scores[follow_up], self._best(vector, (intent,))[intent])
        intent, best, margin = self._decide(_counted(message, scores))
        if intent in _FOLLOW_UP and not talked_about:
            return keep
        if best >= self.min_similarity and margin >= self.margin:
            if intent in CANONICAL:
                text = message if best >= TRAINED else CANONICAL[intent]
                return Rewording(text, intent)
            if intent == "order_noid":
                # "can you track my order?" without its number: asked as written, with no
                # policy beside it (the model answered with the click-and-collect entry)
                return Rewording(message if best >= TRAINED else ORDER_NOID, ORDER)
        return keep

    def _about_field(self, vector: np.ndarray, entries: Sequence[Mapping[str, Any]],
                     scores: Mapping[str, float], said: str = "", message: str = ""
                     ) -> Rewording | None:
        """"What is the F of the X?" when the message asks a field F of product X
        (`entries`: the catalog's entries of X, its colour variants): the nearest of "what
        is the F of the item?" over X's own fields ("how heavy is the item?" -> "weight"),
        at `min_similarity` and ahead by `margin` of every intent but asking a field (a
        price, stock or describing question, a policy, an order); asked of the first entry.
        A field whose value differs among the entries (the colour of a product sold in
        several colours) has no one answer: None, as for no such field. A field the message
        `said` says in a word of its name counts `_SAID_FIELD` nearer ("is it waterproof?"
        of "water resistance", "how long does the battery last" of "battery life hours");
        one whose numbers `said` or the shopper's `message` says tells the entry, it is not
        asked."""
        keys = list(entries[0].get("attributes") or {})
        if not keys:
            return None
        fields = [field_name(k) for k in keys]
        # a field of two words or more said in full is the one asked, whatever measure its
        # words ask ("how big is the water tank" of a machine's water tank, not its dimensions)
        named = self._field_named(said, entries)
        if named is not None and len(str(named.field).split()) >= 2:
            return named
        # a size said is a value, not a word of a field's name ("how much is the 2.5 litre?"
        # of a paint had been asked as its coverage per litre)
        unsized = SIZE_WITH_UNIT.sub(" ", said)
        if said and unsized != said:
            said, vector = unsized, self.embed([unsized])[0]
        similarity = self._question_vectors(
            [_FIELD_ASKED.format(k=f) for f in fields]) @ vector
        name = str(entries[0].get("name") or "")
        name_words = set(re.findall(r"[a-z]+", name.lower()))
        values = [field_value(k, (entries[0].get("attributes") or {}).get(k) or "")
                  for k in keys]
        said_fields = np.array(
            [says_field(said, field, ignore=_NOT_FIELD_WORDS)
             # or a word of its value that is no word of the product's name ("what's the
             # footbed made of?" of sole "cork footbed")
             or says_field(said, value, ignore=_NOT_FIELD_WORDS | name_words)
             for field, value in zip(fields, values, strict=True)], np.float32)
        if _MADE_OF.search(said):  # what it is made of is not where ("made in")
            said_fields *= np.array([not _MADE_IN.fullmatch(f) for f in fields], np.float32)
        # a field whose numbers the message says tells the entry, it is not asked ("the 24
        # month one" of a ham cured 24 months)
        # (not a number of its name: "the coolabah vs-30 vacuum sealer" asks bag width "up to
        # 30cm")
        numbers = set(_NUMBER.findall(f"{said} {message}")) - set(_NUMBER.findall(name))
        telling = np.array([bool(held := _NUMBER.findall(v))
                            and any(len(n) >= 2 for n in held) and set(held) <= numbers
                            for v in values])
        said_fields[telling] = 0.0
        similarity = np.where(telling, -1.0, similarity + _SAID_FIELD * said_fields)
        nearest = int(np.argmax(similarity))
        best = float(similarity[nearest])
        rest = max(v for k, v in scores.items() if k not in ("attr", "attr_it"))
        measured = _measured_field(said, fields, values, name)
        if measured is not None:
            nearest, best, rest = measured, max(best, self.min_similarity), 0.0
        elif said_fields.sum() == 1 and max(scores.values()) < self.min_similarity:
            # a message no wording is near that says one field in words is asking it
            # ("what waist size do you have" of sizes, nearer in meaning to "inseam")
            nearest = int(np.argmax(said_fields))
            best, rest = self.min_similarity, 0.0
        if best < self.min_similarity or best - rest < self.margin:
            return None
        return _field_asked(entries, keys[nearest])

    @staticmethod
    def _field_named(message: str, entries: Sequence[Mapping[str, Any]]) -> Rewording | None:
        """"What is the F of the X?" when `message` holds every word of the name of one field
        F of X (`entries`, its colour variants, giving F one value), a plural's "s" aside."""
        def words(text: str) -> set[str]:
            return {w.removesuffix("s") if len(w) > 3 else w
                    for w in re.findall(r"[a-z]{3,}", text.lower())}

        said = words(message)

        def root(word: str) -> str:  # ("processed" says "processing")
            return re.sub(r"(?:ing|ed|es|e)$", "", word) if len(word) > 5 else word

        def in_full(field: str) -> bool:  # ("originally" says "original")
            return all(any(w == f or (len(f) >= 4 and w.startswith(f)) or root(w) == root(f)
                           for w in said)
                       for f in words(field))

        attributes = entries[0].get("attributes") or {}
        # (a field whose value the message says picks the product, it does not ask the
        # field: "is grade 2 in stock" of the Piano Pathways Grade 2)
        keys = [k for k, v in attributes.items()
                if words(field_name(k)) and in_full(field_name(k))
                and not (words(str(v)) and words(str(v)) <= said)
                and not re.search(rf"\b{re.escape(str(v))}\b", message, re.I)]
        # of fields said in full, the one whose name holds the others' ("original language"
        # over "language" in "what language was it originally written in?")
        keys = [k for k in keys if not any(words(field_name(k)) < words(field_name(o))
                                           for o in keys)]
        return _field_asked(entries, keys[0]) if len(keys) == 1 else None

    @staticmethod
    def _measured(said: str, entries: Sequence[Mapping[str, Any]]) -> Rewording | None:
        """"What is the F of the X?" when `said` asks the measure field F of product X gives
        (`_measured_field`), one value for all of `entries`."""
        if not entries:
            return None
        attributes = entries[0].get("attributes") or {}
        keys = list(attributes)
        at = _measured_field(said, [field_name(k) for k in keys],
                             [field_value(k, attributes[k]) for k in keys],
                             str(entries[0].get("name") or ""))
        return _field_asked(entries, keys[at]) if at is not None else None

    def _in_colour(self, masked: str, name: str, colour: str) -> Rewording | None:
        """A question about one named product in one colour: asked whether it comes in that
        colour -> "do you have the X in C?" (the pipeline gives the model every colour of X,
        as training did); its price or stock -> the plain question (the facts hold X in C)."""
        said, said_it = re.subn(r"(?<!\w)" + re.escape(colour) + r"(?!\w)", _FILL["c"], masked,
                                flags=re.I)
        if not said_it:  # (not `said == masked`: the shopper's colour may be the filler's)
            return None
        scores = self._best(self.embed([said])[0], (*_PRODUCT, *_NO_ORDER, FAQ))
        variant = scores.pop("variant")
        if _HOW_MANY.search(masked) or _IN_STOCK.search(masked):
            # "the billabrew one in charcoal, how many have you got?" asks a count of that
            # colour, not whether it comes in it
            variant = 0.0
        intent, best, margin = self._decide(scores)
        if variant - best >= _COLOUR_MARGIN and variant >= self.min_similarity:
            return Rewording(IN_COLOUR.format(p=name, c=colour), "variant", name, colour)
        if intent in ("price", "stock") and best >= self.min_similarity \
                and margin >= self.margin:
            return Rewording(CANONICAL[intent].format(p=name), intent, name)
        return None

    @staticmethod
    def asked_before(reply: str, name: str, fields: Sequence[str]) -> tuple[str, str] | None:
        """What the last reply answered about product `name`, read from the bundled model's
        reply wordings (`model.dialogues`): ("price", ""), ("stock", ""), or ("attr", F) for
        one of its `fields`; None for anything else."""
        said = reply.strip().lower()

        def opens(kind: str) -> bool:
            return said.startswith(reply_opening(kind, name).lower())

        if opens("price"):
            return ("price", "")
        if opens("in_stock") or opens("out_of_stock"):
            return ("stock", "")
        if opens("attr"):
            rest = said[len(reply_opening("attr", name)):].lstrip()
            for field in sorted(fields, key=len, reverse=True):
                if rest.startswith(field.lower() + " "):
                    return ("attr", field)
        return None

    @staticmethod
    def ask_again(asked: tuple[str, str], name: str) -> Rewording:
        """The question `asked_before` read, asked of product `name`: "and the large ones?"
        after a price -> "how much is the X?"."""
        intent, field = asked
        if intent == "attr":
            return Rewording(FIELD.format(k=field, p=name), "attr", name, field=field)
        return Rewording(CANONICAL[intent].format(p=name), intent, name)

    def _colour_of_in_play(self, message: str, entries: Sequence[Mapping[str, Any]],
                           colour: str) -> Rewording | None:
        """A follow-up about one colour of the product the last reply named (`entries`: its
        catalog entries): nearest to asking whether it comes in a colour ("and the orange
        one?") -> "do you have the X in C?"; to its price or stock ("is the black one in
        stock?") -> "how much is the X?" / "is the X in stock?" with `colour` kept, for the
        pipeline to give the model that colour's entry (or, if X does not come in it, to ask
        the colour question instead)."""
        said, said_it = re.subn(r"(?<!\w)" + re.escape(colour) + r"(?!\w)", _FILL["c"], message,
                                flags=re.I)
        if not said_it:
            return None
        scores = self._best(self.embed([said])[0], (*_FOLLOW_UP, *_NO_ORDER, FAQ))
        if _HOW_MANY.search(said) or _IN_STOCK.search(said):  # (as in `_in_colour`)
            scores.pop("variant_it", None)
        intent, best, margin = self._decide(scores)
        if intent == "variant_it":
            # ... and the other way round ("is the black one in stock?": 0.739 to "and in
            # red?", 0.737 to stock): a price or stock question as near is that question
            near = max(("price_it", "stock_it"), key=lambda k: scores.get(k, 0.0))
            if best - scores.get(near, 0.0) < self.margin:
                intent, best = near, scores[near]
        if intent in ("price_it", "stock_it"):
            # any question naming a colour is near "and in red?" (0.74 to "is the red one in
            # stock?", 0.76 to stock): asked of a colour X has, the price or stock of that
            # colour answers it too, so only the other intents need to be behind
            margin = best - max(v for k, v in scores.items() if k not in (intent, "variant_it"))
        if best < self.min_similarity or margin < self.margin:
            return None
        name = str(entries[0].get("name") or "")
        if intent == "variant_it":
            return Rewording(IN_COLOUR.format(p=name, c=colour), "variant", name, colour)
        if intent in ("price_it", "stock_it"):
            plain = intent.removesuffix("_it")
            return Rewording(CANONICAL[plain].format(p=name), plain, name, colour)
        return None

    def _as_faq(self, scores: dict[str, float], vector: np.ndarray,
                faqs: Sequence[Mapping[str, Any]]) -> Rewording | None:
        """The facts' FAQ entry the message asks, when an FAQ is its intent (`scores` by
        intent, updated with the entries' own questions)."""
        question = ""
        if faqs:
            # the facts' FAQ entry whose question is nearest; retrieval's first when a
            # training wording of an FAQ topic is nearer than any of them
            questions = [str(f.get("question") or "") for f in faqs]
            similarity = self._entry_similarity(faqs, vector)
            nearest = int(np.argmax(similarity))
            question = questions[nearest] if similarity[nearest] >= scores[FAQ] else questions[0]
            scores[FAQ] = max(scores[FAQ], float(similarity[nearest]))
        intent, best, margin = self._decide(scores)
        if intent == FAQ and question and (best >= self.min_similarity or (
                best >= self.faq_similarity and margin >= self.faq_margin
                and float(faqs[0].get("score") or 0.0) >= self.faq_retrieved)):
            return Rewording(question, FAQ)
        return None

    def _about_order(self, message: str, order_id: str) -> Rewording:
        """With an order in play, a message nearest to asking about it (its state, arrival,
        carrier, or giving its id and e-mail) by `margin` over every other intent: the
        message stays as written and the pipeline gives the model the order alone. Policy
        passages beside an order line lead a small model astray ("Order X was 2026 ... tax
        law requires it"), and retrieval finds one for most order messages, whose words
        ("order", "delivery") every shipping policy shares."""
        masked = message.replace(_MASKED_EMAIL, _FILL["e"])
        if order_id:
            masked = re.sub(re.escape(order_id), _FILL["o"], masked, flags=re.I)
        scores = self._best(self.embed([masked])[0], (*_PRODUCT, *_FOLLOW_UP, *_REST, FAQ))
        best_order = max(scores[k] for k in _ORDER_INTENTS)
        rest = max(v for k, v in scores.items() if k not in _ORDER_INTENTS)
        if best_order >= self.min_similarity and best_order - rest >= self.margin:
            return Rewording(message, ORDER)
        return Rewording(message, "")
