"""Caller sentences about a shop's own products, and its product names as hotwords."""

import random
from collections import Counter

from speech.synth import TextSampler, said_message, spoken_name


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


def test_typed_messages_are_said_as_a_caller_would_or_left_out():
    assert said_message("Hi, is the Aurora Mug in stock? thx") == \
        "hi is the aurora mug in stock thanks"
    assert said_message("btw what's the T-shirt made of") == \
        "by the way what's the t shirt made of"
    # Written differently from how it is said: digits, e-mail addresses, ids.
    assert said_message("922-4659620 with email noah_77@example.com") is None
    assert said_message("the Tote 921, how much") is None
    assert said_message(":)") is None


def test_a_share_of_utterances_are_dialogue_messages_without_typos():
    sampler = TextSampler(random.Random(5), messages=1.0)
    texts = [sampler.sample().text for _ in range(300)]
    assert len(set(texts)) > 150
    assert all(t == t.lower() and not any(c.isdigit() for c in t) for t in texts)
    # Templates alone never phrase a question these ways; the dialogues do.
    templates = [TextSampler(random.Random(5)).sample().text for _ in range(300)]
    assert not any(t.startswith(("what would i pay", "price on")) for t in templates)
    assert any(t.startswith(("what would i pay", "price on")) for t in texts)
    # Words are spelled right: every word of the dialogue phrasings' own text is a word the
    # typed messages with typos turned off use (spot check on the commonest ones).
    words = Counter(w for t in texts for w in t.split())
    assert {"the", "is", "how", "much"} <= set(words)
