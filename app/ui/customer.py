"""The shopper's chat page: text, photos, voice, product cards, streamed replies.

Each browser tab gets one `ShopperLink`: a `ChatClient` socket whose frames fold into a
`Conversation`. Handlers only send frames and redraw from that conversation, so a reply,
an agent's message or a handoff shows up the same way whichever handler is running. The
session token lives in the browser (`gr.BrowserState`), so a reload resumes the session.
"""

from __future__ import annotations

import asyncio
import html
import mimetypes
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr

from app.ui.client import BackendUnavailable, ChatClient, ProtocolError, new_id
from app.ui.conversation import GREETING_AGENT, STATE_LABELS, Conversation
from app.ui.voice import AudioFileError, load_pcm16

AUDIO_SUFFIXES = {".wav", ".flac", ".ogg", ".oga", ".mp3", ".webm", ".m4a", ".opus", ".aiff"}
RECONNECT_EVERY_S = 5.0
# A turn that shows no progress for this long is given up on, so the input never stays locked.
STALL_S = 90.0
# Audio goes out faster than real time, but slowly enough for partial transcripts to show.
VOICE_PACE = 0.25

UNREACHABLE = "The shop assistant cannot be reached right now. Please try again shortly."


@dataclass
class ShopperLink:
    """One browser tab's connection to the backend."""

    backend_url: str
    conversation: Conversation = field(default_factory=Conversation)
    client: ChatClient | None = None
    token: str = ""
    last_attempt: float = 0.0
    drawn_version: int = -1
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    # Stop was pressed before the backend named the turn: cancel it as soon as it does.
    stop_wanted: bool = False
    tasks: set[asyncio.Task] = field(default_factory=set)

    @property
    def connected(self) -> bool:
        return self.client is not None and self.client.connected

    def _on_event(self, frame: dict[str, Any]) -> None:
        self.conversation.apply(frame)
        if self.stop_wanted and self.conversation.active_turn:
            self.stop_wanted = False
            task = asyncio.ensure_future(self.cancel(self.conversation.active_turn))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        self.changed.set()

    async def cancel(self, turn_id: str) -> None:
        if self.connected and self.client is not None:
            try:
                await self.client.cancel(turn_id)
            except BackendUnavailable:
                pass

    async def connect(self, token: str | None) -> None:
        """Open (or resume) the session; raises `BackendUnavailable`."""
        async with self.lock:
            if self.connected:
                return
            self.last_attempt = time.monotonic()
            client = ChatClient(self.backend_url, on_event=self._on_event)
            try:
                ready = await client.start(token=token or None, channel="web")
            except ProtocolError:
                # An expired or foreign token: start a fresh session instead.
                client = ChatClient(self.backend_url, on_event=self._on_event)
                ready = await client.start(channel="web")
            except TimeoutError as e:
                raise BackendUnavailable("the backend did not answer") from e
            self.client = client
            resumed = bool(ready.get("resumed"))
            if resumed or not self.conversation.entries or token != client.token:
                self.conversation.load_history(list(ready.get("history") or []),
                                               restated=resumed)
                greeting = ready.get("greeting")
                if not resumed and greeting:
                    self.conversation.apply(
                        {"type": "agent.message", "agent": GREETING_AGENT, "text": greeting}
                    )
            self.token = client.token
            self.conversation.notice = ""
            self.changed.set()

    async def close(self) -> None:
        if self.client is not None:
            await self.client.close()
            self.client = None

    async def next_change(self) -> None:
        await self.changed.wait()
        self.changed.clear()


class ShopperLinks:
    """Links by Gradio session, closed when the tab goes away."""

    def __init__(self, backend_url: str) -> None:
        self.backend_url = backend_url
        self._links: dict[str, ShopperLink] = {}

    def get(self, request: gr.Request) -> ShopperLink:
        key = request.session_hash or "anonymous"
        link = self._links.get(key)
        if link is None:
            link = self._links[key] = ShopperLink(self.backend_url)
        return link

    async def drop(self, request: gr.Request) -> None:
        link = self._links.pop(request.session_hash or "anonymous", None)
        if link is not None:
            await link.close()


def _status_html(link: ShopperLink) -> str:
    conv = link.conversation
    if not link.connected and not conv.notice:
        text = UNREACHABLE if link.last_attempt else "Connecting..."
    else:
        text = conv.notice or STATE_LABELS.get(conv.state, "")
        if not conv.notice and conv.state == "agent" and conv.agent:
            text = f"{conv.agent} from the support team is answering."
    if conv.pending:
        text = "The shop assistant is replying..."
    # The reference lets a shopper quote this conversation to the support team.
    session_id = link.client.session_id if link.client is not None else ""
    reference = (f'<span class="sd-ref">Conversation reference: '
                 f'<span class="sd-session-id">{html.escape(session_id)}</span></span>'
                 if session_id else "")
    return f'<div role="status" aria-live="polite">{html.escape(text)}</div>{reference}'


def _draw(link: ShopperLink) -> tuple[list[dict[str, Any]], str]:
    link.drawn_version = link.conversation.version
    return link.conversation.messages(), _status_html(link)


def _split_files(paths: list[str]) -> tuple[list[str], list[str]]:
    images, audio = [], []
    for path in paths:
        mime = mimetypes.guess_type(path)[0] or ""
        if mime.startswith("audio/") or Path(path).suffix.lower() in AUDIO_SUFFIXES:
            audio.append(path)
        else:
            images.append(path)
    return images, audio


async def _send_message(link: ShopperLink, text: str, image_path: str | None) -> None:
    assert link.client is not None
    client_id = new_id()
    image = await asyncio.to_thread(Path(image_path).read_bytes) if image_path else None
    mime = (mimetypes.guess_type(image_path)[0] if image_path else None) or "image/jpeg"
    link.conversation.add_user(client_id=client_id, text=text, image_path=image_path)
    await link.client.send_message(text or None, image=image, mime=mime, id=client_id)


async def _start_voice(link: ShopperLink, path: str) -> asyncio.Task[str] | None:
    """Decode the recording and start streaming it; None when it is not readable audio."""
    assert link.client is not None
    try:
        pcm = await asyncio.to_thread(load_pcm16, path)
    except AudioFileError:
        link.conversation.notice = "That recording could not be read."
        link.conversation.version += 1
        return None
    client_id = new_id()
    link.conversation.add_user(client_id=client_id, voice=True)
    return asyncio.create_task(link.client.send_voice(pcm, pace=VOICE_PACE, id=client_id))


async def _follow_turn(
    link: ShopperLink, voice: asyncio.Task[str] | None
) -> AsyncIterator[tuple[list[dict[str, Any]], str]]:
    """Redraw on every change until the turn's reply is done (or the turn stalls)."""
    last_progress = time.monotonic()
    while link.conversation.pending or (voice is not None and not voice.done()):
        try:
            async with asyncio.timeout(0.5):
                await link.next_change()
            last_progress = time.monotonic()
            yield _draw(link)
        except TimeoutError:
            pass
        if time.monotonic() - last_progress > STALL_S:
            link.conversation.pending = False
            link.conversation.notice = "No answer came back. Please try again."
            break
    if voice is not None:
        try:
            await voice
        except BackendUnavailable:
            pass
    yield _draw(link)


class ShopperHandlers:
    """What the chat page's controls do; each tab's connection is its `ShopperLink`."""

    def __init__(self, links: ShopperLinks) -> None:
        self.links = links

    async def on_load(self, token: str | None, request: gr.Request):
        link = self.links.get(request)
        try:
            await link.connect(token)
        except BackendUnavailable:
            pass
        messages, status_html = _draw(link)
        return messages, status_html, link.token or token

    async def send_turns(
        self, link: ShopperLink, text: str, images: list[str], audio: list[str]
    ) -> AsyncIterator[tuple[Any, ...]]:
        """Send the turns one after another, redrawing as frames arrive."""
        turns: list[tuple[str, str | None]] = []
        if text or images:
            turns.append(("message", images[0] if images else None))
        turns.extend(("voice", path) for path in audio)
        for kind, path in turns:
            if kind == "message":
                await _send_message(link, text, path)
                voice = None
            else:
                assert path is not None
                voice = await _start_voice(link, path)
                if voice is None:
                    continue
            yield _draw(link)
            async for drawn in _follow_turn(link, voice):
                yield drawn

    async def on_send(self, value: dict | None, token: str | None, request: gr.Request):
        link = self.links.get(request)
        value = value or {}
        text = (value.get("text") or "").strip()
        images, audio = _split_files(list(value.get("files") or []))
        if not text and not images and not audio:
            yield *_draw(link), gr.skip(), gr.skip(), gr.skip()
            return
        try:
            await link.connect(token)
        except BackendUnavailable:
            link.conversation.notice = UNREACHABLE
            link.conversation.version += 1
            # Keep what the shopper wrote so that a retry sends it again.
            yield *_draw(link), gr.skip(), gr.skip(), link.token or token
            return
        locked = gr.MultimodalTextbox(value=None, interactive=False)
        link.stop_wanted = False
        yield *_draw(link), locked, gr.Button(interactive=True), link.token
        try:
            async for drawn in self.send_turns(link, text, images, audio):
                yield *drawn, locked, gr.skip(), gr.skip()
        except BackendUnavailable:
            link.conversation.notice = UNREACHABLE
            link.conversation.pending = False
        finally:
            link.stop_wanted = False
        yield (*_draw(link), gr.MultimodalTextbox(interactive=True),
               gr.Button(interactive=False), link.token)

    async def on_stop(self, request: gr.Request) -> None:
        link = self.links.get(request)
        turn_id = link.conversation.active_turn
        if turn_id:
            await link.cancel(turn_id)
        else:  # pressed as the message went out, before the backend named its turn
            link.stop_wanted = True

    async def on_camera(self, photo: str | None, token: str | None, request: gr.Request):
        if not photo:
            # Clicked before a photo was taken (or before it finished uploading): say so.
            link = self.links.get(request)
            link.conversation.notice = "Take the photo first (the camera button), then send it."
            link.conversation.version += 1
            yield *_draw(link), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        async for update in self.on_send({"text": "", "files": [photo]}, token, request):
            yield *update, None

    async def on_tick(self, token: str | None, request: gr.Request):
        link = self.links.get(request)
        if (
            not link.connected
            and not link.conversation.pending
            and time.monotonic() - link.last_attempt > RECONNECT_EVERY_S
        ):
            try:
                await link.connect(link.token or token)
            except BackendUnavailable:
                link.conversation.version += 1
        if link.conversation.version == link.drawn_version:
            return gr.skip(), gr.skip(), gr.skip()
        return *_draw(link), (link.token or gr.skip())

    async def on_restart(self, request: gr.Request):
        await self.links.drop(request)
        link = self.links.get(request)
        try:
            await link.connect(None)
        except BackendUnavailable:
            pass
        return *_draw(link), link.token or None

    async def on_unload(self, request: gr.Request) -> None:
        await self.links.drop(request)


def build_customer(
    backend_url: str, *, title: str = "Shop assistant", browser_secret: str | None = None
) -> gr.Blocks:
    """The customer chat page as a `gr.Blocks`."""
    handlers = ShopperHandlers(ShopperLinks(backend_url))

    with gr.Blocks(title=title, fill_width=False) as page:
        gr.Markdown(f"# {title}\nAsk about products, sizes, delivery or your order. "
                    "You can type, attach a photo of a product, or record a voice message.")
        chatbot = gr.Chatbot(
            label="Conversation",
            height=480,
            elem_id="sd-chat",
            feedback_options=None, group_consecutive_messages=False,
            buttons=["copy"],
            placeholder="Your conversation with the shop appears here.",
        )
        status = gr.HTML('<div role="status" aria-live="polite">Connecting...</div>',
                         elem_id="sd-status")
        box = gr.MultimodalTextbox(
            label="Message",
            placeholder="Type a message, attach a photo, or record your voice",
            file_types=["image", "audio"],
            file_count="multiple",
            sources=["upload", "microphone"],
            submit_btn="Send",
            elem_id="sd-message",
            autofocus=True,
        )
        with gr.Row():
            stop = gr.Button("Stop the reply", variant="stop", interactive=False,
                             elem_id="sd-stop")
            restart = gr.Button("Start a new conversation", variant="secondary",
                                elem_id="sd-new")
        with gr.Accordion("Take a photo with the camera", open=False):
            camera = gr.Image(label="Camera photo", sources=["webcam"], type="filepath",
                              elem_id="sd-camera")
            camera_send = gr.Button("Send this photo", elem_id="sd-camera-send")
        token_store = gr.BrowserState(None, storage_key="shopdesk-session-token",
                                      secret=browser_secret)
        timer = gr.Timer(1.0)

        page.load(handlers.on_load, inputs=[token_store], outputs=[chatbot, status, token_store],
                  concurrency_limit=None, show_progress="hidden")
        send_outputs = [chatbot, status, box, stop, token_store]
        box.submit(handlers.on_send, inputs=[box, token_store], outputs=send_outputs,
                   concurrency_limit=None, show_progress="hidden")
        camera_send.click(handlers.on_camera, inputs=[camera, token_store],
                          outputs=[*send_outputs, camera], concurrency_limit=None,
                          show_progress="hidden")
        stop.click(handlers.on_stop, concurrency_limit=None, show_progress="hidden")
        timer.tick(handlers.on_tick, inputs=[token_store], outputs=[chatbot, status, token_store],
                   concurrency_limit=None, show_progress="hidden")
        restart.click(handlers.on_restart, outputs=[chatbot, status, token_store],
                      concurrency_limit=None, show_progress="hidden")
        page.unload(handlers.on_unload)
    return page
