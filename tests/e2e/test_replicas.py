"""Two backend processes on one Redis: an agent on B takes over a shopper held by A; A is
killed mid-conversation and the shopper resumes on B with nothing acknowledged lost."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.harness import Client, free_port


class Replica:
    def __init__(self, redis_url: str, prefix: str):
        self.port = free_port()
        env = dict(os.environ, SHOPDESK_REDIS_PREFIX=prefix)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve", "--port", str(self.port), "--redis-url",
             redis_url, "--log-level", "WARNING"], env=env)
        self.url = f"ws://127.0.0.1:{self.port}"

    def wait_ready(self, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while True:
            assert self.proc.poll() is None, "replica exited"
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=1)
                return
            except OSError:
                assert time.monotonic() < deadline, "replica did not start"
                time.sleep(0.5)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)


@pytest.fixture
def replicas(redis_url):
    prefix = f"trep{os.getpid()}"
    pair = [Replica(redis_url, prefix), Replica(redis_url, prefix)]
    try:
        for r in pair:
            r.wait_ready()
        yield pair
    finally:
        for r in pair:
            r.kill()


def test_takeover_across_replicas_and_failover(replicas):
    a, b = replicas

    async def scenario():
        shopper = await Client.connect(a.url)
        ready = await shopper.start_session()
        acknowledged = []
        first = await shopper.turn("Hello! Do you have a travel mug?")
        acknowledged += ["Hello! Do you have a travel mug?", first["done"]["text"]]

        agent = await Client.connect(b.url, "/v1/agent")
        await agent.send("agent.login", username="agent", password="agent")
        await agent.expect("agent.ready")
        await agent.send("takeover", session_id=ready["session_id"])
        packet = await agent.expect("handoff.packet")
        assert "travel mug" in packet["summary"]
        assert (await shopper.expect("handoff", timeout=15))["state"] == "agent"
        await agent.send("say", session_id=ready["session_id"], text="Hi, Sam here. Yes we do!")
        said = await shopper.expect("agent.message", timeout=15)
        assert said["text"] == "Hi, Sam here. Yes we do!"
        acknowledged.append(said["text"])
        await agent.send("release", session_id=ready["session_id"])
        assert (await shopper.expect("handoff", timeout=15))["state"] == "bot"

        second = await shopper.turn("Great, how much is it?")
        acknowledged += ["Great, how much is it?", second["done"]["text"]]
        # A dies mid-turn: this last turn was never acknowledged.
        await shopper.send("message", id="doomed", text="And do you ship abroad?")
        await shopper.expect("turn.start", id="doomed")
        a.kill()
        await shopper.ws.wait_closed()

        again = await Client.connect(b.url)
        resumed = await again.start_session(token=ready["token"])
        texts = [h["text"] for h in resumed["history"]]
        assert texts[:len(acknowledged)] == acknowledged
        third = await again.turn("Thanks!")
        assert third["done"]["type"] == "reply.done"
        await again.close()
        await agent.close()

    asyncio.run(scenario())
    status = json.loads(urllib.request.urlopen(
        f"http://127.0.0.1:{b.port}/healthz", timeout=5).read())
    assert status["status"] == "ok"
