"""Frames on their way to one socket: a bounded queue drained by one writer task.

A client that never reads costs at most `limit` frames of memory and is then disconnected
(1008), instead of stalling the turn or the pub/sub reader that produced the frame.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from app import protocol as p

if TYPE_CHECKING:
    from app.server import Server

log = logging.getLogger(__name__)


class Outbox:
    def __init__(self, server: Server, ws: ServerConnection, address: str, limit: int):
        self.server = server
        self.ws = ws
        self.address = address
        self.queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue(maxsize=limit)
        self._writer: asyncio.Task | None = None

    def send(self, message: dict[str, Any]) -> None:
        if message.get("type") == "error":
            self.server.metrics.errors.labels(message["code"]).inc()
        try:
            self.queue.put_nowait(message)
        except asyncio.QueueFull:
            log.warning("client %s does not read; closing", self.address)
            self.server.spawn(self.ws.close(1008, "client is not reading"))

    def start(self) -> None:
        self._writer = asyncio.create_task(self._write())

    async def _write(self) -> None:
        while (message := await self.queue.get()) is not None:
            await self.ws.send(p.dumps(message))

    async def close(self) -> None:
        with contextlib.suppress(asyncio.QueueFull):
            self.queue.put_nowait(None)
        if self._writer is not None:
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError, ConnectionClosed):
                await self._writer
