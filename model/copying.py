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

Token strings are measured once per tokenizer (`TokenTable`): each token's text as it reads
after a preceding letter, so leading spaces of SentencePiece and byte-level pieces count.
"""

from __future__ import annotations

import bisect
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
        # Tokens that start a new word (or are punctuation): allowed after a whole figure.
        self.by_first_char: dict[str, list[int]] = {}
        for i, t in enumerate(self.text):
            if t:
                self.by_first_char.setdefault(t[0], []).append(i)
        self.breaking = [
            i for i, t in enumerate(self.text)
            if (not t or not re.match(rf"[{_WORD_CHARS}{re.escape(_JOINERS)}]", t[0]))
            and not _DIGIT.search(t)
        ]


@dataclass
class CopyConstraint:
    """The figures one request may write, and the check on each candidate token."""

    table: TokenTable
    allowed: list[str]  # sorted figures from the context
    _rules: dict[str, tuple[bool, torch.Tensor] | None] = field(default_factory=dict, repr=False)

    @classmethod
    def from_context(cls, table: TokenTable, context: str) -> CopyConstraint:
        return cls(table=table, allowed=sorted(figures(context)))

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
        tail_match = _OPEN_TAIL.search(reply)
        tail = tail_match.group() if tail_match else ""
        # The rule depends only on the open word at the end; replies revisit few of them.
        if tail not in self._rules:
            self._rules[tail] = self._rule_after(tail, eos_token_ids)
        rule = self._rules[tail]
        if rule is None:
            return
        only, ids = rule
        if only:
            kept = logits[ids].clone()
            logits.fill_(float("-inf"))
            logits[ids] = kept
        else:
            logits[ids] = float("-inf")

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


class FigureGate:
    """Holds back a figure until it is whole, so a reply cut short never shows half a price."""

    def __init__(self, constraint: CopyConstraint) -> None:
        self.constraint = constraint
        self.pending = ""

    def feed(self, piece: str) -> str:
        """Text safe to show now."""
        self.pending += piece
        tail = _OPEN_TAIL.search(self.pending)
        if tail and _DIGIT.search(tail.group()):
            if not self.constraint._is_whole(tail.group().rstrip(_JOINERS)):
                out = self.pending[: tail.start()]
                self.pending = self.pending[tail.start() :]
                return out
        out, self.pending = self.pending, ""
        return out

    def flush(self) -> str:
        """At the end of the reply: an unfinished figure is dropped, never shown."""
        self.pending = ""
        return ""
