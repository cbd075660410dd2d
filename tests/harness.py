"""A real backend on a real socket, and a small protocol client to talk to it.

The backend runs on its own event loop in a background thread (as it would in its own
process), so tests drive it over localhost exactly like outside clients do. The loaded
services (models, indexes) are shared by every backend started in a test session.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import websockets

from app.server import Server
from app.settings import Settings
from app.wiring import Services


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LoopThread:
    """An event loop running in a daemon thread; `call` runs a coroutine on it."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def call(self, coro, timeout: float = 120):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


class Backend:
    """One backend server (a 'replica') on the shared loop thread."""

    def __init__(self, loop: LoopThread, services: Services, settings: Settings):
        self.loop = loop
        self.settings = settings
        self.server = Server(settings, services)
        loop.call(self.server.start())
        self.port = self.server.port
        self.url = f"ws://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.loop.call(self.server.stop())

    async def on_server(self, coro):
        """Await a coroutine that must run on the server's loop (its Redis connections)."""
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self.loop.loop))


class Client:
    """A protocol client: send frames, await the ones expected, keep everything seen."""

    def __init__(self, ws):
        self.ws = ws
        self.seen: list[dict[str, Any]] = []
        self._buffer: list[dict[str, Any]] = []

    @classmethod
    async def connect(cls, url: str, path: str = "/v1/chat", **kwargs) -> Client:
        ws = await websockets.connect(url + path, max_size=None, **kwargs)
        return cls(ws)

    async def send(self, type_: str, **fields: Any) -> None:
        await self.ws.send(json.dumps({"type": type_, **fields}))

    async def send_raw(self, data: str | bytes) -> None:
        await self.ws.send(data)

    async def recv(self, timeout: float = 30) -> dict[str, Any]:
        if self._buffer:
            return self._buffer.pop(0)
        raw = await asyncio.wait_for(self.ws.recv(), timeout)
        msg = json.loads(raw)
        self.seen.append(msg)
        return msg

    async def expect(self, type_: str, timeout: float = 60, **match: Any) -> dict[str, Any]:
        """The next frame of `type_` (matching fields), keeping others for later `recv`s."""
        deadline = time.monotonic() + timeout
        skipped = []
        try:
            for i, msg in enumerate(self._buffer):
                if msg["type"] == type_ and all(msg.get(k) == v for k, v in match.items()):
                    return self._buffer.pop(i)
            while True:
                left = deadline - time.monotonic()
                try:
                    if left <= 0:
                        raise TimeoutError
                    raw = await asyncio.wait_for(self.ws.recv(), left)
                except TimeoutError:
                    raise TimeoutError(f"no {type_} {match} within {timeout}s; saw "
                                       f"{[_seen(m) for m in self.seen]}") from None
                msg = json.loads(raw)
                self.seen.append(msg)
                if msg["type"] == type_ and all(msg.get(k) == v for k, v in match.items()):
                    return msg
                skipped.append(msg)
        finally:
            self._buffer.extend(skipped)

    async def start_session(self, **fields: Any) -> dict[str, Any]:
        await self.send("session.start", **fields)
        return await self.expect("session.ready")

    async def turn(self, text: str | None = None, *, image: bytes | None = None,
                   mime: str = "image/jpeg", client_id: str | None = None) -> dict[str, Any]:
        """Send one message; return {start, deltas, products, done, frames}."""
        client_id = client_id or f"c{time.monotonic_ns()}"
        fields: dict[str, Any] = {"id": client_id}
        if text is not None:
            fields["text"] = text
        if image is not None:
            fields["image"] = {"data": base64.b64encode(image).decode(), "mime": mime}
        await self.send("message", **fields)
        return await self.collect_turn(client_id)

    async def collect_turn(self, client_id: str, timeout: float = 120) -> dict[str, Any]:
        start = await self.expect("turn.start", id=client_id, timeout=timeout)
        turn_id = start["turn_id"]
        frames = []
        while True:
            msg = await self.recv(timeout)
            if msg.get("turn_id") != turn_id:
                continue
            frames.append(msg)
            if msg["type"] in ("reply.done", "error"):
                break
        return {
            "start": start,
            "frames": frames,
            "deltas": [m["text"] for m in frames if m["type"] == "reply.delta"],
            "products": next((m["items"] for m in frames if m["type"] == "products"), []),
            "done": frames[-1],
        }

    async def close(self) -> None:
        await self.ws.close()


class RedisProcess:
    """A private redis-server on a free port, for tests that stop and restart Redis."""

    def __init__(self, *, appendonly: bool = True):
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="shopdesk-redis-"))
        self.appendonly = appendonly
        self.proc: subprocess.Popen | None = None
        self.start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server") or "/usr/bin/redis-server"
        self.proc = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "yes" if self.appendonly else "no", "--appendfsync", "always",
             "--dir", str(self.dir)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(10)
            self.proc = None

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def backend_settings(**overrides: Any) -> Settings:
    base = {"port": 0, "redis_prefix": f"t{os.getpid()}x{time.monotonic_ns()}"}
    base.update(overrides)
    return Settings(**base)


def _seen(msg: dict[str, Any]) -> tuple:
    """A received frame, shortly, for a timeout's message: errors with their code and text."""
    if msg["type"] == "error":
        return msg["type"], msg.get("code"), msg.get("message")
    return msg["type"], msg.get("session_id")
