"""Caller sentences about a shop's own products, and its product names as hotwords."""

import random

from speech.synth import TextSampler, spoken_name


def test_product_names_are_said_as_a_caller_says_them():
    assert spoken_name("Light Tote 921") == "light tote nine hundred twenty one"
    assert spoken_name("iPhone 15 Pro (Blue)") == "iphone fifteen pro blue"
    assert spoken_name("  ") == ""


def test_callers_ask_about_the_shops_products_when_given_them():
    names = ["Solace Nova Sunglasses", "Harbor Mug 12"]
    sampler = TextSampler(random.Random(3), names)
    texts = [sampler.sample().text for _ in range(200)]
    said = {spoken_name(n) for n in names}
    mentioning = [t for t in texts if any(s in t for s in said)]
    assert len(mentioning) > 60, texts[:10]
    # Without a catalog the names are invented, so these never come up.
    free = TextSampler(random.Random(3))
    assert not any(s in free.sample().text for s in said for _ in range(50))


def test_hotwords_with_numbers_match_what_the_recognizer_writes(bundled):
    units = bundled.hotword_units(["Harbor Mug 12"])
    assert units == [bundled.units.encode("harbor mug twelve")]


def test_misheard_product_names_are_put_back_and_other_words_left_alone():
    from speech.names import CatalogNames

    names = CatalogNames(["Basalt Willow Headphones", "Lumen Metro Chair", "Quill Nova Mug"])
    assert names.correct("hello i have a question about the bazolt willo headphones") == \
        "hello i have a question about the basalt willow headphones"
    # Two products in one sentence, one split differently by the recognizer.
    assert names.correct("exchange the lumenmetro chir for the quil nova mug") == \
        "exchange the lumen metro chair for the quill nova mug"
    for text in ("thank you that's all", "where is my order k five three", ""):
        assert names.correct(text) == text
    assert not CatalogNames([])
