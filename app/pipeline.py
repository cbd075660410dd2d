"""One turn, stage by stage, timed: memory -> retrieval -> prompt -> generation -> write.

The pipeline knows nothing about sockets: it reports each event through `emit`, which the
shopper's socket handler sends to the shopper and publishes for agents.
Latency fields follow docs/protocol.md: `asr`, `memory` and `retrieval` are the durations of
those stages; `first_token` and `total` run from the moment the input was complete.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import numpy as np

from app import privacy
from app.memory import Memory, SessionMemory, StorageUnavailable, fold_summary
from app.metrics import Metrics
from app.protocol import Code, ProtocolError, frame, product_card
from app.services import Generator, Knowledge
from app.settings import Settings
from model.engine import Busy, Unavailable
from model.prompt import AmountRestorer, bare_name, plain_text
from retrieval.orders import EMAIL
from retrieval.query import (
    Filters,
    as_item,
    in_colour,
    matches,
    parse_filters,
    said_variant,
    variant_value,
    without_mentions,
)
from retrieval.sizes import SIZE_SAID
from retrieval.text import spelled_out, tokens

log = logging.getLogger(__name__)

Emit = Callable[[dict[str, Any]], Awaitable[None]]

# What a text-only model is told when a photo comes without words.
PHOTO_ONLY_MESSAGE = "Do you have this product? (photo attached)"

# A follow-up that points back at what was just shown ("how much is it?", "and in red?").
REFERS_BACK = re.compile(r"\b(?:it|its|this|that|these|those|them|they|one|ones)\b|^\s*(?:and|what about|how about)\b",
                         re.IGNORECASE)

HUMAN_REQUEST = re.compile(
    r"\b(?:talk|speak|chat|connect|transfer|put)\b.{0,30}\b(?:human|person|agent|someone|"
    r"representative|people|staff|operator|manager)\b|\b(?:real|live|actual)\s+(?:person|human|"
    r"agent|people)\b|\bhuman\s+(?:agent|please|being)\b|^\s*(?:agent|human|operator|"
    r"representative)\s*[.!?]*\s*$",
    re.IGNORECASE,
)


# A reply that says the shopper is being put through to a person ("Of course. I am connecting
# you with a person from our team."): a language model may recognise a request the pattern
# above missed ("can a person help me?"), and what it promises must happen.
PROMISES_PERSON = re.compile(
    r"\b(?:connect|connecting|transfer|transferring|put|putting)\s+you\s+(?:through\s+)?"
    r"(?:with|to)\s+(?:a|an|one\s+of\s+our|our|a\s+member\s+of\s+our)?\s*(?:person|human|"
    r"agent|colleague|team|staff|representative|support)",
    re.IGNORECASE,
)


def wants_person(text: str) -> bool:
    return bool(HUMAN_REQUEST.search(text or ""))


@dataclass
class Turn:
    """One turn's input and bookkeeping."""

    turn_id: str
    client_id: str
    text: str | None
    image: bytes | None = None
    channel: str = "web"
    t0: float = field(default_factory=time.monotonic)  # input complete
    asr_ms: float | None = None
    cancelled: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def priority(self) -> int:
        return 1 if self.channel == "voice" else 0  # a caller waits in silence

    def since_input_ms(self) -> float:
        return round((time.monotonic() - self.t0) * 1000, 1)


class Draft:
    """A turn's read-only work, run ahead of showing it: memory, retrieval, the prompt and
    the reply's tokens, kept in order until `Pipeline.deliver` sends and writes them.

    Every turn goes through one. A voice turn's draft may start in the caller's pause, from
    the words so far, so that the reply is ready when the endpoint comes; if the caller goes
    on, or the final transcript says something else, the draft is cancelled unseen.
    """

    def __init__(self, session_id: str, turn: Turn) -> None:
        self.session_id = session_id
        self.turn = turn
        self.raw_text = (turn.text or "").strip()
        self.masked = privacy.mask(self.raw_text)
        self.latency: dict[str, float] = {}
        self.events: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        self.task: asyncio.Task | None = None

    async def next(self, *kinds: str) -> Any:
        """The next result (an error the work met is raised here, in its place)."""
        kind, value = await self.events.get()
        if kind == "error":
            raise value
        if kind not in kinds:
            raise RuntimeError(f"turn draft: expected {kinds}, got {kind}")
        return value if len(kinds) == 1 else (kind, value)

    def cancel(self) -> None:
        if self.task is not None and not self.task.done():
            self.task.cancel()


# A follow-up that asks the last question again of another product: "and the large ones?",
# "what about the 5m long line?"
# Words of a follow-up that only say which product it means ("and what about the large one?")
_WHICH = frozenset("and the a an in one ones what about how actually ok okay so then or of that "
                   "this those these please pls size version bottle tube jar pack box".split())
_ELLIPTICAL = re.compile(
    r"\s*(?:(?:ok|okay|right|great|thanks|cool)\b[,.!]?\s*)?(?:and|what about|how about)\b", re.I)


_ANSWERS_ONE = ("price", "stock", "attr")  # questions a reply answers with one fact
_PRICE_WORDS = re.compile(r"\b(?:how much|price|prices|cost|costs)\b", re.IGNORECASE)
# words that ask whether there are any to buy
_HAVE_ANY = re.compile(r"\b(?:stock|available|got any|have any|any left|do you (?:have|carry|sell) "
                       r"(?:it|that|those|them|one|any))\b", re.I)
# words that ask who carries an order, and those that ask its state or time
_ASKS_CARRIER = re.compile(r"\b(?:carrier|courier|which company|who(?:'s| is)? (?:delivering|"
                           r"bringing|shipping|carrying))\b", re.I)
_ASKS_STATE = re.compile(r"\b(?:ship|shipped|sent|status|where|when|happen\w*|arriv\w*|deliver\w*|"
                         r"dispatch\w*|yet|track\w*|confirm\w*|(?:went|gone|go|goes) through)\b",
                         re.I)  # ("can you check X for me, not sure it went through")
# Two questions in one message: "how much is it and what does it smell like", "is the X in
# stock? how much is it?": split before a question word after "and", or after a "?".
_QUESTION_WORD = r"(?:how|what(?:'s|’s|s)?|who|is|are|does|do|can|will|which|has|have|got|any)\b"
_SECOND_QUESTION = re.compile(
    rf"\?\s+(?={_QUESTION_WORD})"
    rf"|,?\s+and\s+(?=(?:(?:from|in|for|with|of|to|by)\s+)?{_QUESTION_WORD})", re.I)


REPLY_OWN_TOKENS = 16  # a reply's words around an FAQ answer it copies
_SHARED_WORD = 0.1  # a sentence's nearness for each word of the message it alone holds
# Where a sentence ends: after ".", "!" or "?" and a space, before a capital or a digit.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"(])")


# Where a message's clauses part, and the words a question opens with
_CLAUSE_END = re.compile(r"[,;:.!?()]+\s*|\s+[-–—]\s+")
_QUESTION_OPENS = re.compile(r"(?:how|what|whats|what's|when|where|which|who|why|is|are|do|does|"
                             r"did|can|could|will|would|should|have|has)\b", re.I)


def telling_only(entries: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries sharing a name, each with only the fields whose values differ among them and
    without the description they share."""
    keys = {k for p in entries for k in (p.get("attributes") or {})}
    telling = {k for k in keys
               if len({json.dumps((p.get("attributes") or {}).get(k), sort_keys=True, default=str)
                       for p in entries}) > 1}
    return [{**p, "description": "",
             "attributes": {k: v for k, v in (p.get("attributes") or {}).items() if k in telling}}
            for p in entries]


def asked_clause(message: str) -> str:
    """The last clause of `message` that opens as a question does, when the message says more
    than it and it says two words or more beyond small ones: "thinking of hiring a floor
    sander for the weekend, how big is the deposit?" -> "how big is the deposit"; "" otherwise
    ("my yunomi arrived cracked!! what do i do")."""
    clauses = [c.strip() for c in _CLAUSE_END.split(message) if c.strip()]
    asked = [c for c in clauses if _QUESTION_OPENS.match(c) and len(c.split()) >= 3]
    # (one that says what it asks: "what do i do" after "my yunomi arrived cracked!!" does not)
    return asked[-1] if asked and len(clauses) > 1 and len(tokens(asked[-1])) >= 2 else ""


def nearest_sentences(text: str, message: str, embed: Callable[[Sequence[str]], Any],
                      size: Callable[[str], int], budget: int) -> str:
    """The sentences of `text` nearest `message` (cosine of their sentence vectors) that fit
    `budget` (in `size`'s units), in the order `text` has them. A first sentence of three
    words or fewer ("No.", "Possibly.") is the answer's own reply to a yes-or-no question and
    always stays."""

    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    if len(sentences) < 2:
        return text
    # (nearest the whole message and its own question: "thinking of hiring a floor sander for
    # the weekend, how big is the deposit?" had kept the sentences on sanders and weekends)
    question = asked_clause(message)
    asks = [message, *([question] if question else [])]
    vectors = np.asarray(embed([*asks, *sentences]), dtype=np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-6)
    cosine = (vectors[len(asks):] @ vectors[:len(asks)].T).mean(axis=1)
    # and a word of the message that one sentence alone holds: "do you deliver to farms?"
    # of "Outlying areas (farms and small towns ...) carry a R95 surcharge", which the
    # sentence encoder had put last of four
    # (half as much for a word outside its question)
    said, words = set(tokens(question or message)), [set(tokens(s)) for s in sentences]
    besides = set(tokens(message)) - said
    alone = [{w for w in own if sum(w in other for other in words) == 1} for own in words]
    nearness = cosine + _SHARED_WORD * np.array(
        [len(said & own) + len(besides & own) / 2 for own in alone], dtype=np.float32)
    opener = len(sentences[0].split()) <= 3
    keep = {0} if opener else set()
    used = size(sentences[0]) + 1 if opener else 0
    for i in (int(i) for i in np.argsort(-nearness, kind="stable")):
        cost = size(sentences[i]) + 1
        if i in keep or (used + cost > budget and len(keep) > opener):
            continue  # (the nearest sentence stays even alone over the budget: it answers)
        keep.add(i)
        used += cost
    return " ".join(s for i, s in enumerate(sentences) if i in keep)


def _two_questions(message: str) -> tuple[str, str] | None:
    """The message's two questions, when it is two: the second opens with a question word,
    the first holds one or asks a price ("Ferry Season by Tomas D'Souza, what does it cost
    and how many pages is it?", "leather bookmark - price and what colours?")."""
    parts = _SECOND_QUESTION.split(message.strip(), maxsplit=1)
    if len(parts) != 2 or not (re.search(rf"\b{_QUESTION_WORD}", parts[0], re.I)
                               or _PRICE_WORDS.search(parts[0])) \
            or len(parts[1].split()) < 2 or _SECOND_QUESTION.search(parts[1]):
        return None
    first = parts[0].strip()
    return (first if first.endswith("?") else first + "?"), parts[1].strip()


def _plain_openings(prompt: Any) -> Any:
    """`prompt` with its opening and the openings it avoids written as its facts are, without
    accents (`model.prompt.plain_text`): "The Coyoacán Armchair has" begun for the model
    would not be the name its facts hold."""
    return replace(prompt, opening=plain_text(prompt.opening),
                   avoid=tuple(plain_text(a) for a in prompt.avoid))


class Pipeline:
    def __init__(self, settings: Settings, memory: Memory | None, knowledge: Knowledge,
                 generator: Generator, metrics: Metrics):
        self.settings = settings
        self.memory = memory
        self.knowledge = knowledge
        self.generator = generator
        self.metrics = metrics
        # Look-ups are CPU work beside the engine: a few at a time, the rest wait their turn.
        self.lookups = ThreadPoolExecutor(
            settings.retrieval_threads or min(32, (os.cpu_count() or 1) + 4),
            thread_name_prefix="lookup")
        bundled = settings.model is None and settings.remote_url is None
        self.wording = None
        if settings.reword == "on" or (settings.reword == "auto" and bundled):
            from model.wording import Wording

            self.wording = Wording(knowledge.embed_texts)

    # -- the turn -----------------------------------------------------------------------
    async def run(self, session_id: str, turn: Turn, emit: Emit,
                  draft: Draft | None = None) -> None:
        """Serve one accepted turn (from its draft, when one was started early). Errors reach
        the client as `error` frames with turn_id."""
        await self.deliver(draft or self.prepare(session_id, turn), emit)

    def prepare(self, session_id: str, turn: Turn, mem: SessionMemory | None = None) -> Draft:
        """Start a turn's read-only work (memory, retrieval, prompt, reply tokens) now; with
        `mem`, on that conversation instead of the stored one, and answered whoever holds it
        (an agent's suggestion)."""
        draft = Draft(session_id, turn)
        draft.task = asyncio.create_task(self._draft(draft, mem))
        return draft

    async def _draft(self, draft: Draft, mem: SessionMemory | None = None) -> None:
        turn, latency, put = draft.turn, draft.latency, draft.events.put_nowait
        try:
            stored = mem is None
            if stored:
                t = time.monotonic()
                mem = await self.memory.load(draft.session_id)
                latency["memory"] = round((time.monotonic() - t) * 1000, 1)
            put(("memory", mem))
            if stored and (mem is None or mem.state == "agent" or wants_person(draft.raw_text)):
                return  # deliver() answers these without the model
            t = time.monotonic()
            facts = await self._lookup(mem, turn, draft.raw_text)
            latency["retrieval"] = round((time.monotonic() - t) * 1000, 1)
            put(("facts", facts))
            # off the event loop: rewording may run the sentence encoder
            prompts = await asyncio.get_running_loop().run_in_executor(
                self.lookups, self.build_prompts, mem, draft.masked or PHOTO_ONLY_MESSAGE, facts)
            for i, prompt in enumerate(prompts):  # one reply a question, one after the other
                if i:
                    put(("piece", " "))
                stream = self.generator.stream(prompt.messages, context=prompt.context,
                                               max_new_tokens=max(self.settings.max_new_tokens,
                                                                  prompt.max_new_tokens),
                                               priority=turn.priority,
                                               avoid=prompt.avoid, opening=prompt.opening)
                restorer = AmountRestorer(prompt.originals)  # "4.95 GBP" back to "£4.95"
                async with contextlib.aclosing(stream) as pieces:
                    async for piece in pieces:
                        if piece := restorer.feed(piece):
                            put(("piece", piece))
                if tail := restorer.flush():
                    put(("piece", tail))
        except Exception as e:  # raised in order where the turn is delivered
            put(("error", e))
        finally:
            put(("end", None))

    async def deliver(self, draft: Draft, emit: Emit) -> None:
        """Everything a turn shows or writes, in order, from its draft's results."""
        turn, latency, session_id = draft.turn, draft.latency, draft.session_id
        if turn.asr_ms is not None:
            latency["asr"] = turn.asr_ms
        try:
            mem = await draft.next("memory")
            if mem is None:
                raise ProtocolError(Code.UNAVAILABLE, "session not found in storage; start a new one")
            user_entry = {"role": "user", "text": draft.masked, "ts": time.time(),
                          "turn_id": turn.turn_id, "channel": turn.channel,
                          "image": turn.image is not None}
            await self.memory.publish(self.memory.events_channel(session_id), frame(
                "user.message", session_id=session_id, turn_id=turn.turn_id, text=draft.masked,
                image=turn.image is not None))
            if mem.state == "agent":
                await self._agent_holds(session_id, turn, user_entry, latency, emit)
                return
            if wants_person(draft.raw_text):
                await self._queue_for_person(session_id, mem, turn, user_entry, latency, emit)
                return
            facts = await draft.next("facts")
            cards = [product_card(p, self.settings.http_url) for p in facts.products]
            if cards:
                await emit(frame("products", turn_id=turn.turn_id, items=cards))
            reply, cancelled = await self._stream_reply(draft, emit)
            verified = facts.order_check and facts.order_check.state == "verified"
            fields = {"order_id": facts.order_check.order_id} if verified else {}
            bot_entry = {"role": "assistant", "text": reply, "ts": time.time(),
                         "turn_id": turn.turn_id, "products": cards}
            if cancelled:
                bot_entry["cancelled"] = True
            await self._finish(session_id, mem, turn, [user_entry, bot_entry], fields, reply,
                               latency, emit, cancelled=cancelled)
            if not cancelled and PROMISES_PERSON.search(reply):
                await self._wait_for_person(session_id, mem, emit)
        except ProtocolError as e:
            e.turn_id = e.turn_id or turn.turn_id
            self.metrics.turns.labels(turn.channel, e.code.value).inc()
            await emit(e.to_frame())
        except StorageUnavailable:
            self.metrics.turns.labels(turn.channel, "unavailable").inc()
            await emit(ProtocolError(Code.UNAVAILABLE, "storage is unavailable; resend the "
                                     "message shortly", turn_id=turn.turn_id).to_frame())
        finally:
            draft.cancel()  # a turn that ended early frees its engine slot at once

    async def _lookup(self, mem: SessionMemory, turn: Turn, raw_text: str) -> Any:

        history = [spelled_out(e["text"]) for e in mem.log
                   if e.get("role") == "user" and e.get("text")]
        try:
            return await asyncio.get_running_loop().run_in_executor(self.lookups, partial(
                self.knowledge.lookup, text=spelled_out(raw_text) or None, image=turn.image,
                history=history[-6:], order_id=mem.order_id, channel=turn.channel))
        except Exception as e:
            code = getattr(e, "code", None)
            if code in (Code.UNSUPPORTED_MEDIA.value, Code.TOO_LARGE.value):
                raise ProtocolError(code, str(e)) from e
            raise

    def shown_before(self, mem: SessionMemory, message: str) -> list[dict[str, Any]]:
        """The products last shown, when the message refers back to them and names none."""
        if not REFERS_BACK.search(message):
            return []
        for entry in reversed(mem.log):
            cards = entry.get("products") or []
            if cards:
                products = [self.knowledge.product(c["sku"]) for c in cards[:3]]
                return [p for p in products if p is not None]
        return []

    def build_prompts(self, mem: SessionMemory, message: str, facts: Any | None) -> list[Any]:
        """The prompts of a turn, answered one after the other: one, or, for a message that
        asks two recognised questions of one product ("how much is it and what does it
        smell like?", "how much is the X and is it in stock?"), one a question. The bundled
        model learned one question a turn, and answered such a message with one of them."""

        message = spelled_out(message)  # "do u hv it in sz 9" asked in words
        parts = _two_questions(message) if self.wording is not None else None
        pair = self._question_pair(mem, parts, facts) if parts is not None else None
        if pair:
            return [_plain_openings(p) for p in pair]
        prompt, asked = self._prompt(mem, message, facts)
        return [_plain_openings(p)
                for p in self._in_stock_instead(mem, message, prompt, asked)]

    def _in_stock_instead(self, mem: SessionMemory, message: str, prompt: Any, asked: Any
                          ) -> list[Any]:
        """Asked the stock of one entry of a product sold as several (a colour, a format, a
        size) that is out of stock: after its reply, the stock of up to two of the others
        that are in stock, each named by its own value ("Yes, the Lalbagh Sketchbook in A4
        is in stock (11 available)."), as a shop assistant offers them. Otherwise
        `[prompt]`."""
        from retrieval.search import Facts

        if asked is None or asked.intent != "stock" or not asked.product or not prompt.opening:
            return [prompt]
        entries = self.knowledge.named(asked.product)
        chosen = in_colour(entries, asked.colour) if asked.colour \
            else self.told_entries(mem, entries, message)
        if len(entries) < 2 or len(chosen) != 1 or chosen[0].get("stock") is None \
                or int(chosen[0]["stock"]) > 0:
            return [prompt]
        others = []
        for entry in [e for e in entries if e is not chosen[0]
                      and e.get("stock") is not None and int(e["stock"]) > 0][:2]:
            value = variant_value(entry, entries)
            if not value:
                continue
            fresh = SessionMemory(session_id=mem.session_id, channel=mem.channel)
            other, again = self._prompt(
                fresh, f"is the {asked.product} in {value} in stock?", Facts(products=entries))
            if again is not None and again.intent == "stock" and other.opening:
                others.append(self._told_by_value(other, asked.product, value, "in_stock"))
        # (the one asked keeps its name alone: with its value beside a long name, the model
        # had gone on "is out of stock team 4.2L in deep teal")
        return [prompt, *others]

    @staticmethod
    def _told_by_value(prompt: Any, name: str, value: str, kind: str) -> Any:
        """`prompt` about one entry of `name` with the entry's value said with its name, in
        the facts as in the reply's opening of `kind` ("Yes, the Kaveri Fountain Pen in teal
        is"): after an opening the facts did not hold, the model had gone on without the
        stock."""
        from model.dialogues import reply_opening
        from model.prompt import bare_name

        line, told = f"Product: {bare_name(name)};", f"{name} in {value}"
        said_line = f"Product: {bare_name(told)};"
        return replace(
            prompt,
            messages=[{**m, "content": m["content"].replace(line, said_line)}
                      for m in prompt.messages],
            context=prompt.context.replace(line, said_line),
            opening=reply_opening(kind, told))

    def _question_pair(self, mem: SessionMemory, parts: tuple[str, str],
                       facts: Any | None) -> list[Any] | None:
        """The prompts of two questions when both are price, stock or field questions of one
        product, and not the same one; else None."""
        first, asked_first = self._prompt(mem, parts[0], facts)
        product = asked_first.product
        if not product or asked_first.intent not in _ANSWERS_ONE:
            return None
        # the second is asked after a reply that named the first's product ("is it ...?")
        after = SessionMemory(session_id=mem.session_id, channel=mem.channel,
                              summary=mem.summary, order_id=mem.order_id,
                              log=[*mem.log, {"role": "user", "text": parts[0]},
                                   {"role": "assistant", "text": f"The {product}."}])
        second, asked_second = self._prompt(after, parts[1], facts)
        if asked_second.product != product or asked_second.intent not in _ANSWERS_ONE \
                or (asked_second.intent, asked_second.field) == (asked_first.intent,
                                                                 asked_first.field):
            return None
        return [first, second]

    def build_prompt(self, mem: SessionMemory, message: str, facts: Any | None) -> Any:
        return self._prompt(mem, message, facts)[0]

    @property
    def _tokenizer(self) -> Any | None:
        """The local model's tokenizer (None for a remote backend)."""
        return getattr(getattr(self.generator, "lm", None), "tokenizer", None)

    def _prompt_room(self) -> int:
        """Tokens a prompt may take: the local model's window less a reply's room, and the
        chat template's markers (768 for a remote backend, whose window is not known)."""
        window = getattr(getattr(self.generator, "lm", None), "context_window", None)
        if not isinstance(window, int) or self._tokenizer is None:
            return 768
        return max(256, window - self.settings.max_new_tokens - 32)

    def _tokens(self, text: str) -> int:
        """`text`'s length in the local model's tokens; for a remote one, an estimate that
        counts high (digits and signs are short tokens)."""
        if self._tokenizer is not None:
            return len(self._tokenizer.encode(text, add_special_tokens=False))
        return len(text) // 2

    def _focused(self, faqs: list[dict[str, Any]], message: str, budget: int
                 ) -> tuple[list[dict[str, Any]], int]:
        """FAQ entries whose answer is longer than `budget` tokens with that answer cut to its
        sentences nearest the shopper's message, in their order, and the tokens the reply
        needs to give the longest answer whole (0: no more than `max_new_tokens`). A reply
        copies the answer: one longer than it may run had stopped mid-word ("If a parcel is
        refused because of d")."""
        size = self._tokens
        focused, longest = [], 0
        for faq in faqs:
            answer = str(faq.get("answer") or "")
            length = size(answer)
            if length > budget and message.strip():
                answer = nearest_sentences(answer, message, self.knowledge.embed_texts, size,
                                           budget)
                faq, length = {**faq, "answer": answer}, size(answer)
            focused.append(faq)
            longest = max(longest, length)
        # The model may write a copied answer in smaller pieces than the tokenizer's own, or
        # begin again after a false start: room for twice the answer (a reply that has copied
        # it to its end ends there, so the room is never used up otherwise).
        room = 2 * longest + REPLY_OWN_TOKENS
        return focused, room if room > self.settings.max_new_tokens else 0

    def _prompt(self, mem: SessionMemory, message: str, facts: Any | None) -> tuple[Any, Any]:
        """The prompt for `message`, and what the model is asked (None without rewording)."""
        from model.prompt import (
            COLOUR_NO_OPENING,
            COLOUR_YES_OPENING,
            DONT_KNOW_OPENINGS,
            NO_SUCH_PRODUCT,
            NOT_FOUND_OPENING,
            build_messages,
            field_alone,
            openings_known_false,
            order_note,
        )
        from model.wording import CANONICAL, FAQ, IN_COLOUR, ORDER, PRODUCTS

        window = self.settings.recent_turns * 2
        recent = [{"role": "user" if e["role"] == "user" else "assistant", "text": e["text"]}
                  for e in mem.log[-window:] if e.get("text")]
        check = facts.order_check if facts is not None else None
        verified = check is not None and check.state == "verified"
        products = list(facts.products) if facts is not None else []
        if not products and check is None:
            products = self.shown_before(mem, message)
        faqs = list(facts.faqs) if facts is not None else []
        said = message  # the shopper's words (`message` becomes the question as asked)
        unknown = bool(getattr(facts, "unknown_product", False))  # names a product it lacks
        stated_colours: list[str] = []  # colours the message states beyond the names it says
        summary = mem.summary
        if self.wording is not None:
            # (a follow-up of the one product the last reply named picks through that
            # product's line: `ask_again`)
            named, filters = self.stated(
                message, products if len(self.last_reply_names(mem)) != 1 else ())
            stated_colours = filters.colours
            asked = self.reword(message, products, faqs, named, filters,
                                order_in_play=check is not None, unknown=unknown,
                                order_id=check.order_id if check is not None else "", mem=mem)
            if verified and asked.intent not in (ORDER, FAQ) \
                    and check.order_id.lower() in message.lower():
                # an order given with its proof in this message is what it asks about, unless
                # it asks a policy ("did you receive the jacket I sent back? order nm40133 /
                # [email]" had been asked as the jacket's stock, beside the order)
                asked = replace(asked, text=message, intent=ORDER, product="", colour="",
                                field="")
            one_colour = False  # the facts are already that colour's entry
            asked = self._colour_sold(self._in_a_size_not_sold(asked, message), message)
            if asked.colour and asked.intent in ("price", "stock"):
                # one colour of the product in play: that colour's entry, or, when the
                # product does not come in it, the question whether it does
                coloured = in_colour(self.knowledge.named(asked.product), asked.colour)
                if not coloured:
                    asked = replace(asked, text=IN_COLOUR.format(p=asked.product, c=asked.colour),
                                    intent="variant")
                elif self.settings.reword_narrows:
                    # (and of that colour's entries, the one a size said tells: "the vento rs
                    # in matt black, size medium")
                    products, one_colour = said_variant(coloured, said) or coloured, True
            if asked.intent == ORDER and self.settings.reword_narrows:
                # asked about the order in play: its line (or the note asking for proof) alone
                products, faqs = [], []
            if asked.product and self.settings.reword_narrows and not one_colour:
                # a question about one named product: its facts alone (its colour variants
                # included, no FAQ entry), so a small model cannot copy another's; asked
                # whether it comes in a colour, all its colours (retrieval kept that one)
                # (a field of the product the last reply named: its facts, found or not)
                products = ([p for p in products if p.get("name") == asked.product]
                            if asked.intent != "variant" else []) \
                    or self.knowledge.named(asked.product)
                faqs = []
            if asked.intent != "variant" and self.settings.reword_narrows and not one_colour:
                # entries sharing the name: the one the message tells by its own value ("is
                # the hardcover of The Quiet Monsoon available?")
                # (of all its entries: retrieval may have found the other alone)
                # (a follow-up that names nothing: the entry its last question told)
                entries = self.knowledge.named(asked.product) if asked.product else products
                products = self.told_entries(
                    mem, entries, said, before=not self.knowledge.names_in(said)) or products
            if asked.intent == "attr" and asked.field and self.settings.reword_narrows:
                # asked as "what is the F of the X?": X's name and F alone, nothing else its
                # reply could give instead (the bundled model answered "how heavy is the X?"
                # with the price beside the weight)
                products = [field_alone(p, asked.field) for p in products]
            if asked.intent == PRODUCTS and self.settings.reword_narrows:
                faqs = []  # asked of the products found, no policy beside them
                # each once: a product sold in colours is one line of the list
                once: dict[str, dict[str, Any]] = {}
                for p in products:
                    once.setdefault(str(p.get("name") or ""), p)
                products = list(once.values())
            if asked.intent == FAQ and self.settings.reword_narrows:
                # asked as one FAQ entry's question: that entry alone, no product beside it
                # ("can you engrave the oak board I'm getting?" also finds boards)
                products = []
                faqs = [f for f in faqs if f.get("question") == asked.text] or faqs
                # nor a note of a product it lacks ("ordered the wrong size pot 20 min ago,
                # can i still cancel it": the model said it did not know)
                unknown = False
            elif products and faqs and self.settings.reword_narrows:
                # not asked as a policy: entries well below the products found stay out
                floor = float(products[0].get("score") or 0.0) \
                    - self.knowledge.thresholds.faq_beside_product
                faqs = [f for f in faqs if float(f.get("score") or 0.0) >= floor]
            if asked.text != message and not products and check is None:
                products = self.shown_before(mem, asked.text)  # "how much?" -> "how much is it?"
            if asked.intent in ("price_it", "stock_it") and self.settings.reword_narrows:
                products = self.last_named(mem, products)
                # "paperback price?"; "is it in stock?" of the entry the last question told
                # (of all the entries of its name: retrieval may have found the other alone)
                names = {str(p.get("name") or "") for p in products}
                entries = self.knowledge.named(next(iter(names))) if len(names) == 1 else []
                products = self.told_entries(mem, entries, said) or products
                if len(products) == 1 and products[0].get("name") in self.last_reply_names(mem):
                    # the price or stock of the product the last reply named: no policy beside
                    # it ("great, is it in stock?" had found the click-and-collect entry, and
                    # the model answered with it); asked by its name, a question that
                    # needs no earlier turn (below)
                    faqs = []
                    plain = asked.intent.removesuffix("_it")
                    asked = replace(asked, text=CANONICAL[plain].format(p=products[0]["name"]),
                                    intent=plain, product=products[0]["name"])
            message = asked.text
            if asked.product or asked.intent == FAQ:
                # a question that names its product or policy, with the facts narrowed to it:
                # the earlier turns only lead a small model astray (a garbled reply in them
                # came back in the next one)
                recent, summary = [], ""
        # A policy asked as such in chat (its entry the only fact, no earlier turns) is given
        # whole up to `max_answer_tokens`; to a caller, and beside other facts, its sentences
        # nearest the question fit `max_new_tokens`.
        alone = self.wording is not None and asked.intent == FAQ and len(faqs) == 1 \
            and not products and not recent and mem.channel != "voice"
        if alone:  # (a short prompt: the reply's room does not crowd it out of the window)
            faqs, reply_tokens = self._focused(
                faqs, said, self.settings.max_answer_tokens - REPLY_OWN_TOKENS)
        else:  # the model may write a copy in smaller pieces than the tokenizer: 4/5
            faqs, _ = self._focused(
                faqs, said, (self.settings.max_new_tokens - REPLY_OWN_TOKENS) * 4 // 5)
            reply_tokens = 0
        order = check.order if verified else None
        order_asked = said  # what is asked of the order
        if order is not None and not re.search(
                r"[a-z]{3,}", EMAIL.sub("", said).replace(privacy.EMAIL_MASK, ""), re.I):
            # the e-mail alone, after the question: that question is what is asked
            order_asked = next((e["text"] for e in reversed(mem.log) if e.get("role") == "user"),
                               said)
        if order is not None and order.get("status") == "processing" and order.get("carrier") \
                and not _ASKS_CARRIER.search(order_asked):
            # a processing order's carrier only where it is asked: the bundled model learned
            # such orders without one, and given "Dropp" had answered "where is my order?"
            # with "Order HN-30188 could you like me to ask a person?"
            order = {k: v for k, v in order.items() if k != "carrier"}
        delivered_with = self.wording is not None and self.settings.reply_openings \
            and asked.intent == ORDER and order is not None \
            and order.get("status") == "delivered" and bool(order.get("carrier"))
        if delivered_with:
            # its reply opens "Order X was delivered with C" (below), and went on "and should
            # arrive by" the date it had been due, as a shipped one's does
            order = {k: v for k, v in order.items() if k != "eta"}
        if self.wording is not None and asked.intent in ("price", "stock") \
                and len(products) > 2 and len({p.get("name") for p in products}) == 1:
            # a price or stock of a product sold as several entries: each entry by what tells
            # it from the others (a tint's five shades, each with its finish, volume, origin
            # and description, had made "Yes, the Yeoreum Water tint your made In Republic of
            # korea vegan yes 1200.00 is in stock")
            products = telling_only(products)
        if self.wording is not None and asked.intent == "describe" and len(products) > 1 \
                and len({p.get("name") for p in products}) == 1:
            # described, a product sold as several entries is its first (the one the message
            # tells, or the best found): the bundled model learned to describe one product,
            # and given a coffee's three bag sizes had written "The Sumatra Mandheling costs
            # 11.20 is in stock (500 available)."
            products = products[:1]
        prompt = build_messages(
            store=self.knowledge.info,
            products=products,
            faqs=faqs,
            order=order,
            note=(order_note(check.state, check.order_id) if check and not verified
                  else NO_SUCH_PRODUCT if check is None and not products and unknown
                  else ""),
            summary=summary,
            turns=recent,
            message=message,
            # counted in the model's own tokens: an estimate had let a prompt of Japanese
            # names and figures run to 1,182 tokens, past the 1,024 of the bundled model's
            # window, and the engine keeps a prompt's tail (its facts were lost)
            count_tokens=self._tokens if self._tokenizer is not None else None,
            max_prompt_tokens=self._prompt_room(),
        )
        if reply_tokens:
            prompt = replace(prompt, max_new_tokens=reply_tokens)
        if self.wording is not None and self.settings.reword_narrows and asked.intent == FAQ \
                and len(faqs) == 1 and not products:
            # asked as the one policy entry in the facts: its answer is there to give (the
            # model answered "what are your trading hours?" with "Sorry, I do not know that")
            # nor that it could not find a product (asked of a long answer, the model
            # had said it of "how much is shipping to Pune for one book")
            prompt = replace(prompt, avoid=(*DONT_KNOW_OPENINGS, NOT_FOUND_OPENING))
        elif self.wording is not None and asked.intent == ORDER and order is None \
                and check is not None and check.state in ("need_proof", "mismatch"):
            # the note says what the shopper must give ("BB10481, postcode 63309. can you
            # tell me when it arrives?" had been answered "Sorry, I do not know that.")
            prompt = replace(prompt, avoid=DONT_KNOW_OPENINGS)
        elif self.wording is not None and asked.intent == ORDER and order is not None:
            carrier_only = bool(_ASKS_CARRIER.search(order_asked)
                                and not _ASKS_STATE.search(order_asked))
            avoid: tuple[str, ...] = ()
            opening = ""
            if order.get("carrier") and not carrier_only:
                # an order's state, not its carrier alone ("has my order shipped yet, and
                # which courier is it with?" had been answered "Order X is with Blue Dart.",
                # "did the sun mirror arrive?" of a delivered one "Order X is with FedEx.")
                avoid = (f"Order {check.order_id} is with",)
            elif order.get("carrier") and self.settings.reply_openings:
                # the carrier when it is all that is asked ("what carrier was it with?" of a
                # delivered order had been answered "Order X was delivered.")
                opening = f"Order {check.order_id} is with"
            if delivered_with:
                # a delivered order with who brought it, as a shipped one's reply names its
                # carrier ("did it arrive? the tracking page won't load" had been answered
                # "Order NM40129 was delivered." of one GLS brought)
                opening = f"Order {check.order_id} was delivered with"
            if _ASKS_STATE.search(order_asked) or _ASKS_CARRIER.search(order_asked):
                # the facts hold its state and carrier ("whats the status of X? not sure if
                # it ever went through" had been answered "Sorry, I do not know that.")
                avoid += DONT_KNOW_OPENINGS
                if not opening and self.settings.reply_openings:
                    # its state, as every reply on an order's state opens ("is it ready yet
                    # and which day can i come?" of a processing one had been answered "I do
                    # not have a carrier for order X yet.")
                    from model.dialogues import order_state

                    opening = order_state({**order, "order_id": check.order_id})
            prompt = replace(prompt, avoid=avoid, opening=opening)
        elif self.wording is not None and asked.intent == "variant":
            # the catalog says whether it comes in that colour; the reply may not say otherwise
            comes = bool(in_colour(products, asked.colour))
            opening = ""
            if self.settings.reply_openings and len({p.get("name") for p in products}) == 1:
                # its name written for the model, as for a price ("The Linen Camp Shirt
                # costs 59.90" had answered "linen camp shirt in pink got or not?")
                from model.dialogues import reply_opening
                opening = reply_opening("variant_yes" if comes else "variant_no",
                                        products[0]["name"])
            prompt = replace(
                prompt, avoid=(COLOUR_NO_OPENING,) if comes else (COLOUR_YES_OPENING,),
                opening=opening)
        elif self.wording is not None and self.settings.reword_narrows \
                and len({p.get("name") for p in products}) == 1:
            # a price, stock or field question about the one product in the facts: the
            # reply may not say it does not know what they give, nor deny its stock state
            avoid = openings_known_false(asked.intent, products)
            if len(stated_colours) == 1 and in_colour(products, stated_colours[0]):
                # "I'm interested in the Kestrel Road 500 in red": it comes in red, whatever
                # is asked (the model answered "Sorry, I do not see the Kestrel Road 500 in red")
                avoid += (COLOUR_NO_OPENING,)
            elif len(stated_colours) == 1 and not in_colour(products, stated_colours[0]):
                # "the monsoon rain jacket in red can?" of one sold in yellow, teal and black:
                # whatever is asked, the reply may not open as if it came in red
                avoid += (COLOUR_YES_OPENING,)
            opening = self.opening(asked, products) if self.settings.reply_openings else ""
            prompt = replace(prompt, avoid=avoid, opening=opening)
        return prompt, (asked if self.wording is not None else None)

    def _colour_sold(self, asked: Any, message: str) -> Any:
        """Asked whether a product comes in a colour it does come in: whether that colour is
        in stock when none of it is left or the message tells one of its entries by another
        value ("do u still hv the red cheongsam?" had been told
        "Yes, the Modern Cheongsam Dress comes in red"), its price when the message asks
        what it costs ("wrap dress mustard how much"); else as asked."""
        from model.wording import CANONICAL

        if not asked.colour or asked.intent != "variant":
            return asked
        coloured = in_colour(self.knowledge.named(asked.product), asked.colour)
        if coloured and (all(p.get("stock") is not None and int(p["stock"]) <= 0
                             for p in coloured) or len(said_variant(coloured, message)) == 1):
            # (or the message tells one entry of that colour, by its size: "do you have the
            # vento rs in matt black, size medium?" asks whether that one is in stock; it had
            # been told "Yes, the Vento RS Full Face Helmet comes in" matt black)
            return replace(asked, text=CANONICAL["stock"].format(p=asked.product), intent="stock")
        if coloured and _PRICE_WORDS.search(message):
            return replace(asked, text=CANONICAL["price"].format(p=asked.product), intent="price")
        return asked

    def _in_a_size_not_sold(self, asked: Any, message: str) -> Any:
        """A question about one named product in a size its sizes list lacks ("white court
        sneaker in size 46 can?" of sizes 36-44): asked what sizes it comes in (it had been
        told "Yes, the Court Low Sneaker comes in white for 89.90")."""
        from model.prompt import field_name
        from model.wording import FIELD

        said = SIZE_SAID.search(message)
        if not asked.product or asked.intent not in ("price", "stock", "variant") or not said:
            return asked
        entries = self.knowledge.named(asked.product)
        key = next((k for k in ("sizes", "size") if entries and all(
            k in (p.get("attributes") or {}) for p in entries)), None)
        if key is None:
            return asked
        sold = {str(v).strip().lower() for p in entries
                for v in (lambda x: x if isinstance(x, list) else [x])(p["attributes"][key])}
        if said.group(1).lower() in sold:
            return asked
        field = field_name(key)
        return replace(asked, text=FIELD.format(k=field, p=asked.product), intent="attr",
                       field=field, colour="")

    @staticmethod
    def opening(asked: Any, products: list[dict[str, Any]]) -> str:
        """How the reply to a price or field question about the one product in the facts
        opens, as the bundled model was taught to give that fact ("The X costs", also to
        "tell me about the X", "The X has weight"); the model writes the fact after it. It
        had opened "The X costs" for a field with no price to copy and gone on with words
        without sense, garbled long names, and answered a price question with the stock. ""
        for any other question."""
        from model.dialogues import reply_opening

        if asked.intent == "attr" and asked.field \
                and all(p.get("attributes") for p in products):  # the facts hold the field
            return f"{reply_opening('attr', products[0]['name'])} {asked.field}"
        if asked.intent in ("stock", "stock_it") and len(products) == 1 \
                and products[0].get("stock") is not None:
            # the product's name written for the model, which garbled names unlike its
            # training's ("Modern Cheongsam Dress - Red dress - Red d", "Kids Rain Jacket -
            # Yellow 6-7Y in with little Kampong", and so after the name alone); the stock
            # state is its to write
            kind = "in_stock" if int(products[0]["stock"]) > 0 else "out_of_stock"
            return reply_opening(kind, products[0]["name"])
        if asked.intent in ("price", "price_it", "describe") \
                and products[0].get("price") is not None \
                and len({p.get("price") for p in products}) == 1:
            # "tell me about the X" is answered "The X costs P. <its description>"
            return reply_opening(asked.intent.removesuffix("_it"), products[0]["name"])
        return ""

    def last_named(self, mem: SessionMemory, products: list[dict[str, Any]]
                   ) -> list[dict[str, Any]]:
        """Of the products in play, the entries of the one the last reply named, when it named
        one alone: "how much is it?" asks about what was just talked about (which of several
        colours or packs, the conversation's words tell, not the name). When retrieval found
        others ("are they in stock" after the Purrfect Ocean Selection Pouches found the Kitten
        Pouches), that product's own entries."""
        named = self.last_reply_names(mem)
        if len(named) != 1:
            return products
        chosen = [p for p in products if p.get("name") in named]
        if not chosen:
            # retrieval found none of its entries: all of them, which the message may tell
            # apart (`said_variant`: "and the hardcover?" had found a book sleeve "for one
            # hardcover")
            chosen = self.knowledge.named(next(iter(named)))
            return chosen or products
        # (its entries, when several share its name: the message may tell them apart, "how
        # much for the 200 pack?" after the wood screws 5 x 60 mm, sold in packs of 100
        # and 200, had been given the 4 x 40 mm too and answered with the 100 pack)
        return chosen

    @staticmethod
    def last_question(mem: SessionMemory) -> str:
        return next((e.get("text") or "" for e in reversed(mem.log)
                     if e.get("role") == "user"), "")

    def told_entries(self, mem: SessionMemory, entries: list[dict[str, Any]], message: str,
                     *, before: bool = True) -> list[dict[str, Any]]:
        """Of entries sharing a name, those `message` tells by their own values, else (with
        `before`) those the last question told ("is it in stock?" after the paperback's
        price); [] when neither tells any (`retrieval.query.said_variant`)."""

        return said_variant(entries, message) \
            or (said_variant(entries, self.last_question(mem)) if before else [])

    @staticmethod
    def last_reply(mem: SessionMemory) -> str:
        return next((e.get("text") or "" for e in reversed(mem.log)
                     if e.get("role") == "assistant"), "")

    def last_reply_names(self, mem: SessionMemory) -> set[str]:
        """The catalog names the last reply mentions."""
        return {name for name, _ in self.knowledge.names_in(self.last_reply(mem))}

    def ask_again(self, mem: SessionMemory, message: str, named: list[tuple[str, str]],
                  names: set[str], *, elliptical: bool) -> Any | None:
        """A question about another product of the one the last reply named alone: the
        product of its line that the message's words tell ("and the 3 litre?", "ok and the
        large, is it out of stock?" after the Talon 45L Backpack M: `Knowledge.sibling`), or,
        in a short "and ...?"/"what about ...?", the one it names ("what about the Y?").
        What it asks: its own price, stock or field question when it asks one ("is it out of
        stock?"), else the one the last reply answered (its price, stock or one field),
        asked again of that product. None when it tells no other product, or asks nothing
        and the last reply answered nothing recognisable. `names`: the catalog names the
        last reply mentions."""
        from model.prompt import field_name

        if len(names) != 1:
            return None

        (before,) = names
        variant = False  # another entry of the same name ("what about the 18V one?")
        if named:
            target, mention = named[0] if elliptical and len(named) == 1 else ("", "")
        else:
            target, mention = self.knowledge.sibling(before, message) or ("", "")
            if not target and elliptical and said_variant(self.knowledge.named(before), message):
                target, variant = before, True  # (the pipeline narrows to that entry)
        if not target or (target == before and not variant):
            return None
        if variant:  # its words tell which entry; the question is its own or the last one
            if _PRICE_WORDS.search(message):  # "and what does the 2.5 L tin cost?"
                return self.wording.ask_again(("price", ""), target)
            if _HAVE_ANY.search(message):  # ("what about 25 sand, got any of that?")
                return self.wording.ask_again(("stock", ""), target)
        # what it asks, read as a question about the product it picks ("how many of the
        # matching curl conditioner do u have" -> "how many of the item do u have"), when
        # it says more than which one ("and the trail one?" asks what was asked before)
        rest = set() if variant \
            else set(re.findall(r"[a-z0-9]+", message.replace(mention, " ").lower())) - _WHICH
        own = self.wording.reword(message, named=[(target, mention)],
                                  products=self.knowledge.named(target), faqs=[],
                                  order_in_play=False, constraints=False) if rest else None
        if own is not None and own.intent in ("price", "stock", "attr"):
            return own
        entries = self.knowledge.named(before)
        fields = [field_name(k) for k in (entries[0].get("attributes") or {})] if entries else []
        asked = self.wording.asked_before(self.last_reply(mem), before, fields)
        return self.wording.ask_again(asked, target) if asked is not None else None

    def ask_again_in_colour(self, mem: SessionMemory, colour: str, names: set[str], *,
                            message: str = "", in_stock: bool = False) -> Any | None:
        """"and the orange one?" after the reply gave the price (or stock) of the Fernhill
        Trail X2 in green: the same question of the X2, for the pipeline to give the model
        its orange entry alone; the other one where the `message` says it ("and is the
        indigo one available?" after a price, `in_stock`). None when the product does not
        come in that colour (then it is asked whether it does) or the last reply answered
        something else."""

        if len(names) != 1:
            return None
        (before,) = names
        asked = self.wording.asked_before(self.last_reply(mem), before, ())
        if asked is None or asked[0] not in ("price", "stock") \
                or not in_colour(self.knowledge.named(before), colour):
            return None
        if _PRICE_WORDS.search(message):
            asked = ("price", "")
        elif in_stock:
            asked = ("stock", "")
        return replace(self.wording.ask_again(asked, before), colour=colour)

    def stated(self, message: str, products: Sequence[dict[str, Any]] = ()
               ) -> tuple[list[tuple[str, str]], Any]:
        """The catalog names the message mentions, and what it states beyond them: "the
        Corrib Leather Dog Collar 40cm Tan" states no colour or material, "the Corrib collar
        in black" does. A message that names none may pick one of the line of the first of
        the `products` found by the words that tell them apart ("the 1mm grip picks" of four
        thicknesses: `Knowledge.pick`)."""
        from model.wording import says_field

        named = self.knowledge.names_in(message)
        if not named and products:
            found = str(products[0].get("name") or "")
            picked = self.knowledge.pick(found, message) \
                or self.knowledge.in_family(found, message)
            named = [picked] if picked is not None else []
        filters = parse_filters(without_mentions(message, named), self.knowledge.vocabulary)
        entries = [p for name, _ in named for p in self.knowledge.named(name)]
        if entries and (filters.colours or filters.attributes):
            # what every entry of the products named is ("is the Yarrabee bread knife in
            # stock? the serrated 23cm" of its 23cm blade) singles nothing out
            def own(f: Filters) -> bool:
                return all(matches(p, f) for p in entries)

            # nor does a word of one of their fields' names: that field is asked ("are
            # the tempo earbuds waterproof?" of their water resistance, in a shop that sells
            # waterproof jackets)
            fields = {str(key) for p in entries for key in (p.get("attributes") or {})}

            def asked(value: str) -> bool:
                return any(says_field(value, f) for f in fields)

            # nor a value no product of their kind has: "how high does the orchestral music
            # stand go?" states no "high" (a tension of classical strings)
            def foreign(value: str) -> bool:
                return not any(self.knowledge.held_in_kind(name, value) for name, _ in named)

            # nor a value that tells apart entries sharing one name: it picks one of them
            # ("last tram to malleswaram paperback, how many copies" of its paperback and
            # hardcover; `said_variant` narrows the facts to it)
            one_name = len({p.get("name") for p in entries}) == 1

            def picks(value: str) -> bool:
                return one_name and bool(said_variant(entries, value))

            # nor a colour word of the value that tells one of them ("bonbit matte cover
            # cushion, shade 21 light beige" of its shade "21 Light Beige": not every beige)
            told = [str(v).lower() for p in (said_variant(entries, message) if one_name else [])
                    for v in (p.get("attributes") or {}).values()]

            def in_told(colour: str) -> bool:  # (in a value that says more than the colour)
                return any(re.search(rf"\b{re.escape(colour.lower())}\b", v)
                           and v.strip() != colour.lower() for v in told)

            filters = replace(
                filters,
                colours=tuple(c for c in filters.colours
                              if not own(Filters(colours=(c,))) and not in_told(c)),
                attributes=tuple(a for a in filters.attributes
                                 if not own(Filters(attributes=(a,))) and not asked(a)
                                 and not foreign(a) and not picks(a)))
        return named, filters

    def reword(self, message: str, products: list[dict[str, Any]], faqs: list[dict[str, Any]],
               named: list[tuple[str, str]], filters: Any, *, order_in_play: bool,
               order_id: str = "", mem: SessionMemory | None = None,
               unknown: bool = False) -> Any:
        """What the model is asked: the message, or its training wording (model/wording.py).
        `named`, `filters`: what `stated` reads in the message; `unknown`: it names a product
        the shop lacks."""
        from model.wording import money_counted

        message = money_counted(message)
        elliptical = _ELLIPTICAL.match(message) is not None and len(message.split()) <= 8
        last_named = self.last_reply_names(mem) if mem is not None and (
            elliptical or not named) else set()
        only_colour = len(filters.colours) == 1 and not filters.attributes \
            and filters.min_price is None and filters.max_price is None
        if mem is not None and (elliptical or not named):
            again = self.ask_again(mem, message, named, last_named, elliptical=elliptical)
            if again is None and elliptical and only_colour and not named:
                again = self.ask_again_in_colour(mem, filters.colours[0], last_named,
                                                 message=message, in_stock=filters.in_stock)
            if again is not None:
                return again
        in_play: list[dict[str, Any]] = []
        if not named and len(last_named) == 1:
            # the product the last reply named, alone: "what pressure does it go up to?"
            in_play = self.knowledge.named(next(iter(last_named)))
            if only_colour and len(in_colour(in_play, filters.colours[0])) == len(in_play):
                # its own colour tells nothing ("the billabrew one in charcoal, how many have
                # you got?" after the Charcoal kettle): asked as a question about it
                only_colour = False
        line: list[dict[str, Any]] = []
        line_said = ""
        if not named and len({p.get("name") for p in products}) >= 2:
            # "the gulpless slow feeder bowls": words every found name holds, its first among them

            names = {str(p.get("name") or "") for p in products}
            shared = set.intersection(*(set(tokens(name)) for name in names))
            said = shared & set(tokens(message))
            # ... or, its brand left out, a word no other name holds ("what's the harbor
            # laptop sleeve made of?" of the Driftwood Goods Harbor Felt Laptop Sleeves)
            if len(said) >= 2 and (tokens(str(products[0].get("name") or ""))[0] in said or any(
                    self.knowledge.names_holding(t) <= names for t in said)):
                line = products
                # compared as the message with those words read as "the item"
                at = [m for m in re.finditer(r"[\w'-]+", message) if set(tokens(m.group())) & said]
                line_said = message[:at[0].start()] + "item" + message[at[-1].end():]
        # read as retrieval's FAQ scoring read it (its vector is in the encoder's cache)
        kindless = as_item(message, self.knowledge.vocabulary) \
            if not named and products and faqs else message
        # the entries the message (or, of the product in play, the last question) tells
        if in_play:
            told = self.told_entries(mem, in_play, message)
        else:
            told = said_variant(self.knowledge.named(named[0][0]), message) \
                if len(named) == 1 else []
        # whether the last reply answered about the product in play by its full name
        replied = bool(in_play) and bare_name(str(in_play[0].get("name") or "")).lower() \
            in self.last_reply(mem).lower()
        return self.wording.reword(message, named=named,
                                   products=products, faqs=faqs,
                                   order_in_play=order_in_play, constraints=filters.constrains,
                                   vector=self.knowledge.embed_query(message),
                                   order_id=order_id,
                                   kindless_vector=self.knowledge.embed_query(kindless)
                                   if kindless != message else None,
                                   colour=filters.colours[0] if only_colour else "",
                                   in_play=in_play, told=told, in_play_replied=replied,
                                   line=line, line_said=line_said,
                                   productless=self._names_read_as_item(message, products)
                                   if not named and products and faqs else "",
                                   found=products if not (named or in_play or line or unknown)
                                   and len({p.get("name") for p in products}) == 1 else (),
                                   talked_about=bool(products) or mem is None
                                   or mem.summary != ""
                                   or any(e.get("products") for e in mem.log))

    @staticmethod
    def _names_read_as_item(message: str, products: list[dict[str, Any]]) -> str:
        """`message` with each run of words of the products' names read as "item"."""

        held = {t for p in products for t in tokens(str(p.get("name") or ""))}
        words = list(re.finditer(r"[\w'-]+", message))
        out, at, run = [], 0, False
        for m in words:
            mine = bool(tokens(m.group())) and set(tokens(m.group())) <= held
            if mine and not run:
                out.append(message[at:m.start()] + "item")
            elif not mine:
                out.append(message[at:m.start()] + m.group())
            at, run = m.end(), mine
        return "".join(out) + message[at:]

    async def _stream_reply(self, draft: Draft, emit: Emit) -> tuple[str, bool]:
        """Send the draft's reply tokens as they come; the shopper's cancel stops them."""
        turn, latency = draft.turn, draft.latency
        pieces: list[str] = []
        stop = asyncio.ensure_future(turn.cancelled.wait())
        try:
            while True:
                event = asyncio.ensure_future(draft.next("piece", "end"))
                await asyncio.wait({event, stop}, return_when=asyncio.FIRST_COMPLETED)
                if not event.done():
                    event.cancel()
                    draft.cancel()  # frees the engine slot at once
                    return "".join(pieces).strip(), True
                try:
                    kind, piece = event.result()
                except Busy as e:
                    raise ProtocolError(Code.BUSY,
                                        "the assistant is busy; try again in a moment") from e
                except Unavailable as e:
                    raise ProtocolError(Code.UNAVAILABLE,
                                        "the language model is unavailable") from e
                if kind == "end":
                    break
                if not pieces:
                    latency["first_token"] = turn.since_input_ms()
                pieces.append(piece)
                await emit(frame("reply.delta", turn_id=turn.turn_id, text=piece))
        finally:
            stop.cancel()
        latency.setdefault("first_token", turn.since_input_ms())
        return "".join(pieces).strip(), False

    async def _finish(self, session_id: str, mem: SessionMemory, turn: Turn,
                      entries: list[dict[str, Any]], fields: dict[str, Any], reply: str,
                      latency: dict[str, float], emit: Emit, *, cancelled: bool = False,
                      answered_by: str | None = None) -> None:
        """Write the turn, then (and only then) tell the shopper it is done."""
        window = self.settings.recent_turns * 2
        total_after = mem.log_len + len(entries)
        summary = summarized = None
        if total_after - mem.summarized > window:
            upto = total_after - window
            fold = mem.entries_between(mem.summarized, upto)
            summary, summarized = fold_summary(mem.summary, fold), upto
        if entries[-1]["role"] == "assistant":
            # What the agents' console charts for past turns; `total` up to the write.
            entries[-1]["latency_ms"] = {**latency, "total": turn.since_input_ms()}
        try:
            await self.memory.append(session_id, entries, fields=fields, summary=summary,
                                     summarized=summarized)
        except StorageUnavailable:
            self.memory.pending.add(session_id, entries, fields)
            self.metrics.turns.labels(turn.channel, "pending").inc()
            raise ProtocolError(Code.UNAVAILABLE, "storage is unavailable: the reply was "
                                "delivered and will be saved when storage is back",
                                turn_id=turn.turn_id) from None
        latency["total"] = turn.since_input_ms()
        self.metrics.observe_latency(latency)
        self.metrics.turns.labels(turn.channel, "cancelled" if cancelled else "ok").inc()
        await emit(frame("reply.done", turn_id=turn.turn_id, text=reply, latency_ms=latency,
                         cancelled=True if cancelled else None, answered_by=answered_by))

    async def _agent_holds(self, session_id: str, turn: Turn, user_entry: dict[str, Any],
                           latency: dict[str, float], emit: Emit) -> None:
        """An agent answers this session: keep the message for them, the bot stays quiet."""
        mem = SessionMemory(session_id=session_id, log_len=0, summarized=0)
        await self._finish(session_id, mem, turn, [user_entry], {}, "", latency, emit,
                           answered_by="agent")

    async def _queue_for_person(self, session_id: str, mem: SessionMemory, turn: Turn,
                                user_entry: dict[str, Any], latency: dict[str, float],
                                emit: Emit) -> None:
        await self._wait_for_person(session_id, mem, emit)
        waiting = [s for s in await self.memory.list_sessions() if s["state"] == "waiting"]
        ahead = next((i for i, s in enumerate(waiting) if s["session_id"] == session_id), 0)
        reply = ("I've asked a member of our support team to join this chat. "
                 + (f"There {'is' if ahead == 1 else 'are'} {ahead} "
                    f"{'person' if ahead == 1 else 'people'} ahead of you. " if ahead else
                    "You're next in line. ")
                 + "I can keep helping while you wait.")
        latency["first_token"] = turn.since_input_ms()
        await emit(frame("reply.delta", turn_id=turn.turn_id, text=reply))
        bot_entry = {"role": "assistant", "text": reply, "ts": time.time(),
                     "turn_id": turn.turn_id}
        await self._finish(session_id, mem, turn, [user_entry, bot_entry], {}, reply,
                           latency, emit)

    async def _wait_for_person(self, session_id: str, mem: SessionMemory, emit: Emit) -> None:
        """Queue the session for agents (the console lists it) and tell the shopper's client."""
        if mem.state != "waiting":
            await self.memory.set_state(session_id, "waiting")
        await emit(frame("handoff", state="waiting"))

    async def respond(self, mem: SessionMemory, text: str, *, image: bytes | None = None,
                      channel: str = "web") -> tuple[str, Any]:
        """The whole answer to one message, without sockets or storage: (reply, facts).

        The same draft as a live turn; used for agents' suggestions and evaluation.
        """
        turn = Turn(turn_id="", client_id="", text=text, image=image, channel=channel)
        draft = self.prepare("", turn, mem)
        pieces: list[str] = []
        try:
            await draft.next("memory")
            facts = await draft.next("facts")
            while (event := await draft.next("piece", "end"))[0] == "piece":
                pieces.append(event[1])
        except Busy as e:
            raise ProtocolError(Code.BUSY, "the assistant is busy; try again in a moment") from e
        except Unavailable as e:
            raise ProtocolError(Code.UNAVAILABLE, "the language model is unavailable") from e
        finally:
            draft.cancel()
        return "".join(pieces).strip(), facts

    # -- for agents ---------------------------------------------------------------------
    async def suggest(self, session_id: str) -> str:
        """A draft answer to the shopper's last message, for an agent to edit."""
        mem = await self.memory.load(session_id)
        if mem is None:
            raise ProtocolError(Code.BAD_REQUEST, "no such session")
        users = [i for i, e in enumerate(mem.log) if e.get("role") == "user" and e.get("text")]
        if not users:
            return ""
        last = users[-1]
        message = mem.log[last]["text"]
        mem.log = mem.log[:last]
        reply, _ = await self.respond(mem, message, channel=mem.channel)
        return reply

    async def handoff_packet(self, session_id: str) -> dict[str, Any]:
        mem = await self.memory.load(session_id, tail=200)
        if mem is None:
            raise ProtocolError(Code.BAD_REQUEST, "no such session")
        summary = fold_summary(mem.summary, mem.entries_between(mem.summarized, mem.log_len))
        products: dict[str, dict[str, Any]] = {}
        for e in mem.log:
            for p in e.get("products") or []:
                products[p["sku"]] = p
        waiting_ms = int((time.time() - mem.waiting_since) * 1000) if mem.waiting_since else 0
        return frame("handoff.packet", session_id=session_id, summary=summary,
                     products=list(products.values())[-10:], order_id=mem.order_id,
                     waiting_ms=waiting_ms)
