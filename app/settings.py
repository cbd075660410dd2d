"""Every knob of the service: `SHOPDESK_*` environment variables, overridable by CLI flags."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET = "dev-only-secret-change-me"
DEV_AGENTS = "agent:agent"
REPO_ROOT = Path(__file__).resolve().parent.parent
DEMO_STORE = REPO_ROOT / "data" / "demo_store"


class Limits(BaseSettings):
    """The contract's limits (PROTOCOL.md, "Limits")."""

    model_config = SettingsConfigDict(env_prefix="SHOPDESK_LIMIT_")

    text_chars: int = 4000
    image_bytes: int = 8 * 1024 * 1024
    image_pixels: int = 40_000_000
    voice_seconds: float = 60.0
    frame_bytes: int = 1024 * 1024  # a `message` carrying an image may be as large as the image allows
    turns_per_minute: int = 20  # per session
    turns_per_minute_per_address: int = 120  # per client IP, across its sessions
    connections_per_address: int = 200
    violations_before_close: int = 5  # repeated limit violations end the socket with 1008
    send_queue_frames: int = 2000  # frames buffered for a client that does not read


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOPDESK_", env_nested_delimiter="__")

    mode: Literal["dev", "production"] = "dev"
    host: str = "127.0.0.1"
    port: int = 8765
    public_url: str | None = None  # how clients reach this backend over HTTP (for image URLs)
    store: Path = DEMO_STORE
    redis_url: str = "redis://127.0.0.1:6379/0"
    redis_prefix: str = "sd"  # several shops can share one Redis under different prefixes
    secret: str = DEV_SECRET  # signs session and agent tokens; must be set in production
    agents: str = DEV_AGENTS  # "name:password,name2:password2"; must be set in production
    session_ttl_s: int = 7 * 24 * 3600
    token_ttl_s: int = 7 * 24 * 3600
    agent_token_ttl_s: int = 12 * 3600

    # language model
    model: str | None = None  # path or hub id; None = bundled model/weights/lm
    quantize: Literal["none", "int8"] = "none"
    # bfloat16: faster bursts, slower single streams on CPUs with AVX-512 BF16 / AMX (README)
    dtype: Literal["float32", "bfloat16"] = "float32"
    remote_url: str | None = None  # OpenAI-compatible endpoint, e.g. http://vllm:8000/v1
    remote_model: str = "default"
    remote_api_key: str | None = None
    max_batch: int = 16
    max_queue: int = 64
    max_new_tokens: int = 160  # a shop's policy answer can run to 400 characters
    # A policy answer asked alone in chat is given whole up to this many tokens (a longer one
    # as its sentences nearest the question within it); one beside other facts, and any to a
    # caller, as its nearest sentences within max_new_tokens. (The bundled model copies an
    # answer of 207 tokens whole; of 297, with its prompt of 387, it wrote words without sense.)
    max_answer_tokens: int = 240
    # The shopper's question in a wording the model was trained on, when retrieval's sentence
    # encoder is sure what is asked (model/wording.py). "auto": for the bundled model only.
    reword: Literal["auto", "on", "off"] = "auto"
    reword_narrows: bool = True  # a question about one product gets that product's facts only
    # With rewording on: the reply to a recognised price or field question about one product
    # opens as the model was taught to give it ("The X costs", "The X has weight"), and the
    # model writes the fact after it.
    reply_openings: bool = True
    # CPU threads per torch/OpenCV operation (None: the libraries' default, one per core) and
    # look-ups running at once (None: min(32, cores + 4)). On 2 cores, 1 and 2 measured the
    # same first-token latency as the defaults at 20 sessions, within the noise (README).
    torch_threads: int | None = Field(default=None, ge=1, le=256)
    retrieval_threads: int | None = Field(default=None, ge=1, le=64)
    recent_turns: int = 6  # turns kept verbatim in the prompt; older ones go to the summary

    # speech
    asr_model: str | None = None  # path or hub id; None = bundled speech/weights
    # Silence that ends a voice turn, counted from where the voice stops: after words that
    # sound finished, and after ones that need more ("for the", an id being read out). Shorter
    # answers sooner, longer lets callers pause mid-sentence (README: measured trade-off).
    endpoint_complete_silence_ms: int = Field(default=400, ge=100, le=5000)
    endpoint_silence_ms: int = Field(default=500, ge=100, le=5000)
    # After this much of a pause, the reply is drafted from the words so far (retrieval and
    # generation start, nothing is shown) and delivered at the endpoint if the final
    # transcript is the same; the cost is work thrown away when callers go on. Off (0) by
    # default: where the language model shares the CPU with speech recognition (a CPU-only
    # server) the draft slows recognition as much as it saves (README); worth it where the
    # model runs elsewhere (a GPU, --remote-url).
    eager_reply_ms: int = Field(default=0, ge=0, le=5000)

    limits: Limits = Field(default_factory=Limits)

    def check_production(self) -> None:
        """Refuse to run in production with secrets anyone can read in this repo."""
        if self.mode != "production":
            return
        if self.secret == DEV_SECRET or len(self.secret) < 32:
            raise SystemExit("production mode needs SHOPDESK_SECRET (32+ random characters)")
        if self.agents == DEV_AGENTS or not self.agents.strip():
            raise SystemExit("production mode needs SHOPDESK_AGENTS with real passwords")

    @property
    def http_url(self) -> str:
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")

    def agent_accounts(self) -> dict[str, str]:
        accounts = {}
        for item in self.agents.split(","):
            name, sep, password = item.strip().partition(":")
            if name and sep and password:
                accounts[name] = password
        return accounts


def add_server_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags shared by `serve` and `demo`; each overrides its SHOPDESK_* variable."""
    parser.add_argument("--store", type=Path, help="store folder (STORE.md format)")
    parser.add_argument("--host")
    parser.add_argument("--port", type=int)
    parser.add_argument("--redis-url")
    parser.add_argument("--model", help="language model path or hub id (default: bundled)")
    parser.add_argument("--quantize", choices=["none", "int8"])
    parser.add_argument("--dtype", choices=["float32", "bfloat16"],
                        help="weights and activations of a local model (default float32)")
    parser.add_argument("--remote-url", help="OpenAI-compatible endpoint instead of a local model")
    parser.add_argument("--remote-model")
    parser.add_argument("--asr-model", help="speech model path or hub id (default: bundled)")
    parser.add_argument("--mode", choices=["dev", "production"])
    parser.add_argument("--public-url")


def settings_from_args(args: argparse.Namespace) -> Settings:
    overrides = {
        key: value
        for key in ("store", "host", "port", "redis_url", "model", "quantize", "dtype", "remote_url",
                    "remote_model", "asr_model", "mode", "public_url")
        if (value := getattr(args, key, None)) is not None
    }
    return Settings(**overrides)
