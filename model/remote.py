"""A remote OpenAI-compatible engine (vLLM, `transformers serve`, TGI) as a `Generator`.

`RemoteLM.stream()` posts to `{base_url}/v1/chat/completions` with `stream: true` and yields
the `delta.content` of each server-sent event as it arrives. Closing the iterator closes the
HTTP response, which tells the server to stop generating.

Errors map onto the engine's: a server that cannot be reached (or drops the connection)
is `Unavailable`; 429 and 503, the statuses servers use for "too many requests", are `Busy`.

The copying constraint of the local engine (`model.copying`) needs the logits, so a remote
engine does not apply it; replies from a remote model copy figures only as well as the model
does.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx

from model.engine import Busy, Unavailable

_BUSY_STATUSES = {429, 503}


class RemoteLM:
    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        *,
        timeout_s: float = 60.0,
        temperature: float = 0.0,
        send_priority: bool = False,  # vLLM's priority scheduling reads a `priority` field
        max_connections: int = 100,
    ) -> None:
        self.url = base_url.rstrip("/").removesuffix("/v1") + "/v1/chat/completions"
        self.model = model
        self.temperature = temperature
        self.send_priority = send_priority
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(
            headers=headers,
            timeout=httpx.Timeout(timeout_s, connect=5.0),
            limits=httpx.Limits(max_connections=max_connections),
        )
        self._in_flight = 0
        self._pieces = 0

    async def close(self) -> None:
        await self._client.aclose()

    aclose = close

    def stats(self) -> dict[str, int | bool]:
        """Figures for metrics, shaped like the local engine's."""
        return {"running": self._in_flight, "queued": 0, "tokens_generated": self._pieces,
                "healthy": not self._client.is_closed}

    async def stream(
        self,
        messages: list[dict[str, str]],
        *,
        max_new_tokens: int,
        priority: int = 0,
        context: str = "",
        stop: tuple[str, ...] = (),
        avoid: tuple[str, ...] = (),
        opening: str = "",
    ) -> AsyncIterator[str]:
        """Yield the reply in pieces as the server streams them (see `app.services`).
        `avoid` and `opening` are not applied: a remote server cannot be made to start a
        reply over, and OpenAI-compatible servers differ in how a reply is begun for them."""
        body: dict = {
            "model": self.model,
            "messages": messages,
            "max_tokens": max_new_tokens,
            "temperature": self.temperature,
            "stream": True,
        }
        if stop:
            body["stop"] = list(stop)
        if self.send_priority:
            body["priority"] = -priority  # vLLM admits lower values first
        self._in_flight += 1
        try:
            async with self._client.stream("POST", self.url, json=body) as response:
                if response.status_code in _BUSY_STATUSES:
                    raise Busy(f"{self.url} answered {response.status_code}")
                if response.status_code != 200:
                    detail = (await response.aread()).decode(errors="replace")[:300]
                    raise Unavailable(f"{self.url} answered {response.status_code}: {detail}")
                async for piece in _content_deltas(response.aiter_lines()):
                    self._pieces += 1  # one event is one token on vLLM and transformers serve
                    yield piece
        except httpx.TransportError as e:
            raise Unavailable(f"cannot reach the language model at {self.url}: {e!r}") from e
        finally:
            self._in_flight -= 1


async def _content_deltas(lines: AsyncIterator[str]) -> AsyncIterator[str]:
    """The text of each chat-completion chunk in a server-sent event stream."""
    async for line in lines:
        if not line.startswith("data:"):
            continue  # blank separators, comments, `event:` lines
        data = line[len("data:") :].strip()
        if data == "[DONE]":
            return
        try:
            chunk = json.loads(data)
        except json.JSONDecodeError as e:
            raise Unavailable(f"malformed event from the language model: {data[:200]!r}") from e
        if "error" in chunk:
            raise Unavailable(f"the language model failed: {chunk['error']}")
        for choice in chunk.get("choices", ()):
            content = (choice.get("delta") or {}).get("content")
            if content:
                yield content
