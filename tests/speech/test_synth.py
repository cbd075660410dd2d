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
