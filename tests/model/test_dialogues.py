"""Generated training dialogues: replies come from the prompt, held-out mode shares nothing."""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from model.dialogues import _ASK, _FAQS, DialogueGenerator, Vocabulary, generate
from model.tokenizer import render

NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Wording of the fixed replies for missing facts; everything else must come from the prompt.
FIXED = {"do not know", "could not find", "order number", "do not have", "welcome", "person"}


def _prompt_text(example) -> str:
    return "\n".join(m["content"] for m in example.prompt.messages)


def test_replies_are_derivable_from_the_prompt():
    examples = generate(1500, seed=3)
    for ex in examples:
        text = _prompt_text(ex)
        assert set(NUMBER.findall(ex.reply)) <= set(NUMBER.findall(text)), (ex.reply, text)
        for fact in ex.expected:
            assert fact in FIXED or fact.lower() in text.lower(), (fact, text)
            assert fact.lower() in ex.reply.lower(), (fact, ex.reply)
        for fact in ex.forbidden:
            assert fact not in NUMBER.findall(ex.reply), (fact, ex.reply)
        if ex.train_history:
            # Earlier assistant turns are trained on too: they must come from these facts.
            for m in ex.prompt.messages[1:]:
                if m["role"] == "assistant":
                    assert set(NUMBER.findall(m["content"])) <= set(
                        NUMBER.findall(ex.prompt.context + " " + text))


def test_product_facts_come_from_context_lines():
    for ex in generate(800, seed=4):
        if ex.intent in ("price", "describe") and ex.train_history:
            name, price = ex.expected[:2]
            line = next(x for x in ex.prompt.context.split("\n") if f"Product: {name};" in x)
            assert f"price {price} " in line


def test_covers_the_intents():
    counts = Counter(ex.intent for ex in generate(3000, seed=5))
    for intent in ("price", "stock", "attribute", "variant", "describe", "faq", "faq_missing",
                   "order", "need_proof", "mismatch", "not_found", "order_noid",
                   "missing_product", "greeting", "thanks", "human", "offtopic"):
        assert counts[intent] > 0, intent
    multi = [ex for ex in generate(300, seed=6) if len(ex.prompt.messages) > 2]
    assert multi, "follow-up turns are generated"


def test_same_seed_same_examples():
    a = [ex.messages for ex in generate(50, seed=11)]
    b = [ex.messages for ex in generate(50, seed=11)]
    c = [ex.messages for ex in generate(50, seed=12)]
    assert a == b and a != c


def test_heldout_vocabulary_and_phrasings_are_disjoint():
    train, held = Vocabulary.build(False), Vocabulary.build(True)
    for field in ("brands", "syllables", "adjectives", "colors", "materials", "features",
                  "shop_nouns", "names", "domains"):
        assert not set(getattr(train, field)) & set(getattr(held, field)), field
    train_nouns = {n for _, nouns in train.categories for n in nouns}
    held_nouns = {n for _, nouns in held.categories for n in nouns}
    assert not train_nouns & held_nouns
    train_gen, held_gen = DialogueGenerator(0), DialogueGenerator(0, heldout=True)
    for intent in _ASK:
        assert not set(train_gen.ask[intent]) & set(held_gen.ask[intent]), intent
    for kind, _, _ in _FAQS:
        assert not set(train_gen.faq_asks[kind]) & set(held_gen.faq_asks[kind]), kind


def test_heldout_products_use_no_training_words():
    train = Vocabulary.build(False)
    train_words = {w.lower() for w in train.brands + train.adjectives + train.colors}
    train_words |= {n for _, nouns in train.categories for n in nouns}
    for ex in generate(300, seed=8, heldout=True):
        for line in ex.prompt.context.split("\n"):
            if line.startswith("Product: "):
                name = line[len("Product: "):].split(";")[0]
                assert not {w.lower() for w in name.split()} & train_words, name


def test_examples_render_with_the_chat_layout():
    ex = generate(1, seed=9)[0]
    text, spans = render(ex.messages)
    assert text.startswith("<|system|>") and text.endswith(ex.reply + "<|end|>")
    assert spans[-1][2] == "assistant" and text[spans[-1][0]:spans[-1][1]] == ex.reply + "<|end|>"


def test_a_missing_product_is_sometimes_noted_in_training_and_never_held_out():
    """Training shows retrieval's note for a name no product has; held-out cases keep
    the model on its own (and stay what earlier figures were measured on)."""
    from model.prompt import NO_SUCH_PRODUCT

    def noted(examples):
        missing = [ex for ex in examples if ex.intent == "missing_product"]
        assert missing
        return [NO_SUCH_PRODUCT in ex.prompt.messages[0]["content"] for ex in missing]

    train = noted(generate(600, seed=5))
    assert 0 < sum(train) < len(train)
    assert not any(noted(generate(600, seed=5, heldout=True)))
    for ex in generate(600, seed=5):  # the note is there only for a product the shop lacks
        if NO_SUCH_PRODUCT in ex.prompt.messages[0]["content"]:
            assert ex.intent == "missing_product" and "could not find" in ex.reply


def test_fixed_faq_topics_are_asked_in_composed_words_in_training_only():
    """Training asks a fixed FAQ topic in words of no phrasing list (a frame around the
    topic's noun, or the shopper's situation), with and without the answer in the facts;
    held-out cases keep to their list."""
    from model.dialogues import _FAQ_FRAMES, _FAQ_TOPIC_WORDS

    composed = set()
    for words, sentences in _FAQ_TOPIC_WORDS.values():
        composed |= {s.lower() for s in sentences}
        composed |= {f.format(t=w).lower() for f in _FAQ_FRAMES for w in words}

    def asked(examples):
        found = Counter()
        for ex in examples:
            if ex.intent in ("faq", "faq_missing"):
                user = ex.messages[-2]["content"].lower()
                found[ex.intent] += any(c.rstrip("?") in user for c in composed)
        return found

    train = asked(generate(1500, seed=3))
    assert train["faq"] > 0 and train["faq_missing"] > 0
    assert sum(asked(generate(1500, seed=3, heldout=True)).values()) == 0
    held = DialogueGenerator(0, heldout=True)
    assert not composed & {a.lower() for asks in held.faq_asks.values() for a in asks}


def test_colour_variants_in_training_are_sometimes_named_in_invented_words():
    """A reply's colour must be copied, not recalled from the training list: training
    variants are sometimes in invented colours; held-out ones keep to their own list."""
    known = set(Vocabulary.build(False).colors)
    held = set(Vocabulary.build(True).colors)

    def colours(examples):
        return [c for ex in examples if ex.intent == "variant"
                for c in re.findall(r"color ([a-z]+)", ex.prompt.context)]

    train = colours(generate(1500, seed=4))
    assert train and 0 < sum(c not in known for c in train) < len(train)
    assert all(c in held for c in colours(generate(1500, seed=4, heldout=True)))


def test_typos_can_be_turned_off_without_changing_the_dialogues():
    with_typos = list(islice(DialogueGenerator(seed=21), 300))
    without = list(islice(DialogueGenerator(seed=21, typos=False), 300))
    changed = 0
    for a, b in zip(with_typos, without, strict=True):
        for ma, mb in zip(a.messages, b.messages, strict=True):
            assert ma["role"] == mb["role"]
            if ma["role"] != "user":
                assert ma["content"] == mb["content"]  # same shops, facts and replies
            elif ma["content"] != mb["content"]:
                changed += 1  # one word misspelt in the typed message
                assert len(ma["content"].split()) == len(mb["content"].split())
    assert changed > 10


def test_when_it_arrives_is_answered_with_the_orders_state():
    # A delivered or returned order keeps the date it was due; no reply may say it is on its
    # way, and a reply about a date names the order's state too.
    seen = Counter()
    for ex in generate(6000, seed=8):
        state = re.search(r"Order \S+: (\w+)[;.]", ex.prompt.context)
        if ex.intent != "order" or state is None:
            continue
        status = state.group(1)
        if "arrive" in ex.reply or "delivery date" in ex.reply:
            assert status in ("shipped", "processing"), (status, ex.reply)
            assert status in ex.reply, ex.reply
            seen["date", status] += 1
        elif status in ("delivered", "returned") and "eta" in ex.prompt.context:
            assert f"was {status}" in ex.reply or "carrier" in ex.reply or " is with " in ex.reply, ex.reply
            seen["done", status] += 1
    assert seen["done", "delivered"] and seen["done", "returned"]
    assert seen["date", "processing"] and seen["date", "shipped"]


def test_names_as_shops_write_them_and_measured_attributes_are_opt_in():
    """`long_names` / `measured`: products named with a model code, several kind words or a
    size, and measured attributes; off, the default stream of dialogues is what it was."""
    def products(gen: DialogueGenerator) -> list[dict]:
        out = []
        for example in islice(gen, 300):
            out += [line for line in example.prompt.context.split("\n")
                    if line.startswith("Product: ")]
        return out

    plain = products(DialogueGenerator(3))
    assert not any(re.search(r"; (max load|warranty|screen|power) ", p) for p in plain)
    shaped = products(DialogueGenerator(3, long_names=1.0, measured=1.0))
    names = [p.split(";")[0].removeprefix("Product: ") for p in shaped]
    assert sum(len(n.split()) >= 5 for n in names) > len(names) // 5
    assert sum(bool(re.search(r"\s\S*\d\S*\s", n)) for n in names) > len(names) // 3
    assert sum(bool(re.search(r"; (weight|capacity|width|length|battery|power|max load|"
                              r"screen|warranty|output|wheel size|pieces) ", p))
               for p in shaped) > len(shaped) // 2
    examples = list(islice(DialogueGenerator(4, long_names=1.0, measured=1.0), 200))
    for example in examples:  # still derivable from the prompt
        if example.intent == "price":
            assert all(x in example.prompt.context for x in example.expected), example.reply


def test_fields_asked_in_their_own_words_are_answered_by_the_facts_in_training_only():
    """"what is the X made of?", "what colour is the X?": the reply names the field and copies
    its value from the facts; held-out dialogues never ask that way."""
    keyed = re.compile(r"made (of|from)|^(what|which) colou?r (is|are) the ", re.I)
    seen = 0
    for example in islice(DialogueGenerator(5, measured=0.4), 5000):
        question = example.prompt.messages[-1]["content"]
        if example.intent != "attribute" or not keyed.search(question):
            continue
        seen += 1
        key = "material" if "made" in question.lower() else "color"
        assert f" has {key} " in example.reply or "do not know" in example.reply, example.reply
        assert all(fact.lower() in example.prompt.context.lower()
                   for fact in example.expected[1:] if fact != "do not know"), example
    assert seen >= 10
    for example in islice(DialogueGenerator(5, heldout=True), 3000):
        assert not keyed.search(example.prompt.messages[-1]["content"])


def test_a_size_in_a_name_is_often_a_field_too_and_asked_colours_are_all_listed():
    """Shops repeat a name's size as a field ("... Dental Sticks 28 pack; pack size 28
    pack"): training has such products, so a price question holding the size is still a
    price question. "What colours does the X come in?" is answered with every colour the
    facts give X."""
    sized = listed = asked = 0
    for example in islice(DialogueGenerator(6, long_names=1.0, measured=0.4), 2000):
        for line in example.prompt.context.split("\n"):
            name = line.split(";")[0].removeprefix("Product: ")
            size = re.search(r"(\d+(?:\.\d+)?) ?(ml|L|g|kg|cm|pack)$", name)
            if line.startswith("Product: ") and size:
                sized += 1
                listed += any(f"; {key} {size.group(0)}" in line
                              for key in ("capacity", "weight", "length", "pack size"))
        reply = example.reply
        if re.fullmatch(r"The .+ comes in [^.]+\.", reply):
            asked += 1
            name = reply.removeprefix("The ").split(" comes in ")[0]
            colours = {m.group(1) for m in re.finditer(
                rf"Product: {re.escape(name)};[^\n]*?; color ([^;]+);", example.prompt.context)}
            said = set(reply.split(" comes in ")[1].rstrip(".").split(", "))
            assert said == colours, (reply, example.prompt.context)
    assert sized > 100 and listed > sized // 3, (sized, listed)
    assert asked >= 10
