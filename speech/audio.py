"""Audio in: decode wire chunks and uploaded files, resample, compute log-mel features.

Pure functions over bytes and tensors; the recognizer model only ever sees the features.
Waveforms are float32 tensors in [-1, 1], shape (samples,).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import numpy as np
import soundfile
import torch
import torchaudio.compliance.kaldi as kaldi
import torchaudio.functional as AF

MODEL_SAMPLE_RATE = 16000
WIRE_FORMATS = ("pcm16", "mulaw")
WIRE_SAMPLE_RATES = (8000, 16000)
N_MELS = 80
FRAME_SHIFT_SAMPLES = 160  # 10 ms at 16 kHz
FRAME_LENGTH_SAMPLES = 400  # 25 ms at 16 kHz


class AudioError(ValueError):
    """Audio that cannot be decoded as announced. `code` is the wire protocol's error code."""

    def __init__(self, message: str, code: str = "unsupported_media") -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def check_wire_format(format: str, sample_rate: int) -> None:
    if format not in WIRE_FORMATS:
        raise AudioError(f"audio format {format!r} is not one of {', '.join(WIRE_FORMATS)}")
    if sample_rate not in WIRE_SAMPLE_RATES:
        raise AudioError(f"sample rate {sample_rate} is not one of 8000, 16000")
    if format == "mulaw" and sample_rate != 8000:
        raise AudioError("mu-law audio must be 8000 Hz (G.711)")


# G.711 mu-law expansion table: byte -> linear sample in [-1, 1].
def _mulaw_table() -> np.ndarray:
    codes = ~np.arange(256, dtype=np.uint8)
    sign = codes & 0x80
    exponent = (codes >> 4) & 0x07
    mantissa = codes & 0x0F
    magnitude = ((mantissa.astype(np.int32) << 3) + 0x84) << exponent
    linear = np.where(sign != 0, 0x84 - magnitude, magnitude - 0x84)
    return (linear / 32768.0).astype(np.float32)


_MULAW_TO_FLOAT = _mulaw_table()


def decode_mulaw(data: bytes) -> torch.Tensor:
    """G.711 mu-law bytes -> float waveform (one sample per byte)."""
    return torch.from_numpy(_MULAW_TO_FLOAT[np.frombuffer(data, dtype=np.uint8)].copy())


def encode_mulaw(wave: torch.Tensor) -> bytes:
    """Float waveform -> G.711 mu-law bytes (the telephone path; used for tests and training)."""
    pcm = np.clip(np.round(wave.numpy() * 32768.0), -32768, 32767).astype(np.int32)
    sign = np.where(pcm < 0, 0x80, 0x00)
    magnitude = np.minimum(np.abs(pcm), 32635) + 0x84
    exponent = np.floor(np.log2(magnitude)).astype(np.int32) - 7
    mantissa = (magnitude >> (exponent + 3)) & 0x0F
    code = ~(sign | (exponent << 4) | mantissa) & 0xFF
    return code.astype(np.uint8).tobytes()


def decode_pcm16(data: bytes) -> torch.Tensor:
    """Little-endian signed 16-bit bytes (even count) -> float waveform."""
    if len(data) % 2:
        raise AudioError("pcm16 audio must hold an even number of bytes")
    return torch.from_numpy(np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0)


def encode_pcm16(wave: torch.Tensor) -> bytes:
    pcm = np.clip(np.round(wave.numpy() * 32768.0), -32768, 32767).astype("<i2")
    return pcm.tobytes()


class ChunkDecoder:
    """Decodes a stream of wire chunks; a sample split across two chunks is kept until whole."""

    def __init__(self, format: str, sample_rate: int) -> None:
        check_wire_format(format, sample_rate)
        self.format = format
        self.sample_rate = sample_rate
        self._carry = b""

    def decode(self, data: bytes) -> torch.Tensor:
        if not isinstance(data, bytes | bytearray | memoryview):
            raise AudioError(f"audio chunk must be bytes, not {type(data).__name__}")
        if self.format == "mulaw":
            return decode_mulaw(bytes(data))
        data = self._carry + bytes(data)
        whole = len(data) - len(data) % 2
        self._carry = data[whole:]
        return decode_pcm16(data[:whole])


def decode_file(data: bytes) -> tuple[torch.Tensor, int]:
    """An uploaded WAV/FLAC/OGG file -> (mono float waveform, sample rate)."""
    try:
        samples, sample_rate = soundfile.read(io.BytesIO(data), dtype="float32", always_2d=True)
    except (soundfile.LibsndfileError, RuntimeError, TypeError, ValueError) as e:
        raise AudioError(f"cannot decode the audio file: {e}") from e
    if samples.shape[0] == 0:
        raise AudioError("the audio file holds no samples")
    return torch.from_numpy(samples.mean(axis=1)), int(sample_rate)


def load_file(path: str) -> tuple[torch.Tensor, int]:
    with open(path, "rb") as f:
        return decode_file(f.read())


def resample(wave: torch.Tensor, orig_rate: int, new_rate: int) -> torch.Tensor:
    if orig_rate == new_rate:
        return wave
    return AF.resample(wave, orig_rate, new_rate)


def speech_span(wave: torch.Tensor, level: float = 0.02) -> tuple[int, int]:
    """(first, last + 1) sample louder than `level` of the clip's peak: where a recorded voice
    starts and really stops (synthesizers and recorders pad with quiet)."""
    loud = (wave.abs() > level * float(wave.abs().max())).nonzero()
    if not len(loud):
        return 0, wave.shape[0]
    return int(loud[0]), int(loud[-1]) + 1


def insert_pause(wave: torch.Tensor, sample_rate: int, seconds: float) -> tuple[torch.Tensor, int]:
    """Stretch the quietest point in the middle of the speech (a gap between words) into a
    pause of `seconds`, as a caller who stops to think mid-sentence. Returns the new wave and
    where the pause starts."""
    start, end = speech_span(wave)
    lo, hi = start + (end - start) * 3 // 10, start + (end - start) * 7 // 10
    window = max(1, sample_rate // 50)  # 20 ms of energy
    energy = torch.nn.functional.avg_pool1d(wave[None, None, lo:hi] ** 2, window, 1)[0, 0] \
        if hi - lo > window else torch.zeros(1)
    at = lo + int(energy.argmin()) + window // 2
    silence = torch.zeros(round(seconds * sample_rate))
    return torch.cat([wave[:at], silence, wave[at:]]), at


def to_model_rate(wave: torch.Tensor, sample_rate: int) -> torch.Tensor:
    return resample(wave, sample_rate, MODEL_SAMPLE_RATE)


@dataclass(frozen=True)
class FeatureOptions:
    n_mels: int = N_MELS


def num_frames(num_samples: int) -> int:
    """Complete 25 ms frames (10 ms hop) in `num_samples` at 16 kHz."""
    if num_samples < FRAME_LENGTH_SAMPLES:
        return 0
    return 1 + (num_samples - FRAME_LENGTH_SAMPLES) // FRAME_SHIFT_SAMPLES


def log_mel(wave: torch.Tensor, n_mels: int = N_MELS) -> torch.Tensor:
    """16 kHz waveform -> (frames, n_mels) Kaldi-style log-mel filterbank.

    Each frame depends only on its own 25 ms of samples (no dither, no utterance mean), so
    features computed chunk by chunk equal features computed on the whole utterance.
    """
    frames = num_frames(wave.shape[-1])
    if frames == 0:
        return torch.zeros(0, n_mels)
    return kaldi.fbank(
        wave.reshape(1, -1) * 32768.0,
        num_mel_bins=n_mels,
        sample_frequency=MODEL_SAMPLE_RATE,
        dither=0.0,
        energy_floor=0.0,
        snip_edges=True,
    )


class StreamingFeatures:
    """Log-mel frames computed incrementally from 16 kHz audio as it arrives."""

    def __init__(self, n_mels: int = N_MELS) -> None:
        self.n_mels = n_mels
        self._wave = torch.zeros(0)
        self._offset = 0  # absolute sample index of self._wave[0]
        self.frames_done = 0

    def push(self, wave: torch.Tensor) -> torch.Tensor:
        """Append samples; return the newly completed frames (new, n_mels)."""
        self._wave = torch.cat([self._wave, wave])
        start = self.frames_done * FRAME_SHIFT_SAMPLES - self._offset
        ready = num_frames(self._wave.shape[0] - start)
        if ready == 0:
            return torch.zeros(0, self.n_mels)
        end = start + (ready - 1) * FRAME_SHIFT_SAMPLES + FRAME_LENGTH_SAMPLES
        feats = log_mel(self._wave[start:end], self.n_mels)
        self.frames_done += ready
        keep_from = self.frames_done * FRAME_SHIFT_SAMPLES - self._offset
        self._wave = self._wave[keep_from:]
        self._offset += keep_from
        return feats


class StreamingResampler:
    """Resamples audio that arrives in pieces; the output equals resampling it all at once.

    The sinc filter needs a few input samples on either side of each output sample, so
    output is held back until its right-hand context has arrived, and every call
    recomputes from a little left context. Work stays in whole blocks of the rate ratio so
    the output grid matches the one-shot result.
    """

    def __init__(self, orig_rate: int, new_rate: int) -> None:
        g = math.gcd(orig_rate, new_rate)
        self.orig_rate, self.new_rate = orig_rate, new_rate
        self.block_in, self.block_out = orig_rate // g, new_rate // g
        # Filter half-width in input samples (torchaudio's default lowpass_filter_width=6).
        width = math.ceil(6 * self.block_in / (min(self.block_in, self.block_out) * 0.99)) + 1
        self.context_blocks = math.ceil(width / self.block_in)
        self._buf = torch.zeros(0)
        self._base = 0  # absolute input index of self._buf[0] (a whole number of blocks)
        self._blocks_done = 0
        self._total_in = 0

    def _run(self, last_block: int | None) -> torch.Tensor:
        start_block = max(0, self._blocks_done - self.context_blocks)
        start = start_block * self.block_in - self._base
        y = AF.resample(self._buf[start:], self.orig_rate, self.new_rate)
        skip = (self._blocks_done - start_block) * self.block_out
        if last_block is None:  # flush: everything the one-shot call would produce
            end = math.ceil(self.new_rate * self._total_in / self.orig_rate)
            out = y[skip : end - start_block * self.block_out]
        else:
            out = y[skip : (last_block - start_block) * self.block_out]
        return out

    def push(self, wave: torch.Tensor) -> torch.Tensor:
        if self.orig_rate == self.new_rate:
            return wave
        self._buf = torch.cat([self._buf, wave])
        self._total_in += wave.shape[0]
        ready = (self._total_in - self.context_blocks * self.block_in) // self.block_in
        if ready <= self._blocks_done:
            return torch.zeros(0)
        out = self._run(ready)
        self._blocks_done = ready
        drop_blocks = max(0, self._blocks_done - self.context_blocks) - self._base // self.block_in
        if drop_blocks > 0:
            self._buf = self._buf[drop_blocks * self.block_in :]
            self._base += drop_blocks * self.block_in
        return out

    def flush(self) -> torch.Tensor:
        if self.orig_rate == self.new_rate or self._total_in == 0:
            return torch.zeros(0)
        out = self._run(None)
        self._blocks_done = math.ceil(self._total_in / self.block_in)
        return out
