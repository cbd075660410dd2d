"""An n-gram language model over the recognizer's own units, fused into the CTC beam search.

A caller's words are mostly ordinary ones ("how much is", "my order number is", "dot com"),
and the acoustic model alone spells some of them by ear ("onex thousand", "hotail dot com").
A model of which unit follows which, counted over shopper sentences, makes the spellings of
real words and phrases likelier without a word list: unknown product names, e-mail
addresses and ids are still made of units, so nothing a caller says is out of vocabulary.

Interpolated Kneser-Ney (Chen & Goodman) with one absolute discount per order; n-grams of
order 3 and up seen fewer than `min_count` times are pruned, and every distribution is
normalized over what is kept. Stored as sorted integer arrays (`.npz`) and looked up with
`numpy.searchsorted`, so a loaded model costs its file size in memory.
"""

from __future__ import annotations

import functools
import math
import os
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
from tqdm import tqdm

FILE_NAME = "units_lm.npz"


class UnitLM:
    """P(next unit | previous `order - 1` units); units are ids 0..vocab-1, plus BOS and EOS."""

    def __init__(self, vocab: int, order: int, tables: list[tuple[np.ndarray, np.ndarray]],
                 discounts: Sequence[float]) -> None:
        if order < 1 or (order + 1) * math.log2(vocab + 3) > 62:
            raise ValueError(f"an order of {order} does not fit the key encoding")
        self.vocab, self.order = vocab, order
        self.bos, self.eos = vocab, vocab + 1
        self.base = vocab + 3  # digits 1..vocab+2: units, BOS, EOS shifted by one
        self.discounts = [float(d) for d in discounts]
        # Per order k (1..order): sorted keys of k-grams and their (continuation) counts.
        self.keys = [t[0] for t in tables]
        self.counts = [t[1] for t in tables]
        # Per order k >= 2: the contexts (k-1 units), their count totals and distinct followers.
        self.ctx_keys, self.ctx_totals, self.ctx_types = [], [], []
        for keys, counts in tables:
            ctx = keys // self.base  # dropping the last unit of the key leaves the context
            uniq, start = np.unique(ctx, return_index=True)
            self.ctx_keys.append(uniq)
            self.ctx_totals.append(np.add.reduceat(counts, start) if len(counts) else counts)
            self.ctx_types.append(np.diff(np.append(start, len(ctx))))
        self.unigram_total = int(self.counts[0].sum())
        self.logprob = functools.lru_cache(maxsize=65_536)(self._logprob)  # shared by all streams

    # ----------------------------------------------------------------------- lookup

    def _key(self, units: Sequence[int]) -> int:
        return _encode(units, self.base)

    @staticmethod
    def _find(keys: np.ndarray, key: int) -> int:
        i = int(np.searchsorted(keys, key))
        return i if i < len(keys) and int(keys[i]) == key else -1

    def _logprob(self, context: tuple[int, ...], unit: int) -> float:
        """log P(unit | context); the context is cut to the model's order."""
        context = context[len(context) - self.order + 1:] if self.order > 1 else ()
        return math.log(self._prob(context, unit))

    def _prob(self, context: tuple[int, ...], unit: int) -> float:
        k = len(context) + 1
        if k == 1:
            d = self.discounts[0]
            i = self._find(self.keys[0], self._key((unit,)))
            count = float(self.counts[0][i]) if i >= 0 else 0.0
            types = len(self.keys[0])
            return (max(count - d, 0.0) + d * types / (self.vocab + 1)) / self.unigram_total
        lower = self._prob(context[1:], unit)
        c = self._find(self.ctx_keys[k - 1], self._key(context))
        if c < 0:
            return lower
        total = float(self.ctx_totals[k - 1][c])
        types = float(self.ctx_types[k - 1][c])
        i = self._find(self.keys[k - 1], self._key((*context, unit)))
        count = float(self.counts[k - 1][i]) if i >= 0 else 0.0
        d = self.discounts[k - 1]
        return (max(count - d, 0.0) + d * types * lower) / total

    def start(self) -> tuple[int, ...]:
        """The context at the start of an utterance."""
        return (self.bos,) * (self.order - 1)

    def score(self, units: Sequence[int], *, end: bool = True) -> float:
        """log P of a whole unit sequence (with the end of the utterance when `end`)."""
        context, total = self.start(), 0.0
        for u in [*units, self.eos] if end else units:
            total += self.logprob(context, u)
            context = (*context, u)[1:] if self.order > 1 else ()
        return total

    # ----------------------------------------------------------------------- files

    def save(self, path: str) -> None:
        arrays = {"meta": np.array([self.vocab, self.order]),
                  "discounts": np.array(self.discounts)}
        for k in range(self.order):
            arrays[f"keys{k + 1}"] = self.keys[k]
            arrays[f"counts{k + 1}"] = self.counts[k]
        tmp = path + ".tmp.npz"
        np.savez_compressed(tmp, **arrays)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: str) -> UnitLM:
        with np.load(path) as f:
            vocab, order = (int(x) for x in f["meta"])
            tables = [(f[f"keys{k}"], f[f"counts{k}"]) for k in range(1, order + 1)]
            return cls(vocab, order, tables, f["discounts"].tolist())

    # ----------------------------------------------------------------------- training

    @classmethod
    def train(cls, sequences: Iterable[Sequence[int]], *, vocab: int, order: int,
              min_count: int = 2) -> UnitLM:
        """Count `order`-grams of unit sequences and build the interpolated Kneser-Ney model."""
        bos, eos = vocab, vocab + 1
        raw: list[Counter] = [Counter() for _ in range(order)]
        for seq in tqdm(sequences, desc="count n-grams", unit="sentence", mininterval=5):
            padded = [bos] * (order - 1) + list(seq) + [eos]
            for i in range(order - 1, len(padded)):
                for k in range(1, order + 1):
                    raw[k - 1][tuple(padded[i - k + 1 : i + 1])] += 1
        # One discount per order, n1 / (n1 + 2 n2) from the counts of counts before pruning.
        discounts = []
        for table in raw:
            n1 = sum(1 for c in table.values() if c == 1)
            n2 = sum(1 for c in table.values() if c == 2)
            discounts.append(min(max(n1 / (n1 + 2 * n2), 0.1), 0.95) if n1 + n2 else 0.5)
        for k in range(3, order + 1):  # prune rare long n-grams
            raw[k - 1] = Counter({g: c for g, c in raw[k - 1].items() if c >= min_count})
        # Lower orders count contexts a word continues (Kneser-Ney), except at the start of an
        # utterance, where no longer history exists and raw counts stand.
        adjusted: list[Counter] = [Counter() for _ in range(order)]
        adjusted[order - 1] = raw[order - 1]
        for k in range(order - 1, 0, -1):
            table = adjusted[k - 1]
            for gram in raw[k]:
                table[gram[1:]] += 1
            for gram, c in raw[k - 1].items():
                if gram[0] == bos:
                    table[gram] = c
        tables = []
        for table in adjusted:
            model_keys = np.array([_encode(g, vocab + 3) for g in table], dtype=np.int64)
            model_counts = np.array(list(table.values()), dtype=np.int64)
            order_ix = np.argsort(model_keys)
            tables.append((model_keys[order_ix], model_counts[order_ix]))
        return cls(vocab, order, tables, discounts)


def _encode(gram: Sequence[int], base: int) -> int:
    """Units -> one integer, a digit per unit in `base`."""
    key = 0
    for u in gram:
        key = key * base + u + 1  # +1: no unit encodes as 0, so lengths never collide
    return key
