"""`shopdesk bench` against a real backend: turns of each kind, timed from the end of input."""

from __future__ import annotations

import argparse
import shutil

import pytest

from app.bench import run_tier
from app.settings import DEMO_STORE


def bench_args(turns: int) -> argparse.Namespace:
    return argparse.Namespace(store=DEMO_STORE, seed=3, turns=turns, think_s=0.1, ramp_s=0.0)


async def test_text_and_photo_turns_are_timed(backend):
    tier = await run_tier(backend.url, 2, bench_args(3), {"text": 0.5, "image": 0.5})
    assert tier["errors"] == {} and tier["turns"] == 6, tier
    first, done = tier["first_delta_ms"], tier["done_ms"]
    assert 0 < first["p50"] <= done["p50"], tier
    assert {"retrieval", "first_token", "total"} <= set(tier["stages_ms"]), tier


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="voice turns need espeak-ng")
async def test_voice_turns_are_timed_from_the_end_of_speech(backend):
    tier = await run_tier(backend.url, 1, bench_args(2), {"voice": 1.0})
    assert tier["errors"] == {} and tier["turns"] == 2, tier
    final, first = tier["voice_final_transcript_ms"], tier["by_kind"]["voice"]
    # The clock starts where the caller stopped speaking, so the endpointer's silence
    # (400-500 ms by default; about 480 ms measured in all) is inside the figure, and the reply
    # comes after the transcript.
    assert 300 <= final["p50"] <= first["p50"], tier
    assert "asr" in tier["stages_ms"], tier
