"""Order look-up with proof: an order's details go only to someone who names the order and
its email (on voice, its postcode). The order-id pattern is learned from the store's orders.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from retrieval.store import Order

# An e-mail address as shoppers write one (also what app/privacy masks).
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
                "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

VERIFIED, NEED_PROOF, MISMATCH, NOT_FOUND = "verified", "need_proof", "mismatch", "not_found"


@dataclass(frozen=True)
class OrderCheck:
    order_id: str
    state: str  # verified | need_proof | mismatch | not_found
    order: dict[str, Any] | None = None  # only when verified


def _runs(order_id: str) -> list[tuple[str, str]]:
    """Split an id into runs of (kind, text): kind is 'L' letters, 'D' digits, or the char."""
    runs: list[tuple[str, str]] = []
    for char in order_id:
        kind = "L" if char.isalpha() else "D" if char.isdigit() else char
        if runs and runs[-1][0] == kind and kind in "LD":
            runs[-1] = (kind, runs[-1][1] + char)
        else:
            runs.append((kind, char))
    return runs


def learn_id_pattern(order_ids: Iterable[str]) -> re.Pattern[str] | None:
    """A regex that finds ids shaped like the store's, in free text.

    Each distinct shape (e.g. letter run, digit run of 5) becomes one alternative; a letter
    run that is the same in every id of that shape stays literal ("A", "ORD"). Separators may
    be typed or spoken as a space or a dash or left out, so they match loosely.
    """
    shapes: dict[tuple[tuple[str, int], ...], list[list[tuple[str, str]]]] = {}
    for order_id in order_ids:
        runs = _runs(order_id.strip())
        shapes.setdefault(tuple((k, len(t)) for k, t in runs), []).append(runs)
    if not shapes:
        return None
    alternatives = []
    for shape, examples in shapes.items():
        parts = []
        for position, (kind, length) in enumerate(shape):
            texts = {example[position][1].upper() for example in examples}
            if kind == "L":
                parts.append(re.escape(texts.pop()) if len(texts) == 1 and len(examples) > 1
                             else f"[A-Za-z]{{{length}}}")
            elif kind == "D":
                parts.append(f"\\d{{{length}}}")
            else:
                parts.append(None)  # a separator
        pattern = ""
        for index, part in enumerate(parts):
            if part is None:
                pattern += r"[\s\-_/.#]?"
            else:
                if index and parts[index - 1] is not None:
                    pattern += r"[\s\-]?"
                pattern += part
        alternatives.append(pattern)
    alternatives.sort(key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alternatives) + r")(?![A-Za-z0-9])",
                      re.I)


def _canonical(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


def _spoken_digits(text: str) -> str:
    """'nine four one oh seven' -> '94107' so spoken postcodes and ids can be read."""
    digits = re.sub(r"\b(" + "|".join(_DIGIT_WORDS) + r")\b",
                    lambda m: _DIGIT_WORDS[m.group(1).lower()], text, flags=re.I)
    # a run of single digits said one by one is one number
    return re.sub(r"\b\d(?:[\s,]+\d\b)+", lambda m: re.sub(r"[\s,]", "", m.group(0)), digits)


class OrderBook:
    """The store's orders and the rule for giving them out."""

    def __init__(self, orders: Sequence[Order]) -> None:
        self.orders = {_canonical(o.order_id): o for o in orders}
        self.pattern = learn_id_pattern(o.order_id for o in orders)

    def find_ids(self, text: str) -> list[str]:
        """Order-id-shaped strings in `text`, canonical (upper case, no separators)."""
        if not self.pattern or not text:
            return []
        found = []
        for source in (text, _spoken_digits(text)):
            for match in self.pattern.finditer(source):
                candidate = _canonical(match.group(0))
                if candidate not in found:
                    found.append(candidate)
        # Prefer ids the store knows; an unknown one is still reported as not found.
        return sorted(found, key=lambda c: c not in self.orders)

    def check(self, *, text: str | None, history: Sequence[str], verified_id: str | None,
              channel: str) -> OrderCheck | None:
        text = text or ""
        ids = self.find_ids(text)
        if not ids and verified_id:
            order = self.orders.get(_canonical(verified_id))
            if order is not None:
                return OrderCheck(order.order_id, VERIFIED, order.model_dump())
        if not ids:
            for earlier in reversed(history):
                ids = self.find_ids(earlier)
                if ids:
                    break
        if not ids:
            return None
        key = ids[0]
        order = self.orders.get(key)
        if order is None:
            return OrderCheck(key, NOT_FOUND)
        if verified_id and _canonical(verified_id) == key:
            return OrderCheck(order.order_id, VERIFIED, order.model_dump())
        return self._prove(order, text, channel)

    def _prove(self, order: Order, text: str, channel: str) -> OrderCheck:
        emails = [e.lower() for e in EMAIL.findall(text)]
        if emails and order.email:
            if order.email.strip().lower() in emails:
                return OrderCheck(order.order_id, VERIFIED, order.model_dump())
            return OrderCheck(order.order_id, MISMATCH)
        if channel == "voice" and order.postcode:
            stored = _canonical(order.postcode)
            spoken = _spoken_digits(text)
            if self.pattern:
                spoken = self.pattern.sub(" ", spoken)
            words = re.findall(r"[A-Za-z0-9]+", spoken)
            # A postcode is said in one piece ("94107") or digit by digit ("9 4 1 0 7").
            windows = {"".join(words[i:j]).upper() for i in range(len(words))
                       for j in range(i + 1, min(len(words), i + 8) + 1)}
            if stored in windows:
                return OrderCheck(order.order_id, VERIFIED, order.model_dump())
            digit_runs = re.findall(r"\d(?:[\s-]?\d)+", spoken)
            if re.search(r"\b(?:post ?code|zip)\b", text, re.I) or any(
                    len(_canonical(run)) == len(stored) for run in digit_runs):
                return OrderCheck(order.order_id, MISMATCH)
        return OrderCheck(order.order_id, NEED_PROOF)
