"""Asyncio clients for the wire protocol (docs/protocol.md).

The front-end pages, the end-to-end tests and load tools all speak to the backend through
these two classes, exactly as any outside client would: `ChatClient` for `/v1/chat` and
`AgentClient` for `/v1/agent`. Neither imports anything from the backend.

One reader task per socket takes every frame off the wire. Frames that answer a request
(`session.ready`, `sessions`, `handoff.packet`, ...) resolve that request's future; every
other frame is an event, handed to the `on_event` callback when one is given, or queued for
`recv()` otherwise.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import uuid
from collections import deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import websockets
from websockets.asyncio.client import ClientConnection

EventHandler = Callable[[dict[str, Any]], None]

# The backend closes a socket past the frame limit (1 MB); audio goes in 100 ms pieces.
AUDIO_CHUNK_SECONDS = 0.1


class BackendUnavailable(ConnectionError):
    """The backend cannot be reached, or the socket closed."""


class ProtocolError(RuntimeError):
    """The backend answered a request with an `error` frame."""

    def __init__(self, code: str, message: str, frame: dict[str, Any] | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.frame = frame or {}


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def image_payload(data: bytes, mime: str) -> dict[str, str]:
    return {"data": base64.b64encode(data).decode("ascii"), "mime": mime}


class _Socket:
    """One WebSocket with a reader task, request/answer matching and an event stream."""

    def __init__(
        self, url: str, *, on_event: EventHandler | None = None, answer_timeout: float = 10.0
    ) -> None:
        self.url = url
        self.answer_timeout = answer_timeout
        self._on_event = on_event
        self._ws: ClientConnection | None = None
        self._reader: asyncio.Task[None] | None = None
        self._events: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()
        # Answers carry no request id, so requests of one answer type are matched in order.
        self._waiters: dict[str, deque[asyncio.Future[dict[str, Any]]]] = {}
        self._pending: deque[asyncio.Future[dict[str, Any]]] = deque()
        self.closed = asyncio.Event()

    @property
    def connected(self) -> bool:
        return self._ws is not None and not self.closed.is_set()

    async def open(self, *, headers: dict[str, str] | None = None) -> None:
        try:
            self._ws = await websockets.connect(
                self.url,
                open_timeout=self.answer_timeout,
                max_size=2**22,
                additional_headers=headers,
            )
        except (OSError, TimeoutError, websockets.InvalidHandshake) as e:
            raise BackendUnavailable(f"cannot reach {self.url}: {e}") from e
        self._reader = asyncio.create_task(self._read(), name=f"reader {self.url}")

    async def close(self) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        self._finish()

    async def send(self, frame: dict[str, Any]) -> None:
        await self._send(json.dumps(frame))

    async def send_bytes(self, data: bytes) -> None:
        await self._send(data)

    async def _send(self, data: str | bytes) -> None:
        if not self.connected:
            raise BackendUnavailable("not connected")
        assert self._ws is not None
        try:
            await self._ws.send(data)
        except websockets.ConnectionClosed as e:
            self._finish()
            raise BackendUnavailable("connection closed") from e

    async def request(
        self, frame: dict[str, Any], answer: str, *, patience: float = 1.0
    ) -> dict[str, Any]:
        """Send `frame` and wait for the next frame of type `answer` (or an error).

        Waits `patience` times the socket's answer timeout, then raises `TimeoutError`.
        """
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(answer, deque()).append(future)
        self._pending.append(future)
        try:
            await self.send(frame)
            return await asyncio.wait_for(future, self.answer_timeout * patience)
        finally:
            self._forget(answer, future)

    async def recv(self) -> dict[str, Any]:
        """The next event frame (only without `on_event`)."""
        frame = await self._events.get()
        if frame is None:
            self._events.put_nowait(None)  # later calls see the close too
            raise BackendUnavailable("connection closed")
        return frame

    async def _read(self) -> None:
        assert self._ws is not None
        try:
            async for raw in self._ws:
                if isinstance(raw, bytes):
                    continue  # the protocol sends no binary frames to clients
                try:
                    frame = json.loads(raw)
                except json.JSONDecodeError:
                    continue
                if isinstance(frame, dict):
                    self._dispatch(frame)
        except websockets.ConnectionClosed:
            pass
        finally:
            self._finish()

    def _dispatch(self, frame: dict[str, Any]) -> None:
        kind = frame.get("type", "")
        waiting = self._waiters.get(kind)
        # A search answer is a `products` frame without a session; session events carry one.
        answers = waiting and not (kind == "products" and frame.get("session_id"))
        if answers:
            future = waiting.popleft()
            if not future.done():
                future.set_result(frame)
            return
        if kind == "error" and self._pending and not frame.get("turn_id"):
            future = self._pending[0]
            if not future.done():
                future.set_exception(
                    ProtocolError(frame.get("code", "internal"), frame.get("message", ""), frame)
                )
                return
        if self._on_event is not None:
            self._on_event(frame)
        else:
            self._events.put_nowait(frame)

    def _forget(self, answer: str, future: asyncio.Future[dict[str, Any]]) -> None:
        with contextlib.suppress(ValueError):
            self._waiters.get(answer, deque()).remove(future)
        with contextlib.suppress(ValueError):
            self._pending.remove(future)

    def _finish(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        for future in self._pending:
            if not future.done():
                future.set_exception(BackendUnavailable("connection closed"))
        if self._on_event is not None:
            self._on_event({"type": "connection.closed"})
        else:
            self._events.put_nowait(None)


@dataclass
class TurnResult:
    """Everything one turn sent back, collected by `ChatClient.turn`."""

    turn_id: str = ""
    partials: list[str] = field(default_factory=list)
    transcript: str | None = None
    products: list[dict[str, Any]] = field(default_factory=list)
    deltas: list[str] = field(default_factory=list)
    reply: str = ""
    latency_ms: dict[str, float] = field(default_factory=dict)
    cancelled: bool = False
    error: dict[str, Any] | None = None
    other: list[dict[str, Any]] = field(default_factory=list)


class _Endpoint:
    """One socket on one of the backend's endpoints."""

    path = ""

    def __init__(
        self,
        base_url: str,
        *,
        on_event: EventHandler | None = None,
        answer_timeout: float = 10.0,
    ) -> None:
        self._socket = _Socket(
            base_url.rstrip("/") + self.path, on_event=on_event, answer_timeout=answer_timeout
        )
        self.token = ""

    @property
    def connected(self) -> bool:
        return self._socket.connected

    @property
    def closed(self) -> asyncio.Event:
        return self._socket.closed

    async def close(self) -> None:
        await self._socket.close()


class ChatClient(_Endpoint):
    """A shopper's (or a voice gateway's) socket on `/v1/chat`."""

    path = "/v1/chat"
    session_id = ""

    async def start(
        self,
        *,
        token: str | None = None,
        channel: str = "web",
        locale: str | None = None,
    ) -> dict[str, Any]:
        """Connect and open (or resume) a session; returns the `session.ready` frame."""
        await self._socket.open()
        frame: dict[str, Any] = {"type": "session.start", "channel": channel}
        if token:
            frame["token"] = token
        if locale:
            frame["locale"] = locale
        try:
            ready = await self._socket.request(frame, "session.ready")
        except BaseException:
            await self._socket.close()
            raise
        self.session_id = ready.get("session_id", "")
        self.token = ready.get("token", "")
        return ready

    async def send_message(
        self,
        text: str | None = None,
        *,
        image: bytes | None = None,
        mime: str = "image/jpeg",
        id: str | None = None,
    ) -> str:
        """Send one text and/or image turn; returns the client id of the turn."""
        frame: dict[str, Any] = {"type": "message", "id": id or new_id()}
        if text:
            frame["text"] = text
        if image is not None:
            frame["image"] = image_payload(image, mime)
        await self._socket.send(frame)
        return frame["id"]

    async def start_audio(
        self,
        *,
        sample_rate: int = 16000,
        format: str = "pcm16",
        endpointing: bool = True,
        id: str | None = None,
    ) -> str:
        frame = {
            "type": "audio.start",
            "id": id or new_id(),
            "format": format,
            "sample_rate": sample_rate,
            "endpointing": endpointing,
        }
        await self._socket.send(frame)
        return frame["id"]

    async def send_audio(self, data: bytes) -> None:
        await self._socket.send_bytes(data)

    async def end_audio(self) -> None:
        await self._socket.send({"type": "audio.end"})

    async def send_voice(
        self,
        pcm16: bytes,
        *,
        sample_rate: int = 16000,
        pace: float = 0.0,
        endpointing: bool = False,
        id: str | None = None,
    ) -> str:
        """Stream a whole recorded utterance as one voice turn.

        `pace` > 0 sleeps that fraction of each chunk's duration between chunks (1.0 is real
        time), so partial transcripts arrive while the audio is still going out. A recording
        is one message however long its pauses, so server endpointing is off by default and
        `audio.end` closes the turn.
        """
        turn = await self.start_audio(sample_rate=sample_rate, endpointing=endpointing, id=id)
        step = int(sample_rate * AUDIO_CHUNK_SECONDS) * 2
        for offset in range(0, len(pcm16), step):
            await self.send_audio(pcm16[offset : offset + step])
            if pace > 0:
                await asyncio.sleep(AUDIO_CHUNK_SECONDS * pace)
        await self.end_audio()
        return turn

    async def cancel(self, turn_id: str) -> None:
        await self._socket.send({"type": "cancel", "turn_id": turn_id})

    async def ping(self) -> None:
        await self._socket.request({"type": "ping"}, "pong")

    async def recv(self) -> dict[str, Any]:
        """The next event frame; wrap in `asyncio.timeout` to bound the wait."""
        return await self._socket.recv()

    async def events(self) -> AsyncIterator[dict[str, Any]]:
        while True:
            try:
                yield await self.recv()
            except BackendUnavailable:
                return

    async def turn(self) -> TurnResult:
        """Collect the frames of the turn just sent, up to its `reply.done` or `error`.

        Wrap in `asyncio.timeout` to bound the wait.
        """
        result = TurnResult()
        while True:
            frame = await self.recv()
            kind = frame.get("type")
            if kind == "turn.start":
                result.turn_id = frame.get("turn_id", "")
            elif kind == "transcript.partial":
                result.partials.append(frame.get("text", ""))
            elif kind == "transcript.final":
                result.transcript = frame.get("text", "")
            elif kind == "products":
                result.products = list(frame.get("items", []))
            elif kind == "reply.delta":
                result.deltas.append(frame.get("text", ""))
            elif kind == "reply.done":
                result.reply = frame.get("text", "")
                result.latency_ms = dict(frame.get("latency_ms") or {})
                result.cancelled = bool(frame.get("cancelled"))
                return result
            elif kind == "error":
                result.error = frame
                return result
            else:
                result.other.append(frame)


class AgentClient(_Endpoint):
    """A support agent's socket on `/v1/agent`."""

    path = "/v1/agent"
    agent = ""

    async def login(self, username: str, password: str) -> str:
        """Connect with a name and password; returns the agent token for `auth` later.

        Raises `ProtocolError` (code `unauthorized`) for a wrong name or password.
        """
        frame = {"type": "agent.login", "username": username, "password": password}
        return await self._open(frame)

    async def auth(self, token: str) -> str:
        """Connect with a token from an earlier `login`."""
        return await self._open({"type": "agent.auth", "token": token})

    async def _open(self, frame: dict[str, Any]) -> str:
        await self._socket.open()
        try:
            ready = await self._socket.request(frame, "agent.ready")
        except BaseException:
            await self._socket.close()
            raise
        self.agent = ready.get("agent", "")
        self.token = ready.get("token", "")
        return self.token

    async def sessions(self) -> list[dict[str, Any]]:
        answer = await self._socket.request({"type": "sessions.list"}, "sessions")
        return list(answer.get("items", []))

    async def subscribe(self, session_id: str) -> None:
        """Ask for a session's events (`"*"` for all); `session.history` comes as an event."""
        await self._socket.send({"type": "subscribe", "session_id": session_id})

    async def takeover(self, session_id: str) -> dict[str, Any]:
        frame = {"type": "takeover", "session_id": session_id}
        return await self._socket.request(frame, "handoff.packet")

    async def say(self, session_id: str, text: str, products: list[str] | None = None) -> None:
        frame: dict[str, Any] = {"type": "say", "session_id": session_id, "text": text}
        if products:
            frame["products"] = list(products)
        await self._socket.send(frame)

    async def release(self, session_id: str) -> None:
        await self._socket.send({"type": "release", "session_id": session_id})

    async def suggest(self, session_id: str) -> str:
        frame = {"type": "suggest", "session_id": session_id}
        # A draft runs the language model, which may queue behind shoppers' turns.
        answer = await self._socket.request(frame, "suggestion", patience=3.0)
        return answer.get("text", "")

    async def search(
        self,
        query: str | None = None,
        *,
        image: bytes | None = None,
        mime: str = "image/jpeg",
    ) -> list[dict[str, Any]]:
        frame: dict[str, Any] = {"type": "search"}
        if query:
            frame["query"] = query
        if image is not None:
            frame["image"] = image_payload(image, mime)
        answer = await self._socket.request(frame, "products")
        return list(answer.get("items", []))

    async def recv(self) -> dict[str, Any]:
        return await self._socket.recv()

