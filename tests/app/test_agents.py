"""Agents on /v1/agent: login, live watching, takeover, answering, across replicas."""

from __future__ import annotations

import asyncio

import pytest
import websockets

from tests.harness import Client


async def agent_client(backend, username="agent", password="agent") -> tuple[Client, dict]:
    agent = await Client.connect(backend.url, "/v1/agent")
    await agent.send("agent.login", username=username, password=password)
    return agent, await agent.expect("agent.ready")


async def test_agent_endpoint_refuses_without_credentials(backend):
    agent = await Client.connect(backend.url, "/v1/agent")
    await agent.send("sessions.list")
    assert (await agent.expect("error"))["code"] == "unauthorized"
    await agent.send("agent.login", username="agent", password="wrong")
    assert (await agent.expect("error"))["code"] == "unauthorized"
    await agent.send("agent.login", username="nobody", password="agent")
    assert (await agent.expect("error"))["code"] == "unauthorized"
    await agent.send("agent.auth", token="forged.token")
    assert (await agent.expect("error"))["code"] == "unauthorized"
    # A shopper's session token is not an agent token.
    shopper = await Client.connect(backend.url)
    ready = await shopper.start_session()
    await agent.send("agent.auth", token=ready["token"])
    assert (await agent.expect("error"))["code"] == "unauthorized"
    with pytest.raises(websockets.InvalidStatus) as refused:
        await websockets.connect(backend.url + "/v1/agent",
                                 additional_headers={"Authorization": "Bearer nope.nope"})
    assert refused.value.response.status_code == 401
    await agent.close()
    await shopper.close()


async def test_bearer_token_and_agent_auth(backend):
    _, ready = await agent_client(backend)
    ws = await websockets.connect(backend.url + "/v1/agent",
                                  additional_headers={"Authorization": f"Bearer {ready['token']}"})
    by_header = Client(ws)
    assert (await by_header.expect("agent.ready"))["agent"] == "agent"
    await by_header.send("sessions.list")
    assert (await by_header.expect("sessions"))["type"] == "sessions"
    again = await Client.connect(backend.url, "/v1/agent")
    await again.send("agent.auth", token=ready["token"])
    assert (await again.expect("agent.ready"))["agent"] == "agent"
    await by_header.close()
    await again.close()


async def test_watch_takeover_say_release_across_replicas(make_backend):
    replica_a = make_backend()
    replica_b = make_backend()  # same Redis, same key prefix: one deployment
    shopper = await Client.connect(replica_a.url)
    ready = await shopper.start_session()
    sid = ready["session_id"]
    await shopper.turn("Do you have a blue backpack?")

    agent, _ = await agent_client(replica_b)
    await agent.send("sessions.list")
    listed = await agent.expect("sessions")
    row = next(i for i in listed["items"] if i["session_id"] == sid)
    assert row["state"] == "bot" and row["turns"] == 1 and row["channel"] == "web"

    await agent.send("subscribe", session_id=sid)
    history = await agent.expect("session.history", session_id=sid)
    assert history["history"][0]["text"] == "Do you have a blue backpack?"

    # Live: the agent on B sees the shopper's next turn on A as it streams.
    await shopper.send("message", id="m2", text="my email is kim@example.com, how much is it?")
    user = await agent.expect("user.message", session_id=sid)
    assert "kim@example.com" not in user["text"] and "[email]" in user["text"]
    await agent.expect("reply.delta", session_id=sid)
    done = await agent.expect("reply.done", session_id=sid)
    assert "total" in done["latency_ms"]
    await shopper.collect_turn("m2")

    await agent.send("takeover", session_id=sid)
    packet = await agent.expect("handoff.packet", session_id=sid)
    assert "backpack" in packet["summary"] and packet["waiting_ms"] == 0
    handoff = await shopper.expect("handoff", timeout=10)
    assert handoff == {"type": "handoff", "state": "agent", "agent": "agent"}

    sku = replica_b.server.knowledge.search(text="backpack", image=None, k=1)[0]["sku"]
    await agent.send("say", session_id=sid, text="Hi, I'm here to help!", products=[sku])
    said = await shopper.expect("agent.message", timeout=10)
    assert said["text"] == "Hi, I'm here to help!" and said["agent"] == "agent"
    assert said["products"][0]["sku"] == sku and said["products"][0]["image_url"]

    # While the agent holds the session, the bot stays quiet.
    quiet = await shopper.turn("thanks, one more question")
    assert quiet["deltas"] == [] and quiet["done"]["answered_by"] == "agent"
    assert (await agent.expect("user.message", session_id=sid))["text"] == "thanks, one more question"

    await agent.send("suggest", session_id=sid)
    suggestion = await agent.expect("suggestion", session_id=sid, timeout=60)
    assert isinstance(suggestion["text"], str) and suggestion["text"]

    await agent.send("release", session_id=sid)
    assert (await shopper.expect("handoff", timeout=10))["state"] == "bot"
    back = await shopper.turn("are you still there?")
    assert back["deltas"]

    # Replica A dies; the shopper reconnects to B with its token: everything is there.
    await shopper.close()
    replica_a.stop()
    shopper = await Client.connect(replica_b.url)
    resumed = await shopper.start_session(token=ready["token"])
    roles = [h["role"] for h in resumed["history"]]
    assert roles == ["user", "assistant", "user", "assistant", "agent", "user", "user",
                     "assistant"]
    assert resumed["history"][4]["products"][0]["sku"] == sku
    await shopper.close()
    await agent.close()


async def test_takeover_is_exclusive_and_search_works(make_backend):
    backend = make_backend(agents="ann:first-pass,bob:second-pass")
    shopper = await Client.connect(backend.url)
    ready = await shopper.start_session()
    await shopper.turn("I want to speak to a person")
    ann, _ = await agent_client(backend, "ann", "first-pass")
    await ann.send("sessions.list")
    first = (await ann.expect("sessions"))["items"][0]
    assert first["session_id"] == ready["session_id"] and first["state"] == "waiting"
    assert first["waiting_ms"] >= 0
    await ann.send("takeover", session_id=ready["session_id"])
    packet = await ann.expect("handoff.packet")
    assert packet["waiting_ms"] > 0
    other, _ = await agent_client(backend, "bob", "second-pass")
    await other.send("takeover", session_id=ready["session_id"])
    assert (await other.expect("error"))["code"] == "busy"
    await other.send("say", session_id="no-such-session", text="hi")
    assert (await other.expect("error"))["code"] == "bad_request"
    await other.send("search", query="running shoes")
    found = await other.expect("products")
    assert found["items"] and {"sku", "name", "price", "image_url"} <= set(found["items"][0])
    await other.send("search")
    assert (await other.expect("error"))["code"] == "bad_request"
    await asyncio.gather(ann.close(), other.close(), shopper.close())


async def test_watching_all_and_one_session_delivers_each_event_once(backend):
    watcher, _ = await agent_client(backend)
    shopper = await Client.connect(backend.url)
    ready = await shopper.start_session()
    await watcher.send("subscribe", session_id="*")
    await watcher.send("subscribe", session_id=ready["session_id"])
    await watcher.expect("session.history")
    await shopper.turn("hello there")
    done = await watcher.expect("reply.done", session_id=ready["session_id"])
    await watcher.send("ping")
    await watcher.expect("pong")
    starts = [m for m in watcher.seen if m["type"] == "turn.start"]
    assert len(starts) == 1
    assert "latency_ms" in done
    history = (await backend.on_server(backend.server.memory.history(ready["session_id"])))
    assert history[-1]["latency_ms"]["first_token"] <= history[-1]["latency_ms"]["total"]
    await asyncio.gather(watcher.close(), shopper.close())


async def test_request_ids_come_back_on_answers_and_errors(backend):
    agent, _ = await agent_client(backend)
    await agent.send("sessions.list", id="r1")
    assert (await agent.expect("sessions"))["id"] == "r1"
    await agent.send("takeover", session_id="no-such-session", id="r2")
    error = await agent.expect("error")
    assert error["code"] == "bad_request" and error["id"] == "r2"
    await agent.send("search", id="r3")  # neither query nor image
    error = await agent.expect("error")
    assert error["code"] == "bad_request" and error["id"] == "r3"
    await agent.send("search", query="lamp")  # no id asked, none given
    assert "id" not in await agent.expect("products")
    await agent.close()
