"""Conversation memory in Redis: sessions, their history and summary, the agents' index,
and pub/sub of session events so any replica can watch or take over any session.

Keys (prefix `p`, default "sd"):
  p:s:{sid}        hash   created, last_ts, channel, locale, state, agent, turns, summary,
                          summarized (entries folded into the summary), order_id, waiting_since,
                          last_text
  p:s:{sid}:log    list   one JSON entry per message: {role, text, ts, turn_id?, products?, ...}
  p:sessions       zset   sid -> last activity (the agents' session index)
  p:waiting        zset   sid -> when the shopper asked for a person
Channels:
  p:ev:{sid}       every event of the session, for agents
  p:to:{sid}       frames for the shopper's socket, wherever it is connected (agent messages)

Nothing about a session lives only in one process: a replica that dies loses no state. A turn
that cannot be written because Redis is away waits in an outbox and is written when Redis
answers again (`PendingWrites`), so an acknowledged turn is never lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

HISTORY_LIMIT = 400  # entries kept per session; older ones live on only in the summary
SUMMARY_CHARS = 700


class StorageUnavailable(Exception):
    """Redis did not answer; the operation did not happen."""


@dataclass
class SessionMemory:
    session_id: str
    channel: str = "web"
    state: str = "bot"  # bot | waiting | agent
    agent: str | None = None
    turns: int = 0
    summary: str = ""
    summarized: int = 0
    order_id: str | None = None
    waiting_since: float | None = None
    created: float = 0.0
    last_ts: float = 0.0
    log: list[dict[str, Any]] = field(default_factory=list)  # the recent tail, oldest first
    log_len: int = 0

    def entries_between(self, start: int, stop: int) -> list[dict[str, Any]]:
        """Loaded entries whose position in the whole log is in [start, stop)."""
        first = self.log_len - len(self.log)
        return [e for i, e in enumerate(self.log, start=first) if start <= i < stop]

    @classmethod
    def from_redis(cls, sid: str, h: dict[str, str], log_tail: list[str], log_len: int):
        return cls(
            session_id=sid,
            channel=h.get("channel", "web"),
            state=h.get("state", "bot"),
            agent=h.get("agent") or None,
            turns=int(h.get("turns", 0)),
            summary=h.get("summary", ""),
            summarized=int(h.get("summarized", 0)),
            order_id=h.get("order_id") or None,
            waiting_since=float(h["waiting_since"]) if h.get("waiting_since") else None,
            created=float(h.get("created", 0)),
            last_ts=float(h.get("last_ts", 0)),
            log=[json.loads(x) for x in log_tail],
            log_len=log_len,
        )


def fold_summary(summary: str, entries: list[dict[str, Any]]) -> str:
    """An extractive running summary: what the shopper asked, products shown, orders named.

    Deterministic and faithful by construction: it only quotes the conversation.
    """
    parts = [p for p in summary.split("\n") if p]
    asked = [p for p in parts if p.startswith("Shopper asked: ")]
    shown = [p for p in parts if p.startswith("Shown: ")]
    other = [p for p in parts if not p.startswith(("Shopper asked: ", "Shown: "))]
    for e in entries:
        if e.get("role") == "user" and e.get("text"):
            asked.append("Shopper asked: " + e["text"][:160])
        for p in e.get("products") or []:
            line = f"Shown: {p.get('name')} ({p.get('sku')}, {p.get('price')} {p.get('currency', '')})"
            if line.strip() not in shown:
                shown.append(line.strip())
        if e.get("role") == "agent" and e.get("text"):
            other.append(f"Agent {e.get('agent', '')} said: " + e["text"][:160])
    lines = other[-3:] + shown[-5:] + asked[-6:]
    text = "\n".join(lines)
    while len(text) > SUMMARY_CHARS and lines:
        lines.pop(0)
        text = "\n".join(lines)
    return text


class Memory:
    def __init__(self, url: str, *, prefix: str = "sd", ttl_s: int = 7 * 24 * 3600):
        self.url = url
        self.prefix = prefix
        self.ttl_s = ttl_s
        self.redis = aioredis.Redis.from_url(
            url, decode_responses=True, socket_timeout=2.0, socket_connect_timeout=1.0,
            health_check_interval=5,
        )
        self.pending = PendingWrites(self)

    # -- keys ---------------------------------------------------------------------------
    def _s(self, sid: str) -> str:
        return f"{self.prefix}:s:{sid}"

    def _log(self, sid: str) -> str:
        return f"{self.prefix}:s:{sid}:log"

    def events_channel(self, sid: str) -> str:
        return f"{self.prefix}:ev:{sid}"

    def shopper_channel(self, sid: str) -> str:
        return f"{self.prefix}:to:{sid}"

    async def _run(self, op: Callable[[], Awaitable[Any]]) -> Any:
        try:
            return await op()
        except (TimeoutError, RedisError, OSError) as e:
            raise StorageUnavailable(f"redis: {e}") from e

    async def ping(self) -> bool:
        try:
            return bool(await self.redis.ping())
        except (TimeoutError, RedisError, OSError):
            return False

    async def close(self) -> None:
        await self.pending.close()
        await self.redis.aclose()

    # -- sessions -----------------------------------------------------------------------
    async def create(self, *, channel: str, locale: str | None) -> SessionMemory:
        sid = secrets.token_urlsafe(12)
        now = time.time()
        mapping = {"created": now, "last_ts": now, "channel": channel, "state": "bot",
                   "turns": 0, "locale": locale or ""}

        async def op():
            async with self.redis.pipeline(transaction=True) as p:
                p.hset(self._s(sid), mapping=mapping)
                p.expire(self._s(sid), self.ttl_s)
                p.zadd(f"{self.prefix}:sessions", {sid: now})
                await p.execute()

        await self._run(op)
        return SessionMemory(session_id=sid, channel=channel, created=now, last_ts=now)

    async def load(self, sid: str, *, tail: int = 40) -> SessionMemory | None:
        async def op():
            async with self.redis.pipeline(transaction=False) as p:
                p.hgetall(self._s(sid))
                p.lrange(self._log(sid), -tail, -1)
                p.llen(self._log(sid))
                return await p.execute()

        h, log_tail, log_len = await self._run(op)
        if not h:
            return None
        return SessionMemory.from_redis(sid, h, log_tail, log_len)

    async def history(self, sid: str, limit: int = HISTORY_LIMIT) -> list[dict[str, Any]]:
        raw = await self._run(lambda: self.redis.lrange(self._log(sid), -limit, -1))
        return [json.loads(x) for x in raw]

    async def touch(self, sid: str, **fields: Any) -> None:
        """Set session fields (channel on resume, order_id, ...) and refresh its TTL."""
        async def op():
            async with self.redis.pipeline(transaction=True) as p:
                if fields:
                    p.hset(self._s(sid), mapping={k: ("" if v is None else v)
                                                  for k, v in fields.items()})
                p.expire(self._s(sid), self.ttl_s)
                p.expire(self._log(sid), self.ttl_s)
                await p.execute()

        await self._run(op)

    async def append(self, sid: str, entries: list[dict[str, Any]], *, fields: dict[str, Any],
                     summary: str | None = None, summarized: int | None = None,
                     count_turn: bool = True) -> None:
        """Write entries of one turn and the session fields together, atomically."""
        now = time.time()
        mapping = {k: ("" if v is None else v) for k, v in fields.items()}
        mapping["last_ts"] = now
        if entries and entries[-1].get("text"):
            mapping["last_text"] = entries[-1]["text"][:200]
        if summary is not None:
            mapping["summary"] = summary
            mapping["summarized"] = summarized or 0

        async def op():
            async with self.redis.pipeline(transaction=True) as p:
                if entries:
                    p.rpush(self._log(sid), *[json.dumps(e, ensure_ascii=False) for e in entries])
                    p.ltrim(self._log(sid), -HISTORY_LIMIT, -1)
                p.hset(self._s(sid), mapping=mapping)
                if count_turn:
                    p.hincrby(self._s(sid), "turns", 1)
                p.expire(self._s(sid), self.ttl_s)
                p.expire(self._log(sid), self.ttl_s)
                p.zadd(f"{self.prefix}:sessions", {sid: now})
                await p.execute()

        await self._run(op)

    async def set_state(self, sid: str, state: str, *, agent: str | None = None) -> None:
        now = time.time()

        async def op():
            async with self.redis.pipeline(transaction=True) as p:
                p.hset(self._s(sid), mapping={"state": state, "agent": agent or ""})
                if state == "waiting":
                    p.hsetnx(self._s(sid), "waiting_since", now)
                    p.zadd(f"{self.prefix}:waiting", {sid: now}, nx=True)
                else:
                    p.hdel(self._s(sid), "waiting_since")
                    p.zrem(f"{self.prefix}:waiting", sid)
                await p.execute()

        await self._run(op)

    async def claim(self, sid: str, agent: str) -> tuple[bool, str | None]:
        """Take a session for an agent unless another agent holds it. (ok, holder)."""
        script = """
        local a = redis.call('HGET', KEYS[1], 'agent')
        if redis.call('EXISTS', KEYS[1]) == 0 then return {0, ''} end
        if a and a ~= '' and a ~= ARGV[1] and redis.call('HGET', KEYS[1], 'state') == 'agent'
        then return {0, a} end
        redis.call('HSET', KEYS[1], 'state', 'agent', 'agent', ARGV[1])
        redis.call('HDEL', KEYS[1], 'waiting_since')
        redis.call('ZREM', KEYS[2], ARGV[2])
        return {1, ARGV[1]}
        """
        ok, holder = await self._run(lambda: self.redis.eval(
            script, 2, self._s(sid), f"{self.prefix}:waiting", agent, sid))
        return bool(ok), holder or None

    async def list_sessions(self, limit: int = 200) -> list[dict[str, Any]]:
        """The agents' index: waiting sessions first (longest wait first), then most recent."""
        async def op():
            waiting = await self.redis.zrange(f"{self.prefix}:waiting", 0, limit - 1)
            recent = await self.redis.zrevrange(f"{self.prefix}:sessions", 0, limit - 1)
            order = list(dict.fromkeys([*waiting, *recent]))[:limit]
            async with self.redis.pipeline(transaction=False) as p:
                for sid in order:
                    p.hgetall(self._s(sid))
                rows = await p.execute()
            return order, rows

        order, rows = await self._run(op)
        now = time.time()
        items = []
        for sid, h in zip(order, rows, strict=True):
            if not h:
                continue
            since = float(h["waiting_since"]) if h.get("waiting_since") else None
            items.append({
                "session_id": sid,
                "state": h.get("state", "bot"),
                "channel": h.get("channel", "web"),
                "last_ts": float(h.get("last_ts", 0)),
                "turns": int(h.get("turns", 0)),
                "waiting_ms": int((now - since) * 1000) if since else 0,
                "last_text": h.get("last_text", ""),
                "agent": h.get("agent") or None,
            })
        return items

    # -- events -------------------------------------------------------------------------
    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        """Best effort: a watcher missing an event must never fail the shopper's turn."""
        try:
            await self.redis.publish(channel, json.dumps(message, ensure_ascii=False))
        except (TimeoutError, RedisError, OSError) as e:
            log.debug("publish to %s failed: %s", channel, e)


class PendingWrites:
    """Turns whose write failed because Redis was away, retried until Redis answers.

    Ordered per process; each item is written with the same atomic `append`.
    """

    def __init__(self, memory: Memory, *, limit: int = 10_000):
        self.memory = memory
        self.items: deque[tuple[str, list[dict[str, Any]], dict[str, Any]]] = deque(maxlen=limit)
        self._task: asyncio.Task | None = None
        self._wake = asyncio.Event()

    def __len__(self) -> int:
        return len(self.items)

    def add(self, sid: str, entries: list[dict[str, Any]], fields: dict[str, Any]) -> None:
        self.items.append((sid, entries, fields))
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._flush())
        self._wake.set()

    async def _flush(self) -> None:
        delay = 0.2
        while self.items:
            sid, entries, fields = self.items[0]
            try:
                await self.memory.append(sid, entries, fields=fields)
            except StorageUnavailable:
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)
                continue
            self.items.popleft()
            delay = 0.2
            log.info("wrote a pending turn for session %s", sid)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
