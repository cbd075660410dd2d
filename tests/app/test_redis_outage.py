"""Redis stops mid-conversation: the socket stays, the client hears `unavailable`, and no
acknowledged turn is lost once Redis is back."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.harness import Client, RedisProcess


@pytest.fixture
def private_redis():
    server = RedisProcess(appendonly=True)  # a production Redis persists (see docker-compose)
    yield server
    server.cleanup()


async def _resume(url: str, token: str, deadline: float) -> tuple[Client, dict]:
    """Resume with the token, again after `unavailable` as the contract invites (Redis that
    has just come back may still refuse a moment on a busy machine); any other error fails."""
    while True:
        client = await Client.connect(url)
        await client.send("session.start", token=token)
        while (answer := await client.recv())["type"] not in ("session.ready", "error"):
            pass
        if answer["type"] == "session.ready":
            return client, answer
        await client.close()
        assert answer["code"] == "unavailable" and time.monotonic() < deadline, answer
        await asyncio.sleep(0.3)


async def test_redis_restart_mid_conversation(make_backend, private_redis):
    backend = make_backend(redis_url=private_redis.url)
    client = await Client.connect(backend.url)
    ready = await client.start_session()
    first = await client.turn("Do you sell lamps?")
    assert first["done"]["type"] == "reply.done"

    private_redis.stop()
    down = await client.turn("And mugs?")
    assert down["done"]["type"] == "error" and down["done"]["code"] == "unavailable"
    await client.send("ping")
    assert (await client.expect("pong"))["type"] == "pong"  # the socket stays up

    private_redis.start()
    deadline = time.monotonic() + 20
    while True:  # the client resends, as `unavailable` invites it to
        again = await client.turn("And mugs?")
        if again["done"]["type"] == "reply.done" or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.3)
    assert again["done"]["type"] == "reply.done"
    await client.close()

    client, resumed = await _resume(backend.url, ready["token"], time.monotonic() + 20)
    texts = [h["text"] for h in resumed["history"]]
    assert texts == ["Do you sell lamps?", first["done"]["text"], "And mugs?",
                     again["done"]["text"]]
    await client.close()

