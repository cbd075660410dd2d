"""Wire protocol v1 (docs/protocol.md): a typed model per client frame, the error codes.

Client frames are parsed strictly: an unknown type, a missing field or a wrong type is a
`ProtocolError("bad_request")`. Server frames are plain dicts built by `frame()`, so what goes
on the wire is exactly what the table in docs/protocol.md lists.
"""

from __future__ import annotations

import base64
import binascii
import json
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError


class Code(StrEnum):
    BAD_REQUEST = "bad_request"
    UNAUTHORIZED = "unauthorized"
    TOO_LARGE = "too_large"
    RATE_LIMITED = "rate_limited"
    UNSUPPORTED_MEDIA = "unsupported_media"
    BUSY = "busy"
    UNAVAILABLE = "unavailable"
    INTERNAL = "internal"


class ProtocolError(Exception):
    """A problem to report to the client as an `error` frame; the socket stays open."""

    def __init__(self, code: Code | str, message: str, *, turn_id: str | None = None):
        super().__init__(message)
        self.code = Code(code)
        self.message = message
        self.turn_id = turn_id

    def to_frame(self) -> dict[str, Any]:
        return error_frame(self.code, self.message, turn_id=self.turn_id)


Id = Annotated[str, StringConstraints(min_length=1, max_length=128)]


class Frame(BaseModel):
    # Extra fields are allowed: clients may send optional fields newer than this server.
    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)


class Image(Frame):
    data: str
    mime: str = ""

    def decoded(self, max_bytes: int) -> bytes:
        if len(self.data) > (max_bytes * 4) // 3 + 4:
            raise ProtocolError(Code.TOO_LARGE, f"image over {max_bytes} bytes")
        try:
            return base64.b64decode(self.data, validate=True)
        except (binascii.Error, ValueError) as e:
            raise ProtocolError(Code.BAD_REQUEST, "image.data is not valid base64") from e


# -- /v1/chat, client -> server ---------------------------------------------------------


class SessionStart(Frame):
    type: Literal["session.start"]
    token: str | None = None
    locale: str | None = None
    channel: Literal["web", "voice", "console"] = "web"


class Message(Frame):
    type: Literal["message"]
    id: Id
    text: str | None = None
    image: Image | None = None


class AudioStart(Frame):
    type: Literal["audio.start"]
    id: Id
    format: Literal["pcm16", "mulaw"]
    sample_rate: Literal[8000, 16000]
    endpointing: bool = True


class AudioChunk(Frame):
    type: Literal["audio.chunk"]
    data: str


class AudioEnd(Frame):
    type: Literal["audio.end"]


class Cancel(Frame):
    type: Literal["cancel"]
    turn_id: Id


class Ping(Frame):
    type: Literal["ping"]


ChatFrame = Annotated[
    SessionStart | Message | AudioStart | AudioChunk | AudioEnd | Cancel | Ping,
    Field(discriminator="type"),
]

# -- /v1/agent, client -> server --------------------------------------------------------


class AgentAuth(Frame):
    type: Literal["agent.auth"]
    token: str


class AgentLogin(Frame):
    type: Literal["agent.login"]
    username: str
    password: str


class AgentRequest(Frame):
    """An agent's request: an optional `id` comes back on the answer and on its `error`."""

    id: Id | None = None


class SessionsList(AgentRequest):
    type: Literal["sessions.list"]


class Subscribe(AgentRequest):
    type: Literal["subscribe"]
    session_id: Id


class Unsubscribe(AgentRequest):
    type: Literal["unsubscribe"]
    session_id: Id


class Takeover(AgentRequest):
    type: Literal["takeover"]
    session_id: Id


class Say(AgentRequest):
    type: Literal["say"]
    session_id: Id
    text: str = ""
    products: list[str] | None = None


class Release(AgentRequest):
    type: Literal["release"]
    session_id: Id


class Suggest(AgentRequest):
    type: Literal["suggest"]
    session_id: Id


class Search(AgentRequest):
    type: Literal["search"]
    query: str | None = None
    image: Image | None = None


AgentFrame = Annotated[
    AgentAuth | AgentLogin | SessionsList | Subscribe | Unsubscribe | Takeover | Say | Release
    | Suggest | Search | Ping,
    Field(discriminator="type"),
]

_chat_adapter = TypeAdapter(ChatFrame)
_agent_adapter = TypeAdapter(AgentFrame)


def _parse(raw: str, adapter: TypeAdapter) -> Any:
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as e:
        raise ProtocolError(Code.BAD_REQUEST, "frame is not valid JSON") from e
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise ProtocolError(Code.BAD_REQUEST, 'frame must be a JSON object with a "type"')
    try:
        return adapter.validate_python(data)
    except ValidationError as e:
        first = e.errors()[0]
        if first["type"] == "union_tag_invalid":
            raise ProtocolError(Code.BAD_REQUEST, f"unknown frame type {data['type'][:64]!r}") from e
        where = ".".join(str(p) for p in first["loc"][1:]) or data["type"][:64]
        raise ProtocolError(Code.BAD_REQUEST, f"{data['type'][:64]}: {where}: {first['msg']}") from e


def parse_chat(raw: str) -> Any:
    return _parse(raw, _chat_adapter)


def parse_agent(raw: str) -> Any:
    return _parse(raw, _agent_adapter)


# -- server -> client -------------------------------------------------------------------


def frame(type_: str, **fields: Any) -> dict[str, Any]:
    """A server frame; fields that are None are optional ones left out."""
    return {"type": type_, **{k: v for k, v in fields.items() if v is not None}}


def error_frame(code: Code | str, message: str, *, turn_id: str | None = None,
                id: str | None = None) -> dict[str, Any]:
    return frame("error", code=str(Code(code)), message=message, turn_id=turn_id, id=id)


def product_card(product: dict[str, Any], image_base: str) -> dict[str, Any]:
    """The `products` item of the contract: {sku, name, price, currency, stock, image_url, score}."""
    image = product.get("image_url") or (product.get("images") or [""])[0]
    if image and not image.startswith(("http://", "https://", "data:")):
        image = f"{image_base}/images/{image.removeprefix('images/')}"
    return {
        "sku": product["sku"],
        "name": product.get("listed_name") or product["name"],  # as the shop lists it
        "price": product["price"],
        "currency": product.get("currency") or "",
        "stock": product.get("stock"),
        "image_url": image,
        "score": round(float(product.get("score", 1.0)), 4),
    }


def dumps(message: dict[str, Any]) -> str:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"))
