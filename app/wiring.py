"""Build the turn's services from settings: knowledge, language model, speech recognizer.

Heavy work (loading models and indexes) happens once per process, before the server starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services import Generator, Knowledge, Recognizer
from app.settings import Settings
from speech.decoder import MAX_HOTWORDS

log = logging.getLogger(__name__)


@dataclass
class Services:
    knowledge: Knowledge
    generator: Generator
    recognizer: Recognizer | None
    hotwords: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, settings: Settings, *, speech: bool = True) -> Services:
        if settings.torch_threads is not None:
            set_threads(settings.torch_threads)
        knowledge = load_knowledge(Path(settings.store))
        generator = build_generator(settings)
        recognizer = None
        if speech:
            from speech.streaming import load_recognizer

            recognizer = load_recognizer(settings.asr_model, stream_options(settings))
        hotwords = [p["name"] for p in _catalog(knowledge)][:MAX_HOTWORDS]
        return cls(knowledge, generator, recognizer, hotwords)

    async def start(self) -> None:
        await _maybe_await(getattr(self.generator, "start", None))
        await self.warm_up()

    async def warm_up(self) -> None:
        """One text and one photo look-up and a short generation before the first shopper,
        so lazy loading and first-call costs are not paid inside a turn."""
        catalog = _catalog(self.knowledge)
        photo = None
        store_dir = getattr(self.knowledge, "store_dir", None)
        if catalog and store_dir is not None and catalog[0].get("images"):
            with contextlib.suppress(OSError):
                photo = (Path(store_dir) / catalog[0]["images"][0]).read_bytes()
        try:
            await asyncio.to_thread(self.knowledge.lookup, text="hello, do you have mugs?",
                                    image=photo, history=[], order_id=None, channel="web")
            stream = self.generator.stream([{"role": "user", "content": "hello"}],
                                           max_new_tokens=2)
            async with contextlib.aclosing(stream) as pieces:
                async for _ in pieces:
                    pass
        except Exception as e:  # a remote engine may not be up yet; serving will say so
            log.warning("warm-up incomplete: %s", e)

    async def close(self) -> None:
        await _maybe_await(getattr(self.generator, "close", None))


def set_threads(n: int) -> None:
    """Threads per operation for torch and OpenCV in this process."""
    import torch

    torch.set_num_threads(n)
    with contextlib.suppress(ImportError):
        import cv2

        cv2.setNumThreads(n)


def load_knowledge(store: Path) -> Knowledge:
    """Open a store; an unreadable index is moved aside and rebuilt, with a clear message."""
    from retrieval.index import IndexDir
    from retrieval.search import Knowledge as StoreKnowledge

    if not (store / "catalog.jsonl").is_file():
        raise SystemExit(f"no store at {store}: expected {store / 'catalog.jsonl'} (see STORE.md)")
    try:
        return StoreKnowledge.load(store)
    except (OSError, ValueError, RuntimeError, EOFError, KeyError) as e:
        index = IndexDir.of(store).root
        aside = index.with_name(f"{index.name}.unreadable-{int(time.time())}")
        log.error("the index of %s is unreadable (%s); moved it to %s and rebuilding",
                  store, e, aside)
        if index.exists():
            index.rename(aside)
    try:
        return StoreKnowledge.load(store)
    except Exception as e:
        raise SystemExit(f"cannot build the index of {store}: {e}") from e


def build_generator(settings: Settings) -> Generator:
    if settings.remote_url:
        from model.remote import RemoteLM

        return RemoteLM(settings.remote_url, settings.remote_model,
                        api_key=settings.remote_api_key)
    from model.engine import Engine, EngineOptions
    from model.loading import load

    loaded = load(settings.model, quantize=None if settings.quantize == "none" else settings.quantize,
                  dtype=settings.dtype)
    return Engine(loaded, EngineOptions(max_batch=settings.max_batch, max_queue=settings.max_queue))


def _catalog(knowledge: Any) -> list[dict[str, Any]]:
    products = getattr(knowledge, "products", None)
    if callable(products):
        products = products()
    return list(products or [])


async def _maybe_await(fn: Any) -> None:
    if fn is None:
        return
    result = fn()
    if inspect.isawaitable(result):
        await result


def stream_options(settings: Settings):
    """The recognizer's streaming options from the settings (endpointing silence)."""
    from speech.streaming import StreamOptions
    from speech.vad import EndpointOptions

    return StreamOptions(endpoint=EndpointOptions(
        trailing_silence_s=settings.endpoint_silence_ms / 1000,
        complete_silence_s=min(settings.endpoint_complete_silence_ms,
                               settings.endpoint_silence_ms) / 1000))
