"""The unit language model of the beam search (`speech.lm`) and its fusion into decoding."""

import math
import random

import pytest
import torch

from speech.decoder import BeamOptions, PrefixBeamSearch, beam_search
from speech.lm import UnitLM

VOCAB = 6  # units 0..5


def corpus(n: int = 400) -> list[list[int]]:
    rng = random.Random(0)
    phrases = [[0, 3, 1], [2, 5, 5, 1], [0, 3, 4], [4, 4, 2, 0, 3]]
    return [sum((rng.choice(phrases) for _ in range(rng.randint(1, 3))), [])
            for _ in range(n)]


@pytest.fixture(scope="module")
def lm() -> UnitLM:
    return UnitLM.train(corpus(), vocab=VOCAB, order=4, min_count=2)


def contexts(lm: UnitLM) -> list[tuple[int, ...]]:
    return [lm.start(), (lm.bos, lm.bos, 0), (0, 3, 1), (5, 5, 5), (1, 2, 4), (3, 3, 3)]


def test_every_context_gives_a_distribution(lm):
    # Seen, unseen and start-of-utterance contexts: probabilities over units and the end sum
    # to one, and nothing is impossible.
    for context in contexts(lm):
        probs = [math.exp(lm.logprob(context, u)) for u in [*range(VOCAB), lm.eos]]
        assert sum(probs) == pytest.approx(1.0, abs=1e-9), context
        assert min(probs) > 0


def test_likely_sequences_score_higher_and_files_round_trip(lm, tmp_path):
    assert lm.score([0, 3, 1]) > lm.score([0, 1, 3])
    assert lm.score([2, 5, 5, 1]) > lm.score([2, 5, 1])
    path = str(tmp_path / "lm.npz")
    lm.save(path)
    again = UnitLM.load(path)
    for seq in ([0, 3, 1], [5, 4, 3, 2, 1], []):
        assert again.score(seq) == pytest.approx(lm.score(seq), abs=1e-12)


BLANK = VOCAB


def frames(*rows: dict[int, float]) -> torch.Tensor:
    out = torch.full((len(rows), VOCAB + 1), 1e-6)
    for t, row in enumerate(rows):
        for u, p in row.items():
            out[t, u] = p
        out[t, BLANK] = max(1e-6, 1 - sum(row.values()))
    return (out / out.sum(-1, keepdim=True)).log()


def test_the_language_model_settles_a_close_call(lm):
    # After "0 3" the audio slightly prefers unit 5, which never follows there in the text;
    # unit 1 often does.
    logp = frames({0: 0.9}, {3: 0.9}, {5: 0.5, 1: 0.45})
    off = BeamOptions(lm_weight=0.0)
    assert beam_search(logp, BLANK, options=off, lm=lm) == [0, 3, 5]
    fused = PrefixBeamSearch(BLANK, BeamOptions(lm_weight=1.0, unit_bonus=0.0), lm=lm)
    fused.advance(logp)
    assert fused.best() == [0, 3, 1]
    # The prefixes themselves are ranked with the model (not only the end of the utterance).
    ranked = max(fused.beams.items(), key=lambda kv: kv[1].total + kv[1].lm_score)
    assert ranked[0] == (0, 3, 1)


def test_incremental_equals_one_shot_with_the_language_model(lm):
    torch.manual_seed(0)
    logp = torch.randn(40, VOCAB + 1).log_softmax(-1)
    options = BeamOptions(lm_weight=0.8, unit_bonus=1.0)
    search = PrefixBeamSearch(BLANK, options, lm=lm)
    for i in range(0, 40, 7):
        search.advance(logp[i : i + 7])
    assert search.best() == beam_search(logp, BLANK, options=options, lm=lm)
    copy = search.copy()
    copy.advance(logp[:3])
    assert search.best() == beam_search(logp, BLANK, options=options, lm=lm)


def test_the_bundled_recognizer_decodes_with_its_language_model(bundled):
    assert bundled.lm is not None and bundled.lm.vocab == bundled.units.size
    assert bundled.options.beam.lm_weight > 0
    words = bundled.units.encode("how much is the blue kettle")
    misspelt = bundled.units.encode("hwo mcuh si teh bleu ketle")
    assert bundled.lm.score(words) > bundled.lm.score(misspelt) + 20
