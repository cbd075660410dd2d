"""The front-end's protocol clients against a real backend on a real socket."""

from __future__ import annotations

import asyncio

import pytest

from app.ui.client import AgentClient, ChatClient, ProtocolError


async def next_of(client: ChatClient, kind: str, timeout: float = 60.0) -> dict:
    async with asyncio.timeout(timeout):
        while True:
            frame = await client.recv()
            if frame.get("type") == kind:
                return frame


async def test_chat_client_runs_a_turn_and_resumes(backend):
    shopper = ChatClient(backend.url)
    ready = await shopper.start()
    assert ready["session_id"] and ready["token"] and not ready["resumed"]
    await shopper.send_message("How long does delivery take?")
    async with asyncio.timeout(120):
        result = await shopper.turn()
    assert result.error is None, result.error
    assert result.turn_id and result.deltas and result.reply.strip()
    assert "total" in result.latency_ms
    await shopper.close()
    assert not shopper.connected

    again = ChatClient(backend.url)
    resumed = await again.start(token=ready["token"])
    assert resumed["resumed"] and resumed["session_id"] == ready["session_id"]
    texts = [item["text"] for item in resumed["history"]]
    assert "How long does delivery take?" in texts
    await again.ping()
    await again.close()


async def test_agent_client_takes_over_and_answers(backend):
    refused = AgentClient(backend.url)
    with pytest.raises(ProtocolError) as wrong:
        await refused.login("agent", "not-the-password")
    assert wrong.value.code == "unauthorized"
    assert not refused.connected

    shopper = ChatClient(backend.url)
    ready = await shopper.start()
    await shopper.send_message("Do you have waterproof jackets?")
    async with asyncio.timeout(120):
        assert (await shopper.turn()).error is None

    events: list[dict] = []
    agent = AgentClient(backend.url, on_event=events.append)
    token = await agent.login("agent", "agent")
    assert token and agent.agent == "agent"
    sessions = await agent.sessions()
    assert ready["session_id"] in [item["session_id"] for item in sessions]

    await agent.subscribe(ready["session_id"])
    async with asyncio.timeout(10):
        while not any(e.get("type") == "session.history" for e in events):
            await asyncio.sleep(0.05)

    packet = await agent.takeover(ready["session_id"])
    assert packet["type"] == "handoff.packet" and packet["session_id"] == ready["session_id"]
    handoff = await next_of(shopper, "handoff")
    assert handoff["state"] == "agent" and handoff["agent"] == "agent"

    items = await agent.search("jacket")
    assert items and all("sku" in item for item in items)
    await agent.say(ready["session_id"], "Hello from the support team.", [items[0]["sku"]])
    message = await next_of(shopper, "agent.message")
    assert message["text"] == "Hello from the support team."
    assert [card["sku"] for card in message["products"]] == [items[0]["sku"]]

    draft = await agent.suggest(ready["session_id"])
    assert isinstance(draft, str)

    await agent.release(ready["session_id"])
    assert (await next_of(shopper, "handoff"))["state"] == "bot"

    # A second socket with the token from the login (how the console follows all sessions).
    monitor = AgentClient(backend.url)
    await monitor.auth(token)
    await monitor.subscribe("*")
    await shopper.send_message("Thanks, and how do returns work?")
    async with asyncio.timeout(120):
        while True:
            frame = await monitor.recv()
            if frame.get("type") == "reply.done":
                break
    assert frame["session_id"] == ready["session_id"] and frame["latency_ms"]
    for client in (monitor, agent, shopper):
        await client.close()
