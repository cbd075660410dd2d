"""One shopper's socket on /v1/chat: session start/resume, text and voice turns, cancel.

Frames go out through a bounded queue drained by a writer task, so a client that never reads
costs a bounded amount of memory and is disconnected instead of stalling anyone else.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
import secrets
import time
from typing import TYPE_CHECKING, Any

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from app import protocol as p
from app.memory import StorageUnavailable
from app.outbox import Outbox
from app.pipeline import Draft, Turn
from app.protocol import Code, ProtocolError, frame
from app.ratelimit import TokenBucket
from app.tokens import TokenError

if TYPE_CHECKING:
    from app.server import Server

log = logging.getLogger(__name__)

ENDPOINT_GRACE_S = 3.0  # audio still arriving this long after endpointing is dropped quietly


class VoiceTurn:
    """An open voice turn: audio chunks queue up and one task feeds the recognizer in order."""

    def __init__(self, turn_id: str, client_id: str, stream: Any, bytes_per_second: int):
        self.turn_id = turn_id
        self.client_id = client_id
        self.stream = stream
        self.bytes_per_second = bytes_per_second
        self.audio: asyncio.Queue[bytes | None] = asyncio.Queue(maxsize=500)
        self.received = 0
        self.task: asyncio.Task | None = None

    @property
    def seconds(self) -> float:
        return self.received / self.bytes_per_second


class ChatConnection:
    def __init__(self, server: Server, ws: ServerConnection, address: str):
        self.server = server
        self.ws = ws
        self.address = address
        self.limits = server.settings.limits
        self.session_id: str | None = None
        self.channel = "web"
        self.turn: Turn | None = None
        self.turn_task: asyncio.Task | None = None
        self.voice: VoiceTurn | None = None
        self.endpointed_at = float("-inf")
        self.violations = 0
        self.outbox = Outbox(server, ws, address, self.limits.send_queue_frames)
        self.turn_times: list[float] = []
        self.frames = TokenBucket(rate=100.0, burst=400)  # floods of frames, audio included

    # -- sending ------------------------------------------------------------------------
    def send(self, message: dict[str, Any]) -> None:
        self.outbox.send(message)

    async def emit(self, message: dict[str, Any]) -> None:
        """A turn event: to this shopper, and to any agent watching the session."""
        turn = self.turn
        if (turn is not None and message.get("turn_id") == turn.turn_id
                and message["type"] in ("reply.done", "error")):
            # The turn is over for the shopper: the next message must not meet `busy`.
            self.turn, self.turn_task = None, None
        self.send(message)
        if self.session_id:
            await self.server.memory.publish(self.server.memory.events_channel(self.session_id),
                                             {**message, "session_id": self.session_id})

    def _from_agents(self, _channel: str, message: dict[str, Any]) -> None:
        self.send(message)

    def fail(self, error: ProtocolError) -> None:
        self.send(error.to_frame())
        if error.code in (Code.TOO_LARGE, Code.RATE_LIMITED):
            self.violations += 1
            if self.violations >= self.limits.violations_before_close:
                self.server.spawn(self.ws.close(1008, "limits exceeded repeatedly"))

    # -- the socket's life --------------------------------------------------------------
    async def serve(self) -> None:
        self.outbox.start()
        try:
            async for raw in self.ws:
                try:
                    await self.handle(raw)
                except ProtocolError as e:
                    self.fail(e)
                except StorageUnavailable:
                    self.fail(ProtocolError(Code.UNAVAILABLE, "storage is unavailable; retry"))
                except Exception:
                    log.exception("frame handling failed")
                    self.fail(ProtocolError(Code.INTERNAL, "internal error"))
        except ConnectionClosed:
            pass
        finally:
            await self._cleanup()

    async def _cleanup(self) -> None:
        if self.session_id:
            self.server.bus.remove(self.server.memory.shopper_channel(self.session_id),
                                   self._from_agents)
        if self.voice is not None:
            self._close_voice()
        if self.turn is not None:
            # The shopper left mid-reply: stop generating now; the turn is still written.
            self.turn.cancelled.set()
        await self.outbox.close()

    async def handle(self, raw: str | bytes) -> None:
        if not self.frames.take():
            raise ProtocolError(Code.RATE_LIMITED, "too many frames")
        if isinstance(raw, bytes):
            await self.on_audio(raw)
            return
        image_room = (self.limits.image_bytes * 4) // 3 + 4
        if len(raw) > self.limits.frame_bytes + image_room:
            raise ProtocolError(Code.TOO_LARGE, "frame over the size limit")
        msg = p.parse_chat(raw)
        if len(raw) > self.limits.frame_bytes and not (isinstance(msg, p.Message) and msg.image):
            raise ProtocolError(Code.TOO_LARGE, f"frame over {self.limits.frame_bytes} bytes")
        if isinstance(msg, p.Ping):
            self.send(frame("pong"))
        elif isinstance(msg, p.SessionStart):
            await self.on_session_start(msg)
        elif self.session_id is None:
            raise ProtocolError(Code.BAD_REQUEST, "send session.start first")
        elif isinstance(msg, p.Message):
            await self.on_message(msg)
        elif isinstance(msg, p.AudioStart):
            await self.on_audio_start(msg)
        elif isinstance(msg, p.AudioChunk):
            try:
                data = base64.b64decode(msg.data, validate=True)
            except (binascii.Error, ValueError) as e:
                raise ProtocolError(Code.BAD_REQUEST, "audio.chunk data is not base64") from e
            await self.on_audio(data)
        elif isinstance(msg, p.AudioEnd):
            if self.voice is not None:
                await self.voice.audio.put(None)
            elif not self._just_endpointed():
                raise ProtocolError(Code.BAD_REQUEST, "no voice turn is open")
        elif isinstance(msg, p.Cancel):
            self.on_cancel(msg.turn_id)

    # -- sessions -----------------------------------------------------------------------
    async def on_session_start(self, msg: p.SessionStart) -> None:
        if self.session_id is not None:
            raise ProtocolError(Code.BAD_REQUEST, "session already started on this socket")
        memory, settings = self.server.memory, self.server.settings
        resumed = False
        if msg.token is not None:
            try:
                sid = self.server.signer.verify(msg.token, "s")
            except TokenError as e:
                raise ProtocolError(Code.UNAUTHORIZED, f"invalid session token: {e}") from e
            mem = await memory.load(sid, tail=1)
            if mem is None:
                raise ProtocolError(Code.UNAUTHORIZED, "session expired; start a new one")
            await memory.touch(sid, channel=msg.channel)
            history = await memory.history(sid)
            resumed = True
            state, agent = mem.state, mem.agent
        else:
            mem = await memory.create(channel=msg.channel, locale=msg.locale)
            sid, history, state, agent = mem.session_id, [], "bot", None
        self.session_id, self.channel = sid, msg.channel
        await self.server.bus.add(memory.shopper_channel(sid), self._from_agents)
        token = self.server.signer.issue("s", sid, settings.token_ttl_s)
        greeting = None if resumed else self.server.knowledge.info.get("greeting")
        self.send(frame("session.ready", session_id=sid, token=token, resumed=resumed,
                        history=[_history_item(e) for e in history], greeting=greeting or None))
        if state != "bot":
            self.send(frame("handoff", state=state, agent=agent))

    # -- turns --------------------------------------------------------------------------
    def _admit_turn(self) -> None:
        if self.turn is not None or self.voice is not None:
            raise ProtocolError(Code.BUSY, "a turn is already running")
        now = time.monotonic()
        self.turn_times = [t for t in self.turn_times if now - t < 60]
        if len(self.turn_times) >= self.limits.turns_per_minute:
            raise ProtocolError(Code.RATE_LIMITED,
                                f"over {self.limits.turns_per_minute} turns a minute")
        if not self.server.address_turns(self.address).take():
            raise ProtocolError(Code.RATE_LIMITED, "too many turns from this address")
        self.turn_times.append(now)

    async def on_message(self, msg: p.Message) -> None:
        text = msg.text or ""
        if len(text) > self.limits.text_chars:
            raise ProtocolError(Code.TOO_LARGE, f"text over {self.limits.text_chars} characters")
        image = msg.image.decoded(self.limits.image_bytes) if msg.image else None
        if image is not None and len(image) > self.limits.image_bytes:
            raise ProtocolError(Code.TOO_LARGE, f"image over {self.limits.image_bytes} bytes")
        if image is not None and not image:
            raise ProtocolError(Code.UNSUPPORTED_MEDIA, "empty image")
        if not text.strip() and image is None:
            raise ProtocolError(Code.BAD_REQUEST, "message needs text or an image")
        self._admit_turn()
        turn = Turn(turn_id=_turn_id(), client_id=msg.id, text=text, image=image,
                    channel=self.channel)
        await self.emit(frame("turn.start", turn_id=turn.turn_id, id=msg.id))
        self._start(turn)

    def _start(self, turn: Turn) -> None:
        self.turn = turn
        self.turn_task = self.server.spawn(self._run(turn))

    async def _run(self, turn: Turn, draft: Draft | None = None) -> None:
        try:
            await self.server.pipeline.run(self.session_id, turn, self.emit, draft)
        except Exception:
            log.exception("turn %s failed", turn.turn_id)
            self.send(ProtocolError(Code.INTERNAL, "internal error",
                                    turn_id=turn.turn_id).to_frame())
        finally:
            if self.turn is turn:
                self.turn, self.turn_task = None, None

    def on_cancel(self, turn_id: str) -> None:
        if self.voice is not None and self.voice.turn_id == turn_id:
            self._close_voice()
            self.send(frame("reply.done", turn_id=turn_id, text="", latency_ms={"total": 0.0},
                            cancelled=True))
        elif self.turn is not None and self.turn.turn_id == turn_id:
            self.turn.cancelled.set()
        # A cancel that races the end of its turn is not an error.

    # -- voice --------------------------------------------------------------------------
    async def on_audio_start(self, msg: p.AudioStart) -> None:
        self._admit_turn()
        recognizer = self.server.recognizer
        if recognizer is None:
            raise ProtocolError(Code.UNAVAILABLE, "speech recognition is not configured")
        hotwords = self.server.hotwords
        stream = await asyncio.to_thread(recognizer.open, format=msg.format,
                                         sample_rate=msg.sample_rate,
                                         endpointing=msg.endpointing, hotwords=hotwords)
        width = 2 if msg.format == "pcm16" else 1
        voice = VoiceTurn(_turn_id(), msg.id, stream, msg.sample_rate * width)
        self.voice = voice
        await self.emit(frame("turn.start", turn_id=voice.turn_id, id=msg.id))
        voice.task = self.server.spawn(self._listen(voice))

    async def on_audio(self, data: bytes) -> None:
        voice = self.voice
        if voice is None:
            if self._just_endpointed():
                return  # the caller's audio still in flight after the server ended the turn
            raise ProtocolError(Code.BAD_REQUEST, "binary frame with no voice turn open")
        if len(data) > self.limits.frame_bytes:
            raise ProtocolError(Code.TOO_LARGE, "audio frame over the size limit",
                                turn_id=voice.turn_id)
        voice.received += len(data)
        if voice.seconds > self.limits.voice_seconds:
            self._close_voice()
            self.endpointed_at = time.monotonic()  # the rest of this audio is dropped quietly
            raise ProtocolError(Code.TOO_LARGE, f"voice turn over {self.limits.voice_seconds:g} s",
                                turn_id=voice.turn_id)
        try:
            voice.audio.put_nowait(data)
        except asyncio.QueueFull as e:
            raise ProtocolError(Code.RATE_LIMITED, "audio arrives faster than real time",
                                turn_id=voice.turn_id) from e

    def _just_endpointed(self) -> bool:
        return time.monotonic() - self.endpointed_at < ENDPOINT_GRACE_S

    def _close_voice(self) -> None:
        if self.voice is not None and self.voice.task is not None:
            self.voice.task.cancel()
        self.voice = None

    async def _listen(self, voice: VoiceTurn) -> None:
        """Feed audio to the recognizer until endpointing or audio.end; then run the turn.

        In a pause of `eager_reply_ms` the turn is drafted from the words so far (retrieval and
        the reply start at once, nothing is shown); the endpoint then delivers that draft when
        the final transcript says the same, so the caller hears the reply sooner.
        """
        draft: Draft | None = None
        used: Draft | None = None
        try:
            try:
                while (data := await voice.audio.get()) is not None:
                    update = await asyncio.to_thread(voice.stream.feed, data)
                    if update.partial:
                        await self.emit(frame("transcript.partial", turn_id=voice.turn_id,
                                              text=update.partial))
                    if update.endpoint:
                        break
                    draft = await self._eager_draft(voice, update.pause_s, draft)
                end = time.monotonic()  # end of speech: detected, or announced by audio.end
                text = (await asyncio.to_thread(voice.stream.finish)).strip()
            except asyncio.CancelledError:
                raise
            except Exception as e:
                if self.voice is voice:
                    self.voice = None
                code = getattr(e, "code", None)
                if code == Code.UNSUPPORTED_MEDIA.value:
                    self.send(ProtocolError(Code.UNSUPPORTED_MEDIA, str(e),
                                            turn_id=voice.turn_id).to_frame())
                else:
                    log.exception("voice turn failed")
                    self.send(ProtocolError(Code.INTERNAL, "speech recognition failed",
                                            turn_id=voice.turn_id).to_frame())
                return
            if self.voice is not voice:
                return
            self.voice = None
            self.endpointed_at = time.monotonic()
            asr_ms = round((time.monotonic() - end) * 1000, 1)
            await self.emit(frame("transcript.final", turn_id=voice.turn_id, text=text))
            if not text:
                self.send(ProtocolError(Code.BAD_REQUEST, "no speech was recognised",
                                        turn_id=voice.turn_id).to_frame())
                return
            if draft is not None and draft.raw_text.split() == text.split():
                turn, used = draft.turn, draft
                turn.t0, turn.asr_ms = end, asr_ms
                self.server.metrics.eager.labels("used").inc()
            else:
                turn, used = Turn(turn_id=voice.turn_id, client_id=voice.client_id, text=text,
                                  channel="voice", t0=end, asr_ms=asr_ms), None
            self.turn = turn
            try:
                await self._run(turn, used)
            finally:
                self.turn_task = None
        finally:
            if draft is not None and draft is not used:
                draft.cancel()
                self.server.metrics.eager.labels("dropped").inc()

    async def _eager_draft(self, voice: VoiceTurn, pause_s: float,
                           draft: Draft | None) -> Draft | None:
        """Draft the turn once the caller has paused long enough; drop it if they go on."""
        if draft is not None:
            if pause_s > 0:
                return draft
            draft.cancel()  # the caller speaks again
            self.server.metrics.eager.labels("dropped").inc()
            return None
        eager_s = self.server.settings.eager_reply_ms / 1000
        if not eager_s or pause_s < eager_s:
            return None
        words = (await asyncio.to_thread(voice.stream.words_so_far)).strip()
        if not words:
            return None
        turn = Turn(turn_id=voice.turn_id, client_id=voice.client_id, text=words,
                    channel="voice")
        return self.server.pipeline.prepare(self.session_id, turn)


def _turn_id() -> str:
    return "t_" + secrets.token_hex(6)


def _history_item(entry: dict[str, Any]) -> dict[str, Any]:
    item = {"role": entry.get("role"), "text": entry.get("text", ""), "ts": entry.get("ts")}
    for key in ("products", "agent", "cancelled", "image", "turn_id", "latency_ms"):
        if entry.get(key):
            item[key] = entry[key]
    return item
