"""One Redis pub/sub connection per server, fanned out to local listeners.

Each socket that wants a channel's messages registers a callback; the reader task delivers
messages to every callback registered for the channel (or a matching pattern). When Redis
goes away the reader reconnects with back-off and subscribes again to everything registered.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

Listener = Callable[[str, dict[str, Any]], None]  # (channel, message); must not block


class Bus:
    def __init__(self, url: str):
        self.redis = aioredis.Redis.from_url(url, decode_responses=True,
                                             socket_connect_timeout=1.0)
        self._listeners: dict[str, set[Listener]] = defaultdict(set)
        self._pubsub: Any = None
        self._task: asyncio.Task | None = None
        self._changed = asyncio.Event()
        self._waiters: dict[str, list[asyncio.Future]] = defaultdict(list)
        self.connected = asyncio.Event()
        self._closing = False

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._read_forever())

    async def close(self, wait_s: float = 2.0) -> None:
        """Stop the reader and close the connections, within about `wait_s` per step: a
        shutdown never hangs on Redis (a cancellation lost in the client's read, a socket
        that never finishes closing)."""
        self._closing = True
        if self._task:
            self._task.cancel()
            await asyncio.wait({self._task}, timeout=wait_s)
            if not self._task.done():
                log.warning("pub/sub reader did not stop within %.1fs", wait_s)
        connections = [self._pubsub, self.redis] if self._pubsub is not None else [self.redis]
        for connection in connections:
            with contextlib.suppress(Exception):  # TimeoutError included
                await asyncio.wait_for(connection.aclose(), wait_s)

    async def add(self, channel: str, listener: Listener, *, wait_s: float = 2.0) -> None:
        """Listen to `channel` (a glob pattern when it contains '*').

        Returns once Redis confirmed the subscription, so no message published after this
        call is missed (or after `wait_s` if Redis is away; the reader subscribes on return).
        """
        new = channel not in self._listeners
        self._listeners[channel].add(listener)
        if new:
            synced = asyncio.get_running_loop().create_future()
            self._waiters[channel].append(synced)
            self._changed.set()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(asyncio.shield(synced), wait_s)

    def remove(self, channel: str, listener: Listener) -> None:
        listeners = self._listeners.get(channel)
        if listeners is None:
            return
        listeners.discard(listener)
        if not listeners:
            del self._listeners[channel]
            self._changed.set()

    async def _sync_subscriptions(self, current: set[str]) -> set[str]:
        wanted = set(self._listeners)
        add, drop = wanted - current, current - wanted
        for ch in add:
            await (self._pubsub.psubscribe(ch) if "*" in ch else self._pubsub.subscribe(ch))
        for ch in drop:
            await (self._pubsub.punsubscribe(ch) if "*" in ch else self._pubsub.unsubscribe(ch))
        return wanted

    def _confirmed(self, channel: str) -> None:
        for waiter in self._waiters.pop(channel, []):
            if not waiter.done():
                waiter.set_result(None)

    def _deliver(self, key: str, channel: str, data: str) -> None:
        """Redis delivers a message once per matching subscription (the channel itself and
        each matching pattern): each delivery goes to that subscription's listeners only."""
        try:
            message = json.loads(data)
        except json.JSONDecodeError:
            return
        for listener in list(self._listeners.get(key, ())):
            listener(channel, message)

    async def _read_forever(self) -> None:
        delay = 0.1
        while not self._closing:
            try:
                self._pubsub = self.redis.pubsub()
                # A placeholder keeps the connection in subscribed mode even with no listener.
                await self._pubsub.subscribe("shopdesk:bus")
                current = await self._sync_subscriptions(set())
                self.connected.set()
                delay = 0.1
                while not self._closing:
                    if self._changed.is_set():
                        self._changed.clear()
                        current = await self._sync_subscriptions(current)
                    msg = await self._pubsub.get_message(timeout=0.05)
                    kind = msg.get("type") if msg else None
                    if kind == "message":
                        self._deliver(msg["channel"], msg["channel"], msg["data"])
                    elif kind == "pmessage":
                        self._deliver(msg["pattern"], msg["channel"], msg["data"])
                    elif kind in ("subscribe", "psubscribe"):
                        self._confirmed(msg["channel"])
            except asyncio.CancelledError:
                raise
            except (TimeoutError, RedisError, OSError) as e:
                self.connected.clear()
                log.warning("pub/sub lost (%s); reconnecting in %.1fs", e, delay)
                with contextlib.suppress(Exception):
                    await self._pubsub.aclose()
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)
