"""`RemoteLM` against a real `transformers serve` process running the tiny Mixtral."""

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from transformers.utils.import_utils import is_serve_available

from model.engine import Busy, Engine, EngineOptions, Unavailable
from model.loading import BUNDLED_PATH, load
from model.remote import RemoteLM

MESSAGES = [{"role": "user", "content": "is the red kettle in stock"}]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served_model(tiny_mixtral_path):
    """`transformers serve` on the bundled model when it is there, else on the tiny one."""
    path = BUNDLED_PATH if (BUNDLED_PATH / "config.json").is_file() else tiny_mixtral_path
    if not is_serve_available():
        pytest.skip("`transformers serve` needs fastapi, uvicorn and openai installed")
    port = free_port()
    cli = Path(sys.executable).with_name("transformers")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen(
        [str(cli), "serve", str(path), "--host", "127.0.0.1", "--port", str(port),
         "--device", "cpu"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"transformers serve did not start: {proc.stderr.read()[-2000:]!r}")
            time.sleep(0.3)
        yield url, str(path)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


async def test_remote_stream_matches_the_local_engine(served_model):
    url, name = served_model
    remote = RemoteLM(url, name)
    try:
        pieces = [p async for p in remote.stream(MESSAGES, max_new_tokens=12)]
        stats = remote.stats()
    finally:
        await remote.close()
    assert len(pieces) > 1
    assert stats["running"] == 0 and stats["tokens_generated"] == len(pieces)
    engine = Engine(load(name), EngineOptions(copy_figures=False)).start()
    try:
        local = "".join([p async for p in engine.stream(MESSAGES, max_new_tokens=12)])
    finally:
        await engine.close()
    assert "".join(pieces) == local


async def test_closing_a_remote_stream_early_keeps_the_server_serving(served_model):
    url, name = served_model
    remote = RemoteLM(f"{url}/v1", name)  # a base URL ending in /v1 works too
    try:
        stream = remote.stream(MESSAGES, max_new_tokens=100)
        assert await anext(stream)
        await stream.aclose()
        assert [p async for p in remote.stream(MESSAGES, max_new_tokens=3)]
    finally:
        await remote.aclose()


async def test_a_server_that_is_not_there_is_unavailable():
    remote = RemoteLM(f"http://127.0.0.1:{free_port()}", "any")
    try:
        with pytest.raises(Unavailable):
            async for _ in remote.stream(MESSAGES, max_new_tokens=3):
                pass
    finally:
        await remote.aclose()


@pytest.mark.parametrize("status", [429, 503])
async def test_overloaded_servers_answer_busy(status):
    async def overloaded(reader, writer):
        await reader.readuntil(b"\r\n\r\n")
        writer.write(
            f"HTTP/1.1 {status} Busy\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".encode()
        )
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(overloaded, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    remote = RemoteLM(f"http://127.0.0.1:{port}", "any")
    try:
        with pytest.raises(Busy):
            async for _ in remote.stream(MESSAGES, max_new_tokens=3):
                pass
    finally:
        await remote.aclose()
        server.close()
        await server.wait_closed()
