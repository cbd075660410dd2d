"""The shopper's side of the contract, over real sockets against a real backend and Redis."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import os
import time
import urllib.request

import pytest
import redis
import websockets

from app.protocol import product_card
from tests.harness import Client

LATENCY_FIELDS = {"retrieval", "memory", "first_token", "total"}


async def new_client(backend, **start) -> tuple[Client, dict]:
    client = await Client.connect(backend.url)
    ready = await client.start_session(**start)
    return client, ready


async def test_text_turn_streams_and_is_written_before_done(backend, redis_url):
    client, ready = await new_client(backend)
    assert ready["resumed"] is False and ready["history"] == [] and ready["token"]
    await client.send("message", id="m1", text="Hello, what do you sell?")
    start = await client.expect("turn.start", id="m1")
    deltas = []
    while True:
        msg = await client.recv()
        if msg["type"] == "reply.delta":
            assert msg["turn_id"] == start["turn_id"]
            deltas.append(msg["text"])
        elif msg["type"] == "reply.done":
            # The turn is in Redis by the time reply.done arrives.
            log_key = f"{backend.settings.redis_prefix}:s:{ready['session_id']}:log"
            stored = [json.loads(x) for x in redis.Redis.from_url(redis_url).lrange(log_key, 0, -1)]
            break
    assert deltas and msg["text"] == "".join(deltas).strip()
    assert LATENCY_FIELDS <= set(msg["latency_ms"])
    lat = msg["latency_ms"]
    assert 0 <= lat["first_token"] <= lat["total"]
    assert [e["role"] for e in stored] == ["user", "assistant"]
    assert stored[1]["text"] == msg["text"]
    await client.close()


async def test_resume_with_token_after_backend_restart(make_backend):
    first = make_backend()
    client, ready = await new_client(first)
    one = await client.turn("Do you have any mugs?")
    two = await client.turn("How much is it?")
    await client.close()
    first.stop()

    second = make_backend()  # a new process on the same Redis
    client, again = await new_client(second, token=ready["token"])
    assert again["resumed"] is True and again["session_id"] == ready["session_id"]
    texts = [h["text"] for h in again["history"]]
    assert texts == ["Do you have any mugs?", one["done"]["text"], "How much is it?",
                     two["done"]["text"]]
    assert [h["role"] for h in again["history"]] == ["user", "assistant"] * 2
    assert all(isinstance(h["ts"], float) for h in again["history"])
    three = await client.turn("Thanks!")
    assert three["done"]["type"] == "reply.done"
    await client.close()


async def test_tokens_are_bound_to_their_session(backend):
    a, ready_a = await new_client(backend)
    await a.turn("my secret question about lamps")
    body, sig = ready_a["token"].split(".")
    for bad in [ready_a["token"] + "x", f"{body}.{sig[::-1]}", "garbage", body]:
        c = await Client.connect(backend.url)
        await c.send("session.start", token=bad)
        err = await c.expect("error")
        assert err["code"] == "unauthorized"
        # The socket stays usable: a fresh session starts, with nothing of session A.
        fresh = await c.start_session()
        assert fresh["history"] == [] and fresh["session_id"] != ready_a["session_id"]
        await c.close()
    await a.close()


async def test_ping_and_errors_keep_the_socket(backend):
    client = await Client.connect(backend.url)
    await client.send("ping")
    await client.expect("pong")
    await client.send("message", id="x", text="hi")
    assert (await client.expect("error"))["code"] == "bad_request"  # no session yet
    await client.start_session()
    cases = [
        ("{not json", "bad_request"),
        (json.dumps({"type": "teleport"}), "bad_request"),
        (json.dumps({"type": "message", "id": 1, "text": "x"}), "bad_request"),
        (json.dumps({"type": "message", "id": "e"}), "bad_request"),
        (json.dumps({"type": "message", "id": "t", "text": "x" * 4001}), "too_large"),
        (json.dumps({"type": "message", "id": "b", "image": {"data": "%%%", "mime": "image/png"}}),
         "bad_request"),
        (json.dumps({"type": "message", "id": "u", "image": {
            "data": base64.b64encode(b"definitely not an image").decode(), "mime": "image/png"}}),
         "unsupported_media"),
        (json.dumps({"type": "audio.start", "id": "a", "format": "pcm16", "sample_rate": 44100}),
         "bad_request"),
        (json.dumps({"type": "audio.end"}), "bad_request"),
        (json.dumps({"type": "session.start"}), "bad_request"),  # already started
    ]
    for raw, code in cases:
        await client.send_raw(raw)
        err = await client.expect("error")
        assert err["code"] == code, (raw[:80], err)
    await client.send_raw(b"\x00\x01 binary with no voice turn")
    assert (await client.expect("error"))["code"] == "bad_request"
    await client.send_raw(json.dumps({"type": "ping", "pad": "x" * (1024 * 1024 + 10)}))
    assert (await client.expect("error"))["code"] == "too_large"
    # Still serving: a real turn goes through.
    turn = await client.turn("hello")
    assert turn["done"]["type"] == "reply.done"
    await client.close()


async def test_busy_while_a_turn_runs_and_cancel_stops_it(backend):
    client, _ = await new_client(backend)
    await client.send("message", id="long", text="Tell me everything about your shoes and bags")
    start = await client.expect("turn.start", id="long")
    await client.send("message", id="second", text="and another thing")
    err = await client.expect("error")
    assert err["code"] == "busy"
    await client.expect("reply.delta", turn_id=start["turn_id"])
    await client.send("cancel", turn_id=start["turn_id"])
    done = await client.expect("reply.done", turn_id=start["turn_id"], timeout=10)
    assert done["cancelled"] is True
    await client.send("cancel", turn_id="t_unknown")  # racing a finished turn: no error
    await client.send("ping")
    await client.expect("pong")
    generator = backend.server.services.generator
    deadline = time.monotonic() + 2
    while generator.stats()["running"] and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    assert generator.stats()["running"] == 0  # the cancelled turn's slot is free
    await client.close()


async def test_rate_limit_then_close_1008(make_backend):
    backend = make_backend(limits={"turns_per_minute": 2, "violations_before_close": 3})
    client, _ = await new_client(backend)
    await client.turn("one")
    await client.turn("two")
    codes = []
    for i in range(3):
        await client.send("message", id=f"x{i}", text="again")
        codes.append((await client.expect("error"))["code"])
    assert codes == ["rate_limited"] * 3
    with pytest.raises(websockets.ConnectionClosed) as closed:
        await client.recv(timeout=5)
    assert closed.value.rcvd.code == 1008


async def test_twenty_concurrent_sessions_without_cross_talk(backend):
    async def one(i: int):
        client, ready = await new_client(backend)
        turn = await client.turn(f"Question {i}: do you have a gift under {10 + i} dollars?",
                                 client_id=f"c{i}")
        foreign = [m for m in client.seen
                   if m.get("turn_id") and m["turn_id"] != turn["start"]["turn_id"]]
        await client.close()
        return ready["session_id"], turn, foreign

    results = await asyncio.gather(*[one(i) for i in range(20)])
    sessions = {sid for sid, _, _ in results}
    assert len(sessions) == 20
    turn_ids = {t["start"]["turn_id"] for _, t, _ in results}
    assert len(turn_ids) == 20
    for _sid, turn, foreign in results:
        assert foreign == []
        assert turn["done"]["type"] == "reply.done"
        assert turn["done"]["text"] == "".join(turn["deltas"]).strip()
    for i, (sid, _, _) in enumerate(results):
        history = await backend.on_server(backend.server.memory.history(sid))
        assert history[0]["text"].startswith(f"Question {i}:")


async def test_asking_for_a_person_queues_the_session(backend):
    client, ready = await new_client(backend)
    turn = await client.turn("I want to talk to a human please")
    handoff = next(m for m in client.seen if m["type"] == "handoff")
    assert handoff["state"] == "waiting"
    assert turn["done"]["text"]
    items = await backend.on_server(backend.server.memory.list_sessions())
    assert items[0]["session_id"] == ready["session_id"] and items[0]["state"] == "waiting"
    await client.close()


async def test_a_reply_that_promises_a_person_queues_the_session(backend):
    """"can a person help me?" escapes the request pattern; the bundled model answers that it
    is connecting the shopper with a person, and so the session is queued for agents."""
    client, ready = await new_client(backend)
    turn = await client.turn("can a person help me?")
    assert "connecting you with a person" in turn["done"]["text"]
    handoff = await client.expect("handoff", timeout=10)  # after reply.done
    assert handoff["state"] == "waiting"
    items = await backend.on_server(backend.server.memory.list_sessions())
    assert any(s["session_id"] == ready["session_id"] and s["state"] == "waiting" for s in items)
    await client.close()


def _http_get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


async def test_healthz_metrics_and_images(backend):
    client, _ = await new_client(backend)
    await client.turn("hi there")
    base = f"http://127.0.0.1:{backend.port}"
    status, _, body = await asyncio.to_thread(_http_get, base + "/healthz")
    assert status == 200 and json.loads(body)["redis"] is True
    status, _, body = await asyncio.to_thread(_http_get, base + "/metrics")
    text = body.decode()
    assert status == 200
    assert 'shopdesk_turns_total{channel="web",outcome="ok"}' in text
    assert 'shopdesk_stage_latency_ms_bucket{le="800.0",stage="first_token"}' in text
    product = backend.server.knowledge.search(text="mug", image=None, k=1)[0]
    card = turn_card = product_card(product, backend.server.settings.http_url)
    assert card["image_url"].startswith(base + "/images/")
    status, headers, body = await asyncio.to_thread(_http_get, turn_card["image_url"])
    assert status == 200 and headers["Content-Type"].startswith("image/") and len(body) > 100
    for bad in ["/images/../catalog.jsonl", "/images/%2e%2e/catalog.jsonl", "/nope"]:
        status, _, _ = await asyncio.to_thread(_http_get, base + bad)
        assert status == 404
    await client.close()


def _png(width: int, height: int) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (width, height)).save(buf, "PNG")
    return buf.getvalue()


async def test_image_and_audio_errors(make_backend):
    backend = make_backend(limits={"image_bytes": 200_000})
    client, _ = await new_client(backend)
    big = base64.b64encode(os.urandom(300_000)).decode()
    bomb = base64.b64encode(_png(12_000, 12_000)).decode()  # 144 megapixels, a few hundred KB
    assert len(bomb) < 270_000
    cases = [
        ({"type": "message", "id": "big", "image": {"data": big, "mime": "image/jpeg"}},
         "too_large"),
        ({"type": "message", "id": "bomb", "image": {"data": bomb, "mime": "image/png"}},
         "too_large"),
        ({"type": "message", "id": "zero", "image": {"data": "", "mime": "image/png"}},
         "unsupported_media"),
        ({"type": "audio.chunk", "data": "AAAA"}, "bad_request"),
    ]
    for frame_, code in cases:
        await client.send_raw(json.dumps(frame_))
        err = await client.expect("error")
        assert err["code"] == code, (frame_["type"], err)
    await client.send("audio.start", id="a1", format="pcm16", sample_rate=16000)
    start = await client.expect("turn.start", id="a1")
    await client.send("audio.start", id="a2", format="mulaw", sample_rate=8000)
    assert (await client.expect("error"))["code"] == "busy"
    await client.send("audio.chunk", data="***")
    assert (await client.expect("error"))["code"] == "bad_request"
    await client.send("cancel", turn_id=start["turn_id"])
    done = await client.expect("reply.done", turn_id=start["turn_id"])
    assert done["cancelled"] is True
    turn = await client.turn("still there?")
    assert turn["done"]["type"] == "reply.done"
    await client.close()
