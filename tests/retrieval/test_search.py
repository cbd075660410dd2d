import json
import random
from pathlib import Path

import numpy as np
import pytest

from retrieval.augment import ShopperPhoto, shopper_photo
from retrieval.evaluate import _paraphrase
from retrieval.images import ImageError, load_image_file


def _products(store: Path) -> list[dict]:
    return [json.loads(line) for line in (store / "catalog.jsonl").read_text().splitlines()]


def _shop_named(store_copy: Path, encoder, names: list[str], **fields):
    """The store's first products renamed `names` (and given `fields`), loaded: (knowledge,
    the products as written). `fields` values may be a list, one value per product."""
    from retrieval.search import Knowledge

    products = _products(store_copy)[: len(names)]
    for i, (product, name) in enumerate(zip(products, names, strict=True)):
        product["name"] = name
        for key, value in fields.items():
            product[key] = value[i] if isinstance(value, list) else value
    (store_copy / "catalog.jsonl").write_text("".join(json.dumps(p) + "\n" for p in products))
    return Knowledge.load(store_copy, encoder=encoder), products


def test_shopper_photos_find_their_product(knowledge, store_template: Path) -> None:
    rng = np.random.default_rng(3)
    products = _products(store_template)
    top1 = top5 = 0
    for product in products:
        rgb = load_image_file(store_template / product["images"][0], max_side=1024)
        hits = knowledge.search(text=None, image=shopper_photo(rgb, rng, ShopperPhoto()), k=5)
        skus = [h["sku"] for h in hits]
        top1 += skus[:1] == [product["sku"]]
        top5 += product["sku"] in skus
    assert top1 / len(products) >= 0.8 and top5 / len(products) >= 0.85


def test_paraphrased_questions_find_their_product(knowledge, store_template: Path) -> None:
    rng = random.Random(5)
    products = _products(store_template)
    found = sum(p["sku"] in [h["sku"] for h in knowledge.search(text=_paraphrase(p, rng),
                                                                image=None, k=5)]
                for p in products)
    assert found / len(products) >= 0.8


def test_lookup_of_a_photo_gives_a_confident_card(knowledge, store_template: Path) -> None:
    product = _products(store_template)[4]
    rgb = load_image_file(store_template / product["images"][0], max_side=1024)
    photo = shopper_photo(rgb, np.random.default_rng(1), ShopperPhoto(blur=(0, 0.5)))
    facts = knowledge.lookup(text="do you have this?", image=photo, history=[], order_id=None,
                             channel="chat")
    assert facts.products and facts.products[0]["sku"] == product["sku"]
    card = facts.products[0]
    assert set(card) >= {"sku", "name", "price", "currency", "stock", "image_url", "score",
                         "description", "category", "attributes"}
    assert (store_template / card["image_url"]).exists()


def test_filters_stated_in_text_hold(knowledge) -> None:
    cheap = sorted(p["price"] for p in knowledge.products if p["category"] == "lamps")[2] + 0.5
    facts = knowledge.lookup(text=f"any lamp under ${cheap:.0f} in stock?", image=None,
                             history=[], order_id=None, channel="chat")
    assert facts.products
    for card in facts.products:
        assert card["category"] == "lamps" and card["price"] <= cheap and card["stock"] > 0


def test_a_named_product_is_found_sold_out_or_not(store_copy: Path, encoder) -> None:
    """"Is the X in stock?" asks about X: a sold-out X is the answer, not filtered away."""
    from retrieval.search import Knowledge

    products = _products(store_copy)
    for product in products[::3]:
        product["stock"] = 0
    (store_copy / "catalog.jsonl").write_text("".join(json.dumps(p) + "\n" for p in products))
    knowledge = Knowledge.load(store_copy, encoder=encoder)
    for product in products[:12:3]:
        facts = knowledge.lookup(text=f"Is the {product['name']} in stock?", image=None,
                                 history=[], order_id=None, channel="chat")
        cards = {card["sku"]: card for card in facts.products}  # colour variants share names
        assert product["sku"] in cards and cards[product["sku"]]["stock"] == 0, product["name"]
        # Its brand and model apart, with its colour ("the Atlas lamp from Kestrel"): agents'
        # search and a turn's look-up both give that one, not another in stock.
        brand, model, kind = product["name"].split()
        text = (f"is the {model} {kind.lower()} from {brand} available in "
                f"{product['attributes']['color']}?")
        assert knowledge.search(text=text, image=None, k=5)[0]["sku"] == product["sku"], text
        facts = knowledge.lookup(text=text, image=None, history=[], order_id=None,
                                 channel="chat")
        assert facts.products and facts.products[0]["sku"] == product["sku"], text
    # Browsing with the same words still lists only what can be bought.
    category = next(p["category"] for p in products if p["stock"])
    facts = knowledge.lookup(text=f"any {category} in stock?", image=None, history=[],
                             order_id=None, channel="chat")
    assert facts.products and all(card["stock"] > 0 for card in facts.products)


def test_names_are_found_as_shoppers_write_them(knowledge) -> None:
    """In full, in the plural, or without the last word where no other name starts so."""
    from collections import Counter

    names = sorted({p["name"] for p in knowledge.products})
    starts = Counter(" ".join(n.lower().split()[:-1]) for n in names)
    name = next(n for n in names if starts[" ".join(n.lower().split()[:-1])] == 1)
    short = " ".join(name.split()[:-1])
    assert knowledge.names_in(f"how much is the {name}?") == [(name, name)]
    assert knowledge.names_in(f"any {name.upper()}S left?") == [(name, name.upper() + "S")]
    assert knowledge.names_in(f"is the {short.lower()} in stock") == [(name, short.lower())]
    other = next(n for n in names if n != name)
    assert [n for n, _ in knowledge.names_in(f"the {name} or the {other}?")] == [name, other]
    shared = next((n for n in names if starts[" ".join(n.lower().split()[:-1])] > 1), None)
    if shared is not None:  # a start two names share names neither
        assert knowledge.names_in("is the " + " ".join(shared.split()[:-1]) + " nice?") == []
    assert knowledge.names_in("do you sell kettles?") == []


def test_a_name_is_found_by_its_first_words_short_of_another_model(store_copy: Path,
                                                                   encoder) -> None:
    """Shops name products with model numbers and kinds of several words; shoppers say the
    first words ("the orbit nav 530"), misspell one, or name another model of the line."""
    names = ["Orbit Nav 530 GPS Computer", "Orbit Nav 210 GPS Computer",
             "Harlow Tow 3 Car Bike Rack", "Velo Beam 800 Front Light",
             "Velo Beam 1500 Front Light", "Pippa Kids 16", "Strata Road 700x28c Tyre",
             "Strata Road 700x32c Tyre"]
    knowledge, _ = _shop_named(store_copy, encoder, names,
                               stock=[5, 5, 0, 5, 0, 5, 5, 5])
    assert knowledge.names_in("orbit nav 530 how much") == [(names[0], "orbit nav 530")]
    assert knowledge.names_in("the Orbet Nav 530?") == [(names[0], "Orbet Nav 530")]
    # (the mention goes on over the name's own words after it)
    assert knowledge.names_in("is the Harlow Tow 3 bike carrier in stock") == [
        (names[2], "Harlow Tow 3 bike")]
    assert knowledge.names_in("the orbit nav?") == []  # two models start so
    assert knowledge.names_in("how much is the Harlow Tow 5?") == []  # another model
    assert knowledge.names_in("strata road 28c tyre price?") == [
        (names[6], "strata road 28c tyre")]
    assert knowledge.names_in("strata road tyres?") == []

    def lookup(text: str):
        return knowledge.lookup(text=text, image=None, history=[], order_id=None,
                                channel="chat")

    facts = lookup("how much is the Harlow Tow 5?")
    assert facts.unknown_product and not facts.products
    facts = lookup("is the Velo Beam 1500 available?")  # sold out, and still the one asked
    assert facts.products[0]["name"] == names[4] and facts.products[0]["stock"] == 0
    facts = lookup("our boy wants his first pedal bike, is the Pippa Kids 16 any good?")
    assert facts.products[0]["name"] == names[5] and not facts.unknown_product


def test_a_name_is_found_by_words_only_it_holds(store_copy: Path, encoder) -> None:
    """Shoppers leave words of long names out: "snughaven donut bed small" is the one
    SnugHaven Donut Calming Bed in small; words that several names hold name none."""
    names = ["SnugHaven Donut Calming Bed Small 50cm Grey",
             "SnugHaven Donut Calming Bed Medium 70cm Grey",
             "SnugHaven Donut Calming Bed Medium 70cm Blush Pink",
             "GulpLess Slow Feeder Bowl Blue 1L", "GulpLess Slow Feeder Bowl Green 1L"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert knowledge.names_in("snughaven donut bed small - how much") == [
        (names[0], "snughaven donut bed small")]
    assert knowledge.names_in("any snughaven beds medium in blush pink?") == [
        (names[2], "snughaven beds medium in blush pink")]
    assert knowledge.names_in("is the gulpless slow feeder in green in stock") == [
        (names[4], "gulpless slow feeder in green")]
    assert knowledge.names_in("the snughaven donut bed medium?") == []  # two of them
    assert knowledge.names_in("what's the filling of snughaven donut beds") == []
    assert knowledge.names_in("snughaven donut bed small 60cm price") == []  # another size


def test_a_model_code_without_its_dash_and_a_size_without_its_unit_name_a_product(
        store_copy: Path, encoder) -> None:
    """Shoppers write "qt7" for QT-7 and "skillet 26" for the 26cm skillet."""
    names = ["Quokka Kitchen QT-7 Instant-Read Meat Thermometer",
             "Quokka Kitchen QT-9 Oven Thermometer", "Quokka Kitchen Balloon Whisk 30cm",
             "Ferrowood Pre-Seasoned Cast Iron Skillet 26cm",
             "Ferrowood Pre-Seasoned Cast Iron Skillet 30cm"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert knowledge.names_in("quokka meat thermometer qt7 price?") == [
        (names[0], "quokka meat thermometer qt7")]
    assert knowledge.names_in("quokka thermometer qt8 price?") == []  # no such model
    assert knowledge.names_in("how heavy is the ferrowood skillet 26?") == [
        (names[3], "ferrowood skillet 26")]
    assert knowledge.names_in("how heavy is the ferrowood skillet?") == []  # two sizes


def test_sizes_in_words_are_read_as_names_write_them(store_copy: Path, encoder) -> None:
    """"In mens medium" of "Men's M", "3 litre" of "3L"; a name that spells "Medium" too."""
    names = ["Westcoaster Deluge 3L Storm Shell Men's M Red",
             "Westcoaster Deluge 3L Storm Shell Men's L Red",
             "Coolabah Pantry Canister 1.2L", "Coolabah Pantry Canister 3L",
             "ChewRight Dental Sticks Medium", "ChewRight Dental Sticks Large"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert knowledge.names_in("price of the deluge storm shell in mens medium") == [
        (names[0], "deluge storm shell in mens medium")]
    assert knowledge.names_in("the coolabah canister 3 litre?") == [
        (names[3], "coolabah canister 3 litre")]
    assert knowledge.names_in("chewright dental sticks medium?") == [
        (names[4], "chewright dental sticks medium")]


def test_sizes_are_read_in_any_unit_spelling_the_names_use(store_copy: Path, encoder) -> None:
    """"the pocketcell 20k mah" of the 20000mAh, "6 foot" of "6ft", "15 inch" of "15-inch",
    "2pk" of "(2-pack)", "ganpro 20w" (a name word and a size), "the 20000 pocketcell" (a
    number without its unit); three or more words with a size name a product even where
    each word is held by many names. A lone "in" is no unit."""
    names = ["Voltaro PocketCell Power Bank 5000mAh", "Voltaro PocketCell Power Bank 20000mAh",
             "Voltaro PowerLine Lightning Cable 3ft", "Voltaro PowerLine Lightning Cable 6ft",
             "Driftwood Harbor Felt Laptop Sleeve 13-inch", "Driftwood Harbor Felt Laptop Sleeve 15-inch",
             "Driftwood Harbor Felt Laptop Sleeve 16-inch", "Lumora Glow Smart Bulb (1-pack)",
             "Lumora Glow Smart Bulb (2-pack)", "Voltaro GaNPro 20W USB-C Charger",
             "Voltaro GaNPro 65W USB-C Charger", "Lumora Glow Light Strip 6.5ft",
             "Pika Metro Sneaker"]
    knowledge, _ = _shop_named(store_copy, encoder, names)

    def named(text: str) -> list[str]:
        return [n for n, _ in knowledge.names_in(text)]

    assert knowledge.names_in("price on the pocketcell 20k mah pls") == [
        (names[1], "pocketcell 20k mah")]
    assert named("whats the 6 foot lightning cable cost?") == [names[3]]
    assert named("harbor felt sleeve 15 inch, whats the price") == [names[5]]
    assert named("is the harbor felt sleeve available in 16 inch?") == [names[6]]
    assert named("whats the lumora glow bulb 2pk go for") == [names[8]]
    assert named("how much is the ganpro 20w") == [names[9]]
    assert named("how heavy is the 20000 pocketcell?") == [names[1]]
    assert named("how much is the ganpro 30w") == []  # no such size
    assert named("is the harbor felt sleeve any good") == []  # three sizes
    # a product named with its size is no product the shop lacks
    facts = knowledge.lookup(text="price on the pocketcell 20k mah pls", image=None,
                             history=[], order_id=None, channel="web")
    assert facts.products[0]["name"] == names[1] and not facts.unknown_product
    # (named by words without a size, a kind it is not still names a product it lacks)
    facts = knowledge.lookup(text="How much is the Pika Metro lamp?", image=None,
                             history=[], order_id=None, channel="web")
    assert facts.unknown_product and not facts.products
    # and the same spellings tell a line apart after a reply about one of it
    assert knowledge.sibling(names[0], "what about the 20k mAh?") == (names[1], "20k mAh")
    assert knowledge.sibling(names[2], "and the 6 foot one?")[0] == names[3]


def test_a_name_word_said_in_another_form_names_its_product(store_copy: Path, encoder) -> None:
    """"volumising" of "Volume", "smoothing" of "Smooth": a word that shares all but a few
    letters of its start (five at least) with one name word alone."""
    names = ["Brae & Burn Volume Shampoo 250ml", "Brae & Burn Curl Cleanse Shampoo 250ml",
             "Orla Rose Smooth Repair Conditioner 300ml", "Orla Rose Colour Keep Conditioner 300ml"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert knowledge.names_in("how many of the brae and burn volumising shampoo do you have") == [
        (names[0], "brae and burn volumising shampoo")]
    assert [n for n, _ in knowledge.names_in("is orla rose's smoothing conditioner for frizz")] \
        == [names[2]]
    assert knowledge.names_in("is the orla rose conditioner any good") == []  # two


def test_a_mention_goes_on_over_the_names_words_after_its_start(store_copy: Path,
                                                                 encoder) -> None:
    """"the strapworks link band" of the Strapworks Link Steel Band 45mm Silver, found by
    its first two words: "band" is the name's too, not a word of the question."""
    names = ["Strapworks Link Steel Band 45mm Silver", "Strapworks Loop Sport Band 41mm Black"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert knowledge.names_in("what kind of steel is the strapworks link band") == [
        (names[0], "strapworks link band")]
    # a size after it that the name lacks names no product of it
    assert knowledge.names_in("is the strapworks link steel band 41mm in stock") == []


def test_the_words_that_tell_a_line_apart_pick_its_product(store_copy: Path, encoder) -> None:
    """"and the 2 litre?" after the Kovi Glass Jar 0.5L is its 2L; "the slate one in a large"
    after the Women's S Moss parka is the Women's L Slate; a colour with no size keeps the
    size said last; "bigger" is the next size up; words that tell no product of the line
    apart pick none."""
    names = ["Tarnby Storm Parka Women's S Moss", "Tarnby Storm Parka Women's L Moss",
             "Tarnby Storm Parka Women's L Slate", "Tarnby Storm Parka Women's S Slate",
             "Kovi Glass Jar 0.5L", "Kovi Glass Jar 2L", "Kovi Glass Bottle 1L",
             "Lumo Skin Tint 40ml - Shade 02 Light", "Lumo Skin Tint 40ml - Shade 03 Medium"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    parka, jar = names[0], names[4]

    def picked(before: str, text: str) -> str:
        return (knowledge.sibling(before, text) or ("", ""))[0]

    assert knowledge.sibling(jar, "and the 2 litre?") == (names[5], "2 litre")
    assert picked(jar, "what about the 2?") == names[5]
    assert knowledge.sibling(parka, "the slate one in a large?") == (names[2], "slate one in a large")
    assert picked(parka, "ok and the large, is it out of stock?") == names[1]
    assert picked(parka, "and in slate?") == names[3]
    assert picked(parka, "what's it made of?") == ""
    assert picked(parka, "is the moss one warm?") == ""  # the one said last
    assert picked(jar, "is it good for 2 people?") == ""
    assert picked(jar, "and the 5 litre?") == ""  # no such size
    assert knowledge.sibling(jar, "and in the bigger size?") == (names[5], "bigger")
    assert picked(names[5], "a smaller one?") == jar
    assert picked(jar, "a smaller one?") == ""
    # the name's words beside the telling ones are part of what picks it
    assert knowledge.sibling(names[7], "what about in shade 03? how many have you got") \
        == (names[8], "shade 03")


def test_the_words_that_tell_a_found_line_apart_pick_one_of_it(store_copy: Path,
                                                                encoder) -> None:
    """A first question that names no product in full picks one of those it found by the
    words that tell them apart: sizes in any spelling ("1mm" of "1.00mm", "sixteen inch" and
    "13 inch" of 13", "half size" of "1/2", "strength 3"), model codes ("5B"); of names holding
    every telling word, the one that says least besides. It must say a word the line shares,
    and no word the shop never uses right before them; words that tell none apart, or
    several, pick none."""
    names = ["Fernline Grip Nylon Picks 0.60mm (12 pack)", "Fernline Grip Nylon Picks 1.00mm (12 pack)",
             'Pukeko Coated Batter Drum Head 13"', 'Pukeko Coated Batter Drum Head 16"',
             "Aoraki Student Violin Outfit 1/2", "Aoraki Student Violin Outfit 3/4",
             "Southerly Alto Saxophone Reeds Strength 2 (Box of 10)",
             "Southerly Alto Saxophone Reeds Strength 3 (Box of 10)",
             "Southerly Bb Clarinet Reeds Strength 3 (Box of 10)",
             "Pukeko Hickory Drumsticks 5B Nylon Tip", "Pukeko Hickory Drumsticks 5B Wood Tip",
             "Pukeko Hickory Drumsticks 7A Nylon Tip",
             "Tasman Audio Instrument Cable 6m (20ft)",
             "Tasman Audio Instrument Cable 6m (20ft) Right-Angle",
             "Tasman Audio Instrument Cable 3m (10ft)"]
    knowledge, _ = _shop_named(store_copy, encoder, names)

    def pick(found: int, text: str) -> str:
        return (knowledge.pick(names[found], text) or ("", ""))[0]

    assert knowledge.pick(names[0], "what do the 1mm grip picks cost?") == (names[1], "1mm grip picks")
    assert pick(2, "sixteen inch coated drum head in stock?") == names[3]
    assert pick(3, "a 13 inch coated batter head, what's it cost") == names[2]
    assert pick(5, "is the half size violin outfit in stock") == names[4]
    assert pick(6, "how much is a box of alto sax reeds, strength 3") == names[7]
    assert pick(9, "a pair of 5B sticks with nylon tips?") == names[9]
    assert pick(9, "a pair of 5B sticks?") == ""  # wood or nylon
    assert pick(1, "the 0.6mm grip picks?") == names[0]  # of the line, not only the found
    assert pick(12, "a 20ft instrument cable, how much") == names[12]
    assert pick(12, "and a 20ft one?") == ""  # no word of the line
    assert pick(14, "need an instrument cable 20ft") == names[12]
    assert pick(14, "need an hdmi cable 20ft") == ""  # a word no text of the shop uses
    assert pick(2, "how much is a coated drum head") == ""  # nothing tells them apart
    # a stock question keeps the product picked, sold out or not
    products = _products(store_copy)
    products[4]["stock"] = 0
    (store_copy / "catalog.jsonl").write_text("".join(json.dumps(p) + "\n" for p in products))
    from retrieval.search import Knowledge

    knowledge = Knowledge.load(store_copy, encoder=encoder)
    facts = knowledge.lookup(text="is the half size violin outfit in stock", image=None,
                             history=[], order_id=None, channel="web")
    assert names[4] in [p["name"] for p in facts.products]
    # after a reply about one of a line, the one that says least besides
    assert (knowledge.sibling(names[14], "ok and a 6 metre one?") or ("",))[0] == names[12]


def test_a_size_of_a_line_that_none_of_it_comes_in_is_a_product_the_shop_lacks(
        store_copy: Path, encoder) -> None:
    """"a 20 inch bass drum head" where the one bass drum head is 22": no look-alike stands
    in for it; a size that one of the line comes in finds it."""
    names = ['Pukeko Bass Drum Head 22" Coated', "Harbor Felt Laptop Sleeve 13-inch",
             "Harbor Felt Laptop Sleeve 15-inch"]
    knowledge, _ = _shop_named(store_copy, encoder, names)

    def lookup(text: str):
        return knowledge.lookup(text=text, image=None, history=[], order_id=None, channel="web")

    for text in ("how much is a 20 inch bass drum head", "a laptop sleeve for my 17 inch laptop?"):
        facts = lookup(text)
        assert facts.unknown_product and not facts.products, text
    assert lookup("how much is a 22 inch bass drum head").products[0]["name"] == names[0]
    assert lookup("harbor felt sleeve, 15 inch?").products[0]["name"] == names[2]


def test_a_size_its_values_give_and_words_of_its_description_find_a_product(
        store_copy: Path, encoder) -> None:
    """"the birch dpns, the 3mm set" of Birki Double-Pointed Needles 20 cm whose field
    "needle_mm" is "3" (a size in the name's unit, given by a value, not the name); "a 4 mm
    crochet hook" beside Horn Buttons 20 mm ("mm" there is the 4's, no word of a name); "the
    puffin project bag" of a Lundi Project Bag printed with puffins; names said without
    their letters: "thingvellir" of Þingvellir."""
    names = ["Birki Double-Pointed Needles 20 cm (set of 5)", "Krokur Aluminium Crochet Hook",
             "Horn Buttons 20 mm (pack of 5)", "Lundi Project Bag", "Lundi Crochet Puffin Kit",
             "Þingvellir Pattern Book"]
    knowledge, _ = _shop_named(
        store_copy, encoder, names,
        description=["Five short birch DPNs for socks.", "A light hook.", "Buttons of horn.",
                     "Canvas drawstring bag printed with puffins.", "Crochet a little puffin.",
                     "Twelve patterns from the rift valley."],
        attributes=[{"material": "birch wood", "needle_mm": "3"}, {"hook_mm": "4"},
                    {"diameter_mm": 20}, {"material": "cotton canvas"}, {}, {"pages": 96}])

    def first(text: str) -> str | None:
        facts = knowledge.lookup(text=text, image=None, history=[], order_id=None,
                                 channel="web")
        return facts.products[0]["name"] if facts.products else None

    assert first("how much r the birch dpns? the 3mm set of five") == names[0]
    assert first("I need a 4 mm crochet hook for amigurumi, whats the price?") == names[1]
    assert first("is the puffin project bag (the canvas drawstring one) in stock?") == names[3]
    assert first("how many pages has the thingvellir pattern book?") == names[5]
    assert knowledge.names_in("is the þingvellir pattern book in stock") == [
        (names[5], "þingvellir pattern book")]
    assert knowledge.names_in("is the Thingvellir Pattern Book in stock") == [
        (names[5], "Thingvellir Pattern Book")]


def test_a_brands_own_word_alone_names_its_product_and_a_colour_of_words_is_one(
        store_copy: Path, encoder) -> None:
    """"the moss green lettlopi" of the Hrafnfoss Léttlopi sold in moss green: a name of a
    brand and a word of its own is said by that word ("lettlopi", no English word) or by a
    model code no other name holds ("VZ14S"), and
    "moss green" is one colour of the catalog, not "moss" (another yarn's) and "green". An
    English word of a longer name ("a trowel" of the Kraal Tools Hand Trowel) or a brand
    alone ("the voltaire ecargo 400" beside a Voltaire eCommute 250) names none."""
    from retrieval.query import parse_filters

    names = ["Hrafnfoss Léttlopi", "Kemba Merino Fingering", "Kraal Tools Hand Trowel",
             "Voltaire eCommute 250", "Lopapeysa Through the Decades",
             "Voltika VZ14S Gel Battery", "Voltika VZ10S Gel Battery", "Torvik Battery 18V 4.0Ah"]
    knowledge, _ = _shop_named(store_copy, encoder, names, attributes=[
        {"colour": "moss green", "colour_code": "9427"}, {"colour": "moss"}, {"color": "green"},
        {"color": "black"}, {}, {}, {}, {}])
    text = "hæ, how many skeins of the moss green lettlopi have you got left"
    assert knowledge.names_in(text) == [(names[0], "lettlopi")]
    assert parse_filters(text, knowledge.vocabulary).colours == ("moss green",)
    assert parse_filters("the moss merino", knowledge.vocabulary).colours == ("moss",)
    assert knowledge.names_in("is the rust Léttlopi (9427) in?") == [(names[0], "Léttlopi")]
    assert knowledge.names_in("a ball of léttlopi, the white one") == [(names[0], "léttlopi")]
    assert knowledge.names_in("delivery for seeds and a trowel?") == []
    # a model code no other name holds names its product; "track" of a bike is no order word
    assert knowledge.names_in("how many VZ14S batteries do you have?")[0][0] == names[5]
    assert knowledge.names_in("what about the 18V one?") == []  # a size, no model code
    assert knowledge.lookup(text="whats the voltika vz10s going for? for my track bike",
                            image=None, history=[], order_id=None,
                            channel="web").products[0]["name"] == names[6]
    assert knowledge.names_in("what's the price of the voltaire ecargo 400 cargo bike") == []


def test_a_name_with_a_word_swapped_is_a_product_the_shop_lacks(store_copy: Path,
                                                                encoder) -> None:
    """"the hearthside grain-free duck adult cat food" of a shop whose Hearthside cat food is
    Salmon; "the hanzo edge nakiri knife" where its Hanzo Edge knives are a Gyuto Chef's and a
    Paring knife (a word no text of the catalog uses). A misspelling, a colour or a
    shopper's own word ("cheap") swaps nothing, nor does a word put in where the name has
    none."""
    names = ["Hearthside Grain-Free Salmon Adult Dry Cat Food 2kg",
             "Hanzo Edge VG-10 Gyuto Chef's Knife 21cm", "Hanzo Edge VG-10 Paring Knife 9cm",
             "Kestrel Aria Earbuds"]
    knowledge, _ = _shop_named(store_copy, encoder, names,
                               description="Everyday quality, well made.")
    swapped = knowledge.names.swapped
    assert swapped("how much is the hearthside grain-free duck adult cat food 2kg")
    assert swapped("price for the hanzo edge nakiri knife?")
    assert not swapped("how much is the hearthside grain-free salmom adult cat food")
    assert not swapped("how much is the hanzo edge cheap knife")
    assert not swapped("the hearthside grain-free salmonish adult cat food")  # another form
    assert not swapped("the kestrel aria wireless earbuds")
    assert not swapped("the hanzo edge paring knife")
    facts = knowledge.lookup(text="how much is the hearthside grain-free duck adult cat food 2kg",
                             image=None, history=[], order_id=None, channel="web")
    assert facts.unknown_product and not facts.products


def test_words_that_say_what_a_named_product_is_make_no_product_the_shop_lacks(
        store_copy: Path, encoder) -> None:
    """"any garden forks in stock? the digging fork": "garden forks" (a word of the Garden
    Compost and a kind) says what the Digging Fork is; only words beside a name it finds
    make a product the shop lacks ("the garden fork" alone still does)."""
    names = ["Kraal Tools Digging Fork", "Kraal Tools Round-Nose Spade", "VeldGrow Garden Compost 30dm3"]
    knowledge, _ = _shop_named(store_copy, encoder, names)

    def lookup(text: str):
        return knowledge.lookup(text=text, image=None, history=[], order_id=None, channel="web")

    facts = lookup("any garden forks in stock? the digging fork")
    assert not facts.unknown_product and facts.products[0]["name"] == names[0]
    assert lookup("how much is the garden fork?").unknown_product


def test_shoppers_short_words_and_glued_codes_name_their_product(store_copy: Path,
                                                                 encoder) -> None:
    """"uke" of Ukulele, "dm58" of DM-58, "hp20s" of HP-20; two words of which one is held by
    at most two names ("the podcaster usb mic")."""
    names = ["Moana Mahogany Ukulele - Tenor", "Moana Koa-Top Tenor Ukulele with Pickup",
             "Moana Mahogany Ukulele - Concert", "Tasman Audio DM-58 Dynamic Vocal Microphone",
             "Tasman Audio HP-20 Closed-Back Studio Headphones",
             "Tasman Audio HP-40 Open-Back Reference Headphones",
             "Tasman Audio Podcaster USB Microphone", "Tasman Audio USB Audio Interface"]
    knowledge, _ = _shop_named(store_copy, encoder, names)

    def named(text: str) -> list[str]:
        return [n for n, _ in knowledge.names_in(text)]

    assert named("what does the tenor mahogany uke cost") == [names[0]]
    assert named("is the koa tenor uke strung high g") == [names[1]]
    assert named("how much is the dm58 mic") == [names[3]]
    assert named("whats the impedance on the hp20s?") == [names[4]]
    assert named("is the podcaster usb mic in stock?") == [names[6]]
    assert named("how much is the podcaster mic") == [names[6]]  # "Microphones" said too
    assert named("is the tenor uke any good") == []  # two tenors


def test_a_start_of_one_name_followed_by_a_word_of_another_names_the_other(
        store_copy: Path, encoder) -> None:
    """"the fenna scalp serum": "fenna scalp" starts only the shampoo's name, but "serum" is
    a word of the serum's, which holds them all."""
    names = ["Fenna Scalp Calm Shampoo 250ml", "Fenna Rosemary Scalp Serum 100ml"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert [n for n, _ in knowledge.names_in("does the fenna scalp serum have caffeine")] \
        == [names[1]]
    assert [n for n, _ in knowledge.names_in("is the fenna scalp calm shampoo gentle")] \
        == [names[0]]
    assert [n for n, _ in knowledge.names_in("is the fenna scalp shampoo gentle")] == [names[0]]


def test_a_brand_said_as_a_possessive_names_its_product(store_copy: Path, encoder) -> None:
    """"is brae & burn's curl shampoo sulphate free?": the possessive's "s" is no word of the
    name; a name's own "'s" ("Men's") still counts."""
    names = ["Brae & Burn Curl Cleanse Shampoo 250ml", "Brae & Burn Volume Shampoo 250ml",
             "Tarnby Storm Parka Men's M Moss", "Tarnby Storm Parka Women's M Moss"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert [n for n, _ in knowledge.names_in("is brae & burn's curl shampoo sulphate free?")] \
        == [names[0]]
    assert [n for n, _ in knowledge.names_in("the tarnby storm parka men's m moss")] == [names[2]]


def test_a_size_said_a_few_words_after_a_line_names_one_of_it(store_copy: Path, encoder) -> None:
    """"kelda barrier cream small one (50ml)" names the 50ml of a cream sold in two sizes;
    without the size, neither."""
    names = ["Kelda Barrier Repair Cream 50ml", "Kelda Barrier Repair Cream 100ml"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert [n for n, _ in knowledge.names_in("kelda barrier cream small one (50ml), how much?")] \
        == [names[0]]
    assert knowledge.names_in("is the kelda barrier cream any good") == []


def test_a_name_is_found_without_its_brand(store_copy: Path, encoder) -> None:
    """Brands of several words are left out ("the skyline ul2 tent" of the Aurora Fieldworks
    Skyline UL2 Ultralight Backpacking Tent; "the Skyline UL3": two words, one a model code),
    after a small word and with a word few names hold;
    an attribute value that the name's words spell ("fits Skyline UL2 tent" of the
    footprint) keeps nothing out."""
    names = ["Aurora Fieldworks Skyline UL1 Ultralight Backpacking Tent",
             "Aurora Fieldworks Skyline UL2 Ultralight Backpacking Tent",
             "Aurora Fieldworks Skyline UL3 Ultralight Backpacking Tent",
             "Aurora Fieldworks Skyline UL2 Footprint", "Portage Silk Sleeping Bag Liner",
             "Portage Trail 0C Synthetic Sleeping Bag", "Ferrowood Cast Iron Skillet 26cm",
             "Ferrowood Cast Iron Grill Pan 27cm", "Bellbird Cast Iron French Oven 24cm",
             "Bellbird Enamel Milk Pan Sage", "Bellbird Enamel Milk Pan Cream"]
    knowledge, _ = _shop_named(store_copy, encoder, names, attributes=[
        {"fits": "Skyline UL2 tent"} if i == 3 else {} for i in range(len(names))])
    assert knowledge.names_in("how much is the skyline ul2 tent?") == [
        (names[1], "skyline ul2 tent")]
    assert knowledge.names_in("Is the Skyline UL3 out of stock?") == [(names[2], "Skyline UL3")]
    assert knowledge.names_in("what do you charge for the silk sleeping bag liner") == [
        (names[4], "silk sleeping bag liner")]
    assert knowledge.names_in("the skyline ul4 tent?") == []
    assert knowledge.names_in("a sleeping bag for my son?") == []  # words of two names
    # a run that starts after a word of no name is not the brand left out ("the wool
    # sleeping bag liner" is no silk one), nor are words that many names hold
    assert knowledge.names_in("the wool sleeping bag liner?") == []
    assert knowledge.names_in("my cast iron pan is rusty, is it ruined?") == []
    facts = knowledge.lookup(text="how much is the skyline ul2 tent?", image=None, history=[],
                             order_id=None, channel="web")
    assert facts.products[0]["name"] == names[1]


def test_order_words_in_a_products_name_do_not_make_an_order_question(store_copy: Path,
                                                                       encoder) -> None:
    """"What's the Blastair Track 200 like?" found nothing: "track" read as tracking an order."""
    from retrieval.search import Knowledge

    names = ["Blastair Track 200 Floor Pump", "Homeward Return Flight Bag"]
    products = _products(store_copy)
    for product, name in zip(products, names, strict=False):
        product["name"] = name
    (store_copy / "catalog.jsonl").write_text("".join(json.dumps(p) + "\n" for p in products))
    knowledge = Knowledge.load(store_copy, encoder=encoder)
    for text, name in [("what's the Blastair Track 200 like?", names[0]),
                       ("how much is the homeward return flight bag", names[1])]:
        facts = knowledge.lookup(text=text, image=None, history=[], order_id=None,
                                 channel="chat")
        assert facts.products and facts.products[0]["name"] == name, text
    facts = knowledge.lookup(text="can you track my order?", image=None, history=[],
                             order_id=None, channel="chat")
    assert facts.products == []


def test_a_sold_out_product_named_without_its_kind_is_found(store_copy: Path, encoder) -> None:
    from collections import Counter

    from retrieval.search import Knowledge

    products = _products(store_copy)
    starts = Counter(" ".join(p["name"].split()[:-1]) for p in products)
    chosen = [p for p in products if starts[" ".join(p["name"].split()[:-1])] == 1][:4]
    for product in chosen:
        product["stock"] = 0
    (store_copy / "catalog.jsonl").write_text("".join(json.dumps(p) + "\n" for p in products))
    knowledge = Knowledge.load(store_copy, encoder=encoder)
    for product in chosen:
        short = " ".join(product["name"].split()[:-1]).lower()
        facts = knowledge.lookup(text=f"is the {short} in stock?", image=None, history=[],
                                 order_id=None, channel="chat")
        assert product["sku"] in {c["sku"] for c in facts.products}, short


def test_a_product_the_shop_lacks_gets_no_look_alikes(knowledge) -> None:
    """"the Lumen Ember kettle" where the shop has a Lumen mug and an Ember bottle: the
    look-alikes must not stand in for the product asked about."""
    names = [p["name"].split() for p in knowledge.products]
    first, second = next((a[0], b[1]) for a in names for b in names
                         if not any(a[0] in n and b[1] in n for n in names))
    facts = knowledge.lookup(text=f"How much is the {first} {second} kettle?", image=None,
                             history=[], order_id=None, channel="chat")
    assert facts.products == [] and facts.unknown_product
    # Nor does a FAQ entry that only shares "do you sell" with it.
    facts = knowledge.lookup(text=f"do you sell the {first} {second} kettle?", image=None,
                             history=[], order_id=None, channel="chat")
    assert facts.products == [] and all(f["score"] >= 0.6 for f in facts.faqs)
    real = knowledge.products[0]["name"]
    facts = knowledge.lookup(text=f"How much is the {real}?", image=None, history=[],
                             order_id=None, channel="chat")
    assert facts.products and facts.products[0]["name"] == real
    assert not facts.unknown_product


def test_ordering_a_named_product_is_a_product_question(knowledge) -> None:
    """"can I order the X today?" asks about X (it named no product before: "order" made it
    an order question); "can I order online?" names none and stays one."""
    def first(text: str) -> str | None:
        facts = knowledge.lookup(text=text, image=None, history=[], order_id=None,
                                 channel="chat")
        return facts.products[0]["name"] if facts.products else None

    found = [p["name"] for p in knowledge.products[:40:4]
             if first(f"do you have the {p['name']}?") == p["name"]]
    assert len(found) >= 5
    for name in found:  # what a plain question finds, ordering it finds too
        assert first(f"can I order the {name}?") == name, name
        assert first(f"how many of the {name} could I order today?") == name, name
    facts = knowledge.lookup(text="can I order the same thing twice?", image=None, history=[],
                             order_id=None, channel="chat")
    assert facts.products == []


def test_faq_turn_has_no_products_and_chitchat_has_nothing(knowledge) -> None:
    facts = knowledge.lookup(text="how long does delivery take?", image=None, history=[],
                             order_id=None, channel="chat")
    assert facts.faqs and "deliver" in facts.faqs[0]["question"].lower()
    assert facts.products == []
    facts = knowledge.lookup(text="thanks, that's all", image=None, history=[], order_id=None,
                             channel="chat")
    assert facts.products == [] and facts.faqs == []


def test_a_policy_asked_in_the_shoppers_own_words_finds_its_entry(knowledge) -> None:
    """Shoppers rarely word a policy as the FAQ does; such questions score lower, and still
    bring the entry (and nothing for a question of no topic)."""
    for text, words in (("do you have a showroom?", "physical stores"),
                        ("do I get charged for postage?", "shipping")):
        facts = knowledge.lookup(text=text, image=None, history=[], order_id=None,
                                 channel="chat")
        assert facts.faqs and words in facts.faqs[0]["question"].lower(), (text, facts.faqs)
    facts = knowledge.lookup(text="who won the game last night?", image=None, history=[],
                             order_id=None, channel="chat")
    assert facts.faqs == [] and facts.products == []


def test_a_policy_question_that_names_a_kind_of_product_is_still_a_policy_question(
        knowledge) -> None:
    """"the mug I got arrived damaged" states a category, as product questions do; the
    policy it asks about matches far better than any mug, so no product is shown."""
    for text, words in (("the mug I got arrived damaged, what should I do?", "damaged"),
                        ("do you ship the lamps abroad?", "abroad")):
        facts = knowledge.lookup(text=text, image=None, history=[], order_id=None,
                                 channel="chat")
        assert facts.products == [], (text, [p["name"] for p in facts.products])
        assert facts.faqs and words in facts.faqs[0]["question"].lower(), (text, facts.faqs)
    for text in ("any waterproof jackets in stock?", "red mugs under $20?"):
        facts = knowledge.lookup(text=text, image=None, history=[], order_id=None,
                                 channel="chat")
        assert facts.products and not facts.faqs, text


def test_order_turn(knowledge) -> None:
    order = next(iter(knowledge.orders.orders.values()))
    facts = knowledge.lookup(text=f"where is {order.order_id.lower()}? {order.email}",
                             image=None, history=[], order_id=None, channel="chat")
    assert facts.order_check.state == "verified" and facts.products == []
    assert facts.order_check.order["order_id"] == order.order_id


def test_bad_image_raises_image_error(knowledge) -> None:
    with pytest.raises(ImageError):
        knowledge.lookup(text=None, image=b"\x00garbage", history=[], order_id=None,
                         channel="chat")
    assert knowledge.product("nope") is None


def test_unmatched_photo_with_a_pointing_question_lists_nothing(knowledge) -> None:
    import io

    from PIL import Image

    noise = np.random.default_rng(0).integers(0, 255, (300, 400, 3), dtype=np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(noise).save(buffer, format="JPEG")
    colour = knowledge.products[0]["attributes"]["color"]
    facts = knowledge.lookup(text=f"do you have this in {colour}?", image=buffer.getvalue(),
                             history=[], order_id=None, channel="chat")
    assert facts.products == []


def test_a_small_product_among_clutter_is_searched_again_on_its_own(
        knowledge, store_template: Path) -> None:
    """A product a quarter of the photo's width loses its keypoints to the clutter; the
    second search on GrabCut's box finds more of them (here 12 -> 16 of 24 first)."""
    import dataclasses

    rng = np.random.default_rng(5)
    photos = [(p["sku"], shopper_photo(load_image_file(store_template / p["images"][0],
                                                       max_side=1024),
                                       rng, ShopperPhoto(scale=(0.26, 0.34))))
              for p in _products(store_template)]
    options = knowledge.visual.options
    found = {}
    try:
        for zoom in (0.0, options.zoom_below):
            knowledge.visual.options = dataclasses.replace(options, zoom_below=zoom)
            found[zoom] = sum([h["sku"] for h in knowledge.search(text=None, image=photo, k=5)][:1]
                              == [sku] for sku, photo in photos)
    finally:
        knowledge.visual.options = options
    assert options.zoom_below > 0
    assert found[options.zoom_below] >= found[0.0] + 2, found


def test_the_product_crop_holds_the_product_at_the_query_size() -> None:
    from retrieval.visual import product_crop

    photo = np.random.default_rng(0).integers(150, 230, (640, 480, 3)).astype(np.uint8)
    photo[250:390, 170:310] = (200, 30, 30)  # a small red product in the middle
    crop = product_crop(photo, 480)
    assert crop is not None and max(crop.shape[:2]) == 480
    red = (crop[..., 0] > 150) & (crop[..., 1] < 100)
    assert red.mean() > 0.3  # the product fills much of the crop
    whole = photo.copy()
    whole[40:600, 40:440] = (200, 30, 30)  # the product is the photo already
    assert product_crop(whole, 480) is None


def test_names_that_end_in_their_own_colour_are_one_product_in_colours() -> None:
    """Shops that give each colour its own name write it after the product's ("Monsoon Rain
    Jacket - Yellow", "Camp Shirt (Sage)", "Aria Earbuds Black"): two colours at least to
    one name make them one product sold in colours; a name that merely ends in its colour,
    or holds it elsewhere, stays its own."""
    from retrieval.search import colour_families

    def entry(name, colour):
        return {"name": name, "attributes": {"color": colour}}

    products = [entry("Monsoon Rain Jacket - Yellow", "yellow"),
                entry("Monsoon Rain Jacket - Teal", "Teal"),
                entry("Camp Shirt (Sage)", "sage"), entry("Camp Shirt (Navy)", "navy"),
                entry("Aria Earbuds Black", "black"), entry("Aria Earbuds Dusty Rose", "dusty rose"),
                entry("Wrap Top - Red", "red"),  # one colour alone
                entry("Red Kettle", "red"), entry("Blue Kettle", "blue"),  # colour first
                entry("Kids Rain Jacket - Yellow 6-7Y", "yellow"),
                entry("Kids Rain Jacket - Yellow 8-9Y", "yellow"),
                entry("Storm Parka Women's S Moss", "moss"),  # sizes and colours: as listed
                entry("Storm Parka Women's L Moss", "moss"),
                entry("Storm Parka Women's L Slate", "slate")]
    assert colour_families(products) == {
        0: "Monsoon Rain Jacket", 1: "Monsoon Rain Jacket", 2: "Camp Shirt", 3: "Camp Shirt",
        4: "Aria Earbuds", 5: "Aria Earbuds"}


def test_a_product_listed_by_colour_is_found_and_named_as_one(store_copy: Path,
                                                              encoder) -> None:
    """Its colours share the product's name everywhere a shopper is told about it (a card
    keeps the shop's own); a word of it only it holds names it ("the red cheongsam"), with
    the colour the shopper's to state; no word names it after a word the catalog never uses."""
    knowledge, _ = _shop_named(
        store_copy, encoder, ["Modern Cheongsam Dress - Red", "Modern Cheongsam Dress - Black",
                              "Linen Camp Shirt"],
        attributes=[{"color": "red"}, {"color": "black"}, {"color": "sage"}])
    entries = knowledge.named("Modern Cheongsam Dress")
    assert [(e["name"], e["listed_name"]) for e in entries] == [
        ("Modern Cheongsam Dress", "Modern Cheongsam Dress - Red"),
        ("Modern Cheongsam Dress", "Modern Cheongsam Dress - Black")]
    assert knowledge.in_family("Modern Cheongsam Dress", "do u still hv the red cheongsam?") \
        == ("Modern Cheongsam Dress", "cheongsam")
    assert knowledge.in_family("Modern Cheongsam Dress", "got a velvet cheongsam?") is None
    assert knowledge.in_family("Linen Camp Shirt", "the linen shirt") is None  # one colour
    facts = knowledge.lookup(text="is the red cheongsam in stock?", image=None, history=[],
                             order_id=None, channel="chat")
    assert facts.products[0]["listed_name"] == "Modern Cheongsam Dress - Red"


def test_a_name_said_with_its_kind_a_size_before_it_or_only_its_first_word(
        store_copy: Path, encoder) -> None:
    """"the nyhavn puzzle" (its one distinctive first word and the kind of thing it is), "your
    kubb set", "the big fjord fox" (a size word between "the" and the name), "the forest floor
    puzzle (2000 pieces)" (its kind and a value of its own after it): each names its product
    and none is a product the shop lacks; a first word with a kind its product is not names
    none ("the lumen kettle")."""
    names = ["Nyhavn at Dusk", "Kubb Viking Chess", "Fjord the Fox", "Forest Floor",
             "Farm Friends Floor Puzzle", "Big Box of Blocks", "Lumen Harbor Mug"]
    knowledge, products = _shop_named(
        store_copy, encoder, names,
        category=["jigsaw puzzles", "outdoor toys", "plush toys", "jigsaw puzzles",
                  "jigsaw puzzles", "wooden toys", "mugs"],
        attributes=[{"pieces": 1000}, {"players": "2-12"}, {"size": "large"}, {"pieces": 2000},
                    {"pieces": 24}, {"pieces": 50}, {}])

    def lookup(text: str):
        return knowledge.lookup(text=text, image=None, history=[], order_id=None, channel="web")

    assert knowledge.names_in("how much is the nyhavn puzzle?") == [(names[0], "nyhavn puzzle")]
    assert knowledge.names_in("How much does your Kubb set cost?") == [(names[1], "Kubb set")]
    assert knowledge.names_in("How much is the big Fjord fox?") == [(names[2], "Fjord fox")]
    for text, name in (("How much does your Kubb set cost?", names[1]),
                       ("How much is the big Fjord fox? the large one", names[2]),
                       ("How many of the Forest Floor puzzle (2000 pieces) do you have?",
                        names[3])):
        facts = lookup(text)
        assert not facts.unknown_product and facts.products[0]["name"] == name, text
    assert knowledge.names_in("do you have the lumen kettle?") == []


def test_a_policy_on_the_other_side_of_home_and_abroad_is_not_the_one_asked(
        store_copy: Path, encoder) -> None:
    """"how much is shipping within denmark?" is the home delivery entry, though the entry
    on shipping abroad shares "ship" with it, and the other way round."""
    from retrieval.search import Knowledge

    faqs = [{"id": "home", "question": "How much is delivery in Denmark and how long does it take?",
             "answer": "Within Denmark a parcel shop delivery is 39 kr; free from 499 kr."},
            {"id": "abroad", "question": "Do you ship outside Denmark?",
             "answer": "Yes, within Europe, with Bring for 99 kr."}]
    (store_copy / "faq.jsonl").write_text("".join(json.dumps(f) + "\n" for f in faqs))
    knowledge = Knowledge.load(store_copy, encoder=encoder)

    def first(text: str) -> str:
        facts = knowledge.lookup(text=text, image=None, history=[], order_id=None, channel="web")
        return facts.faqs[0]["question"]

    assert first("how much is shipping within denmark?") == faqs[0]["question"]
    assert first("how much is shipping abroad?") == faqs[1]["question"]


def test_a_small_word_tells_no_product_of_a_line_apart(store_copy: Path, encoder) -> None:
    """"and the danish edition?" after Harbour Lights: "the" of The Little Mermaid Harbour
    (which holds half of its words) tells it no more than any other small word."""
    names = ["Harbour Lights", "The Little Mermaid Harbour", "Harbour Lights: Stormy Seas"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert knowledge.sibling(names[0], "and the danish edition?") is None


def test_a_name_with_accents_is_found_written_without_them(store_copy: Path, encoder) -> None:
    """"the baul trunk" names the Baúl Storage Trunk (its "ú" had split "baúl" in two)."""
    names = ["Baúl Storage Trunk", "Coyoacán Armchair"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert knowledge.names_in("what wood is the baul trunk made of") == [(names[0], "baul trunk")]
    assert knowledge.names_in("the Coyoacán armchair, in stock?") == [
        (names[1], "Coyoacán armchair")]


def test_a_policy_in_words_no_entry_uses_is_found_when_it_leads(store_copy: Path,
                                                                 encoder) -> None:
    """"How can I get in touch with you guys directly?" shares no word with "How can I
    contact you?" and meets it under the FAQ threshold (0.374), far ahead of every other
    entry (0.18): that entry is the answer. A question near no entry still gets none."""
    from retrieval.search import Knowledge

    faqs = [json.loads(line) for line in (store_copy / "faq.jsonl").read_text().splitlines()]
    contact = next(f for f in faqs if "contact" in f["question"].lower())
    contact.update(question="How can I contact you?", answer=(
        "Email hallo@hnodri.example.com or call +354 552 4417 (weekdays 10-16). We answer "
        "emails within one working day. You can also just drop in at Spunagata 7."))
    (store_copy / "faq.jsonl").write_text("".join(json.dumps(f) + "\n" for f in faqs))
    knowledge = Knowledge.load(store_copy, encoder=encoder)

    def entries(text: str) -> list[str]:
        return [f["question"] for f in knowledge.lookup(
            text=text, image=None, history=[], order_id=None, channel="web").faqs]

    assert entries("How can I get in touch with you guys directly?") == [contact["question"]]
    assert entries("tell me a joke") == []


def test_a_name_the_shopper_rules_out_is_not_named(store_copy: Path, encoder) -> None:
    """"price of dalbit rice essence pls (the essence, not the mist)" names the essence alone:
    the mist, found by its words after "not the", had made the message name two products.
    "isn't the ... mist in stock?" still asks about the mist."""
    names = ["Dalbit Rice Essence", "Dalbit Rice Essence Mist"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert knowledge.names_in("price of dalbit rice essence pls (the essence, not the mist)") \
        == [(names[0], "dalbit rice essence")]
    assert knowledge.names_in("is it the dalbit rice essence mist rather than the dalbit "
                              "rice essence?") == [(names[1], "dalbit rice essence mist")]
    assert knowledge.names_in("isn't the dalbit rice essence mist in stock?") == [
        (names[1], "dalbit rice essence mist")]


def test_a_dimension_written_without_its_spaces_names_its_product(store_copy: Path,
                                                                  encoder) -> None:
    """"mocarz wood screws 5x60" names the Mocarz wood screws 5 x 60 mm (not the 4 x 40)."""
    names = ["Mocarz wood screws 4 x 40 mm", "Mocarz wood screws 5 x 60 mm"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert knowledge.names_in("mocarz wood screws 5x60") == [
        (names[1], "mocarz wood screws 5x60")]


def test_two_words_of_one_name_that_no_english_text_uses_name_it(store_copy: Path,
                                                                 encoder) -> None:
    """"whats the colour code for mgła wiślana?" names the Kolorowo Matt Emulsion Mgła
    Wiślana 2.5 L (its colour, in its name), written with its letters or without."""
    names = ["Kolorowo Matt Emulsion Mgła Wiślana 2.5 L", "Kolorowo Matt Emulsion Pure White",
             "Kolorowo Kitchen Paint"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert knowledge.names_in("whats the colour code for mgła wiślana?") == [
        (names[0], "mgła wiślana")]
    assert knowledge.names_in("the mgla wislana, in stock?") == [(names[0], "mgla wislana")]


def test_a_run_of_name_words_goes_over_no_verb_nor_a_word_it_has(store_copy: Path,
                                                                 encoder) -> None:
    """"what ph is the haneul gel cleanser?" names the Haneul Cica Low pH Gel Cleanser from
    "haneul" on: its "ph" is the field asked, not the start of the mention; "the dalbit rice
    sheet mask sheet" ends before the second "sheet" (the mask's field)."""
    names = ["Haneul Cica Low pH Gel Cleanser", "Dalbit Rice Sheet Mask", "Haneul Cica Toner"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert knowledge.names_in("what ph is the haneul gel cleanser? my derm said keep it low") \
        == [(names[0], "haneul gel cleanser")]
    assert knowledge.names_in("what's the dalbit rice sheet mask sheet made from??") == [
        (names[1], "dalbit rice sheet mask")]


def test_a_whole_size_names_a_product_that_writes_it_with_a_tenth(store_copy: Path,
                                                                 encoder) -> None:
    """"voltara 4ah battery" names the Voltara 18 V battery 4.0 Ah (not the 5.0 Ah)."""
    names = ["Voltara 18 V battery 4.0 Ah", "Voltara 18 V battery 5.0 Ah"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert knowledge.names_in("voltara 4ah battery") == [(names[0], "voltara 4ah battery")]
    assert knowledge.names_in("voltara 18v battery 5ah") == [
        (names[1], "voltara 18v battery 5ah")]


def test_a_word_of_one_name_beside_a_size_it_is_sold_in_names_it(store_copy: Path,
                                                                  encoder) -> None:
    """"the isofuel 230 g canisters", "a 450 g isofuel can" and "azeitao cheese 250g" name
    the Isofuel Canister (sold in 100, 230 and 450 g) and the Queijo Azeitão DOP (250 g):
    a word of one name alone, no English word, beside a size one of its entries holds. A size
    none of them is sold in, or the word alone, names nothing."""
    names = ["Isofuel Canister", "Isofuel Canister", "Queijo Azeitão DOP", "Queijo Serra DOP"]
    knowledge, _ = _shop_named(store_copy, encoder, names, category=[
        "camping fuel", "camping fuel", "cheese", "cheese"], attributes=[
        {"net_wt": "230 g"}, {"net_wt": "450 g"}, {"peso_g": 250}, {"peso_g": 500}])
    assert knowledge.names_in("got any of the isofuel 230 g canisters?") == [
        (names[0], "isofuel")]
    assert knowledge.names_in("what do you charge for a 450 g isofuel can") == [
        (names[0], "isofuel")]
    assert knowledge.names_in("what's the blend in the isofuel 230g can?") == [
        (names[0], "isofuel")]
    assert knowledge.names_in("azeitao cheese 250g how much") == [(names[2], "azeitao cheese")]
    assert knowledge.names_in("a 999 g isofuel can") == []
    assert knowledge.names_in("how much is the azeitao") == []


def test_a_name_in_the_shops_language_is_found_in_english_words(store_copy: Path,
                                                                encoder) -> None:
    """"hazelnut syrup" names the Sirup Haselnuss, "the house blend" the Brandl Hausmischung
    (its brand left out) and "decaf house blend" its decaf, "1892 blend" the Blend 1892 and
    "km83" the Kornmühle KM 83: the names read word for word in English, in any order, and a
    short code written without its space. Words of no name, or of several, name nothing."""
    names = ["Sirup Haselnuss", "Brandl Hausmischung", "Brandl Hausmischung Entkoffeiniert",
             "Blend 1892", "Kornmühle KM 83", "Kornmühle KM 64"]
    knowledge, _ = _shop_named(store_copy, encoder, names)

    def named(text):
        return [name for name, _ in knowledge.names_in(text)]

    assert knowledge.names_in("hazelnut syrup in stock?") == [(names[0], "hazelnut syrup")]
    assert knowledge.names_in("where do the beans in the house blend come from") == [
        (names[1], "house blend")]
    assert named("how much for a kilo of the decaf house blend") == [names[2]]
    assert named("1892 blend, how much a bag?") == [names[3]]
    assert named("price for the km83 grinder pls") == [names[4]]
    assert named("do you have vanilla syrup") == [] and named("a house party") == []


def test_the_start_of_a_name_read_in_english_before_a_word_of_something_else_names_nothing(
        store_copy: Path, encoder) -> None:
    """"olive oil" is how the Azeite Lagar do Penedo reads in English first ("olive oil lagar
    do penedo"): said alone it names that oil, but "olive oil soap" is a soap."""
    names = ["Azeite Lagar do Penedo", "Queijo Serra Velho"]
    knowledge, _ = _shop_named(store_copy, encoder, names, category="olive oil")
    assert [n for n, _ in knowledge.names_in("how much is your olive oil?")] == [names[0]]
    assert knowledge.names_in("looking for olive oil soap as a gift") == []


def test_a_brands_own_word_that_its_other_names_hold_too_names_the_plain_one(
        store_copy: Path, encoder) -> None:
    """"the hausmischung 1kg" and "the hausmischung beans" name the Brandl Hausmischung (the
    brand and that word), not its Entkoffeiniert or Espresso, whose own words would tell
    them ("hausmischung espresso" is not the Reinigungstabletten Espresso either)."""
    names = ["Brandl Hausmischung", "Brandl Hausmischung Espresso",
             "Brandl Hausmischung Entkoffeiniert", "Reinigungstabletten Espresso"]
    knowledge, _ = _shop_named(store_copy, encoder, names, category="coffee beans",
                               attributes={"Füllmenge": "1 kg"})

    def named(text):
        return [name for name, _ in knowledge.names_in(text)]

    assert named("is the hausmischung 1kg in stock") == [names[0]]
    assert named("do u have the hausmischung beans?") == [names[0]]
    assert named("the hausmischung entkoffeiniert please") == [names[2]]
    assert names[3] not in named("hausmischung espresso price")


def test_an_english_word_that_several_names_of_a_brand_hold_names_none_of_them(
        store_copy: Path, encoder) -> None:
    """"icelandic colourwork mittens" names none of the Vík Mittens, its Pattern and its Kit:
    an English word, the kind of thing they are, is no brand's own word."""
    names = ["Vík Mittens", "Vík Mittens Pattern", "Vík Mittens Kit"]
    knowledge, _ = _shop_named(store_copy, encoder, names)
    assert knowledge.names_in("do you sell a pattern for icelandic colourwork mittens?") == []
