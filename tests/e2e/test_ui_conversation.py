"""The front-end's conversation model, fed protocol frames one by one (no sockets, no browser)."""

from __future__ import annotations

from app.ui.cards import latency_text, product_cards
from app.ui.conversation import Conversation

CARD = {"sku": "JK-1", "name": "Rain <Jacket>", "price": 120.5, "currency": "USD", "stock": 3,
        "image_url": "http://127.0.0.1:8765/images/jk-1.jpg", "score": 0.9}


def test_text_turn_streams_and_finishes():
    conv = Conversation()
    conv.add_user(client_id="c1", text="do you have jackets?")
    assert conv.pending
    conv.apply({"type": "turn.start", "turn_id": "t1", "id": "c1"})
    conv.apply({"type": "products", "turn_id": "t1", "items": [CARD]})
    conv.apply({"type": "reply.delta", "turn_id": "t1", "text": "Yes, the "})
    partial = conv.messages()[-1]["content"]
    assert partial.startswith("Yes, the")
    conv.apply({"type": "reply.delta", "turn_id": "t1", "text": "Rain Jacket."})
    conv.apply({"type": "reply.done", "turn_id": "t1", "text": "Yes, the Rain Jacket.",
                "latency_ms": {"retrieval": 4, "memory": 1, "first_token": 90, "total": 300}})
    assert not conv.pending and conv.active_turn == ""
    messages = conv.messages(show_latency=True)
    assert messages[0] == {"role": "user", "content": "do you have jackets?"}
    reply = messages[1]["content"]
    assert reply.startswith("Yes, the Rain Jacket.")
    assert "Rain &lt;Jacket&gt;" in reply and "120.50 USD" in reply and "In stock (3)" in reply
    assert "first token 90" in reply


def test_voice_turn_shows_partial_then_final_transcript():
    conv = Conversation()
    conv.add_user(client_id="v1", voice=True)
    conv.apply({"type": "turn.start", "turn_id": "t2", "id": "v1"})
    conv.apply({"type": "transcript.partial", "turn_id": "t2", "text": "where is"})
    assert conv.messages()[-1]["content"] == "*Voice:* where is …"
    conv.apply({"type": "transcript.final", "turn_id": "t2", "text": "where is my order"})
    assert conv.messages()[-1]["content"] == "*Voice:* where is my order"
    assert conv.pending  # the reply is still to come


def test_agent_holding_the_session_leaves_no_empty_bot_bubble():
    conv = Conversation()
    conv.apply({"type": "handoff", "state": "agent", "agent": "ana"})
    conv.add_user(client_id="c2", text="hello?")
    conv.apply({"type": "turn.start", "turn_id": "t3", "id": "c2"})
    conv.apply({"type": "reply.done", "turn_id": "t3", "text": "", "latency_ms": {"total": 3}})
    conv.apply({"type": "agent.message", "text": "Hi, Ana here.", "agent": "ana",
                "products": [CARD]})
    contents = [m["content"] for m in conv.messages()]
    assert contents[0] == "*ana from the support team has joined the conversation.*"
    assert contents[1] == "hello?"
    assert contents[2].startswith("**ana** (support team): Hi, Ana here.")
    assert len(contents) == 3
    assert conv.state == "agent" and not conv.pending


def test_errors_unlock_the_turn_and_explain():
    conv = Conversation()
    conv.add_user(client_id="c3", text="hi")
    conv.apply({"type": "error", "code": "rate_limited", "message": "over 20 turns a minute"})
    assert not conv.pending
    assert "too quickly" in conv.notice
    conv.add_user(client_id="c4", text="hi again")
    assert conv.notice == ""
    conv.apply({"type": "connection.closed"})
    assert not conv.pending and "connection" in conv.notice


def test_history_and_greeting_render_as_the_shop():
    conv = Conversation()
    conv.load_history([
        {"role": "user", "text": "hi", "ts": 1.0, "image": True},
        {"role": "assistant", "text": "Hello!", "ts": 2.0, "products": [CARD]},
        {"role": "agent", "agent": "bo", "text": "Bo here.", "ts": 3.0},
    ])
    conv.apply({"type": "agent.message", "text": "Welcome!", "agent": "greeting"})
    contents = [m["content"] for m in conv.messages()]
    assert contents[0] == "*Photo sent.* hi"
    assert contents[1].startswith("Hello!") and "Item JK-1" in contents[1]
    assert contents[2].startswith("**bo** (support team)")
    assert contents[3] == "Welcome!"


def test_cards_and_latency_text():
    assert product_cards([]) == ""
    html = product_cards([{**CARD, "stock": 0}])
    assert "Out of stock" in html and 'alt="Photo of Rain &lt;Jacket&gt;"' in html
    assert latency_text({"asr": 120.4, "total": 400}) == "asr 120 · total 400 ms"
    assert latency_text({}) == ""


def test_a_resumed_session_takes_its_state_without_a_note():
    conv = Conversation()
    conv.load_history([{"role": "user", "text": "hi", "ts": 1.0}], restated=True)
    conv.apply({"type": "handoff", "state": "agent", "agent": "ana"})
    assert conv.state == "agent" and conv.agent == "ana"
    assert [m["content"] for m in conv.messages()] == ["hi"]
    conv.apply({"type": "handoff", "state": "bot"})  # a real change is announced
    assert conv.messages()[-1]["content"] == "*You are back with the shop assistant.*"
