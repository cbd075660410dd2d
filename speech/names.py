"""A shop's product names put back into transcripts where the recognizer spelled them by ear.

Callers name products whose words no recognizer knows ("basalt willow headphones" comes out
as "bazolt willo headphones"). Beam-search hotwords cannot help when the acoustic output is
already far from the name's units, so the transcript is also compared with the catalog: a run
of up to `max_words` words that, written without spaces, is close enough to a product name
(rapidfuzz's normalized Indel similarity) is replaced by that name. The best match goes first,
then the next best among the words left, so one sentence can hold two products.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from speech.synth import spoken_name

# Similarity (0-100) from which a run of words counts as a misheard product name. Chosen on a
# development store's clips (README: 60 / 70 / 80 compared); the held-out store was not used.
MIN_SCORE = 70.0
MIN_CHARS = 6  # shorter runs ("the", "a mug") are left alone: too easy to match by chance


class CatalogNames:
    def __init__(self, names: Sequence[str], *, min_score: float = MIN_SCORE,
                 max_words: int = 6) -> None:
        self.names = sorted({s for s in (spoken_name(n) for n in names) if s})
        self._squashed = [n.replace(" ", "") for n in self.names]
        self.min_score = min_score
        self.max_words = max_words

    def __bool__(self) -> bool:
        return bool(self.names)

    def correct(self, text: str, rounds: int = 3) -> str:
        if not self.names:
            return text
        words = text.split()
        fixed = [False] * len(words)  # words already replaced by (or found to be) a name
        for _ in range(rounds):
            best = None
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + self.max_words) + 1):
                    if any(fixed[i:j]):
                        break
                    span = "".join(words[i:j])
                    if len(span) < MIN_CHARS:
                        continue
                    hit = process.extractOne(span, self._squashed, scorer=fuzz.ratio,
                                             score_cutoff=self.min_score)
                    if hit is not None and (best is None or hit[1] > best[0]):
                        best = (hit[1], i, j, self.names[hit[2]].split())
            if best is None:
                break
            _, i, j, name = best
            words[i:j] = name
            fixed[i:j] = [True] * len(name)
        return " ".join(words)


@functools.lru_cache(maxsize=8)
def for_hotwords(hotwords: tuple[str, ...]) -> CatalogNames:
    """The corrector for a stream's hotwords (a server passes the same catalog every turn)."""
    return CatalogNames(hotwords)
