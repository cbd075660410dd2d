"""`shopdesk serve` as its own process: starts, serves the contract, stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

from tests.harness import Client, free_port


def test_serve_process_end_to_end(redis_url, tmp_path):
    port = free_port()
    env = dict(os.environ, SHOPDESK_REDIS_PREFIX=f"tproc{os.getpid()}")
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "serve", "--port", str(port),
                             "--redis-url", redis_url, "--log-level", "WARNING"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 300
        while True:
            assert proc.poll() is None, proc.stdout.read()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                    health = json.loads(r.read())
                break
            except OSError:
                assert time.monotonic() < deadline, "backend did not start"
                time.sleep(0.5)
        assert health["status"] == "ok" and health["speech"] is True

        async def talk():
            client = await Client.connect(f"ws://127.0.0.1:{port}")
            ready = await client.start_session()
            turn = await client.turn("Hi! Do you sell backpacks?")
            await client.close()
            return ready, turn

        import asyncio

        ready, turn = asyncio.run(talk())
        assert turn["done"]["type"] == "reply.done" and turn["deltas"]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
