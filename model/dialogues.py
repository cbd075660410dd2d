"""Generated grounded shop dialogues: the training data of the bundled language model.

Every example is a randomly made shop (products composed from word lists and invented
brand syllables, random prices, currencies, stock, attributes, orders and policies), a short
conversation laid out by `model.prompt.build_messages`, and the assistant reply, written only
from the facts in that prompt. Because no shop repeats, the model cannot memorize a catalog:
the only way to lower the loss is to copy the facts from the context, and to say it does not
know when the context lacks them.

Two vocabularies exist: `train` and `heldout`. They share no brand, noun, adjective, color,
material or user phrasing, so the held-out set measures answers about a shop and wordings
the model never saw.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from model.prompt import (
    MISSING_PRODUCT_REPLY,
    NO_SUCH_PRODUCT,
    TRAINED_CARRIERS,
    TRAINED_CURRENCIES,
    Prompt,
    build_messages,
    format_price,
    order_note,
    plain_amounts,
)

# --------------------------------------------------------------------------------------
# Word lists. Each list is split in two by position (even -> train, odd -> heldout).

_BRAND_WORDS = """
Trailrunner Northpeak Bluefin Aurora Cedarline Kestrel Solano Brightway Ironwood Lumen
Maplestone Nimbus Oakridge Pinecrest Quasar Redwood Silverline Tidewater Umbra Valemont
Westfield Yarrow Zephyr Altura Birchwood Copperfield Driftwood Emberly Foxglove Granite
Harbor Islay Juniper Kinetic Larkspur Meridian Nova Orchid Pioneer Quill Riverside Summit
Thistle Upland Vertex Willow Xenon Yukon Zenith Atlas Beacon Cascade Dune Echo Falcon
Glacier Horizon Indigo Jasper Koda Lagoon Mosaic Nomad Onyx Prism Ridge Sierra Terra Ursa
Vista Wren Apex Boreal Corvid Delta Everest Fjord Gale Halo Ion Jet Kite Lynx Mesa Nectar
""".split()

_SYLLABLES = """
ka lo mi ra zen to vi na el sor tek bri mon dal fen gri hal jor kel lum mar nor pel quin
ros sal tor ul var wen xo yar zor ab ek ix om ut bel cor dun fal gor hin jax kor lin
""".split()

_ADJECTIVES = """
classic light heavy soft compact deluxe mini ultra smart quick quiet warm cool bold slim
wide rugged sleek cozy fresh bright dark grand little prime pure rapid royal simple solid
sturdy swift tiny urban vintage wild basic elite flex fine gentle handy lucky modern noble
""".split()

# (category, nouns): categories themselves are split too.
_CATEGORIES: list[tuple[str, list[str]]] = [
    ("shoes", "sneaker boot sandal loafer runner slipper clog trainer".split()),
    ("jackets", "jacket parka coat vest windbreaker anorak blazer poncho".split()),
    ("kitchen", "kettle skillet blender toaster teapot grater mixer ladle".split()),
    ("bags", "backpack tote duffel satchel pouch briefcase sling wallet".split()),
    ("electronics", "headphones speaker charger earbuds keyboard mouse webcam router".split()),
    ("home", "lamp rug pillow blanket vase candle clock mirror".split()),
    ("sports", "racket helmet glove ball mat bottle rope bench".split()),
    ("toys", "puzzle robot kite yoyo doll train blocks drone".split()),
    ("beauty", "serum lotion shampoo balm cream soap perfume brush".split()),
    ("garden", "shovel hose planter rake trowel sprinkler pruner lantern".split()),
    ("office", "notebook pen stapler folder desk chair planner marker".split()),
    ("outdoor", "tent hammock stove compass cooler tarp flashlight knife".split()),
]

_COLORS = """
red blue green black white grey navy olive beige pink purple orange yellow brown teal
maroon silver gold cream mint coral charcoal ivory lavender
""".split()

_MATERIALS = """
cotton leather wool steel bamboo nylon canvas glass ceramic oak linen polyester silk
aluminium rubber cork suede denim copper walnut
""".split()

_FEATURES = """
a grippy sole|a padded strap|a quick-dry lining|a non-stick coating|a long battery life|
a water-resistant shell|two side pockets|a soft inner lining|a magnetic closure|
an easy-clean surface|a foldable frame|a reinforced base|a breathable mesh|a lifetime warranty|
a detachable hood|a built-in timer|a low-noise motor|a recycled shell|an ergonomic handle|
a travel case|a zip pocket|a wide grip|a slim profile|a spare set of parts
""".replace("\n", "").split("|")

_SHOP_NOUNS = """
Outfitters Goods Supply Market Store Emporium Depot House Collective Trading Works Corner
Bazaar Shop Company Studio Mercantile Hub
""".split()

_CURRENCIES = list(TRAINED_CURRENCIES)

_CARRIERS_LIST = list(TRAINED_CARRIERS)

_FIRST_NAMES = """
kim alex sam jo lee ana max eva noah mia liam zoe omar lina ivan nora raj emma leo ada
""".split()

_MAIL_DOMAINS = "example.com mail.com inbox.net post.org shopper.io webmail.co".split()


# Training-only questions about one field in words of their own ("what is it made of?"
# asks the material): the reply names the field as the facts do.
_ASK_KEYED: dict[str, list[str]] = {
    "material": ["what is the {p} made of?", "what's the {p} made from?",
                 "what are the {p} made of?", "is the {p} made of {v}?"],
    "color": ["what colour is the {p}?", "what color are the {p}?", "which colour is the {p}?",
              "is the {p} {v}?"],
}


def _half(items: list, heldout: bool) -> list:
    return items[1::2] if heldout else items[0::2]


@dataclass(frozen=True)
class Vocabulary:
    brands: list[str]
    syllables: list[str]
    adjectives: list[str]
    categories: list[tuple[str, list[str]]]
    colors: list[str]
    materials: list[str]
    features: list[str]
    shop_nouns: list[str]
    currencies: list[str]
    carriers: list[str]
    names: list[str]
    domains: list[str]
    heldout: bool
    # Share of nouns, colors and materials replaced by invented words in training: a word
    # that no list holds can only be copied from the context, never recalled.
    invented: float = 0.0
    # Shares of products named with a model code, several kind words or a size ("Pacewise Nav
    # 530 GPS Computer"), and given measured attributes ("max load 25 kg"); off by default.
    long_names: float = 0.0
    measured: float = 0.0

    @classmethod
    def build(cls, heldout: bool) -> Vocabulary:
        return cls(
            brands=_half(_BRAND_WORDS, heldout),
            syllables=_half(_SYLLABLES, heldout),
            adjectives=_half(_ADJECTIVES, heldout),
            categories=[(c, _half(n, heldout)) for c, n in _half(_CATEGORIES, heldout)],
            colors=_half(_COLORS, heldout),
            materials=_half(_MATERIALS, heldout),
            features=_half(_FEATURES, heldout),
            shop_nouns=_half(_SHOP_NOUNS, heldout),
            currencies=_CURRENCIES,
            carriers=_CARRIERS_LIST,
            names=_half(_FIRST_NAMES, heldout),
            domains=_half(_MAIL_DOMAINS, heldout),
            heldout=heldout,
            invented=0.0 if heldout else 0.2,
        )


# --------------------------------------------------------------------------------------
# User phrasings per intent, split like the word lists. `{p}` a product name, `{c}` a color,
# `{k}` an attribute, `{o}` an order id, `{e}` an email, `{cat}` a category.

_ASK: dict[str, list[str]] = {
    "price": [
        "how much is the {p}?", "what does the {p} cost?", "price of the {p}?",
        "What's the price for {p}", "how much for the {p}", "{p} price please",
        "can you tell me what the {p} costs?", "what do you charge for the {p}?",
        "How expensive is the {p}?", "I'd like to know the price of the {p}",
        "cost of {p}?", "what is {p} going for?", "how much does a {p} cost",
        "tell me the price of the {p}", "is the {p} expensive? how much?",
        "whats the {p} cost",
    ],
    "price_it": [
        "how much is it?", "what does it cost?", "and the price?", "how much?",
        "price?", "what's it cost", "how much does that one cost?", "and how much is that?",
        "ok how much", "what's the price of it?",
    ],
    "stock": [
        "is the {p} in stock?", "do you have the {p} available?", "is {p} available?",
        "can I buy the {p} now?", "any {p} left?", "Is the {p} in stock right now",
        "how many {p} do you have?", "do you still have the {p}?", "{p} in stock?",
        "is the {p} sold out?", "are there any {p} in stock", "got the {p} in stock?",
    ],
    "stock_it": [
        "is it in stock?", "do you have it?", "is it available?", "any left?",
        "in stock?", "can I get it now?", "is that one available?", "how many are left?",
    ],
    "attr": [
        "what {k} does the {p} come in?", "{k} of the {p}?", "which {k} is the {p}?",
        "tell me the {k} of the {p}", "what's the {k} on the {p}", "{p} {k}?",
        "what {k} options for the {p}?", "could you tell me the {k} of the {p}?",
    ],
    "attr_it": [
        "what {k} does it come in?", "and the {k}?", "which {k}?", "what {k} is it?",
        "{k}?", "what about {k}?",
    ],
    "variant": [
        "do you have the {p} in {c}?", "is the {p} available in {c}?", "{p} in {c}?",
        "can I get the {p} in {c}", "does the {p} come in {c}?", "any {c} {p}?",
    ],
    "variant_it": [
        "and in {c}?", "do you have it in {c}?", "what about {c}?", "is it available in {c}?",
        "in {c}?", "does it come in {c}",
    ],
    "colours": [
        "what colours does the {p} come in?", "which colors is the {p} available in?",
        "what colors do you have the {p} in?", "which colours does the {p} come in?",
        "{p}: what colours?", "what colour options are there for the {p}?",
        "is the {p} available in other colours?", "what colors can I get the {p} in?",
    ],
    "colours_it": [
        "what colours does it come in?", "which colors is it available in?",
        "what other colours are there?", "which colours do you have?",
        "what colors does it come in?", "what colour options are there?",
        "any other colours?", "in which colours?",
    ],
    "describe": [
        "tell me about the {p}", "what is the {p}?", "can you describe the {p}?",
        "more info on the {p} please", "what's the {p} like?", "details on {p}?",
        "I want to know more about the {p}", "what can you tell me about {p}",
    ],
    "list": [
        "what {cat} do you have?", "show me your {cat}", "which {cat} do you sell?",
        "do you sell {cat}?", "any {cat}?", "I'm looking for {cat}",
        "what options do you have for {cat}?", "I need some {cat}",
    ],
    "missing_product": [
        "do you sell the {p}?", "how much is the {p}?", "is the {p} in stock?",
        "I'm looking for the {p}", "do you carry {p}?", "price of the {p}?",
    ],
    "order_status": [
        "where is my order {o}?", "what's the status of order {o}?", "order {o} status?",
        "has order {o} shipped?", "can you check order {o}", "any update on {o}?",
        "I want to track order {o}", "when will order {o} arrive?", "where's {o}",
        "status of my order {o} please", "did my order {o} ship yet?", "track {o}",
    ],
    "order_with_email": [
        "my order is {o} and my email is {e}", "order {o}, email {e}",
        "{o} {e}", "it's order {o}, the email is {e}", "order number {o} and email {e}",
        "check {o} for {e}", "the order is {o}, my email {e}",
        "email {e} order {o}",
    ],
    "order_eta": [
        "when will it arrive?", "when does it get here?", "what's the delivery date?",
        "eta?", "when should I expect it?", "how long until it arrives?",
    ],
    "order_carrier": [
        "which carrier?", "who is delivering it?", "what shipping company?",
        "which courier has it?", "who's shipping it?", "what carrier is it with?",
    ],
    "order_noid": [
        "where is my order?", "I want to check my order", "my package hasn't arrived",
        "can you track my order?", "what's the status of my order?", "where's my stuff",
        "has my order shipped?", "I need an update on my delivery",
    ],
    "greeting": [
        "hi", "hello", "hey there", "good morning", "hi!", "hello, anyone there?",
        "good evening", "hey", "hiya", "good afternoon", "yo", "greetings",
    ],
    "thanks": [
        "thanks", "thank you!", "great, thanks", "thx", "perfect, thank you", "cheers",
        "ok thanks a lot", "awesome thanks", "that helps, thanks", "many thanks",
    ],
    "human": [
        "can I talk to a human?", "I want to speak to a person", "agent please",
        "get me a real person", "connect me to support staff", "human please",
        "let me talk to someone", "I need a representative", "speak to an agent",
        "is there a real person I can talk to?",
    ],
    "offtopic": [
        "what's the weather like today?", "who won the game last night?",
        "can you write me a poem?", "what is the capital of France?",
        "tell me a joke", "what's the meaning of life?", "do you like music?",
        "how old are you?", "what time is it in Tokyo?", "recommend a movie",
        "what's 2 plus 2?", "who is the president?",
    ],
}

def _faq_answer(kind: str, rng: random.Random, currency: str) -> str:
    days = rng.choice([7, 10, 14, 15, 21, 30, 45, 60, 90, 100, 365])
    fee = format_price(rng.choice([2.95, 3.99, 4.5, 4.99, 5.0, 5.95, 6.99, 7.5, 8.0, 9.99, 12.0]))
    limit = rng.choice([25, 35, 40, 49, 50, 60, 75, 99, 100, 150])
    hours = rng.choice(["9am to 5pm", "8am to 6pm", "10am to 7pm", "9am to 9pm", "7am to 3pm"])
    ship_days = rng.choice(["1-2", "2-3", "2-5", "3-5", "3-7", "5-10", "7-14"])
    answers = {
        "returns": f"You can return unused items within {days} days for a full refund.",
        "refund": f"Refunds go back to the original payment within {rng.randint(2, 14)} business "
        "days.",
        "shipping_fee": f"Shipping costs {fee} {currency}; orders over {limit} {currency} ship free.",
        "shipping_time": f"Standard delivery takes {ship_days} business days.",
        "international": rng.choice([
            f"We ship to {rng.randint(12, 90)} countries; duties are paid by the buyer.",
            "We only ship within the country for now.",
        ]),
        "hours": f"Our support team is available {hours}, Monday to Friday.",
        "warranty": f"All products carry a {rng.choice([1, 2, 3, 5])}-year warranty.",
        "payment": rng.choice([
            "We accept Visa, Mastercard, PayPal and gift cards.",
            "We accept all major cards and Apple Pay.",
            "We accept cards, bank transfer and PayPal.",
        ]),
        "exchange": f"Exchanges are free within {days} days if the item is unused.",
        "gift": f"Gift wrapping costs {fee} {currency} and can be added at checkout.",
        "cancel": f"Orders can be cancelled within {rng.choice([1, 2, 6, 12, 24, 48])} hours.",
        "pickup": rng.choice([
            "You can pick up orders at our store after we email you.",
            "We do not offer in-store pickup.",
        ]),
    }
    return answers[kind]


def _money(rng: random.Random, amount: float, currency: str) -> str:
    """A sum as shops write it: '4.95 USD', 'USD 4.95', '$4.95', '5 EUR'."""
    figure = format_price(amount)
    if figure.endswith(".00") and rng.random() < 0.5:
        figure = figure[:-3]
    symbol = rng.choice(["$", "\u20ac", "\u00a3", currency + " "])
    return rng.choice([f"{figure} {currency}", f"{currency} {figure}", f"{symbol}{figure}"])


# Fixed topics in other words than `_faq_answer`'s: a shop words its policies its own way,
# so a model that recalls one wording of a topic copies a wrong figure ("Shipping costs 50").
_FAQ_REWORDED = {
    "returns": ["Unworn items may be sent back for {days} days after delivery.",
                "Our return window is {days} days; start a return from your account.",
                "Returns: {days} days, in the original box, with the label we email you."],
    "refund": ["Once the parcel is back with us, the money reaches you in {n} working days.",
               "Allow {n} days for a refund to show on your statement."],
    "shipping_fee": ["Delivery is {fee}, and nothing at all above {limit}.",
                     "Orders under {limit} pay {fee} for postage; the rest ship at no cost.",
                     "Standard post: {fee}. Spend {limit} or more and it is on us."],
    "shipping_time": ["Parcels usually reach you in {ship_days} working days.",
                      "Expect your order {ship_days} days after it leaves our warehouse."],
    "international": ["Besides home, we deliver to {n} countries, duties on arrival.",
                      "Sorry, we deliver only to home addresses in this country."],
    "hours": ["Chat with us {hours} on weekdays; weekends are closed.",
              "The help desk answers {hours}, except public holidays."],
    "warranty": ["Every item is covered for {years} years against defects.",
                 "A {years} year guarantee comes with each purchase; keep the invoice."],
    "payment": ["Pay with {methods}.", "Checkout takes {methods}."],
    "exchange": ["Yes, swap it for another size or colour within {days} days, at no charge.",
                 "Exchanges: {days} days, free, as long as the tags are on."],
    "gift": ["Add wrapping for {fee} when you check out.",
             "We gift wrap for {fee} a parcel; add a note for free."],
    "cancel": ["You have {hours_n} hours to cancel from your order page.",
               "Cancel within {hours_n} hours of ordering; after that, return it instead."],
    "pickup": ["Collect from our shop once you get the ready email; bring your order number.",
               "No collection, sorry: every order is delivered."],
}


def _faq_reworded(kind: str, rng: random.Random, vocab: Vocabulary, currency: str) -> str:
    """Training: a fixed topic's answer in one of many wordings, with an opener and
    sometimes a sentence of the shop's own, to be copied as it stands."""
    slots = {
        "days": rng.choice([7, 10, 14, 15, 21, 30, 45, 60, 90, 100, 365]),
        "n": rng.randint(2, 90), "years": rng.choice([1, 2, 3, 5, 10]),
        "fee": _money(rng, rng.choice([1.99, 2.95, 3.5, 4.95, 5.0, 6.5, 7.99, 9.0, 12.5]),
                      currency),
        "limit": _money(rng, rng.choice([20, 30, 45, 50, 80, 100, 120, 200]), currency),
        "hours": rng.choice(["9am to 5pm", "8:30 to 17:00", "10am-6pm", "from 7 to 19",
                             "9 till 9"]),
        "ship_days": rng.choice(["1-2", "2 to 4", "3-6", "4 to 8", "5-12"]),
        "hours_n": rng.choice([1, 2, 3, 12, 24, 36, 48, 72]),
        "methods": rng.choice(["cards, PayPal or Klarna", "Visa, Amex and bank transfer",
                               f"any card, {_invented(rng, vocab).capitalize()} Pay or cash",
                               "debit cards and gift vouchers"]),
    }
    text = rng.choice(_FAQ_REWORDED[kind]).format(**slots)
    opener = rng.choice(["", "", "", "Yes. ", "Good news: ", "In short: ", "Sure! "])
    if opener and not text.startswith(("Yes", "Sorry", "No")):
        text = opener + text
    if rng.random() < 0.3:
        extra = _faq_extra(rng, vocab)
        text = f"{extra} {text}" if rng.random() < 0.5 else f"{text} {extra}"
    return text


_OPEN_VERBS = ["offer", "sell", "accept", "repair", "engrave", "rent", "recycle", "match",
               "reserve", "deliver", "install", "price match", "gift wrap", "personalise",
               "change", "use", "get", "order", "book", "return", "cancel", "track", "pay for",
               "collect", "swap", "combine", "reuse", "update", "delete", "register"]
_OPEN_THINGS = ["gift cards", "student discounts", "physical stores", "bulk orders",
                "size guides", "loyalty points", "samples", "spare parts", "custom orders",
                "old items", "a newsletter", "weekend delivery", "assembly", "vouchers",
                "my size", "my package", "a damaged item", "a missing parcel", "the wrong item",
                "my password", "my account", "an invoice", "promo codes", "pre-orders",
                "care instructions", "my delivery address", "store pickup", "a wishlist",
                "trade-ins", "a price drop", "customs fees", "a receipt", "gift messages",
                "repairs", "rentals", "my subscription", "back orders", "installments",
                "a showroom", "product manuals", "a referral", "a broken part", "the packaging",
                "a late delivery", "my points", "the outlet", "a second hand item",
                "personal data", "personalised gifts", "my personal details", "engraving",
                "a personal shopper", "in-person visits", "my data", "personalisation"]
_OPEN_ASKS = ["Do you {verb} {thing}?", "Can I {verb} {thing}?", "How do I {verb} {thing}?",
              "How do {thing} work?", "Is there a policy on {thing}?", "What about {thing}?",
              "Where can I {verb} {thing}?", "Do you have {thing}?", "What if I want to {verb} "
              "{thing}?", "Is it possible to {verb} {thing}?", "Tell me about {thing}.",
              "How can I {verb} {thing}?", "What should I do about {thing}?",
              "Any info on {thing}?", "When can I {verb} {thing}?"]
_OPEN_SENTENCES = [
    "Yes, we {verb} {thing} for orders over {n} items.", "We do not offer {thing} at the moment.",
    "{Thing} are available in our {word} section for {n} days.",
    "Ask our {word} team about {thing}; it takes {n} minutes.",
    "You can {verb} {thing} at {word}.com within {n} days.",
    "Each {noun} page has a {word} chart.", "We are online only, but you can visit our {word} "
    "partner.", "You get a {word} link by email once it ships.",
    "Write to us within {n} days with a photo and we will send a new one.",
    "Sign in, open {word}, and choose {thing}.", "It costs {price} and takes {n} days.",
    "Only {noun} bought after {month} {n} count.", "Our {word} desk answers within {n} hours.",
    "{Thing} cannot be {verb}ed once the order ships.", "Call {phone} and ask for {name}.",
    "Send the {noun} back in the {word} box.", "We keep {thing} for {n} weeks.",
    "Members get {n} points per {price} spent.", "Yes, for {price} per {noun}.",
    "No, but {thing} can be {verb}ed in {word}.", "Fill in the form on the {word} page.",
    "Please allow {n} working days.", "We will email you a {word} code.",
    "{Thing} are handled by {word} in {n} regions.", "Most {noun} qualify; {word} ones do not.",
    "Use the code {code} at checkout.", "It is free on {noun} over {price}.",
    "Bring your receipt to any {word} shop.", "Yes. {Thing} come with a {n} month guarantee.",
]
_MONTHS = ["January", "March", "May", "June", "August", "October", "December"]


def _open_faq(rng: random.Random, vocab: Vocabulary) -> tuple[str, str, str]:
    """A question a shop answers that no fixed topic covers, and its answer in the shop's own
    words: the model can only match the shopper's words to the question and copy the
    answer, whatever its shape."""
    verb, thing = rng.choice(_OPEN_VERBS), rng.choice(_OPEN_THINGS)
    if rng.random() < 0.4:
        thing = f"{_invented(rng, vocab)} {thing.split()[-1]}"
    question = rng.choice(_OPEN_ASKS).format(verb=verb, thing=thing)
    slots = {
        "verb": verb, "thing": thing, "Thing": thing[:1].upper() + thing[1:],
        "n": str(rng.randint(2, 500)), "word": _invented(rng, vocab),
        "noun": rng.choice(rng.choice(vocab.categories)[1]),
        "price": format_price(rng.choice([4.95, 9.0, 15.5, 20.0, 49.99, 99.0])),
        "month": rng.choice(_MONTHS), "phone": f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        "name": rng.choice(vocab.names).capitalize(),
        "code": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5)),
    }
    sentences = rng.sample(_OPEN_SENTENCES, rng.choice([1, 1, 2, 2, 3]))
    answer = " ".join(t.format(**slots) for t in sentences)
    return question, answer, thing


def _open_asks(question: str, topic: str) -> list[str]:
    """Ways a shopper asks a shop's own FAQ entry: its words, or its topic in other words."""
    return [question, question.lower(), f"do you have {topic}?", f"any info on {topic}?",
            f"question about {topic}", f"what's the deal with {topic}?", f"{topic}?",
            f"how does it work with {topic}?", f"can you tell me about {topic}"]


def _faq_extra(rng: random.Random, vocab: Vocabulary) -> str:
    """A shop-specific sentence: real policies say things no template predicts, so the
    answer has to be copied from the passage, not recalled."""
    word = _invented(rng, vocab)
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(rng.randint(3, 5)))
    return rng.choice([
        "Please keep your receipt.",
        "Items must be in their original packaging.",
        "Sale items are excluded.",
        f"Write to help@{word}.com for help.",
        f"Call us on {rng.randint(100, 999)} {rng.randint(1000, 9999)}.",
        f"Use code {code}{rng.randint(1, 99)} at checkout.",
        f"Members of {word.capitalize()} Club pay nothing.",
        f"See the {word} page on our site.",
        f"It takes about {rng.randint(2, 60)} minutes.",
        f"Ask for {rng.choice(vocab.names).capitalize()} at the {word} desk.",
        f"This does not apply to {rng.choice(vocab.categories)[0]}.",
        f"Our {word} partners handle this in {rng.randint(2, 30)} regions.",
    ])


# (kind, FAQ question as listed in the shop, shopper phrasings; first split -> train/heldout)
_FAQS: list[tuple[str, str, list[str]]] = [
    ("returns", "How do I return an item?", [
        "how do returns work?", "can I return something?", "what's your return policy?",
        "how long do I have to return it?", "I want to send this back", "return policy?",
    ]),
    ("refund", "When will I get my refund?", [
        "when do I get my money back?", "how long do refunds take?", "refund timing?",
        "where is my refund?",
    ]),
    ("shipping_fee", "How much is shipping?", [
        "how much is shipping?", "do you have free shipping?", "shipping cost?",
        "what do you charge for delivery?", "is delivery free?", "shipping fees?",
    ]),
    ("shipping_time", "How long does delivery take?", [
        "how long does shipping take?", "how fast is delivery?", "delivery time?",
        "when would it arrive if I order today?",
    ]),
    ("international", "Do you ship abroad?", [
        "do you ship internationally?", "can you send to another country?",
        "do you deliver overseas?", "international shipping?",
    ]),
    ("hours", "When is support available?", [
        "what are your hours?", "when are you open?", "when can I call support?",
        "opening hours?",
    ]),
    ("warranty", "Is there a warranty?", [
        "do products have a warranty?", "what warranty do you offer?", "warranty?",
        "is this covered by a guarantee?",
    ]),
    ("payment", "Which payment methods do you accept?", [
        "how can I pay?", "do you take paypal?", "payment options?",
        "what cards do you accept?",
    ]),
    ("exchange", "Can I exchange an item?", [
        "can I swap it for another size?", "do you do exchanges?", "exchange policy?",
        "can I exchange my item?",
    ]),
    ("gift", "Do you offer gift wrapping?", [
        "can you gift wrap it?", "is gift wrapping available?", "gift wrap?",
        "can I send it as a gift?",
    ]),
    ("cancel", "Can I cancel my order?", [
        "how do I cancel an order?", "can I still cancel?", "cancel order policy?",
        "is it too late to cancel?",
    ]),
    ("pickup", "Can I pick up my order in store?", [
        "can I collect in store?", "is there store pickup?", "click and collect?",
        "can I pick it up myself?",
    ]),
]

# Training-only phrasings, beyond the training half of the lists above: the held-out half
# stays unseen, and a model that met only a handful of wordings per question learns those
# wordings instead of what they ask. These widen what training shows, never the evaluation.
_ASK_MORE: dict[str, list[str]] = {
    "price": [
        "what's the {p} selling for?", "price on the {p}?", "how much would the {p} be?",
        "{p} - how much?", "do you know the price of the {p}?", "what would I pay for the {p}?",
        "need the price for the {p}", "how much are you asking for the {p}?",
        "what's the cost of the {p}", "{p}: what's the price?", "looking at the {p}, how much?",
        "the {p}, how much is that", "could I get a price on the {p}?", "{p} cost?",
    ],
    "price_it": [
        "and what does it cost?", "how much is that one?", "price on that?", "cost?",
        "what would that cost me?", "how much would it be?", "ok and the price", "and cost?",
        "what's that going for?", "how much are they?",
    ],
    "stock": [
        "do you have any {p} in stock?", "is the {p} available to buy?", "{p} available?",
        "is the {p} still available?", "have you got the {p}?", "can I order the {p} today?",
        "is there stock of the {p}?", "are you out of the {p}?", "how many {p} are left?",
        "{p} - in stock?", "any {p} available?", "do you carry the {p} right now?",
        "is the {p} available at the moment?", "is the {p} currently available?",
        "is the {p} available today?", "{p} available right now?", "are the {p} in stock now?",
        "is the {p} currently in stock?", "can I get the {p} at the moment?",
        "is there any {p} available right now?",
    ],
    "stock_it": [
        "do you have any?", "is it available now?", "is there any stock?", "still available?",
        "can I order it?", "are there any left?", "is it sold out?", "have you got it?",
    ],
    "attr": [
        "what is the {k} of the {p}?", "the {p}, what {k}?", "{k} for the {p}?",
        "what's the {p}'s {k}?", "which {k} does the {p} have?", "tell me the {p} {k}",
        "what {k} is the {p}?", "what's the {k} in the {p}?", "does the {p} have a {k}?",
        "what {k} has the {p} got?", "I'd like to know the {k} of the {p}",
        "can you check the {k} on the {p}?", "whats the {k} of {p}", "{p}: what {k}?",
        "what sort of {k} does the {p} have?", "quick question, what {k} is the {p}?",
    ],
    "attr_it": [
        "what's the {k}?", "and its {k}?", "{k} please?", "which {k} does it have?",
        "what {k} does it have?", "tell me the {k}",
    ],
    "variant": [
        "is there a {c} {p}?", "does the {p} exist in {c}?", "the {p} but in {c}?",
        "have you got the {p} in {c}?", "{c} version of the {p}?", "could I get a {c} {p}?",
    ],
    "variant_it": [
        "any in {c}?", "is there a {c} one?", "got it in {c}?", "can I have it in {c}?",
        "how about in {c}?", "is it made in {c}?",
    ],
    "describe": [
        "what's special about the {p}?", "describe the {p}", "info on the {p}?",
        "tell me more about {p}", "what do you know about the {p}?", "the {p}, what is it?",
    ],
    "list": [
        "what kind of {cat} do you carry?", "list your {cat}", "do you have any {cat}?",
        "which {cat} are there?", "can I see your {cat}?", "{cat}?",
        "what {cat} are available?", "got any {cat}?",
    ],
    "missing_product": [
        "have you got the {p}?", "what does the {p} cost?", "I want the {p}",
        "is there a {p}?", "can I buy the {p}?", "the {p}, do you have it?",
    ],
    "order_status": [
        "check order {o} please", "what happened to order {o}?", "is {o} on its way?",
        "order {o}?", "status for {o}", "has {o} been sent?", "where's order {o} now?",
        "can you look up {o}?",
    ],
    "order_with_email": [
        "{e}, order {o}", "order {o} under {e}", "my email {e} and order {o}",
        "{o} with email {e}", "here: {o} / {e}", "order id {o}, email address {e}",
    ],
    "order_eta": [
        "when will I get it?", "delivery date?", "when is it arriving?", "how soon will it come?",
        "arrival date?", "when can I expect delivery?",
    ],
    "order_carrier": [
        "who is the courier?", "which delivery company?", "who carries it?",
        "what courier?", "shipped with whom?", "which shipping service?",
    ],
    "order_noid": [
        "where's my package?", "my order is late", "what happened to my order?",
        "I ordered something and it's not here", "check my order please", "order status?",
    ],
    "greeting": [
        "hello there", "hi there", "morning", "hey!", "hello!", "hi, good day",
        "evening", "howdy",
    ],
    "thanks": [
        "thank you", "thanks so much", "ty", "great, thank you", "appreciate it",
        "thanks for the help",
    ],
    "human": [
        "can I speak to someone real?", "put me through to a person", "I want a human agent",
        "transfer me to staff", "real person please", "can a person help me?",
    ],
    "offtopic": [
        "what's your favourite colour?", "can you help with my homework?", "who are you?",
        "sing me a song", "what's the news today?", "how tall is mount everest?",
        "do you dream?", "what should I eat tonight?",
    ],
}

_FAQ_ASKS_MORE: dict[str, list[str]] = {
    "returns": ["can I send it back?", "returns?", "how do I return something?",
                "what if I don't like it?"],
    "refund": ["when is my refund coming?", "refund?", "how do refunds work?",
               "I'm waiting for a refund"],
    "shipping_fee": ["is shipping free?", "delivery cost?", "what does shipping cost?",
                     "how much for delivery?"],
    "shipping_time": ["how long will delivery take?", "how many days to deliver?",
                      "shipping time?", "how quickly do you ship?"],
    "international": ["do you ship to other countries?", "shipping abroad?",
                      "can I order from outside the country?", "do you send abroad?"],
    "hours": ["when is support available?", "support hours?", "when can I reach you?",
              "what times are you available?"],
    "warranty": ["is there a guarantee?", "how long is the warranty?", "warranty info?",
                 "what if it breaks?"],
    "payment": ["which payment methods?", "can I pay by card?", "how do I pay?",
                "what payment do you take?"],
    "exchange": ["can I exchange it?", "exchanges?", "can I change it for another one?",
                 "do you allow exchanges?"],
    "gift": ["do you wrap gifts?", "gift wrapping?", "can it be wrapped as a present?",
             "is it possible to gift wrap?"],
    "cancel": ["cancel my order?", "can I cancel?", "how can I cancel?",
               "is cancelling possible?"],
    "pickup": ["can I pick it up in store?", "in-store pickup?", "can I collect it?",
               "do you offer pickup?"],
}

# Training-only questions composed from a frame and a topic's words, so that a fixed topic
# is recognised however it is asked (a shopper rarely words it as the shop's FAQ does):
# frames hold `{t}`, filled with one of the topic's noun phrases, or are whole sentences
# that describe the shopper's situation.
_FAQ_TOPIC_WORDS: dict[str, tuple[list[str], list[str]]] = {
    "returns": (["returns", "sending things back", "the return window", "a return",
                 "returning an item"],
                ["it doesn't fit, can I send it back?", "I changed my mind, can I return it?",
                 "what if the item is not what I expected?", "how many days to return stuff?",
                 "is there a deadline for returns?", "do I have to pay to send it back?"]),
    "refund": (["refunds", "my refund", "the money back", "a refund"],
               ["I sent it back last week, when is the money coming?",
                "how long until the refund shows on my card?",
                "still no money back after my return", "how fast do you refund?"]),
    "shipping_fee": (["shipping", "delivery", "postage", "the delivery charge", "shipping costs"],
                     ["do I pay extra for delivery?", "is there a charge to ship it?",
                      "how much to get it delivered?", "what's the postage on an order?",
                      "is it free to ship above some amount?", "any shipping fee?"]),
    "shipping_time": (["delivery time", "shipping time", "how long shipping takes",
                       "transit time"],
                      ["if I order now, how soon do I get it?", "how many days is delivery?",
                       "how long do parcels take to arrive?", "what's the usual delivery time?",
                       "how quick is your shipping?"]),
    "international": (["international shipping", "shipping abroad", "overseas delivery",
                       "delivery to other countries"],
                      ["I live in another country, can I order?", "do you send parcels abroad?",
                       "can you deliver outside the country?", "will you ship to Europe?",
                       "is worldwide shipping possible?"]),
    "hours": (["your opening hours", "support hours", "customer service hours",
               "your hours"],
              ["what time does support close?", "are you open on weekdays?",
               "when can I reach customer service?", "until when is the help desk open?"]),
    "warranty": (["the warranty", "the guarantee", "warranty cover"],
                 ["what if the product stops working?", "is it guaranteed?",
                  "how long are products covered?", "mine broke after a month, is it covered?"]),
    "payment": (["payment methods", "paying", "payment options", "ways to pay"],
                ["can I pay with paypal?", "do you accept credit cards?",
                 "which cards can I use?", "how can I pay for my order?"]),
    "exchange": (["exchanges", "swapping an item", "an exchange"],
                 ["it's the wrong size, can I swap it?", "can I trade it for another colour?",
                  "I'd like a different size instead", "can I switch it for something else?"]),
    "gift": (["gift wrapping", "gift wrap", "wrapping a present"],
             ["it's a present, can you wrap it?", "do you offer wrapping for gifts?",
              "can I get it gift wrapped?", "does gift wrap cost extra?"]),
    "cancel": (["cancelling", "cancellation", "cancelling an order"],
               ["I ordered by mistake, can I cancel?", "how long do I have to cancel?",
                "can I stop my order?", "I want to cancel what I just ordered"]),
    "pickup": (["store pickup", "collection", "picking up in store", "click and collect"],
               ["can I come and get it myself?", "can I collect it at your shop?",
                "is collecting in person possible?", "do I have to have it delivered?"]),
}
_FAQ_FRAMES = ["what about {t}?", "tell me about {t}", "how does {t} work?",
               "question about {t}", "what's the deal with {t}?", "info on {t} please",
               "I have a question on {t}", "can you explain {t}?", "{t}: how does it work?",
               "what are the rules for {t}?", "could you tell me about {t}?", "{t}, please"]


def faq_paraphrase(kind: str, rng: random.Random) -> str:
    """A shopper's question on a fixed FAQ topic in words no FAQ holds (training only)."""
    nouns, sentences = _FAQ_TOPIC_WORDS[kind]
    if rng.random() < 0.5:
        return rng.choice(sentences)
    return rng.choice(_FAQ_FRAMES).format(t=rng.choice(nouns))


# Replies: one fixed wording per case, so the only thing to learn is what to copy.
_REPLY = {
    "price": "The {name} costs {price} {cur}.",
    "in_stock": "Yes, the {name} is in stock ({stock} available).",
    "out_of_stock": "Sorry, the {name} is out of stock right now.",
    "stock_unknown": "I do not know if the {name} is in stock. Would you like me to ask a person?",
    "attr": "The {name} has {key} {value}.",
    "attr_unknown": "I do not know the {key} of the {name}. Would you like me to ask a person?",
    "variant_yes": "Yes, the {name} comes in {color} for {price} {cur}.",
    "variant_no": "Sorry, I do not see the {name} in {color}. It comes in {colors}.",
    "colours": "The {name} comes in {colors}.",
    "describe": "The {name} costs {price} {cur}. {description}",
    "list_item": "the {name} for {price} {cur}",
    "list": "We have {items}.",
    "missing_product": MISSING_PRODUCT_REPLY,
    "dont_know": "Sorry, I do not know that. Would you like me to ask a person?",
    "order_need_proof": "I can check order {order_id}. Please tell me the email on the order.",
    "order_mismatch": "Sorry, that email does not match order {order_id}. Please check both.",
    "order_not_found": "Sorry, I could not find order {order_id}. Please check the number.",
    "order_noid": "Please tell me your order number and the email on the order.",
    "greeting": "Hello! Welcome to {store}. How can I help you today?",
    "thanks": "You are welcome! Is there anything else I can help with?",
    "human": "Of course. I am connecting you with a person from our team.",
    "no_date": "I do not have a delivery date for it yet.",
    "carrier": "Order {order_id} is with {carrier}.",
    "carrier_unknown": "I do not have a carrier for order {order_id} yet.",
}


def reply_opening(kind: str, name: str) -> str:
    """How the reply of `kind` about product `name` opens: its wording up to the first fact
    after the name, without the punctuation before it ("The {name} costs {price}" -> "The
    Oslo Mug costs"); a stock reply, whose words after the name are its fact, up to the
    name and its verb ("Sorry, the {name} is out of stock" -> "Sorry, the Oslo Mug is")."""
    if kind in ("in_stock", "out_of_stock"):
        wording = _REPLY[kind].split("{name}", 1)[0] + name + " is"
    else:
        wording = _REPLY[kind].replace("{name}", name).split("{", 1)[0].rstrip(" (.")
    # a name that begins with "The" takes no second one ("Yes, The Quiet Monsoon is")
    return re.sub(r"\b[Tt]he (?=The )", "", wording)


def order_state(order: dict) -> str:
    """How a reply on a proven order opens: its state ("Order X has shipped")."""
    oid, status = order["order_id"], order["status"]
    if status == "shipped":
        return f"Order {oid} has shipped"
    if status == "processing":
        return f"Order {oid} is still processing"  # the shop's own word for the state
    return f"Order {oid} was {status}"


def order_status_reply(order: dict) -> str:
    """The reply to "where is my order" for a proven order: every field copied from it."""
    text = order_state(order)
    if order["status"] == "shipped" and order.get("carrier"):
        text += f" with {order['carrier']}"
    if order["status"] in ("shipped", "processing") and order.get("eta"):
        text += f" and should arrive by {order['eta']}"
    return text + "."


def order_eta_reply(order: dict) -> str:
    """The reply to "when will it arrive?": the order's state first, so a delivered, cancelled
    or returned order is never said to be on its way, and a date only where the order has one."""
    text = order_status_reply(order)
    if order["status"] in ("shipped", "processing") and not order.get("eta"):
        text += " " + _REPLY["no_date"]
    return text


# --------------------------------------------------------------------------------------
# Random shops


def _brand(rng: random.Random, vocab: Vocabulary) -> str:
    if rng.random() < 0.6:
        return _invented(rng, vocab).capitalize()
    return rng.choice(vocab.brands)


_ONSETS = "b c d f g h j k l m n p r s t v w x y z br ch cl dr fl gr kr pl pr sh st th tr".split()
_VOWELS = "a e i o u y ai ea ee io oa ou".split()


def _invented(rng: random.Random, vocab: Vocabulary) -> str:
    if vocab.heldout or rng.random() < 0.5:
        return "".join(rng.choice(vocab.syllables) for _ in range(rng.randint(2, 3)))
    # Letters from the whole alphabet, so that copying is learned for any word piece.
    word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(1, 3)))
    return word + (rng.choice(_ONSETS) if rng.random() < 0.5 else "")


def _word(rng: random.Random, vocab: Vocabulary, words: list[str]) -> str:
    return _invented(rng, vocab) if rng.random() < vocab.invented else rng.choice(words)


def _name_numbers(product: dict) -> list[str]:
    """Numbers in a product's own name ("Charger 2"): never another product's figure."""
    return re.findall(r"\d+(?:\.\d+)?", product["name"])


def _sku(rng: random.Random, name: str, wide: bool = False) -> str:
    letters = re.sub(r"[^A-Z]", "", name.upper())[:3].ljust(3, "X")
    if wide and rng.random() < 0.6:  # training: the many shapes shops give their SKUs
        word = re.sub(r"[^A-Z]", "", name.upper().split()[-1])[:3] or "X"
        return rng.choice([
            f"{letters}-{word}{rng.randint(10, 999)}-{_letters(rng, 3)}",
            f"{letters}{rng.randint(1000, 99999)}", f"{_letters(rng, 2)}-{rng.randint(100, 9999)}",
            f"{letters}-{rng.randint(1, 99)}{_letters(rng, 1)}-{_letters(rng, 2)}",
        ])
    return f"{letters}-{rng.randint(10, 999)}-{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _order_id(rng: random.Random) -> str:
    """Training: order numbers in the many shapes shops use, so that the model copies the
    one in the facts, whatever it looks like, and tells it from a SKU."""
    return rng.choice([
        f"{_letters(rng, rng.randint(1, 3))}{rng.choice(['', '-'])}{rng.randint(1000, 9999999)}",
        str(rng.randint(10000, 999999999)),
        f"{_letters(rng, rng.randint(2, 3))}-{rng.randint(2019, 2027)}-{rng.randint(100, 99999)}",
        f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}",
    ])


def _price(rng: random.Random) -> float:
    whole = rng.choice([rng.randint(1, 20), rng.randint(10, 150), rng.randint(100, 2500)])
    cents = rng.choice([0, 99, 95, 50, 49, rng.randint(0, 99)])
    return round(whole + cents / 100, 2)


def _stock(rng: random.Random) -> int | None:
    r = rng.random()
    if r < 0.2:
        return 0
    if r < 0.27:
        return None
    return rng.choice([rng.randint(1, 9), rng.randint(10, 99), rng.randint(100, 900)])


# Names as shops write them beyond "Brand [adjective] noun [number]": a model code inside
# ("Nav 530", "X2", "R60"), two words of kind ("Car Bike Rack"), hyphenated words, a size
# ("120 ml"); up to six words (`Vocabulary.long_names`). Measured values as further
# attributes ("weight 9.4 kg", `Vocabulary.measured`).
_MEASURES: dict[str, Callable[[random.Random], str]] = {
    "weight": lambda r: f"{r.choice([r.randint(1, 30), round(r.uniform(0.1, 20), 1)])} kg",
    "capacity": lambda r: f"{r.choice([r.randint(1, 60), round(r.uniform(0.2, 5), 1)])} L",
    "width": lambda r: f"{r.randint(10, 900)} mm",
    "length": lambda r: f"{r.randint(5, 250)} cm",
    "battery": lambda r: f"{r.choice([r.randint(2, 60)])} hours",
    "power": lambda r: f"{r.randint(5, 3000)} W",
    "max load": lambda r: f"{r.randint(5, 200)} kg",
    "screen": lambda r: f"{round(r.uniform(1.2, 15.6), 1)} inch",
    "warranty": lambda r: f"{r.randint(1, 10)} years",
    "output": lambda r: f"{r.randint(50, 3000)} lumens",
    "wheel size": lambda r: f"{r.choice([12, 14, 16, 20, 24, 26, 27.5, 29])} inch",
    "pieces": lambda r: str(r.randint(2, 48)),
}


# Attribute names shops use beyond the measured ones, some of two words ("skin type"); with
# `Vocabulary.measured`, that share of the products (drawn apart from the measured values)
# get one or two of these (or an invented word) with a word, a colour, a material or a
# measure as its value, so that a question names the field and the reply copies its value,
# whatever the field.
_FIELDS = ("flavour", "filling", "scent", "fit", "finish", "pattern", "texture", "style",
           "closure", "lining", "type", "shape", "origin", "life stage", "skin type",
           "breed size", "pack size", "age range", "tank size", "flow rate", "frame size",
           "compound", "mount", "fuel", "protein", "volume", "diameter", "thread count")


def _field(rng: random.Random, vocab: Vocabulary) -> tuple[str, str]:
    key = _invented(rng, vocab) if rng.random() < 0.3 else rng.choice(_FIELDS)
    value = rng.choice([
        lambda: _invented(rng, vocab), lambda: rng.choice(vocab.adjectives),
        lambda: _word(rng, vocab, vocab.colors), lambda: _word(rng, vocab, vocab.materials),
        lambda: f"{rng.choice(vocab.adjectives)} {_invented(rng, vocab)}",
        lambda: _MEASURES[rng.choice(sorted(_MEASURES))](rng),
        lambda: f"{rng.randint(5, 95)}%",
    ])()
    return key, value


def _code(rng: random.Random) -> str:
    """A model code as shops print them: 530, X2, R60, 700c, 11-Speed, 3-Pack, 29x2.4."""
    n = rng.choice([rng.randint(1, 20), rng.randint(20, 999), rng.randint(1000, 3000)])
    return rng.choice([
        str(n), f"{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{n}", f"{n}{rng.choice('cxsei')}",
        f"{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{n}",
        f"{n}-{rng.choice(['Speed', 'Pack', 'Piece', 'Cup', 'Port', 'Way'])}",
        f"{rng.randint(10, 40)}x{round(rng.uniform(1, 3), 1)}",
    ])


def _long_name(rng: random.Random, vocab: Vocabulary, noun: str) -> str:
    parts = [_brand(rng, vocab)]
    model = rng.random()
    if model < 0.7:
        parts.append(_invented(rng, vocab).capitalize() if rng.random() < 0.5
                     else rng.choice(vocab.adjectives).capitalize())
    if model > 0.3 or len(parts) == 1:
        parts.append(_code(rng))
    if rng.random() < 0.3:  # "Short-Sleeve", "Full-Face"
        a, b = rng.sample(vocab.adjectives, 2)
        parts.append(f"{a.capitalize()}-{b.capitalize()}")
    if rng.random() < 0.5:  # a kind in two words: "Car Bike Rack", "Front Light"
        parts.append(rng.choice([_invented(rng, vocab), *vocab.adjectives]).capitalize())
    parts.append(noun.capitalize() if rng.random() < 0.8 else noun)
    if rng.random() < 0.3:
        parts.append(rng.choice([f"{rng.randint(2, 750)} ml", f"{round(rng.uniform(0.3, 5), 1)} L",
                                 f"{rng.randint(50, 900)} g", f"{rng.randint(2, 40)} L",
                                 f"{rng.randint(1, 25)}kg", f"{rng.randint(20, 200)}cm",
                                 f"{rng.randint(6, 100)} pack"]))
    return " ".join(parts[:7])


# A size in a name ("Travois Saddle Pack 1.2 L", "Dental Sticks 28 pack") that shops also
# list as a field: the field it is (`make_product`)
_SIZE_IN_NAME = re.compile(r"(?<!\S)(\d+(?:\.\d+)?) ?(ml|L|g|kg|cm|pack)(?!\S)")
_SIZE_FIELD = {"ml": "capacity", "L": "capacity", "g": "weight", "kg": "weight",
               "cm": "length", "pack": "pack size"}


def make_product(rng: random.Random, vocab: Vocabulary, category: tuple[str, list[str]],
                 currency: str, *, base_name: str | None = None, color: str | None = None) -> dict:
    cat, nouns = category
    noun = _word(rng, vocab, nouns)
    if base_name is not None:  # a variant: same product, so the same noun
        noun = next((w.lower() for w in reversed(base_name.split()) if w.isalpha()), noun)
    if base_name is None and vocab.long_names and rng.random() < vocab.long_names:
        base_name = _long_name(rng, vocab, noun)
    elif base_name is None:
        parts = [_brand(rng, vocab)]
        if rng.random() < 0.4:
            parts.append(rng.choice(vocab.adjectives))
        parts.append(noun)
        if rng.random() < 0.5:
            parts.append(str(rng.choice([rng.randint(1, 99), rng.randint(100, 999)])))
        base_name = " ".join(parts)
        if rng.random() < 0.5:
            base_name = base_name.title()
    attributes: dict = {}
    if color or rng.random() < 0.7:
        attributes["color"] = color or _word(rng, vocab, vocab.colors)
    if rng.random() < 0.4:
        attributes["material"] = _word(rng, vocab, vocab.materials)
    if vocab.measured and rng.random() < vocab.measured:
        for key in rng.sample(sorted(_MEASURES), rng.randint(1, 3)):
            attributes[key] = _MEASURES[key](rng)
    if vocab.measured and rng.random() < vocab.measured:
        for _ in range(rng.randint(1, 2)):
            key, value = _field(rng, vocab)
            attributes.setdefault(key, value)
    size = _SIZE_IN_NAME.search(base_name)
    if size and rng.random() < 0.7:
        # the name says it, and so does a field: "how much is the X 2kg?" asks the price,
        # not the field whose value the question happens to hold
        attributes[_SIZE_FIELD[size.group(2)]] = size.group(0)
    if cat in ("shoes", "jackets", "sports") and rng.random() < 0.6:
        sizes = (["S", "M", "L", "XL"] if cat == "jackets" else [str(s) for s in range(5, 13)])
        start = rng.randint(0, len(sizes) - 2)
        attributes["sizes"] = sizes[start:start + rng.randint(2, 4)]
    product = {
        "sku": _sku(rng, base_name, wide=bool(vocab.invented)),
        "name": base_name,
        "price": _price(rng),
        "currency": currency,
        "stock": _stock(rng),
        "category": cat,
        "attributes": attributes,
        "description": f"{rng.choice(vocab.adjectives).capitalize()} {noun} with "
        f"{rng.choice(vocab.features)}.",
        "images": [f"images/{base_name.lower().replace(' ', '-')}.jpg"],
    }
    if product["stock"] is None:
        del product["stock"]
    return product


@dataclass
class Shop:
    store: dict
    vocab: Vocabulary
    rng: random.Random
    faqs: dict[str, dict] = field(default_factory=dict)
    open_asks: dict[str, list[str]] = field(default_factory=dict)  # training: own topics

    @classmethod
    def random(cls, rng: random.Random, vocab: Vocabulary) -> Shop:
        brand, noun = _brand(rng, vocab), rng.choice(vocab.shop_nouns)
        if vocab.invented and rng.random() < vocab.invented:  # training: copy, not recall
            noun = _invented(rng, vocab).capitalize()
        name = f"{brand} {noun}"
        currency = rng.choice(vocab.currencies)
        shop = cls({"name": name, "currency": currency}, vocab, rng)
        for kind, question, _ in _FAQS:
            if vocab.invented and rng.random() < 0.5:  # training: copy, not recall
                answer = _faq_reworded(kind, rng, vocab, currency)
            else:
                answer = _faq_answer(kind, rng, currency)
            for _ in range(rng.choice([0, 0, 1, 1, 2])):
                answer += " " + _faq_extra(rng, vocab)
            shop.faqs[kind] = {"id": kind, "question": question, "answer": answer}
        if vocab.invented:  # training: topics of the shop's own, asked in its own words
            for i in range(rng.choice([2, 3, 4, 5])):
                question, answer, topic = _open_faq(rng, vocab)
                shop.faqs[f"open{i}"] = {"id": f"open{i}", "question": question,
                                         "answer": answer}
                shop.open_asks[f"open{i}"] = _open_asks(question, topic)
        return shop

    @property
    def currency(self) -> str:
        return self.store["currency"]

    def product(self, category: tuple[str, list[str]] | None = None, **kw) -> dict:
        category = category or self.rng.choice(self.vocab.categories)
        return make_product(self.rng, self.vocab, category, self.currency, **kw)

    def order(self, products: list[dict]) -> dict:
        rng = self.rng
        status = rng.choice(["processing", "shipped", "shipped", "delivered", "cancelled",
                             "returned"])
        oid = rng.choice([
            f"{rng.choice('ABCDEFGHKMNPRSTW')}{rng.randint(10000, 99999)}",
            f"SO-{rng.randint(1000, 999999)}",
            str(rng.randint(100000, 9999999)),
            f"#{rng.randint(1000, 99999)}",
        ]).lstrip("#")
        if self.vocab.invented and rng.random() < 0.5:  # training: ids of any shape
            oid = _order_id(rng)
        order = {
            "order_id": oid,
            "email": f"{rng.choice(self.vocab.names)}{rng.choice(['', '.', '_'])}"
            f"{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(self.vocab.domains)}",
            "placed": _date(rng),
            "status": status,
            "items": [{"sku": p["sku"], "qty": rng.randint(1, 3)} for p in products[:2]],
        }
        if status in ("shipped", "delivered") and rng.random() < 0.85:
            order["carrier"] = rng.choice(self.vocab.carriers)
        if status in ("processing", "shipped") and rng.random() < 0.8:
            order["eta"] = _date(rng)
        elif status in ("delivered", "returned") and rng.random() < 0.5:
            order["eta"] = _date(rng)  # shops keep the date it was due; it is no answer now
        return order


def _date(rng: random.Random) -> str:
    return f"{rng.choice([2025, 2026, 2027])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


# --------------------------------------------------------------------------------------
# Shopper text noise


def _noisy(rng: random.Random, text: str, typos: bool = True) -> str:
    """Casing, punctuation and typo noise, as shoppers type (the same random draws whether
    or not `typos` are applied, so a seed gives the same dialogues either way)."""
    if rng.random() < 0.3:
        text = text.lower()
    if rng.random() < 0.2:
        text = text.rstrip("?!.")
    if rng.random() < 0.12:
        words = text.split(" ")
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 3 and not any(ch.isdigit() for ch in w):
            j = rng.randrange(1, len(w) - 1)
            w = rng.choice([w[:j] + w[j + 1:], w[:j] + w[j + 1] + w[j] + w[j + 2:],
                            w[:j] + w[j] + w[j:]])
            if typos:
                words[i] = w
        text = " ".join(words)
    if rng.random() < 0.1:
        text = rng.choice(["hi, ", "hey ", "ok ", "so ", "um ", "quick question: "]) + text
    if rng.random() < 0.05:
        text = text.upper()
    return text


_OPENERS = ["hello, ", "hi there, ", "excuse me, ", "sorry, ", "one more thing: ", "also ",
            "and ", "btw ", "hmm ", "ok so ", "good morning, ", "please, ", "hey, quick one: ",
            "I have a question. ", "can you help? "]
_CLOSERS = [" please", " thanks", " thank you", " pls", " ?", " :)", " asap", " for me",
            " if you know", " thx", " please help", "!!"]


def _chatty(rng: random.Random, text: str) -> str:
    """Training-only chatter around a question (openers, closers), so that a model learns
    the question and not the exact frame it came in."""
    if rng.random() < 0.15:
        text = rng.choice(_OPENERS) + text
    if rng.random() < 0.15:
        text = text.rstrip("?!.") + rng.choice(_CLOSERS)
    return text


def _mention(rng: random.Random, product: dict) -> str:
    """How a shopper names a product: the full name, or a shorter piece of it."""
    name = product["name"]
    words = name.split()
    r = rng.random()
    if r < 0.6 or len(words) < 3:
        return name
    if r < 0.8:
        return " ".join(words[:2])
    return " ".join(words[1:])


# --------------------------------------------------------------------------------------
# Examples


@dataclass(frozen=True)
class Example:
    prompt: Prompt
    reply: str
    intent: str
    expected: tuple[str, ...]  # strings the reply must contain
    forbidden: tuple[str, ...]  # strings it must not contain (facts of other things)
    train_history: bool  # every assistant turn in the prompt is also grounded in its facts

    @property
    def messages(self) -> list[dict[str, str]]:
        return [*self.prompt.messages, {"role": "assistant", "content": self.reply}]


@dataclass
class _Turn:
    user: str
    reply: str
    expected: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()


# Shares of dialogue kinds: as shoppers bring them (evaluation), and in training, where the
# kinds a small model gets wrong most (a product the shop lacks, colour variants, small
# talk) come more often.
_MIX = {"product": 0.45, "variant": 0.07, "faq": 0.16, "faq_missing": 0.05, "order": 0.14,
        "missing_product": 0.05, "small_talk": 0.08}
_TRAIN_MIX = {"product": 0.33, "variant": 0.16, "faq": 0.16, "faq_missing": 0.05,
              "order": 0.12, "missing_product": 0.08, "small_talk": 0.10}


def wordings(heldout: bool) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Shoppers' wordings (placeholders unfilled) per intent and per FAQ topic: the lists'
    held-out halves, or their training halves with the training-only additions."""
    asks = {k: _half(v, heldout) for k, v in _ASK.items()}
    faq = {kind: _half(topic_asks, heldout) for kind, _, topic_asks in _FAQS}
    if not heldout:
        for k, more in _ASK_MORE.items():
            asks[k] = asks[k] + more
        for kind, more in _FAQ_ASKS_MORE.items():
            faq[kind] = faq[kind] + more
    return asks, faq


class DialogueGenerator:
    """Draws examples; `heldout=True` uses the other half of every word and phrasing list."""

    def __init__(self, seed: int = 0, *, heldout: bool = False,
                 count_tokens: Callable[[str], int] | None = None,
                 max_prompt_tokens: int = 768, invented: float | None = None,
                 typos: bool = True, long_names: float = 0.0, measured: float = 0.0) -> None:
        self.rng = random.Random(seed)
        self.typos = typos  # False: shoppers' messages as they would say them
        self.vocab = dataclasses.replace(Vocabulary.build(heldout), long_names=long_names,
                                         measured=measured)
        if invented is not None and not heldout:
            self.vocab = dataclasses.replace(self.vocab, invented=invented)
        self.heldout = heldout
        self.ask, self.faq_asks = wordings(heldout)
        self.count_tokens = count_tokens
        self.max_prompt_tokens = max_prompt_tokens

    # -- helpers -----------------------------------------------------------------------

    def _say(self, intent: str, **kw: str) -> str:
        return self._shopper(self.rng.choice(self.ask[intent]).format(**kw))

    def _named(self, p: dict) -> str:
        """A product as the shopper names it; in training sometimes with its colour in front
        ("the green Aurora Mug"), which names the product, not a colour question."""
        mention = _mention(self.rng, p)
        color = p.get("attributes", {}).get("color")
        if not self.heldout and color and self.rng.random() < 0.2:
            mention = f"{color} {mention}"
        return mention

    def _shopper(self, text: str) -> str:
        """A shopper's message: noise always, extra chatter around it in training."""
        if not self.heldout:
            text = _chatty(self.rng, text)
        return _noisy(self.rng, text, self.typos)

    def _products(self, shop: Shop, n: int) -> list[dict]:
        rng = self.rng
        category = rng.choice(shop.vocab.categories)
        same = rng.random() < 0.5  # retrieval often returns look-alikes of one category
        return [shop.product(category if same else None) for _ in range(n)]

    def _other_prices(self, products: list[dict], keep: dict) -> tuple[str, ...]:
        own = {format_price(keep["price"]), *_name_numbers(keep)}
        return tuple(format_price(p["price"]) for p in products
                     if p is not keep and format_price(p["price"]) not in own)

    # -- per-intent turns --------------------------------------------------------------

    def _price_turn(self, shop: Shop, p: dict, products: list[dict], *, pronoun: bool) -> _Turn:
        user = self._say("price_it") if pronoun else self._say("price", p=self._named(p))
        price = format_price(p["price"])
        return _Turn(user, _REPLY["price"].format(name=p["name"], price=price, cur=shop.currency),
                     (p["name"], price), self._other_prices(products, p))

    def _stock_turn(self, shop: Shop, p: dict, products: list[dict], *, pronoun: bool) -> _Turn:
        user = self._say("stock_it") if pronoun else self._say("stock", p=self._named(p))
        if "stock" not in p:
            return _Turn(user, _REPLY["stock_unknown"].format(name=p["name"]),
                         (p["name"], "do not know"))
        if p["stock"] <= 0:
            return _Turn(user, _REPLY["out_of_stock"].format(name=p["name"]),
                         (p["name"], "out of stock"))
        own = {str(p["stock"]), *_name_numbers(p)}
        others = tuple(str(q["stock"]) for q in products
                       if q is not p and q.get("stock") and str(q["stock"]) not in own)
        return _Turn(user, _REPLY["in_stock"].format(name=p["name"], stock=p["stock"]),
                     (p["name"], str(p["stock"])), others)

    def _attr_turn(self, shop: Shop, p: dict, products: list[dict], *, pronoun: bool) -> _Turn:
        attrs = p["attributes"]
        # a shop's own fields ("tank size", "flavour", an invented word) are asked half the
        # time when the product has them: the reply copies whichever field the question names
        own = [k for k in attrs if k not in ("color", "material", "sizes")]
        key = self.rng.choice(own) if own and self.rng.random() < 0.5 else \
            self.rng.choice([*attrs.keys(), "material", "color", "sizes"])
        keyed = (not self.heldout and not pronoun and key in _ASK_KEYED and key in attrs
                 and self.rng.random() < 0.35)
        if keyed:  # "is the X made of {v}?" names a value, the product's or another's
            guess = attrs[key] if self.rng.random() < 0.5 else _word(
                self.rng, shop.vocab, shop.vocab.materials if key == "material"
                else shop.vocab.colors)
            user = self._shopper(self.rng.choice(_ASK_KEYED[key]).format(
                p=_mention(self.rng, p), v=guess))
        else:
            user = (self._say("attr_it", k=key) if pronoun
                    else self._say("attr", k=key, p=_mention(self.rng, p)))
        if key not in attrs:
            return _Turn(user, _REPLY["attr_unknown"].format(key=key, name=p["name"]),
                         (p["name"], "do not know"))
        value = attrs[key]
        value = ", ".join(value) if isinstance(value, list) else value
        return _Turn(user, _REPLY["attr"].format(name=p["name"], key=key, value=value),
                     (p["name"], value))

    def _describe_turn(self, shop: Shop, p: dict, products: list[dict]) -> _Turn:
        user = self._say("describe", p=self._named(p))
        price = format_price(p["price"])
        reply = _REPLY["describe"].format(name=p["name"], price=price, cur=shop.currency,
                                          description=p["description"])
        return _Turn(user, reply, (p["name"], price), self._other_prices(products, p))

    def _list_turn(self, shop: Shop, products: list[dict]) -> _Turn:
        cat = products[0]["category"]
        user = self._say("list", cat=cat)
        items = [_REPLY["list_item"].format(name=p["name"], price=format_price(p["price"]),
                                            cur=shop.currency) for p in products]
        joined = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
        expected = tuple(x for p in products for x in (p["name"], format_price(p["price"])))
        return _Turn(user, _REPLY["list"].format(items=joined), expected)

    # -- examples ----------------------------------------------------------------------

    def _product_dialogue(self, shop: Shop) -> tuple[list[dict], list[_Turn], str]:
        """One to four questions about the products in context (topic: the first one)."""
        rng = self.rng
        n = rng.choice([1, 1, 2, 2, 3])
        products = self._products(shop, n)
        topic = products[0]
        turns: list[_Turn] = []
        kind = "product"
        for i in range(rng.choice([1, 1, 1, 2, 2, 3, 4])):
            pronoun = i > 0 and rng.random() < 0.7
            target = topic if (pronoun or rng.random() < 0.75) else rng.choice(products)
            choice = rng.random()
            if not self.heldout and i == 0 and len(products) > 1 and rng.random() < 0.15:
                choice = 1.0  # training: lists (several products copied) come more often
            if choice < 0.4:
                turn = self._price_turn(shop, target, products, pronoun=pronoun)
                kind = "price"
            elif choice < 0.62:
                turn = self._stock_turn(shop, target, products, pronoun=pronoun)
                kind = "stock"
            elif choice < 0.8:
                turn = self._attr_turn(shop, target, products, pronoun=pronoun)
                kind = "attribute"
            elif choice < 0.9 and not pronoun:
                turn = self._describe_turn(shop, target, products)
                kind = "describe"
            elif i == 0 and len(products) > 1:
                turn = self._list_turn(shop, products)
                kind = "list"
            else:
                turn = self._price_turn(shop, target, products, pronoun=pronoun)
                kind = "price"
            turns.append(turn)
        return products, turns, kind

    def _variant_dialogue(self, shop: Shop) -> tuple[list[dict], list[_Turn], str]:
        rng = self.rng
        category = rng.choice(shop.vocab.categories)
        # Colours as a shop names them: in training sometimes invented words, so the colour
        # of a reply is copied from the shopper or the facts, never recalled from a list.
        palette = shop.vocab.colors if self.heldout else list(dict.fromkeys(
            _word(rng, shop.vocab, shop.vocab.colors) for _ in range(len(shop.vocab.colors))))
        first = shop.product(category, color=rng.choice(palette))
        colors = rng.sample([c for c in palette if c != first["attributes"]["color"]],
                            rng.randint(1, 2))
        variants = [first] + [shop.product(category, base_name=first["name"], color=c)
                              for c in colors[: rng.randint(0, len(colors))]]
        available = [v["attributes"]["color"] for v in variants]
        ask_color = rng.choice(colors + available[1:]) if rng.random() < 0.8 else rng.choice(
            palette)
        turns = [self._price_turn(shop, first, variants, pronoun=False)] if rng.random() < 0.5 \
            else []
        pronoun = bool(turns)
        if rng.random() < 0.25:  # "what colours does it come in?": every colour the facts list
            user = (self._say("colours_it") if pronoun
                    else self._say("colours", p=_mention(rng, first)))
            reply = _REPLY["colours"].format(name=first["name"], colors=", ".join(available))
            turns.append(_Turn(user, reply, tuple(available)))
            rng.shuffle(variants)
            return variants, turns, "variant"
        user = (self._say("variant_it", c=ask_color) if pronoun
                else self._say("variant", c=ask_color, p=_mention(rng, first)))
        match = next((v for v in variants if v["attributes"]["color"] == ask_color), None)
        if match is not None:
            price = format_price(match["price"])
            reply = _REPLY["variant_yes"].format(name=match["name"], color=ask_color,
                                                 price=price, cur=shop.currency)
            turns.append(_Turn(user, reply, (ask_color, price),
                               self._other_prices(variants, match)))
        else:
            reply = _REPLY["variant_no"].format(name=first["name"], color=ask_color,
                                                colors=", ".join(available))
            turns.append(_Turn(user, reply, tuple(available)))
        rng.shuffle(variants)
        return variants, turns, "variant"

    def _faq_dialogue(self, shop: Shop, *, missing: bool) -> tuple[list[dict], list[_Turn], str]:
        rng = self.rng
        kinds = rng.sample(list(shop.faqs), 3)
        if shop.open_asks and rng.random() < 0.5:  # a shop's own topics: copy, not recall
            asked = rng.choice(list(shop.open_asks))
            kinds = [asked, *[k for k in kinds if k != asked]][:3]
        asked = kinds[0]
        shown = kinds[1:1 + rng.randint(0, 2)] if missing else kinds[: rng.randint(1, 2)]
        rng.shuffle(shown)
        self._faqs_now = [shop.faqs[k] for k in shown]
        asks = self.faq_asks.get(asked) or shop.open_asks[asked]
        if not self.heldout and asked in _FAQ_TOPIC_WORDS and rng.random() < 0.4:
            user = self._shopper(faq_paraphrase(asked, rng))
        else:
            user = self._shopper(rng.choice(asks))
        if missing:
            return [], [_Turn(user, _REPLY["dont_know"], ("do not know",))], "faq_missing"
        # the answer as the facts write it ("Delivery is 12.50 GBP"): serving gives a reply
        # back the shop's own signs ("£12.50"); a sign is byte pieces the model loses its way on
        answer = plain_amounts(shop.faqs[asked]["answer"], shop.currency)
        numbers = tuple(re.findall(r"\d+(?:\.\d+)?", answer))
        last_words = " ".join(answer.split()[-3:])  # the end of a copied passage
        return [], [_Turn(user, answer, (*numbers, answer[:20], last_words))], "faq"

    def _order_dialogue(self, shop: Shop) -> tuple[list[dict], list[_Turn], str]:
        rng = self.rng
        products = self._products(shop, rng.choice([1, 2]))
        order = shop.order(products)
        oid = order["order_id"]
        case = rng.choices(["proven", "need_proof", "mismatch", "not_found", "noid"],
                           weights=[5, 2, 1.2, 1, 0.8])[0]
        self._order_now, self._note_now = None, ""
        if case == "noid":
            return [], [_Turn(self._say("order_noid"), _REPLY["order_noid"],
                                ("order number",))], "order_noid"
        if case == "need_proof":
            self._note_now = order_note("need_proof", oid)
            return [], [_Turn(self._say("order_status", o=oid),
                              _REPLY["order_need_proof"].format(order_id=oid), (oid,))], case
        if case in ("mismatch", "not_found"):
            email = order["email"] if case == "not_found" else f"{rng.choice(shop.vocab.names)}@" \
                f"{rng.choice(shop.vocab.domains)}"
            self._note_now = order_note(case, oid)
            return [], [_Turn(self._say("order_with_email", o=oid, e=email),
                              _REPLY[f"order_{case}"].format(order_id=oid), (oid,))], case
        self._order_now = order
        if rng.random() < 0.5:
            user = self._say("order_with_email", o=oid, e=order["email"])
        else:
            user = self._say("order_status", o=oid)
        expected = (oid, order["status"])
        turns = [_Turn(user, order_status_reply(order), expected)]
        if rng.random() < 0.5:
            if rng.random() < 0.5:
                eta = order.get("eta") if order["status"] in ("shipped", "processing") else None
                state = expected[1]
                turns.append(_Turn(self._say("order_eta"), order_eta_reply(order),
                                   (state, eta) if eta else (state,)))
            else:
                carrier = order.get("carrier")
                reply = (_REPLY["carrier"].format(order_id=oid, carrier=carrier) if carrier
                         else _REPLY["carrier_unknown"].format(order_id=oid))
                turns.append(_Turn(self._say("order_carrier"), reply,
                                   (carrier,) if carrier else ("do not have",)))
        return [], turns, "order"

    def _missing_product_dialogue(self, shop: Shop) -> tuple[list[dict], list[_Turn], str]:
        rng = self.rng
        products = self._products(shop, rng.choice([0, 1, 2]))
        names = {w.lower() for p in products for w in p["name"].split()}
        for _ in range(20):
            wanted = shop.product()
            if not names & {w.lower() for w in wanted["name"].split()}:
                break
        asked = _mention(rng, wanted)
        if not self.heldout and products and rng.random() < 0.5:
            # Training: what retrieval returns for a product the shop lacks is often a
            # look-alike sharing a word of the name ("Voyager Nova lamp" -> "Pika Voyager
            # Vase"); sharing a word is not being the product.
            shown = rng.choice(products)["name"].split()
            asked = f"{rng.choice(shown[:-1] or shown)} {asked.split()[-1]}" \
                if len(asked.split()) > 1 and asked.split()[-1].lower() != shown[-1].lower() \
                else asked
        intent = "missing_product"
        if not self.heldout and rng.random() < 0.5:
            # Asked as any product is asked: "how much is the X?" must not lead to "The X
            # costs" when X is not there.
            intent = rng.choice(["price", "stock", "describe", "attr"])
        user = self._say(intent, p=asked, k=rng.choice(["material", "size", "weight"])) \
            if intent == "attr" else self._say(intent, p=asked)
        forbidden = tuple(format_price(p["price"]) for p in products)
        if not self.heldout and rng.random() < 0.6:
            # What retrieval passes when it sees the name is none of the shop's products.
            products, self._note_now = [], NO_SUCH_PRODUCT
        return products, [_Turn(user, _REPLY["missing_product"], ("could not find",),
                                 forbidden)], "missing_product"

    def _small_talk(self, shop: Shop, intent: str) -> tuple[list[dict], list[_Turn], str]:
        products = self._products(shop, self.rng.choice([0, 0, 1]))
        reply = {"greeting": _REPLY["greeting"].format(store=shop.store["name"]),
                 "thanks": _REPLY["thanks"], "human": _REPLY["human"],
                 "offtopic": _REPLY["dont_know"]}[intent]
        forbidden = tuple(format_price(p["price"]) for p in products)
        expected = {"greeting": shop.store["name"], "thanks": "welcome", "human": "person",
                    "offtopic": "do not know"}[intent]
        return products, [_Turn(self._say(intent), reply, (expected,), forbidden)], intent

    def example(self) -> Example:
        rng = self.rng
        shop = Shop.random(rng, self.vocab)
        self._faqs_now: list[dict] = []
        self._order_now: dict | None = None
        self._note_now = ""
        kind = rng.choices(list(_MIX), weights=list(_MIX.values() if self.heldout
                                                     else _TRAIN_MIX.values()))[0]
        if kind == "product":
            products, turns, intent = self._product_dialogue(shop)
        elif kind == "variant":
            products, turns, intent = self._variant_dialogue(shop)
        elif kind == "faq":
            products, turns, intent = self._faq_dialogue(shop, missing=False)
        elif kind == "faq_missing":
            products, turns, intent = self._faq_dialogue(shop, missing=True)
        elif kind == "order":
            products, turns, intent = self._order_dialogue(shop)
        elif kind == "missing_product":
            products, turns, intent = self._missing_product_dialogue(shop)
        else:
            # Training greets more: the greeting must copy the shop's name.
            intent = rng.choice(["greeting", "thanks", "human", "offtopic"]
                                + ([] if self.heldout else ["greeting", "greeting"]))
            products, turns, intent = self._small_talk(shop, intent)
        return self._layout(shop, products, turns, intent)

    def _layout(self, shop: Shop, products: list[dict], turns: list[_Turn],
                intent: str) -> Example:
        rng = self.rng
        faqs = list(self._faqs_now)
        # Retrieval passes some FAQ passages and products along with most turns.
        if not faqs and rng.random() < 0.25 and intent not in ("faq_missing", "offtopic"):
            faqs = [shop.faqs[k] for k in rng.sample(list(shop.faqs), 1)]
        if intent in ("order", "need_proof", "mismatch", "not_found") and rng.random() < 0.3:
            products = self._products(shop, 1)
        history: list[dict] = []
        grounded = True
        summary = ""
        # Sometimes an earlier, unrelated exchange precedes (not grounded in these facts).
        if rng.random() < 0.2:
            stale = shop.product()
            history += [{"role": "user", "text": self._say("price", p=stale["name"])},
                        {"role": "assistant", "text": _REPLY["price"].format(
                            name=stale["name"], price=format_price(stale["price"]),
                            cur=shop.currency)}]
            grounded = False
        if rng.random() < 0.1:
            summary = f"The shopper asked about the {shop.product()['name']}."
        for t in turns[:-1]:
            history += [{"role": "user", "text": t.user}, {"role": "assistant", "text": t.reply}]
        last = turns[-1]
        prompt = build_messages(
            store=shop.store, products=products, faqs=faqs, order=self._order_now,
            note=self._note_now, summary=summary, turns=history, message=last.user,
            count_tokens=self.count_tokens, max_prompt_tokens=self.max_prompt_tokens,
        )
        return Example(prompt, last.reply, intent, tuple(last.expected), tuple(last.forbidden),
                       grounded)

    def __iter__(self) -> Iterator[Example]:
        while True:
            yield self.example()


def generate(n: int, seed: int = 0, *, heldout: bool = False) -> list[Example]:
    gen = DialogueGenerator(seed, heldout=heldout)
    return [gen.example() for _ in range(n)]
