"""The copying constraint against an adversary: random logits, thousands of steps, no model."""

import random

import torch
from transformers import AutoTokenizer

from model.copying import CopyConstraint, FigureGate, TokenTable, figures

CONTEXT = "Kettle 19.99 EUR (was 1,299.00). Order ORD-2024-0042 ships in 3 days; SKU-123A."


def test_figures_are_words_with_digits_and_id_parts():
    assert figures(CONTEXT) == {
        "19.99", "1,299.00", "ORD-2024-0042", "2024", "0042", "3", "SKU-123A", "123A",
    }
    assert figures("no numbers here.") == set()


def test_text_check_follows_whole_and_open_figures():
    c = CopyConstraint(table=None, allowed=sorted(figures(CONTEXT)))
    assert c.text_ok("it costs 19.99.") and c.text_ok("costs 19.9") and c.text_ok("ORD-20")
    assert not c.text_ok("costs 19.9 now") and not c.text_ok("costs 18")
    assert not c.text_ok("costs 19.9", final=True) and c.text_ok("SKU-123A, ok", final=True)


def test_random_decoding_under_the_mask_only_copies_context_figures(tiny_mixtral_path):
    tokenizer = AutoTokenizer.from_pretrained(tiny_mixtral_path)
    table = TokenTable(tokenizer, len(tokenizer))
    constraint = CopyConstraint.from_context(table, CONTEXT)
    eos = frozenset({tokenizer.eos_token_id})
    rng = torch.Generator().manual_seed(0)
    digit_ids = torch.tensor(table.with_digit)
    written: set[str] = set()
    for trial in range(30):
        ids: list[int] = []
        gate, shown = FigureGate(constraint), ""
        for _ in range(random.Random(trial).randint(10, 60)):
            text = tokenizer.decode(ids, skip_special_tokens=True)
            logits = torch.randn(len(tokenizer), generator=rng)
            logits[digit_ids] += 3.0  # an adversary that loves digits
            constraint.restrict(logits, text, eos)
            token = int(torch.distributions.Categorical(logits=logits).sample())
            if token in eos:
                break
            before = tokenizer.decode(ids, skip_special_tokens=True)
            ids.append(token)
            shown += gate.feed(tokenizer.decode(ids, skip_special_tokens=True)[len(before) :])
        shown += gate.flush()
        assert figures(shown) <= figures(CONTEXT), shown
        written |= figures(shown)
    assert len(written) >= 3, "the adversary did copy figures"


FACTS = "Harbor Goods.\nProduct: Hindal vest 663; price 12.50 EUR; color olive; Warm vest.\n" \
        "FAQ: Do you ship abroad? We ship to 30 countries."
LEXICON = frozenset({"The", "the", "costs", "Sorry", "I", "do", "not", "see", "in", "It",
                     "comes", "Welcome", "to", "has", "We"})


def word_constraint(table=None, shopper: str = "is the hindal vest in brown?"):
    return CopyConstraint.from_context(table, FACTS, lexicon=LEXICON, shopper_text=shopper)


def test_an_id_with_letters_can_be_copied_under_the_word_rule():
    """The letters of an id are written before its digits ("order SO" -> "SO-348193"): they
    may start a word only as the start of the id."""
    for facts in ("Note: There is no order SO-348193.", "Order: SO-348193; status shipped."):
        c = CopyConstraint.from_context(None, facts, lexicon=LEXICON | {"order", "Order"},
                                        shopper_text="check so-348193 please")
        reply = "Sorry, I do not see order SO-348193."
        assert all(c.words_ok(reply[:n]) for n in range(1, len(reply) + 1)), facts
        assert c.words_ok(reply, final=True) and c.text_ok(reply, final=True)
        assert not c.text_ok("Sorry, I do not see order SO-348194.", final=True)
        assert not c.words_ok("Sorry, I do not see order SO 348193")  # the id, whole
    # Letters and digits in one run: the letters are the start of the id.
    c = CopyConstraint.from_context(None, "Order: D93625; status cancelled.",
                                    lexicon=LEXICON | {"Order", "was"})
    reply = "Order D93625 was cancelled."
    assert all(c.words_ok(reply[:n]) for n in range(1, len(reply) + 1))
    assert not c.words_ok("Order DX")
    # A line break is no way out of a copied run: "Solid" must go on as "Solid Knife 29".
    c = CopyConstraint.from_context(None, "Product: Lofal Solid Knife 29; price 1166.86 NZD.",
                                    lexicon=LEXICON)
    assert c.words_ok("The Lofal Solid ") and not c.words_ok("The Lofal Solid\n")
    # A copied run through a figure that holds a joiner ("a 1-year warranty").
    c = CopyConstraint.from_context(None, "FAQ: Is there a warranty? All products carry a "
                                    "1-year warranty.", lexicon=LEXICON)
    reply = "All products carry a 1-year warranty."
    assert all(c.words_ok(reply[:n]) for n in range(1, len(reply) + 1))


def test_reply_words_come_from_the_facts_or_the_lexicon():
    c = word_constraint()
    assert c.words_ok("The Hindal vest 663 costs 12.50 EUR.", final=True)
    assert c.words_ok("The hindal VEST 663 costs 12.50 EUR.", final=True)  # common spellings
    assert c.words_ok("Welcome to Harbor Goods.", final=True)  # the shop's name
    assert c.words_ok("The Hin") and c.words_ok("The Hindal v")  # open words may still grow
    assert not c.words_ok("The Gizmo 663 costs 12.50 EUR.")  # not in the prompt
    assert not c.words_ok("The HiNdal")  # an odd spelling
    assert not c.words_ok("The Product")  # a layout label, not a fact
    assert not c.words_ok("The Hindal vest 663 costs 12.50 USD.")  # another currency
    assert not c.words_ok("The Processed", final=True)  # "processed" is no lexicon word here


def test_a_copied_phrase_runs_to_its_end():
    c = word_constraint()
    assert not c.words_ok("The Hindal costs")  # stops inside "Hindal vest 663"
    assert not c.words_ok("The Hindal", final=True)
    assert c.words_ok("The Hindal vest 663 has color olive.", final=True)
    assert c.words_ok("We ship to 30 countries.", final=True)
    assert not c.words_ok("We ship costs")
    # The shopper's own words may be used one at a time, not as phrases to copy.
    assert c.words_ok("Sorry, I do not see the Hindal vest 663 in brown. It comes in olive.",
                      final=True)
    # Inside a copied phrase only what the prompt has between its words may stand: no
    # punctuation or symbols to escape through ("The Hindal; ; ;", "The Hindal @ vest").
    assert not c.words_ok("The Hindal;") and not c.words_ok("The Hindal @ vest")
    assert not c.words_ok("The Hindal, vest 663")
    assert c.words_ok("The Hindal vest 663.")  # the phrase has ended
    # but the prompt's layout does not go on in a reply: "The Hindal vest 663; price ..."
    assert not c.words_ok("The Hindal vest 663;")


def test_padding_pieces_are_not_candidates():
    from model.copying import _pads

    assert _pads("The Hindal ", " ") and _pads("The Hindal ", " vest")  # a second blank
    assert _pads("costs 12.50 EUR.", ";") and _pads("in stock; ", ";")  # punctuation twice
    assert not _pads("The Hindal", " vest") and not _pads("costs 12", ".")
    assert not _pads("The Hindal", " ") and not _pads("EUR", ".")
    # After a closing bracket a sentence ends or goes on ("(7 available).", "(2 left), ").
    assert not _pads("is in stock (7 available)", ".") and not _pads("(2 left)", ", and")
    assert _pads("is in stock (7 available).", ".")


def test_random_decoding_under_the_word_rule_writes_only_allowed_words(tiny_mixtral_path):
    from model.copying import words

    tokenizer = AutoTokenizer.from_pretrained(tiny_mixtral_path)
    table = TokenTable(tokenizer, len(tokenizer))
    eos = frozenset({tokenizer.eos_token_id})
    allowed = {w.lower() for w in LEXICON} | words(FACTS) | words("is the hindal vest in brown?")
    rng = torch.Generator().manual_seed(1)
    lengths = []
    for _ in range(20):
        c = word_constraint(table)
        ids: list[int] = []
        for _ in range(30):
            text = tokenizer.decode(ids, skip_special_tokens=True)
            logits = torch.randn(len(tokenizer), generator=rng)
            c.restrict(logits, text, eos)
            token = int(logits.argmax())
            if token in eos:
                break
            ids.append(token)
        text = tokenizer.decode(ids, skip_special_tokens=True)
        # Every finished word is allowed; the last one may still be open.
        finished = text[: len(text) - len(text.split(" ")[-1])]
        assert words(finished) <= allowed, text
        lengths.append(len(words(finished)))
    assert sum(lengths) >= 5, "the decoding under the rule still wrote words"


def test_figure_gate_holds_a_figure_until_it_ends():
    """"2" is a figure of the context and the start of "2026-02-15": shown only once the
    figure has ended, and a figure cut short at the end ("202") is never shown."""
    constraint = CopyConstraint.from_context(None, "eta 2026-02-15; items QUI-456-M x 2.")
    gate = FigureGate(constraint)
    shown = "".join(gate.feed(p) for p in ["arrives by ", "2", "0", "2"]) + gate.flush()
    assert shown == "arrives by "
    gate = FigureGate(constraint)
    shown = "".join(gate.feed(p) for p in ["by ", "2", "026", "-02", "-15", "."]) + gate.flush()
    assert shown == "by 2026-02-15."
    gate = FigureGate(constraint)
    assert "".join(gate.feed(p) for p in ["x ", "2"]) + gate.flush() == "x 2"



def test_a_figure_begun_wrongly_is_kept_to_the_one_its_letters_start():
    """"Order H" then a digit: the model misread "HH-367322" as "H367322"; instead of some
    word that starts with "H" ("Hello"), the reply goes on along the id. (The bundled
    model's tokenizer: the tiny test one has no capital letters.)"""
    from model.train import WEIGHTS_DIR

    tokenizer = AutoTokenizer.from_pretrained(str(WEIGHTS_DIR))
    table = TokenTable(tokenizer, len(tokenizer))
    c = CopyConstraint.from_context(table, "Order HH-367322: shipped; carrier USPS.",
                                    lexicon=LEXICON | {"Order", "Hello"})
    logits = torch.zeros(len(tokenizer))
    for i, text in enumerate(table.text):  # "e", "ello"...: words the letter could start
        if text[:1].islower():
            logits[i] = 5.0
    logits[table.text.index("3")] = 10.0
    c.restrict(logits, "Order H", frozenset({tokenizer.eos_token_id}))
    best = table.text[int(logits.argmax())]
    assert "HH-367322".startswith("H" + best), best


def _bundled_table():
    from model.train import WEIGHTS_DIR

    tokenizer = AutoTokenizer.from_pretrained(str(WEIGHTS_DIR))
    return tokenizer, TokenTable(tokenizer, len(tokenizer))


SHELF = ("Product: Quill Aurora Bottle; price 19.99 USD; 14 in stock.\n"
         "Product: Quill Umbra Bottle; price 28.99 USD; 31 in stock.")
SHELF_WORDS = LEXICON | {"costs", "USD"}


def test_a_copied_word_keeps_the_prompts_spelling():
    c = CopyConstraint.from_context(None, SHELF, lexicon=SHELF_WORDS)
    for spelled in ("Aurora", "aurora", "AURORA"):
        assert c.words_ok(f"The Quill {spelled} Bottle costs 19.99 USD.", final=True), spelled
    assert not c.words_ok("The Quill aUrora") and not c.words_ok("The Quill aU")


def greedy(c: CopyConstraint, tokenizer, table: TokenTable, reply: str, prefer: str,
           then: str = "") -> str:
    """One greedy step from `reply` when the model's favourite is the token `prefer` (and its
    second choice `then`)."""
    logits = torch.zeros(len(tokenizer))
    logits[table.text.index(prefer)] = 10.0
    if then:
        logits[table.text.index(then)] = 5.0
    c.restrict(logits, reply, frozenset({tokenizer.eos_token_id}))
    return table.text[int(logits.argmax())]


def test_a_price_after_a_named_product_is_that_products():
    """"The Quill Aurora Bottle costs" then the model reaches for "2" (28.99, the next
    product's price): only the named product's figures may be written there."""
    tokenizer, table = _bundled_table()
    shopper = "How much does the Quill Aurora Bottle cost?"
    c = CopyConstraint.from_context(table, SHELF, lexicon=SHELF_WORDS, shopper_text=shopper)
    reply = "The Quill Aurora Bottle costs "
    assert greedy(c, tokenizer, table, reply, "2", then="1") == "1"
    # Once that figure is written, the next is free again (the rule binds the first).
    c = CopyConstraint.from_context(table, SHELF, lexicon=SHELF_WORDS, shopper_text=shopper)
    assert greedy(c, tokenizer, table, reply + "19.99 USD and the other ", "2", "1") == "2"
    # A name the shopper did not say (a photo's product, the model's own choice) binds
    # nothing: the model's figure stands.
    c = CopyConstraint.from_context(table, SHELF, lexicon=SHELF_WORDS,
                                    shopper_text="how much is this?")
    assert greedy(c, tokenizer, table, reply, "2", then="1") == "2"


def test_a_name_that_goes_on_two_ways_goes_on_as_the_shopper_said_it():
    tokenizer, table = _bundled_table()
    c = CopyConstraint.from_context(table, SHELF, lexicon=SHELF_WORDS,
                                    shopper_text="is the quill umbra bottle in stock?")
    reply, piece = "The Quill", ""
    for _ in range(6):  # the model keeps preferring " A" (Aurora)
        piece = greedy(c, tokenizer, table, reply, " A")
        reply += piece
        if reply.endswith("Umbra"):
            break
    assert reply == "The Quill Umbra", reply
    # Where the shopper named neither, the model's choice stands.
    c = CopyConstraint.from_context(table, SHELF, lexicon=SHELF_WORDS,
                                    shopper_text="any bottles?")
    assert greedy(c, tokenizer, table, "The Quill", " A") == " A"


def test_a_price_after_a_name_that_several_variants_share_is_one_of_theirs():
    tokenizer, table = _bundled_table()
    facts = SHELF + "\nProduct: Quill Aurora Bottle; price 35.00 USD; 5 in stock; color red."
    c = CopyConstraint.from_context(table, facts, lexicon=SHELF_WORDS,
                                    shopper_text="how much is the quill aurora bottle?")
    # "2" starts only the other product's 28.99; "3" starts the red variant's 35.00.
    assert greedy(c, tokenizer, table, "The Quill Aurora Bottle costs ", "2", then="3") == "3"


def test_a_price_after_a_variant_the_shopper_singled_out_is_that_variants():
    """"Tell me about the orange Zephyr Vista Notebook" / "and what does it cost?": of the
    colour variants of a name, the one whose colour the shopper said, in this message or
    an earlier one."""
    tokenizer, table = _bundled_table()
    facts = ("Product: Quill Aurora Bottle; price 19.99 USD; 14 in stock; color blue.\n"
             "Product: Quill Aurora Bottle; price 35.00 USD; 5 in stock; color red.")
    reply = "The Quill Aurora Bottle costs "
    for said, prefer, then in (("how much is the red quill aurora bottle?", "1", "3"),
                               ("the blue quill aurora bottle, price?", "3", "1")):
        c = CopyConstraint.from_context(table, facts, lexicon=SHELF_WORDS, shopper_text=said,
                                        message=said)
        assert greedy(c, tokenizer, table, reply, prefer, then=then) == then, said
    earlier = "tell me about the red quill aurora bottle\nand what does it cost?"
    c = CopyConstraint.from_context(table, facts, lexicon=SHELF_WORDS, shopper_text=earlier,
                                    message="and what does it cost?")
    assert greedy(c, tokenizer, table, reply, "1", then="3") == "3"
    # No colour said: either variant's price may stand.
    c = CopyConstraint.from_context(table, facts, lexicon=SHELF_WORDS,
                                    shopper_text="how much is the quill aurora bottle?")
    assert greedy(c, tokenizer, table, reply, "1", then="3") == "1"


def test_a_price_after_a_name_comes_from_the_facts_not_an_earlier_reply():
    tokenizer, table = _bundled_table()
    said = "how much is the quill aurora bottle?"
    c = CopyConstraint.from_context(table, SHELF, lexicon=SHELF_WORDS, shopper_text=said,
                                    replies="The Quill Aurora Bottle: 28.99 USD.")
    assert greedy(c, tokenizer, table, "The Quill Aurora Bottle, ", "2", then="1") == "1"


def test_two_names_the_shopper_said_can_both_be_written():
    tokenizer, table = _bundled_table()
    c = CopyConstraint.from_context(
        table, SHELF, lexicon=SHELF_WORDS | {"and"},
        shopper_text="which is cheaper, the quill aurora bottle or the quill umbra bottle?")
    assert greedy(c, tokenizer, table, "The Quill", " A") == " A"
    reply = "The Quill Aurora Bottle costs 19.99 USD and the Quill"
    assert greedy(c, tokenizer, table, reply, " Umbr") == " Umbr"
    # Neither the model's favourite nor a said name: a said one, as the prompt spells it.
    assert greedy(c, tokenizer, table, reply, " T").strip() in ("A", "Umbr")


def test_after_the_word_order_comes_an_order_id_not_a_sku():
    """"Order HAR-LOF399-WHI": the model took an item's SKU for the order's id."""
    tokenizer, table = _bundled_table()
    facts = "Order HH-145306: delivered; carrier USPS; items HAR-LOF399-WHI x 2."
    c = CopyConstraint.from_context(table, facts, lexicon=SHELF_WORDS | {"Order", "was"})
    assert greedy(c, tokenizer, table, "Order H", "AR", then="H") == "H"
    assert greedy(c, tokenizer, table, "Order", " HAR", then=" H") == " H"
    # Elsewhere the SKU may be written ("items HAR-...").
    assert greedy(c, tokenizer, table, "It holds H", "AR", then="H") == "AR"


def test_after_the_comes_the_product_the_shopper_named():
    """"Yes, the" + a product of the facts: the one the latest message names ("The Proof
    steel" and "the features waterproof glaze" were written instead)."""
    tokenizer, table = _bundled_table()
    facts = ("Product: Umbra Bottle; price 28.99 USD; 31 in stock.\n"
             "Product: Trail Bottle; price 19.99 USD; 14 in stock.")
    message = "is the umbra bottle in stock?"
    c = CopyConstraint.from_context(table, facts, lexicon=SHELF_WORDS | {"Yes", "of", "is"},
                                    shopper_text=message, message=message)
    assert c.said_names == ("Umbra Bottle",)
    assert greedy(c, tokenizer, table, "Yes, the", " B") == " Umbr"
    # The model's own words after "the" stay its own ("the price of the ..."), and once the
    # product is named the rule is done.
    assert greedy(c, tokenizer, table, "Yes, the", " price") == " price"
    assert greedy(c, tokenizer, table, "The Umbra Bottle is the", " B") == " B"


def test_after_the_in_a_follow_up_comes_the_product_named_before():
    """"and how much is that?" names nothing: the product the last reply named, else the
    one an earlier message named; the message's own words ("sizes") stay the model's."""
    tokenizer, table = _bundled_table()
    facts = ("Product: Umbra Bottle; price 28.99 USD; 31 in stock.\n"
             "Product: Trail Bottle; price 19.99 USD; 14 in stock.")
    words = SHELF_WORDS | {"Yes", "of", "is", "know"}
    said = "tell me about the trail bottle\nand how much is that?"
    c = CopyConstraint.from_context(table, facts, lexicon=words, shopper_text=said,
                                    message="and how much is that?")
    assert c.said_names == ("Trail Bottle",)
    assert greedy(c, tokenizer, table, "The", " Umbr") == " T"
    c = CopyConstraint.from_context(table, facts, lexicon=words, shopper_text=said,
                                    replies="The Umbra Bottle costs 28.99 USD.",
                                    message="and how much is that?")
    assert c.said_names == ("Umbra Bottle",)
    c = CopyConstraint.from_context(table, facts, lexicon=words,
                                    shopper_text="the trail bottle?\nand the sizes?",
                                    message="and the sizes?")
    assert greedy(c, tokenizer, table, "I do not know the", " sizes") == " sizes"


def test_a_reply_that_begins_an_faq_answer_copies_it_to_its_end():
    """"We ship" + " abroad in both in Europe" for "We ship to most countries in Europe.";
    "We are sorry" + ", I do not know that" for "We are sorry! Send us a photo ..."."""
    tokenizer, table = _bundled_table()
    facts = ("Shop Harbor.\nFAQ: Do you ship abroad? We ship to most countries in Europe.\n"
             "FAQ: My item arrived damaged. What should I do? We are sorry! Send a photo "
             "within 7 days.\nFAQ: Can I exchange an item? Yes, exchanges are free within "
             "60 days.")
    words = SHELF_WORDS | {"We", "ship", "are", "sorry", "I", "do", "not", "know", "Yes", "an"}
    c = CopyConstraint.from_context(table, facts, lexicon=words,
                                    shopper_text="do you ship abroad?")
    assert c.passages[0].startswith("We ship to most") and c.passages[1].startswith("We are")
    assert greedy(c, tokenizer, table, "We ship", " I", then=" to") == " to"
    assert greedy(c, tokenizer, table, "We ship to m", " I", then="o") == "o"
    assert greedy(c, tokenizer, table, "We are sorry", " I") == "!"
    # One word and most of a long next one are a start ("Yes, exchange" + "s are free").
    assert greedy(c, tokenizer, table, "Yes, exchange", " an", then="s") == "s"
    # One word in common is no start of the answer, and at its end the reply ends.
    assert greedy(c, tokenizer, table, "We", " I") == " I"
    assert greedy(c, tokenizer, table, "We ship to most countries in Europe.", " We") == ""


def test_one_word_of_the_only_fact_answer_is_its_start():
    """"For" + " bulk or business orders" (the question's words) for "For orders of 25 units
    or more ...", where that FAQ entry is all the facts hold."""
    tokenizer, table = _bundled_table()
    facts = ("Shop Harbor.\nFAQ: Do you offer discounts for bulk orders? For orders of 25 "
             "units or more we send a trade quote.")
    words = SHELF_WORDS | {"For", "bulk", "business", "orders", "I", "do", "not", "know"}
    c = CopyConstraint.from_context(table, facts, lexicon=words, shopper_text="bulk discount?")
    assert c.sole_passage
    assert greedy(c, tokenizer, table, "For", " bu", then=" order") == " order"
    # with a product beside it, one word in common is no start
    c = CopyConstraint.from_context(
        table, facts + "\nProduct: Umbra Bottle; price 14.99 USD; 3 in stock.",
        lexicon=words | {"Umbra", "Bottle"}, shopper_text="bulk discount?")
    assert not c.sole_passage
    assert greedy(c, tokenizer, table, "For", " bu") == " bu"


def test_a_product_named_in_full_is_the_one_the_reply_names():
    """"what's the Harbor Koa Headphones going for?" with two more "... Koa Headphones" in the
    facts: the reply wrote "Yes, the Ridge Koa Headphones is in stock (11 available)", another
    product's name and the asked one's stock."""
    tokenizer, table = _bundled_table()
    facts = ("Product: Harbor Koa Headphones; price 334.99 USD; 11 in stock.\n"
             "Product: Lumen Koa Headphones; price 73.99 USD; 35 in stock.\n"
             "Product: Ridge Koa Headphones; price 114.99 USD; 7 in stock.")
    message = "quick q - what's the Harbor Koa Headphones going for at the moment?"
    words = SHELF_WORDS | {"Yes", "the", "is", "in", "stock", "available"}
    c = CopyConstraint.from_context(table, facts, lexicon=words, shopper_text=message,
                                    message=message)
    assert c.said_names == ("Harbor Koa Headphones",)  # not every "... Koa Headphones"
    assert greedy(c, tokenizer, table, "Yes, the", " R") == " H"


def test_an_order_is_given_no_state_but_its_own():
    """"Order SO-596115 is being processed" was written for a returned order."""
    tokenizer, table = _bundled_table()
    facts = "Order SO-596115: returned; placed 2025-08-25."
    words = SHELF_WORDS | {"Order", "is", "being", "processed", "was", "has", "shipped",
                           "carrier", "should", "with"}
    c = CopyConstraint.from_context(table, facts, lexicon=words,
                                    shopper_text="order SO-596115, email a@b.co")
    assert greedy(c, tokenizer, table, "Order SO-596115 is", " be", then=" with") == " with"
    assert greedy(c, tokenizer, table, "Order SO-596115 was", " processed",
                  then=" returned") == " returned"
    assert greedy(c, tokenizer, table, "Order SO-596115 has", " shipped",
                  then=" shoul") == " shoul"
    # Its own state stands, and far from the id the words are free again.
    c = CopyConstraint.from_context(table, facts.replace("returned", "processing"),
                                    lexicon=words, shopper_text="order SO-596115?")
    assert greedy(c, tokenizer, table, "Order SO-596115 is", " be", then=" with") == " be"


def test_a_price_word_takes_the_named_products_price_not_its_stock():
    tokenizer, table = _bundled_table()
    facts = ("Product: Kestrel Koa Bottle; price 14.99 USD; 3 in stock.\n"
             "Product: Orbit Koa Bottle; price 37.99 USD; 55 in stock.")
    c = CopyConstraint.from_context(table, facts, lexicon=SHELF_WORDS,
                                    shopper_text="how much is the kestrel koa bottle?")
    # "3" would start the other bottle's 37.99 and is this one's stock: not after "costs".
    assert greedy(c, tokenizer, table, "The Kestrel Koa Bottle costs ", "3", then="1") == "1"


def test_a_copied_run_goes_on_even_with_tokens_the_model_finds_unlikely():
    """"The Alder " + "is": the run must go on as "Onyx Vase", found beyond the best
    candidates if need be."""
    tokenizer, table = _bundled_table()
    facts = "Product: Alder Onyx Vase; price 108.99 USD; 18 in stock."
    c = CopyConstraint.from_context(table, facts, lexicon=SHELF_WORDS | {"is"})
    logits = torch.full((len(tokenizer),), -50.0)
    for i, text in enumerate(table.text):  # the model wants anything but the name's rest
        if text.strip() and not "onyx".startswith(text.strip().lower()):
            logits[i] = 10.0
    c.restrict(logits, "The Alder ", frozenset({tokenizer.eos_token_id}))
    best = table.text[int(logits.argmax())]
    assert best.strip() and "onyx".startswith(best.lower()), best


def test_a_percentage_is_copied_with_its_sign():
    """"26%" is one fact: after "26" only "%" may follow when the facts write 26 that way
    every time (the bundled model had written "26" and a stray byte)."""
    tokenizer, table = _bundled_table()
    facts = "Shop.\nProduct: Kibble 2kg; protein 26%; fat 14%; fibre 3 g."
    c = CopyConstraint.from_context(table, facts, lexicon=LEXICON | {"protein"})
    logits = torch.zeros(len(tokenizer))
    c.restrict(logits, "The Kibble 2kg has protein 26", frozenset({tokenizer.eos_token_id}))
    allowed = {table.text[i] for i in torch.nonzero(logits > float("-inf")).flatten().tolist()}
    assert allowed and all(t.startswith("%") for t in allowed), sorted(allowed)[:10]
    # a figure the facts also write without the sign ("3") may end where it ends
    logits = torch.zeros(len(tokenizer))
    c.restrict(logits, "The Kibble 2kg has fibre 3", frozenset({tokenizer.eos_token_id}))
    allowed = {table.text[i] for i in torch.nonzero(logits > float("-inf")).flatten().tolist()}
    assert any(not t.startswith("%") for t in allowed)


def test_no_character_is_begun_in_bytes_when_every_text_is_ascii():
    """Byte pieces of a character outside ASCII cannot be written when the prompt has none;
    they can when it has one to copy ("Crème")."""
    tokenizer, table = _bundled_table()
    partial = table.partial
    assert partial and tokenizer.convert_tokens_to_ids("<0x25>") not in partial  # "%" is whole
    c = CopyConstraint.from_context(table, "Shop.\nProduct: Kibble 2kg; protein 26%.",
                                    lexicon=LEXICON)
    logits = torch.zeros(len(tokenizer))
    c.restrict(logits, "The Kibble 2kg has protein 26%", frozenset({tokenizer.eos_token_id}))
    assert bool((logits[partial] == float("-inf")).all())
    assert (logits > float("-inf")).any()
    c = CopyConstraint.from_context(table, "Shop.\nProduct: Crème Pot 1L; price 9.50 EUR.",
                                    lexicon=LEXICON)
    assert not c.ascii_only  # "è" is written in bytes


def test_an_faq_answer_copied_to_its_end_ends_the_reply():
    """The trained reply to a policy question is its answer, whole: nothing after it."""
    c = word_constraint()
    logits = torch.zeros(64)
    c.restrict(logits, "We ship to 30 countries.", frozenset({7}))
    assert logits[7] == 0 and (logits[torch.arange(64) != 7] == float("-inf")).all()


def test_costs_is_followed_by_the_price():
    """Every reply the model learned says a price after "costs": not "." ("The Emberline
    Hydra 1.0L Integrated Stove System costs.", where the model reached for a stray "5")."""
    tokenizer, table = _bundled_table()
    facts = "Shop.\nProduct: Hydra 1.0L Stove; price 179.99 CAD; 9 in stock."
    c = CopyConstraint.from_context(table, facts, lexicon=LEXICON | {"CAD"})
    assert greedy(c, tokenizer, table, "The Hydra 1.0L Stove costs", ".", then=" ") == " "
    assert greedy(c, tokenizer, table, "The Hydra 1.0L Stove costs ", ".", then="1") == "1"


def test_after_a_price_sentence_comes_the_end_or_the_products_description():
    """"The X costs P CUR." is the whole reply to a price question and the start of the one
    to "tell me about the X", whose description follows from its start to its end: no words
    of the model's own there ("The Juniper Mesa Vase costs 24.99 USD. You else glaze"), and
    of a product sold in several colours, the description of the line with that price."""
    tokenizer, table = _bundled_table()
    eos = tokenizer.eos_token_id
    facts = ("Shop.\nProduct: Mesa Vase; price 24.99 USD; color red; Red oak vase. Matte.\n"
             "Product: Mesa Vase; price 26.99 USD; color blue; Blue glass vase.")
    c = CopyConstraint.from_context(table, facts, lexicon=LEXICON | {"USD"})
    reply = "The Mesa Vase costs 24.99 USD."
    assert greedy(c, tokenizer, table, reply, " I", then=" R") == " R"
    logits = torch.zeros(len(tokenizer))
    logits[eos] = 10.0
    c.restrict(logits, reply, frozenset({eos}))
    assert int(logits.argmax()) == eos  # or it ends there
    assert greedy(c, tokenizer, table, reply, " B", then=" R") == " R"  # 24.99's line
    assert greedy(c, tokenizer, table, reply + " Red oak", " g", then=" ") == " "
    logits = torch.zeros(len(tokenizer))
    c.restrict(logits, reply + " Red oak vase. Matte.", frozenset({eos}))
    assert (logits == float("-inf")).sum() == len(tokenizer) - 1 and logits[eos] == 0


def test_the_figure_after_costs_is_a_price_of_the_facts():
    """"The Crew Sock M costs" is followed by its price, not by another figure of its line
    (the 2% of its fabric, its 34 in stock): "costs 2%10.5" had been written."""
    tokenizer, table = _bundled_table()
    facts = "Shop.\nProduct: Crew Sock M; price 27.99 CAD; 34 in stock; fabric merino 2.5 nylon."
    c = CopyConstraint.from_context(table, facts, lexicon=LEXICON | {"CAD"})
    assert greedy(c, tokenizer, table, "The Crew Sock M costs ", "3", then="2") == "2"
    assert greedy(c, tokenizer, table, "The Crew Sock M costs 2", ".", then="7") == "7"
    assert greedy(c, tokenizer, table, "The Crew Sock M costs 27", "9", then=".") == "."


def test_a_reply_opened_as_sold_out_goes_on_out_of_stock():
    """"Sorry, the X is" of a product the facts have out of stock goes on " out of stock",
    as that reply does (the model had written "Sorry, the ... Chopping Block Medium 35x25cm
    is in stock (25 ...", and "is is is" with only "in" barred); of one in stock, nothing is
    kept to here."""
    tokenizer, table = _bundled_table()
    facts = ("Shop.\nProduct: End-Grain Block Medium; price 129.95 AUD; out of stock.\n"
             "Product: End-Grain Block Large; price 159.95 AUD; 4 in stock.")
    c = CopyConstraint.from_context(table, facts, lexicon=LEXICON | {"AUD", "out", "of"})
    assert greedy(c, tokenizer, table, "Sorry, the End-Grain Block Medium is", " in",
                  then=" o") == " o"
    assert greedy(c, tokenizer, table, "Sorry, the End-Grain Block Medium is ", "in",
                  then="o") == "o"
    assert greedy(c, tokenizer, table, "Sorry, the End-Grain Block Medium is", " I",
                  then=" the") in (" o", " ")  # kept to " out", whatever the model prefers
    assert greedy(c, tokenizer, table, "Sorry, the End-Grain Block Large is", " in",
                  then=" o") == " in"


def test_a_field_the_reply_gives_is_copied_whole():
    """"The X has color " goes on with the whole value the facts give: a list to its last
    item ("white, indigo, celadon", where the model had stopped after "white"), a value with
    brackets to its end (grind options had come back "whole bean, coarse have press. I
    course"). Once the value is written the model is free again (it ends the sentence)."""
    tokenizer, table = _bundled_table()
    facts = ("Shop.\nProduct: Hasami Teapot; price 3850.00 CHF; 14 in stock; "
             "color white, indigo, celadon; grind options whole bean, coarse (French press).")
    c = CopyConstraint.from_context(table, facts, lexicon=LEXICON | {"CHF"})
    reply = "The Hasami Teapot has color white"
    assert greedy(c, tokenizer, table, reply, ".", then=",") == ","
    assert greedy(c, tokenizer, table, reply + ", indigo", ".", then=",") == ","
    logits = torch.zeros(len(tokenizer))
    c.restrict(logits, "The Hasami Teapot has grind options whole bean, coarse",
               frozenset({tokenizer.eos_token_id}))
    allowed = {table.text[i] for i in torch.nonzero(logits == 0).flatten().tolist()}
    assert allowed and all(" (French press)".startswith(t) for t in allowed)
    assert greedy(c, tokenizer, table, reply + ", indigo, celadon", ".") == "."  # free again


def test_no_word_is_glued_to_a_value_that_ends_in_a_sign():
    """"The X has age 3+" ends there or with punctuation: the bundled model had glued "like"
    to it ("3+like"), "+" being a byte piece it had seldom seen before."""
    tokenizer, table = _bundled_table()
    facts = "Shop.\nProduct: Balance Board; price 649.00 DKK; 2 in stock; age 3+; max load 100 kg."
    c = CopyConstraint.from_context(table, facts, lexicon=LEXICON | {"DKK"})
    eos = frozenset({tokenizer.eos_token_id})
    logits = torch.zeros(len(tokenizer))
    c.restrict(logits, "The Balance Board has age 3+", eos)
    allowed = torch.nonzero(logits == 0).flatten().tolist()
    assert tokenizer.eos_token_id in allowed
    assert allowed and all(i in eos or table.text[i][:1] in ".,;" for i in allowed)
    assert greedy(c, tokenizer, table, "The Balance Board has age 3+", " like", then=".") == "."
