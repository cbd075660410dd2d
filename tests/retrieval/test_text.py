"""Keyword scoring: one spelling per word, whichever side of the Atlantic wrote it."""

import pytest

from retrieval.text import BM25, tokens


def test_british_and_american_spellings_meet() -> None:
    assert tokens("instalments") == tokens("installment") == ["installment"]
    assert tokens("Personalisation in grey colours") == tokens("personalization in gray colors")
    assert tokens("four hours") == ["four", "hour"]  # not every "-our" is British


def test_a_policy_is_found_in_the_other_spelling() -> None:
    faq = ["Do you gift wrap? Yes, for 3 USD at checkout.",
           "How do I pay? Cards, PayPal and bank transfer at checkout.",
           "Can I pay in instalments? Yes, with Klarna in three instalments."]
    scores = BM25(faq).scores("can I pay for it in installments")
    assert int(scores.argmax()) == 2 and scores[2] > 1.5 * scores[1]


@pytest.mark.parametrize("typed,read", [
    ("what waist sz do u hv", "what waist size do you have"),
    ("how much r the drippers pls", "how much are the drippers please"),
    ("r u open on sundays", "are you open on sundays"),
    ("ur kids raincoat, avail?", "your kids raincoat, available?"),
    ("the R-value of the U-lock", "the R-value of the U-lock"),  # codes and names stay
    ("order 12 for r.choudhury@example.co.uk", "order 12 for r.choudhury@example.co.uk"),
    ("size U or R", "size U or R"),  # capital letters are no shorthand
])
def test_chat_shorthand_is_written_out(typed, read):
    from retrieval.text import spelled_out

    assert spelled_out(typed) == read


def test_words_are_compared_without_their_accents():
    """"the coyoacan armchair" names the Coyoacán Armchair: its "á" had split the word in
    two ("coyoac", "n"), and the name read as one the shop lacks."""
    from retrieval.text import tokens

    assert tokens("Coyoacán Armchair") == tokens("coyoacan armchair")
    assert tokens("Macramé") == ["macrame"]
    # letters that carry no accent to strip, as shoppers without them type them
    assert tokens("Þelband Grófa") == tokens("thelband grofa")
    assert tokens("Æbleskiver Ødegård Straße") == ["aebleskiver", "odegard", "strasse"]


def test_plain_letters_keep_every_place():
    from retrieval.text import plain_letters

    plain, places = plain_letters("the Baúl, Coyoacán")
    assert plain == "the Baul, Coyoacan" and places == list(range(19))
    plain, places = plain_letters("Þel ﬁne")
    assert plain == "Thel fine"
    assert [("Þel ﬁne")[places[i]] for i in range(len(plain))] == list("ÞÞel ﬁﬁne")
    assert places[-1] == len("Þel ﬁne")
