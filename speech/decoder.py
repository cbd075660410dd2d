"""CTC decoding: greedy, and a prefix beam search with a unit language model and hotwords.

The beam search runs frame by frame and keeps its state, so a stream advances it as chunks
are encoded and a partial transcript is its best prefix at any moment. A unit n-gram model
(`speech.lm`) adds `lm_weight` times its log-probability of each unit a prefix grows by, and
`unit_bonus` per unit against its bias for short transcripts (shallow fusion); the end of the
utterance is scored when the best prefix is read. Hotwords are unit sequences in a trie: each
unit that extends a match earns `hotword_weight`; when a match breaks before the hotword is
complete the bonus it earned is taken back, so only whole hotwords keep their boost.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import torch

from speech.lm import UnitLM

NEG_INF = -math.inf
MAX_HOTWORDS = 2000  # catalog names boosted per stream (the first ones of a bigger shop)


def greedy(logp: torch.Tensor, blank: int) -> list[int]:
    """(N, V) log-probs -> unit ids: best unit per frame, repeats merged, blanks dropped."""
    best = logp.argmax(-1).tolist()
    out, prev = [], blank
    for u in best:
        if u != prev and u != blank:
            out.append(u)
        prev = u
    return out


def _logaddexp(a: float, b: float) -> float:
    if a == NEG_INF:
        return b
    if b == NEG_INF:
        return a
    m = max(a, b)
    return m + math.log1p(math.exp(-abs(a - b)))


class HotwordTrie:
    """Unit-id sequences of the hotwords; node 0 is the root."""

    def __init__(self, sequences: Sequence[Sequence[int]]) -> None:
        self.children: list[dict[int, int]] = [{}]
        self.depth = [0]
        self.final = [False]
        for seq in sequences:
            node = 0
            for u in seq:
                if u not in self.children[node]:
                    self.children[node][u] = len(self.children)
                    self.children.append({})
                    self.depth.append(self.depth[node] + 1)
                    self.final.append(False)
                node = self.children[node][u]
            if node:
                self.final[node] = True

    def step(self, node: int, unit: int, weight: float) -> tuple[int, float]:
        """Follow `unit` from `node` -> (new node, bonus change)."""
        child = self.children[node].get(unit)
        if child is not None:
            return (0 if self.final[child] and not self.children[child] else child), weight
        undo = -weight * self.depth[node]  # a broken partial match gives its bonus back
        child = self.children[0].get(unit)
        if child is not None:
            return (0 if self.final[child] and not self.children[child] else child), undo + weight
        return 0, undo


@dataclass
class _Prefix:
    blank: float  # log-prob of the prefix ending in blank
    nonblank: float  # log-prob of the prefix ending in its last unit
    hot_node: int = 0
    hot_bonus: float = 0.0
    lm_score: float = 0.0  # weighted language-model log-prob of the units, with unit bonuses

    @property
    def total(self) -> float:
        return _logaddexp(self.blank, self.nonblank)


@dataclass(frozen=True)
class BeamOptions:
    beam: int = 8  # prefixes kept after each frame
    units_per_frame: int = 8  # most likely units expanded per frame
    blank_skip: float = 0.999  # frames where blank is this sure only extend blanks
    hotword_weight: float = 1.5  # log-score bonus per matched hotword unit
    # With a unit language model (chosen on development clips of training voices, see
    # `speech/weights/README.md`); 0 turns it off.
    lm_weight: float = 0.8  # weight of its log-prob
    unit_bonus: float = 1.0  # log-score per unit, against its bias for short transcripts


class PrefixBeamSearch:
    """Incremental CTC prefix beam search over unit ids."""

    def __init__(self, blank: int, options: BeamOptions | None = None,
                 hotwords: Sequence[Sequence[int]] = (), lm: UnitLM | None = None) -> None:
        self.blank = blank
        self.options = options or BeamOptions()
        self.trie = HotwordTrie(hotwords) if hotwords else None
        self.lm = lm if lm is not None and self.options.lm_weight > 0 else None
        self.beams: dict[tuple[int, ...], _Prefix] = {(): _Prefix(0.0, NEG_INF)}

    def copy(self) -> PrefixBeamSearch:
        other = PrefixBeamSearch.__new__(PrefixBeamSearch)
        other.blank, other.options, other.trie, other.lm = (
            self.blank, self.options, self.trie, self.lm)
        other.beams = {k: _Prefix(v.blank, v.nonblank, v.hot_node, v.hot_bonus, v.lm_score)
                       for k, v in self.beams.items()}
        return other

    def _lm_context(self, key: tuple[int, ...]) -> tuple[int, ...]:
        """The last `order - 1` units of a prefix, padded at the start of the utterance."""
        n = self.lm.order - 1
        return (self.lm.start() + key[-n:])[-n:] if n else ()

    def advance(self, logp: torch.Tensor) -> None:
        """Consume (n, V) log-probs of the next frames."""
        opts = self.options
        blank_skip = math.log(opts.blank_skip)
        top_vals, top_ids = logp.topk(min(opts.units_per_frame, logp.shape[-1]), dim=-1)
        blank_col = logp[:, self.blank].tolist()
        for t in range(logp.shape[0]):
            p_blank = blank_col[t]
            if p_blank > blank_skip:
                for prefix in self.beams.values():
                    prefix.blank = prefix.total + p_blank
                    prefix.nonblank = NEG_INF
                continue
            candidates = [(u, v) for u, v in zip(top_ids[t].tolist(), top_vals[t].tolist(),
                                                 strict=True) if u != self.blank]
            self._expand(p_blank, candidates)

    def _expand(self, p_blank: float, candidates: list[tuple[int, float]]) -> None:
        new: dict[tuple[int, ...], _Prefix] = {}

        def entry(key: tuple[int, ...], source: _Prefix, unit: int | None) -> _Prefix:
            found = new.get(key)
            if found is None:
                node, bonus, lm_score = source.hot_node, source.hot_bonus, source.lm_score
                if unit is not None and self.trie is not None:
                    node, delta = self.trie.step(node, unit, self.options.hotword_weight)
                    bonus += delta
                if unit is not None and self.lm is not None:
                    lm_score += self.options.lm_weight * self.lm.logprob(
                        self._lm_context(key[:-1]), unit) + self.options.unit_bonus
                found = new[key] = _Prefix(NEG_INF, NEG_INF, node, bonus, lm_score)
            return found

        for key, prefix in self.beams.items():
            total = prefix.total
            # The prefix stays the same: a blank, or a repeat of its last unit.
            same = entry(key, prefix, None)
            same.blank = _logaddexp(same.blank, total + p_blank)
            last = key[-1] if key else None
            for unit, p in candidates:
                if unit == last:
                    same.nonblank = _logaddexp(same.nonblank, prefix.nonblank + p)
                    # A repeated unit counts again only after a blank in between.
                    grown = entry((*key, unit), prefix, unit)
                    grown.nonblank = _logaddexp(grown.nonblank, prefix.blank + p)
                else:
                    grown = entry((*key, unit), prefix, unit)
                    grown.nonblank = _logaddexp(grown.nonblank, total + p)
        ranked = sorted(new.items(), key=lambda kv: kv[1].total + kv[1].hot_bonus + kv[1].lm_score,
                        reverse=True)
        self.beams = dict(ranked[: self.options.beam])

    def best(self) -> list[int]:
        """Best prefix so far; unfinished hotword matches earn nothing."""

        def final_score(key: tuple[int, ...], p: _Prefix) -> float:
            unfinished = self.trie.depth[p.hot_node] if self.trie is not None else 0
            score = p.total + p.hot_bonus + p.lm_score - unfinished * self.options.hotword_weight
            if self.lm is not None:
                score += self.options.lm_weight * self.lm.logprob(self._lm_context(key),
                                                                  self.lm.eos)
            return score

        return list(max(self.beams.items(), key=lambda kv: final_score(*kv))[0])


def beam_search(logp: torch.Tensor, blank: int, *, options: BeamOptions | None = None,
                hotwords: Sequence[Sequence[int]] = (), lm: UnitLM | None = None) -> list[int]:
    """(N, V) log-probs of a whole utterance -> unit ids of the best prefix."""
    search = PrefixBeamSearch(blank, options, hotwords, lm)
    search.advance(logp)
    return search.best()
