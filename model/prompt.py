"""The prompt every language-model backend sees.

One builder lays out a turn for the bundled model, any transformers checkpoint and remote
engines alike: a system message with a short instruction and the facts of the turn (the
proven order, or a note about an unproven one or about a product the shop does not sell,
first, then products best first, then FAQ passages), then the recent turns, then the new
message. Facts are written one a line, plainly and in a fixed order of fields, because small
models copy best what they always find in the same place. The facts text is also returned on
its own: the engine only lets numbers, prices and ids into a reply when they occur in it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from model.field_names import in_english
from retrieval.sizes import key_unit
from retrieval.text import unaccented

# Order checks that did not yield an order; `app` picks one, the model was trained on these.
ORDER_NOTES: dict[str, str] = {
    "need_proof": "The shopper asked about order {order_id} but has not given the email on it.",
    "mismatch": "The email the shopper gave does not match order {order_id}.",
    "not_found": "There is no order {order_id}.",
}

# Retrieval found the message naming a product, in the shop's words, that the shop does not
# sell ("the Atlas Juniper lamp"); the model was trained to say it could not find it.
NO_SUCH_PRODUCT = "No product of the shop has the name the shopper gave."
# What the bundled model answers then. A reply must not say it of a product the facts hold
# and the shopper named in full (the engine takes the model's next-best reply instead).
MISSING_PRODUCT_REPLY = "Sorry, I could not find that product. Would you like me to ask a person?"
# How the bundled model opens a reply to "do you have the X in C?": C is one of X's colours,
# or it is not. The pipeline knows which, and keeps the model off the other opening.
COLOUR_YES_OPENING = "Yes,"
COLOUR_NO_OPENING = "Sorry, I do not see"
# How it opens a reply that it does not know what was asked ("Sorry, I do not know that.",
# "I do not know the weight of the X.", "I do not know if the X is in stock."), and one
# that says a product is, or is not, in stock.
DONT_KNOW_OPENINGS = ("Sorry, I do not know", "I do not know")
NOT_FOUND_OPENING = MISSING_PRODUCT_REPLY.split(" that ")[0]  # "Sorry, I could not find"
IN_STOCK_OPENING = "Yes, the"
OUT_OF_STOCK_OPENING = "Sorry, the"


def openings_known_false(intent: str, products: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    """Openings the bundled model's reply must not take when the question is recognised as
    `intent` ("price", "stock", "attr", or their follow-ups "price_it", "stock_it") about
    one product whose catalog entries (its colour variants) are `products`: not knowing a
    price, a stock level or a field the facts give, and the stock state the facts deny.
    A stock level the variants disagree on, or one the catalog lacks, rules out nothing."""
    if not products:
        return ()
    if intent in ("price", "price_it") and all(p.get("price") is not None for p in products):
        return DONT_KNOW_OPENINGS
    if intent == "attr":
        return DONT_KNOW_OPENINGS
    if intent in ("stock", "stock_it"):
        stocks = [p.get("stock") for p in products]
        if any(s is None for s in stocks):
            return ()
        states = {int(s) > 0 for s in stocks}
        if states == {True}:
            return (*DONT_KNOW_OPENINGS, OUT_OF_STOCK_OPENING)
        if states == {False}:
            return (*DONT_KNOW_OPENINGS, IN_STOCK_OPENING)
    return ()

MAX_DESCRIPTION_CHARS = 120  # a description is background; the fields before it are the facts
MAX_ATTRIBUTES = 6
MESSAGE_OVERHEAD_TOKENS = 2  # role and end markers of the chat template


@dataclass(frozen=True)
class Prompt:
    messages: list[dict[str, str]]  # {"role": "system" | "user" | "assistant", "content": str}
    context: str  # the facts placed in the prompt, one a line: what a reply may copy from
    # amounts the facts write plainly ("4.95 GBP") -> as the shop wrote them ("£4.95")
    originals: dict[str, str] = field(default_factory=dict)
    avoid: tuple[str, ...] = ()  # reply openings known to be false (`Engine.stream`)
    opening: str = ""  # the reply's first words, known to be right (`Engine.stream`)
    max_new_tokens: int = 0  # more than the server's default that the reply needs; 0: none


def order_note(case: str, order_id: str) -> str:
    """The sentence for an order that was asked about but not shown (`ORDER_NOTES` cases)."""
    if case not in ORDER_NOTES:
        raise ValueError(f"unknown order note case {case!r}; expected one of {sorted(ORDER_NOTES)}")
    return ORDER_NOTES[case].format(order_id=order_id)


def format_price(price: Any) -> str:
    """Prices always with two decimals, so a reply copies the same digits the context has."""
    try:
        return f"{float(price):.2f}"
    except (TypeError, ValueError):
        return str(price)


# The highest price the bundled model learned to copy (its dialogues' prices run to 2,500.99),
# and past which it loses its place: four figures it copies ("5900.00"), five it does not
# ("31000.00 NOK" of a won price came back as "34000.00 is in stock (19 is in stock (").
TRAINED_PRICE_MAX = 2500.0
_FIVE_FIGURES = 10000.0


def price_scale(prices: Iterable[Any]) -> int:
    """The power of ten the prompt divides its prices by (1 when none): prices of five
    figures or more ("31000" won) whose every price is whole in that power ("310.00"), the
    smallest that brings them into the trained range, else the largest that keeps them whole.
    A reply gets the shop's amount back (`Prompt.originals`); amounts with decimals stay."""
    values = []
    for price in prices:
        try:
            values.append(round(float(price), 2))
        except (TypeError, ValueError):
            continue
    if not values or max(values) < _FIVE_FIGURES:
        return 1
    best = 1
    for k in (10, 100, 1000, 10000):
        if any(v % k for v in values):
            break
        best = k
        if max(values) / k <= TRAINED_PRICE_MAX:
            break
    return best


def display_amount(price: Any, currency: str) -> str:
    """A price as the shopper reads it: the currency's own decimals and digit grouping
    ("1,620 JPY", "1,299.00 USD", "12.50 EUR"), written as English writes numbers, the
    language replies are in. The facts keep `format_price`'s form, which the bundled model
    copies; a reply gets this one back (`Prompt.originals`)."""
    from babel.numbers import UnknownCurrencyError, format_currency

    try:
        amount = float(price)
    except (TypeError, ValueError):
        return f"{price} {currency}".strip()
    try:
        return format_currency(amount, currency, format="#,##0.00 \xa4\xa4", locale="en",
                               currency_digits=True)
    except (UnknownCurrencyError, ValueError):
        return f"{format_price(amount)} {currency}"


# Field names as the bundled model learned them: one spelling of colour, words apart.
_KEYS = {"colour": "color", "colours": "color", "colors": "color"}


def field_name(key: Any) -> str:
    """"wheel_size" -> "wheel size", "Colour" -> "color", "size_cm" -> "size" (a unit in a
    field's name goes with its value: `field_value`), "poids_emballé" -> "packed weight" (a
    shop's own language read in English: `model.field_names`)."""
    words = in_english(key_unit(key)[0].replace("_", " ").strip())
    return _KEYS.get(words.lower(), words)


def field_value(key: Any, value: Any) -> str:
    """A field's value as the facts write it, with the unit its name gives ("size_cm": "130 x
    180" -> "130 x 180 cm"; "how big is the blanket?" is then a length the value gives)."""
    text, unit = _value(value), key_unit(key)[1]
    if unit and re.fullmatch(r"[\d.,/x× -]*\d", text.strip()):
        return f"{text} {unit}"
    return text


def field_alone(product: Mapping[str, Any], field: str) -> dict[str, Any]:
    """The product with its name and the one field `field` (as `field_name` writes it) of
    its attributes, no price, stock or description: the facts of a question about that
    field, with nothing beside it that a small model could give instead."""
    attributes = product.get("attributes") or {}
    kept = {k: v for k, v in attributes.items() if field_name(k) == field}
    return {k: v for k, v in product.items() if k not in ("price", "stock", "description")} \
        | {"attributes": kept}


def _value(value: Any) -> str:
    if isinstance(value, bool):  # "dishwasher_safe": false -> "dishwasher safe no"
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def bare_name(name: str) -> str:
    """A name as the facts write it: without a leading "The" ("The Quiet Monsoon" -> "Quiet
    Monsoon"). The bundled model writes "the" before every name it copies, and after "Yes,
    the The" it had gone on "The The" to its end."""
    rest = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return rest if rest.strip() else name


def _without_double_article(text: str, names: Sequence[str]) -> str:
    """"is the The Quiet Monsoon in stock?" -> "is the Quiet Monsoon in stock?", and "The
    Quiet Monsoon" anywhere -> "the Quiet Monsoon", for each of `names` that `bare_name`
    shortens (a question worded for any name, said of one that begins with "The")."""
    for name in names:
        rest = bare_name(name)
        if rest != name:
            text = re.sub(r"\b(?:the\s+)+(?=" + re.escape(rest) + r"\b)", "the ", text,
                          flags=re.IGNORECASE)
    return text


def product_line(product: Mapping[str, Any], currency: str) -> str:
    """`Product: NAME; price P CUR; N in stock; color X; ...; description.`

    Only what shoppers ask about: the SKU and category are left out to keep prompts short.
    """
    fields = [f"Product: {bare_name(str(product.get('name', product.get('sku', '?'))))}"]
    if product.get("price") is not None:
        fields.append(f"price {format_price(product['price'])} {product.get('currency') or currency}")
    stock = product.get("stock")
    if stock is not None:
        fields.append("out of stock" if int(stock) <= 0 else f"{int(stock)} in stock")
    attributes = product.get("attributes") or {}
    for key, value in list(attributes.items())[:MAX_ATTRIBUTES]:
        fields.append(f"{field_name(key)} {field_value(key, value)}")
    description = str(product.get("description") or "").strip()
    if description:
        if len(description) > MAX_DESCRIPTION_CHARS:
            description = _cut(description)
        fields.append(description)
    # compatibility forms written plainly ("11 m²" -> "11 m2"): the tokenizer has no "²",
    # and the model had copied its bytes as "m£"
    return plain_signs("; ".join(fields).rstrip(".") + ".")


def _cut(description: str) -> str:
    """A description longer than `MAX_DESCRIPTION_CHARS` to its last whole sentence that
    fits, where that keeps half of it or more ("Heavy-bodied coffee from around Lake Toba.
    Whole beans, 1 kg bag."); else to its last whole word that fits (the sentence cut off
    mid-way had come to the model as "Roasted in small batches on .", and a reply copied it)."""
    head = description[:MAX_DESCRIPTION_CHARS + 1]
    end = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    if end >= MAX_DESCRIPTION_CHARS // 2:
        return head[:end + 1]
    return head[:MAX_DESCRIPTION_CHARS].rsplit(" ", 1)[0]


def plain_signs(text: str) -> str:
    """`text` in characters the bundled tokenizer has: compatibility forms plainly (NFKC:
    "m²" -> "m2"), a degree sign as the word ("230°C" -> "230 degrees C": the model, kept
    from writing byte pieces, had lost its place after "230" and written "230 to@ protection
    up to 230")."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\s*°\s*", " degrees ", text).replace(" degrees .", " degrees.").strip()
    # and without accents: the tokenizer writes an accented letter in byte pieces, which a
    # reply may not write, and the model had lost its place in such a name ("The otomi
    # MULTICOLOUR."); a reply gets the shop's names back as written (`Prompt.originals`)
    return plain_text(text)


# Typographic marks as plain ones: the tokenizer writes "–" in byte pieces, and after a store
# name "Hnoðri – Yarn & Haberdashery" in the facts the model had written "Order HN-30159 is
# still- I do not have a delivery date" of an order with one.
_TYPOGRAPHIC = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-",
                              "‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'})


def plain_text(text: str) -> str:
    """`text` as the prompt writes it: without accents ("Þelband" -> "Thelband") and with
    plain dashes and quotes."""
    return unaccented(text).translate(_TYPOGRAPHIC)


# Carriers the bundled model was trained on: it recalls them as words of its own rather than
# copying them, and on a carrier it never saw ("SingPost", "J&T Express") it lost its place
# ("Order X has shipped with SHIPPED has shipped with"). Another carrier goes into the prompt
# as one of these, one the prompt does not otherwise say, and comes back in the reply as the
# shop wrote it (`Prompt.originals`, `AmountRestorer`).
TRAINED_CARRIERS = ("UPS", "FedEx", "DHL", "USPS", "GLS", "DPD", "PostNord", "Hermes", "Purolator",
                    "Canada Post", "Royal Mail", "Aramex")


# Currencies the bundled model was trained on, likewise: "59.00 SGD" went on "SGD- email
# with two slip ask", the same line in CHF ended "59.00 CHF.".
TRAINED_CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD", "CHF", "SEK", "NZD", "DKK", "NOK")


def _unused(trained: Sequence[str], said: str, flags: int = 0) -> list[str]:
    """The `trained` names that `said` (the rest of the prompt) does not use, last first."""
    return [t for t in reversed(trained) if not re.search(rf"\b{re.escape(t)}\b", said, flags)]


def _stand_ins_for_currencies(codes: set[str], said: str) -> dict[str, str]:
    """Each currency code of `codes` the bundled model never saw -> a trained code that
    `said` (the prompt) does not use."""
    unknown = sorted(c for c in codes if re.fullmatch(r"[A-Z]{3}", c) and c not in TRAINED_CURRENCIES)
    return dict(zip(unknown, _unused(TRAINED_CURRENCIES, said), strict=False))


def carrier_stand_in(carrier: str, taken: str) -> str:
    """`carrier` as the prompt writes it: itself when the bundled model knows it, else the
    first trained carrier that `taken` (the rest of the prompt) does not mention."""
    if carrier.strip().lower() in {c.lower() for c in TRAINED_CARRIERS}:
        return carrier
    return next(iter(_unused(TRAINED_CARRIERS, taken, re.IGNORECASE)), carrier)


def order_line(order: Mapping[str, Any]) -> str:
    """`Order ID: STATUS; carrier C; eta DATE; placed DATE; items SKU x N.`"""
    fields = [f"Order {order.get('order_id', '?')}: {order.get('status', 'unknown')}"]
    for key in ("carrier", "eta", "placed"):
        if order.get(key):
            fields.append(f"{key} {order[key]}")
    items = order.get("items") or []
    if items:
        fields.append("items " + ", ".join(f"{i.get('sku', '?')} x {i.get('qty', 1)}" for i in items))
    return "; ".join(fields) + "."


# A currency sign before an amount ("£4.95", "$ 20", "€1,500"). The facts write amounts as
# the product lines do, "4.95 GBP": the bundled model learned to copy that form, and a sign
# outside its vocabulary is two byte pieces it loses its place on ("costs £4.95, free over
# £60" came back as "costs if 2pm").
_AMOUNT = re.compile(r"(?<![\w.])([A-Z]{1,2}\$|[£$€¥₹])\s?(\d+(?:,\d{3})*(?:[.,]\d+)?)")
_SIGNS = {"£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
# dollars with the country's letters before the sign ("S$4.90", "NZ$12")
_DOLLARS = {"US": "USD", "C": "CAD", "CA": "CAD", "A": "AUD", "AU": "AUD", "NZ": "NZD",
            "S": "SGD", "HK": "HKD", "NT": "TWD", "MX": "MXN", "R": "BRL"}


def plain_amounts(text: str, currency: str = "USD",
                  originals: dict[str, str] | None = None) -> str:
    """"£4.95" -> "4.95 GBP"; "$" is the shop's own dollar where it has one (CAD, AUD, ...).
    `originals`, when given, gets each plain form with the text it replaced, so that a reply
    can be given back in the shop's own writing (`AmountRestorer`)."""
    def code(sign: str) -> str:
        if sign.endswith("$"):
            return _DOLLARS.get(sign[:-1]) or (currency if currency.endswith("D") else "USD")
        if sign == "¥" and currency == "CNY":
            return "CNY"
        return _SIGNS[sign]

    def plain(m: re.Match) -> str:
        form = f"{m.group(2)} {code(m.group(1))}"
        if originals is not None:
            originals.setdefault(form, m.group(0))
        return form

    return _AMOUNT.sub(plain, text)


class AmountRestorer:
    """Gives a streamed reply back the shop's own writing of amounts ("4.95 GBP" -> "£4.95"),
    holding back only a tail that may still become one."""

    def __init__(self, originals: Mapping[str, str]) -> None:
        self.originals = dict(originals)
        self.pending = ""
        forms = sorted(self.originals, key=len, reverse=True)
        self._pattern = re.compile(
            r"(?<![\d.,])(?:" + "|".join(re.escape(f) for f in forms) + ")") if forms else None

    def feed(self, piece: str) -> str:
        if self._pattern is None:
            return piece
        text = self._pattern.sub(lambda m: self.originals[m.group(0)], self.pending + piece)
        hold = max((k for form in self.originals for k in range(1, len(form))
                    if text.endswith(form[:k])), default=0)
        self.pending = text[len(text) - hold:] if hold else ""
        return text[: len(text) - hold]

    def flush(self) -> str:
        text, self.pending = self.pending, ""
        return text


def _as_facts_write(text: str, originals: Mapping[str, str]) -> str:
    """Earlier replies as the facts write their amounts ("1,620 JPY" -> "1620.00 JPY"): the
    model copies the facts' form and should find the same form in the conversation."""
    for plain, shown in sorted(originals.items(), key=lambda item: -len(item[1])):
        if shown != plain and any(c.isdigit() for c in shown):
            text = re.sub(rf"(?<![\d.,]){re.escape(shown)}(?![\d])", plain, text)
    return text


def faq_line(faq: Mapping[str, Any], currency: str = "USD",
             originals: dict[str, str] | None = None) -> str:
    question, answer = (plain_amounts(str(faq.get(k, "")).strip(), currency, originals)
                        for k in ("question", "answer"))
    return plain_signs(f"FAQ: {question} {answer}")


def _approx_tokens(text: str) -> int:
    # About 3 characters a token for small SentencePiece vocabularies with split digits.
    return len(text) // 3 + 1


def _system_text(store_name: str, summary: str, facts: Sequence[str]) -> str:
    lines = [f"Shop {store_name}. Answer only from these facts:"]
    lines.extend(facts)
    if summary:
        lines.append(f"Earlier: {summary}")
    return "\n".join(lines)


def build_messages(
    *,
    store: Mapping[str, Any],
    products: Sequence[Mapping[str, Any]],
    faqs: Sequence[Mapping[str, Any]],
    order: Mapping[str, Any] | None,
    note: str,
    summary: str,
    turns: Sequence[Mapping[str, str]],
    message: str,
    count_tokens: Callable[[str], int] | None = None,
    max_prompt_tokens: int = 768,
) -> Prompt:
    """Lay out one turn as chat messages bounded by `max_prompt_tokens`.

    When the prompt is too long the oldest turns go first, then the summary is shortened and
    dropped, then facts past the first; the first fact and the new message stay (the message
    is cut as a last resort).
    """
    count = count_tokens or _approx_tokens
    currency = str(store.get("currency") or "USD")
    originals: dict[str, str] = {}
    scale = price_scale(p.get("price") for p in products)
    scaled = [{**p, "price": float(p["price"]) / scale}
              if scale != 1 and p.get("price") is not None else p for p in products]
    for p, in_facts in zip(products, scaled, strict=True):
        if p.get("price") is not None:  # "1620.00 JPY" as the shopper reads it, "1,620 JPY"
            code = str(p.get("currency") or currency)
            plain = f"{format_price(in_facts['price'])} {code}"
            shown = display_amount(p["price"], code)
            if shown != plain:
                originals[plain] = shown
    products = scaled
    lines = [product_line(p, currency) for p in products]
    lines.extend(faq_line(f, currency, originals) for f in faqs)
    for p in products:  # (facts are written without accents: `plain_signs`)
        name = bare_name(str(p.get("name") or ""))
        if plain_text(name) != name:
            originals[plain_text(name)] = name
    names = sorted({str(p.get("name") or "") for p in products}, key=len, reverse=True)
    history = [
        {"role": t["role"], "content": plain_text(_without_double_article(_as_facts_write(
            str(t.get("text", t.get("content", ""))), originals), names))}
        for t in turns
        if t.get("role") in ("user", "assistant")
    ]
    store_name = str(store.get("name") or "the shop")
    if plain_text(store_name) != store_name:  # ("Welcome to Café Olé" in a greeting)
        originals[plain_text(store_name)] = store_name
        store_name = plain_text(store_name)
    message = plain_text(_without_double_article(message, names))
    summary = plain_text(_without_double_article(summary.strip(), names))
    said = "\n".join([*lines, message, summary, *(t["content"] for t in history)])
    facts: list[str] = []
    if order is not None:
        carrier = str(order.get("carrier") or "")
        stand_in = carrier_stand_in(carrier, said) if carrier else carrier
        if stand_in != carrier:
            order = {**order, "carrier": stand_in}
            originals[stand_in] = carrier
        facts.append(order_line(order))
    if note:
        facts.append(f"Note: {note.strip()}")
    facts.extend(lines)
    codes = {currency, *(str(p.get("currency") or "") for p in products)}
    said = "\n".join([*facts, message, summary, *(t["content"] for t in history)])
    for code, stand_in in _stand_ins_for_currencies(codes, said).items():
        def swap(text: str, code: str = code, stand_in: str = stand_in) -> str:
            return re.sub(rf"(?<![A-Za-z]){code}(?![A-Za-z])", stand_in, text)
        facts = [swap(f) for f in facts]
        history = [{**t, "content": swap(t["content"])} for t in history]
        message, summary = swap(message), swap(summary)
        originals = {swap(k): v for k, v in originals.items()}
        originals[stand_in] = code

    def size(sys_text: str, turns_now: list[dict[str, str]], msg: str) -> int:
        texts = [sys_text, msg, *(t["content"] for t in turns_now)]
        return sum(count(t) + MESSAGE_OVERHEAD_TOKENS for t in texts)

    while True:
        system = _system_text(store_name, summary, facts)
        if size(system, history, message) <= max_prompt_tokens:
            break
        if history:
            history.pop(0)
        elif summary:
            words = summary.split()
            summary = " ".join(words[len(words) // 2 :]) if len(words) > 8 else ""
        elif len(facts) > 1:
            facts.pop()
        else:
            room = max_prompt_tokens - size(system, [], "")
            keep = max(1, len(message) * max(room, 1) // max(count(message), 1))
            if keep >= len(message):
                break
            message = message[:keep]
    messages = [{"role": "system", "content": system}, *history, {"role": "user", "content": message}]
    # What a reply may copy: the shop's name (a greeting says it) and the facts.
    return Prompt(messages=messages, context="\n".join([f"{store_name}.", *facts]),
                  originals={k: v for k, v in originals.items() if k in system})
