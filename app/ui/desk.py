"""One signed-in agent's view of the backend, kept up to date from `/v1/agent` frames.

The console page draws from an `AgentDesk`: the session list it polls, one `Conversation`
per session it subscribed to, the handoff packet of the last takeover, and the latencies of
recent turns across all sessions (from a second socket subscribed to `"*"`, so that its
events never mix with the per-session subscriptions).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from app.ui.client import AgentClient, BackendUnavailable, ProtocolError
from app.ui.conversation import Conversation, error_text

CHART_TURNS = 30  # turns shown in the latency chart


@dataclass
class LatencyPoint:
    session_id: str
    turn_id: str
    latency_ms: dict[str, float]
    ts: float  # when the turn ended (epoch seconds), to order turns from several sources


@dataclass
class AgentDesk:
    backend_url: str
    client: AgentClient | None = None
    monitor: AgentClient | None = None
    agent: str = ""
    token: str = ""
    sessions: list[dict[str, Any]] = field(default_factory=list)
    views: dict[str, Conversation] = field(default_factory=dict)
    subscribed: set[str] = field(default_factory=set)
    selected: str = ""
    packets: dict[str, dict[str, Any]] = field(default_factory=dict)
    latencies: deque[LatencyPoint] = field(default_factory=lambda: deque(maxlen=CHART_TURNS))
    latency_version: int = 0
    notice: str = ""
    search_results: list[dict[str, Any]] = field(default_factory=list)
    history_arrived: asyncio.Event = field(default_factory=asyncio.Event)
    # What the page last drew, so a timer tick redraws only what changed.
    drawn: dict[str, Any] = field(default_factory=dict)

    @property
    def signed_in(self) -> bool:
        return self.client is not None and self.client.connected

    # ---- connection ------------------------------------------------------------
    async def login(self, username: str, password: str) -> None:
        """Raises `ProtocolError` (unauthorized) or `BackendUnavailable`."""
        client = AgentClient(self.backend_url, on_event=self._on_event)
        try:
            await client.login(username, password)
        except TimeoutError as e:
            raise BackendUnavailable("the backend did not answer") from e
        await self._signed_in(client)

    async def resume(self, token: str) -> None:
        client = AgentClient(self.backend_url, on_event=self._on_event)
        try:
            await client.auth(token)
        except TimeoutError as e:
            raise BackendUnavailable("the backend did not answer") from e
        await self._signed_in(client)

    async def _signed_in(self, client: AgentClient) -> None:
        await self.close()
        self.client, self.agent, self.token = client, client.agent, client.token
        self.notice = ""
        self.subscribed.clear()
        monitor = AgentClient(self.backend_url, on_event=self._on_monitor_event)
        try:
            await monitor.auth(self.token)
            await monitor.subscribe("*")
            self.monitor = monitor
        except (BackendUnavailable, ProtocolError, TimeoutError):
            self.notice = "The latency chart is not live: the backend refused a second socket."
        if self.selected:
            await self.select(self.selected)

    async def close(self) -> None:
        for client in (self.client, self.monitor):
            if client is not None:
                await client.close()
        self.client = self.monitor = None

    # ---- events ----------------------------------------------------------------
    def _on_event(self, frame: dict[str, Any]) -> None:
        kind = frame.get("type", "")
        session_id = str(frame.get("session_id", ""))
        if kind == "session.history":
            view = Conversation(
                state=str(frame.get("state", "bot")),
                channel=str(frame.get("channel", "")),
                agent=str(frame.get("agent") or ""),
            )
            history = list(frame.get("history") or [])
            view.load_history(history)
            for item in history:
                if item.get("latency_ms"):
                    self._add_latency(session_id, item)
            old = self.views.get(session_id)
            view.version = (old.version + 1) if old else 0
            self.views[session_id] = view
            self.history_arrived.set()
        elif kind == "error":
            self.notice = error_text(frame)
            if frame.get("message"):
                self.notice = f"{frame.get('code', 'error')}: {frame['message']}"
        elif kind == "connection.closed":
            if self.client is not None and not self.client.connected:
                self.notice = "The connection to the backend was lost. Sign in again."
        elif session_id:
            view = self.views.setdefault(session_id, Conversation())
            view.apply(frame)
            if kind == "reply.done" and frame.get("latency_ms") and self.monitor is None:
                self._add_latency(session_id, frame)

    def _on_monitor_event(self, frame: dict[str, Any]) -> None:
        if frame.get("type") == "reply.done" and frame.get("latency_ms"):
            self._add_latency(str(frame.get("session_id", "")), frame)

    def _add_latency(self, session_id: str, frame: dict[str, Any]) -> None:
        """Record a turn's latencies from a live `reply.done` or a history item."""
        turn_id = str(frame.get("turn_id", ""))
        if turn_id and any(
            p.session_id == session_id and p.turn_id == turn_id for p in self.latencies
        ):
            return
        latency = {
            key: float(value)
            for key, value in dict(frame["latency_ms"]).items()
            if isinstance(value, int | float)
        }
        ts = frame.get("ts")
        point = LatencyPoint(session_id, turn_id, latency,
                             float(ts) if isinstance(ts, int | float) else time.time())
        points = sorted([*self.latencies, point], key=lambda p: p.ts)
        self.latencies = deque(points[-CHART_TURNS:], maxlen=CHART_TURNS)
        self.latency_version += 1

    # ---- actions ---------------------------------------------------------------
    def _need_client(self) -> AgentClient:
        if self.client is None or not self.client.connected:
            raise BackendUnavailable("not signed in")
        return self.client

    async def refresh_sessions(self) -> list[dict[str, Any]]:
        self.sessions = await self._need_client().sessions()
        return self.sessions

    async def select(self, session_id: str) -> None:
        self.selected = session_id
        if session_id and session_id not in self.subscribed:
            self.subscribed.add(session_id)
            await self._need_client().subscribe(session_id)

    async def wait_for_view(self, session_id: str) -> None:
        """Give `session.history` a moment to arrive so the first draw is not empty."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(3.0):
                while session_id not in self.views:
                    self.history_arrived.clear()
                    await self.history_arrived.wait()

    async def takeover(self) -> dict[str, Any]:
        packet = await self._need_client().takeover(self.selected)
        self.packets[self.selected] = packet
        return packet

    async def release(self) -> None:
        await self._need_client().release(self.selected)
        self.packets.pop(self.selected, None)

    async def say(self, text: str, products: list[str]) -> None:
        await self._need_client().say(self.selected, text, products)

    async def suggest(self) -> str:
        return await self._need_client().suggest(self.selected)

    async def search(self, query: str | None, image: bytes | None, mime: str) -> list[dict]:
        self.search_results = await self._need_client().search(query, image=image, mime=mime)
        return self.search_results
