"""Soak: shoppers come and go against a backend process; errors stay at zero and its memory
flat. A short run is always on; `--runslow` (or SHOPDESK_SOAK_SECONDS) makes it long."""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.harness import Client, free_port


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


async def shopper(url: str, rng: random.Random, stop_at: float, errors: list, turns: list):
    while time.monotonic() < stop_at:
        client = await Client.connect(url)
        try:
            await client.start_session()
            for _ in range(rng.randint(1, 3)):
                turn = await client.turn(rng.choice([
                    "do you have mugs?", "how much is it?", "what is your return policy",
                    "hello", "any jackets under 120 dollars?"]))
                if turn["done"]["type"] == "error" and turn["done"]["code"] != "busy":
                    errors.append(turn["done"])
                turns.append(turn["done"]["type"])
        finally:
            await client.close()


@pytest.fixture(scope="module")
def soak_seconds(request):
    default = 900 if request.config.getoption("--runslow") else 40
    return float(os.environ.get("SHOPDESK_SOAK_SECONDS", default))


def test_soak_memory_stays_flat(redis_url, soak_seconds):
    port = free_port()
    env = dict(os.environ, SHOPDESK_REDIS_PREFIX=f"tsoak{os.getpid()}",
               SHOPDESK_LIMIT_TURNS_PER_MINUTE_PER_ADDRESS="100000")
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "serve", "--port", str(port),
                             "--redis-url", redis_url, "--log-level", "WARNING"], env=env)
    try:
        deadline = time.monotonic() + 300
        while True:
            assert proc.poll() is None
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except OSError:
                assert time.monotonic() < deadline
                time.sleep(0.5)
        url = f"ws://127.0.0.1:{port}"
        errors: list = []
        turns: list = []

        async def phase(seconds: float):
            rng = random.Random(len(turns))
            stop_at = time.monotonic() + seconds
            await asyncio.gather(*[shopper(url, rng, stop_at, errors, turns) for _ in range(6)])

        asyncio.run(phase(min(20.0, soak_seconds / 3)))  # warm-up: caches, allocator pools
        warm = rss_mb(proc.pid)
        asyncio.run(phase(soak_seconds))
        after = rss_mb(proc.pid)
        print(f"soak: {len(turns)} turns, rss {warm:.0f} -> {after:.0f} MB")
        assert errors == []
        assert turns.count("reply.done") > 0
        assert after < warm * 1.15 + 50, (warm, after)
    finally:
        proc.terminate()
        proc.wait(30)
