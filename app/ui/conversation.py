"""One conversation as the pages show it, built from protocol frames.

`Conversation.apply(frame)` folds each server frame into a list of entries; `messages()`
renders them for a `gr.Chatbot`. Both pages use it: the customer chat feeds it its own
socket's frames, the agent console feeds it one session's `session.history` and events.
Pure data, no sockets, so it is easy to test frame by frame.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from app.ui.cards import latency_text, product_cards

STATE_LABELS = {  # who answers the shopper now
    "bot": "You are chatting with the shop assistant.",
    "waiting": "Waiting for a person from the support team...",
    "agent": "A person from the support team is answering.",
}
HANDOFF_NOTES = {  # shown in the conversation when that changes
    "bot": "You are back with the shop assistant.",
    "waiting": "A person from the support team will join shortly.",
    "agent": "A person from the support team has joined the conversation.",
}

ERROR_TEXT = {
    "busy": "Please wait for the current reply to finish.",
    "rate_limited": "You are sending messages too quickly. Please wait a moment.",
    "unavailable": "The shop assistant is busy right now. Please try again in a moment.",
    "too_large": "That was too large to send. Please send something smaller.",
    "unsupported_media": "That photo or recording could not be read. Please try another.",
    "unauthorized": "Your earlier conversation has expired; a new one has started.",
    "internal": "Something went wrong on our side. Please try again.",
}


GREETING_AGENT = "greeting"


def error_text(frame: dict[str, Any]) -> str:
    known = ERROR_TEXT.get(frame.get("code", ""))
    if known:
        return known
    message = str(frame.get("message") or "Something went wrong").strip().rstrip(".")
    return message[:1].upper() + message[1:] + "."


@dataclass
class Entry:
    role: str  # "user" | "bot" | "agent" | "note"
    text: str = ""
    image_path: str | None = None  # a photo the user sent, as a local file
    voice: bool = False  # the text is a transcript of speech
    partial: bool = False  # transcript or reply still streaming
    products: list[dict[str, Any]] = field(default_factory=list)
    latency_ms: dict[str, Any] = field(default_factory=dict)
    agent: str = ""
    turn_id: str = ""
    client_id: str = ""
    cancelled: bool = False
    has_image: bool = False  # the user sent a photo we do not have locally (history, agent view)


@dataclass
class Conversation:
    entries: list[Entry] = field(default_factory=list)
    state: str = "bot"
    agent: str = ""
    channel: str = ""
    active_turn: str = ""  # turn id of the reply now streaming
    pending: bool = False  # a turn was sent and has not finished
    notice: str = ""  # the latest error or status message for the shopper
    version: int = 0  # bumped on every change, so pages redraw only when needed
    # Right after a history load, the next handoff frame restates the session's state:
    # take it in without announcing it again.
    restating: bool = False

    # ---- building ---------------------------------------------------------------
    def add_user(
        self,
        *,
        client_id: str,
        text: str = "",
        image_path: str | None = None,
        voice: bool = False,
    ) -> None:
        self.entries.append(
            Entry(
                role="user",
                text=text,
                image_path=image_path,
                voice=voice,
                partial=voice,
                client_id=client_id,
            )
        )
        self.pending = True
        self.notice = ""
        self.version += 1

    def load_history(self, history: list[dict[str, Any]], *, restated: bool = False) -> None:
        """Replace the entries with a session's history.

        `restated`: the server follows with a `handoff` frame restating who answers (a
        resumed shopper session); it sets the state without a note in the conversation.
        """
        self.entries = []
        for item in history:
            role = {"user": "user", "assistant": "bot", "agent": "agent"}.get(
                str(item.get("role", "")), "note"
            )
            if role == "agent" and item.get("agent") == GREETING_AGENT:
                role = "bot"
            self.entries.append(
                Entry(
                    role=role,
                    text=str(item.get("text", "")),
                    products=list(item.get("products") or []),
                    latency_ms=dict(item.get("latency_ms") or {}),
                    agent=str(item.get("agent", "")),
                    has_image=bool(item.get("image")),
                    turn_id=str(item.get("turn_id", "")),
                    cancelled=bool(item.get("cancelled")),
                )
            )
        self.restating = restated
        self.version += 1

    def apply(self, frame: dict[str, Any]) -> None:
        """Fold one server frame into the conversation."""
        kind = frame.get("type", "")
        handler = getattr(self, "_on_" + kind.replace(".", "_"), None)
        restating, self.restating = self.restating and kind == "handoff", False
        if restating:
            self.state = str(frame.get("state", "bot"))
            self.agent = str(frame.get("agent") or "")
            self.version += 1
        elif handler is not None:
            handler(frame)
            self.version += 1

    def _turn_user(self, turn_id: str) -> Entry | None:
        for entry in reversed(self.entries):
            if entry.role == "user" and entry.turn_id == turn_id:
                return entry
        return None

    def _turn_reply(self, turn_id: str, *, create: bool = True) -> Entry | None:
        for entry in reversed(self.entries):
            if entry.role == "bot" and entry.turn_id == turn_id:
                return entry
        if not create:
            return None
        entry = Entry(role="bot", turn_id=turn_id, partial=True)
        self.entries.append(entry)
        return entry

    def _on_turn_start(self, frame: dict[str, Any]) -> None:
        turn_id = frame.get("turn_id", "")
        client_id = frame.get("id", "")
        self.active_turn = turn_id
        for entry in reversed(self.entries):
            if entry.role == "user" and entry.client_id and entry.client_id == client_id:
                entry.turn_id = turn_id
                return

    def _on_user_message(self, frame: dict[str, Any]) -> None:
        # Only the agent console receives these: what the shopper typed or sent.
        turn_id = frame.get("turn_id", "")
        if turn_id and self._turn_user(turn_id):
            return
        self.entries.append(
            Entry(
                role="user",
                text=str(frame.get("text", "")),
                turn_id=turn_id,
                has_image=bool(frame.get("image")),
            )
        )

    def _voice_entry(self, turn_id: str) -> Entry:
        entry = self._turn_user(turn_id)
        if entry is None:
            entry = Entry(role="user", voice=True, partial=True, turn_id=turn_id)
            self.entries.append(entry)
        return entry

    def _on_transcript_partial(self, frame: dict[str, Any]) -> None:
        entry = self._voice_entry(frame.get("turn_id", ""))
        entry.text = str(frame.get("text", ""))
        entry.voice = entry.partial = True

    def _on_transcript_final(self, frame: dict[str, Any]) -> None:
        entry = self._voice_entry(frame.get("turn_id", ""))
        entry.text = str(frame.get("text", ""))
        entry.voice, entry.partial = True, False

    def _on_products(self, frame: dict[str, Any]) -> None:
        reply = self._turn_reply(frame.get("turn_id", ""))
        assert reply is not None
        reply.products = list(frame.get("items") or [])

    def _on_reply_delta(self, frame: dict[str, Any]) -> None:
        reply = self._turn_reply(frame.get("turn_id", ""))
        assert reply is not None
        reply.text += str(frame.get("text", ""))

    def _on_reply_done(self, frame: dict[str, Any]) -> None:
        turn_id = frame.get("turn_id", "")
        reply = self._turn_reply(turn_id)
        assert reply is not None
        if "text" in frame:
            reply.text = str(frame.get("text", ""))
        reply.partial = False
        reply.cancelled = bool(frame.get("cancelled"))
        reply.latency_ms = dict(frame.get("latency_ms") or {})
        if not reply.text and not reply.products and not reply.cancelled:
            # No bot reply (an agent holds the session): nothing to show.
            self.entries.remove(reply)
        user = self._turn_user(turn_id)
        if user is not None:
            user.partial = False
        self._finish_turn(turn_id)

    def _finish_turn(self, turn_id: str) -> None:
        if not turn_id or turn_id == self.active_turn:
            self.active_turn = ""
        self.pending = False

    def _on_agent_message(self, frame: dict[str, Any]) -> None:
        agent = str(frame.get("agent", ""))
        self.entries.append(
            Entry(
                # The store's greeting arrives as a message from the pseudo-agent "greeting".
                role="bot" if agent == GREETING_AGENT else "agent",
                text=str(frame.get("text", "")),
                agent=str(frame.get("agent", "")),
                products=list(frame.get("products") or []),
            )
        )

    def _on_handoff(self, frame: dict[str, Any]) -> None:
        state = str(frame.get("state", "bot"))
        if state == self.state and str(frame.get("agent") or "") == self.agent:
            return
        self.state = state
        self.agent = str(frame.get("agent") or "")
        note = HANDOFF_NOTES.get(state, state)
        if state == "agent" and self.agent:
            note = f"{self.agent} from the support team has joined the conversation."
        self.entries.append(Entry(role="note", text=note))

    def _on_error(self, frame: dict[str, Any]) -> None:
        self.notice = error_text(frame)
        turn_id = frame.get("turn_id", "")
        if turn_id:
            reply = self._turn_reply(turn_id, create=False)
            if reply is not None:
                reply.partial = False
        self._finish_turn(turn_id)

    def _on_connection_closed(self, frame: dict[str, Any]) -> None:
        self.notice = "The connection to the shop was lost. Your next message will reconnect."
        for entry in self.entries:
            entry.partial = False
        self._finish_turn("")

    # ---- rendering --------------------------------------------------------------
    def messages(self, *, show_latency: bool = False) -> list[dict[str, Any]]:
        """Messages for `gr.Chatbot`."""
        out: list[dict[str, Any]] = []
        for entry in self.entries:
            if entry.role == "user":
                if entry.image_path:
                    out.append({"role": "user", "content": {"path": entry.image_path}})
                text = html.escape(entry.text)
                if entry.voice:
                    heard = text or ("(listening)" if entry.partial else "(no speech recognised)")
                    text = f"*Voice:* {heard}{' …' if entry.partial else ''}"
                if entry.has_image and not entry.image_path:
                    text = f"*Photo sent.* {text}".strip()
                if text:
                    out.append({"role": "user", "content": text})
            elif entry.role == "note":
                out.append({"role": "assistant", "content": f"*{html.escape(entry.text)}*"})
            else:
                out.append({"role": "assistant", "content": self._reply_html(entry, show_latency)})
        return out

    @staticmethod
    def _reply_html(entry: Entry, show_latency: bool) -> str:
        text = html.escape(entry.text)
        if entry.role == "agent":
            text = f"**{html.escape(entry.agent or 'Support team')}** (support team): {text}"
        elif entry.partial and not text:
            text = "…"
        if entry.cancelled:
            text += " *(stopped)*"
        parts = [text, product_cards(entry.products)]
        if show_latency and entry.latency_ms:
            parts.append(
                f'<div class="sd-latency">latency: {latency_text(entry.latency_ms)}</div>'
            )
        return "\n\n".join(part for part in parts if part)
