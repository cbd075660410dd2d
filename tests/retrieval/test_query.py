from retrieval.query import Filters, FilterVocabulary, matches, parse_filters

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
