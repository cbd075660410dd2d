"""Memory against a real Redis (the shared one, under a private key prefix)."""

import asyncio
import time
import uuid

import pytest
import redis

from app.memory import Memory, StorageUnavailable, fold_summary
from tests.harness import RedisProcess


@pytest.fixture
async def memory(redis_url):
    prefix = "tm" + uuid.uuid4().hex[:8]
    mem = Memory(redis_url, prefix=prefix, ttl_s=60)
    yield mem
    await mem.close()
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(f"{prefix}:*"))
    if keys:
        client.delete(*keys)


async def test_session_round_trip(memory):
    s = await memory.create(channel="web", locale="en-US")
    await memory.append(s.session_id, [{"role": "user", "text": "hi"},
                                       {"role": "assistant", "text": "hello"}],
                        fields={"order_id": "A1"})
    loaded = await memory.load(s.session_id)
    assert loaded.turns == 1 and loaded.order_id == "A1" and loaded.log_len == 2
    assert [e["text"] for e in loaded.log] == ["hi", "hello"]
    assert await memory.load("nope") is None
    ttl = await memory.redis.ttl(f"{memory.prefix}:s:{s.session_id}")
    assert 0 < ttl <= 60


async def test_index_lists_waiting_first_longest_first(memory):
    a = await memory.create(channel="web", locale=None)
    b = await memory.create(channel="voice", locale=None)
    c = await memory.create(channel="web", locale=None)
    await memory.set_state(b.session_id, "waiting")
    await asyncio.sleep(0.01)
    await memory.set_state(a.session_id, "waiting")
    items = await memory.list_sessions()
    ids = [i["session_id"] for i in items]
    assert ids[:2] == [b.session_id, a.session_id] and c.session_id in ids
    assert items[0]["state"] == "waiting" and items[0]["waiting_ms"] >= items[1]["waiting_ms"]


async def test_claim_is_exclusive(memory):
    s = await memory.create(channel="web", locale=None)
    assert await memory.claim(s.session_id, "ann") == (True, "ann")
    assert await memory.claim(s.session_id, "bob") == (False, "ann")
    await memory.set_state(s.session_id, "bot")
    assert (await memory.claim(s.session_id, "bob"))[0]


def test_summary_is_extractive_and_bounded():
    entries = []
    for i in range(50):
        entries.append({"role": "user", "text": f"question number {i} about shoes"})
        entries.append({"role": "assistant", "text": "answer",
                        "products": [{"sku": f"S{i}", "name": f"Shoe {i}", "price": i,
                                      "currency": "USD"}]})
    summary = fold_summary("", entries)
    assert len(summary) <= 700
    assert "question number 49" in summary and "Shoe 49 (S49" in summary
    assert "question number 0 " not in summary


async def test_pending_write_survives_redis_restart():
    server = RedisProcess(appendonly=True)
    mem = Memory(server.url, prefix="tp", ttl_s=60)
    try:
        s = await mem.create(channel="web", locale=None)
        server.stop()
        with pytest.raises(StorageUnavailable):
            await mem.append(s.session_id, [{"role": "user", "text": "lost?"}], fields={})
        mem.pending.add(s.session_id, [{"role": "user", "text": "kept"}], {})
        await asyncio.sleep(0.5)
        assert len(mem.pending) == 1
        server.start()
        deadline = time.monotonic() + 15
        while len(mem.pending) and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        assert len(mem.pending) == 0
        assert [e["text"] for e in await mem.history(s.session_id)] == ["kept"]
    finally:
        await mem.close()
        server.cleanup()
