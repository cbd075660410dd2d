"""Decoding that can only copy numbers, prices and ids that the context holds.

A *figure* is a word that contains a digit: `19.99`, `1,299`, `ORD-2024-0042`, `SKU-123A`,
`24/7`. The context's figures (and the dash- or slash-separated parts of ids, which replies
quote on their own) are the only ones a reply may contain. While generating, each request
keeps the reply text so far; before a token is chosen, every token that would

  * grow the open figure at the end of the reply into something that is not the start of a
    context figure, or
  * end the open figure (space, punctuation, end of reply) before it is a whole context
    figure, or
  * bring a figure of its own that is not allowed,

gets a logit of -inf. An invented price is impossible, not merely unlikely. Words without
digits are never constrained, so the constraint costs nothing outside figures: only tokens
that contain a digit are checked there (a few dozen in a digit-split vocabulary).

Words, too, for a model that ships a reply lexicon (`reply_words.txt` beside its weights: the
words its replies use that no context supplies, "sorry", "costs", "available"...): every
word of a reply must then be a word of the prompt or of that lexicon, so a product name, a
colour or a currency the prompt does not hold cannot be written at all. And a reply copies
facts whole: a run of words that starts with a word of the prompt outside the lexicon (a
name, a colour, a carrier) must go on as the prompt goes on, and may stop only where the
prompt's phrase stops (`;`, `.`, `,`, a line end...). "The Hindal costs" cannot be written
when the fact is "Product: Hindal vest 663; price ...": once "Hindal" is written, "vest 663"
follows. The check runs on the highest-scoring candidates in order (greedy decoding), so it
costs a few string tests a step; see `CopyConstraint.restrict`.

Token strings are measured once per tokenizer (`TokenTable`): each token's text as it reads
after a preceding letter, so leading spaces of SentencePiece and byte-level pieces count.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass, field

import torch

_WORD_CHARS = r"A-Za-z0-9"
_JOINERS = "-.,/:"
# A figure-like word: alphanumeric runs joined by single separators ("19.99", "SKU-12A").
WORD = re.compile(rf"[{_WORD_CHARS}]+(?:[{re.escape(_JOINERS)}][{_WORD_CHARS}]+)*")
_OPEN_TAIL = re.compile(rf"[{_WORD_CHARS}]+(?:[{re.escape(_JOINERS)}][{_WORD_CHARS}]+)*"
                        rf"[{re.escape(_JOINERS)}]?\Z")
_DIGIT = re.compile(r"\d")
_COSTS = re.compile(r"(?<!\w)costs\s*\Z")  # a reply that has just said what something costs
# ... and what it has written of the figure after it ("costs 2")
_AFTER_COSTS = re.compile(r"(?<!\w)costs([ \t]*)(\d[\d,.]*)?\Z")
# The reply to a product sold out, begun ("Sorry, the X is"), and how it goes on
_SORRY_THE = re.compile(r"\s*Sorry, the (.+?) is( [a-z ]*)?\Z")
_SOLD_OUT = " out of stock"
_PRICE_FIELD = re.compile(r"(?<![\w.])price (\d[\d,]*(?:\.\d+)?)")  # "price 27.99 CAD"
_BLANK_OR_DIGIT_NEXT = re.compile(r"[ \t]+\Z|[ \t]*\d")


def words(text: str, *, lower: bool = True) -> set[str]:
    """The (lowercased) digit-free words of `text`, and the joined parts of compound ones."""
    found: set[str] = set()
    for word in WORD.findall(text):
        if not _DIGIT.search(word):
            word = word.lower() if lower else word
            found.add(word)
            found.update(p for p in re.split(rf"[{re.escape(_JOINERS)}]", word) if p)
    return found


def _forms(word: str) -> tuple[str, str, str, str]:
    """The ways a reply may write a copied word: as spelled, lowercased, capitalized and in
    upper case ("Aurora", "aurora", "AURORA"; never "aUrora")."""
    return word, word.lower(), word[:1].upper() + word[1:], word.upper()


def _spellings(text: str) -> set[str]:
    """The words of `text` in each of their `_forms`."""
    found: set[str] = set()
    for w in words(text, lower=False):
        found.update(_forms(w))
    return found


def load_lexicon(model_dir) -> frozenset[str] | None:
    """The reply lexicon shipped beside a model's weights, if any (as its replies spell the
    words: "Sorry" starts a sentence, "processed" never does)."""
    import os

    path = os.path.join(str(model_dir), LEXICON_FILE)
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as f:
        return frozenset(w.strip() for w in f if w.strip() and not w.startswith("#"))


LEXICON_FILE = "reply_words.txt"
# What ends a phrase of the prompt (and of a reply): a copied run of words may stop there.
_PHRASE_END = re.compile(r"[;:,.!?()\[\]\n]")
_INVALID = "invalid"  # a run state: the text breaks the rule
_LINE_LABEL = re.compile(r"^[A-Z][A-Za-z]*: ", re.MULTILINE)
_LAYOUT_MARK = re.compile(r"[;:]")
# Reply words after which a figure is a price.
_PRICE_WORDS = frozenset({"costs", "cost", "for", "price", "priced", "at"})
# The reply's end is "order" and at most the start of the word after it.
_NEAR_ORDER = re.compile(r"\border(?:\s+\S*)?\Z", re.IGNORECASE)
_AFTER_ORDER = re.compile(r"\border\s+(\S+)\Z", re.IGNORECASE)
# The words a reply gives an order's state in, by the state the facts give it.
_ORDER_STATES = {"processing": ("processing", "processed", "being"), "shipped": ("shipped",),
                 "delivered": ("delivered",), "cancelled": ("cancelled", "canceled"),
                 "returned": ("returned",)}
_STATE_WORDS = frozenset(w for words in _ORDER_STATES.values() for w in words)
_ORDER_FACT = re.compile(r"^Order (\S+): (\w+)", re.MULTILINE)
# A reply's first sentence giving a field of a product: "The X has color white".
_FIELD_SENTENCE = re.compile(r"\s*The (.+?) has (.*)\Z", re.DOTALL)
# A reply's first sentence giving a product's price: "The X costs 24.99 USD."
_PRICE_SENTENCE = re.compile(r"\s*The (.+?) costs (\d[\d,]*(?:\.\d+)?) [A-Z]{3}\.")


def _ends_phrase(gap: str) -> bool:
    """Whether the text between two words ends a phrase."""
    return bool(_PHRASE_END.match(gap.strip(" \t")))


@dataclass(frozen=True)
class PromptWords:
    """The prompt as a sequence of lowercased words, and where its phrases end."""

    words: tuple[str, ...]
    ends: tuple[bool, ...]  # a phrase ends after word i
    where: dict[str, tuple[int, ...]]
    gaps: tuple[str, ...] = ()  # what stands between word i and word i+1, blanks stripped
    spelled: tuple[str, ...] = ()  # word i as the prompt spells it
    lines: tuple[int, ...] = ()  # the line word i stands on
    line_figures: tuple[frozenset[str], ...] = ()  # the figures of each line
    line_prices: tuple[frozenset[str], ...] = ()  # the figures after "price" on each line

    @functools.cached_property
    def line_words(self) -> dict[int, frozenset[str]]:
        """The words of each line."""
        found: dict[int, set[str]] = {}
        for word, line in zip(self.words, self.lines, strict=True):
            found.setdefault(line, set()).add(word)
        return {line: frozenset(w) for line, w in found.items()}

    @functools.cached_property
    def order_ids(self) -> frozenset[str]:
        """The ids that follow the word "order" ("Order HH-145306:", "no order 12345")."""
        return frozenset(self.spelled[i + 1] for i in self.where.get("order", ())
                         if i + 1 < len(self.words) and _DIGIT.search(self.words[i + 1]))

    def spells(self, i: int, word: str, *, open_end: bool = False) -> bool:
        """Whether `word` writes prompt word i as spelled there, in lower case, capitalized
        or in upper case ("Aurora", "aurora", "AURORA"; never "aUrora"); at the open end:
        the start of one of those."""
        for form in _forms(self.spelled[i] if self.spelled else self.words[i]):
            if form == word or (open_end and form.startswith(word)):
                return True
        return False

    @classmethod
    def of(cls, text: str) -> PromptWords:
        # A line's leading label ("Product:", "FAQ:") is the layout's, not a fact to copy.
        text = _LINE_LABEL.sub("", text)
        matches = list(WORD.finditer(text))
        words = tuple(m.group().lower() for m in matches)
        ends = tuple(
            k + 1 == len(matches) or _ends_phrase(text[m.end() : matches[k + 1].start()])
            for k, m in enumerate(matches)
        )
        gaps = tuple(
            (text[m.end() : matches[k + 1].start()] if k + 1 < len(matches) else "").strip()
            for k, m in enumerate(matches)
        )
        where: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            where.setdefault(w, []).append(i)
        return cls(words, ends, {w: tuple(p) for w, p in where.items()}, gaps,
                   tuple(m.group() for m in matches),
                   tuple(text.count("\n", 0, m.start()) for m in matches),
                   tuple(frozenset(figures(line)) for line in text.split("\n")),
                   tuple(frozenset(re.findall(r"\bprice (\S*\d)", line))
                         for line in text.split("\n")))
TOP_CANDIDATES = 64  # how many of the best tokens the word check tries, best first
MORE_CANDIDATES = 512  # and, when none of those passes, how far down it looks at most


def figures(text: str) -> set[str]:
    """Every figure in `text`, plus the dash/slash-separated parts of ids that hold a digit."""
    found: set[str] = set()
    for word in WORD.findall(text):
        if _DIGIT.search(word):
            found.add(word)
            found.update(p for p in re.split(r"[-/]", word) if _DIGIT.search(p))
    return found


class TokenTable:
    """Per-tokenizer facts the constraint needs: each token's text and which hold digits."""

    def __init__(self, tokenizer, vocab_size: int) -> None:
        anchor_ids = tokenizer.encode("a", add_special_tokens=False)
        anchor = tokenizer.decode(anchor_ids)
        special = set(tokenizer.all_special_ids)
        known = range(min(vocab_size, len(tokenizer)))  # the model may pad its vocabulary
        texts = tokenizer.batch_decode(
            [anchor_ids + [i] for i in known], skip_special_tokens=False,
            clean_up_tokenization_spaces=False,
        )
        self.vocab_size = vocab_size
        self.text: list[str] = [
            "" if i in special else t[len(anchor) :] for i, t in zip(known, texts, strict=True)
        ] + [""] * (vocab_size - len(known))
        self.with_digit = [i for i, t in enumerate(self.text) if _DIGIT.search(t)]
        # Tokens that write part of a character (byte pieces of a multi-byte one): "\ufffd".
        self.partial = [i for i, t in enumerate(self.text) if "\ufffd" in t]
        # Tokens that start a new word (or are punctuation): allowed after a whole figure.
        self.by_first_char: dict[str, list[int]] = {}
        for i, t in enumerate(self.text):
            if t:
                self.by_first_char.setdefault(t[0], []).append(i)
        # Tokens by the first character of the word they start, blanks before it skipped
        # (lower case): where a copied name must go on with given letters.
        self.by_word_start: dict[str, list[int]] = {}
        for i, t in enumerate(self.text):
            if t.strip():
                self.by_word_start.setdefault(t.lstrip()[0].lower(), []).append(i)
        self.breaking = [
            i for i, t in enumerate(self.text)
            if (not t or not re.match(rf"[{_WORD_CHARS}{re.escape(_JOINERS)}]", t[0]))
            and not _DIGIT.search(t)
        ]

    def starting(self, text: str) -> list[int]:
        """The tokens that write the start of `text` (a reply copying it goes on with one)."""
        return [i for i in self.by_first_char.get(text[:1], ()) if text.startswith(self.text[i])]


@dataclass
class CopyConstraint:
    """The figures one request may write, and the check on each candidate token."""

    table: TokenTable
    allowed: list[str]  # sorted figures from the context
    vocabulary: list[str] | None = None  # sorted lowercased prompt words; None: words are free
    lexicon: frozenset[str] = frozenset()  # the model's own words, case kept: no copied run
    lexicon_sorted: list[str] = field(default_factory=list)
    prompt: PromptWords | None = None
    # The words the shopper said after each word: "juniper" -> {"haven"}.
    said_next: dict[str, frozenset[str]] = field(default_factory=dict)
    # Products of the facts the latest message names; else those the last reply named
    # ("and how much is that?"), else the latest earlier message that names any.
    said_names: tuple[str, ...] = ()
    fact_names: tuple[str, ...] = ()  # the names of the facts' products
    # Products of the facts the latest message names in full (names of two words or more):
    # the shop sells them, so a reply must not say it could not find them (see the engine).
    named_in_full: tuple[str, ...] = ()
    # The words of each of the shopper's messages, latest first.
    said_turns: tuple[frozenset[str], ...] = ()
    fact_lines: int = 0  # the prompt's first lines are the facts (earlier replies follow)
    passages: tuple[str, ...] = ()  # the answers of the facts' FAQ entries
    sole_passage: bool = False  # the facts are one FAQ entry and nothing else
    order_states: dict[str, str] = field(default_factory=dict)  # order id -> its state
    keys: frozenset[str] = frozenset()  # first words of the facts' fields ("price", "color")
    ascii_only: bool = False  # no text of the prompt has a character outside ASCII
    percents: frozenset[str] = frozenset()  # figures the facts write with "%" after them alone
    prices: frozenset[str] = frozenset()  # the figures of the facts' price fields
    sold_out: tuple[str, ...] = ()  # lower-cased names of the facts' products out of stock
    # product name -> (price, description) of its lines that end with one (the reply to
    # "tell me about the X" is "The X costs P CUR. <its description>")
    descriptions: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # product name -> its fields after the name, price and stock ("color white, indigo")
    field_values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _rules: dict[str, tuple[bool, torch.Tensor] | None] = field(default_factory=dict, repr=False)
    # (reply length before the open word, run state there, text since its last word)
    _settled: tuple = field(default=(-1, None, ""), repr=False)
    _named: tuple = field(default=(None, frozenset()), repr=False)  # (head, its named figures)

    @classmethod
    def from_context(cls, table: TokenTable, context: str, *,
                     lexicon: frozenset[str] | None = None, replies: str = "",
                     shopper_text: str = "", message: str = "") -> CopyConstraint:
        """`context` holds the facts a reply may quote (their figures, their phrases); with a
        `lexicon`, reply words are limited to it, the phrases of `context` and of `replies`
        (the earlier replies of the conversation), and single words of `shopper_text`.
        `message` is the shopper's latest message: the products it names."""
        if lexicon is None:
            return cls(table=table, allowed=sorted(figures(context)))
        sources = _LINE_LABEL.sub("", context) + "\n" + replies
        earlier = shopper_text.split("\n")[::-1]  # the shopper's messages, latest first
        said = [m.group().lower() for m in WORD.finditer(shopper_text)]
        names = _product_names(context)
        return cls(table=table, allowed=sorted(figures(context)),
                   vocabulary=sorted(_spellings(sources) | _spellings(shopper_text)),
                   lexicon=lexicon, lexicon_sorted=sorted(lexicon),
                   prompt=PromptWords.of(sources),
                   said_next=_following(said),
                   said_names=next(filter(None, (
                       _named_products(names, m)
                       for m in (message, replies.rsplit("\n", 1)[-1],
                                 *earlier))), ()),
                   fact_lines=context.count("\n") + 1,
                   fact_names=tuple(names),
                   named_in_full=_said_in_full(names, message),
                   said_turns=tuple(frozenset(m.group().lower() for m in WORD.finditer(t))
                                    for t in (message, *earlier)),
                   keys=frozenset(_field_keys(context)),
                   passages=_faq_answers(context),
                   sole_passage=[line.startswith("FAQ: ")
                                 for line in context.split("\n")[1:]] == [True],
                   order_states={m.group(1): m.group(2).lower()
                                 for m in _ORDER_FACT.finditer(context)},
                   ascii_only=(context + replies + shopper_text).isascii(),
                   percents=_percents(context),
                   prices=frozenset(_PRICE_FIELD.findall(context)),
                   sold_out=tuple(f[0].lower() for f in _product_fields(context)
                                  if "out of stock" in (x.rstrip(".") for x in f[1:])),
                   descriptions=_descriptions(context),
                   field_values=_field_values(context))

    def fresh(self) -> CopyConstraint:
        """The same rule for a reply that starts over (its caches of the reply so far cleared)."""
        return dataclasses.replace(self, _settled=(-1, None, ""), _named=(None, frozenset()))

    def _word_ok(self, word: str, *, open_end: bool) -> bool:
        """`word` is a lexicon word or a prompt word as spelled there (a prompt word also in
        lower, capitalized or upper case), or, at the open end, the start of one."""
        for vocab in (self.lexicon_sorted, self.vocabulary):
            i = bisect.bisect_left(vocab, word)
            if i < len(vocab) and (vocab[i] == word or (open_end and vocab[i].startswith(word))):
                return True
        return False

    def _advance(self, state, word: str, gap: str):
        """The run state after one more whole `word` (after `gap`, the text between words).

        A state is None (no copied run open) or the prompt positions the run's last word
        may stand at."""
        prompt = self.prompt
        if state is not None:
            if not _ends_phrase(gap):
                low, between = word.lower(), gap.strip()
                following = frozenset(i + 1 for i in state if i + 1 < len(prompt.words)
                                      and prompt.words[i + 1] == low
                                      and prompt.gaps[i] == between
                                      and prompt.spells(i + 1, word))
                if following:
                    return following
            if not any(prompt.ends[i] for i in state):
                return _INVALID  # the run stops in the middle of the prompt's phrase
            if _LAYOUT_MARK.search(gap):
                # "The Trail Sunglasses; and ...": a ";" or ":" of the prompt's layout may
                # only stand where the reply goes on copying the prompt (an FAQ answer).
                low, between = word.lower(), gap.strip()
                following = frozenset(i + 1 for i in state if prompt.ends[i]
                                      and i + 1 < len(prompt.words)
                                      and prompt.words[i + 1] == low
                                      and prompt.gaps[i] == between)
                return following or _INVALID
        if _DIGIT.search(word) or word in self.lexicon:
            return None  # figures are checked by the figure rule; the model's own words
        if not self._word_ok(word, open_end=False):
            return _INVALID
        where = prompt.where.get(word.lower())
        return frozenset(where) if where else None  # the shopper's own word: no run

    def _check(self, state, text: str, *, final: bool, gap: str = "") -> bool:
        """Whether the words of `text`, after run state `state` (and `gap` since its last
        word), keep the rules; the word touching the end of `text` is open unless `final`."""
        prompt = self.prompt
        gap_start = 0
        for match in WORD.finditer(text):
            word = match.group()
            before = gap + text[gap_start : match.start()]
            gap = ""
            rest = text[match.end():]
            if not final and not rest:  # the open word: it may still grow
                return self._open_ok(state, word, before)
            if not final and len(rest) == 1 and rest in _JOINERS \
                    and self._open_ok(state, word + rest, before):
                return True  # "1-" growing into "1-year" (else: a word and its punctuation)
            state = self._advance(state, word, before)
            if state is _INVALID:
                return False
            gap_start = match.end()
        trailing = (gap + text[gap_start:]).strip(" \t")
        if state is not None and _LAYOUT_MARK.search(trailing):
            # A ";" or ":" only where the reply goes on copying a passage (an FAQ answer),
            # never after a name, where the prompt's layout goes on ("Sunglasses; price").
            return any(prompt.ends[i] and prompt.gaps[i].startswith(trailing)
                       and i + 1 < len(prompt.words) and prompt.words[i + 1] not in self.keys
                       for i in state)
        if state is None or any(prompt.ends[i] for i in state):
            return True
        # Inside a copied phrase: it may not end here, and what follows its last word is
        # what follows that word in the prompt (a blank, "'", "&": never "; ;" or "@").
        return not final and any(prompt.gaps[i].startswith(trailing) for i in state)

    def _open_ok(self, state, word: str, before: str) -> bool:
        """Whether the open `word` (after run state `state` and the text `before` it) can
        still become an allowed word."""
        prompt = self.prompt
        if state is not None and not _ends_phrase(before):
            low, between = word.lower(), before.strip()
            if any(i + 1 < len(prompt.words) and prompt.words[i + 1].startswith(low)
                   and prompt.gaps[i] == between and prompt.spells(i + 1, word, open_end=True)
                   for i in state):
                return True
        if state is not None and not any(prompt.ends[i] for i in state):
            return False
        if state is not None and _LAYOUT_MARK.search(before):
            low, between = word.lower(), before.strip()
            return any(prompt.ends[i] and i + 1 < len(prompt.words)
                       and prompt.words[i + 1].startswith(low) and prompt.gaps[i] == between
                       for i in state)
        # A new word: figures are the figure rule's to judge, and letters that may start one
        # ("D" of "D93625") are let through to it.
        return bool(_DIGIT.search(word)) or self._word_ok(word, open_end=True) \
            or self._is_prefix(word)

    def _through(self, text: str):
        """The run state after every word of `text` (all of them whole). A word that broke
        the rule (written when no candidate kept it) is passed over: the words after it are
        held to the rule again."""
        state, gap_start = None, 0
        for match in WORD.finditer(text):
            state = self._advance(state, match.group(), text[gap_start : match.start()])
            if state is _INVALID:
                state = None
            gap_start = match.end()
        return state

    def words_ok(self, text: str, *, final: bool = False) -> bool:
        """Whether `text` (a whole reply so far) keeps the word rules: every digit-free word
        is a word of the prompt or the lexicon (the word at the open end: the start of one),
        and runs copied from the prompt go on as the prompt does."""
        if self.vocabulary is None:
            return True
        return self._check(None, text, final=final)

    def _is_prefix(self, text: str) -> bool:
        i = bisect.bisect_left(self.allowed, text)
        return i < len(self.allowed) and self.allowed[i].startswith(text)

    def _is_whole(self, text: str) -> bool:
        i = bisect.bisect_left(self.allowed, text)
        return i < len(self.allowed) and self.allowed[i] == text

    def text_ok(self, text: str, *, final: bool = False) -> bool:
        """Whether `text` (a reply or its recent tail) holds only allowed figures.

        Words that reach the end of `text` may still grow: they need only be the start of an
        allowed figure, unless `final`.
        """
        for match in WORD.finditer(text):
            word = match.group()
            if not _DIGIT.search(word):
                continue
            at_end = match.end() == len(text) or (
                match.end() == len(text) - 1 and text[-1] in _JOINERS
            )
            if self._is_whole(word):
                continue
            if at_end and not final:
                rest = text[match.start() :]
                if self._is_prefix(rest) or self._is_prefix(word):
                    continue
            return False
        return True

    def restrict(self, logits: torch.Tensor, reply: str, eos_token_ids: frozenset[int]) -> None:
        """Set the logits (V,) of tokens that would break the rule to -inf, in place."""
        if self.descriptions and eos_token_ids:
            after = self._description_onward(reply, eos_token_ids)
            if after is not None:
                _keep_only(logits, after)
                return
        onward = self._field_onward(reply, eos_token_ids) if self.field_values else []
        if onward:  # "The X has color white" goes on ", indigo, celadon"
            _keep_only(logits, onward)
            return
        onward = self._passage_onward(reply) if self.passages else []
        if onward:  # copying an FAQ answer word for word: its figures and words are the facts'
            _keep_only(logits, onward)
            return
        if self.passages and eos_token_ids \
                and reply.strip().lower() in (p.lower() for p in self.passages):
            # an FAQ answer copied to its end is the whole reply, as in training (the model
            # had gone on "... returns policy. Call Us WITH your order number or Call us w")
            _keep_only(logits, sorted(eos_token_ids))
            return
        tail_match = _OPEN_TAIL.search(reply)
        tail = tail_match.group() if tail_match else ""
        # The rule depends only on the open word at the end; replies revisit few of them.
        if tail not in self._rules:
            self._rules[tail] = self._rule_after(tail, eos_token_ids)
        rule = self._rules[tail]
        wanted = int(logits.argmax())
        if rule is not None:
            only, ids = rule
            if only:
                _keep_only(logits, ids)
            else:
                logits[ids] = float("-inf")
        if tail and not _DIGIT.search(tail) and logits[wanted] == float("-inf") \
                and self._is_prefix(tail):
            # The model starts a figure the facts do not hold after letters that begin one
            # they do ("H" + "367322" where the order is "HH-367322"): keep to that one.
            onward = self._onward(tail)
            if onward:
                _keep_only(logits, onward)
        if self.prompt is not None and self.allowed and _COSTS.search(reply):
            # "costs" is followed by the price in every reply the model learned: not by "."
            # ("The Emberline Hydra 1.0L Integrated Stove System costs.")
            self._keep_to_figure(logits, reply)
        if self.prompt is not None and self.prices:
            self._keep_to_price(logits, reply)
        if self.sold_out and reply.lstrip().startswith("Sorry, the "):
            self._keep_sold_out(logits, reply)
        if self.prompt is not None:
            self._keep_to_named_line(logits, reply, tail)
            self._keep_to_order_ids(logits, reply, tail)
            self._keep_to_order_state(logits, reply, tail)
        if self.vocabulary is not None:
            if self.ascii_only:
                # no character to copy is written in bytes: none is begun ("26%" had become
                # "26" and a stray byte where the model had seldom seen "%")
                logits[self.table.partial] = float("-inf")
            self._keep_best_word(logits, reply, len(reply) - len(tail), eos_token_ids)

    def _description_onward(self, reply: str, eos_token_ids: frozenset[int]) -> list[int] | None:
        """After "The X costs P CUR." of a product X of the facts, the reply ends, or goes on
        with X's description from its start to its end, as the replies to "tell me about
        the X" did in training; the model chooses which. It had written words of its own
        there ("The Juniper Mesa Vase costs 24.99 USD. You else glaze, matte finish."). The
        tokens allowed next, or None where no such sentence ends the reply's start."""
        said = _PRICE_SENTENCE.match(reply)
        if said is None:
            return None
        written = reply[said.end():]
        allowed: set[int] = set()
        lines = self.descriptions.get(said.group(1), ())
        # of a product sold in several colours, the description of the line with that price
        priced = [d for price, d in lines if price == said.group(2)] or [d for _, d in lines]
        for description in priced:
            target = " " + description
            if target.startswith(written):  # at its end, the reply ends
                rest = target[len(written):]
                allowed.update(self.table.starting(rest) if rest else eos_token_ids)
        if not written:
            allowed.update(eos_token_ids)
        return sorted(allowed) if allowed else None

    def _field_onward(self, reply: str, eos_token_ids: frozenset[int] = frozenset()
                      ) -> list[int]:
        """A reply giving a field of a product ("The X has color ") copies the field's whole
        value as the facts write it: a list goes on to its last item ("white, indigo,
        celadon", where the model had stopped after "white"), a phrase to its end ("coarse
        (French press), medium (drip / pour-over)", which the model had garbled). Once the
        reply has written the field's first word, the tokens that write the value on; []
        where it writes no field (or has written one to its end: the model goes on freely,
        but for a value ending in a sign, which a word may not be glued to: "age 3+" had
        gone on "like", a byte piece the model had seldom seen before)."""
        said = _FIELD_SENTENCE.match(reply)
        if said is None:
            return []
        written = said.group(2)
        allowed: set[int] = set()
        for value in self.field_values.get(said.group(1), ()):
            key = WORD.match(value)
            if value == written and not value[-1].isalnum() and value[-1] not in ".,;":
                allowed.update(eos_token_ids, *(self.table.by_first_char.get(sign, ())
                                                for sign in ".,;"))
                continue
            if key is None or len(written) <= key.end() or not value.startswith(written) \
                    or len(value) == len(written):
                continue
            allowed.update(self.table.starting(value[len(written):]))
        return sorted(allowed)

    def _passage_onward(self, reply: str) -> list[int]:
        """A reply that has begun with two or more whole words of an FAQ answer of the
        facts (or one and five letters of the next) goes on with that answer to its end ("We
        are sorry" + "! Send us a photo of the damage within 7 days ...", not "We are sorry,
        I do not know that"; "We ship" + " to most countries", not " abroad"). The answer is
        the shop's word on it: the tokens that write it on from `reply`, or [] when the reply
        is copying none."""
        text = reply.lstrip()
        if not text:
            return []
        for passage in self.passages:
            if len(passage) <= len(text) or not passage.lower().startswith(text.lower()):
                continue
            rest = passage[len(text):]
            inside = text[-1].isalnum() and rest[0].isalnum()  # "We sh" of "We ship"
            written = WORD.findall(text)
            whole = len(written) - inside
            # Two whole words, or one and most of a long one ("Yes, exchange" of "Yes,
            # exchanges are free ...", where the model went on " an item for ..."); one
            # where that answer is all the facts hold ("For" of "For orders of 25 units or
            # more ...", where the model went on " bulk or business orders", the question's).
            if whole < (1 if self.sole_passage else 2) \
                    and not (whole == 1 and inside and len(written[-1]) >= 5):
                continue
            # [] where a tokenizer cannot spell it from here: the model is left free.
            return self.table.starting(rest)
        return []

    def _keep_to_order_ids(self, logits: torch.Tensor, reply: str, tail: str) -> None:
        """After the word "order", an id is an order id of the facts ("Order HH-145306:",
        "no order SO-348193"), never an item's SKU ("Order HAR-LOF399-WHI"): the best
        candidates that would start another figure there are banned."""
        ids = self.prompt.order_ids
        if not ids or not _NEAR_ORDER.search(reply[-48:]):
            return
        table, end = self.table, reply[-48:]
        top = logits.topk(min(TOP_CANDIDATES, logits.numel())).indices.tolist()
        banned = []
        for i in top:
            after = _AFTER_ORDER.search(end + table.text[i])
            found = WORD.match(after.group(1)) if after else None
            if found is None:
                continue
            word = found.group()
            if self._is_prefix(word) and not any(x.startswith(word) for x in ids):
                banned.append(i)
        if banned:
            logits[banned] = float("-inf")

    def _keep_to_order_state(self, logits: torch.Tensor, reply: str, tail: str) -> None:
        """A few words after an order's id, its state is the one the facts give it: "Order
        SO-596115 is being processed" was written for a returned order. The best candidates
        that would write another state's word there ("proce", "shipp", "deliv") are banned."""
        if not self.order_states or (tail and not tail.isalpha()):
            return
        ids = [(m.end(), m.group().strip(".,;:!?")) for m in re.finditer(r"\S+", reply)]
        ids = [(end, i) for end, i in ids if i in self.order_states]
        if not ids or len(WORD.findall(reply[ids[-1][0]:])) > 6:
            return
        allowed = _ORDER_STATES.get(self.order_states[ids[-1][1]])
        if allowed is None:
            return  # a state of the shop's own words: nothing to hold it to
        wrong = _STATE_WORDS - set(allowed)
        table, top = self.table, logits.topk(min(TOP_CANDIDATES, logits.numel())).indices
        banned = []
        for i in top.tolist():
            text = tail + table.text[i]
            found = list(re.finditer(r"[A-Za-z]+", text))
            for k, match in enumerate(found):
                low = match.group().lower()
                if k + 1 < len(found) or match.end() < len(text):  # a whole word
                    bad = low in wrong
                else:  # the open word: it leads only to another state's word
                    bad = any(w.startswith(low) for w in wrong) and \
                        not any(w.startswith(low) for w in allowed) and \
                        not self._starts_other_word(low)
                if bad:
                    banned.append(i)
                    break
        if banned:
            logits[banned] = float("-inf")

    @functools.cached_property
    def _other_words(self) -> list[str]:
        """The lowercased words a reply may write, order states' words left out, sorted."""
        words = {w.lower() for w in (*self.lexicon, *(self.vocabulary or ()))}
        return sorted(words - _STATE_WORDS)

    def _starts_other_word(self, low: str) -> bool:
        i = bisect.bisect_left(self._other_words, low)
        return i < len(self._other_words) and self._other_words[i].startswith(low)

    def _named_lines(self, head: str) -> frozenset[int]:
        """The facts the reply has just named in the shopper's own words ("The Quill Aurora
        Bottle costs"): the lines the last copied run of `head` can stand on (several for
        colour variants of one name), when that run is two or more words the shopper said,
        until a figure is written after it. Empty otherwise."""
        prompt, state, gap_start = self.prompt, None, 0
        named: frozenset[int] = frozenset()
        said = set(self.said_next).union(*self.said_next.values())
        run = 0  # words of the open run, -1 once one of them is not the shopper's
        for match in WORD.finditer(head):
            word = match.group()
            state = self._advance(state, word, head[gap_start : match.start()])
            if state is _INVALID:
                state = None
            if _DIGIT.search(word):
                named, run = frozenset(), 0  # that fact's figure is written (or another)
            elif state:
                run = run + 1 if run >= 0 and word.lower() in said else -1
                if run >= 2:  # the lines of every fact of that name (colour variants)
                    named = self._told_apart(frozenset(prompt.lines[i] for i in state))
            else:
                run = 0
            gap_start = match.end()
        return named

    def _told_apart(self, lines: frozenset[int]) -> frozenset[int]:
        """The fact lines among `lines` (an earlier reply that named the product is no
        source of its figures), and of several facts of one name (colour variants) those
        the shopper singled out: that hold a word the shopper said ("orange") that not all
        of them hold, in the latest message or else the latest one before it that does."""
        facts = frozenset(n for n in lines if n < self.fact_lines)
        if len(facts) < 2:
            return facts or lines
        words = {n: self.prompt.line_words.get(n, frozenset()) for n in facts}
        common = frozenset.intersection(*words.values())
        for said in self.said_turns:
            chosen = frozenset(n for n in facts if (words[n] - common) & said)
            if chosen:
                return chosen
        return lines

    def _named_figures(self, head: str) -> frozenset[str]:
        """The figures the reply may write next after naming a fact: its prices after
        "costs" or "for" (not its stock, "3 in stock"), else all of its figures."""
        lines = self._named_lines(head)
        if not lines:
            return frozenset()
        prompt = self.prompt
        last = re.search(r"(\w+)\W*\Z", head)
        if last and last.group(1).lower() in _PRICE_WORDS:
            prices = frozenset().union(*(prompt.line_prices[n] for n in lines))
            if prices:
                return prices
        return frozenset().union(*(prompt.line_figures[n] for n in lines))

    def _keep_to_price(self, logits: torch.Tensor, reply: str) -> None:
        """The figure after "costs" is a price of the facts, from its first digit to its
        last: not another figure of the product's line ("The ... Crew Sock M costs 2%10.5",
        the 2% of its fabric, where its price is 27.99)."""
        after = _AFTER_COSTS.search(reply)
        if after is None or after.group(2) in self.prices:
            return
        said = after.group(1) + (after.group(2) or "")
        table = self.table
        ids = [i for i in table.with_digit + table.by_first_char.get(".", [])
               + table.by_first_char.get(",", [])
               if any(p.startswith((said + table.text[i]).lstrip(" \t")) for p in self.prices)
               and (said + table.text[i])[:1] in (" ", "\t")]
        if not said:  # "costs": the blank before the price may come on its own
            ids += [i for i in table.by_first_char.get(" ", []) if not table.text[i].strip()]
        if ids:
            _keep_only(logits, ids)

    def _keep_sold_out(self, logits: torch.Tensor, reply: str) -> None:
        """A reply begun as the model's own reply about a product sold out, "Sorry, the X
        is", of one the facts have out of stock, goes on as that reply does: " out of
        stock" (it had written "Sorry, the ... Chopping Block Medium 35x25cm is in stock (25
        ...", and "is is is" with "in" barred)."""
        said = _SORRY_THE.match(reply)
        if said is None or not said.group(1).lower().startswith(self.sold_out):
            return
        written, form = said.group(2) or "", _SOLD_OUT
        if written == form or not form.startswith(written):
            return
        table = self.table
        ids = [i for i, t in enumerate(table.text)
               if t and (form.startswith(written + t) or (written + t).startswith(form))]
        if ids:
            _keep_only(logits, ids)

    def _keep_to_figure(self, logits: torch.Tensor, reply: str) -> None:
        """Only blanks, then a figure's first digit, may follow (when the tokenizer has them)."""
        table = self.table
        pattern = _DIGIT if reply.endswith((" ", "\t")) else _BLANK_OR_DIGIT_NEXT
        ids = [i for i in table.with_digit + table.breaking if pattern.match(table.text[i])]
        if ids:
            _keep_only(logits, ids)

    def _keep_to_named_line(self, logits: torch.Tensor, reply: str, tail: str) -> None:
        """A figure written right after a fact's name comes from that fact: when the reply
        has just named one ("The Quill Aurora Bottle costs"), tokens that would write a
        figure of another line (28.99, the next product's price) are banned."""
        if tail and not _DIGIT.search(tail) and not self._is_prefix(tail):
            return  # inside a word, not a figure
        head = reply[: len(reply) - len(tail)]
        if self._named[0] != head:
            self._named = (head, self._named_figures(head))
        named = self._named[1]
        if not named:
            return
        table = self.table
        banned = []
        for i in table.with_digit:
            written = [w for w in WORD.findall(tail + table.text[i]) if _DIGIT.search(w)]
            if written and not all(any(f.startswith(w) for f in named) for w in written):
                banned.append(i)
        if banned and len(banned) < len(table.with_digit):  # some figure of it stays writable
            logits[banned] = float("-inf")

    def _onward(self, tail: str) -> list[int]:
        """Tokens that carry the open `tail` further along a figure of the context."""
        table = self.table
        first = {f[len(tail)] for f in self.allowed if f.startswith(tail) and len(f) > len(tail)}
        return sorted(i for c in first for i in table.by_first_char.get(c, ())
                      if self._is_prefix(tail + table.text[i]))

    def _keep_best_word(self, logits: torch.Tensor, reply: str, settled: int,
                        eos_token_ids: frozenset[int]) -> None:
        """Leave only the best candidate whose words pass `words_ok` (greedy decoding): the
        top few first, then, rarely, the next ones down to `MORE_CANDIDATES`.

        Words before `settled` (where the open word at the end begins) cannot change: their
        run state is computed once, and each candidate is checked from there."""
        if self._settled[0] != settled:
            head = reply[:settled]
            last_end = max((m.end() for m in WORD.finditer(head)), default=0)
            self._settled = (settled, self._through(head), head[last_end:])
        _, state, gap = self._settled
        open_text = reply[settled:]
        if self._keep_said(logits, reply, open_text, state, gap, eos_token_ids):
            return
        top = min(TOP_CANDIDATES, logits.numel())
        for k in (top, min(MORE_CANDIDATES, logits.numel())):
            values, ids = logits.topk(k)
            start = 0 if k == top else top
            for value, i in zip(values.tolist()[start:], ids.tolist()[start:], strict=True):
                if value == float("-inf"):
                    return  # nothing allowed is left: the model's choice stands
                if i in eos_token_ids:
                    ok = self._check(state, open_text, final=True, gap=gap)
                elif _pads(reply, self.table.text[i]):
                    ok = False
                else:
                    ok = self._check(state, open_text + self.table.text[i], final=False,
                                     gap=gap)
                if ok:
                    _keep_only(logits, [i])
                    return
        # None of those: the tokens that start the word the run goes on with, however
        # unlikely ("On" of "Onyx" after "The Alder " when the model wants "is").
        onward = self._run_onward(state, open_text)
        if onward:
            ids = torch.tensor(onward)
            values, order = logits[ids].sort(descending=True)
            for value, i in zip(values.tolist(), ids[order].tolist(), strict=True):
                if value != float("-inf") and not _pads(reply, self.table.text[i]) and \
                        self._check(state, open_text + self.table.text[i], final=False,
                                    gap=gap):
                    _keep_only(logits, [i])
                    return
        # None kept the run: the best candidate that at least writes allowed words (the run
        # is given up), else the model's choice stands (the figure rule still holds).
        values, ids = logits.topk(logits.numel())
        for value, i in zip(values.tolist(), ids.tolist(), strict=True):
            if value == float("-inf"):
                return
            if i in eos_token_ids or _pads(reply, self.table.text[i]):
                continue
            if self._check(None, open_text + self.table.text[i], final=False):
                _keep_only(logits, [i])
                return

    def _run_onward(self, state, open_text: str) -> list[int]:
        """Tokens that may carry an open copied run on: those starting the letters of the
        word that follows it in the prompt (or of the open word's rest)."""
        if not state:
            return []
        prompt, table, found = self.prompt, self.table, set()
        open_word = open_text.strip()
        for i in state:
            if i + 1 >= len(prompt.words):
                continue
            nxt = prompt.spelled[i + 1]
            if not open_word:
                found.update(table.by_word_start.get(nxt[:1].lower(), ()))
            elif len(nxt) > len(open_word) and nxt.lower().startswith(open_word.lower()):
                c = nxt[len(open_word)]
                found.update((*table.by_first_char.get(c, ()),
                              *table.by_first_char.get(c.swapcase(), ())))
        return sorted(found)

    def _said_after(self, text: str) -> list[tuple[str, str, str]]:
        """When `text` ends a word inside a copied run that can go on more than one way
        ("Juniper" of "Juniper Mesa Vase" and "Juniper Haven Vase"), the ways the shopper
        said, each as the prompt spells it, lowercased and capitalized; else []."""
        last = None
        for last in WORD.finditer(text):  # noqa: B007 (the last match is wanted)
            pass
        if last is None or last.end() != len(text):
            return []
        if last.group().lower() == "the" and self.said_names \
                and not any(n.lower() in text.lower() for n in self.said_names):
            # "Yes, the" + the product the shopper named, not another one of the facts.
            first = sorted({n.split()[0] for n in self.said_names})
            return [_forms(f)[:3] for f in first]
        said = self.said_next.get(last.group().lower())
        if not said:
            return []
        state = self._through(text)
        prompt = self.prompt
        ways = {i + 1 for i in state or () if i + 1 < len(prompt.words)}
        if len({prompt.words[i] for i in ways}) < 2:
            return []
        spelled = sorted({prompt.spelled[i] for i in ways if prompt.words[i] in said})
        return [_forms(s)[:3] for s in spelled]

    def _keep_said(self, logits: torch.Tensor, reply: str, tail: str, state, gap: str,
                   eos_token_ids: frozenset[int]) -> bool:
        """Where a copied name can go on more than one way, keep a token that writes it on
        as the shopper said it (in the prompt's spelling where it can) and keeps the rules,
        however unlikely the model finds it; False when there is no such branch or no such
        token. Only tokens that start with the letters needed are looked at, so the cost
        does not grow with the vocabulary."""
        if not self.said_next:
            return False
        head = reply[: len(reply) - len(tail)]
        after_open = self._said_after(reply) if tail else []  # "Marlow" + " Pulse"
        after_head = self._said_after(head.rstrip()) if head.strip() else []  # "Marlow " + "Pu"
        if not after_open and not after_head:
            return False
        if self._wants_own_word(logits, reply, tail):
            return False  # "the price of", "the material of the ...": the model's words
        # Only tokens whose text can start the said word (or go on with it) are tried.
        table, starts = self.table, set()
        for way in after_open:
            starts.update(table.by_word_start.get(way[0][:1].lower(), ()))
        open_word = tail.strip()
        for way in after_head:
            if len(way[0]) > len(open_word):
                nxt = way[0][len(open_word)]
                starts.update(table.by_word_start.get(nxt.lower(), ()) if not open_word else
                              (*table.by_first_char.get(nxt, ()),
                               *table.by_first_char.get(nxt.swapcase(), ())))
        if not starts:
            return False
        found = []  # (which way, in the prompt's spelling, letters written, logit, token)
        for i in sorted(starts):
            value, piece = float(logits[i]), table.text[i]
            if value == float("-inf") or i in eos_token_ids or not piece.strip():
                continue
            if tail and not piece[0].isalnum():
                ways, written, branch = after_open, piece.strip(), 0
            else:
                ways, written, branch = after_head, (tail + piece).strip(), 1
            for k, forms in enumerate(ways):
                if written and any(f.startswith(written) for f in forms):
                    if self._check(state, tail + piece, final=False, gap=gap):
                        found.append(((branch, k), forms[0].startswith(written), len(written),
                                      value, i))
                    break
        if not found:
            return False
        # The name the model likes best of those the shopper said, then its longest piece
        # (tokenizers cut a word into long pieces: the model reads those best).
        spelled = [f for f in found if f[1]] or found
        way = max(spelled, key=lambda f: f[3])[0]
        _, _, _, value, i = max((f for f in found if f[0] == way), key=lambda f: f[1:4])
        _keep_only(logits, [i])
        return True

    @functools.cached_property
    def _own_words(self) -> frozenset[str]:
        """The lexicon's words, the facts' field keys and the latest message's words outside
        product names ("sizes" of "and the sizes?"), lowercased (once per request)."""
        named = {w.lower() for n in self.said_names for w in WORD.findall(n)}
        message = self.said_turns[0] if self.said_turns else frozenset()
        return self.keys | {w.lower() for w in self.lexicon} | (message - named)

    def _wants_own_word(self, logits: torch.Tensor, reply: str, tail: str) -> bool:
        """After "the" (where the rule above names the shopper's product): whether the
        model's favourite token starts a lexicon word or a field's key instead."""
        end = reply[-48:]
        if not re.search(r"\bthe(?:\s+\S*)?\Z", end, re.IGNORECASE):
            return False
        after = re.search(r"\bthe\s+(\S+)\Z", end + self.table.text[int(logits.argmax())],
                          re.IGNORECASE)
        word = WORD.match(after.group(1)) if after else None
        if word is None:
            return False
        low = word.group().lower()
        if word.group()[0].isupper() and any(n.startswith(word.group()) for n in self.fact_names):
            return False  # "the R" of "the Ridge Koa ...": a name, so the shopper's one
        return any(w.startswith(low) for w in self._own_words) and \
            not any(n.lower().startswith(low) for n in self.said_names)

    def _rule_after(self, tail: str, eos_token_ids: frozenset[int]):
        """None (anything goes), (False, banned ids) or (True, the only allowed ids)."""
        table = self.table
        if not _DIGIT.search(tail):
            # Outside a figure only tokens that bring a digit can break the rule.
            banned = [i for i in table.with_digit if not self.text_ok(tail + table.text[i])]
            return (False, torch.tensor(banned)) if banned else None
        # Inside a figure: allow continuations toward a context figure, and word breaks
        # only once the figure is whole.
        whole = self._is_whole(tail.rstrip(_JOINERS))
        if whole and tail in self.percents:  # "26%": the sign goes with the figure
            signs = [i for i in table.by_first_char.get("%", ()) if not _DIGIT.search(table.text[i])]
            if signs:
                return (True, torch.tensor(signs))
        candidates: set[int] = set()
        for figure in self.allowed:
            if figure.startswith(tail) and len(figure) > len(tail):
                candidates.update(table.by_first_char.get(figure[len(tail)], ()))
        if whole:
            for char in _JOINERS:
                candidates.update(table.by_first_char.get(char, ()))
            candidates.update(table.with_digit)
        allowed = [i for i in candidates if self.text_ok(tail + table.text[i])]
        if whole:
            allowed += table.breaking
            allowed += list(eos_token_ids)
        if not allowed:  # a tokenizer that cannot spell the figure: leave the model free
            return None
        return (True, torch.tensor(sorted(set(allowed))))


def _percents(context: str) -> frozenset[str]:
    """The figures that `context` writes as percentages every time ("protein 26%")."""
    after: dict[str, set[bool]] = {}
    for m in WORD.finditer(context):
        if _DIGIT.search(m.group()):
            after.setdefault(m.group(), set()).add(context.startswith("%", m.end()))
    return frozenset(f for f, signs in after.items() if signs == {True})


def _product_fields(context: str) -> list[list[str]]:
    """The fields of each "Product:" line of the facts, its name first."""
    return [[f.strip() for f in line[len("Product: "):].split(";")]
            for line in context.split("\n") if line.startswith("Product: ")]


def _product_names(context: str) -> list[str]:
    return [fields[0] for fields in _product_fields(context)]


def _named_products(names: list[str], message: str) -> tuple[str, ...]:
    """The products of the facts (their `names`) that `message` names: all of the name, or else two words
    of it in a row ("Lantern 130" of "Apex Lantern 130"). A name said in full is the one
    meant: "the Harbor Koa Headphones" does not also name the Ridge Koa Headphones beside it
    in the facts, whose last two words it holds."""
    whole, partly = _names_said(names, message)
    return tuple(dict.fromkeys(whole or partly))


def _said_in_full(names: list[str], message: str) -> tuple[str, ...]:
    """The `names` of two words or more that `message` holds whole, word for word."""
    whole, _ = _names_said(names, message)
    return tuple(dict.fromkeys(n for n in whole if len(WORD.findall(n)) >= 2))


def _names_said(names: list[str], message: str) -> tuple[list[str], list[str]]:
    """(the `names` that `message` holds whole, those it holds two words in a row of)."""
    said = " " + " ".join(m.group().lower() for m in WORD.finditer(message)) + " "
    whole, partly = [], []
    for name in names:
        words = [w.lower() for w in WORD.findall(name)]
        pairs = [" ".join(words[i:i + 2]) for i in range(max(1, len(words) - 1))]
        if words and f" {' '.join(words)} " in said:
            whole.append(name)
        elif words and any(f" {p} " in said for p in pairs):
            partly.append(name)
    return whole, partly


def _descriptions(context: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each product's (price, description) of its lines: the last field when that is a
    sentence (it begins with a capital letter: a field reads "color red", "12 in stock")."""
    found: dict[str, list[tuple[str, str]]] = {}
    for fields in _product_fields(context):
        last = fields[-1] if len(fields) > 1 else ""
        if last[:1].isupper():
            price = next((f.split()[1] for f in fields[1:] if f.startswith("price ")), "")
            found.setdefault(fields[0], []).append((price, last))
    return {name: tuple(dict.fromkeys(lines)) for name, lines in found.items()}


def _field_values(context: str) -> dict[str, tuple[str, ...]]:
    """Each product's fields after its name, price and stock, as the facts write them ("color
    white, indigo, celadon"), its description left out."""
    found: dict[str, list[str]] = {}
    for fields in _product_fields(context):
        values = [f.rstrip(".") for f in fields[1:]
                  if f and not f[:1].isupper() and not f.startswith("price ")
                  and not f.endswith(" in stock") and f != "out of stock"]
        found.setdefault(fields[0], []).extend(values)
    return {name: tuple(dict.fromkeys(values)) for name, values in found.items() if values}


def _faq_answers(context: str) -> tuple[str, ...]:
    """The answers of the "FAQ:" lines: what follows the question's first "? "."""
    answers = []
    for line in context.split("\n"):
        if line.startswith("FAQ: ") and "? " in line:
            answer = line.split("? ", 1)[1].strip()
            if answer:
                answers.append(answer)
    return tuple(answers)


def _field_keys(context: str) -> set[str]:
    """The first word of every field after a product's name: "price", "color", "features"."""
    keys: set[str] = set()
    for fields in _product_fields(context):
        for part in fields[1:]:
            first = WORD.match(part)
            if first:
                keys.add(first.group().lower())
    return keys


def _following(words: list[str]) -> dict[str, frozenset[str]]:
    """The words that follow each word of `words`."""
    found: dict[str, set[str]] = {}
    for word, after in zip(words, words[1:], strict=False):
        found.setdefault(word, set()).add(after)
    return {word: frozenset(after) for word, after in found.items()}


_CLOSERS = frozenset(")]}\"'%\u201d\u2019")


def _keep_only(logits: torch.Tensor, ids) -> None:
    """Leave the logits of `ids` as they are and ban every other token, in place."""
    kept = logits[ids].clone()
    logits.fill_(float("-inf"))
    logits[ids] = kept


def _pads(reply: str, piece: str) -> bool:
    """A piece that only pads the reply: a second blank, or punctuation straight after
    punctuation. When the word rule blocks the word the model wants, such pieces are what
    passes, and a reply would fill up with "; ; ;" instead of going on."""
    if piece[:1].isspace() and (not reply or reply[-1].isspace()):
        return True
    if not piece.strip():
        return False
    if any(c.isalnum() for c in piece):
        return False
    last = reply.rstrip()[-1:]
    # After a closing bracket, quote or "%" a sentence goes on: "(7 available)." pads nothing.
    return not last or not (last.isalnum() or last in _CLOSERS)


class FigureGate:
    """Holds back a figure until it has ended, so a reply cut short never shows half a
    price. A figure that is whole may still be the start of a longer one ("2" of
    "2026-02-15"), so every figure at the open end waits for the character after it."""

    def __init__(self, constraint: CopyConstraint) -> None:
        self.constraint = constraint
        self.shown = ""  # the end of the text shown so far (where an open figure may begin)
        self.pending = ""

    def feed(self, piece: str) -> str:
        """Text safe to show now."""
        self.pending += piece
        tail = _OPEN_TAIL.search(self.shown + self.pending)
        start = max(0, len(self.pending) - (len(tail.group()) if tail else 0))
        if tail and _DIGIT.search(tail.group()):
            out, self.pending = self.pending[:start], self.pending[start:]
        else:
            out, self.pending = self.pending, ""
        self.shown = (self.shown + out)[-64:]
        return out

    def flush(self) -> str:
        """At the end of the reply: the figure held back if it is whole, else nothing."""
        held, self.pending = self.pending, ""
        tail = _OPEN_TAIL.search(self.shown + held)
        if held and tail and self.constraint._is_whole(tail.group().rstrip(_JOINERS)):
            self.shown = (self.shown + held)[-64:]
            return held
        return ""
