"""CTC decoding: greedy, and prefix beam search that can boost hotwords (product names)."""

from __future__ import annotations

import torch


def greedy(logp: torch.Tensor, blank: int) -> list[int]:
    """(N, V) log-probs -> unit ids: best unit per frame, repeats merged, blanks dropped."""
    best = logp.argmax(-1).tolist()
    out, prev = [], blank
    for u in best:
        if u != prev and u != blank:
            out.append(u)
        prev = u
    return out
