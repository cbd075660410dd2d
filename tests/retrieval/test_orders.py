from retrieval.orders import OrderBook, learn_id_pattern
from retrieval.store import Order

ORDERS = [
    Order(order_id="A10023", email="kim@example.com", postcode="94107", status="shipped",
          carrier="UPS", eta="2026-12-02"),
    Order(order_id="A20011", email="sam@example.com", postcode="10001", status="processing"),
]
BOOK = OrderBook(ORDERS)


def check(text: str, *, history=(), verified=None, channel="chat"):
    return BOOK.check(text=text, history=list(history), verified_id=verified, channel=channel)


def test_right_email_verifies_and_gives_the_order() -> None:
    result = check("Where is my order a10023? It's Kim@Example.com")
    assert result.state == "verified" and result.order["carrier"] == "UPS"


def test_wrong_email_is_a_mismatch_without_details() -> None:
    result = check("order #A-10023, email sam@example.com")
    assert result.order_id == "A10023" and result.state == "mismatch" and result.order is None


def test_no_proof_asks_for_it() -> None:
    assert check("status of A20011 please").state == "need_proof"


def test_id_from_history_and_email_now() -> None:
    result = check("it's sam@example.com", history=["hi", "my order is A20011"])
    assert result.state == "verified" and result.order["order_id"] == "A20011"


def test_postcode_proves_only_on_voice() -> None:
    spoken = "order a one zero zero two three, postcode nine four one oh seven"
    assert check(spoken, channel="voice").state == "verified"
    assert check("order A10023 postcode 94107", channel="chat").state == "need_proof"
    assert check("order A10023 zip code 94108", channel="voice").state == "mismatch"


def test_unknown_id_is_not_found_and_no_id_is_no_check() -> None:
    assert check("where is A99999?").state == "not_found"
    assert check("where is my order?") is None


def test_already_verified_order_needs_no_new_proof() -> None:
    assert check("and when will it arrive?", verified="A10023").state == "verified"


def test_pattern_is_learned_from_the_store_not_hard_coded() -> None:
    book = OrderBook([Order(order_id=f"SO-{n}-K", status="delivered") for n in (88213, 10442)])
    assert book.find_ids("hi, order so 88213 k and SO-10442-K") == ["SO88213K", "SO10442K"]
    assert book.find_ids("call 555-88213") == []
    pattern = learn_id_pattern(["100234", "100777"])
    assert pattern.search("order 100234 please") and not pattern.search("order 1002345")
