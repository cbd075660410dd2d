"""The small contracts through which a turn uses the other packages.

`model/`, `speech/` and `retrieval/` never import `app`: they satisfy these protocols
structurally, and `app.wiring` builds the concrete implementations from settings.
Everything here is synchronous CPU work unless marked async; the pipeline runs sync work
in a thread so the event loop never blocks.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any, Protocol


class Knowledge(Protocol):
    """The shop's knowledge (implemented by `retrieval.search.Knowledge`)."""

    info: dict[str, Any]  # store.json with defaults: name, currency, locale, greeting

    def lookup(
        self,
        *,
        text: str | None,
        image: bytes | None,
        history: Sequence[str],
        order_id: str | None,
        channel: str,
    ) -> Any:
        """Facts for one turn: products, FAQ passages and an order check.

        Returns `retrieval.search.Facts` (products: list of dicts with sku, name, price,
        currency, stock, image_url, score, ...; faqs; order_check). `history` holds the
        session's earlier user messages (already masked), `order_id` an order the session
        already proved. Raises `retrieval.images.ImageError` for an undecodable image.
        """
        ...

    def search(self, *, text: str | None, image: bytes | None, k: int = 5) -> list[dict]:
        """Catalog search for agents (text and/or photo), best first."""
        ...

    def product(self, sku: str) -> dict | None: ...

    # what the rewording of questions for the bundled model uses (model/wording.py)
    vocabulary: Any  # retrieval.query.FilterVocabulary: the store's colours and attributes

    def names_in(self, text: str) -> list[tuple[str, str]]:
        """The catalog's products the text names: (name, the words as written)."""
        ...

    def named(self, name: str) -> list[dict]:
        """The products called `name` (its colour variants), as `product` gives them."""
        ...

    def sibling(self, name: str, text: str) -> tuple[str, str] | None:
        """The product of `name`'s line that the text's words pick ("and the 3 litre?"),
        with those words."""
        ...

    def held_in_kind(self, name: str, attribute: str) -> bool:
        """Whether a product of the named product's category has that attribute value."""
        ...

    def pick(self, name: str, text: str) -> tuple[str, str] | None:
        """Of the line of the product a text found first, the one its words tell apart from
        the others ("the 1mm grip picks"), with those words."""
        ...

    def in_family(self, name: str, text: str) -> tuple[str, str] | None:
        """`name`, sold in several colours, when the text says a word only it holds ("the red
        cheongsam"), with those words."""
        ...

    def embed_texts(self, texts: Sequence[str]) -> Any:
        """(N, D) unit sentence vectors, thread-safe."""
        ...

    def embed_query(self, text: str) -> Any:
        """One text's sentence vector (cached: retrieval embedded the turn's text already)."""
        ...


class Generator(Protocol):
    """The language model (implemented by `model.engine.Engine` and `model.remote.RemoteLM`)."""

    def stream(
        self,
        messages: list[dict[str, str]],
        *,
        max_new_tokens: int,
        priority: int = 0,
        context: str = "",
        avoid: tuple[str, ...] = (),
        opening: str = "",
    ) -> AsyncIterator[str]:
        """Yield the reply in pieces as they are produced.

        `messages` come from `model.prompt.build_messages`; `context` is the text of facts
        that numbers, prices and ids in the reply may be copied from; `avoid`, openings the
        reply must not take, and `opening`, the reply's first words, where the backend can
        steer it (yielded first, the model writes the rest). Closing the iterator
        (or cancelling the task that drives it) frees the slot at once. Raises
        `model.engine.Busy` when the queue is full and `model.engine.Unavailable` when the
        backend cannot serve.
        """
        ...


class VoiceStream(Protocol):
    """One open voice turn (implemented by `speech.streaming.VoiceStream`)."""

    def feed(self, data: bytes) -> Any:
        """Add raw audio in the announced format. Returns `speech.streaming.Update`
        (partial: str | None, endpoint: bool, pause_s: float). Raises
        `speech.audio.AudioError` for audio that cannot be decoded as announced."""
        ...

    def words_so_far(self) -> str:
        """The transcript of the audio so far, as finish() would give it now."""
        ...

    def finish(self) -> str:
        """End of the utterance: the final transcript."""
        ...

    @property
    def seconds(self) -> float: ...


class Recognizer(Protocol):
    """Speech recognition (implemented by `speech.streaming.Recognizer`)."""

    def open(self, *, format: str, sample_rate: int, endpointing: bool = True,
             hotwords: Sequence[str] = ()) -> VoiceStream: ...
