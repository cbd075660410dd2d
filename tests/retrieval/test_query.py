from retrieval.query import (
    Filters,
    FilterVocabulary,
    as_item,
    kind_words,
    matches,
    parse_filters,
)

PRODUCTS = [
    {"sku": "J1", "name": "Storm Shell", "category": "jackets", "price": 89.0, "stock": 3,
     "description": "A waterproof shell", "attributes": {"color": "blue", "features": ["waterproof"]}},
    {"sku": "J2", "name": "City Coat", "category": "jackets", "price": 140.0, "stock": 0,
     "attributes": {"color": "black", "material": "wool"}},
    {"sku": "M1", "name": "Big Mug", "category": "mugs", "price": 12.0, "stock": 9,
     "attributes": {"dishwasher_safe": True}},
]
VOCAB = FilterVocabulary.from_products(PRODUCTS)


def test_price_stock_category_attribute() -> None:
    f = parse_filters("any waterproof jacket under $100 in stock?", VOCAB)
    assert f.max_price == 100 and f.in_stock and f.categories == ("jackets",)
    assert f.attributes == ("waterproof",)
    assert [p["sku"] for p in PRODUCTS if matches(p, f)] == ["J1"]


def test_ranges_and_colours() -> None:
    f = parse_filters("a grey or black coat between $50 and 200 dollars", VOCAB)
    assert (f.min_price, f.max_price) == (50, 200) and f.colours == ("grey", "black")
    assert [p["sku"] for p in PRODUCTS if matches(p, f)] == ["J2"]
    assert parse_filters("mugs over 10 bucks", VOCAB).min_price == 10
    assert parse_filters("$20-$45", VOCAB).max_price == 45


def test_boolean_attribute_key_and_nothing_stated() -> None:
    f = parse_filters("is it dishwasher safe", VOCAB)
    assert f.attributes == ("dishwasher safe",)
    assert not parse_filters("hello there", VOCAB).any
    assert matches(PRODUCTS[0], Filters())


def test_catalog_masks_agree_with_matches_on_the_demo_store() -> None:
    import itertools
    import json
    from pathlib import Path

    from retrieval.query import COLOUR_WORDS, CatalogWords

    store = Path(__file__).resolve().parents[2] / "data" / "demo_store"
    products = [json.loads(line) for line in (store / "catalog.jsonl").read_text().splitlines()
                if line.strip()] + PRODUCTS
    words = CatalogWords(products)
    vocabulary = FilterVocabulary.from_products(products)
    colours = sorted(COLOUR_WORDS - {"gray"})
    attributes = sorted(vocabulary.attribute_values)[:12]
    cases = [Filters(colours=(c,)) for c in colours]
    cases += [Filters(colours=pair) for pair in itertools.islice(
        itertools.combinations(colours, 2), 0, None, 37)]
    cases += [Filters(attributes=(a,)) for a in attributes]
    cases += [Filters(colours=("blue",), attributes=(a,)) for a in attributes]
    assert any(words.allowed(f).any() for f in cases)
    for f in cases:
        expected = [matches(p, f) for p in products]
        assert words.allowed(f).tolist() == expected, f
        assert words.allowed(f).tolist() == expected, f  # again, from the kept masks


def test_a_product_the_shop_does_not_carry_is_told_from_one_it_does():
    from retrieval.query import ProductNames

    names = ProductNames([{"name": n, "category": c, "description": d} for n, c, d in (
        ("Lumen Harbor Mug", "mugs", "Stoneware cup."), ("Ember Breeze Bottle", "bottles", ""),
        ("Marlow Pulse Vase", "vases", ""), ("Apex Lantern 130", "lamps", ""),
        ("Pika Metro Sneaker", "shoes", "Running shoe."), ("Lumen Atlas Lamp", "lamps", ""),
        ("Red Willow Atlas Notebook", "books", ""))])
    assert names.unknown("How much is the Lumen Ember kettle?")  # two shop words, no product
    assert names.unknown("do you sell the breeze mug?")
    assert names.unknown("How much is the Pika Metro lamp?")  # the Pika Metro is no lamp
    assert names.unknown("do you have the Marlow Pulse bottle")  # a kind the shop sells
    assert names.unknown("price of the Harbor Atlas Lamp?")  # Harbor and Atlas Lamp, apart
    assert names.unknown("is the Apex Lantern 150 bright?")  # the Apex Lantern is a 130
    assert names.unknown("price on the apex u150 lantern?")  # a model code after one word
    for text in ("How much is the Lumen Harbor Mug?", "is the marlow pulse vase waterproof?",
                 "the lantern 130, is it in stock?", "any mugs under $20?",
                 "Is the Ember bottle available?", "where is my order A1234?",
                 "are the Pika Metro sneakers in stock?", "Pika Metro shoes price?",
                 "is the Pika Metro in stock", "the Lumen Harbor cup, how much?",
                 "the red Willow Atlas Notebook?", "is the Willow Atlas Notebook in red?",
                 "a first sneaker mug for my son", "the Apex Lantern 130 in 2 colours?",
                 "is the apex L130 bright?", "apex 2 pack?",
                 "any Apex Lantern 130 lamps left?"):  # its name and the kind it is filed under
        assert not names.unknown(text), text


def test_names_with_sizes_and_words_between_are_not_taken_for_missing_products():
    """Shops write sizes into names ("1.8m", "12 x 85g"); shoppers leave words out or put
    their own in ("the AquaPurr water fountain")."""
    from retrieval.query import ProductNames

    names = ProductNames([{"name": n, "category": c} for n, c in (
        ("TrailMate Reflective Lead 1.8m", "collars and leads"),
        ("AquaPurr Ceramic Drinking Fountain 2L", "bowls and feeders"),
        ("Purrfect Kitten Chicken Pouches in Jelly 12 x 85g", "cat food"),
        ("ClearWater Water Conditioner 250ml", "aquarium"))])
    for text in ("trailmate reflective lead 1.8m price?", "How much is the AquaPurr water fountain?",
                 "cost of purrfect kitten pouches 12pk"):
        assert not names.unknown(text), text
    assert names.unknown("is the TrailMate Reflective Lead 3m in stock?")  # a 1.8m lead only


def test_a_word_of_a_name_then_the_products_kind_names_that_product():
    """"Do you have decaf coffee?" of a "Swiss Water Decaf Brazil 200 g" filed under coffee:
    the kind after a word of the name is what that product is, not a product the shop lacks
    ("coffee" is a word of other names too); a kind it is not still is one."""
    from retrieval.query import ProductNames

    names = ProductNames([{"name": n, "category": c} for n, c in (
        ("Swiss Water Decaf Brazil 200 g", "coffee"),
        ("Kyoto Blend Coffee Beans 200 g", "coffee"),
        ("Uji Sencha Tea 100 g", "green tea"))])
    assert not names.unknown("do you have decaf coffee?")
    assert names.unknown("do you have decaf tea?")


def test_a_count_of_a_pack_the_name_holds_is_no_kind_of_product():
    """"The purrfect ocean selection pouches 40 pack" of a "... Pouches in Gravy 40 x 85g":
    the shopper's count, not a kind ("pack" ends other names); a count it does not hold is
    another product."""
    from retrieval.query import ProductNames

    names = ProductNames([{"name": n, "category": c} for n, c in (
        ("Purrfect Ocean Selection Pouches in Gravy 40 x 85g", "cat food"),
        ("ChewRight Dental Sticks Large 28 pack", "dog treats"),
        ("ToughTug Rubber Ball Launcher Balls 2 pack 6.5cm", "dog toys"))])
    assert not names.unknown("i'm after the purrfect ocean selection pouches 40 pack")
    assert names.unknown("i'm after the purrfect ocean selection pouches 12 pack")


def test_a_name_word_of_no_product_between_a_brand_and_its_kind_is_another_product():
    """"Is the Aeris Vortex helmet in stock?" where the Aeris helmets are a Halo and a Sprout:
    a capitalised word no text of the catalog uses names a product the shop lacks; a slip of
    a letter, a word of the catalog or a lower-case word of the shopper's own does not."""
    from retrieval.query import ProductNames

    names = ProductNames([{"name": n, "category": c, "description": d} for n, c, d in (
        ("Aeris Halo MIPS Helmet", "helmets", "Road and commuting helmet."),
        ("Aeris Sprout Kids Helmet", "helmets", "Children's helmet."),
        ("Aeris Trail Gloves", "gloves", "Full-finger gloves."))])
    assert names.unknown("Is the Aeris Vortex helmet in stock, and how much is it?")
    assert names.unknown("the Aeris Vortex gloves")  # the Aeris gloves are Trail gloves
    for text in ("is the Aeris Hallo helmet in stock?", "the Aeris Road helmet, how much?",
                 "is the aeris comfy helmet any good", "the Aeris Kids helmet?",
                 "the Aeris Vortex bottle"):  # no Aeris is a bottle: not this rule's to say
        assert not names._name_between(text), text


def test_kind_words_are_the_words_that_name_a_category_as_written() -> None:
    assert kind_words("my Jacket zip broke, do you fix jackets?", VOCAB) == ("Jacket", "jackets")
    assert kind_words("do you fix zips?", VOCAB) == ()
    assert as_item("my Jacket zip broke", VOCAB) == "my item zip broke"
    assert as_item("do you fix zips?", VOCAB) == "do you fix zips?"


def test_a_shops_own_colour_words_are_colours_it_can_be_asked_in():
    """Beyond the common colour words, a colour the shop gives a product in one word
    ("indigo", "emerald") is stated when said; words of longer colours ("light wash") are not."""
    from retrieval.query import FilterVocabulary, parse_filters

    vocabulary = FilterVocabulary.from_products([
        {"name": "Batik Blouse", "attributes": {"color": "Indigo"}},
        {"name": "Jeans", "attributes": {"color": "light wash"}}])
    assert parse_filters("is the indigo one in stock?", vocabulary).colours == ("indigo",)
    assert parse_filters("can I machine wash it? the light one", vocabulary).colours == ()


def test_a_colour_at_the_end_of_a_name_is_no_kind_of_thing():
    """"Packable Windbreaker - Navy" is a windbreaker, and a "Canvas High-Top" says no "top":
    "the linen camp shirt navy" and "the breton stripe top" name products the shop has."""
    from retrieval.query import ProductNames

    names = ProductNames([
        {"name": "Packable Windbreaker - Navy", "attributes": {"color": "navy"}},
        {"name": "Linen Camp Shirt", "attributes": {"color": "navy"}},
        {"name": "Canvas High-Top", "attributes": {"color": "red"}},
        {"name": "Breton Stripe Long Sleeve Tee", "attributes": {"color": "navy/white"}}])
    assert not names.unknown("linen camp shirt navy got stock?")
    assert not names.unknown("breton stripe top got stock or not")
    assert names.unknown("the linen camp windbreaker?")


def test_a_colour_said_in_one_word_finds_a_colour_the_shop_writes_in_two():
    """"The kiyomizu kyusu in blue" of one glazed "ruri blue" (and "celadon green"): the
    blue one, where it had been told the kyusu does not come in blue; an entry of that very
    colour comes first where there is one, and "gray" is "grey"."""
    from retrieval.query import in_colour

    ruri, celadon, plain = ({"name": "Kyusu", "attributes": {"color": c}}
                            for c in ("Ruri Blue", "celadon green", "blue"))
    assert in_colour([ruri, celadon], "blue") == [ruri]
    assert in_colour([ruri, celadon, plain], "blue") == [plain]
    assert in_colour([ruri, celadon], "ruri blue") == [ruri]
    assert in_colour([ruri, celadon], "red") == []
    assert in_colour([{"attributes": {"colour": "ash gray"}}], "grey")


def test_said_variant_picks_the_entries_of_one_name_whose_own_value_is_said():
    from retrieval.query import said_variant, variant_value

    book = [{"sku": "pb", "name": "Salt and Saffron", "attributes": {
                "format": "paperback", "pages": 288, "isbn": "978-1"}},
            {"sku": "hb", "name": "Salt and Saffron", "attributes": {
                "format": "hardcover", "pages": 288, "isbn": "978-2"}}]
    assert [p["sku"] for p in said_variant(book, "the hardcover, who publishes it?")] == ["hb"]
    assert said_variant(book, "how many pages is it?") == []  # the same in both
    assert said_variant(book, "paperback or hardcover?") == []  # both said: none picked
    assert said_variant(book[:1], "the paperback") == []  # one entry: nothing to pick
    sizes = [{"sku": s, "name": "Lalbagh Sketchbook", "attributes": {"size": s.upper()}}
             for s in ("a5", "a4")]
    assert [p["sku"] for p in said_variant(sizes, "the A4 one in stock?")] == ["a4"]
    other = [book[0], {**book[1], "name": "Another Book"}]
    assert said_variant(other, "the hardcover") == []  # not one name
    assert variant_value(book[1], book) == "hardcover"
    assert variant_value(book[1], book[1:]) == ""


def test_said_variant_reads_clothing_sizes_by_letter_and_by_name():
    """"size medium", "in L", "an XL", "3XL" of entries sized S to 3XL (their letters are no
    words); "what's" says no S, "I'm" no M."""
    from retrieval.query import said_variant

    helmet = [{"sku": s, "name": "Vento RS", "attributes": {"colour": "matt black", "size": s}}
              for s in ("S", "M", "L", "XL", "3XL")]

    def picked(text):
        return [p["sku"] for p in said_variant(helmet, text)]

    assert picked("do you have the vento rs in matt black, size medium?") == ["M"]
    assert picked("is the vento available in L") == ["L"]
    assert picked("an XL vento rs please") == ["XL"]
    assert picked("the xxxl one") == ["3XL"] and picked("the extra large one") == ["XL"]
    assert picked("what's the vento rs like? I'm after a light one") == []


def test_a_value_of_the_named_product_after_its_name_names_no_other():
    """"Lalbagh sketchbook A5 in stock?" of a sketchbook sold in A4 and A5: "a5" ends another
    name (a notebook) but is this one's size, not a kind it is not; a size it is not sold in
    still names none of the shop's."""
    from retrieval.query import ProductNames

    names = ProductNames([
        {"name": "Lalbagh Sketchbook", "category": "sketchbooks", "attributes": {"size": s}}
        for s in ("A4", "A5")] + [
        {"name": "Pocket Planner A5", "category": "planners", "attributes": {"size": "A5"}}])
    assert not names.unknown("Lalbagh sketchbook A5 in stock?")
    assert names.unknown("Lalbagh sketchbook planner in stock?")


def test_said_variant_reads_sizes_in_any_spelling_and_every_field_said():
    """"the 2.5 litre tin" of a paint sold in "1 L", "2.5 L" and "5 L", "and the 2.5?" too;
    "the 18V kit with 2 batteries" of a drill in two voltages, each bare or with batteries:
    the one entry both values tell (the fields' picks had been joined, three entries)."""
    from retrieval.query import ProductNames, said_variant

    paint = [{"sku": s, "name": "Wall Matt", "attributes": {"size": v, "finish": "matt"}}
             for s, v in (("1", "1 L"), ("2.5", "2.5 L"), ("5", "5 L"))]
    for message, sku in [("the 2.5 litre tin", "2.5"), ("and the 2.5?", "2.5"),
                         ("in 5L atm", "5"), ("a 1000 ml one", "1")]:
        assert [p["sku"] for p in said_variant(paint, message)] == [sku], message
    assert said_variant(paint, "is the matt one nice?") == []
    drill = [{"sku": f"{v}-{k[:4]}", "name": "Drill DX", "attributes": {"voltage": v, "kit": k}}
             for v in ("12V", "18V") for k in ("bare tool", "with 2 batteries")]
    assert [p["sku"] for p in said_variant(drill, "the 18V kit (with 2 batteries)")] \
        == ["18V-with"]
    assert [p["sku"] for p in said_variant(drill, "the 18 volt one")] == ["18V-bare", "18V-with"]
    # a size after the name that one of its entries is sold in names no other product
    names = ProductNames([{"name": "Houtglans Decking Stain", "category": "paint",
                           "attributes": {"size": v}} for v in ("2.5 L", "5 L")]
                         + [{"name": "Houtglans Deck Oil 1", "category": "paint"}])
    assert not names.unknown("decking stain 5 litre how much?")


def test_said_variant_reads_sizes_said_otherwise_the_ones_not_wanted_and_bigger():
    """"the big one" of a plush sold "small" and "large"; "the large one, not the small";
    "the 500 piece one, 1000 is too much" of a puzzle in 500 and 1000 pieces; "the bigger
    one" of those, the one with the most pieces."""
    from retrieval.query import said_variant

    fox = [{"sku": s, "name": "Fjord the Fox", "attributes": {"size": v, "height": h}}
           for s, v, h in (("s", "small", "25 cm"), ("l", "large", "45 cm"))]
    for message, sku in [("the big one", "l"), ("and the little one?", "s"),
                         ("How much is the big Fjord fox? the large one, not the small", "l"),
                         ("the small one rather than the large one", "s")]:
        assert [p["sku"] for p in said_variant(fox, message)] == [sku], message
    puzzle = [{"sku": str(n), "name": "Nyhavn at Dusk", "attributes": {"pieces": n}}
              for n in (1000, 500)]
    for message, sku in [("i want the 500 piece one, 1000 is too much for my mum", "500"),
                         ("how many pieces does the bigger one have?", "1000"),
                         ("and the smaller one?", "500")]:
        assert [p["sku"] for p in said_variant(puzzle, message)] == [sku], message
    assert said_variant(puzzle, "500 or 1000?") == []
    assert said_variant(puzzle, "is the bigger one smaller?") == []


def test_said_variant_reads_a_word_only_one_entrys_value_holds_and_dimensions():
    """"alameda sideboard parota version" of one in "solid parota wood" and one in "oak
    veneer on MDF" (its value said in part); "the smaller rug" of rugs in "160 x 230 cm" and
    "200 x 300 cm"; a word both values hold picks none."""
    from retrieval.query import said_variant

    board = [{"sku": s, "name": "Alameda Sideboard", "attributes": {"material": m}}
             for s, m in (("par", "solid parota wood"), ("oak", "oak veneer on MDF, solid oak legs"))]
    assert [p["sku"] for p in said_variant(board, "alameda sideboard parota version")] == ["par"]
    assert [p["sku"] for p in said_variant(board, "the oak one?")] == ["oak"]
    assert said_variant(board, "is it solid?") == []
    rugs = [{"sku": s, "name": "Zapotec Rug", "attributes": {"size": v}}
            for s, v in (("s", "160 x 230 cm"), ("l", "200 x 300 cm"))]
    assert [p["sku"] for p in said_variant(rugs, "how many of the smaller rugs are left?")] == ["s"]
    assert [p["sku"] for p in said_variant(rugs, "and the bigger one?")] == ["l"]


def test_said_variant_reads_a_shade_number_and_what_a_value_says_it_lacks():
    """"cushion 19" of shades "19 Rose Ivory" and "21 Light Beige" (a number of two digits
    that one value holds); "the one that comes with two batteries and a charger" of a drill
    "bare tool - no battery, no charger" and one with "2 x 2.0 Ah battery, SC18 charger" (what
    a value says it lacks is not its own, nor what the shopper says they do not want)."""
    from retrieval.query import said_variant

    cushions = [{"sku": s, "name": "Bonbit Cushion", "attributes": {"shade": v}}
                for s, v in (("19", "19 Rose Ivory"), ("21", "21 Light Beige"),
                             ("23", "23 Natural Beige"))]
    assert [p["sku"] for p in said_variant(cushions, "whats the undertone of cushion 19")] \
        == ["19"]
    assert [p["sku"] for p in said_variant(cushions, "shade 21 light beige, in stock?")] == ["21"]
    assert said_variant(cushions, "is it 5 stars?") == []
    drill = [{"sku": s, "name": "DD18 Drill", "attributes": {"supplied": v}}
             for s, v in (("bare", "bare tool - no battery, no charger"),
                          ("kit", "2 x 2.0 Ah battery, SC18 charger, hard carry case"))]
    assert [p["sku"] for p in said_variant(
        drill, "the dd18 kit, the one that comes with two batteries and a charger")] == ["kit"]
    assert said_variant(drill, "the dd18 without a battery") == []  # not the kit
    assert [p["sku"] for p in said_variant(drill, "just the bare tool please")] == ["bare"]


def test_said_variant_reads_a_count_said_with_its_unit():
    """"how much for the 200 pack?" of entries with pack_qty 100 and 200 ("200 pack" is read
    as one size, "200pack", which no value writes)."""
    from retrieval.query import said_variant

    screws = [{"sku": s, "name": "Mocarz wood screws 5 x 60 mm", "attributes": {"pack_qty": q}}
              for s, q in (("100", 100), ("200", 200))]
    assert [p["sku"] for p in said_variant(screws, "how much for the 200 pack?")] == ["200"]
    assert [p["sku"] for p in said_variant(screws, "and the 100pk?")] == ["100"]
    assert said_variant(screws, "how much for a pack?") == []


def test_said_variant_reads_big_and_small_as_the_most_and_the_least():
    """"is the big bottle in stock?" of a toner in 150 and 300 ml (only "bigger" had been
    read); "the small one" the 150."""
    from retrieval.query import said_variant

    toner = [{"sku": s, "name": "Haneul Cica Calming Toner", "attributes": {"vol": v}}
             for s, v in (("150", "150 ml"), ("300", "300 ml"))]
    assert [p["sku"] for p in said_variant(toner, "cool. is the big bottle in stock?")] == ["300"]
    assert [p["sku"] for p in said_variant(toner, "and the small one?")] == ["150"]
    assert said_variant(toner, "is it good for dry skin?") == []


def test_said_variant_reads_sizes_fitting_two_letters_and_sizes_called_by_a_name():
    """"the large one" of a vest in S/M, L/XL and XXL is the L/XL; "a magnum" of a wine in
    75 cl and "1,5 L magnum" (a decimal comma), "half bottles" of one in 375 and 750 ml, "a
    kilo" and "the 1kg one" of a cheese whose weight field names its unit (peso_g 500,
    1000)."""
    from retrieval.query import said_variant
    from retrieval.sizes import letter_sizes_of

    def entries(name, key, values):
        return [{"sku": str(v), "name": name, "attributes": {key: v}} for v in values]

    def picked(products, text):
        return [p["sku"] for p in said_variant(products, text)]

    assert letter_sizes_of("L/XL") == {"l", "xl"} and letter_sizes_of("S - M") == {"s", "m"}
    assert letter_sizes_of("one size") == frozenset()
    vest = entries("Rapide Pro PFD", "taille", ["S/M", "L/XL", "XXL"])
    assert picked(vest, "is the large one in stock?") == ["L/XL"]
    assert picked(vest, "price of the medium one") == ["S/M"]
    assert picked(vest, "the xxl?") == ["XXL"]
    wine = entries("Alvarinho 2022", "bottle", ["75 cl", "1,5 L magnum"])
    assert picked(wine, "and in magnum?") == ["1,5 L magnum"]
    red = entries("Vale Tinto 2019", "volume", ["375 ml", "750 ml", "1.5 L"])
    assert picked(red, "any half bottles of it in stock") == ["375 ml"]
    assert picked(red, "is there a magnum of it?") == ["1.5 L"]
    cheese = entries("Queijo Serra DOP", "peso_g", [500, 1000])
    assert picked(cheese, "how much is a kilo of it") == ["1000"]
    assert picked(cheese, "what does the 1kg one cost") == ["1000"]
    assert picked(cheese, "the 500g please") == ["500"]
