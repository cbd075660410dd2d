"""The one prompt builder: layout, order of facts, the context text and the token bound."""

from __future__ import annotations

import pytest

from model.prompt import (
    ORDER_NOTES,
    Prompt,
    build_messages,
    format_price,
    order_note,
    plain_amounts,
)

STORE = {"name": "Harbor Goods", "currency": "EUR"}
KETTLE = {"sku": "KT-1", "name": "Copper Kettle 7", "price": 49.5, "stock": 3,
          "attributes": {"color": "copper", "sizes": ["1 l", "2 l"]},
          "description": "Stovetop kettle with a whistle."}
LAMP = {"sku": "LM-2", "name": "Dune Lamp", "price": 120, "currency": "USD", "stock": 0}
RETURNS = {"question": "How do I return an item?", "answer": "Within 30 days."}
ORDER = {"order_id": "A10023", "email": "kim@example.com", "status": "shipped",
         "carrier": "UPS", "eta": "2026-12-02", "items": [{"sku": "KT-1", "qty": 2}]}


def build(**overrides) -> Prompt:
    args = dict(store=STORE, products=[KETTLE, LAMP], faqs=[RETURNS], order=None,
                note="", summary="", turns=[], message="how much is the kettle?")
    args.update(overrides)
    return build_messages(**args)


def test_layout_system_then_turns_then_message():
    turns = [{"role": "user", "text": "hi"}, {"role": "assistant", "text": "Hello!"}]
    prompt = build(turns=turns)
    assert [m["role"] for m in prompt.messages] == ["system", "user", "assistant", "user"]
    assert prompt.messages[1]["content"] == "hi"
    assert prompt.messages[-1] == {"role": "user", "content": "how much is the kettle?"}
    assert "Harbor Goods" in prompt.messages[0]["content"]


def facts(prompt) -> list[str]:
    """The fact lines of a prompt's context (its first line is the shop's name)."""
    return prompt.context.split("\n")[1:]


def test_facts_in_order_and_context_is_their_text():
    prompt = build(order=ORDER)
    assert prompt.context.split("\n")[0] == "Harbor Goods."  # a greeting may name the shop
    lines = facts(prompt)
    assert lines[0].startswith("Order A10023: shipped")
    assert "UPS" in lines[0] and "2026-12-02" in lines[0] and "KT-1 x 2" in lines[0]
    assert lines[1].startswith("Product: Copper Kettle 7; price 49.50 EUR; 3 in stock")
    assert "color copper" in lines[1] and "sizes 1 l, 2 l" in lines[1]
    assert lines[2].startswith("Product: Dune Lamp; price 120.00 USD; out of stock")
    assert lines[3] == "FAQ: How do I return an item? Within 30 days."
    # The facts appear verbatim in the system message, so a reply can copy them.
    assert "\n".join(lines) in prompt.messages[0]["content"]


def test_order_note_cases():
    assert set(ORDER_NOTES) == {"need_proof", "mismatch", "not_found"}
    note = order_note("need_proof", "B777")
    assert "B777" in note
    prompt = build(note=note, products=[])
    assert facts(prompt)[0] == f"Note: {note}"
    with pytest.raises(ValueError):
        order_note("lost", "B777")


def test_prices_keep_two_decimals():
    assert format_price(5) == "5.00"
    assert format_price(1299.9) == "1299.90"


def test_amounts_and_field_names_as_the_model_learned_them():
    assert plain_amounts("costs £4.95, free over £60; up to £1,500.") == \
        "costs 4.95 GBP, free over 60 GBP; up to 1,500 GBP."
    assert plain_amounts("a $5 fee, or US$ 7", "CAD") == "a 5 CAD fee, or 7 USD"
    assert plain_amounts("€10 to €250", "EUR") == "10 EUR to 250 EUR"
    assert plain_amounts("no sign here: 30 days, item #4") == "no sign here: 30 days, item #4"
    delivery = {"question": "What does delivery cost?", "answer": "£3.50, free over £40."}
    bike = {**KETTLE, "attributes": {"Colour": "teal", "wheel_size": "29 inch", "a": 1, "b": 2,
                                     "c": 3, "weight": "9.4 kg", "seventh": "left out"}}
    lines = facts(build(products=[bike], faqs=[delivery]))
    assert lines[0].startswith("Product: Copper Kettle 7; price 49.50 EUR; 3 in stock; "
                               "color teal; wheel size 29 inch; a 1; b 2; c 3; weight 9.4 kg;")
    assert "seventh" not in lines[0]
    assert lines[1] == "FAQ: What does delivery cost? 3.50 GBP, free over 40 GBP."


def _words(text: str) -> int:
    return len(text.split())


def test_bound_drops_oldest_turns_first():
    turns = [{"role": "user" if i % 2 == 0 else "assistant", "text": f"turn {i} " + "x " * 20}
             for i in range(10)]
    full = build(turns=turns, count_tokens=_words, max_prompt_tokens=10_000)
    assert len(full.messages) == 12
    budget = sum(_words(m["content"]) + 2 for m in full.messages) - 60
    cut = build(turns=turns, count_tokens=_words, max_prompt_tokens=budget)
    kept = [m["content"] for m in cut.messages[1:-1]]
    assert 0 < len(kept) < 10
    assert kept[-1].startswith("turn 9")  # newest kept, oldest gone
    assert cut.context == full.context  # facts untouched while turns remain to drop


def test_bound_then_summary_then_facts_past_the_first():
    summary = " ".join(f"w{i}" for i in range(200))
    base = build(summary=summary, count_tokens=_words, max_prompt_tokens=10_000)
    assert "Earlier:" in base.messages[0]["content"]
    no_summary = build(count_tokens=_words, max_prompt_tokens=10_000)
    budget = sum(_words(m["content"]) + 2 for m in no_summary.messages)
    trimmed = build(summary=summary, count_tokens=_words, max_prompt_tokens=budget)
    assert trimmed.context == base.context  # summary went before any fact
    assert "w0 " not in trimmed.messages[0]["content"]
    tight = build(summary=summary, count_tokens=_words, max_prompt_tokens=40)
    assert facts(tight) == [facts(base)[0]]  # the best fact stays
    assert tight.messages[-1]["content"] == "how much is the kettle?"


def test_default_count_bounds_a_long_message():
    prompt = build(message="z" * 20_000, max_prompt_tokens=200)
    assert len(prompt.messages[-1]["content"]) < 20_000
    assert facts(prompt)[0].startswith("Product: Copper Kettle 7")


def test_yes_or_no_fields_are_written_in_words():
    """A catalog's true/false ("dishwasher_safe": false) reads "dishwasher safe no", as a
    shopper would say it, not "False"."""
    from model.prompt import product_line

    line = product_line({"name": "Skillet 26cm", "price": 69.95, "stock": 3, "attributes": {
        "dishwasher_safe": False, "induction_ready": True}}, "AUD")
    assert "dishwasher safe no" in line and "induction ready yes" in line
    assert "False" not in line and "True" not in line


def test_a_carrier_the_model_never_saw_goes_in_as_one_it_knows_and_comes_back():
    """The bundled model recalls carriers rather than copying them: an unknown one goes into
    the facts as a trained carrier the prompt does not otherwise mention, and the reply is
    given back the shop's own name (`AmountRestorer`); a trained carrier stays as it is."""
    from model.prompt import TRAINED_CARRIERS, AmountRestorer

    assert "carrier UPS;" in build(order=ORDER).context
    faq = {"question": "Who delivers?", "answer": "Aramex, or Royal Mail abroad."}
    prompt = build(order={**ORDER, "carrier": "J&T Express"}, products=[], faqs=[faq],
                   message="which courier?")
    stand_in = prompt.originals and next(iter(prompt.originals))
    assert stand_in in TRAINED_CARRIERS and stand_in not in ("Aramex", "Royal Mail")
    assert f"carrier {stand_in};" in prompt.context and "J&T" not in prompt.context
    restorer = AmountRestorer(prompt.originals)
    reply = f"Order A10023 is with {stand_in}."
    pieces = [restorer.feed(reply[i:i + 3]) for i in range(0, len(reply), 3)]
    assert "".join(pieces) + restorer.flush() == "Order A10023 is with J&T Express."


def test_a_currency_the_model_never_saw_goes_in_as_one_it_knows_and_comes_back():
    """Prices in a currency outside training go into the facts in a trained code the prompt
    does not otherwise use and come back in the shop's; amounts written with a sign still
    come back as the shop wrote them. A trained currency stays as it is."""
    from model.prompt import TRAINED_CURRENCIES, AmountRestorer

    assert "price 49.50 EUR" in build().context
    fees = {"question": "Delivery?", "answer": "S$4.90 a parcel, free over S$80."}
    prompt = build(store={"name": "Pandan Lane", "currency": "SGD"}, products=[KETTLE],
                   faqs=[fees])
    stand_in = next(k for k, v in prompt.originals.items() if v == "SGD")
    assert stand_in in TRAINED_CURRENCIES and "SGD" not in prompt.context
    assert f"price 49.50 {stand_in}" in prompt.context and f"4.90 {stand_in}" in prompt.context
    restorer = AmountRestorer(prompt.originals)
    reply = f"The Copper Kettle 7 costs 49.50 {stand_in}. Delivery is 4.90 {stand_in}."
    assert restorer.feed(reply) + restorer.flush() \
        == "The Copper Kettle 7 costs 49.50 SGD. Delivery is S$4.90."


def test_amounts_come_back_in_the_currencys_own_writing():
    """The facts write every price with two decimals (what the bundled model copies); the
    shopper reads the currency's own decimals and digit grouping: yen have no cents, and a
    thousand is "1,620". An earlier reply in that writing goes back into the prompt in the
    facts' form, so the model finds one form of each price."""
    from model.prompt import AmountRestorer, display_amount

    assert display_amount(1620, "JPY") == "1,620 JPY"
    assert display_amount(1299, "USD") == "1,299.00 USD"
    assert display_amount(49.5, "EUR") == "49.50 EUR"
    assert display_amount(12.5, "KWD") == "12.500 KWD"  # three decimals
    assert display_amount(5, "XQQ") == "5.00 XQQ"  # a code babel does not know
    teapot = {"sku": "TP-1", "name": "Hasami Teapot", "price": 3850, "stock": 4}
    store = {"name": "Kumo", "currency": "JPY"}
    prompt = build(store=store, products=[teapot, {**KETTLE, "price": 49.5}])
    stand_in = next(k for k, v in prompt.originals.items() if v == "JPY")
    assert f"price 3850.00 {stand_in}" in prompt.context and "3,850" not in prompt.context
    restorer = AmountRestorer(prompt.originals)
    reply = f"The Hasami Teapot costs 3850.00 {stand_in}, the kettle 49.50 {stand_in}."
    shown = "".join(restorer.feed(reply[i:i + 4]) for i in range(0, len(reply), 4))
    assert shown + restorer.flush() == "The Hasami Teapot costs 3,850 JPY, the kettle 50 JPY."
    again = build(store=store, products=[teapot], message="and in stock?",
                  turns=[{"role": "user", "text": "how much is the teapot?"},
                         {"role": "assistant", "text": "The Hasami Teapot costs 3,850 JPY."}])
    assert again.messages[-2]["content"] == f"The Hasami Teapot costs 3850.00 {stand_in}."
    # prices in cents stay as they were: nothing to give back
    assert "49.50 EUR" not in build().originals


def test_prices_past_the_trained_range_go_in_divided_by_a_power_of_ten_and_come_back():
    """The bundled model learned prices up to 2,500.99: won prices of five figures in the
    facts ("31000.00") had come back garbled ("34000.00 is in stock (19 is in stock ("); it
    copies four figures ("5900.00"), which stay. Five-figure prices that are all
    whole hundreds go in divided by a hundred, each as its own form, and come back as the
    shop writes them; the same in an earlier reply. Prices not whole in any power of ten, or
    within the range, stay as they are."""
    from model.prompt import AmountRestorer, price_scale

    assert price_scale([31000, 17000, 3500]) == 100
    assert price_scale([31000, 17500]) == 100
    assert price_scale([890000, 12000]) == 1000
    assert price_scale([31000, 12.5]) == 1 and price_scale([2499, 10]) == 1
    assert price_scale([14990, 3000]) == 10  # whole tens only: 1499.00
    assert price_scale([5900, 2850]) == 1  # four figures the model copies
    assert price_scale([]) == 1
    essence = {"sku": "E-1", "name": "Dalbit Rice Essence", "price": 31000, "stock": 8}
    mist = {"sku": "E-2", "name": "Dalbit Rice Essence Mist", "price": 17000, "stock": 0}
    store = {"name": "Bomnal", "currency": "KRW"}
    prompt = build(store=store, products=[essence, mist])
    stand_in = next(k for k, v in prompt.originals.items() if v == "KRW")
    assert f"price 310.00 {stand_in}" in prompt.context and "31000" not in prompt.context
    assert f"price 170.00 {stand_in}" in prompt.context
    restorer = AmountRestorer(prompt.originals)
    reply = f"The Dalbit Rice Essence costs 310.00 {stand_in}."
    assert restorer.feed(reply) + restorer.flush() == "The Dalbit Rice Essence costs 31,000 KRW."
    again = build(store=store, products=[essence], message="and in stock?",
                  turns=[{"role": "user", "text": "how much is the essence?"},
                         {"role": "assistant", "text": "The Dalbit Rice Essence costs 31,000 KRW."}])
    assert again.messages[-2]["content"] == f"The Dalbit Rice Essence costs 310.00 {stand_in}."


def test_a_name_that_begins_with_the_reaches_the_model_without_a_second_the():
    """"The Quiet Monsoon": the facts write "Quiet Monsoon" and the questions "the Quiet
    Monsoon" (the model writes "the" before a name it copies, and "Yes, the The" had gone on
    "The The The"); an opening says the name once."""
    from model.dialogues import reply_opening

    book = {"name": "The Quiet Monsoon", "price": 399, "currency": "INR", "stock": 14}
    prompt = build_messages(store={"name": "Mallige"}, products=[book], faqs=[], order=None,
                            note="", summary="", message="is the The Quiet Monsoon in stock?",
                            turns=[{"role": "user", "text": "do you have The Quiet Monsoon"}])
    assert "Product: Quiet Monsoon;" in prompt.context
    assert prompt.messages[-1]["content"] == "is the Quiet Monsoon in stock?"
    assert prompt.messages[1]["content"] == "do you have the Quiet Monsoon"
    assert reply_opening("price", "The Quiet Monsoon") == "The Quiet Monsoon costs"
    assert reply_opening("in_stock", "The Quiet Monsoon") == "Yes, The Quiet Monsoon is"
    assert reply_opening("price", "Theodora Mug") == "The Theodora Mug costs"


def test_facts_write_compatibility_characters_plainly():
    """"11 m²" reaches the model as "11 m2": the tokenizer has no "²", and the model had
    copied its bytes as "m£"."""
    from model.prompt import faq_line, product_line

    paint = {"name": "Wall Matt", "price": 14.95, "attributes": {"coverage": "11 m²"}}
    assert "coverage 11 m2" in product_line(paint, "EUR")
    assert faq_line({"question": "Coverage?", "answer": "About 10 m² a litre."}) \
        == "FAQ: Coverage? About 10 m2 a litre."
    # a degree sign in words: kept from its byte pieces, the model had lost its place after
    # "230" ("has heat protection up to 230 to@ protection up to 230")
    spray = {"name": "Heat Spray", "price": 14.95, "attributes": {"heat_protection": "up to 230°C"}}
    assert "heat protection up to 230 degrees C." in product_line(spray, "EUR")
    assert faq_line({"question": "Washing?", "answer": "Wash at 30 °C."}) \
        == "FAQ: Washing? Wash at 30 degrees C."


def test_names_reach_the_model_without_accents_and_come_back_with_them():
    """"Otomí Embroidered Cushion Cover": the tokenizer writes "í" in byte pieces, which a
    reply may not write, and the model had lost its place in the name ("The otomi
    MULTICOLOUR."). The facts, the message and the shop's name go without accents; the reply
    gets the names back as the shop writes them."""
    from model.prompt import AmountRestorer, build_messages

    cover = {"name": "Otomí Embroidered Cushion Cover", "price": 690, "stock": 12,
             "description": "Embroidered in México."}
    prompt = build_messages(store={"name": "Café Jacaranda", "currency": "MXN"},
                            products=[cover], faqs=[], order=None, note="", summary="",
                            turns=[], message="how much is the Otomí cover?")
    assert "Otomi Embroidered Cushion Cover" in prompt.context and "í" not in prompt.context
    assert "Mexico" in prompt.context and prompt.messages[-1]["content"] == \
        "how much is the Otomi cover?"
    restorer = AmountRestorer(prompt.originals)
    reply = restorer.feed("Hello! Welcome to Cafe Jacaranda. The Otomi Embroidered Cushion "
                          "Cover costs 690.00 MXN.") + restorer.flush()
    assert "Café Jacaranda" in reply and "The Otomí Embroidered Cushion Cover costs" in reply


def test_letters_without_accents_and_typographic_dashes_reach_the_model_plainly():
    """"Þelband" and "Hnoðri – Yarn & Haberdashery": NFKD leaves "þ", "ð" and "–" as they are,
    the tokenizer writes them in byte pieces, and after a store name with "–" in the facts the
    model had written "Order HN-30159 is still- I do not have a delivery date" of an order
    with one. They reach it as shoppers without them type them ("Thelband", "-") and come
    back as the shop writes them."""
    from model.prompt import AmountRestorer, build_messages

    yarn = {"name": "Dalaull Þelband", "price": 790, "stock": 4, "currency": "ISK",
            "description": "Spun from þel, the soft undercoat."}
    prompt = build_messages(store={"name": "Hnoðri – Yarn & Haberdashery", "currency": "ISK"},
                            products=[yarn], faqs=[], order=None, note="", summary="",
                            turns=[], message="price of the þelband in “Sjór”?")
    assert prompt.context.isascii() and "Dalaull Thelband" in prompt.context
    assert "Hnodri - Yarn & Haberdashery" in prompt.context
    assert prompt.messages[-1]["content"] == 'price of the thelband in "Sjor"?'
    restorer = AmountRestorer(prompt.originals)
    reply = restorer.feed("Welcome to Hnodri - Yarn & Haberdashery. The Dalaull Thelband "
                          "costs 790 ISK.") + restorer.flush()
    assert "Hnoðri – Yarn & Haberdashery" in reply and "The Dalaull Þelband costs" in reply


def test_field_names_a_shop_writes_in_its_own_language_read_in_english():
    """"poids_emballé" is the packed weight, "tour_de_poitrine" the chest, "couleurs" the
    colours (the one spelling the model learned), "teor_alcoólico" the alcohol; a name of no
    word the glossary knows, or of an English word it could misread ("charge_time"), stays
    as the shop wrote it."""
    from model.prompt import field_name

    assert field_name("poids_emballé") == "packed weight"
    assert field_name("tour_de_poitrine") == "chest"
    assert field_name("charge_max_lb") == "max load"
    assert field_name("contenance_L") == "capacity"
    assert field_name("couleurs") == "color" and field_name("Farbe") == "color"
    assert field_name("teor_alcoólico") == "alcohol" and field_name("castas") == "grapes"
    assert field_name("auteur") == "author" and field_name("Größe") == "size"
    assert field_name("contém") == "contents" and field_name("contém_álcool") == "contains alcohol"
    assert field_name("trail_weight_g") == "trail weight"
    assert field_name("Fits") == "Fits" and field_name("charge_time") == "charge time"


def test_german_field_names_built_of_several_words_are_read_piece_by_piece():
    """"Koffeingehalt" is the caffeine content, "Wassertank_l" the water tank (in litres),
    "Bohnenbehälter_g" the bean container, "Pumpendruck_bar" the pump pressure (in bar),
    "Maße_cm" the dimensions (not "masse"); an English word of known pieces ("watertank")
    and an unknown German word stay as written."""
    from model.prompt import field_name, field_value

    assert field_name("Koffeingehalt") == "caffeine content"
    assert field_name("Wassertank_l") == "water tank"
    assert field_name("Bohnenbehälter_g") == "bean container"
    assert field_name("Pumpendruck_bar") == "pump pressure"
    assert field_value("Pumpendruck_bar", 15) == "15 bar"
    assert field_name("Geschmacksnoten") == "tasting notes"
    assert field_name("Röstgrad") == "roast level"
    assert field_name("spülmaschinenfest") == "dishwasher safe"
    assert field_name("Maße_cm") == "dimensions"
    assert field_name("watertank") == "watertank"
    assert field_name("Schnickschnack") == "Schnickschnack"


def test_a_long_description_is_cut_at_a_sentence_end():
    """A description past `MAX_DESCRIPTION_CHARS` keeps its whole sentences that fit (the
    cut had come to the model as "Roasted in small batches on .", and a reply copied it);
    one long sentence is cut at a word."""
    from model.prompt import product_line

    line = product_line({"name": "Sumatra", "price": 21.3, "description": (
        "Heavy-bodied Indonesian coffee from the highlands around Lake Toba. Whole beans, "
        "500 g bag. Roasted in small batches on our 60-kilo drum roaster in Vienna.")}, "EUR")
    assert line.endswith("Lake Toba. Whole beans, 500 g bag.")
    line = product_line({"name": "Rug", "price": 9.0, "description": " ".join(["woven"] * 40)},
                        "EUR")
    assert line.endswith("woven woven.") and " ." not in line
