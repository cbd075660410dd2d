import math

import torch

from speech.decoder import BeamOptions, PrefixBeamSearch, beam_search, greedy

BLANK = 4


def frames(*rows: dict[int, float]) -> torch.Tensor:
    """Each row: unit -> probability; the rest goes to blank."""
    out = torch.full((len(rows), 5), 1e-6)
    for t, row in enumerate(rows):
        for u, p in row.items():
            out[t, u] = p
        out[t, BLANK] = max(1e-6, 1 - sum(row.values()))
    return (out / out.sum(-1, keepdim=True)).log()


def test_greedy_merges_repeats_and_drops_blanks():
    logp = frames({1: 0.9}, {1: 0.9}, {}, {1: 0.9}, {2: 0.9}, {})
    assert greedy(logp, BLANK) == [1, 1, 2]


def test_beam_sums_paths_that_greedy_misses():
    # Best single path is blank-blank; but "1" collects more probability over its paths.
    logp = frames({1: 0.4}, {1: 0.4})
    assert greedy(logp, BLANK) == []
    assert beam_search(logp, BLANK) == [1]


def test_hotword_boost_flips_a_close_call_and_only_whole_hotwords_count():
    logp = frames({0: 0.45, 2: 0.5}, {3: 0.9})
    assert beam_search(logp, BLANK) == [2, 3]
    boosted = beam_search(logp, BLANK, hotwords=[[0, 3]],
                          options=BeamOptions(hotword_weight=1.0))
    assert boosted == [0, 3]
    # A hotword that the audio only half-matches earns nothing at the end.
    half = beam_search(logp, BLANK, hotwords=[[0, 1]], options=BeamOptions(hotword_weight=1.0))
    assert half == [2, 3]


def test_incremental_equals_one_shot():
    torch.manual_seed(0)
    logp = torch.randn(40, 5).log_softmax(-1)
    search = PrefixBeamSearch(BLANK)
    for i in range(0, 40, 7):
        search.advance(logp[i : i + 7])
    assert search.best() == beam_search(logp, BLANK)
    copy = search.copy()
    copy.advance(logp[:3])
    assert search.best() == beam_search(logp, BLANK)  # the copy left the original alone
    assert all(math.isfinite(p.total) for p in search.beams.values())
