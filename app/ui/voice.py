"""Recorded audio files to the PCM16 16 kHz mono stream a voice turn carries."""

from __future__ import annotations

from math import gcd
from pathlib import Path

import numpy as np
import soundfile

TARGET_RATE = 16000


class AudioFileError(ValueError):
    """The file is not audio that can be decoded."""


def load_pcm16(path: str | Path, *, sample_rate: int = TARGET_RATE) -> bytes:
    """Decode an audio file (WAV, FLAC, OGG, MP3, ...) to little-endian PCM16 mono bytes."""
    try:
        samples, rate = soundfile.read(str(path), dtype="float32", always_2d=True)
    except (soundfile.LibsndfileError, RuntimeError, TypeError) as e:
        raise AudioFileError(f"cannot decode {Path(path).name}: {e}") from e
    mono = samples.mean(axis=1)  # (T,)
    if rate != sample_rate:
        # Polyphase filtering resamples without the aliasing that naive interpolation adds.
        from scipy.signal import resample_poly

        common = gcd(int(rate), sample_rate)
        mono = resample_poly(mono, sample_rate // common, int(rate) // common)
    pcm = np.clip(mono, -1.0, 1.0) * 32767.0
    return pcm.astype("<i2").tobytes()


def duration_seconds(pcm16: bytes, *, sample_rate: int = TARGET_RATE) -> float:
    return len(pcm16) / 2 / sample_rate
