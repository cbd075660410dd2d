"""Word and character error rates over normalized transcripts."""

from __future__ import annotations

from collections.abc import Sequence

from torchaudio.functional import edit_distance

from speech.synth import normalize_text


def error_counts(reference: str, hypothesis: str) -> tuple[int, int, int, int]:
    """(word edits, reference words, char edits, reference chars) after normalization."""
    ref, hyp = normalize_text(reference), normalize_text(hypothesis)
    return (
        edit_distance(ref.split(), hyp.split()),
        len(ref.split()),
        edit_distance(list(ref), list(hyp)),
        len(ref),
    )


def error_rates(references: Sequence[str], hypotheses: Sequence[str]) -> tuple[float, float]:
    """Corpus (WER, CER): total edits over total reference length."""
    totals = [0, 0, 0, 0]
    for ref, hyp in zip(references, hypotheses, strict=True):
        for i, n in enumerate(error_counts(ref, hyp)):
            totals[i] += n
    return totals[0] / max(1, totals[1]), totals[2] / max(1, totals[3])
