"""HTML for product cards and small formatting shared by both pages."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from model.prompt import display_amount


def price_text(item: dict[str, Any]) -> str:
    price = item.get("price")
    currency = item.get("currency", "")
    if isinstance(price, int | float) and currency:
        return display_amount(price, currency)  # the reply's writing: "1,620 JPY"
    if isinstance(price, int | float):
        return f"{price:,.2f}"
    return f"{price or ''} {currency}".strip()


def stock_text(item: dict[str, Any]) -> str:
    stock = item.get("stock")
    if isinstance(stock, int | float):
        return f"In stock ({int(stock)})" if stock > 0 else "Out of stock"
    return str(stock) if stock else ""


def product_cards(items: Iterable[dict[str, Any]], *, show_sku: bool = True) -> str:
    """Cards with photo, name, price and stock; empty string when there are no items."""
    cards = []
    for item in items:
        name = html.escape(str(item.get("name", "")))
        url = html.escape(str(item.get("image_url", "")), quote=True)
        sku = html.escape(str(item.get("sku", "")))
        photo = (
            f'<img src="{url}" alt="Photo of {name}" width="88" height="88" loading="lazy">'
            if url
            else ""
        )
        sku_line = f'<span class="sd-sku">Item {sku}</span>' if show_sku else ""
        cards.append(
            f'<div class="sd-card" role="listitem" data-sku="{sku}">{photo}'
            f'<div class="sd-card-text"><strong class="sd-name">{name}</strong>'
            f'<span class="sd-price">{html.escape(price_text(item))}</span>'
            f'<span class="sd-stock">{html.escape(stock_text(item))}</span>{sku_line}</div></div>'
        )
    if not cards:
        return ""
    return f'<div class="sd-cards" role="list" aria-label="Products">{"".join(cards)}</div>'


def latency_text(latency: dict[str, Any] | None) -> str:
    """`asr 120 · retrieval 8 · memory 2 · first token 95 · total 410 ms`."""
    if not latency:
        return ""
    parts = []
    for key in ("asr", "retrieval", "memory", "first_token", "total"):
        value = latency.get(key)
        if isinstance(value, int | float):
            parts.append(f"{key.replace('_', ' ')} {value:.0f}")
    return " · ".join(parts) + " ms" if parts else ""


def waiting_text(ms: float | int | None) -> str:
    if not ms:
        return ""
    seconds = int(ms // 1000)
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60:02d} s"


# Shared by both pages: cards wrap on a phone, and focus stays visible for keyboard use.
CSS = """
.sd-cards { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.sd-card { display: flex; gap: 8px; align-items: center; border: 1px solid #c9ccd1;
  border-radius: 8px; padding: 6px; background: #fff; color: #111; max-width: 100%;
  min-width: 200px; flex: 1 1 220px; }
.sd-card img { width: 88px; height: 88px; object-fit: cover; border-radius: 6px; flex: none; }
.sd-card-text { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
.sd-name { overflow-wrap: anywhere; }
.sd-price { font-weight: 600; }
.sd-stock, .sd-sku { font-size: 0.9em; color: #3b3f45; }
.sd-latency { font-size: 0.85em; color: #3b3f45; }
#sd-status { min-height: 1.5em; }
#sd-chat [data-testid=user] img { max-height: 160px; width: auto; }
.sd-ref { display: block; font-size: 0.85em; color: #3b3f45; }
*:focus-visible { outline: 3px solid #1a5fb4 !important; outline-offset: 2px; }
@media (max-width: 600px) { .sd-card { min-width: 0; flex-basis: 100%; } }
/* The console's session table is too wide for a phone: there the sessions are stacked. */
#sd-session-list { display: none; }
#sd-session-list ul { list-style: none; margin: 0; padding: 0; max-height: 320px; overflow-y: auto; }
#sd-session-list li { display: flex; flex-direction: column; gap: 2px; padding: 8px 0;
  border-top: 1px solid #c9ccd1; min-width: 0; }
#sd-session-list .sd-sid { font-family: monospace; font-weight: 600; overflow-wrap: anywhere; }
#sd-session-list .sd-facts { font-size: 0.9em; color: #3b3f45; }
#sd-session-list .sd-last { overflow-wrap: anywhere; }
#sd-session-list .sd-session-head { font-size: 0.9em; color: #3b3f45; margin: 0 0 4px; }
@media (max-width: 720px) {
  #sd-sessions { display: none !important; }
  #sd-session-list { display: block; }
}
"""
