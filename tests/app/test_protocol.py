import json

import pytest

from app import protocol as p


@pytest.mark.parametrize("raw", [
    "not json", "[]", "3", '{"no_type": 1}', '{"type": 5}', '{"type": "warp"}',
    '{"type": "message"}', '{"type": "message", "id": 7}',
    '{"type": "audio.start", "id": "a", "format": "opus", "sample_rate": 16000}',
    '{"type": "audio.start", "id": "a", "format": "pcm16", "sample_rate": 44100}',
    '{"type": "session.start", "channel": "fax"}', '{"type": "cancel"}',
    '{"type": "message", "id": "x", "image": "abc"}', "[" * 100000,
])
def test_bad_frames_are_bad_request(raw):
    with pytest.raises(p.ProtocolError) as e:
        p.parse_chat(raw)
    assert e.value.code is p.Code.BAD_REQUEST
    frame = e.value.to_frame()
    assert frame["type"] == "error" and frame["code"] == "bad_request" and frame["message"]


def test_good_frames():
    msg = p.parse_chat(json.dumps({"type": "message", "id": "1", "text": "hi", "extra": 1}))
    assert isinstance(msg, p.Message) and msg.text == "hi"
    start = p.parse_chat('{"type": "audio.start", "id": "a", "format": "mulaw", "sample_rate": 8000}')
    assert start.endpointing is True
    assert isinstance(p.parse_agent('{"type": "say", "session_id": "s", "text": "x"}'), p.Say)


def test_image_limits():
    img = p.Image(data="aGVsbG8=", mime="image/png")
    assert img.decoded(100) == b"hello"
    with pytest.raises(p.ProtocolError) as e:
        p.Image(data="A" * 400, mime="").decoded(100)
    assert e.value.code is p.Code.TOO_LARGE
    with pytest.raises(p.ProtocolError) as e:
        p.Image(data="###", mime="").decoded(100)
    assert e.value.code is p.Code.BAD_REQUEST


def test_product_card_resolves_image_url():
    card = p.product_card({"sku": "A", "name": "N", "price": 9.5, "images": ["images/a.jpg"],
                           "stock": 2, "currency": "USD", "score": 0.91234}, "http://h:1")
    assert card == {"sku": "A", "name": "N", "price": 9.5, "currency": "USD", "stock": 2,
                    "image_url": "http://h:1/images/a.jpg", "score": 0.9123}


def test_product_card_names_the_product_as_the_shop_lists_it():
    """A colour the shop writes into its names ("Court Sneaker - Black") is one product to
    the conversation, and the card shows the shop's own name."""
    card = p.product_card({"sku": "A", "name": "Court Sneaker", "price": 9.5,
                           "listed_name": "Court Sneaker - Black", "images": ["a.jpg"]}, "")
    assert card["name"] == "Court Sneaker - Black"
