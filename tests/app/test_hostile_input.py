"""Property-based fuzzing of every frame type against a live backend: it never crashes,
answers only with the contract's codes, and keeps serving."""

from __future__ import annotations

import asyncio
import json
import os

import pytest
import websockets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import protocol
from tests.harness import Client

CODES = {"bad_request", "unauthorized", "too_large", "rate_limited", "unsupported_media",
         "busy", "unavailable", "internal"}
CHAT_TYPES = ["session.start", "message", "audio.start", "audio.chunk", "audio.end", "cancel",
              "ping"]
AGENT_TYPES = ["agent.auth", "agent.login", "sessions.list", "subscribe", "takeover", "say",
               "release", "suggest", "search", "ping"]
EXAMPLES = int(os.environ.get("SHOPDESK_FUZZ_EXAMPLES", "60"))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8),
                                                                      children, max_size=4),
    max_leaves=12,
)
field_names = st.sampled_from(["id", "text", "image", "token", "format", "sample_rate", "data",
                               "turn_id", "channel", "endpointing", "session_id", "query",
                               "products", "username", "password", "locale", "mime"])


def frames(types: list[str]):
    structured = st.builds(
        lambda t, fields: json.dumps({"type": t, **fields}),
        st.sampled_from(types) | st.text(max_size=12),
        st.dictionaries(field_names, json_values, max_size=5),
    )
    nearly_valid = st.sampled_from([
        '{"type":"message","id":"x","text":"hi","image":{"data":"////","mime":"image/png"}}',
        '{"type":"message","id":"x","image":{"data":"iVBORw0KGgo=","mime":"image/png"}}',
        '{"type":"audio.start","id":"a","format":"mulaw","sample_rate":8000}',
        '{"type":"audio.chunk","data":"not base64!"}',
        '{"type":"cancel","turn_id":"' + "x" * 200 + '"}',
        '{"type":"message","id":"' + "i" * 500 + '","text":"x"}',
    ])
    raw_text = st.text(max_size=200)
    raw_bytes = st.binary(max_size=3000)
    return st.lists(structured | nearly_valid | raw_text | raw_bytes, min_size=1, max_size=6)


async def _exchange(url: str, path: str, sent: list, start: str | None) -> list[dict]:
    got: list[dict] = []
    async with websockets.connect(url + path, max_size=None) as ws:
        if start:
            await ws.send(start)
        for item in sent:
            await ws.send(item)
        await ws.send(json.dumps({"type": "ping"}))
        # Frames are answered in order, so the last pong answers the final ping.
        pongs = 1 + sum(_is_ping(item, path) for item in sent)
        try:
            while pongs:
                msg = json.loads(await asyncio.wait_for(ws.recv(), 30))
                got.append(msg)
                pongs -= msg["type"] == "pong"
        except websockets.ConnectionClosed as e:
            assert e.rcvd is not None and e.rcvd.code == 1008, e  # only for repeated violations
    return got


def _is_ping(item: str | bytes, path: str) -> bool:
    if not isinstance(item, str):
        return False
    try:
        parsed = (protocol.parse_chat if path == "/v1/chat" else protocol.parse_agent)(item)
    except protocol.ProtocolError:
        return False
    return isinstance(parsed, protocol.Ping)


def _check(got: list[dict]) -> None:
    for msg in got:
        assert isinstance(msg.get("type"), str)
        if msg["type"] == "error":
            assert msg["code"] in CODES and msg["code"] != "internal", msg
            assert isinstance(msg["message"], str) and msg["message"]


@pytest.mark.parametrize("path,types,start", [
    ("/v1/chat", CHAT_TYPES, '{"type":"session.start"}'),
    ("/v1/chat", CHAT_TYPES, None),
    ("/v1/agent", AGENT_TYPES, None),
    ("/v1/agent", AGENT_TYPES, '{"type":"agent.login","username":"agent","password":"agent"}'),
])
def test_fuzzed_frames_get_contract_codes_and_the_server_lives(make_backend, path, types, start):
    backend = make_backend(limits={"turns_per_minute_per_address": 100_000})

    @settings(max_examples=EXAMPLES, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(frames(types))
    def fuzz(sent):
        _check(asyncio.run(_exchange(backend.url, path, sent, start)))

    fuzz()

    async def alive():
        client = await Client.connect(backend.url)
        await client.start_session()
        turn = await client.turn("are you still working?")
        await client.close()
        return turn

    assert asyncio.run(alive())["done"]["type"] == "reply.done"


def test_non_utf8_and_floods(make_backend):
    backend = make_backend(limits={"violations_before_close": 5})

    async def go():
        client = await Client.connect(backend.url)
        await client.start_session()
        # Invalid UTF-8 in a text frame is a protocol violation at the WebSocket layer.
        await client.ws.send(b"\xff\xfe not utf-8", text=True)
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await client.recv(10)
        assert closed.value.rcvd.code == 1007
        flood = await Client.connect(backend.url)
        await flood.start_session()
        for _ in range(1000):
            await flood.send("ping")
        codes = []
        try:
            while True:
                msg = await flood.recv(10)
                if msg["type"] == "error":
                    codes.append(msg["code"])
        except websockets.ConnectionClosed as e:
            assert e.rcvd.code == 1008
        assert set(codes) == {"rate_limited"}
        after = await Client.connect(backend.url)
        await after.send("ping")
        assert (await after.expect("pong"))["type"] == "pong"

    asyncio.run(go())
