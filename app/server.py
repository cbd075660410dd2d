"""The WebSocket backend: routes, limits, /healthz, /metrics and the store's images.

One `websockets` server on one port: `/v1/chat` (shoppers, voice gateways), `/v1/agent`
(agents), and plain HTTP for `/healthz`, `/metrics` and `/images/...` through
`process_request`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import mimetypes
import signal
import time
from collections import defaultdict
from collections.abc import Coroutine
from http import HTTPStatus
from pathlib import Path
from typing import Any

from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from app.agents import AgentConnection
from app.bus import Bus
from app.chat import ChatConnection
from app.memory import Memory
from app.metrics import Metrics
from app.pipeline import Pipeline
from app.ratelimit import TokenBucket
from app.settings import Settings, add_server_arguments, settings_from_args
from app.tokens import Signer, TokenError
from app.wiring import Services

log = logging.getLogger("shopdesk")


def _http(status: HTTPStatus, body: bytes, content_type: str, **headers: str) -> Response:
    h = Headers({"Content-Type": content_type, "Content-Length": str(len(body)),
                 "Connection": "close", **headers})
    return Response(status.value, status.phrase, h, body)


class Server:
    def __init__(self, settings: Settings, services: Services):
        self.settings = settings
        self.services = services
        self.knowledge = services.knowledge
        self.recognizer = services.recognizer
        self.metrics = Metrics()
        self.signer = Signer(settings.secret)
        self.memory = Memory(settings.redis_url, prefix=settings.redis_prefix,
                             ttl_s=settings.session_ttl_s)
        self.bus = Bus(settings.redis_url)
        self.pipeline = Pipeline(settings, self.memory, services.knowledge, services.generator,
                                 self.metrics)
        self.hotwords = services.hotwords
        self.images_dir = Path(settings.store).resolve() / "images"
        self._tasks: set[asyncio.Task] = set()
        self._turn_buckets: dict[str, TokenBucket] = {}
        self._login_buckets: dict[str, TokenBucket] = {}
        self._connections: dict[str, int] = defaultdict(int)
        self._preauthorised: dict[ServerConnection, str] = {}  # agents with a Bearer header
        self._ws_server: Any = None
        self.started = time.time()

    # -- helpers for handlers -----------------------------------------------------------
    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task:
        """A background task the server keeps and cancels at shutdown (no orphans)."""
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def address_turns(self, address: str) -> TokenBucket:
        rate = self.settings.limits.turns_per_minute_per_address
        return self._turn_buckets.setdefault(address, TokenBucket(rate / 60.0, rate))

    def login_attempts(self, address: str) -> TokenBucket:
        return self._login_buckets.setdefault(address, TokenBucket(10 / 60.0, 10))

    # -- lifecycle ----------------------------------------------------------------------
    async def start(self) -> None:
        self.bus.start()
        max_size = self.settings.limits.frame_bytes * 2 + (self.settings.limits.image_bytes * 4) // 3
        self._ws_server = await serve(
            self.handler, self.settings.host, self.settings.port,
            process_request=self.process_request, max_size=max_size, max_queue=64,
            write_limit=256 * 1024, ping_interval=20, ping_timeout=20, close_timeout=2,
            server_header="shopdesk",
        )
        self.port = self._ws_server.sockets[0].getsockname()[1]
        if self.settings.public_url is None:  # port 0 asked for any free port: say which
            self.settings.public_url = f"http://{self.settings.host}:{self.port}"
        self.spawn(self._watch_health())
        log.info("shopdesk backend on ws://%s:%s (store %s)", self.settings.host, self.port,
                 self.settings.store)

    async def stop(self) -> None:
        if self._ws_server is not None:
            self._ws_server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._ws_server.wait_closed(), 5)
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self.pipeline.lookups.shutdown(wait=False, cancel_futures=True)
        await self.bus.close()
        await self.memory.close()

    async def _watch_health(self) -> None:
        while True:
            up = await self.memory.ping()
            self.metrics.redis_up.set(1 if up else 0)
            self.metrics.pending_writes.set(len(self.memory.pending))
            stats = getattr(self.services.generator, "stats", None)
            if callable(stats):
                s = stats()
                self.metrics.engine_running.set(s.get("running", 0))
                self.metrics.engine_queued.set(s.get("queued", 0))
            await asyncio.sleep(2.0)

    # -- HTTP ---------------------------------------------------------------------------
    async def process_request(self, connection: ServerConnection, request: Request):
        path = request.path.split("?", 1)[0]
        if path == "/healthz":
            return await self._healthz()
        if path == "/metrics":
            return _http(HTTPStatus.OK, self.metrics.render(), "text/plain; version=0.0.4")
        if path.startswith("/images/"):
            return self._image(path.removeprefix("/images/"))
        if path not in ("/v1/chat", "/v1/agent"):
            return _http(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")
        address = _client_address(connection)
        if self._connections[address] >= self.settings.limits.connections_per_address:
            return _http(HTTPStatus.TOO_MANY_REQUESTS, b"too many connections\n", "text/plain")
        if path == "/v1/agent" and (auth := request.headers.get("Authorization")):
            scheme, _, token = auth.partition(" ")
            try:
                if scheme.lower() != "bearer":
                    raise TokenError("not a bearer token")
                self._preauthorised[connection] = self.signer.verify(token.strip(), "a")
            except TokenError:
                return _http(HTTPStatus.UNAUTHORIZED, b"invalid agent token\n", "text/plain")
        return None

    async def _healthz(self) -> Response:
        redis_ok = await self.memory.ping()
        body = {
            "status": "ok" if redis_ok else "degraded",
            "redis": redis_ok,
            "pending_writes": len(self.memory.pending),
            "uptime_s": round(time.time() - self.started, 1),
            "store": self.knowledge.info.get("name"),
            "speech": self.recognizer is not None,
        }
        stats = getattr(self.services.generator, "stats", None)
        if callable(stats):
            body["engine"] = stats()
        status = HTTPStatus.OK if redis_ok else HTTPStatus.SERVICE_UNAVAILABLE
        return _http(status, json.dumps(body).encode(), "application/json")

    def _image(self, rel: str) -> Response:
        target = (self.images_dir / rel).resolve()
        if not target.is_relative_to(self.images_dir) or not target.is_file():
            return _http(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        return _http(HTTPStatus.OK, target.read_bytes(), kind,
                     **{"Cache-Control": "public, max-age=3600",
                        "Access-Control-Allow-Origin": "*"})

    # -- sockets ------------------------------------------------------------------------
    async def handler(self, ws: ServerConnection) -> None:
        address = _client_address(ws)
        path = ws.request.path.split("?", 1)[0]
        self._connections[address] += 1
        self.metrics.connections.labels(path).inc()
        try:
            if path == "/v1/chat":
                await ChatConnection(self, ws, address).serve()
            else:
                agent = self._preauthorised.pop(ws, None)
                await AgentConnection(self, ws, address, agent).serve()
        finally:
            self.metrics.connections.labels(path).dec()
            self._connections[address] -= 1
            if not self._connections[address]:
                del self._connections[address]


def _client_address(connection: ServerConnection) -> str:
    # Behind a load balancer, X-Forwarded-For would be trusted only from configured proxies.
    remote = connection.remote_address
    return str(remote[0]) if remote else "unknown"


# -- the `serve` command ----------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_server_arguments(parser)
    parser.add_argument("--log-level", default="INFO")


async def serve_until_stopped(settings: Settings, services: Services) -> None:
    server = Server(settings, services)
    await services.start()
    await server.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(f"shopdesk: serving ws://{settings.host}:{server.port} (/v1/chat, /v1/agent, "
          f"/healthz, /metrics)", flush=True)
    await stop.wait()
    log.info("shutting down")
    await server.stop()
    await services.close()


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=args.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = settings_from_args(args)
    settings.check_production()
    services = Services.build(settings)
    asyncio.run(serve_until_stopped(settings, services))
    return 0
