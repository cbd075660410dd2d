"""The support agents' console: sign in, watch sessions live, take over, answer, search.

Every tab holds one `AgentDesk` (two `/v1/agent` sockets). A 1.5 s timer polls the session
list and redraws whatever the desk's frames changed: the list, the open conversation and
the latency chart.
"""

from __future__ import annotations

import asyncio
import html
import mimetypes
from pathlib import Path
from typing import Any

import gradio as gr

from app.ui.cards import latency_text, product_cards, waiting_text
from app.ui.chart import latency_figure
from app.ui.client import BackendUnavailable, ProtocolError
from app.ui.desk import AgentDesk

TICK_S = 1.5
TABLE_HEADERS = ["Session", "Channel", "Answered by", "Waiting", "Turns", "Last message"]
SESSION_LIST_HEAD = ('<p class="sd-session-head">Sessions (waiting first; open one with '
                     '"Open session" below)</p>')
ANSWERED_BY = {"bot": "bot", "waiting": "waiting for a person", "agent": "agent"}


class AgentDesks:
    """Desks by Gradio session, closed when the tab goes away."""

    def __init__(self, backend_url: str) -> None:
        self.backend_url = backend_url
        self._desks: dict[str, AgentDesk] = {}

    def get(self, request: gr.Request) -> AgentDesk:
        key = request.session_hash or "anonymous"
        desk = self._desks.get(key)
        if desk is None:
            desk = self._desks[key] = AgentDesk(self.backend_url)
        return desk

    async def drop(self, request: gr.Request) -> None:
        desk = self._desks.pop(request.session_hash or "anonymous", None)
        if desk is not None:
            await desk.close()


# ---- drawing -------------------------------------------------------------------------
def _answered_by(item: dict[str, Any]) -> str:
    state = str(item.get("state", ""))
    label = ANSWERED_BY.get(state, state)
    return f"{label} ({item['agent']})" if state == "agent" and item.get("agent") else label


def _table(sessions: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for item in sessions:
        last = str(item.get("last_text") or "")
        rows.append([
            str(item.get("session_id", "")),
            str(item.get("channel", "")),
            _answered_by(item),
            waiting_text(item.get("waiting_ms")) if item.get("state") == "waiting" else "",
            str(item.get("turns", "")),
            last if len(last) <= 80 else last[:79] + "…",
        ])
    return rows


def _session_list(sessions: list[dict[str, Any]]) -> str:
    """The sessions as stacked entries, shown instead of the table on a phone (see `CSS`)."""
    if not sessions:
        return f"{SESSION_LIST_HEAD}<p>No sessions yet.</p>"
    items = []
    for item in sessions:
        facts = [str(item.get("channel", "")), _answered_by(item)]
        if item.get("state") == "waiting" and item.get("waiting_ms"):
            facts.append(f"waiting {waiting_text(item.get('waiting_ms'))}")
        turns = item.get("turns")
        if turns not in (None, ""):
            facts.append(f"{turns} turn{'' if turns == 1 else 's'}")
        last = str(item.get("last_text") or "")
        last = last if len(last) <= 120 else last[:119] + "…"
        items.append(
            f'<li><span class="sd-sid">{html.escape(str(item.get("session_id", "")))}</span>'
            f'<span class="sd-facts">{html.escape(" · ".join(f for f in facts if f))}</span>'
            + (f'<span class="sd-last">{html.escape(last)}</span>' if last else "")
            + "</li>"
        )
    return (f'{SESSION_LIST_HEAD}<ul aria-label="Sessions, waiting first">'
            f'{"".join(items)}</ul>')


def _choices(sessions: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [
        (f"{s.get('session_id', '')} · {s.get('channel', '')} · "
         f"{ANSWERED_BY.get(str(s.get('state', '')), s.get('state', ''))}",
         str(s.get("session_id", "")))
        for s in sessions
    ]


def _session_title(desk: AgentDesk) -> str:
    if not desk.selected:
        return "Select a session from the list to follow it live."
    view = desk.views.get(desk.selected)
    state = ANSWERED_BY.get(view.state, view.state) if view else "loading"
    channel = f" · {view.channel}" if view and view.channel else ""
    holder = f" ({view.agent})" if view and view.agent else ""
    return f"**Session {html.escape(desk.selected)}**{channel} · answered by {state}{holder}"


def _packet_markdown(packet: dict[str, Any] | None) -> str:
    if not packet:
        return ""
    lines = ["### Handoff packet", html.escape(str(packet.get("summary") or "(no summary)"))]
    if packet.get("order_id"):
        lines.append(f"**Order:** {html.escape(str(packet['order_id']))}")
    if packet.get("waiting_ms"):
        lines.append(f"**Waited:** {waiting_text(packet['waiting_ms'])}")
    cards = product_cards(packet.get("products") or [], show_sku=True)
    if cards:
        lines.append(cards)
    return "\n\n".join(lines)


def _status(desk: AgentDesk) -> str:
    text = desk.notice or (f"Signed in as {html.escape(desk.agent)}." if desk.agent else "")
    return f'<div role="status" aria-live="polite">{html.escape(text)}</div>'


def _last_latency(desk: AgentDesk) -> str:
    if not desk.latencies:
        return "No turns measured yet."
    point = desk.latencies[-1]
    return f"Last turn ({html.escape(point.session_id)}): {latency_text(point.latency_ms)}"


# ---- actions -------------------------------------------------------------------------
class ConsoleHandlers:
    """What the console's controls do; each tab's state lives in its `AgentDesk`."""

    def __init__(self, desks: AgentDesks) -> None:
        self.desks = desks

    @staticmethod
    def signed_in_view(desk: AgentDesk):
        return (gr.Column(visible=False), gr.Column(visible=True), gr.Timer(active=True),
                '<div role="alert"></div>', desk.token, _status(desk))

    async def on_login(self, user: str, secret: str, request: gr.Request):
        desk = self.desks.get(request)
        try:
            await desk.login(user.strip(), secret)
        except ProtocolError as e:
            message = ("Wrong user name or password." if e.code == "unauthorized"
                       else f"Sign-in refused: {e.message}")
            return (gr.skip(), gr.skip(), gr.skip(),
                    f'<div role="alert" class="sd-error">{html.escape(message)}</div>',
                    gr.skip(), gr.skip(), "")
        except BackendUnavailable:
            return (gr.skip(), gr.skip(), gr.skip(),
                    '<div role="alert">The backend cannot be reached. Try again shortly.'
                    "</div>", gr.skip(), gr.skip(), gr.skip())
        return *self.signed_in_view(desk), ""

    async def on_load(self, token: str | None, request: gr.Request):
        desk = self.desks.get(request)
        if not token:
            return (gr.skip(),) * 6
        try:
            await desk.resume(token)
        except (ProtocolError, BackendUnavailable):
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), None, gr.skip()
        return self.signed_in_view(desk)

    async def on_logout(self, request: gr.Request):
        await self.desks.drop(request)
        return (gr.Column(visible=True), gr.Column(visible=False), gr.Timer(active=False),
                '<div role="alert">Signed out.</div>', None, "")

    async def on_tick(self, request: gr.Request):
        desk = self.desks.get(request)
        if not desk.signed_in:
            return (gr.skip(),) * 10 + (_status(desk),)
        try:
            sessions = await desk.refresh_sessions()
        except (BackendUnavailable, ProtocolError, TimeoutError):
            sessions = desk.sessions
        drawn = desk.drawn
        rows = _table(sessions)
        out_table = gr.skip() if rows == drawn.get("rows") else rows
        drawn["rows"] = rows
        listed = _session_list(sessions)
        out_list = gr.skip() if listed == drawn.get("list") else listed
        drawn["list"] = listed
        choices = _choices(sessions)
        out_picker = (gr.skip() if choices == drawn.get("choices")
                      else gr.Dropdown(choices=choices))
        drawn["choices"] = choices
        conv = desk.views.get(desk.selected)
        key = (desk.selected, conv.version if conv else -1)
        out_view = gr.skip()
        out_title = _session_title(desk)
        if key != drawn.get("view"):
            drawn["view"] = key
            out_view = conv.messages(show_latency=True) if conv else []
        if out_title == drawn.get("title"):
            out_title = gr.skip()
        else:
            drawn["title"] = out_title
        out_chart = out_last = gr.skip()
        if desk.latency_version != drawn.get("chart"):
            drawn["chart"] = desk.latency_version
            out_chart = await asyncio.to_thread(latency_figure, list(desk.latencies))
            out_last = _last_latency(desk)
        packet = _packet_markdown(desk.packets.get(desk.selected))
        out_packet = gr.skip() if packet == drawn.get("packet") else packet
        drawn["packet"] = packet
        # Take over while someone else (or the bot) answers; hand back what this agent holds.
        held = conv is not None and conv.state == "agent" and conv.agent == desk.agent
        buttons = (bool(desk.selected) and not held, held)
        out_take = out_release = gr.skip()
        if buttons != drawn.get("buttons"):
            drawn["buttons"] = buttons
            out_take, out_release = (gr.Button(interactive=b) for b in buttons)
        return (out_table, out_list, out_picker, out_view, out_title, out_chart, out_last,
                out_packet, out_take, out_release, _status(desk))

    async def open_session(self, desk: AgentDesk, session_id: str):
        desk.notice = ""
        try:
            await desk.select(session_id)
            await desk.wait_for_view(session_id)
        except BackendUnavailable:
            desk.notice = "The backend cannot be reached."
        conv = desk.views.get(session_id)
        desk.drawn["view"] = (session_id, conv.version if conv else -1)
        desk.drawn["title"] = _session_title(desk)
        packet = _packet_markdown(desk.packets.get(session_id))
        desk.drawn["packet"] = packet
        return (conv.messages(show_latency=True) if conv else [], desk.drawn["title"],
                packet, _status(desk))

    async def on_pick(self, session_id: str | None, request: gr.Request):
        desk = self.desks.get(request)
        if not session_id or session_id == desk.selected:
            return (gr.skip(),) * 4
        return await self.open_session(desk, session_id)

    async def on_row(self, evt: gr.SelectData, request: gr.Request):
        desk = self.desks.get(request)
        # The clicked row's own cells: the list may have been refreshed since it was drawn.
        row = getattr(evt, "row_value", None) or []
        session_id = str(row[0]) if row else ""
        if not session_id:
            return (gr.skip(),) * 5
        return *(await self.open_session(desk, session_id)), session_id

    async def act(self, request: gr.Request, action: str, *args: Any) -> tuple[AgentDesk, Any]:
        """Run one desk action; a refusal or silence becomes the desk's notice."""
        desk = self.desks.get(request)
        desk.notice = ""
        if not desk.selected and action != "search":
            desk.notice = "Select a session first."
            return desk, None
        try:
            return desk, await getattr(desk, action)(*args)
        except ProtocolError as e:
            desk.notice = f"{action} refused: {e.message or e.code}"
        except (BackendUnavailable, TimeoutError):
            desk.notice = "The backend did not answer. Try again."
        return desk, None

    async def on_takeover(self, request: gr.Request):
        desk, _ = await self.act(request, "takeover")
        packet = _packet_markdown(desk.packets.get(desk.selected))
        desk.drawn["packet"] = packet
        if not desk.notice and desk.selected in desk.packets:
            desk.notice = f"You now answer session {desk.selected}."
        return packet, _status(desk)

    async def on_release(self, request: gr.Request):
        desk, _ = await self.act(request, "release")
        if not desk.notice:
            desk.notice = f"Session {desk.selected} is back with the bot."
        desk.drawn["packet"] = ""
        return "", _status(desk)

    async def on_suggest(self, request: gr.Request):
        desk, text = await self.act(request, "suggest")
        return (text if text is not None else gr.skip()), _status(desk)

    async def on_send(self, text: str, skus: list[str] | None, request: gr.Request):
        text = (text or "").strip()
        if not text and not skus:
            desk = self.desks.get(request)
            desk.notice = "Write a reply or choose a product card first."
            return gr.skip(), gr.skip(), _status(desk)
        desk, _ = await self.act(request, "say", text, list(skus or []))
        if desk.notice:
            return gr.skip(), gr.skip(), _status(desk)
        return "", [], _status(desk)

    async def on_search(self, text: str, image_path: str | None, request: gr.Request):
        image = mime = None
        if image_path:
            image = await asyncio.to_thread(Path(image_path).read_bytes)
            mime = mimetypes.guess_type(image_path)[0]
        desk, found = await self.act(request, "search", (text or "").strip() or None, image,
                                     mime or "image/jpeg")
        items = found or []
        cards = product_cards(items, show_sku=True) or "<p>No products found.</p>"
        choices = [(f"{item.get('name', '')} ({item.get('sku', '')})",
                    str(item.get("sku", ""))) for item in items]
        return cards, gr.CheckboxGroup(choices=choices, value=[]), _status(desk)

    async def on_unload(self, request: gr.Request) -> None:
        await self.desks.drop(request)


# ---- page ----------------------------------------------------------------------------
def build_console(
    backend_url: str, *, title: str = "Support console", browser_secret: str | None = None
) -> gr.Blocks:
    """The agent console page as a `gr.Blocks`."""
    handlers = ConsoleHandlers(AgentDesks(backend_url))

    with gr.Blocks(title=title) as page:
        token_store = gr.BrowserState(None, storage_key="shopdesk-agent-token",
                                      secret=browser_secret)
        with gr.Column(visible=True, elem_id="sd-login") as login_col:
            gr.Markdown(f"# {title}\nSign in with your support account.")
            username = gr.Textbox(label="User name", elem_id="sd-username")
            password = gr.Textbox(label="Password", type="password", elem_id="sd-password")
            login_btn = gr.Button("Sign in", variant="primary", elem_id="sd-login-btn")
            login_msg = gr.HTML('<div role="alert"></div>', elem_id="sd-login-msg")

        with gr.Column(visible=False, elem_id="sd-console") as console_col:
            with gr.Row():
                gr.Markdown(f"# {title}")
                logout_btn = gr.Button("Sign out", variant="secondary", scale=0,
                                       elem_id="sd-logout")
            status = gr.HTML(elem_id="sd-status")
            table = gr.Dataframe(
                headers=TABLE_HEADERS,
                value=[],
                interactive=False,
                label="Sessions (waiting first; select a row to open it)",
                elem_id="sd-sessions",
                wrap=True,
                max_height=320,
            )
            # A phone shows the sessions stacked instead of the wide table (see `CSS`).
            session_list = gr.HTML(_session_list([]), elem_id="sd-session-list")
            picker = gr.Dropdown(label="Open session", choices=[], value=None,
                                 elem_id="sd-picker", allow_custom_value=True)
            title_md = gr.Markdown(_session_title(AgentDesk(backend_url)),
                                   elem_id="sd-session-title")
            with gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=300):
                    view = gr.Chatbot(label="Conversation", height=420, elem_id="sd-view",
                                      feedback_options=None, buttons=["copy"],
                                      group_consecutive_messages=False)
                with gr.Column(scale=2, min_width=300):
                    with gr.Row():
                        takeover_btn = gr.Button("Take over", variant="primary",
                                                 elem_id="sd-takeover")
                        release_btn = gr.Button("Hand back to the bot", elem_id="sd-release")
                    suggest_btn = gr.Button("Suggest a reply", elem_id="sd-suggest")
                    draft = gr.Textbox(label="Reply as agent", lines=3, elem_id="sd-draft",
                                       placeholder="Write a reply, or press Suggest a reply")
                    attach = gr.CheckboxGroup(label="Product cards to send with the reply",
                                              choices=[], elem_id="sd-attach")
                    send_btn = gr.Button("Send reply", variant="primary", elem_id="sd-send")
                    packet_md = gr.Markdown(elem_id="sd-packet")
            with gr.Accordion("Catalog search", open=True):
                with gr.Row():
                    query = gr.Textbox(label="Search the catalog by words", scale=2,
                                       elem_id="sd-query")
                    photo = gr.Image(label="Or search by photo", type="filepath",
                                     sources=["upload", "webcam", "clipboard"], height=160,
                                     scale=1, elem_id="sd-photo")
                search_btn = gr.Button("Search", elem_id="sd-search")
                results = gr.HTML(elem_id="sd-results")
            gr.Markdown("### Latency per stage over recent turns (dashed line: 800 ms budget)")
            last_turn = gr.Markdown(elem_id="sd-last-latency")
            chart = gr.Plot(label="Latency chart", elem_id="sd-chart")
        timer = gr.Timer(TICK_S, active=False)

        signed_outputs = [login_col, console_col, timer, login_msg, token_store, status]
        tick_outputs = [table, session_list, picker, view, title_md, chart, last_turn, packet_md,
                        takeover_btn, release_btn, status]
        login_btn.click(handlers.on_login, inputs=[username, password],
                        outputs=[*signed_outputs, password], concurrency_limit=None)
        password.submit(handlers.on_login, inputs=[username, password],
                        outputs=[*signed_outputs, password], concurrency_limit=None)
        page.load(handlers.on_load, inputs=[token_store], outputs=signed_outputs,
                  concurrency_limit=None)
        logout_btn.click(handlers.on_logout, outputs=signed_outputs, concurrency_limit=None)
        timer.tick(handlers.on_tick, outputs=tick_outputs, concurrency_limit=None,
                   show_progress="hidden")
        picker.select(handlers.on_pick, inputs=[picker], outputs=[view, title_md, packet_md, status],
                     concurrency_limit=None)
        table.select(handlers.on_row, outputs=[view, title_md, packet_md, status, picker],
                     concurrency_limit=None)
        takeover_btn.click(handlers.on_takeover, outputs=[packet_md, status], concurrency_limit=None)
        release_btn.click(handlers.on_release, outputs=[packet_md, status], concurrency_limit=None)
        suggest_btn.click(handlers.on_suggest, outputs=[draft, status], concurrency_limit=None)
        send_btn.click(handlers.on_send, inputs=[draft, attach], outputs=[draft, attach, status],
                       concurrency_limit=None)
        query.submit(handlers.on_search, inputs=[query, photo], outputs=[results, attach, status],
                     concurrency_limit=None)
        search_btn.click(handlers.on_search, inputs=[query, photo], outputs=[results, attach, status],
                         concurrency_limit=None)
        page.unload(handlers.on_unload)
    return page
