"""`shopdesk ui`: serve the customer chat at `/` and the agent console at `/console`.

Both pages are Gradio apps mounted on one FastAPI application; they reach the backend only
through the wire protocol at `--backend`, so the front-end scales apart from the backend.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass

import fastapi
import gradio as gr
import uvicorn

from app.ui.cards import CSS
from app.ui.console import build_console
from app.ui.customer import build_customer

PHONE_VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">'
# Gradio's message box leaves its text area and file input without accessible names; screen
# readers and voice control need them, so they are named here as they appear.
ACCESSIBLE_NAMES = """<script>
(() => {
  const names = {
    "#sd-message textarea": "Message",
    "#sd-message input[type=file]": "Attach a photo or a voice recording",
  };
  const apply = () => {
    for (const [selector, name] of Object.entries(names)) {
      document.querySelectorAll(selector).forEach((el) => {
        if (!el.getAttribute("aria-label")) el.setAttribute("aria-label", name);
      });
    }
  };
  new MutationObserver(apply).observe(document.documentElement,
                                      {subtree: true, childList: true});
})();
</script>"""


@dataclass(frozen=True)
class UiOptions:
    title: str = "Shop assistant"  # heading of the customer page
    console_title: str = "Support console"
    max_upload: str = "8mb"  # the backend's image limit; larger files are refused up front
    # Encrypts the tokens the pages keep in the browser. Front-end replicas behind one address
    # need the same value, or a reload served by another replica starts a new conversation;
    # None picks a random one per process.
    browser_secret: str | None = None


def build_app(backend_url: str, options: UiOptions | None = None) -> fastapi.FastAPI:
    """One ASGI app serving both pages; `backend_url` is the backend's ws:// base URL."""
    options = options or UiOptions()
    app = fastapi.FastAPI(title="shopdesk front-end", docs_url=None, redoc_url=None)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "backend": backend_url}

    common = {
        "footer_links": [],
        "run_history": False,  # conversations must not pile up in the browser's storage
        "max_file_size": options.max_upload,
        "css": CSS,
        "head": PHONE_VIEWPORT + ACCESSIBLE_NAMES,
    }
    console = build_console(backend_url, title=options.console_title,
                            browser_secret=options.browser_secret)
    customer = build_customer(backend_url, title=options.title,
                              browser_secret=options.browser_secret)
    # The more specific mount goes first: "/" would otherwise swallow "/console".
    gr.mount_gradio_app(app, console, path="/console", **common)
    gr.mount_gradio_app(app, customer, path="/", **common)
    return app


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--backend",
        default=os.environ.get("SHOPDESK_BACKEND_URL", "ws://127.0.0.1:8765"),
        help="the backend's WebSocket base URL (env SHOPDESK_BACKEND_URL)",
    )
    parser.add_argument("--host", default=os.environ.get("SHOPDESK_UI_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("SHOPDESK_UI_PORT", 7860)))
    parser.add_argument("--title", default=UiOptions.title, help="heading of the customer page")


def run(args: argparse.Namespace) -> int:
    secret = os.environ.get("SHOPDESK_UI_SECRET") or None
    app = build_app(args.backend, UiOptions(title=args.title, browser_secret=secret))
    print(f"shopdesk ui: http://{args.host}:{args.port}/ (console at /console), "
          f"backend {args.backend}", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
