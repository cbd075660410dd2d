"""One support agent's socket on /v1/agent: watch sessions, take over, answer, hand back.

Everything goes through Redis (state, history, pub/sub), so an agent on one replica can take
over and answer a shopper whose socket is held by another.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
from typing import TYPE_CHECKING, Any

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from app import privacy
from app import protocol as p
from app.memory import StorageUnavailable
from app.outbox import Outbox
from app.protocol import Code, ProtocolError, frame, product_card
from app.tokens import TokenError

if TYPE_CHECKING:
    from app.server import Server

log = logging.getLogger(__name__)


class AgentConnection:
    def __init__(self, server: Server, ws: ServerConnection, address: str,
                 agent: str | None = None):
        self.server = server
        self.ws = ws
        self.address = address
        self.agent = agent
        self.watching: set[str] = set()
        self.outbox = Outbox(server, ws, address, server.settings.limits.send_queue_frames)
        self.failures = 0
        self.request_id: str | None = None  # of the request being handled

    def send(self, message: dict[str, Any]) -> None:
        self.outbox.send(message)

    def answer(self, message: dict[str, Any]) -> None:
        """Send the answer to the request being handled, with the request's `id` if it had one."""
        if self.request_id is not None:
            message = {**message, "id": self.request_id}
        self.send(message)

    def _on_event(self, channel: str, message: dict[str, Any]) -> None:
        self.send(message)

    def _on_session_event(self, channel: str, message: dict[str, Any]) -> None:
        # Watching every session already brings this session's events: send them once.
        if self.server.memory.events_channel("*") not in self.watching:
            self.send(message)

    def _listener(self, channel: str):
        all_sessions = channel == self.server.memory.events_channel("*")
        return self._on_event if all_sessions else self._on_session_event

    async def serve(self) -> None:
        self.outbox.start()
        if self.agent:
            self._ready()
        try:
            async for raw in self.ws:
                self.request_id = None
                try:
                    await self.handle(raw)
                except ProtocolError as e:
                    self.answer(e.to_frame())
                    if e.code == Code.UNAUTHORIZED:
                        self.failures += 1
                        if self.failures >= 2 * self.server.settings.limits.violations_before_close:
                            await self.ws.close(1008, "not authorised")
                except StorageUnavailable:
                    self.answer(p.error_frame(Code.UNAVAILABLE, "storage is unavailable; retry"))
                except Exception:
                    log.exception("agent frame failed")
                    self.answer(p.error_frame(Code.INTERNAL, "internal error"))
        except ConnectionClosed:
            pass
        finally:
            for channel in self.watching:
                self.server.bus.remove(channel, self._listener(channel))
            await self.outbox.close()

    def _ready(self) -> None:
        token = self.server.signer.issue("a", self.agent, self.server.settings.agent_token_ttl_s)
        self.send(frame("agent.ready", agent=self.agent, token=token))

    async def handle(self, raw: str | bytes) -> None:
        if isinstance(raw, bytes):
            raise ProtocolError(Code.BAD_REQUEST, "binary frames are not used on /v1/agent")
        if len(raw) > self.server.settings.limits.frame_bytes * 12:
            raise ProtocolError(Code.TOO_LARGE, "frame over the size limit")
        msg = p.parse_agent(raw)
        self.request_id = getattr(msg, "id", None)
        if isinstance(msg, p.Ping):
            self.send(frame("pong"))
            return
        if isinstance(msg, p.AgentLogin | p.AgentAuth):
            self.agent = await self._authenticate(msg)
            self._ready()
            return
        if self.agent is None:
            raise ProtocolError(Code.UNAUTHORIZED, "authenticate first (agent.auth or agent.login)")
        handler = getattr(self, "on_" + msg.type.replace(".", "_"))
        await handler(msg)

    async def _authenticate(self, msg: p.AgentLogin | p.AgentAuth) -> str:
        if isinstance(msg, p.AgentAuth):
            try:
                return self.server.signer.verify(msg.token, "a")
            except TokenError as e:
                raise ProtocolError(Code.UNAUTHORIZED, f"invalid agent token: {e}") from e
        if not self.server.login_attempts(self.address).take():
            raise ProtocolError(Code.RATE_LIMITED, "too many login attempts; wait a minute")
        expected = self.server.settings.agent_accounts().get(msg.username)
        # Compare even for unknown names so timing does not tell which names exist.
        ok = hmac.compare_digest((expected or "\0").encode(), msg.password.encode())
        if expected is None or not ok:
            await asyncio.sleep(0.2)
            raise ProtocolError(Code.UNAUTHORIZED, "wrong username or password")
        return msg.username

    # -- frames -------------------------------------------------------------------------
    async def on_sessions_list(self, _msg: p.SessionsList) -> None:
        items = await self.server.memory.list_sessions()
        self.answer(frame("sessions", items=items))

    async def on_subscribe(self, msg: p.Subscribe) -> None:
        memory = self.server.memory
        mem = None
        if msg.session_id != "*":
            mem = await memory.load(msg.session_id, tail=1)
            if mem is None:
                raise ProtocolError(Code.BAD_REQUEST, "no such session")
        channel = memory.events_channel(msg.session_id)
        if channel not in self.watching:
            # Listen first, then read the history: no event falls between the two.
            self.watching.add(channel)
            await self.server.bus.add(channel, self._listener(channel))
        if mem is not None:
            history = await memory.history(msg.session_id)
            self.answer(frame("session.history", session_id=msg.session_id, state=mem.state,
                            channel=mem.channel, agent=mem.agent, history=history))

    async def on_unsubscribe(self, msg: p.Unsubscribe) -> None:
        channel = self.server.memory.events_channel(msg.session_id)
        if channel in self.watching:
            self.watching.discard(channel)
            self.server.bus.remove(channel, self._listener(channel))

    async def _tell_shopper(self, session_id: str, message: dict[str, Any]) -> None:
        memory = self.server.memory
        await memory.publish(memory.shopper_channel(session_id), message)
        await memory.publish(memory.events_channel(session_id),
                             {**message, "session_id": session_id})

    async def _claim(self, session_id: str) -> bool:
        """Hold the session; True when this agent just took it over."""
        mem = await self.server.memory.load(session_id, tail=1)
        if mem is None:
            raise ProtocolError(Code.BAD_REQUEST, "no such session")
        if mem.state == "agent" and mem.agent == self.agent:
            return False
        ok, holder = await self.server.memory.claim(session_id, self.agent)
        if not ok:
            raise ProtocolError(Code.BUSY, f"session is held by agent {holder}")
        await self._tell_shopper(session_id, frame("handoff", state="agent", agent=self.agent))
        return True

    async def on_takeover(self, msg: p.Takeover) -> None:
        packet = await self.server.pipeline.handoff_packet(msg.session_id)
        await self._claim(msg.session_id)
        self.answer(packet)

    async def on_say(self, msg: p.Say) -> None:
        text = privacy.mask(msg.text.strip())
        if len(text) > self.server.settings.limits.text_chars:
            raise ProtocolError(Code.TOO_LARGE, "text over the limit")
        cards = []
        for sku in msg.products or []:
            product = self.server.knowledge.product(sku)
            if product is None:
                raise ProtocolError(Code.BAD_REQUEST, f"unknown sku {sku[:64]!r}")
            cards.append(product_card(product, self.server.settings.http_url))
        if not text and not cards:
            raise ProtocolError(Code.BAD_REQUEST, "say needs text or products")
        await self._claim(msg.session_id)
        entry = {"role": "agent", "agent": self.agent, "text": text, "ts": time.time(),
                 "products": cards}
        await self.server.memory.append(msg.session_id, [entry], fields={}, count_turn=False)
        await self._tell_shopper(msg.session_id, frame("agent.message", text=text,
                                                       agent=self.agent, products=cards or None))

    async def on_release(self, msg: p.Release) -> None:
        mem = await self.server.memory.load(msg.session_id, tail=1)
        if mem is None:
            raise ProtocolError(Code.BAD_REQUEST, "no such session")
        if mem.state == "agent" and mem.agent not in (None, self.agent):
            raise ProtocolError(Code.BUSY, f"session is held by agent {mem.agent}")
        await self.server.memory.set_state(msg.session_id, "bot")
        await self._tell_shopper(msg.session_id, frame("handoff", state="bot"))

    async def on_suggest(self, msg: p.Suggest) -> None:
        text = await self.server.pipeline.suggest(msg.session_id)
        self.answer(frame("suggestion", session_id=msg.session_id, text=text))

    async def on_search(self, msg: p.Search) -> None:
        limits = self.server.settings.limits
        image = msg.image.decoded(limits.image_bytes) if msg.image else None
        if not (msg.query or "").strip() and not image:
            raise ProtocolError(Code.BAD_REQUEST, "search needs a query or an image")
        try:
            hits = await asyncio.to_thread(self.server.knowledge.search, text=msg.query or None,
                                           image=image, k=8)
        except Exception as e:
            code = getattr(e, "code", None)
            if code in (Code.UNSUPPORTED_MEDIA.value, Code.TOO_LARGE.value):
                raise ProtocolError(code, str(e)) from e
            raise
        items = [product_card(h, self.server.settings.http_url) for h in hits]
        self.answer(frame("products", items=items))
