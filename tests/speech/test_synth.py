"""Caller sentences about a shop's own products, and its product names as hotwords."""

import random
from collections import Counter

from speech.synth import TextSampler, english_sentences, said_message, spoken_name


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


WORDNET_LINES = [
    "  1 This software and database is being provided to you, the LICENSEE, by Princeton",
    '00001740 29 v 04 breathe 0 take_a_breath 0 021 * 00005041 v 0000 02 + 02 00 | draw air '
    'into, and expel out of, the lungs; "I can breathe better when the air is clean"; '
    '"The patient is respiring"  ',
    '00002325 29 v 01 respire 1 005 $ 00001740 v 0000 | undergo respiration; "a well-lit '
    'room"; "she paid 20 dollars for it"; "he played a trick on me"; "she painted the door '
    'slowly"  ',
]


def test_ordinary_english_comes_from_wordnet_examples_with_some_kept_for_development(tmp_path):
    (tmp_path / "data.verb").write_text("\n".join(WORDNET_LINES) + "\n")
    train = english_sentences(False, str(tmp_path))
    dev = english_sentences(True, str(tmp_path))
    # Examples of four words or more, of letters only (no figures to be said differently),
    # split between training and development by a fixed hash, never in both.
    assert train == ("I can breathe better when the air is clean", "The patient is respiring",
                     "he played a trick on me")
    assert dev == ("she painted the door slowly",)
    sampler = TextSampler(random.Random(3), english=1.0, wordnet=str(tmp_path))
    said = [sampler.sample() for _ in range(20)]
    assert {u.spoken for u in said} == set(train)
    assert "i can breathe better when the air is clean" in {u.text for u in said}
    # Development clips draw only the sentences training never sees.
    dev_sampler = TextSampler(random.Random(3), english=1.0, development=True,
                              wordnet=str(tmp_path))
    assert dev_sampler.sample().text == "she painted the door slowly"
    # Where WordNet is not installed, the templates and messages are all there is.
    empty = TextSampler(random.Random(3), english=1.0, wordnet=str(tmp_path / "none"))
    assert empty.sample().text
